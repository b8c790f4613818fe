"""Faults on a cluster: a head and a worker node started as separate processes (``ray start``)
on this machine, actors on both, the worker node killed in the middle of a run; the run still
finishes with every record exactly once.

The driver is a process of its own (``ray_address`` = the head), as a user's would be; the
pipeline is two of the project's light stages plus a stage that takes a little time per batch
(so the run is still going when the node dies) and writes which node analysed each document
into its ``meta`` (so the test knows the worker node did work before it was killed).
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.engines.conftest import read_jsonl
from textinsight.engines.cluster import LocalCluster
from textinsight.pipeline import Pipeline
from textinsight.settings import Settings
from textinsight.types import Document

N_DOCS = 800
BATCH = 20


class Slow:
    """Test stage: sleeps per batch and notes the Ray node that analysed each document."""

    name, requires, assigns = "slow", ("text",), ("meta",)

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds

    def __call__(self, docs: list[Document]) -> list[Document]:
        import ray

        node = ray.get_runtime_context().get_node_id()
        time.sleep(self.seconds)
        for d in docs:
            d.meta["node"] = node
        return docs


def slow_pipeline(settings: Settings) -> Pipeline:
    """The actors' pipeline (importable by Ray workers: they get the driver's cwd on sys.path)."""
    from textinsight.stages.segment import Segmenter
    from textinsight.stages.validate import Validate

    return Pipeline(
        [Validate(1000), Segmenter("sentence"), Slow(0.25)],  # type: ignore[list-item]
        batch_size=settings.batch_size,
    )


def drive(address: str, src: str, out: str, report: str, worker_pgid: int) -> None:
    """The driver, run in its own process as a user's would be: analyses ``src`` on the
    cluster and kills the worker node's process group once both nodes have sent records."""
    from textinsight.engines.ray_engine import run_analysis_ray

    settings = Settings(progress=False, batch_size=BATCH, ray_address=address, ray_actors=2)
    state: dict = {"done": 0, "killed_at": None, "nodes_before": []}

    def on_batch(recs: list[dict]) -> None:
        state["done"] += len(recs)
        if state["killed_at"] is not None:
            return
        state["nodes_before"] = sorted(
            set(state["nodes_before"]) | {r["meta"]["node"] for r in recs}
        )
        if len(state["nodes_before"]) >= 2 and state["done"] >= 4 * BATCH:
            os.killpg(worker_pgid, signal.SIGKILL)  # raylet and its workers, mid-run
            state["killed_at"] = state["done"]

    t0 = time.monotonic()
    summary = run_analysis_ray([Path(src)], out, settings, factory=slow_pipeline, on_batch=on_batch)
    state.update(records=summary.records, seconds=time.monotonic() - t0)
    Path(report).write_text(json.dumps(state))


@pytest.fixture()
def cluster() -> Iterator[LocalCluster]:
    """A head (4 CPUs: the reader, one actor, room for a restarted one) and a worker node
    (1 CPU: one actor); node death is noticed within seconds."""
    env = {
        "RAY_health_check_period_ms": "1000",
        "RAY_health_check_timeout_ms": "3000",
        "RAY_health_check_failure_threshold": "3",
    }
    c = LocalCluster(head_cpus=4, worker_cpus=[1], env=env)
    try:
        yield c
    finally:
        c.close()


@pytest.mark.slow
def test_ray_engine_finishes_every_record_once_after_losing_a_worker_node(
    cluster: LocalCluster, tmp_path: Path
) -> None:
    from tests.conftest import ROOT

    src = tmp_path / "in.jsonl"
    src.write_text(
        "".join(
            json.dumps({"id": f"d{i:04d}", "text": f"Kommentar nummer {i}."}) + "\n"
            for i in range(N_DOCS)
        ),
        encoding="utf-8",
    )
    out, report = tmp_path / "out.jsonl", tmp_path / "report.json"
    args = [cluster.address, str(src), str(out), str(report), cluster.workers[0].proc.pid]
    code = f"from tests.engines.test_ray_faults import drive; drive(*{args!r})"
    res = subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT,
        env=cluster.env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert res.returncode == 0, res.stderr[-3000:]
    state = json.loads(report.read_text())
    assert state["killed_at"] is not None and state["killed_at"] < N_DOCS // 2, state
    assert len(state["nodes_before"]) == 2  # actors on both nodes did work before the kill
    assert cluster.workers[0].proc.poll() is not None  # the worker node is gone
    recs = read_jsonl(out)
    ids = [r["id"] for r in recs]
    assert state["records"] == len(recs) == N_DOCS
    assert ids == [f"d{i:04d}" for i in range(N_DOCS)]  # each exactly once, in order
    last = {r["meta"]["node"] for r in recs[-4 * BATCH :]}
    assert len(last) == 1 and last < set(state["nodes_before"])  # the head finished the run
    assert state["seconds"] < 240
