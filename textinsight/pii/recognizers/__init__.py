"""Presidio recognizers for Nordic personal data, one per module, as in Presidio's own
``predefined_recognizers``: each module holds its recognizer's patterns, context words,
validation, and the checks its findings must pass after Presidio's own steps (``finish``).

| module | finds | built on |
| --- | --- | --- |
| ``email_recognizer`` | e-mail addresses | Presidio's ``EmailRecognizer`` (suffix list offline) |
| ``phone_recognizer`` | phone numbers in allocated ranges | Presidio's ``PhoneRecognizer`` |
| ``possible_phone_recognizer`` | unallocated numbers after a country code or a phone word | ours |
| ``uk_nino_recognizer`` | UK National Insurance numbers | Presidio's ``UkNinoRecognizer`` |
| ``national_id_recognizer`` | CPR, fødselsnummer / D-nummer, personnummer | ours |
| ``iban_recognizer`` | IBANs (mod 97) | ours |
| ``bank_account_recognizer`` | Nordic and UK account numbers | ours |
| ``account_field_recognizer`` | "sort code …, account …", "kontonr. …" | ours |
| ``customer_ref_recognizer`` | customer, policy, membership numbers | ours |
| ``address_recognizer`` | street addresses | ours |
| ``person_name_recognizer`` | person names (rules: ``person_rules``) | ours |

``filters`` holds the checks shared by the recognizers of numbers (a reference word before
the number, part of a longer code, brackets, a country code); the word lists come from the
language packs (``pii/words.py``). Importing this package imports Presidio: only
``PiiDetector.build`` does, when it runs.
"""

from __future__ import annotations

from presidio_analyzer import EntityRecognizer

from .account_field_recognizer import AccountFieldRecognizer
from .address_recognizer import AddressRecognizer
from .bank_account_recognizer import BankAccountRecognizer
from .customer_ref_recognizer import CustomerRefRecognizer
from .email_recognizer import OfflineEmailRecognizer
from .iban_recognizer import IbanRecognizer
from .national_id_recognizer import NationalIdRecognizer
from .person_name_recognizer import PersonNameRecognizer
from .phone_recognizer import NordicPhoneRecognizer
from .possible_phone_recognizer import PossiblePhoneRecognizer
from .uk_nino_recognizer import UkNinoRecognizer

__all__ = [
    "AccountFieldRecognizer",
    "AddressRecognizer",
    "BankAccountRecognizer",
    "CustomerRefRecognizer",
    "IbanRecognizer",
    "NationalIdRecognizer",
    "NordicPhoneRecognizer",
    "OfflineEmailRecognizer",
    "PersonNameRecognizer",
    "PossiblePhoneRecognizer",
    "UkNinoRecognizer",
    "recognizers_for",
]


def recognizers_for(
    lang: str, regions: tuple[str, ...], order_refs: bool = False
) -> list[EntityRecognizer]:
    """The recognizers of one language, in the order they run; ``order_refs`` also reports
    order and invoice numbers (as ``customer_ref``)."""
    return [
        OfflineEmailRecognizer(supported_language=lang),
        NordicPhoneRecognizer(lang, regions),
        PossiblePhoneRecognizer(lang, regions),
        UkNinoRecognizer(lang),
        AccountFieldRecognizer(lang),
        IbanRecognizer(lang),
        NationalIdRecognizer(lang),
        BankAccountRecognizer(lang),
        AddressRecognizer(lang),
        PersonNameRecognizer(lang),
        CustomerRefRecognizer(lang, order_refs),
    ]
