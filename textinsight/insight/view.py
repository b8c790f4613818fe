"""The view model (one JSON-ready dict) that the HTML report and the dashboard draw.

``build_view`` reads a daily frame only; the example comments behind each figure come from
an ``examples`` callable, which the CLI builds over its facts and records
(:func:`record_examples`) and the service over its records table.
"""

from __future__ import annotations

import datetime as dt
import json
import math
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

import pandas as pd

from .drivers import drivers
from .facts import group_kinds
from .trends import Period, spikes, trends

# (period_start or None for any period, period kind "day"|"week"|"month", group_kind, group,
#  limit) -> example dicts, most negative first
Examples = Callable[[dt.date | None, str, str, str, int], list[dict[str, Any]]]
SPIKE_EXAMPLES = 5
TOPIC_EXAMPLES = 3


def _plain(v: Any) -> Any:
    """A JSON-ready value: dates as YYYY-MM-DD, NaN as None, numpy scalars as Python."""
    if isinstance(v, pd.Timestamp | dt.datetime):
        return v.date().isoformat()
    if isinstance(v, dt.date):
        return v.isoformat()
    if hasattr(v, "item") and not isinstance(v, str | bytes):
        v = v.item()
    if isinstance(v, float) and math.isnan(v):
        return None
    return v


def rows(frame: pd.DataFrame) -> list[dict[str, Any]]:
    """A frame as a list of JSON-ready dicts (dates as YYYY-MM-DD, NaN as None)."""
    return [{k: _plain(v) for k, v in r.items()} for r in frame.to_dict("records")]


def _sums(daily: pd.DataFrame, kind: str) -> dict[str, int]:
    s = daily[daily["group_kind"] == kind].groupby("group")["count"].sum()
    return {str(k): int(v) for k, v in s.sort_values(ascending=False, kind="stable").items()}


def kind_name(kind: str) -> str:
    """How a group kind is shown: ``feedback_type`` -> 'feedback type', ``all`` -> 'all
    documents'."""
    return "all documents" if kind == "all" else kind.replace("_", " ")


def load_topics(topics: Path | Sequence[dict[str, Any]] | None) -> list[dict[str, Any]]:
    """Topic descriptions: a topics folder's ``topics.json``, or the list itself."""
    if topics is None:
        return []
    if isinstance(topics, str | Path):
        return list(json.loads((Path(topics) / "topics.json").read_text(encoding="utf-8")))
    return list(topics)


def build_view(
    daily: pd.DataFrame,
    *,
    period: Period = "week",
    examples: Examples,
    topics: Path | Sequence[dict[str, Any]] | None = None,
    title: str = "textinsight",
    sensitivity: float = 0.01,
    min_count: int = 10,
    kinds: Sequence[str] | None = None,
) -> dict[str, Any]:
    """The view model of INSIGHT_SPEC.md: trends per group kind (default: every kind and
    'all'; the view's ``kinds`` lists them in order with the names the pages show), spikes
    with their example comments, drivers (when a score is present), topics, language and
    channel counts."""
    kinds = (*group_kinds(), "all") if kinds is None else kinds
    labels: dict[str, str | None] = dict(daily.attrs.get("topic_labels") or {})
    described = load_topics(topics)
    labels.update({str(t["topic"]): t.get("label") for t in described})
    groups: dict[str, list[dict[str, Any]]] = {}
    spike_rows: list[dict[str, Any]] = []
    for kind in kinds:
        t = trends(daily, period=period, by=kind, sensitivity=sensitivity, min_count=min_count)
        groups[kind] = rows(t)
        if kind == "topic":
            for r in groups[kind]:
                r["label"] = labels.get(r["group"])
        for s in rows(spikes(t)):
            start = dt.date.fromisoformat(s["period_start"])
            spike_rows.append(
                {
                    **{
                        k: s[k]
                        for k in (
                            "period_start",
                            "period",
                            "group_kind",
                            "group",
                            "spike_metric",
                            "spike_p",
                            "count",
                            "negative_share",
                            "baseline_count",
                            "baseline_negative_share",
                        )
                    },
                    "examples": examples(start, period, kind, s["group"], SPIKE_EXAMPLES),
                }
            )
    spike_rows.sort(key=lambda s: (s["period_start"], s["spike_p"]))
    has_score = bool(len(daily)) and int(daily["score_n"].sum()) > 0
    topic_rows = []
    for t in described:
        ex = examples(None, period, "topic", str(t["topic"]), TOPIC_EXAMPLES)
        if not ex:  # records without topic ids: the topic model's own representatives
            ex = [
                {"id": i, "text": x}
                for i, x in zip(
                    t.get("representative_ids") or [],
                    t.get("representative_texts") or [],
                    strict=False,
                )
            ][:TOPIC_EXAMPLES]
        topic_rows.append(
            {
                "topic": t["topic"],
                "label": t.get("label"),
                "size": t.get("size"),
                "keywords": t.get("keywords") or [],
                "examples": ex,
            }
        )
    days = daily["day"] if len(daily) else pd.Series(dtype="datetime64[ns]")
    return {
        "title": title,
        "generated_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "period": period,
        "documents": int(daily.loc[daily["group_kind"] == "all", "count"].sum()),
        "first_day": _plain(days.min()) if len(days) else None,
        "last_day": _plain(days.max()) if len(days) else None,
        "kinds": [{"kind": k, "name": kind_name(k)} for k in groups],  # the dashboard's tabs
        "groups": groups,
        "spikes": spike_rows,
        "drivers": rows(drivers(daily)) if has_score else [],
        "topics": topic_rows,
        "languages": _sums(daily, "language"),
        "channels": _sums(daily, "channel"),
    }


def period_end(start: dt.date, period: str) -> dt.date:
    """The first day after the period that starts on ``start``."""
    if period == "day":
        return start + dt.timedelta(days=1)
    if period == "week":
        return start + dt.timedelta(days=7)
    return (pd.Timestamp(start) + pd.offsets.MonthBegin(1)).date()


def record_examples(facts: pd.DataFrame, records: Iterable[dict[str, Any]]) -> Examples:
    """An ``examples`` callable over a facts frame and the records it was built from: the
    group's documents in the period (any period when ``period_start`` is None), most
    negative sentiment score first, with their text as stored."""
    by_id = {str(r.get("id")): r for r in records}

    def examples(
        start: dt.date | None, period: str, kind: str, group: str, limit: int
    ) -> list[dict[str, Any]]:
        sel = facts[(facts["group_kind"] == kind) & (facts["group"] == group)]
        if start is not None:
            end = period_end(start, period)
            sel = sel[(sel["day"] >= pd.Timestamp(start)) & (sel["day"] < pd.Timestamp(end))]
        sel = sel.sort_values(["sentiment", "id"], na_position="last", kind="stable")
        out = []
        for _, r in sel.head(limit).iterrows():
            rec = by_id.get(r["id"], {})
            out.append(
                {
                    "id": r["id"],
                    "text": rec.get("text", ""),
                    "sentiment": _plain(r["sentiment"]),
                    "date": _plain(r["day"]),
                }
            )
        return out

    return examples
