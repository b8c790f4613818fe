# ruff: noqa: E501
"""Build the held-out PII test set ``pii_test.jsonl`` from the hand-written texts below.

Run: ``python data/pii/build_pii_set.py`` (standard library only; same seed, same output).

Markup in the texts:
  ``[[kind:value]]``  a personal datum; becomes a gold span of ``kind`` (person, email, phone,
                      national_id, address, account).
  ``((tag:value))``   a hard negative (order number, price, bad ID, brand with a name ...); the
                      markup is stripped and no span is written, but the script uses the tag to
                      count and check the negatives (e.g. that a ``bad_id`` fails every ID check).
  ``{PLACEHOLDER}``   filled by a generator below (valid CPR / fødselsnummer / personnummer,
                      IBANs with real check digits, phone numbers in national formats, ...).
A text marked ``2`` is emitted twice with different fillers (never more).
"""

from __future__ import annotations

import datetime as dt
import json
import random
import re
import sys
from collections import Counter
from collections.abc import Callable
from pathlib import Path

SEED = 20240312
HERE = Path(__file__).resolve().parent
OUT = HERE / "pii_test.jsonl"
PII_KINDS = ("person", "email", "phone", "national_id", "address", "account")
LANGS = ("da", "nb", "sv", "en")
GENRES = {"S": "survey", "M": "social", "I": "interview"}

# --------------------------------------------------------------------------------------------
# Identity-number checks (also used to validate the output)
# --------------------------------------------------------------------------------------------


def _date_ok(y: int, m: int, d: int) -> bool:
    try:
        dt.date(y, m, d)
    except ValueError:
        return False
    return True


def cpr_year(yy: int, d7: int) -> int:
    """Full birth year of a CPR number from its two-digit year and 7th digit."""
    if d7 <= 3:
        return 1900 + yy
    if d7 in (4, 9):
        return 2000 + yy if yy <= 36 else 1900 + yy
    return 2000 + yy if yy <= 57 else 1800 + yy


def cpr_date_ok(digits: str) -> bool:
    """A 10-digit string DDMMYYSSSS carries a real date."""
    dd, mm, yy, d7 = int(digits[0:2]), int(digits[2:4]), int(digits[4:6]), int(digits[6])
    return _date_ok(cpr_year(yy, d7), mm, dd)


def cpr_mod11_ok(digits: str) -> bool:
    """The classic CPR modulus-11 check (not required of numbers issued since 2007)."""
    w = (4, 3, 2, 7, 6, 5, 4, 3, 2, 1)
    return sum(int(c) * k for c, k in zip(digits, w, strict=True)) % 11 == 0


def _fnr_control(digits: str, weights: tuple[int, ...]) -> int | None:
    r = 11 - sum(int(c) * k for c, k in zip(digits, weights, strict=True)) % 11
    return 0 if r == 11 else (None if r == 10 else r)


K1 = (3, 7, 6, 1, 8, 9, 4, 5, 2)
K2 = (5, 4, 3, 2, 7, 6, 5, 4, 3, 2)


def fnr_year(yy: int, ind: int) -> int | None:
    """Birth year of a Norwegian fødselsnummer from year and individual number."""
    if ind <= 499:
        return 1900 + yy
    if ind <= 749 and yy >= 54:
        return 1800 + yy
    if ind >= 500 and yy <= 39:
        return 2000 + yy
    if ind >= 900 and yy >= 40:
        return 1900 + yy
    return None


def fnr_ok(digits: str) -> bool:
    """Date (D-numbers allowed) and both control digits of an 11-digit fødselsnummer."""
    if len(digits) != 11 or not digits.isdigit():
        return False
    dd, mm, yy, ind = int(digits[0:2]), int(digits[2:4]), int(digits[4:6]), int(digits[6:9])
    if dd > 40:
        dd -= 40
    year = fnr_year(yy, ind)
    if year is None or not _date_ok(year, mm, dd):
        return False
    return (_fnr_control(digits[:9], K1) == int(digits[9])
            and _fnr_control(digits[:10], K2) == int(digits[10]))


def luhn_digit(digits: str) -> int:
    """The Luhn check digit to append to ``digits``."""
    s = 0
    for i, c in enumerate(reversed(digits)):
        v = int(c) * (2 if i % 2 == 0 else 1)
        s += v - 9 if v > 9 else v
    return (10 - s % 10) % 10


def luhn_ok(digits: str) -> bool:
    """Whether the last digit is the Luhn digit of the rest."""
    return luhn_digit(digits[:-1]) == int(digits[-1])


def pnr_ok(text: str) -> bool:
    """Swedish personnummer / samordningsnummer (10 or 12 digits, with or without -/+)."""
    digits = re.sub(r"[-+]", "", text)
    if not digits.isdigit() or len(digits) not in (10, 12):
        return False
    if len(digits) == 12:
        centuries, digits = [int(digits[:2]) * 100], digits[2:]
    else:
        centuries = [1900, 2000]
    yy, mm, dd = int(digits[0:2]), int(digits[2:4]), int(digits[4:6])
    if dd > 60:
        dd -= 60
    if not any(_date_ok(c + yy, mm, dd) for c in centuries):
        return False
    return luhn_ok(digits)


def any_id_ok(text: str) -> bool:
    """Loose: could this string be a real DK / NO / SE personal ID number?"""
    digits = re.sub(r"[-+ ]", "", text)
    if not digits.isdigit():
        return False
    if len(digits) == 10 and cpr_date_ok(digits):
        return True
    if len(digits) == 11 and fnr_ok(digits):
        return True
    return len(digits) in (10, 12) and pnr_ok(digits)


def iban_ok(text: str) -> bool:
    """ISO 13616 mod-97 check."""
    s = text.replace(" ", "")
    s = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in s)) % 97 == 1


def iban(country: str, bban: str) -> str:
    """An IBAN with computed check digits, printed in groups of four."""
    num = "".join(str(int(c, 36)) for c in bban + country + "00")
    raw = f"{country}{98 - int(num) % 97:02d}{bban}"
    return " ".join(raw[i:i + 4] for i in range(0, len(raw), 4))


def no_account_ok(digits: str) -> bool:
    """Norwegian bank account number (11 digits, mod-11)."""
    return _fnr_control(digits[:10], K2) == int(digits[10])


# --------------------------------------------------------------------------------------------
# Generators
# --------------------------------------------------------------------------------------------

Gen = Callable[[random.Random], str]


def _digits(r: random.Random, n: int) -> str:
    return "".join(str(r.randrange(10)) for _ in range(n))


def _birth(r: random.Random, lo: int = 1938, hi: int = 2006) -> dt.date:
    start, end = dt.date(lo, 1, 1).toordinal(), dt.date(hi, 12, 31).toordinal()
    return dt.date.fromordinal(r.randrange(start, end + 1))


def _cpr_digits(r: random.Random, mod11: bool) -> str:
    w = (4, 3, 2, 7, 6, 5, 4, 3, 2)
    while True:
        b = _birth(r)
        yy = b.year % 100
        if b.year < 2000:
            d7 = r.choice([0, 1, 2, 3] + ([4, 9] if yy >= 37 else []))
        else:
            d7 = r.choice([4, 5, 6, 7, 8, 9])
        assert cpr_year(yy, d7) == b.year
        head = f"{b:%d%m}{yy:02d}{d7}{_digits(r, 2)}"
        s = sum(int(c) * k for c, k in zip(head, w, strict=True))
        if mod11:
            last = -s % 11
            if last == 10:
                continue
        else:
            last = r.choice([d for d in range(10) if (s + d) % 11])
        return head + str(last)


def cpr(r: random.Random) -> str:
    d = _cpr_digits(r, mod11=True)
    return f"{d[:6]}-{d[6:]}"


def cpr_nodash(r: random.Random) -> str:
    return _cpr_digits(r, mod11=True)


def cpr_no_mod11(r: random.Random) -> str:
    """Valid date, fails modulus 11: legal for CPR numbers issued since 2007."""
    d = _cpr_digits(r, mod11=False)
    return f"{d[:6]}-{d[6:]}"


def cpr_bad(r: random.Random) -> str:
    """Ten digits shaped like a CPR number whose date cannot exist (not PII)."""
    while True:
        dd = r.choice([r.randint(32, 39), r.randint(1, 28)])
        mm = r.randint(13, 19) if dd <= 28 else r.randint(1, 12)
        d = f"{dd:02d}{mm:02d}{_digits(r, 6)}"
        if not any_id_ok(d):
            return f"{d[:6]}-{d[6:]}" if r.random() < 0.6 else d


def fnr(r: random.Random) -> str:
    while True:
        b = _birth(r, 1940, 2006)
        yy = b.year % 100
        ind = r.randint(0, 499) if b.year < 2000 else r.randint(500, 999)
        head = f"{b:%d%m}{yy:02d}{ind:03d}"
        k1 = _fnr_control(head, K1)
        if k1 is None:
            continue
        k2 = _fnr_control(head + str(k1), K2)
        if k2 is None:
            continue
        out = f"{head}{k1}{k2}"
        assert fnr_ok(out)
        return out


def fnr_bad(r: random.Random) -> str:
    """Eleven digits with a real date but wrong control digits (not PII)."""
    while True:
        good = fnr(r)
        bad = good[:10] + str((int(good[10]) + r.randint(1, 9)) % 10)
        if not any_id_ok(bad):
            return bad


def _pnr_digits(r: random.Random, samordning: bool = False) -> tuple[int, str]:
    b = _birth(r, 1940, 2006)
    day = b.day + (60 if samordning else 0)
    head = f"{b.year % 100:02d}{b.month:02d}{day:02d}{_digits(r, 3)}"
    return b.year, head + str(luhn_digit(head))


def pnr(r: random.Random) -> str:
    _, d = _pnr_digits(r)
    return f"{d[:6]}-{d[6:]}"


def pnr12(r: random.Random) -> str:
    year, d = _pnr_digits(r)
    return f"{year // 100}{d}"


def pnr12_dash(r: random.Random) -> str:
    year, d = _pnr_digits(r)
    return f"{year // 100}{d[:6]}-{d[6:]}"


def samordning(r: random.Random) -> str:
    _, d = _pnr_digits(r, samordning=True)
    return f"{d[:6]}-{d[6:]}"


def pnr_bad(r: random.Random) -> str:
    """YYMMDD-NNNC with a wrong Luhn digit (not PII)."""
    while True:
        _, d = _pnr_digits(r)
        bad = d[:9] + str((int(d[9]) + r.randint(1, 9)) % 10)
        if not any_id_ok(bad):
            return f"{bad[:6]}-{bad[6:]}"


def _pick(r: random.Random, weighted: list[tuple[int, Gen]]) -> str:
    fns = [f for _, f in weighted]
    return r.choices(fns, weights=[w for w, _ in weighted])[0](r)


def phone_dk(r: random.Random) -> str:
    d = r.choice("234569") + _digits(r, 7)
    pairs = " ".join(d[i:i + 2] for i in range(0, 8, 2))
    return _pick(r, [
        (4, lambda _: pairs), (2, lambda _: f"+45 {d}"), (2, lambda _: f"+45 {pairs}"),
        (1, lambda _: d),
    ])


def phone_no(r: random.Random) -> str:
    d = r.choice("49") + _digits(r, 7)
    land = r.choice(["22", "23", "55", "73", "51"]) + _digits(r, 6)
    return _pick(r, [
        (3, lambda _: f"{d[:3]} {d[3:5]} {d[5:]}"), (2, lambda _: f"+47 {d}"),
        (2, lambda _: " ".join(d[i:i + 2] for i in range(0, 8, 2))),
        (1, lambda _: f"+47 {d[:3]} {d[3:5]} {d[5:]}"), (1, lambda _: d),
        (1, lambda _: " ".join(land[i:i + 2] for i in range(0, 8, 2))),
    ])


def phone_se(r: random.Random) -> str:
    m = "7" + r.choice("0236") + _digits(r, 7)
    sthlm = _digits(r, 8)
    gbg = _digits(r, 6)
    return _pick(r, [
        (3, lambda _: f"0{m[:2]}-{m[2:5]} {m[5:7]} {m[7:]}"),
        (2, lambda _: f"+46 {m[:2]} {m[2:5]} {m[5:7]} {m[7:]}"),
        (1, lambda _: f"0{m}"),
        (2, lambda _: f"08-{sthlm[:3]} {sthlm[3:6]} {sthlm[6:]}"),
        (1, lambda _: f"031-{gbg[:2]} {gbg[2:4]} {gbg[4:]}"),
        (1, lambda _: f"+46 8 {sthlm[:3]} {sthlm[3:6]} {sthlm[6:]}"),
    ])


def phone_uk(r: random.Random) -> str:
    # Ofcom's ranges reserved for drama: 020 7946 0xxx, 0161 496 0xxx, 07700 900xxx.
    x = _digits(r, 3)
    return _pick(r, [
        (3, lambda _: f"+44 20 7946 0{x}"), (2, lambda _: f"07700 900{x}"),
        (2, lambda _: f"+44 7700 900{x}"), (1, lambda _: f"0161 496 0{x}"),
        (1, lambda _: f"020 7946 0{x}"),
    ])


def phone_us(r: random.Random) -> str:
    return f"+1 ({r.choice(['212', '617', '415'])}) 555-01{_digits(r, 2)}"


FIRST = {
    "da": ["Mette", "Søren", "Anne-Sofie", "Jonas", "Lærke", "Mikkel", "Freja", "Rasmus",
           "Sofie", "Jesper", "Tove", "Bjarke", "Maja", "Christian", "Nanna", "Jørn"],
    "nb": ["Kari", "Ingrid", "Magnus", "Sindre", "Tuva", "Håkon", "Ragnhild", "Øystein",
           "Jørgen", "Synnøve", "Henrik", "Ida", "Eivind", "Live", "Åsmund", "Marit"],
    "sv": ["Lars", "Karin", "Erik", "Maja", "Oscar", "Ebba", "Björn", "Astrid", "Gustav",
           "Märta", "Åke", "Linnéa", "Elias", "Saga", "Göran", "Ylva"],
    "en": ["Emily", "James", "Olivia", "Harry", "Amelia", "Jack", "Isla", "George", "Sophie",
           "Mohammed", "Chloe", "Oliver", "Aisha", "Callum", "Niamh", "Priya"],
}
LAST = {
    "da": ["Hansen", "Jensen", "Nielsen", "Pedersen", "Sørensen", "Kristensen", "Møller",
           "Østergaard", "Dalsgaard", "Kjærgaard", "Bech-Nielsen", "Lund", "Holm", "Frandsen",
           "Skovgaard", "Ærbo"],
    "nb": ["Hansen", "Johansen", "Olsen", "Larsen", "Andersen", "Nilsen", "Berg", "Haugen",
           "Bakke", "Solberg", "Strand", "Dahl", "Lie", "Sæther", "Brekke", "Aas-Eng"],
    "sv": ["Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson", "Larsson", "Olsson",
           "Persson", "Lindström", "Bergqvist", "Öberg", "Åkesson", "Sjöberg", "Holmgren",
           "Lundgren", "Wallin-Ek"],
    "en": ["Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Davies", "Evans",
           "Thomas", "Roberts", "O'Connor", "Khan", "Murphy", "MacDonald", "Hughes", "Clarke"],
}
DOMAINS = {
    "da": ["gmail.com", "hotmail.com", "outlook.dk", "mail.dk", "firma.dk", "jubii.dk",
           "post.tele.dk", "stud.ku.dk", "live.dk", "byg-og-anlaeg.dk"],
    "nb": ["gmail.com", "online.no", "hotmail.no", "live.no", "student.uio.no", "bedrift.no",
           "epost.kommune.no", "icloud.com"],
    "sv": ["gmail.com", "hotmail.se", "telia.com", "bredband.net", "student.lu.se",
           "foretaget.se", "outlook.com", "mail.region.se"],
    "en": ["gmail.com", "yahoo.co.uk", "btinternet.com", "outlook.com", "company.co.uk",
           "ed.ac.uk", "nhs.net", "sky.com"],
}
_TRANSLIT = str.maketrans({"æ": "ae", "ø": "oe", "å": "aa", "ä": "a", "ö": "o", "é": "e",
                           "'": "", " ": ""})


def _ascii(s: str) -> str:
    return s.lower().translate(_TRANSLIT)


def person_full(lang: str) -> Gen:
    return lambda r: f"{r.choice(FIRST[lang])} {r.choice(LAST[lang])}"


def person_first(lang: str) -> Gen:
    return lambda r: r.choice(FIRST[lang])


def email(lang: str) -> Gen:
    def gen(r: random.Random) -> str:
        first, last = _ascii(r.choice(FIRST[lang])), _ascii(r.choice(LAST[lang]))
        dom = r.choice(DOMAINS[lang])
        tag = r.choice(["kundeservice", "shop", "spam", "faktura", "news"])
        local = r.choice([
            f"{first}.{last}", f"{first[0]}{last}", f"{first[0]}{last[0]}",
            f"{first[0]}{r.choice('abcdehjklmn')}{last[0]}", f"{first}.{last}+{tag}",
            f"{first}_{last}{r.randint(60, 99)}", f"{last}.{first}", f"{first}{r.randint(1, 99)}",
            f"{first}-{last[:3]}",
        ])
        return f"{local}@{dom}"
    return gen


def acct_dk(r: random.Random) -> str:
    reg = r.choice(["1551", "3409", "5301", "9570", "2191", "0400", "6471", "7890", "9335"])
    konto = r.choice([_digits(r, 10), "00" + _digits(r, 8), "0" + _digits(r, 9)])
    return f"{reg}{r.choice([' ', '-'])}{konto}"


def _no_account_digits(r: random.Random) -> str:
    while True:
        head = r.choice(["1503", "1254", "9710", "3000", "6011", "1822", "8601"]) + _digits(r, 6)
        k = _fnr_control(head, K2)
        if k is not None:
            return head + str(k)


def acct_no(r: random.Random) -> str:
    d = _no_account_digits(r)
    assert no_account_ok(d)
    return r.choice([f"{d[:4]}.{d[4:6]}.{d[6:]}", f"{d[:4]} {d[4:6]} {d[6:]}", d])


def acct_se(r: random.Random) -> str:
    sb = "8" + _digits(r, 3)
    return _pick(r, [
        (2, lambda _: f"{sb}-{luhn_digit(sb)} {_digits(r, 3)} {_digits(r, 3)} {_digits(r, 3)}-{r.randrange(10)}"),
        (1, lambda _: f"6{_digits(r, 3)} {_digits(r, 3)} {_digits(r, 3)} {_digits(r, 3)}"),
        (1, lambda _: f"5{_digits(r, 3)} {_digits(r, 2)} {_digits(r, 3)} {_digits(r, 2)}"),
    ])


def acct_uk(r: random.Random) -> str:
    return f"{r.randint(20, 40)}-{_digits(r, 2)}-{_digits(r, 2)} {_digits(r, 8)}"


def iban_dk(r: random.Random) -> str:
    return iban("DK", r.choice(["0040", "3000", "5301", "9570"]) + _digits(r, 10))


def iban_no(r: random.Random) -> str:
    return iban("NO", _no_account_digits(r))


def iban_se(r: random.Random) -> str:
    return iban("SE", r.choice(["500", "800", "600", "300"]) + _digits(r, 17))


def iban_gb(r: random.Random) -> str:
    return iban("GB", r.choice(["WEST", "NWBK", "BARC", "LOYD", "MIDL"]) + _digits(r, 14))


ADDR = {
    "da": ["Østerbrogade 104, 3. th, 2100 København Ø", "Vestergade 7, 8000 Aarhus C",
           "Åboulevarden 22, 1. sal, 8000 Aarhus C", "Kongensgade 51, 5000 Odense C",
           "Skolevej 3, 4700 Næstved", "Algade 28B, 9000 Aalborg",
           "Frederiksberg Allé 15, st. tv, 1820 Frederiksberg C", "Søndergade 9, 7100 Vejle",
           "Bøgevænget 14, 2730 Herlev", "Jernbanegade 2, 4000 Roskilde",
           "Kærvej 31, 6000 Kolding", "Møllevej 6, 8660 Skanderborg"],
    "nb": ["Thereses gate 12B, 0358 Oslo", "Kongsveien 47, 1177 Oslo", "Bryggen 9, 5003 Bergen",
           "Munkegata 20, 7011 Trondheim", "Sandviksveien 113, 5035 Bergen",
           "Skippergata 3, 4611 Kristiansand", "Storgata 88, 9008 Tromsø",
           "Løkkeveien 14, 4008 Stavanger", "Rådhusgata 6, 3015 Drammen",
           "Grønlandsleiret 31, 0190 Oslo", "Ringveien 40, 2815 Gjøvik"],
    "sv": ["Götgatan 14, 118 46 Stockholm", "Linnégatan 22, 413 04 Göteborg",
           "Södra Förstadsgatan 40, 211 43 Malmö", "Vasagatan 5, 753 13 Uppsala",
           "Kyrkogatan 3, 222 22 Lund", "Ringvägen 102, lgh 1203, 116 61 Stockholm",
           "Björkvägen 7, 831 41 Östersund", "Östra Hamngatan 18, 411 09 Göteborg",
           "Kungsgatan 40, 903 25 Umeå", "Åsgatan 11, 791 71 Falun"],
    "en": ["45 Church Lane, Leeds LS6 2DE", "221 Canal Street, Manchester M1 3HE",
           "17 Park Avenue, Glasgow G3 6BS", "3 Mill Close, York YO31 7HT",
           "Flat 12, 90 London Road, Brighton BN1 4JF", "14 Kings Road, Reading RG1 3AA",
           "6 St Mary's Street, Edinburgh EH1 1SU", "8 Victoria Road, Cardiff CF14 3BX"],
}


def address(lang: str) -> Gen:
    return lambda r: r.choice(ADDR[lang])


# ----- generators for hard negatives -----

def _not_id(gen: Gen) -> Gen:
    """Regenerate until the digits could not pass for a personal ID number."""
    def wrapped(r: random.Random) -> str:
        while True:
            s = gen(r)
            if not any_id_ok(s):
                return s
    return wrapped


def custno8(r: random.Random) -> str:
    return r.choice("23456789") + _digits(r, 7)  # deliberately phone-shaped


def order9(r: random.Random) -> str:
    return r.choice("123456789") + _digits(r, 8)


def cvr(r: random.Random) -> str:
    while True:
        head = r.choice("123456789") + _digits(r, 6)
        last = -sum(int(c) * k for c, k in zip(head, (2, 7, 6, 5, 4, 3, 2), strict=True)) % 11
        if last < 10:
            return head + str(last)


def orgnr_no(r: random.Random) -> str:
    while True:
        head = r.choice("89") + _digits(r, 7)
        k = _fnr_control(head, (3, 2, 7, 6, 5, 4, 3, 2))
        if k is not None:
            d = head + str(k)
            return r.choice([d, f"{d[:3]} {d[3:6]} {d[6:]}"])


def orgnr_se(r: random.Random) -> str:
    head = r.choice(["556", "559", "802", "716"]) + _digits(r, 6)
    d = head + str(luhn_digit(head))
    return f"{d[:6]}-{d[6:]}"


def s10(country: str) -> Gen:
    def gen(r: random.Random) -> str:
        serial = _digits(r, 8)
        c = 11 - sum(int(x) * k for x, k in zip(serial, (8, 6, 4, 2, 3, 5, 9, 7), strict=True)) % 11
        c = 0 if c == 10 else 5 if c == 11 else c
        return f"{r.choice(['RR', 'CP', 'LX', 'UA', 'RB'])}{serial}{c}{country}"
    return gen


def ean13(prefix: str) -> Gen:
    def gen(r: random.Random) -> str:
        head = prefix + _digits(r, 12 - len(prefix))
        s = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(head))
        return head + str((10 - s % 10) % 10)
    return gen


def luhn_ref(lo: int, hi: int) -> Gen:
    def gen(r: random.Random) -> str:
        head = r.choice("123456789") + _digits(r, r.randint(lo, hi) - 2)
        return head + str(luhn_digit(head))
    return _not_id(gen)


GEN: dict[str, Gen] = {
    "CPR": cpr, "CPR_ND": cpr_nodash, "CPR_NM": cpr_no_mod11, "CPR_BAD": cpr_bad,
    "FNR": fnr, "FNR_BAD": fnr_bad,
    "PNR": pnr, "PNR12": pnr12, "PNR12D": pnr12_dash, "SAMORD": samordning, "PNR_BAD": pnr_bad,
    "PHONE_DK": phone_dk, "PHONE_NO": phone_no, "PHONE_SE": phone_se, "PHONE_UK": phone_uk,
    "PHONE_US": phone_us,
    "ACCT_DK": acct_dk, "ACCT_NO": acct_no, "ACCT_SE": acct_se, "ACCT_UK": acct_uk,
    "IBAN_DK": iban_dk, "IBAN_NO": iban_no, "IBAN_SE": iban_se, "IBAN_GB": iban_gb,
    "CUSTNO8": custno8, "ORDER": order9,
    "ORDER_SHORT": lambda r: str(r.randint(10000, 999999)),
    "INVOICE": lambda r: f"{r.choice(['2023', '2024'])}-{_digits(r, 6)}",
    "CASE": lambda r: r.choice([f"SAG-2024-{_digits(r, 5)}", f"24/{_digits(r, 5)}"]),
    "CASE_NO": lambda r: f"{r.choice(['23', '24'])}/{r.randint(1000, 19999)}",
    "CASE_EN": lambda r: f"CS-{_digits(r, 7)}",
    "TRACK_PN": lambda r: "00370" + _digits(r, 15),
    "TRACK_DK": s10("DK"), "TRACK_NO": s10("NO"), "TRACK_SE": s10("SE"), "TRACK_GB": s10("GB"),
    "BOOKING": lambda r: r.choice([f"{r.choice(['HX', 'BK', 'DK', 'NR'])}{_digits(r, 7)}",
                                   "".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789")
                                           for _ in range(6))]),
    "SKU": lambda r: r.choice([f"{_digits(r, 3)}.{_digits(r, 3)}.{_digits(r, 2)}",
                               f"ART-{_digits(r, 5)}", f"{_digits(r, 6)}-{r.randint(10, 99)}"]),
    "EAN_DK": ean13("57"), "EAN_NO": ean13("70"), "EAN_SE": ean13("73"),
    "RECEIPT": lambda r: f"{_digits(r, 4)}-{_digits(r, 4)}-{_digits(r, 4)}",
    "POLICY": lambda r: r.choice([f"POL-{_digits(r, 7)}", f"{_digits(r, 3)}-{_digits(r, 3)}-{_digits(r, 3)}"]),
    "CONTRACT": lambda r: f"{r.choice(['AV', 'AGR', 'K'])}-{r.choice(['2022', '2023'])}-{_digits(r, 5)}",
    "KID": luhn_ref(10, 15), "OCR": luhn_ref(10, 16),
    "CVR": cvr, "ORGNR_NO": orgnr_no, "ORGNR_SE": orgnr_se,
    "METER": lambda r: "571313" + _digits(r, 12),
}
for _lang, _suffix in (("da", "DA"), ("nb", "NO"), ("sv", "SV"), ("en", "EN")):
    GEN[f"FULL_{_suffix}"] = person_full(_lang)
    GEN[f"FIRST_{_suffix}"] = person_first(_lang)
for _lang, _suffix in (("da", "DK"), ("nb", "NO"), ("sv", "SE"), ("en", "UK")):
    GEN[f"EMAIL_{_suffix}"] = email(_lang)
    GEN[f"ADDR_{_suffix}"] = address(_lang)

# --------------------------------------------------------------------------------------------
# The texts. Each entry: (genre, text) or (genre, text, 2). Genre S=survey, M=social,
# I=interview. Honorifics (fru, hr., Mr, dr.) and the @ of a tag stay outside person spans.
# --------------------------------------------------------------------------------------------

DA: list[tuple] = [
    ("S", "Jeg har ventet på ordre ((order:{ORDER})) siden ((date:12.03.2024)) og ingen svarer. Ring mig venligst på [[phone:{PHONE_DK}]], jeg er hjemme efter ((time:kl. 16)). Mvh [[person:{FULL_DA}]]", 2),
    ("S", "Medarbejderen [[person:Mette]] fra kundeservice var utrolig hjælpsom og fik styr på min faktura på under ((quantity:10 minutter)). Mere af det!"),
    ("S", "Prisen steg fra ((price:249 kr)) til ((price:299 kr)) om måneden uden varsel. Det er en stigning på ((percent:20 %)) og det synes jeg er for meget."),
    ("M", "@TeliaDanmark tredje gang på en uge at nettet ligger ned i ((postcode:2200)) 😡 hvornår sker der noget??"),
    ("S", "Mit CPR-nummer er [[national_id:{CPR}]] hvis I skal bruge det til at finde min sag. Jeg har skrevet det tre gange nu."),
    ("I", "Interviewer: Hvordan var oplevelsen i butikken?\n[[person:Søren]]: Jamen, den var fin nok. Ekspedienten, [[person:Anne-Sofie]] tror jeg hun hed, hjalp mig med at finde den rigtige størrelse.\nInterviewer: Og prisen?\n[[person:Søren]]: ((price:1.299,00 kr)) for en jakke er i overkanten."),
    ("S", "Jeg bor på [[address:{ADDR_DK}]] og pakken blev stillet hos naboen uden besked. Tredje gang i år.", 2),
    ("M", "kæmpe tak til [[person:jonas]] i Netto på ((place:Frederiksberg)) der hjalp min mor med poserne i dag 🙏"),
    ("S", "Faktura nr. ((invoice:{INVOICE})) er forkert – I har trukket ((price:kr 499,-)) to gange. Pengene skal tilbage på [[account:{ACCT_DK}]]."),
    ("S", "Kundenummer ((custno:{CUSTNO8})). Jeg vil gerne opsige mit abonnement pr. ((date:1. juni)). Tak."),
    ("I", "Noter fra interview ((date:14/2)), butik i ((place:Aarhus C)). Deltageren (kvinde, ca. 45) nævner at hun flere gange har fået hjælp af [[person:Lars Kristensen]] i byggemarkedet, og at han 'altid ved hvor tingene står'. Kritik af ventetid ved kassen (ca. ((quantity:15 min)))."),
    ("S", "Maden på ((company:Jensens Bøfhus)) var kold og tjeneren glemte vores desserter. Vi var ((quantity:6 personer)) og betalte ((price:1.840 kr))."),
    ("S", "Chaufføren ringede fra [[phone:{PHONE_DK}]] og sagde han stod udenfor, men trackingnummeret ((tracking:{TRACK_PN})) viser stadig 'under transport'."),
    ("M", "Hvem andre har oplevet at Rejsekortet trækker ((price:45 kr)) for en tur der koster ((price:24 kr))? #dsb #rejsekort"),
    ("S", "Kontakt mig på [[email:{EMAIL_DK}]] – jeg vil ikke ringes op."),
    ("S", "Jeg vil klage over hr. [[person:Olsen]] i afdelingen for erhvervskunder, som var direkte uhøflig i telefonen i går ((time:kl. 10.15))."),
    ("S", "Service 5/5. Levering 2/5. Pakken kom ((quantity:4 dage)) for sent."),
    ("I", "Moderator: Kan du beskrive en god oplevelse?\nDeltager 3: Da min vaskemaskine gik i stykker, kom montøren, [[person:Kasper]], samme dag. Han gav mig sit direkte nummer, [[phone:{PHONE_DK}]], hvis der var mere.\nModerator: Og en dårlig?\nDeltager 3: Regningen. ((price:2.400 kr)) for ((quantity:en halv time))."),
    ("S", "Referencenummer ((bad_id:{CPR_BAD})) — jeg har ikke fået svar på min henvendelse fra ((date:februar))."),
    ("S", "Jeg er flyttet. Ny adresse: [[address:{ADDR_DK}]]. Gammel adresse: [[address:Grønnegade 3, 1. tv, 4200 Slagelse]]. Husk at opdatere begge systemer."),
    ("M", "Er der andre der har problemer med MobilePay i dag? Kan ikke overføre over ((price:500 kr))"),
    ("S", "Spørg efter fru [[person:Hansen]] på plejehjemmet, hun kan bekræfte at hjemmeplejen ikke kom ((date:d. 3. maj))."),
    ("S", "Min søn [[person:Emil]] ([[national_id:{CPR_ND}]]) står stadig ikke som tilmeldt fritidsordningen, selv om vi søgte i ((date:januar))."),
    ("I", "[[person:Birgitte]]: Jeg skiftede bank fordi rådgiveren hele tiden blev udskiftet.\nInterviewer: Hvor mange rådgivere havde du?\n[[person:Birgitte]]: Fire på to år. Den sidste, [[person:Mads Østergaard]], var god, men så rejste han også."),
    ("S", "Ordrenummer ((order:4512-889)). Varen var defekt, og returlabel virker ikke. Postnummer ((postcode:8000))."),
    ("M", "shoutout til [[person:signe]] og [[person:ahmed]] på skadestuen i Odense i nat ❤️ I er guld værd"),
    ("S", "Jeg betalte ((price:1.299,00 kr)) for en støvsuger der holdt i ((quantity:3 uger)). CVR-nummeret på jeres kvittering er ((org_no:{CVR})) – jeg går til Forbrugerklagenævnet."),
    ("S", "Tilbagebetaling til IBAN [[account:{IBAN_DK}]], kontoindehaver [[person:{FULL_DA}]].", 2),
    ("S", "Butikken på ((place:Vesterbrogade)) er altid rodet og der mangler personale om lørdagen. Kun [[person:Yasmin]] ved kassen gør en indsats."),
    ("M", "((embedded:karensdag)) på jobbet og så lukker apoteket ((time:kl. 17))... tak for ingenting"),
    ("S", "Jeg har været kunde siden ((date:2009)) og har aldrig oplevet så dårlig service som fra [[person:Jannik]] i går."),
    ("I", "Interview med leder af butik i Viby (anonymiseret). Hun fremhæver [[person:Pernille]] og [[person:Rasmus Juul]] som de mest erfarne medarbejdere. Omsætningen er steget ((percent:12 %)) siden ombygningen i ((date:marts 2023))."),
    ("M", "Har lige fået regning på ((price:3.450 kr)) fra Ørsted for et kvartal. Det er jo vanvid!!"),
    ("S", "Jeg kunne ikke logge på med MitID, og da jeg ringede fik jeg at vide at mit CPR [[national_id:{CPR}]] var tilknyttet en anden bruger. Hvordan kan det ske??"),
    ("S", "Telefonnummer: [[phone:{PHONE_DK}]]\nBedste tidspunkt: ((time:mellem 9 og 12))\nEmne: Fejl på elmåler, målepunkt-ID ((meter:{METER}))"),
    ("S", "Rigtig god oplevelse med lånerådgivning. Rådgiveren [[person:Camilla Bech-Nielsen]] forklarede alt grundigt, også de ((percent:4,2 %)) i rente."),
    ("S", "Hej, jeg er [[person:{FULL_DA}]], medlem nr. ((custno:{CUSTNO8})). Jeg vil gerne have tilsendt et nyt medlemskort til [[address:{ADDR_DK}]].", 2),
    ("M", "Nogen der ved om ((company:Peter Larsen Kaffe)) stadig laver den der julekaffe? fandt den ikke i Føtex 😢"),
    ("S", "Varenummer ((product:{SKU})) er udsolgt igen. Fjerde gang i år."),
    ("I", "I: Hvad synes du om appen?\n[[person:Jørgen]]: Den er svær. Min datter, [[person:Louise]], hjalp mig med at sætte den op, men jeg kan stadig ikke finde mine kvitteringer.\nI: Har du kontaktet support?\n[[person:Jørgen]]: Ja, to gange, men det tog ((quantity:40 minutter)) hver gang."),
    ("S", "Pakkeshoppen i ((place:Brønshøj)) er lukket, og pakken blev sendt retur. Kollinummer: ((tracking:{TRACK_DK}))."),
    ("S", "Min konto i jeres bank er [[account:{ACCT_DK}]] og beløbet på ((price:12.500 kr)) er ikke gået ind endnu, selv om I lovede det ((date:den 28. februar))."),
    ("M", "Tak til [[person:Frederik]] fra kundeservice hos 3 der brugte ((quantity:en hel time)) på at få min nye telefon til at virke 👏"),
    ("S", "Dårlig ventetid. ((quantity:47 minutter)) i kø på telefonen ((date:mandag d. 4/3)). Giv mig et tidspunkt i stedet, eller ring mig op på [[phone:{PHONE_DK}]]!"),
    ("S", "Jeg har sendt dokumentationen til [[email:{EMAIL_DK}]] som jeres medarbejder bad om, men har ikke hørt noget siden ((date:2024-02-19))."),
    ("I", "[[person:Henrik]]: Vi bestilte køkkenet i ((embedded:januar)).\n[[person:Lene]]: Ja, og det kom først i maj.\nInterviewer: Hvem havde I kontakt med?\n[[person:Lene]]: En der hed [[person:Thomas]] og senere hans chef, fru [[person:Mikkelsen]]."),
    ("S", "Skriv gerne til mig på [[email:{EMAIL_DK}]] eller ring [[phone:{PHONE_DK}]]. Sagsnummer ((case:{CASE}))."),
    ("S", "Helt fin oplevelse. Kunne godt tænke mig flere vegetariske retter i kantinen."),
    ("M", "hvorfor er det kun muligt at få tid hos lægen ((time:kl 8.00-8.15)) 🙄 ringede ((quantity:32 gange)) i morges"),
    ("S", "Reg.nr. og kontonummer til udbetaling: [[account:{ACCT_DK}]]. CPR: [[national_id:{CPR}]]. Navn: [[person:{FULL_DA}]]."),
    ("S", "Har I overvejet at åbne en butik i ((place:Roskilde))? Jeg kører ((quantity:35 km)) hver gang."),
    ("I", "Fokusgruppe ((date:2024-03-12)), 6 deltagere. P2 ([[person:Ida]]) og P5 ([[person:Mohammed Ali]]) var mest kritiske over for prisstigningen på ((percent:8,5 %)). P3 havde ingen kommentarer."),
    ("S", "Jeg talte med [[person:Mette]] fra kundeservice, ring på [[phone:{PHONE_DK}]] hvis der er spørgsmål til sagen."),
    ("S", "Fakturaen med nr. ((invoice:{INVOICE})) har forfaldsdato ((date:15.04.2024)), men jeg modtog den først ((date:den 14. april))."),
    ("S", "Min mand [[person:Bent Jørgensen]] og jeg har været kunder i ((quantity:30 år)). Han har fået nyt nummer: [[phone:{PHONE_DK}]]."),
    ("M", "((company:Anna's Bageri)) i Valby har verdens bedste kanelsnegle. Punktum. 🥐"),
    ("S", "Det er uacceptabelt at jeres tekniker [[person:Nikolaj]] ikke dukkede op. Jeg tog fri fra arbejde ((time:fra 8 til 14)) og mistede en dags løn (ca. ((price:1.800 kr)))."),
    ("S", "Personnummer: [[national_id:{CPR_NM}]] (kan ikke huske om der skal bindestreg). Jeg ønsker aktindsigt i min sag."),
    ("I", "Interviewer: Beskriv din seneste kontakt med kommunen.\nBorger: Jeg ringede om min boligstøtte. Sagsbehandleren, [[person:Gitte Lund]], var sød, men hun kunne ikke se mine papirer.\nInterviewer: Fik du en opfølgning?\nBorger: Nej. Jeg har stadig sagsnummer ((case:{CASE})) stående i min indbakke."),
    ("S", "Varen blev leveret til forkert adresse – [[address:Nørregade 12, 2. tv, 1165 København K]] er IKKE min adresse, jeg bor på [[address:{ADDR_DK}]]."),
    ("S", "Abonnement nr. ((custno:{CUSTNO8})) — hastigheden er kun ((quantity:23 Mbit/s)) i stedet for de lovede ((quantity:100 Mbit/s)). Det er under ((percent:25 %)). Ring på [[phone:{PHONE_DK}]] efter ((time:kl. 17))."),
    ("S", "Jeg vil gerne rose [[person:Ole]] og [[person:Lise]] på Lyngby Bibliotek for deres tålmodighed med os ældre."),
    ("S", "((embedded:Perfekt)) service, tak."),
    ("I", "Deltager 2: Min kontaktperson gik på barsel, og ingen sagde det til mig. Jeg skrev til hende på [[email:{EMAIL_DK}]] i ((quantity:tre uger)) uden svar.\nModerator: Hvordan fandt du ud af det?\nDeltager 2: Autosvaret kom først ((date:den 2. april))."),
    ("S", "Min datters CPR er [[national_id:{CPR}]] og min egen er [[national_id:{CPR_ND}]]. Vi har begge fået samme brev ved en fejl."),
    ("M", "Bilen fra Sixt var beskidt og manglede brændstof. Reservationsnummer ((order:{BOOKING})). Aldrig igen."),
    ("S", "Opkald ((date:d. 12/3)) ((time:kl. 14.05)) fra nummeret [[phone:{PHONE_DK}]] – det var ikke mig der bestilte det abonnement!"),
    ("S", "Kundenummer: ((custno:{CUSTNO8}))\nTelefon: [[phone:{PHONE_DK}]]\nBesked: Min router blinker rødt og har gjort det siden ((date:fredag))."),
    ("S", "Kvittering nr. ((receipt:{RECEIPT})), ((date:03.05.2024)) ((time:15:42)). Beløb ((price:DKK 649,95)). Jeg vil gerne bytte skoene til en str. ((quantity:42)). Ekspedienten [[person:Oliver]] sagde det var muligt."),
    ("I", "Observation i butikken på ((place:Strøget)), lørdag: Medarbejderen [[person:Line]] stod alene ved kassen i ((quantity:40 minutter)). Kø på op til ((quantity:12 kunder)). Ingen pauseafløsning."),
    ("S", "[[person:Kirsten Mølgaard]], [[address:Bakkevej 4, 8600 Silkeborg]], [[phone:{PHONE_DK}]]. Ønsker at blive ringet op om tilbud på solceller."),
    ("M", "Rema 1000 på ((place:Amagerbrogade)) har igen ikke flere bananer ((time:kl 18)). Hvad sker der 🍌"),
    ("S", "Kortet der slutter på ((partial:4417)) blev trukket ((price:2 x 189 kr)) for samme vare. Jeg vil have pengene retur til [[account:{ACCT_DK}]]."),
    ("S", "Lånenummer ((bad_id:{CPR_BAD})). Jeg har betalt ((price:3.200 kr)) for meget i gebyrer i ((date:2023)). Mit CPR er [[national_id:{CPR_ND}]]."),
    ("S", "Vi var ((quantity:4 voksne og 2 børn)), og ventetiden i Lalandia var over en time. Booking ((order:{BOOKING}))."),
    ("I", "[[person:Anders]]: Vi bruger jeres system hver dag på lageret.\nInterviewer: Hvad virker godt?\n[[person:Anders]]: Scanneren. Min kollega [[person:Rikke]] har lavet en lille vejledning til de nye.\nInterviewer: Og det dårlige?\n[[person:Anders]]: Opdateringerne kommer ((time:midt på dagen))."),
    ("S", "Sendt fra min iPhone\n\nHej [[person:Malene]], tak for snakken i går. Jeg har vedhæftet billeder af skaden. Police nr. ((policy:{POLICY})).\nVenlig hilsen [[person:{FULL_DA}]], tlf. [[phone:{PHONE_DK}]]"),
    ("M", "@[[person:Mads Holm]] fra Elgiganten på ((place:Fisketorvet)) – tak for at redde min fredag 😄"),
    ("S", "Hjemmesiden viser ((price:199 kr)) men i butikken koster den ((price:249 kr)). Stregkode ((product:{EAN_DK}))."),
    ("S", "Jeg ville gerne betale via bankoverførsel, men jeres kontonummer mangler på fakturaen. Mit eget er [[account:{ACCT_DK}]] hvis I vil tilbagebetale de ((price:750 kr))."),
    ("I", "Interviewnoter, kunde i ((quantity:12 år)), bor på ((place:Østerbro)): utilfreds med at filialen i ((place:Sankt Hans Gade)) lukkede. Nævner rådgiveren [[person:Jens-Peter Krogh]] som grunden til at hun ikke har skiftet bank."),
    ("S", "Kære DSB. Toget ((train:IC 848)) var ((quantity:35 minutter)) forsinket i går, og jeg mistede min forbindelse i Fredericia. Jeg forventer kompensation til konto [[account:{ACCT_DK}]]."),
    ("M", "mødes vi ved ((place:Dronning Louises Bro)) ((time:kl 19))? Baren på hjørnet har ((percent:50 %)) på fadøl 🍺"),
    ("S", "Jeg fik at vide af [[person:Sanne]] i kassen at jeg kunne returnere varen inden for ((quantity:30 dage)), men i dag sagde en anden ((quantity:14 dage)). Hvad gælder?"),
    ("S", "Mit telefonnummer er ændret til [[phone:{PHONE_DK}]] og min mail til [[email:{EMAIL_DK}]]. Kundenr. ((custno:{CUSTNO8}))."),
    ("S", "Appen logger mig ud hver gang jeg skifter mellem wifi og mobildata. Version ((version:5.3.1)), iOS 17."),
    ("I", "I: Hvem hjælper dig med indkøb?\n[[person:Else]]: Min nabo, [[person:Bjørn]], og så kommer hjemmehjælperen [[person:Fatima]] om tirsdagen.\nI: Bestiller du nogensinde på nettet?\n[[person:Else]]: Nej, det tør jeg ikke."),
    ("S", "Vi har to målere på adressen, ((meter:{METER})) og ((meter:{METER})), men kun én står på regningen."),
    ("M", "Ny ((product:iPhone 15)) købt hos Power, skærmen død efter ((quantity:to dage)). Reklamation oprettet med nr. ((case:{CASE})). Vi venter 🙃"),
    ("S", "Vi er tilfredse med ((company:Jensen's Køkken)) som leverandør, men fakturaen fra ((date:marts)) mangler CVR ((org_no:{CVR}))."),
]

NB: list[tuple] = [
    ("S", "Jeg har ventet på svar i tre uker. Ring meg på [[phone:{PHONE_NO}]] eller send e-post til [[email:{EMAIL_NO}]]. Mvh [[person:{FULL_NO}]]", 2),
    ("S", "Fødselsnummeret mitt er [[national_id:{FNR}]], men dere har registrert feil adresse. Riktig adresse er [[address:{ADDR_NO}]].", 2),
    ("M", "kjempefornøyd med [[person:kari]] på Elkjøp ((place:Lørenskog)) 🙌 fikk hjelp med alt"),
    ("S", "Ordrenummer ((order:{ORDER})). Pakken er merket levert, men ligger ikke i postkassen. Naboen, [[person:Arne Fossum]], har ikke sett den heller."),
    ("S", "Butikken i ((place:Karl Johans gate)) var stengt selv om nettsiden sa åpent til ((time:kl. 20)). Sløsing med tid."),
    ("I", "Intervjuer: Hvordan opplevde du kundeservice?\n[[person:Ingrid]]: Hun jeg snakket med, [[person:Solveig]], var veldig flink. Men jeg måtte vente i ((quantity:45 minutter)).\nIntervjuer: Ble saken løst?\n[[person:Ingrid]]: Ja, til slutt."),
    ("S", "Kundenummer ((custno:{CUSTNO8})) – strømregningen for ((embedded:januar)) er på ((price:kr 4 312,50)), det er dobbelt av i fjor."),
    ("S", "Vennligst betal tilbake til konto [[account:{ACCT_NO}]]. Beløpet var ((price:1 499,-))."),
    ("M", "Ruter-appen krasjer hver gang jeg prøver å kjøpe billett 🙃 #ruter"),
    ("S", "KID-nummeret ((kid:{KID})) ble avvist i nettbanken. Fakturanummer ((invoice:{INVOICE}))."),
    ("S", "Takk til [[person:Ole Petter Haugen]] i Storebrand for god rådgivning om pensjon."),
    ("I", "Notat fra dybdeintervju ((date:12.03.2024)). Informanten (mann, 60+) forteller om naboen, [[person:Bjørn]], som hjalp ham å søke om bostøtte. Nevner at saksbehandler [[person:Aase Nilsen]] i NAV var 'den eneste som ringte tilbake'."),
    ("S", "Jeg er ikke fornøyd med Jernia i ((place:Storgata)). De hadde ikke reservedelen jeg trengte, og neste levering er om ((quantity:tre uker))."),
    ("S", "Send fakturaen til [[address:Storgata 5, 0155 Oslo]], ikke til den gamle adressen i ((place:Bergen))."),
    ("S", "Orgnr. ((org_no:{ORGNR_NO})) – vi er et lite firma og trenger en fast kontaktperson, ikke en ny hver gang."),
    ("M", "Noen som vet hvorfor Vinmonopolet i ((place:Bjørvika)) stenger ((time:kl 15)) på lørdager?"),
    ("S", "Sjåføren ringte fra [[phone:{PHONE_NO}]] og sa han sto utenfor, men det var ingen der."),
    ("S", "Mitt navn er [[person:Marius Kristiansen-Berg]] og jeg klager på behandlingen jeg fikk ved legevakten natt til søndag."),
    ("I", "[[person:Torstein]]: Jeg bytta til Telenor fordi det var billigere.\nIntervjuer: Hvor mye billigere?\n[[person:Torstein]]: Rundt ((price:150 kroner)) i måneden. Men dekningen på hytta er dårligere."),
    ("S", "Saksnummer ((case:{CASE_NO})) – ingen har tatt kontakt. Fødselsnummer: [[national_id:{FNR}]]."),
    ("S", "Feilen oppsto ((date:den 3. mai)) ((time:ca. kl. 14.30)). Jeg har skjermbilder hvis dere trenger, send en e-post til [[email:{EMAIL_NO}]]."),
    ("S", "Referansenummer ((bad_id:{FNR_BAD})) fra forrige henvendelse. Fortsatt ikke løst etter ((quantity:to måneder))."),
    ("M", "hei [[person:jonas]] på Kiwi ((place:Grünerløkka)), takk for at du fant lommeboka mi!! 💛"),
    ("S", "Jeg bor i [[address:{ADDR_NO}]] og fiberen har vært nede siden fredag."),
    ("S", "Kontaktperson: [[person:{FULL_NO}]]\nTelefon: [[phone:{PHONE_NO}]]\nE-post: [[email:{EMAIL_NO}]]\nGjelder: Reklamasjon på sofa, ordre ((order:{ORDER}))", 2),
    ("I", "Moderator: Hva tenker dere om prisøkningen?\nDeltaker 1: ((percent:15 prosent)) er mye.\nDeltaker 2: Enig. Jeg har allerede sagt opp.\nModerator: Hvorfor?\nDeltaker 2: Fikk bedre tilbud fra Fjordkraft."),
    ("S", "Kontonummeret mitt er [[account:{ACCT_NO}]] og IBAN [[account:{IBAN_NO}]] for utenlandsbetaling."),
    ("M", "Overnattet på ((company:Thon Hotel Rosenkrantz)), frokosten var topp, men ((price:kr 2 390)) natta er drøyt 😬"),
    ("S", "Legen min, dr. [[person:Eriksen]], sendte henvisning for to måneder siden, men jeg har ikke fått time."),
    ("S", "Fantastisk service hos ((company:Kid Interiør)) på Strømmen! Anbefales."),
    ("I", "Intervju 7: [[person:Hilde]] (38) jobber som sykepleier og handler mest på nett. Hun nevner at kollegaen [[person:Sigrid Aas]] anbefalte appen. Bruker ca. ((price:3 000 kr)) i måneden på dagligvarer."),
    ("S", "Nummeret ((custno:{CUSTNO8})) som står på fakturaen er kundenummeret mitt, ikke telefonnummeret. Riktig telefon er [[phone:{PHONE_NO}]]."),
    ("S", "Jeg har ikke fått refusjonen på ((price:NOK 2 450)). Det er ((quantity:6 uker)) siden. Kontonummer: [[account:{ACCT_NO}]]."),
    ("M", "@[[person:Kristine Lie]] du er best! takk for hjelpen i kassa i går 😊"),
    ("S", "Barnet mitt, [[person:Emma]], fnr. [[national_id:{FNR}]], er registrert to ganger i systemet deres."),
    ("S", "Det tok ((quantity:14 dager)) å få byttet en dør på bilen. Verkstedet i ((place:Drammen)) er treigt, men mekanikeren [[person:Vidar]] var hyggelig."),
    ("I", "[[person:Eirik]]: Vi ringte til vaktmesteren, [[person:Geir]], på [[phone:{PHONE_NO}]], men han tok aldri telefonen.\n[[person:Marte]]: Til slutt måtte vi ringe borettslaget.\nIntervjuer: Hvor lang tid tok det?\n[[person:Marte]]: ((quantity:Ti dager))."),
    ("S", "Veldig misfornøyd. Produktet (art.nr. ((product:{SKU}))) gikk i stykker etter to uker."),
    ("S", "Vi bodde på rom ((room:412)) og det var kaldt hele natten. Bookingnummer ((order:{BOOKING})). Resepsjonisten, [[person:Leah]], lovet rabatt som aldri kom."),
    ("S", "Vennligst kontakt min advokat, [[person:Henrik Solberg]], på [[email:{EMAIL_NO}]]."),
    ("M", "trenger noen som kan anbefale rørlegger i ((place:Tromsø))? ring meg gjerne [[phone:{PHONE_NO}]] 🙏"),
    ("S", "Kunde siden ((date:2015)). Avtalenummer ((contract:{CONTRACT})). Jeg ønsker å si opp forsikringen fra ((date:01.07.2024)). Bekreftelse til [[email:{EMAIL_NO}]], takk."),
    ("I", "Intervjuer: Hvem tok imot deg?\nInformant: En ung mann, [[person:Sander]] tror jeg. Han var ny.\nIntervjuer: Og opplevelsen?\nInformant: Helt grei. Men ventetiden var lang."),
    ("S", "Postnummer ((postcode:0150)) står feil i systemet deres, jeg hører til ((postcode:0151)). Kan dere rette det?"),
    ("S", "Jeg fikk feil vare, og fru [[person:Lund]] i kundeservice lovet å ringe tilbake. Hun har ikke ringt."),
    ("M", "Hvem har bestemt at Vy skal ha ((quantity:20 min)) forsinkelse HVER morgen på Østfoldbanen"),
    ("S", "Tusen takk til [[person:Åse]] og [[person:Øyvind]] på Rikshospitalet for omsorgen de viste min far."),
    ("S", "Reklamasjon. Kvitteringsnummer ((receipt:{RECEIPT})). Kjøpt ((date:12.01.2024)) for ((price:kr 7 990))."),
    ("I", "Kundebesøk hos familien [[person:Johansen]] ([[address:{ADDR_NO}]]). Varmepumpen ble installert i fjor høst og har ikke fungert siden. Service utført ((date:14.03.2024))."),
    ("S", "Jeg vil gjerne ha tilbakebetalt til [[account:{IBAN_NO}]]. Takk."),
    ("S", "Hei, [[person:Per]] her. Jeg ringte i går om en ((embedded:perfekt)) ny jakke som hadde hull i lomma. Fortsatt ikke hørt noe."),
    ("M", "Skikkelig dårlig av Posten å ikke levere pakker i helgen. Sporingsnummer ((tracking:{TRACK_NO})) har stått stille i ((quantity:5 dager))."),
    ("S", "Fødselsnummer (11 siffer): [[national_id:{FNR}]]\nNavn: [[person:{FULL_NO}]]\nÅrsak: Ønsker innsyn i egne data."),
    ("S", "Husleien har økt med ((percent:6,4 %)) mens vedlikeholdet er null."),
    ("I", "[[person:Kristoffer]]: Jeg jobbet på Rema 1000 i fem år.\nIntervjuer: Og nå?\n[[person:Kristoffer]]: Nå er jeg hos Coop. Sjefen min, [[person:Nina Dahl]], er mye bedre."),
    ("S", "Hei! Jeg ringte kundesenteret ((date:den 14.)) og snakket med [[person:Camilla]]. Hun sa at dere skulle sende ny faktura. Den har ikke kommet."),
    ("S", "Til info: e-posten min har endret seg til [[email:{EMAIL_NO}]]. Den gamle, [[email:{EMAIL_NO}]], er stengt."),
    ("M", "Over ((price:100 kr)) for en kaffe og en bolle på Gardermoen 😳"),
    ("S", "Elbilladeren på [[address:Fjellveien 23B, 5019 Bergen]] har ikke virket siden installasjonen. Installatør: [[person:Trond]]."),
    ("S", "Dere har sendt brevet mitt til feil person! Det står [[person:Silje Marie Bakken]] på konvolutten, men adressen er min, [[address:{ADDR_NO}]]."),
    ("I", "Informant 4 (kvinne, 29): 'Jeg liker at jeg kan chatte med dem. Sist gang var det en som het [[person:Jonas]] som svarte på under ett minutt.'"),
    ("S", "Medlemsnummer ((custno:{CUSTNO8})). Jeg har ikke fått bonuspoengene for mars og april. Mobil: [[phone:{PHONE_NO}]]."),
    ("S", "Jeg vil klage på sjåføren av buss ((route:31)) som kjørte fra meg på holdeplassen ((time:kl. 07.42)) i dag."),
    ("S", "Fødselsnr. [[national_id:{FNR}]] - jeg får ikke logget inn med BankID, og dere sier det er feil nummer. Det er det ikke."),
    ("M", "Elkjøp sin Black Friday: ((percent:-40 %)) på TV-er, men prisen var høyere uka før 🤡"),
    ("S", "Jeg ønsker å bli kontaktet av [[person:Lars-Erik]] igjen, han vet hva saken gjelder. Nr. mitt er [[phone:{PHONE_NO}]]."),
    ("S", "Alt var fint, men parkeringen koster ((price:45 kr)) i timen. Det er for dyrt."),
    ("I", "Observasjon i butikk torsdag: Ansatt ([[person:Mathilde]]) hjalp tre kunder samtidig. Kø på ((quantity:8 personer)) ved kassa ((time:kl. 16.30))."),
    ("S", "Vi har to abonnement: ((custno:{CUSTNO8})) og ((custno:{CUSTNO8})). Begge har fått feil faktura."),
    ("S", "Pengene er trukket to ganger. Kontoutskrift for konto [[account:{ACCT_NO}]] kan ettersendes."),
    ("M", "((embedded:Perfekt)) helg på Hafjell ⛷️ men heiskøen var ((quantity:30 min)) 😬"),
    ("S", "Jeg snakket med en hyggelig dame som het [[person:Bodil]], men navnet på den andre husker jeg ikke."),
    ("S", "Riktig leveringsadresse er [[address:Kongens gate 14, 7011 Trondheim]]. Postnummeret ((postcode:7010)) som dere har registrert er feil."),
    ("I", "[[person:Maren]]: Appen er fin, men jeg skjønner ikke strømprisen.\n[[person:Vegard]]: Samme her. ((price:2,50 kr per kWh)) i desember?\nModerator: Hva skulle dere ønske?\n[[person:Maren]]: Fastpris."),
    ("S", "Vi ble lovet at en tekniker skulle komme mellom ((time:8 og 12)). [[person:Ruben]] fra Get kom ((time:15.30)). Ikke akseptabelt."),
    ("S", "Ansatt [[person:Ahmed Hassan]] fortjener en lønnsøkning – beste service jeg har fått på mange år."),
    ("M", "Noen som har gått ((place:Olav Kyrres gate)) i Bergen i det siste? Bussen står jo stille ((quantity:20 minutter)) 🙄"),
    ("S", "Regningen fra ((date:februar)) er sendt til [[email:{EMAIL_NO}]], som er min manns adresse. Send den til meg, [[person:Ragnhild Sæther]], i stedet."),
    ("S", "Avgangen ((train:R10)) fra Lillestrøm ((time:kl. 07.12)) er innstilt for tredje dag på rad. Månedskortet koster ((price:kr 1 113))."),
    ("I", "Intervjuer: Du nevnte en dårlig opplevelse?\n[[person:Gunnar]]: Ja. Montøren, [[person:Stian]], skrudde fast hyllen feil. Jeg sendte bilder til [[email:{EMAIL_NO}]], men fikk aldri svar.\nIntervjuer: Når var dette?\n[[person:Gunnar]]: ((date:I november))."),
    ("S", "Takk for rask levering! Kom etter ((quantity:to dager)), pent pakket."),
    ("S", "Mobilnummeret mitt [[phone:{PHONE_NO}]] er registrert på min eksmann. Vennligst flytt det over til meg, fnr. [[national_id:{FNR}]]."),
]

SV: list[tuple] = [
    ("S", "Jag har väntat på min beställning sedan ((date:12 mars)). Ordernummer ((order:{ORDER})). Ring mig på [[phone:{PHONE_SE}]]. Mvh [[person:{FULL_SV}]]", 2),
    ("S", "Tack till [[person:Sara]] på kundtjänst som hjälpte mig att byta abonnemang!"),
    ("S", "Mitt personnummer är [[national_id:{PNR}]] om ni behöver det för att hitta ärendet."),
    ("M", "tack [[person:linnea]] på ICA Maxi i ((place:Västerås)) för att du hittade min plånbok 😭💛"),
    ("S", "Priset höjdes från ((price:SEK 1 299)) till ((price:1 499 kr)) på en vecka. Det är inte ok."),
    ("I", "Intervjuare: Hur upplevde du leveransen?\n[[person:Göran]]: Det var en kille, [[person:Oskar]], som bar upp soffan till fjärde våningen. Mycket trevlig.\nIntervjuare: Något negativt?\n[[person:Göran]]: Leveransen kom ((quantity:två timmar)) sent."),
    ("S", "Kundnummer ((custno:{CUSTNO8})). Jag vill säga upp mitt elavtal från ((date:2024-04-01)). Slutfakturan kan skickas till [[email:{EMAIL_SE}]]."),
    ("S", "Min adress är [[address:Drottninggatan 53, 111 21 Stockholm]], inte ((place:Drottninggatan)) i Uppsala! Paketet har hamnat fel två gånger."),
    ("S", "OCR-nummer ((ocr:{OCR})) fungerar inte när jag försöker betala i appen."),
    ("M", "((company:Clas Ohlson)) har alltid det man behöver men kön i kassan på ((place:Hamngatan)) 😩"),
    ("S", "Ärendenummer ((bad_id:{PNR_BAD})). Ingen har återkommit på ((quantity:tre veckor)). Mitt samordningsnummer är [[national_id:{SAMORD}]] om det hjälper."),
    ("S", "Organisationsnummer ((org_no:{ORGNR_SE})) – vi är ett aktiebolag och vill ha faktura med momsen specificerad."),
    ("S", "Samordningsnummer: [[national_id:{SAMORD}]]. Jag har inte fått något personnummer ännu och kan därför inte använda BankID."),
    ("I", "Anteckningar, djupintervju ((date:2024-03-12)). Deltagaren berättar att hemtjänstpersonalen, särskilt [[person:Maria]] och [[person:Ali]], är fantastiska, men att schemat ändras hela tiden. ((embedded:Annars)) nöjd."),
    ("S", "Kontakta mig på [[email:{EMAIL_SE}]] istället för telefon.", 2),
    ("S", "Återbetalning till clearing- och kontonummer [[account:{ACCT_SE}]], tack."),
    ("M", "SJ igen... ((quantity:45 min)) försenat mellan Göteborg och Stockholm. #sj"),
    ("S", "Handläggaren [[person:Eva Lindqvist]] på Försäkringskassan har varit till stor hjälp."),
    ("S", "((embedded:Perfekt)) leverans, allt kom i tid."),
    ("S", "Jag ringde från [[phone:{PHONE_SE}]] men samtalet bröts efter ((quantity:20 minuter)) i kö."),
    ("S", "Personnummer [[national_id:{PNR12}]]. Jag vill ha ett registerutdrag enligt GDPR."),
    ("I", "[[person:Elin]]: Jag bytte till Tele2 för att det var billigare.\n[[person:Johan]]: Jag stannade kvar hos Telia, men bara för att jag inte orkade byta.\nModerator: Vad skulle få dig att byta, [[person:Johan]]?\n[[person:Johan]]: Om det var ((price:100 kronor)) billigare i månaden."),
    ("S", "Leveransen till [[address:{ADDR_SE}]] kom aldrig fram. Spårningsnummer ((tracking:{TRACK_SE}))."),
    ("M", "Max Burgers i ((place:Luleå)) har bästa personalen!! särskilt [[person:ebba]] 🍔"),
    ("S", "Mitt konto hos er är [[account:{IBAN_SE}]]. Pengarna, ((price:3 450 kr)), har inte kommit in."),
    ("S", "Fakturan ((invoice:{INVOICE})) har fel belopp: ((price:2 199 kr)) istället för ((price:1 999 kr)). Mvh [[person:{FULL_SV}]]"),
    ("S", "Jag pratade med en man som hette [[person:Mikael]] på kundtjänst. Han lovade att ringa tillbaka inom ((quantity:24 timmar)). Det har gått en vecka."),
    ("I", "Intervjuare: Vad tycker du om appen?\nDeltagare: Den är okej. Men jag förstår inte varför jag måste ange mitt personnummer, [[national_id:{PNR}]], varje gång jag loggar in."),
    ("S", "Butiken på ((place:Kungsgatan)) i Göteborg har stängt ((time:kl. 18)) de senaste veckorna trots att det står ((time:20)) på skylten."),
    ("S", "Vänligen skicka ersättningen till [[person:{FULL_SV}]], [[address:{ADDR_SE}]].", 2),
    ("M", "((company:Hennes & Mauritz)) har ((percent:50%)) på allt i helgen men hälften av kassorna är stängda 🙄"),
    ("S", "Min dotter [[person:Alva]] (personnummer [[national_id:{PNR12D}]]) har fått fel kallelse till vaccination."),
    ("S", "Ring inte [[phone:{PHONE_SE}]] längre, det numret är avslutat. Nytt nummer: [[phone:{PHONE_SE}]]."),
    ("S", "Jag beställde ((quantity:3 st)) och fick 2. Artikelnummer ((product:{SKU})). Ring mig: [[phone:{PHONE_SE}]]."),
    ("I", "Butiksbesök i ((place:Malmö)) ((date:15/3)). Butikschefen [[person:Anders Nyström]] berättar att omsättningen minskat med ((percent:7 %)). Personalen ([[person:Fatima]], [[person:Hugo]]) upplever stress."),
    ("S", "Det var den sämsta hotellupplevelsen någonsin. Rum ((room:214)), bokningsnummer ((order:{BOOKING})). Receptionisten [[person:Jonna]] brydde sig inte."),
    ("M", "Hej @[[person:Kajsa Berg]], tack för hjälpen med flytten igår! ⭐️⭐️⭐️⭐️⭐️"),
    ("S", "Kontaktuppgifter:\nNamn: [[person:Åsa Ekström-Holm]]\nTelefon: [[phone:{PHONE_SE}]]\nE-post: [[email:{EMAIL_SE}]]\nÄrende: Fel i elräkningen"),
    ("S", "Varför kostar en kaffe ((price:49 kr)) på Arlanda? Helt sjukt."),
    ("S", "Herr [[person:Svensson]] i receptionen var otrevlig när jag frågade om parkering."),
    ("S", "Jag har fått en faktura på ((price:SEK 12 400)) för ett abonnemang jag sa upp i januari. Avtalsnummer ((contract:{CONTRACT}))."),
    ("I", "[[person:Lena]]: Min man, [[person:Per-Olof]], sköter all kontakt med banken.\nIntervjuare: Varför det?\n[[person:Lena]]: Han är bättre på det. Men förra månaden fick han inte tag på någon på ((quantity:tre dagar))."),
    ("S", "Ni har skickat min post till [[address:Storgatan 8A, 852 30 Sundsvall]] men jag flyttade därifrån ((date:2022))."),
    ("M", "Vem bestämde att Systembolaget ska stänga ((time:15)) på lördagar?? 🍷"),
    ("S", "Hej! Jag heter [[person:Nils]] och är ((quantity:82 år)). Jag kan inte använda er app. Kan någon ringa mig på [[phone:{PHONE_SE}]]?"),
    ("S", "Referens ((ocr:{OCR})) – betalningen gjordes ((date:2024-02-28)) men ni skickar påminnelse ändå."),
    ("S", "Tandläkaren, dr [[person:Berglund]], var jättebra med min son som är tandvårdsrädd."),
    ("I", "Moderator: Har någon använt chatten?\nDeltagare A: Ja, jag chattade med deras chattbot ((product:Stina)) men den förstod ingenting.\nDeltagare B: Samma här.\nModerator: Vad hände sen?\nDeltagare A: Jag ringde istället, ((quantity:40 minuter)) i kö."),
    ("S", "Kvittonummer ((receipt:{RECEIPT})) – jag ville returnera jackan men butiken vid ((place:Sergels torg)) vägrade."),
    ("S", "Löneutbetalningen ska gå till [[account:{ACCT_SE}]]. Personnummer: [[national_id:{PNR}]]."),
    ("M", "ny iPhone från Elgiganten, fungerade i två dagar 🙃 och supporten säger ”((quantity:4-6 veckor))” för reparation"),
    ("S", "Jag vill ge beröm till sjuksköterskan [[person:Jenny]] på avdelning ((ward:34)) på Sahlgrenska."),
    ("I", "Intervju 3, [[person:Mats]] (kund sedan ((date:2011))). Tycker att priserna är höga men servicen bra. Nämner hustrun [[person:Birgitta]] som den som 'bestämmer om elavtalet'."),
    ("S", "Bra att ni har öppet till ((time:21)). Men sortimentet av glutenfritt är dåligt."),
    ("S", "Kontonummer för återbetalning: [[account:{ACCT_SE}]] (Swedbank). Kontoinnehavare: [[person:{FULL_SV}]]."),
    ("M", "@Telia_Sverige mitt bredband har varit nere i ((quantity:3 dagar)) i ((postcode:417 21)) – när fixar ni det?"),
    ("S", "Jag blev uppringd från [[phone:{PHONE_SE}]] av någon som påstod sig vara från er och bad om mitt kontonummer. Är det bedrägeri?"),
    ("S", "Hemtjänsten kommer till mamma på [[address:{ADDR_SE}]] varje dag, men hon vet aldrig vem som kommer."),
    ("I", "[[person:Karin]]: Vi handlar på Lidl för att det är billigast.\n[[person:Ulf]]: Fast kvaliteten på köttet...\n[[person:Karin]]: Ja ja. Men ((price:30 kronor)) skillnad per kilo!"),
    ("S", "Ingen kommentar."),
    ("S", "Jag har IBAN [[account:{IBAN_SE}]] och BIC ((bic:SWEDSESS)). Återbetala dit."),
    ("S", "Sms från [[phone:{PHONE_SE}]] där ert bud [[person:Robin]] skrev att han var utanför. Han var inte det."),
    ("M", "Går det att få tag på [[person:Anna]] från ((company:Åhléns)) i ((place:Uppsala))? hon hjälpte mig med en present i lördags och jag vill tacka henne 💕"),
    ("S", "Beställning ((order:{ORDER})) från ((date:7 april)). Har fått två mejl om att den skickats men inget paket. Leveransadress: [[address:{ADDR_SE}]]."),
    ("S", "Rullstolsrampen vid entrén på ((place:Storgatan)) är trasig. Kontakta mig gärna: [[email:{EMAIL_SE}]]"),
    ("I", "Telefonintervju ((date:onsdag 13 mars)), ((time:10:00–10:35)). Respondent: [[person:Viktor Åberg]], [[phone:{PHONE_SE}]]. Huvudpoäng: leveranstider, returer."),
    ("S", "Mitt namn är [[person:Sofia]] och jag är lärare. Era läromedel är för dyra: ((price:SEK 399)) per elev."),
    ("S", "Ett paket från PostNord ligger hos ombudet på ((place:Södermalm)) men jag får inget sms. Kolli-id ((tracking:{TRACK_PN}))."),
    ("S", "Vi var på Gröna Lund i lördags och fick vänta ((quantity:90 minuter)) på Jetline. Biljetterna kostade ((price:465 kr)) styck."),
    ("S", "Tack [[person:Hampus]] och [[person:Wilma]] i Jula-butiken för bra råd om altanbygget!"),
    ("S", "Försäkringsnummer ((policy:{POLICY})). Min bil skadades ((date:2024-01-17)) på parkeringen vid [[address:Kungsportsavenyen 12, 411 36 Göteborg]]."),
    ("M", "kan någon förklara varför Skatteverket behöver ((quantity:6 veckor)) för ett samordningsnummer?!"),
    ("S", "Skicka kallelsen till [[email:{EMAIL_SE}]] i stället. Tack, [[person:Leila]]."),
    ("I", "Intervjuare: Hur hittade du oss?\n[[person:Amir]]: En kompis, [[person:Erik]], rekommenderade er.\nIntervjuare: Och vad tycker du nu?\n[[person:Amir]]: Helt okej för priset, ((price:299 i månaden))."),
    ("S", "Jag har två kundnummer, ((custno:{CUSTNO8})) och ((custno:{CUSTNO8})). Kan ni slå ihop dem? Hälsningar [[person:Bengt Ohlsson]]"),
    ("S", "Fel i min deklaration: ni har angett mitt personnummer som [[national_id:{PNR12}]] men det är min mans. Mitt är [[national_id:{PNR}]]."),
    ("S", "Receptionisten [[person:Ronja]] löste problemet direkt. 10/10."),
    ("M", "Picknick på ((place:Gustav Adolfs torg)) i solen ☀️ Glass för ((price:45 kr)) men värt det"),
    ("S", "Elräkningen för ((date:februari)) var ((price:2 870 kr)), ((percent:35 %)) högre än förra året. Anläggnings-id ((meter:735999{ORDER}))."),
    ("I", "Intervjuare: Kan du berätta om kontakten med vårdcentralen?\n[[person:Signe]]: Jag fick en tid till doktor [[person:Holmqvist]] efter ((quantity:fem veckor)).\nIntervjuare: Hur var besöket?\n[[person:Signe]]: Bra, men kort. ((quantity:Tio minuter))."),
    ("S", "Skickade mitt CV till [[email:{EMAIL_SE}]] för ((quantity:två månader)) sedan. Inget svar. Vänliga hälsningar [[person:{FULL_SV}]]"),
]

EN: list[tuple] = [
    ("S", "I've been waiting three weeks for order ((order:{ORDER})). Please call me on [[phone:{PHONE_UK}]]. Regards, [[person:{FULL_EN}]]", 2),
    ("S", "Huge thanks to [[person:Priya]] from customer service who sorted out my refund in minutes."),
    ("S", "Invoice no. ((invoice:{INVOICE})) charges me ((price:£49.99)) twice. Please refund to [[account:{ACCT_UK}]]."),
    ("M", "shoutout to [[person:dave]] at the Tesco in ((place:Clapham)), absolute legend 🙌"),
    ("S", "My address is [[address:12 High Street, Oxford OX1 4AP]] – your driver keeps leaving parcels with the shop next door."),
    ("I", "Interviewer: How was the onboarding?\n[[person:Rachel]]: Fine, mostly. My account manager, [[person:Tom Fletcher]], walked me through it.\nInterviewer: Anything missing?\n[[person:Rachel]]: Documentation. And a direct phone line."),
    ("S", "Customer number ((custno:{CUSTNO8})). I'd like to cancel my subscription from ((date:1 June)). Thanks, [[person:Rob Keane]]."),
    ("S", "Please send the refund to IBAN [[account:{IBAN_GB}]], account holder [[person:{FULL_EN}]].", 2),
    ("M", "Why does ((company:John Lewis)) charge ((price:£4.95)) for click & collect now?? used to be free"),
    ("S", "I'm living in Copenhagen now – my Danish CPR is [[national_id:{CPR}]] if you need it for the tax form."),
    ("S", "The app crashed ((quantity:3 times)) today. Version ((version:4.12.0)), Android 14."),
    ("S", "Email me at [[email:{EMAIL_UK}]] rather than calling, I work nights."),
    ("I", "Field notes, ((date:12 March 2024)), Leeds store. Store manager ([[person:Gemma Wright]]) reported a ((percent:15%)) drop in footfall. Staff member [[person:Kwame]] suggested extending opening hours to ((time:9pm))."),
    ("S", "Your engineer, Mr [[person:Patel]], was professional and tidy. Five stars."),
    ("S", "Ticket ref ((case:{CASE_EN})) – still no response after ((quantity:10 working days)). Reply to [[email:{EMAIL_UK}]]."),
    ("M", "@[[person:Sophie Turner-Hall]] thanks for the help at the Boots counter yesterday!! 💕"),
    ("S", "Delivered to the wrong house. I'm at [[address:{ADDR_UK}]], not next door.", 2),
    ("S", "The Marks & Spencer on ((place:Oxford Street)) never has enough staff on the tills."),
    ("S", "I moved to Sweden last year. Personnummer [[national_id:{PNR}]], my phone is [[phone:{PHONE_SE}]]."),
    ("I", "[[person:Liam]]: We switched broadband because of the price.\n[[person:Chloe]]: And the router kept dropping.\nInterviewer: How much were you paying?\n[[person:Liam]]: About ((price:£38 a month)), now it's ((price:£25))."),
    ("S", "Tracking number ((tracking:{TRACK_GB})) hasn't updated in ((quantity:5 days))."),
    ("S", "Spoke to [[person:Ben]] on the phone at ((time:2:30pm)) on Tuesday. He promised a callback within ((quantity:24 hours)). Nothing."),
    ("S", "Please update my contact details: new mobile [[phone:{PHONE_UK}]], new email [[email:{EMAIL_UK}]]."),
    ("M", "Paid ((price:£6.50)) for a flat white at Heathrow T5. Never again ☕"),
    ("S", "Policy number ((policy:{POLICY})). My claim from ((date:2024-02-03)) has been 'under review' for six weeks. Handler: [[person:Imogen Blake]]."),
    ("S", "Grateful to Dr [[person:Okafor]] and nurse [[person:Siobhan]] on Ward ((ward:7B)) for looking after my dad."),
    ("I", "Moderator: What would make you recommend us?\nParticipant 2: Honestly, cheaper delivery. ((price:£3.99)) per order adds up.\nParticipant 4: Agreed.\nModerator: Anything else?\nParticipant 2: No."),
    ("S", "I'm Norwegian but live in London. Bank account in Norway: [[account:{ACCT_NO}]]. Can you pay the refund there?"),
    ("S", "Mrs [[person:Henderson]] at the front desk was rude when I asked for a receipt."),
    ("M", "anyone else had their Deliveroo order cancelled tonight? ((order:#{ORDER_SHORT})) just vanished 🤷"),
    ("S", "Your chatbot ((product:Max)) keeps telling me to restart the router. I've done that ((quantity:12 times))."),
    ("S", "Refund to sort code and account [[account:{ACCT_UK}]] please, not the card."),
    ("I", "Home visit to the [[person:Clarke]] family at [[address:{ADDR_UK}]]. Boiler installed ((date:Oct 2023)); still no hot water upstairs."),
    ("S", "It took ((quantity:47 minutes)) to get through on the phone. Unacceptable for a bank."),
    ("S", "My name is [[person:Aoife O'Brien]] and I've been a member since ((date:2012)). Membership number ((custno:{CUSTNO8}))."),
    ("M", "the staff at Pret on ((place:King's Road)) are so lovely, esp. [[person:maria]] ☀️"),
    ("S", "Contact: [[person:{FULL_EN}]] / [[phone:{PHONE_UK}]] / [[email:{EMAIL_UK}]]", 2),
    ("S", "Great product but the ((price:$129)) price is steep compared to competitors."),
    ("I", "[[person:Hannah]]: I called the helpline and got [[person:Jake]], who was brilliant.\nInterviewer: What made him brilliant?\n[[person:Hannah]]: He actually listened. And he rang back when he said he would."),
    ("S", "Booking ref ((order:{BOOKING})) – room ((room:305)) had no hot water. Asked [[person:Gavin]] at reception twice."),
    ("S", "I paid ((price:SEK 1 299)) in your Stockholm store, but the receipt says ((price:SEK 1 499)). Receipt no. ((receipt:{RECEIPT}))."),
    ("M", "Shout out to the crew on flight ((flight:BA 816)) – [[person:Chloé]] made my kid's day ✈️"),
    ("S", "Please do not contact me on [[phone:{PHONE_UK}]] anymore. I've asked four times."),
    ("S", "My Swedish samordningsnummer is [[national_id:{SAMORD}]]. Your form only accepts personnummer. Please fix."),
    ("I", "Interview 12 – participant asked not to be named. Works in logistics, two kids. Mentions that a colleague, [[person:Jordan]], recommended the service."),
    ("S", "I was overcharged. Order ((order:{ORDER})) total should be ((price:£84.20)), not ((price:£104.20)). That's ((percent:24%)) more."),
    ("S", "Thank you [[person:Ingrid Haugland]] and [[person:Mikkel]] at the Oslo office for arranging everything for our visit."),
    ("M", "((company:Tim Hortons)) in Glasgow 🥯 ((rating:10/10)) would queue again"),
    ("S", "The reference number ((bad_id:{FNR_BAD})) on my Norwegian invoice doesn't match anything in your system."),
    ("S", "Requests: (1) stop sending paper statements to [[address:Flat 3, 27 Elm Grove, Bristol BS7 8QP]]; (2) use [[email:{EMAIL_UK}]] instead."),
    ("S", "Really happy with the new menu. The vegan burger is ((price:£9.50)) and worth it."),
    ("I", "Interviewer: Who did you speak to?\n[[person:Owen]]: A woman called [[person:Beth]], then her supervisor.\nInterviewer: Did they resolve it?\n[[person:Owen]]: Eventually. Took three calls."),
    ("S", "Dinner at ((company:Annabel's Kitchen)) was lovely but we waited ((quantity:50 minutes)) for mains."),
    ("S", "My Danish bank details for the payout: [[account:{IBAN_DK}]]. Name on account: [[person:{FULL_DA}]]."),
    ("S", "Order ((order:{ORDER})) arrived damaged. Photos sent to support yesterday. Postcode ((postcode:SW1A 1AA)) if needed. You can reach me on [[phone:{PHONE_UK}]]."),
    ("M", "Big thanks to [[person:Jess]] and [[person:Marcus]] at the Apple Store on ((place:Regent Street)) 🍏"),
    ("S", "Your driver rang me from [[phone:{PHONE_UK}]] at ((time:7am)) on a Sunday. Not okay."),
    ("S", "US customer here – best number is [[phone:{PHONE_US}]], afternoons Eastern time."),
    ("S", "Parking cost ((price:£12)) for ((quantity:two hours)). Ridiculous."),
    ("S", "Could someone contact my mother, [[person:Margaret Evans]], at [[phone:{PHONE_UK}]]? She's ((quantity:87)) and can't use email."),
    ("I", "Session 4 (online). P1 ([[person:Lucy]]) and P3 ([[person:Daniel]]) both mentioned the February outage. P2 joined late at ((time:14:20))."),
    ("S", "Customer ID ((custno:{CUSTNO8})) vs my phone number [[phone:{PHONE_UK}]] — your form mixes them up!"),
    ("S", "No complaints. Quick delivery, well packaged."),
    ("S", "I've been with you since ((date:2009)). Today I'm leaving. ((price:£15)) more per month for the same package is not okay."),
    ("M", "lol the guy at Currys in ((place:Croydon)) tried to sell me a ((price:£200)) HDMI cable 😂"),
    ("S", "The 10-digit number on my letter, ((bad_id:{CPR_BAD})), is it a case number? Nobody can tell me."),
    ("S", "Hi, [[person:Natasha]] here – the gym on ((place:Deansgate)) has had a broken shower for three weeks."),
    ("I", "Interviewer: Tell me about the delivery.\n[[person:Grace]]: The driver, [[person:Pete]], was lovely. Carried it upstairs.\nInterviewer: And the product?\n[[person:Grace]]: ((embedded:Perfect))."),
    ("S", "My personal number in Norway is [[national_id:{FNR}]] – I need it on the insurance certificate."),
    ("S", "The ((percent:20%)) discount code ((product:SUMMER20)) didn't work at checkout."),
    ("S", "I live at [[address:4 Albert Road]] and the bins haven't been collected since ((date:5 March))."),
]

# --------------------------------------------------------------------------------------------
# Build
# --------------------------------------------------------------------------------------------

_PLACEHOLDER = re.compile(r"\{([A-Z0-9_]+)\}")
_MARKUP = re.compile(r"\[\[(\w+):(.+?)\]\]|\(\((\w+):(.+?)\)\)", re.S)


def fill(template: str, r: random.Random, used: Counter[str]) -> str:
    """Replace each {PLACEHOLDER} by a fresh generated value (counting them in ``used``)."""
    def sub(m: re.Match[str]) -> str:
        used[m.group(1)] += 1
        return GEN[m.group(1)](r)
    return _PLACEHOLDER.sub(sub, template)


def strip_markup(marked: str) -> tuple[str, list[dict], list[tuple[str, str]]]:
    """Plain text, gold spans, and the (tag, value) hard negatives of one marked-up text."""
    out: list[str] = []
    spans: list[dict] = []
    negs: list[tuple[str, str]] = []
    pos = 0
    n = 0
    for m in _MARKUP.finditer(marked):
        out.append(marked[pos:m.start()])
        n += m.start() - pos
        if m.group(1):
            kind, value = m.group(1), m.group(2)
            if kind not in PII_KINDS:
                raise ValueError(f"unknown PII kind {kind!r} in {marked!r}")
            spans.append({"start": n, "end": n + len(value), "kind": kind})
        else:
            kind, value = m.group(3), m.group(4)
            negs.append((kind, value))
        out.append(value)
        n += len(value)
        pos = m.end()
    out.append(marked[pos:])
    return "".join(out), spans, negs


def build() -> tuple[list[dict], list[list[tuple[str, str]]], Counter[str]]:
    """All records (shuffled, numbered), the hard negatives of each, and the fillers used."""
    r = random.Random(SEED)
    used: Counter[str] = Counter()
    items: list[tuple[dict, list[tuple[str, str]]]] = []
    for lang, texts in (("da", DA), ("nb", NB), ("sv", SV), ("en", EN)):
        for entry in texts:
            genre, template = entry[0], entry[1]
            reps = entry[2] if len(entry) > 2 else 1
            if reps not in (1, 2) or (reps == 2 and not _PLACEHOLDER.search(template)):
                raise ValueError(f"bad repetition for {template!r}")
            for _ in range(reps):
                text, spans, negs = strip_markup(fill(template, r, used))
                rec = {"id": "", "text": text, "lang": lang, "genre": GENRES[genre], "pii": spans}
                items.append((rec, negs))
    random.Random(SEED + 1).shuffle(items)
    for i, (rec, _) in enumerate(items, 1):
        rec["id"] = f"pii-{i:04d}"
    return [rec for rec, _ in items], [negs for _, negs in items], used


# --------------------------------------------------------------------------------------------
# Validation
# --------------------------------------------------------------------------------------------

_EMAIL = re.compile(r"^[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+$")
_EMAIL_ANY = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+")
_ID_LIKE = re.compile(r"(?<![\d-])(\d{6}[-+]?\d{4}|\d{8}-?\d{4}|\d{11})(?![\d-])")
_IBAN_LIKE = re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?\b")
_EDGE_PUNCT = set(" \t\n.,;:!?()[]{}\"'”“«»")


def check_span(text: str, s: dict) -> list[str]:
    """Problems with one gold span (empty list when fine)."""
    errs = []
    a, b, kind = s["start"], s["end"], s["kind"]
    if not (0 <= a < b <= len(text)):
        return [f"span out of bounds {s}"]
    v = text[a:b]
    if v != v.strip() or v[0] in _EDGE_PUNCT or v[-1] in _EDGE_PUNCT:
        errs.append(f"span has edge whitespace/punctuation: {v!r}")
    if (a > 0 and text[a - 1].isalnum()) or (b < len(text) and text[b].isalnum()):
        errs.append(f"span cuts a word: {v!r}")
    if kind == "national_id":
        d = re.sub(r"[-+]", "", v)
        ok = (len(d) == 10 and cpr_date_ok(d)) or (len(d) == 11 and fnr_ok(d)) or pnr_ok(v)
        if not ok:
            errs.append(f"national_id fails every check: {v!r}")
    elif kind == "email" and not _EMAIL.match(v):
        errs.append(f"bad email {v!r}")
    elif kind == "phone" and len(re.sub(r"\D", "", v)) < 8:
        errs.append(f"phone too short {v!r}")
    elif kind == "account":
        if v[:2].isalpha() and not iban_ok(v):
            errs.append(f"IBAN check fails {v!r}")
        if len(re.sub(r"\D", "", v)) < 10:
            errs.append(f"account too short {v!r}")
    elif kind == "address" and not re.search(r"\d", v):
        errs.append(f"address without a number {v!r}")
    elif kind == "person" and (not any(c.isalpha() for c in v) or "\n" in v):
        errs.append(f"bad person {v!r}")
    return errs


def check_record(rec: dict, negs: list[tuple[str, str]]) -> list[str]:
    """Problems with one record: spans, leftover markup, unlabelled personal data."""
    text, spans = rec["text"], rec["pii"]
    errs = [e for s in spans for e in check_span(text, s)]
    order = sorted(spans, key=lambda s: s["start"])
    for x, y in zip(order, order[1:], strict=False):
        if y["start"] < x["end"]:
            errs.append(f"overlap {x} {y}")
    if re.search(r"\[\[|\]\]|\(\(|\)\)|\{[A-Z_]+\}", text):
        errs.append("leftover markup")
    covered = [(s["start"], s["end"]) for s in spans]

    def inside(a: int, b: int) -> bool:
        return any(s <= a and b <= e for s, e in covered)

    for m in _EMAIL_ANY.finditer(text):
        if not inside(*m.span()):
            errs.append(f"unlabelled e-mail {m.group()!r}")
    for m in _ID_LIKE.finditer(text):
        if not inside(*m.span()) and any_id_ok(m.group()):
            errs.append(f"unlabelled valid-looking ID {m.group()!r}")
    for m in _IBAN_LIKE.finditer(text):
        if not inside(*m.span()) and iban_ok(m.group()):
            errs.append(f"unlabelled IBAN {m.group()!r}")
    for tag, value in negs:
        if tag == "bad_id" and any_id_ok(value):
            errs.append(f"bad_id {value!r} passes an ID check")
        if tag == "custno" and not re.fullmatch(r"\d{8}", value):
            errs.append(f"customer number not 8 digits {value!r}")
        if tag == "embedded" and value not in text:
            errs.append(f"embedded word {value!r} missing")
    return errs


def self_test() -> None:
    """The checks agree with published example numbers."""
    for good in ("DK50 0040 0440 1162 43", "NO93 8601 1117 947", "SE45 5000 0000 0583 9825 7466",
                 "GB82 WEST 1234 5698 7654 32"):
        assert iban_ok(good), good
        assert iban(good[:2], good[4:].replace(" ", "")) == good, good
    assert no_account_ok("86011117947")
    assert pnr_ok("811218-9876") and pnr_ok("198112189876") and not pnr_ok("811218-9875")
    assert luhn_ok("8112189876")
    assert cpr_mod11_ok("0707614285") and cpr_date_ok("0707614285")
    rng = random.Random(1)
    for _ in range(200):
        assert fnr_ok(fnr(rng)) and not fnr_ok(fnr_bad(rng))
        assert pnr_ok(pnr(rng)) and pnr_ok(pnr12(rng)) and pnr_ok(samordning(rng))
        assert not pnr_ok(pnr_bad(rng)) and not cpr_date_ok(cpr_bad(rng).replace("-", ""))
        d = cpr_nodash(rng)
        assert cpr_date_ok(d) and cpr_mod11_ok(d)
        d = cpr_no_mod11(rng).replace("-", "")
        assert cpr_date_ok(d) and not cpr_mod11_ok(d)


def main() -> int:
    """Build, validate, write, and print the counts."""
    self_test()
    records, negs, used = build()
    errors = [(rec["id"], e) for rec, ng in zip(records, negs, strict=True)
              for e in check_record(rec, ng)]
    texts = Counter(rec["text"] for rec in records)
    errors += [("-", f"duplicate text {t[:60]!r}") for t, c in texts.items() if c > 1]
    if errors:
        for rid, e in errors:
            print(f"{rid}: {e}", file=sys.stderr)
        return 1
    with OUT.open("w", encoding="utf-8") as f:
        for rec in records:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")

    by_kind = Counter(s["kind"] for rec in records for s in rec["pii"])
    by_lang = Counter(rec["lang"] for rec in records)
    by_genre = Counter(rec["genre"] for rec in records)
    kind_lang = Counter((rec["lang"], s["kind"]) for rec in records for s in rec["pii"])
    no_pii = sum(1 for rec in records if not rec["pii"])
    with_neg = sum(1 for ng in negs if ng)
    neg_tags = Counter(t for ng in negs for t, _ in ng)
    soft = {"price", "quantity", "date", "time", "percent", "rating"}
    with_hard = sum(1 for ng in negs if any(t not in soft for t, _ in ng))
    print(f"wrote {len(records)} records to {OUT.relative_to(HERE.parent.parent)}")
    print(f"spans: {sum(by_kind.values())}; texts without PII: {no_pii} "
          f"({no_pii / len(records):.0%}); texts with hard negatives: {with_neg} "
          f"({with_hard} beyond prices/quantities/dates/times/percentages)")
    print("per kind:     " + ", ".join(f"{k} {by_kind[k]}" for k in PII_KINDS))
    print("per language: " + ", ".join(f"{k} {by_lang[k]}" for k in LANGS))
    print("per genre:    " + ", ".join(f"{k} {v}" for k, v in sorted(by_genre.items())))
    print(f"{'spans':<8}" + "".join(f"{k:>12}" for k in PII_KINDS))
    for lang in LANGS:
        print(f"{lang:<8}" + "".join(f"{kind_lang[(lang, k)]:>12}" for k in PII_KINDS))
    id_fill = ("CPR", "CPR_ND", "CPR_NM", "FNR", "PNR", "PNR12", "PNR12D", "SAMORD",
               "CPR_BAD", "FNR_BAD", "PNR_BAD")
    print("ID fillers:   " + ", ".join(f"{k} {used[k]}" for k in id_fill)
          + "  (CPR*: mod-11 valid, CPR_NM: valid date only, *_BAD: hard negatives)")
    acct_fill = [k for k in GEN if k.startswith(("ACCT_", "IBAN_"))]
    print("accounts:     " + ", ".join(f"{k} {used[k]}" for k in acct_fill))
    print("hard-negative tags: " + ", ".join(f"{k} {v}" for k, v in neg_tags.most_common()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
