"""Prometheus metrics of one app (its own registry, so several apps never share counters)."""

from __future__ import annotations

from collections.abc import Callable, Iterator

from prometheus_client import CollectorRegistry, Counter, Histogram, generate_latest
from prometheus_client.core import GaugeMetricFamily, Metric
from prometheus_client.registry import Collector

LATENCY_BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.075, 0.1, 0.15, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0)


class _Gauges(Collector):
    """Values read at scrape time: jobs per status, documents waiting for the analyzer, free
    disk space in data_dir."""

    def __init__(
        self,
        jobs: Callable[[], dict[str, int]] | None,
        queued: Callable[[], int] | None,
        disk: Callable[[], tuple[int, int]] | None = None,
        wait: Callable[[], float] | None = None,
    ) -> None:
        self.jobs = jobs
        self.queued = queued
        self.disk = disk
        self.wait = wait

    def collect(self) -> Iterator[Metric]:
        if self.jobs is not None:
            g = GaugeMetricFamily(
                "textinsight_jobs",
                "Jobs by status (queued + running is the job queue depth).",
                labels=["status"],
            )
            try:
                for status, n in self.jobs().items():
                    g.add_metric([status], n)
            except Exception:  # noqa: BLE001 - a scrape must not fail on a database hiccup
                pass
            yield g
        if self.queued is not None:
            yield GaugeMetricFamily(
                "textinsight_analyze_queue_documents",
                "Documents waiting for the analyzer (micro-batching).",
                value=self.queued(),
            )
        if self.wait is not None:
            yield GaugeMetricFamily(
                "textinsight_analyze_queue_wait_seconds",
                "Estimated seconds until the analyzer has done the work "
                "queued now (load shedding compares a request's share of "
                "it with api_max_queue_wait_ms).",
                value=self.wait(),
            )
        if self.disk is not None:
            try:
                free, floor = self.disk()
            except OSError:  # data_dir gone: report nothing rather than fail the scrape
                return
            yield GaugeMetricFamily(
                "textinsight_disk_free_bytes",
                "Free bytes on the disk of data_dir (job spool, SQLite).",
                value=free,
            )
            yield GaugeMetricFamily(
                "textinsight_disk_low",
                "1 while data_dir has less than min_free_disk_bytes free "
                "(/readyz not ready, new jobs 507).",
                value=int(floor > 0 and free < floor),
            )


class Metrics:
    """Request counts and latencies, documents analysed, batch sizes, queue depths."""

    def __init__(self) -> None:
        self.registry = CollectorRegistry()
        self.requests = Counter(
            "textinsight_http_requests",
            "HTTP requests.",
            ["method", "route", "status"],
            registry=self.registry,
        )
        self.latency = Histogram(
            "textinsight_http_request_duration_seconds",
            "HTTP request latency.",
            ["method", "route"],
            buckets=LATENCY_BUCKETS,
            registry=self.registry,
        )
        self.documents = Counter(
            "textinsight_documents_analyzed",
            "Documents analysed by the HTTP service.",
            ["route"],
            registry=self.registry,
        )
        self.batch_size = Histogram(
            "textinsight_analyze_batch_documents",
            "Documents per shared analyzer batch.",
            buckets=(1, 2, 4, 8, 16, 32, 64, 128, 256, 512),
            registry=self.registry,
        )
        self.shed = Counter(
            "textinsight_analyze_shed_requests",
            "Requests refused at once with 503 because they would have waited "
            "past api_max_queue_wait_ms (load shedding).",
            registry=self.registry,
        )

    def watch(
        self,
        jobs: Callable[[], dict[str, int]] | None,
        queued: Callable[[], int] | None,
        disk: Callable[[], tuple[int, int]] | None = None,
        wait: Callable[[], float] | None = None,
    ) -> None:
        """Add the scrape-time gauges (``disk``: free bytes and the minimum wanted; ``wait``:
        the analyzer queue's estimated drain time)."""
        self.registry.register(_Gauges(jobs, queued, disk, wait))

    def observe(self, method: str, route: str, status: int, seconds: float) -> None:
        """Count one finished request."""
        self.requests.labels(method, route, str(status)).inc()
        self.latency.labels(method, route).observe(seconds)

    def render(self) -> bytes:
        """The Prometheus text format."""
        return generate_latest(self.registry)
