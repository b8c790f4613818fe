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

Load shedding (issue 14): a :class:`LoadEstimator`, shared by every batcher of the one
analyzer thread, keeps an EWMA of the analyzer's seconds per *unit* of work (a document's
characters plus :data:`DOC_UNITS` for what each document costs regardless of its length) and
the units waiting, per tenant. A new request is admitted when its expected wait - what is
left of the batches handed to the analyzer, plus the work that round-robin puts ahead of
it: its tenant's own queued work, and of each other tenant at most as much as this tenant
will have queued - stays within ``max_wait`` (``api_max_queue_wait_ms``); otherwise it is
refused at once (:class:`~textinsight.service.errors.Shed`, HTTP 503 with Retry-After), so
nobody queues for seconds. A tenant that floods the queue is refused once the whole queue
holds ``max_wait`` of work; a tenant with nothing queued is still admitted, because it goes
first in the next batch: its wait is what is left of the running batch plus one share of
each other tenant (its small allowance, which can push the flooding tenant's queued
requests past the bound by that much). A batch holds at most ``max_wait / 2`` of estimated
work (at least one chunk), so the batch already running never uses up the bound by itself.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import math
import threading
import time
from collections import deque
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any

from textinsight.service.analyzers import AnalyzerSet, Taxonomies
from textinsight.service.errors import BudgetExceeded, Overloaded, Shed
from textinsight.service.topics import analyse_with_topics
from textinsight.types import Document

log = logging.getLogger("textinsight.api")

Records = list[dict[str, Any]]


DOC_UNITS = 100  # a document's fixed cost, in characters' worth of work (stages, padding)
BATCH_SHARE = 0.5  # a batch holds at most this share of max_wait of estimated work
SHED_HOLD = 1.0  # /readyz says "shedding" until this many seconds after the last refusal


def units(docs: list[Document]) -> int:
    """The work of ``docs`` in the estimator's units: characters plus DOC_UNITS each."""
    return text_units([d.text for d in docs])


def text_units(texts: list[str]) -> int:
    """The work of documents with ``texts`` (see :func:`units`)."""
    return sum(len(t) for t in texts) + DOC_UNITS * len(texts)


class LoadEstimator:
    """How long the one analyzer thread needs for the work queued and running.

    The batchers tell it what they queue (per tenant), hand to the analyzer and finish; it
    keeps an EWMA of seconds per unit (:func:`units`) over finished batches (the first batch,
    which pays for lazy set-up, is not measured). A batch's cost is the time from when it was
    handed over, or from the end of the batch before it if that was later, to its end: so
    under load it is the time between batch ends, including what the event loop takes
    between batches, which is the rate the queue really drains at. The estimate is the
    larger of the EWMA and the last batch's rate, so a slowdown (other processes taking the
    cores) counts at once and a speed-up gradually. Queue bookkeeping happens on the event
    loop, batch start and end on the analyzer thread (under a lock).
    """

    def __init__(
        self,
        max_wait: float | None = None,
        alpha: float = 0.3,
        hold: float = SHED_HOLD,
        on_shed: Callable[[], None] | None = None,
    ) -> None:
        self.max_wait = max_wait or None  # seconds; None or 0: never shed
        self.on_shed = on_shed  # called for each refused request (a Prometheus counter)
        self.alpha = alpha
        self.hold = hold
        self.seconds_per_unit: float | None = None  # the estimate: max(EWMA, last batch)
        self._ewma: float | None = None
        self.queued: dict[str, int] = {}  # tenant -> units waiting in the batchers' queues
        self.shed = 0
        self._inflight = 0  # units handed to the analyzer thread and not finished
        self._running: tuple[float, int] | None = None  # (start, units) of the batch now running
        self._last_end = -math.inf
        self._measured = 0
        self._last_shed = -math.inf
        self._lock = threading.Lock()

    # --- bookkeeping (event loop) ---
    def enqueue(self, tenant: str, n: int) -> None:
        self.queued[tenant] = self.queued.get(tenant, 0) + n

    def dequeue(self, tenant: str, n: int) -> None:
        left = self.queued.get(tenant, 0) - n
        if left > 0:
            self.queued[tenant] = left
        else:
            self.queued.pop(tenant, None)

    def handed(self, n: int) -> None:
        with self._lock:
            self._inflight += n

    # --- the analyzer thread ---
    def started(self, n: int) -> None:
        with self._lock:
            self._running = (time.monotonic(), n)

    def finished(self, n: int, handed_at: float, measure: bool = True) -> None:
        """A batch of ``n`` units handed over at ``handed_at`` (time.monotonic) ended."""
        end = time.monotonic()
        with self._lock:
            seconds = end - max(handed_at, self._last_end)
            self._last_end = end
            self._inflight = max(0, self._inflight - n)
            self._running = None
            if not measure or n <= 0:
                return
            self._measured += 1
            if self._measured == 1:
                return  # the first batch pays for lazy set-up
            rate = seconds / n
            old = self._ewma
            self._ewma = rate if old is None else old + self.alpha * (rate - old)
            self.seconds_per_unit = max(self._ewma, rate)

    # --- estimates ---
    def _busy(self, rate: float) -> float:
        """Seconds of work handed to the analyzer and not finished."""
        with self._lock:
            inflight, running = self._inflight, self._running
        if running is None:
            return inflight * rate
        start, n = running
        left = max(0.0, n * rate - (time.monotonic() - start))
        return left + (inflight - n) * rate

    def drain(self) -> float:
        """Estimated seconds until everything queued now has been analysed."""
        rate = self.seconds_per_unit
        if rate is None:
            return 0.0
        return self._busy(rate) + sum(self.queued.values()) * rate

    def wait(self, tenant: str, n: int) -> float:
        """Estimated seconds a request of ``n`` units from ``tenant`` waits for others' work
        (round-robin: its tenant's queue, and of each other tenant at most as much as this
        tenant will have queued)."""
        rate = self.seconds_per_unit
        if rate is None:
            return 0.0
        mine = self.queued.get(tenant, 0)
        ahead = mine + sum(min(q, mine + n) for t, q in self.queued.items() if t != tenant)
        return self._busy(rate) + ahead * rate

    def batch_units(self) -> float | None:
        """The most units one batch should hold (None: no limit)."""
        if self.max_wait is None or not self.seconds_per_unit:
            return None
        return BATCH_SHARE * self.max_wait / self.seconds_per_unit

    @property
    def shedding(self) -> bool:
        """Requests are being refused: one was within ``hold`` seconds, or the queue now holds
        more than ``max_wait`` of work."""
        if self.max_wait is None:
            return False
        return time.monotonic() - self._last_shed < self.hold or self.drain() > self.max_wait

    def admit(self, tenant: str, n: int) -> None:
        """Raise :class:`Shed` when a request of ``n`` units from ``tenant`` would wait longer
        than ``max_wait``."""
        if self.max_wait is None:
            return
        wait = self.wait(tenant, n)
        if wait <= self.max_wait:
            return
        self.note_shed()
        if self.on_shed is not None:
            self.on_shed()
        retry = max(1, math.ceil(wait - self.max_wait))
        raise Shed(
            f"the analyzer queue would make this request wait about {wait:.2f} s, over "
            f"the bound of {self.max_wait * 1000:g} ms (api_max_queue_wait_ms); retry "
            f"in {retry} s",
            retry_after=retry,
        )

    def note_shed(self) -> None:
        """A request was refused ahead of the batcher (the admission gate): counts for
        :attr:`shedding` like one of ours."""
        self.shed += 1
        self._last_shed = time.monotonic()

    def reset(self) -> None:
        """Forget the queue (the batchers closed)."""
        self.queued.clear()
        with self._lock:
            self._inflight = 0
            self._running = None


@dataclass
class _Pending:
    docs: list[Document]
    future: asyncio.Future[Records]
    tenant: str = ""
    chars: int = 0

    @property
    def units(self) -> int:
        return self.chars + DOC_UNITS * len(self.docs)


class MicroBatcher:
    """Collects documents from concurrent callers into shared batches for ``run``."""

    def __init__(
        self,
        run: Callable[[list[Document]], Records],
        executor: ThreadPoolExecutor,
        max_docs: int,
        wait: float,
        on_batch: Callable[[int], None] | None = None,
        max_chars: int | None = None,
        budget: float | None = None,
        load: LoadEstimator | None = None,
    ) -> None:
        self.run = run
        self.load = load or LoadEstimator()
        self.executor = executor
        self.max_docs = max_docs
        self.wait = wait
        self.on_batch = on_batch
        self.max_chars = max_chars
        self.budget = budget
        self.batches = 0
        self.queued = 0
        self.queued_units = 0
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
            if (
                last is None
                or len(last.docs) >= size
                or (self.max_chars is not None and last.chars + n > self.max_chars)
            ):
                last = _Pending([], loop.create_future(), tenant)
                out.append(last)
            last.docs.append(d)
            last.chars += n
        return out

    async def submit(self, docs: list[Document], tenant: str = "") -> Records:
        """The records of ``docs``, in order, computed in shared batches (taken round-robin
        across tenants); Shed at once when they would wait past the estimator's bound,
        BudgetExceeded after ``budget`` seconds."""
        if not docs:
            return []
        self.load.admit(tenant, units(docs))  # Shed (503) when it would wait too long
        loop = asyncio.get_running_loop()
        wakeup = self._wakeup
        if (
            wakeup is None
            or self._task is None
            or self._task.done()
            or self._task.get_loop() is not loop
        ):
            # (a new event loop - e.g. test clients that start one per request - gets its own)
            wakeup = self._wakeup = asyncio.Event()
            self._task = loop.create_task(self._collect(wakeup))
        chunks = self._chunks(docs, tenant)
        self._queues.setdefault(tenant, deque()).extend(chunks)
        n = sum(p.units for p in chunks)
        self.queued += len(docs)
        self.queued_units += n
        self.load.enqueue(tenant, n)
        wakeup.set()
        futures = [p.future for p in chunks]
        try:
            parts = await asyncio.wait_for(asyncio.gather(*futures), self.budget)
        except TimeoutError:
            raise BudgetExceeded(
                f"the request was not analysed within its budget of "
                f"{self.budget:g} s (api_request_budget_seconds)",
                retry_after=5,
            ) from None
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
                self.load.dequeue(p.tenant, p.units)
                if not p.future.done():
                    p.future.set_exception(Overloaded("the service is shutting down"))
        self._queues.clear()
        self.queued_units = 0

    def _full(self) -> bool:
        """A batch's worth of work waits already (no point waiting for more)."""
        max_work = self.load.batch_units()
        return max_work is not None and self.queued_units >= max_work

    def _take(self) -> list[_Pending]:
        """The next batch: one chunk per tenant per round, the least recently served tenant
        first, while the chunks fit (at least one; within the documents, characters and the
        estimated work a batch may hold)."""
        self._round += 1
        take: list[_Pending] = []
        n = chars = work = 0
        max_work = self.load.batch_units()
        order = sorted(self._queues, key=lambda t: self._served.get(t, -1))
        while order:
            for tenant in list(order):
                queue = self._queues[tenant]
                p = queue[0]
                if take and (
                    n + len(p.docs) > self.max_docs
                    or (self.max_chars is not None and chars + p.chars > self.max_chars)
                    or (max_work is not None and work + p.units > max_work)
                ):
                    return take
                queue.popleft()
                self.load.dequeue(tenant, p.units)
                self.queued_units -= p.units
                take.append(p)
                n += len(p.docs)
                chars += p.chars
                work += p.units
                self._served[tenant] = self._round
                if not queue:
                    del self._queues[tenant]
                    order.remove(tenant)
        if len(self._served) > 4096:  # forget idle tenants (they rank first when they return)
            self._served = {t: r for t, r in self._served.items() if t in self._queues}
        return take

    async def _collect(self, wakeup: asyncio.Event) -> None:
        loop = asyncio.get_running_loop()
        while True:
            if not self._queues:
                wakeup.clear()
                await wakeup.wait()
                continue
            deadline = loop.time() + self.wait
            while self.queued < self.max_docs and not self._full():
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
                records = await self._run(docs, sum(p.units for p in take))
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

    async def _run(self, docs: list[Document], n: int) -> Records:
        """``run(docs)`` on the analyzer thread, timed for the estimator (``n`` units)."""
        self.load.handed(n)
        handed_at = time.monotonic()

        def timed() -> Records:
            self.load.started(n)
            ok = False
            try:
                out = self.run(docs)
                ok = True
                return out
            finally:
                self.load.finished(n, handed_at, measure=ok)

        return await asyncio.get_running_loop().run_in_executor(self.executor, timed)

    async def _one_by_one(self, take: list[_Pending], exc: Exception) -> None:
        """A shared batch failed: run each caller's documents alone, so that only the caller
        whose documents fail gets the error (the pipeline already retries document by
        document; this also covers what runs around it, such as topic assignment)."""
        for p in take:
            if p.future.done():
                continue
            if len(take) == 1:
                p.future.set_exception(exc)
                return
            try:
                part = await self._run(p.docs, p.units)
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
    """One batcher per redaction policy, all on one analyzer thread (torch has the cores),
    sharing one :class:`LoadEstimator` (``max_wait``: api_max_queue_wait_ms in seconds, None
    never sheds; ``on_shed`` is called for each refused request)."""

    def __init__(
        self,
        analyzers: AnalyzerSet,
        max_docs: int,
        wait: float,
        max_queued: int,
        on_batch: Callable[[int], None] | None = None,
        max_chars: int | None = None,
        budget: float | None = None,
        max_wait: float | None = None,
        on_shed: Callable[[], None] | None = None,
    ) -> None:
        self.load = LoadEstimator(max_wait, on_shed=on_shed)
        self.analyzers = analyzers
        self.max_docs = max_docs
        self.wait = wait
        self.max_queued = max_queued
        self.on_batch = on_batch
        self.max_chars = max_chars
        self.budget = budget
        self.executor = ThreadPoolExecutor(1, thread_name_prefix="analyzer")
        self.batchers: dict[tuple[str | None, str | None, Taxonomies], MicroBatcher] = {}

    def admit(self, tenant: str, texts: list[str]) -> None:
        """Refuse early (Shed), before the look-ups that precede :meth:`submit`, a request
        the queue would refuse anyway; :meth:`submit` decides again."""
        if texts:
            self.load.admit(tenant, text_units(texts))

    @property
    def queued(self) -> int:
        """Documents waiting for the analyzer."""
        return sum(b.queued for b in self.batchers.values())

    async def submit(
        self,
        policy: str | None,
        docs: list[Document],
        topic_model: tuple[str, Any] | None = None,
        taxonomies: Taxonomies = (),
        tenant: str = "",
    ) -> Records:
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

            b = MicroBatcher(
                run,
                self.executor,
                self.max_docs,
                self.wait,
                self.on_batch,
                self.max_chars,
                self.budget,
                self.load,
            )
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
        self.load.reset()
        self.executor.shutdown(wait=False, cancel_futures=True)
