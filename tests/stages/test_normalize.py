"""The normalised view of social posts."""

from __future__ import annotations

import pytest

from textinsight.stages.normalize import Normalizer, normalize_social
from textinsight.types import Document, Segment


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (
            "@Telia why?? https://t.co/abc #WorstServiceEver 😡",
            "@user why?? URL Worst Service Ever 😡",
        ),
        ("#dårligservice og #KundeService2024", "dårligservice og Kunde Service 2024"),
        ("sååååå godt!!!!!!", "sååå godt!!!"),
        ("AT&amp;T   www.example.com/x", "AT&T URL"),
        ("mail me: a@b.dk", "mail me: a@b.dk"),
    ],
)
def test_normalize_social(raw: str, expected: str) -> None:
    assert normalize_social(raw) == expected


def test_normalize_stage_keeps_original_offsets() -> None:
    text = "Hej @Mette! Se https://x.dk"
    doc = Document("1", text, segments=[Segment(0, len(text))])
    Normalizer()([doc])
    assert doc.segments[0].model_text == "Hej @user! Se URL"
    assert doc.segment_text(doc.segments[0]) == text
