"""Time every pipeline stage on the same documents and print each one's share of the total.

It answers "what does stage X add to ``analyze``?" (e.g. the personal-data stage, target
<= 10 %): the documents go through the stages batch by batch exactly as in a run, with a clock
around each stage; the best of ``--repeats`` runs is kept per stage (the machine is noisy).

    python scripts/stage_times.py --data ../shared/data --n 2000 --genres survey,social
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from benchmark import genres  # noqa: E402

from textinsight.pipeline import Pipeline  # noqa: E402
from textinsight.settings import Settings  # noqa: E402
from textinsight.types import Document  # noqa: E402


def main() -> None:
    """Run and print the table."""
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--data", type=Path, required=True)
    ap.add_argument("--n", type=int, default=2000)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--repeats", type=int, default=2)
    ap.add_argument("--genres", default="survey,social,interview")
    args = ap.parse_args()

    settings = Settings(progress=False)
    pipe = Pipeline.from_settings(settings)
    pipe.require_encoder("stage_times").encode(["warm-up"] * 8)
    wanted = args.genres.split(",")
    for genre, texts in genres(args.data, args.n, args.seed).items():
        if genre not in wanted:
            continue
        best: dict[str, float] = defaultdict(lambda: float("inf"))
        for _ in range(args.repeats):
            spent: dict[str, float] = defaultdict(float)
            for b in range(0, len(texts), settings.batch_size):
                docs = [
                    Document(str(i), t) for i, t in enumerate(texts[b : b + settings.batch_size])
                ]
                for stage in pipe.stages:
                    t0 = time.perf_counter()
                    docs = stage(docs)
                    spent[stage.name] += time.perf_counter() - t0
            for k, v in spent.items():
                best[k] = min(best[k], v)
        total = sum(best.values())
        print(
            f"{genre}: {len(texts)} texts, {total:.1f} s in the stages, "
            f"{len(texts) / total:.1f} texts/s"
        )
        for name in pipe.names:
            print(f"  {name:<14}{best[name]:>8.2f} s {best[name] / total:>7.1%}")


if __name__ == "__main__":
    main()
