"""Every error answers application/problem+json in one shape."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from api.errors import STATUS, status_of
from api.main import create_app
from textinsight import errors
from textinsight.analyzer import Analyzer
from textinsight.pipeline import Pipeline
from textinsight.settings import Settings


def make_client() -> TestClient:
    app = create_app(Settings(progress=False), analyzer=Analyzer(Pipeline([])))

    @app.get("/boom/{kind}")
    async def boom(kind: str) -> None:
        raise {"invalid": errors.InvalidInput("bad column"),
               "model": errors.ModelError("weights missing"),
               "crash": RuntimeError("secret internals")}[kind]  # fmt: skip

    return TestClient(app, raise_server_exceptions=False)


@pytest.mark.parametrize(
    ("path", "status"),
    [("/boom/invalid", 422), ("/boom/model", 503), ("/boom/crash", 500), ("/nope", 404)],
)
def test_errors_problem_json_shape(path: str, status: int) -> None:
    with make_client() as client:
        res = client.get(path)
    assert res.status_code == status
    assert res.headers["content-type"].startswith("application/problem+json")
    body = res.json()
    assert set(body) == {"type", "title", "status", "detail"}
    assert body["status"] == status
    assert "secret" not in body["detail"]


def test_errors_every_library_error_has_a_status() -> None:
    for name in dir(errors):
        cls = getattr(errors, name)
        if isinstance(cls, type) and issubclass(cls, errors.TextInsightError):
            assert 400 <= status_of(cls("x")) < 600
    assert STATUS[errors.UnsupportedFormat] == 415


def test_health_and_ready() -> None:
    with make_client() as client:
        assert client.get("/healthz").json() == {"status": "ok"}
        assert client.get("/readyz").json()["status"] == "ready"
