"""Errors of the service layer, in the library's one tree (``TextInsightError``).

::

    TextInsightError
    ├── NotFound (LookupError)            no such job / model / taxonomy for this tenant
    ├── Unauthorized (PermissionError)    no API key, or an unknown or revoked one
    ├── Forbidden (PermissionError)       the key lacks the scope the route needs
    ├── RateLimited (RuntimeError)        the key sent too many requests; ``retry_after``
    ├── PayloadTooLarge (ValueError)      a request over a size limit
    ├── Conflict (RuntimeError)           the resource is not in a state for this (job running)
    ├── Overloaded (RuntimeError)         the analyzer queue is full; ``retry_after``
    │   ├── BudgetExceeded                a request waited past its time budget
    │   └── Shed                          refused at once: it would wait past api_max_queue_wait_ms
    ├── NotAvailable (RuntimeError)       a feature whose component is not installed
    └── NotReady (RuntimeError)           a component of the service has not started (yet);
                                          ``retry_after``

``api/errors.py`` maps each to its HTTP status.
"""

from __future__ import annotations

from ..errors import TextInsightError


class NotFound(TextInsightError, LookupError):
    """The resource does not exist, or belongs to another tenant."""

    code = "not_found"


class Unauthorized(TextInsightError, PermissionError):
    """No valid API key."""

    code = "unauthorized"


class Forbidden(TextInsightError, PermissionError):
    """The API key lacks a scope."""

    code = "forbidden"


class RateLimited(TextInsightError, RuntimeError):
    """Too many requests for this key; retry after ``retry_after`` seconds."""

    code = "rate_limited"

    def __init__(self, message: str, retry_after: int = 1) -> None:
        super().__init__(message)
        self.retry_after = retry_after


class PayloadTooLarge(TextInsightError, ValueError):
    """A request over a size limit."""

    code = "payload_too_large"


class Conflict(TextInsightError, RuntimeError):
    """The resource is not in a state that allows this."""

    code = "conflict"


class Overloaded(TextInsightError, RuntimeError):
    """Too much work queued; retry after ``retry_after`` seconds."""

    code = "overloaded"

    def __init__(self, message: str, retry_after: int = 1) -> None:
        super().__init__(message)
        self.retry_after = retry_after


class BudgetExceeded(Overloaded):
    """A request was not answered within its time budget (``api_request_budget_seconds``)."""

    code = "budget_exceeded"


class Shed(Overloaded):
    """Refused at once: the analyzer queue would make the request wait longer than
    ``api_max_queue_wait_ms`` (load shedding)."""

    code = "shed"


class NotAvailable(TextInsightError, RuntimeError):
    """A feature whose component is not installed or not built yet."""

    code = "not_available"


class NotReady(TextInsightError, RuntimeError):
    """A component the request needs (the models, the database stores, the key cache) has not
    started yet, or has stopped; retry after ``retry_after`` seconds."""

    code = "not_ready"

    def __init__(self, message: str, retry_after: int = 5) -> None:
        super().__init__(message)
        self.retry_after = retry_after
