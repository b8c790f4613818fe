#!/usr/bin/env python3
"""Builder for the hand-written Danish / Norwegian Bokmål PII holdout (holdout5, da+nb share).

Texts are written by hand in texts_danb.json with inline markup:
    [[kind:value]]   -> value becomes a labelled span of that kind
    ((neg:value))    -> hard negative, markup removed, no span
    {GEN}            -> filled by one of the generators below (fresh value per occurrence)
    {GEN#tag}        -> same generated value for every occurrence of that tag within one text
The builder fills placeholders, strips markup, computes offsets, validates and writes
pii_holdout_danb.jsonl next to itself.  Standard library only, fixed seed.
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
    cpr_date_ok,
    cpr_mod11_ok,
    cpr_year,
    date_ok,
    fnr_controls,
    fnr_year,
    group4,
    groups_3_2_3,
    iban,
    iban_mod97_ok,
    luhn_digit,
    luhn_ok,
    mod11_control,
    pairs,
)
from tools.jsonl import read_texts, write_jsonl
from tools.markup import strip_markup
from tools.rng import random_digits, random_no_mobile, random_ymd_short

SEED = 55052
rng = random.Random(SEED)
_d = partial(random_digits, rng)
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "pii_holdout_danb.jsonl")

KINDS = ("person", "email", "phone", "national_id", "address", "account")

# ---------------------------------------------------------------------------
# check-digit helpers / validators (written from the public rules)
# ---------------------------------------------------------------------------


def cpr_valid(digits):
    """Valid date; modulus 11 is optional (not required for numbers issued since 2007)."""
    return cpr_date_ok(digits)


def fnr_valid(digits):
    """Norwegian fødselsnummer or D-nummer (day + 40)."""
    if len(digits) != 11 or not digits.isdigit():
        return False
    if fnr_controls(digits[:9]) != digits[9:]:
        return False
    d, m, yy, ind = int(digits[0:2]), int(digits[2:4]), int(digits[4:6]), int(digits[6:9])
    if d > 40:
        d -= 40
    y = fnr_year(yy, ind)
    return y is not None and date_ok(y, m, d)


def se_pnr_valid(digits):
    """Swedish personnummer / samordningsnummer, 10 or 12 digits."""
    if not digits.isdigit() or len(digits) not in (10, 12):
        return False
    core = digits[-10:]
    if not luhn_ok(core):
        return False
    m, d = int(core[2:4]), int(core[4:6])
    if d > 60:
        d -= 60
    if len(digits) == 12:
        years = [int(digits[0:4])]
    else:
        years = [1900 + int(core[0:2]), 2000 + int(core[0:2])]
    return any(date_ok(y, m, d) for y in years)


NINO_BAD_FIRST = set("DFIQUV")
NINO_BAD_SECOND = set("DFIQUVO")
NINO_BAD_PAIRS = {"BG", "GB", "NK", "KN", "TN", "NT", "ZZ"}


def nino_valid(s):
    s = s.replace(" ", "").upper()
    m = re.fullmatch(r"([A-Z])([A-Z])(\d{6})([A-D])", s)
    if not m:
        return False
    a, b = m.group(1), m.group(2)
    return a not in NINO_BAD_FIRST and b not in NINO_BAD_SECOND and a + b not in NINO_BAD_PAIRS


def national_id_valid(value):
    if re.search(r"[A-Za-z]", value):
        return nino_valid(value)
    digits = re.sub(r"[\s\-+]", "", value)
    if len(digits) == 10:
        return cpr_valid(digits) or se_pnr_valid(digits)
    if len(digits) == 11:
        return fnr_valid(digits)
    if len(digits) == 12:
        return se_pnr_valid(digits)
    return False


def any_id_check_passes(digits):
    """Used for hard negatives: must fail every ID / account check."""
    checks = []
    if len(digits) == 10:
        checks += [cpr_valid(digits), se_pnr_valid(digits)]
    if len(digits) == 11:
        checks += [fnr_valid(digits), no_account_valid(digits)]
    if len(digits) == 12:
        checks += [se_pnr_valid(digits)]
    return any(checks)


def no_account_valid(value):
    digits = re.sub(r"[\s.]", "", value)
    if len(digits) != 11 or not digits.isdigit():
        return False
    return mod11_control(digits[:10], NO_ACCOUNT_WEIGHTS) == int(digits[10])


def iban_valid(value):
    s = value.replace(" ", "").upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", s):
        return False
    lengths = {"DK": 18, "NO": 15, "SE": 24, "GB": 22, "DE": 22, "FI": 18, "PL": 28}
    if s[:2] in lengths and len(s) != lengths[s[:2]]:
        return False
    return iban_mod97_ok(s)


# ---------------------------------------------------------------------------
# generators
# ---------------------------------------------------------------------------


DK_FIRST2 = [
    "20",
    "21",
    "22",
    "23",
    "24",
    "25",
    "26",
    "27",
    "28",
    "29",
    "30",
    "31",
    "40",
    "41",
    "42",
    "50",
    "51",
    "52",
    "53",
    "60",
    "61",
    "71",
    "81",
    "91",
    "93",
]
DK_LAND2 = [
    "33",
    "35",
    "36",
    "38",
    "43",
    "44",
    "45",
    "46",
    "48",
    "56",
    "62",
    "66",
    "70",
    "74",
    "75",
    "86",
    "87",
    "89",
    "96",
    "98",
]


def dk8(land=False):
    return rng.choice(DK_LAND2 if land else DK_FIRST2) + _d(6)


def no8_land():
    return rng.choice(
        ["22", "23", "32", "33", "35", "51", "55", "56", "61", "62", "69", "71", "73", "75", "77"]
    ) + _d(6)


def gen_cpr(mod11=True, y0=None, y1=None):
    while True:
        if y0:
            y, m, d = random_ymd_short(rng, y0, y1)
        else:
            y, m, d = random_ymd_short(rng, 1938 if mod11 else 1966, 2004)
        yy = y % 100
        if y < 2000:
            d7 = rng.choice([0, 1, 2, 3]) if mod11 or y < 1937 else rng.choice([0, 1, 2, 3, 4, 9])
        else:
            d7 = rng.choice([4, 9, 5, 6, 7, 8])
        digits = f"{d:02d}{m:02d}{yy:02d}{d7:d}{_d(3)}"
        if cpr_year(yy, d7) != y:
            continue
        if cpr_mod11_ok(digits) == mod11:
            return digits


def gen_fnr(dnr=False, y0=1940, y1=2004):
    while True:
        y, m, d = random_ymd_short(rng, y0, y1)
        yy = y % 100
        ind = rng.randint(500, 999) if y >= 2000 else rng.randint(0, 499)
        dd = d + 40 if dnr else d
        first9 = f"{dd:02d}{m:02d}{yy:02d}{ind:03d}"
        k = fnr_controls(first9)
        if k:
            return first9 + k


def gen_pnr():
    while True:
        y, m, d = random_ymd_short(rng, 1945, 2003)
        first9 = f"{y % 100:02d}{m:02d}{d:02d}{_d(3)}"
        return y, first9 + str(luhn_digit(first9))


def gen_no_account():
    while True:
        bank = rng.choice("1503 1594 1254 3000 6011 9710 1822 4201 2801 3207".split())
        first10 = bank + _d(6)
        k = mod11_control(first10, NO_ACCOUNT_WEIGHTS)
        if k is None:
            continue
        return first10 + str(k)


def gen_dk_account():
    reg = rng.choice("1551 3001 5470 7681 9570 0400 6695 2256 8117 9280".split())
    return reg, _d(10)


def gen_neg_digits(n):
    """ID-shaped number that fails every check: positions 2-3 (month in every scheme) are 60-99."""
    while True:
        s = str(rng.randint(1, 9)) + _d(1) + str(rng.randint(60, 99)) + _d(n - 4)
        if not any_id_check_passes(s):
            return s


def _g(fn):
    return fn


GENERATORS = {
    # Danish phones
    "DK_SP": lambda: pairs(dk8()),
    "DK_PL": lambda: dk8(),
    "DK_P45": lambda: "+45 " + pairs(dk8()),
    "DK_P45N": lambda: "+45" + dk8(),
    "DK_0045": lambda: "0045 " + pairs(dk8()),
    "DK_44": lambda: (lambda s: s[:4] + " " + s[4:])(dk8()),
    "DK_LAND": lambda: pairs(dk8(True)),
    # Norwegian phones
    "NO_3": lambda: groups_3_2_3(random_no_mobile(rng)),
    "NO_2": lambda: pairs(no8_land()),
    "NO_PL": lambda: random_no_mobile(rng),
    "NO_P47": lambda: "+47 " + groups_3_2_3(random_no_mobile(rng)),
    "NO_P47N": lambda: "+47" + random_no_mobile(rng),
    "NO_0047": lambda: "0047 " + pairs(random_no_mobile(rng)),
    "NO_LAND": lambda: pairs(no8_land()),
    # other phones
    "SE_MOB": lambda: (lambda s: f"07{s[0]}-{s[1:4]} {s[4:6]} {s[6:]}")(rng.choice("0236") + _d(7)),
    "SE_P46": lambda: (lambda s: f"+46 7{s[0]} {s[1:4]} {s[4:6]} {s[6:]}")(
        rng.choice("0236") + _d(7)
    ),
    "UK_MOB": lambda: f"07700 900{rng.randint(0, 999):03d}",
    "UK_P44": lambda: f"+44 7700 900{rng.randint(0, 999):03d}",
    "UK_LON": lambda: f"020 7946 0{rng.randint(0, 999):03d}",
    "DE_MOB": lambda: f"+49 15{rng.choice([1, 2, 7]):d} {_d(4)} {_d(4)}",
    "PL_MOB": lambda: f"+48 5{_d(2)} {_d(3)} {_d(3)}",
    "TR_MOB": lambda: f"+90 53{rng.randint(0, 9):d} {_d(3)} {_d(2)} {_d(2)}",
    # national ids
    "CPR": lambda: (lambda s: s[:6] + "-" + s[6:])(gen_cpr()),
    "CPR_ND": lambda: gen_cpr(),
    "CPR_SP": lambda: (lambda s: s[:6] + " " + s[6:])(gen_cpr()),
    "CPR_OLD": lambda: gen_cpr(y0=1932, y1=1950),
    "CPR_X": lambda: (lambda s: s[:6] + "-" + s[6:])(gen_cpr(mod11=False)),
    "FNR": lambda: gen_fnr(),
    "FNR_OLD": lambda: gen_fnr(y0=1945, y1=1953),
    "FNR_SP": lambda: (lambda s: s[:6] + " " + s[6:])(gen_fnr()),
    "DNR": lambda: gen_fnr(dnr=True),
    "PNR": lambda: (lambda t: t[1][:6] + "-" + t[1][6:])(gen_pnr()),
    "PNR12": lambda: (lambda t: f"{t[0] // 100:d}{t[1][:6]}-{t[1][6:]}")(gen_pnr()),
    # accounts
    "NOACC": lambda: (lambda s: f"{s[:4]}.{s[4:6]}.{s[6:]}")(gen_no_account()),
    "NOACC_N": lambda: gen_no_account(),
    "NOACC_SP": lambda: (lambda s: f"{s[:4]} {s[4:6]} {s[6:]}")(gen_no_account()),
    "DKACC": lambda: "{}-{}".format(*gen_dk_account()),
    "DKACC_SP": lambda: "{} {}".format(*gen_dk_account()),
    "IBAN_DK": lambda: group4(iban("DK", "".join(gen_dk_account()))),
    "IBAN_DK_N": lambda: iban("DK", "".join(gen_dk_account())),
    "IBAN_NO": lambda: group4(iban("NO", gen_no_account())),
    "IBAN_NO_N": lambda: iban("NO", gen_no_account()),
    "IBAN_SE": lambda: group4(iban("SE", rng.choice(["500", "800", "600", "300"]) + _d(17))),
    "IBAN_DE": lambda: group4(iban("DE", _d(18))),
    "IBAN_GB": lambda: group4(iban("GB", rng.choice(["NWBK", "BARC", "LOYD", "MIDL"]) + _d(14))),
    # hard negatives
    "NEG8": lambda: dk8(),
    "NEG8SP": lambda: pairs(dk8()),
    "NEG10": lambda: gen_neg_digits(10),
    "NEG10D": lambda: (lambda s: s[:6] + "-" + s[6:])(gen_neg_digits(10)),
    "NEG11": lambda: gen_neg_digits(11),
    "NEG11SP": lambda: (lambda s: s[:6] + " " + s[6:])(gen_neg_digits(11)),
    "NEG12": lambda: gen_neg_digits(12),
}

# ---------------------------------------------------------------------------
# texts: (lang, genre, marked-up text), from texts_danb.json
# ---------------------------------------------------------------------------
TEXTS = [
    (r["lang"], r["genre"], r["text"])
    for r in read_texts(Path(__file__).resolve().parent / "texts_danb.json")
]


# ---------------------------------------------------------------------------
# build + validate
# ---------------------------------------------------------------------------

PH_RE = re.compile(r"\{([A-Z0-9_]+)(?:#(\w+))?\}")
MARK_RE = re.compile(r"\[\[(\w+):(.*?)\]\]|\(\(neg:(.*?)\)\)", re.S)
EMAIL_RE = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
IBAN_RE = re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?\b")
ID_RES = [
    re.compile(r"(?<![\d])(\d{6})[-+ ]?(\d{4})(?![\d])"),
    re.compile(r"(?<![\d])(\d{6}) ?(\d{5})(?![\d])"),
    re.compile(r"(?<![\d])(\d{8})-?(\d{4})(?![\d])"),
    re.compile(r"(?<![\d])(\d{4})\.?(\d{2})\.?(\d{5})(?![\d])"),
]
NINO_RE = re.compile(r"\b[A-Z]{2} ?\d{2} ?\d{2} ?\d{2} ?[A-D]\b")
EDGE_BAD = set(" \t\n.,;:!?()[]{}\"'«»-–—/")


def fill(text):
    memo = {}

    def rep(m):
        name, tag = m.group(1), m.group(2)
        if name not in GENERATORS:
            raise KeyError(f"unknown generator {name}")
        if tag:
            key = (name, tag)
            if key not in memo:
                memo[key] = GENERATORS[name]()
            return memo[key]
        return GENERATORS[name]()

    return PH_RE.sub(rep, text)


def parse(marked):
    text, spans, negs = strip_markup(marked, MARK_RE)
    for s in spans:
        assert s["kind"] in KINDS, s["kind"]
    return text, spans, [n.value for n in negs]


def validate(rec, negs):
    t = rec["text"]
    rid = rec["id"]
    for bad in ("[[", "]]", "((neg", "{", "}"):
        assert bad not in t, (rid, "markup left", bad)
    prev_end = -1
    for s in sorted(rec["pii"], key=lambda x: x["start"]):
        a, b = s["start"], s["end"]
        assert 0 <= a < b <= len(t), (rid, s)
        assert a >= prev_end, (rid, "overlap", s)
        prev_end = b
        v = t[a:b]
        assert v[0] not in EDGE_BAD and v[-1] not in EDGE_BAD, (rid, "edge", v)
        if a > 0:
            assert not (t[a - 1].isalnum() and v[0].isalnum()), (rid, "cuts word", v)
        if b < len(t):
            assert not (t[b].isalnum() and v[-1].isalnum()), (rid, "cuts word", v)
        k = s["kind"]
        if k == "national_id":
            assert national_id_valid(v), (rid, "bad id", v)
        elif k == "email":
            assert EMAIL_RE.fullmatch(v), (rid, "bad email", v)
        elif k == "phone":
            assert re.fullmatch(r"[+(]?[\d() \-]+", v) and len(re.sub(r"\D", "", v)) >= 8, (
                rid,
                "bad phone",
                v,
            )
        elif k == "account":
            if re.match(r"[A-Z]{2}\d\d", v):
                assert iban_valid(v), (rid, "bad iban", v)
            elif re.fullmatch(r"\d{4}\.\d{2}\.\d{5}", v) or (
                rec["lang"] == "nb" and len(re.sub(r"[\s.]", "", v)) == 11
            ):
                assert no_account_valid(v), (rid, "bad no account", v)
        elif k == "address":
            assert re.search(r"\d", v), (rid, "address without number", v)
    # mask spans and look for unlabelled data
    masked = list(t)
    for s in rec["pii"]:
        for i in range(s["start"], s["end"]):
            masked[i] = "#"
    masked = "".join(masked)
    assert not EMAIL_RE.search(masked), (rid, "unlabelled email", EMAIL_RE.search(masked).group(0))
    for m in IBAN_RE.finditer(masked):
        assert not iban_valid(m.group(0)), (rid, "unlabelled iban", m.group(0))
    for rx in ID_RES:
        for m in rx.finditer(masked):
            digits = re.sub(r"\D", "", m.group(0))
            assert not any_id_check_passes(digits), (rid, "unlabelled id-like", m.group(0))
    for m in NINO_RE.finditer(masked):
        assert not nino_valid(m.group(0)), (rid, "unlabelled nino", m.group(0))
    for n in negs:
        digits = re.sub(r"[\s\-.+]", "", n)
        if digits.isdigit() and 10 <= len(digits) <= 12:
            assert not any_id_check_passes(digits), (rid, "neg passes id check", n)
        assert not iban_valid(n), (rid, "neg is iban", n)
        assert not EMAIL_RE.search(n), (rid, "neg is email", n)


def main():
    records = []
    seen = Counter()
    lang_seq = Counter()
    for i, (lang, genre, marked) in enumerate(TEXTS, 1):
        assert lang in ("da", "nb"), (i, lang)
        assert genre in ("survey", "social", "interview"), (i, genre)
        seen[marked] += 1
        assert seen[marked] <= 2, ("text reused", marked[:60])
        filled = fill(marked)
        text, spans, negs = parse(filled)
        rec = {"id": f"pii5-danb-{i:04d}", "text": text, "lang": lang, "genre": genre, "pii": spans}
        validate(rec, negs)
        nw = len(text.split())
        assert 3 <= nw <= 130, (rec["id"], "length", nw)
        records.append(rec)
        lang_seq[lang] += 1

    write_jsonl(OUT, records)

    # report
    kinds = defaultdict(Counter)
    genres = defaultdict(Counter)
    empty = Counter()
    texts = Counter()
    for r in records:
        texts[r["lang"]] += 1
        genres[r["lang"]][r["genre"]] += 1
        if not r["pii"]:
            empty[r["lang"]] += 1
        for s in r["pii"]:
            kinds[r["lang"]][s["kind"]] += 1
    print(f"wrote {len(records):d} records to {OUT}")
    hdr = (
        "lang  texts  " + "  ".join(f"{k:<11}" for k in KINDS) + "  survey social interview  no_pii"
    )
    print(hdr)
    for lang in sorted(texts):
        print(
            f"{lang:<4}  {texts[lang]:5d}  "
            + "  ".join(f"{kinds[lang][k]:<11d}" for k in KINDS)
            + "  {:6d} {:6d} {:9d}  {:3d} ({:.0f}%)".format(
                genres[lang]["survey"],
                genres[lang]["social"],
                genres[lang]["interview"],
                empty[lang],
                100.0 * empty[lang] / texts[lang],
            )
        )


if __name__ == "__main__":
    main()
