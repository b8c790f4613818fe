"""A headless Chromium driven over the Chrome DevTools Protocol, for the browser tests.

Uses Debian's ``chromium`` binary and the ``websocket-client`` package; nothing is downloaded.
The browser listens on a port it picks (``--remote-debugging-port=0``) and writes it to
``DevToolsActivePort`` in its profile folder; one websocket to the browser carries a page
session (flat mode). Console errors, uncaught exceptions, log errors and every network request
are collected from the protocol's events.

``browser_or_skip()`` gives the binary, or skips with the reason when there is none and the run
is not CI; in CI (``CI=true``, where ``.ci/run`` installs chromium) a missing browser fails.
"""

from __future__ import annotations

import base64
import contextlib
import json
import os
import shutil
import subprocess
import tempfile
import time
from pathlib import Path
from typing import Any

import pytest

BINARIES = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")


def find_browser() -> str | None:
    """The path of a Chromium binary (TEXTINSIGHT_CHROMIUM wins), or None."""
    env = os.environ.get("TEXTINSIGHT_CHROMIUM")
    if env:
        return env if Path(env).exists() else None
    for name in BINARIES:
        found = shutil.which(name)
        if found:
            return found
    return None


def browser_or_skip() -> str:
    """The browser binary; skips when there is none outside CI, fails in CI."""
    found = find_browser()
    if found:
        return found
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail("CI=true but no chromium binary: .ci/run installs Debian's chromium package")
    pytest.skip("no chromium binary (apt-get install chromium); CI runs this test")


class BrowserError(AssertionError):
    """The page threw, or a protocol call failed."""


class Chromium:
    """One headless browser with one page; a context manager."""

    def __init__(
        self, binary: str, width: int = 1280, height: int = 900, timeout: float = 30.0
    ) -> None:
        self.binary = binary
        self.width = width
        self.height = height
        self.timeout = timeout
        self.events: list[dict[str, Any]] = []
        self._next = 0

    # -- life cycle ------------------------------------------------------------------------------

    def __enter__(self) -> Chromium:
        import websocket  # websocket-client (dev extra)

        self._profile = tempfile.mkdtemp(prefix="ti-chromium-")
        args = [self.binary, "--headless=new", "--remote-debugging-port=0",
                f"--user-data-dir={self._profile}", "--no-first-run", "--no-default-browser-check",
                "--disable-gpu", "--disable-extensions", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--metrics-recording-only",
                "--disable-dev-shm-usage", f"--window-size={self.width},{self.height}",
                "--hide-scrollbars", "about:blank"]  # fmt: skip
        if hasattr(os, "geteuid") and os.geteuid() == 0:
            args.insert(1, "--no-sandbox")  # Chromium refuses to run as root with its sandbox
        self._proc = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        port_file = Path(self._profile) / "DevToolsActivePort"
        deadline = time.monotonic() + self.timeout
        while not (port_file.exists() and len(port_file.read_text().splitlines()) >= 2):
            if self._proc.poll() is not None or time.monotonic() > deadline:
                err = self._proc.stderr.read().decode(errors="replace")[-2000:]  # type: ignore[union-attr]
                self.__exit__(None, None, None)
                raise BrowserError(f"chromium did not start: {err}")
            time.sleep(0.05)
        port, path = port_file.read_text().splitlines()[:2]
        url = f"ws://127.0.0.1:{port}{path}"
        self._ws = websocket.create_connection(url, timeout=self.timeout, suppress_origin=True)
        target = self.call("Target.createTarget", {"url": "about:blank"}, session=False)
        attach = {"targetId": target["targetId"], "flatten": True}
        attached = self.call("Target.attachToTarget", attach, session=False)
        self._session = attached["sessionId"]
        for domain in ("Page", "Runtime", "Log", "Network"):
            self.call(f"{domain}.enable")
        self.call(
            "Emulation.setDeviceMetricsOverride",
            {"width": self.width, "height": self.height, "deviceScaleFactor": 1, "mobile": False},
        )
        return self

    def __exit__(self, *exc: object) -> None:
        ws = getattr(self, "_ws", None)
        if ws is not None:
            with contextlib.suppress(Exception):  # the browser may be gone already
                ws.close()
        proc = getattr(self, "_proc", None)
        if proc is not None and proc.poll() is None:
            proc.terminate()
            try:
                proc.wait(10)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait(5)
        if proc is not None and proc.stderr:
            proc.stderr.close()
        shutil.rmtree(self._profile, ignore_errors=True)

    # -- the protocol ----------------------------------------------------------------------------

    def call(
        self, method: str, params: dict[str, Any] | None = None, session: bool = True
    ) -> dict[str, Any]:
        """Send one command and wait for its answer (events that arrive meanwhile are kept)."""
        self._next += 1
        msg: dict[str, Any] = {"id": self._next, "method": method, "params": params or {}}
        if session:
            msg["sessionId"] = self._session
        self._ws.send(json.dumps(msg))
        deadline = time.monotonic() + self.timeout
        while time.monotonic() < deadline:
            reply = json.loads(self._ws.recv())
            if reply.get("id") == self._next:
                if "error" in reply:
                    raise BrowserError(f"{method}: {reply['error']}")
                return reply.get("result", {})
            if "method" in reply:
                self.events.append(reply)
        raise BrowserError(f"{method}: no answer in {self.timeout} s")

    def evaluate(self, expression: str) -> Any:
        """The value of a JavaScript expression in the page (promises are awaited)."""
        res = self.call(
            "Runtime.evaluate",
            {"expression": expression, "returnByValue": True, "awaitPromise": True},
        )
        if "exceptionDetails" in res:
            raise BrowserError(f"{expression[:80]}: {res['exceptionDetails']}")
        return res.get("result", {}).get("value")

    def wait_for(self, expression: str, timeout: float | None = None) -> Any:
        """Poll ``expression`` until it is truthy; its value."""
        deadline = time.monotonic() + (timeout or self.timeout)
        last: Any = None
        while time.monotonic() < deadline:
            try:
                last = self.evaluate(expression)
            except BrowserError:  # a page in the middle of navigating
                last = None
            if last:
                return last
            time.sleep(0.1)
        raise BrowserError(
            f"timed out waiting for {expression!r} (last: {last!r}); "
            f"console errors: {self.console_errors()}"
        )

    def goto(self, url: str) -> None:
        """Open ``url`` and wait for the document to load."""
        self.call("Page.navigate", {"url": url})
        self.wait_for("document.readyState === 'complete' && location.href !== 'about:blank'")

    def screenshot(
        self, path: Path, full_page: bool = False, scale: float = 1.0, selector: str | None = None
    ) -> Path:
        """Save a PNG of the page: the viewport, the whole page (``full_page``) or the box
        of one element (``selector``), scaled by ``scale``."""
        params: dict[str, Any] = {"format": "png", "captureBeyondViewport": True}
        if selector is not None:
            box = self.evaluate(
                f"(() => {{ const r = document.querySelector({selector!r})"
                ".getBoundingClientRect(); return {x: r.x + scrollX, "
                "y: r.y + scrollY, width: r.width, height: r.height}; })()"
            )
            params["clip"] = {**box, "scale": scale}
        else:
            height = (
                self.evaluate("document.documentElement.scrollHeight") if full_page else self.height
            )
            params["clip"] = {"x": 0, "y": 0, "width": self.width, "height": height, "scale": scale}
        data = self.call("Page.captureScreenshot", params)["data"]
        path.write_bytes(base64.b64decode(data))
        return path

    # -- what the page did -----------------------------------------------------------------------

    def console_errors(self) -> list[str]:
        """Console errors, uncaught exceptions and log errors seen so far."""
        out: list[str] = []
        for ev in self.events:
            method, p = ev["method"], ev.get("params", {})
            if method == "Runtime.consoleAPICalled" and p.get("type") in ("error", "assert"):
                out.append(
                    "console: "
                    + " ".join(
                        str(a.get("value", a.get("description", ""))) for a in p.get("args", [])
                    )
                )
            elif method == "Runtime.exceptionThrown":
                d = p.get("exceptionDetails", {})
                out.append(
                    "exception: " + str(d.get("exception", {}).get("description") or d.get("text"))
                )
            elif method == "Log.entryAdded" and p.get("entry", {}).get("level") == "error":
                e = p["entry"]
                out.append(f"log: {e.get('text')} {e.get('url', '')}".strip())
        return out

    def requested_urls(self) -> list[str]:
        """Every URL the page asked for (navigations, scripts, fetches, images)."""
        return [
            ev["params"]["request"]["url"]
            for ev in self.events
            if ev["method"] == "Network.requestWillBeSent"
        ]

    def responses(self) -> list[tuple[str, int]]:
        """(url, status) of every response received."""
        return [
            (ev["params"]["response"]["url"], ev["params"]["response"]["status"])
            for ev in self.events
            if ev["method"] == "Network.responseReceived"
        ]

    def drain(self, seconds: float = 0.3) -> None:
        """Collect the events that arrive within ``seconds`` (a round trip flushes them)."""
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            self.evaluate("1")
            time.sleep(0.05)
