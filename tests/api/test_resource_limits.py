"""Issue 16 (items 3, 4) over HTTP: zip-bomb uploads, one tenant's heavy requests, taxonomy
limits and deletes. (A file of its own so that the resource limits read together; the names
say which route each test covers.)"""

from __future__ import annotations

import threading
import tracemalloc
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from api.main import create_app
from textinsight.analyzer import Analyzer
from textinsight.pipeline import Pipeline
from textinsight.service.analyzers import AnalyzerSet
from textinsight.service.worker import Worker
from textinsight.settings import Settings
from textinsight.stages.validate import Validate
from textinsight.types import Document

from ..io.test_archive import MB, docx_bomb
from .conftest import Service, ServiceFactory, fake_analyzer
from .test_errors import assert_problem


@pytest.fixture(scope="module")
def bombs(zip_bombs: dict[str, Path], tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """An XLSX and a DOCX that expand to 300 MB (the session's), and a DOCX of 40 MB of XML."""
    return {**zip_bombs, "docx40": docx_bomb(tmp_path_factory.mktemp("bombs"), 40 * MB)}


@pytest.mark.parametrize("fmt", ["xlsx", "docx"])
def test_jobs_zip_bomb_upload_refused_413(
    service: Service, bombs: dict[str, Path], fmt: str
) -> None:
    c, h = service.client, service.auth("jobs")
    res = c.post("/v1/jobs", headers=h, files={"file": (f"survey.{fmt}", bombs[fmt].read_bytes())})
    body = assert_problem(res, 413)
    assert "input_max_compression_ratio" in body["detail"]
    assert body["type"] == "urn:textinsight:error:input_too_large"
    assert c.get("/v1/jobs", headers=h).json()["jobs"] == []  # nothing spooled or queued


def test_jobs_worker_parses_uploads_in_a_limited_child(
    make_service: ServiceFactory, bombs: dict[str, Path]
) -> None:
    # archive limits loose enough to let the 40 MB document through; the parse needs ~750 MB
    service = make_service(input_max_compression_ratio=1e6, parse_memory_mb=400)
    c, h = service.client, service.auth("jobs")
    job = c.post("/v1/jobs", headers=h, files={"file": ("talk.docx", bombs["docx40"].read_bytes())})
    assert job.status_code == 202, job.text
    st = c.app.state.textinsight
    analyzer, _ = fake_analyzer()
    tracemalloc.start()
    try:
        Worker(service.settings, st.jobs, AnalyzerSet(service.settings, analyzer)).run(once=True)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    got = c.get(f"/v1/jobs/{job.json()['id']}", headers=h).json()
    assert got["status"] == "failed" and "parse_memory_mb" in got["error"]
    assert peak < 20 * MB  # the worker's own memory never held the document


class _NoPii:
    """Stands in for the personal-data stage (never_store_raw needs one to exist)."""

    name = "pii"
    requires: tuple[str, ...] = ("text",)
    assigns: tuple[str, ...] = ("pii",)

    def __call__(self, docs: list[Document]) -> list[Document]:
        return docs


def test_jobs_never_store_raw_parses_uploads_in_a_limited_child(
    tmp_path: Path, bombs: dict[str, Path]
) -> None:
    settings = Settings(
        progress=False,
        data_dir=tmp_path,
        stages=["validate", "pii"],
        never_store_raw=True,
        input_max_compression_ratio=1e6,
        parse_memory_mb=400,
    )
    analyzer = Analyzer(Pipeline([Validate(100_000), _NoPii()]))
    with TestClient(create_app(settings, analyzer=analyzer), raise_server_exceptions=False) as c:
        from textinsight.service.keys import KeyStore

        token = KeyStore(c.app.state.textinsight.engine).create("t", "jobs")[1]
        h = {"Authorization": f"Bearer {token}"}
        tracemalloc.start()
        try:
            res = c.post(
                "/v1/jobs", headers=h, files={"file": ("talk.docx", bombs["docx40"].read_bytes())}
            )
            peak = tracemalloc.get_traced_memory()[1]
        finally:
            tracemalloc.stop()
        assert "parse_memory_mb" in assert_problem(res, 413)["detail"]
        ok = c.post("/v1/jobs", headers=h, files={"file": ("a.txt", b"Fin service")})
        assert ok.status_code == 202, ok.text
    assert peak < 30 * MB  # the upload is small; the 40 MB document was parsed elsewhere


class _Gate:
    """A stage that holds the analyzer thread until ``gate`` is set."""

    name = "gate"
    requires: tuple[str, ...] = ("text",)
    assigns: tuple[str, ...] = ()

    def __init__(self, gate: threading.Event) -> None:
        self.gate = gate

    def __call__(self, docs: list[Document]) -> list[Document]:
        assert self.gate.wait(10)
        return docs


def test_analyze_over_its_budget_answers_503_with_retry_after(tmp_path: Path) -> None:
    settings = Settings(
        progress=False, data_dir=tmp_path, stages=["validate"], api_request_budget_seconds=0.2
    )
    gate = threading.Event()
    analyzer = Analyzer(Pipeline([Validate(100_000), _Gate(gate)]))
    with TestClient(create_app(settings, analyzer=analyzer), raise_server_exceptions=False) as c:
        from textinsight.service.keys import KeyStore

        token = KeyStore(c.app.state.textinsight.engine).create("t", "analyze")[1]
        h = {"Authorization": f"Bearer {token}"}
        try:
            res = c.post("/v1/analyze", json={"documents": [{"text": "Hej"}]}, headers=h)
        finally:
            gate.set()
    body = assert_problem(res, 503)
    assert "api_request_budget_seconds" in body["detail"] and int(res.headers["retry-after"]) >= 1
    assert body["type"] == "urn:textinsight:error:budget_exceeded"
