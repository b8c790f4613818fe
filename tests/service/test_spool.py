"""The spool sweep: leftovers of crashed writers and ended jobs go once they are old; the
inputs of waiting and running jobs, and young files of a submission in progress, stay."""

from __future__ import annotations

import os
from pathlib import Path

from sqlalchemy import update

from textinsight.service.db import jobs
from textinsight.service.jobs import JobStore
from textinsight.service.spool import free_bytes

from .conftest import Clock

DAY = 24 * 3600.0


def _age(path: Path, when: float) -> None:
    for p in [path, *path.rglob("*")] if path.is_dir() else [path]:
        os.utime(p, (when, when))


def _job(store: JobStore) -> str:
    return store.submit_documents("acme", [{"text": "a"}, {"text": "b"}], {}).id


def test_spool_sweep_removes_only_old_leftovers(store: JobStore, clock: Clock) -> None:
    clock.now = 2_000_000_000.0
    old, young = clock.now - 2 * DAY, clock.now - 60
    running, queued, ended = _job(store), _job(store), _job(store)
    assert store.claim("w#1", lease=60).id == running  # type: ignore[union-attr]
    with store.engine.begin() as conn:  # ended the old way: failed with its input left behind
        conn.execute(update(jobs).where(jobs.c.id == ended).values(status="failed"))
    for job_id in (running, queued, ended):
        _age(store.spool / job_id, old)
    orphan = store.spool / "0badc0de0badc0de0badc0de"  # a crash between spool and row
    orphan.mkdir()
    (orphan / "documents.jsonl").write_text("{}\n")
    _age(orphan, old)
    in_progress = store.spool / "1badc0de1badc0de1badc0de"  # being uploaded right now
    in_progress.mkdir()
    (in_progress / ".part").write_bytes(b"x" * 10)
    _age(in_progress, young)
    torn = [store.spool / running / "documents.jsonl.part", store.spool / queued / ".part"]
    for part in torn:  # left by a server killed mid-write
        part.write_text("torn")
        _age(part, old)

    swept = store.sweep(DAY)
    assert swept.directories == 2 and swept.parts == 2 and swept.bytes > 0
    left = sorted(p.name for p in store.spool.iterdir())
    assert left == sorted([running, queued, in_progress.name])
    assert not any(p.exists() for p in torn)
    assert (store.spool / running / "documents.jsonl").exists()
    assert (store.spool / queued / "documents.jsonl").exists()
    assert store.sweep(DAY).directories == 0  # nothing more is old enough


def test_spool_free_bytes_of_a_path_not_made_yet(tmp_path: Path) -> None:
    assert free_bytes(tmp_path / "not" / "yet") > 0
