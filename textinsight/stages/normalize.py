"""A normalised view of each segment for the models; offsets keep pointing at the original."""

from __future__ import annotations

import html
import re

from ..types import Document

_URL = re.compile(r"(?:https?://|www\.)\S+", re.IGNORECASE)
_MENTION = re.compile(r"(?<![\w@])@\w{1,30}")
_HASHTAG = re.compile(r"(?<![\w#])#(\w+)")
_CAMEL = re.compile(r"(?<=[a-zæøåäöü])(?=[A-ZÆØÅÄÖÜ])|(?<=[A-Za-zæøåäöüÆØÅÄÖÜ])(?=\d)")
_SPACES = re.compile(r"\s+")
_REPEAT = re.compile(r"(\S)\1{3,}")


def _split_hashtag(m: re.Match[str]) -> str:
    return _CAMEL.sub(" ", m.group(1).replace("_", " "))


def normalize_social(text: str) -> str:
    """URLs to 'URL', @mentions to '@user', #hashtags split into words; emojis are kept.

    Letters repeated more than three times ("sååååå") are cut to three, and whitespace is
    collapsed. The result is for the models only; it is never written as the record's text.
    """
    text = html.unescape(text)
    text = _URL.sub("URL", text)
    text = _MENTION.sub("@user", text)
    text = _HASHTAG.sub(_split_hashtag, text)
    text = _REPEAT.sub(r"\1\1\1", text)
    return _SPACES.sub(" ", text).strip()


class Normalizer:
    """Stage: set ``Segment.model_text`` for every segment."""

    name = "normalize"
    requires: tuple[str, ...] = ("segments",)
    assigns: tuple[str, ...] = ("segments.model_text",)

    def predict(self, texts: list[str]) -> list[str]:
        """Normalised texts, one per input."""
        return [normalize_social(t) for t in texts]

    def __call__(self, docs: list[Document]) -> list[Document]:
        """Normalise the segments of every document without an error."""
        for doc in docs:
            if doc.ok:
                texts = self.predict([doc.segment_text(s) for s in doc.segments])
                for seg, norm in zip(doc.segments, texts, strict=True):
                    seg.model_text = norm
        return docs
