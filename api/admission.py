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
* the event loop is late: a watcher that sleeps :data:`TICK` seconds at a time notes how much
  later than asked it wakes, i.e. for how long the loop was held by other work. From those
  holds over the last :data:`WINDOW` seconds it estimates how long a request arriving at a
  random moment waits before any route code runs (the time left of the hold it arrives in:
  the sum of each hold's square over twice the window); when that passes
  ``api_max_loop_lag_ms`` the loop is overloaded. One stall (a garbage collection, a process
  scheduled out on a busy machine, a slow first request) adds little; a loop held tick after
  tick adds up. The rule needs at least :data:`LAG_MIN_INFLIGHT` gated requests in the process:
  a late loop with fewer is not their load (a model loading, one long request), and refusing
  a client that sends one request at a time protects nothing.

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
WINDOW = 1.0  # seconds of the loop's recent holds the estimate reads
LAG_MIN_INFLIGHT = 4  # the lag rule applies from this many gated requests in the process
GATED = re.compile(r"^/v1/(?:analyze|topic-models/[^/]+/assign|streams/[^/]+/documents)/?$")


def gated(method: str, path: str) -> bool:
    """True for the requests that feed the analyzer (the ones the gate may refuse)."""
    return method == "POST" and GATED.match(path) is not None


class LoopLag:
    """How late the event loop runs: a task sleeps ``tick`` seconds and notes each overshoot
    (a hold of the loop by other work) with its time. Started lazily from the running loop (no
    work at import or construction)."""

    def __init__(self, tick: float = TICK, window: float = WINDOW) -> None:
        self.tick = tick
        self.window = window
        self.samples: deque[tuple[float, float]] = deque()  # (when, seconds held)
        self._task: asyncio.Task[None] | None = None

    def ensure_started(self) -> None:
        """Start the watcher on the running loop (once per loop)."""
        if self._task is None or self._task.done():
            self._task = asyncio.get_running_loop().create_task(self._watch())

    async def _watch(self) -> None:
        while True:
            due = time.monotonic() + self.tick
            await asyncio.sleep(self.tick)
            now = time.monotonic()
            self.samples.append((now, max(0.0, now - due)))
            while self.samples and self.samples[0][0] < now - self.window:
                self.samples.popleft()

    def now(self) -> float:
        """Seconds a request arriving at a random moment of the last ``window`` seconds waited
        for the loop: the sum of each hold's square over twice the window."""
        since = time.monotonic() - self.window
        return sum(h * h for t, h in self.samples if t >= since) / (2 * self.window)

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

    def __init__(
        self,
        app: ASGIApp,
        max_inflight: int,
        max_lag: float,
        on_shed: Callable[[], None] | None = None,
        lag_min_inflight: int = LAG_MIN_INFLIGHT,
    ) -> None:
        self.app = app
        self.max_inflight = max_inflight
        self.max_lag = max_lag
        self.on_shed = on_shed
        self.lag_min_inflight = lag_min_inflight
        self.inflight = 0
        self.refused = 0
        self.lag = LoopLag()

    def reason(self) -> str | None:
        """Why a new request would be refused now, or None."""
        if self.max_inflight and self.inflight >= self.max_inflight:
            return f"{self.inflight} requests are already being analysed by this process"
        if self.max_lag and self.inflight + 1 >= self.lag_min_inflight:  # with this one
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
    body = json.dumps(
        {
            "type": "urn:textinsight:error:shed",
            "title": "Service Unavailable",
            "status": 503,
            "detail": f"shedding load: {why}; retry after 1 s",
        }
    ).encode()
    await send(
        {
            "type": "http.response.start",
            "status": 503,
            "headers": [
                (b"content-type", PROBLEM.encode()),
                (b"content-length", str(len(body)).encode()),
                (b"retry-after", b"1"),
            ],
        }
    )
    await send({"type": "http.response.body", "body": body})
