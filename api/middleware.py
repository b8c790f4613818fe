"""One ASGI middleware: request ids, request-size limits, metrics and the access log."""

from __future__ import annotations

import logging
import re
import time
import uuid
from http import HTTPStatus
from typing import Any

from starlette.datastructures import MutableHeaders
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from .errors import PROBLEM, BodyTooLarge
from .metrics import Metrics

log = logging.getLogger("textinsight.api")
_RID = re.compile(r"^[A-Za-z0-9._\-]{1,64}$")


class ServiceMiddleware:
    """Wraps every HTTP request; bodies over the limit never reach the routes."""

    def __init__(
        self, app: ASGIApp, metrics: Metrics, max_bytes: int, max_upload_bytes: int
    ) -> None:
        self.app = app
        self.metrics = metrics
        self.max_bytes = max_bytes
        self.max_upload_bytes = max_upload_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        start = time.perf_counter()
        headers = dict(scope.get("headers") or [])
        incoming = headers.get(b"x-request-id", b"").decode("latin-1")
        rid = incoming if _RID.match(incoming) else uuid.uuid4().hex
        scope.setdefault("state", {})["request_id"] = rid
        limit = self.max_upload_bytes if scope["path"].startswith("/v1/jobs") else self.max_bytes
        status = 500

        async def send_with_id(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
                MutableHeaders(scope=message).append("x-request-id", rid)
            await send(message)

        try:
            length = int(headers.get(b"content-length", b"0") or 0)
        except ValueError:
            length = 0
        try:
            if length > limit:
                await self._too_large(send_with_id, limit)
                return
            received = 0

            async def counting_receive() -> Message:
                nonlocal received
                message = await receive()
                if message["type"] == "http.request":
                    received += len(message.get("body", b""))
                    if received > limit:
                        raise BodyTooLarge(limit)
                return message

            await self.app(scope, counting_receive, send_with_id)
        finally:
            route = getattr(scope.get("route"), "path", None) or "unmatched"
            seconds = time.perf_counter() - start
            self.metrics.observe(scope["method"], route, status, seconds)
            state: dict[str, Any] = scope.get("state") or {}
            log.info(
                "request",
                extra={
                    "request_id": rid,
                    "method": scope["method"],
                    "route": route,
                    "status": status,
                    "duration_ms": round(seconds * 1000, 2),
                    "key_id": state.get("key_id"),
                    "tenant": state.get("tenant"),
                },
            )

    @staticmethod
    async def _too_large(send: Send, limit: int) -> None:
        import json

        body = json.dumps(
            {
                "type": "urn:textinsight:error:payload_too_large",
                "title": HTTPStatus(413).phrase,
                "status": 413,
                "detail": f"the request body is larger than the limit of {limit} bytes",
            }
        ).encode()
        await send(
            {
                "type": "http.response.start",
                "status": 413,
                "headers": [
                    (b"content-type", PROBLEM.encode()),
                    (b"content-length", str(len(body)).encode()),
                    (b"connection", b"close"),
                ],
            }
        )
        await send({"type": "http.response.body", "body": body})
