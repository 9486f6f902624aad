"""Shared fixtures: the built book, served on 127.0.0.1, and a real Chromium to read it."""

from __future__ import annotations

import contextlib
import functools
import http.server
import os
import shutil
import subprocess
import sys
import threading
from pathlib import Path
from urllib.parse import urlsplit

import pytest

ROOT = Path(__file__).resolve().parents[1]
VENV_BIN = Path(sys.executable).parent
SITE = ROOT / "_build" / "html"
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
# Flags measured to keep headless Chromium quiet and offline on these machines.
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


@pytest.fixture(scope="session")
def book_build() -> subprocess.CompletedProcess:
    """Build the book exactly as `make book` does, once per test session."""
    env = {**os.environ, "PATH": f"{VENV_BIN}{os.pathsep}{os.environ.get('PATH', '')}"}
    result = subprocess.run(
        ["make", "--no-print-directory", "book"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=1200,
    )
    return result


@pytest.fixture(scope="session")
def site(book_build) -> Path:
    assert book_build.returncode == 0, book_build.stdout[-3000:] + book_build.stderr[-3000:]
    return SITE


@pytest.fixture(scope="session")
def site_pages(site) -> list[str]:
    """Every built page, as a path relative to the site root (theme assets excluded)."""
    pages = sorted(
        p.relative_to(site).as_posix()
        for p in site.rglob("*.html")
        if not p.relative_to(site).parts[0].startswith("_")
    )
    assert pages, "the build produced no pages"
    return pages


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format, *args):  # noqa: A002 - signature fixed by the base class
        pass


@contextlib.contextmanager
def serve_folder(folder: Path):
    """*folder* on an ephemeral port of 127.0.0.1, as a reader's browser sees a web host."""
    handler = functools.partial(_QuietHandler, directory=str(folder))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture(scope="session")
def site_url(site):
    """The built site, served as a reader's browser sees it."""
    with serve_folder(site) as url:
        yield url


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright

    if not Path(CHROMIUM).exists():
        pytest.fail(f"Chromium is missing at {CHROMIUM}: run .ci/run or apt-get install chromium")
    with sync_playwright() as pw:
        chromium = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


def open_offline_page(browser):
    """A fresh page that may only talk to 127.0.0.1, recording everything else it tries.

    Returns (context, page, seen); seen lists requests that would have left the machine,
    console errors, script errors, HTTP failures and dialogs (which are dismissed).
    """
    context = browser.new_context()
    page = context.new_page()
    seen = {"offsite": [], "console": [], "page_errors": [], "failed": [], "dialogs": []}

    def route(r):
        url = r.request.url
        if url.startswith(("data:", "blob:")) or urlsplit(url).hostname == "127.0.0.1":
            r.continue_()
        else:
            seen["offsite"].append(url)
            r.abort()

    def on_dialog(dialog):
        seen["dialogs"].append(dialog.message)
        dialog.dismiss()

    page.route("**/*", route)
    page.on("console", lambda m: m.type == "error" and seen["console"].append(m.text))
    page.on("pageerror", lambda e: seen["page_errors"].append(str(e)))
    page.on("response", lambda r: r.status >= 400 and seen["failed"].append(f"{r.status} {r.url}"))
    page.on("dialog", on_dialog)
    return context, page, seen
