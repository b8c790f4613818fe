"""Train the Nordic language model (da / nb / sv / en) shipped in models/langid/.

    python scripts/train_langid.py --data ../shared/data [--extra data/cx] \
        [--extra data/cx_extra] --out models/langid

Training text: the labelled sentiment corpora of ../shared/data (their ``lang`` field) plus,
with --extra (repeatable), the training split of the project's own CX sets. The test sets
data/langid/short_texts_test.jsonl and data/langid/social_test.jsonl are never read here, nor
are the dev sets (data/langid/*_dev.jsonl: for choosing settings). Same data and seed give the
same model.
"""

from __future__ import annotations

import argparse
import json
import random
from collections import Counter
from pathlib import Path

import numpy as np

from textinsight.langid import NordicLanguageModel, featurize, voting_text

SOURCES = {
    "da": [
        "sentiment/da_angrytweets_train.jsonl",
        "sentiment/da_twittersent_train.jsonl",
        "sentiment/da_lcc.jsonl",
        "sentiment/da_europarl.jsonl",
        "sentiment/da_social_comments.jsonl",
    ],
    "nb": ["sentiment/nb_norec_sentence_train.jsonl"],
    "sv": ["sentiment/sv_tweets.jsonl", "sentiment/sv_absabank_imm_train.jsonl"],
    "en": ["sentiment/en_tweeteval.jsonl", "feedback_type/en_customer_feedback_train.jsonl"],
}
CLASSES = ["da", "en", "nb", "sv"]


def read_jsonl(path: Path) -> list[dict]:
    """All objects of a JSON Lines file."""
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def load_training(
    data: Path,
    extra: list[Path] | None,
    per_class: int,
    seed: int,
    per_file: int = 4000,
    extra_repeat: int = 5,
) -> tuple[list[str], list[str], dict]:
    """Texts and labels, deterministic.

    Public files give at most ``per_file`` texts each (so one style, e.g. Danish social media,
    does not define a language) and ``per_class`` per language; the project's own feedback
    texts (train split) are all kept and repeated ``extra_repeat`` times, since they are the
    genre the model serves.
    """
    rng = random.Random(seed)
    public: dict[str, list[str]] = {c: [] for c in CLASSES}
    own: dict[str, list[str]] = {c: [] for c in CLASSES}
    used: dict[str, list[str]] = {c: [] for c in CLASSES}
    for lang, files in SOURCES.items():
        for rel in files:
            rows = sorted({r["text"] for r in read_jsonl(data / rel) if r.get("text")})
            rng.shuffle(rows)
            public[lang].extend(rows[:per_file])
            used[lang].append(f"{rel} (<= {per_file} texts)")
    from textinsight.splits import cx_split  # the held-out CX split stays out

    for directory in extra or []:
        for path in sorted(directory.glob("*.jsonl")):
            for row in read_jsonl(path):
                if row.get("lang") in own and cx_split(row["id"]) == "train":
                    own[row["lang"]].append(row["text"])
            for c in CLASSES:
                used[c].append(f"{path.name} (train split, x{extra_repeat})")
    xs: list[str] = []
    ys: list[str] = []
    for lang in CLASSES:
        pool = sorted(set(public[lang]))
        rng.shuffle(pool)
        pool = pool[:per_class] + own[lang] * extra_repeat
        xs.extend(voting_text(t) for t in pool)  # as the model reads texts: no tags, no URLs
        ys.extend([lang] * len(pool))
    return xs, ys, used


def main() -> None:
    """Train and save."""
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--data", type=Path, required=True, help="the shared data directory")
    ap.add_argument(
        "--extra",
        type=Path,
        action="append",
        default=None,
        help="a project CX set directory (repeatable)",
    )
    ap.add_argument("--out", type=Path, default=Path("models/langid"))
    ap.add_argument("--per-class", type=int, default=8000)
    ap.add_argument("--n-features", type=int, default=2**18)
    ap.add_argument("--C", type=float, default=8.0)
    ap.add_argument("--blend-weight", type=float, default=0.3)
    ap.add_argument("--seed", type=int, default=13)
    args = ap.parse_args()

    from sklearn.linear_model import LogisticRegression

    xs, ys, used = load_training(args.data, args.extra, args.per_class, args.seed)
    print("training texts per language:", dict(Counter(ys)))
    x = featurize(xs, args.n_features)
    clf = LogisticRegression(C=args.C, max_iter=2000, class_weight="balanced")
    clf.fit(x, ys)
    assert list(clf.classes_) == CLASSES
    model = NordicLanguageModel(
        clf.coef_.astype(np.float32), clf.intercept_.astype(np.float32), CLASSES, args.n_features
    )
    model.save(
        args.out,
        {
            "name": "textinsight-nordic-langid",
            "version": "1",
            "kind": "logistic regression over hashed char_wb 1-5-grams and word unigrams",
            "training_files": used,
            "seed": args.seed,
            "C": args.C,
            "blend_weight": args.blend_weight,
            "training_counts": dict(Counter(ys)),
        },
    )
    print("saved to", args.out)


if __name__ == "__main__":
    main()
