"""Operations: liveness, readiness, Prometheus metrics."""

from __future__ import annotations

from fastapi import APIRouter, Response
from starlette.concurrency import run_in_threadpool

from textinsight.service.db import ping
from textinsight.service.errors import NotReady, Overloaded, Shed

from ..deps import MetricsDep, StateDep
from ..errors import PROBLEM_RESPONSES

router = APIRouter(tags=["operations"], responses=PROBLEM_RESPONSES)


@router.get("/healthz")
async def healthz() -> dict[str, str]:
    """The process is up."""
    return {"status": "ok"}


@router.get("/readyz")
async def readyz(st: StateDep) -> dict[str, object]:
    """The models are loaded, the database answers and data_dir has ``min_free_disk_bytes``
    free (503 otherwise). ``shedding`` is true while /v1/analyze refuses requests that would
    wait past ``api_max_queue_wait_ms`` (and until a second after the last one), with the
    estimated ``queue_wait_ms``; it stays 200 then unless ``api_readyz_fail_when_shedding``."""
    if st.analyzers is None:
        raise NotReady("the service is starting: the models are still loading")
    if st.engine is None or not await run_in_threadpool(ping, st.engine):
        raise Overloaded("the database is not reachable", retry_after=5)
    if st.jobs is not None and await run_in_threadpool(st.jobs.disk_low):
        raise Overloaded(
            f"less than {st.jobs.min_free_bytes} bytes free in data_dir "
            "(the job spool and database)",
            retry_after=30,
        )
    load = st.batchers.load if st.batchers is not None else None
    shedding = load is not None and load.shedding
    wait_ms = round(1000 * load.drain(), 1) if load is not None else 0.0
    if shedding and st.settings.api_readyz_fail_when_shedding:
        raise Shed(
            f"shedding load: the analyzer queue holds about {wait_ms:g} ms of work", retry_after=1
        )
    return {
        "status": "ready",
        "stages": st.analyzers.base.pipeline.names,
        "model_version": st.analyzers.model_version,
        "shedding": shedding,
        "queue_wait_ms": wait_ms,
    }


@router.get(
    "/metrics",
    response_class=Response,
    responses={200: {"content": {"text/plain": {}}, "description": "Prometheus."}},
)
async def metrics(metrics: MetricsDep) -> Response:
    """Requests, latency histograms, documents analysed, job queue depth, free disk space
    (Prometheus)."""
    body = await run_in_threadpool(metrics.render)
    return Response(body, media_type="text/plain; version=0.0.4; charset=utf-8")
