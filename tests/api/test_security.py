"""API keys, scopes, tenants, rate limits, CORS."""

from __future__ import annotations

from .conftest import Service, ServiceFactory
from .test_errors import assert_problem

DOC = {"documents": [{"id": "a", "text": "Fin service."}]}


def test_security_every_v1_route_needs_a_key(service: Service) -> None:
    c = service.client
    for method, path in [
        ("post", "/v1/analyze"),
        ("get", "/v1/jobs"),
        ("get", "/v1/jobs/x"),
        ("get", "/v1/jobs/x/results"),
        ("delete", "/v1/jobs/x"),
        ("post", "/v1/topic-models"),
        ("get", "/v1/topic-models/x"),
        ("get", "/v1/taxonomies"),
        ("put", "/v1/taxonomies/x"),
    ]:
        assert_problem(c.request(method, path), 401)
        bad = {"Authorization": "Bearer ti_000000000000_" + "x" * 43}
        assert_problem(c.request(method, path, headers=bad), 401)


def test_security_scopes(service: Service) -> None:
    c = service.client
    jobs_only = service.auth("jobs")
    assert_problem(c.post("/v1/analyze", json=DOC, headers=jobs_only), 403)
    assert c.post("/v1/analyze", json=DOC, headers=service.auth("analyze")).status_code == 200
    assert c.post("/v1/analyze", json=DOC, headers=service.auth("admin")).status_code == 200
    assert_problem(c.get("/v1/jobs", headers=service.auth("analyze")), 403)


def test_security_revoked_key_is_refused(make_service: ServiceFactory) -> None:
    s = make_service(key_cache_seconds=0)
    key, token = s.keys.create("gone", "analyze")
    h = {"Authorization": f"Bearer {token}"}
    assert s.client.post("/v1/analyze", json=DOC, headers=h).status_code == 200
    assert s.keys.revoke(key.id)
    assert_problem(s.client.post("/v1/analyze", json=DOC, headers=h), 401)


def test_security_key_is_stored_hashed(service: Service) -> None:
    key, token = service.keys.create("k", "analyze")
    from sqlalchemy import select

    from textinsight.service.db import api_keys

    with service.keys.engine.connect() as conn:
        row = conn.execute(select(api_keys).where(api_keys.c.id == key.id)).mappings().one()
    secret = token.split("_", 2)[2]  # "ti_<id>_<secret>"; the secret may hold "_" itself
    assert len(secret) >= 40 and token not in str(dict(row)) and secret not in str(dict(row))
    assert service.keys.verify(token) == key
    assert service.keys.verify(token[:-1] + ("A" if token[-1] != "A" else "B")) is None


def test_security_tenants_see_only_their_jobs(service: Service) -> None:
    c = service.client
    mine, theirs = service.auth("jobs", "acme"), service.auth("jobs", "globex")
    job = c.post("/v1/jobs", json=DOC, headers=mine).json()
    assert c.get(f"/v1/jobs/{job['id']}", headers=mine).status_code == 200
    assert_problem(c.get(f"/v1/jobs/{job['id']}", headers=theirs), 404)
    assert_problem(c.delete(f"/v1/jobs/{job['id']}", headers=theirs), 404)
    assert c.get("/v1/jobs", headers=theirs).json() == {"jobs": []}
    assert [j["id"] for j in c.get("/v1/jobs", headers=mine).json()["jobs"]] == [job["id"]]


def test_security_rate_limit_answers_429_with_retry_after(make_service: ServiceFactory) -> None:
    s = make_service(rate_limit_per_second=0.5, rate_limit_burst=3)
    h, other = s.auth("analyze"), s.auth("analyze")
    codes = [s.client.post("/v1/analyze", json=DOC, headers=h).status_code for _ in range(5)]
    assert codes[:3] == [200, 200, 200] and codes[3:] == [429, 429]
    res = s.client.post("/v1/analyze", json=DOC, headers=h)
    assert_problem(res, 429)
    assert 1 <= int(res.headers["retry-after"]) <= 2
    assert s.client.post("/v1/analyze", json=DOC, headers=other).status_code == 200  # per key


def test_security_cors_off_unless_configured(make_service: ServiceFactory) -> None:
    pre = {"Origin": "https://survey.example", "Access-Control-Request-Method": "POST"}
    off = make_service()
    res = off.client.options("/v1/analyze", headers=pre)
    assert "access-control-allow-origin" not in res.headers
    on = make_service(cors_origins=["https://survey.example"])
    res = on.client.options("/v1/analyze", headers=pre)
    assert res.headers["access-control-allow-origin"] == "https://survey.example"


def test_security_read_scope_looks_but_changes_nothing(service: Service) -> None:
    c = service.client
    job = c.post("/v1/jobs", json=DOC, headers=service.auth("jobs")).json()
    ro = service.auth("read")
    assert c.get("/v1/jobs", headers=ro).json()["jobs"][0]["id"] == job["id"]
    assert c.get(f"/v1/jobs/{job['id']}", headers=ro).status_code == 200
    assert_problem(c.get(f"/v1/jobs/{job['id']}/results", headers=ro), 409)  # not run yet
    assert c.get("/v1/taxonomies", headers=ro).status_code == 200
    assert_problem(c.post("/v1/jobs", json=DOC, headers=ro), 403)
    assert_problem(c.delete(f"/v1/jobs/{job['id']}", headers=ro), 403)
    assert_problem(c.post("/v1/analyze", json=DOC, headers=ro), 403)
    assert_problem(c.post("/v1/topic-models", json=DOC, headers=ro), 403)
    assert_problem(c.put("/v1/taxonomies/x", json={}, headers=ro), 403)
    other = service.auth("read", "globex")  # a tenant's read key sees only its tenant
    assert_problem(c.get(f"/v1/jobs/{job['id']}", headers=other), 404)
