"""The error tree: a full disk is recognised however it arrives."""

from __future__ import annotations

import errno
import sqlite3

import pytest
from sqlalchemy.exc import OperationalError

from textinsight.errors import DiskFull, TextInsightError, as_disk_full


class _PgDiskFull(Exception):
    """What psycopg raises for SQLSTATE 53100 (without needing a server to make one)."""

    sqlstate = "53100"


def _chained() -> BaseException:
    try:
        try:
            raise OSError(errno.ENOSPC, "No space left on device")
        except OSError as exc:
            raise RuntimeError("writing the spool failed") from exc
    except RuntimeError as outer:
        return outer


@pytest.mark.parametrize(
    "exc",
    [
        OSError(errno.ENOSPC, "No space left on device"),
        OSError(errno.EDQUOT, "Disk quota exceeded"),
        OperationalError("INSERT ...", {}, sqlite3.OperationalError("database or disk is full")),
        OperationalError("INSERT ...", {}, _PgDiskFull("could not extend file")),
        _chained(),
    ],
)
def test_errors_as_disk_full_recognises_a_full_disk(exc: BaseException) -> None:
    full = as_disk_full(exc)
    assert isinstance(full, DiskFull) and isinstance(full, TextInsightError)
    assert isinstance(full, OSError) and full.errno == errno.ENOSPC and full.retry_after > 0
    assert full.code == "disk_full" and "space" in str(full)


@pytest.mark.parametrize(
    "exc",
    [
        OSError(errno.EACCES, "Permission denied"),
        OperationalError("SELECT 1", {}, sqlite3.OperationalError("database is locked")),
        ValueError("no"),
    ],
)
def test_errors_as_disk_full_leaves_other_errors(exc: BaseException) -> None:
    assert as_disk_full(exc) is None
