"""The micro-batcher serves tenants fairly and gives every request a time budget (issue 16)."""

from __future__ import annotations

import asyncio
import threading
from concurrent.futures import ThreadPoolExecutor

import pytest

from api.batching import MicroBatcher
from textinsight.service.errors import BudgetExceeded
from textinsight.types import Document

LONG = "Ja. " * 4999  # 20 KB: the document that held the analyzer for 71 s


class SlowRun:
    """A pipeline stand-in: records each batch's document ids; the first batch waits until
    ``release`` is set (the heavy batch that is running when the other tenant arrives)."""

    def __init__(self) -> None:
        self.batches: list[list[str]] = []
        self.started = threading.Event()
        self.release = threading.Event()

    def __call__(self, docs: list[Document]) -> list[dict]:
        self.batches.append([d.id for d in docs])
        self.started.set()
        assert self.release.wait(10)
        return [{"id": d.id} for d in docs]


def test_batching_another_tenant_waits_for_one_batch_at_most() -> None:
    run = SlowRun()

    async def go() -> tuple[list[dict], list[dict]]:
        b = MicroBatcher(run, ThreadPoolExecutor(1), max_docs=64, wait=0.0, max_chars=20_000)
        heavy = asyncio.create_task(b.submit([Document(f"a{i}", LONG) for i in range(8)], "a"))
        await asyncio.get_running_loop().run_in_executor(None, run.started.wait)
        light = asyncio.create_task(b.submit([Document("b0", "Hvor er min pakke?")], "b"))
        await asyncio.sleep(0.01)  # b's chunk is queued behind a's seven waiting documents
        run.release.set()
        out = await asyncio.gather(heavy, light)
        await b.close()
        return out

    heavy, light = asyncio.run(go())
    assert [r["id"] for r in heavy] == [f"a{i}" for i in range(8)]  # order kept, all there
    assert light == [{"id": "b0"}]
    # one long document per batch (max_chars); b's request rides in the very next batch
    assert run.batches[0] == ["a0"]
    assert run.batches[1] == ["b0"] or run.batches[1][0] == "b0"
    assert run.batches[2:] == [[f"a{i}"] for i in range(1, 8)]


def test_batching_round_robin_across_tenants() -> None:
    run = SlowRun()
    run.release.set()

    async def go() -> None:
        b = MicroBatcher(run, ThreadPoolExecutor(1), max_docs=8, wait=0.05)
        reqs = [
            b.submit([Document(f"a{i}", "x") for i in range(40)], "a"),
            b.submit([Document(f"b{i}", "x") for i in range(2)], "b"),
            b.submit([Document(f"c{i}", "x") for i in range(2)], "c"),
        ]
        await asyncio.gather(*reqs)
        await b.close()

    asyncio.run(go())
    first = run.batches[0]
    assert {"b0", "b1", "c0", "c1"} <= set(first)  # not behind a's 40 documents
    assert len(first) == 8 and sum(map(len, run.batches)) == 44


def test_batching_budget_exceeded_drops_what_did_not_start() -> None:
    run = SlowRun()

    async def go() -> None:
        b = MicroBatcher(run, ThreadPoolExecutor(1), max_docs=1, wait=0.0, budget=0.2)
        heavy = asyncio.create_task(b.submit([Document("a0", LONG)], "a"))
        await asyncio.get_running_loop().run_in_executor(None, run.started.wait)
        with pytest.raises(BudgetExceeded, match="api_request_budget_seconds") as caught:
            await b.submit([Document("b0", "x"), Document("b1", "y")], "b")
        assert caught.value.retry_after >= 1
        run.release.set()
        with pytest.raises(BudgetExceeded):  # a's own wait ran past the budget too
            await heavy
        await asyncio.sleep(0.05)
        await b.close()

    asyncio.run(go())
    assert run.batches == [["a0"]]  # b's documents were dropped, never analysed


def test_batching_load_estimate_returns_to_zero_after_work_failures_and_budget() -> None:
    """The estimator's queue and in-flight work go back to nothing whatever happened to the
    requests (served, failed and retried one by one, dropped past the budget)."""
    from api.batching import LoadEstimator

    def run(docs: list[Document]) -> list[dict]:
        if any(d.text == "poison" for d in docs):
            raise RuntimeError("boom")
        return [{"id": d.id} for d in docs]

    load = LoadEstimator(10.0)

    async def go() -> None:
        b = MicroBatcher(run, ThreadPoolExecutor(1), max_docs=4, wait=0.01, load=load)
        reqs = [b.submit([Document("p", "poison")], "a")]
        reqs += [b.submit([Document(f"v{i}", "fine " * i)], f"t{i % 3}") for i in range(9)]
        out = await asyncio.gather(*reqs, return_exceptions=True)
        assert isinstance(out[0], RuntimeError) and out[1:] == [[{"id": f"v{i}"}] for i in range(9)]
        assert not load.queued and load.drain() == 0.0
        assert load.seconds_per_unit is not None and load.seconds_per_unit > 0
        gate = threading.Event()
        slow = MicroBatcher(
            lambda d: [gate.wait(5), [{"id": x.id} for x in d]][1],
            ThreadPoolExecutor(1),
            max_docs=1,
            wait=0.0,
            budget=0.1,
            load=load,
        )
        first = asyncio.create_task(slow.submit([Document("s0", "x")], "a"))
        with pytest.raises(BudgetExceeded):
            await slow.submit([Document("s1", "y"), Document("s2", "z")], "b")
        gate.set()
        with pytest.raises(BudgetExceeded):
            await first
        await asyncio.sleep(0.1)  # the dropped chunks leave the queue when their turn comes
        assert not load.queued and load.drain() == 0.0
        await b.close()
        await slow.close()

    asyncio.run(go())
