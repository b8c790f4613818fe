"""Write records as JSON Lines, CSV, Parquet or Excel, streaming from an iterator."""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

from ..errors import UnsupportedFormat
from ..record import FLAT_COLUMNS, flatten

OUTPUT_FORMATS = {".jsonl", ".csv", ".parquet", ".xlsx", "-"}


def dumps(rec: dict[str, Any]) -> str:
    """One JSON line (UTF-8 kept readable; lone surrogates escaped)."""
    return (
        json.dumps(rec, ensure_ascii=False, default=str)
        .encode("utf-8", "backslashreplace")
        .decode("utf-8")
    )


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
    with open(path, "w", encoding="utf-8-sig", newline="", errors="backslashreplace") as f:
        w = csv.DictWriter(f, fieldnames=cols, extrasaction="ignore")
        w.writeheader()
        for rec in records():
            w.writerow(flatten(rec))


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
        return v if isinstance(v, str) else json.dumps(v, ensure_ascii=False, default=str)

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


def _xl(v: Any) -> Any:
    if isinstance(v, str):
        v = v.translate(_ILLEGAL_XLSX)
        v = v.encode("utf-8", "backslashreplace").decode("utf-8")
        return v[:32767]  # Excel's cell limit
    return v


def write_xlsx(records: Callable[[], Iterator[dict[str, Any]]], path: Path) -> None:
    """Excel: a 'documents' sheet (one row per record) and a 'sentences' sheet (evidence)."""
    from openpyxl import Workbook

    cols = columns(records)
    wb = Workbook(write_only=True)
    docs = wb.create_sheet("documents")
    docs.append(cols)
    for rec in records():
        row = flatten(rec)
        docs.append([_xl(row.get(c)) for c in cols])
    sents = wb.create_sheet("sentences")
    sent_cols = ["id", "n", "start", "end", "kind", "speaker", "text", "sentiment", "pillars",
                 "touchpoints"]  # fmt: skip
    sents.append(sent_cols)
    for rec in records():
        for n, s in enumerate(rec.get("sentences") or [], start=1):
            senti = s.get("sentiment") or {}
            sents.append([_xl(v) for v in (
                rec["id"], n, s["start"], s["end"], s.get("kind", "sentence"), s.get("speaker"),
                rec["text"][s["start"]:s["end"]], senti.get("label"),
                ";".join(p["id"] for p in s.get("pillars", [])),
                ";".join(t["id"] for t in s.get("touchpoints", [])),
            )])  # fmt: skip
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
