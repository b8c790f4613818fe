#!/usr/bin/env python3
"""Builder for the hand-written Swedish + English part of the PII hold-out set.

Stdlib only. Every text below is written by hand with inline markup:
  [[kind:value]]   -> a labelled span (kind: person|email|phone|national_id|address|account)
  ((neg:value))    -> a hard negative (markup removed, no span; ID-shaped ones are checked to FAIL)
  {PLACEHOLDER}    -> filled by the generators below (national IDs, IBANs, Norwegian accounts)
Output: pii_holdout_sven.jsonl next to this file.
"""
import json
import os
import random
import re
import sys
from collections import Counter, defaultdict
from datetime import date

SEED = 4711_2024
rng = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "pii_holdout_sven.jsonl")
KINDS = ("person", "email", "phone", "national_id", "address", "account")

# ---------------------------------------------------------------------------
# date helpers
# ---------------------------------------------------------------------------

def is_date(y, m, d):
    try:
        date(y, m, d)
        return True
    except ValueError:
        return False


def any_century(yy, m, d):
    return is_date(1900 + yy, m, d) or is_date(2000 + yy, m, d)


def rand_date(y0, y1):
    a = date(y0, 1, 1).toordinal()
    b = date(y1, 12, 31).toordinal()
    return date.fromordinal(rng.randint(a, b))

# ---------------------------------------------------------------------------
# Swedish personnummer / samordningsnummer (Luhn over YYMMDDNNN)
# ---------------------------------------------------------------------------

def luhn_digit(nine):
    total = 0
    for i, ch in enumerate(nine):
        v = int(ch) * (2 if i % 2 == 0 else 1)
        total += v // 10 + v % 10
    return str((10 - total % 10) % 10)


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
        if not is_date(int(cc) * 100 + yy, mm, dd):
            return False
    elif not any_century(yy, mm, dd):
        return False
    ten = "%02d%s%s%s" % (yy, m.group(3), m.group(4), last4)
    return luhn_digit(ten[:9]) == ten[9]


def gen_se(long=False, dash=True, samo=False, old=False):
    d = rand_date(1918, 1923) if old else rand_date(1938, 2004)
    day = d.day + (60 if samo else 0)
    core = "%02d%02d%02d%03d" % (d.year % 100, d.month, day, rng.randint(0, 999))
    ten = core + luhn_digit(core)
    head = ("%04d" % d.year + ten[2:6]) if long else ten[:6]
    sep = "+" if old else ("-" if dash else "")
    s = head + sep + ten[6:]
    assert se_valid(s), s
    return s

# ---------------------------------------------------------------------------
# Danish CPR (DDMMYY-SSSS; date must be valid; modulus 11 optional since 2007)
# ---------------------------------------------------------------------------
CPR_W = (4, 3, 2, 7, 6, 5, 4, 3, 2, 1)


def cpr_mod11(ten):
    return sum(int(c) * w for c, w in zip(ten, CPR_W)) % 11 == 0


def cpr_valid(s):
    m = re.fullmatch(r"(\d{2})(\d{2})(\d{2})-?(\d{4})", s.strip())
    if not m:
        return False
    dd, mm, yy = int(m.group(1)), int(m.group(2)), int(m.group(3))
    return any_century(yy, mm, dd)


def gen_cpr(dash=True, mod11=True):
    while True:
        d = rand_date(1940, 1999)
        ten = "%02d%02d%02d%d%03d" % (d.day, d.month, d.year % 100, rng.randint(0, 3), rng.randint(0, 999))
        if cpr_mod11(ten) == mod11:
            break
    s = ten[:6] + "-" + ten[6:] if dash else ten
    assert cpr_valid(s), s
    return s

# ---------------------------------------------------------------------------
# Norwegian fødselsnummer / D-nummer (DDMMYYIIIKK, two control digits)
# ---------------------------------------------------------------------------
NO_W1 = (3, 7, 6, 1, 8, 9, 4, 5, 2)
NO_W2 = (5, 4, 3, 2, 7, 6, 5, 4, 3, 2)


def _no_k(digits, weights):
    k = 11 - sum(int(c) * w for c, w in zip(digits, weights)) % 11
    if k == 11:
        return 0
    if k == 10:
        return None
    return k


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
    k1 = _no_k(d[:9], NO_W1)
    if k1 is None or k1 != int(d[9]):
        return False
    k2 = _no_k(d[:10], NO_W2)
    return k2 is not None and k2 == int(d[10])


def gen_no(dnr=False, space=False):
    while True:
        d = rand_date(1940, 1999)
        base = "%02d%02d%02d%03d" % (d.day + (40 if dnr else 0), d.month, d.year % 100, rng.randint(0, 499))
        k1 = _no_k(base, NO_W1)
        if k1 is None:
            continue
        k2 = _no_k(base + str(k1), NO_W2)
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
    nums = ["%02d" % rng.randint(0, 99) for _ in range(3)]
    suf = rng.choice("ABCD")
    s = " ".join([p] + nums + [suf]) if space else p + "".join(nums) + suf
    assert nino_valid(s), s
    return s


def national_id_valid(s):
    return se_valid(s) or cpr_valid(s) or no_valid(s) or nino_valid(s)

# ---------------------------------------------------------------------------
# Accounts: IBAN (mod 97) and Norwegian kontonummer (mod 11)
# ---------------------------------------------------------------------------

def _iban_num(s):
    return int("".join(str(int(c, 36)) for c in s))


def iban_valid(s):
    c = s.replace(" ", "")
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", c):
        return False
    return _iban_num(c[4:] + c[:4]) % 97 == 1


def make_iban(country, bban, spaced):
    cd = 98 - _iban_num(bban + country + "00") % 97
    s = "%s%02d%s" % (country, cd, bban)
    if spaced:
        s = " ".join(s[i:i + 4] for i in range(0, len(s), 4))
    assert iban_valid(s), s
    return s


def digits(n):
    return "".join(str(rng.randint(0, 9)) for _ in range(n))


NO_ACC_W = (5, 4, 3, 2, 7, 6, 5, 4, 3, 2)


def no_account_valid(s):
    d = re.sub(r"[ .]", "", s)
    if not re.fullmatch(r"\d{11}", d):
        return False
    k = _no_k(d[:10], NO_ACC_W)
    return k is not None and k == int(d[10])


def gen_no_account_digits():
    while True:
        base = rng.choice(["1503", "1607", "3000", "6012", "9710", "1254"]) + digits(6)
        k = _no_k(base, NO_ACC_W)
        if k is not None:
            return base + str(k)


def gen_no_account():
    d = gen_no_account_digits()
    s = "%s.%s.%s" % (d[:4], d[4:6], d[6:])
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
# TEXTS (hand-written). One list per language x genre.
# ===========================================================================

SV_SURVEY = [
    "Jag har ringt kundtjänst tre gånger om samma faktura ((neg:7734019)) och fått tre olika svar. Till slut var det en [[person:Jonas]] som faktiskt löste det, han borde få löneförhöjning.",
    "Bredbandet har legat nere sedan ((neg:14 mars)) och ingen hör av sig. Ring mig på [[phone:070-174 06 21]] så kan vi boka en tekniker, jag jobbar skift så efter kl ((neg:16)) är bäst.",
    "Bra service i butiken på ((neg:Kungsgatan)) men kön var orimligt lång, 25 minuter en lördag. Ni borde ha öppet fler kassor.",
    "Min mamma [[person:Birgitta Holmqvist]] fick fel elräkning efter flytten till [[address:Björkvägen 14, 386 31 Färjestaden]]. Mätar-ID ((neg:735999100044215873)) stämmer inte med det som står på fakturan. Hon är 84 och blev väldigt orolig.",
    "Hej! Jag vill att ni raderar alla mina uppgifter. Personnummer [[national_id:{SE_PNR}]], e-post [[email:kalle.berglund72@hotmail.com]]. Tack.",
    "Appen kraschar varje gång jag försöker logga in med BankID på min ((neg:iPhone 13)). Har avinstallerat och installerat om. Version ((neg:4.12.1)). Snälla fixa!",
    "Försäkringsärende ((neg:SK-2024-118734)): handläggaren [[person:Maria]] lovade återkoppling inom fem arbetsdagar, det har nu gått tre veckor. Jag nås på [[phone:0708-12 34 56]] eller [[email:l.ekstrom@telia.com]].",
    "Tandläkaren på ((neg:Eriksbergs Tandvård)) var jättebra men receptionen tappade bort min remiss två gånger.",
    "Kundnummer ((neg:41229013)). Jag har bett om pappersfaktura sedan i ((neg:januari)). Skicka den till [[address:Hagagatan 3B lgh 1203, 113 48 Stockholm]] och inte till min gamla adress! Ni kan även mejla den till [[email:tove.wennerstrom@gmail.com]].",
    "Chauffören på linje ((neg:4)) mot Gullmarsplan körde som en galning och bromsade så hårt att en äldre dam ramlade. Tid ca ((neg:07:45)) den ((neg:3/10)). Ingen verkar bry sig.",
    "ring [[phone:073 555 82 19]] om ni vill veta mer, orkar inte skriva allt här",
    "Fick hjälp av [[person:Ahmed]] på verkstaden i Borlänge, han förklarade allt om kamremmen och gav mig ett ärligt pris. Kommer tillbaka med vår ((neg:Volvo V70)) nästa höst.",
    "Omklädningsrummet har varit smutsigt i flera veckor och två av duscharna är trasiga. Jag betalar ((neg:449 kr)) i månaden för det här?? Medlemsnummer ((neg:100238847)) om ni vill kolla.",
    "Jag är mycket nöjd med bemötandet från sjuksköterskan [[person:Eva-Lena Nyberg]] på vårdcentralen. Hon tog sig tid och lyssnade verkligen.",
    "Återbetalningen ska göras till mitt konto i Swedbank: [[account:8327-9, 914 305 672-4]]. Jag har väntat sedan ((neg:2024-02-11)) på pengarna för den inställda resan. Mitt personnummer är [[national_id:{SE_PNR}]] om ni behöver verifiera.",
    "Priset höjdes från ((neg:299 kr)) till ((neg:349 kr)) utan förvarning. Jag tänker byta operatör.",
    "Vi har fått två paket med fel innehåll. Order ((neg:SE-558120447)). Kontakta min man [[person:Per-Olof]] på [[phone:+46 70 421 88 05]], han är hemma dagtid. Återbetalning till [[account:{IBAN_SE}]].",
    "Helt ok. Inget särskilt att anmärka.",
    "Varför måste jag uppge personnummer [[national_id:{SE_PNR12}]] bara för att hämta ut ett paket hos ombudet? Det känns inte säkert alls.",
    "Elavtalet: jag har bott på [[address:Storgatan 22, 582 23 Linköping]] sedan ((neg:1 april)) men ni fortsätter skicka räkningar till förra hyresgästen [[person:Sandberg]]. Ring [[phone:013-24 56 71]] om ni har frågor.",
    "Det var en viss [[person:Karin]] i kassan som var otrevlig när jag frågade om ((neg:RUT-avdrag)) för städtjänsten. Tog min ((neg:karensdag)) för att komma dit och blev bemött så.",
    "Leveransen kom en dag för sent men chauffören var trevlig. Spårningsnummer ((neg:00373500512345678)) fungerade inte på er sida.",
    "Kan någon ringa mig angående bygglovet? Har sökt er i två veckor. [[phone:031-712 45 90]] / [[person:Lennart Sjöberg]]",
    "Min dotter [[person:Elin]] är ((neg:12)) år och har fått ett eget abonnemang. Hennes nummer [[phone:076-219 04 37]] ska INTE få reklam-sms. Tack på förhand.",
    "Boka-tid-funktionen på ((neg:1177)) fungerar dåligt i mobilen. Knapparna hamnar utanför skärmen.",
    "Hyresavin för ((neg:mars)) saknas. Lägenheten är [[address:Tallbacksvägen 7, lgh 1001, 903 37 Umeå]] och hyresgästen heter [[person:Amira Hassan]]. OCR ((neg:4401982736015)).",
    "Ni drog pengar två gånger från mitt kort, ((neg:1 895 kr)) per dragning. Pengarna ska tillbaka till [[account:{IBAN_SE_SP}]]. Mvh [[person:Gunnel]]",
    "Jag jobbar som undersköterska och har ringt er om min sjukförsäkring. Handläggare [[person:Nilsson]] var väldigt kunnig, mycket bättre än den förra.",
    "Tåg ((neg:537)) från Göteborg var 40 minuter försenat och ingen information gavs förrän vid Alingsås. Jag missade min anslutning.",
    "Hej, jag heter [[person:Mohammed Al-Sayed]] och vill klaga på att min bil stod på verkstaden i ((neg:11)) dagar för ett enkelt oljebyte. Arbetsorder ((neg:88213)). Ring [[phone:0739-41 22 07]].",
    "bra app men saknar mörkt läge",
    "Jag fick ett sms från [[phone:0720-55 61 83]] där någon påstod sig vara från er bank och bad om mitt personnummer. Är det ni? Anmäler detta.",
    "Snälla skicka kvittot till [[email:annika.j.persson@gmail.com]] istället för till jobbmejlen. Kvittonummer ((neg:KV-339107)).",
    "Personalen på ((neg:ICA Maxi)) var superhjälpsamma när jag tappade plånboken. Särskilt tack till [[person:Sofia]] i informationsdisken och [[person:Patrik]] som letade på parkeringen!",
    "Fakturan från ((neg:15/2)) var på ((neg:1 249 kr)) men enligt avtalet ska det vara ((neg:849 kr)). Fakturanummer ((neg:9913427780)). Rätta detta omgående.",
    "Jag begär ersättning för förseningen. Bokningsnummer ((neg:XKR4TZ)). Mina uppgifter: [[person:Hanna Lindgren]], [[national_id:{SE_PNR_ND}]], [[address:Sveavägen 131, 113 46 Stockholm]], tel [[phone:08-31 22 47]]. Clearingnummer [[account:8105-9]], kontonummer [[account:914 772 305-1]].",
    "Vet inte vem jag pratade med men hon lovade att ringa tillbaka och gjorde det aldrig. Dåligt.",
    "Gymmet i Västerås: instruktören [[person:Tobbe]] är bäst!! Hans spinningpass på onsdagar är det enda som får mig ur soffan.",
    "Begär registerutdrag enligt GDPR. Samordningsnummer [[national_id:{SE_SAMO}]]. Svaret skickas till [[email:jurgen.weiss@web.de]].",
    "Maten från restaurangen kom kall och en av rätterna saknades. Ordernr ((neg:20456789)) – vill ha pengarna tillbaka.",
    "Jag är 101 år och har aldrig varit med om så dålig service. Min dotterson [[person:Viktor]] hjälper mig skriva. Mitt personnummer är [[national_id:{SE_PNR_OLD}]] om ni behöver det.",
    "Jag har försökt säga upp abonnemanget sedan ((neg:oktober)). Senast pratade jag med [[person:Fredrik]] som sa att det var klart, men idag kom en ny faktura. Kundnummer ((neg:7300-441-02)). Svara till [[email:j.moberg84@gmail.com]].",
    "Kommunen borde skotta cykelbanorna innan klockan sju. Det är livsfarligt på ((neg:Drottninggatan)) och längs ån.",
    "Kontakta mig gärna: [[email:Marie-Louise.Ahlberg@outlook.com]], [[phone:+46 (0)70 823 19 54]].",
    "Jättenöjd med flytthjälpen! [[person:Mikael]] och [[person:Oscar]] bar allt på två timmar utan en enda repa. Rekommenderar er till alla.",
    "Sjukhusets parkering kostar ((neg:35 kr)) i timmen. För oss som besöker anhöriga varje dag blir det orimligt dyrt.",
    "Vänligen betala tillbaka depositionen till [[account:5020 12 345 67]] (SEB). Hyresavtal ((neg:HY-4471)), lägenheten på [[address:Ringvägen 44, 118 61 Stockholm]]. Nås på [[phone:+46705518273]].",
    "hej. min son [[person:noah]] har fått fel betyg registrerat i skolportalen och ingen på skolan svarar. ring [[phone:0762883104]] tack",
    "Bra pris på vinterdäcken men det tog tre veckor att få hem dem. Bilen är en ((neg:Kia Ceed 2019)).",
    "Min anmälan om vattenskada skickades in ((neg:2024-01-08)). Skadenummer ((neg:2401-08-33917)). Besiktningsmannen [[person:Östlund]] var här en gång och sen har inget hänt. Försäkringstagare [[national_id:{SE_PNR12}]]. Nås på [[phone:070 994 12 38]] efter kl ((neg:17)). /[[person:Åsa]]",
    "Jag gillar att man kan pausa prenumerationen i appen. ((neg:Annars)) hade jag sagt upp den. Tummen upp.",
    "Jag blev felaktigt debiterad för en resa jag aldrig gjort. Kortnummer på SL-kortet ((neg:4012 8839 1102)). Vill bli kontaktad via [[email:o.hedlund@bredband.net]].",
    "Fantastisk personal på BB i Lund. Barnmorskan [[person:Linnea]] var lugn och trygg hela natten. Vår dotter [[person:Maja]] föddes ((neg:kl 03.12)) och allt gick bra.",
    "Sämsta flygbolaget. Flight ((neg:DY 4312)) ställdes in med två timmars varsel och vi fick sova på Arlanda.",
    "Handläggaren [[person:Jessica Öberg]] på bygglovsenheten skötte vårt ärende snabbt och proffsigt. Vi har nu börjat bygga på vår tomt på [[address:Lövängsvägen 9, 186 93 Vallentuna]].",
]

SV_SOCIAL = [
    "@((neg:telia_sverige)) tredje gången den här veckan som fibern dör 😡😡 #fail",
    "shoutout till [[person:jonna]] på Åhléns city som hjälpte mig hitta rätt foundation 💄✨ bästa servicen!!",
    "ok så @[[person:erik_lundh]] sa att jag skulle posta här: Postnord har haft mitt paket sen ((neg:12/4)), spårnr ((neg:00370712345678901234)). vad händer??",
    "Någon mer som fått faktura från Vattenfall på ((neg:4 000 kr))?? vi bor i en tvåa 😭",
    "försökte boka tid på vårdcentralen i 40 min i telefonkö... sen la dom på. jag ger upp. #vården",
    "PSA: om ni har fått sms från [[phone:+46 73 804 22 61]] om ett paket, det är bedrägeri!! ring inte tillbaka ⚠️",
    "Tack [[person:Hampus]] och [[person:Leo]] på ((neg:Max)) i Haninge för att ni fixade en ny burgare utan att sucka 🍔🙏",
    "@[[person:sara.wikstrom]] DM:a oss så skickar vi en rabattkod för besväret! / [[person:Johanna]], SJ kundservice",
    "Min sambo [[person:Kristoffer]] har väntat på ny bankdosa i TRE veckor. Hallå Nordea?? 🙄 han har ringt från [[phone:0706 43 21 98]] typ tio gånger",
    "Ville bara säga att ((neg:Ica Nära)) Vasaplan har världens trevligaste personal. [[person:Mirja]] i ostdisken ni vet vem ni är ❤️",
    "snälla nån som jobbar på Tele2, ring [[phone:0709 88 31 42]] jag har suttit i kö i två dagar 😤",
    "Hej! Vi har skickat ett DM till dig. Skicka gärna ditt ärendenummer där så tittar vi på det direkt 😊 /[[person:Fatima]]",
    "inställt tåg IGEN. ((neg:SJ 3032)) 0/10. ((neg:fridag)) förstörd",
]

SV_INTERVIEW = [
    "Intervjuare: Hur upplevde du kontakten med kundtjänst?\n[[person:Göran]]: Ja, alltså, först fick jag prata med en robot. Sen kom jag till en [[person:Lisa]] som var trevlig.\nIntervjuare: Löste hon problemet?\n[[person:Göran]]: Nej, hon kopplade mig vidare och sen bröts samtalet.",
    "Kunden, [[person:Ingrid Svensson]] (78), berättar att hon inte förstår den nya fakturan från elbolaget. Hon har ingen dator och vill ha allt på papper. Sonen [[person:Magnus]] sköter hennes ärenden och kan nås på [[phone:070-553 19 08]].",
    "I: Vad tycker du om den nya appen?\nR: Den är snabbare än förut, men jag hittar inte var man ser sina fakturor.\nI: Har du kontaktat support?\nR: Nej, jag orkade inte. Jag ringde en gång men fick vänta i 50 minuter.",
    "Intervju på plats i butiken i Sundsvall, ((neg:2024-03-14)). Butikschefen [[person:Anders]] uppger att kassasystemet har krånglat sedan uppdateringen i februari. Personalen får skriva kvitton för hand. Kunderna klagar på köerna.",
    "Kund: Jag har skickat in mitt personnummer två gånger, [[national_id:{SE_PNR}]], och ändå säger ni att ni inte hittar mig.\nHandläggare: Jag ser det nu. Det var felstavat i systemet, det stod [[person:Jansson]] istället för [[person:Janson]].\nKund: Typiskt.",
    "Respondenten (kvinna, 40–50 år) har bytt försäkringsbolag efter att ha fått avslag på en skadeanmälan i ((neg:november)). Hon upplevde att handläggaren inte hade läst hennes underlag. Vill inte att namn används.",
    "Intervjuare: Kan du beskriva vad som hände på resan?\n[[person:Leila]]: Vi stod still i Hallsberg i två timmar. Ingen personal kom.\nIntervjuare: Fick ni någon ersättning?\n[[person:Leila]]: Jag ansökte, men de ville ha kontonummer och jag skickade [[account:6123-123 456 789]] till dem. Inga pengar än.\nIntervjuare: Hur länge sedan?\n[[person:Leila]]: Sedan ((neg:maj)).",
    "Samtal med [[person:Rune Karlsson]], pensionär, boende på [[address:Fabriksgatan 12, 702 10 Örebro]]. Han tycker att hemtjänsten kommer vid olika tider och att han aldrig vet vem som kommer. Han nämner särskilt att [[person:Dragana]] är den enda som alltid ringer innan.",
    "I: Hur fick du veta om erbjudandet?\nR: Min kollega [[person:Petra]] tipsade mig. Hon hade fått ett mejl.\nI: Och sen?\nR: Sen mejlade jag säljaren, [[email:niklas.ahman@solkraft-norr.se]], och han ringde mig samma dag.",
    "Fokusgrupp med sex deltagare om kollektivtrafiken i Malmö. Samtliga anser att busslinje ((neg:5)) är överfull i rusningstid. Två deltagare nämnde att biljettautomaterna vid Triangeln ofta är trasiga. Inga namn noterades.",
    "Medarbetare: Vad kan jag hjälpa till med?\nKund: Jag vill ändra mitt telefonnummer. Det nya är [[phone:072-311 84 60]].\nMedarbetare: Då behöver jag ditt personnummer för att verifiera.\nKund: [[national_id:{SE_PNR}]].\nMedarbetare: Tack. Och mejladressen, stämmer [[email:berit.ahl@live.se]] fortfarande?\nKund: Ja, det gör den.",
    "Intervjuaren ([[person:Emma]]) träffade paret [[person:Dahlberg]] i deras hem. De har bytt elavtal tre gånger på två år och känner sig lurade av telefonförsäljare. Fru [[person:Dahlberg]] visade ett avtal som hennes man skrivit under utan att förstå villkoren.",
    "Intervjuare: Vad hände när du ringde banken?\n[[person:Ali]]: De frågade om mitt personnummer, jag sa [[national_id:{SE_PNR12_ND}]], och sen sa de att kontot var spärrat.\nIntervjuare: Fick du veta varför?\n[[person:Ali]]: Nej. Jag har fortfarande inte fått veta.",
    "Patienten uppger att hon väntat fyra månader på en tid hos ortopeden och har ringt vårdcentralen flera gånger. Hon ber att bli kontaktad på [[phone:0709-12 77 35]] eller via [[email:hbjorklund@icloud.com]]. Hon önskar inte att hennes namn används i rapporten.",
    "Intervjuare: Vad tycker du om gymmet efter renoveringen?\n[[person:Simon]]: Mycket bättre! Men bokningssystemet suger.\nIntervjuare: På vilket sätt?\n[[person:Simon]]: Man måste boka passen sju dagar innan, och då är allt fullt. [[person:Jennie]] i receptionen sa att det ska ändras i ((neg:augusti)).",
    "Hembesök hos hyresgästen på [[address:Kvarngatan 5 lgh 1102, 118 47 Stockholm]]. Mögel i badrummet sedan i höstas. Hyresgästen har anmält detta till förvaltaren [[person:Olsson]] tre gånger utan svar. Felanmälan ((neg:FA-77120)). Enligt kontraktet har hyresgästen personnummer [[national_id:{SE_PNR}]].",
    "I: Hur ofta handlar du online?\nR: Kanske två gånger i månaden. Mest kläder.\nI: Har du returnerat något?\nR: Ja, en jacka. Returen tog tre veckor att registrera, och då hade jag redan köpt en ny i butik.",
]

EN_SURVEY = [
    "The engineer, [[person:Dave]], turned up on time and sorted the boiler in under an hour. Brilliant service, would recommend.",
    "Been a customer for 11 years and you still can't get my name right on the bill. It's [[person:Siobhan]], spelt with an S. Account ref ((neg:HX-009341277)).",
    "Train was cancelled again this morning, the ((neg:07:42)) to Manchester Piccadilly. Third time this month. Delay Repay claim ((neg:DR-4471093)) still not processed.",
    "Please call me back on [[phone:07700 900417]] or email [[email:c.d.okoye+bills@gmail.com]], I've been trying to change my direct debit for a fortnight.",
    "I moved to [[address:Flat 2, 19 Wellington Road, Sheffield S10 5PT]] in ((neg:March)) and I'm still getting letters at my old place. Update your records please! Mobile [[phone:07700 900003]].",
    "Website is impossible to use on a phone. The checkout button disappears behind the cookie banner on my ((neg:iPhone 15)). Cart ((neg:77120934)) is still stuck.",
    "I'm an expat living in Gothenburg and your app only works in Swedish. My personnummer is [[national_id:{SE_PNR}]] but the form keeps rejecting it because of the dash. You can reach me on [[phone:0046 76 123 45 99]].",
    "[[person:Sarah]] at the Leeds branch was incredibly patient with my dad, who has dementia. Thank you [[person:Sarah]].",
    "Order ((neg:31775402)) arrived with a cracked screen. Photos attached. I'd like a replacement, not a refund.",
    "Refund should go to sort code [[account:20-45-77]], account [[account:41882630]]. Name on the account is [[person:Priya Raman]].",
    "Absolute joke. Waited in for the delivery all day Saturday and nobody came. Tracking says 'delivered'. I will ((neg:sue)) if this isn't resolved.",
    "My landlord, Mr [[person:Okafor]], says the meter is yours and you say it's his. Meter serial ((neg:K04A12345)). Who do I actually talk to??",
    "Contact me at [[email:j.whitfield88@btinternet.com]] — not by phone, I work nights.",
    "The new gym opening hours are fine but please fix the rowing machines, two have been out of order since ((neg:Christmas)).",
    "Dr [[person:Anand]] at the surgery was brilliant, but the receptionist hung up on me twice. My number is [[phone:0161 496 0782]] if anyone wants to apologise.",
    "Renewal quote went from ((neg:£412)) to ((neg:£689)) with no claims. Policy ((neg:MTR/00872231)). I'm off to a comparison site.",
    "Hi, I'm writing on behalf of my mother, [[person:Margaret Ellis]], who is 91. She was sold a mobile contract she doesn't need. She lives at [[address:7 Orchard Close, Taunton TA1 2QX]] and doesn't have email, so please write to her.",
    "I'm a Norwegian customer living in London. You asked for my fødselsnummer to close the account: [[national_id:{NO_FNR}]]. Please confirm once done, by text to [[phone:+47 412 34 567]].",
    "Staff at the Camden store were rude. A guy called [[person:Liam]] rolled his eyes when I asked for a different size.",
    "Flight ((neg:BA 2491)) delayed 5 hours, no vouchers, no updates. Gate changed three times at Gatwick.",
    "Great experience with the mortgage advisor, [[person:Chloe Abernathy-Hughes]]. She explained everything clearly and didn't push extra products on us.",
    "can someone call me back on [[phone:+44 7700 900 238]] or [[email:dannyboy_1987@aol.com]] my broadband has been off for 4 days and i work from home",
    "I received someone else's bill! It's addressed to a [[person:K. Novak]] at [[address:52 Station Road, Ipswich IP1 3DS]]. This is a serious data breach.",
    "Five stars for the click and collect. Ready in 20 minutes and the staff were lovely.",
    "NI number [[national_id:{UK_NINO}]] — I've sent it three times now, how many more times do you need it?",
    "Please stop calling my work number, [[phone:020 7946 0318]]. Use my mobile [[phone:07700 900 561]] or email [[email:r.mensah@outlook.com]].",
    "The bus driver on route ((neg:38)) waited for my son who was running for it. Small thing but it made his day.",
    "Hi, I'm [[person:Tomasz Wiśniewski]], I rent a flat from your housing company at [[address:Ulvsundavägen 24, 168 67 Bromma]]. The heating has not worked since November and I have two small kids. Call [[phone:073-802 41 55]].",
    "The carpet fitter, [[person:Gaz]], was excellent. Mind you he's the only one who turned up on the day he said.",
    "Invoice ((neg:INV-2024-00917)) charges me for 14 days of car hire but I had the car for 4. Please correct.",
    "Could you please send the replacement card to my sister, [[person:Aoife]], at [[address:3 Harbour View, Cobh, Co. Cork P24 X2Y7]]? I'm away until the 20th.",
    "I paid the deposit into the wrong account by mistake, [[account:{IBAN_GB_SP}]], instead of yours. Can you help me get it back?",
    "Clinic waiting room was freezing. Also there was no hand sanitiser anywhere. Not what you'd expect in ((neg:2024)).",
    "Customer since 2009. Recently had to deal with [[person:Josh]] from your complaints team and honestly he made things worse, promising a call-back that never came.",
    "To whom it may concern, I hereby withdraw consent for marketing. Name: [[person:Eleanor Fitzgerald]]. Email: [[email:eleanor.fitz@yahoo.co.uk]]. Address: [[address:27 Clarence Street, Cheltenham GL50 3JR]]. Customer number: ((neg:C-7710342)).",
    "My Danish CPR is [[national_id:{DK_CPR}]], my wife's is [[national_id:{DK_CPR_NOMOD}]]. Why does your insurance form need both just to quote contents cover for [[address:Jægersborggade 14, 3. th., 2200 København N]]? Call [[phone:+45 28 91 40 17]].",
    "((neg:Mark)) my words, if the price goes up again I'm leaving. ((neg:Frank)) feedback: the service isn't worth ((neg:£60)) a month.",
    "Thanks to [[person:Mo]] and [[person:Jess]] at the Bristol depot for sorting my parcel out 😊",
    "Sent my payslips to your agent [[person:Harriet]] at [[email:harriet.cole@brightkeylettings.co.uk]] but she says she never got them.",
    "App keeps logging me out every 5 minutes. ((neg:Samsung Galaxy S23)), Android 14.",
    "Energy bill shows estimated readings for six months. Meter number ((neg:19K0076543)). Actual reading today ((neg:48213)). The property is [[address:5 Birch Grove, Norwich NR2 3LB]]. Call me on [[phone:07700900845]].",
    "I'm writing from Norway. Please refund to my Norwegian account [[account:{NO_KONTO}]], not by cheque, banks here don't take them. My fødselsnummer is [[national_id:{NO_FNR_SP}]] if you need to verify.",
    "The nurse on Ward 7 was an angel. She stayed past her shift to make sure my grandmother was settled.",
    "Your courier left my parcel with Mrs [[person:Pemberton]] next door, who is 87 and can barely open the door. Don't do this again.",
    "Reference ((neg:3104771289)) — please link this to my new mobile [[phone:+44 (0)7700 900 672]].",
    "Lost my wallet on the ((neg:14:05)) from Stockholm to Uppsala. The conductor, [[person:Jörgen]], found it and handed it in. Top man.",
    "Your form wouldn't accept my Swedish ID number [[national_id:{SE_PNR12}]] because it has 12 digits. Most Swedes write it like that! Reply to [[email:PETTER.Lund@icloud.com]].",
    "Bought a ((neg:Dyson V11)) in the January sale, it stopped working after six weeks. Receipt number ((neg:0447-2290-1183)).",
    "I want to complain about your employee [[person:Daniel Brooks-Carter]] who called me at 9pm on a Sunday to sell me broadband. My number [[phone:07700 900 114]] is on the TPS list.",
    "Gym membership: please cancel. Member [[person:Ruth O'Connell]], [[email:ruthoc@gmail.com]]. I've moved abroad.",
    "Had to call three times to change a simple address. Each time I was told it was done. It wasn't. Case ((neg:5190442837)), opened ((neg:2024-05-02)).",
    "I'm a student in Oslo. The bank asked for my D-number, it's [[national_id:{NO_DNR}]]. Still no card after 5 weeks. Text me on [[phone:+47 922 18 406]].",
    "Please pay the compensation to [[account:{IBAN_DE_SP}]] (my German account). Booking ref ((neg:K7PLQ2)). My phone: [[phone:+49 1512 3456789]].",
    "Pizza arrived cold and 50 minutes late. Driver was apologetic though, not his fault. Will order from ((neg:Papa John's)) again only if this is sorted.",
    "Spoke with [[person:Helen]] on ((neg:12/03)) and [[person:Raj]] on ((neg:15/03)), both said a technician would come. Nobody has. Contact [[email:m.hussain_77@hotmail.co.uk]] or [[phone:0113 496 0931]].",
]

EN_SOCIAL = [
    "huge thanks to [[person:becky]] at the ((neg:Tesco)) in Kendal who helped my nan with her shopping today 💕",
    "@[[person:tom_harrison91]] sorry to hear that [[person:Tom]]! Can you DM us your order number and postcode so we can take a look? 🙏",
    "3 hours on hold with @((neg:BritishGas)) and they hung up on me 🙃🙃 #customerservice",
    "Anyone else's train (the ((neg:10:15)) ((neg:LNER)) one) just sat outside Peterborough for an hour?? no announcements, no nothing 😤",
    "if anyone from vodafone reads this pls call [[phone:07700 900 389]] i've been without signal for a WEEK",
    "Shoutout to [[person:Marcus]] at Halfords Croydon, fixed my bike light for free and didn't make me feel stupid 🚲👏",
    "Warning!! got a text from [[phone:+44 7700 900 902]] pretending to be Royal Mail asking for ((neg:£1.45)) redelivery fee. SCAM 🚨",
    "@[[person:jamie_o_k]] @[[person:lucyfarrell]] this is the dentist I told you about lol never again 💀",
    "Real talk, the lady at the Boots pharmacy on Deansgate ([[person:Pam]]? i think) is a saint 😇",
    "me: calls to cancel. them: transfers me 6 times. me: cries 😭 #Sky",
    "My flatmate [[person:Zainab]] ordered a vegan curry and they sent chicken. She's been vegan for 10 years. Deliveroo sort it out 🤬",
    "can't believe @((neg:OctopusEnergy)) actually answered in 2 mins. [[person:ellie]] you're a star ⭐",
    "It's been 9 days. 9. Days. Still no refund. Ref ((neg:AB-88213-X)) 🙄",
]

EN_INTERVIEW = [
    "Interviewer: How did you find the onboarding?\n[[person:Grace]]: Honestly, confusing. I had three different emails asking for the same documents.\nInterviewer: Who did you deal with?\n[[person:Grace]]: A woman called [[person:Natalie]], she was nice but clearly overloaded.",
    "Participant is a 34-year-old nurse from Birmingham who switched energy supplier after a billing error. She says the final straw was a '((neg:grace)) period' that turned out to be two days. She prefers not to be named.",
    "I: What made you choose us?\nR: My brother-in-law, [[person:Kevin]], recommended you. He's been with you for years.\nI: And has it met your expectations?\nR: Mostly. The app's good. Customer service less so.",
    "Customer [[person:Stanisław Kowalczyk]] (contact: [[phone:07700 900 771]]) reports repeated overcharging on his contract. He brought printed statements. Staff member [[person:Gemma]] at the store confirmed the charges look wrong and raised case ((neg:CS-448120)).",
    "Agent: Can I take your National Insurance number please?\nCustomer: It's [[national_id:{UK_NINO_ND}]].\nAgent: Thank you. And your email?\nCustomer: [[email:d.achebe@gmail.com]].\nAgent: Lovely. I've sent the form over.",
    "Focus group, Glasgow, 6 participants, mixed ages. Main themes: long waits for GP appointments, confusion over the online booking system, praise for pharmacy staff. No participant names recorded per consent form.",
    "Interviewer: Can you tell me about the repair?\n[[person:Fiona]]: The garage had my ((neg:Volvo XC60)) for three weeks. Every time I called, [[person:Steve]] said next Monday.\nInterviewer: Did they explain the delay?\n[[person:Fiona]]: Parts from Sweden, apparently. Then the invoice was ((neg:£400)) over the quote.",
    "Met Mr and Mrs [[person:Adeyemi]] at their home, [[address:88 Coventry Road, Birmingham B10 0RX]]. They've had damp in the back bedroom since 2022 and the housing association has sent four different contractors.",
    "Interviewer: So you're Swedish but live in Edinburgh?\n[[person:Linnéa]]: Yes, and my bank in Sweden wanted my personnummer on every call, [[national_id:{SE_PNR}]], even though I'd already verified with BankID.\nInterviewer: How did that make you feel?\n[[person:Linnéa]]: Annoyed. It's a lot to say out loud on a train.",
    "Telephone interview, 22 min. Respondent runs a small bakery and uses our card terminals. Complaints: terminal reboots during lunch rush, settlement takes 3 days instead of 1. Would recommend to others 'only if they fix it'.",
    "I: How did you report the outage?\nR: I emailed [[person:Rashid]] in your network team directly, [[email:rashid.k@northgrid-energy.co.uk]], because the phone line was useless.\nI: Did he respond?\nR: Within an hour. Fair play to him.",
    "Interviewee, [[person:Bronwen]], 58, from Swansea. Caring for her husband [[person:Gareth]] after his stroke. Main issue: the council lost her blue badge application twice. She can be reached on [[phone:029 2018 0447]].",
    "[[person:Kelly]]: Thanks for holding. What's the problem with the account?\nMr [[person:Singh]]: The direct debit came out twice. Sort code [[account:40-11-62]], account [[account:71239904]].\n[[person:Kelly]]: I can see both payments. I'll refund one today.\nMr [[person:Singh]]: Thank you.",
    "I: Anything else about the delivery?\nR: Only that the driver left it in the rain. The box was soaked.\nI: Was anything damaged?\nR: No, luckily. But that's not the point.",
    "Spoke with a Danish customer, [[person:Mikkel Højgaard]], living in Manchester. He tried to use his CPR number [[national_id:{DK_CPR_ND}]] for ID verification and the system rejected it. He ended up sending his passport. Email on file: [[email:mikkel.hojgaard@proton.me]].",
    "Interviewer: Where are you based?\n[[person:Ines]]: [[address:Flat 4B, 112 Leith Walk, Edinburgh EH6 5DT]].\nInterviewer: And the heating issue started when?\n[[person:Ines]]: Last October. The landlord, Mr [[person:Grant]], keeps blaming the gas company.",
    "Interview with a frontline agent ([[person:Tariq]]) about the new CRM. He says he spends 40% of calls asking customers to repeat their details. He gave the example of a caller, Mrs [[person:Lindqvist]], whose number [[phone:+46 70 214 93 81]] had been saved in the wrong country format. Reference ((neg:CRM-5521)).",
]

# ===========================================================================
# build + validate
# ===========================================================================
BLOCKS = [
    ("sv", "survey", SV_SURVEY), ("sv", "social", SV_SOCIAL), ("sv", "interview", SV_INTERVIEW),
    ("en", "survey", EN_SURVEY), ("en", "social", EN_SOCIAL), ("en", "interview", EN_INTERVIEW),
]
PH_RE = re.compile(r"\{([A-Z0-9_]+)\}")
MARK_RE = re.compile(r"\[\[(person|email|phone|national_id|address|account):(.+?)\]\]|\(\(neg:(.+?)\)\)")
EMAIL_RE = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
SCAN_10 = re.compile(r"(?<!\w)(\d{6}[-+ ]?\d{4})(?!\w)")
SCAN_11 = re.compile(r"(?<!\w)(\d{6} ?\d{5})(?!\w)")
SCAN_12 = re.compile(r"(?<!\w)(\d{8}[-+]?\d{4})(?!\w)")
SCAN_NINO = re.compile(r"(?<![A-Za-z0-9])[A-Z]{2} ?\d{2} ?\d{2} ?\d{2} ?[A-D](?![A-Za-z0-9])")
SCAN_IBAN = re.compile(r"(?<![A-Za-z0-9])[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?(?![A-Za-z0-9])")

errors = []


def err(where, msg):
    errors.append("%s: %s" % (where, msg))


def fill(marked):
    def sub(m):
        key = m.group(1)
        if key not in GEN:
            raise KeyError("unknown placeholder {%s}" % key)
        return GEN[key]()
    return PH_RE.sub(sub, marked)


def parse(marked):
    out, spans, negs = [], [], []
    pos = cur = 0
    for m in MARK_RE.finditer(marked):
        out.append(marked[pos:m.start()])
        cur += m.start() - pos
        if m.group(1):
            val = m.group(2)
            spans.append({"start": cur, "end": cur + len(val), "kind": m.group(1)})
        else:
            val = m.group(3)
            negs.append(val)
        out.append(val)
        cur += len(val)
        pos = m.end()
    out.append(marked[pos:])
    return "".join(out), spans, negs


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
            err(where, "markup left: %r" % tok)
    n_words = len(text.split())
    if not 5 <= n_words <= 120:
        err(where, "word count %d" % n_words)
    last_end = -1
    for sp in spans:
        s, e, k = sp["start"], sp["end"], sp["kind"]
        val = text[s:e]
        if not (0 <= s < e <= len(text)):
            err(where, "span out of range %r" % sp)
            continue
        if s < last_end:
            err(where, "overlap at %d" % s)
        last_end = e
        first_ok = val[0].isalnum() or (k == "phone" and val[0] in "+(")
        if not first_ok or not val[-1].isalnum():
            err(where, "span edge is space/punct: %r" % val)
        if s > 0 and text[s - 1].isalnum():
            err(where, "span cuts word at start: %r" % val)
        if e < len(text) and text[e].isalnum():
            err(where, "span cuts word at end: %r" % val)
        if k == "national_id" and not national_id_valid(val):
            err(where, "invalid national_id %r" % val)
        if k == "account":
            if re.match(r"[A-Z]{2}\d{2}", val) and not iban_valid(val):
                err(where, "bad IBAN %r" % val)
            if re.fullmatch(r"\d{4}\.\d{2}\.\d{5}", val) and not no_account_valid(val):
                err(where, "bad NO account %r" % val)
            if val.startswith("NO") and not no_account_valid(val.replace(" ", "")[4:]):
                err(where, "bad NO account in IBAN %r" % val)
        if k == "email" and not EMAIL_RE.fullmatch(val):
            err(where, "odd email %r" % val)
        if k == "phone" and len(re.sub(r"\D", "", val)) < 7:
            err(where, "short phone %r" % val)
    # text outside spans must not contain e-mails / valid IDs / IBANs
    masked = list(text)
    for sp in spans:
        for i in range(sp["start"], sp["end"]):
            masked[i] = "§"
    masked = "".join(masked)
    for m in EMAIL_RE.finditer(masked):
        err(where, "e-mail outside span: %r" % m.group(0))
    for rx in (SCAN_10, SCAN_11, SCAN_12):
        for m in rx.finditer(masked):
            if id_like_valid(m.group(1)):
                err(where, "valid-looking ID outside span: %r" % m.group(1))
    for m in SCAN_NINO.finditer(masked):
        if nino_valid(m.group(0)):
            err(where, "NINO outside span: %r" % m.group(0))
    for m in SCAN_IBAN.finditer(masked):
        if iban_valid(m.group(0)):
            err(where, "IBAN outside span: %r" % m.group(0))
    # hard negatives shaped like IDs must fail every ID check
    for v in rec["_negs"]:
        nd = len(re.sub(r"\D", "", v))
        if nd in (10, 11, 12) and id_like_valid(v):
            err(where, "hard negative passes an ID check: %r" % v)
        if iban_valid(v):
            err(where, "hard negative is a valid IBAN: %r" % v)


def main():
    records = []
    for lang, genre, texts in BLOCKS:
        for i, marked in enumerate(texts):
            text, spans, negs = parse(fill(marked))
            rec = {"text": text, "lang": lang, "genre": genre, "pii": spans, "_negs": negs}
            check(rec, "%s/%s#%d" % (lang, genre, i + 1))
            records.append(rec)
    seen = Counter(r["text"] for r in records)
    for t, c in seen.items():
        if c > 1:
            err("dup", "text used %d times: %r" % (c, t[:60]))
    if errors:
        print("VALIDATION FAILED (%d):" % len(errors))
        for e in errors:
            print("  " + e)
        sys.exit(1)

    rng.shuffle(records)
    with open(OUT, "w", encoding="utf-8") as fh:
        for n, r in enumerate(records, 1):
            out = {"id": "pii2-sven-%04d" % n, "text": r["text"], "lang": r["lang"],
                   "genre": r["genre"], "pii": r["pii"]}
            fh.write(json.dumps(out, ensure_ascii=False) + "\n")

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
    print("wrote %d records -> %s" % (len(records), OUT))
    print("%-14s" % "" + "".join("%8s" % L for L in langs) + "%8s" % "total")
    rows = [("texts", n_texts), ("no-PII texts", n_empty), ("  w/ hard neg", n_neg)]
    for g in ("survey", "social", "interview"):
        rows.append((g, Counter({L: genre_c[L][g] for L in langs})))
    for k in KINDS:
        rows.append((k, Counter({L: kind_c[L][k] for L in langs})))
    rows.append(("spans total", Counter({L: sum(kind_c[L].values()) for L in langs})))
    for name, c in rows:
        print("%-14s" % name + "".join("%8d" % c[L] for L in langs) + "%8d" % sum(c[L] for L in langs))
    for L in langs:
        print("%s no-PII share: %.1f%%" % (L, 100.0 * n_empty[L] / n_texts[L]))


if __name__ == "__main__":
    main()
