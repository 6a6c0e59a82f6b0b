"""Danish phrase banks for the demo: names, places and the care area.

Everything here is invented. People are known by an alias (a first name and
an initial, or initials), never by a full name or a CPR number. Sentences are
short and everyday, and are combined at random so that no two notes read the
same. Café, volunteer, self-care and course phrases live in texts_cafe.py and
texts_selfcare.py.
"""

from __future__ import annotations

# ------------------------------------------------------------------ names

PERSON_FIRST_NAMES = (
    "Mette", "Karen", "Lone", "Susanne", "Camilla", "Sofie", "Ida", "Maria", "Anne", "Louise",
    "Helle", "Pia", "Birgitte", "Nanna", "Amalie", "Freja", "Sara", "Malene", "Tina", "Dorthe",
    "Gitte", "Jannie", "Yasmin", "Fatima", "Jonas", "Mads", "Rasmus", "Thomas", "Jesper", "Kim",
    "Lars", "Henrik", "Søren", "Martin", "Mikkel", "Ali", "Ahmad", "Emil", "Oliver", "Niels",
    "Torben", "Bo", "Jens", "Peter", "Kasper", "Frederik", "René", "Brian", "Michael", "Dennis",
)  # fmt: skip

VOLUNTEER_FIRST_NAMES = (
    "Anders", "Birthe", "Christian", "Dorte", "Erik", "Frida", "Gustav", "Hanne", "Ib", "Jytte",
    "Karsten", "Lise", "Morten", "Nina", "Ole", "Pernille", "Rikke", "Steen", "Trine", "Ulla",
    "Vibeke", "Aksel", "Bente", "Carsten", "Ditte", "Else", "Finn", "Grethe", "Hans", "Inge",
    "Johanne", "Kirsten", "Leif", "Marianne", "Nikolaj", "Poul", "Randi", "Signe", "Tove", "Uffe",
    "Vagn", "Yrsa", "Åse", "Bjarne", "Connie", "Annette", "Preben", "Solveig", "Tage", "Lykke",
)  # fmt: skip

INITIALS = "ABCDEFGHIJKLMNOPRSTVØ"

# ------------------------------------------------------------------ places and themes

# Where a conversation of each kind usually takes place.
PLACES_BY_KIND = {
    "care_conversation": (
        "Café Lyset", "mit kontor", "hjemmebesøg", "Recovery-caféen Nørrebro", "biblioteket",
        "bageren på hjørnet", "samtalerummet i huset",
    ),
    "peer_support": (
        "Café Lyset", "hjemmebesøg", "bænken ved Assistens Kirkegård", "biblioteket",
        "Recovery-caféen Nørrebro", "følgeskab til jobcentret", "følgeskab til lægen",
    ),
    "walk": (
        "gåtur ved søen", "gåtur i Fælledparken", "gåtur langs havnen", "gåtur på Amager Fælled",
        "gåtur i Utterslev Mose",
    ),
    "phone": ("telefon", "videoopkald"),
    "group": ("Recovery-caféen Nørrebro", "gruppelokalet", "Café Fællesskabet"),
}  # fmt: skip

THEMES = (
    "bolig", "netværk", "søvn", "arbejde", "økonomi", "ensomhed", "fritid", "familie",
    "medicin", "uddannelse", "angst", "hverdagsstruktur", "krop og motion",
)  # fmt: skip

# ------------------------------------------------------------------ conversations

# What the person said, in their own words, one bank per theme.
OWN_WORDS = {
    "bolig": (
        "Jeg er bange for at miste lejligheden, hvis jeg ikke får betalt huslejen til tiden.",
        "Der er så rodet derhjemme, at jeg ikke har lyst til at invitere nogen.",
        "Naboen larmer om natten, og jeg kan ikke slappe af i min egen stue.",
        "Jeg har søgt en mindre bolig tættere på min søster.",
        "Det er første gang i mange år, at jeg har et sted, der føles som mit eget.",
        "Jeg fik endelig hængt gardiner op, og det betyder mere, end man skulle tro.",
    ),
    "netværk": (
        "Jeg savner nogen at ringe til, når det hele bliver for meget.",
        "Jeg har fået kontakt med en gammel ven fra skolen igen.",
        "Det er svært at række ud, fordi jeg er bange for at være til besvær.",
        "I caféen føler jeg mig set, også når jeg ikke siger så meget.",
        "Min kusine har inviteret mig til fødselsdag, og jeg overvejer at tage med.",
        "Jeg har meldt mig ind i en Facebook-gruppe for folk, der hører stemmer.",
    ),
    "søvn": (
        "Jeg ligger vågen til klokken tre, fordi tankerne kører i ring.",
        "Når jeg sover dårligt, går hele dagen i stykker.",
        "Det hjælper lidt at gå en tur, inden jeg lægger mig.",
        "Jeg er begyndt at stå op på samme tid hver dag, selvom det er hårdt.",
        "Jeg sov igennem tre nætter i træk i denne uge, og det har jeg ikke gjort længe.",
        "Mareridtene er kommet tilbage, efter at jeg skiftede medicin.",
    ),
    "arbejde": (
        "Jeg vil gerne tilbage på arbejdsmarkedet, men ikke for hurtigt.",
        "Praktikken i genbrugsbutikken giver mig noget at stå op til.",
        "Jeg er nervøs for mødet på jobcentret i næste uge.",
        "Jeg har lyst til at prøve noget med hænderne, måske som gartner.",
        "Mine kolleger har taget godt imod mig, og det havde jeg ikke regnet med.",
        "Jeg kan mærke, at tolv timer om ugen er lige det, jeg kan klare lige nu.",
    ),
    "økonomi": (
        "Pengene slipper op omkring den tyvende, og så spiser jeg mest havregryn.",
        "Jeg har åbnet brevene fra banken i stedet for at gemme dem i skuffen.",
        "Jeg skammer mig over gælden og har ikke fortalt det til nogen.",
        "Et budget har givet mig lidt mere ro i maven.",
        "Jeg har fået hjælp af gældsrådgivningen, og det var ikke så slemt, som jeg troede.",
    ),
    "ensomhed": (
        "Weekenderne er de værste, for så er der ingen, der ringer.",
        "Jeg kan gå flere dage uden at sige et ord højt.",
        "Det er rart at vide, at caféen er åben om torsdagen.",
        "Jeg har fået en hund fra internatet, og nu møder jeg folk i parken.",
        "Julen fylder allerede, og jeg ved ikke, hvor jeg skal være.",
    ),
    "fritid": (
        "Jeg har altid godt kunnet lide at tegne, men har ikke gjort det i årevis.",
        "Jeg var med til fællesspisning for første gang, og det gik faktisk fint.",
        "Jeg vil gerne prøve løbeklubben, men er bange for ikke at kunne følge med.",
        "Strikning får mine tanker til at falde til ro.",
        "Jeg har fundet mine gamle fiskestænger frem og vil ud til søen i foråret.",
        "Biblioteket har en læseklub, som jeg tænker på at melde mig til.",
    ),
    "familie": (
        "Jeg ser ikke min datter så tit, som jeg gerne ville.",
        "Min mor ringer hver dag, og det er både godt og lidt for meget.",
        "Jeg har skrevet et brev til min bror, men har ikke sendt det endnu.",
        "Børnene kommer på weekend hver anden fredag, og jeg vil gerne være klar til dem.",
        "Vi havde en god søndag hos min far, uden at nogen blev sure.",
    ),
    "medicin": (
        "Jeg er træt af bivirkningerne og vil gerne tale med lægen om en lavere dosis.",
        "Den nye medicin gør mig mere rolig, men også tung om morgenen.",
        "Jeg har skrevet mine spørgsmål ned til mødet med psykiateren.",
        "Jeg glemmer tit at tage pillerne, når min dag ikke har en fast rytme.",
    ),
    "uddannelse": (
        "Jeg drømmer om at tage HF færdig, men tør ikke helt endnu.",
        "Jeg har været til åbent hus på VUC og fik en god snak med vejlederen.",
        "Det er svært at koncentrere sig i mere end en halv time ad gangen.",
        "Aftenskolens danskkursus er et godt første skridt for mig.",
    ),
    "angst": (
        "Jeg får hjertebanken, bare jeg skal med bussen i myldretiden.",
        "Angsten har været mindre, siden jeg begyndte at gå ture om morgenen.",
        "Jeg aflyste tandlægen igen, fordi jeg ikke kunne få mig selv ud af døren.",
        "Vejrtrækningsøvelsen virkede faktisk, da jeg stod i kø i Netto.",
        "Jeg kan mærke angsten i kroppen, før jeg kan sætte ord på den.",
    ),
    "hverdagsstruktur": (
        "Når jeg ikke har en plan, ender jeg med at ligge i sengen hele dagen.",
        "En ugeplan på køleskabet hjælper mig med at huske aftalerne.",
        "Jeg har fået gang i at lave morgenmad, og det giver en god start.",
        "Jeg vil gerne have faste dage til vasketøj og indkøb.",
        "Dagene flyder sammen, når jeg ikke har nogen aftaler.",
    ),
    "krop og motion": (
        "Jeg har taget på, og det går mig på, når jeg ser mig selv i spejlet.",
        "Svømmehallen om morgenen er blevet mit frirum.",
        "Jeg gik hele vejen rundt om søen uden at stoppe, og det var jeg stolt af.",
        "Jeg vil gerne spise mere grønt, men det er dyrt.",
        "Kroppen er øm, men jeg kan mærke, at den bliver stærkere.",
    ),
}

# How the conversation felt or ended, added to some notes.
MOOD_LINES = (
    "Vi grinede en del undervejs.",
    "Det var en stille samtale, med plads til pauser.",
    "Der var meget på spil i dag, og vi tog det i et roligt tempo.",
    "Samtalen sluttede med et lettet smil.",
    "Vi talte også om vejret og fodbold, og det var fint.",
    "Det var svært at komme i gang, men det løsnede sig efter kaffen.",
    "Der var tårer, og vi lod dem være der.",
)

# What we agreed; {alias} is filled in with the person's alias.
NEXT_STEPS = {
    "bolig": (
        "{alias} ringer selv til boligkontoret inden fredag.",
        "Vi rydder op i stuen sammen i en time næste gang.",
        "Vi undersøger sammen, om der kan søges boligstøtte.",
    ),
    "netværk": (
        "{alias} skriver en sms til vennen i løbet af weekenden.",
        "Vi tager med i caféen sammen på torsdag.",
        "Vi laver et netværkskort sammen næste gang.",
    ),
    "søvn": (
        "{alias} prøver at lægge telefonen væk en time før sengetid.",
        "Vi følger op på søvndagbogen om to uger.",
        "{alias} nævner søvnen for lægen ved næste konsultation.",
    ),
    "arbejde": (
        "Jeg tager med til mødet på jobcentret som bisidder.",
        "{alias} undersøger praktikpladser i genbrugsbutikkerne.",
        "Vi forbereder spørgsmål til virksomhedskonsulenten.",
    ),
    "økonomi": (
        "Vi åbner posten sammen næste gang.",
        "{alias} booker en tid hos gældsrådgivningen.",
        "Vi laver et enkelt budget på et stykke papir.",
    ),
    "ensomhed": (
        "{alias} prøver fællesspisningen i kirken på onsdag.",
        "Vi går en tur sammen i weekenden.",
        "Jeg sender en liste over caféens åbningstider.",
    ),
    "fritid": (
        "{alias} kigger på aftenskolens program til næste samtale.",
        "Vi tager til løbeklubbens prøvetræning sammen.",
        "{alias} tager tegneblokken med i caféen.",
    ),
    "familie": (
        "{alias} tænker over, om brevet skal sendes.",
        "Vi øver samtalen med datteren, inden hun kommer på besøg.",
    ),
    "medicin": (
        "{alias} skriver bivirkningerne ned til lægen.",
        "Vi taler om mødet med psykiateren, når det har været.",
    ),
    "uddannelse": (
        "{alias} booker en samtale med studievejlederen.",
        "Vi kigger sammen på VUC's kurser for voksne.",
    ),
    "angst": (
        "{alias} øver vejrtrækningen hver aften i en uge.",
        "Vi tager bussen sammen et par stop næste gang.",
        "{alias} ringer til tandlægen med mig ved siden af.",
    ),
    "hverdagsstruktur": (
        "Vi laver en ugeplan sammen, som kan hænge på køleskabet.",
        "{alias} prøver at have én fast aftale hver dag.",
    ),
    "krop og motion": (
        "{alias} går til svømning to morgener om ugen.",
        "Vi går turen rundt om søen igen om fjorten dage.",
    ),
}

LIVED_EXPERIENCE = (
    "Jeg fortalte, hvordan en fast gåtur om morgenen hjalp mig, da min søvn var værst.",
    "Jeg delte, at jeg selv har siddet med ubetalte regninger i skuffen.",
    "Jeg fortalte om dengang, jeg var for bange til at tage bussen alene.",
    "Jeg delte, at det tog mig lang tid at finde en medicin, der passede til mig.",
    "Jeg fortalte, at fællesskabet i en café var det, der fik mig ud af lejligheden.",
    "Jeg delte, at jeg også har skammet mig over at bede om hjælp.",
    "Jeg fortalte kort om min egen vej tilbage til arbejde på få timer om ugen.",
    "Jeg delte, hvordan jeg selv bruger en trivselsplan, når det begynder at gå skævt.",
    "Jeg fortalte, at ensomheden også fyldte meget for mig i en periode.",
    "Jeg delte, at små skridt også tæller, og gav et eksempel fra mit eget liv.",
)

MY_REACTION = (
    "Jeg blev selv berørt, da der blev talt om familien. Tager det med til supervision.",
    "Jeg mærkede min egen uro omkring økonomi. Godt at være opmærksom på.",
    "Jeg var træt i dag og skulle kæmpe for at være nærværende.",
    "Det gjorde mig glad at se, hvor langt {alias} er nået.",
    "Jeg var ved at give for mange gode råd. Husk at lytte mere.",
    "Jeg kunne mærke, at grænsen for min rolle blev udfordret.",
    "Det mindede mig om min egen tid på bostedet. Skal passe på mig selv i aften.",
    "Jeg gik derfra med en god fornemmelse i kroppen.",
    "Jeg blev lidt bekymret og vil tale med min leder om det.",
    "Det var en stærk samtale, og jeg har brug for at gå en tur bagefter.",
)

ADDENDA = (
    "Tilføjelse: vi talte i telefon dagen efter, og aftalen holder.",
    "Tilføjelse: mødet på jobcentret blev flyttet til næste uge.",
    "Tilføjelse: boligkontoret har svaret, og der er ingen restance.",
    "Tilføjelse: lægen har ændret dosis, som ønsket.",
    "Rettelse: samtalen varede en time, ikke en halv.",
    "Tilføjelse: der kom en sms om, at caféen var en god oplevelse.",
)

# ------------------------------------------------------------------ the person

WISHES = (
    "At få en fast hverdag med noget at stå op til.",
    "At kunne tage bussen alene igen.",
    "At have en at drikke kaffe med i weekenden.",
    "At få styr på økonomien, så posten ikke er skræmmende.",
    "At sove en hel nat uden at vågne.",
    "At se mine børn oftere.",
    "At komme ud af lejligheden hver dag, også når det regner.",
    "At blive bedre til at sige fra.",
    "At have et arbejde, hvor jeg kan bruge mine hænder.",
    "At turde gå til tandlægen.",
    "At lære nogen at kende i kvarteret.",
    "At spise sammen med andre mindst én gang om ugen.",
)

HOPES = (
    "Håber, at det bliver lettere at sige ja til ting.",
    "Håber at kunne klare sig med mindre medicin på sigt.",
    "Håber, at familien vil se mig som mere end min sygdom.",
    "Håber at finde et fællesskab, hvor jeg hører til.",
    "Håber, at næste vinter bliver bedre end den sidste.",
    "Håber at kunne hjælpe andre en dag, ligesom jeg selv er blevet hjulpet.",
    "Håber at blive mere rolig i kroppen.",
    "Håber, at praktikken kan blive til et fleksjob.",
    "Håber at kunne bo i min lejlighed mange år endnu.",
    "Håber at få modet til at starte på en uddannelse.",
)

DREAMS = (
    "Drømmer om en lille kolonihave med tomater og en bænk i solen.",
    "Drømmer om at rejse til Italien med sin søster.",
    "Drømmer om at blive peer-medarbejder selv.",
    "Drømmer om et arbejde i en gartneri.",
    "Drømmer om at spille i et band igen.",
    "Drømmer om at tage kørekort.",
    "Drømmer om en hund og lange ture i skoven.",
    "Drømmer om at udstille sine tegninger.",
    "Drømmer om at tage HF og læse videre til pædagog.",
    "Drømmer om at løbe et halvmaraton.",
    "Drømmer om at flytte tættere på vandet.",
)

STRENGTHS = (
    "humoristisk", "god til at lytte", "omsorgsfuld over for andre", "vedholdende",
    "kreativ med hænderne", "ærlig", "nysgerrig", "god til tal", "tålmodig med dyr",
    "har et stort hjerte", "modig, også når det er svært", "god til at lave mad",
    "har styr på sine planter", "musikalsk", "stærk i kroppen", "god til at fortælle historier",
    "hjælpsom i caféen", "kender alle busruterne",
)  # fmt: skip

CONSENT_NOTES = (
    "Mundtligt samtykke til noter givet ved første samtale.",
    "Samtykke givet og gentaget efter gennemgang af, hvad jeg skriver ned.",
    "Samtykke til noter; ønsker ikke, at familien kontaktes.",
    "Samtykke givet; vil gerne læse noterne sammen med mig.",
)

# ------------------------------------------------------------------ goals

# (theme, goal title, goal in own words, sub-goals)
GOALS = (
    ("ensomhed", "Komme ud af lejligheden hver dag", "Jeg vil ikke sidde derhjemme hele dagen.",
     ("Gå til bageren tre gange om ugen", "Komme i caféen om torsdagen", "Gå en tur i weekenden")),
    ("arbejde", "Finde et fritidsjob", "Jeg vil gerne tjene mine egne penge igen.",
     ("Skrive et CV", "Tale med jobcentret om praktik", "Spørge i genbrugsbutikken")),
    ("søvn", "Sove bedre", "Jeg vil vågne og føle mig udhvilet.",
     ("Faste sengetider", "Ingen kaffe efter klokken 15", "Føre søvndagbog i en måned")),
    ("økonomi", "Få styr på økonomien", "Jeg vil ikke være bange for posten.",
     ("Åbne posten hver mandag", "Lave et budget", "Booke tid hos gældsrådgivningen")),
    ("uddannelse", "Tage på aftenskole", "Jeg vil lære noget nyt sammen med andre.",
     ("Vælge et hold", "Tilmelde mig", "Gå til de første tre gange")),
    ("netværk", "Blive en del af et fællesskab", "Jeg vil gerne høre til et sted.",
     ("Prøve klubben", "Tage med til fællesspisning", "Give mit nummer til én person")),
    ("krop og motion", "Komme i gang med at løbe igen", "Jeg vil mærke, at kroppen kan noget.",
     ("Gå-løb to gange om ugen", "Prøvetræning i løbeklubben", "Løbe fem kilometer")),
    ("familie", "Få en bedre kontakt med min datter", "Jeg vil være en del af hendes liv.",
     ("Sende en sms hver søndag", "Invitere hende på kaffe", "Tale om det svære i roligt tempo")),
    ("bolig", "Gøre lejligheden til et hjem", "Jeg vil have lyst til at være derhjemme.",
     ("Rydde op i stuen", "Hænge billeder op", "Invitere en gæst")),
    ("angst", "Kunne tage bussen alene",
     "Jeg vil kunne komme rundt uden at være afhængig af andre.",
     ("Tage bussen to stop med følge", "Tage bussen alene uden for myldretid",
      "Tage bussen til caféen")),
    ("hverdagsstruktur", "Få en fast rytme i ugen", "Jeg vil vide, hvad der skal ske i morgen.",
     ("Lave en ugeplan", "Faste dage til indkøb og vasketøj", "Spise morgenmad hver dag")),
    ("medicin", "Tale med lægen om medicinen", "Jeg vil have indflydelse på min behandling.",
     ("Skrive bivirkninger ned", "Forberede spørgsmål", "Tage en bisidder med")),
    ("fritid", "Finde en hobby, der giver ro", "Jeg vil have noget, der bare er for mig.",
     ("Prøve strikkecaféen", "Tegne ti minutter om dagen", "Vise en tegning til nogen")),
)  # fmt: skip

SUB_GOAL_NOTES = (
    "Går godt, men svært når vejret er dårligt.",
    "Har gjort det to gange indtil nu.",
    "Vil gerne have følgeskab de første gange.",
    "Klaret! Stolt af det.",
    "Sat lidt på pause på grund af en hård periode.",
    "Vi justerede målet, så det er mere realistisk.",
    "",
    "",
)

# ------------------------------------------------------------------ referrals

# (kind, destination) pairs for bridge-building.
REFERRALS = (
    ("club", "Klubben på Nørrebro"),
    ("club", "Klub Amager – værestedet"),
    ("activity", "Løbeklubben Recovery Runners"),
    ("activity", "Fællesspisning i Sions Kirke"),
    ("activity", "Strikkecaféen på biblioteket"),
    ("education", "Aftenskolen FOF – keramik for begyndere"),
    ("education", "VUC – dansk for voksne"),
    ("education", "Recoveryskolen – kursus i håb og drømme"),
    ("job_centre", "Jobcentret – virksomhedskonsulent"),
    ("volunteering", "Frivilligcentralen"),
    ("volunteering", "Genbrugsbutikken på Blågårdsgade"),
    ("peer_group", "Hørende stemmer-gruppen"),
    ("peer_group", "Angstforeningens selvhjælpsgruppe"),
    ("other", "Gældsrådgivningen"),
    ("other", "Den sociale tandpleje"),
)

REFERRAL_NOTES = (
    "Vil gerne have følgeskab første gang.",
    "Har selv fundet stedet på nettet og bedt om hjælp til at ringe.",
    "Vi aftalte at tage derhen sammen og se det an.",
    "Kontaktperson hedder Jette; hun ved, at vi kommer.",
    "Spændt, men også nervøs.",
    "",
)

REFERRAL_OUTCOMES = (
    "Kommer der nu hver uge.",
    "Var der to gange, men det passede ikke.",
    "Er startet og er glad for det.",
    "Venter på en plads efter sommerferien.",
    "Har sagt nej tak for nu, men vil gerne prøve igen senere.",
    "Har fået en fast kontaktperson der.",
)
