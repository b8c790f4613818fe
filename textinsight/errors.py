"""The one error tree of textinsight.

::

    TextInsightError
    ├── InvalidInput (ValueError)          bad user input: a file, a column, an option
    │   ├── UnsupportedFormat              a file extension no reader/writer handles
    │   ├── MissingColumn                  the text column is not among a file's columns
    │   └── InputTooLarge                  a file that expands past a limit (zip bomb) or
    │                                      needs more memory to parse than allowed
    ├── ResumeMismatch (ValueError)        --resume against a journal of another run
    ├── ModelError (RuntimeError)          a model could not be built, loaded or verified
    │   └── ChecksumMismatch               converted weights differ from the manifest
    ├── ConfigError (ValueError)           settings that cannot work together
    ├── EngineError (RuntimeError)         a distributed run (--engine ray) lost or repeated
    │                                      work, or an actor failed (no text in the message)
    └── DiskFull (OSError)                 no space left for the spool or the database (ENOSPC);
                                           transient: ``retry_after``

The HTTP layer maps these to statuses in one module; the library never imports FastAPI.
"""

from __future__ import annotations

import errno


class TextInsightError(Exception):
    """Base of every error raised on purpose by textinsight."""

    code = "textinsight_error"


class InvalidInput(TextInsightError, ValueError):
    """The caller gave input that cannot be processed."""

    code = "invalid_input"


class UnsupportedFormat(InvalidInput):
    """A file format that no reader or writer handles."""

    code = "unsupported_format"


class MissingColumn(InvalidInput):
    """The text column is not among an input's columns (``columns``: the names found)."""

    code = "missing_column"

    def __init__(self, message: str, columns: list[str] | None = None) -> None:
        super().__init__(message)
        self.columns = list(columns or [])


class InputTooLarge(InvalidInput):
    """An input file that would expand past a limit when parsed (a zip bomb, say)."""

    code = "input_too_large"


class ResumeMismatch(TextInsightError, ValueError):
    """A resume was asked for, but the journal belongs to a different run."""

    code = "resume_mismatch"


class ModelError(TextInsightError, RuntimeError):
    """A model could not be built, loaded or verified."""

    code = "model_error"


class ChecksumMismatch(ModelError):
    """Model files on disk do not match the checksums of their manifest."""

    code = "checksum_mismatch"


class ConfigError(TextInsightError, ValueError):
    """Settings that cannot work together."""

    code = "config_error"


class EngineError(TextInsightError, RuntimeError):
    """A distributed run failed: work lost or repeated, or an actor's batch failed (the message
    names the exception type only, as its own message may quote the text)."""

    code = "engine_error"


class DiskFull(TextInsightError, OSError):
    """No space left on the disk of the spool or the database; retry after ``retry_after`` s."""

    code = "disk_full"

    def __init__(self, message: str, retry_after: int = 60) -> None:
        OSError.__init__(self, errno.ENOSPC, message)
        self.message, self.retry_after = message, retry_after

    def __str__(self) -> str:
        return self.message


# PostgreSQL's SQLSTATE for "disk full"; SQLite's result code SQLITE_FULL
_PG_DISK_FULL = "53100"
_SQLITE_FULL = 13


def as_disk_full(exc: BaseException) -> DiskFull | None:
    """A :class:`DiskFull` when ``exc`` (or what caused it) is a full disk, else None.

    Recognises ``OSError`` with ENOSPC or EDQUOT, SQLite's "database or disk is full" and
    PostgreSQL's ``disk_full``, also when wrapped by SQLAlchemy (``.orig``) or chained.
    """
    seen: set[int] = set()
    todo: list[BaseException | None] = [exc]
    while todo:
        e = todo.pop()
        if e is None or id(e) in seen:
            continue
        seen.add(id(e))
        if isinstance(e, DiskFull):
            return e
        if isinstance(e, OSError) and e.errno in (errno.ENOSPC, errno.EDQUOT):
            return DiskFull(f"no space left on the device ({e.strerror or 'ENOSPC'})")
        if (
            getattr(e, "sqlite_errorcode", None) == _SQLITE_FULL
            or "database or disk is full" in str(e)
            or getattr(e, "sqlstate", None) == _PG_DISK_FULL
            or getattr(e, "pgcode", None) == _PG_DISK_FULL
        ):
            return DiskFull("no space left for the database")
        todo += [getattr(e, "orig", None), e.__cause__, e.__context__]
    return None
