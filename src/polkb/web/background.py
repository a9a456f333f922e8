"""Run the web application in a background thread: for the browser tests, the screenshot script
and the web benchmark, which need a real server on a free port without a second process."""
from __future__ import annotations

import socket
import threading
import time
from contextlib import contextmanager


def free_port(host: str = "127.0.0.1") -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind((host, 0))
        return s.getsockname()[1]


@contextmanager
def running(app, host: str = "127.0.0.1", port: int | None = None, timeout: float = 20.0):
    """Serve `app` with uvicorn in a daemon thread; yields its base URL ("http://127.0.0.1:PORT")."""
    import uvicorn

    port = port or free_port(host)
    server = uvicorn.Server(uvicorn.Config(app, host=host, port=port, log_level="warning", access_log=False,
                                           lifespan="off"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + timeout
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            raise RuntimeError(f"the web server did not start on {host}:{port}")
        time.sleep(0.02)
    try:
        yield f"http://{host}:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout)


CHROMIUM = "/usr/bin/chromium"
CHROMIUM_FLAGS = ("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                  "--disable-component-update", "--disable-sync", "--no-first-run")


@contextmanager
def chromium(executable: str = CHROMIUM, **context_options):
    """A headless Chromium (Debian's, through Playwright for Python) with a fresh profile folder;
    yields a browser context. Needs `pip install playwright` (the test extra) and the browser,
    never Playwright's own browser downloads."""
    import tempfile

    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory(prefix="polkb-chromium-") as profile, sync_playwright() as p:
        context = p.chromium.launch_persistent_context(
            profile, executable_path=executable, headless=True, args=list(CHROMIUM_FLAGS),
            accept_downloads=True, **context_options)
        try:
            yield context
        finally:
            context.close()
