"""Presidio recognizers for Nordic personal data (run fully offline).

Presidio's own e-mail, phone (``phonenumbers``) and IBAN recognizers are used as they are,
except that e-mail domains are checked against tldextract's bundled suffix list instead of a
download. Identity numbers, Nordic bank accounts, street addresses and person names are ours.
"""

from __future__ import annotations

import re
from typing import Any

from presidio_analyzer import EntityRecognizer, Pattern, PatternRecognizer, RecognizerResult
from presidio_analyzer.predefined_recognizers import EmailRecognizer

from . import names as namelists
from .validators import (
    cpr_mod11,
    cpr_valid,
    fnr_valid,
    iban_valid,
    no_account_valid,
    personnummer_valid,
)


class OfflineEmailRecognizer(EmailRecognizer):
    """E-mail addresses; the domain's suffix is checked without any network access."""

    _extract: Any = None

    def validate_result(self, pattern_text: str) -> bool:
        """A known public suffix after the @."""
        import tldextract

        if OfflineEmailRecognizer._extract is None:
            OfflineEmailRecognizer._extract = tldextract.TLDExtract(
                suffix_list_urls=(), cache_dir=None
            )
        return bool(OfflineEmailRecognizer._extract(pattern_text.split("@")[-1]).suffix)


class NationalIdRecognizer(PatternRecognizer):
    """Danish CPR, Norwegian fødselsnummer / D-nummer, Swedish personnummer and
    samordningsnummer — each accepted only when its date and check digits are valid."""

    PATTERNS = [
        Pattern("cpr", r"(?<![\d-])\d{6}-?\d{4}(?![\d-])", 0.6),
        Pattern("fnr", r"(?<![\d-])\d{6} ?\d{5}(?![\d-])", 0.6),
        Pattern("personnummer", r"(?<![\d-])(?:19|20)?\d{6}[-+]?\d{4}(?![\d-])", 0.6),
    ]
    CONTEXT = ["cpr", "cpr-nummer", "personnummer", "fødselsnummer", "personnr", "pnr",
               "personal", "id", "samordningsnummer", "d-nummer", "fnr"]  # fmt: skip

    def __init__(self, supported_language: str) -> None:
        super().__init__(
            supported_entity="NATIONAL_ID", patterns=self.PATTERNS, context=self.CONTEXT,
            supported_language=supported_language,
        )  # fmt: skip

    def validate_result(self, pattern_text: str) -> bool:
        """True when any of the three national checks passes."""
        digits = re.sub(r"\D", "", pattern_text)
        if len(digits) == 11:
            return fnr_valid(digits)
        if len(digits) == 12:
            return personnummer_valid(digits)
        if personnummer_valid(digits):
            return True
        # a dash-less 10-digit number is only a CPR when it also passes modulus 11
        return cpr_valid(digits) and ("-" in pattern_text or cpr_mod11(digits))


class BankAccountRecognizer(PatternRecognizer):
    """Danish reg.+konto, Norwegian 11-digit accounts (mod 11), Swedish clearing+account,
    and UK sort code + account numbers."""

    PATTERNS = [
        Pattern("no", r"(?<![\d.])\d{4}[. ]\d{2}[. ]\d{5}(?![\d.])", 0.5),
        Pattern("dk", r"(?<![\d-])\d{4}[ -]\d{6,10}(?![\d-])", 0.3),
        Pattern(
            "se", r"(?<![\d-])\d{4}(?:-\d)?[, ]\s?\d{1,3}(?: ?\d{3}){2,3}(?:-\d)?(?![\d-])", 0.3
        ),
        Pattern("uk", r"(?<!\d)\d{2}-\d{2}-\d{2}[ ,]+\d{8}(?!\d)", 0.5),
    ]  # fmt: skip
    CONTEXT = ["konto", "kontonummer", "kontonr", "reg", "reg.nr", "registreringsnummer",
               "account", "clearing", "clearingnummer", "bankkonto", "sort", "overfør",
               "overføre", "betal", "indbetal", "sätt", "insättning"]  # fmt: skip

    def __init__(self, supported_language: str) -> None:
        super().__init__(
            supported_entity="BANK_ACCOUNT", patterns=self.PATTERNS, context=self.CONTEXT,
            supported_language=supported_language,
        )  # fmt: skip

    def validate_result(self, pattern_text: str) -> bool | None:
        """Norwegian numbers must pass modulus 11; others are decided by context."""
        digits = re.sub(r"\D", "", pattern_text)
        if re.fullmatch(r"\d{4}[. ]\d{2}[. ]\d{5}", pattern_text):
            return no_account_valid(digits)
        return None


class IbanRecognizer(PatternRecognizer):
    """IBANs with their mod-97 check (grouped or not)."""

    PATTERNS = [
        Pattern("iban", r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?\b", 0.5)
    ]

    def __init__(self, supported_language: str) -> None:
        super().__init__(supported_entity="IBAN_CODE", patterns=self.PATTERNS,
                         supported_language=supported_language)  # fmt: skip

    def validate_result(self, pattern_text: str) -> bool:
        """Mod 97."""
        return iban_valid(pattern_text)


_STREET = (r"(?:gade|gaden|vej|vejen|gata|gatan|vägen|väg|veien|vei|vegen|gate|gaten|allé|alle|"
           r"plads|plass|torv|torg|torget|stræde|strædet|backe|backen|gränd|stien|"
           r"street|road|avenue|lane|drive|way|close|square)")  # fmt: skip
_CAP = r"[A-ZÆØÅÄÖÜ][\wæøåäöüé'.\-]*"


class AddressRecognizer(PatternRecognizer):
    """Street addresses with a house number, optionally with floor, postcode and town."""

    PATTERNS = [
        Pattern("nordic",
                rf"\b(?:{_CAP} ){{0,3}}[\wæøåäöüÆØÅÄÖÜ'\-]*{_STREET}\b\.?\s\d{{1,4}}[A-Za-z]?"
                r"(?:,?\s(?:\d{1,2}\.?\s?(?:th|tv|mf|sal|[A-Z])\b\.?|[A-Z]\b))?"
                r"(?:,?\s\d{3}\s?\d{0,2}\s[A-ZÆØÅÄÖ][\wæøåäö]+(?:\s[A-ZØ]\b)?)?", 0.6),
        Pattern("english", rf"\b\d{{1,4}}[A-Za-z]? (?:{_CAP} ){{1,3}}{_STREET}\b", 0.6),
    ]  # fmt: skip

    def __init__(self, supported_language: str) -> None:
        super().__init__(supported_entity="STREET_ADDRESS", patterns=self.PATTERNS,
                         supported_language=supported_language)  # fmt: skip


_TITLE = r"(?:fru|frue|hr|herr|frk|fröken|Mr|Mrs|Ms|Miss|Dr|dr)\.?"
_NAMED = (r"(?:hedder|hed|hedte|heter|het|hette|heitte|named|called|navn(?:et)? (?:er|var)|"
          r"namn(?:et)? (?:är|var)|name (?:is|was))")  # fmt: skip
_WORD = re.compile(r"[A-ZÆØÅÄÖÜa-zæøåäöüé][\wæøåäöüé]*(?:-[A-ZÆØÅÄÖÜ][\wæøåäöüé]*)?")
_ROLE = frozenset("i r q a int intervjuare interviewer intervjuer moderator kund kunde kunden "
                  "customer respondent resp deltager deltaker deltagare svar spørgsmål dato "
                  "date deltagere participants note noter".split())  # fmt: skip
_NOT_AFTER = re.compile(rf"^\s*(?:'s\s+(?:[A-ZÆØÅ]\w*)|s\s+{_STREET}|{_STREET}|\w*{_STREET}\b)")


class PersonNameRecognizer(EntityRecognizer):
    """Person names without a trained NER model: first names and surnames from Faker's
    lists, titles ("fru Hansen", "Mr Patel"), "hedder / heter / named X", and speaker tags of
    transcripts. A capitalised first name that is also a common word needs such evidence."""

    def __init__(self, supported_language: str) -> None:
        super().__init__(supported_entities=["PERSON"], supported_language=supported_language,
                         name=f"PersonNameRecognizer_{supported_language}")  # fmt: skip
        self.first = namelists.first_names()
        self.last = namelists.last_names()

    def load(self) -> None:
        """Nothing to load (lists are read lazily)."""

    def _is_name(self, w: str) -> bool:
        return w.lower() in self.first or w.lower() in self.last

    def analyze(self, text: str, entities: list[str], nlp_artifacts: Any = None
                ) -> list[RecognizerResult]:  # fmt: skip
        """Spans of person names."""
        spans: list[tuple[int, int, float]] = []
        words = list(_WORD.finditer(text))
        i = 0
        while i < len(words):
            m = words[i]
            w = m.group()
            prev = text[max(0, m.start() - 12) : m.start()]
            titled = re.search(rf"\b{_TITLE}\s+$", prev) is not None
            named = re.search(rf"\b{_NAMED}\s+$", text[max(0, m.start() - 16) : m.start()])
            line_start = text.rfind("\n", 0, m.start()) + 1
            tag = (text[line_start : m.start()].strip(" \t[]0123456789:.-") == ""  # noqa: B005
                   and re.match(r"[\w .\-]{0,40}:\s", text[m.start():]) is not None)  # fmt: skip
            first_ok = w[0].isupper() and w.lower() in self.first
            ambiguous = w.lower() in namelists.AMBIGUOUS
            if w[0].isupper() and (titled or named or (first_ok and not ambiguous) or tag
                                   or (first_ok and i + 1 < len(words)
                                       and self._surname_next(text, m, words[i + 1]))):  # fmt: skip
                if tag and w.lower() in _ROLE:
                    i += 1
                    continue
                start, end, j = m.start(), m.end(), i
                while j + 1 < len(words) and self._surname_next(text, words[j], words[j + 1]):
                    j += 1
                    end = words[j].end()
                if _NOT_AFTER.match(text[end : end + 30]):
                    i = j + 1
                    continue  # "Karl Johans gate", "Annas Bageri": a place or a shop
                score = 0.85 if (titled or named or tag or j > i) else 0.6
                spans.append((start, end, score))
                i = j + 1
                continue
            i += 1
        return [RecognizerResult("PERSON", a, b, s) for a, b, s in spans]

    def _surname_next(self, text: str, cur: Any, nxt: Any) -> bool:
        between = text[cur.end() : nxt.start()]
        w = nxt.group()
        return (between in (" ", "-") and w[0].isupper()
                and (w.lower() in self.last or w.lower().endswith(("sen", "son", "sson", "strøm",
                                                                    "berg", "lund", "gaard")))
                )  # fmt: skip
