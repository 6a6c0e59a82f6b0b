"""Danish phrase banks for the demo: the worker's self-care and courses."""

from __future__ import annotations

DRAINS = (
    "Mange aflysninger i dag.",
    "En tung samtale om selvmordstanker.",
    "Dårlig søvn i nat.",
    "For mange mails og for lidt tid.",
    "Konflikt i caféen.",
    "Bekymring for en af de unge.",
    "Larm på kontoret.",
    "Mødet med kommunen trak ud.",
    "",
)
STRESS_DRAINS = (
    "Alt for mange opgaver på én gang.",
    "Kan ikke slippe arbejdet, når jeg kommer hjem.",
    "Dækker ind for en syg kollega igen.",
    "Tre svære samtaler i træk.",
    "Mærker de gamle advarselstegn.",
)
HELPS = (
    "Gåtur i frokostpausen.",
    "En god snak med en kollega.",
    "Musik i cyklen hjem.",
    "At sige nej til en ekstra opgave.",
    "Tid i haven.",
    "En lur efter arbejde.",
    "Kaffe med min søster.",
    "At skrive dagen ned.",
    "",
)

# (what happened, the boundary, how I handled it, what I learned)
BOUNDARIES = (
    ("En gæst bad om mit private telefonnummer.", "Privat telefonnummer",
     "Sagde venligt nej og gav caféens nummer i stedet.",
     "Det er lettere at sige nej, når jeg har et alternativ klar."),
    ("En person ville tale om min egen indlæggelse i detaljer.", "Min egen historie",
     "Delte lidt og sagde så, at resten er mit eget.",
     "Jeg bestemmer selv, hvor meget jeg deler."),
    ("Blev bedt om at tage en ekstra vagt for tredje gang på en uge.", "Arbejdstid",
     "Sagde nej og henviste til vagtplanen.",
     "Mit fleksjob har en grænse af en grund."),
    ("En person skrev til mig på Facebook om aftenen.", "Kontakt uden for arbejdstid",
     "Svarede næste morgen fra arbejdstelefonen.",
     "Jeg skal huske at sige det tydeligt fra starten."),
    ("En kollega spurgte til min medicin ved frokosten.", "Mit helbred",
     "Sagde, at det ikke er noget, jeg taler om på arbejdet.",
     "Det var okay at sige det, og stemningen blev ikke dårlig."),
    ("En person ville have mig med til et møde, jeg ikke havde tid til.", "Min kalender",
     "Fandt en kollega, der kunne tage med i stedet.",
     "Jeg behøver ikke løse alt selv."),
    ("En gæst gav mig en dyr gave.", "Gaver",
     "Takkede og forklarede, at jeg ikke må tage imod den.",
     "Det kan gøres på en måde, der ikke afviser personen."),
)  # fmt: skip

WORK_ACTIVITIES = (
    "Administration", "Teammøde", "Transport", "Dokumentation", "Netværksmøde med kommunen",
    "Forberedelse af undervisning", "Møde med frivilligkoordinator", "Oprydning i caféen",
)  # fmt: skip
WORK_NOTES = (
    "Opdaterede vagtplanen.",
    "Cykel mellem caféerne.",
    "Skrev noter færdige.",
    "Planlægning af næste kvartal.",
    "",
    "",
)

SUPERVISION_TO_BRING = (
    "Hvordan jeg deler egne erfaringer uden at tage fokus.",
    "En person, jeg bliver ved med at tænke på efter arbejde.",
    "Grænser i forhold til kontakt på sociale medier.",
    "Min egen trivsel i en travl periode.",
    "Samarbejdet med behandlerne i distriktspsykiatrien.",
    "Hvordan jeg afslutter et forløb på en god måde.",
)
SUPERVISION_NOTES = (
    "God snak. Aftalt at jeg skriver en afslutningsplan.",
    "Fik sat ord på, hvorfor det rammer mig. Lettet bagefter.",
    "Supervisor foreslog at jeg holder en fast pause efter tunge samtaler.",
    "Vi talte om at sige fra tidligere. Tager det med i trivselsplanen.",
    "Mindre at tage med denne gang; brugte tiden på at fejre de små sejre.",
)
NETWORK_TO_BRING = (
    "Erfaringer med recovery-caféer i vinterhalvåret.",
    "Hvordan andre peer-medarbejdere dokumenterer.",
    "Idéer til at nå flere unge.",
    "Fleksjob og peer-arbejde: hvordan får man timerne til at passe?",
)
NETWORK_NOTES = (
    "Rart at møde andre i samme rolle. Fik idéer til fællesspisning.",
    "Diskussion om tavshedspligt i små lokalsamfund.",
    "Vi delte materialer fra mentoruddannelsen.",
    "Oplæg fra Recoveryskolen om håb.",
)

# (key, title, body) — the six sections of the wellbeing plan.
WELLBEING_PLAN = (
    ("keeps_me_well", "Det, der holder mig rask",
     "Faste sengetider, gåture, min hund, at være noget for andre og at grine med min søster."),
    ("daily", "Det gør jeg hver dag",
     "Står op kl. 7, går turen rundt om søen, spiser morgenmad og skriver tre linjer i min bog."),
    ("triggers", "Det kan vælte mig",
     "Konflikter på arbejdet, for lidt søvn, at blive overset og når nogen taler om indlæggelser."),
    ("early_warning_signs", "Mine tidlige advarselstegn",
     "Jeg holder op med at svare på sms, sover uroligt og aflyser aftaler med venner."),
    ("what_i_do", "Det gør jeg, når det sker",
     "Skruer ned for arbejdet, siger det til min leder, booker supervision og går flere ture."),
    ("who_i_contact", "Dem kontakter jeg",
     "Min søster, min leder, min supervisor og min praktiserende læge."),
)  # fmt: skip

LEFT_AT_WORK = (
    "Bekymringen for en af de unge. Den er der i morgen, hvis den skal.",
    "Mails, der kan vente til mandag.",
    "Samtalen fra i formiddag; den er skrevet ned.",
    "Vagtplanen. Den løser sig.",
    "En god dag. Den tager jeg med hjem.",
    "Uroen fra mødet med kommunen.",
    "Tanken om alt det, jeg ikke nåede.",
)

# ------------------------------------------------------------------ courses

MENTOR_TOPICS = (
    "Introduktion og forventninger", "Recovery og håb", "At bruge sin egen erfaring",
    "Grænser i mentorrollen", "Den gode samtale", "Netværk og brobygning",
    "Etik og tavshedspligt", "Afslutning og evaluering",
)  # fmt: skip
RECOVERY_TOPICS = (
    "Hvad er recovery?", "Mine styrker", "Mine advarselstegn", "Hverdagens små sejre",
    "Relationer", "Håb og drømme", "Min trivselsplan", "At komme videre",
)  # fmt: skip
CO_TEACHERS = (
    "Lise (sygeplejerske, distriktspsykiatrien)",
    "Jakob (peer-medarbejder, Recoveryskolen)",
    "Hanne (ergoterapeut)",
    "Morten (psykolog)",
)
PARTNERS = (
    "Distriktspsykiatrien Nørrebro",
    "Recoveryskolen",
    "Frivilligcentralen",
    "Kommunens socialpsykiatri",
)
MY_PART = (
    "Jeg fortæller om min egen recovery-rejse og leder øvelsen.",
    "Jeg styrer gruppearbejdet og tager tid.",
    "Medunderviser holder oplægget; jeg samler op med eksempler fra hverdagen.",
    "Jeg holder velkomsten og afslutningsrunden.",
    "Jeg har planlagt øvelsen om styrker og viser den.",
)
MATERIALS = (
    "Slides, post-its og tusser.",
    "Handout om trivselsplan.",
    "Kort med styrker og spørgsmål.",
    "Film på fem minutter og spørgsmål til drøftelse.",
    "",
)
PREP_ITEMS = (
    "Book lokale", "Print handouts", "Køb frugt og kaffe", "Send påmindelse til deltagerne",
    "Gennemgå slides med medunderviser", "Forbered øvelse om styrker", "Tjek projektor",
    "Skriv navneskilte", "Læs evalueringen fra sidst",
)  # fmt: skip
EVALUATION_WORKED = (
    "Øvelsen i par fik alle i gang med at tale.",
    "Deltagerne delte mere end forventet.",
    "Godt tempo, og pausen kom på det rigtige tidspunkt.",
    "Mine egne eksempler gjorde det konkret.",
    "Den fælles afrunding gav ro.",
)
EVALUATION_CHANGE = (
    "Mindre tekst på slides.",
    "Mere tid til spørgsmål.",
    "Starte med en kort runde, så alle har sagt noget.",
    "Sende materialet ud på forhånd.",
    "",
)
