"""/dashboard: login for a session cookie, what the cookie may do, and the served assets."""

from __future__ import annotations

import re
import time

from api.security import SESSION_COOKIE, Sessions
from tests.api.conftest import Service, ServiceFactory
from textinsight.insight.report import plotly_js, web_asset
from textinsight.service.keys import ApiKey


def _login(service: Service, token: str) -> str:
    """Log in through the form; the Set-Cookie header."""
    resp = service.client.post("/dashboard/login", data={"api_key": token}, follow_redirects=False)
    assert resp.status_code == 303 and resp.headers["location"] == "/dashboard"
    return resp.headers["set-cookie"]


def test_dashboard_without_session_shows_the_login_form(service: Service) -> None:
    resp = service.client.get("/dashboard")
    assert resp.status_code == 200
    assert re.search(r'<form method="post" action="/dashboard/login"', resp.text)
    assert 'type="password"' in resp.text and "plotly.min.js" not in resp.text
    assert "default-src 'self'" in resp.headers["content-security-policy"]
    assert resp.headers["x-frame-options"] == "DENY"


def test_dashboard_login_sets_a_strict_httponly_cookie_without_the_key(service: Service) -> None:
    token = service.key("read")
    cookie = _login(service, token)
    assert "HttpOnly" in cookie and "SameSite=strict" in cookie.replace("Strict", "strict")
    assert "Path=/" in cookie and "Max-Age=28800" in cookie
    value = service.client.cookies[SESSION_COOKIE]
    assert token not in value and token.split("_", 2)[2] not in cookie
    page = service.client.get("/dashboard")
    assert '<script src="/dashboard/static/plotly.min.js' in page.text
    assert '"mode":"dashboard"' in page.text and token not in page.text
    # the session reads /v1 for the key's tenant
    assert service.client.get("/v1/jobs").status_code == 200


def test_dashboard_login_refuses_a_wrong_key(service: Service) -> None:
    resp = service.client.post("/dashboard/login", data={"api_key": "ti_000000000000_" + "x" * 40})
    assert resp.status_code == 401 and "not valid" in resp.text
    assert SESSION_COOKIE not in resp.headers.get("set-cookie", "")
    assert service.client.post("/dashboard/login", data={}).status_code == 401


def test_dashboard_session_only_reads(service: Service) -> None:
    _login(service, service.key("jobs,analyze"))
    body = {"documents": [{"id": "1", "text": "hello"}]}
    resp = service.client.post("/v1/jobs", json=body)
    assert resp.status_code == 403 and "only read" in resp.json()["detail"]
    assert service.client.post("/v1/analyze", json=body).status_code == 403
    assert service.client.delete("/v1/jobs/abc").status_code == 403
    # a bearer key still works beside the cookie (it is not the cookie that authorizes)
    resp = service.client.post("/v1/analyze", json=body, headers=service.auth("analyze"))
    assert resp.status_code == 200


def test_dashboard_session_refused_from_another_site(service: Service) -> None:
    _login(service, service.key("read"))
    for headers in (
        {"Sec-Fetch-Site": "same-origin"},
        {"Sec-Fetch-Site": "none"},
        {"Origin": "http://testserver"},
    ):
        assert service.client.get("/v1/jobs", headers=headers).status_code == 200, headers
    for headers in (
        {"Sec-Fetch-Site": "cross-site"},
        {"Sec-Fetch-Site": "same-site"},
        {"Origin": "http://evil.example"},
        {"Origin": "null"},
        {"Sec-Fetch-Site": "cross-site", "Origin": "http://testserver"},
    ):
        resp = service.client.get("/v1/jobs", headers=headers)
        assert resp.status_code == 403, headers
    resp = service.client.post(
        "/dashboard/login",
        data={"api_key": service.key("read")},
        headers={"Origin": "http://evil.example"},
    )
    assert resp.status_code == 403


def test_dashboard_session_has_the_keys_tenant_and_scopes(service: Service) -> None:
    other = service.client.post(
        "/v1/jobs",
        json={"documents": [{"id": "1", "text": "hej"}]},
        headers=service.auth("jobs", tenant="other"),
    )
    assert other.status_code == 202
    mine = service.client.post(
        "/v1/jobs",
        json={"documents": [{"id": "1", "text": "hej"}]},
        headers=service.auth("jobs", tenant="acme"),
    )
    _login(service, service.key("read", tenant="acme"))
    jobs = service.client.get("/v1/jobs").json()["jobs"]
    assert [j["id"] for j in jobs] == [mine.json()["id"]]
    assert service.client.get(f"/v1/jobs/{other.json()['id']}").status_code == 404
    service.client.cookies.clear()
    _login(service, service.key("analyze"))  # a key without a reading scope for jobs
    assert service.client.get("/v1/jobs").status_code == 403


def test_dashboard_session_ends_with_the_key(make_service: ServiceFactory) -> None:
    service = make_service(key_cache_seconds=0)
    key, token = service.keys.create("dash", "read")
    _login(service, token)
    assert service.client.get("/v1/jobs").status_code == 200
    assert service.keys.revoke(key.id)
    assert service.client.get("/v1/jobs").status_code == 401
    page = service.client.get("/dashboard")
    assert "expired or its key was revoked" in page.text
    assert f'{SESSION_COOKIE}=""' in page.headers["set-cookie"]


def test_dashboard_session_forged_or_expired_is_refused(service: Service) -> None:
    _login(service, service.key("read"))
    value = service.client.cookies[SESSION_COOKIE]
    key_id, expires, nonce, sig = value.split(".")
    other = service.keys.create("admin", "admin")[0].id
    later = int(expires) + 999
    for forged in (
        f"{other}.{expires}.{nonce}.{sig}",
        f"{key_id}.{later}.{nonce}.{sig}",
        f"{key_id}.{expires}.{nonce}.{sig[:-2]}AA",
        "garbage",
    ):
        service.client.cookies.clear()
        service.client.cookies.set(SESSION_COOKIE, forged)
        assert service.client.get("/v1/jobs").status_code == 401, forged
    sessions = Sessions(b"s" * 32, 60.0, service.keys, 0.0)
    key = ApiKey("0123456789ab", "k", "default", ("read",), time.time())
    issued = sessions.issue(key, now=1000.0)
    assert sessions.key_id(issued, now=1059.0) == "0123456789ab"
    assert sessions.key_id(issued, now=1061.0) is None
    assert Sessions(b"t" * 32, 60.0, service.keys, 0.0).key_id(issued, now=1001.0) is None


def test_dashboard_logout_forgets_the_cookie(service: Service) -> None:
    _login(service, service.key("read"))
    resp = service.client.post("/dashboard/logout", follow_redirects=False)
    assert resp.status_code == 303
    assert f'{SESSION_COOKIE}=""' in resp.headers["set-cookie"]
    assert service.client.get("/v1/jobs").status_code == 401
    assert 'action="/dashboard/login"' in service.client.get("/dashboard").text


def test_dashboard_serves_its_own_assets(service: Service) -> None:
    resp = service.client.get("/dashboard/static/plotly.min.js")
    assert resp.status_code == 200 and resp.headers["content-type"].startswith("text/javascript")
    assert len(resp.content) == plotly_js().stat().st_size
    app_js = service.client.get("/dashboard/static/app.js")
    assert app_js.text == web_asset("app.js").read_text(encoding="utf-8")
    assert service.client.get("/dashboard/static/app.css").status_code == 200
    for name in ("index.html", "..%2F..%2Fsettings.py", "report.py"):
        assert service.client.get(f"/dashboard/static/{name}").status_code == 404, name
    _login(service, service.key("read"))
    page = service.client.get("/dashboard").text
    refs = re.findall(r'(?:src|href|action)="([^"]*)"', page)
    assert refs and all(r.startswith(("/dashboard", "data:")) for r in refs), refs


def test_dashboard_secret_is_shared_through_data_dir(make_service: ServiceFactory) -> None:
    first = make_service()
    _login(first, first.key("read"))
    second = make_service()  # the same data_dir: the same secret file
    second.client.cookies.set(SESSION_COOKIE, first.client.cookies[SESSION_COOKIE])
    assert second.client.get("/v1/jobs").status_code == 200
    secret = first.settings.data_dir / "dashboard.secret"
    assert secret.stat().st_mode & 0o077 == 0
