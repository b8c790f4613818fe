#!/usr/bin/env python3
"""Builder for the PII hold-out set, Swedish (sv) and English (en) share ("sven").

Texts are written by hand below with inline markup:
  [[kind:value]]   -> a labelled span of `kind` (person|email|phone|national_id|address|account)
  ((neg:value))    -> a hard negative; markup removed, no span
  {PLACEHOLDER}    -> filled by the generators below (fixed seed); {PLACEHOLDER#n} re-uses the
                      same generated value within one text.
The builder strips markup, computes offsets, validates everything and writes
pii_holdout_sven.jsonl next to this file. Standard library only.
"""
import datetime
import json
import os
import random
import re
import string
import sys
from collections import Counter, defaultdict

SEED = 55505
rng = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "pii_holdout_sven.jsonl")
KINDS = ["person", "email", "phone", "national_id", "address", "account"]

# ---------------------------------------------------------------------------
# check functions (written from the public rules)
# ---------------------------------------------------------------------------

def _date_ok(y, m, d):
    try:
        datetime.date(y, m, d)
        return True
    except ValueError:
        return False


def luhn_ok(digits):
    total = 0
    for i, ch in enumerate(reversed(digits)):
        n = int(ch)
        if i % 2 == 1:
            n *= 2
            if n > 9:
                n -= 9
        total += n
    return total % 10 == 0


def luhn_digit(digits9):
    for c in "0123456789":
        if luhn_ok(digits9 + c):
            return c
    raise AssertionError


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
    if not any(_date_ok(y, month, day) for y in years):
        return False
    return luhn_ok(yy + mm + dd + tail)


def dk_cpr_date_ok(d10):
    dd, mm, yy = int(d10[0:2]), int(d10[2:4]), int(d10[4:6])
    return any(_date_ok(c + yy, mm, dd) for c in (1800, 1900, 2000))


def dk_cpr_mod11_ok(d10):
    w = [4, 3, 2, 7, 6, 5, 4, 3, 2, 1]
    return sum(int(a) * b for a, b in zip(d10, w)) % 11 == 0


def no_fnr_ok(s):
    d = re.sub(r"\s", "", s)
    if not re.fullmatch(r"\d{11}", d):
        return False
    day, month, yy = int(d[0:2]), int(d[2:4]), int(d[4:6])
    if day > 40:
        day -= 40          # D-nummer
    if 40 < month <= 52:
        month -= 40        # H-nummer
    elif month > 80:
        month -= 80        # synthetic test numbers
    if not any(_date_ok(c + yy, month, day) for c in (1800, 1900, 2000)):
        return False
    w1 = [3, 7, 6, 1, 8, 9, 4, 5, 2]
    w2 = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]
    k1 = 11 - sum(int(a) * b for a, b in zip(d[:9], w1)) % 11
    k1 = 0 if k1 == 11 else k1
    if k1 == 10 or k1 != int(d[9]):
        return False
    k2 = 11 - sum(int(a) * b for a, b in zip(d[:10], w2)) % 11
    k2 = 0 if k2 == 11 else k2
    return k2 != 10 and k2 == int(d[10])


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


DK_CPR_NOMOD = set()   # generated CPRs deliberately not passing mod 11 (issued since 2007)


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
        if "+" not in s and dk_cpr_date_ok(d) and (dk_cpr_mod11_ok(d) or s in DK_CPR_NOMOD):
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
    if len(d) == 10 and dk_cpr_date_ok(d):
        return True
    return False


def iban_ok(s):
    d = s.replace(" ", "")
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{8,30}", d):
        return False
    lengths = {"SE": 24, "GB": 22, "DK": 18, "NO": 15, "DE": 22, "FI": 18}
    if d[:2] in lengths and len(d) != lengths[d[:2]]:
        return False
    r = d[4:] + d[:4]
    num = "".join(str(int(c, 36)) for c in r)
    return int(num) % 97 == 1


def no_acc_ok(s):
    d = re.sub(r"[.\s]", "", s)
    if not re.fullmatch(r"\d{11}", d):
        return False
    w = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]
    k = 11 - sum(int(a) * b for a, b in zip(d[:10], w)) % 11
    k = 0 if k == 11 else k
    return k != 10 and k == int(d[10])


# ---------------------------------------------------------------------------
# generators
# ---------------------------------------------------------------------------

def _rand_date(y0, y1):
    while True:
        y = rng.randint(y0, y1)
        m = rng.randint(1, 12)
        d = rng.randint(1, 31)
        if _date_ok(y, m, d):
            return y, m, d


def _se_core(y0=1942, y1=2005, samo=False):
    y, m, d = _rand_date(y0, y1)
    dd = d + 60 if samo else d
    body = "%02d%02d%02d%03d" % (y % 100, m, dd, rng.randint(0, 999))
    return y, body + luhn_digit(body)


def g_se_pnr():            # 850312-1234
    _, n = _se_core()
    return n[:6] + "-" + n[6:]


def g_se_pnr12():          # 19850312-1234
    y, n = _se_core()
    return str(y // 100) + n[:6] + "-" + n[6:]


def g_se_pnr_nd():         # 8503121234
    _, n = _se_core()
    return n


def g_se_pnr12_nd():       # 198503121234
    y, n = _se_core()
    return str(y // 100) + n


def g_se_pnr_sp():         # 850312 1234 / 19850312 1234
    y, n = _se_core()
    if rng.random() < 0.5:
        return n[:6] + " " + n[6:]
    return str(y // 100) + n[:6] + " " + n[6:]


def g_se_pnr_plus():       # born 1918-1924, written with +
    _, n = _se_core(1918, 1924)
    return n[:6] + "+" + n[6:]


def g_se_samo():           # samordningsnummer, day + 60
    y, n = _se_core(1960, 2003, samo=True)
    if rng.random() < 0.5:
        return str(y // 100) + n[:6] + "-" + n[6:]
    return n[:6] + "-" + n[6:]


def _dk_core():
    while True:
        y, m, d = _rand_date(1945, 2004)
        if y < 2000:
            c7 = rng.choice("0123")
        else:
            c7 = rng.choice("49")
        base = "%02d%02d%02d%s%s" % (d, m, y % 100, c7, "".join(rng.choice(string.digits) for _ in range(3)))
        if dk_cpr_mod11_ok(base):
            return base


def g_dk_cpr():
    n = _dk_core()
    return n[:6] + "-" + n[6:]


def g_dk_cpr_nd():
    return _dk_core()


def g_dk_cpr_nomod():
    while True:
        y, m, d = _rand_date(2008, 2012)
        n = "%02d%02d%02d%s%03d" % (d, m, y % 100, rng.choice("49"), rng.randint(0, 999))
        if not dk_cpr_mod11_ok(n):
            s = n[:6] + "-" + n[6:]
            DK_CPR_NOMOD.add(s)
            return s


def _no_core(dnr=False):
    while True:
        y, m, d = _rand_date(1950, 2004)
        ind = rng.randint(0, 499) if y < 2000 else rng.randint(500, 999)
        dd = d + 40 if dnr else d
        base = "%02d%02d%02d%03d" % (dd, m, y % 100, ind)
        s = base + "00"
        w1 = [3, 7, 6, 1, 8, 9, 4, 5, 2]
        k1 = 11 - sum(int(a) * b for a, b in zip(base, w1)) % 11
        k1 = 0 if k1 == 11 else k1
        if k1 == 10:
            continue
        w2 = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]
        b2 = base + str(k1)
        k2 = 11 - sum(int(a) * b for a, b in zip(b2, w2)) % 11
        k2 = 0 if k2 == 11 else k2
        if k2 == 10:
            continue
        s = b2 + str(k2)
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
        digits = "%06d" % rng.randint(0, 999999)
        suf = rng.choice("ABCD")
        if rng.random() < 0.5:
            return "%s %s %s %s %s" % (p, digits[:2], digits[2:4], digits[4:], suf)
        return p + digits + suf


def _dg(n):
    return "".join(rng.choice(string.digits) for _ in range(n))


def _se_mob_digits():
    return "07" + rng.choice("02369") + _dg(7)   # 07X + 7 digits


def g_se_mob():            # 070-123 45 67
    d = _se_mob_digits()
    return "%s-%s %s %s" % (d[:3], d[3:6], d[6:8], d[8:])


def g_se_mob_nd():         # 0701234567
    return _se_mob_digits()


def g_se_mob_sp():         # 070 123 45 67
    d = _se_mob_digits()
    return "%s %s %s %s" % (d[:3], d[3:6], d[6:8], d[8:])


def g_se_mob_intl():       # +46 70 123 45 67
    d = _se_mob_digits()
    return "+46 %s %s %s %s" % (d[1:3], d[3:6], d[6:8], d[8:])


def g_se_mob_intl_nd():    # +46701234567
    return "+46" + _se_mob_digits()[1:]


def g_se_mob_00():         # 0046 70-123 45 67
    d = _se_mob_digits()
    return "0046 %s-%s %s %s" % (d[1:3], d[3:6], d[6:8], d[8:])


def g_se_mob_odd():        # odd spacing: 070 - 12 34 567 / 07 01 23 45 67 / 070-1234567
    d = _se_mob_digits()
    return rng.choice([
        "%s - %s %s %s" % (d[:3], d[3:5], d[5:7], d[7:]),
        "%s %s %s %s %s" % (d[:2], d[2:4], d[4:6], d[6:8], d[8:]),
        "%s-%s" % (d[:3], d[3:]),
        "%s %s%s" % (d[:3], d[3:6], d[6:]),
    ])


def g_se_mob_paren():      # +46 (0)70-123 45 67
    d = _se_mob_digits()
    return "+46 (0)%s-%s %s %s" % (d[1:3], d[3:6], d[6:8], d[8:])


def g_se_sthlm():          # 08-123 456 78 / 08-12 34 56
    if rng.random() < 0.6:
        d = _dg(8)
        return "08-%s %s %s" % (d[:3], d[3:6], d[6:])
    d = _dg(7)
    return "08-%s %s %s" % (d[:3], d[3:5], d[5:])


def g_se_gbg():            # 031-12 34 56
    d = rng.choice("2345789") + _dg(5)
    return "031-%s %s %s" % (d[:2], d[2:4], d[4:])


def g_se_land():           # other area codes
    ac = rng.choice(["040", "046", "018", "013", "090", "0470", "0520", "054", "060", "0920", "0498", "035"])
    if len(ac) == 4:
        d = rng.choice("123456789") + _dg(4)
        return "%s-%s %s" % (ac, d[:3], d[3:])
    d = rng.choice("123456789") + _dg(5)
    return "%s-%s %s %s" % (ac, d[:2], d[2:4], d[4:])


def g_se_ac(ac):           # given Swedish area code, e.g. SE_AC063 -> 063-12 34 56 / 0470-123 45
    if len(ac) == 4:
        d = rng.choice("123456789") + _dg(4)
        return rng.choice(["%s-%s %s", "%s-%s%s", "%s - %s %s"]) % (ac, d[:3], d[3:])
    d = rng.choice("123456789") + _dg(5)
    return rng.choice(["%s-%s %s %s", "%s-%s%s%s", "%s/%s %s %s"]) % (ac, d[:2], d[2:4], d[4:])


def g_uk_mob():            # 07700 900123 (Ofcom drama range)
    return "07700 900%03d" % rng.randint(0, 999)


def g_uk_mob_nd():
    return "07700900%03d" % rng.randint(0, 999)


def g_uk_mob_intl():
    return rng.choice(["+44 7700 900%03d", "+447700900%03d", "+44 (0)7700 900%03d", "0044 7700 900%03d"]) % rng.randint(0, 999)


def g_uk_mob_odd():
    x = "%03d" % rng.randint(0, 999)
    return rng.choice(["07700-900-%s" % x, "077 009 00%s" % x, "07700 900 %s" % x])


def g_uk_ldn():            # 020 7946 0xxx
    return rng.choice(["020 7946 0%03d", "+44 (0)20 7946 0%03d", "+44 20 7946 0%03d", "020-7946-0%03d"]) % rng.randint(0, 999)


def g_uk_geo():            # other Ofcom drama geographic ranges
    return rng.choice([
        "0161 496 0%03d", "0121 496 0%03d", "0113 496 0%03d", "0117 496 0%03d",
        "0141 496 0%03d", "0131 496 0%03d", "0151 496 0%03d", "0115 496 0%03d",
        "029 2018 0%03d", "028 9018 0%03d", "01632 960%03d",
    ]) % rng.randint(0, 999)


def g_dk_mob():
    d = rng.choice("2345") + _dg(7)
    return rng.choice(["+45 %s %s %s %s", "0045 %s %s %s %s", "%s %s %s %s"]) % (d[:2], d[2:4], d[4:6], d[6:])


def g_no_mob():
    d = rng.choice("49") + _dg(7)
    return rng.choice(["+47 %s %s %s" % (d[:3], d[3:5], d[5:]), "%s %s %s" % (d[:3], d[3:5], d[5:]), "+47 " + d])


def g_us_phone():
    return rng.choice(["+1 (202) 555-01%02d", "+1 617-555-01%02d", "+1 415 555 01%02d"]) % rng.randint(0, 99)


def g_de_phone():
    return "+49 30 " + rng.choice("2345689") + _dg(7)


def g_pl_mob():
    d = rng.choice("5678") + _dg(8)
    return "+48 %s %s %s" % (d[:3], d[3:6], d[6:])


def _iban(cc, bban):
    num = "".join(str(int(c, 36)) for c in bban + cc + "00")
    chk = 98 - int(num) % 97
    return cc + "%02d" % chk + bban


def _grp(s):
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


def g_iban_se():
    s = _iban("SE", rng.choice(["500", "800", "600", "300", "120"]) + _dg(17))
    return _grp(s) if rng.random() < 0.6 else s


def g_iban_gb():
    s = _iban("GB", rng.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]) + _dg(14))
    return _grp(s) if rng.random() < 0.6 else s


def g_iban_dk():
    s = _iban("DK", _dg(14))
    return _grp(s) if rng.random() < 0.5 else s


def _no_acc_digits():
    while True:
        base = _dg(10)
        w = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]
        k = 11 - sum(int(a) * b for a, b in zip(base, w)) % 11
        k = 0 if k == 11 else k
        if k != 10:
            return base + str(k)


def g_iban_no():
    s = _iban("NO", _no_acc_digits())
    return _grp(s) if rng.random() < 0.5 else s


def g_iban_de():
    s = _iban("DE", _dg(18))
    return _grp(s) if rng.random() < 0.6 else s


def g_no_acc():
    d = _no_acc_digits()
    return "%s.%s.%s" % (d[:4], d[4:6], d[6:])


def g_se_acc():
    kind = rng.choice(["swed", "seb", "shb", "nordea"])
    if kind == "swed":
        return "8%s-%s, %s %s %s-%s" % (_dg(3), _dg(1), _dg(3), _dg(3), _dg(3), _dg(1))
    if kind == "seb":
        return "5%s %s %s %s" % (_dg(3), _dg(2), _dg(3), _dg(2))
    if kind == "shb":
        return "6%s-%s %s %s" % (_dg(3), _dg(3), _dg(3), _dg(3))
    return "1%s %s %s" % (_dg(3), _dg(2), _dg(5))


def g_dk_acc():
    return "%s-%s" % (rng.choice(["1551", "3409", "9570", "5301", "2191"]), _dg(10))


def g_uk_sort():
    return "%02d-%02d-%02d" % (rng.choice([20, 40, 60, 30, 11, 77, 83, 9]), rng.randint(0, 99), rng.randint(0, 99))


def g_uk_acc():
    return rng.choice("123456789") + _dg(7)


# hard-negative generators ---------------------------------------------------

def g_neg8():              # 8 digits shaped like a phone number
    return rng.choice("2345679") + _dg(7)


def _neg_digits(n):
    while True:
        d = rng.choice("123456789") + _dg(n - 1)
        if not id_looking(d):
            return d


def g_neg10():
    return _neg_digits(10)


def g_neg10_dash():        # 6-4 with a dash, like a pnr but failing every check
    while True:
        d = _neg_digits(10)
        s = d[:6] + "-" + d[6:]
        if not id_looking(s):
            return s


def g_neg11():
    return _neg_digits(11)


def g_neg12():
    return _neg_digits(12)


def g_orgnr():             # Swedish org.nr (third digit >= 2, Luhn valid)
    while True:
        body = rng.choice(["55", "556", "559", "802", "716", "969"])
        body = (body + _dg(9 - len(body)))
        if int(body[2]) < 2:
            continue
        s = body + luhn_digit(body)
        s = s[:6] + "-" + s[6:]
        if not id_looking(s):
            return s


def g_ocr():
    return _neg_digits(rng.choice([13, 14, 15, 16]))


GEN = {
    "SE_PNR": g_se_pnr, "SE_PNR12": g_se_pnr12, "SE_PNR_ND": g_se_pnr_nd, "SE_PNR12_ND": g_se_pnr12_nd,
    "SE_PNR_SP": g_se_pnr_sp, "SE_PNR_PLUS": g_se_pnr_plus, "SE_SAMO": g_se_samo,
    "DK_CPR": g_dk_cpr, "DK_CPR_ND": g_dk_cpr_nd, "DK_CPR_NOMOD": g_dk_cpr_nomod, "NO_FNR": g_no_fnr, "NO_DNR": g_no_dnr,
    "UK_NINO": g_uk_nino,
    "SE_MOB": g_se_mob, "SE_MOB_ND": g_se_mob_nd, "SE_MOB_SP": g_se_mob_sp, "SE_MOB_INTL": g_se_mob_intl,
    "SE_MOB_INTL_ND": g_se_mob_intl_nd, "SE_MOB_00": g_se_mob_00, "SE_MOB_ODD": g_se_mob_odd,
    "SE_MOB_PAREN": g_se_mob_paren, "SE_STHLM": g_se_sthlm, "SE_GBG": g_se_gbg, "SE_LAND": g_se_land,
    "UK_MOB": g_uk_mob, "UK_MOB_ND": g_uk_mob_nd, "UK_MOB_INTL": g_uk_mob_intl, "UK_MOB_ODD": g_uk_mob_odd,
    "UK_LDN": g_uk_ldn, "UK_GEO": g_uk_geo, "DK_MOB": g_dk_mob, "NO_MOB": g_no_mob, "US_PHONE": g_us_phone,
    "DE_PHONE": g_de_phone, "PL_MOB": g_pl_mob,
    "IBAN_SE": g_iban_se, "IBAN_GB": g_iban_gb, "IBAN_DK": g_iban_dk, "IBAN_NO": g_iban_no,
    "IBAN_DE": g_iban_de, "NO_ACC": g_no_acc, "SE_ACC": g_se_acc, "DK_ACC": g_dk_acc,
    "UK_SORT": g_uk_sort, "UK_ACC": g_uk_acc,
    "NEG8": g_neg8, "NEG10": g_neg10, "NEG10_DASH": g_neg10_dash, "NEG11": g_neg11, "NEG12": g_neg12,
    "ORGNR": g_orgnr, "OCR": g_ocr,
}

# ---------------------------------------------------------------------------
# the texts: (lang, genre, marked-up text)
# ---------------------------------------------------------------------------
TEXTS = []

# --- sv, batch 1 -------------------------------------------------------------
TEXTS += [
    ("sv", "survey", "Jag har väntat i tre veckor på att fibern ska kopplas in. Ordernummer ((neg:{NEG8})), ärendet har bytt handläggare två gånger. Senast pratade jag med [[person:Ahmed]] som lovade återkoppling inom 48 timmar – inget hände. Ring mig på [[phone:{SE_MOB}]] istället för att skicka mejl som ingen svarar på."),
    ("sv", "survey", "Bra bemötande i kassan på Clas Ohlson i Gränby, men självscanningen krånglade igen. Kvitto nr ((neg:4471-0032-118)) om ni vill kolla."),
    ("sv", "survey", "Klagomål angående slutfaktura ((neg:{NEG10})), förfallodag ((neg:2024-02-29)).\nJag flyttade från lägenheten den 31 januari men ni har debiterat mig för februari också. Mätarställning vid avflyttning: ((neg:48 211)) kWh, foto bifogat.\n\nMed vänlig hälsning\n[[person:Birgitta Sjöberg-Lind]]\n[[address:Köpmangatan 14 B, 831 30 Östersund]]\nPersonnr [[national_id:{SE_PNR}]]\nTel. [[phone:{SE_AC063}]]"),
    ("sv", "survey", "Ville byta till autogiro men formuläret på webben godtog inte mitt kontonummer [[account:{SE_ACC}]]. Fick till slut hjälp av [[person:Lo]] på kontoret i Hässleholm, tack för det!"),
    ("sv", "survey", "Appen loggar ut mig varje gång jag byter till BankID-appen. iPhone 15, iOS 17.4. Irriterande när man ska betala en räkning på ((neg:1 249 kr)) snabbt."),
    ("sv", "survey", "Skadeanmälan gällande vattenläcka i badrummet, skadenummer ((neg:S-{NEG8})). Handläggaren [[person:J. Holm]] har inte hört av sig på tre veckor och när jag ringer säger växeln att hon är föräldraledig. Vem tar över mitt ärende? Nås enklast på [[email:maja.ek.1987@gmail.com]]"),
    ("sv", "survey", "Vårdcentralen i Kungsbacka: fick tid hos doktor [[person:Okafor]] samma dag, superbra. Däremot läste receptionisten upp mitt personnummer [[national_id:{SE_PNR_ND}]] så högt att hela väntrummet hörde. Det känns inte okej."),
    ("sv", "survey", "Snöröjningen på ((neg:Vegagatan)) har varit usel hela vintern. Plogbilen kom först ((neg:kl 14:30)) på tisdagen. Kommunen måste prioritera gång- och cykelvägar före bilvägarna."),
    ("sv", "survey", "Budet ringde på fel dörr och lämnade maten hos grannen. Jag bor på [[address:Ekvägen 7, 443 31 Lerum]], det står tydligt i appen. Order ((neg:#{NEG8})) var iskall när jag väl fick den."),
    ("sv", "survey", "Säg upp mitt medlemskap NU!!! Jag har mejlat tre gånger. Medlemsnr ((neg:{NEG10})). /[[person:Hanna Yilmaz]] [[phone:{SE_MOB_ND}]]"),
    ("sv", "survey", "Tåg ((neg:537)) mot Göteborg stod still i Alingsås i 45 minuter utan information. Förseningsersättning på ((neg:25 %)) är ett skämt när biljetten kostade ((neg:689 kr)). Bokningsnummer ((neg:{NEG10_DASH}))."),
    ("sv", "survey", "Lämnade in min Volvo XC60 för service hos Bengtssons Bil & Däck. [[person:Frank]] i verkstaden förklarade allt jättebra och ringde när bilen var klar. Rekommenderas!"),
    ("sv", "survey", "Till styrelsen i BRF Ljusglimten: tvättstugan i källaren har varit trasig sedan ((neg:12/3)). Jag har pratat med vicevärden [[person:Kowalski]] två gånger men inget händer.\n/[[person:Sven-Erik Månsson]], lgh ((neg:1204))"),
    ("sv", "survey", "---------- Vidarebefordrat meddelande ----------\nFrån: [[person:Nguyen Thi Lan]] <[[email:lan.nguyen@telia.com]]>\nDatum: ((neg:5 mars 2024 09:12))\nÄmne: Fel på faktura\n\nHej, jag skickar detta igen eftersom ingen har svarat. Jag har debiterats för roaming i Norge fast jag inte ens varit där."),
    ("sv", "survey", "Snabb leverans och allt var helt. Tack!"),
    ("sv", "survey", "Returnerade jackan ((neg:2024-01-08)) med spårningsnummer ((neg:JJD000390007825531)) men pengarna har inte kommit tillbaka. Sätt in dem på [[account:{SE_ACC}]] eller IBAN [[account:{IBAN_SE}]]. Mvh [[person:Alva]]"),
    ("sv", "survey", "Jag är nyinflyttad från Polen och har bara samordningsnummer ([[national_id:{SE_SAMO}]]). Er kundtjänst påstod att jag inte kan teckna elavtal utan personnummer, men min kollega [[person:Agnieszka]] fick avtal hos ett annat bolag utan problem. Ring gärna [[phone:{PL_MOB}]]."),
    ("sv", "survey", "Buss 4 mot Frölunda torg hoppar över hållplatsen Annedal trots att man tryckt på stoppknappen. Hände igen i fredags ((neg:kl. 07.42))."),
    ("sv", "survey", "Jag pendlar till Oslo och får lön till mitt norska konto [[account:{NO_ACC}]]. Överföringen till Sverige tar fem bankdagar, det är inte rimligt 2024. Mitt norska fødselsnummer är [[national_id:{NO_FNR}]] om ni behöver det för kundkännedomen."),
    ("sv", "survey", "Vi var fyra i bilen när olyckan hände: jag, min man [[person:Kent]], vår dotter [[person:Wilma]] och svärmor [[person:Rose-Marie Ahlgren]]. Alla har fått olika brev om självrisken. Skadenr ((neg:{NEG11})). Ring [[phone:{SE_MOB_INTL}]]."),
]

# --- sv, batch 2: social + interview ------------------------------------------
TEXTS += [
    ("sv", "social", "@[[person:linnea_vega]] haha samma här!! telia har inte haft täckning i Vemdalen på hela sportlovet 😤📵"),
    ("sv", "social", "Tack till [[person:sky]] på ICA Maxi Haninge som sprang efter mig med plånboken jag glömde vid kassan ❤️ du räddade min dag"),
    ("sv", "social", "SL är ett skämt. Pendeltåget ((neg:07:14)) från Märsta inställt IGEN. #sl #pendeltåg 🙄"),
    ("sv", "social", "Någon mer som fått sms om ”tullavgift” från PostNord med länk? BLUFF. Klicka inte! Kollinumret de anger, ((neg:{NEG12})), finns inte ens 🚫"),
    ("sv", "social", "Stort tack till personalen på akuten i Lund, särskilt sjuksköterskan [[person:Fatima]] och dr [[person:Bergqvist]] 🙏 ni är guld värda"),
    ("sv", "social", "Ticketmaster tog ((neg:89 kr)) i ”serviceavgift” per biljett?? för en e-biljett?? någon som vet hur man klagar på det på riktigt 🤡 /[[person:ida]]"),
    ("sv", "social", "Vill bara säga att [[person:Bill]] på Biltema Kungens kurva är bäst. Hjälpte mig byta torkarblad i spöregnet utan att jag ens bad om det 👏👏"),
    ("sv", "social", "Hallå @Vattenfall varför har jag fått en faktura på ((neg:4 812 kr)) för januari när jag bor i en etta?? Kundnummer ((neg:{NEG8})) #elpriset"),
    ("sv", "social", "om någon hittat en svart ryggsäck på buss 150 igår kväll, ring mig [[phone:{SE_MOB_SP}]] eller sms:a. hittelön utlovas 🎒"),
    ("sv", "social", "Fick hjälp av [[person:Mohammed]] och [[person:Tove]] på Willys igår när jag svimmade i kön. Tack tack tack 💕 ni har fantastisk personal"),
    ("sv", "social", "NORDEA ÄR SÄMST. 45 min i telefonkö och sen lägger [[person:PATRIK]] på luren mitt i. Tack för inget 😡"),
    ("sv", "social", "kommunens nya app för felanmälan är faktiskt riktigt bra?? anmälde en trasig gatlampa på Kristinebergsvägen och den var lagad dagen efter 💡"),
    ("sv", "social", "Paketet har stått ”under transport” i 11 dagar nu. @[[person:anna.k.holmberg]] du som jobbar på DHL, vad händer egentligen? 😅 ((neg:JVGL0612345678))"),
    ("sv", "interview", "Intervju 14, bankkontoret i Örnsköldsvik. Kunden, [[person:Gunnel Åström]] (72), berättar att hon inte längre kan betala räkningar på kontoret utan hänvisas till appen. Hon har ingen smartphone. Dottern [[person:Maria]] hjälper ibland men bor i Umeå. [[person:Gunnel]] vill bli kontaktad per telefon, [[phone:{SE_AC0660}]], inte per brev."),
    ("sv", "interview", "I: Hur upplevde du bytet av elavtal?\nR: Rörigt. Jag fick tre olika besked från tre olika personer.\nI: Kommer du ihåg vem du pratade med?\nR: En [[person:Amir]] först, sen någon [[person:Jessica]]. Hon var bra faktiskt.\nI: Och priset?\nR: ((neg:89 öre)) per kWh plus påslag, det stod inte i avtalet."),
    ("sv", "interview", "[[person:Karin]]: Välkommen, vill du börja med att berätta om besöket på Folktandvården?\n[[person:Yusuf]]: Ja, alltså, jag fick vänta en timme fast jag hade tid ((neg:kl 10)).\n[[person:Karin]]: Fick du någon förklaring?\n[[person:Yusuf]]: Nej. Och sen skickades fakturan till min gamla adress, [[address:Sörgårdsvägen 22, 702 16 Örebro]]."),
    ("sv", "interview", "Fokusgrupp 3 (pendlare Uppsala–Stockholm). Deltagarna var överens om att informationen vid störningar är sämst i Knivsta. Flera nämnde att appen visar tåg ((neg:843)) som i tid fast det är inställt. Ingen ville ha sms-aviseringar, alla föredrog push."),
    ("sv", "interview", "[((neg:09:41))] Kund: Hej, jag har blivit av med mitt kort\n[09:41] Vera (chattbot): Jag förstår. Vill du spärra kortet?\n[09:42] Kund: ja\n[09:44] [[person:Malin]] (Kundservice): Hej, jag heter [[person:Malin]] och tar över. Kan du bekräfta ditt personnummer?\n[09:45] Kund: [[national_id:{SE_PNR12}]]\n[09:46] [[person:Malin]] (Kundservice): Tack, kortet är spärrat. Nytt kort skickas till folkbokföringsadressen inom 5–7 dagar."),
    ("sv", "interview", "Hembesök hos hyresgäst på [[address:Gårdstensvägen 41, lgh 1102, 424 42 Angered]]. Hon heter [[person:Fadumo Hassan]] och har haft fuktskador i badrummet sedan i höstas. Förvaltaren [[person:Roger]] ska ha lovat åtgärd före jul. Hon vill inte att grannarna får veta att hon klagat."),
    ("sv", "interview", "Intervjuare: Vad tycker du om den nya prismodellen på gymmet?\nKund: Dyr. ((neg:599 kr)) i månaden och ändå stänger de ((neg:kl 21)) på helgerna.\nIntervjuare: Har du funderat på att byta?\nKund: Ja, men bindningstiden går ut först i augusti."),
    ("sv", "interview", "Anteckningar, telefonintervju ((neg:2024-04-17)). Respondenten [[person:Ole Nygård]] bor i Strömstad men är norsk medborgare och har både D-nummer [[national_id:{NO_DNR}]] och svenskt samordningsnummer [[national_id:{SE_SAMO}]]. Han upplever att försäkringsbolaget inte förstår gränspendlares situation. Nås på [[phone:{NO_MOB}]]."),
]

# --- sv, batch 3 -------------------------------------------------------------
TEXTS += [
    ("sv", "interview", "Medarbetare: Kundtjänst, du pratar med [[person:Elin]].\nKund: Hej, [[person:Anders Vega]] här. Jag har fått fel storlek igen.\nMedarbetare: Okej, har du ordernumret?\nKund: ((neg:{NEG8})). Och mejla returetiketten till [[email:anders.vega@bredband.net]], inte till jobbet.\nMedarbetare: Absolut, den kommer inom en timme."),
    ("sv", "interview", "Djupintervju, småföretagare (kortterminal). Respondenten [[person:Hope Mwangi]] driver en frisörsalong i Rinkeby och är helt beroende av att terminalen fungerar. Vid senaste avbrottet förlorade hon en hel lördag. Hon pratade med en [[person:Daniel]] på supporten som sa att felet låg hos henne. Hon vill ha ett skriftligt svar till [[email:hope.mwangi@hotmail.se]]."),
    ("sv", "interview", "I: Vad var det bästa med besöket?\nR: Att de tog sig tid. Sjukgymnasten förklarade övningarna två gånger.\nI: Och det sämsta?\nR: Parkeringen. ((neg:25 kr)) i timmen vid en vårdcentral är fräckt.\nI: Skulle du rekommendera kliniken?\nR: Ja, ((neg:8 av 10))."),
    ("sv", "interview", "Stormöte med hyresgäster, Rosengård ((neg:2024-03-05)). Från bolaget: [[person:Lars-Göran Pettersson]] (förvaltare) och [[person:Nadia El-Amin]] (kundansvarig). Hyresgäster som yttrade sig: [[person:Zeynep Kaya]], [[person:Bosse]] på trean och [[person:Ali Rezaei]]. Huvudfrågan var hissen i port ((neg:12B)) som stått still i sex veckor."),
    ("sv", "interview", "((neg:14:02)) Verkstad: Bilverkstan, [[person:Tommy]].\n14:02 Kund: Hej, det gäller den vita Golfen som jag lämnade i måndags.\n14:03 Verkstad: Jaha, det var du som ringde i går. [[person:Tommy]] här igen alltså, hehe.\n14:03 Kund: Ni sa att den skulle vara klar i dag.\n14:04 Verkstad: Reservdelen har inte kommit. Jag ringer dig på [[phone:{SE_MOB_ODD}]] när den är här."),
    ("sv", "interview", "Telefonintervju med äldre kund, [[person:Elsa Lundqvist]], över hundra år gammal, som fortfarande har hemförsäkring hos oss. Hon läste upp sitt personnummer [[national_id:{SE_PNR_PLUS}]] utan att vi bett om det. Hon är nöjd men tycker att breven har för liten text. Sonen [[person:Bertil]] sköter numera betalningarna."),
    ("sv", "interview", "Medarbetare: Har du fått vårt erbjudande om fast pris?\nKund: Ja, ((neg:1,29 kr/kWh)) i tre år. Det är ju dyrare än rörligt just nu.\nMedarbetare: Just nu, ja.\nKund: Jag väntar till hösten. Anläggnings-id står på fakturan, ((neg:735999100012345678)), om ni behöver det."),
    ("sv", "interview", "Kundintervju, matleverans. [[person:Viktor]] (28) beställer tre–fyra gånger i veckan. Han berättar att budet [[person:Rahim]] alltid är snabb men att appen ofta visar fel restaurang. [[person:Viktor]] vill ha kompensation i form av rabattkoder, inte pengar tillbaka till kortet."),
    ("sv", "interview", "Intervjuare: Berätta om resan.\nDeltagare: Vi skulle till Malmö med X2000, jag och min fru [[person:Lo]] och barnen. Tåget ställdes in i Nässjö.\nIntervjuare: Hur fick ni information?\nDeltagare: Inte alls. En konduktör, tror han hette [[person:Sami]], gick runt och sa ’ni får ta er till bussarna’. Sen fick vi ((neg:250 kr)) i ersättning per person."),
    ("sv", "survey", "Ni har fakturerat oss dubbelt för mars. Se bifogad kopia.\n\n--\n[[person:Jonas Ek]]\nEkonomiansvarig, Ek & Son Måleri AB\nOrg.nr ((neg:{ORGNR}))\nMobil: [[phone:{SE_MOB_INTL}]]\n[[email:jonas@ekmaleri.se]]"),
    ("sv", "survey", "Hemköp på Mobilia har aldrig mer än en kassa öppen efter ((neg:kl 19)). Kön ringlar sig ända till mejerihyllan. Snälla, anställ fler!"),
    ("sv", "survey", "Ansökan om bygglov, dnr ((neg:BN 2024-000317)). Ingen har kontaktat mig på sju veckor trots att handläggningstiden ska vara fyra.\nSökande: [[person:Kerstin Alva Nordin]], [[address:Bäckvägen 3, 455 34 Munkedal]], tel. [[phone:{SE_AC0524}]]"),
    ("sv", "survey", "Jag blev lurad av en bedragare som utgav sig för att ringa från banken. ((neg:14 300 kr)) försvann från mitt konto [[account:{SE_ACC}]]. Polisanmälan är gjord, ((neg:K{NEG8}-24)). Er handläggare sa att ni inte ersätter någonting. Jag är 81 år!"),
    ("sv", "survey", "Priset på mobilabonnemanget höjdes från ((neg:299 kr)) till ((neg:349 kr)) utan att jag fick något meddelande. Kundnummer ((neg:{NEG10})). Jag vill ha tillbaka mellanskillnaden för februari–april."),
    ("sv", "survey", "Flyget ((neg:SK 1417)) Arlanda–Köpenhamn ((neg:3/5)) ställdes in och vi ombokades via Frankfurt. Ersättningsanspråk för två resenärer: jag själv och [[person:Sofia Karlsson-Öberg]]. Betala ut till [[account:{IBAN_SE}]]. Kontakt: [[email:s.karlsson.oberg@icloud.com]]"),
    ("sv", "survey", "Instruktören på spinningen tisdagar ((neg:kl 18)), jag tror hon heter [[person:Vega]], är fantastisk. Mer sånt!"),
    ("sv", "survey", "Skickade ett meddelande via 1177 för tre veckor sedan om remiss till hudläkare. Inget svar. Ringde och fick prata med [[person:Lena]] i växeln som sa att doktor [[person:Åkesson]] är sjukskriven. Varför får man inte veta det?"),
    ("sv", "survey", "Bra att ni äntligen har Swish i butiken. Men terminalen i kassa 3 läser inte chipkort, jag fick betala två gånger ((neg:14/2)) ((neg:kl. 16:05)), belopp ((neg:238,50 kr))."),
    ("sv", "survey", "Min mamma [[person:Ingrid Håkansson]] ([[national_id:{SE_PNR12_ND}]]) har fått ett inkassokrav från er för en beställning hon aldrig gjort. Hon har aldrig handlat på nätet! Kontakta mig, [[person:Peter]], på [[phone:{SE_STHLM}]] eller [[email:peter.hakansson@comhem.se]]."),
    ("sv", "survey", "Flyttanmälan: från [[address:Tallvägen 12, 191 45 Sollentuna]] till [[address:Storgatan 8 A, 3 tr, 852 30 Sundsvall]] den 1 juni. Bredbandet ska följa med. Abonnemangsnr ((neg:{NEG10_DASH}))."),
]

# --- sv, batch 4 -------------------------------------------------------------
TEXTS += [
    ("sv", "survey", "Karensdagen får jag stå för ändå, men att tandläkartiden ((neg:08.15)) flyttades till ((neg:13.40)) utan att någon meddelade mig gjorde att jag tog ledigt i onödan."),
    ("sv", "survey", "Beställde en soffa ((neg:v. 12)), levererades ((neg:v. 19)). Chauffören var dessutom otrevlig. Vill ha kontakt med en chef, inte chattbotten. Mitt nummer: [[phone:{SE_MOB_PAREN}]] (dagtid)."),
    ("sv", "survey", "Har fortfarande inte fått tillbaka överskjutande belopp från slutavräkningen. Skicka svar till [[email:kalle_lindgren72@yahoo.se]] (OBS understreck, inte punkt). Tack på förhand / [[person:Kalle]]"),
    ("sv", "survey", "Tandläkaren var jättebra men fakturan på ((neg:2 340 kr)) kom innan jag ens hunnit hem. OCR ((neg:{OCR})), bankgiro ((neg:5050-1055)). Lite stressande."),
    ("sv", "survey", "JAG HAR SKICKAT IN MINA UPPGIFTER TRE GÅNGER!!! NAMN: [[person:BRITT-MARIE STRAND]] PERSONNR: [[national_id:{SE_PNR_SP}]] VARFÖR FINNS INTE MIN ANSÖKAN OM FÄRDTJÄNST I SYSTEMET"),
    ("sv", "survey", "Annars är jag nöjd med hemtjänsten. Personalen kommer i tid och tar av sig skorna. Det är bara matlådorna som är för salta."),
    ("sv", "survey", "Jag bor i Malmö men jobbar i Köpenhamn. Ni vill ha mitt danska CPR-nummer, [[national_id:{DK_CPR}]], men er blankett har bara plats för tio siffror utan bindestreck. Ring mig gärna på mitt danska nummer [[phone:{DK_MOB}]]."),
    ("sv", "survey", "Budet hittade inte porten. Adressen är [[address:Hagagatan 23, 113 47 Stockholm]], portkod ((neg:4471)), 4 tr. Det står i kommentaren! Ring [[phone:{SE_MOB}]] nästa gång istället för att åka därifrån."),
    ("sv", "survey", "Jag heter egentligen [[person:Abdirahman]] men alla kallar mig [[person:Abdi]]. Ert system godtar inte att namnet i mejladressen, [[email:abdi.warsame@gmail.com]], skiljer sig från folkbokföringen. Väldigt krångligt för att få ut en reseförsäkring."),
    ("sv", "survey", "Premien för bilförsäkringen har ökat med ((neg:38 %)) på ett år trots att jag inte haft en enda skada. Försäkringsnummer ((neg:{NEG11})). Jag säger upp den per ((neg:2024-06-30))."),
    ("sv", "survey", "Hyran från min tyska hyresgäst har inte kommit in. Han har skickat till [[account:{IBAN_SE}]], vilket är rätt, från sitt konto [[account:{IBAN_DE}]]. Varför fastnar pengarna hos er i över en vecka?"),
    ("sv", "survey", "Glömde mitt paraply på Pågatåget mellan Lund och Hässleholm. Hittegods svarade aldrig. Om någon hittat det: [[person:Hedvig]], tel [[phone:{SE_AC0451}]]. Det är rött med vita prickar."),
    ("sv", "survey", "PT:n [[person:Rasmus]] avbokade fyra pass i rad, sista gången tio minuter innan. Jag vill ha tillbaka pengarna för klippkortet, ((neg:2 600 kr)), till [[account:{SE_ACC}]]."),
]

# --- sv, batch 5 -------------------------------------------------------------
TEXTS += [
    ("sv", "survey", "Leveransen kom i tid men kylvaran (insulin!) låg i en vanlig kartong. Ordernr ((neg:{NEG8})). Det är inte okej för läkemedel som ska förvaras i ((neg:2–8 °C))."),
    ("sv", "survey", "Jag är ordförande i vår samfällighet och vill klaga på sophämtningen. Kärlet vid [[address:Lövhagsgatan 9, 417 29 Göteborg]] har inte tömts på tre veckor.\n/[[person:Gert Rosén]], [[phone:{SE_GBG}]], [[email:gert.rosen@gmail.com]]"),
    ("sv", "survey", "Kontaktuppgifter till min gode man: [[person:Tobias Frisk]], [[email:Tobias.Frisk@godmanbyran.se]], [[phone:{SE_MOB_00}]]. Han sköter all kontakt med er från och med nu."),
    ("sv", "survey", "Mycket bra service på ICA Kvantum Malmborgs. Personalen i charken kan verkligen sina grejer. Hoppas ni behåller dem!"),
    ("sv", "survey", "Laddstolpen vid Solna centrum har varit ur funktion sedan ((neg:2024-01-15)). Stolpens id: ((neg:SE*VIR*E12345)). Appen visar ’tillgänglig’ hela tiden."),
    ("sv", "survey", "ring [[phone:{SE_MOB_ND}]] ang. min beställning av glasögon, ni har fel styrka på vänster glas"),
    ("sv", "survey", "Jag är utbytesstudent och fick samordningsnummer [[national_id:{SE_SAMO}]] i höstas. Studentbostäderna säger ändå att jag saknar svenskt id. Kontraktsnummer ((neg:{NEG10_DASH})). Mejla gärna [[email:nguyen.minh.anh@student.lu.se]]."),
    ("sv", "survey", "Ärligt talat: er chattbot ((neg:Alva)) fattar ingenting. Jag skrev ’flytta abonnemang’ och fick svar om roaming i Thailand."),
    ("sv", "survey", "Autogirot dras från fel konto. Det ska dras från [[account:{SE_ACC}]] som är mitt, inte från min sambos. Hon heter [[person:Ronja]] och har redan ringt er två gånger om det här."),
    ("sv", "survey", "Fastighetsbolaget skickade en mätaravläsare, [[person:K. Lindahl]] enligt lappen, som inte kunde legitimera sig. Jag släppte inte in honom. Vem ska jag ringa? Jag nås på [[phone:{SE_STHLM}]]."),
    ("sv", "survey", "Hej!\nBifogar kopia på kvittot. Jag reklamerar diskmaskinen (Bosch Serie 4) som slutade fungera efter 14 månader.\nKöpare: [[person:Emir Hodžić]]\nPersonnummer: [[national_id:{SE_PNR12}]]\nE-post: [[email:emir.hodzic@live.se]]\nTel: [[phone:{SE_MOB_INTL_ND}]]"),
    ("sv", "survey", "Kundtjänst var snabb och trevlig, ((neg:5/5))."),
]

# --- en, batch 1 -------------------------------------------------------------
TEXTS += [
    ("en", "survey", "I've been a customer for 11 years and this is the first time I've complained. Your engineer, a guy called [[person:Bill]], turned up four hours late and then said the router was 'fine'. It is not fine. Account ref ((neg:{NEG8})). Please call me on [[phone:{UK_MOB}]] after 5pm."),
    ("en", "survey", "Ordered a birthday cake for Saturday, it arrived Monday. Order #((neg:{NEG8})), total ((neg:£34.99)). Refund please, not a voucher."),
    ("en", "survey", "Mrs [[person:Patricia Okafor]]\n[[address:Flat 4, 27 Wellington Road, Manchester M14 6EQ]]\n((neg:12 March 2024))\n\nDear Sir or Madam,\nRe: Policy number ((neg:HH-{NEG8}))\nI am writing to complain about the handling of my home insurance claim after the storm on 2 February. Your assessor, Mr [[person:Gallagher]], has not returned a single call.\n\nYours faithfully,\n[[person:P. Okafor]]"),
    ("en", "survey", "Please stop sending letters to my late father, [[person:Frank Hope]]. I have sent the death certificate twice. His account was sort code [[account:{UK_SORT}]], account number [[account:{UK_ACC}]], and it should have been closed in January."),
    ("en", "survey", "((neg:Frank)) question: why does the ((neg:bill)) go up every April by CPI + ((neg:3.9%))? I ((neg:hope)) someone in management actually reads these."),
    ("en", "survey", "The new manager at the Leeds branch (I think her name is [[person:Sky]]) has completely turned the place around. Clean showers, working machines, staff who say hello. Well done."),
    ("en", "survey", "We're a small business client of your payroll service and you've entered my employee's NI number wrong on his P60. It should be [[national_id:{UK_NINO}]] for [[person:Tomasz Kowalski]]. Second time this year."),
    ("en", "survey", "Smart meter has shown 'no signal' since the day it was installed. MPAN ((neg:1200023456789)), meter serial ((neg:21E5012345)). Nobody at your end seems to know what to do about it."),
    ("en", "survey", "Thanks for nothing.\n\nKind regards,\n[[person:Rohan Singh]] | Operations Lead\nM: [[phone:{UK_MOB_INTL}]]\nE: [[email:rohan.singh@brightwell-logistics.co.uk]]\nSent from my iPhone"),
    ("en", "survey", "Train ((neg:1P34)) from York cancelled, no replacement bus. Delay Repay claim ((neg:DR-{NEG10})) rejected for 'insufficient evidence'. I literally uploaded the ticket."),
    ("en", "survey", "Dr [[person:Nwosu]] was brilliant and explained everything clearly. Reception, however, double-booked me and then acted like it was my fault."),
    ("en", "survey", "Parcel marked as delivered but never arrived. I live at [[address:3 Rose Cottages, Church Street, Hebden Bridge HX7 8AB]] and the photo shows a completely different blue door. Tracking ((neg:H01ABC0012345678)). The driver was apparently called [[person:Wayne]]."),
    ("en", "survey", "Booked a table for 6 at ((neg:7.30pm)) on ((neg:14/02)), turned up and there was no record of it. The manager was apologetic but we ended up somewhere else."),
    ("en", "survey", "Repair ticket ((neg:RP{NEG8})), damp in the kids' bedroom. Your surveyor Mr [[person:Abdullahi]] came out on 3rd Jan and said it's condensation. It is not. Contact me on [[phone:{UK_GEO}]] or [[email:j.fairweather68@btinternet.com]].\n– [[person:Jackie Fairweather]]"),
    ("en", "survey", "Moved to Stockholm last year and I still can't get a postpaid plan because your credit check fails on my personnummer [[national_id:{SE_PNR}]]. Your agent [[person:Johanna]] said it's because I have no credit history in Sweden. Fine, but then say so on the website."),
    ("en", "survey", "The self-checkouts at the Sainsbury's on Holloway Road ask for assistance on every single item. 20 minutes for a basket. Please fix."),
    ("en", "survey", "Sent ((neg:£1,200)) to my landlord's account [[account:{IBAN_GB}]] on Friday and it still hasn't arrived. Your app just says 'processing'. My landlord, Mr [[person:Chaudhry]], is now threatening a late fee."),
    ("en", "survey", "Flight ((neg:SK 1418)) was cancelled and the rebooking page wouldn't accept my Danish CPR [[national_id:{DK_CPR}]] for the loyalty account. I'm a Danish citizen living in Bristol. Please sort it: [[email:mette.kjaer.bristol@gmail.com]]"),
    ("en", "survey", "Claim form asked for my NI number, I typed it as [[national_id:{UK_NINO}]] and it was rejected as invalid. It's printed exactly like that on my payslip! Had to phone instead. [[person:Gemma]] on the phone was lovely though."),
    ("en", "survey", "Took the Ford Focus to your Slough centre for an MOT. Quoted ((neg:£54.85)), charged ((neg:£310)) for 'advisories' I never approved. The mechanic, [[person:Darren]], admitted nobody had called me first."),
]

# --- en, batch 2: social + interview ------------------------------------------
TEXTS += [
    ("en", "social", "shoutout to [[person:hope]] at the Boots on Queen St in Cardiff who stayed 15 mins past closing to sort my prescription 🙏🙏"),
    ("en", "social", "@BritishGas 3 hours on hold. THREE. my gran is 84 and has no heating. sort it out 😡 #britishgas"),
    ("en", "social", "lol @[[person:jess_nguyen94]] this is literally the same courier that left your sofa in the rain 😂📦"),
    ("en", "social", "Anyone else's signal dead in Croydon since Tuesday? Not just me?? 📵"),
    ("en", "social", "Massive thanks to [[person:Mo]] and [[person:Priya]] at the Asda pharmacy counter, you two are stars ⭐⭐"),
    ("en", "social", "do NOT use this removals company. they broke my mum's dresser & [[person:kev]] the 'manager' hung up on me twice. invoice ((neg:INV-{NEG8})) if anyone from head office reads this"),
    ("en", "social", "RYANAIR charged me ((neg:€55)) to print a boarding pass at the airport because THEIR app crashed. ((neg:FR 8342)) STN → ARN, ((neg:06:25)). absolute joke 🤬"),
    ("en", "social", "Found a wallet on the 73 bus this morning, name inside is [[person:ALEKSANDRA WIŚNIEWSKA]]. If that's you or you know her, DM me or ring [[phone:{UK_MOB_ODD}]] 🙂"),
    ("en", "social", "🍕 ordered at 8, arrived at 10:40, stone cold. They gave me a £3 credit. Three. Pounds."),
    ("en", "social", "big love to the nurses on Ward 7 at St James's, esp [[person:Siobhan]] and [[person:Precious]] ❤️ my dad's home now"),
    ("en", "social", "@[[person:dan_okafor]] mate are the showers at your gym still broken? same at Bermondsey 🚿❌"),
    ("en", "social", "Three if you're reading this: my number [[phone:{UK_MOB_ND}]] has been 'ported' to someone else and I can't get 2FA codes for my bank. HELP 🆘"),
    ("en", "social", "Tip: if John Lewis customer service won't help, ask for a team leader. Worked for me, full refund on the faulty Dyson."),
    ("en", "interview", "Interviewer: Thanks for joining. Could you tell me about the last time you contacted us?\n[[person:Ahmed]]: Yeah, it was about the broadband. I rang and got [[person:Stacey]], who was great, but then the follow-up email came from someone else entirely.\nInterviewer: Do you remember who?\n[[person:Ahmed]]: Signed 'The Team'. Useless.\nInterviewer: Fair enough."),
    ("en", "interview", "Home visit ((neg:21/03)). Customer [[person:Margaret Sky]] (81) lives alone at [[address:12 Alma Terrace, Whitby YO21 3AN]]. Prepayment meter, frequently self-disconnects. Her neighbour [[person:Lin]] tops it up for her. [[person:Margaret]] asked that future letters go to her son [[person:Graham]] at [[email:graham.sky@hotmail.co.uk]]."),
    ("en", "interview", "I: How did you find the booking process?\nR: Easy enough online. The problem was at the clinic, they didn't have my referral.\nI: What happened then?\nR: I waited 40 minutes and then they rebooked me for the ((neg:19th)).\nI: Anything we could have done better?\nR: Text me on the day if there's a problem."),
    ("en", "interview", "[((neg:10:02))] You: hi my order never arrived\n[10:02] Bot: I can help with that! Please enter your order number.\n[10:03] You: ((neg:{NEG8}))\n[10:05] Agent [[person:Okonkwo]]: Hi, this is [[person:Chidi Okonkwo]], I've picked up your chat. Can you confirm your postcode?\n[10:05] You: ((neg:BS3 1QQ))\n[10:07] Agent [[person:Okonkwo]]: Thanks. I've raised a lost parcel claim, you'll get an email within 48 hours."),
    ("en", "interview", "Focus group, Glasgow, rail season tickets. Participants: [[person:Fiona McLeod]], [[person:Callum]], [[person:Hamza Iqbal]], [[person:Bea Rose]] and [[person:Stuart]] (moderator). Common theme: flexi tickets are too expensive for hybrid workers. [[person:Hamza]] said he now drives twice a week instead."),
    ("en", "interview", "Advisor: Can I take the account you'd like the refund paid into?\nCustomer: Yes, sort code [[account:{UK_SORT}]], account [[account:{UK_ACC}]].\nAdvisor: And the name on the account?\nCustomer: [[person:Daniel Lo]].\nAdvisor: Lovely, that'll be with you in 3 to 5 working days.\nCustomer: And you'll confirm by text to [[phone:{UK_MOB}]]?"),
    ("en", "interview", "Call-back interview with [[person:Ingrid Solberg]], Norwegian, lives in Aberdeen. She complained that her fødselsnummer [[national_id:{NO_FNR}]] had been stored in the 'passport number' field and wants it deleted. Prefers contact on [[phone:{NO_MOB}]] as she is often in Stavanger."),
]

# --- en, batch 3 -------------------------------------------------------------
TEXTS += [
    ("en", "interview", "I: What's the main issue on the estate?\nR: The lifts. Block C has been out since November.\nI: Have you reported it?\nR: Four times. Reference ((neg:{NEG10})) was the last one.\nI: And the response?\nR: A text saying 'we are aware'. That's it."),
    ("en", "interview", "Notes, interview 9. Respondent: [[person:Mehmet Yilmaz]], owner of two takeaways in Luton. Main pain point: settlement delays at weekends. He had been promised next-day payouts by our sales rep [[person:Chloe]]. Wants a call from a manager on [[phone:{UK_GEO}]] (the shop) rather than his mobile."),
    ("en", "interview", "[[person:Jo]]: So you cancelled in March?\n[[person:Kwame]]: Yeah, and they took two more payments after that.\n[[person:Jo]]: Did you get anything in writing?\n[[person:Kwame]]: An email to [[email:kwame.asante@yahoo.com]] saying 'cancellation confirmed'. I've still got it.\n[[person:Jo]]: That's really useful, thank you."),
    ("en", "interview", "Observation, Tuesday ((neg:10:00–12:00)), Birmingham New Street ticket hall. Queue at the machines peaked at 14 people around ((neg:11:15)). Two of six machines were card-only. Staff redirected customers to the app; older customers visibly frustrated."),
    ("en", "interview", "Agent: For a refund to a European account I'll need the IBAN.\nCaller: It's [[account:{IBAN_DE}]], my German account.\nAgent: And the account holder?\nCaller: [[person:Lukas Becker]], same as the booking.\nAgent: Perfect. Anything else?\nCaller: My mobile has changed, it's [[phone:{DE_PHONE}]] now."),
    ("en", "interview", "Claimant visit. Mr [[person:Owusu]], [[address:48B Stanley Road, Liverpool L20 7BX]]. Water damage from the flat above, occupied by a Ms [[person:Harper]]. Mr [[person:Owusu]] wants a cash settlement rather than our contractors. His daughter [[person:Abena]] will handle the paperwork."),
    ("en", "interview", "((neg:14:31)) Customer: Hi, I'm trying to verify with BankID but it says my personnummer is wrong\n14:32 Agent [[person:Lovisa]]: Hi! Could you type it in the format YYYYMMDD-XXXX?\n14:32 Customer: [[national_id:{SE_PNR12}]]\n14:34 Agent [[person:Lovisa]]: Thanks, I can see the account was opened with a typo. I'll correct it now."),
    ("en", "interview", "Interviewer: Would you recommend us to a friend?\nParticipant: Probably not right now.\nInterviewer: Why?\nParticipant: The price went from ((neg:£28)) to ((neg:£41)) a month and nothing got better. The engineer visit alone cost me a day's leave."),
    ("en", "interview", "Escalation notes. Complaint received from [[person:DEREK FROST]] on behalf of his mother [[person:JOAN FROST]], a resident at the home. Staff named in the complaint: [[person:Nicola]] (night shift) and [[person:A. Mensah]] (manager). Contact [[person:Derek]] on [[phone:{UK_MOB_INTL}]] or [[email:d.frost@frostjoinery.co.uk]]."),
    ("en", "interview", "Q: What language would you prefer we use?\nA: English is fine, but my wife [[person:Katarzyna]] would rather have Polish.\nQ: Understood. And the best number?\nA: Hers is [[phone:{PL_MOB}]], mine is [[phone:{UK_MOB}]].\nQ: Thanks, [[person:Piotr]]."),
    ("en", "survey", "Your app keeps logging me out when I switch to my banking app to copy the sort code. Infuriating. Samsung Galaxy S23, latest update."),
    ("en", "survey", "Reported a fly-tipping hotspot behind [[address:112 Albion Street, Leicester LE1 6GD]] three times. Case numbers ((neg:{NEG8})) and ((neg:{NEG8})). Still there. Rats now."),
    ("en", "survey", "Transferred ((neg:NOK 15,000)) from my Norwegian account [[account:{NO_ACC}]] to my UK one and lost almost ((neg:£90)) in fees and exchange margin. Nobody told me that up front.\n/[[person:Sindre]]"),
    ("en", "survey", "Excellent service at the Tesco Extra in Hatfield, the lady on the fish counter even gave me cooking tips. ((neg:10/10))."),
    ("en", "survey", "Refund for the journey on ((neg:03/04/2024)), ticket number ((neg:{NEG12})), still not processed after 28 days. Please reply to [[email:a.bartholomew-reyes@protonmail.com]] as I no longer use the email on the booking."),
    ("en", "survey", "Your technician [[person:Ravi]] said he'd come back Thursday with the part. It's now the following Wednesday. Landline [[phone:{UK_LDN}]], mobile [[phone:{UK_MOB}]]. Someone, anyone, please call."),
    ("en", "survey", "I opened a junior account for my son and your form rejected his CPR number [[national_id:{DK_CPR_NOMOD}]] as 'invalid'. It isn't: CPR numbers issued since 2007 don't all pass the old checksum. Please update your validation."),
    ("en", "survey", "The ((neg:Rose)) Deluxe bouquet I ordered for Mother's Day arrived wilted. Product code ((neg:RB-2291)). At ((neg:£45)) I expected better."),
    ("en", "survey", "To: Customer Relations\nFrom: [[person:Sunita Desai]], [[address:Flat 12, Holbrook House, 5 Canal Walk, Birmingham B1 2RQ]]\nSubject: Complaint ref ((neg:CR/2024/0193))\n\nI have now been without hot water for nine days."),
    ("en", "survey", "My mum is visiting from Boston and her US phone [[phone:{US_PHONE}]] can't receive texts on your network even though roaming is on. Your chat agent [[person:Hollie]] couldn't help."),
]

# --- en, batch 4 -------------------------------------------------------------
TEXTS += [
    ("en", "survey", "Waited 25 minutes at Bay 6 for the X5. App said 'due', then 'cancelled'. Third time this month."),
    ("en", "survey", "Re: Pension transfer\nFull name: [[person:Olumide Adeyemi]]\nNational Insurance No.: [[national_id:{UK_NINO}]]\nAddress: [[address:7 Hope Street, Crewe CW2 7DA]]\n\nI requested this transfer in September and have heard nothing since. Please advise."),
    ("en", "survey", "Delivery slot ((neg:18:00–19:00)) on ((neg:22 Dec)), driver turned up at ((neg:21:40)). Half the frozen stuff had thawed. Order ((neg:7729 4410 3381))."),
    ("en", "survey", "can someone from billing email me back at [[email:ellie.frank@gmail.com]] pls, been charged twice for the same month and the chat just goes round in circles"),
    ("en", "survey", "Please ask your branch in Kendal to call me back on [[phone:{UK_GEO}]] (evenings). I've been trying to register power of attorney on my dad's account for a month. His name is [[person:Reginald Moss]]."),
    ("en", "survey", "Your form says 'enter your ID number (10 digits)'. I entered [[national_id:{SE_PNR_ND}]] and it says 'too short'. Is it 10 or 12? Sort it out."),
    ("en", "survey", "Great physio session. Seen on time, exercises explained properly, follow-up booked before I left. Only issue: the parking meter only takes coins."),
    ("en", "survey", "Rider couldn't find us AGAIN. It's [[address:Unit 3, 19 Bessemer Road, Sheffield S9 3XN]], round the back. Just ring [[phone:{UK_MOB}]] when you're outside, it's not hard."),
    ("en", "survey", "I'm a Polish worker in Bergen with a D-number ([[national_id:{NO_DNR}]]) and your Norwegian site won't let me open an account, so I'm writing here in English. Please contact me at [[email:marek.zielinski85@wp.pl]]."),
    ("en", "survey", "Got the iPhone 15 Pro on the 24-month plan at ((neg:£52.99)) and I'm now told the ((neg:£10)) discount ended after 6 months. That was never explained in store."),
    ("en", "survey", "Cancelled my membership in the branch on 2nd May, the receptionist ([[person:Destiny]], I think) said it was done. Just got charged again. Membership no. ((neg:{NEG10}))."),
    ("en", "survey", "Please pay the settlement into our joint account, [[account:{IBAN_GB}]], NOT my husband's sole account. We are separated.\n– [[person:Anne-Marie O'Brien]]"),
    ("en", "survey", "Terrible hold music and a 48 minute wait. When I finally got through the advisor was helpful, but that's not the point."),
]

# --- en, batch 5 -------------------------------------------------------------
TEXTS += [
    ("en", "survey", "Got this text from your 'driver' at ((neg:22:14)): 'hi its [[person:Marcus]] ur driver cant find flat, ring me [[phone:{UK_MOB_ND}]]'. Rang it, no answer. Parcel now 'returned to sender'."),
    ("en", "survey", "Forwarding this from my wife.\n\n-----Original Message-----\nFrom: [[person:Grace Nwachukwu]] <[[email:grace.nwachukwu@outlook.com]]>\nSent: ((neg:Monday, 8 April 2024 07:53))\nSubject: the boiler AGAIN\n\nBoiler's off again. Your engineer [[person:Terry]] was here last week and said it was fixed."),
    ("en", "survey", "Council tax direct debit taken twice this month. Account reference ((neg:{NEG10})). Refund pending apparently, 'up to 10 working days'."),
    ("en", "survey", "Exchange student from Vietnam here. My samordningsnummer is [[national_id:{SE_SAMO}]] but the gym app only accepts a 'real' personnummer. Discriminatory and annoying."),
    ("en", "survey", "The refund went to an old account. Correct details: sort code [[account:{UK_SORT}]], account no. [[account:{UK_ACC}]], name [[person:Aisha Rahman]]. Phone [[phone:{UK_MOB_INTL}]] if you need to check."),
    ("en", "survey", "Honestly the best customer service I've had from an airline. Rebooked in minutes after the cancellation, meal voucher, hotel. Flight ((neg:BA 2490)) if you want to thank the gate crew."),
    ("en", "survey", "Hi, [[person:Harriet Lloyd-Baptiste]] here. Your customer portal shows someone else's address on my account!! Call me on [[phone:{UK_LDN}]] or email [[email:hlloydbaptiste@icloud.com]] urgently."),
    ("en", "survey", "((neg:Bill)) arrived late again. ((neg:Rose)) by ((neg:12%)) in a year. ((neg:Frankly)) I ((neg:hope)) the regulator steps in."),
    ("en", "survey", "[[person:Nguyen]] at the Croydon store was fantastic."),
    ("en", "survey", "Danish customer living in Newcastle. Your KYC form asks for a 'foreign tax ID', and when I enter my CPR number [[national_id:{DK_CPR_ND}]] it says invalid format. Advice please."),
    ("en", "survey", "Residents at [[address:2 Vega Court, Swindon SN2 1PT]] have had no communal lighting in the stairwell for a month. Please contact our residents' rep, [[person:Alva Jónsdóttir]], on [[phone:{UK_MOB}]]."),
    ("en", "survey", "Payment reference for the invoice is ((neg:INV-2024-00817)). Paid on ((neg:05.04)). Your system still shows it as outstanding and I've had a reminder letter."),
    ("en", "survey", "Refund to my Danish account please: [[account:{DK_ACC}]] (reg. no. + account no.) or IBAN [[account:{IBAN_DK}]]. Questions to [[email:soren.holm.dk@gmail.com]]."),
]

# === TEXTS END ===

# ---------------------------------------------------------------------------
# build + validate
# ---------------------------------------------------------------------------
PH_RE = re.compile(r"\{([A-Z][A-Z0-9_]*)(?:#(\d+))?\}")
MK_RE = re.compile(r"\[\[(person|email|phone|national_id|address|account):(.+?)\]\]|\(\(neg:(.+?)\)\)")
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
            gen = (lambda ac=key[5:]: g_se_ac(ac))
        else:
            raise KeyError("unknown placeholder %s" % key)
        if idx is not None:
            if (key, idx) not in cache:
                cache[(key, idx)] = gen()
            return cache[(key, idx)]
        return gen()

    return PH_RE.sub(rep, raw)


def parse(filled):
    out, spans, negs, pos = [], [], [], 0
    length = 0
    for m in MK_RE.finditer(filled):
        chunk = filled[pos:m.start()]
        out.append(chunk)
        length += len(chunk)
        if m.group(1):
            val = m.group(2)
            spans.append({"start": length, "end": length + len(val), "kind": m.group(1)})
        else:
            val = m.group(3)
            negs.append(val)
        out.append(val)
        length += len(val)
        pos = m.end()
    out.append(filled[pos:])
    return "".join(out), spans, negs


def check_record(rec, negs):
    t, errs = rec["text"], []
    for bad in ("[[", "]]", "((neg", "{", "}"):
        if bad in t:
            errs.append("markup left: %r" % bad)
    prev_end = -1
    for sp in rec["pii"]:
        s, e, k = sp["start"], sp["end"], sp["kind"]
        v = t[s:e]
        if not (0 <= s < e <= len(t)):
            errs.append("span out of range %r" % sp)
            continue
        if s < prev_end:
            errs.append("overlap at %d" % s)
        prev_end = e
        if v != v.strip():
            errs.append("whitespace at span edge %r" % v)
        if not (v[0].isalnum() or (k == "phone" and v[0] == "+")):
            errs.append("span starts with punctuation %r" % v)
        if not v[-1].isalnum():
            errs.append("span ends with punctuation %r" % v)
        if s > 0 and t[s - 1].isalnum():
            errs.append("span cuts word at start %r" % v)
        if e < len(t) and t[e].isalnum():
            errs.append("span cuts word at end %r" % v)
        if k == "national_id" and not national_id_ok(v):
            errs.append("invalid national id %r" % v)
        if k == "email" and not EMAIL_RE.fullmatch(v):
            errs.append("bad email %r" % v)
        if k == "phone":
            nd = sum(c.isdigit() for c in v)
            if not PHONE_RE.fullmatch(v) or not (7 <= nd <= 15):
                errs.append("bad phone %r" % v)
        if k == "account":
            compact = v.replace(" ", "")
            if re.match(r"[A-Z]{2}\d{2}", compact):
                if not iban_ok(v):
                    errs.append("IBAN fails mod-97 %r" % v)
            elif re.fullmatch(r"\d{4}\.\d{2}\.\d{5}", v):
                if not no_acc_ok(v):
                    errs.append("NO account fails mod-11 %r" % v)
            elif not re.fullmatch(r"[\d ,.\-]+", v):
                errs.append("bad account %r" % v)
        if k == "address" and not re.search(r"\d", v):
            errs.append("address without number %r" % v)
        if k == "person" and re.search(r"\d", v) and not (s > 0 and t[s - 1] == "@"):
            errs.append("digit in person %r" % v)

    def inside(a, b, kinds=None):
        return any(sp["start"] <= a and b <= sp["end"] and (kinds is None or sp["kind"] in kinds)
                   for sp in rec["pii"])

    for m in EMAIL_RE.finditer(t):
        if not inside(m.start(), m.end(), {"email"}):
            errs.append("e-mail outside span %r" % m.group())
    for cre in ID_CAND_RES:
        for m in cre.finditer(t):
            if inside(m.start(), m.end()):
                continue
            if id_looking(m.group()):
                errs.append("valid-looking ID outside span %r" % m.group())
    for n in negs:
        d = re.sub(r"[\s\-+]", "", n)
        if re.fullmatch(r"\d{10,12}", d) and id_looking(n):
            errs.append("ID-shaped hard negative passes a check %r" % n)
        if EMAIL_RE.search(n):
            errs.append("e-mail in hard negative %r" % n)
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
        rid = "pii5-sven-%04d" % (len(records) + 1)
        rec = {"id": rid, "text": text, "lang": lang, "genre": genre, "pii": spans}
        for e in check_record(rec, negs):
            all_errs.append("%s: %s | %s" % (rid, e, text[:70]))
        nw = len(text.split())
        if not (5 <= nw <= 120):
            all_errs.append("%s: length %d words" % (rid, nw))
        records.append(rec)
    for t, c in seen.items():
        if c > 2:
            all_errs.append("text used %d times: %s" % (c, t[:60]))
    if all_errs:
        print("\n".join(all_errs))
        print("%d validation error(s)" % len(all_errs))
        sys.exit(1)

    with open(OUT, "w", encoding="utf-8") as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")

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
    print("%-12s" % "" + "".join("%8s" % l for l in langs) + "%8s" % "total")
    rows = [("texts", lambda l: per_lang[l]), ("no PII", lambda l: nopii[l])]
    rows += [(k, (lambda k: lambda l: kc[l][k])(k)) for k in KINDS]
    rows += [("spans", lambda l: sum(kc[l].values()))]
    rows += [("g:" + g, (lambda g: lambda l: gc[l][g])(g)) for g in ("survey", "social", "interview")]
    for name, fn in rows:
        vals = [fn(l) for l in langs]
        print("%-12s" % name + "".join("%8d" % v for v in vals) + "%8d" % sum(vals))
    print("wrote %d records to %s" % (len(records), OUT))


if __name__ == "__main__":
    main()
