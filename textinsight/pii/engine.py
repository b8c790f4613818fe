"""The personal-data detector: a Presidio AnalyzerEngine that runs offline on blank spaCy
pipelines, with our Nordic recognizers, plus filters for numbers that are not personal."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .words import (
    LazyRegex,
    language_of,
    languages,
    phone_regions,
    phone_words,
    reference_words,
    spacy_code,
)

KINDS = {
    "EMAIL_ADDRESS": "email", "PHONE_NUMBER": "phone", "NATIONAL_ID": "national_id",
    "IBAN_CODE": "account", "BANK_ACCOUNT": "account", "STREET_ADDRESS": "address",
    "PERSON": "person", "CUSTOMER_REF": "customer_ref",
}  # fmt: skip

# A number right after a reference word (the packs' ``reference_words_re``), or after a word
# ending in "nummer / nr / number" that names no personal number, is a reference, not
# personal data.
_NUMBER_WORD = (
    r"\w+(?<!cpr)(?<!cpr-)(?<!person)(?<!pers)(?<!fødsels)(?<!födelse)(?<!telefon)(?<!tlf)"
    r"(?<!jobb)(?<!job)(?<!fastnet)(?<!hjemme)(?<!arbejds)(?<!kontakt)(?<!privat)(?<!direkte)"
    r"(?<!sms)(?<!tel)(?<!fastnät)(?<!hem)(?<!arbets)(?<!jobb-)"
    r"(?<!mobil)(?<!konto)(?<!account)(?<!clearing)(?<!reg)(?<!d-)(?<!samordnings)"
    r"(?<!identitets)(?<!id-)(?:nummer|nummeret|numret|nr|number|no)"
)
_REFERENCE_TAIL = (
    r"(?:en|et|n|s|er|erne|arna|ene)?(?:-(?:nummer\w*|numret|nr|number))?\.?:?"
    r"(?:\s*[,:]?\s*(?:er|is|är|var|was|min|mitt|mit|my|your|jeres|deres|er nu|is now|"
    r"nummer|number|nr|no)\b)*[\s,:#]*$"
)
_NOT_PERSONAL = LazyRegex(
    lambda: rf"(?<!\w)(?:{reference_words()}|{_NUMBER_WORD}|nr|no|#){_REFERENCE_TAIL}",
    re.IGNORECASE,
)
# words that name an identity number: a number after them is never a mere reference
_ID_CUE = re.compile(
    r"(?i:cpr|person(?:lig)?\s?(?:nummer|nr|no)|pers\.?\s?nr|personnummer|fødselsnummer\w*|"
    r"fødselsnr|fnr|pnr|d-nummer|samordningsnummer|national insurance|ni (?:number|no)|"
    r"personal (?:id|number)|identitetsnummer|id[- ]?(?:nummer|number|nr|no))"
)
# ... and, before a bare run of digits such as 20123456, also these short words
_PHONE_CONTEXT = LazyRegex(lambda: rf"(?<!\w)(?i:{phone_words()}|nr|på|on|at)\b")
# "my number", "nr. mitt": what follows is the writer's own (phone) number, not a reference
_OWN_NUMBER = re.compile(
    r"(?i:\bnr\.?\s+(?:min|mitt|mit|mi)\b|\b(?:mit|mitt|min|mi|my)\s+(?:nr|nummer|number)\b)"
    r"[\s\w:.,]{0,12}$"
)
# a mobile number in its national form (07x in Sweden and the UK) needs no announcing word
_TRUNK_MOBILE = re.compile(r"07\d{8,9}")
# a country calling code right before a number makes it a phone number
_COUNTRY_CODE = re.compile(r"(?:\+|00)\d{1,3}[ -]?(?:\(0\)[ -]?)?$")
# dates, times and year ranges that phone-number parsing may take for a number: a date or a
# time as the whole span, a span starting with a full date or "2024/…", "2019–2021"
_NOT_A_PHONE = re.compile(
    r"(?:\d{1,4}[./-]\d{1,2}[./-]\d{1,4}|\d{1,2}[.:]\d{2})$"
    r"|\d{1,2}[./-]\d{1,2}[./-](?:19|20)\d{2}\b|(?:19|20)\d{2}/\d"
    r"|(?:19|20)\d\d\s?[–—-]\s?(?:19|20)\d\d$"
)


# Text redacted earlier ("[PERSON]", "[PHONE_2]"): found again as what it stands for, so that
# analysing redacted text (a job spooled under never_store_raw) keeps its personal-data spans.
REDACTED = re.compile(
    r"\[(PERSON|EMAIL|PHONE|NATIONAL_ID|ADDRESS|ACCOUNT|CUSTOMER_REF)(?:_\d+)?\]"
)


@dataclass(frozen=True, slots=True)
class PiiSpan:
    """One piece of personal data: offsets into the text and its kind."""

    start: int
    end: int
    kind: str
    score: float = 1.0


def _blank_models(cache_dir: Path) -> list[dict[str, str]]:
    import spacy

    models = []
    for lang in languages():
        target = cache_dir / "spacy-blank" / lang
        if not (target / "config.cfg").exists():
            target.parent.mkdir(parents=True, exist_ok=True)
            spacy.blank(spacy_code(lang)).to_disk(target)
        models.append({"lang_code": lang, "model_name": str(target)})
    return models


class PiiDetector:
    """Finds personal data in texts of the four languages (others use the English set)."""

    def __init__(self, analyzer: Any, threshold: float = 0.3) -> None:
        self.analyzer = analyzer
        self.threshold = threshold

    @classmethod
    def build(cls, cache_dir: Path, order_refs: bool = False) -> PiiDetector:
        """Assemble the Presidio engine (nothing is downloaded); ``order_refs`` also reports
        order and invoice numbers (as ``customer_ref``)."""
        from presidio_analyzer import AnalyzerEngine, RecognizerRegistry
        from presidio_analyzer.nlp_engine import SpacyNlpEngine
        from presidio_analyzer.predefined_recognizers import PhoneRecognizer

        from .recognizers import (
            AccountFieldRecognizer,
            AddressRecognizer,
            BankAccountRecognizer,
            CustomerRefRecognizer,
            IbanRecognizer,
            NationalIdRecognizer,
            OfflineEmailRecognizer,
            PersonNameRecognizer,
            PossiblePhoneRecognizer,
            UkNinoRecognizer,
        )

        engine = SpacyNlpEngine(models=_blank_models(cache_dir))
        langs, regions = list(languages()), phone_regions()
        registry = RecognizerRegistry(supported_languages=langs)
        for lang in langs:
            for rec in (
                OfflineEmailRecognizer(supported_language=lang),
                PhoneRecognizer(supported_language=lang, supported_regions=regions),
                PossiblePhoneRecognizer(lang, regions), UkNinoRecognizer(lang),
                AccountFieldRecognizer(lang),
                IbanRecognizer(lang), NationalIdRecognizer(lang), BankAccountRecognizer(lang),
                AddressRecognizer(lang), PersonNameRecognizer(lang),
                CustomerRefRecognizer(lang, order_refs),
            ):  # fmt: skip
                registry.add_recognizer(rec)
        analyzer = AnalyzerEngine(nlp_engine=engine, registry=registry,
                                  supported_languages=langs)  # fmt: skip
        return cls(analyzer)

    def detect(self, text: str, lang: str) -> list[PiiSpan]:
        """Non-overlapping spans, in text order."""
        lang = language_of(lang)
        if lang not in self.analyzer.supported_languages:
            lang = "en"  # a pack added after the detector was built
        results = self.analyzer.analyze(
            text, language=lang, entities=_candidate_entities(text),
            nlp_artifacts=_LazyArtifacts(self.analyzer.nlp_engine, text, lang),
        )  # fmt: skip
        spans = [
            PiiSpan(m.start(), m.end(), m.group(1).lower(), 1.0) for m in REDACTED.finditer(text)
        ]
        for r in results:
            if r.score < self.threshold or r.entity_type not in KINDS:
                continue
            kind = KINDS[r.entity_type]
            before = text[max(0, r.start - 30) : r.start]
            if (kind in ("phone", "national_id", "account") and _NOT_PERSONAL.search(before)
                    and not (kind == "national_id" and _ID_CUE.search(before[-16:]))
                    and not (kind == "phone" and _OWN_NUMBER.search(before))):
                continue  # fmt: skip
            if kind in ("phone", "national_id", "account") and _inside_code(text, r.start, r.end):
                continue  # part of a longer code ("1Z223EW9927795006", "HH-4481-2290-B")
            value = text[r.start : r.end].strip()
            if kind == "phone" and (_NOT_A_PHONE.match(value)
                                    or sum(ch.isdigit() for ch in value) < 8):  # fmt: skip
                continue  # dates, times, year ranges, short numbers
            if (kind == "phone" and value.isdigit() and not _TRUNK_MOBILE.fullmatch(value)
                    and not _PHONE_CONTEXT.search(text[max(0, r.start - 40) : r.start])):
                continue  # a bare run of digits is a phone number only where one is expected
            start, end = _trim(text, r.start, r.end)
            cc = _COUNTRY_CODE.search(text, max(0, start - 8), start)
            if kind in ("account", "phone") and cc is not None:
                kind, start = "phone", cc.start()  # "+44 7700 900123": a phone number
            spans.append(PiiSpan(start, end, kind, round(float(r.score), 3)))
        return _resolve(spans, text)


# Prefilters that only skip recognizers whose every finding would be dropped anyway, so the
# spans are exactly those of running them all: every pattern of these kinds needs a digit
# (e-mail: an "@"), and detect() drops phone numbers with fewer than 8 digits.
_NEEDS_DIGIT = ("NATIONAL_ID", "IBAN_CODE", "BANK_ACCOUNT", "CUSTOMER_REF")


def _candidate_entities(text: str) -> list[str]:
    """The Presidio entities worth looking for in ``text`` (cheap character tests)."""
    digits = sum(map(str.isdigit, text))
    return [e for e in KINDS
            if not (e == "EMAIL_ADDRESS" and "@" not in text)
            and not (e == "PHONE_NUMBER" and digits < 8)
            and not (e in _NEEDS_DIGIT and digits == 0)]  # fmt: skip


class _LazyArtifacts:
    """Presidio's NLP artifacts (spaCy tokens and lemmas), computed on first use: only the
    context enhancement of a finding reads them, so a text without candidates never pays
    for spaCy's tokenizer. Same artifacts as Presidio's own call, hence the same spans."""

    __slots__ = ("_args", "_engine", "_real")

    def __init__(self, engine: Any, text: str, lang: str) -> None:
        self._engine = engine
        self._args = (text, lang)
        self._real: Any = None

    def __getattr__(self, name: str) -> Any:
        if self._real is None:
            self._real = self._engine.process_text(*self._args)
        return getattr(self._real, name)


def _inside_code(text: str, start: int, end: int) -> bool:
    """A letter or digit touches the span, directly or across a hyphen."""
    before, after = text[max(0, start - 2) : start], text[end : end + 2]
    before = before[:-1] if before.endswith("-") else before
    after = after[1:] if after.startswith("-") else after
    return (before[-1:].isalnum()) or (after[:1].isalnum())


_PAIR = {"(": ")", "[": "]", ")": "(", "]": "["}


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Drop an unbalanced bracket at either end of a span ("(05061876245")."""
    while start < end and text[start] in "([" and (
        text.count(_PAIR[text[start]], start, end) < text.count(text[start], start, end)
    ):  # fmt: skip
        start += 1
    while end > start and text[end - 1] in ")]" and (
        text.count(_PAIR[text[end - 1]], start, end) < text.count(text[end - 1], start, end)
    ):  # fmt: skip
        end -= 1
    return start, end


_PRIORITY = {"email": 6, "national_id": 5, "account": 4, "customer_ref": 4, "phone": 3,
             "address": 2, "person": 1}


def _priority(s: PiiSpan, text: str) -> float:
    # a number written with a country prefix (+45 / 0045) is a phone number, not an account
    if s.kind == "phone" and text[s.start : s.start + 2] in ("+4", "00"):
        return _PRIORITY["account"] + 0.5
    return _PRIORITY[s.kind]


def _resolve(spans: list[PiiSpan], text: str = "") -> list[PiiSpan]:
    """Keep the strongest of overlapping spans: one that contains another wins, then kind
    priority, then length, then score."""
    spans = [s for s in spans if not any(
        o is not s and o.start <= s.start and s.end <= o.end
        and (o.end - o.start) > (s.end - s.start) and _priority(o, text) >= _priority(s, text) - 2
        for o in spans
    )]  # fmt: skip
    ordered = sorted(spans, key=lambda s: (-_priority(s, text), -(s.end - s.start), -s.score))
    kept: list[PiiSpan] = []
    for s in ordered:
        if all(s.end <= k.start or s.start >= k.end for k in kept):
            kept.append(s)
    return sorted(kept, key=lambda s: s.start)
