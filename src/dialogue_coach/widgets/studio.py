"""The course's widgets as a web app on this machine: ``python -m dialogue_coach.widgets.studio``.

Runs Voilà on one notebook of one edition (``notebooks/<widget>-<lang>.ipynb``): the
rewrite studio with the reply trainer (``studio``), the broadcaster quiz (``quiz``) or
the hat check (``hat-check``). Learners see the widgets with a live kernel and no code.
Settings, and why:

- bound to 127.0.0.1: the studio runs code, so it is not offered to the network;
- idle kernels are culled: Voilà does not shut down the kernels of closed tabs;
- JupyterLab extensions that are installed for other tools (nbgrader's among them) are
  denied, as they only add console errors to the page;
- a copy of Voilà's "lab" template without its two Font Awesome lines, which fetch CSS
  from a CDN: Voilà bundles the icons it uses, and a workshop room may be offline.
  If a future Voilà changes those lines, the copy keeps them and the page still works.

``make studio`` runs this with ``STUDIO=studio|quiz|hat-check`` and ``STUDIO_LANG=en`` or
``nb``. Stop it with Ctrl+C.
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import socket
import subprocess
import sys
import tempfile
from pathlib import Path

from .ui_text import LANGUAGES

NOTEBOOKS = Path(__file__).with_name("notebooks")
TEMPLATE_NAME = "talk-studio"
BASE_TEMPLATE = "lab"
DEFAULT_PORT = 8866
# Extensions that JupyterLab tools in the same environment register with Voilà.
DENIED_EXTENSIONS = (
    "@jupyter/nbgrader",
    "@jupyter-notebook/lab-extension",
    "@voila-dashboards/jupyterlab-preview",
)
# A kernel nobody has used for 20 minutes is shut down; checked every minute.
CULL_IDLE_SECONDS = 1200
CULL_INTERVAL_SECONDS = 60


WIDGETS = {
    "studio": "the rewrite studio and the reply trainer",
    "quiz": "the broadcaster quiz",
    "hat-check": "the hat check",
}


def studio_notebook(lang: str, widget: str = "studio") -> Path:
    if widget not in WIDGETS:
        raise ValueError(f"no studio notebook {widget!r}: use one of {', '.join(WIDGETS)}")
    return NOTEBOOKS / f"{widget}-{lang}.ipynb"


def write_offline_template(root: Path) -> str:
    """Write a copy of Voilà's lab template without its CDN stylesheets under *root* (a
    Jupyter data directory) and return the template's name."""
    import voila.paths

    source = _installed_template(voila.paths.collect_template_paths(["voila"], BASE_TEMPLATE))
    lines = source.read_text(encoding="utf-8").splitlines(keepends=True)
    kept = [line for line in lines if not _is_cdn_stylesheet(line)]
    target = root / "voila" / "templates" / TEMPLATE_NAME
    target.mkdir(parents=True, exist_ok=True)
    (target / "index.html.j2").write_text("".join(kept), encoding="utf-8")
    (target / "conf.json").write_text(json.dumps({"base_template": BASE_TEMPLATE}))
    return TEMPLATE_NAME


def _installed_template(search_path: list[str]) -> Path:
    for folder in search_path:
        candidate = Path(folder) / "index.html.j2"
        if candidate.parent.name == BASE_TEMPLATE and candidate.exists():
            return candidate
    raise FileNotFoundError(f"Voilà's {BASE_TEMPLATE!r} template was not found")


def _is_cdn_stylesheet(line: str) -> bool:
    return "<link" in line and "stylesheet" in line and "https://" in line


def voila_command(notebook: Path, port: int, lang: str, template: str,
                  open_browser: bool) -> list[str]:
    """The Voilà command line, flags as measured in STACK_NOTES.md ("Voilà")."""
    command = [
        sys.executable, "-m", "voila", str(notebook),
        f"--port={port}",
        "--Voila.ip=127.0.0.1",
        "--Voila.port_retries=0",
        f"--template={template}",
        "--theme=light",
        f"--VoilaExporter.language_code={lang}",  # <html lang>: screen readers pick a voice
        f"--MappingKernelManager.cull_idle_timeout={CULL_IDLE_SECONDS}",
        f"--MappingKernelManager.cull_interval={CULL_INTERVAL_SECONDS}",
    ]
    command += [f"--VoilaConfiguration.extension_denylist={name}" for name in DENIED_EXTENSIONS]
    if not open_browser:
        command.append("--no-browser")
    return command


def port_is_free(port: int) -> bool:
    with socket.socket() as probe:
        return probe.connect_ex(("127.0.0.1", port)) != 0


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="python -m dialogue_coach.widgets.studio",
        description="Start the course's widgets (Voilà) on http://127.0.0.1:PORT.",
    )
    parser.add_argument("--widget", choices=WIDGETS, default="studio",
                        help="; ".join(f"{k}: {v}" for k, v in WIDGETS.items())
                        + " (default studio)")
    parser.add_argument("--lang", choices=LANGUAGES, default="en",
                        help="edition: en (English) or nb (Norwegian bokmål); default en")
    parser.add_argument("--port", type=int, default=DEFAULT_PORT,
                        help=f"port on 127.0.0.1 (default {DEFAULT_PORT})")
    parser.add_argument("--no-browser", action="store_true",
                        help="do not open a browser tab, only print the address")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    if not port_is_free(args.port):
        print(f"Port {args.port} is already in use on this machine. Is the studio already "
              f"running? Otherwise choose another port, e.g. --port {args.port + 1}.",
              file=sys.stderr)
        return 2
    # SIGTERM (a test ending, a service manager) ends like Ctrl+C: Voilà stops, files go.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
    with tempfile.TemporaryDirectory(prefix="talk-studio-") as tmp:
        template = write_offline_template(Path(tmp))
        env = {**os.environ,
               "JUPYTER_PATH": os.pathsep.join(filter(None, [tmp, os.environ.get("JUPYTER_PATH")]))}
        command = voila_command(studio_notebook(args.lang, args.widget), args.port, args.lang,
                                template, open_browser=not args.no_browser)
        print(f"Starting {WIDGETS[args.widget]} on http://127.0.0.1:{args.port}/ "
              "(Ctrl+C stops it).", flush=True)
        voila = subprocess.Popen(command, env=env)
        try:
            return voila.wait()
        except KeyboardInterrupt:
            return 0
        finally:
            _stop(voila)


def _stop(process: subprocess.Popen) -> None:
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


if __name__ == "__main__":
    sys.exit(main())
