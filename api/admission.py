"""The admission gate ahead of the micro-batcher: refuse at once before a request costs anything.

The micro-batcher's shedding (``api/batching.py``) bounds the time a request waits in the
analyzer queue. Over capacity that is not where the time goes on a small machine: requests
wait *before* the batcher, in the event loop, while hundreds of open requests are parsed,
authenticated and answered by one Python process whose GIL the pipeline's Python stages
share. A request that reaches the batcher after a second in the event loop has already lost,
and refusing it there wastes what it cost. So the gate sits in front of every route that
feeds the analyzer (``POST /v1/analyze``, ``.../assign``, ``POST /v1/streams/{name}/documents``)
and refuses, before the body is read or the key looked up, when

* ``api_max_inflight_requests`` such requests are already in this process (accepted and not
  answered), or
* the event loop is late: a watcher that sleeps :data:`TICK` seconds at a time measures how
  much later than asked it wakes; when the worst lag of the last :data:`WINDOW` ticks passes
  ``api_max_loop_lag_ms`` every request now waits that long before any route code runs.

The refusal is the batcher's: ``503``, ``application/problem+json`` with ``type``
``urn:textinsight:error:shed`` and ``Retry-After``; it counts in
``textinsight_analyze_shed_requests_total`` and makes ``/readyz`` say ``shedding``.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import re
import time
from collections import deque
from collections.abc import Callable

from starlette.types import ASGIApp, Receive, Scope, Send

from .errors import PROBLEM

TICK = 0.02  # seconds the lag watcher sleeps between measurements
WINDOW = 10  # the gate reads the worst lag of this many recent ticks (~0.2 s)
GATED = re.compile(r"^/v1/(?:analyze|topic-models/[^/]+/assign|streams/[^/]+/documents)/?$")


def gated(method: str, path: str) -> bool:
    """True for the requests that feed the analyzer (the ones the gate may refuse)."""
    return method == "POST" and GATED.match(path) is not None


class LoopLag:
    """How late the event loop runs: a task sleeps ``tick`` seconds and notes the overshoot.

    Started lazily from the running loop (no work at import or construction); a loop that is
    blocked cannot run the watcher either, so :meth:`now` also counts the time since the last
    tick was due."""

    def __init__(self, tick: float = TICK, window: int = WINDOW) -> None:
        self.tick = tick
        self.samples: deque[float] = deque(maxlen=window)
        self._due: float | None = None
        self._task: asyncio.Task[None] | None = None

    def ensure_started(self) -> None:
        """Start the watcher on the running loop (once per loop)."""
        if self._task is None or self._task.done():
            self._due = time.monotonic() + self.tick
            self._task = asyncio.get_running_loop().create_task(self._watch())

    async def _watch(self) -> None:
        while True:
            self._due = time.monotonic() + self.tick
            await asyncio.sleep(self.tick)
            self.samples.append(max(0.0, time.monotonic() - self._due))

    def now(self) -> float:
        """Seconds: the worst recent lag, or how overdue the next tick already is."""
        overdue = 0.0 if self._due is None else max(0.0, time.monotonic() - self._due)
        return max(max(self.samples, default=0.0), overdue)

    async def stop(self) -> None:
        """Cancel the watcher."""
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError, RuntimeError):
                await self._task
            self._task = None


class AdmissionGate:
    """ASGI middleware: the in-flight and loop-lag limits (see the module docstring).

    ``max_inflight`` 0 and ``max_lag`` 0 turn the respective limit off; ``on_shed`` is called
    for each refusal (the shed counter and the batcher's ``shedding`` flag)."""

    def __init__(self, app: ASGIApp, max_inflight: int, max_lag: float,
                 on_shed: Callable[[], None] | None = None) -> None:  # fmt: skip
        self.app = app
        self.max_inflight = max_inflight
        self.max_lag = max_lag
        self.on_shed = on_shed
        self.inflight = 0
        self.refused = 0
        self.lag = LoopLag()

    def reason(self) -> str | None:
        """Why a new request would be refused now, or None."""
        if self.max_inflight and self.inflight >= self.max_inflight:
            return f"{self.inflight} requests are already being analysed by this process"
        if self.max_lag:
            lag = self.lag.now()
            if lag > self.max_lag:
                return f"the server is {lag * 1000:.0f} ms behind"
        return None

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or not gated(scope["method"], scope["path"]):
            await self.app(scope, receive, send)
            return
        if self.max_lag:
            self.lag.ensure_started()
        why = self.reason()
        if why is not None:
            self.refused += 1
            if self.on_shed is not None:
                self.on_shed()
            await refuse(send, why)
            return
        self.inflight += 1
        try:
            await self.app(scope, receive, send)
        finally:
            self.inflight -= 1


async def refuse(send: Send, why: str) -> None:
    """Answer the shed problem (the same one the batcher answers), without reading the body."""
    body = json.dumps({
        "type": "urn:textinsight:error:shed", "title": "Service Unavailable", "status": 503,
        "detail": f"shedding load: {why}; retry after 1 s",
    }).encode()  # fmt: skip
    await send({"type": "http.response.start", "status": 503, "headers": [
        (b"content-type", PROBLEM.encode()), (b"content-length", str(len(body)).encode()),
        (b"retry-after", b"1"),
    ]})  # fmt: skip
    await send({"type": "http.response.body", "body": body})
