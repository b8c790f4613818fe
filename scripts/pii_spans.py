"""Every span the personal-data detector finds in the texts of data/pii/*.jsonl, written to a
file, and compared with such a file from another version of the code.

    python scripts/pii_spans.py --out out/pii_spans.new.jsonl
    PYTHONPATH=/tmp/ti-head python scripts/pii_spans.py --out out/pii_spans.old.jsonl
    python scripts/pii_spans.py --out out/pii_spans.new.jsonl --compare out/pii_spans.old.jsonl

Each text is analysed in its gold language (``lang``), so language identification plays no
part: two versions of the recognizers give the same file exactly when they find the same spans
(start, end, kind) in every text. The second line runs a clean ``git worktree`` of an older
commit (its ``textinsight`` comes first on the path).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    """Detect, write, compare."""
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--compare", type=Path, default=None)
    args = ap.parse_args()

    import textinsight
    from textinsight.pii.engine import PiiDetector
    from textinsight.settings import Settings

    print(f"textinsight from {Path(textinsight.__file__).parent}", file=sys.stderr)
    det = PiiDetector.build(Settings().cache_dir)
    rows = [
        (p.name, i, r)
        for p in sorted((ROOT / "data/pii").glob("*.jsonl"))
        for i, r in enumerate(map(json.loads, p.read_text().splitlines()))
    ]
    t0 = time.perf_counter()
    out = []
    for name, i, r in rows:
        spans = det.detect(r["text"], r.get("lang", "en"))
        out.append({"set": name, "i": i, "spans": [[s.start, s.end, s.kind] for s in spans]})
    took = time.perf_counter() - t0
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text("".join(json.dumps(o) + "\n" for o in out))
    print(f"{len(out)} texts, {sum(len(o['spans']) for o in out)} spans, {took:.1f} s")
    if args.compare is not None:
        old = [json.loads(x) for x in args.compare.read_text().splitlines()]
        diff = [(a, b) for a, b in zip(old, out, strict=True) if a != b]
        for a, b in diff[:20]:
            print(f"{b['set']}#{b['i']}: was {a['spans']}, now {b['spans']}")
        print(f"texts whose spans differ: {len(diff)} of {len(out)}")


if __name__ == "__main__":
    main()
