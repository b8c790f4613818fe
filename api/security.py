"""API keys on every /v1 route: verification (cached briefly), scopes, per-key rate limits."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Annotated
from urllib.parse import urlsplit

from fastapi import Depends, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from textinsight.service.errors import Forbidden, Unauthorized
from textinsight.service.keys import ApiKey

from ._state import AppState
from .credentials import SESSION_COOKIE as SESSION_COOKIE
from .credentials import KeyCache as KeyCache
from .credentials import RateLimiter as RateLimiter
from .credentials import Sessions as Sessions
from .credentials import session_secret as session_secret
from .deps import KeyCacheDep, RateLimiterDep, StateDep

bearer = HTTPBearer(auto_error=False, description="An API key: `textinsight keys create`.")
Credentials = Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)]


def require(*scopes: str) -> Callable[..., Awaitable[ApiKey]]:
    """A dependency: a valid key holding any of ``scopes`` (``admin`` holds all)."""

    async def dependency(
        request: Request,
        creds: Credentials,
        st: StateDep,
        key_cache: KeyCacheDep,
        limiter: RateLimiterDep,
    ) -> ApiKey:
        if creds is None or creds.scheme.lower() != "bearer" or not creds.credentials:
            key = await session_key(request, st)  # the dashboard's cookie, for reading only
            if key is None:
                raise Unauthorized("an API key is needed: send 'Authorization: Bearer <key>'")
        else:
            key = await key_cache.verify(creds.credentials.strip())
        if key is None:
            raise Unauthorized("the API key is not valid or has been revoked")
        request.state.key_id = key.id
        request.state.tenant = key.tenant
        limiter.check(key.id)
        if not any(key.allows(s) for s in scopes):
            raise Forbidden(f"this key lacks the scope {' or '.join(scopes)!r}")
        return key

    return dependency


# --- dashboard sessions ---------------------------------------------------------------------

SAFE_METHODS = ("GET", "HEAD")


def same_origin(request: Request) -> bool:
    """False when the browser says the request comes from another site or origin.

    ``Sec-Fetch-Site`` (which page scripts cannot set) decides when the browser sends it, so
    a proxy that rewrites ``Host`` does not lock users out; older browsers are judged by
    ``Origin`` against ``Host``."""
    site = request.headers.get("sec-fetch-site")
    if site is not None:
        return site in ("same-origin", "none")  # "none": typed in the address bar
    origin = request.headers.get("origin")
    if origin is not None:
        return urlsplit(origin).netloc == request.headers.get("host", "")
    return True


async def session_key(request: Request, st: AppState) -> ApiKey | None:
    """The key of the request's dashboard session cookie; None without one (or while the
    sessions have not started). Raises when the cookie comes with a write method or from
    another origin, or has expired."""
    value = request.cookies.get(SESSION_COOKIE)
    if not value or st.sessions is None:
        return None
    if request.method not in SAFE_METHODS:
        raise Forbidden(
            "a dashboard session may only read (GET); send "
            "'Authorization: Bearer <key>' to change anything"
        )
    if not same_origin(request):
        raise Forbidden("a dashboard session is accepted only from the service's own pages")
    key = await st.sessions.verify(value)
    if key is None:
        raise Unauthorized(
            "the dashboard session has expired or its key was revoked; log in again at /dashboard"
        )
    return key
