"""Personal data: validators, detection on hand-made texts, and redaction policies."""

from __future__ import annotations

from pathlib import Path

import pytest

from textinsight.pii.engine import PiiDetector, PiiSpan
from textinsight.pii.redact import Pseudonyms, redact
from textinsight.pii.validators import (
    cpr_mod11,
    cpr_valid,
    fnr_valid,
    iban_valid,
    luhn_ok,
    personnummer_valid,
)


def test_pii_validators() -> None:
    assert cpr_valid("070761-4285") and cpr_mod11("0707614285")
    assert not cpr_valid("320161-4285")  # no 32nd day
    assert fnr_valid("01010750160") and not fnr_valid("01010750161")
    assert personnummer_valid("811218-9876") and not personnummer_valid("811218-9875")
    assert personnummer_valid("19811218-9876")
    assert personnummer_valid("811278-9873") or luhn_ok("8112789873") is False  # samordning
    assert iban_valid("DK50 0040 0440 1162 43") and not iban_valid("DK51 0040 0440 1162 43")


@pytest.fixture(scope="module")
def detector(tmp_path_factory: pytest.TempPathFactory) -> PiiDetector:
    return PiiDetector.build(tmp_path_factory.mktemp("pii"))


def kinds(det: PiiDetector, text: str, lang: str) -> list[tuple[str, str]]:
    return [(s.kind, text[s.start : s.end]) for s in det.detect(text, lang)]


def test_pii_detects_the_obvious(detector: PiiDetector) -> None:
    text = ("Jeg talte med Mette Hansen fra kundeservice. Skriv til mette.h@firma.dk "
            "eller ring +45 20 12 34 56. Mit CPR er 070761-4285.")  # fmt: skip
    found = kinds(detector, text, "da")
    assert ("person", "Mette Hansen") in found
    assert ("email", "mette.h@firma.dk") in found
    assert ("national_id", "070761-4285") in found
    assert any(k == "phone" and "20 12 34 56" in v for k, v in found)


def test_pii_ignores_reference_numbers(detector: PiiDetector) -> None:
    text = "Ordrenummer 20123456 og faktura nr. 0707614285 kostede 1.299,00 kr den 12.03.2024."
    assert kinds(detector, text, "da") == []


def test_pii_redaction_policies() -> None:
    text = "Mette ringede. Mette igen, og Ole."
    spans = [PiiSpan(0, 5, "person"), PiiSpan(15, 20, "person"), PiiSpan(30, 33, "person")]
    tagged, new = redact(text, spans, "tag")
    assert tagged == "[PERSON] ringede. [PERSON] igen, og [PERSON]."
    assert all(tagged[s.start : s.end] == "[PERSON]" for s in new)
    masked, _ = redact(text, spans, "mask")
    assert masked == "***** ringede. ***** igen, og ***."
    pseudo = Pseudonyms()
    out, _ = redact(text, spans, "pseudonym", pseudo)
    assert out == "[PERSON_1] ringede. [PERSON_1] igen, og [PERSON_2]."
    again, _ = redact("Ole her.", [PiiSpan(0, 3, "person")], "pseudonym", pseudo)
    assert again == "[PERSON_2] her."  # stable across the run


def test_pii_stage_redacts_before_segmentation(detector: PiiDetector, tmp_path: Path) -> None:
    from textinsight.stages.pii import PiiStage
    from textinsight.stages.segment import Segmenter
    from textinsight.types import Document, Language

    doc = Document("1", "Ring til Mette Hansen på +45 20 12 34 56. Tak.",
                   language=Language("da", 1.0))  # fmt: skip
    PiiStage(detector, "tag")([doc])
    Segmenter()([doc])
    assert "Mette" not in doc.text and "20 12" not in doc.text
    assert doc.pii and all(doc.text[p.start : p.end].startswith("[") for p in doc.pii)
    assert [doc.text[s.start : s.end] for s in doc.segments][-1] == "Tak."
