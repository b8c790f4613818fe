"""Fixtures of the service tests: a job store on SQLite (and on PostgreSQL when
TEXTINSIGHT_TEST_POSTGRES_URL is set), with a clock the test moves instead of sleeping.

(A conftest of its own because these fixtures serve only tests/service, as tests/api has one.)
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import delete

from textinsight.service.db import job_records, job_state, jobs, make_engine
from textinsight.service.jobs import JobStore
from textinsight.settings import Settings

PG = os.environ.get("TEXTINSIGHT_TEST_POSTGRES_URL")
DATABASES = [
    "sqlite",
    pytest.param(
        "postgres",
        marks=pytest.mark.skipif(
            not PG, reason="TEXTINSIGHT_TEST_POSTGRES_URL is not set (CI sets it)"
        ),
    ),
]


class Clock:
    """The store's time: starts at a fixed point, moves only when the test says so."""

    def __init__(self, now: float = 1_800_000_000.0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        """Let ``seconds`` pass (a lease runs out, a retry comes due)."""
        self.now += seconds


@pytest.fixture()
def clock() -> Clock:
    """A clock for the store."""
    return Clock()


@pytest.fixture(params=DATABASES)
def service_settings(request: pytest.FixtureRequest, tmp_path: Path) -> Settings:
    """Settings on an empty service database (SQLite in tmp_path, or the test PostgreSQL)."""
    url = PG if request.param == "postgres" else None
    settings = Settings(
        data_dir=tmp_path / "service",
        database_url=url,
        progress=False,
        stages=["validate"],
        min_free_disk_bytes=0,
    )
    if url:  # one shared database: start from no jobs (claims take any tenant's job)
        with make_engine(settings).begin() as conn:
            for table in (jobs, job_records, job_state):
                conn.execute(delete(table))
    return settings


@pytest.fixture()
def store(service_settings: Settings, clock: Clock) -> Iterator[JobStore]:
    """A job store on the test database, on ``clock``."""
    engine = make_engine(service_settings)
    yield JobStore(engine, service_settings.data_dir, clock=clock)
    engine.dispose()
