"""Every input format streams documents with ids, meta and per-record errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from textinsight.errors import InvalidInput, UnsupportedFormat
from textinsight.io.readers import Columns, count_rows, read_inputs, read_path

ROWS = [
    {"id": "a1", "text": "Ventetiden var lang.", "nps": 3, "channel": "email"},
    {"id": "a2", "text": "Fin service, tak!", "nps": 9, "channel": "survey"},
    {"id": "a3", "text": "", "nps": None, "channel": "x"},
]


def write_all_formats(tmp: Path) -> dict[str, Path]:
    import pandas as pd

    df = pd.DataFrame(ROWS)
    paths = {
        "jsonl": tmp / "in.jsonl",
        "csv": tmp / "in.csv",
        "xlsx": tmp / "in.xlsx",
        "parquet": tmp / "in.parquet",
    }
    paths["jsonl"].write_text("\n".join(json.dumps(r) for r in ROWS) + "\n")
    df.to_csv(paths["csv"], index=False)
    df.to_excel(paths["xlsx"], index=False)
    df.to_parquet(paths["parquet"], index=False)
    return paths


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "xlsx", "parquet"])
def test_readers_tabular_formats_agree(tmp_path: Path, fmt: str) -> None:
    path = write_all_formats(tmp_path)[fmt]
    docs = list(read_path(path, Columns()))
    assert [d.id for d in docs] == ["a1", "a2", "a3"]
    assert docs[0].text == "Ventetiden var lang."
    assert docs[2].text == ""
    assert docs[0].meta["channel"] == "email"
    assert float(docs[1].meta["nps"]) == 9
    assert "text" not in docs[0].meta and "id" not in docs[0].meta
    assert count_rows([path]) == 3


def test_readers_semicolon_csv_and_row_number_ids(tmp_path: Path) -> None:
    path = tmp_path / "export.csv"
    path.write_text("kommentar;dato\nFor dyrt;2026-01-02\nGod app;2026-01-03\n", encoding="utf-8")
    docs = list(read_path(path, Columns(text="kommentar", id=None)))
    assert [(d.id, d.text, d.meta) for d in docs] == [
        ("1", "For dyrt", {"dato": "2026-01-02"}),
        ("2", "God app", {"dato": "2026-01-03"}),
    ]


def test_readers_keep_undecodable_bytes_for_the_validator(tmp_path: Path) -> None:
    path = tmp_path / "bad.csv"
    path.write_bytes(b"id,text\n1,caf\xe9 latin-1\n2,fine\n")
    docs = list(read_path(path, Columns(encoding="utf-8")))  # (detected, it is Latin-1)
    assert "\udce9" in docs[0].text and docs[1].text == "fine"


def test_readers_invalid_json_line_is_a_record_error(tmp_path: Path) -> None:
    path = tmp_path / "x.jsonl"
    path.write_text('{"id": 1, "text": "a"}\nnot json\n{"id": 3, "nope": 1}\n')
    docs = list(read_path(path, Columns()))
    assert [d.error.code if d.error else None for d in docs] == [
        None,
        "invalid_json",
        "missing_text",
    ]


def test_readers_txt_and_docx_are_one_document_each(tmp_path: Path) -> None:
    from docx import Document as Docx

    txt = tmp_path / "interview.txt"
    txt.write_text("I: Hej\nR: Hej med dig\n", encoding="utf-8")
    d = Docx()
    d.add_paragraph("Intervjuare: Hur var det?")
    d.add_paragraph("Kund: Bra.")
    d.save(str(tmp_path / "int.docx"))
    docs = list(read_inputs([txt, tmp_path / "int.docx"], Columns()))
    assert [(x.id, x.text) for x in docs] == [
        ("interview", "I: Hej\nR: Hej med dig\n"),
        ("int", "Intervjuare: Hur var det?\nKund: Bra."),
    ]


def test_readers_multiple_inputs_prefix_row_ids(tmp_path: Path) -> None:
    a, b = tmp_path / "a.csv", tmp_path / "b.csv"
    a.write_text("text\nx\n")
    b.write_text("text\ny\n")
    assert [d.id for d in read_inputs([a, b], Columns(id=None))] == ["a:1", "b:1"]


def test_readers_errors(tmp_path: Path) -> None:
    with pytest.raises(InvalidInput, match="not found"):
        list(read_path(tmp_path / "x.pdf", Columns()))
    (tmp_path / "x.pdf").write_text("x")
    with pytest.raises(UnsupportedFormat):
        list(read_path(tmp_path / "x.pdf", Columns()))
    path = tmp_path / "in.csv"
    path.write_text("comment\nhello\n")
    with pytest.raises(InvalidInput, match="text-column"):
        list(read_path(path, Columns()))


# Issue 16 items 5, 6, 10: hostile CSV and files whose extension lies.


def test_readers_csv_field_over_the_csv_module_limit_is_read(tmp_path: Path) -> None:
    path = tmp_path / "long.csv"
    path.write_text(f"id,text\n1,short\n2,{'x' * 150_000}\n3,after\n", encoding="utf-8")
    docs = list(read_path(path, Columns()))
    assert [(d.id, len(d.text), d.error) for d in docs] == [
        ("1", 5, None),
        ("2", 150_000, None),
        ("3", 5, None),
    ]


def test_readers_csv_field_over_the_field_limit_is_a_record_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import csv

    from textinsight.io import csvfile

    old = csv.field_size_limit(1000)
    monkeypatch.setattr(csvfile, "FIELD_LIMIT", 1000)
    try:
        path = tmp_path / "long.csv"
        path.write_text(f"id,text\n1,short\n2,{'x' * 5000}\n3,after\n", encoding="utf-8")
        docs = list(read_path(path, Columns()))
    finally:
        csv.field_size_limit(old)
    assert [(d.id, d.error.code if d.error else None) for d in docs] == [
        ("1", None),
        ("2", "text_too_long"),
        ("3", None),
    ]


def test_readers_csv_unterminated_quote_is_a_record_error(tmp_path: Path) -> None:
    path = tmp_path / "quote.csv"
    path.write_text('id,text\n1,ok\n2,"broken\n3,three\n4,four\n', encoding="utf-8")
    docs = list(read_path(path, Columns()))
    assert [(d.id, d.error.code if d.error else None) for d in docs] == [
        ("1", None),
        ("2", "malformed_row"),
    ]
    assert sum(d.rows for d in docs) == 4  # 4 rows read, 2 records: the caller can tell
    assert "three" not in docs[1].error.message  # never quotes the content


def test_readers_csv_quote_closed_further_down_is_a_record_error(tmp_path: Path) -> None:
    path = tmp_path / "quote.csv"
    path.write_text('id,text\n1,"a\n2,b\n3,c"\n4,d\n', encoding="utf-8")
    docs = list(read_path(path, Columns()))
    assert [(d.id, d.error.code if d.error else None, d.rows) for d in docs] == [
        ("1", "malformed_row", 3),
        ("4", None, 1),
    ]


def test_readers_csv_wrong_number_of_cells_is_a_record_error(tmp_path: Path) -> None:
    path = tmp_path / "cells.csv"
    path.write_text("id,text,nps\n1,ok,3,surplus\n2,short\n3,fine,4\n4,trailing,5,\n")
    docs = list(read_path(path, Columns()))
    assert [(d.id, d.error.code if d.error else None) for d in docs] == [
        ("1", "malformed_row"),
        ("2", "malformed_row"),
        ("3", None),
        ("4", None),
    ]


def test_readers_csv_multiline_comment_is_one_good_record(tmp_path: Path) -> None:
    path = tmp_path / "multi.csv"
    path.write_text('id,text\n1,"Hej,\nmed dig\nog tak"\n2,x\n', encoding="utf-8")
    docs = list(read_path(path, Columns()))
    assert [(d.id, d.text, d.rows, d.error) for d in docs] == [
        ("1", "Hej,\nmed dig\nog tak", 3, None),
        ("2", "x", 1, None),
    ]


def test_readers_ids_keep_the_text_they_were(tmp_path: Path) -> None:
    path = tmp_path / "ids.jsonl"
    rows = [
        {"id": True, "text": "a"},
        {"id": 7, "text": "b"},
        {"id": 0, "text": "c"},
        {"id": "x", "text": "d"},
        {"id": False},
    ]
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n")
    assert [d.id for d in read_path(path, Columns())] == ["true", "7", "0", "x", "false"]


def test_readers_missing_text_column_message_quotes_no_content(tmp_path: Path) -> None:
    path = tmp_path / "noheader.csv"
    path.write_text("Ring til mig på 12345678,9\nanden række,3\n", encoding="utf-8")
    with pytest.raises(InvalidInput) as err:
        list(read_path(path, Columns()))
    assert "12345678" not in str(err.value) and "--text-column" in str(err.value)


def _zip_bytes(part: str) -> bytes:
    import io
    import zipfile

    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr(part, "<x/>")
    return buf.getvalue()


@pytest.mark.parametrize(
    "name, content",
    [
        ("lies.xlsx", b"id,text\n1,hello\n"),
        ("lies.docx", b"just text"),
        ("lies.parquet", b"id,text\n1,hello\n"),
        ("lies.csv", _zip_bytes("xl/workbook.xml")),
        ("lies.jsonl", b"\x00\x01binary"),
        ("word.xlsx", _zip_bytes("word/document.xml")),
        ("sheet.docx", _zip_bytes("xl/workbook.xml")),
    ],
)
def test_readers_extension_that_lies_is_refused(tmp_path: Path, name: str, content: bytes) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(UnsupportedFormat, match="is named"):
        list(read_path(path, Columns()))


def test_readers_dates_are_one_form_in_records_and_exports(tmp_path: Path) -> None:
    """An Excel export (date cells), a CSV export (ISO text) and a Parquet file (timestamps)
    of the same survey give the same date strings; a time is kept only where there is one."""
    import datetime as dt

    import pandas as pd
    from openpyxl import Workbook

    from textinsight.io.writers import write_records
    from textinsight.record import to_record

    dates = [dt.datetime(2026, 3, 6), dt.datetime(2026, 3, 10, 14, 30)]
    wb = Workbook()
    ws = wb.active
    ws.append(["id", "text", "dato"])
    for i, d in enumerate(dates):
        ws.append([f"r{i}", "Fin service", d])
        ws.cell(row=i + 2, column=3).number_format = "dd-mm-yyyy" if i == 0 else "dd-mm-yyyy hh:mm"
    wb.save(tmp_path / "survey.xlsx")
    (tmp_path / "survey.csv").write_text(
        "id;text;dato\nr0;Fin service;2026-03-06\nr1;Fin service;2026-03-10T14:30:00\n"
    )
    pd.DataFrame(
        {
            "id": ["r0", "r1"],
            "text": ["Fin service"] * 2,
            "dato": pd.to_datetime(dates),
            "dag": [d.date() for d in dates],
        }
    ).to_parquet(tmp_path / "survey.parquet")
    want = ["2026-03-06", "2026-03-10T14:30:00"]
    for name in ("survey.xlsx", "survey.csv", "survey.parquet"):
        docs = list(read_path(tmp_path / name, Columns()))
        assert [d.meta["dato"] for d in docs] == want, name
    assert [d.meta["dag"] for d in docs] == ["2026-03-06", "2026-03-10"]
    recs = [to_record(d) for d in read_path(tmp_path / "survey.xlsx", Columns())]
    for out in ("out.csv", "out.parquet", "out.jsonl"):
        write_records(lambda: iter(recs), str(tmp_path / out))
    assert list(pd.read_csv(tmp_path / "out.csv")["meta.dato"]) == want
    assert list(pd.read_parquet(tmp_path / "out.parquet")["meta.dato"]) == want
    lines = (tmp_path / "out.jsonl").read_text().splitlines()
    assert [json.loads(x)["meta"]["dato"] for x in lines] == want
