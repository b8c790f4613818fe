"""Score the pipeline against a gold JSON Lines file (CONTRACT.md: ``textinsight evaluate``)."""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from .errors import InvalidInput
from .pipeline import Pipeline
from .settings import Settings
from .types import Document

# gold key -> stages needed to predict it
TASK_STAGES: dict[str, list[str]] = {"lang": ["validate", "language"]}
GROUP_KEYS = ("lang", "genre")


def single_label_report(gold: Sequence[str], pred: Sequence[str]) -> dict[str, Any]:
    """Accuracy, macro-F1 over the gold labels, and per-label precision / recall / F1."""
    labels = sorted(set(gold))
    per: dict[str, dict[str, float]] = {}
    for lab in sorted(set(gold) | set(pred)):
        tp = sum(1 for g, p in zip(gold, pred, strict=True) if g == lab and p == lab)
        fp = sum(1 for g, p in zip(gold, pred, strict=True) if g != lab and p == lab)
        fn = sum(1 for g, p in zip(gold, pred, strict=True) if g == lab and p != lab)
        prec = tp / (tp + fp) if tp + fp else 0.0
        rec = tp / (tp + fn) if tp + fn else 0.0
        f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
        per[lab] = {"precision": round(prec, 4), "recall": round(rec, 4), "f1": round(f1, 4),
                    "support": tp + fn}  # fmt: skip
    acc = sum(1 for g, p in zip(gold, pred, strict=True) if g == p) / max(len(gold), 1)
    macro = sum(per[lab]["f1"] for lab in labels) / max(len(labels), 1)
    return {"n": len(gold), "accuracy": round(acc, 4), "macro_f1": round(macro, 4),
            "labels": per}  # fmt: skip


def _confusions(gold: Sequence[str], pred: Sequence[str]) -> dict[str, int]:
    out: dict[str, int] = defaultdict(int)
    for g, p in zip(gold, pred, strict=True):
        if g != p:
            out[f"{g}->{p}"] += 1
    return dict(sorted(out.items(), key=lambda kv: -kv[1]))


def _predict_lang(doc: Document) -> str:
    return doc.language.code if doc.language else "und"


def evaluate_rows(rows: list[dict[str, Any]], settings: Settings,
                  pipeline: Pipeline | None = None) -> dict[str, Any]:  # fmt: skip
    """Evaluate every task that the gold rows label."""
    tasks = [t for t in TASK_STAGES if any(t in r for r in rows)]
    if not tasks:
        raise InvalidInput(f"the gold file labels none of the tasks {sorted(TASK_STAGES)}")
    if pipeline is None:
        names: list[str] = []
        for t in tasks:
            names += [s for s in TASK_STAGES[t] if s not in names]
        pipeline = Pipeline.from_settings(settings.model_copy(update={"stages": names}))
    docs = [Document(str(r.get("id", i)), r["text"], {}) for i, r in enumerate(rows)]
    docs = list(pipeline.pipe(docs))
    report: dict[str, Any] = {"n": len(rows), "tasks": {}}
    for task in tasks:
        pairs = [(r, d) for r, d in zip(rows, docs, strict=True) if task in r]
        gold = [str(r[task]) for r, _ in pairs]
        pred = [_predict_lang(d) for _, d in pairs]
        res = single_label_report(gold, pred)
        res["confusions"] = _confusions(gold, pred)
        by: dict[str, Any] = {}
        for key in GROUP_KEYS:
            groups: dict[str, list[int]] = defaultdict(list)
            for i, (r, _) in enumerate(pairs):
                if key in r:
                    groups[str(r[key])].append(i)
            if len(groups) > 1:
                by[key] = {
                    g: single_label_report([gold[i] for i in idx], [pred[i] for i in idx])[
                        "accuracy"
                    ]
                    for g, idx in sorted(groups.items())
                }
        if by:
            res["accuracy_by"] = by
        report["tasks"][task] = res
    return report


def evaluate_file(path: Path, settings: Settings) -> dict[str, Any]:
    """Read a gold file and evaluate it."""
    with open(path, encoding="utf-8") as f:
        rows = [json.loads(line) for line in f if line.strip()]
    bad = [i for i, r in enumerate(rows, 1) if "text" not in r]
    if bad:
        raise InvalidInput(f"{path}: lines {bad[:5]} have no 'text'")
    report = evaluate_rows(rows, settings)
    report["gold"] = str(path)
    return report
