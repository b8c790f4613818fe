"""API keys: random tokens stored as sha256 hashes, with scopes and a tenant.

A token reads ``ti_<id>_<secret>``: ``id`` (public, 12 hex characters) finds the row, the
sha256 of the whole token is compared in constant time. The token itself is shown once, at
creation, and stored nowhere.
"""

from __future__ import annotations

import hashlib
import hmac
import re
import secrets
import time
from dataclasses import dataclass

from sqlalchemy import insert, select, update
from sqlalchemy.engine import Engine

from ..errors import InvalidInput
from .db import api_keys

# 'read' may look at jobs, their results, topic models and taxonomies, and change nothing
SCOPES = ("analyze", "jobs", "topics", "read", "admin")
_TOKEN = re.compile(r"^ti_([0-9a-f]{12})_[A-Za-z0-9_\-]{20,100}$")
_TENANT = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.\-]{0,99}$")


@dataclass(frozen=True)
class ApiKey:
    """A stored key (never its secret)."""

    id: str
    name: str
    tenant: str
    scopes: tuple[str, ...]
    created_at: float
    revoked_at: float | None = None

    def allows(self, scope: str) -> bool:
        """True when the key has ``scope``; ``admin`` allows everything."""
        return scope in self.scopes or "admin" in self.scopes


def _hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def parse_scopes(scopes: str | list[str]) -> tuple[str, ...]:
    """Validated scopes from ``"analyze,jobs"`` or a list."""
    items = scopes.split(",") if isinstance(scopes, str) else scopes
    out = tuple(dict.fromkeys(s.strip() for s in items if s.strip()))
    bad = [s for s in out if s not in SCOPES]
    if bad or not out:
        raise InvalidInput(f"unknown or no scopes {bad}; choose from {', '.join(SCOPES)}")
    return out


class KeyStore:
    """Create, list, revoke and verify API keys in the service database."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    def create(
        self, name: str, scopes: str | list[str], tenant: str = "default"
    ) -> tuple[ApiKey, str]:
        """A new key and its token (the only time the token is available)."""
        if not _TENANT.match(tenant):
            raise InvalidInput("a tenant is 1-100 letters, digits, '.', '_' or '-'")
        if not name.strip() or len(name) > 200:
            raise InvalidInput("a key needs a name of 1-200 characters")
        key_id = secrets.token_hex(6)
        token = f"ti_{key_id}_{secrets.token_urlsafe(32)}"
        key = ApiKey(key_id, name.strip(), tenant, parse_scopes(scopes), time.time())
        with self.engine.begin() as conn:
            conn.execute(
                insert(api_keys).values(
                    id=key.id,
                    name=key.name,
                    tenant=key.tenant,
                    scopes=",".join(key.scopes),
                    hash=_hash(token),
                    created_at=key.created_at,
                )
            )
        return key, token

    def list(self) -> list[ApiKey]:
        """Every key, revoked ones included, oldest first."""
        with self.engine.connect() as conn:
            rows = conn.execute(select(api_keys).order_by(api_keys.c.created_at)).mappings()
            return [self._key(r) for r in rows]

    def revoke(self, key_id: str) -> bool:
        """Revoke a key; False when there is no such (active) key."""
        with self.engine.begin() as conn:
            res = conn.execute(
                update(api_keys)
                .where(api_keys.c.id == key_id, api_keys.c.revoked_at.is_(None))
                .values(revoked_at=time.time())
            )
            return res.rowcount == 1

    def verify(self, token: str) -> ApiKey | None:
        """The active key of ``token``, or None."""
        m = _TOKEN.match(token)
        if not m:
            return None
        with self.engine.connect() as conn:
            row = conn.execute(select(api_keys).where(api_keys.c.id == m.group(1))).mappings()
            found = row.first()
        if found is None or found["revoked_at"] is not None:
            return None
        if not hmac.compare_digest(found["hash"], _hash(token)):
            return None
        return self._key(found)

    @staticmethod
    def _key(row: object) -> ApiKey:
        r = dict(row)  # type: ignore[call-overload]
        return ApiKey(
            r["id"],
            r["name"],
            r["tenant"],
            tuple(r["scopes"].split(",")),
            r["created_at"],
            r["revoked_at"],
        )
