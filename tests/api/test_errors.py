"""Every error answers application/problem+json in one shape."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from api.errors import STATUS, status_of
from api.main import create_app
from textinsight import errors
from textinsight.analyzer import Analyzer
from textinsight.pipeline import Pipeline
from textinsight.service import errors as service_errors
from textinsight.settings import Settings

from .conftest import Service


def make_client(tmp_path) -> TestClient:
    app = create_app(Settings(progress=False, data_dir=tmp_path), analyzer=Analyzer(Pipeline([])))

    @app.get("/boom/{kind}")
    async def boom(kind: str) -> None:
        raise {
            "invalid": errors.InvalidInput("bad column"),
            "model": errors.ModelError("weights missing"),
            "crash": RuntimeError("secret internals"),
        }[kind]

    return TestClient(app, raise_server_exceptions=False)


def assert_problem(res, status: int) -> dict:
    """The one error shape."""
    assert res.status_code == status
    assert res.headers["content-type"].startswith("application/problem+json")
    body = res.json()
    assert set(body) == {"type", "title", "status", "detail"}
    assert body["status"] == status
    assert isinstance(body["title"], str) and body["title"]
    assert isinstance(body["detail"], str)
    return body


@pytest.mark.parametrize(
    ("path", "status"),
    [("/boom/invalid", 422), ("/boom/model", 503), ("/boom/crash", 500), ("/nope", 404)],
)
def test_errors_problem_json_shape(tmp_path, path: str, status: int) -> None:
    with make_client(tmp_path) as client:
        res = client.get(path)
    body = assert_problem(res, status)
    assert "secret" not in body["detail"]


def test_errors_every_library_error_has_a_status() -> None:
    for module in (errors, service_errors):
        for name in dir(module):
            cls = getattr(module, name)
            if isinstance(cls, type) and issubclass(cls, errors.TextInsightError):
                assert 400 <= status_of(cls("x")) < 600, name
    assert STATUS[errors.UnsupportedFormat] == 415
    assert status_of(service_errors.RateLimited("x")) == 429


def test_errors_every_status_of_the_api_is_problem_json(service: Service) -> None:
    """401, 403, 404, 405, 409, 413, 415, 422: the same shape from every source."""
    c = service.client
    auth = service.auth("analyze,jobs")
    cases = [
        (c.post("/v1/analyze", json={"documents": [{"text": "x"}]}), 401),
        (c.get("/v1/taxonomies/pillars", headers=service.auth("jobs")), 200),
        (c.put("/v1/taxonomies/x", json={}, headers=auth), 403),
        (c.get("/v1/jobs/nope", headers=auth), 404),
        (c.put("/v1/analyze", headers=auth), 405),
        (c.post("/v1/analyze", json={"documents": []}, headers=auth), 422),
        (c.post("/v1/analyze", content=b"{not json", headers={**auth,
                "content-type": "application/json"}), 422),
        (c.post("/v1/jobs", content=b"x", headers={**auth, "content-type": "text/plain"}), 415),
        (c.post("/v1/analyze", json={"documents": [{"text": "x" * 10}] * 300}, headers=auth),
         413),
    ]  # fmt: skip
    for res, status in cases:
        if status == 200:
            assert res.status_code == 200
        else:
            assert_problem(res, status)


def test_errors_unauthorized_says_bearer(service: Service) -> None:
    res = service.client.get("/v1/jobs")
    assert_problem(res, 401)
    assert res.headers["www-authenticate"] == "Bearer"


def test_health_and_ready(service: Service) -> None:
    assert service.client.get("/healthz").json() == {"status": "ok"}
    ready = service.client.get("/readyz").json()
    assert ready["status"] == "ready" and ready["stages"] == ["validate", "fake"]
