<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da_DK" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>&amp;Licences…</source>
        <translation>&amp;Licenser…</translation>
    </message>
    <message>
        <source>About PeerDesk</source>
        <translation>Om PeerDesk</translation>
    </message>
    <message>
        <source>Parts PeerDesk is built with</source>
        <translation>Dele, som PeerDesk er bygget med</translation>
    </message>
</context>
<context>
    <name>AddendumDialog</name>
    <message>
        <source>&amp;Addendum:</source>
        <translation>&amp;Tilføjelse:</translation>
    </message>
    <message>
        <source>A settled note does not change. An addendum is shown under it with today&apos;s date, so the record stays trustworthy.</source>
        <translation>En låst note ændres ikke. En tilføjelse vises under den med dagens dato, så dokumentationen forbliver troværdig.</translation>
    </message>
    <message>
        <source>Addendum to the note from %1</source>
        <translation>Tilføjelse til noten fra %1</translation>
    </message>
    <message>
        <source>What to add or correct, dated today.</source>
        <translation>Hvad der skal tilføjes eller rettes, dateret i dag.</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message numerus="yes">
        <source>Locked after %n minute(s) without activity.</source>
        <translation>
            <numerusform>Låst efter %n minut uden aktivitet.</numerusform>
            <numerusform>Låst efter %n minutter uden aktivitet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Locked because the computer went to sleep.</source>
        <translation>Låst, fordi computeren gik i dvale.</translation>
    </message>
    <message>
        <source>Locked because the screen was locked.</source>
        <translation>Låst, fordi skærmen blev låst.</translation>
    </message>
    <message>
        <source>Locked.</source>
        <translation>Låst.</translation>
    </message>
    <message>
        <source>PeerDesk checked the vault file and found damage. Some of what you see may be missing or wrong. Please restore your newest backup (File ▸ Restore from a backup…) or contact your IT support. Automatic backups are paused, so they cannot replace your good backups.</source>
        <translation>PeerDesk har tjekket datafilen og fundet skader. Noget af det, du ser, kan mangle eller være forkert. Gendan din nyeste sikkerhedskopi (Filer ▸ Gendan fra en sikkerhedskopi…), eller kontakt din IT-support. Automatiske sikkerhedskopier er sat på pause, så de ikke kan erstatte dine gode sikkerhedskopier.</translation>
    </message>
    <message>
        <source>The vault is damaged</source>
        <translation>Datafilen er beskadiget</translation>
    </message>
    <message>
        <source>⚠ The vault file is damaged</source>
        <translation>⚠ Datafilen er beskadiget</translation>
    </message>
</context>
<context>
    <name>BigCounter</name>
    <message>
        <source>%1: one fewer</source>
        <translation>%1: én færre</translation>
    </message>
    <message>
        <source>%1: one more</source>
        <translation>%1: én mere</translation>
    </message>
</context>
<context>
    <name>BoundariesPage</name>
    <message numerus="yes">
        <source>%n situation(s)</source>
        <translation>
            <numerusform>%n situation</numerusform>
            <numerusform>%n situationer</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Gem</translation>
    </message>
    <message>
        <source>&amp;What happened</source>
        <translation>&amp;Hvad skete der</translation>
    </message>
    <message>
        <source>A new boundary situation</source>
        <translation>En ny grænsesituation</translation>
    </message>
    <message>
        <source>Boundary situation of %1</source>
        <translation>Grænsesituation den %1</translation>
    </message>
    <message>
        <source>Boundary situations</source>
        <translation>Grænsesituationer</translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <source>D&amp;ate</source>
        <translation>&amp;Dato</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Filter boundary situations</source>
        <translation>Filtrér grænsesituationer</translation>
    </message>
    <message>
        <source>Filter the list</source>
        <translation>Filtrér listen</translation>
    </message>
    <message>
        <source>How I handled &amp;it</source>
        <translation>Sådan hå&amp;ndterede jeg det</translation>
    </message>
    <message>
        <source>How I handled it</source>
        <translation>Sådan håndterede jeg det</translation>
    </message>
    <message>
        <source>New si&amp;tuation</source>
        <translation>Ny si&amp;tuation</translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation>&amp;Fjern…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Fjern</translation>
    </message>
    <message>
        <source>Remove boundary situation</source>
        <translation>Fjern grænsesituation</translation>
    </message>
    <message>
        <source>Remove this boundary situation</source>
        <translation>Fjern denne grænsesituation</translation>
    </message>
    <message>
        <source>Remove this boundary situation and what you wrote about it for good?</source>
        <translation>Fjern denne grænsesituation og det, du skrev om den, for altid?</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gemt.</translation>
    </message>
    <message>
        <source>That boundary situation is no longer here.</source>
        <translation>Den grænsesituation findes ikke længere.</translation>
    </message>
    <message>
        <source>The boundary situation was removed.</source>
        <translation>Grænsesituationen er fjernet.</translation>
    </message>
    <message>
        <source>What I &amp;learned</source>
        <translation>Hvad jeg &amp;lærte</translation>
    </message>
    <message>
        <source>What I learned</source>
        <translation>Hvad jeg lærte</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Hvad skete der</translation>
    </message>
    <message>
        <source>Which &amp;boundary</source>
        <translation>Hvil&amp;ken grænse</translation>
    </message>
    <message>
        <source>Which boundary</source>
        <translation>Hvilken grænse</translation>
    </message>
    <message>
        <source>Your unsaved changes were restored.</source>
        <translation>Dine ændringer, der ikke var gemt, er gendannet.</translation>
    </message>
    <message>
        <source>Your unsaved text was restored.</source>
        <translation>Din tekst, der ikke var gemt, er gendannet.</translation>
    </message>
    <message>
        <source>e.g. my free time, my own story</source>
        <translation>fx min fritid, min egen historie</translation>
    </message>
</context>
<context>
    <name>CafeDayForm</name>
    <message>
        <source>&amp;Ended</source>
        <translation>&amp;Sluttede</translation>
    </message>
    <message>
        <source>&amp;Guests in all</source>
        <translation>&amp;Gæster i alt</translation>
    </message>
    <message>
        <source>&amp;Newcomers</source>
        <translation>&amp;Nye gæster</translation>
    </message>
    <message>
        <source>&amp;Other notes</source>
        <translation>&amp;Andre noter</translation>
    </message>
    <message>
        <source>&amp;Returning</source>
        <translation>&amp;Tilbagevendende</translation>
    </message>
    <message>
        <source>&amp;Save the session log</source>
        <translation>Ge&amp;m registreringen</translation>
    </message>
    <message>
        <source>Action ta&amp;ken</source>
        <translation>Hvad blev der g&amp;jort</translation>
    </message>
    <message>
        <source>Action taken</source>
        <translation>Hvad blev der gjort</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Aktiviteter</translation>
    </message>
    <message>
        <source>Add a theme</source>
        <translation>Tilføj et tema</translation>
    </message>
    <message>
        <source>Add an activity</source>
        <translation>Tilføj en aktivitet</translation>
    </message>
    <message>
        <source>Café-day form</source>
        <translation>Skema for cafédagen</translation>
    </message>
    <message>
        <source>Counts only: please write no guest&apos;s name anywhere on this page.</source>
        <translation>Kun tal: skriv ikke navne på gæster nogen steder på denne side.</translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <source>Dis&amp;card these entries</source>
        <translation>&amp;Kassér disse indtastninger</translation>
    </message>
    <message>
        <source>Discard the restored draft</source>
        <translation>Kassér den gendannede kladde</translation>
    </message>
    <message>
        <source>End of the session</source>
        <translation>Slut på caféåbningen</translation>
    </message>
    <message>
        <source>Follow &amp;up on</source>
        <translation>&amp;Følg op den</translation>
    </message>
    <message>
        <source>Follow-up date</source>
        <translation>Opfølgningsdato</translation>
    </message>
    <message>
        <source>Guests</source>
        <translation>Gæster</translation>
    </message>
    <message>
        <source>Hosts present</source>
        <translation>Værter til stede</translation>
    </message>
    <message>
        <source>Incident, if anything happened</source>
        <translation>Hændelse, hvis der skete noget</translation>
    </message>
    <message>
        <source>Log the ne&amp;xt session</source>
        <translation>&amp;Registrér næste caféåbning</translation>
    </message>
    <message>
        <source>Newcomers and returning guests are part of the guests in all.</source>
        <translation>Nye og tilbagevendende gæster tælles med i gæster i alt.</translation>
    </message>
    <message>
        <source>No active hosts yet. Add hosts in the volunteers&apos; area.</source>
        <translation>Ingen aktive værter endnu. Tilføj værter under frivillige.</translation>
    </message>
    <message>
        <source>Other notes</source>
        <translation>Andre noter</translation>
    </message>
    <message>
        <source>Reflection</source>
        <translation>Refleksion</translation>
    </message>
    <message>
        <source>S&amp;tarted</source>
        <translation>&amp;Begyndte</translation>
    </message>
    <message>
        <source>Start of the session</source>
        <translation>Start på caféåbningen</translation>
    </message>
    <message>
        <source>The session has an end time</source>
        <translation>Caféåbningen har et sluttidspunkt</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Temaer</translation>
    </message>
    <message>
        <source>Themes and activities</source>
        <translation>Temaer og aktiviteter</translation>
    </message>
    <message>
        <source>What h&amp;appened</source>
        <translation>Hvad sk&amp;ete der</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Hvad skete der</translation>
    </message>
    <message>
        <source>What went &amp;well</source>
        <translation>Hvad gik g&amp;odt</translation>
    </message>
    <message>
        <source>What went well</source>
        <translation>Hvad gik godt</translation>
    </message>
    <message>
        <source>What would &amp;I do differently</source>
        <translation>Hvad &amp;ville jeg gøre anderledes</translation>
    </message>
    <message>
        <source>What would I do differently</source>
        <translation>Hvad ville jeg gøre anderledes</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Hvornår</translation>
    </message>
</context>
<context>
    <name>CafeDayPage</name>
    <message>
        <source>%1 — new session log</source>
        <translation>%1 — ny caféåbning</translation>
    </message>
    <message>
        <source>%1 — session of %2</source>
        <translation>%1 — caféåbning den %2</translation>
    </message>
    <message>
        <source>Already recorded:</source>
        <translation>Allerede registreret:</translation>
    </message>
    <message>
        <source>Could not keep a draft just now; your text is still here.</source>
        <translation>Kunne ikke gemme en kladde lige nu; din tekst er her stadig.</translation>
    </message>
    <message>
        <source>Draft kept at %1.</source>
        <translation>Kladde gemt kl. %1.</translation>
    </message>
    <message>
        <source>Restored what you had not saved yet (kept %1).</source>
        <translation>Det, du ikke havde gemt endnu, er gendannet (kladde fra %1).</translation>
    </message>
    <message>
        <source>Saved the session of %1.</source>
        <translation>Caféåbningen den %1 er gemt.</translation>
    </message>
    <message>
        <source>a walk</source>
        <translation>en gåtur</translation>
    </message>
    <message>
        <source>board games</source>
        <translation>brætspil</translation>
    </message>
    <message>
        <source>coffee and cake</source>
        <translation>kaffe og kage</translation>
    </message>
    <message>
        <source>community</source>
        <translation>fællesskab</translation>
    </message>
    <message>
        <source>cooking together</source>
        <translation>fælles madlavning</translation>
    </message>
    <message>
        <source>everyday life</source>
        <translation>hverdagsliv</translation>
    </message>
    <message>
        <source>follow up %1</source>
        <translation>følg op %1</translation>
    </message>
    <message>
        <source>hope</source>
        <translation>håb</translation>
    </message>
    <message>
        <source>loneliness</source>
        <translation>ensomhed</translation>
    </message>
    <message>
        <source>open</source>
        <translation>åben</translation>
    </message>
    <message>
        <source>resolved %1</source>
        <translation>løst %1</translation>
    </message>
    <message>
        <source>sleep</source>
        <translation>søvn</translation>
    </message>
</context>
<context>
    <name>CafeDialog</name>
    <message>
        <source>&amp;Address note</source>
        <translation>Note om &amp;adresse</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Navn</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Gem</translation>
    </message>
    <message>
        <source>&amp;Training to be alone</source>
        <translation>&amp;Oplæring til at være alene</translation>
    </message>
    <message>
        <source>A host without this training cannot be alone on a shift.</source>
        <translation>En vært uden denne oplæring kan ikke være alene på en vagt.</translation>
    </message>
    <message>
        <source>Café details</source>
        <translation>Caféoplysninger</translation>
    </message>
    <message>
        <source>Hosts needed per shi&amp;ft</source>
        <translation>Værter pr. &amp;vagt</translation>
    </message>
    <message>
        <source>New café</source>
        <translation>Ny café</translation>
    </message>
    <message>
        <source>No training needed to be alone</source>
        <translation>Ingen oplæring krævet for at være alene</translation>
    </message>
    <message>
        <source>The café is &amp;open (shown in the list)</source>
        <translation>&amp;Caféen er åben (vises på listen)</translation>
    </message>
    <message>
        <source>The café is open</source>
        <translation>Caféen er åben</translation>
    </message>
    <message>
        <source>Training a host needs to take a shift alone</source>
        <translation>Oplæring, en vært skal have for at tage en vagt alene</translation>
    </message>
    <message>
        <source>Usual &amp;days</source>
        <translation>Faste &amp;dage</translation>
    </message>
    <message>
        <source>Usual &amp;hours</source>
        <translation>Faste &amp;tider</translation>
    </message>
    <message>
        <source>e.g. 10–14</source>
        <translation>fx 10–14</translation>
    </message>
    <message>
        <source>e.g. Tuesdays</source>
        <translation>fx tirsdage</translation>
    </message>
</context>
<context>
    <name>CafeErrors</name>
    <message>
        <source>%1 cannot be alone on this shift without the café&apos;s solo training. Assign a trained host first; then %1 can join.</source>
        <translation>%1 kan ikke være alene på denne vagt uden caféens oplæring i at stå alene. Sæt først en oplært vært på vagten; så kan %1 være med.</translation>
    </message>
    <message>
        <source>%1 cannot be alone on this shift: %1 has not completed the training “%2”. Assign a trained host first; then %1 can join.</source>
        <translation>%1 kan ikke være alene på denne vagt: %1 har ikke gennemført oplæringen “%2”. Sæt først en oplært vært på vagten; så kan %1 være med.</translation>
    </message>
    <message>
        <source>%1 is already on this shift.</source>
        <translation>%1 er allerede på denne vagt.</translation>
    </message>
    <message>
        <source>%1 is not an active host at the moment.</source>
        <translation>%1 er ikke aktiv vært lige nu.</translation>
    </message>
    <message>
        <source>An incident cannot be resolved before the session it happened at.</source>
        <translation>En hændelse kan ikke være løst før den caféåbning, hvor den skete.</translation>
    </message>
    <message numerus="yes">
        <source>Newcomers and returning guests add up to %n; the guests in all must be at least that.</source>
        <translation>
            <numerusform>Nye gæster og tilbagevendende gæster giver tilsammen %n; gæster i alt skal være mindst det samme.</numerusform>
            <numerusform>Nye gæster og tilbagevendende gæster giver tilsammen %n; gæster i alt skal være mindst det samme.</numerusform>
        </translation>
    </message>
    <message>
        <source>Please fill in “%1”.</source>
        <translation>Husk at udfylde “%1”.</translation>
    </message>
    <message>
        <source>Shifts can be planned at most about three years ahead.</source>
        <translation>Vagter kan højst planlægges cirka tre år frem.</translation>
    </message>
    <message>
        <source>Something went wrong. Nothing was lost; please try again.</source>
        <translation>Noget gik galt. Intet er gået tabt; prøv venligst igen.</translation>
    </message>
    <message>
        <source>That is not possible here.</source>
        <translation>Det kan ikke lade sig gøre her.</translation>
    </message>
    <message>
        <source>The follow-up date cannot lie before the session.</source>
        <translation>Opfølgningsdatoen kan ikke ligge før caféåbningen.</translation>
    </message>
    <message>
        <source>There is already a café with this name.</source>
        <translation>Der findes allerede en café med dette navn.</translation>
    </message>
    <message>
        <source>This assignment was already cancelled.</source>
        <translation>Der er allerede meldt afbud til denne vagt.</translation>
    </message>
    <message>
        <source>This café no longer exists; it may have been erased.</source>
        <translation>Denne café findes ikke længere; den er måske blevet slettet.</translation>
    </message>
    <message>
        <source>This host</source>
        <translation>Denne vært</translation>
    </message>
    <message>
        <source>This host no longer exists; they may have been erased.</source>
        <translation>Denne vært findes ikke længere; værten er måske blevet slettet.</translation>
    </message>
    <message>
        <source>This incident no longer exists; it may have been erased.</source>
        <translation>Denne hændelse findes ikke længere; den er måske blevet slettet.</translation>
    </message>
    <message>
        <source>This incident was already resolved.</source>
        <translation>Denne hændelse er allerede løst.</translation>
    </message>
    <message>
        <source>This record no longer exists; it may have been erased.</source>
        <translation>Denne registrering findes ikke længere; den er måske blevet slettet.</translation>
    </message>
    <message>
        <source>This session log no longer exists; it may have been erased.</source>
        <translation>Noterne fra denne caféåbning findes ikke længere; de er måske blevet slettet.</translation>
    </message>
    <message>
        <source>This shift no longer exists; it may have been erased.</source>
        <translation>Denne vagt findes ikke længere; den er måske blevet slettet.</translation>
    </message>
    <message>
        <source>This training module no longer exists.</source>
        <translation>Dette oplæringsmodul findes ikke længere.</translation>
    </message>
    <message>
        <source>“%1” can be at most %2.</source>
        <translation>“%1” kan højst være %2.</translation>
    </message>
    <message>
        <source>“%1” cannot be below zero.</source>
        <translation>“%1” kan ikke være under nul.</translation>
    </message>
    <message>
        <source>“%1” cannot be saved like this.</source>
        <translation>“%1” kan ikke gemmes sådan.</translation>
    </message>
    <message>
        <source>“%1” contains an invisible control character; please retype it.</source>
        <translation>“%1” indeholder et usynligt kontroltegn; skriv det venligst igen.</translation>
    </message>
    <message>
        <source>“%1” is already there.</source>
        <translation>“%1” findes allerede.</translation>
    </message>
    <message>
        <source>“%1” is not a date or time PeerDesk understands.</source>
        <translation>“%1” er ikke en dato eller et tidspunkt, som PeerDesk forstår.</translation>
    </message>
    <message>
        <source>“%1” is outside what is possible.</source>
        <translation>“%1” er uden for det mulige.</translation>
    </message>
    <message>
        <source>“%1” is too long.</source>
        <translation>Teksten i “%1” er for lang.</translation>
    </message>
    <message>
        <source>“%1” must come after the start.</source>
        <translation>“%1” skal ligge efter starten.</translation>
    </message>
</context>
<context>
    <name>CafeFields</name>
    <message>
        <source>Action taken</source>
        <translation>Hvad der blev gjort</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Aktiviteter</translation>
    </message>
    <message>
        <source>Address note</source>
        <translation>Note om adressen</translation>
    </message>
    <message>
        <source>Cancelled by</source>
        <translation>Afbud meldt af</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Slut</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Første dag</translation>
    </message>
    <message>
        <source>Follow up on</source>
        <translation>Følg op den</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Fra</translation>
    </message>
    <message>
        <source>Guests in all</source>
        <translation>Gæster i alt</translation>
    </message>
    <message>
        <source>Hosts needed</source>
        <translation>Værter, der skal bruges</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Sidste dag</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Newcomers</source>
        <translation>Nye gæster</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Plan until</source>
        <translation>Planlæg til og med</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Årsag</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Løsning</translation>
    </message>
    <message>
        <source>Resolved on</source>
        <translation>Løst den</translation>
    </message>
    <message>
        <source>Returning guests</source>
        <translation>Tilbagevendende gæster</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Temaer</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Til</translation>
    </message>
    <message>
        <source>Usual days</source>
        <translation>Faste dage</translation>
    </message>
    <message>
        <source>Usual hours</source>
        <translation>Faste tider</translation>
    </message>
    <message>
        <source>Weekday</source>
        <translation>Ugedag</translation>
    </message>
    <message>
        <source>What I would do differently</source>
        <translation>Det ville jeg gøre anderledes</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Hvad der skete</translation>
    </message>
    <message>
        <source>What went well</source>
        <translation>Hvad der gik godt</translation>
    </message>
</context>
<context>
    <name>CafeTab</name>
    <message>
        <source>%1 (closed)</source>
        <translation>%1 (lukket)</translation>
    </message>
    <message numerus="yes">
        <source>%n host(s) per shift</source>
        <translation>
            <numerusform>%n vært pr. vagt</numerusform>
            <numerusform>%n værter pr. vagt</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Add a café…</source>
        <translation>&amp;Tilføj en café…</translation>
    </message>
    <message>
        <source>&amp;Café</source>
        <translation>&amp;Café</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Historik</translation>
    </message>
    <message>
        <source>Café</source>
        <extracomment>The day the tab treats as today (None: the computer&apos;s date); tests pin it.</extracomment>
        <translation>Café</translation>
    </message>
    <message>
        <source>Café &amp;day</source>
        <translation>Café&amp;dag</translation>
    </message>
    <message>
        <source>Café detai&amp;ls…</source>
        <translation>Café&amp;oplysninger…</translation>
    </message>
    <message>
        <source>Café pages</source>
        <translation>Cafésider</translation>
    </message>
    <message>
        <source>New ca&amp;fé…</source>
        <translation>&amp;Ny café…</translation>
    </message>
    <message>
        <source>No cafés yet. Add the first café to log café days and plan the hosts&apos; shifts.</source>
        <translation>Ingen caféer endnu. Tilføj den første café for at registrere cafédage og planlægge værternes vagter.</translation>
    </message>
    <message>
        <source>Shift &amp;plan</source>
        <translation>&amp;Vagtplan</translation>
    </message>
    <message>
        <source>alone only with “%1”</source>
        <translation>kun alene med “%1”</translation>
    </message>
</context>
<context>
    <name>CancelDialog</name>
    <message>
        <source>%1 will not come on %2, %3–%4.</source>
        <translation>%1 kommer ikke %2, %3–%4.</translation>
    </message>
    <message>
        <source>&amp;Keep it</source>
        <translation>&amp;Behold vagten</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>Å&amp;rsag</translation>
    </message>
    <message>
        <source>Cancel a host&apos;s shift</source>
        <translation>Meld afbud til en værts vagt</translation>
    </message>
    <message>
        <source>Cancel the &amp;shift</source>
        <translation>&amp;Meld afbud til vagten</translation>
    </message>
    <message>
        <source>Cancelled &amp;by</source>
        <translation>Afbud meldt &amp;af</translation>
    </message>
</context>
<context>
    <name>Care</name>
    <message>
        <source>%1 and everything about them was erased.</source>
        <translation>%1 og alt om personen er slettet helt.</translation>
    </message>
    <message>
        <source>%1, overdue</source>
        <translation>%1, forsinket</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minut</numerusform>
            <numerusform>%n minutter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open follow-up(s)</source>
        <translation>
            <numerusform>%n åben opfølgning</numerusform>
            <numerusform>%n åbne opfølgninger</numerusform>
        </translation>
    </message>
    <message>
        <source>A conversation cannot be more than a day in the future.</source>
        <translation>En samtale kan højst ligge én dag ude i fremtiden.</translation>
    </message>
    <message>
        <source>A settled note does not change. Add an addendum instead.</source>
        <translation>En låst note ændres ikke. Skriv en tilføjelse i stedet.</translation>
    </message>
    <message>
        <source>A step towards: %1</source>
        <translation>Et skridt på vejen mod: %1</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Om</translation>
    </message>
    <message>
        <source>About the consent</source>
        <translation>Om samtykket</translation>
    </message>
    <message>
        <source>About you</source>
        <translation>Om dig</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktivitet</translation>
    </message>
    <message>
        <source>Added on %1</source>
        <translation>Tilføjet den %1</translation>
    </message>
    <message>
        <source>Addendum, %1</source>
        <translation>Tilføjelse, %1</translation>
    </message>
    <message>
        <source>Alias</source>
        <translation>Alias</translation>
    </message>
    <message>
        <source>An addendum cannot be dated in the future.</source>
        <translation>En tilføjelse kan ikke dateres ud i fremtiden.</translation>
    </message>
    <message>
        <source>An ended sub-goal has no next follow-up; clear the date.</source>
        <translation>Et afsluttet delmål har ingen næste opfølgning; ryd datoen.</translation>
    </message>
    <message>
        <source>Can be corrected until %1; after that it settles.</source>
        <translation>Kan rettes indtil %1; derefter bliver den låst.</translation>
    </message>
    <message>
        <source>Care conversation</source>
        <translation>Omsorgssamtale</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Ændr</translation>
    </message>
    <message>
        <source>Club</source>
        <translation>Klub</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Samtykke</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Fortsæt</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Samtaler</translation>
    </message>
    <message>
        <source>Conversations since {date}</source>
        <translation>Samtaler siden {date}</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Datoer</translation>
    </message>
    <message>
        <source>Done on %1.</source>
        <translation>Udført den %1.</translation>
    </message>
    <message>
        <source>Dreams</source>
        <translation>Drømme</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Forfalder</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Varighed</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Uddannelse</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Afslut</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Afsluttet</translation>
    </message>
    <message>
        <source>Erase %1 and everything about them for good: %2 notes, %3 goals and %4 referrals, and any unsaved drafts.

This cannot be undone. Backups made before now still hold the notes until they are replaced.</source>
        <translation>Slet %1 og alt om personen helt: %2 noter, %3 mål og %4 henvisninger samt eventuelle kladder, der ikke er gemt.

Det kan ikke fortrydes. Sikkerhedskopier, der er taget før nu, indeholder stadig noterne, indtil de bliver erstattet.</translation>
    </message>
    <message>
        <source>Erase %1?</source>
        <translation>Slet %1?</translation>
    </message>
    <message>
        <source>Erase for good</source>
        <translation>Slet helt</translation>
    </message>
    <message>
        <source>First met</source>
        <translation>Første møde</translation>
    </message>
    <message>
        <source>Follow up on</source>
        <translation>Følges op den</translation>
    </message>
    <message>
        <source>Follow up on %1.</source>
        <translation>Følges op den %1.</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Opfølgning</translation>
    </message>
    <message>
        <source>Follow-up marked as done.</source>
        <translation>Opfølgningen er markeret som udført.</translation>
    </message>
    <message>
        <source>Followed up on</source>
        <translation>Fulgt op den</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Fra</translation>
    </message>
    <message>
        <source>Goal or step</source>
        <translation>Mål eller skridt</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Hopes</source>
        <translation>Håb</translation>
    </message>
    <message>
        <source>How it affected me</source>
        <translation>Hvordan det påvirkede mig</translation>
    </message>
    <message>
        <source>In their own words</source>
        <translation>Med personens egne ord</translation>
    </message>
    <message>
        <source>In their own words: </source>
        <translation>Med personens egne ord: </translation>
    </message>
    <message>
        <source>In your own words</source>
        <translation>Med dine egne ord</translation>
    </message>
    <message>
        <source>Job centre</source>
        <translation>Jobcenter</translation>
    </message>
    <message>
        <source>Keep this on one line, without tabs or hidden characters.</source>
        <translation>Skriv det på én linje uden tabulatorer eller skjulte tegn.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Last note</source>
        <translation>Seneste note</translation>
    </message>
    <message>
        <source>Lived experience I shared</source>
        <translation>Egne erfaringer, jeg delte</translation>
    </message>
    <message>
        <source>Made on %1 for the person&apos;s own use (right of access).</source>
        <translation>Lavet den %1 til personens eget brug (indsigtsret).</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Næste skridt</translation>
    </message>
    <message>
        <source>No activity for a long time, or a retention review date has come: consider whether the notes should be erased.</source>
        <translation>Ingen aktivitet i lang tid, eller datoen for gennemgang af opbevaringen er nået: overvej, om noterne skal slettes.</translation>
    </message>
    <message>
        <source>Not noted</source>
        <translation>Ikke noteret</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Ikke gemt</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Andet</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Udfald</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Forsinket</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-dokumenter (*.pdf)</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>På pause</translation>
    </message>
    <message>
        <source>Peer group</source>
        <translation>Peergruppe</translation>
    </message>
    <message>
        <source>Peer support</source>
        <translation>Peerstøtte</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Sted</translation>
    </message>
    <message>
        <source>Please fill this in.</source>
        <translation>Udfyld venligst feltet.</translation>
    </message>
    <message>
        <source>Reassess</source>
        <translation>Genovervej</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Henvisning</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Henvisninger</translation>
    </message>
    <message>
        <source>Retention review</source>
        <translation>Gennemgang af opbevaring</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Gennemgang</translation>
    </message>
    <message>
        <source>Save the person&apos;s copy as PDF</source>
        <translation>Gem personens kopi som PDF</translation>
    </message>
    <message>
        <source>Saved the person&apos;s copy to %1. It is not encrypted: hand it over and delete it.</source>
        <translation>Personens kopi er gemt i %1. Den er ikke krypteret: giv den til personen, og slet den bagefter.</translation>
    </message>
    <message>
        <source>Set on</source>
        <translation>Sat den</translation>
    </message>
    <message>
        <source>Settled: this note is final. Changes are added as dated addenda.</source>
        <translation>Låst: denne note er endelig. Ændringer tilføjes som daterede tilføjelser.</translation>
    </message>
    <message>
        <source>Something went wrong; nothing was saved. Your text is still here.</source>
        <translation>Noget gik galt; intet blev gemt. Din tekst er her stadig.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Strengths</source>
        <translation>Styrker</translation>
    </message>
    <message>
        <source>Sub-goal</source>
        <translation>Delmål</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Temaer</translation>
    </message>
    <message>
        <source>They chose what we talked about today.</source>
        <translation>Personen valgte, hvad vi talte om i dag.</translation>
    </message>
    <message>
        <source>They would like to try: </source>
        <translation>Personen vil gerne prøve: </translation>
    </message>
    <message>
        <source>This cannot be negative.</source>
        <translation>Tallet kan ikke være negativt.</translation>
    </message>
    <message>
        <source>This copy holds everything PeerDesk records about you, except the peer worker&apos;s private notes on how a conversation affected them.</source>
        <translation>Denne kopi indeholder alt, hvad PeerDesk registrerer om dig, undtagen peer-medarbejderens private noter om, hvordan en samtale påvirkede vedkommende selv.</translation>
    </message>
    <message>
        <source>This could not be saved as it is; check it and try again.</source>
        <translation>Det kunne ikke gemmes, som det er; tjek det, og prøv igen.</translation>
    </message>
    <message>
        <source>This date comes before the day it follows up on.</source>
        <translation>Datoen ligger før den dag, der følges op på.</translation>
    </message>
    <message>
        <source>This holds a hidden control character; retype the text around it.</source>
        <translation>Her er et skjult kontroltegn; skriv teksten omkring det igen.</translation>
    </message>
    <message>
        <source>This is no longer in the vault; it may have been erased.</source>
        <translation>Det findes ikke længere i datafilen; det kan være slettet.</translation>
    </message>
    <message>
        <source>This is too long: at most %1 characters.</source>
        <translation>Det er for langt: højst %1 tegn.</translation>
    </message>
    <message>
        <source>This looks like a CPR number. Use an alias or initials instead.</source>
        <translation>Det ligner et CPR-nummer. Brug et alias eller initialer i stedet.</translation>
    </message>
    <message>
        <source>This note has no follow-up to mark as done.</source>
        <translation>Denne note har ingen opfølgning, der kan markeres som udført.</translation>
    </message>
    <message>
        <source>This note has settled</source>
        <translation>Denne note er låst</translation>
    </message>
    <message>
        <source>This note has settled and can no longer change. Add an addendum instead.</source>
        <translation>Denne note er låst og kan ikke længere ændres. Skriv en tilføjelse i stedet.</translation>
    </message>
    <message>
        <source>This number is outside what can be saved.</source>
        <translation>Tallet ligger uden for det, der kan gemmes.</translation>
    </message>
    <message>
        <source>Volunteering</source>
        <translation>Frivilligt arbejde</translation>
    </message>
    <message>
        <source>Walk</source>
        <translation>Gåtur</translation>
    </message>
    <message>
        <source>We agreed that </source>
        <translation>Vi aftalte, at </translation>
    </message>
    <message>
        <source>We follow up on %1.</source>
        <translation>Vi følger op den %1.</translation>
    </message>
    <message>
        <source>We talked about what has gone well since last time.</source>
        <translation>Vi talte om, hvad der er gået godt siden sidst.</translation>
    </message>
    <message>
        <source>We will meet again at the café.</source>
        <translation>Vi ses igen i caféen.</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Hvad</translation>
    </message>
    <message>
        <source>What I shared from my own experience</source>
        <translation>Hvad jeg delte fra mine egne erfaringer</translation>
    </message>
    <message>
        <source>What PeerDesk records about %1</source>
        <translation>Hvad PeerDesk registrerer om %1</translation>
    </message>
    <message>
        <source>What the peer worker shared</source>
        <translation>Hvad peer-medarbejderen delte</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Hvornår</translation>
    </message>
    <message>
        <source>Wishes</source>
        <translation>Ønsker</translation>
    </message>
    <message>
        <source>Write a date like 24.12.2026.</source>
        <translation>Skriv en dato som 24.12.2026.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>a follow-up</source>
        <translation>en opfølgning</translation>
    </message>
    <message>
        <source>a goal</source>
        <translation>et mål</translation>
    </message>
    <message>
        <source>a note</source>
        <translation>en note</translation>
    </message>
    <message>
        <source>a referral</source>
        <translation>en henvisning</translation>
    </message>
    <message>
        <source>a referral&apos;s outcome</source>
        <translation>udfaldet af en henvisning</translation>
    </message>
    <message>
        <source>a step</source>
        <translation>et skridt</translation>
    </message>
    <message>
        <source>an addendum</source>
        <translation>en tilføjelse</translation>
    </message>
    <message>
        <source>change</source>
        <translation>ændr</translation>
    </message>
    <message>
        <source>continue</source>
        <translation>fortsæt</translation>
    </message>
    <message>
        <source>daily rhythm</source>
        <translation>døgnrytme</translation>
    </message>
    <message>
        <source>done {date}</source>
        <translation>udført {date}</translation>
    </message>
    <message>
        <source>education</source>
        <translation>uddannelse</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>afsluttet</translation>
    </message>
    <message>
        <source>family</source>
        <translation>familie</translation>
    </message>
    <message>
        <source>follow-up {date}</source>
        <translation>opfølgning {date}</translation>
    </message>
    <message>
        <source>followed up %1</source>
        <translation>fulgt op %1</translation>
    </message>
    <message>
        <source>followed up {date}</source>
        <translation>fulgt op {date}</translation>
    </message>
    <message>
        <source>housing</source>
        <translation>bolig</translation>
    </message>
    <message>
        <source>leisure</source>
        <translation>fritid</translation>
    </message>
    <message>
        <source>loneliness</source>
        <translation>ensomhed</translation>
    </message>
    <message>
        <source>money</source>
        <translation>økonomi</translation>
    </message>
    <message>
        <source>network</source>
        <translation>netværk</translation>
    </message>
    <message>
        <source>private: only here, never in read-back or anything shared</source>
        <translation>privat: kun her, aldrig i genlæsning eller noget, der deles</translation>
    </message>
    <message>
        <source>reassess</source>
        <translation>genovervej</translation>
    </message>
    <message>
        <source>set {date}</source>
        <translation>sat {date}</translation>
    </message>
    <message>
        <source>sleep</source>
        <translation>søvn</translation>
    </message>
    <message>
        <source>wishes and strengths</source>
        <translation>ønsker og styrker</translation>
    </message>
    <message>
        <source>work</source>
        <translation>arbejde</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} min</translation>
    </message>
</context>
<context>
    <name>CareForm</name>
    <message>
        <source>Close without saving?</source>
        <translation>Luk uden at gemme?</translation>
    </message>
    <message>
        <source>Discard d&amp;raft</source>
        <translation>Kassér &amp;kladde</translation>
    </message>
    <message>
        <source>Possible CPR number</source>
        <translation>Muligt CPR-nummer</translation>
    </message>
    <message>
        <source>Restored the text you had not saved yet.</source>
        <translation>Den tekst, du ikke havde gemt, er gendannet.</translation>
    </message>
    <message>
        <source>Save anyway</source>
        <translation>Gem alligevel</translation>
    </message>
    <message>
        <source>Something in this form looks like a CPR number (underlined). Notes should know a person by alias or initials only. Save anyway?</source>
        <translation>Noget i denne formular ligner et CPR-nummer (understreget). Noter skal kun kende en person ved alias eller initialer. Gem alligevel?</translation>
    </message>
    <message>
        <source>The draft could not be saved just now: %1</source>
        <translation>Kladden kunne ikke gemmes lige nu: %1</translation>
    </message>
    <message>
        <source>Throw away</source>
        <translation>Kassér</translation>
    </message>
    <message>
        <source>What you wrote here has not been saved. Throw it away?</source>
        <translation>Det, du har skrevet her, er ikke gemt. Vil du kassere det?</translation>
    </message>
</context>
<context>
    <name>CareTab</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Added. Press “New conversation” to write the first note.</source>
        <translation>Tilføjet. Tryk på “Ny samtale” for at skrive den første note.</translation>
    </message>
    <message>
        <source>Care conversations</source>
        <translation>Omsorgssamtaler</translation>
    </message>
    <message>
        <source>Care status</source>
        <translation>Status for omsorgssamtaler</translation>
    </message>
    <message>
        <source>Follow-&amp;ups</source>
        <translation>&amp;Opfølgninger</translation>
    </message>
    <message>
        <source>Follow-&amp;ups (%1)</source>
        <translation>&amp;Opfølgninger (%1)</translation>
    </message>
    <message>
        <source>Follow-up with %1 marked as done.</source>
        <translation>Opfølgningen med %1 er markeret som udført.</translation>
    </message>
    <message>
        <source>Not marked as done</source>
        <translation>Ikke markeret som udført</translation>
    </message>
    <message>
        <source>Open the unsaved draft of %1 for %2</source>
        <translation>Åbn den ikke gemte kladde til %1 for %2</translation>
    </message>
    <message>
        <source>Peop&amp;le</source>
        <translation>&amp;Personer</translation>
    </message>
    <message>
        <source>Unsaved text was kept safe in the vault. Open it to finish or discard it:</source>
        <translation>Tekst, der ikke var gemt, er gemt sikkert i datafilen. Åbn den for at gøre den færdig eller kassere den:</translation>
    </message>
</context>
<context>
    <name>CaseTextDialog</name>
    <message>
        <source>&amp;Conversations:</source>
        <translation>&amp;Samtaler:</translation>
    </message>
    <message>
        <source>All conversations</source>
        <translation>Alle samtaler</translation>
    </message>
    <message>
        <source>Co&amp;py to clipboard</source>
        <translation>&amp;Kopiér til udklipsholderen</translation>
    </message>
    <message>
        <source>Conversations to include</source>
        <translation>Samtaler, der skal med</translation>
    </message>
    <message>
        <source>Copied. Clipboard managers are asked not to keep it, and it is cleared from the clipboard in two minutes if it is still there.</source>
        <translation>Kopieret. Programmer, der husker udklipsholderen, bliver bedt om ikke at gemme det, og det bliver fjernet fra udklipsholderen om to minutter, hvis det stadig ligger der.</translation>
    </message>
    <message>
        <source>Goals and recent notes as plain text. Your private reactions and the experience you shared are never included.</source>
        <translation>Mål og seneste noter som ren tekst. Dine private reaktioner og de erfaringer, du selv har delt, kommer aldrig med.</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Seneste 12 måneder</translation>
    </message>
    <message>
        <source>Last 3 months</source>
        <translation>Seneste 3 måneder</translation>
    </message>
    <message>
        <source>Last 6 months</source>
        <translation>Seneste 6 måneder</translation>
    </message>
    <message>
        <source>Text for the case system: %1</source>
        <translation>Tekst til fagsystemet: %1</translation>
    </message>
    <message>
        <source>Text to copy</source>
        <translation>Tekst, der skal kopieres</translation>
    </message>
</context>
<context>
    <name>CheckInPage</name>
    <message numerus="yes">
        <source>%n check-in(s)</source>
        <translation>
            <numerusform>%n check-in</numerusform>
            <numerusform>%n check-ins</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;I want supervision</source>
        <translation>&amp;Jeg vil gerne have supervision</translation>
    </message>
    <message>
        <source>&amp;Save check-in</source>
        <translation>&amp;Gem check-in</translation>
    </message>
    <message>
        <source>&amp;What helps</source>
        <translation>&amp;Hvad hjælper</translation>
    </message>
    <message>
        <source>1 is low, 5 is high. Skip what does not fit today.</source>
        <translation>1 er lavt, 5 er højt. Spring over det, der ikke passer i dag.</translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <source>Daily check-in reminder</source>
        <translation>Daglig påmindelse om check-in</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Slet</translation>
    </message>
    <message>
        <source>Earlier check-ins</source>
        <translation>Tidligere check-ins</translation>
    </message>
    <message>
        <source>Empt&amp;y the form</source>
        <translation>&amp;Tøm formularen</translation>
    </message>
    <message>
        <source>Empty the form</source>
        <translation>Tøm formularen</translation>
    </message>
    <message>
        <source>How are you right now?</source>
        <translation>Hvordan har du det lige nu?</translation>
    </message>
    <message>
        <source>I want supervision</source>
        <translation>Jeg vil gerne have supervision</translation>
    </message>
    <message>
        <source>One line is enough</source>
        <translation>Én linje er nok</translation>
    </message>
    <message>
        <source>Remind me at this time ea&amp;ch day</source>
        <translation>&amp;Mind mig om det hver dag på dette tidspunkt</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Påmindelse</translation>
    </message>
    <message>
        <source>Reminder time</source>
        <translation>Tidspunkt for påmindelse</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Fjern</translation>
    </message>
    <message>
        <source>Remove check-in</source>
        <translation>Fjern check-in</translation>
    </message>
    <message>
        <source>Remove selected…</source>
        <translation>Fjern valgte…</translation>
    </message>
    <message>
        <source>Remove the check-in from %1 for good?</source>
        <translation>Fjern check-in fra %1 for altid?</translation>
    </message>
    <message>
        <source>Remove the selected check-in</source>
        <translation>Fjern den valgte check-in</translation>
    </message>
    <message>
        <source>Save check-in</source>
        <translation>Gem check-in</translation>
    </message>
    <message>
        <source>Saved at %1. Thank you for checking in.</source>
        <translation>Gemt %1. Tak, fordi du tjekkede ind.</translation>
    </message>
    <message>
        <source>Shown while PeerDesk is open; skipped if you already checked in.</source>
        <translation>Vises, mens PeerDesk er åben; springes over, hvis du allerede har tjekket ind.</translation>
    </message>
    <message>
        <source>That check-in is no longer here.</source>
        <translation>Den check-in findes ikke længere.</translation>
    </message>
    <message>
        <source>The check-in was removed.</source>
        <translation>Check-in er fjernet.</translation>
    </message>
    <message>
        <source>What dr&amp;ains me</source>
        <translation>Hvad &amp;dræner mig</translation>
    </message>
    <message>
        <source>What drains me</source>
        <translation>Hvad dræner mig</translation>
    </message>
    <message>
        <source>What helps</source>
        <translation>Hvad hjælper</translation>
    </message>
    <message>
        <source>Your unsaved check-in was restored.</source>
        <translation>Din check-in, der ikke var gemt, er hentet frem igen.</translation>
    </message>
</context>
<context>
    <name>ChipBar</name>
    <message>
        <source>Add</source>
        <translation>Tilføj</translation>
    </message>
</context>
<context>
    <name>ClosingPage</name>
    <message>
        <source>(nothing written)</source>
        <translation>(intet skrevet)</translation>
    </message>
    <message>
        <source>A conversation that stays with you, a worry, a task for tomorrow…</source>
        <translation>En samtale, der bliver hængende, en bekymring, en opgave til i morgen…</translation>
    </message>
    <message>
        <source>A moment at the end of the day: write down what you leave at work, then PeerDesk locks. It will still be here tomorrow.</source>
        <translation>Et øjeblik ved dagens slutning: skriv ned, hvad du efterlader på arbejdet, så låser PeerDesk. Det er her stadig i morgen.</translation>
    </message>
    <message>
        <source>Check &amp;in first</source>
        <translation>&amp;Lav check-in først</translation>
    </message>
    <message>
        <source>Close the day and lo&amp;ck</source>
        <translation>Afslut dagen og lå&amp;s</translation>
    </message>
    <message>
        <source>Close the workday</source>
        <translation>Afslut arbejdsdagen</translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <source>Earlier day closings</source>
        <translation>Tidligere dagsafslutninger</translation>
    </message>
    <message>
        <source>No check-in today. You may like to check in before you close.</source>
        <translation>Ingen check-in i dag. Måske vil du lave et check-in, før du afslutter.</translation>
    </message>
    <message>
        <source>No earlier day closings.</source>
        <translation>Ingen tidligere dagsafslutninger.</translation>
    </message>
    <message>
        <source>The workday is closed. What you wrote stays here, at work.</source>
        <translation>Arbejdsdagen er afsluttet. Det, du skrev, bliver her på arbejdet.</translation>
    </message>
    <message>
        <source>This week so far: %1 hours.</source>
        <translation>Denne uge indtil nu: %1 timer.</translation>
    </message>
    <message>
        <source>This week so far: %1 of %2 hours.</source>
        <translation>Denne uge indtil nu: %1 af %2 timer.</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>I dag</translation>
    </message>
    <message>
        <source>What I &amp;leave at work</source>
        <translation>Det, jeg &amp;efterlader på arbejdet</translation>
    </message>
    <message>
        <source>What I leave at work</source>
        <translation>Det, jeg efterlader på arbejdet</translation>
    </message>
    <message>
        <source>You checked in today at %1.</source>
        <translation>Du lavede check-in i dag kl. %1.</translation>
    </message>
    <message>
        <source>Your unsaved words were restored.</source>
        <translation>Dine ord, der ikke var gemt, er gendannet.</translation>
    </message>
</context>
<context>
    <name>ComingList</name>
    <message>
        <source>%1–%2  %3 (%4)</source>
        <translation>%1–%2  %3 (%4)</translation>
    </message>
    <message>
        <source>No sessions planned in the coming weeks.</source>
        <translation>Ingen undervisningsgange planlagt i de kommende uger.</translation>
    </message>
    <message>
        <source>Press Enter or double-click to open the session</source>
        <translation>Tryk Enter eller dobbeltklik for at åbne gangen</translation>
    </message>
    <message>
        <source>Today, %1</source>
        <translation>I dag, %1</translation>
    </message>
    <message>
        <source>Tomorrow, %1</source>
        <translation>I morgen, %1</translation>
    </message>
    <message>
        <source>preparation: %1</source>
        <translation>forberedelse: %1</translation>
    </message>
</context>
<context>
    <name>ConversationDialog</name>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>&amp;Follow up on:</source>
        <translation>&amp;Følg op den:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <source>&amp;Lived experience I shared:</source>
        <translation>&amp;Egne erfaringer, jeg delte:</translation>
    </message>
    <message>
        <source>&amp;Next steps:</source>
        <translation>&amp;Næste skridt:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Sted:</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;Hvornår:</translation>
    </message>
    <message>
        <source>Agreed last time (%1): %2</source>
        <translation>Aftalt sidst (%1): %2</translation>
    </message>
    <message>
        <source>Copy kind, place, duration and themes from the last note</source>
        <translation>Kopiér type, sted, varighed og temaer fra sidste note</translation>
    </message>
    <message>
        <source>Correct the note from %1</source>
        <translation>Ret noten fra %1</translation>
    </message>
    <message>
        <source>Ctrl+Enter saves. Drafts are kept safe in the vault as you type.</source>
        <translation>Ctrl+Enter gemmer. Kladder gemmes sikkert i datafilen, mens du skriver.</translation>
    </message>
    <message>
        <source>D&amp;uration:</source>
        <translation>&amp;Varighed:</translation>
    </message>
    <message>
        <source>Duration in minutes</source>
        <translation>Varighed i minutter</translation>
    </message>
    <message>
        <source>Follow-up date</source>
        <translation>Opfølgningsdato</translation>
    </message>
    <message>
        <source>How it &amp;affected me (private):</source>
        <translation>Hvordan det &amp;påvirkede mig (privat):</translation>
    </message>
    <message>
        <source>How it affected me (private)</source>
        <translation>Hvordan det påvirkede mig (privat)</translation>
    </message>
    <message>
        <source>In their &amp;own words:</source>
        <translation>Med personens egne &amp;ord:</translation>
    </message>
    <message>
        <source>Insert a snippet</source>
        <translation>Indsæt en tekstbid</translation>
    </message>
    <message>
        <source>Keep the selected text as a snippet</source>
        <translation>Gem den markerede tekst som tekstbid</translation>
    </message>
    <message>
        <source>New conversation with %1</source>
        <translation>Ny samtale med %1</translation>
    </message>
    <message>
        <source>Not noted</source>
        <translation>Ikke noteret</translation>
    </message>
    <message>
        <source>Only for you.</source>
        <translation>Kun for dig.</translation>
    </message>
    <message>
        <source>Private: never shown in read-back, the case-system text or the person&apos;s copy.</source>
        <translation>Privat: vises aldrig ved genlæsning, i teksten til fagsystemet eller i personens kopi.</translation>
    </message>
    <message>
        <source>Save the note (Ctrl+Enter)</source>
        <translation>Gem noten (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Sn&amp;ippets</source>
        <translation>Tekst&amp;bidder</translation>
    </message>
    <message>
        <source>Start from the last no&amp;te</source>
        <translation>Brug sidste note som &amp;udgangspunkt</translation>
    </message>
    <message>
        <source>Started from the note of %1.</source>
        <translation>Udgangspunkt i noten fra %1.</translation>
    </message>
    <message>
        <source>T&amp;hemes:</source>
        <translation>Te&amp;maer:</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Temaer</translation>
    </message>
    <message>
        <source>There is no earlier note to start from.</source>
        <translation>Der er ingen tidligere note at tage udgangspunkt i.</translation>
    </message>
    <message>
        <source>What happens next, and who does it.</source>
        <translation>Hvad der sker nu, og hvem der gør det.</translation>
    </message>
    <message>
        <source>What of my own experience I shared, if anything.</source>
        <translation>Hvad jeg delte af mine egne erfaringer, hvis noget.</translation>
    </message>
    <message>
        <source>What they said, as they said it.</source>
        <translation>Hvad personen sagde, sådan som det blev sagt.</translation>
    </message>
    <message>
        <source>e.g. the café, a walk by the lake, by phone</source>
        <translation>fx caféen, en gåtur ved søen, telefonisk</translation>
    </message>
</context>
<context>
    <name>CourseDialog</name>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beskrivelse:</translation>
    </message>
    <message>
        <source>&amp;Discard changes</source>
        <translation>&amp;Forkast ændringer</translation>
    </message>
    <message>
        <source>&amp;Ends on:</source>
        <translation>Sl&amp;utdato:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>T&amp;ype:</translation>
    </message>
    <message>
        <source>&amp;Partners:</source>
        <translation>Samarbejds&amp;partnere:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>Co-teac&amp;hers:</source>
        <translation>&amp;Medundervisere:</translation>
    </message>
    <message>
        <source>Co-teachers</source>
        <translation>Medundervisere</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Forløb</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beskrivelse</translation>
    </message>
    <message>
        <source>Discard changes?</source>
        <translation>Forkast ændringer?</translation>
    </message>
    <message>
        <source>Discard the restored changes</source>
        <translation>Forkast de gendannede ændringer</translation>
    </message>
    <message>
        <source>For example: Mentor education, spring</source>
        <translation>For eksempel: Mentoruddannelse, forår</translation>
    </message>
    <message>
        <source>Go &amp;back to the saved version</source>
        <translation>Gå t&amp;ilbage til den gemte version</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>My ro&amp;le:</source>
        <translation>Min &amp;rolle:</translation>
    </message>
    <message>
        <source>My role</source>
        <translation>Min rolle</translation>
    </message>
    <message>
        <source>New course or group</source>
        <translation>Nyt forløb eller ny gruppe</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Samarbejdspartnere</translation>
    </message>
    <message>
        <source>Sta&amp;rts on:</source>
        <translation>&amp;Startdato:</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>You have changed this course. Close without saving the changes?</source>
        <translation>Du har ændret dette forløb. Vil du lukke uden at gemme ændringerne?</translation>
    </message>
    <message>
        <source>Your unsaved changes from earlier were restored.</source>
        <translation>Dine ikke-gemte ændringer fra tidligere er gendannet.</translation>
    </message>
</context>
<context>
    <name>CourseListPane</name>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Søg:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <source>Add a course or group (Ctrl+N)</source>
        <translation>Tilføj et forløb eller en gruppe (Ctrl+N)</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Alle typer</translation>
    </message>
    <message>
        <source>Co&amp;urses and groups</source>
        <translation>&amp;Forløb og grupper</translation>
    </message>
    <message>
        <source>Comin&amp;g sessions</source>
        <translation>&amp;Kommende undervisningsgange</translation>
    </message>
    <message>
        <source>Coming sessions</source>
        <translation>Kommende undervisningsgange</translation>
    </message>
    <message>
        <source>Courses and groups</source>
        <translation>Forløb og grupper</translation>
    </message>
    <message>
        <source>Find a course</source>
        <translation>Find et forløb</translation>
    </message>
    <message>
        <source>New c&amp;ourse or group…</source>
        <translation>&amp;Nyt forløb eller ny gruppe…</translation>
    </message>
    <message>
        <source>No course matches the search.</source>
        <translation>Intet forløb passer til søgningen.</translation>
    </message>
    <message>
        <source>No courses or groups yet. Add the first one with New course or group.</source>
        <translation>Ingen forløb eller grupper endnu. Tilføj det første med Nyt forløb eller ny gruppe.</translation>
    </message>
    <message>
        <source>Show courses of kind</source>
        <translation>Vis forløb af typen</translation>
    </message>
    <message>
        <source>Title, co-teacher or partner</source>
        <translation>Titel, medunderviser eller samarbejdspartner</translation>
    </message>
</context>
<context>
    <name>CoursePage</name>
    <message>
        <source>%1 hours with preparation</source>
        <translation>%1 timer med forberedelse</translation>
    </message>
    <message>
        <source>&amp;Edit course…</source>
        <translation>&amp;Redigér forløb…</translation>
    </message>
    <message>
        <source>Add a session to this course</source>
        <translation>Tilføj en undervisningsgang til forløbet</translation>
    </message>
    <message>
        <source>Co-teachers: %1</source>
        <translation>Medundervisere: %1</translation>
    </message>
    <message>
        <source>De&amp;lete course…</source>
        <translation>&amp;Slet forløb…</translation>
    </message>
    <message>
        <source>E&amp;xport plan as PDF</source>
        <translation>&amp;Eksportér plan som PDF</translation>
    </message>
    <message>
        <source>New sess&amp;ion</source>
        <translation>&amp;Ny undervisningsgang</translation>
    </message>
    <message>
        <source>Partners: %1</source>
        <translation>Samarbejdspartnere: %1</translation>
    </message>
    <message>
        <source>Plan for co-teachers…</source>
        <translation>Plan til medundervisere…</translation>
    </message>
    <message>
        <source>Plan with head counts and evaluations…</source>
        <translation>Plan med deltagerantal og evalueringer…</translation>
    </message>
    <message numerus="yes">
        <source>Sessions (%n)</source>
        <translation>
            <numerusform>Undervisningsgange (%n)</numerusform>
            <numerusform>Undervisningsgange (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Sessions of the course</source>
        <translation>Forløbets undervisningsgange</translation>
    </message>
</context>
<context>
    <name>Courses</name>
    <message>
        <source>%1 cannot be below zero.</source>
        <translation>%1 kan ikke være under nul.</translation>
    </message>
    <message numerus="yes">
        <source>%1 is larger than PeerDesk allows (at most %n).</source>
        <translation>
            <numerusform>%1 er større, end PeerDesk tillader (højst %n).</numerusform>
            <numerusform>%1 er større, end PeerDesk tillader (højst %n).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is not a date or time PeerDesk understands.</source>
        <translation>%1 er ikke en dato eller et tidspunkt, som PeerDesk forstår.</translation>
    </message>
    <message numerus="yes">
        <source>%1 is too long: at most %n characters.</source>
        <translation>
            <numerusform>%1 er for lang: højst %n tegn.</numerusform>
            <numerusform>%1 er for lang: højst %n tegn.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 must stay on one line, without special control characters.</source>
        <translation>%1 skal stå på én linje, uden særlige kontroltegn.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n ready</source>
        <translation>
            <numerusform>%1 af %n klar</numerusform>
            <numerusform>%1 af %n klar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n session(s) held</source>
        <translation>
            <numerusform>%1 af %n gang afholdt</numerusform>
            <numerusform>%1 af %n gange afholdt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n preparation item(s) still open</source>
        <translation>
            <numerusform>%n forberedelsespunkt er stadig åbent</numerusform>
            <numerusform>%n forberedelsespunkter er stadig åbne</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A checklist holds at most %n items.</source>
        <translation>
            <numerusform>En tjekliste kan højst have %n punkt.</numerusform>
            <numerusform>En tjekliste kan højst have %n punkter.</numerusform>
        </translation>
    </message>
    <message>
        <source>About the course</source>
        <translation>Om forløbet</translation>
    </message>
    <message numerus="yes">
        <source>All %n ready</source>
        <translation>
            <numerusform>Alt klar (%n)</numerusform>
            <numerusform>Alle %n klar</numerusform>
        </translation>
    </message>
    <message>
        <source>Co-teachers</source>
        <translation>Medundervisere</translation>
    </message>
    <message>
        <source>Course or group</source>
        <translation>Forløb eller gruppe</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>Evaluering</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>Fra %1</translation>
    </message>
    <message>
        <source>Head count</source>
        <translation>Antal deltagere</translation>
    </message>
    <message>
        <source>Head count: %1</source>
        <translation>Antal deltagere: %1</translation>
    </message>
    <message>
        <source>I plan and teach it</source>
        <translation>Jeg planlægger og underviser</translation>
    </message>
    <message>
        <source>I plan it</source>
        <translation>Jeg planlægger det</translation>
    </message>
    <message>
        <source>I teach it</source>
        <translation>Jeg underviser</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Materials</source>
        <translation>Materialer</translation>
    </message>
    <message>
        <source>Mentor education</source>
        <translation>Mentoruddannelse</translation>
    </message>
    <message>
        <source>My part</source>
        <translation>Min del</translation>
    </message>
    <message>
        <source>My role: %1</source>
        <translation>Min rolle: %1</translation>
    </message>
    <message>
        <source>Next session</source>
        <translation>Næste gang</translation>
    </message>
    <message>
        <source>No checklist</source>
        <translation>Ingen tjekliste</translation>
    </message>
    <message>
        <source>No dates yet</source>
        <translation>Ingen datoer endnu</translation>
    </message>
    <message>
        <source>No sessions planned yet.</source>
        <translation>Ingen undervisningsgange planlagt endnu.</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Ikke endnu</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Samarbejdspartnere</translation>
    </message>
    <message>
        <source>Peer group</source>
        <translation>Peergruppe</translation>
    </message>
    <message>
        <source>PeerDesk could not accept %1.</source>
        <translation>PeerDesk kunne ikke tage imod %1.</translation>
    </message>
    <message>
        <source>Please choose %1 from the list.</source>
        <translation>Vælg %1 fra listen.</translation>
    </message>
    <message>
        <source>Please fill in %1.</source>
        <translation>Husk at udfylde %1.</translation>
    </message>
    <message>
        <source>Preparation</source>
        <translation>Forberedelse</translation>
    </message>
    <message>
        <source>Preparation time: %1 hours</source>
        <translation>Forberedelsestid: %1 timer</translation>
    </message>
    <message>
        <source>Recovery group</source>
        <translation>Recoverygruppe</translation>
    </message>
    <message>
        <source>Session %1: %2</source>
        <translation>Gang %1: %2</translation>
    </message>
    <message>
        <source>Talk</source>
        <translation>Oplæg</translation>
    </message>
    <message>
        <source>The end date cannot be before the start date.</source>
        <translation>Slutdatoen kan ikke ligge før startdatoen.</translation>
    </message>
    <message>
        <source>The session must end after it starts.</source>
        <translation>Undervisningsgangen skal slutte, efter den er startet.</translation>
    </message>
    <message>
        <source>This checklist item no longer exists. It may have been deleted.</source>
        <translation>Dette punkt på tjeklisten findes ikke længere. Det er måske blevet slettet.</translation>
    </message>
    <message>
        <source>This course no longer exists. It may have been deleted.</source>
        <translation>Dette forløb findes ikke længere. Det er måske blevet slettet.</translation>
    </message>
    <message>
        <source>This session no longer exists. It may have been deleted.</source>
        <translation>Denne undervisningsgang findes ikke længere. Den er måske blevet slettet.</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Emne</translation>
    </message>
    <message>
        <source>Until %1</source>
        <translation>Til %1</translation>
    </message>
    <message>
        <source>What to change</source>
        <translation>Hvad skal ændres</translation>
    </message>
    <message>
        <source>What worked</source>
        <translation>Hvad virkede</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Hvornår</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Skrevet</translation>
    </message>
    <message>
        <source>the checklist</source>
        <translation>tjeklisten</translation>
    </message>
    <message>
        <source>the checklist item</source>
        <translation>punktet på tjeklisten</translation>
    </message>
    <message>
        <source>the co-teachers</source>
        <translation>medunderviserne</translation>
    </message>
    <message>
        <source>the description</source>
        <translation>beskrivelsen</translation>
    </message>
    <message>
        <source>the end date</source>
        <translation>slutdatoen</translation>
    </message>
    <message>
        <source>the end time</source>
        <translation>sluttidspunktet</translation>
    </message>
    <message>
        <source>the head count</source>
        <translation>antallet af deltagere</translation>
    </message>
    <message>
        <source>the kind</source>
        <translation>typen</translation>
    </message>
    <message>
        <source>the materials</source>
        <translation>materialerne</translation>
    </message>
    <message>
        <source>the partners</source>
        <translation>samarbejdspartnerne</translation>
    </message>
    <message>
        <source>the preparation time</source>
        <translation>forberedelsestiden</translation>
    </message>
    <message>
        <source>the start date</source>
        <translation>startdatoen</translation>
    </message>
    <message>
        <source>the start time</source>
        <translation>starttidspunktet</translation>
    </message>
    <message>
        <source>the title</source>
        <translation>titlen</translation>
    </message>
    <message>
        <source>the topic</source>
        <translation>emnet</translation>
    </message>
    <message>
        <source>what to change</source>
        <translation>hvad der skal ændres</translation>
    </message>
    <message>
        <source>what worked</source>
        <translation>hvad der virkede</translation>
    </message>
    <message>
        <source>your part</source>
        <translation>din del</translation>
    </message>
    <message>
        <source>your role</source>
        <translation>din rolle</translation>
    </message>
</context>
<context>
    <name>CoursesTab</name>
    <message>
        <source>&amp;Delete course</source>
        <translation>&amp;Slet forløb</translation>
    </message>
    <message>
        <source>Choose a course or group on the left, or add a new one with New course or group (Ctrl+N).</source>
        <translation>Vælg et forløb eller en gruppe til venstre, eller tilføj et nyt med Nyt forløb eller ny gruppe (Ctrl+N).</translation>
    </message>
    <message>
        <source>Courses &amp;&amp; teaching</source>
        <translation>Forløb &amp;&amp; undervisning</translation>
    </message>
    <message>
        <source>Delete course?</source>
        <translation>Slet forløb?</translation>
    </message>
    <message numerus="yes">
        <source>Delete “%1” with its %n session(s), their checklists and evaluations? This cannot be undone.</source>
        <translation>
            <numerusform>Vil du slette “%1” med %n undervisningsgang og dens tjekliste og evaluering? Det kan ikke fortrydes.</numerusform>
            <numerusform>Vil du slette “%1” med %n undervisningsgange og deres tjeklister og evalueringer? Det kan ikke fortrydes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the course plan</source>
        <translation>Eksportér forløbsplanen</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-filer (*.pdf)</translation>
    </message>
    <message>
        <source>The plan was saved as %1.</source>
        <translation>Planen er gemt som %1.</translation>
    </message>
    <message>
        <source>This week: %1 hours of teaching and preparation, %2 hours in all.</source>
        <translation>Denne uge: %1 timers undervisning og forberedelse, %2 timer i alt.</translation>
    </message>
</context>
<context>
    <name>DayCell</name>
    <message>
        <source>%1 (today)</source>
        <translation>%1 (i dag)</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <source>This is a throwaway demo vault. Its passphrase is: %1</source>
        <translation>Dette er en demo-datafil, som bliver slettet igen. Adgangssætningen er: %1</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>PeerDesk</source>
        <translation>PeerDesk</translation>
    </message>
    <message>
        <source>Something went wrong. Your saved notes are safe. A line about the error (without any note text) was written to the log in the data folder.</source>
        <translation>Noget gik galt. Dine gemte noter er i sikkerhed. En linje om fejlen (uden tekst fra dine noter) er skrevet i loggen i datamappen.</translation>
    </message>
</context>
<context>
    <name>EarlyWarningBanner</name>
    <message>
        <source>A note from your wellbeing plan</source>
        <translation>En note fra din trivselsplan</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Ikke nu</translation>
    </message>
    <message>
        <source>Open my plan</source>
        <translation>Åbn min plan</translation>
    </message>
    <message>
        <source>Plan supervision</source>
        <translation>Planlæg supervision</translation>
    </message>
    <message>
        <source>This is not a diagnosis, just a good moment to look after yourself. It may help to bring it to supervision.</source>
        <translation>Det er ikke en diagnose, bare et godt tidspunkt at passe på dig selv. Det kan være en hjælp at tage det med til supervision.</translation>
    </message>
    <message>
        <source>Your latest check-ins match the early-warning pattern you chose: %1.</source>
        <translation>Dine seneste check-ins passer med det mønster for tidlige advarselstegn, du selv har valgt: %1.</translation>
    </message>
    <message>
        <source>Your plan is still empty; writing down what helps you is a good start.</source>
        <translation>Din plan er stadig tom; at skrive ned, hvad der hjælper dig, er en god begyndelse.</translation>
    </message>
    <message>
        <source>Your plan says:</source>
        <translation>Din plan siger:</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>A vault already exists in this folder; it was not changed. Restart PeerDesk to unlock it.</source>
        <translation>Der findes allerede en datafil i denne mappe, og den er ikke blevet ændret. Genstart PeerDesk for at låse den op.</translation>
    </message>
    <message>
        <source>Avoid repeating the same character or a simple sequence.</source>
        <translation>Undgå at gentage det samme tegn eller at bruge en simpel række.</translation>
    </message>
    <message>
        <source>Could not save: the disk may be full. Nothing was lost; free some space and try again.</source>
        <translation>Kunne ikke gemme: disken er måske fuld. Intet er gået tabt. Frigør lidt plads, og prøv igen.</translation>
    </message>
    <message>
        <source>Enter a passphrase.</source>
        <translation>Skriv en adgangssætning.</translation>
    </message>
    <message>
        <source>PeerDesk could not read or write its data folder. Check that the disk is connected and has free space, then try again.</source>
        <translation>PeerDesk kunne ikke læse eller skrive i sin datamappe. Tjek, at disken er tilsluttet og har ledig plads, og prøv så igen.</translation>
    </message>
    <message>
        <source>PeerDesk is already open with this vault in another window.</source>
        <translation>PeerDesk er allerede åben med denne datafil i et andet vindue.</translation>
    </message>
    <message>
        <source>PeerDesk may not read or write its data folder. Check the folder&apos;s permissions, or contact your IT support.</source>
        <translation>PeerDesk har ikke lov til at læse eller skrive i sin datamappe. Tjek mappens rettigheder, eller kontakt din IT-support.</translation>
    </message>
    <message>
        <source>Something unexpected went wrong. Try again; if it keeps happening, contact your IT support.</source>
        <translation>Der skete en uventet fejl. Prøv igen, og kontakt din IT-support, hvis det bliver ved med at ske.</translation>
    </message>
    <message>
        <source>That passphrase does not open the vault. Check Caps Lock and try again.</source>
        <translation>Den adgangssætning kan ikke åbne datafilen. Tjek Caps Lock, og prøv igen.</translation>
    </message>
    <message>
        <source>The passphrase contains an invisible control character; type it again.</source>
        <translation>Adgangssætningen indeholder et usynligt kontroltegn. Skriv den igen.</translation>
    </message>
    <message>
        <source>The vault file is damaged. Restore a backup (File ▸ Restore) or contact your IT support. Nothing was changed.</source>
        <translation>Datafilen er beskadiget. Gendan en sikkerhedskopi (Filer ▸ Gendan fra en sikkerhedskopi), eller kontakt din IT-support. Intet er blevet ændret.</translation>
    </message>
    <message>
        <source>The vault is locked. Unlock it and try again.</source>
        <translation>Datafilen er låst. Lås den op, og prøv igen.</translation>
    </message>
    <message>
        <source>There is no vault in this folder.</source>
        <translation>Der er ingen datafil i denne mappe.</translation>
    </message>
    <message>
        <source>This is a commonly used password; choose something personal to you.</source>
        <translation>Det er en meget brugt adgangskode. Vælg noget, der er personligt for dig.</translation>
    </message>
    <message>
        <source>This passphrase cannot be used; choose another one.</source>
        <translation>Denne adgangssætning kan ikke bruges. Vælg en anden.</translation>
    </message>
    <message>
        <source>This vault was saved by a newer PeerDesk. Update PeerDesk to open it.</source>
        <translation>Denne datafil er gemt med en nyere version af PeerDesk. Opdatér PeerDesk for at åbne den.</translation>
    </message>
    <message numerus="yes">
        <source>Use at least %n characters; a few ordinary words work well.</source>
        <translation>
            <numerusform>Brug mindst %n tegn. Et par almindelige ord fungerer fint.</numerusform>
            <numerusform>Brug mindst %n tegn. Et par almindelige ord fungerer fint.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Use at most %n characters.</source>
        <translation>
            <numerusform>Brug højst %n tegn.</numerusform>
            <numerusform>Brug højst %n tegn.</numerusform>
        </translation>
    </message>
    <message>
        <source>Use several words, or mix letters with digits or symbols.</source>
        <translation>Brug flere ord, eller bland bogstaver med tal eller specialtegn.</translation>
    </message>
</context>
<context>
    <name>Exports</name>
    <message>
        <source>Café</source>
        <translation>Café</translation>
    </message>
    <message>
        <source>Care conversations</source>
        <translation>Omsorgssamtaler</translation>
    </message>
    <message>
        <source>Courses</source>
        <translation>Forløb</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Eksportér</translation>
    </message>
    <message>
        <source>Export %1 as CSV: choose a folder</source>
        <translation>Eksportér %1 som CSV: vælg en mappe</translation>
    </message>
    <message>
        <source>Export anyway?</source>
        <translation>Eksportér alligevel?</translation>
    </message>
    <message>
        <source>Export cancelled: no file was written.</source>
        <translation>Eksporten blev annulleret: der blev ikke gemt nogen fil.</translation>
    </message>
    <message>
        <source>Export everything</source>
        <translation>Eksportér alt</translation>
    </message>
    <message>
        <source>Export is not encrypted</source>
        <translation>Eksporten er ikke krypteret</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n CSV file(s) to %1.</source>
        <translation>
            <numerusform>Eksporterede %n CSV-fil til %1.</numerusform>
            <numerusform>Eksporterede %n CSV-filer til %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Eksporteret til %1.</translation>
    </message>
    <message>
        <source>Exporting %1 as CSV…</source>
        <translation>Eksporterer %1 som CSV…</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Eksporterer…</translation>
    </message>
    <message>
        <source>Self-care</source>
        <translation>Egenomsorg</translation>
    </message>
    <message>
        <source>The CSV files of %1 will be written to a new folder, %2. They will NOT be encrypted: anyone who can open them can read everything in them.</source>
        <translation>CSV-filerne for %1 bliver gemt i en ny mappe, %2. De bliver IKKE krypteret: alle, der kan åbne dem, kan læse alt, hvad de indeholder.</translation>
    </message>
    <message>
        <source>The file %1 will NOT be encrypted: anyone who can open it can read everything in it. Export anyway?</source>
        <translation>Filen %1 bliver IKKE krypteret: alle, der kan åbne den, kan læse alt, hvad den indeholder. Eksportér alligevel?</translation>
    </message>
    <message>
        <source>They hold your own self-care notes.</source>
        <translation>De indeholder dine egne noter om egenomsorg.</translation>
    </message>
    <message>
        <source>Volunteers</source>
        <translation>Frivillige</translation>
    </message>
</context>
<context>
    <name>FieldBox</name>
    <message>
        <source>This looks like a CPR number. Notes should not hold CPR numbers.</source>
        <translation>Det ligner et CPR-nummer. Noter må ikke indeholde CPR-numre.</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>Activities</source>
        <translation>Aktiviteter</translation>
    </message>
    <message>
        <source>Alias</source>
        <translation>Alias</translation>
    </message>
    <message>
        <source>Boundaries kept</source>
        <translation>Holdt mine grænser</translation>
    </message>
    <message>
        <source>Boundary</source>
        <translation>Grænse</translation>
    </message>
    <message>
        <source>Café host</source>
        <translation>Frivillig cafévært</translation>
    </message>
    <message>
        <source>Café session</source>
        <translation>Caféåbning</translation>
    </message>
    <message>
        <source>Challenges</source>
        <translation>Udfordringer</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>Check-in</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Samtale</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Forløb</translation>
    </message>
    <message>
        <source>Course session</source>
        <translation>Mødegang</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beskrivelse</translation>
    </message>
    <message>
        <source>Dreams</source>
        <translation>Drømme</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Slutter</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>Energi</translation>
    </message>
    <message>
        <source>First met</source>
        <translation>Første møde</translation>
    </message>
    <message>
        <source>Follow up on</source>
        <translation>Opfølgning den</translation>
    </message>
    <message>
        <source>Head count</source>
        <translation>Antal deltagere</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Afholdt</translation>
    </message>
    <message>
        <source>Hopes</source>
        <translation>Håb</translation>
    </message>
    <message>
        <source>How I handled it</source>
        <translation>Sådan håndterede jeg det</translation>
    </message>
    <message>
        <source>How it affected me (private)</source>
        <translation>Sådan påvirkede det mig (privat)</translation>
    </message>
    <message>
        <source>In their own words</source>
        <translation>Med egne ord</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Lived experience I shared</source>
        <translation>Egne erfaringer, jeg delte</translation>
    </message>
    <message>
        <source>Materials</source>
        <translation>Materialer</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutter</translation>
    </message>
    <message>
        <source>Mood</source>
        <translation>Humør</translation>
    </message>
    <message>
        <source>My part</source>
        <translation>Min del</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Newcomers</source>
        <translation>Nye gæster</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Næste skridt</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Notes afterwards</source>
        <translation>Noter bagefter</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Sted</translation>
    </message>
    <message>
        <source>Referred to</source>
        <translation>Henvist til</translation>
    </message>
    <message>
        <source>Returning</source>
        <translation>Gæster, der kom igen</translation>
    </message>
    <message>
        <source>Sleep</source>
        <translation>Søvn</translation>
    </message>
    <message>
        <source>Sparring</source>
        <translation>Sparring</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Starter</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Strengths</source>
        <translation>Styrker</translation>
    </message>
    <message>
        <source>Stress</source>
        <translation>Stress</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Temaer</translation>
    </message>
    <message>
        <source>Things I want to bring</source>
        <translation>Det vil jeg gerne tage op</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Emne</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Emner</translation>
    </message>
    <message>
        <source>What I learned</source>
        <translation>Det lærte jeg</translation>
    </message>
    <message>
        <source>What I would do differently</source>
        <translation>Det ville jeg gøre anderledes</translation>
    </message>
    <message>
        <source>What drains</source>
        <translation>Det dræner</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Hvad skete der</translation>
    </message>
    <message>
        <source>What helps</source>
        <translation>Det hjælper</translation>
    </message>
    <message>
        <source>What to change</source>
        <translation>Det skal ændres</translation>
    </message>
    <message>
        <source>What went well</source>
        <translation>Det gik godt</translation>
    </message>
    <message>
        <source>What worked</source>
        <translation>Det virkede</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Hvornår</translation>
    </message>
    <message>
        <source>Wishes</source>
        <translation>Ønsker</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Tag sikkerhedskopi nu</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Tag sikkerhedskopi nu</translation>
    </message>
    <message>
        <source>Backup cancelled</source>
        <translation>Sikkerhedskopiering annulleret</translation>
    </message>
    <message>
        <source>Backup cancelled: no backup was written.</source>
        <translation>Sikkerhedskopieringen blev annulleret: der blev ikke gemt nogen sikkerhedskopi.</translation>
    </message>
    <message>
        <source>Changing the passphrase…</source>
        <translation>Skifter adgangssætning…</translation>
    </message>
    <message>
        <source>Copying and checking the backup…</source>
        <translation>Kopierer og tjekker sikkerhedskopien…</translation>
    </message>
    <message>
        <source>Encrypted backup written, with a copy in the second folder.</source>
        <translation>Krypteret sikkerhedskopi gemt, med en kopi i den anden mappe.</translation>
    </message>
    <message>
        <source>Encrypted backup written.</source>
        <translation>Krypteret sikkerhedskopi gemt.</translation>
    </message>
    <message>
        <source>Encrypted backup written. The second backup folder %1 is not there (is the USB stick plugged in?), so no copy was made there.</source>
        <translation>Krypteret sikkerhedskopi gemt. Den anden mappe til sikkerhedskopier, %1, findes ikke (er USB-nøglen sat i?), så der blev ikke lavet en kopi dér.</translation>
    </message>
    <message>
        <source>Last backup: %1</source>
        <translation>Seneste sikkerhedskopi: %1</translation>
    </message>
    <message>
        <source>Last backup: %1 — more than a week ago.</source>
        <translation>Seneste sikkerhedskopi: %1 – mere end en uge siden.</translation>
    </message>
    <message>
        <source>No backup yet — please make one.</source>
        <translation>Ingen sikkerhedskopi endnu – lav venligst en.</translation>
    </message>
    <message>
        <source>Please wait until the running backup or export has finished.</source>
        <translation>Vent venligst, til den igangværende sikkerhedskopi eller eksport er færdig.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Gendan</translation>
    </message>
    <message>
        <source>Restore cancelled: nothing was changed.</source>
        <translation>Gendannelsen blev annulleret: intet blev ændret.</translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation>Gendanner…</translation>
    </message>
    <message>
        <source>The backup was cancelled: no backup was written.</source>
        <translation>Sikkerhedskopieringen blev annulleret: der blev ikke gemt nogen sikkerhedskopi.</translation>
    </message>
    <message>
        <source>The vault will be replaced by the backup from %1. The current vault is kept aside in the data folder, so nothing is lost.</source>
        <translation>Datafilen bliver erstattet af sikkerhedskopien fra %1. Den nuværende datafil bliver gemt til side i datamappen, så intet går tabt.</translation>
    </message>
    <message>
        <source>Writing an encrypted backup before closing…</source>
        <translation>Skriver en krypteret sikkerhedskopi, før programmet lukker…</translation>
    </message>
    <message>
        <source>Writing an encrypted backup…</source>
        <translation>Gemmer en krypteret sikkerhedskopi…</translation>
    </message>
</context>
<context>
    <name>FollowUpPane</name>
    <message>
        <source>Due today and overdue</source>
        <translation>Forfalder i dag eller er forsinket</translation>
    </message>
    <message>
        <source>Due within a month</source>
        <translation>Forfalder inden for en måned</translation>
    </message>
    <message>
        <source>Due within a week</source>
        <translation>Forfalder inden for en uge</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Opfølgninger</translation>
    </message>
    <message>
        <source>Mar&amp;k as done…</source>
        <translation>&amp;Markér som udført…</translation>
    </message>
    <message>
        <source>Nothing to follow up here. Well done.</source>
        <translation>Intet at følge op på her. Godt gået.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Åbn</translation>
    </message>
    <message>
        <source>Show the person and the record (Enter)</source>
        <translation>Vis personen og noterne (Enter)</translation>
    </message>
    <message>
        <source>Which follow-ups to show</source>
        <translation>Hvilke opfølgninger der skal vises</translation>
    </message>
</context>
<context>
    <name>GettingIn</name>
    <message>
        <source>&amp;Show passphrase</source>
        <translation>&amp;Vis adgangssætning</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Besked</translation>
    </message>
    <message>
        <source>Opening your vault…</source>
        <translation>Åbner din datafil…</translation>
    </message>
    <message>
        <source>Show passphrase</source>
        <translation>Vis adgangssætning</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Arbejder</translation>
    </message>
</context>
<context>
    <name>GoalDialog</name>
    <message>
        <source>&amp;Goal:</source>
        <translation>&amp;Mål:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>Change goal</source>
        <translation>Ændr mål</translation>
    </message>
    <message>
        <source>In their &amp;own words:</source>
        <translation>Med personens &amp;egne ord:</translation>
    </message>
    <message>
        <source>New goal</source>
        <translation>Nyt mål</translation>
    </message>
    <message>
        <source>Set o&amp;n:</source>
        <translation>Sat &amp;den:</translation>
    </message>
    <message>
        <source>The goal as the person put it.</source>
        <translation>Målet, sådan som personen selv sagde det.</translation>
    </message>
    <message>
        <source>The goal, briefly</source>
        <translation>Målet, kort</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>Built with:</source>
        <translation>Bygget med:</translation>
    </message>
    <message>
        <source>Everything you write is kept in one encrypted file on this computer.</source>
        <translation>Alt, hvad du skriver, bliver gemt i én krypteret fil på denne computer.</translation>
    </message>
    <message>
        <source>Go to a tab</source>
        <translation>Gå til en fane</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastaturgenveje</translation>
    </message>
    <message>
        <source>Lock PeerDesk</source>
        <translation>Lås PeerDesk</translation>
    </message>
    <message>
        <source>PeerDesk %1 — an encrypted notebook for peer workers.</source>
        <translation>PeerDesk %1 — en krypteret notesbog til peer-medarbejdere.</translation>
    </message>
    <message>
        <source>PeerDesk is free software under the GNU GPL version 3 or later.</source>
        <translation>PeerDesk er fri software under GNU GPL version 3 eller senere.</translation>
    </message>
    <message>
        <source>Qt and PySide6 are used under the GNU LGPL version 3. They are separate libraries in PeerDesk&apos;s program folder, and you may replace them with your own build of the same Qt version. The source code of Qt is at %1; Qt&apos;s licensing is explained at %2.</source>
        <translation>Qt og PySide6 bruges under GNU LGPL version 3. De er separate biblioteker i PeerDesks programmappe, og du må erstatte dem med din egen kompilerede udgave af samme Qt-version. Kildekoden til Qt findes på %1; Qts licensforhold er forklaret på %2.</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Afslut</translation>
    </message>
    <message>
        <source>Refresh the current tab</source>
        <translation>Opdatér den aktuelle fane</translation>
    </message>
    <message>
        <source>Search everything</source>
        <translation>Søg i alt</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Indstillinger</translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message numerus="yes">
        <source>%n guest(s) in all</source>
        <translation>
            <numerusform>%n gæst i alt</numerusform>
            <numerusform>%n gæster i alt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n newcomer(s)</source>
        <translation>
            <numerusform>%n ny gæst</numerusform>
            <numerusform>%n nye gæster</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) in the last %1 months</source>
        <translation>
            <numerusform>%n caféåbning de seneste %1 måneder</numerusform>
            <numerusform>%n caféåbninger de seneste %1 måneder</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Open the selected log</source>
        <translation>&amp;Åbn den valgte log</translation>
    </message>
    <message>
        <source>&amp;Resolve…</source>
        <translation>&amp;Afslut…</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Vis</translation>
    </message>
    <message>
        <source>Attendance chart</source>
        <translation>Diagram over fremmøde</translation>
    </message>
    <message>
        <source>Attendance per month</source>
        <translation>Fremmøde pr. måned</translation>
    </message>
    <message>
        <source>Attendance per week</source>
        <translation>Fremmøde pr. uge</translation>
    </message>
    <message>
        <source>By month</source>
        <translation>Pr. måned</translation>
    </message>
    <message>
        <source>By week</source>
        <translation>Pr. uge</translation>
    </message>
    <message>
        <source>Follow up by %1 (session %2)</source>
        <translation>Følg op senest %1 (caféåbning %2)</translation>
    </message>
    <message>
        <source>Guests in all</source>
        <translation>Gæster i alt</translation>
    </message>
    <message>
        <source>Incidents that need follow-up</source>
        <translation>Hændelser, der skal følges op</translation>
    </message>
    <message>
        <source>Newcomers</source>
        <translation>Nye gæster</translation>
    </message>
    <message>
        <source>No incidents waiting for follow-up.</source>
        <translation>Ingen hændelser venter på opfølgning.</translation>
    </message>
    <message>
        <source>No sessions logged in this period.</source>
        <translation>Ingen caféåbninger registreret i denne periode.</translation>
    </message>
    <message>
        <source>Open its lo&amp;g</source>
        <translation>Åbn &amp;loggen</translation>
    </message>
    <message>
        <source>Overdue: follow up by %1 (session %2)</source>
        <translation>Forsinket: følg op senest %1 (caféåbning %2)</translation>
    </message>
    <message>
        <source>P&amp;eriod</source>
        <translation>&amp;Periode</translation>
    </message>
    <message>
        <source>Period shown</source>
        <translation>Vist periode</translation>
    </message>
    <message>
        <source>Returning</source>
        <translation>Tilbagevendende</translation>
    </message>
    <message>
        <source>Session %1, no follow-up date</source>
        <translation>Caféåbning %1, ingen opfølgningsdato</translation>
    </message>
    <message>
        <source>Session logs</source>
        <translation>Logs fra caféåbninger</translation>
    </message>
    <message>
        <source>Show attendance by week or by month</source>
        <translation>Vis fremmøde pr. uge eller pr. måned</translation>
    </message>
    <message numerus="yes">
        <source>The last %n month(s)</source>
        <translation>
            <numerusform>Den seneste %n måned</numerusform>
            <numerusform>De seneste %n måneder</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HostChoice</name>
    <message>
        <source>already on the shift</source>
        <translation>allerede på vagten</translation>
    </message>
    <message>
        <source>available that day</source>
        <translation>kan den dag</translation>
    </message>
    <message>
        <source>not available that day</source>
        <translation>kan ikke den dag</translation>
    </message>
    <message>
        <source>not trained to be alone</source>
        <translation>ikke oplært til at være alene</translation>
    </message>
</context>
<context>
    <name>HoursPage</name>
    <message>
        <source> h</source>
        <translation> t</translation>
    </message>
    <message>
        <source> h/week</source>
        <translation> t/uge</translation>
    </message>
    <message>
        <source>%1 hours a week (flex job) since %2.</source>
        <translation>%1 timer om ugen (fleksjob) siden %2.</translation>
    </message>
    <message>
        <source>%1 hours a week since %2.</source>
        <translation>%1 timer om ugen siden %2.</translation>
    </message>
    <message>
        <source>%1 hours. Set your contract to compare.</source>
        <translation>%1 timer. Angiv dine kontrakttimer for at sammenligne.</translation>
    </message>
    <message>
        <source>%1 of %2 hours: within your contract.</source>
        <translation>%1 af %2 timer: inden for dine kontrakttimer.</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) in a row with work, today included.</source>
        <translation>
            <numerusform>%n dag i træk med arbejde, i dag medregnet.</numerusform>
            <numerusform>%n dage i træk med arbejde, i dag medregnet.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Add hours</source>
        <translation>&amp;Tilføj timer</translation>
    </message>
    <message>
        <source>&amp;This week</source>
        <translation>Denne &amp;uge</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktivitet</translation>
    </message>
    <message>
        <source>Contract from</source>
        <translation>Kontrakt fra</translation>
    </message>
    <message>
        <source>Contract hours a week</source>
        <translation>Kontrakttimer om ugen</translation>
    </message>
    <message>
        <source>Contract saved.</source>
        <translation>Kontrakten er gemt.</translation>
    </message>
    <message>
        <source>Counted from your conversations, café sessions, sparring, host training and teaching, plus the hours you enter by hand.</source>
        <translation>Talt op fra dine samtaler, caféåbninger, sparring, oplæring af værter og undervisning plus de timer, du selv taster ind.</translation>
    </message>
    <message>
        <source>Date of the hours</source>
        <translation>Dato for timerne</translation>
    </message>
    <message>
        <source>Flex &amp;job</source>
        <translation>&amp;Fleksjob</translation>
    </message>
    <message>
        <source>For example admin, travel or a meeting</source>
        <translation>For eksempel administration, transport eller et møde</translation>
    </message>
    <message>
        <source>Fro&amp;m</source>
        <translation>F&amp;ra</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Timer</translation>
    </message>
    <message>
        <source>Hours a &amp;week</source>
        <translation>Timer &amp;om ugen</translation>
    </message>
    <message>
        <source>Hours added.</source>
        <translation>Timerne er tilføjet.</translation>
    </message>
    <message>
        <source>Hours entered by hand</source>
        <translation>Manuelt indtastede timer</translation>
    </message>
    <message>
        <source>Hours entered by hand this week</source>
        <translation>Manuelt indtastede timer i denne uge</translation>
    </message>
    <message>
        <source>My contract</source>
        <translation>Min kontrakt</translation>
    </message>
    <message>
        <source>Ne&amp;xt week ▶</source>
        <translation>&amp;Næste uge ▶</translation>
    </message>
    <message>
        <source>Next week</source>
        <translation>Næste uge</translation>
    </message>
    <message>
        <source>No contract yet. Enter your weekly hours to compare each week with them.</source>
        <translation>Ingen kontrakt endnu. Skriv dine ugentlige timer for at sammenligne hver uge med dem.</translation>
    </message>
    <message>
        <source>No work logged yet.</source>
        <translation>Intet arbejde registreret endnu.</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Note (optional)</source>
        <translation>Note (valgfri)</translation>
    </message>
    <message>
        <source>Previous week</source>
        <translation>Forrige uge</translation>
    </message>
    <message>
        <source>Recent weeks</source>
        <translation>Seneste uger</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Fjern</translation>
    </message>
    <message>
        <source>Remove hours</source>
        <translation>Fjern timer</translation>
    </message>
    <message>
        <source>Remove selected…</source>
        <translation>Fjern valgte…</translation>
    </message>
    <message>
        <source>Remove the selected hours</source>
        <translation>Fjern de valgte timer</translation>
    </message>
    <message>
        <source>Remove these hours entered by hand?</source>
        <translation>Fjern disse manuelt indtastede timer?</translation>
    </message>
    <message>
        <source>Save &amp;contract</source>
        <translation>Gem &amp;kontrakt</translation>
    </message>
    <message>
        <source>The hours were removed.</source>
        <translation>Timerne er fjernet.</translation>
    </message>
    <message>
        <source>The week</source>
        <translation>Ugen</translation>
    </message>
    <message>
        <source>This week runs %1 hours over your contract (%2 of %3 hours). Be kind to yourself: perhaps a shorter day soon, or a word with your manager if it keeps happening.</source>
        <translation>Denne uge ligger %1 timer over dine kontrakttimer (%2 af %3 timer). Vær god ved dig selv: måske en kortere dag snart, eller en snak med din leder, hvis det bliver ved.</translation>
    </message>
    <message>
        <source>Today is a day off so far.</source>
        <translation>Indtil videre er i dag en fridag.</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>I alt</translation>
    </message>
    <message>
        <source>Week %1: %2 – %3</source>
        <translation>Uge %1: %2 – %3</translation>
    </message>
    <message numerus="yes">
        <source>You have worked %n day(s) in a row, today included. A day off soon would do you good.</source>
        <translation>
            <numerusform>Du har arbejdet %n dag i træk, i dag medregnet. En fridag snart vil gøre dig godt.</numerusform>
            <numerusform>Du har arbejdet %n dage i træk, i dag medregnet. En fridag snart vil gøre dig godt.</numerusform>
        </translation>
    </message>
    <message>
        <source>◀ Previou&amp;s week</source>
        <translation>◀ Forri&amp;ge uge</translation>
    </message>
</context>
<context>
    <name>JobDialog</name>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Annullér</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annullér</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annullerer…</translation>
    </message>
    <message>
        <source>Finishing — this last step cannot be cancelled.</source>
        <translation>Gør færdig — dette sidste trin kan ikke annulleres.</translation>
    </message>
    <message>
        <source>PeerDesk</source>
        <translation>PeerDesk</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fremskridt</translation>
    </message>
</context>
<context>
    <name>JobRunner</name>
    <message>
        <source>Cancelled: nothing was written.</source>
        <extracomment>A job that ends sooner than this never shows its dialog (no flashing).</extracomment>
        <translation>Annulleret: intet blev gemt.</translation>
    </message>
</context>
<context>
    <name>Licences</name>
    <message>
        <source>GPL-2.0 with an exception for bundled programs</source>
        <translation>GPL-2.0 med en undtagelse for medfølgende programmer</translation>
    </message>
    <message>
        <source>Public domain</source>
        <translation>Fri af ophavsret (public domain)</translation>
    </message>
    <message>
        <source>Python&apos;s link to SQLCipher</source>
        <translation>Pythons forbindelse til SQLCipher</translation>
    </message>
    <message>
        <source>Qt for Python</source>
        <translation>Qt for Python</translation>
    </message>
    <message>
        <source>database access</source>
        <translation>adgang til databasen</translation>
    </message>
    <message>
        <source>encryption of the vault file</source>
        <translation>kryptering af datafilen</translation>
    </message>
    <message>
        <source>starts the installed program</source>
        <translation>starter det installerede program</translation>
    </message>
    <message>
        <source>the cryptography SQLCipher uses</source>
        <translation>den kryptografi, SQLCipher bruger</translation>
    </message>
    <message>
        <source>the database inside SQLCipher</source>
        <translation>databasen inde i SQLCipher</translation>
    </message>
    <message>
        <source>the language PeerDesk is written in</source>
        <translation>sproget, PeerDesk er skrevet i</translation>
    </message>
    <message>
        <source>upgrades of the vault&apos;s schema</source>
        <translation>opgraderinger af datafilens skema</translation>
    </message>
    <message>
        <source>used by Alembic</source>
        <translation>bruges af Alembic</translation>
    </message>
    <message>
        <source>used by Mako</source>
        <translation>bruges af Mako</translation>
    </message>
    <message>
        <source>used by SQLAlchemy</source>
        <translation>bruges af SQLAlchemy</translation>
    </message>
    <message>
        <source>where the data folder is</source>
        <translation>hvor datamappen ligger</translation>
    </message>
    <message>
        <source>windows, widgets, charts, printing</source>
        <translation>vinduer, kontroller, diagrammer, udskrivning</translation>
    </message>
</context>
<context>
    <name>LicencesDialog</name>
    <message>
        <source>(This licence text is missing from the installation.)</source>
        <translation>(Denne licenstekst mangler i installationen.)</translation>
    </message>
    <message>
        <source>Bundled parts</source>
        <translation>Medfølgende dele</translation>
    </message>
    <message>
        <source>Licence text</source>
        <translation>Licenstekst</translation>
    </message>
    <message>
        <source>Licences</source>
        <translation>Licenser</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;About PeerDesk</source>
        <translation>&amp;Om PeerDesk</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Sikkerhedskopiér nu</translation>
    </message>
    <message>
        <source>&amp;Care conversations…</source>
        <translation>&amp;Omsorgssamtaler…</translation>
    </message>
    <message>
        <source>&amp;Change passphrase…</source>
        <translation>S&amp;kift adgangssætning…</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Rediger</translation>
    </message>
    <message>
        <source>&amp;Export everything (JSON)…</source>
        <translation>&amp;Eksportér alt (JSON)…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Filer</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjælp</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastaturgenveje</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Lås</translation>
    </message>
    <message>
        <source>&amp;New in this area</source>
        <translation>&amp;Ny i dette område</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afslut</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Gentag</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Opdatér</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation>&amp;Gendan fra en sikkerhedskopi…</translation>
    </message>
    <message>
        <source>&amp;Search everything…</source>
        <translation>&amp;Søg i alt…</translation>
    </message>
    <message>
        <source>&amp;Self-care (your own)…</source>
        <translation>&amp;Egenomsorg (din egen)…</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Fortryd</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Vis</translation>
    </message>
    <message>
        <source>&amp;Volunteers…</source>
        <translation>F&amp;rivillige…</translation>
    </message>
    <message>
        <source>Activity re&amp;port…</source>
        <translation>Aktivitets&amp;rapport…</translation>
    </message>
    <message>
        <source>Areas of work</source>
        <translation>Arbejdsområder</translation>
    </message>
    <message>
        <source>C&amp;afé…</source>
        <translation>C&amp;afé…</translation>
    </message>
    <message>
        <source>C&amp;ourses…</source>
        <translation>&amp;Forløb…</translation>
    </message>
    <message>
        <source>Choose an area tab to add something new there.</source>
        <translation>Vælg fanen for et område for at tilføje noget nyt der.</translation>
    </message>
    <message>
        <source>Export an area as C&amp;SV</source>
        <translation>Eksportér et område som CS&amp;V</translation>
    </message>
    <message>
        <source>Go to tab %1</source>
        <translation>Gå til fane %1</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>&amp;Indstillinger…</translation>
    </message>
    <message>
        <source>Vault: %1</source>
        <translation>Datafil: %1</translation>
    </message>
</context>
<context>
    <name>MeetingsPage</name>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message numerus="yes">
        <source>%n network group meeting(s) planned, six weeks apart.</source>
        <translation>
            <numerusform>%n møde i netværksgruppen planlagt med seks ugers mellemrum.</numerusform>
            <numerusform>%n møder i netværksgruppen planlagt med seks ugers mellemrum.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Add meeting</source>
        <translation>&amp;Tilføj møde</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Gem</translation>
    </message>
    <message>
        <source>Choose a meeting in the list.</source>
        <translation>Vælg et møde på listen.</translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <source>Da&amp;te and time</source>
        <translation>&amp;Dato og tidspunkt</translation>
    </message>
    <message>
        <source>Date and time of the meeting</source>
        <translation>Dato og tidspunkt for mødet</translation>
    </message>
    <message>
        <source>It was he&amp;ld</source>
        <translation>Mødet blev &amp;holdt</translation>
    </message>
    <message>
        <source>K&amp;ind</source>
        <translation>T&amp;ype</translation>
    </message>
    <message>
        <source>Kind of meeting</source>
        <translation>Mødetype</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Møder</translation>
    </message>
    <message>
        <source>Next network group: %1</source>
        <translation>Næste netværksgruppe: %1</translation>
    </message>
    <message>
        <source>Next supervision: %1</source>
        <translation>Næste supervision: %1</translation>
    </message>
    <message>
        <source>No network group planned.</source>
        <translation>Ingen netværksgruppe planlagt.</translation>
    </message>
    <message>
        <source>No supervision planned.</source>
        <translation>Ingen supervision planlagt.</translation>
    </message>
    <message>
        <source>Notes after&amp;wards</source>
        <translation>&amp;Noter bagefter</translation>
    </message>
    <message>
        <source>Notes afterwards</source>
        <translation>Noter bagefter</translation>
    </message>
    <message>
        <source>Number of meetin&amp;gs (6 weeks apart)</source>
        <translation>&amp;Antal møder (6 uger imellem)</translation>
    </message>
    <message>
        <source>Number of meetings, six weeks apart</source>
        <translation>Antal møder med seks ugers mellemrum</translation>
    </message>
    <message>
        <source>Plan a meeting</source>
        <translation>Planlæg et møde</translation>
    </message>
    <message>
        <source>Planned for %1.</source>
        <translation>Planlagt til %1.</translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation>&amp;Fjern…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Fjern</translation>
    </message>
    <message>
        <source>Remove meeting</source>
        <translation>Fjern møde</translation>
    </message>
    <message>
        <source>Remove this meeting</source>
        <translation>Fjern dette møde</translation>
    </message>
    <message>
        <source>Remove this meeting and its notes for good?</source>
        <translation>Fjern mødet og noterne til det for altid?</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gemt.</translation>
    </message>
    <message>
        <source>Supervision and the network group also show on the Overview.</source>
        <translation>Supervision og netværksgruppen vises også på Overblik.</translation>
    </message>
    <message>
        <source>That meeting is no longer here.</source>
        <translation>Det møde findes ikke længere.</translation>
    </message>
    <message>
        <source>The meeting was removed.</source>
        <translation>Mødet er fjernet.</translation>
    </message>
    <message>
        <source>What I want to &amp;bring</source>
        <translation>Hvad jeg vil tage &amp;med</translation>
    </message>
    <message>
        <source>What I want to bring</source>
        <translation>Hvad jeg vil tage med</translation>
    </message>
    <message>
        <source>Your unsaved notes were restored.</source>
        <translation>Dine noter, der ikke var gemt, er gendannet.</translation>
    </message>
</context>
<context>
    <name>NewShiftDialog</name>
    <message>
        <source>&amp;Add the shift</source>
        <translation>&amp;Tilføj vagten</translation>
    </message>
    <message>
        <source>&amp;Day</source>
        <translation>&amp;Dag</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Fra</translation>
    </message>
    <message>
        <source>&amp;Hosts needed</source>
        <translation>&amp;Antal værter</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Note</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>T&amp;il</translation>
    </message>
    <message>
        <source>Add a shift at %1</source>
        <translation>Tilføj en vagt i %1</translation>
    </message>
</context>
<context>
    <name>NoteView</name>
    <message>
        <source>&amp;Correct note…</source>
        <translation>&amp;Ret note…</translation>
    </message>
    <message>
        <source>Add a&amp;ddendum…</source>
        <translation>Skriv &amp;tilføjelse…</translation>
    </message>
    <message>
        <source>Follow-up d&amp;one</source>
        <translation>Opfølgning &amp;gjort</translation>
    </message>
    <message>
        <source>Mark the note&apos;s follow-up as done today</source>
        <translation>Markér notens opfølgning som gjort i dag</translation>
    </message>
    <message>
        <source>Read &amp;back</source>
        <translation>&amp;Læs op sammen</translation>
    </message>
    <message>
        <source>Record &amp;outcome…</source>
        <translation>Notér &amp;udfald…</translation>
    </message>
    <message>
        <source>Show the note in large text, without your private notes</source>
        <translation>Vis noten med stor tekst, uden dine private noter</translation>
    </message>
    <message>
        <source>The chosen entry</source>
        <translation>Den valgte post</translation>
    </message>
</context>
<context>
    <name>OptionalDate</name>
    <message numerus="yes">
        <source>+%n week(s)</source>
        <translation>
            <numerusform>+%n uge</numerusform>
            <numerusform>+%n uger</numerusform>
        </translation>
    </message>
    <message>
        <source>No date</source>
        <translation>Ingen dato</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ingen</translation>
    </message>
    <message numerus="yes">
        <source>Set the date %n day(s) from today</source>
        <translation>
            <numerusform>Sæt datoen %n dag fra i dag</numerusform>
            <numerusform>Sæt datoen %n dage fra i dag</numerusform>
        </translation>
    </message>
    <message>
        <source>dd.mm.yyyy</source>
        <translation>dd.mm.åååå</translation>
    </message>
</context>
<context>
    <name>OutcomeDialog</name>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;Udfald:</translation>
    </message>
    <message>
        <source>How did it go: %1</source>
        <translation>Hvordan gik det: %1</translation>
    </message>
    <message>
        <source>What happened, in a line or two.</source>
        <translation>Hvad der skete, på en linje eller to.</translation>
    </message>
</context>
<context>
    <name>OverviewTab</name>
    <message>
        <source>%1 — %2: %3</source>
        <translation>%1 — %2: %3</translation>
    </message>
    <message numerus="yes">
        <source>%1, %2: %n host(s) missing</source>
        <translation>
            <numerusform>%1, %2: der mangler %n vært</numerusform>
            <numerusform>%1, %2: der mangler %n værter</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2: the only host is not yet trained to be alone</source>
        <translation>%1, %2: den eneste vært er endnu ikke oplært til at stå alene</translation>
    </message>
    <message>
        <source>%1: follow up on sparring from %2</source>
        <translation>%1: opfølgning på sparring fra %2</translation>
    </message>
    <message>
        <source>Back &amp;up now</source>
        <translation>Tag sikkerheds&amp;kopi nu</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Tag sikkerhedskopi nu</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Sikkerhedskopi</translation>
    </message>
    <message>
        <source>Café shifts without enough hosts (next 14 days)</source>
        <translation>Cafévagter uden nok værter (de næste 14 dage)</translation>
    </message>
    <message>
        <source>Coming up</source>
        <translation>Kommende</translation>
    </message>
    <message>
        <source>Due %1 — %2: %3</source>
        <translation>Frist %1 — %2: %3</translation>
    </message>
    <message>
        <source>Every café shift in the next 14 days has enough hosts.</source>
        <translation>Alle cafévagter de næste 14 dage har nok værter.</translation>
    </message>
    <message>
        <source>Follow-ups due</source>
        <translation>Opfølgninger, der venter</translation>
    </message>
    <message>
        <source>Last check-in %1: energy %2, stress %3</source>
        <translation>Seneste check-in %1: energi %2, stress %3</translation>
    </message>
    <message>
        <source>Myself</source>
        <translation>Mig selv</translation>
    </message>
    <message>
        <source>Network group %1</source>
        <translation>Netværksgruppe %1</translation>
    </message>
    <message>
        <source>No check-in yet.</source>
        <translation>Ingen check-in endnu.</translation>
    </message>
    <message>
        <source>No follow-ups due today.</source>
        <translation>Ingen opfølgninger i dag.</translation>
    </message>
    <message>
        <source>No sparring follow-ups due.</source>
        <translation>Ingen opfølgninger på sparring lige nu.</translation>
    </message>
    <message>
        <source>Nothing planned in the next 14 days.</source>
        <translation>Intet planlagt de næste 14 dage.</translation>
    </message>
    <message>
        <source>Overdue since %1 — %2: %3</source>
        <translation>Forsinket siden %1 — %2: %3</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Overblik</translation>
    </message>
    <message>
        <source>Sparring follow-ups</source>
        <translation>Opfølgning på sparring</translation>
    </message>
    <message>
        <source>Supervision %1</source>
        <translation>Supervision %1</translation>
    </message>
    <message>
        <source>The last backup is from %1, more than a week ago. An encrypted backup takes a moment.</source>
        <translation>Den seneste sikkerhedskopi er fra %1, mere end en uge siden. En krypteret sikkerhedskopi tager kun et øjeblik.</translation>
    </message>
    <message>
        <source>There is no backup of the vault yet. If this computer is lost or breaks, everything in it is gone. An encrypted backup takes a moment.</source>
        <translation>Der er endnu ingen sikkerhedskopi af datafilen. Hvis computeren bliver væk eller går i stykker, er alt i den tabt. En krypteret sikkerhedskopi tager kun et øjeblik.</translation>
    </message>
    <message>
        <source>This week: %1 hours</source>
        <translation>Denne uge: %1 timer</translation>
    </message>
    <message>
        <source>This week: %1 of %2 hours</source>
        <translation>Denne uge: %1 af %2 timer</translation>
    </message>
    <message>
        <source>This week: %1 of %2 hours, %3 over. Take care of yourself.</source>
        <translation>Denne uge: %1 af %2 timer, %3 over. Pas godt på dig selv.</translation>
    </message>
    <message>
        <source>Today, %1</source>
        <translation>I dag, %1</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more in the follow-up list of Care conversations.</source>
        <translation>
            <numerusform>…og %n til på opfølgningslisten i Omsorgssamtaler.</numerusform>
            <numerusform>…og %n til på opfølgningslisten i Omsorgssamtaler.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>…and %n more shifts without enough hosts.</source>
        <translation>
            <numerusform>…og %n vagt til uden nok værter.</numerusform>
            <numerusform>…og %n vagter til uden nok værter.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>…and %n more sparring follow-ups in Volunteers.</source>
        <translation>
            <numerusform>…og %n opfølgning mere på sparring under Frivillige.</numerusform>
            <numerusform>…og %n opfølgninger mere på sparring under Frivillige.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PassphraseChangeDialog</name>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;Igen:</translation>
    </message>
    <message>
        <source>&amp;Current:</source>
        <translation>&amp;Nuværende:</translation>
    </message>
    <message>
        <source>&amp;New:</source>
        <translation>N&amp;y:</translation>
    </message>
    <message>
        <source>Change passphrase</source>
        <translation>Skift adgangssætning</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Nuværende adgangssætning</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Ny adgangssætning</translation>
    </message>
    <message>
        <source>New passphrase again</source>
        <translation>Ny adgangssætning igen</translation>
    </message>
    <message>
        <source>Older backups keep the passphrase they were made with.</source>
        <translation>Ældre sikkerhedskopier beholder den adgangssætning, de blev lavet med.</translation>
    </message>
    <message>
        <source>The two new passphrases differ.</source>
        <translation>De to nye adgangssætninger er ikke ens.</translation>
    </message>
</context>
<context>
    <name>PeoplePane</name>
    <message numerus="yes">
        <source>%n of %1 people shown</source>
        <translation>
            <numerusform>%n af %1 personer vises</numerusform>
            <numerusform>%n af %1 personer vises</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n personer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) flagged for retention review: no activity for a long time, or a review date has come. Tick “Flagged for review” to see them.</source>
        <translation>
            <numerusform>%n person er markeret til gennemgang af opbevaring: ingen aktivitet i lang tid, eller en gennemgangsdato er nået. Sæt flueben i “Markeret til gennemgang” for at se personen.</numerusform>
            <numerusform>%n personer er markeret til gennemgang af opbevaring: ingen aktivitet i lang tid, eller en gennemgangsdato er nået. Sæt flueben i “Markeret til gennemgang” for at se dem.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Add person</source>
        <translation>&amp;Tilføj person</translation>
    </message>
    <message>
        <source>Alias or initials of a new person</source>
        <translation>Alias eller initialer for en ny person</translation>
    </message>
    <message>
        <source>Alias or initials, e.g. K.J.</source>
        <translation>Alias eller initialer, fx K.J.</translation>
    </message>
    <message>
        <source>Every status</source>
        <translation>Alle statusser</translation>
    </message>
    <message>
        <source>Filter by alias</source>
        <translation>Filtrér efter alias</translation>
    </message>
    <message>
        <source>Filter people by alias</source>
        <translation>Filtrér personer efter alias</translation>
    </message>
    <message>
        <source>Flagged for rev&amp;iew</source>
        <translation>Markeret til &amp;gennemgang</translation>
    </message>
    <message>
        <source>Needs follo&amp;w-up</source>
        <translation>Skal &amp;følges op</translation>
    </message>
    <message numerus="yes">
        <source>No one matches these filters (%n person(s) in all).</source>
        <translation>
            <numerusform>Ingen passer til disse filtre (%n person i alt).</numerusform>
            <numerusform>Ingen passer til disse filtre (%n personer i alt).</numerusform>
        </translation>
    </message>
    <message>
        <source>No people yet. Add someone by alias below.</source>
        <translation>Ingen personer endnu. Tilføj en person med et alias herunder.</translation>
    </message>
    <message>
        <source>Only people flagged for retention review</source>
        <translation>Kun personer markeret til gennemgang af opbevaring</translation>
    </message>
    <message>
        <source>Only people who need a follow-up</source>
        <translation>Kun personer, der skal følges op på</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personer</translation>
    </message>
    <message>
        <source>Show people with status</source>
        <translation>Vis personer med status</translation>
    </message>
    <message>
        <source>This looks like a CPR number. Use an alias or initials instead.</source>
        <translation>Det ligner et CPR-nummer. Brug et alias eller initialer i stedet.</translation>
    </message>
</context>
<context>
    <name>PersonPage</name>
    <message>
        <source>%1, overdue</source>
        <translation>%1, forsinket</translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation>Æn&amp;dr…</translation>
    </message>
    <message>
        <source>&amp;Edit wishes, strengths and consent…</source>
        <translation>&amp;Redigér ønsker, styrker og samtykke…</translation>
    </message>
    <message>
        <source>&amp;Goals</source>
        <translation>Må&amp;l</translation>
    </message>
    <message>
        <source>&amp;More</source>
        <translation>M&amp;ere</translation>
    </message>
    <message>
        <source>&amp;New conversation</source>
        <translation>&amp;Ny samtale</translation>
    </message>
    <message>
        <source>&amp;Record follow-up…</source>
        <translation>Registrér &amp;opfølgning…</translation>
    </message>
    <message>
        <source>&amp;Text for the case system…</source>
        <translation>&amp;Tekst til fagsystemet…</translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation>T&amp;idslinje</translation>
    </message>
    <message numerus="yes">
        <source>(+%n addendum(s))</source>
        <translation>
            <numerusform>(+%n tilføjelse)</numerusform>
            <numerusform>(+%n tilføjelser)</numerusform>
        </translation>
    </message>
    <message>
        <source>Add a ste&amp;p…</source>
        <translation>Tilføj et s&amp;kridt…</translation>
    </message>
    <message>
        <source>Add g&amp;oal…</source>
        <translation>Tilføj &amp;mål…</translation>
    </message>
    <message>
        <source>Choose a person on the left, or add someone by alias.</source>
        <translation>Vælg en person til venstre, eller tilføj en ny med et alias.</translation>
    </message>
    <message>
        <source>E&amp;rase this person…</source>
        <translation>Slet denne person &amp;helt…</translation>
    </message>
    <message>
        <source>Goals and steps</source>
        <translation>Mål og skridt</translation>
    </message>
    <message>
        <source>More about this person</source>
        <translation>Mere om personen</translation>
    </message>
    <message>
        <source>New &amp;referral…</source>
        <translation>Ny hen&amp;visning…</translation>
    </message>
    <message>
        <source>No conversations or referrals yet. Press “New conversation” to write the first note.</source>
        <translation>Ingen samtaler eller henvisninger endnu. Tryk på “Ny samtale” for at skrive den første note.</translation>
    </message>
    <message>
        <source>No goals yet. Goals are the person&apos;s own, in their own words.</source>
        <translation>Ingen mål endnu. Målene er personens egne, med personens egne ord.</translation>
    </message>
    <message>
        <source>Not noted yet.</source>
        <translation>Ikke noteret endnu.</translation>
    </message>
    <message>
        <source>Not written yet.</source>
        <translation>Ikke skrevet endnu.</translation>
    </message>
    <message>
        <source>Noted</source>
        <translation>Noteret</translation>
    </message>
    <message>
        <source>Referral: %1</source>
        <translation>Henvisning: %1</translation>
    </message>
    <message>
        <source>Right-of-access &amp;PDF…</source>
        <translation>Indsigt som &amp;PDF…</translation>
    </message>
    <message>
        <source>Step followed up</source>
        <translation>Skridt fulgt op</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Tidslinje</translation>
    </message>
    <message>
        <source>Wi&amp;shes and strengths</source>
        <translation>Ønsker og &amp;styrker</translation>
    </message>
    <message>
        <source>Write a note of a conversation (Ctrl+N)</source>
        <translation>Skriv en note fra en samtale (Ctrl+N)</translation>
    </message>
    <message>
        <source>done %1</source>
        <translation>udført %1</translation>
    </message>
    <message>
        <source>first met %1</source>
        <translation>første møde %1</translation>
    </message>
    <message>
        <source>set %1</source>
        <translation>sat %1</translation>
    </message>
    <message>
        <source>⚠ consent not noted</source>
        <translation>⚠ samtykke ikke noteret</translation>
    </message>
    <message>
        <source>✓ consent noted</source>
        <translation>✓ samtykke noteret</translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message>
        <source>&amp;Save plan</source>
        <translation>&amp;Gem plan</translation>
    </message>
    <message>
        <source>A section of your own, e.g. “Music”</source>
        <translation>Et afsnit efter dit eget valg, fx “Musik”</translation>
    </message>
    <message>
        <source>Add a se&amp;ction</source>
        <translation>Tilføj et &amp;afsnit</translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <source>In your own words, for you alone. It is not part of any report or export unless you include it yourself.</source>
        <translation>Med dine egne ord og kun for dig. Den indgår ikke i nogen rapport eller eksport, medmindre du selv tager den med.</translation>
    </message>
    <message>
        <source>My wellbeing plan</source>
        <translation>Min trivselsplan</translation>
    </message>
    <message>
        <source>Nothing to save; your plan is as you left it.</source>
        <translation>Der er intet at gemme; din plan er, som du forlod den.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Fjern</translation>
    </message>
    <message>
        <source>Remove section</source>
        <translation>Fjern afsnit</translation>
    </message>
    <message>
        <source>Remove the section “%1” and its text for good?</source>
        <translation>Vil du fjerne afsnittet “%1” og dets tekst for altid?</translation>
    </message>
    <message>
        <source>Save &amp;as PDF…</source>
        <translation>Gem som &amp;PDF…</translation>
    </message>
    <message>
        <source>Save the plan as a PDF</source>
        <translation>Gem planen som PDF</translation>
    </message>
    <message>
        <source>Saved as %1.</source>
        <translation>Gemt som %1.</translation>
    </message>
    <message>
        <source>Section added. Write in it, then save the plan.</source>
        <translation>Afsnittet er tilføjet. Skriv i det, og gem så planen.</translation>
    </message>
    <message>
        <source>The section was removed.</source>
        <translation>Afsnittet er fjernet.</translation>
    </message>
    <message>
        <source>Title of a new section</source>
        <translation>Titel på et nyt afsnit</translation>
    </message>
    <message>
        <source>Your plan is saved.</source>
        <translation>Din plan er gemt.</translation>
    </message>
    <message>
        <source>Your unsaved changes to the plan were restored.</source>
        <translation>Dine ikke-gemte ændringer i planen er gendannet.</translation>
    </message>
    <message>
        <source>my-wellbeing-plan.pdf</source>
        <translation>min-trivselsplan.pdf</translation>
    </message>
</context>
<context>
    <name>PrepChecklist</name>
    <message numerus="yes">
        <source>%1 of %n ready</source>
        <translation>
            <numerusform>%1 af %n klar</numerusform>
            <numerusform>%1 af %n klar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s); tick them off once the session is saved.</source>
        <translation>
            <numerusform>%n punkt; sæt flueben ved det, når undervisningsgangen er gemt.</numerusform>
            <numerusform>%n punkter; sæt flueben ved dem, når undervisningsgangen er gemt.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Tilføj</translation>
    </message>
    <message>
        <source>Add to the checklist</source>
        <translation>Føj til tjeklisten</translation>
    </message>
    <message>
        <source>For example: Print handouts</source>
        <translation>For eksempel: Print uddelingsark</translation>
    </message>
    <message>
        <source>New checklist item</source>
        <translation>Nyt punkt på tjeklisten</translation>
    </message>
    <message>
        <source>Nothing on the checklist yet.</source>
        <translation>Intet på tjeklisten endnu.</translation>
    </message>
    <message>
        <source>Preparation checklist</source>
        <translation>Tjekliste til forberedelse</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>Fje&amp;rn</translation>
    </message>
    <message>
        <source>Remove the chosen checklist item</source>
        <translation>Fjern det valgte punkt fra tjeklisten</translation>
    </message>
    <message>
        <source>Space ticks an item off; Delete removes it.</source>
        <translation>Mellemrum sætter flueben ved et punkt; Delete fjerner det.</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>&amp;Alias:</source>
        <translation>&amp;Alias:</translation>
    </message>
    <message>
        <source>&amp;Consent:</source>
        <translation>&amp;Samtykke:</translation>
    </message>
    <message>
        <source>&amp;Dreams:</source>
        <translation>&amp;Drømme:</translation>
    </message>
    <message>
        <source>&amp;First met:</source>
        <translation>&amp;Første møde:</translation>
    </message>
    <message>
        <source>&amp;Hopes:</source>
        <translation>&amp;Håb:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <source>&amp;Wishes:</source>
        <translation>&amp;Ønsker:</translation>
    </message>
    <message>
        <source>About %1</source>
        <translation>Om %1</translation>
    </message>
    <message>
        <source>Alias or initials, e.g. K.J.</source>
        <translation>Alias eller initialer, fx K.J.</translation>
    </message>
    <message>
        <source>Consent &amp;given on:</source>
        <translation>Samtykke &amp;givet den:</translation>
    </message>
    <message>
        <source>Consent &amp;note:</source>
        <translation>Samtykke&amp;note:</translation>
    </message>
    <message>
        <source>Ne&amp;xt review:</source>
        <translation>Næste genne&amp;mgang:</translation>
    </message>
    <message>
        <source>S&amp;trengths:</source>
        <translation>St&amp;yrker:</translation>
    </message>
    <message>
        <source>The person has agreed to these notes</source>
        <translation>Personen har sagt ja til disse noter</translation>
    </message>
    <message>
        <source>Their dreams, big or small.</source>
        <translation>Personens drømme, store eller små.</translation>
    </message>
    <message>
        <source>What they agreed to, and how.</source>
        <translation>Hvad personen har sagt ja til, og hvordan.</translation>
    </message>
    <message>
        <source>What they are good at, what carries them.</source>
        <translation>Hvad personen er god til, og hvad der holder personen oppe.</translation>
    </message>
    <message>
        <source>What they hope for.</source>
        <translation>Hvad personen håber på.</translation>
    </message>
    <message>
        <source>What they wish for, in their words.</source>
        <translation>Hvad personen ønsker sig, med egne ord.</translation>
    </message>
    <message>
        <source>When to look at these notes again and decide whether to keep them. A date in the future ends the review flag.</source>
        <translation>Hvornår du ser på noterne igen og beslutter, om de skal gemmes. En dato ude i fremtiden fjerner markeringen til gennemgang.</translation>
    </message>
    <message>
        <source>Write in everyday language and in the person&apos;s own words; no diagnoses.</source>
        <translation>Skriv i hverdagssprog og med personens egne ord; ingen diagnoser.</translation>
    </message>
</context>
<context>
    <name>ReadBackDialog</name>
    <message>
        <source>Larger text</source>
        <translation>Større tekst</translation>
    </message>
    <message>
        <source>Larger text (Ctrl+plus)</source>
        <translation>Større tekst (Ctrl+plus)</translation>
    </message>
    <message>
        <source>Read back with %1</source>
        <translation>Læs op sammen med %1</translation>
    </message>
    <message>
        <source>Read the note together and agree on the wording. Private notes are hidden.</source>
        <translation>Læs noten sammen, og bliv enige om formuleringen. Private noter er skjult.</translation>
    </message>
    <message>
        <source>Smaller text</source>
        <translation>Mindre tekst</translation>
    </message>
    <message>
        <source>Smaller text (Ctrl+minus)</source>
        <translation>Mindre tekst (Ctrl+minus)</translation>
    </message>
    <message>
        <source>The note, for reading back</source>
        <translation>Noten til genlæsning</translation>
    </message>
</context>
<context>
    <name>ReferralDialog</name>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Dato:</translation>
    </message>
    <message>
        <source>&amp;Follow up on:</source>
        <translation>&amp;Følg op den:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <source>New referral</source>
        <translation>Ny henvisning</translation>
    </message>
    <message>
        <source>Referred &amp;to:</source>
        <translation>&amp;Henvist til:</translation>
    </message>
    <message>
        <source>Why, and what was agreed.</source>
        <translation>Hvorfor, og hvad der blev aftalt.</translation>
    </message>
    <message>
        <source>e.g. the chess club at the library</source>
        <translation>fx skakklubben på biblioteket</translation>
    </message>
</context>
<context>
    <name>ReminderPrompt</name>
    <message>
        <source>Check in now</source>
        <translation>Lav check-in nu</translation>
    </message>
    <message>
        <source>Check-in reminder</source>
        <translation>Påmindelse om check-in</translation>
    </message>
    <message>
        <source>It is %1. Time for your short check-in? It takes about 20 seconds.</source>
        <translation>Klokken er %1. Tid til dit korte check-in? Det tager cirka 20 sekunder.</translation>
    </message>
    <message>
        <source>Not today</source>
        <translation>Ikke i dag</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>Activity report</source>
        <translation>Aktivitetsrapport</translation>
    </message>
    <message>
        <source>Agreements kept</source>
        <translation>Aftaler holdt</translation>
    </message>
    <message>
        <source>Agreements made</source>
        <translation>Aftaler indgået</translation>
    </message>
    <message>
        <source>Anonymous counts only: no names, aliases or notes.</source>
        <translation>Kun anonyme tal: ingen navne, aliasser eller noter.</translation>
    </message>
    <message>
        <source>Average energy (1–5)</source>
        <translation>Gennemsnitlig energi (1–5)</translation>
    </message>
    <message>
        <source>Average stress (1–5)</source>
        <translation>Gennemsnitligt stress (1–5)</translation>
    </message>
    <message>
        <source>Boundary situations</source>
        <translation>Grænsesituationer</translation>
    </message>
    <message>
        <source>Café guests per month</source>
        <translation>Cafégæster pr. måned</translation>
    </message>
    <message>
        <source>Café guests per week</source>
        <translation>Cafégæster pr. uge</translation>
    </message>
    <message>
        <source>Café sessions</source>
        <translation>Caféåbninger</translation>
    </message>
    <message>
        <source>Café sessions (hours)</source>
        <translation>Caféåbninger (timer)</translation>
    </message>
    <message>
        <source>Café: %1</source>
        <translation>Café: %1</translation>
    </message>
    <message>
        <source>Cafés</source>
        <translation>Caféer</translation>
    </message>
    <message>
        <source>Care conversations</source>
        <translation>Omsorgssamtaler</translation>
    </message>
    <message>
        <source>Check-ins</source>
        <translation>Check-ins</translation>
    </message>
    <message>
        <source>Conversations (hours)</source>
        <translation>Samtaler (timer)</translation>
    </message>
    <message>
        <source>Conversations and support</source>
        <translation>Samtaler og støtte</translation>
    </message>
    <message>
        <source>Conversations per month</source>
        <translation>Samtaler pr. måned</translation>
    </message>
    <message>
        <source>Conversations per week</source>
        <translation>Samtaler pr. uge</translation>
    </message>
    <message>
        <source>Conversations, all kinds</source>
        <translation>Samtaler i alt, alle slags</translation>
    </message>
    <message>
        <source>Course sessions held</source>
        <translation>Afholdte undervisningsgange</translation>
    </message>
    <message>
        <source>Follow-ups done</source>
        <translation>Opfølgninger udført</translation>
    </message>
    <message>
        <source>Follow-ups set</source>
        <translation>Opfølgninger aftalt</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Fra</translation>
    </message>
    <message>
        <source>Group conversations</source>
        <translation>Gruppesamtaler</translation>
    </message>
    <message>
        <source>Guests in total (head count)</source>
        <translation>Gæster i alt (antal gæster)</translation>
    </message>
    <message>
        <source>Host training</source>
        <translation>Oplæring af caféværter</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Timer</translation>
    </message>
    <message>
        <source>Hours in total</source>
        <translation>Timer i alt</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Nøgletal</translation>
    </message>
    <message>
        <source>Modules completed</source>
        <translation>Gennemførte moduler</translation>
    </message>
    <message>
        <source>My self-care (private, included by choice)</source>
        <translation>Min egenomsorg (privat, medtaget efter eget valg)</translation>
    </message>
    <message>
        <source>Newcomers</source>
        <translation>Nye gæster</translation>
    </message>
    <message>
        <source>Other referrals</source>
        <translation>Andre henvisninger</translation>
    </message>
    <message>
        <source>Other work entered by hand (hours)</source>
        <translation>Andet arbejde indtastet manuelt (timer)</translation>
    </message>
    <message>
        <source>Participants in total (head count)</source>
        <translation>Deltagere i alt (antal)</translation>
    </message>
    <message>
        <source>Peer support</source>
        <translation>Peerstøtte</translation>
    </message>
    <message>
        <source>People supported</source>
        <translation>Personer</translation>
    </message>
    <message>
        <source>Period: %1 to %2</source>
        <translation>Periode: %1 til %2</translation>
    </message>
    <message>
        <source>Phone conversations</source>
        <translation>Telefonsamtaler</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Henvisninger</translation>
    </message>
    <message>
        <source>Referrals, all kinds</source>
        <translation>Henvisninger i alt, alle slags</translation>
    </message>
    <message>
        <source>Returning guests</source>
        <translation>Tilbagevendende gæster</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Afsnit</translation>
    </message>
    <message>
        <source>Shifts</source>
        <translation>Vagter</translation>
    </message>
    <message>
        <source>Shifts fully staffed</source>
        <translation>Vagter med fuld bemanding</translation>
    </message>
    <message>
        <source>Shifts fully staffed (%)</source>
        <translation>Vagter med fuld bemanding (%)</translation>
    </message>
    <message>
        <source>Sparring</source>
        <translation>Sparring</translation>
    </message>
    <message>
        <source>Sparring (hours)</source>
        <translation>Sparring (timer)</translation>
    </message>
    <message>
        <source>Sparring sessions</source>
        <translation>Sparringsmøder</translation>
    </message>
    <message>
        <source>Teaching</source>
        <translation>Undervisning</translation>
    </message>
    <message>
        <source>Teaching and preparation (hours)</source>
        <translation>Undervisning og forberedelse (timer)</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Til</translation>
    </message>
    <message>
        <source>To a club</source>
        <translation>Til en klub</translation>
    </message>
    <message>
        <source>To a peer group</source>
        <translation>Til en peergruppe</translation>
    </message>
    <message>
        <source>To an activity</source>
        <translation>Til en aktivitet</translation>
    </message>
    <message>
        <source>To education</source>
        <translation>Til uddannelse</translation>
    </message>
    <message>
        <source>To the job centre</source>
        <translation>Til jobcentret</translation>
    </message>
    <message>
        <source>To volunteering</source>
        <translation>Til frivilligt arbejde</translation>
    </message>
    <message>
        <source>Training (hours)</source>
        <translation>Oplæring (timer)</translation>
    </message>
    <message>
        <source>Training sessions</source>
        <translation>Oplæringsgange</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Værdi</translation>
    </message>
    <message>
        <source>Walk-and-talks</source>
        <translation>Gåtursamtaler</translation>
    </message>
    <message>
        <source>Weeks counted: from %1 to %2</source>
        <translation>Uger talt med: fra %1 til %2</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>&amp;Include my self-care</source>
        <translation>&amp;Medtag min egenomsorg</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Periode:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Gem</translation>
    </message>
    <message>
        <source>Activity report</source>
        <translation>Aktivitetsrapport</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>&amp;Luk</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-filer (*.csv)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Luk</translation>
    </message>
    <message>
        <source>Counting</source>
        <translation>Optælling</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Tæller op…</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Fra</translation>
    </message>
    <message>
        <source>From – to</source>
        <translation>Fra – til</translation>
    </message>
    <message>
        <source>Include my self-care</source>
        <translation>Medtag min egenomsorg</translation>
    </message>
    <message>
        <source>It also holds your own self-care numbers.</source>
        <translation>Den indeholder også tallene for din egen egenomsorg.</translation>
    </message>
    <message>
        <source>Kind of period</source>
        <translation>Slags periode</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Måned</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-filer (*.pdf)</translation>
    </message>
    <message>
        <source>Problem with the period</source>
        <translation>Problem med perioden</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Kvartal</translation>
    </message>
    <message>
        <source>Quarter %1</source>
        <translation>%1. kvartal</translation>
    </message>
    <message>
        <source>Report preview</source>
        <translation>Forhåndsvisning af rapport</translation>
    </message>
    <message>
        <source>Save as &amp;CSV…</source>
        <translation>Gem som &amp;CSV…</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>Gem som P&amp;DF…</translation>
    </message>
    <message>
        <source>Save as CSV</source>
        <translation>Gem som CSV</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Gem som PDF</translation>
    </message>
    <message>
        <source>Save it?</source>
        <translation>Vil du gemme den?</translation>
    </message>
    <message>
        <source>Save report as CSV</source>
        <translation>Gem rapporten som CSV</translation>
    </message>
    <message>
        <source>Save report as PDF</source>
        <translation>Gem rapporten som PDF</translation>
    </message>
    <message>
        <source>The report will be saved to %1 and will NOT be encrypted: anyone who can open that file can read it. It holds counts only, no names or notes.</source>
        <translation>Rapporten bliver gemt i %1 og bliver IKKE krypteret: alle, der kan åbne filen, kan læse den. Den indeholder kun antal – ingen navne eller noter.</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Til</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>År</translation>
    </message>
    <message>
        <source>Your self-care is private. It is left out of the report unless you tick this, and then it is in the saved file too.</source>
        <translation>Din egenomsorg er privat. Den er udeladt af rapporten, medmindre du sætter flueben her – og så kommer den også med i den gemte fil.</translation>
    </message>
    <message>
        <source>activity-report</source>
        <translation>aktivitetsrapport</translation>
    </message>
    <message>
        <source>⚠ PeerDesk cannot make a report for this period.</source>
        <translation>⚠ PeerDesk kan ikke lave en rapport for denne periode.</translation>
    </message>
    <message>
        <source>⚠ That is not a date PeerDesk understands.</source>
        <translation>⚠ Det er ikke en dato, PeerDesk forstår.</translation>
    </message>
    <message>
        <source>⚠ The “to” date is before the “from” date. Choose a later end.</source>
        <translation>⚠ ”Til”-datoen ligger før ”fra”-datoen. Vælg en senere slutdato.</translation>
    </message>
</context>
<context>
    <name>ResolveIncidentDialog</name>
    <message>
        <source>&amp;How it ended</source>
        <translation>&amp;Sådan endte det</translation>
    </message>
    <message>
        <source>&amp;Resolve</source>
        <translation>&amp;Afslut</translation>
    </message>
    <message>
        <source>Incident at the session of %1:</source>
        <translation>Hændelse ved caféåbningen den %1:</translation>
    </message>
    <message>
        <source>Resolve incident</source>
        <translation>Afslut hændelse</translation>
    </message>
    <message>
        <source>Resolved &amp;on</source>
        <translation>Afsluttet &amp;den</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message numerus="yes">
        <source>%n backup(s) open with this passphrase.</source>
        <translation>
            <numerusform>%n sikkerhedskopi kan åbnes med denne adgangssætning.</numerusform>
            <numerusform>%n sikkerhedskopier kan åbnes med denne adgangssætning.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Adgangssætning:</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Gendan</translation>
    </message>
    <message>
        <source>Backups, newest first</source>
        <translation>Sikkerhedskopier, nyeste først</translation>
    </message>
    <message>
        <source>C&amp;heck</source>
        <translation>&amp;Kontrollér</translation>
    </message>
    <message>
        <source>Check which backups open</source>
        <translation>Kontrollér, hvilke sikkerhedskopier der kan åbnes</translation>
    </message>
    <message numerus="yes">
        <source>Checking %n backup(s)…</source>
        <translation>
            <numerusform>Kontrollerer %n sikkerhedskopi…</numerusform>
            <numerusform>Kontrollerer %n sikkerhedskopier…</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Kontrollerer…</translation>
    </message>
    <message>
        <source>Choose &amp;another file…</source>
        <translation>Vælg en anden &amp;fil…</translation>
    </message>
    <message>
        <source>Choose a backup</source>
        <translation>Vælg en sikkerhedskopi</translation>
    </message>
    <message>
        <source>Choose a backup file elsewhere</source>
        <translation>Vælg en sikkerhedskopi et andet sted</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Mappe</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Lavet</translation>
    </message>
    <message>
        <source>No backup opens with this passphrase.</source>
        <translation>Ingen sikkerhedskopi kan åbnes med denne adgangssætning.</translation>
    </message>
    <message>
        <source>No backups were found in the backups folders.</source>
        <translation>Der blev ikke fundet nogen sikkerhedskopier i mapperne til sikkerhedskopier.</translation>
    </message>
    <message>
        <source>Not checked yet</source>
        <translation>Ikke kontrolleret endnu</translation>
    </message>
    <message>
        <source>Opens?</source>
        <translation>Kan åbnes?</translation>
    </message>
    <message>
        <source>Passphrase of the backup</source>
        <translation>Sikkerhedskopiens adgangssætning</translation>
    </message>
    <message>
        <source>PeerDesk backups (*.peerdesk)</source>
        <translation>PeerDesk-sikkerhedskopier (*.peerdesk)</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Gendan fra en sikkerhedskopi</translation>
    </message>
    <message>
        <source>Restore the chosen backup</source>
        <translation>Gendan den valgte sikkerhedskopi</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Størrelse</translation>
    </message>
    <message>
        <source>Type the passphrase the backup was made with and press Check. Restoring replaces the vault; the current vault is kept aside in the data folder, so nothing is lost.</source>
        <translation>Skriv den adgangssætning, sikkerhedskopien blev lavet med, og tryk på Kontrollér. Når du gendanner, bliver datafilen erstattet; den nuværende datafil bliver gemt til side i datamappen, så intet går tabt.</translation>
    </message>
    <message>
        <source>✓ opens</source>
        <translation>✓ kan åbnes</translation>
    </message>
    <message>
        <source>✗ damaged</source>
        <translation>✗ beskadiget</translation>
    </message>
    <message>
        <source>✗ does not open with this passphrase</source>
        <translation>✗ kan ikke åbnes med denne adgangssætning</translation>
    </message>
    <message>
        <source>✗ file not found</source>
        <translation>✗ filen blev ikke fundet</translation>
    </message>
</context>
<context>
    <name>RuleEditor</name>
    <message>
        <source>,</source>
        <translation>,</translation>
    </message>
    <message>
        <source>High or low</source>
        <translation>Højt eller lavt</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>My early-warning pattern</source>
        <translation>Mit mønster for tidlige advarselstegn</translation>
    </message>
    <message>
        <source>Now: %1.</source>
        <translation>Nu: %1.</translation>
    </message>
    <message>
        <source>Save pattern</source>
        <translation>Gem mønster</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gemt.</translation>
    </message>
    <message>
        <source>Tell me &amp;when</source>
        <translation>Sig til, &amp;når</translation>
    </message>
    <message>
        <source>Times in a row</source>
        <translation>Gange i træk</translation>
    </message>
    <message>
        <source>What to watch</source>
        <translation>Hvad der skal holdes øje med</translation>
    </message>
    <message>
        <source>When your check-ins show this pattern, PeerDesk shows your plan and suggests supervision. Once, gently; you choose what to do.</source>
        <translation>Når dine check-ins viser dette mønster, viser PeerDesk din plan og foreslår supervision. Én gang og nænsomt; du vælger selv, hvad du vil gøre.</translation>
    </message>
    <message>
        <source>at or above</source>
        <translation>på eller over</translation>
    </message>
    <message>
        <source>at or below</source>
        <translation>på eller under</translation>
    </message>
    <message>
        <source>is</source>
        <translation>er</translation>
    </message>
    <message>
        <source>times in a row</source>
        <translation>gange i træk</translation>
    </message>
</context>
<context>
    <name>ScaleInput</name>
    <message>
        <source>%1 of 5</source>
        <translation>%1 af 5</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>1 is low, 5 is high. Type 1–5; 0 clears.</source>
        <translation>1 er lavt, 5 er højt. Skriv 1–5; 0 rydder.</translation>
    </message>
    <message>
        <source>not answered</source>
        <translation>ikke besvaret</translation>
    </message>
</context>
<context>
    <name>SearchPopup</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n resultat</numerusform>
            <numerusform>%n resultater</numerusform>
        </translation>
    </message>
    <message>
        <source>Café</source>
        <translation>Café</translation>
    </message>
    <message>
        <source>Care conversations</source>
        <translation>Omsorgssamtaler</translation>
    </message>
    <message>
        <source>Courses &amp; teaching</source>
        <translation>Forløb &amp; undervisning</translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation>Ingen resultater.</translation>
    </message>
    <message>
        <source>Recent searches</source>
        <translation>Seneste søgninger</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Søg</translation>
    </message>
    <message>
        <source>Search everything</source>
        <translation>Søg i alt</translation>
    </message>
    <message>
        <source>Search notes, people, cafés, hosts, courses…</source>
        <translation>Søg i noter, personer, caféer, værter, forløb…</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Søgeresultater</translation>
    </message>
    <message>
        <source>Self-care</source>
        <translation>Egenomsorg</translation>
    </message>
    <message>
        <source>Volunteers &amp; sparring</source>
        <translation>Frivillige &amp; sparring</translation>
    </message>
</context>
<context>
    <name>SectionEditor</name>
    <message>
        <source>Remove section…</source>
        <translation>Fjern afsnit…</translation>
    </message>
    <message>
        <source>Remove the section “%1”</source>
        <translation>Fjern afsnittet “%1”</translation>
    </message>
    <message>
        <source>Title of the section “%1”</source>
        <translation>Titel på afsnittet “%1”</translation>
    </message>
</context>
<context>
    <name>SelfCare</name>
    <message numerus="yes">
        <source>%1 at %2 or higher, %n time(s) in a row</source>
        <translation>
            <numerusform>%1 på %2 eller højere, %n gang i træk</numerusform>
            <numerusform>%1 på %2 eller højere, %n gange i træk</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 at %2 or lower, %n time(s) in a row</source>
        <translation>
            <numerusform>%1 på %2 eller lavere, %n gang i træk</numerusform>
            <numerusform>%1 på %2 eller lavere, %n gange i træk</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 over</source>
        <translation>%1 over</translation>
    </message>
    <message>
        <source>&amp;Boundaries kept</source>
        <translation>&amp;Grænser holdt</translation>
    </message>
    <message>
        <source>&amp;Mood</source>
        <translation>&amp;Humør</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktivitet</translation>
    </message>
    <message numerus="yes">
        <source>Based on %n week(s) with check-ins. These are patterns in your own notes, not a judgement or a diagnosis; you know best what lies behind them.</source>
        <translation>
            <numerusform>Bygger på %n uge med check-ins. Det er mønstre i dine egne noter, ikke en vurdering eller en diagnose; du ved selv bedst, hvad der ligger bag.</numerusform>
            <numerusform>Bygger på %n uger med check-ins. Det er mønstre i dine egne noter, ikke en vurdering eller en diagnose; du ved selv bedst, hvad der ligger bag.</numerusform>
        </translation>
    </message>
    <message>
        <source>Boundaries kept</source>
        <translation>Grænser holdt</translation>
    </message>
    <message>
        <source>Boundary</source>
        <translation>Grænsesituation</translation>
    </message>
    <message>
        <source>Café sessions</source>
        <translation>Caféåbninger</translation>
    </message>
    <message>
        <source>Choose at least one number, write a line or tick supervision. An empty check-in says nothing.</source>
        <translation>Vælg mindst ét tal, skriv en linje eller sæt flueben ved supervision. Et tomt check-in siger ikke noget.</translation>
    </message>
    <message>
        <source>Coming</source>
        <translation>Kommende</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Kontrakt</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Samtaler</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Ener&amp;gy</source>
        <translation>&amp;Energi</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>Energi</translation>
    </message>
    <message>
        <source>Entered by hand</source>
        <translation>Indtastet manuelt</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Alt</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Fra</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Afholdt</translation>
    </message>
    <message>
        <source>High or low</source>
        <translation>Højt eller lavt</translation>
    </message>
    <message>
        <source>Host training</source>
        <translation>Oplæring af værter</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Timer</translation>
    </message>
    <message>
        <source>Hours a week</source>
        <translation>Timer om ugen</translation>
    </message>
    <message>
        <source>How I handled it</source>
        <translation>Sådan håndterede jeg det</translation>
    </message>
    <message>
        <source>In this period, your check-ins did not move clearly with any part of your workload.</source>
        <translation>I denne periode fulgte dine check-ins ikke tydeligt nogen del af din arbejdsmængde.</translation>
    </message>
    <message>
        <source>In weeks with %1, %2 was usually higher: %3 on average, against %4 in quieter weeks.</source>
        <translation>I uger med %1 var %2 som regel højere: %3 i gennemsnit mod %4 i roligere uger.</translation>
    </message>
    <message>
        <source>In weeks with %1, %2 was usually lower: %3 on average, against %4 in quieter weeks.</source>
        <translation>I uger med %1 var %2 som regel lavere: %3 i gennemsnit mod %4 i roligere uger.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Seneste 12 måneder</translation>
    </message>
    <message>
        <source>Last 6 months</source>
        <translation>Seneste 6 måneder</translation>
    </message>
    <message>
        <source>Last 8 weeks</source>
        <translation>Seneste 8 uger</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Mood</source>
        <translation>Humør</translation>
    </message>
    <message>
        <source>My early warning signs</source>
        <translation>Mine tidlige advarselstegn</translation>
    </message>
    <message>
        <source>Network group</source>
        <translation>Netværksgruppe</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Notes afterwards</source>
        <translation>Noter bagefter</translation>
    </message>
    <message>
        <source>Number of meetings</source>
        <translation>Antal møder</translation>
    </message>
    <message>
        <source>Over</source>
        <translation>Over</translation>
    </message>
    <message>
        <source>Please fill in “%1”.</source>
        <translation>Husk at udfylde “%1”.</translation>
    </message>
    <message>
        <source>S&amp;leep</source>
        <translation>&amp;Søvn</translation>
    </message>
    <message>
        <source>S&amp;tress</source>
        <translation>S&amp;tress</translation>
    </message>
    <message>
        <source>Section text</source>
        <translation>Afsnitstekst</translation>
    </message>
    <message>
        <source>Section title</source>
        <translation>Afsnitstitel</translation>
    </message>
    <message>
        <source>Sleep</source>
        <translation>Søvn</translation>
    </message>
    <message>
        <source>Sparring</source>
        <translation>Sparring</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Stress</source>
        <translation>Stress</translation>
    </message>
    <message>
        <source>Supervision</source>
        <translation>Supervision</translation>
    </message>
    <message>
        <source>Teaching (with preparation)</source>
        <translation>Undervisning (med forberedelse)</translation>
    </message>
    <message numerus="yes">
        <source>There are not yet enough weeks with check-ins to compare with your workload (%n so far; six are needed).</source>
        <translation>
            <numerusform>Der er endnu ikke nok uger med check-ins til at sammenligne med din arbejdsmængde (%n indtil videre; der skal bruges seks).</numerusform>
            <numerusform>Der er endnu ikke nok uger med check-ins til at sammenligne med din arbejdsmængde (%n indtil videre; der skal bruges seks).</numerusform>
        </translation>
    </message>
    <message>
        <source>This was removed in the meantime. The list has been refreshed.</source>
        <translation>Det blev fjernet i mellemtiden. Listen er opdateret.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <source>Times in a row</source>
        <translation>Gange i træk</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Uge</translation>
    </message>
    <message>
        <source>Week %1</source>
        <translation>Uge %1</translation>
    </message>
    <message>
        <source>What I do every day to stay well</source>
        <translation>Det gør jeg hver dag for at have det godt</translation>
    </message>
    <message>
        <source>What I do when I notice them</source>
        <translation>Det gør jeg, når jeg mærker dem</translation>
    </message>
    <message>
        <source>What I learned</source>
        <translation>Det lærte jeg</translation>
    </message>
    <message>
        <source>What I leave at work</source>
        <translation>Det lader jeg blive på arbejdet</translation>
    </message>
    <message>
        <source>What I want to bring</source>
        <translation>Det vil jeg tage med</translation>
    </message>
    <message>
        <source>What can knock me off balance</source>
        <translation>Det kan slå mig ud af balance</translation>
    </message>
    <message>
        <source>What drains me</source>
        <translation>Det dræner mig</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Hvad der skete</translation>
    </message>
    <message>
        <source>What helps</source>
        <translation>Det hjælper</translation>
    </message>
    <message>
        <source>What keeps me well</source>
        <translation>Det får mig til at have det godt</translation>
    </message>
    <message>
        <source>What to watch</source>
        <translation>Det skal jeg holde øje med</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Hvornår</translation>
    </message>
    <message>
        <source>Which boundary</source>
        <translation>Hvilken grænse</translation>
    </message>
    <message>
        <source>Who I contact</source>
        <translation>Hvem jeg kontakter</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>how well you kept your boundaries</source>
        <translation>hvor godt du holdt dine grænser</translation>
    </message>
    <message>
        <source>more café sessions</source>
        <translation>flere caféåbninger</translation>
    </message>
    <message>
        <source>more café shifts</source>
        <translation>flere cafévagter</translation>
    </message>
    <message>
        <source>more conversations</source>
        <translation>flere samtaler</translation>
    </message>
    <message>
        <source>more hours</source>
        <translation>flere timer</translation>
    </message>
    <message>
        <source>more sparring</source>
        <translation>mere sparring</translation>
    </message>
    <message>
        <source>more teaching</source>
        <translation>mere undervisning</translation>
    </message>
    <message>
        <source>your energy</source>
        <translation>din energi</translation>
    </message>
    <message>
        <source>your mood</source>
        <translation>dit humør</translation>
    </message>
    <message>
        <source>your sleep</source>
        <translation>din søvn</translation>
    </message>
    <message>
        <source>your stress</source>
        <translation>dit stressniveau</translation>
    </message>
    <message>
        <source>“%1” cannot be used like that.</source>
        <translation>“%1” kan ikke bruges sådan.</translation>
    </message>
    <message>
        <source>“%1” comes before the start.</source>
        <translation>“%1” ligger før starten.</translation>
    </message>
    <message>
        <source>“%1” holds a line break or an invisible character that does not belong there. Please retype it.</source>
        <translation>“%1” indeholder et linjeskift eller et usynligt tegn, som ikke hører til der. Skriv det venligst igen.</translation>
    </message>
    <message>
        <source>“%1” is not a date or time PeerDesk understands.</source>
        <translation>“%1” er ikke en dato eller et tidspunkt, som PeerDesk forstår.</translation>
    </message>
    <message>
        <source>“%1” is outside what is possible.</source>
        <translation>“%1” er uden for det mulige.</translation>
    </message>
    <message>
        <source>“%1” is too long. Please shorten it.</source>
        <translation>Teksten i “%1” er for lang. Forkort den venligst.</translation>
    </message>
    <message>
        <source>“%1” must be between %2 and %3.</source>
        <translation>“%1” skal være mellem %2 og %3.</translation>
    </message>
</context>
<context>
    <name>SelfCareTab</name>
    <message>
        <source>Bou&amp;ndaries</source>
        <translation>&amp;Grænser</translation>
    </message>
    <message>
        <source>Chec&amp;k-in</source>
        <translation>&amp;Check-in</translation>
    </message>
    <message>
        <source>Close the &amp;day</source>
        <translation>&amp;Afslut dagen</translation>
    </message>
    <message>
        <source>H&amp;ours</source>
        <translation>&amp;Timer</translation>
    </message>
    <message>
        <source>S&amp;upervision</source>
        <translation>&amp;Supervision</translation>
    </message>
    <message>
        <source>Self-care</source>
        <translation>Egenomsorg</translation>
    </message>
    <message>
        <source>Self-care pages</source>
        <translation>Sider i egenomsorg</translation>
    </message>
    <message>
        <source>T&amp;rends</source>
        <translation>&amp;Udvikling</translation>
    </message>
    <message>
        <source>Time for a short check-in.</source>
        <translation>Tid til en kort check-in.</translation>
    </message>
    <message>
        <source>Wellbeing &amp;plan</source>
        <translation>Trivsels&amp;plan</translation>
    </message>
</context>
<context>
    <name>SessionEditor</name>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Dato:</translation>
    </message>
    <message>
        <source>&amp;Delete session</source>
        <translation>&amp;Slet undervisningsgang</translation>
    </message>
    <message>
        <source>&amp;Head count:</source>
        <translation>&amp;Antal deltagere:</translation>
    </message>
    <message>
        <source>&amp;Materials:</source>
        <translation>&amp;Materialer:</translation>
    </message>
    <message>
        <source>&amp;Save session</source>
        <translation>&amp;Gem undervisningsgang</translation>
    </message>
    <message>
        <source>&amp;Topic:</source>
        <translation>&amp;Emne:</translation>
    </message>
    <message>
        <source>Afterwards</source>
        <translation>Bagefter</translation>
    </message>
    <message>
        <source>Choose a session in the list, or add a new one.</source>
        <translation>Vælg en undervisningsgang på listen, eller tilføj en ny.</translation>
    </message>
    <message>
        <source>Counts %1 hours in your week: %2 teaching, %3 preparation.</source>
        <translation>Tæller %1 timer i din uge: %2 undervisning, %3 forberedelse.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Delete sessio&amp;n…</source>
        <translation>Slet &amp;undervisningsgang…</translation>
    </message>
    <message>
        <source>Delete session?</source>
        <translation>Slet undervisningsgang?</translation>
    </message>
    <message>
        <source>Delete the session on %1 with its checklist and evaluation? This cannot be undone.</source>
        <translation>Vil du slette undervisningsgangen den %1 med tjekliste og evaluering? Det kan ikke fortrydes.</translation>
    </message>
    <message>
        <source>Discard the restored changes</source>
        <translation>Forkast de gendannede ændringer</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Fra</translation>
    </message>
    <message>
        <source>Go &amp;back to the saved version</source>
        <translation>Gå &amp;tilbage til den gemte version</translation>
    </message>
    <message>
        <source>Head count</source>
        <translation>Antal deltagere</translation>
    </message>
    <message>
        <source>Materials</source>
        <translation>Materialer</translation>
    </message>
    <message>
        <source>My &amp;part:</source>
        <translation>Mi&amp;n del:</translation>
    </message>
    <message>
        <source>My part</source>
        <translation>Min del</translation>
    </message>
    <message>
        <source>New session</source>
        <translation>Ny undervisningsgang</translation>
    </message>
    <message>
        <source>No sessions yet. Add the first one with New session.</source>
        <translation>Ingen undervisningsgange endnu. Tilføj den første med Ny undervisningsgang.</translation>
    </message>
    <message>
        <source>Not counted</source>
        <translation>Ikke optalt</translation>
    </message>
    <message>
        <source>Numbers only: there is nowhere to write participants&apos; names.</source>
        <translation>Kun tal: der er ikke noget sted at skrive deltagernes navne.</translation>
    </message>
    <message>
        <source>P&amp;reparation time:</source>
        <translation>Fo&amp;rberedelsestid:</translation>
    </message>
    <message>
        <source>Preparation</source>
        <translation>Forberedelse</translation>
    </message>
    <message>
        <source>Preparation time in minutes</source>
        <translation>Forberedelsestid i minutter</translation>
    </message>
    <message>
        <source>Save the session (Ctrl+S)</source>
        <translation>Gem undervisningsgangen (Ctrl+S)</translation>
    </message>
    <message>
        <source>Save the session first; then you can log the head count and evaluation.</source>
        <translation>Gem først undervisningsgangen; så kan du notere antal deltagere og evaluering.</translation>
    </message>
    <message>
        <source>Session %1</source>
        <translation>Gang %1</translation>
    </message>
    <message>
        <source>The session</source>
        <translation>Undervisningsgangen</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Til</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Emne</translation>
    </message>
    <message>
        <source>What &amp;worked:</source>
        <translation>Hvad &amp;virkede:</translation>
    </message>
    <message>
        <source>What to &amp;change:</source>
        <translation>&amp;Hvad skal ændres:</translation>
    </message>
    <message>
        <source>What to change</source>
        <translation>Hvad skal ændres</translation>
    </message>
    <message>
        <source>What worked</source>
        <translation>Hvad virkede</translation>
    </message>
    <message>
        <source>Your unsaved changes from earlier were restored.</source>
        <translation>Dine ikke-gemte ændringer fra tidligere er gendannet.</translation>
    </message>
    <message>
        <source>from</source>
        <translation>fra</translation>
    </message>
    <message>
        <source>to</source>
        <translation>til</translation>
    </message>
</context>
<context>
    <name>SessionTableModel</name>
    <message numerus="yes">
        <source>%n open</source>
        <translation>
            <numerusform>%n åben</numerusform>
            <numerusform>%n åbne</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n resolved</source>
        <translation>
            <numerusform>%n afsluttet</numerusform>
            <numerusform>%n afsluttede</numerusform>
        </translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Guests</source>
        <translation>Gæster</translation>
    </message>
    <message>
        <source>Hosts</source>
        <translation>Værter</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Hændelser</translation>
    </message>
    <message>
        <source>Newcomers</source>
        <translation>Nye gæster</translation>
    </message>
    <message>
        <source>Returning</source>
        <translation>Tilbagevendende</translation>
    </message>
    <message>
        <source>Themes and activities</source>
        <translation>Temaer og aktiviteter</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source> days</source>
        <translation> dage</translation>
    </message>
    <message>
        <source> hours</source>
        <translation> timer</translation>
    </message>
    <message>
        <source> hours/week</source>
        <translation> timer/uge</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min.</translation>
    </message>
    <message>
        <source>&amp;Contract:</source>
        <translation>&amp;Arbejdstid:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprog:</translation>
    </message>
    <message>
        <source>&amp;Lock after:</source>
        <translation>&amp;Lås efter:</translation>
    </message>
    <message>
        <source>&amp;Review people inactive for:</source>
        <translation>Gennemgå &amp;personer uden aktivitet i:</translation>
    </message>
    <message>
        <source>A new language is used the next time PeerDesk starts.</source>
        <translation>Et nyt sprog bliver brugt, næste gang PeerDesk starter.</translation>
    </message>
    <message>
        <source>Backups to &amp;keep:</source>
        <translation>&amp;Behold sikkerhedskopier:</translation>
    </message>
    <message>
        <source>Backups to keep</source>
        <translation>Antal sikkerhedskopier, der beholdes</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Vælg…</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprog</translation>
    </message>
    <message>
        <source>Lock after minutes without activity</source>
        <translation>Lås efter antal minutter uden aktivitet</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Ikke angivet</translation>
    </message>
    <message>
        <source>Notes become &amp;final after:</source>
        <translation>Noter bliver &amp;endelige efter:</translation>
    </message>
    <message>
        <source>Notes become final after</source>
        <translation>Noter bliver endelige efter</translation>
    </message>
    <message>
        <source>Optional, e.g. a USB stick</source>
        <translation>Valgfrit, fx et USB-stik</translation>
    </message>
    <message>
        <source>Review people without activity after</source>
        <translation>Gennemgå personer uden aktivitet efter</translation>
    </message>
    <message>
        <source>Second &amp;backup folder:</source>
        <translation>Ekstra &amp;mappe til sikkerhedskopier:</translation>
    </message>
    <message>
        <source>Second backup folder</source>
        <translation>Ekstra mappe til sikkerhedskopier</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Indstillinger</translation>
    </message>
    <message>
        <source>Until then a note can be corrected; afterwards changes become dated addenda.</source>
        <translation>Indtil da kan en note rettes; bagefter bliver ændringer til daterede tilføjelser.</translation>
    </message>
    <message>
        <source>Weekly contract hours</source>
        <translation>Ugentlig arbejdstid</translation>
    </message>
</context>
<context>
    <name>SetupWindow</name>
    <message>
        <source>&amp;Create vault</source>
        <translation>&amp;Opret datafil</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>&amp;Adgangssætning</translation>
    </message>
    <message>
        <source>&amp;Repeat the passphrase</source>
        <translation>&amp;Gentag adgangssætningen</translation>
    </message>
    <message>
        <source>Create vault</source>
        <translation>Opret datafil</translation>
    </message>
    <message>
        <source>Creating your vault…</source>
        <translation>Opretter din datafil…</translation>
    </message>
    <message>
        <source>Important</source>
        <translation>Vigtigt</translation>
    </message>
    <message>
        <source>Nobody can recover this passphrase: not your IT support and not the makers of PeerDesk. Write it down and keep it somewhere safe, away from this computer.</source>
        <translation>Ingen kan finde denne adgangssætning frem igen: hverken din IT-support eller dem, der har lavet PeerDesk. Skriv den ned, og gem den et sikkert sted, væk fra denne computer.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Adgangssætning</translation>
    </message>
    <message>
        <source>PeerDesk is a private notebook for your work as a peer worker. Everything you write stays on this computer, encrypted with a passphrase only you know.</source>
        <translation>PeerDesk er en privat notesbog til dit arbejde som peer-medarbejder. Alt, hvad du skriver, bliver på denne computer, krypteret med en adgangssætning, som kun du kender.</translation>
    </message>
    <message>
        <source>Repeat the passphrase</source>
        <translation>Gentag adgangssætningen</translation>
    </message>
    <message>
        <source>Set up PeerDesk</source>
        <translation>Kom i gang med PeerDesk</translation>
    </message>
    <message>
        <source>The two passphrases do not match yet.</source>
        <translation>De to adgangssætninger er ikke ens endnu.</translation>
    </message>
    <message>
        <source>The two passphrases match.</source>
        <translation>De to adgangssætninger er ens.</translation>
    </message>
    <message>
        <source>Type the passphrase again to confirm it.</source>
        <translation>Skriv adgangssætningen igen for at bekræfte den.</translation>
    </message>
    <message>
        <source>Welcome to PeerDesk</source>
        <translation>Velkommen til PeerDesk</translation>
    </message>
    <message>
        <source>Whether the passphrases match</source>
        <translation>Om adgangssætningerne er ens</translation>
    </message>
    <message>
        <source>Your vault will be saved as %1</source>
        <translation>Din datafil bliver gemt som %1</translation>
    </message>
</context>
<context>
    <name>ShiftCard</name>
    <message>
        <source>%1 of %2 hosts</source>
        <translation>%1 af %2 værter</translation>
    </message>
    <message>
        <source>%1, %2–%3: %4 of %5 hosts</source>
        <translation>%1, %2–%3: %4 af %5 værter</translation>
    </message>
    <message numerus="yes">
        <source>%n host(s) missing</source>
        <translation>
            <numerusform>%n vært mangler</numerusform>
            <numerusform>%n værter mangler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n missing</source>
        <translation>
            <numerusform>%n mangler</numerusform>
            <numerusform>%n mangler</numerusform>
        </translation>
    </message>
    <message>
        <source>Enough hosts</source>
        <translation>Nok værter</translation>
    </message>
    <message>
        <source>Only host is not trained to be alone</source>
        <translation>Eneste vært er ikke oplært til at være alene</translation>
    </message>
    <message>
        <source>untrained alone</source>
        <translation>alene uden oplæring</translation>
    </message>
</context>
<context>
    <name>ShiftDetail</name>
    <message>
        <source>%1 is now on the shift.</source>
        <translation>%1 er nu på vagten.</translation>
    </message>
    <message>
        <source>%1 took over the shift from %2.</source>
        <translation>%1 overtog vagten fra %2.</translation>
    </message>
    <message>
        <source>%1 — assigned %2</source>
        <translation>%1 — tildelt %2</translation>
    </message>
    <message>
        <source>%1 — cancelled %2 by %3</source>
        <translation>%1 — afbud meldt %2 af %3</translation>
    </message>
    <message>
        <source>%1 — swapped away %2</source>
        <translation>%1 — byttet væk %2</translation>
    </message>
    <message>
        <source>%1&apos;s shift is cancelled.</source>
        <translation>Vagten for %1 er aflyst.</translation>
    </message>
    <message>
        <source>%1, %2–%3</source>
        <translation>%1, %2–%3</translation>
    </message>
    <message>
        <source>%1: %2 handed the shift to %3</source>
        <translation>%1: %2 gav vagten videre til %3</translation>
    </message>
    <message>
        <source>&amp;Swap…</source>
        <translation>&amp;Byt vagt…</translation>
    </message>
    <message>
        <source>Ass&amp;ign</source>
        <translation>&amp;Tildel</translation>
    </message>
    <message>
        <source>Assign a host</source>
        <translation>Tildel en vært</translation>
    </message>
    <message>
        <source>Available that day: %1.</source>
        <translation>Ledige den dag: %1.</translation>
    </message>
    <message>
        <source>Cancel a hos&amp;t&apos;s shift…</source>
        <translation>Meld &amp;afbud for en vært…</translation>
    </message>
    <message>
        <source>Choose a shift in the plan to see and change its hosts.</source>
        <translation>Vælg en vagt i vagtplanen for at se og ændre dens værter.</translation>
    </message>
    <message>
        <source>Hosts on this shift</source>
        <translation>Værter på denne vagt</translation>
    </message>
    <message>
        <source>Hosts who could take this shift</source>
        <translation>Værter, der kan tage denne vagt</translation>
    </message>
    <message>
        <source>No one yet.</source>
        <translation>Ingen endnu.</translation>
    </message>
    <message>
        <source>No other active host has said they are available that day.</source>
        <translation>Ingen anden aktiv vært har meldt sig ledig den dag.</translation>
    </message>
    <message>
        <source>No other host has said they are available that day.</source>
        <translation>Ingen anden vært har meldt sig ledig den dag.</translation>
    </message>
    <message>
        <source>No swaps on this shift.</source>
        <translation>Der er ikke byttet på denne vagt.</translation>
    </message>
    <message>
        <source>On this shift</source>
        <translation>På denne vagt</translation>
    </message>
    <message>
        <source>Only hosts available that da&amp;y</source>
        <translation>Kun værter, der er ledige den &amp;dag</translation>
    </message>
    <message>
        <source>Or drag a host onto a shift in the plan.</source>
        <translation>Eller træk en vært over på en vagt i vagtplanen.</translation>
    </message>
    <message>
        <source>Swap log</source>
        <translation>Byttelog</translation>
    </message>
    <message>
        <source>Swap log of this shift</source>
        <translation>Byttelog for denne vagt</translation>
    </message>
    <message>
        <source>The host left on it is not trained to be alone.</source>
        <translation>Den vært, der er tilbage, er ikke oplært til at være alene.</translation>
    </message>
    <message numerus="yes">
        <source>The shift now misses %n host(s).</source>
        <translation>
            <numerusform>Vagten mangler nu %n vært.</numerusform>
            <numerusform>Vagten mangler nu %n værter.</numerusform>
        </translation>
    </message>
    <message>
        <source>There are no other active hosts.</source>
        <translation>Der er ingen andre aktive værter.</translation>
    </message>
    <message>
        <source>a former host</source>
        <translation>en tidligere vært</translation>
    </message>
    <message numerus="yes">
        <source>⚠ %1 of %2 hosts: %n missing</source>
        <translation>
            <numerusform>⚠ %1 af %2 værter: %n mangler</numerusform>
            <numerusform>⚠ %1 af %2 værter: %n mangler</numerusform>
        </translation>
    </message>
    <message>
        <source>⚠ %1 of %2 hosts: the only host is not trained to be alone</source>
        <translation>⚠ %1 af %2 værter: den eneste vært er ikke oplært til at være alene</translation>
    </message>
    <message>
        <source>✓ %1 of %2 hosts: enough</source>
        <translation>✓ %1 af %2 værter: nok</translation>
    </message>
</context>
<context>
    <name>ShiftPlanPage</name>
    <message numerus="yes">
        <source>%n host(s) missing</source>
        <translation>
            <numerusform>%n vært mangler</numerusform>
            <numerusform>%n værter mangler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n shift(s)</source>
        <translation>
            <numerusform>%n vagt</numerusform>
            <numerusform>%n vagter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n shift(s) with an untrained host alone</source>
        <translation>
            <numerusform>%n vagt med en ikke-oplært vært alene</numerusform>
            <numerusform>%n vagter med en ikke-oplært vært alene</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n shift(s) with gaps</source>
        <translation>
            <numerusform>%n vagt med huller</numerusform>
            <numerusform>%n vagter med huller</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Add a shift…</source>
        <translation>&amp;Tilføj en vagt…</translation>
    </message>
    <message>
        <source>&amp;Month</source>
        <translation>&amp;Måned</translation>
    </message>
    <message>
        <source>&amp;Next ▶</source>
        <translation>&amp;Næste ▶</translation>
    </message>
    <message>
        <source>&amp;Repeating shifts…</source>
        <translation>&amp;Faste vagter…</translation>
    </message>
    <message>
        <source>&amp;Week</source>
        <translation>&amp;Uge</translation>
    </message>
    <message>
        <source>Next period</source>
        <translation>Næste periode</translation>
    </message>
    <message>
        <source>No shifts in this period. Use “Repeating shifts…” to plan them, or add a single shift.</source>
        <translation>Ingen vagter i denne periode. Brug “Faste vagter…” til at planlægge dem, eller tilføj en enkelt vagt.</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-filer (*.pdf)</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>Forrige periode</translation>
    </message>
    <message>
        <source>Sav&amp;e for the wall (PDF)…</source>
        <translation>&amp;Gem til opslagstavlen (PDF)…</translation>
    </message>
    <message>
        <source>Save the shift plan</source>
        <translation>Gem vagtplanen</translation>
    </message>
    <message>
        <source>Saved the shift plan to %1.</source>
        <translation>Vagtplanen er gemt i %1.</translation>
    </message>
    <message>
        <source>Shift plan %1 %2.pdf</source>
        <translation>Vagtplan %1 %2.pdf</translation>
    </message>
    <message>
        <source>Shifts in the period</source>
        <translation>Vagter i perioden</translation>
    </message>
    <message>
        <source>T&amp;oday</source>
        <translation>&amp;I dag</translation>
    </message>
    <message>
        <source>Week %1: %2 – %3</source>
        <translation>Uge %1: %2 – %3</translation>
    </message>
    <message>
        <source>every shift has enough hosts</source>
        <translation>alle vagter har værter nok</translation>
    </message>
    <message>
        <source>◀ Pre&amp;vious</source>
        <translation>◀ F&amp;orrige</translation>
    </message>
</context>
<context>
    <name>ShiftPlanPdf</name>
    <message>
        <source>%1 — shift plan</source>
        <translation>%1 — vagtplan</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Dag</translation>
    </message>
    <message>
        <source>Enough hosts</source>
        <translation>Nok værter</translation>
    </message>
    <message>
        <source>Hosts</source>
        <translation>Værter</translation>
    </message>
    <message numerus="yes">
        <source>MISSING %n HOST(S)</source>
        <translation>
            <numerusform>MANGLER %n VÆRT</numerusform>
            <numerusform>MANGLER %n VÆRTER</numerusform>
        </translation>
    </message>
    <message>
        <source>Needed</source>
        <translation>Behov</translation>
    </message>
    <message>
        <source>No shifts this week.</source>
        <translation>Ingen vagter i denne uge.</translation>
    </message>
    <message>
        <source>Printed %1</source>
        <translation>Udskrevet %1</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>The only host is not trained to be alone</source>
        <translation>Den eneste vært er ikke oplært til at være alene</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <source>Week %1: %2 to %3</source>
        <translation>Uge %1: %2 til %3</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastaturgenveje</translation>
    </message>
</context>
<context>
    <name>StrengthBar</name>
    <message>
        <source>Passphrase strength</source>
        <translation>Adgangssætningens styrke</translation>
    </message>
</context>
<context>
    <name>StrengthMeter</name>
    <message>
        <source>Good</source>
        <translation>God</translation>
    </message>
    <message>
        <source>Nothing typed yet</source>
        <translation>Intet skrevet endnu</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Passphrase strength in words</source>
        <translation>Adgangssætningens styrke i ord</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Stærk</translation>
    </message>
    <message>
        <source>Too weak</source>
        <translation>For svag</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>Svag</translation>
    </message>
    <message>
        <source>Why this passphrase cannot be used</source>
        <translation>Hvorfor adgangssætningen ikke kan bruges</translation>
    </message>
</context>
<context>
    <name>SubGoalDialog</name>
    <message>
        <source>&amp;Follow up on:</source>
        <translation>&amp;Følg op den:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <source>&amp;Step:</source>
        <translation>&amp;Skridt:</translation>
    </message>
    <message>
        <source>A small, concrete step</source>
        <translation>Et lille, konkret skridt</translation>
    </message>
    <message>
        <source>Anything worth remembering about it.</source>
        <translation>Alt, der er værd at huske om det.</translation>
    </message>
    <message>
        <source>Change step</source>
        <translation>Ændr skridt</translation>
    </message>
    <message>
        <source>New step towards “%1”</source>
        <translation>Nyt skridt hen imod “%1”</translation>
    </message>
</context>
<context>
    <name>SubGoalFollowUpDialog</name>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <source>&amp;Verdict:</source>
        <translation>&amp;Vurdering:</translation>
    </message>
    <message>
        <source>Continue, change or reassess may set a next follow-up; end closes the step.</source>
        <translation>Fortsæt, ændr eller genovervej kan sætte en næste opfølgning; afslut lukker skridtet.</translation>
    </message>
    <message>
        <source>Follow up: %1</source>
        <translation>Følg op: %1</translation>
    </message>
    <message>
        <source>Followed up &amp;on:</source>
        <translation>Fulgt op &amp;den:</translation>
    </message>
    <message>
        <source>How it went, briefly (added to the step&apos;s note).</source>
        <translation>Kort om, hvordan det gik (føjes til skridtets note).</translation>
    </message>
    <message>
        <source>Ne&amp;xt follow-up:</source>
        <translation>Næste &amp;opfølgning:</translation>
    </message>
</context>
<context>
    <name>SwapDialog</name>
    <message>
        <source>&amp;New host</source>
        <translation>&amp;Ny vært</translation>
    </message>
    <message>
        <source>&amp;Swap</source>
        <translation>&amp;Byt</translation>
    </message>
    <message>
        <source>Hand %1&apos;s shift on %2 to another host.</source>
        <translation>Giv vagten for %1 den %2 videre til en anden vært.</translation>
    </message>
    <message>
        <source>N&amp;ote</source>
        <translation>N&amp;ote</translation>
    </message>
    <message>
        <source>Swap a shift</source>
        <translation>Byt en vagt</translation>
    </message>
</context>
<context>
    <name>TemplatesDialog</name>
    <message>
        <source>%1 to %2</source>
        <translation>%1 til %2</translation>
    </message>
    <message numerus="yes">
        <source>%n shift(s) added to the plan.</source>
        <translation>
            <numerusform>%n vagt er føjet til vagtplanen.</numerusform>
            <numerusform>%n vagter er føjet til vagtplanen.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Add the repeating shift</source>
        <translation>&amp;Tilføj den faste vagt</translation>
    </message>
    <message>
        <source>&amp;Create the shifts</source>
        <translation>&amp;Opret vagterne</translation>
    </message>
    <message>
        <source>&amp;Every</source>
        <translation>&amp;Hver</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Fra</translation>
    </message>
    <message>
        <source>&amp;Hosts needed</source>
        <translation>&amp;Antal værter</translation>
    </message>
    <message>
        <source>&amp;Starting</source>
        <translation>&amp;Begynder</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>T&amp;il</translation>
    </message>
    <message>
        <source>Add a repeating shift</source>
        <translation>Tilføj en fast vagt</translation>
    </message>
    <message>
        <source>Added. Choose how far ahead to plan, then create the shifts.</source>
        <translation>Tilføjet. Vælg, hvor langt frem du vil planlægge, og opret så vagterne.</translation>
    </message>
    <message>
        <source>Ends on</source>
        <translation>Slutter den</translation>
    </message>
    <message numerus="yes">
        <source>Every %1, %2–%3, %n host(s)</source>
        <translation>
            <numerusform>Hver %1, %2–%3, %n vært</numerusform>
            <numerusform>Hver %1, %2–%3, %n værter</numerusform>
        </translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Sidste dag</translation>
    </message>
    <message>
        <source>No repeating shifts yet. Add one below.</source>
        <translation>Ingen faste vagter endnu. Tilføj en nedenfor.</translation>
    </message>
    <message>
        <source>Plan &amp;until</source>
        <translation>&amp;Planlæg indtil</translation>
    </message>
    <message>
        <source>Plan until</source>
        <translation>Planlæg indtil</translation>
    </message>
    <message>
        <source>Put the shifts in the plan</source>
        <translation>Sæt vagterne ind i vagtplanen</translation>
    </message>
    <message>
        <source>Repeating shifts</source>
        <translation>Faste vagter</translation>
    </message>
    <message>
        <source>Repeating shifts at %1</source>
        <translation>Faste vagter i %1</translation>
    </message>
    <message>
        <source>The plan already has every shift up to that day.</source>
        <translation>Vagtplanen har allerede alle vagter frem til den dag.</translation>
    </message>
    <message>
        <source>The repeating shift ends</source>
        <translation>Den faste vagt slutter</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>fra %1</translation>
    </message>
    <message>
        <source>no longer used</source>
        <translation>bruges ikke længere</translation>
    </message>
</context>
<context>
    <name>ThemeChips</name>
    <message>
        <source>Add a theme</source>
        <translation>Tilføj et tema</translation>
    </message>
    <message>
        <source>Another theme, then Enter</source>
        <translation>Endnu et tema, og tryk så Enter</translation>
    </message>
    <message>
        <source>Theme %1</source>
        <translation>Tema %1</translation>
    </message>
</context>
<context>
    <name>TrendsPage</name>
    <message numerus="yes">
        <source>%1 to %2: %n check-in(s).</source>
        <translation>
            <numerusform>%1 til %2: %n check-in.</numerusform>
            <numerusform>%1 til %2: %n check-ins.</numerusform>
        </translation>
    </message>
    <message>
        <source>1 low – 5 high</source>
        <translation>1 lav – 5 høj</translation>
    </message>
    <message>
        <source>Chart of your check-ins</source>
        <translation>Diagram over dine check-ins</translation>
    </message>
    <message>
        <source>Hours a week</source>
        <translation>Timer om ugen</translation>
    </message>
    <message>
        <source>Hours worked</source>
        <translation>Arbejdstimer</translation>
    </message>
    <message>
        <source>How your check-ins move with your workload</source>
        <translation>Sådan følger dine check-ins din arbejdsmængde</translation>
    </message>
    <message>
        <source>No check-ins in this period yet. Your trends appear after a few check-ins.</source>
        <translation>Ingen check-ins i denne periode endnu. Dine tendenser vises efter nogle få check-ins.</translation>
    </message>
    <message>
        <source>Per&amp;iod</source>
        <translation>&amp;Periode</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>Trends</source>
        <translation>Tendenser</translation>
    </message>
    <message>
        <source>Workload is taken from what you already log in PeerDesk: conversations, café sessions, café shifts, sparring, teaching and hours.</source>
        <translation>Arbejdsmængden hentes fra det, du allerede registrerer i PeerDesk: samtaler, caféåbninger, cafévagter, sparring, undervisning og timer.</translation>
    </message>
</context>
<context>
    <name>UnlockWindow</name>
    <message>
        <source>&amp;Passphrase</source>
        <translation>&amp;Adgangssætning</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Lås op</translation>
    </message>
    <message>
        <source>Enter your passphrase to open your notes.</source>
        <translation>Skriv din adgangssætning for at åbne dine noter.</translation>
    </message>
    <message>
        <source>Opening your vault…</source>
        <translation>Åbner din datafil…</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Adgangssætning</translation>
    </message>
    <message>
        <source>Time until you can try again</source>
        <translation>Tid, til du kan prøve igen</translation>
    </message>
    <message numerus="yes">
        <source>Too many tries in a row. You can try again in %n second(s).</source>
        <translation>
            <numerusform>For mange forsøg i træk. Du kan prøve igen om %n sekund.</numerusform>
            <numerusform>For mange forsøg i træk. Du kan prøve igen om %n sekunder.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Lås op</translation>
    </message>
    <message>
        <source>Unlock PeerDesk</source>
        <translation>Lås PeerDesk op</translation>
    </message>
    <message>
        <source>Unlock your vault</source>
        <translation>Lås din datafil op</translation>
    </message>
    <message>
        <source>Vault: %1</source>
        <translation>Datafil: %1</translation>
    </message>
    <message>
        <source>Why PeerDesk is locked</source>
        <translation>Hvorfor PeerDesk er låst</translation>
    </message>
</context>
<context>
    <name>Volunteers</name>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source> months</source>
        <translation> måneder</translation>
    </message>
    <message>
        <source>%1 (agreed %2)</source>
        <translation>%1 (aftalt %2)</translation>
    </message>
    <message>
        <source>%1 (expired)</source>
        <translation>%1 (udløbet)</translation>
    </message>
    <message>
        <source>%1 (renew soon)</source>
        <translation>%1 (skal snart fornyes)</translation>
    </message>
    <message>
        <source>%1 can be at most %2.</source>
        <translation>%1 må højst være %2.</translation>
    </message>
    <message>
        <source>%1 cannot be before the start.</source>
        <translation>%1 kan ikke ligge før starten.</translation>
    </message>
    <message>
        <source>%1 cannot be below zero.</source>
        <translation>%1 kan ikke være under nul.</translation>
    </message>
    <message>
        <source>%1 cannot be changed like this.</source>
        <translation>%1 kan ikke ændres på denne måde.</translation>
    </message>
    <message>
        <source>%1 cannot be saved like this.</source>
        <translation>%1 kan ikke gemmes på denne måde.</translation>
    </message>
    <message>
        <source>%1 from</source>
        <translation>%1 fra</translation>
    </message>
    <message>
        <source>%1 has a value that cannot be used here.</source>
        <translation>%1 har en værdi, der ikke kan bruges her.</translation>
    </message>
    <message>
        <source>%1 holds a line break or an invisible character that cannot be kept here. Please retype it.</source>
        <translation>%1 indeholder et linjeskift eller et usynligt tegn, som ikke kan gemmes her. Skriv det venligst igen.</translation>
    </message>
    <message>
        <source>%1 is already there.</source>
        <translation>%1 findes allerede.</translation>
    </message>
    <message>
        <source>%1 is not a date or time PeerDesk understands.</source>
        <translation>%1 er ikke en dato eller et tidspunkt, som PeerDesk forstår.</translation>
    </message>
    <message>
        <source>%1 is out of range.</source>
        <translation>%1 er uden for det tilladte område.</translation>
    </message>
    <message>
        <source>%1 is too long: at most %2 characters.</source>
        <translation>%1 er for lang: højst %2 tegn.</translation>
    </message>
    <message>
        <source>%1 must be at least %2.</source>
        <translation>%1 skal være mindst %2.</translation>
    </message>
    <message>
        <source>%1 must be between %2 and %3.</source>
        <translation>%1 skal være mellem %2 og %3.</translation>
    </message>
    <message>
        <source>%1 of %2 modules</source>
        <translation>%1 af %2 moduler</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n host(s) shown</source>
        <translation>
            <numerusform>%1 af %n vært vist</numerusform>
            <numerusform>%1 af %n værter vist</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 until</source>
        <translation>%1 til</translation>
    </message>
    <message>
        <source>%1 — %2: %3</source>
        <translation>%1 — %2: %3</translation>
    </message>
    <message>
        <source>%1, %2–%3 at %4</source>
        <translation>%1, %2–%3 på %4</translation>
    </message>
    <message>
        <source>%1: %2 (agreed %3)</source>
        <translation>%1: %2 (aftalt %3)</translation>
    </message>
    <message>
        <source>%1: %2 hours — %3</source>
        <translation>%1: %2 timer — %3</translation>
    </message>
    <message>
        <source>%1: follow up with %2 (sparring %3)</source>
        <translation>%1: følg op med %2 (sparring %3)</translation>
    </message>
    <message>
        <source>%1: please fill this in.</source>
        <translation>%1: udfyld venligst dette.</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minut</numerusform>
            <numerusform>%n minutter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n måned</numerusform>
            <numerusform>%n måneder</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open agreement(s)</source>
        <translation>
            <numerusform>%n åben aftale</numerusform>
            <numerusform>%n åbne aftaler</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Add module…</source>
        <translation>&amp;Tilføj modul…</translation>
    </message>
    <message>
        <source>&amp;Challenges</source>
        <translation>&amp;Udfordringer</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiér</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Dato</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Slet</translation>
    </message>
    <message>
        <source>&amp;Delete task</source>
        <translation>&amp;Slet opgave</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Beskrivelse</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Kassér</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <source>&amp;Edit details…</source>
        <translation>&amp;Redigér oplysninger…</translation>
    </message>
    <message>
        <source>&amp;Edit module…</source>
        <translation>R&amp;edigér modul…</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Eksportér CSV…</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Find:</translation>
    </message>
    <message>
        <source>&amp;Follow up on</source>
        <translation>&amp;Følg op den</translation>
    </message>
    <message>
        <source>&amp;Host</source>
        <translation>&amp;Vært</translation>
    </message>
    <message>
        <source>&amp;Hosts</source>
        <translation>&amp;Værter</translation>
    </message>
    <message>
        <source>&amp;In use (part of the host training)</source>
        <translation>&amp;I brug (del af værtsoplæringen)</translation>
    </message>
    <message>
        <source>&amp;Minutes</source>
        <translation>&amp;Minutter</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Navn</translation>
    </message>
    <message>
        <source>&amp;New host…</source>
        <translation>&amp;Ny vært…</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>N&amp;ote</translation>
    </message>
    <message>
        <source>&amp;Open host</source>
        <translation>&amp;Åbn vært</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Telefon</translation>
    </message>
    <message>
        <source>&amp;Renew after</source>
        <translation>&amp;Forny efter</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Gem</translation>
    </message>
    <message>
        <source>&amp;Save unencrypted file</source>
        <translation>&amp;Gem ukrypteret fil</translation>
    </message>
    <message>
        <source>&amp;Topic</source>
        <translation>&amp;Emne</translation>
    </message>
    <message>
        <source>&amp;Topics</source>
        <translation>&amp;Emner</translation>
    </message>
    <message>
        <source>&amp;What</source>
        <translation>&amp;Hvad</translation>
    </message>
    <message>
        <source>&amp;When</source>
        <translation>Hv&amp;ornår</translation>
    </message>
    <message>
        <source>(%1)</source>
        <translation>(%1)</translation>
    </message>
    <message>
        <source>(cancelled)</source>
        <translation>(aflyst)</translation>
    </message>
    <message>
        <source>(expired)</source>
        <translation>(udløbet)</translation>
    </message>
    <message>
        <source>(no particular module)</source>
        <translation>(intet bestemt modul)</translation>
    </message>
    <message>
        <source>A flyer round, a meeting, baking for the café</source>
        <translation>Uddeling af foldere, et møde, bage kage til caféen</translation>
    </message>
    <message>
        <source>A phone number may hold digits, spaces and + ( ) - . / only.</source>
        <translation>Et telefonnummer må kun indeholde cifre, mellemrum og + ( ) - . /</translation>
    </message>
    <message>
        <source>A&amp;greements</source>
        <translation>Af&amp;taler</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Active and paused</source>
        <translation>Aktive og på pause</translation>
    </message>
    <message>
        <source>Add another time on %1</source>
        <translation>Tilføj endnu et tidspunkt (%1)</translation>
    </message>
    <message>
        <source>Add the usual m&amp;odules</source>
        <translation>Tilføj de sædvanlige mo&amp;duler</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Aftaler</translation>
    </message>
    <message>
        <source>Agreements not yet kept</source>
        <translation>Aftaler, der endnu ikke er holdt</translation>
    </message>
    <message>
        <source>Agreements still open</source>
        <translation>Aftaler, der stadig er åbne</translation>
    </message>
    <message>
        <source>All %1 modules</source>
        <translation>Alle %1 moduler</translation>
    </message>
    <message>
        <source>All hosts</source>
        <translation>Alle værter</translation>
    </message>
    <message>
        <source>Another time on %1</source>
        <translation>Endnu et tidspunkt (%1)</translation>
    </message>
    <message>
        <source>Atte&amp;nded</source>
        <translation>D&amp;eltog</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Deltog</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>Tilgængelighed</translation>
    </message>
    <message>
        <source>Back to the roster (Alt+Left)</source>
        <translation>Tilbage til værtslisten (Alt+Venstre)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-filer (*.csv)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annullér</translation>
    </message>
    <message>
        <source>Challenges</source>
        <translation>Udfordringer</translation>
    </message>
    <message>
        <source>Choose a module in the table first.</source>
        <translation>Vælg først et modul i tabellen.</translation>
    </message>
    <message>
        <source>Choose a session to read it here.</source>
        <translation>Vælg et møde for at læse det her.</translation>
    </message>
    <message>
        <source>Choose at least one host.</source>
        <translation>Vælg mindst én vært.</translation>
    </message>
    <message>
        <source>Chosen module:</source>
        <translation>Valgt modul:</translation>
    </message>
    <message>
        <source>Coming</source>
        <translation>Kommende</translation>
    </message>
    <message>
        <source>Contact and note</source>
        <translation>Kontakt og note</translation>
    </message>
    <message>
        <source>Cop&amp;y contact</source>
        <translation>Kop&amp;iér kontakt</translation>
    </message>
    <message>
        <source>Danish names; you can rename, reorder or retire each one afterwards.</source>
        <translation>Danske navne; du kan bagefter omdøbe, flytte rundt på eller udfase hvert enkelt.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Date of the new status</source>
        <translation>Dato for den nye status</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Dag</translation>
    </message>
    <message>
        <source>Delete this task?</source>
        <translation>Slet denne opgave?</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beskrivelse</translation>
    </message>
    <message>
        <source>Discard this form?</source>
        <translation>Kassér denne formular?</translation>
    </message>
    <message>
        <source>E&amp;rase host…</source>
        <translation>Slet vært &amp;helt…</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>E-mail: %1</source>
        <translation>E-mail: %1</translation>
    </message>
    <message>
        <source>Each time slot must end after it starts.</source>
        <translation>Hvert tidsrum skal slutte, efter det begynder.</translation>
    </message>
    <message>
        <source>Edit host details</source>
        <translation>Redigér værtens oplysninger</translation>
    </message>
    <message>
        <source>Edit training module</source>
        <translation>Redigér oplæringsmodul</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Udløber</translation>
    </message>
    <message>
        <source>Expires in the next 60 days</source>
        <translation>Udløber inden for 60 dage</translation>
    </message>
    <message>
        <source>Export host hours</source>
        <translation>Eksportér værtstimer</translation>
    </message>
    <message>
        <source>Extra tasks</source>
        <translation>Ekstra opgaver</translation>
    </message>
    <message>
        <source>Filter by host, topic or word</source>
        <translation>Filtrér efter vært, emne eller ord</translation>
    </message>
    <message>
        <source>Filter by name</source>
        <translation>Filtrér efter navn</translation>
    </message>
    <message>
        <source>Filter hosts by name</source>
        <translation>Filtrér værter efter navn</translation>
    </message>
    <message>
        <source>Filter the sparring log</source>
        <translation>Filtrér sparringsloggen</translation>
    </message>
    <message>
        <source>Follow up on</source>
        <translation>Følg op den</translation>
    </message>
    <message>
        <source>Follow up on %1</source>
        <translation>Følg op den %1</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Opfølgning</translation>
    </message>
    <message>
        <source>Follow-ups due</source>
        <translation>Opfølgninger, der forfalder</translation>
    </message>
    <message>
        <source>Followed up %1</source>
        <translation>Fulgt op %1</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>Fredag</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Fra</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Held at</source>
        <translation>Sted</translation>
    </message>
    <message>
        <source>Held on</source>
        <translation>Afholdt den</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Vært</translation>
    </message>
    <message>
        <source>Host hours this month</source>
        <translation>Værtstimer denne måned</translation>
    </message>
    <message>
        <source>Host roster</source>
        <translation>Værtsliste</translation>
    </message>
    <message>
        <source>Hosts</source>
        <translation>Værter</translation>
    </message>
    <message>
        <source>Hosts taking part</source>
        <translation>Deltagende værter</translation>
    </message>
    <message>
        <source>Hosts who attended</source>
        <translation>Værter, der deltog</translation>
    </message>
    <message>
        <source>Hours exported</source>
        <translation>Timer eksporteret</translation>
    </message>
    <message>
        <source>Hours this month</source>
        <translation>Timer denne måned</translation>
    </message>
    <message>
        <source>How long the training holds before it must be renewed, as with first aid.</source>
        <translation>Hvor længe oplæringen gælder, før den skal fornyes – ligesom med førstehjælp.</translation>
    </message>
    <message>
        <source>In all</source>
        <translation>I alt</translation>
    </message>
    <message numerus="yes">
        <source>In all: %1 hours from %n host(s)</source>
        <translation>
            <numerusform>I alt: %1 timer fra %n vært</numerusform>
            <numerusform>I alt: %1 timer fra %n værter</numerusform>
        </translation>
    </message>
    <message>
        <source>In training</source>
        <translation>Under oplæring</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>I brug</translation>
    </message>
    <message>
        <source>Last sparring</source>
        <translation>Seneste sparring</translation>
    </message>
    <message>
        <source>Log &amp;task…</source>
        <translation>Notér &amp;opgave…</translation>
    </message>
    <message>
        <source>Log an extra task</source>
        <translation>Notér en ekstra opgave</translation>
    </message>
    <message>
        <source>Log extra &amp;task…</source>
        <translation>Notér ekstra &amp;opgave…</translation>
    </message>
    <message>
        <source>M&amp;odule</source>
        <translation>M&amp;odul</translation>
    </message>
    <message>
        <source>Mark &amp;kept today</source>
        <translation>Markér som &amp;holdt i dag</translation>
    </message>
    <message>
        <source>Mark followed &amp;up today</source>
        <translation>Markér som fulgt &amp;op i dag</translation>
    </message>
    <message>
        <source>May take a shift alone</source>
        <translation>Må tage en vagt alene</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutter</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Modul</translation>
    </message>
    <message>
        <source>Modules</source>
        <translation>Moduler</translation>
    </message>
    <message>
        <source>Modules trained and valid today</source>
        <translation>Oplærte moduler, der gælder i dag</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>Mandag</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Måned</translation>
    </message>
    <message>
        <source>Month shown</source>
        <translation>Vist måned</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Flyt &amp;op</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Flyt &amp;ned</translation>
    </message>
    <message>
        <source>N&amp;ote</source>
        <translation>N&amp;ote</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Ne&amp;xt month ▶</source>
        <translation>&amp;Næste måned ▶</translation>
    </message>
    <message>
        <source>New &amp;sparring session…</source>
        <translation>Nyt &amp;sparringsmøde…</translation>
    </message>
    <message>
        <source>New &amp;sparring…</source>
        <translation>Ny &amp;sparring…</translation>
    </message>
    <message>
        <source>New café host</source>
        <translation>Ny cafévært</translation>
    </message>
    <message>
        <source>New sparring session</source>
        <translation>Nyt sparringsmøde</translation>
    </message>
    <message>
        <source>New status for the chosen module</source>
        <translation>Ny status for det valgte modul</translation>
    </message>
    <message>
        <source>New training &amp;session…</source>
        <translation>Ny oplærings&amp;gang…</translation>
    </message>
    <message>
        <source>New training module</source>
        <translation>Nyt oplæringsmodul</translation>
    </message>
    <message>
        <source>New training session</source>
        <translation>Ny oplæringsgang</translation>
    </message>
    <message>
        <source>Next shift</source>
        <translation>Næste vagt</translation>
    </message>
    <message>
        <source>No café hosts yet. Add the first one with “New host…”.</source>
        <translation>Ingen caféværter endnu. Tilføj den første med “Ny vært…”.</translation>
    </message>
    <message>
        <source>No contact details.</source>
        <translation>Ingen kontaktoplysninger.</translation>
    </message>
    <message>
        <source>No extra tasks logged.</source>
        <translation>Ingen ekstra opgaver noteret.</translation>
    </message>
    <message>
        <source>No hours in this month.</source>
        <translation>Ingen timer i denne måned.</translation>
    </message>
    <message>
        <source>No open agreements.</source>
        <translation>Ingen åbne aftaler.</translation>
    </message>
    <message>
        <source>No shifts in the last 30 or the next 60 days.</source>
        <translation>Ingen vagter i de seneste 30 eller de næste 60 dage.</translation>
    </message>
    <message>
        <source>No sparring follow-ups due.</source>
        <translation>Ingen sparring skal følges op.</translation>
    </message>
    <message>
        <source>No sparring logged yet. Log the first with “New sparring session…”.</source>
        <translation>Ingen sparring noteret endnu. Notér den første med “Nyt sparringsmøde…”.</translation>
    </message>
    <message>
        <source>No sparring with this host yet.</source>
        <translation>Ingen sparring med denne vært endnu.</translation>
    </message>
    <message>
        <source>No training modules yet. Add the usual set (introduction, the host role, boundaries and self-care, conflict handling, first aid) and edit it, or add your own.</source>
        <translation>Ingen oplæringsmoduler endnu. Tilføj de sædvanlige (introduktion, værtsrollen, grænser og egenomsorg, konflikthåndtering, førstehjælp) og tilpas dem, eller tilføj dine egne.</translation>
    </message>
    <message>
        <source>No training sessions logged yet.</source>
        <translation>Ingen oplæringsgange noteret endnu.</translation>
    </message>
    <message>
        <source>Nobody recorded.</source>
        <translation>Ingen registreret.</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Ikke fundet</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Ikke gemt</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Ikke påbegyndt</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Nothing expires in the next 60 days.</source>
        <translation>Intet udløber inden for de næste 60 dage.</translation>
    </message>
    <message>
        <source>One agreement per line</source>
        <translation>Én aftale pr. linje</translation>
    </message>
    <message>
        <source>One to one</source>
        <translation>En til en</translation>
    </message>
    <message>
        <source>Only what you need to work well together.</source>
        <translation>Kun det, I har brug for for at arbejde godt sammen.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Åben</translation>
    </message>
    <message>
        <source>Open &amp;host</source>
        <translation>Åbn &amp;vært</translation>
    </message>
    <message>
        <source>Open agreements</source>
        <translation>Åbne aftaler</translation>
    </message>
    <message>
        <source>Open the page of the host in this session</source>
        <translation>Åbn siden for værten fra dette møde</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Valgfrit</translation>
    </message>
    <message>
        <source>Past</source>
        <translation>Tidligere</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>På pause</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation>Telefon: %1</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Placering</translation>
    </message>
    <message>
        <source>Press Delete to leave the date empty.</source>
        <translation>Tryk Delete for at lade datoen være tom.</translation>
    </message>
    <message>
        <source>Press Enter or double-click to open the host</source>
        <translation>Tryk Enter eller dobbeltklik for at åbne værten</translation>
    </message>
    <message>
        <source>Press Enter or double-click to open the session</source>
        <translation>Tryk Enter eller dobbeltklik for at åbne mødet</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Renew after</source>
        <translation>Forny efter</translation>
    </message>
    <message>
        <source>Renew after (months)</source>
        <translation>Forny efter (måneder)</translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation>&amp;Vis:</translation>
    </message>
    <message>
        <source>S&amp;tarted</source>
        <translation>&amp;Påbegyndt</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>Lørdag</translation>
    </message>
    <message>
        <source>Save (Ctrl+Enter)</source>
        <translation>Gem (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Save a&amp;vailability</source>
        <translation>Gem &amp;tilgængelighed</translation>
    </message>
    <message>
        <source>Save an unencrypted file?</source>
        <translation>Gem en ukrypteret fil?</translation>
    </message>
    <message>
        <source>Save this month&apos;s hours as a spreadsheet file</source>
        <translation>Gem månedens timer som en regnearksfil</translation>
    </message>
    <message>
        <source>Saved to %1. Remember that the file is not encrypted.</source>
        <translation>Gemt i %1. Husk, at filen ikke er krypteret.</translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation>Vælg &amp;alle</translation>
    </message>
    <message>
        <source>Separate topics with commas</source>
        <translation>Adskil emner med komma</translation>
    </message>
    <message>
        <source>Set stat&amp;us</source>
        <translation>Sæt stat&amp;us</translation>
    </message>
    <message>
        <source>Shift hours</source>
        <translation>Vagttimer</translation>
    </message>
    <message>
        <source>Shift hours count the café shifts a host was on (cancelled ones not); task hours are the extra tasks logged for them.</source>
        <translation>Vagttimer tæller de cafévagter, en vært har haft (ikke de aflyste); opgavetimer er de ekstra opgaver, der er noteret for værten.</translation>
    </message>
    <message>
        <source>Shifts</source>
        <translation>Vagter</translation>
    </message>
    <message>
        <source>Shifts (last 30 and next 60 days)</source>
        <translation>Vagter (seneste 30 og næste 60 dage)</translation>
    </message>
    <message>
        <source>Shifts are offered first to hosts available at that time.</source>
        <translation>Vagter tilbydes først til værter, der kan på det tidspunkt.</translation>
    </message>
    <message>
        <source>Show hosts with status</source>
        <translation>Vis værter med status</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Siden</translation>
    </message>
    <message>
        <source>Sparring %1</source>
        <translation>Sparring %1</translation>
    </message>
    <message>
        <source>Sparring follow-ups due</source>
        <translation>Sparring, der skal følges op</translation>
    </message>
    <message>
        <source>Sparring log</source>
        <translation>Sparringslog</translation>
    </message>
    <message>
        <source>Sparring timeline</source>
        <translation>Tidslinje for sparring</translation>
    </message>
    <message>
        <source>Start &amp;afresh</source>
        <translation>Start &amp;forfra</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Påbegyndt</translation>
    </message>
    <message>
        <source>Started %1</source>
        <translation>Påbegyndt %1</translation>
    </message>
    <message>
        <source>Stat&amp;us</source>
        <translation>Stat&amp;us</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Stoppet</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>Søndag</translation>
    </message>
    <message>
        <source>Task hours</source>
        <translation>Opgavetimer</translation>
    </message>
    <message>
        <source>The chosen sparring session</source>
        <translation>Det valgte sparringsmøde</translation>
    </message>
    <message>
        <source>The chosen training session</source>
        <translation>Den valgte oplæringsgang</translation>
    </message>
    <message>
        <source>The date cannot be before the sparring session.</source>
        <translation>Datoen kan ikke ligge før sparringsmødet.</translation>
    </message>
    <message>
        <source>The follow-up date cannot be before the sparring session.</source>
        <translation>Opfølgningsdatoen kan ikke ligge før sparringsmødet.</translation>
    </message>
    <message>
        <source>The host&apos;s own word, e.g. rested, busy, tired</source>
        <translation>Værtens eget ord, fx udhvilet, travl, træt</translation>
    </message>
    <message>
        <source>The hours for %1 will be saved to:
%2

This file is NOT encrypted: anyone who can open that folder can read the hosts&apos; names and hours. Keep it only as long as you need it, and delete it afterwards.</source>
        <translation>Timerne for %1 bliver gemt i:
%2

Denne fil er IKKE krypteret: Alle, der kan åbne mappen, kan læse værternes navne og timer. Gem den kun, så længe du har brug for den, og slet den bagefter.</translation>
    </message>
    <message>
        <source>The task “%1” will be deleted and no longer count in the hours.</source>
        <translation>Opgaven “%1” bliver slettet og tæller ikke længere med i timerne.</translation>
    </message>
    <message>
        <source>There is already a module with this name.</source>
        <translation>Der findes allerede et modul med dette navn.</translation>
    </message>
    <message>
        <source>This &amp;month</source>
        <translation>Denne &amp;måned</translation>
    </message>
    <message>
        <source>This does not look like an e-mail address (name@example.dk).</source>
        <translation>Dette ligner ikke en e-mailadresse (navn@eksempel.dk).</translation>
    </message>
    <message>
        <source>This host is no longer in the vault; they may have been erased.</source>
        <translation>Denne vært findes ikke længere i datafilen; værten kan være slettet.</translation>
    </message>
    <message>
        <source>This record is no longer in the vault; it may have been deleted or erased.</source>
        <translation>Denne post findes ikke længere i datafilen; den kan være slettet.</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>Torsdag</translation>
    </message>
    <message>
        <source>Tick one host, or several for a group session.</source>
        <translation>Sæt kryds ved én vært – eller ved flere til et gruppemøde.</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Emne</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Emner</translation>
    </message>
    <message>
        <source>Total hours</source>
        <translation>Timer i alt</translation>
    </message>
    <message>
        <source>Trained</source>
        <translation>Oplært</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Oplæring</translation>
    </message>
    <message>
        <source>Training modules</source>
        <translation>Oplæringsmoduler</translation>
    </message>
    <message>
        <source>Training modules of this host</source>
        <translation>Værtens oplæringsmoduler</translation>
    </message>
    <message>
        <source>Training session</source>
        <translation>Oplæringsgang</translation>
    </message>
    <message>
        <source>Training sessions</source>
        <translation>Oplæringsgange</translation>
    </message>
    <message>
        <source>Training that expires within 60 days</source>
        <translation>Oplæring, der udløber inden for 60 dage</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>Tirsdag</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Til</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>Onsdag</translation>
    </message>
    <message>
        <source>Wellbeing</source>
        <translation>Trivsel</translation>
    </message>
    <message>
        <source>Wellbeing in a w&amp;ord</source>
        <translation>Trivsel med ét &amp;ord</translation>
    </message>
    <message>
        <source>Wellbeing in a word</source>
        <translation>Trivsel med ét ord</translation>
    </message>
    <message>
        <source>What the host was pleased with</source>
        <translation>Det, værten var glad for</translation>
    </message>
    <message>
        <source>What was hard, in their words and yours</source>
        <translation>Det, der var svært – med værtens og dine ord</translation>
    </message>
    <message>
        <source>What went we&amp;ll</source>
        <translation>Hv&amp;ad gik godt</translation>
    </message>
    <message>
        <source>What went well</source>
        <translation>Hvad gik godt</translation>
    </message>
    <message>
        <source>What you wrote here has not been saved. Discard it?</source>
        <translation>Det, du har skrevet her, er ikke gemt. Vil du kassere det?</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Hvornår</translation>
    </message>
    <message>
        <source>With</source>
        <translation>Med</translation>
    </message>
    <message>
        <source>Write times of day like 9.30 or 14, or leave the field empty.</source>
        <translation>Skriv klokkeslæt som 9.30 eller 14, eller lad feltet være tomt.</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>År</translation>
    </message>
    <message>
        <source>done %1</source>
        <translation>udført %1</translation>
    </message>
    <message>
        <source>feeling: %1</source>
        <translation>følelse: %1</translation>
    </message>
    <message>
        <source>from opening</source>
        <translation>fra åbning</translation>
    </message>
    <message>
        <source>host-hours-%1.csv</source>
        <translation>værtstimer-%1.csv</translation>
    </message>
    <message>
        <source>never</source>
        <translation>aldrig</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nej</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>ingen dato</translation>
    </message>
    <message>
        <source>no description</source>
        <translation>ingen beskrivelse</translation>
    </message>
    <message>
        <source>on</source>
        <translation>på</translation>
    </message>
    <message>
        <source>until closing</source>
        <translation>til lukning</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>ℹ Restored what you had written but not yet saved.</source>
        <translation>ℹ Det, du havde skrevet, men ikke gemt, er hentet frem igen.</translation>
    </message>
    <message>
        <source>← &amp;All hosts</source>
        <translation>← &amp;Alle værter</translation>
    </message>
    <message>
        <source>◀ &amp;Previous month</source>
        <translation>◀ &amp;Forrige måned</translation>
    </message>
    <message>
        <source>○ open</source>
        <translation>○ åben</translation>
    </message>
    <message>
        <source>✓ May take a shift alone at %1.</source>
        <translation>✓ Må tage en vagt alene på %1.</translation>
    </message>
    <message>
        <source>✓ kept %1</source>
        <translation>✓ holdt %1</translation>
    </message>
    <message>
        <source>✗ Not yet alone on a shift at %1: needs “%2”.</source>
        <translation>✗ Endnu ikke alene på vagt på %1: mangler “%2”.</translation>
    </message>
</context>
<context>
    <name>VolunteersTab</name>
    <message>
        <source>%1 and everything only about them will be erased from the vault: contact details, training, availability, extra tasks, shifts, sparring sessions with them alone (with their agreements) and unsaved drafts.

Group sparring sessions stay, without them. This cannot be undone.</source>
        <translation>%1 og alt, der kun handler om værten, bliver slettet helt fra datafilen: kontaktoplysninger, oplæring, tilgængelighed, ekstra opgaver, vagter, sparringsmøder med værten alene (med deres aftaler) og ikke-gemte kladder.

Sparringsmøder i gruppe bliver liggende, uden værten. Det kan ikke fortrydes.</translation>
    </message>
    <message>
        <source>&amp;Erase for good</source>
        <translation>&amp;Slet helt</translation>
    </message>
    <message>
        <source>Add a café host first.</source>
        <translation>Tilføj først en cafévært.</translation>
    </message>
    <message>
        <source>Alt+%1</source>
        <translation>Alt+%1</translation>
    </message>
    <message>
        <source>Erase this host for good?</source>
        <translation>Slet denne vært helt?</translation>
    </message>
    <message>
        <source>Host erased</source>
        <translation>Vært slettet</translation>
    </message>
    <message>
        <source>Hosts</source>
        <translation>Værter</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Timer</translation>
    </message>
    <message>
        <source>No hosts yet</source>
        <translation>Ingen værter endnu</translation>
    </message>
    <message>
        <source>Parts of the volunteers area</source>
        <translation>Dele af frivilligområdet</translation>
    </message>
    <message>
        <source>Sparring</source>
        <translation>Sparring</translation>
    </message>
    <message>
        <source>The host was erased from the vault.</source>
        <translation>Værten er slettet fra datafilen.</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Oplæring</translation>
    </message>
    <message>
        <source>Volunteers &amp; sparring</source>
        <translation>Frivillige &amp; sparring</translation>
    </message>
</context>
<context>
    <name>_Card</name>
    <message>
        <source>Press Enter or double-click to open</source>
        <translation>Tryk Enter, eller dobbeltklik for at åbne</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <source>Not saved</source>
        <translation>Ikke gemt</translation>
    </message>
</context>
</TS>
