"""The per-process credential checkers the app holds in its state: verified-key cache, rate
limiter, signed dashboard sessions and their secret. They read no request state (the request
dependencies that use them live in :mod:`api.security`)."""

from __future__ import annotations

import base64
import hashlib
import hmac
import math
import os
import secrets
import time
from pathlib import Path

from starlette.concurrency import run_in_threadpool

from textinsight.service.errors import RateLimited
from textinsight.service.keys import ApiKey, KeyStore


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


# --- dashboard sessions ---------------------------------------------------------------------

SESSION_COOKIE = "ti_session"


class Sessions:
    """Signed dashboard sessions. ``/dashboard/login`` exchanges an API key for a cookie
    ``<key id>.<expiry>.<nonce>.<HMAC-SHA256>``: it names the key (never holds its token),
    so a session has the key's tenant and scopes, ends at its expiry, and ends at once when
    the key is revoked (checked like bearer keys, cached ``ttl`` seconds).

    :func:`session_key` accepts it only for GET/HEAD requests from the service's own origin;
    a POST, PUT or DELETE with the cookie and no bearer key is refused (no CSRF through it).
    """

    def __init__(self, secret: bytes, lifetime: float, store: KeyStore, ttl: float) -> None:
        self.secret = secret
        self.lifetime = lifetime
        self.store = store
        self.ttl = ttl
        self._seen: dict[str, tuple[float, ApiKey | None]] = {}

    def _sign(self, payload: str) -> str:
        mac = hmac.new(self.secret, payload.encode(), hashlib.sha256).digest()
        return base64.urlsafe_b64encode(mac).rstrip(b"=").decode()

    def issue(self, key: ApiKey, now: float | None = None) -> str:
        """A session cookie value for ``key``."""
        expires = int((now if now is not None else time.time()) + self.lifetime)
        payload = f"{key.id}.{expires}.{secrets.token_urlsafe(12)}"
        return f"{payload}.{self._sign(payload)}"

    def key_id(self, value: str, now: float | None = None) -> str | None:
        """The key id of a well-signed, unexpired cookie value, else None."""
        if not value.isascii():  # compare_digest raises TypeError on non-ASCII str
            return None
        parts = value.split(".")
        if len(parts) != 4 or not parts[1].isdigit():
            return None
        if not hmac.compare_digest(parts[3], self._sign(".".join(parts[:3]))):
            return None
        if int(parts[1]) <= (now if now is not None else time.time()):
            return None
        return parts[0]

    async def verify(self, value: str) -> ApiKey | None:
        """The active key of a session cookie value, or None."""
        key_id = self.key_id(value)
        if key_id is None:
            return None
        now = time.monotonic()
        hit = self._seen.get(key_id)
        if hit is not None and hit[0] > now:
            return hit[1]
        key = await run_in_threadpool(self._active, key_id)
        if self.ttl > 0:
            if len(self._seen) > 10_000:
                self._seen.clear()
            self._seen[key_id] = (now + self.ttl, key)
        return key

    def _active(self, key_id: str) -> ApiKey | None:
        from sqlalchemy import select

        from textinsight.service.db import api_keys

        with self.store.engine.connect() as conn:
            row = conn.execute(select(api_keys).where(api_keys.c.id == key_id)).mappings().first()
        if row is None or row["revoked_at"] is not None:
            return None
        return KeyStore._key(row)


MIN_SECRET = 32  # characters: a shorter secret can be guessed offline from any one cookie


def session_secret(secret: str | None, data_dir: Path) -> bytes:
    """The signing secret: the setting, else data_dir/dashboard.secret (made once, 0600).

    Raises ConfigError for a secret under 32 characters, or a file that others may read
    (either would let someone sign a cookie for any key of any tenant)."""
    from textinsight.errors import ConfigError

    if secret:
        if len(secret) < MIN_SECRET:
            raise ConfigError(
                f"dashboard_secret needs {MIN_SECRET}+ characters (e.g. "
                "python -c 'import secrets; print(secrets.token_hex(32))')"
            )
        return secret.encode()
    path = Path(data_dir) / "dashboard.secret"
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        mode = path.stat().st_mode & 0o777
        if mode & 0o077:
            raise ConfigError(
                f"{path} is open to group or others (mode {mode:o}): chmod 600 it, "
                "or remove it to have a new one made"
            ) from None
        for _ in range(50):  # another process may be writing it right now
            value = path.read_text().strip()
            if len(value) >= MIN_SECRET:
                return value.encode()
            time.sleep(0.02)
        raise ConfigError(
            f"{path} holds under {MIN_SECRET} characters: remove it to have a "
            "new one made, or set dashboard_secret"
        ) from None
    with os.fdopen(fd, "w") as f:
        value = secrets.token_hex(32)
        f.write(value)
    return value.encode()
