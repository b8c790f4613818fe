#!/usr/bin/env python3
"""Builder for pii_holdout_danb.jsonl -- hand-written Danish (da) and Norwegian Bokmaal (nb)
customer-feedback texts with labelled personal data. Standard library only, fixed seed.

Markup in the hand-written texts:
  [[kind:value]]   -> labelled span (kind in person/email/phone/national_id/address/account)
  ((neg:value))    -> hard negative, markup removed, no span
  {PLACEHOLDER}    -> filled by a generator below; {PLACEHOLDER:tag} reuses the same value in a text
"""

import collections
import datetime
import os
import random
import re
import sys
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # data/, for tools/
from tools.ids import (
    NO_ACCOUNT_WEIGHTS,
    cpr_mod11_ok,
    cpr_year,
    date_ok,
    fnr_controls,
    fnr_year,
    group4,
    groups_3_2_3,
    iban,
    iban_ok,
    luhn_sum_ok_from_left,
    mod11_control,
    pairs,
)
from tools.jsonl import read_texts, write_jsonl
from tools.markup import strip_markup
from tools.rng import random_digits, random_no_mobile, random_ymd

SEED = 31337
rng = random.Random(SEED)
rdigits = partial(random_digits, rng)
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "pii_holdout_danb.jsonl")
KINDS = ("person", "email", "phone", "national_id", "address", "account")


# ----------------------------------------------------------------------------- checks


def cpr_birth(d):
    """Birth date of a 10-digit CPR string, or None if the date is impossible."""
    if len(d) != 10 or not d.isdigit():
        return None
    dd, mm, yy = int(d[0:2]), int(d[2:4]), int(d[4:6])
    y = cpr_year(yy, int(d[6]))
    return datetime.date(y, mm, dd) if date_ok(y, mm, dd) else None


def cpr_strict(d):
    """Valid date and (mod 11 or born 2007 or later: those numbers need not pass mod 11)."""
    b = cpr_birth(d)
    return b is not None and (cpr_mod11_ok(d) or b.year >= 2007)


def cpr_lenient(d):
    return cpr_birth(d) is not None


def fnr_valid(d):
    """Norwegian fodselsnummer / D-nummer (day+40) / H-nummer (month+40)."""
    if len(d) != 11 or not d.isdigit():
        return False
    if fnr_controls(d[:9]) != d[9:]:
        return False
    dd, mm, yy, ind = int(d[0:2]), int(d[2:4]), int(d[4:6]), int(d[6:9])
    if dd > 40:
        dd -= 40
    if mm > 40:
        mm -= 40
    year = fnr_year(yy, ind)
    return year is not None and date_ok(year, mm, dd)


def se_valid(d):
    """Swedish personnummer / samordningsnummer (day+60), 10 or 12 digits, Luhn."""
    if not d.isdigit() or len(d) not in (10, 12):
        return False
    core = d[-10:]
    mm, dd = int(core[2:4]), int(core[4:6])
    if dd > 60:
        dd -= 60
    years = [int(d[:4])] if len(d) == 12 else [1900 + int(core[:2]), 2000 + int(core[:2])]
    if not any(date_ok(y, mm, dd) for y in years):
        return False
    return luhn_sum_ok_from_left(core)


def looks_like_id(d):
    """Any national ID check (lenient for CPR: any valid date)."""
    if len(d) == 10:
        return cpr_lenient(d) or se_valid(d)
    if len(d) == 11:
        return fnr_valid(d)
    if len(d) == 12:
        return se_valid(d)
    return False


def national_id_ok(v):
    d = re.sub(r"\D", "", v)
    if len(d) == 10:
        return cpr_strict(d) or se_valid(d)
    if len(d) == 11:
        return fnr_valid(d)
    if len(d) == 12:
        return se_valid(d)
    return False


def no_acc_valid(v):
    d = re.sub(r"\D", "", v)
    return len(d) == 11 and mod11_control(d[:10], NO_ACCOUNT_WEIGHTS) == int(d[10])


# ----------------------------------------------------------------------------- generators


def gen_cpr(fmt="dash", mod=True):
    while True:
        if mod:
            y, m, d = random_ymd(rng, 1932, 2006)
        else:
            y, m, d = random_ymd(rng, 2007, 2013)
        yy = y % 100
        if y < 1937:
            d7 = rng.randint(0, 3)
        elif y < 2000:
            d7 = rng.choice([0, 1, 2, 3, 4, 9])
        else:
            d7 = rng.randint(4, 9)
        s = f"{d:02d}{m:02d}{yy:02d}{d7:d}{rdigits(3)}"
        b = cpr_birth(s)
        if b is None or b.year != y:
            continue
        if mod != cpr_mod11_ok(s):
            continue
        if not cpr_strict(s):
            continue
        break
    if fmt == "dash":
        return s[:6] + "-" + s[6:]
    if fmt == "space":
        return s[:6] + " " + s[6:]
    return s


def gen_fnr(fmt="plain", dnr=False):
    while True:
        y, m, d = random_ymd(rng, 1940, 2016)
        yy = y % 100
        ind = rng.randint(500, 999) if y >= 2000 else rng.randint(0, 499)
        dd = d + 40 if dnr else d
        first9 = f"{dd:02d}{m:02d}{yy:02d}{ind:03d}"
        k = fnr_controls(first9)
        if k is None:
            continue
        s = first9 + k
        if not fnr_valid(s):
            continue
        break
    return s[:6] + " " + s[6:] if fmt == "space" else s


def gen_se(fmt="short", samordning=False, old=False):
    while True:
        y, m, d = random_ymd(rng, 1916, 1923) if old else random_ymd(rng, 1945, 2004)
        dd = d + 60 if samordning else d
        core9 = f"{y % 100:02d}{m:02d}{dd:02d}{rdigits(3)}"
        for c in "0123456789":
            if luhn_sum_ok_from_left(core9 + c):
                s = core9 + c
                break
        if se_valid(s):
            break
    if fmt == "long":
        return f"{y // 100:d}{s[:6]}-{s[6:]}"
    if fmt == "plus":
        return s[:6] + "+" + s[6:]
    if fmt == "plain":
        return s
    return s[:6] + "-" + s[6:]


def gen_bad(n, sep=None):
    """ID-shaped hard negative: n digits that fail every national ID check."""
    while True:
        s = rdigits(n)
        if s[0] == "0":
            continue
        if looks_like_id(s):
            continue
        if n == 10 and sep:
            return s[:6] + sep + s[6:]
        if n == 11 and sep:
            return s[:6] + sep + s[6:]
        return s


def dk_mobile_digits():
    pre = rng.choice(
        "20 21 22 23 24 25 26 27 28 29 30 31 40 41 42 50 51 52 53 60 61 71 81 91 93".split()
    )
    return pre + rdigits(6)


def dk_land_digits():
    return rng.choice(
        "33 35 36 38 39 43 44 45 46 48 56 62 64 66 74 75 76 86 87 89 96 97 98".split()
    ) + rdigits(6)


def no_land_digits():
    return rng.choice(["22", "23", "55", "73", "51", "38", "61", "69", "77"]) + rdigits(6)


def se_mobile():
    return "07" + rng.choice("0236") + rdigits(7)


def iban_make(cc, bban, spaced):
    s = iban(cc, bban)
    assert iban_ok(s)
    return group4(s) if spaced else s


def no_account_digits():
    while True:
        first10 = rng.choice(
            "1503 1206 9710 3000 1822 2801 6011 1254 9365 1594 3208 4202".split()
        ) + rdigits(6)
        k = mod11_control(first10, NO_ACCOUNT_WEIGHTS)
        if k is None:
            continue
        s = first10 + str(k)
        if looks_like_id(s):
            continue
        return s


def dk_reg():
    return rng.choice("3409 3001 2211 7910 9570 6695 5301 1551 0400 9217".split())


def dk_konto():
    return "00" + rdigits(8) if rng.random() < 0.5 else rng.choice("123456789") + rdigits(9)


def gen(name):
    if name == "DKM_SP":
        return pairs(dk_mobile_digits())
    if name == "DKM":
        return dk_mobile_digits()
    if name == "DKM_P45":
        return "+45 " + pairs(dk_mobile_digits())
    if name == "DKM_P45C":
        return "+45" + dk_mobile_digits()
    if name == "DKM_0045":
        return "0045 " + dk_mobile_digits()
    if name == "DKM_44":
        s = dk_mobile_digits()
        return s[:4] + " " + s[4:]
    if name == "DKM_P45_44":
        s = dk_mobile_digits()
        return "+45 " + s[:4] + " " + s[4:]
    if name == "DKM_P45D":
        return "+45-" + dk_mobile_digits()
    if name == "DKL_SP":
        return pairs(dk_land_digits())
    if name == "NOM_323":
        return groups_3_2_3(random_no_mobile(rng))
    if name == "NOM":
        return random_no_mobile(rng)
    if name == "NOM_P47":
        return "+47 " + groups_3_2_3(random_no_mobile(rng))
    if name == "NOM_P47C":
        return "+47" + random_no_mobile(rng)
    if name == "NOM_0047":
        return "0047 " + random_no_mobile(rng)
    if name == "NOM_2222":
        return pairs(random_no_mobile(rng))
    if name == "NOM_P47_2222":
        return "+47 " + pairs(random_no_mobile(rng))
    if name == "NOL":
        return pairs(no_land_digits())
    if name == "SEM":
        s = se_mobile()
        return f"{s[:3]}-{s[3:6]} {s[6:8]} {s[8:]}"
    if name == "SEM_P46":
        s = se_mobile()[1:]
        return f"+46 {s[:2]} {s[2:5]} {s[5:7]} {s[7:]}"
    if name == "SEM_PLAIN":
        return se_mobile()
    if name == "UKM":
        return f"07700 900{rng.randint(0, 999):03d}"
    if name == "UKM_P44":
        return f"+44 7700 900{rng.randint(0, 999):03d}"
    if name == "UKL":
        return f"020 7946 0{rng.randint(0, 999):03d}"
    if name == "CPR":
        return gen_cpr("dash")
    if name == "CPR_ND":
        return gen_cpr("plain")
    if name == "CPR_SP":
        return gen_cpr("space")
    if name == "CPR_X":
        return gen_cpr("dash", mod=False)
    if name == "FNR":
        return gen_fnr("plain")
    if name == "FNR_SP":
        return gen_fnr("space")
    if name == "DNR":
        return gen_fnr("plain", dnr=True)
    if name == "DNR_SP":
        return gen_fnr("space", dnr=True)
    if name == "SPNR":
        return gen_se("short")
    if name == "SPNR12":
        return gen_se("long")
    if name == "SPNR_PLUS":
        return gen_se("plus", old=True)
    if name == "SAMNR":
        return gen_se("short", samordning=True)
    if name == "BAD10":
        return gen_bad(10, "-")
    if name == "BAD10ND":
        return gen_bad(10)
    if name == "BAD11":
        return gen_bad(11)
    if name == "BAD11SP":
        return gen_bad(11, " ")
    if name == "DK_ACC":
        return dk_reg() + "-" + dk_konto()
    if name == "DK_ACC_SP":
        return dk_reg() + " " + dk_konto()
    if name == "DK_IBAN":
        return iban_make("DK", dk_reg() + dk_konto(), True)
    if name == "DK_IBAN_C":
        return iban_make("DK", dk_reg() + dk_konto(), False)
    if name == "NO_ACC":
        s = no_account_digits()
        return f"{s[:4]}.{s[4:6]}.{s[6:]}"
    if name == "NO_ACC_SP":
        s = no_account_digits()
        return f"{s[:4]} {s[4:6]} {s[6:]}"
    if name == "NO_ACC_PLAIN":
        return no_account_digits()
    if name == "NO_IBAN":
        return iban_make("NO", no_account_digits(), True)
    if name == "SE_IBAN":
        return iban_make("SE", rng.choice(["500", "800", "300", "600", "120"]) + rdigits(17), True)
    if name == "GB_IBAN":
        return iban_make("GB", rng.choice(["NWBK", "BARC", "LOYD", "MIDL"]) + rdigits(14), True)
    if name == "DE_IBAN":
        return iban_make(
            "DE",
            rng.choice("10070000 20041111 50010517 37040044".split()) + rdigits(10),
            rng.random() < 0.5,
        )
    if name == "UK_SORT":
        return f"{rng.randint(10, 99):02d}-{rng.randint(0, 99):02d}-{rng.randint(0, 99):02d}"
    if name == "UK_ACC":
        return rng.choice("1234567") + rdigits(7)
    raise KeyError(name)


# ----------------------------------------------------------------------------- texts
# (genre, marked-up text) per language, from texts_danb.json
_ROWS = read_texts(Path(__file__).resolve().parent / "texts_danb.json")
DA = [(r["genre"], r["text"]) for r in _ROWS if r["lang"] == "da"]
NB = [(r["genre"], r["text"]) for r in _ROWS if r["lang"] == "nb"]

# ----------------------------------------------------------------------------- build + validate
PH_RE = re.compile(r"\{([A-Z0-9_]+)(?::([a-z0-9]+))?\}")
MARK_RE = re.compile(r"\[\[([a-z_]+):(.+?)\]\]|\(\(neg:(.+?)\)\)", re.S)
EMAIL_RE = re.compile(r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,}")
ID_SCAN = [
    re.compile(r"(?<!\d)\d{6}[-+ ]?\d{4}(?!\d)"),
    re.compile(r"(?<!\d)\d{8}[-+ ]?\d{4}(?!\d)"),
    re.compile(r"(?<!\d)\d{6} ?\d{5}(?!\d)"),
]


def fill(text):
    cache = {}

    def rep(m):
        name, tag = m.group(1), m.group(2)
        if tag:
            if (name, tag) not in cache:
                cache[(name, tag)] = gen(name)
            return cache[(name, tag)]
        return gen(name)

    return PH_RE.sub(rep, text)


def parse(marked):
    text, spans, negs = strip_markup(marked, MARK_RE)
    for s in spans:
        assert s["kind"] in KINDS, s["kind"]
    return text, spans, [(n.start, n.end, n.value) for n in negs]


def word_char(c):
    return c.isalnum() or c == "_"


def validate(rec, negs):
    t, spans = rec["text"], rec["pii"]
    where = rec["id"] + ": " + t[:60].replace("\n", " ")
    for bad in ("[[", "]]", "((", "))", "{", "}"):
        assert bad not in t, (where, bad)
    n_words = len(t.split())
    assert 5 <= n_words <= 120, (where, n_words)
    prev_end = -1
    for sp in spans:
        s, e, k = sp["start"], sp["end"], sp["kind"]
        v = t[s:e]
        assert 0 <= s < e <= len(t), where
        assert s >= prev_end, (where, "overlap", v)
        prev_end = e
        assert v == v.strip() and v, (where, v)
        assert v[0].isalnum() or (k == "phone" and v[0] == "+"), (where, "bad start", v)
        assert v[-1].isalnum(), (where, "bad end", v)
        assert s == 0 or not word_char(t[s - 1]), (where, "cuts word", v)
        assert e == len(t) or not word_char(t[e]), (where, "cuts word", v)
        if k == "email":
            assert EMAIL_RE.fullmatch(v), (where, v)
        elif k == "phone":
            assert re.fullmatch(r"\+?[\d ()\-./]+", v), (where, v)
            assert 8 <= len(re.sub(r"\D", "", v)) <= 15, (where, v)
        elif k == "national_id":
            assert national_id_ok(v), (where, "bad national id", v)
        elif k == "account":
            if re.match(r"[A-Z]{2}\d{2}", v):
                assert iban_ok(v), (where, "bad IBAN", v)
            elif re.fullmatch(r"\d{4}[. ]?\d{2}[. ]?\d{5}", v):
                assert no_acc_valid(v), (where, "bad NO account", v)
            d = re.sub(r"\D", "", v)
            if len(d) in (10, 11, 12) and not re.match(r"[A-Z]", v):
                assert not looks_like_id(d), (where, "account looks like an ID", v)
        elif k == "person":
            assert not re.search(r"\d", v), (where, v)

    def inside(a, b):
        return any(a < sp["end"] and sp["start"] < b for sp in spans)

    for m in EMAIL_RE.finditer(t):
        assert any(
            sp["start"] == m.start() and sp["end"] == m.end() and sp["kind"] == "email"
            for sp in spans
        ), (where, "unlabelled e-mail", m.group())
    for rx in ID_SCAN:
        for m in rx.finditer(t):
            if inside(m.start(), m.end()):
                continue
            d = re.sub(r"\D", "", m.group())
            assert not looks_like_id(d), (where, "unlabelled valid-looking ID", m.group())
    for a, b, v in negs:
        assert not inside(a, b), (where, "negative inside span", v)
        d = re.sub(r"\D", "", v)
        if len(d) in (10, 11, 12) and re.fullmatch(r"[\d \-+.]+", v):
            assert not looks_like_id(d), (where, "ID-shaped negative passes a check", v)


def self_test():
    # hand-checked reference values for the check routines
    assert cpr_mod11_ok("0707614285") and cpr_strict("0707614285")
    assert not cpr_lenient("3213614285")
    assert fnr_valid("15076500565") and not fnr_valid("15076500566")
    assert fnr_valid("55076500559") and not fnr_valid("55076500558")  # D-nummer (day + 40)
    assert (
        luhn_sum_ok_from_left("8112189876") and se_valid("8112189876") and se_valid("198112189876")
    )
    assert not se_valid("8112189875")
    assert iban_ok("GB82 WEST 1234 5698 7654 32") and iban_ok("DE89370400440532013000")
    assert iban_ok("NO9386011117947") and iban_ok("DK5000400440116243")
    assert iban_ok("SE4550000000058398257466")
    assert no_acc_valid("8601.11.17947")
    assert not looks_like_id("5560360793")  # Swedish org.nr shape


def main():
    self_test()
    records = []
    for lang, items in (("da", DA), ("nb", NB)):
        for genre, marked in items:
            text, spans, negs = parse(fill(marked))
            records.append(({"lang": lang, "genre": genre, "text": text, "pii": spans}, negs))
    texts = [r["text"] for r, _ in records]
    dup = [t for t, c in collections.Counter(texts).items() if c > 1]
    assert not dup, dup
    order = list(range(len(records)))
    rng.shuffle(order)
    final = []
    for n, idx in enumerate(order, 1):
        r, negs = records[idx]
        rec = {
            "id": f"pii3-danb-{n:04d}",
            "text": r["text"],
            "lang": r["lang"],
            "genre": r["genre"],
            "pii": r["pii"],
        }
        validate(rec, negs)
        final.append(rec)
    write_jsonl(OUT, final)

    # ---- counts
    kinds = collections.Counter()
    genres = collections.Counter()
    ntexts = collections.Counter()
    empty = collections.Counter()
    for rec in final:
        L = rec["lang"]
        ntexts[L] += 1
        genres[(L, rec["genre"])] += 1
        if not rec["pii"]:
            empty[L] += 1
        for sp in rec["pii"]:
            kinds[(L, sp["kind"])] += 1
    langs = ["da", "nb"]
    print("{:<12}".format("") + "".join(f"{L:>8}" for L in langs) + "{:>8}".format("total"))
    rows = [("texts", lambda L: ntexts[L])]
    rows += [(g, lambda L, g=g: genres[(L, g)]) for g in ("survey", "social", "interview")]
    rows += [("no PII", lambda L: empty[L])]
    rows += [(k, lambda L, k=k: kinds[(L, k)]) for k in KINDS]
    for name, f in rows:
        vals = [f(L) for L in langs]
        print(f"{name:<12}" + "".join(f"{v:8d}" for v in vals) + f"{sum(vals):8d}")
    for L in langs:
        print(f"{L}: {100.0 * empty[L] / ntexts[L]:.1f} % of texts without PII")
    print("wrote", OUT, len(final), "records")


if __name__ == "__main__":
    main()
