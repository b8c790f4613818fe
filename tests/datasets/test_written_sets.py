"""The written sets with their own test split (data/cx_everyday, data/cx_words,
data/cx_vocab): each one's validator passes, its test rows never reach training, and no
training row restates one of issue 11's example texts (which tests/test_labels_real.py
checks)."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
# the set -> at least this many test rows
SETS = {"cx_everyday": 330, "cx_words": 316, "cx_vocab": 320}
sets = pytest.mark.parametrize("name", sorted(SETS))


def _rows(name: str) -> list[dict]:
    folder = ROOT / "data" / name
    return [json.loads(x) for p in sorted(folder.glob("[a-z][a-z].jsonl")) for x in p.open()]


@sets
def test_written_set_validator_passes(name: str) -> None:
    run = subprocess.run(
        [sys.executable, str(ROOT / "data" / name / "check.py")],
        capture_output=True,
        text=True,
        check=False,
    )
    assert run.returncode == 0, run.stdout[-2000:]
    assert "0 error(s)" in run.stdout


@sets
def test_written_set_training_reads_only_train_rows(name: str) -> None:
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        from finetune_trunk import feedback_rows
    finally:
        sys.path.remove(str(ROOT / "scripts"))
    rows = _rows(name)
    paths = sorted((ROOT / "data" / name).glob("[a-z][a-z].jsonl"))
    assert len(paths) == 4
    trained = feedback_rows(paths, lambda r: r.get("split", "train") == "train", ["x"], ["y"])
    texts = {r.text for r in trained}
    test = [r for r in rows if r["split"] == "test"]
    assert len(test) >= SETS[name] and not texts & {r["text"] for r in test}
    assert len(trained) == len(rows) - len(test)


def _words(text: str) -> set[str]:
    return {w for w in re.findall(r"\w+", text.lower()) if len(w) > 2}


@sets
def test_written_set_no_training_row_restates_an_issue_example(name: str) -> None:
    """A restatement: the same polarity and 40 % or more of the example's words."""
    from tests.test_labels_real import ISSUE_EXAMPLES

    for row in _rows(name):
        if row["split"] != "train":
            continue
        for text, gold in ISSUE_EXAMPLES:
            shared = _words(row["text"]) & _words(text)
            same = row["sentiment"] == gold
            assert not same or len(shared) / len(_words(text)) < 0.4, (row["id"], text, shared)


def test_written_set_reader_reports_each_broken_line(tmp_path: Path) -> None:
    """The shared reader of the sets' checkers (data/tools/rowcheck.py): a good row comes
    through; a blank line, bad JSON, a repeated id, an empty or padded text and another
    language are each reported where they stand."""
    sys.path.insert(0, str(ROOT / "data"))
    try:
        from tools.rowcheck import checked_rows
    finally:
        sys.path.remove(str(ROOT / "data"))
    lines = [
        {"id": "a", "text": "Fin service.", "lang": "da"},
        "",
        "{not json",
        {"id": "a", "text": "Igen.", "lang": "da"},
        {"id": "b", "text": " ", "lang": "da"},
        {"id": "c", "text": " Padded", "lang": "sv"},
    ]
    path = tmp_path / "da.jsonl"
    path.write_text("\n".join(x if isinstance(x, str) else json.dumps(x) for x in lines) + "\n")
    errors: list[str] = []
    rows = list(checked_rows(path, "da", {}, lambda w, m: errors.append(f"{w}: {m}")))
    assert [r["id"] for _, r in rows] == ["a", "a", "c"]
    assert errors[0] == "da.jsonl:2: blank line" and errors[1].startswith("da.jsonl:3: bad JSON")
    assert errors[2] == "da.jsonl:4 [a]: duplicate id (also da.jsonl:1 [a])"
    assert errors[3] == "da.jsonl:5 [b]: missing or empty text"
    assert errors[4:] == [
        "da.jsonl:6 [c]: text has leading/trailing whitespace",
        "da.jsonl:6 [c]: lang 'sv' does not match file da.jsonl",
    ]


def test_written_set_label_check_reports_each_bad_field() -> None:
    """The label fields every set's checker shares (data/tools/rowcheck.py): a good row passes;
    each bad field, a repeat and a contradiction is reported."""
    sys.path.insert(0, str(ROOT / "data"))
    try:
        from tools.rowcheck import check_labels
    finally:
        sys.path.remove(str(ROOT / "data"))
    good = {
        "genre": "survey",
        "split": "train",
        "sentiment": "negative",
        "feedback_type": "complaint",
        "pillars": ["empathy"],
        "touchpoints": ["billing"],
    }
    errors: list[str] = []
    check_labels(good, "w", lambda w, m: errors.append(m))
    assert errors == []
    bad = {
        "genre": "blog",
        "split": "dev",
        "sentiment": "angry",
        "feedback_type": "rant",
        "pillars": "empathy",
        "touchpoints": ["billing", "billing", "moon"],
    }
    check_labels(bad, "w", lambda w, m: errors.append(m))
    assert errors == [
        "genre 'blog' not in ['interview', 'social', 'survey']",
        "split 'dev' not in ['test', 'train']",
        "sentiment 'angry' not in ['mixed', 'negative', 'neutral', 'positive']",
        "feedback_type 'rant' not in ['complaint', 'other', 'praise', 'question', 'suggestion']",
        "pillars must be a list",
        "unknown touchpoints ['moon']",
        "repeated touchpoints",
    ]
    errors.clear()
    check_labels({**good, "feedback_type": "praise"}, "w", lambda w, m: errors.append(m))
    check_labels({**good, "sentiment": "positive"}, "w", lambda w, m: errors.append(m))
    assert errors == ["praise with negative sentiment", "complaint with positive sentiment"]
