"""The recognizers one by one: Presidio's reused NINO recognizer, the checks a finding must
pass afterwards (``finish``), and the named rules of the person-name recognizer."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from presidio_analyzer import RecognizerResult

from textinsight.pii.recognizers import PersonNameRecognizer, UkNinoRecognizer
from textinsight.pii.recognizers import person_rules as rules
from textinsight.pii.recognizers import person_words as pw
from textinsight.pii.recognizers.bank_account_recognizer import finish_account
from textinsight.pii.recognizers.national_id_recognizer import finish_national_id
from textinsight.pii.recognizers.phone_recognizer import finish_phone

ROOT = Path(__file__).resolve().parents[2]
# the NINO patterns written out before Presidio's recognizer was reused: HMRC's prefix rules,
# upper case only, spaces optional; and HMRC's pair grouping with any letters
FORMER_NINO = [
    re.compile(
        r"\b(?!BG|GB|KN|NK|NT|TN|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]"
        r" ?\d{2} ?\d{2} ?\d{2} ?[A-D]\b"
    ),
    re.compile(r"\b(?!BG|GB|KN|NK|NT|TN|ZZ)[A-Z]{2} \d{2} \d{2} \d{2} [A-D]\b"),
]


def _pii_texts() -> list[str]:
    texts = [
        json.loads(x)["text"]
        for p in sorted((ROOT / "data/pii").glob("*.jsonl"))
        for x in p.read_text().splitlines()
    ]
    transcripts = sorted((ROOT / "tests/fixtures/transcripts").glob("*.txt"))
    return texts + [p.read_text() for p in transcripts]


def test_presidios_nino_recognizer_finds_the_former_spans() -> None:
    rec = UkNinoRecognizer("en")
    found = former = 0
    for text in _pii_texts():
        ours = {(r.start, r.end) for r in rec.analyze(text, ["NATIONAL_ID"])}
        before = {(m.start(), m.end()) for rx in FORMER_NINO for m in rx.finditer(text)}
        assert ours == before, text
        found, former = found + len(ours), former + len(before)
    assert found >= 15  # the sets do hold NI numbers, grouped and not
    assert {r.entity_type for r in rec.analyze("NI: QQ 12 34 56 C", [])} == {"NATIONAL_ID"}
    assert rec.analyze("GB123456A, QQ123456C, AB123456E", []) == []  # never issued; no E


def _at(text: str, value: str, entity: str, last: bool = False) -> RecognizerResult:
    start = text.rindex(value) if last else text.index(value)
    return RecognizerResult(entity, start, start + len(value), 0.6)


@pytest.mark.parametrize(
    ("text", "value", "kept"),
    [
        ("Ring mig på 20123456", "20123456", "20123456"),
        ("Ordrenummer 20123456 kom aldrig", "20123456", None),  # a reference
        ("Ordrenr.: 20123456", "20123456", None),
        ("Ring på nr. mitt: 20123456", "20123456", "20123456"),  # "my number": the writer's own
        ("Kode 1Z22 20123456X", "20123456", None),  # part of a longer code
        ("Mødet var 12.03.2024", "12.03.2024", None),  # a date
        ("Der var 20123456 af dem", "20123456", None),  # bare digits, nothing announced it
        ("Call +44 (0)7700 900123", "7700 900123", "+44 (0)7700 900123"),  # the country code
    ],
)
def test_finish_phone(text: str, value: str, kept: str | None) -> None:
    done = finish_phone(text, _at(text, value, "PHONE_NUMBER"))
    assert (text[done.start : done.end] if done else None) == kept


def test_finish_national_id_and_account() -> None:
    text = "faktura 070761-4285, men CPR-nummer: 070761-4285"
    ref = _at(text, "070761-4285", "NATIONAL_ID")
    cpr = _at(text, "070761-4285", "NATIONAL_ID", last=True)
    assert finish_national_id(text, ref) is None  # after "faktura": a reference
    assert finish_national_id(text, cpr) is not None
    for text, kept in (("Sagsnummer: 070761-4285", False), ("Mit id-nummer: 070761-4285", True)):
        done = finish_national_id(text, _at(text, "070761-4285", "NATIONAL_ID"))
        assert (done is not None) is kept  # a reference word, unless it names an ID number
    text = "konto (1234 5678901) eller +45 1234 5678"
    acc = finish_account(text, _at(text, "(1234 5678901", "BANK_ACCOUNT"))
    assert acc is not None and text[acc.start : acc.end] == "1234 5678901"  # bracket trimmed
    phone = finish_account(text, _at(text, "1234 5678", "BANK_ACCOUNT", True))
    assert phone is not None and phone.entity_type == "PHONE_NUMBER"
    assert text[phone.start : phone.end] == "+45 1234 5678"


@pytest.fixture(scope="module")
def person() -> PersonNameRecognizer:
    return PersonNameRecognizer("da")


def _candidate(rec: PersonNameRecognizer, text: str, word: str) -> rules.Candidate:
    words = list(pw.WORD.finditer(text))
    i = next(k for k, m in enumerate(words) if m.group() == word)
    return rules.Candidate(rec, text, words, i, word)


@pytest.mark.parametrize(
    ("text", "word", "rule", "holds"),
    [
        ("jeg har talt med mette", "mette", rules.unknown_lower_case, False),
        ("jeg har talt med xyzzy", "xyzzy", rules.unknown_lower_case, True),
        ("Mit CPR er her", "CPR", rules.title_or_code, True),
        ("Den 3 Jan kom pakken", "Jan", rules.date, True),
        ("Jeg talte med Mette i går", "Mette", rules.listed_first_name, True),
        ("Jeg talte med Per i går", "Per", rules.listed_first_name, False),  # also a word
        ("Tak til Per for hjælpen", "Per", rules.first_name_with_cue, True),
        ("Hej, jeg hedder Zorbatov og", "Zorbatov", rules.strong_evidence, True),
        ("Farmaceuten Zorbatova var sød", "Zorbatova", rules.named_by_role, True),
        ("Han sagde Zorbatova var sød", "Zorbatova", rules.named_by_role, False),
        ("tak til mette for hjælpen", "mette", rules.lower_case_first_name, True),
        ("Kunde: hej", "Kunde", rules.role_word, True),
        ("Chatbotten Sofie svarede", "Sofie", rules.chatbot, True),
    ],
)
def test_each_person_rule(
    person: PersonNameRecognizer, text: str, word: str, rule: rules.Rule, holds: bool
) -> None:
    assert rule(_candidate(person, text, word)) is holds


def test_rules_decide_together(person: PersonNameRecognizer) -> None:
    text = "Jeg talte med Mette Hansen. Kunde: nej. Chatbotten Sofie svarede."
    names = [text[r.start : r.end] for r in person.analyze(text, ["PERSON"])]
    assert names == ["Mette Hansen"]  # a role tag and a chatbot are no people
    assert rules.is_name(_candidate(person, text, "Mette"))
    assert not rules.is_name(_candidate(person, text, "Kunde"))
