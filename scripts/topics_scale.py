"""Time and memory of ``textinsight topics fit`` on N short comments (README's scale figures).

It writes N short texts (at most 40 words) drawn from every data set under ``--data`` (all
four languages; when N exceeds what there is, the list is cycled and the repeats are
counted and reported - nothing in textinsight deduplicates them), then runs the real command
in a child process and reads its wall time and peak memory from ``/usr/bin/time`` (or
``resource`` when that is missing).

    python scripts/topics_scale.py --data ../shared/data --n 10000
    python scripts/topics_scale.py --data ../shared/data --n 100000 --quantize
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def short_texts(data: Path, seed: int) -> list[str]:
    """Every text of at most 40 words in the data sets, shuffled."""
    out = []
    for path in sorted(data.glob("*/*.jsonl")):
        with open(path, encoding="utf-8") as f:
            for line in f:
                t = json.loads(line).get("text", "")
                if t and 3 <= len(t.split()) <= 40:
                    out.append(t)
    random.Random(seed).shuffle(out)
    return out


def main() -> None:
    """Write the input, run the command, print the figures."""
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--data", type=Path, required=True)
    ap.add_argument("--n", type=int, default=10000)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--quantize", action="store_true", help="TEXTINSIGHT_ENCODER_QUANTIZE=1")
    ap.add_argument("--keep", type=Path, help="Keep the model directory here.")
    args = ap.parse_args()

    pool = short_texts(args.data, args.seed)
    texts = [pool[i % len(pool)] for i in range(args.n)]
    repeats = max(0, args.n - len(pool))
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "comments.jsonl"
        with open(src, "w", encoding="utf-8") as f:
            for i, t in enumerate(texts):
                f.write(json.dumps({"id": f"c{i}", "text": t}, ensure_ascii=False) + "\n")
        out = args.keep or Path(tmp) / "model"
        env = {**os.environ, "TEXTINSIGHT_PROGRESS": "false"}
        if args.quantize:
            env["TEXTINSIGHT_ENCODER_QUANTIZE"] = "1"
        cmd = [sys.executable, "-m", "textinsight", "topics", "fit", str(src), "-o", str(out),
               "--no-progress"]  # fmt: skip
        timer = shutil.which("time") or (
            "/usr/bin/time" if Path("/usr/bin/time").exists() else None
        )
        t0 = time.perf_counter()
        if timer:
            res = subprocess.run([timer, "-v", *cmd], env=env, capture_output=True, text=True)
            m = re.search(r"Maximum resident set size \(kbytes\): (\d+)", res.stderr)
            peak_mb = int(m.group(1)) / 1024 if m else float("nan")
        else:
            res = subprocess.run(cmd, env=env, capture_output=True, text=True)
            peak_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
        wall = time.perf_counter() - t0
        if res.returncode != 0:
            sys.exit(f"topics fit failed:\n{res.stderr[-3000:]}")
        meta = json.loads((out / "model.json").read_text())
    rep = meta["report"]
    print(
        f"{args.n} comments ({repeats} repeats of the {len(pool)} available), "
        f"quantized encoder: {args.quantize}"
    )
    print(
        f"wall {wall / 60:.1f} min (analyse+embed {meta['seconds']['analyse_and_embed'] / 60:.1f}"
        f" min, cluster {meta['seconds']['cluster'] / 60:.1f} min); peak memory {peak_mb:,.0f} MB"
    )
    print(
        f"topics {rep['topics']}; non-answers {rep['non_answers']}; outliers "
        f"{rep['outlier_share_before']:.1%} before reduction, {rep['outlier_share_after']:.1%} "
        f"after; refit agreement {rep['refit_agreement']:.3f}"
    )


if __name__ == "__main__":
    main()
