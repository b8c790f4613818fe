"""Write the held-out evaluation files (gold JSON Lines for ``textinsight evaluate``).

    python scripts/make_eval_sets.py --data ../shared/data --out out/eval

Public data is held out by the same hashed split the training script uses (scripts/sources.py),
so these rows are never trained on. The project's own CX test split is written too. Nothing is
written into the repository: the public files' licences do not allow redistribution here.
"""

from __future__ import annotations

import argparse
import json
import random
from pathlib import Path

from sources import EVAL_SETS, SENTIMENT

from textinsight.splits import cx_split, holdout_split


def main() -> None:
    """Write one gold file per evaluation set."""
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--data", type=Path, required=True)
    ap.add_argument("--cx", type=Path, default=Path("data/cx"))
    ap.add_argument("--out", type=Path, default=Path("out/eval"))
    ap.add_argument("--max-rows", type=int, default=2000, help="seeded sample of larger sets")
    args = ap.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    for name, files in EVAL_SETS.items():
        rows = []
        for rel in files:
            salt, pct = SENTIMENT[rel]
            for line in (args.data / rel).open(encoding="utf-8"):
                r = json.loads(line)
                if pct == 100 or holdout_split(str(r["id"]), salt, pct) == "test":
                    rows.append(
                        {
                            "id": r["id"],
                            "text": r["text"],
                            "lang": r["lang"],
                            "genre": "review"
                            if "norec" in rel or "trustpilot" in rel
                            else "social",
                            "sentiment": r["sentiment"],
                        }
                    )
        if len(rows) > args.max_rows:
            keep = sorted(random.Random(5).sample(range(len(rows)), args.max_rows))
            rows = [rows[i] for i in keep]
        (args.out / f"{name}.jsonl").write_text(
            "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)
        )
        print(f"{name}: {len(rows)} rows")
    cx = []
    for path in sorted(args.cx.glob("*.jsonl")):
        for line in path.open(encoding="utf-8"):
            r = json.loads(line)
            if cx_split(r["id"]) == "test":
                cx.append(r)
    (args.out / "cx_test.jsonl").write_text(
        "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in cx)
    )
    print(f"cx_test: {len(cx)} rows")

    # the written sets with their own test split (hard cases, everyday vocabulary and
    # outcomes, plain texts over a wide vocabulary, the common strong words in new contexts),
    # and the plain polarity checks (test only)
    def rows(folder: str, pattern: str = "[a-z][a-z].jsonl", split: str | None = "test") -> list:
        return [
            r
            for p in sorted(Path(folder).glob(pattern))
            for r in map(json.loads, p.open(encoding="utf-8"))
            if split is None or r.get("split") == split
        ]

    sets = {
        "cx_hard_test": rows("data/cx_hard"),
        "polarity": rows("data/cx_hard", "polarity_*.jsonl", None),
        "cx_everyday_test": rows("data/cx_everyday"),
        "cx_words_test": rows("data/cx_words"),
        "cx_vocab_test": rows("data/cx_vocab"),
    }
    for name, rows in sets.items():
        if rows:
            (args.out / f"{name}.jsonl").write_text(
                "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)
            )
            print(f"{name}: {len(rows)} rows")


if __name__ == "__main__":
    main()
