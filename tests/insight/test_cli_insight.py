"""The trends, drivers and export-long commands over record files (no models needed)."""

from __future__ import annotations

import datetime as dt
import json

import pandas as pd
import pytest
from typer.testing import CliRunner

from textinsight.cli import app
from textinsight.io.writers import write_records

from .synth import MONDAY, record, weekly_stream

runner = CliRunner()


@pytest.fixture(scope="module")
def stream(tmp_path_factory) -> list[dict]:
    recs = weekly_stream({"billing": [1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 25, 1]}, others=6)
    for k, r in enumerate(recs):
        r["meta"]["nps"] = 1 + k % 3 if r["touchpoints"][0]["id"] == "billing" else 7 + k % 4
    return recs


def _write(recs: list[dict], path) -> str:
    write_records(lambda: iter(recs), str(path))
    return str(path)


@pytest.mark.parametrize("fmt", [".csv", ".parquet", ".jsonl"])
def test_cli_insight_trends_writes_rows_and_flags_the_spike(tmp_path, stream, fmt) -> None:
    src = _write(stream, tmp_path / "records.csv")
    out = tmp_path / f"trends{fmt}"
    res = runner.invoke(
        app, ["trends", src, "--by", "touchpoint", "--score-column", "nps", "-o", str(out)]
    )
    assert res.exit_code == 0, res.output
    if fmt == ".csv":
        t = pd.read_csv(out, encoding="utf-8-sig")
        assert t["period_start"].iloc[0] == MONDAY.isoformat()
    elif fmt == ".parquet":
        t = pd.read_parquet(out)
        assert t["period_start"].iloc[0] == MONDAY
    else:
        t = pd.DataFrame([json.loads(line) for line in out.read_text().splitlines()])
    spiked = t[t["spike"].astype(bool)]
    assert list(spiked["group"]) == ["billing"] and list(spiked["period"]) == ["2026-W42"]
    assert len(t) == 2 * 12 and spiked["count"].iloc[0] == 25
    assert "1 spike(s)" in res.output


def test_cli_insight_trends_prints_spikes_without_output(tmp_path, stream) -> None:
    src = _write(stream, tmp_path / "records.jsonl")
    res = runner.invoke(app, ["trends", src, "--period", "week"])
    assert res.exit_code == 0, res.output
    line = next(x for x in res.output.splitlines() if "billing" in x)
    assert line.startswith("2026-10-12") and "count" in line


def test_cli_insight_bad_options_exit_2_naming_the_option(tmp_path, stream) -> None:
    src = _write(stream, tmp_path / "records.parquet")
    res = runner.invoke(app, ["trends", src, "--by", "colour"])
    assert res.exit_code == 2 and "--by" in res.output and "colour" in res.output
    res = runner.invoke(app, ["trends", src, "--date-column", "created"])
    assert res.exit_code == 2 and "--date-column" in res.output and "'created'" in res.output
    res = runner.invoke(app, ["trends", src, "--period", "year"])
    assert res.exit_code == 2 and "--period" in res.output
    res = runner.invoke(app, ["drivers", src, "--score-column", "csat"])
    assert res.exit_code == 2 and "--score-column" in res.output
    res = runner.invoke(app, ["trends", src, "--baseline-periods", "2"])
    assert res.exit_code == 2 and "--baseline-periods" in res.output
    res = runner.invoke(app, ["trends", src, "-o", str(tmp_path / "t.xlsx")])
    assert res.exit_code == 2 and "-o" in res.output
    res = runner.invoke(app, ["trends", str(tmp_path / "missing.jsonl")])
    assert res.exit_code == 2 and "missing.jsonl" in res.output
    assert len(res.output.strip().splitlines()) == 1


def test_cli_insight_drivers_table_and_file(tmp_path, stream) -> None:
    src = _write(stream, tmp_path / "records.xlsx")
    res = runner.invoke(app, ["drivers", src, "--score-column", "nps"])
    assert res.exit_code == 0, res.output
    lines = res.output.splitlines()
    assert "rank" in lines[1] and lines[2].split()[:3] == ["1", "touchpoint", "billing"]
    out = tmp_path / "drivers.csv"
    res = runner.invoke(app, ["drivers", src, "--score-column", "nps", "-o", str(out)])
    assert res.exit_code == 0, res.output
    d = pd.read_csv(out, encoding="utf-8-sig")
    assert d.loc[0, "group"] == "billing" and d.loc[0, "ci_high"] < 0


def test_cli_insight_drivers_work_without_dates(tmp_path) -> None:
    recs = [
        record(
            f"r{k}",
            MONDAY,
            touchpoints=("delivery" if k % 2 else "store",),
            score=2 + k % 2 if k % 2 else 9 - k % 3,
        )
        for k in range(30)
    ]
    for r in recs:
        del r["meta"]["date"]
    res = runner.invoke(
        app, ["drivers", _write(recs, tmp_path / "r.jsonl"), "--score-column", "nps"]
    )
    assert res.exit_code == 0, res.output
    assert res.output.splitlines()[2].split()[:3] == ["1", "touchpoint", "delivery"]


def test_cli_insight_export_long(tmp_path, stream) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    src = _write(stream, tmp_path / "records.jsonl")
    out = tmp_path / "long.parquet"
    res = runner.invoke(
        app, ["export-long", src, "-o", str(out), "--period", "month", "--score-column", "nps"]
    )
    assert res.exit_code == 0, res.output
    table = pq.read_table(out)
    assert table.schema.field("date").type == pa.date32()
    t = table.to_pandas()
    assert (t["group_kind"] == "all").sum() == len(stream)
    assert set(t["period_start"]) <= {dt.date(2026, m, 1) for m in range(8, 11)}
    res = runner.invoke(app, ["export-long", src, "-o", str(tmp_path / "long.jsonl")])
    assert res.exit_code == 2 and "-o" in res.output
