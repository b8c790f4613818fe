"""The job spool on disk: free space, and the sweep of what crashed writers left behind.

A job's input lives in ``spool/<job id>/`` from its submission until the job ends; a file being
written ends in ``.part`` until it is complete. A process killed mid-upload, or an input whose
removal failed, leaves these behind: :func:`sweep` removes ``.part`` files and directories of
jobs that are no longer waiting or running, once they are older than a limit (young ones may
belong to a submission still in progress).
"""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

PART = ".part"


def free_bytes(path: Path) -> int:
    """Free space (for this user) on the file system holding ``path`` or its nearest parent."""
    p = Path(path).absolute()
    while not p.exists() and p != p.parent:
        p = p.parent
    return shutil.disk_usage(p).free


def _newest_mtime(directory: Path) -> float:
    times = [directory.stat().st_mtime]
    times += [f.stat().st_mtime for f in directory.rglob("*")]
    return max(times)


@dataclass
class Swept:
    """What a sweep removed."""

    directories: int = 0
    parts: int = 0
    bytes: int = 0


def _size(path: Path) -> int:
    if path.is_file():
        return path.stat().st_size
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file())


def sweep(
    spool: Path, live: Callable[[Iterable[str]], set[str]], max_age: float, now: float
) -> Swept:
    """Remove ``.part`` files older than ``max_age`` seconds, and job directories as old whose
    job ``live`` does not report as queued or running."""
    out = Swept()
    if not spool.is_dir():
        return out
    cutoff = now - max_age
    dirs = [d for d in spool.iterdir() if d.is_dir()]
    alive = live([d.name for d in dirs])
    for d in dirs:
        try:
            if d.name not in alive and _newest_mtime(d) < cutoff:
                size = _size(d)
                shutil.rmtree(d)
                out.directories += 1
                out.bytes += size
                continue
            for part in d.glob("*" + PART):
                if part.stat().st_mtime < cutoff:
                    size = part.stat().st_size
                    part.unlink()
                    out.parts += 1
                    out.bytes += size
        except FileNotFoundError:  # removed meanwhile (the job ended or was deleted)
            continue
    return out
