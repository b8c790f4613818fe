#!/usr/bin/env python3
"""Builder for the hand-written Swedish + English part of the PII hold-out set.

Stdlib only. Every text in texts_sven.json is written by hand with inline markup:
  [[kind:value]]   -> a labelled span (kind: person|email|phone|national_id|address|account)
  ((neg:value))    -> a hard negative (markup removed, no span; ID-shaped ones are checked to FAIL)
  {PLACEHOLDER}    -> filled by the generators below (national IDs, IBANs, Norwegian accounts)
Output: pii_holdout_sven.jsonl next to this file.
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
    FNR_WEIGHTS_1,
    FNR_WEIGHTS_2,
    NO_ACCOUNT_WEIGHTS,
    cpr_mod11_ok,
    date_ok,
    group4,
    iban,
    iban_ok,
    luhn_digit_from_left,
    mod11_control,
)
from tools.jsonl import read_texts, write_jsonl
from tools.markup import strip_markup
from tools.rng import random_date, random_digits

SEED = 4711_2024
rng = random.Random(SEED)
digits = partial(random_digits, rng)
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "pii_holdout_sven.jsonl")
KINDS = ("person", "email", "phone", "national_id", "address", "account")

# ---------------------------------------------------------------------------
# date helpers
# ---------------------------------------------------------------------------


def any_century(yy, m, d):
    return date_ok(1900 + yy, m, d) or date_ok(2000 + yy, m, d)


# ---------------------------------------------------------------------------
# Swedish personnummer / samordningsnummer (Luhn over YYMMDDNNN)
# ---------------------------------------------------------------------------


def se_valid(s):
    m = re.fullmatch(r"(\d{2})?(\d{2})(\d{2})(\d{2})([-+]?)(\d{4})", s.strip())
    if not m:
        return False
    cc, yy, mm, dd, sep, last4 = m.groups()
    yy, mm, dd = int(yy), int(mm), int(dd)
    if dd > 60:  # samordningsnummer
        dd -= 60
    if cc is not None:
        if sep == "+":
            return False
        if not date_ok(int(cc) * 100 + yy, mm, dd):
            return False
    elif not any_century(yy, mm, dd):
        return False
    ten = f"{yy:02d}{m.group(3)}{m.group(4)}{last4}"
    return str(luhn_digit_from_left(ten[:9])) == ten[9]


def gen_se(long=False, dash=True, samo=False, old=False):
    d = random_date(rng, 1918, 1923) if old else random_date(rng, 1938, 2004)
    day = d.day + (60 if samo else 0)
    core = f"{d.year % 100:02d}{d.month:02d}{day:02d}{rng.randint(0, 999):03d}"
    ten = core + str(luhn_digit_from_left(core))
    head = (f"{d.year:04d}" + ten[2:6]) if long else ten[:6]
    sep = "+" if old else ("-" if dash else "")
    s = head + sep + ten[6:]
    assert se_valid(s), s
    return s


# ---------------------------------------------------------------------------
# Danish CPR (DDMMYY-SSSS; date must be valid; modulus 11 optional since 2007)
# ---------------------------------------------------------------------------


def cpr_valid(s):
    m = re.fullmatch(r"(\d{2})(\d{2})(\d{2})-?(\d{4})", s.strip())
    if not m:
        return False
    dd, mm, yy = int(m.group(1)), int(m.group(2)), int(m.group(3))
    return any_century(yy, mm, dd)


def gen_cpr(dash=True, mod11=True):
    while True:
        d = random_date(rng, 1940, 1999)
        ten = (
            f"{d.day:02d}{d.month:02d}{d.year % 100:02d}"
            f"{rng.randint(0, 3):d}{rng.randint(0, 999):03d}"
        )
        if cpr_mod11_ok(ten) == mod11:
            break
    s = ten[:6] + "-" + ten[6:] if dash else ten
    assert cpr_valid(s), s
    return s


# ---------------------------------------------------------------------------
# Norwegian fødselsnummer / D-nummer (DDMMYYIIIKK, two control digits)
# ---------------------------------------------------------------------------


def no_valid(s):
    d = re.sub(r" ", "", s.strip())
    if not re.fullmatch(r"\d{11}", d):
        return False
    dd, mm, yy = int(d[0:2]), int(d[2:4]), int(d[4:6])
    if dd > 40:  # D-nummer
        dd -= 40
    if mm > 40:  # H-nummer
        mm -= 40
    if not any_century(yy, mm, dd):
        return False
    k1 = mod11_control(d[:9], FNR_WEIGHTS_1)
    if k1 is None or k1 != int(d[9]):
        return False
    k2 = mod11_control(d[:10], FNR_WEIGHTS_2)
    return k2 is not None and k2 == int(d[10])


def gen_no(dnr=False, space=False):
    while True:
        d = random_date(rng, 1940, 1999)
        day = d.day + (40 if dnr else 0)
        base = f"{day:02d}{d.month:02d}{d.year % 100:02d}{rng.randint(0, 499):03d}"
        k1 = mod11_control(base, FNR_WEIGHTS_1)
        if k1 is None:
            continue
        k2 = mod11_control(base + str(k1), FNR_WEIGHTS_2)
        if k2 is None:
            continue
        s = base + str(k1) + str(k2)
        break
    s = s[:6] + " " + s[6:] if space else s
    assert no_valid(s), s
    return s


# ---------------------------------------------------------------------------
# UK National Insurance number
# ---------------------------------------------------------------------------
NINO_RE = re.compile(r"([A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]) ?(\d{2}) ?(\d{2}) ?(\d{2}) ?([A-D])")
NINO_BAD_PREFIX = {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"}


def nino_valid(s):
    m = NINO_RE.fullmatch(s.strip())
    return bool(m) and m.group(1) not in NINO_BAD_PREFIX


def gen_nino(space=True):
    first = "ABCEGHJKLMNOPRSTWXYZ"
    second = "ABCEGHJKLMNPRSTWXYZ"
    while True:
        p = rng.choice(first) + rng.choice(second)
        if p not in NINO_BAD_PREFIX:
            break
    nums = [f"{rng.randint(0, 99):02d}" for _ in range(3)]
    suf = rng.choice("ABCD")
    s = " ".join([p] + nums + [suf]) if space else p + "".join(nums) + suf
    assert nino_valid(s), s
    return s


def national_id_valid(s):
    return se_valid(s) or cpr_valid(s) or no_valid(s) or nino_valid(s)


# ---------------------------------------------------------------------------
# Accounts: IBAN (mod 97) and Norwegian kontonummer (mod 11)
# ---------------------------------------------------------------------------


def make_iban(country, bban, spaced):
    s = group4(iban(country, bban)) if spaced else iban(country, bban)
    assert iban_ok(s), s
    return s


def no_account_valid(s):
    d = re.sub(r"[ .]", "", s)
    if not re.fullmatch(r"\d{11}", d):
        return False
    k = mod11_control(d[:10], NO_ACCOUNT_WEIGHTS)
    return k is not None and k == int(d[10])


def gen_no_account_digits():
    while True:
        base = rng.choice(["1503", "1607", "3000", "6012", "9710", "1254"]) + digits(6)
        k = mod11_control(base, NO_ACCOUNT_WEIGHTS)
        if k is not None:
            return base + str(k)


def gen_no_account():
    d = gen_no_account_digits()
    s = f"{d[:4]}.{d[4:6]}.{d[6:]}"
    assert no_account_valid(s)
    return s


def gen_iban(country, spaced=True):
    if country == "SE":
        bban = rng.choice(["500", "800", "600", "300"]) + "0000" + digits(13)
    elif country == "GB":
        bban = rng.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]) + digits(6) + digits(8)
    elif country == "DE":
        bban = rng.choice(["10070000", "20050550", "50010517", "37040044"]) + digits(10)
    elif country == "DK":
        bban = rng.choice(["2000", "3001", "5470", "9570"]) + digits(10)
    elif country == "NO":
        bban = gen_no_account_digits()
    else:
        raise ValueError(country)
    return make_iban(country, bban, spaced)


# ---------------------------------------------------------------------------
# placeholder table
# ---------------------------------------------------------------------------
GEN = {
    "SE_PNR": lambda: gen_se(),
    "SE_PNR_ND": lambda: gen_se(dash=False),
    "SE_PNR12": lambda: gen_se(long=True),
    "SE_PNR12_ND": lambda: gen_se(long=True, dash=False),
    "SE_PNR_OLD": lambda: gen_se(old=True),
    "SE_SAMO": lambda: gen_se(samo=True),
    "DK_CPR": lambda: gen_cpr(),
    "DK_CPR_ND": lambda: gen_cpr(dash=False),
    "DK_CPR_NOMOD": lambda: gen_cpr(mod11=False),
    "NO_FNR": lambda: gen_no(),
    "NO_FNR_SP": lambda: gen_no(space=True),
    "NO_DNR": lambda: gen_no(dnr=True),
    "UK_NINO": lambda: gen_nino(),
    "UK_NINO_ND": lambda: gen_nino(space=False),
    "IBAN_SE": lambda: gen_iban("SE", spaced=False),
    "IBAN_SE_SP": lambda: gen_iban("SE"),
    "IBAN_GB_SP": lambda: gen_iban("GB"),
    "IBAN_GB": lambda: gen_iban("GB", spaced=False),
    "IBAN_DE_SP": lambda: gen_iban("DE"),
    "IBAN_DK": lambda: gen_iban("DK", spaced=False),
    "IBAN_NO_SP": lambda: gen_iban("NO"),
    "NO_KONTO": lambda: gen_no_account(),
}

# ===========================================================================
# TEXTS (hand-written, in texts_sven.json): one list per language x genre.
# ===========================================================================
_ROWS = read_texts(Path(__file__).resolve().parent / "texts_sven.json")
BLOCKS = [
    (lang, genre, [r["text"] for r in _ROWS if (r["lang"], r["genre"]) == (lang, genre)])
    for lang in ("sv", "en")
    for genre in ("survey", "social", "interview")
]
PH_RE = re.compile(r"\{([A-Z0-9_]+)\}")
MARK_RE = re.compile(
    r"\[\[(person|email|phone|national_id|address|account):(.+?)\]\]|\(\(neg:(.+?)\)\)"
)
EMAIL_RE = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
SCAN_10 = re.compile(r"(?<!\w)(\d{6}[-+ ]?\d{4})(?!\w)")
SCAN_11 = re.compile(r"(?<!\w)(\d{6} ?\d{5})(?!\w)")
SCAN_12 = re.compile(r"(?<!\w)(\d{8}[-+]?\d{4})(?!\w)")
SCAN_NINO = re.compile(r"(?<![A-Za-z0-9])[A-Z]{2} ?\d{2} ?\d{2} ?\d{2} ?[A-D](?![A-Za-z0-9])")
SCAN_IBAN = re.compile(
    r"(?<![A-Za-z0-9])[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?(?![A-Za-z0-9])"
)

errors = []


def err(where, msg):
    errors.append(f"{where}: {msg}")


def fill(marked):
    def sub(m):
        key = m.group(1)
        if key not in GEN:
            raise KeyError(f"unknown placeholder {{{key}}}")
        return GEN[key]()

    return PH_RE.sub(sub, marked)


def parse(marked):
    text, spans, negs = strip_markup(marked, MARK_RE)
    return text, spans, [n.value for n in negs]


def id_like_valid(s):
    d = re.sub(r"[^0-9]", "", s)
    if len(d) == 10 and (se_valid(d) or cpr_valid(d)):
        return True
    if len(d) == 11 and no_valid(d):
        return True
    if len(d) == 12 and se_valid(d):
        return True
    return nino_valid(s)


def check(rec, where):
    text, spans = rec["text"], rec["pii"]
    for tok in ("[[", "]]", "((neg", "{", "}"):
        if tok in text:
            err(where, f"markup left: {tok!r}")
    n_words = len(text.split())
    if not 5 <= n_words <= 120:
        err(where, f"word count {n_words:d}")
    last_end = -1
    for sp in spans:
        s, e, k = sp["start"], sp["end"], sp["kind"]
        val = text[s:e]
        if not (0 <= s < e <= len(text)):
            err(where, f"span out of range {sp!r}")
            continue
        if s < last_end:
            err(where, f"overlap at {s:d}")
        last_end = e
        first_ok = val[0].isalnum() or (k == "phone" and val[0] in "+(")
        if not first_ok or not val[-1].isalnum():
            err(where, f"span edge is space/punct: {val!r}")
        if s > 0 and text[s - 1].isalnum():
            err(where, f"span cuts word at start: {val!r}")
        if e < len(text) and text[e].isalnum():
            err(where, f"span cuts word at end: {val!r}")
        if k == "national_id" and not national_id_valid(val):
            err(where, f"invalid national_id {val!r}")
        if k == "account":
            if re.match(r"[A-Z]{2}\d{2}", val) and not iban_ok(val):
                err(where, f"bad IBAN {val!r}")
            if re.fullmatch(r"\d{4}\.\d{2}\.\d{5}", val) and not no_account_valid(val):
                err(where, f"bad NO account {val!r}")
            if val.startswith("NO") and not no_account_valid(val.replace(" ", "")[4:]):
                err(where, f"bad NO account in IBAN {val!r}")
        if k == "email" and not EMAIL_RE.fullmatch(val):
            err(where, f"odd email {val!r}")
        if k == "phone" and len(re.sub(r"\D", "", val)) < 7:
            err(where, f"short phone {val!r}")
    # text outside spans must not contain e-mails / valid IDs / IBANs
    masked = list(text)
    for sp in spans:
        for i in range(sp["start"], sp["end"]):
            masked[i] = "§"
    masked = "".join(masked)
    for m in EMAIL_RE.finditer(masked):
        err(where, f"e-mail outside span: {m.group(0)!r}")
    for rx in (SCAN_10, SCAN_11, SCAN_12):
        for m in rx.finditer(masked):
            if id_like_valid(m.group(1)):
                err(where, f"valid-looking ID outside span: {m.group(1)!r}")
    for m in SCAN_NINO.finditer(masked):
        if nino_valid(m.group(0)):
            err(where, f"NINO outside span: {m.group(0)!r}")
    for m in SCAN_IBAN.finditer(masked):
        if iban_ok(m.group(0)):
            err(where, f"IBAN outside span: {m.group(0)!r}")
    # hard negatives shaped like IDs must fail every ID check
    for v in rec["_negs"]:
        nd = len(re.sub(r"\D", "", v))
        if nd in (10, 11, 12) and id_like_valid(v):
            err(where, f"hard negative passes an ID check: {v!r}")
        if iban_ok(v):
            err(where, f"hard negative is a valid IBAN: {v!r}")


def main():
    records = []
    for lang, genre, texts in BLOCKS:
        for i, marked in enumerate(texts):
            text, spans, negs = parse(fill(marked))
            rec = {"text": text, "lang": lang, "genre": genre, "pii": spans, "_negs": negs}
            check(rec, f"{lang}/{genre}#{i + 1:d}")
            records.append(rec)
    seen = Counter(r["text"] for r in records)
    for t, c in seen.items():
        if c > 1:
            err("dup", f"text used {c:d} times: {t[:60]!r}")
    if errors:
        print(f"VALIDATION FAILED ({len(errors):d}):")
        for e in errors:
            print("  " + e)
        sys.exit(1)

    rng.shuffle(records)
    write_jsonl(
        OUT,
        (
            {
                "id": f"pii2-sven-{n:04d}",
                "text": r["text"],
                "lang": r["lang"],
                "genre": r["genre"],
                "pii": r["pii"],
            }
            for n, r in enumerate(records, 1)
        ),
    )

    # ---- counts ----
    langs = ["sv", "en"]
    kind_c = defaultdict(Counter)
    genre_c = defaultdict(Counter)
    n_texts, n_empty, n_neg = Counter(), Counter(), Counter()
    for r in records:
        L = r["lang"]
        n_texts[L] += 1
        genre_c[L][r["genre"]] += 1
        if not r["pii"]:
            n_empty[L] += 1
            if r["_negs"]:
                n_neg[L] += 1
        for sp in r["pii"]:
            kind_c[L][sp["kind"]] += 1
    print(f"wrote {len(records):d} records -> {OUT}")
    print("{:<14}".format("") + "".join(f"{L:>8}" for L in langs) + "{:>8}".format("total"))
    rows = [("texts", n_texts), ("no-PII texts", n_empty), ("  w/ hard neg", n_neg)]
    for g in ("survey", "social", "interview"):
        rows.append((g, Counter({L: genre_c[L][g] for L in langs})))
    for k in KINDS:
        rows.append((k, Counter({L: kind_c[L][k] for L in langs})))
    rows.append(("spans total", Counter({L: sum(kind_c[L].values()) for L in langs})))
    for name, c in rows:
        print(
            f"{name:<14}" + "".join(f"{c[L]:8d}" for L in langs) + f"{sum(c[L] for L in langs):8d}"
        )
    for L in langs:
        print(f"{L} no-PII share: {100.0 * n_empty[L] / n_texts[L]:.1f}%")


if __name__ == "__main__":
    main()
