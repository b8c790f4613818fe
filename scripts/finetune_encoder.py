"""Measure whether fine-tuning the encoder (LoRA) pays for sentiment.

    python scripts/finetune_encoder.py --data ../shared/data --out /tmp/e5-lora \
        [--max-train 12000] [--epochs 1] [--minutes 25]

Trains LoRA adapters (query/key/value/dense of every layer) plus a linear sentiment head on the
mean-pooled e5 output, on the training splits of scripts/sources.py (held-out rows never
seen). Progress goes to stdout. The adapter is saved with peft; scripts/train_heads.py can then
be pointed at the adapted encoder to compare with the frozen one on the same eval sets.
"""

from __future__ import annotations

import argparse
import json
import random
import time
from pathlib import Path

from sources import SENTIMENT

from textinsight.encoder.encoder import Encoder
from textinsight.settings import Settings
from textinsight.splits import holdout_split

LABELS = ["negative", "neutral", "positive"]


def training_rows(data: Path, max_train: int, seed: int) -> list[tuple[str, int]]:
    """Balanced-per-source training texts and label indices."""
    rng = random.Random(seed)
    per_source = max_train // len(SENTIMENT)
    out: list[tuple[str, int]] = []
    for rel, (salt, pct) in SENTIMENT.items():
        if pct == 100:
            continue
        rows = [json.loads(x) for x in (data / rel).open(encoding="utf-8")]
        rows = [r for r in rows if holdout_split(str(r["id"]), salt, pct) == "train"]
        rng.shuffle(rows)
        out += [(r["text"], LABELS.index(r["sentiment"])) for r in rows[:per_source]]
    rng.shuffle(out)
    return out


def main() -> None:
    """Fine-tune and save the adapter."""
    import torch
    from peft import LoraConfig, get_peft_model

    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--data", type=Path, required=True)
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--max-train", type=int, default=12000)
    ap.add_argument("--epochs", type=int, default=1)
    ap.add_argument("--batch", type=int, default=16)
    ap.add_argument("--lr", type=float, default=3e-4)
    ap.add_argument("--rank", type=int, default=8)
    ap.add_argument("--max-len", type=int, default=96)
    ap.add_argument("--minutes", type=float, default=25.0, help="stop after this much time")
    ap.add_argument("--seed", type=int, default=0)
    args = ap.parse_args()
    torch.manual_seed(args.seed)

    enc = Encoder.from_settings(Settings())
    cfg = LoraConfig(
        r=args.rank,
        lora_alpha=2 * args.rank,
        lora_dropout=0.1,
        target_modules=["query", "key", "value", "dense"],
    )
    model = get_peft_model(enc.model, cfg)
    model.print_trainable_parameters()
    head = torch.nn.Linear(enc.dim, len(LABELS))
    params = [p for p in model.parameters() if p.requires_grad] + list(head.parameters())
    opt = torch.optim.AdamW(params, lr=args.lr, weight_decay=0.01)
    rows = training_rows(args.data, args.max_train, args.seed)
    steps = args.epochs * (len(rows) // args.batch)
    sched = torch.optim.lr_scheduler.OneCycleLR(
        opt, max_lr=args.lr, total_steps=steps, pct_start=0.1
    )
    counts = torch.bincount(torch.tensor([y for _, y in rows]), minlength=3).float()
    loss_fn = torch.nn.CrossEntropyLoss(weight=counts.sum() / (3 * counts))
    tok = enc.tokenizer
    model.train()
    t0, step = time.time(), 0
    for _ in range(args.epochs):
        for b in range(0, len(rows) - args.batch + 1, args.batch):
            batch = rows[b : b + args.batch]
            x = tok(
                [enc.prefix + t for t, _ in batch],
                padding=True,
                truncation=True,
                max_length=args.max_len,
                return_tensors="pt",
            )
            h = model(**x).last_hidden_state
            m = x["attention_mask"].unsqueeze(-1).float()
            pooled = torch.nn.functional.normalize((h * m).sum(1) / m.sum(1), dim=-1)
            loss = loss_fn(head(pooled * 20.0), torch.tensor([y for _, y in batch]))
            loss.backward()
            torch.nn.utils.clip_grad_norm_(params, 1.0)
            opt.step()
            sched.step()
            opt.zero_grad()
            step += 1
            if step % 25 == 0:
                el = time.time() - t0
                print(f"step {step}/{steps} loss {loss.item():.3f} {el / 60:.1f} min", flush=True)
            if time.time() - t0 > args.minutes * 60:
                break
    args.out.mkdir(parents=True, exist_ok=True)
    model.save_pretrained(str(args.out))
    torch.save(head.state_dict(), args.out / "sentiment_head.pt")
    print(f"saved adapter after {step} steps to {args.out}", flush=True)


if __name__ == "__main__":
    main()
