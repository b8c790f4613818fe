"""The job store's guarantees: leases, fenced commits, exactly-once records, attempts that
count only claims without progress, inputs removed when a job ends, a full disk."""

from __future__ import annotations

import errno
import io
import shutil

import pytest

from textinsight.errors import DiskFull
from textinsight.io.readers import Columns
from textinsight.service.jobs import JobStore

from .conftest import Clock


def _submit(store: JobStore, n: int = 4) -> str:
    docs = [{"id": f"d{i}", "text": f"t{i}"} for i in range(n)]
    return store.submit_documents("acme", docs, {}).id


def test_jobs_store_commit_is_fenced(store: JobStore) -> None:
    job_id = _submit(store)
    job = store.claim("w1", lease=60)
    assert job is not None and job.id == job_id and job.status == "running"
    assert store.claim("w2", lease=60) is None  # held
    recs = [{"id": "d0"}, {"id": "d1"}]
    assert store.commit(job_id, "w1", 0, recs, 60)
    assert not store.commit(job_id, "w1", 0, recs, 60)  # the same batch again: refused
    assert not store.commit(job_id, "w2", 2, recs, 60)  # not the holder: refused
    assert [r["id"] for r in store.records(job_id)] == ["d0", "d1"]
    assert store.find(job_id).done == 2  # type: ignore[union-attr]


def test_jobs_store_lease_expiry_takeover(store: JobStore, clock: Clock) -> None:
    job_id = _submit(store)
    assert store.claim("w1#a", lease=60) is not None
    clock.advance(61)
    taken = store.claim("w2#b", lease=60)  # w1's lease ran out
    assert taken is not None and taken.id == job_id and taken.attempts == 2
    assert not store.commit(job_id, "w1#a", 0, [{"id": "d0"}], 60)  # w1 woke up: fenced out
    assert store.finish(job_id, "w2#b", "succeeded")
    assert store.claim("w3#c", lease=60) is None


def test_jobs_store_live_lease_is_never_taken_over(store: JobStore, clock: Clock) -> None:
    job_id = _submit(store)
    assert store.claim("same#1111", lease=60) is not None
    clock.advance(59)
    # the same name in another process, even the very same holder: the lease is live
    assert store.claim("same#2222", lease=60) is None
    assert store.claim("same#1111", lease=60) is None
    assert not store.commit(job_id, "same#2222", 0, [{"id": "d0"}], 60)
    assert store.commit(job_id, "same#1111", 0, [{"id": "d0"}], 60)
    assert store.find(job_id).attempts == 0  # type: ignore[union-attr]


def test_jobs_store_attempts_count_only_claims_without_progress(
    store: JobStore, clock: Clock
) -> None:
    job_id = _submit(store, 10)
    for i in range(8):  # eight workers, each killed after committing one record
        job = store.claim(f"w#{i}", lease=60)
        assert job is not None and job.attempts == 1 and job.done == i
        assert store.commit(job_id, f"w#{i}", i, [{"id": f"d{i}"}], 60)
        clock.advance(61)
    for i in range(3):  # three killed before committing anything: these count
        job = store.claim(f"x#{i}", lease=60)
        assert job is not None and job.attempts == i + 1
        clock.advance(61)


def test_jobs_store_release_requeues_later_without_an_attempt(
    store: JobStore, clock: Clock
) -> None:
    job_id = _submit(store)
    assert store.claim("w#1", lease=60) is not None
    assert store.commit(job_id, "w#1", 0, [{"id": "d0"}], 60)
    assert not store.release(job_id, "w#2", 30, "disk full; retrying")  # not the holder
    assert store.release(job_id, "w#1", 30, "disk full; retrying")
    job = store.find(job_id)
    assert job is not None and job.status == "queued" and job.done == 1
    assert job.attempts == 0 and job.error == "disk full; retrying"
    assert store.claim("w#2", lease=60) is None  # not before 30 s
    clock.advance(30)
    again = store.claim("w#2", lease=60)
    assert again is not None and again.id == job_id and again.done == 1 and again.attempts == 1
    assert not store.commit(job_id, "w#1", 1, [{"id": "d1"}], 60)  # the old holder is out


@pytest.mark.parametrize("status", ["succeeded", "failed"])
def test_jobs_store_finish_removes_input_keeps_records(store: JobStore, status: str) -> None:
    job_id = _submit(store)
    assert (store.spool / job_id).is_dir()
    assert store.claim("w#1", lease=60) is not None
    assert store.commit(job_id, "w#1", 0, [{"id": "d0"}, {"id": "d1"}], 60)
    assert store.finish(job_id, "w#1", status, None if status == "succeeded" else "broken")
    assert not (store.spool / job_id).exists()
    assert [r["id"] for r in store.records(job_id)] == ["d0", "d1"]


def test_jobs_store_submit_on_a_full_disk_leaves_nothing(
    store: JobStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    def no_space(*_: object, **__: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(shutil, "copyfileobj", no_space)
    with pytest.raises(DiskFull) as caught:
        store.submit_upload("acme", "survey.csv", io.BytesIO(b"text\nhej\n"), {}, Columns())
    assert caught.value.errno == errno.ENOSPC and caught.value.retry_after > 0
    assert list(store.spool.iterdir()) == []  # no job directory, no .part file
    assert store.recent("acme") == []


def test_jobs_store_refuses_jobs_while_disk_low(store: JobStore) -> None:
    store.min_free_bytes = store.free_bytes() + (1 << 40)
    assert store.disk_low()
    with pytest.raises(DiskFull):
        _submit(store)
    assert store.recent("acme") == []
    store.min_free_bytes = 0
    assert not store.disk_low() and _submit(store)


def test_jobs_store_documents_resume_in_order(store: JobStore) -> None:
    job_id = _submit(store, 5)
    job = store.get("acme", job_id)
    assert [d.id for d in store.documents(job)] == ["d0", "d1", "d2", "d3", "d4"]
    assert store.counts()["queued"] == 1
