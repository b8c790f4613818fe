"""Check digits and validity tests for the identifiers the PII builders generate.

Pure functions (no randomness): dates, the Luhn digit, the Danish CPR modulus-11 test, the
Norwegian modulus-11 control digits (fødselsnummer and account numbers), IBAN check digits.
Each replaces copies that the builders used to carry; where copies differed in behaviour,
both versions are here, named for what they do.
"""

from __future__ import annotations

import datetime as dt
import re

CPR_WEIGHTS = (4, 3, 2, 7, 6, 5, 4, 3, 2, 1)
FNR_WEIGHTS_1 = (3, 7, 6, 1, 8, 9, 4, 5, 2)
FNR_WEIGHTS_2 = (5, 4, 3, 2, 7, 6, 5, 4, 3, 2)
NO_ACCOUNT_WEIGHTS = FNR_WEIGHTS_2


def date_ok(y: int, m: int, d: int) -> bool:
    """Whether year, month and day make a real calendar date."""
    try:
        dt.date(y, m, d)
    except ValueError:
        return False
    return True


def luhn_digit(payload: str) -> int:
    """The Luhn check digit to append to ``payload`` (doubling from the right)."""
    total = 0
    for i, c in enumerate(reversed(payload)):
        v = int(c) * (2 if i % 2 == 0 else 1)
        total += v - 9 if v > 9 else v
    return (10 - total % 10) % 10


def luhn_ok(number: str) -> bool:
    """Whether the last digit of ``number`` is the Luhn digit of the rest."""
    return luhn_digit(number[:-1]) == int(number[-1])


def luhn_digit_from_left(payload: str) -> int:
    """A Luhn-style digit that doubles the 1st, 3rd, ... digit counted from the left.

    The same as :func:`luhn_digit` for payloads of odd length (the nine digits of a Swedish
    personnummer); a different number for even lengths.
    """
    total = 0
    for i, c in enumerate(payload):
        v = int(c) * (2 if i % 2 == 0 else 1)
        total += v // 10 + v % 10
    return (10 - total % 10) % 10


def luhn_ok_from_left(number: str) -> bool:
    """Whether the last digit is the :func:`luhn_digit_from_left` of the rest."""
    return luhn_digit_from_left(number[:-1]) == int(number[-1])


def luhn_sum_ok_from_left(number: str) -> bool:
    """Luhn sum with the 1st, 3rd, ... digit from the left doubled is a multiple of 10.

    The same as :func:`luhn_ok` for numbers of even length (a 10-digit personnummer).
    """
    total = 0
    for i, c in enumerate(number):
        v = int(c) * (2 if i % 2 == 0 else 1)
        total += v // 10 + v % 10
    return total % 10 == 0


def cpr_year(yy: int, d7: int) -> int:
    """Full birth year of a Danish CPR number from its two-digit year and 7th digit."""
    if d7 <= 3:
        return 1900 + yy
    if d7 in (4, 9):
        return 2000 + yy if yy <= 36 else 1900 + yy
    return 2000 + yy if yy <= 57 else 1800 + yy


def cpr_date_ok(digits: str) -> bool:
    """Ten digits DDMMYYSSSS whose date is real under the CPR century rule (7th digit)."""
    if len(digits) != 10 or not digits.isdigit():
        return False
    dd, mm, yy = int(digits[0:2]), int(digits[2:4]), int(digits[4:6])
    return date_ok(cpr_year(yy, int(digits[6])), mm, dd)


def cpr_mod11_ok(digits: str) -> bool:
    """The classic CPR modulus-11 test (not required of numbers issued since 2007)."""
    return sum(int(c) * w for c, w in zip(digits, CPR_WEIGHTS, strict=False)) % 11 == 0


def mod11_control(digits: str, weights: tuple[int, ...]) -> int | None:
    """Norwegian modulus-11 control digit: 11 - (weighted sum mod 11); 11 -> 0; 10 -> None."""
    r = 11 - sum(int(c) * w for c, w in zip(digits, weights, strict=False)) % 11
    if r == 11:
        return 0
    if r == 10:
        return None
    return r


def fnr_controls(first9: str) -> str | None:
    """The two control digits of a fødselsnummer, or None when either would be 10."""
    k1 = mod11_control(first9, FNR_WEIGHTS_1)
    if k1 is None:
        return None
    k2 = mod11_control(first9 + str(k1), FNR_WEIGHTS_2)
    if k2 is None:
        return None
    return f"{k1}{k2}"


def fnr_year(yy: int, ind: int) -> int | None:
    """Birth year of a Norwegian fødselsnummer from its year and individual number."""
    if ind <= 499:
        return 1900 + yy
    if ind <= 749 and yy >= 54:
        return 1800 + yy
    if ind >= 500 and yy <= 39:
        return 2000 + yy
    if ind >= 900 and yy >= 40:
        return 1900 + yy
    return None


def iban_number(s: str) -> int:
    """Letters as 10-35 and digits as themselves, read as one integer (ISO 13616)."""
    return int("".join(str(int(c, 36)) for c in s))


def iban(country: str, bban: str) -> str:
    """The compact IBAN of ``bban`` with computed check digits."""
    return f"{country}{98 - iban_number(bban + country + '00') % 97:02d}{bban}"


def iban_mod97_ok(s: str) -> bool:
    """The mod-97 test of an IBAN (spaces ignored; no length or format checks)."""
    c = s.replace(" ", "")
    return iban_number(c[4:] + c[:4]) % 97 == 1


def iban_ok(s: str) -> bool:
    """Two letters, two digits and 10-30 letters or digits (spaces ignored), passing mod 97."""
    c = s.replace(" ", "")
    return re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", c) is not None and iban_mod97_ok(c)


def group4(s: str) -> str:
    """``s`` in groups of four separated by spaces (the printed form of an IBAN)."""
    return " ".join(s[i : i + 4] for i in range(0, len(s), 4))


def pairs(s: str) -> str:
    """``s`` in pairs separated by spaces (the printed form of a Danish or Norwegian number)."""
    return " ".join(s[i : i + 2] for i in range(0, len(s), 2))


def groups_3_2_3(s: str) -> str:
    """``s`` as 3, 2 and the rest, separated by spaces (a Norwegian mobile: 912 34 567)."""
    return f"{s[:3]} {s[3:5]} {s[5:]}"
