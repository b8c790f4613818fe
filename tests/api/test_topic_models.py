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


def test_topic_models_delete_is_tenant_scoped(service: Service) -> None:
    import pytest

    from textinsight.service.errors import NotFound

    c, st = service.client, service.client.app.state.textinsight
    acme, globex = service.auth("topics", "acme"), service.auth("topics", "globex")
    res = c.post("/v1/topic-models", json={"documents": [{"id": "1", "text": "x"}]}, headers=acme)
    assert res.status_code == 202, res.text
    model = res.json()
    st.topic_models.mark(model["id"], "ready", path=f"acme/{model['id']}")  # as a fit would
    files = st.topic_models.root / "acme" / model["id"]
    files.mkdir(parents=True)
    (files / "topics.json").write_text("[]")
    assert_problem(c.delete(f"/v1/topic-models/{model['id']}", headers=globex), 404)
    assert c.get(f"/v1/topic-models/{model['id']}", headers=acme).status_code == 200
    assert c.delete(f"/v1/topic-models/{model['id']}", headers=acme).status_code == 204
    assert_problem(c.get(f"/v1/topic-models/{model['id']}", headers=acme), 404)
    assert not files.exists()
    with pytest.raises(NotFound):  # the fit job went with it
        st.jobs.get("acme", model["job_id"])
    assert_problem(c.delete(f"/v1/topic-models/{model['id']}", headers=acme), 404)


def test_topic_models_without_bertopic_answer_501_not_a_failed_job(
    service: Service, monkeypatch
) -> None:
    """textinsight.topics.model imports BERTopic lazily: the check must look for the libraries
    themselves, or the API answers 202 and the job fails with an internal error."""
    import importlib.util

    real = importlib.util.find_spec
    monkeypatch.setattr(
        importlib.util, "find_spec", lambda n, *a: None if n == "bertopic" else real(n, *a)
    )
    c, h = service.client, service.auth("topics")
    res = c.post("/v1/topic-models", json={"documents": [{"id": "1", "text": "x"}]}, headers=h)
    assert_problem(res, 501)
    assert "bertopic" in res.json()["detail"]
