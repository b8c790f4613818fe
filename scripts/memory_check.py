"""Peak resident memory of ``textinsight analyze`` as the input grows.

    python scripts/memory_check.py --rows 1000000 --stages validate,language,segment,normalize
    python scripts/memory_check.py --rows 5000 20000

Writes a synthetic CSV of N short feedback rows (four languages, varied), runs the CLI in a
child process per N and prints its peak RSS (ru_maxrss). Flat memory means the peak does not
grow with N. ``--stages`` limits the pipeline (the encoder dominates run time, not memory).
"""

from __future__ import annotations

import argparse
import csv
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

WORDS = {
    lang: text.split()
    for lang, text in {
        "da": "jeg har ventet på svar fra kundeservice i over en time og fakturaen er forkert",
        "nb": "jeg har ventet på svar fra kundeservice i over en time og regningen er feil",
        "sv": "jag har väntat på svar från kundtjänst i över en timme och fakturan är fel",
        "en": "i have waited for an answer from customer service for an hour and the bill is wrong",
    }.items()
}


def write_csv(path: Path, rows: int, seed: int = 1) -> None:
    """A CSV of ``rows`` synthetic comments with a date and NPS column."""
    rng = random.Random(seed)
    langs = list(WORDS)
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["id", "text", "date", "nps"])
        for i in range(rows):
            words = WORDS[langs[i % 4]]
            n = rng.randint(5, 30)
            text = " ".join(rng.choice(words) for _ in range(n)).capitalize() + "."
            w.writerow([f"r{i}", text, f"2026-{1 + i % 12:02d}-{1 + i % 28:02d}", i % 11])


def main() -> None:
    """Run and report."""
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--rows", type=int, nargs="+", default=[5000, 20000])
    ap.add_argument("--stages", default=None, help="comma-separated stage names")
    ap.add_argument("--output-suffix", default=".jsonl")
    args = ap.parse_args()
    env = dict(os.environ)
    if args.stages:
        env["TEXTINSIGHT_STAGES"] = str(args.stages.split(",")).replace("'", '"')
    print(f"{'rows':>9}{'peak RSS MB':>13}{'seconds':>9}{'rows/s':>9}")
    for n in args.rows:
        with tempfile.TemporaryDirectory() as tmp:
            src = Path(tmp) / "in.csv"
            write_csv(src, n)
            out = Path(tmp) / f"out{args.output_suffix}"
            t0 = time.perf_counter()
            code = f"""
import resource, sys
from textinsight.cli import main
sys.argv = ["textinsight", "analyze", {str(src)!r}, "-o", {str(out)!r}, "--no-progress"]
try:
    main()
except SystemExit as e:
    if e.code: raise
print("MAXRSS", resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, file=sys.stderr)
"""
            res = subprocess.run(
                [sys.executable, "-c", code], env=env, capture_output=True, text=True
            )
            secs = time.perf_counter() - t0
            if res.returncode:
                print(res.stderr[-3000:])
                raise SystemExit(res.returncode)
            peak = int(res.stderr.split("MAXRSS")[-1].split()[0]) / 1024
            print(f"{n:>9}{peak:>13.0f}{secs:>9.0f}{n / secs:>9.0f}")


if __name__ == "__main__":
    main()
