"""Facts: one row per (document, group kind, group), built from analysis records.

Every statistic of :mod:`textinsight.insight.trends` and :mod:`textinsight.insight.drivers`
is a sum over these rows, so the CLI (over files) and the service (over its database) compute
the same figures. :func:`read_records` turns any output format ``textinsight analyze``
writes (.jsonl, .csv, .parquet or a folder of Parquet parts, .xlsx) back into records of the
CONTRACT.md shape.
"""

from __future__ import annotations

import datetime as dt
import json
import math
import re
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

import pandas as pd

from ..errors import UnsupportedFormat
from ..heads import label_specs

BASE_KINDS = ("topic", "channel", "language")  # group kinds that are not heads
RECORD_FORMATS = (".jsonl", ".csv", ".parquet", ".xlsx")
FACT_COLUMNS = ["id", "day", "group_kind", "group", "negative", "sentiment", "score"]
NEGATIVE_LABELS = ("negative", "mixed")  # a mixed document carries a complaint too


def group_kinds() -> tuple[str, ...]:
    """Every group kind: each registered label head's ``group`` (``pillar``, ``touchpoint``,
    ``feedback_type``, ...), then topic, channel and language."""
    return (*(s.group for s in label_specs()), *BASE_KINDS)


def __getattr__(name: str) -> Any:
    """``GROUP_KINDS``: :func:`group_kinds`, read when first asked for (not at import)."""
    if name == "GROUP_KINDS":
        return group_kinds()
    raise AttributeError(name)


# --- reading records back from any output format -------------------------------------------


def read_records(paths: Sequence[Path]) -> Iterator[dict[str, Any]]:
    """Analysis records from output files of any format (a folder: its Parquet parts)."""
    for path in paths:
        path = Path(path)
        if path.is_dir():
            parts = sorted(path.glob("*.parquet"))
            if not parts:
                raise UnsupportedFormat(f"{path}: a folder of records must hold .parquet parts")
            yield from read_records(parts)
            continue
        suffix = path.suffix.lower()
        if suffix in (".jsonl", ".ndjson"):
            with open(path, encoding="utf-8-sig") as f:
                for line in f:
                    if line.strip():
                        yield json.loads(line)
        elif suffix == ".csv":
            yield from (unflatten(row, from_csv=True) for row in _csv_rows(path))
        elif suffix == ".parquet":
            import pyarrow.parquet as pq

            for batch in pq.ParquetFile(path).iter_batches(batch_size=4096):
                yield from (unflatten(row) for row in batch.to_pylist())
        elif suffix == ".xlsx":
            yield from (unflatten(row) for row in _xlsx_rows(path))
        else:
            raise UnsupportedFormat(
                f"cannot read records from {path.name}: use one of {list(RECORD_FORMATS)}"
            )


def _csv_rows(path: Path) -> Iterator[dict[str, Any]]:
    import csv

    csv.field_size_limit(1 << 24)
    with open(path, encoding="utf-8-sig", newline="") as f:
        yield from csv.DictReader(f)


def _xlsx_rows(path: Path) -> Iterator[dict[str, Any]]:
    """Rows of the 'documents' sheet, a value continued past Excel's cell limit joined."""
    from openpyxl import load_workbook

    wb = load_workbook(path, read_only=True, data_only=True)
    try:
        ws = wb["documents"] if "documents" in wb.sheetnames else wb.worksheets[0]
        rows = ws.iter_rows(values_only=True)
        header = [str(h) for h in next(rows, ())]
        for values in rows:
            row: dict[str, Any] = {}
            for name, v in zip(header, values, strict=False):
                base = re.sub(r" \(cont\. \d+\)$", "", name)
                if base != name:
                    if v is not None:
                        row[base] = (row.get(base) or "") + str(v)
                else:
                    row[name] = v
            if any(v is not None for v in row.values()):
                yield row
    finally:
        wb.close()


def _csv_value(v: Any) -> Any:
    """A CSV cell back to what the writer had: '' is None, and the quote that
    :func:`textinsight.io.writers.csv_cell` put before a formula-like string is removed."""
    if v == "" or v is None:
        return None
    if isinstance(v, str) and v.startswith("'") and v[1:2] in ("=", "+", "-", "@", "\t", "\r"):
        return v[1:]
    return v


def _json_or(v: Any) -> Any:
    if isinstance(v, str) and v[:1] in ("{", "[", '"'):
        try:
            return json.loads(v)
        except ValueError:
            return v
    return v


def _number(v: Any) -> float | None:
    """A score from a meta value: a number or a numeric string (decimal comma too); anything
    else (a list, an object, a bool, text) is no score."""
    if not isinstance(v, int | float | str) or isinstance(v, bool):
        return None
    try:
        x = float(v.strip().replace(",", ".")) if isinstance(v, str) else float(v)
    except ValueError:
        return None
    return None if math.isnan(x) else x


def _labels_of(v: Any) -> list[dict[str, Any]]:
    """A flat multi-label cell (``a;b`` or JSON) back to label dicts."""
    v = _json_or(v)
    if isinstance(v, list):
        return [x if isinstance(x, dict) else {"id": str(x)} for x in v]
    if not v:
        return []
    return [{"id": x.strip()} for x in str(v).split(";") if x.strip()]


def unflatten(row: dict[str, Any], *, from_csv: bool = False) -> dict[str, Any]:
    """A flat row (see :func:`textinsight.record.flatten`) back to a record dict."""
    if from_csv:
        row = {k: _csv_value(v) for k, v in row.items()}
    rec: dict[str, Any] = {
        "id": "" if row.get("id") is None else str(row["id"]),
        "text": row.get("text") or "",
    }
    if row.get("language") is not None:
        rec["language"] = {
            "code": str(row["language"]),
            "confidence": _number(row.get("language_confidence")),
        }
    if row.get("sentiment") is not None:
        rec["sentiment"] = {
            "label": str(row["sentiment"]),
            "score": _number(row.get("sentiment_score")),
        }
    for spec in label_specs():
        if spec.kind == "multi" and spec.key in row:
            rec[spec.key] = _labels_of(row[spec.key])
        elif spec.kind == "single" and row.get(spec.key) is not None:
            rec[spec.key] = {
                "label": str(row[spec.key]),
                "confidence": _number(row.get(f"{spec.key}_confidence")),
            }
    topic = _number(row.get("topic"))
    if topic is not None:
        rec["topic"] = {"id": int(topic), "label": row.get("topic_label")}
    for key in ("pii", "sentences"):
        if row.get(key) is not None:
            rec[key] = _json_or(row[key])
    rec["meta"] = {k[5:]: _json_or(v) for k, v in row.items() if k.startswith("meta.")}
    code = row.get("error_code")
    rec["error"] = {"code": code, "message": row.get("error_message")} if code else None
    return rec


def with_topics(records: Iterable[dict[str, Any]], topics_dir: Path) -> Iterator[dict[str, Any]]:
    """Records with the topic a ``topics fit`` folder's ``assignments.jsonl`` gave their id
    (a record that already holds a topic keeps it)."""
    assigned: dict[str, dict[str, Any]] = {}
    with open(Path(topics_dir) / "assignments.jsonl", encoding="utf-8") as f:
        for line in f:
            if line.strip():
                a = json.loads(line)
                assigned[str(a["id"])] = {"id": int(a["topic"]), "label": a.get("label")}
    for rec in records:
        if not rec.get("topic") and str(rec.get("id")) in assigned:
            rec = {**rec, "topic": assigned[str(rec.get("id"))]}
        yield rec


# --- fields of one record -----------------------------------------------------------------

_EXCEL_EPOCH = dt.date(1899, 12, 30)
_DMY = re.compile(r"(\d{1,2})[./](\d{1,2})[./](\d{4})")


def _to_date(v: Any) -> dt.date | None:
    if v is None or isinstance(v, bool):
        return None
    if isinstance(v, dt.datetime):
        return v.date()
    if isinstance(v, dt.date):
        return v
    if isinstance(v, pd.Timestamp):
        return None if pd.isna(v) else v.date()
    if isinstance(v, str):
        s = v.strip().strip('"')
        if not s:
            return None
        x = _number(s) if re.fullmatch(r"\d+(\.\d+)?", s) and len(s) != 8 else None
        if x is not None:
            return _to_date(x)
        try:
            return dt.datetime.fromisoformat(s.replace(" ", "T", 1) if len(s) > 10 else s).date()
        except ValueError:
            pass
        m = _DMY.fullmatch(s)  # 19.10.2026 or 19/10/2026: day first, as in the Nordics
        if m:
            try:
                return dt.date(int(m[3]), int(m[2]), int(m[1]))
            except ValueError:
                return None
        return None
    x = _number(v)
    if x is None:
        return None
    if 20_000 <= x < 80_000:  # an Excel serial day number (1954..2119)
        return _EXCEL_EPOCH + dt.timedelta(days=int(x))
    if x >= 1e11:  # epoch milliseconds
        x /= 1000
    if x >= 1e8:  # epoch seconds
        return dt.datetime.fromtimestamp(x, dt.UTC).date()
    return None


def record_date(
    rec: dict[str, Any], date_column: str = "date", default: dt.date | None = None
) -> dt.date | None:
    """The record's date: ``rec["date"]``, else ``meta[date_column]`` (ISO date or datetime,
    day-first ``19.10.2026``, an Excel day number or epoch seconds/ms), else ``default``."""
    for v in (rec.get("date"), (rec.get("meta") or {}).get(date_column)):
        d = _to_date(v)
        if d is not None:
            return d
    return default


def record_score(rec: dict[str, Any], score_column: str | None) -> float | None:
    """The numeric score (NPS 0-10, CSAT, any number) in ``meta[score_column]``, or None."""
    if not score_column:
        return None
    return _number(_json_or((rec.get("meta") or {}).get(score_column)))


def record_channel(rec: dict[str, Any], channel_column: str = "channel") -> str | None:
    """The channel named in ``meta[channel_column]``, or None."""
    v = (rec.get("meta") or {}).get(channel_column)
    if v is None or (isinstance(v, float) and math.isnan(v)):
        return None
    s = str(v).strip()
    return s or None


def record_groups(rec: dict[str, Any], channel_column: str = "channel") -> dict[str, list[str]]:
    """Group kind -> this record's labels (each once); a kind the record lacks maps to []."""

    def ids(items: Any) -> list[str]:
        return list(dict.fromkeys(str(x["id"]) for x in items or [] if x.get("id") is not None))

    topics: list[str] = []
    if rec.get("topic"):
        topics = [str(rec["topic"]["id"])]
    elif rec.get("topics"):  # a transcript: every topic its turns touch
        topics = ids(rec["topics"])
    channel = record_channel(rec, channel_column)
    lang = (rec.get("language") or {}).get("code")
    out: dict[str, list[str]] = {}
    for spec in label_specs():  # each head's labels under its group kind
        if spec.kind == "multi":
            out[spec.group] = ids(rec.get(spec.key))
        else:
            label = (rec.get(spec.key) or {}).get("label")
            out[spec.group] = [str(label)] if label is not None else []
    out["topic"] = [t for t in topics if t != "-1"]
    out["channel"] = [channel] if channel else []
    out["language"] = [lang] if lang else []
    return out


def is_negative(rec: dict[str, Any]) -> bool:
    """Whether the document's sentiment label is negative or mixed."""
    return (rec.get("sentiment") or {}).get("label") in NEGATIVE_LABELS


# --- the facts frame ------------------------------------------------------------------------


def facts(
    records: Iterable[dict[str, Any]],
    *,
    date_column: str = "date",
    score_column: str | None = None,
    channel_column: str = "channel",
    default_date: dt.date | None = None,
) -> pd.DataFrame:
    """One row per (document, group kind, group) plus one ``("all", "all")`` row per document.

    Records with an ``error`` are left out, and so are records without a date (no date in
    the record and no ``default_date``); ``frame.attrs`` holds ``documents``, ``undated``,
    ``errors`` and ``topic_labels`` (topic id -> label).
    """
    rows: list[tuple[Any, ...]] = []
    attrs: dict[str, Any] = {"documents": 0, "undated": 0, "errors": 0, "topic_labels": {}}
    for rec in records:
        if rec.get("error"):
            attrs["errors"] += 1
            continue
        day = record_date(rec, date_column, default_date)
        if day is None:
            attrs["undated"] += 1
            continue
        attrs["documents"] += 1
        neg = is_negative(rec)
        senti = _number((rec.get("sentiment") or {}).get("score"))
        score = record_score(rec, score_column)
        base = (
            str(rec.get("id")),
            pd.Timestamp(day),
            neg,
            math.nan if senti is None else senti,
            math.nan if score is None else score,
        )
        rows.append((*base[:2], "all", "all", *base[2:]))
        for kind, groups in record_groups(rec, channel_column).items():
            for g in groups:
                rows.append((*base[:2], kind, g, *base[2:]))
        topic = rec.get("topic") or {}
        if topic.get("label") is not None:
            attrs["topic_labels"][str(topic["id"])] = topic["label"]
    frame = pd.DataFrame(rows, columns=FACT_COLUMNS)
    frame = frame.astype(
        {
            "id": str,
            "day": "datetime64[ns]",
            "group_kind": str,
            "group": str,
            "negative": bool,
            "sentiment": float,
            "score": float,
        }
    )
    frame.attrs.update(attrs)
    return frame
