"""Fit each label head's int8 variant: the heads read the int8 encoder's vectors as the float
heads read the float ones.

    python scripts/calibrate_int8_heads.py --data ../shared/data [--n 6000] [--seed 0]

int8 dynamic quantisation moves the label vectors (cosine to the float ones about 0.92 on the
tuned branch), and heads fitted on float vectors then read them wrongly. This script encodes a
sample of *training* texts (never a held-out row) with both the float (``onnx-fp32``) and the
int8 (``onnx-int8``) encoder, and for every registered head fits, by ridge regression, a linear
head on the int8 vectors whose logits match the float head's logits on the float vectors
(distillation: no labels needed, and the float head's calibrated class offsets, ``mixed``
thresholds and label thresholds keep their meaning, so they are copied). The ridge strength is
chosen on a fifth of the sample kept out of the fit, by decision agreement with the float head.
Writes ``models/<head>/int8/`` (weights + manifest with the fit's figures); the pipeline loads
it when the encoder runs int8 (``textinsight.heads.head_folder``). Deterministic: the same
sample, seed and encoders give the same weights.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
from pathlib import Path
from typing import Any

import numpy as np
from finetune_trunk import EXTRA
from sources import SENTIMENT
from train_heads import read

from textinsight.heads import HEADS, INT8_VARIANT, LinearHead, head_dir
from textinsight.splits import cx_split, holdout_split

ALPHAS = (1e-4, 1e-3, 1e-2, 1e-1)
OWN = (*(f"data/{d}" for d in EXTRA), "data/churn")


def training_texts(data: Path, n: int, seed: int) -> list[str]:
    """A seeded sample of ``n`` distinct training texts: the public sentiment training splits
    (without the development tenth) and the project's written sets' training rows."""
    public: list[str] = []
    for rel, (salt, pct) in SENTIMENT.items():
        if pct == 100 or not (data / rel).exists():
            continue
        public += [
            r["text"]
            for r in read(data / rel)
            if holdout_split(str(r["id"]), salt, pct) == "train"
            and holdout_split(str(r["id"]), f"{salt}-dev", 10) == "train"
        ]
    cx = [r for p in sorted(Path("data/cx").glob("*.jsonl")) for r in read(p)]
    own = [r["text"] for r in cx if cx_split(r["id"]) == "train"]
    for d in OWN:
        for p in sorted(Path(d).glob("*.jsonl")):
            if p.name.startswith("polarity"):
                continue  # test only
            own += [r["text"] for r in read(p) if r.get("split", "train") == "train"]
    rng = random.Random(seed)
    # the written feedback is nearest to what the service reads: all of it (up to half the
    # sample), then public training texts
    mine = sorted(set(t for t in own if t.strip()))
    rng.shuffle(mine)
    mine = mine[: n // 2]
    rest = sorted(set(t for t in public if t.strip()) - set(mine))
    rng.shuffle(rest)
    return mine + rest[: n - len(mine)]


def decisions(head: LinearHead, logits: np.ndarray) -> np.ndarray:
    """The head's decisions from logits: argmax for single-label heads, thresholded
    probabilities for multi-label ones."""
    if head.kind == "softmax":
        return logits.argmax(1)
    return (1.0 / (1.0 + np.exp(-logits))) >= head.thresholds_


def agreement(head: LinearHead, a: np.ndarray, b: np.ndarray) -> float:
    """Share of decisions equal between two logit arrays (per text for single-label heads,
    per text and label for multi-label ones)."""
    return float((decisions(head, a) == decisions(head, b)).mean())


def ridge(x: np.ndarray, y: np.ndarray, alpha: float) -> tuple[np.ndarray, np.ndarray]:
    """Least squares ``y ≈ x @ w.T + b`` with an L2 penalty ``alpha * n`` on ``w``."""
    xm, ym = x.mean(0), y.mean(0)
    xc, yc = (x - xm).astype(np.float64), (y - ym).astype(np.float64)
    gram = xc.T @ xc + alpha * len(x) * np.eye(x.shape[1])
    w = np.linalg.solve(gram, xc.T @ yc).T
    return w.astype(np.float32), (ym - w @ xm).astype(np.float32)


def fit_head(
    head: LinearHead, x_float: np.ndarray, x_int8: np.ndarray, fit: np.ndarray, val: np.ndarray
) -> tuple[LinearHead, dict[str, Any]]:
    """The int8 variant of ``head`` and the figures of its fit."""
    target = x_float @ head.coef_.T + head.intercept_
    before = agreement(head, target[val], x_int8[val] @ head.coef_.T + head.intercept_)
    best: tuple[float, float] = (-1.0, ALPHAS[0])
    for alpha in ALPHAS:
        w, b = ridge(x_int8[fit], target[fit], alpha)
        score = agreement(head, target[val], x_int8[val] @ w.T + b)
        if score > best[0]:
            best = (score, alpha)
    w, b = ridge(x_int8, target, best[1])  # refit on the whole sample with the chosen alpha
    variant = LinearHead(w, b, head.classes_, head.kind, head.thresholds_)
    return variant, {
        "ridge_alpha": best[1],
        "validation_agreement_float_head_on_int8": round(before, 4),
        "validation_agreement_int8_head": round(best[0], 4),
    }


def main() -> None:
    """Encode the sample twice, fit and save every head's int8 variant."""
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--data", type=Path, required=True, help="the shared data directory")
    ap.add_argument("--n", type=int, default=6000, help="training texts to encode")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--heads", default=",".join(HEADS), help="comma-separated head names")
    args = ap.parse_args()
    from textinsight.encoder.encoder import Encoder
    from textinsight.encoder.registry import sha256_file
    from textinsight.settings import Settings

    texts = training_texts(args.data, args.n, args.seed)
    print(f"{len(texts)} training texts", flush=True)
    views = {}
    for backend in ("onnx-fp32", "onnx-int8"):
        enc = Encoder.from_settings(Settings(encoder_backend=backend, progress=False))
        views[backend] = enc.encode_views(texts)[1]
        version = enc.version
        print(f"encoded with {backend} ({version})", flush=True)
    x_float, x_int8 = views["onnx-fp32"], views["onnx-int8"]
    cos = float((x_float * x_int8).sum(1).mean())
    idx = np.random.default_rng(args.seed).permutation(len(texts))
    val, fit = idx[: len(idx) // 5], idx[len(idx) // 5 :]
    digest = hashlib.sha256("\n".join(texts).encode()).hexdigest()
    for name in args.heads.split(","):
        directory = head_dir(name)
        head = LinearHead.load(directory)
        variant, figures = fit_head(head, x_float, x_int8, fit, val)
        manifest = json.loads((directory / "manifest.json").read_text())
        for k in ("classes", "kind", "thresholds", "sha256"):
            manifest.pop(k, None)
        manifest.update(
            {
                "name": f"{manifest.get('name', name)}-int8",
                "variant": "int8 encoder (encoder_backend onnx-int8, or encoder_quantize)",
                "int8_fit": {
                    "method": "ridge regression of the float head's logits on float vectors "
                    "from the int8 vectors of the same texts (scripts/calibrate_int8_heads.py)",
                    "float_head_sha256": sha256_file(directory / "weights.safetensors"),
                    "int8_encoder": version,
                    "texts": len(texts),
                    "texts_sha256": digest,
                    "seed": args.seed,
                    "mean_cosine_float_int8": round(cos, 4),
                    **figures,
                },
            }
        )
        variant.save(directory / INT8_VARIANT, manifest)
        print(f"{name}: {json.dumps(figures)}", flush=True)


if __name__ == "__main__":
    main()
