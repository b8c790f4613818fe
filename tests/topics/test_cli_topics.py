"""``topics fit`` / ``topics show`` / ``analyze --topics`` on the shipped examples (real models)."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tests.conftest import EXAMPLES
from textinsight.cli import app
from textinsight.nonanswer import is_non_answer
from textinsight.topics.keywords import stop_words

runner = CliRunner()
INPUTS = [
    str(EXAMPLES / "feedback.csv"),
    str(EXAMPLES / "interview_da.txt"),
    str(EXAMPLES / "interview_sv.docx"),
]


@pytest.fixture(scope="module")
def fitted(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("topics") / "model"
    res = runner.invoke(app, ["topics", "fit", *INPUTS, "-o", str(out), "--no-progress"])
    assert res.exit_code == 0, res.output
    return out


@pytest.mark.model
def test_topics_fit_writes_every_record_and_readable_topics(fitted: Path) -> None:
    with open(EXAMPLES / "feedback.csv", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    lines = [json.loads(x) for x in (fitted / "assignments.jsonl").read_text().splitlines()]
    assert [r["id"] for r in lines] == [r["id"] for r in rows] + ["interview_da", "interview_sv"]
    topics = json.loads((fitted / "topics.json").read_text(encoding="utf-8"))
    known = {t["topic"] for t in topics}
    for r, src in zip(lines, rows, strict=False):
        if is_non_answer(src["text"]):
            assert r["topic"] == -1 and r["set_aside"] == "non_answer"
        else:
            assert r["topic"] in known | {-1}
    for transcript in lines[-2:]:  # clustered by turn; the record lists its topics
        assert transcript["segments"] and set(transcript["topics"]) <= known
    stops = stop_words()
    for t in topics:
        assert t["label"] and t["size"] > 0 and t["representative_ids"]
        assert not stops & set(t["keywords"])
        assert {"sentiment", "pillars", "touchpoints", "languages", "over_time"} <= set(t)
    assert sum(t["size"] for t in topics) >= 0.85 * sum(1 for r in lines if r["topic"] >= 0)
    meta = json.loads((fitted / "model.json").read_text())
    assert meta["report"]["non_answers"] == sum(is_non_answer(r["text"]) for r in rows)
    rep = meta["report"]
    assert rep["outliers_after"] <= rep["outliers_before"] and rep["outlier_share_after"] < 0.25


@pytest.mark.model
def test_analyze_with_topics_and_topics_show(fitted: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    res = runner.invoke(
        app, ["analyze", *INPUTS, "-o", str(out), "--topics", str(fitted), "--no-progress"]
    )
    assert res.exit_code == 0, res.output
    topics = {t["topic"]: t["label"] for t in json.loads((fitted / "topics.json").read_text())}
    recs = [json.loads(x) for x in out.read_text().splitlines()]
    for r in recs:
        assert r["topic"]["id"] in set(topics) | {-1}
        assert r["topic"]["label"] == topics.get(r["topic"]["id"])
    assert "topics" in recs[-1] and all("topic" in s for s in recs[-1]["sentences"])
    shown = runner.invoke(app, ["topics", "show", str(fitted)])
    assert shown.exit_code == 0 and "non-answers set aside" in shown.output
    assert all(label in shown.output for label in list(topics.values())[:3])


@pytest.mark.model
def test_topics_fit_online_path(tmp_path: Path) -> None:
    out = tmp_path / "online"
    res = runner.invoke(
        app,
        [
            "topics",
            "fit",
            str(EXAMPLES / "feedback.csv"),
            "-o",
            str(out),
            "--online",
            "3",
            "--no-progress",
        ],
    )
    assert res.exit_code == 0, res.output
    topics = json.loads((out / "topics.json").read_text())
    assert 1 <= len(topics) <= 3
    lines = [json.loads(x) for x in (out / "assignments.jsonl").read_text().splitlines()]
    assert len(lines) == 60 and {r["topic"] for r in lines} <= {t["topic"] for t in topics} | {-1}
