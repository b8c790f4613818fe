"""Transcripts with named speakers, analysed with and without redaction (issue 15, items 1-5).

The files are of the kinds researchers hand in: a Danish .txt transcript, a Norwegian .docx
with named speaker tags (built here with python-docx, as ``scripts/make_example_docx.py``
does), and an English interview-note set with time stamps. Each is about 30 turns, full of
names (also names in no name list, introduced by "I'm", "thank you", "Miss P …", "a member of
staff, X,"), customer references, a UK NI number, addresses and a title line.
"""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest
from typer.testing import CliRunner

from textinsight.cli import app
from textinsight.io.readers import Columns, read_inputs
from textinsight.pipeline import Pipeline
from textinsight.settings import Settings
from textinsight.topics.model import units_from_docs

FIXTURES = Path(__file__).parent / "fixtures" / "transcripts"
STAGES = '["validate", "language", "pii", "segment"]'
runner = CliRunner()
# the language stage (lingua, models/langid); the CLI's pipelines share their PII detector
pytestmark = [pytest.mark.model, pytest.mark.usefixtures("reuse_loaded_models")]

# every name and identifier planted in the three transcripts
PLANTED = {
    "interview_da.txt": [
        "Amira",
        "Haddad",
        "Yusuf",
        "Bakhtiari",
        "Mette",
        "Jens Kristensen",
        "Leila",
        "5512-0934",
        "Rosengårdvej",
        "8000 Aarhus",
        "28 91 44 07",
    ],
    "interview_nb.docx": [
        "Tone",
        "Vikanes",
        "Fjellveien",
        "5019 Bergen",
        "Sigrun",
        "1004-58872",
        "7781-22931",
        "Arvid",
        "Bashir",
        "Okonkwo",
        "88213",
        "Ingrid",
        "tone.vikanes@epost.no",
    ],
    "notes_en.txt": [
        "Priya",
        "Shah",
        "30-5518-207",
        "QQ 12 34 56 C",
        "Oluwaseun",
        "Albion",
        "LS1 6AD",
        "CR-44719020",
        "Tadeusz",
        "Ravi",
        "Anjali",
        "Reed",
    ],
}


def nb_docx(directory: Path) -> Path:
    """The Norwegian transcript as a Word file: a title heading, one paragraph per line."""
    from docx import Document

    doc = Document()
    doc.add_heading("Intervju 4 – Nordbank, mars 2026", level=1)
    for line in (FIXTURES / "interview_nb.source.txt").read_text(encoding="utf-8").splitlines():
        if line.strip():
            doc.add_paragraph(line)
    path = directory / "interview_nb.docx"
    doc.save(str(path))
    return path


def analyze(paths: list[Path], out: Path, *options: str) -> list[dict]:
    res = runner.invoke(
        app, ["analyze", *map(str, paths), "-o", str(out), "--no-progress", *options]
    )
    assert res.exit_code == 0, res.output
    return [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]


def turns(rec: dict) -> list[dict]:
    return [s for s in rec["sentences"] if s.get("kind") == "turn"]


@pytest.fixture()
def transcripts(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    monkeypatch.setenv("TEXTINSIGHT_STAGES", STAGES)
    return [FIXTURES / "interview_da.txt", nb_docx(tmp_path), FIXTURES / "notes_en.txt"]


@pytest.mark.parametrize("policy", ["tag", "mask", "pseudonym"])
def test_transcripts_redaction_keeps_the_turns_of_named_speakers(
    transcripts: list[Path], tmp_path: Path, policy: str
) -> None:
    docx = transcripts[1]
    plain = analyze([docx], tmp_path / "plain.jsonl")[0]
    red = analyze([docx], tmp_path / "red.jsonl", "--redact", "--redact-policy", policy)[0]
    assert len(turns(plain)) == 30  # 15 questions, 15 answers; the header lines are no turns
    assert len(red["sentences"]) == len(plain["sentences"])
    assert [s.get("kind") for s in red["sentences"]] == [s.get("kind") for s in plain["sentences"]]
    speakers = [s["speaker"] for s in turns(red)]
    assert speakers[0::2] == ["Intervjuer"] * 15
    answer = {"tag": "[PERSON]", "mask": "****", "pseudonym": "[PERSON_1]"}[policy]
    assert set(speakers[1::2]) == {answer}  # "Tone:" became its tag and stayed a turn


def test_transcripts_header_lines_are_no_turns(transcripts: list[Path], tmp_path: Path) -> None:
    recs = analyze(transcripts, tmp_path / "out.jsonl")
    for rec in recs:
        speakers = {s["speaker"] for s in turns(rec)}
        assert not speakers & {"Dato", "Date", "Sted", "Participants"}, speakers
        head = [rec["text"][s["start"] : s["end"]] for s in rec["sentences"][:3]]
        assert all("kind" not in s for s in rec["sentences"][:3]), head  # sentences


@pytest.mark.parametrize("policy", ["tag", "mask", "pseudonym"])
def test_transcripts_researcher_check_leaves_no_planted_names(
    transcripts: list[Path], tmp_path: Path, policy: str
) -> None:
    plain = analyze(transcripts, tmp_path / "plain.jsonl")
    red = analyze(transcripts, tmp_path / "red.jsonl", "--redact", "--redact-policy", policy)
    written = (tmp_path / "red.jsonl").read_text(encoding="utf-8")
    left = [p for values in PLANTED.values() for p in values if p in written]
    assert left == []
    assert [len(turns(r)) for r in red] == [len(turns(r)) for r in plain] == [30, 30, 26]
    for r in red:  # the title line is a sentence of its own, and no address
        assert r["text"].lstrip().startswith(("Interview 12 –", "Intervju 4 –", "Interview 7 –"))
        kinds = {p["kind"] for p in r["pii"]}
        assert {"person", "customer_ref", "address"} <= kinds


def test_transcripts_never_store_raw_topics_keep_the_respondent_turns(
    transcripts: list[Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Under never_store_raw the respondent's turns, not two header lines, are clustered."""
    settings = Settings(
        stages=["validate", "language", "pii", "segment"], never_store_raw=True, progress=False
    )
    docs = list(Pipeline.from_settings(settings).pipe(read_inputs([transcripts[1]], Columns())))
    for d in docs:  # embeddings are what clustering reads; any vector will do here
        d.segment_embeddings = np.ones((len(d.segments), 4), dtype=np.float32)
        d.embedding = np.ones(4, dtype=np.float32)
    units = units_from_docs(docs)
    assert len(units) == 15
    assert not [u.text for u in units if "Dato" in u.text or "Sted" in u.text]
