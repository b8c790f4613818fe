"""The detector's prefilters: the same spans as running every recognizer, less work."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

import textinsight.pii.engine as engine

ROOT = Path(__file__).resolve().parents[2]
EDGE = [
    "Ring til mig på 2012 3456 i morgen",  # 8 digits: a phone number
    "Ring til mig på 201 234 i morgen",  # 6 digits: too short for a phone number
    "skriv til anna@firma.dk eller Anna Jensen",
    "@Telia why?? #WorstServiceEver",  # an @ without an address
    "Hej Mette, tak for hjælpen",  # a name, no digit, no @
    "CPR 070761-4285, konto 1234 5678901234",
    "Ordrenummer 55123 kom aldrig",
    "Vestergade 12, 2. th, 8000 Aarhus C",
    "",
]


# ``detector``: tests/conftest.py's, built once for the session


def _texts() -> list[tuple[str, str]]:
    rows = [json.loads(x) for x in (ROOT / "data/pii/pii_test.jsonl").read_text().splitlines()]
    return [(t, "da") for t in EDGE] + [(r["text"], r.get("lang", "en")) for r in rows[::4]]


def test_prefilters_give_the_spans_of_every_recognizer(
    detector: engine.PiiDetector, monkeypatch: pytest.MonkeyPatch
) -> None:
    fast = [detector.detect(t, lang) for t, lang in _texts()]
    monkeypatch.setattr(engine, "_candidate_entities", lambda _t: list(engine.KINDS))
    monkeypatch.setattr(engine, "_LazyArtifacts", lambda eng, t, lang: eng.process_text(t, lang))
    full = [detector.detect(t, lang) for t, lang in _texts()]
    assert fast == full
    assert sum(map(len, full)) > 50  # the texts do hold personal data of every kind
    assert {s.kind for spans in full for s in spans} >= {
        "email",
        "phone",
        "national_id",
        "account",
        "person",
        "address",
    }


def test_candidates_and_lazy_nlp(
    detector: engine.PiiDetector, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert "PHONE_NUMBER" not in engine._candidate_entities("ring 201 234")
    assert "PHONE_NUMBER" in engine._candidate_entities("ring 2012 3456")
    assert "EMAIL_ADDRESS" not in engine._candidate_entities("Telia, why?")
    assert "EMAIL_ADDRESS" in engine._candidate_entities("@Telia why")
    assert "NATIONAL_ID" not in engine._candidate_entities("no digits here")
    calls: list[str] = []
    real = detector.analyzer.nlp_engine.process_text

    def counting(text: str, lang: str) -> Any:
        calls.append(text)
        return real(text, lang)

    monkeypatch.setattr(detector.analyzer.nlp_engine, "process_text", counting)
    assert detector.detect("the parcel came late again", "en") == []
    assert calls == []  # nothing found: spaCy never ran
    assert [s.kind for s in detector.detect("Ring til mig på +45 2012 3456", "da")] == ["phone"]
    assert calls  # a finding's context was read
