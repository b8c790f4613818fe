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
import datetime
import json
import os
import random
import re
from collections import Counter, defaultdict

SEED = 4711
RNG = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))
OUT_PATH = os.path.join(HERE, "pii_holdout_sven.jsonl")
KINDS = ("person", "phone", "email", "national_id", "address", "account")
GENRES = ("survey", "social", "interview")


# ----------------------------------------------------------------- helpers
def dig(n):
    return "".join(str(RNG.randint(0, 9)) for _ in range(n))


def nz(n):
    """n digits, first one non-zero."""
    return str(RNG.randint(1, 9)) + dig(n - 1)


def rand_date(y0, y1):
    a = datetime.date(y0, 1, 1).toordinal()
    b = datetime.date(y1, 12, 31).toordinal()
    return datetime.date.fromordinal(RNG.randint(a, b))


def valid_date(y, m, d):
    try:
        datetime.date(y, m, d)
        return True
    except ValueError:
        return False


# --------------------------------------------------------------- checksums
def luhn_digit(payload):
    s = 0
    n = len(payload)
    for i, ch in enumerate(payload):
        v = int(ch) * (2 if (n - 1 - i) % 2 == 0 else 1)
        s += v // 10 + v % 10
    return (10 - s % 10) % 10


def luhn_valid(num):
    return luhn_digit(num[:-1]) == int(num[-1])


def dk_mod11(cpr10):
    w = (4, 3, 2, 7, 6, 5, 4, 3, 2, 1)
    return sum(int(a) * b for a, b in zip(cpr10, w)) % 11 == 0


def no_fnr_complete(nine):
    """Append both Norwegian control digits; None if a control digit would be 10."""
    w1 = (3, 7, 6, 1, 8, 9, 4, 5, 2)
    k1 = 11 - sum(int(a) * b for a, b in zip(nine, w1)) % 11
    k1 = 0 if k1 == 11 else k1
    if k1 == 10:
        return None
    ten = nine + str(k1)
    w2 = (5, 4, 3, 2, 7, 6, 5, 4, 3, 2)
    k2 = 11 - sum(int(a) * b for a, b in zip(ten, w2)) % 11
    k2 = 0 if k2 == 11 else k2
    if k2 == 10:
        return None
    return ten + str(k2)


def no_acc_ctrl(ten):
    w = (5, 4, 3, 2, 7, 6, 5, 4, 3, 2)
    k = 11 - sum(int(a) * b for a, b in zip(ten, w)) % 11
    k = 0 if k == 11 else k
    return None if k == 10 else str(k)


def no_acc_valid(raw):
    s = re.sub(r"[ .]", "", raw)
    return len(s) == 11 and s.isdigit() and no_acc_ctrl(s[:10]) == s[10]


def iban_numeric(s):
    return int("".join(str(int(ch, 36)) for ch in s))


IBAN_LEN = {"SE": 24, "GB": 22, "DE": 22, "DK": 18, "NO": 15}


def iban_valid(raw):
    s = raw.replace(" ", "")
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", s):
        return False
    if s[:2] in IBAN_LEN and len(s) != IBAN_LEN[s[:2]]:
        return False
    if s[:2] == "NO" and not no_acc_valid(s[4:]):
        return False
    return iban_numeric(s[4:] + s[:4]) % 97 == 1


def make_iban(cc, bban):
    chk = 98 - iban_numeric(bban + cc + "00") % 97
    return "%s%02d%s" % (cc, chk, bban)


def group4(s):
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


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
    if not any(valid_date(y, int(mm), day) for y in years):
        return False
    return luhn_valid(yy + mm + dd + tail)


def dk_cpr_valid(raw, require_mod11=False):
    """Danish CPR: valid DDMMYY date (mod 11 optional: not required since 2007)."""
    m = re.fullmatch(r"(\d{2})(\d{2})(\d{2})[- ]?(\d{4})", raw)
    if not m:
        return False
    dd, mm, yy, seq = m.groups()
    if not any(valid_date(c + int(yy), int(mm), int(dd)) for c in (1800, 1900, 2000)):
        return False
    return dk_mod11(dd + mm + yy + seq) if require_mod11 else True


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
    if not any(valid_date(c + int(yy), mo, d) for c in (1800, 1900, 2000)):
        return False
    digits = dd + mm + yy + rest
    return no_fnr_complete(digits[:9]) == digits


NI_RE = re.compile(r"([A-CEGHJ-PR-TW-Z])([A-CEGHJ-NPR-TW-Z]) ?(\d{2}) ?(\d{2}) ?(\d{2}) ?([A-D])")
NI_BAD_PREFIX = {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"}


def uk_ni_valid(raw):
    m = NI_RE.fullmatch(raw)
    return bool(m) and (m.group(1) + m.group(2)) not in NI_BAD_PREFIX


def id_schemes(raw):
    out = []
    for name, fn in (("se_pnr", se_pnr_valid), ("dk_cpr", dk_cpr_valid),
                     ("no_fnr", no_fnr_valid), ("uk_ni", uk_ni_valid)):
        if fn(raw) or fn(re.sub(r"[\s\-+.]", "", raw)):
            out.append(name)
    return out


# ------------------------------------------------------------- generators
SE_MOB_PREFIX = ("70", "72", "73", "76", "79")


def _se_mob():
    return RNG.choice(SE_MOB_PREFIX), dig(7)


def g_se_mob_dash(_=None):
    p, r = _se_mob()
    return "0%s-%s %s %s" % (p, r[:3], r[3:5], r[5:])


def g_se_mob_compact(_=None):
    p, r = _se_mob()
    return "0%s%s" % (p, r)


def g_se_mob_intl(_=None):
    p, r = _se_mob()
    return "+46 %s %s %s %s" % (p, r[:3], r[3:5], r[5:])


def g_se_mob_intl0(_=None):
    p, r = _se_mob()
    return "+46 (0)%s-%s %s %s" % (p, r[:3], r[3:5], r[5:])


def g_se_mob_00(_=None):
    p, r = _se_mob()
    return "0046 %s-%s %s %s" % (p, r[:3], r[3:5], r[5:])


def g_se_mob_odd(_=None):
    p, r = _se_mob()
    v = RNG.choice((
        "0{p}{a}-{b} {c} {d}",      # 0704-12 34 56
        "0{p} {r3} {r4}",           # 070 123 4567
        "0{p}-{r}",                 # 070-1234567
        "0{p} - {r3} {r2} {r2b}",   # 070 - 123 45 67
    ))
    return v.format(p=p, a=r[0], b=r[1:3], c=r[3:5], d=r[5:], r3=r[:3], r4=r[3:],
                    r=r, r2=r[3:5], r2b=r[5:])


def g_se_sthlm(_=None):
    r = dig(8)
    return "08-%s %s %s" % (r[:3], r[3:6], r[6:])


def g_se_gbg(_=None):
    r = nz(6)
    return "031-%s %s %s" % (r[:2], r[2:4], r[4:])


def g_se_mmo(_=None):
    r = nz(6)
    return "040-%s %s %s" % (r[:2], r[2:4], r[4:])


def g_se_land_odd(_=None):
    area = RNG.choice(("090", "0920", "018", "013", "054", "0911"))
    r = nz(6)
    # "090-12 34 56" or the older "090/12 34 56"
    return RNG.choice(("%s-%s %s %s", "%s/%s %s %s")) % (area, r[:2], r[2:4], r[4:])


def g_uk_mob(_=None):
    return "07700 900%s" % dig(3)


def g_uk_mob_compact(_=None):
    return "07700900%s" % dig(3)


def g_uk_mob_intl(_=None):
    return "+44 7700 900%s" % dig(3)


def g_uk_mob_intl0(_=None):
    return "+44 (0)7700 900%s" % dig(3)


def g_uk_mob_odd(_=None):
    r = dig(3)
    return RNG.choice(("07700 900 %s", "0770 0900 %s", "07700-900-%s")) % r


def g_uk_ldn(_=None):
    return "020 7946 0%s" % dig(3)


def g_uk_ldn_dash(_=None):
    return "020-7946-0%s" % dig(3)


def g_uk_area(code):
    return lambda _=None: "%s 496 0%s" % (code, dig(3))


def g_uk_cardiff(_=None):
    return "029 2018 0%s" % dig(3)


def g_us_phone(_=None):
    return "+1 202-555-01%s" % dig(2)


def g_pl_mob(_=None):
    r = dig(8)
    return "+48 5%s %s %s" % (r[:2], r[2:5], r[5:])


def g_tr_mob(_=None):
    r = dig(8)
    return "+90 53%s %s %s %s" % (r[0], r[1:4], r[4:6], r[6:])


def g_ng_mob(_=None):
    r = dig(7)
    return "+234 803 %s %s" % (r[:3], r[3:])


def g_in_mob(_=None):
    r = dig(9)
    return "+91 9%s %s" % (r[:4], r[4:])


def g_de_phone(_=None):
    r = nz(8)
    return "+49 30 %s %s" % (r[:4], r[4:])


def g_dk_mob(_=None):
    r = str(RNG.randint(2, 9)) + dig(7)
    return "+45 %s %s %s %s" % (r[:2], r[2:4], r[4:6], r[6:])


def g_no_mob(_=None):
    r = dig(7)
    return "+47 9%s %s %s" % (r[:2], r[2:4], r[4:])


# Swedish personnummer / samordningsnummer
def _pnr(year=None, samord=False, y0=1938, y1=2004):
    dt = rand_date(year, year) if year else rand_date(y0, y1)
    day = dt.day + (60 if samord else 0)
    head = "%02d%02d%02d" % (dt.year % 100, dt.month, day)
    nnn = dig(3)
    return dt.year, head, nnn + str(luhn_digit(head + nnn))


def g_se_pnr(y=None):
    _, a, b = _pnr(y)
    return "%s-%s" % (a, b)


def g_se_pnr12(y=None):
    yr, a, b = _pnr(y)
    return "%d%s-%s" % (yr // 100, a, b)


def g_se_pnr_nd(y=None):
    _, a, b = _pnr(y)
    return a + b


def g_se_pnr12_nd(y=None):
    yr, a, b = _pnr(y)
    return "%d%s%s" % (yr // 100, a, b)


def g_se_pnr_sp(y=None):
    _, a, b = _pnr(y)
    return "%s %s" % (a, b)


def g_se_pnr_plus(y=None):
    _, a, b = _pnr(y, y0=1915, y1=1923)
    return "%s+%s" % (a, b)


def g_se_samord(y=None):
    _, a, b = _pnr(y, samord=True, y0=1960, y1=2003)
    return "%s-%s" % (a, b)


def g_se_samord12(y=None):
    yr, a, b = _pnr(y, samord=True, y0=1960, y1=2003)
    return "%d%s-%s" % (yr // 100, a, b)


# Danish CPR
def _cpr(year=None, want_mod11=True):
    while True:
        dt = rand_date(year, year) if year else rand_date(1940, 2003)
        head = "%02d%02d%02d" % (dt.day, dt.month, dt.year % 100)
        first = str(RNG.randint(0, 3)) if dt.year < 2000 else str(RNG.randint(4, 9))
        seq = first + dig(3)
        if dk_mod11(head + seq) == want_mod11:
            return head, seq


def g_dk_cpr(y=None):
    a, b = _cpr(y)
    return "%s-%s" % (a, b)


def g_dk_cpr_nd(y=None):
    a, b = _cpr(y)
    return a + b


def g_dk_cpr_nomod(y=None):
    a, b = _cpr(y, want_mod11=False)
    return "%s-%s" % (a, b)


# Norwegian fødselsnummer / D-nummer
def _fnr(year=None, dnr=False):
    while True:
        dt = rand_date(year, year) if year else rand_date(1945, 2004)
        ind = RNG.randint(0, 499) if dt.year < 2000 else RNG.randint(500, 999)
        nine = "%02d%02d%02d%03d" % (dt.day + (40 if dnr else 0), dt.month, dt.year % 100, ind)
        full = no_fnr_complete(nine)
        if full:
            return full


def g_no_fnr(y=None):
    return _fnr(y)


def g_no_fnr_sp(y=None):
    f = _fnr(y)
    return "%s %s" % (f[:6], f[6:])


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
    return "%s %s %s %s %s" % (p, n[:2], n[2:4], n[4:], s)


# Bank accounts
def g_se_acc_swed(_=None):
    r = dig(9)
    return "8%s-%s, %s %s %s-%s" % (dig(3), dig(1), r[:3], r[3:6], r[6:], dig(1))


def g_se_acc_seb(_=None):
    r = dig(7)
    return "5%s %s %s %s" % (dig(3), r[:2], r[2:5], r[5:])


def g_se_acc_hb(_=None):
    r = dig(9)
    return "6%s-%s %s %s" % (dig(3), r[:3], r[3:6], r[6:])


def g_se_acc_nordea(_=None):
    return "11%s-%s" % (dig(2), dig(7))


def g_uk_sort(_=None):
    return "%s-%s-%s" % (RNG.choice(("20", "40", "60", "30", "77", "09", "11", "83")), dig(2), dig(2))


def g_uk_accno(_=None):
    return nz(8)


def g_iban_se(_=None):
    return group4(make_iban("SE", RNG.choice(("500", "600", "800", "300", "120")) + dig(17)))


def g_iban_se_compact(_=None):
    return make_iban("SE", RNG.choice(("500", "600", "800", "300", "120")) + dig(17))


def g_iban_gb(_=None):
    return group4(make_iban("GB", RNG.choice(("NWBK", "BARC", "LOYD", "MIDL", "HBUK")) + dig(6) + nz(8)))


def g_iban_de(_=None):
    return group4(make_iban("DE", nz(8) + dig(10)))


def g_iban_dk(_=None):
    return group4(make_iban("DK", nz(4) + dig(10)))


def _no_acc_digits():
    while True:
        ten = nz(4) + dig(6)
        k = no_acc_ctrl(ten)
        if k is not None:
            return ten + k


def g_iban_no(_=None):
    return group4(make_iban("NO", _no_acc_digits()))


def g_no_acc(_=None):
    s = _no_acc_digits()
    return "%s.%s.%s" % (s[:4], s[4:6], s[6:])


# Hard negatives (numbers that must NOT be personal data)
def _fails_all(s):
    return not id_schemes(s)


def _neg10():
    while True:
        s = dig(2) + str(RNG.randint(13, 39)) + dig(6)   # impossible month in positions 3-4
        if _fails_all(s):
            return s


def g_neg_id10(_=None):
    s = _neg10()
    return "%s-%s" % (s[:6], s[6:])


def g_neg_id10_nd(_=None):
    return _neg10()


def g_neg_pnr_badluhn(_=None):
    while True:
        dt = rand_date(1932, 1999)
        head = "%02d%02d%02d" % (dt.year % 100, dt.month, dt.day)
        nnn = dig(3)
        good = luhn_digit(head + nnn)
        bad = (good + RNG.randint(1, 9)) % 10
        s = "%s-%s%d" % (head, nnn, bad)
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
    return RNG.choice(("UA%sSE" % dig(9), "00373500%s" % dig(10), "RR%sSE" % dig(9)))


def g_track_uk(_=None):
    return "%s%s%sGB" % (RNG.choice("ABFHJKLRT"), RNG.choice("ABDFGHJKLMNPQRTUWXY"), dig(9))


def g_orgnr(_=None):
    while True:
        nine = "55" + RNG.choice("6789") + dig(6)
        s = "%s-%s%d" % (nine[:6], nine[6:], luhn_digit(nine))
        if _fails_all(s):
            return s


GEN = {
    "SE_MOB_DASH": g_se_mob_dash, "SE_MOB_COMPACT": g_se_mob_compact,
    "SE_MOB_INTL": g_se_mob_intl, "SE_MOB_INTL0": g_se_mob_intl0,
    "SE_MOB_00": g_se_mob_00, "SE_MOB_ODD": g_se_mob_odd,
    "SE_STHLM": g_se_sthlm, "SE_GBG": g_se_gbg, "SE_MMO": g_se_mmo, "SE_LAND_ODD": g_se_land_odd,
    "UK_MOB": g_uk_mob, "UK_MOB_COMPACT": g_uk_mob_compact, "UK_MOB_INTL": g_uk_mob_intl,
    "UK_MOB_INTL0": g_uk_mob_intl0, "UK_MOB_ODD": g_uk_mob_odd,
    "UK_LDN": g_uk_ldn, "UK_LDN_DASH": g_uk_ldn_dash,
    "UK_LEEDS": g_uk_area("0113"), "UK_MAN": g_uk_area("0161"), "UK_EDI": g_uk_area("0131"),
    "UK_BHAM": g_uk_area("0121"), "UK_BRIS": g_uk_area("0117"), "UK_CARDIFF": g_uk_cardiff,
    "US_PHONE": g_us_phone, "PL_MOB": g_pl_mob, "TR_MOB": g_tr_mob, "NG_MOB": g_ng_mob,
    "IN_MOB": g_in_mob, "DE_PHONE": g_de_phone, "DK_MOB": g_dk_mob, "NO_MOB": g_no_mob,
    "SE_PNR": g_se_pnr, "SE_PNR12": g_se_pnr12, "SE_PNR_ND": g_se_pnr_nd,
    "SE_PNR12_ND": g_se_pnr12_nd, "SE_PNR_SP": g_se_pnr_sp, "SE_PNR_PLUS": g_se_pnr_plus,
    "SE_SAMORD": g_se_samord, "SE_SAMORD12": g_se_samord12,
    "DK_CPR": g_dk_cpr, "DK_CPR_ND": g_dk_cpr_nd, "DK_CPR_NOMOD": g_dk_cpr_nomod,
    "NO_FNR": g_no_fnr, "NO_FNR_SP": g_no_fnr_sp, "NO_DNR": g_no_dnr,
    "UK_NI": g_uk_ni, "UK_NI_SP": g_uk_ni_sp,
    "SE_ACC_SWED": g_se_acc_swed, "SE_ACC_SEB": g_se_acc_seb, "SE_ACC_HB": g_se_acc_hb,
    "SE_ACC_NORDEA": g_se_acc_nordea, "UK_SORT": g_uk_sort, "UK_ACCNO": g_uk_accno,
    "IBAN_SE": g_iban_se, "IBAN_SE_COMPACT": g_iban_se_compact, "IBAN_GB": g_iban_gb,
    "IBAN_DE": g_iban_de, "IBAN_DK": g_iban_dk, "IBAN_NO": g_iban_no, "NO_ACC": g_no_acc,
    "NEG_ID10": g_neg_id10, "NEG_ID10_ND": g_neg_id10_nd, "NEG_PNR_BADLUHN": g_neg_pnr_badluhn,
    "NEG_ID11": g_neg_id11, "NEG_ID12": g_neg_id12, "ORD8": g_ord8, "OCR": g_ocr,
    "METER": g_meter, "TRACK": g_track, "TRACK_UK": g_track_uk, "ORGNR": g_orgnr,
}

# =================================================================== TEXTS: Swedish
SV = [
    # ---------------------------------------------------------------- survey
    ("survey", "Väldigt nöjd med hjälpen jag fick av [[person:Linnea]] på Telias kundtjänst. Hon ringde upp mig på [[phone:{SE_MOB_DASH}]] dagen efter för att kolla att routern fungerade. Sådan service trodde jag inte fanns längre!"),
    ("survey", "Fakturan från Vattenfall var på ((neg:3 412 kr)) för ((neg:januari)), det är dubbelt mot i fjol. Mätar-ID ((neg:{METER})) stämmer inte ens med mätaren i källaren."),
    ("survey", "Jag har nu skickat samma mejl TRE gånger. Mitt personnummer är [[national_id:{SE_PNR}]] och ärendet gäller en felaktig betalningsanmärkning som ni registrerat. Svara på [[email:mikael.fors@bredband2.com]] eller ring [[phone:{SE_MOB_COMPACT}]].\n/[[person:Mikael Fors]]"),
    ("survey", "Bra pris på gymkortet men omklädningsrummet på Nordic Wellness vid ((neg:Storgatan)) är skitigt varje gång jag kommer dit efter ((neg:17.30)). Duscharna funkar ungefär hälften av tiden."),
    ("survey", "Tack till chauffören på linje ((neg:4)) som väntade när min rullator fastnade i dörren. Tror han hette [[person:Ahmed]]? Ge honom en bukett ((neg:rosor)) från mig 🙂"),
    ("survey", "Beställde en tvättmaskin (ordernr ((neg:{ORD8}))) den ((neg:3/2)). Leveransen har flyttats fyra gånger och ingen hör av sig. Leveransadress: [[address:Björkvägen 12, 891 33 Örnsköldsvik]]. Kontakta mig på [[email:a.lindqvist62@telia.com]] innan ni bokar om igen."),
    ("survey", "Appen loggar ut mig hela tiden och BankID hänger sig vid inloggningen. Har en ((neg:iPhone 13)) med senaste uppdateringen. ((neg:Annars)) är allt okej."),
    ("survey", "Läkaren på vårdcentralen, dr [[person:Öberg]], tog sig verkligen tid och lyssnade. Men receptionen gav mig fel tid två gånger och sköterskan [[person:Maja]] fick ringa runt för att reda ut det."),
    ("survey", "Skriv in mitt nya nummer i systemet tack, det gamla är avslutat. Nytt: [[phone:{SE_MOB_INTL}]] (jag bor i Spanien halva året). E-post oförändrad: [[email:GUNNEL.RASK@TELIA.COM]]\n[[person:Gunnel Rask]], kundnummer ((neg:{ORD8}))"),
    ("survey", "Ni lovade ((neg:RUT-avdrag)) direkt på fakturan men drog av ((neg:0 kr)). Fakturanr ((neg:2024-00417)). Fixa det innan förfallodagen ((neg:30/4))."),
    ("survey", "Mitt elavtal ska flyttas till nya lägenheten på [[address:Kaserngatan 9 lgh 1203, 722 15 Västerås]] från den ((neg:1 april)). Anläggnings-ID har jag inte fått än, kan ni skicka det?"),
    ("survey", "Försäkringsärende ((neg:S-2291-884)). Jag heter [[person:Jovana Petrović]], pnr [[national_id:{SE_PNR12}]]. Skadan på bilen (Volvo ((neg:V70))) hände utanför [[address:Skolgatan 4, 462 31 Vänersborg]]. Handläggaren [[person:Per-Olof]] har inte svarat på tre veckor, trots att jag ringt varje måndag."),
    ("survey", "Rörigt på perrongen i Flemingsberg, tåg ((neg:537)) stod inne i ((neg:40 min)) utan information. Ingen personal syntes till."),
    ("survey", "Killen i kassan på ((neg:Clas Ohlson)) (tror det stod [[person:Vega]] på namnskylten) var jättetrevlig och hjälpte mig hitta rätt lampa till hallen."),
    ("survey", "Hej, jag vill bli uppringd angående vårt bolån. Bäst mellan 8 och 10 på [[phone:{SE_STHLM}]]. Mitt pnr är [[national_id:{SE_PNR12}]].\nMvh [[person:Roger]] & [[person:Anette Holmgren-Sjöberg]]"),
    ("survey", "Fick ett sms från 'PostNord' med en länk om tullavgift på ((neg:29 kr)). Bedrägeri? Spårningsnumret ((neg:{TRACK})) finns inte ens hos er."),
    ("survey", "Angående offerten för takbytet – ingen har återkommit trots löfte om svar inom en vecka.\n\nMed vänliga hälsningar\n[[person:Karl-Johan Wik]]\nOrdförande, ((neg:Brf Lärkan 3))\n[[address:Lärkstigen 3, 132 45 Saltsjö-Boo]]\nMobil: [[phone:{SE_MOB_ODD}]]\n[[email:kj.wik@brflarkan.se]]"),
    ("survey", "Frukten på ICA i Mölndal håller dålig kvalitet, bananerna var svarta redan dagen efter. ((neg:24,90 kr/kg)) för det är inte okej."),
    ("survey", "Jag fick fel namn på mitt nya bankkort. Det står [[person:LOVISA BERGH]] men jag heter [[person:Lovisa Berg]], utan h. Tredje gången det blir fel!"),
    ("survey", "Min mamma [[person:Siv]] (89 år) ska ha hemtjänst varje dag men ingen kom i söndags. Ring mig, hennes son, på [[phone:{SE_GBG}]] eller [[phone:{SE_MOB_DASH}]]. Hon bor på [[address:Tallbacksvägen 17, 443 31 Lerum]], portkoden finns i journalen."),
    ("survey", "Prisökningen från ((neg:299 kr)) till ((neg:349 kr)) i månaden kom utan förvarning. Kundnummer ((neg:{ORD8})). Byter operatör så fort bindningstiden går ut."),
    ("survey", "Skicka återbetalningen till mitt konto [[account:{SE_ACC_SWED}]] (Swedbank). Ordern ((neg:{ORD8})) returnerades ((neg:2024-02-19)) och jag har fortfarande inte fått pengarna. Samordningsnummer om ni behöver det: [[national_id:{SE_SAMORD12}]]\n/[[person:Hassan Yilmaz]]"),
    ("survey", "Supersmidigt med Foodora men budet [[person:Dragan]] ringde på fel dörr två gånger. Portkoden ((neg:1942)) står ju i kommentaren!"),
    ("survey", "Angående autogiro: jag har bytt bank. Nytt konto [[account:{SE_ACC_SEB}]]. Personnummer [[national_id:{SE_PNR_ND}]]. Avsluta gärna det gamla medgivandet så jag slipper dubbeldragningar."),
    ("survey", "Sjukgymnasten [[person:Hope Andersson]] är fantastisk!! Efter ((neg:6 veckor)) går jag utan kryckor."),
    ("survey", "Vem bestämde att tvättstugan bara ska bokas via app? Många äldre i huset har ingen smartphone. Och hyresvärden svarar aldrig i telefon tisdag–torsdag."),
    ("survey", "Jag blev debiterad för ett SATS-kort som jag sa upp i ((neg:maj)). Uppsägningen skickades från [[email:nilla_87@hotmail.com]] den ((neg:28/5)). Kvittonr ((neg:{ORD8})).\n[[person:Petronella Nilsson]]"),
    ("survey", "Skadeanmälan: vattenläcka i badrummet. Försäkringstagare [[person:Birgitta Ek]], [[national_id:{SE_PNR}]], [[address:Ekbacken 22, 177 54 Järfälla]]. Försäkringsnummer ((neg:{NEG_ID10_ND})). Kontakta min dotter [[person:Sara]] på [[phone:{SE_MOB_COMPACT}]], hon sköter det här åt mig."),
    ("survey", "Parkeringsautomaten vid Centralstationen tar inte kort. Fick p-bot på ((neg:600 kr)) fast jag försökte betala i ((neg:10 minuter)). Skicka en tekniker!"),
    ("survey", "Vill tacka [[person:Jenny]] och [[person:Olle]] på verkstaden i Borlänge som hittade felet på min Volvo ((neg:XC60)) som två andra verkstäder missat. Ring mig gärna om ni vill ha ett omdöme till hemsidan, [[phone:{SE_MOB_COMPACT}]]."),
    ("survey", "hej jag vill ändra adress för tidningen, ny adress [[address:Hamngatan 8b, 252 21 Helsingborg]] från och med nästa vecka. mvh [[person:berit lundh]]"),
    ("survey", "Väntade ((neg:47 minuter)) i telefonkö till 1177. När jag äntligen kom fram sa de att jag skulle ringa vårdcentralen istället. Bra jobbat..."),
    ("survey", "Kontaktuppgifter om ni vill följa upp: [[person:Fatima Al-Sayed]], [[phone:{SE_MMO}]], [[email:fatima.alsayed@outlook.com]]. Jag var missnöjd med bemötandet på apoteket vid Triangeln den ((neg:14 mars)), farmaceuten skrattade åt min fråga."),
    ("survey", "Kommunens handläggare [[person:Lo]] var väldigt hjälpsam med bygglovet för altanen. Men handläggningstiden på ((neg:13 veckor)) är alldeles för lång."),
    ("survey", "Min order ((neg:{NEG_ID10})) står som levererad men det finns inget paket i brevlådan. Spårningen säger ((neg:14:22)) idag. Vad gör jag nu?"),
    ("survey", "Två stjärnor. Bredbandet har legat nere sedan fredag, teknikern skulle komma mellan ((neg:8-12)) men ingen kom. Jag jobbar hemifrån och förlorar pengar.\n[[person:Thomas Kowalski]], [[phone:{SE_MOB_INTL0}]]"),
    ("survey", "Ni har registrerat fel personnummer på min son [[person:Elias]]. Rätt är [[national_id:{SE_PNR12_ND:2011}]], inte ((neg:{NEG_PNR_BADLUHN})) som det står i ert system."),
    ("survey", "Jättegod pizza men den kom kall. Fick ((neg:50 kr)) i kredit, det är ju alltid något."),
    ("survey", "Jag är säsongsarbetare och har bara samordningsnummer, [[national_id:{SE_SAMORD}]], så BankID funkar inte. Hur ska jag logga in på Mina sidor då? Mejla mig på [[email:tomasz.wisniewski@wp.pl]], jag pratar inte så bra svenska i telefon."),
    ("survey", "Mycket nöjd med flytthjälpen. [[person:Sky]] och [[person:Rasmus]] bar pianot ner fyra trappor utan en skråma 👍"),
    ("survey", "Elpriset i ((neg:SE4)) är vansinnigt. Förstår att det inte är ert fel men erbjud ett fastpris som inte kostar skjortan."),
    ("survey", "Det här gäller min pappa [[person:Stig-Arne Mattsson]] ([[national_id:{SE_PNR_ND:1941}]]) som har demens. Jag har fullmakt. En säljare ringde honom och han ”tackade ja” till ett nytt elavtal han inte förstår. Ring mig, [[person:Annika]], på [[phone:{SE_LAND_ODD}]] så reder vi ut det."),
    ("survey", "Hyresavin för ((neg:april)) har fel OCR ((neg:{OCR})), så betalningen studsade. Och kontoret på Västra Torggatan var stängt när jag kom dit."),
    ("survey", "Bäste [[person:Gustavsson]],\njag har fortfarande inte fått svar på mitt klagomål från ((neg:2 februari)). Jag kräver ersättning för resan Arlanda–Luleå som ställdes in. Bokningsnummer ((neg:KX7P2M)).\n[[person:Ingrid Åkesson]]\n[[address:Repslagaregatan 11, 972 38 Luleå]]\n[[email:ingrid.akesson@telia.com]]"),
    ("survey", "snabb och trevlig hjälp av [[person:jonna]] i chatten 😊"),
    ("survey", "Självscanningen på Coop strular alltid med frukt som ska vägas. Personalen är stressad. Var fler i butiken på lördagar!"),
    ("survey", "Ärende gällande dödsbo efter [[person:Harald Strand]] ([[national_id:{SE_PNR_PLUS}]]). Vänligen säg upp abonnemanget och skicka slutfakturan till dödsbodelägare [[person:Eva Strand]], [[address:Strandvägen 40, 184 31 Åkersberga]]."),
    ("survey", "Medlemsavgiften höjdes till ((neg:495 kr/mån)) samtidigt som morgonpassen ströks. Dålig timing, särskilt i ((neg:maj)) när alla vill träna inför sommaren."),
    ("survey", "Tack för ett fint bemötande på akuten natten till lördag. Undersköterskan hette nog [[person:Fredrika]] och läkaren [[person:Nguyen]]. Jag hade jätteont och de var lugna och snälla hela tiden."),
    ("survey", "Flyttat! Uppdatera mina uppgifter: [[person:Alva Sundin]], [[address:Tegnérgatan 15 3 tr, 113 58 Stockholm]], tel [[phone:{SE_MOB_DASH}]]. Gamla adressen på ((neg:Odengatan)) gäller inte längre."),
    ("survey", "Fick ni mitt mejl? Skickade det i torsdags. Ordernummer ((neg:{ORD8})), fakturadatum ((neg:2024-05-02))."),
    ("survey", "Betalningen gick till fel konto!! Jag angav IBAN [[account:{IBAN_SE}]] men pengarna har hamnat någon annanstans. Ring [[phone:{SE_MOB_00}]] eller mejla [[email:jamal.okafor@yahoo.se]].\n[[person:Jamal Okafor]]"),
    ("survey", "((neg:Rosa)) tröjan jag beställde var mer lila än rosa. Returen gick smidigt och pengarna kom tillbaka inom ((neg:3 dagar))."),
    ("survey", "Min lägenhet i Rinkeby har haft mögel i badrummet sedan i höstas. Jag har anmält till förvaltaren [[person:B. Holm]] tre gånger utan svar. Ring mig på [[phone:{SE_STHLM}]] när någon kan komma."),
    ("survey", "Ersättningen för förseningen ska betalas till [[account:{SE_ACC_HB}]] (Handelsbanken), kontohavare [[person:Mirja Kallio]]. Tåg ((neg:2045)), datum ((neg:12/4)). Nås säkrast på [[phone:{SE_MOB_INTL}]]."),
    ("survey", "Tycker [[person:Jessica]] och de andra i personalen gör ett bra jobb men det behövs fler spinningcyklar. Bokningen släpps ((neg:06:00)) och är full ((neg:06:02))."),
    ("survey", "Varför kostar frakten ((neg:79 kr)) när det stod fri frakt över ((neg:499 kr))? Min varukorg låg på ((neg:612 kr))."),
    ("survey", "Jag är dansk och pendlar över bron varje dag. Har inget svenskt personnummer, bara CPR [[national_id:{DK_CPR}]]. Varför kräver ert gym BankID?? Återbetala medlemsavgiften till [[account:{IBAN_DK}]].\nHilsen [[person:Mads Kjærgaard]]"),
    ("survey", "Bästa tandläkaren i stan, tack!"),
    # ---------------------------------------------------------------- social
    ("social", "@[[person:emma_lindh]] tack för tipset om Tele2! bytte idag och sparar ((neg:150 kr/mån)) 🙌"),
    ("social", "SL alltså. Pendeltåget stod still i Solna i ((neg:25 min)) utan ett ord. #sl #pendeltåg 😤"),
    ("social", "Har ringt Telenor sex gånger nu. Säljaren [[person:Mattias]] lovade att bindningstiden skulle tas bort. [[person:Mattias]], om du läser detta: ring mig 👉 [[phone:{SE_MOB_COMPACT}]]"),
    ("social", "ICA Maxi Haninge har sämst kassakö i hela Sverige, fyra kassor stängda en fredag kl ((neg:17)) 🙄"),
    ("social", "shoutout till [[person:frank]] på biltema i kungens kurva som bytte mina torkarblad gratis 🙏"),
    ("social", "Någon som vet hur man når Folksam på riktigt? Har mejlat från [[email:ronja.ek@gmail.com]] i två veckor om vattenskadan. Svar: noll. 😡"),
    ("social", "Foodora-budet åt upp mina pommes. Eller iaf hälften. 10/10 kreativitet, 0/10 service 😂🍟"),
    ("social", "Vi fick lägenhet via bostadskön efter 11 år 🥳🥳 Adressen blir [[address:Fjällgatan 3, 116 28 Stockholm]] för mig och @[[person:linus.o]] 💕 inflyttningsfest i juni!!"),
    ("social", "@VattenfallSE förklara gärna varför en etta får faktura på ((neg:4 000 kr))? Mätaren har nummer ((neg:6204413)) och jag har bott här sen ((neg:januari))."),
    ("social", "Kolla vad jag fick från SJ 🙄 ”Hej [[person:ANDERS]], din resa är inställd”. Jag heter inte ens [[person:Anders]], jag heter [[person:Pelle]]!! 😅"),
    ("social", "RT @[[person:sofia_b_nguyen]]: Åhléns kundtjänst var så himla trevliga idag, tack [[person:Malin]]! ❤️"),
    ("social", "Vem på Apoteket tyckte det var smart att byta app mitt i influensasäsongen? Ser inte mina recept alls. Tack för ingenting."),
    ("social", "Behöver någon skjuts till Ullevi ikväll? Västtrafik ställde in spårvagnarna 🙄 sms:a [[phone:{SE_MOB_ODD}]] ([[person:Alex]]) 🚗"),
    # ------------------------------------------------------------- interview
    ("interview", "Intervjuare: Hur upplevde du kontakten med kundtjänst?\n[[person:Marianne]]: Ärligt talat dåligt. Jag pratade med en [[person:Kevin]] som inte visste någonting om fakturan.\nIntervjuare: Fick du något ärendenummer?\n[[person:Marianne]]: Ja, ((neg:CS-448120)). Men ingen ringde tillbaka."),
    ("interview", "Kunden (man, ca 45, Gävle) missnöjd med fiberinstallationen: grävningen lämnade ett hål i gräsmattan i tre veckor. Vill ha ersättning, nämnde ((neg:2 000 kr)). Ingen kontaktinformation lämnades, vill inte bli uppringd."),
    ("interview", "I: Vad tycker du om nya appen?\nR: Den är snygg, men jag hittar inte var man ser sina kvitton.\nI: Har du provat menyn längst ner?\nR: Ja. Inget där. Jag är ((neg:73)) år, jag ger upp fort."),
    ("interview", "Samtal med [[person:Yusuf Demir]] (kund sedan ((neg:2015))). Han berättar att hans fru [[person:Leyla]] blev nekad lån trots fast anställning och att ingen förklarade varför. Vill bli kontaktad på [[phone:{SE_MOB_00}]] eller [[email:yusuf.demir@live.se]]. Lovade återkoppling senast fredag."),
    ("interview", "[09:14] [[person:Agnes]] (kundtjänst): Hej! Vad kan jag hjälpa till med?\n[09:15] Kund: mitt kort är spärrat och jag står i kassan!!\n[09:15] [[person:Agnes]] (kundtjänst): Jag förstår. Kan du bekräfta ditt personnummer?\n[09:16] Kund: [[national_id:{SE_PNR}]]\n[09:17] [[person:Agnes]] (kundtjänst): Tack. Kortet är öppnat igen, prova nu."),
    ("interview", "Kund: Jag vill säga upp hemförsäkringen.\nMedarbetare: Självklart. Vilket försäkringsnummer gäller det?\nKund: ((neg:{NEG_ID10})) tror jag.\nMedarbetare: Och försäkringen står på dig?\nKund: Nej, på min sambo, [[person:Dennis Lund]]. Han ligger på sjukhus.\nMedarbetare: Då behöver vi en fullmakt från [[person:Dennis]]."),
    ("interview", "Besök i butiken i Nacka. Butikschefen [[person:Cecilia Wallin]] uppger att kunder ofta klagar på köerna vid lunch. Medarbetaren [[person:Omar]] föreslog en extra kassa ((neg:11–13)). Inga kunduppgifter noterades."),
    ("interview", "Intervjuare ([[person:Johanna]]): Berätta om det som hände på bussen.\n[[person:Gunilla]]: Jo, chauffören körde iväg när jag hade ena foten på trappan. Jag ramlade och slog i knät.\n[[person:Johanna]]: Har du gjort en skadeanmälan?\n[[person:Gunilla]]: Ja, min dotter hjälpte mig. Hon skickade den från sin adress, [[email:ida.gunnarsson@gmail.com]].\n[[person:Johanna]]: Och det var linje ((neg:172))?\n[[person:Gunilla]]: Ja, mot Skarpnäck."),
    ("interview", "Fokusgrupp ((neg:3)), sex deltagare, alla över 65. Gemensam åsikt: för mycket digitalt och svårt att nå en människa. En deltagare betalar fortfarande räkningar med blankett till ((neg:bankgiro 5051-6905)) och tycker att avgiften på ((neg:15 kr)) är orimlig."),
    ("interview", "I: Du nämnde att du fått fel faktura?\nR: Ja, den var ställd till [[person:Robin Vestergaard]], men det är min gamla hyresgäst. Han flyttade i oktober.\nI: Vet du vart han flyttade?\nR: Nej. Jag har bara hans gamla nummer, [[phone:{SE_MOB_DASH}]].\nI: Tack, vi noterar det."),
    ("interview", "Telefonintervju, Umeå. Kunden ([[person:Hanna Lindberg]], [[phone:{SE_LAND_ODD}]]) var nöjd med installationen av värmepumpen men kritisk till att montören [[person:Micke]] lämnade smuts i hallen. Vill att någon ringer dagen före nästa service."),
    ("interview", "[[person:SVEN]]: Nej men vänta, det där är ju inte mitt konto.\nHANDLÄGGARE: Vilket kontonummer ska det vara?\n[[person:SVEN]]: [[account:{SE_ACC_NORDEA}]]. Det står på kontoutdraget.\nHANDLÄGGARE: Och ditt personnummer?\n[[person:SVEN]]: [[national_id:{SE_PNR_SP}]]."),
    ("interview", "Återkoppling från hembesök hos familjen [[person:Rahimi]]. Mamman [[person:Zahra]] berättar att hon fått tre olika besked från kommunen om bostadsbidraget. Hennes handläggare heter enligt henne [[person:Lena]] eller [[person:Lina]], hon var osäker. Adress: [[address:Jägargatan 27, 214 52 Malmö]]."),
    ("interview", "Intervjuare: Vad skulle få dig att stanna kvar som kund?\nKund: Lägre pris, helt enkelt. Jag betalar ((neg:459 kr)) för ((neg:100/100)) och grannen betalar ((neg:299)).\nIntervjuare: Något annat?\nKund: Att slippa sitta ((neg:40 minuter)) i telefonkö."),
    ("interview", "Intervju på verkstaden i Örebro. Kunden [[person:Leif Persson]] lämnade in bilen för service och fick tillbaka den med en ny repa på bakluckan. Han vill ha ersättningen insatt på [[account:{IBAN_SE_COMPACT}]] och svar skriftligt till [[email:l.persson@bahnhof.se]]."),
    ("interview", "14:02 Kund: hej jag har inte fått min återbetalning\n14:03 [[person:Noor]] | Support: Hej! Vilket ordernummer gäller det?\n14:03 Kund: ((neg:{ORD8}))\n14:05 [[person:Noor]] | Support: Pengarna skickades till kontot som slutar på ((neg:4471)). Stämmer det?\n14:06 Kund: nej det är fel, rätt IBAN är [[account:{IBAN_SE}]]"),
    ("interview", "Intervju i väntrummet på vårdcentralen. Patienten vill vara anonym men ville framföra att sjuksköterskan [[person:Lotta]] var ”en ängel”. Klagomål på att tidbokningen via 1177 sällan visar lediga tider."),
]

# =================================================================== TEXTS: English
EN = [
    # ---------------------------------------------------------------- survey
    ("survey", "Your agent [[person:Frank]] was brilliant, ((neg:frankly)) the best call I've had with any bank this year. Sorted my blocked card in five minutes."),
    ("survey", "Delivery slot was 8-10am, driver turned up at ((neg:12:40)). Order ref ((neg:{ORD8})). ((neg:Sainsbury's)) is usually better than this."),
    ("survey", "I moved to Malmö last year and still can't open a bank account because I only have a coordination number ([[national_id:{SE_SAMORD}]]). Three branches sent me away. Please contact me at [[email:p.okonkwo@gmail.com]].\n– [[person:Peter Okonkwo]]"),
    ("survey", "Absolutely disgusted. Engineer was booked for Tuesday, nobody came and nobody called. I took a day off work for this. Account holder: Mrs [[person:J. Whitfield]], [[address:27 Hollins Road, Leeds LS6 2JF]], [[phone:{UK_LEEDS}]]."),
    ("survey", "The app says my bill is ((neg:£42.50)) but the email says ((neg:£47.50)). Which one is it? Invoice ((neg:2024-118834))."),
    ("survey", "Just wanted to say the physio [[person:Rose]] at your Uppsala clinic is amazing. My mood ((neg:rose)) the minute I walked in lol. Thank you!"),
    ("survey", "Still waiting on the refund for the cancelled flight (booking ((neg:ZQ8LHP))).\n\nKind regards,\n[[person:Aleksandra Nowak-Smith]]\nSenior Analyst | ((neg:Hartley & Finch LLP))\nT: [[phone:{UK_LDN}]] | M: [[phone:{UK_MOB_INTL}]]\nE: [[email:a.nowak-smith@hartleyfinch.co.uk]]"),
    ("survey", "Gym is great but the showers at the Kungsholmen branch have been cold since ((neg:March)). ((neg:SEK 549)) a month is not cheap."),
    ("survey", "I'm writing on behalf of my father, [[person:Bill Hughes]], who is 84 and doesn't do email. Please send the paper ((neg:bill)) to [[address:Flat 2, 19 Grange Road, Sheffield S11 8TT]]. You can reach me on [[phone:{UK_MOB}]]."),
    ("survey", "Your website wouldn't accept my personal number so I'm putting it here: [[national_id:{SE_PNR12}]]. I need the tax statement for 2023 by Friday. Ring [[phone:{SE_MOB_INTL0}]] if anything is unclear.\n[[person:Lena Hartmann]]"),
    ("survey", "Trains between Gothenburg and Oslo replaced by buses AGAIN with no warning. Ticket no. ((neg:{NEG_ID10_ND})). I want a refund of ((neg:SEK 612))."),
    ("survey", "Thank you to Dr [[person:Singh]] and nurse [[person:Mary-Kate]] at the walk-in clinic, they were so kind to my daughter [[person:Isla]] who was terrified of the needle."),
    ("survey", "Can someone from the housing association call me back? Water is coming through the ceiling at [[address:Kvarnvägen 6, 181 43 Lidingö]]. My number is [[phone:{SE_MOB_INTL}]] but I'm also on WhatsApp on my UK number [[phone:{UK_MOB_INTL0}]]."),
    ("survey", "Paid ((neg:£9.99)) for 'next day' delivery and got it four days later. Tracking ((neg:{TRACK_UK})) didn't update once."),
    ("survey", "Sort code [[account:{UK_SORT}]], account [[account:{UK_ACCNO}]] – that's where the compensation should go, not my old Halifax account which I closed. Name on the account is [[person:Gareth Pryce-Jones]]."),
    ("survey", "delivery guy today was so rude, threw the box over the gate. parcel was for [[person:K. Ahmed]] at [[address:58 Cowley Road, Oxford OX4 1HS]]. not happy"),
    ("survey", "Price went up from ((neg:299)) to ((neg:349 SEK)) a month with 14 days notice. That's a ((neg:17%)) increase. Your chatbot ((neg:Ava)) couldn't explain why."),
    ("survey", "I'm a Danish citizen living in Lund. The pharmacy wouldn't give me my prescription because the system wanted a Swedish ID. My CPR is [[national_id:{DK_CPR}]] and my son [[person:Aksel]]'s is [[national_id:{DK_CPR_NOMOD:2012}]]. Please fix this, or call me on [[phone:{DK_MOB}]].\n[[person:Signe Bech]]"),
    ("survey", "Customer service rep was polite but couldn't help with the roaming charges. ((neg:Will)) ((neg:hope)) for better next time."),
    ("survey", "[[person:Declan O'Neill]]\n[[address:3 Ferry Lane, Cambridge CB4 1NT]]\n[[phone:{UK_MOB_COMPACT}]]\n[[email:declan.oneill@btinternet.com]]\n\nTo whom it may concern,\nI wish to formally complain about how my mother, Mrs [[person:Patricia O'Neill]], was treated at your Regent Street store on ((neg:4 November)). She was accused of shoplifting in front of other customers. I expect a written apology within 14 days.\nYours faithfully,\n[[person:D. O'Neill]]"),
    ("survey", "The new self-checkouts in the Bergen store ask for ID every time you buy paracetamol. Ten minutes for one box. Silly."),
    ("survey", "Thanks [[person:Sven]] and [[person:Fatima]] at the Stavanger branch for helping me open an account even though my D-number hadn't arrived yet. It finally came: [[national_id:{NO_DNR}]]. Took 7 weeks!"),
    ("survey", "[[person:Nguyen Van Minh]] here. I rented the flat at [[address:Møllergata 24, 0179 Oslo]] through your agency. My deposit of ((neg:NOK 30,000)) is still not returned after six weeks. Pay it to my DNB account [[account:{NO_ACC}]] or to my partner's, IBAN [[account:{IBAN_NO}]]. Mobile [[phone:{NO_MOB}]]."),
    ("survey", "Whoever designed the council's parking app: why does it log me out every time I switch apps? Fined ((neg:500 kr)) twice now."),
    ("survey", "Ordered a size 10, got a size 14. The returns label has someone else's name and address on it ([[person:Hope Okafor]], [[address:22 Linden Avenue, Bristol BS7 9QH]]) so I'm guessing you mixed up two orders. Isn't that a GDPR issue?"),
    ("survey", "My NI number is [[national_id:{UK_NI_SP}]] and it needs updating on my pension account – the previous adviser, [[person:Callum]], typed it as ((neg:DQ 84 21 07 B)) which doesn't even exist."),
    ("survey", "Love the new menu but oat milk is ((neg:6 kr)) extra now? Come on."),
    ("survey", "Please stop calling me. I have told you three times I don't want a new broadband deal. Remove [[phone:{UK_MAN}]] from your list.\n– [[person:Adebayo]]"),
    ("survey", "The driver on the 55 refused to let my son [[person:Noah]] on because his card 'looked fake'. It was bought in your app, card no. ((neg:{ORD8})). He is 13 and had to walk home in the dark. Not acceptable."),
    ("survey", "Compensation claim. Passenger: [[person:Ingrid Vega]]. Personal number [[national_id:{SE_PNR}]]. Flight ((neg:SK 1417)) delayed ((neg:4h 10m)). Bank: [[account:{IBAN_SE}]]. Email: [[email:ingrid.vega@icloud.com]]"),
    ("survey", "Why does your 'unlimited' plan slow to 1 Mbit after 40 GB? That is not unlimited."),
    ("survey", "Member since 2012 and I never complained before. But the new trainer at the Clifton gym, I think his name is [[person:Jack]], shouts at older members during the circuits class. Not OK."),
    ("survey", "Water leak claim ((neg:HX-00231-7)). Loss adjuster [[person:Sanjay]] visited on ((neg:2 May)) and said someone would call within 48h. Nothing. My details again: [[person:Emily Rhodes]], [[phone:{UK_BRIS}]], [[email:emily.rhodes1987@yahoo.co.uk]]."),
    ("survey", "Bought an ((neg:iPhone 15)) on contract in the Oxford Street store and was told there'd be no credit check. Then a hard search showed up on my file. Misleading."),
    ("survey", "Message for [[person:Will]] in the accounts team: the direct debit was taken twice this month and I ((neg:will)) be charging you for the overdraft fees."),
    ("survey", "Hello, my daughter [[person:Maja Lindström-Reid]] needs her own travel card with the youth discount. Her personal identity number is [[national_id:{SE_PNR12_ND:2009}]]. The online form only accepts the parent's number, which is silly. Please call [[phone:{SE_GBG}]]."),
    ("survey", "Energy bill estimate way off. Meter reading ((neg:04512)) on ((neg:31/01)), you billed for ((neg:05900)). Please correct it."),
    ("survey", "Contact: [[person:Tomasz Kowalczyk]] / [[phone:{PL_MOB}]] / [[email:tkowalczyk@o2.pl]]. I worked in Sweden 2019–2021 and my final payslip shows the wrong personal number. It should be [[national_id:{SE_PNR_ND}]]."),
    ("survey", "honestly best takeaway in town. big up [[person:mo]] and the lads 🙌"),
    ("survey", "Waited two hours in A&E with a broken wrist. Staff were lovely but clearly overstretched."),
    ("survey", "My late husband's account (Mr [[person:Raymond Bell]]) is still getting marketing emails at [[email:ray.bell52@aol.com]]. Please remove it, he passed away in January. Executor: [[person:Sandra Bell]], [[address:11 Church Street, Whitby YO22 4AE]]."),
    ("survey", "Car went in for an MOT and came back with a scratch on the driver door. The mechanic ([[person:Kev]]?) said it was already there. It wasn't, I have photos. Call me on [[phone:{UK_BHAM}]]."),
    ("survey", "I want to cancel my subscription but the cancel button doesn't work on Android. Customer no. ((neg:{NEG_ID11}))."),
    ("survey", "Visiting from Lagos – the hotel desk couldn't get through to your taxi line but driver [[person:Ali]] helped me anyway. If lost property finds my sunglasses please call my Nigerian number [[phone:{NG_MOB}]] or email [[email:chioma.eze@yahoo.com]]. Thanks, [[person:Chioma]]"),
    ("survey", "Your form keeps rejecting my National Insurance number, [[national_id:{UK_NI}]]. It's definitely correct, it's on every payslip."),
    ("survey", "Why is the Sunday timetable for tram ((neg:4)) the same as Saturday's? It's much quieter on Sundays."),
    ("survey", "The pharmacy gave me someone else's prescription bag, the name on it was [[person:ALVA JOHANSSON]]. I handed it back straight away but this is a serious privacy breach."),
    ("survey", "Please remove my private address ([[address:Skogsbacken 3, 756 51 Uppsala]]) from the invoices and use our company instead, ((neg:Norrsken Consulting AB)), org. no. ((neg:{ORGNR})).\nBest, [[person:Helen Mbeki]]"),
    ("survey", "Bike repair took three weeks instead of three days. ((neg:1,450 kr)). At least it works now."),
    ("survey", "Your courier rang me at 6:10 in the morning on [[phone:{SE_MOB_COMPACT}]]!! Who delivers at 6 am? Order ((neg:{ORD8}))."),
    ("survey", "Staff friendly, store clean, but they never have my size in stock. More larger sizes please."),
    ("survey", "Please transfer the overpayment to my German account, [[account:{IBAN_DE}]], holder [[person:Jonas Weber]]. I moved back to Hamburg and closed the Swedish one. Phone: [[phone:{DE_PHONE}]]"),
    ("survey", "Gave two stars because the fast track at security took longer than the normal queue. Nearly missed ((neg:BA 0772))."),
    ("survey", "Lovely stay. [[person:Rosa]] at reception recommended a great restaurant and [[person:Bo]] in the bar makes the best negroni in Copenhagen."),
    ("survey", "For the attention of Mr [[person:Patel]], branch manager.\nFollowing our meeting on ((neg:12/03)) I attach the payslips. For the joint mortgage please also use my wife's details: [[person:Nadia Rahman]], personal number [[national_id:{SE_PNR_SP}]].\nRegards, [[person:Imran Rahman]]"),
    ("survey", "Your '((neg:frank)) feedback' survey has 42 questions. Nobody has time for that."),
    ("survey", "Cabin crew member [[person:Sky]] (yes, that was the name on her badge) was wonderful with my autistic son on the flight to Alicante."),
    ("survey", "Quick, friendly, no complaints. Cheers!"),
    # ---------------------------------------------------------------- social
    ("social", "@[[person:rachel_kowalski]] same thing happened to me with Vodafone last week, 3 hours on hold 🙄"),
    ("social", "Northern strikes again. ((neg:17:42)) to Leeds cancelled, next one ((neg:18:42)). Cheers lads 👏 #NorthernFail"),
    ("social", "shoutout to [[person:bill]] at the Tesco Extra in Hull who helped my nan carry her shopping to the car 💙"),
    ("social", "DM me?? I've sent my details 4 times!! fine. [[person:Kayleigh Brooks]], [[phone:{UK_MOB_ODD}]], order ((neg:{ORD8})). sort it out @ASOS 😤"),
    ("social", "anyone else's Monzo app down? can't pay for anything 😭"),
    ("social", "Lost my wallet on the 38 bus this morning in Hackney 😩 If anyone finds it my name's [[person:Femi Adeyemi]], please email [[email:femi.adeyemi@gmail.com]] 🙏 RT pls"),
    ("social", "Norwegian cancelled our flight to Tromsø and offered a voucher. Not a refund. A VOUCHER. @[[person:tom_hendry]] says go to the ombudsman, doing it now ✈️😡"),
    ("social", "Octopus Energy customer service is actually brilliant?? Sorted my smart meter in 10 mins. Did not expect that 😮"),
    ("social", "Met [[person:Frank]] & [[person:Hope]] at the IKEA returns desk today and they were the loveliest people 🥰 #customerservice"),
    ("social", "when your landlord posts your address in the building group chat 🙃 [[address:Flat 4, 9 Peel Street, Manchester M14 5AB]] — cool, thanks [[person:Derek]]"),
    ("social", "Just got a 'your parcel is waiting, pay ((neg:£1.99)) customs' text. SCAM. Don't click. Royal Mail doesn't text like that."),
    ("social", "Thank you @[[person:lisa.mcgrath]] from @BritishGas for actually listening 🙏 boiler fixed after 3 weeks!"),
    ("social", "Can't believe Ryanair charged me ((neg:£55)) to print a boarding pass. Fuming. [[person:Sarah-Jane]] if you see this I'm NOT coming on the next trip lol"),
    # ------------------------------------------------------------- interview
    ("interview", "I: How did you first hear about us?\nR: My colleague [[person:Priya]] recommended you.\nI: And how has the onboarding been?\nR: Slow. I sent a copy of my passport to [[person:Daniel]] in your team twice and he still says it's missing.\nI: Sorry to hear that. What's the best number to reach you?\nR: My US cell, [[phone:{US_PHONE}]], I'm travelling for work."),
    ("interview", "Respondent (female, 30s, Gothenburg) reports frequent broadband outages in the evenings. Uses fibre for home office. Rated 4/10. No contact details given; does not want follow-up."),
    ("interview", "Interviewer: Can you walk me through the complaint?\n[[person:Gordon]]: I was charged twice. ((neg:£89.99)) and then ((neg:£89.99)) again.\nInterviewer: Did you contact the branch?\n[[person:Gordon]]: Aye, I spoke to a Miss [[person:Abara]], she said she'd call me back on [[phone:{UK_EDI}]]. Never did.\nInterviewer: When was this?\n[[person:Gordon]]: Around the 20th of February."),
    ("interview", "Call with [[person:Aylin Yilmaz]] (tenant). Reports broken heating since ((neg:3 Jan)) at [[address:Ringvägen 112, 118 60 Stockholm]]. Two small children in the flat. The landlord's contact, Mr [[person:Ström]], is not answering. [[person:Aylin]] prefers contact via [[email:aylin.y@hotmail.se]] or her Turkish mobile [[phone:{TR_MOB}]]."),
    ("interview", "[10:02] Customer: hi, my card got swallowed by the ATM at Nørreport\n[10:03] [[person:Mikkel]] (Support): Sorry to hear that! Can you confirm your full name and CPR number?\n[10:04] Customer: [[person:Astrid Holm Jensen]], [[national_id:{DK_CPR_ND}]]\n[10:05] [[person:Mikkel]] (Support): Thanks [[person:Astrid]]. I've blocked the card and ordered a new one to your registered address."),
    ("interview", "I: What would you improve?\nR: The hold music. Honestly. Forty minutes of the same tune.\nI: Anything else?\nR: Let people book appointments online instead of ringing at 8 am."),
    ("interview", "Focus group, Newcastle. Participants: [[person:Dave]], [[person:Lorraine]], [[person:Mohammed]], [[person:Kirsty]], [[person:Hope]]. Main theme: confusion about the energy price cap. [[person:Lorraine]] pays ((neg:£140)) a month by direct debit for a two-bed flat; [[person:Mohammed]] prefers prepayment so he 'can see where the money goes'."),
    ("interview", "Agent: Thanks for calling, can I take your name?\nCustomer: It's [[person:Bartholomew]], but everyone calls me [[person:Bart]].\nAgent: And your National Insurance number, [[person:Bart]]?\nCustomer: [[national_id:{UK_NI_SP}]].\nAgent: Lovely. And a contact number?\nCustomer: [[phone:{UK_MOB_ODD}]], mornings are best."),
    ("interview", "Home visit, elderly customer in Malmö. [[person:Gösta Nilsson]] (aged 101, personal number [[national_id:{SE_PNR_PLUS:1923}]]) struggled with the new smart meter display. His neighbour [[person:Amira]] helps him read his bills. Suggestion: larger font on invoices."),
    ("interview", "Interview with store manager (asked not to be named). Staff turnover is high and weekend shifts are hard to fill. Customers complain most about queues between 5 and 6 pm."),
    ("interview", "I: Can you spell your email for me?\nR: Sure, it's [[email:j.mcallister-87@outlook.com]].\nI: And you're still at [[address:23 Kelvin Drive, Glasgow G20 8QG]]?\nR: Yes, same place. My partner [[person:Euan]] moved in though, so his name should go on the account too.\nI: Right, thanks [[person:Joanne]]."),
    ("interview", "Telephone interview. Customer moved from Bergen to Leeds and wants a refund of her Norwegian home insurance premium. Fødselsnummer given: [[national_id:{NO_FNR_SP}]]. Refund to her UK account, IBAN [[account:{IBAN_GB}]]. Name: [[person:Kari Nordvik]]."),
    ("interview", "00:01:12 INTERVIEWER: So what happened at the clinic?\n00:01:20 [[person:FATIMA]]: The receptionist read out my full name and birthday in the waiting room. Loud.\n00:01:31 INTERVIEWER: How did that make you feel?\n00:01:35 [[person:FATIMA]]: Embarrassed. Everyone heard it."),
    ("interview", "Follow-up with respondent #118: the gym's opening hours (6–22) are fine but the sauna is often closed without notice. Gave 7/10."),
    ("interview", "Respondent forwarded this e-mail during the interview to show the insurer never replied:\n---------- Forwarded message ---------\nFrom: [[person:Oliver Grant]] <[[email:oliver.grant@fastmail.com]]>\nDate: Mon, 4 Mar 2024 at 09:12\nSubject: Re: your claim\nTo: [[person:Marcus Ford]] <[[email:marcus.ford@norrvik-forsakring.se]]>\n\n[[person:Marcus]], I still haven't had an answer. Please call me on [[phone:{UK_MOB}]].\n[[person:Oliver]]"),
    ("interview", "Interviewer: Did the rail company offer compensation?\nRespondent: They did, but paid it into my old account. I gave them the new one, sort code [[account:{UK_SORT}]], account [[account:{UK_ACCNO}]], twice.\nInterviewer: Do you have a reference?\nRespondent: ((neg:DR-7781-20)). And the ticket number was ((neg:{NEG_ID12}))."),
    ("interview", "Interview with a couple, [[person:Linh]] and [[person:Jakub]], who run a small café. Their card terminal rental went from ((neg:£19)) to ((neg:£35)) a month without notice. [[person:Jakub]] asked to be called back on [[phone:{UK_CARDIFF}]] rather than emailed."),
]

# ================================================================= building
PH_RE = re.compile(r"\{([A-Z0-9_]+)(?::(\d+))?\}")
MK_RE = re.compile(r"\[\[(\w+):(.+?)\]\]|\(\(neg:(.+?)\)\)", re.S)
EMAIL_RE = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
ID_SHAPE_RES = (
    re.compile(r"(?<![\w])(?:\d{2})?\d{6}[-+ ]?\d{4}(?![\w])"),          # SE / DK
    re.compile(r"(?<![\w])\d{6} ?\d{5}(?![\w])"),                        # NO
    re.compile(r"(?<![\w])[A-Z]{2} ?\d{2} ?\d{2} ?\d{2} ?[A-D](?![\w])"),  # UK NI
)
PUNCT = set(".,;:!?()[]{}<>\"'”“’‘-–—/\\|*#&%@")


def fill(marked):
    def rep(m):
        name, arg = m.group(1), m.group(2)
        if name not in GEN:
            raise KeyError("unknown generator %s" % name)
        return GEN[name](int(arg)) if arg else GEN[name]()
    return PH_RE.sub(rep, marked)


def render(marked):
    out, spans, negs = [], [], []
    pos = last = 0
    for m in MK_RE.finditer(marked):
        chunk = marked[last:m.start()]
        out.append(chunk)
        pos += len(chunk)
        if m.group(1) is not None:
            kind, val = m.group(1), m.group(2)
            spans.append({"start": pos, "end": pos + len(val), "kind": kind})
        else:
            val = m.group(3)
            negs.append((pos, pos + len(val), val))
        out.append(val)
        pos += len(val)
        last = m.end()
    out.append(marked[last:])
    return "".join(out), spans, negs


def validate(rec, negs, errors, warnings):
    text, rid = rec["text"], rec["id"]
    err = lambda msg: errors.append("%s: %s" % (rid, msg))
    for tok in ("[[", "]]", "((neg", "{", "}"):
        if tok in text:
            err("markup left: %r" % tok)
    n_words = len(text.split())
    if not 5 <= n_words <= 120:
        err("length %d words" % n_words)
    prev_end = -1
    for sp in sorted(rec["pii"], key=lambda s: s["start"]):
        s, e, kind = sp["start"], sp["end"], sp["kind"]
        if kind not in KINDS:
            err("bad kind %s" % kind)
        if not (0 <= s < e <= len(text)):
            err("span out of range %r" % sp)
            continue
        if s < prev_end:
            err("overlapping spans at %d" % s)
        prev_end = e
        val = text[s:e]
        if val != val.strip() or "\n" in val:
            err("whitespace in span %r" % val)
        if val[0] in PUNCT and not (kind == "phone" and val[0] == "+"):
            err("span starts with punctuation %r" % val)
        if val[-1] in PUNCT:
            err("span ends with punctuation %r" % val)
        if s > 0 and text[s - 1].isalnum():
            err("span cuts word at start %r" % val)
        if e < len(text) and text[e].isalnum():
            err("span cuts word at end %r" % val)
        if kind == "national_id" and not id_schemes(val):
            err("national_id fails checks %r" % val)
        if kind == "email" and not EMAIL_RE.fullmatch(val):
            err("bad email %r" % val)
        if kind == "phone":
            nd = sum(ch.isdigit() for ch in val)
            if not re.fullmatch(r"\+?[\d ()/\-]+", val) or not 7 <= nd <= 15:
                err("bad phone %r" % val)
        if kind == "account":
            if re.match(r"[A-Z]{2}\d{2}", val):
                if not iban_valid(val):
                    err("IBAN fails mod-97 %r" % val)
            elif re.fullmatch(r"\d{4}\.\d{2}\.\d{5}", val):
                if not no_acc_valid(val):
                    err("NO account fails mod-11 %r" % val)
            elif not re.fullmatch(r"[\d ,\-]+", val):
                err("bad account %r" % val)
        if kind == "address" and not (re.search(r"\d", val) and re.search(r"[^\W\d_]", val)):
            err("address without number %r" % val)
        if kind == "person" and re.search(r"\d", val):
            err("digit in person %r" % val)
    # hard negatives must not look like valid IDs / e-mails
    for s, e, val in negs:
        if id_schemes(val):
            err("hard negative passes ID check %r %s" % (val, id_schemes(val)))
        if EMAIL_RE.search(val):
            err("e-mail in hard negative %r" % val)
    # nothing ID- or e-mail-shaped may remain outside the spans
    masked = list(text)
    for sp in rec["pii"]:
        for i in range(sp["start"], sp["end"]):
            masked[i] = "#"
    masked = "".join(masked)
    for m in EMAIL_RE.finditer(masked):
        err("e-mail outside span %r" % m.group())
    for rx in ID_SHAPE_RES:
        for m in rx.finditer(masked):
            if id_schemes(m.group()):
                err("valid-looking ID outside span %r" % m.group())
    # warn about long unlabelled digit groups that are not declared hard negatives
    neg_mask = list(masked)
    for s, e, _ in negs:
        for i in range(s, e):
            neg_mask[i] = "#"
    for m in re.finditer(r"\d[\d \-]{5,}\d", "".join(neg_mask)):
        if sum(ch.isdigit() for ch in m.group()) >= 6:
            warnings.append("%s: undeclared digit run %r" % (rid, m.group()))


def build():
    records, all_negs = [], []
    n = 0
    for lang, items in (("sv", SV), ("en", EN)):
        for genre, marked in items:
            assert genre in GENRES, genre
            n += 1
            text, spans, negs = render(fill(marked))
            records.append({"id": "pii4-sven-%04d" % n, "text": text, "lang": lang,
                            "genre": genre, "pii": spans})
            all_negs.append(negs)
    return records, all_negs


def report(records):
    langs = ("sv", "en")
    kc = {l: Counter() for l in langs}
    gc = {l: Counter() for l in langs}
    tc, empty = Counter(), Counter()
    for r in records:
        l = r["lang"]
        tc[l] += 1
        gc[l][r["genre"]] += 1
        if not r["pii"]:
            empty[l] += 1
        for sp in r["pii"]:
            kc[l][sp["kind"]] += 1
    print("%-12s" % "" + "".join("%8s" % l for l in langs) + "%8s" % "total")
    print("%-12s" % "texts" + "".join("%8d" % tc[l] for l in langs) + "%8d" % sum(tc.values()))
    for k in KINDS:
        print("%-12s" % k + "".join("%8d" % kc[l][k] for l in langs) + "%8d" % sum(kc[l][k] for l in langs))
    for g in GENRES:
        print("%-12s" % ("g:" + g) + "".join("%8d" % gc[l][g] for l in langs) + "%8d" % sum(gc[l][g] for l in langs))
    print("%-12s" % "no PII" + "".join("%8d" % empty[l] for l in langs) + "%8d" % sum(empty.values()))
    print("%-12s" % "no PII %" + "".join("%7.0f%%" % (100.0 * empty[l] / tc[l]) for l in langs))
    return kc, gc, tc, empty


def main():
    records, all_negs = build()
    errors, warnings = [], []
    for rec, negs in zip(records, all_negs):
        validate(rec, negs, errors, warnings)
    texts = Counter(r["text"] for r in records)
    for t, c in texts.items():
        if c > 2:
            errors.append("text used %d times: %r" % (c, t[:60]))
    for w in warnings:
        print("WARNING", w)
    if errors:
        for e in errors:
            print("ERROR", e)
        raise SystemExit("%d validation errors, nothing written" % len(errors))
    kc, gc, tc, empty = report(records)
    minima = {"person": 45, "phone": 18, "email": 10, "national_id": 10, "address": 8, "account": 6}
    for l in ("sv", "en"):
        for k, v in minima.items():
            assert kc[l][k] >= v, (l, k, kc[l][k])
        share = empty[l] / tc[l]
        assert 0.25 <= share <= 0.35, (l, share)
    with open(OUT_PATH, "w", encoding="utf-8") as fh:
        for r in records:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote %d records to %s" % (len(records), OUT_PATH))


if __name__ == "__main__":
    main()
