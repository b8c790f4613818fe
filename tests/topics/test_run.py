"""``topics fit --class-column`` breakdowns and ``topics show --period week|month`` (tiny
encoder: what is tested is the bookkeeping, not the topics)."""

from __future__ import annotations

import csv
import json
from collections import Counter
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tests.conftest import EXAMPLES
from textinsight.cli import app
from textinsight.topics.model import _date, week_of

runner = CliRunner()


def test_dates_keep_the_day_and_give_iso_weeks() -> None:
    assert _date("2026-10-19") == "2026-10-19" and _date("2026/10/19 08:15") == "2026-10-19"
    assert _date("2026-10") == "2026-10" and _date("yesterday") is None
    assert week_of("2026-10-19") == "2026-W43" and week_of("2026-10-25") == "2026-W43"
    assert week_of("2026-10-26") == "2026-W44" and week_of("2026-10") is None
    assert week_of("2027-01-01") == "2026-W53"  # ISO weeks cross the new year


@pytest.fixture()
def tiny_env(tiny_bert_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TEXTINSIGHT_ENCODER", str(tiny_bert_dir))
    monkeypatch.setenv("TEXTINSIGHT_STAGES", '["validate", "language", "segment", "embed"]')


@pytest.mark.model  # the language stage: lingua and models/langid
def test_class_column_breakdowns_and_weekly_counts(tiny_env: None, tmp_path: Path) -> None:
    with open(EXAMPLES / "feedback.csv", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    out = tmp_path / "model"
    res = runner.invoke(
        app,
        [
            "topics",
            "fit",
            str(EXAMPLES / "feedback.csv"),
            "-o",
            str(out),
            "--no-progress",
            "--seed",
            "3",
            "--class-column",
            "channel",
            "--class-column",
            "nps",
        ],
    )
    assert res.exit_code == 0, res.output
    topics = json.loads((out / "topics.json").read_text(encoding="utf-8"))
    lines = [json.loads(x) for x in (out / "assignments.jsonl").read_text().splitlines()]
    channel = {r["id"]: r["channel"] for r in rows}
    for t in topics:
        members = [r["id"] for r in lines if r["topic"] == t["topic"]]
        # counts per value of the column, for exactly the topic's members
        assert t["classes"]["channel"] == dict(Counter(channel[m] for m in members))
        assert sum(t["over_week"].values()) == sum(t["over_time"].values()) == t["size"]
        assert all(k[4:6] == "-W" for k in t["over_week"])
    # model.json: topics per value of each class column (as per touchpoint and pillar)
    meta = json.loads((out / "model.json").read_text())
    per_class = meta["per_class"]
    assert set(per_class["channel"]) == {r["channel"] for r in rows if r["channel"]}
    assert "nps" in per_class
    # each named step of the fit timed, besides the two totals
    from textinsight.topics.steps import BATCH_STEPS

    assert list(meta["seconds"]["steps"]) == [s.__name__ for s in BATCH_STEPS]
    assert {"analyse_and_embed", "cluster"} <= set(meta["seconds"])
    weekly = runner.invoke(app, ["topics", "show", str(out), "--period", "week"])
    monthly = runner.invoke(app, ["topics", "show", str(out)])
    assert weekly.exit_code == 0 and monthly.exit_code == 0
    assert "per week: 2026-W" in weekly.output and "per month: 2026-" in monthly.output
    assert "per week" not in monthly.output
    assert "    channel: " in weekly.output
    bad = runner.invoke(app, ["topics", "show", str(out), "--period", "year"])
    assert bad.exit_code != 0 and "--period" in bad.output


@pytest.mark.model  # the language stage: lingua and models/langid
def test_an_unknown_class_column_is_an_error_not_an_empty_breakdown(
    tiny_env: None, tmp_path: Path
) -> None:
    res = runner.invoke(
        app,
        [
            "topics",
            "fit",
            str(EXAMPLES / "feedback.csv"),
            "-o",
            str(tmp_path / "m"),
            "--no-progress",
            "--class-column",
            "platfrom",
        ],
    )
    assert res.exit_code != 0 and "platfrom" in res.output
    assert not (tmp_path / "m" / "topics.json").exists()


def test_a_wrong_language_erasure_fails_before_the_pipeline_runs(tmp_path: Path) -> None:
    res = runner.invoke(
        app,
        [
            "topics",
            "fit",
            str(EXAMPLES / "feedback.csv"),
            "-o",
            str(tmp_path / "m"),
            "--language-erasure",
            "pca",
        ],
    )
    assert res.exit_code != 0 and "language erasure 'pca'" in res.output


@pytest.mark.model  # the language stage: lingua and models/langid
def test_online_fit_has_the_batch_fits_breakdowns_and_checks(
    tiny_env: None, tmp_path: Path
) -> None:
    """``--online`` goes the one fit path: class columns checked and broken down, the same
    per_class, the steps timed (tiny encoder: the bookkeeping, not the topics)."""
    with open(EXAMPLES / "feedback.csv", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    out = tmp_path / "online"
    res = runner.invoke(
        app,
        [
            "topics",
            "fit",
            str(EXAMPLES / "feedback.csv"),
            "-o",
            str(out),
            "--no-progress",
            "--online",
            "3",
            "--class-column",
            "channel",
        ],
    )
    assert res.exit_code == 0, res.output
    topics = json.loads((out / "topics.json").read_text(encoding="utf-8"))
    lines = [json.loads(x) for x in (out / "assignments.jsonl").read_text().splitlines()]
    assert [r["id"] for r in lines] == [r["id"] for r in rows]
    channel = {r["id"]: r["channel"] for r in rows}
    for t in topics:
        members = [r["id"] for r in lines if r["topic"] == t["topic"]]
        assert t["size"] == t["documents"] == len(members)
        assert t["classes"]["channel"] == dict(Counter(channel[m] for m in members))
    meta = json.loads((out / "model.json").read_text())
    assert set(meta["per_class"]["channel"]) == {r["channel"] for r in rows if r["channel"]}
    assert list(meta["seconds"]["steps"]) == [
        "language_means",
        "partial_fit",
        "topic_sums",
        "represent",
        "label",
        "assign_and_breakdown",
    ]
    assert {"analyse_and_embed", "cluster"} <= set(meta["seconds"])
    bad = runner.invoke(
        app,
        [
            "topics",
            "fit",
            str(EXAMPLES / "feedback.csv"),
            "-o",
            str(tmp_path / "bad"),
            "--no-progress",
            "--online",
            "3",
            "--class-column",
            "platfrom",
        ],
    )
    assert bad.exit_code != 0 and "platfrom" in bad.output
