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
    settings = Settings(progress=False, data_dir=tmp_path / "service", stages=["validate"],
                        api_batch_wait_ms=50, rate_limit_per_second=0)  # fmt: skip
    utf8, counting = Utf8Stage(), CountingStage()
    analyzer = Analyzer(Pipeline([Validate(100_000), utf8, counting], batch_size=10_000))
    with TestClient(create_app(settings, analyzer=analyzer),
                    raise_server_exceptions=False) as client:  # fmt: skip
        yield client, Service(client, settings, counting), utf8


def _post_raw(client: TestClient, body: str, headers: dict[str, str]) -> httpx.Response:
    return client.post("/v1/analyze", content=body,
                       headers={**headers, "content-type": "application/json"})  # fmt: skip


def test_hostile_lone_surrogate_is_the_documents_own_error(strict) -> None:  # type: ignore[no-untyped-def]
    client, service, _ = strict
    body = json.dumps({"documents": [{"id": "p", "text": "før \ud800 efter"},
                                     {"id": "ok", "text": "Fin service."}]})  # fmt: skip
    res = _post_raw(client, body, service.auth())
    assert res.status_code == 200, res.text
    docs = res.json()["documents"]
    assert docs[0]["error"]["code"] == "undecodable" and docs[1]["error"] is None
    assert not LONE.search(res.content)  # no surrogate, raw or escaped, in the answer
    assert docs[0]["text"] == "før \ufffd efter"


def _attack(client: TestClient, service: Service, poison: str, n: int) -> tuple[
        httpx.Response, list[httpx.Response]]:  # fmt: skip
    attacker, victim = service.auth("analyze", "attacker"), service.auth("analyze", "victim")
    bad = json.dumps({"documents": [{"id": "p", "text": poison}]})
    app = client.app

    async def go() -> list[httpx.Response]:
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://t") as c:
            return await asyncio.gather(
                c.post("/v1/analyze", content=bad,
                       headers={**attacker, "content-type": "application/json"}),
                *[c.post("/v1/analyze", headers=victim,
                         json={"documents": [{"id": f"v{i}", "text": f"Tak {i}."}]})
                  for i in range(n)],
            )  # fmt: skip

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
    lines = [json.dumps({"id": f"r{i}", "text": "før \ud800" if i == 1 else f"tekst {i}"})
             for i in range(3)]  # fmt: skip
    job = c.post("/v1/jobs", headers=h,
                 files={"file": ("x.jsonl", "\n".join(lines).encode())}).json()  # fmt: skip
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
