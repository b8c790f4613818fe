"""Upload Nordic Excel exports (Windows-1252, UTF-16) as jobs and count the rows lost.

    python scripts/upload_encodings.py tests/data/excel_export_cp1252.csv \
        tests/data/excel_export_utf16.csv

For each file: the HTTP status of the upload, the job's status, records written, records with
an ``undecodable`` error, and the HTTP status of each result format. The service runs in this
process on a temporary SQLite database with the validate stage only (reading is what is
measured, not the models). Prints one JSON object per file.
"""

from __future__ import annotations

import argparse
import json
import tempfile
from pathlib import Path


def measure(path: Path, text_column: str) -> dict[str, object]:
    """Upload ``path`` as a job, run it, and count what came back."""
    from fastapi.testclient import TestClient

    from api.main import create_app
    from textinsight.analyzer import Analyzer
    from textinsight.pipeline import Pipeline
    from textinsight.service.analyzers import AnalyzerSet
    from textinsight.service.db import make_engine
    from textinsight.service.keys import KeyStore
    from textinsight.service.worker import Worker
    from textinsight.settings import Settings
    from textinsight.stages.validate import Validate

    with tempfile.TemporaryDirectory() as tmp:
        settings = Settings(progress=False, data_dir=Path(tmp), stages=["validate"])
        analyzer = Analyzer(Pipeline([Validate(100_000)], batch_size=1000))
        app = create_app(settings, analyzer=analyzer)
        with TestClient(app, raise_server_exceptions=False) as c:
            token = KeyStore(make_engine(settings)).create("m", "jobs", "default")[1]
            h = {"Authorization": f"Bearer {token}"}
            res = c.post(
                "/v1/jobs",
                headers=h,
                files={"file": (path.name, path.read_bytes())},
                data={"text_column": text_column},
            )
            out: dict[str, object] = {"file": path.name, "upload": res.status_code}
            if res.status_code != 202:
                out["problem"] = res.json().get("detail")
                return out
            job_id = res.json()["id"]
            Worker(
                settings, app.state.textinsight.jobs, AnalyzerSet(settings, analyzer), name="m"
            ).run(once=True)
            job = c.get(f"/v1/jobs/{job_id}", headers=h).json()
            lines = c.get(f"/v1/jobs/{job_id}/results", headers=h).text.splitlines()
            recs = [json.loads(x) for x in lines if x]
            out |= {
                "job": job["status"],
                "records": len(recs),
                "undecodable": sum(
                    1 for r in recs if (r.get("error") or {}).get("code") == "undecodable"
                ),
                "formats": {
                    f: c.get(f"/v1/jobs/{job_id}/results?format={f}", headers=h).status_code
                    for f in ("jsonl", "csv", "parquet")
                },
            }
            return out


def main() -> None:
    """Measure each file given."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("files", nargs="+", type=Path)
    ap.add_argument("--text-column", default="Kommentar")
    args = ap.parse_args()
    for path in args.files:
        print(json.dumps(measure(path, args.text_column), ensure_ascii=False))


if __name__ == "__main__":
    main()
