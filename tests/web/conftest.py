"""Browser fixtures: the explorer served on 127.0.0.1, and Debian's chromium driven by Playwright.

Never downloads a browser: Playwright launches the system chromium (`apt-get install -y chromium`,
which `make test` and `.ci/run` do where it is missing). Tests skip, saying why, only where it
truly cannot be had.
"""

from __future__ import annotations

import shutil
import socket
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]
ARTIFACTS = Path(__file__).resolve().parents[1] / "artifacts"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="session")
def serve_store() -> Iterator[Callable[[str], str]]:
    """Start the explorer over a store URL on a free local port; returns its base URL."""
    import uvicorn

    from storyline.web import create_app

    servers: list[tuple[uvicorn.Server, threading.Thread]] = []

    def start(db: str) -> str:
        port = _free_port()
        config = uvicorn.Config(create_app(db), host="127.0.0.1", port=port, log_level="warning")
        server = uvicorn.Server(config)
        thread = threading.Thread(target=server.run, daemon=True)
        thread.start()
        deadline = time.monotonic() + 30
        while not server.started:
            if time.monotonic() > deadline or not thread.is_alive():
                raise RuntimeError("the explorer did not start")
            time.sleep(0.05)
        servers.append((server, thread))
        return f"http://127.0.0.1:{port}"

    yield start
    for server, thread in servers:
        server.should_exit = True
        thread.join(timeout=10)


@pytest.fixture(scope="session")
def browser():
    """Headless Debian chromium under Playwright, or a skip that says what is missing."""
    sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is missing: make setup")
    executable = CHROMIUM if CHROMIUM.exists() else Path(shutil.which("chromium") or CHROMIUM)
    if not executable.exists():
        pytest.skip(f"no chromium at {CHROMIUM}: `apt-get install -y chromium` (make test tries) failed here")
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(executable), args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def page(browser):
    """A fresh tab that may only talk to 127.0.0.1: any other request fails the test."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    tab = context.new_page()
    tab.set_default_timeout(60_000)  # a net against a page that never loads, not a speed check (benchmarks/web.py):
    # at 15 s a screenshot timed out on a 2-core machine under a load of 7-8, the page itself unchanged
    foreign: list[str] = []
    errors: list[str] = []

    def only_local(route):
        if route.request.url.startswith(("http://127.0.0.1:", "data:")):
            route.continue_()
        else:
            foreign.append(route.request.url)
            route.abort()

    def csp_violation(message):
        if message.type == "error" and "Content Security Policy" in message.text:
            errors.append(message.text)

    tab.route("**/*", only_local)
    tab.on("pageerror", lambda error: errors.append(str(error)))
    tab.on("console", csp_violation)  # code the page's policy refused: an inline script or style not allowed
    yield tab
    context.close()
    assert not foreign, f"requests left this machine: {foreign}"
    assert not errors, f"JavaScript errors or refused code: {errors}"


@pytest.fixture(scope="session")
def screenshot() -> Callable[..., Path]:
    """Save a full-page screenshot as a test artifact (tests/artifacts/, git-ignored)."""

    def save(tab, name: str, full_page: bool = True) -> Path:
        ARTIFACTS.mkdir(exist_ok=True)
        path = ARTIFACTS / f"{name}.png"
        tab.screenshot(path=str(path), full_page=full_page)
        return path

    return save
