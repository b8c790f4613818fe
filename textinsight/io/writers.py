"""Write records as JSON Lines, CSV, Parquet or Excel, streaming from an iterator.

Whatever the records hold, no output holds a lone surrogate (they become U+FFFD), and no
spreadsheet runs a cell as a formula: XLSX cells holding strings are string cells, and CSV
cells are neutralised by :func:`csv_cell`.
"""

from __future__ import annotations

import csv
import json
import re
import sys
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

from ..errors import UnsupportedFormat
from ..record import FLAT_COLUMNS, flatten, no_surrogates

OUTPUT_FORMATS = {".jsonl", ".csv", ".parquet", ".xlsx", "-"}

# what a spreadsheet may take for the start of a formula (OWASP, "CSV injection")
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_PLAIN_NUMBER = re.compile(r"[+-]?(?:\d+(?:[.,]\d*)?|[.,]\d+)(?:[eE][+-]?\d+)?")


def dumps(rec: dict[str, Any]) -> str:
    """One JSON line (UTF-8 kept readable; a lone surrogate is written as U+FFFD)."""
    return no_surrogates(json.dumps(rec, ensure_ascii=False, default=str))


def csv_cell(value: Any) -> Any:
    """A value as a CSV cell that no spreadsheet runs as a formula.

    The rule: a string (an id, a text, a meta value, any column) that starts with ``=``,
    ``+``, ``-``, ``@``, a tab or a carriage return gets a leading single quote (OWASP's
    advice), unless the whole string is a plain number such as ``-3`` or ``+4.5``, which a
    spreadsheet reads as that number and never as a formula. Numbers, booleans and empty
    cells are written as they are. Lone surrogates become U+FFFD.
    """
    if not isinstance(value, str):
        return value
    value = no_surrogates(value)
    if value.startswith(FORMULA_START) and not _PLAIN_NUMBER.fullmatch(value):
        return "'" + value
    return value


def csv_row(rec: dict[str, Any]) -> dict[str, Any]:
    """The flat row of a record with every cell passed through :func:`csv_cell`."""
    return {k: csv_cell(v) for k, v in flatten(rec).items()}


def columns(records: Callable[[], Iterator[dict[str, Any]]]) -> list[str]:
    """The flat columns these records fill, in a stable order (two passes over records)."""
    seen: dict[str, None] = {}
    meta: dict[str, None] = {}
    for rec in records():
        for k in flatten(rec):
            (meta if k.startswith("meta.") else seen)[k] = None
    return [c for c in FLAT_COLUMNS if c in seen] + list(meta)


def write_jsonl(records: Iterable[dict[str, Any]], path: Path) -> None:
    """JSON Lines, one record per line."""
    with open(path, "w", encoding="utf-8") as f:
        for rec in records:
            f.write(dumps(rec) + "\n")


def write_csv(records: Callable[[], Iterator[dict[str, Any]]], path: Path) -> None:
    """CSV (UTF-8 with BOM so Excel opens Nordic letters right); two passes over the records."""
    cols = columns(records)
    with open(path, "w", encoding="utf-8-sig", newline="") as f:
        # (the header is safe: fixed names, and meta columns start with 'meta.')
        w = csv.DictWriter(f, fieldnames=cols, extrasaction="ignore")
        w.writeheader()
        for rec in records():
            w.writerow(csv_row(rec))


def write_parquet(records: Callable[[], Iterator[dict[str, Any]]], path: Path,
                  chunk: int = 5000) -> None:  # fmt: skip
    """Parquet with flat columns; meta values are stored as strings for a stable schema."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    cols = columns(records)
    numeric = {"language_confidence", "sentiment_score", "feedback_type_confidence"}
    schema = pa.schema([
        pa.field(c, pa.float64() if c in numeric else pa.int64() if c == "topic" else pa.string())
        for c in cols
    ])  # fmt: skip

    def cell(c: str, v: Any) -> Any:
        if v is None or c in numeric or c == "topic":
            return v
        return no_surrogates(v if isinstance(v, str)
                             else json.dumps(v, ensure_ascii=False, default=str))  # fmt: skip

    writer = pq.ParquetWriter(path, schema)
    try:
        buf: list[dict[str, Any]] = []
        for rec in records():
            row = flatten(rec)
            buf.append({c: cell(c, row.get(c)) for c in cols})
            if len(buf) >= chunk:
                writer.write_table(pa.Table.from_pylist(buf, schema=schema))
                buf = []
        if buf:
            writer.write_table(pa.Table.from_pylist(buf, schema=schema))
    finally:
        writer.close()


_ILLEGAL_XLSX = dict.fromkeys([*range(0, 9), 11, 12, *range(14, 32)])


def _xl_cells(sheet: Any, values: Iterable[Any]) -> list[Any]:
    """One sheet row: every string is a string cell, never a formula (openpyxl makes a
    formula of any string that starts with '='), without the characters XML cannot hold,
    without lone surrogates, and cut to Excel's limit of 32,767 characters a cell."""
    from openpyxl.cell import WriteOnlyCell

    out = []
    for v in values:
        if not isinstance(v, str):
            out.append(v)
            continue
        cell = WriteOnlyCell(sheet, no_surrogates(v.translate(_ILLEGAL_XLSX))[:32767])
        cell.data_type = "s"
        out.append(cell)
    return out


def write_xlsx(records: Callable[[], Iterator[dict[str, Any]]], path: Path) -> None:
    """Excel: a 'documents' sheet (one row per record) and a 'sentences' sheet (evidence);
    every string is written as a string cell, so no text or meta value becomes a formula."""
    from openpyxl import Workbook

    cols = columns(records)
    wb = Workbook(write_only=True)
    docs = wb.create_sheet("documents")
    docs.append(_xl_cells(docs, cols))
    for rec in records():
        row = flatten(rec)
        docs.append(_xl_cells(docs, (row.get(c) for c in cols)))
    sents = wb.create_sheet("sentences")
    sent_cols = ["id", "n", "start", "end", "kind", "speaker", "text", "sentiment", "pillars",
                 "touchpoints"]  # fmt: skip
    sents.append(sent_cols)
    for rec in records():
        for n, s in enumerate(rec.get("sentences") or [], start=1):
            senti = s.get("sentiment") or {}
            sents.append(_xl_cells(sents, (
                rec["id"], n, s["start"], s["end"], s.get("kind", "sentence"), s.get("speaker"),
                rec["text"][s["start"]:s["end"]], senti.get("label"),
                ";".join(p["id"] for p in s.get("pillars", [])),
                ";".join(t["id"] for t in s.get("touchpoints", [])),
            )))  # fmt: skip
    wb.save(path)


def write_records(records: Callable[[], Iterator[dict[str, Any]]], output: str) -> None:
    """Write to ``output`` by its extension; ``records`` can be iterated more than once."""
    if output == "-":
        for rec in records():
            sys.stdout.write(dumps(rec) + "\n")
        sys.stdout.flush()
        return
    path = Path(output)
    suffix = path.suffix.lower()
    if suffix == ".jsonl":
        write_jsonl(records(), path)
    elif suffix == ".csv":
        write_csv(records, path)
    elif suffix == ".parquet":
        write_parquet(records, path)
    elif suffix == ".xlsx":
        write_xlsx(records, path)
    else:
        raise UnsupportedFormat(f"cannot write {path.name}: use one of {sorted(OUTPUT_FORMATS)}")
