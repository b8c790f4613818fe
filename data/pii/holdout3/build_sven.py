#!/usr/bin/env python3
"""Builder for the pii3-sven hold-out set (Swedish + English customer feedback).

Stdlib only. Texts are hand-written with inline markup:
  [[kind:value]]  -> labelled span (kind in person/email/phone/national_id/address/account)
  ((neg:value))   -> hard negative (markup removed, no span)
  {GEN} / {GEN@k} -> value from one of the generators below ({GEN@k} reuses the same value
                     within one text).
Run:  python3 build_sven.py   -> writes pii_holdout_sven.jsonl next to this file.
"""

import os
import random
import re
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
    iban_ok,
    luhn_digit_from_left,
    mod11_control,
)
from tools.jsonl import read_texts, write_jsonl
from tools.markup import strip_markup
from tools.rng import random_date, random_digits

SEED = 20240917
rng = random.Random(SEED)
digits = partial(random_digits, rng)
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "pii_holdout_sven.jsonl")


# ---------------------------------------------------------------- dates


# ------------------------------------------------ Swedish personnummer / samordningsnummer


def se_pnr_digits_ok(d):
    """d: 10 or 12 digits (no separators). Valid date (samordning: day+60) and Luhn."""
    if len(d) == 12:
        years = [int(d[:4])]
        d10 = d[2:]
    elif len(d) == 10:
        years = None
        d10 = d
    else:
        return False
    yy, mm, dd = int(d10[:2]), int(d10[2:4]), int(d10[4:6])
    if dd > 60:
        dd -= 60
    if years is None:
        years = [1800 + yy, 1900 + yy, 2000 + yy]
    if not any(date_ok(y, mm, dd) for y in years):
        return False
    return luhn_digit_from_left(d10[:9]) == int(d10[9])


def se_pnr_valid(raw):
    s = raw.replace(" ", "")
    if not re.fullmatch(r"(\d{2})?\d{6}[-+]?\d{4}", s):
        return False
    return se_pnr_digits_ok(re.sub(r"\D", "", s))


def gen_se(y0, y1, fmt, samo=False):
    d = random_date(rng, y0, y1)
    day = d.day + (60 if samo else 0)
    ymd = f"{d.year % 100:02d}{d.month:02d}{day:02d}"
    ser = digits(3)
    tail = ser + str(luhn_digit_from_left(ymd + ser))
    full = f"{d.year // 100:02d}{ymd}"
    return {
        "10": f"{ymd}-{tail}",
        "10nd": f"{ymd}{tail}",
        "10sp": f"{ymd} {tail}",
        "10plus": f"{ymd}+{tail}",
        "12": f"{full}-{tail}",
        "12nd": f"{full}{tail}",
    }[fmt]


# ---------------------------------------------------------------- Danish CPR


def cpr_date_ok(d10):
    dd, mm, yy = int(d10[:2]), int(d10[2:4]), int(d10[4:6])
    return any(date_ok(c + yy, mm, dd) for c in (1800, 1900, 2000))


def cpr_valid(raw):
    s = raw.replace(" ", "")
    if not re.fullmatch(r"\d{6}-?\d{4}", s):
        return False
    d = s.replace("-", "")
    return cpr_date_ok(d) and cpr_mod11_ok(d)


def gen_cpr(nd=False):
    while True:
        d = random_date(rng, 1946, 1999)
        s = f"{d.day:02d}{d.month:02d}{d.year % 100:02d}{rng.randrange(4)}{digits(3)}"
        if cpr_mod11_ok(s):
            return s if nd else f"{s[:6]}-{s[6:]}"


# ------------------------------------------------ Norwegian fødselsnummer / D-nummer


def no_fnr_digits_ok(s):
    if not re.fullmatch(r"\d{11}", s):
        return False
    dd, mm, yy = int(s[:2]), int(s[2:4]), int(s[4:6])
    if dd > 40:
        dd -= 40  # D-nummer
    if mm > 40:
        mm -= 40  # H-nummer (lenient)
    if not any(date_ok(c + yy, mm, dd) for c in (1800, 1900, 2000)):
        return False
    return fnr_controls(s[:9]) == s[9:]


def no_fnr_valid(raw):
    return no_fnr_digits_ok(raw.replace(" ", ""))


def gen_fnr(dnr=False, sp=False):
    while True:
        d = random_date(rng, 1950, 2004)
        ind = rng.randrange(0, 500) if d.year < 2000 else rng.randrange(500, 1000)
        day = d.day + (40 if dnr else 0)
        first9 = f"{day:02d}{d.month:02d}{d.year % 100:02d}{ind:03d}"
        controls = fnr_controls(first9)
        if controls:
            s = first9 + controls
            return f"{s[:6]} {s[6:]}" if sp else s


# ---------------------------------------------------------------- UK National Insurance number
NINO_RE = re.compile(r"([A-Z]{2}) ?(\d{2}) ?(\d{2}) ?(\d{2}) ?([A-D])")
NINO_BAD_PREFIX = {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"}


def nino_valid(raw):
    m = NINO_RE.fullmatch(raw)
    if not m:
        return False
    p = m.group(1)
    return not (p[0] in "DFIQUV" or p[1] in "DFIOQUV" or p in NINO_BAD_PREFIX)


def gen_nino(nd=False):
    while True:
        p = rng.choice("ABCEGHJKLMNOPRSTWXYZ") + rng.choice("ABCEGHJKLMNPRSTWXYZ")
        if p in NINO_BAD_PREFIX:
            continue
        n, suf = digits(6), rng.choice("ABCD")
        return f"{p}{n}{suf}" if nd else f"{p} {n[:2]} {n[2:4]} {n[4:]} {suf}"


# ---------------------------------------------------------------- IBAN / accounts


def no_acc_ok(raw):
    d = re.sub(r"\D", "", raw)
    if len(d) != 11:
        return False
    return mod11_control(d[:10], NO_ACCOUNT_WEIGHTS) == int(d[10])


def gen_no_acc_digits():
    while True:
        d10 = rng.choice(["1503", "1607", "3000", "6011", "9710", "1254"]) + digits(6)
        k = mod11_control(d10, NO_ACCOUNT_WEIGHTS)
        if k is not None:
            return d10 + str(k)


def gen_no_acc():
    d = gen_no_acc_digits()
    return f"{d[:4]}.{d[4:6]}.{d[6:]}"


def gen_iban(cc, nd=False):
    if cc == "SE":
        bban = rng.choice(["500", "800", "600", "300", "120"]) + digits(17)
    elif cc == "GB":
        bban = rng.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]) + digits(14)
    elif cc == "DE":
        bban = digits(18)
    elif cc == "DK":
        bban = digits(14)
    elif cc == "NO":
        bban = gen_no_acc_digits()
    s = iban(cc, bban)
    return s if nd else group4(s)


# ---------------------------------------------------------------- phones
SE_MOB_PREFIX = ["70", "72", "73", "76", "79"]


def se_mob(fmt):
    p = rng.choice(SE_MOB_PREFIX)
    a, b, c = digits(3), digits(2), digits(2)
    return {
        "std": f"0{p}-{a} {b} {c}",
        "nd": f"0{p}{a}{b}{c}",
        "sp": f"0{p} {a} {b} {c}",
        "int": f"+46 {p} {a} {b} {c}",
        "intnd": f"+46{p}{a}{b}{c}",
        "00": f"0046 {p}-{a} {b} {c}",
        "slash": f"0{p}/{a} {b}{c}",
        "par": f"(0{p}) {a} {b} {c}",
        "int0": f"+46 (0){p}-{a} {b} {c}",
        "odd": f"0{p} - {a[:2]} {a[2]}{b} {c}",
    }[fmt]


def uk(fmt):
    x = digits(3)
    return {
        "mob": f"07700 900{x}",
        "mobnd": f"07700900{x}",
        "mob3": f"07700 900 {x}",
        "mobdash": f"07700-900-{x}",
        "mobint": f"+44 7700 900{x}",
        "mobint0": f"+44 (0)7700 900{x}",
        "mobintnd": f"+447700900{x}",
        "mob00": f"0044 7700 900 {x}",
        "lon": f"020 7946 0{x}",
        "lonpar": f"(020) 7946 0{x}",
        "lonint": f"+44 20 7946 0{x}",
        "man": f"0161 496 0{x}",
        "bham": f"0121-496-0{x}",
        "leeds": f"0113 4960{x}",
        "gla": f"0141 496 0{x}",
        "cdf": f"029 2018 0{x}",
        "gen": f"01632 960{x}",
        "gensp": f"01632 960 {x}",
    }[fmt]


GEN = {
    # Swedish phones
    "SE_MOB": lambda: se_mob("std"),
    "SE_MOB_ND": lambda: se_mob("nd"),
    "SE_MOB_SP": lambda: se_mob("sp"),
    "SE_MOB_INT": lambda: se_mob("int"),
    "SE_MOB_INT_ND": lambda: se_mob("intnd"),
    "SE_MOB_00": lambda: se_mob("00"),
    "SE_MOB_SLASH": lambda: se_mob("slash"),
    "SE_MOB_PAR": lambda: se_mob("par"),
    "SE_MOB_INT0": lambda: se_mob("int0"),
    "SE_MOB_ODD": lambda: se_mob("odd"),
    "SE_STHLM": lambda: f"08-{digits(3)} {digits(3)} {digits(2)}",
    "SE_STHLM_PAR": lambda: f"(08) {digits(3)} {digits(2)} {digits(2)}",
    "SE_GBG": lambda: f"031-{digits(3)} {digits(2)} {digits(2)}",
    "SE_GBG6": lambda: f"031-{digits(2)} {digits(2)} {digits(2)}",
    "SE_UPPSALA": lambda: f"018-{digits(2)} {digits(2)} {digits(2)}",
    "SE_LAND_063": lambda: f"063-{digits(2)} {digits(2)} {digits(2)}",
    "SE_MALMO": lambda: f"040-{digits(3)} {digits(2)} {digits(2)}",
    "SE_KIRUNA": lambda: f"0980-{digits(3)} {digits(2)}",
    # UK phones (Ofcom drama ranges)
    "UK_MOB": lambda: uk("mob"),
    "UK_MOB_ND": lambda: uk("mobnd"),
    "UK_MOB_SP3": lambda: uk("mob3"),
    "UK_MOB_DASH": lambda: uk("mobdash"),
    "UK_MOB_INT": lambda: uk("mobint"),
    "UK_MOB_INT0": lambda: uk("mobint0"),
    "UK_MOB_INT_ND": lambda: uk("mobintnd"),
    "UK_MOB_00": lambda: uk("mob00"),
    "UK_LON": lambda: uk("lon"),
    "UK_LON_PAR": lambda: uk("lonpar"),
    "UK_LON_INT": lambda: uk("lonint"),
    "UK_MAN": lambda: uk("man"),
    "UK_BHAM": lambda: uk("bham"),
    "UK_LEEDS": lambda: uk("leeds"),
    "UK_GLA": lambda: uk("gla"),
    "UK_CDF": lambda: uk("cdf"),
    "UK_GEN": lambda: uk("gen"),
    "UK_GEN_SP": lambda: uk("gensp"),
    # other international
    "IE_MOB": lambda: f"+353 87 {digits(3)} {digits(4)}",
    "NO_MOB_INT": lambda: f"+47 9{digits(2)} {digits(2)} {digits(3)}",
    "DK_MOB_INT": lambda: (
        f"+45 {rng.choice('2345')}{digits(1)} {digits(2)} {digits(2)} {digits(2)}"
    ),
    "PL_MOB": lambda: f"+48 5{digits(2)} {digits(3)} {digits(3)}",
    "TR_MOB": lambda: f"+90 53{digits(1)} {digits(3)} {digits(2)} {digits(2)}",
    "DE_MOB": lambda: f"+49 151 {digits(8)}",
    # national ids
    "SE_PNR": lambda: gen_se(1940, 2003, "10"),
    "SE_PNR_ND": lambda: gen_se(1940, 2003, "10nd"),
    "SE_PNR_SP": lambda: gen_se(1940, 2003, "10sp"),
    "SE_PNR12": lambda: gen_se(1940, 2003, "12"),
    "SE_PNR12_ND": lambda: gen_se(1940, 2003, "12nd"),
    "SE_PNR12_CHILD": lambda: gen_se(2012, 2020, "12"),
    "SE_PNR_PLUS": lambda: gen_se(1918, 1923, "10plus"),
    "SE_SAMO": lambda: gen_se(1960, 2001, "10", samo=True),
    "SE_SAMO12": lambda: gen_se(1955, 1999, "12", samo=True),
    "DK_CPR": lambda: gen_cpr(),
    "DK_CPR_ND": lambda: gen_cpr(nd=True),
    "NO_FNR": lambda: gen_fnr(),
    "NO_FNR_SP": lambda: gen_fnr(sp=True),
    "NO_DNR": lambda: gen_fnr(dnr=True),
    "NINO": lambda: gen_nino(),
    "NINO_ND": lambda: gen_nino(nd=True),
    # accounts
    "SE_ACC_SWED": lambda: (
        f"8{digits(3)}-{digits(1)}, {digits(3)} {digits(3)} {digits(3)}-{digits(1)}"
    ),
    "SE_ACC_SEB": lambda: f"5{digits(3)} {digits(2)} {digits(3)} {digits(2)}",
    "SE_ACC_HB": lambda: f"6{digits(3)} {digits(3)} {digits(3)} {digits(3)}",
    "SE_ACC_NORDEA": lambda: f"3{rng.randrange(0, 3)}{digits(2)}-{digits(7)}",
    "SE_IBAN": lambda: gen_iban("SE"),
    "SE_IBAN_ND": lambda: gen_iban("SE", nd=True),
    "GB_IBAN": lambda: gen_iban("GB"),
    "GB_IBAN_ND": lambda: gen_iban("GB", nd=True),
    "DE_IBAN": lambda: gen_iban("DE"),
    "DK_IBAN": lambda: gen_iban("DK"),
    "NO_IBAN": lambda: gen_iban("NO"),
    "NO_ACC": gen_no_acc,
    "UK_SORT": lambda: f"{rng.randrange(10, 99)}-{digits(2)}-{digits(2)}",
    "UK_ACCNO": lambda: digits(8),
}

# (lang, genre, marked-up text), from texts_sven.json
TEXTS = [
    (r["lang"], r["genre"], r["text"])
    for r in read_texts(Path(__file__).resolve().parent / "texts_sven.json")
]


# =====================================================================================
# BUILD + VALIDATE
# =====================================================================================
PH = re.compile(r"\{([A-Z][A-Z0-9_]*)(?:@(\w+))?\}")
MARK = re.compile(
    r"\[\[(person|email|phone|national_id|address|account):(.+?)\]\]|\(\(neg:(.+?)\)\)", re.S
)
EMAIL_RE = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
IBAN_SCAN = re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?\b")
NUM_SCAN = re.compile(r"\d[\d \-+]*\d")
KINDS = ["person", "phone", "email", "national_id", "address", "account"]


def render(raw):
    memo = {}

    def sub(m):
        name, key = m.group(1), m.group(2)
        if name not in GEN:
            raise KeyError(f"unknown generator {name}")
        if key and (name, key) in memo:
            return memo[(name, key)]
        v = GEN[name]()
        if key:
            memo[(name, key)] = v
        return v

    filled = PH.sub(sub, raw)
    text, spans, negs = strip_markup(filled, MARK)
    return text, spans, [n.value for n in negs]


def id_like_digits(d):
    """Lenient 'looks like a real id' test on a digit string (negatives, text outside spans)."""
    if len(d) == 10:
        return se_pnr_digits_ok(d) or cpr_date_ok(d)
    if len(d) == 12:
        return se_pnr_digits_ok(d)
    if len(d) == 11:
        return no_fnr_digits_ok(d)
    return False


def national_id_ok(v):
    if NINO_RE.fullmatch(v):
        return nino_valid(v)
    d = re.sub(r"\D", "", v)
    if len(d) == 12:
        return se_pnr_valid(v)
    if len(d) == 11:
        return no_fnr_valid(v)
    if len(d) == 10:
        return se_pnr_valid(v) or cpr_valid(v)
    return False


def validate(rec, negs, errs):
    t, rid = rec["text"], rec["id"]

    def err(msg):
        errs.append(f"{rid}: {msg} | {t[:70]!r}")

    for bad in ("[[", "]]", "((neg:", "))"):
        if bad in t:
            err(f"markup left: {bad}")
    if PH.search(t):
        err("placeholder left")
    nw = len(t.split())
    if not 5 <= nw <= 120:
        err(f"word count {nw}")
    prev_end = -1
    for s in sorted(rec["pii"], key=lambda s: s["start"]):
        a, b, k = s["start"], s["end"], s["kind"]
        v = t[a:b]
        if not (0 <= a < b <= len(t)):
            err("span out of range")
            continue
        if a < prev_end:
            err("overlapping spans")
        prev_end = b
        if v != v.strip() or not v:
            err(f"span whitespace {v!r}")
        if not (v[0].isalnum() or (k == "phone" and v[0] in "+(")):
            err(f"span starts with punctuation {v!r}")
        if not v[-1].isalnum():
            err(f"span ends with punctuation {v!r}")
        if a > 0 and t[a - 1].isalnum():
            err(f"span cuts word at start {v!r}")
        if b < len(t) and t[b].isalnum():
            err(f"span cuts word at end {v!r}")
        if k == "national_id" and not national_id_ok(v):
            err(f"invalid national_id {v!r}")
        if k == "email" and not EMAIL_RE.fullmatch(v):
            err(f"bad email {v!r}")
        if k == "account":
            if re.match(r"[A-Z]{2}\d{2}", v):
                if not iban_ok(v):
                    err(f"IBAN fails mod-97 {v!r}")
                if v.startswith("NO") and not no_acc_ok(v.replace(" ", "")[4:]):
                    err(f"NO IBAN bban fails mod-11 {v!r}")
            if re.fullmatch(r"\d{4}\.\d{2}\.\d{5}", v) and not no_acc_ok(v):
                err(f"NO account fails mod-11 {v!r}")
        if k == "phone" and len(re.sub(r"\D", "", v)) < 7:
            err(f"short phone {v!r}")
        if k == "address" and not re.search(r"\d", v):
            err(f"address without number {v!r}")
    # hard negatives shaped like ids must fail every id check
    for n in negs:
        d = re.sub(r"\D", "", n)
        if len(d) in (10, 11, 12) and id_like_digits(d):
            err(f"ID-shaped hard negative passes a check {n!r}")
        if NINO_RE.fullmatch(n) and nino_valid(n):
            err(f"NINO-shaped negative is valid {n!r}")
    # nothing id-like / e-mail outside spans
    masked = list(t)
    for s in rec["pii"]:
        for i in range(s["start"], s["end"]):
            masked[i] = "#"
    masked = "".join(masked)
    for m in EMAIL_RE.finditer(masked):
        err(f"e-mail outside span {m.group(0)!r}")
    for m in NUM_SCAN.finditer(masked):
        d = re.sub(r"\D", "", m.group(0))
        if id_like_digits(d):
            err(f"valid-looking id outside span {m.group(0)!r}")
    for m in re.finditer(r"\b[A-Z]{2} ?\d{2} ?\d{2} ?\d{2} ?[A-D]\b", masked):
        if nino_valid(m.group(0)):
            err(f"valid NINO outside span {m.group(0)!r}")
    for m in IBAN_SCAN.finditer(masked):
        if iban_ok(m.group(0)):
            err(f"valid IBAN outside span {m.group(0)!r}")


def main():
    items = list(TEXTS)
    rng.shuffle(items)
    recs, errs = [], []
    seen = Counter()
    for i, (lang, genre, raw) in enumerate(items, 1):
        seen[raw] += 1
        text, spans, negs = render(raw)
        rec = {
            "id": f"pii3-sven-{i:04d}",
            "text": text,
            "lang": lang,
            "genre": genre,
            "pii": sorted(spans, key=lambda s: s["start"]),
        }
        assert lang in ("sv", "en") and genre in ("survey", "social", "interview")
        validate(rec, negs, errs)
        recs.append(rec)
    for raw, c in seen.items():
        if c > 2:
            errs.append(f"text used {c} times: {raw[:60]!r}")
    texts_seen = Counter(r["text"] for r in recs)
    if any(c > 2 for c in texts_seen.values()):
        errs.append("rendered text reused more than twice")
    if errs:
        print("\n".join(errs))
        raise SystemExit(f"{len(errs)} validation error(s); nothing written")

    write_jsonl(OUT, recs)

    # ---- report
    langs = sorted({r["lang"] for r in recs})
    by = defaultdict(Counter)
    gen = defaultdict(Counter)
    ntexts, nopii = Counter(), Counter()
    for r in recs:
        ntexts[r["lang"]] += 1
        gen[r["lang"]][r["genre"]] += 1
        if not r["pii"]:
            nopii[r["lang"]] += 1
        for s in r["pii"]:
            by[r["lang"]][s["kind"]] += 1
    hdr = f"{'lang':5}{'texts':>6}{'noPII':>7}" + "".join(f"{k:>12}" for k in KINDS) + "   genres"
    print(hdr)
    for lg in langs:
        print(
            f"{lg:5}{ntexts[lg]:>6}{nopii[lg]:>7}"
            + "".join(f"{by[lg][k]:>12}" for k in KINDS)
            + "   "
            + ", ".join(f"{g}={gen[lg][g]}" for g in ("survey", "social", "interview"))
        )
    tot = Counter()
    for lg in langs:
        tot.update(by[lg])
    print(
        f"{'all':5}{sum(ntexts.values()):>6}{sum(nopii.values()):>7}"
        + "".join(f"{tot[k]:>12}" for k in KINDS)
    )
    print(f"wrote {len(recs)} records to {OUT}")


if __name__ == "__main__":
    main()
