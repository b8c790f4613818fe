"""The job worker: a process apart from the web server that runs queued jobs to the end.

``textinsight worker`` loops: claim a job (or take over one whose worker died and whose lease
ran out), analyse its input in batches, commit each batch with the job's progress in one
transaction, heartbeat the lease meanwhile. Killed at any moment and started again, it carries
on after the last committed record.

A full disk (ENOSPC, or the database's "disk full") is transient: the job goes back to the
queue for ``job_retry_seconds`` without using an attempt, and the worker stays up. While
``data_dir`` has less than ``min_free_disk_bytes`` free it takes no job. It sweeps the spool
of leftovers when it starts and every ``spool_sweep_seconds``.
"""

from __future__ import annotations

import itertools
import logging
import os
import secrets
import socket
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from ..errors import TextInsightError, as_disk_full
from ..io.sandbox import ParseLimits
from ..settings import Settings
from ..stages.pii import pseudonym_table
from ..types import Document
from .analyzers import AnalyzerSet, effective_policy
from .db import make_engine
from .jobs import Job, JobStore, input_summary
from .taxonomies import TaxonomyStore
from .taxonomies import run_fit_job as fit_taxonomy
from .topics import TopicModelStore, analyse_with_topics
from .topics import run_fit_job as fit_topics

log = logging.getLogger("textinsight.worker")


class LeaseLost(Exception):
    """The job was deleted or taken over; stop working on it."""


class _Heartbeat:
    """Extends a job's lease every third of the lease while a batch runs."""

    def __init__(self, store: JobStore, job_id: str, worker: str, lease: float) -> None:
        self.store, self.job_id, self.worker, self.lease = store, job_id, worker, lease
        self.lost = False
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True, name="heartbeat")

    def _run(self) -> None:
        while not self._stop.wait(self.lease / 3):
            try:
                if not self.store.heartbeat(self.job_id, self.worker, self.lease):
                    self.lost = True
                    return
            except Exception:  # noqa: BLE001 - a database hiccup: try again next beat
                log.warning("heartbeat failed", extra={"job_id": self.job_id})

    def __enter__(self) -> _Heartbeat:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()


class Worker:
    """Runs jobs from the store; models load on first use.

    ``name`` is a label for logs; the leases are held under ``holder`` (the name and a random
    token of this worker), so two workers given the same name never fence each other out.
    """

    def __init__(
        self,
        settings: Settings,
        store: JobStore,
        analyzers: AnalyzerSet | None = None,
        name: str | None = None,
    ) -> None:
        self.settings = settings
        self.store = store
        self._analyzers = analyzers
        self.name = (name or f"{socket.gethostname()}-{os.getpid()}")[:150]
        self.holder = f"{self.name}#{secrets.token_hex(8)}"
        self._next_sweep = 0.0
        self._disk_low = False

    @classmethod
    def from_settings(cls, settings: Settings, name: str | None = None) -> Worker:
        """A worker on the configured database."""
        store = JobStore(make_engine(settings), settings.data_dir, settings.min_free_disk_bytes)
        return cls(settings, store, name=name)

    @property
    def analyzers(self) -> AnalyzerSet:
        """The analyzers (loaded on first use)."""
        if self._analyzers is None:
            self._analyzers = AnalyzerSet.from_settings(self.settings)
        return self._analyzers

    def run(self, stop: threading.Event | None = None, once: bool = False) -> int:
        """Work until ``stop`` is set (or, with ``once``, until no job is waiting)."""
        stop = stop or threading.Event()
        n = 0
        errors = 0
        while not stop.is_set():
            self.sweep()
            try:
                ran = self.run_one()
                errors = 0
            except Exception as exc:  # noqa: BLE001 - the database or the disk: wait, go on
                errors += 1
                full = as_disk_full(exc)
                log.warning(
                    "cannot take a job: %s",
                    "disk full" if full else type(exc).__name__,
                    extra={"worker": self.holder},
                )
                ran = False
            if ran:
                n += 1
            elif once:
                break
            else:
                stop.wait(min(self.settings.worker_poll_seconds * 2**errors, 60.0))
        return n

    def sweep(self, force: bool = False) -> None:
        """Sweep the spool of old leftovers, when it is due (or ``force``)."""
        now = time.monotonic()
        if not force and now < self._next_sweep:
            return
        self._next_sweep = now + self.settings.spool_sweep_seconds
        try:
            swept = self.store.sweep(self.settings.spool_max_age_seconds)
        except Exception:  # noqa: BLE001 - a sweep must not take the worker down
            log.exception("spool sweep failed")
            return
        if swept.directories or swept.parts:
            log.info(
                "spool swept",
                extra={
                    "directories": swept.directories,
                    "parts": swept.parts,
                    "bytes": swept.bytes,
                },
            )

    def run_one(self) -> bool:
        """Claim and run one job; False when none is waiting (or the disk is too full)."""
        low = self.store.disk_low()
        if low != self._disk_low:  # logged when it changes, not at every poll
            self._disk_low = low
            log.warning(
                "disk nearly full: taking no job" if low else "disk space is back",
                extra={"free_bytes": self.store.free_bytes()},
            )
        if low:
            return False
        job = self.store.claim(self.holder, self.settings.job_lease_seconds, tuple(HANDLERS))
        if job is None:
            return False
        log.info(
            "job claimed",
            extra={
                "job_id": job.id,
                "kind": job.kind,
                "done": job.done,
                "attempt": job.attempts,
                "worker": self.holder,
            },
        )
        limit = self.settings.job_max_attempts
        if job.attempts > limit:
            self._fail(job, f"gave up after {limit} attempts without progress")
            return True
        try:
            with _Heartbeat(self.store, job.id, self.holder, self.settings.job_lease_seconds) as hb:
                handler = HANDLERS.get(job.kind)
                if handler is None:
                    raise TextInsightError(f"unknown job kind {job.kind!r}")
                handler.run(self, job, hb)
        except LeaseLost:
            log.info("job given up (deleted or taken over)", extra={"job_id": job.id})
        except Exception as exc:  # noqa: BLE001 - a job must not take the worker down
            if as_disk_full(exc) is not None:
                self._set_back(job)
            elif isinstance(exc, TextInsightError):
                log.warning("job failed", extra={"job_id": job.id, "error": exc.code})
                self._fail(job, str(exc))
            else:
                log.exception("job crashed", extra={"job_id": job.id})
                self._fail(job, f"internal error ({type(exc).__name__})")
        return True

    def _set_back(self, job: Job) -> None:
        """A full disk: the job waits in the queue, its committed records kept."""
        retry = self.settings.job_retry_seconds
        log.warning("disk full: job set back", extra={"job_id": job.id, "retry_seconds": retry})
        try:
            self.store.release(job.id, self.holder, retry, "disk full; retrying")
        except Exception:  # noqa: BLE001 - the release needs the disk too; the lease runs out
            log.warning("could not set the job back", extra={"job_id": job.id})

    def _fail(self, job: Job, error: str) -> None:
        self.store.finish(job.id, self.holder, "failed", error)
        self._on_failed(job, error)

    def _on_failed(self, job: Job, error: str) -> None:
        handler = HANDLERS.get(job.kind)
        if handler is not None and handler.on_failed is not None:
            handler.on_failed(self, job, error)

    def _analyze(self, job: Job, hb: _Heartbeat) -> None:
        options: dict[str, Any] = job.params.get("options") or {}
        custom = TaxonomyStore(self.store.engine).overrides(
            job.tenant, self.settings.data_dir / "taxonomies"
        )
        analyzer = self.analyzers.get(options.get("redact"), custom)
        blank_errors = effective_policy(self.settings, options.get("redact")) is not None
        parse = ParseLimits.from_settings(self.settings)  # uploads: a memory-limited child
        if job.total is None:
            total = self.store.count_input(job, parse.archive)
            self.store.set_total(job.id, self.holder, total)
        done = job.done
        table = pseudonym_table(analyzer.pipeline, job.id)
        if table is not None:  # a job taken over goes on with the numbering it committed
            saved = self.store.state(job.id, "pseudonyms") if done else None
            table.restore(saved)
        version = table.version if table is not None else 0
        rows = [0]  # input rows behind the documents, those skipped on a takeover included

        def counted(docs: Iterator[Document]) -> Iterator[Document]:
            for doc in docs:
                rows[0] += doc.rows
                yield doc

        docs = itertools.islice(counted(self.store.documents(job, parse)), done, None)
        size = self.settings.job_batch_size
        topic = load_topic_model(self, job)
        while True:
            batch = list(itertools.islice(docs, size))
            if not batch:
                break
            records = analyse_with_topics(analyzer, batch, topic)
            for rec in records:
                if blank_errors and rec.get("error"):
                    rec["text"] = ""  # never redacted, so never stored
                if options.get("sentences") is False:
                    rec.pop("sentences", None)
            state = None
            if table is not None and table.version != version:
                state, version = {"pseudonyms": table.state()}, table.version
            lease = self.settings.job_lease_seconds
            if hb.lost or not self.store.commit(job.id, self.holder, done, records, lease, state):
                raise LeaseLost(job.id)
            done += len(records)
        if self.store.finish(
            job.id, self.holder, "succeeded", total=done, summary=input_summary(rows[0], done)
        ):
            log.info("job done", extra={"job_id": job.id, "records": done})


def load_topic_model(worker: Worker, job: Job) -> Any:
    """The topic model a job names (its records get ``topic``), or None."""
    model_id = (job.params.get("options") or {}).get("topic_model")
    if not model_id:
        return None
    return TopicModelStore(worker.store.engine, worker.settings.data_dir).load(job.tenant, model_id)


def _mark_topic_model_failed(worker: Worker, job: Job, error: str) -> None:
    TopicModelStore(worker.store.engine, worker.settings.data_dir).mark(
        job.params.get("model_id", ""), "failed", error=error
    )


@dataclass(frozen=True)
class JobHandler:
    """How the worker runs one kind of job: ``run`` to the end (committing and finishing it
    itself), and ``on_failed`` once the job has failed for good."""

    run: Callable[[Worker, Job, _Heartbeat], None]
    on_failed: Callable[[Worker, Job, str], None] | None = None


# The one table of job kinds: a new kind of job is one line here (and its enqueueing route).
HANDLERS: dict[str, JobHandler] = {
    "analyze": JobHandler(Worker._analyze),
    "topic_fit": JobHandler(
        lambda worker, job, hb: fit_topics(worker, job), on_failed=_mark_topic_model_failed
    ),
    "taxonomy_fit": JobHandler(lambda worker, job, hb: fit_taxonomy(worker, job)),
}
