"""The FastAPI application factory."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI

from textinsight.analyzer import Analyzer
from textinsight.settings import Settings

from . import errors
from ._state import AppState
from .routes import health


def create_app(settings: Settings | None = None, analyzer: Analyzer | None = None) -> FastAPI:
    """Build the app; models load once at start-up unless an analyzer is injected (tests)."""
    settings = settings or Settings()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        st: AppState = app.state.textinsight
        if st.analyzer is None:
            st.analyzer = Analyzer.from_settings(settings)
        yield

    app = FastAPI(title="textinsight", version="0.1.0", lifespan=lifespan)
    app.state.textinsight = AppState(settings, analyzer)
    errors.install(app)
    app.include_router(health.router)
    return app
