"""What topics are fitted on: clustering units made from analysed documents.

A unit is a document, or one respondent turn of a transcript. It carries what the fit needs
(text, language, embedding) and what the breakdowns count: the labels every head wrote (read
generically from the document, as the record does: sentiment, each multi-label head's ids,
each single-label head's label), the date and the ``--class-column`` values.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from ..stages.segment import INTERVIEWER
from ..types import Document, Segment

# a label value: one label (a single-label head, sentiment) or the ids of a multi-label head
LabelValue = str | tuple[str, ...]


@dataclass(slots=True)
class Unit:
    """What is clustered: a document, or one segment (turn) of a transcript."""

    doc_id: str
    text: str
    lang: str
    embedding: np.ndarray | None
    segment: tuple[int, int] | None = None
    labels: dict[str, LabelValue] = field(default_factory=dict)  # by record key
    date: str | None = None
    keyword_text: str | None = None  # the text with personal data blanked, for keywords
    classes: dict[str, str] = field(default_factory=dict)  # --class-column values


def head_labels(item: Document | Segment) -> dict[str, LabelValue]:
    """The labels the heads wrote on a document or a segment, by record key, in the record's
    order: sentiment, then multi-label heads (``labels``), then single-label ones."""
    out: dict[str, LabelValue] = {}
    if item.sentiment is not None:
        out["sentiment"] = item.sentiment.label
    for key, scores in item.labels.items():
        out[key] = tuple(x.id for x in scores)
    for key, choice in (getattr(item, "choices", None) or {}).items():
        out[key] = choice.id
    return out


def _blank(text: str, spans: Iterable[Any], start: int = 0, end: int | None = None) -> str:
    """``text[start:end]`` with personal-data spans replaced by spaces (names stay out of
    keywords and labels even when the text itself is not redacted)."""
    end = len(text) if end is None else end
    chars = list(text[start:end])
    for p in spans:
        for k in range(max(p.start, start), min(p.end, end)):
            chars[k - start] = " "
    return "".join(chars)


def _date(value: Any) -> str | None:
    """An ISO day ("2026-01-03") from a date-like value (a datetime, "2026/01/03 10:00"), a
    year-month when the value has no day, else None."""
    if value is None:
        return None
    s = str(value)
    if len(s) >= 7 and s[:4].isdigit() and s[4] in "-/." and s[5:7].isdigit():
        if len(s) >= 10 and s[7] == s[4] and s[8:10].isdigit() and not s[10:11].isdigit():
            return f"{s[:4]}-{s[5:7]}-{s[8:10]}"
        return f"{s[:4]}-{s[5:7]}"
    return None


def month_of(date: str | None) -> str | None:
    """ "2026-01" for a unit's date."""
    return date[:7] if date else None


def week_of(date: str | None) -> str | None:
    """The ISO week ("2026-W02") of a unit's date; None without a day."""
    import datetime as dt

    if not date or len(date) < 10:
        return None
    try:
        year, week, _ = dt.date.fromisoformat(date[:10]).isocalendar()
    except ValueError:
        return None
    return f"{year}-W{week:02d}"


def _classes(meta: dict[str, Any], keys: Sequence[str]) -> dict[str, str]:
    """The values of the ``--class-column`` keys (missing or empty: absent)."""
    out = {}
    for k in keys:
        v = meta.get(k)
        if v is not None and str(v).strip() != "":
            out[k] = str(v).strip()
    return out


def units_from_docs(
    docs: Iterable[Document],
    date_key: str | None = "date",
    by_turn: bool = True,
    class_keys: Sequence[str] = (),
) -> list[Unit]:
    """Clustering units: transcripts (documents segmented into turns) by turn, others whole;
    each carries its head labels, its date and the values of ``class_keys`` (input columns)
    for breakdowns."""
    units: list[Unit] = []
    for d in docs:
        if not d.ok or d.embedding is None:
            units.append(Unit(d.id, d.text, "und", None))  # kept so it gets an assignment
            continue
        lang = d.language.code if d.language else "und"
        date = _date(d.meta.get(date_key)) if date_key else None
        classes = _classes(d.meta, class_keys) if class_keys else {}
        pii = d.pii or []
        turns = by_turn and sum(s.kind == "turn" for s in d.segments) > 1
        if turns and d.segment_embeddings is not None:
            n_before = len(units)
            for s, v in zip(d.segments, d.segment_embeddings, strict=True):
                if s.kind != "turn" or (s.speaker and s.speaker.strip().lower() in INTERVIEWER):
                    continue  # a header line, or the interviewer's question
                units.append(
                    Unit(
                        d.id,
                        d.segment_text(s),
                        lang,
                        v,
                        (s.start, s.end),
                        head_labels(s),
                        date,
                        keyword_text=_blank(d.text, pii, s.start, s.end) if pii else None,
                        classes=classes,
                    )
                )
            if len(units) > n_before:
                continue
        units.append(
            Unit(
                d.id,
                d.text,
                lang,
                d.embedding,
                None,
                head_labels(d),
                date,
                keyword_text=_blank(d.text, pii) if pii else None,
                classes=classes,
            )
        )
    return units
