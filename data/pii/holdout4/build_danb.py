#!/usr/bin/env python3
"""Builder for the hand-written Danish / Norwegian Bokmaal PII hold-out set (holdout4, danb share).

Stdlib only.  Texts are written by hand in texts_danb.json with inline markup:
    [[kind:value]]   -> a labelled span (kind in person/email/phone/national_id/address/account)
    ((neg:value))    -> a hard negative (markup removed, no span)
    {PLACEHOLDER}    -> filled by the generators below (fixed seed);
                        {PLACEHOLDER:tag} reuses one value
                        for every occurrence with the same tag inside one text.
Output: pii_holdout_danb.jsonl next to this file.
"""

import os
import random
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # data/, for tools/
from tools.ids import (
    FNR_WEIGHTS_1,
    FNR_WEIGHTS_2,
    cpr_mod11_ok,
    cpr_year,
    date_ok,
    fnr_year,
    group4,
    iban,
    iban_mod97_ok,
    luhn_digit_from_left,
    mod11_control,
)
from tools.jsonl import read_texts, write_jsonl
from tools.markup import strip_markup
from tools.rng import random_digits, random_ymd_short

SEED = 20240417
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "pii_holdout_danb.jsonl")
KINDS = ("person", "email", "phone", "national_id", "address", "account")

# ---------------------------------------------------------------------------
# validators
# ---------------------------------------------------------------------------


def cpr_check(s):
    """Return (date_ok, mod11_ok) for a Danish CPR number (separators allowed)."""
    d = re.sub(r"[\s-]", "", s)
    if not re.fullmatch(r"\d{10}", d):
        return (False, False)
    dd, mm, yy, d7 = int(d[0:2]), int(d[2:4]), int(d[4:6]), int(d[6])
    return (date_ok(cpr_year(yy, d7), mm, dd), cpr_mod11_ok(d))


def cpr_looks_valid(s):
    # a date-valid CPR is "valid-looking" (mod 11 is not required since 2007)
    return cpr_check(s)[0]


def fnr_valid(s):
    """Norwegian fodselsnummer or D-nummer: date + both control digits."""
    d = re.sub(r"[\s-]", "", s)
    if not re.fullmatch(r"\d{11}", d):
        return False
    dd, mm, yy, ind = int(d[0:2]), int(d[2:4]), int(d[4:6]), int(d[6:9])
    if dd > 40:
        dd -= 40  # D-nummer
    year = fnr_year(yy, ind)
    if year is None or not date_ok(year, mm, dd):
        return False
    k1 = mod11_control(d[:9], FNR_WEIGHTS_1)
    if k1 is None or k1 != int(d[9]):
        return False
    k2 = mod11_control(d[:10], FNR_WEIGHTS_2)
    return k2 is not None and k2 == int(d[10])


def se_pnr_valid(s):
    """Swedish personnummer / samordningsnummer, 10 or 12 digits, date + Luhn."""
    d = re.sub(r"[\s+-]", "", s)
    if len(d) == 12 and d.isdigit():
        cc, d = int(d[:2]), d[2:]
        years = [cc * 100 + int(d[:2])]
    elif len(d) == 10 and d.isdigit():
        years = [1900 + int(d[:2]), 2000 + int(d[:2])]
    else:
        return False
    mm, dd = int(d[2:4]), int(d[4:6])
    if dd > 60:
        dd -= 60
    if not any(date_ok(y, mm, dd) for y in years):
        return False
    return luhn_digit_from_left(d[:9]) == int(d[9])


def no_account_valid(s):
    d = re.sub(r"[\s.]", "", s)
    if not re.fullmatch(r"\d{11}", d):
        return False
    k = mod11_control(d[:10], FNR_WEIGHTS_2)
    return k is not None and k == int(d[10])


IBAN_LEN = {"DK": 18, "NO": 15, "SE": 24, "GB": 22, "DE": 22, "FI": 18, "PL": 28}


def iban_valid(s):
    d = re.sub(r"\s", "", s).upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", d):
        return False
    if IBAN_LEN.get(d[:2]) not in (None, len(d)):
        return False
    return iban_mod97_ok(d)


UKNI_BAD_FIRST = set("DFIQUV")
UKNI_BAD_SECOND = set("DFIOQUV")
UKNI_BAD_PREFIX = {"BG", "GB", "NK", "KN", "TN", "NT", "ZZ"}


def ukni_valid(s):
    d = re.sub(r"\s", "", s).upper()
    m = re.fullmatch(r"([A-Z])([A-Z])(\d{6})([A-D])", d)
    if not m:
        return False
    a, b = m.group(1), m.group(2)
    return a not in UKNI_BAD_FIRST and b not in UKNI_BAD_SECOND and a + b not in UKNI_BAD_PREFIX


def national_id_valid(s):
    d = re.sub(r"[\s+-]", "", s)
    if re.fullmatch(r"[A-Za-z]{2}\d{6}[A-Da-d]", d):
        return ukni_valid(s)
    if len(d) == 10:
        return cpr_looks_valid(s) or se_pnr_valid(s)
    if len(d) == 11:
        return fnr_valid(s)
    if len(d) == 12:
        return se_pnr_valid(s)
    return False


def any_id_check_passes(s):
    d = re.sub(r"[\s.+-]", "", s)
    return (
        cpr_looks_valid(d)
        or fnr_valid(d)
        or se_pnr_valid(d)
        or no_account_valid(d)
        or ukni_valid(s)
        or iban_valid(s)
    )


# ---------------------------------------------------------------------------
# generators
# ---------------------------------------------------------------------------

RNG = random.Random(SEED)


def gen_cpr(sep="-", fail_mod11=False):
    while True:
        if fail_mod11:
            y, m, d = random_ymd_short(RNG, 2008, 2021)
            d7 = RNG.choice([4, 5, 6, 7, 8, 9])
        else:
            y, m, d = random_ymd_short(RNG, 1941, 2005)
            d7 = RNG.choice([0, 1, 2, 3, 4, 9]) if y < 2000 else RNG.choice([4, 5, 6, 7, 8, 9])
        if cpr_year(y % 100, d7) != y:
            continue
        ser = f"{d7:d}{RNG.randint(0, 999):03d}"
        num = f"{d:02d}{m:02d}{y % 100:02d}{ser}"
        dated, mod_ok = cpr_check(num)
        if dated and mod_ok != fail_mod11:
            return num[:6] + sep + num[6:]


def gen_fnr(sep="", dnum=False):
    while True:
        y, m, d = random_ymd_short(RNG, 1944, 2006)
        ind = RNG.randint(0, 499) if y < 2000 else RNG.randint(500, 999)
        dd = d + 40 if dnum else d
        base = f"{dd:02d}{m:02d}{y % 100:02d}{ind:03d}"
        k1 = mod11_control(base, FNR_WEIGHTS_1)
        if k1 is None:
            continue
        k2 = mod11_control(base + str(k1), FNR_WEIGHTS_2)
        if k2 is None:
            continue
        num = base + str(k1) + str(k2)
        assert fnr_valid(num)
        return num[:6] + sep + num[6:]


def gen_no_account(fmt="dot"):
    while True:
        bank = RNG.choice("1503 1506 9710 3000 1254 6345 1822 2801 9365 1644".split())
        base = bank + f"{RNG.randint(0, 999999):06d}"
        k = mod11_control(base, FNR_WEIGHTS_2)
        if k is None:
            continue
        num = base + str(k)
        if fmt == "dot":
            return f"{num[:4]}.{num[4:6]}.{num[6:]}"
        if fmt == "space":
            return f"{num[:4]} {num[4:6]} {num[6:]}"
        return num


def gen_dk_account(sep="-"):
    reg = RNG.choice(["1551", "3409", "9570", "5301", "2191", "7670", "0400", "6010", "8117"])
    acc = f"{RNG.randint(10_000_000, 9_999_999_999):010d}"
    return reg + sep + acc


def gen_iban(cc, spaced=False):
    if cc == "DK":
        bban = gen_dk_account(sep="")
    elif cc == "NO":
        bban = gen_no_account(fmt="plain")
    elif cc == "SE":
        bban = RNG.choice(["500", "800", "600", "300"]) + f"{RNG.randint(10**9, 10**12):017d}"
    elif cc == "DE":
        bban = (
            RNG.choice("10010010 50010517 37040044 20041133".split())
            + f"{RNG.randint(10**6, 10**10 - 1):010d}"
        )
    elif cc == "GB":
        bban = (
            RNG.choice("NWBK BARC MIDL LOYD".split())
            + f"{RNG.randint(100000, 999999):06d}"
            + f"{RNG.randint(10**7, 10**8 - 1):08d}"
        )
    elif cc == "PL":
        bban = f"{RNG.randint(10**22, 10**24 - 1):024d}"
    else:
        raise ValueError(cc)
    s = iban(cc, bban)
    assert iban_valid(s), s
    return group4(s) if spaced else s


def gen_ukni():
    while True:
        a = RNG.choice("ABCEGHJKLMNPRSTWXYZ")
        b = RNG.choice("ABCEGHJKLMNPRSTWXYZ")
        if a + b in UKNI_BAD_PREFIX:
            continue
        digs = f"{RNG.randint(0, 999999):06d}"
        return "{}{} {} {} {} {}".format(a, b, digs[:2], digs[2:4], digs[4:], RNG.choice("ABCD"))


def gen_digits(n, first="123456789"):
    return RNG.choice(first) + random_digits(RNG, n - 1)


def gen_bad10(sep=""):
    """10 digits shaped like CPR / personnummer but impossible as a date in every reading."""
    while True:
        s = "{:02d}{:02d}{}".format(
            RNG.randint(32, 99), RNG.randint(13, 59), gen_digits(6, "0123456789")
        )
        if not any_id_check_passes(s):
            return s[:6] + sep + s[6:]


def gen_bad11(sep=""):
    """11 digits with a real date in front but wrong control digits (not a fodselsnummer)."""
    while True:
        y, m, d = random_ymd_short(RNG, 1950, 2004)
        base = "{:02d}{:02d}{:02d}{}".format(d, m, y % 100, gen_digits(5, "0123456789"))
        if not any_id_check_passes(base):
            return base[:6] + sep + base[6:]


def gen_bad_noacc():
    while True:
        s = gen_digits(11)
        if not no_account_valid(s) and not any_id_check_passes(s):
            return f"{s[:4]}.{s[4:6]}.{s[6:]}"


GEN = {
    # personal data
    "CPR": lambda: gen_cpr("-"),
    "CPR_ND": lambda: gen_cpr(""),
    "CPR_SP": lambda: gen_cpr(" "),
    "CPR_NEW": lambda: gen_cpr("-", fail_mod11=True),
    "FNR": lambda: gen_fnr(""),
    "FNR_SP": lambda: gen_fnr(" "),
    "DNR": lambda: gen_fnr("", dnum=True),
    "UKNI": gen_ukni,
    "NOACC": lambda: gen_no_account("dot"),
    "NOACC_SP": lambda: gen_no_account("space"),
    "NOACC_PL": lambda: gen_no_account("plain"),
    "DKACC": lambda: gen_dk_account("-"),
    "DKACC_SP": lambda: gen_dk_account(" "),
    "IBAN_DK": lambda: gen_iban("DK"),
    "IBAN_DK_SP": lambda: gen_iban("DK", True),
    "IBAN_NO": lambda: gen_iban("NO"),
    "IBAN_NO_SP": lambda: gen_iban("NO", True),
    "IBAN_SE_SP": lambda: gen_iban("SE", True),
    "IBAN_DE_SP": lambda: gen_iban("DE", True),
    "IBAN_GB_SP": lambda: gen_iban("GB", True),
    "IBAN_PL": lambda: gen_iban("PL"),
    # hard negatives
    "N4": lambda: gen_digits(4),
    "N5": lambda: gen_digits(5),
    "N6": lambda: gen_digits(6),
    "N7": lambda: gen_digits(7),
    "N8": lambda: gen_digits(8),
    "N9": lambda: gen_digits(9),
    "N12": lambda: gen_digits(12),
    "KID": lambda: gen_digits(RNG.choice([13, 15, 17]), "0123456789"),
    "BAD10": lambda: gen_bad10(""),
    "BAD10D": lambda: gen_bad10("-"),
    "BAD11": lambda: gen_bad11(""),
    "BADNOACC": gen_bad_noacc,
}

# ---------------------------------------------------------------------------
# TEXTS: (genre, marked-up text) per language, written by hand in texts_danb.json
# ---------------------------------------------------------------------------
_ROWS = read_texts(Path(__file__).resolve().parent / "texts_danb.json")
DA = [(r["genre"], r["text"]) for r in _ROWS if r["lang"] == "da"]
NB = [(r["genre"], r["text"]) for r in _ROWS if r["lang"] == "nb"]

# === MAIN ===

PLACEHOLDER_RE = re.compile(r"\{([A-Z0-9_]+)(?::([a-z0-9]+))?\}")
MARKUP_RE = re.compile(
    r"\[\[(person|email|phone|national_id|address|account):(.+?)\]\]|\(\(neg:(.+?)\)\)", re.S
)
EMAIL_RE = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
PUNCT_START_OK = {"phone": "+"}


def fill_placeholders(text):
    cache = {}

    def rep(m):
        name, tag = m.group(1), m.group(2)
        if name not in GEN:
            raise KeyError(f"unknown placeholder {name}")
        if tag is None:
            return GEN[name]()
        key = (name, tag)
        if key not in cache:
            cache[key] = GEN[name]()
        return cache[key]

    return PLACEHOLDER_RE.sub(rep, text)


def parse(text):
    plain, spans, negs = strip_markup(text, MARKUP_RE)
    return plain, spans, [(n.start, n.end, n.value) for n in negs]


def _is_word(c):
    return c.isalnum() or c == "_"


def validate(rec, negs):
    t, spans = rec["text"], rec["pii"]
    rid = rec["id"]
    for bad in ("[[", "]]", "((neg", "{", "}"):
        assert bad not in t, (rid, "markup left", t)
    n_words = len(t.split())
    assert 3 <= n_words <= 125, (rid, "length", n_words)
    prev_end = -1
    for s in sorted(spans, key=lambda x: x["start"]):
        a, b, k = s["start"], s["end"], s["kind"]
        assert 0 <= a < b <= len(t), (rid, s)
        assert a >= prev_end, (rid, "overlap", s)
        prev_end = b
        v = t[a:b]
        assert v == v.strip(), (rid, "whitespace", v)
        assert _is_word(v[0]) or v[0] in PUNCT_START_OK.get(k, ""), (rid, "starts with punct", v)
        assert _is_word(v[-1]), (rid, "ends with punct", v)
        assert a == 0 or not _is_word(t[a - 1]), (rid, "cuts word (left)", v)
        assert b == len(t) or not _is_word(t[b]), (rid, "cuts word (right)", v)
        if k == "national_id":
            assert national_id_valid(v), (rid, "bad national id", v)
        if k == "email":
            assert EMAIL_RE.fullmatch(v), (rid, "bad email", v)
        if k == "phone":
            digits = re.sub(r"\D", "", v)
            assert 8 <= len(digits) <= 14 and re.fullmatch(r"\+?[\d ()./-]+", v), (
                rid,
                "bad phone",
                v,
            )
        if k == "account":
            compact = re.sub(r"\s", "", v)
            if re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", compact):
                assert iban_valid(v), (rid, "bad iban", v)
            elif re.fullmatch(r"\d{4}[. ]?\d{2}[. ]?\d{5}", v):
                assert no_account_valid(v), (rid, "bad NO account", v)
        if k == "address":
            assert re.search(r"\d", v), (rid, "address without number", v)
    # mask spans, then look for personal data left outside them
    masked = list(t)
    for s in spans:
        for i in range(s["start"], s["end"]):
            masked[i] = "#"
    masked = "".join(masked)
    for m in EMAIL_RE.finditer(masked):
        raise AssertionError((rid, "e-mail outside span", m.group(0)))
    for m in re.finditer(r"(?<![\d.])(\d{6})([ +-]?)(\d{4,5})(?![\d])", masked):
        cand = m.group(0)
        assert not national_id_valid(cand), (rid, "valid-looking id outside span", cand)
    for m in re.finditer(r"(?<!\d)(\d{8})-?(\d{4})(?!\d)", masked):
        assert not se_pnr_valid(m.group(0)), (rid, "SE id outside span", m.group(0))
    for m in re.finditer(r"(?<![\d.])\d{4}[. ]\d{2}[. ]\d{5}(?![\d])", masked):
        assert not no_account_valid(m.group(0)), (rid, "NO account outside span", m.group(0))
    for m in re.finditer(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{2,4}){3,8}\b", masked):
        c = re.sub(r"\s", "", m.group(0))
        L = IBAN_LEN.get(c[:2])
        assert not iban_valid(c) and not (L and iban_valid(c[:L])), (rid, "IBAN outside span", c)
    for m in re.finditer(r"\b[A-Z]{2} ?\d{2} ?\d{2} ?\d{2} ?[A-D]\b", masked):
        assert not ukni_valid(m.group(0)), (rid, "NI number outside span", m.group(0))
    # hard negatives that are ID-shaped must fail every check
    for _start, _end, v in negs:
        d = re.sub(r"[\s.+-]", "", v)
        if d.isdigit() and len(d) in (10, 11, 12):
            assert not any_id_check_passes(v), (rid, "ID-shaped negative passes a check", v)
        if re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9 ]+", v):
            assert not iban_valid(v), (rid, "IBAN-shaped negative valid", v)


def main():
    groups = [
        ("da", DA),
        ("nb", NB),
    ]
    items = []
    for lang, lst in groups:
        for genre, raw in lst:
            assert genre in ("survey", "social", "interview"), genre
            items.append((lang, genre, raw))
    # reuse check on the hand-written source: no text more than twice
    c = Counter(raw for _, _, raw in items)
    dup = [r for r, n in c.items() if n > 2]
    assert not dup, dup
    RNG.shuffle(items)
    records = []
    for i, (lang, genre, raw) in enumerate(items, 1):
        text, spans, negs = parse(fill_placeholders(raw))
        rec = {"id": f"pii4-danb-{i:04d}", "text": text, "lang": lang, "genre": genre, "pii": spans}
        validate(rec, negs)
        records.append(rec)
    write_jsonl(OUT, records)
    # report
    kind_counts = defaultdict(Counter)
    genre_counts = defaultdict(Counter)
    n_texts, n_empty = Counter(), Counter()
    for r in records:
        n_texts[r["lang"]] += 1
        genre_counts[r["lang"]][r["genre"]] += 1
        if not r["pii"]:
            n_empty[r["lang"]] += 1
        for s in r["pii"]:
            kind_counts[r["lang"]][s["kind"]] += 1
    print("lang  texts  noPII  " + "  ".join(f"{k}" for k in KINDS) + "  | survey social interview")
    for lang in ("da", "nb"):
        print(
            f"{lang:<4}  {n_texts[lang]:5d}  {n_empty[lang]:5d}  "
            + "  ".join(f"{kind_counts[lang][k]:{len(k)}d}" for k in KINDS)
            + "  | {:6d} {:6d} {:9d}".format(
                *(genre_counts[lang][g] for g in ("survey", "social", "interview"))
            )
        )
    print(f"wrote {len(records):d} records to {OUT}")


if __name__ == "__main__":
    main()
