"""What the tuned label branch costs: encoder time per document with and without it.

    python scripts/branch_cost.py --data ../shared/data [--n 1000] [--repeats 3]

Times ``Encoder.encode_views`` on the same texts with the shipped branch (lower layers once,
top layers twice) and without it (the plain encoder), alternating the two so that machine
noise hits both alike, and prints texts per second and the ratio (target: at most 1.35).
Also times the int8 (``encoder_quantize``) variants.
"""

from __future__ import annotations

import argparse
import json
import random
import time
from pathlib import Path

from textinsight.encoder.encoder import Encoder
from textinsight.settings import Settings


def texts(data: Path, n: int) -> list[str]:
    """A seeded mix of tweets and review comments."""
    rows = []
    for rel in (
        "sentiment/da_angrytweets_train.jsonl",
        "sentiment/sv_tweets.jsonl",
        "sentiment/en_trustpilot_translated.jsonl",
        "sentiment/nb_norec_sentence_train.jsonl",
    ):
        rows += [json.loads(x)["text"] for x in (data / rel).open(encoding="utf-8")]
    return random.Random(3).sample(rows, n)


def main() -> None:
    """Print the timing table."""
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--data", type=Path, required=True)
    ap.add_argument("--n", type=int, default=1000)
    ap.add_argument("--repeats", type=int, default=3)
    args = ap.parse_args()
    batch = texts(args.data, args.n)
    variants = {
        "plain": Settings(encoder_tuned="none"),
        "branch": Settings(),
        "plain int8": Settings(encoder_tuned="none", encoder_quantize=True),
        "branch int8": Settings(encoder_quantize=True),
    }
    encoders = {k: Encoder.from_settings(s) for k, s in variants.items()}
    best = {k: float("inf") for k in encoders}
    paired = []  # branch / plain of each round: the two ran back to back, so noise is shared
    for _ in range(args.repeats):
        took = {}
        for k, enc in encoders.items():
            t0 = time.perf_counter()
            enc.encode_views(batch)
            took[k] = time.perf_counter() - t0
            best[k] = min(best[k], took[k])
        paired.append(took["branch"] / took["plain"])
    for k, t in best.items():
        print(f"{k:12s} {args.n / t:7.1f} texts/s")
    print(f"branch / plain time ratio: {best['branch'] / best['plain']:.3f}")
    print(
        "branch / plain per round: "
        + ", ".join(f"{r:.3f}" for r in paired)
        + f" (median {sorted(paired)[len(paired) // 2]:.3f})"
    )
    print(f"branch int8 / plain int8: {best['branch int8'] / best['plain int8']:.3f}")
    print(f"branch float / branch int8 (int8 speed-up): {best['branch'] / best['branch int8']:.2f}")


if __name__ == "__main__":
    main()
