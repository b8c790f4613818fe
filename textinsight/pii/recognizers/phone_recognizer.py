"""Phone numbers: Presidio's ``PhoneRecognizer`` (``phonenumbers``, allocated ranges of the
packs' regions and the neighbours'), with the checks a reader makes before calling a number
a phone number."""

from __future__ import annotations

import re

from presidio_analyzer import RecognizerResult
from presidio_analyzer.predefined_recognizers import PhoneRecognizer

from ..words import LazyRegex, phone_words
from .filters import after_reference, before, country_code_start, inside_code, trim

# before a bare run of digits such as 20123456: a phone word or one of these short words
PHONE_CONTEXT = LazyRegex(lambda: rf"(?<!\w)(?i:{phone_words()}|nr|på|on|at)\b")
# "my number", "nr. mitt": what follows is the writer's own (phone) number, not a reference
_OWN_NUMBER = re.compile(
    r"(?i:\bnr\.?\s+(?:min|mitt|mit|mi)\b|\b(?:mit|mitt|min|mi|my)\s+(?:nr|nummer|number)\b)"
    r"[\s\w:.,]{0,12}$"
)
# a mobile number in its national form (07x in Sweden and the UK) needs no announcing word
_TRUNK_MOBILE = re.compile(r"07\d{8,9}")
# dates, times and year ranges that phone-number parsing may take for a number: a date or a
# time as the whole span, a span starting with a full date or "2024/…", "2019–2021"
_NOT_A_PHONE = re.compile(
    r"(?:\d{1,4}[./-]\d{1,2}[./-]\d{1,4}|\d{1,2}[.:]\d{2})$"
    r"|\d{1,2}[./-]\d{1,2}[./-](?:19|20)\d{2}\b|(?:19|20)\d{2}/\d"
    r"|(?:19|20)\d\d\s?[–—-]\s?(?:19|20)\d\d$"
)


def finish_phone(text: str, result: RecognizerResult) -> RecognizerResult | None:
    """A phone number unless a reference word comes first (but "my number" does not count
    as one), it is part of a longer code, it is a date, a time or a year range, it has fewer
    than 8 digits, or it is a bare run of digits where no phone number is announced (a
    national mobile number excepted). A country code written before it joins the span."""
    if after_reference(text, result) and not _OWN_NUMBER.search(before(text, result)):
        return None
    if inside_code(text, result):
        return None
    value = text[result.start : result.end].strip()
    if _NOT_A_PHONE.match(value) or sum(ch.isdigit() for ch in value) < 8:
        return None
    if (
        value.isdigit()
        and not _TRUNK_MOBILE.fullmatch(value)
        and not PHONE_CONTEXT.search(before(text, result, 40))
    ):
        return None
    start, end = trim(text, result.start, result.end)
    cc = country_code_start(text, start)
    return RecognizerResult("PHONE_NUMBER", start if cc is None else cc, end, result.score)


class NordicPhoneRecognizer(PhoneRecognizer):
    """Presidio's phone recognizer, its findings finished by ``finish_phone``."""

    def __init__(self, supported_language: str, regions: tuple[str, ...]) -> None:
        super().__init__(supported_language=supported_language, supported_regions=regions)

    def finish(self, text: str, result: RecognizerResult) -> RecognizerResult | None:
        """See ``finish_phone``."""
        return finish_phone(text, result)
