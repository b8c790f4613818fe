"""Encoder alone vs the full ``analyze`` path, per genre.

    python scripts/benchmark.py --data ../shared/data [--n 2000] [--threads 2]

Builds 2,000 texts per genre from the shared data (survey-like reviews, tweets, and interview
transcripts stitched from review sentences with speaker turns), runs the full analyze path
(read JSONL -> every pipeline stage -> journal -> JSONL output), then the encoder alone on
exactly the segments that path encoded. Prints texts per second and the share of the total
time spent outside the encoder's forward pass (target: <= 15 %).
"""

from __future__ import annotations

import argparse
import json
import random
import tempfile
import time
from pathlib import Path

from textinsight.io.readers import Columns
from textinsight.pipeline import Pipeline
from textinsight.runner import run_analysis
from textinsight.settings import Settings


def read(path: Path) -> list[str]:
    """Texts of a JSON Lines file."""
    with open(path, encoding="utf-8") as f:
        return [json.loads(x)["text"] for x in f if x.strip()]


def genres(data: Path, n: int, seed: int) -> dict[str, list[str]]:
    """``n`` texts per genre."""
    rng = random.Random(seed)
    survey = read(data / "sentiment/en_trustpilot_translated.jsonl")
    social = (read(data / "sentiment/da_angrytweets_train.jsonl")
              + read(data / "sentiment/sv_tweets.jsonl")
              + read(data / "sentiment/en_tweeteval.jsonl"))  # fmt: skip
    sentences = read(data / "sentiment/nb_norec_sentence_train.jsonl") + read(
        data / "sentiment/da_lcc.jsonl"
    )
    rng.shuffle(survey)
    rng.shuffle(social)
    interviews = []
    for _ in range(n):
        turns = []
        for t in range(rng.randint(4, 8)):
            who = "I" if t % 2 == 0 else "R"
            body = " ".join(rng.choice(sentences) for _ in range(rng.randint(1, 3)))
            turns.append(f"[00:{t:02d}:{rng.randint(0, 59):02d}] {who}: {body}")
        interviews.append("\n".join(turns))
    return {"survey": survey[:n], "social": social[:n], "interview": interviews}


def main() -> None:
    """Run the benchmark and print a table."""
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--data", type=Path, required=True)
    ap.add_argument("--n", type=int, default=2000)
    ap.add_argument("--threads", type=int, default=0)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--repeats", type=int, default=2)
    ap.add_argument("--genres", default="survey,social,interview")
    args = ap.parse_args()

    settings = Settings(progress=False, threads=args.threads)
    pipe = Pipeline.from_settings(settings)
    embed = pipe.get("embed")
    encoder = embed.encoder  # type: ignore[union-attr]
    encoder.encode(["warm-up"] * 8)
    before = pipe.names.index("embed")
    seg_pipe = Pipeline(pipe.stages[:before], settings.batch_size)

    print(f"{'genre':<10}{'texts':>7}{'segments':>10}{'full t/s':>10}{'encoder t/s':>13}"
          f"{'outside encoder':>17}")  # fmt: skip
    totals = [0.0, 0.0]
    with tempfile.TemporaryDirectory() as tmp:
        for genre, texts in genres(args.data, args.n, args.seed).items():
            if genre not in args.genres.split(","):
                continue
            src = Path(tmp) / f"{genre}.jsonl"
            src.write_text("\n".join(json.dumps({"id": str(i), "text": t}, ensure_ascii=False)
                                     for i, t in enumerate(texts)) + "\n")  # fmt: skip
            # the exact segment texts the full path encodes
            from textinsight.types import Document

            docs = seg_pipe([Document(str(i), t) for i, t in enumerate(texts)])
            seg_texts = [s.model_text or d.segment_text(s) for d in docs if d.ok
                         for s in d.segments]  # fmt: skip
            full, enc = float("inf"), float("inf")
            for _ in range(args.repeats):  # alternate, keep the best of each (noisy machine)
                t0 = time.perf_counter()
                run_analysis([src], str(Path(tmp) / f"{genre}.out.jsonl"), settings,
                             cols=Columns(), pipeline=pipe, progress=False)  # fmt: skip
                full = min(full, time.perf_counter() - t0)
                t0 = time.perf_counter()
                for b in range(0, len(seg_texts), 4096):
                    encoder.encode(seg_texts[b : b + 4096])
                enc = min(enc, time.perf_counter() - t0)
            totals[0] += full
            totals[1] += enc
            print(f"{genre:<10}{len(texts):>7}{len(seg_texts):>10}{len(texts) / full:>10.1f}"
                  f"{len(texts) / enc:>13.1f}{(full - enc) / full:>16.1%}")  # fmt: skip
    print(f"{'all':<10}{'':>7}{'':>10}{'':>10}{'':>13}{(totals[0] - totals[1]) / totals[0]:>16.1%}")


if __name__ == "__main__":
    main()
