"""The worker under faults: killed again and again, started twice under one name, a full disk.

A "kill" is a stage raising KeyboardInterrupt (nothing in the worker catches it), which leaves
the job running under a lease, as ``kill -9`` does; a restarted process is a new ``Worker``
under the same name. The store's clock moves instead of the test sleeping.
"""

from __future__ import annotations

import errno
import sqlite3
import threading
import time
from typing import Any

import pytest
from sqlalchemy.exc import OperationalError

from tests.test_runner import Boom
from textinsight.analyzer import Analyzer
from textinsight.pipeline import Pipeline
from textinsight.service.analyzers import AnalyzerSet
from textinsight.service.jobs import JobStore
from textinsight.service.worker import Worker
from textinsight.settings import Settings
from textinsight.stages.validate import Validate
from textinsight.types import Document

from .conftest import Clock

BATCH = 4


@pytest.fixture()
def settings(service_settings: Settings) -> Settings:
    """Small batches, a short attempt budget (so that the kills outnumber it)."""
    return service_settings.model_copy(
        update={
            "job_batch_size": BATCH,
            "job_max_attempts": 3,
            "job_lease_seconds": 60.0,
            "job_retry_seconds": 30.0,
        }
    )


def worker(settings: Settings, store: JobStore, name: str, *extra: object) -> Worker:
    """A worker 'process' on the shared store, with its own analyzer."""
    base = Analyzer(Pipeline([Validate(1000), *extra], batch_size=BATCH))  # type: ignore[list-item]
    return Worker(settings, store, AnalyzerSet(settings, base), name=name)


def submit(store: JobStore, n: int) -> str:
    return store.submit_documents(
        "acme", [{"id": f"d{i}", "text": f"t{i}"} for i in range(n)], {}
    ).id


def ids(store: JobStore, job_id: str) -> list[str]:
    return [r["id"] for r in store.records(job_id)]


def test_worker_killed_more_often_than_the_attempt_limit_completes(
    settings: Settings, store: JobStore, clock: Clock
) -> None:
    n, kills = 50, 8  # 8 > job_max_attempts (3)
    job_id = submit(store, n)
    for k in range(kills):
        w = worker(settings, store, "w1", Boom(after=BATCH + 1))  # commits a batch, then dies
        with pytest.raises(KeyboardInterrupt):
            w.run_one()
        job = store.find(job_id)
        assert job is not None and job.status == "running" and job.done == BATCH * (k + 1)
        clock.advance(settings.job_lease_seconds + 1)  # the killed worker's lease runs out
    assert worker(settings, store, "w1").run_one()
    job = store.find(job_id)
    assert job is not None and job.status == "succeeded" and job.done == n, job
    assert ids(store, job_id) == [f"d{i}" for i in range(n)]  # each exactly once, in order


def test_worker_gives_up_only_without_progress_and_keeps_the_records(
    settings: Settings, store: JobStore, clock: Clock
) -> None:
    job_id = submit(store, 20)
    with pytest.raises(KeyboardInterrupt):
        worker(settings, store, "w1", Boom(after=BATCH + 1)).run_one()
    for _ in range(settings.job_max_attempts):  # killed before committing anything
        clock.advance(settings.job_lease_seconds + 1)
        with pytest.raises(KeyboardInterrupt):
            worker(settings, store, "w1", Boom(after=0)).run_one()
    clock.advance(settings.job_lease_seconds + 1)
    assert worker(settings, store, "w1").run_one()
    job = store.find(job_id)
    assert job is not None and job.status == "failed"
    assert job.error == "gave up after 3 attempts without progress"
    assert ids(store, job_id) == [f"d{i}" for i in range(BATCH)]  # committed, still readable
    assert not (store.spool / job_id).exists()  # the failed job's input is gone


class Meddle:
    """On its first batch, lets another worker try to take a job (while this one holds it)."""

    name = "meddle"
    requires: tuple[str, ...] = ()
    assigns: tuple[str, ...] = ()

    def __init__(self) -> None:
        self.other: Worker | None = None
        self.took: list[bool] = []

    def __call__(self, docs: list[Document]) -> list[Document]:
        if self.other is not None and not self.took:
            self.took.append(self.other.run_one())
        return docs


def test_worker_same_name_does_not_take_a_live_job(settings: Settings, store: JobStore) -> None:
    job_id = submit(store, 12)
    meddle = Meddle()
    first = worker(settings, store, "same", meddle)
    meddle.other = worker(settings, store, "same")  # a second process started as --name same
    assert first.holder != meddle.other.holder
    assert first.run_one()
    assert meddle.took == [False]  # the live lease was not taken over
    job = store.find(job_id)
    assert job is not None and job.status == "succeeded" and job.attempts == 0
    assert ids(store, job_id) == [f"d{i}" for i in range(12)]


def test_worker_same_name_workers_together_fail_no_job(settings: Settings, store: JobStore) -> None:
    job_ids = [submit(store, 30) for _ in range(3)]
    fast = settings.model_copy(update={"worker_poll_seconds": 0.01})
    workers = [worker(fast, store, "same") for _ in range(2)]
    stop = threading.Event()
    threads = [threading.Thread(target=w.run, args=(stop,)) for w in workers]
    for t in threads:
        t.start()
    try:
        deadline = time.monotonic() + 120  # a guard against a hang, not a timing assertion
        while store.counts()["queued"] + store.counts()["running"] and time.monotonic() < deadline:
            time.sleep(0.02)
    finally:
        stop.set()
        for t in threads:
            t.join()
    for job_id in job_ids:
        job = store.find(job_id)
        assert job is not None and job.status == "succeeded", job
        assert ids(store, job_id) == [f"d{i}" for i in range(30)]


def _disk_full(kind: str) -> Exception:
    if kind == "oserror":
        return OSError(errno.ENOSPC, "No space left on device")
    return OperationalError(
        "INSERT INTO ti_job_records ...", {}, sqlite3.OperationalError("database or disk is full")
    )


@pytest.mark.parametrize("kind", ["oserror", "database"])
def test_worker_disk_full_sets_the_job_back_and_stays_up(
    settings: Settings, store: JobStore, clock: Clock, monkeypatch: pytest.MonkeyPatch, kind: str
) -> None:
    job_id = submit(store, 3 * BATCH)
    real = store.commit
    calls: list[int] = []

    def commit(*args: Any, **kwargs: Any) -> bool:
        calls.append(1)
        if len(calls) == 2:  # the disk fills up at the second batch
            raise _disk_full(kind)
        return real(*args, **kwargs)

    monkeypatch.setattr(store, "commit", commit)
    w = worker(settings, store, "w1")
    assert w.run(once=True) == 1  # the job was taken and set back; the worker did not die
    job = store.find(job_id)
    assert job is not None and job.status == "queued" and job.done == BATCH
    assert job.error == "disk full; retrying" and job.attempts == 0
    assert (store.spool / job_id).is_dir()  # the input stays for the retry
    assert w.run(once=True) == 0  # it waits job_retry_seconds
    clock.advance(settings.job_retry_seconds)
    assert w.run(once=True) == 1
    job = store.find(job_id)
    assert job is not None and job.status == "succeeded" and job.error is None
    assert ids(store, job_id) == [f"d{i}" for i in range(3 * BATCH)]  # none lost, none twice


def test_worker_survives_a_full_disk_when_claiming(
    settings: Settings, store: JobStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    job_id = submit(store, 5)

    def full(*_: object, **__: object) -> None:
        raise _disk_full("database")

    with monkeypatch.context() as m:
        m.setattr(store, "claim", full)
        assert worker(settings, store, "w1").run(once=True) == 0  # no exception escapes
    assert worker(settings, store, "w1").run(once=True) == 1
    assert store.find(job_id).status == "succeeded"  # type: ignore[union-attr]


def test_worker_takes_no_job_while_the_disk_is_low(settings: Settings, store: JobStore) -> None:
    job_id = submit(store, 5)
    store.min_free_bytes = store.free_bytes() + (1 << 40)
    w = worker(settings, store, "w1")
    assert not w.run_one()
    assert store.find(job_id).status == "queued"  # type: ignore[union-attr]
    store.min_free_bytes = 0
    assert w.run_one() and store.find(job_id).status == "succeeded"  # type: ignore[union-attr]


def test_worker_sweeps_the_spool_when_it_starts(
    settings: Settings, store: JobStore, clock: Clock
) -> None:
    import os

    orphan = store.spool / "0badc0de0badc0de0badc0de"
    orphan.mkdir(parents=True)
    (orphan / "big.csv.part").write_bytes(b"x" * 1000)
    old = clock.now - settings.spool_max_age_seconds - 1
    for p in (orphan, orphan / "big.csv.part"):
        os.utime(p, (old, old))
    assert worker(settings, store, "w1").run(once=True) == 0
    assert not orphan.exists()


def test_the_worker_runs_the_kinds_of_its_handler_table(
    settings: Settings, store: JobStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    from textinsight.service.worker import HANDLERS, JobHandler

    job = store.submit_task("acme", "echo", {"n": 3})
    w = worker(settings, store, "w1")
    assert w.run_one() is False  # no handler: the job is not even claimed
    assert store.get("acme", job.id).status == "queued"

    def echo(wk: Worker, j: Any, hb: Any) -> None:
        wk.store.finish(j.id, wk.holder, "succeeded", total=j.params["n"])

    failed: list[str] = []
    monkeypatch.setitem(HANDLERS, "echo", JobHandler(echo, lambda wk, j, err: failed.append(err)))
    assert w.run_one() is True
    done = store.get("acme", job.id)
    assert done.status == "succeeded" and done.total == 3 and not failed

    def boom(wk: Worker, j: Any, hb: Any) -> None:
        raise RuntimeError("x")

    monkeypatch.setitem(HANDLERS, "echo", JobHandler(boom, lambda wk, j, err: failed.append(err)))
    again = store.submit_task("acme", "echo", {})
    assert w.run_one() is True
    assert store.get("acme", again.id).status == "failed"
    assert failed == ["internal error (RuntimeError)"]  # the kind's on_failed hook ran
