"""Check that a file's bytes are what its extension says, before any parser opens it.

A spreadsheet renamed ``.csv`` or a text renamed ``.xlsx`` would otherwise fail deep inside a
parser (``BadZipFile``, ``ArrowInvalid``, ``PackageNotFoundError``) or be read as garbage. The
checks look at a few bytes (and a zip's directory): XLSX and DOCX are zip packages holding
their main part, Parquet starts and ends with ``PAR1``, and the text formats (CSV, TSV, JSON
Lines, TXT) hold no NUL byte in their first 64 KiB unless they are UTF-16 or UTF-32 text (a
byte-order mark, or NULs in every other byte: see :mod:`textinsight.io.encoding`).
"""

from __future__ import annotations

import zipfile
from pathlib import Path
from typing import IO

from ..errors import UnsupportedFormat
from .encoding import wide_text

MAIN_PART = {".xlsx": "xl/workbook.xml", ".docx": "word/document.xml"}
TEXT = {".csv", ".tsv", ".jsonl", ".ndjson", ".txt"}
_HEAD = 65536


def _looks_right(suffix: str, f: IO[bytes]) -> str | None:
    """None when the content fits ``suffix``, else what is wrong with it."""
    head = f.read(_HEAD)
    if suffix in MAIN_PART:
        if not head.startswith(b"PK"):
            return f"it is not a zip package, as every {suffix} file is"
        f.seek(0)
        try:
            names = set(zipfile.ZipFile(f).namelist())
        except zipfile.BadZipFile:
            return "its zip directory cannot be read"
        if MAIN_PART[suffix] not in names:
            return f"the zip package has no {MAIN_PART[suffix]}: it is no {suffix} file"
    elif suffix == ".parquet":
        f.seek(0, 2)
        if f.tell() < 12:
            return "it is too short for a Parquet file"
        f.seek(-4, 2)
        if not head.startswith(b"PAR1") or f.read(4) != b"PAR1":
            return "it does not start and end with PAR1, as every Parquet file does"
    elif suffix in TEXT and b"\x00" in head and not wide_text(head):
        return "it holds NUL bytes: a binary file, not text"
    return None


def check_content(name: str, source: Path | IO[bytes]) -> None:
    """UnsupportedFormat when the content of ``source`` does not fit the extension of
    ``name``; a file object is read from its start and rewound."""
    suffix = Path(name).suffix.lower()
    if suffix not in MAIN_PART and suffix not in TEXT and suffix != ".parquet":
        return
    if isinstance(source, Path):
        with open(source, "rb") as f:
            wrong = _looks_right(suffix, f)
    else:
        source.seek(0)
        try:
            wrong = _looks_right(suffix, source)
        finally:
            source.seek(0)
    if wrong is not None:
        raise UnsupportedFormat(f"{Path(name).name} is named {suffix} but {wrong}")
