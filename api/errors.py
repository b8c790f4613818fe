"""The one place that turns exceptions into ``application/problem+json`` answers."""

from __future__ import annotations

from http import HTTPStatus

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from textinsight import errors

PROBLEM = "application/problem+json"

# library error -> HTTP status; the most specific class wins (checked in MRO order)
STATUS: dict[type[errors.TextInsightError], int] = {
    errors.UnsupportedFormat: 415,
    errors.InvalidInput: 422,
    errors.ResumeMismatch: 409,
    errors.ConfigError: 500,
    errors.ModelError: 503,
    errors.TextInsightError: 500,
}


def problem(status: int, detail: str, type_: str = "about:blank") -> JSONResponse:
    """One error body: RFC 9457 ``type``, ``title``, ``status``, ``detail``."""
    title = HTTPStatus(status).phrase if status in HTTPStatus._value2member_map_ else "Error"
    return JSONResponse(
        {"type": type_, "title": title, "status": status, "detail": detail},
        status_code=status,
        media_type=PROBLEM,
    )


def status_of(exc: errors.TextInsightError) -> int:
    """The HTTP status of a library error."""
    for cls in type(exc).__mro__:
        if cls in STATUS:
            return STATUS[cls]  # type: ignore[index]
    return 500


def install(app: FastAPI) -> None:
    """Register the handlers on ``app``."""

    async def library_error(_: Request, exc: Exception) -> JSONResponse:
        assert isinstance(exc, errors.TextInsightError)
        return problem(status_of(exc), str(exc), f"urn:textinsight:error:{exc.code}")

    async def http_error(_: Request, exc: Exception) -> JSONResponse:
        assert isinstance(exc, StarletteHTTPException)
        return problem(exc.status_code, str(exc.detail))

    async def validation_error(_: Request, exc: Exception) -> JSONResponse:
        assert isinstance(exc, RequestValidationError)
        parts = [f"{'.'.join(map(str, e['loc']))}: {e['msg']}" for e in exc.errors()]
        return problem(422, "; ".join(parts), "urn:textinsight:error:invalid_request")

    async def unexpected(_: Request, exc: Exception) -> JSONResponse:
        return problem(500, "internal error")  # never echo internals or input text

    app.add_exception_handler(errors.TextInsightError, library_error)
    app.add_exception_handler(StarletteHTTPException, http_error)
    app.add_exception_handler(RequestValidationError, validation_error)
    app.add_exception_handler(Exception, unexpected)
