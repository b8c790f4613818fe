#!/usr/bin/env python3
"""Builder for the Danish (da) and Norwegian Bokmål (nb) share of the PII hold-out set.

Standard library only. Every text below was written by hand as a piece of customer feedback.
Inline markup:
    [[kind:value]]   -> a labelled span (kind in person|email|phone|national_id|address|account)
    ((neg:value))    -> a hard negative (markup removed, no span; kept only for documentation)
    {PLACEHOLDER}    -> filled by one of the generators below (fixed seed), before markup is parsed

Run:  python3 build_danb.py      (writes pii_holdout_danb.jsonl next to this file)
"""
import datetime
import json
import random
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

SEED = 20240917
OUT = Path(__file__).resolve().parent / "pii_holdout_danb.jsonl"
rng = random.Random(SEED)

KINDS = ("person", "email", "phone", "national_id", "address", "account")
GENRES = ("survey", "social", "interview")


# ---------------------------------------------------------------------------
# validators (written from the public rules)
# ---------------------------------------------------------------------------
def _date_ok(y, m, d):
    try:
        datetime.date(y, m, d)
        return True
    except ValueError:
        return False


# Danish CPR: DDMMYY-SSSS; century from the 7th digit; optional modulus 11 (4,3,2,7,6,5,4,3,2,1)
CPR_W = (4, 3, 2, 7, 6, 5, 4, 3, 2, 1)


def cpr_century(yy, d7):
    if d7 <= 3:
        return 1900
    if d7 in (4, 9):
        return 2000 if yy <= 36 else 1900
    return 2000 if yy <= 57 else 1800  # 5-8


def cpr_date_ok(digits):
    if len(digits) != 10 or not digits.isdigit():
        return False
    dd, mm, yy = int(digits[0:2]), int(digits[2:4]), int(digits[4:6])
    return _date_ok(cpr_century(yy, int(digits[6])) + yy, mm, dd)


def cpr_mod11(digits):
    return sum(int(c) * w for c, w in zip(digits, CPR_W)) % 11 == 0


def cpr_valid(s):
    """A CPR number is valid-looking when its shape and date are valid (mod 11 is optional since 2007)."""
    if not re.fullmatch(r"\d{6}-?\d{4}", s):
        return False
    return cpr_date_ok(s.replace("-", ""))


# Norwegian fødselsnummer / D-nummer: DDMMYY III K1 K2
FNR_W1 = (3, 7, 6, 1, 8, 9, 4, 5, 2)
FNR_W2 = (5, 4, 3, 2, 7, 6, 5, 4, 3, 2)


def _mod11_ctrl(digits, weights):
    r = 11 - sum(int(c) * w for c, w in zip(digits, weights)) % 11
    if r == 11:
        return 0
    if r == 10:
        return None
    return r


def fnr_checksum_ok(d):
    if len(d) != 11 or not d.isdigit():
        return False
    k1 = _mod11_ctrl(d[:9], FNR_W1)
    k2 = _mod11_ctrl(d[:10], FNR_W2)
    return k1 is not None and k2 is not None and k1 == int(d[9]) and k2 == int(d[10])


def fnr_century(yy, ind):
    if ind <= 499:
        return 1900
    if 500 <= ind <= 749 and yy >= 54:
        return 1800
    if ind >= 500 and yy <= 39:
        return 2000
    if ind >= 900 and yy >= 40:
        return 1900
    return None


def fnr_valid(s):
    """Fødselsnummer or D-nummer (first digit + 4): valid date, consistent century, both control digits."""
    if not re.fullmatch(r"\d{6} ?\d{5}", s):
        return False
    d = s.replace(" ", "")
    day, mon, yy, ind = int(d[0:2]), int(d[2:4]), int(d[4:6]), int(d[6:9])
    if day > 40:
        day -= 40
    cent = fnr_century(yy, ind)
    if cent is None or not _date_ok(cent + yy, mon, day):
        return False
    return fnr_checksum_ok(d)


def fnr_is_dnumber(s):
    return int(s.replace(" ", "")[0]) >= 4


# Swedish personnummer / samordningsnummer (day + 60), Luhn on the 10 last digits
def luhn_ok(digits):
    total = 0
    for i, c in enumerate(digits):
        v = int(c) * (2 if i % 2 == 0 else 1)
        total += v // 10 + v % 10
    return total % 10 == 0


def se_pnr_valid(s):
    m = re.fullmatch(r"(\d{2})?(\d{2})(\d{2})(\d{2})([-+]?)(\d{4})", s)
    if not m:
        return False
    cc, yy, mm, dd, _sep, tail = m.groups()
    day = int(dd)
    if day > 60:
        day -= 60
    if cc:
        if not _date_ok(int(cc + yy), int(mm), day):
            return False
    elif not (_date_ok(1900 + int(yy), int(mm), day) or _date_ok(2000 + int(yy), int(mm), day)):
        return False
    return luhn_ok(yy + mm + dd + tail)


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


def _iban_num(s):
    return int("".join(str(int(c, 36)) for c in s))


def iban_valid(s):
    c = s.replace(" ", "")
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", c):
        return False
    if IBAN_LEN.get(c[:2]) != len(c):
        return False
    if c[:2] == "NO" and not no_account_valid(c[4:]):
        return False
    return _iban_num(c[4:] + c[:4]) % 97 == 1


NO_ACC_W = (5, 4, 3, 2, 7, 6, 5, 4, 3, 2)


def no_account_valid(s):
    d = re.sub(r"[ .]", "", s)
    if len(d) != 11 or not d.isdigit():
        return False
    k = _mod11_ctrl(d[:10], NO_ACC_W)
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
def _digits(n):
    return "".join(str(rng.randint(0, 9)) for _ in range(n))


def _rand_date(y0, y1):
    while True:
        y, m, d = rng.randint(y0, y1), rng.randint(1, 12), rng.randint(1, 31)
        if _date_ok(y, m, d):
            return y, m, d


def gen_cpr(sep="-", mod11=True, years=(1941, 2003)):
    while True:
        y, m, d = _rand_date(*years)
        yy = y % 100
        if y < 2000:
            choices = [0, 1, 2, 3] + ([4, 9] if yy >= 37 else [])
        else:
            choices = ([4, 9] if yy <= 36 else []) + ([5, 6, 7, 8] if yy <= 57 else [])
        digits = f"{d:02d}{m:02d}{yy:02d}{rng.choice(choices)}{_digits(3)}"
        if cpr_date_ok(digits) and cpr_mod11(digits) == mod11:
            return digits[:6] + sep + digits[6:]


def gen_fnr(split=False, dnum=False, years=(1941, 2004)):
    while True:
        y, m, d = _rand_date(*years)
        yy = y % 100
        if y >= 2000:
            ind = rng.randint(500, 999)
        else:
            ind = rng.randint(0, 499) if rng.random() < 0.85 else rng.randint(900, 999)
        day = d + 40 if dnum else d
        base = f"{day:02d}{m:02d}{yy:02d}{ind:03d}"
        k1 = _mod11_ctrl(base, FNR_W1)
        if k1 is None:
            continue
        k2 = _mod11_ctrl(base + str(k1), FNR_W2)
        if k2 is None:
            continue
        s = f"{base}{k1}{k2}"
        assert fnr_valid(s)
        return s[:6] + " " + s[6:] if split else s


def looks_like_id10(d):
    return cpr_date_ok(d) or se_pnr_valid(d)


def gen_bad_cpr():
    """DDMMYY-SSSS shaped, but the date is impossible (day 32-39 or month 13-19) and it fails SE checks."""
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


DK_REG = ["0400", "1551", "2191", "3409", "4180", "5301", "5470", "6695", "7890", "8401", "9070", "9570", "1199", "3544"]


def gen_dk_account(sep="-"):
    acc = _digits(10) if rng.random() < 0.5 else "00" + str(rng.randint(1, 9)) + _digits(7)
    return rng.choice(DK_REG) + sep + acc


def _iban(cc, bban, spaced=True):
    check = 98 - _iban_num(bban + cc + "00") % 97
    s = f"{cc}{check:02d}{bban}"
    assert iban_valid(s), s
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4)) if spaced else s


def gen_no_account_digits():
    while True:
        base = rng.choice(["1503", "1506", "1254", "9710", "3000", "1822", "6030", "1207", "9365"]) + _digits(6)
        k = _mod11_ctrl(base, NO_ACC_W)
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


DK_MOBILE = ["20", "21", "22", "23", "24", "25", "26", "27", "28", "29", "30", "31", "40", "41", "42",
             "50", "51", "52", "53", "60", "61", "71", "81", "91", "93"]
DK_LAND = ["33", "35", "38", "39", "43", "44", "45", "46", "48", "49", "54", "56", "57", "59", "62", "63",
           "64", "65", "66", "74", "75", "76", "86", "87", "89", "96", "97", "98", "99"]


def _dk(pref_list):
    return rng.choice(pref_list) + _digits(6)


def _pairs(d):
    return " ".join(d[i:i + 2] for i in range(0, len(d), 2))


def _no_mobile():
    return rng.choice(["4", "9"]) + _digits(7)


def _no_332(d):
    return f"{d[:3]} {d[3:5]} {d[5:]}"


GEN = {
    # Danish phones
    "DK8": lambda: _dk(DK_MOBILE),
    "DK2": lambda: _pairs(_dk(DK_MOBILE)),
    "DK44": lambda: (lambda d: d[:4] + " " + d[4:])(_dk(DK_MOBILE)),
    "DKP": lambda: "+45 " + _pairs(_dk(DK_MOBILE)),
    "DKP8": lambda: "+45" + _dk(DK_MOBILE),
    "DK00": lambda: "0045 " + _dk(DK_MOBILE),
    "DKPAR": lambda: "(+45) " + _pairs(_dk(DK_MOBILE)),
    "DKLAND": lambda: _pairs(_dk(DK_LAND)),
    # Norwegian phones
    "NOM332": lambda: _no_332(_no_mobile()),
    "NOM8": _no_mobile,
    "NOL2": lambda: _pairs(rng.choice(["2", "3", "5", "6", "7"]) + _digits(7)),
    "NOP": lambda: "+47 " + _no_332(_no_mobile()),
    "NOP8": lambda: "+47" + _no_mobile(),
    "NO00": lambda: "0047 " + _no_332(_no_mobile()),
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
TEXTS = defaultdict(list)  # (lang, genre) -> [marked-up text, ...]

# ----------------------------- Danish: survey comments (part 1) -----------------------------
TEXTS["da", "survey"] += [
    "Jeg har ringet til jer fire gange om det samme. Sidste gang talte jeg med [[person:Jonas]] fra kundeservice, "
    "som lovede at ringe tilbage inden fredag. Det skete aldrig. Mit nummer er [[phone:{DK2}]], hvis nogen gider.",

    "Rigtig god rådgivning ved [[person:Birgitte Holm]] i filialen på ((neg:Strøget)). Hun tog sig god tid og "
    "forklarede alt om boliglånet, også de ting jeg ikke vidste at jeg skulle spørge om.",

    "Regningen for ((neg:marts)) var på ((neg:2.847,50 kr)), det er næsten det dobbelte af sidste år. "
    "Målernummer ((neg:57131310001234)) står forkert på fakturaen. Ret det venligst.",

    "Min skade blev afvist uden begrundelse. Police nr. ((neg:4417-220-981)). Jeg vil gerne kontaktes på "
    "[[email:s.kjaergaard@gmail.com]] – ikke telefon, jeg er på arbejde hele dagen.",

    "Sekretæren bad mig læse mit CPR-nummer højt ved skranken, [[national_id:{CPR}]], så hele venteværelset "
    "kunne høre det. Det er simpelthen ikke i orden!!",

    "fint udvalg men kassen var lukket kl 17.30 selvom der står 18 på døren. købte et cover til ((neg:iPhone 15)) "
    "til ((neg:kr 149)), gik i stykker efter en uge",

    "Buddet ringede på hos naboen i stedet for hos mig. Leveringsadressen er "
    "[[address:Rosenvænget 14, 1. tv., 8000 Aarhus C]], det står tydeligt i appen. Ordre ((neg:20458812)). "
    "Maden var kold da den endelig kom.",

    "Har forsøgt at opsige mit medlemskab siden januar. [[person:Kasper]] i receptionen siger at det skal gøres "
    "online, og online står der at det skal gøres i centret. Medlemsnummer ((neg:884213)). Ring [[phone:{DK8}]]",

    "Det tog kommunen 11 uger at behandle min ansøgning om boligstøtte. Sagsnummer ((neg:24/18834)). "
    "Ingen svarede på mails i mellemtiden. Dårligt.",

    "Bilen (((neg:Volvo XC60))) var klar til tiden og mekanikeren [[person:Torben]] ringede og forklarede hvad "
    "der var galt med bremserne. 5 stjerner herfra.",

    "Vi har haft skimmelsvamp på badeværelset siden oktober. Afdelingsformanden [[person:Gitte Dalsgaard]] har "
    "været fantastisk, men boligselskabet gør intet. Lejligheden er [[address:Vibevej 7, st. th., 2400 København NV]]. "
    "Kontakt min datter [[person:Louise]] på [[phone:{DKP}]] hvis I skal ind, jeg er dårligt gående.",

    "Tog ((neg:IC 148)) fra Aarhus var 47 min forsinket d. ((neg:14/2)) og vi fik ingen information undervejs. "
    "Hvad med kompensation? Billetnr. ((neg:7731 0942 118))",

    "Jeg har overført ((neg:12.500 kr)) til forkert konto, [[account:{DKACC}]], fordi jeg byttede om på to cifre. "
    "Banken vil ikke hjælpe med at få dem tilbage. Hvorfor kan man ikke fortryde en overførsel?",

    "Pakken blev leveret til en helt anden adresse: [[address:Skolegade 21, 6700 Esbjerg]]. Jeg bor på "
    "[[address:Skolegade 12, 6700 Esbjerg]]. Sporingsnummer ((neg:00370726201234567890)). Heldigvis er naboen ærlig.",

    "Bredbåndet falder ud hver aften mellem 20 og 22. Har genstartet routeren 100 gange. Betaler 299 kr/md for "
    "1000/1000 og får måske 80. Elendigt.",

    "Tak til [[person:Anne-Mette]] hos jer, som hjalp min mor, [[person:Inger Sørensen]], med at få styr på "
    "ulykkesforsikringen efter hendes fald. Meget tålmodig. Mors mail er [[email:inger.soerensen@mail.tele.dk]] "
    "hvis I mangler noget.",

    "Lægen, dr. [[person:Østergaard]], var fin nok, men det tog 25 min at komme igennem på telefonen kl. 8. "
    "Og mit CPR står forkert i jeres system: det er [[national_id:{CPR}]], ikke ((neg:{BADCPR})) som der står på brevet.",

    "Flyttet pr. 1. ((neg:maj)). Ny adresse: [[address:Møllevangs Allé 140, 8210 Aarhus V]]. Installationsnummer "
    "((neg:240117893)). I sender stadig regninger til den gamle adresse.",

    "Medarbejderen hos ((neg:Jensens Bøfhus)) var rigtig sød, men bøffen var rå indeni. Kvittering ((neg:0093-4418)). "
    "Får et 2-tal.",

    "Skraldet er ikke hentet i 3 uger på [[address:Bakkedraget 9, 9370 Hals]]. Jeg har skrevet til jer fra "
    "[[email:hanne.bech58@yahoo.dk]] to gange uden at få svar.",

    "kan ik finde ud af mitid appen og der er ingen i banken der gider hjælpe en gammel mand. min søn [[person:mikkel]] "
    "måtte tage fri og køre fra odense. ring hellere til mig [[phone:{DKLAND}]] end at sende breve jeg ikke forstår",

    "((neg:Karensdag)) på 14 dage når man skifter abonnement er grotesk. Udstyret er godt, men musikken er alt for høj "
    "og der er aldrig håndsprit ved bænkene.",

    "Chaufføren på linje 5C, vist nok [[person:Ali]], var uhøflig og lukkede dørene mens min barnevogn var halvt inde. "
    "Det skete ved ((neg:Nørreport)) ca. kl. 16.40 den 3/10.",

    "Min CPR er [[national_id:{CPR_ND}]] og mit policenummer er ((neg:{BAD10})). Jeg har nu sendt de samme "
    "oplysninger tre gange. Læs dog jeres mails.",

    "Det var nemt at flytte nummeret fra det gamle selskab. Tog under en time, og simkortet kom dagen efter.",

    "Bestilte en sofa til ((neg:6.999,-)) og fik den i en forkert farve. [[person:Sofie]] fra jeres chat sagde, at jeg "
    "selv skulle betale returfragten. Ordrenr. ((neg:41229013)). Kontakt mig på [[phone:{DK44}]] eller "
    "[[email:rasmus.friis@outlook.dk]]",

    "Værkstedet på ((neg:Vesterbrogade)) tog 4.200 kr for et serviceeftersyn der var aftalt til 2.800. Da jeg "
    "spurgte hvorfor, sagde [[person:Per]] bare »sådan er det«. Aldrig igen.",
]

# ----------------------------- Danish: survey comments (part 2) -----------------------------
TEXTS["da", "survey"] += [
    "Vil gerne have tilbagebetalingen sat ind på min konto i stedet for et gavekort: [[account:{DKACC}]]. "
    "Venlig hilsen [[person:Frederikke Bøgh Madsen]]",

    "Varmtvandsbeholderen i opgang 12 har været i stykker siden uge 42. Viceværten kommer kun tirsdag og torsdag. "
    "Vi betaler 8.950 kr i husleje ((neg:per)) måned for det her.",

    "Tandlægen glemte at fortælle at tilskuddet kun dækker en del af behandlingen. Regningen var på 3.400 kr. "
    "Min mand [[person:Bent]] fik samme behandling sidste år for det halve hos en anden klinik.",

    "Jeg har to gange bedt jer opdatere mit mobilnummer til [[phone:{DK00}]] – I ringer stadig til det gamle. "
    "Kundenummer ((neg:{BAD10})).",

    "Fly ((neg:SK1415)) til Oslo blev aflyst med 2 timers varsel. Fik en voucher på 600 kr som kun gælder i 3 mdr. "
    "Ikke godt nok.",

    "Jeg vil gerne rose ekspedienten i skoafdelingen, en ung fyr der hedder [[person:Malthe]]. Han fandt de rigtige "
    "løbesko til min datter på 5 minutter og prøvede ikke at sælge os de dyreste.",

    "Jeg bor på [[address:Kirkevej 3, Hvidbjerg, 7790 Thyholm]] og har ventet på svar om byggetilladelse til en "
    "carport siden februar. Sagsbehandler [[person:Lone Kristensen]] er på ferie og ingen har overtaget sagen.",

    "Appen viste »leveret« kl 19:12 men der kom aldrig noget. Fik refunderet 189,00 kr efter 2 dage. OK, men ikke "
    "imponeret. Vi bor i ((neg:8000 Aarhus C)), ikke ude på landet.",

    "Jeg har bedt om at få min pension udbetalt til [[account:{DKIBAN}]], da jeg er flyttet til Spanien. Det er 3. "
    "gang jeg skriver. Mit CPR-nr. er [[national_id:{CPR}]]. [[person:Jørgen Lund]], tlf. [[phone:{ESP}]]",

    "Skal man virkelig have [[person:Mogens]]' CPR-nummer for at tilføje ham som bruger på abonnementet? Det er "
    "[[national_id:{CPR}]], men jeg er utryg ved at sende det på mail.",

    "Hurtig levering, pænt pakket. Varenr. ((neg:3113456789)) var dog udsolgt i butikken selvom hjemmesiden sagde "
    "noget andet.",

    "Instruktøren [[person:Signe]] på holdet tirsdag kl 17 er den bedste I har. Sms mig på [[phone:{DK8}]] hvis "
    "hendes hold bliver flyttet!",

    "Jeg talte med en hr. [[person:Nielsen]] om min bilskade den 12.06.2024. Han sagde at taksatoren ville kontakte "
    "mig inden for 48 timer. Nu er der gået 3 uger. Skadenr. ((neg:SK-2024-118734)), cpr.nr [[national_id:{CPR}]].",

    "Rejsekortet blev trukket to gange på samme tur (23,00 kr + 23,00 kr) den ((neg:2024-03-12)). Kortnummer "
    "((neg:3084 3000 1234 5678)). Jeg vil gerne have pengene retur.",

    "Jeg har fået en sms fra »banken« fra nummeret [[phone:{DK2}]] om at min konto er spærret. Er det svindel? "
    "Jeg har IKKE klikket på linket.",

    "Min datter [[person:Alma]] ([[national_id:{CPR_KID}]]) har fået tid hos øjenlægen i august. Det er 7 måneder! "
    "Ring venligst til mig på [[phone:{DKP8}]] hvis der kommer en aflysning.",

    "Haven er flot vedligeholdt, og de nye cykelskure ved ((neg:Ingeborgvej)) er super. Men vaskeriet tager stadig "
    "40 kr for en tørretumbler.",

    "Hej. Jeg hedder [[person:Yusuf Demir]] og har været kunde hos jer i 9 år. Nu stiger prisen igen med 15%. Jeg "
    "opsiger hermed nummeret [[phone:{DK8}]]. For en sikkerheds skyld: CPR [[national_id:{CPR_ND}]].",

    "Montøren, [[person:Kenneth]], samlede køkkenet forkert og efterlod skruer overalt. Min kone [[person:Pia]] "
    "måtte ringe 6 gange. Faktura ((neg:INV-883120)). Svar gerne til [[email:pia.lykke.andersen@gmail.com]]",

    "Jeg forstår ikke den nye elpris-model. Hvorfor koster strømmen 4,12 kr/kWh mellem 17 og 21? Forklar det på en "
    "måde almindelige mennesker kan forstå.",

    "Borgerservice i ((neg:Herning)) var super effektiv. [[person:Hussein]] hjalp mig med pas og kørekort på under "
    "15 min. Tusind tak!",

    "Nogen har brugt mit kort i Tyskland. Pengene er gået til [[account:{DEIBAN}]] ifølge kontoudtoget. Min e-mail "
    "er [[email:l.thomsen@live.dk]], ring ikke før kl 16.",

    "Glemt: blå rygsæk i bus 150S mod Kokkedal d. 9. okt. Indeholder en computer. Kontakt [[person:Asger]] på "
    "[[phone:{DK2}]] / [[email:asger.vinther@stud.ku.dk]]",

    "Fint at man kan anmelde skader i appen. Men hvorfor skal jeg vente 10 hverdage på et svar, når I lover 5? "
    "Skadenummer ((neg:5510293846)).",

    "Fik min pizza efter 1 time og 20 min. Buddet ([[person:Emil]]?) var sød nok, men det er ikke hans skyld at I tager "
    "for mange ordrer. Adresse for fremtiden: [[address:Nørregade 44, 3. th., 5000 Odense C]], ring på "
    "[[phone:{DKPAR}]] når I holder udenfor.",

    "Jeg har ikke fået refunderet de 299 kr for april selvom jeg meldte mig ud 28/3. Skriv til "
    "[[email:mette_kjaer@hotmail.com]] eller sæt pengene ind på [[account:{DKACC_SP}]]. Mvh [[person:Mette Kjær]]",

    "Jeres chatbot ((neg:Ella)) forstår ingenting. Jeg skriver »opsig« og får et tilbud på streaming. Ordrenr "
    "((neg:41882277)) kan den heller ikke finde.",

    "Overførslen til mit barnebarn [[person:Clara]] er ikke gået igennem. Hendes konto: [[account:{DKACC}]]. Jeg har "
    "kvittering fra den ((neg:4.11.2024)). Venlig hilsen [[person:Ruth Poulsen]]",
]

# ----------------------------- Danish: social-media posts -----------------------------
TEXTS["da", "social"] += [
    "@TeliaDanmark 3 dage uden net nu 😡😡 og jeres chat siger bare »vi arbejder på det«. hvad betaler jeg 349 kr "
    "om måneden for?? #ingennet",

    "kæmpe ros til [[person:søren]] i ((neg:Bilka)) Tilst der hjalp min farmor med at bære varerne ud til bilen "
    "🙏❤️ sådan nogen skal der være flere af",

    "hvem gider handle hos jer når man skal vente 3 uger på en vaskemaskine... ordrenr ((neg:30118842)) hvis nogen "
    "derinde læser med 🙄",

    "Lad være med at bestille fra den her webshop!! Jeg har skrevet til [[person:Camilla]] fra deres support 5 gange. "
    "Ingen pakke, ingen penge. Skriv til mig på [[email:jeanette.r.nielsen@gmail.com]] hvis I har samme problem, "
    "vi er flere der går til Forbrugerklagenævnet",

    "@[[person:mads_bjerre]] sagde du ikke at de ville refundere? jeg har søgt 2 gange og fået afslag 🙄 toget kl "
    "8.20 fra kbh til aarhus var 1t40 forsinket",

    "OBS til alle i afdeling 17: der er ikke varmt vand igen. Ring til viceværten [[person:Preben]] på "
    "[[phone:{DK2}]], han tager den faktisk også om aftenen 👍",

    "Fik endelig min ordre efter 1t15. pommes frites var kolde men burgeren var ok. ((neg:Peter Larsen Kaffe)) "
    "til desserten reddede lidt. 2/5 ⭐",

    "Til den søde dame i ((neg:Netto)) på ((neg:Jyllandsvej)) der fandt min pung og afleverede den: TAK! Hun hed vist "
    "[[person:Hanne]]. Hvis nogen kender hende så sig tak fra [[person:Lærke]] 💐",

    "vildt at »banken« skriver til mig på sms fra [[phone:{DKPAR}]] og beder om mitid login. SVINDEL. del gerne så "
    "jeres forældre ikke falder for det ⚠️",

    "Fitnesscentret i ((neg:Viby)) er så beskidt 🤢 omklædningsrummet har ikke været gjort rent siden ((neg:mandag)). "
    "gør noget!!",

    "Sælger mit medlemskab, 3 mdr. tilbage, kan overdrages gratis. skriv til [[person:Ida]] på sms [[phone:{DK8}]] "
    "eller [[email:ida.marie.w@icloud.com]] ✌️ #fitness",

    "jeg har altså ikke lyst til at skrive mit cpr i et kommentarfelt på facebook?? men ok: [[national_id:{CPR}]] "
    "– kan I så finde min sag nu 🙃",

    "Shoutout til [[person:Oliver]] og [[person:Nanna]] på nattevagten hos lægevagten i nat. Tålmodige med en "
    "grædende 2-årig og en meget træt far 😴 #sundhed",
]

# ----------------------------- Danish: interview notes and transcripts -----------------------------
TEXTS["da", "interview"] += [
    "Interviewnoter, butik ((neg:Fredericia)), ((neg:12.03.2024)). Kunden ([[person:Bodil]], ca. 70 år) fortæller at "
    "hun ikke forstår regningen. Hun har fået to fakturaer for samme måned. Hendes søn [[person:Carsten]] plejer at "
    "hjælpe, men han bor i Norge. Hun ønsker at blive ringet op på [[phone:{DKLAND}]] om formiddagen.",

    "Interviewer: Hvordan oplevede du mødet med rådgiveren?\n"
    "[[person:Henrik]]: Fint nok. Hun hed [[person:Sanne]], tror jeg. Men jeg følte mig presset til at tage den der "
    "investeringsplan.\n"
    "Interviewer: Presset på hvilken måde?\n"
    "[[person:Henrik]]: Hun sagde at tilbuddet kun gjaldt til fredag. Det er sådan noget man siger på et marked, "
    "ikke i en bank.",

    "Respondent 14 (kvinde, 40-49, Region Midtjylland). Har haft indbrud i sommerhuset. Oplevede sagsbehandlingen som "
    "langsom: 6 uger fra anmeldelse til udbetaling. Skadenr. ((neg:SK-88120)). Ville gerne have haft en fast "
    "kontaktperson. Positiv over for appen.",

    "I: Kan du fortælle lidt om, hvorfor du skiftede elselskab?\n"
    "R: Ja, altså det var prisen. Og så var der en sælger, [[person:Nikolaj]], som ringede på døren. Han fik mit "
    "CPR-nummer, [[national_id:{CPR}]], og mit kontonummer, [[account:{DKACC}]], fordi han sagde det var "
    "nødvendigt for tilmeldingen.\n"
    "I: Fortrød du det bagefter?\n"
    "R: Ja, lidt. Man skal ikke give den slags til en ved døren.",

    "Medarbejder: Du taler med [[person:Line]], hvad kan jeg hjælpe med?\n"
    "Kunde: Ja hej, det er [[person:Arne Møller]]. Min internetforbindelse har været nede siden i går.\n"
    "Medarbejder: Kan du bekræfte adressen?\n"
    "Kunde: [[address:Granvej 8, 7400 Herning]].\n"
    "Medarbejder: Og et nummer vi kan ringe på?\n"
    "Kunde: [[phone:{DK2}]], det er min mobil.",

    "Interview med pårørende, [[person:Susanne Vestergaard]], datter af en beboer på plejecentret. Hun beskriver "
    "personalet som søde men overbebyrdede. Hun har flere gange skrevet fra "
    "[[email:susanne.vestergaard@mail.dk]] uden at få svar. Moren ([[person:Ellen]]) får ofte sin medicin for sent. "
    "Ønsker opfølgning, kan nås på [[phone:{DK44}]].",

    "[[person:Katrine]] (interviewer): Hvad fik dig til at vælge os frem for konkurrenten?\n"
    "[[person:Jens]]: Helt ærligt? Parkeringen. Og så var der en medarbejder, [[person:Bilal]], som huskede mig fra "
    "sidste gang.\n"
    "[[person:Katrine]] (interviewer): Og hvad kunne være bedre?\n"
    "[[person:Jens]]: Køen ved kassen lørdag formiddag. Den er håbløs.",

    "Fokusgruppe 3, ((neg:Aalborg)), 5 deltagere. Generel utilfredshed med Rejsekort og de nye zoner. To deltagere "
    "nævnte at linje 2 ofte springer stoppestedet ved ((neg:Vesterbro)) over. En deltager havde fået en kontrolafgift "
    "på 750 kr fordi kortet ikke blev registreret (sagsnr. ((neg:{BAD10}))). Stemning: irriteret men konstruktiv.",

    "I: Du nævnte sagsbehandleren før?\n"
    "R: Ja, [[person:Kirsten]]. Hun var god. Men så blev hun syg og så kom der en ny, [[person:Thomas Bak]], og han "
    "havde ikke læst sagen.\n"
    "I: Hvordan mærkede du det?\n"
    "R: Han bad mig sende det hele igen. Lønsedler, lejekontrakt, CPR-nummer [[national_id:{CPR}]]. Alt sammen.",

    "Kunde [[person:Dorthe Lindholm]] ringede ind efter reparationen. Bilen (Skoda Octavia 2017) larmer stadig fra "
    "venstre forhjul. Hun er meget utilfreds og overvejer at klage. Firmaets CVR ((neg:31284755)) stod ikke på "
    "fakturaen, påpeger hun. Ønsker opkald på [[phone:{DKP}]] eller mail til [[email:dorthe.lindholm@outlook.dk]].",

    "I: Hvor ofte træner du?\n"
    "R: Tre, fire gange om ugen. Mest om morgenen før arbejde, ved 6-tiden.\n"
    "I: Og hvad synes du om den nye app?\n"
    "R: Den er okay. Men den logger mig ud hele tiden, og så skal jeg finde mit medlemsnummer frem igen, "
    "((neg:00482291)). Det er irriterende.\n"
    "I: Noget andet?\n"
    "R: Flere spinninghold om aftenen, tak.",

    "Opfølgende interview med bud (freelance). [[person:Mohammed]] fortæller at appen ofte sender ham til forkerte "
    "indgange. Eksempel fra i går: ordre til [[address:Ringgaden 21, 8240 Risskov]], hvor kortet pegede på "
    "baggården. Han pendler fra Malmø og kan nås på [[phone:{SEP}]].",

    "Interviewer: Hvordan er det at bo i afdelingen?\n"
    "Beboer ([[person:Ulla]]): Det er godt. Naboerne er søde. Men der er problemer med fugt i kælderen.\n"
    "Interviewer: Har I kontaktet administrationen?\n"
    "Beboer ([[person:Ulla]]): Mange gange. Min nabo [[person:Kurt]] har ringet og skrevet. Jeg bor selv på "
    "[[address:Solsikkevej 4, 9220 Aalborg Øst]], og der sker ingenting.",

    "Samtale med kunde i filialen (notat ved [[person:Morten]]). Kunden ønsker at lukke sin konto "
    "[[account:{DKACC_SP}]] og overføre saldoen til datteren [[person:Majas]] konto i Sverige, "
    "[[account:{SEIBAN}]]. Legitimation kontrolleret. Kunden var venlig men utålmodig.",

    "Medarbejder: Jeg skal lige bruge dit CPR-nummer.\n"
    "Kunde: Det er [[national_id:{CPR}]].\n"
    "Medarbejder: Tak. Og det drejer sig om vandskaden?\n"
    "Kunde: Ja, i kælderen. Min mand [[person:Poul]] har taget billeder af det hele.\n"
    "Medarbejder: Dem må du gerne maile. Hvilken adresse skriver jeg tilbage til?\n"
    "Kunde: [[email:poul.og.grete@gmail.com]]",

    "Notat fra telefoninterview, ((neg:2024-05-02)), kl. 14.10-14.35. Respondenten rejser ca. 2 gange om måneden "
    "mellem ((neg:Odense)) og ((neg:København)). Største irritationsmoment: pladsbilletter der ikke respekteres. "
    "Nævner tog ((neg:IC 832)) som særligt slemt. Anbefalingsscore 4/10.",

    "I: Så du bestilte online og hentede i butikken?\n"
    "R: Jeps. Men de kunne ikke finde pakken. Der stod [[person:Søren Kjeldsen]] på sedlen i stedet for mig, "
    "[[person:Søren Kjær]]. Næsten, haha.\n"
    "I: Hvad skete der så?\n"
    "R: Ekspedienten, en [[person:Amalie]], ringede til lageret og fandt den. Hun var sød. Men det tog 40 minutter, "
    "og jeg havde købt en ((neg:Georg Jensen)) vase som gave, så jeg var lidt nervøs.",
]

# ----------------------------- Norwegian Bokmål: survey comments (part 1) -----------------------------
TEXTS["nb", "survey"] += [
    "Halve bestillingen manglet igjen: melk, bleier og kyllingfilet. Sjåføren, [[person:Arvid]], var hyggelig og "
    "ringte fra bilen, men det hjelper lite når bleiene ikke er med. Ring meg på [[phone:{NOM332}]] om refusjonen.",

    "Fikk faktura på 1 146 kr for bompasseringer i ((neg:september)) selv om jeg har brikke i frontruta. "
    "KID: ((neg:002318840017456)). Brikken er registrert, sjekk systemet deres.",

    "Veldig god hjelp av [[person:Øystein]] på polet i ((neg:Lillehammer)) til å finne vin til bryllupet vårt. "
    "Han kunne faget og tok seg god tid selv om det var fredag ettermiddag.",

    "Appen viste feil forbruk hele januar. Jeg har sendt skjermbilder fra [[email:marte.g.lie@gmail.com]] og fått "
    "standardsvar tilbake to ganger. Forventer en skikkelig gjennomgang av fakturaen.",

    "Da jeg ringte legevakten måtte jeg oppgi personnummeret mitt ([[national_id:{FNR_SPLIT}]]) til tre forskjellige "
    "personer. Hvorfor følger ikke informasjonen med når samtalen settes over?",

    "Pakkeautomaten ved butikken på ((neg:Grünerløkka)) var full, så pakken ble sendt rett tilbake til terminalen. "
    "Sendingsnr. ((neg:70730259301234567)). Hva er vitsen med automater da?",

    "bestilte sushi til [[address:Møllergata 31, 0179 Oslo]] og budet dro til en helt annen oppgang. tok 25 min "
    "ekstra og maten var lunken. ordrenr ((neg:91234876))",

    "Kortet mitt ble belastet 399 kr for februar selv om jeg sa opp i desember og fikk bekreftelse fra "
    "[[person:Henriette]] i resepsjonen. Har skjermbilde av e-posten. Ring [[phone:{NOM8}]] etter kl. 15.",

    "Barnehageplassen ble tildelt i en barnehage 9 km unna, selv om vi søkte på tre barnehager i nærområdet. "
    "Ingen begrunnelse. Søknads-ID ((neg:BH-2024-11873)).",

    "Bytte av 12V-batteri på elbilen tok fem dager fordi delen måtte bestilles. [[person:Kenneth]] ringte meg hver "
    "dag med oppdatering, det setter jeg pris på.",

    "Snømåkingen i borettslaget er elendig, de eldre kommer seg ikke ut. Jeg bor i "
    "[[address:Tåsenveien 71C, 0873 Oslo]] og har ringt vaktmester [[person:Geir]] flere ganger. Datteren min "
    "[[person:Kaja]] kan kontaktes på [[phone:{NOP}]] hvis dere vil høre mer.",

    "Toget kl. 06.22 fra ((neg:Lillestrøm)) til Gardermoen var innstilt, og det kom ingen melding før 06.20. "
    "Rakk så vidt flyet ((neg:SK4412)) til Tromsø.",

    "Vippset 2 500 kr til feil person og mottakeren svarer ikke. Banken ber meg oppgi kontoen pengene skal tilbake "
    "til, så her er den: [[account:{NOACC}]]. Dette burde gå automatisk!",

    "TV-en ble levert til [[address:Fjellveien 8, 5019 Bergen]] i stedet for [[address:Fjellveien 18, 5019 Bergen]]. "
    "Sjåføren satte den på trappa uten å ringe. 12 000 kr på en trapp i regnvær!",

    "3G ble slått av og nå har vi ikke dekning på hytta i ((neg:Valdres)). Vi betaler 499 kr ((neg:per)) måned. "
    "Hva med å bygge ut 4G før dere skrur av det gamle?",

    "Takk til [[person:Hege]] som hjalp faren min, [[person:Arnfinn Kvam]] (86), med skademeldingen etter pipebrannen. "
    "Han får ikke til nettsidene deres. E-posten hans er [[email:arnfinn.kvam@broadpark.no]] hvis dere trenger mer.",

    "Byttet fastlege fra dr. [[person:Brekke]] til en ny på samme kontor, men Helsenorge viser fortsatt den gamle. "
    "Fødselsnummeret står også feil der: riktig er [[national_id:{FNR}]], ikke ((neg:{BADFNR})). Hvem retter dette?",

    "Flyttet til [[address:Storgata 5B, 9008 Tromsø]] 1. juni. Kundenummer ((neg:3301948)). Dere fakturerer "
    "fremdeles nettleie for den gamle leiligheten i ((neg:Harstad)). Fjerde gang jeg sier fra.",

    "((neg:Egon)) på ((neg:Solsiden)): hyggelig servitør, men biffen var seig og kostet 349,-. Terningkast 3.",

    "Søpla har ikke blitt hentet på tre uker i [[address:Granlia 17, 2040 Kløfta]]. Jeg har sendt to e-poster fra "
    "[[email:kjersti.moen71@gmail.com]] uten svar. Snart kommer rottene.",

    "Mor på 91 har fått brev om at kodebrikken utgår. Hun har ikke smarttelefon. Hun heter [[person:Gerd Hansen]], "
    "hvis noen i banken vil ringe henne: [[phone:{NOL2}]]. Hun er hjemme hele dagen.",

    "Dusjen i herregarderoben har vært ødelagt siden uke 9. Tre uker uten at noe skjer. Ellers et greit senter med "
    "mange apparater.",

    "Sjåføren på 3-bussen ventet på meg da jeg løp over gata med barnevogn. Fikk med meg at han het "
    "[[person:Bjørnar]]. Små ting som betyr mye!",

    "Fødselsnummer [[national_id:{FNR}]], avtalenr. ((neg:{BAD11})). Dette har jeg sendt tre ganger. Hva er "
    "poenget med 'Min side' når ingen leser den?",

    "Portering av nummeret gikk på en time, SIM-kortet kom dagen etter. Billig og greit. Anbefales.",

    "Vaskemaskinen ble levert uten at den gamle ble tatt med, selv om jeg betalte 299 for bortkjøring. "
    "[[person:Tuva]] i chatten sa det måtte bestilles på nytt. Ordrenr. ((neg:45122907)). Kontakt: "
    "[[phone:{NOP8}]] / [[email:jorunn.sather@hotmail.com]]",

    "Ferja fra ((neg:Halhjem)) gikk ikke pga. vind, helt greit, men ingen på kaia ga beskjed. Mannskapet, blant "
    "andre en hyggelig [[person:Jan Ove]], gjorde så godt de kunne med kaffe og info.",
]

# ----------------------------- Norwegian Bokmål: survey comments (part 2) -----------------------------
TEXTS["nb", "survey"] += [
    "Fikk beskjed om at refusjonen for det dobbelttrukne kjøpet kommer innen fem virkedager. Kontonummer: "
    "[[account:{NOACC_PLAIN}]]. Mvh [[person:Synnøve Aasen-Berg]]",

    "Felleskostnadene øker med 12 % fra 1. januar og styret har ikke forklart hvorfor. Vi betaler allerede 7 850 kr "
    "i måneden for en treroms i ((neg:Kristiansand)). Vi ber om innsyn!",

    "Apoteket hadde ikke medisinen min på lager for tredje gang. Farmasøyten [[person:Nasrin]] ringte rundt til andre "
    "apotek for meg, det var snilt. Men hvorfor er det alltid tomt?",

    "Har bedt om at mobilnummeret oppdateres til [[phone:{NO00}]] to ganger. Dere ringer fortsatt det gamle. "
    "Kundenr. ((neg:{BAD11})).",

    "Flyet fra ((neg:Bodø)) til ((neg:Leknes)) ble forsinket tre timer pga. tåke. Det er greit, men informasjonen på "
    "flyplassen var null, og bagasjen kom først dagen etter.",

    "Skryt til [[person:Mathias]] i skoavdelingen på ((neg:Lagunen)). Fant riktige løpesko til datteren min på fem "
    "minutter og prøvde ikke å selge oss de dyreste.",

    "Jeg bor i [[address:Nordre Kvamsveg 3, 7120 Leksvik]] og har ventet på svar om tilskudd til trappeheis siden "
    "februar. Saksbehandler [[person:Solveig Eide]] er i permisjon og ingen har tatt over saken.",

    "Prisgarantien er en vits. Fant samme kaffemaskin (((neg:Moccamaster KBG 741))) 600 kr billigere hos en "
    "konkurrent og fikk nei fordi den var på »kampanje«. Org.nr. ((neg:914 778 271)) står på kvitteringen, "
    "så jeg vet hvem jeg klager på.",

    "Jeg bor nå i Skottland og ber om at utbetalingen går til [[account:{GBIBAN}]]. Fødselsnummer "
    "[[national_id:{FNR}]]. [[person:Gunnar Halvorsen]], tlf. [[phone:{UKP}]]",

    "Må dere virkelig ha [[person:Ove]] sitt fødselsnummer for å legge ham til som bruker på abonnementet? Det er "
    "[[national_id:{FNR}]], men jeg liker ikke å sende sånt på e-post.",

    "Rask levering fra ((neg:Clas Ohlson)). Artikkelnr. ((neg:32134567890)) var likevel utsolgt i butikken selv om "
    "nettsiden sa 'på lager'.",

    "[[person:Linn]] på spinning tirsdag kl. 17 er den beste instruktøren dere har. Sms meg på [[phone:{NOM332}]] "
    "hvis timene hennes flyttes!",

    "Snakket med en [[person:Nygård]] om bilskaden ((neg:12.06.2024)). Takstmannen skulle ringe innen 48 timer. Nå "
    "har det gått tre uker. Skadenr. ((neg:SK-2024-118734)), fnr. [[national_id:{FNR}]].",

    "Appen trakk meg to ganger for samme billett (2 × 44 kr) den ((neg:2024-03-12)) kl. 08:03. Kvitteringsnr. "
    "((neg:2003441299810023)). Vil ha pengene tilbake.",

    "Strømmen var borte i hele ((neg:Fana)) i seks timer, og ingenting på nettsiden. Faren min bruker oksygen "
    "hjemme. Registrer ham som prioritert kunde: [[person:Leif Sæther]], [[phone:{NOP}]].",

    "Datteren min [[person:Tiril]] ([[national_id:{FNR_KID}]]) fikk time hos øyelegen i august. Sju måneder! Ring "
    "meg på [[phone:{NOM8}]] hvis det blir en ledig time før.",

    "De nye sykkelstativene ved ((neg:Sigrid Undsets gate)) er supre. Men vaskeriet tar fortsatt 40 kr for "
    "tørketrommelen, og den er ødelagt halve tiden.",

    "Hei. Jeg heter [[person:Piotr Nowak]] og vil si opp abonnementet på [[phone:{NOM8}]]. D-nummer: "
    "[[national_id:{DNR}]]. Fra 1. mars kan jeg nås på polsk nummer [[phone:{PLP}]].",

    "Montøren, [[person:Rune]], satte opp kjøkkenet feil og lot skruer ligge overalt. Kona mi [[person:Anette]] "
    "måtte ringe seks ganger. Faktura ((neg:F-2024-00931)). Svar til [[email:anette.lie@outlook.com]].",

    "Nettleien ble dobbelt så høy etter at vi fikk varmepumpe. Jeg skjønner ikke kapasitetsleddet. Forklar det på "
    "en måte vanlige folk forstår.",

    "Servicetorget i ((neg:Molde)) var supereffektive. [[person:Amir]] hjalp meg med søknad om parkeringstillatelse "
    "på et kvarter. Tusen takk!",

    "Noen har brukt kortet mitt i Sverige. Pengene gikk til [[account:{SEIBAN}]] ifølge kontoutskriften. E-post: "
    "[[email:h.strand@live.no]], ikke ring før kl. 16.",

    "Mistet: blå sekk på bussen (linje 20 mot Skøyen) 9. okt. PC inni. Kontakt [[person:Sigurd]] på "
    "[[phone:{NOM332}]] / [[email:sigurd.bakke@stud.ntnu.no]]",

    "Fint å kunne melde skade i appen, men 10 virkedager på svar når dere lover 5? Skadenummer "
    "((neg:31129912345)).",

    "Hjemmetjenesten kommer på ulike tider hver dag, alt fra kl. 8 til 11. Mor ([[person:Åse]]) blir urolig av det. "
    "Hun bor i [[address:Kirkeveien 64, 0364 Oslo]], 4. etasje, og trenger hjelp før frokost.",

    "Har ikke fått tilbake 549 kr for april selv om jeg meldte meg ut 28/3. Skriv til "
    "[[email:mette.berg_88@hotmail.no]], eller bare sett pengene inn på [[account:{NOACC_SP}]]. "
    "Hilsen [[person:Mette Berg]]",

    "Chatboten deres, ((neg:Vera)), skjønner ingenting. Skriver »si opp« og får tilbud om strømmetjeneste. Ordrenr. "
    "((neg:40077213)) finner den heller ikke.",

    "Overføringen til barnebarnet mitt [[person:Jenny]] har ikke gått gjennom. Kontoen hennes er "
    "[[account:{NOIBAN}]]. Har kvittering datert ((neg:4.11.2024)). Hilsen [[person:Randi Nilsen]]",
]

# ----------------------------- Norwegian Bokmål: social-media posts -----------------------------
TEXTS["nb", "social"] += [
    "2 døgn uten fiber i ((neg:Bærum)) nå 😤 og chatten sier bare »vi jobber med saken«. jobber med HVA?? "
    "#fiber #kundeservice",

    "stor takk til [[person:sølvi]] på butikken på ((neg:Lade)) som fant lommeboka mi og ringte meg 🙏 verdens beste",

    "har noen andre fått strømregning på over 9000 for desember?? vi er 2 stk i en 3-roms 😳 #strømpris",

    "IKKE bestill fra den nettbutikken. [[person:Andreas]] i kundeservice har lovet refusjon siden august. Send meg en "
    "melding på [[email:line.k.johansen@gmail.com]] hvis du er i samme situasjon, vi er mange nå",

    "@[[person:kari_nordby]] sa du at du fikk refusjon? jeg har søkt to ganger og fått nei 🙄 toget fra Bergen var "
    "3 timer forsinket",

    "Til alle i borettslaget: heisen i blokk C er ute av drift igjen. Vaktmester [[person:Terje]] svarer på "
    "[[phone:{NOM8}]] også på kveldstid 👍",

    "budet syklet i 20 min feil retning ifølge appen lol. kom fram til slutt. maten var lunken. 2/6 🎲",

    "Til den snille dama på bussen fra Sandvika i går som betalte billetten min da kortet ikke virket: TUSEN TAKK! "
    "Hun het visst [[person:Randi]]. Hilsen [[person:Emma]], 15 år 💛",

    "Advarsel!!! Noen ringer fra [[phone:{NOP}]] og sier de er fra mobilselskapet og vil ha BankID-koden. Legg på! "
    "Del gjerne med foreldrene deres ⚠️",

    "Treningssenteret på ((neg:Skøyen)) lukter som en garderobe fra 1987 🤢 fiks ventilasjonen da",

    "hvorfor kan jeg ikke overføre billetten til [[person:Vilde]]?? hun har prøvd med [[email:vilde.sk@icloud.com]] "
    "tre ganger 😩 ring meg på [[phone:{NOM332}]] hvis dere faktisk vil hjelpe",

    "Kommunen sendte vedtaket mitt til feil person, med fødselsnummeret mitt ([[national_id:{FNR}]]) på første side. "
    "Hun som fikk det, [[person:Marianne]], tok heldigvis kontakt. GDPR anyone?? 🤡",

    "Hyller nattevakta på akuttmottaket, spesielt [[person:Jørgen]] og [[person:Mari]]. Rolige og snille med en "
    "livredd 80-åring ❤️ #helsehelter",
]

# ----------------------------- Norwegian Bokmål: interview notes and transcripts -----------------------------
TEXTS["nb", "interview"] += [
    "Intervjunotat, butikk ((neg:Kongsberg)), ((neg:14.02.2024)). Kunden, [[person:Torill]] (ca. 75), forstår ikke "
    "hvorfor hun får to regninger for samme måned. Sønnen [[person:Espen]] hjelper vanligvis, men han jobber offshore. "
    "Ønsker å bli ringt på [[phone:{NOL2}]] før lunsj.",

    "Intervjuer: Hvordan opplevde du rådgivningsmøtet?\n"
    "[[person:Håkon]]: Sånn passe. Rådgiveren, [[person:Camilla]], var hyggelig nok, men hun pushet fondsspar hele "
    "tiden.\n"
    "Intervjuer: Pushet, hvordan da?\n"
    "[[person:Håkon]]: Hun sa at rentene kom til å falle og at jeg måtte bestemme meg innen fredag. Jeg ville bare "
    "refinansiere huslånet.\n"
    "Intervjuer: Hva gjorde du?\n"
    "[[person:Håkon]]: Gikk hjem og tenkte. Har ikke bestemt meg ennå.",

    "Respondent 9 (mann, 50-59, Innlandet). Innbrudd i hytta i påsken. Opplevde saksbehandlingen som treg: sju uker "
    "fra melding til utbetaling. Skadenr. ((neg:HY-77201)). Savner fast kontaktperson. Positiv til appen, men syns "
    "egenandelen på 8 000 kr er høy.",

    "I: Hvorfor byttet du strømselskap?\n"
    "R: Det kom en selger på døra, [[person:Stian]] het han. Han ville ha fødselsnummeret mitt og kontonummeret.\n"
    "I: Og det ga du?\n"
    "R: Ja… [[national_id:{FNR}]] og [[account:{NOACC}]]. Jeg leste det opp fra bankkortet og et gammelt brev. "
    "I ettertid syns jeg det var dumt.\n"
    "I: Hvorfor det?\n"
    "R: Man vet jo ikke hvem som står der.",

    "Kundebehandler: Du snakker med [[person:Sara]], hva kan jeg hjelpe med?\n"
    "Kunde: Hei, det er [[person:Bjørn Inge Fjeld]]. Internett har vært nede siden i går kveld.\n"
    "Kundebehandler: Kan du bekrefte adressen?\n"
    "Kunde: [[address:Elgeseter gate 10, 7030 Trondheim]].\n"
    "Kundebehandler: Og et nummer vi kan nå deg på?\n"
    "Kunde: [[phone:{NOM332}]]. Eller hjemme, [[phone:{NOL2}]].",

    "Intervju med pårørende, [[person:Gro Helene Aas]], datter av beboer på sykehjemmet. Beskriver de ansatte som "
    "omsorgsfulle men stresset. Hun har sendt flere e-poster fra [[email:grohelene.aas@gmail.com]] uten å få svar. "
    "Faren ([[person:Olav]]) får ofte medisinene for sent. Ønsker oppfølging.",

    "[[person:Ida]] (intervjuer): Hva avgjorde at du kjøpte bilen hos oss?\n"
    "[[person:Per Arne]]: Prøvekjøringa. Selgeren, [[person:Yasmin]], lot meg ha bilen over helga.\n"
    "[[person:Ida]] (intervjuer): Noe som kunne vært bedre?\n"
    "[[person:Per Arne]]: Papirarbeidet. Jeg måtte signere det samme tre ganger, og ingen kunne forklare hvorfor "
    "vinterhjulene kostet 14 000 ekstra.",

    "Fokusgruppe 2, ((neg:Stavanger)), 6 deltakere. Misnøye med nytt sonesystem. Flere nevnte at bussen mot "
    "((neg:Forus)) ofte er full ved ((neg:Madlakrossen)). Én deltaker hadde fått gebyr på 950 kr fordi appen frøs "
    "(saksnr. ((neg:{BAD11}))). Stemning: frustrert men konstruktiv.",

    "I: Du nevnte saksbehandleren?\n"
    "R: Ja, [[person:Ragnhild]] først. Hun var flink. Så ble hun sykmeldt, og da kom [[person:Øyvind Strand]], som "
    "ikke hadde lest noe som helst.\n"
    "I: Hvordan merket du det?\n"
    "R: Han ba meg sende alt på nytt. Lønnsslipper, husleiekontrakt, personnummer [[national_id:{FNR_SPLIT}]], alt "
    "sammen. Jeg holdt på å gi opp.",

    "Kunde [[person:Lene Bakken]] ringte etter reparasjonen. Fortsatt ulyd fra bakhjulet på elbilen. Vurderer å "
    "klage til Forbrukerrådet. Vil bli ringt tilbake på [[phone:{NOP}]] eller kontaktet på "
    "[[email:lene.bakken@outlook.com]].",

    "I: Handler du mest i butikk eller på nett?\n"
    "R: Mest i butikk. Jeg prøvde netthandel under korona, men det kom alltid feil ting.\n"
    "I: Hva slags feil?\n"
    "R: Laktosefri melk i stedet for vanlig, helt grønne bananer. En gang fikk jeg tolv pakker gjær i stedet for "
    "én, det var ordre ((neg:30019922)), husker det fordi jeg klaget.\n"
    "I: Ville du prøvd igjen?\n"
    "R: Kanskje, hvis levering var gratis over 500 kr.",

    "Oppfølgingsintervju med bud (frilans). [[person:Abdi]] forteller at appen ofte sender ham til feil inngang. "
    "Eksempel fra i går: bestilling til [[address:Kongens gate 17, 7011 Trondheim]], der kartet pekte på bakgården. "
    "Ønsker bedre kart. Kan nås på [[phone:{NOM8}]].",

    "Intervjuer: Hvordan gikk dugnaden i år?\n"
    "Beboer ([[person:Wenche]]): Greit nok, men styret hadde ikke bestilt container, så alt ble stående i en haug.\n"
    "Intervjuer: Hva gjorde dere?\n"
    "Beboer ([[person:Wenche]]): Naboen min, [[person:Sverre Lie]], kjørte det på fyllinga med tilhengeren sin. "
    "Han bor i [[address:Haugesundsgata 4, 0481 Oslo]], tredje etasje, om dere vil snakke med ham.",

    "Kundemøte i filialen, notat ved [[person:Marius]]. Kunden vil avslutte kontoen [[account:{NOACC}]] og overføre "
    "saldoen til sønnens konto i Tyskland, [[account:{DEIBAN}]]. Legitimasjon sjekket. Kunden var rolig, men redd "
    "for å bli lurt.",

    "Kundebehandler: Da trenger jeg fødselsnummeret ditt.\n"
    "Kunde: [[national_id:{FNR}]].\n"
    "Kundebehandler: Takk. Gjelder det vannlekkasjen?\n"
    "Kunde: Ja, fra oppvaskmaskinen. Mannen min, [[person:Kjell]], har tatt bilder.\n"
    "Kundebehandler: Send dem gjerne på e-post. Hvilken adresse skal jeg svare til?\n"
    "Kunde: [[email:kjell.og.berit@hotmail.no]]",

    "Telefonintervju ((neg:2024-05-02)), kl. 14.10–14.35. Respondenten pendler ukentlig mellom "
    "((neg:Kristiansand)) og ((neg:Oslo)) med fly. Største irritasjon: ombordstigningen. Nevner at ((neg:DY 331)) "
    "nesten alltid er forsinket på fredager. Anbefalingsscore 5/10.",

    "I: Hvordan var det å returnere jakka?\n"
    "R: Tungvint. Returlappen ble skrevet ut med feil navn, [[person:Kristin Haugland]] i stedet for "
    "[[person:Kristin Haugen]], så de ville ikke ta imot pakken.\n"
    "I: Hva skjedde så?\n"
    "R: En ansatt, [[person:Hassan]], fikset det på fem minutter. Men først sto jeg i kø i tjue.",
]

# ----------------------------- very short and very long texts (both languages) -----------------------------
TEXTS["da", "survey"] += [
    "Super service, tak til [[person:Karina]]!",
    "Alt for lang ventetid i telefonen.",
]
TEXTS["da", "social"] += [
    "@[[person:freja_lund]] fik du nogensinde svar? 😬",
]
TEXTS["da", "interview"] += [
    "Dybdeinterview, ((neg:Vejle)), 18. april. Respondenten, [[person:Birthe Kallesøe]] (67), har været kunde i "
    "banken i over 40 år og føler sig ikke længere velkommen. Filialen i byen lukkede sidste år, og hun skal nu køre "
    "35 km for at tale med en rådgiver. Hun bruger ikke netbank og får hjælp af sin nabo, [[person:Flemming]], til "
    "at betale regninger, hvilket hun er flov over. En medarbejder i telefonen, [[person:Sebastian]], var »meget "
    "sød men talte alt for hurtigt«. Hun har overvejet at skifte bank, men frygter besværet med at flytte pensionen. "
    "Ønsker et personligt møde og kan kontaktes på [[phone:{DKLAND}]] eller via datteren på "
    "[[email:kallesoe.anja@gmail.com]].",
]
TEXTS["nb", "survey"] += [
    "Kjempefornøyd med [[person:Kristine]] på kundeservice!",
    "Altfor dyrt, og ingen svarer på telefonen.",
    "Jeg må bare få skrive litt om flyttingen. Vi flyttet fra ((neg:Trondheim)) til "
    "[[address:Skolegata 12, 2318 Hamar]] i mars og meldte flytting av strøm, bredbånd og forsikring i god tid. "
    "Strømmen fungerte, men bredbåndet ble koblet fra på den gamle adressen 14 dager for tidlig, og ingen kunne "
    "koble det opp på den nye før en tekniker hadde vært der. Teknikeren, [[person:Remi]], kom to ganger uten "
    "riktig utstyr. Jeg jobber hjemmefra og mistet i praksis to arbeidsuker. Kundeservice sier de ikke kan "
    "kompensere mer enn én måneds abonnement, 649 kr. Det står ikke i forhold. Ring meg gjerne på "
    "[[phone:{NOP}]], så kan vi finne en rimelig løsning.",
]
TEXTS["nb", "social"] += [
    "@[[person:sigrid_bs]] har du fått svar ennå? 🙄",
]


# ---------------------------------------------------------------------------
# rendering and validation
# ---------------------------------------------------------------------------
PLACEHOLDER = re.compile(r"\{([A-Z0-9_]+)\}")
MARKUP = re.compile(r"\[\[(person|email|phone|national_id|address|account):(.+?)\]\]|\(\(neg:(.+?)\)\)")
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
    parts, spans, negs, pos, cur = [], [], [], 0, 0
    for m in MARKUP.finditer(filled):
        before = filled[pos:m.start()]
        parts.append(before)
        cur += len(before)
        if m.group(1):
            kind, value = m.group(1), m.group(2)
            spans.append({"start": cur, "end": cur + len(value), "kind": kind})
        else:
            value = m.group(3)
            negs.append(value)
        parts.append(value)
        cur += len(value)
        pos = m.end()
    parts.append(filled[pos:])
    return "".join(parts), spans, negs


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
        yield "id10", m.group(0), looks_like_id10(m.group(1) + m.group(2)) or cpr_valid(m.group(0)) \
            or se_pnr_valid(m.group(0))
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
        if d.isdigit() and 10 <= len(d) <= 12 and (
            looks_like_id10(d) or fnr_checksum_ok(d) or se_pnr_valid(d) or no_account_valid(d)
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
                rec = {"id": f"pii2-danb-{n:04d}", "text": text, "lang": lang, "genre": genre, "pii": spans}
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

    with OUT.open("w", encoding="utf-8") as fh:
        for rec in records:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")

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
                v = r["text"][s["start"]:s["end"]]
                sch = national_id_scheme(v)
                schemes[sch] += 1
                if sch == "dk_cpr":
                    cpr_mod["mod11 ok" if cpr_mod11(v.replace("-", "")) else "mod11 fails"] += 1
    langs = ("da", "nb")
    print(f"wrote {len(records)} records to {OUT}")
    print(f"{'':14}" + "".join(f"{lg:>7}" for lg in langs) + f"{'total':>7}")
    print(f"{'texts':14}" + "".join(f"{texts[lg]:>7}" for lg in langs) + f"{sum(texts.values()):>7}")
    for k in KINDS:
        print(f"{k:14}" + "".join(f"{kinds[lg, k]:>7}" for lg in langs) + f"{sum(kinds[lg, k] for lg in langs):>7}")
    for g in GENRES:
        print(f"{'genre ' + g:14}" + "".join(f"{genres[lg, g]:>7}" for lg in langs)
              + f"{sum(genres[lg, g] for lg in langs):>7}")
    print(f"{'no PII':14}" + "".join(f"{empty[lg]:>7}" for lg in langs) + f"{sum(empty.values()):>7}")
    print(f"{'no PII %':14}" + "".join(f"{100 * empty[lg] / texts[lg]:>6.0f}%" for lg in langs))
    print("national_id schemes:", dict(schemes), "| CPR:", dict(cpr_mod))
    print("hard negatives marked:", len(all_negs))


if __name__ == "__main__":
    main()
