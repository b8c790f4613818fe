"""Issue 16 items 7 and 8, re-measured with real processes: kill -9, twin workers, a full disk.

Three scenarios, each on its own data_dir (SQLite by default, ``--database-url`` for
PostgreSQL), with the worker as a real ``python -m textinsight worker`` process:

1. ``kill9``: one job of ``--rows`` documents; the worker (always restarted with the same
   ``--name``) is killed with SIGKILL ``--kills`` times, each time after the job has made some
   progress, more often than ``job_max_attempts`` allows. Then it runs to the end.
2. ``twins``: three jobs, two live workers started with the same ``--name`` at once.
3. ``diskfull`` (root only: it mounts a ``--tmpfs-mb`` tmpfs as data_dir): the server and a
   worker run a job while a ballast file fills the disk mid-run; records the upload's answer,
   ``/readyz``, whether the worker survived and the job's state; then the ballast goes and the
   job must finish.

Each scenario reports the records lost (input ids without a record) and duplicated (ids with
more than one), read from the results endpoint or the database. Targets: 0 lost, 0 duplicated,
every job succeeded, the worker alive.

    .venv/bin/python scripts/attack_faults.py                       # stub pipeline (validate)
    .venv/bin/python scripts/attack_faults.py --pipeline real       # the shipped models
    .venv/bin/python scripts/attack_faults.py --only kill9 --kills 12 --rows 5000

Prints one JSON object per scenario.
"""

from __future__ import annotations

import argparse
import collections
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
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def _env(data_dir: Path, args: argparse.Namespace, **extra: str) -> dict[str, str]:
    env = {**os.environ, "TEXTINSIGHT_DATA_DIR": str(data_dir), "TEXTINSIGHT_PROGRESS": "false",
           "TEXTINSIGHT_JOB_BATCH_SIZE": str(args.batch), "TEXTINSIGHT_JOB_LEASE_SECONDS": "2",
           "TEXTINSIGHT_WORKER_POLL_SECONDS": "0.2", "TEXTINSIGHT_LOG_FORMAT": "text",
           "PYTHONPATH": str(ROOT), **extra}  # fmt: skip
    if args.pipeline == "stub":
        env["TEXTINSIGHT_STAGES"] = '["validate"]'
    env.pop("TEXTINSIGHT_DATABASE_URL", None)
    if args.database_url:
        env["TEXTINSIGHT_DATABASE_URL"] = args.database_url
    return env


def _start(cmd: list[str], env: dict[str, str], log: Path) -> subprocess.Popen[bytes]:
    out = open(log, "ab")  # noqa: SIM115 - the child holds it
    return subprocess.Popen(
        [sys.executable, "-m", "textinsight", *cmd], cwd=ROOT, env=env, stdout=out, stderr=out
    )


def _stop(procs: list[subprocess.Popen[bytes]]) -> None:
    for p in procs:
        if p.poll() is None:
            p.terminate()
            try:
                p.wait(10)
            except subprocess.TimeoutExpired:
                p.kill()
                p.wait(10)


def _store(data_dir: Path, args: argparse.Namespace) -> Any:
    from textinsight.service.db import make_engine
    from textinsight.service.jobs import JobStore
    from textinsight.settings import Settings

    settings = Settings(data_dir=data_dir, database_url=args.database_url, progress=False)
    if args.database_url:  # a shared database: start from no jobs
        from sqlalchemy import delete

        from textinsight.service.db import job_records, job_state, jobs

        with make_engine(settings).begin() as conn:
            for table in (jobs, job_records, job_state):
                conn.execute(delete(table))
    return JobStore(make_engine(settings), data_dir)


def _rows(n: int, tag: str) -> list[dict[str, Any]]:
    return [
        {
            "id": f"{tag}{i}",
            "text": f"Kommentar nummer {i}: ventetiden var lang, men "
            f"medarbejderen var venlig og hjalp mig videre.",
        }
        for i in range(n)
    ]


def _wait(cond: Callable[[], bool], timeout: float, what: str) -> None:
    end = time.monotonic() + timeout
    while not cond():
        if time.monotonic() > end:
            raise TimeoutError(what)
        time.sleep(0.01)


def _audit(store: Any, job_id: str, rows: list[dict[str, Any]]) -> dict[str, Any]:
    job = store.find(job_id)
    got = collections.Counter(r["id"] for r in store.records(job_id))
    want = [r["id"] for r in rows]
    return {
        "status": job.status,
        "error": job.error,
        "done": job.done,
        "records": sum(got.values()),
        "lost": sum(1 for i in want if i not in got),
        "duplicated": sum(n - 1 for n in got.values() if n > 1),
        "in_order": [r["id"] for r in store.records(job_id)] == want,
    }


def kill9(args: argparse.Namespace, tmp: Path) -> dict[str, Any]:
    data_dir = tmp / "kill9"
    store = _store(data_dir, args)
    rows = _rows(args.rows, "k")
    job_id = store.submit_documents("attack", rows, {}).id
    env = _env(data_dir, args)
    log = tmp / "kill9.log"
    start = time.monotonic()
    kills, procs = 0, []
    try:
        step = 2 * args.batch  # killed soon after it has committed something
        for _ in range(args.kills):
            before = store.find(job_id).done
            w = _start(["worker", "--name", "worker-1"], env, log)
            procs.append(w)
            _wait(
                lambda b=before: (
                    store.find(job_id).done >= b + step
                    or store.find(job_id).status in ("succeeded", "failed")
                ),
                300,
                "no progress",
            )
            if store.find(job_id).status in ("succeeded", "failed"):
                break
            os.kill(w.pid, signal.SIGKILL)
            w.wait(10)
            kills += 1
        w = _start(["worker", "--name", "worker-1"], env, log)
        procs.append(w)
        _wait(lambda: store.find(job_id).status in ("succeeded", "failed"), 600, "not ended")
    finally:
        _stop(procs)
    return {
        "scenario": "kill9",
        "rows": args.rows,
        "kills": kills,
        "seconds": round(time.monotonic() - start, 1),
        **_audit(store, job_id, rows),
    }


def twins(args: argparse.Namespace, tmp: Path) -> dict[str, Any]:
    data_dir = tmp / "twins"
    store = _store(data_dir, args)
    batches = [_rows(args.rows // 3, f"t{j}-") for j in range(3)]
    job_ids = [store.submit_documents("attack", rows, {}).id for rows in batches]
    env = _env(data_dir, args)
    start = time.monotonic()
    procs = [_start(["worker", "--name", "same"], env, tmp / "twins.log") for _ in range(2)]
    try:
        _wait(
            lambda: all(store.find(j).status in ("succeeded", "failed") for j in job_ids),
            600,
            "not ended",
        )
        alive = sum(p.poll() is None for p in procs)
    finally:
        _stop(procs)
    audits = [_audit(store, j, rows) for j, rows in zip(job_ids, batches, strict=True)]
    return {
        "scenario": "twins",
        "jobs": 3,
        "workers_same_name": 2,
        "workers_alive": alive,
        "seconds": round(time.monotonic() - start, 1),
        "failed": sum(a["status"] == "failed" for a in audits),
        "lost": sum(a["lost"] for a in audits),
        "duplicated": sum(a["duplicated"] for a in audits),
    }


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def diskfull(args: argparse.Namespace, tmp: Path) -> dict[str, Any]:
    import httpx

    if os.geteuid() != 0:
        return {"scenario": "diskfull", "skipped": "needs root to mount a tmpfs"}
    mount = tmp / "tmpfs"
    mount.mkdir()
    subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={args.tmpfs_mb}m", "tmpfs", str(mount)], check=True
    )
    procs: list[subprocess.Popen[bytes]] = []
    out: dict[str, Any] = {"scenario": "diskfull", "tmpfs_mb": args.tmpfs_mb}
    try:
        data_dir = mount / "service"
        args_sqlite = argparse.Namespace(**{**vars(args), "database_url": None})
        store = _store(data_dir, args_sqlite)  # the database must be on the small disk
        from textinsight.service.keys import KeyStore

        token = KeyStore(store.engine).create("attack", "jobs", "attack")[1]
        h = {"Authorization": f"Bearer {token}"}
        env = _env(
            data_dir,
            args_sqlite,
            TEXTINSIGHT_MIN_FREE_DISK_BYTES=str(1 << 20),
            TEXTINSIGHT_JOB_RETRY_SECONDS="2",
            TEXTINSIGHT_SPOOL_SWEEP_SECONDS="5",
        )
        port = _free_port()
        base = f"http://127.0.0.1:{port}"
        log = tmp / "diskfull.log"
        procs.append(_start(["serve", "--port", str(port)], env, log))

        def ready() -> int:
            try:
                return httpx.get(f"{base}/readyz", timeout=2).status_code
            except httpx.HTTPError:
                return 0

        _wait(lambda: ready() == 200, 120, "server not ready")
        rows = _rows(args.disk_rows, "f")
        csv = "id,text\n" + "".join(f"{r['id']},{r['text']}\n" for r in rows)
        res = httpx.post(
            f"{base}/v1/jobs", headers=h, timeout=60, files={"file": ("survey.csv", csv.encode())}
        )
        assert res.status_code == 202, res.text
        job_id = res.json()["id"]
        # fill the disk, leaving ~2 MiB: the records of the job do not fit
        ballast = mount / "ballast"
        free = shutil.disk_usage(mount).free
        with open(ballast, "wb") as f:
            f.truncate(0)
            f.write(b"\0" * max(0, free - (2 << 20)))
        worker = _start(["worker", "--name", "w-full"], env, log)
        procs.append(worker)
        _wait(
            lambda: (
                (store.find(job_id).error or "").startswith("disk full")
                or store.find(job_id).status in ("succeeded", "failed")
                or worker.poll() is not None
            ),
            300,
            "no disk-full set-back",
        )
        job = store.find(job_id)
        out["job_when_full"] = {"status": job.status, "done": job.done, "error": job.error}
        # the rest of the disk, too: now the upload and /readyz see it
        with open(ballast, "ab") as f, contextlib.suppress(OSError):
            f.write(b"\0" * shutil.disk_usage(mount).free)
        up = httpx.post(
            f"{base}/v1/jobs",
            headers=h,
            timeout=60,
            files={"file": ("more.csv", b"id,text\nx,hej\n")},
        )
        out["upload_when_full"] = {
            "status": up.status_code,
            "content_type": up.headers.get("content-type"),
            "retry_after": up.headers.get("retry-after"),
        }
        out["readyz_when_full"] = ready()
        time.sleep(3)  # the worker keeps polling on a full disk
        out["worker_alive_when_full"] = worker.poll() is None
        ballast.unlink()
        if worker.poll() is not None:  # it died: a new one (as a supervisor would start)
            worker = _start(["worker", "--name", "w-full"], env, log)
            procs.append(worker)
            out["worker_restarted"] = True
        _wait(lambda: store.find(job_id).status in ("succeeded", "failed"), 600, "not ended")
        out["readyz_after"] = ready()
        out["worker_alive_after"] = worker.poll() is None
        out.update(_audit(store, job_id, rows))
        leftovers = [p.name for p in (data_dir / "jobs").rglob("*")]
        out["spool_left"] = leftovers
        store.engine.dispose()
    finally:
        _stop(procs)
        subprocess.run(["umount", "-l", str(mount)], check=False)
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument(
        "--pipeline",
        choices=["stub", "real"],
        default="stub",
        help="stub: only the validate stage; real: the shipped models",
    )
    ap.add_argument("--rows", type=int, default=5000, help="documents of the kill -9 job")
    ap.add_argument("--kills", type=int, default=8, help="SIGKILLs (job_max_attempts is 5)")
    ap.add_argument("--batch", type=int, default=25, help="job_batch_size")
    ap.add_argument("--disk-rows", type=int, default=20000, help="documents of the disk job")
    ap.add_argument("--tmpfs-mb", type=int, default=48, help="size of the full disk (MiB)")
    ap.add_argument("--database-url", default=None, help="PostgreSQL (kill9, twins)")
    ap.add_argument("--only", choices=["kill9", "twins", "diskfull"], action="append")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="textinsight-faults-") as t:
        for name in args.only or ["kill9", "twins", "diskfull"]:
            result = {"kill9": kill9, "twins": twins, "diskfull": diskfull}[name](args, Path(t))
            print(
                json.dumps(
                    {
                        **result,
                        "pipeline": args.pipeline,
                        "database": "postgresql"
                        if args.database_url and name != "diskfull"
                        else "sqlite",
                    }
                ),
                flush=True,
            )


if __name__ == "__main__":
    main()
