# ruff: noqa: E501 - table labels
"""Print the README's results table from ``textinsight evaluate --report`` files.

python scripts/results_table.py out/eval
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

ROWS = [  # (report, task, metric, label, target)
    ("da_tweets", "sentiment", "macro_f1", "Sentiment macro-F1, Danish tweets", 0.70),
    ("nb_norec_sentences", "sentiment", "macro_f1", "Sentiment macro-F1, Norwegian review sentences", 0.70),
    ("en_tweets", "sentiment", "macro_f1", "Sentiment macro-F1, English tweets", 0.80),
    ("scandi_reviews_mt", "sentiment", "positive_vs_negative_accuracy",
     "Positive-vs-negative accuracy, Scandinavian reviews (machine-translated to English)", 0.93),
    ("sv_tweets", "sentiment", "macro_f1", "Sentiment macro-F1, Swedish tweets", None),
    ("sv_absabank", "sentiment", "macro_f1", "Sentiment macro-F1, Swedish ABSAbank-Imm", None),
    ("cx_test", "pillars", "micro_f1", "CX pillars micro-F1, own held-out set", 0.70),
    ("cx_test", "touchpoints", "micro_f1", "Touchpoints micro-F1, own held-out set", 0.80),
    ("cx_test", "feedback_type", "macro_f1", "Feedback type macro-F1, own held-out set", 0.75),
    ("cx_test", "sentiment", "three_class", "Sentiment macro-F1 (3 classes), own held-out set", 0.85),
    ("cx_test", "sentiment", "macro_f1", "Sentiment macro-F1 incl. 'mixed', own held-out set", None),
]  # fmt: skip


def main() -> None:
    """Print markdown tables."""
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("reports", type=Path)
    args = ap.parse_args()
    print("| measure | n | measured | target |\n| --- | --- | --- | --- |")
    for report, task, metric, label, target in ROWS:
        path = args.reports / f"report_{report}.json"
        if not path.exists():
            continue
        res = json.loads(path.read_text())["tasks"][task]
        value = res[metric]["macro_f1"] if metric == "three_class" else res[metric]
        n = res[metric]["n"] if metric == "three_class" else res["n"]
        tgt = "—" if target is None else f"≥ {target:.2f} {'met' if value >= target else 'missed'}"
        print(f"| {label} | {n} | {value:.3f} | {tgt} |")
    path = args.reports / "report_cx_test.json"
    if path.exists():
        tasks = json.loads(path.read_text())["tasks"]
        print(
            "\nOwn held-out set by language and genre (micro-F1 for pillars/touchpoints, "
            "macro-F1 otherwise):\n"
        )
        print(
            "| task | "
            + " | ".join(["da", "nb", "sv", "en", "survey", "social", "interview"])
            + " |\n|"
            + " --- |" * 8
        )
        for task, res in tasks.items():
            by = res.get("micro_f1_by") or res.get("macro_f1_by") or {}
            cells = [by.get("lang", {}).get(k) for k in ("da", "nb", "sv", "en")]
            cells += [by.get("genre", {}).get(k) for k in ("survey", "social", "interview")]
            print(
                f"| {task} | " + " | ".join("—" if c is None else f"{c:.3f}" for c in cells) + " |"
            )


if __name__ == "__main__":
    main()
