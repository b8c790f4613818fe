"""Reading the builders' text files and writing the built sets.

Texts live next to each builder in ``texts_<name>.json``: a JSON array with one object per
line (``lang``, ``genre``, ``text`` and, for some sets, labels), in the order the builder reads
them. The order matters: generators fill placeholders in that order from a seeded RNG.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path


def read_texts(path: str | Path) -> list[dict]:
    """The rows of a builder's text file, in file order."""
    with open(path, encoding="utf-8") as fh:
        rows = json.load(fh)
    if not isinstance(rows, list) or not all(isinstance(r, dict) for r in rows):
        raise ValueError(f"{path}: expected a JSON array of objects")
    return rows


def write_texts(path: str | Path, rows: Iterable[dict]) -> None:
    """Write rows as a JSON array, one object per line (readable, diffable, exact)."""
    lines = [json.dumps(r, ensure_ascii=False) for r in rows]
    with open(path, "w", encoding="utf-8") as fh:
        fh.write("[\n" + ",\n".join(lines) + "\n]\n")


def write_jsonl(path: str | Path, records: Iterable[dict]) -> None:
    """Write a built set: one JSON object per line, UTF-8, no ASCII escaping."""
    with open(path, "w", encoding="utf-8") as fh:
        for rec in records:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
