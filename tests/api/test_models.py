"""GET /v1/models: the service's models, for any key; 503 while the models load."""

from __future__ import annotations

import json

from textinsight.paths import models_dir

from .conftest import Service
from .test_errors import assert_problem


def test_models_answers_the_pipeline_and_its_models(service: Service) -> None:
    res = service.client.get("/v1/models", headers=service.auth("read"))
    assert res.status_code == 200
    body = res.json()
    # the test service runs validate + a fake stage: no model folder, no encoder
    assert body["stages"] == ["validate", "fake"]
    assert body["models"] == [] and body["encoder"] is None
    analyze = service.client.post(
        "/v1/analyze", json={"documents": [{"text": "hej"}]}, headers=service.auth("analyze")
    ).json()
    assert body["model_version"] == analyze["model_version"]


def test_models_lists_a_head_from_its_manifest(service: Service) -> None:
    from textinsight.stages.validate import Validate

    class Sentiment:  # named as the shipped head; the listing reads only its manifest
        name = "sentiment"
        requires: tuple[str, ...] = ("text",)
        assigns: tuple[str, ...] = ()

        def __call__(self, docs: list) -> list:
            return docs

    st = service.client.app.state.textinsight  # type: ignore[attr-defined]
    st.analyzers.base.pipeline.stages = [Validate(1000), Sentiment()]
    body = service.client.get("/v1/models", headers=service.auth("jobs")).json()
    want = json.loads((models_dir() / "sentiment" / "manifest.json").read_text())
    assert body["models"] == [
        {
            "role": "sentiment",
            "stage": "sentiment",
            "name": want["name"],
            "version": str(want["version"]),
            "sha256": want["sha256"],
            "source": "shipped",
        }
    ]


def test_models_needs_a_key(service: Service) -> None:
    assert_problem(service.client.get("/v1/models"), 401)


def test_models_while_the_models_load_is_503(service: Service) -> None:
    service.client.app.state.textinsight.analyzers = None  # type: ignore[attr-defined]
    res = service.client.get("/v1/models", headers=service.auth("read"))
    body = assert_problem(res, 503)
    assert body["type"] == "urn:textinsight:error:not_ready"
    assert res.headers["retry-after"] == "5"
