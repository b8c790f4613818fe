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
import json
import os
import random
import re

SEED = 31337
rng = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "pii_holdout_danb.jsonl")
KINDS = ("person", "email", "phone", "national_id", "address", "account")


# ----------------------------------------------------------------------------- checks
def valid_date(y, m, d):
    try:
        datetime.date(y, m, d)
        return True
    except ValueError:
        return False


CPR_W = [4, 3, 2, 7, 6, 5, 4, 3, 2, 1]


def cpr_century(yy, d7):
    if d7 <= 3:
        return 1900
    if d7 in (4, 9):
        return 2000 if yy <= 36 else 1900
    return 2000 if yy <= 57 else 1800


def cpr_birth(d):
    """Birth date of a 10-digit CPR string, or None if the date is impossible."""
    if len(d) != 10 or not d.isdigit():
        return None
    dd, mm, yy = int(d[0:2]), int(d[2:4]), int(d[4:6])
    y = cpr_century(yy, int(d[6])) + yy
    return datetime.date(y, mm, dd) if valid_date(y, mm, dd) else None


def cpr_mod11(d):
    return sum(int(c) * w for c, w in zip(d, CPR_W)) % 11 == 0


def cpr_strict(d):
    """Valid date and (mod 11 or born 2007 or later: those numbers need not pass mod 11)."""
    b = cpr_birth(d)
    return b is not None and (cpr_mod11(d) or b.year >= 2007)


def cpr_lenient(d):
    return cpr_birth(d) is not None


FNR_W1 = [3, 7, 6, 1, 8, 9, 4, 5, 2]
FNR_W2 = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]


def fnr_controls(first9):
    d = [int(c) for c in first9]
    k1 = 11 - sum(a * b for a, b in zip(d, FNR_W1)) % 11
    k1 = 0 if k1 == 11 else k1
    if k1 == 10:
        return None
    d.append(k1)
    k2 = 11 - sum(a * b for a, b in zip(d, FNR_W2)) % 11
    k2 = 0 if k2 == 11 else k2
    if k2 == 10:
        return None
    return "%d%d" % (k1, k2)


def fnr_century(yy, ind):
    if ind <= 499:
        return 1900
    if ind <= 749 and yy >= 54:
        return 1800
    if yy <= 39:
        return 2000
    if ind >= 900:
        return 1900
    return None


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
    c = fnr_century(yy, ind)
    return c is not None and valid_date(c + yy, mm, dd)


def luhn_ok(s):
    tot = 0
    for i, ch in enumerate(s):
        v = int(ch) * (2 if i % 2 == 0 else 1)
        tot += v - 9 if v > 9 else v
    return tot % 10 == 0


def se_valid(d):
    """Swedish personnummer / samordningsnummer (day+60), 10 or 12 digits, Luhn."""
    if not d.isdigit() or len(d) not in (10, 12):
        return False
    core = d[-10:]
    mm, dd = int(core[2:4]), int(core[4:6])
    if dd > 60:
        dd -= 60
    years = [int(d[:4])] if len(d) == 12 else [1900 + int(core[:2]), 2000 + int(core[:2])]
    if not any(valid_date(y, mm, dd) for y in years):
        return False
    return luhn_ok(core)


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


def iban_num(s):
    return int("".join(str(int(ch, 36)) for ch in s))


def iban_valid(v):
    s = v.replace(" ", "")
    return re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s) is not None and iban_num(s[4:] + s[:4]) % 97 == 1


NO_ACC_W = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]


def no_acc_check(first10):
    r = sum(int(c) * w for c, w in zip(first10, NO_ACC_W)) % 11
    k = 0 if r == 0 else 11 - r
    return None if k == 10 else str(k)


def no_acc_valid(v):
    d = re.sub(r"\D", "", v)
    return len(d) == 11 and no_acc_check(d[:10]) == d[10]


# ----------------------------------------------------------------------------- generators
def rdigits(n):
    return "".join(str(rng.randint(0, 9)) for _ in range(n))


def rdate(y0, y1):
    while True:
        y, m, d = rng.randint(y0, y1), rng.randint(1, 12), rng.randint(1, 31)
        if valid_date(y, m, d):
            return y, m, d


def gen_cpr(fmt="dash", mod=True):
    while True:
        if mod:
            y, m, d = rdate(1932, 2006)
        else:
            y, m, d = rdate(2007, 2013)
        yy = y % 100
        if y < 1937:
            d7 = rng.randint(0, 3)
        elif y < 2000:
            d7 = rng.choice([0, 1, 2, 3, 4, 9])
        else:
            d7 = rng.randint(4, 9)
        s = "%02d%02d%02d%d%s" % (d, m, yy, d7, rdigits(3))
        b = cpr_birth(s)
        if b is None or b.year != y:
            continue
        if mod != cpr_mod11(s):
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
        y, m, d = rdate(1940, 2016)
        yy = y % 100
        if y >= 2000:
            ind = rng.randint(500, 999)
        else:
            ind = rng.randint(0, 499)
        dd = d + 40 if dnr else d
        first9 = "%02d%02d%02d%03d" % (dd, m, yy, ind)
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
        y, m, d = rdate(1916, 1923) if old else rdate(1945, 2004)
        dd = d + 60 if samordning else d
        core9 = "%02d%02d%02d%s" % (y % 100, m, dd, rdigits(3))
        for c in "0123456789":
            if luhn_ok(core9 + c):
                s = core9 + c
                break
        if se_valid(s):
            break
    if fmt == "long":
        return "%d%s-%s" % (y // 100, s[:6], s[6:])
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
    pre = rng.choice(["20", "21", "22", "23", "24", "25", "26", "27", "28", "29", "30", "31", "40", "41",
                      "42", "50", "51", "52", "53", "60", "61", "71", "81", "91", "93"])
    return pre + rdigits(6)


def dk_land_digits():
    return rng.choice(["33", "35", "36", "38", "39", "43", "44", "45", "46", "48", "56", "62", "64", "66",
                       "74", "75", "76", "86", "87", "89", "96", "97", "98"]) + rdigits(6)


def pairs(s):
    return " ".join(s[i:i + 2] for i in range(0, len(s), 2))


def no_mobile_digits():
    return rng.choice(["4", "9"]) + rdigits(7)


def no_land_digits():
    return rng.choice(["22", "23", "55", "73", "51", "38", "61", "69", "77"]) + rdigits(6)


def no_323(s):
    return "%s %s %s" % (s[:3], s[3:5], s[5:])


def se_mobile():
    return "07" + rng.choice("0236") + rdigits(7)


def iban_make(cc, bban, spaced):
    chk = 98 - iban_num(bban + cc + "00") % 97
    s = "%s%02d%s" % (cc, chk, bban)
    assert iban_valid(s)
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4)) if spaced else s


def no_account_digits():
    while True:
        first10 = rng.choice(["1503", "1206", "9710", "3000", "1822", "2801", "6011", "1254", "9365",
                              "1594", "3208", "4202"]) + rdigits(6)
        k = no_acc_check(first10)
        if k is None:
            continue
        s = first10 + k
        if looks_like_id(s):
            continue
        return s


def dk_reg():
    return rng.choice(["3409", "3001", "2211", "7910", "9570", "6695", "5301", "1551", "0400", "9217"])


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
        return no_323(no_mobile_digits())
    if name == "NOM":
        return no_mobile_digits()
    if name == "NOM_P47":
        return "+47 " + no_323(no_mobile_digits())
    if name == "NOM_P47C":
        return "+47" + no_mobile_digits()
    if name == "NOM_0047":
        return "0047 " + no_mobile_digits()
    if name == "NOM_2222":
        return pairs(no_mobile_digits())
    if name == "NOM_P47_2222":
        return "+47 " + pairs(no_mobile_digits())
    if name == "NOL":
        return pairs(no_land_digits())
    if name == "SEM":
        s = se_mobile()
        return "%s-%s %s %s" % (s[:3], s[3:6], s[6:8], s[8:])
    if name == "SEM_P46":
        s = se_mobile()[1:]
        return "+46 %s %s %s %s" % (s[:2], s[2:5], s[5:7], s[7:])
    if name == "SEM_PLAIN":
        return se_mobile()
    if name == "UKM":
        return "07700 900%03d" % rng.randint(0, 999)
    if name == "UKM_P44":
        return "+44 7700 900%03d" % rng.randint(0, 999)
    if name == "UKL":
        return "020 7946 0%03d" % rng.randint(0, 999)
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
        return "%s.%s.%s" % (s[:4], s[4:6], s[6:])
    if name == "NO_ACC_SP":
        s = no_account_digits()
        return "%s %s %s" % (s[:4], s[4:6], s[6:])
    if name == "NO_ACC_PLAIN":
        return no_account_digits()
    if name == "NO_IBAN":
        return iban_make("NO", no_account_digits(), True)
    if name == "SE_IBAN":
        return iban_make("SE", rng.choice(["500", "800", "300", "600", "120"]) + rdigits(17), True)
    if name == "GB_IBAN":
        return iban_make("GB", rng.choice(["NWBK", "BARC", "LOYD", "MIDL"]) + rdigits(14), True)
    if name == "DE_IBAN":
        return iban_make("DE", rng.choice(["10070000", "20041111", "50010517", "37040044"]) + rdigits(10),
                         rng.random() < 0.5)
    if name == "UK_SORT":
        return "%02d-%02d-%02d" % (rng.randint(10, 99), rng.randint(0, 99), rng.randint(0, 99))
    if name == "UK_ACC":
        return rng.choice("1234567") + rdigits(7)
    raise KeyError(name)


# ----------------------------------------------------------------------------- texts: Danish
S, SO, I = "survey", "social", "interview"

DA = [
    # --- survey
    (S, "Jeg har ringet til YouSee fire gange om det samme nedbrud. Sidst talte jeg med [[person:Kasper]], "
        "som lovede at ringe tilbage på [[phone:{DKM_SP}]] inden fredag. Det skete aldrig."),
    (S, "Fakturaen fra Andel Energi (fakturanr. ((neg:40718263))) var på ((neg:2.417,50 kr)) for ((neg:marts)) – "
        "det er næsten det dobbelte af sidste år. Ingen forklaring på hjemmesiden."),
    (S, "[[person:Birgit Kjærgaard]]\n[[address:Lærkevej 17, st. tv., 5200 Odense V]]\n\n"
        "Vedr. sag ((neg:2024-118734)): Jeres montør har efterladt et hul i facaden efter fiberinstallationen den "
        "((neg:14. februar)). Jeg forventer, at det bliver udbedret hurtigst muligt. Jeg kan kontaktes på "
        "[[phone:{DKM_44}]] eller [[email:birgit.kjaergaard@mail.dk]]."),
    (S, "Rejsekortet trak mig ((neg:64 kr)) for en tur fra Valby til Hellerup. Det kan ikke passe. "
        "Kortnummer ((neg:3083 7100 4255 1936)), turen var ((neg:d. 3/11)) ca. kl. ((neg:7.50))."),
    (S, "Min mor [[person:Tove]] på 84 år fik et brev fra kommunen med MIT cpr-nummer ([[national_id:{CPR}]]) "
        "i stedet for hendes eget. Det er simpelthen ikke i orden, og jeg vil gerne vide, hvem der ellers har set det."),
    (S, "Tak til [[person:Bo]] i Bilka Tilst, som hjalp mig med at bære vaskemaskinen ud til bilen. "
        "Han burde nærmest ((neg:bo)) i butikken, så god er han til sit arbejde."),
    (S, "Held og ((neg:lykke)) med at få fat i nogen hos kundeservice før kl. ((neg:16.30)). "
        "Jeg har ventet i 47 minutter i dag og blev afbrudt to gange."),
    (S, "Når man sidder i kø hos Udbetaling Danmark og de beder om cpr-nummer i telefonen, og bagefter "
        "spørger om det igen på mail... jeg har nu skrevet [[national_id:{CPR_ND}]] tre gange. Hvorfor gemmer I det ikke?"),
    (S, "Jeres nye app virker ikke med MitID på min Android (Samsung Galaxy ((neg:A54))).\n\nVenlig hilsen\n"
        "[[person:Henrik Schmidt-Nielsen]]\nIndehaver, ((neg:Schmidts VVS ApS))\nMobil: [[phone:{DKM_P45}]]\n"
        "[[email:henrik@schmidtsvvs.dk]]\nCVR ((neg:38104452))"),
    (S, "Pakken med ordrenr. ((neg:20817364)) blev leveret til en pakkeshop i Brøndby Strand i stedet for "
        "Glostrup. Sporingsnummer ((neg:05731948261734)). Tre dage at hente den. Det er ikke service."),
    (S, "Fik en sms fra [[phone:{DKM}]] om at min pakke var tilbageholdt i tolden, med et link til betaling. "
        "Det var svindel. Synes I skal advare kunderne tydeligt på forsiden."),
    (S, "Lægehuset i Ry: dr. [[person:Vestergaard]] er fantastisk, men sekretæren ville ikke give os en tid "
        "før om tre uger, selvom mit barnebarn [[person:Malthe]] havde 39,5 i feber."),
    (S, "((neg:Januar))-udsalget hos Power var en skuffelse. iPhone 15 var kun ((neg:300 kr)) billigere end i "
        "((neg:december)), og AirPods var ikke engang sat ned."),
    (S, "Jeg bor på [[address:Vesterbrogade 148, 3. tv., 1620 København V]] og har nu haft kakerlakker i "
        "køkkenet i to måneder. Boligforeningen reagerer ikke. Viceværten hedder [[person:Preben]], og han "
        "siger bare, at det må KAB tage sig af."),
    (S, "Vil gerne have pengene tilbage på min konto [[account:{DK_ACC}]] og ikke som et gavekort. Jeg "
        "returnerede varen for 3 uger siden (returnr. ((neg:RT-556210))). Kvittering må gerne sendes til "
        "[[email:lassemunk77@hotmail.com]]."),
    (S, "Flyet ((neg:SK 1415)) fra Billund var 2 timer forsinket og der var ingen information ved gaten. "
        "Fik en voucher på ((neg:100 kr)) som ikke kunne bruges nogen steder i lufthavnen."),
    (S, "FORSIKRINGEN ER EN JOKE. [[person:LONE]] FRA SKADEAFDELINGEN HAR LOVET MIG SVAR I 5 UGER. "
        "police nr ((neg:6544-118-02)). RING NU PÅ [[phone:{DKM_SP}]]!!!"),
    (S, "Min søn [[person:Storm]] på 7 år blev glemt i skolebussen af chaufføren i ((neg:stormvejret)) "
        "sidste tirsdag. Han sad der i en halv time. Jeg er stadig rystet, og Midttrafik har ikke svaret."),
    (S, "Det var en perfekt oplevelse i Lagkagehuset på Torvegade – hurtig betjening og friske boller, "
        "selv en søndag morgen."),
    (S, "Ang. tandlægeregningen: tandlæge [[person:J. Holm]] har taget betaling for en undersøgelse, der "
        "aldrig blev lavet. Beløbet var ((neg:845 kr)). Kvittering nr. ((neg:00918)). Svar venligst til "
        "[[email:asger.dahl-s@outlook.dk]]."),
    (S, "Hej, jeg skifter til jer fra Telia. Mit nuværende nummer er [[phone:{DKM_0045}]] – det skal flyttes "
        "med. Kundenummer hos Telia: ((neg:41229013))."),
    (S, "Kommunen har nu haft min ansøgning om boligstøtte i 11 uger, sagsnr. ((neg:{BAD10})). "
        "Ingen svar, ingen kvittering, intet."),
    (S, "Kæmpe ros til [[person:Fatima]] og [[person:Nguyen]] på nattevagten på skadestuen i Hvidovre. "
        "De tog sig af min far [[person:Kaj]], som om det var deres egen."),
    (S, "Fitness World opkrævede mig to gange i maj. Medlemsnummer ((neg:7790312)). Beløbet skal tilbage på "
        "[[account:{DK_ACC_SP}]]. Mvh [[person:Jeppe]]"),
    (S, "Elbilladeren ved Føtex Holstebro har været ude af drift siden ((neg:2024-03-12)). "
        "Stander-ID ((neg:DK*CLE*E4471)). Appen siger stadig, at den er ledig."),
    (S, "Videresender lige den mail, min kæreste sendte jer:\n---------- Videresendt besked ----------\n"
        "Fra: [[person:Rikke Østergaard]] <[[email:rikke.ostergaard@privatmail.dk]]>\nDato: ((neg:3. apr. 2024 kl. 09.12))\n"
        "Emne: Flytning af el\n\nVi overtager lejligheden 1. maj, vil I sørge for strøm?\n----\n"
        "Hun fik aldrig svar. Vi sad uden strøm i fire dage."),
    (S, "Jeg ringede til 1813 kl. 3 om natten med min datter [[person:Sol]], der havde svært ved at trække "
        "vejret. Ventetid 40 min. ((neg:Solen)) var stået op, før vi så en læge."),
    (S, "Ventetiden hos Borgerservice er vanvittig. Fik tid ((neg:14/6)) kl. ((neg:09:40)), men de var lukket "
        "pga. kursus. Ingen havde sendt besked."),
    (S, "Lejligheden på [[address:Ringkøbingvej 203, 7400 Herning]] blev overtaget med skimmelsvamp i "
        "badeværelset. Udlejer [[person:Mogens Bækgaard]] vil ikke betale for afrensning. Kan I hjælpe? "
        "Ring [[phone:{DKL_SP}]] efter kl. 17."),
    (S, "Wolt-budet ([[person:Mohammed]] ifølge appen) ringede fra [[phone:{DKM_P45C}]] og spurgte om vejen "
        "3 gange. Maden var kold. Men han var sød, så det er ikke ham, jeg er sur på."),
    (S, "Alm. Brand har hævet præmien på husforsikringen med 18 % uden varsel. Policenr. ((neg:{BAD10ND})). "
        "Jeg overvejer at skifte."),
    (S, "Min mand [[person:Bent]] har kræft, og vi har bedt om at få flyttet hans scanning. [[person:Bents]] "
        "cpr-nr. er [[national_id:{CPR}]]. I kan kontakte mig, [[person:Gitte]], på [[phone:{DKM_SP}]] eller "
        "[[email:gitte.og.bent@jubii.dk]]."),
    (S, "Superbrugsen i Gørding har altid tomme hylder om søndagen. Brødet er udsolgt kl. 11."),
    (S, "Der står et forkert navn på min regning: \"[[person:Ahmed Yilmaz]]\" – jeg hedder [[person:Ahmet Yılmaz]], "
        "med t og med det tyrkiske ı. Jeg har bedt om rettelse tre gange nu."),
    (S, "Jeg mistede min pung i 5C i går. Hvis chaufføren har fundet den, står mit navn [[person:Zainab Hussaini]] "
        "på sundhedskortet. Kontakt mig på [[phone:{DKM_44}]]."),
    (S, "Bestilte værkstedstid til min Volvo XC60 kl. ((neg:8.00)) – bilen var først klar ((neg:16.45)). "
        "Regning ((neg:4.650,-)) for et olieskift og et pærenummer. For dyrt."),
    (S, "Ros til skadebehandler [[person:Agnieszka]] hos Tryg. Hun fik styr på vandskaden på "
        "[[address:Kastanie Allé 6, 4000 Roskilde]] på under en uge. Sådan skal det være."),
    (S, "MobilePay-overførslen gik til forkert nummer! Jeg tastede [[phone:{DKM}]], men pengene landede hos "
        "en helt anden. Banken siger, det er mit problem. Pengene blev trukket fra [[account:{DK_ACC}]]."),
    (S, "Spørgsmål: Hvorfor skal jeg oplyse mit cpr-nummer for at købe et taletidskort til ((neg:29 kr))? "
        "Det virker overdrevet."),
    (S, "Jeg er gift med en svensker, og min kone [[person:Annika]] har svensk personnummer "
        "[[national_id:{SPNR}]]. Jeres tilmelding kan ikke håndtere det, så hun kan ikke blive medlem."),
    (S, "Meget tilfreds. Sælgeren [[person:Rasmus]] i Elgiganten Rødovre forklarede forskellen på de to "
        "støvsugere uden at presse mig."),
    (S, "Bestillingen skulle sendes til [[address:Bredgade 52A, 6000 Kolding]], men blev sendt til min gamle "
        "adresse. Jeg har opdateret profilen to gange!! kundenr. ((neg:50913377)), mail "
        "[[email:MARIANNE.BROCK@GMAIL.COM]]"),
    (S, "Pantautomaten i Netto på Jagtvej tager ikke dåser. Det har den ikke gjort siden påske."),
    (S, "Forældreintra er en katastrofe. Lærer [[person:Kirsten Lund-Madsen]] kan ikke se mine beskeder om "
        "[[person:Frejas]] fravær, og nu har vi fået en bekymringsskrivelse."),
    (S, "Kontaktinfo hvis I vil høre mere: [[person:Piotr Kowalski]], [[phone:+48 601 234 567]] (polsk nr.) "
        "eller [[phone:{DKM_P45_44}]] (dansk)."),
    (S, "Mangler I folk? Kassen i Rema 1000 var ubemandet i 10 minutter, og der stod 12 mennesker i kø."),
    (S, "Min datter [[person:Ida]] på 16 kan ikke oprette en ungdomskonto, fordi jeres system afviser hendes "
        "cpr-nummer [[national_id:{CPR_X}]] som 'ugyldigt'. Det er et helt ægte nummer fra Borgerservice!"),
    (S, "Telefonen ringede fra et skjult nummer kl. ((neg:21.30)) med et 'tilbud' fra jeres salgsafdeling. "
        "Jeg er på Robinsonlisten."),
    (S, "Kære Norlys. Jeg flytter pr. 1. august fra [[address:Ved Stranden 3, 2. th., 9000 Aalborg]] til "
        "[[address:Grønnegade 88, 5700 Svendborg]]. Måler-ID ((neg:571313174500283916)). Mit cpr, hvis I skal "
        "bruge det: [[national_id:{CPR_SP}]]. Hilsen [[person:Lykke Holm Sørensen]], [[email:lykke.hs@live.dk]]"),
    (S, "OBS: [[person:ole]] i butikken sagde, at jeg kunne bytte uden kvittering, men i dag ville hans "
        "kollega ikke. Hvem bestemmer??"),
    (S, "Meget svært at finde ud af, hvilket reg.nr. og kontonummer man skal bruge til at betale restskat. "
        "Hjemmesiden er et rod."),
    (S, "Jeg bor midlertidigt i Manchester og kan kun få refusion via IBAN: [[account:{GB_IBAN}]]. "
        "Bestilling ((neg:31774820)). Engelsk mobil: [[phone:{UKM}]]."),
    (S, "Telefonmødet med rådgiver [[person:Søren]] blev aflyst to gange. Nummeret, jeg skal ringes op på, er "
        "[[phone:{DKM_SP}]] – ikke fastnetnummeret [[phone:{DKL_SP}]], som står i systemet. Det har vi ikke "
        "haft siden 2015."),
    (S, "Mht. min tandlæge i Brønshøj: tiden den ((neg:30.09)) blev ændret til ((neg:02.10)) uden at jeg fik "
        "besked. Heldigvis så jeg det i appen."),
    (S, "Ansøgningen om hjælpemidler til min far, [[person:Erik Kowalczyk]] (cpr [[national_id:{CPR_ND}]]), "
        "blev sendt til kommunen 2. maj. Han bor på [[address:Skovvænget 14, 4780 Stege]]. Ingen har kigget "
        "på den endnu. Jeg er hans værge."),
    (S, "Bank skiftet til Lunar. Nyt kontonummer til lønnen: [[account:{DK_IBAN_C}]] (IBAN). Kan I rette det, "
        "så jeg ikke skal ringe igen?"),
    (S, "Landekode: +45, nummer: [[phone:{DKM_SP}]] – jeres formular splitter det op, og derfor fik jeg aldrig "
        "sms'en om afhentning."),

    # --- social
    (SO, "@YouSee_DK hvorfor er nettet nede i hele ((neg:8210)) igen?? 3. gang denne uge 😡😡 #fiber"),
    (SO, "shoutout til [[person:mikkel]] på Joe & The Juice Fisketorvet der gav mig gratis shot fordi jeg så "
         "trist ud 🥹💛"),
    (SO, "Har nogen oplevet at DSB-appen trækker penge for billetten 2 gange? Tog ((neg:IC 837)) til Odense i "
         "dag, betalt ((neg:2 x 298 kr)) 🙄"),
    (SO, "@[[person:sofie_bkl]] du har reddet min dag 🙏 hun fandt min taske i metroen på Nørreport og "
         "afleverede den på stationen"),
    (SO, "Pas på! en fyr der kalder sig [[person:Jimmi]] sælger 'billige' rejsekort på DBA og vil have "
         "betaling til [[phone:{DKM_44}]] på MobilePay. SCAM!!! 🚩🚩"),
    (SO, "ALDRIG MERE JUST EAT. ventede 1t 40 min. kunde siden 2016. farvel 👋"),
    (SO, "Fik lige et opkald fra [[phone:{DKM_P45}]] der påstod de var fra Danske Bank og ville have min "
         "MitID-kode 😳 del gerne så ingen andre falder i"),
    (SO, "Fitness World Ryesgade: skal I ikke snart fixe det ene løbebånd?? og en kæmpe tak til instruktør "
         "[[person:Lykke]] for en fed spinningtime 🔥 held og ((neg:lykke)) med maraton!"),
    (SO, "min farmor [[person:Vibeke]] (87) stod 25 min i regnen fordi ((neg:150S)) ikke kom. @Movia hvad "
         "sker der 😤"),
    (SO, "Elsker den nye Matas i Vejle 😍 [[person:Nadia]] og [[person:Sara]] i makeupafdelingen er de bedste"),
    (SO, "PSA: Norlys har sendt min regning til forkert adresse – er der nogen på Skolegade i Esbjerg der har "
         "fået et brev til [[person:J. Kristensen]]? skriv til [[email:jk.esbjerg@gmail.com]] 🙏"),
    (SO, "Nogen der kan anbefale en god mekaniker i Aarhus-området? Værkstedet på Silkeborgvej har snydt mig "
         "for ((neg:3.000 kr)) 😡"),
    (SO, "har nogen mistet en grå kat ved Føtex i Ballerup?? 🐈 min bror [[person:Storm]] har den, ring til "
         "ham på [[phone:{DKM}]]"),

    # --- interview
    (I, "Interviewer: Hvordan oplevede du skiftet til den nye bankapp?\n[[person:Mette]]: Ærligt? "
        "Forvirrende. Jeg kunne ikke finde mine kontoudtog.\nInterviewer: Fik du hjælp?\n[[person:Mette]]: Ja, "
        "fra en [[person:Thomas]] i filialen i Viborg. Han var god.\nInterviewer: Og nu?\n[[person:Mette]]: "
        "Nu bruger jeg den hver dag."),
    (I, "I: Hvad fik dig til at opsige abonnementet?\nR: Prisen. Det steg fra ((neg:199)) til ((neg:279 kr)) "
        "uden varsel.\nI: Havde du kontakt med kundeservice?\nR: To gange. Begge gange fik jeg at vide, at det "
        "var en fejl, og at den blev rettet. Det blev den ikke.\nI: Ville du komme tilbage?\nR: Ikke for den pris."),
    (I, "Interview 14, Herning. Kunden ([[person:Hanne Bækgaard Møller]], 61) er utilfreds med "
        "fjernvarmeregningen. Hun har selv aflæst måleren ((neg:12.01.2024)) og mener, at acontobeløbet er "
        "sat for højt. Cpr oplyst: [[national_id:{CPR}]]. Ønsker at blive ringet op på [[phone:{DKL_SP}]] om "
        "formiddagen. Vil ikke have e-mail."),
    (I, "[14:02] Kunde: Hej, min pakke er ikke kommet\n[14:03] [[person:Jonas]] (kundeservice): Hej! Må jeg "
        "bede om ordrenummeret?\n[14:03] Kunde: ((neg:20456781))\n[14:05] [[person:Jonas]] (kundeservice): Tak. "
        "Den står som leveret i pakkeboksen i Netto, Valby Langgade.\n[14:06] Kunde: Den er der ikke. Koden "
        "blev sendt til [[phone:{DKM_SP}]], men den virker ikke\n[14:08] [[person:Jonas]] (kundeservice): "
        "Jeg opretter en efterlysning."),
    (I, "Hjemmebesøg hos familien [[person:Yilmaz]], Gellerup. Faren [[person:Hüseyin]] fortæller, at "
        "boligforeningen ikke har reageret på fugt i børneværelset. Datteren [[person:Elif]] (9) har astma. "
        "Adresse: [[address:Edwin Rahrs Vej 40, 1. th., 8220 Brabrand]]. Fotos vedlagt sagen."),
    (I, "I: Hvordan var turen?\nR: Toget holdt stille ved Fredericia i 50 minutter. Ingen sagde noget.\n"
        "I: Hvad ville have hjulpet?\nR: Bare en besked i højttaleren. Eller i appen. Hvad som helst."),
    (I, "Medarbejder: Må jeg bede om dit cpr-nummer?\nKunde: [[national_id:{CPR}]].\nMedarbejder: Tak. Så er "
        "du [[person:Lone Dahl]]?\nKunde: [[person:Lone Dahl Frandsen]]. [[person:Frandsen]] kom til, da jeg "
        "blev gift, og det har I aldrig fået rettet.\nMedarbejder: Det beklager jeg. Jeg retter det nu."),
    (I, "Fokusgruppe, Odense, 6 deltagere. Gennemgående tema: ventetid på telefonen (op til 45 min). To "
        "deltagere kaldte chatbotten ((neg:Ella)) 'ubrugelig'. Flere ønsker mulighed for at blive ringet op."),
    (I, "Interviewer: Du nævnte en medarbejder?\n[[person:Ahmed]]: Ja, [[person:Sanne]] fra forsikringen. "
        "Hun ringede mig op fra sit direkte nummer, [[phone:{DKM_SP}]], så jeg ikke skulle sidde i kø.\n"
        "Interviewer: Var det godt?\n[[person:Ahmed]]: Det var første gang nogen har gjort det."),
    (I, "Tlf.-interview, 8. okt. Kunden oplyste sin e-mail som [[email:n.thi.lan@yahoo.dk]] og bad om at få "
        "sag ((neg:SAG-45591)) lukket. Hun ([[person:Nguyen Thi Lan]]) mener, at garantien dækker den "
        "ødelagte skærm, og vil klage til Forbrugerklagenævnet."),
    (I, "I: Hvem hjalp dig i butikken?\nR: Ham den høje, [[person:Tor]] tror jeg. Eller [[person:Thor]] med h.\n"
        "I: Og det var i torsdags?\nR: Ja, ((neg:tor.)) den 12. Han var rigtig god."),
    (I, "Interview gennemført på Borgerservice, Aalborg. Respondenten (kvinde, ca. 40) oplevede, at "
        "selvbetjeningsautomaten ikke kunne læse sundhedskortet. Ventetid 35 minutter. Respondenten "
        "ønskede ikke at oplyse navn."),
    (I, "Kunde: Jeg vil bare have mine penge tilbage.\nMedarbejder: Det forstår jeg godt. Hvilken konto?\n"
        "Kunde: [[account:{DK_ACC_SP}]]. Reg.nr. først og så kontonummer.\nMedarbejder: Og den står i dit "
        "navn, [[person:Rasmus Kjeldsen]]?\nKunde: Ja."),
    (I, "Kunden ringede tilbage fra [[phone:{DKM_0045}]] (tysk SIM?). Hun boede tidligere på "
        "[[address:Åboulevarden 31B, 1. sal, 8000 Aarhus C]], nu i Hamborg. Ønsker depositum tilbage på "
        "[[account:{DE_IBAN}]]."),
    (I, "[09:14] Kunde: hej er der nogen\n[09:15] Bot: Hej! Jeg er ((neg:Viggo)), din digitale assistent. "
        "Hvad kan jeg hjælpe med?\n[09:15] Kunde: snakke med et menneske\n[09:16] Bot: Jeg forstår. "
        "Ventetiden er ca. 25 min.\n[09:16] Kunde: glem det"),
    (I, "Interviewer: Hvem var med til mødet i afdelingsbestyrelsen?\n[[person:Birthe]]: Mig, [[person:Jørgen]], "
        "[[person:Aisha]] og så ham den nye fra KAB, [[person:Henning]] et-eller-andet.\nInterviewer: Blev "
        "vinduerne nævnt?\n[[person:Birthe]]: Nej. Igen ikke."),
    (I, "Opfølgning på klage. Klager: [[person:Mustafa Özdemir]], cpr. [[national_id:{CPR_ND}]], "
        "[[email:mustafa.ozdemir82@gmail.com]]. Klagen vedrører en afvist skade på bil (Toyota Yaris) efter "
        "haglvejr i ((neg:juni 2023)). Klager føler sig ikke hørt."),
    (I, "I: Vil du fortælle lidt om dig selv?\nR: Jeg hedder [[person:Kaj]], er 72 og bor alene i Svendborg.\n"
        "I: Hvordan bruger du banken?\nR: Min nevø [[person:Mads]] hjælper mig med netbanken. Jeg kan ikke "
        "finde ud af alle de koder."),
]

# ----------------------------------------------------------------------------- texts: Norwegian Bokmaal
NB = [
    # --- survey
    (S, "Jeg har vært kunde hos Telenor i 19 år, og nå blir jeg behandlet som en kriminell. Rådgiveren "
        "[[person:Sindre]] sa at jeg måtte møte opp med pass i butikken i Byporten. Hvorfor det?"),
    (S, "Fakturaen fra Fjordkraft med KID ((neg:{BAD11})) ble trukket to ganger på avtalegiro. Totalt "
        "((neg:3 418,40 kr)). Ingen svarer på chatten."),
    (S, "Fra: [[person:Gunnhild Ødegård]]\n[[address:Thormøhlens gate 22, 5006 Bergen]]\nTlf. [[phone:{NOM_323}]]\n\n"
        "Til Skyss kundesenter\n\nJeg fikk gebyr på bybanen ((neg:14.03.2024)) selv om billetten var aktivert "
        "i appen 40 sekunder før kontrollen. Gebyrnr. ((neg:7730219)). Jeg ber om at gebyret frafalles."),
    (S, "Bestilte legetime via Helsenorge for datteren min, [[person:Vår]], og fikk SMS om at timen var "
        "flyttet til i morgen kl. ((neg:07.45)). Vi bor på Hamar og legekontoret ligger i Brumunddal. "
        "((neg:Våren)) er ikke akkurat tiden for å kjøre på glatt føre heller."),
    (S, "Ruter-appen sier 3 min, skiltet sier 12 min, bussen kommer aldri. Linje ((neg:37)) mot Helsfyr. "
        "Hver. Eneste. Dag."),
    (S, "Fødselsnummeret mitt er [[national_id:{FNR}]], og det står riktig i Altinn, men hos dere står det "
        "feil, så jeg får ikke logget inn med BankID. Har ringt tre ganger.\nVennlig hilsen "
        "[[person:Øystein Amundsen-Løken]]"),
    (S, "Takk til [[person:Liv]] på Kiwi Grünerløkka som løp etter meg med lommeboka mi. Det finnes "
        "fortsatt gode mennesker i dette ((neg:livet))."),
    (S, "Vi er et lite firma (org.nr. ((neg:912 345 678))) og har ventet på fiber i 14 måneder. Telia lovet "
        "oppstart i ((neg:januar)). Nå er det juni."),
    (S, "Ble oppringt fra [[phone:{NOM_P47}]] av en som sa han var fra Elkjøp og at jeg hadde vunnet en "
        "iPhone 15. Helt tydelig svindel. Dere burde advare kundene."),
    (S, "Jeg flyttet fra [[address:Kirkeveien 64, 0364 Oslo]] til [[address:Løkkeveien 7, 4008 Stavanger]] "
        "i mars, men strømavtalen ble aldri overført hos Tibber. Nå får jeg regning for begge! "
        "Svar til [[email:hilde.r.johnsen@gmail.com]] eller [[phone:{NOM_2222}]]."),
    (S, "Hei! Kan dere sende kvitteringen på nytt til [[email:kari.nordmann88@online.no]]? Den forrige "
        "havnet i søppelposten. Ordrenr. ((neg:41223344))."),
    (S, "Fastlegen min, dr. [[person:Haugen]], har sluttet, og ingen har gitt beskjed. Jeg fant det ut da jeg "
        "kom til time. Helt uakseptabelt overfor en 78 år gammel mann med hjerteproblemer."),
    (S, "Komplett leverte feil skjerm (27\" i stedet for 32\"). Returlappen fungerer ikke. "
        "Saksnummer ((neg:{BAD11})). Hva nå?"),
    (S, "D-nummeret mitt er [[national_id:{DNR}]] – jeg er polsk og jobber i Norge. NAV-skjemaet godtar det "
        "ikke. Jeg heter [[person:Tomasz Wiśniewski]], ring meg på [[phone:{NOM}]]"),
    (S, "Vaktmester [[person:Trond]] i borettslaget har lovet å fikse porttelefonen siden november. Nå er det "
        "april. Alle som bor i [[address:Markveien 35A, 0554 Oslo]] må gå ned og åpne for besøk."),
    (S, "SATS Majorstuen er altfor full på kveldstid. Ventet 20 min på en benk. ((neg:599 kr)) i måneden for dette?"),
    (S, "Forsikringssaken etter vannlekkasjen: Gjensidige ba om kontonummer og fødselsnummer. Jeg sendte "
        "[[account:{NO_ACC}]] og [[national_id:{FNR_SP}]] to ganger, men utbetalingen gikk til den gamle "
        "kontoen min. Skadenr. ((neg:{BAD11SP}))."),
    (S, "[[person:Sol]] i kassa hos Normal på Strømmen var så hyggelig! ((neg:Sola)) skinte ute, og hun fikk "
        "dagen min til å skinne også."),
    (S, "Toget fra Lillehammer (((neg:R10))) ble innstilt kl. ((neg:06:12)) uten varsel. Vy sa buss for tog, "
        "men ingen buss kom. Kom for sent på jobb for tredje gang i mars."),
    (S, "Vennligst slett alle opplysninger om meg.\nNavn: [[person:Ingrid Solberg Nygård]]\nFødselsnr.: "
        "[[national_id:{FNR}]]\nE-post: [[email:ingrid.s.nygard@gmail.com]]\nMobil: [[phone:{NOM_2222}]]\n"
        "Jeg ønsker ikke flere tilbud fra dere."),
    (S, "Sønnen min [[person:Tor]] fikk feil medisin på apoteket i Tromsø. Heldigvis oppdaget kona mi, "
        "[[person:Randi]], det før han tok den. [[person:Tor]] er 4 år."),
    (S, "Prisen på Flytoget økte til ((neg:230 kr)). For 20 minutter. Jeg tar bussen heretter."),
    (S, "Ikke fornøyd med verkstedet på Lierskogen. De sa at bilen (Tesla Model 3) var klar kl. 14, men den "
        "sto ikke ferdig før 18. Mekanikeren [[person:Kjetil]] var i det minste ærlig om at de hadde glemt den."),
    (S, "Etter at [[person:MOHAMUD]] (sjåfør på linje 20) hjalp mora mi inn med rullatoren, har hun begynt å "
        "ta bussen igjen. TUSEN TAKK!!"),
    (S, "Har betalt husleie til boligbyggelaget hver måned med KID ((neg:{BAD11})). Likevel fikk jeg purring "
        "på ((neg:70 kr)) for februar."),
    (S, "E-postene fra dere kommer fra noreply – hvordan skal jeg svare? Her er adressen min en gang til: "
        "[[email:bjorn-aage.myhre@broadpark.no]], eller send SMS til [[phone:{NOM}]]."),
    (S, "Fikk endelig snakket med en ekte person, [[person:Åse]] på kundeservice i DNB. Hun fant ut at "
        "kontoen [[account:{NO_ACC}]] var sperret på grunn av en feil ved adresseendringen."),
    (S, "Når jeg søker opp fødselsnummeret til datteren min ([[national_id:{FNR_SP}]]) i Helsenorge, kommer "
        "det opp en helt annen jente. Er ikke det et personvernbrudd?"),
    (S, "Jernia i Sandvika tok ((neg:149,-)) for å lage en nøkkel. Nøkkelen passer ikke."),
    (S, "Ring meg på [[phone:{NOL}]] (jobb) mellom 8 og 15, eller på mobil [[phone:{NOM_323}]] etter det. "
        "Det gjelder skaden på bilen min i parkeringshuset ved Oslo S."),
    (S, "Legekontoret på Nesttun har fått ny telefonløsning. Ble satt på vent i 55 minutter. Sykepleier "
        "[[person:Marte Fjeldstad]] ringte meg tilbake til slutt, og hun var helt fantastisk."),
    (S, "Ble bedt om å oppgi fødselsnummer for å hente en pakke på Posten i Rema. Det synes jeg er i overkant."),
    (S, "Hei, fakturaen for mars er feil (fakturanr. ((neg:20240331))).\n\nMed vennlig hilsen\n"
        "[[person:Kristoffer Aas]]\nDaglig leder, ((neg:Aas Rør og Varme AS))\nMob: [[phone:{NOM_P47}]]\n"
        "E-post: [[email:kristoffer@aasror.no]]\nOrg.nr. ((neg:918 273 645))"),
    (S, "Forsinkelsen med Widerøe fra Bodø gjorde at jeg mistet forbindelsen til Tromsø. [[person:Vegard]] i "
        "skranken var hjelpsom, men hotellet vi fikk var skittent."),
    (S, "3 uker uten internett. Ice sier de venter på deler. Kundenr. ((neg:48291037)). Jeg betaler "
        "((neg:449 kr)) i måneden for ingenting."),
    (S, "Fikk strømregningen adressert til [[person:Per Kristian Strøm]], som bodde her før oss. Vi har bodd "
        "på [[address:Solbakken 4, 2815 Gjøvik]] siden 2021 og har meldt flytting to ganger."),
    (S, "Kortet mitt ble belastet to ganger på Rema 1000 Storo. Kvittering vedlagt. Pengene bør tilbakeføres "
        "til [[account:{NO_ACC_SP}]]. Kopi til [[email:siv.ottesen@hotmail.no]]. Hilsen [[person:Siv]]"),
    (S, "Avtalen med NorgesEnergi gikk over til spotpris uten at jeg godkjente det. Kunde siden 2012. "
        "Målepunkt-ID ((neg:707057500012345678))."),
    (S, "Meldte inn feil på vannmåleren til Bærum kommune. Saksbehandler [[person:H. Berg]] svarte på 2 "
        "dager. Veldig bra!"),
    (S, "Hjelp! Jeg ble kastet ut av Vipps og kan ikke logge inn. BankID sier at fødselsnummer "
        "[[national_id:{FNR}]] ikke finnes. Ring [[phone:{NOM_0047}]] – jeg er i Spania nå."),
    (S, "Hvorfor må jeg ringe et 820-nummer som koster ((neg:1,29 kr)) per minutt for å klage på en feil "
        "DERE har gjort?"),
    (S, "Takk til sykepleierne på Ahus, spesielt [[person:Fatima]] og [[person:Hassan]] på nattskiftet. Og "
        "til legen, dr. [[person:Løvås]], som tok seg tid til å forklare alt."),
    (S, "Min svenske kollega [[person:Erik]] har samordningsnummer [[national_id:{SAMNR}]] og får ikke åpnet "
        "konto hos dere, fordi systemet bare godtar norsk fødselsnummer. Han kan nås på [[phone:{SEM}]]."),
    (S, "Dårlig dekning i hele Hallingdal. Ringte fra hytta på Geilo, og samtalen brøt 4 ganger. Kundenr. "
        "((neg:{BAD10ND}))."),
    (S, "Søknad om beboerparkering. Bilen er registrert på [[person:Ahmed Abdi]], "
        "[[address:Olav Tryggvasons gate 40, 7011 Trondheim]]. Kontakt gjerne "
        "[[email:ahmed.abdi+parkering@outlook.com]]."),
    (S, "Kundeservice hos Foodora la på da jeg ba om å snakke med en leder. Budet, [[person:Nguyen]], ventet "
        "utenfor feil inngang i 20 min fordi appen bare viste «((neg:Schweigaards gate))». Riktig adresse er "
        "[[address:Schweigaards gate 81, 0656 Oslo]]. Det er ikke hans feil."),
    (S, "Mandag, tirsdag og onsdag: ingen henting av søppel i Kristinelundveien. Renovasjonen skylder på været."),
    (S, "Kjære USBL. Vi i [[address:Bjerkelundveien 12, 1358 Jar]], leilighet H0203, har hatt lekkasje fra "
        "taket siden januar. Styreleder [[person:Eirik Sæther]] sier han har meldt det. Ingen har kommet. "
        "Ring [[person:Nora]] på [[phone:{NOM_323}]]."),
    (S, "Bestillingen ble levert til naboen, fru [[person:Bakken]], som var på ferie i 2 uker. Maten var "
        "selvfølgelig ødelagt. Ring meg på [[phone:{NOM_P47_2222}]] så vi får ordnet dette."),
    (S, "Prøvde å avslutte medlemskapet hos EVO i appen, men knappen «Avslutt» gjør ingenting. Prøvd på "
        "iPhone 13 og på PC."),
    (S, "Refusjon til svensk konto, takk: [[account:{SE_IBAN}]]. Jeg bor i Strömstad og handler hos dere i "
        "Halden. Mobil [[phone:{SEM_P46}]]. Mvh [[person:Linnéa]]"),
    (S, "Det er tredje gang jeg melder dette. Mannen min het [[person:Torstein]], ikke «[[person:Torsten]]». "
        "Han er død, og brevene dere sender til ham gjør vondt hver gang."),
    (S, "Anbefaler frisøren på Grünerløkka på det sterkeste. [[person:Yasmin]] klippet meg perfekt og husket "
        "hva jeg likte fra sist."),
    (S, "Nettbanken var nede fra ((neg:23:00)) til ((neg:07:30)). Kunne ikke betale regninger med forfall "
        "((neg:15.05)). Får jeg dekket purregebyret?"),
    (S, "Jeg sendte skademeldingen til saksbehandleren, [[person:T. Vik]] ([[email:tone.vik@ifskade.no]]), "
        "for seks uker siden. Fortsatt ikke noe svar."),

    # --- social
    (SO, "@[[person:kjetil_haugland]] takk for at du fant lommeboka mi på trikken 🙏🙏"),
    (SO, "Vy igjen. Toget står ved Drammen. 45 min. ingen info. 🙃 #vy #togkaos"),
    (SO, "kjempefornøyd med [[person:hanne]] på Apotek 1 Sandvika 💊❤️ ingen andre gidder å forklare ting sånn"),
    (SO, "ADVARSEL ⚠️ noen ringer fra [[phone:{NOM_P47C}]] og sier de er fra DNB. IKKE gi dem BankID-koden! "
         "Del gjerne"),
    (SO, "Foodora-budet kjørte på bilen min og stakk. Noen som så noe på Bislett ca kl 19? send pm 🙏"),
    (SO, "Ble nettopp fortalt at jeg har «feil» fødselsnummer av Elkjøp på Lagunen lol. Har brukt det samme i "
         "40 år 🤷‍♀️"),
    (SO, "bestefar [[person:Bjørn]] ble lurt av en falsk billettkontrollør, men en [[person:Trine]] på Ruters "
         "kundesenter ordnet alt 👏 ingen ((neg:bjørnetjeneste)) der i gården"),
    (SO, "Shoutout til [[person:STIAN]] og [[person:TOBIAS]] på SATS Bislett 💪💪 beste PT-ene i byen"),
    (SO, "Har noen fått tilbake depositumet fra OBOS? Venter på ((neg:24 000 kr)) siden desember 😤"),
    (SO, "Mista katten! 🐱 Grå og hvit, heter ((neg:Pus)). Bor i [[address:Fjellveien 18, 5019 Bergen]], ring "
         "[[person:Silje]] [[phone:{NOM_2222}]] 🙏"),
    (SO, "@telenornorge en selger som het [[person:Marius]] ringte meg fra [[phone:{NOM}]] for å selge TV-pakke "
         "for 5. gang denne mnd 🙄 jeg har sagt NEI"),
    (SO, "Kiwi Lambertseter har de beste ansatte 🥰 særlig [[person:Ali]] i fruktavdelingen"),
    (SO, "hei Tibber, jeg har sendt mail til dere fra [[email:vaar.lykke@hotmail.com]] 3 ganger nå, svarer "
         "dere aldri?? 📧"),

    # --- interview
    (I, "Intervjuer: Hvordan var det å flytte strømavtalen?\n[[person:Solveig]]: Kaotisk. Jeg måtte ringe fire "
        "ganger.\nIntervjuer: Husker du hvem du snakket med?\n[[person:Solveig]]: En [[person:Anders]] første "
        "gang, og så en dame som het [[person:Wenche]]. Hun fikset det.\nIntervjuer: Hvor fornøyd er du nå, på "
        "en skala fra 1 til 10?\n[[person:Solveig]]: Kanskje en sjuer."),
    (I, "I: Hva synes du om den nye billettappen?\nR: Den er treg. Og den logger meg ut hele tiden.\nI: Bruker "
        "du den daglig?\nR: To ganger om dagen, til og fra jobb. Månedskort, ((neg:864 kroner)).\nI: Noe som "
        "fungerer bra?\nR: At jeg slipper å stå i kø på Jernbanetorget."),
    (I, "Samtale med kunde ((neg:12.04)). Kunden, [[person:Haakon Bergersen Lie]], oppgir fødselsnummer "
        "[[national_id:{FNR_SP}]] og ønsker innsyn i hvilke data vi har lagret. Bekreftelse sendes til "
        "[[email:haakon.bl@icloud.com]]. Alternativt tlf. [[phone:{NOM_323}]]. Frist 30 dager."),
    (I, "[10:41] Kunde: Hei, jeg har ikke fått pengene tilbake for den returnerte jakken\n[10:42] "
        "[[person:Emilie]] (kundeservice): Hei! Hva er ordrenummeret?\n[10:42] Kunde: ((neg:93027718))\n"
        "[10:44] [[person:Emilie]] (kundeservice): Refusjonen ble sendt til konto [[account:{NO_ACC}]] 3. mai. "
        "Stemmer det?\n[10:45] Kunde: Nei! Det er den gamle kontoen min."),
    (I, "Brukerintervju, Trondheim, 3 respondenter (alle 65+). Hovedfunn: papirfaktura oppleves som tryggere "
        "enn eFaktura. Ingen av respondentene ønsket å oppgi kontaktinfo. Neste runde: Ålesund, uke ((neg:38))."),
    (I, "Medarbeider: Kan jeg få fødselsnummeret ditt?\nKunde: [[national_id:{FNR}]].\nMedarbeider: Takk. Jeg "
        "ser at adressen er [[address:Skippergata 3, 9008 Tromsø]]?\nKunde: Nei, jeg har flyttet. Nå bor jeg i "
        "[[address:Grønnegata 41, 9008 Tromsø]].\nMedarbeider: Da oppdaterer jeg det."),
    (I, "Intervjuer: Du sa du hadde problemer med å få fastlege?\n[[person:Agnieszka]]: Ja. Jeg har bare "
        "D-nummer, [[national_id:{DNR_SP}]], og legekontoret sa at de ikke kunne registrere meg.\nIntervjuer: "
        "Hvor lenge har du bodd i Norge?\n[[person:Agnieszka]]: Tre år. Jeg jobber på hotell."),
    (I, "Hjemmebesøk i Groruddalen. Familien [[person:Hussein]] (mor [[person:Khadija]], tre barn) har ventet "
        "på ny oppvaskmaskin fra boligselskapet i 7 måneder. Ønsker kontakt via datteren [[person:Amina]], "
        "[[phone:{NOM_323}]], som snakker norsk."),
    (I, "I: Hvordan opplevde du ventetiden på legevakten?\nR: Lang. Fire timer med en femåring med feber.\n"
        "I: Fikk dere informasjon underveis?\nR: Nei. Bare et nummer på en lapp. ((neg:47)).\nI: Hva kunne vært "
        "bedre?\nR: En skjerm som viser køen. Det er ikke rakettforskning."),
    (I, "Intervjuer: Kan du si litt om deg selv?\n[[person:Vår]]: Jeg heter [[person:Vår]], er 29 og jobber i "
        "barnehage.\nIntervjuer: Og banken – hva synes dere om den?\n[[person:Vår]]: ((neg:Vår)) bank? Vi "
        "byttet til Sbanken i fjor. ((neg:Vårt)) gamle lån var helt vanvittig dyrt."),
    (I, "Oppfølgingssamtale, telefon. Kunden ([[person:Bjørnar Aune]]) ble lovet tilbakeringing av "
        "[[person:Tone]] forrige uke, men hørte aldri noe. Nytt nummer: [[phone:{NOM_P47}]]. Ny e-post: "
        "[[email:bjornar.aune@gmail.com]]. Eskalert til teamleder."),
    (I, "[16:20] Kunde: hvorfor er strømmen så dyr i dag\n[16:20] ((neg:Nora)) (chatbot): Strømprisen i NO1 er "
        "i dag ((neg:2,41 kr/kWh)). Vil du se forbruket ditt?\n[16:21] Kunde: nei jeg vil snakke med et menneske\n"
        "[16:21] ((neg:Nora)) (chatbot): Beklager, kundeservice er stengt. Åpningstid 08–16."),
    (I, "Kunde: Jeg vil gjerne bytte kontonummer for utbetaling.\nMedarbeider: Greit. Hva er det nye?\nKunde: "
        "[[account:{NO_ACC_PLAIN}]]. Og den gamle var [[account:{NO_ACC}]], den er avsluttet.\nMedarbeider: "
        "Notert. Hvem står kontoen på?\nKunde: [[person:Jorunn Tveit]]."),
    (I, "Fokusgruppe Ski. Deltakere: [[person:Arne]], [[person:Lise]], [[person:Mathias]], [[person:Sunniva]] og "
        "[[person:Ibrahim]]. Alle har opplevd forsinkelser på Østfoldbanen. [[person:Lise]] vil gjerne bli "
        "kontaktet på [[email:lise.kvam@yahoo.no]] om neste runde."),
    (I, "I: Hvem hjalp deg på verkstedet?\nR: Han het [[person:Rune]], tror jeg. Stor kar med skjegg.\nI: Og "
        "var du fornøyd?\nR: Ja, men regningen på ((neg:7 400 kroner)) var et sjokk. [[person:Rune]] sa det "
        "skulle bli rundt 4 000."),
    (I, "Kunden bor i Storbritannia og ønsker refusjon til britisk konto. Oppgitt: sort code "
        "[[account:{UK_SORT}]], kontonr. [[account:{UK_ACC}]]. Kontoinnehaver: [[person:Emma Thornton-Berg]]. "
        "Telefon [[phone:{UKM_P44}]], helst etter kl. 18 norsk tid."),
    (I, "Intervjuer: Hvordan fungerer SMS-varslingen fra kommunen?\nRespondent: Greit nok, men de sender "
        "påminnelse om vannmåleren i ((neg:juli)) når alle er på hytta.\nIntervjuer: Hva ville vært bedre?\n"
        "Respondent: Februar. Eller mars. Bare ikke juli."),
    (I, "Intervjuer: Du sa at NAV sendte brev til feil person?\n[[person:Yusuf]]: Ja. Brevet var til en "
        "[[person:Yusuf Demir]] med fødselsnummer [[national_id:{FNR}]]. Det er ikke meg, jeg heter "
        "[[person:Yusuf Demirci]].\nIntervjuer: Hva gjorde du med brevet?\n[[person:Yusuf]]: Leverte det på "
        "NAV-kontoret på Grønland."),
]

# ----------------------------------------------------------------------------- build + validate
PH_RE = re.compile(r"\{([A-Z0-9_]+)(?::([a-z0-9]+))?\}")
MARK_RE = re.compile(r"\[\[([a-z_]+):(.+?)\]\]|\(\(neg:(.+?)\)\)", re.S)
EMAIL_RE = re.compile(r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,}")
ID_SCAN = [re.compile(r"(?<!\d)\d{6}[-+ ]?\d{4}(?!\d)"),
           re.compile(r"(?<!\d)\d{8}[-+ ]?\d{4}(?!\d)"),
           re.compile(r"(?<!\d)\d{6} ?\d{5}(?!\d)")]


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
    out, spans, negs, pos = [], [], [], 0
    length = 0
    for m in MARK_RE.finditer(marked):
        chunk = marked[pos:m.start()]
        out.append(chunk)
        length += len(chunk)
        if m.group(1):
            kind, val = m.group(1), m.group(2)
            assert kind in KINDS, kind
            spans.append({"start": length, "end": length + len(val), "kind": kind})
        else:
            val = m.group(3)
            negs.append((length, length + len(val), val))
        out.append(val)
        length += len(val)
        pos = m.end()
    out.append(marked[pos:])
    return "".join(out), spans, negs


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
                assert iban_valid(v), (where, "bad IBAN", v)
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
        assert any(sp["start"] == m.start() and sp["end"] == m.end() and sp["kind"] == "email" for sp in spans), \
            (where, "unlabelled e-mail", m.group())
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
    assert cpr_mod11("0707614285") and cpr_strict("0707614285")
    assert not cpr_lenient("3213614285")
    assert fnr_valid("15076500565") and not fnr_valid("15076500566")
    assert fnr_valid("55076500559") and not fnr_valid("55076500558")  # D-nummer (day + 40)
    assert luhn_ok("8112189876") and se_valid("8112189876") and se_valid("198112189876")
    assert not se_valid("8112189875")
    assert iban_valid("GB82 WEST 1234 5698 7654 32") and iban_valid("DE89370400440532013000")
    assert iban_valid("NO9386011117947") and iban_valid("DK5000400440116243")
    assert iban_valid("SE4550000000058398257466")
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
        rec = {"id": "pii3-danb-%04d" % n, "text": r["text"], "lang": r["lang"], "genre": r["genre"],
               "pii": r["pii"]}
        validate(rec, negs)
        final.append(rec)
    with open(OUT, "w", encoding="utf-8") as fh:
        for rec in final:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")

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
    print("%-12s" % "" + "".join("%8s" % L for L in langs) + "%8s" % "total")
    rows = [("texts", lambda L: ntexts[L])]
    rows += [(g, (lambda g: lambda L: genres[(L, g)])(g)) for g in ("survey", "social", "interview")]
    rows += [("no PII", lambda L: empty[L])]
    rows += [(k, (lambda k: lambda L: kinds[(L, k)])(k)) for k in KINDS]
    for name, f in rows:
        vals = [f(L) for L in langs]
        print("%-12s" % name + "".join("%8d" % v for v in vals) + "%8d" % sum(vals))
    for L in langs:
        print("%s: %.1f %% of texts without PII" % (L, 100.0 * empty[L] / ntexts[L]))
    print("wrote", OUT, len(final), "records")


if __name__ == "__main__":
    main()
