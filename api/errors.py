"""The one place that turns exceptions into ``application/problem+json`` answers."""

from __future__ import annotations

from http import HTTPStatus

from fastapi import FastAPI, HTTPException, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from pydantic import BaseModel, Field
from starlette.exceptions import HTTPException as StarletteHTTPException

from textinsight import errors
from textinsight.service import errors as service_errors

PROBLEM = "application/problem+json"

# library error -> HTTP status; the most specific class wins (checked in MRO order)
STATUS: dict[type[errors.TextInsightError], int] = {
    errors.UnsupportedFormat: 415,
    errors.InputTooLarge: 413,
    errors.InvalidInput: 422,
    errors.ResumeMismatch: 409,
    errors.ConfigError: 500,
    errors.ModelError: 503,
    errors.DiskFull: 507,
    service_errors.NotFound: 404,
    service_errors.Unauthorized: 401,
    service_errors.Forbidden: 403,
    service_errors.RateLimited: 429,
    service_errors.PayloadTooLarge: 413,
    service_errors.Conflict: 409,
    service_errors.Overloaded: 503,
    service_errors.NotAvailable: 501,
    service_errors.NotReady: 503,
    errors.TextInsightError: 500,
}


class Problem(BaseModel):
    """The one error body (RFC 9457)."""

    type: str = Field(description="A URI naming the kind of error, e.g. urn:textinsight:error:…")
    title: str = Field(description="The HTTP status phrase.")
    status: int = Field(description="The HTTP status code.")
    detail: str = Field(description="What went wrong, for a person; never echoes input text.")


# Every route documents this for the statuses it does not list itself.
PROBLEM_RESPONSES: dict[int | str, dict[str, object]] = {
    "default": {
        "description": "An error, as application/problem+json.",
        "content": {PROBLEM: {"schema": {"$ref": "#/components/schemas/Problem"}}},
    }
}


class BodyTooLarge(HTTPException):
    """Raised while the body is being read, when it passes the size limit."""

    def __init__(self, limit: int) -> None:
        super().__init__(413, f"the request body is larger than the limit of {limit} bytes")


def problem(
    status: int, detail: str, type_: str = "about:blank", headers: dict[str, str] | None = None
) -> JSONResponse:
    """One error body: RFC 9457 ``type``, ``title``, ``status``, ``detail``."""
    title = HTTPStatus(status).phrase if status in HTTPStatus._value2member_map_ else "Error"
    return JSONResponse(
        {"type": type_, "title": title, "status": status, "detail": detail},
        status_code=status,
        media_type=PROBLEM,
        headers=headers,
    )


def status_of(exc: errors.TextInsightError) -> int:
    """The HTTP status of a library error."""
    for cls in type(exc).__mro__:
        if cls in STATUS:
            return STATUS[cls]
    return 500


def headers_of(exc: errors.TextInsightError) -> dict[str, str] | None:
    """Headers an error's status calls for (Retry-After, WWW-Authenticate)."""
    retry = getattr(exc, "retry_after", None)
    if retry is not None:
        return {"Retry-After": str(int(retry))}
    if isinstance(exc, service_errors.Unauthorized):
        return {"WWW-Authenticate": "Bearer"}
    return None


def install(app: FastAPI) -> None:
    """Register the handler on ``app`` (for the library's errors, HTTP errors, invalid
    requests and anything else)."""

    async def handle(request: Request, exc: Exception) -> JSONResponse:
        if isinstance(exc, errors.TextInsightError):
            return problem(
                status_of(exc), str(exc), f"urn:textinsight:error:{exc.code}", headers_of(exc)
            )
        if isinstance(exc, RequestValidationError):
            parts = [f"{'.'.join(map(str, e['loc']))}: {e['msg']}" for e in exc.errors()]
            return problem(422, "; ".join(parts)[:2000], "urn:textinsight:error:invalid_request")
        if isinstance(exc, StarletteHTTPException):
            return problem(
                exc.status_code, str(exc.detail), headers=dict(exc.headers) if exc.headers else None
            )
        full = errors.as_disk_full(exc)  # ENOSPC wherever it came from (the upload buffer too)
        if full is not None:
            return await handle(request, full)
        return problem(500, "internal error")  # never echo internals or input text

    for kind in (
        errors.TextInsightError,
        StarletteHTTPException,
        RequestValidationError,
        Exception,
    ):
        app.add_exception_handler(kind, handle)
