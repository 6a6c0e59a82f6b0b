<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da_DK" sourcelanguage="en">
<context>
    <name>AppController</name>
    <message>
        <source>About PeerDesk</source>
        <translation>Om PeerDesk</translation>
    </message>
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
        <source>Changing the passphrase…</source>
        <translation>Skifter adgangssætning…</translation>
    </message>
    <message>
        <source>Encrypted backup written.</source>
        <translation>Krypteret sikkerhedskopi gemt.</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Eksportér</translation>
    </message>
    <message>
        <source>Export everything</source>
        <translation>Eksportér alt</translation>
    </message>
    <message>
        <source>Export is not encrypted</source>
        <translation>Eksporten er ikke krypteret</translation>
    </message>
    <message>
        <source>Exported.</source>
        <translation>Eksporteret.</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Eksporterer…</translation>
    </message>
    <message>
        <source>Last backup: %1</source>
        <translation>Seneste sikkerhedskopi: %1</translation>
    </message>
    <message>
        <source>No backup yet</source>
        <translation>Ingen sikkerhedskopi endnu</translation>
    </message>
    <message>
        <source>Passphrase of the backup:</source>
        <translation>Sikkerhedskopiens adgangssætning:</translation>
    </message>
    <message>
        <source>PeerDesk backups (*.peerdesk)</source>
        <translation>PeerDesk-sikkerhedskopier (*.peerdesk)</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Gendan</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Gendan fra en sikkerhedskopi</translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation>Gendanner…</translation>
    </message>
    <message>
        <source>The file %1 will NOT be encrypted: anyone who can open it can read everything in it. Export anyway?</source>
        <translation>Filen %1 bliver IKKE krypteret: alle, der kan åbne den, kan læse alt, hvad der står i den. Vil du eksportere alligevel?</translation>
    </message>
    <message>
        <source>The vault will be replaced by the backup. The current vault is kept aside in the data folder, so nothing is lost.</source>
        <translation>Datafilen bliver erstattet af sikkerhedskopien. Den nuværende datafil bliver lagt til side i datamappen, så intet går tabt.</translation>
    </message>
    <message>
        <source>Writing an encrypted backup…</source>
        <translation>Gemmer en krypteret sikkerhedskopi…</translation>
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
    <name>Help</name>
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
        <source>Qt %1 (PySide6 %2), LGPL v3.</source>
        <translation>Qt %1 (PySide6 %2), LGPL v3.</translation>
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
        <source>SQLAlchemy and Alembic, MIT licence. platformdirs, MIT licence.</source>
        <translation>SQLAlchemy og Alembic, MIT-licens. platformdirs, MIT-licens.</translation>
    </message>
    <message>
        <source>SQLCipher %1 on SQLite %2, BSD-style licence.</source>
        <translation>SQLCipher %1 på SQLite %2, BSD-lignende licens.</translation>
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
        <source>&amp;Undo</source>
        <translation>&amp;Fortryd</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Vis</translation>
    </message>
    <message>
        <source>Areas of work</source>
        <translation>Arbejdsområder</translation>
    </message>
    <message>
        <source>Choose an area tab to add something new there.</source>
        <translation>Vælg fanen for et område for at tilføje noget nyt der.</translation>
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
    <name>OverviewTab</name>
    <message>
        <source>%1 hours over; take care of yourself</source>
        <translation>%1 timer mere end aftalt; pas godt på dig selv</translation>
    </message>
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
        <source>This week: %1 hours</source>
        <translation>Denne uge: %1 timer</translation>
    </message>
    <message>
        <source>This week: %1 of %2 hours</source>
        <translation>Denne uge: %1 af %2 timer</translation>
    </message>
    <message>
        <source>Today, %1</source>
        <translation>I dag, %1</translation>
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
    <name>SearchPopup</name>
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
    <name>SettingsDialog</name>
    <message>
        <source> days</source>
        <translation> dage</translation>
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
    <name>_Card</name>
    <message>
        <source>Press Enter or double-click to open</source>
        <translation>Tryk Enter, eller dobbeltklik for at åbne</translation>
    </message>
</context>
</TS>
