"""Uploads as users make them: Nordic Excel exports in Windows-1252 and UTF-16, every result
format of the same job, and a wrong text column refused at upload."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from .conftest import Service
from .test_errors import assert_problem
from .test_jobs import run_worker

DATA = Path(__file__).resolve().parents[1] / "data"
EXPORTS = {"excel_export_cp1252.csv": "cp1252", "excel_export_utf16.csv": "utf-16"}


def _texts(name: str) -> list[str]:
    text = (DATA / name).read_bytes().decode(EXPORTS[name])
    sep = ";" if "cp1252" in name else "\t"
    return [line.split(sep, 5)[-1].strip('"') for line in text.splitlines()[1:]]


def _job(service: Service, name: str, data: bytes, **fields: str) -> tuple[str, dict]:
    c, h = service.client, service.auth("jobs")
    res = c.post(
        "/v1/jobs",
        headers=h,
        files={"file": (name, data)},
        data={"text_column": "Kommentar", "id_column": "Svar-ID", **fields},
    )
    assert res.status_code == 202, res.text
    run_worker(service)
    job = c.get(f"/v1/jobs/{res.json()['id']}", headers=h).json()
    return job["id"], job


def _jsonl(service: Service, job_id: str) -> list[dict]:
    res = service.client.get(f"/v1/jobs/{job_id}/results", headers=service.auth("jobs"))
    return [json.loads(x) for x in res.text.splitlines()]


@pytest.mark.parametrize("name", sorted(EXPORTS))
def test_uploads_nordic_export_loses_no_row(service: Service, name: str) -> None:
    job_id, job = _job(service, name, (DATA / name).read_bytes())
    assert job["status"] == "succeeded" and job["progress"]["done"] == 300
    recs = _jsonl(service, job_id)
    assert [r["error"] for r in recs] == [None] * 300
    assert [r["text"] for r in recs] == _texts(name)
    assert recs[0]["meta"]["Butik/område"] == "Østerbro"


@pytest.mark.parametrize("name", sorted(EXPORTS))
def test_uploads_every_result_format_of_a_job_answers(service: Service, name: str) -> None:
    import pyarrow.parquet as pq

    job_id, _ = _job(service, name, (DATA / name).read_bytes())
    c, h = service.client, service.auth("jobs")
    ids = [r["id"] for r in _jsonl(service, job_id)]
    res = c.get(f"/v1/jobs/{job_id}/results?format=csv", headers=h)
    assert res.status_code == 200
    rows = list(csv.DictReader(io.StringIO(res.content.decode("utf-8-sig"))))
    assert [r["id"] for r in rows] == ids and rows[0]["meta.Butik/område"] == "Østerbro"
    res = c.get(f"/v1/jobs/{job_id}/results?format=parquet", headers=h)
    assert res.status_code == 200
    table = pq.read_table(io.BytesIO(res.content))
    assert table.column("id").to_pylist() == ids
    assert table.column("text").to_pylist() == _texts(name)


def test_uploads_every_result_format_of_a_job_with_undecodable_bytes_answers(
    service: Service,
) -> None:
    import pyarrow.parquet as pq

    # read as UTF-8 on purpose: the Nordic letters stay undecodable bytes (lone surrogates),
    # in the text, in a meta value and in a column name
    data = (DATA / "excel_export_cp1252.csv").read_bytes()
    job_id, job = _job(service, "export.csv", data, encoding="utf-8")
    assert job["status"] == "succeeded"
    c, h = service.client, service.auth("jobs")
    recs = _jsonl(service, job_id)
    assert len(recs) == 300 and any(r["error"] for r in recs)
    bodies = {}
    for fmt in ("jsonl", "csv", "parquet"):
        res = c.get(f"/v1/jobs/{job_id}/results?format={fmt}", headers=h)
        assert res.status_code == 200, (fmt, res.text[:200])
        bodies[fmt] = res.content
    for body in (bodies["jsonl"], bodies["csv"]):
        body.decode("utf-8")  # strict: no surrogate was written
    table = pq.read_table(io.BytesIO(bodies["parquet"]))
    assert table.num_rows == 300
    assert all(ch < "\ud800" or ch > "\udfff" for t in table.column("text").to_pylist() for ch in t)


def test_uploads_encoding_field_is_checked(service: Service) -> None:
    res = service.client.post(
        "/v1/jobs",
        headers=service.auth("jobs"),
        files={"file": ("x.csv", b"text\nhej\n")},
        data={"encoding": "klingon"},
    )
    assert "unknown encoding" in assert_problem(res, 422)["detail"]


def _frame(kind: str) -> bytes:
    import pandas as pd

    df = pd.DataFrame(
        {"Svar-ID": ["R1", "R2"], "Kommentar": ["Køen var lang", "Fin service"], "NPS": [3, 9]}
    )
    buf = io.BytesIO()
    if kind == "xlsx":
        df.to_excel(buf, index=False)
    elif kind == "parquet":
        df.to_parquet(buf, index=False)
    elif kind == "jsonl":
        buf.write(df.to_json(orient="records", lines=True, force_ascii=False).encode())
    else:
        buf.write(df.to_csv(index=False, sep=";").encode("cp1252"))
    return buf.getvalue()


@pytest.mark.parametrize("kind", ["csv", "xlsx", "parquet", "jsonl"])
def test_uploads_wrong_text_column_is_422_at_upload(service: Service, kind: str) -> None:
    c, h = service.client, service.auth("jobs")
    res = c.post(
        "/v1/jobs",
        headers=h,
        files={"file": (f"survey.{kind}", _frame(kind))},
        data={"text_column": "kommentar"},
    )
    detail = assert_problem(res, 422)["detail"]
    assert "'kommentar'" in detail and "'Svar-ID', 'Kommentar', 'NPS'" in detail
    assert "Køen" not in detail and "--text-column" not in detail  # names only, no CLI flag
    assert c.get("/v1/jobs", headers=h).json()["jobs"] == []  # nothing queued


def test_uploads_headerless_csv_names_no_cell_content(service: Service) -> None:
    data = "Ring til mig på 12345678, tak;9\nAppen virker ikke;2\n".encode("cp1252")
    res = service.client.post(
        "/v1/jobs", headers=service.auth("jobs"), files={"file": ("noheader.csv", data)}
    )
    detail = assert_problem(res, 422)["detail"]
    assert "header" in detail and "12345678" not in detail and "Ring" not in detail
    assert "Appen" not in detail
