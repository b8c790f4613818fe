"""Taxonomies: the shipped ones, and custom ones per tenant."""

from __future__ import annotations

import threading

import numpy as np
import pytest

from textinsight.analyzer import Analyzer
from textinsight.pipeline import REGISTRY, Pipeline
from textinsight.service.analyzers import AnalyzerSet
from textinsight.service.worker import Worker
from textinsight.stages.validate import Validate
from textinsight.types import Document

from .conftest import Service, ServiceFactory
from .test_errors import assert_problem

BANKING = {
    "labels": [
        {"id": "fees", "description": {"en": "Charges and fees"}, "examples": ["Too high fee"]},
        {"id": "app", "description": "The mobile bank app", "examples": ["The app logs me out"]},
    ]
}


def test_taxonomies_list_and_get_defaults(service: Service) -> None:
    c, h = service.client, service.auth("analyze")
    names = {t["name"]: t for t in c.get("/v1/taxonomies", headers=h).json()["taxonomies"]}
    assert set(names) == {"pillars", "touchpoints"}
    assert names["pillars"]["source"] == "default" and len(names["pillars"]["labels"]) >= 2
    got = c.get("/v1/taxonomies/touchpoints", headers=h).json()
    assert got["source"] == "default"
    assert [label["id"] for label in got["taxonomy"]["labels"]] == names["touchpoints"]["labels"]
    assert_problem(c.get("/v1/taxonomies/nope", headers=h), 404)


def test_taxonomies_put_custom_per_tenant(service: Service) -> None:
    c = service.client
    admin, reader = service.auth("admin", "acme"), service.auth("analyze", "acme")
    other = service.auth("admin", "globex")
    assert_problem(c.put("/v1/taxonomies/banking", json=BANKING, headers=reader), 403)
    res = c.put("/v1/taxonomies/banking", json=BANKING, headers=admin)
    assert res.status_code == 201 and res.json()["taxonomy"]["name"] == "banking"
    changed = {"labels": [*BANKING["labels"], {"id": "cards", "description": "Cards"}]}
    assert c.put("/v1/taxonomies/banking", json=changed, headers=admin).status_code == 200
    got = c.get("/v1/taxonomies/banking", headers=reader).json()
    assert got["source"] == "custom"
    assert [x["id"] for x in got["taxonomy"]["labels"]] == ["fees", "app", "cards"]
    assert_problem(c.get("/v1/taxonomies/banking", headers=other), 404)
    names = [t["name"] for t in c.get("/v1/taxonomies", headers=other).json()["taxonomies"]]
    assert "banking" not in names


def test_taxonomies_invalid_bodies(service: Service) -> None:
    c, h = service.client, service.auth("admin")
    one_label = {"labels": [BANKING["labels"][0]]}
    assert_problem(c.put("/v1/taxonomies/x", json=one_label, headers=h), 422)
    dupes = {"labels": [BANKING["labels"][0], BANKING["labels"][0]]}
    assert (
        "duplicate"
        in assert_problem(c.put("/v1/taxonomies/x", json=dupes, headers=h), 422)["detail"]
    )
    assert_problem(c.put("/v1/taxonomies/Bad Name", json=BANKING, headers=h), 422)
    assert_problem(c.put("/v1/taxonomies/x", json=[1, 2], headers=h), 422)


def test_taxonomies_over_large_refused_naming_the_limit(make_service: ServiceFactory) -> None:
    service = make_service(taxonomy_max_labels=5, taxonomy_max_examples=10)
    c, h = service.client, service.auth("admin")
    many = {"labels": [{"id": f"l{i}", "description": f"label {i}"} for i in range(6)]}
    body = assert_problem(c.put("/v1/taxonomies/pillars", json=many, headers=h), 413)
    assert "taxonomy_max_labels" in body["detail"] and "5" in body["detail"]
    wordy = {
        "labels": [{"id": f"l{i}", "description": "d", "examples": ["e"] * 4} for i in range(3)]
    }
    body = assert_problem(c.put("/v1/taxonomies/pillars", json=wordy, headers=h), 413)
    assert "taxonomy_max_examples" in body["detail"]
    assert c.get("/v1/taxonomies/pillars", headers=h).json()["source"] == "default"


def test_taxonomies_ten_thousand_labels_refused_by_default(service: Service) -> None:
    huge = {"labels": [{"id": f"l{i}", "description": f"label {i}"} for i in range(10_000)]}
    res = service.client.put("/v1/taxonomies/pillars", json=huge, headers=service.auth("admin"))
    assert "taxonomy_max_labels" in assert_problem(res, 413)["detail"]


class FakeEncoder:
    """Hash-seeded vectors; remembers which thread asked."""

    name, version = "fake", "0"

    def __init__(self) -> None:
        self.threads: list[str] = []

    def encode(self, texts: list[str]) -> np.ndarray:
        self.threads.append(threading.current_thread().name)
        return np.stack([np.random.default_rng(sum(map(ord, t))).normal(size=8) for t in texts])


class FakeEmbed:
    """An embed stage that only carries the encoder (what the taxonomy fit needs)."""

    name = "embed"
    requires: tuple[str, ...] = ("text",)
    assigns: tuple[str, ...] = ()

    def __init__(self, encoder: FakeEncoder) -> None:
        self.encoder = encoder

    def __call__(self, docs: list[Document]) -> list[Document]:
        return docs


def test_taxonomies_fit_runs_as_a_job_not_on_the_analyzer_thread(
    service: Service, monkeypatch: pytest.MonkeyPatch
) -> None:
    c = service.client
    admin, reader = service.auth("admin", "acme"), service.auth("analyze", "acme")
    st = c.app.state.textinsight
    res = c.put("/v1/taxonomies/pillars", json=BANKING, headers=admin)
    assert res.status_code == 202 and res.json()["status"] == "fitting", res.text
    assert res.headers["location"] == "/v1/taxonomies/pillars"
    assert [j.kind for j in st.jobs.recent("acme")] == ["taxonomy_fit"]
    heads = service.settings.data_dir / "taxonomies"
    assert st.taxonomies.overrides("acme", heads) == ()  # shipped labels until it is fitted
    ok = c.post(
        "/v1/analyze", json={"documents": [{"text": "Gebyret er for højt"}]}, headers=reader
    )
    assert ok.status_code == 200
    encoder = FakeEncoder()
    analyzer = Analyzer(Pipeline([Validate(100), FakeEmbed(encoder)]))
    Worker(service.settings, st.jobs, AnalyzerSet(service.settings, analyzer)).run(once=True)
    assert encoder.threads and not any(t.startswith("analyzer") for t in encoder.threads)
    got = c.get("/v1/taxonomies/pillars", headers=reader).json()
    assert got["status"] == "ready" and got["error"] is None
    ((name, path),) = st.taxonomies.overrides("acme", heads)
    assert name == "pillars" and (path / "manifest.json").exists()

    # an analyzer built for the tenant loads the fitted head; it never fits one
    import textinsight.taxonomy_model as tm

    monkeypatch.setattr(tm, "fit_head", lambda *a, **k: pytest.fail("fitted on load"))
    settings = service.settings.model_copy(update={"pillars_taxonomy": path})
    stage = REGISTRY["pillars"](settings, {})  # what the tenant's analyzer is built with
    assert stage.head.classes_ == ["fees", "app"]  # type: ignore[attr-defined]
    again = c.put("/v1/taxonomies/pillars", json=BANKING, headers=admin)  # same content
    assert again.status_code == 200 and again.json()["status"] == "ready"


def test_taxonomies_delete_is_tenant_scoped(service: Service) -> None:
    c = service.client
    acme, globex = service.auth("admin", "acme"), service.auth("admin", "globex")
    assert c.put("/v1/taxonomies/banking", json=BANKING, headers=acme).status_code == 201
    assert c.put("/v1/taxonomies/pillars", json=BANKING, headers=acme).status_code == 202
    assert_problem(c.delete("/v1/taxonomies/banking", headers=globex), 404)
    assert_problem(c.delete("/v1/taxonomies/banking", headers=service.auth("analyze", "acme")), 403)
    assert c.delete("/v1/taxonomies/banking", headers=acme).status_code == 204
    assert_problem(c.get("/v1/taxonomies/banking", headers=acme), 404)
    assert c.delete("/v1/taxonomies/pillars", headers=acme).status_code == 204
    assert c.get("/v1/taxonomies/pillars", headers=acme).json()["source"] == "default"
    assert_problem(c.delete("/v1/taxonomies/pillars", headers=acme), 404)  # shipped stays
