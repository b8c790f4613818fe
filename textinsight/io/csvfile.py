"""Read the rows of a CSV or TSV file so that no row is lost without a word.

Python's ``csv`` module, used as is, fails a whole file on one field longer than 131,072
characters, and silently lets an unterminated quote swallow the rows after it (a quoted field
then runs on to the end of the file) or drops surplus cells. Here every row becomes one
:class:`Row`, and a row that cannot be trusted carries the reason:

- a field over :data:`FIELD_LIMIT` characters: ``text_too_long`` (the limit lies far above
  ``max_chars``, so shorter over-long texts still reach the validate stage, which says the same);
- a quote opened and never closed, or text after a closing quote: ``malformed_row``;
- a row with more or fewer cells than the header (surplus cells that are empty excepted):
  ``malformed_row``;
- a quoted field that runs over several lines, each of which has the header's number of cells
  (rows swallowed by a quote closed further down): ``malformed_row``.

Each row says how many lines of the file it took (``lines``), so a caller can tell when the
rows read and the records written differ. Error messages never quote the file's content.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

FIELD_LIMIT = 1 << 24  # characters; bounds the memory one broken quote can take


@dataclass
class Row:
    """One row: its cells by header name (missing cells are None), the lines it took, and
    why it cannot be trusted (``(code, message)``) or None."""

    cells: dict[str, str | None]
    lines: int
    error: tuple[str, str] | None = None


def _dialect(sample: str, suffix: str) -> type[csv.Dialect] | csv.Dialect:
    if suffix == ".tsv":
        return csv.excel_tab
    try:
        return csv.Sniffer().sniff(sample, delimiters=",;\t|")
    except csv.Error:
        return csv.excel


def header_of(sample: str, suffix: str) -> list[str] | None:
    """The header row of a CSV or TSV file that starts with ``sample`` (None when empty)."""
    if csv.field_size_limit() < FIELD_LIMIT:
        csv.field_size_limit(FIELD_LIMIT)
    sample = sample.removeprefix("\ufeff")
    try:
        return next(csv.reader(io.StringIO(sample, newline=""), _dialect(sample, suffix)), None)
    except csv.Error:
        return None


def _swallowed(cells: list[str], width: int, dialect: type[csv.Dialect] | csv.Dialect) -> bool:
    """True when a field spans two or more further lines that each parse to ``width`` cells
    (they look like rows that an unterminated quote took in)."""
    if width < 2:
        return False
    for value in cells:
        further = value.split("\n")[1:]
        if len(further) >= 2 and all(
            len(next(csv.reader([line], dialect), [])) == width for line in further if line
        ):
            return True
    return False


def read_rows(path: Path, number: int = 0, encoding: str = "utf-8-sig") -> Iterator[Row]:
    """The data rows of ``path`` after its header (blank lines skipped); ``number``: rows
    are counted from it in messages; bytes that ``encoding`` cannot decode are kept as
    surrogate escapes."""
    if csv.field_size_limit() < FIELD_LIMIT:  # the module's limit is global: only raise it
        csv.field_size_limit(FIELD_LIMIT)
    with open(path, encoding=encoding, errors="surrogateescape", newline="") as f:
        dialect = _dialect(f.read(65536), path.suffix.lower())
        f.seek(0)
        reader = csv.reader(f, dialect=dialect, strict=True)
        try:
            header = next(reader, None)
        except csv.Error as exc:
            from ..errors import InvalidInput

            raise InvalidInput(f"the header of {path.name} cannot be read: {exc}") from exc
        if header is None:
            return
        if header and header[0].startswith("\ufeff"):  # a BOM under an explicit encoding
            header[0] = header[0][1:]
        width = len(header)
        last = reader.line_num
        n = number
        while True:
            try:
                cells = next(reader)
            except StopIteration:
                return
            except csv.Error as exc:
                n += 1
                lines, last = reader.line_num - last, reader.line_num
                yield Row(dict.fromkeys(header), lines, _csv_error(n, lines, str(exc)))
                continue
            lines, last = reader.line_num - last, reader.line_num
            if not cells:
                continue  # a blank line
            n += 1
            row = Row(
                {h: (cells[i] if i < len(cells) else None) for i, h in enumerate(header)}, lines
            )
            surplus = cells[width:]
            if len(cells) < width or any(c.strip() for c in surplus):
                row.error = (
                    "malformed_row",
                    f"row {n} has {len(cells)} cells; the header "
                    f"has {width} (a stray delimiter or quote?)",
                )
            elif lines > 1 and _swallowed(cells, width, dialect):
                row.error = (
                    "malformed_row",
                    f"row {n} runs over {lines} lines and a quoted "
                    "field in it holds what look like further rows (a quote not "
                    "closed where it should be?)",
                )
            yield row


def _csv_error(n: int, lines: int, reason: str) -> tuple[str, str]:
    if "field larger than field limit" in reason:
        return ("text_too_long", f"row {n} has a field longer than {FIELD_LIMIT} characters")
    if "unexpected end of data" in reason:
        return (
            "malformed_row",
            f"row {n} opens a quote that is never closed: the "
            f"{lines} lines to the end of the file were read into it",
        )
    return ("malformed_row", f"row {n} cannot be read ({reason})")
