#!/usr/bin/env python3
"""
build_sven.py -- hand-written Swedish (sv) and English (en) holdout texts for the
textinsight PII detector (holdout4, share "sven").  Standard library only.

Markup used in the texts further down:
  [[kind:value]]   a PII span of that kind (markup removed, offsets recorded)
  ((neg:value))    a hard negative (markup removed, no span; validated not to look like an ID)
  {GEN} / {GEN:n}  filled by one of the generators below (fixed seed; n = e.g. birth year)

Run:  python3 build_sven.py      -> writes pii_holdout_sven.jsonl next to this file
"""

import os
import random
import re
import sys
from collections import Counter
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
from tools.rng import random_date, random_digits, random_digits_nonzero_first

SEED = 4711
RNG = random.Random(SEED)
dig = partial(random_digits, RNG)
nz = partial(random_digits_nonzero_first, RNG)  # n digits, the first one non-zero
HERE = os.path.dirname(os.path.abspath(__file__))
OUT_PATH = os.path.join(HERE, "pii_holdout_sven.jsonl")
KINDS = ("person", "phone", "email", "national_id", "address", "account")
GENRES = ("survey", "social", "interview")


# ----------------------------------------------------------------- helpers


# --------------------------------------------------------------- checksums


def no_acc_valid(raw):
    s = re.sub(r"[ .]", "", raw)
    return len(s) == 11 and s.isdigit() and mod11_control(s[:10], NO_ACCOUNT_WEIGHTS) == int(s[10])


IBAN_LEN = {"SE": 24, "GB": 22, "DE": 22, "DK": 18, "NO": 15}


def iban_valid(raw):
    s = raw.replace(" ", "")
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", s):
        return False
    if s[:2] in IBAN_LEN and len(s) != IBAN_LEN[s[:2]]:
        return False
    if s[:2] == "NO" and not no_acc_valid(s[4:]):
        return False
    return iban_mod97_ok(s)


# ---------------------------------------------------------- ID validators
def se_pnr_valid(raw):
    """Swedish personnummer / samordningsnummer (10 or 12 digits, -, + or space)."""
    m = re.fullmatch(r"(\d{2})?(\d{2})(\d{2})(\d{2})[-+ ]?(\d{4})", raw)
    if not m:
        return False
    cent, yy, mm, dd, tail = m.groups()
    day = int(dd)
    if day > 60:
        day -= 60
    years = [int(cent + yy)] if cent else [1800 + int(yy), 1900 + int(yy), 2000 + int(yy)]
    if not any(date_ok(y, int(mm), day) for y in years):
        return False
    return luhn_ok(yy + mm + dd + tail)


def dk_cpr_valid(raw, require_mod11=False):
    """Danish CPR: valid DDMMYY date (mod 11 optional: not required since 2007)."""
    m = re.fullmatch(r"(\d{2})(\d{2})(\d{2})[- ]?(\d{4})", raw)
    if not m:
        return False
    dd, mm, yy, seq = m.groups()
    if not any(date_ok(c + int(yy), int(mm), int(dd)) for c in (1800, 1900, 2000)):
        return False
    return cpr_mod11_ok(dd + mm + yy + seq) if require_mod11 else True


def no_fnr_valid(raw):
    """Norwegian fødselsnummer incl. D-nummer (day+40) and H-nummer (month+40)."""
    m = re.fullmatch(r"(\d{2})(\d{2})(\d{2}) ?(\d{5})", raw)
    if not m:
        return False
    dd, mm, yy, rest = m.groups()
    d, mo = int(dd), int(mm)
    if d > 40:
        d -= 40
    if mo > 40:
        mo -= 40
    if not any(date_ok(c + int(yy), mo, d) for c in (1800, 1900, 2000)):
        return False
    digits = dd + mm + yy + rest
    return fnr_controls(digits[:9]) == digits[9:]


NI_RE = re.compile(r"([A-CEGHJ-PR-TW-Z])([A-CEGHJ-NPR-TW-Z]) ?(\d{2}) ?(\d{2}) ?(\d{2}) ?([A-D])")
NI_BAD_PREFIX = {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"}


def uk_ni_valid(raw):
    m = NI_RE.fullmatch(raw)
    return bool(m) and (m.group(1) + m.group(2)) not in NI_BAD_PREFIX


def id_schemes(raw):
    out = []
    for name, fn in (
        ("se_pnr", se_pnr_valid),
        ("dk_cpr", dk_cpr_valid),
        ("no_fnr", no_fnr_valid),
        ("uk_ni", uk_ni_valid),
    ):
        if fn(raw) or fn(re.sub(r"[\s\-+.]", "", raw)):
            out.append(name)
    return out


# ------------------------------------------------------------- generators
SE_MOB_PREFIX = ("70", "72", "73", "76", "79")


def _se_mob():
    return RNG.choice(SE_MOB_PREFIX), dig(7)


def g_se_mob_dash(_=None):
    p, r = _se_mob()
    return f"0{p}-{r[:3]} {r[3:5]} {r[5:]}"


def g_se_mob_compact(_=None):
    p, r = _se_mob()
    return f"0{p}{r}"


def g_se_mob_intl(_=None):
    p, r = _se_mob()
    return f"+46 {p} {r[:3]} {r[3:5]} {r[5:]}"


def g_se_mob_intl0(_=None):
    p, r = _se_mob()
    return f"+46 (0){p}-{r[:3]} {r[3:5]} {r[5:]}"


def g_se_mob_00(_=None):
    p, r = _se_mob()
    return f"0046 {p}-{r[:3]} {r[3:5]} {r[5:]}"


def g_se_mob_odd(_=None):
    p, r = _se_mob()
    v = RNG.choice(
        (
            "0{p}{a}-{b} {c} {d}",  # 0704-12 34 56
            "0{p} {r3} {r4}",  # 070 123 4567
            "0{p}-{r}",  # 070-1234567
            "0{p} - {r3} {r2} {r2b}",  # 070 - 123 45 67
        )
    )
    return v.format(
        p=p, a=r[0], b=r[1:3], c=r[3:5], d=r[5:], r3=r[:3], r4=r[3:], r=r, r2=r[3:5], r2b=r[5:]
    )


def g_se_sthlm(_=None):
    r = dig(8)
    return f"08-{r[:3]} {r[3:6]} {r[6:]}"


def g_se_gbg(_=None):
    r = nz(6)
    return f"031-{r[:2]} {r[2:4]} {r[4:]}"


def g_se_mmo(_=None):
    r = nz(6)
    return f"040-{r[:2]} {r[2:4]} {r[4:]}"


def g_se_land_odd(_=None):
    area = RNG.choice(("090", "0920", "018", "013", "054", "0911"))
    r = nz(6)
    # "090-12 34 56" or the older "090/12 34 56"
    return RNG.choice(("%s-%s %s %s", "%s/%s %s %s")) % (area, r[:2], r[2:4], r[4:])


def g_uk_mob(_=None):
    return f"07700 900{dig(3)}"


def g_uk_mob_compact(_=None):
    return f"07700900{dig(3)}"


def g_uk_mob_intl(_=None):
    return f"+44 7700 900{dig(3)}"


def g_uk_mob_intl0(_=None):
    return f"+44 (0)7700 900{dig(3)}"


def g_uk_mob_odd(_=None):
    r = dig(3)
    return RNG.choice(("07700 900 %s", "0770 0900 %s", "07700-900-%s")) % r


def g_uk_ldn(_=None):
    return f"020 7946 0{dig(3)}"


def g_uk_ldn_dash(_=None):
    return f"020-7946-0{dig(3)}"


def g_uk_area(code):
    return lambda _=None: f"{code} 496 0{dig(3)}"


def g_uk_cardiff(_=None):
    return f"029 2018 0{dig(3)}"


def g_us_phone(_=None):
    return f"+1 202-555-01{dig(2)}"


def g_pl_mob(_=None):
    r = dig(8)
    return f"+48 5{r[:2]} {r[2:5]} {r[5:]}"


def g_tr_mob(_=None):
    r = dig(8)
    return f"+90 53{r[0]} {r[1:4]} {r[4:6]} {r[6:]}"


def g_ng_mob(_=None):
    r = dig(7)
    return f"+234 803 {r[:3]} {r[3:]}"


def g_in_mob(_=None):
    r = dig(9)
    return f"+91 9{r[:4]} {r[4:]}"


def g_de_phone(_=None):
    r = nz(8)
    return f"+49 30 {r[:4]} {r[4:]}"


def g_dk_mob(_=None):
    r = str(RNG.randint(2, 9)) + dig(7)
    return f"+45 {r[:2]} {r[2:4]} {r[4:6]} {r[6:]}"


def g_no_mob(_=None):
    r = dig(7)
    return f"+47 9{r[:2]} {r[2:4]} {r[4:]}"


# Swedish personnummer / samordningsnummer
def _pnr(year=None, samord=False, y0=1938, y1=2004):
    dt = random_date(RNG, year, year) if year else random_date(RNG, y0, y1)
    day = dt.day + (60 if samord else 0)
    head = f"{dt.year % 100:02d}{dt.month:02d}{day:02d}"
    nnn = dig(3)
    return dt.year, head, nnn + str(luhn_digit(head + nnn))


def g_se_pnr(y=None):
    _, a, b = _pnr(y)
    return f"{a}-{b}"


def g_se_pnr12(y=None):
    yr, a, b = _pnr(y)
    return f"{yr // 100:d}{a}-{b}"


def g_se_pnr_nd(y=None):
    _, a, b = _pnr(y)
    return a + b


def g_se_pnr12_nd(y=None):
    yr, a, b = _pnr(y)
    return f"{yr // 100:d}{a}{b}"


def g_se_pnr_sp(y=None):
    _, a, b = _pnr(y)
    return f"{a} {b}"


def g_se_pnr_plus(y=None):
    _, a, b = _pnr(y, y0=1915, y1=1923)
    return f"{a}+{b}"


def g_se_samord(y=None):
    _, a, b = _pnr(y, samord=True, y0=1960, y1=2003)
    return f"{a}-{b}"


def g_se_samord12(y=None):
    yr, a, b = _pnr(y, samord=True, y0=1960, y1=2003)
    return f"{yr // 100:d}{a}-{b}"


# Danish CPR
def _cpr(year=None, want_mod11=True):
    while True:
        dt = random_date(RNG, year, year) if year else random_date(RNG, 1940, 2003)
        head = f"{dt.day:02d}{dt.month:02d}{dt.year % 100:02d}"
        first = str(RNG.randint(0, 3)) if dt.year < 2000 else str(RNG.randint(4, 9))
        seq = first + dig(3)
        if cpr_mod11_ok(head + seq) == want_mod11:
            return head, seq


def g_dk_cpr(y=None):
    a, b = _cpr(y)
    return f"{a}-{b}"


def g_dk_cpr_nd(y=None):
    a, b = _cpr(y)
    return a + b


def g_dk_cpr_nomod(y=None):
    a, b = _cpr(y, want_mod11=False)
    return f"{a}-{b}"


# Norwegian fødselsnummer / D-nummer
def _fnr(year=None, dnr=False):
    while True:
        dt = random_date(RNG, year, year) if year else random_date(RNG, 1945, 2004)
        ind = RNG.randint(0, 499) if dt.year < 2000 else RNG.randint(500, 999)
        nine = f"{dt.day + (40 if dnr else 0):02d}{dt.month:02d}{dt.year % 100:02d}{ind:03d}"
        controls = fnr_controls(nine)
        if controls:
            return nine + controls


def g_no_fnr(y=None):
    return _fnr(y)


def g_no_fnr_sp(y=None):
    f = _fnr(y)
    return f"{f[:6]} {f[6:]}"


def g_no_dnr(y=None):
    return _fnr(y, dnr=True)


# UK National Insurance number
NI_FIRST = "ABCEGHJKLMNOPRSTWXYZ"
NI_SECOND = "ABCEGHJKLMNPRSTWXYZ"


def _ni():
    while True:
        p = RNG.choice(NI_FIRST) + RNG.choice(NI_SECOND)
        if p not in NI_BAD_PREFIX:
            return p, dig(6), RNG.choice("ABCD")


def g_uk_ni(_=None):
    p, n, s = _ni()
    return p + n + s


def g_uk_ni_sp(_=None):
    p, n, s = _ni()
    return f"{p} {n[:2]} {n[2:4]} {n[4:]} {s}"


# Bank accounts
def g_se_acc_swed(_=None):
    r = dig(9)
    return f"8{dig(3)}-{dig(1)}, {r[:3]} {r[3:6]} {r[6:]}-{dig(1)}"


def g_se_acc_seb(_=None):
    r = dig(7)
    return f"5{dig(3)} {r[:2]} {r[2:5]} {r[5:]}"


def g_se_acc_hb(_=None):
    r = dig(9)
    return f"6{dig(3)}-{r[:3]} {r[3:6]} {r[6:]}"


def g_se_acc_nordea(_=None):
    return f"11{dig(2)}-{dig(7)}"


def g_uk_sort(_=None):
    return "{}-{}-{}".format(RNG.choice("20 40 60 30 77 09 11 83".split()), dig(2), dig(2))


def g_uk_accno(_=None):
    return nz(8)


def g_iban_se(_=None):
    return group4(iban("SE", RNG.choice(("500", "600", "800", "300", "120")) + dig(17)))


def g_iban_se_compact(_=None):
    return iban("SE", RNG.choice(("500", "600", "800", "300", "120")) + dig(17))


def g_iban_gb(_=None):
    return group4(iban("GB", RNG.choice(("NWBK", "BARC", "LOYD", "MIDL", "HBUK")) + dig(6) + nz(8)))


def g_iban_de(_=None):
    return group4(iban("DE", nz(8) + dig(10)))


def g_iban_dk(_=None):
    return group4(iban("DK", nz(4) + dig(10)))


def _no_acc_digits():
    while True:
        ten = nz(4) + dig(6)
        k = mod11_control(ten, NO_ACCOUNT_WEIGHTS)
        if k is not None:
            return ten + str(k)


def g_iban_no(_=None):
    return group4(iban("NO", _no_acc_digits()))


def g_no_acc(_=None):
    s = _no_acc_digits()
    return f"{s[:4]}.{s[4:6]}.{s[6:]}"


# Hard negatives (numbers that must NOT be personal data)
def _fails_all(s):
    return not id_schemes(s)


def _neg10():
    while True:
        s = dig(2) + str(RNG.randint(13, 39)) + dig(6)  # impossible month in positions 3-4
        if _fails_all(s):
            return s


def g_neg_id10(_=None):
    s = _neg10()
    return f"{s[:6]}-{s[6:]}"


def g_neg_id10_nd(_=None):
    return _neg10()


def g_neg_pnr_badluhn(_=None):
    while True:
        dt = random_date(RNG, 1932, 1999)
        head = f"{dt.year % 100:02d}{dt.month:02d}{dt.day:02d}"
        nnn = dig(3)
        good = luhn_digit(head + nnn)
        bad = (good + RNG.randint(1, 9)) % 10
        s = f"{head}-{nnn}{bad:d}"
        if _fails_all(s):
            return s


def g_neg_id11(_=None):
    while True:
        s = dig(2) + str(RNG.randint(13, 39)) + dig(7)
        if _fails_all(s):
            return s


def g_neg_id12(_=None):
    while True:
        s = "20" + dig(2) + str(RNG.randint(13, 39)) + dig(6)
        if _fails_all(s):
            return s


def g_ord8(_=None):
    return nz(8)


def g_ocr(_=None):
    return nz(RNG.choice((14, 15, 16)))


def g_meter(_=None):
    return "735999" + dig(12)


def g_track(_=None):
    return RNG.choice((f"UA{dig(9)}SE", f"00373500{dig(10)}", f"RR{dig(9)}SE"))


def g_track_uk(_=None):
    return "{}{}{}GB".format(RNG.choice("ABFHJKLRT"), RNG.choice("ABDFGHJKLMNPQRTUWXY"), dig(9))


def g_orgnr(_=None):
    while True:
        nine = "55" + RNG.choice("6789") + dig(6)
        s = f"{nine[:6]}-{nine[6:]}{luhn_digit(nine):d}"
        if _fails_all(s):
            return s


GEN = {
    "SE_MOB_DASH": g_se_mob_dash,
    "SE_MOB_COMPACT": g_se_mob_compact,
    "SE_MOB_INTL": g_se_mob_intl,
    "SE_MOB_INTL0": g_se_mob_intl0,
    "SE_MOB_00": g_se_mob_00,
    "SE_MOB_ODD": g_se_mob_odd,
    "SE_STHLM": g_se_sthlm,
    "SE_GBG": g_se_gbg,
    "SE_MMO": g_se_mmo,
    "SE_LAND_ODD": g_se_land_odd,
    "UK_MOB": g_uk_mob,
    "UK_MOB_COMPACT": g_uk_mob_compact,
    "UK_MOB_INTL": g_uk_mob_intl,
    "UK_MOB_INTL0": g_uk_mob_intl0,
    "UK_MOB_ODD": g_uk_mob_odd,
    "UK_LDN": g_uk_ldn,
    "UK_LDN_DASH": g_uk_ldn_dash,
    "UK_LEEDS": g_uk_area("0113"),
    "UK_MAN": g_uk_area("0161"),
    "UK_EDI": g_uk_area("0131"),
    "UK_BHAM": g_uk_area("0121"),
    "UK_BRIS": g_uk_area("0117"),
    "UK_CARDIFF": g_uk_cardiff,
    "US_PHONE": g_us_phone,
    "PL_MOB": g_pl_mob,
    "TR_MOB": g_tr_mob,
    "NG_MOB": g_ng_mob,
    "IN_MOB": g_in_mob,
    "DE_PHONE": g_de_phone,
    "DK_MOB": g_dk_mob,
    "NO_MOB": g_no_mob,
    "SE_PNR": g_se_pnr,
    "SE_PNR12": g_se_pnr12,
    "SE_PNR_ND": g_se_pnr_nd,
    "SE_PNR12_ND": g_se_pnr12_nd,
    "SE_PNR_SP": g_se_pnr_sp,
    "SE_PNR_PLUS": g_se_pnr_plus,
    "SE_SAMORD": g_se_samord,
    "SE_SAMORD12": g_se_samord12,
    "DK_CPR": g_dk_cpr,
    "DK_CPR_ND": g_dk_cpr_nd,
    "DK_CPR_NOMOD": g_dk_cpr_nomod,
    "NO_FNR": g_no_fnr,
    "NO_FNR_SP": g_no_fnr_sp,
    "NO_DNR": g_no_dnr,
    "UK_NI": g_uk_ni,
    "UK_NI_SP": g_uk_ni_sp,
    "SE_ACC_SWED": g_se_acc_swed,
    "SE_ACC_SEB": g_se_acc_seb,
    "SE_ACC_HB": g_se_acc_hb,
    "SE_ACC_NORDEA": g_se_acc_nordea,
    "UK_SORT": g_uk_sort,
    "UK_ACCNO": g_uk_accno,
    "IBAN_SE": g_iban_se,
    "IBAN_SE_COMPACT": g_iban_se_compact,
    "IBAN_GB": g_iban_gb,
    "IBAN_DE": g_iban_de,
    "IBAN_DK": g_iban_dk,
    "IBAN_NO": g_iban_no,
    "NO_ACC": g_no_acc,
    "NEG_ID10": g_neg_id10,
    "NEG_ID10_ND": g_neg_id10_nd,
    "NEG_PNR_BADLUHN": g_neg_pnr_badluhn,
    "NEG_ID11": g_neg_id11,
    "NEG_ID12": g_neg_id12,
    "ORD8": g_ord8,
    "OCR": g_ocr,
    "METER": g_meter,
    "TRACK": g_track,
    "TRACK_UK": g_track_uk,
    "ORGNR": g_orgnr,
}

# =================================================================== TEXTS
# (genre, marked-up text) per language, from texts_sven.json
_ROWS = read_texts(Path(__file__).resolve().parent / "texts_sven.json")
SV = [(r["genre"], r["text"]) for r in _ROWS if r["lang"] == "sv"]
EN = [(r["genre"], r["text"]) for r in _ROWS if r["lang"] == "en"]

# ================================================================= building
PH_RE = re.compile(r"\{([A-Z0-9_]+)(?::(\d+))?\}")
MK_RE = re.compile(r"\[\[(\w+):(.+?)\]\]|\(\(neg:(.+?)\)\)", re.S)
EMAIL_RE = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
ID_SHAPE_RES = (
    re.compile(r"(?<![\w])(?:\d{2})?\d{6}[-+ ]?\d{4}(?![\w])"),  # SE / DK
    re.compile(r"(?<![\w])\d{6} ?\d{5}(?![\w])"),  # NO
    re.compile(r"(?<![\w])[A-Z]{2} ?\d{2} ?\d{2} ?\d{2} ?[A-D](?![\w])"),  # UK NI
)
PUNCT = set(".,;:!?()[]{}<>\"'”“’‘-–—/\\|*#&%@")


def fill(marked):
    def rep(m):
        name, arg = m.group(1), m.group(2)
        if name not in GEN:
            raise KeyError(f"unknown generator {name}")
        return GEN[name](int(arg)) if arg else GEN[name]()

    return PH_RE.sub(rep, marked)


def render(marked):
    text, spans, negs = strip_markup(marked, MK_RE)
    return text, spans, [(n.start, n.end, n.value) for n in negs]


def validate(rec, negs, errors, warnings):
    text, rid = rec["text"], rec["id"]

    def err(msg):
        errors.append(f"{rid}: {msg}")

    for tok in ("[[", "]]", "((neg", "{", "}"):
        if tok in text:
            err(f"markup left: {tok!r}")
    n_words = len(text.split())
    if not 5 <= n_words <= 120:
        err(f"length {n_words:d} words")
    prev_end = -1
    for sp in sorted(rec["pii"], key=lambda s: s["start"]):
        s, e, kind = sp["start"], sp["end"], sp["kind"]
        if kind not in KINDS:
            err(f"bad kind {kind}")
        if not (0 <= s < e <= len(text)):
            err(f"span out of range {sp!r}")
            continue
        if s < prev_end:
            err(f"overlapping spans at {s:d}")
        prev_end = e
        val = text[s:e]
        if val != val.strip() or "\n" in val:
            err(f"whitespace in span {val!r}")
        if val[0] in PUNCT and not (kind == "phone" and val[0] == "+"):
            err(f"span starts with punctuation {val!r}")
        if val[-1] in PUNCT:
            err(f"span ends with punctuation {val!r}")
        if s > 0 and text[s - 1].isalnum():
            err(f"span cuts word at start {val!r}")
        if e < len(text) and text[e].isalnum():
            err(f"span cuts word at end {val!r}")
        if kind == "national_id" and not id_schemes(val):
            err(f"national_id fails checks {val!r}")
        if kind == "email" and not EMAIL_RE.fullmatch(val):
            err(f"bad email {val!r}")
        if kind == "phone":
            nd = sum(ch.isdigit() for ch in val)
            if not re.fullmatch(r"\+?[\d ()/\-]+", val) or not 7 <= nd <= 15:
                err(f"bad phone {val!r}")
        if kind == "account":
            if re.match(r"[A-Z]{2}\d{2}", val):
                if not iban_valid(val):
                    err(f"IBAN fails mod-97 {val!r}")
            elif re.fullmatch(r"\d{4}\.\d{2}\.\d{5}", val):
                if not no_acc_valid(val):
                    err(f"NO account fails mod-11 {val!r}")
            elif not re.fullmatch(r"[\d ,\-]+", val):
                err(f"bad account {val!r}")
        if kind == "address" and not (re.search(r"\d", val) and re.search(r"[^\W\d_]", val)):
            err(f"address without number {val!r}")
        if kind == "person" and re.search(r"\d", val):
            err(f"digit in person {val!r}")
    # hard negatives must not look like valid IDs / e-mails
    for _start, _end, val in negs:
        if id_schemes(val):
            err(f"hard negative passes ID check {val!r} {id_schemes(val)}")
        if EMAIL_RE.search(val):
            err(f"e-mail in hard negative {val!r}")
    # nothing ID- or e-mail-shaped may remain outside the spans
    masked = list(text)
    for sp in rec["pii"]:
        for i in range(sp["start"], sp["end"]):
            masked[i] = "#"
    masked = "".join(masked)
    for m in EMAIL_RE.finditer(masked):
        err(f"e-mail outside span {m.group()!r}")
    for rx in ID_SHAPE_RES:
        for m in rx.finditer(masked):
            if id_schemes(m.group()):
                err(f"valid-looking ID outside span {m.group()!r}")
    # warn about long unlabelled digit groups that are not declared hard negatives
    neg_mask = list(masked)
    for s, e, _ in negs:
        for i in range(s, e):
            neg_mask[i] = "#"
    for m in re.finditer(r"\d[\d \-]{5,}\d", "".join(neg_mask)):
        if sum(ch.isdigit() for ch in m.group()) >= 6:
            warnings.append(f"{rid}: undeclared digit run {m.group()!r}")


def build():
    records, all_negs = [], []
    n = 0
    for lang, items in (("sv", SV), ("en", EN)):
        for genre, marked in items:
            assert genre in GENRES, genre
            n += 1
            text, spans, negs = render(fill(marked))
            records.append(
                {
                    "id": f"pii4-sven-{n:04d}",
                    "text": text,
                    "lang": lang,
                    "genre": genre,
                    "pii": spans,
                }
            )
            all_negs.append(negs)
    return records, all_negs


def report(records):
    langs = ("sv", "en")
    kc = {lang: Counter() for lang in langs}
    gc = {lang: Counter() for lang in langs}
    tc, empty = Counter(), Counter()
    for r in records:
        lang = r["lang"]
        tc[lang] += 1
        gc[lang][r["genre"]] += 1
        if not r["pii"]:
            empty[lang] += 1
        for sp in r["pii"]:
            kc[lang][sp["kind"]] += 1
    print("{:<12}".format("") + "".join(f"{lang:>8}" for lang in langs) + "{:>8}".format("total"))
    print(
        "{:<12}".format("texts")
        + "".join(f"{tc[lang]:8d}" for lang in langs)
        + f"{sum(tc.values()):8d}"
    )
    for k in KINDS:
        print(
            f"{k:<12}"
            + "".join(f"{kc[lang][k]:8d}" for lang in langs)
            + f"{sum(kc[lang][k] for lang in langs):8d}"
        )
    for g in GENRES:
        print(
            "{:<12}".format("g:" + g)
            + "".join(f"{gc[lang][g]:8d}" for lang in langs)
            + f"{sum(gc[lang][g] for lang in langs):8d}"
        )
    print(
        "{:<12}".format("no PII")
        + "".join(f"{empty[lang]:8d}" for lang in langs)
        + f"{sum(empty.values()):8d}"
    )
    print(
        "{:<12}".format("no PII %")
        + "".join(f"{100.0 * empty[lang] / tc[lang]:7.0f}%" for lang in langs)
    )
    return kc, gc, tc, empty


def main():
    records, all_negs = build()
    errors, warnings = [], []
    for rec, negs in zip(records, all_negs, strict=False):
        validate(rec, negs, errors, warnings)
    texts = Counter(r["text"] for r in records)
    for t, c in texts.items():
        if c > 2:
            errors.append(f"text used {c:d} times: {t[:60]!r}")
    for w in warnings:
        print("WARNING", w)
    if errors:
        for e in errors:
            print("ERROR", e)
        raise SystemExit(f"{len(errors):d} validation errors, nothing written")
    kc, gc, tc, empty = report(records)
    minima = {"person": 45, "phone": 18, "email": 10, "national_id": 10, "address": 8, "account": 6}
    for lang in ("sv", "en"):
        for k, v in minima.items():
            assert kc[lang][k] >= v, (lang, k, kc[lang][k])
        share = empty[lang] / tc[lang]
        assert 0.25 <= share <= 0.35, (lang, share)
    write_jsonl(OUT_PATH, records)
    print(f"wrote {len(records):d} records to {OUT_PATH}")


if __name__ == "__main__":
    main()
