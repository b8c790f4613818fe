#!/usr/bin/env python3
"""Builder for the hand-written Danish / Norwegian Bokmål PII holdout (holdout5, da+nb share).

Texts are written by hand below with inline markup:
    [[kind:value]]   -> value becomes a labelled span of that kind
    ((neg:value))    -> hard negative, markup removed, no span
    {GEN}            -> filled by one of the generators below (fresh value per occurrence)
    {GEN#tag}        -> same generated value for every occurrence of that tag within one text
The builder fills placeholders, strips markup, computes offsets, validates and writes
pii_holdout_danb.jsonl next to itself.  Standard library only, fixed seed.
"""
import datetime
import json
import os
import random
import re
from collections import Counter, defaultdict

SEED = 55052
rng = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "pii_holdout_danb.jsonl")

KINDS = ("person", "email", "phone", "national_id", "address", "account")

# ---------------------------------------------------------------------------
# check-digit helpers / validators (written from the public rules)
# ---------------------------------------------------------------------------

def _date_ok(y, m, d):
    try:
        datetime.date(y, m, d)
        return True
    except ValueError:
        return False


def cpr_century(yy, d7):
    if d7 in (0, 1, 2, 3):
        return 1900 + yy
    if d7 in (4, 9):
        return 2000 + yy if yy <= 36 else 1900 + yy
    # 5-8
    if yy <= 57:
        return 2000 + yy
    return 1800 + yy


def cpr_date_ok(digits):
    if len(digits) != 10 or not digits.isdigit():
        return False
    d, m, yy = int(digits[0:2]), int(digits[2:4]), int(digits[4:6])
    return _date_ok(cpr_century(yy, int(digits[6])), m, d)


def cpr_mod11_ok(digits):
    w = (4, 3, 2, 7, 6, 5, 4, 3, 2, 1)
    return sum(int(c) * x for c, x in zip(digits, w)) % 11 == 0


def cpr_valid(digits):
    """Valid date; modulus 11 is optional (not required for numbers issued since 2007)."""
    return cpr_date_ok(digits)


def fnr_controls(first9):
    w1 = (3, 7, 6, 1, 8, 9, 4, 5, 2)
    s = sum(int(c) * x for c, x in zip(first9, w1))
    k1 = 11 - s % 11
    if k1 == 11:
        k1 = 0
    if k1 == 10:
        return None
    w2 = (5, 4, 3, 2, 7, 6, 5, 4, 3, 2)
    s = sum(int(c) * x for c, x in zip(first9 + str(k1), w2))
    k2 = 11 - s % 11
    if k2 == 11:
        k2 = 0
    if k2 == 10:
        return None
    return "%d%d" % (k1, k2)


def fnr_century(yy, ind):
    if ind <= 499:
        return 1900 + yy
    if ind <= 749 and yy >= 54:
        return 1800 + yy
    if ind >= 900 and yy >= 40:
        return 1900 + yy
    if ind >= 500 and yy <= 39:
        return 2000 + yy
    return None


def fnr_valid(digits):
    """Norwegian fødselsnummer or D-nummer (day + 40)."""
    if len(digits) != 11 or not digits.isdigit():
        return False
    if fnr_controls(digits[:9]) != digits[9:]:
        return False
    d, m, yy, ind = int(digits[0:2]), int(digits[2:4]), int(digits[4:6]), int(digits[6:9])
    if d > 40:
        d -= 40
    y = fnr_century(yy, ind)
    return y is not None and _date_ok(y, m, d)


def luhn_ok(digits):
    total = 0
    for i, c in enumerate(reversed(digits)):
        n = int(c)
        if i % 2 == 1:
            n *= 2
            if n > 9:
                n -= 9
        total += n
    return total % 10 == 0


def luhn_digit(digits9):
    for k in range(10):
        if luhn_ok(digits9 + str(k)):
            return str(k)


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
    return any(_date_ok(y, m, d) for y in years)


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
    w = (5, 4, 3, 2, 7, 6, 5, 4, 3, 2)
    s = sum(int(c) * x for c, x in zip(digits, w))
    k = 11 - s % 11
    if k == 11:
        k = 0
    return k != 10 and k == int(digits[10])


def iban_valid(value):
    s = value.replace(" ", "").upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", s):
        return False
    lengths = {"DK": 18, "NO": 15, "SE": 24, "GB": 22, "DE": 22, "FI": 18, "PL": 28}
    if s[:2] in lengths and len(s) != lengths[s[:2]]:
        return False
    r = s[4:] + s[:4]
    num = "".join(str(int(c, 36)) for c in r)
    return int(num) % 97 == 1


def iban_make(country, bban):
    r = bban + country + "00"
    num = "".join(str(int(c, 36)) for c in r)
    check = 98 - int(num) % 97
    return "%s%02d%s" % (country, check, bban)


def group4(s):
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


# ---------------------------------------------------------------------------
# generators
# ---------------------------------------------------------------------------

def _d(n):
    return "".join(str(rng.randint(0, 9)) for _ in range(n))


DK_FIRST2 = ["20", "21", "22", "23", "24", "25", "26", "27", "28", "29", "30", "31", "40", "41",
             "42", "50", "51", "52", "53", "60", "61", "71", "81", "91", "93"]
DK_LAND2 = ["33", "35", "36", "38", "43", "44", "45", "46", "48", "56", "62", "66", "70", "74",
            "75", "86", "87", "89", "96", "98"]


def dk8(land=False):
    return rng.choice(DK_LAND2 if land else DK_FIRST2) + _d(6)


def pairs(s):
    return " ".join(s[i:i + 2] for i in range(0, len(s), 2))


def no8_mobile():
    return rng.choice(["4", "9"]) + _d(7)


def no8_land():
    return rng.choice(["22", "23", "32", "33", "35", "51", "55", "56", "61", "62", "69", "71", "73",
                       "75", "77"]) + _d(6)


def no3(s):
    return "%s %s %s" % (s[:3], s[3:5], s[5:])


def rand_birth(y0, y1):
    while True:
        y = rng.randint(y0, y1)
        m = rng.randint(1, 12)
        d = rng.randint(1, 28 if m == 2 else 30)
        if _date_ok(y, m, d):
            return y, m, d


def gen_cpr(mod11=True, y0=None, y1=None):
    while True:
        if y0:
            y, m, d = rand_birth(y0, y1)
        else:
            y, m, d = rand_birth(1938, 2004) if mod11 else rand_birth(1966, 2004)
        yy = y % 100
        if y < 2000:
            d7 = rng.choice([0, 1, 2, 3]) if mod11 or y < 1937 else rng.choice([0, 1, 2, 3, 4, 9])
        else:
            d7 = rng.choice([4, 9, 5, 6, 7, 8])
        digits = "%02d%02d%02d%d%s" % (d, m, yy, d7, _d(3))
        if cpr_century(yy, d7) != y:
            continue
        if cpr_mod11_ok(digits) == mod11:
            return digits


def gen_fnr(dnr=False, y0=1940, y1=2004):
    while True:
        y, m, d = rand_birth(y0, y1)
        yy = y % 100
        if y >= 2000:
            ind = rng.randint(500, 999)
        else:
            ind = rng.randint(0, 499)
        dd = d + 40 if dnr else d
        first9 = "%02d%02d%02d%03d" % (dd, m, yy, ind)
        k = fnr_controls(first9)
        if k:
            return first9 + k


def gen_pnr():
    while True:
        y, m, d = rand_birth(1945, 2003)
        first9 = "%02d%02d%02d%s" % (y % 100, m, d, _d(3))
        return y, first9 + luhn_digit(first9)


def gen_no_account():
    while True:
        bank = rng.choice(["1503", "1594", "1254", "3000", "6011", "9710", "1822", "4201", "2801", "3207"])
        first10 = bank + _d(6)
        w = (5, 4, 3, 2, 7, 6, 5, 4, 3, 2)
        k = 11 - sum(int(c) * x for c, x in zip(first10, w)) % 11
        if k == 11:
            k = 0
        if k == 10:
            continue
        return first10 + str(k)


def gen_dk_account():
    reg = rng.choice(["1551", "3001", "5470", "7681", "9570", "0400", "6695", "2256", "8117", "9280"])
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
    "NO_3": lambda: no3(no8_mobile()),
    "NO_2": lambda: pairs(no8_land()),
    "NO_PL": lambda: no8_mobile(),
    "NO_P47": lambda: "+47 " + no3(no8_mobile()),
    "NO_P47N": lambda: "+47" + no8_mobile(),
    "NO_0047": lambda: "0047 " + pairs(no8_mobile()),
    "NO_LAND": lambda: pairs(no8_land()),
    # other phones
    "SE_MOB": lambda: (lambda s: "07%s-%s %s %s" % (s[0], s[1:4], s[4:6], s[6:]))(rng.choice("0236") + _d(7)),
    "SE_P46": lambda: (lambda s: "+46 7%s %s %s %s" % (s[0], s[1:4], s[4:6], s[6:]))(rng.choice("0236") + _d(7)),
    "UK_MOB": lambda: "07700 900%03d" % rng.randint(0, 999),
    "UK_P44": lambda: "+44 7700 900%03d" % rng.randint(0, 999),
    "UK_LON": lambda: "020 7946 0%03d" % rng.randint(0, 999),
    "DE_MOB": lambda: "+49 15%d %s %s" % (rng.choice([1, 2, 7]), _d(4), _d(4)),
    "PL_MOB": lambda: "+48 5%s %s %s" % (_d(2), _d(3), _d(3)),
    "TR_MOB": lambda: "+90 53%d %s %s %s" % (rng.randint(0, 9), _d(3), _d(2), _d(2)),
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
    "PNR12": lambda: (lambda t: "%d%s-%s" % (t[0] // 100, t[1][:6], t[1][6:]))(gen_pnr()),
    # accounts
    "NOACC": lambda: (lambda s: "%s.%s.%s" % (s[:4], s[4:6], s[6:]))(gen_no_account()),
    "NOACC_N": lambda: gen_no_account(),
    "NOACC_SP": lambda: (lambda s: "%s %s %s" % (s[:4], s[4:6], s[6:]))(gen_no_account()),
    "DKACC": lambda: "%s-%s" % gen_dk_account(),
    "DKACC_SP": lambda: "%s %s" % gen_dk_account(),
    "IBAN_DK": lambda: group4(iban_make("DK", "".join(gen_dk_account()))),
    "IBAN_DK_N": lambda: iban_make("DK", "".join(gen_dk_account())),
    "IBAN_NO": lambda: group4(iban_make("NO", gen_no_account())),
    "IBAN_NO_N": lambda: iban_make("NO", gen_no_account()),
    "IBAN_SE": lambda: group4(iban_make("SE", rng.choice(["500", "800", "600", "300"]) + _d(17))),
    "IBAN_DE": lambda: group4(iban_make("DE", _d(18))),
    "IBAN_GB": lambda: group4(iban_make("GB", rng.choice(["NWBK", "BARC", "LOYD", "MIDL"]) + _d(14))),
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
# texts: (lang, genre, marked-up text)
# ---------------------------------------------------------------------------

TEXTS = []

# --- Danish survey comments, part 1 ---
TEXTS += [
    ("da", "survey",
     "Jeg har nu skrevet til jer tre gange om fejlen på min fiberforbindelse uden at få svar. Det er "
     "simpelthen ikke godt nok, når man betaler 399 kr. om måneden.\n\nMed venlig hilsen\n"
     "[[person:Birthe Kjærgaard-Olsen]]\nTlf. [[phone:{DK_SP}]]\n[[email:birthe.kjaergaard@mail.dk]]"),
    ("da", "survey",
     "Ventetiden i telefonen var 47 minutter d. 14/2 kl. 16.20, og da jeg endelig kom igennem blev jeg "
     "afbrudt. Sagsnr. ((neg:{NEG8})) – ingen har ringet tilbage."),
    ("da", "survey",
     "Hej. Jeg bad om at få min løn overført til min nye konto [[account:{DKACC}]], men pengene gik stadig "
     "til den gamle. Rådgiveren [[person:Ahmed]] lovede at rette det, men det skete først d. 3. marts. "
     "Meget frustrerende når huslejen skal betales."),
    ("da", "survey",
     "[[person:Søren Bo Lykke]]\n[[address:Kildevældsgade 41, 1. tv.\n2100 København Ø]]\n"
     "CPR: [[national_id:{CPR}]]\n\nVedr. skadesanmeldelse ((neg:{NEG10D}))\n\nJeg er dybt uenig i jeres "
     "afgørelse om ikke at dække vandskaden i kælderen. Jeres egen taksator var ude d. 02.10.2023 og skrev "
     "at skaden skyldtes et sprunget rør, ikke grundvand. Alligevel henviser afslaget til 'indtrængende "
     "grundvand', hvilket står i direkte modstrid med rapporten.\n\nVi har haft forsikring hos jer i 22 år og "
     "aldrig anmeldt en skade før. Udgiften til affugtning og nyt gulv er opgjort til 68.400 kr. inkl. moms, og "
     "fakturaerne er vedlagt.\n\nJeg forventer at sagen genoptages, og at I svarer skriftligt inden 14 dage. "
     "Ellers går jeg videre til Ankenævnet for Forsikring."),
    ("da", "survey",
     "Jeres app viser et forbrug på 1.284 kWh for januar, men vi har været bortrejst hele måneden. "
     "Målepunkt-ID ((neg:571313115100284731)). Det blev rettet efter to opkald, men hvorfor skal man selv "
     "opdage den slags?"),
    ("da", "survey",
     "super god betjening i butikken i Vejle, en ung fyr der hed [[person:mads]] hjalp mig med at finde de "
     "rigtige løbesko. kommer helt sikkert igen!!"),
    ("da", "survey",
     "Jeg ringede til klinikken for at flytte min tid hos tandlæge [[person:Lund]], men sekretæren bad mig "
     "sige mit CPR-nummer højt over en elendig forbindelse. Til sidst sagde jeg det: [[national_id:{CPR_ND}]]. "
     "Det føltes ikke trygt, og jeg fik ikke engang flyttet tiden."),
    ("da", "survey",
     "Vi har ventet siden 2023-11-02 på svar på en byggetilladelse til en carport. Journalnr. "
     "((neg:23/18842)). Kommunen lovede svar inden for 8 uger, nu er der gået 19. Ingen tager telefonen "
     "mellem 10 og 12, som der ellers står på hjemmesiden."),
    ("da", "survey",
     "Pakken blev leveret til [[address:Skovbrynet 8, 2800 Kongens Lyngby]] i stedet for "
     "[[address:Skovbrynet 18, 2800 Kongens Lyngby]]. Naboen [[person:Fatima]] var heldigvis ærlig og kom over "
     "med den. Ordrenummer ((neg:{NEG8})), hvis I vil tjekke op på det."),
    ("da", "survey",
     "Buddet ringede ikke på, selv om jeg havde skrevet 'ring [[phone:{DK_PL}]] når du står ved porten' i "
     "kommentarfeltet. Maden var kold da jeg fandt den på trappen. 2/5"),
    ("da", "survey",
     "Jeg har opsagt mit medlemskab pr. 31.05, men bliver stadig trukket 299,- hver måned. Skriv venligst "
     "til mig på [[email:j.holm1979@gmail.com]] og ikke til den gamle arbejdsmail. Mvh [[person:J. Holm]]"),
    ("da", "survey",
     "Bilen (en Skoda Octavia fra 2017) var inde til 30.000 km-service. Regningen blev 4.350 kr., hvilket er "
     "næsten det dobbelte af tilbuddet. Faktura ((neg:{NEG10})) – ingen forklaring på de ekstra timer."),
    ("da", "survey",
     "Afdelingsbestyrelsen har flere gange påpeget fugt i opgang C. Viceværten, [[person:Kowalski]], gør hvad "
     "han kan, men boligselskabet sender aldrig en håndværker. Jeg bor på "
     "[[address:Rosenhøjvej 22, st. th., 8260 Viby J]] og kan kontaktes på [[phone:{DK_44}]] efter kl. 17."),
    ("da", "survey",
     "Fly SK1423 fra Kastrup blev aflyst, og vi fik først besked ved gaten. Min mand [[person:Tor]] og jeg "
     "måtte overnatte i lufthavnen. Bookingreference ((neg:K7QX2M)). Vi forventer refusion af 2 x 1.895 kr."),
    ("da", "survey",
     "Rejsekortet trak 3 gange for den samme tur d. 12.03.2024 mellem Odense og Nyborg. Kortnummer "
     "((neg:3083 6710 0942 7781)) – kan I tilbageføre det? Synes i øvrigt appen burde kunne vise det."),
    ("da", "survey",
     "Refusionen bedes sendt til [[account:{IBAN_DK}]], som er min danske konto. Jeg bor i Tyskland nu og kan "
     "ringes op på [[phone:{DE_MOB}]].\nHilsen [[person:Lisbeth Storm]]"),
    ("da", "survey",
     "Jeg fik at vide af [[person:Jonas]] i chatten at min nummerflytning ville ske d. 4. Den skete d. 19. "
     "I mellemtiden kunne jeg ikke ringe ud. Nummeret det drejer sig om er [[phone:{DK_P45}]]."),
    ("da", "survey",
     "Alt i alt tilfreds. 8/10"),
    ("da", "survey",
     "Policenr. ((neg:{NEG8})) – jeg har skiftet adresse, men I sender stadig breve til den gamle. "
     "Sagsbehandler [[person:Nguyen]] sagde ellers at det var rettet i uge 6."),
    ("da", "survey",
     "Min mor, [[person:Inger-Marie Dahl]], fik udleveret forkert medicin på apoteket i Herning. Hun er 84 "
     "og ser dårligt. Jeg er ret chokeret. Kontakt mig (datteren) på [[email:hanne.dahl.petersen@outlook.dk]] "
     "eller [[phone:{DK_0045}]]."),
]

# --- Danish survey comments, part 2 ---
TEXTS += [
    ("da", "survey",
     "Jeg får sms'er om at mit abonnement udløber, men de bliver sendt til et forkert nummer. Mit nummer er "
     "[[phone:+45 - 31 22 48 90]] og har været det i 11 år. Kundenummer ((neg:{NEG8SP}))."),
    ("da", "survey",
     "Netbank afviser mit login. Jeg har oplyst CPR [[national_id:{CPR_SP}]] til jeres supporter "
     "[[person:Camilla Friis Mortensen]] to gange og får stadig fejlkode ((neg:E-4012)). Hvor længe skal jeg vente?"),
    ("da", "survey",
     "Affaldsordningen fungerer dårligt på ((neg:Kristinelundsvej)). Containerne bliver ikke tømt om tirsdagen "
     "som lovet, og madaffaldet stinker når det er 28 grader. Det er tredje sommer i træk."),
    ("da", "survey",
     "KÆMPE ROS TIL [[person:MALENE]] I KASSEN I FØTEX SLAGELSE!!! hun fandt min pung som jeg havde tabt og "
     "løb efter mig ud på parkeringspladsen"),
    ("da", "survey",
     "Returneringen af ordre ((neg:DK-{NEG8})) er stadig ikke krediteret efter 5 uger.\n\n--\n"
     "[[person:Kasper Vestergaard]]\nIndkøber | Vestergaard & Sønner ApS\nM: [[phone:{DK_SP}]]\n"
     "E: [[email:kv@vestergaard-sonner.dk]]\nCVR ((neg:31457892))"),
    ("da", "survey",
     "Jeg flyttede fra [[address:Bøgevej 3, 6000 Kolding]] d. 1. august og har meldt flytning, men I trækker "
     "stadig a conto fra min konto [[account:{DKACC_SP}]]. Stop det venligst."),
    ("da", "survey",
     "Lægehuset har fået nyt telefonsystem, og det er blevet meget værre. Man står i kø i 35 min. og bliver så "
     "smidt af kl. 10.00 præcis. Det er ikke i orden over for ældre mennesker."),
    ("da", "survey",
     "Jeg vil klage over [[person:Henrik]] fra skadesafdelingen, som var direkte uforskammet da jeg ringede om "
     "min stjålne cykel (Kildemoes Logic, stelnr. ((neg:WKB0472613))). Han sagde at det var min egen skyld."),
    ("da", "survey",
     "Yogaholdet med [[person:Sol]] torsdag kl. 17.30 er det bedste i centret. Men salen vender mod vest, så "
     "når ((neg:solen)) står ind ad vinduerne er det ulideligt. Få nu nogle persienner!"),
    ("da", "survey",
     "Jeg pendler fra Malmö og har svensk personnummer, [[national_id:{PNR}]], men jeres formular kan kun tage "
     "et dansk CPR-nummer. Det giver ingen mening, når I reklamerer med at dække hele Øresundsregionen."),
    ("da", "survey",
     "Ring venligst til min søn [[person:Emil]] på [[phone:{DK_PL}]] når bilen er klar, jeg hører dårligt i "
     "telefonen. Det er den sølvgrå Toyota Yaris fra 2015."),
    ("da", "survey",
     "Ordre #((neg:{NEG8})) manglede en cola og en dip. Fik en kode på 50 kr. i appen, så det er okay. Men det "
     "er 3. gang på en måned."),
    ("da", "survey",
     "Jeres nye onboarding i appen godkender ikke mit CPR-nummer ([[national_id:{CPR_X}]]). Jeg fik det i 2015 "
     "da jeg flyttede hertil, og i filialen siger de, at det ikke passer med en gammel kontrolregel. Det er 2024!"),
    ("da", "survey",
     "Ventelistenr. ((neg:{NEG10})) – jeg har stået på listen siden 2011 og er stadig nr. 412. Det er latterligt."),
    ("da", "survey",
     "Chaufføren på linje 5C ca. kl. 07.40 d. 9/1 kørte fra en kørestolsbruger ved Nørreport. Jeg står gerne "
     "til rådighed som vidne: [[person:Yilmaz]], [[phone:{DK_SP}]]."),
    ("da", "survey",
     "Vores datter [[person:Alma]] har fået afslag på en plads i børnehaven Solsikken, selv om hendes storebror "
     "går der. Skriv venligst til [[email:mor.til.alma@hotmail.com]], vi kan ikke tage telefonen i arbejdstiden."),
    ("da", "survey",
     "Jeg købte en pose ((neg:Peter Larsen)) kaffe til 64,95, men blev opkrævet 94,65 ved kassen. Det er ikke "
     "første gang i jeres butik på Vesterbrogade."),
    ("da", "survey",
     "Jeg er flyttet til Norge og vil gerne have mit depositum på 1.000 kr. tilbagebetalt til "
     "[[account:{IBAN_NO}]], da jeg ikke længere har dansk konto.\n[[person:Mikkel Aagaard]]\n"
     "[[address:Thereses gate 14B, 0452 Oslo]]"),
    ("da", "survey",
     "Hurtig levering (2 dage) og pæn indpakning 👍"),
    ("da", "survey",
     "Vi var fire i bilen: mig, min kone [[person:Vibeke]] og vores to børn [[person:Asger]] og "
     "[[person:Marie-Louise]]. Alle skal stå på skadesanmeldelsen, men jeres formular har kun plads til én "
     "passager. Policenummer ((neg:{NEG8})).\n/[[person:Bent Rasmussen]]"),
]

# --- Danish survey comments, part 3 ---
TEXTS += [
    ("da", "survey",
     "Jeg bad for 6 uger siden om at få lukket kontoen [[account:9570 0004417238]] og overført saldoen til "
     "[[person:Hannes]] konto i en anden bank. Intet er sket. Svar til [[email:poul.erik.hald@jubii.dk]], tak."),
    ("da", "survey",
     "Rådgivningen om pension var grundig, men mødet startede 25 min. for sent (det var aftalt til kl. 13.00). "
     "Tak for kaffen dog ☕"),
    ("da", "survey",
     "Jeg har i 3 år haft indboforsikring hos jer på adressen [[address:Ahornvej 17, 1. sal, 7100 Vejle]]. Nu "
     "får jeg at vide at I ikke kan finde mig i systemet. Mit CPR er [[national_id:{CPR}]], og policen står i "
     "min mands navn, [[person:Preben Thygesen]]."),
    ("da", "survey",
     "hej jeg har aldrig bestilt den ekstra datapakke til 29 kr men den står på min regning. kan i skrive til "
     "[[email:nanna_s_98@live.dk]] ? har prøvet chatten 2 gange"),
    ("da", "survey",
     "Fakturaen for december er 612,50 kr. højere end normalt. Forklaringen var 'regulering', men hvad "
     "betyder det? Fakturanr. ((neg:{NEG11})), forbrugsperiode 01.12-31.12."),
    ("da", "survey",
     "Jeg bor i London og bestilte en jakke på jeres danske side. Kureren ringede til mit gamle danske nummer "
     "i stedet for [[phone:{UK_P44}]], som jeg havde skrevet under levering. Nu er pakken sendt retur til Greve."),
    ("da", "survey",
     "Fysioterapeut [[person:Rikke]] (den lyshårede) er fantastisk – hun tager sig tid og forklarer øvelserne. "
     "Men receptionen glemte at sende min henvisning videre til kommunen."),
    ("da", "survey",
     "Min far, [[person:Knud Åge Winther]] (CPR [[national_id:{CPR_OLD}]]), har nu ventet 4 måneder på en "
     "visitation til hjemmehjælp. Han bor alene på [[address:Lærkevej 9, 4700 Næstved]] og kan ikke selv komme i "
     "bad. Ring til mig på [[phone:{DK_P45N}]]."),
    ("da", "survey",
     "Leveringen var lovet kl. 19.05, maden kom 20.00. Pizzaen var ellers fin. Det ville være rart med lidt "
     "kompensation, fx 20 % rabat næste gang."),
    ("da", "survey",
     "((neg:Held og lykke)) med at beholde medlemmerne, når I hæver prisen med 15 % uden varsel."),
    ("da", "survey",
     "Mekanikeren [[person:Piotr]] opdagede at mine bremser var slidte, selv om jeg kun var inde for et "
     "dækskift. Ærlig og grundig, kan varmt anbefales! (tlf. [[phone:{DK_SP}]] hvis I vil høre mere)"),
    ("da", "survey",
     "Videresender min mail fra d. 4/3, som ingen har svaret på:\n\n---------- Videresendt besked ----------\n"
     "Fra: [[person:Ida Kaae]] <[[email:ida.kaae@gmail.com]]>\nTil: Udlejning\nEmne: Skimmel i soveværelset\n\n"
     "Hej. Der er igen sort skimmel i soveværelset i lejemål ((neg:0412-03-112)). Vi har et barn på 2 år. "
     "Hvornår kommer der nogen?"),
    ("da", "survey",
     "Togbus i stedet for IC 843 – ingen skiltning på Fredericia st. Jeg fik hjælp af en medarbejder ved navn "
     "[[person:Abdi]], som fulgte mig hen til bussen. Tak!"),
    ("da", "survey",
     "Præmien stiger alt for meget: fra 4.212 kr. i 2022 til 5.980 kr. i 2024. Det er 42 %, og jeg har ikke "
     "haft en eneste skade i perioden."),
    ("da", "survey",
     "Varen (cover til iPhone 15, varenr. ((neg:{NEG10}))) kom i forkert farve. Returneringen var dog nem."),
]

# --- Danish social posts, part 1 ---
TEXTS += [
    ("da", "social",
     "@[[person:frederikke_mv]] prøv at ringe til dem i stedet, chatten er håbløs 😤 #telenyt"),
    ("da", "social",
     "Tak til [[person:ole]] fra vejhjælpen der fik gang i min gamle Peugeot i -12 grader kl 6 om morgenen "
     "🙏❄️ I er guld værd"),
    ("da", "social",
     "endnu en dag med 40 min forsinkelse på Kystbanen... 🙄 kl 7.52 fra Humlebæk aflyst. igen. #dsb"),
    ("da", "social",
     "Har nogen fundet en sort rygsæk i bus 250S i går ved 16-tiden?? Der er min datters medicin i. Skriv "
     "eller sms [[phone:{DK_PL}]] 🙏 del gerne"),
    ("da", "social",
     "Shoutout til [[person:Nadia]] og [[person:Kim]] i Matas på Strøget, de reddede min mors fødselsdag 💐"),
]

# --- Danish social posts, part 2 ---
TEXTS += [
    ("da", "social",
     "Netto har igen hævet prisen på smør til 27,95 🤯 hvem har egentlig råd til det"),
    ("da", "social",
     "nogen der ved hvordan man klager over en app fra regionen? har skrevet til dem 3 gange. min mail er "
     "[[email:sigurd.bech@outlook.com]] hvis nogen fra support læser med 🙃"),
    ("da", "social",
     "@Telenor_DK hvornår er nettet oppe igen i 8200?? har været nede siden 06:15 😡"),
    ("da", "social",
     "kæmpe tak til min PT [[person:Storm]] 💪 -12 kg siden januar, det havde jeg aldrig troet"),
    ("da", "social",
     "FUNDET: nøglebundt med rød Fjällräven-ring ved indgangen til Føtex i Hillerød. Ring "
     "([[phone:{DK_0045}]]) eller skriv her 🔑"),
    ("da", "social",
     "STOR ROS til sygeplejerske [[person:GITTE]] på afd. B4 ❤️ min far blev behandlet med så meget respekt. "
     "Tak fra os alle"),
    ("da", "social",
     "Min pakke har været 'på vej' siden 12/9 🤡 trackingnr ((neg:00370731480012345678)) hvis nogen fra "
     "fragtfirmaet læser med"),
    ("da", "social",
     "Måtte lige oplyse mit cpr i en åben kommentartråd til jeres 'support' 🙈 ([[national_id:{CPR}]]) – er "
     "det virkelig meningen?? slet det gerne"),
]

# --- Danish interviews, part 1 ---
TEXTS += [
    ("da", "interview",
     "Interviewer: Hvordan oplevede du flytningen af dit bredbånd?\n[[person:Mette]]: Altså, det tog tre uger. "
     "Og teknikeren, [[person:Brian]], dukkede aldrig op den første dag.\nInterviewer: Fik du besked?\n"
     "[[person:Mette]]: Nej. Jeg ringede selv, og så sagde de at han var syg.\nInterviewer: Hvad ville have "
     "gjort det bedre?\n[[person:Mette]]: En sms. Bare en sms."),
    ("da", "interview",
     "Kunden ([[person:Jens Ole Birk]], 67 år) ringede ind vedr. opkrævning for vand. Han mener at måleren er "
     "defekt (målernr. ((neg:{NEG8}))). Vil gerne kontaktes på fastnet [[phone:{DK_LAND}]] mellem 9 og 11. "
     "Aftalt at en tekniker kommer forbi i uge 14."),
    ("da", "interview",
     "I: Hvad synes du om den nye app?\nR: Den er fin, men jeg kan ikke finde mine kvitteringer.\nI: Hvor har "
     "du ledt?\nR: Under 'Profil' og under 'Køb'. Kvittering nr. ((neg:{NEG10})) fra d. 2/2 er bare væk.\n"
     "I: Okay. Tak for det."),
    ("da", "interview",
     "[14:02] Kunde: Hej, jeg skal have ændret min e-mail\n[14:02] Medarbejder ([[person:Sara]]): Hej! Hvad er "
     "den nye?\n[14:03] Kunde: [[email:rune.damgaard@proton.me]]\n[14:04] Medarbejder ([[person:Sara]]): Og "
     "til verifikation, dit CPR-nummer?\n[14:05] Kunde: [[national_id:{CPR}]]\n[14:05] Medarbejder "
     "([[person:Sara]]): Tak, så er det opdateret 😊"),
    ("da", "interview",
     "Interview med kunde i filialen i Aalborg, 11.04. Kunden (kvinde, ca. 40) ønsker at være anonym. Hun har "
     "skiftet bank pga. gebyrer: 'Jeg betalte 35 kr. om måneden for et kort jeg aldrig brugte.' Hun roser dog "
     "sin tidligere rådgiver. Ønsker ikke at blive kontaktet igen."),
    ("da", "interview",
     "Medarbejder: Hvilket nummer kan vi ringe tilbage på?\nKunde: Det er [[phone:{DK_SP}]]. Eller min mands, "
     "[[phone:{DK_PL}]], han hedder [[person:Ebbe]].\nMedarbejder: Og det drejer sig om ordren fra d. 8. maj?\n"
     "Kunde: Ja, ordrenummeret er ((neg:{NEG8}))."),
    ("da", "interview",
     "Samtale med [[person:Fatima Al-Hassan]] (beboer, afd. 12). Hun oplever at hendes henvendelser om støj fra "
     "naboen ikke bliver taget alvorligt. Ejendomsfunktionær [[person:Lars-Erik]] har ifølge hende sagt 'sådan "
     "er det at bo i lejlighed'. Hun ønsker et møde med formanden, [[person:Kirsten Bøgh]]. Hun fortæller at hun har ført "
     "støjdagbog siden oktober og har noteret larm efter kl. 23 på 31 af 60 nætter. Hendes søn på 9 år sover "
     "dårligt og er begyndt at komme for sent i skole. Hun har tidligere sendt to skriftlige klager, men har "
     "ikke fået kvittering for nogen af dem. Hun virker træt, men rolig og saglig.\nAdresse: "
     "[[address:Gadekæret 4, 2. mf., 2650 Hvidovre]]"),
    ("da", "interview",
     "I: Hvad fik dig til at vælge en fastprisaftale?\nR: Vinteren 2022. Vi betalte 6.800 kr. for december "
     "alene.\nI: Og nu?\nR: Nu er det ca. 1.100 om måneden. Det er til at leve med.\nI: Ville du anbefale os?\n"
     "R: Måske. 7 ud af 10."),
    ("da", "interview",
     "Notat: Kunden, hr. [[person:Møller]], ringede fra Spanien og ønsker forsikringssummen udbetalt til sin "
     "spanske konto. Vi kan kun udbetale til IBAN; kunden oplyste [[account:ES91 2100 0418 4502 0005 1332]]. "
     "Træffes bedst på [[phone:+34 612 408 377]] efter kl. 18 dansk tid. Sagen sendes til godkendelse."),
]

# --- Danish interviews, part 2 ---
TEXTS += [
    ("da", "interview",
     "Interviewer: Hvem hjalp dig i butikken?\n[[person:Ulla]]: Det var ham den unge, de kalder ham "
     "[[person:Bimse]] tror jeg. Rigtig sød.\nInterviewer: Og ved kassen?\n[[person:Ulla]]: Der stod en pige, "
     "[[person:Josefine]]. Hun var vist ny, men hun klarede det fint."),
    ("da", "interview",
     "Fokusgruppe 3 (7 deltagere, 25-40 år), 19.09.2023. Generelt tilfredse med dækningen i Aarhus C, men "
     "utilfredse med roamingpriserne i Tyrkiet (99 kr./døgn). To deltagere nævnte at de var skiftet fra en "
     "konkurrent pga. 5G. Ingen ønskede at blive kontaktet efterfølgende."),
    ("da", "interview",
     "Interviewer: Du nævnte at du måtte høre dit CPR-nummer blive sagt højt i venteværelset?\n"
     "[[person:Hüseyin]]: Ja. Hun sagde 'Er det [[national_id:{CPR_SP}]]?' så alle kunne høre det.\n"
     "Interviewer: Hvordan havde du det med det?\n[[person:Hüseyin]]: Dårligt. Min nabo sad lige ved siden af."),
    ("da", "interview",
     "Opkald fra [[person:Tobias Krogh-Jensen]] kl. 10.42. Pakke (track ((neg:{NEG12}))) leveret til forkert "
     "opgang. Korrekt adresse: [[address:Jagtvej 155A, 3. th., 2200 København N]]. Ønsker svar på mail: "
     "[[email:tobias.kj@gmail.com]], evt. tlf. [[phone:{DK_P45}]]."),
    ("da", "interview",
     "I: Hvor tit træner du?\nR: 3-4 gange om ugen, mest om morgenen før kl. 7.\nI: Hvad savner du?\nR: Flere "
     "hold i weekenden. Og at saunaen virker – den har været i stykker siden påske."),
    ("da", "interview",
     "Kunde ([[person:Mai]], studerende, CPR [[national_id:{CPR_X}]]) henvendte sig i borgerservice, fordi "
     "hendes SU var gået til en forkert konto. Hun oplyste sin nye konto [[account:{DKACC}]], men vi kan ikke "
     "ændre NemKonto for hende. Henvist til selvbetjening; hun var tydeligt frustreret."),
    ("da", "interview",
     "Kunde: Hvorfor er regningen 2.000 kr. højere end overslaget?\nMedarbejder: Vi skiftede også viskerblade "
     "og bremsevæske.\nKunde: Det bad jeg ikke om.\nMedarbejder: Det står på arbejdskortet, nr. "
     "((neg:{NEG8})).\nKunde: Jeg har ikke skrevet under på noget."),
    ("da", "interview",
     "Deltagere i brugerpanelet (boligforeningen Hvidkilde), 2. møde:\n- [[person:Grete Mølgaard]], formand\n"
     "- [[person:Jan Kowalczyk]], [[phone:{PL_MOB}]]\n- [[person:Amira]] (tolk for sin mor)\n"
     "- [[person:B. Skov]]\nReferat: Vaskeriet er ofte ude af drift, og bookingsystemet virker ikke på iPhone."),
]

# --- Norwegian (Bokmål) survey comments, part 1 ---
TEXTS += [
    ("nb", "survey",
     "Jeg har nå ventet i 3 uker på at fiberen skal kobles til. Teknikeren skulle komme tirsdag mellom 08 og "
     "12, men ingen kom.\n\nMvh\n[[person:Ragnhild Sæther]]\nMob: [[phone:{NO_3}]]\n"
     "[[email:ragnhild.saether@online.no]]"),
    ("nb", "survey",
     "Kø på legevakten i 4 timer med et barn som hadde 39,5 i feber. Saksnr. hos pasientombudet "
     "((neg:23/04417-2)). Personalet gjorde så godt de kunne, men de var altfor få."),
    ("nb", "survey",
     "Jeg overførte 12 500 kr til feil konto fordi appen autofylte et gammelt kontonummer. Riktig konto skulle "
     "vært [[account:{NOACC}]]. Rådgiveren [[person:Sindre]] sa at det var umulig å reversere. Stemmer det "
     "virkelig?"),
    ("nb", "survey",
     "[[person:Kari Nordvik Haugland]]\n[[address:Kirkeveien 88, 0364 Oslo]]\nFødselsnr.: [[national_id:{FNR}]]"
     "\n\nKlage på avslag, skadesak ((neg:{NEG11}))\n\nJeg viser til brev datert 14.02.2024 der dere avslår "
     "dekning av vannskaden på badet. Rørleggeren har dokumentert at lekkasjen kom fra et skjult rør i veggen, "
     "og ikke fra manglende vedlikehold slik dere skriver.\n\nBadet ble pusset opp av fagfolk i 2015, og jeg "
     "har sendt dere både faktura og samsvarserklæring. Kostnadene for riving, tørking og nytt bad er anslått "
     "til 187 000 kr. Jeg har vært kunde hos dere siden 2004 og har aldri hatt en skade tidligere.\n\nJeg ber om "
     "at saken vurderes på nytt av en annen saksbehandler. Hvis avslaget opprettholdes, vil jeg bringe saken inn "
     "for Finansklagenemnda."),
    ("nb", "survey",
     "Strømregningen for januar var på 4 870 kr. Målepunkt-ID ((neg:707057500012345678)). Vi har samme forbruk "
     "som i fjor, men prisen er doblet. KID ((neg:{NEG12})) ble i tillegg avvist i nettbanken."),
    ("nb", "survey",
     "veldig hyggelig dame i kassa på kiwi i dag, tror hun het [[person:åse]]. hun hjalp meg å bære posene ut "
     "til bilen 😊"),
    ("nb", "survey",
     "Fastlegen min, dr. [[person:Haugen]], har sluttet og ingen har gitt beskjed. Jeg fikk ny lege uten å bli "
     "spurt. Fødselsnummeret mitt er [[national_id:{FNR_SP}]] hvis dere vil sjekke hvem jeg er tildelt nå."),
    ("nb", "survey",
     "Byggesaken vår (saksnr. ((neg:2023/8812))) har ligget hos kommunen siden mai. Vi har ringt 6 ganger, og "
     "hver gang får vi høre at saksbehandleren er på ferie."),
    ("nb", "survey",
     "Pakken ble sendt til den gamle adressen min, [[address:Kongens gate 12B, 7011 Trondheim]], selv om jeg "
     "endret til [[address:Fjordgata 3, 7010 Trondheim]] to uker før. Ordrenr ((neg:{NEG8}))."),
    ("nb", "survey",
     "Budet fant ikke inngangen. Jeg hadde skrevet 'ring [[phone:{NO_PL}]]' i kommentaren, men han ringte "
     "aldri. Maten ble kjørt tilbake til restauranten, og jeg har ikke fått pengene igjen."),
    ("nb", "survey",
     "Spinningtimene med [[person:Vår]] på mandager er helt rå! Synd at de ble flyttet til kl. 06.30 "
     "((neg:i vår))."),
    ("nb", "survey",
     "EU-kontroll på Volvo XC60 kostet 1 290,- men de fant 'feil' for 8 400,- i tillegg. Fikk det gjort "
     "billigere et annet sted. Arbeidsordre ((neg:{NEG8}))."),
    ("nb", "survey",
     "Vaktmester [[person:Tor Arne]] er alltid blid, men styret i borettslaget svarer aldri på e-post. Jeg bor "
     "i [[address:Tåsenveien 61, 0873 Oslo]]. Ring meg gjerne på [[phone:{NO_2}]] etter kl 16."),
    ("nb", "survey",
     "SK4035 til Tromsø ble kansellert, og vi ble booket om via Bergen. Kofferten kom ikke frem før 3 dager "
     "senere. PIR-referanse ((neg:TOSSK12345)). Vi krever dekning av utlegg på 2 340 kr."),
    ("nb", "survey",
     "Bussjåføren på linje 31 ((neg:i dag)) morges var utrolig hyggelig og ventet på meg da jeg kom løpende. "
     "Tror han het [[person:Dag]] (det sto på skiltet). Takk!"),
    ("nb", "survey",
     "Jeg bor i Storbritannia og trenger at utbetalingen går til [[account:{IBAN_GB}]]. Dere sier at dere bare "
     "kan betale til norsk konto, men i vilkårene står det at IBAN er greit. Ring meg på [[phone:{UK_MOB}]].\n"
     "Hilsen [[person:Henrik Østby]]"),
    ("nb", "survey",
     "[[person:Mona]] på chatten lovet at nummeret mitt, [[phone:{NO_P47}]], skulle være overført innen fredag. "
     "Nå er det onsdag uka etter."),
    ("nb", "survey",
     "Greit nok. Litt dyrt. 6/10"),
    ("nb", "survey",
     "Forsikringsbeviset har feil navn: det står [[person:Mohammad Rahimi]], men jeg heter "
     "[[person:Mohammed Rahimi]] (med e). Det har jeg sagt fra om to ganger. Avtalenr. ((neg:{NEG8}))."),
    ("nb", "survey",
     "Moren min ([[person:Solveig Lie]], 89) fikk ikke hentet resepten sin fordi apoteket krevde BankID. Hun "
     "har ikke BankID! Kontakt meg, datteren [[person:Tone]], på [[email:tone.lie.bakken@gmail.com]] eller "
     "[[phone:{NO_0047}]]."),
]

# --- Norwegian (Bokmål) survey comments, part 2 ---
TEXTS += [
    ("nb", "survey",
     "Jeg er polsk og jobber i Norge med D-nummer ([[national_id:{DNR}]]). Banken nekter å åpne konto uten "
     "fødselsnummer, men Skatteetaten sier at D-nummer skal godtas. Hva er det som gjelder?"),
    ("nb", "survey",
     "HEI. DERE HAR SENDT FAKTURAEN TIL FEIL E-POST. RIKTIG ER [[email:ODDVAR.BRENNA@YAHOO.NO]]. JEG HAR BETALT "
     "PURREGEBYR PÅ 35 KR FOR NOE SOM ER DERES FEIL.\n[[person:ODDVAR]]"),
    ("nb", "survey",
     "Brøytingen i ((neg:Ole Bulls gate)) er elendig. Det har ligget 30 cm sørpe på fortauet i en uke, og eldre "
     "folk tør ikke gå ut. Meldt inn via appen 09.01, 12.01 og 15.01."),
    ("nb", "survey",
     "Har returnert en vaskemaskin (ordre ((neg:{NEG8}))) for 4 uker siden og fått bekreftelse på mottak, men "
     "ingen kreditering.\n\n--\n[[person:Sigrid Moe Aasen]]\nDaglig leder, Aasen Regnskap AS\n"
     "Tlf: [[phone:{NO_P47}]] | [[email:sigrid@aasenregnskap.no]]\nOrg.nr. ((neg:918 432 775))"),
    ("nb", "survey",
     "Vi flyttet fra [[address:Bjørnstjerne Bjørnsons vei 7, 3050 Mjøndalen]] 1. juni, men avtalegiroen "
     "trekkes fortsatt fra konto [[account:{NOACC_N}]]. Stopp dette!"),
    ("nb", "survey",
     "Helsenorge-appen logget meg ut midt i timebestillingen tre ganger. Til slutt ringte jeg, og da gikk det "
     "fint. Kl. 08.00 var det 14 i kø foran meg."),
    ("nb", "survey",
     "Vil klage på [[person:Kjetil]] i skadeavdelingen, som svarte 'sånn er det bare' da jeg spurte om "
     "egenandelen på 6 000 kr. Dårlig oppførsel."),
    ("nb", "survey",
     "PT-en min, [[person:Lykke]], har gjort underverker for ryggen min. Men resepsjonen trenger flere folk, man "
     "står i kø i 10 min for å låne et håndkle."),
    ("nb", "survey",
     "Jeg er svensk og jobber i Oslo. Timebestillingen godtar ikke svensk personnummer "
     "([[national_id:{PNR12}]]), og jeg har ikke fått D-nummer ennå. Så jeg får ikke bestilt time. Hvordan skal "
     "utlendinger bruke dette?"),
    ("nb", "survey",
     "Verkstedet ringte meg 7 ganger på én dag om en bil som ikke er min. Jeg tror dere har blandet meg sammen "
     "med en [[person:Eirik Lunde]], for det var han de spurte etter. Mitt nummer er [[phone:{NO_3}]]. Fjern "
     "det fra saken hans."),
    ("nb", "survey",
     "Bestilte sushi for 389 kr, fikk halve bestillingen. Refusjonen på 140 kr kom etter 10 dager. Ordre "
     "#((neg:{NEG8}))."),
    ("nb", "survey",
     "Betalte regningen med KID ((neg:{NEG11})), men fikk purring likevel. Kvitteringen fra nettbanken viser at "
     "beløpet (1 249,00) gikk ut 03.03. Dette må dere rydde opp i."),
    ("nb", "survey",
     "Til styret\n\nJeg vil klage på naboen i 3. etasje som spiller høy musikk etter kl. 23 nesten hver helg. Jeg "
     "har snakket med [[person:Hansen]] flere ganger uten resultat.\n\n[[person:Gunnhild Å. Rønning]]\n"
     "[[address:Løvenskiolds gate 4, leil. H0302, 0260 Oslo]]"),
    ("nb", "survey",
     "Ruter-appen viste at bussen skulle gå 14:22, men den kom aldri. Neste gikk 14:52. Jeg kom for sent til "
     "legetimen og måtte betale gebyr på 350 kr."),
    ("nb", "survey",
     "TAKK til [[person:JØRGEN]] og [[person:SIV]] på Elkjøp Lagunen som hjalp meg å flytte alt fra den gamle "
     "telefonen 🙏 dere er best"),
    ("nb", "survey",
     "Vitner til innbruddet i garasjen (politiet ba meg sende dette til dere): naboene [[person:Arild Strand]] "
     "og [[person:Wenche Strand]], begge på [[phone:{NO_2}]], og [[person:Yusuf Demir]], [[phone:{TR_MOB}]]. "
     "Skadenummer ((neg:{NEG8}))."),
    ("nb", "survey",
     "Norwegian-flyet DY 604 ble forsinket 3 t 40 min. Etter EU-reglene har vi krav på 400 euro hver. Søknad "
     "sendt 02.08, referanse ((neg:NAX-2024-118834)). Fortsatt ikke svar."),
    ("nb", "survey",
     "Tilbakebetaling av depositumet kan settes inn på [[account:{NOACC_SP}]]. Jeg har sagt opp leiligheten per "
     "30.09.\n[[person:Kristian Nilsen]]"),
    ("nb", "survey",
     "Rask levering, kom allerede på ((neg:torsdag)). Fornøyd."),
    ("nb", "survey",
     "hei, jeg har prøvd å avbestille timen 14/11 hos tannlegen men får ikke svar på telefon. kan noen sende "
     "bekreftelse til [[email:marte-k@hotmail.no]] ? vil ikke få gebyr for å ikke møte"),
]

# --- Norwegian (Bokmål) survey comments, part 3 ---
TEXTS += [
    ("nb", "survey",
     "Når jeg skal motta penger fra Tyskland trenger jeg IBAN. Nettbanken viser [[account:{IBAN_NO_N}]], men "
     "avsenderen sier at den er ugyldig. Kan noen sjekke og svare på [[email:j.vestli@icloud.com]]?"),
    ("nb", "survey",
     "Rådgiveren var grundig og forklarte forskjellen på fast og flytende rente. Møtet varte 45 min. Fikk "
     "tilbud på 5,29 % nominell rente."),
    ("nb", "survey",
     "Fikk brev om at forsikringen er sagt opp pga. manglende betaling, men jeg har betalt hver måned via "
     "eFaktura. Fødselsnr. [[national_id:{FNR}]]. Huset det gjelder er [[address:Solbakken 2, 4014 Stavanger]]. "
     "Ingen svarer på chatten."),
    ("nb", "survey",
     "har bytta abonnement 3 ganger pga feil pris. nå er det 449 igjen. gidder ikke mer. skriv til meg på "
     "[[email:ahmad.noori93@gmail.com]] hvis dere vil beholde meg som kunde"),
    ("nb", "survey",
     "Fakturaen for februar var 780 kr høyere enn vanlig. 'Etterberegning' sto det. Fakturanr. "
     "((neg:{NEG10})). Hvorfor får man ikke beskjed på forhånd?"),
    ("nb", "survey",
     "Sendte en gave til bestemor [[person:Edel]] på [[address:Storgata 41, 9008 Tromsø]]. Dere leverte den til "
     "et hentested 12 km unna, og hun er 91 år. Mitt nummer er [[phone:{DE_MOB}]], jeg bor i Tyskland."),
    ("nb", "survey",
     "Manuellterapeut [[person:Ola]] på klinikken på Majorstua er dyktig, men det er umulig å få time før om "
     "5 uker."),
    ("nb", "survey",
     "Faren min, [[person:Arne Bjørkli]] (f.nr. [[national_id:{FNR}]]), søkte om sykehjemsplass i april. Han har "
     "demens og bor alene. Jeg bor i Sverige og kan nås på [[phone:{SE_P46}]]. Vær så snill, ring meg."),
    ("nb", "survey",
     "Maten kom 50 min etter estimert tid (estimert 18:35). Pizzaen var lunken. Ga 2 stjerner i appen, men fikk "
     "ingen reaksjon. Ikke bra nok."),
    ("nb", "survey",
     "Prisøkning på 12 % fra 1. mars uten at noe er blitt bedre. Garderoben har vært stengt siden jul. "
     "((neg:Takk for meg))."),
    ("nb", "survey",
     "Bilen sto 3 uker på verkstedet for å bytte clutch. Mekaniker [[person:Tomasz Nowak]] var den eneste som ga "
     "meg oppdateringer, på sms fra sitt eget nummer ([[phone:{NO_PL}]]). Tusen takk til ham, men systemet "
     "deres er håpløst."),
    ("nb", "survey",
     "Sender på nytt e-posten jeg sendte 2. februar:\n\n-----Opprinnelig melding-----\nFra: "
     "[[person:Eline Haraldsen]] <[[email:eline.haraldsen@outlook.com]]>\nSendt: fredag 2. februar 2024 21:14\n"
     "Emne: Lekkasje fra taket\n\nDet drypper fra taket på badet igjen, og vannet renner ned i stikkontakten. "
     "Dette er farlig!"),
    ("nb", "survey",
     "Takk til konduktøren [[person:Sølvi]] på toget til Bergen, som fant igjen nettbrettet til datteren min og "
     "sendte det i posten. Dere har fantastiske ansatte."),
    ("nb", "survey",
     "Bilforsikringen gikk opp fra 7 920 til 10 440 kr på ett år, uten skader. Det er 32 % økning. Jeg har fått "
     "tilbud fra to andre selskap som er 3 000 billigere."),
    ("nb", "survey",
     "Fikk feil størrelse på jakka (bestilte M, fikk XL). Byttet tok 12 dager. Varenr. ((neg:{NEG11SP}))."),
]

# --- Norwegian (Bokmål) social posts, part 1 ---
TEXTS += [
    ("nb", "social",
     "@[[person:ingvild_b]] ja!! samme skjedde med meg, de trakk 2 ganger for samme billett 😤"),
    ("nb", "social",
     "tusen takk til [[person:geir]] hos veihjelpen som dro bilen min opp av grøfta ved Gol i -18 i går kveld "
     "🙌❄️"),
    ("nb", "social",
     "'Leveres i dag mellom 08-16'. Klokka er 21:40. Pakken? Ingen vet 🤷‍♀️ #posten"),
    ("nb", "social",
     "SAVNET 🐶 Brun labrador, heter ((neg:Luna)), forsvant ved Sognsvann i dag tidlig. Ring eller send sms til "
     "[[phone:{NO_3}]] 🙏 Del gjerne!"),
    ("nb", "social",
     "Digger [[person:Sunniva]] og [[person:Mats]] på polet på Grünerløkka, alltid gode tips til middagen 🍷"),
]

# --- Norwegian (Bokmål) social posts, part 2 ---
TEXTS += [
    ("nb", "social",
     "Kiwi har satt opp prisen på Norvegia til 119,90 🙄 snart må vi ta opp lån for å kjøpe ost"),
    ("nb", "social",
     "Noen som vet hvem man kontakter for å klage på NAV-appen? Har sendt skjema 2 ganger. Hvis noen fra NAV "
     "ser dette: [[email:hallvard.tangen@gmail.com]] 🙏"),
    ("nb", "social",
     "@TelenorNorge er det nede i hele 5003 eller bare hos meg?? ingen dekning siden 07:10 😡"),
    ("nb", "social",
     "shoutout til PT-en min [[person:Liv]] 💪 -8 kg og nytt ((neg:liv)) på et halvt år"),
    ("nb", "social",
     "Ups 🙈 postet visst fødselsnummeret mitt i forrige kommentar ([[national_id:{FNR_SP}]]). Kan en admin "
     "slette det??"),
    ("nb", "social",
     "HUGE thanks til [[person:ANNE-GRETHE]] på barneavdelingen 💙 du var en engel for mamma og meg"),
    ("nb", "social",
     "sporing sier 'utlevert' 🤡 har ikke fått noe. sporingsnr ((neg:70730012345678912)) @Bring"),
    ("nb", "social",
     "Er det flere enn meg som har fått sms fra [[phone:{NO_P47N}]] som later som de er banken? Ikke trykk på "
     "lenka!!"),
]

# --- Norwegian (Bokmål) interviews, part 1 ---
TEXTS += [
    ("nb", "interview",
     "Intervjuer: Hvordan var det å bytte bank?\n[[person:Marit]]: Tungvint. Rådgiveren min, [[person:Espen]], "
     "sluttet midt i prosessen.\nIntervjuer: Fikk du en ny?\n[[person:Marit]]: Etter to uker. Hun het "
     "[[person:Hilde]] tror jeg, eller [[person:Heidi]].\nIntervjuer: Hva ville gjort det enklere?\n"
     "[[person:Marit]]: At noen tok ansvar. Jeg måtte forklare hele historien min på nytt hver gang jeg ringte, "
     "om huslånet, om at vi hadde skilt oss, om at lånet skulle overføres til meg alene. Ingen så hva den forrige "
     "hadde skrevet.\nIntervjuer: Hvor lang tid tok det til sammen?\n[[person:Marit]]: Fra februar til juni. "
     "Fire måneder, for noe de sa skulle ta tre uker."),
    ("nb", "interview",
     "Kunden ([[person:Leif Torstein Berg]], 72) ringte om strømregningen og mener han er fakturert for feil "
     "målepunkt. Fødselsnr. oppgitt for identifisering: [[national_id:{FNR_OLD}]]. Ønsker å bli ringt tilbake på "
     "fasttelefon [[phone:{NO_LAND}]] før kl. 12. Lovet svar innen fredag."),
    ("nb", "interview",
     "I: Hva synes du om nettbanken?\nR: Helt grei. Men jeg finner aldri kvitteringene.\nI: Hvor lenge har du "
     "vært kunde?\nR: Siden 1998, tror jeg.\nI: Ville du anbefalt oss?\nR: Ja. 8 av 10."),
    ("nb", "interview",
     "09:14 Kunde: hei, vil oppdatere kontonummer for utbetaling\n09:15 Agent [[person:Thea]]: Hei! Hva er det "
     "nye kontonummeret?\n09:15 Kunde: [[account:{NOACC}]]\n09:16 Agent [[person:Thea]]: Takk. Jeg trenger også "
     "fødselsnummeret ditt for å bekrefte.\n09:17 Kunde: [[national_id:{FNR}]]\n09:18 Agent [[person:Thea]]: "
     "Da er det registrert 👍"),
    ("nb", "interview",
     "Intervju på legekontoret 03.05. Pasienten (mann, ca. 60) ønsker å være anonym. Han er fornøyd med "
     "fastlegen, men synes ventetiden på telefon er for lang (opptil 40 min). Foreslår tilbakeringing. Ønsker "
     "ikke å bli kontaktet."),
    ("nb", "interview",
     "Medarbeider: Hvilket nummer skal teknikeren ringe?\nKunde: Mobilen, [[phone:{NO_3}]]. Eller jobben, "
     "[[phone:{NO_2}]].\nMedarbeider: Og det er deg han skal spørre etter?\nKunde: Nei, spør etter "
     "[[person:Gro]], det er hun som er hjemme.\nMedarbeider: Da har jeg notert det på saksnummer "
     "((neg:{NEG8}))."),
    ("nb", "interview",
     "Samtale med beboer [[person:Abdirahman Yusuf]] (borettslaget, blokk C). Han opplever at klager på mugg i "
     "kjelleren ikke blir fulgt opp. Styreleder [[person:Per-Olav Dahle]] skal ha sagt at det er 'normalt i "
     "gamle bygg'. Beboeren ønsker et møte.\nAdresse: [[address:Trondheimsveien 230, 0589 Oslo]]"),
    ("nb", "interview",
     "I: Hvor fornøyd var du med behandlingen av skaden?\nR: Middels. Det tok 11 uker.\nI: Hva tok lengst tid?\n"
     "R: Takstmannen. Han kom først etter 5 uker.\nI: Noe positivt?\nR: Utbetalingen kom dagen etter at saken "
     "ble godkjent."),
    ("nb", "interview",
     "Notat: Kunden, fru [[person:Lindqvist]], bor i Sverige og vil ha refusjonen til svensk konto. Oppga IBAN "
     "[[account:{IBAN_SE}]]. Nås på [[phone:{SE_MOB}]] på dagtid. Sendt til kontroll."),
]

# --- Norwegian (Bokmål) interviews, part 2 ---
TEXTS += [
    ("nb", "interview",
     "Intervjuer: Hvem tok imot bilen?\n[[person:Randi]]: En kar de kalte [[person:Tubben]]. Han var grei.\n"
     "Intervjuer: Og regningen?\n[[person:Randi]]: Den fikk jeg av [[person:Aisha]] i resepsjonen, hun "
     "forklarte alt."),
    ("nb", "interview",
     "Fokusgruppe, Tromsø 14.11 (6 deltakere, 60+). Flere synes det er vanskelig å bruke app for bussbillett. "
     "To har fått gebyr på 950 kr fordi billetten ikke ble aktivert i tide. Ønsker å kunne betale med kort om "
     "bord. Ingen personopplysninger registrert."),
    ("nb", "interview",
     "Intervjuer: Du nevnte at du måtte oppgi fødselsnummeret ditt i skranken?\n[[person:Jorunn]]: Ja, og så "
     "skrev hun det på en gul lapp, [[national_id:{FNR_SP}]], som ble liggende igjen på disken da jeg gikk.\n"
     "Intervjuer: Sa du ifra?\n[[person:Jorunn]]: Ja, dagen etter. Da var lappen borte."),
    ("nb", "interview",
     "Telefon fra [[person:Magnus Fjeld-Hansen]] kl. 13.05. Pakke (sporing ((neg:{NEG12}))) levert til feil "
     "oppgang. Riktig adresse: [[address:Thorvald Meyers gate 51, 0555 Oslo]]. Ønsker svar på e-post "
     "[[email:magnus.fh@proton.me]] eller [[phone:{NO_P47}]]."),
    ("nb", "interview",
     "I: Hvorfor meldte du deg ut?\nR: Prisen. 699 i måneden er for mye når jeg trener to ganger i uka.\nI: Hva "
     "skal til for at du kommer tilbake?\nR: Et billigere medlemskap uten gruppetimer."),
    ("nb", "interview",
     "Innbygger ([[person:Oksana]], ukrainsk, D-nummer [[national_id:{DNR}]]) kom til servicetorget fordi "
     "bostøtten ikke er utbetalt. Hun oppga konto [[account:{NOACC}]], men den var ikke registrert hos oss. "
     "Henvist videre til Husbanken."),
    ("nb", "interview",
     "Kunde: Skjermen sprakk etter to dager. Er ikke det garanti?\nMedarbeider: Dessverre, fysisk skade dekkes "
     "ikke.\nKunde: Men jeg har ikke mistet den!\nMedarbeider: Jeg kan sende den inn til vurdering. Det tar "
     "10-14 virkedager, reparasjonsnr. blir ((neg:{NEG8})).\nKunde: Greit, men da vil jeg ha lånetelefon."),
    ("nb", "interview",
     "Deltakere, brukerråd for hjemmetjenesten (møte 2/24):\n- [[person:Tove Kristiansen]], leder\n"
     "- [[person:Ali Haidari]], [[phone:{NO_3}]]\n- [[person:E. Solberg]] (pårørende), "
     "[[email:e.solberg@outlook.com]]\n- [[person:Bjørg]]\nSaker: Kveldsbesøkene kommer for sent, og vikarene "
     "kjenner ikke brukerne."),
]

# === END TEXTS ===

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
            raise KeyError("unknown generator %s" % name)
        if tag:
            key = (name, tag)
            if key not in memo:
                memo[key] = GENERATORS[name]()
            return memo[key]
        return GENERATORS[name]()

    return PH_RE.sub(rep, text)


def parse(marked):
    out, spans, negs = [], [], []
    pos = 0
    cur = 0
    for m in MARK_RE.finditer(marked):
        out.append(marked[pos:m.start()])
        cur += m.start() - pos
        if m.group(1) is not None:
            kind, val = m.group(1), m.group(2)
            assert kind in KINDS, kind
            spans.append({"start": cur, "end": cur + len(val), "kind": kind})
        else:
            val = m.group(3)
            negs.append(val)
        out.append(val)
        cur += len(val)
        pos = m.end()
    out.append(marked[pos:])
    return "".join(out), spans, negs


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
            assert re.fullmatch(r"[+(]?[\d() \-]+", v) and len(re.sub(r"\D", "", v)) >= 8, (rid, "bad phone", v)
        elif k == "account":
            if re.match(r"[A-Z]{2}\d\d", v):
                assert iban_valid(v), (rid, "bad iban", v)
            elif re.fullmatch(r"\d{4}\.\d{2}\.\d{5}", v) or (rec["lang"] == "nb" and len(re.sub(r"[\s.]", "", v)) == 11):
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
        rec = {"id": "pii5-danb-%04d" % i, "text": text, "lang": lang, "genre": genre, "pii": spans}
        validate(rec, negs)
        nw = len(text.split())
        assert 3 <= nw <= 130, (rec["id"], "length", nw)
        records.append(rec)
        lang_seq[lang] += 1

    with open(OUT, "w", encoding="utf-8") as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")

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
    print("wrote %d records to %s" % (len(records), OUT))
    hdr = "lang  texts  " + "  ".join("%-11s" % k for k in KINDS) + "  survey social interview  no_pii"
    print(hdr)
    for lang in sorted(texts):
        print("%-4s  %5d  " % (lang, texts[lang])
              + "  ".join("%-11d" % kinds[lang][k] for k in KINDS)
              + "  %6d %6d %9d  %3d (%.0f%%)" % (genres[lang]["survey"], genres[lang]["social"],
                                                genres[lang]["interview"], empty[lang],
                                                100.0 * empty[lang] / texts[lang]))


if __name__ == "__main__":
    main()
