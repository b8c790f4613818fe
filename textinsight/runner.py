"""Batch runs: stream inputs through the pipeline into a journal, then into the output file.

Every analysed record is appended to a journal next to the output and flushed per batch. An
interrupted run continues with ``resume=True``: the journal's complete lines are kept, a torn
last line is cut, and input documents already journalled are skipped (inputs are read in a
deterministic order), so no record is lost or written twice. The output file is written from
the journal at the end, in the format its extension names, and the journal is removed.

With the pseudonym policy, the run's pseudonym table (keyed hashes, no values) is saved beside
the journal before any record that uses a new pseudonym is journalled, so a resumed run keeps
numbering as one uninterrupted run would ("[PERSON_3]" stays the same person).
"""

from __future__ import annotations

import hashlib
import itertools
import json
import os
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from .errors import InvalidInput, ResumeMismatch
from .io.archive import ArchiveLimits
from .io.readers import Columns, count_rows, read_inputs
from .io.writers import OUTPUT_FORMATS, dumps, write_records
from .pii.redact import Pseudonyms
from .pipeline import Pipeline
from .record import to_record
from .settings import Settings
from .stages.pii import pseudonym_table
from .summary import RunSummary
from .types import Document

JOURNAL_SUFFIX = ".textinsight-journal.jsonl"
PSEUDONYMS_SUFFIX = ".textinsight-pseudonyms.json"


def journal_path(output: str) -> Path:
    """Where the journal of a run writing ``output`` lives."""
    p = Path(output)
    return p.with_name(p.name + JOURNAL_SUFFIX)


def pseudonyms_path(output: str) -> Path:
    """Where the pseudonym table of a run writing ``output`` is kept while it runs."""
    p = Path(output)
    return p.with_name(p.name + PSEUDONYMS_SUFFIX)


def _save_table(table: Pseudonyms, path: Path) -> None:
    """Write the table atomically, readable by its owner only."""
    tmp = path.with_name(path.name + ".tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as f:
        json.dump(table.state(), f)
        f.flush()
        os.fsync(f.fileno())
    os.replace(tmp, path)


def fingerprint(inputs: list[Path], cols: Columns, settings: Settings) -> str:
    """What must not change between an interrupted run and its resume."""
    from .pipeline import redaction_policy

    parts: list[Any] = [cols.text, cols.id, cols.language, settings.segment, settings.stages,
                        settings.encoder, redaction_policy(settings)]  # fmt: skip
    if cols.encoding:  # (absent when detected, so journals of earlier versions still resume)
        parts.append(cols.encoding)
    for p in inputs:
        st = p.stat()
        parts.append([str(p.resolve()), st.st_size, st.st_mtime_ns])
    return hashlib.sha256(json.dumps(parts, default=str).encode()).hexdigest()


def _open_journal(path: Path, fp: str, resume: bool) -> tuple[Any, int]:
    """Open the journal for appending; return it and the number of records already in it."""
    if resume and path.exists():
        with open(path, "rb") as f:
            header = f.readline()
            try:
                if json.loads(header).get("fingerprint") != fp:
                    raise ResumeMismatch(
                        f"{path} belongs to a run with other inputs or settings; "
                        "remove it or run without --resume"
                    )
            except ValueError as exc:
                raise ResumeMismatch(f"{path} is not a textinsight journal") from exc
            done, good_end = 0, f.tell()
            for line in f:
                if not line.endswith(b"\n"):
                    break  # torn write of an interrupted run
                done += 1
                good_end = f.tell()
        with open(path, "r+b") as out:
            out.truncate(good_end)
        return open(path, "a", encoding="utf-8"), done  # noqa: SIM115 - closed by the caller
    new = open(path, "w", encoding="utf-8")  # noqa: SIM115 - closed by the caller
    new.write(json.dumps({"textinsight_journal": 1, "fingerprint": fp}) + "\n")
    new.flush()
    return new, 0


def _journal_records(path: Path) -> Iterator[dict[str, Any]]:
    with open(path, encoding="utf-8") as f:
        next(f)
        for line in f:
            yield json.loads(line)


def counted(docs: Iterator[Document], summary: RunSummary) -> Iterator[Document]:
    """``docs``, adding the input rows behind each to ``summary.rows_read`` (documents
    skipped by a resume included, so the count is the whole input's)."""
    summary.rows_read = 0
    for doc in docs:
        summary.rows_read += doc.rows
        yield doc


def run_analysis(
    inputs: list[Path],
    output: str,
    settings: Settings,
    *,
    cols: Columns | None = None,
    resume: bool = False,
    pipeline: Pipeline | None = None,
    progress: bool | None = None,
) -> RunSummary:
    """Analyse every input document and write ``output``; returns the run's summary."""
    cols = cols or Columns()
    out_suffix = "-" if output == "-" else Path(output).suffix.lower()
    if out_suffix not in OUTPUT_FORMATS:
        raise InvalidInput(f"cannot write {output}: use one of {sorted(OUTPUT_FORMATS)}")
    if output == "-" and resume:
        raise InvalidInput("--resume needs an output file, not standard output")
    for p in inputs:
        if str(p) != "-" and not p.exists():
            raise InvalidInput(f"input file not found: {p}")
    pipeline = pipeline or Pipeline.from_settings(settings)
    show = settings.progress if progress is None else progress
    summary = RunSummary()
    limits = ArchiveLimits.from_settings(settings)
    docs = counted(read_inputs(inputs, cols, limits), summary)

    from tqdm import tqdm

    if output == "-":
        bar = tqdm(total=count_rows(inputs, limits), unit="doc", file=sys.stderr, disable=not show)
        for doc in pipeline.pipe(docs):
            rec = to_record(doc)
            summary.add(rec)
            sys.stdout.write(dumps(rec) + "\n")
            bar.update(1)
        sys.stdout.flush()
        bar.close()
        return summary

    jpath = journal_path(output)
    jpath.parent.mkdir(parents=True, exist_ok=True)
    fp = fingerprint([p for p in inputs if str(p) != "-"], cols, settings)
    journal, done = _open_journal(jpath, fp, resume)
    table, tpath = pseudonym_table(pipeline), pseudonyms_path(output)
    if table is not None and done:
        if not tpath.exists():
            journal.close()
            raise ResumeMismatch(f"{tpath} is missing: the pseudonyms of {jpath} cannot go on")
        table.restore(json.loads(tpath.read_text(encoding="utf-8")))
    elif not done:
        tpath.unlink(missing_ok=True)  # a table left by an earlier run is not this run's
    # -1: a new run saves its (empty) table before its first record, so that a resume always
    # finds one
    saved = table.version if table is not None and done else -1
    bar = tqdm(
        total=count_rows(inputs, limits),
        initial=done,
        unit="doc",
        file=sys.stderr,
        disable=not show,
    )
    try:
        pending = 0
        for doc in pipeline.pipe(itertools.islice(docs, done, None)):
            if table is not None and table.version != saved:
                _save_table(table, tpath)  # on disk before a record that uses it
                saved = table.version
            journal.write(dumps(to_record(doc)) + "\n")
            pending += 1
            if pending >= pipeline.batch_size:
                journal.flush()
                bar.update(pending)
                pending = 0
        journal.flush()
        os.fsync(journal.fileno())
        bar.update(pending)
    finally:
        journal.close()
        bar.close()

    def records() -> Iterator[dict[str, Any]]:
        return _journal_records(jpath)

    for rec in records():
        summary.add(rec)
    tmp = Path(output).with_name(Path(output).name + ".tmp" + Path(output).suffix)
    write_records(records, str(tmp))
    os.replace(tmp, output)
    jpath.unlink()
    tpath.unlink(missing_ok=True)
    return summary
