"""Liveness and readiness."""

from __future__ import annotations

from fastapi import APIRouter, Request

router = APIRouter(tags=["operations"])


@router.get("/healthz")
async def healthz() -> dict[str, str]:
    """The process is up."""
    return {"status": "ok"}


@router.get("/readyz")
async def readyz(request: Request) -> dict[str, object]:
    """The models are loaded and the service can answer."""
    from .._state import state

    ready = state(request).analyzer is not None
    if not ready:
        from fastapi import HTTPException

        raise HTTPException(503, "models are still loading")
    return {"status": "ready", "stages": state(request).analyzer.pipeline.names}  # type: ignore[union-attr]
