"""Topic models over HTTP: unknown ids and bad requests."""

from __future__ import annotations

from .conftest import Service
from .test_errors import assert_problem


def test_topic_models_unknown_ids_are_404(service: Service) -> None:
    c, h = service.client, service.auth("topics")
    assert_problem(c.get("/v1/topic-models/nope", headers=h), 404)
    assert_problem(c.get("/v1/topic-models/nope/topics", headers=h), 404)
    res = c.post("/v1/topic-models/nope/assign", json={"documents": [{"text": "x"}]}, headers=h)
    assert_problem(res, 404)


def test_topic_models_need_documents_or_a_job(service: Service) -> None:
    c, h = service.client, service.auth("topics")
    assert_problem(c.post("/v1/topic-models", json={}, headers=h), 422)
