"""The column names of a tabular input, read before any row is: a wrong text column is found
when a file is given (an upload answers 422 at once), not after a job has run.

Only names are ever reported, never cell contents: the first row of a CSV file that has no
header is text, so when a name does not look like one (long, many words, digits, an e-mail
address) the names are withheld.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import IO

from ..errors import MissingColumn
from .csvfile import header_of
from .encoding import SAMPLE, check_encoding, detect

_NOT_A_NAME = re.compile(r"\d{3}|@|://")


def _looks_like_name(value: str) -> bool:
    return len(value) <= 64 and len(value.split()) <= 6 and not _NOT_A_NAME.search(value)


def column_names(name: str, f: IO[bytes], encoding: str | None = None) -> list[str] | None:
    """The columns (keys) of the tabular file ``f`` named ``name``; None for a format without
    columns (TXT, DOCX) or when none can be told. ``f`` is read from its start and rewound."""
    suffix = Path(name).suffix.lower()
    f.seek(0)
    try:
        if suffix in (".csv", ".tsv", ".jsonl", ".ndjson"):
            head = f.read(SAMPLE + 1)
            enc = (
                check_encoding(encoding) if encoding else detect(head[:SAMPLE], len(head) <= SAMPLE)
            )
            text = head[:SAMPLE].decode(enc, "surrogateescape")
            return header_of(text, suffix) if suffix in (".csv", ".tsv") else _json_keys(text)
        if suffix == ".xlsx":
            from openpyxl import load_workbook

            wb = load_workbook(f, read_only=True, data_only=True)
            try:
                first = next(wb.worksheets[0].iter_rows(max_row=1, values_only=True), None)
            finally:
                wb.close()
            if first is None:
                return None
            return [str(h) if h is not None else f"column_{i + 1}" for i, h in enumerate(first)]
        if suffix == ".parquet":
            import pyarrow.parquet as pq

            return list(pq.read_schema(f).names)
        return None
    finally:
        f.seek(0)


def _json_keys(text: str, lines: int = 1000) -> list[str] | None:
    """The keys of the first ``lines`` JSON objects (None when no line is one)."""
    keys: dict[str, None] = {}
    found = False
    for line in text.splitlines()[:lines]:
        try:
            row = json.loads(line)
        except ValueError:
            continue
        if isinstance(row, dict):
            found = True
            keys.update(dict.fromkeys(map(str, row)))
    return list(keys) if found else None


def check_text_column(
    name: str, f: IO[bytes], text_column: str, encoding: str | None = None
) -> None:
    """MissingColumn when the tabular file ``f`` has columns and ``text_column`` is none of
    them; the message lists the names found (or says the first row holds no names)."""
    names = column_names(name, f, encoding)
    if names is None or text_column in names:
        return
    shown = ", ".join(repr(n) for n in names)
    if names and all(_looks_like_name(n) for n in names):
        found = f"its {len(names)} columns are {shown}"
    else:  # a file without a header: its first row is text, which is never echoed
        found = f"its first row ({len(names)} cells) does not look like a header of names"
        names = []
    raise MissingColumn(f"no text column {text_column!r} in {Path(name).name}: {found}", names)
