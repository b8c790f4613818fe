"""schemathesis against the app's own OpenAPI schema: no 5xx, no answer that breaks it."""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
import schemathesis
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, settings
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_headers_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from api.main import create_app
from textinsight.service.db import make_engine
from textinsight.service.keys import KeyStore
from textinsight.settings import Settings

from .conftest import fake_analyzer

_DIR = Path(tempfile.mkdtemp(prefix="textinsight-schema-"))
# the loop-lag gate off (as tests/api/conftest.py has it): a machine stalled by other processes
# would shed with 503 the requests whose answers are checked here
_SETTINGS = Settings(
    progress=False,
    data_dir=_DIR,
    stages=["validate"],
    rate_limit_per_second=0,
    api_max_documents=50,
    api_max_loop_lag_ms=0,
)
APP = create_app(_SETTINGS, analyzer=fake_analyzer()[0])
schema = schemathesis.openapi.from_asgi("/openapi.json", APP)


@pytest.fixture(scope="module")
def token() -> Iterator[str]:
    """Start the app once (its lifespan opens the database) and make an all-scopes key."""
    client = TestClient(APP)
    client.__enter__()
    yield KeyStore(make_engine(_SETTINGS)).create("schemathesis", "admin")[1]
    client.__exit__(None, None, None)
    shutil.rmtree(_DIR, ignore_errors=True)


@pytest.mark.slow  # every route, 25 generated cases each (~18 s CPU)
@schema.parametrize()
@settings(max_examples=25, deadline=None, derandomize=True, suppress_health_check=list(HealthCheck))
def test_schema_conformance(case: schemathesis.Case, token: str) -> None:
    case.call_and_validate(
        headers={"Authorization": f"Bearer {token}"},
        checks=[
            schemathesis.checks.not_a_server_error,
            status_code_conformance,
            content_type_conformance,
            response_schema_conformance,
            response_headers_conformance,
        ],
        excluded_checks=[],
    )
