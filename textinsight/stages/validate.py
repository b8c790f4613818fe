"""Reject documents that cannot be analysed, with a per-record error (never dropped)."""

from __future__ import annotations

import re

from ..types import Document, RecordError

# a lone surrogate: bytes that were not UTF-8 (kept as U+DC80-U+DCFF by the readers) or a
# JSON escape such as "\ud800"; no encoder, tokenizer or output format can take one
_SURROGATE = re.compile("[\ud800-\udfff]")


def check_text(text: object, max_chars: int) -> RecordError | None:
    """The error of one text, or None when it can be analysed."""
    if not isinstance(text, str):
        return RecordError("invalid_text", f"text must be a string, got {type(text).__name__}")
    if not text.isascii() and _SURROGATE.search(text):
        return RecordError(
            "undecodable",
            "the text contains bytes that are not valid UTF-8 "
            "or a lone surrogate (U+D800 to U+DFFF)",
        )
    if not text.strip():
        return RecordError("empty_text", "the text is empty")
    if len(text) > max_chars:
        return RecordError(
            "text_too_long", f"the text has {len(text)} characters; the limit is {max_chars}"
        )
    return None


class Validate:
    """Mark empty, undecodable and over-long texts as errors."""

    name = "validate"
    requires: tuple[str, ...] = ("text",)
    assigns: tuple[str, ...] = ("error",)

    def __init__(self, max_chars: int) -> None:
        self.max_chars = max_chars

    def predict(self, texts: list[str]) -> list[RecordError | None]:
        """The error (or None) of each text."""
        return [check_text(t, self.max_chars) for t in texts]

    def __call__(self, docs: list[Document]) -> list[Document]:
        """Set ``error`` on documents that cannot be analysed."""
        for doc, err in zip(docs, self.predict([d.text for d in docs]), strict=True):
            if doc.error is None and err is not None:
                doc.error = err
        return docs
