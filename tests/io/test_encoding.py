"""Text inputs in the encodings Nordic Excel exports come in are read without losing a row."""

from __future__ import annotations

import codecs
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from textinsight.cli import app
from textinsight.errors import InvalidInput
from textinsight.io.encoding import check_encoding, detect, file_encoding
from textinsight.io.readers import Columns, read_path
from textinsight.io.sniff import check_content

DATA = Path(__file__).resolve().parents[1] / "data"
EXPORTS = {"excel_export_cp1252.csv": "cp1252", "excel_export_utf16.csv": "utf-16"}
NORDIC = set("æøåäöÆØÅÄÖ")


def _rows(name: str) -> list[list[str]]:
    """The export's rows as written, split without the csv module."""
    sep = ";" if "cp1252" in name else "\t"
    text = (DATA / name).read_bytes().decode(EXPORTS[name])
    return [line.split(sep, 5) for line in text.splitlines()[1:]]  # the text is last


@pytest.mark.parametrize("name", sorted(EXPORTS))
def test_encoding_detects_nordic_excel_exports(name: str) -> None:
    assert codecs.lookup(file_encoding(DATA / name)).name == codecs.lookup(EXPORTS[name]).name


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        ("Køen var lang;ja\n".encode(), "utf-8-sig"),
        (codecs.BOM_UTF8 + "Køen var lang\n".encode(), "utf-8-sig"),
        ("Kön var lång\n".encode("utf-16-le"), "utf-16-le"),  # no BOM: NULs every other byte
        ("Kön var lång\n".encode("utf-16"), "utf-16"),
        ("Smørrebrød – 5 øre\n".encode("cp1252"), "cp1252"),
        (b"id,text\n1,plain ascii\n", "utf-8-sig"),
    ],
)
def test_encoding_detect_follows_bom_utf8_then_detector(data: bytes, expected: str) -> None:
    assert detect(data) == expected


def test_encoding_a_character_cut_at_the_sample_end_is_still_utf8() -> None:
    head = "æ".encode() * 10 + "æ".encode()[:1]
    assert detect(head, complete=False) == "utf-8-sig"
    assert detect(head, complete=True) != "utf-8-sig"


def test_encoding_unknown_or_non_text_encoding_is_invalid_input() -> None:
    with pytest.raises(InvalidInput, match="unknown encoding"):
        check_encoding("klingon")
    with pytest.raises(InvalidInput, match="not a text encoding"):
        check_encoding("base64")
    assert check_encoding("UTF8") == "utf-8-sig" and check_encoding("latin1") == "iso8859-1"


def test_encoding_utf16_text_passes_the_content_check_and_binary_does_not(tmp_path: Path) -> None:
    from textinsight.errors import UnsupportedFormat

    check_content("export.csv", DATA / "excel_export_utf16.csv")  # no error
    png = tmp_path / "photo.csv"
    png.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00" + bytes(range(256)))
    with pytest.raises(UnsupportedFormat, match="NUL"):
        check_content(png.name, png)


@pytest.mark.parametrize("name", sorted(EXPORTS))
def test_encoding_reader_keeps_every_row_and_letter(name: str) -> None:
    rows = _rows(name)
    docs = list(read_path(DATA / name, Columns(text="Kommentar", id="Svar-ID")))
    assert len(docs) == len(rows) == 300
    assert [d.id for d in docs] == [r[0] for r in rows]
    assert [d.text for d in docs] == [r[-1].strip('"') for r in rows]
    assert all(d.error is None for d in docs)
    assert sum(bool(NORDIC & set(d.text)) for d in docs) > 100
    assert docs[0].meta["Butik/område"] == rows[0][4]


def _analyze(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, *args: str
) -> tuple[int, str, list[dict]]:
    monkeypatch.setenv("TEXTINSIGHT_STAGES", '["validate"]')
    monkeypatch.setenv("TEXTINSIGHT_CACHE_DIR", str(tmp_path / "cache"))
    out = tmp_path / "out.jsonl"
    res = CliRunner().invoke(
        app,
        [
            "analyze",
            *args,
            "-o",
            str(out),
            "--no-progress",
            "--text-column",
            "Kommentar",
            "--id-column",
            "Svar-ID",
        ],
    )
    recs = (
        [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
        if out.exists()
        else []
    )
    return res.exit_code, res.output, recs


@pytest.mark.parametrize("name", sorted(EXPORTS))
def test_encoding_cli_analyze_loses_no_row_of_an_export(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str
) -> None:
    code, output, recs = _analyze(tmp_path, monkeypatch, str(DATA / name))
    assert code == 0, output
    assert len(recs) == 300 and not [r for r in recs if r["error"]]
    assert [r["text"] for r in recs] == [r[-1].strip('"') for r in _rows(name)]


def test_encoding_cli_option_overrides_detection(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = str(DATA / "excel_export_cp1252.csv")
    code, output, recs = _analyze(tmp_path, monkeypatch, path, "--encoding", "utf-8")
    assert code == 0, output
    bad = [r for r in recs if r["error"]]
    assert bad and {r["error"]["code"] for r in bad} == {"undecodable"}
    assert not any("\ufffd" in r["text"] for r in recs if not r["error"])
    code, output, _ = _analyze(tmp_path, monkeypatch, path, "--encoding", "klingon")
    assert code == 2 and "unknown encoding" in output
