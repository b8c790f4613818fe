"""Write records as JSON Lines, CSV, Parquet or Excel, streaming from an iterator.

Whatever the records hold, no output holds a lone surrogate (they become U+FFFD), and no
spreadsheet runs a cell as a formula: XLSX cells holding strings are string cells, and CSV
cells are neutralised by :func:`csv_cell`. Nothing is cut: an XLSX value longer than Excel's
limit of 32,767 characters a cell goes on in continuation columns (:func:`xlsx_pieces`).
"""

from __future__ import annotations

import csv
import json
import logging
import re
import sys
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

from ..errors import UnsupportedFormat
from ..heads import label_specs
from ..record import flat_columns, flatten, no_surrogates

OUTPUT_FORMATS = {".jsonl", ".csv", ".parquet", ".xlsx", "-"}
XLSX_CELL_LIMIT = 32_767  # characters (UTF-16 code units) Excel holds in one cell

log = logging.getLogger("textinsight")

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
    return [c for c in flat_columns() if c in seen] + list(meta)


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


def _numeric(c: str) -> bool:
    """Whether a flat column holds numbers: the score and every confidence (language, each
    single-label head's ``<key>_confidence``); meta columns are strings."""
    return not c.startswith("meta.") and (c == "sentiment_score" or c.endswith("_confidence"))


def parquet_schema(cols: list[str]) -> Any:
    """The Parquet schema of the flat columns: numbers for the confidences, the score and the
    topic, strings for everything else (meta values too, for a stable schema)."""
    import pyarrow as pa

    return pa.schema(
        [
            pa.field(
                c, pa.float64() if _numeric(c) else pa.int64() if c == "topic" else pa.string()
            )
            for c in cols
        ]
    )


def parquet_cell(c: str, v: Any) -> Any:
    """One flat value as :func:`parquet_schema` stores it (nested values as JSON strings)."""
    if v is None or _numeric(c) or c == "topic":
        return v
    return no_surrogates(
        v if isinstance(v, str) else json.dumps(v, ensure_ascii=False, default=str)
    )


def write_parquet(
    records: Callable[[], Iterator[dict[str, Any]]], path: Path, chunk: int = 5000
) -> None:
    """Parquet with flat columns; meta values are stored as strings for a stable schema."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    cols = columns(records)
    schema = parquet_schema(cols)
    cell = parquet_cell

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


def _xl_clean(value: str) -> str:
    """Without the characters XML cannot hold and without lone surrogates."""
    return no_surrogates(value.translate(_ILLEGAL_XLSX))


def _units(text: str) -> int:
    return len(text) + sum(1 for ch in text if ord(ch) > 0xFFFF)


def xlsx_pieces(value: str, limit: int = XLSX_CELL_LIMIT) -> list[str]:
    """``value`` in pieces that each fit one Excel cell; joined, they give ``value`` back.

    A piece ends after a line break where one falls in its second half, else after a space,
    else at the limit (never inside a character: Excel counts UTF-16 code units).
    """
    if _units(value) <= limit:
        return [value]
    pieces = []
    start = 0
    while start < len(value):
        end = min(len(value), start + limit)
        while _units(value[start:end]) > limit:
            end -= max(1, (_units(value[start:end]) - limit) // 2)
        if end < len(value):
            half = start + (end - start) // 2
            cut = value.rfind("\n", half, end)
            if cut < 0:
                cut = value.rfind(" ", half, end)
            end = cut + 1 if cut >= 0 else end
        pieces.append(value[start:end])
        start = end
    return pieces


def continuation(column: str, k: int) -> str:
    """The name of the ``k``-th column of a value continued past Excel's cell limit."""
    return f"{column} (cont. {k})"


def _xl_cells(sheet: Any, values: Iterable[Any]) -> list[Any]:
    """One sheet row: every string is a string cell, never a formula (openpyxl makes a
    formula of any string that starts with '='); strings must already fit a cell."""
    from openpyxl.cell import WriteOnlyCell

    out = []
    for v in values:
        if not isinstance(v, str):
            out.append(v)
            continue
        cell = WriteOnlyCell(sheet, _xl_clean(v)[:XLSX_CELL_LIMIT])  # a no-op after xlsx_pieces
        cell.data_type = "s"
        out.append(cell)
    return out


def _spread(values: list[Any], widths: list[int]) -> list[Any]:
    """Each value over its column and that column's continuation columns."""
    out: list[Any] = []
    for v, width in zip(values, widths, strict=True):
        pieces = xlsx_pieces(_xl_clean(v)) if isinstance(v, str) else [v]
        out.extend(pieces + [None] * (width - len(pieces)))
    return out


def _with_continuations(cols: list[str], widths: list[int]) -> list[str]:
    return [
        name
        for c, w in zip(cols, widths, strict=True)
        for name in [c] + [continuation(c, k) for k in range(2, w + 1)]
    ]


def _sentence_rows(rec: dict[str, Any]) -> Iterator[list[Any]]:
    for n, s in enumerate(rec.get("sentences") or [], start=1):
        senti = s.get("sentiment") or {}
        yield [
            rec["id"],
            n,
            s["start"],
            s["end"],
            s.get("kind", "sentence"),
            s.get("speaker"),
            rec["text"][s["start"] : s["end"]],
            senti.get("label"),
            *(
                _sentence_cell(s.get(spec.key), spec.kind)
                for spec in label_specs()
                if spec.sentences
            ),
        ]


def _sentence_cell(value: Any, kind: str) -> str | None:
    if value is None:
        return "" if kind == "multi" else None
    return ";".join(x["id"] for x in value) if kind == "multi" else value["label"]


def sentence_columns() -> list[str]:
    """Columns of the 'sentences' sheet: the evidence, and each sentence-level head."""
    return [
        "id",
        "n",
        "start",
        "end",
        "kind",
        "speaker",
        "text",
        "sentiment",
        *(spec.key for spec in label_specs() if spec.sentences),
    ]


def write_xlsx(records: Callable[[], Iterator[dict[str, Any]]], path: Path) -> None:
    """Excel: a 'documents' sheet (one row per record) and a 'sentences' sheet (evidence);
    every string is written as a string cell, so no text or meta value becomes a formula.

    A value longer than Excel's cell limit (a long transcript's ``text`` and ``sentences``)
    is never cut: it goes on in the columns ``"<column> (cont. 2)"``, ``"(cont. 3)"``, …
    right after its own, and joining them gives the value back; a warning names them.
    """
    from openpyxl import Workbook

    cols = columns(records)
    widths = [1] * len(cols)
    sent_cols = sentence_columns()
    sent_widths = [1] * len(sent_cols)
    long_values = 0
    for rec in records():  # how many cells the longest value of each column needs
        row = flatten(rec)
        for k, c in enumerate(cols):
            v = row.get(c)
            if isinstance(v, str) and len(v) > XLSX_CELL_LIMIT // 2:
                n = len(xlsx_pieces(_xl_clean(v)))
                widths[k] = max(widths[k], n)
                long_values += n > 1
        for srow in _sentence_rows(rec):
            v = srow[6]
            if isinstance(v, str) and len(v) > XLSX_CELL_LIMIT // 2:
                sent_widths[6] = max(sent_widths[6], len(xlsx_pieces(_xl_clean(v))))
    wb = Workbook(write_only=True)
    docs = wb.create_sheet("documents")
    docs.append(_xl_cells(docs, _with_continuations(cols, widths)))
    for rec in records():
        row = flatten(rec)
        docs.append(_xl_cells(docs, _spread([row.get(c) for c in cols], widths)))
    sents = wb.create_sheet("sentences")
    sents.append(_with_continuations(sent_cols, sent_widths))
    for rec in records():
        for srow in _sentence_rows(rec):
            sents.append(_xl_cells(sents, _spread(srow, sent_widths)))
    wb.save(path)
    continued = [continuation(c, 2) for c, w in zip(cols, widths, strict=True) if w > 1]
    if continued or sent_widths[6] > 1:
        log.warning(
            "%s: %d value(s) are longer than Excel's %d characters a cell; they go on in the "
            "continuation columns (%s) - join them to get the full text",
            path.name,
            long_values,
            XLSX_CELL_LIMIT,
            ", ".join(continued + (["sentences!text (cont. 2)"] if sent_widths[6] > 1 else [])),
        )


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
