"""Uploads parsed in a memory-limited child process: same documents, bounded memory."""

from __future__ import annotations

import tracemalloc
from pathlib import Path

import pytest

from textinsight.errors import InputTooLarge
from textinsight.io.archive import ArchiveLimits
from textinsight.io.readers import Columns, read_path
from textinsight.io.sandbox import ParseLimits, read_limited

from .test_archive import MB, docx_bomb


def test_sandbox_reads_what_read_path_reads(tmp_path: Path) -> None:
    import pandas as pd

    df = pd.DataFrame({"id": ["a", "b"], "text": ["Ventetiden var lang.", "Fin"], "nps": [3, 9]})
    df.to_excel(tmp_path / "in.xlsx", index=False)
    (tmp_path / "in.txt").write_bytes(b"caf\xe9 er godt")  # not UTF-8: kept as an escape
    (tmp_path / "in.jsonl").write_text('{"id": "x", "text": "hej"}\n{not json\n')
    for name in ("in.xlsx", "in.txt", "in.jsonl"):
        stats: dict[str, object] = {}
        got = list(read_limited(tmp_path / name, Columns(), ParseLimits(), stats=stats))
        want = list(read_path(tmp_path / name, Columns()))
        assert [(d.id, d.text, d.meta, d.error) for d in got] == [
            (d.id, d.text, d.meta, d.error) for d in want
        ]
        assert isinstance(stats["peak_rss_bytes"], int)


def test_sandbox_bomb_refused_without_a_child(tmp_path: Path) -> None:
    bomb = docx_bomb(tmp_path, 200 * MB)
    stats: dict[str, object] = {}
    with pytest.raises(InputTooLarge, match="input_max_compression_ratio"):
        list(read_limited(bomb, Columns(), ParseLimits(), stats=stats))
    assert stats == {}  # refused from the zip directory; no parsing process was started


def test_sandbox_parse_over_the_memory_limit_fails_in_the_child(tmp_path: Path) -> None:
    # 40 MB of document XML passes generous archive limits; python-docx needs ~750 MB for it
    bomb = docx_bomb(tmp_path, 40 * MB)
    limits = ParseLimits(ArchiveLimits(max_ratio=1e6), memory_mb=400)
    stats: dict[str, object] = {}
    tracemalloc.start()
    try:
        with pytest.raises(InputTooLarge, match="parse_memory_mb"):
            list(read_limited(bomb, Columns(), limits, stats=stats))
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 30 * MB  # this process never held the 40 MB of XML (threads of other tests count)
    assert stats["peak_rss_bytes"] <= 400 * MB  # type: ignore[operator]
