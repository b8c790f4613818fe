"""Check digits and dates of Nordic identity numbers, account numbers and IBANs."""

from __future__ import annotations

import datetime as dt


def _digits(s: str) -> str:
    return "".join(ch for ch in s if ch.isdigit())


def _valid_date(day: int, month: int, year: int) -> bool:
    try:
        dt.date(year, month, day)
    except ValueError:
        return False
    return True


def luhn_ok(number: str) -> bool:
    """The Luhn (mod 10) check used by Swedish personnummer."""
    total = 0
    for i, ch in enumerate(reversed(number)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def cpr_valid(text: str) -> bool:
    """Danish CPR: DDMMYY-SSSS with a real date; modulus 11 is not required (numbers issued
    since 2007 may fail it), but the day and month must exist."""
    d = _digits(text)
    if len(d) != 10:
        return False
    day, month, yy = int(d[:2]), int(d[2:4]), int(d[4:6])
    return _valid_date(day, month, 2000 + yy) or _valid_date(day, month, 1900 + yy)


def cpr_mod11(text: str) -> bool:
    """The classic CPR modulus-11 check."""
    d = _digits(text)
    weights = (4, 3, 2, 7, 6, 5, 4, 3, 2, 1)
    return len(d) == 10 and sum(int(a) * w for a, w in zip(d, weights, strict=True)) % 11 == 0


def fnr_valid(text: str) -> bool:
    """Norwegian fødselsnummer / D-nummer: a real date and both control digits."""
    d = _digits(text)
    if len(d) != 11:
        return False
    n = [int(c) for c in d]
    w1 = (3, 7, 6, 1, 8, 9, 4, 5, 2)
    w2 = (5, 4, 3, 2, 7, 6, 5, 4, 3, 2)
    k1 = 11 - sum(a * b for a, b in zip(n[:9], w1, strict=True)) % 11
    k1 = 0 if k1 == 11 else k1
    k2 = 11 - sum(a * b for a, b in zip(n[:10], w2, strict=True)) % 11
    k2 = 0 if k2 == 11 else k2
    if k1 == 10 or k2 == 10 or k1 != n[9] or k2 != n[10]:
        return False
    day, month, yy = int(d[:2]), int(d[2:4]), int(d[4:6])
    if day > 40:  # D-nummer
        day -= 40
    return _valid_date(day, month, 2000 + yy) or _valid_date(day, month, 1900 + yy)


def personnummer_valid(text: str) -> bool:
    """Swedish personnummer or samordningsnummer (day + 60), 10 or 12 digits, Luhn-checked."""
    d = _digits(text)
    if len(d) == 12:
        century, d = d[:2], d[2:]
        if century not in ("18", "19", "20"):
            return False
    if len(d) != 10 or not luhn_ok(d):
        return False
    month, day = int(d[2:4]), int(d[4:6])
    if day > 60:
        day -= 60
    return (
        _valid_date(day, month, 2000) if month == 2 and day == 29 else _valid_date(day, month, 2001)
    )


def iban_valid(text: str) -> bool:
    """ISO 13616 IBAN: country code, check digits, mod 97 == 1."""
    s = "".join(text.split()).upper()
    if len(s) < 15 or len(s) > 34 or not s[:2].isalpha() or not s[2:4].isdigit():
        return False
    moved = s[4:] + s[:4]
    try:
        num = "".join(str(int(ch, 36)) for ch in moved)
    except ValueError:
        return False
    return int(num) % 97 == 1


def no_account_valid(text: str) -> bool:
    """Norwegian bank account number (11 digits, modulus 11)."""
    d = _digits(text)
    if len(d) != 11:
        return False
    w = (5, 4, 3, 2, 7, 6, 5, 4, 3, 2)
    k = 11 - sum(int(a) * b for a, b in zip(d[:10], w, strict=True)) % 11
    k = 0 if k == 11 else k
    return k != 10 and k == int(d[10])
