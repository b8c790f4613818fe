"""``topics fit --redact``: the model keeps no raw personal data (issue 15, item 6)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tests.conftest import EXAMPLES
from tests.test_transcripts_redacted import FIXTURES, PLANTED, nb_docx
from textinsight.cli import app

runner = CliRunner()


@pytest.mark.model  # the language stage: lingua and models/langid
def test_topics_fit_redact_keeps_names_out_of_the_model(
    tiny_bert_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TEXTINSIGHT_ENCODER", str(tiny_bert_dir))
    monkeypatch.setenv("TEXTINSIGHT_STAGES", '["validate", "language", "pii", "segment", "embed"]')
    inputs = [
        str(EXAMPLES / "feedback.csv"),
        str(FIXTURES / "interview_da.txt"),
        str(nb_docx(tmp_path)),
        str(FIXTURES / "notes_en.txt"),
    ]
    out = tmp_path / "model"
    res = runner.invoke(
        app, ["topics", "fit", *inputs, "-o", str(out), "--no-progress", "--redact", "--seed", "3"]
    )
    assert res.exit_code == 0, res.output
    topics = json.loads((out / "topics.json").read_text(encoding="utf-8"))
    assert topics and all(t["representative_texts"] for t in topics)
    shown = runner.invoke(app, ["topics", "show", str(out)])
    assert shown.exit_code == 0 and "personal data redacted (tag)" in shown.output
    written = (
        "\n".join(
            p.read_text(encoding="utf-8") for p in out.iterdir() if p.suffix in (".json", ".jsonl")
        )
        + shown.output
    )
    left = [p for values in PLANTED.values() for p in values if p in written]
    assert left == []
