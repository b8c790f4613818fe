"""Score a LoRA-fine-tuned sentiment encoder (scripts/finetune_encoder.py) on the eval sets.

    python scripts/eval_finetuned.py --adapter /tmp/e5-lora --eval out/eval

Prints macro-F1 per set (positive-vs-negative accuracy for two-class sets), to compare with
the frozen encoder + logistic head measured by ``textinsight evaluate`` on the same files.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import numpy as np


def main() -> None:
    """Evaluate."""
    import torch
    from peft import PeftModel
    from sklearn.metrics import f1_score

    from textinsight.encoder.encoder import Encoder
    from textinsight.settings import Settings

    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--adapter", type=Path, required=True)
    ap.add_argument("--eval", type=Path, default=Path("out/eval"))
    ap.add_argument(
        "--sets",
        default="da_tweets,nb_norec_sentences,sv_tweets,sv_absabank,en_tweets,scandi_reviews_mt",
    )
    args = ap.parse_args()
    enc = Encoder.from_settings(Settings())
    enc.model = PeftModel.from_pretrained(enc.model, str(args.adapter)).merge_and_unload().eval()
    head = torch.nn.Linear(enc.dim, 3)
    head.load_state_dict(torch.load(args.adapter / "sentiment_head.pt"))
    labels = np.array(["negative", "neutral", "positive"])
    for name in args.sets.split(","):
        rows = [json.loads(x) for x in (args.eval / f"{name}.jsonl").open(encoding="utf-8")]
        vecs = torch.tensor(enc.encode([r["text"] for r in rows]))
        with torch.inference_mode():
            p = torch.softmax(head(vecs * 20.0), -1).numpy()
        gold = [r["sentiment"] for r in rows]
        if set(gold) <= {"positive", "negative"}:
            pred = np.where(p[:, 2] >= p[:, 0], "positive", "negative")
            print(f"{name}: positive-vs-negative accuracy {np.mean(pred == np.array(gold)):.3f}")
        else:
            pred = labels[p.argmax(1)]
            print(f"{name}: macro-F1 {f1_score(gold, pred, average='macro'):.3f}", flush=True)


if __name__ == "__main__":
    main()
