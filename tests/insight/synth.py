"""Synthetic analysis records (CONTRACT.md shape) for the insight tests."""

from __future__ import annotations

import datetime as dt
from typing import Any

MONDAY = dt.date(2026, 8, 3)  # the first week of the synthetic streams


def record(
    rid: str,
    day: dt.date,
    *,
    label: str = "negative",
    touchpoints: tuple[str, ...] = (),
    pillars: tuple[str, ...] = (),
    score: float | None = None,
    topic: int | None = None,
    lang: str = "da",
    channel: str | None = "twitter",
    ftype: str = "complaint",
    sentiment_score: float | None = None,
) -> dict[str, Any]:
    """One analysis record with its date and optional score in meta."""
    meta: dict[str, Any] = {"date": day.isoformat()}
    if channel is not None:
        meta["channel"] = channel
    if score is not None:
        meta["nps"] = score
    s = {"negative": -0.7, "mixed": -0.2, "neutral": 0.0, "positive": 0.7}[label]
    rec: dict[str, Any] = {
        "id": rid, "text": f"text {rid}",
        "language": {"code": lang, "confidence": 0.9},
        "sentiment": {"label": label, "score": s if sentiment_score is None else sentiment_score,
                      "probabilities": {"negative": 0.4, "neutral": 0.3, "positive": 0.3}},
        "pillars": [{"id": p, "confidence": 0.8} for p in pillars],
        "touchpoints": [{"id": t, "confidence": 0.8} for t in touchpoints],
        "feedback_type": {"label": ftype, "confidence": 0.7},
        "meta": meta, "error": None,
    }  # fmt: skip
    if topic is not None:
        rec["topic"] = {"id": topic, "label": f"topic {topic}", "confidence": 0.5}
    return rec


def weekly_stream(
    counts: dict[str, list[int]], *, label: str = "negative", others: int = 0
) -> list[dict[str, Any]]:
    """Records with ``counts[touchpoint][w]`` documents in week ``w`` (spread over the
    week's days), plus ``others`` positive delivery documents a week."""
    recs = []
    weeks = max(len(v) for v in counts.values())
    for tp, per_week in counts.items():
        for w, k in enumerate(per_week):
            for j in range(k):
                day = MONDAY + dt.timedelta(weeks=w, days=j % 7)
                recs.append(record(f"{tp}-{w}-{j}", day, label=label, touchpoints=(tp,)))
    for w in range(weeks):
        for j in range(others):
            day = MONDAY + dt.timedelta(weeks=w, days=j % 7)
            recs.append(record(f"o-{w}-{j}", day, label="positive", touchpoints=("delivery",)))
    return recs
