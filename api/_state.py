"""What the app holds between requests (models and the database open once, at start-up).

Routes do not read it directly: they name the parts they need as typed dependencies
(:mod:`api.deps`), which answer 503 while a part has not started."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from textinsight.analyzer import Analyzer
from textinsight.settings import Settings

if TYPE_CHECKING:
    from sqlalchemy.engine import Engine

    from textinsight.service.alerts import AlertStore
    from textinsight.service.analyzers import AnalyzerSet
    from textinsight.service.jobs import JobStore
    from textinsight.service.keys import KeyStore
    from textinsight.service.streams import StreamStore
    from textinsight.service.taxonomies import TaxonomyStore
    from textinsight.service.topics import TopicModelStore
    from textinsight.service.webhooks import Deliverer

    from .batching import BatcherSet
    from .credentials import KeyCache, RateLimiter, Sessions
    from .metrics import Metrics


@dataclass
class AppState:
    """Settings, the loaded analyzers, the stores, and the per-process helpers."""

    settings: Settings
    analyzer: Analyzer | None = None
    analyzers: AnalyzerSet | None = None
    engine: Engine | None = None
    jobs: JobStore | None = None
    keys: KeyStore | None = None
    taxonomies: TaxonomyStore | None = None
    topic_models: TopicModelStore | None = None
    batchers: BatcherSet | None = None
    key_cache: KeyCache | None = None
    limiter: RateLimiter | None = None
    sessions: Sessions | None = None  # /dashboard logins (signed cookies)
    metrics: Metrics | None = None
    topic_assigners: dict[str, Any] = field(default_factory=dict)
    streams: StreamStore | None = None
    alerts: AlertStore | None = None
    deliverer: Deliverer | None = None  # alert webhooks
