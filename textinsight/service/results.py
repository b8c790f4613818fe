"""Stream a job's records as JSON Lines or CSV, or write them to a Parquet file."""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from ..io.writers import columns, csv_row, dumps, write_parquet

RESULT_FORMATS = {
    "jsonl": "application/x-ndjson",
    "csv": "text/csv; charset=utf-8",
    "parquet": "application/vnd.apache.parquet",
}

Records = Callable[[], Iterator[dict[str, Any]]]


def jsonl_chunks(records: Records, per_chunk: int = 200) -> Iterator[bytes]:
    """JSON Lines, a few hundred records per chunk."""
    buf: list[str] = []
    for rec in records():
        buf.append(dumps(rec))
        if len(buf) >= per_chunk:
            yield ("\n".join(buf) + "\n").encode()
            buf = []
    if buf:
        yield ("\n".join(buf) + "\n").encode()


def csv_chunks(records: Records, per_chunk: int = 200) -> Iterator[bytes]:
    """CSV with a BOM (Excel reads Nordic letters right); two passes over the records. Cells
    are neutralised as :func:`~textinsight.io.writers.csv_cell` says (no formulas)."""
    cols = columns(records)
    out = io.StringIO()
    w = csv.DictWriter(out, fieldnames=cols, extrasaction="ignore")
    out.write("\ufeff")
    w.writeheader()
    for n, rec in enumerate(records(), start=1):
        w.writerow(csv_row(rec))
        if n % per_chunk == 0:
            yield out.getvalue().encode("utf-8")
            out.seek(0)
            out.truncate()
    yield out.getvalue().encode("utf-8")


def parquet_file(records: Records, path: Path) -> Path:
    """Write the records to ``path`` as Parquet (not streamable: written whole, then sent)."""
    write_parquet(records, path)
    return path
