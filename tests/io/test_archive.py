"""Zip bombs (XLSX, DOCX) and inflated Parquet files are refused before any parser opens them."""

from __future__ import annotations

import tracemalloc
import zipfile
from pathlib import Path

import pytest

from textinsight.errors import InputTooLarge
from textinsight.io.archive import ArchiveLimits, check_input
from textinsight.io.readers import Columns, count_rows, read_path

MB = 1 << 20


def _inflate(
    src: Path, dest: Path, member: str, head: bytes, unit: bytes, tail: bytes, size: int
) -> Path:
    """Copy the zip ``src`` to ``dest`` with ``member`` replaced by ``head + unit*k + tail``
    of about ``size`` bytes, written in chunks (the test never holds it in memory)."""
    chunk = unit * max(1, MB // len(unit))
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dest, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            if info.filename != member:
                zout.writestr(info, zin.read(info.filename))
        with zout.open(member, "w", force_zip64=True) as f:
            f.write(head)
            for _ in range(size // len(chunk)):
                f.write(chunk)
            f.write(tail)
    return dest


def xlsx_bomb(tmp: Path, size: int) -> Path:
    """A valid workbook whose sheet XML expands to ``size`` bytes of identical rows."""
    from openpyxl import Workbook

    wb = Workbook()
    wb.active.append(["id", "text"])
    wb.active.append(["1", "Ja."])
    wb.save(tmp / "seed.xlsx")
    head = (
        b'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxml'
        b'formats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" '
        b't="inlineStr"><is><t>id</t></is></c><c r="B1" t="inlineStr"><is><t>text</t></is>'
        b"</c></row>"
    )
    row = b'<row><c t="inlineStr"><is><t>Ja. Ja. Ja. Ja.</t></is></c></row>'
    return _inflate(
        tmp / "seed.xlsx",
        tmp / "bomb.xlsx",
        "xl/worksheets/sheet1.xml",
        head,
        row,
        b"</sheetData></worksheet>",
        size,
    )


def docx_bomb(tmp: Path, size: int) -> Path:
    """A valid document whose body XML expands to ``size`` bytes of identical paragraphs."""
    from docx import Document

    Document().save(str(tmp / "seed.docx"))
    ns = b'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    head = b'<?xml version="1.0" encoding="UTF-8"?><w:document ' + ns + b"><w:body>"
    para = b"<w:p><w:r><w:t>Ja. Ja. Ja. Ja.</w:t></w:r></w:p>"
    return _inflate(
        tmp / "seed.docx",
        tmp / "bomb.docx",
        "word/document.xml",
        head,
        para,
        b"</w:body></w:document>",
        size,
    )


@pytest.fixture(scope="module")
def bombs(zip_bombs: dict[str, Path]) -> dict[str, Path]:
    """An XLSX and a DOCX of a few hundred KB that expand to 300 MB each (tests/conftest.py
    builds them once for these tests and the HTTP ones)."""
    return zip_bombs


@pytest.mark.parametrize("fmt", ["xlsx", "docx"])
def test_archive_bomb_refused_before_parsing(
    bombs: dict[str, Path], fmt: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    import docx
    import openpyxl

    def parsed(*_: object, **__: object) -> None:
        raise AssertionError("the parser was reached")

    monkeypatch.setattr(openpyxl, "load_workbook", parsed)
    monkeypatch.setattr(docx, "Document", parsed)
    path = bombs[fmt]
    assert path.stat().st_size < 3 * MB
    tracemalloc.start()
    try:
        with pytest.raises(InputTooLarge, match="input_max_compression_ratio"):
            list(read_path(path, Columns()))
        if fmt == "xlsx":  # the progress count opens the workbook: refused too
            with pytest.raises(InputTooLarge):
                count_rows([path])
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 5 * MB  # the directory was read, not the 300 MB part


@pytest.mark.parametrize("fmt", ["xlsx", "docx"])
def test_archive_total_size_is_capped(bombs: dict[str, Path], fmt: str) -> None:
    generous_ratio = ArchiveLimits(max_uncompressed_bytes=100 * MB, max_ratio=1e6)
    with pytest.raises(InputTooLarge, match="input_max_uncompressed_bytes"):
        check_input(bombs[fmt], generous_ratio)
    check_input(bombs[fmt], ArchiveLimits(max_uncompressed_bytes=400 * MB, max_ratio=1e6))


def test_archive_ordinary_files_pass(tmp_path: Path) -> None:
    import pandas as pd

    df = pd.DataFrame({"id": ["a", "b"], "text": ["Ventetiden var lang.", "Fin service"]})
    df.to_excel(tmp_path / "ok.xlsx", index=False)
    df.to_parquet(tmp_path / "ok.parquet", index=False)
    for name in ("ok.xlsx", "ok.parquet"):
        assert [d.id for d in read_path(tmp_path / name, Columns())] == ["a", "b"]


def test_archive_parquet_inflation_refused(tmp_path: Path) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    table = pa.table({"text": ["Ja. " * 1000] * 2000})  # 8 MB that compresses to almost nothing
    pq.write_table(table, tmp_path / "big.parquet", use_dictionary=False, compression="zstd")
    limits = ArchiveLimits(max_uncompressed_bytes=512 * MB, max_ratio=50)
    with pytest.raises(InputTooLarge, match="expands"):
        list(read_path(tmp_path / "big.parquet", Columns(id=None), limits=limits))
    with pytest.raises(InputTooLarge, match="input_max_uncompressed_bytes"):
        check_input(tmp_path / "big.parquet", ArchiveLimits(max_uncompressed_bytes=MB))
