"""Fixtures of the HTTP API tests: an app on a temporary SQLite database with a fast analyzer.

(A conftest of its own because these fixtures serve only tests/api; the shared one stays
about models.)
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from api.main import create_app
from textinsight.analyzer import Analyzer
from textinsight.pipeline import Pipeline
from textinsight.service.db import make_engine
from textinsight.service.keys import KeyStore
from textinsight.settings import Settings
from textinsight.stages.validate import Validate
from textinsight.types import Document, Language


class CountingStage:
    """Sets a fake language and records the size of every batch it sees."""

    name = "fake"
    requires: tuple[str, ...] = ("text",)
    assigns: tuple[str, ...] = ("language",)

    def __init__(self) -> None:
        self.calls: list[int] = []

    def __call__(self, docs: list[Document]) -> list[Document]:
        self.calls.append(len(docs))
        for d in docs:
            if d.ok:
                d.language = Language("xx", 1.0)
        return docs


def fake_analyzer() -> tuple[Analyzer, CountingStage]:
    """A fast analyzer and its counting stage."""
    stage = CountingStage()
    return Analyzer(Pipeline([Validate(100_000), stage], batch_size=10_000)), stage


class Service:
    """An app, its client, and helpers to make keys."""

    def __init__(self, client: TestClient, settings: Settings, stage: CountingStage) -> None:
        self.client = client
        self.settings = settings
        self.stage = stage
        self.keys = KeyStore(make_engine(settings))

    def key(self, scopes: str = "analyze,jobs,topics", tenant: str = "default") -> str:
        """A new token."""
        return self.keys.create("test", scopes, tenant)[1]

    def auth(self, scopes: str = "analyze,jobs,topics", tenant: str = "default") -> dict[str, str]:
        """An Authorization header with a new key."""
        return {"Authorization": f"Bearer {self.key(scopes, tenant)}"}


ServiceFactory = Callable[..., Service]


@pytest.fixture()
def make_service(tmp_path: Path) -> Iterator[ServiceFactory]:
    """Build a started service with setting overrides; closed after the test."""
    clients: list[TestClient] = []

    def make(**overrides: object) -> Service:
        # the loop-lag gate is off unless a test asks for it: a test machine stalled by other
        # processes would shed requests these tests expect answered (tests/api/test_admission.py)
        overrides = {"api_max_loop_lag_ms": 0, **overrides}
        settings = Settings(
            progress=False, data_dir=tmp_path / "service", stages=["validate"], **overrides
        )  # type: ignore[arg-type]
        analyzer, stage = fake_analyzer()
        client = TestClient(create_app(settings, analyzer=analyzer), raise_server_exceptions=False)
        client.__enter__()
        clients.append(client)
        return Service(client, settings, stage)

    yield make
    for c in clients:
        c.__exit__(None, None, None)


@pytest.fixture()
def service(make_service: ServiceFactory) -> Service:
    """A service with default limits."""
    return make_service()
