"""Long tables for BI: one row per document and label, real date columns."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest

from textinsight.insight.exports import LONG_COLUMNS, long_table, write_long

from .synth import record


def _recs() -> list[dict]:
    return [
        record(
            "a",
            dt.date(2026, 10, 21),
            touchpoints=("billing", "delivery"),
            score=2,
            pillars=("integrity",),
        ),
        record("b", dt.date(2026, 10, 26), label="positive", score=9, channel=None),
        {**record("c", dt.date(2026, 10, 26)), "error": {"code": "x", "message": "y"}},
    ]


def test_exports_long_table_rows_per_label_and_periods() -> None:
    t = long_table(_recs(), score_column="nps")
    assert list(t.columns) == LONG_COLUMNS
    a = t[t["id"] == "a"]
    assert sorted(a.loc[a["group_kind"] == "touchpoint", "group"]) == ["billing", "delivery"]
    assert (t["group_kind"] == "all").sum() == 2  # one per document; the error is left out
    assert set(a["period_start"]) == {dt.date(2026, 10, 19)} and set(a["period"]) == {"2026-W43"}
    b = t[(t["id"] == "b") & (t["group_kind"] == "all")].iloc[0]
    assert b["period_start"] == dt.date(2026, 10, 26) and b["score"] == 9.0
    assert pd.isna(b["channel"]) and not b["negative"]
    m = long_table(_recs(), period="month")
    assert set(m["period"]) == {"2026-10"} and set(m["period_start"]) == {dt.date(2026, 10, 1)}


def test_exports_parquet_has_date32_columns(tmp_path) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    path = tmp_path / "long.parquet"
    write_long(long_table(_recs(), score_column="nps"), path)
    table = pq.read_table(path)
    assert table.schema.field("date").type == pa.date32()
    assert table.schema.field("period_start").type == pa.date32()
    assert table.schema.field("score").type == pa.float64()
    back = table.to_pandas()
    assert back.loc[0, "date"] == dt.date(2026, 10, 21)


def test_exports_csv_has_iso_dates_and_no_formulas(tmp_path) -> None:
    recs = [record("=HYPERLINK(1)", dt.date(2026, 10, 21), touchpoints=("billing",))]
    path = tmp_path / "long.csv"
    write_long(long_table(recs), path)
    back = pd.read_csv(path, encoding="utf-8-sig", dtype=str)
    assert set(back["date"]) == {"2026-10-21"} and set(back["period_start"]) == {"2026-10-19"}
    assert set(back["id"]) == {"'=HYPERLINK(1)"}
    parsed = pd.read_csv(path, encoding="utf-8-sig", parse_dates=["date"])
    assert parsed["date"].dt.year.tolist() == [2026] * len(parsed)


def test_exports_rejects_other_suffixes(tmp_path) -> None:
    from textinsight.errors import UnsupportedFormat

    with pytest.raises(UnsupportedFormat):
        write_long(long_table(_recs()), tmp_path / "long.xlsx")
