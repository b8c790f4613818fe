#!/usr/bin/env python3
"""Builder for the Danish (da) and Norwegian Bokmål (nb) share of the PII hold-out set.

Standard library only. Every text in texts_danb.json was written by hand as a piece of customer
feedback.
Inline markup:
    [[kind:value]]   -> a labelled span (kind in person|email|phone|national_id|address|account)
    ((neg:value))    -> a hard negative (markup removed, no span; kept only for documentation)
    {PLACEHOLDER}    -> filled by one of the generators below (fixed seed), before markup is parsed

Run:  python3 build_danb.py      (writes pii_holdout_danb.jsonl next to this file)
"""

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
    cpr_date_ok,
    cpr_mod11_ok,
    date_ok,
    fnr_year,
    group4,
    groups_3_2_3,
    iban,
    iban_mod97_ok,
    luhn_sum_ok_from_left,
    mod11_control,
    pairs,
)
from tools.jsonl import read_texts, write_jsonl
from tools.markup import strip_markup
from tools.rng import random_digits, random_no_mobile, random_ymd

SEED = 20240917
OUT = Path(__file__).resolve().parent / "pii_holdout_danb.jsonl"
rng = random.Random(SEED)
_digits = partial(random_digits, rng)

KINDS = ("person", "email", "phone", "national_id", "address", "account")
GENRES = ("survey", "social", "interview")


# ---------------------------------------------------------------------------
# validators (written from the public rules)
# ---------------------------------------------------------------------------


# Danish CPR: DDMMYY-SSSS; century from the 7th digit; optional modulus 11 (4,3,2,7,6,5,4,3,2,1)


def cpr_valid(s):
    """A CPR number is valid-looking when its shape and date are valid.

    (Modulus 11 is optional since 2007.)
    """
    if not re.fullmatch(r"\d{6}-?\d{4}", s):
        return False
    return cpr_date_ok(s.replace("-", ""))


# Norwegian fødselsnummer / D-nummer: DDMMYY III K1 K2


def fnr_checksum_ok(d):
    if len(d) != 11 or not d.isdigit():
        return False
    k1 = mod11_control(d[:9], FNR_WEIGHTS_1)
    k2 = mod11_control(d[:10], FNR_WEIGHTS_2)
    return k1 is not None and k2 is not None and k1 == int(d[9]) and k2 == int(d[10])


def fnr_valid(s):
    """Fødselsnummer or D-nummer (first digit + 4).

    Valid date, consistent century, both control digits.
    """
    if not re.fullmatch(r"\d{6} ?\d{5}", s):
        return False
    d = s.replace(" ", "")
    day, mon, yy, ind = int(d[0:2]), int(d[2:4]), int(d[4:6]), int(d[6:9])
    if day > 40:
        day -= 40
    year = fnr_year(yy, ind)
    if year is None or not date_ok(year, mon, day):
        return False
    return fnr_checksum_ok(d)


def fnr_is_dnumber(s):
    return int(s.replace(" ", "")[0]) >= 4


# Swedish personnummer / samordningsnummer (day + 60), Luhn on the 10 last digits


def se_pnr_valid(s):
    m = re.fullmatch(r"(\d{2})?(\d{2})(\d{2})(\d{2})([-+]?)(\d{4})", s)
    if not m:
        return False
    cc, yy, mm, dd, _sep, tail = m.groups()
    day = int(dd)
    if day > 60:
        day -= 60
    if cc:
        if not date_ok(int(cc + yy), int(mm), day):
            return False
    elif not (date_ok(1900 + int(yy), int(mm), day) or date_ok(2000 + int(yy), int(mm), day)):
        return False
    return luhn_sum_ok_from_left(yy + mm + dd + tail)


def national_id_scheme(s):
    if cpr_valid(s):
        return "dk_cpr"
    if fnr_valid(s):
        return "no_dnr" if fnr_is_dnumber(s) else "no_fnr"
    if se_pnr_valid(s):
        return "se_pnr"
    return None


# IBAN (mod 97) and Norwegian account numbers (mod 11)
IBAN_LEN = {"DK": 18, "NO": 15, "SE": 24, "GB": 22, "DE": 22}


def iban_valid(s):
    c = s.replace(" ", "")
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", c):
        return False
    if IBAN_LEN.get(c[:2]) != len(c):
        return False
    if c[:2] == "NO" and not no_account_valid(c[4:]):
        return False
    return iban_mod97_ok(c)


def no_account_valid(s):
    d = re.sub(r"[ .]", "", s)
    if len(d) != 11 or not d.isdigit():
        return False
    k = mod11_control(d[:10], NO_ACCOUNT_WEIGHTS)
    return k is not None and k == int(d[10])


def account_ok(s, lang):
    if re.match(r"[A-Z]{2}\d{2}", s):
        return iban_valid(s)
    if lang == "nb":
        return no_account_valid(s)
    # Danish reg.nr. (4 digits) + account number (up to 10 digits)
    return re.fullmatch(r"\d{4}[- ]\d{6,10}", s) is not None


# ---------------------------------------------------------------------------
# generators
# ---------------------------------------------------------------------------


def gen_cpr(sep="-", mod11=True, years=(1941, 2003)):
    while True:
        y, m, d = random_ymd(rng, *years)
        yy = y % 100
        if y < 2000:
            choices = [0, 1, 2, 3] + ([4, 9] if yy >= 37 else [])
        else:
            choices = ([4, 9] if yy <= 36 else []) + ([5, 6, 7, 8] if yy <= 57 else [])
        digits = f"{d:02d}{m:02d}{yy:02d}{rng.choice(choices)}{_digits(3)}"
        if cpr_date_ok(digits) and cpr_mod11_ok(digits) == mod11:
            return digits[:6] + sep + digits[6:]


def gen_fnr(split=False, dnum=False, years=(1941, 2004)):
    while True:
        y, m, d = random_ymd(rng, *years)
        yy = y % 100
        if y >= 2000:
            ind = rng.randint(500, 999)
        else:
            ind = rng.randint(0, 499) if rng.random() < 0.85 else rng.randint(900, 999)
        day = d + 40 if dnum else d
        base = f"{day:02d}{m:02d}{yy:02d}{ind:03d}"
        k1 = mod11_control(base, FNR_WEIGHTS_1)
        if k1 is None:
            continue
        k2 = mod11_control(base + str(k1), FNR_WEIGHTS_2)
        if k2 is None:
            continue
        s = f"{base}{k1}{k2}"
        assert fnr_valid(s)
        return s[:6] + " " + s[6:] if split else s


def looks_like_id10(d):
    return cpr_date_ok(d) or se_pnr_valid(d)


def gen_bad_cpr():
    """DDMMYY-SSSS shaped, but the date is impossible (day 32-39 or month 13-19).

    It fails the Swedish checks too.
    """
    while True:
        if rng.random() < 0.5:
            dd, mm = rng.randint(32, 39), rng.randint(1, 12)
        else:
            dd, mm = rng.randint(1, 28), rng.randint(13, 19)
        digits = f"{dd:02d}{mm:02d}{rng.randint(40, 99):02d}{_digits(4)}"
        if not looks_like_id10(digits):
            return digits[:6] + "-" + digits[6:]


def gen_bad10():
    while True:
        digits = str(rng.randint(1, 9)) + _digits(9)
        if not looks_like_id10(digits):
            return digits


def gen_bad_fnr(split=False):
    """Valid date and individual number, wrong control digits."""
    while True:
        good = gen_fnr()
        bad = good[:9] + _digits(2)
        if not fnr_checksum_ok(bad) and not no_account_valid(bad):
            return bad[:6] + " " + bad[6:] if split else bad


def gen_bad11():
    while True:
        d = str(rng.randint(1, 9)) + _digits(10)
        if not fnr_checksum_ok(d) and not no_account_valid(d):
            return d


DK_REG = "0400 1551 2191 3409 4180 5301 5470 6695 7890 8401 9070 9570 1199 3544".split()


def gen_dk_account(sep="-"):
    acc = _digits(10) if rng.random() < 0.5 else "00" + str(rng.randint(1, 9)) + _digits(7)
    return rng.choice(DK_REG) + sep + acc


def _iban(cc, bban, spaced=True):
    s = iban(cc, bban)
    assert iban_valid(s), s
    return group4(s) if spaced else s


def gen_no_account_digits():
    while True:
        base = rng.choice("1503 1506 1254 9710 3000 1822 6030 1207 9365".split()) + _digits(6)
        k = mod11_control(base, NO_ACCOUNT_WEIGHTS)
        if k is not None:
            return base + str(k)


def gen_no_account(fmt="dot"):
    d = gen_no_account_digits()
    if fmt == "dot":
        return f"{d[:4]}.{d[4:6]}.{d[6:]}"
    if fmt == "space":
        return f"{d[:4]} {d[4:6]} {d[6:]}"
    return d


def gen_iban(cc, spaced=True):
    if cc == "DK":
        bban = rng.choice(DK_REG) + _digits(10)
    elif cc == "NO":
        bban = gen_no_account_digits()
    elif cc == "SE":
        bban = rng.choice(["500", "800", "300", "600"]) + _digits(17)
    elif cc == "DE":
        bban = rng.choice(["10010010", "50010517", "37040044", "20041133"]) + _digits(10)
    elif cc == "GB":
        bban = rng.choice(["NWBK", "BARC", "LOYD", "MIDL"]) + _digits(14)
    else:
        raise ValueError(cc)
    return _iban(cc, bban, spaced)


DK_MOBILE = "20 21 22 23 24 25 26 27 28 29 30 31 40 41 42 50 51 52 53 60 61 71 81 91 93".split()
DK_LAND = (
    "33 35 38 39 43 44 45 46 48 49 54 56 57 59 62 63 64 65 66 74 75 76 86 87 89 96 97 98 99".split()
)


def _dk(pref_list):
    return rng.choice(pref_list) + _digits(6)


GEN = {
    # Danish phones
    "DK8": lambda: _dk(DK_MOBILE),
    "DK2": lambda: pairs(_dk(DK_MOBILE)),
    "DK44": lambda: (lambda d: d[:4] + " " + d[4:])(_dk(DK_MOBILE)),
    "DKP": lambda: "+45 " + pairs(_dk(DK_MOBILE)),
    "DKP8": lambda: "+45" + _dk(DK_MOBILE),
    "DK00": lambda: "0045 " + _dk(DK_MOBILE),
    "DKPAR": lambda: "(+45) " + pairs(_dk(DK_MOBILE)),
    "DKLAND": lambda: pairs(_dk(DK_LAND)),
    # Norwegian phones
    "NOM332": lambda: groups_3_2_3(random_no_mobile(rng)),
    "NOM8": lambda: random_no_mobile(rng),
    "NOL2": lambda: pairs(rng.choice(["2", "3", "5", "6", "7"]) + _digits(7)),
    "NOP": lambda: "+47 " + groups_3_2_3(random_no_mobile(rng)),
    "NOP8": lambda: "+47" + random_no_mobile(rng),
    "NO00": lambda: "0047 " + groups_3_2_3(random_no_mobile(rng)),
    # other countries
    "SEP": lambda: f"+46 7{rng.choice('0236')} {_digits(3)} {_digits(2)} {_digits(2)}",
    "SEM": lambda: f"07{rng.choice('0236')}-{_digits(3)} {_digits(2)} {_digits(2)}",
    "UKP": lambda: f"+44 7700 900{rng.randint(0, 999):03d}",
    "UKM": lambda: f"07700 900{rng.randint(0, 999):03d}",
    "DEP": lambda: f"+49 15{rng.choice('127')} {_digits(8)}",
    "PLP": lambda: f"+48 {rng.choice('5678')}{_digits(2)} {_digits(3)} {_digits(3)}",
    "ESP": lambda: f"+34 6{_digits(2)} {_digits(3)} {_digits(3)}",
    # national ids
    "CPR": lambda: gen_cpr("-"),
    "CPR_ND": lambda: gen_cpr(""),
    "CPR_KID": lambda: gen_cpr("-", mod11=False, years=(2010, 2018)),
    "BADCPR": gen_bad_cpr,
    "BAD10": gen_bad10,
    "FNR": lambda: gen_fnr(),
    "FNR_SPLIT": lambda: gen_fnr(split=True),
    "FNR_KID": lambda: gen_fnr(years=(2011, 2019)),
    "DNR": lambda: gen_fnr(dnum=True, years=(1975, 2001)),
    "BADFNR": lambda: gen_bad_fnr(),
    "BAD11": gen_bad11,
    # accounts
    "DKACC": lambda: gen_dk_account("-"),
    "DKACC_SP": lambda: gen_dk_account(" "),
    "DKIBAN": lambda: gen_iban("DK", True),
    "DKIBAN_C": lambda: gen_iban("DK", False),
    "NOACC": lambda: gen_no_account("dot"),
    "NOACC_PLAIN": lambda: gen_no_account("plain"),
    "NOACC_SP": lambda: gen_no_account("space"),
    "NOIBAN": lambda: gen_iban("NO", True),
    "NOIBAN_C": lambda: gen_iban("NO", False),
    "SEIBAN": lambda: gen_iban("SE", True),
    "DEIBAN": lambda: gen_iban("DE", True),
    "GBIBAN": lambda: gen_iban("GB", True),
    "GBIBAN_C": lambda: gen_iban("GB", False),
}

# ---------------------------------------------------------------------------
# texts (hand-written); each entry is a marked-up string
# ---------------------------------------------------------------------------
TEXTS = defaultdict(list)  # (lang, genre) -> [marked-up text, ...], from texts_danb.json
for _row in read_texts(Path(__file__).resolve().parent / "texts_danb.json"):
    TEXTS[_row["lang"], _row["genre"]].append(_row["text"])


# ---------------------------------------------------------------------------
# rendering and validation
# ---------------------------------------------------------------------------
PLACEHOLDER = re.compile(r"\{([A-Z0-9_]+)\}")
MARKUP = re.compile(
    r"\[\[(person|email|phone|national_id|address|account):(.+?)\]\]|\(\(neg:(.+?)\)\)"
)
EMAIL_RE = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")
ID10_RE = re.compile(r"(?<!\d)(\d{6})[-+ ]?(\d{4})(?!\d)")
ID11_RE = re.compile(r"(?<!\d)(\d{6}) ?(\d{5})(?!\d)")
ID12_RE = re.compile(r"(?<!\d)(\d{8})-?(\d{4})(?!\d)")
IBAN_RE = re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?\b")
NOACC_DOT_RE = re.compile(r"(?<!\d)\d{4}\.\d{2}\.\d{5}(?!\d)")


def render(raw):
    def fill(m):
        name = m.group(1)
        if name not in GEN:
            raise KeyError(f"unknown placeholder {name!r} in: {raw[:60]}")
        return GEN[name]()

    filled = PLACEHOLDER.sub(fill, raw)
    text, spans, negs = strip_markup(filled, MARKUP)
    return text, spans, [n.value for n in negs]


def id_shaped_outside(text, spans):
    """Yield ID-, IBAN- and e-mail-shaped strings found outside the labelled spans."""
    masked = list(text)
    for s in spans:
        for i in range(s["start"], s["end"]):
            masked[i] = "#"
    masked = "".join(masked)
    for m in EMAIL_RE.finditer(masked):
        yield "email", m.group(0), True
    for m in ID10_RE.finditer(masked):
        yield (
            "id10",
            m.group(0),
            looks_like_id10(m.group(1) + m.group(2))
            or cpr_valid(m.group(0))
            or se_pnr_valid(m.group(0)),
        )
    for m in ID11_RE.finditer(masked):
        d = m.group(1) + m.group(2)
        yield "id11", m.group(0), fnr_checksum_ok(d) or fnr_valid(m.group(0))
    for m in ID12_RE.finditer(masked):
        yield "id12", m.group(0), se_pnr_valid(m.group(0))
    for m in IBAN_RE.finditer(masked):
        yield "iban", m.group(0), iban_valid(m.group(0))
    for m in NOACC_DOT_RE.finditer(masked):
        yield "no_account", m.group(0), no_account_valid(m.group(0))


def validate(rec, negs, errors):
    t, rid, lang = rec["text"], rec["id"], rec["lang"]

    def err(msg):
        errors.append(f"{rid}: {msg} | {t[:80]!r}")

    for token in ("[[", "]]", "((neg", "{", "}"):
        if token in t:
            err(f"markup left: {token}")
    n_words = len(t.split())
    if not 5 <= n_words <= 120:
        err(f"length {n_words} words")
    prev_end = 0
    for s in rec["pii"]:
        a, b, kind = s["start"], s["end"], s["kind"]
        if not (0 <= a < b <= len(t)):
            err(f"span out of range {s}")
            continue
        if a < prev_end:
            err(f"overlap at {s}")
        prev_end = b
        v = t[a:b]
        if v != v.strip() or not v:
            err(f"whitespace in span {v!r}")
        first_ok = v[0].isalnum() or (kind == "phone" and v[0] in "+(")
        if not first_ok or not v[-1].isalnum():
            err(f"span starts/ends with punctuation {v!r}")
        if (a > 0 and t[a - 1].isalnum()) or (b < len(t) and t[b].isalnum()):
            err(f"span cuts a word {v!r}")
        if kind == "national_id" and national_id_scheme(v) is None:
            err(f"invalid national id {v!r}")
        if kind == "national_id" and lang == "da" and not cpr_valid(v):
            err(f"Danish text with non-CPR id {v!r}")
        if kind == "account" and not account_ok(v, lang):
            err(f"invalid account {v!r}")
        if kind == "email" and not EMAIL_RE.fullmatch(v):
            err(f"bad email {v!r}")
        if kind == "phone":
            nd = len(re.sub(r"\D", "", v))
            if not re.fullmatch(r"[+(]?[\d() +-]+", v) or not 8 <= nd <= 13:
                err(f"bad phone {v!r}")
        if kind == "person" and any(c.isdigit() for c in v):
            err(f"digit in person {v!r}")
        if kind == "address" and not re.search(r"\d", v):
            err(f"address without number {v!r}")
    for what, value, bad in id_shaped_outside(t, rec["pii"]):
        if bad:
            err(f"valid-looking {what} outside a span: {value!r}")
    for v in negs:
        d = re.sub(r"[\s-]", "", v)
        if (
            d.isdigit()
            and 10 <= len(d) <= 12
            and (looks_like_id10(d) or fnr_checksum_ok(d) or se_pnr_valid(d) or no_account_valid(d))
        ):
            err(f"ID-shaped hard negative passes a check: {v!r}")


def main():
    records, all_negs, errors = [], [], []
    n = 0
    for lang in ("da", "nb"):
        for genre in GENRES:
            for raw in TEXTS[lang, genre]:
                n += 1
                text, spans, negs = render(raw)
                rec = {
                    "id": f"pii2-danb-{n:04d}",
                    "text": text,
                    "lang": lang,
                    "genre": genre,
                    "pii": spans,
                }
                validate(rec, negs, errors)
                records.append(rec)
                all_negs.extend(negs)

    dup = [t for t, c in Counter(r["text"] for r in records).items() if c > 2]
    if dup:
        errors.append(f"texts used more than twice: {dup[:3]}")
    raw_dup = [t for t, c in Counter(t for v in TEXTS.values() for t in v).items() if c > 2]
    if raw_dup:
        errors.append(f"raw texts used more than twice: {raw_dup[:3]}")

    if errors:
        print("VALIDATION FAILED:", file=sys.stderr)
        for e in errors:
            print("  " + e, file=sys.stderr)
        sys.exit(1)

    write_jsonl(OUT, records)

    # ---- report ----
    kinds = Counter()
    texts = Counter()
    genres = Counter()
    empty = Counter()
    schemes = Counter()
    cpr_mod = Counter()
    for r in records:
        texts[r["lang"]] += 1
        genres[r["lang"], r["genre"]] += 1
        if not r["pii"]:
            empty[r["lang"]] += 1
        for s in r["pii"]:
            kinds[r["lang"], s["kind"]] += 1
            if s["kind"] == "national_id":
                v = r["text"][s["start"] : s["end"]]
                sch = national_id_scheme(v)
                schemes[sch] += 1
                if sch == "dk_cpr":
                    cpr_mod["mod11 ok" if cpr_mod11_ok(v.replace("-", "")) else "mod11 fails"] += 1
    langs = ("da", "nb")
    print(f"wrote {len(records)} records to {OUT}")
    print(f"{'':14}" + "".join(f"{lg:>7}" for lg in langs) + f"{'total':>7}")
    print(
        f"{'texts':14}" + "".join(f"{texts[lg]:>7}" for lg in langs) + f"{sum(texts.values()):>7}"
    )
    for k in KINDS:
        print(
            f"{k:14}"
            + "".join(f"{kinds[lg, k]:>7}" for lg in langs)
            + f"{sum(kinds[lg, k] for lg in langs):>7}"
        )
    for g in GENRES:
        print(
            f"{'genre ' + g:14}"
            + "".join(f"{genres[lg, g]:>7}" for lg in langs)
            + f"{sum(genres[lg, g] for lg in langs):>7}"
        )
    print(
        f"{'no PII':14}" + "".join(f"{empty[lg]:>7}" for lg in langs) + f"{sum(empty.values()):>7}"
    )
    print(f"{'no PII %':14}" + "".join(f"{100 * empty[lg] / texts[lg]:>6.0f}%" for lg in langs))
    print("national_id schemes:", dict(schemes), "| CPR:", dict(cpr_mod))
    print("hard negatives marked:", len(all_negs))


if __name__ == "__main__":
    main()
