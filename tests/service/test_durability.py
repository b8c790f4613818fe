"""kill -9 the worker and the server in the middle of a job: every record exactly once.

The worker and the server run as real processes (``python -m textinsight worker|serve``) on
a fast pipeline (just ``validate``): the test is about durability, not the models. Runs on
SQLite always and on PostgreSQL when TEXTINSIGHT_TEST_POSTGRES_URL is set (CI sets it).
"""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from textinsight.service.db import make_engine
from textinsight.service.keys import KeyStore
from textinsight.settings import Settings

ROOT = Path(__file__).resolve().parents[2]
N_DOCS = 12_000
PG = os.environ.get("TEXTINSIGHT_TEST_POSTGRES_URL")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _env(data_dir: Path, db_url: str | None) -> dict[str, str]:
    env = {**os.environ, "TEXTINSIGHT_DATA_DIR": str(data_dir),
           "TEXTINSIGHT_STAGES": '["validate"]', "TEXTINSIGHT_JOB_BATCH_SIZE": "25",
           "TEXTINSIGHT_JOB_LEASE_SECONDS": "2", "TEXTINSIGHT_WORKER_POLL_SECONDS": "0.2",
           "TEXTINSIGHT_PROGRESS": "false", "PYTHONPATH": str(ROOT)}  # fmt: skip
    env.pop("TEXTINSIGHT_DATABASE_URL", None)
    if db_url:
        env["TEXTINSIGHT_DATABASE_URL"] = db_url
    return env


def _start(args: list[str], env: dict[str, str], log: Path) -> subprocess.Popen[bytes]:
    out = open(log, "ab")  # noqa: SIM115 - the child holds it
    return subprocess.Popen(
        [sys.executable, "-m", "textinsight", *args], cwd=ROOT, env=env, stdout=out, stderr=out
    )


def _kill9(p: subprocess.Popen[bytes]) -> None:
    os.kill(p.pid, signal.SIGKILL)
    p.wait(10)


def _wait_ready(base: str, proc: subprocess.Popen[bytes], timeout: float = 60) -> None:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        assert proc.poll() is None, "the server exited"
        try:
            if httpx.get(f"{base}/readyz", timeout=1).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.1)
    raise AssertionError("the server did not become ready")


def _job(base: str, h: dict[str, str], job_id: str) -> dict:
    return httpx.get(f"{base}/v1/jobs/{job_id}", headers=h, timeout=10).json()  # type: ignore[no-any-return]


def _run_until(
    base: str,
    h: dict[str, str],
    job_id: str,
    worker: subprocess.Popen[bytes],
    at_least: int,
    timeout: float = 90,
) -> dict:
    """Let ``worker`` run in short slices (SIGCONT ... SIGSTOP) until the job has ``at_least``
    documents done; returns the job with the worker *stopped*, so a kill that follows lands
    mid-job however slowly this process gets to poll (a loaded machine once let the worker
    finish all the documents between two polls)."""
    end = time.monotonic() + timeout
    slice_s = 0.05
    while time.monotonic() < end:
        assert worker.poll() is None, "the worker exited"
        os.kill(worker.pid, signal.SIGCONT)
        time.sleep(slice_s)
        os.kill(worker.pid, signal.SIGSTOP)
        job = _job(base, h, job_id)
        assert job["status"] != "succeeded", f"the job finished within one slice: {job}"
        if job["progress"]["done"] >= at_least:
            return job
    raise AssertionError(f"no progress to {at_least}: {job}")


def _durability(tmp_path: Path, db_url: str | None) -> None:
    env = _env(tmp_path / "service", db_url)
    settings = Settings(data_dir=tmp_path / "service", database_url=db_url)
    token = KeyStore(make_engine(settings)).create("kill9", "jobs", f"t-{os.getpid()}")[1]
    h = {"Authorization": f"Bearer {token}"}
    port = _free_port()
    base = f"http://127.0.0.1:{port}"
    log = tmp_path / "processes.log"
    procs: list[subprocess.Popen[bytes]] = []
    try:
        server = _start(["serve", "--port", str(port)], env, log)
        procs.append(server)
        _wait_ready(base, server)
        csv = "id,text,nps\n" + "".join(
            f"d{i},kommentar nummer {i},{i % 11}\n" for i in range(N_DOCS)
        )
        res = httpx.post(
            f"{base}/v1/jobs", headers=h, timeout=30, files={"file": ("survey.csv", csv.encode())}
        )
        assert res.status_code == 202, res.text
        job_id = res.json()["id"]

        # 1. a worker dies mid-job; another (new name) takes over once the lease runs out
        w1 = _start(["worker", "--name", "w1"], env, log)
        procs.append(w1)
        job = _run_until(base, h, job_id, w1, 100)
        _kill9(w1)  # stopped mid-job: SIGKILL ends it where it stands
        first = _job(base, h, job_id)["progress"]["done"]
        assert job["status"] == "running" and 0 < first < N_DOCS, job

        # 2. the server dies too; a restarted one serves the same job
        _kill9(server)
        server = _start(["serve", "--port", str(port)], env, log)
        procs.append(server)
        _wait_ready(base, server)
        assert _job(base, h, job_id)["progress"]["done"] == first

        w2 = _start(["worker", "--name", "w2"], env, log)
        procs.append(w2)
        job = _run_until(base, h, job_id, w2, first + 100)
        _kill9(w2)
        second = _job(base, h, job_id)["progress"]["done"]
        assert first < second < N_DOCS, "the second worker should have been killed mid-job too"

        # 3. the same name restarted (another process: another lease holder) takes the job
        #    over once the killed worker's lease has run out, and finishes it
        w2 = _start(["worker", "--name", "w2"], env, log)
        procs.append(w2)
        end = time.monotonic() + 120
        while (job := _job(base, h, job_id))["status"] not in ("succeeded", "failed"):
            assert time.monotonic() < end, job
            time.sleep(0.1)
        assert job["status"] == "succeeded", job
        assert job["progress"]["done"] == N_DOCS

        lines = httpx.get(f"{base}/v1/jobs/{job_id}/results", headers=h, timeout=60).text
        ids = [json.loads(x)["id"] for x in lines.splitlines()]
        assert len(ids) == N_DOCS
        assert ids == [f"d{i}" for i in range(N_DOCS)]  # each exactly once, in input order
    finally:
        for p in procs:
            if p.poll() is None:
                p.terminate()
                try:
                    p.wait(10)
                except subprocess.TimeoutExpired:
                    p.kill()


@pytest.mark.slow
def test_durability_kill9_sqlite(tmp_path: Path) -> None:
    _durability(tmp_path, None)


@pytest.mark.slow
@pytest.mark.skipif(not PG, reason="TEXTINSIGHT_TEST_POSTGRES_URL is not set (CI sets it)")
def test_durability_kill9_postgres(tmp_path: Path) -> None:
    _durability(tmp_path, PG)
