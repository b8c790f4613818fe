"""/docs works offline: Swagger UI and its assets come from this service, never a CDN."""

from __future__ import annotations

import re

from .conftest import Service


def test_docs_page_references_only_local_urls(service: Service) -> None:
    res = service.client.get("/docs")
    assert res.status_code == 200 and "text/html" in res.headers["content-type"]
    urls = re.findall(r"""(?:src|href|url)\s*[:=]\s*['"]([^'"]+)['"]""", res.text)
    assert any(u.endswith("swagger-ui-bundle.js") for u in urls)
    assert any(u.endswith("swagger-ui.css") for u in urls)
    assert all(u.startswith("/") and not u.startswith("//") for u in urls), urls
    assert "http://" not in res.text and "https://" not in res.text


def test_docs_assets_are_served(service: Service) -> None:
    page = service.client.get("/docs").text
    for url in re.findall(r"""['"](/docs/assets/[^'"]+)['"]""", page):
        res = service.client.get(url)
        assert res.status_code == 200 and len(res.content) > 500, url
    js = service.client.get("/docs/assets/swagger-ui-bundle.js")
    assert "SwaggerUIBundle" in js.text


def test_docs_cdn_pages_are_gone(service: Service) -> None:
    assert service.client.get("/redoc").status_code == 404
    assert service.client.get("/openapi.json").json()["info"]["title"] == "textinsight"
