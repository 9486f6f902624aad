"""The studio launcher without starting a server: template, command line, busy port."""

from __future__ import annotations

import json
import socket
import subprocess
from pathlib import Path

import pytest

from dialogue_coach.widgets import studio


def test_offline_template_drops_the_cdn_stylesheets(tmp_path):
    name = studio.write_offline_template(tmp_path)
    folder = tmp_path / "voila" / "templates" / name
    copy = (folder / "index.html.j2").read_text(encoding="utf-8")
    assert "fontawesome" not in copy and "cdn.jsdelivr.net" not in copy
    assert "{{ super() }}" in copy  # the rest of the template is intact
    assert json.loads((folder / "conf.json").read_text()) == {"base_template": "lab"}


def test_voila_command_is_local_culls_kernels_and_denies_other_extensions(tmp_path):
    command = studio.voila_command(studio.studio_notebook("nb"), 9999, "nb", "t",
                                   open_browser=False)
    assert "--Voila.ip=127.0.0.1" in command and "--port=9999" in command
    assert "--Voila.port_retries=0" in command and "--no-browser" in command
    assert "--VoilaExporter.language_code=nb" in command
    assert any(arg.startswith("--MappingKernelManager.cull_idle_timeout=") for arg in command)
    denied = [a for a in command if a.startswith("--VoilaConfiguration.extension_denylist=")]
    assert len(denied) == len(studio.DENIED_EXTENSIONS)


@pytest.mark.parametrize("widget", sorted(studio.WIDGETS))
@pytest.mark.parametrize("lang", ["en", "nb"])
def test_each_edition_has_a_notebook_for_every_widget(lang, widget):
    notebook = json.loads(studio.studio_notebook(lang, widget).read_text(encoding="utf-8"))
    assert notebook["metadata"]["kernelspec"]["name"] == "python3"
    assert notebook["cells"][0]["source"][0].startswith("# ")


def test_an_unknown_widget_is_a_clear_error():
    with pytest.raises(ValueError, match="quiz"):
        studio.studio_notebook("en", "slides")


def test_make_studio_passes_the_widget_and_the_language():
    dry = subprocess.run(["make", "-n", "studio", "STUDIO=quiz", "STUDIO_LANG=nb"],
                         cwd=Path(__file__).resolve().parents[1], capture_output=True,
                         text=True, check=True)
    assert "-m dialogue_coach.widgets.studio --widget quiz --lang nb" in dry.stdout


def test_a_busy_port_gets_a_plain_message(capsys):
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        assert studio.main(["--lang", "en", "--port", str(port), "--no-browser"]) == 2
    assert f"Port {port} is already in use" in capsys.readouterr().err
