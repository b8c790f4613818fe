"""Issue 16, items 1, 2, 5, 6, 9 and 10: hostile input against the HTTP API.

Each test replays an attack of the issue and asserts what must hold instead.
"""

from __future__ import annotations

import asyncio
import json
import re
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from fastapi.testclient import TestClient

from api.main import create_app
from textinsight.analyzer import Analyzer
from textinsight.pipeline import Pipeline
from textinsight.settings import Settings
from textinsight.stages.validate import Validate
from textinsight.types import Document

from .conftest import CountingStage, Service
from .test_errors import assert_problem
from .test_jobs import run_worker

LONE = re.compile(rb"\\u[dD][89a-fA-F][0-9a-fA-F]{2}")  # a JSON escape of a surrogate


class Utf8Stage:
    """Encodes every analysed text as UTF-8, as tokenizers and language detectors do (a lone
    surrogate made them raise); a text holding ``BOOM`` breaks it (a stage bug)."""

    name = "utf8"
    requires: tuple[str, ...] = ("text",)
    assigns: tuple[str, ...] = ()

    def __init__(self) -> None:
        self.batches: list[int] = []

    def __call__(self, docs: list[Document]) -> list[Document]:
        self.batches.append(len(docs))
        for d in docs:
            if d.ok:
                d.text.encode("utf-8")
                if "BOOM" in d.text:
                    raise RuntimeError("a stage bug")
        return docs


@pytest.fixture()
def strict(tmp_path: Path) -> Iterator[tuple[TestClient, Service, Utf8Stage]]:
    """A service whose pipeline chokes on what real stages choke on."""
    settings = Settings(
        progress=False,
        data_dir=tmp_path / "service",
        stages=["validate"],
        api_batch_wait_ms=50,
        rate_limit_per_second=0,
    )
    utf8, counting = Utf8Stage(), CountingStage()
    analyzer = Analyzer(Pipeline([Validate(100_000), utf8, counting], batch_size=10_000))
    with TestClient(
        create_app(settings, analyzer=analyzer), raise_server_exceptions=False
    ) as client:
        yield client, Service(client, settings, counting), utf8


def _post_raw(client: TestClient, body: str, headers: dict[str, str]) -> httpx.Response:
    return client.post(
        "/v1/analyze", content=body, headers={**headers, "content-type": "application/json"}
    )


def test_hostile_lone_surrogate_is_the_documents_own_error(strict) -> None:  # type: ignore[no-untyped-def]
    client, service, _ = strict
    body = json.dumps(
        {
            "documents": [
                {"id": "p", "text": "før \ud800 efter"},
                {"id": "ok", "text": "Fin service."},
            ]
        }
    )
    res = _post_raw(client, body, service.auth())
    assert res.status_code == 200, res.text
    docs = res.json()["documents"]
    assert docs[0]["error"]["code"] == "undecodable" and docs[1]["error"] is None
    assert not LONE.search(res.content)  # no surrogate, raw or escaped, in the answer
    assert docs[0]["text"] == "før \ufffd efter"


def _attack(
    client: TestClient, service: Service, poison: str, n: int
) -> tuple[httpx.Response, list[httpx.Response]]:
    attacker, victim = service.auth("analyze", "attacker"), service.auth("analyze", "victim")
    bad = json.dumps({"documents": [{"id": "p", "text": poison}]})
    app = client.app

    async def go() -> list[httpx.Response]:
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://t") as c:
            return await asyncio.gather(
                c.post(
                    "/v1/analyze",
                    content=bad,
                    headers={**attacker, "content-type": "application/json"},
                ),
                *[
                    c.post(
                        "/v1/analyze",
                        headers=victim,
                        json={"documents": [{"id": f"v{i}", "text": f"Tak {i}."}]},
                    )
                    for i in range(n)
                ],
            )

    out = client.portal.call(go)  # the app's own event loop (its batcher lives there)
    return out[0], out[1:]


@pytest.mark.parametrize("poison", ["før \ud800 efter", "BOOM in a stage"])
def test_hostile_poison_fails_no_other_tenants_request(strict, poison: str) -> None:  # type: ignore[no-untyped-def]
    client, service, utf8 = strict
    bad, victims = _attack(client, service, poison, 40)
    assert max(utf8.batches) > 1  # the attacker shared a batch with the victim
    assert [r.status_code for r in victims] == [200] * 40
    assert all(r.json()["documents"][0]["error"] is None for r in victims)
    assert bad.status_code == 200
    code = bad.json()["documents"][0]["error"]["code"]
    assert code == ("undecodable" if "\ud800" in poison else "analysis_failed")


def test_hostile_lone_surrogate_in_an_upload_fails_only_its_record(service: Service) -> None:
    c, h = service.client, service.auth("jobs")
    lines = [
        json.dumps({"id": f"r{i}", "text": "før \ud800" if i == 1 else f"tekst {i}"})
        for i in range(3)
    ]
    job = c.post(
        "/v1/jobs", headers=h, files={"file": ("x.jsonl", "\n".join(lines).encode())}
    ).json()
    run_worker(service)
    job = c.get(f"/v1/jobs/{job['id']}", headers=h).json()
    assert job["status"] == "succeeded", job
    res = c.get(f"/v1/jobs/{job['id']}/results", headers=h)
    recs = [json.loads(x) for x in res.text.splitlines()]
    assert [(r["id"], (r["error"] or {}).get("code")) for r in recs] == [
        ("r0", None),
        ("r1", "undecodable"),
        ("r2", None),
    ]
    assert not LONE.search(res.content)
    for fmt in ("csv", "parquet"):
        body = c.get(f"/v1/jobs/{job['id']}/results?format={fmt}", headers=h).content
        assert not LONE.search(body) and "\ufffd".encode() in body


def test_hostile_lone_surrogate_in_a_json_job(service: Service) -> None:
    c, h = service.client, service.auth("jobs")
    body = json.dumps({"documents": [{"id": "a", "text": "x \ud800"}, {"id": "b", "text": "y"}]})
    res = c.post("/v1/jobs", content=body, headers={**h, "content-type": "application/json"})
    assert res.status_code == 202, res.text
    run_worker(service)
    out = c.get(f"/v1/jobs/{res.json()['id']}/results", headers=h)
    recs = [json.loads(x) for x in out.text.splitlines()]
    assert [(r["error"] or {}).get("code") for r in recs] == ["undecodable", None]


def test_hostile_formula_csv_results_are_neutralised(service: Service) -> None:
    c, h = service.client, service.auth("jobs")
    docs = [{"id": "=1+1", "text": '=HYPERLINK("http://x")', "meta": {"m": "@SUM(A1)", "n": -3}}]
    job = c.post("/v1/jobs", json={"documents": docs}, headers=h).json()
    run_worker(service)
    import csv
    import io

    res = c.get(f"/v1/jobs/{job['id']}/results?format=csv", headers=h)
    row = next(csv.DictReader(io.StringIO(res.content.decode("utf-8-sig"))))
    assert (row["id"], row["text"], row["meta.m"], row["meta.n"]) == (
        "'=1+1",
        '\'=HYPERLINK("http://x")',
        "'@SUM(A1)",
        "-3",
    )


def _upload(service: Service, name: str, data: bytes, **fields: str) -> dict:
    c, h = service.client, service.auth("jobs")
    res = c.post("/v1/jobs", headers=h, files={"file": (name, data)}, data=fields)
    assert res.status_code == 202, res.text
    run_worker(service)
    return c.get(f"/v1/jobs/{res.json()['id']}", headers=h).json()


def _results(service: Service, job: dict) -> list[dict]:
    res = service.client.get(f"/v1/jobs/{job['id']}/results", headers=service.auth("jobs"))
    return [json.loads(x) for x in res.text.splitlines()]


def _codes(recs: list[dict]) -> list[tuple[str, str | None]]:
    return [(r["id"], (r["error"] or {}).get("code")) for r in recs]


def test_hostile_csv_field_over_the_csv_limit_fails_only_its_record(service: Service) -> None:
    data = f"id,text\n1,fin\n2,{'x' * 140_000}\n3,god\n".encode()
    job = _upload(service, "long.csv", data)
    assert job["status"] == "succeeded", job
    assert _codes(_results(service, job)) == [("1", None), ("2", "text_too_long"), ("3", None)]


def test_hostile_csv_unterminated_quote_is_reported(service: Service) -> None:
    job = _upload(service, "quote.csv", b'id,text\n1,ok\n2,"broken\n3,three\n4,four\n')
    assert job["status"] == "succeeded"
    assert _codes(_results(service, job)) == [("1", None), ("2", "malformed_row")]
    assert job["summary"]["rows_read"] == 4 and job["summary"]["records"] == 2
    assert "4 input rows were read for 2 records" in job["summary"]["note"]


def test_hostile_csv_surplus_cells_are_reported(service: Service) -> None:
    job = _upload(service, "cells.csv", b"id,text\n1,ok,=cmd|x\n2,fine\n")
    assert _codes(_results(service, job)) == [("1", "malformed_row"), ("2", None)]
    assert job["summary"] == {"rows_read": 2, "records": 2, "note": None}


def test_hostile_upload_named_only_dots_is_refused(service: Service) -> None:
    res = service.client.post(
        "/v1/jobs", headers=service.auth("jobs"), files={"file": ("....csv", b"id,text\n1,a\n")}
    )
    assert "name" in assert_problem(res, 422)["detail"]


def _zip(part: str) -> bytes:
    import io
    import zipfile

    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr(part, "<x/>")
    return buf.getvalue()


@pytest.mark.parametrize(
    "name, data",
    [
        ("survey.xlsx", b"id,text\n1,hello\n"),
        ("survey.parquet", b"id,text\n1,hello\n"),
        ("notes.docx", _zip("xl/workbook.xml")),
        ("survey.csv", _zip("xl/workbook.xml")),
        ("survey.jsonl", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00"),
    ],
)
def test_hostile_upload_whose_extension_lies_is_refused(
    service: Service, name: str, data: bytes
) -> None:
    res = service.client.post(
        "/v1/jobs", headers=service.auth("jobs"), files={"file": (name, data)}
    )
    assert "is named" in assert_problem(res, 415)["detail"]
    assert not any((service.settings.data_dir / "jobs").glob("*/*"))  # nothing spooled


def test_hostile_job_error_quotes_no_file_content(service: Service) -> None:
    res = service.client.post(
        "/v1/jobs",
        headers=service.auth("jobs"),
        files={"file": ("noheader.csv", b"Ring til mig paa 12345678,9\nanden,3\n")},
    )
    detail = assert_problem(res, 422)["detail"]  # refused at upload now
    assert "12345678" not in detail and "Ring" not in detail


def test_hostile_taxonomy_put_with_an_unknown_field_is_refused(service: Service) -> None:
    body = {
        "labels": [
            {"id": "a", "description": "A", "examplez": ["typo"]},
            {"id": "b", "description": "B"},
        ]
    }
    res = service.client.put("/v1/taxonomies/mine", json=body, headers=service.auth("admin"))
    assert "examplez" in assert_problem(res, 422)["detail"]
    body = {"labels": body["labels"][1:] * 1 + [{"id": "c", "description": "C"}], "colour": 1}
    res = service.client.put("/v1/taxonomies/mine", json=body, headers=service.auth("admin"))
    assert "colour" in assert_problem(res, 422)["detail"]


def test_hostile_ids_keep_the_text_they_were_sent_as(service: Service) -> None:
    c = service.client
    body = (
        '{"documents": [{"id": true, "text": "a"}, {"id": 17, "text": "b"}, '
        '{"id": "007", "text": "c"}, {"text": "d"}]}'
    )
    res = _post_raw(c, body, service.auth())
    assert [d["id"] for d in res.json()["documents"]] == ["true", "17", "007", "3"]
    h = service.auth("jobs")
    job = c.post("/v1/jobs", content=body, headers={**h, "content-type": "application/json"})
    run_worker(service)
    recs = _results(service, job.json())
    assert [r["id"] for r in recs] == ["true", "17", "007", "3"]
