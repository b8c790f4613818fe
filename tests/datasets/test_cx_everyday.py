"""data/cx_everyday: its validator passes, its test rows never reach training, and no training
row restates one of issue 11's example texts (which tests/test_labels_real.py checks)."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "data" / "cx_everyday"


def _rows() -> list[dict]:
    return [json.loads(x) for p in sorted(DATA.glob("[a-z][a-z].jsonl")) for x in p.open()]


def test_cx_everyday_validator_passes() -> None:
    run = subprocess.run(
        [sys.executable, str(DATA / "check.py")], capture_output=True, text=True, check=False
    )
    assert run.returncode == 0, run.stdout[-2000:]
    assert "0 error(s)" in run.stdout


def test_cx_everyday_training_reads_only_train_rows() -> None:
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        from finetune_trunk import feedback_rows
    finally:
        sys.path.remove(str(ROOT / "scripts"))
    rows = _rows()
    paths = sorted(DATA.glob("[a-z][a-z].jsonl"))
    trained = feedback_rows(paths, lambda r: r.get("split", "train") == "train", ["x"], ["y"])
    texts = {r.text for r in trained}
    test = [r for r in rows if r["split"] == "test"]
    assert len(test) >= 330 and not texts & {r["text"] for r in test}
    assert len(texts) == len(rows) - len(test)


def _words(text: str) -> set[str]:
    return {w for w in re.findall(r"\w+", text.lower()) if len(w) > 2}


def test_cx_everyday_no_training_row_restates_an_issue_example() -> None:
    """A restatement: the same polarity and 40 % or more of the example's words."""
    from tests.test_labels_real import ISSUE_EXAMPLES

    for row in _rows():
        if row["split"] != "train":
            continue
        for text, gold in ISSUE_EXAMPLES:
            shared = _words(row["text"]) & _words(text)
            same = row["sentiment"] == gold
            assert not same or len(shared) / len(_words(text)) < 0.4, (row["id"], text, shared)
