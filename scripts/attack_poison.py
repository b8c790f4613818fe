"""Issue 16 item 2, re-measured: one lone surrogate against everyone else's work.

Three attacks, all in this process (the HTTP app through starlette's TestClient, no network):

1. ``/v1/analyze``: tenant "attacker" sends one document holding a lone surrogate (JSON
   ``"\\ud800"``) while tenant "victim" sends ``--requests`` concurrent one-document requests;
   the micro-batcher may put them into one pipeline batch. Counts the victim's failed requests.
2. CLI (``run_analysis``): a JSON Lines file of ``--records`` lines, one of them poisoned;
   counts records lost (input lines without an output record) and the exit status.
3. Job: the same file uploaded to ``/v1/jobs`` and run by a worker in this process; reports the
   job's status and the records lost.

    .venv/bin/python scripts/attack_poison.py --pipeline tiny   # tiny BERT encoder (fast)
    .venv/bin/python scripts/attack_poison.py --pipeline real   # the shipped models

Prints one JSON object with the figures (targets: 0 failed, 0 lost, job succeeded).
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

POISON = "Ventetiden var lang \ud800 og ingen svarede."
STAGES_TINY = ["validate", "language", "segment", "normalize", "embed"]


def make_settings(kind: str, tmp: Path) -> Any:
    from textinsight.settings import Settings

    common: dict[str, Any] = {
        "progress": False,
        "data_dir": tmp / "service",
        "rate_limit_per_second": 0.0,
        "api_batch_wait_ms": 50.0,
    }
    if kind == "tiny":
        from tests.conftest import build_tiny_bert

        enc = build_tiny_bert(tmp / "tiny-bert")
        return Settings(encoder=str(enc), stages=STAGES_TINY, batch_size=64, **common)
    return Settings(**common)


def attack_analyze(client: Any, keys: Any, requests: int, sizes: list[int]) -> dict[str, Any]:
    attacker = {"Authorization": f"Bearer {keys.create('a', 'analyze', 'attacker')[1]}"}
    victim = {"Authorization": f"Bearer {keys.create('v', 'analyze', 'victim')[1]}"}
    # the poisoned body, as a hostile client writes it (json.dumps escapes the surrogate)
    poison_body = json.dumps({"documents": [{"id": "p", "text": POISON}]})
    start = threading.Barrier(requests + 1)

    def poison() -> tuple[int, str | None]:
        start.wait()
        res = client.post(
            "/v1/analyze",
            content=poison_body,
            headers={**attacker, "Content-Type": "application/json"},
        )
        if res.status_code != 200:
            return res.status_code, None
        return 200, (res.json()["documents"][0]["error"] or {}).get("code")

    def honest(i: int) -> tuple[int, str | None]:
        start.wait()
        body = {"documents": [{"id": f"v{i}", "text": f"Kundeservice var god, tak nummer {i}."}]}
        res = client.post("/v1/analyze", json=body, headers=victim)
        if res.status_code != 200:
            return res.status_code, None
        rec = res.json()["documents"][0]
        return 200, (rec["error"] or {}).get("code")

    with ThreadPoolExecutor(requests + 1) as pool:
        p = pool.submit(poison)
        futures = [pool.submit(honest, i) for i in range(requests)]
        results = [f.result() for f in futures]
        poison_status, poison_code = p.result()
    failed = sum(1 for status, _ in results if status != 200)
    errored = sum(1 for status, code in results if status == 200 and code is not None)
    return {
        "victim_requests": requests,
        "victim_failed": failed,
        "victim_records_with_error": errored,
        "attacker_status": poison_status,
        "attacker_record_error": poison_code,
        "largest_shared_batch": max(sizes, default=None),
    }


def poisoned_file(tmp: Path, n: int) -> Path:
    path = tmp / "poisoned.jsonl"
    lines = []
    for i in range(n):
        text = POISON if i == n // 2 else f"Leveringen kom for sent, ordre {i}."
        lines.append(json.dumps({"id": f"r{i}", "text": text}))  # escapes the surrogate
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def attack_cli(settings: Any, pipeline: Any, src: Path, tmp: Path, n: int) -> dict[str, Any]:
    from textinsight.runner import run_analysis

    out: dict[str, Any] = {"cli_records_in": n}
    for suffix in (".jsonl", ".csv", ".parquet", ".xlsx"):
        dest = tmp / f"out{suffix}"
        try:
            run_analysis([src], str(dest), settings, pipeline=pipeline)
            status = 0
        except Exception as exc:  # noqa: BLE001 - the attack measures exactly this
            status, out[f"cli_error{suffix}"] = 1, type(exc).__name__
        written = _count(dest) if dest.exists() else 0
        out[f"cli_exit{suffix}"] = status
        out[f"cli_records_lost{suffix}"] = n - written
        if dest.exists():
            out[f"cli_lone_surrogate_in{suffix}"] = _has_surrogate(dest)
    return out


def _count(path: Path) -> int:
    import pandas as pd

    if path.suffix == ".jsonl":
        return len(path.read_text(encoding="utf-8").splitlines())
    if path.suffix == ".csv":
        return len(pd.read_csv(path))
    if path.suffix == ".parquet":
        return len(pd.read_parquet(path))
    return len(pd.read_excel(path, sheet_name="documents"))


def _has_surrogate(path: Path) -> bool:
    """True when the file holds a lone surrogate, raw or as a JSON escape."""
    import re

    if path.suffix in (".jsonl", ".csv"):
        data = path.read_bytes()
        if re.search(rb"\\u[dD][89a-fA-F][0-9a-fA-F]{2}", data):
            return True
        try:
            data.decode("utf-8")
        except UnicodeDecodeError:
            return True
        return False
    import pandas as pd

    df = (
        pd.read_parquet(path)
        if path.suffix == ".parquet"
        else pd.read_excel(path, sheet_name="documents")
    )
    cells = [str(v) for v in df.to_numpy().ravel()]
    return any(re.search("[\ud800-\udfff]", c) or "\\ud8" in c or "\\udc" in c for c in cells)


def attack_job(
    client: Any, keys: Any, settings: Any, analyzer: Any, src: Path, n: int
) -> dict[str, Any]:
    from textinsight.service.analyzers import AnalyzerSet
    from textinsight.service.worker import Worker

    h = {"Authorization": f"Bearer {keys.create('j', 'jobs', 'attacker')[1]}"}
    res = client.post("/v1/jobs", headers=h, files={"file": ("poisoned.jsonl", src.read_bytes())})
    if res.status_code != 202:
        return {"job_upload_status": res.status_code}
    job_id = res.json()["id"]
    st = client.app.state.textinsight
    Worker(settings, st.jobs, AnalyzerSet(settings, analyzer), name="attack").run(once=True)
    job = client.get(f"/v1/jobs/{job_id}", headers=h).json()
    out: dict[str, Any] = {"job_status": job["status"], "job_error": job["error"]}
    if job["status"] == "succeeded":
        lines = client.get(f"/v1/jobs/{job_id}/results", headers=h).text.splitlines()
        out["job_records_lost"] = n - len(lines)
    else:
        out["job_records_lost"] = n
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--pipeline", choices=["tiny", "real"], default="tiny")
    ap.add_argument("--requests", type=int, default=80, help="the victim's concurrent requests")
    ap.add_argument("--records", type=int, default=200, help="lines of the poisoned file")
    ap.add_argument(
        "--no-validate",
        action="store_true",
        help="drop the validate stage: the surrogate then reaches stages that break "
        "on it, which measures the batch-retry defence alone",
    )
    args = ap.parse_args()

    from fastapi.testclient import TestClient

    from api.main import create_app
    from textinsight.analyzer import Analyzer
    from textinsight.service.db import make_engine
    from textinsight.service.keys import KeyStore

    with tempfile.TemporaryDirectory(prefix="attack-poison-") as d:
        tmp = Path(d)
        settings = make_settings(args.pipeline, tmp)
        t0 = time.perf_counter()
        if args.no_validate:
            settings = settings.model_copy(
                update={"stages": [x for x in settings.stages if x != "validate"]}
            )
        analyzer = Analyzer.from_settings(settings)
        sizes: list[int] = []  # the batches the pipeline ran (did the tenants share one?)
        run_batch = getattr(analyzer.pipeline, "isolated", None)  # absent before issue 16

        def spy(docs: list[Any]) -> list[Any]:
            sizes.append(len(docs))
            return run_batch(docs)  # type: ignore[misc]

        if run_batch is not None:
            analyzer.pipeline.isolated = spy  # type: ignore[method-assign]
        report: dict[str, Any] = {
            "pipeline": args.pipeline,
            "stages": analyzer.pipeline.names,
            "load_s": round(time.perf_counter() - t0, 1),
        }
        keys = KeyStore(make_engine(settings))
        with TestClient(
            create_app(settings, analyzer=analyzer), raise_server_exceptions=False
        ) as client:
            report.update(attack_analyze(client, keys, args.requests, sizes))
            src = poisoned_file(tmp, args.records)
            report.update(attack_cli(settings, analyzer.pipeline, src, tmp, args.records))
            try:
                report.update(attack_job(client, keys, settings, analyzer, src, args.records))
            except ImportError as exc:  # a worker module mid-edit must not hide the rest
                report["job_error"] = f"not run: {exc}"

    print(json.dumps(report, indent=1))


if __name__ == "__main__":
    main()
