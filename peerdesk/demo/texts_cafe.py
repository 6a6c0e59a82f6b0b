"""Danish phrase banks for the demo: cafés, shifts and volunteer hosts."""

from __future__ import annotations

# (name, address note, weekday 0=Monday, start hour, end hour, hosts needed)
FIRST_CAFES = (
    ("Recovery-caféen Nørrebro", "Kælderen under kirken på Nørrebrogade; indgang fra gården.",
     3, 14, 17, 2),
    ("Tirsdagscaféen", "Medborgerhuset, 1. sal. Elevator ved siden af biblioteket.", 1, 10, 13, 1),
    ("Café Fællesskabet", "Frivilligcentralens café, Valby Langgade. Trin ved indgangen.",
     4, 13, 16, 1),
)  # fmt: skip

# Names for further cafés at larger scales: "<prefix> <district>".
CAFE_PREFIXES = ("Recovery-caféen", "Café Fællesskabet", "Mandagscaféen", "Café Håbet")
DISTRICTS = (
    "Østerbro", "Vesterbro", "Amager", "Valby", "Vanløse", "Brønshøj", "Sydhavnen", "Bispebjerg",
    "Frederiksberg", "Nordvest", "Christianshavn", "Islands Brygge", "Husum", "Tingbjerg",
    "Ørestad", "Sundby", "Kongens Enghave", "Emdrup", "Hvidovre", "Rødovre", "Glostrup",
    "Ballerup", "Herlev", "Gladsaxe", "Lyngby", "Albertslund", "Taastrup", "Ishøj",
)  # fmt: skip
WEEKDAY_NAMES = ("mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag")
ADDRESS_NOTES = (
    "I beboerhusets store sal. Husk at låse bagdøren.",
    "Kirkens sognegård; nøglen hænger i skabet ved køkkenet.",
    "Bibliotekets mødelokale. Kaffe må hentes i personalestuen.",
    "Aktivitetshusets café. Der er handicaptoilet på gangen.",
    "Frivilligcentralens lokaler i stueetagen.",
)

SESSION_THEMES = (
    "fællesskab", "søvn", "håb", "hverdagen", "bolig", "naturen", "kreativitet",
    "at bede om hjælp", "ensomhed", "sommerferie", "jul", "familie", "arbejde", "små sejre",
)  # fmt: skip
ACTIVITIES = (
    "kaffe og kage", "brætspil", "fællesspisning", "gåtur", "strikning", "quiz",
    "tegning og maling", "fortælleværksted", "musik", "havearbejde", "bagning", "banko",
)  # fmt: skip

WENT_WELL = (
    "God stemning ved bordene, og folk blev hængende efter lukketid.",
    "To nye gæster blev taget godt imod af de faste.",
    "Quizzen fik alle til at grine, også dem der plejer at være stille.",
    "Værterne delte opgaverne godt mellem sig.",
    "Der var ro, selvom der var mange mennesker.",
    "Fællesspisningen samlede folk på tværs af bordene.",
    "En af gæsterne tog selv initiativ til at lave kaffe.",
    "Gåturen i parken gav gode snakke to og to.",
    "Der blev talt åbent om søvn, og flere delte gode råd.",
    "Strikkebordet var fyldt, og der blev hjulpet på kryds og tværs.",
)
DO_DIFFERENTLY = (
    "Starte aktiviteten lidt senere, så folk kan nå at lande.",
    "Have en vært ved døren de første tyve minutter.",
    "Købe mindre kage; der blev meget til overs.",
    "Huske at præsentere nye gæster for de faste.",
    "Lave en plan B, hvis det regner på gåturen.",
    "Skrue ned for musikken, det var svært at høre hinanden.",
    "Tale med værterne om, hvem der har ansvar for oprydningen.",
    "",
)
SESSION_NOTES = (
    "Kaffemaskinen driller; skal kigges på.",
    "Der mangler kopper, husk at købe ind.",
    "En gæst spurgte efter åbningstider i julen.",
    "Lokalet var for varmt; vinduerne kan ikke åbnes.",
    "Nyt opslag om løbeklubben hængt op.",
    "",
)

# (description, action taken, resolution)
INCIDENTS = (
    ("En gæst blev meget ked af det og gik grædende ud.",
     "En vært gik med ud og blev hos gæsten, til det var bedre.",
     "Talte med gæsten ugen efter; hun har det bedre og kommer igen."),
    ("Højlydt uenighed mellem to gæster om politik.",
     "Værten bad om en pause og tilbød kaffe ved hvert sit bord.",
     "Begge kom igen ugen efter og hilste pænt på hinanden."),
    ("En gæst var tydeligt påvirket og blev urolig.",
     "Bad roligt gæsten gå og aftalte at tales ved en anden dag.",
     "Gæsten kom tilbage ædru og undskyldte."),
    ("En gæst faldt på trappen og slog knæet.",
     "Førstehjælp; ringede til gæstens kontaktperson.",
     "Intet brud. Skilt om glat trappe sat op."),
    ("En gæst gav udtryk for selvmordstanker til en vært.",
     "Værten blev hos gæsten og ringede til Livslinien sammen med gæsten.",
     "Gæsten er i kontakt med distriktspsykiatrien. Sparring med værten holdt."),
    ("Pengekassen manglede 200 kroner efter lukning.",
     "Talte det op igen med begge værter.",
     "Fejl i optællingen, pengene blev fundet."),
)  # fmt: skip

SHIFT_NOTES = (
    "Husk nøglen hos kirketjeneren.",
    "Der kommer besøg fra kommunen kl. 15.",
    "Kaffe og mælk er købt ind.",
    "Ny vært følger med for at se, hvordan det foregår.",
)
CANCELLED_SHIFT_NOTES = (
    "Aflyst: lokalet er lånt ud til valg.",
    "Aflyst: vandskade i kælderen.",
    "Aflyst: begge værter syge, ingen afløser.",
)
CANCEL_REASONS = (
    "Syg.",
    "Familiebegivenhed.",
    "For meget lige nu; passer på mig selv.",
    "Lægeaftale, som ikke kunne flyttes.",
    "Barnet er sygt.",
    "Har fået ekstra timer på arbejdet.",
)
SWAP_NOTES = ("Byttet efter aftale.", "Byttet på grund af en lægeaftale.", "Byttet på sms.", "")

# ------------------------------------------------------------------ volunteers

VOLUNTEER_NOTES = (
    "Har selv brugt caféen og kender den indefra.",
    "Pensioneret sygeplejerske; tryg ved førstehjælp.",
    "Vil helst ikke åbne alene.",
    "Studerer socialrådgiver og vil gerne have praktisk erfaring.",
    "God til at bage; tager tit kage med.",
    "Foretrækker formiddagsvagter.",
    "",
    "",
)

# (name, description, months valid or None) — the host training, in order.
TRAINING_MODULES = (
    ("Introduktion til caféen", "Caféens idé, værdier og praktiske rutiner.", None),
    ("Værtsrollen", "At tage imod, skabe ro og være vært uden at være behandler.", None),
    ("Grænser og egenomsorg", "Egne grænser, tavshedspligt og at passe på sig selv.", None),
    ("Konflikthåndtering", "At nedtrappe uro og få hjælp i tide.", None),
    ("Førstehjælp", "Førstehjælp og psykisk førstehjælp; fornyes hvert andet år.", 24),
)
TRAINING_NOTES = (
    "God dialog; flere delte egne erfaringer.",
    "Rollespil om at tage imod en ny gæst.",
    "Holdt af ekstern underviser.",
    "Materialet sendt ud bagefter.",
    "",
)
TASKS = (
    "Flyer-runde på biblioteket", "Indkøb til caféen", "Hjalp til ved sommerfesten",
    "Deltog i netværksmøde", "Satte plakater op i kvarteret", "Julepyntede caféen",
    "Hjalp med oprydning efter loppemarked", "Bagte til fødselsdagsfejring i caféen",
    "Viste en ny vært rundt", "Stod i boden på Frivillighedens Dag",
)  # fmt: skip

SPARRING_TOPICS = (
    "grænser", "svære gæster", "egen trivsel", "samarbejde mellem værter", "nye gæster",
    "tavshedspligt", "at sige fra", "motivation", "konflikter", "ensomme gæster",
)  # fmt: skip
SPARRING_WENT_WELL = (
    "Er blevet bedre til at tage imod nye gæster.",
    "Følte sig tryg ved at åbne caféen alene.",
    "Fik en god snak med en gæst, som plejer at være tavs.",
    "Samarbejdet med den anden vært fungerer godt.",
    "Sagde fra over for en gæst på en rolig måde.",
)
SPARRING_CHALLENGES = (
    "Har svært ved at slippe tankerne om en bestemt gæst.",
    "Bliver træt efter lange vagter.",
    "Usikker på, hvor meget man skal fortælle om sig selv.",
    "En gæst ringer privat; ved ikke, hvordan det skal håndteres.",
    "Oplever, at det altid er de samme, der rydder op.",
    "",
)
WELLBEING_WORDS = (
    "rolig", "træt", "glad", "spændt", "presset", "taknemmelig", "afklaret", "usikker", "stolt",
)  # fmt: skip
AGREEMENTS = (
    "Tager højst to vagter om måneden i den næste periode.",
    "Giver ikke sit private nummer til gæster.",
    "Ringer til koordinatoren, hvis en situation bliver for tung.",
    "Holder fem minutters pause midt i vagten.",
    "Vi laver en plan for oprydningen sammen med de andre værter.",
    "Følger op på samtalen med gæsten sammen med mig.",
    "Tager Konflikthåndtering ved næste hold.",
)
