"""Long tables for BI tools: one row per (document, group kind, label), dates as dates.

A document with two touchpoints has two ``touchpoint`` rows; every document also has one
``("all", "all")`` row, so counting documents never needs a distinct count. Parquet files
hold ``date`` and ``period_start`` as date32 columns, CSV files as ISO dates (YYYY-MM-DD).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import pandas as pd

from ..errors import UnsupportedFormat
from ..heads import label_specs
from .facts import is_negative, record_channel, record_date, record_groups, record_score
from .trends import Period, period_name, period_start

BASE_COLUMNS = ["id", "date", "period_start", "period", "group_kind", "group", "sentiment",
                "sentiment_score", "negative", "score", "language", "channel"]  # fmt: skip


def long_columns() -> list[str]:
    """Columns of the long table: the base ones, then the label of every registered
    single-label head (``feedback_type``, ...) as a column of its own."""
    return [*BASE_COLUMNS, *(s.key for s in label_specs() if s.kind == "single")]


def __getattr__(name: str) -> Any:
    """``LONG_COLUMNS``: :func:`long_columns`, read when first asked for (not at import)."""
    if name == "LONG_COLUMNS":
        return long_columns()
    raise AttributeError(name)


LONG_FORMATS = (".parquet", ".csv")


def long_table(
    records: Iterable[dict[str, Any]],
    *,
    period: Period = "week",
    date_column: str = "date",
    score_column: str | None = None,
    channel_column: str = "channel",
    default_date: dt.date | None = None,
) -> pd.DataFrame:
    """The long table of ``records`` (columns :func:`long_columns`); records with an error or
    without a date are left out, as in :func:`textinsight.insight.facts.facts`."""
    columns = long_columns()
    singles = [s.key for s in label_specs() if s.kind == "single"]
    rows: list[dict[str, Any]] = []
    for rec in records:
        day = None if rec.get("error") else record_date(rec, date_column, default_date)
        if day is None:
            continue
        senti = rec.get("sentiment") or {}
        base = {
            "id": str(rec.get("id")), "date": day,
            "sentiment": senti.get("label"), "sentiment_score": senti.get("score"),
            "negative": is_negative(rec), "score": record_score(rec, score_column),
            "language": (rec.get("language") or {}).get("code"),
            "channel": record_channel(rec, channel_column),
            **{key: (rec.get(key) or {}).get("label") for key in singles},
        }  # fmt: skip
        rows.append({**base, "group_kind": "all", "group": "all"})
        for kind, groups in record_groups(rec, channel_column).items():
            rows.extend({**base, "group_kind": kind, "group": g} for g in groups)
    frame = pd.DataFrame(rows, columns=[c for c in columns if c not in ("period_start", "period")])
    days = pd.to_datetime(frame["date"])
    starts = period_start(days, period)
    frame["period_start"] = starts.dt.date
    frame["period"] = period_name(starts, period)
    frame = frame.astype({"sentiment_score": float, "score": float, "negative": bool})
    return frame[columns]


def write_long(frame: pd.DataFrame, path: Path) -> None:
    """Write a long table; see :func:`write_frame`."""
    write_frame(frame, path, formats=LONG_FORMATS)


FRAME_FORMATS = (".csv", ".parquet", ".jsonl")
DATE_COLUMNS = ("date", "day", "period_start")


def write_frame(frame: pd.DataFrame, path: Path, formats: tuple[str, ...] = FRAME_FORMATS) -> None:
    """Write a table (long table, trends, drivers) by the suffix of ``path``: .parquet with
    the date columns (``date``, ``day``, ``period_start``) as date32, .csv with ISO dates
    (UTF-8 with BOM; cells that could run as formulas quoted as in ``analyze`` outputs), or
    .jsonl with ISO dates and null for NaN."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in formats:
        raise UnsupportedFormat(f"cannot write {path.name}: use one of {list(formats)}")
    dates = [c for c in DATE_COLUMNS if c in frame.columns]
    if suffix == ".parquet":
        import pyarrow as pa
        import pyarrow.parquet as pq

        table = pa.Table.from_pandas(frame, preserve_index=False)
        for name in dates:
            values = pa.array(pd.to_datetime(frame[name]).dt.date, type=pa.date32())
            table = table.set_column(
                table.schema.get_field_index(name), pa.field(name, pa.date32()), values
            )
        pq.write_table(table, path)
    elif suffix == ".csv":
        from ..io.writers import csv_cell

        out = frame.copy()
        for name in dates:
            out[name] = pd.to_datetime(out[name]).dt.strftime("%Y-%m-%d")
        for name in out.columns:
            if name not in dates and (
                pd.api.types.is_object_dtype(out[name]) or pd.api.types.is_string_dtype(out[name])
            ):
                out[name] = out[name].map(csv_cell)
        out.to_csv(path, index=False, encoding="utf-8-sig")
    else:
        from ..io.writers import dumps
        from .view import rows

        with open(path, "w", encoding="utf-8") as f:
            for row in rows(frame):
                f.write(dumps(row) + "\n")
