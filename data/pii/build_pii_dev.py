#!/usr/bin/env python3
"""Build the PII *development* set, pii_dev.jsonl.

This set is written independently of the held-out test set (pii_test.jsonl) and is the one to
use for tuning the PII detector: rules, thresholds, regression tests.

Every text in texts_dev.json was written for this set. Inline markup:

    [[kind:value]]   a gold span (kind: person, email, phone, national_id, address, account)
    ((tag:value))    a hard negative; the markup is removed and no span is written
    {PLACEHOLDER}    filled by a generator below (valid IDs, phones, accounts, order numbers ...)

Placeholders may appear inside either kind of markup. The script is deterministic (fixed seed),
validates every span and identifier, and prints counts per kind and language.

    /tmp/venv/bin/python data/pii/build_pii_dev.py
"""

from __future__ import annotations

import random
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

import phonenumbers

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # data/, for tools/
from tools.ids import (
    FNR_WEIGHTS_1,
    FNR_WEIGHTS_2,
    cpr_date_ok,
    cpr_mod11_ok,
    date_ok,
    fnr_year,
    group4,
    iban,
    iban_ok,
    luhn_digit_from_left,
    luhn_ok_from_left,
    mod11_control,
)
from tools.jsonl import read_texts, write_jsonl
from tools.rng import random_date, random_digits, random_digits_nonzero_first

SEED = 20240917
OUT = Path(__file__).with_name("pii_dev.jsonl")
KINDS = ("person", "email", "phone", "national_id", "address", "account")
LANGS = ("da", "nb", "sv", "en")
GENRES = ("survey", "social", "interview")

rng = random.Random(SEED)


def digits(n: int, first_nonzero: bool = True) -> str:
    """``n`` random digits from the module's generator, the first 1-9 unless told otherwise."""
    return (random_digits_nonzero_first if first_nonzero else random_digits)(rng, n)


# --------------------------------------------------------------------------- Danish CPR


def gen_cpr(mod11: bool = True) -> str:
    while True:
        born = random_date(rng, 1938, 2012)
        yy = born.year % 100
        if born.year < 2000:
            d7 = rng.choice([0, 1, 2, 3] + ([4, 9] if yy >= 37 else []))
        else:
            d7 = rng.choice([4, 9] if yy <= 36 else [5, 6, 7, 8])
            if yy > 36:
                continue
        s = born.strftime("%d%m") + f"{yy:02d}" + str(d7) + digits(3, False)
        if cpr_date_ok(s) and cpr_mod11_ok(s) == mod11:
            return s


# --------------------------------------------------------------------------- Norwegian fnr


def fnr_ok(s: str) -> bool:
    if not re.fullmatch(r"\d{11}", s):
        return False
    d, m, yy, ind = int(s[0:2]), int(s[2:4]), int(s[4:6]), int(s[6:9])
    if d > 40:  # D-number
        d -= 40
    year = fnr_year(yy, ind)
    if year is None or not date_ok(year, m, d):
        return False
    k1 = mod11_control(s[:9], FNR_WEIGHTS_1)
    k2 = mod11_control(s[:10], FNR_WEIGHTS_2)
    return k1 is not None and k2 is not None and int(s[9]) == k1 and int(s[10]) == k2


def gen_fnr(d_number: bool = False) -> str:
    while True:
        born = random_date(rng, 1940, 2010)
        yy = born.year % 100
        if born.year < 2000:
            ind = rng.randint(0, 499) if rng.random() < 0.8 else rng.randint(900, 999)
        else:
            ind = rng.randint(500, 999)
        day = born.day + (40 if d_number else 0)
        base = f"{day:02d}{born.month:02d}{yy:02d}{ind:03d}"
        k1 = mod11_control(base, FNR_WEIGHTS_1)
        if k1 is None:
            continue
        k2 = mod11_control(base + str(k1), FNR_WEIGHTS_2)
        if k2 is None:
            continue
        s = base + str(k1) + str(k2)
        assert fnr_ok(s)
        return s


# --------------------------------------------------------------------------- Swedish pnr


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
    if not date_ok(year, mm, dd):
        return False
    return luhn_ok_from_left(ymd + tail)


def gen_pnr(form: str = "10") -> str:
    """form: '10', '12', '12n' (no dash), 'samn' (samordningsnummer), 'plus' (100+ years)."""
    born = random_date(rng, 1918, 1923) if form == "plus" else random_date(rng, 1940, 2006)
    day = born.day + (60 if form == "samn" else 0)
    ymd = f"{born.year % 100:02d}{born.month:02d}{day:02d}"
    nnn = digits(3, False)
    c = luhn_digit_from_left(ymd + nnn)
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


IBAN_LEN = {"DK": 18, "NO": 15, "SE": 24, "GB": 22}


def no_account_ok(s: str) -> bool:
    s = s.replace(".", "").replace(" ", "")
    if not re.fullmatch(r"\d{11}", s):
        return False
    k = mod11_control(s[:10], FNR_WEIGHTS_2)
    return k is not None and k == int(s[10])


def gen_no_account_digits() -> str:
    while True:
        base = rng.choice("1503 1506 1607 3000 6011 9710 1254 2801".split()) + digits(6, False)
        k = mod11_control(base, FNR_WEIGHTS_2)
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
    s = iban(country, bban)
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
        return rng.choice(
            [
                f"{a[:2]} {a[2:4]} {a[4:6]} {a[6:]}",
                a,
                f"+45 {a[:2]} {a[2:4]} {a[4:6]} {a[6:]}",
                f"+45{a}",
                f"0045 {a}",
                f"{a[:4]} {a[4:]}",
                f"+45 {a[:4]} {a[4:]}",
            ]
        )
    if region == "NO":
        a = nsn
        if a[0] in "49":
            return rng.choice(
                [
                    f"{a[:3]} {a[3:5]} {a[5:]}",
                    a,
                    f"+47 {a[:3]} {a[3:5]} {a[5:]}",
                    f"+47 {a[:2]} {a[2:4]} {a[4:6]} {a[6:]}",
                    f"0047 {a}",
                    f"+47{a}",
                ]
            )
        pairs = f"{a[:2]} {a[2:4]} {a[4:6]} {a[6:]}"
        return rng.choice([pairs, f"+47 {pairs}"])
    if region == "SE":
        a = nsn
        if a[0] == "7":
            return rng.choice(
                [
                    f"0{a[:2]}-{a[2:5]} {a[5:7]} {a[7:]}",
                    f"0{a[:2]} {a[2:5]} {a[5:7]} {a[7:]}",
                    f"0{a}",
                    f"+46 {a[:2]} {a[2:5]} {a[5:7]} {a[7:]}",
                    f"+46{a}",
                    f"0046 {a[:2]} {a[2:5]} {a[5:7]} {a[7:]}",
                    f"0{a[:2]}-{a[2:]}",
                ]
            )
        if a[0] == "8":
            b = a[1:]
            return rng.choice([f"08-{b[:3]} {b[3:5]} {b[5:]}", f"+46 8 {b[:3]} {b[3:5]} {b[5:]}"])
        b = a[2:]  # 31 Göteborg / 40 Malmö, 6 digits
        return rng.choice(
            [f"0{a[:2]}-{b[:2]} {b[2:4]} {b[4:]}", f"+46 {a[:2]} {b[:2]} {b[2:4]} {b[4:]}"]
        )
    # GB
    a = nsn
    if a[0] == "7":
        return rng.choice(
            [
                f"0{a[:4]} {a[4:]}",
                f"0{a}",
                f"+44 {a[:4]} {a[4:]}",
                f"+44{a}",
                f"0{a[:4]} {a[4:7]} {a[7:]}",
            ]
        )
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
    return not (len(d) == 11 and (fnr_ok(d) or no_account_ok(d)))


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
        d, m = rng.choice(
            [(31, 4), (31, 6), (30, 2), (31, 9), (31, 11), (12, 13), (45, 3), (15, 14)]
        )
        s = f"{d:02d}{m:02d}{rng.randint(40, 99):02d}{digits(4, False)}"
        if fails_all_id_checks(s):
            return s[:6] + "-" + s[6:]


def gen_bad_pnr() -> str:
    """YYMMDD-NNNC with a wrong Luhn digit."""
    while True:
        born = random_date(rng, 1945, 1999)
        ymd = born.strftime("%y%m%d")
        nnn = digits(3, False)
        c = (luhn_digit_from_left(ymd + nnn) + rng.randint(1, 9)) % 10
        s = f"{ymd}{nnn}{c}"
        if fails_all_id_checks(s):
            return s[:6] + "-" + s[6:]


def gen_bad_fnr() -> str:
    """11 digits, real date, wrong control digits."""
    while True:
        born = random_date(rng, 1945, 1999)
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
        return rng.choice("RR LX CP UA".split()) + digits(9) + rng.choice("SE DK NO GB".split())
    if kind == "jjd":
        return "JJD" + digits(17, False)
    return "1Z" + digits(3) + rng.choice(["AA", "EW", "X4"]) + digits(10, False)


def gen_invoice() -> str:
    return rng.choice(
        [f"{rng.choice([2023, 2024])}-{digits(5)}", f"INV-{digits(6, False)}", f"F{digits(7)}"]
    )


def gen_case() -> str:
    return rng.choice(
        [f"#{digits(6)}", f"C-{digits(7)}", f"{digits(4)}-{digits(5)}", f"SR{digits(8)}"]
    )


def gen_kid() -> str:
    while True:
        base = digits(rng.choice([12, 14]))
        s = base + str(luhn_digit_from_left(base))
        if fails_all_id_checks(s):
            return s


def gen_cvr() -> str:
    w = (2, 7, 6, 5, 4, 3, 2, 1)
    while True:
        s = digits(8)
        if sum(int(c) * x for c, x in zip(s, w, strict=False)) % 11 == 0:
            return s


def gen_orgnr_no() -> str:
    w = (3, 2, 7, 6, 5, 4, 3, 2)
    while True:
        base = rng.choice("89") + digits(7, False)
        k = mod11_control(base, w)
        if k is not None:
            s = base + str(k)
            return f"{s[:3]} {s[3:6]} {s[6:]}"


def gen_orgnr_se() -> str:
    while True:
        base = "55" + str(rng.randint(6, 9)) + digits(6, False)
        s = base + str(luhn_digit_from_left(base))
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
    "CPR": "cpr",
    "CPRN": "cpr",
    "CPRX": "cpr_nomod",
    "FNR": "fnr",
    "FNRS": "fnr",
    "DNR": "fnr",
    "PNR": "pnr",
    "PNR12": "pnr",
    "PNR12N": "pnr",
    "SAMNR": "pnr",
    "PNRP": "pnr",
    "IBAN_DK": "iban",
    "IBAN_DKC": "iban",
    "IBAN_NO": "iban",
    "IBAN_SE": "iban",
    "IBAN_GB": "iban",
    "IBAN_GBC": "iban",
    "KONTO_DK": "acc_dk",
    "KONTO_NO": "acc_no",
    "KONTO_NOC": "acc_no",
    "KONTO_SE": "acc_se",
    "KONTO_GB": "acc_gb",
    "PH_DK": "ph_DK",
    "PH_NO": "ph_NO",
    "PH_SE": "ph_SE",
    "PH_GB": "ph_GB",
    "BAD_CPR": "bad",
    "BAD_PNR": "bad",
    "BAD_FNR": "bad",
    "ORD10": "bad",
    "BAD11": "bad",
}

# --------------------------------------------------------------------------- texts
# (lang, genre, text), all written for this development set: texts_dev.json
TEXTS = [
    (r["lang"], r["genre"], r["text"])
    for r in read_texts(Path(__file__).resolve().parent / "texts_dev.json")
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
        lit = template[pos : m.start()]
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
        return None if cpr_date_ok(d) and cpr_mod11_ok(d) else "CPR invalid"
    if check == "cpr_nomod":
        d = v.replace("-", "")
        return None if cpr_date_ok(d) and not cpr_mod11_ok(d) else "CPR (no mod-11) invalid"
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
        if k == "national_id" and not any(
            c in ("cpr", "cpr_nomod", "fnr", "pnr") for c, val, kk, g in checks if val == v
        ):
            errs.append(f"national_id without generator check: {v!r}")
        if k == "account" and not any(
            c.startswith(("iban", "acc_")) for c, val, kk, g in checks if val == v
        ):
            errs.append(f"account without generator check: {v!r}")
        if k == "phone" and not any(c.startswith("ph_") for c, val, kk, g in checks if val == v):
            errs.append(f"phone without generator check: {v!r}")
    for s1, s2 in zip(spans, spans[1:], strict=False):
        if s2["start"] < s1["end"]:
            errs.append(f"overlap {s1} {s2}")
    for c, v, _kind, gold in checks:
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

    write_jsonl(OUT, records)

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
    print(
        f"texts with hard negatives: {with_neg}; "
        f"beyond prices/quantities/dates/times/percentages: {with_hard_neg}"
    )
    print("genres: " + ", ".join(f"{g} {genres[g]}" for g in GENRES))
    print()
    header = f"| {'lang':4} | {'texts':>5} | " + " | ".join(f"{k:>11}" for k in KINDS) + " |"
    print(header)
    print("|" + "|".join("-" * (len(c)) for c in header.split("|")[1:-1]) + "|")
    for lang in LANGS:
        print(
            f"| {lang:4} | {texts[lang]:>5} | "
            + " | ".join(f"{kinds[lang][k]:>11}" for k in KINDS)
            + " |"
        )
    print(
        f"| {'all':4} | {len(records):>5} | "
        + " | ".join(f"{sum(kinds[lang][k] for lang in LANGS):>11}" for k in KINDS)
        + " |"
    )
    print()
    print(
        "negative tags: "
        + ", ".join(f"{t} {n}" for t, n in sorted(neg_tags.items(), key=lambda x: (-x[1], x[0])))
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
