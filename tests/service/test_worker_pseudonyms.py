"""A job taken over by another worker keeps the pseudonym numbering it committed."""

from __future__ import annotations

import re
import time
from pathlib import Path

import pytest

from tests.test_runner import Boom
from textinsight.analyzer import Analyzer
from textinsight.pii.engine import PiiDetector
from textinsight.pipeline import Pipeline
from textinsight.service.analyzers import AnalyzerSet
from textinsight.service.db import make_engine
from textinsight.service.jobs import JobStore
from textinsight.service.worker import Worker
from textinsight.settings import Settings
from textinsight.stages.pii import PiiStage
from textinsight.stages.validate import Validate

ADDRESSES = [f"kunde{i}@firma{i % 3}.dk" for i in range(10)]
DOCS = [
    {"id": f"d{i}", "text": f"Skriv til {ADDRESSES[i % 10]} og {ADDRESSES[(i * 3) % 10]}."}
    for i in range(20)
]


def worker(settings: Settings, detector: PiiDetector, name: str, *extra: object) -> Worker:
    """A worker in its own 'process': its own analyzers and pseudonym tables."""
    stages = [Validate(1000), PiiStage(detector, "pseudonym"), *extra]
    base = Analyzer(Pipeline(stages, batch_size=4))  # type: ignore[arg-type]
    store = JobStore(make_engine(settings), settings.data_dir)
    return Worker(settings, store, AnalyzerSet(settings, base), name=name)


def texts(store: JobStore, job_id: str) -> list[str]:
    return [r["text"] for r in store.records(job_id)]


def test_worker_takeover_keeps_pseudonyms(tmp_path: Path, detector: PiiDetector) -> None:
    def settings(sub: str) -> Settings:
        return Settings(
            data_dir=tmp_path / sub, redact="pseudonym", job_batch_size=4, job_lease_seconds=0.3
        )

    one = settings("one")
    w = worker(one, detector, "solo")
    whole = w.store.submit_documents("acme", DOCS, {"redact": "pseudonym"}).id
    assert w.run_one()

    two = settings("two")
    first = worker(two, detector, "w1", Boom(after=9))
    job_id = first.store.submit_documents("acme", DOCS, {"redact": "pseudonym"}).id
    with pytest.raises(KeyboardInterrupt):
        first.run_one()  # KeyboardInterrupt: nothing in the worker catches it
    assert first.store.find(job_id).done == 8  # type: ignore[union-attr]  # two batches committed
    assert first.store.state(job_id, "pseudonyms") is not None
    time.sleep(0.4)  # w1's lease runs out
    second = worker(two, detector, "w2")
    assert second.run_one()
    got = texts(second.store, job_id)
    assert got == texts(w.store, whole)
    assert len(set(re.findall(r"\[EMAIL_\d+\]", " ".join(got)))) == 10  # one per address
    assert second.store.state(job_id, "pseudonyms") is None  # dropped when the job ended
