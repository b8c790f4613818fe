#!/usr/bin/env python3
"""Build the hand-written ``churn_risk`` sets: ``texts/<lang>.json`` -> ``<lang>.jsonl``.

Each text file (``texts/da.json``, ``texts/nb.json``, ``texts/sv.json``, ``texts/en.json``) is
a JSON array, one object per line: ``genre``, ``case``, ``label`` and ``text``, written by hand
(see README.md). The builder checks every row, numbers the rows of a language in file order
(``churn-<lang>-NNNN``), marks 25 % of each label ``test`` by a fixed seeded rule and writes
``<lang>.jsonl`` next to this file with the fields ``id``, ``text``, ``language``, ``label``,
``split``, ``genre`` and ``case``.

The split rule: within a language and label, rows are ordered by case and then by the
sha256 of ``SPLIT_SALT + text``; every fourth row of that order (positions 0, 4, 8, ...) is
``test``. The test share is thus 25 % of each label (rounded up), spread over the cases, and a
row's split does not depend on its position in the file (adding, removing or editing a row can
move other rows of its language and label, though: see README.md).

Run from the repository root (standard library only): ``python data/churn/build.py``;
``--check`` validates and prints the counts without writing.
"""

from __future__ import annotations

import collections
import hashlib
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # data/, for tools/
from tools.jsonl import read_texts, write_jsonl

HERE = Path(__file__).resolve().parent
LANGS = ("da", "nb", "sv", "en")
GENRES = {"survey", "social", "chat", "interview"}
# case -> the label it belongs to (README.md: the label guide)
CASES = {
    "cancelled": "at_risk",  # has cancelled / left / is in the notice period
    "leaving": "at_risk",  # says they are leaving or switching (decided, not done yet)
    "considering": "at_risk",  # considering, threatening, conditional ("if ..., I'll switch")
    "indirect": "at_risk",  # polite or indirect forms (notice period, "looking around")
    "sarcasm": "at_risk",  # sarcasm / irony (often with emojis) that carries leave intent
    "complaint": "none",  # unhappy, even angry, but no leave intent
    "praise": "none",
    "cancel_other": "none",  # cancel / return an order, item, booking, newsletter ...
    "stayed": "none",  # thought about leaving, was kept, stays
    "loyal": "none",  # long-standing or returning customers
    "suggestion": "none",
    "question": "none",
    "non_answer": "none",  # "-", "N/A", "Ingen kommentarer"
    "other": "none",  # neutral remarks, competitors named without leave intent
}
LABELS = ("at_risk", "none")
TEST_EVERY = 4  # one row in four is test: 25 %
SPLIT_SALT = "churn-split-v1:"
MIN_WORDS, MAX_WORDS = 1, 80
AT_RISK_SHARE = (0.30, 0.40)  # the share of at_risk rows each language must keep


def _split_key(case: str, text: str) -> tuple[str, str]:
    return case, hashlib.sha256((SPLIT_SALT + text).encode("utf-8")).hexdigest()


def build(lang: str, rows: list[dict]) -> list[dict]:
    """Check the rows of one language and turn them into records (ids in file order)."""
    records = []
    for n, row in enumerate(rows, 1):
        where = f"texts/{lang}.json row {n}"
        if set(row) != {"genre", "case", "label", "text"}:
            raise ValueError(f"{where}: fields {sorted(row)}")
        text = row["text"]
        if text != text.strip() or "  " in text or "\n" in text:
            raise ValueError(f"{where}: stray whitespace in {text!r}")
        if row["genre"] not in GENRES:
            raise ValueError(f"{where}: genre {row['genre']!r}")
        if CASES.get(row["case"]) != row["label"]:
            raise ValueError(f"{where}: case {row['case']!r} with label {row['label']!r}")
        words = len(text.split())
        if not MIN_WORDS <= words <= MAX_WORDS:
            raise ValueError(f"{where}: {words} words")
        records.append(
            {
                "id": f"churn-{lang}-{n:04d}",
                "text": text,
                "language": lang,
                "label": row["label"],
                "split": "train",
                "genre": row["genre"],
                "case": row["case"],
            }
        )
    for label in LABELS:
        ordered = sorted(
            (r for r in records if r["label"] == label),
            key=lambda r: _split_key(r["case"], r["text"]),
        )
        for i, rec in enumerate(ordered):
            if i % TEST_EVERY == 0:
                rec["split"] = "test"
    share = sum(r["label"] == "at_risk" for r in records) / max(len(records), 1)
    if not AT_RISK_SHARE[0] <= share <= AT_RISK_SHARE[1]:
        raise ValueError(f"{lang}: at_risk share {share:.2f} outside {AT_RISK_SHARE}")
    return records


def check_duplicates(records: list[dict]) -> None:
    """No text twice (compared case- and space-insensitively) within a language, nor across
    languages unless it is a one- or two-word non-answer such as ``-`` or ``N/A``."""
    seen: dict[tuple[str, str], str] = {}
    for rec in records:
        words = rec["text"].lower().split()
        short_non_answer = rec["case"] == "non_answer" and len(words) <= 2
        key = (rec["language"] if short_non_answer else "*", " ".join(words))
        if key in seen:
            raise ValueError(f"duplicate text: {seen[key]} and {rec['id']}: {rec['text']!r}")
        seen[key] = rec["id"]


def report(lang: str, records: list[dict]) -> None:
    by = collections.Counter((r["label"], r["split"]) for r in records)
    cases = collections.Counter(r["case"] for r in records)
    genres = collections.Counter(r["genre"] for r in records)
    words = sorted(len(r["text"].split()) for r in records)
    print(
        f"{lang}: {len(records)} rows; "
        + ", ".join(f"{lab} {by[lab, 'train']}+{by[lab, 'test']}" for lab in LABELS)
        + " (train+test); words "
        + f"{words[0]}-{words[-1]} (median {words[len(words) // 2]})"
    )
    print("    cases:  " + ", ".join(f"{c} {cases[c]}" for c in CASES if cases[c]))
    print("    genres: " + ", ".join(f"{g} {genres[g]}" for g in sorted(GENRES) if genres[g]))


def main() -> int:
    built = {
        lang: build(lang, read_texts(HERE / "texts" / f"{lang}.json"))
        for lang in LANGS
        if (HERE / "texts" / f"{lang}.json").exists()
    }
    check_duplicates([r for recs in built.values() for r in recs])
    for lang, recs in built.items():
        report(lang, recs)
    if "--check" in sys.argv:
        return 0
    for lang, recs in built.items():
        write_jsonl(HERE / f"{lang}.jsonl", recs)
    print(f"wrote {', '.join(f'{lang}.jsonl' for lang in built)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
