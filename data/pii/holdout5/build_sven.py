#!/usr/bin/env python3
"""Builder for the PII hold-out set, Swedish (sv) and English (en) share ("sven").

Texts are written by hand in texts_sven.json with inline markup:
  [[kind:value]]   -> a labelled span of `kind` (person|email|phone|national_id|address|account)
  ((neg:value))    -> a hard negative; markup removed, no span
  {PLACEHOLDER}    -> filled by the generators below (fixed seed); {PLACEHOLDER#n} re-uses the
                      same generated value within one text.
The builder strips markup, computes offsets, validates everything and writes
pii_holdout_sven.jsonl next to this file. Standard library only.
"""

import os
import random
import re
import string
import sys
from collections import Counter, defaultdict
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # data/, for tools/
from tools.ids import (
    NO_ACCOUNT_WEIGHTS,
    cpr_mod11_ok,
    date_ok,
    fnr_controls,
    group4,
    iban,
    iban_mod97_ok,
    luhn_digit,
    luhn_ok,
    mod11_control,
)
from tools.jsonl import read_texts, write_jsonl
from tools.markup import strip_markup
from tools.rng import random_digits, random_ymd

SEED = 55505
rng = random.Random(SEED)
_dg = partial(random_digits, rng)
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "pii_holdout_sven.jsonl")
KINDS = ["person", "email", "phone", "national_id", "address", "account"]

# ---------------------------------------------------------------------------
# check functions (written from the public rules)
# ---------------------------------------------------------------------------


def se_pnr_ok(s):
    """Swedish personnummer / samordningsnummer: YYMMDD-XXXX, YYYYMMDD-XXXX, +, no dash, space."""
    m = re.fullmatch(r"(\d{2})?(\d{2})(\d{2})(\d{2}) ?([-+]?) ?(\d{4})", s.strip())
    if not m:
        return False
    cent, yy, mm, dd, sep, tail = m.groups()
    month, day = int(mm), int(dd)
    if day > 60:
        day -= 60
    if cent is not None:
        years = [int(cent + yy)]
    else:
        years = [1800 + int(yy), 1900 + int(yy), 2000 + int(yy)]
    if not any(date_ok(y, month, day) for y in years):
        return False
    return luhn_ok(yy + mm + dd + tail)


def dk_cpr_date_ok(d10):
    dd, mm, yy = int(d10[0:2]), int(d10[2:4]), int(d10[4:6])
    return any(date_ok(c + yy, mm, dd) for c in (1800, 1900, 2000))


def no_fnr_ok(s):
    d = re.sub(r"\s", "", s)
    if not re.fullmatch(r"\d{11}", d):
        return False
    day, month, yy = int(d[0:2]), int(d[2:4]), int(d[4:6])
    if day > 40:
        day -= 40  # D-nummer
    if 40 < month <= 52:
        month -= 40  # H-nummer
    elif month > 80:
        month -= 80  # synthetic test numbers
    if not any(date_ok(c + yy, month, day) for c in (1800, 1900, 2000)):
        return False
    return fnr_controls(d[:9]) == d[9:]


NINO_BAD_FIRST = set("DFIQUV")
NINO_BAD_SECOND = set("DFIQUVO")
NINO_BAD_PREFIX = {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"}


def nino_ok(s):
    d = re.sub(r"\s", "", s)
    m = re.fullmatch(r"([A-Z])([A-Z])(\d{6})([A-D])", d)
    if not m:
        return False
    a, b = m.group(1), m.group(2)
    return a not in NINO_BAD_FIRST and b not in NINO_BAD_SECOND and a + b not in NINO_BAD_PREFIX


DK_CPR_NOMOD = set()  # generated CPRs deliberately not passing mod 11 (issued since 2007)


def national_id_ok(s):
    if nino_ok(s):
        return True
    d = re.sub(r"[\s\-+]", "", s)
    if len(d) == 11:
        return no_fnr_ok(s)
    if len(d) == 12:
        return se_pnr_ok(s)
    if len(d) == 10:
        if se_pnr_ok(s):
            return True
        if "+" not in s and dk_cpr_date_ok(d) and (cpr_mod11_ok(d) or s in DK_CPR_NOMOD):
            return True
    return False


def id_looking(s):
    """True if the string could be read as any national ID (used on hard negatives / free text)."""
    d = re.sub(r"[\s\-+]", "", s)
    if nino_ok(s):
        return True
    if len(d) == 11 and no_fnr_ok(d):
        return True
    if len(d) in (10, 12) and se_pnr_ok(s):
        return True
    return bool(len(d) == 10 and dk_cpr_date_ok(d))


def iban_ok(s):
    d = s.replace(" ", "")
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{8,30}", d):
        return False
    lengths = {"SE": 24, "GB": 22, "DK": 18, "NO": 15, "DE": 22, "FI": 18}
    if d[:2] in lengths and len(d) != lengths[d[:2]]:
        return False
    return iban_mod97_ok(d)


def no_acc_ok(s):
    d = re.sub(r"[.\s]", "", s)
    if not re.fullmatch(r"\d{11}", d):
        return False
    return mod11_control(d[:10], NO_ACCOUNT_WEIGHTS) == int(d[10])


# ---------------------------------------------------------------------------
# generators
# ---------------------------------------------------------------------------


def _se_core(y0=1942, y1=2005, samo=False):
    y, m, d = random_ymd(rng, y0, y1)
    dd = d + 60 if samo else d
    body = f"{y % 100:02d}{m:02d}{dd:02d}{rng.randint(0, 999):03d}"
    return y, body + str(luhn_digit(body))


def g_se_pnr():  # 850312-1234
    _, n = _se_core()
    return n[:6] + "-" + n[6:]


def g_se_pnr12():  # 19850312-1234
    y, n = _se_core()
    return str(y // 100) + n[:6] + "-" + n[6:]


def g_se_pnr_nd():  # 8503121234
    _, n = _se_core()
    return n


def g_se_pnr12_nd():  # 198503121234
    y, n = _se_core()
    return str(y // 100) + n


def g_se_pnr_sp():  # 850312 1234 / 19850312 1234
    y, n = _se_core()
    if rng.random() < 0.5:
        return n[:6] + " " + n[6:]
    return str(y // 100) + n[:6] + " " + n[6:]


def g_se_pnr_plus():  # born 1918-1924, written with +
    _, n = _se_core(1918, 1924)
    return n[:6] + "+" + n[6:]


def g_se_samo():  # samordningsnummer, day + 60
    y, n = _se_core(1960, 2003, samo=True)
    if rng.random() < 0.5:
        return str(y // 100) + n[:6] + "-" + n[6:]
    return n[:6] + "-" + n[6:]


def _dk_core():
    while True:
        y, m, d = random_ymd(rng, 1945, 2004)
        c7 = rng.choice("0123") if y < 2000 else rng.choice("49")
        base = f"{d:02d}{m:02d}{y % 100:02d}{c7}{_dg(3)}"
        if cpr_mod11_ok(base):
            return base


def g_dk_cpr():
    n = _dk_core()
    return n[:6] + "-" + n[6:]


def g_dk_cpr_nd():
    return _dk_core()


def g_dk_cpr_nomod():
    while True:
        y, m, d = random_ymd(rng, 2008, 2012)
        n = "{:02d}{:02d}{:02d}{}{:03d}".format(
            d, m, y % 100, rng.choice("49"), rng.randint(0, 999)
        )
        if not cpr_mod11_ok(n):
            s = n[:6] + "-" + n[6:]
            DK_CPR_NOMOD.add(s)
            return s


def _no_core(dnr=False):
    while True:
        y, m, d = random_ymd(rng, 1950, 2004)
        ind = rng.randint(0, 499) if y < 2000 else rng.randint(500, 999)
        dd = d + 40 if dnr else d
        base = f"{dd:02d}{m:02d}{y % 100:02d}{ind:03d}"
        controls = fnr_controls(base)
        if controls is None:
            continue
        s = base + controls
        assert no_fnr_ok(s)
        return s


def g_no_fnr():
    n = _no_core()
    return n[:6] + " " + n[6:] if rng.random() < 0.5 else n


def g_no_dnr():
    return _no_core(dnr=True)


def g_uk_nino():
    letters = [c for c in string.ascii_uppercase]
    while True:
        p = rng.choice(letters) + rng.choice(letters)
        if p[0] in NINO_BAD_FIRST or p[1] in NINO_BAD_SECOND or p in NINO_BAD_PREFIX:
            continue
        digits = f"{rng.randint(0, 999999):06d}"
        suf = rng.choice("ABCD")
        if rng.random() < 0.5:
            return f"{p} {digits[:2]} {digits[2:4]} {digits[4:]} {suf}"
        return p + digits + suf


def _se_mob_digits():
    return "07" + rng.choice("02369") + _dg(7)  # 07X + 7 digits


def g_se_mob():  # 070-123 45 67
    d = _se_mob_digits()
    return f"{d[:3]}-{d[3:6]} {d[6:8]} {d[8:]}"


def g_se_mob_nd():  # 0701234567
    return _se_mob_digits()


def g_se_mob_sp():  # 070 123 45 67
    d = _se_mob_digits()
    return f"{d[:3]} {d[3:6]} {d[6:8]} {d[8:]}"


def g_se_mob_intl():  # +46 70 123 45 67
    d = _se_mob_digits()
    return f"+46 {d[1:3]} {d[3:6]} {d[6:8]} {d[8:]}"


def g_se_mob_intl_nd():  # +46701234567
    return "+46" + _se_mob_digits()[1:]


def g_se_mob_00():  # 0046 70-123 45 67
    d = _se_mob_digits()
    return f"0046 {d[1:3]}-{d[3:6]} {d[6:8]} {d[8:]}"


def g_se_mob_odd():  # odd spacing: 070 - 12 34 567 / 07 01 23 45 67 / 070-1234567
    d = _se_mob_digits()
    return rng.choice(
        [
            f"{d[:3]} - {d[3:5]} {d[5:7]} {d[7:]}",
            f"{d[:2]} {d[2:4]} {d[4:6]} {d[6:8]} {d[8:]}",
            f"{d[:3]}-{d[3:]}",
            f"{d[:3]} {d[3:6]}{d[6:]}",
        ]
    )


def g_se_mob_paren():  # +46 (0)70-123 45 67
    d = _se_mob_digits()
    return f"+46 (0){d[1:3]}-{d[3:6]} {d[6:8]} {d[8:]}"


def g_se_sthlm():  # 08-123 456 78 / 08-12 34 56
    if rng.random() < 0.6:
        d = _dg(8)
        return f"08-{d[:3]} {d[3:6]} {d[6:]}"
    d = _dg(7)
    return f"08-{d[:3]} {d[3:5]} {d[5:]}"


def g_se_gbg():  # 031-12 34 56
    d = rng.choice("2345789") + _dg(5)
    return f"031-{d[:2]} {d[2:4]} {d[4:]}"


def g_se_land():  # other area codes
    ac = rng.choice("040 046 018 013 090 0470 0520 054 060 0920 0498 035".split())
    if len(ac) == 4:
        d = rng.choice("123456789") + _dg(4)
        return f"{ac}-{d[:3]} {d[3:]}"
    d = rng.choice("123456789") + _dg(5)
    return f"{ac}-{d[:2]} {d[2:4]} {d[4:]}"


def g_se_ac(ac):  # given Swedish area code, e.g. SE_AC063 -> 063-12 34 56 / 0470-123 45
    if len(ac) == 4:
        d = rng.choice("123456789") + _dg(4)
        return rng.choice(["%s-%s %s", "%s-%s%s", "%s - %s %s"]) % (ac, d[:3], d[3:])
    d = rng.choice("123456789") + _dg(5)
    return rng.choice(["%s-%s %s %s", "%s-%s%s%s", "%s/%s %s %s"]) % (ac, d[:2], d[2:4], d[4:])


def g_uk_mob():  # 07700 900123 (Ofcom drama range)
    return f"07700 900{rng.randint(0, 999):03d}"


def g_uk_mob_nd():
    return f"07700900{rng.randint(0, 999):03d}"


def g_uk_mob_intl():
    return rng.choice(
        ["+44 7700 900%03d", "+447700900%03d", "+44 (0)7700 900%03d", "0044 7700 900%03d"]
    ) % rng.randint(0, 999)


def g_uk_mob_odd():
    x = f"{rng.randint(0, 999):03d}"
    return rng.choice([f"07700-900-{x}", f"077 009 00{x}", f"07700 900 {x}"])


def g_uk_ldn():  # 020 7946 0xxx
    return rng.choice(
        ["020 7946 0%03d", "+44 (0)20 7946 0%03d", "+44 20 7946 0%03d", "020-7946-0%03d"]
    ) % rng.randint(0, 999)


def g_uk_geo():  # other Ofcom drama geographic ranges
    return rng.choice(
        [
            "0161 496 0%03d",
            "0121 496 0%03d",
            "0113 496 0%03d",
            "0117 496 0%03d",
            "0141 496 0%03d",
            "0131 496 0%03d",
            "0151 496 0%03d",
            "0115 496 0%03d",
            "029 2018 0%03d",
            "028 9018 0%03d",
            "01632 960%03d",
        ]
    ) % rng.randint(0, 999)


def g_dk_mob():
    d = rng.choice("2345") + _dg(7)
    return rng.choice(["+45 %s %s %s %s", "0045 %s %s %s %s", "%s %s %s %s"]) % (
        d[:2],
        d[2:4],
        d[4:6],
        d[6:],
    )


def g_no_mob():
    d = rng.choice("49") + _dg(7)
    return rng.choice([f"+47 {d[:3]} {d[3:5]} {d[5:]}", f"{d[:3]} {d[3:5]} {d[5:]}", "+47 " + d])


def g_us_phone():
    return rng.choice(
        ["+1 (202) 555-01%02d", "+1 617-555-01%02d", "+1 415 555 01%02d"]
    ) % rng.randint(0, 99)


def g_de_phone():
    return "+49 30 " + rng.choice("2345689") + _dg(7)


def g_pl_mob():
    d = rng.choice("5678") + _dg(8)
    return f"+48 {d[:3]} {d[3:6]} {d[6:]}"


def g_iban_se():
    s = iban("SE", rng.choice(["500", "800", "600", "300", "120"]) + _dg(17))
    return group4(s) if rng.random() < 0.6 else s


def g_iban_gb():
    s = iban("GB", rng.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]) + _dg(14))
    return group4(s) if rng.random() < 0.6 else s


def g_iban_dk():
    s = iban("DK", _dg(14))
    return group4(s) if rng.random() < 0.5 else s


def _no_acc_digits():
    while True:
        base = _dg(10)
        k = mod11_control(base, NO_ACCOUNT_WEIGHTS)
        if k is not None:
            return base + str(k)


def g_iban_no():
    s = iban("NO", _no_acc_digits())
    return group4(s) if rng.random() < 0.5 else s


def g_iban_de():
    s = iban("DE", _dg(18))
    return group4(s) if rng.random() < 0.6 else s


def g_no_acc():
    d = _no_acc_digits()
    return f"{d[:4]}.{d[4:6]}.{d[6:]}"


def g_se_acc():
    kind = rng.choice(["swed", "seb", "shb", "nordea"])
    if kind == "swed":
        return f"8{_dg(3)}-{_dg(1)}, {_dg(3)} {_dg(3)} {_dg(3)}-{_dg(1)}"
    if kind == "seb":
        return f"5{_dg(3)} {_dg(2)} {_dg(3)} {_dg(2)}"
    if kind == "shb":
        return f"6{_dg(3)}-{_dg(3)} {_dg(3)} {_dg(3)}"
    return f"1{_dg(3)} {_dg(2)} {_dg(5)}"


def g_dk_acc():
    return "{}-{}".format(rng.choice(["1551", "3409", "9570", "5301", "2191"]), _dg(10))


def g_uk_sort():
    bank = rng.choice([20, 40, 60, 30, 11, 77, 83, 9])
    return f"{bank:02d}-{rng.randint(0, 99):02d}-{rng.randint(0, 99):02d}"


def g_uk_acc():
    return rng.choice("123456789") + _dg(7)


# hard-negative generators ---------------------------------------------------


def g_neg8():  # 8 digits shaped like a phone number
    return rng.choice("2345679") + _dg(7)


def _neg_digits(n):
    while True:
        d = rng.choice("123456789") + _dg(n - 1)
        if not id_looking(d):
            return d


def g_neg10():
    return _neg_digits(10)


def g_neg10_dash():  # 6-4 with a dash, like a pnr but failing every check
    while True:
        d = _neg_digits(10)
        s = d[:6] + "-" + d[6:]
        if not id_looking(s):
            return s


def g_neg11():
    return _neg_digits(11)


def g_neg12():
    return _neg_digits(12)


def g_orgnr():  # Swedish org.nr (third digit >= 2, Luhn valid)
    while True:
        body = rng.choice(["55", "556", "559", "802", "716", "969"])
        body = body + _dg(9 - len(body))
        if int(body[2]) < 2:
            continue
        s = body + str(luhn_digit(body))
        s = s[:6] + "-" + s[6:]
        if not id_looking(s):
            return s


def g_ocr():
    return _neg_digits(rng.choice([13, 14, 15, 16]))


GEN = {
    "SE_PNR": g_se_pnr,
    "SE_PNR12": g_se_pnr12,
    "SE_PNR_ND": g_se_pnr_nd,
    "SE_PNR12_ND": g_se_pnr12_nd,
    "SE_PNR_SP": g_se_pnr_sp,
    "SE_PNR_PLUS": g_se_pnr_plus,
    "SE_SAMO": g_se_samo,
    "DK_CPR": g_dk_cpr,
    "DK_CPR_ND": g_dk_cpr_nd,
    "DK_CPR_NOMOD": g_dk_cpr_nomod,
    "NO_FNR": g_no_fnr,
    "NO_DNR": g_no_dnr,
    "UK_NINO": g_uk_nino,
    "SE_MOB": g_se_mob,
    "SE_MOB_ND": g_se_mob_nd,
    "SE_MOB_SP": g_se_mob_sp,
    "SE_MOB_INTL": g_se_mob_intl,
    "SE_MOB_INTL_ND": g_se_mob_intl_nd,
    "SE_MOB_00": g_se_mob_00,
    "SE_MOB_ODD": g_se_mob_odd,
    "SE_MOB_PAREN": g_se_mob_paren,
    "SE_STHLM": g_se_sthlm,
    "SE_GBG": g_se_gbg,
    "SE_LAND": g_se_land,
    "UK_MOB": g_uk_mob,
    "UK_MOB_ND": g_uk_mob_nd,
    "UK_MOB_INTL": g_uk_mob_intl,
    "UK_MOB_ODD": g_uk_mob_odd,
    "UK_LDN": g_uk_ldn,
    "UK_GEO": g_uk_geo,
    "DK_MOB": g_dk_mob,
    "NO_MOB": g_no_mob,
    "US_PHONE": g_us_phone,
    "DE_PHONE": g_de_phone,
    "PL_MOB": g_pl_mob,
    "IBAN_SE": g_iban_se,
    "IBAN_GB": g_iban_gb,
    "IBAN_DK": g_iban_dk,
    "IBAN_NO": g_iban_no,
    "IBAN_DE": g_iban_de,
    "NO_ACC": g_no_acc,
    "SE_ACC": g_se_acc,
    "DK_ACC": g_dk_acc,
    "UK_SORT": g_uk_sort,
    "UK_ACC": g_uk_acc,
    "NEG8": g_neg8,
    "NEG10": g_neg10,
    "NEG10_DASH": g_neg10_dash,
    "NEG11": g_neg11,
    "NEG12": g_neg12,
    "ORGNR": g_orgnr,
    "OCR": g_ocr,
}

# ---------------------------------------------------------------------------
# the texts: (lang, genre, marked-up text), from texts_sven.json
# ---------------------------------------------------------------------------
TEXTS = [
    (r["lang"], r["genre"], r["text"])
    for r in read_texts(Path(__file__).resolve().parent / "texts_sven.json")
]


# ---------------------------------------------------------------------------
# build + validate
# ---------------------------------------------------------------------------
PH_RE = re.compile(r"\{([A-Z][A-Z0-9_]*)(?:#(\d+))?\}")
MK_RE = re.compile(
    r"\[\[(person|email|phone|national_id|address|account):(.+?)\]\]|\(\(neg:(.+?)\)\)"
)
EMAIL_RE = re.compile(r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)+")
ID_CAND_RES = [
    re.compile(r"(?<![\dA-Za-z])(?:\d{8}|\d{6})[ ]?[-+]?[ ]?\d{4}(?!\d)"),
    re.compile(r"(?<![\dA-Za-z])\d{6} ?\d{5}(?!\d)"),
    re.compile(r"\b[A-Z]{2} ?\d{2} ?\d{2} ?\d{2} ?[A-D]\b"),
]
PHONE_RE = re.compile(r"\+?[\d ()/\-]+")


def fill(raw):
    cache = {}

    def rep(m):
        key, idx = m.group(1), m.group(2)
        if key in GEN:
            gen = GEN[key]
        elif re.fullmatch(r"SE_AC0\d{1,3}", key):
            gen = partial(g_se_ac, key[5:])
        else:
            raise KeyError(f"unknown placeholder {key}")
        if idx is not None:
            if (key, idx) not in cache:
                cache[(key, idx)] = gen()
            return cache[(key, idx)]
        return gen()

    return PH_RE.sub(rep, raw)


def parse(filled):
    text, spans, negs = strip_markup(filled, MK_RE)
    return text, spans, [n.value for n in negs]


def check_record(rec, negs):
    t, errs = rec["text"], []
    for bad in ("[[", "]]", "((neg", "{", "}"):
        if bad in t:
            errs.append(f"markup left: {bad!r}")
    prev_end = -1
    for sp in rec["pii"]:
        s, e, k = sp["start"], sp["end"], sp["kind"]
        v = t[s:e]
        if not (0 <= s < e <= len(t)):
            errs.append(f"span out of range {sp!r}")
            continue
        if s < prev_end:
            errs.append(f"overlap at {s:d}")
        prev_end = e
        if v != v.strip():
            errs.append(f"whitespace at span edge {v!r}")
        if not (v[0].isalnum() or (k == "phone" and v[0] == "+")):
            errs.append(f"span starts with punctuation {v!r}")
        if not v[-1].isalnum():
            errs.append(f"span ends with punctuation {v!r}")
        if s > 0 and t[s - 1].isalnum():
            errs.append(f"span cuts word at start {v!r}")
        if e < len(t) and t[e].isalnum():
            errs.append(f"span cuts word at end {v!r}")
        if k == "national_id" and not national_id_ok(v):
            errs.append(f"invalid national id {v!r}")
        if k == "email" and not EMAIL_RE.fullmatch(v):
            errs.append(f"bad email {v!r}")
        if k == "phone":
            nd = sum(c.isdigit() for c in v)
            if not PHONE_RE.fullmatch(v) or not (7 <= nd <= 15):
                errs.append(f"bad phone {v!r}")
        if k == "account":
            compact = v.replace(" ", "")
            if re.match(r"[A-Z]{2}\d{2}", compact):
                if not iban_ok(v):
                    errs.append(f"IBAN fails mod-97 {v!r}")
            elif re.fullmatch(r"\d{4}\.\d{2}\.\d{5}", v):
                if not no_acc_ok(v):
                    errs.append(f"NO account fails mod-11 {v!r}")
            elif not re.fullmatch(r"[\d ,.\-]+", v):
                errs.append(f"bad account {v!r}")
        if k == "address" and not re.search(r"\d", v):
            errs.append(f"address without number {v!r}")
        if k == "person" and re.search(r"\d", v) and not (s > 0 and t[s - 1] == "@"):
            errs.append(f"digit in person {v!r}")

    def inside(a, b, kinds=None):
        return any(
            sp["start"] <= a and b <= sp["end"] and (kinds is None or sp["kind"] in kinds)
            for sp in rec["pii"]
        )

    for m in EMAIL_RE.finditer(t):
        if not inside(m.start(), m.end(), {"email"}):
            errs.append(f"e-mail outside span {m.group()!r}")
    for cre in ID_CAND_RES:
        for m in cre.finditer(t):
            if inside(m.start(), m.end()):
                continue
            if id_looking(m.group()):
                errs.append(f"valid-looking ID outside span {m.group()!r}")
    for n in negs:
        d = re.sub(r"[\s\-+]", "", n)
        if re.fullmatch(r"\d{10,12}", d) and id_looking(n):
            errs.append(f"ID-shaped hard negative passes a check {n!r}")
        if EMAIL_RE.search(n):
            errs.append(f"e-mail in hard negative {n!r}")
    return errs


def main():
    records, all_errs = [], []
    seen = Counter()
    per_lang = Counter()
    for lang, genre, raw in TEXTS:
        assert lang in ("sv", "en"), lang
        assert genre in ("survey", "social", "interview"), genre
        per_lang[lang] += 1
        text, spans, negs = parse(fill(raw))
        seen[text] += 1
        rid = f"pii5-sven-{len(records) + 1:04d}"
        rec = {"id": rid, "text": text, "lang": lang, "genre": genre, "pii": spans}
        for e in check_record(rec, negs):
            all_errs.append(f"{rid}: {e} | {text[:70]}")
        nw = len(text.split())
        if not (5 <= nw <= 120):
            all_errs.append(f"{rid}: length {nw:d} words")
        records.append(rec)
    for t, c in seen.items():
        if c > 2:
            all_errs.append(f"text used {c:d} times: {t[:60]}")
    if all_errs:
        print("\n".join(all_errs))
        print(f"{len(all_errs):d} validation error(s)")
        sys.exit(1)

    write_jsonl(OUT, records)

    # report
    kc = defaultdict(Counter)
    gc = defaultdict(Counter)
    nopii = Counter()
    for r in records:
        gc[r["lang"]][r["genre"]] += 1
        if not r["pii"]:
            nopii[r["lang"]] += 1
        for sp in r["pii"]:
            kc[r["lang"]][sp["kind"]] += 1
    langs = sorted(per_lang)
    print("{:<12}".format("") + "".join(f"{lang:>8}" for lang in langs) + "{:>8}".format("total"))
    rows = [("texts", lambda lang: per_lang[lang]), ("no PII", lambda lang: nopii[lang])]
    rows += [(k, lambda lang, k=k: kc[lang][k]) for k in KINDS]
    rows += [("spans", lambda lang: sum(kc[lang].values()))]
    rows += [("g:" + g, lambda lang, g=g: gc[lang][g]) for g in ("survey", "social", "interview")]
    for name, fn in rows:
        vals = [fn(lang) for lang in langs]
        print(f"{name:<12}" + "".join(f"{v:8d}" for v in vals) + f"{sum(vals):8d}")
    print(f"wrote {len(records):d} records to {OUT}")


if __name__ == "__main__":
    main()
