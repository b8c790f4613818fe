"""Rebuild every data set into a temporary copy of ``data/`` and compare it byte for byte.

Run from anywhere: ``python data/tools/verify_rebuild.py`` (standard library only).

Each builder writes its outputs next to itself, so the script copies ``data/`` to a temporary
directory, deletes the built files there, runs every builder in the copy and compares the
sha256 of each rebuilt file with the committed one in ``data/``. The combined hold-out files
(``pii/pii_holdout*.jsonl``) are checked as the concatenation of their two parts. Exit status 0
when every file is identical, 1 otherwise.
"""

from __future__ import annotations

import hashlib
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

DATA = Path(__file__).resolve().parent.parent

# builder (relative to data/) -> the files it writes
OUTPUTS: dict[str, list[str]] = {
    "cx_extra/build_danb.py": ["cx_extra/da.jsonl", "cx_extra/nb.jsonl"],
    "cx_extra/build_sven.py": ["cx_extra/sv.jsonl", "cx_extra/en.jsonl"],
    "churn/build.py": ["churn/da.jsonl", "churn/nb.jsonl", "churn/sv.jsonl", "churn/en.jsonl"],
    "pii/build_pii_set.py": ["pii/pii_test.jsonl"],
    "pii/build_pii_dev.py": ["pii/pii_dev.jsonl"],
    **{
        f"pii/{d}/build_{part}.py": [f"pii/{d}/pii_holdout_{part}.jsonl"]
        for d in ("holdout", "holdout3", "holdout4", "holdout5")
        for part in ("danb", "sven")
    },
}
# combined file -> its parts, in order
CONCAT: dict[str, list[str]] = {
    f"pii/pii_{d}.jsonl": [f"pii/{d}/pii_holdout_danb.jsonl", f"pii/{d}/pii_holdout_sven.jsonl"]
    for d in ("holdout", "holdout3", "holdout4", "holdout5")
}


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def main() -> int:
    builders = sorted(str(p.relative_to(DATA)) for p in DATA.glob("**/build_*.py"))
    unknown = sorted(set(builders) - set(OUTPUTS))
    if unknown:
        print(f"builders without a known output (add them to OUTPUTS): {unknown}")
        return 1
    failures = 0
    with tempfile.TemporaryDirectory(prefix="verify_rebuild_") as tmp:
        copy = Path(tmp) / "data"
        shutil.copytree(DATA, copy, ignore=shutil.ignore_patterns("__pycache__"))
        for outs in OUTPUTS.values():
            for out in outs:
                (copy / out).unlink(missing_ok=True)
        for builder, outs in OUTPUTS.items():
            run = subprocess.run(
                [sys.executable, str(copy / builder)],
                cwd=tmp,
                capture_output=True,
                text=True,
                check=False,
            )
            if run.returncode != 0:
                print(f"FAIL  {builder} exited {run.returncode}\n{run.stderr[-2000:]}")
                failures += 1
                continue
            for out in outs:
                rebuilt = copy / out
                if not rebuilt.exists():
                    print(f"FAIL  {out}: not written by {builder}")
                    failures += 1
                    continue
                new, gold = sha256(rebuilt.read_bytes()), sha256((DATA / out).read_bytes())
                same = new == gold
                failures += not same
                print(
                    f"{'ok   ' if same else 'DIFF '} {new[:16]}  {out}"
                    + ("" if same else f"  (committed {gold[:16]})")
                )
        for combined, parts in CONCAT.items():
            new = sha256(b"".join((copy / p).read_bytes() for p in parts if (copy / p).exists()))
            gold = sha256((DATA / combined).read_bytes())
            same = new == gold
            failures += not same
            print(f"{'ok   ' if same else 'DIFF '} {new[:16]}  {combined} (= {' + '.join(parts)})")
    golds = [f"data/{o}" for outs in OUTPUTS.values() for o in outs] + [f"data/{c}" for c in CONCAT]
    try:
        dirty = subprocess.run(
            ["git", "status", "--porcelain", "--", *golds],
            cwd=DATA.parent,
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        dirty = ""  # not a git checkout: the files in data/ are the reference
    if dirty:
        print(f"note: gold files differ from git HEAD (compared with the working tree):\n{dirty}")
    total = sum(len(v) for v in OUTPUTS.values()) + len(CONCAT)
    print(
        f"{total - failures} of {total} files identical"
        if failures
        else f"all {total} files identical"
    )
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
