"""Issue 11 item 6: would the label heads gain from pooled features of more than the last layer?

The tuned trunk (``--trunk``, the shipped one by default) stays fixed. Over the training rows
and the development rows it was trained with (``finetune_trunk.gather`` with the data folders,
recipe and seed of its manifest; the same cached token states), linear
task heads are fitted (the trunk's own losses, AdamW) on three inputs:

- ``tuned``: the mean-pooled output of the tuned top layers (what the heads read today);
- ``tuned+L8``: that vector next to the mean-pooled token states leaving the shared lower
  layers (layer 8, where the label branch starts; both L2-normalised);
- ``L8``: the lower layers' vector alone.

It prints the development scores as ``finetune_trunk.py`` does (sentiment 3-class macro-F1,
plus 4-class with ``mixed``; feedback type macro-F1; pillars and touchpoints micro-F1) per
input and seed, and their means. Nothing is saved.

    PYTHONPATH=scripts:. python scripts/pooled_features.py --data ../shared/data \\
        --work /tmp/textinsight-trunk --seeds 0,1,2
"""

from __future__ import annotations

import argparse
import json
import random
import time
from pathlib import Path
from typing import Any

import finetune_trunk as ft
import numpy as np


def features(args: argparse.Namespace) -> tuple[list[Any], list[Any], dict, np.ndarray, np.ndarray]:
    """(training rows, development rows, description, tuned vectors, layer-8 vectors)."""
    import torch

    from textinsight.encoder.encoder import Encoder
    from textinsight.encoder.tuned import TunedTop
    from textinsight.settings import Settings

    torch.manual_seed(args.seed)
    train, dev, desc = ft.gather(args, random.Random(args.seed))
    enc = Encoder.from_settings(Settings(encoder_tuned="none", progress=False))
    top = TunedTop.load(args.trunk, enc.model)
    top.layers.eval()
    states, _ = ft.cache_states(args, enc, top.first, [r.text for r in train + dev])
    tuned = np.zeros((len(states), enc.dim), np.float32)
    low = np.zeros_like(tuned)
    order = sorted(range(len(states)), key=lambda k: len(states[k]))
    t0 = time.time()
    with torch.inference_mode():
        for a in range(0, len(order), 128):
            b = order[a : a + 128]
            h, mask = ft.pad(torch, [states[k] for k in b], torch.device("cpu"))
            m = mask.unsqueeze(-1)
            low[b] = torch.nn.functional.normalize((h * m).sum(1) / m.sum(1), dim=-1).numpy()
            tuned[b] = ft.forward(torch, top, h, mask).numpy()
    ft.log(f"vectors of {len(states)} rows ({time.time() - t0:.0f} s)")
    return train, dev, desc, tuned, low


def fit_and_score(
    x: np.ndarray,
    train: list[Any],
    dev: list[Any],
    desc: dict,
    seed: int,
    epochs: int,
    mixed_class: bool,
) -> dict[str, float]:
    """Fit the task heads on ``x``'s training rows; development scores."""
    import torch

    torch.manual_seed(seed)
    xs = torch.tensor(x)
    xtr, xdv = xs[: len(train)], xs[len(train) :]
    heads = ft.Heads(torch, x.shape[1], len(desc["pillars"]), len(desc["touchpoints"]), mixed_class)
    opt = torch.optim.AdamW(heads.mod.parameters(), lr=2e-3, weight_decay=0.01)
    order = [i for i, r in enumerate(train) for _ in range(max(1, round(r.weight)))]
    rng = random.Random(seed)
    for _ in range(epochs):
        rng.shuffle(order)
        for a in range(0, len(order), 32):
            b = order[a : a + 32]
            loss = ft.multitask_loss(torch, heads, xtr[b], [train[k] for k in b], "cpu")
            opt.zero_grad()
            loss.backward()
            opt.step()
    tally = ft.Tally(four=mixed_class)
    with torch.no_grad():
        for a in range(0, len(dev), 64):
            tally.add(heads, xdv[a : a + 64], dev[a : a + 64])
    return tally.scores()


def main() -> None:
    """Fit and score every input per seed; print each line and the means."""
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--data", type=Path, required=True, help="the shared data directory")
    ap.add_argument("--trunk", type=Path, default=Path("models/encoder_tuned"))
    ap.add_argument("--work", type=Path, default=Path("/tmp/textinsight-trunk"))
    ap.add_argument("--seeds", default="0,1,2")
    ap.add_argument("--epochs", type=int, default=8)
    args = ap.parse_args()
    # the recipe and the written data the trunk was trained with, from its manifest
    manifest = json.loads((args.trunk / "manifest.json").read_text())
    if manifest.get("soup"):
        ap.error(f"{args.trunk} is a soup of several runs: their training rows differ by seed")
    hp = manifest["hyper_parameters"]
    args.own_weight, args.max_tokens = hp["own_weight"], hp["max_tokens"]
    args.mixed_class, args.seed = hp.get("mixed_class", False), manifest["seed"]
    args.public_cap = hp.get("public_cap", ft.PER_SOURCE)  # trunks before the option: 5,000
    args.cx = Path("data/cx")
    args.extra = sorted(
        {Path(f).parent for f in manifest["training_data"] if f.startswith("data/")} - {args.cx}
    )
    train, dev, desc, tuned, low = features(args)
    inputs = {"tuned": tuned, "tuned+L8": np.concatenate([tuned, low], 1), "L8": low}
    for name, x in inputs.items():
        runs = []
        for seed in (int(s) for s in args.seeds.split(",")):
            runs.append(fit_and_score(x, train, dev, desc, seed, args.epochs, args.mixed_class))
            print(f"{name:<9} seed {seed}: {json.dumps(runs[-1])}", flush=True)
        mean = {k: round(float(np.mean([r[k] for r in runs])), 4) for k in runs[0]}
        print(f"{name:<9} mean:   {json.dumps(mean)}", flush=True)


if __name__ == "__main__":
    main()
