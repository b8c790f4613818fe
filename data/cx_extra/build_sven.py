#!/usr/bin/env python3
"""Hand-written Swedish (sv) and English (en) CX training texts for textinsight.

Every text below was written by hand. Each row is a tuple:
    (sentiment, pillars, touchpoints, feedback_type, text)
with short codes that are expanded to the label ids of /work/shared/TAXONOMY.md.
Run:  python3 build_sven.py   -> validates, prints counts, writes sv.jsonl and en.jsonl
Standard library only.
"""
import collections
import json
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))

SENT = {"pos": "positive", "neu": "neutral", "neg": "negative", "mix": "mixed"}
PILL = {"int": "integrity", "res": "resolution", "exp": "expectations",
        "tim": "time_effort", "per": "personalisation", "emp": "empathy"}
TOUCH = {"mkt": "marketing", "sal": "sales", "onb": "onboarding", "web": "website_app",
         "cs": "customer_service", "bil": "billing", "del": "delivery", "prd": "product",
         "sto": "store", "rep": "repair_returns", "can": "cancellation"}
FTYPE = {"pra": "praise", "com": "complaint", "sug": "suggestion", "que": "question",
         "oth": "other"}
GENRES = ("survey", "social", "interview")

DATA = {lang: {g: [] for g in GENRES} for lang in ("sv", "en")}


def add(lang, genre, rows):
    DATA[lang][genre].extend(rows)


# ---------------------------------------------------------------- sv / survey (part 1)
add("sv", "survey", [
    ("pos", "per", "", "pra",
     "Efter tolv år som kund känns det som att ni faktiskt vet vem jag är. Sånt betyder mycket när allt annat ska vara så anonymt."),
    ("pos", "emp", "", "pra",
     "Oavsett vem jag har att göra med hos er blir jag bemött som en människa och inte som ett ärendenummer. Det märks att ni bryr er."),
    ("neg", "int", "bil", "com",
     "Fakturan från elbolaget innehöll en ”administrativ avgift” på 39 kr som ingen nämnde när jag tecknade avtalet. Det känns som att ni hoppas att folk inte läser så noga."),
    ("neu", "", "web", "que",
     "Finns det något sätt att ladda ner alla kontoutdrag för förra året på en gång i internetbanken?"),
    ("neg", "exp", "del", "com",
     "Bredbandet skulle installeras den 3:e. Teknikern kom aldrig och ingen hörde av sig. Nu har det gått tio dagar och jag har fortfarande inget internet."),
    ("pos", "res", "cs rep", "pra",
     "Min diskmaskin gick sönder två månader efter köpet. Ringde kundtjänst, de bokade en reparatör direkt och allt var löst inom en vecka. Toppen!"),
    ("mix", "emp res", "cs bil", "com",
     "Trevlig och förstående tjej på kundtjänsten, det ska ni ha. Men det ändrar inte att ni dragit pengar två gånger för samma månad och att jag fortfarande väntar på återbetalningen."),
    ("neu", "", "sto", "oth",
     "Handlar här varje vecka, mest mejeri och frukt. Inget särskilt att tillägga."),
    ("neg", "per", "mkt", "com",
     "Har varit kund i banken i 22 år och får fortfarande utskick med ”Välkommen som ny kund – öppna ett lönekonto!”. Vet ni ens vilka era kunder är?"),
    ("neu", "tim", "web", "sug",
     "Det vore bra om man kunde spara kortuppgifterna i appen så att man slipper knappa in allt varje gång man beställer."),
    ("pos", "per", "sto", "pra",
     "Receptionisten på hotellet kom ihåg att jag ville ha ett tyst rum från förra vistelsen. Sånt gör att man kommer tillbaka."),
    ("neu", "", "", "oth",
     "Har inget att klaga på, men inget som sticker ut heller. Det är ett försäkringsbolag, liksom."),
    ("mix", "int", "", "que",
     "Bra priser, det ska ni ha. Men jag blir lite orolig när ni plötsligt är billigast på allt – var någonstans sparar ni in?"),
    ("mix", "res", "rep prd", "com",
     "Hörlurarna låter fantastiskt när de väl fungerar, men det här är tredje gången jag reklamerar dem. Varje gång får jag ett nytt par som går sönder på exakt samma sätt. När tänker ni erbjuda pengarna tillbaka istället?"),
    ("pos", "res", "", "pra",
     "När det väl blir fel så rättar ni till det utan krångel. Det är därför jag stannar kvar."),
    ("neu", "exp", "del", "que",
     "När kan jag räkna med att paketet kommer? Spårningen har stått på ”På väg” i fyra dagar nu."),
    ("neg", "int", "can", "com",
     "Försökte säga upp gymkortet och fick veta att det förlängts automatiskt med tolv månader. Ingen påminnelse, inget mejl, ingenting. Oschysst."),
    ("mix", "exp", "prd mkt", "com",
     "Rummet var fint och frukosten bra, men poolen som syns på alla bilder i er annons var stängd hela veckan utan förvarning."),
    ("neg", "", "", "com",
     "Sämre för varje år."),
    ("pos", "tim", "web sal", "pra",
     "Bytte till fast elpris på under fem minuter via hemsidan. Smidigt och tydligt, inga konstigheter."),
    ("neg", "emp", "sto", "com",
     "Killen i kassan suckade högt när jag betalade med kontanter och sa att ”ingen gör så längre”. Onödigt otrevligt mot en äldre kund."),
    ("neu", "", "", "oth",
     "Svarar på enkäten för att jag blev ombedd. Inga synpunkter just nu."),
    ("neu", "", "", "sug",
     "Ni skulle kunna fråga oss kunder oftare vad vi tycker, inte bara skicka den här enkäten en gång om året."),
    ("neg", "exp int", "mkt bil", "com",
     "Kampanjpriset 199 kr/mån gällde tydligen bara i tre månader, vilket stod med mikroskopisk text. Nu betalar jag 449 kr. Känner mig lurad."),
    ("pos", "emp res exp", "cs", "pra",
     "Vill ge en eloge till er skadeavdelning. Vi hade inbrott i början av januari, mitt i natten, och jag var helt uppriven när jag ringde. Handläggaren var lugn, lyssnade på allt och frågade hur barnen mådde innan vi ens började prata om vad som saknades. Hon såg till att en låssmed kom samma kväll och förklarade steg för steg vad som skulle hända med ärendet. Ersättningen kom efter knappt tre veckor, precis som hon sagt. Efter allt man hör om försäkringsbolag hade jag förberett mig på en strid. Det blev inte alls så. Tack!"),
    ("neg", "tim res int", "cs bil", "com",
     "Jag har nu försökt i sex veckor att få rätt på min elräkning. Först kom en faktura på nästan 4 000 kr för en månad då vi var bortresta. Jag ringde, väntade i 40 minuter och fick höra att det var ett avläsningsfel som skulle rättas. Nästa faktura: samma belopp. Ringde igen, ny handläggare, ingen anteckning om mitt förra samtal, så jag fick förklara allt från början. Hon lovade att ringa tillbaka inom två dagar. Ingen ringde. Nu har jag fått en påminnelse med avgift. Jag vill bara ha en korrekt faktura och någon som tar ansvar. Är det verkligen för mycket begärt?"),
    ("neu", "int", "can", "que",
     "Har ni någon hållbarhetsredovisning jag kan läsa? Vill veta hur ni faktiskt arbetar innan jag förlänger avtalet."),
    ("mix", "tim emp", "sto", "pra",
     "Lång väntan på vårdcentralen, nästan en timme efter utsatt tid. Men sjuksköterskan var så vänlig och noggrann att jag nästan glömde bort det."),
    ("mix", "exp", "prd", "com",
     "Tåget var 40 minuter sent både dit och hem. Synd, för personalen ombord är alltid trevlig och vagnarna rena, men man planerar ju sin dag efter tidtabellen."),
    ("neg", "per", "mkt", "sug",
     "Skicka gärna erbjudanden som faktiskt passar mig. Jag har ingen bil, så rabatt på däckbyte varje vecka är ganska meningslöst."),
    ("pos", "int", "", "pra",
     "Ni är ett av få företag jag faktiskt litar på. Ni gör det ni säger att ni ska göra, varken mer eller mindre."),
    ("neg", "res", "rep bil", "com",
     "Bilen har varit på verkstaden två gånger för samma varningslampa. Den lyser fortfarande, och jag har betalat för felsökning båda gångerna."),
    ("neu", "", "onb", "que",
     "Hur aktiverar jag mitt nya SIM-kort? Det följde inte med någon instruktion i kuvertet."),
    ("pos", "tim", "onb web", "pra",
     "Att bli medlem gick jättesnabbt, allt skedde digitalt och jag kunde träna redan samma kväll."),
    ("neg", "int", "sal can", "com",
     "Säljaren lovade att jag kunde ångra köpet inom 30 dagar. Det visade sig inte stämma när jag väl ville göra det."),
])

# ---------------------------------------------------------------- sv / survey (part 2)
add("sv", "survey", [
    ("neg", "emp per", "cs can", "com",
     "Mejlade om min pappas dödsfall och bad att få avsluta hans abonnemang. Fick ett standardsvar som började med ”Hej! Kul att du hör av dig!”"),
    ("pos", "res", "cs rep", "pra",
     "Fick fel storlek levererad, men chatten ordnade ett nytt paket och en returetikett på några minuter. Mycket smidigt."),
    ("neu", "", "prd", "oth",
     "Använder mest tjänsten för att titta på dokumentärer. Utbudet har varit ungefär detsamma det senaste året."),
    ("neu", "", "", "oth",
     "Flyttade hit från Finland i fjol, så jag har inte så mycket att jämföra med. Hittills har det funkat."),
    ("neu", "tim", "sto del", "sug",
     "Sätt upp en skylt vid entrén som visar var man hämtar ut paket. Jag letade i tio minuter innan någon kunde visa mig."),
    ("pos", "per tim", "cs", "pra",
     "Skönt att slippa berätta hela historien igen – han jag pratade med hade alla anteckningar från förra samtalet framför sig."),
    ("neg", "exp", "del", "com",
     "Soffan skulle levereras vecka 12. Nu är det vecka 17 och det senaste beskedet är ”någon gång i sommar”."),
    ("mix", "int", "prd bil", "com",
     "God mat, men 29 kr i serviceavgift plus 39 kr i småorderavgift på en beställning för 150 kr är inte rimligt."),
    ("neu", "exp", "sto", "que",
     "Stämmer det att ni ska stänga kontoret i Västerås till hösten? Vad händer då med oss som har bankfack där?"),
    ("mix", "tim res", "web", "com",
     "Själva ersättningen kom snabbt när den väl var beviljad. Men formuläret för skadeanmälan nollställs om man råkar trycka på tillbaka, och jag fick fylla i allt från början tre gånger."),
    ("pos", "emp", "del", "pra",
     "Chauffören bar upp kylskåpet till fjärde våningen utan hiss och var på strålande humör hela tiden."),
    ("neg", "", "web prd", "sug",
     "Fixa uppspelningen av nedladdade avsnitt innan ni lägger till fler nya funktioner. Appen kraschar fortfarande varje gång."),
    ("neu", "", "can", "que",
     "Hur lång är uppsägningstiden på hyreskontraktet om jag flyttar till en annan lägenhet inom föreningen?"),
    ("neg", "int res", "rep", "com",
     "Ni vägrar ta tillbaka jackan för att lappen är borttagen, fast dragkedjan gick sönder första dagen. Det är inte så konsumentköplagen fungerar, och det vet ni."),
    ("pos", "", "", "pra",
     "Fortsätt precis som ni gör!"),
    ("neg", "exp tim", "onb", "com",
     "Välkomstmejlet sa att jag skulle få mina inloggningsuppgifter inom 24 timmar. Det tog fyra dagar och två samtal innan något hände."),
    ("neu", "", "web", "sug",
     "Lägg gärna till mörkt läge i appen, den lyser som en strålkastare när man kollar saldot på kvällen."),
    ("mix", "res emp", "rep", "com",
     "Verkstaden fixade bromsarna snabbt, det ska de ha. Men när jag påpekade en ny repa i lacken fick jag bara höra att den ”säkert fanns där innan”."),
    ("neu", "int", "", "que",
     "Säljer ni vidare mina personuppgifter till andra företag? Vill gärna veta det innan jag bestämmer mig."),
    ("pos", "exp", "del", "pra",
     "Beställde på söndagskvällen och paketet låg i brevlådan tisdag morgon, precis som utlovat."),
    ("neu", "", "bil", "oth",
     "Betalar via autogiro sedan flera år och har inte haft anledning att höra av mig."),
    ("neg", "int exp", "", "com",
     "Ni lovar så mycket men håller så lite. Jag har slutat förvänta mig något annat av er."),
    ("neg", "per", "sal", "com",
     "Fick en ”skräddarsydd” offert på hemförsäkring som var exakt densamma som grannen fick, trots att vi bor helt olika och har olika behov."),
    ("neg", "res tim", "cs", "que",
     "Hur länge ska jag behöva vänta på besked om min ersättning? Ärendet skickades in för sex veckor sedan och jag har inte hört ett ord."),
    ("pos", "res", "rep", "pra",
     "Skärmen på telefonen byttes ut gratis inom garantin och jag fick en lånetelefon under tiden. Riktigt bra."),
    ("neg", "int", "sto bil", "sug",
     "Se över hyllkantsetiketterna! Priset var 24,90 men i kassan drogs 32,90, och det är tredje gången den här månaden som det blir fel åt ert håll."),
    ("neu", "", "onb", "oth",
     "Flyttade in förra veckan. Nycklarna fungerar och vi har fått information om tvättstugan och sophanteringen."),
    ("mix", "exp", "prd", "pra",
     "Hotellet var inte riktigt lika lyxigt som bilderna antydde, men personalen var fantastisk och läget perfekt. Skulle bo här igen."),
    ("neg", "emp", "", "com",
     "Det känns som att ni har glömt att det sitter människor i andra änden. Allt handlar om siffror och effektivitet nuförtiden."),
    ("neu", "tim exp", "cs", "sug",
     "Skicka ett sms när det är ens tur i kön istället för att låta oss sitta med telefonen i örat. Och säg gärna ungefär hur lång väntetiden är."),
    ("pos", "emp", "cs", "pra",
     "Tack till Sara på kundtjänst som tog sig tid trots att jag var rätt irriterad. Hon förstod precis varför och bemötte mig jättebra."),
    ("neg", "tim", "can web", "sug",
     "Gör det möjligt att säga upp avtalet via Mina sidor. Nu måste man ringa, och telefonen är bara öppen 9–15."),
    ("neu", "", "prd", "oth",
     "Elen fungerar som den ska. Jag jämför priser en gång om året, mer än så engagerar jag mig inte."),
    ("neg", "int", "sal bil", "com",
     "På sajten stod det fri frakt över 499 kr, men i kassan lades 59 kr till ändå. Hur kan det bli så?"),
    ("pos", "per", "sto", "pra",
     "Mannen på järnhandeln kom ihåg vilket altanbygge jag höll på med och hade redan plockat fram rätt skruv. Det kallar jag service."),
])

# ---------------------------------------------------------------- sv / social (part 1)
add("sv", "social", [
    ("neu", "", "", "oth",
     "Dagens fundering: varför måste alla nya bankappar heta något med ”pay”? 🤔"),
    ("neg", "", "prd", "sug",
     "snälla sluta ändra receptet på er havredryck. den gamla var mycket godare, nu smakar den papp 😕"),
    ("neg", "int exp", "mkt bil onb", "com",
     "”Inga dolda avgifter” stod det i reklamen. Första fakturan: uppläggningsavgift 295 kr. Skämt? 🤡"),
    ("neu", "", "sto", "que",
     "Vet någon om apoteket vid stationen har öppet på annandagen?"),
    ("mix", "emp exp", "prd", "com",
     "Personalen på tåget var supergulliga när vi blev stående i Hallsberg i en timme, men hallå, tredje gången den här veckan 😩"),
    ("neg", "tim", "cs", "sug",
     "Kära elbolag: låt chatten vara öppen efter kl 17. Det är ju då vi som jobbar hinner höra av oss."),
    ("neg", "exp", "del", "com",
     "”Leverans inom 24 h” sa de. Dag fem nu. Paketet verkar ha åkt på semester 📦🏖️"),
    ("neu", "tim", "web", "sug",
     "Kan inte nån av trafikbolagens appar låta en köpa biljett för flera personer på en gång? Fyra köp i rad med ungar som springer runt är inte kul"),
    ("mix", "tim emp", "onb web cs", "com",
     "Registreringen i appen var en mardröm, fem steg som alla krånglade. Men tjejen i supportchatten var en ängel 😇"),
    ("pos", "per", "mkt", "pra",
     "Blev faktiskt glad av nyhetsbrevet från bokhandeln med boktips utifrån det jag läst. Träffade helt rätt 📚"),
    ("mix", "emp int", "", "com",
     "Gillar verkligen folket som jobbar hos er, men det känns som att ledningen bara bryr sig om aktieägarna. Märks i allt 🤷"),
    ("neu", "", "bil web", "que",
     "Nån som vet varför Swish-betalningen till gymmet inte syns på mina sidor än? Betalade i fredags"),
    ("neg", "int", "can sal", "com",
     "Försökte byta mobiloperatör och nu vill de ha 1 800 kr för att jag bryter bindningstiden. Det sa ingen när jag skrev på 😡"),
    ("pos", "emp", "del", "pra",
     "Brevbäraren i vårt område hälsar alltid och frågade mormor om hon behövde hjälp att bära in paketet ❤️"),
    ("mix", "tim res", "rep cs", "com",
     "Älskar era kläder, men jag returnerade en klänning för en månad sen och har mejlat tre gånger om pengarna. Inget svar. Ringer imorgon. Igen."),
    ("pos", "", "", "pra",
     "Stort tack till alla som jobbar på vårdcentralen i sommar. Ni är hjältar 💙"),
    ("neu", "", "mkt", "que",
     "Ser reklam för den där nya streamingtjänsten överallt nu, bussar, poddar, youtube. Nån som testat? värt pengarna?"),
    ("neg", "per", "mkt", "com",
     "Köpte blöjor EN gång till en kompis och nu får jag barnvagnsreklam varje dag 🙄 jag har inga barn"),
    ("mix", "tim", "web", "com",
     "Bra att man kan boka besiktning online, men varför finns det aldrig några lediga tider närmare än fem veckor fram?"),
    ("mix", "exp", "prd sal", "com",
     "Maten ombord och personalen var bra, inget att säga om det. Men jag betalade extra för ”premium” och fick en stol som inte gick att fälla bak. Det är vanlig ekonomi med dyrare biljett."),
    ("neu", "", "", "oth",
     "Kollade precis hur länge jag varit kund hos min bank. 19 år. Känner mig gammal 😅"),
    ("neg", "emp", "bil", "com",
     "Berättade att jag just blivit arbetslös och bad om anstånd med hyran. Svaret från förvaltaren: ”regler är regler”. Tack för empatin."),
    ("neu", "", "sto", "sug",
     "Önskar att mataffären hade en hylla med varor nära bäst före-datum till halva priset. Mindre svinn och billigare för oss 🌱"),
    ("neg", "res exp", "rep", "com",
     "Mobilen har varit på reparation i fem veckor. ”Den ligger hos tekniker” är allt jag får veta 🫠"),
    ("pos", "int", "bil", "pra",
     "Elbolaget hörde av sig själva och sa att jag betalat för mycket i förskott, och betalade tillbaka mellanskillnaden. Ärligt! 👌"),
    ("neu", "", "del", "que",
     "Levererar ni till Gotland?"),
    ("mix", "tim", "web", "com",
     "Appen är snygg och lätt att hitta i, men varför måste jag legitimera mig med BankID FYRA gånger för att betala en räkning? Det är inte säkerhet, det är tortyr."),
    ("mix", "exp per", "prd bil sto", "com",
     "Okej, jag måste bara skriva av mig. Har varit medlem på gymmet i fyra år och älskat det, passen är grymma och instruktörerna peppiga 💪 Men sen i höstas har något hänt. Priset har höjts två gånger, nu 599 i månaden, duscharna är kalla varannan dag och halva maskinparken har lappar med ”ur funktion”. När jag tog upp det i receptionen fick jag en broschyr om deras nya premiumkort. Nej tack. Funderar seriöst på att byta."),
])

# ---------------------------------------------------------------- sv / social (part 2)
add("sv", "social", [
    ("pos", "per", "sto", "pra",
     "Frisören kom ihåg exakt hur jag ville ha luggen sen förra gången, fast det var ett halvår sen 😮"),
    ("neg", "int exp", "sal", "com",
     "Köpte en begagnad bil med ”full servicehistorik”. Historiken visade sig vara två stämplar. Och nu svarar inte handlaren längre."),
    ("neu", "", "onb", "que",
     "hur lång tid tar det innan man får sitt bankkort när man öppnat konto? blev kund idag 🙂"),
    ("neu", "", "", "que",
     "Är det nån som vet vem som äger elbolaget numera? Hörde att de blivit uppköpta av nåt utländskt bolag"),
    ("pos", "res emp", "sto", "pra",
     "Flyget ställdes in och jag var helt slut. Kvinnan vid servicedisken bokade om mig, fixade hotell och lyssnade verkligen. Tack 🙏"),
    ("neg", "int", "mkt", "com",
     "Tävlingen på ert Instagram ”vinn ett års fri el” – ingen vinnare utsedd och inlägget raderat. Snyggt."),
    ("neg", "per", "prd", "sug",
     "Tips till streamingtjänsten: sluta föreslå barnprogram bara för att ungarna tittat på EN film på mitt konto. Inför riktiga profiler."),
    ("neg", "tim", "onb", "com",
     "Har försökt få igång min nya router i två dagar. Manualen säger en sak, hemsidan en annan och supporten en tredje."),
    ("pos", "emp per", "sto", "pra",
     "Kan bara säga att kvartersbutiken på hörnet är guld värd. De frågar alltid hur det går med knät sen operationen 💛"),
    ("neg", "emp", "cs", "com",
     "Kundtjänsten skrattade när jag sa att vi varit utan värme i tre dagar med en bebis. SKRATTADE."),
    ("neu", "", "bil", "oth",
     "Faktura på 0 kr. Okej då."),
    ("neg", "exp tim", "del", "com",
     "Teknikern skulle komma mellan 8 och 12. Klockan är 15.30. Tog ledigt från jobbet för det här."),
    ("pos", "int", "sal", "pra",
     "Säljaren i mobilbutiken avrådde mig faktiskt från det dyraste abonnemanget och sa att jag klarar mig gott med det billigaste. Respekt."),
    ("neg", "int tim", "can web", "com",
     "Ni gör det omöjligt att säga upp streamingen. Knappen finns inte i appen, bara ”pausa”. 😑"),
    ("neu", "", "onb sal", "que",
     "Ska teckna hemförsäkring för första gången nu när jag flyttat hemifrån. Vad behöver man egentligen ha med? 🏠"),
    ("mix", "emp res", "rep", "com",
     "Snälla och trevliga verkstadskillar, men tredje besöket för samma ljud i motorn nu. Kom igen."),
    ("neg", "tim", "web", "sug",
     "Tågbolaget borde visa ersättningsbussarna i appen också. Stod i 20 minuter vid fel hållplats igår kväll 🚌"),
    ("neg", "per tim", "cs", "sug",
     "Lägg in i kundkortet att jag är döv och behöver kontakt via text, och LÄS det. Jag har förklarat samma sak vid varje samtal i tre år."),
    ("neu", "", "", "oth",
     "Sitter på Arlanda och väntar på boarding. Känns som att halva Stockholm ska till Kanarieöarna idag."),
    ("neg", "", "", "com",
     "Har sagt det förut och säger det igen: ALDRIG mer. Ni förtjänar inte era kunder."),
    ("pos", "", "sto", "sug",
     "Kommunens återvinningscentral är toppen, men öppna på söndagar också! Det är ju då man hinner rensa förrådet ♻️"),
    ("neg", "int", "", "com",
     "Mitt förtroende för er är noll efter det här året. Först dataläckan, sen alla tomma löften. Räcker nu."),
    ("pos", "exp", "prd", "pra",
     "Var skeptisk till lågprishotellet men rummet var större och renare än jag trodde. Positivt överraskad!"),
    ("neu", "", "can", "que",
     "Om jag säger upp bredbandet nu, gäller det till månadens slut eller tre månader framåt?"),
    ("neg", "emp", "prd", "com",
     "Läkaren i videosamtalet tittade knappt upp från skärmen och avslutade efter fyra minuter. Kände mig inte lyssnad på alls."),
    ("mix", "", "del prd", "com",
     "Maten från budfirman smakar alltid bra men kommer lika alltid ljummen. Byt förpackning eller nåt?"),
    ("pos", "", "mkt", "pra",
     "Ärligt talat årets roligaste reklamfilm, den med katten som försöker köpa tågbiljett 😂"),
])

# ---------------------------------------------------------------- sv / interview
add("sv", "interview", [
    ("neg", "tim res", "cs bil", "com",
     "Kunden ringde för tredje gången om samma faktura. Hon sa att hon fått olika besked varje gång och att hon var trött på att förklara allt från början."),
    ("pos", "emp", "sto sal", "pra",
     "I: Hur upplevde du besöket i butiken? R: Väldigt bra faktiskt. Hon som hjälpte mig lyssnade på vad jag behövde istället för att pracka på mig det dyraste."),
    ("neu", "", "onb", "oth",
     "Respondenten har varit kund i tre månader. Uppstarten beskrivs som okomplicerad och hon har inte haft någon kontakt med kundtjänst under perioden."),
    ("neg", "int", "bil", "com",
     "Kund uppger att hon fakturerats för en larmtjänst (149 kr/mån) som hon aldrig beställt. Hon anser att tjänsten lagts till utan hennes samtycke."),
    ("mix", "res tim", "cs", "com",
     "I: Blev problemet löst till slut? R: Ja, men det tog sju samtal och två mejl. Kompensationen var okej, men jag hade hellre sluppit allt krångel."),
    ("pos", "per", "sal", "pra",
     "Kunden uttryckte uppskattning för att rådgivaren kände till hans situation med delad vårdnad och anpassade sparförslaget efter den."),
    ("mix", "exp emp", "del", "com",
     "R: De sa att installationen skulle ta två timmar. Han var här i sex. Trevlig kille, det ska sägas, men när han gick fungerade laddboxen ändå inte."),
    ("neu", "", "can", "que",
     "Kunden ville veta om det går att frysa medlemskapet under föräldraledigheten istället för att säga upp det. Hänvisades till gymmets villkor."),
    ("pos", "emp", "onb", "pra",
     "Kunden beskrev första veckan som ny hyresgäst som varm: fastighetsskötaren knackade på, presenterade sig och visade var allt fanns."),
    ("pos", "res", "rep del", "pra",
     "Kund nöjd med hanteringen av reklamationen på tvättmaskinen. En ny maskin levererades inom fem dagar och den gamla hämtades samtidigt."),
    ("neu", "", "prd", "oth",
     "Intervjupersonen åker buss till jobbet dagligen och beskriver turtätheten som ”helt okej för att vara landsbygd”. Inga specifika klagomål framfördes."),
    ("neg", "per emp", "sal", "com",
     "R: Jag sa att jag är pensionär och bara ringer ibland. Ändå försökte han sälja på mig ett abonnemang med 100 GB surf. Han lyssnade inte alls."),
    ("mix", "emp exp", "prd", "com",
     "Patienten var nöjd med bemötandet från vårdpersonalen men upplevde att hon blivit lovad en uppföljning inom två veckor som aldrig blev av."),
    ("neg", "tim emp", "can cs", "com",
     "Kunden försökte avsluta sitt konto och fick tre gånger frågan om hon inte ville ha ett ”specialerbjudande” innan handläggaren till slut accepterade uppsägningen."),
    ("pos", "", "", "pra",
     "Intervjupersonen sammanfattade sin upplevelse med ”jag har aldrig behövt fundera på att byta” och gav betyget 9 av 10."),
    ("neg", "int", "can", "com",
     "Kunden upplever att bolaget gömmer uppsägningsvillkoren. Han fick veta om den tre månader långa uppsägningstiden först när han redan tecknat avtal med en ny leverantör."),
    ("neg", "per", "", "sug",
     "R: Det vore fint om man märkte att ni vet vem jag är. Jag har haft alla mina försäkringar hos er i tjugo år, men det märks inte ett dugg."),
    ("neu", "", "bil web", "que",
     "Kund frågade varför elpriset på fakturan skiljer sig från det som visas i appen. Förklarade att appen visar spotpris exklusive påslag och moms."),
    ("neg", "res int tim", "cs bil", "com",
     "Kunden hade blivit lovad att bli uppringd samma dag angående den felaktiga debiteringen. Ingen ringde, och hon har fått förklara ärendet på nytt för varje ny handläggare. Vid dagens samtal var hon märkbart upprörd."),
    ("pos", "emp", "del", "pra",
     "I: Vad tyckte du om montören? R: Jättebra. Han förklarade allt för min mamma som inte är så teknisk, och hade tålamod med alla hennes frågor."),
    ("neg", "exp int", "mkt bil", "com",
     "Kunden hade sett en annons om ”fri installation” men fick betala 1 200 kr för material. Hon anser att annonsen var vilseledande."),
    ("neu", "", "", "oth",
     "R: Inga klagomål, det bara funkar."),
    ("neg", "emp", "", "com",
     "R: Alltså, det är den där känslan av att man är till besvär. Varje gång man hör av sig, oavsett vad det gäller."),
    ("pos", "per emp", "cs", "pra",
     "Kund berättade att handläggaren på försäkringsbolaget själv ringde upp efter en vecka för att höra hur det gick med vattenskadan. ”Det hade jag aldrig väntat mig.”"),
    ("mix", "int", "prd bil", "com",
     "I: Är du nöjd med streamingtjänsten? R: Innehållet är bra. Men de har höjt priset två gånger på ett år och nu är det reklam också. Det känns inte schysst."),
    ("neg", "res", "rep", "que",
     "R: Jag vill bara veta en sak: täcker garantin det här eller inte? Ingen har kunnat ge mig ett rakt svar på en månad."),
    ("neg", "per", "mkt", "com",
     "Kunden irriterades över att få samma generiska lånerbjudande varje vecka, trots att hon uttryckligen tackat nej vid två tillfällen."),
    ("pos", "tim", "onb", "pra",
     "Respondenten lyfte fram hur enkelt det var att flytta in: digitala nycklar, ett välkomstmejl med all info och fungerande bredband från dag ett."),
    ("neu", "exp", "", "oth",
     "Respondenten förväntade sig inte särskilt mycket av bolaget från början och tycker att det ungefär har motsvarat förväntningarna."),
    ("neg", "int res", "rep bil", "com",
     "Kunden lämnade in bilen för service och ett missljud från bakaxeln. Vid hämtning var fakturan 6 400 kr högre än offerten. Verkstaden hade bytt bromsskivor och ett hjullager utan att kontakta honom först, trots att han enligt arbetsordern uttryckligen bett om att bli uppringd före eventuella tilläggsarbeten. De gamla delarna visades inte upp och missljudet finns kvar. Kunden kräver återbetalning av mellanskillnaden och överväger att anmäla ärendet till Allmänna reklamationsnämnden."),
    ("pos", "per", "", "sug",
     "I: Finns det något vi kan göra bättre? R: Ni är redan bra. Men det vore smidigt med en påminnelse när min vanliga medicin håller på att ta slut, ni vet ju vad jag hämtar ut."),
    ("neg", "exp int res", "prd sto", "com",
     "Gästen hade bokat rum med havsutsikt men fick ett rum mot parkeringen. Receptionen hävdade att utsikt ”inte kan garanteras” och erbjöd ingen kompensation."),
    ("pos", "res tim", "cs", "pra",
     "R: Det som var bra var att första personen jag pratade med kunde fixa allt. Ingen vidarekoppling, inget ”vi återkommer”."),
    ("mix", "emp tim res", "can cs bil", "com",
     "I: Kan du berätta om när du sa upp din mammas abonnemang? R: Ja. Hon gick bort i mars och jag hade fullmakt. Första personen jag pratade med var jättefin, hon beklagade sorgen och tog sig tid. Men sen krävde de bouppteckning, och den tar ju månader. I: Hur kändes det? R: Tungt. Fakturorna fortsatte komma i hennes namn, med påminnelser. Varje gång jag ringde fick jag börja om och berätta att hon var död. I: Blev det löst till slut? R: Efter tre månader, ja. Men det borde inte behöva vara så."),
    ("neg", "int", "", "com",
     "R: Jag litar inte på dem längre. Efter allt som stått i tidningarna om hur de hanterat kunddata vet man inte vad de gör med ens uppgifter."),
])

# ---------------------------------------------------------------- en / survey (part 1)
add("en", "survey", [
    ("neg", "tim", "cs bil", "com",
     "Spent 52 minutes on hold to change the date my direct debit comes out. The line went dead at minute 53."),
    ("pos", "emp", "sto", "pra",
     "The optician could see I was nervous about the eye pressure test and talked me through every step. Made a real difference."),
    ("neg", "int", "sal bil", "com",
     "Where did the £4.99 'booking fee' come from? It wasn't shown anywhere until the very last page of checkout."),
    ("neu", "", "web", "que",
     "Can I add a second cardholder through online banking, or does that need a branch visit?"),
    ("neg", "exp", "del", "com",
     "Was told the new boiler would be fitted on Monday. The fitter turned up on Thursday with the wrong part, so we've now had no hot water for a week."),
    ("pos", "res", "rep sto", "pra",
     "My kettle died after six weeks. Took it back and they swapped it at the counter in two minutes, no receipt needed."),
    ("mix", "emp res", "cs bil", "com",
     "Your agent was lovely and genuinely seemed sorry, but 'we've raised a ticket with the billing team' is now the fourth time I've heard that about the same wrong meter reading."),
    ("neu", "", "onb web", "oth",
     "Still getting used to the online banking after switching over from my old bank. Nothing wrong so far, just different."),
    ("neg", "per int", "mkt can", "com",
     "Fifteen years with this insurer, my renewal goes up every year, and every email I get is a 'new customer' deal I'm not eligible for."),
    ("neu", "tim per", "web", "sug",
     "It would save a lot of hassle if the app remembered my usual delivery slot instead of making me choose it again every week."),
    ("pos", "per", "sto", "pra",
     "The barista had my oat flat white ready before I'd even reached the till. Small thing, but it makes my morning."),
    ("neu", "", "", "oth",
     "I've been with the same bank since my student days. Never had a reason to leave, never had a reason to rave either."),
    ("neu", "per", "", "sug",
     "Would be nice if you occasionally acknowledged long-standing customers. Doesn't have to be money, just some sign you know we exist."),
    ("mix", "res", "rep prd", "com",
     "The charger is brilliant when it works, but this is the third replacement you've sent me with the same fault. Stop sending new ones and give me a refund."),
    ("pos", "", "", "pra",
     "Best company I've dealt with. Full stop."),
    ("neu", "int", "", "que",
     "Are you planning to sign the new ethical banking pledge? A few of my friends are moving their money over it."),
    ("neg", "int", "can bil", "com",
     "My home insurance auto-renewed at almost double last year's price. No warning email, nothing. I only noticed when the money left my account."),
    ("mix", "exp", "prd mkt", "com",
     "Gorgeous cottage and lovely hosts, but the hot tub from the listing photos was broken and covered with a tarp the whole week."),
    ("neg", "", "", "com",
     "Used to love this company. Now it's just another faceless corporation. Shame."),
    ("pos", "tim", "web sal", "pra",
     "Upgraded my phone online in about three minutes and the new handset arrived the next morning. No hard sell, no faff."),
    ("neg", "emp", "sto", "com",
     "The receptionist at the clinic rolled her eyes when I said I didn't have my appointment letter. Not the welcome you want when you're already anxious."),
    ("neu", "", "sto", "oth",
     "Only really shop here because it's closest to the bus stop, to be honest."),
    ("neu", "tim", "onb", "sug",
     "When someone joins, send them one welcome email with everything in it, not seven separate ones over two days."),
    ("neg", "exp int", "mkt bil onb", "com",
     "Signed up for '£20 a month' broadband. The first bill was £34 because of 'line rental' that the advert didn't show. Feels like a bait and switch."),
    ("pos", "emp res exp", "cs", "pra",
     "I want to say a proper thank you to your claims team. A pipe burst in our loft at about 11 at night and water was coming through the kitchen ceiling. I rang in a complete panic with a toddler crying in the background. The handler calmly talked me through turning off the stopcock, asked whether we had somewhere safe to sleep, and had an emergency plumber with us within two hours. She called back the next morning without being asked and told us exactly what would happen next and when. Everything happened just as she said. After years of hearing horror stories about insurers, this was the opposite."),
    ("neg", "tim res emp", "cs web", "com",
     "I've spent the best part of two months trying to get a simple address change sorted on my car insurance. First the website wouldn't accept my new postcode. Then I phoned and was passed between sales, renewals and 'policy admin', each one telling me it wasn't their team. One agent finally made the change and promised a confirmation email, which never came. Last week I got a letter at my OLD address saying my policy might be invalid because my details are wrong. Nobody seems bothered, nobody takes ownership, and I'm paying over £600 a year for this."),
    ("neu", "", "bil", "que",
     "Why has the payment reference changed on this month's invoice? Do I need to update my standing order?"),
    ("mix", "tim emp", "sto", "pra",
     "Over an hour standing in the queue at the passport office, which is ridiculous. But the officer who finally saw us was so warm with my nervous daughter that she had her laughing by the end. Worth the wait, just about."),
    ("mix", "exp emp", "prd", "com",
     "The conductors are always apologetic and polite, I'll give them that. But the 07:42 was cancelled again, the third time in a fortnight, and I now leave 40 minutes early just in case."),
    ("neg", "per", "mkt", "sug",
     "Please stop emailing me about dog food. I bought one bag for my neighbour's dog last Christmas. I don't have a dog."),
    ("pos", "exp", "prd", "pra",
     "The new vegan range is genuinely good, the mushroom pie especially. Didn't expect that from a supermarket own brand."),
    ("mix", "res emp", "rep bil", "com",
     "Staff at the bike shop are friendly and the coffee while you wait is a nice touch. But my bike came back with the gears worse than before and now they want another £40 to 'take a look'."),
    ("neu", "", "onb del", "que",
     "Do I need to be at home for the smart meter installation, or can the engineer do it from outside?"),
    ("pos", "tim", "onb web", "pra",
     "Opening the savings account took five minutes on my phone, ID check included. Impressed."),
    ("neg", "int", "sal rep", "com",
     "The car dealer promised the first service was included in the price. Now the workshop says it isn't and wants £189."),
])

# ---------------------------------------------------------------- en / survey (part 2)
add("en", "survey", [
    ("neg", "emp", "cs bil", "com",
     "I explained I'd just been made redundant and asked for a short payment break. The agent read me a script about late fees and ended the call."),
    ("pos", "res", "del bil", "pra",
     "A jar of pasta sauce smashed in my online shop. The driver spotted it, apologised, and the refund was in my account before he'd left the street."),
    ("neu", "", "web", "oth",
     "I mainly use the app to top up my travel card. Haven't needed much else from it."),
    ("neu", "", "", "oth",
     "Moved here from abroad last year, so I don't have much to compare you with yet. So far it's been fine, I suppose."),
    ("neu", "tim", "del", "sug",
     "Please add more parcel lockers at the station. The only one is always full and I end up collecting from the depot on the other side of town."),
    ("pos", "per", "cs", "pra",
     "Called about my mortgage and the adviser already knew I'd been on maternity leave. She suggested a payment holiday before I even asked."),
    ("neg", "exp", "del", "com",
     "Our kitchen worktops were promised for week 3 of the build. We're now in week 8 and the fitter says they were never ordered."),
    ("mix", "int", "prd bil", "com",
     "Rooms are nice and the staff are friendly, but charging £18 a night for parking at a hotel with no other option nearby is cheeky."),
    ("neu", "", "", "que",
     "Are you still a mutual, or were you bought out? It makes a difference to me as a member."),
    ("mix", "int res", "", "com",
     "Fair play, you admitted the mistake and put it right in the end. But it shouldn't have taken a newspaper article for that to happen."),
    ("pos", "emp per", "del", "pra",
     "The broadband engineer was brilliant. He explained everything to my dad, who's hard of hearing, and wrote the wifi password down for him in big letters."),
    ("neu", "int", "", "que",
     "Do you still donate part of your profits to local charities? I chose you partly because of that."),
    ("neu", "", "can", "que",
     "If I move house, can I take my broadband contract with me, or do I have to start a new one?"),
    ("neg", "res int", "rep", "com",
     "You refused to take back a faulty hoover because it was 'used'. Of course it was used, that's how I found out it was faulty."),
    ("neg", "int", "", "com",
     "You say 'customers come first' at the bottom of every letter. Funny how it never feels that way when something goes wrong."),
    ("neg", "tim", "cs", "sug",
     "Add an option for 'I've been charged twice' to your phone menu. Nine options, none of them fit, and pressing 0 just sends you back to the start."),
    ("neu", "", "web", "sug",
     "Could the app show the gate number as soon as it's announced? I'd rather not keep staring at the departure screens."),
    ("mix", "emp", "rep sto", "com",
     "The phone repair was quick and cheap, no complaints there. But the guy behind the counter barely looked at me and didn't explain what he'd replaced."),
    ("neg", "", "", "com",
     "Never again. Just never again."),
    ("pos", "exp", "del", "pra",
     "The plumber said he'd be here between 8 and 10 and knocked at 8:05. Job done by 9. Brilliant."),
    ("neu", "", "can", "oth",
     "Renewal letter arrived today. The price is the same as last year, so I'll just let it roll over."),
    ("neg", "emp", "sto", "com",
     "Gym staff were laughing at people using the machines, well within earshot. Made me not want to go back."),
    ("neg", "per", "sal", "com",
     "Asked for a 'personalised' mortgage quote and got exactly the same rate that's on your homepage for everyone."),
    ("neg", "res tim", "cs", "que",
     "Is anyone actually reading my complaint? I've sent four emails and received four automated replies."),
    ("pos", "res", "rep", "pra",
     "Boiler packed up on Christmas Eve. The repair line got someone out on Boxing Day and the part was covered. Can't fault it."),
    ("neg", "int", "sto bil", "com",
     "Shelf label said 2 for £5 but the till charged full price for both. Staff said the offer ended yesterday, yet the labels are still up."),
    ("neu", "", "onb", "oth",
     "Registered with the new dental practice last month. First check-up is booked for October."),
    ("mix", "exp", "prd mkt", "pra",
     "The food on the cruise wasn't quite the gourmet experience the brochure described, but the crew were fantastic and the kids loved every minute. We'd go again."),
    ("neg", "emp", "", "com",
     "Every interaction with you lately makes me feel like an inconvenience. Not sure what's changed, but something has."),
    ("neu", "tim exp", "cs", "sug",
     "Tell people their place in the queue when they ring. Even 'you are number 14' would help me decide whether to hang on."),
    ("pos", "emp", "cs", "pra",
     "Shout out to Tom on the helpline. My dad has dementia, and Tom spoke to him slowly and kindly, then checked with me before changing anything on the account."),
    ("neg", "tim int", "can", "com",
     "You can sign up online in two minutes, but cancelling needs a phone call during office hours. Funny that."),
    ("neu", "", "prd", "oth",
     "Water's fine, pressure's fine. Only ever think about you when the bill arrives."),
    ("neg", "int", "rep bil", "com",
     "Your site said 'free returns' when I ordered. Now that I'm sending it back, £3.95 is being taken off my refund."),
    ("pos", "per", "sto", "pra",
     "The staff at the garden centre remembered I'd lost my tomatoes to blight last year and steered me towards a resistant variety. Lovely touch."),
])

# ---------------------------------------------------------------- en / social (part 1)
add("en", "social", [
    ("neg", "tim", "cs web", "com",
     "45 mins on hold to my energy supplier just to be told to 'check the website'. I CHECKED THE WEBSITE. that's why I rang 🙃"),
    ("pos", "", "", "pra",
     "can't believe I'm saying this about a bank but... I actually like my bank now?? who even am I 😂"),
    ("neg", "int exp", "mkt prd", "com",
     "Advert: 'unlimited data'. Small print: slowed to dial-up speeds after 30GB. Unlimited my foot."),
    ("neu", "", "onb web", "que",
     "first week at the new gym and I still can't work out how to book classes. is there a guide somewhere??"),
    ("mix", "emp exp", "prd", "com",
     "Cabin crew were absolute stars with my toddler 💕 shame the plane sat on the tarmac for 90 minutes before we even took off"),
    ("pos", "res", "cs bil", "pra",
     "Massive thanks to the bank's chat team for sorting the fraud on my card in 20 mins and getting every penny back. Properly impressed 👏"),
    ("neg", "exp", "del", "com",
     "'Next day delivery' was 6 days ago. I've seen snails with better tracking 🐌"),
    ("neu", "tim", "web", "sug",
     "Would love it if the bus app let you buy one ticket for the whole family instead of four separate ones 🙏"),
    ("neg", "emp", "sto", "com",
     "Asked a staff member where the batteries were and got 'dunno, not my aisle'. Glad I asked 👍"),
    ("pos", "per", "mkt sal", "pra",
     "Genuinely useful email from the wine shop suggesting bottles like the ones I've bought before. Ordered two 🍷"),
    ("neu", "", "", "que",
     "Genuine question for the timeline: does anyone actually read the terms and conditions? Asking for myself."),
    ("neu", "", "bil web", "que",
     "Anyone else's council tax direct debit not showing on their account yet? Paid on Friday"),
    ("neg", "int res", "can bil", "com",
     "Cancelled my meal kit subscription in March. They're still taking money in May and say there's 'no record' of my cancellation. 😡"),
    ("pos", "emp", "prd", "pra",
     "Our bin men always wheel the bins back up to the gate for my gran because she struggles with them. Small thing, massive difference ❤️"),
    ("mix", "tim res", "rep cs", "com",
     "Love the trainers, hate the returns process. Sent a pair back a month ago, three emails and a live chat later, still no refund."),
    ("neg", "int", "can bil", "com",
     "Switched energy supplier in January. The old one has now sent a 'final bill' that's £140 more than my last estimate and won't explain why 🙄"),
    ("neu", "", "mkt", "que",
     "Seeing ads for this new streaming thing literally everywhere. Anyone actually tried it? worth it?"),
    ("neg", "per", "mkt", "sug",
     "Dear airline: I booked ONE trip to Benidorm for my mum. Please stop assuming I'm a 70-year-old who only wants coach tours 😂 ask me what I like"),
    ("mix", "tim", "web", "com",
     "Love that you can book a GP appointment online now. Less love that the earliest slot is in four weeks."),
    ("neg", "exp", "prd sal", "com",
     "Paid extra for 'extra legroom'. My knees are currently touching my chin. Great stuff."),
    ("pos", "int", "", "pra",
     "Love that this company publishes all its complaints data every year, good and bad. Transparency is rare, more of this please 👏"),
    ("neg", "emp per", "sal", "com",
     "Told my energy supplier I'm on a prepayment meter because money's tight, and they tried to upsell me a smart thermostat. Read the room."),
    ("neu", "", "", "sug",
     "Companies: if you're going to send a survey after every single interaction, at least make it shorter than the interaction was."),
    ("neg", "res exp", "rep", "com",
     "My laptop has been 'awaiting parts' for a month. Nobody can tell me which part or when. Fantastic."),
    ("pos", "int", "prd", "pra",
     "Refreshing: the vet told us the cheaper treatment would work just as well and didn't push the expensive one 🐶"),
    ("neu", "", "del", "que",
     "Do you deliver to Jersey?"),
    ("mix", "tim", "web", "com",
     "Love the new look of the app but it logs me out every time I switch to my texts to copy the code. Then asks for the code again. Genius design."),
    ("mix", "", "prd bil", "com",
     "The new menu is great 🌮 but £14 for three small tacos? come on"),
])

# ---------------------------------------------------------------- en / social (part 2)
add("en", "social", [
    ("pos", "per", "sto", "pra",
     "The librarian remembered my son's shark obsession and had a new shark book set aside for him 🦈📚"),
    ("neg", "int exp", "sal", "com",
     "Letting agent said the flat had been 'fully refurbished'. The carpets are older than me and there's a bird's nest in the extractor fan."),
    ("neu", "", "onb del", "que",
     "First time trying a meal kit. Do I need to be in for the delivery or will they leave it outside?"),
    ("neg", "int", "", "com",
     "Honestly can't think of a single company I'd trust less right now. Well done I guess 👏"),
    ("pos", "res emp", "rep", "pra",
     "Broke down on the motorway and the recovery guy not only towed me but waited with me until my lift came because it was dark. Legend."),
    ("neg", "int", "mkt", "com",
     "Your 'Black Friday deal' is the exact same price it was in October. I took screenshots."),
    ("neg", "per", "prd", "sug",
     "dear music app, I listened to ONE lullaby playlist for my baby. I don't need 'Sleepy Piano' in my workout mix forever. let me delete stuff from my history pls"),
    ("neg", "tim", "onb", "com",
     "Took me 3 days to get my new thermostat connected. The setup guide, the app and the helpline all told me different things."),
    ("pos", "emp per", "sto", "pra",
     "Shoutout to the lads at the corner shop who put the Sunday paper aside for my nan and always ask after her garden 💛"),
    ("neg", "emp per", "cs bil", "com",
     "Told the helpline my mum had just gone into a hospice and I needed to move the bills into my name. The agent asked if I'd like to hear about their broadband deals. Unreal."),
    ("neu", "", "", "oth",
     "Just realised I've been with the same phone network for 11 years. Loyalty or laziness? 🤔"),
    ("neg", "exp tim", "del", "com",
     "Day off work to wait for the washing machine. 'Between 7am and 7pm.' It's 6.45pm. Nothing. Not even a text."),
    ("pos", "int", "sal", "pra",
     "Estate agent was straight with us about the damp and the survey costs from day one. Rare honesty, would use again."),
    ("neg", "int tim", "can", "com",
     "There's a big 'upgrade' button on every page, but to cancel I have to print and POST a letter?? In this day and age??"),
    ("neu", "", "prd", "que",
     "Are your chips cooked in the same oil as the fish? Asking for a coeliac."),
    ("mix", "emp res", "rep", "com",
     "The tyre place staff are so friendly 😊 but they've now 'fixed' my slow puncture twice and it's flat again this morning"),
    ("pos", "tim", "web", "pra",
     "Changed my ferry booking in the app in about 30 seconds when my plans shifted. No fee either ⛴️👍"),
    ("neg", "per tim", "cs", "que",
     "Why do I have to explain on every single call that I'm partially sighted and can't read your letters? It's on my account. Does anyone read the notes?"),
    ("neu", "", "", "oth",
     "On the train to Leeds, writing a presentation I should've finished yesterday. Send coffee."),
    ("neu", "", "", "oth",
     "been a customer so long I genuinely forgot I had an account with them until the annual statement turned up lol"),
    ("pos", "emp", "", "sug",
     "Your staff are lovely every single time I deal with them. Now just pay them properly so they stay 🙏"),
    ("neg", "res per", "", "com",
     "Customer for 9 years, had ONE problem, and it's been 'under review' for 4 months. Loyalty clearly counts for nothing."),
    ("pos", "exp", "prd", "pra",
     "Wasn't expecting much from a budget airline but the seats were comfy, we left early and landed early ✈️"),
    ("neu", "", "can", "que",
     "If I cancel my gym membership now, do I pay for the rest of the month or the full notice period?"),
    ("mix", "emp", "web prd", "com",
     "The GP app is brilliant for booking, but the video appointment itself lasted three minutes and she didn't look up once."),
    ("mix", "res emp", "del prd cs", "com",
     "Right, little rant incoming. We've ordered from the same pizza place every Friday for about three years. The pizza itself is still the best in town, no argument 🍕 But since they moved to the delivery app it turns up lukewarm every single time, because the driver does three or four other drops first. Last week it took 70 minutes for a two-mile trip. I messaged support and got a £2 voucher and a copy-paste apology. We'll keep ordering for now, but honestly we're this close to just collecting it ourselves."),
    ("pos", "", "mkt", "pra",
     "That advert with the dancing grandad and the broadband router has me in stitches every time 😂"),
])

# ---------------------------------------------------------------- en / interview
add("en", "interview", [
    ("neg", "tim", "sto cs", "com",
     "Caller said he had visited the branch twice and phoned once about the same mortgage letter, and each time was told a different department deals with it."),
    ("pos", "per", "sal", "pra",
     "I: What stood out about the showroom? R: The salesman asked about our kids and how we actually use the car, then steered us to a smaller, cheaper model. Didn't expect that."),
    ("neu", "", "onb", "oth",
     "Participant joined the energy supplier in January after switching. No contact with customer service since the account was activated."),
    ("neg", "int", "bil sal", "com",
     "Customer reports being billed monthly for 'device insurance' she says she declined at the till. Believes it was added without her consent."),
    ("mix", "res", "cs", "com",
     "I: Did you get what you wanted in the end? R: Eventually. The compensation was fair, I'll give them that. But I had to go to the ombudsman before anyone took me seriously."),
    ("pos", "per", "", "pra",
     "Customer said what keeps her loyal is that 'they know my situation without me having to explain it every time'."),
    ("mix", "exp", "del sal", "com",
     "R: The salesman was great, really knew his stuff. But the solar panels were meant to be up before the summer. Scaffolding went up in May and came down in August with nothing installed."),
    ("neu", "", "can", "que",
     "Customer asked whether she could transfer her annual season ticket to a colleague instead of cancelling it. Referred to the terms and conditions."),
    ("neg", "emp", "sto", "com",
     "I: Anything negative? R: The woman on the checkout. She made a comment about how much wine I was buying, loud enough for the whole queue to hear."),
    ("pos", "res", "rep", "pra",
     "Customer happy with how the warranty claim on her fridge-freezer was handled: assessed over a video call and a replacement ordered the same day."),
    ("neu", "", "", "oth",
     "R: Can't say I think about them much."),
    ("neg", "per emp", "sal", "com",
     "R: I said we were downsizing because of my husband's illness. The estate agent still kept showing us four-bedroom houses."),
    ("mix", "emp exp", "prd", "com",
     "Patient was positive about the physiotherapist's manner but said the six sessions she had been promised were cut to three with no explanation."),
    ("neg", "tim", "web cs", "sug",
     "R: Make the portal accept meter readings properly, that's all I ask. It rejected mine, so I phoned, and they told me to put it on the portal."),
    ("pos", "int", "", "pra",
     "R: They've never once tried to con me. These days that's worth a lot."),
    ("neg", "int", "can", "com",
     "Customer feels the gym deliberately makes leaving difficult. She was only told about the two months' notice when she tried to cancel, not when she joined."),
    ("neu", "tim", "cs", "sug",
     "R: If I could book a call slot, like at the doctor's, I'd never have to sit in a queue again. I'm a teacher, I can't hold for 40 minutes."),
    ("neu", "", "bil", "que",
     "Customer asked why the bill shows a higher unit rate than the one quoted on the comparison website. Explained that the quote excluded the standing charge."),
    ("neg", "res int tim", "cs bil", "com",
     "Customer had been promised a call back within 24 hours about the missing refund. This was her fourth promised call back, and she has had to chase every one herself. Visibly frustrated on today's call."),
    ("pos", "emp", "del", "pra",
     "I: What did you think of the driver? R: Lovely. It was chucking it down, so he put the parcel in the shed and texted me a photo so I wouldn't worry."),
    ("neg", "exp int", "mkt bil", "com",
     "Customer saw a leaflet offering 'free fitting' on carpets but was charged £180 for grippers and underlay. Considers the leaflet misleading."),
    ("neu", "", "onb", "oth",
     "New tenant, moved in three weeks ago. Reports receiving the welcome pack and keys on the agreed date; no issues raised so far."),
    ("neg", "emp", "", "com",
     "R: They mean well, I think. But they talk to you like you're a child. Everything explained three times, slowly."),
    ("pos", "per emp", "", "pra",
     "Customer mentioned that after her fall, the housing officer rang every week to check how she was coping and arranged a grab rail without being asked."),
    ("mix", "int", "prd bil can", "com",
     "I: Happy with the broadband overall? R: The speed's brilliant, can't fault it. But the 14 percent mid-contract price rise wasn't in anything I signed."),
    ("neg", "res", "del", "que",
     "R: All I'm asking is, who pays for the damage the removals firm did to the stairs? Nobody will give me a straight answer."),
    ("neg", "per", "mkt web", "sug",
     "R: If the loyalty app paid any attention to what I buy, it would stop pushing meat deals at me. I've been vegetarian for years."),
    ("pos", "tim", "onb", "pra",
     "Participant described setting up her business account as 'painless': one video call, documents signed digitally, card in the post within three days."),
    ("neu", "int", "", "oth",
     "Respondent said she chose the bank mainly because her parents used it and has 'no reason to distrust them'. No further comments."),
    ("neg", "int exp", "rep bil sal", "com",
     "Customer brought his laptop in for a screen replacement under the extended warranty he bought at the time of sale. He says he was told in store that accidental damage was covered. After two weeks the shop returned the laptop unrepaired, with an invoice for a £95 'inspection fee' and a note that the damage was excluded. Customer has the salesperson's handwritten note saying 'accidental damage included' and feels he was misled when buying the cover. He is asking for either the repair or a full refund of the warranty, and says he will not shop with the company again."),
    ("pos", "per", "sto", "sug",
     "I: Anything we could improve? R: Not much, honestly. Maybe a text when my prescription is ready, since you know I always come in on a Friday."),
    ("mix", "exp int", "prd sto", "com",
     "Guest praised the pool and the breakfast, but had booked a family room with two double beds and was given one double and a camp bed. Front desk said it was 'similar'."),
    ("pos", "res exp", "rep sto", "pra",
     "R: I expected a fight over the cracked screen. Instead the chap at the counter checked the warranty, agreed it was a manufacturing fault and swapped it. Ten minutes."),
    ("mix", "tim emp per", "can cs bil", "com",
     "I: You left us after 22 years. What happened? R: Honestly, it wasn't one thing. The branch closed, so I moved everything online, which was fine. But when my fixed rate ended, nobody got in touch. I only found out I'd gone onto the standard variable rate when my payment jumped by £230. I: Did you contact us? R: Three times. A new person every time, the same questions every time. The last one was lovely, I'll say that, she clearly understood how stressful it was. But by then I had an offer from another lender, so I switched."),
    ("neg", "emp", "", "com",
     "I: Overall, how do you feel about them? R: Honestly? Tired. Every year it's a bit worse and nobody there seems to care."),
])

# ================================================================ build, validate, write
MIN_PILLAR = 18
MIN_TOUCH = 12


def expand(lang, genre, idx, row):
    assert isinstance(row, tuple) and len(row) == 5, (lang, genre, idx, row)
    s, p, t, f, text = row
    assert s in SENT, (lang, genre, idx, s)
    assert f in FTYPE, (lang, genre, idx, f)
    pills = p.split()
    touch = t.split()
    for x in pills:
        assert x in PILL, (lang, genre, idx, "bad pillar", x)
    for x in touch:
        assert x in TOUCH, (lang, genre, idx, "bad touchpoint", x)
    assert len(set(pills)) == len(pills) and len(set(touch)) == len(touch), (lang, genre, idx)
    assert text == text.strip() and '"' not in text, (lang, genre, idx, text)
    n_words = len(text.split())
    assert 4 <= n_words <= 150, (lang, genre, idx, n_words, text)
    return {"text": text, "lang": lang, "genre": genre, "sentiment": SENT[s],
            "pillars": [PILL[x] for x in pills], "touchpoints": [TOUCH[x] for x in touch],
            "feedback_type": FTYPE[f]}


def pct(n, total):
    return f"{n:3d} ({100.0 * n / total:4.1f} %)"


def report(lang, recs):
    total = len(recs)
    print(f"\n=== {lang}: {total} records")
    for field, keys in (("genre", GENRES), ("sentiment", SENT.values()),
                        ("feedback_type", FTYPE.values())):
        c = collections.Counter(r[field] for r in recs)
        print(f"  {field}: " + ", ".join(f"{k} {pct(c[k], total)}" for k in keys))
    for field, keys in (("pillars", PILL.values()), ("touchpoints", TOUCH.values())):
        c = collections.Counter(x for r in recs for x in r[field])
        print(f"  {field}: " + ", ".join(f"{k} {c[k]}" for k in keys))
        n = collections.Counter(min(len(r[field]), 3) for r in recs)
        print(f"  {field} per text: " + ", ".join(
            f"{k if k < 3 else '3+'}: {pct(n[k], total)}" for k in range(4)))
    cross = collections.Counter((r["sentiment"], r["feedback_type"]) for r in recs)
    print("  sentiment x feedback: " + ", ".join(
        f"{s[:3]}/{f[:3]} {cross[(s, f)]}" for s in SENT.values() for f in FTYPE.values()
        if cross[(s, f)]))


def main():
    seen_prefix = {}
    problems = []
    out = {}
    for lang in ("sv", "en"):
        recs = []
        for genre in GENRES:
            for idx, row in enumerate(DATA[lang][genre]):
                recs.append(expand(lang, genre, idx, row))
        for i, r in enumerate(recs, 1):
            r["id"] = f"cxx-{lang}-{i:04d}"
        for r in recs:
            # consistency between sentiment and feedback type
            if r["feedback_type"] == "praise" and r["sentiment"] == "negative":
                problems.append(f"{r['id']}: praise with negative sentiment")
            if r["feedback_type"] == "complaint" and r["sentiment"] == "positive":
                problems.append(f"{r['id']}: complaint with positive sentiment")
            # duplicates / near-duplicates across both languages
            key = re.sub(r"\s+", " ", r["text"].lower())[:40]
            if key in seen_prefix:
                problems.append(f"{r['id']}: near-duplicate of {seen_prefix[key]}: {key!r}")
            seen_prefix.setdefault(key, r["id"])
        pc = collections.Counter(x for r in recs for x in r["pillars"])
        tc = collections.Counter(x for r in recs for x in r["touchpoints"])
        for k in PILL.values():
            if pc[k] < MIN_PILLAR:
                problems.append(f"{lang}: pillar {k} only {pc[k]} (< {MIN_PILLAR})")
        for k in TOUCH.values():
            if tc[k] < MIN_TOUCH:
                problems.append(f"{lang}: touchpoint {k} only {tc[k]} (< {MIN_TOUCH})")
        out[lang] = recs
        report(lang, recs)
    ids = [r["id"] for recs in out.values() for r in recs]
    assert len(ids) == len(set(ids)), "duplicate ids"
    if problems:
        print("\nVALIDATION PROBLEMS:")
        for p in problems:
            print("  " + p)
    assert not problems, f"{len(problems)} validation problem(s)"
    keys = ("id", "text", "lang", "genre", "sentiment", "pillars", "touchpoints",
            "feedback_type")
    for lang, recs in out.items():
        path = os.path.join(HERE, f"{lang}.jsonl")
        with open(path, "w", encoding="utf-8") as fh:
            for r in recs:
                fh.write(json.dumps({k: r[k] for k in keys}, ensure_ascii=False) + "\n")
        print(f"wrote {path} ({len(recs)} records)")


if __name__ == "__main__":
    main()
