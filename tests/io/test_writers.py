"""Every output format can be read back with the fields of the record."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from textinsight.errors import UnsupportedFormat
from textinsight.io.writers import write_records

RECORDS = [
    {
        "id": "1",
        "text": "Ventetiden var lang. Men Mette var sød.",
        "language": {"code": "da", "confidence": 0.97},
        "sentences": [{"start": 0, "end": 20}, {"start": 21, "end": 39}],
        "meta": {"nps": 3, "channel": "email"},
        "error": None,
    },
    {
        "id": "2",
        "text": "",
        "meta": {"channel": "x", "extra": [1, 2]},
        "error": {"code": "empty_text", "message": "the text is empty"},
    },
]


@pytest.mark.parametrize("suffix", [".jsonl", ".csv", ".parquet", ".xlsx"])
def test_writers_round_trip(tmp_path: Path, suffix: str) -> None:
    import pandas as pd

    out = tmp_path / f"out{suffix}"
    write_records(lambda: iter(RECORDS), str(out))
    if suffix == ".jsonl":
        back = [json.loads(x) for x in out.read_text().splitlines()]
        assert back == RECORDS
        return
    df = {".csv": pd.read_csv, ".parquet": pd.read_parquet, ".xlsx": pd.read_excel}[suffix](out)
    assert list(df["id"].astype(str)) == ["1", "2"]
    assert df.loc[0, "language"] == "da"
    assert df.loc[1, "error_code"] == "empty_text"
    assert str(df.loc[0, "meta.channel"]) == "email"
    assert json.loads(df.loc[0, "sentences"])[1] == {"start": 21, "end": 39}
    if suffix == ".xlsx":
        sents = pd.read_excel(out, sheet_name="sentences")
        assert list(sents["text"]) == ["Ventetiden var lang.", "Men Mette var sød."]


def test_writers_unknown_format(tmp_path: Path) -> None:
    with pytest.raises(UnsupportedFormat):
        write_records(lambda: iter(RECORDS), str(tmp_path / "x.pdf"))


# Issue 16 item 1: values a spreadsheet would run as formulas (ids, texts and meta alike).
FORMULAS = ["=HYPERLINK(\"http://evil.example\",\"x\")", "+cmd|' /C calc'!A0", "-2+3+cmd|x",
            "@SUM(1+1)*cmd|x", "\t=1+1", "\r=1+1"]  # fmt: skip


def hostile_records() -> list[dict]:
    return [
        {
            "id": f,
            "text": f"{f} the rest of the comment",
            "sentences": [{"start": 0, "end": len(f)}],
            "meta": {"channel": f, "nps": -3, "score": "-3", "note": "fine"},
            "error": None,
        }
        for f in FORMULAS
    ]


def test_writers_xlsx_never_writes_a_formula(tmp_path: Path) -> None:
    from openpyxl import load_workbook

    out = tmp_path / "out.xlsx"
    write_records(lambda: iter(hostile_records()), str(out))
    wb = load_workbook(out)  # not data_only: a formula would show as one
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                assert cell.data_type != "f", (ws.title, cell.coordinate, cell.value)
    docs = wb["documents"]
    header = [c.value for c in docs[1]]
    ids = [docs.cell(row=r, column=header.index("id") + 1).value for r in range(2, 8)]
    assert ids == FORMULAS
    meta = [docs.cell(row=r, column=header.index("meta.channel") + 1).value for r in range(2, 8)]
    assert meta == FORMULAS
    sents = wb["sentences"]
    assert [sents.cell(row=r, column=7).value for r in range(2, 8)] == FORMULAS
    assert docs.cell(row=2, column=header.index("meta.nps") + 1).value == -3  # a number


def _csv_from_runs(tmp_path: Path) -> list[list[dict[str, str]]]:
    """The CSV of the CLI writer and of the job results, read back."""
    import csv
    import io

    from textinsight.service.results import csv_chunks

    out = tmp_path / "out.csv"
    write_records(lambda: iter(hostile_records()), str(out))
    streamed = b"".join(csv_chunks(lambda: iter(hostile_records()))).decode("utf-8-sig")
    with open(out, encoding="utf-8-sig", newline="") as f:
        written = list(csv.DictReader(f))
    return [written, list(csv.DictReader(io.StringIO(streamed)))]


def test_writers_csv_neutralises_formula_starts(tmp_path: Path) -> None:
    for rows in _csv_from_runs(tmp_path):
        assert [r["id"] for r in rows] == ["'" + f for f in FORMULAS]
        assert [r["meta.channel"] for r in rows] == ["'" + f for f in FORMULAS]
        assert all(r["text"].startswith("'") for r in rows)
        # plain numbers stay numbers, numeric or text; other cells are untouched
        assert {(r["meta.nps"], r["meta.score"], r["meta.note"]) for r in rows} == {
            ("-3", "-3", "fine")
        }


@pytest.mark.parametrize(
    "value, cell",
    [
        ("=1+1", "'=1+1"),
        ("+45 12 34 56 78", "'+45 12 34 56 78"),
        ("-", "'-"),
        ("@x", "'@x"),
        ("\tx", "'\tx"),
        ("\rx", "'\rx"),
        ("-3", "-3"),
        ("+4.5", "+4.5"),
        ("-1e3", "-1e3"),
        ("-3+1", "'-3+1"),
        ("a=b", "a=b"),
        (-3, -3),
        (2.5, 2.5),
        (None, None),
        (True, True),
        ("x\ud800", "x\ufffd"),
    ],
)
def test_writers_csv_cell_rule(value: object, cell: object) -> None:
    from textinsight.io.writers import csv_cell

    assert csv_cell(value) == cell


# Issue 16 item 2: a lone surrogate never reaches an output file.
SURROGATE_RECORD = {
    "id": "x\ud800",
    "text": "caf\udce9 og \ud800 mere",
    "meta": {"k\udce9": "v\ud800", "n": 1},
    "error": {"code": "undecodable", "message": "m"},
}


@pytest.mark.parametrize("suffix", [".jsonl", ".csv", ".parquet", ".xlsx"])
def test_writers_write_no_lone_surrogate(tmp_path: Path, suffix: str) -> None:
    import re

    import pandas as pd

    out = tmp_path / f"out{suffix}"
    write_records(lambda: iter([SURROGATE_RECORD]), str(out))
    if suffix in (".jsonl", ".csv"):
        data = out.read_bytes()
        data.decode("utf-8")  # valid UTF-8
        assert not re.search(rb"\\u[dD][89a-fA-F]", data)  # nor a JSON escape of one
        text = data.decode("utf-8-sig")
    else:
        df = pd.read_parquet(out) if suffix == ".parquet" else pd.read_excel(out)
        text = df.to_csv()
    assert not re.search("[\ud800-\udfff]", text)
    assert "caf\ufffd og \ufffd mere" in text
