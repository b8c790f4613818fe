"""Faults on a cluster: a head and a worker node started as separate processes (``ray start``)
on this machine, actors on both, the worker node killed in the middle of a run; the run still
finishes with every record exactly once.

The driver is this process (``ray_address`` = the head); the pipeline is the project's light
stages plus a stage that takes a little time per batch (so the run is still going when the
node dies) and writes which node analysed each document into its ``meta`` (so the test knows
the worker node did work before it was killed).
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.engines.conftest import read_jsonl
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

    return Pipeline([Validate(1000), Segmenter("sentence"), Slow(0.25)],  # type: ignore[list-item]
                    batch_size=settings.batch_size)  # fmt: skip


def free_ports(n: int) -> list[int]:
    socks = [socket.socket() for _ in range(n)]
    for s in socks:
        s.bind(("127.0.0.1", 0))
    ports = [s.getsockname()[1] for s in socks]
    for s in socks:
        s.close()
    return ports


class Node:
    """One ``ray start --block`` process in its own process group (raylet and workers too)."""

    def __init__(self, args: list[str], temp_dir: Path, env: dict[str, str]) -> None:
        ray_bin = str(Path(sys.executable).with_name("ray"))
        a, b, c, d, e, f = free_ports(6)
        self.proc = subprocess.Popen(
            [ray_bin, "start", "--block",
             f"--temp-dir={temp_dir}", "--disable-usage-stats",
             "--object-store-memory=100000000", f"--node-manager-port={a}",
             f"--object-manager-port={b}", f"--dashboard-agent-listen-port={c}",
             f"--dashboard-agent-grpc-port={d}", f"--metrics-export-port={e}",
             f"--runtime-env-agent-port={f}", *args],
            env=env, start_new_session=True, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
        )  # fmt: skip

    def kill(self) -> None:
        """SIGKILL the whole process group: ``ray start``, the raylet and its workers."""
        with contextlib.suppress(ProcessLookupError):
            os.killpg(self.proc.pid, signal.SIGKILL)
        self.proc.wait(timeout=30)


def wait_for_nodes(address: str, n: int, timeout: float = 120) -> None:
    """Until the cluster has ``n`` alive nodes (asked in a child process, so this process
    stays unconnected)."""
    code = ("import ray, sys; ray.init(address=sys.argv[1], log_to_driver=False); "
            "print(sum(1 for x in ray.nodes() if x['Alive']))")  # fmt: skip
    deadline = time.monotonic() + timeout
    host, port = address.rsplit(":", 1)
    while time.monotonic() < deadline:  # first the head's port (a probe too early hangs)
        with contextlib.suppress(OSError), socket.create_connection((host, int(port)), 2):
            break
        time.sleep(1)
    while time.monotonic() < deadline:
        with contextlib.suppress(subprocess.TimeoutExpired):
            res = subprocess.run([sys.executable, "-c", code, address], capture_output=True,
                                 text=True, timeout=45)  # fmt: skip
            if res.returncode == 0 and res.stdout.strip().splitlines()[-1:] == [str(n)]:
                return
        time.sleep(2)
    raise TimeoutError(f"the cluster at {address} did not reach {n} nodes")


@pytest.fixture()
def cluster() -> Iterator[dict]:
    """A head (4 CPUs: the reader, one actor, room for a restarted one) and a worker node
    (1 CPU: one actor); node death is noticed within seconds."""
    import ray

    assert not ray.is_initialized()
    root = Path(tempfile.mkdtemp(prefix="ti-rc-"))  # short: Ray's socket paths are limited
    # no token authentication on this one-minute test cluster: Ray reads the mode of a
    # connecting driver once, when it is imported, and this process may hold either
    env = {**os.environ, "RAY_USAGE_STATS_ENABLED": "0", "RAY_AUTH_MODE": "disabled",
           "RAY_health_check_period_ms": "1000", "RAY_health_check_timeout_ms": "3000",
           "RAY_health_check_failure_threshold": "3"}  # fmt: skip
    (port,) = free_ports(1)
    address = f"{ray.util.get_node_ip_address()}:{port}"  # the address Ray itself would use
    nodes: list[Node] = []
    try:
        nodes.append(Node(["--head", f"--port={port}", "--num-cpus=4",
                           "--include-dashboard=false"], root / "h", env))  # fmt: skip
        wait_for_nodes(address, 1)
        nodes.append(Node([f"--address={address}", "--num-cpus=1"], root / "w", env))
        wait_for_nodes(address, 2)
        yield {"address": address, "head": nodes[0], "worker": nodes[1]}
    finally:
        if ray.is_initialized():
            ray.shutdown()
        for node in reversed(nodes):
            node.kill()
        shutil.rmtree(root, ignore_errors=True)


@pytest.mark.slow
def test_ray_engine_finishes_every_record_once_after_losing_a_worker_node(
    cluster: dict, tmp_path: Path
) -> None:  # fmt: skip
    from textinsight.engines.ray_engine import run_analysis_ray

    src = tmp_path / "in.jsonl"
    src.write_text("".join(json.dumps({"id": f"d{i:04d}", "text": f"Kommentar nummer {i}."})
                           + "\n" for i in range(N_DOCS)), encoding="utf-8")  # fmt: skip
    out = tmp_path / "out.jsonl"
    settings = Settings(progress=False, batch_size=BATCH, ray_address=cluster["address"],
                        ray_actors=2)  # fmt: skip
    state: dict = {"done": 0, "killed_at": None, "nodes_before": set()}

    def on_batch(recs: list[dict]) -> None:
        state["done"] += len(recs)
        if state["killed_at"] is not None:
            return
        state["nodes_before"] |= {r["meta"]["node"] for r in recs}
        if len(state["nodes_before"]) >= 2 and state["done"] >= 4 * BATCH:
            cluster["worker"].kill()  # both nodes have sent records: kill one mid-run
            state["killed_at"] = state["done"]

    t0 = time.monotonic()
    summary = run_analysis_ray([src], str(out), settings, factory=slow_pipeline,
                               on_batch=on_batch)  # fmt: skip
    took = time.monotonic() - t0
    assert state["killed_at"] is not None and state["killed_at"] < N_DOCS // 2, state
    assert len(state["nodes_before"]) == 2  # actors on both nodes did work before the kill
    recs = read_jsonl(out)
    ids = [r["id"] for r in recs]
    assert summary.records == len(recs) == N_DOCS
    assert ids == [f"d{i:04d}" for i in range(N_DOCS)]  # each exactly once, in order
    last = {r["meta"]["node"] for r in recs[-4 * BATCH:]}
    assert len(last) == 1 and last < state["nodes_before"]  # the head finished the run
    assert took < 240
