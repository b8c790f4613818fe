#!/usr/bin/env python3
"""Build the PII *development* set, pii_dev.jsonl.

This set is written independently of the held-out test set (pii_test.jsonl) and is the one to
use for tuning the PII detector: rules, thresholds, regression tests.

Every text below was written for this file. Inline markup:

    [[kind:value]]   a gold span (kind: person, email, phone, national_id, address, account)
    ((tag:value))    a hard negative; the markup is removed and no span is written
    {PLACEHOLDER}    filled by a generator below (valid IDs, phones, accounts, order numbers ...)

Placeholders may appear inside either kind of markup. The script is deterministic (fixed seed),
validates every span and identifier, and prints counts per kind and language.

    /tmp/venv/bin/python data/pii/build_pii_dev.py
"""

from __future__ import annotations

import datetime as dt
import json
import random
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

import phonenumbers

SEED = 20240917
OUT = Path(__file__).with_name("pii_dev.jsonl")
KINDS = ("person", "email", "phone", "national_id", "address", "account")
LANGS = ("da", "nb", "sv", "en")
GENRES = ("survey", "social", "interview")

rng = random.Random(SEED)


def digits(n: int, first_nonzero: bool = True) -> str:
    s = str(rng.randint(1 if first_nonzero else 0, 9))
    return s + "".join(str(rng.randint(0, 9)) for _ in range(n - 1))


def rand_date(y0: int, y1: int) -> dt.date:
    start = dt.date(y0, 1, 1).toordinal()
    end = dt.date(y1, 12, 31).toordinal()
    return dt.date.fromordinal(rng.randint(start, end))


def valid_date(y: int, m: int, d: int) -> bool:
    try:
        dt.date(y, m, d)
        return True
    except ValueError:
        return False


# --------------------------------------------------------------------------- Danish CPR
CPR_W = (4, 3, 2, 7, 6, 5, 4, 3, 2, 1)


def cpr_mod11(s: str) -> bool:
    return sum(int(c) * w for c, w in zip(s, CPR_W)) % 11 == 0


def cpr_century(yy: int, d7: int) -> int | None:
    if d7 <= 3:
        return 1900
    if d7 in (4, 9):
        return 2000 if yy <= 36 else 1900
    # 5-8
    if yy <= 57:
        return 2000
    return 1800


def cpr_date_ok(s: str) -> bool:
    """10 digits: valid DDMMYY date under the century rule."""
    if not re.fullmatch(r"\d{10}", s):
        return False
    d, m, yy, d7 = int(s[0:2]), int(s[2:4]), int(s[4:6]), int(s[6])
    c = cpr_century(yy, d7)
    return valid_date(c + yy, m, d)


def gen_cpr(mod11: bool = True) -> str:
    while True:
        born = rand_date(1938, 2012)
        yy = born.year % 100
        if born.year < 2000:
            d7 = rng.choice([0, 1, 2, 3] + ([4, 9] if yy >= 37 else []))
        else:
            d7 = rng.choice([4, 9] if yy <= 36 else [5, 6, 7, 8])
            if yy > 36:
                continue
        s = born.strftime("%d%m") + f"{yy:02d}" + str(d7) + digits(3, False)
        if cpr_date_ok(s) and cpr_mod11(s) == mod11:
            return s


# --------------------------------------------------------------------------- Norwegian fnr
FNR_W1 = (3, 7, 6, 1, 8, 9, 4, 5, 2)
FNR_W2 = (5, 4, 3, 2, 7, 6, 5, 4, 3, 2)


def mod11_digit(s: str, w) -> int | None:
    r = 11 - sum(int(c) * x for c, x in zip(s, w)) % 11
    if r == 11:
        return 0
    if r == 10:
        return None
    return r


def fnr_century(yy: int, ind: int) -> int | None:
    if ind <= 499:
        return 1900
    if ind <= 749 and yy >= 54:
        return 1800
    if ind >= 900 and yy >= 40:
        return 1900
    if ind >= 500 and yy <= 39:
        return 2000
    return None


def fnr_ok(s: str) -> bool:
    if not re.fullmatch(r"\d{11}", s):
        return False
    d, m, yy, ind = int(s[0:2]), int(s[2:4]), int(s[4:6]), int(s[6:9])
    if d > 40:  # D-number
        d -= 40
    c = fnr_century(yy, ind)
    if c is None or not valid_date(c + yy, m, d):
        return False
    k1 = mod11_digit(s[:9], FNR_W1)
    k2 = mod11_digit(s[:10], FNR_W2)
    return k1 is not None and k2 is not None and int(s[9]) == k1 and int(s[10]) == k2


def gen_fnr(d_number: bool = False) -> str:
    while True:
        born = rand_date(1940, 2010)
        yy = born.year % 100
        if born.year < 2000:
            ind = rng.randint(0, 499) if rng.random() < 0.8 else rng.randint(900, 999)
        else:
            ind = rng.randint(500, 999)
        day = born.day + (40 if d_number else 0)
        base = f"{day:02d}{born.month:02d}{yy:02d}{ind:03d}"
        k1 = mod11_digit(base, FNR_W1)
        if k1 is None:
            continue
        k2 = mod11_digit(base + str(k1), FNR_W2)
        if k2 is None:
            continue
        s = base + str(k1) + str(k2)
        assert fnr_ok(s)
        return s


# --------------------------------------------------------------------------- Swedish pnr
def luhn_digit(s: str) -> int:
    tot = 0
    for i, c in enumerate(s):
        v = int(c) * (2 if i % 2 == 0 else 1)
        tot += v // 10 + v % 10
    return (10 - tot % 10) % 10


def luhn_ok(s: str) -> bool:
    return luhn_digit(s[:-1]) == int(s[-1])


def pnr_ok(s: str) -> bool:
    """YYMMDD[-+]NNNC, YYYYMMDD-NNNC or the same without separator; samordningsnummer ok."""
    m = re.fullmatch(r"(\d{2})?(\d{6})[-+]?(\d{4})", s)
    if not m:
        return False
    cent, ymd, tail = m.group(1), m.group(2), m.group(3)
    yy, mm, dd = int(ymd[:2]), int(ymd[2:4]), int(ymd[4:6])
    if dd > 60:
        dd -= 60
    year = int(cent) * 100 + yy if cent else 2000 + yy if yy <= 24 else 1900 + yy
    if "+" in s:
        year -= 100
    if not valid_date(year, mm, dd):
        return False
    return luhn_ok(ymd + tail)


def gen_pnr(form: str = "10") -> str:
    """form: '10', '12', '12n' (no dash), 'samn' (samordningsnummer), 'plus' (100+ years)."""
    if form == "plus":
        born = rand_date(1918, 1923)
    else:
        born = rand_date(1940, 2006)
    day = born.day + (60 if form == "samn" else 0)
    ymd = f"{born.year % 100:02d}{born.month:02d}{day:02d}"
    nnn = digits(3, False)
    c = luhn_digit(ymd + nnn)
    tail = nnn + str(c)
    if form == "10" or form == "samn":
        s = f"{ymd}-{tail}"
    elif form == "plus":
        s = f"{ymd}+{tail}"
    elif form == "12":
        s = f"{born.year // 100}{ymd}-{tail}"
    else:
        s = f"{born.year // 100}{ymd}{tail}"
    assert pnr_ok(s), s
    return s


# --------------------------------------------------------------------------- accounts
def iban_check(country: str, bban: str) -> str:
    rearr = bban + country + "00"
    num = "".join(str(int(ch, 36)) for ch in rearr)
    return f"{98 - int(num) % 97:02d}"


def iban_ok(s: str) -> bool:
    s = s.replace(" ", "")
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    rearr = s[4:] + s[:4]
    return int("".join(str(int(ch, 36)) for ch in rearr)) % 97 == 1


IBAN_LEN = {"DK": 18, "NO": 15, "SE": 24, "GB": 22}


def group4(s: str) -> str:
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


def no_account_ok(s: str) -> bool:
    s = s.replace(".", "").replace(" ", "")
    if not re.fullmatch(r"\d{11}", s):
        return False
    k = mod11_digit(s[:10], FNR_W2)
    return k is not None and k == int(s[10])


def gen_no_account_digits() -> str:
    while True:
        base = rng.choice(["1503", "1506", "1607", "3000", "6011", "9710", "1254", "2801"]) + digits(6, False)
        k = mod11_digit(base, FNR_W2)
        if k is not None:
            s = base + str(k)
            if not fnr_ok(s):
                return s


def gen_iban(country: str, compact: bool = False) -> str:
    if country == "DK":
        bban = rng.choice(["2000", "3000", "5470", "9570", "1551", "7244"]) + digits(10, False)
    elif country == "NO":
        bban = gen_no_account_digits()
    elif country == "SE":
        bban = rng.choice(["500", "600", "800", "300", "950"]) + digits(17, False)
    else:
        bban = rng.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]) + digits(6) + digits(8)
    s = country + iban_check(country, bban) + bban
    assert len(s) == IBAN_LEN[country] and iban_ok(s)
    return s if compact else group4(s)


def gen_account(country: str, compact: bool = False) -> str:
    if country == "NO":
        s = gen_no_account_digits()
        return s if compact else f"{s[:4]}.{s[4:6]}.{s[6:]}"
    if country == "DK":
        reg = rng.choice(["1551", "2191", "3409", "5470", "9570", "7244", "6610"])
        acc = digits(rng.choice([8, 10]), first_nonzero=True)
        return f"{reg}{rng.choice(['-', ' '])}{acc}"
    if country == "SE":
        kind = rng.choice(["handels", "seb", "swed"])
        if kind == "handels":
            a = digits(9)
            return f"6{digits(3, False)}-{a[:3]} {a[3:6]} {a[6:]}"
        if kind == "seb":
            a = digits(7)
            return f"5{digits(3, False)} {a[:2]} {a[2:5]} {a[5:]}"
        a = digits(10)
        return f"8{digits(3, False)}-{rng.randint(0, 9)}, {a[:3]} {a[3:6]} {a[6:9]}-{a[9]}"
    # GB sort code + account number
    return f"{rng.randint(10, 99)}-{digits(2, False)}-{digits(2, False)} {digits(8)}"


DK_ACC_RE = re.compile(r"\d{4}[- ]\d{8,10}")
SE_ACC_RE = re.compile(r"\d{4}(?:-\d)?(?:,? |-)[\d ]+(?:-\d)?")
GB_ACC_RE = re.compile(r"\d{2}-\d{2}-\d{2} \d{8}")


# --------------------------------------------------------------------------- phones
def fmt_phone(region: str, nsn: str) -> str:
    """nsn: national significant number (no trunk 0)."""
    if region == "DK":
        a = nsn
        return rng.choice([
            f"{a[:2]} {a[2:4]} {a[4:6]} {a[6:]}", a, f"+45 {a[:2]} {a[2:4]} {a[4:6]} {a[6:]}",
            f"+45{a}", f"0045 {a}", f"{a[:4]} {a[4:]}", f"+45 {a[:4]} {a[4:]}",
        ])
    if region == "NO":
        a = nsn
        if a[0] in "49":
            return rng.choice([
                f"{a[:3]} {a[3:5]} {a[5:]}", a, f"+47 {a[:3]} {a[3:5]} {a[5:]}",
                f"+47 {a[:2]} {a[2:4]} {a[4:6]} {a[6:]}", f"0047 {a}", f"+47{a}",
            ])
        return rng.choice([f"{a[:2]} {a[2:4]} {a[4:6]} {a[6:]}", f"+47 {a[:2]} {a[2:4]} {a[4:6]} {a[6:]}"])
    if region == "SE":
        a = nsn
        if a[0] == "7":
            return rng.choice([
                f"0{a[:2]}-{a[2:5]} {a[5:7]} {a[7:]}", f"0{a[:2]} {a[2:5]} {a[5:7]} {a[7:]}", f"0{a}",
                f"+46 {a[:2]} {a[2:5]} {a[5:7]} {a[7:]}", f"+46{a}", f"0046 {a[:2]} {a[2:5]} {a[5:7]} {a[7:]}",
                f"0{a[:2]}-{a[2:]}",
            ])
        if a[0] == "8":
            b = a[1:]
            return rng.choice([f"08-{b[:3]} {b[3:5]} {b[5:]}", f"+46 8 {b[:3]} {b[3:5]} {b[5:]}"])
        b = a[2:]  # 31 Göteborg / 40 Malmö, 6 digits
        return rng.choice([f"0{a[:2]}-{b[:2]} {b[2:4]} {b[4:]}", f"+46 {a[:2]} {b[:2]} {b[2:4]} {b[4:]}"])
    # GB
    a = nsn
    if a[0] == "7":
        return rng.choice([f"0{a[:4]} {a[4:]}", f"0{a}", f"+44 {a[:4]} {a[4:]}", f"+44{a}", f"0{a[:4]} {a[4:7]} {a[7:]}"])
    if a.startswith("20"):
        return rng.choice([f"020 {a[2:6]} {a[6:]}", f"+44 20 {a[2:6]} {a[6:]}"])
    return rng.choice([f"0{a[:3]} {a[3:6]} {a[6:]}", f"+44 {a[:3]} {a[3:6]} {a[6:]}"])


def gen_nsn(region: str) -> str:
    if region == "DK":
        return str(rng.choice([2, 3, 4, 5, 6, 7, 8, 9])) + digits(7, False)
    if region == "NO":
        r = rng.random()
        if r < 0.75:
            return rng.choice(["4", "9"]) + digits(7, False)
        return rng.choice(["2", "5", "6", "7"]) + digits(7, False)
    if region == "SE":
        r = rng.random()
        if r < 0.7:
            return "7" + rng.choice("02369") + digits(7, False)
        if r < 0.85:
            return "8" + digits(7)
        return rng.choice(["31", "40"]) + digits(6)
    return "7" + rng.choice("4589") + digits(8, False)  # GB mobile


def gen_phone(region: str) -> str:
    while True:
        if region == "GB" and rng.random() < 0.5:
            # Ofcom drama ranges for geographic numbers (London, Leeds, Manchester, Bristol, ...)
            prefix = rng.choice(["207946", "1134960", "1614960", "1174960", "1314960"])
            nsn = prefix + digits(10 - len(prefix), False)
        else:
            nsn = gen_nsn(region)
        num = phonenumbers.parse("+" + str(phonenumbers.country_code_for_region(region)) + nsn)
        if not phonenumbers.is_valid_number(num):
            continue
        s = fmt_phone(region, nsn)
        p = phonenumbers.parse(s, region)
        if phonenumbers.is_valid_number(p) and phonenumbers.region_code_for_number(p) == region:
            return s


# --------------------------------------------------------------------------- negatives
def fails_all_id_checks(s: str) -> bool:
    d = re.sub(r"[-+ .]", "", s)
    if len(d) == 10 and (cpr_date_ok(d) or pnr_ok(d)):
        return False
    if len(d) == 12 and pnr_ok(d):
        return False
    if len(d) == 11 and (fnr_ok(d) or no_account_ok(d)):
        return False
    return True


def gen_bad10() -> str:
    while True:
        s = digits(10)
        if fails_all_id_checks(s):
            return s


def gen_bad11() -> str:
    while True:
        s = digits(11)
        if fails_all_id_checks(s):
            return s


def gen_bad_cpr() -> str:
    """DDMMYY-SSSS with an impossible date (e.g. 31 April, month 13)."""
    while True:
        d, m = rng.choice([(31, 4), (31, 6), (30, 2), (31, 9), (31, 11), (12, 13), (45, 3), (15, 14)])
        s = f"{d:02d}{m:02d}{rng.randint(40, 99):02d}{digits(4, False)}"
        if fails_all_id_checks(s):
            return s[:6] + "-" + s[6:]


def gen_bad_pnr() -> str:
    """YYMMDD-NNNC with a wrong Luhn digit."""
    while True:
        born = rand_date(1945, 1999)
        ymd = born.strftime("%y%m%d")
        nnn = digits(3, False)
        c = (luhn_digit(ymd + nnn) + rng.randint(1, 9)) % 10
        s = f"{ymd}{nnn}{c}"
        if fails_all_id_checks(s):
            return s[:6] + "-" + s[6:]


def gen_bad_fnr() -> str:
    """11 digits, real date, wrong control digits."""
    while True:
        born = rand_date(1945, 1999)
        s = born.strftime("%d%m%y") + digits(5, False)
        if fails_all_id_checks(s):
            return s


def gen_num8() -> str:
    # 8-digit customer/order numbers, often shaped like a Nordic phone number
    return digits(8)


def gen_tracking() -> str:
    kind = rng.choice(["sscc", "upu", "jjd", "ups"])
    if kind == "sscc":
        return "00370" + digits(15, False)
    if kind == "upu":
        return rng.choice(["RR", "LX", "CP", "UA"]) + digits(9) + rng.choice(["SE", "DK", "NO", "GB"])
    if kind == "jjd":
        return "JJD" + digits(17, False)
    return "1Z" + digits(3) + rng.choice(["AA", "EW", "X4"]) + digits(10, False)


def gen_invoice() -> str:
    return rng.choice([f"{rng.choice([2023, 2024])}-{digits(5)}", f"INV-{digits(6, False)}", f"F{digits(7)}"])


def gen_case() -> str:
    return rng.choice([f"#{digits(6)}", f"C-{digits(7)}", f"{digits(4)}-{digits(5)}", f"SR{digits(8)}"])


def gen_kid() -> str:
    while True:
        base = digits(rng.choice([12, 14]))
        s = base + str(luhn_digit(base))
        if fails_all_id_checks(s):
            return s


def gen_cvr() -> str:
    w = (2, 7, 6, 5, 4, 3, 2, 1)
    while True:
        s = digits(8)
        if sum(int(c) * x for c, x in zip(s, w)) % 11 == 0:
            return s


def gen_orgnr_no() -> str:
    w = (3, 2, 7, 6, 5, 4, 3, 2)
    while True:
        base = rng.choice("89") + digits(7, False)
        k = mod11_digit(base, w)
        if k is not None:
            s = base + str(k)
            return f"{s[:3]} {s[3:6]} {s[6:]}"


def gen_orgnr_se() -> str:
    while True:
        base = "55" + str(rng.randint(6, 9)) + digits(6, False)
        s = base + str(luhn_digit(base))
        if fails_all_id_checks(s):
            return s[:6] + "-" + s[6:]


def gen_meter() -> str:
    return rng.choice(["5706", "7070"]) + digits(14, False)


GEN = {
    # gold
    "CPR": lambda: (lambda s: s[:6] + "-" + s[6:])(gen_cpr(True)),
    "CPRN": lambda: gen_cpr(True),
    "CPRX": lambda: (lambda s: s[:6] + "-" + s[6:])(gen_cpr(False)),
    "FNR": lambda: gen_fnr(),
    "FNRS": lambda: (lambda s: s[:6] + " " + s[6:])(gen_fnr()),
    "DNR": lambda: gen_fnr(d_number=True),
    "PNR": lambda: gen_pnr("10"),
    "PNR12": lambda: gen_pnr("12"),
    "PNR12N": lambda: gen_pnr("12n"),
    "SAMNR": lambda: gen_pnr("samn"),
    "PNRP": lambda: gen_pnr("plus"),
    "IBAN_DK": lambda: gen_iban("DK"),
    "IBAN_DKC": lambda: gen_iban("DK", compact=True),
    "IBAN_NO": lambda: gen_iban("NO"),
    "IBAN_SE": lambda: gen_iban("SE"),
    "IBAN_GB": lambda: gen_iban("GB"),
    "IBAN_GBC": lambda: gen_iban("GB", compact=True),
    "KONTO_DK": lambda: gen_account("DK"),
    "KONTO_NO": lambda: gen_account("NO"),
    "KONTO_NOC": lambda: gen_account("NO", compact=True),
    "KONTO_SE": lambda: gen_account("SE"),
    "KONTO_GB": lambda: gen_account("GB"),
    "PH_DK": lambda: gen_phone("DK"),
    "PH_NO": lambda: gen_phone("NO"),
    "PH_SE": lambda: gen_phone("SE"),
    "PH_GB": lambda: gen_phone("GB"),
    # negatives
    "NUM8": gen_num8,
    "NUM6": lambda: digits(6),
    "ORD10": gen_bad10,
    "BAD11": gen_bad11,
    "BAD_CPR": gen_bad_cpr,
    "BAD_PNR": gen_bad_pnr,
    "BAD_FNR": gen_bad_fnr,
    "TRACK": gen_tracking,
    "INV": gen_invoice,
    "CASE": gen_case,
    "KID": gen_kid,
    "OCR": gen_kid,
    "CVR": gen_cvr,
    "ORGNR": gen_orgnr_no,
    "ORGNR_SE": gen_orgnr_se,
    "METER": gen_meter,
}

# Which check each gold placeholder must pass.
CHECK = {
    "CPR": "cpr", "CPRN": "cpr", "CPRX": "cpr_nomod", "FNR": "fnr", "FNRS": "fnr", "DNR": "fnr",
    "PNR": "pnr", "PNR12": "pnr", "PNR12N": "pnr", "SAMNR": "pnr", "PNRP": "pnr",
    "IBAN_DK": "iban", "IBAN_DKC": "iban", "IBAN_NO": "iban", "IBAN_SE": "iban", "IBAN_GB": "iban",
    "IBAN_GBC": "iban", "KONTO_DK": "acc_dk", "KONTO_NO": "acc_no", "KONTO_NOC": "acc_no",
    "KONTO_SE": "acc_se", "KONTO_GB": "acc_gb",
    "PH_DK": "ph_DK", "PH_NO": "ph_NO", "PH_SE": "ph_SE", "PH_GB": "ph_GB",
    "BAD_CPR": "bad", "BAD_PNR": "bad", "BAD_FNR": "bad", "ORD10": "bad", "BAD11": "bad",
}

# --------------------------------------------------------------------------- texts
# (lang, genre, text). All written for this development set.
S, O, I = "survey", "social", "interview"

TEXTS = [
    # ------------------------------------------------------------------ Danish
    ("da", S, "Jeg ringede tre gange i sidste uge og blev til sidst hjulpet af [[person:Mette]] fra kundeservice. Hun var sød, men ((time:45 minutters)) ventetid er for meget."),
    ("da", S, "Min pakke med ordrenummer ((order:{NUM8})) er stadig ikke kommet. Ring gerne på [[phone:{PH_DK}]], jeg er hjemme efter ((time:kl. 16))."),
    ("da", S, "Fakturaen skal sendes til [[address:Ryesgade 31, 2. th, 2200 København N]] og ikke til min gamle adresse i ((postcode:8000)) Aarhus."),
    ("da", S, "I har registreret mit CPR-nummer forkert i jeres system. Det rigtige er [[national_id:{CPR}]]. Mit kundenummer er ((customer:{NUM8})), hvis I skal bruge det."),
    ("da", S, "Stor ros til [[person:Jonas Kragh-Olesen]] i butikken på ((street:Frederiksberggade)), som brugte en halv time på at finde de rigtige løbesko til min søn."),
    ("da", S, "Refusionen på ((price:349,95 kr.)) bedes indsat på min konto [[account:{KONTO_DK}]]. Jeg har ventet siden ((date:3. marts)) og har rykket to gange."),
    ("da", S, "Skriv hellere til mig på [[email:lise.bundgaard@gmail.com]] end at ringe – jeg arbejder om natten og sover om dagen."),
    ("da", S, "Vi spiste på ((company:Jensens Bøfhus)) i lørdags. Tjeneren [[person:Ahmad]] var fantastisk, men bøffen var kold og pomfritterne slatne."),
    ("da", S, "Abonnementet koster ((price:129 kr.)) ((word:per)) måned, og det er alt for meget, når appen lukker ned hver anden dag."),
    ("da", S, "Jeg fik en sms fra [[phone:{PH_DK}]] om en pakke, jeg ikke har bestilt. Er det jer? Sporingsnummeret ((tracking:{TRACK})) giver ingen resultater på jeres side."),
    ("da", S, "Jeres formular siger, at ((bad_id:{BAD_CPR})) er et ugyldigt CPR-nummer – og det har I ret i, jeg tastede forkert. Men fejlbeskeden var helt uforståelig."),
    ("da", S, "Rigtig god oplevelse i jeres nye butik i ((postcode:5000)) Odense. Rent, ryddeligt og venligt personale. Vi kommer igen i ((month:august))."),
    ("da", O, "@[[person:Sofie Nielsen]] har du også prøvet at ringe til dem? jeg har siddet i kø i en time 🙄"),
    ("da", O, "shoutout til [[person:kasper]] i ((company:Bilka)) Fields der hjalp min mor med at bære hele indkøbet ud til bilen ❤️"),
    ("da", O, "Tredje gang i ((month:januar)) at ((company:Wolt))-ordren mangler en ret. Det er ikke okay, når man betaler ((price:39 kr.)) for levering."),
    ("da", I, "Interviewer: Hvordan var din oplevelse med returneringen?\n[[person:Birgitte]]: Altså, den var lidt besværlig. Jeg skulle printe en label, og jeg har ikke en printer.\nInterviewer: Hvad gjorde du så?\n[[person:Birgitte]]: Min nabo [[person:Hans-Henrik]] printede den for mig."),
    ("da", I, "Noter fra interview ((date:14.02.)) – deltager: [[person:Søren Østergaard]], 58 år, kunde siden ((date:2011)). Synes appen er blevet sværere at bruge efter opdateringen. Vil gerne kontaktes på [[phone:{PH_DK}]] ved opfølgning."),
    ("da", S, "Jeres medarbejder bad mig oplyse mit personnummer over telefonen: [[national_id:{CPRN}]]. Er det virkelig nødvendigt for at ændre en leveringsadresse?"),
    ("da", S, "Varen var defekt ved levering. Sagsnummer ((case:{NUM8})). Jeg vil gerne have pengene retur og ikke et gavekort."),
    ("da", S, "Fru [[person:Pedersen]] i receptionen var meget imødekommende, selv om vi kom ((time:en time)) for sent til vores aftale."),
    ("da", S, "Prisen steg fra ((price:89 kr.)) til ((price:119 kr.)) uden varsel. Det svarer til en stigning på ((percent:34 %)). Det synes jeg er for dårligt."),
    ("da", S, "Send venligst kontrakten til [[email:thomas.fogh@outlook.dk]] – den adresse, I har, lukkede jeg i ((date:2022))."),
    ("da", S, "Jeg har opgivet min datters CPR-nummer [[national_id:{CPRX}]] ved tilmeldingen, men systemet siger, at det er ugyldigt. Det er det altså ikke."),
    ("da", S, "Jeg bor på ((street:Vesterbrogade)), og jeres bud kunne ikke finde opgangen. Lav en bedre beskrivelse i appen."),
    ("da", S, "Flyt mit abonnement til [[address:Skovvej 7, 4700 Næstved]] fra ((date:1. maj)). Kundenr. ((customer:{NUM6}))."),
    ("da", O, "hvem andre har fået en mail fra ((company:Søstrene Grene)) om en konkurrence? min veninde [[person:Line]] fik den også, tror det er phishing"),
    ("da", I, "[[person:Mads]]: Jeg bruger mest appen om morgenen i toget.\nInterviewer: Og hvad savner du?\n[[person:Mads]]: At kunne se mine gamle kvitteringer. Fx den fra ((date:12/11)) på ((price:2.499 kr.)) – den er bare væk."),
    ("da", S, "Jeg er blevet trukket to gange for faktura ((invoice:{INV})). Pengene bedes tilbageført til [[account:{IBAN_DK}]]."),
    ("da", S, "Chatbotten ((chatbot:Sofie)) forstod slet ikke mit spørgsmål. Jeg vil gerne tale med et menneske."),
    ("da", S, "Jeg blev ringet op af en sælger fra [[phone:{PH_DK}]], selv om jeg står på Robinsonlisten. Han hed vist [[person:Kenneth]]."),
    ("da", S, "Ok pris, men fragten på ((price:79 kr.)) ødelægger det. ((company:Bog & idé)) tager ingenting for samme vare."),
    ("da", S, "Min mand [[person:Jørgen Bæk]] har oprettet kontoen, men det er mig, der betaler. Kan I ændre betaleren til mig, [[person:Anne-Mette Bæk]]?"),
    ("da", O, "godt gået ((company:Lagkagehuset)) 👏 kanelsnegle til ((price:25 kr.)) hele ((month:februar)) er bare en gave"),
    ("da", S, "Ring til min søn på [[phone:{PH_DK}]], hvis I ikke kan få fat i mig. Han hedder [[person:Emil]] og har fuldmagt."),
    ("da", S, "Målerens nummer er ((meter:{METER})), og aflæsningen var ((number:48213)) kWh den ((date:31.12.2024)). Regningen passer ikke."),
    ("da", I, "Deltager 4 ([[person:Karen Lykke]]) fortalte, at hun altid handler i ((company:Netto)) på ((street:Jægersborg Allé)), fordi det er tæt på. Hun bruger ikke appen, men får tilbudsaviserne med posten på [[address:Bregnevej 14, 2820 Gentofte]]."),
    ("da", S, "Jeres cykelbud smed pakken ude ved ((word:kajen)) i regnvejr. Alt var gennemblødt. Der var ((word:storm)) den dag, så læg den dog i opgangen."),
    ("da", S, "[[person:Ole]] fra jeres tekniske afdeling kom ud ((date:tirsdag)) og fik routeren til at virke på ((time:ti minutter)). Tak!"),
    ("da", S, "Jeg har været kunde i ((number:17 år)) og aldrig oplevet så dårlig service. Kundenummer ((customer:{NUM8}))."),
    ("da", S, "Mit nye telefonnummer er [[phone:{PH_DK}]]. Kan I opdatere det, så jeg får sms om levering? Min gamle mail [[email:kirsten.holm58@hotmail.com]] skal slettes."),
    ("da", O, "@[[person:Rasmus Vinther]] det var dig der anbefalede ((company:Joe & the Juice)) ikke? smoothien kostede ((price:65 kr.)) og smagte af ingenting"),
    ("da", S, "Jeg bestilte ((date:fredag)) kl. ((time:14.30)) og fik besked om levering inden ((time:kl. 18)), men den kom først mandag."),
    ("da", S, "Jeg flytter ((date:1. juni)) til [[address:Christian IX's Gade 3, 4. sal, 1111 København K]]. Husk at sende den nye kortlæser dertil."),
    ("da", S, "Telefonen i ((company:Elgiganten)) på ((street:Amagerbrogade)) var ((price:500 kr.)) billigere end i jeres webshop. Hvorfor?"),
    ("da", I, "Interviewer: Må jeg spørge, hvordan du betaler?\n[[person:Ida]]: MobilePay, altid. Nummeret er [[phone:{PH_DK}]], det er det samme som min telefon.\nInterviewer: Og har du oplevet problemer?\n[[person:Ida]]: Kun én gang i ((month:december))."),
    ("da", S, "Jeg har skrevet til [[person:Louise]] og [[person:Frederik]] i jeres salgsafdeling uden at få svar. Nu skriver jeg her."),
    ("da", S, "Ordre ((order:{ORD10})) blev annulleret uden forklaring. Beløbet på ((price:1.249 kr.)) er stadig reserveret på mit kort."),
    ("da", O, "jeg elsker ((company:Mads Nørgaard))-striberne, men størrelserne er helt skøre. M er en L 😂"),
    ("da", S, "Kære [[person:Hanne]]. Tak for hjælpen med min forsikring sidste uge. Police ((policy:{NUM8})) er nu på plads."),
    ("da", S, "Jeg fik tilbudt ((price:200 kr.)) i kompensation. Det dækker ikke engang ((percent:10 %)) af det, jeg har tabt."),
    ("da", S, "Jeg kan ikke logge ind med MitID. Brugernavnet er mit fulde navn, [[person:Thøger Ravnsbæk]]. Ring på [[phone:{PH_DK}]]."),
    ("da", S, "Overfør venligst de ((price:2.150 kr.)) til [[account:{IBAN_DKC}]]. Det er min konto i Nordea."),
    ("da", I, "Kort referat: [[person:Lars]] (45) har kun brugt selvbetjeningen én gang. Han synes, det er svært at finde fakturaerne, og han har et kundenummer, ((customer:{NUM8})), som han aldrig kan huske."),
    ("da", S, "Åbningstiderne ((time:10-17)) passer dårligt, når man arbejder. Hold gerne åbent til ((time:19)) om torsdagen."),
    ("da", S, "Jeg sendte mine papirer til jer med mit CPR [[national_id:{CPR}]] på forsiden, og nu kan I ikke finde dem. Det er ret bekymrende."),
    ("da", O, "((company:Carl Hansen & Søn))-stolen kom med en ridse. kundeservice svarede inden for ((time:2 timer)) og sendte en ny. respekt"),
    ("da", S, "Min adresse er [[address:Søndergade 112, st. tv, 8700 Horsens]]. Budet har nu to gange afleveret pakken på ((street:Søndergade)) i Vejle."),
    ("da", S, "Pakken var sendt med ((company:GLS)), og ((tracking:{TRACK})) stod som leveret, men der lå intet i pakkeboksen."),
    ("da", S, "Jeg synes ikke, man skal betale ((price:25 kr.)) ((word:per)) faktura for at få den på papir. Ikke alle er på nettet."),
    ("da", I, "[[person:Jette]]: Jeg ringede, og ham der [[person:Bo]], tror jeg han hed, han var rigtig flink.\nInterviewer: Kunne han løse problemet?\n[[person:Jette]]: Ja, han ændrede min betalingsdag til den ((date:15.)), og så var det klaret."),
    ("da", S, "Vi vil gerne ((word:bo)) tæt på en butik, men jeres nærmeste ligger ((number:12 km)) væk. Mere hjemmelevering, tak."),
    ("da", S, "Jeg har glemt min adgangskode og får ikke mailen. Den skal til [[email:p.aagaard@mail.tele.dk]]."),
    ("da", S, "CVR ((orgnr:{CVR})) står forkert på fakturaen, det er vores gamle firma. Ret det venligst."),
    ("da", S, "Hr. [[person:Villadsen]] fra jeres juridiske afdeling har lovet at ringe tilbage på [[phone:{PH_DK}]] inden fredag."),
    ("da", O, "tak [[person:malene]] fra kundeservice, du reddede min dag 🙏 og nej, jeg har ikke fået de ((price:99 kr.)) refunderet endnu"),
    ("da", S, "Jeg købte en brødrister til ((price:399 kr.)) den ((date:4/10)). Den holdt ((number:3 uger)). Kvittering nr. ((receipt:{NUM6}))."),
    ("da", I, "Interviewnoter, ((date:onsdag d. 9. april)): informant [[person:Nikolaj Frøkjær]] bor i ((place:Valby)) og bestiller måltidskasser ((word:per)) uge. Han vil gerne have færre plastikposer."),
    ("da", S, "[[national_id:{CPRN}]] er mit CPR-nr. uden bindestreg, sådan som jeres formular kræver. Men formularen afviser det alligevel."),
    ("da", S, "Det er ((number:fjerde)) gang, jeg skriver. Sag ((case:{CASE})). Ingen svarer."),
    ("da", S, "Fortæl [[person:Yasmin]] på lageret, at hun gjorde det godt – hun fandt min forsvundne ordre ((order:{NUM8})) på fem minutter."),
    ("da", S, "Opkaldet blev afbrudt to gange, mens jeg talte med [[person:Camilla]]. Ventemusikken er også forfærdelig."),
    ("da", S, "Husk, at min løn skal gå til den nye konto [[account:{KONTO_DK}]] fra ((date:1. oktober)). Den gamle i ((company:Danske Bank)) er lukket."),
    ("da", O, "søndag på ((street:Strøget)) og ((company:Illum)) havde lukket kassen midt på eftermiddagen? 🤷"),

    # ------------------------------------------------------------------ Norwegian Bokmål
    ("nb", S, "Jeg snakket med [[person:Kari]] på kundeservice, og hun lovet at noen skulle ringe meg tilbake på [[phone:{PH_NO}]]. Det har ikke skjedd."),
    ("nb", S, "Strømregningen for ((month:januar)) var på ((price:4 312 kr)). Det er dobbelt så mye som i fjor. Kundenummer ((customer:{NUM8}))."),
    ("nb", S, "Pengene skal tilbake til kontoen min, [[account:{KONTO_NO}]], ikke som tilgodelapp."),
    ("nb", S, "Fødselsnummeret mitt er [[national_id:{FNR}]]. Jeg har oppgitt det tre ganger nå, og dere ber fortsatt om det."),
    ("nb", S, "Abonnementet koster ((price:299 kr)) ((word:per)) måned, og bindingstiden er ((number:12 måneder)). Det sto ikke i annonsen."),
    ("nb", O, "takk til [[person:Per]] på ((company:XXL)) på ((place:Storo)) som fant riktige skistøvler til meg 👍"),
    ("nb", S, "Send fakturaen til [[address:Thereses gate 47, 0354 Oslo]] fra og med ((date:1. mars))."),
    ("nb", S, "Pakken med sporingsnummer ((tracking:{TRACK})) har stått som «under transport» hos ((company:Posten)) i ((number:ti dager))."),
    ("nb", I, "Intervjuer: Hvordan oppdaget du tjenesten?\n[[person:Ingrid]]: Kollegaen min, [[person:Sindre Aas]], brukte den, og han anbefalte den.\nIntervjuer: Hva liker du best?\n[[person:Ingrid]]: At jeg slipper å ringe noen."),
    ("nb", S, "Kontakt meg heller på e-post: [[email:marte.solberg@online.no]]. Jeg svarer ikke på ukjente numre."),
    ("nb", S, "KID-nummeret ((kid:{KID})) ble avvist i nettbanken. Fristen var ((date:20.05)), og nå har jeg fått purregebyr på ((price:35 kr))."),
    ("nb", S, "Hyggelig mottakelse på ((company:Peppes Pizza)) i Bergen. [[person:Ola]] som serverte oss, var blid og rask."),
    ("nb", S, "Dere må ha bedre åpningstider i butikken i ((street:Bogstadveien)). Stengt klokka ((time:18)) på en lørdag er for tidlig."),
    ("nb", S, "Datteren min [[person:Thea]] fikk feil legemiddel utlevert. Fødselsnummeret hennes er [[national_id:{FNRS}]] – sjekk journalen."),
    ("nb", O, "hele ((month:august)) har ((company:Ruter))-appen vært treg. ((price:44 kr)) for en billett og jeg får ikke kjøpt den 🙄"),
    ("nb", S, "Jeg heter [[person:Åse Kjærstad-Lie]] og har vært kunde siden ((date:2009)). Nå vurderer jeg å bytte leverandør."),
    ("nb", S, "Fakturanummer ((invoice:{NUM8})) har feil beløp. Jeg bestilte to sekker jord, ikke tre."),
    ("nb", S, "Ring meg på [[phone:{PH_NO}]] etter klokka ((time:16)), eller send SMS."),
    ("nb", I, "Notater ((date:12.06.)): Informant [[person:Bjørn Haugland]] (67) bor alene og bestiller matvarer på nett ((word:per)) uke. Han synes det er vanskelig å finne kvitteringene."),
    ("nb", S, "Refusjonen på ((price:1 499 kr)) kan settes inn på [[account:{IBAN_NO}]]. Ordrenummer ((order:{ORD10}))."),
    ("nb", S, "Veldig god service hos ((company:Anton Sport)). Ekspeditøren tok seg god tid, selv om det var fullt i butikken."),
    ("nb", S, "Hr. [[person:Nilsen]] i resepsjonen var uhøflig da jeg spurte om parkering. Det hører ikke hjemme på et hotell som koster ((price:1 900 kr)) natta."),
    ("nb", O, "@[[person:jonas.berg]] du hadde rett, ((company:Elkjøp)) matchet prisen uten å mase 😎"),
    ("nb", S, "Organisasjonsnummeret ((orgnr:{ORGNR})) på fakturaen stemmer ikke med selskapet vårt."),
    ("nb", S, "Det nye nummeret mitt er [[phone:{PH_NO}]], og ny e-post er [[email:h.rustad@gmail.com]]. De gamle opplysningene kan slettes."),
    ("nb", S, "Strømmen var borte fra ((time:kl. 09)) til ((time:kl. 14)), og ingen sa noe. Måler-ID ((meter:{METER})) hvis dere trenger det."),
    ("nb", S, "Vi bor i [[address:Kirkeveien 5B, 1358 Jar]], og dere har levert til nabohuset to ganger nå."),
    ("nb", I, "[[person:Liv]]: Jeg bruker appen hele tiden, egentlig.\nIntervjuer: Hva savner du?\n[[person:Liv]]: En måte å se hvor mye jeg har brukt ((word:per)) måned. Det er alt."),
    ("nb", S, "Hele ((word:livet)) har jeg handlet hos dere, men nå er prisene for høye. ((percent:15 %)) opp på ett år."),
    ("nb", S, "Takk til [[person:Mohammed]] og [[person:Silje]] på verkstedet som fikk bilen ferdig før påske."),
    ("nb", S, "Jeg fikk beskjed om at saksnummeret mitt er ((case:{CASE})), men ingen hos dere finner saken."),
    ("nb", O, "kjøpte ((company:Kid))-gardiner til ((price:399 kr)) og de krympet i første vask. aldri igjen"),
    ("nb", S, "Jeg ble bedt om å oppgi D-nummeret mitt, [[national_id:{DNR}]], men skjemaet godtar bare fødselsnummer. Jeg har ikke fødselsnummer ennå."),
    ("nb", S, "Bussen gikk ((time:07.42)) i stedet for ((time:07.30)), og jeg mistet toget. Igjen."),
    ("nb", S, "Fikk en e-post fra [[email:siri.vangen@hotmail.no]] – er det en ansatt hos dere? Hun ba om kortnummeret mitt."),
    ("nb", I, "Intervjuer: Hvem i husstanden handler mest?\n[[person:Torunn]]: Det er mannen min, [[person:Geir]]. Han har kontoen og får alle e-postene.\nIntervjuer: Og du?\n[[person:Torunn]]: Jeg bare betaler, ha ha."),
    ("nb", S, "Jeg bestilte ((date:tirsdag)) og fikk varen ((date:fredag)). Helt greit, men emballasjen var altfor stor."),
    ("nb", S, "Flytter til [[address:Nedre Slottsgate 8, 3. etasje, 0157 Oslo]] i ((month:mai)). Husk å oppdatere leveringsadressen."),
    ("nb", S, "Dere har sendt meg en purring på ordre ((order:{BAD11})) som jeg aldri har bestilt."),
    ("nb", O, "hilsen til [[person:eirik]] i kassa på ((company:Rema 1000)) Grünerløkka, alltid i godt humør 😄"),
    ("nb", S, "[[person:Anne-Grethe]] fra kundeservice ringte meg tilbake etter ((time:fem minutter)). Det kaller jeg service!"),
    ("nb", S, "((company:Clas Ohlson))-lampen jeg kjøpte for ((price:249 kr)), sluttet å virke etter ((number:to uker)). Kvitteringsnr. ((receipt:{NUM6}))."),
    ("nb", S, "Betalingen gikk fra [[account:{KONTO_NO}]] den ((date:2. april)), men dere sier at fakturaen ikke er betalt."),
    ("nb", S, "Ring til kona mi, [[person:Hege]], på [[phone:{PH_NO}]] hvis jeg ikke svarer. Hun er hjemme på dagtid."),
    ("nb", S, "((word:Per)) i dag har jeg ventet ((number:tre uker)) på svar. Det er ikke greit."),
    ("nb", I, "Referat: [[person:Kristoffer Dahl]] (31) bruker tjenesten mest på mobil. Han ønsker at varsler kan sendes til [[email:kris.dahl@icloud.com]] i stedet for SMS."),
    ("nb", S, "Lading av elbilen koster ((price:5,90 kr)) ((word:per)) kWh på stasjonene deres. Det er dyrere enn hjemme."),
    ("nb", S, "Faren min, [[person:Arne Øvrebø]], er 88 og forstår ikke den nye appen. Kan dere sende papirfaktura til [[address:Solheimsgaten 21, 5058 Bergen]]?"),
    ("nb", S, "Den nye nettsiden er mye bedre. Takk til [[person:Ragnhild]] som viste meg hvordan jeg bruker den."),
    ("nb", O, "((company:Peppes)) i ((street:Karl Johans gate)) hadde ((number:45 minutter)) ventetid fredag kveld. pizzaen var god da"),
    ("nb", S, "Forsikringen min ((policy:{NUM8})) dekker visst ikke vannskade. Det sa [[person:Vegard]] på telefonen i hvert fall."),
    ("nb", S, "Jeg vil slette kontoen min. E-post: [[email:tone_hval@yahoo.no]], telefon: [[phone:{PH_NO}]]."),
    ("nb", S, "Faktura ((invoice:{INV})) forfalt ((date:15.11.)), men ble sendt ((date:14.11.)). Én dag er ikke nok."),
    ("nb", I, "[[person:Sigrid]]: Jeg ringte dere fra jobben, på [[phone:{PH_NO}]], fordi mobilen var tom.\nIntervjuer: Og fikk du hjelp?\n[[person:Sigrid]]: Ja, etter ((time:20 minutter)) i kø."),
    ("nb", S, "((word:Sol)) og varme hele uka på hytta, men ((company:Telenor))-dekningen var elendig. Ikke mobilnett etter ((time:kl. 18))."),
    ("nb", S, "Jeg fikk hjelp av [[person:Jan Erik]] i butikken på ((place:Sandvika)) Storsenter. Han var tålmodig med en gammel dame som meg."),
    ("nb", S, "Postnummer ((postcode:9008)) er ikke med i leveringsområdet deres? Tromsø er da ikke så langt unna."),
    ("nb", O, "noen som vet hvorfor ((company:Vy)) ikke svarer? ringt fra [[phone:{PH_NO}]] fem ganger nå. @[[person:Maren Hov]] opplevde du det samme?"),
    ("nb", S, "Kontonummeret dere har registrert, [[account:{KONTO_NOC}]], er feil. Riktig er [[account:{KONTO_NO}]]."),
    ("nb", S, "Bestilling ((order:{NUM8})) kom uten bruksanvisning på norsk. Bare tysk og fransk."),
    ("nb", S, "Fru [[person:Haugen]] på legekontoret ble lovet svar innen ((date:torsdag)). Hun har fortsatt ikke hørt noe."),
    ("nb", S, "Jeg tastet inn ((bad_id:{BAD_FNR})) i skjemaet og fikk beskjed om at fødselsnummeret er ugyldig. Riktig nummer er [[national_id:{FNR}]], jeg hadde byttet om to sifre."),
    ("nb", I, "Intervjuer: Bruker du appen eller nettsiden?\nInformant: Nettsiden. Appen krasjer hver gang jeg prøver å betale.\nIntervjuer: Har du meldt fra?\nInformant: Ja, i ((month:februar)). Saken har nummer ((case:{CASE}))."),

    # ------------------------------------------------------------------ Swedish
    ("sv", S, "Jag pratade med [[person:Elin]] på kundtjänst och hon löste problemet direkt. Tack!"),
    ("sv", S, "Mitt personnummer är [[national_id:{PNR}]] och det står fel i ert system, därför kan jag inte logga in."),
    ("sv", S, "Ring mig på [[phone:{PH_SE}]] efter ((time:kl. 17)), jag jobbar skift."),
    ("sv", S, "Återbetalningen på ((price:1 295 kr)) ska gå till [[account:{KONTO_SE}]], inte till kortet som är spärrat."),
    ("sv", S, "Jag har varit hemma på ((word:karensdag)) och väntat på leveransen hela dagen. Ordernummer ((order:{NUM8}))."),
    ("sv", S, "Skicka fakturan till [[address:Storgatan 14, 411 38 Göteborg]] i stället för till min gamla adress."),
    ("sv", O, "tack [[person:linnea]] på ((company:Åhléns)) City för hjälpen med presentinslagningen 🎁"),
    ("sv", S, "Jag har ett samordningsnummer, [[national_id:{SAMNR}]], och ert formulär godkänner det inte. Fixa det!"),
    ("sv", I, "Intervjuare: Hur upplevde du leveransen?\n[[person:Björn]]: Den kom en dag för sent, men budet ringde från [[phone:{PH_SE}]] och förklarade.\nIntervjuare: Var det okej?\n[[person:Björn]]: Ja, det var det faktiskt."),
    ("sv", S, "Kontakta mig på [[email:anna.lindqvist@telia.com]]. Jag läser inte sms."),
    ("sv", S, "Priset gick upp från ((price:99 kr)) till ((price:129 kr)) ((word:per)) månad. ((word:Annars)) är jag nöjd."),
    ("sv", S, "[[person:Johan Ek]] på ((company:Clas Ohlson)) i Uppsala hjälpte mig att välja borrmaskin. Trevlig och kunnig."),
    ("sv", S, "Min mamma [[person:Margareta Sjöström]] har personnummer [[national_id:{PNR12}]] och behöver hjälp att avsluta sitt abonnemang."),
    ("sv", S, "Paketet med kollinummer ((tracking:{TRACK})) har legat kvar hos ((company:PostNord)) sedan ((date:den 3 mars))."),
    ("sv", S, "Skriv till mig på [[email:kalle.nyberg@gmail.com]] eller ring [[phone:{PH_SE}]] om det är bråttom."),
    ("sv", O, "@[[person:Sara Holm]] har du också fått dubbeldragning från ((company:Klarna))? ((price:549 kr)) två gånger 😡"),
    ("sv", S, "Jag flyttar till [[address:Sveavägen 88 lgh 1103, 113 59 Stockholm]] den ((date:1 juni)). Uppdatera adressen."),
    ("sv", I, "Anteckningar ((date:2024-05-08)): [[person:Fredrik Åkesson]], 42, använder appen varje dag på väg till jobbet. Han tycker att inloggningen med BankID tar för lång tid."),
    ("sv", S, "Hej, jag heter [[person:Aisha Warsame]] och har fått en faktura på ((price:2 340 kr)) för en tjänst jag aldrig beställt."),
    ("sv", S, "Fakturan ((invoice:{INV})) har fel OCR-nummer, ((kid:{OCR})). Betalningen gick inte igenom."),
    ("sv", S, "Personnummer utan bindestreck: [[national_id:{PNR12N}]]. Formuläret klagar ändå på formatet."),
    ("sv", S, "Tack till [[person:Per-Olof]] i kassan som hittade min borttappade plånbok och ringde mig på [[phone:{PH_SE}]]."),
    ("sv", S, "((company:Max Hamburgare)) i Luleå hade slut på pommes ((time:kl. 19)) en fredag. Seriöst?"),
    ("sv", S, "Ni har min gamla adress, [[address:Kungsgatan 3B, 753 21 Uppsala]]. Jag bor sedan ((month:mars)) i Malmö."),
    ("sv", I, "[[person:Karin]]: Jag beställer mest kläder på nätet.\nIntervjuare: Varför?\n[[person:Karin]]: Butiken på ((street:Drottninggatan)) har aldrig min storlek. Och ((company:Gina Tricot)) har bättre returer."),
    ("sv", S, "Jag vill att pengarna sätts in på [[account:{IBAN_SE}]]. Det är mitt konto i Handelsbanken."),
    ("sv", S, "Leveransen tog ((number:elva dagar)). Ni lovade två till fyra. Inte okej."),
    ("sv", O, "shoutout till [[person:mikael]] på ((company:Mio)) som bar upp soffan tre trappor 💪"),
    ("sv", S, "Min pappa är över hundra år och hans personnummer har plustecken: [[national_id:{PNRP}]]. Ert system godtar inte det."),
    ("sv", S, "[[person:Ebba]] på kundtjänst lovade återkoppling inom ((number:48 timmar)), men det har gått en vecka."),
    ("sv", S, "Jag ringde ((number:sju)) gånger ((word:per)) dag i en vecka. Ingen svarade. Ärendenummer ((case:{CASE}))."),
    ("sv", S, "Ring min sambo [[person:Oskar]] på [[phone:{PH_SE}]] när paketet kommer, jag är bortrest."),
    ("sv", I, "Intervjuare: Vem sköter räkningarna hemma?\n[[person:Gunnel]]: Det gör min dotter, [[person:Lena Forsberg]]. Hon har fullmakt.\nIntervjuare: Hur fungerar det?\n[[person:Gunnel]]: Bra, men hon bor i Umeå så allt går via mejl till [[email:lena.forsberg@outlook.com]]."),
    ("sv", S, "Herr [[person:Lundgren]] på banken sa att mitt clearingnummer var fel. Det rätta kontot är [[account:{KONTO_SE}]]."),
    ("sv", S, "Organisationsnummer ((orgnr:{ORGNR_SE})) ska stå på fakturan, annars kan vi inte bokföra den."),
    ("sv", S, "Hämta gärna den trasiga diskmaskinen på [[address:Ängsvägen 7, 244 31 Kävlinge]] någon dag efter ((time:kl. 15))."),
    ("sv", O, "hur kan ((company:H&M)) ta ((price:59 kr)) i frakt?? @[[person:emma_sjoberg]] fick gratis frakt förra veckan"),
    ("sv", S, "Jag har fått ett brev till [[person:Sten Åberg]] men han har inte bott här sedan ((date:2019)). Skicka inte mer post hit."),
    ("sv", S, "Elpriset ((word:stiger)) hela tiden. Nu ((price:2,40 kr)) ((word:per)) kWh. Hur ska pensionärer klara det?"),
    ("sv", S, "Tack [[person:Jonna]] och [[person:Amir]] på ((company:Apotek Hjärtat)) för snabb hjälp med receptet."),
    ("sv", I, "Sammanfattning: [[person:Maja Lindberg-Roos]] (29) har prenumererat på matkassen sedan ((date:2021)). Hon vill kunna pausa leveranserna i appen."),
    ("sv", S, "Jag fick ett samtal från [[phone:{PH_SE}]] om att min order ((order:{NUM8})) var försenad. Bra att ni hörde av er!"),
    ("sv", S, "Appen fungerar bra nu efter uppdateringen. Tack [[person:Alva]] i supporten för tipset."),
    ("sv", S, "Mitt nya mobilnummer är [[phone:{PH_SE}]]. Det gamla, [[phone:{PH_SE}]], ska tas bort."),
    ("sv", S, "Min son [[person:Elias]] har samordningsnummer [[national_id:{SAMNR}]]. Kan han ändå få ett eget konto?"),
    ("sv", O, "((company:Filippa K))-rean är ett skämt. ((percent:20 %)) på saker som redan var nedsatta i ((month:juli))."),
    ("sv", S, "Skicka ersättningen till [[address:Östra Långgatan 19, 252 24 Helsingborg]], så löser vi det."),
    ("sv", S, "Jag har ringt [[person:Jenny]] på supporten tre gånger. Hon är trevlig men kan inte hjälpa mig."),
    ("sv", S, "Kundnummer ((customer:{ORD10})) och ordernummer ((order:{NUM8})) – ni har båda. Varför frågar ni igen?"),
    ("sv", I, "[[person:Ali]]: Jag använder Swish till allt, och numret är [[phone:{PH_SE}]].\nIntervjuare: Har du använt er tjänst för betalning?\n[[person:Ali]]: En gång, det var krångligt."),
    ("sv", S, "Personnumret jag angav var [[national_id:{PNR}]], men ni har registrerat det som ((bad_id:{BAD_PNR})). Ändra det."),
    ("sv", S, "Kan ni ringa min kollega [[person:Viktor Hägglund]] i stället? Han är ansvarig för vårt företagskonto."),
    ("sv", S, "Jag bor på ((street:Södra Förstadsgatan)) och budet hittar aldrig porten. Lägg in en karta."),
    ("sv", O, "äntligen svar från ((company:Telia)) efter ((number:tre veckor)). tack [[person:Hampus]] som faktiskt läste mitt mejl"),
    ("sv", S, "Jag vill inte att ni sparar min mejladress [[email:b.ostlund@bredband.net]] efter att kontot avslutats."),
    ("sv", S, "Vi som ((word:bor)) i Norrland får betala ((price:89 kr)) i frakt. I Stockholm är det gratis."),
    ("sv", S, "Mitt IBAN är [[account:{IBAN_SE}]] om ni vill betala tillbaka via utlandsbetalning."),
    ("sv", I, "Intervjuare: Minns du vem du pratade med?\nDeltagare: Någon [[person:Stina]], tror jag. Hon var jättetrevlig.\nIntervjuare: Vad hände sedan?\nDeltagare: Hon skickade ett mejl med ärendenumret ((case:{CASE}))."),
    ("sv", S, "Maten var god men vi väntade ((time:50 minuter)). Restaurangen vid ((street:Stortorget)) har blivit sämre."),
    ("sv", S, "Fru [[person:Bergström]] i receptionen gav oss ett rum med utsikt. Tack!"),
    ("sv", S, "[[person:Mats]] från ((company:Elgiganten)) installerade tvättmaskinen i går kl. ((time:10.15)). Allt funkar."),
    ("sv", O, "såg en ((word:björn)) vid vägen till stugan och mobilen hade ingen täckning. ((company:Tre)) lovar täckning överallt, lol"),

    # ------------------------------------------------------------------ English
    ("en", S, "I spoke to [[person:Sarah]] from customer service and she sorted out my refund in under ((time:ten minutes)). Brilliant."),
    ("en", S, "Please call me back on [[phone:{PH_GB}]]. I've been waiting since ((date:Tuesday)) and no one has rung."),
    ("en", S, "My new address is [[address:14 Elm Grove, Leeds LS6 2AB]]. The parcel went to my old flat again."),
    ("en", S, "The refund of ((price:£42.99)) should go to [[account:{IBAN_GB}]], not back to the card, which has been cancelled."),
    ("en", S, "Order ((order:{NUM8})) arrived with a cracked screen. The box was fine, so it must have left the warehouse like that."),
    ("en", O, "massive thanks to [[person:Dev]] at ((company:John Lewis)) on ((street:Oxford Street)) who found the last pram in stock 🙌"),
    ("en", S, "Email me at [[email:j.whitfield@btinternet.com]] rather than calling; I'm deaf and phone calls are impossible."),
    ("en", S, "Mr [[person:Okafor]] at the front desk was rude when I asked for a late checkout."),
    ("en", S, "The engineer, [[person:Gareth Price]], turned up two hours late and left mud everywhere."),
    ("en", I, "Interviewer: How often do you use the app?\n[[person:Priya]]: Every day, mostly for the bills.\nInterviewer: Anything frustrating?\n[[person:Priya]]: The bill for ((month:May)) was doubled and I couldn't work out why."),
    ("en", S, "The subscription is ((price:£9.99)) ((word:per)) month and I was charged twice in ((month:June)). Case ref ((case:{CASE}))."),
    ("en", S, "My daughter [[person:Grace]] lost her bank card at your branch. Please ring her on [[phone:{PH_GB}]]."),
    ("en", S, "To be ((word:frank)), the new layout is confusing. I couldn't find the ((word:bill)) anywhere."),
    ("en", O, "@[[person:tomharding]] same thing happened to me with ((company:Sainsbury's)) delivery, half the order missing"),
    ("en", S, "I'm a Danish citizen living in London. My CPR number is [[national_id:{CPR}]] if you need it for the tax form."),
    ("en", S, "Please update my phone number to [[phone:{PH_GB}]] and my email to [[email:lucy.ambrose@outlook.com]]."),
    ("en", S, "Tracking number ((tracking:{TRACK})) says delivered at ((time:14:32)), but nothing was left at my door."),
    ("en", S, "Send the replacement to [[address:Flat 3, 27 Marlborough Road, Bristol BS6 5QT]], please."),
    ("en", I, "Notes, ((date:3 March)): participant [[person:Daniel O'Connor]], 34, works shifts and shops mostly at night. Prefers chat over phone. Happy to be contacted at [[email:dan.oconnor84@gmail.com]]."),
    ("en", S, "I live in Oslo and my fødselsnummer is [[national_id:{FNR}]]. Your form only accepts UK National Insurance numbers."),
    ("en", S, "Invoice ((invoice:{INV})) lists ((price:£120)) for an installation that never happened."),
    ("en", S, "[[person:Mark]] on the tills was really patient with my dad, who has dementia. Thank you, [[person:Mark]]."),
    ("en", S, "I'll ((word:mark)) this as resolved once the ((word:bill)) is corrected. Customer number ((customer:{NUM8}))."),
    ("en", S, "My Swedish personnummer is [[national_id:{PNR}]]; your system keeps rejecting the hyphen."),
    ("en", O, "shout out to [[person:aisha]] at ((company:Pret)) Kings Cross for remembering my order every single morning ☕"),
    ("en", S, "I've already sent my bank details twice: [[account:{IBAN_GBC}]]. Please don't ask again."),
    ("en", S, "Your courier left my parcel with a neighbour, [[person:Janet Hughes]], at [[address:19 Cedar Close, Norwich NR4 7HJ]]. She's 85 and had to carry it over."),
    ("en", S, "Prices went up ((percent:12%)) in ((month:April)). I'll be switching at the end of my contract."),
    ("en", I, "[[person:Tom]]: I rang from work, so it would've been [[phone:{PH_GB}]].\nInterviewer: And who did you speak to?\n[[person:Tom]]: A lad called [[person:Jamie]], I think. Very helpful."),
    ("en", S, "Please stop sending letters addressed to [[person:Harold Whitaker]]. He passed away in ((date:2021))."),
    ("en", S, "The ((company:Marks & Spencer)) food hall on ((street:Kensington High Street)) had no staff on the self-checkouts. Chaos."),
    ("en", S, "I split my time between Leeds and Copenhagen, so please also keep my Danish number, [[phone:{PH_DK}]], on file."),
    ("en", S, "Dr [[person:Amelia Sørensen]] at the clinic was lovely, but the booking system double-booked me."),
    ("en", S, "The delivery driver, [[person:Sam]], phoned me from [[phone:{PH_GB}]] to say he couldn't find the building."),
    ("en", O, "@[[person:Chloe Bennett]] did you ever get your deposit back from them? I'm still waiting after ((number:six weeks))"),
    ("en", S, "Ms [[person:Adeyemi]] from the complaints team promised a call-back by ((date:Friday)). Still nothing."),
    ("en", S, "The bank transfer came from [[account:{KONTO_GB}]] on ((date:12/04/2024)) – please check your records."),
    ("en", S, "((word:Will)) you ever fix the login? It's been broken since the ((date:14th)). Ticket ((case:{CASE}))."),
    ("en", I, "Summary: [[person:Fatima Hussain]] (52) runs a small shop and uses our invoicing tool. Her main complaint is the PDF layout. She asked us to email her directly at [[email:fatima.h@hussainstores.co.uk]]."),
    ("en", S, "I'm writing for my mother, [[person:Margaret Lowe]], who lives at [[address:8 Church Lane, Little Hadham, Ware SG11 2DS]]."),
    ("en", S, "Great service from [[person:Niamh]] at the ((company:Dr. Martens)) store. The boots were ((price:£169)) but they'll last ten years."),
    ("en", S, "Norwegian customer here: please refund to my account [[account:{KONTO_NO}]]. I don't have a UK bank."),
    ("en", S, "Thanks to [[person:Olu]] and [[person:Kate-Louise]] at the Manchester branch."),
    ("en", S, "Got charged ((price:£3.50)) for a paper bag. Not a ((word:penny)) of that goes to charity, I bet."),
    ("en", O, "called [[phone:{PH_GB}]] like the email said and it was a scam?? @[[person:Hannah Reid]] be careful"),
    ("en", S, "Please contact my husband, [[person:Rob]], on [[phone:{PH_GB}]] about the boiler service."),
    ("en", S, "Honestly these delivery fees ((word:rob)) you blind. ((price:£4.99)) on top of a meal deal."),
    ("en", I, "Interviewer: What would make you recommend us?\n[[person:Siobhan]]: Cheaper delivery, honestly.\nInterviewer: Anything else?\n[[person:Siobhan]]: Let me change the delivery slot after ((time:6pm)) the day before."),
    ("en", S, "My partner, [[person:Lars Eriksson]], is Swedish and his personnummer [[national_id:{PNR12}]] is on file. Please link our accounts."),
    ("en", S, "The refund went to [[account:{IBAN_DK}]], which is my Danish account, but I asked for it in pounds."),
    ("en", S, "Do you deliver to ((postcode:EH6))? The checkout rejects my postcode every time."),
    ("en", S, "Ask for [[person:Bethany]] if you call the store – she knows about the faulty fridge."),
    ("en", S, "I live at [[address:42 Victoria Road, Cardiff CF14 3LN]]; the courier keeps taking it to ((street:Victoria Street))."),
    ("en", O, "((company:Ben & Jerry's)) at ((price:£6)) a tub now?? cost of living is no joke"),
    ("en", S, "Please delete my data. Name: [[person:Connor McBride]]. Email: [[email:connor.mcbride@protonmail.com]]."),
    ("en", S, "The woman on the phone, [[person:Sue]], was lovely. I'm not going to ((word:sue)) you, I just want the money back."),
    ("en", I, "Field note: spoke with [[person:Ewan]] at his home in Leith. He keeps paper receipts in a shoebox and has never used the app. Phone: [[phone:{PH_GB}]]."),
    ("en", S, "Your helpline was closed at ((time:5pm)) on a weekday. That's not good enough for a bank."),
    ("en", S, "[[person:Jack]] at the garage fixed the puncture and didn't charge me. Legend. Better than the ((word:jack)) in my boot, which broke."),
    ("en", S, "Reference ((order:{BAD11})) on your letter isn't anything I recognise. I've never ordered from you."),
    ("en", S, "Please refund to my Norwegian IBAN, [[account:{IBAN_NO}]]."),
    ("en", S, "Ordered a sofa on the ((date:2nd)), still waiting ((number:five weeks)) later. Order no. ((order:{ORD10}))."),
    ("en", S, "My Danish partner [[person:Kasper Ågaard]] tried to register with his CPR [[national_id:{CPRN}]] but the form said it was invalid."),
]

# Negative tags that are "just" prices, quantities, dates, times and percentages.
TRIVIAL_NEG = {"price", "number", "date", "time", "percent"}

TOKEN_RE = re.compile(r"\[\[(\w+):(.*?)\]\]|\(\((\w+):(.*?)\)\)|\{([A-Z0-9_]+)\}")
PH_RE = re.compile(r"\{([A-Z0-9_]+)\}")
TITLES = {"fru", "hr", "hr.", "herr", "mr", "mr.", "mrs", "ms", "dr", "dr.", "fröken", "frk."}


def fill(value: str, checks: list) -> str:
    def sub(m):
        name = m.group(1)
        v = GEN[name]()
        if name in CHECK:
            checks.append((CHECK[name], v))
        return v
    return PH_RE.sub(sub, value)


def resolve(template: str):
    out, spans, negs, checks = [], [], [], []
    pos, length = 0, 0
    for m in TOKEN_RE.finditer(template):
        lit = template[pos:m.start()]
        out.append(lit)
        length += len(lit)
        if m.group(1):
            kind = m.group(1)
            sub_checks = []
            value = fill(m.group(2), sub_checks)
            spans.append({"start": length, "end": length + len(value), "kind": kind})
            checks.extend((c, v, kind, True) for c, v in sub_checks)
        elif m.group(3):
            sub_checks = []
            value = fill(m.group(4), sub_checks)
            negs.append((m.group(3), length, length + len(value)))
            checks.extend((c, v, m.group(3), False) for c, v in sub_checks)
        else:
            sub_checks = []
            value = fill("{" + m.group(5) + "}", sub_checks)
            checks.extend((c, v, None, False) for c, v in sub_checks)
        out.append(value)
        length += len(value)
        pos = m.end()
    out.append(template[pos:])
    return "".join(out), spans, negs, checks


# --------------------------------------------------------------------------- validation
EMAIL_RE = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
IBAN_SCAN_RE = re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?\b")
ID_SCAN_RE = re.compile(r"(?<![\d-])(\d{6}|\d{8})[-+ ]?(\d{4,5})(?![\d-])")
INTL_PHONE_RE = re.compile(r"(?:\+|00)(?:45|46|47|44)[\d ()-]{6,}")


def check_value(check: str, v: str) -> str | None:
    if check == "cpr":
        d = v.replace("-", "")
        return None if cpr_date_ok(d) and cpr_mod11(d) else "CPR invalid"
    if check == "cpr_nomod":
        d = v.replace("-", "")
        return None if cpr_date_ok(d) and not cpr_mod11(d) else "CPR (no mod-11) invalid"
    if check == "fnr":
        return None if fnr_ok(v.replace(" ", "")) else "fnr invalid"
    if check == "pnr":
        return None if pnr_ok(v) else "pnr invalid"
    if check == "iban":
        return None if iban_ok(v) else "IBAN invalid"
    if check == "acc_no":
        return None if no_account_ok(v) else "NO account invalid"
    if check == "acc_dk":
        return None if DK_ACC_RE.fullmatch(v) else "DK account format"
    if check == "acc_se":
        n = len(re.sub(r"\D", "", v))
        return None if SE_ACC_RE.fullmatch(v) and 11 <= n <= 15 else "SE account format"
    if check == "acc_gb":
        return None if GB_ACC_RE.fullmatch(v) else "GB account format"
    if check.startswith("ph_"):
        region = check[3:]
        p = phonenumbers.parse(v, region)
        ok = phonenumbers.is_valid_number(p) and phonenumbers.region_code_for_number(p) == region
        return None if ok else f"phone invalid for {region}"
    if check == "bad":
        return None if fails_all_id_checks(v) else "bad_id passes an ID check"
    return f"unknown check {check}"


def validate(rec: dict, negs, checks) -> list[str]:
    errs = []
    text = rec["text"]
    if any(t in text for t in ("[[", "]]", "((", "))")) or PH_RE.search(text):
        errs.append("markup left in text")
    spans = sorted(rec["pii"], key=lambda s: s["start"])
    for s in spans:
        a, b, k = s["start"], s["end"], s["kind"]
        if k not in KINDS:
            errs.append(f"bad kind {k}")
        if not (0 <= a < b <= len(text)):
            errs.append(f"span out of range {s}")
            continue
        v = text[a:b]
        if v != v.strip():
            errs.append(f"whitespace at edge: {v!r}")
        if not (v[0].isalnum() or (k == "phone" and v[0] == "+")) or not v[-1].isalnum():
            errs.append(f"punctuation at edge: {v!r}")
        if (a > 0 and text[a - 1].isalnum()) or (b < len(text) and text[b].isalnum()):
            errs.append(f"span cuts a word: {v!r}")
        if k == "person" and v.split()[0].lower() in TITLES:
            errs.append(f"title inside person span: {v!r}")
        if k == "email" and not EMAIL_RE.fullmatch(v):
            errs.append(f"bad email {v!r}")
        if k == "address" and not (re.search(r"\d", v) and re.search(r"[^\W\d_]{3,}", v)):
            errs.append(f"address without number/street: {v!r}")
        if k == "national_id" and not any(c in ("cpr", "cpr_nomod", "fnr", "pnr") for c, val, kk, g in checks if val == v):
            errs.append(f"national_id without generator check: {v!r}")
        if k == "account" and not any(c.startswith(("iban", "acc_")) for c, val, kk, g in checks if val == v):
            errs.append(f"account without generator check: {v!r}")
        if k == "phone" and not any(c.startswith("ph_") for c, val, kk, g in checks if val == v):
            errs.append(f"phone without generator check: {v!r}")
    for s1, s2 in zip(spans, spans[1:]):
        if s2["start"] < s1["end"]:
            errs.append(f"overlap {s1} {s2}")
    for c, v, kind, gold in checks:
        e = check_value(c, v)
        if e:
            errs.append(f"{e}: {v!r}")
        if gold and c == "bad":
            errs.append(f"bad id inside gold span: {v!r}")
    # Nothing PII-looking outside the gold spans.
    mask = list(text)
    for s in spans:
        for i in range(s["start"], s["end"]):
            mask[i] = "\0"
    outside = "".join(mask)
    for m in EMAIL_RE.finditer(outside):
        errs.append(f"e-mail outside span: {m.group()!r}")
    for m in IBAN_SCAN_RE.finditer(outside):
        if iban_ok(m.group()):
            errs.append(f"valid IBAN outside span: {m.group()!r}")
    for m in ID_SCAN_RE.finditer(outside):
        if not fails_all_id_checks(m.group()):
            errs.append(f"valid-looking ID outside span: {m.group()!r}")
    for m in re.finditer(r"(?<!\d)\d{10,12}(?!\d)", outside):
        if not fails_all_id_checks(m.group()):
            errs.append(f"valid-looking ID outside span: {m.group()!r}")
    for m in INTL_PHONE_RE.finditer(outside):
        errs.append(f"international phone outside span: {m.group()!r}")
    for tag, a, b in negs:
        v = text[a:b]
        if not v or v != v.strip():
            errs.append(f"bad negative {tag}: {v!r}")
    return errs


def main() -> int:
    seen = Counter(t for _, _, t in TEXTS)
    dups = [t for t, n in seen.items() if n > 1]
    if dups:
        print("duplicate templates:", dups[:3], file=sys.stderr)
        return 1

    records, meta, errors = [], [], []
    for lang, genre, template in TEXTS:
        assert lang in LANGS and genre in GENRES, (lang, genre)
        text, spans, negs, checks = resolve(template)
        rec = {"id": "", "text": text, "lang": lang, "genre": genre, "pii": spans}
        errs = validate(rec, negs, checks)
        if errs:
            errors.append((template[:60], errs))
        records.append(rec)
        meta.append(negs)

    if errors:
        for t, errs in errors:
            print(f"ERROR in {t!r}: {errs}", file=sys.stderr)
        return 1

    order = list(range(len(records)))
    rng.shuffle(order)
    records = [records[i] for i in order]
    meta = [meta[i] for i in order]
    for n, rec in enumerate(records, 1):
        rec["id"] = f"piidev-{n:04d}"

    with OUT.open("w", encoding="utf-8") as f:
        for rec in records:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")

    # ----------------------------------------------------------------- counts
    texts = Counter(r["lang"] for r in records)
    kinds = defaultdict(Counter)
    for r in records:
        for s in r["pii"]:
            kinds[r["lang"]][s["kind"]] += 1
    empty = sum(1 for r in records if not r["pii"])
    with_neg = sum(1 for n in meta if n)
    with_hard_neg = sum(1 for n in meta if any(tag not in TRIVIAL_NEG for tag, _, _ in n))
    neg_tags = Counter(tag for n in meta for tag, _, _ in n)
    genres = Counter(r["genre"] for r in records)
    total_spans = sum(len(r["pii"]) for r in records)

    print(f"wrote {OUT.name}: {len(records)} texts, {total_spans} spans")
    print(f"texts without PII: {empty} ({100 * empty / len(records):.0f} %)")
    print(f"texts with hard negatives: {with_neg}; beyond prices/quantities/dates/times/percentages: {with_hard_neg}")
    print("genres: " + ", ".join(f"{g} {genres[g]}" for g in GENRES))
    print()
    header = f"| {'lang':4} | {'texts':>5} | " + " | ".join(f"{k:>11}" for k in KINDS) + " |"
    print(header)
    print("|" + "|".join("-" * (len(c)) for c in header.split("|")[1:-1]) + "|")
    for lang in LANGS:
        print(f"| {lang:4} | {texts[lang]:>5} | " + " | ".join(f"{kinds[lang][k]:>11}" for k in KINDS) + " |")
    print(f"| {'all':4} | {len(records):>5} | " + " | ".join(
        f"{sum(kinds[l][k] for l in LANGS):>11}" for k in KINDS) + " |")
    print()
    print("negative tags: " + ", ".join(f"{t} {n}" for t, n in sorted(neg_tags.items(), key=lambda x: (-x[1], x[0]))))
    return 0


if __name__ == "__main__":
    sys.exit(main())
