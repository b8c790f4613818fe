"""Embed labelled JSON Lines files once, for training and tuning the heads.

    python scripts/embed_corpus.py FILE.jsonl... --out ~/.cache/textinsight/embeddings

Each text goes through the same stages as at inference (segment -> normalise -> embed), so
training sees exactly the document vectors that ``analyze`` gives the label heads (the
tuned branch when the encoder has one). Writes, per input,
``<stem>.npz`` with ``ids`` and ``vectors`` (float16); an existing, complete file is reused.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

import numpy as np

from textinsight.pipeline import Pipeline
from textinsight.settings import Settings
from textinsight.types import Document


def main() -> None:
    """Embed every file given."""
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("files", type=Path, nargs="+")
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument(
        "--sample",
        type=int,
        default=0,
        help="a seeded random sample of this many rows per file (0 = all)",
    )
    args = ap.parse_args()
    # fixed batching (as in train_heads.py), so the same files give the same vectors
    settings = Settings(
        progress=False,
        batch_size=256,
        encoder_batch_size=32,
        stages=["validate", "segment", "normalize", "embed"],
    )
    pipe = Pipeline.from_settings(settings)
    args.out.mkdir(parents=True, exist_ok=True)
    for path in args.files:
        target = args.out / f"{path.stem}.npz"
        rows = [json.loads(x) for x in path.open(encoding="utf-8") if x.strip()]
        if args.sample and len(rows) > args.sample:
            import random

            keep = sorted(random.Random(11).sample(range(len(rows)), args.sample))
            rows = [rows[i] for i in keep]
        if target.exists() and len(np.load(target)["ids"]) == len(rows):
            print(f"{path.name}: cached", file=sys.stderr)
            continue
        t0 = time.perf_counter()
        docs = list(pipe.pipe(Document(str(r["id"]), r["text"]) for r in rows))
        dim = pipe.require_encoder("embed_corpus").dim
        zero = np.zeros(dim, np.float32)
        vecs = np.stack(
            [d.label_embedding if d.label_embedding is not None else zero for d in docs]
        ).astype(np.float16)
        np.savez(target, ids=np.array([d.id for d in docs]), vectors=vecs)
        print(f"{path.name}: {len(rows)} rows in {time.perf_counter() - t0:.0f}s", file=sys.stderr)


if __name__ == "__main__":
    main()
