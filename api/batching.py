"""Micro-batching: concurrent small /v1/analyze requests share one pipeline batch.

Requests queue their documents; a collector task waits up to ``wait`` seconds after the first
(or until ``max_docs`` are waiting), runs the batch in the one analyzer thread, and hands each
request its slice of the records. While a batch runs the next one fills, so under load the
pipeline always works on full batches and throughput approaches the batch throughput.

Fairness: a request is cut into small chunks (at most ``max_docs // 8`` documents and
``max_chars`` characters) queued per tenant, and a batch takes one chunk per tenant per
round, the least recently served tenant first, up to ``max_docs`` documents and
``max_chars`` characters. So one tenant's long
request or long documents cannot make another tenant's request wait for more than about one
bounded batch; and a request waits at most ``budget`` seconds (then :class:`BudgetExceeded`,
HTTP 503 with Retry-After), its chunks not yet started dropped from the queue.

One request never fails another: a document that breaks the pipeline gets its own
``analysis_failed`` error (the pipeline retries a failed batch document by document), and a
shared batch that still fails is run again request by request, so only the request at fault
gets the error.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections import deque
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any

from textinsight.service.analyzers import AnalyzerSet, Taxonomies
from textinsight.service.errors import BudgetExceeded, Overloaded
from textinsight.service.topics import analyse_with_topics
from textinsight.types import Document

log = logging.getLogger("textinsight.api")

Records = list[dict[str, Any]]


@dataclass
class _Pending:
    docs: list[Document]
    future: asyncio.Future[Records]
    tenant: str = ""
    chars: int = 0


class MicroBatcher:
    """Collects documents from concurrent callers into shared batches for ``run``."""

    def __init__(self, run: Callable[[list[Document]], Records], executor: ThreadPoolExecutor,
                 max_docs: int, wait: float,
                 on_batch: Callable[[int], None] | None = None, max_chars: int | None = None,
                 budget: float | None = None) -> None:  # fmt: skip
        self.run = run
        self.executor = executor
        self.max_docs = max_docs
        self.wait = wait
        self.on_batch = on_batch
        self.max_chars = max_chars
        self.budget = budget
        self.batches = 0
        self.queued = 0
        self._queues: dict[str, deque[_Pending]] = {}  # chunks waiting, per tenant
        self._served: dict[str, int] = {}  # tenant -> the last batch that took its chunk
        self._round = 0
        self._wakeup: asyncio.Event | None = None
        self._task: asyncio.Task[None] | None = None

    def _chunks(self, docs: list[Document], tenant: str) -> list[_Pending]:
        loop = asyncio.get_running_loop()
        size = max(1, self.max_docs // 8)
        out: list[_Pending] = []
        for d in docs:
            n = len(d.text)
            last = out[-1] if out else None
            if (last is None or len(last.docs) >= size
                    or (self.max_chars is not None and last.chars + n > self.max_chars)):
                last = _Pending([], loop.create_future(), tenant)
                out.append(last)
            last.docs.append(d)
            last.chars += n
        return out

    async def submit(self, docs: list[Document], tenant: str = "") -> Records:
        """The records of ``docs``, in order, computed in shared batches (taken round-robin
        across tenants); BudgetExceeded after ``budget`` seconds."""
        if not docs:
            return []
        loop = asyncio.get_running_loop()
        if self._task is None or self._task.done() or self._task.get_loop() is not loop:
            # (a new event loop - e.g. test clients that start one per request - gets its own)
            self._wakeup = asyncio.Event()
            self._task = loop.create_task(self._collect())
        chunks = self._chunks(docs, tenant)
        self._queues.setdefault(tenant, deque()).extend(chunks)
        self.queued += len(docs)
        assert self._wakeup is not None
        self._wakeup.set()
        futures = [p.future for p in chunks]
        try:
            parts = await asyncio.wait_for(asyncio.gather(*futures), self.budget)
        except TimeoutError:
            raise BudgetExceeded(f"the request was not analysed within its budget of "
                                 f"{self.budget:g} s (api_request_budget_seconds)",
                                 retry_after=5) from None  # fmt: skip
        finally:
            for f in futures:  # chunks not yet started are dropped (done ones are kept)
                f.cancel()
        return [r for part in parts for r in part]

    async def close(self) -> None:
        """Stop the collector (pending callers get an error)."""
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
        for queue in self._queues.values():
            for p in queue:
                if not p.future.done():
                    p.future.set_exception(Overloaded("the service is shutting down"))
        self._queues.clear()

    def _take(self) -> list[_Pending]:
        """The next batch: one chunk per tenant per round, the least recently served tenant
        first, while the chunks fit (at least one)."""
        self._round += 1
        take: list[_Pending] = []
        n = chars = 0
        order = sorted(self._queues, key=lambda t: self._served.get(t, -1))
        while order:
            for tenant in list(order):
                queue = self._queues[tenant]
                p = queue[0]
                if take and (n + len(p.docs) > self.max_docs or (
                        self.max_chars is not None and chars + p.chars > self.max_chars)):
                    return take
                queue.popleft()
                take.append(p)
                n += len(p.docs)
                chars += p.chars
                self._served[tenant] = self._round
                if not queue:
                    del self._queues[tenant]
                    order.remove(tenant)
        if len(self._served) > 4096:  # forget idle tenants (they rank first when they return)
            self._served = {t: r for t, r in self._served.items() if t in self._queues}
        return take

    async def _collect(self) -> None:
        loop = asyncio.get_running_loop()
        wakeup = self._wakeup
        assert wakeup is not None
        while True:
            if not self._queues:
                wakeup.clear()
                await wakeup.wait()
                continue
            deadline = loop.time() + self.wait
            while self.queued < self.max_docs:
                remaining = deadline - loop.time()
                if remaining <= 0:
                    break
                wakeup.clear()
                try:
                    await asyncio.wait_for(wakeup.wait(), remaining)
                except TimeoutError:
                    break
            take = self._take()
            self.queued -= sum(len(p.docs) for p in take)
            take = [p for p in take if not p.future.done()]  # callers that went away
            if not take:
                continue
            docs = [d for p in take for d in p.docs]
            try:
                records = await loop.run_in_executor(self.executor, self.run, docs)
            except Exception as exc:  # noqa: BLE001 - each caller alone, then its own error
                await self._one_by_one(take, exc)
                continue
            self.batches += 1
            if self.on_batch is not None:
                self.on_batch(len(docs))
            i = 0
            for p in take:
                part = records[i : i + len(p.docs)]
                i += len(p.docs)
                if not p.future.done():
                    p.future.set_result(part)

    async def _one_by_one(self, take: list[_Pending], exc: Exception) -> None:
        """A shared batch failed: run each caller's documents alone, so that only the caller
        whose documents fail gets the error (the pipeline already retries document by
        document; this also covers what runs around it, such as topic assignment)."""
        loop = asyncio.get_running_loop()
        for p in take:
            if p.future.done():
                continue
            if len(take) == 1:
                p.future.set_exception(exc)
                return
            try:
                part = await loop.run_in_executor(self.executor, self.run, p.docs)
            except Exception as own:  # noqa: BLE001 - this caller's own failure
                if not p.future.done():
                    p.future.set_exception(own)
                continue
            self.batches += 1
            if self.on_batch is not None:
                self.on_batch(len(p.docs))
            if not p.future.done():
                p.future.set_result(part)


class BatcherSet:
    """One batcher per redaction policy, all on one analyzer thread (torch has the cores)."""

    def __init__(self, analyzers: AnalyzerSet, max_docs: int, wait: float, max_queued: int,
                 on_batch: Callable[[int], None] | None = None, max_chars: int | None = None,
                 budget: float | None = None) -> None:  # fmt: skip
        self.analyzers = analyzers
        self.max_docs = max_docs
        self.wait = wait
        self.max_queued = max_queued
        self.on_batch = on_batch
        self.max_chars = max_chars
        self.budget = budget
        self.executor = ThreadPoolExecutor(1, thread_name_prefix="analyzer")
        self.batchers: dict[tuple[str | None, str | None, Taxonomies], MicroBatcher] = {}

    @property
    def queued(self) -> int:
        """Documents waiting for the analyzer."""
        return sum(b.queued for b in self.batchers.values())

    async def submit(self, policy: str | None, docs: list[Document],
                     topic_model: tuple[str, Any] | None = None,
                     taxonomies: Taxonomies = (), tenant: str = "") -> Records:  # fmt: skip
        """Records of ``docs`` analysed with ``policy``'s analyzer (and topics from
        ``topic_model``: a key and a loaded model; a tenant's custom label sets), served
        fairly among ``tenant``'s peers."""
        if self.queued + len(docs) > self.max_queued:
            raise Overloaded("too many documents are waiting for the analyzer", retry_after=1)
        key = (policy, topic_model[0] if topic_model else None, taxonomies)
        b = self.batchers.get(key)
        if b is None:
            model = topic_model[1] if topic_model else None

            def run(docs: list[Document]) -> Records:
                return analyse_with_topics(self.analyzers.get(policy, taxonomies), docs, model)

            b = MicroBatcher(run, self.executor, self.max_docs, self.wait, self.on_batch,
                             self.max_chars, self.budget)  # fmt: skip
            self.batchers[key] = b
        return await b.submit(docs, tenant)

    async def forget(self, topic_key: str) -> None:
        """Close the idle batchers of a deleted topic model (they hold the loaded model)."""
        for key in [k for k, b in self.batchers.items() if k[1] == topic_key and not b.queued]:
            await self.batchers.pop(key).close()

    async def call(self, fn: Callable[..., Any], *args: Any) -> Any:
        """Run ``fn`` on the analyzer thread (topic assignment, model loading)."""
        return await asyncio.get_running_loop().run_in_executor(self.executor, fn, *args)

    async def close(self) -> None:
        """Stop every batcher and the analyzer thread."""
        for b in self.batchers.values():
            await b.close()
        self.executor.shutdown(wait=False, cancel_futures=True)
