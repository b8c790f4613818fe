"""The admission gate ahead of the micro-batcher (api/admission.py)."""

from __future__ import annotations

import asyncio
import json
import time

import httpx

from api.admission import AdmissionGate, LoopLag, gated


async def _slow_app(scope, receive, send) -> None:
    """Reads the body, holds the request until released, answers 200 with the body size."""
    body = b""
    while True:
        msg = await receive()
        body += msg.get("body", b"")
        if not msg.get("more_body"):
            break
    await scope["app_release"].wait()
    await send({"type": "http.response.start", "status": 200, "headers": []})
    await send({"type": "http.response.body", "body": str(len(body)).encode()})


def _client(gate: AdmissionGate, release: asyncio.Event) -> httpx.AsyncClient:
    async def app(scope, receive, send):
        scope["app_release"] = release
        await gate(scope, receive, send)

    return httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://t")


def test_gated_routes_are_the_analyzer_feeding_posts() -> None:
    assert gated("POST", "/v1/analyze")
    assert gated("POST", "/v1/topic-models/abc/assign")
    assert gated("POST", "/v1/streams/brand-x/documents")
    assert not gated("GET", "/v1/analyze")
    assert not gated("POST", "/v1/jobs")  # jobs queue in the database, never shed
    assert not gated("GET", "/v1/streams/brand-x/documents")
    assert not gated("POST", "/v1/analyze/../jobs")


def test_refuses_over_the_inflight_limit_and_admits_again() -> None:
    asyncio.run(_inflight_limit())


async def _inflight_limit() -> None:
    shed: list[int] = []
    release = asyncio.Event()
    gate = AdmissionGate(_slow_app, max_inflight=2, max_lag=0, on_shed=lambda: shed.append(1))
    async with _client(gate, release) as c:
        held = [asyncio.create_task(c.post("/v1/analyze", content=b"x" * 10)) for _ in range(2)]
        for _ in range(100):
            if gate.inflight == 2:
                break
            await asyncio.sleep(0.01)
        assert gate.inflight == 2
        refused = await c.post("/v1/analyze", content=b"y")
        assert refused.status_code == 503
        assert refused.headers["content-type"] == "application/problem+json"
        assert refused.headers["retry-after"] == "1"
        problem = refused.json()
        assert problem["type"] == "urn:textinsight:error:shed" and problem["status"] == 503
        assert shed == [1]
        # a route that does not feed the analyzer is never gated
        other = asyncio.create_task(c.post("/v1/jobs", content=b"z"))
        await asyncio.sleep(0.05)
        release.set()
        assert [r.status_code for r in await asyncio.gather(*held)] == [200, 200]
        assert (await other).status_code == 200
        assert gate.inflight == 0
        again = await c.post("/v1/analyze", content=b"abc")
        assert again.status_code == 200 and again.text == "3"


def test_refuses_while_the_event_loop_is_late() -> None:
    asyncio.run(_loop_late())


async def _loop_late() -> None:
    release = asyncio.Event()
    release.set()
    gate = AdmissionGate(_slow_app, max_inflight=0, max_lag=0.1, lag_min_inflight=0)
    async with _client(gate, release) as c:
        assert (await c.post("/v1/analyze", content=b"a")).status_code == 200
        time.sleep(0.3)  # one stall is not overload: the median forgets it
        await asyncio.sleep(0.1)
        assert (await c.post("/v1/analyze", content=b"a")).status_code == 200
        hog = asyncio.create_task(_hog(1.5))  # a loop late tick after tick
        await asyncio.sleep(1.2)
        late = await c.post("/v1/analyze", content=b"a")
        assert late.status_code == 503
        assert "behind" in late.json()["detail"]
        await hog
        await asyncio.sleep(1.1)  # the loop caught up: the holds left the window
        assert (await c.post("/v1/analyze", content=b"a")).status_code == 200
    await gate.lag.stop()


async def _hog(seconds: float) -> None:
    """Hold the loop 0.15 s at a time, yielding in between (what hundreds of requests do)."""
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        time.sleep(0.15)
        await asyncio.sleep(0)


def test_a_late_loop_refuses_only_under_load() -> None:
    asyncio.run(_late_but_idle())


async def _late_but_idle() -> None:
    """A loop late for another reason (a model loading) with fewer than lag_min_inflight
    requests in the process: a client sending one at a time is still answered."""
    release = asyncio.Event()
    release.set()
    gate = AdmissionGate(_slow_app, max_inflight=0, max_lag=0.1, lag_min_inflight=3)
    async with _client(gate, release) as c:
        assert (await c.post("/v1/analyze", content=b"a")).status_code == 200
        await _hog(1.2)
        assert gate.lag.now() > 0.1  # the loop is late ...
        gate.inflight = 1  # ... and one other request is in the process: answered
        assert (await c.post("/v1/analyze", content=b"a")).status_code == 200
        gate.inflight = 2  # three with this one: the lag rule applies
        assert (await c.post("/v1/analyze", content=b"a")).status_code == 503
        gate.inflight = 0
    await gate.lag.stop()


def test_loop_lag_measures_a_late_loop() -> None:
    asyncio.run(_late_loop())


async def _late_loop() -> None:
    lag = LoopLag(tick=0.01, window=0.5)
    lag.ensure_started()
    await asyncio.sleep(0.1)
    assert lag.now() < 0.01
    time.sleep(0.2)  # one stall: a request arriving in it waited 0.1 s on average
    await asyncio.sleep(0.05)
    assert 0.02 <= lag.now() <= 0.06  # 0.2 s held once in a 0.5 s window: 0.2² / 1.0
    await _hog(0.6)
    assert lag.now() >= 0.06  # held 0.15 s or more at every turn
    await asyncio.sleep(0.6)
    assert lag.now() < 0.01
    await lag.stop()


def test_zero_turns_the_gate_off() -> None:
    asyncio.run(_gate_off(0))


async def _gate_off(limit: int) -> None:
    release = asyncio.Event()
    gate = AdmissionGate(_slow_app, max_inflight=limit, max_lag=limit)
    async with _client(gate, release) as c:
        tasks = [asyncio.create_task(c.post("/v1/analyze", content=b"q")) for _ in range(20)]
        await asyncio.sleep(0.05)
        assert gate.inflight == 20
        release.set()
        assert {r.status_code for r in await asyncio.gather(*tasks)} == {200}
    assert gate.refused == 0


def test_the_app_refuses_through_the_gate_with_metrics_and_readyz(make_service) -> None:
    """In the real app: a refusal has a request id, counts as shed and makes /readyz say so."""
    svc = make_service(api_max_inflight_requests=1, api_max_loop_lag_ms=0)
    client, auth = svc.client, svc.auth()
    body = {"documents": [{"id": "1", "text": "hej"}]}
    gate = next(m for m in _middlewares(client.app) if isinstance(m, AdmissionGate))
    gate.inflight = 1  # one request is being analysed
    r = client.post("/v1/analyze", json=body, headers=auth)
    assert r.status_code == 503 and r.headers["x-request-id"]
    assert r.json()["type"] == "urn:textinsight:error:shed"
    assert json.loads(client.get("/readyz").text)["shedding"] is True
    assert "textinsight_analyze_shed_requests_total 1.0" in client.get("/metrics").text
    assert client.get("/healthz").status_code == 200  # other routes are never gated
    gate.inflight = 0
    assert client.post("/v1/analyze", json=body, headers=auth).status_code == 200
    assert svc.stage.calls == [1]  # only the admitted request reached the analyzer


def _middlewares(app):
    """The built middleware stack, outermost first."""
    node = app.middleware_stack
    while node is not None:
        yield node
        node = getattr(node, "app", None)
