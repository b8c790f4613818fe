"""Choose the long-document rules (transcripts, long comments) on development transcripts.

    python scripts/tune_document_rules.py --dev data/transcripts/dev [--write]

A document of more than three parts is labelled from its parts, not only from its mean vector
(the mean of forty turns sits half-way between every label). The rules have a few numbers:
for sentiment, whether the label comes from the document vector or from the length-weighted
mean of the respondent's parts, whether the document vector alone may make it ``mixed``, and
which share of the confidently polar text each side needs for ``mixed``; for pillars and
touchpoints, the share of the respondent's text and the number of parts that must carry a
label before the document does. This script encodes the development transcripts once, tries
each combination, prints the scores (sentiment 4-class macro-F1, label micro-F1) and, with
``--write``, stores the best in the heads' manifests (``long_document``), where the stages read
them. Ties keep the earlier (the current default) choice. The test transcripts
(``data/transcripts/*.jsonl``) are never read here: measure them with ``textinsight evaluate``.
"""

from __future__ import annotations

import argparse
import copy
import itertools
import json
from pathlib import Path
from typing import Any

SENTIMENT_GRID = {
    "label": ["vector", "parts"],
    "vector_mixed": [True, False, "poles", "class"],  # the last two: a head with a 'mixed' class
    "mixed_min_share": [0.2, 0.25, 0.3, 0.35, 0.4],
}
LABEL_GRID = {"min_share": [0.1, 0.15, 0.2, 0.25, 0.3], "min_parts": [2, 3, 4]}


def macro_f1(gold: list[str], pred: list[str]) -> float:
    """Macro-F1 over the gold classes."""
    from sklearn.metrics import f1_score

    return float(f1_score(gold, pred, labels=sorted(set(gold)), average="macro", zero_division=0))


def micro_f1(gold: list[set[str]], pred: list[set[str]]) -> float:
    """Micro-F1 over (document, label) pairs."""
    tp = sum(len(g & p) for g, p in zip(gold, pred, strict=True))
    n_pred, n_gold = sum(map(len, pred)), sum(map(len, gold))
    return 2 * tp / max(n_pred + n_gold, 1)


def grid(spec: dict[str, list[Any]]) -> list[dict[str, Any]]:
    """Every combination of a grid, the first values first."""
    return [dict(zip(spec, combo, strict=True)) for combo in itertools.product(*spec.values())]


def main() -> None:
    """Encode, search, report (and write)."""
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--dev", type=Path, default=Path("data/transcripts/dev"))
    ap.add_argument("--write", action="store_true", help="store the best rules in models/")
    ap.add_argument(
        "--heads",
        default="sentiment,pillars,touchpoints",
        help="whose rules --write stores (comma-separated)",
    )
    args = ap.parse_args()
    from textinsight.heads import head_dir
    from textinsight.pipeline import Pipeline
    from textinsight.settings import Settings
    from textinsight.stages.labels import HeadStage
    from textinsight.stages.sentiment import SentimentStage
    from textinsight.types import Document

    rows = [json.loads(x) for p in sorted(args.dev.glob("*.jsonl")) for x in p.open()]
    pipe = Pipeline.from_settings(
        Settings(progress=False, stages=["validate", "language", "segment", "normalize", "embed"])
    )
    docs = list(pipe.pipe(Document(r["id"], r["text"]) for r in rows))
    print(f"{len(docs)} development transcripts, {sum(len(d.segments) for d in docs)} parts")
    chosen: dict[str, dict[str, Any]] = {}

    base = SentimentStage.load(head_dir("sentiment"))
    gold = [r["sentiment"] for r in rows]
    results = []
    for rule in grid(SENTIMENT_GRID):
        stage = copy.copy(base)
        stage.long_label = rule["label"]
        stage.long_vector_mixed = rule["vector_mixed"]
        stage.long_mixed_min_share = rule["mixed_min_share"]
        out = stage(copy.deepcopy(docs))
        pred = [d.sentiment.label for d in out]  # type: ignore[union-attr]
        results.append((macro_f1(gold, pred), rule))
        print(f"sentiment {json.dumps(rule)}: 4-class macro-F1 {results[-1][0]:.3f}")
    best = max(results, key=lambda x: x[0])  # max keeps the first of equals
    chosen["sentiment"] = {"parts": base.long_parts, **best[1]}
    print(f"sentiment: best {json.dumps(chosen['sentiment'])} ({best[0]:.3f})")

    for name in ("pillars", "touchpoints"):
        head = HeadStage.load(head_dir(name), name)
        gold_sets = [set(r[name]) for r in rows]
        results = []
        for rule in grid(LABEL_GRID):
            stage = copy.copy(head)
            stage.min_share, stage.min_parts = rule["min_share"], rule["min_parts"]
            out = stage(copy.deepcopy(docs))
            pred = [{x.id for x in d.labels[name]} for d in out]
            results.append((micro_f1(gold_sets, pred), rule))
            print(f"{name} {json.dumps(rule)}: micro-F1 {results[-1][0]:.3f}")
        best = max(results, key=lambda x: x[0])
        chosen[name] = {"parts": head.few_segments, **best[1]}
        print(f"{name}: best {json.dumps(chosen[name])} ({best[0]:.3f})")

    if args.write:
        for name, rule in chosen.items():
            if name not in args.heads.split(","):
                continue
            path = head_dir(name) / "manifest.json"
            manifest = json.loads(path.read_text())
            manifest["long_document"] = {
                **rule,
                "chosen_on": f"{args.dev} ({len(rows)} transcripts; "
                "scripts/tune_document_rules.py)",
            }
            path.write_text(json.dumps(manifest, indent=2, ensure_ascii=False) + "\n")
            print(f"wrote {path}")


if __name__ == "__main__":
    main()
