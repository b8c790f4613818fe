"""Span bookkeeping for marked-up texts: ``[[kind:value]]`` gold spans, ``((tag:value))`` negatives.

Each builder keeps its own pattern (the sets differ in which kinds and tags they allow); the
pattern's first two groups are the kind and value of a gold span and the rest the negative:
either ``(value)`` alone (the tag is then ``"neg"``) or ``(tag, value)``.
"""

from __future__ import annotations

import re
from typing import NamedTuple


class Negative(NamedTuple):
    """A hard negative in the plain text: where it is, its tag and its text."""

    start: int
    end: int
    tag: str
    value: str


def strip_markup(marked: str, pattern: re.Pattern[str]) -> tuple[str, list[dict], list[Negative]]:
    """The plain text, the gold spans (``start``, ``end``, ``kind``) and the hard negatives."""
    out: list[str] = []
    spans: list[dict] = []
    negs: list[Negative] = []
    pos = length = 0
    for m in pattern.finditer(marked):
        chunk = marked[pos : m.start()]
        out.append(chunk)
        length += len(chunk)
        if m.group(1):
            kind, value = m.group(1), m.group(2)
            spans.append({"start": length, "end": length + len(value), "kind": kind})
        else:
            tag, value = (m.group(3), m.group(4)) if pattern.groups >= 4 else ("neg", m.group(3))
            negs.append(Negative(length, length + len(value), tag, value))
        out.append(value)
        length += len(value)
        pos = m.end()
    out.append(marked[pos:])
    return "".join(out), spans, negs
