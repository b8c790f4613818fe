"""Sentence and turn segmentation, with offsets into the original text."""

from __future__ import annotations

import pytest

from textinsight.stages.segment import (
    Segmenter,
    SentenceSplitter,
    looks_like_transcript,
    split_turns,
)
from textinsight.types import Document, Language


def sentences(text: str, code: str) -> list[str]:
    return [text[s.start : s.end] for s in SentenceSplitter().split(text, 0, len(text), code)]


@pytest.mark.parametrize(
    ("code", "text", "expected"),
    [
        (
            "da",
            "Vi fik f.eks. ingen svar. Det var bl.a. pga. ventetiden, dvs. over en time.",
            ["Vi fik f.eks. ingen svar.", "Det var bl.a. pga. ventetiden, dvs. over en time."],
        ),
        (
            "nb",
            "Regning, gebyr mv. Alt var feil! Hva nå?",
            ["Regning, gebyr mv.", "Alt var feil!", "Hva nå?"],
        ),
        (
            "sv",
            "Vi fick t.ex. inget svar, bl.a. pga. kön osv. Vad gör vi nu?",
            ["Vi fick t.ex. inget svar, bl.a. pga. kön osv.", "Vad gör vi nu?"],
        ),
        ("da", "Ring osv. og skriv.", ["Ring osv. og skriv."]),
        ("en", "Mr. Smith said no... Really?! OK", ["Mr. Smith said no...", "Really?!", "OK"]),
        ("sv", "- appen krånglar\n- lång kö", ["- appen krånglar", "- lång kö"]),
    ],
)
def test_segment_sentences_respect_abbreviations(code: str, text: str, expected: list[str]) -> None:
    assert sentences(text, code) == expected


TRANSCRIPT = (
    "Interview 3 – Nordlink\n"
    "Dato: 2026-04-14\n\n"
    "[00:00:05] I: Hvordan gik skiftet?\n"
    "[00:00:12] R: Altså, det gik fint. Men f.eks. ventetiden var lang.\n"
    "Det var træls.\n"
    "[00:01:02] Interviewer: Og teknikeren?\n"
)
NAMED = (
    "Intervjuare: Hur var det?\nKarin Ek: Bra, tack. Men t.ex. appen krånglade.\nIntervjuare: Okej."
)


def test_segment_turns_with_timestamps() -> None:
    assert looks_like_transcript(TRANSCRIPT)
    got = [(s.kind, s.speaker, TRANSCRIPT[s.start : s.end]) for s in split_turns(TRANSCRIPT)]
    assert got == [
        ("sentence", None, "Interview 3 – Nordlink"),
        ("sentence", None, "Dato: 2026-04-14"),  # a header line, not a speaker
        ("turn", "I", "Hvordan gik skiftet?"),
        ("turn", "R", "Altså, det gik fint. Men f.eks. ventetiden var lang.\nDet var træls."),
        ("turn", "Interviewer", "Og teknikeren?"),
    ]


def test_segment_turns_with_speaker_names() -> None:
    assert looks_like_transcript(NAMED)
    got = [(s.speaker, NAMED[s.start : s.end]) for s in split_turns(NAMED)]
    assert got == [
        ("Intervjuare", "Hur var det?"),
        ("Karin Ek", "Bra, tack. Men t.ex. appen krånglade."),
        ("Intervjuare", "Okej."),
    ]


def test_segment_ordinary_text_is_not_a_transcript() -> None:
    assert not looks_like_transcript("Kunden sagde: det er for dyrt. Vi svarede: nej.")


@pytest.mark.parametrize("mode", ["auto", "document", "sentence", "turn"])
def test_segment_modes_keep_offsets_inside_text(mode: str) -> None:
    doc = Document("1", TRANSCRIPT, language=Language("da", 1.0))
    Segmenter(mode)([doc])
    assert doc.segments
    for s in doc.segments:
        piece = TRANSCRIPT[s.start : s.end]
        assert piece == piece.strip() and piece
    if mode == "document":
        assert len(doc.segments) == 1
    if mode in ("auto", "turn"):
        assert {s.kind for s in doc.segments} == {"sentence", "turn"}


def test_segment_skips_documents_with_errors() -> None:
    from textinsight.types import RecordError

    doc = Document("1", "Hej. Med dig.")
    doc.error = RecordError("x", "y")
    Segmenter()([doc])
    assert doc.segments == []


def test_segment_over_max_segments_falls_back_to_document_level() -> None:
    text = "Ja. " * 4999  # issue 16: 4,999 one-word sentences held the analyzer for 71 s
    capped = Segmenter("auto", max_segments=256).predict(text, "da")
    assert [(s.start, s.end, s.kind) for s in capped] == [(0, len(text.rstrip()), "document")]
    few = "Ja. Nej. Måske."
    assert len(Segmenter("auto", max_segments=3).predict(few, "da")) == 3  # at the cap: kept
    assert len(Segmenter("auto").predict(text, "da")) == 4999  # no cap: every sentence
