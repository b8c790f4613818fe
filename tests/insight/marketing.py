"""The hand-written marketing fixtures (tests/data/marketing) as analysis records: the
writer's gold labels stand in for the models' output, so views built from them have counts
known in advance (billing posts per week 1,1,1,1,1,1,1,60,1,1,1,1,1)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

MARKETING = Path(__file__).resolve().parents[1] / "data" / "marketing"
SPIKE_WEEK = "2026-10-19"
BILLING_PER_WEEK = [1, 1, 1, 1, 1, 1, 1, 60, 1, 1, 1, 1, 1]
SCORES = {"negative": -0.8, "mixed": -0.3, "neutral": 0.0, "positive": 0.8}


def rows(name: str) -> list[dict[str, Any]]:
    """The lines of ``tests/data/marketing/<name>.jsonl``."""
    with open(MARKETING / f"{name}.jsonl", encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def gold_record(row: dict[str, Any]) -> dict[str, Any]:
    """A CONTRACT.md record carrying the row's gold labels; date, channel and nps in meta."""
    meta = {k: row[k] for k in ("date", "channel", "nps") if k in row}
    label = row["sentiment"]
    return {
        "id": row["id"],
        "text": row["text"],
        "language": {"code": row["lang"], "confidence": 0.99},
        "sentiment": {"label": label, "score": SCORES[label]},
        "pillars": [],
        "touchpoints": [{"id": t, "confidence": 0.9} for t in row["touchpoints"]],
        "feedback_type": {
            "label": "complaint" if label == "negative" else "other",
            "confidence": 0.8,
        },
        "meta": meta,
        "error": None,
    }


def write_jsonl(records: list[dict[str, Any]], path: Path) -> Path:
    """Records as JSON Lines."""
    path.write_text(
        "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8"
    )
    return path
