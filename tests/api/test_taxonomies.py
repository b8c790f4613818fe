"""Taxonomies: the shipped ones, and custom ones per tenant."""

from __future__ import annotations

from .conftest import Service
from .test_errors import assert_problem

BANKING = {"labels": [
    {"id": "fees", "description": {"en": "Charges and fees"}, "examples": ["Too high fee"]},
    {"id": "app", "description": "The mobile bank app", "examples": ["The app logs me out"]},
]}  # fmt: skip


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
    assert "duplicate" in assert_problem(c.put("/v1/taxonomies/x", json=dupes, headers=h),
                                         422)["detail"]  # fmt: skip
    assert_problem(c.put("/v1/taxonomies/Bad Name", json=BANKING, headers=h), 422)
    assert_problem(c.put("/v1/taxonomies/x", json=[1, 2], headers=h), 422)
