"""Reading a hand-written JSONL set line by line with the checks every set's checker makes
(standard library only)."""

import json


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
