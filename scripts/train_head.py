"""Train one single-label head from a labelled folder and ship it as models/<head>/.

    python scripts/train_head.py --head churn_risk --data data/churn \
        [--level document] [--out models] [--seed 0]

``--data`` holds JSON Lines files (one per language) whose rows carry ``text``, ``label``
and ``split`` (``train`` / ``test``). The head is a class-balanced logistic regression
(scikit-learn) on the label vectors that ``analyze`` computes (the fine-tuned branch of the
encoder that every head reads: ``Document.label_embedding``), with C picked by 5-fold
stratified cross-validation on the train rows (macro-F1). The test rows are never read here
to fit or pick anything: after saving, the script measures them with the same code path as
``textinsight evaluate DATA/*.jsonl --label-head HEAD --split test``, and writes the figures
into the manifest and MODEL_CARD.md. The head must be registered (one line in
``textinsight.heads.HEADS``) for that evaluation to find it.
Same files and seed give the same head (lbfgs is deterministic).
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path
from typing import Any

import numpy as np

from textinsight.heads import HEADS, LinearHead
from textinsight.pipeline import Pipeline
from textinsight.settings import Settings
from textinsight.types import Document

C_GRID = (0.25, 1.0, 4.0, 16.0, 64.0)


def read_rows(data: Path) -> list[dict[str, Any]]:
    """Every row of the folder's JSON Lines files, files in name order."""
    rows: list[dict[str, Any]] = []
    for path in sorted(data.glob("*.jsonl")):
        rows += [json.loads(x) for x in path.open(encoding="utf-8") if x.strip()]
    if not rows:
        raise SystemExit(f"no JSON Lines rows in {data}")
    return rows


def label_vectors(texts: list[str], settings: Settings) -> np.ndarray:
    """Document label vectors exactly as analyze computes them (fixed batching: padding
    changes the last float bits, and those can tip the C search)."""
    pipe = Pipeline.from_settings(
        settings.updated(
            batch_size=256,
            encoder_batch_size=32,
            stages=["validate", "language", "segment", "normalize", "embed"],
        )
    )
    docs = list(pipe.pipe(Document(str(i), t) for i, t in enumerate(texts)))
    bad = [d.id for d in docs if d.label_embedding is None]
    if bad:
        raise SystemExit(f"{len(bad)} texts got no vector (empty or failed): rows {bad[:5]}")
    return np.stack([d.label_embedding for d in docs]).astype(np.float32)  # type: ignore[misc]


def fit(x: np.ndarray, y: list[str], c: float):  # noqa: ANN201 - a LogisticRegression
    """A class-balanced logistic regression."""
    from sklearn.linear_model import LogisticRegression

    return LogisticRegression(C=c, max_iter=5000, class_weight="balanced").fit(x, y)


def pick_c(x: np.ndarray, y: list[str], seed: int) -> tuple[float, dict[str, float]]:
    """The C of :data:`C_GRID` with the best mean 5-fold macro-F1 on the train rows."""
    from sklearn.metrics import f1_score
    from sklearn.model_selection import StratifiedKFold

    folds = list(StratifiedKFold(5, shuffle=True, random_state=seed).split(x, y))
    ya = np.array(y)
    scores: dict[str, float] = {}
    for c in C_GRID:
        f = [
            f1_score(ya[te], fit(x[tr], list(ya[tr]), c).predict(x[te]), average="macro")
            for tr, te in folds
        ]
        scores[str(c)] = round(float(np.mean(f)), 4)
        print(f"C={c}: cross-validated macro-F1 {scores[str(c)]}")
    best = max(C_GRID, key=lambda c: scores[str(c)])
    return best, scores


def as_head(clf: Any) -> LinearHead:  # noqa: ANN401 - a LogisticRegression
    """The fitted classifier as a softmax :class:`LinearHead` (a binary one as two logits
    ``-z/2, +z/2``: their softmax is the logistic of ``z``)."""
    classes = [str(c) for c in clf.classes_]
    coef, intercept = clf.coef_, clf.intercept_
    if len(classes) == 2:
        coef = np.concatenate([-coef / 2, coef / 2])
        intercept = np.concatenate([-intercept / 2, intercept / 2])
    return LinearHead(coef, intercept, classes, "softmax")


def model_card(
    head: str, classes: list[str], manifest: dict[str, Any], report: dict[str, Any]
) -> str:
    """MODEL_CARD.md of the head, with the held-out figures of ``report``."""
    res = report["tasks"][head]
    per = "\n".join(
        f"| {lab} | {v['precision']} | {v['recall']} | {v['f1']} | {v['support']} |"
        for lab, v in res["labels"].items()
    )
    by = "\n".join(
        f"- macro-F1 by {k}: " + ", ".join(f"{g} {f}" for g, f in v.items())
        for k, v in (res.get("macro_f1_by") or {}).items()
    )
    counts = manifest["training"]["counts"]
    return f"""# {head}

A document-level single-label head: {", ".join(f"`{c}`" for c in classes)}.
`at_risk`: the customer states or threatens leaving, cancelling or switching provider, or
has cancelled already; `none`: everything else (complaints without a leave intent too).
Record: `"{head}": {{"label": ..., "confidence": ...}}`; flat columns `{head}`,
`{head}_confidence`.

## Training

- Data: {manifest["training"]["data"]} (hand-written for this project, da/nb/sv/en), the
  `train` split only: {counts}.
- Model: class-balanced logistic regression (scikit-learn, lbfgs) on the label vectors of
  `{manifest["encoder"]}` with the tuned layers ({manifest["encoder_tuned"]}); C =
  {manifest["training"]["C"]} by 5-fold cross-validation on the train rows
  (macro-F1 by C: {manifest["training"]["cv_macro_f1"]}).
- Rebuild: `python scripts/train_head.py --head {head} --data {manifest["training"]["data"]}`.

## Held-out test split

Measured by `textinsight evaluate {manifest["training"]["data"]}/*.jsonl --label-head {head}
--split test` ({res["n"]} rows, never used for fitting or choosing C):

- accuracy {res["accuracy"]}, macro-F1 **{res["macro_f1"]}**
{by}

| label | precision | recall | F1 | support |
| --- | --- | --- | --- | --- |
{per}

## Limits

Written texts, 120 per language for training: a small set. It finds stated intent to
leave; it does not predict churn from behaviour, and sarcasm or very indirect hints are
missed more often than plain statements.
"""


def main() -> None:
    """Train, save, evaluate on the held-out split, and write the model card."""
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--head", required=True, help="The head's name (its folder and key).")
    ap.add_argument("--data", type=Path, required=True)
    ap.add_argument("--level", default="document", choices=["document", "both", "sentence"])
    ap.add_argument("--out", type=Path, default=Path("models"))
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument(
        "--non-answer",
        default=None,
        help="the class a stock non-answer ('Ingen kommentarer', '-') gets by rule, e.g. none",
    )
    args = ap.parse_args()

    rows = read_rows(args.data)
    train = [r for r in rows if r.get("split") == "train"]
    y = [str(r["label"]) for r in train]
    print(f"{len(train)} train rows of {len(rows)}: {dict(Counter(y))}")
    settings = Settings.load(progress=False)
    x = label_vectors([r["text"] for r in train], settings)
    c, cv = pick_c(x, y, args.seed)
    head = as_head(fit(x, y, c))
    if args.non_answer is not None and args.non_answer not in head.classes_:
        ap.error(f"--non-answer {args.non_answer!r} is not one of the classes {head.classes_}")
    trunk = json.loads((Path("models") / "encoder_tuned" / "manifest.json").read_text())
    manifest: dict[str, Any] = {
        "name": f"textinsight-{args.head.replace('_', '-')}",
        "task": args.head,
        "version": "1",
        "kind": "single",
        "level": args.level,
        "key": args.head,
        **({"non_answer": args.non_answer} if args.non_answer else {}),
        "encoder": settings.encoder,
        "encoder_tuned": f"models/encoder_tuned ({trunk.get('version', '?')})",
        "training": {
            "data": str(args.data),
            "split": "train",
            "C": c,
            "cv_macro_f1": cv,
            "counts": dict(
                sorted(Counter(f"{r.get('language', '?')}/{r['label']}" for r in train).items())
            ),
        },
        "seed": args.seed,
    }
    target = args.out / args.head
    head.save(target, manifest)
    print(f"saved {target}")

    if args.head not in HEADS:
        print(
            f"'{args.head}' is not in textinsight.heads.HEADS: register it, then rerun to "
            "measure the test split"
        )
        return
    from textinsight.evaluate import evaluate_file

    report = evaluate_file(
        sorted(args.data.glob("*.jsonl")), settings, label_head=args.head, split="test"
    )
    res = report["tasks"][args.head]
    print(json.dumps({k: res[k] for k in ("n", "accuracy", "macro_f1")}))
    manifest["metrics"] = {
        "test_macro_f1": res["macro_f1"],
        "test_accuracy": res["accuracy"],
        "test_n": res["n"],
        "test_labels": res["labels"],
        "test_macro_f1_by": res.get("macro_f1_by", {}),
    }
    head.save(target, manifest)  # the same weights (same sha256), the figures added
    (target / "MODEL_CARD.md").write_text(model_card(args.head, head.classes_, manifest, report))


if __name__ == "__main__":
    main()
