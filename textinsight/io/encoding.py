"""Tell the character encoding of a text input (CSV, TSV, JSON Lines, TXT).

Nordic Excel exports come as UTF-8 (with or without a BOM), Windows-1252 ("CSV (semikolon-
separeret)") or UTF-16 with a BOM ("Unicode-tekst"). The rule, on the first
:data:`SAMPLE` bytes:

1. a byte-order mark names the encoding (UTF-8, UTF-16, UTF-32);
2. UTF-16 without a BOM shows as a NUL byte in every other position of ASCII text;
3. bytes that are valid UTF-8 are UTF-8 (pure ASCII included);
4. otherwise ``charset-normalizer`` chooses among the single-byte encodings met in Nordic
   files (:data:`SINGLE_BYTE`), Windows-1252 when it cannot tell.

An explicit encoding (``--encoding``, the ``encoding`` field of an upload) overrides all of
this. Bytes that the chosen encoding cannot decode stay surrogate escapes and become that
record's ``undecodable`` error, as before.
"""

from __future__ import annotations

import codecs
from pathlib import Path

from ..errors import InvalidInput

SAMPLE = 1 << 20
# Windows-1252 first: Excel's "CSV" on a Danish, Norwegian or Swedish Windows; ISO-8859-15 on
# older Unix systems; Mac Roman from old Mac Excel. Other code pages (cp1250, big5, ...) read
# Nordic letters wrong, and short samples fool a detector into them.
SINGLE_BYTE = ("cp1252", "iso8859_15", "mac_roman")
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def check_encoding(name: str) -> str:
    """``name`` as Python's codec name; InvalidInput when Python knows no such encoding."""
    try:
        info = codecs.lookup(name)
    except LookupError:
        raise InvalidInput(f"unknown encoding {name!r} (e.g. utf-8, cp1252, utf-16)") from None
    if not info._is_text_encoding:  # base64, rot13, ...: not a text encoding
        raise InvalidInput(f"{name!r} is not a text encoding")
    return "utf-8-sig" if info.name == "utf-8" else info.name  # a BOM is not text


def _utf16_without_bom(head: bytes) -> str | None:
    sample = head[: 4096 - 4096 % 2]
    if len(sample) < 4:
        return None
    even, odd = sample[0::2], sample[1::2]
    if odd.count(0) > 0.4 * len(odd) and even.count(0) < 0.05 * len(even):
        return "utf-16-le"
    if even.count(0) > 0.4 * len(even) and odd.count(0) < 0.05 * len(odd):
        return "utf-16-be"
    return None


def _is_utf8(head: bytes, complete: bool) -> bool:
    decoder = codecs.getincrementaldecoder("utf-8")()
    try:
        decoder.decode(head, final=complete)  # a character cut at the sample's end is fine
    except UnicodeDecodeError:
        return False
    return True


def detect(head: bytes, complete: bool = True) -> str:
    """The encoding of text that starts with ``head`` (``complete``: ``head`` is all of it)."""
    for bom, name in _BOMS:
        if head.startswith(bom):
            return name
    utf16 = _utf16_without_bom(head)
    if utf16 is not None:
        return utf16
    if _is_utf8(head, complete):
        return "utf-8-sig"
    from charset_normalizer import from_bytes

    best = from_bytes(head, cp_isolation=list(SINGLE_BYTE)).best()
    return best.encoding if best is not None else SINGLE_BYTE[0]


def wide_text(head: bytes) -> bool:
    """True when ``head`` starts UTF-16 or UTF-32 text (a BOM, or NULs in every other byte):
    text whose NUL bytes do not make it a binary file."""
    if any(head.startswith(bom) for bom, name in _BOMS if name != "utf-8-sig"):
        return True
    return _utf16_without_bom(head) is not None


def file_encoding(path: Path, explicit: str | None = None) -> str:
    """The encoding to read ``path`` with: ``explicit`` when given, else :func:`detect`."""
    if explicit:
        return check_encoding(explicit)
    with open(path, "rb") as f:
        head = f.read(SAMPLE + 1)
    return detect(head[:SAMPLE], complete=len(head) <= SAMPLE)
