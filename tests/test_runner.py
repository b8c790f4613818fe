"""Batch runs: journal, resume without loss or duplicates, summary."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from textinsight.errors import InvalidInput, ResumeMismatch
from textinsight.pipeline import Pipeline
from textinsight.runner import journal_path, run_analysis
from textinsight.settings import Settings
from textinsight.stages.segment import Segmenter
from textinsight.stages.validate import Validate
from textinsight.types import Document

SETTINGS = Settings(progress=False, batch_size=4)


class Boom:
    """A stage that fails once it has seen ``after`` documents (an interrupted run)."""

    name = "boom"
    requires: tuple[str, ...] = ()
    assigns: tuple[str, ...] = ()

    def __init__(self, after: int) -> None:
        self.after, self.seen = after, 0

    def __call__(self, docs: list[Document]) -> list[Document]:
        self.seen += len(docs)
        if self.seen > self.after:
            raise KeyboardInterrupt
        return docs


def light(*extra: object) -> Pipeline:
    return Pipeline([Validate(1000), Segmenter("sentence"), *extra], batch_size=4)  # type: ignore[list-item]


def make_input(tmp_path: Path, n: int = 30) -> Path:
    path = tmp_path / "in.jsonl"
    rows = [
        {"id": f"r{i}", "text": f"Tekst nummer {i}. Anden sætning." if i % 7 else ""}
        for i in range(n)
    ]
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n")
    return path


def read_ids(path: Path) -> list[str]:
    return [json.loads(x)["id"] for x in path.read_text().splitlines()]


def test_runner_writes_every_record_including_errors(tmp_path: Path) -> None:
    src = make_input(tmp_path)
    out = tmp_path / "out.jsonl"
    summary = run_analysis([src], str(out), SETTINGS, pipeline=light())
    assert read_ids(out) == [f"r{i}" for i in range(30)]
    assert summary.records == 30 and summary.errors["empty_text"] == 5
    assert not journal_path(str(out)).exists()


def test_runner_resume_continues_without_duplicates(tmp_path: Path) -> None:
    src = make_input(tmp_path)
    out = tmp_path / "out.csv"
    with pytest.raises(KeyboardInterrupt):
        run_analysis([src], str(out), SETTINGS, pipeline=light(Boom(after=12)))
    journal = journal_path(str(out))
    assert journal.exists() and not out.exists()
    with open(journal, "a") as f:
        f.write('{"id": "torn')  # a write cut short by kill -9
    summary = run_analysis([src], str(out), SETTINGS, pipeline=light(), resume=True)
    import pandas as pd

    assert list(pd.read_csv(out)["id"]) == [f"r{i}" for i in range(30)]
    assert summary.records == 30


def test_runner_resume_refuses_other_inputs(tmp_path: Path) -> None:
    src = make_input(tmp_path)
    out = tmp_path / "out.jsonl"
    with pytest.raises(KeyboardInterrupt):
        run_analysis([src], str(out), SETTINGS, pipeline=light(Boom(after=4)))
    src.write_text('{"id": "other", "text": "changed"}\n')
    with pytest.raises(ResumeMismatch):
        run_analysis([src], str(out), SETTINGS, pipeline=light(), resume=True)


def test_runner_without_resume_starts_over(tmp_path: Path) -> None:
    src = make_input(tmp_path, 8)
    out = tmp_path / "out.jsonl"
    with pytest.raises(KeyboardInterrupt):
        run_analysis([src], str(out), SETTINGS, pipeline=light(Boom(after=4)))
    run_analysis([src], str(out), SETTINGS, pipeline=light())
    assert read_ids(out) == [f"r{i}" for i in range(8)]


def test_runner_rejects_bad_outputs(tmp_path: Path) -> None:
    src = make_input(tmp_path, 2)
    with pytest.raises(InvalidInput):
        run_analysis([src], str(tmp_path / "x.pdf"), SETTINGS, pipeline=light())
    with pytest.raises(InvalidInput):
        run_analysis([src], "-", SETTINGS, pipeline=light(), resume=True)
    with pytest.raises(InvalidInput):
        run_analysis([tmp_path / "missing.csv"], "o.jsonl", SETTINGS, pipeline=light())


class Utf8:
    """Encodes every analysed text as UTF-8, as tokenizers do (a lone surrogate broke them)."""

    name = "utf8"
    requires: tuple[str, ...] = ()
    assigns: tuple[str, ...] = ()

    def __call__(self, docs: list[Document]) -> list[Document]:
        for d in docs:
            if d.ok:
                d.text.encode("utf-8")
        return docs


@pytest.mark.parametrize("suffix", [".jsonl", ".csv", ".parquet", ".xlsx"])
def test_runner_lone_surrogate_costs_only_its_record(tmp_path: Path, suffix: str) -> None:
    src = tmp_path / "in.jsonl"
    rows = [
        {"id": f"r{i}", "text": "før \ud800 efter" if i == 5 else f"Tekst {i}."} for i in range(10)
    ]
    src.write_text("\n".join(json.dumps(r) for r in rows) + "\n")  # JSON escapes: \ud800
    out = tmp_path / f"out{suffix}"
    summary = run_analysis([src], str(out), SETTINGS, pipeline=light(Utf8()))
    assert summary.records == 10 and summary.errors == {"undecodable": 1}
    raw = out.read_bytes()
    if suffix in (".jsonl", ".csv"):
        raw.decode("utf-8")
        assert b"\\ud800" not in raw and "f\u00f8r \ufffd efter".encode() in raw


def test_runner_csv_field_over_the_csv_module_limit_is_text_too_long(tmp_path: Path) -> None:
    src = tmp_path / "in.csv"
    src.write_text(f"id,text\n1,Fin.\n2,{'x' * 250_000}\n3,God.\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    pipe = Pipeline([Validate(200_000), Segmenter("sentence")], batch_size=4)
    summary = run_analysis([src], str(out), SETTINGS, pipeline=pipe)
    recs = [json.loads(x) for x in out.read_text().splitlines()]
    assert [(r["id"], (r["error"] or {}).get("code")) for r in recs] == [
        ("1", None),
        ("2", "text_too_long"),
        ("3", None),
    ]
    assert summary.records == 3 and summary.input_note() is None


def test_runner_summary_says_when_rows_read_differ_from_records(tmp_path: Path) -> None:
    src = tmp_path / "in.csv"
    src.write_text('id,text\n1,Fin.\n2,"broken\n3,three\n4,four\n', encoding="utf-8")
    out = tmp_path / "out.jsonl"
    summary = run_analysis([src], str(out), SETTINGS, pipeline=light())
    assert summary.records == 2 and summary.rows_read == 4
    assert summary.errors == {"malformed_row": 1}
    assert "4 input rows were read for 2 records" in summary.render()
