"""Language identification (real models: lingua plus the shipped Nordic model)."""

from __future__ import annotations

import json

import pytest

from tests.conftest import DATA
from textinsight.pipeline import models_dir
from textinsight.stages.language import LanguageIdentifier
from textinsight.types import Document

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def identifier() -> LanguageIdentifier:
    return LanguageIdentifier.load(models_dir() / "langid")


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Jeg har ventet en hel uge på svar fra jer, og nu er jeg sgu træt af det.", "da"),
        ("Jeg har ventet en hel uke på svar fra dere, og nå er jeg lei av det.", "nb"),
        ("Jag har väntat en hel vecka på svar från er och nu är jag trött på det.", "sv"),
        ("I have waited a whole week for an answer and now I am fed up.", "en"),
        ("Ich habe eine ganze Woche auf eine Antwort gewartet.", "de"),
    ],
)  # fmt: skip
def test_language_detects(identifier: LanguageIdentifier, text: str, code: str) -> None:
    lang = identifier.predict([text])[0]
    assert lang.code == code
    assert lang.supported == (code in {"da", "nb", "sv", "en"})
    assert 0.0 < lang.confidence <= 1.0


def test_language_hint_wins(identifier: LanguageIdentifier) -> None:
    doc = Document("1", "I have waited a whole week.", language_hint="da")
    identifier([doc])
    assert doc.language is not None and doc.language.code == "da"
    assert doc.language.source == "hint"


def test_language_dev_set_accuracy(identifier: LanguageIdentifier) -> None:
    """The dev set (used for tuning) must stay well above the 97 % target of the test set."""
    rows = [json.loads(x) for x in (DATA / "langid" / "short_texts_dev.jsonl").open()]
    pred = identifier.predict([r["text"] for r in rows])
    acc = sum(p.code == r["lang"] for p, r in zip(pred, rows, strict=True)) / len(rows)
    assert acc >= 0.96
