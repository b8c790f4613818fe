"""Typed dependencies (api/deps.py) and the router registry (api/routes/__init__.py).

A route names the parts of the app it uses; a part that has not started answers 503
problem+json with Retry-After, never a 500. No ``assert`` decides anything in api/.
"""

from __future__ import annotations

import ast
import pkgutil
import re
from importlib import import_module
from pathlib import Path

import pytest

import api
from api.routes import RESOURCES

from .conftest import Service
from .test_errors import assert_problem

COMPONENTS = ["analyzers", "batchers", "jobs", "topic_models", "taxonomies", "streams", "alerts",
              "key_cache", "limiter", "sessions", "metrics"]  # fmt: skip
BODY = {"documents": [{"text": "Ventetiden var for lang."}]}


def not_ready(res) -> None:  # noqa: ANN001 - an httpx response
    body = assert_problem(res, 503)
    assert body["type"] == "urn:textinsight:error:not_ready"
    assert res.headers["retry-after"] == "5"


@pytest.mark.parametrize(
    ("component", "method", "path"),
    [
        ("analyzers", "POST", "/v1/analyze"),  # the analyzer not loaded: 503, not 500
        ("batchers", "POST", "/v1/analyze"),
        ("analyzers", "POST", "/v1/jobs"),
        ("jobs", "GET", "/v1/jobs"),
        ("topic_models", "GET", "/v1/topic-models/m1"),
        ("taxonomies", "GET", "/v1/taxonomies"),
        ("streams", "GET", "/v1/streams"),
        ("alerts", "GET", "/v1/streams/s1/alerts"),
        ("key_cache", "GET", "/v1/jobs"),  # no key can be checked yet
        ("limiter", "GET", "/v1/jobs"),
        ("metrics", "GET", "/metrics"),
        ("sessions", "GET", "/dashboard"),
    ],
)
def test_deps_a_missing_part_is_503_problem(
    service: Service, component: str, method: str, path: str
) -> None:
    headers = service.auth("admin")
    setattr(service.client.app.state.textinsight, component, None)  # type: ignore[attr-defined]
    res = service.client.request(
        method, path, json=BODY if method == "POST" else None, headers=headers
    )
    not_ready(res)


def test_deps_no_route_answers_500_whatever_part_is_missing(service: Service) -> None:
    """Every route of the app, with each part missing in turn: 503 (or the route's own 4xx
    when it does not use that part), never an internal error."""
    headers = service.auth("admin")
    st = service.client.app.state.textinsight  # type: ignore[attr-defined]
    paths = service.client.get("/openapi.json").json()["paths"]
    routes = [
        (m.upper(), re.sub(r"\{[^}]+\}", "x1", p)) for p, ops in paths.items() for m in ops
    ] + [("GET", "/dashboard"), ("POST", "/dashboard/login")]
    assert len(routes) > 25 and ("POST", "/v1/analyze") in routes
    for component in COMPONENTS:
        kept = getattr(st, component)
        setattr(st, component, None)
        try:
            for method, path in routes:
                res = service.client.request(
                    method, path, headers=headers, json=BODY if method in ("POST", "PUT") else None
                )
                assert res.status_code != 500, (component, method, path, res.text)
                if res.status_code >= 500:  # not_ready; /readyz may say why otherwise
                    assert_problem(res, 503)
        finally:
            setattr(st, component, kept)


def test_deps_no_assert_in_api() -> None:
    """Control flow in the HTTP layer never rests on ``assert`` (python -O drops them)."""
    root = Path(api.__file__).parent
    found = [
        f"{p.relative_to(root.parent)}:{node.lineno}"
        for p in sorted(root.rglob("*.py"))
        for node in ast.walk(ast.parse(p.read_text()))
        if isinstance(node, ast.Assert)
    ]
    assert found == []


def test_registry_names_every_resource_module() -> None:
    """A module under api/routes with a ``router`` is in RESOURCES, unless it installs itself."""
    import api.routes as routes

    modules = [m.name for m in pkgutil.iter_modules(routes.__path__)]
    with_router = {
        name
        for name in modules
        if hasattr(mod := import_module(f"api.routes.{name}"), "router")
        and not hasattr(mod, "install")
    }
    assert with_router == set(RESOURCES)
    assert len(RESOURCES) == len(set(RESOURCES))
