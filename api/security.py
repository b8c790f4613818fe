"""API keys on every /v1 route: verification (cached briefly), scopes, per-key rate limits."""

from __future__ import annotations

import math
import time
from collections.abc import Awaitable, Callable
from typing import Annotated

from fastapi import Depends, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from starlette.concurrency import run_in_threadpool

from textinsight.service.errors import Forbidden, RateLimited, Unauthorized
from textinsight.service.keys import ApiKey, KeyStore

from ._state import state

bearer = HTTPBearer(auto_error=False, description="An API key: `textinsight keys create`.")
Credentials = Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)]


class KeyCache:
    """Verified keys by token, trusted for ``ttl`` seconds (so revocation lags by that much)."""

    def __init__(self, store: KeyStore, ttl: float) -> None:
        self.store = store
        self.ttl = ttl
        self._seen: dict[str, tuple[float, ApiKey | None]] = {}

    async def verify(self, token: str) -> ApiKey | None:
        """The active key of a token, or None."""
        now = time.monotonic()
        hit = self._seen.get(token)
        if hit is not None and hit[0] > now:
            return hit[1]
        key = await run_in_threadpool(self.store.verify, token)
        if self.ttl > 0:
            if len(self._seen) > 10_000:  # unknown tokens must not grow this without bound
                self._seen.clear()
            self._seen[token] = (now + self.ttl, key)
        return key


class RateLimiter:
    """A token bucket per key, in this process's memory (each server process counts alone)."""

    def __init__(self, per_second: float, burst: int) -> None:
        self.rate = per_second
        self.burst = float(burst)
        self._buckets: dict[str, tuple[float, float]] = {}

    def check(self, key_id: str) -> None:
        """Take one token, or raise RateLimited with the seconds until one is back."""
        if self.rate <= 0:
            return
        now = time.monotonic()
        tokens, last = self._buckets.get(key_id, (self.burst, now))
        tokens = min(self.burst, tokens + (now - last) * self.rate)
        if tokens < 1.0:
            self._buckets[key_id] = (tokens, now)
            wait = math.ceil((1.0 - tokens) / self.rate)
            raise RateLimited(f"rate limit of {self.rate:g} requests/s for this key", max(wait, 1))
        self._buckets[key_id] = (tokens - 1.0, now)


def require(*scopes: str) -> Callable[..., Awaitable[ApiKey]]:
    """A dependency: a valid key holding any of ``scopes`` (``admin`` holds all)."""

    async def dependency(request: Request, creds: Credentials) -> ApiKey:
        st = state(request)
        if creds is None or creds.scheme.lower() != "bearer" or not creds.credentials:
            raise Unauthorized("an API key is needed: send 'Authorization: Bearer <key>'")
        assert st.key_cache is not None and st.limiter is not None
        key = await st.key_cache.verify(creds.credentials.strip())
        if key is None:
            raise Unauthorized("the API key is not valid or has been revoked")
        request.state.key_id = key.id
        request.state.tenant = key.tenant
        st.limiter.check(key.id)
        if not any(key.allows(s) for s in scopes):
            raise Forbidden(f"this key lacks the scope {' or '.join(scopes)!r}")
        return key

    return dependency
