"""scripts/load_test.py: the open loop keeps its arrival schedule against a slow server and
measures latency from the due time (no coordinated omission); 503s count as shed."""

from __future__ import annotations

import asyncio
import importlib.util
import json
import sys
from pathlib import Path

import httpx

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "load_test.py"


def _module():  # -> the script as a module
    spec = importlib.util.spec_from_file_location("load_test", SCRIPT)
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    sys.modules["load_test"] = mod  # (dataclasses look their module up)
    spec.loader.exec_module(mod)
    return mod


class OneAtATime:
    """A server that analyses one request at a time, ``service`` seconds each, and refuses
    (503) a request when ``shed_over`` are already waiting (None: never)."""

    def __init__(self, service: float, shed_over: int | None = None) -> None:
        self.service = service
        self.shed_over = shed_over
        self.lock = asyncio.Lock()
        self.waiting = 0

    async def __call__(self, request: httpx.Request) -> httpx.Response:
        if request.url.path == "/metrics":
            return httpx.Response(200, text="textinsight_analyze_shed_requests_total 0.0\n")
        if self.shed_over is not None and self.waiting >= self.shed_over:
            return httpx.Response(503, headers={"Retry-After": "1"}, json={"status": 503})
        doc = json.loads(request.content)["documents"][0]
        self.waiting += 1
        async with self.lock:
            await asyncio.sleep(self.service)
        self.waiting -= 1
        return httpx.Response(200, json={"documents": [{"id": doc["id"], "error": None}]})


def _open(server: OneAtATime, rate: float, duration: float) -> dict:
    lt = _module()

    async def go() -> dict:
        transport = httpx.MockTransport(server)
        async with httpx.AsyncClient(transport=transport, base_url="http://test") as c:
            return await lt.open_loop(c, "k", ["Fint."], rate, duration)

    return asyncio.run(go())


def test_open_loop_keeps_the_schedule_and_measures_from_the_due_time() -> None:
    # 40 requests/s for 1 s against a server of 20/s: the backlog grows to about 1 s
    r = _open(OneAtATime(0.05), rate=40, duration=1.0)
    assert r["requests"] == 40 and r["answered"] == 40 and r["shed"] == 0
    assert r["send_lag_ms"]["p99"] < 100  # arrivals did not wait for answers
    # the last request was due at 0.975 s and answered at about 2 s
    assert 800 <= r["latency_ms"]["max"] <= 1600, r["latency_ms"]
    assert r["throughput_rps"] < 25


def test_open_loop_counts_503_as_shed_not_as_latency() -> None:
    r = _open(OneAtATime(0.05, shed_over=2), rate=40, duration=1.0)
    assert r["shed"] > 10 and r["answered"] + r["shed"] == 40
    assert r["shed_share"] == round(r["shed"] / 40, 4)
    assert r["latency_ms"]["max"] <= 250  # the admitted ones never queued long


def test_capacity_criterion() -> None:
    lt = _module()
    ok = {"shed_share": 0.0, "errors": 0, "latency_ms": {"p99": 300.0}}
    assert lt.passes(ok, 0.01, 1000)
    assert not lt.passes({**ok, "shed_share": 0.05}, 0.01, 1000)
    assert not lt.passes({**ok, "latency_ms": {"p99": 1500.0}}, 0.01, 1000)
    assert not lt.passes({**ok, "latency_ms": {"p99": float("nan")}}, 0.01, 1000)
