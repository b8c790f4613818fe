"""Stream documents out of JSONL, CSV, XLSX, Parquet, TXT, DOCX files or standard input.

Readers yield one :class:`~textinsight.types.Document` at a time, so memory stays flat. Text
files are read in the encoding :mod:`textinsight.io.encoding` detects (or the one given as
``Columns.encoding``); bytes that it cannot decode are kept as surrogate escapes and later
turned into an ``undecodable`` record error by the validate stage; a malformed JSON line
becomes an ``invalid_json`` record. Dates are written one way whatever the format: an ISO date
(``2026-03-06``) for a date alone, an ISO date and time only when there is a time.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import math
import sys
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TextIO

from ..errors import InvalidInput, TextInsightError, UnsupportedFormat
from ..types import Document, RecordError
from .archive import ArchiveLimits, check_input
from .csvfile import read_rows
from .encoding import check_encoding, file_encoding
from .sniff import check_content

TABULAR = {".csv", ".tsv", ".xlsx", ".parquet", ".jsonl", ".ndjson"}
WHOLE_FILE = {".txt", ".docx"}
INPUT_FORMATS = TABULAR | WHOLE_FILE | {"-"}


@dataclass(frozen=True)
class Columns:
    """Which column (or key) holds the text, the id, and an optional language hint; and the
    encoding of text files (None: detected)."""

    text: str = "text"
    id: str | None = "id"
    language: str | None = None
    encoding: str | None = None


def _json_value(v: Any) -> Any:
    """Make a cell JSON-friendly: dates to ISO strings, NaN to None, numpy scalars to Python.

    A date is written as a date (``2026-03-06``) whatever the format held it as: spreadsheets
    and Parquet timestamps store a date alone as midnight, which is not a time of day. A
    datetime with a time (or a time zone) keeps it (``2026-03-06T14:30:00``)."""
    if v is None:
        return None
    if isinstance(v, float) and math.isnan(v):
        return None
    if isinstance(v, dt.datetime) and v.tzinfo is None and v.time() == dt.time():
        return v.date().isoformat()
    if isinstance(v, dt.datetime | dt.date | dt.time):
        return v.isoformat()
    if hasattr(v, "item") and not isinstance(v, str | bytes):
        try:
            return _json_value(v.item())
        except (ValueError, AttributeError):
            pass
    if isinstance(v, bytes):
        return v.decode("utf-8", "surrogateescape")
    return v


def id_text(value: Any) -> str:
    """An id as the text it was written as: a JSON ``true`` is ``"true"`` (not ``"True"`` or
    ``"1"``), an integer keeps its digits, a fraction is written the shortest way (``1.50``
    becomes ``"1.5"``), and a string stays itself."""
    value = _json_value(value)
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def _make_doc(row: dict[str, Any], cols: Columns, rownum: int, prefix: str) -> Document:
    if cols.text not in row:
        # the column names are not quoted: without a header they are the first row's text
        raise InvalidInput(
            f"no column {cols.text!r} among the input's {len(row)} columns; name the text "
            "column with --text-column (text_column in an upload)"
        )
    text = row[cols.text]
    raw_id = row.get(cols.id) if cols.id else None
    doc_id = id_text(raw_id) if raw_id is not None and raw_id != "" else f"{prefix}{rownum}"
    hint = row.get(cols.language) if cols.language else None
    meta = {
        k: _json_value(v) for k, v in row.items() if k not in (cols.text, cols.id) and k is not None
    }
    text = _json_value(text)
    if text is None:
        text = ""
    elif not isinstance(text, str):
        text = str(text)
    return Document(doc_id, text, meta, str(hint).lower() if hint else None)


def _jsonl(f: TextIO, cols: Columns, prefix: str) -> Iterator[Document]:
    for n, line in enumerate(f, start=1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
            if not isinstance(row, dict):
                raise ValueError("a JSON object per line is expected")
        except ValueError as exc:
            doc = Document(f"{prefix}{n}", "", {})
            doc.error = RecordError("invalid_json", f"line {n}: {exc}")
            yield doc
            continue
        if cols.text not in row:
            raw_id = row.get(cols.id or "id")
            doc = Document(
                f"{prefix}{n}" if raw_id is None or raw_id == "" else id_text(raw_id), "", {}
            )
            doc.error = RecordError("missing_text", f"line {n} has no {cols.text!r} key")
            yield doc
            continue
        yield _make_doc(row, cols, n, prefix)


def _csv(path: Path, cols: Columns, prefix: str) -> Iterator[Document]:
    for n, row in enumerate(read_rows(path, encoding=file_encoding(path, cols.encoding)), start=1):
        clean = {k: (None if v == "" and k != cols.text else v) for k, v in row.cells.items()}
        doc = _make_doc(clean, cols, n, prefix)
        doc.rows = row.lines
        if row.error is not None:
            doc.error = RecordError(*row.error)
        yield doc


def _xlsx(path: Path, cols: Columns, prefix: str) -> Iterator[Document]:
    from openpyxl import load_workbook

    wb = load_workbook(path, read_only=True, data_only=True)
    try:
        ws = wb.worksheets[0]
        rows = ws.iter_rows(values_only=True)
        header = next(rows, None)
        if header is None:
            return
        names = [str(h) if h is not None else f"column_{i + 1}" for i, h in enumerate(header)]
        for n, values in enumerate(rows, start=1):
            if all(v is None for v in values):
                continue
            yield _make_doc(dict(zip(names, values, strict=False)), cols, n, prefix)
    finally:
        wb.close()


def _parquet(path: Path, cols: Columns, prefix: str) -> Iterator[Document]:
    import pyarrow.parquet as pq

    n = 0
    for batch in pq.ParquetFile(path).iter_batches(batch_size=2048):
        for row in batch.to_pylist():
            n += 1
            yield _make_doc(row, cols, n, prefix)


def _docx_text(path: Path) -> str:
    from docx import Document as Docx

    return "\n".join(p.text for p in Docx(str(path)).paragraphs)


def read_path(
    path: Path, cols: Columns, prefix: str = "", limits: ArchiveLimits | None = None
) -> Iterator[Document]:
    """Documents of one input file (or ``-`` for JSON Lines on standard input); XLSX, DOCX
    and Parquet files that would expand past ``limits`` are refused before parsing."""
    if str(path) == "-":
        encoding = check_encoding(cols.encoding) if cols.encoding else "utf-8-sig"
        stream = io.TextIOWrapper(sys.stdin.buffer, encoding=encoding, errors="surrogateescape")
        yield from _jsonl(stream, cols, prefix)
        return
    suffix = path.suffix.lower()
    if not path.exists():
        raise InvalidInput(f"input file not found: {path}")
    check_content(path.name, path)  # the extension does not lie (UnsupportedFormat)
    check_input(path, limits)
    try:
        yield from _read_file(path, suffix, cols, prefix)
    except TextInsightError:
        raise
    except (zipfile.BadZipFile, KeyError, ValueError, OSError, ImportError) as exc:
        # a file that passed the checks and still breaks its parser (ArrowInvalid is a
        # ValueError, python-docx's PackageNotFoundError one too) is named, not "internal"
        raise InvalidInput(
            f"{path.name} cannot be read as a {suffix} file ({type(exc).__name__})"
        ) from exc


def _read_file(path: Path, suffix: str, cols: Columns, prefix: str) -> Iterator[Document]:
    if suffix in (".jsonl", ".ndjson"):
        with open(path, encoding=file_encoding(path, cols.encoding), errors="surrogateescape") as f:
            yield from _jsonl(f, cols, prefix)
    elif suffix in (".csv", ".tsv"):
        yield from _csv(path, cols, prefix)
    elif suffix == ".xlsx":
        yield from _xlsx(path, cols, prefix)
    elif suffix == ".parquet":
        yield from _parquet(path, cols, prefix)
    elif suffix == ".txt":
        text = path.read_bytes().decode(file_encoding(path, cols.encoding), "surrogateescape")
        yield Document(path.stem, text, {"source": path.name})
    elif suffix == ".docx":
        yield Document(path.stem, _docx_text(path), {"source": path.name})
    else:
        raise UnsupportedFormat(
            f"cannot read {path.name}: supported inputs are {sorted(INPUT_FORMATS)}"
        )


def read_inputs(
    paths: list[Path], cols: Columns, limits: ArchiveLimits | None = None
) -> Iterator[Document]:
    """Documents of several inputs in order; row-number ids get a file prefix when needed."""
    for path in paths:
        prefix = f"{path.stem}:" if len(paths) > 1 and path.suffix.lower() in TABULAR else ""
        yield from read_path(path, cols, prefix, limits)


def count_rows(paths: list[Path], limits: ArchiveLimits | None = None) -> int | None:
    """A cheap estimate of the number of documents (for the progress bar), or None."""
    total = 0
    for path in paths:
        suffix = path.suffix.lower()
        if str(path) == "-":
            return None
        if suffix in WHOLE_FILE:
            total += 1
        elif suffix in (".jsonl", ".ndjson", ".csv", ".tsv"):
            if path.stat().st_size > 2 << 30:
                return None
            with open(path, "rb") as f:
                lines = sum(block.count(b"\n") for block in iter(lambda: f.read(1 << 20), b""))
            total += lines - (1 if suffix in (".csv", ".tsv") else 0)
        elif suffix == ".parquet":
            import pyarrow.parquet as pq

            total += pq.ParquetFile(path).metadata.num_rows
        elif suffix == ".xlsx":
            from openpyxl import load_workbook

            check_input(path, limits)  # opening the workbook reads its shared strings

            wb = load_workbook(path, read_only=True)
            total += max((wb.worksheets[0].max_row or 1) - 1, 0)
            wb.close()
        else:
            return None
    return max(total, 0)
