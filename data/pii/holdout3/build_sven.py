#!/usr/bin/env python3
"""Builder for the pii3-sven hold-out set (Swedish + English customer feedback).

Stdlib only. Texts are hand-written with inline markup:
  [[kind:value]]  -> labelled span (kind in person/email/phone/national_id/address/account)
  ((neg:value))   -> hard negative (markup removed, no span)
  {GEN} / {GEN@k} -> value from one of the generators below ({GEN@k} reuses the same value
                     within one text).
Run:  python3 build_sven.py   -> writes pii_holdout_sven.jsonl next to this file.
"""
import datetime
import json
import os
import random
import re
from collections import Counter, defaultdict

SEED = 20240917
rng = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "pii_holdout_sven.jsonl")


def digits(n):
    return "".join(str(rng.randrange(10)) for _ in range(n))


# ---------------------------------------------------------------- dates
def valid_date(y, m, d):
    try:
        datetime.date(y, m, d)
        return True
    except ValueError:
        return False


def rand_date(y0, y1):
    a = datetime.date(y0, 1, 1).toordinal()
    b = datetime.date(y1, 12, 31).toordinal()
    return datetime.date.fromordinal(rng.randint(a, b))


# ---------------------------------------------------------------- Swedish personnummer / samordningsnummer
def luhn_digit(s9):
    tot = 0
    for i, ch in enumerate(s9):
        v = int(ch) * (2 if i % 2 == 0 else 1)
        tot += v // 10 + v % 10
    return (10 - tot % 10) % 10


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
    if not any(valid_date(y, mm, dd) for y in years):
        return False
    return luhn_digit(d10[:9]) == int(d10[9])


def se_pnr_valid(raw):
    s = raw.replace(" ", "")
    if not re.fullmatch(r"(\d{2})?\d{6}[-+]?\d{4}", s):
        return False
    return se_pnr_digits_ok(re.sub(r"\D", "", s))


def gen_se(y0, y1, fmt, samo=False):
    d = rand_date(y0, y1)
    day = d.day + (60 if samo else 0)
    ymd = f"{d.year % 100:02d}{d.month:02d}{day:02d}"
    ser = digits(3)
    tail = ser + str(luhn_digit(ymd + ser))
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
CPR_W = [4, 3, 2, 7, 6, 5, 4, 3, 2, 1]


def cpr_date_ok(d10):
    dd, mm, yy = int(d10[:2]), int(d10[2:4]), int(d10[4:6])
    return any(valid_date(c + yy, mm, dd) for c in (1800, 1900, 2000))


def cpr_mod11(d10):
    return sum(int(a) * w for a, w in zip(d10, CPR_W)) % 11 == 0


def cpr_valid(raw):
    s = raw.replace(" ", "")
    if not re.fullmatch(r"\d{6}-?\d{4}", s):
        return False
    d = s.replace("-", "")
    return cpr_date_ok(d) and cpr_mod11(d)


def gen_cpr(nd=False):
    while True:
        d = rand_date(1946, 1999)
        s = f"{d.day:02d}{d.month:02d}{d.year % 100:02d}{rng.randrange(4)}{digits(3)}"
        if cpr_mod11(s):
            return s if nd else f"{s[:6]}-{s[6:]}"


# ---------------------------------------------------------------- Norwegian fødselsnummer / D-nummer
NO_W1 = [3, 7, 6, 1, 8, 9, 4, 5, 2]
NO_W2 = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]


def no_ctrl(d9):
    k1 = 11 - sum(int(a) * w for a, w in zip(d9, NO_W1)) % 11
    k1 = 0 if k1 == 11 else k1
    if k1 == 10:
        return None
    d10 = d9 + str(k1)
    k2 = 11 - sum(int(a) * w for a, w in zip(d10, NO_W2)) % 11
    k2 = 0 if k2 == 11 else k2
    if k2 == 10:
        return None
    return d10 + str(k2)


def no_fnr_digits_ok(s):
    if not re.fullmatch(r"\d{11}", s):
        return False
    dd, mm, yy = int(s[:2]), int(s[2:4]), int(s[4:6])
    if dd > 40:
        dd -= 40  # D-nummer
    if mm > 40:
        mm -= 40  # H-nummer (lenient)
    if not any(valid_date(c + yy, mm, dd) for c in (1800, 1900, 2000)):
        return False
    return no_ctrl(s[:9]) == s


def no_fnr_valid(raw):
    return no_fnr_digits_ok(raw.replace(" ", ""))


def gen_fnr(dnr=False, sp=False):
    while True:
        d = rand_date(1950, 2004)
        ind = rng.randrange(0, 500) if d.year < 2000 else rng.randrange(500, 1000)
        day = d.day + (40 if dnr else 0)
        s = no_ctrl(f"{day:02d}{d.month:02d}{d.year % 100:02d}{ind:03d}")
        if s:
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
def _num(s):
    return "".join(str(int(c, 36)) for c in s)


def iban_ok(raw):
    s = raw.replace(" ", "")
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    return int(_num(s[4:] + s[:4])) % 97 == 1


def make_iban(cc, bban):
    chk = 98 - int(_num(bban + cc + "00")) % 97
    return f"{cc}{chk:02d}{bban}"


def spaced(s):
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


NOACC_W = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]


def no_acc_ok(raw):
    d = re.sub(r"\D", "", raw)
    if len(d) != 11:
        return False
    r = sum(int(a) * w for a, w in zip(d[:10], NOACC_W)) % 11
    k = 0 if r == 0 else 11 - r
    return k != 10 and k == int(d[10])


def gen_no_acc_digits():
    while True:
        d10 = rng.choice(["1503", "1607", "3000", "6011", "9710", "1254"]) + digits(6)
        r = sum(int(a) * w for a, w in zip(d10, NOACC_W)) % 11
        k = 0 if r == 0 else 11 - r
        if k != 10:
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
    iban = make_iban(cc, bban)
    return iban if nd else spaced(iban)


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
    "DK_MOB_INT": lambda: f"+45 {rng.choice('2345')}{digits(1)} {digits(2)} {digits(2)} {digits(2)}",
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
    "SE_ACC_SWED": lambda: f"8{digits(3)}-{digits(1)}, {digits(3)} {digits(3)} {digits(3)}-{digits(1)}",
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

TEXTS = []


def T(lang, genre, text):
    TEXTS.append((lang, genre, text.strip("\n")))


# =====================================================================================
# SWEDISH (sv)
# =====================================================================================
# ---- survey, with personal data
T("sv", "survey", """
Har försökt säga upp mitt abonnemang i tre veckor nu. Ingen svarar på mejlen, så jag skriver här i stället.

Med vänliga hälsningar
[[person:Ingrid Ek-Sandberg]]
[[address:Tallvägen 14, 702 27 Örebro]]
Mobil: [[phone:{SE_MOB}]]
[[email:ingrid.eksandberg@telia.com]]
""")
T("sv", "survey", """Jag blev ombedd att skriva in mitt personnummer [[national_id:{SE_PNR}]] i chatten, trots att jag redan loggat in med BankID. Känns inte säkert alls. Handläggaren hette [[person:Mikael]] och var trevlig, men rutinen är märklig.""")
T("sv", "survey", """elräkningen för februari var 4 312 kr?? vi är två pers i en trea. anläggnings-id ((neg:735999123456789012)) stämmer inte ens med det som står på mätaren. ring mig på [[phone:{SE_MOB_ND}]] innan ni skickar nåt till inkasso""")
T("sv", "survey", """Vi var fyra i bilen när olyckan hände: jag ([[person:Hassan Yilmaz]]), min fru [[person:Elif]] och barnen [[person:Deniz]] och [[person:Can]]. Försäkringsbolaget har bara registrerat mig som skadad. Skadenummer ((neg:2024-118734)). Kontakta mig på [[phone:{SE_MOB_INT}]] eller [[email:hassan.yilmaz77@gmail.com]]. Min bror i Izmir har tolkat åt oss, han nås på [[phone:{TR_MOB}]].""")
T("sv", "survey", """
Avsändare:
[[person:Gunnel Vega]]
[[address:Björkbacken 3 lgh 1204, 831 45 Östersund]]
Tel. [[phone:{SE_LAND_063}]]

Till Östersunds kommun, tekniska förvaltningen

Snöröjningen på Björkbacken har inte fungerat en enda gång i vinter. Jag är 81 år och kommer inte ut till bussen när plogvallen ligger kvar. Jag har ringt tre gånger och fått ärendenummer ((neg:TN 2024/0381)) men ingenting händer.

[[person:Gunnel Vega]]
""")
T("sv", "survey", """Personalen på Clas Ohlson i Täby var fantastisk, särskilt [[person:Alva]] som hjälpte mig hitta rätt borrmaskin och förklarade skillnaden mellan slagborr och skruvdragare. Ros till henne!""")
T("sv", "survey", """Tåg ((neg:537)) från Göteborg 07:12 var 48 minuter försenat och jag missade mitt flyg ((neg:SK 1417)) från Arlanda. Begär ersättning enligt förseningsgarantin. Bokningsnummer ((neg:K8TR4Q)). Pengarna kan sättas in på [[account:{SE_ACC_SWED}]], kontoinnehavare [[person:Jonas Öberg]].""")
T("sv", "survey", """Jag har samordningsnummer [[national_id:{SE_SAMO}]] och vårdcentralens system klarar inte av det, så jag kan inte boka tid via 1177. Receptionisten [[person:Birgitta]] sa att det är ett känt fel sedan i höstas. Det drabbar alla oss som inte har ett fullständigt personnummer.""")
T("sv", "survey", """budet ringde på fel port och lämnade sen maten utanför grannens dörr. jag bor på [[address:Södra Förstadsgatan 88B, 214 20 Malmö]], det står tydligt i appen!! order ((neg:#7734-220))""")
T("sv", "survey", """Säger upp mitt medlemskap pga flytt till Luleå. Medlemsnr ((neg:100238841)). Namn: [[person:Fatima Al-Hassan]], pnr [[national_id:{SE_PNR_ND}]]. Bekräftelse till [[email:fatima.alhassan@hotmail.se]], tack.""")
T("sv", "survey", """Lämnade in min Volvo XC60 på service och fick tillbaka den med en repa längs hela vänsterdörren. Verkstadschefen [[person:Stig Lund]] lovade att ringa tillbaka men det har han inte gjort. Jag nås på [[phone:{SE_MOB_SP}]] efter kl 16.""")
T("sv", "survey", """Styrelsen i föreningen ignorerar alla felanmälningar. Fuktfläcken i badrummet har funnits sedan 2022 och nu luktar det unket. Kontakta mig: [[person:P. Nyström]], [[address:Kvarngatan 9, 1 tr, 118 47 Stockholm]], tfn [[phone:{SE_STHLM}]].""")
T("sv", "survey", """
Vidarebefordrar svaret jag fick från er:

---------- Vidarebefordrat meddelande ----------
Från: [[person:Emil Sjöberg]] | Kundtjänst
Till: [[email:sara.lindqvist@bredband2.se]]
Ämne: SV: Retur order ((neg:5540092817))

"Vi har tyvärr inte mottagit din retur."

Jag har ju kvittot från ombudet med kolli-id ((neg:JJSE40012345678901))! Vad mer vill ni ha? /[[person:Sara]]
""")
T("sv", "survey", """hej! fick en faktura på 899 kr fast jag har ett abb på 299/mån. kundnummer ((neg:40118273)). snälla nån ring [[phone:{SE_MOB_ODD}]] eller maila [[email:lo.bergkvist@icloud.com]] /[[person:Lo]]""")
T("sv", "survey", """Pengar drogs två gånger från mitt konto [[account:{SE_ACC_SEB}]] för samma köp (1 249 kr, 2024-02-17). Banken säger att jag måste bestrida hos butiken själv. Orimligt när det är ert system som dubbeldebiterat.""")
T("sv", "survey", """Min mormor [[person:Elsa Hägg]] fyllde 102 i år och ert webbformulär godtar inte hennes personnummer [[national_id:{SE_PNR_PLUS}]] med plustecken. Fixa era formulär för de äldsta kunderna! Jag är hennes gode man och nås på [[phone:{SE_GBG}]].""")
T("sv", "survey", """Föraren på linje ((neg:4)) mot Gullmarsplan kl 17.45 i tisdags var otrevlig mot en äldre dam med rullator. Namnskylten sa [[person:R. Karlsson]]. Hoppas SL tar det på allvar.""")
T("sv", "survey", """Vi föräldrar på Solrosens förskola skriver gemensamt: [[person:Maria Johansson]], [[person:Ahmed Osman]], [[person:Linnea Frank]], [[person:Tomasz Kowalski]] och [[person:Jenny Sky]]. Beskedet om nedläggningen kom med två veckors varsel, mitt i inskolningen. Kontaktperson är [[person:Linnea]], [[email:linnea.frank@outlook.com]].""")
T("sv", "survey", """Paketet skickades till min gamla adress trots att jag ändrade till [[address:Hagagatan 22, 903 29 Umeå]] redan i januari. Spårningsnummer ((neg:00370726203829541231)). Nu måste jag åka till ett ombud i Holmsund. Uppdatera adressen i systemet ordentligt!""")
T("sv", "survey", """Ringde 1177 natten till lördag om min son [[person:Noah]] ([[national_id:{SE_PNR12_CHILD}]]) som hade nästan 40 graders feber. Sjuksköterskan var lugn och kunnig och vi slapp åka in. Tack!""")
T("sv", "survey", """Vill byta till fast pris. Avtalet står på min sambo [[person:Kalle Rosén]] men det är jag, [[person:Rose Mbeki]], som betalar. Hans personnummer är [[national_id:{SE_PNR_SP}]] om ni behöver det. Ring mig på [[phone:{SE_MOB}]] så löser vi det.""")
T("sv", "survey", """Bästa verkstaden i Västerås! [[person:Mehmet]] och [[person:Janne]] fixade kopplingen samma dag. 6 400 kr inkl. moms, helt ok.""")
T("sv", "survey", """Flytten av mitt nummer [[phone:{SE_MOB_SLASH}]] från förra operatören tog 11 dagar. Under tiden var jag helt utan telefon och missade en anställningsintervju. Ingen kompensation erbjuden.""")
T("sv", "survey", """Min lön från Norge sätts in på [[account:{SE_IBAN}]] men banken tar 150 kr i avgift per inkommande betalning. Det stod ingenstans när jag öppnade kontot.""")
T("sv", "survey", """Grannen i lgh ((neg:1103)), [[person:Bill]] (heter faktiskt så), spelar hög musik varje natt. Förvaltaren [[person:Susanne Berg]] svarar aldrig, och hennes mejladress [[email:susanne.berg@hsb-forvaltning.se]] studsar.""")
T("sv", "survey", """Köpte en iPhone 15 på Elgiganten 3/2, kvittonr ((neg:0112-4471-9983)), och den slutade ladda efter en vecka. Säljaren [[person:Oskar]] påstod att det var fuktskada. Vill ha ny telefon, inte reparation.""")
T("sv", "survey", """Bagaget försvann på flyg ((neg:DY 4321)) Arlanda–Málaga. Jag har fyllt i blanketten tre gånger. Kontakta [[person:Anders Holm]] på [[phone:{SE_MOB_00}]], eller min dotter [[person:Cecilia]] på [[phone:{SE_MOB_ND}]] om jag inte svarar.""")
T("sv", "survey", """Hemtjänsten hos min pappa [[person:Sven-Erik Lindahl]] på [[address:Ängsvägen 7, 643 30 Vingåker]] kommer på helt olika tider varje dag. Han har demens och blir orolig. Samordnaren [[person:Åsa]] har lovat förbättring sedan oktober.""")
T("sv", "survey", """Försäkringsnummer ((neg:FB-2211-40938)). Skadan anmäldes 14 mars. Försäkringstagare: [[person:Yusuf Abdi]], personnummer [[national_id:{SE_PNR12_ND}]]. Ersättningen på 8 200 kr ska betalas till Handelsbanken [[account:{SE_ACC_HB}]]. Tack på förhand.""")
T("sv", "survey", """PT-passen med [[person:Vega]] är värda varenda krona. Hon anpassade allt efter min knäskada.""")
T("sv", "survey", """Foodora-budet, [[person:Nguyen]] stod det i appen, var superschysst och ringde när han inte hittade porten. Mer sånt!""")
T("sv", "survey", """
Vårt företag har haft avbrott i fiberanslutningen sex gånger i mars. Vi förlorar kunder varje gång.

--
[[person:Björn Ek]]
VD, Eks Rör & VVS AB
Org.nr ((neg:559123-4567))
Direkt: [[phone:{SE_UPPSALA}]] | Mobil: [[phone:{SE_MOB}]]
[[email:bjorn@eksror.se]]
""")
T("sv", "survey", """Jag är dansk medborgare men bor i Helsingborg. Banken vill ha både mitt CPR-nummer [[national_id:{DK_CPR}]] och ett svenskt personnummer, som jag inte har fått än. Moment 22. Ring gärna [[phone:{DK_MOB_INT}]].""")
T("sv", "survey", """Dr [[person:Okafor]] på vårdcentralen lyssnade verkligen. Första gången på flera år som jag känt mig tagen på allvar.""")
T("sv", "survey", """Ersättning för inställt tåg ska betalas ut till [[account:{SE_ACC_NORDEA}]] (Nordea). Ärende ((neg:SJ-88412)). // [[person:Lisa Strand]]""")
T("sv", "survey", """Glömde min väska på buss ((neg:150)) igår kväll. Om någon hittar den: den är grön och har en namnlapp med [[person:ALVA BJÖRK]] och [[phone:{SE_MOB_SP}]]. Min insulin ligger i den.""")
T("sv", "survey", """Fick ett sms från [[phone:{SE_MOB_INT_ND}]] som påstod sig vara ni och att jag måste betala tull på 39 kr. Är det bluff? Jag klickade inte på länken.""")
T("sv", "survey", """Jag har flyttat hem från Oslo och vill avsluta det norska kontot [[account:{NO_ACC}]] som är kopplat till mitt kort hos er. Mitt gamla fødselsnummer är [[national_id:{NO_FNR}]] om ni behöver det. Skicka papperen till [[email:m.haugen.se@gmail.com]]. /[[person:Marit Haugen]]""")

T("sv", "survey", """Snabb leverans, bra pris. Nöjd!""")
T("sv", "survey", """Jag skriver för att klaga på hanteringen av min mammas ärende. [[person:Ulla-Britt Sjögren]] bor på [[address:Parkvägen 2A, 871 31 Härnösand]] och hade inbrott den 3 februari. Polisanmälan gjordes samma dag och skadeanmälan dagen efter. Sedan dess har hon haft fyra olika handläggare: först [[person:Oskar]], sedan [[person:Maja Lindström]], sedan någon som inte ville säga sitt namn och nu [[person:Reza]]. Varje gång ska hon berätta allt från början, och varje gång begär ni kvitton som hon redan skickat in. Hon är 84 år och blir förtvivlad. Jag har fullmakt och vill att all kontakt går via mig, [[person:Peter Sjögren]], på [[phone:{SE_MOB}]] eller [[email:peter.sjogren@bahnhof.se]]. Skadenummer ((neg:HEM-24-0020871)). Jag förväntar mig ett svar inom en vecka.""")
# ---- survey, no personal data (hard negatives)
T("sv", "survey", """Fakturan med OCR ((neg:4410 2298 7731)) betalades 2024-03-28 men ni skickade påminnelse ändå. Påminnelseavgift 60 kr. Ta bort den.""")
T("sv", "survey", """Bra service i butiken på Kungsgatan, snabb kassa och trevlig personal. Ros till hela gänget!""")
T("sv", "survey", """Kundnummer ((neg:73019948)), avtal ((neg:E-2291)). Jag vill byta elavtal men formuläret ger felkod 500 varje gång.""")
T("sv", "survey", """Appen kraschar när jag scannar kvittot. iPhone 13, iOS 17.4. Irriterande!!""")
T("sv", "survey", """var på gymmet vid annedal i morse kl 06.15 och ventilationen var helt död. 28 grader inne, folk höll på att svimma""")
T("sv", "survey", """Annars är jag nöjd, men priset höjdes från 349 kr till 429 kr/mån utan förvarning. Det är 23 %.""")
T("sv", "survey", """Beställde två frukostbrickor till leverans kl 08:00 fredag 12/4. De kom 09:40 med kallt kaffe. Vi hade kunder på plats.""")
T("sv", "survey", """Karensdagen borde avskaffas, men det är väl inte ert fel som försäkringsbolag. Bra bemötande i telefon iaf.""")
T("sv", "survey", """Ordernummer ((neg:3391047725)) – fel storlek levererad, returen registrerad 2 feb men inga pengar tillbaka efter 30 dagar.""")
T("sv", "survey", """Flyget ((neg:SK 2003)) till Luleå ställdes in och vi fick hotell men inga matkuponger. Med två barn blir det dyrt.""")
T("sv", "survey", """Mätarställning 48213 kWh den 31.01.2024. Ni har uppskattat 51 000. Rätta fakturan. Mätarnr ((neg:7359 9910 0042)).""")
T("sv", "survey", """Tycker vårdcentralen i Rosengård borde ha öppet längre på helgerna. Många här jobbar skift.""")
T("sv", "survey", """Bolånet på 2 450 000 kr – ni lovade omförhandling efter 6 månader, men nu står det 4,49 % i stället för 4,19 % på årsbeskedet.""")
T("sv", "survey", """Referensnummer ((neg:19970231-4412)) på min skadeanmälan finns inte i ert system enligt chatten. Hur kan det komma sig?""")
T("sv", "survey", """Bredbandet ligger nere på hela Stigbergsgatan sedan i måndags. Ingen info på er driftsida. Hallå??""")
T("sv", "survey", """Kassörskan på Willys var jättegullig mot min autistiska son när han fick ett utbrott vid kassan. Tack!!""")
T("sv", "survey", """Tåg ((neg:10577)) från Sundsvall gick 06:48 i stället för 06:12 och inget sades i högtalarna. Och nu säger appen att biljetten ((neg:SJ7H244K)) inte gäller längre?""")
T("sv", "survey", """Faktura ((neg:9902311587)), förfallodag 2024-05-31, belopp 1 187,50 kr. Jag har redan betalt via bankgiro ((neg:5402-8816)). Vad gäller?""")

# ---- social
T("sv", "social", """@Telia_Sverige tredje dagen utan internet här i Gävle 😡 ring mig på [[phone:{SE_MOB_SP}]] i stället för att skicka enkäter #kundservice""")
T("sv", "social", """shoutout till [[person:frank]] på ica maxi i borlänge som bar ut alla mina kassar till bilen mitt i snöstormen ❄️🙏""")
T("sv", "social", """tipsar @[[person:linnea_sjoqvist]] om att inte beställa från den där glassbilen 🙄 de drog pengarna två gånger, samma sak hände [[person:hope]] förra veckan""")
T("sv", "social", """KÖR ALDRIG MED DET HÄR FLYGBOLAGET!!! 9 timmar försenat och personalen vid gate 14 ([[person:Jimmy]] tror jag) bara skrattade åt oss 🤬🤬""")
T("sv", "social", """behöver hjälp! tappat plånboken på pendeln mellan Södertälje och Flemingsberg 😭 id-kortet i den står på [[person:Yasmin Karimi]]. hör av er till [[email:yasmin.karimi@live.se]] 💔 #hittegods""")
T("sv", "social", """vem mer har fått sms från [[phone:{SE_MOB_INT}]] som låtsas vara Skatteverket? 🚩 har anmält""")
T("sv", "social", """Flyttfirman ställde av alla våra kartonger utanför [[address:Lövstavägen 41, 753 21 Uppsala]] i stället för hos oss på nr 14 🙃 grannarna blev glada iaf""")
T("sv", "social", """Stort tack till barnmorskan [[person:Sol]] och undersköterskan [[person:Irma]] på BB i Lund ❤️ ni var fantastiska i natt. [[person:Ella]], 3140 g, kom 04:12 👶""")
T("sv", "social", """Elbolaget höjer igen 📈 43 öre/kWh mer än förra månaden. Hur ska folk klara det?""")
T("sv", "social", """Friskis har äntligen öppnat vid Mariatorget 💪 fräscht men alldeles för få cyklar på spinningen 17.30""")
T("sv", "social", """45 minuter i kö till Försäkringskassan idag. 45 MINUTER. #kö""")
T("sv", "social", """Lindex-rean är bäst 🙌 två jackor för 599 kr""")
T("sv", "social", """SJ ersätter inte när tåget är 19 min sent men är jag 1 min sen får jag inte kliva på. logik? 🚆""")

# ---- interview (notes and transcripts)
T("sv", "interview", """
Intervjuare: Hur upplevde du kontakten med kundtjänst?
[[person:Margit]]: Jo, jag pratade med en [[person:Helena]] tror jag, hon var trevlig.
Intervjuare: Fick du hjälp?
[[person:Margit]]: Nej, inte första gången. Jag fick ringa igen och då var det en kille, [[person:Robin]].
Intervjuare: Och han löste det?
[[person:Margit]]: Ja, han ändrade adressen till [[address:Skolgatan 3B, 582 34 Linköping]] direkt medan jag väntade.
""")
T("sv", "interview", """Kunden ([[person:Mustafa Ali]], 54 år, taxichaufför) uppger att han debiterats dubbelt för bilförsäkringen i fyra månader. Han visade kontoutdrag för konto [[account:{SE_ACC_SWED}]]. Vill helst bli kontaktad på arabiska, tel [[phone:{SE_MOB}]]. Intervjuaren [[person:Karin Sahlin]] bedömer ärendet som brådskande.""")
T("sv", "interview", """
[09:14] Kund: hej jag kommer inte in på mina sidor
[09:15] [[person:Jessica]] (kundtjänst): Hej! Kan du uppge ditt personnummer?
[09:15] Kund: [[national_id:{SE_PNR_ND}]]
[09:17] [[person:Jessica]] (kundtjänst): Tack. Ditt konto är låst efter tre felaktiga inloggningar. Jag skickar en återställningslänk till [[email:p.wikstrom@gmail.com]], stämmer det?
[09:18] Kund: ja
[09:25] Kund: fick ingen länk
[09:31] Kund: hallå??
""")
T("sv", "interview", """
I: Vad tycker du om den nya appen?
R: Den är snabbare, men jag hittar inte fakturorna längre.
I: Var brukade du hitta dem?
R: Under "Mina sidor". Nu ligger de under "Ekonomi" tror jag. Det tog en kvart att förstå.
I: Något mer?
R: Att man måste legitimera sig med BankID varje gång, även bara för att se saldot.
""")
T("sv", "interview", """Hembesök på [[address:Rosenlundsgatan 40, 118 53 Stockholm]], trappuppgång B. Hyresgästen [[person:Aino Virtanen]] (bott här sedan 2019) beskriver mögel i sovrummet som felanmälts tre gånger. Fastighetsskötaren [[person:Leif]] ska ha sagt att "det är normalt i gamla hus". Grannen [[person:Gösta]] bekräftar samma problem. Hyresgästen vill bli kontaktad via dottern på [[phone:{SE_MOB_ND}]].""")
T("sv", "interview", """
Medarbetare ([[person:Sofia]]): Välkommen till kundservice, vad gäller saken?
Kund ([[person:Per-Olof Ström]]): Jag vill säga upp elavtalet, jag flyttar till Norge.
[[person:Sofia]]: Okej, vilket datum flyttar du?
[[person:Per-Olof]]: Första juni. Slutfakturan kan gå till min nya adress, [[address:Storgata 12, 9008 Tromsø]].
[[person:Sofia]]: Det ordnar jag. Något mer?
[[person:Per-Olof]]: Nej, tack ska du ha.
""")
T("sv", "interview", """Kort intervju vid receptionen. Medlemmen (ville inte uppge namn) klagar på att omklädningsrummen städas för sällan, särskilt duscharna på damsidan. Hon tränar mån/ons/fre kl 06–07. Enligt henne får personalen, [[person:Tove]] och [[person:Ali]], ofta städa själva mellan passen.""")
T("sv", "interview", """
[[person:Elin]] (intervjuare): Kan du beskriva vad som hände på vårdcentralen?
[[person:Goran Petrović]]: Jag kom dit med bröstsmärtor. De bad om mitt personnummer, [[national_id:{SE_PNR}]], och sen fick jag sitta i väntrummet i två timmar.
[[person:Elin]]: Två timmar?
[[person:Goran Petrović]]: Ja. Till slut tog doktor [[person:Sandström]] hand om mig. Henne är jag tacksam mot, men triaget fungerade inte.
""")
T("sv", "interview", """Respondenten [[person:Kristina Alm]] driver en frisörsalong i Kalmar och tycker att bankens företagspaket är dyrt. Hon visar att betalningar till leverantören i Tyskland ([[account:{DE_IBAN}]]) kostar 95 kr styck. Hon har fått olika besked från rådgivarna [[person:Thomas]] och [[person:Annika]]. Uppföljning via [[email:kristina@almsalong.se]].""")
T("sv", "interview", """
I: Vilket nummer gäller ärendet?
R: Det är [[phone:{SE_MOB_PAR}]]… nej förlåt, det är min mammas. Mitt är [[phone:{SE_MOB_INT0}]].
I: Och vad hände?
R: Surfen tog slut efter tio dagar fast jag har obegränsat. Och sen kom en faktura på 1 450 kr.
""")
T("sv", "interview", """Intervju med paret [[person:Ebba]] och [[person:Nils Granqvist]] efter vattenskadan på [[address:Ekbacksvägen 5, 428 34 Kållered]]. De är missnöjda med att skadereglerare [[person:Hjalmarsson]] kom först efter tre veckor, då hade parketten redan bågnat. [[person:Ebbas]] mobil [[phone:{SE_MOB}]] är bäst att nå dem på dagtid.""")
T("sv", "interview", """
14:02 [[person:Amir]]: hej, min order har inte kommit
14:02 Chattbot Nova: Hej! Jag är Nova, din digitala assistent. Ange ditt ordernummer.
14:03 [[person:Amir]]: ((neg:880-4412-09))
14:03 Chattbot Nova: Tack! Din order levererades 2024-04-02 till ett ombud.
14:04 [[person:Amir]]: nej det gjorde den inte. jag vill prata med en människa
14:09 [[person:Camilla]] (kundtjänst): Hej [[person:Amir]], jag ser att paketet ligger kvar hos ombudet i Hässelby. Jag förlänger liggetiden till fredag.
""")
T("sv", "interview", """Fokusgrupp om färdtjänsten, fem deltagare. [[person:Berit]] (78) och [[person:Hasse]] (81) beskriver att bilarna ofta kommer 30–40 minuter sent. [[person:Marianne Olsson-Dahl]] saknar möjlighet att boka per telefon efter kl 16. [[person:Abdullahi]] är i huvudsak nöjd. Den femte deltagaren ville inte bli citerad.""")
T("sv", "interview", """Intervju på stationen under morgonrusningen. Pendlaren (kvinna, ca 40 år) upplever att tåget 07:32 mot Stockholm C är fullt redan i Märsta. Hon föreslår fler vagnar. Nöjd med appen men inte med förseningsersättningen, som kräver att man laddar upp kvitto.""")
T("sv", "interview", """
Intervjuare: Hur gick det med bokningen?
[[person:Leila]]: Krångligt. Min dotter [[person:Nour]] fick ringa åt mig, hon har mitt samordningsnummer [[national_id:{SE_SAMO12}]] sparat i mobilen.
Intervjuare: Fick ni en tid?
[[person:Leila]]: Om tre veckor. För ett utslag som kliar hela tiden.
""")
T("sv", "interview", """Kunden [[person:Mattias Grön]], av personalen kallad [[person:Matte]], hämtade bilen i fredags och menar att fakturan ((neg:WS-4410)) innehåller delar som aldrig monterats. Han lämnade nummer [[phone:{SE_STHLM_PAR}]] och bad att mekanikern [[person:Krzysztof]] ringer upp, inte verkstadschefen.""")
T("sv", "interview", """
Kund: Jag har fått två fakturor med samma OCR, ((neg:77120458813)).
Medarbetare: Okej, jag ser att den ena är makulerad.
Kund: Varför skickar ni ut den då?
Medarbetare: Det är ett systemfel, jag ber om ursäkt. Du kan bortse från den med förfallodag 30/4.
""")
T("sv", "interview", """Samtal med en kund i butiken om returpolicyn. Kunden tyckte att 14 dagar är för kort för julklappar och att presentkvitton borde gälla till 31 januari. Personalen höll med men hänvisade till huvudkontoret.""")

# =====================================================================================
# ENGLISH (en)
# =====================================================================================
# ---- survey, with personal data
T("en", "survey", """
Third outage this month. I work from home and every drop costs me a client call. Please escalate this properly.

Kind regards,
[[person:Rebecca Oyelaran-Hughes]]
[[address:Flat 4, 27 Albion Street, Leeds LS1 6HX]]
M: [[phone:{UK_MOB}]]
E: [[email:r.oyelaranhughes@btinternet.com]]
""")
T("en", "survey", """You refunded the wrong account. My details are sort code [[account:{UK_SORT}]], account [[account:{UK_ACCNO}]]. The refund went to an account ending ((neg:4471)) which isn't mine. Case ref ((neg:CAS-0092831)).""")
T("en", "survey", """Why on earth does an energy supplier need my National Insurance number? Your agent ([[person:Kyle]]) insisted. I gave it, [[national_id:{NINO}]], because I was desperate to get the smart meter sorted, but I'm not happy about it.""")
T("en", "survey", """Policy ((neg:HH-4481-2290-B)). The claim covers everyone's belongings in the flat: mine ([[person:Priya Singh]]), [[person:Tom Bill]]'s, [[person:Hope Adeyemi]]'s and [[person:Marek Nowak]]'s. Your assessor only listed my items. Contact me on [[phone:{UK_MOB_SP3}]] or [[email:priya.s.singh@protonmail.com]]; [[person:Marek]] is in Poland until May but answers on [[phone:{PL_MOB}]].""")
T("en", "survey", """
From:
Mr [[person:D. Fairweather]]
[[address:9 Orchard Close, Hemel Hempstead HP2 5RT]]
Tel: [[phone:{UK_GEN_SP}]]

Dear Sir or Madam,

I write for the third time about the pothole at the junction of Orchard Close and Leverstock Green Road, which has now cost me two tyres (£186 in total, receipts enclosed). Your reference ((neg:HWY/24/00917)) appears to mean nothing to anyone I speak to at the council.

Yours faithfully,
[[person:D. Fairweather]]
""")
T("en", "survey", """[[person:Rose]] on the beauty counter at John Lewis in Kingston was brilliant: patient, honest, and didn't push the expensive stuff. I hope her manager sees this.""")
T("en", "survey", """My 17:04 from Manchester Piccadilly to Sheffield was cancelled with no notice (again). Delay Repay claim ((neg:DR-22918437)) was rejected because 'ticket not found'. Ticket number ((neg:TKT 8871 2093 44)). Please pay it to sort code [[account:{UK_SORT}]], account [[account:{UK_ACCNO}]], name [[person:Gareth Jones]].""")
T("en", "survey", """I'm British but live in Malmö. Your online shop won't let me pay by invoice because it 'can't verify' my personnummer ([[national_id:{SE_PNR}]]), even though my address, [[address:Ystadvägen 18, 214 45 Malmö]], matches the population register. The agent, [[person:Jenny]], suggested I use a Swedish friend's number instead. Seriously?""")
T("en", "survey", """Florist delivered my mum's birthday flowers to [[address:21 Beech Grove, Harrogate HG2 0EX]], which is her OLD house. She moved in 2022 and I typed the new address. They sat on the step for two days. Order ((neg:#DL-58821)).""")
T("en", "survey", """Please close my late mother's store card. I'm the executor, [[person:Ahmed Khan]]; her name was [[person:Shirin Khan]]. Store card ref ((neg:00491827)). Send confirmation to [[email:ahmed.khan89@yahoo.co.uk]], not to her address, it upsets my dad.""")
T("en", "survey", """[[person:Frank]] the mechanic was frank with me: the brakes were fine and I didn't need the £400 job the other garage had quoted. Honest people, rare these days.""")
T("en", "survey", """Repairs ticket ((neg:RP-102938)) for the boiler at [[address:Flat 12, Carrow House, 3 Ferry Lane, Norwich NR1 1SW]] has been open 5 weeks. My daughter [[person:Kayleigh]] is asthmatic and the damp is making it worse. Housing benefit already has my NI number, [[national_id:{NINO}]], so please stop asking me for it. Call [[phone:{UK_MOB_ND}]] any time.""")
T("en", "survey", """
Forwarding what your courier sent me:

> From: [[person:Dean Whitaker]] <[[email:dean.whitaker.parcels@gmail.com]]>
> Sent: 12 March 2024 19:02
> im outside with ur parcel call me on [[phone:{UK_MOB_INT}]]

Why is a courier emailing me from a personal Gmail? This feels like a scam. Order ((neg:114-7720913-4418832)).
""")
T("en", "survey", """switched to you lot bc of the 'no price rises' promise and guess what. price rise. 8.9% lol. anyway my number is [[phone:{UK_MOB}]] if anyone from retentions wants to actually talk to me. - [[person:sky]]""")
T("en", "survey", """My pension from Denmark now lands in [[account:{GB_IBAN}]] three days later than it used to, ever since you 'upgraded' the payments system. Rent is due on the 1st. The Danish pension office has my CPR, [[national_id:{DK_CPR_ND}]], and says they send it on time. Please look into it. [[person:Margaret Lindgaard]]""")
T("en", "survey", """Your online form rejects my NI number [[national_id:{NINO_ND}]] when I type it without spaces. It also rejects it WITH spaces. What format do you actually want?!""")
T("en", "survey", """The driver of the 38 at about 8.15 this morning, badge name [[person:Sandeep]], waited for my mum who uses a walker. Small thing but it made her day.""")
T("en", "survey", """Residents of Wren Court signing this complaint about the parking permits: [[person:J. Holm]] (no. 2), [[person:Bernadette O'Leary]] (no. 4), [[person:Chukwuemeka Okafor]] (no. 7), [[person:Lo Tran]] (no. 9) and [[person:Agnieszka Wiśniewska]] (no. 11). Lead contact: [[email:bernadette.oleary@gmail.com]].""")
T("en", "survey", """Pharmacy home delivery keeps going to my old flat even though my GP record says [[address:Apartment 5, 88 Deansgate, Manchester M3 2ER]]. I've now missed two weeks of blood pressure tablets. Sort it.""")
T("en", "survey", """GP receptionist was incredibly rude when I tried to book my son [[person:Oliver]]'s asthma review. Told to 'ring at 8am like everyone else'. I work nights. My number is [[phone:{UK_MAN}]] if the practice manager wants to discuss.""")
T("en", "survey", """Moved to Bergen last year. Your app won't accept my D-number [[national_id:{NO_DNR}]] for the electricity contract, only a full fødselsnummer, and meanwhile I'm on the 'unregistered customer' rate. Phone [[phone:{NO_MOB_INT}]].""")
T("en", "survey", """[[person:Wojciech]] and [[person:Bill]] fitted our new boiler in one day and hoovered up after themselves. The bill was fair too, £2,640 all in.""")
T("en", "survey", """Since the eSIM swap, calls from my number [[phone:{UK_MOB_00}]] show up as 'No Caller ID' on everyone's phone. Three chats, three different answers. Ref ((neg:ABC123456)).""")
T("en", "survey", """Exchange student in Uppsala here. Handelsbanken wants my Swedish account [[account:{SE_ACC_HB}]] linked to BankID before they'll issue a card, but I can't get BankID without a card. Please fix this loop.""")
T("en", "survey", """Someone keeps dumping mattresses by the bins behind block B. I've reported it 4 times. Housing officer Mrs [[person:Patel]] said she'd 'look into it', her email [[email:a.patel@riversidehousing.org.uk]] now bounces, and apparently [[person:Vince]] in the estates team left months ago. Who do I talk to?""")
T("en", "survey", """Washing machine delivered by [[person:Callum]] and his mate was left in the hallway because 'we don't do stairs'. The order says installation included. Receipt no. ((neg:4471 0098 1123)).""")
T("en", "survey", """Wheelchair damaged in the hold on ((neg:BA 2741)) Gatwick–Malaga, footrest snapped clean off. Contact me, [[person:Siobhan Murphy]], on [[phone:{IE_MOB}]] (Irish mobile) or my carer [[person:Declan]] on [[phone:{UK_MOB_INT0}]].""")
T("en", "survey", """Meals on wheels for my father, [[person:Harold Beech]], at [[address:3 Church View, Little Stretton, Church Stretton SY6 6RE]] have arrived cold every day since the new contractor took over, sometimes at 3pm for 'lunch'. The coordinator, [[person:Tamsin]], keeps calling it a 'transition period'.""")
T("en", "survey", """Claim ((neg:CLM-2024-004128)). I live in Copenhagen, so my CPR number [[national_id:{DK_CPR}]] should be on file, but the agent kept asking for a UK NI number. Please pay the settlement to [[account:{DK_IBAN}]]. Thanks, [[person:Hannah Riis]]""")
T("en", "survey", """Swimming lessons for the twins with [[person:Kieran]] have been brilliant, both doing 10 metres after six weeks. The booking system, on the other hand, is a disaster.""")
T("en", "survey", """Taxi driver [[person:Ibrahim]] (car 214) waited with me on the ring road until the breakdown van came at 1am. Not his job at all. Give the man a bonus.""")
T("en", "survey", """
We've been charged VAT twice on our last three invoices and nobody answers the business line. Please call me.

--
[[person:Nadia Rahman-Clarke]]
Operations Manager | Clarke & Sons Logistics Ltd
Company no. ((neg:08123456))
T: [[phone:{UK_LON}]] | M: [[phone:{UK_MOB_SP3}]]
[[email:nadia.rc@clarkesons-logistics.co.uk]]
""")
T("en", "survey", """Opened an account online from London using my Swedish personnummer [[national_id:{SE_PNR12}]], fine. But the app shows my name as [[person:ANNA KARIN ERIKSSON]] with no hyphen. It's [[person:Anna-Karin]]! It matters for ID checks.""")
T("en", "survey", """The physio at the walk-in centre, a Mr [[person:Kowalczyk]], spotted in five minutes what three GPs had missed. Shame the parking costs £6.""")
T("en", "survey", """Please refund the cottage deposit to my Norwegian account [[account:{NO_ACC}]], not to the card, which has expired. Booking ((neg:NB-558102)). Fødselsnummer [[national_id:{NO_FNR_SP}]] in case your finance team needs it. // [[person:Liam Sørensen]]""")
T("en", "survey", """Your staff refused to take in a set of keys I found outside the branch on Jameson Street. The tag says [[person:TOMMY O'BRIEN]], mobile [[phone:{UK_MOB_DASH}]], email [[email:TOMMYOBRIEN1962@AOL.COM]]. I've emailed him myself, but a lost property box isn't much to ask.""")
T("en", "survey", """A man rang from [[phone:{UK_MOB_INT_ND}]] saying he was from your broadband team and needed remote access to my laptop. I hung up. Please warn customers, my dad would have fallen for it.""")
T("en", "survey", """Direct debit is coming out of the wrong account. It should be sort code [[account:{UK_SORT}]], acc no [[account:{UK_ACCNO}]] (joint account with my husband [[person:Raj]]). Customer ref ((neg:881204553)). NI [[national_id:{NINO}]] if you need to verify me.""")

T("en", "survey", """Lovely staff, terrible parking. 3/5.""")
T("en", "survey", """I've been a customer for eleven years and never written one of these, but the way my claim was handled deserves it. In January a burst pipe flooded the kitchen at [[address:7 Foundry Row, Hebden Bridge HX7 8AA]]. The first handler, [[person:Natalie]], was superb: she had a drying company out within 48 hours and explained every step. Then she went on leave and the file passed to someone who lost the photos, asked for the same estimate three times and told me the kitchen units were 'wear and tear'. I'm not asking for anything special, just for someone like [[person:Natalie]] to own it. Please ring me on [[phone:{UK_LEEDS}]] after 5pm. Claim ((neg:HC-00419-24)).""")
# ---- survey, no personal data (hard negatives)
T("en", "survey", """Engineer turned up at 7.40am for a 12–4pm slot, woke the baby, then left because nobody answered the door fast enough. Job ref ((neg:JOB/8830-17)). Rebooked for the 19th.""")
T("en", "survey", """Pharmacist at the branch on Castle Street explained my new inhaler properly, which the GP didn't. Ten out of ten.""")
T("en", "survey", """Account number ((neg:40119273)) keeps showing as 'inactive' in the app although I pay every month by direct debit.""")
T("en", "survey", """The parking machine at the hospital only takes coins. Who carries coins in 2024? Paid £4.60 in 20p pieces borrowed from a stranger.""")
T("en", "survey", """Bill shock again: £187.40 for a one-bed flat in April, and I was away for half of it. The standing charge alone is 60p a day.""")
T("en", "survey", """Frankly the worst customer journey I've had. 47 minutes on hold, then cut off at 16:58.""")
T("en", "survey", """Ordered a birthday cake for collection at 10:00 on Saturday 6/4. It hadn't been made. Staff shrugged. Party was at 2. Thanks for nothing.""")
T("en", "survey", """I hope the new manager at the Sunderland branch keeps the Saturday opening hours. Really useful for shift workers like me.""")
T("en", "survey", """Return label for order ((neg:7731049925)) won't print, the PDF opens blank in every browser. Tried Chrome, Edge and Safari.""")
T("en", "survey", """Seat 14C on ((neg:FR 4418)) was broken and wouldn't stay upright for landing. Crew told me to 'just hold it'. Not exactly reassuring.""")
T("en", "survey", """Smart meter has shown 'no signal' on the display since 2 January. Your chatbot keeps telling me to turn it off and on again. Meter serial ((neg:K08A123456)).""")
T("en", "survey", """The jack was missing from the boot of my courtesy car. Found out at 11pm on the A38 with a flat tyre. Hire agreement ((neg:HA-7730215)).""")
T("en", "survey", """Savings rate cut from 4.1% to 3.35% on 1 May without a single email. Found out from the statement. Moving my money elsewhere.""")
T("en", "survey", """Policy number ((neg:311387-4419)) isn't recognised by your system. Your letter also quotes a reference ((neg:TN 40 22 18 B)) that nobody on the phone understands.""")
T("en", "survey", """Mobile signal inside the new flats on Hope Street is zero. I had to stand on the balcony to call the doctor. Fix the mast or switch on wifi calling.""")
T("en", "survey", """Whoever designed the new bus timetable has never been to Kirkby. Last bus at 21:40?? Half the town works lates at the warehouse.""")
T("en", "survey", """Booked assistance for my wheelchair at Crewe for the 14:12 to Euston, booking ref ((neg:PA-77120)). Nobody came. Another passenger got the ramp out for me.""")
T("en", "survey", """Charged twice for the same takeaway (£23.90, 17 Feb). Transaction IDs ((neg:8801 2234)) and ((neg:8801 2235)) in the app. Please refund one.""")

# ---- social
T("en", "social", """@VirginMedia engineer no-show number 2. took the day off work for nothing 😡 call me on [[phone:{UK_MOB}]] and explain yourselves""")
T("en", "social", """big love to [[person:kezza]] on the 7am shift at the petrol station on the A6 who jump-started my car with her own cables 🙏""")
T("en", "social", """anyone else's airline refund vanished into thin air? 6 weeks now 🙃 @[[person:tom_fletcher_91]] same thing happened to you right?""")
T("en", "social", """absolute joke. rang [[phone:{UK_LON_INT}]], the number the 'engineer' [[person:Marcus]] gave me, and it's dead. @BT_UK who is this guy?? 🚩""")
T("en", "social", """FOUND 🐶 little black terrier by the park gates. collar says Biscuit and the owner's name, [[person:FATIMA BELLO]], but the number's worn off. email [[email:lukeandjo.walsh@gmail.com]] if he's yours #lostdog""")
T("en", "social", """the lifeguards at the lido today – [[person:Precious]], [[person:Grace]] and the other [[person:Grace]] 😄 – calmest people alive when my son went under. thank you ❤️""")
T("en", "social", """Estate agent listed our flat as [[address:41 Lowther Street, Carlisle CA3 8ED]] with photos of someone else's kitchen 😂 #househunting""")
T("en", "social", """PSA: the lady with the dog grooming van, [[person:Hope]], is brilliant and cheaper than the salons 🐶 text her on [[phone:{UK_MOB_SP3}]]""")
T("en", "social", """the new self-checkouts at my local co-op beep if you breathe near them 😤 'unexpected item' my foot""")
T("en", "social", """shoutout to the council for finally fixing the streetlight on Church Lane after 8 months 👏 only took 4 emails""")
T("en", "social", """why does every parcel company text me at 6am 'your driver is 12 stops away' and then turn up at 7pm 🙃""")
T("en", "social", """bank app down AGAIN on payday. love that for us 💸 #outage""")
T("en", "social", """gym prices up 18% and the sauna's been 'out of order' since january lol ok 👍""")

# ---- interview (notes and transcripts)
T("en", "interview", """
Interviewer: You contacted us about your late husband's account?
[[person:Maureen]]: Yes, [[person:Derek]]'s current account. They wanted the death certificate three times.
Interviewer: Three times?
[[person:Maureen]]: Once in branch, once by post, and then a lady called [[person:Sharon]] rang to say they'd lost it. My son [[person:Paul]] is dealing with it now, you can ring him on [[phone:{UK_MOB}]].
Interviewer: I'm so sorry. We'll pass that on today.
""")
T("en", "interview", """Customer ([[person:Abdirahman Warsame]], 47, bus driver) says his car insurance renewal jumped from £620 to £1,380 with no claims. The agent he spoke to ([[person:L. Carter]]) told him it was 'the postcode'. Pays monthly from sort code [[account:{UK_SORT}]], account [[account:{UK_ACCNO}]]. Wants a call back after his shift, [[phone:{UK_BHAM}]].""")
T("en", "interview", """
[11:02] You: hi, the sofa I ordered arrived in the wrong colour
[11:03] Agent [[person:Chloe]]: Oh no, sorry to hear that! Can I take the email address on the order?
[11:03] You: [[email:gwen.ap.rhys@outlook.com]]
[11:05] Agent [[person:Chloe]]: Thanks, found it. Our collection team can come on the 24th.
[11:05] You: that's 3 weeks away
[11:06] Agent [[person:Chloe]]: I'm afraid that's the first slot.
[11:14] You: can I speak to a manager
[11:22] You: hello??
""")
T("en", "interview", """
I: How did you find the self-checkout today?
R: Fine until it wanted approval for a bottle of wine. Waited ten minutes for someone.
I: Was anyone around?
R: One lad, covering twelve tills. Not his fault.
I: Would you use it again?
R: Only if I'm not buying alcohol, honestly.
""")
T("en", "interview", """Home visit to [[address:Flat 22, Tennyson House, 40 Brunswick Road, Sheffield S3 9AB]]. Tenant [[person:Kwame Boateng]] says the storage heaters have not worked properly since November; he has been using a plug-in radiator and his bill has doubled. The repairs operative, [[person:Lee]], apparently told him the heaters were "just old". Mrs [[person:Dunne]] next door has the same problem. He asked that we contact him through his sister, [[phone:{UK_MOB_ND}]].""")
T("en", "interview", """
Advisor ([[person:Bethany]]): Thanks for calling, how can I help?
Caller ([[person:Graham Lowe]]): It's my mum's account. She's been paying for a landline she hasn't had since 2019.
[[person:Bethany]]: Oh dear. Can I take her name?
[[person:Graham]]: [[person:Edna Lowe]]. Any letters should come to me now, [[address:62 Sycamore Drive, Cwmbran NP44 3LT]].
[[person:Bethany]]: Lovely, and a contact number for you?
[[person:Graham]]: [[phone:{UK_CDF}]], that's the landline.
""")
T("en", "interview", """Quick chat in the leisure centre car park. Member (wouldn't give a name) says the 6am class was cancelled four times in March with nothing on the app. Instructors [[person:Kofi]] and [[person:Sky]] apparently cover three sites each.""")
T("en", "interview", """
[[person:Ruth]] (interviewer): So the dentist couldn't find you in the system?
[[person:Tariq Mahmood]]: No. I have a coordination number, [[national_id:{SE_SAMO}]], and the receptionist kept typing it as a normal personnummer. Three times.
[[person:Ruth]]: And then?
[[person:Tariq Mahmood]]: Then Dr [[person:Lindberg]] came out herself and sorted it. Credit to her.
""")
T("en", "interview", """Respondent [[person:Carys Pritchard]] runs a café in Aberystwyth. Happy with the card reader, unhappy that takings take three working days to land. She buys beans from a roaster in Sweden and paid £25 on every transfer to [[account:{SE_IBAN}]] until adviser [[person:Mohammed]] mentioned a cheaper option; adviser [[person:Jo]] had told her there wasn't one. Follow up via [[email:carys@thelittlebeancafe.co.uk]] or [[phone:{UK_GEN}]].""")
T("en", "interview", """
I: Which number did the call come from?
R: It showed as [[phone:{UK_LON_PAR}]], looked like a London number. Said he was from your fraud team, called himself [[person:Martin]].
I: Did you give him any details?
R: My sort code and account, [[account:{UK_SORT}]] and [[account:{UK_ACCNO}]], before I realised. Then I rang you straight away.
""")
T("en", "interview", """Interviewed [[person:Ewan]] and [[person:Morag Fraser]] about the roof claim at [[address:14 Riverside Crescent, Perth PH2 7QQ]]. Storm damage in January; they paid a local roofer £3,100 themselves because the approved contractor couldn't come until April. Mr [[person:Hamid]] in claims has said they'll be reimbursed 'in principle'. [[person:Morag]]'s mobile ([[phone:{UK_MOB_INT}]]) is the best way to reach them.""")
T("en", "interview", """Call-back notes. The account is in the name [[person:ZAINAB HUSSAIN]] in capitals and the customer asked us to correct it to [[person:Zainab Hussain]] on letters. She also wants paper bills stopped and everything sent to [[email:zainab.h@icloud.com]] instead. Agent [[person:Nathan]] raised the change.""")
T("en", "interview", """Focus group on the library's new opening hours, 6 participants. [[person:Ethel]] (84) and [[person:Ron]] (79) use the computers to renew bus passes and find the 10am start fine. [[person:Sunita Kaur-Bains]] works 9 to 5 and can't get there at all since late Thursdays were cut. Mr [[person:Adebayo]]'s chess club has lost its room. [[person:Pat]] wants bigger text on the self-service kiosks.""")
T("en", "interview", """Door-knock survey on the estate. Resident (retired, lives alone) says the lift in block C has been out for 9 days and she hasn't left the flat since; a neighbour brings shopping. Repair ref ((neg:LIFT-C-2291)).""")
T("en", "interview", """
Interviewer: What happened when you applied for the loan?
[[person:Kelechi]]: They said my NI number didn't match. I read it out, [[national_id:{NINO}]], letter by letter.
Interviewer: And it still failed?
[[person:Kelechi]]: Turned out the branch had my surname down as [[person:Okonkow]]. It's [[person:Okonkwo]]. Took two weeks to fix.
""")
T("en", "interview", """Customer [[person:Steven Marsh]] ("[[person:Stevie]]" to the lads in the workshop) brought the van back: same warning light two days after a £900 repair. He's a self-employed plumber and wants a courtesy vehicle while it's fixed. Left number [[phone:{UK_LON_PAR}]]; says [[person:Gary]] promised him one last time.""")
T("en", "interview", """
Customer: Why's my direct debit gone up to £212?
Advisor: It's reviewed every six months based on usage.
Customer: I was in Spain for two of those months!
Advisor: I'll request a review. Your reference is ((neg:99120458813)).
Customer: Fine. Thanks.
""")
T("en", "interview", """Chat with a couple at the check-in kiosks. Found the bag-drop confusing: labels printed but no staff around. Waited 25 minutes. Both said they'd pay £5 more to deal with a human.""")


# =====================================================================================
# BUILD + VALIDATE
# =====================================================================================
PH = re.compile(r"\{([A-Z][A-Z0-9_]*)(?:@(\w+))?\}")
MARK = re.compile(r"\[\[(person|email|phone|national_id|address|account):(.+?)\]\]|\(\(neg:(.+?)\)\)", re.S)
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
    out, spans, negs = [], [], []
    pos = cur = 0
    for m in MARK.finditer(filled):
        chunk = filled[pos:m.start()]
        out.append(chunk)
        cur += len(chunk)
        if m.group(1):
            val = m.group(2)
            spans.append({"start": cur, "end": cur + len(val), "kind": m.group(1)})
        else:
            val = m.group(3)
            negs.append(val)
        out.append(val)
        cur += len(val)
        pos = m.end()
    out.append(filled[pos:])
    return "".join(out), spans, negs


def id_like_digits(d):
    """Lenient 'looks like a real id' test on a digit string (used for negatives / outside spans)."""
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
        rec = {"id": f"pii3-sven-{i:04d}", "text": text, "lang": lang, "genre": genre,
               "pii": sorted(spans, key=lambda s: s["start"])}
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

    with open(OUT, "w", encoding="utf-8") as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")

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
        print(f"{lg:5}{ntexts[lg]:>6}{nopii[lg]:>7}" + "".join(f"{by[lg][k]:>12}" for k in KINDS)
              + "   " + ", ".join(f"{g}={gen[lg][g]}" for g in ("survey", "social", "interview")))
    tot = Counter()
    for lg in langs:
        tot.update(by[lg])
    print(f"{'all':5}{sum(ntexts.values()):>6}{sum(nopii.values()):>7}" + "".join(f"{tot[k]:>12}" for k in KINDS))
    print(f"wrote {len(recs)} records to {OUT}")


if __name__ == "__main__":
    main()
