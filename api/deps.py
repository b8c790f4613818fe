"""Typed dependencies: what a route needs from the app state, ready, or a 503 problem.

A route names what it uses in its signature (``jobs: JobsDep``) instead of fetching the app
state and asserting that a component is there. A component that has not started (the
lifespan has not run, or the models are still loading) raises
:class:`~textinsight.service.errors.NotReady`, which ``api/errors.py`` answers as
``503 application/problem+json`` with ``Retry-After``. The dependencies are ``async`` so
that FastAPI calls them on the event loop, not in a thread, and each may also be called
directly with an :class:`AppState` (the route helpers do).

A new component: a field in :class:`AppState`, its start in ``api/main.py``'s lifespan, and a
function plus an ``Annotated`` alias here.
"""

from __future__ import annotations

from typing import Annotated, TypeVar

from fastapi import Depends, Request

from textinsight.analyzer import Analyzer
from textinsight.service.alerts import AlertStore
from textinsight.service.analyzers import AnalyzerSet
from textinsight.service.errors import NotReady
from textinsight.service.jobs import JobStore
from textinsight.service.streams import StreamStore
from textinsight.service.taxonomies import TaxonomyStore
from textinsight.service.topics import TopicModelStore
from textinsight.settings import Settings

from ._state import AppState
from .batching import BatcherSet
from .credentials import KeyCache, RateLimiter, Sessions
from .metrics import Metrics

T = TypeVar("T")


def ready(value: T | None, what: str) -> T:
    """``value``, or NotReady (503) naming the component that has not started."""
    if value is None:
        raise NotReady(f"the service is starting: {what} not ready yet")
    return value


async def app_state(request: Request) -> AppState:
    """The app state of the current request."""
    found = getattr(request.app.state, "textinsight", None)
    if not isinstance(found, AppState):
        raise NotReady("the service is starting: its state is not set up yet")
    return found


StateDep = Annotated[AppState, Depends(app_state)]


async def settings(st: StateDep) -> Settings:
    """The service's settings."""
    return st.settings


async def analyzers(st: StateDep) -> AnalyzerSet:
    """The loaded analyzers (the base one and one per redaction policy)."""
    return ready(st.analyzers, "the models are")


async def analyzer(st: StateDep) -> Analyzer:
    """The base analyzer (its pipeline: the loaded stages and models)."""
    return ready(st.analyzers, "the models are").base


async def batchers(st: StateDep) -> BatcherSet:
    """The micro-batchers in front of the analyzers."""
    return ready(st.batchers, "the analyzer queue is")


async def job_store(st: StateDep) -> JobStore:
    """The jobs of every tenant (database and spool)."""
    return ready(st.jobs, "the job store is")


async def topic_model_store(st: StateDep) -> TopicModelStore:
    """The tenants' topic models."""
    return ready(st.topic_models, "the topic-model store is")


async def taxonomy_store(st: StateDep) -> TaxonomyStore:
    """The tenants' custom taxonomies."""
    return ready(st.taxonomies, "the taxonomy store is")


async def stream_store(st: StateDep) -> StreamStore:
    """The tenants' streams (records kept over time)."""
    return ready(st.streams, "the stream store is")


async def alert_store(st: StateDep) -> AlertStore:
    """The streams' alert rules and fired alerts."""
    return ready(st.alerts, "the alert store is")


async def key_cache(st: StateDep) -> KeyCache:
    """API-key verification (cached briefly)."""
    return ready(st.key_cache, "key verification is")


async def rate_limiter(st: StateDep) -> RateLimiter:
    """The per-key token buckets."""
    return ready(st.limiter, "the rate limiter is")


async def sessions(st: StateDep) -> Sessions:
    """The dashboard's signed session cookies."""
    return ready(st.sessions, "dashboard sessions are")


async def metrics(st: StateDep) -> Metrics:
    """The Prometheus metrics of this process."""
    return ready(st.metrics, "the metrics are")


SettingsDep = Annotated[Settings, Depends(settings)]
AnalyzersDep = Annotated[AnalyzerSet, Depends(analyzers)]
AnalyzerDep = Annotated[Analyzer, Depends(analyzer)]
BatchersDep = Annotated[BatcherSet, Depends(batchers)]
JobsDep = Annotated[JobStore, Depends(job_store)]
TopicModelsDep = Annotated[TopicModelStore, Depends(topic_model_store)]
TaxonomiesDep = Annotated[TaxonomyStore, Depends(taxonomy_store)]
StreamsDep = Annotated[StreamStore, Depends(stream_store)]
AlertsDep = Annotated[AlertStore, Depends(alert_store)]
KeyCacheDep = Annotated[KeyCache, Depends(key_cache)]
RateLimiterDep = Annotated[RateLimiter, Depends(rate_limiter)]
SessionsDep = Annotated[Sessions, Depends(sessions)]
MetricsDep = Annotated[Metrics, Depends(metrics)]
