#!/usr/bin/env python3
"""Builder for hand-written Danish (da) and Norwegian Bokmal (nb) CX feedback training data.

Each record below is a tuple:
    (genre, sentiment, feedback_type, pillars, touchpoints, text)
genre:        sur = survey, soc = social, int = interview
sentiment:    pos, neu, neg, mix
feedback:     pr = praise, co = complaint, su = suggestion, qu = question, ot = other
pillars:      space separated short ids (see PILLAR), "" = none
touchpoints:  space separated short ids (see TOUCH), "" = none

All texts are written by hand. Standard library only.
Outputs: da.jsonl and nb.jsonl next to this file.
"""
import collections
import json
import os
import sys

GENRE = {"sur": "survey", "soc": "social", "int": "interview"}
SENT = {"pos": "positive", "neu": "neutral", "neg": "negative", "mix": "mixed"}
FTYPE = {"pr": "praise", "co": "complaint", "su": "suggestion", "qu": "question", "ot": "other"}
PILLAR = {"int": "integrity", "res": "resolution", "exp": "expectations",
          "te": "time_effort", "per": "personalisation", "emp": "empathy"}
TOUCH = {"mkt": "marketing", "sal": "sales", "onb": "onboarding", "web": "website_app",
         "cs": "customer_service", "bil": "billing", "del": "delivery", "prd": "product",
         "sto": "store", "rep": "repair_returns", "can": "cancellation"}

# ---------------------------------------------------------------------------
# DANISH: survey comments
# ---------------------------------------------------------------------------
DA_SURVEY = [
    ("sur", "neg", "co", "te", "",
     "Hvorfor skal alting være så besværligt hos jer? Det tager tre gange så lang tid, som det burde, hver eneste gang."),
    ("sur", "pos", "pr", "emp per", "sto",
     "Damen på apoteket kunne se, at jeg tidligere har fået bivirkninger af lignende medicin, og tog sig god tid til at "
     "forklare, hvordan den nye skulle tages, selvom der var kø bag mig. Tusind tak."),
    ("sur", "neg", "co", "int", "bil",
     "Der var pludselig et 'administrationsgebyr' på 39 kr. på min elregning, som ingen nogensinde har fortalt mig om. "
     "Det føles som at blive snydt."),
    ("sur", "neu", "ot", "", "",
     "Har ikke noget at tilføje denne gang."),
    ("sur", "mix", "co", "emp res", "cs bil",
     "Medarbejderen i kundeservice var virkelig sød og forstående, men det ændrer ikke på, at I har opkrævet mig to gange "
     "for den samme måned og stadig ikke har betalt pengene tilbage."),
    ("sur", "pos", "pr", "per", "sto",
     "Det er rart, at de i filialen kan huske mig og ved, at vi er ved at købe hus. Rådgiveren spurgte selv ind til, "
     "hvordan det gik med husjagten."),
    ("sur", "neg", "co", "exp", "del",
     "Pakken skulle komme tirsdag, blev lovet onsdag og kom først lørdag. Hvorfor give en leveringsdato, hvis den "
     "alligevel ikke holder?"),
    ("sur", "neu", "su", "", "web",
     "Det ville være smart, hvis man kunne se sine gamle kvitteringer i appen og ikke kun dem fra de sidste tre måneder."),
    ("sur", "neg", "su", "te", "web",
     "Lad os dog blive logget ind i appen lidt længere ad gangen. det er træls at skulle finde MitID frem hver gang man "
     "bare vil tjekke saldoen"),
    ("sur", "pos", "pr", "res exp", "cs rep",
     "Min vaskemaskine gik i stykker efter fire måneder, midt i en periode hvor vi har en nyfødt og vasker hver dag."
     " Jeg skrev til kundeservice om formiddagen og forventede ærligt talt at skulle vente en uge. I stedet ringede "
     "en tekniker allerede dagen efter og kom samme eftermiddag. Han skiftede pumpen på tyve minutter og forklarede,"
     " hvad der var galt. Ingen regning, ingen diskussion om garantien. Hurtig og problemfri løsning, tak!"),
    ("sur", "neg", "co", "int te", "can",
     "Jeg prøvede at opsige mit medlemskab i fitnesscentret, men fik at vide, at det kun kan gøres ved personligt "
     "fremmøde. Det stod ingen steder, da jeg meldte mig ind på nettet på to minutter."),
    ("sur", "neu", "qu", "", "onb bil",
     "Jeg er lige startet som kunde. Hvornår bliver den første betaling trukket, og får jeg en faktura inden?"),
    ("sur", "mix", "co", "exp", "prd mkt",
     "Hotellet lå godt og morgenmaden var fin, men værelset lignede slet ikke billederne i jeres annonce. Det var meget "
     "mindre og med udsigt til en parkeringsplads."),
    ("sur", "mix", "su", "", "prd",
     "Bedste brød jeg har købt i lang tid. Men bag gerne flere surdejsboller om eftermiddagen, de er altid udsolgt "
     "efter kl. 14."),
    ("sur", "neg", "co", "emp", "sto",
     "Kassedamen himlede med øjnene, da min søn tabte en pose. Ikke et ord, bare et suk. Man føler sig ikke velkommen."),
    ("sur", "neg", "qu", "per", "mkt",
     "Hvorfor er det altid de nye kunder, der får de gode tilbud? Jeg har været kunde i 12 år og har aldrig fået så meget "
     "som en rabatkode."),
    ("sur", "neu", "ot", "", "onb",
     "Oprettede kontoen i sidste uge. Velkomstmail og adgangskode kom samme dag."),
    ("sur", "neg", "co", "res te", "cs rep",
     "Tredje gang jeg reklamerer over det samme utætte køleskab. Hver gang lukker I sagen, uden at nogen har været ude "
     "og kigge på det."),
    ("sur", "neg", "co", "int", "",
     "I skriver overalt, at kunden kommer først, men når det virkelig gælder, er det altid jeres egne regler, der tæller."),
    ("sur", "neg", "co", "int", "sal can",
     "Sælgeren lovede mig, at der ikke var nogen binding, men i kontrakten står der 6 måneder. Jeg føler mig ført bag "
     "lyset."),
    ("sur", "neu", "su", "int", "",
     "Bare gør det, I siger, I vil gøre. Så er jeg tilfreds."),
    ("sur", "pos", "pr", "emp per", "prd",
     "Kabinepersonalet var helt fantastiske over for min datter, som er bange for at flyve. De kom forbi flere gange "
     "undervejs og lod hende hilse på piloterne efter landing."),
    ("sur", "mix", "co", "exp", "del",
     "Montøren skulle komme mellem 8 og 12, men dukkede op kl. 15.30, uden at nogen havde ringet. Jeg havde taget fri "
     "fra arbejde. Selve installationen var til gengæld fint udført."),
    ("sur", "neu", "qu", "", "can",
     "Kan jeg sætte mit abonnement på pause i sommerferien i stedet for at opsige det?"),
    ("sur", "mix", "co", "res te", "cs",
     "Der gik tre uger, før nogen svarede på min klage, men da de endelig gjorde, var svaret grundigt, og jeg fik både "
     "en undskyldning og et gavekort."),
    ("sur", "neg", "co", "int", "bil",
     "Prisen steg med 20 % fra den ene måned til den anden, og besked om det lå gemt i en mail, der lignede reklame. "
     "Det er ikke fair over for kunderne."),
    ("sur", "neu", "ot", "", "rep bil",
     "Returnerede et par sko, der var for små. Pengene kom retur på kontoen to dage efter."),
    ("sur", "neu", "ot", "", "sal",
     "Købte årsabonnementet, fordi det var billigere end at betale måned for måned."),
    ("sur", "neg", "co", "per emp", "",
     "Jeg savner at blive behandlet som et menneske og ikke som et sagsnummer."),
    ("sur", "neg", "su", "per", "mkt",
     "Send gerne tilbud, der passer til det, jeg faktisk køber. Jeg er vegetar og får hver uge rabat på hakket oksekød."),
    ("sur", "mix", "su", "", "sto",
     "Rent og pænt omklædningsrum, og der er altid ledige maskiner om morgenen. Eneste ønske: længere åbningstid i "
     "weekenden, kl. 16 er for tidligt."),
    ("sur", "neg", "co", "emp", "cs can",
     "Kvinden i telefonen var direkte uforskammet og afbrød mig hele tiden. Jeg ringede for at melde min mors dødsfald "
     "og lukke hendes konto."),
    ("sur", "neu", "qu", "", "del",
     "Leverer I også til Bornholm, og hvad koster fragten i så fald?"),
    ("sur", "mix", "co", "exp", "prd del rep",
     "Sofaen er flot og god at sidde i, men den kom tre uger efter den lovede dato, og det ene ben var ridset. Nu venter "
     "jeg på et nyt ben."),
    ("sur", "pos", "pr", "per", "rep",
     "På værkstedet huskede de, at vi skulle køre langt i sommerferien, og tjekkede derfor også bremser og dæk, uden at "
     "jeg bad om det. Uden beregning. Det kalder jeg service."),
]
DA_SURVEY += [
    ("sur", "neg", "co", "int res", "bil can",
     "Jeg solgte min bil i februar og gik ud fra, at forsikringen stoppede automatisk, ligesom den gjorde hos mit "
     "gamle selskab. Det gjorde den ikke, og ingen fortalte mig noget. Jeg har altså betalt forsikring på en bil, "
     "jeg ikke ejede, i et halvt år. Da jeg opdagede det og ringede, fik jeg at vide, at det var mit ansvar at melde"
     " salget, og at I ikke refunderer bagudrettet. Det kan godt være, at det står i betingelserne, men I kunne "
     "sagtens have set i motorregistret, at bilen var solgt. Jeg føler mig ikke særlig godt behandlet efter elleve "
     "år som kunde."),
    ("sur", "pos", "pr", "te", "onb web",
     "Flytningen af el til den nye lejlighed tog fem minutter på nettet. Alt var klar, da vi fik nøglerne."),
    ("sur", "neu", "ot", "", "",
     "Jeg har kun været kunde i to uger, så det er lidt tidligt at sige noget."),
    ("sur", "neu", "qu", "exp", "prd",
     "Hvorfor måler jeg aldrig over 150 Mbit, når jeg betaler for 1000? Er der noget galt med min forbindelse, eller er "
     "det bare sådan, det er?"),
    ("sur", "neg", "su", "te", "web",
     "Lav en søgefunktion på hjemmesiden, der virker. Jeg ledte i 20 minutter efter, hvordan man ændrer leveringsadresse."),
    ("sur", "mix", "co", "emp te", "sto",
     "Lægen var meget lyttende og tog mig alvorligt, men ventetiden i venteværelset var over en time efter min aftalte tid."),
    ("sur", "pos", "pr", "res", "cs web",
     "Tak til Mette i kundeservice, som fik løst problemet med mit login på fem minutter, efter jeg havde kæmpet med det "
     "i dagevis."),
    ("sur", "neu", "su", "emp", "",
     "Tænk også på os, der ikke er så digitale. Ikke alle kan eller vil klare alt på en smartphone."),
    ("sur", "neg", "co", "int", "sal",
     "Fik solgt en dyr ekstragaranti i butikken, som jeg senere fandt ud af dækker præcis det samme som "
     "reklamationsretten. Det er ren udnyttelse."),
    ("sur", "neg", "co", "res int", "rep",
     "Mobilen har været til reparation to gange for samme fejl. Den virker stadig ikke, og nu siger de, at garantien er "
     "udløbet."),
    ("sur", "pos", "pr", "emp", "del",
     "Chaufføren bar pakken helt op på 4. sal, selvom det 'kun' var levering til døren. Meget flinkt gjort."),
    ("sur", "neu", "qu", "", "web bil",
     "Hvordan skifter jeg den e-mail, som fakturaerne bliver sendt til? Jeg kan ikke se muligheden under min profil."),
    ("sur", "neg", "co", "per", "",
     "Hver gang jeg har med jer at gøre, er det, som om I aldrig har hørt om mig. Jeg har ellers fortalt om min "
     "hørenedsættelse flere gange og bedt om at få tingene på skrift."),
    ("sur", "pos", "pr", "exp", "del",
     "Møblerne kom præcis i det tidsrum, der var aftalt, og montørerne ryddede op efter sig. Helt som lovet."),
    ("sur", "neg", "co", "", "",
     "Det eneste, I er hurtige til, er at sende spørgeskemaer som det her."),
    ("sur", "neu", "qu", "", "",
     "Hvad bruger I egentlig svarene fra de her undersøgelser til? Man hører aldrig noget bagefter."),
    ("sur", "mix", "co", "int emp", "bil",
     "Jeres medarbejdere er altid søde, men jeg forstår ikke, hvorfor I tager gebyr for en papirregning, når min mor "
     "på 84 ikke kan bruge netbank."),
    ("sur", "pos", "pr", "", "",
     "Jeg har været kunde hos jer i over 20 år og har aldrig haft grund til at skifte. Det siger vel alt."),
    ("sur", "mix", "co", "exp", "prd",
     "Instruktørerne er dygtige, men holdene bliver aflyst med en times varsel flere gange om måneden. Det var ikke det, "
     "jeg meldte mig ind for."),
    ("sur", "neu", "su", "te", "web",
     "Det ville hjælpe, hvis man kunne uploade billeder af skaden direkte i skadesanmeldelsen i stedet for at sende dem "
     "på mail bagefter."),
    ("sur", "neg", "co", "int", "mkt",
     "Annoncen sagde 'halv pris i 3 måneder', men med småt stod der, at det kun gjaldt, hvis man samtidig købte en ny "
     "telefon. Vildledende."),
    ("sur", "pos", "pr", "emp", "cs",
     "Jeg var meget ked af det, da jeg ringede om min afdøde fars forsikringer, og medarbejderen var utrolig tålmodig og "
     "forklarede alt i mit tempo."),
    ("sur", "neg", "co", "te res", "cs bil",
     "Jeg har skrevet fire mails om en forkert faktura. Hver gang får jeg et autosvar og så ikke mere."),
    ("sur", "neu", "qu", "", "onb",
     "Skal jeg selv aktivere mit nye SIM-kort, eller sker det automatisk, når det gamle lukkes?"),
    ("sur", "pos", "pr", "per int", "sal sto",
     "Sælgeren i cykelbutikken spurgte ind til, hvor langt jeg pendler, og frarådede faktisk den dyreste model. "
     "Det giver tillid."),
    ("sur", "neg", "su", "", "prd",
     "Sæt en ordentlig kaffeautomat op på stationen. Den nuværende smager af ingenting og koster 35 kr. for en lille kop."),
    ("sur", "mix", "co", "res int", "rep",
     "Fik hurtigt en ny støvsuger, da den gamle gik i stykker, men skulle selv betale fragten for at sende den defekte "
     "retur. Det synes jeg ikke er rimeligt."),
    ("sur", "neu", "ot", "", "",
     "Svarede på undersøgelsen, fordi jeg blev bedt om det. Ingen særlige oplevelser at fremhæve."),
    ("sur", "mix", "co", "emp te", "sto prd",
     "Receptionisten var mere optaget af sin telefon end af at tjekke os ind, og vi stod der med to trætte børn i et "
     "kvarter. Værelset var heldigvis rent og fint."),
    ("sur", "pos", "pr", "res", "",
     "I har været der for os, hver gang noget er gået galt. Det glemmer vi ikke."),
    ("sur", "neu", "su", "per te", "web",
     "Appen kunne godt huske mine faste varer, så jeg ikke skal søge dem frem hver eneste uge."),
    ("sur", "neg", "co", "int exp", "can bil",
     "Mit abonnement blev fornyet automatisk til en højere pris, selvom jeg fik at vide, at prisen var fast. Og jeg kan "
     "først opsige det om et år."),
    ("sur", "pos", "pr", "", "",
     "Fortsæt det gode arbejde!"),
    ("sur", "neg", "co", "te exp", "del",
     "Pakken blev leveret til en pakkeshop 6 km væk, selvom jeg var hjemme hele dagen. Ingen seddel, ingen besked."),
    ("sur", "neu", "qu", "", "sal del",
     "Kan I give et tilbud på nye vinduer til et rækkehus, og hvor lang tid går der fra bestilling til montering?"),
]
# ---------------------------------------------------------------------------
# DANISH: social media posts
# ---------------------------------------------------------------------------
DA_SOCIAL = [
    ("soc", "neg", "co", "exp", "del",
     "3 dage forsinket, og trackingen siger stadig 'pakken er på vej' 🙄 hvornår kommer den??"),
    ("soc", "pos", "pr", "emp", "sto",
     "Kæmpe ros til personalet i vores lokale supermarked, som hjalp en ældre dame med at bære varerne ud til bilen i "
     "silende regn ❤️"),
    ("soc", "neg", "co", "int", "bil",
     "Så har elselskabet igen 'justeret' prisen uden at sige det. Tjek jeres regninger folkens!! #snyd"),
    ("soc", "neg", "qu", "", "onb web",
     "Har lige skiftet bank og kan ikke aktivere netbanken. Koden fra velkomstbrevet virker ikke?? Er der andre, der har "
     "haft det sådan?"),
    ("soc", "mix", "co", "exp", "prd",
     "Toget holdt stille i 40 min uden for Fredericia 😤 Men stor respekt til togføreren, der hele tiden fortalte, hvad "
     "der foregik, og hvornår vi kunne regne med at køre."),
    ("soc", "pos", "pr", "per", "sto",
     "Min lokale bager kender min bestilling, før jeg siger den 😄 det er sgu hyggeligt"),
    ("soc", "mix", "co", "te emp", "cs",
     "Time 2 i telefonkø hos forsikringsselskabet. Musikken kan jeg nu udenad 🎶🙃 (ok, damen jeg endelig fik fat i var "
     "nu sød)"),
    ("soc", "neg", "co", "emp", "cs",
     "fik at vide af jeres chat at det var 'min egen skyld' at jeg ikke havde læst betingelserne. fedt at blive talt "
     "ned til 👍"),
    ("soc", "pos", "pr", "res", "cs bil",
     "Skrev til dem på Facebook om en fejl på regningen og fik svar og kreditnota inden for en time. Sådan!! 👏"),
    ("soc", "neu", "ot", "", "mkt",
     "Ser at de har en ny reklamekampagne kørende med hunde i hovedrollen. Okay så."),
    ("soc", "mix", "co", "int", "mkt sal",
     "Fine priser på selve varerne, men 'GRATIS FRAGT' stod der med store bogstaver. Ved kassen: 49 kr i "
     "'håndteringsgebyr'. Nej tak 🚫"),
    ("soc", "pos", "pr", "te", "web",
     "Nye app er faktisk mega god?? kunne flytte min vaccinationstid på 30 sek"),
    ("soc", "neg", "co", "te int", "can web",
     "Prøv lige at opsige et fitnessabonnement online... Umuligt. Knappen findes ikke. Der står 'kontakt os', og "
     "kontaktformularen siger 'opsigelse skal ske telefonisk'. Telefonen har åbent 10-14 på hverdage, hvor normale "
     "mennesker er på arbejde. Det er da bevidst. Oprettelsen tog til gengæld 2 minutter 🙃 #fitness #opsigelse"),
    ("soc", "neu", "qu", "", "del",
     "Nogen der ved om pakkeshops har åbent 2. juledag?"),
    ("soc", "neg", "co", "per", "mkt",
     "12 år som kunde og jeg får 'Velkommen som ny kunde!'-mail 🤡"),
    ("soc", "pos", "pr", "emp", "prd",
     "Stewardessen så, at jeg var dårlig, og gav mig en ekstra plads og vand, uden at jeg spurgte. Tak ✈️🙏"),
    ("soc", "mix", "co", "exp", "prd mkt",
     "Elsker serien, men hvorfor kommer der kun ét afsnit om ugen, når I reklamerede med hele sæsonen på én gang?! 😩"),
    ("soc", "neg", "co", "res te", "rep",
     "Tredje gang jeg sender min computer til reparation. Tredje gang kommer den tilbage med samme fejl. Fantastisk 🙄"),
    ("soc", "neu", "ot", "", "",
     "Sidder i lufthavnen og venter. Der er overraskende stille i dag."),
    ("soc", "pos", "pr", "exp", "del",
     "Bestilte kl 22 i går, stod på trappen kl 8 i morges. Imponerende 📦"),
    ("soc", "neg", "su", "te", "sto",
     "Kære supermarked: ansæt én person mere om lørdagen. 1 betjent kasse og 4 selvbetjeningskasser ude af drift 😑"),
    ("soc", "neg", "qu", "int", "bil",
     "Er der andre i boligforeningen, der har fået en efterregning på varme på 8.000 kr? Hvordan er den regnet ud?? "
     "Ingen svarer os."),
    ("soc", "pos", "pr", "te", "",
     "Skal lige sige at mit forsikringsselskab er helt i top. Ingen bøvl, ingen ventetid 👍"),
    ("soc", "neu", "su", "", "prd",
     "Kunne I ikke lave undertekster på de danske programmer også? Min far er hørehæmmet."),
    ("soc", "neg", "co", "emp", "prd",
     "Buschaufføren kørte bare fra mig, selvom jeg stod og bankede på døren med barnevogn. Kold mand."),
    ("soc", "pos", "pr", "res", "",
     "Det er ikke hver dag, man får en undskyldning uden at skulle tigge om den. Tak 🙏"),
    ("soc", "neg", "co", "exp", "onb del",
     "'Dit bredbånd er klar om 5 hverdage' sagde de. Det er 3 uger siden. Arbejder hjemmefra via hotspot 😡"),
    ("soc", "neu", "qu", "", "can",
     "Hvad er opsigelsesvarslet på et mobilabonnement hos jer? Står det i appen?"),
]
DA_SOCIAL += [
    ("soc", "mix", "co", "emp", "sto",
     "Fantastisk sød dame i butikken, men 899 kr for en opladerledning?? Seriøst."),
    ("soc", "pos", "pr", "per emp", "cs",
     "Ringede til forsikringen, og hun kunne med det samme se, at jeg havde anmeldt et indbrud i sidste måned, og "
     "spurgte, om vi havde fået styr på det hele. Føles som at blive husket 🙂"),
    ("soc", "neg", "qu", "int exp", "cs",
     "Hvornår ringer I egentlig tilbage? Jeg fik lovet 'inden for 24 timer'. Det var for 9 dage siden."),
    ("soc", "neg", "su", "", "prd",
     "Sæt nu en mast op ved sommerhusene. Dækningen er elendig, 1 streg hvis man står på bordet 📵"),
    ("soc", "pos", "pr", "te", "sto web",
     "Ind og ud af apoteket på 3 minutter med bestilling i appen. Lækkert!"),
    ("soc", "neu", "ot", "", "onb can",
     "Skiftede til nyt elselskab i dag. Vi ser hvordan det går 🤷"),
    ("soc", "neg", "qu", "", "web",
     "er jeres app nede?? kan ikke se mine billetter og toget kører om 10 min"),
    ("soc", "pos", "pr", "emp", "cs",
     "Tak til den søde medarbejder i kundeservice, der blev i telefonen med mig, mens jeg fik strømmen tilbage efter "
     "stormen. I er guld ⚡"),
    ("soc", "mix", "co", "exp", "prd",
     "Bestilte 'premium' værelse med havudsigt. Fik udsigt til containerne bag køkkenet 🙃 Morgenmaden reddede lidt af det."),
    ("soc", "neg", "qu", "int", "",
     "Hvorfor er det så svært at få et ærligt svar fra et forsikringsselskab? 🤷"),
    ("soc", "neg", "co", "int", "sal",
     "Dørsælger fra et elselskab fik min 80-årige nabo til at skrive under på en ny aftale. Skam jer."),
    ("soc", "pos", "pr", "per", "mkt",
     "Okay, det er første gang et nyhedsbrev faktisk har foreslået noget, jeg gerne ville købe. Godt gået algoritme 😅"),
    ("soc", "neg", "co", "res emp", "cs rep",
     "Klagede over mugne jordbær for to uger siden. Svaret: 'Vi har videregivet din feedback'. Og så... intet."),
    ("soc", "pos", "pr", "", "",
     "Et år hos det nye teleselskab nu, og ærligt talt ingen klager. Det hele kører bare."),
    ("soc", "neg", "co", "te", "onb",
     "For at blive oprettet som ny kunde skulle jeg udfylde tre forskellige formularer og sende kopi af mit pas. Det er "
     "et mobilabonnement, ikke et realkreditlån!!"),
    ("soc", "neu", "su", "", "sto",
     "Forslag: ladestandere på parkeringspladsen ved butikken. Der er ingen i hele området."),
    ("soc", "neg", "co", "emp res", "cs",
     "ringede fordi min mor var blevet snydt af svindlere med sit kort og de svarede bare 'det må hun selv anmelde til "
     "politiet'. ingen forståelse overhovedet"),
    ("soc", "pos", "pr", "exp", "onb del",
     "Installatøren kom præcis til tiden, satte routeren op og tjekkede hastigheden i alle rum. Mere end jeg havde "
     "forventet 👌"),
    ("soc", "neg", "co", "res int", "bil can",
     "Opsagde i marts. Bliver STADIG trukket hver måned. Nu er det nok."),
    ("soc", "neu", "ot", "", "sal del",
     "Har lige købt ny bil hos forhandleren. Kontrakten er underskrevet, nu venter vi bare på levering 🚗"),
    ("soc", "mix", "pr", "res", "rep sto",
     "Min høretelefon gik i stykker efter 11 mdr. Byttet i butikken på 2 minutter uden spørgsmål. Respekt 🎧 Men til den "
     "pris burde de nu holde længere."),
    ("soc", "neg", "co", "per te emp", "cs",
     "Forklarede for 3. gang at jeg er blind og ikke kan bruge jeres app. Chatbotten foreslog at jeg 'bare downloadede "
     "appen' 🤦"),
    ("soc", "mix", "co", "", "prd del",
     "Maden: 10/10. Leveringstiden: 1 time og 40 min. Kolde pomfritter. Hmmm 🍔"),
    ("soc", "neu", "qu", "", "bil",
     "Hvorfor står der to beløb på min seneste faktura? Nogen der kan forklare?"),
    ("soc", "neg", "co", "int exp", "",
     "Hvor svært kan det være at holde det, man lover?? Endnu en gang skuffet 😤"),
    ("soc", "pos", "pr", "per emp", "",
     "Shoutout til mit lille lokale energiselskab, der stadig behandler én som et menneske og ikke et nummer. "
     "Sjældent i dag 💚"),
    ("soc", "neg", "co", "te", "cs",
     "Chatbot → 'skriv til os' → mail → 'ring til os' → telefonkø → lukket. Cirklen er sluttet 🔄"),
]
# ---------------------------------------------------------------------------
# DANISH: interview notes and transcript excerpts
# ---------------------------------------------------------------------------
DA_INTERVIEW = [
    ("int", "neg", "co", "te res", "cs onb",
     "Kunden fortalte, at hun havde ringet fire gange om flytning af sit internet til den nye adresse og hver gang fået "
     "at vide, at sagen var oprettet. Hun var tydeligt træt af at skulle starte forfra."),
    ("int", "pos", "pr", "emp", "sto",
     "Kunden ville gerne rose medarbejderen i skranken, som havde hjulpet ham med at udfylde ansøgningen om boligstøtte, "
     "fordi han ikke kunne se ordentligt uden sine briller."),
    ("int", "neu", "qu", "", "bil",
     "I: Er der noget, du gerne vil spørge om? R: Ja, hvorfor er der moms på gebyret? Det har jeg aldrig forstået."),
    ("int", "mix", "co", "exp emp te", "del",
     "Kunden var glad for montøren, som var venlig, ryddede op efter sig og brugte god tid på at vise, hvordan "
     "varmepumpen betjenes fra appen. Til gengæld var hun utilfreds med forløbet op til: installationen var lovet i "
     "starten af oktober, men blev flyttet to gange og fandt først sted i november. Huset var koldt i mellemtiden, "
     "og hun måtte selv ringe for at få en ny dato hver gang. Hun sagde, at hun ville have anbefalet firmaet, hvis "
     "bare de havde overholdt aftalen."),
    ("int", "neg", "co", "int", "can sal",
     "R: Jeg fik at vide, at jeg bare kunne opsige, når jeg ville. Det var faktisk hele grunden til, at jeg valgte "
     "jer frem for det andet selskab. I: Hvem sagde det til dig? R: Ham i butikken, da jeg købte telefonen. Han "
     "sagde det to gange, fordi jeg spurgte specifikt. Så ringer jeg et halvt år senere for at opsige, og så er der "
     "pludselig 12 måneders binding, og det står åbenbart i kontrakten på side fire. Jeg har ikke læst side fire, "
     "nej. Men jeg stolede på det, han sagde."),
    ("int", "neu", "ot", "", "",
     "Kunden havde ingen særlige bemærkninger og ønskede ikke at deltage i et opfølgende interview."),
    ("int", "pos", "pr", "per emp", "sto",
     "Kunden fremhævede, at personalet på klinikken altid husker, at hun er bange for nåle, og giver hende tid til at "
     "falde til ro før blodprøven."),
    ("int", "neg", "co", "res te", "rep",
     "I: Hvordan endte sagen med opvaskemaskinen? R: Det gjorde den ikke. Teknikeren har været her to gange, og den "
     "lækker stadig. Nu henviser de bare til producenten."),
    ("int", "neg", "co", "per", "mkt",
     "Kunden oplevede bankens reklamer som irrelevante: hun er pensionist og bliver ved med at få tilbud om studielån og "
     "børneopsparing."),
    ("int", "neu", "su", "te", "web cs",
     "Kunden foreslog, at man skulle kunne se ventetiden i kundeservice på hjemmesiden, så man kunne vælge et bedre "
     "tidspunkt at ringe."),
    ("int", "mix", "co", "res emp te", "cs",
     "I: Kan du fortælle, hvordan det gik, da du ringede ind? R: Hun i telefonen var rigtig sød, det skal hun have. "
     "Hun lyttede og sagde flere gange, at hun godt kunne forstå, at jeg var frustreret. Men hun kunne ikke gøre "
     "noget ved det, for det var en anden afdeling, der tog sig af refusioner. I: Hvad skete der så? R: Jeg skulle "
     "skrive en mail til dem, og det gjorde jeg samme aften. Det er nu fem uger siden, og dem har jeg ikke hørt fra "
     "endnu. Jeg har ringet to gange mere, og hver gang får jeg at vide, at sagen 'ligger til behandling'."),
    ("int", "pos", "pr", "exp", "prd",
     "Kunden var positivt overrasket over lejebilen: 'Jeg havde forventet en lille gammel bil, men fik en helt ny elbil "
     "til samme pris.'"),
    ("int", "neg", "co", "int", "bil",
     "Kunden mente, at forsikringsselskabet havde hævet præmien efter hans skade uden at sige det, og at han kun "
     "opdagede det ved et tilfælde på kontoudtoget."),
    ("int", "neu", "qu", "", "onb bil",
     "I: Var der noget, der var uklart, da du startede? R: Jeg vidste ikke, om jeg selv skulle tilmelde betalingen til "
     "Betalingsservice, eller om I gjorde det."),
    ("int", "neg", "co", "int", "",
     "Kunden gav udtryk for, at hun ikke længere stoler på selskabet efter en sag sidste år, men ønskede ikke at uddybe, "
     "hvad sagen drejede sig om."),
    ("int", "pos", "pr", "te exp", "cs sal",
     "R: Det gik faktisk rigtig hurtigt. Jeg bestilte det nye abonnement i chatten, fik svar med det samme, og så var "
     "det ordnet. Det havde jeg ikke regnet med."),
    ("int", "neg", "co", "exp", "del",
     "Kunden havde bestilt en seng til levering før flytningen, men den kom først ti dage efter, så familien måtte sove "
     "på madrasser på gulvet i den nye lejlighed."),
    ("int", "neu", "ot", "", "",
     "Kunden nævnte, at hun ikke selv har computer og derfor altid ringer eller kommer forbi, når der er noget."),
]
DA_INTERVIEW += [
    ("int", "neg", "co", "te", "sto",
     "I: Hvordan var besøget på borgerservice? R: Jeg skulle have nyt sundhedskort. Det tog tre besøg, fordi de første "
     "gang manglede en blanket, og anden gang var systemet nede."),
    ("int", "neu", "su", "per", "mkt",
     "Kunden ønskede, at supermarkedets kundeklub sendte tilbud ud fra hendes faktiske indkøb frem for de generelle "
     "ugetilbud, som hun sjældent kan bruge."),
    ("int", "pos", "pr", "int", "sal",
     "R: Jeg spurgte, om jeg skulle tage den store pakke, og han sagde ærligt, at jeg ikke ville få noget ud af den med "
     "mit forbrug. Det respekterer jeg."),
    ("int", "neg", "co", "res int", "rep sto",
     "Kunden returnerede en defekt kaffemaskine inden for fristen, men butikken afviste den med henvisning til "
     "'brugsspor'. Han mener, at fejlen var der fra starten."),
    ("int", "neg", "qu", "int", "can",
     "I: Har du overvejet at skifte selskab? R: Ja, men hvad koster det egentlig at komme ud af aftalen før tid? Det har "
     "ingen kunnet svare mig på."),
    ("int", "pos", "pr", "emp per", "prd",
     "Kunden fortalte, at hjemmeplejen var meget opmærksom på hendes mands demens og altid tog sig tid til en lille "
     "snak, selvom besøgene var korte."),
    ("int", "neg", "co", "exp int", "prd mkt",
     "R: Når man betaler for 'ubegrænset data', forventer man ikke, at hastigheden bliver skruet ned efter 50 GB. Det "
     "stod jo ingen steder i reklamen."),
    ("int", "neg", "co", "te res", "bil",
     "Kunden havde forsøgt at få rettet sin adresse på fakturaerne i over et halvt år og havde både sendt brev, skrevet "
     "mail og udfyldt onlineformularen flere gange."),
    ("int", "pos", "pr", "res int", "bil",
     "Kunden roste, at selskabet selv havde kontaktet ham, da der var en fejl i aflæsningen af hans måler, og rettet "
     "regningen, før han overhovedet havde opdaget det."),
    ("int", "neu", "ot", "int", "",
     "I: Hvad betyder mest for dig som kunde? R: Ærlighed. At jeg kan regne med, at prisen i dag også er prisen i morgen."),
    ("int", "neg", "co", "emp", "cs",
     "R: Jeg sagde, at jeg var sygemeldt med stress og ikke kunne overskue det. Og så svarede han bare: 'Ja, men regler "
     "er regler.' Ikke engang et 'det er jeg ked af at høre'."),
    ("int", "mix", "co", "", "web",
     "Kunden syntes, at den nye app var flot og overskuelig, men klagede over, at man ikke længere kan se sit forbrug "
     "time for time, som man kunne før."),
    ("int", "neu", "su", "te", "onb",
     "I: Hvad kunne have gjort opstarten nemmere? R: En kort video om, hvordan man sætter boksen op. Manualen var på 40 "
     "sider."),
    ("int", "neg", "co", "int", "mkt sal",
     "Kunden følte sig vildledt af en kampagne om 'gratis solceller', som viste sig at kræve en leasingaftale over 20 år."),
    ("int", "pos", "pr", "per te", "cs",
     "R: Det bedste var, at hun kunne se hele min historik og vidste, at vi havde haft vandskade før. Jeg behøvede ikke "
     "forklare noget."),
    ("int", "neg", "co", "res int", "can bil",
     "Kunden havde opsagt sit medlemskab skriftligt, men fik alligevel en rykker med gebyr. Klagen var ikke blevet "
     "behandlet efter seks uger."),
    ("int", "neu", "ot", "", "",
     "R: Jeg synes egentlig, I er okay. Hverken bedre eller dårligere end de andre."),
]

# ---------------------------------------------------------------------------
# NORWEGIAN BOKMAL: survey comments
# ---------------------------------------------------------------------------
NB_SURVEY = [
    ("sur", "neu", "ot", "", "",
     "Jeg har ikke hatt noe særlig kontakt med dere i år, så jeg har ikke så mye å si."),
    ("sur", "pos", "pr", "emp", "sto",
     "Veldig hyggelig mottakelse på legekontoret. Sykepleieren merket at jeg var nervøs og snakket rolig med meg hele "
     "tiden."),
    ("sur", "neg", "co", "int", "bil",
     "Strømregningen inneholdt et 'påslag' som aldri ble nevnt da jeg inngikk avtalen. Føler meg lurt."),
    ("sur", "neu", "ot", "", "",
     "Ikke noe spesielt å melde denne gangen."),
    ("sur", "mix", "co", "emp exp", "del",
     "Sjåføren var kjempeblid og hjalp meg å bære esken inn, men leveringen kom to dager etter datoen jeg fikk på SMS."),
    ("sur", "pos", "pr", "per", "cs",
     "Rådgiveren i banken ringte meg selv fordi hun husket at jeg hadde spurt om fastrente i fjor, nå som rentene har "
     "steget. Det setter jeg pris på."),
    ("sur", "mix", "co", "exp int", "prd",
     "Selve hytta var koselig nok, men den ble leid ut med 'havutsikt'. Man kunne se en stripe av sjøen mellom to "
     "lagerbygg hvis man lente seg ut av vinduet."),
    ("sur", "neu", "su", "", "web",
     "Det hadde vært fint med mørk modus i appen. Bruker den mye om kvelden."),
    ("sur", "neg", "su", "te", "web",
     "Legg åpningstidene synlig på forsiden. Nå må man logge inn med BankID for å finne dem, og det er helt "
     "unødvendig."),
    ("sur", "pos", "pr", "res", "rep sto",
     "Kaffetrakteren sluttet å virke etter to uker. Fikk ny i butikken uten diskusjon, og de beklaget bryderiet."),
    ("sur", "neg", "co", "te int", "can",
     "Jeg måtte sende oppsigelsen i rekommandert brev. I 2024! Da jeg meldte meg inn, tok det 30 sekunder på nett."),
    ("sur", "neu", "qu", "", "onb bil",
     "Jeg er ny kunde. Når kommer første faktura, og må jeg sette opp eFaktura selv?"),
    ("sur", "mix", "co", "exp", "prd sal",
     "Flyturen gikk fint og personalet var hyggelige, men setet var mye trangere enn det som ble vist da jeg betalte for "
     "'ekstra benplass'."),
    ("sur", "neg", "co", "int", "",
     "Det dere lover i det ene øyeblikket, gjelder ikke i det neste. Jeg stoler ikke lenger på noe dere sier."),
    ("sur", "neg", "co", "emp int", "sto",
     "Ekspeditøren på apoteket sa høyt foran hele køen hva slags medisin jeg skulle hente. Null diskresjon."),
    ("sur", "neg", "co", "per emp", "mkt",
     "Får stadig reklame for barnevogner, selv om jeg har sagt fra flere ganger at det ikke er aktuelt lenger. Det gjør "
     "vondt hver gang."),
    ("sur", "neu", "ot", "", "onb",
     "Registrerte meg som ny kunde forrige uke. Kortet kom i posten etter fire dager."),
    ("sur", "mix", "co", "res emp", "cs",
     "Hun jeg snakket med i starten var hyggelig, men klagen min har vært 'under behandling' i sju uker. Ingen har "
     "kontaktet meg, og ingen kan si når den blir ferdig."),
    ("sur", "pos", "pr", "", "",
     "Dere har blitt så mye bedre det siste året. Det merkes virkelig."),
    ("sur", "neg", "co", "int", "sal",
     "Selgeren på døra sa at vi ville spare penger. Nå betaler vi 300 kr mer i måneden for akkurat det samme."),
    ("sur", "neu", "su", "int", "",
     "Gjør det dere sier dere skal gjøre, så blir jeg fornøyd."),
    ("sur", "pos", "pr", "emp", "",
     "Folkene deres er det beste med hele selskapet. Alltid blide og hjelpsomme, uansett hvem man snakker med."),
    ("sur", "neg", "co", "exp", "del rep",
     "Rørleggeren skulle komme mandag, så ble det onsdag, og til slutt fredag. Vi var uten varmtvann hele uka."),
    ("sur", "neu", "qu", "", "can",
     "Hva er bindingstiden på det nye bredbåndstilbudet, og hva skjer når den er over?"),
    ("sur", "mix", "co", "res te", "cs bil",
     "Det tok lang tid å få svar, men til slutt fikk jeg tilbakebetalt hele beløpet som var trukket feil. Skulle bare "
     "ønske det gikk raskere."),
    ("sur", "neg", "qu", "int", "bil",
     "Hvorfor økte prisen på treningsmedlemskapet med 15 % uten varsel? Jeg oppdaget det først på kontoutskriften."),
    ("sur", "mix", "su", "te", "rep bil",
     "Returen gikk smertefritt, og pengene kom dagen etter. Ett ønske: la oss skrive ut etiketten på posten, ikke "
     "alle har printer hjemme."),
    ("sur", "neu", "ot", "", "sal web",
     "Bestilte ny sofa i nettbutikken i går. Kassen var litt rotete, men det gikk til slutt."),
    ("sur", "neg", "su", "per", "cs",
     "Les det jeg faktisk skriver, i stedet for å sende standardsvar som ikke har noe med min situasjon å gjøre."),
    ("sur", "neg", "su", "per", "mkt",
     "Slutt å sende meg tilbud på hundemat. Jeg har katt, og det står faktisk i kundeprofilen min."),
    ("sur", "pos", "pr", "emp", "sal",
     "Selgeren hos bilforhandleren var tålmodig, presset oss ikke og ga oss et skriftlig tilbud vi kunne ta med hjem. "
     "Sånn liker jeg det."),
    ("sur", "neg", "co", "emp res", "cs",
     "Da jeg fortalte at jeg hadde mistet jobben og trengte betalingsutsettelse, fikk jeg bare høre at 'det er ikke vårt "
     "problem'."),
    ("sur", "neu", "qu", "", "onb del",
     "Jeg har nettopp flyttet. Kan dere flytte abonnementet og ruteren til ny adresse, eller må jeg bestille alt på nytt?"),
    ("sur", "mix", "co", "exp int", "prd del",
     "Sengen er kjempegod å sove i, men monteringen som var inkludert i prisen, ble det aldri noe av. Måtte skru den "
     "sammen selv."),
    ("sur", "pos", "pr", "per te", "rep",
     "Verkstedet ringte og minnet meg på EU-kontrollen, og foreslo å ta dekkskiftet samtidig siden bilen likevel skulle "
     "inn. Smart og personlig."),
]
NB_SURVEY += [
    ("sur", "neg", "co", "int per", "can bil",
     "Forsikringen på huset ble fornyet automatisk med en pris som var nesten 30 prosent høyere enn i fjor. Varselet"
     " kom i en e-post som havnet i søppelposten, og det står ingenting om økningen i appen. Da jeg oppdaget det og "
     "ringte for å si opp, fikk jeg beskjed om at fristen var gått ut for to uker siden, og at jeg nå er bundet for "
     "et nytt år. Jeg har vært kunde i femten år uten en eneste skade. Hadde dere ringt meg én gang, kunne vi "
     "sikkert funnet en løsning. Nå leter jeg etter et annet selskap."),
    ("sur", "pos", "pr", "te", "onb",
     "Oppstarten av mobilabonnementet var enkel: eSIM på plass på et par minutter og en velkomst-SMS med alt jeg trengte "
     "å vite."),
    ("sur", "neu", "ot", "", "",
     "Har vært kunde lenge og har egentlig ikke noe å klage på, men heller ikke noe å skryte av."),
    ("sur", "neg", "co", "exp", "prd mkt",
     "Dekningen på hytta er elendig, selv om dekningskartet deres viser 'god 4G'."),
    ("sur", "neg", "co", "te", "web",
     "Skjemaet for å melde skade kræsjer hver gang jeg prøver å laste opp bilder. Har prøvd på tre ulike enheter."),
    ("sur", "mix", "co", "emp te", "sto",
     "Tannlegen var grundig og forklarte alt, men jeg satt over 50 minutter på venterommet uten at noen sa hvorfor."),
    ("sur", "pos", "pr", "res te", "cs bil",
     "Takk til Ingrid i kundeservice som ordnet opp i dobbeltbelastningen på kortet mitt samme dag."),
    ("sur", "neg", "su", "emp", "",
     "Husk at ikke alle er på nett. Faren min på 88 føler seg helt utestengt."),
    ("sur", "neg", "co", "int", "sal",
     "Kassereren la på et 'miljøgebyr' for poser jeg ikke ba om. Småbeløp, men det er prinsippet."),
    ("sur", "neg", "co", "res", "rep",
     "Taket lekker fortsatt etter at håndverkerne fra borettslaget har vært her to ganger."),
    ("sur", "pos", "pr", "emp per", "del",
     "Budet ringte på forhånd fordi han så at jeg hadde skrevet at jeg sitter i rullestol, og ventet tålmodig mens jeg "
     "kom meg til døra."),
    ("sur", "neu", "qu", "", "web",
     "Hvor finner jeg kvitteringene fra tidligere bestillinger? Finner dem ikke under 'Min side'."),
    ("sur", "neg", "co", "per", "",
     "Jeg har vært kunde i 20 år, men blir behandlet som et tilfeldig kundenummer. Ingen vet hvem jeg er når jeg tar "
     "kontakt."),
    ("sur", "pos", "pr", "exp", "del",
     "Kjøleskapet kom på dagen, innenfor tidsvinduet, og de tok med seg det gamle. Akkurat som avtalt."),
    ("sur", "neg", "su", "te", "sto",
     "Ha åpent på servicetorget minst én kveld i uka. Tre timer midt på dagen er umulig å rekke for oss som jobber."),
    ("sur", "neu", "qu", "", "",
     "Hva skjer egentlig med svarene i denne undersøkelsen? Får vi noen gang vite noe?"),
    ("sur", "mix", "co", "int", "bil",
     "Vaktmesteren er alltid hjelpsom, men at borettslaget tar 450 kr i gebyr for å bytte en nøkkelbrikke, er rent "
     "tyveri."),
    ("sur", "pos", "pr", "", "",
     "Trofast kunde i snart 30 år. Har aldri hatt grunn til å gå noe annet sted."),
    ("sur", "mix", "su", "exp", "prd",
     "Instruktørene er supre, men spinningtimene er fullbooket på under ett minutt. Sett opp flere timer, eller "
     "slutt å love 'fri tilgang til alle timer' når man melder seg inn."),
    ("sur", "neu", "su", "te", "web del",
     "Gjør det mulig å endre leveringsdag i appen uten å måtte kontakte kundeservice."),
    ("sur", "neg", "co", "int exp", "mkt",
     "Reklamen lovet 'alt inkludert', men frokost, parkering og wifi kostet ekstra. Villedende markedsføring."),
    ("sur", "pos", "pr", "emp res", "cs",
     "Jeg ringte i panikk en søndag kveld fordi vesken min var stjålet på toget, med bankkort og alt. Kvinnen jeg "
     "snakket med var helt rolig, sperret kortet mens vi snakket, gikk gjennom de siste transaksjonene sammen med "
     "meg og bestilte nytt kort med ekspress. Hun spurte til og med om jeg hadde noen som kunne hente meg. Jeg følte"
     " meg tatt vare på i en situasjon der jeg var ganske ute av meg. Tusen takk."),
    ("sur", "neg", "co", "te res", "cs bil",
     "Har startet chat sju ganger om den samme feilen på regningen, og hver gang blir chatten avsluttet uten svar."),
    ("sur", "neu", "qu", "", "onb del",
     "Må jeg være hjemme når fiberen skal kobles til, eller kan teknikeren gjøre alt fra utsiden?"),
    ("sur", "pos", "pr", "per int", "sal sto",
     "Optikeren spurte om jeg jobber mye foran skjerm, og anbefalte et billigere glass enn det jeg hadde tenkt å kjøpe. "
     "Sånt bygger tillit."),
    ("sur", "neg", "co", "per", "can",
     "Sa opp forsikringen fordi jeg fant noe billigere. Ingen ringte for å spørre hvorfor eller prøvde å beholde meg. "
     "Tydeligvis ikke så viktig."),
    ("sur", "mix", "co", "int", "rep",
     "Fikk ny telefon på garantien, men de slettet alt innholdet uten å si fra først. Bildene av ungene er borte."),
    ("sur", "neu", "ot", "", "",
     "Svarte bare fordi dere spurte. Alt var greit."),
    ("sur", "neg", "co", "emp per", "sto",
     "Resepsjonisten sukket høyt da vi spurte om vi kunne få et rom uten teppe på grunn av allergi. Vi følte oss som et "
     "bry."),
    ("sur", "pos", "pr", "res", "",
     "Når noe først går galt, ordner dere det alltid. Det er derfor jeg blir værende."),
    ("sur", "neu", "su", "per", "mkt",
     "Hadde vært fint om kundeklubben husket at jeg handler økologisk, og ga meg rabatter på det i stedet for på brus."),
    ("sur", "neg", "co", "int exp", "can bil",
     "Fikk beskjed om at prisen var låst i to år. Etter åtte måneder gikk den opp, og vil jeg bytte leverandør, må jeg "
     "betale bruddgebyr."),
    ("sur", "pos", "pr", "", "",
     "Dere er best, rett og slett!"),
    ("sur", "neg", "su", "", "del",
     "Be budene ringe på eller legge pakken i ly. Min lå utenfor døra i pøsregn, og innholdet var gjennomvått."),
    ("sur", "neu", "qu", "", "bil",
     "Er det mulig å få samlefaktura for alle tre mobilabonnementene i familien?"),
]

# ---------------------------------------------------------------------------
# NORWEGIAN BOKMAL: social media posts
# ---------------------------------------------------------------------------
NB_SOCIAL = [
    ("soc", "neu", "ot", "", "del",
     "Pakken har stått på 'under transport' siden mandag. Følger spent med videre 📦"),
    ("soc", "pos", "pr", "emp", "sto",
     "Shoutout til gutten i kassa som la merke til at jeg hadde glemt lommeboka og løp etter meg ut på "
     "parkeringsplassen 🙌"),
    ("soc", "neg", "co", "res int", "bil",
     "Nettbutikken trakk beløpet to ganger og sier at det 'forsvinner av seg selv'. Det har gått 9 dager. Ikke handle "
     "der ⚠️"),
    ("soc", "neu", "qu", "", "web",
     "Vet noen om man kan laste ned kontoutskrift som PDF i den nye nettbanken? Finner det ikke"),
    ("soc", "mix", "co", "exp", "prd",
     "Flyet 2 timer forsinket 😩 men respekt til kapteinen som faktisk forklarte hva som skjedde og ga oss jevnlige "
     "oppdateringer"),
    ("soc", "pos", "pr", "per", "sto",
     "Frisøren husket at jeg skulle i bryllup og spurte hvordan det gikk 🥰 sånt gjør dagen"),
    ("soc", "neg", "su", "te", "cs",
     "Innfør ringe-tilbake-funksjon, for guds skyld. 45 minutter i telefonkø for å spørre om én ting 🙃"),
    ("soc", "neg", "co", "emp per", "cs",
     "Fikk en sur beskjed fra legekontoret om at jeg 'måtte lære meg å bruke nettet'. Jeg er 82."),
    ("soc", "pos", "pr", "res", "web bil",
     "Meldte fra i appen om at strømmen hadde vært borte i 14 timer, og fikk kompensasjon uten å måtte søke. Imponert! 👏"),
    ("soc", "neu", "ot", "", "mkt",
     "Har lagt merke til at dere har byttet logo. Ser litt mer moderne ut."),
    ("soc", "neg", "co", "int", "mkt sal",
     "'Fra 199 kr/mnd' står det i reklamen. Når du skal bestille, er det 199 kr bare de tre første månedene, deretter "
     "549. Lurt meg én gang, ikke to."),
    ("soc", "pos", "pr", "te", "web",
     "Endret setereservasjonen på toget i appen på 20 sekunder. Hvem skulle trodd det 😄"),
    ("soc", "neg", "co", "te int", "can web",
     "Prøvde å si opp strømmetjenesten i kveld. Fem skjermer med 'er du sikker?', så et 'eksklusivt tilbud', så en "
     "spørreundersøkelse om hvorfor, og FØRST DA en liten grå knapp der det sto 'avslutt'. Bare la meg gå 😤 "
     "#darkpatterns"),
    ("soc", "neu", "qu", "", "del",
     "Noen som vet om pakkeautomatene er åpne hele døgnet i romjula?"),
    ("soc", "neg", "co", "per", "mkt",
     "Fått samme 'personlige' tilbud om boliglån fire ganger. Jeg eier ikke bolig, jeg er 19 og bor hjemme 😂"),
    ("soc", "pos", "pr", "per", "prd",
     "Hotellet hadde lagt et bursdagskort og en liten kake på rommet fordi de hadde sett datoen i bookingen 🎂 så fint!"),
    ("soc", "mix", "co", "exp", "prd rep",
     "Elsker de nye løpeskoene, men sålen løsnet etter tre uker. Det var ikke det som sto om 'ekstrem holdbarhet' 😩"),
    ("soc", "mix", "co", "res te emp", "rep del",
     "Teknikeren er superhyggelig, det er ikke det. Men han har vært her tre ganger nå. Samme feilkode. Samme 'vi "
     "bestiller en del'. 🔁"),
    ("soc", "neu", "qu", "res", "",
     "Når var sist noen av dere fikk en ordentlig unnskyldning fra et stort selskap? Spør for en venn 😅"),
    ("soc", "pos", "pr", "exp", "del",
     "Matvarene kom et kvarter før tidsvinduet, og alt var kaldt og helt. Bedre enn forventet 🛒"),
    ("soc", "neg", "co", "te", "sto web",
     "Billettautomaten på stasjonen tar bare kort, billettluka er stengt og appen henger. Hvordan skal man kjøpe "
     "billett da?? 😤"),
    ("soc", "neg", "qu", "int", "bil",
     "Noen som vet hvorfor renovasjonsavgiften i kommunen har økt med 18 %? Det står ingen forklaring i brevet 🗑️"),
    ("soc", "pos", "pr", "int", "",
     "Skal bare si at banken min er helt konge. Aldri noe tull, alltid rett fram 👍"),
    ("soc", "neg", "su", "int", "sal web",
     "Tips: la oss se totalprisen før vi må legge inn kortinfo i kassa. Nå føles det som lureri 🙄"),
    ("soc", "neg", "co", "emp", "prd",
     "Trikkeføreren lukket døra rett foran meg selv om han så meg komme haltende med krykker. Takk for den 🙃"),
    ("soc", "mix", "pr", "res", "prd",
     "Litt irritert over at hotellet hadde dobbeltbooket rommet vårt, men de ga oss en suite til samme pris og "
     "middag på huset 💚"),
    ("soc", "neg", "co", "exp int", "del",
     "'Vi kommer og installerer laderen innen to uker' – det var i august. Elbilen står fortsatt uten lading 😡"),
    ("soc", "neu", "qu", "", "can",
     "Kan man fryse treningsmedlemskapet hvis man er gravid, eller må man si opp?"),
]
NB_SOCIAL += [
    ("soc", "mix", "co", "int", "sto",
     "Kjempeservice i sportsbutikken 👍 men at man må betale 200 kr for å få preparert skiene når de er kjøpt der, er "
     "litt drøyt"),
    ("soc", "pos", "pr", "per", "cs",
     "Ringte forsikringsselskapet, og hun visste allerede at jeg hadde meldt skade på bilen forrige uke, og kunne gi meg "
     "status med en gang. Topp! 👌"),
    ("soc", "neg", "qu", "int", "cs",
     "Hvor lenge varer egentlig 'innen 48 timer' hos dere? Det er to uker siden jeg ble lovet en telefon ⏰"),
    ("soc", "neg", "su", "", "prd",
     "Kan dere ikke bare fikse dekningen på toget mellom Oslo og Drammen? Null signal hele veien. Det er 2024 📵"),
    ("soc", "pos", "pr", "te", "sto web",
     "Klikk og hent på byggvarehuset = varene klare ved porten på ti minutter. Elsker det."),
    ("soc", "neu", "ot", "", "onb can",
     "Byttet bank i dag. Spent på hvordan dette går 🤞"),
    ("soc", "neg", "co", "", "web",
     "appen til treningssenteret har vært nede siden i går og jeg kommer ikke inn døra uten den. stod ute i regnet i"
     " 20 min #fail"),
    ("soc", "pos", "pr", "emp", "cs bil",
     "Takk til damen i kundeservice som tok seg tid til å gå gjennom strømregningen linje for linje med mora mi på 90 💛"),
    ("soc", "mix", "co", "exp", "prd",
     "Hyggelig betjening ved skranken, men leiebilen skulle være 'SUV eller tilsvarende'. Fikk en liten bybil som "
     "knapt hadde plass til kofferten 🙃"),
    ("soc", "neg", "qu", "int", "",
     "Hvorfor er det så vanskelig å få et ærlig svar på hva ting faktisk koster? 🤷"),
    ("soc", "neg", "co", "int", "sal can",
     "Selgeren på telefonen lovet at jeg kunne angre innen 14 dager. Nå nekter de å godta angreskjemaet 🤬"),
    ("soc", "pos", "pr", "per", "mkt",
     "Butikken sendte meg en rabattkode på bursdagen min for akkurat det merket jeg alltid kjøper. Små ting 😊"),
    ("soc", "neg", "co", "res emp", "cs rep",
     "Meldte fra om at vinterjakka slapp fjær fra første dag. Svar: 'Takk for tilbakemeldingen.' Det er alt."),
    ("soc", "neg", "co", "int exp", "",
     "Lover og lover, men det skjer aldri noe. Jeg er så lei 😤"),
    ("soc", "neg", "co", "te", "onb",
     "For å åpne en sparekonto måtte jeg laste opp lønnsslipp og ID og svare på 40 spørsmål. Det er en SPAREKONTO."),
    ("soc", "neu", "su", "", "sto",
     "Tips til butikken: sett opp en benk ved inngangen. Mange eldre står og venter på skyss."),
    ("soc", "neg", "co", "emp per", "cs",
     "ringte for å utsette et avdrag etter at mannen min døde, og fikk høre at 'systemet ikke har noen slik kategori'. "
     "ikke et snev av forståelse"),
    ("soc", "pos", "pr", "exp", "del",
     "Snekkeren kom til avtalt tid, skiftet vinduet og ryddet etter seg. Over all forventning 🙌"),
    ("soc", "neg", "co", "res int", "bil can",
     "Byttet leverandør i januar, men den gamle sender fortsatt regninger, og nå har de sendt det til inkasso 😡"),
    ("soc", "neu", "ot", "", "onb",
     "Første uke i nytt borettslag. Fortsatt litt usikker på hvor søpla skal og hvordan garasjebrikken fungerer, men"
     " det ordner seg vel 😅"),
    ("soc", "mix", "pr", "res", "rep sto",
     "Litt kjipt å få punktering to dager etter kjøpet, men verkstedet i butikken fikset den gratis mens jeg ventet."
     " Bra jobba 🚴"),
    ("soc", "neg", "co", "per te", "cs",
     "Sa for fjerde gang at jeg er døv og trenger kontakt via chat. De ringer meg. Igjen. 📞🤦‍♀️"),
    ("soc", "mix", "co", "exp", "prd del",
     "Sushien: nydelig. Leveringen: 1 time og 20 min. Ikke helt 'ca. 30 min' da 🍣"),
    ("soc", "neu", "qu", "", "bil",
     "Hva er egentlig 'fastledd' på strømregningen? Noen som kan forklare?"),
    ("soc", "pos", "pr", "per te", "",
     "Liten lokal sparebank ftw. De kjenner historien min, og jeg slipper å starte på null hver gang 💚"),
    ("soc", "neu", "ot", "", "sal sto",
     "Kjøpte ny mobil i butikken i dag. Selgeren flyttet over alt fra den gamle, så nå er det bare å komme i gang."),
    ("soc", "neg", "co", "int", "cs",
     "Tre ulike svar fra tre ulike medarbeidere på samme spørsmål om refusjon. Hvem skal jeg tro på? 🤷‍♂️"),
]

# ---------------------------------------------------------------------------
# NORWEGIAN BOKMAL: interview notes and transcript excerpts
# ---------------------------------------------------------------------------
NB_INTERVIEW = [
    ("int", "neg", "co", "te res", "cs",
     "Kunden fortalte at han hadde måttet sende den samme legeerklæringen tre ganger fordi forsikringsselskapet 'ikke "
     "fant den i systemet'."),
    ("int", "pos", "pr", "emp", "sto",
     "Kunden ville gi skryt til en ansatt hos bilforhandleren som hadde sittet med ham en halvtime etter stengetid fordi "
     "han var skjelven etter en kollisjon."),
    ("int", "neu", "qu", "res", "",
     "I: Er det noe du lurer på? R: Ja, hvorfor er det alltid jeg som må ta kontakt når noe er feil? Dere vet jo om "
     "det før meg."),
    ("int", "mix", "co", "emp res", "del rep",
     "Kunden var fornøyd med at elektrikeren var høflig og ryddig, men feilen på komfyren kom tilbake dagen etter, og "
     "ingen har tatt kontakt siden."),
    ("int", "neg", "co", "int", "sal bil can",
     "R: Selgeren som ringte på, sa at alarmen var gratis, at det bare var et abonnement per måned, og at jeg kunne "
     "si opp når jeg ville. Det hørtes jo greit ut. I: Og så? R: Så kommer det en faktura på 'installasjonsavgift' "
     "på 2 990 kroner. Og da jeg ringte for å si opp, fikk jeg høre at det er 36 måneders bindingstid. I: Hva tenkte"
     " du da? R: At jeg aldri skal stole på en dørselger igjen. Og at jeg burde ha lest det med liten skrift."),
    ("int", "neu", "ot", "", "",
     "Kunden hadde ingen kommentarer utover at alt hadde gått som vanlig, og avsluttet samtalen etter et par minutter."),
    ("int", "pos", "pr", "per", "sto",
     "Kunden trakk fram at de ansatte på treningssenteret kjenner henne igjen og har tilpasset programmet etter "
     "kneoperasjonen hennes uten at hun måtte be om det."),
    ("int", "neg", "co", "res te", "rep",
     "I: Hvordan gikk det med reklamasjonen på bilen? R: Det har ikke gått. Verkstedet sier det er garanti, forhandleren "
     "sier det er slitasje, og jeg står midt imellom."),
    ("int", "neg", "co", "per int emp", "mkt",
     "Kunden syntes det var ubehagelig at banken sendte tilbud om forbrukslån rett etter at hun hadde fortalt rådgiveren "
     "at hun slet med gjeld."),
    ("int", "neu", "su", "te", "web",
     "Kunden foreslo at man burde kunne laste opp kvitteringer direkte i appen når man søker refusjon, i stedet for å "
     "sende dem i posten."),
    ("int", "mix", "co", "res emp exp", "cs bil",
     "I: Hvordan opplevde du kontakten med kundeservice? R: Hun jeg snakket med, var veldig forståelsesfull og "
     "beklaget flere ganger. Hun skjønte at det var kjipt å få flyturen kansellert dagen før bryllupet til søsteren "
     "min. I: Og hva skjedde med refusjonen? R: Ja, det er jo det. Hun sa at pengene ville komme innen fjorten "
     "dager. Nå har det gått fire måneder. Jeg har sendt skjemaet to ganger og fått automatisk svar begge gangene. "
     "Så ja, hyggelige folk, men når alt kommer til alt, har jeg fortsatt ikke fått pengene."),
    ("int", "pos", "pr", "exp", "prd",
     "Kunden var positivt overrasket over hytta: 'Bildene gjorde den ikke rettferdighet. Den var større og mye finere "
     "enn vi hadde trodd.'"),
    ("int", "neg", "co", "int res", "bil",
     "Kunden mente at tannlegen hadde fakturert for en undersøkelse som aldri ble gjennomført, og at klinikken avviste å "
     "se på saken."),
    ("int", "neu", "qu", "", "onb del",
     "I: Var det noe som var uklart da du ble kunde? R: Jeg skjønte ikke om jeg måtte bestille ny måler selv, eller om "
     "den kom automatisk."),
    ("int", "neg", "co", "emp", "sto",
     "Kunden beskrev at hun ble avvist i resepsjonen på legevakta fordi hun kom fem minutter for sent, selv om hun "
     "forklarte at bussen hadde stått."),
    ("int", "pos", "pr", "te", "onb",
     "R: Jeg gruet meg sånn til å flytte lånet, men rådgiveren tok seg av alt. Jeg signerte to ganger med BankID, og så "
     "var det gjort."),
    ("int", "mix", "co", "exp", "del",
     "Kunden var fornøyd med kvaliteten på klærne, men skoleklærne som var bestilt med levering før skolestart, kom "
     "ei uke for sent, så familien måtte kjøpe nytt i butikken."),
    ("int", "neu", "ot", "", "",
     "R: Dere er vel omtrent som alle andre. Jeg har ingen sterke meninger."),
]
NB_INTERVIEW += [
    ("int", "neu", "ot", "", "sto",
     "I: Hvordan var det å fornye passet? R: Greit nok. Bestilte time fire uker fram, tok bilde på stedet og fikk "
     "passet i posten etter ti dager."),
    ("int", "neu", "su", "per", "mkt",
     "Kunden ønsket at reiseselskapet sendte forslag basert på tidligere reiser, siden hun alltid reiser med hund og "
     "sjelden får relevante tilbud."),
    ("int", "pos", "pr", "int", "sal",
     "R: Hun i mobilbutikken sa rett ut at abonnementet jeg hadde, var billigere enn det nye jeg ville bytte til. Det "
     "hadde jeg ikke ventet."),
    ("int", "neg", "co", "res int", "rep",
     "Kunden hadde levert tilbake en støvsuger med ødelagt motor, men fikk avslag fordi 'emballasjen manglet'. Han mente "
     "at det ikke hadde noe med feilen å gjøre."),
    ("int", "neg", "qu", "int", "can onb",
     "R: Hvordan kan det ha seg at jeg må betale for hele året når jeg sier opp i mai? Det sto ingenting om det da jeg "
     "meldte meg inn."),
    ("int", "pos", "pr", "emp per", "prd",
     "Kunden fortalte at hjemmesykepleien hadde merket at moren hennes hadde gått ned i vekt, og tatt initiativ til en "
     "samtale med fastlegen."),
    ("int", "neg", "co", "exp int", "prd mkt",
     "R: I brosjyren sto det at alle rommene hadde balkong. Vårt rom hadde et vindu mot en lysgård."),
    ("int", "neg", "co", "te res", "bil",
     "Kunden fortalte at hun måtte ringe hver måned for å få riktig faktura, fordi systemet ikke registrerte at hun "
     "hadde fått innvilget rabatt."),
    ("int", "pos", "pr", "int res", "bil",
     "Kunden roste at forsikringsselskapet selv hadde tatt kontakt for å si at han hadde dobbel dekning, og refundert "
     "det han hadde betalt for mye."),
    ("int", "neu", "ot", "te", "",
     "I: Hva er viktigst for deg som kunde? R: At jeg slipper å mase. At ting bare blir gjort."),
    ("int", "neg", "co", "emp", "cs bil",
     "R: Jeg sa at barnet mitt lå på sykehuset, og at jeg trengte mer tid til å betale. Svaret var bare 'da påløper det "
     "gebyr'. Ingen forståelse."),
    ("int", "mix", "co", "te int", "web",
     "Kunden syntes den nye nettsiden var pen og moderne, og likte at hun nå kunne se alle fakturaene samlet. Hun "
     "klaget likevel på at det tok sju klikk å finne telefonnummeret til kundeservice, og at chatten bare dukket opp"
     " på enkelte sider. Hun mente at selskapet med vilje gjemte kontaktinformasjonen for å slippe henvendelser, og "
     "sa at det gjorde henne mistenksom."),
    ("int", "neu", "su", "te", "onb del",
     "I: Hva kunne gjort oppstarten enklere? R: At alt kom i én pakke. Ruteren kom én dag, strømadapteren en annen, og "
     "bruksanvisningen var på engelsk."),
    ("int", "neg", "co", "int", "mkt",
     "Kunden mente at 'black week'-prisene i butikken var kunstige, fordi de samme varene hadde kostet det samme to uker "
     "tidligere."),
    ("int", "pos", "pr", "per", "cs",
     "R: Han på kundesenteret visste at jeg hadde bestilt rullestoltaxi før, og hadde allerede satt opp samme sjåfør som "
     "sist. Det betyr mye."),
    ("int", "neg", "co", "res int", "can bil",
     "Kunden hadde flyttet ut av leiligheten, men borettslaget fortsatte å kreve felleskostnader og svarte ikke på "
     "klagen hennes."),
    ("int", "neg", "co", "int", "",
     "Kunden sa at hun har mistet tilliten til selskapet etter flere år med 'misforståelser', men ønsket ikke å gå i "
     "detalj."),
]

# --- END OF DATA ---


# ---------------------------------------------------------------------------
# build, validate, write
# ---------------------------------------------------------------------------
CONSISTENT = {
    # feedback type -> sentiments allowed
    "praise": {"positive", "mixed"},
    "complaint": {"negative", "mixed", "neutral"},
    "suggestion": {"neutral", "negative", "mixed", "positive"},
    "question": {"neutral", "negative", "positive", "mixed"},
    "other": {"neutral", "positive", "negative", "mixed"},
}


def build(lang, rows):
    records = []
    for n, row in enumerate(rows, 1):
        assert len(row) == 6, (lang, n, row)
        genre, sent, ftype, pillars, touch, text = row
        assert genre in GENRE, (lang, n, genre)
        assert sent in SENT, (lang, n, sent)
        assert ftype in FTYPE, (lang, n, ftype)
        pl = pillars.split()
        tp = touch.split()
        for p in pl:
            assert p in PILLAR, (lang, n, p)
        for t in tp:
            assert t in TOUCH, (lang, n, t)
        assert len(set(pl)) == len(pl) and len(set(tp)) == len(tp), (lang, n, "duplicate label")
        text = text.strip()
        words = len(text.split())
        assert 4 <= words <= 150, (lang, n, words, text)
        rec = {
            "id": "cxx-%s-%04d" % (lang, n),
            "text": text,
            "lang": lang,
            "genre": GENRE[genre],
            "sentiment": SENT[sent],
            "pillars": [PILLAR[p] for p in pl],
            "touchpoints": [TOUCH[t] for t in tp],
            "feedback_type": FTYPE[ftype],
        }
        assert rec["sentiment"] in CONSISTENT[rec["feedback_type"]], (lang, n, rec["sentiment"], rec["feedback_type"])
        records.append(rec)
    return records


def validate_all(all_records):
    ids = [r["id"] for r in all_records]
    assert len(ids) == len(set(ids)), "duplicate ids"
    seen = {}
    problems = []
    for r in all_records:
        key = " ".join(r["text"].lower().split())[:40]
        if key in seen:
            problems.append((seen[key], r["id"], key))
        seen[key] = r["id"]
    texts = [" ".join(r["text"].lower().split()) for r in all_records]
    if len(texts) != len(set(texts)):
        problems.append("exact duplicate text")
    assert not problems, problems


def report(lang, recs):
    n = len(recs)
    print("=== %s: %d records ===" % (lang, n))

    def show(title, counter, keys):
        parts = ["%s=%d (%.0f%%)" % (k, counter.get(k, 0), 100.0 * counter.get(k, 0) / n) for k in keys]
        print("  %-13s %s" % (title + ":", ", ".join(parts)))

    show("genre", collections.Counter(r["genre"] for r in recs), list(GENRE.values()))
    show("sentiment", collections.Counter(r["sentiment"] for r in recs), list(SENT.values()))
    show("feedback", collections.Counter(r["feedback_type"] for r in recs), list(FTYPE.values()))
    show("pillars", collections.Counter(p for r in recs for p in r["pillars"]), list(PILLAR.values()))
    show("n_pillars", collections.Counter(str(min(len(r["pillars"]), 3)) for r in recs), ["0", "1", "2", "3"])
    show("touchpoints", collections.Counter(t for r in recs for t in r["touchpoints"]), list(TOUCH.values()))
    show("n_touch", collections.Counter(str(min(len(r["touchpoints"]), 3)) for r in recs), ["0", "1", "2", "3"])


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    sets = {
        "da": DA_SURVEY + DA_SOCIAL + DA_INTERVIEW,
        "nb": NB_SURVEY + NB_SOCIAL + NB_INTERVIEW,
    }
    built = {lang: build(lang, rows) for lang, rows in sets.items()}
    validate_all([r for recs in built.values() for r in recs])
    for lang, recs in built.items():
        report(lang, recs)
        counts_p = collections.Counter(p for r in recs for p in r["pillars"])
        counts_t = collections.Counter(t for r in recs for t in r["touchpoints"])
        if recs:
            for p in PILLAR.values():
                assert counts_p[p] >= 18, (lang, p, counts_p[p])
            for t in TOUCH.values():
                assert counts_t[t] >= 12, (lang, t, counts_t[t])
    if "--check" in sys.argv:
        return
    for lang, recs in built.items():
        with open(os.path.join(here, lang + ".jsonl"), "w", encoding="utf-8") as fh:
            for r in recs:
                fh.write(json.dumps(r, ensure_ascii=False) + "\n")
        print("wrote %s.jsonl (%d records)" % (lang, len(recs)))


if __name__ == "__main__":
    main()
