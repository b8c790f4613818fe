"""Every output format can be read back with the fields of the record."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from textinsight.errors import UnsupportedFormat
from textinsight.io.writers import write_records

RECORDS = [
    {"id": "1", "text": "Ventetiden var lang. Men Mette var sød.",
     "language": {"code": "da", "confidence": 0.97},
     "sentences": [{"start": 0, "end": 20}, {"start": 21, "end": 39}],
     "meta": {"nps": 3, "channel": "email"}, "error": None},
    {"id": "2", "text": "", "meta": {"channel": "x", "extra": [1, 2]},
     "error": {"code": "empty_text", "message": "the text is empty"}},
]  # fmt: skip


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
