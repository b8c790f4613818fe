"""Excel output of texts longer than a cell holds (issue 15, item 7)."""

from __future__ import annotations

import json
import logging
from pathlib import Path

import pytest
from typer.testing import CliRunner

from textinsight.cli import app
from textinsight.io.writers import XLSX_CELL_LIMIT, xlsx_pieces

FIXTURES = Path(__file__).parents[1] / "fixtures" / "transcripts"


def long_transcript(n_chars: int) -> str:
    """A real transcript's turns repeated (renumbered by time stamp) to ``n_chars``."""
    lines = [
        x
        for x in (FIXTURES / "notes_en.txt").read_text(encoding="utf-8").splitlines()
        if x.startswith("[")
    ]
    out = ["Interview 9 – Nordbank, long session", "Date: 2026-03-12", ""]
    k = 0
    while sum(len(x) + 1 for x in out) < n_chars:
        line = lines[k % len(lines)].split("] ", 1)[1]
        out.append(f"[{k // 3600:02d}:{k // 60 % 60:02d}:{k % 60:02d}] {line} 😊")
        k += 1
    return "\n".join(out) + "\n"


def joined(header: list[str], row: tuple, column: str) -> str:
    return "".join(
        row[i] or ""
        for i, name in enumerate(header)
        if name == column or name.startswith(f"{column} (cont. ")
    )


@pytest.mark.model  # the language stage: lingua and models/langid
def test_writers_xlsx_keeps_a_60000_character_transcript_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    from openpyxl import load_workbook

    text = long_transcript(60_000)
    src = tmp_path / "long_interview.txt"
    src.write_text(text, encoding="utf-8")
    monkeypatch.setenv("TEXTINSIGHT_STAGES", '["validate", "language", "segment"]')
    monkeypatch.setenv("TEXTINSIGHT_MAX_SEGMENTS", "100000")
    out = tmp_path / "out.xlsx"
    with caplog.at_level(logging.WARNING, logger="textinsight"):
        res = CliRunner().invoke(app, ["analyze", str(src), "-o", str(out), "--no-progress"])
    assert res.exit_code == 0, res.output
    assert "continuation columns" in caplog.text and "text (cont. 2)" in caplog.text
    wb = load_workbook(out, read_only=True)
    rows = list(wb["documents"].iter_rows(values_only=True))
    header = list(rows[0])
    assert header.index("text (cont. 2)") == header.index("text") + 1
    assert joined(header, rows[1], "text") == text
    assert "sentences (cont. 2)" in header
    sentences = json.loads(joined(header, rows[1], "sentences"))  # valid JSON again
    assert len(sentences) > 300 and sentences[-1]["end"] == len(text.rstrip())
    for ws in wb.worksheets:
        for row in ws.iter_rows(values_only=True):
            for v in row:  # every cell fits Excel's limit, counted as Excel counts
                assert not isinstance(v, str) or len(v.encode("utf-16-le")) // 2 <= XLSX_CELL_LIMIT
    # each text piece ends at a line break: nothing is cut mid-line
    pieces = [v for i, v in enumerate(rows[1]) if header[i].startswith("text") and v]
    assert len(pieces) >= 2 and all(p.endswith("\n") for p in pieces[:-1])


def test_writers_xlsx_pieces_join_back_and_fit() -> None:
    value = ("ø" * 10 + "😊 ") * 5000 + "x" * 40_000  # astral characters count twice in Excel
    pieces = xlsx_pieces(value)
    assert "".join(pieces) == value and len(pieces) >= 3
    assert all(len(p.encode("utf-16-le")) // 2 <= XLSX_CELL_LIMIT for p in pieces)
    assert xlsx_pieces("short") == ["short"]
