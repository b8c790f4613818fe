"""The personal-data detector with and without its prefilters: same spans? how much faster?

    python scripts/pii_prefilter_check.py --data ../shared/data --n 300

"Without" runs every recognizer on every text and spaCy's tokenizer first (as Presidio does
by default); "with" is the shipped detector (textinsight/pii/engine.py: recognizers that
cannot find anything in a text are skipped, spaCy runs only when a finding's context is
read). Texts: the benchmark's genres plus every text of data/pii/*.jsonl; timing is the best
of two alternating passes per genre (the machine is noisy).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from benchmark import genres  # noqa: E402

import textinsight.pii.engine as engine  # noqa: E402
from textinsight.settings import Settings  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]


@contextmanager
def without_prefilters() -> Iterator[None]:
    """Every recognizer, spaCy first: the detector before the prefilters."""
    saved = engine._candidate_entities, engine._LazyArtifacts
    engine._candidate_entities = lambda _t: list(engine.KINDS)  # type: ignore[assignment]
    engine._LazyArtifacts = lambda eng, t, lang: eng.process_text(t, lang)  # type: ignore[assignment,misc]
    try:
        yield
    finally:
        engine._candidate_entities, engine._LazyArtifacts = saved  # type: ignore[misc]


def main() -> None:
    """Compare and print."""
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--data", type=Path, required=True)
    ap.add_argument("--n", type=int, default=300)
    args = ap.parse_args()

    det = engine.PiiDetector.build(Settings().cache_dir)
    by_genre = {
        g: [(t, "da") for t in texts] for g, texts in genres(args.data, args.n, 7, args.n).items()
    }
    by_genre["data/pii"] = [
        (r["text"], r.get("lang", "en"))
        for p in sorted((ROOT / "data/pii").glob("*.jsonl"))
        for r in map(json.loads, p.read_text().splitlines())
    ]
    det.detect("warm up, Anna 2012 3456", "da")
    total_diff = 0
    for genre, texts in by_genre.items():
        best = {"without": float("inf"), "with": float("inf")}
        spans = {}
        for _ in range(2):
            for mode in ("without", "with"):
                t0 = time.perf_counter()
                if mode == "without":
                    with without_prefilters():
                        spans[mode] = [det.detect(t, lang) for t, lang in texts]
                else:
                    spans[mode] = [det.detect(t, lang) for t, lang in texts]
                best[mode] = min(best[mode], time.perf_counter() - t0)
        diff = sum(a != b for a, b in zip(spans["without"], spans["with"], strict=True))
        total_diff += diff
        print(
            f"{genre:<10}{len(texts):>6} texts  without {best['without']:7.2f} s  "
            f"with {best['with']:7.2f} s  {best['without'] / best['with']:5.2f}x  "
            f"texts with other spans: {diff}",
            flush=True,
        )
    print("identical spans" if total_diff == 0 else f"DIFFERENT spans in {total_diff} texts")


if __name__ == "__main__":
    main()
