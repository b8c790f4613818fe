"""Refuse compressed inputs that would expand past a limit, before any parser opens them.

XLSX and DOCX are zip archives whose central directory declares each part's compressed and
uncompressed size; Python's ``zipfile`` (which openpyxl and python-docx read through) never
yields more than the declared size (a part that lies fails its CRC), so checking the
directory bounds what the parsers can inflate. Parquet declares the uncompressed size of
every column chunk in its footer. The checks read only those directories: a 1 GB bomb costs
a few kilobytes to refuse.
"""

from __future__ import annotations

import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from ..errors import InputTooLarge, InvalidInput
from ..settings import Settings

ZIPPED = {".xlsx", ".docx"}
RATIO_FLOOR = 1 << 20  # parts under 1 MiB may compress as well as they like


def _default(name: str) -> float:
    return Settings.model_fields[name].default


@dataclass(frozen=True)
class ArchiveLimits:
    """How far a compressed input may expand (defaults: the settings' defaults)."""

    max_uncompressed_bytes: int = int(_default("input_max_uncompressed_bytes"))
    max_ratio: float = _default("input_max_compression_ratio")

    @classmethod
    def from_settings(cls, settings: Settings) -> ArchiveLimits:
        """The limits the settings ask for."""
        return cls(settings.input_max_uncompressed_bytes, settings.input_max_compression_ratio)


def _refuse(name: str, what: str) -> InputTooLarge:
    return InputTooLarge(f"{name} was refused before parsing: {what}")


def _check_parts(file: str, parts: list[tuple[str, int, int]], limits: ArchiveLimits) -> None:
    """``parts``: (name, compressed bytes, uncompressed bytes)."""
    total = 0
    for name, packed, size in parts:
        total += size
        if total > limits.max_uncompressed_bytes:
            raise _refuse(
                file,
                f"its parts expand to more than the limit of "
                f"{limits.max_uncompressed_bytes} bytes "
                f"(input_max_uncompressed_bytes)",
            )
        if size > RATIO_FLOOR and size > limits.max_ratio * max(packed, 1):
            raise _refuse(
                file,
                f"part {name[:100]!r} expands {size / max(packed, 1):.0f}x, "
                f"over the limit of {limits.max_ratio:g}x "
                f"(input_max_compression_ratio)",
            )


def check_zip(name: str, source: Path | IO[bytes], limits: ArchiveLimits) -> None:
    """InputTooLarge when a part of the zip ``source`` (a path or a seekable file called
    ``name``) would expand past ``limits``."""
    try:
        with zipfile.ZipFile(source) as zf:
            parts = [(i.filename, i.compress_size, i.file_size) for i in zf.infolist()]
    except (zipfile.BadZipFile, OSError) as exc:
        raise InvalidInput(f"{name} is not a readable {Path(name).suffix} file: {exc}") from exc
    _check_parts(name, parts, limits)


def check_parquet(name: str, source: Path | IO[bytes], limits: ArchiveLimits) -> None:
    """InputTooLarge when the column chunks of the Parquet ``source`` would expand past
    ``limits``."""
    import pyarrow.parquet as pq

    try:
        meta = pq.ParquetFile(source).metadata
    except Exception as exc:  # noqa: BLE001 - pyarrow raises several kinds for a bad footer
        raise InvalidInput(f"{name} is not a readable parquet file: {exc}") from exc
    parts = []
    for g in range(meta.num_row_groups):
        rg = meta.row_group(g)
        for c in range(rg.num_columns):
            col = rg.column(c)
            parts.append(
                (
                    f"row group {g} column {col.path_in_schema}",
                    col.total_compressed_size,
                    col.total_uncompressed_size,
                )
            )
    _check_parts(name, parts, limits)


def check_file(name: str, source: Path | IO[bytes], limits: ArchiveLimits | None = None) -> None:
    """Check a compressed input (XLSX, DOCX, Parquet: by the suffix of ``name``) before
    parsing; other formats pass. A file object is read from its start and rewound."""
    limits = limits or ArchiveLimits()
    suffix = Path(name).suffix.lower()
    if suffix not in ZIPPED and suffix != ".parquet":
        return
    if not isinstance(source, Path):
        source.seek(0)
    try:
        (check_zip if suffix in ZIPPED else check_parquet)(Path(name).name, source, limits)
    finally:
        if not isinstance(source, Path):
            source.seek(0)


def check_input(path: Path, limits: ArchiveLimits | None = None) -> None:
    """Check a compressed input file (XLSX, DOCX, Parquet) before parsing; others pass."""
    check_file(path.name, path, limits)
