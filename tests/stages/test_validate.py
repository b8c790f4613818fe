"""Per-record errors that never stop a batch."""

from __future__ import annotations

import pytest

from textinsight.stages.validate import Validate
from textinsight.types import Document


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("", "empty_text"),
        ("   \n\t", "empty_text"),
        ("x" * 11, "text_too_long"),
        ("bad \udcff byte", "undecodable"),
        ("fine", None),
        ("json \ud800", "undecodable"),
        ("low \udfff", "undecodable"),
        ("emoji \U0001f600", None),
    ],
)
def test_validate_codes(text: str, code: str | None) -> None:
    docs = Validate(max_chars=10)([Document("1", text), Document("2", "ok")])
    assert (docs[0].error.code if docs[0].error else None) == code
    assert docs[1].error is None
