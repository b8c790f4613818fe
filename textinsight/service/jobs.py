"""Durable jobs: the job table, the spooled inputs, and results committed exactly once.

A job's input is spooled to ``data_dir/jobs/<id>.<ext>`` before its row is written, and the
worker reads it in a fixed order. The worker commits each batch of records *and* the job's
``done`` counter in one transaction, guarded by its lease (``worker`` and the expected
``done``), with ``(job_id, seq)`` as primary key. So a worker killed at any point leaves either
the whole batch or none of it, and the next worker starts after the last committed record:
every record ends up in the results exactly once.

The lease names a worker *process*, not a worker name: each :class:`~.worker.Worker` holds
under ``<name>#<random token>``, so two processes started with the same ``--name`` never
commit into each other's job. A job is taken from another holder only once its lease has run
out. A job's ``attempts`` counts claims since its last progress (a commit of records sets it
back to 0), so only a job that keeps failing without progress runs out of attempts. A job that
ends, succeeded or failed, loses its spooled input; its committed records stay readable.
"""

from __future__ import annotations

import json
import os
import re
import secrets
import shutil
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from sqlalchemy import and_, case, delete, func, insert, or_, select, update
from sqlalchemy.engine import Engine

from ..errors import DiskFull, as_disk_full
from ..io.archive import ArchiveLimits
from ..io.readers import INPUT_FORMATS, Columns, count_rows, read_path
from ..io.sandbox import ParseLimits, read_limited
from ..io.writers import dumps
from ..types import Document, RecordError
from .db import job_records, job_state, jobs
from .errors import NotFound
from .spool import PART, Swept, free_bytes, sweep

STATUSES = ("queued", "running", "succeeded", "failed")
UPLOAD_FORMATS = sorted(f for f in INPUT_FORMATS if f != "-")
_JOB_DIR = re.compile(r"[0-9A-Za-z_\-]{1,64}")


@dataclass
class Job:
    """One row of the job table."""

    id: str
    tenant: str
    kind: str
    status: str
    params: dict[str, Any]
    input_name: str | None
    input_path: str | None
    total: int | None
    done: int
    error: str | None
    attempts: int
    created_at: float
    started_at: float | None
    finished_at: float | None

    def public(self) -> dict[str, Any]:
        """The view the API shows (no input text, no worker internals)."""
        return {
            "id": self.id,
            "kind": self.kind,
            "status": self.status,
            "progress": {
                "done": self.done,
                "total": self.total,
                "fraction": (round(self.done / self.total, 4) if self.total else None),
            },
            "input": {"filename": self.input_name, "source": self.params.get("source")},
            "options": self.params.get("options", {}),
            "summary": self.params.get("summary"),
            "error": self.error,
            "created_at": _iso(self.created_at),
            "started_at": _iso(self.started_at),
            "finished_at": _iso(self.finished_at),
        }


def _iso(t: float | None) -> str | None:
    if t is None:
        return None
    import datetime as dt

    return dt.datetime.fromtimestamp(t, dt.UTC).isoformat().replace("+00:00", "Z")


def spool_line(doc: dict[str, Any], i: int) -> str:
    """One spooled input document as a JSON line: ``id`` (the position when absent), ``text``,
    ``language``, ``meta``, an ``error`` found before spooling and the input ``rows`` behind
    it (when not 1). ASCII-escaped, so a lone
    surrogate survives to the worker's validate stage (which makes it ``undecodable``)."""
    row = {
        "id": str(doc.get("id") if doc.get("id") is not None else i),
        "text": doc.get("text"),
        "language": doc.get("language"),
        "meta": doc.get("meta") or {},
    }
    if doc.get("error"):
        row["error"] = doc["error"]
    if doc.get("rows", 1) != 1:
        row["rows"] = doc["rows"]
    return json.dumps(row, ensure_ascii=True, default=str)


def input_summary(rows_read: int, records: int) -> dict[str, Any]:
    """What a job's input gave: the rows read (a CSV field with line breaks spans several),
    the records written, and a note when the two differ."""
    note = None
    if rows_read != records:
        note = (
            f"{rows_read} input rows were read for {records} records: quoted fields with "
            "line breaks join rows (see records with the error malformed_row)"
        )
    return {"rows_read": rows_read, "records": records, "note": note}


def new_id() -> str:
    """A job / model id: 24 random hex characters."""
    return secrets.token_hex(12)


class JobStore:
    """Jobs and their results in the service database; spooled inputs under ``data_dir``.

    ``min_free_bytes``: new jobs are refused (:class:`~textinsight.errors.DiskFull`) while
    ``data_dir`` has less free space. ``clock`` gives the time of leases (tests move it).
    """

    def __init__(
        self,
        engine: Engine,
        data_dir: Path,
        min_free_bytes: int = 0,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.engine = engine
        self.data_dir = Path(data_dir)
        self.spool = self.data_dir / "jobs"
        self.min_free_bytes = min_free_bytes
        self.clock = clock

    # --- disk (both sides) ----------------------------------------------------------------

    def free_bytes(self) -> int:
        """Free space on the disk of ``data_dir`` (spool and the SQLite database)."""
        return free_bytes(self.data_dir)

    def disk_low(self) -> bool:
        """True when ``data_dir`` has less free space than ``min_free_bytes``."""
        return self.min_free_bytes > 0 and self.free_bytes() < self.min_free_bytes

    def _job_dir(self, job_id: str) -> Path:
        if not _JOB_DIR.fullmatch(job_id):
            raise ValueError(f"not a job id: {job_id!r}")
        return self.spool / job_id

    @contextmanager
    def _spooling(self, job_id: str) -> Iterator[Path]:
        """The job's new spool directory; removed again, ``.part`` files included, when the
        submission fails (a full disk becomes :class:`DiskFull`)."""
        if self.disk_low():
            raise DiskFull(
                f"less than {self.min_free_bytes} bytes free for job inputs; try again later"
            )
        d = self._job_dir(job_id)
        try:
            d.mkdir(parents=True, exist_ok=True)
            yield d
        except BaseException as exc:
            shutil.rmtree(d, ignore_errors=True)
            full = as_disk_full(exc)
            if full is not None and full is not exc:
                raise full from exc
            raise

    # --- submitting (web server) ---------------------------------------------------------

    def _insert(
        self,
        job_id: str,
        tenant: str,
        kind: str,
        params: dict[str, Any],
        input_name: str | None,
        input_path: str | None,
        total: int | None,
    ) -> None:
        now = self.clock()
        with self.engine.begin() as conn:
            conn.execute(
                insert(jobs).values(
                    id=job_id,
                    tenant=tenant,
                    kind=kind,
                    status="queued",
                    params=json.dumps(params),
                    input_name=input_name,
                    input_path=input_path,
                    total=total,
                    done=0,
                    attempts=0,
                    created_at=now,
                    updated_at=now,
                )
            )

    def submit_documents(
        self,
        tenant: str,
        documents: Iterable[dict[str, Any]],
        options: dict[str, Any],
        kind: str = "analyze",
        extra: dict[str, Any] | None = None,
        job_id: str | None = None,
    ) -> Job:
        """A job over documents given as ``{"id","text","language"?,"meta"?}`` mappings
        (spooled to a file, never into the database)."""
        job_id = job_id or new_id()
        name = f"{job_id}/documents.jsonl"
        params = {**(extra or {}), "source": "documents", "options": options}
        with self._spooling(job_id) as d:
            tmp = d / ("documents.jsonl" + PART)
            n = 0
            with open(tmp, "w", encoding="utf-8") as f:
                for i, doc in enumerate(documents):
                    n += 1
                    f.write(spool_line(doc, i) + "\n")
                f.flush()
                os.fsync(f.fileno())
            os.replace(tmp, self.spool / name)
            self._insert(job_id, tenant, kind, params, None, name, n)
        return self.get(tenant, job_id)

    def submit_upload(
        self, tenant: str, filename: str, data: IO[bytes], options: dict[str, Any], columns: Columns
    ) -> Job:
        """A job over an uploaded file (copied from ``data`` into the spool)."""
        job_id = new_id()
        # the file keeps its name: a .txt/.docx document's id is the file's stem
        safe = re.sub(r"[^\w.\-]+", "_", Path(filename).name).lstrip(".")[-200:] or "upload"
        name = f"{job_id}/{safe}"
        params = {
            "source": "upload",
            "options": options,
            "columns": {
                "text": columns.text,
                "id": columns.id,
                "language": columns.language,
                "encoding": columns.encoding,
            },
        }
        with self._spooling(job_id) as d:
            tmp = d / PART
            with open(tmp, "wb") as f:
                shutil.copyfileobj(data, f, 1 << 20)
                f.flush()
                os.fsync(f.fileno())
            os.replace(tmp, self.spool / name)
            self._insert(job_id, tenant, "analyze", params, Path(filename).name[:300], name, None)
        return self.get(tenant, job_id)

    def submit_task(
        self, tenant: str, kind: str, params: dict[str, Any], job_id: str | None = None
    ) -> Job:
        """A job without an input file (e.g. fitting a topic model)."""
        job_id = job_id or new_id()
        self._insert(job_id, tenant, kind, params, None, None, None)
        return self.get(tenant, job_id)

    # --- reading (web server) -------------------------------------------------------------

    @staticmethod
    def _job(row: Any) -> Job:
        r = dict(row)
        return Job(
            r["id"],
            r["tenant"],
            r["kind"],
            r["status"],
            json.loads(r["params"]),
            r["input_name"],
            r["input_path"],
            r["total"],
            r["done"],
            r["error"],
            r["attempts"],
            r["created_at"],
            r["started_at"],
            r["finished_at"],
        )

    def find(self, job_id: str) -> Job | None:
        """A job by id, whatever its tenant (worker side)."""
        with self.engine.connect() as conn:
            row = conn.execute(select(jobs).where(jobs.c.id == job_id)).mappings().first()
        return self._job(row) if row else None

    def get(self, tenant: str, job_id: str) -> Job:
        """The tenant's job; another tenant's job is reported as missing."""
        job = self.find(job_id)
        if job is None or job.tenant != tenant:
            raise NotFound(f"no job {job_id!r}")
        return job

    def recent(self, tenant: str, limit: int = 100) -> list[Job]:
        """The tenant's most recent jobs."""
        q = select(jobs).where(jobs.c.tenant == tenant).order_by(jobs.c.created_at.desc())
        with self.engine.connect() as conn:
            return [self._job(r) for r in conn.execute(q.limit(limit)).mappings()]

    def delete(self, tenant: str, job_id: str) -> None:
        """Cancel (a worker's next commit fails) and remove a job, its results and its input."""
        job = self.get(tenant, job_id)
        with self.engine.begin() as conn:
            conn.execute(delete(jobs).where(jobs.c.id == job.id))
            conn.execute(delete(job_records).where(job_records.c.job_id == job.id))
            conn.execute(delete(job_state).where(job_state.c.job_id == job.id))
        self.remove_input(job)

    def records(self, job_id: str, page: int = 500) -> Iterator[dict[str, Any]]:
        """A job's records in input order, read page by page (memory stays flat)."""
        seq = -1
        while True:
            q = (
                select(job_records.c.seq, job_records.c.record)
                .where(job_records.c.job_id == job_id, job_records.c.seq > seq)
                .order_by(job_records.c.seq)
                .limit(page)
            )
            with self.engine.connect() as conn:
                rows = conn.execute(q).all()
            if not rows:
                return
            for _seq, rec in rows:
                yield json.loads(rec)
            seq = rows[-1][0]

    def counts(self) -> dict[str, int]:
        """Number of jobs per status (for metrics: the queue depth)."""
        q = select(jobs.c.status, func.count()).group_by(jobs.c.status)
        with self.engine.connect() as conn:
            found = {s: n for s, n in conn.execute(q).all()}
        return {s: int(found.get(s, 0)) for s in STATUSES}

    # --- working (worker) -----------------------------------------------------------------

    def input_file(self, job: Job) -> Path:
        """Where the job's spooled input lives."""
        assert job.input_path is not None
        return self.spool / job.input_path

    def remove_input(self, job: Job) -> None:
        """Drop the spooled input (it may hold raw text; results are in the database)."""
        if job.input_path:
            shutil.rmtree(self._job_dir(job.input_path.split("/")[0]), ignore_errors=True)

    def live(self, job_ids: Iterable[str]) -> set[str]:
        """Those of ``job_ids`` whose job is queued or running."""
        ids = list(job_ids)
        found: set[str] = set()
        for i in range(0, len(ids), 500):
            q = select(jobs.c.id).where(
                jobs.c.id.in_(ids[i : i + 500]), jobs.c.status.in_(("queued", "running"))
            )
            with self.engine.connect() as conn:
                found.update(r[0] for r in conn.execute(q).all())
        return found

    def sweep(self, max_age: float) -> Swept:
        """Remove spool leftovers older than ``max_age`` s: ``.part`` files and the
        directories of jobs that are not queued or running (see :mod:`.spool`)."""
        return sweep(self.spool, self.live, max_age, self.clock())

    def documents(self, job: Job, parse: ParseLimits | None = None) -> Iterator[Document]:
        """The job's input documents, always in the same order; with ``parse`` an upload is
        parsed in a child process limited by it (the worker's way), else in this one (with the
        default archive checks)."""
        path = self.input_file(job)
        if job.params.get("source") == "documents":
            with open(path, encoding="utf-8") as f:
                for line in f:
                    d = json.loads(line)
                    doc = Document(
                        d["id"],
                        d["text"],
                        dict(d.get("meta") or {}),
                        d.get("language"),
                        run=job.id,
                        rows=d.get("rows", 1),
                    )
                    if d.get("error"):  # found before spooling (never_store_raw scrubbing)
                        doc.error = RecordError(d["error"]["code"], d["error"]["message"])
                    yield doc
            return
        cols = Columns(**job.params["columns"])
        docs = read_limited(path, cols, parse) if parse is not None else read_path(path, cols)
        for doc in docs:
            doc.run = job.id  # pseudonyms are numbered per job
            yield doc

    def claim(
        self,
        worker: str,
        lease: float,
        kinds: tuple[str, ...] = ("analyze", "topic_fit", "taxonomy_fit"),
    ) -> Job | None:
        """Take the oldest queued job (not one set back until later), or a running one whose
        lease ran out; never a live lease, whoever holds it. ``worker`` identifies one process
        (name and token). Call it only while holding no job."""
        now = self.clock()
        # a queued job's lease_until, when set, is the time before which it must wait
        open_ = or_(
            and_(
                jobs.c.status == "queued",
                or_(jobs.c.lease_until.is_(None), jobs.c.lease_until <= now),
            ),
            and_(jobs.c.status == "running", jobs.c.lease_until < now),
        )
        q = (
            select(jobs.c.id)
            .where(open_, jobs.c.kind.in_(kinds))
            .order_by(jobs.c.created_at)
            .limit(5)
        )
        with self.engine.connect() as conn:
            candidates = [r[0] for r in conn.execute(q).all()]
        for job_id in candidates:
            with self.engine.begin() as conn:
                res = conn.execute(
                    update(jobs)
                    .where(jobs.c.id == job_id, open_)
                    .values(
                        status="running",
                        worker=worker,
                        lease_until=now + lease,
                        attempts=jobs.c.attempts + 1,
                        updated_at=now,
                        started_at=func.coalesce(jobs.c.started_at, now),
                    )
                )
            if res.rowcount == 1:
                return self.find(job_id)
        return None

    def heartbeat(self, job_id: str, worker: str, lease: float) -> bool:
        """Extend the lease; False when the job is gone or another worker holds it."""
        now = self.clock()
        with self.engine.begin() as conn:
            res = conn.execute(
                update(jobs)
                .where(jobs.c.id == job_id, jobs.c.worker == worker, jobs.c.status == "running")
                .values(lease_until=now + lease, updated_at=now)
            )
        return res.rowcount == 1

    def release(self, job_id: str, worker: str, after: float, reason: str) -> bool:
        """Give a held job back to the queue, to be taken again ``after`` seconds from now (a
        transient error such as a full disk); this claim does not count as an attempt."""
        now = self.clock()
        with self.engine.begin() as conn:
            res = conn.execute(
                update(jobs)
                .where(jobs.c.id == job_id, jobs.c.worker == worker, jobs.c.status == "running")
                .values(
                    status="queued",
                    worker=None,
                    lease_until=now + after,
                    error=reason,
                    attempts=case((jobs.c.attempts > 0, jobs.c.attempts - 1), else_=0),
                    updated_at=now,
                )
            )
        return res.rowcount == 1

    def set_total(self, job_id: str, worker: str, total: int | None) -> None:
        """Record the number of input documents (for progress)."""
        with self.engine.begin() as conn:
            conn.execute(
                update(jobs).where(jobs.c.id == job_id, jobs.c.worker == worker).values(total=total)
            )

    def count_input(self, job: Job, limits: ArchiveLimits | None = None) -> int | None:
        """Documents in the job's input (a cheap estimate for uploads, refused like a bomb
        when the upload would expand past ``limits``)."""
        if job.params.get("source") == "documents":
            return job.total
        return count_rows([self.input_file(job)], limits)

    def state(self, job_id: str, name: str) -> Any | None:
        """A piece of the job's committed working state (see :meth:`commit`), or None."""
        q = select(job_state.c.value).where(job_state.c.job_id == job_id, job_state.c.name == name)
        with self.engine.connect() as conn:
            row = conn.execute(q).first()
        return None if row is None else json.loads(row[0])

    def commit(
        self,
        job_id: str,
        worker: str,
        done: int,
        records: list[dict[str, Any]],
        lease: float,
        state: dict[str, Any] | None = None,
    ) -> bool:
        """Append records ``done..done+n`` and advance ``done`` atomically; False (and nothing
        written) when this worker no longer holds the job at exactly that point. ``state``
        (name -> JSON value) is saved in the same transaction, so the next worker to take the
        job over finds the state that belongs to exactly the committed records. Committed
        records are progress: the job's ``attempts`` start again from 0."""
        now = self.clock()
        progress: dict[str, Any] = {"attempts": 0, "error": None} if records else {}
        with self.engine.begin() as conn:
            res = conn.execute(
                update(jobs)
                .where(
                    jobs.c.id == job_id,
                    jobs.c.worker == worker,
                    jobs.c.status == "running",
                    jobs.c.done == done,
                )
                .values(
                    done=done + len(records), lease_until=now + lease, updated_at=now, **progress
                )
            )
            if res.rowcount != 1:
                return False  # nothing written in this transaction
            if records:
                conn.execute(
                    insert(job_records),
                    [
                        {"job_id": job_id, "seq": done + i, "record": dumps(r)}
                        for i, r in enumerate(records)
                    ],
                )
            for name, value in (state or {}).items():
                conn.execute(
                    delete(job_state).where(job_state.c.job_id == job_id, job_state.c.name == name)
                )
                conn.execute(
                    insert(job_state).values(job_id=job_id, name=name, value=json.dumps(value))
                )
        return True

    def finish(
        self,
        job_id: str,
        worker: str,
        status: str,
        error: str | None = None,
        total: int | None = None,
        summary: dict[str, Any] | None = None,
    ) -> bool:
        """Mark the job succeeded or failed (only by the worker holding it); an ended job's
        spooled input is removed (its committed records stay, readable either way).
        ``summary`` (see :func:`input_summary`) is kept with the job's parameters."""
        now = self.clock()
        values: dict[str, Any] = {
            "status": status,
            "error": error,
            "finished_at": now,
            "updated_at": now,
            "lease_until": None,
        }
        if total is not None:
            values["total"] = total
        if summary is not None:
            job = self.find(job_id)
            if job is not None:
                values["params"] = json.dumps({**job.params, "summary": summary})
        with self.engine.begin() as conn:
            res = conn.execute(
                update(jobs)
                .where(jobs.c.id == job_id, jobs.c.worker == worker, jobs.c.status == "running")
                .values(**values)
            )
            if res.rowcount == 1:
                conn.execute(delete(job_state).where(job_state.c.job_id == job_id))
        if res.rowcount == 1 and _JOB_DIR.fullmatch(job_id):
            shutil.rmtree(self.spool / job_id, ignore_errors=True)
        return res.rowcount == 1
