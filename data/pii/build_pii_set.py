"""Build the held-out PII test set ``pii_test.jsonl`` from the hand-written ``texts_set.json``.

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

import random
import re
import sys
from collections import Counter
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # data/, for tools/
from tools.ids import (
    CPR_WEIGHTS,
    FNR_WEIGHTS_1,
    FNR_WEIGHTS_2,
    cpr_date_ok,
    cpr_mod11_ok,
    cpr_year,
    date_ok,
    fnr_year,
    group4,
    iban,
    iban_mod97_ok,
    luhn_digit,
    luhn_ok,
    mod11_control,
    pairs,
)
from tools.jsonl import read_texts, write_jsonl
from tools.markup import strip_markup
from tools.rng import random_date
from tools.rng import random_digits as _digits

SEED = 20240312
HERE = Path(__file__).resolve().parent
OUT = HERE / "pii_test.jsonl"
PII_KINDS = ("person", "email", "phone", "national_id", "address", "account")
LANGS = ("da", "nb", "sv", "en")

# --------------------------------------------------------------------------------------------
# Identity-number checks (also used to validate the output)
# --------------------------------------------------------------------------------------------


def fnr_ok(digits: str) -> bool:
    """Date (D-numbers allowed) and both control digits of an 11-digit fødselsnummer."""
    if len(digits) != 11 or not digits.isdigit():
        return False
    dd, mm, yy, ind = int(digits[0:2]), int(digits[2:4]), int(digits[4:6]), int(digits[6:9])
    if dd > 40:
        dd -= 40
    year = fnr_year(yy, ind)
    if year is None or not date_ok(year, mm, dd):
        return False
    return mod11_control(digits[:9], FNR_WEIGHTS_1) == int(digits[9]) and mod11_control(
        digits[:10], FNR_WEIGHTS_2
    ) == int(digits[10])


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
    if not any(date_ok(c + yy, mm, dd) for c in centuries):
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


def no_account_ok(digits: str) -> bool:
    """Norwegian bank account number (11 digits, mod-11)."""
    return mod11_control(digits[:10], FNR_WEIGHTS_2) == int(digits[10])


# --------------------------------------------------------------------------------------------
# Generators
# --------------------------------------------------------------------------------------------

Gen = Callable[[random.Random], str]


def _cpr_digits(r: random.Random, mod11: bool) -> str:
    w = CPR_WEIGHTS[:9]
    while True:
        b = random_date(r, 1938, 2006)
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
        b = random_date(r, 1940, 2006)
        yy = b.year % 100
        ind = r.randint(0, 499) if b.year < 2000 else r.randint(500, 999)
        head = f"{b:%d%m}{yy:02d}{ind:03d}"
        k1 = mod11_control(head, FNR_WEIGHTS_1)
        if k1 is None:
            continue
        k2 = mod11_control(head + str(k1), FNR_WEIGHTS_2)
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
    b = random_date(r, 1940, 2006)
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
    grouped = pairs(d)
    return _pick(
        r,
        [
            (4, lambda _: grouped),
            (2, lambda _: f"+45 {d}"),
            (2, lambda _: f"+45 {grouped}"),
            (1, lambda _: d),
        ],
    )


def phone_no(r: random.Random) -> str:
    d = r.choice("49") + _digits(r, 7)
    land = r.choice(["22", "23", "55", "73", "51"]) + _digits(r, 6)
    return _pick(
        r,
        [
            (3, lambda _: f"{d[:3]} {d[3:5]} {d[5:]}"),
            (2, lambda _: f"+47 {d}"),
            (2, lambda _: pairs(d)),
            (1, lambda _: f"+47 {d[:3]} {d[3:5]} {d[5:]}"),
            (1, lambda _: d),
            (1, lambda _: pairs(land)),
        ],
    )


def phone_se(r: random.Random) -> str:
    m = "7" + r.choice("0236") + _digits(r, 7)
    sthlm = _digits(r, 8)
    gbg = _digits(r, 6)
    return _pick(
        r,
        [
            (3, lambda _: f"0{m[:2]}-{m[2:5]} {m[5:7]} {m[7:]}"),
            (2, lambda _: f"+46 {m[:2]} {m[2:5]} {m[5:7]} {m[7:]}"),
            (1, lambda _: f"0{m}"),
            (2, lambda _: f"08-{sthlm[:3]} {sthlm[3:6]} {sthlm[6:]}"),
            (1, lambda _: f"031-{gbg[:2]} {gbg[2:4]} {gbg[4:]}"),
            (1, lambda _: f"+46 8 {sthlm[:3]} {sthlm[3:6]} {sthlm[6:]}"),
        ],
    )


def phone_uk(r: random.Random) -> str:
    # Ofcom's ranges reserved for drama: 020 7946 0xxx, 0161 496 0xxx, 07700 900xxx.
    x = _digits(r, 3)
    return _pick(
        r,
        [
            (3, lambda _: f"+44 20 7946 0{x}"),
            (2, lambda _: f"07700 900{x}"),
            (2, lambda _: f"+44 7700 900{x}"),
            (1, lambda _: f"0161 496 0{x}"),
            (1, lambda _: f"020 7946 0{x}"),
        ],
    )


def phone_us(r: random.Random) -> str:
    return f"+1 ({r.choice(['212', '617', '415'])}) 555-01{_digits(r, 2)}"


FIRST = {
    "da": [
        "Mette",
        "Søren",
        "Anne-Sofie",
        "Jonas",
        "Lærke",
        "Mikkel",
        "Freja",
        "Rasmus",
        "Sofie",
        "Jesper",
        "Tove",
        "Bjarke",
        "Maja",
        "Christian",
        "Nanna",
        "Jørn",
    ],
    "nb": [
        "Kari",
        "Ingrid",
        "Magnus",
        "Sindre",
        "Tuva",
        "Håkon",
        "Ragnhild",
        "Øystein",
        "Jørgen",
        "Synnøve",
        "Henrik",
        "Ida",
        "Eivind",
        "Live",
        "Åsmund",
        "Marit",
    ],
    "sv": [
        "Lars",
        "Karin",
        "Erik",
        "Maja",
        "Oscar",
        "Ebba",
        "Björn",
        "Astrid",
        "Gustav",
        "Märta",
        "Åke",
        "Linnéa",
        "Elias",
        "Saga",
        "Göran",
        "Ylva",
    ],
    "en": [
        "Emily",
        "James",
        "Olivia",
        "Harry",
        "Amelia",
        "Jack",
        "Isla",
        "George",
        "Sophie",
        "Mohammed",
        "Chloe",
        "Oliver",
        "Aisha",
        "Callum",
        "Niamh",
        "Priya",
    ],
}
LAST = {
    "da": [
        "Hansen",
        "Jensen",
        "Nielsen",
        "Pedersen",
        "Sørensen",
        "Kristensen",
        "Møller",
        "Østergaard",
        "Dalsgaard",
        "Kjærgaard",
        "Bech-Nielsen",
        "Lund",
        "Holm",
        "Frandsen",
        "Skovgaard",
        "Ærbo",
    ],
    "nb": [
        "Hansen",
        "Johansen",
        "Olsen",
        "Larsen",
        "Andersen",
        "Nilsen",
        "Berg",
        "Haugen",
        "Bakke",
        "Solberg",
        "Strand",
        "Dahl",
        "Lie",
        "Sæther",
        "Brekke",
        "Aas-Eng",
    ],
    "sv": [
        "Andersson",
        "Johansson",
        "Karlsson",
        "Nilsson",
        "Eriksson",
        "Larsson",
        "Olsson",
        "Persson",
        "Lindström",
        "Bergqvist",
        "Öberg",
        "Åkesson",
        "Sjöberg",
        "Holmgren",
        "Lundgren",
        "Wallin-Ek",
    ],
    "en": [
        "Smith",
        "Jones",
        "Taylor",
        "Brown",
        "Williams",
        "Wilson",
        "Davies",
        "Evans",
        "Thomas",
        "Roberts",
        "O'Connor",
        "Khan",
        "Murphy",
        "MacDonald",
        "Hughes",
        "Clarke",
    ],
}
DOMAINS = {
    "da": [
        "gmail.com",
        "hotmail.com",
        "outlook.dk",
        "mail.dk",
        "firma.dk",
        "jubii.dk",
        "post.tele.dk",
        "stud.ku.dk",
        "live.dk",
        "byg-og-anlaeg.dk",
    ],
    "nb": [
        "gmail.com",
        "online.no",
        "hotmail.no",
        "live.no",
        "student.uio.no",
        "bedrift.no",
        "epost.kommune.no",
        "icloud.com",
    ],
    "sv": [
        "gmail.com",
        "hotmail.se",
        "telia.com",
        "bredband.net",
        "student.lu.se",
        "foretaget.se",
        "outlook.com",
        "mail.region.se",
    ],
    "en": [
        "gmail.com",
        "yahoo.co.uk",
        "btinternet.com",
        "outlook.com",
        "company.co.uk",
        "ed.ac.uk",
        "nhs.net",
        "sky.com",
    ],
}
_TRANSLIT = str.maketrans(
    {"æ": "ae", "ø": "oe", "å": "aa", "ä": "a", "ö": "o", "é": "e", "'": "", " ": ""}
)


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
        local = r.choice(
            [
                f"{first}.{last}",
                f"{first[0]}{last}",
                f"{first[0]}{last[0]}",
                f"{first[0]}{r.choice('abcdehjklmn')}{last[0]}",
                f"{first}.{last}+{tag}",
                f"{first}_{last}{r.randint(60, 99)}",
                f"{last}.{first}",
                f"{first}{r.randint(1, 99)}",
                f"{first}-{last[:3]}",
            ]
        )
        return f"{local}@{dom}"

    return gen


def acct_dk(r: random.Random) -> str:
    reg = r.choice(["1551", "3409", "5301", "9570", "2191", "0400", "6471", "7890", "9335"])
    konto = r.choice([_digits(r, 10), "00" + _digits(r, 8), "0" + _digits(r, 9)])
    return f"{reg}{r.choice([' ', '-'])}{konto}"


def _no_account_digits(r: random.Random) -> str:
    while True:
        head = r.choice(["1503", "1254", "9710", "3000", "6011", "1822", "8601"]) + _digits(r, 6)
        k = mod11_control(head, FNR_WEIGHTS_2)
        if k is not None:
            return head + str(k)


def acct_no(r: random.Random) -> str:
    d = _no_account_digits(r)
    assert no_account_ok(d)
    return r.choice([f"{d[:4]}.{d[4:6]}.{d[6:]}", f"{d[:4]} {d[4:6]} {d[6:]}", d])


def acct_se(r: random.Random) -> str:
    sb = "8" + _digits(r, 3)
    return _pick(
        r,
        [
            (
                2,
                lambda _: (
                    f"{sb}-{luhn_digit(sb)} {_digits(r, 3)} {_digits(r, 3)} {_digits(r, 3)}"
                    f"-{r.randrange(10)}"
                ),
            ),
            (1, lambda _: f"6{_digits(r, 3)} {_digits(r, 3)} {_digits(r, 3)} {_digits(r, 3)}"),
            (1, lambda _: f"5{_digits(r, 3)} {_digits(r, 2)} {_digits(r, 3)} {_digits(r, 2)}"),
        ],
    )


def acct_uk(r: random.Random) -> str:
    return f"{r.randint(20, 40)}-{_digits(r, 2)}-{_digits(r, 2)} {_digits(r, 8)}"


def iban_dk(r: random.Random) -> str:
    return group4(iban("DK", r.choice(["0040", "3000", "5301", "9570"]) + _digits(r, 10)))


def iban_no(r: random.Random) -> str:
    return group4(iban("NO", _no_account_digits(r)))


def iban_se(r: random.Random) -> str:
    return group4(iban("SE", r.choice(["500", "800", "600", "300"]) + _digits(r, 17)))


def iban_gb(r: random.Random) -> str:
    return group4(iban("GB", r.choice(["WEST", "NWBK", "BARC", "LOYD", "MIDL"]) + _digits(r, 14)))


ADDR = {
    "da": [
        "Østerbrogade 104, 3. th, 2100 København Ø",
        "Vestergade 7, 8000 Aarhus C",
        "Åboulevarden 22, 1. sal, 8000 Aarhus C",
        "Kongensgade 51, 5000 Odense C",
        "Skolevej 3, 4700 Næstved",
        "Algade 28B, 9000 Aalborg",
        "Frederiksberg Allé 15, st. tv, 1820 Frederiksberg C",
        "Søndergade 9, 7100 Vejle",
        "Bøgevænget 14, 2730 Herlev",
        "Jernbanegade 2, 4000 Roskilde",
        "Kærvej 31, 6000 Kolding",
        "Møllevej 6, 8660 Skanderborg",
    ],
    "nb": [
        "Thereses gate 12B, 0358 Oslo",
        "Kongsveien 47, 1177 Oslo",
        "Bryggen 9, 5003 Bergen",
        "Munkegata 20, 7011 Trondheim",
        "Sandviksveien 113, 5035 Bergen",
        "Skippergata 3, 4611 Kristiansand",
        "Storgata 88, 9008 Tromsø",
        "Løkkeveien 14, 4008 Stavanger",
        "Rådhusgata 6, 3015 Drammen",
        "Grønlandsleiret 31, 0190 Oslo",
        "Ringveien 40, 2815 Gjøvik",
    ],
    "sv": [
        "Götgatan 14, 118 46 Stockholm",
        "Linnégatan 22, 413 04 Göteborg",
        "Södra Förstadsgatan 40, 211 43 Malmö",
        "Vasagatan 5, 753 13 Uppsala",
        "Kyrkogatan 3, 222 22 Lund",
        "Ringvägen 102, lgh 1203, 116 61 Stockholm",
        "Björkvägen 7, 831 41 Östersund",
        "Östra Hamngatan 18, 411 09 Göteborg",
        "Kungsgatan 40, 903 25 Umeå",
        "Åsgatan 11, 791 71 Falun",
    ],
    "en": [
        "45 Church Lane, Leeds LS6 2DE",
        "221 Canal Street, Manchester M1 3HE",
        "17 Park Avenue, Glasgow G3 6BS",
        "3 Mill Close, York YO31 7HT",
        "Flat 12, 90 London Road, Brighton BN1 4JF",
        "14 Kings Road, Reading RG1 3AA",
        "6 St Mary's Street, Edinburgh EH1 1SU",
        "8 Victoria Road, Cardiff CF14 3BX",
    ],
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
        k = mod11_control(head, (3, 2, 7, 6, 5, 4, 3, 2))
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
    "CPR": cpr,
    "CPR_ND": cpr_nodash,
    "CPR_NM": cpr_no_mod11,
    "CPR_BAD": cpr_bad,
    "FNR": fnr,
    "FNR_BAD": fnr_bad,
    "PNR": pnr,
    "PNR12": pnr12,
    "PNR12D": pnr12_dash,
    "SAMORD": samordning,
    "PNR_BAD": pnr_bad,
    "PHONE_DK": phone_dk,
    "PHONE_NO": phone_no,
    "PHONE_SE": phone_se,
    "PHONE_UK": phone_uk,
    "PHONE_US": phone_us,
    "ACCT_DK": acct_dk,
    "ACCT_NO": acct_no,
    "ACCT_SE": acct_se,
    "ACCT_UK": acct_uk,
    "IBAN_DK": iban_dk,
    "IBAN_NO": iban_no,
    "IBAN_SE": iban_se,
    "IBAN_GB": iban_gb,
    "CUSTNO8": custno8,
    "ORDER": order9,
    "ORDER_SHORT": lambda r: str(r.randint(10000, 999999)),
    "INVOICE": lambda r: f"{r.choice(['2023', '2024'])}-{_digits(r, 6)}",
    "CASE": lambda r: r.choice([f"SAG-2024-{_digits(r, 5)}", f"24/{_digits(r, 5)}"]),
    "CASE_NO": lambda r: f"{r.choice(['23', '24'])}/{r.randint(1000, 19999)}",
    "CASE_EN": lambda r: f"CS-{_digits(r, 7)}",
    "TRACK_PN": lambda r: "00370" + _digits(r, 15),
    "TRACK_DK": s10("DK"),
    "TRACK_NO": s10("NO"),
    "TRACK_SE": s10("SE"),
    "TRACK_GB": s10("GB"),
    "BOOKING": lambda r: r.choice(
        [
            f"{r.choice(['HX', 'BK', 'DK', 'NR'])}{_digits(r, 7)}",
            "".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6)),
        ]
    ),
    "SKU": lambda r: r.choice(
        [
            f"{_digits(r, 3)}.{_digits(r, 3)}.{_digits(r, 2)}",
            f"ART-{_digits(r, 5)}",
            f"{_digits(r, 6)}-{r.randint(10, 99)}",
        ]
    ),
    "EAN_DK": ean13("57"),
    "EAN_NO": ean13("70"),
    "EAN_SE": ean13("73"),
    "RECEIPT": lambda r: f"{_digits(r, 4)}-{_digits(r, 4)}-{_digits(r, 4)}",
    "POLICY": lambda r: r.choice(
        [f"POL-{_digits(r, 7)}", f"{_digits(r, 3)}-{_digits(r, 3)}-{_digits(r, 3)}"]
    ),
    "CONTRACT": lambda r: (
        f"{r.choice(['AV', 'AGR', 'K'])}-{r.choice(['2022', '2023'])}-{_digits(r, 5)}"
    ),
    "KID": luhn_ref(10, 15),
    "OCR": luhn_ref(10, 16),
    "CVR": cvr,
    "ORGNR_NO": orgnr_no,
    "ORGNR_SE": orgnr_se,
    "METER": lambda r: "571313" + _digits(r, 12),
}
for _lang, _suffix in (("da", "DA"), ("nb", "NO"), ("sv", "SV"), ("en", "EN")):
    GEN[f"FULL_{_suffix}"] = person_full(_lang)
    GEN[f"FIRST_{_suffix}"] = person_first(_lang)
for _lang, _suffix in (("da", "DK"), ("nb", "NO"), ("sv", "SE"), ("en", "UK")):
    GEN[f"EMAIL_{_suffix}"] = email(_lang)
    GEN[f"ADDR_{_suffix}"] = address(_lang)

# --------------------------------------------------------------------------------------------
# The texts: texts_set.json, one object per line: lang, genre, text and, for a text emitted
# twice with different fillers, "times": 2. Honorifics (fru, hr., Mr, dr.) and the @ of a tag
# stay outside person spans.
TEXTS = read_texts(HERE / "texts_set.json")

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


def parse_markup(marked: str) -> tuple[str, list[dict], list[tuple[str, str]]]:
    """Plain text, gold spans, and the (tag, value) hard negatives of one marked-up text."""
    text, spans, negs = strip_markup(marked, _MARKUP)
    for s in spans:
        if s["kind"] not in PII_KINDS:
            raise ValueError(f"unknown PII kind {s['kind']!r} in {marked!r}")
    return text, spans, [(n.tag, n.value) for n in negs]


def build() -> tuple[list[dict], list[list[tuple[str, str]]], Counter[str]]:
    """All records (shuffled, numbered), the hard negatives of each, and the fillers used."""
    r = random.Random(SEED)
    used: Counter[str] = Counter()
    items: list[tuple[dict, list[tuple[str, str]]]] = []
    for row in TEXTS:
        lang, genre, template, reps = row["lang"], row["genre"], row["text"], row.get("times", 1)
        if reps not in (1, 2) or (reps == 2 and not _PLACEHOLDER.search(template)):
            raise ValueError(f"bad repetition for {template!r}")
        for _ in range(reps):
            text, spans, negs = parse_markup(fill(template, r, used))
            rec = {"id": "", "text": text, "lang": lang, "genre": genre, "pii": spans}
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
        if v[:2].isalpha() and not iban_mod97_ok(v):
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
        if not inside(*m.span()) and iban_mod97_ok(m.group()):
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
    for good in (
        "DK50 0040 0440 1162 43",
        "NO93 8601 1117 947",
        "SE45 5000 0000 0583 9825 7466",
        "GB82 WEST 1234 5698 7654 32",
    ):
        assert iban_mod97_ok(good), good
        assert group4(iban(good[:2], good[4:].replace(" ", ""))) == good, good
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
    errors = [
        (rec["id"], e) for rec, ng in zip(records, negs, strict=True) for e in check_record(rec, ng)
    ]
    texts = Counter(rec["text"] for rec in records)
    errors += [("-", f"duplicate text {t[:60]!r}") for t, c in texts.items() if c > 1]
    if errors:
        for rid, e in errors:
            print(f"{rid}: {e}", file=sys.stderr)
        return 1
    write_jsonl(OUT, records)

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
    print(
        f"spans: {sum(by_kind.values())}; texts without PII: {no_pii} "
        f"({no_pii / len(records):.0%}); texts with hard negatives: {with_neg} "
        f"({with_hard} beyond prices/quantities/dates/times/percentages)"
    )
    print("per kind:     " + ", ".join(f"{k} {by_kind[k]}" for k in PII_KINDS))
    print("per language: " + ", ".join(f"{k} {by_lang[k]}" for k in LANGS))
    print("per genre:    " + ", ".join(f"{k} {v}" for k, v in sorted(by_genre.items())))
    print(f"{'spans':<8}" + "".join(f"{k:>12}" for k in PII_KINDS))
    for lang in LANGS:
        print(f"{lang:<8}" + "".join(f"{kind_lang[(lang, k)]:>12}" for k in PII_KINDS))
    id_fill = (
        "CPR",
        "CPR_ND",
        "CPR_NM",
        "FNR",
        "PNR",
        "PNR12",
        "PNR12D",
        "SAMORD",
        "CPR_BAD",
        "FNR_BAD",
        "PNR_BAD",
    )
    print(
        "ID fillers:   "
        + ", ".join(f"{k} {used[k]}" for k in id_fill)
        + "  (CPR*: mod-11 valid, CPR_NM: valid date only, *_BAD: hard negatives)"
    )
    acct_fill = [k for k in GEN if k.startswith(("ACCT_", "IBAN_"))]
    print("accounts:     " + ", ".join(f"{k} {used[k]}" for k in acct_fill))
    print("hard-negative tags: " + ", ".join(f"{k} {v}" for k, v in neg_tags.most_common()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
