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

from ..lang import alternation
from . import names as namelists
from .validators import (
    cpr_mod11,
    cpr_valid,
    fnr_valid,
    iban_valid,
    no_account_valid,
    personnummer_valid,
)
from .words import MONTHS, NOT_A_NAME, NOT_STREETS, ROLE, LazyRegex, phone_words, street_words


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


class PossiblePhoneRecognizer(EntityRecognizer):
    """Numbers that have a phone number's shape (``phonenumbers``' POSSIBLE leniency) but are
    not in an allocated range — new ranges, Ofcom's drama numbers — accepted only with the
    evidence a reader uses: a country code written before them, or a word announcing a phone
    number right before them. Allocated numbers come from Presidio's recognizer."""

    CUE = LazyRegex(lambda: rf"(?<!\w)(?i:{phone_words()})\b")

    def __init__(self, supported_language: str, regions: tuple[str, ...]) -> None:
        super().__init__(supported_entities=["PHONE_NUMBER"], supported_language=supported_language,
                         name=f"PossiblePhoneRecognizer_{supported_language}")  # fmt: skip
        self.regions = regions

    def load(self) -> None:
        """Nothing to load."""

    def analyze(self, text: str, entities: list[str], nlp_artifacts: Any = None
                ) -> list[RecognizerResult]:  # fmt: skip
        """Spans of possible, unallocated phone numbers with a country code or a cue."""
        import phonenumbers

        found: dict[tuple[int, int], RecognizerResult] = {}
        for lo, hi in self._windows(text):
            part = text[lo:hi]
            for region in self.regions:
                for m in phonenumbers.PhoneNumberMatcher(part, region,
                                                         leniency=phonenumbers.Leniency.POSSIBLE):
                    start, end = lo + m.start, lo + m.end
                    if phonenumbers.is_valid_number(m.number) or (start, end) in found:
                        continue
                    if (sum(ch.isdigit() for ch in m.raw_string) < 8
                            or re.fullmatch(r"\d{6}[-+]\d{4}", m.raw_string)):  # fmt: skip
                        continue  # prices and counts are "possible" numbers; 6+4 is ID-shaped
                    prefixed = m.raw_string.startswith(("+", "00"))
                    if prefixed or self.CUE.search(text[max(0, start - 25) : start]):
                        found[(start, end)] = RecognizerResult("PHONE_NUMBER", start, end, 0.5)
        return list(found.values())

    _PREFIX = re.compile(r"(?:\+|(?<!\d)00)\d")

    def _windows(self, text: str) -> list[tuple[int, int]]:
        """The only stretches where an accepted number can be: after "+" / "00", or up to 25
        characters after a phone word (parsing the whole text is the costly part)."""
        spans = [(m.start(), m.start() + 24) for m in self._PREFIX.finditer(text)]
        spans += [(m.end(), m.end() + 50) for m in self.CUE.finditer(text)]
        merged: list[tuple[int, int]] = []
        for lo, hi in sorted(spans):
            while lo > 0 and text[lo - 1] in "0123456789 -()+":
                lo -= 1  # never cut a number: "4471 0098 1123" is one
            while hi < len(text) and text[hi] in "0123456789 -()":
                hi += 1
            if merged and lo <= merged[-1][1]:
                merged[-1] = (merged[-1][0], max(merged[-1][1], hi))
            else:
                merged.append((lo, min(hi, len(text))))
        return merged


class NationalIdRecognizer(PatternRecognizer):
    """Danish CPR, Norwegian fødselsnummer / D-nummer, Swedish personnummer and
    samordningsnummer — each accepted only when its date and check digits are valid."""

    PATTERNS = [
        Pattern("cpr", r"(?<![\d-])\d{6}[- ]?\d{4}(?![\d-])", 0.6),
        Pattern("fnr", r"(?<![\d-])\d{6} ?\d{5}(?![\d-])", 0.6),
        Pattern("personnummer", r"(?<![\d-])(?:19|20)?\d{6}[-+ ]?\d{4}(?![\d-])", 0.6),
    ]
    CONTEXT = ["cpr", "cpr-nummer", "personnummer", "fødselsnummer", "personnr", "pnr",
               "personal", "id", "samordningsnummer", "d-nummer", "fnr"]  # fmt: skip

    def __init__(self, supported_language: str) -> None:
        super().__init__(
            supported_entity="NATIONAL_ID", patterns=self.PATTERNS, context=self.CONTEXT,
            supported_language=supported_language, global_regex_flags=_FLAGS,
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
        Pattern("no", r"(?<![\d.])\d{4}[. ]?\d{2}[. ]?\d{5}(?!\.?\d)", 0.5),
        Pattern("dk", r"(?<![\d-])\d{4}[ -]\d{6,10}(?![\d-])", 0.3),
        Pattern("se", r"(?<![\d-])[1-9]\d{3}(?:-\d)?[, ]\s?\d{1,3}(?: ?\d{3}){2,3}(?:-\d)?"
                      r"(?![\d-])", 0.3),
        Pattern("se2", r"(?<![\d-])[1-9]\d{3}(?:-\d)?[, ]\s?(?:\d ?){6,9}\d(?:-\d)?(?![\d-])",
                0.3),
        Pattern("uk", r"(?<!\d)\d{2}-\d{2}-\d{2}[ ,]+\d{8}(?!\d)", 0.5),
    ]  # fmt: skip
    CONTEXT = ["konto", "kontonummer", "kontonr", "reg", "reg.nr", "registreringsnummer",
               "account", "clearing", "clearingnummer", "bankkonto", "sort", "overfør",
               "overføre", "betal", "indbetal", "sätt", "insättning"]  # fmt: skip

    def __init__(self, supported_language: str) -> None:
        super().__init__(
            supported_entity="BANK_ACCOUNT", patterns=self.PATTERNS, context=self.CONTEXT,
            supported_language=supported_language, global_regex_flags=_FLAGS,
        )  # fmt: skip

    def validate_result(self, pattern_text: str) -> bool | None:
        """Norwegian numbers must pass modulus 11; others are decided by context."""
        digits = re.sub(r"\D", "", pattern_text)
        if re.fullmatch(r"\d{4}[. ]?\d{2}[. ]?\d{5}", pattern_text):
            return no_account_valid(digits)
        return None


class UkNinoRecognizer(PatternRecognizer):
    """UK National Insurance numbers (HMRC's prefix rules: no D, F, I, Q, U, V; no O second;
    not BG, GB, KN, NK, NT, TN, ZZ), with or without spaces; grouped in pairs as HMRC writes
    them ("QQ 12 34 56 C"), only the pairs that are never issued are refused."""

    PATTERNS = [
        Pattern("nino", r"\b(?!BG|GB|KN|NK|NT|TN|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]"
                        r" ?\d{2} ?\d{2} ?\d{2} ?[A-D]\b", 0.6),
        # written in HMRC's own grouping, letters outside the first-letter rules are taken
        # too ("QQ 12 34 56 C", the prefix HMRC's examples and forms use); never the pairs
        # that are not issued at all
        Pattern("nino_grouped", r"\b(?!BG|GB|KN|NK|NT|TN|ZZ)[A-Z]{2} \d{2} \d{2} \d{2} [A-D]\b",
                0.6),
    ]  # fmt: skip

    def __init__(self, supported_language: str) -> None:
        super().__init__(supported_entity="NATIONAL_ID", patterns=self.PATTERNS,
                         supported_language=supported_language,
                         global_regex_flags=_FLAGS)  # fmt: skip


class AccountFieldRecognizer(EntityRecognizer):
    """A bank number given as a labelled field: "sort code 20-45-77, account 41882630",
    "Clearingnummer 8105-9, kontonummer 914 772 305-1", "kontonr. 1234 5678901"."""

    FIELD = re.compile(
        r"(?i:sort[ -]?code|clearing(?:nummer|nr)?|reg(?:istrerings)?(?:\.|nummer|nr)?\.?|"
        r"konto(?:nummer|nr)?|bankkonto(?:nummer|nr)?|account(?: number| no)?|acc(?:ount)? no)"
        r"\.?:?\s*(?:(?:är|er|is)\s+)?(\d[\d -]{2,17}\d(?:-\d)?)(?![\d-])"
    )

    def __init__(self, supported_language: str) -> None:
        super().__init__(supported_entities=["BANK_ACCOUNT"], supported_language=supported_language,
                         name=f"AccountFieldRecognizer_{supported_language}")  # fmt: skip

    def load(self) -> None:
        """Nothing to load."""

    def analyze(self, text: str, entities: list[str], nlp_artifacts: Any = None
                ) -> list[RecognizerResult]:  # fmt: skip
        """The number after each field label (at least four digits)."""
        out = []
        for m in self.FIELD.finditer(text):
            value = m.group(1).rstrip(" -")
            if sum(ch.isdigit() for ch in value) >= 4:
                out.append(RecognizerResult("BANK_ACCOUNT", m.start(1),
                                            m.start(1) + len(value), 0.6))  # fmt: skip
        return out


# identifiers that point to one customer (GDPR personal data): customer, policy, membership
_CUSTOMER_CUE = (
    r"kunde-?(?:nummer(?:et)?|nr|id)|kund-?(?:nummer|numret|nr|id)|customer (?:number|no|id|ref)|"
    r"client (?:number|no|id|ref)|account (?:ref|reference)|"
    r"polic(?:y|e)(?: number| no|nummer(?:et)?|nr)?|polis(?:e)?(?:nummer|nr|numret)|"
    r"forsikrings(?:nummer(?:et)?|nr)|försäkrings(?:nummer|numret|nr)|"
    r"medlems(?:nummer(?:et)?|numret|nr)|member(?:ship)? (?:number|no|id)|"
    r"(?:avtale|aftale|avtals|kontrakt|kontrakts|abonnements|abonnemangs)(?:nummer|numret|nr)|"
    r"(?:agreement|contract|subscriber|subscription) (?:number|no)"
)
# order and invoice numbers: personal data only when the settings say so (pii_order_refs)
_ORDER_CUE = (
    r"ordre(?:nummer(?:et)?|nr)?|order(?: number| no|nummer|numret|nr)?|bestilling(?:snummer|snr)?|"
    r"beställning(?:snummer|snr)?|faktura(?:nummer(?:et)?|numret|nr)?|invoice(?: number| no)?"
)
_REF_VALUE = (
    r"[.:,]*\s*(?:(?:is|er|är|was|var|nr|no|nummer|number|min|mitt|mit|mi|my|#)[.:,]*\s*)*"
    r"((?:[A-Z]{1,4}[- ]?)?\d[\d]*(?:[-/. ]\d+)*(?:-?[A-Z]{1,3})?)(?![\w-])"
)


class CustomerRefRecognizer(EntityRecognizer):
    """A number that identifies one customer, written after its label: "kundenr. 5512-0934",
    "kundnummer 1004-58872", "policy number CR-44719020", "medlemsnummer 88213" (at least
    four digits); with ``order_refs`` also order and invoice numbers."""

    def __init__(self, supported_language: str, order_refs: bool = False) -> None:
        super().__init__(supported_entities=["CUSTOMER_REF"],
                         supported_language=supported_language,
                         name=f"CustomerRefRecognizer_{supported_language}")  # fmt: skip
        cue = _CUSTOMER_CUE + ("|" + _ORDER_CUE if order_refs else "")
        self.pattern = re.compile(rf"(?<!\w)(?i:(?:my |min |mitt |mit |vårt |vores |our )?"
                                  rf"(?:{cue}))\b{_REF_VALUE}")  # fmt: skip

    def load(self) -> None:
        """Nothing to load."""

    def analyze(self, text: str, entities: list[str], nlp_artifacts: Any = None
                ) -> list[RecognizerResult]:  # fmt: skip
        """The identifier after each label."""
        out = []
        for m in self.pattern.finditer(text):
            value = m.group(1).rstrip(" .-/")
            if sum(ch.isdigit() for ch in value) >= 4:
                out.append(RecognizerResult("CUSTOMER_REF", m.start(1),
                                            m.start(1) + len(value), 0.7))  # fmt: skip
        return out


class IbanRecognizer(PatternRecognizer):
    """IBANs with their mod-97 check (grouped or not)."""

    PATTERNS = [
        Pattern("iban", r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?\b", 0.5)
    ]

    def __init__(self, supported_language: str) -> None:
        super().__init__(supported_entity="IBAN_CODE", patterns=self.PATTERNS,
                         supported_language=supported_language,
                         global_regex_flags=_FLAGS)  # fmt: skip

    def validate_result(self, pattern_text: str) -> bool:
        """Mod 97."""
        return iban_valid(pattern_text)


_CAP = r"[A-ZÆØÅÄÖÜ][\wæøåäöüé'’.\-]*"
_FLAGS = re.DOTALL | re.MULTILINE  # case matters: "Gade 3" is an address, "gade 3" prose
_FLOOR = (r"(?:\d{1,2}\.?\s?(?:sal|th|tv|mf|etasje|etg|tr|floor)\b\.?(?:\s?(?:th|tv|mf)\b\.?)?"
          r"|st\.?\s?(?:th|tv|mf)\b\.?|lgh\.?\s?\d{4}|[A-Z]\b)")  # fmt: skip
_POSTTOWN = (r"(?:\d{4}|\d{3}\s\d{2})\s[A-ZÆØÅÄÖ][\wæøåäö]+"
             r"(?:\s(?:[A-ZÆØ]{1,2}|Øst|Vest|Syd|Nord|Centrum|Sentrum)\b)?")
_UK_POSTCODE = r"[A-Z]{1,2}\d[A-Z\d]?\s\d[A-Z]{2}"


class AddressRecognizer(PatternRecognizer):
    """Street addresses with a house number, optionally with floor, postcode and town
    (Nordic: "Ryesgade 31, 2. th, 2200 København N"; UK: "Flat 3, 27 Marlborough Road,
    Bristol BS6 5QT")."""

    @staticmethod
    def build_patterns() -> list[Pattern]:
        """The patterns, with the street words of the language packs."""
        street = street_words()
        return [
        Pattern("nordic",
                rf"(?<![\w])(?:(?:{_CAP}|[IVX]+['’]s) ){{0,3}}[A-ZÆØÅÄÖ]?[\wæøåäöü'\-]*"
                rf"(?i:{street})\b\.?\s\d{{1,4}}(?:\s?[A-Za-z]\b)?"
                rf"(?:,?\s{_FLOOR})*(?:(?:,\s{_CAP})?,?\s{_POSTTOWN})?", 0.6),
        # any street name when a postcode and town follow ("Bakkedraget 9, 9370 Hals")
        Pattern("nordic_postcode",
                rf"(?<![\w])(?:{_CAP} ){{0,2}}{_CAP}\s\d{{1,4}}(?:\s?[A-Za-z]\b)?"
                rf"(?:,?\s{_FLOOR})*(?:,\s{_CAP})?,?\s{_POSTTOWN}", 0.55),
        Pattern("english",
                rf"(?<![\w])(?:(?:Flat|Apartment|Apt\.?) \d+[A-Z]?,\s)?"
                rf"(?:(?:{_CAP} )+(?:House|Court|Building|Mansions|Lodge|Cottage),\s)?"
                rf"\d{{1,4}}[A-Za-z]? (?:{_CAP} ){{1,3}}"
                rf"(?i:{street})\b(?:(?:,\s[A-Z][a-z]+(?:\s[A-Z][a-z]+)?){{1,2}}\s{_UK_POSTCODE})?",
                0.6),
    ]  # fmt: skip

    def __init__(self, supported_language: str) -> None:
        super().__init__(supported_entity="STREET_ADDRESS", patterns=self.build_patterns(),
                         supported_language=supported_language,
                         global_regex_flags=_FLAGS)  # fmt: skip

    def validate_result(self, pattern_text: str) -> bool | None:
        """Not a word that only ends like a street ("Interview 7 – …", "Review 2", "Alle 3")."""
        m = re.search(r"([\wæøåäöü'\-]+)\.?\s\d", pattern_text)
        if m is not None and m.group(1).lower() in NOT_STREETS:
            return False
        return None


_TITLE = r"(?i:fru|frue|hr|herr|frk|fröken|mr|mrs|ms|miss|dr|doktor)\.?"
_NAMED = (r"(?i:hedder|hed|hedte|heter|het|hette|heitte|named|called|navn(?:et)? (?:er|var)|"
          r"namn(?:et)? (?:är|var)|name (?:is|was)|name:|navn:|namn:|"
          r"(?:mitt|mit|my) (?:fulde |fulle |fullständiga |full )?(?:navn|namn|name)|"
          r"(?:registrert|registreret|registrerad|registered|står|stod) (?:på|to|in the name of)|"
          r"(?:me|mig|meg|jeg|jag|mine|myself|undertegnede|undertecknad)\s?[,(]|"
          r"det er jeg,|det är jag,|it's me,)")  # fmt: skip
# a chatbot's name: "Nora (chatbot):", "Jeg er Viggo, din digitale assistent"
_BOT_AFTER = re.compile(
    r"^\s*(?:\((?i:chat)?bot\)|,\s*(?i:din|din|your|er|är)?\s*(?i:digitale?|virtuelle?|"
    r"virtual|digitala)?\s*(?i:assistent|assistant|chatbot|chattbot|bot))"
)
# a company, not a person: "Aas Rør og Varme AS", "Clarke & Sons Logistics Ltd"
_COMPANY_AFTER = re.compile(
    r"^(?:\s+(?:[A-ZÆØÅÄÖ]\w*|og|och|and|&))*\s+(?:AS|A/S|ASA|AB|ApS|Ltd|Limited|plc|GmbH|Oy|"
    r"Inc|LLC|IVS|I/S|HB|KB)\b"
)
_TITLED = re.compile(rf"\b{_TITLE}\s+$")
_NAMED_BEFORE = re.compile(rf"{_NAMED}\s+$")
_AT_PLACE = re.compile(r"^\s+(?:fra|från|from|på|at|hos)\s+[A-ZÆØÅÄÖ]")
_INITIAL_BEFORE = re.compile(r"(?<![\w.])[A-ZÆØÅÄÖ]\.\s$")
# an initial without its period after a title: "Miss P Shah", "Mr J Okafor"
_TITLED_INITIAL = re.compile(rf"\b{_TITLE}\s+([A-ZÆØÅÄÖ]\s)$")
# a self-introduction: "I'm Priya Shah", "jeg er Tone", "jag är Linnea"
_SELF_BEFORE = re.compile(r"(?:\b(?i:i'm|i’m|i am|jeg er|jag är|eg er)\s+)$")
# "I'm Danish", "jeg er Glad": a capitalised word after "I'm" that names no person
# a company or product written like a name ("Nordlink", "Kundeservice", "SuperMobil")
_BRANDISH = re.compile(
    r"(?i:\w*(?:link|bank|banken|nett|telia|energi|energy|power|shop|store|care|mobil|mobile|"
    r"data|tech|app|pay|forsikring|försäkring|insurance|group|gruppen|service|support|online|"
    r"direct|direkte|fiber|bredbånd))$"
    r"|\w+[a-zæøåäö][A-ZÆØÅÄÖ]\w*$"
)
_SIGNOFF = re.compile(r"(?:^|\n)[ \t]*[-–—/][ \t]*$")  # "– Adebayo" closing a message
# words right before a name: thanks, kinship and role words ("tak til", "my husband,")
_THANKS_WORDS = (r"tak|takk|tack|thanks|thank you|cheers|hilsen|hälsning|shout ?out|shoutout|"
                 r"kudos|ros")
_THANKS = re.compile(rf"(?i:\b(?:{_THANKS_WORDS})\s*,?\s*(?:til|till|to)?\s*)$")
# words right before a name that is in no name list: thanks ("thank you Priya") or a
# self-introduction; the word must also look like a name (see PersonNameRecognizer._unlisted)
_UNLISTED_CUE = re.compile(rf"(?:(?i:\b(?:{_THANKS_WORDS}))\s*,?\s*(?i:(?:til|till|to)\s+)?)$")
# words right after a name: where the person works ("Mette fra kundeservice", "Ewan at ...")
_CUE_AFTER = re.compile(r"^,?\s+(?:fra|från|from|at|på|i|hos|on|in|in the|ved)\s+\w")
_PLACE_BEFORE = re.compile(r"(?i:\b(?:på|at|i|in)\s+)$")
# people named by their role or relation: "Farmasøyten Nasrin", "Handläggare Nilsson",
# "Montøren, Rune,", "min søn mikkel", "datteren min Kaja", "my flatmate Zainab"; form fields
# and sign-offs: "Kontaktperson: Åsmund Nilsen", "Name on account:", "Regards," (the words of
# the language packs: staff in compounds too, "kundtjänstmedarbetare", "afdelingsformanden")
def _role_words() -> str:
    """The role, relation, form-field and sender words of the packs, with their endings."""
    return (
        rf"\w*(?:{alternation('staff_words_re')})(?:en|n|et|nen|a|ne|erne|arna|ene|s)?"
        rf"|(?:{alternation('relation_words_re')})(?:en|n|et|nen|a|ne|s)?"
        rf"|(?:{alternation('field_words_re')})\s*:?(?:\s*(?:is|er|är|was|var))?"
        rf"|(?:{alternation('sender_words_re')})\s*:"
    )


_ROLE_WORD = LazyRegex(lambda: rf"(?i:{_role_words()})")
# words right before a known first name: thanks, "til / med", a relation or a role (a narrower
# list than the role words, which name any capitalised word; the two decide different things)
_CUE_BEFORE = re.compile(
    rf"(?i:\b(?:{_THANKS_WORDS})\s*,?\s*(?:til|till|to)?\s*|\b(?:til|till|to|med|with)\s+|"
    r"\b(?:mand|mann|man|kone|hustru|fru|wife|husband|partner|sambo|kæreste|kjæreste|datter|"
    r"dotter|daughter|søn|sønn|son|mor|far|mother|father|mum|mom|dad|kollega|colleague|"
    r"informant|participant|deltager|deltaker|deltagare|respondent|sælger|selger|säljare|"
    r"montør|tekniker|technician|chauffør|sjåfør|driver|bud|budet|courier)\s*,?\s+)$"
)
_ROLE_CUE = LazyRegex(lambda: (
    rf"(?i:\b(?:{_role_words()})(?:\s+(?:min|mi|mitt|mit|my|our|vores|vår|våre|vårt))?"
    r"\s*[,(]?\s*(?:(?:en|ett|ei|a|an)\s+)?)$"
))
_BOT_BEFORE = re.compile(r"(?i:\w*bot\w*|assistent\w*|assistant)\W{0,3}\w*\W{0,3}$")
_FAMILY_AFTER = re.compile(r"^\s+(?i:family|familie|familj|household)\b")
_AND = re.compile(r"\s+(?:og|och|and|eller|or)\s+$", re.IGNORECASE)
_WORD = re.compile(
    r"@[\w.]*\w|[A-ZÆØÅÄÖÜa-zæøåäöüé][\wæøåäöüé]*(?:['’][A-Z][\wæøåäöüé]*)?"
    r"(?:-[A-ZÆØÅÄÖÜ][\wæøåäöüé]*)*"
)
_STREET_WORD = LazyRegex(lambda: rf"(?i:\w*{street_words()})$")
_NOT_AFTER = LazyRegex(lambda: (
    rf"^[ \t]*(?:'s\s+(?:[A-ZÆØÅ]\w*)|s\s+(?i:{street_words()})|(?i:{street_words()})\b"
    rf"|\w*{street_words()}\b)"
))


class PersonNameRecognizer(EntityRecognizer):
    """Person names without a trained NER model: first names and surnames from Faker's
    lists, titles ("fru Hansen", "Mr Patel"), "hedder / heter / named X", thanks and kinship
    words before a name ("tak til", "my husband,"), a workplace after it ("Mette fra
    kundeservice"), @handles that start with a first name, and speaker tags of transcripts.
    A first name that is also a common word, or a lower-cased one, needs such evidence; a name
    joined to "&" or a hyphenated product word, or after "på/at <...>", is a shop or a brand."""

    def __init__(self, supported_language: str) -> None:
        super().__init__(supported_entities=["PERSON"], supported_language=supported_language,
                         name=f"PersonNameRecognizer_{supported_language}")  # fmt: skip
        self.first = namelists.first_names()
        self.last = namelists.last_names()
        self.stop = namelists.stop_words(supported_language)

    def load(self) -> None:
        """Nothing to load (lists are read lazily)."""

    def _first(self, w: str) -> bool:
        parts = w.split("-")
        return all(p.lower() in self.first for p in parts)

    def _sentence_start(self, text: str, pos: int) -> bool:
        before = text[:pos].rstrip(" \t\"'(«“")
        return not before or before[-1] in ".!?:\n/"

    def _speaker_tag(self, text: str, m: Any) -> bool:
        """``Karin: ...`` at a line or turn start: a name-like tag of one to three words."""
        line_start = max(text.rfind("\n", 0, m.start()), text.rfind(" / ", 0, m.start()) + 2)
        head = text[line_start + 1 if line_start >= 0 else 0 : m.start()]
        if head.strip(" \t[]0123456789:.-") != "":  # noqa: B005
            return False
        tag = re.match(r"([A-ZÆØÅÄÖ][\w\-]*(?: [A-ZÆØÅÄÖ][\w\-]*){0,2})\s?(?:\(\w+\))?:\s",
                       text[m.start() :])  # fmt: skip
        if tag is None or m.group().lower() in ROLE:
            return False
        # a tag that is a known name, or that opens at least two turns of the text
        return (
            self._first(m.group())
            or m.group().lower() in self.last
            or (len(re.findall(rf"(?:^|\n|/ ){re.escape(tag.group(1))}:", text)) >= 2)
        )

    def _handle(self, w: str) -> bool:
        """@handles that start with a first name (``@jonas.berg``, ``@tomharding``)."""
        h = w[1:].lower()
        parts = re.split(r"[._]", h)
        if len(parts) > 1:
            return parts[0] in self.first
        return any(h[:k] in self.first for k in range(3, min(len(h) - 2, 9) + 1))

    def analyze(self, text: str, entities: list[str], nlp_artifacts: Any = None
                ) -> list[RecognizerResult]:  # fmt: skip
        """Spans of person names."""
        spans: list[tuple[int, int, float]] = []
        words = list(_WORD.finditer(text))
        i = 0
        while i < len(words):
            m = words[i]
            w = m.group()
            if w.startswith("@"):
                if self._handle(w) and not w[1:2].isupper():
                    spans.append((m.start() + 1, m.end(), 0.6))
                    i += 1
                    continue
                w = w[1:]
                camel = re.findall(r"[A-ZÆØÅÄÖ][a-zæøåäöü]+", w)
                if w[:1].isupper() and not (camel and self._first(camel[0])):
                    i += 1  # "@Nordlink": a capitalised handle without a first name is a brand
                    continue
            if not w[0].isupper() and not self._first(w):
                i += 1  # a lower-case word is a name only when it is a known first name
                continue
            before = text[max(0, m.start() - 30) : m.start()]
            after = text[m.end() : m.end() + 20]
            if (re.fullmatch(_TITLE, w) or after.startswith(("'t", "’t"))  # "Mr", "Don't"
                    or (len(w) <= 3 and w.isupper())  # "CPR", "SMS"
                    or any(ch.isdigit() for ch in w)  # "H0203"
                    or _BOT_AFTER.match(after)):  # fmt: skip
                i += 1
                continue
            upper = w[0].isupper()
            if w.lower() in MONTHS and re.search(r"\d\.?\s$", before):
                i += 1  # "3 Jan" is a date
                continue
            core = _INITIAL_BEFORE.sub("", before)  # "Mrs J. Whitfield": the cue before "J."
            bare = _TITLED_INITIAL.search(before)  # "Miss P Shah"
            if bare is not None:
                core = before[: bare.start(1)]
            titled = _TITLED.search(core) is not None
            named = _NAMED_BEFORE.search(core) is not None
            cue = _CUE_BEFORE.search(core) is not None or _CUE_AFTER.match(after) is not None
            first = self._first(w) or self._possessive(w)
            initial = _INITIAL_BEFORE.search(before) is not None and w.lower() in self.last
            common = (
                w.lower() in namelists.AMBIGUOUS
                or w.lower() in self.stop
                or (self._sentence_start(text, m.start()) and w.lower() in self.stop)
            )
            tag = upper and self._speaker_tag(text, m)
            surname_next = (i + 1 < len(words) and first
                            and self._surname_next(text, m, words[i + 1]))  # fmt: skip
            unlisted = (upper and not first and not common and not tag
                        and self._unlisted(text, m, w, core, words, i))  # fmt: skip
            strong = titled or named or tag or surname_next or initial or unlisted
            if common and cue and self._sentence_start(text, m.start()):
                # "Per i dag ..." is no name, "Ole fra kundeservice" is
                cue = (
                    _CUE_BEFORE.search(before) is not None
                    or re.match(r"^\s+(?:fra|från|from|at|hos)\s", after) is not None
                )
            basic = upper and (strong or (first and not common) or (first and cue))
            role = not basic and self._role(text, m.start(), before, core, after, upper)
            plain = w.lower() not in self.stop and not _STREET_WORD.match(w)
            at_place = _AT_PLACE.match(after)
            mid = not self._sentence_start(text, m.start())
            ok = (upper and (strong or (first and not common) or (first and cue)
                             or (role and plain and (mid or w.lower() not in namelists.AMBIGUOUS)))
                  ) or (
                not upper and first and plain and w.lower() not in namelists.AMBIGUOUS
                and (_THANKS.search(before) is not None or role or at_place is not None)
            )  # fmt: skip
            if (not ok or (w.lower() in ROLE and not titled) or _ROLE_WORD.fullmatch(w)
                    or (_BOT_BEFORE.search(before) and not (titled or named))):  # fmt: skip
                i += 1
                continue
            start, end, j = m.start() + (m.group() != w), m.end(), i
            ini = _INITIAL_BEFORE.search(before) or (bare if titled else None)
            if ini is not None and (initial or (upper and (strong or role or cue))):
                start = m.start() - len(ini.group(ini.lastindex or 0))
            # a cue made it a name, not a list
            loose = upper and (role or titled or named or tag or unlisted)
            while j + 1 < len(words) and self._surname_next(text, words[j], words[j + 1], loose):
                j += 1
                end = words[j].end()
            if self._brand(text, start, end) and not (titled or named or tag):
                i = j + 1
                continue
            score = 0.85 if (strong or cue or role or j > i) else 0.6
            if spans and text[spans[-1][1] : start] == " ":  # "Per Arne": one name
                start, score = spans.pop()[0], max(score, 0.85)
            elif i > 0 and text[words[i - 1].end() : start] == " " and (
                words[i - 1].group()[0].isupper() and self._first(words[i - 1].group())
                and (score >= 0.85 or not self._sentence_start(text, words[i - 1].start()))
            ):  # fmt: skip
                start = words[i - 1].start()  # "Per Arne", "Ida Marie": the ambiguous half too
            spans.append((start, end, score))
            i = j + 1
        spans = self._coordinated(text, words, spans)
        spans = self._again(text, words, spans)
        return [RecognizerResult("PERSON", a, b, s) for a, b, s in spans]

    def _unlisted(self, text: str, m: Any, w: str, core: str, words: list[Any], i: int) -> bool:
        """A name in no list, where the sentence says it is one: "I'm Priya Shah", "thank you
        Priya" — when the word looks like a name (no brand ending, no nationality, no role)."""
        low = w.lower()
        if (len(w) < 3 or w.isupper() or low in NOT_A_NAME or low in ROLE
                or _ROLE_WORD.fullmatch(w) or _STREET_WORD.match(w) or _BRANDISH.fullmatch(w)
                or _COMPANY_AFTER.match(text, m.end())):  # fmt: skip
            return False
        if _UNLISTED_CUE.search(core):
            return True
        if _SELF_BEFORE.search(core) is None:
            return False
        # "I'm Priya Shah", "I'm Priya, ...", "I'm Priya and ...": not "I'm Danish" or
        # "I'm Very upset" (a capitalised word that goes on as a sentence)
        after = text[m.end() : m.end() + 12]
        nxt = words[i + 1].group() if i + 1 < len(words) else ""
        return bool(re.match(r"\s*(?:[,.;:!?)\n]|$)", after)) or (
            text[m.end() : m.end() + 1] == " " and nxt[:1].isupper()
            and nxt.lower() not in self.stop
        ) or bool(re.match(r"\s+(?i:and|og|och|from|fra|från|here|her|speaking)\b", after))

    def _again(self, text: str, words: list[Any], spans: list[tuple[int, int, float]]
               ) -> list[tuple[int, int, float]]:  # fmt: skip
        """A name in no list that a cue showed to be one is a name wherever else the text uses
        it ("I'm Priya Shah ... Priya said")."""
        learned = set()
        for a, b, score in spans:
            for t in _WORD.finditer(text, a, b):
                tok = t.group()
                if (score >= 0.85 and tok[:1].isupper() and len(tok) >= 3 and not tok.isupper()
                        and tok.lower() not in self.first and tok.lower() not in self.stop
                        and tok.lower() not in ROLE
                        and not _ROLE_WORD.fullmatch(tok)):  # fmt: skip
                    learned.add(tok)
        if not learned:
            return spans
        extra = [
            (m.start(), m.end(), 0.7) for m in words
            if m.group() in learned
            and not any(a <= m.start() and m.end() <= b for a, b, _ in spans)
            and not self._brand(text, m.start(), m.end())
        ]  # fmt: skip
        merged: list[tuple[int, int, float]] = []
        for a, b, score in sorted(spans + extra):
            if merged and text[merged[-1][1] : a] == " ":  # "Priya Shah": one name
                merged[-1] = (merged[-1][0], b, max(merged[-1][2], score))
            else:
                merged.append((a, b, score))
        return merged

    def _coordinated(self, text: str, words: list[Any], spans: list[tuple[int, int, float]]
                     ) -> list[tuple[int, int, float]]:  # fmt: skip
        """A name joined by "og / och / and" to a found name is a name too ("Mo and Jess",
        "signe og ahmed"), when it looks like one: the same casing, not a common word."""
        found = {(a, b) for a, b, _ in spans}
        starts = {a for a, _, _ in spans}
        ends = {b for _, b, _ in spans}
        extra = []
        for k, m in enumerate(words):
            w = m.group()
            if (m.start(), m.end()) in found or w.startswith("@") or w.lower() in self.stop:
                continue
            if w.lower() in ROLE or w.lower() in namelists.AMBIGUOUS or _STREET_WORD.match(w):
                continue
            nxt = words[k + 2] if k + 2 < len(words) else None  # name, "and", name
            prv = words[k - 2] if k > 1 else None
            partner = None
            if nxt is not None and nxt.start() in starts and _AND.match(text, m.end(), nxt.start()):
                partner = nxt
            elif prv is not None and prv.end() in ends and _AND.match(text, prv.end(), m.start()):
                partner = prv
            if partner is not None and partner.group()[0].isupper() == w[0].isupper():
                if w[0].isupper() and self._sentence_start(text, m.start()) and not self._first(w):
                    continue
                extra.append((m.start(), m.end(), 0.6))
        return sorted(spans + extra)

    def _brand(self, text: str, start: int, end: int) -> bool:
        """A place or a brand made of a name: "Karl Johans gate", "Marks & Spencer",
        "Clas Ohlson-lampen", "på Clas Ohlson"."""
        after = text[end : end + 30]
        before = text[max(0, start - 12) : start]
        return bool(
            _NOT_AFTER.match(after) or re.match(r"^\s*&|^-[a-zæøåäö]", after)
            or _COMPANY_AFTER.match(text, end)
            or re.search(r"&\s*$", before)
            or _PLACE_BEFORE.search(before)
        )  # fmt: skip

    def _role(self, text: str, pos: int, before: str, core: str, after: str, upper: bool
              ) -> bool:  # fmt: skip
        """A role, relation, form field or sign-off right before the word (the costly check,
        made only where the name lists and cheaper cues did not decide)."""
        rc = _ROLE_CUE.search(core)
        if rc is not None and rc.group()[0].isupper() and not self._sentence_start(
            text, pos - len(before) + rc.start()
        ):
            rc = None  # "Mormors Køkken": a capitalised role word inside a proper name
        return rc is not None or _SIGNOFF.search(core) is not None or (
            upper and _FAMILY_AFTER.match(after) is not None)

    def _possessive(self, w: str) -> bool:
        """A first name with the Nordic genitive s ("Bents", "Frejas")."""
        return len(w) > 3 and w.endswith("s") and w[0].isupper() and self._first(w[:-1])

    def _surname_next(self, text: str, cur: Any, nxt: Any, loose: bool = False) -> bool:
        between = text[cur.end() : nxt.start()]
        w = nxt.group()
        if (between == " " and not w[0].isupper() and not cur.group()[0].isupper()
                and w in self.last and w not in self.stop):  # fmt: skip
            return True  # "berit lundh"
        if between not in (" ", "-") or not w[0].isupper() or w.startswith("@"):
            return False
        if _STREET_WORD.match(w):
            return False
        low = w.lower()
        acronym = len(w) <= 3 and w.isupper()
        if loose and low not in self.stop and low not in ROLE and not acronym:
            return not _NOT_AFTER.match(text[nxt.start() :])
        if low in self.last or low.endswith(
            (
                "sen",
                "son",
                "sson",
                "strøm",
                "ström",
                "berg",
                "lund",
                "gaard",
                "gård",
                "dal",
                "dahl",
                "vik",
            )
        ):
            return True
        # any capitalised, non-function word right after a known first name
        prev = cur.group().lstrip("@").lower()
        return (
            self._first(prev)
            and prev not in self.stop
            and prev not in namelists.AMBIGUOUS
            and low not in self.stop
            and low not in ROLE
            and not _NOT_AFTER.match(text[nxt.start() :])
        )
