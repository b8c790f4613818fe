"""Reading a hand-written JSONL set line by line with the checks every set's checker makes,
and the label fields every set with a test split shares (standard library only)."""

import json

from .labels import DOC_SENTIMENTS, FEEDBACK_TYPES, GENRES, PILLARS, TOUCHPOINTS

SPLITS = frozenset({"train", "test"})


def check_labels(row, where, err):
    """The fields the written sets share: ``genre``, ``split``, a document ``sentiment``, a
    ``feedback_type``, ``pillars`` and ``touchpoints`` as lists of TAXONOMY.md ids without
    repeats; praise is never negative and a complaint never positive. Reports through
    ``err(where, message)``."""
    sent = row.get("sentiment")
    ftype = row.get("feedback_type")
    if row.get("genre") not in GENRES:
        err(where, f"genre {row.get('genre')!r} not in {sorted(GENRES)}")
    if row.get("split") not in SPLITS:
        err(where, f"split {row.get('split')!r} not in {sorted(SPLITS)}")
    if sent not in DOC_SENTIMENTS:
        err(where, f"sentiment {sent!r} not in {sorted(DOC_SENTIMENTS)}")
    if ftype not in FEEDBACK_TYPES:
        err(where, f"feedback_type {ftype!r} not in {sorted(FEEDBACK_TYPES)}")
    for name, valid in (("pillars", PILLARS), ("touchpoints", TOUCHPOINTS)):
        value = row.get(name)
        if not isinstance(value, list):
            err(where, f"{name} must be a list")
            continue
        bad = [v for v in value if v not in valid]
        if bad:
            err(where, f"unknown {name} {bad}")
        if len(set(value)) != len(value):
            err(where, f"repeated {name}")
    if ftype == "praise" and sent == "negative":
        err(where, "praise with negative sentiment")
    if ftype == "complaint" and sent == "positive":
        err(where, "complaint with positive sentiment")


def checked_rows(path, file_lang, seen_ids, err):
    """Yield ``(where, row)`` for each line of ``path`` that is a JSON object with a non-empty
    text. Reports through ``err(where, message)``: blank lines, bad JSON, a line that is not an
    object, a missing id or one already in ``seen_ids`` (which this fills, id -> where), a text
    that is missing, empty, padded with white space or broken over lines, and a ``lang`` other
    than ``file_lang``. ``where`` is ``file:line [id]``."""
    with path.open(encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, 1):
            where = f"{path.name}:{lineno}"
            if not line.strip():
                err(where, "blank line")
                continue
            try:
                row = json.loads(line)
            except json.JSONDecodeError as exc:
                err(where, f"bad JSON ({exc})")
                continue
            if not isinstance(row, dict):
                err(where, "not a JSON object")
                continue
            rid = row.get("id")
            where = f"{path.name}:{lineno} [{rid}]"
            if not isinstance(rid, str) or not rid:
                err(where, "missing id")
            elif rid in seen_ids:
                err(where, f"duplicate id (also {seen_ids[rid]})")
            else:
                seen_ids[rid] = where
            text = row.get("text")
            if not isinstance(text, str) or not text.strip():
                err(where, "missing or empty text")
                continue
            if text != text.strip():
                err(where, "text has leading/trailing whitespace")
            if "\n" in text:
                err(where, "text has a line break")
            if row.get("lang") != file_lang:
                err(where, f"lang {row.get('lang')!r} does not match file {path.name}")
            yield where, row
