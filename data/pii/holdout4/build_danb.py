#!/usr/bin/env python3
"""Builder for the hand-written Danish / Norwegian Bokmaal PII hold-out set (holdout4, danb share).

Stdlib only.  Texts are written by hand below with inline markup:
    [[kind:value]]   -> a labelled span (kind in person/email/phone/national_id/address/account)
    ((neg:value))    -> a hard negative (markup removed, no span)
    {PLACEHOLDER}    -> filled by the generators below (fixed seed); {PLACEHOLDER:tag} reuses one value
                        for every occurrence with the same tag inside one text.
Output: pii_holdout_danb.jsonl next to this file.
"""
import datetime
import json
import os
import random
import re
import sys
from collections import Counter, defaultdict

SEED = 20240417
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "pii_holdout_danb.jsonl")
KINDS = ("person", "email", "phone", "national_id", "address", "account")

# ---------------------------------------------------------------------------
# validators
# ---------------------------------------------------------------------------

def _date_ok(y, m, d):
    try:
        datetime.date(y, m, d)
        return True
    except ValueError:
        return False


def cpr_century(yy, d7):
    if d7 <= 3:
        return 1900
    if d7 in (4, 9):
        return 2000 if yy <= 36 else 1900
    # 5..8
    return 2000 if yy <= 57 else 1800


def cpr_check(s):
    """Return (date_ok, mod11_ok) for a Danish CPR number (separators allowed)."""
    d = re.sub(r"[\s-]", "", s)
    if not re.fullmatch(r"\d{10}", d):
        return (False, False)
    dd, mm, yy, d7 = int(d[0:2]), int(d[2:4]), int(d[4:6]), int(d[6])
    year = cpr_century(yy, d7) + yy
    date_ok = _date_ok(year, mm, dd)
    w = (4, 3, 2, 7, 6, 5, 4, 3, 2, 1)
    mod_ok = sum(int(c) * x for c, x in zip(d, w)) % 11 == 0
    return (date_ok, mod_ok)


def cpr_looks_valid(s):
    # a date-valid CPR is "valid-looking" (mod 11 is not required since 2007)
    return cpr_check(s)[0]


FNR_W1 = (3, 7, 6, 1, 8, 9, 4, 5, 2)
FNR_W2 = (5, 4, 3, 2, 7, 6, 5, 4, 3, 2)


def _mod11_ctrl(digits, weights):
    r = 11 - (sum(int(c) * w for c, w in zip(digits, weights)) % 11)
    if r == 11:
        return 0
    if r == 10:
        return None
    return r


def fnr_century(yy, ind):
    if ind <= 499:
        return 1900
    if ind <= 749 and yy >= 54:
        return 1800
    if ind >= 900 and yy >= 40:
        return 1900
    if yy <= 39:
        return 2000
    return None


def fnr_valid(s):
    """Norwegian fodselsnummer or D-nummer: date + both control digits."""
    d = re.sub(r"[\s-]", "", s)
    if not re.fullmatch(r"\d{11}", d):
        return False
    dd, mm, yy, ind = int(d[0:2]), int(d[2:4]), int(d[4:6]), int(d[6:9])
    if dd > 40:
        dd -= 40  # D-nummer
    cent = fnr_century(yy, ind)
    if cent is None or not _date_ok(cent + yy, mm, dd):
        return False
    k1 = _mod11_ctrl(d[:9], FNR_W1)
    if k1 is None or k1 != int(d[9]):
        return False
    k2 = _mod11_ctrl(d[:10], FNR_W2)
    return k2 is not None and k2 == int(d[10])


def luhn_digit(digits):
    total = 0
    for i, c in enumerate(digits):
        v = int(c) * (2 if i % 2 == 0 else 1)
        total += v - 9 if v > 9 else v
    return (10 - total % 10) % 10


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
    if not any(_date_ok(y, mm, dd) for y in years):
        return False
    return luhn_digit(d[:9]) == int(d[9])


def no_account_valid(s):
    d = re.sub(r"[\s.]", "", s)
    if not re.fullmatch(r"\d{11}", d):
        return False
    k = _mod11_ctrl(d[:10], FNR_W2)
    return k is not None and k == int(d[10])


IBAN_LEN = {"DK": 18, "NO": 15, "SE": 24, "GB": 22, "DE": 22, "FI": 18, "PL": 28}


def iban_valid(s):
    d = re.sub(r"\s", "", s).upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", d):
        return False
    if IBAN_LEN.get(d[:2]) not in (None, len(d)):
        return False
    r = d[4:] + d[:4]
    n = "".join(str(int(c, 36)) for c in r)
    return int(n) % 97 == 1


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
    return (cpr_looks_valid(d) or fnr_valid(d) or se_pnr_valid(d) or no_account_valid(d)
            or ukni_valid(s) or iban_valid(s))

# ---------------------------------------------------------------------------
# generators
# ---------------------------------------------------------------------------

RNG = random.Random(SEED)


def _rand_date(y0, y1):
    while True:
        y = RNG.randint(y0, y1)
        m = RNG.randint(1, 12)
        d = RNG.randint(1, 28 if m == 2 else 30)
        if _date_ok(y, m, d):
            return y, m, d


def gen_cpr(sep="-", fail_mod11=False):
    while True:
        if fail_mod11:
            y, m, d = _rand_date(2008, 2021)
            d7 = RNG.choice([4, 5, 6, 7, 8, 9])
        else:
            y, m, d = _rand_date(1941, 2005)
            d7 = RNG.choice([0, 1, 2, 3, 4, 9]) if y < 2000 else RNG.choice([4, 5, 6, 7, 8, 9])
        if cpr_century(y % 100, d7) + y % 100 != y:
            continue
        ser = "%d%03d" % (d7, RNG.randint(0, 999))
        num = "%02d%02d%02d%s" % (d, m, y % 100, ser)
        date_ok, mod_ok = cpr_check(num)
        if date_ok and mod_ok != fail_mod11:
            return num[:6] + sep + num[6:]


def gen_fnr(sep="", dnum=False):
    while True:
        y, m, d = _rand_date(1944, 2006)
        ind = RNG.randint(0, 499) if y < 2000 else RNG.randint(500, 999)
        dd = d + 40 if dnum else d
        base = "%02d%02d%02d%03d" % (dd, m, y % 100, ind)
        k1 = _mod11_ctrl(base, FNR_W1)
        if k1 is None:
            continue
        k2 = _mod11_ctrl(base + str(k1), FNR_W2)
        if k2 is None:
            continue
        num = base + str(k1) + str(k2)
        assert fnr_valid(num)
        return num[:6] + sep + num[6:]


def gen_no_account(fmt="dot"):
    while True:
        bank = RNG.choice(["1503", "1506", "9710", "3000", "1254", "6345", "1822", "2801", "9365", "1644"])
        base = bank + "%06d" % RNG.randint(0, 999999)
        k = _mod11_ctrl(base, FNR_W2)
        if k is None:
            continue
        num = base + str(k)
        if fmt == "dot":
            return "%s.%s.%s" % (num[:4], num[4:6], num[6:])
        if fmt == "space":
            return "%s %s %s" % (num[:4], num[4:6], num[6:])
        return num


def gen_dk_account(sep="-"):
    reg = RNG.choice(["1551", "3409", "9570", "5301", "2191", "7670", "0400", "6010", "8117"])
    acc = "%010d" % RNG.randint(10_000_000, 9_999_999_999)
    return reg + sep + acc


def _iban(cc, bban):
    r = bban + cc + "00"
    n = int("".join(str(int(c, 36)) for c in r))
    return "%s%02d%s" % (cc, 98 - n % 97, bban)


def _group4(s):
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


def gen_iban(cc, spaced=False):
    if cc == "DK":
        bban = gen_dk_account(sep="")
    elif cc == "NO":
        bban = gen_no_account(fmt="plain")
    elif cc == "SE":
        bban = RNG.choice(["500", "800", "600", "300"]) + "%017d" % RNG.randint(10 ** 9, 10 ** 12)
    elif cc == "DE":
        bban = RNG.choice(["10010010", "50010517", "37040044", "20041133"]) + "%010d" % RNG.randint(10 ** 6, 10 ** 10 - 1)
    elif cc == "GB":
        bban = RNG.choice(["NWBK", "BARC", "MIDL", "LOYD"]) + "%06d" % RNG.randint(100000, 999999) + "%08d" % RNG.randint(10 ** 7, 10 ** 8 - 1)
    elif cc == "PL":
        bban = "%024d" % RNG.randint(10 ** 22, 10 ** 24 - 1)
    else:
        raise ValueError(cc)
    iban = _iban(cc, bban)
    assert iban_valid(iban), iban
    return _group4(iban) if spaced else iban


def gen_ukni():
    while True:
        a = RNG.choice("ABCEGHJKLMNPRSTWXYZ")
        b = RNG.choice("ABCEGHJKLMNPRSTWXYZ")
        if a + b in UKNI_BAD_PREFIX:
            continue
        digs = "%06d" % RNG.randint(0, 999999)
        return "%s%s %s %s %s %s" % (a, b, digs[:2], digs[2:4], digs[4:], RNG.choice("ABCD"))


def gen_digits(n, first="123456789"):
    return RNG.choice(first) + "".join(RNG.choice("0123456789") for _ in range(n - 1))


def gen_bad10(sep=""):
    """10 digits shaped like CPR / personnummer but impossible as a date in every reading."""
    while True:
        s = "%02d%02d%s" % (RNG.randint(32, 99), RNG.randint(13, 59), gen_digits(6, "0123456789"))
        if not any_id_check_passes(s):
            return s[:6] + sep + s[6:]


def gen_bad11(sep=""):
    """11 digits with a real date in front but wrong control digits (not a fodselsnummer)."""
    while True:
        y, m, d = _rand_date(1950, 2004)
        base = "%02d%02d%02d%s" % (d, m, y % 100, gen_digits(5, "0123456789"))
        if not any_id_check_passes(base):
            return base[:6] + sep + base[6:]


def gen_bad_noacc():
    while True:
        s = gen_digits(11)
        if not no_account_valid(s) and not any_id_check_passes(s):
            return "%s.%s.%s" % (s[:4], s[4:6], s[6:])


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
# TEXTS  (genre, text) -- written by hand
# ---------------------------------------------------------------------------

# === TEXTS ===

DA_SURVEY_A = [
    ("survey", "Jeg har ringet til jer fire gange om mit mobilabonnement. Første gang fik jeg fat i [[person:Jonas]], "
               "som lovede at ringe tilbage – det skete aldrig. Mit nummer er [[phone:+45 28 91 04 55]], og "
               "ordrenummeret er ((neg:{N8})). Det er simpelthen ikke godt nok."),
    ("survey", "Vi har som virksomhed haft svært ved at få svar om vores erhvervskonto. Jeg indsætter lige min "
               "signatur, så I kan kontakte mig direkte:\n\nMed venlig hilsen\n[[person:Henrik Skov]]\n"
               "Indkøbschef, ((neg:Skov & Co ApS))\nCVR ((neg:{N8}))\nMobil [[phone:+45 40 11 22 33]]\n"
               "[[email:henrik.skov@skovco.dk]]"),
    ("survey", "Leveringen af min sofa blev udskudt tre gange. Først ((neg:12/3)), så ((neg:2024-03-19)) og til sidst "
               "((neg:28.03.2024)). Ordre ((neg:{N8})). Jeg har betalt ((neg:7.499,- kr)) og forventer en form for kompensation."),
    ("survey", "Skadeanmeldelse på min cykel: jeres formular fejlede, og I bad mig skrive mit CPR-nr. i "
               "kommentarfeltet, så her er det: [[national_id:{CPR}]]. Policenummer ((neg:{BAD10})). Håber det går hurtigere nu."),
    ("survey", "Elmåler ((neg:571313{N12})) står stadig på min gamle adresse. Jeg flyttede fra "
               "[[address:Kongevejen 221, 2830 Virum]] til [[address:Ellekærvej 3, 1. mf., 6700 Esbjerg]] den 1. "
               "februar, men regningen kommer stadig til Virum. Ring gerne på [[phone:61789012]] efter kl. 16."),
    ("survey", "Holdet om mandagen kl. 17.30 er altid overbooket, og der er ingen karensdag hvis man melder fra for "
               "sent – man bliver bare trukket 50 kr. Perfekt center ellers, men det trækker ned."),
    ("survey", "Min søn [[person:Malik]] havde tid hos dr. [[person:Lund]] kl. 10.15, men vi ventede til 11.40. "
               "Sekretæren, en vis [[person:Birthe]], sagde bare at sådan er det. Hans CPR er "
               "[[national_id:{CPR_NEW}]] hvis I vil slå besøget op."),
    ("survey", "Kommunens nye selvbetjening til byggetilladelser er uoverskuelig. Sagsnummer ((neg:24-{N6})) har "
               "ligget stille siden ((neg:3. januar)). Ingen svarer på kontaktformularen."),
    ("survey", "buddet ringede ikke på, stillede bare posen nede ved porten i ((neg:Sankt Hans Gade)). ordre "
               "#((neg:{N8})) og pizzaen var iskold. send refusion til min konto [[account:{DKACC}]] tak"),
    ("survey", "Hos ((neg:Brdr. Thomsens Autoværksted)) lovede de at min ((neg:Volvo XC60)) var klar fredag. Mekanikeren "
               "[[person:Kasper]] ringede først mandag. Faktura ((neg:{N6})) lød på 4.850 kr, aftalen var 3.200. "
               "Jeg vil gerne kontaktes på [[email:lykke.bo.madsen@gmail.com]]."),
    ("survey", "Jeg købte en ((neg:iPhone 15)) i jeres butik i Fisketorvet og fik det forkerte cover med. Kvitteringsnr. "
               "((neg:{N9})), kasse 4, kl. 14:52. Personalet var søde, men ingen kunne finde ud af at bytte det."),
    ("survey", "Boligforeningen har STADIG ikke sendt en VVS'er til opgangen. Vi er to familier der har klaget: "
               "[[person:Fatima Yilmaz]] på 3. th. og mig, [[person:Nguyen Thi Lan]]. Min mobil: [[phone:0045 31 22 08 17]]."),
    ("survey", "Fly ((neg:SK1417)) til Oslo blev aflyst 40 min. før afgang. Booking ((neg:X7KP2M)). Vi var fire: "
               "[[person:Anders]], [[person:Sol]], [[person:Storm]] og jeg. Ingen hjælp at hente ved skranken, og vi "
               "forventer de 250 EUR pr. person."),
    ("survey", "Storm i går aftes, og strømmen var væk i 6 timer i ((neg:4700 Næstved)). Ingen sms fra jer om hvornår den "
               "kom tilbage, den kom først kl. 02:14. Det er ikke første gang."),
    ("survey", "Jeg bad om at få overført min opsparing til min nye konto i Tyskland, [[account:{IBAN_DE_SP}]], og I tog "
               "150 kr i gebyr uden at sige det. Min rådgiver [[person:Louise Ørum-Pedersen]] var ellers meget hjælpsom."),
    ("survey", "Godt tilbud til 149 kr per måned, men efter 6 mdr. steg prisen til 299 kr. Det stod med småt. "
               "Kundenr. ((neg:{N8}))."),
    ("survey", "Rejsekortet blev trukket to gange den ((neg:14/2)) på linje 5C. Kortnummer ((neg:{N12})). Skriv til mig "
               "på [[email:ahmed_1987@hotmail.dk]] eller sms [[phone:52 73 19 04]], jeg vil have pengene retur."),
    ("survey", "tandlægen var super! tak til [[person:Mie]] og [[person:Bo]] i receptionen 😊"),
    ("survey", "Jeg har været kunde i 11 år og aldrig anmeldt en skade. Da jeg endelig gjorde det (skadenr. "
               "((neg:{BAD10D}))), tog det 9 uger at få svar. Lykke til med at holde på kunderne med den service."),
    ("survey", "Jeg videresender lige det svar jeg fik fra jer:\n\n---------- Videresendt besked ----------\n"
               "Fra: [[person:Søren Kjærgaard]] <[[email:soren.k@webshoppen-norden.dk]]>\nDato: 4. mar. 2024 kl. 09.14\n"
               "Emne: Re: Returnering ordre ((neg:{N8}))\n\nHej, din pakke er registreret og pengene kommer inden for "
               "5 hverdage. Mvh [[person:Søren]]\n\nDer er gået 5 uger nu."),
]

DA_SURVEY_B = [
    ("survey", "[[person:Birgit Lykke Frandsen]]\n[[address:Åboulevarden 33, st. tv., 8000 Aarhus C]]\nTlf. "
               "[[phone:86 12 34 50]]\n\nKlage over sagsbehandling af vandskade\n\nJeg skrev til jer d. ((neg:2.5.2024)) "
               "og har ikke hørt noget siden. Skaden i køkkenet er nu tre måneder gammel, gulvet er stadig fugtigt, og "
               "affugteren som jeres håndværker satte op ((neg:19. februar)) larmer døgnet rundt. Jeg har betalt "
               "forsikring hos jer i 23 år uden en eneste skade, og jeg føler mig ærligt talt behandlet som en "
               "mistænkt. Police ((neg:{N9})), skadenummer ((neg:{BAD10D})). Jeg forventer et skriftligt svar inden 14 "
               "dage, ellers går jeg videre til Ankenævnet for Forsikring.\n\nMed venlig hilsen\n"
               "[[person:Birgit Lykke Frandsen]]"),
    ("survey", "Instruktøren [[person:J. Holm]] aflyste spinning uden varsel for tredje gang i marts. Jeg har "
               "medlemsnr. ((neg:{N7})) og betaler 399,- om måneden for det her."),
    ("survey", "Fibernettet har været nede siden tirsdag. Fejlmelding ((neg:INC{N7})) er oprettet, men teknikeren kommer "
               "tidligst ((neg:22.04)). Vi arbejder begge hjemmefra, det holder ikke."),
    ("survey", "MitID virker ikke efter jeg fik ny telefon og jeres chatbot ((neg:Ask)) forstod ikke spørgsmålet. mit cpr er "
               "[[national_id:{CPR_ND}]] – kan nogen ringe til mig på [[phone:+4522819307]]?"),
    ("survey", "Medarbejderen i Matas i ((neg:Bruuns Galleri)) var utrolig sød og fandt den rigtige creme til mig. 5 stjerner."),
    ("survey", "Vi er fire i husstanden på familieforsikringen, men kun to står på policen. Det drejer sig om:\n"
               "- [[person:Piotr Kowalski]], [[national_id:{CPR}]]\n- [[person:Agnieszka Kowalska]], "
               "[[national_id:{CPR_SP}]]\n- [[person:Oliwer]] og [[person:Maja]] (børnene)\nRet det venligst hurtigst muligt."),
    ("survey", "Vi flyttede ind pr. ((neg:1/8)) og aflæste måleren til ((neg:{N5})) kWh, men I har brugt et skøn. "
               "KONTAKT [[person:ELSE MARIE HOLST]] PÅ [[email:ELSE.HOLST@LIVE.DK]] – IKKE MIN MAND."),
    ("survey", "Skraldet er ikke blevet hentet på ((neg:Vestergade)) i tre uger, og det lugter. Jeg har ringet til Teknik "
               "og Miljø to gange, senest mandag kl. 9.05."),
    ("survey", "Jeg bestilte fra ((neg:Mormors Køkken)) via appen og fik en andens mad – på posen stod der "
               "'[[person:Rasmus]], 2. sal'. Ringede til buddet [[person:Yusuf]] gennem appen, men han forstod ikke "
               "problemet. 189 kr ud af vinduet."),
    ("survey", "Toget ((neg:IC 847)) holdt stille i 55 min. ved Odense. Togføreren [[person:Hanne]] var sød, men der kom "
               "ingen information. Jeg har søgt rejsetidsgaranti, sag ((neg:{N8})), og fik afslag."),
    ("survey", "Returlabel virker ikke. Trackingnummer ((neg:00370{N12})) giver bare 'ukendt forsendelse'. Pakken vejer "
               "2,4 kg og det koster 49 kr at sende den selv."),
    ("survey", "Jeg afleverede bilen (reg.nr. ((neg:AB 12 345))) til service, og da jeg hentede den var der en bule i "
               "døren. Værkstedschefen [[person:Torben]] påstod den var der i forvejen. Kontakt: [[person:Mads]], tlf "
               "[[phone:30 41 92 88]] / [[email:mads1974@stofanet.dk]]"),
    ("survey", "Jeg har skiftet bank, så fremover skal udbetalingen fra pensionen gå til [[account:{DKACC_SP}]] og ikke "
               "den gamle konto. Jeg hedder [[person:Gunnar Bøgh]] og kan træffes på [[phone:98 14 22 67]] om formiddagen."),
    ("survey", "Fysioterapeuten var dygtig, men ventetiden i telefonen var 34 minutter. Jeg var nr. 17 i køen da jeg "
               "ringede kl. 8.00. Det må kunne gøres bedre."),
    ("survey", "hej vil bare sige at [[person:Ida]] i Netto på hjørnet er i godt humør idag som alle andre dage 👍"),
    ("survey", "Vi har fået ny ejendomsfunktionær, [[person:Kim]], og det er en kæmpe forbedring. [[person:Kims]] nummer "
               "([[phone:27 50 11 63]]) hænger nu i opgangen, så man slipper for at ringe til kontoret."),
    ("survey", "Selvrisikoen på 2.700 kr. er alt for høj i forhold til præmien på 4.128 kr./år. Jeg overvejer at "
               "skifte selskab til januar."),
    ("survey", "Min datter læser i London og er med på vores familieabonnement. Hun kan ikke ringe hjem fra sit "
               "britiske nummer [[phone:+44 7700 900417]], og jeres support sagde at det var hendes egen skyld. Hun hedder "
               "[[person:Clara]], hvis I skal finde sagen."),
    ("survey", "Bestilte 2 x ((neg:Anna))-lampen (varenr. ((neg:{N6}))) og fik én. Pris ((neg:1.299,-)) stk. Ingen har svaret "
               "på min mail."),
    ("survey", "Apoteket i Ishøj har gode folk. Særligt tak til farmaceut [[person:Zeynep]] og [[person:Ali]], som tog "
               "sig god tid med min mor, der ikke taler så meget dansk."),
]

DA_SURVEY_C = [
    ("survey", "Her er chatten fra i går, så I kan se hvor dårligt det gik:\n[18:02] [[person:Camilla]] (kundeservice): "
               "Hej, hvad kan jeg hjælpe med?\n[18:03] Mig: Min faktura er forkert\n[18:09] [[person:Camilla]]: Hvad er "
               "dit kundenummer?\n[18:09] Mig: ((neg:{N8}))\n[18:21] [[person:Camilla]]: Jeg sender det videre 🙂\n"
               "Og så hørte jeg ikke mere."),
    ("survey", "Jeg har søgt om boligstøtte på vegne af min mor, [[person:Inger Margrethe Dahl]], CPR "
               "[[national_id:{CPR}]], som bor på plejecentret på [[address:Skovvej 7, Hald, 8830 Tjele]]. Sagen har "
               "ligget i 4 måneder uden at nogen har kigget på den."),
    ("survey", "Jeres nye app er langsom på min ((neg:Samsung Galaxy S23)). Version ((neg:4.12.0)). Det tager 20 sek. at "
               "logge ind, og nogle gange smider den mig bare ud."),
    ("survey", "Refusionen skal gå til [[account:{IBAN_DK_SP}]], som er min datters konto – hun står for min økonomi. "
               "Hun hedder [[person:Tina]], og hendes mail er [[email:tina.vestergaard@outlook.dk]]."),
    ("survey", "Pakken blev afleveret hos naboen uden nogen besked i postkassen. Heldigvis er [[person:Karin Storm]] en "
               "flink nabo, men det er ikke i orden at jeg skal gætte mig til hvor mine ting er."),
    ("survey", "Jeg er blevet opkrævet for et ekstra nummer jeg aldrig har bestilt: [[phone:+45 5022 6139]]. Mit "
               "eget nummer er [[phone:25 86 40 17]]. Fakturanr. ((neg:{N8})), beløb ((neg:612,50 kr))."),
    ("survey", "Madkassen manglede både fisk og grønt i uge 11. Abonnement nr. ((neg:{BAD10})). Jeg har taget billeder. "
               "Kompensation på 50 % er for lidt."),
    ("survey", "Indbrud i vores kolonihavehus, [[address:Havevej 48, 5220 Odense SØ]], natten til søndag. "
               "Forsikringstager: [[person:Jan Erik Poulsen]], [[national_id:{CPR_SP}]]. Politiets journalnr. "
               "((neg:4100-{N5}-{N5}-24)). Hvorfor skal jeg indsende det samme tre gange?"),
    ("survey", "Kan ikke opsige mit medlemskab online. Jeg har skrevet fra [[email:mette.fogh@yahoo.dk]] tre gange. "
               "Træneren [[person:Bastian]] sagde at jeg skulle møde op personligt – kl. 6 om morgenen?!"),
    ("survey", "Fik renset min ring hos ((neg:Ole Lynggaard Copenhagen)) på ((neg:Østergade)) på 10 minutter, og det var "
               "gratis. Super service."),
    ("survey", "Huslejen for april er trukket to gange fra [[account:{DKACC}]]. Lejemål ((neg:{N4}-{N4})). Ring på "
               "[[phone:42 66 07 91]] (mobil) eller [[phone:33 12 70 88]] (arbejde), jeg har brug for pengene nu."),
    ("survey", "Bagagen blev forsinket fra Billund, sagsnr. ((neg:BLLSK{N5})). Kufferten skal leveres til "
               "[[address:Storegade 3, 7330 Brande]], ikke til lufthavnen. Navn på mærkesedlen: [[person:HELENE NØRGAARD]]."),
    ("survey", "Lægehuset har fået ny sekretær, hun hedder vist [[person:Benedikte]], men alle kalder hende "
               "[[person:Bette]]. Hun er fantastisk og husker altid hvad ens børn hedder."),
    ("survey", "Jeg blev ringet op fra [[phone:+48 601 234 567]] af en der sagde han var fra banken og bad om mit "
               "CPR-nummer. Jeg lagde på. Hvorfor advarer I ikke kunderne bedre?"),
    ("survey", "35 kr for en kaffe?? Vildt."),
]

DA_SOCIAL = [
    ("social", "@[[person:mette_k]] har helt ret, ventetiden hos @3Danmark er vanvittig 😤 #kundeservice"),
    ("social", "kæmpe tak til [[person:jonas]] og [[person:freja]] i Føtex Vejle for at hjælpe min far med at finde "
               "hans briller 🙏❤️"),
    ("social", "Har nogen andre problemer med MobilePay i dag? Fejlkode ((neg:{N6})) hele tiden 🙄 #mobilepay #nede"),
    ("social", "Min kuffert er stadig i Amsterdam efter 6 dage. Hvis nogen fra SAS læser det her: skriv eller ring "
               "[[phone:0045 29 43 81 10]]. Jeg har sendt alle papirer. #SAS #bagage"),
    ("social", "Sælger min næsten nye ((neg:iPhone 15 Pro)) fordi dækningen i Thy er elendig 😂 skriv til "
               "[[email:bo.rask.thy@gmail.com]]"),
    ("social", "Storm og regn og DSB aflyser alt igen. Lykke til alle pendlere i morgen 🌧️🚆"),
    ("social", "Opfordring: lad være med at bruge ((neg:Flytteeksperten)). De smadrede vores spisebord, og ejeren, "
               "[[person:Klaus Bendtsen]], nægter at svare. Vi flyttede fra [[address:Nørrebrogade 118, 3. tv., "
               "2200 København N]] – skriv hvis I havde dem samme dag."),
    ("social", "ALLE SKAL VIDE AT [[person:LISBETH]] I BILKA TILST ER VERDENS SØDESTE 😍😍"),
    ("social", "Tivoli-billetter til 459 kr og så regner det hele dagen. 0/10 ☔ #tivoli"),
    ("social", "Pas på: fik sms fra 'PostNord' om told på 25 kr fra [[phone:+44 7700 900861]]. Klik IKKE på linket. "
               "@[[person:sara.nguyen]] det var den jeg snakkede om"),
    ("social", "nogen der kender [[person:Ahmed]] fra Elgiganten i Rødovre?? han reddede min bærbar lige før eksamen 💻🙌"),
    ("social", "Fjernvarmeregningen steg 38 % fra 2023 til 2024. Forbrug 9,8 MWh. Hvad sker der? #energi #aarhus"),
    ("social", "Har du købt en ((neg:Volvo XC40)) hos ((neg:Bilhuset Vest)) og haft problemer med bremserne, så skriv til "
               "mig eller min advokat [[person:Marianne Juul-Kristensen]] – [[email:mjk@juulkristensen-advokat.dk]]. Vi "
               "samler sagerne."),
]

DA_INTERVIEW = [
    ("interview", "Interviewer: Hvordan oplevede du skiftet til ny elleverandør?\n[[person:Mette]]: Helt ærligt "
                  "kaotisk. Jeg fik to regninger for januar.\nInterviewer: Kontaktede du dem?\n[[person:Mette]]: Ja, jeg "
                  "talte med en der hed [[person:Rikke]]. Hun var sød, men det tog to måneder.\nInterviewer: Må vi "
                  "kontakte dig igen?\n[[person:Mette]]: Ja, på [[phone:21 37 55 90]]."),
    ("interview", "Note fra butiksinterview, Bilka Odense, ((neg:14.05.2024)): Kunden (mand, ca. 70) var utilfreds med "
                  "selvbetjeningskasserne og mente at personalet havde for travlt til at hjælpe. Ingen kontaktoplysninger "
                  "noteret."),
    ("interview", "I: Kan du fortælle om din oplevelse med skadesbehandlingen?\nR: Altså, min mand [[person:Preben]] "
                  "ringede ind første gang, og så skulle vi sende billeder. Det gjorde vi. Så skulle vi sende "
                  "kvitteringer.\nI: Hvor lang tid tog det samlet?\nR: Fem måneder. Og sagsnummeret "
                  "((neg:{BAD10D})) skiftede undervejs, så vi startede forfra.\nI: Tak."),
    ("interview", "Medarbejder: Jeg skal lige bruge dit CPR-nummer.\nKunde: Det er [[national_id:{CPR}]].\n"
                  "Medarbejder: Tak. Og du hedder?\nKunde: [[person:Yasmin El-Amin]].\nMedarbejder: Jeg kan se at "
                  "betalingsservice er afvist fra konto [[account:{DKACC}]].\nKunde: Jamen der er penge nok!"),
    ("interview", "Telefoninterview, 12 min.: Hr. [[person:Lauridsen]] (78 år, CPR [[national_id:{CPR}]] oplyst af "
                  "ham selv) ringede om sin fjernvarmeregning. Barnebarnet [[person:Oscar]] havde hjulpet ham med at "
                  "logge ind, men han forstod ikke opgørelsen. Ønsker brev frem for e-mail til "
                  "[[address:Toftevej 19, 4720 Præstø]]."),
    ("interview", "[00:03:12] Interviewer: Og hvad gjorde du så?\n[00:03:15] [[person:Bo]]: Jeg bad om at tale med en "
                  "leder. Det var en [[person:Henriette]], tror jeg.\n[00:03:31] Interviewer: Hjalp det?\n[00:03:33] "
                  "[[person:Bo]]: Nej. Hun sagde bare at det at bo i stueetagen var på eget ansvar, når kælderen "
                  "oversvømmes."),
    ("interview", "Fokusgruppe, fitnesscenter, 6 deltagere (4 kvinder, 2 mænd, 22–54 år). Gennemgående tema: for få "
                  "hold om aftenen og dårlig ventilation i salen. To nævnte prisen (349 kr/md) som acceptabel, mens tre "
                  "mente at indmeldelsesgebyret på 199 kr var en hindring. Flere fortalte at de havde forsøgt at "
                  "booke via appen kl. 6.00 præcis og alligevel kom på venteliste. En deltager foreslog at "
                  "genindføre yoga om søndagen, som blev fjernet i ((neg:januar 2024)). Det blev også nævnt at "
                  "omklædningsrummet i ((neg:afdeling 3)) mangler låse på skabene, og at personalet i receptionen "
                  "sjældent er til stede efter kl. 20. Generelt var stemningen positiv over for instruktørerne. Ingen "
                  "navne registreret."),
    ("interview", "Interviewer: Hvor hørte du om tilbuddet?\n[[person:Emre]]: Fra min fætter [[person:Murat Yilmaz]], "
                  "han arbejder i butikken i Fields.\nInterviewer: Og hvordan gik oprettelsen?\n[[person:Emre]]: De "
                  "skulle se pas og sygesikringskort, og så var der fejl i systemet. De havde skrevet mit nummer forkert, "
                  "det rigtige er [[phone:+45 71 90 23 44]]."),
    ("interview", "Kundeinterview, bank, ((neg:3. juni)): [[person:Sofie Lund-Hansen]] (32) vil oprette fælles konto med "
                  "sin partner [[person:Nikolaj]], men online-formularen har kun felt til én ejer. Kontakt via "
                  "[[email:sofie.lundhansen@gmail.com]]."),
    ("interview", "I: Hvad synes du om de nye busruter?\nR: Linje 14 kører ikke længere ad ((neg:Marselis Boulevard)), "
                  "så jeg skal gå 800 meter. Det er for langt når man har dårlige knæ.\nI: Har du kontaktet "
                  "Midttrafik?\nR: Nej, hvad skulle det hjælpe."),
    ("interview", "Opkaldsnotat kl. 10:42 – kunde ringede om flytning af internet. Navn: [[person:Ulla Kragh]]. CPR: "
                  "[[national_id:{CPR_ND}]]. Ny adresse: [[address:Ringstedgade 56, 1. th., 4000 Roskilde]] fra "
                  "((neg:1.7.)). Kundenr. ((neg:{N8})). Ønsker tekniker om formiddagen."),
    ("interview", "Interviewer: Hvem hjalp dig på værkstedet?\n[[person:Lone]]: Det var ham der står som "
                  "[[person:P. Mikkelsen]] på navneskiltet. Super flink.\nInterviewer: Fik du regningen med det "
                  "samme?\n[[person:Lone]]: Ja, 2.150 kr. Fin pris for et bremseskift."),
    ("interview", "Borgerinterview, hjemmeplejen: Borgeren, [[person:Knud Aage Sørensen]] ([[national_id:{CPR_SP}]]), "
                  "klager over at hjælperne skifter hver uge. Datteren [[person:Pia]] ([[phone:40 83 12 06]]) ønsker at "
                  "blive ringet op før besøg."),
    ("interview", "Medarbejder: Hvilken mail skal bekræftelsen sendes til?\nKunde: [[email:jens_peter.aa@privat.dk]], "
                  "med to a'er.\nMedarbejder: Fint. Og nummeret der skal porteres?\nKunde: [[phone:26 14 59 83]]."),
    ("interview", "Interviewnote, e-handel: Respondenten handler 2-3 gange om måneden, mest tøj, og returnerer ca. "
                  "halvdelen. Synes returgebyret på 39 kr er urimeligt, konkurrenten har gratis retur. Ordre "
                  "((neg:{N8})) blev brugt som eksempel."),
    ("interview", "Interviewer: Du nævnte problemer med udbetalingen?\n[[person:Tomasz]]: Ja, jeg bad om at få pengene "
                  "på min polske konto, [[account:{IBAN_PL}]], men de kom aldrig.\nInterviewer: Har du kontaktet "
                  "banken?\n[[person:Tomasz]]: Min kone [[person:Kasia]] har ringet fra Polen, fra "
                  "[[phone:+48 512 908 331]], mange gange."),
    ("interview", "Note: Kunden præsenterede sig som [[person:Jens-Ole]] (\"bare kald mig [[person:Jolle]]\"), fast kunde "
                  "hos madudbringningen i 3 år. Buddene kan ikke finde [[address:Bakkehusene 22, 2640 Hedehusene]], "
                  "fordi GPS'en sender dem til nr. 2."),
]

NB_SURVEY_A = [
    ("survey", "Jeg har vært kunde hos dere i 12 år, og nå får jeg beskjed om at abonnementet øker med 100 kr i "
               "måneden. Ingen forklaring, bare en SMS en fredag kveld. Jeg har betalt hver regning i tide, aldri "
               "klaget, og hatt tre abonnementer for familien hos dere siden ((neg:2012)). Damen i kundeservice, "
               "[[person:Ragnhild]], var hyggelig og forsto godt at jeg var sur, men hun kunne ikke gjøre noe, og "
               "lederen hennes hadde «ikke tid» til å ta telefonen. Hos konkurrenten får jeg mer data for 249 kr. "
               "Det er ikke vanskelig å regne ut. Ring meg på [[phone:918 44 203]] før ((neg:30. april)) hvis dere "
               "vil beholde meg som kunde, ellers porterer jeg alle tre numrene."),
    ("survey", "BankID sluttet å virke etter at jeg byttet telefon. Jeg har sendt fødselsnummeret mitt, "
               "[[national_id:{FNR}]], på chatten to ganger uten svar. Dette er helt uholdbart."),
    ("survey", "Leveringen fra nettbutikken kom en uke for sent. Ordrenummer ((neg:{N8})), sporingsnummer "
               "((neg:70730{N12})). Posten sa at pakken hadde blitt liggende på terminalen på Alnabru."),
    ("survey", "Strømmen ble stengt i leiligheten i [[address:Fjellveien 22 A, 9008 Tromsø]] selv om regningen var "
               "betalt. KID ((neg:{KID})). Jeg betalte fra konto [[account:{NOACC}]] den 2. mars og har kvittering."),
    ("survey", "Per i dag koster strømmen 1,89 kr per kWh hos dere, mot 1,12 hos konkurrenten. Vår familie på fem "
               "bruker ca. 20 000 kWh i året. Vi bytter."),
    ("survey", "Treneren [[person:Tor]] på SATS Majorstuen er den beste jeg har hatt. Men garderobene er skitne og "
               "dusjene kalde. Medlemsnummer ((neg:{N7}))."),
    ("survey", "Flighten ((neg:DY 604)) fra Gardermoen til Bergen ble kansellert og vi fikk ikke hotell. Jeg reiste "
               "alene med [[person:Vår]] (datteren min, 6 år). Refusjon til kontonummer [[account:{NOACC_SP}]], takk."),
    ("survey", "Kommunen har brukt 7 uker på å behandle byggesøknaden. Saksnummer ((neg:24/{N5})). Det står 3 uker på "
               "nettsiden deres."),
    ("survey", "Skademeldingen for bilen (reg.nr. ((neg:EL 12345))) er sendt inn tre ganger. Kontaktperson hos dere: "
               "[[person:Øystein Brekke]]. Min e-post er [[email:marit.haugland@online.no]], telefon "
               "[[phone:+47 928 17 340]]."),
    ("survey", "Fastlegen min, dr. [[person:Amundsen]], har sluttet, og ingen har sagt fra. Jeg fant det ut da jeg møtte "
               "opp til time kl. 08.15. Hvem er min nye lege??"),
    ("survey", "Maten kom etter 75 minutter. Den var kald, og brusen manglet. Ordre #((neg:{N9})). 289 kr for dette er ran."),
    ("survey", "Styret i borettslaget har ikke svart på klagen om støy fra leiligheten over oss. Det gjelder "
               "[[address:Thereses gate 14, 0452 Oslo]], 4. etasje. Vi har skrevet til styreleder "
               "[[person:Hilde Berg-Olsen]] både i januar og mars."),
    ("survey", "Kjøpte vaskemaskin på Lørenskog, men fikk feil modell levert (AEG ((neg:L7FEE48S))). Selgeren "
               "[[person:Mohammed]] lovet å ringe meg tilbake på [[phone:45 67 89 01]] samme dag. Det har gått ni dager."),
    ("survey", "Tog ((neg:R11 2163)) fra Drammen var 40 minutter forsinket i dag, igjen. Ingen info på perrongen. "
               "Månedskortet koster 1 020 kr."),
    ("survey", "((neg:Møller Bil)) på Skøyen gjorde EU-kontrollen på Golfen min og påsto at bremseskivene måtte byttes. Et "
               "annet verksted sa det var unødvendig. Kontakt: [[person:Sindre Aas]], [[email:sindre.aas@hotmail.com]]."),
    ("survey", "Jeg flyttet fra England og har fortsatt pensjon der. Dere ber om National Insurance number for å "
               "overføre, det er [[national_id:{UKNI}]]. Hvorfor trenger dere det? D-nummeret mitt er "
               "[[national_id:{DNR}]]."),
    ("survey", "Hvorfor må jeg betale 75 kr i fakturagebyr når jeg har eFaktura? Kundenummer ((neg:{BAD11})). Dette "
               "er smålig."),
    ("survey", "Skryt til sjåføren [[person:Arne]] på linje 31! 🚌"),
    ("survey", "Jeg melder innbrudd i boden i [[address:Nedre Bakklandet 8, 7014 Trondheim]]. Forsikringstaker er mor, "
               "[[person:Åse Marie Tveit]], fødselsnr. [[national_id:{FNR_SP}]]. Hun er 84 og har ikke e-post."),
    ("survey", "Vi er tre i kollektivet som alle har fått purring på en ordre ingen av oss har bestilt:\n1. "
               "[[person:Jonas Eide]]\n2. [[person:Amina Farah]]\n3. [[person:Kristoffer Lie]]\nSamme adresse: "
               "[[address:Løkkeveien 101, 4008 Stavanger]]. Fakturanr. ((neg:{N8}))."),
]

NB_SURVEY_B = [
    ("survey", "Hei. Jeg har fortsatt ikke fått svar på reklamasjonen (sak ((neg:{N7}))). Se signatur under.\n\n--\n"
               "Med vennlig hilsen\n[[person:Ole-Petter Strand]]\nDaglig leder | ((neg:Strand Rør AS))\nMob: "
               "[[phone:+47 41 50 62 73]]\nE: [[email:ole-petter@strandror.no]]\nOrg.nr. ((neg:{N9}))"),
    ("survey", "Rask levering, god pris. Fornøyd! 👍"),
    ("survey", "Dere har overført nummeret mitt, [[phone:97 31 58 20]], til feil person! Nå får noen andre SMS-ene mine, "
               "også engangskoder. Dette er kritisk. Ring meg på jobbnummeret [[phone:22 94 17 60]]."),
    ("survey", "Strømstøtten ble ikke trukket fra på fakturaen for februar. Målepunkt-ID ((neg:7070575000{N8})). "
               "Forbruk 2 143 kWh."),
    ("survey", "Overføringen til utlandet feilet. Mottaker er søsteren min i Sverige, [[person:Linnea Storm Johansson]], "
               "konto [[account:{IBAN_SE_SP}]]. Gebyret på 250 kr ble trukket likevel."),
    ("survey", "SPINNINGTIMENE TIL [[person:KJERSTI]] ER RÅ!!! Men hvorfor må man booke 48 timer i forveien?"),
    ("survey", "Jeg ringte legekontoret kl. 08.00 og var nummer 23 i køen. Etter 41 minutter ble jeg koblet av. Dette er "
               "ikke første gang."),
    ("survey", "Vaktmesteren [[person:Bjørn]] har ikke vært her på tre uker, og lyset i oppgangen er fortsatt ødelagt. "
               "Nummeret hans ([[phone:909 12 484]]) går rett til svarer."),
    ("survey", "Avsender:\n[[person:Randi Solheim]]\n[[address:Kong Oscars gate 61, 5017 Bergen]]\n[[phone:55 31 20 47]]\n\n"
               "Klage på avslag, skadesak ((neg:{BAD10}))\n\nJeg er uenig i at vannskaden skyldes manglende vedlikehold. "
               "Rørleggeren har bekreftet at røret ble lagt nytt i 2019."),
    ("survey", "jenta i kassa på rema 1000 grünerløkka, tror hun het [[person:sunniva]], var så snill mot sønnen min 😊"),
    ("survey", "Vil bare si at Vinmonopolet på Storo har verdens beste service. Ingen navn, men dere vet hvem dere er."),
    ("survey", "Jeg ble nektet å gå på toget fordi billetten ikke lastet i appen. Billettnr. ((neg:{N9})). Kvitteringen ble "
               "sendt til [[email:kari.vestby@gmail.com]], men konduktøren ville ikke se på den."),
    ("survey", "Barnehageplass: Vi søkte for sønnen vår [[person:Elias]] (fnr. [[national_id:{FNR}]]) før fristen "
               "((neg:1. mars)), men har fortsatt ikke fått svar. Ring meg, [[person:Nora]], på [[phone:+47 481 22 957]]."),
    ("survey", "Kjøpte ((neg:Volvo XC60)) hos ((neg:Bertel O. Steen)) i 2022. Servicen har vært grei, men ventetiden på "
               "deler er 6 uker. Ikke bra nok."),
    ("survey", "Dere refunderte til feil konto. Riktig konto er [[account:{IBAN_NO}]] (står også i kundeprofilen min). "
               "Beløp 1 499 kr, ordrenr. ((neg:{N8}))."),
    ("survey", "Dekkhotellet har mistet vinterdekkene mine!! Dekkhotell-nr. ((neg:{N5})). Avdelingsleder "
               "[[person:Geir Tore Nilsen]] sier de «kan dukke opp». Det er piggdekk til 9 000 kr."),
    ("survey", "Budet, som signerte som [[person:M. Kowalczyk]] i appen, la maten på feil dørmatte. Jeg bor i "
               "[[address:Tordenskjolds gate 9, 4612 Kristiansand]], ikke i 9B."),
    ("survey", "Appen krasjer hver gang jeg prøver å legge inn kortet. ((neg:iOS 17.4)), ((neg:iPhone 13)). Feilkode "
               "((neg:E-{N4}))."),
    ("survey", "Tannlegen var grundig, men 3 450 kr for en fylling er for mye. Tannhelsesekretær [[person:Siv]] var flink "
               "til å forklare, det skal hun ha."),
    ("survey", "Jeg er tysk og bor i Norge. Lønnen min går fortsatt til [[account:{IBAN_DE_SP}]] fordi dere ikke godtok "
               "D-nummer ved kontoåpning. Rådgiver [[person:Ingrid Bakke Haugen]] sa at det skulle være ordnet i mai."),
]

NB_SURVEY_C = [
    ("survey", "Videresender svaret jeg fikk:\n\n-------- Videresendt melding --------\nFra: [[person:Trine Hovland]] "
               "<[[email:t.hovland@fjordkraftig.no]]>\nSendt: fredag 8. mars 2024 10:22\nTil: "
               "[[email:gunnar.r@broadpark.no]]\nEmne: SV: Faktura ((neg:{N8}))\n\nHei [[person:Gunnar]], vi har "
               "kreditert fakturaen.\n--------\n\nMen kreditnotaen har aldri kommet."),
    ("survey", "Helt greit kjøpesenter, men parkeringen koster 45 kr timen etter kl. 17, og skiltingen mot utgangen i "
               "((neg:Olav Kyrres gate)) er elendig."),
    ("survey", "Tlf. [[phone:+47 932 10 887]] (jobb) eller [[phone:0047 22 60 41 19]] (hjemme). Saken gjelder fakturaen "
               "for mars, der dere har tatt betalt for to rutere."),
    ("survey", "Vennligst endre kontonummeret for utbetaling av lånet til [[account:{NOACC_PL}]]. Bekreftelse er sendt fra "
               "[[email:yilmaz.deniz@outlook.com]]. Mvh [[person:Deniz Yilmaz]]"),
    ("survey", "Dere har registrert fødselsdatoen min som ((neg:31.04.1985)), som jo ikke finnes. Kundenummer "
               "((neg:{BAD11})). Rett det."),
    ("survey", "pappa, [[person:Leif Hagen]], døde i januar og vi får fortsatt regning på bilforsikringen hans. fnr "
               "[[national_id:{FNR}]]. jeg er [[person:Stine]], datteren, og kan nås på [[phone:95287310]]."),
    ("survey", "Renovasjonen har ikke tømt dunken i [[address:Solveien 17, 1412 Sofiemyr]] på tre uker. Sol og varme "
               "gjør at det lukter fælt i hele gata."),
    ("survey", "Vår opplevelse med flyttebyrået var god. Mannskapet var raskt og forsiktig med pianoet. Pris 14 900 kr "
               "inkl. mva."),
    ("survey", "Ros til de ansatte på senteret i Sandnes: [[person:Hassan]], [[person:Ida Marie]], [[person:Eirik]] og "
               "[[person:Thu Trang]]. Dere er grunnen til at jeg fortsatt trener."),
    ("survey", "Kan dere ikke ha åpent til kl. 21 på torsdager? Mange jobber til 17 og rekker ikke innom. Ellers en fin "
               "butikk."),
    ("survey", "Utleier svarer ikke om depositumet på 24 000 kr. Leiekontrakt ((neg:{N6})). SKRIV TIL MEG PÅ "
               "[[email:THOMAS.AASEN@GMAIL.COM]], JEG SJEKKER IKKE SMS."),
    ("survey", "Jeg var på legevakten med mamma i natt. Sykepleier [[person:Marte]] var fantastisk, mens legen (dr. "
               "[[person:Haugen]]) var ganske brysk. Vi ventet i 4 timer."),
    ("survey", "Jeg fikk faktura på 0 kr med forfall ((neg:15.05.2024)) og KID ((neg:{KID})). Hva skal jeg med den? "
               "Sløsing med papir."),
    ("survey", "Jeg bestilte til broren min i Polen, [[person:Paweł Nowak]], og pakken kom i retur fordi dere skrev feil "
               "postnummer. Telefonen hans er [[phone:+48 698 114 205]], den sto i bestillingen."),
    ("survey", "Jeg jobber i Norge med D-nummer [[national_id:{DNR}]] og får ikke BankID. Filialen i Bodø sa at de ikke "
               "kunne hjelpe. Adresse: [[address:Havnegata 3, 8006 Bodø]]. Hilsen [[person:Tomas Petrauskas]]"),
]

NB_SOCIAL = [
    ("social", "@[[person:ole_martin88]] samme her, nettet har vært nede i hele Bodø siden i morges 😡 #nettfeil"),
    ("social", "Sol, 22 grader og null kø på Flytoget. Mai er best ☀️✈️"),
    ("social", "Hvis noen fant en svart lommebok på bussen linje 20 i går: ring [[phone:46910733]] eller send DM. "
               "Finnerlønn! 🙏"),
    ("social", "gi [[person:vegard]] på XXL Lagunen lønnsøkning!!! fikset sykkelen min på 10 min 🚲🔧"),
    ("social", "Fikk strømregning på 4 812 kr for januar. I en toroms. Hvordan skal folk ha råd til dette?? #strømpris"),
    ("social", "Advarsel: en fyr som kaller seg [[person:Robin Tveit]] selger falske konsertbilletter på Finn. Nummeret "
               "han bruker er [[phone:+47 473 80 215]]. Del! ⚠️"),
    ("social", "takk til [[person:Aisha]] og [[person:Tore]] på legekontoret i Grimstad som tok imot meg uten time 💙"),
    ("social", "Per nå har flyselskapet forsinket 3 av mine 4 siste flyvninger. Rekord? ✈️🙃"),
    ("social", "Ny leilighet! Adressen er [[address:Bjørnstjerne Bjørnsons gate 110, 3044 Drammen]] for dere som skal "
               "sende kort 🏠🎉 (fiberen kommer først om 3 uker though 🙄)"),
    ("social", "Leter etter folk som har hatt problemer med fiberleverandøren i Sandnes. Send meg en mail, "
               "[[email:kv.sandnes@gmail.com]], vi vurderer å klage samlet. cc @[[person:linnea.h]]"),
    ("social", "Kundeservice hos Vy: «ta det opp med Entur». Entur: «ta det opp med Vy». 🔁 Saksnr ((neg:{N8}))"),
    ("social", "KAN [[person:OLA]] SOM LEVERTE MATEN MIN I KVELD RINGE MEG?? han fikk med seg nøklene mine 😭 "
               "[[phone:99 27 14 63]]"),
    ("social", "Frisøren på hjørnet tar 890 kr for en herreklipp nå. Vår i lufta, men prisene er vinter. ❄️💸"),
]

NB_INTERVIEW = [
    ("interview", "Intervjuer: Hvordan var det å bytte strømleverandør?\n[[person:Kari Anne]]: Rotete. Jeg fikk "
                  "regning fra begge i to måneder.\nIntervjuer: Hva gjorde du?\n[[person:Kari Anne]]: Sendte mail fra "
                  "[[email:karianne.dybdahl@hotmail.no]], men fikk bare autosvar.\nIntervjuer: Takk."),
    ("interview", "Notat fra butikkintervju, Jernia Storo, ((neg:12.04.)): Kunde (kvinne, 40-årene) savner selvbetjent "
                  "retur. Opplever de ansatte som hjelpsomme, men for få. Ingen kontaktinfo."),
    ("interview", "I: Hvem snakket du med?\nR: En som het [[person:Even]]. Han sa at jeg skulle få nytt SIM-kort i "
                  "posten.\nI: Kom det?\nR: Nei, det gikk til gammel adresse, [[address:Markveien 35B, 0554 Oslo]]. "
                  "[[person:Even]] sa at den var endret, men det var den ikke.\nI: Hvordan vil du bli kontaktet?\n"
                  "R: SMS til [[phone:954 03 118]]."),
    ("interview", "Rådgiver: Kan du bekrefte fødselsnummeret ditt?\nKunde: [[national_id:{FNR_SP}]].\nRådgiver: Takk. "
                  "Og hvilken konto skal lånet utbetales til?\nKunde: [[account:{NOACC}]], i DNB.\nRådgiver: Da har "
                  "jeg det."),
    ("interview", "Kundeintervju, tannklinikk: [[person:Ahmed Hassan]] (45) er fornøyd med behandlingen, misfornøyd med "
                  "prisen (2 900 kr for rens). Ble henvist av kollegaen [[person:Lise]]. Ønsker tilbud på SMS, "
                  "[[phone:+47 400 18 752]]."),
    ("interview", "[09:14] Agent [[person:Sandra]]: God morgen, hva gjelder det?\n[09:15] Kunde: Bussen kom ikke i dag "
                  "heller, linje 150\n[09:17] Agent [[person:Sandra]]: Beklager det. Kan jeg få navnet ditt?\n[09:17] "
                  "Kunde: [[person:Vidar Aune]]\n[09:19] Agent [[person:Sandra]]: Takk, [[person:Vidar]]. Jeg har "
                  "registrert avviket. Hvilken holdeplass gjelder det?\n[09:20] Kunde: Vettakollen, retning sentrum. "
                  "Den har ikke kommet kl. 07.42 på fire av fem dager denne uka, og jeg kommer for sent på jobb hver "
                  "gang.\n[09:22] Agent [[person:Sandra]]: Det er ikke greit. Jeg sender det til trafikkledelsen. Vil "
                  "du ha svar på SMS?\n[09:22] Kunde: Ja, [[phone:93 45 17 02]].\n[09:23] Agent [[person:Sandra]]: "
                  "Notert. Ha en fin dag."),
    ("interview", "Fokusgruppe, borettslag, 8 deltakere: Hovedtema var felleskostnadene (økt 18 % siden 2022) og "
                  "mangel på sykkelparkering. Flere mente at styret kommuniserer dårlig, og at referatene fra "
                  "generalforsamlingen kommer for sent. To deltakere hadde klaget på fuktskader i kjelleren i blokk C "
                  "uten å få svar, og en eldre deltaker syntes det var vanskelig å bruke den nye beboerappen. Det ble "
                  "foreslått oppslag i oppgangene i tillegg til digitale varsler. Vaktmestertjenesten fikk stort sett "
                  "god omtale. Gjennomsnittlig tilfredshet på skalaen 1–10 var 5,8. Ingen personopplysninger notert."),
    ("interview", "Intervjuer: Fortell om hendelsen på verkstedet.\n[[person:Åsmund]]: Jeg leverte bilen kl. 8. Kl. 15 "
                  "ringte [[person:Frode]] fra verkstedet og sa at den var skadet i vaskehallen.\nIntervjuer: Hva "
                  "tilbød de?\n[[person:Åsmund]]: Ingenting. Min egen forsikring måtte ta det."),
    ("interview", "Telefonnotat, servicetorget: Innringer [[person:Gudrun Lie]] (fnr. [[national_id:{FNR}]]) klager på at "
                  "hjemmesykepleien kommer for sent. Bor i [[address:Storgata 88, 2. etg., 9008 Tromsø]]. Sønnen "
                  "[[person:Per Arne]] ringer også jevnlig om samme sak."),
    ("interview", "Intervjuer: Og hva skjedde med refusjonen?\n[[person:James]]: They sent it to my UK account, sort "
                  "code [[account:20-45-77]], account [[account:41872230]], but I closed that one last year.\n"
                  "Intervjuer: Så pengene er borte?\n[[person:James]]: Ja, foreløpig."),
    ("interview", "I: Bruker du appen eller nettsiden?\nR: Appen, men den er treg. Jeg prøvde å betale med Vipps og fikk "
                  "feilmelding ((neg:{N6})).\nI: Hva gjorde du da?\nR: Betalte i kassa. Tok to minutter."),
    ("interview", "Kundesamtale, forsikring: Kunden, [[person:R. Kristiansen]], fødselsnr. [[national_id:{FNR}]] bekreftet, "
                  "ønsket kopi av polisen på e-post til [[email:rune.kristiansen@lyse.net]]. Polisenr. ((neg:{N9})). Var "
                  "fornøyd med svartiden."),
    ("interview", "Medarbeider: Har du fødselsnummer?\nKunde: Nei, D-nummer. [[national_id:{DNR}]].\nMedarbeider: Og "
                  "navnet?\nKunde: [[person:Nguyen Van Minh]], men alle kaller meg [[person:Minh]].\nMedarbeider: "
                  "Telefon?\nKunde: [[phone:+47 925 60 341]]."),
    ("interview", "Intervju med bud fra matleveringsappen (anonymisert etter ønske): forteller om 11-timers skift, 68 kr "
                  "per levering og at kundene ofte oppgir feil oppgang. Nevner ingen kunder ved navn."),
    ("interview", "I: Hvem i familien tar seg av regningene?\nR: Det er kona mi, [[person:Tone]]. Hun har alt på "
                  "eFaktura.\nI: Og barna?\nR: [[person:Sigurd]] og [[person:Maja-Lin]] er for små ennå, heldigvis. Vi har "
                  "ett felles nummer hjemme, [[phone:51 88 32 09]], det er det dere kan bruke."),
    ("interview", "Samtale med kunde som har flyttet til Spania: [[person:Bente Rasmussen]] ønsker at pensjonen fortsatt "
                  "utbetales til norsk konto [[account:{IBAN_NO_SP}]]. Ny spansk telefon [[phone:+34 612 345 678]]. "
                  "E-post uendret ([[email:bente.r@getmail.no]])."),
    ("interview", "Intervjuer: Hvordan var kontakten med boligselskapet?\n[[person:Fatima]]: Dårlig. Jeg meldte fukt i "
                  "juni.\nIntervjuer: Fikk du svar?\n[[person:Fatima]]: En mann som het [[person:Storm]], tror jeg, kom "
                  "og så på det. Han sa det var min feil fordi jeg tørker klær inne."),
]

# === MAIN ===

PLACEHOLDER_RE = re.compile(r"\{([A-Z0-9_]+)(?::([a-z0-9]+))?\}")
MARKUP_RE = re.compile(r"\[\[(person|email|phone|national_id|address|account):(.+?)\]\]|\(\(neg:(.+?)\)\)", re.S)
EMAIL_RE = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
PUNCT_START_OK = {"phone": "+"}


def fill_placeholders(text):
    cache = {}

    def rep(m):
        name, tag = m.group(1), m.group(2)
        if name not in GEN:
            raise KeyError("unknown placeholder %s" % name)
        if tag is None:
            return GEN[name]()
        key = (name, tag)
        if key not in cache:
            cache[key] = GEN[name]()
        return cache[key]

    return PLACEHOLDER_RE.sub(rep, text)


def parse(text):
    out, spans, negs, pos = [], [], [], 0
    length = 0
    for m in MARKUP_RE.finditer(text):
        pre = text[pos:m.start()]
        out.append(pre)
        length += len(pre)
        if m.group(1):
            val = m.group(2)
            spans.append({"start": length, "end": length + len(val), "kind": m.group(1)})
        else:
            val = m.group(3)
            negs.append((length, length + len(val), val))
        out.append(val)
        length += len(val)
        pos = m.end()
    out.append(text[pos:])
    return "".join(out), spans, negs


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
            assert 8 <= len(digits) <= 14 and re.fullmatch(r"\+?[\d ()./-]+", v), (rid, "bad phone", v)
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
    for a, b, v in negs:
        d = re.sub(r"[\s.+-]", "", v)
        if d.isdigit() and len(d) in (10, 11, 12):
            assert not any_id_check_passes(v), (rid, "ID-shaped negative passes a check", v)
        if re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9 ]+", v):
            assert not iban_valid(v), (rid, "IBAN-shaped negative valid", v)


def main():
    groups = [
        ("da", DA_SURVEY_A + DA_SURVEY_B + DA_SURVEY_C + DA_SOCIAL + DA_INTERVIEW),
        ("nb", NB_SURVEY_A + NB_SURVEY_B + NB_SURVEY_C + NB_SOCIAL + NB_INTERVIEW),
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
        rec = {"id": "pii4-danb-%04d" % i, "text": text, "lang": lang, "genre": genre, "pii": spans}
        validate(rec, negs)
        records.append(rec)
    with open(OUT, "w", encoding="utf-8") as f:
        for rec in records:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
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
    print("lang  texts  noPII  " + "  ".join("%s" % k for k in KINDS) + "  | survey social interview")
    for lang in ("da", "nb"):
        print("%-4s  %5d  %5d  " % (lang, n_texts[lang], n_empty[lang])
              + "  ".join("%*d" % (len(k), kind_counts[lang][k]) for k in KINDS)
              + "  | %6d %6d %9d" % tuple(genre_counts[lang][g] for g in ("survey", "social", "interview")))
    print("wrote %d records to %s" % (len(records), OUT))


if __name__ == "__main__":
    main()
