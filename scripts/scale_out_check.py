"""Several API processes and a job worker on one PostgreSQL database: a check that they share
the work (issue 14 item 5).

Starts, on loopback and a fresh data_dir, all with the same ``TEXTINSIGHT_DATABASE_URL``:
``textinsight serve`` (one process), ``uvicorn api.main:create_app --factory --workers N``
(N processes behind one port) and ``textinsight worker``. Then it analyses through each
server, submits a job through the first, follows it and reads its records through the
second, and checks that every record arrived once, in order. Prints one JSON object.

    python scripts/scale_out_check.py --database-url postgresql://user@127.0.0.1:5432/db

By default the servers run only the ``validate`` stage (the check is about the processes and
the database, and N copies of the real models need N times the memory); ``--real-models``
runs the default pipeline. The database should be an empty one made for the check.
"""

from __future__ import annotations

import argparse
import json
import os
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[1]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def wait_ready(url: str, proc: subprocess.Popen[bytes], log: Path, seconds: float) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            sys.exit(f"{url}: the server exited; see {log}")
        try:
            if httpx.get(f"{url}/readyz", timeout=2).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.5)
    sys.exit(f"{url} did not become ready in {seconds:g} s; see {log}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--database-url", required=True, help="postgresql://user@host:port/db")
    ap.add_argument("--workers", type=int, default=2, help="uvicorn worker processes")
    ap.add_argument("--documents", type=int, default=200, help="documents in the job")
    ap.add_argument("--real-models", action="store_true")
    args = ap.parse_args()
    data_dir = Path(tempfile.mkdtemp(prefix="textinsight-scale-"))
    env = {**os.environ, "PYTHONPATH": str(ROOT), "TEXTINSIGHT_DATA_DIR": str(data_dir),
           "TEXTINSIGHT_DATABASE_URL": args.database_url, "TEXTINSIGHT_LOG_FORMAT": "text",
           "TEXTINSIGHT_WORKER_POLL_SECONDS": "0.2"}  # fmt: skip
    if not args.real_models:
        env["TEXTINSIGHT_STAGES"] = '["validate"]'
    cli = [sys.executable, "-m", "textinsight"]
    out = subprocess.run(
        [*cli, "keys", "create", "--name", "scale-out", "--scopes", "analyze,jobs"],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    auth = {"Authorization": f"Bearer {json.loads(out.stdout)['token']}"}
    p1, p2 = free_port(), free_port()
    procs: list[subprocess.Popen[bytes]] = []

    def start(name: str, cmd: list[str]) -> tuple[subprocess.Popen[bytes], Path]:
        log = data_dir / f"{name}.log"
        proc = subprocess.Popen(
            cmd, env=env, cwd=ROOT, stdout=log.open("wb"), stderr=subprocess.STDOUT
        )
        procs.append(proc)
        return proc, log

    try:
        serve, serve_log = start("serve", [*cli, "serve", "--port", str(p1)])
        uv, uv_log = start(
            "uvicorn",
            [
                sys.executable,
                "-m",
                "uvicorn",
                "api.main:create_app",
                "--factory",
                "--host",
                "127.0.0.1",
                "--port",
                str(p2),
                "--workers",
                str(args.workers),
            ],
        )
        start("worker", [*cli, "worker", "--name", "scale-out-worker"])
        a, b = f"http://127.0.0.1:{p1}", f"http://127.0.0.1:{p2}"
        wait_ready(a, serve, serve_log, 300)
        wait_ready(b, uv, uv_log, 300)
        result: dict[str, object] = {
            "servers": {"serve": a, "uvicorn": b},
            "uvicorn_workers": args.workers,
        }
        with httpx.Client(timeout=60) as c:
            for url in (a, b):
                r = c.post(
                    f"{url}/v1/analyze",
                    headers=auth,
                    json={"documents": [{"id": "x", "text": "Leveringen var sen."}]},
                )
                r.raise_for_status()
            docs = [
                {"id": f"d{i}", "text": f"Kommentar nummer {i}: fint."}
                for i in range(args.documents)
            ]
            r = c.post(f"{a}/v1/jobs", headers=auth, json={"documents": docs})
            r.raise_for_status()
            job = r.json()["id"]
            deadline = time.monotonic() + 300
            status = "queued"
            while time.monotonic() < deadline:
                status = c.get(f"{b}/v1/jobs/{job}", headers=auth).json()["status"]
                if status in ("succeeded", "failed"):
                    break
                time.sleep(0.5)
            records = [
                json.loads(line)
                for line in c.get(
                    f"{b}/v1/jobs/{job}/results?format=jsonl", headers=auth
                ).text.splitlines()
                if line.strip()
            ]
        ids = [r["id"] for r in records]
        result |= {
            "job": job,
            "submitted_via": "serve",
            "followed_and_read_via": "uvicorn",
            "status": status,
            "records": len(records),
            "every_record_once_in_order": ids == [d["id"] for d in docs],
        }
        print(json.dumps(result, indent=2))
        if status != "succeeded" or ids != [d["id"] for d in docs]:
            sys.exit(1)
    finally:
        for proc in procs:
            proc.terminate()
        for proc in procs:
            try:
                proc.wait(30)
            except subprocess.TimeoutExpired:
                proc.kill()


if __name__ == "__main__":
    main()
