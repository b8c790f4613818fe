"""Personal data: validators, detection on hand-made texts, and redaction policies."""

from __future__ import annotations

import json
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


def kinds(det: PiiDetector, text: str, lang: str) -> list[tuple[str, str]]:
    return [(s.kind, text[s.start : s.end]) for s in det.detect(text, lang)]


def test_pii_detects_the_obvious(detector: PiiDetector) -> None:
    text = (
        "Jeg talte med Mette Hansen fra kundeservice. Skriv til mette.h@firma.dk "
        "eller ring +45 20 12 34 56. Mit CPR er 070761-4285."
    )
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

    doc = Document(
        "1", "Ring til Mette Hansen på +45 20 12 34 56. Tak.", language=Language("da", 1.0)
    )
    PiiStage(detector, "tag")([doc])
    Segmenter()([doc])
    assert "Mette" not in doc.text and "20 12" not in doc.text
    assert doc.pii and all(doc.text[p.start : p.end].startswith("[") for p in doc.pii)
    assert [doc.text[s.start : s.end] for s in doc.segments][-1] == "Tak."


@pytest.mark.model  # the language stage: lingua and models/langid
def test_pii_never_store_raw_covers_journal_meta_and_failed_records(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from textinsight.io.readers import Columns
    from textinsight.runner import run_analysis
    from textinsight.settings import Settings

    src = tmp_path / "in.jsonl"
    rows = [
        {"id": "1", "text": "Ring til Mette Hansen på +45 20 12 34 56.", "name": "Mette Hansen"},
        {"id": "2", "text": "", "email": "ole@firma.dk"},
        {"id": "3", "text": "x" * 50 + " mette.h@firma.dk", "note": "ok"},
    ]
    src.write_text("\n".join(json.dumps(r) for r in rows), encoding="utf-8")
    settings = Settings(
        cache_dir=tmp_path / "cache",
        never_store_raw=True,
        max_chars=45,
        stages=["validate", "language", "pii", "segment"],
    )
    out = tmp_path / "out.jsonl"
    run_analysis([src], str(out), settings, resume=False, progress=False, cols=Columns())
    written = out.read_text(encoding="utf-8")
    for raw in ("Mette", "20 12 34 56", "mette.h@firma.dk"):
        assert raw not in written
    recs = [json.loads(x) for x in written.splitlines()]
    assert recs[0]["text"].startswith("Ring til [PERSON]") and recs[0]["meta"]["name"] == "[PERSON]"
    assert recs[2]["error"]["code"] == "text_too_long" and recs[2]["text"] == ""


def test_pii_redaction_needs_the_stage(tmp_path: Path) -> None:
    from textinsight.errors import ConfigError
    from textinsight.pipeline import Pipeline
    from textinsight.settings import Settings

    with pytest.raises(ConfigError, match="pii"):
        Pipeline.from_settings(
            Settings(cache_dir=tmp_path, never_store_raw=True, stages=["validate", "language"])
        )


def test_evaluate_pii_spans() -> None:
    from textinsight.evaluate import pii_report

    gold = [{(0, 5, "person"), (10, 20, "phone")}, set()]
    pred = [{(0, 5, "person"), (9, 20, "phone")}, {(1, 3, "email")}]
    rep = pii_report(gold, pred, ["", ""])
    assert rep["exact"]["phone"]["recall"] == 0.0 and rep["overlap"]["phone"]["recall"] == 1.0
    assert rep["overlap"]["contact_and_id"]["precision"] == 0.5  # the e-mail is a false alarm
    assert rep["false_alarms_in_documents_without_pii"] == 1
    assert rep["characters_covered"] == 1.0


def test_pii_redacted_text_keeps_its_spans_when_analysed_again(detector: PiiDetector) -> None:
    text = "Ring til Mette Hansen på +45 20 12 34 56."
    once, spans = redact(text, detector.detect(text, "da"), "pseudonym", Pseudonyms())
    again = detector.detect(once, "da")
    assert [(s.kind, once[s.start : s.end]) for s in again] == [
        (s.kind, once[s.start : s.end]) for s in spans
    ]
    twice, _ = redact(once, again, "pseudonym", Pseudonyms())
    assert twice == once  # a pseudonym is kept, not renumbered


def test_pii_pseudonyms_are_numbered_per_run(detector: PiiDetector) -> None:
    from textinsight.stages.pii import PiiStage
    from textinsight.types import Document, Language

    stage = PiiStage(detector, "pseudonym")

    def doc(text: str, run: str | None) -> Document:
        return Document("1", text, language=Language("da", 1.0), run=run)

    a1, a2, b1 = doc("Lars ringede.", "a"), doc("Mette og Lars.", "a"), doc("Mette ringede.", "b")
    stage([a1, a2, b1])
    assert a1.text == "[PERSON_1] ringede." and a2.text == "[PERSON_2] og [PERSON_1]."
    assert b1.text == "[PERSON_1] ringede."  # another caller's run starts its own table


PHONES_AND_IDS = [
    ("da", "Ring på +4520123456 i morgen.", "+4520123456"),
    ("da", "Mit nummer er 2012 3456.", "2012 3456"),
    ("da", "Tlf. (+45) 20 12 34 56, tak.", "20 12 34 56"),
    ("da", "tlf: 0045 20123456", "0045 20123456"),
    ("nb", "Ring meg på +47 912 34 567.", "+47 912 34 567"),
    ("nb", "Ring 22 12 34 56 i åpningstiden.", "22 12 34 56"),
    ("sv", "Ring mig på 070-123 45 67.", "070-123 45 67"),
    ("sv", "Mitt nummer: +46 (0)70-123 45 67", "70-123 45 67"),
    ("sv", "Ring kontoret 08-123 456 78.", "08-123 456 78"),
    ("en", "Call me on +44 7700 900123.", "+44 7700 900123"),
    ("en", "Manchester 0161 496 0000 please", "0161 496 0000"),
    ("da", "Mit CPR-nummer er 0707614285.", "0707614285"),
    ("nb", "fnr 010107 50160", "010107 50160"),
    ("sv", "Personnummer 811218+9876", "811218+9876"),
    ("sv", "Personnummer 198112189876", "198112189876"),
    ("en", "Email me at <anna.b+test@mail.example.co.uk>.", "anna.b+test@mail.example.co.uk"),
    ("en", "text me on +44 7700 900 415 tonight", "+44 7700 900 415"),  # unallocated, +44
    ("nb", "Sms meg på 440 71 902 etter kl. 16", "440 71 902"),  # unusual grouping, cue
    ("sv", "Jag blev uppringd från 0731234567 igår.", "0731234567"),
    ("da", "Mit CPR-nr. er 070761-4285.", "070761-4285"),  # "nr." names an ID here
    ("sv", "Försäkringstagare 811218-9876, skadan gäller taket.", "811218-9876"),
    ("en", "My NI number is AB 12 34 56 C.", "AB 12 34 56 C"),
    ("nb", "Sønnen min (01010750160) trenger time.", "01010750160"),  # no bracket in span
]  # fmt: skip
NOT_PERSONAL = [
    ("da", "Ordrenr. 2012345678 er ikke leveret."),
    ("da", "Faktura 4520123456 er forkert."),
    ("sv", "Sändningsnummer 00370712345678901234 har inte kommit."),
    ("nb", "Flyet SK 4021 var forsinket 45 minutter."),
    ("da", "Datoen 320161-4285 er ikke gyldig."),
    ("en", "Ticket 48213577 still open since 2024-03-12."),
    ("da", "Billetnr. 7731 0942 118 blev ikke refunderet."),  # any "...nr" reference
    ("nb", "KID-nummeret 9878134122 ble avvist."),
    ("en", "Tracking 1Z999AA10123456784 says delivered."),  # digits inside a longer code
    ("da", "Kvittering fra 03.05.2024 15:42, beløb 649,95 kr."),
    ("en", "The fee was 1 499 kr, on top of 2 340 kr."),  # prices are no phone numbers
    ("en", "NI number GB 12 34 56 C is not a real prefix."),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "text", "value"), PHONES_AND_IDS)
def test_pii_finds_phone_id_and_email_formats(
    detector: PiiDetector, lang: str, text: str, value: str
) -> None:
    found = [v for _, v in kinds(detector, text, lang)]
    assert any(value in v for v in found), found


@pytest.mark.parametrize(("lang", "text"), NOT_PERSONAL)
def test_pii_leaves_numbers_that_are_not_personal(
    detector: PiiDetector, lang: str, text: str
) -> None:
    assert kinds(detector, text, lang) == []


def test_pii_account_fields(detector: PiiDetector) -> None:
    text = "Refund to sort code 20-45-77, account 41882630 please."
    assert kinds(detector, text, "en") == [("account", "20-45-77"), ("account", "41882630")]
    text = "Clearingnummer 8105-9, kontonummer 914 772 305-1."
    assert kinds(detector, text, "sv") == [("account", "8105-9"), ("account", "914 772 305-1")]


def test_pii_addresses_with_any_street_name_before_a_postcode(detector: PiiDetector) -> None:
    text = "Send det til Hybenvænget 3, 1. tv., 2400 København NV i morgen."
    assert kinds(detector, text, "da") == [("address", "Hybenvænget 3, 1. tv., 2400 København NV")]
    text = "Jeg bor på Solbakkeli 12, Vestby, 1540 Vestby."
    assert kinds(detector, text, "nb") == [("address", "Solbakkeli 12, Vestby, 1540 Vestby")]


@pytest.mark.parametrize(
    ("lang", "text", "names"),
    [
        ("nb", "Farmasøyten Zoltan ringte rundt for meg.", ["Zoltan"]),  # a role names him
        ("da", "Montøren, Zoltan, kom for sent.", ["Zoltan"]),
        ("sv", "min son oskar fick fel betyg", ["oskar"]),  # lower case after a relation
        ("en", "Name on the account is Zoltan Okonkwo.", ["Zoltan Okonkwo"]),
        ("nb", "Kunden heter Per Arne Dahl.", ["Per Arne Dahl"]),  # a double first name
        ("en", "Thanks to Mette and Zoltan at the depot", ["Mette", "Zoltan"]),
        ("da", "Jeres chatbot Freja forstår ingenting.", []),  # a bot is no person
        ("en", "Don't send it to Mrs Pemberton again.", ["Pemberton"]),
        ("da", "Medarbejder: Hvad drejer det sig om?\nKunde: Min regning.", []),  # role tags
    ],
)
def test_pii_person_cues(detector: PiiDetector, lang: str, text: str, names: list[str]) -> None:
    assert [v for k, v in kinds(detector, text, lang) if k == "person"] == names


def test_pseudonyms_survive_a_resumed_run(detector: PiiDetector, tmp_path: Path) -> None:
    """An interrupted and resumed run numbers pseudonyms exactly as one uninterrupted run."""
    from tests.test_runner import Boom
    from textinsight.errors import ResumeMismatch
    from textinsight.pipeline import Pipeline
    from textinsight.runner import pseudonyms_path, run_analysis
    from textinsight.settings import Settings
    from textinsight.stages.pii import PiiStage
    from textinsight.stages.validate import Validate

    people = [f"kunde{i}@firma{i % 3}.dk" for i in range(12)]
    src = tmp_path / "in.jsonl"
    # new addresses keep arriving, and earlier ones come back after the interruption
    rows = [
        {"id": f"r{i}", "text": f"Skriv til {people[i % 12]} og {people[(i * 5) % 12]}."}
        for i in range(24)
    ]
    src.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    settings = Settings(progress=False, batch_size=4)

    def pipe(*extra: object) -> Pipeline:
        stages = [Validate(1000), PiiStage(detector, "pseudonym"), *extra]
        return Pipeline(stages, batch_size=4)  # type: ignore[arg-type]

    whole = tmp_path / "whole.jsonl"
    run_analysis([src], str(whole), settings, pipeline=pipe())
    out = tmp_path / "out.jsonl"
    with pytest.raises(KeyboardInterrupt):
        run_analysis([src], str(out), settings, pipeline=pipe(Boom(after=9)))
    table = pseudonyms_path(str(out))
    saved = table.read_text(encoding="utf-8")
    assert "[EMAIL_1]" in saved and not any(p in saved for p in people)  # hashes, no values
    assert oct(table.stat().st_mode & 0o777) == "0o600"
    run_analysis([src], str(out), settings, pipeline=pipe(), resume=True)  # a new process
    texts = [json.loads(x)["text"] for x in out.read_text(encoding="utf-8").splitlines()]
    assert texts == [json.loads(x)["text"] for x in whole.read_text(encoding="utf-8").splitlines()]
    import re

    assert len(set(re.findall(r"\[EMAIL_\d+\]", " ".join(texts)))) == 12  # one per address
    assert not table.exists()

    with pytest.raises(KeyboardInterrupt):
        run_analysis([src], str(out), settings, pipeline=pipe(Boom(after=9)))
    table.unlink()
    with pytest.raises(ResumeMismatch):
        run_analysis([src], str(out), settings, pipeline=pipe(), resume=True)


@pytest.mark.parametrize(
    ("lang", "text", "names"),
    [
        (
            "en",
            "Account holder: Mrs J. Whitfield, Leeds.",
            ["J. Whitfield"],
        ),  # title before initial
        ("sv", "mvh berit lundh", ["berit lundh"]),  # a lower-case signature
        ("nb", "Sønnen Per Arne ringer også.", ["Per Arne"]),  # an ambiguous first name joined
        ("en", "Please stop calling me.\n– Zoltan", ["Zoltan"]),  # a dash closing the message
        ("en", "No heating since 3 Jan, two children in the flat.", []),  # a month, not Jan
        ("da", "Vi spiste hos Mormors Køkken i går.", []),  # a role word inside a shop's name
        ("da", "Lykke til alle pendlere i morgen.", []),  # "good luck"
    ],
)
def test_pii_person_cues_more(
    detector: PiiDetector, lang: str, text: str, names: list[str]
) -> None:
    assert [v for k, v in kinds(detector, text, lang) if k == "person"] == names


@pytest.mark.parametrize(
    ("lang", "text", "value"),
    [
        ("nb", "Ring meg på jobbnummeret 22 94 17 60.", "22 94 17 60"),  # not a "...nummer" ref
        ("en", "My National Insurance number, CW075443B, is right.", "CW075443B"),
        ("sv", "Ring gärna om ni vill ha ett omdöme, 0768921776.", "0768921776"),  # 07 mobile
    ],
)
def test_pii_finds_more_formats(detector: PiiDetector, lang: str, text: str, value: str) -> None:
    assert value in [v for _, v in kinds(detector, text, lang)]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("sv", "Jag betalar till bankgiro 5051-6905 varje månad."),
        ("en", "I worked in Sweden 2019–2021 and paid tax there."),
        ("en", "Meter reading 04512 on 31/01, you billed for 05900."),
    ],
)
def test_pii_leaves_more_numbers(detector: PiiDetector, lang: str, text: str) -> None:
    assert kinds(detector, text, lang) == []


# issue 15, item 2: names in no name list, where the sentence says they are names
@pytest.mark.parametrize(
    ("lang", "text", "names"),
    [
        (
            "en",
            "I'm Priya Shah and I rang about my card. Priya is the name on it.",
            ["Priya Shah", "Priya"],
        ),
        ("en", "That's really helpful, thank you Priya.", ["Priya"]),
        ("en", "They still write to Miss P Shah at my old flat.", ["P Shah"]),
        ("en", "A young member of staff, Priya, walked her round the store.", ["Priya"]),
        ("da", "Tak til Oluwaseun for hjælpen.", ["Oluwaseun"]),
        ("en", "I'm Danish and I'm Very upset about the bill.", []),  # no name after "I'm"
        ("en", "Thank you Nordlink for nothing.", []),  # a brand after thanks
    ],
)
def test_pii_finds_unlisted_names_after_cues(
    detector: PiiDetector, lang: str, text: str, names: list[str]
) -> None:
    assert [v for k, v in kinds(detector, text, lang) if k == "person"] == names


def test_pii_capitalised_brand_handle_is_no_person(detector: PiiDetector) -> None:
    text = "Thanks @Nordlink for nothing. Still waiting @Nordlink, day 3. Ask @jonas.berg"
    assert [v for k, v in kinds(detector, text, "en") if k == "person"] == ["jonas.berg"]


def test_pii_finds_a_grouped_nino_with_any_issued_prefix(detector: PiiDetector) -> None:
    text = "They asked for my National Insurance number, QQ 12 34 56 C, which seemed odd."
    assert ("national_id", "QQ 12 34 56 C") in kinds(detector, text, "en")


# issue 15, item 3: identifiers that point to one customer are personal data of their own kind
@pytest.mark.parametrize(
    ("lang", "text", "value"),
    [
        ("da", "Jeg gav mit kundenr. 5512-0934 to gange.", "5512-0934"),
        ("sv", "Mitt kundnummer 1004-58872 finns i appen.", "1004-58872"),
        ("en", "My policy number CR-44719020 is on the letter.", "CR-44719020"),
        ("nb", "Hun ba om kundenummeret mitt, 1004-58872, på e-post.", "1004-58872"),
        ("nb", "Medlemsnummer 88213 gir meg rabatt.", "88213"),
    ],
)
def test_pii_customer_refs_are_their_own_kind(
    detector: PiiDetector, lang: str, text: str, value: str
) -> None:
    assert kinds(detector, text, lang) == [("customer_ref", value)]


def test_pii_order_numbers_only_when_the_setting_asks(
    detector: PiiDetector, tmp_path: Path
) -> None:
    text = "Ordrenr. 55120934 og faktura 2291-3344 er stadig ikke betalt."
    assert kinds(detector, text, "da") == []
    with_orders = PiiDetector.build(tmp_path, order_refs=True)
    assert kinds(with_orders, text, "da") == [
        ("customer_ref", "55120934"),
        ("customer_ref", "2291-3344"),
    ]


def test_pii_redacts_customer_refs_and_finds_the_tag_again(detector: PiiDetector) -> None:
    text = "Policy number CR-44719020, customer number 30-5518-207."
    red, spans = redact(text, detector.detect(text, "en"), "tag")
    assert red == "Policy number [CUSTOMER_REF], customer number [CUSTOMER_REF]."
    assert [s.kind for s in detector.detect(red, "en")] == ["customer_ref", "customer_ref"]


# issue 15, item 4: a title line is not an address
@pytest.mark.parametrize(
    "text",
    [
        "Interview 7 – Nordbank, customer research notes (March 2026)",
        "Interview 12 – Nordlink kundeservice, marts 2026",
        "Review 2 – Nordbank app",
    ],
)
def test_pii_title_line_is_no_address(detector: PiiDetector, text: str) -> None:
    assert [k for k, _ in kinds(detector, text, "en")] == []
