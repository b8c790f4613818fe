"""Parse an input file in a child process whose memory is limited (``RLIMIT_AS``).

An uploaded XLSX or DOCX that passes the archive checks can still ask its parser for far more
memory than its size suggests (python-docx holds the whole document tree). The worker, and the
web server under ``never_store_raw``, therefore read uploads through :func:`read_limited`: a
fresh interpreter (``python -m textinsight.io.sandbox``) checks the archive, caps its own
address space, parses, and streams the documents back as JSON lines, so the parent's memory
stays flat and a file that needs more than the limit fails as ``InputTooLarge`` instead of
taking the worker or the web server with it.
"""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .. import errors
from ..settings import Settings
from ..types import Document, RecordError
from .archive import ArchiveLimits, check_input
from .readers import Columns, read_path


@dataclass(frozen=True)
class ParseLimits:
    """How far an input may expand, and the address space of the parsing process."""

    archive: ArchiveLimits = field(default_factory=ArchiveLimits)
    memory_mb: int = int(Settings.model_fields["parse_memory_mb"].default)

    @classmethod
    def from_settings(cls, settings: Settings) -> ParseLimits:
        """The limits the settings ask for."""
        return cls(ArchiveLimits.from_settings(settings), settings.parse_memory_mb)


def _doc(d: dict[str, Any]) -> Document:
    doc = Document(d["id"], d["text"], d["meta"], d["hint"], rows=d.get("rows", 1))
    if d.get("error"):
        doc.error = RecordError(*d["error"])
    return doc


def _raise(path: Path, err: dict[str, Any], memory_mb: int) -> None:
    cls = getattr(errors, err.get("class", ""), None)
    if err.get("class") == "MemoryError":
        raise errors.InputTooLarge(
            f"{path.name} needs more memory to parse than the limit of "
            f"{memory_mb} MiB (parse_memory_mb)"
        )
    if isinstance(cls, type) and issubclass(cls, errors.TextInsightError):
        raise cls(err.get("message", ""))
    raise errors.InvalidInput(f"cannot read {path.name} ({err.get('class')})")


def read_limited(
    path: Path,
    cols: Columns,
    limits: ParseLimits,
    prefix: str = "",
    stats: dict[str, Any] | None = None,
) -> Iterator[Document]:
    """Documents of ``path``, parsed in a child process limited to ``limits.memory_mb``
    (``0``: in this process). ``stats`` receives the child's ``peak_rss_bytes``."""
    if limits.memory_mb <= 0:
        yield from read_path(path, cols, prefix, limits.archive)
        return
    check_input(path, limits.archive)  # refused here, no process started
    request = {
        "path": str(path),
        "prefix": prefix,
        "memory_mb": limits.memory_mb,
        "columns": [cols.text, cols.id, cols.language, cols.encoding],
        "archive": [limits.archive.max_uncompressed_bytes, limits.archive.max_ratio],
    }
    proc = subprocess.Popen(
        [sys.executable, "-m", "textinsight.io.sandbox"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
    )
    assert proc.stdin is not None and proc.stdout is not None
    try:
        proc.stdin.write(json.dumps(request).encode())
        proc.stdin.close()
        for line in proc.stdout:
            msg = json.loads(line)
            if "doc" in msg:
                yield _doc(msg["doc"])
                continue
            if stats is not None:
                stats["peak_rss_bytes"] = msg.get("peak_rss_bytes")
            if "error" in msg:
                _raise(path, msg["error"], limits.memory_mb)
            return  # "end"
        code = proc.wait()
        raise errors.InputTooLarge(
            f"parsing {path.name} stopped (exit status {code}); it may "
            f"need more than the limit of {limits.memory_mb} MiB "
            f"(parse_memory_mb)"
        )
    finally:
        if proc.poll() is None:
            proc.kill()
        proc.wait()
        proc.stdout.close()


def _peak_rss() -> int:
    """This process's peak RSS since it started this program (VmHWM: ``ru_maxrss`` would
    carry the parent's peak over the fork and exec)."""
    return _status("VmHWM")


def _status(field: str) -> int:
    """A size from /proc/self/status in bytes, or 0 when unknown (not Linux)."""
    try:
        with open("/proc/self/status", encoding="ascii") as f:
            for line in f:
                if line.startswith(field + ":"):
                    return int(line.split()[1]) * 1024
    except (OSError, ValueError):
        pass
    return 0


def _peak_vm() -> int:
    """The peak address space of this process (Linux: VmPeak), or 0 when unknown."""
    return _status("VmPeak")


def _child() -> int:
    """The child's side: limit memory, check, parse, write one JSON line per document."""
    import resource

    req = json.loads(sys.stdin.read())
    out = sys.stdout
    limit = req["memory_mb"] * 1024 * 1024
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))

    def send(msg: dict[str, Any]) -> None:
        # ensure_ascii: lone surrogates (undecodable bytes) travel as escapes and come back
        out.write(json.dumps(msg, ensure_ascii=True, default=str) + "\n")

    path = Path(req["path"])
    limits = ArchiveLimits(int(req["archive"][0]), float(req["archive"][1]))
    try:
        for d in read_path(path, Columns(*req["columns"]), req["prefix"], limits):
            err = [d.error.code, d.error.message] if d.error else None
            send(
                {
                    "doc": {
                        "id": d.id,
                        "text": d.text,
                        "meta": d.meta,
                        "hint": d.language_hint,
                        "error": err,
                        "rows": d.rows,
                    }
                }
            )
    except BaseException as exc:  # noqa: BLE001 - everything goes back to the parent
        # libxml2 reports a failed allocation as a syntax error ("Memory allocation failed",
        # or "unknown error"): a failure after nearing the limit is taken as running out
        short = (
            isinstance(exc, MemoryError)
            or "memory allocation failed" in str(exc).lower()
            or _peak_vm() > 0.75 * limit
        )
        name = "MemoryError" if short else type(exc).__name__
        message = str(exc) if isinstance(exc, errors.TextInsightError) else ""
        try:
            send({"error": {"class": name, "message": message}, "peak_rss_bytes": _peak_rss()})
            out.flush()
        except BaseException:  # noqa: BLE001 - out of memory even for this: the exit says it
            return 3
        return 1
    send({"end": True, "peak_rss_bytes": _peak_rss()})
    out.flush()
    return 0


if __name__ == "__main__":
    sys.exit(_child())
