"""The job store's guarantees: leases, fenced commits, exactly-once records."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from textinsight.service.db import make_engine
from textinsight.service.jobs import JobStore
from textinsight.settings import Settings


@pytest.fixture()
def store(tmp_path: Path) -> JobStore:
    return JobStore(make_engine(Settings(data_dir=tmp_path)), tmp_path)


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


def test_jobs_store_lease_expiry_and_own_name_takeover(store: JobStore) -> None:
    job_id = _submit(store)
    assert store.claim("w1", lease=0.05) is not None
    time.sleep(0.1)
    taken = store.claim("w2", lease=60)  # w1's lease ran out
    assert taken is not None and taken.id == job_id and taken.attempts == 2
    assert not store.commit(job_id, "w1", 0, [{"id": "d0"}], 60)  # w1 woke up: fenced out
    assert store.claim("w2", lease=60) is not None  # w2 restarted under its name: at once
    assert store.finish(job_id, "w2", "succeeded")
    assert store.claim("w3", lease=60) is None


def test_jobs_store_documents_resume_in_order(store: JobStore) -> None:
    job_id = _submit(store, 5)
    job = store.get("acme", job_id)
    assert [d.id for d in store.documents(job)] == ["d0", "d1", "d2", "d3", "d4"]
    assert store.counts()["queued"] == 1
