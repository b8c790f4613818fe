"""Load shedding (issue 14 item 5): a request that would wait past ``api_max_queue_wait_ms``
is refused at once with 503 + Retry-After; admitted requests wait within the bound; a quiet
tenant is served during another tenant's flood; /readyz and /metrics say so.

The pipeline is a stand-in that sleeps a known time per document, so the waits are known.
"""

from __future__ import annotations

import asyncio
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from fastapi.testclient import TestClient

from api.batching import LoadEstimator, MicroBatcher
from api.main import create_app
from textinsight.analyzer import Analyzer
from textinsight.pipeline import Pipeline
from textinsight.service.db import make_engine
from textinsight.service.errors import Shed
from textinsight.service.keys import KeyStore
from textinsight.settings import Settings
from textinsight.stages.validate import Validate
from textinsight.types import Document, Language

PER_DOC = 0.02  # seconds the stand-in pipeline takes per document
BOUND = 0.2  # api_max_queue_wait_ms in seconds
TOLERANCE = 1.3  # waits may pass the bound by scheduling noise on a busy 2-core machine
TEXT = "Leveringen var forsinket igen."


class SlowRun:
    """A pipeline stand-in: PER_DOC seconds per document; records when each batch started."""

    def __init__(self) -> None:
        self.started: dict[str, float] = {}  # document id -> start of its batch
        self.batches: list[list[str]] = []
        self.lock = threading.Lock()

    def __call__(self, docs: list[Document]) -> list[dict]:
        t = time.monotonic()
        with self.lock:
            self.batches.append([d.id for d in docs])
            for d in docs:
                self.started[d.id] = t
        time.sleep(PER_DOC * len(docs))
        return [{"id": d.id} for d in docs]


class Calls:
    """Submit one-document requests and keep when each was sent, and each outcome."""

    def __init__(self, b: MicroBatcher) -> None:
        self.b = b
        self.sent: dict[str, float] = {}
        self.shed: list[tuple[str, float, Shed]] = []  # id, seconds until refused, error
        self.ok: list[str] = []

    async def one(self, doc_id: str, tenant: str, n: int = 1) -> None:
        docs = [Document(f"{doc_id}.{i}" if n > 1 else doc_id, TEXT) for i in range(n)]
        t = time.monotonic()
        self.sent[doc_id] = t
        try:
            await self.b.submit(docs, tenant)
        except Shed as exc:
            self.shed.append((doc_id, time.monotonic() - t, exc))
            return
        self.ok.append(doc_id)

    def wait_of(self, run: SlowRun, doc_id: str) -> float:
        return run.started[doc_id] - self.sent[doc_id]


async def _warm(b: MicroBatcher) -> None:
    """A few sequential batches so the estimator has measured the cost (the first is not)."""
    for i in range(3):
        await b.submit([Document(f"warm{i}", TEXT)], "warm")


def _batcher(run: SlowRun, load: LoadEstimator) -> MicroBatcher:
    return MicroBatcher(run, ThreadPoolExecutor(1), max_docs=64, wait=0.0, load=load)


def test_shedding_burst_is_refused_at_once_and_admitted_waits_stay_under_bound() -> None:
    run = SlowRun()
    shed_calls: list[int] = []
    load = LoadEstimator(BOUND, on_shed=lambda: shed_calls.append(1))

    async def go() -> Calls:
        b = _batcher(run, load)
        await _warm(b)
        calls = Calls(b)
        await asyncio.gather(*[calls.one(f"a{i}", "a") for i in range(40)])  # 0.8 s of work
        await b.close()
        return calls

    calls = asyncio.run(go())
    true_cost = PER_DOC / (len(TEXT) + 100)  # seconds per unit; measured with some overhead
    assert load.seconds_per_unit is not None
    assert 0.8 * true_cost <= load.seconds_per_unit <= 2 * true_cost
    # about BOUND / PER_DOC = 10 admitted, the rest refused
    assert 5 <= len(calls.ok) <= 15 and len(calls.shed) == 40 - len(calls.ok)
    assert len(shed_calls) == load.shed == len(calls.shed)
    for _, seconds, exc in calls.shed:
        assert seconds < BOUND / 2  # at once, not after queueing (0.8 s of work)
        assert exc.retry_after >= 1 and "api_max_queue_wait_ms" in str(exc)
    waits = [calls.wait_of(run, i) for i in calls.ok]
    assert max(waits) <= BOUND * TOLERANCE, waits
    # no batch held more than half the bound of work (plus one document: at least one chunk)
    assert max(len(ids) for ids in run.batches) <= BOUND / 2 / PER_DOC + 1


def test_shedding_spares_a_quiet_tenant_during_another_tenants_flood() -> None:
    run = SlowRun()
    load = LoadEstimator(BOUND)

    async def go() -> Calls:
        b = _batcher(run, load)
        await _warm(b)
        calls = Calls(b)
        for k in range(3):  # three waves: tenant a floods, then b asks for one document
            flood = [asyncio.create_task(calls.one(f"a{k}-{i}", "a")) for i in range(30)]
            await asyncio.sleep(0)  # a's requests are queued (or refused) first
            assert load.drain() > 0.5 * BOUND  # the queue is full of a's work
            await calls.one(f"b{k}", "b")
            await asyncio.gather(*flood)
        await b.close()
        return calls

    calls = asyncio.run(go())
    assert {"b0", "b1", "b2"} <= set(calls.ok)  # b is never refused
    assert sum(1 for i, _, _ in calls.shed if i.startswith("a")) >= 3 * 10  # a is
    for k in range(3):  # b rides in the next batch: it waits for what is running, at most
        assert calls.wait_of(run, f"b{k}") <= BOUND * TOLERANCE


def test_shedding_allowance_of_quiet_tenants_is_small() -> None:
    """Many tenants with nothing queued, or one with a big request while the queue is full,
    are not all let in: each may only add its one share."""
    run = SlowRun()
    load = LoadEstimator(BOUND)

    async def go() -> tuple[Calls, Calls]:
        b = _batcher(run, load)
        await _warm(b)
        many = Calls(b)
        await asyncio.gather(*[many.one(f"t{i}", f"tenant{i}") for i in range(40)])
        big = Calls(b)
        flood = [asyncio.create_task(big.one(f"a{i}", "a")) for i in range(30)]
        await asyncio.sleep(0)
        await big.one("b-big", "b", n=20)  # 20 documents: as much of a's work is ahead of it
        await asyncio.gather(*flood)
        await b.close()
        return many, big

    many, big = asyncio.run(go())
    assert len(many.shed) >= 20 and len(many.ok) >= 5
    assert max(many.wait_of(run, i) for i in many.ok) <= BOUND * TOLERANCE
    assert "b-big" in {i for i, _, _ in big.shed}


def test_shedding_off_when_the_bound_is_zero() -> None:
    run = SlowRun()
    load = LoadEstimator(0)

    async def go() -> Calls:
        b = _batcher(run, load)
        await _warm(b)
        calls = Calls(b)
        await asyncio.gather(*[calls.one(f"a{i}", "a") for i in range(20)])
        await b.close()
        return calls

    calls = asyncio.run(go())
    assert not calls.shed and len(calls.ok) == 20
    assert max(len(ids) for ids in run.batches) == 20  # and no cap on the batch's work


# --- over HTTP: the real app, a slow stand-in stage ---


class SlowStage:
    """Sleeps PER_DOC per document and sets a language (so records are complete)."""

    name = "slow"
    requires: tuple[str, ...] = ("text",)
    assigns: tuple[str, ...] = ("language",)

    def __call__(self, docs: list[Document]) -> list[Document]:
        time.sleep(PER_DOC * len(docs))
        for d in docs:
            if d.ok:
                d.language = Language("xx", 1.0)
        return docs


def _client(tmp_path: Path, **overrides: object) -> tuple[TestClient, dict[str, str]]:
    settings = Settings(
        progress=False,
        data_dir=tmp_path / "service",
        stages=["validate"],
        api_max_queue_wait_ms=BOUND * 1000,
        api_batch_wait_ms=0.0,
        **overrides,
    )  # type: ignore[arg-type]
    analyzer = Analyzer(Pipeline([Validate(100_000), SlowStage()], batch_size=10_000))
    client = TestClient(create_app(settings, analyzer=analyzer), raise_server_exceptions=False)
    token = KeyStore(make_engine(settings)).create("test", "analyze", "acme")[1]
    return client, {"Authorization": f"Bearer {token}"}


def _post(client: TestClient, auth: dict[str, str], i: int):  # -> httpx.Response
    return client.post(
        "/v1/analyze", json={"documents": [{"id": str(i), "text": TEXT}]}, headers=auth
    )


def _metric(text: str, name: str) -> float:
    return next(
        float(line.split()[-1]) for line in text.splitlines() if line.startswith(name + " ")
    )


def test_shedding_over_http_503_problem_readyz_and_metrics(tmp_path: Path) -> None:
    client, auth = _client(tmp_path)
    with client:
        for i in range(3):
            assert _post(client, auth, i).status_code == 200
        ready = client.get("/readyz").json()
        assert ready["shedding"] is False and ready["queue_wait_ms"] == 0
        with ThreadPoolExecutor(40) as pool:  # 40 x 20 ms of work at once: 0.8 s > 0.2 s
            answers = list(pool.map(lambda i: _post(client, auth, i), range(100, 140)))
            during = client.get("/readyz")
        codes = [r.status_code for r in answers]
        assert set(codes) == {200, 503} and codes.count(503) >= 10, codes
        refused = next(r for r in answers if r.status_code == 503)
        assert refused.headers["content-type"] == "application/problem+json"
        assert int(refused.headers["Retry-After"]) >= 1
        body = refused.json()
        assert body["type"] == "urn:textinsight:error:shed" and body["status"] == 503
        assert "api_max_queue_wait_ms" in body["detail"] and TEXT not in body["detail"]
        assert during.status_code == 200 and during.json()["shedding"] is True
        metrics = client.get("/metrics").text
        assert _metric(metrics, "textinsight_analyze_shed_requests_total") == codes.count(503)
        assert _metric(metrics, "textinsight_analyze_queue_wait_seconds") >= 0
        time.sleep(1.1)  # the queue has drained and the last refusal is a second old
        ready = client.get("/readyz").json()
        assert ready["shedding"] is False
        assert _post(client, auth, 999).status_code == 200


def test_shedding_readyz_can_answer_503_while_shedding(tmp_path: Path) -> None:
    client, auth = _client(tmp_path, api_readyz_fail_when_shedding=True)
    with client:
        for i in range(3):
            assert _post(client, auth, i).status_code == 200
        assert client.get("/readyz").status_code == 200
        with ThreadPoolExecutor(40) as pool:
            codes = [
                r.status_code for r in pool.map(lambda i: _post(client, auth, i), range(100, 140))
            ]
            during = client.get("/readyz")
        assert 503 in codes
        assert during.status_code == 503 and int(during.headers["Retry-After"]) >= 1
        time.sleep(1.1)
        assert client.get("/readyz").status_code == 200
