"""The command line, end to end on the shipped examples (real models)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tests.conftest import EXAMPLES
from textinsight.cli import app

runner = CliRunner()
# the commands' pipelines share one loaded encoder and PII detector (tests/conftest.py)
pytestmark = pytest.mark.usefixtures("reuse_loaded_models")


@pytest.mark.model
def test_cli_analyze_examples_to_xlsx(tmp_path: Path) -> None:
    import pandas as pd

    out = tmp_path / "out.xlsx"
    res = runner.invoke(
        app, ["analyze", str(EXAMPLES / "feedback.csv"), "-o", str(out), "--no-progress"]
    )
    assert res.exit_code == 0, res.output
    df = pd.read_excel(out, sheet_name="documents")
    src = pd.read_csv(EXAMPLES / "feedback.csv")
    assert list(df["id"]) == list(src["id"])
    assert {"language", "meta.channel", "meta.date", "meta.nps", "sentences"} <= set(df.columns)
    assert set(df["language"]) >= {"da", "nb", "sv", "en"}
    assert "records: 60 written" in res.output  # the summary goes to stderr


@pytest.mark.model
def test_cli_analyze_transcripts_into_turns(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    res = runner.invoke(
        app,
        [
            "analyze",
            str(EXAMPLES / "interview_da.txt"),
            str(EXAMPLES / "interview_sv.docx"),
            "-o",
            str(out),
        ],
    )
    assert res.exit_code == 0, res.output
    recs = [json.loads(x) for x in out.read_text().splitlines()]
    assert [r["language"]["code"] for r in recs] == ["da", "sv"]
    for rec in recs:
        turns = [s for s in rec["sentences"] if s.get("kind") == "turn"]
        assert len(turns) >= 10
        assert all(s.get("speaker") for s in turns)
        for s in rec["sentences"]:
            assert rec["text"][s["start"] : s["end"]].strip()


def test_cli_analyze_reports_bad_input(tmp_path: Path) -> None:
    res = runner.invoke(app, ["analyze", str(tmp_path / "missing.csv"), "-o", "x.jsonl"])
    assert res.exit_code == 2
    assert "not found" in res.output


@pytest.mark.model
def test_cli_evaluate_language(tmp_path: Path) -> None:
    gold = tmp_path / "gold.jsonl"
    rows = [
        {"id": "1", "text": "Jeg har ventet en hel uge på svar fra jer.", "lang": "da"},
        {"id": "2", "text": "Jag har väntat en hel vecka på svar.", "lang": "sv"},
        {"id": "3", "text": "I have waited a whole week for an answer.", "lang": "en"},
    ]
    gold.write_text("\n".join(json.dumps(r) for r in rows))
    report = tmp_path / "r.json"
    res = runner.invoke(app, ["evaluate", str(gold), "--report", str(report)])
    assert res.exit_code == 0, res.output
    data = json.loads(report.read_text())
    task = data["tasks"]["lang"]
    assert task["n"] == 3 and set(task["labels"]) >= {"da", "sv", "en"}
    assert 0.0 <= task["macro_f1"] <= 1.0


def test_cli_analyze_stdin_to_stdout(tiny_bert_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TEXTINSIGHT_ENCODER", str(tiny_bert_dir))
    monkeypatch.setenv("TEXTINSIGHT_STAGES", '["validate", "segment", "normalize", "embed"]')
    lines = [{"id": "a", "text": "Hej. Med dig.", "nps": 4}, {"id": "b", "text": ""}]
    res = runner.invoke(
        app,
        ["analyze", "-", "-o", "-", "--no-progress"],
        input="\n".join(json.dumps(x) for x in lines) + "\n",
    )
    assert res.exit_code == 0, res.output
    recs = [json.loads(x) for x in res.stdout.splitlines() if x.startswith("{")]
    assert [r["id"] for r in recs] == ["a", "b"]
    assert recs[0]["meta"] == {"nps": 4} and len(recs[0]["sentences"]) == 2
    assert recs[1]["error"]["code"] == "empty_text"


# Personal data the authors of the shipped transcripts put into them (names of staff and of
# the Swedish interviewee, a direct phone number).
TRANSCRIPT_PII = ["Mikkel", "Louise", "98 12 34 56", "Karin", "Johan"]


@pytest.mark.model
@pytest.mark.parametrize("policy", ["tag", "pseudonym"])
def test_cli_analyze_redact_leaves_no_personal_data(tmp_path: Path, policy: str) -> None:
    out = tmp_path / "out.jsonl"
    res = runner.invoke(
        app,
        [
            "analyze",
            str(EXAMPLES / "interview_da.txt"),
            str(EXAMPLES / "interview_sv.docx"),
            "-o",
            str(out),
            "--redact",
            "--redact-policy",
            policy,
            "--no-progress",
        ],
    )
    assert res.exit_code == 0, res.output
    written = out.read_text(encoding="utf-8")
    assert not [p for p in TRANSCRIPT_PII if p in written]
    recs = [json.loads(x) for x in written.splitlines()]
    for r in recs:
        assert r["pii"] and all(r["text"][p["start"] : p["end"]].startswith("[") for p in r["pii"])
        assert all(s["end"] <= len(r["text"]) for s in r["sentences"])
    if policy == "pseudonym":  # the interviewee keeps one pseudonym through the transcript
        sv = recs[1]
        names = {sv["text"][p["start"] : p["end"]] for p in sv["pii"] if p["kind"] == "person"}
        assert len(names) == 2, names  # Karin and Johan
