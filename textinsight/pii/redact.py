"""Redaction policies: the kind as a tag, masked characters, or a stable pseudonym per run."""

from __future__ import annotations

import hashlib
import hmac
import secrets
from typing import Any, Literal

from .engine import REDACTED, PiiSpan

Policy = Literal["tag", "mask", "pseudonym"]


class Pseudonyms:
    """The same value of the same kind gets the same pseudonym for the whole run.

    Values are held only as keyed hashes (HMAC-SHA256 with a random key of this run), so the
    table can be saved next to a run's journal and a resumed run goes on numbering where the
    interrupted one stopped, without the table holding a name in clear.
    """

    def __init__(self, key: bytes | None = None) -> None:
        self._key = key or secrets.token_bytes(32)
        self._seen: dict[str, str] = {}
        self._count: dict[str, int] = {}
        self.version = 0  # grows with every new pseudonym (callers save when it changed)

    def _digest(self, kind: str, value: str) -> str:
        msg = f"{kind}\0{' '.join(value.lower().split())}".encode()
        return hmac.new(self._key, msg, hashlib.sha256).hexdigest()

    def __call__(self, kind: str, value: str) -> str:
        key = self._digest(kind, value)
        if key not in self._seen:
            self._count[kind] = self._count.get(kind, 0) + 1
            self._seen[key] = f"[{kind.upper()}_{self._count[kind]}]"
            self.version += 1
        return self._seen[key]

    def state(self) -> dict[str, Any]:
        """The table as JSON-ready data (keyed hashes, never values)."""
        return {"key": self._key.hex(), "seen": dict(self._seen), "count": dict(self._count)}

    @classmethod
    def from_state(cls, state: dict[str, Any]) -> Pseudonyms:
        """The table :meth:`state` saved."""
        table = cls(bytes.fromhex(state["key"]))
        table._seen = {str(k): str(v) for k, v in state["seen"].items()}
        table._count = {str(k): int(v) for k, v in state["count"].items()}
        table.version = len(table._seen)
        return table

    def restore(self, state: dict[str, Any] | None) -> None:
        """Continue the table :meth:`state` saved (a resumed run); None starts it afresh."""
        other = Pseudonyms() if state is None else Pseudonyms.from_state(state)
        self._key, self._seen, self._count = other._key, other._seen, other._count
        self.version = other.version


def redact(
    text: str, spans: list[PiiSpan], policy: Policy, pseudonyms: Pseudonyms | None = None
) -> tuple[str, list[PiiSpan]]:
    """The redacted text and the spans re-based onto it (spans must not overlap)."""
    out: list[str] = []
    new: list[PiiSpan] = []
    pos = 0
    for s in sorted(spans, key=lambda x: x.start):
        out.append(text[pos : s.start])
        value = text[s.start : s.end]
        if REDACTED.fullmatch(value) and policy != "mask":
            rep = value  # redacted before (a spooled job): keep it as it is
        elif policy == "mask":
            rep = "".join("*" if ch.isalnum() else ch for ch in value)
        elif policy == "pseudonym":
            rep = (pseudonyms or Pseudonyms())(s.kind, value)
        else:
            rep = f"[{s.kind.upper()}]"
        start = sum(len(x) for x in out)
        out.append(rep)
        new.append(PiiSpan(start, start + len(rep), s.kind, s.score))
        pos = s.end
    out.append(text[pos:])
    return "".join(out), new
