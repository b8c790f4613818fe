"""Operations: liveness, readiness, Prometheus metrics."""

from __future__ import annotations

from fastapi import APIRouter, Request, Response
from starlette.concurrency import run_in_threadpool

from textinsight.service.db import ping
from textinsight.service.errors import Overloaded

from .._state import state
from ..errors import PROBLEM_RESPONSES

router = APIRouter(tags=["operations"], responses=PROBLEM_RESPONSES)


@router.get("/healthz")
async def healthz() -> dict[str, str]:
    """The process is up."""
    return {"status": "ok"}


@router.get("/readyz")
async def readyz(request: Request) -> dict[str, object]:
    """The models are loaded, the database answers and data_dir has ``min_free_disk_bytes``
    free (503 otherwise)."""
    st = state(request)
    if st.analyzers is None:
        raise Overloaded("models are still loading", retry_after=5)
    if st.engine is None or not await run_in_threadpool(ping, st.engine):
        raise Overloaded("the database is not reachable", retry_after=5)
    if st.jobs is not None and await run_in_threadpool(st.jobs.disk_low):
        raise Overloaded(f"less than {st.jobs.min_free_bytes} bytes free in data_dir "
                         "(the job spool and database)", retry_after=30)  # fmt: skip
    return {"status": "ready", "stages": st.analyzers.base.pipeline.names,
            "model_version": st.analyzers.model_version}  # fmt: skip


@router.get(
    "/metrics",
    response_class=Response,
    responses={200: {"content": {"text/plain": {}}, "description": "Prometheus."}},
)
async def metrics(request: Request) -> Response:
    """Requests, latency histograms, documents analysed, job queue depth, free disk space
    (Prometheus)."""
    st = state(request)
    assert st.metrics is not None
    body = await run_in_threadpool(st.metrics.render)
    return Response(body, media_type="text/plain; version=0.0.4; charset=utf-8")
