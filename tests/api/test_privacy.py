"""never_store_raw through the service: the spool, the database and the results hold only
redacted text (real language and personal-data stages; no encoder)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from api.main import create_app
from textinsight.service.db import make_engine
from textinsight.service.keys import KeyStore
from textinsight.service.worker import Worker
from textinsight.settings import Settings

pytestmark = pytest.mark.model  # the language stage: lingua and models/langid

RAW = ["Mette Hansen", "20 12 34 56", "mette.h@firma.dk", "070761-4285"]
DOCS = [
    {
        "id": "1",
        "text": "Ring til Mette Hansen på +45 20 12 34 56, tak.",
        "meta": {"kontakt": "mette.h@firma.dk"},
    },
    {"id": "2", "text": "Mit CPR er 070761-4285 og ordren er 20123456."},
]


def _files_hold(root: Path, needles: list[str]) -> list[str]:
    found = []
    for p in root.rglob("*"):
        if p.is_file():
            data = p.read_bytes()
            found += [f"{p.name}: {n}" for n in needles if n.encode() in data]
    return found


def test_never_store_raw_jobs_spool_and_store_only_redacted_text(tmp_path: Path) -> None:
    settings = Settings(
        progress=False,
        data_dir=tmp_path / "svc",
        cache_dir=tmp_path / "cache",
        stages=["validate", "language", "pii", "segment"],
        never_store_raw=True,
        redact="pseudonym",
    )
    token = KeyStore(make_engine(settings)).create("t", "jobs", "default")[1]
    h = {"Authorization": f"Bearer {token}"}
    with TestClient(create_app(settings), raise_server_exceptions=False) as c:
        res = c.post("/v1/jobs", json={"documents": DOCS}, headers=h)
        assert res.status_code == 202, res.text
        csv = "id;text\n3;Skriv til mette.h@firma.dk eller ring +45 20 12 34 56\n"
        up = c.post("/v1/jobs", files={"file": ("svar.csv", csv.encode(), "text/csv")}, headers=h)
        assert up.status_code == 202, up.text
        assert not _files_hold(tmp_path / "svc", RAW)  # spool and database, before the worker
        worker = Worker.from_settings(settings, name="w1")
        assert worker.run(once=True) >= 1
        worker.run(once=True)
        assert not _files_hold(tmp_path / "svc", RAW)
        out = c.get(f"{res.headers['Location']}/results", headers=h)
        recs = [json.loads(x) for x in out.text.splitlines()]
    assert recs[0]["text"].startswith("Ring til [PERSON_1] på [PHONE_1]")
    kinds = {(r["id"], p["kind"]) for r in recs for p in r["pii"]}
    assert {("1", "person"), ("1", "phone"), ("2", "national_id")} <= kinds
    assert recs[0]["meta"]["kontakt"].startswith("[EMAIL")
    assert "20123456" in recs[1]["text"]  # an order number is not personal data


def test_never_store_raw_keeps_each_records_error_code(tmp_path: Path) -> None:
    """Issue 16 item 9: blanking the text of a faulty record must not turn its error into
    'empty_text'."""
    settings = Settings(
        progress=False,
        data_dir=tmp_path / "svc",
        cache_dir=tmp_path / "cache",
        stages=["validate", "language", "pii", "segment"],
        never_store_raw=True,
        max_chars=300,
    )
    token = KeyStore(make_engine(settings)).create("t", "jobs", "default")[1]
    h = {"Authorization": f"Bearer {token}"}
    lines = [
        json.dumps({"id": "ok", "text": "Fin service, tak."}),
        "{not json",
        json.dumps({"id": "bad", "text": "før \ud800 efter"}),
        json.dumps({"id": "long", "text": "lang " * 100}),
        json.dumps({"id": "empty", "text": ""}),
    ]
    quote = b'id,text\n1,ok\n2,"broken\n3,three\n4,four\n'
    with TestClient(create_app(settings), raise_server_exceptions=False) as c:
        up = c.post("/v1/jobs", headers=h, files={"file": ("x.jsonl", "\n".join(lines).encode())})
        csv_up = c.post("/v1/jobs", headers=h, files={"file": ("q.csv", quote)})
        body = {"documents": [{"id": "j", "text": "ord " * 100}, {"id": "k", "text": "Godt."}]}
        js = c.post("/v1/jobs", json=body, headers=h)
        assert {up.status_code, csv_up.status_code, js.status_code} == {202}
        worker = Worker.from_settings(settings, name="w1")
        while worker.run(once=True):
            pass
        out = {}
        for name, res in (("jsonl", up), ("csv", csv_up), ("json", js)):
            got = c.get(f"{res.headers['Location']}/results", headers=h)
            out[name] = [json.loads(x) for x in got.text.splitlines()]
        summary = c.get(csv_up.headers["Location"], headers=h).json()["summary"]
    codes = {k: [(r["error"] or {}).get("code") for r in v] for k, v in out.items()}
    assert codes == {
        "jsonl": [None, "invalid_json", "undecodable", "text_too_long", "empty_text"],
        "csv": [None, "malformed_row"],
        "json": ["text_too_long", None],
    }
    assert all(r["text"] == "" for v in out.values() for r in v if r["error"])
    assert summary["rows_read"] == 4 and summary["records"] == 2
