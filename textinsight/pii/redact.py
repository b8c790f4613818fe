"""Redaction policies: the kind as a tag, masked characters, or a stable pseudonym per run."""

from __future__ import annotations

from typing import Literal

from .engine import REDACTED, PiiSpan

Policy = Literal["tag", "mask", "pseudonym"]


class Pseudonyms:
    """The same value of the same kind gets the same pseudonym for the whole run."""

    def __init__(self) -> None:
        self._seen: dict[tuple[str, str], str] = {}
        self._count: dict[str, int] = {}

    def __call__(self, kind: str, value: str) -> str:
        key = (kind, " ".join(value.lower().split()))
        if key not in self._seen:
            self._count[kind] = self._count.get(kind, 0) + 1
            self._seen[key] = f"[{kind.upper()}_{self._count[kind]}]"
        return self._seen[key]


def redact(text: str, spans: list[PiiSpan], policy: Policy,
           pseudonyms: Pseudonyms | None = None) -> tuple[str, list[PiiSpan]]:  # fmt: skip
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
