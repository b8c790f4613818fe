"""The FastAPI application factory."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

from fastapi import FastAPI
from fastapi.openapi.utils import get_openapi

from textinsight import __version__
from textinsight.analyzer import Analyzer
from textinsight.settings import Settings

from . import errors
from ._state import AppState
from .admission import AdmissionGate
from .metrics import Metrics
from .middleware import ServiceMiddleware
from .routes import dashboard, docs, routers

DESCRIPTION = """Customer-experience insight from Danish, Norwegian, Swedish and English
feedback. Every `/v1` route needs `Authorization: Bearer <api key>` (`textinsight keys create`);
every error answers `application/problem+json`."""


def create_app(
    settings: Settings | None = None, analyzer: Analyzer | None = None, engine: Any = None
) -> FastAPI:
    """Build the app. The models and the database open at start-up (the lifespan); tests may
    inject an analyzer and an engine."""
    settings = settings or Settings()
    metrics = Metrics()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        from textinsight.service.analyzers import AnalyzerSet
        from textinsight.service.db import make_engine
        from textinsight.service.jobs import JobStore
        from textinsight.service.keys import KeyStore
        from textinsight.service.taxonomies import TaxonomyStore
        from textinsight.service.topics import TopicModelStore

        from .batching import BatcherSet
        from .security import KeyCache, RateLimiter, Sessions, session_secret

        st: AppState = app.state.textinsight
        own_engine = st.engine is None
        if st.engine is None:
            st.engine = await asyncio.to_thread(make_engine, settings)
        st.jobs = JobStore(st.engine, settings.data_dir, settings.min_free_disk_bytes)
        st.keys = KeyStore(st.engine)
        st.taxonomies = TaxonomyStore(st.engine)
        st.topic_models = TopicModelStore(st.engine, settings.data_dir)
        from textinsight.service.alerts import AlertStore
        from textinsight.service.streams import StreamStore
        from textinsight.service.webhooks import Deliverer

        st.streams = StreamStore(st.engine, settings.stream_max_score_columns)
        st.alerts = AlertStore(st.engine, settings.alert_private_webhooks)
        deliverer = st.deliverer = Deliverer(settings, st.alerts)
        deliverer.start()  # alert webhooks: new ones at once, retries when due
        st.key_cache = KeyCache(st.keys, settings.key_cache_seconds)
        st.limiter = RateLimiter(settings.rate_limit_per_second, settings.rate_limit_burst)
        secret = settings.dashboard_secret.get_secret_value() if settings.dashboard_secret else None
        st.sessions = Sessions(
            session_secret(secret, settings.data_dir),
            settings.dashboard_session_seconds,
            st.keys,
            settings.key_cache_seconds,
        )
        if st.analyzers is None:
            if st.analyzer is not None:
                st.analyzers = AnalyzerSet(settings, st.analyzer)
            else:
                st.analyzers = await asyncio.to_thread(AnalyzerSet.from_settings, settings)
                st.analyzer = st.analyzers.base
        batchers = BatcherSet(
            st.analyzers,
            settings.api_batch_max_documents,
            settings.api_batch_wait_ms / 1000,
            settings.api_queue_max_documents,
            metrics.batch_size.observe,
            settings.api_batch_max_chars,
            settings.api_request_budget_seconds,
            settings.api_max_queue_wait_ms / 1000,
            metrics.shed.inc,
        )
        st.batchers = batchers
        if not getattr(app.state, "gauges_registered", False):
            jobs_ = st.jobs
            metrics.watch(
                jobs_.counts,
                lambda: st.batchers.queued if st.batchers else 0,
                lambda: (jobs_.free_bytes(), jobs_.min_free_bytes),
                lambda: st.batchers.load.drain() if st.batchers else 0.0,
            )
            app.state.gauges_registered = True
        try:
            yield
        finally:
            await asyncio.to_thread(deliverer.stop)
            await batchers.close()
            if own_engine:
                st.engine.dispose()
                st.engine = None

    app = FastAPI(
        title="textinsight",
        version=__version__,
        description=DESCRIPTION,
        lifespan=lifespan,
        docs_url=None,
        redoc_url=None,
    )
    app.state.textinsight = AppState(settings, analyzer, engine=engine, metrics=metrics)
    errors.install(app)
    for router in routers():  # the registry: api/routes/__init__.py
        app.include_router(router)
    docs.install(app)  # Swagger UI from the package, not a CDN
    dashboard.install(app)  # /dashboard: login, the insight app and its assets
    if settings.cors_origins:
        from fastapi.middleware.cors import CORSMiddleware

        app.add_middleware(
            CORSMiddleware,
            allow_origins=settings.cors_origins,
            allow_methods=["GET", "POST", "PUT", "DELETE"],
            allow_headers=["Authorization", "Content-Type", "X-Request-ID"],
            expose_headers=["Location", "Retry-After", "X-Request-ID"],
        )

    def gate_shed() -> None:
        metrics.shed.inc()
        st_ = app.state.textinsight
        if st_.batchers is not None:
            st_.batchers.load.note_shed()

    # inside ServiceMiddleware, so a refusal still gets its request id, metrics and log line
    app.add_middleware(
        AdmissionGate,
        max_inflight=settings.api_max_inflight_requests,
        max_lag=settings.api_max_loop_lag_ms / 1000,
        on_shed=gate_shed,
    )
    app.add_middleware(
        ServiceMiddleware,
        metrics=metrics,
        max_bytes=settings.api_max_request_bytes,
        max_upload_bytes=settings.api_max_upload_bytes,
    )

    def openapi() -> dict[str, Any]:
        if app.openapi_schema is None:
            from .schemas import JobUpload

            schema = get_openapi(
                title=app.title, version=app.version, description=app.description, routes=app.routes
            )
            comps = schema.setdefault("components", {}).setdefault("schemas", {})
            for model in (errors.Problem, JobUpload):
                comps[model.__name__] = model.model_json_schema(
                    ref_template="#/components/schemas/{model}"
                )
            app.openapi_schema = schema
        return app.openapi_schema

    app.openapi = openapi  # type: ignore[method-assign]
    return app
