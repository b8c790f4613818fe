"""Jobs: submit JSON or files, progress, streamed results in three formats, cancel."""

from __future__ import annotations

import csv
import errno
import io
import json
import shutil
from pathlib import Path
from typing import Any

import pytest

from textinsight.analyzer import Analyzer
from textinsight.errors import ModelError
from textinsight.pipeline import Pipeline
from textinsight.service.analyzers import AnalyzerSet
from textinsight.service.worker import Worker
from textinsight.stages.validate import Validate

from .conftest import Service, ServiceFactory, fake_analyzer
from .test_errors import assert_problem

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


def run_worker(service: Service) -> int:
    """Run every queued job in this process (the real worker is another process)."""
    st = service.client.app.state.textinsight
    analyzer, _ = fake_analyzer()
    w = Worker(service.settings, st.jobs, AnalyzerSet(service.settings, analyzer), name="t")
    return w.run(once=True)


def test_jobs_json_roundtrip(service: Service) -> None:
    c, h = service.client, service.auth("jobs")
    docs = [{"id": f"d{i}", "text": f"comment {i}", "meta": {"n": i}} for i in range(150)]
    res = c.post("/v1/jobs", json={"documents": docs}, headers=h)
    assert res.status_code == 202
    job = res.json()
    assert res.headers["location"] == f"/v1/jobs/{job['id']}"
    assert job["status"] == "queued" and job["progress"] == {
        "done": 0,
        "total": 150,
        "fraction": 0.0,
    }
    assert_problem(c.get(f"/v1/jobs/{job['id']}/results", headers=h), 409)
    assert run_worker(service) == 1
    job = c.get(f"/v1/jobs/{job['id']}", headers=h).json()
    assert job["status"] == "succeeded" and job["progress"]["fraction"] == 1.0
    lines = c.get(f"/v1/jobs/{job['id']}/results", headers=h).text.splitlines()
    recs = [json.loads(x) for x in lines]
    assert [r["id"] for r in recs] == [d["id"] for d in docs]
    assert recs[5]["meta"] == {"n": 5} and recs[5]["language"]["code"] == "xx"
    res = c.get(f"/v1/jobs/{job['id']}/results?format=csv", headers=h)
    assert res.headers["content-type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(res.content.decode("utf-8-sig"))))
    assert [r["id"] for r in rows] == [d["id"] for d in docs] and rows[3]["meta.n"] == "3"
    res = c.get(f"/v1/jobs/{job['id']}/results?format=parquet", headers=h)
    import pyarrow.parquet as pq

    table = pq.read_table(io.BytesIO(res.content))
    assert table.column("id").to_pylist() == [d["id"] for d in docs]
    assert_problem(c.get(f"/v1/jobs/{job['id']}/results?format=xml", headers=h), 422)


def _frame_bytes(kind: str) -> bytes:
    import pandas as pd

    df = pd.DataFrame({"kommentar": ["Godt", "", "Dårlig"], "nps": [9, 5, 1]})
    buf = io.BytesIO()
    if kind == "xlsx":
        df.to_excel(buf, index=False)
    elif kind == "parquet":
        df.to_parquet(buf, index=False)
    elif kind == "csv":
        buf.write(df.to_csv(index=False, sep=";").encode())
    elif kind == "jsonl":
        buf.write(df.to_json(orient="records", lines=True, force_ascii=False).encode())
    return buf.getvalue()


@pytest.mark.parametrize("kind", ["csv", "xlsx", "parquet", "jsonl"])
def test_jobs_tabular_upload(service: Service, kind: str) -> None:
    c, h = service.client, service.auth("jobs")
    res = c.post(
        "/v1/jobs",
        headers=h,
        files={"file": (f"survey.{kind}", _frame_bytes(kind))},
        data={"text_column": "kommentar", "id_column": ""},
    )
    assert res.status_code == 202, res.text
    job = res.json()
    assert job["input"] == {"filename": f"survey.{kind}", "source": "upload"}
    run_worker(service)
    job = c.get(f"/v1/jobs/{job['id']}", headers=h).json()
    assert job["status"] == "succeeded" and job["progress"]["done"] == 3
    recs = [
        json.loads(x)
        for x in c.get(f"/v1/jobs/{job['id']}/results", headers=h).text.split("\n")
        if x
    ]
    assert [r["id"] for r in recs] == ["1", "2", "3"]
    assert recs[0]["text"] == "Godt" and str(recs[0]["meta"]["nps"]) == "9"
    assert recs[1]["error"]["code"] == "empty_text"


@pytest.mark.parametrize("name", ["interview_da.txt", "interview_sv.docx"])
def test_jobs_whole_file_upload(service: Service, name: str) -> None:
    c, h = service.client, service.auth("jobs")
    data = (EXAMPLES / name).read_bytes()
    job = c.post("/v1/jobs", headers=h, files={"file": (name, data)}).json()
    run_worker(service)
    recs = [
        json.loads(x) for x in c.get(f"/v1/jobs/{job['id']}/results", headers=h).text.splitlines()
    ]
    assert len(recs) == 1 and recs[0]["id"] == Path(name).stem and len(recs[0]["text"]) > 100


def test_jobs_bad_uploads(service: Service) -> None:
    c, h = service.client, service.auth("jobs")
    assert_problem(c.post("/v1/jobs", headers=h, files={"file": ("x.pdf", b"%PDF")}), 415)
    assert_problem(c.post("/v1/jobs", headers=h, files={"other": ("x.csv", b"a")}), 422)
    # a missing text column is refused at upload, naming the columns found
    res = c.post("/v1/jobs", headers=h, files={"file": ("x.csv", b"a,b\n1,2\n")})
    assert "'a', 'b'" in assert_problem(res, 422)["detail"]


def test_jobs_delete_cancels_and_removes(service: Service) -> None:
    c, h = service.client, service.auth("jobs")
    job = c.post("/v1/jobs", json={"documents": [{"text": "a"}]}, headers=h).json()
    spool = service.settings.data_dir / "jobs"
    assert len(list(spool.iterdir())) == 1
    res = c.delete(f"/v1/jobs/{job['id']}", headers=h)
    assert res.status_code == 204
    assert_problem(c.get(f"/v1/jobs/{job['id']}", headers=h), 404)
    assert list(spool.iterdir()) == []
    assert run_worker(service) == 0


def test_jobs_input_is_removed_when_done(service: Service) -> None:
    c, h = service.client, service.auth("jobs")
    c.post("/v1/jobs", json={"documents": [{"text": "a"}]}, headers=h)
    run_worker(service)
    assert list((service.settings.data_dir / "jobs").iterdir()) == []


class FailAfter:
    """A stage that fails the job (a library error) once it has seen ``after`` documents."""

    name = "fail_after"
    requires: tuple[str, ...] = ()
    assigns: tuple[str, ...] = ()

    def __init__(self, after: int) -> None:
        self.after, self.seen = after, 0

    def __call__(self, docs: list[Any]) -> list[Any]:
        self.seen += len(docs)
        if self.seen > self.after:
            raise ModelError("the model broke")
        return docs


def test_jobs_failed_job_results_are_readable(make_service: ServiceFactory) -> None:
    service = make_service(job_batch_size=4)
    c, h = service.client, service.auth("jobs")
    docs = [{"id": f"d{i}", "text": f"comment {i}"} for i in range(20)]
    job = c.post("/v1/jobs", json={"documents": docs}, headers=h).json()
    st = service.client.app.state.textinsight
    analyzer = Analyzer(Pipeline([Validate(1000), FailAfter(9)], batch_size=4))
    Worker(service.settings, st.jobs, AnalyzerSet(service.settings, analyzer)).run(once=True)
    job = c.get(f"/v1/jobs/{job['id']}", headers=h).json()
    assert job["status"] == "failed" and job["progress"]["done"] == 8
    res = c.get(f"/v1/jobs/{job['id']}/results", headers=h)
    assert res.status_code == 200 and res.headers["x-job-status"] == "failed"
    assert res.headers["x-job-records"] == "8"
    assert [json.loads(x)["id"] for x in res.text.splitlines()] == [f"d{i}" for i in range(8)]
    res = c.get(f"/v1/jobs/{job['id']}/results?format=csv", headers=h)
    assert res.status_code == 200 and len(res.content.decode("utf-8-sig").splitlines()) == 9
    assert list((service.settings.data_dir / "jobs").iterdir()) == []  # its input is gone


def test_jobs_upload_on_a_full_disk_is_507(
    service: Service, monkeypatch: pytest.MonkeyPatch
) -> None:
    c, h = service.client, service.auth("jobs")

    def no_space(*_: object, **__: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    with monkeypatch.context() as m:
        m.setattr(shutil, "copyfileobj", no_space)
        res = c.post("/v1/jobs", headers=h, files={"file": ("survey.csv", b"text\nhej\n")})
    body = assert_problem(res, 507)
    assert body["type"] == "urn:textinsight:error:disk_full" and int(res.headers["retry-after"]) > 0
    spool = service.settings.data_dir / "jobs"
    assert list(spool.iterdir()) == []  # no input, no .part file left behind
    assert c.get("/v1/jobs", headers=h).json()["jobs"] == []
    res = c.post("/v1/jobs", headers=h, files={"file": ("survey.csv", b"text\nhej\n")})
    assert res.status_code == 202  # the disk has room again


def test_jobs_refused_while_the_disk_is_low(make_service: ServiceFactory) -> None:
    service = make_service(min_free_disk_bytes=1 << 60)
    c, h = service.client, service.auth("jobs")
    res = c.post("/v1/jobs", json={"documents": [{"text": "a"}]}, headers=h)
    assert assert_problem(res, 507)["type"] == "urn:textinsight:error:disk_full"
    assert "retry-after" in res.headers
