<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name>ChartSpec</name>
    <message>
        <source>GPU counts: Colossus against other systems</source>
        <translation>GPU-Anzahl: Colossus im Vergleich mit anderen Systemen</translation>
    </message>
    <message>
        <source>Power, water and energy</source>
        <translation>Strom, Wasser und Energie</translation>
    </message>
    <message>
        <source>Money: funding, deals and valuations</source>
        <translation>Geld: Finanzierung, Geschäfte und Bewertungen</translation>
    </message>
    <message>
        <source>Timeline: from site decision to training</source>
        <translation>Zeitleiste: vom Standortentscheid bis zum Training</translation>
    </message>
    <message>
        <source>Network: Ethernet bandwidth per GPU server</source>
        <translation>Netzwerk: Ethernet-Bandbreite je GPU-Server</translation>
    </message>
    <message>
        <source>Accelerators in each system, cluster or plan</source>
        <translation>Beschleuniger je System, Cluster oder Plan</translation>
    </message>
    <message>
        <source>GPUs (count; linear scale)</source>
        <translation>GPUs (Anzahl; lineare Skala)</translation>
    </message>
    <message>
        <source>Colossus (xAI, Memphis)</source>
        <translation>Colossus (xAI, Memphis)</translation>
    </message>
    <message>
        <source>Other systems and clusters</source>
        <translation>Andere Systeme und Cluster</translation>
    </message>
    <message>
        <source>type not given</source>
        <translation>Typ nicht angegeben</translation>
    </message>
    <message>
        <source>Electric power</source>
        <translation>Elektrische Leistung</translation>
    </message>
    <message>
        <source>megawatts (MW)</source>
        <translation>Megawatt (MW)</translation>
    </message>
    <message>
        <source>Electricity for one request (IEA)</source>
        <translation>Strom für eine Anfrage (IEA)</translation>
    </message>
    <message>
        <source>watt-hours (Wh)</source>
        <translation>Wattstunden (Wh)</translation>
    </message>
    <message>
        <source>AI&apos;s share of data-centre electricity demand (Goldman Sachs)</source>
        <translation>Anteil der KI am Strombedarf der Rechenzentren (Goldman Sachs)</translation>
    </message>
    <message>
        <source>percent of demand (%)</source>
        <translation>Prozent des Bedarfs (%)</translation>
    </message>
    <message>
        <source>Single figures (nothing like them to compare with)</source>
        <translation>Einzelne Zahlen (ohne Vergleichswert)</translation>
    </message>
    <message>
        <source>Money raised, invested or committed</source>
        <translation>Eingeworbenes, investiertes oder zugesagtes Geld</translation>
    </message>
    <message>
        <source>US dollars, billions (linear scale)</source>
        <translation>US-Dollar, Milliarden (lineare Skala)</translation>
    </message>
    <message>
        <source>xAI&apos;s valuation (what investors say the company is worth)</source>
        <translation>Bewertung von xAI (was Investoren für den Firmenwert halten)</translation>
    </message>
    <message>
        <source>When it happened (dot: the day is given; bar: only the month or season)</source>
        <translation>Wann es geschah (Punkt: Tag bekannt; Balken: nur Monat oder Jahreszeit)</translation>
    </message>
    <message>
        <source>How long it took</source>
        <translation>Wie lange es dauerte</translation>
    </message>
    <message>
        <source>days (weeks, months and years converted; linear scale)</source>
        <translation>Tage (Wochen, Monate und Jahre umgerechnet; lineare Skala)</translation>
    </message>
    <message>
        <source>1 week = 7 days, 1 month = 30.44 days, 1 year = 365.25 days.</source>
        <translation>1 Woche = 7 Tage, 1 Monat = 30,44 Tage, 1 Jahr = 365,25 Tage.</translation>
    </message>
    <message>
        <source>Ethernet bandwidth of one GPU server</source>
        <translation>Ethernet-Bandbreite eines GPU-Servers</translation>
    </message>
    <message>
        <source>gigabits per second (Gb/s)</source>
        <translation>Gigabit pro Sekunde (Gb/s)</translation>
    </message>
    <message>
        <source>What kind of network</source>
        <translation>Was für ein Netzwerk</translation>
    </message>
    <message>
        <source>%1, %2 local time</source>
        <translation>%1, %2 Uhr Ortszeit</translation>
    </message>
    <message>
        <source>date as the reports give it (local; month ticks)</source>
        <translation>Datum wie in den Berichten (Ortszeit; Monatsstriche)</translation>
    </message>
    <message>
        <source>Built, first phase · H100</source>
        <translation>Gebaut, erste Phase · H100</translation>
    </message>
    <message>
        <source>After the upgrade · H100 + H200</source>
        <translation>Nach dem Ausbau · H100 + H200</translation>
    </message>
    <message>
        <source>Next step, Musk&apos;s post of %1 · B200</source>
        <translation>Nächster Schritt, Musks Post vom %1 · B200</translation>
    </message>
    <message>
        <source>Musk&apos;s promise, tour report · H200</source>
        <translation>Musks Versprechen, Rundgangsbericht · H200</translation>
    </message>
    <message>
        <source>Expansion plan (FT) · type not given</source>
        <translation>Ausbauplan (FT) · Typ nicht genannt</translation>
    </message>
    <message>
        <source>Tesla&apos;s H100 purchase · H100</source>
        <translation>Teslas H100-Kauf · H100</translation>
    </message>
    <message>
        <source>Aurora · Intel</source>
        <translation>Aurora · Intel</translation>
    </message>
    <message>
        <source>Tesla Cortex, Giga Texas · type not given</source>
        <translation>Tesla Cortex, Giga Texas · Typ nicht genannt</translation>
    </message>
    <message>
        <source>Frontier · AMD</source>
        <translation>Frontier · AMD</translation>
    </message>
    <message>
        <source>GPT-4 training (OpenAI) · A100</source>
        <translation>Training von GPT-4 (OpenAI) · A100</translation>
    </message>
    <message>
        <source>Grok 2 training at Oracle · H100</source>
        <translation>Training von Grok 2 bei Oracle · H100</translation>
    </message>
    <message>
        <source>Grok 2 needs, Musk said earlier · H100</source>
        <translation>Bedarf für Grok 2, laut Musk früher · H100</translation>
    </message>
    <message>
        <source>Rented from Oracle before · H100</source>
        <translation>Zuvor bei Oracle gemietet · H100</translation>
    </message>
    <message>
        <source>Microsoft Eagle · H100</source>
        <translation>Microsoft Eagle · H100</translation>
    </message>
    <message>
        <source>Tesla GPUs redirected to xAI · H100</source>
        <translation>Von Tesla zu xAI umgeleitete GPUs · H100</translation>
    </message>
    <message>
        <source>Counts of different accelerators: a bar shows how many chips, not how much computing power.</source>
        <translation>Anzahl verschiedener Beschleuniger: Ein Balken zeigt, wie viele Chips es sind, nicht wie viel Rechenleistung.</translation>
    </message>
    <message>
        <source>Colossus, Memphis (estimate)</source>
        <translation>Colossus, Memphis (Schätzung)</translation>
    </message>
    <message>
        <source>H100 systems Musk says are not worth building</source>
        <translation>H100-Systeme, deren Bau sich laut Musk nicht lohnt</translation>
    </message>
    <message>
        <source>The report gives %1 MW “per hour” (每小时); megawatts are already a rate, so the bar shows MW.</source>
        <translation>Der Bericht nennt %1 MW „pro Stunde“ (每小时); Megawatt sind bereits eine Rate, daher zeigt der Balken MW.</translation>
    </message>
    <message>
        <source>ChatGPT query</source>
        <translation>ChatGPT-Anfrage</translation>
    </message>
    <message>
        <source>Google search</source>
        <translation>Google-Suche</translation>
    </message>
    <message>
        <source>By %1</source>
        <translation>Bis %1</translation>
    </message>
    <message>
        <source>US gallons of cooling water a day</source>
        <translation>US-Gallonen Kühlwasser pro Tag</translation>
    </message>
    <message>
        <source>MWh stored in each Tesla Megapack</source>
        <translation>MWh speichert jedes Tesla Megapack</translation>
    </message>
    <message>
        <source>diesel generators added on site</source>
        <translation>Dieselgeneratoren vor Ort hinzugefügt</translation>
    </message>
    <message>
        <source>TWh a year of added data-centre demand from AI (Goldman Sachs)</source>
        <translation>TWh pro Jahr zusätzlicher Rechenzentrumsbedarf durch KI (Goldman Sachs)</translation>
    </message>
    <message>
        <source>tens of billions</source>
        <translation>zig Milliarden</translation>
    </message>
    <message>
        <source>several billion</source>
        <translation>einige Milliarden</translation>
    </message>
    <message>
        <source>“%1” (%2): no single figure</source>
        <translation>„%1“ (%2): keine einzelne Zahl</translation>
    </message>
    <message>
        <source>xAI funding round (German report)</source>
        <translation>Finanzierungsrunde von xAI (deutscher Bericht)</translation>
    </message>
    <message>
        <source>xAI Series B, %1 (Chinese report)</source>
        <translation>Serie B von xAI, %1 (chinesischer Bericht)</translation>
    </message>
    <message>
        <source>xAI raised “this year” (FT; year not stated)</source>
        <translation>Von xAI „dieses Jahr“ eingeworben (FT; Jahr nicht genannt)</translation>
    </message>
    <message>
        <source>Oracle cloud deal, reported close in May (talks ended)</source>
        <translation>Cloud-Deal mit Oracle, im Mai als fast fertig gemeldet (Gespräche beendet)</translation>
    </message>
    <message>
        <source>OpenAI–Microsoft partnership</source>
        <translation>Partnerschaft OpenAI–Microsoft</translation>
    </message>
    <message>
        <source>Amazon&apos;s investment in Anthropic</source>
        <translation>Amazons Investition in Anthropic</translation>
    </message>
    <message>
        <source>Memphis project value</source>
        <translation>Wert des Projekts in Memphis</translation>
    </message>
    <message>
        <source>New GPUs for the expansion (FT estimate)</source>
        <translation>Neue GPUs für den Ausbau (Schätzung der FT)</translation>
    </message>
    <message>
        <source>After the funding round (German report)</source>
        <translation>Nach der Finanzierungsrunde (deutscher Bericht)</translation>
    </message>
    <message>
        <source>Hatched: an amount the report gives only in words, drawn across the span the words allow (“several billion”: 1–10 billion; “tens of billions”: 10–100 billion, cut at the end of the axis, →).</source>
        <translation>Schraffiert: ein Betrag, den der Bericht nur in Worten nennt, über die Spanne gezeichnet, die die Worte zulassen („einige Milliarden“: 1–10 Milliarden; „zig Milliarden“: 10–100 Milliarden, am Ende der Achse abgeschnitten, →).</translation>
    </message>
    <message>
        <source>Oracle offers xAI cloud for training</source>
        <translation>Oracle bietet xAI Cloud fürs Training an</translation>
    </message>
    <message>
        <source>Memphis chosen after talks in March</source>
        <translation>Memphis nach Gesprächen im März gewählt</translation>
    </message>
    <message>
        <source>Series B funding round announced</source>
        <translation>Finanzierungsrunde der Serie B angekündigt</translation>
    </message>
    <message>
        <source>Musk&apos;s post: H100 cluster online “in some months”</source>
        <translation>Musks Post: H100-Cluster „in einigen Monaten“ in Betrieb</translation>
    </message>
    <message>
        <source>Musk: Dell assembling half the racks, “SMC” the rest</source>
        <translation>Musk: Dell baut die Hälfte der Racks, „SMC“ den Rest</translation>
    </message>
    <message>
        <source>Talks with Oracle on more chips end</source>
        <translation>Gespräche mit Oracle über mehr Chips beendet</translation>
    </message>
    <message>
        <source>Diesel generators added on site</source>
        <translation>Dieselgeneratoren vor Ort hinzugefügt</translation>
    </message>
    <message>
        <source>Training starts on Colossus</source>
        <translation>Training auf Colossus beginnt</translation>
    </message>
    <message>
        <source>Grok 2 release planned</source>
        <translation>Veröffentlichung von Grok 2 geplant</translation>
    </message>
    <message>
        <source>Grok 3 to be trained before</source>
        <translation>Grok 3 soll trainiert sein bis</translation>
    </message>
    <message>
        <source>Original plan: cluster running</source>
        <translation>Ursprünglicher Plan: Cluster in Betrieb</translation>
    </message>
    <message>
        <source>Choosing Memphis (Forbes)</source>
        <translation>Wahl von Memphis (Forbes)</translation>
    </message>
    <message>
        <source>Installing the GPUs (Jensen Huang)</source>
        <translation>Installation der GPUs (Jensen Huang)</translation>
    </message>
    <message>
        <source>Building Colossus (FT)</source>
        <translation>Bau von Colossus (FT)</translation>
    </message>
    <message>
        <source>Assembling Colossus (tour report)</source>
        <translation>Montage von Colossus (Rundgangsbericht)</translation>
    </message>
    <message>
        <source>Ahead of the original plan by</source>
        <translation>Vor dem ursprünglichen Plan um</translation>
    </message>
    <message>
        <source>Usual for a data centre this size</source>
        <translation>Üblich für ein Rechenzentrum dieser Größe</translation>
    </message>
    <message>
        <source>Undated: the FT&apos;s report that Colossus will grow to %1 GPUs gives a day (“the 5th”) but no month or year, so it is not placed on the time axis.</source>
        <translation>Ohne Datum: Der FT-Bericht, dass Colossus auf %1 GPUs wachsen soll, nennt einen Tag („den 5.“), aber weder Monat noch Jahr; deshalb steht er nicht auf der Zeitachse.</translation>
    </message>
    <message>
        <source>Sum of the NICs: %1 × %2 GbE + 1 × %3 Gb</source>
        <translation>Summe der NICs: %1 × %2 GbE + 1 × %3 Gb</translation>
    </message>
    <message>
        <source>GPU %1</source>
        <translation>GPU %1</translation>
    </message>
    <message>
        <source>As the report states it</source>
        <translation>Wie der Bericht es angibt</translation>
    </message>
    <message>
        <source>one %1 GbE NIC per GPU</source>
        <translation>eine %1-GbE-NIC pro GPU</translation>
    </message>
    <message>
        <source>one extra %1 Gb NIC per server</source>
        <translation>eine zusätzliche %1-Gb-NIC pro Server</translation>
    </message>
    <message>
        <source>1 Tb/s = 1,000 Gb/s. The sum of the NICs and the reported total %1.</source>
        <translation>1 Tb/s = 1.000 Gb/s. Die Summe der NICs und der berichtete Gesamtwert %1.</translation>
    </message>
    <message>
        <source>agree</source>
        <translation>stimmen überein</translation>
    </message>
    <message>
        <source>differ</source>
        <translation>weichen voneinander ab</translation>
    </message>
    <message>
        <source> (≈%1 days)</source>
        <translation> (≈%1 Tage)</translation>
    </message>
    <message>
        <source>homes use as much power as the site&apos;s %1 (the report&apos;s comparison)</source>
        <translation>Haushalte verbrauchen so viel Strom wie die %1 des Standorts (Vergleich des Berichts)</translation>
    </message>
    <message>
        <source>Not placed either: Musk&apos;s post of %1 says the next step would “probably” be %2 B200 “next summer”, a guess without a date.</source>
        <translation>Ebenfalls nicht eingetragen: Musks Post vom %1 sagt, der nächste Schritt wären „wahrscheinlich“ %2 B200 „im nächsten Sommer“, eine Vermutung ohne Datum.</translation>
    </message>
</context>
<context>
    <name>Citation</name>
    <message>
        <source>Derived: %1</source>
        <translation>Abgeleitet: %1</translation>
    </message>
    <message>
        <source>Our translation: “%1”</source>
        <translation>Unsere Übersetzung: „%1“</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Quelle: %1</translation>
    </message>
    <message>
        <source>Passage: “%1”</source>
        <translation>Textstelle: „%1“</translation>
    </message>
    <message>
        <source>Note on this report: %1</source>
        <translation>Hinweis zu diesem Bericht: %1</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Colossus Explorer: the layout of xAI&apos;s Colossus supercomputer, every figure linked to the passage it came from.
Without a command it opens the window.</source>
        <translation>Colossus Explorer: der Aufbau des Supercomputers Colossus von xAI, jede Zahl mit der Textstelle, aus der sie stammt.
Ohne Befehl öffnet sich das Fenster.</translation>
    </message>
    <message>
        <source>Use the figures in FILE instead of the embedded catalogue.</source>
        <translation>Die Zahlen aus DATEI statt des eingebauten Katalogs verwenden.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>Validate FILE; print its problems and exit 1, or a summary and exit 0.</source>
        <translation>DATEI prüfen: Probleme ausgeben und mit 1 beenden, sonst eine Zusammenfassung ausgeben und mit 0 beenden.</translation>
    </message>
    <message>
        <source>Print every figure as an aligned table.</source>
        <translation>Alle Zahlen als ausgerichtete Tabelle ausgeben.</translation>
    </message>
    <message>
        <source>Print the consistency checks with their verdicts.</source>
        <translation>Die Konsistenzprüfungen mit ihrem Ergebnis ausgeben.</translation>
    </message>
    <message>
        <source>Print every exportable view path.</source>
        <translation>Alle exportierbaren Ansichtspfade ausgeben.</translation>
    </message>
    <message>
        <source>Open (or export) the view PATH, e.g. cluster, group/12/rack/3, chart/power.</source>
        <translation>Die Ansicht PFAD öffnen (oder exportieren), z. B. cluster, group/12/rack/3, chart/power.</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>PFAD</translation>
    </message>
    <message>
        <source>Scenario ID: built, upgrade, promise or planned.</source>
        <translation>Szenario-ID: built, upgrade, promise oder planned.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Theme: light, dark or high-contrast.</source>
        <translation>Farbschema: light, dark oder high-contrast.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Interface language for this run: en, ja, zh_CN, de or es (default: the language chosen in View &gt; Language, else the system&apos;s).</source>
        <translation>Sprache der Oberfläche für diesen Aufruf: en, ja, zh_CN, de oder es (Vorgabe: die unter Ansicht &gt; Sprache gewählte, sonst die des Systems).</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>Write the view to OUT (.png, .svg or .pdf) and exit.</source>
        <translation>Die Ansicht nach ZIEL (.png, .svg oder .pdf) schreiben und beenden.</translation>
    </message>
    <message>
        <source>OUT</source>
        <translation>ZIEL</translation>
    </message>
    <message>
        <source>Export size in pixels (default 1920x1080).</source>
        <translation>Exportgröße in Pixeln (Vorgabe 1920x1080).</translation>
    </message>
    <message>
        <source>WxH</source>
        <translation>BxH</translation>
    </message>
    <message>
        <source>Export scale factor for PNG pixels (default 1).</source>
        <translation>Skalierungsfaktor für die Pixel eines PNG-Exports (Vorgabe 1).</translation>
    </message>
    <message>
        <source>F</source>
        <translation>F</translation>
    </message>
    <message>
        <source>Export without a background.</source>
        <translation>Ohne Hintergrund exportieren.</translation>
    </message>
    <message>
        <source>Write the guided tour as PNG handouts and tour.md into DIR.</source>
        <translation>Die geführte Tour als PNG-Handouts und tour.md nach ORDNER schreiben.</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>ORDNER</translation>
    </message>
    <message>
        <source>Write every view of --list-views into DIR.</source>
        <translation>Alle Ansichten von --list-views nach ORDNER schreiben.</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>See colossus-explorer --help.</source>
        <translation>Siehe colossus-explorer --help.</translation>
    </message>
    <message>
        <source>--lang %1: use en, ja, zh_CN, de or es</source>
        <translation>--lang %1: bitte en, ja, zh_CN, de oder es angeben</translation>
    </message>
    <message>
        <source>unexpected argument: %1</source>
        <translation>unerwartetes Argument: %1</translation>
    </message>
    <message>
        <source>--%1 and --%2 are separate commands: give one at a time</source>
        <translation>--%1 und --%2 sind getrennte Befehle: bitte nur einen auf einmal angeben</translation>
    </message>
    <message>
        <source>--%1 goes with a command such as --export</source>
        <translation>--%1 gehört zu einem Befehl wie --export</translation>
    </message>
    <message>
        <source>--%1 does not go with --%2</source>
        <translation>--%1 passt nicht zu --%2</translation>
    </message>
    <message>
        <source>--theme %1: use light, dark or high-contrast</source>
        <translation>--theme %1: bitte light, dark oder high-contrast angeben</translation>
    </message>
    <message>
        <source>1 problem</source>
        <translation>1 Problem</translation>
    </message>
    <message>
        <source>%1 problems</source>
        <translation>%1 Probleme</translation>
    </message>
    <message>
        <source>OK, %1 figures (%2 reported, %3 derived), %4 facts, %5 source documents, %6 consistency checks (%7 disagree or have an unclear unit)</source>
        <translation>OK: %1 Zahlen (%2 berichtet, %3 abgeleitet), %4 Fakten, %5 Quelldokumente, %6 Konsistenzprüfungen (%7 mit Widerspruch oder unklarer Einheit)</translation>
    </message>
    <message>
        <source>VALUE</source>
        <translation>WERT</translation>
    </message>
    <message>
        <source>UNIT</source>
        <translation>EINHEIT</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>ART</translation>
    </message>
    <message>
        <source>TOPIC</source>
        <translation>THEMA</translation>
    </message>
    <message>
        <source>SOURCE</source>
        <translation>QUELLE</translation>
    </message>
    <message>
        <source>LABEL</source>
        <translation>BEZEICHNUNG</translation>
    </message>
    <message>
        <source>derived</source>
        <translation>abgeleitet</translation>
    </message>
    <message>
        <source>reported</source>
        <translation>berichtet</translation>
    </message>
    <message>
        <source>%1 figures</source>
        <translation>%1 Zahlen</translation>
    </message>
    <message>
        <source>figures: %1</source>
        <translation>Zahlen: %1</translation>
    </message>
    <message>
        <source>%1 consistency checks</source>
        <translation>%1 Konsistenzprüfungen</translation>
    </message>
    <message>
        <source>--size %1: expected WIDTHxHEIGHT in pixels, e.g. 1920x1080</source>
        <translation>--size %1: erwartet BREITExHÖHE in Pixeln, z. B. 1920x1080</translation>
    </message>
    <message>
        <source>--size %1: at most %2 pixels on a side</source>
        <translation>--size %1: höchstens %2 Pixel pro Seite</translation>
    </message>
    <message>
        <source>--scale %1: not a number</source>
        <translation>--scale %1: keine Zahl</translation>
    </message>
    <message>
        <source>wrote %1</source>
        <translation>%1 geschrieben</translation>
    </message>
    <message>
        <source>With --list-figures or --list-checks: print a JSON array instead.</source>
        <translation>Mit --list-figures oder --list-checks: stattdessen ein JSON-Array ausgeben.</translation>
    </message>
    <message>
        <source>arithmetic: %1</source>
        <translation>Rechnung: %1</translation>
    </message>
    <message>
        <source>facts: %1</source>
        <translation>Fakten: %1</translation>
    </message>
    <message>
        <source>Write the guided tour as one PDF handout FILE.pdf: a page per step with its caption and every cited passage.</source>
        <translation>GPU-Anzahl: Colossus im Vergleich mit anderen Systemen</translation>
    </message>
    <message>
        <source>With --export-all or --export-tour: png, svg or pdf (default png); with --cite: text, bibtex or csl-json (default text).</source>
        <translation>Mit --export-all oder --export-tour: png, svg oder pdf (Vorgabe png); mit --cite: text, bibtex oder csl-json (Vorgabe text).</translation>
    </message>
    <message>
        <source>Print a citation of the figure, fact or check ID: its report(s) by headline and outlet, the passage, our translation, the app version and the catalogue&apos;s SHA-256.</source>
        <translation>Ein Zitat der Zahl, des Fakts oder der Prüfung ID ausgeben: Bericht(e) mit Schlagzeile und Medium, die Textstelle, unsere Übersetzung, die App-Version und die SHA-256-Prüfsumme des Katalogs.</translation>
    </message>
    <message>
        <source>: the value is empty</source>
        <translation>: der Wert ist leer</translation>
    </message>
</context>
<context>
    <name>ConsistencyCheck</name>
    <message>
        <source>agrees</source>
        <translation>stimmt überein</translation>
    </message>
    <message>
        <source>disagrees</source>
        <translation>widerspricht sich</translation>
    </message>
    <message>
        <source>unclear unit</source>
        <translation>Einheit unklar</translation>
    </message>
    <message>
        <source>%1: %2 %3 %4: cannot be computed</source>
        <translation>%1: %2 %3 %4: nicht berechenbar</translation>
    </message>
    <message>
        <source> within %1%</source>
        <translation> auf %1 % genau</translation>
    </message>
    <message>
        <source> within %1</source>
        <translation> auf %1 genau</translation>
    </message>
    <message>
        <source>, holds</source>
        <translation>, trifft zu</translation>
    </message>
    <message>
        <source>, fails</source>
        <translation>, trifft nicht zu</translation>
    </message>
    <message>
        <source>%1: unknown date</source>
        <translation>%1: unbekanntes Datum</translation>
    </message>
    <message>
        <source>%1: %2 (%3) before %4 (%5)</source>
        <translation>%1: %2 (%3) vor %4 (%5)</translation>
    </message>
    <message>
        <source>, %1%2 apart ≈ %3 (%4%2)</source>
        <translation>, %1%2 Abstand ≈ %3 (%4%2)</translation>
    </message>
    <message>
        <source>: holds</source>
        <translation>: trifft zu</translation>
    </message>
    <message>
        <source>: fails</source>
        <translation>: trifft nicht zu</translation>
    </message>
    <message>
        <source>%1: the passage of %2 names %3</source>
        <translation>%1: die Textstelle von %2 nennt %3</translation>
    </message>
    <message>
        <source>none of %1</source>
        <translation>keines von %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keines</translation>
    </message>
    <message>
        <source>%1 between the passages of %2</source>
        <translation>%1 zwischen den Textstellen von %2</translation>
    </message>
    <message>
        <source>no named type</source>
        <translation>kein genannter Typ</translation>
    </message>
</context>
<context>
    <name>DerivedMark</name>
    <message>
        <source>derived: %1</source>
        <translation>abgeleitet: %1</translation>
    </message>
    <message>
        <source>%1 derived: computed from reported figures, stated by no report</source>
        <translation>%1 abgeleitet: aus berichteten Zahlen berechnet, von keinem Bericht genannt</translation>
    </message>
    <message>
        <source>%1 &lt;i&gt;Derived&lt;/i&gt;: %2 = %3</source>
        <translation>%1 &lt;i&gt;Abgeleitet&lt;/i&gt;: %2 = %3</translation>
    </message>
</context>
<context>
    <name>Diagram</name>
    <message>
        <source>liquid cooling</source>
        <translation>Flüssigkühlung</translation>
    </message>
    <message>
        <source>Liquid cooling for every GPU</source>
        <translation>Flüssigkühlung für jede GPU</translation>
    </message>
    <message>
        <source>GPU %1</source>
        <translation>GPU %1</translation>
    </message>
    <message>
        <source>HGX H100 board</source>
        <translation>HGX-H100-Board</translation>
    </message>
    <message>
        <source>NVIDIA HGX H100</source>
        <translation>NVIDIA HGX H100</translation>
    </message>
    <message>
        <source>GPU type in this scenario</source>
        <translation>GPU-Typ in diesem Szenario</translation>
    </message>
    <message>
        <source>%1 GbE NIC, this GPU&apos;s own</source>
        <translation>%1-GbE-NIC, nur für diese GPU</translation>
    </message>
    <message>
        <source>%1 GbE NIC</source>
        <translation>%1-GbE-NIC</translation>
    </message>
    <message>
        <source>NIC as built (not reported)</source>
        <translation>NIC wie gebaut (nicht berichtet)</translation>
    </message>
    <message>
        <source>NIC as built</source>
        <translation>NIC wie gebaut</translation>
    </message>
    <message>
        <source>A dedicated NIC per GPU</source>
        <translation>Eine eigene NIC pro GPU</translation>
    </message>
    <message>
        <source>Group %1</source>
        <translation>Gruppe %1</translation>
    </message>
    <message>
        <source>%1 · partial: %2 of %3 racks, %4 GPUs</source>
        <translation>%1 · unvollständig: %2 von %3 Racks, %4 GPUs</translation>
    </message>
    <message>
        <source>%1 · partial, %2 GPUs</source>
        <translation>%1 · unvollständig, %2 GPUs</translation>
    </message>
    <message>
        <source>%1 · %2 racks · %3 GPUs</source>
        <translation>%1 · %2 Racks · %3 GPUs</translation>
    </message>
    <message>
        <source>%1 · %2 GPUs</source>
        <translation>%1 · %2 GPUs</translation>
    </message>
    <message>
        <source>no rack: the %1 GPUs end before it</source>
        <translation>kein Rack: die %1 GPUs enden davor</translation>
    </message>
    <message>
        <source>no rack</source>
        <translation>kein Rack</translation>
    </message>
    <message>
        <source>GPUs per group</source>
        <translation>GPUs pro Gruppe</translation>
    </message>
    <message>
        <source>%1U manifold</source>
        <translation>%1U-Verteiler</translation>
    </message>
    <message>
        <source>%1U cooling manifold between servers</source>
        <translation>%1U-Kühlverteiler zwischen den Servern</translation>
    </message>
    <message>
        <source>Cooling manifold between servers</source>
        <translation>Kühlverteiler zwischen den Servern</translation>
    </message>
    <message>
        <source>empty: the %1 GPUs end above</source>
        <translation>leer: die %1 GPUs enden darüber</translation>
    </message>
    <message>
        <source>empty slot</source>
        <translation>leerer Platz</translation>
    </message>
    <message>
        <source>Rack %1</source>
        <translation>Rack %1</translation>
    </message>
    <message>
        <source>%1 · part full: %2 of %3 servers</source>
        <translation>%1 · teilweise belegt: %2 von %3 Servern</translation>
    </message>
    <message>
        <source>%1 · part full, %2 GPUs</source>
        <translation>%1 · teilweise belegt, %2 GPUs</translation>
    </message>
    <message>
        <source>%1 · front · %2 GPUs</source>
        <translation>%1 · Vorderseite · %2 GPUs</translation>
    </message>
    <message>
        <source>GPUs per rack</source>
        <translation>GPUs pro Rack</translation>
    </message>
    <message>
        <source>%1U unit: redundant pumps, rack monitoring</source>
        <translation>%1U-Einheit: redundante Pumpen, Rack-Überwachung</translation>
    </message>
    <message>
        <source>%1U pumps + monitoring</source>
        <translation>%1U Pumpen + Überwachung</translation>
    </message>
    <message>
        <source>%1U pumps</source>
        <translation>%1U Pumpen</translation>
    </message>
    <message>
        <source>Pump unit with redundant pumps and rack monitoring</source>
        <translation>Pumpeneinheit mit redundanten Pumpen und Rack-Überwachung</translation>
    </message>
    <message>
        <source>Server %1</source>
        <translation>Server %1</translation>
    </message>
    <message>
        <source>%1U liquid-cooled HGX H100</source>
        <translation>%1U flüssiggekühlter HGX H100</translation>
    </message>
    <message>
        <source>%1U liquid-cooled server, layout as built</source>
        <translation>%1U flüssiggekühlter Server, Aufbau wie gebaut</translation>
    </message>
    <message>
        <source>%1 Tb/s Ethernet</source>
        <translation>%1 Tb/s Ethernet</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 GPUs</source>
        <translation>%1 · %2 · %3 GPUs</translation>
    </message>
    <message>
        <source>%1 · %2U HGX %3</source>
        <translation>%1 · %2U HGX %3</translation>
    </message>
    <message>
        <source>%1 · %2U HGX</source>
        <translation>%1 · %2U HGX</translation>
    </message>
    <message>
        <source> per server</source>
        <translation> pro Server</translation>
    </message>
    <message>
        <source>Ethernet bandwidth per server</source>
        <translation>Ethernet-Bandbreite pro Server</translation>
    </message>
    <message>
        <source>+1 NIC, %1 Gb</source>
        <translation>+1 NIC, %1 Gb</translation>
    </message>
    <message>
        <source>+%1 Gb</source>
        <translation>+%1 Gb</translation>
    </message>
    <message>
        <source>The server&apos;s extra NIC</source>
        <translation>Die zusätzliche NIC des Servers</translation>
    </message>
    <message>
        <source>The built servers&apos; extra NIC (not reported for these)</source>
        <translation>Die zusätzliche NIC der gebauten Server (für diese nicht berichtet)</translation>
    </message>
    <message>
        <source>PSU %1 (redundant)</source>
        <translation>Netzteil %1 (redundant)</translation>
    </message>
    <message>
        <source>PSU %1</source>
        <translation>Netzteil %1</translation>
    </message>
    <message>
        <source>Redundant power supplies per server</source>
        <translation>Redundante Netzteile pro Server</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keins</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>leer</translation>
    </message>
    <message>
        <source>4U liquid-cooled server (Supermicro&apos;s in the tour report; Dell was to assemble half the racks, Musk said)</source>
        <translation>4U flüssiggekühlter Server (im Rundgangsbericht von Supermicro; laut Musk sollte Dell die Hälfte der Racks montieren)</translation>
    </message>
    <message>
        <source>cooling</source>
        <translation>Kühlung</translation>
    </message>
    <message>
        <source>Rack %1 · rear</source>
        <translation>Rack %1 · Rückseite</translation>
    </message>
    <message>
        <source>Ethernet switches (not InfiniBand)</source>
        <translation>Ethernet-Switches (nicht InfiniBand)</translation>
    </message>
    <message>
        <source>Ethernet switches</source>
        <translation>Ethernet-Switches</translation>
    </message>
    <message>
        <source>switches</source>
        <translation>Switches</translation>
    </message>
    <message>
        <source>rack-sized manifold (coolant)</source>
        <translation>Verteiler über die ganze Rackhöhe (Kühlmittel)</translation>
    </message>
    <message>
        <source>manifold</source>
        <translation>Verteiler</translation>
    </message>
    <message>
        <source>Rack-sized cooling manifold</source>
        <translation>Kühlverteiler über die ganze Rackhöhe</translation>
    </message>
    <message>
        <source>three-phase power supplies</source>
        <translation>Drehstrom-Netzteile</translation>
    </message>
    <message>
        <source>3-phase power</source>
        <translation>Drehstrom</translation>
    </message>
    <message>
        <source>Three-phase power supplies</source>
        <translation>Drehstrom-Netzteile</translation>
    </message>
    <message>
        <source>Server %1, rear: %2 redundant PSUs, %3 + 1 NICs</source>
        <translation>Server %1, Rückseite: %2 redundante Netzteile, %3 + 1 NICs</translation>
    </message>
    <message>
        <source>Server %1 rear</source>
        <translation>Server %1, Rückseite</translation>
    </message>
    <message>
        <source>Four redundant power supplies per server</source>
        <translation>Vier redundante Netzteile pro Server</translation>
    </message>
    <message>
        <source>pump unit (rear)</source>
        <translation>Pumpeneinheit (Rückseite)</translation>
    </message>
    <message>
        <source>pumps</source>
        <translation>Pumpen</translation>
    </message>
    <message>
        <source>NIC</source>
        <comment>network card, shortest form when space is tight</comment>
        <translation>NIC</translation>
    </message>
</context>
<context>
    <name>DiagramModel</name>
    <message>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <source>one GPU (%1) · its own %2 GbE NIC (reported)</source>
        <translation>eine GPU (%1) · eigene %2-GbE-NIC (berichtet)</translation>
    </message>
    <message>
        <source>one GPU (%1) · network card not reported for these GPUs (drawn as built)</source>
        <translation>eine GPU (%1) · Netzwerkkarte für diese GPUs nicht berichtet (wie gebaut gezeichnet)</translation>
    </message>
    <message>
        <source>%1 GPUs</source>
        <translation>%1 GPUs</translation>
    </message>
    <message>
        <source> · %1 Tb/s Ethernet (reported per server)</source>
        <translation> · %1 Tb/s Ethernet (pro Server berichtet)</translation>
    </message>
    <message>
        <source>%1 GPUs · %2 servers</source>
        <translation>%1 GPUs · %2 Server</translation>
    </message>
    <message>
        <source>%1 GPUs in %2 of %3 servers (partial: the total ends here)</source>
        <translation>%1 GPUs in %2 von %3 Servern (teilweise: die Gesamtzahl endet hier)</translation>
    </message>
    <message>
        <source>%1 GPUs · %2 racks of %3 servers</source>
        <translation>%1 GPUs · %2 Racks mit je %3 Servern</translation>
    </message>
    <message>
        <source>%1 GPUs in %2 of %3 racks (partial: the total ends here)</source>
        <translation>%1 GPUs in %2 von %3 Racks (teilweise: die Gesamtzahl endet hier)</translation>
    </message>
    <message>
        <source>%1 GPUs · %2 · %3 · %4</source>
        <translation>%1 GPUs · %2 · %3 · %4</translation>
    </message>
    <message>
        <source>No report counts the servers, racks and groups of the whole; they are divided out of:</source>
        <translation>Kein Bericht zählt die Server, Racks und Gruppen des Ganzen; sie sind herausgerechnet aus:</translation>
    </message>
</context>
<context>
    <name>DiagramPicture</name>
    <message>
        <source>Rear of the rack: three-phase power supplies, Ethernet switches and the rack-sized manifold (positions schematic). </source>
        <translation>Rückseite des Racks: Drehstrom-Netzteile, Ethernet-Switches und der rackhohe Verteiler (Lage schematisch). </translation>
    </message>
    <message>
        <source>Front elevation with U positions. </source>
        <translation>Vorderansicht mit U-Positionen. </translation>
    </message>
</context>
<context>
    <name>FigureFormat</name>
    <message>
        <source>%1 report</source>
        <translation>Bericht auf %1</translation>
    </message>
    <message>
        <source>several</source>
        <translation>einige</translation>
    </message>
    <message>
        <source>several thousand</source>
        <translation>einige Tausend</translation>
    </message>
    <message>
        <source>several hundred thousand</source>
        <translation>einige Hunderttausend</translation>
    </message>
    <message>
        <source>several million</source>
        <translation>einige Millionen</translation>
    </message>
    <message>
        <source>several billion</source>
        <translation>einige Milliarden</translation>
    </message>
    <message>
        <source>several trillion</source>
        <translation>einige Billionen</translation>
    </message>
    <message>
        <source>tens of thousands</source>
        <translation>Zehntausende</translation>
    </message>
    <message>
        <source>tens of hundred thousands</source>
        <translation>mehrere Millionen</translation>
    </message>
    <message>
        <source>tens of millions</source>
        <translation>zig Millionen</translation>
    </message>
    <message>
        <source>tens of billions</source>
        <translation>zig Milliarden</translation>
    </message>
    <message>
        <source>tens of trillions</source>
        <translation>zig Billionen</translation>
    </message>
    <message>
        <source>tens of</source>
        <translation>zig</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>bis %1</translation>
    </message>
    <message>
        <source>before %1</source>
        <translation>vor %1</translation>
    </message>
    <message>
        <source>estimated</source>
        <translation>geschätzt</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>geplant</translation>
    </message>
    <message>
        <source>claimed by %1</source>
        <translation>laut %1</translation>
    </message>
    <message>
        <source>est.</source>
        <translation>geschätzt</translation>
    </message>
    <message>
        <source>plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>claim</source>
        <translation>Aussage</translation>
    </message>
    <message>
        <source>derived</source>
        <translation>abgeleitet</translation>
    </message>
    <message>
        <source>dated %1</source>
        <translation>datiert %1</translation>
    </message>
    <message>
        <source>dated %1 (%2)</source>
        <translation>datiert %1 (%2)</translation>
    </message>
    <message>
        <source>written %1</source>
        <translation>verfasst %1</translation>
    </message>
    <message>
        <source>file %1</source>
        <translation>Datei %1</translation>
    </message>
    <message>
        <source>Source: %1 (%2)</source>
        <translation>Quelle: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>FramedPicture</name>
    <message>
        <source>Schematic: no reported figure is drawn.</source>
        <translation>Schematisch: keine berichtete Zahl gezeichnet.</translation>
    </message>
    <message>
        <source>Sources: %1 — reports shipped with Colossus Explorer; every figure links to its verbatim passage.</source>
        <translation>Quellen: %1 — mit Colossus Explorer ausgelieferte Berichte; jede Zahl verweist auf ihre wörtliche Textstelle.</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>English</source>
        <translation>Englisch</translation>
    </message>
    <message>
        <source>Japanese</source>
        <translation>Japanisch</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>Chinesisch</translation>
    </message>
    <message>
        <source>German</source>
        <translation>Deutsch</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Spanisch</translation>
    </message>
</context>
<context>
    <name>LegendPainter</name>
    <message>
        <source>or %1 %2%3</source>
        <translation>oder %1 %2%3</translation>
    </message>
    <message>
        <source>one block = a group of %1 racks × %2 GPUs = %3 GPUs</source>
        <translation>ein Block = eine Gruppe aus %1 Racks × %2 GPUs = %3 GPUs</translation>
    </message>
    <message>
        <source>GPUs per group of racks</source>
        <translation>GPUs pro Rackgruppe</translation>
    </message>
    <message>
        <source>Parts as reported; their placement in the server is schematic</source>
        <translation>Bauteile wie berichtet; ihre Anordnung im Server ist schematisch</translation>
    </message>
    <message>
        <source>Rack units as reported; drawing schematic</source>
        <translation>Höheneinheiten wie berichtet; Zeichnung schematisch</translation>
    </message>
    <message>
        <source> · last group partial (%1 of %2 racks)</source>
        <translation> · letzte Gruppe unvollständig (%1 von %2 Racks)</translation>
    </message>
    <message>
        <source>Placement schematic</source>
        <translation>Anordnung schematisch</translation>
    </message>
    <message>
        <source>Drawing schematic</source>
        <translation>Zeichnung schematisch</translation>
    </message>
    <message>
        <source>%1 groups, %2 racks</source>
        <translation>%1 Gruppen, %2 Racks</translation>
    </message>
    <message>
        <source>= %1 racks × %2 GPUs = %3</source>
        <translation>= %1 Racks × %2 GPUs = %3</translation>
    </message>
    <message>
        <source>= both readings drawn</source>
        <translation>= beide Lesarten gezeichnet</translation>
    </message>
    <message>
        <source>Groups in rows: schematic, no floor plan reported · %1 groups, %2 racks drawn%3</source>
        <translation>Gruppen in Reihen: schematisch, kein Grundriss berichtet · %1 Gruppen, %2 Racks gezeichnet%3</translation>
    </message>
    <message>
        <source>Schematic rows · %1 groups, %2 racks%3</source>
        <translation>Schematische Reihen · %1 Gruppen, %2 Racks%3</translation>
    </message>
</context>
<context>
    <name>PartsPanel</name>
    <message>
        <source>The report names the parts on the rear but not where they sit: their positions here are schematic.</source>
        <translation>Der Bericht nennt die Teile auf der Rückseite, aber nicht, wo sie sitzen: Ihre Lage hier ist schematisch.</translation>
    </message>
    <message>
        <source>As built: </source>
        <translation>Wie gebaut: </translation>
    </message>
    <message>
        <source>%1 Tb/s Ethernet per server, as reported (%2 × %3 + %4 = %5 Gb/s)</source>
        <translation>%1 Tb/s Ethernet pro Server, wie berichtet (%2 × %3 + %4 = %5 Gb/s)</translation>
    </message>
    <message>
        <source>Height: %1 × %2U servers + %3 × %4U manifolds + %5U pump unit = %6U, from the reported unit heights. Drawing schematic.</source>
        <translation>Höhe: %1 × %2U Server + %3 × %4U Verteiler + %5U Pumpeneinheit = %6U, aus den berichteten Höhen. Zeichnung schematisch.</translation>
    </message>
    <message>
        <source>The reports list these parts; where they sit inside the server is schematic.</source>
        <translation>Die Berichte nennen diese Teile; wo sie im Server sitzen, ist schematisch.</translation>
    </message>
    <message>
        <source>What the reports say is here</source>
        <translation>Was laut den Berichten hier ist</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>What the reports say</source>
        <translation>Was die Berichte sagen</translation>
    </message>
    <message>
        <source>Our translation: “%1”</source>
        <translation>Unsere Übersetzung: „%1“</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Berichte</translation>
    </message>
    <message>
        <source>%1 · step %2 of %3</source>
        <translation>%1 · Schritt %2 von %3</translation>
    </message>
</context>
<context>
    <name>Scenario</name>
    <message>
        <source>type not reported</source>
        <translation>Typ nicht berichtet</translation>
    </message>
    <message>
        <source>Colossus (built, %1 H100)</source>
        <translation>Colossus (gebaut, %1 H100)</translation>
    </message>
    <message>
        <source>Colossus (planned, %1 GPUs)</source>
        <translation>Colossus (geplant, %1 GPUs)</translation>
    </message>
    <message>
        <source>Colossus (upgrade, %1: %2 + %3 H100 + %4 H200)</source>
        <translation>Colossus (Ausbau, %1: %2 + %3 H100 + %4 H200)</translation>
    </message>
    <message>
        <source>more than %1</source>
        <translation>mehr als %1</translation>
    </message>
    <message>
        <source>about %1</source>
        <translation>etwa %1</translation>
    </message>
    <message>
        <source>almost %1</source>
        <translation>fast %1</translation>
    </message>
    <message>
        <source>at least %1</source>
        <translation>mindestens %1</translation>
    </message>
    <message>
        <source>up to %1</source>
        <translation>bis zu %1</translation>
    </message>
    <message>
        <source>Built as of %1. Racks: %2 GPUs ÷ %3 per rack = %4 → %5 racks, the last one part full; the reports say &quot;%6 racks&quot;. Groups: %2 ÷ %7 per group = %8 → %9 groups, the last one partial; the reports say &quot;%10 groups&quot;. See the consistency check %11.</source>
        <translation>Gebaut, Stand %1. Racks: %2 GPUs ÷ %3 pro Rack = %4 → %5 Racks, das letzte teilweise belegt; die Berichte nennen „%6 Racks“. Gruppen: %2 ÷ %7 pro Gruppe = %8 → %9 Gruppen, die letzte unvollständig; die Berichte nennen „%10 Gruppen“. Siehe die Konsistenzprüfung %11.</translation>
    </message>
    <message>
        <source>The reports disagree on the type: %1 B200 in Musk&apos;s post (report %2), %3 H200 in the tour report (report %4). Both readings are shown: each GPU is drawn in both colours.</source>
        <translation>Die Berichte widersprechen sich beim Typ: %1 B200 in Musks Post (Bericht %2), %3 H200 im Rundgangsbericht (Bericht %4). Beide Lesarten werden gezeigt: Jede GPU ist in beiden Farben gezeichnet.</translation>
    </message>
    <message>
        <source>The plan reported by the FT: %1 GPUs, type not reported; drawn with the built cluster&apos;s rack and group sizes.</source>
        <translation>Der von der FT berichtete Plan: %1 GPUs, Typ nicht berichtet; gezeichnet mit den Rack- und Gruppengrößen des gebauten Clusters.</translation>
    </message>
    <message>
        <source>Built: %1 H100</source>
        <translation>Gebaut: %1 H100</translation>
    </message>
    <message>
        <source>Upgrade: %1 GPUs</source>
        <translation>Ausbau: %1 GPUs</translation>
    </message>
    <message>
        <source>Promise: %1 B200/H200</source>
        <translation>Musk: %1 B200/H200</translation>
    </message>
    <message>
        <source>Planned: %1 GPUs</source>
        <translation>Geplant: %1 GPUs</translation>
    </message>
    <message>
        <source>The built %1 H100 plus another %2 H100 and %3 H200 announced for the upgrade: %4 GPUs in all.</source>
        <translation>Die gebauten %1 H100 plus weitere %2 H100 und %3 H200, die für den Ausbau angekündigt sind: insgesamt %4 GPUs.</translation>
    </message>
    <message>
        <source>Colossus (promise, %1 B200 or %2 H200)</source>
        <translation>Colossus (Ankündigung, %1 B200 oder %2 H200)</translation>
    </message>
</context>
<context>
    <name>Theme</name>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Hoher Kontrast</translation>
    </message>
</context>
<context>
    <name>TourExport</name>
    <message>
        <source>no output directory given</source>
        <translation>kein Ausgabeordner angegeben</translation>
    </message>
    <message>
        <source>%1: cannot create the directory</source>
        <translation>%1: Ordner kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>%1: not a directory</source>
        <translation>%1: kein Ordner</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>wrote %1 of %2 %3 before the failure; no partial file was left behind</source>
        <translation>vor dem Fehler %1 von %2 %3 geschrieben; keine unvollständige Datei zurückgelassen</translation>
    </message>
    <message>
        <source>Wrote %1 %2 to %3</source>
        <translation>%1 %2 nach %3 geschrieben</translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot; (expected png, svg or pdf)</source>
        <translation>unbekanntes Format „%1“ (erwartet png, svg oder pdf)</translation>
    </message>
    <message>
        <source>step pictures and %1</source>
        <translation>Schrittbilder und %1</translation>
    </message>
    <message>
        <source>views</source>
        <translation>Ansichten</translation>
    </message>
</context>
<context>
    <name>TourStepPicture</name>
    <message>
        <source> (our translation: “%1”)</source>
        <translation> (unsere Übersetzung: „%1“)</translation>
    </message>
    <message>
        <source>our translation: “%1”</source>
        <translation>unsere Übersetzung: „%1“</translation>
    </message>
</context>
<context>
    <name>Unit</name>
    <message>
        <source>GPUs</source>
        <translation>GPUs</translation>
    </message>
    <message>
        <source>GPU</source>
        <translation>GPU</translation>
    </message>
    <message>
        <source>chips</source>
        <translation>Chips</translation>
    </message>
    <message>
        <source>chip</source>
        <translation>Chip</translation>
    </message>
    <message>
        <source>servers</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>racks</source>
        <translation>Racks</translation>
    </message>
    <message>
        <source>rack</source>
        <translation>Rack</translation>
    </message>
    <message>
        <source>groups</source>
        <translation>Gruppen</translation>
    </message>
    <message>
        <source>group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>power supplies</source>
        <translation>Netzteile</translation>
    </message>
    <message>
        <source>power supply</source>
        <translation>Netzteil</translation>
    </message>
    <message>
        <source>generators</source>
        <translation>Generatoren</translation>
    </message>
    <message>
        <source>generator</source>
        <translation>Generator</translation>
    </message>
    <message>
        <source>homes</source>
        <translation>Haushalte</translation>
    </message>
    <message>
        <source>home</source>
        <translation>Haushalt</translation>
    </message>
    <message>
        <source>cities</source>
        <translation>Städte</translation>
    </message>
    <message>
        <source>city</source>
        <translation>Stadt</translation>
    </message>
    <message>
        <source>days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <source>day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>weeks</source>
        <translation>Wochen</translation>
    </message>
    <message>
        <source>week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <source>months</source>
        <translation>Monate</translation>
    </message>
    <message>
        <source>month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>years</source>
        <translation>Jahre</translation>
    </message>
    <message>
        <source>year</source>
        <translation>Jahr</translation>
    </message>
    <message>
        <source>US gal/day</source>
        <translation>US-Gallonen/Tag</translation>
    </message>
    <message>
        <source>TWh/year</source>
        <translation>TWh/Jahr</translation>
    </message>
</context>
<context>
    <name>ViewPath</name>
    <message>
        <source>Group %1</source>
        <translation>Gruppe %1</translation>
    </message>
    <message>
        <source>Rack %1</source>
        <translation>Rack %1</translation>
    </message>
    <message>
        <source> (rear)</source>
        <translation> (Rückseite)</translation>
    </message>
    <message>
        <source>Server %1</source>
        <translation>Server %1</translation>
    </message>
    <message>
        <source>GPU %1</source>
        <translation>GPU %1</translation>
    </message>
    <message>
        <source>Colossus</source>
        <translation>Colossus</translation>
    </message>
</context>
<context>
    <name>colossus::BreadcrumbBar</name>
    <message>
        <source>Where you are in Colossus</source>
        <translation>Wo Sie sich in Colossus befinden</translation>
    </message>
    <message>
        <source>You are here</source>
        <translation>Sie sind hier</translation>
    </message>
    <message>
        <source>Go to %1</source>
        <translation>Zu %1 wechseln</translation>
    </message>
</context>
<context>
    <name>colossus::ChartScene</name>
    <message>
        <source>  ⚠ sources disagree</source>
        <translation>  ⚠ Quellen widersprechen sich</translation>
    </message>
    <message>
        <source>⚠ sources disagree</source>
        <translation>⚠ Quellen widersprechen sich</translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation>Quellen:</translation>
    </message>
    <message>
        <source>⚠ and a dashed outline: the reports disagree about this figure (see the consistency checks).</source>
        <translation>⚠ und gestrichelter Umriss: Die Berichte widersprechen sich bei dieser Zahl (siehe die Konsistenzprüfungen).</translation>
    </message>
</context>
<context>
    <name>colossus::ChartView</name>
    <message>
        <source>Chart</source>
        <translation>Diagramm</translation>
    </message>
    <message>
        <source>Arrow keys move between the marks; Return opens the passage a mark comes from</source>
        <translation>Pfeiltasten wechseln zwischen den Markierungen; Eingabe öffnet die Textstelle, aus der eine Markierung stammt</translation>
    </message>
</context>
<context>
    <name>colossus::ChartsPanel</name>
    <message>
        <source>Chart</source>
        <translation>Diagramm</translation>
    </message>
    <message>
        <source>&amp;Chart:</source>
        <translation>&amp;Diagramm:</translation>
    </message>
    <message>
        <source>&lt;b&gt;⚠ The reports disagree&lt;/b&gt; about this figure.&lt;br&gt;Click to see the consistency check.</source>
        <translation>&lt;b&gt;⚠ Die Berichte widersprechen sich&lt;/b&gt; bei dieser Zahl.&lt;br&gt;Klicken, um die Konsistenzprüfung zu sehen.</translation>
    </message>
    <message>
        <source>This chart cannot be drawn from the data file: %1</source>
        <translation>Dieses Diagramm lässt sich aus der Datendatei nicht zeichnen: %1</translation>
    </message>
    <message>
        <source>Warning: the reports disagree about this figure. Opens the consistency check %1.</source>
        <translation>Achtung: Die Berichte widersprechen sich bei dieser Zahl. Öffnet die Konsistenzprüfung %1.</translation>
    </message>
    <message>
        <source>%1. Source: %2.</source>
        <translation>%1. Quelle: %2.</translation>
    </message>
    <message>
        <source> (the report says “%1”)</source>
        <translation> (der Bericht sagt „%1“)</translation>
    </message>
    <message>
        <source>. Source: %1</source>
        <translation>. Quelle: %1</translation>
    </message>
    <message>
        <source>Open passage</source>
        <translation>Textstelle öffnen</translation>
    </message>
    <message>
        <source>Copy citation</source>
        <translation>Zitat kopieren</translation>
    </message>
    <message>
        <source>Source: %1 (%2)</source>
        <translation>Quelle: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>colossus::DiagramCanvas</name>
    <message>
        <source>Colossus hierarchy diagram</source>
        <translation>Hierarchiediagramm von Colossus</translation>
    </message>
    <message>
        <source>%1
Click to see the passage in the sources</source>
        <translation>%1
Klicken, um die Textstelle in den Quellen zu sehen</translation>
    </message>
    <message>
        <source> · in view: %1</source>
        <translation> · im Bild: %1</translation>
    </message>
    <message>
        <source> · selected: %1</source>
        <translation> · ausgewählt: %1</translation>
    </message>
    <message>
        <source>Colossus, %1</source>
        <translation>Colossus, %1</translation>
    </message>
    <message>
        <source>Group %1 of %2</source>
        <translation>Gruppe %1 von %2</translation>
    </message>
    <message>
        <source>Rack %1 of group %2%3</source>
        <translation>Rack %1 der Gruppe %2%3</translation>
    </message>
    <message>
        <source>, rear view</source>
        <translation>, Rückansicht</translation>
    </message>
    <message>
        <source>Server %1 of rack %2 in group %3</source>
        <translation>Server %1 in Rack %2 der Gruppe %3</translation>
    </message>
    <message>
        <source>GPU %1 of server %2 in rack %3 of group %4</source>
        <translation>GPU %1 in Server %2, Rack %3 der Gruppe %4</translation>
    </message>
    <message>
        <source>; 1 linked fact</source>
        <translation>; 1 verknüpfte Angabe</translation>
    </message>
    <message>
        <source>; %1 linked facts</source>
        <translation>; %1 verknüpfte Angaben</translation>
    </message>
</context>
<context>
    <name>colossus::DiagramView</name>
    <message>
        <source>&amp;Scenario:</source>
        <translation>&amp;Szenario:</translation>
    </message>
    <message>
        <source>Rear view</source>
        <translation>Rückansicht</translation>
    </message>
    <message>
        <source>Show the rack from behind (R)</source>
        <translation>Das Rack von hinten zeigen (R)</translation>
    </message>
    <message>
        <source>Copy path</source>
        <translation>Pfad kopieren</translation>
    </message>
    <message>
        <source>Copy the view path, for --view on the command line</source>
        <translation>Den Ansichtspfad für --view auf der Kommandozeile kopieren</translation>
    </message>
    <message>
        <source>Copy view path</source>
        <translation>Ansichtspfad kopieren</translation>
    </message>
    <message>
        <source>Front / rear of the rack (R)</source>
        <translation>Vorder-/Rückseite des Racks (R)</translation>
    </message>
    <message>
        <source>Up one level (Backspace)</source>
        <translation>Eine Ebene höher (Rücktaste)</translation>
    </message>
    <message>
        <source>Whole cluster (0)</source>
        <translation>Ganzer Cluster (0)</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Szenario</translation>
    </message>
    <message>
        <source>Rear view of the rack</source>
        <translation>Rückansicht des Racks</translation>
    </message>
    <message>
        <source>Copy the view path</source>
        <translation>Ansichtspfad kopieren</translation>
    </message>
    <message>
        <source>How the scenario&apos;s counts were chosen</source>
        <translation>Wie die Anzahlen des Szenarios gewählt wurden</translation>
    </message>
    <message>
        <source>Diagram status</source>
        <translation>Status der Darstellung</translation>
    </message>
    <message>
        <source>Open passage: %1</source>
        <translation>Textstelle öffnen: %1</translation>
    </message>
    <message>
        <source>Copy citation</source>
        <translation>Zitat kopieren</translation>
    </message>
</context>
<context>
    <name>colossus::ExportDialog</name>
    <message>
        <source>Export view</source>
        <translation>Ansicht exportieren</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>PNG-Bild</translation>
    </message>
    <message>
        <source>SVG drawing</source>
        <translation>SVG-Zeichnung</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>PDF-Dokument</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Benutzerdefiniert</translation>
    </message>
    <message>
        <source>px</source>
        <translation>px</translation>
    </message>
    <message>
        <source>PNG pixels per layout pixel: 2 gives a sharper image with the same layout</source>
        <translation>PNG-Pixel je Layout-Pixel: 2 ergibt ein schärferes Bild mit demselben Layout</translation>
    </message>
    <message>
        <source>Transparent background</source>
        <translation>Transparenter Hintergrund</translation>
    </message>
    <message>
        <source>%1 × %2 pixels</source>
        <translation>%1 × %2 Pixel</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>Browse for the file</source>
        <translation>Datei auswählen</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>Breite</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>Höhe</translation>
    </message>
    <message>
        <source>Size preset</source>
        <translation>Größenvorgabe</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>F&amp;ormat:</translation>
    </message>
    <message>
        <source>Si&amp;ze:</source>
        <translation>&amp;Größe:</translation>
    </message>
    <message>
        <source>Sc&amp;ale:</source>
        <translation>Sk&amp;alierung:</translation>
    </message>
    <message>
        <source>Please give a file name.</source>
        <translation>Bitte einen Dateinamen angeben.</translation>
    </message>
    <message>
        <source>“%1” already exists in %2.

Replace it?</source>
        <translation>„%1“ gibt es in %2 schon.

Ersetzen?</translation>
    </message>
    <message>
        <source>The folder %1 could not be created.</source>
        <translation>Der Ordner %1 konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <source>The view was not exported.

</source>
        <translation>Die Ansicht wurde nicht exportiert.

</translation>
    </message>
</context>
<context>
    <name>colossus::FigureTableModel</name>
    <message>
        <source>The reports disagree: %1</source>
        <translation>Die Berichte widersprechen sich: %1</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Zahl</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source>Hierarchy</source>
        <translation>Aufbau</translation>
    </message>
    <message>
        <source>Compute</source>
        <translation>Rechenleistung</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <source>Power</source>
        <translation>Strom</translation>
    </message>
    <message>
        <source>Money</source>
        <translation>Geld</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <source>Other systems</source>
        <translation>Andere Systeme</translation>
    </message>
</context>
<context>
    <name>colossus::MainWindow</name>
    <message>
        <source>Charts</source>
        <translation>Diagramme</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Export view…</source>
        <translation>Ansicht &amp;exportieren…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Farbschema</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Colossus Explorer</source>
        <translation>Ü&amp;ber Colossus Explorer</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Sprache des Systems</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Colossus Explorer shows the new language when it starts again. Restart now?</source>
        <translation>Colossus Explorer zeigt die neue Sprache nach einem Neustart. Jetzt neu starten?</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>%1 geschrieben</translation>
    </message>
    <message>
        <source>Copied a 1920 × 1080 image of “%1”</source>
        <translation>Ein Bild von „%1“ in 1920 × 1080 kopiert</translation>
    </message>
    <message>
        <source>About Colossus Explorer</source>
        <translation>Über Colossus Explorer</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Colossus Explorer %1&lt;/h3&gt;&lt;p&gt;The layout of xAI&apos;s Colossus supercomputer in Memphis, made visible and checkable. Every figure comes from one of these reports, shipped unchanged with the app, and links to its verbatim passage:&lt;/p&gt;&lt;ul&gt;%2&lt;/ul&gt;&lt;p&gt;What the reports do not state is derived (formula shown) or drawn and labelled as schematic.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Colossus Explorer %1&lt;/h3&gt;&lt;p&gt;Der Aufbau des Supercomputers Colossus von xAI in Memphis, sichtbar und überprüfbar gemacht. Jede Zahl stammt aus einem dieser Berichte, die unverändert mit der App ausgeliefert werden, und verweist auf die wörtliche Textstelle:&lt;/p&gt;&lt;ul&gt;%2&lt;/ul&gt;&lt;p&gt;Was die Berichte nicht angeben, ist abgeleitet (mit Formel) oder gezeichnet und als schematisch gekennzeichnet.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <source>Back to the previous view (Alt+Left)</source>
        <translation>Zurück zur vorigen Ansicht (Alt+Links)</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>&amp;Vor</translation>
    </message>
    <message>
        <source>Forward to the next view (Alt+Right)</source>
        <translation>Vor zur nächsten Ansicht (Alt+Rechts)</translation>
    </message>
    <message>
        <source>Copy &amp;image</source>
        <translation>&amp;Bild kopieren</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Find figures…</source>
        <translation>Zahlen &amp;suchen…</translation>
    </message>
    <message>
        <source>Copy view &amp;path</source>
        <translation>Ansichts&amp;pfad kopieren</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <source>Next &amp;pane</source>
        <translation>Nächster &amp;Bereich</translation>
    </message>
    <message>
        <source>Previous pa&amp;ne</source>
        <translation>&amp;Voriger Bereich</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <source>&amp;Charts</source>
        <translation>&amp;Diagramme</translation>
    </message>
    <message>
        <source>&amp;Sources</source>
        <translation>&amp;Quellen</translation>
    </message>
    <message>
        <source>&amp;Reset layout</source>
        <translation>Anordnung &amp;zurücksetzen</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>F6 / Shift+F6</source>
        <translation>F6 / Umschalt+F6</translation>
    </message>
    <message>
        <source>Next / previous pane: diagram, charts, sources</source>
        <translation>Nächster / voriger Bereich: Darstellung, Diagramme, Quellen</translation>
    </message>
    <message>
        <source>Tab / Shift+Tab</source>
        <translation>Tab / Umschalt+Tab</translation>
    </message>
    <message>
        <source>Next / previous control; in the diagram and the charts, the next linked part or mark</source>
        <translation>Nächstes / voriges Bedienelement; in der Darstellung und den Diagrammen das nächste verknüpfte Teil bzw. die nächste Markierung</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <source>Open the passage of the focused link or chart mark; in the diagram without a focused link, zoom into the selection</source>
        <translation>Die Textstelle des fokussierten Verweises oder der Diagrammmarkierung öffnen; in der Darstellung ohne fokussierten Verweis in die Auswahl zoomen</translation>
    </message>
    <message>
        <source>Arrow keys</source>
        <translation>Pfeiltasten</translation>
    </message>
    <message>
        <source>Diagram: select a neighbour; charts: the next bar or point; tables: the next row</source>
        <translation>Darstellung: Nachbarn auswählen; Diagramme: nächster Balken oder Punkt; Tabellen: nächste Zeile</translation>
    </message>
    <message>
        <source>+ / -</source>
        <translation>+ / -</translation>
    </message>
    <message>
        <source>Zoom the diagram in / out</source>
        <translation>Darstellung vergrößern / verkleinern</translation>
    </message>
    <message>
        <source>Backspace</source>
        <translation>Rücktaste</translation>
    </message>
    <message>
        <source>Diagram: up one level</source>
        <translation>Darstellung: eine Ebene höher</translation>
    </message>
    <message>
        <source>0 / Home</source>
        <translation>0 / Pos1</translation>
    </message>
    <message>
        <source>Diagram: the whole cluster</source>
        <translation>Darstellung: der ganze Cluster</translation>
    </message>
    <message>
        <source>R</source>
        <translation>R</translation>
    </message>
    <message>
        <source>Diagram: front or rear of a rack</source>
        <translation>Darstellung: Vorder- oder Rückseite eines Racks</translation>
    </message>
    <message>
        <source>Alt+Left / Alt+Right</source>
        <translation>Alt+Links / Alt+Rechts</translation>
    </message>
    <message>
        <source>Back / forward through the views visited (also the mouse&apos;s back and forward buttons)</source>
        <translation>Zurück / vor durch die besuchten Ansichten (auch mit den Zurück- und Vor-Tasten der Maus)</translation>
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation>Strg+F</translation>
    </message>
    <message>
        <source>Search the figures</source>
        <translation>Zahlen durchsuchen</translation>
    </message>
    <message>
        <source>Ctrl+C</source>
        <translation>Strg+C</translation>
    </message>
    <message>
        <source>In the sources: copy the selected figure&apos;s citation</source>
        <translation>In den Quellen: das Zitat der gewählten Zahl kopieren</translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation>Strg+Umschalt+C</translation>
    </message>
    <message>
        <source>Copy an image of the diagram or chart</source>
        <translation>Ein Bild der Darstellung oder des Diagramms kopieren</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Strg+E</translation>
    </message>
    <message>
        <source>Export the diagram or chart (PNG, SVG, PDF)</source>
        <translation>Darstellung oder Diagramm exportieren (PNG, SVG, PDF)</translation>
    </message>
    <message>
        <source>Shift+F10 / Menu</source>
        <translation>Umschalt+F10 / Menütaste</translation>
    </message>
    <message>
        <source>Context menu of the diagram or the chart mark</source>
        <translation>Kontextmenü der Darstellung oder der Diagrammmarkierung</translation>
    </message>
    <message>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <source>Present the guided tour</source>
        <translation>Die geführte Tour vorführen</translation>
    </message>
    <message>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <source>This list</source>
        <translation>Diese Liste</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Strg+Q</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <source>What they do</source>
        <translation>Wirkung</translation>
    </message>
    <message>
        <source>Copied the citation of “%1”</source>
        <translation>Zitat von „%1“ kopiert</translation>
    </message>
    <message>
        <source>Whole cluster</source>
        <translation>Ganzer Cluster</translation>
    </message>
    <message>
        <source>%1 — Colossus Explorer</source>
        <translation>%1 — Colossus Explorer</translation>
    </message>
    <message>
        <source>Copy &amp;citation</source>
        <translation>&amp;Zitat kopieren</translation>
    </message>
    <message>
        <source>Copy citation as &amp;BibTeX</source>
        <translation>Zitat als Bib&amp;TeX kopieren</translation>
    </message>
    <message>
        <source>Copy citation as CSL-&amp;JSON</source>
        <translation>Zitat als CSL-&amp;JSON kopieren</translation>
    </message>
    <message>
        <source>Note on this report: %1</source>
        <translation>Hinweis zu diesem Bericht: %1</translation>
    </message>
</context>
<context>
    <name>colossus::Minimap</name>
    <message>
        <source>The whole cluster: click or drag to move the view</source>
        <translation>Der ganze Cluster: klicken oder ziehen, um die Ansicht zu verschieben</translation>
    </message>
    <message>
        <source>Minimap</source>
        <translation>Übersichtskarte</translation>
    </message>
</context>
<context>
    <name>colossus::PresentationWindow</name>
    <message>
        <source>Go to step %1, then Return</source>
        <translation>Zu Schritt %1: mit Eingabetaste bestätigen</translation>
    </message>
    <message>
        <source>Exploring: Esc or R returns to the step</source>
        <translation>Freies Erkunden: Esc oder R kehrt zum Schritt zurück</translation>
    </message>
    <message>
        <source>Our translation: “%1”</source>
        <translation>Unsere Übersetzung: „%1“</translation>
    </message>
    <message>
        <source>Esc, R or a click returns to the step</source>
        <translation>Esc, R oder ein Klick kehrt zum Schritt zurück</translation>
    </message>
    <message>
        <source>→ ↓ PgDn Space Return</source>
        <translation>→ ↓ Bild↓ Leertaste Eingabe</translation>
    </message>
    <message>
        <source>next step (a click does the same)</source>
        <translation>nächster Schritt (ein Klick tut dasselbe)</translation>
    </message>
    <message>
        <source>← ↑ PgUp Backspace</source>
        <translation>← ↑ Bild↑ Rücktaste</translation>
    </message>
    <message>
        <source>previous step</source>
        <translation>voriger Schritt</translation>
    </message>
    <message>
        <source>Home  End</source>
        <translation>Pos1  Ende</translation>
    </message>
    <message>
        <source>first, last step</source>
        <translation>erster, letzter Schritt</translation>
    </message>
    <message>
        <source>digits, Return</source>
        <translation>Ziffern, Eingabe</translation>
    </message>
    <message>
        <source>go to that step</source>
        <translation>zu diesem Schritt gehen</translation>
    </message>
    <message>
        <source>O</source>
        <translation>O</translation>
    </message>
    <message>
        <source>overview: arrows and Return pick a step, Esc returns</source>
        <translation>Übersicht: Pfeiltasten und Eingabe wählen einen Schritt, Esc kehrt zurück</translation>
    </message>
    <message>
        <source>B or .   W</source>
        <translation>B oder .   W</translation>
    </message>
    <message>
        <source>black, white screen</source>
        <translation>schwarzer, weißer Bildschirm</translation>
    </message>
    <message>
        <source>L</source>
        <translation>L</translation>
    </message>
    <message>
        <source>pointer dot (follows the mouse)</source>
        <translation>Zeigepunkt (folgt der Maus)</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>spotlight: dims all but a circle</source>
        <translation>Spotlight: dunkelt alles außer einem Kreis ab</translation>
    </message>
    <message>
        <source>D   C</source>
        <translation>D   C</translation>
    </message>
    <message>
        <source>draw with mouse or pen, clear the ink</source>
        <translation>mit Maus oder Stift zeichnen, Zeichnung löschen</translation>
    </message>
    <message>
        <source>wheel, drag, R</source>
        <translation>Mausrad, Ziehen, R</translation>
    </message>
    <message>
        <source>zoom and pan; R returns to the step</source>
        <translation>zoomen und verschieben; R kehrt zum Schritt zurück</translation>
    </message>
    <message>
        <source>P   X</source>
        <translation>P   X</translation>
    </message>
    <message>
        <source>presenter view, swap screens</source>
        <translation>Referentenansicht, Bildschirme tauschen</translation>
    </message>
    <message>
        <source>?</source>
        <translation>?</translation>
    </message>
    <message>
        <source>this help</source>
        <translation>diese Hilfe</translation>
    </message>
    <message>
        <source>Esc  F5</source>
        <translation>Esc  F5</translation>
    </message>
    <message>
        <source>leave (Esc first closes what is open)</source>
        <translation>beenden (Esc schließt zuerst, was offen ist)</translation>
    </message>
    <message>
        <source>All steps: arrows and Return pick one, Esc returns</source>
        <translation>Alle Schritte: Pfeiltasten und Eingabe wählen einen, Esc kehrt zurück</translation>
    </message>
    <message>
        <source>Presentation keys</source>
        <translation>Tasten der Präsentation</translation>
    </message>
</context>
<context>
    <name>colossus::PresenterView</name>
    <message>
        <source>Presenter view: %1</source>
        <translation>Referentenansicht: %1</translation>
    </message>
    <message>
        <source>End of the tour</source>
        <translation>Ende der Tour</translation>
    </message>
    <message>
        <source>Step %1</source>
        <translation>Schritt %1</translation>
    </message>
    <message>
        <source>  (screen black)</source>
        <translation>  (Bildschirm schwarz)</translation>
    </message>
    <message>
        <source>  (screen white)</source>
        <translation>  (Bildschirm weiß)</translation>
    </message>
    <message>
        <source>  (exploring)</source>
        <translation>  (freies Erkunden)</translation>
    </message>
    <message>
        <source>  go to %1</source>
        <translation>  gehe zu %1</translation>
    </message>
    <message>
        <source>Now: %1</source>
        <translation>Jetzt: %1</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Als Nächstes: %1</translation>
    </message>
    <message>
        <source>Next: end</source>
        <translation>Als Nächstes: Ende</translation>
    </message>
    <message>
        <source>Swap screens (X)</source>
        <translation>Bildschirme tauschen (X)</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>This step</source>
        <translation>Dieser Schritt</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>Caption: %1</source>
        <translation>Begleittext: %1</translation>
    </message>
</context>
<context>
    <name>colossus::SourceView</name>
    <message>
        <source>Passage and translation</source>
        <translation>Textstelle und Übersetzung</translation>
    </message>
    <message>
        <source>Source document</source>
        <translation>Quelldokument</translation>
    </message>
    <message>
        <source>Select a figure or a consistency check to see the passage it comes from.</source>
        <translation>Wählen Sie eine Zahl oder eine Konsistenzprüfung, um die Textstelle zu sehen, aus der sie stammt.</translation>
    </message>
    <message>
        <source>derived</source>
        <translation>abgeleitet</translation>
    </message>
    <message>
        <source>reported in %1</source>
        <translation>berichtet in %1</translation>
    </message>
    <message>
        <source>as of %1</source>
        <translation>Stand %1</translation>
    </message>
    <message>
        <source>As written:</source>
        <translation>Wortlaut:</translation>
    </message>
    <message>
        <source>Derived:</source>
        <translation>Abgeleitet:</translation>
    </message>
    <message>
        <source>Inputs:</source>
        <translation>Eingangswerte:</translation>
    </message>
    <message>
        <source>The highlighted passages state the reported numbers this figure is computed from.</source>
        <translation>Die hervorgehobenen Stellen nennen die berichteten Zahlen, aus denen diese Zahl berechnet wird.</translation>
    </message>
    <message>
        <source>Consistency checks:</source>
        <translation>Konsistenzprüfungen:</translation>
    </message>
    <message>
        <source>statement</source>
        <translation>Aussage</translation>
    </message>
    <message>
        <source>Passage in %1:</source>
        <translation>Textstelle in %1:</translation>
    </message>
    <message>
        <source>Figures involved:</source>
        <translation>Beteiligte Zahlen:</translation>
    </message>
    <message>
        <source>Passages in %1 documents:</source>
        <translation>Textstellen in %1 Dokumenten:</translation>
    </message>
    <message>
        <source>Facts involved:</source>
        <translation>Beteiligte Fakten:</translation>
    </message>
    <message>
        <source>Our translation:</source>
        <translation>Unsere Übersetzung:</translation>
    </message>
    <message>
        <source>Note on this report:</source>
        <translation>Hinweis zu diesem Bericht:</translation>
    </message>
    <message>
        <source>See the check</source>
        <translation>Zur Prüfung</translation>
    </message>
</context>
<context>
    <name>colossus::SourcesBrowser</name>
    <message>
        <source>Search figures, quotes, translations…</source>
        <translation>Zahlen, Zitate, Übersetzungen durchsuchen…</translation>
    </message>
    <message>
        <source>Every word must occur in the figure&apos;s name, id, quote or translation (Ctrl+F)</source>
        <translation>Jedes Wort muss im Namen, in der ID, im Zitat oder in der Übersetzung der Zahl vorkommen (Strg+F)</translation>
    </message>
    <message>
        <source>All topics</source>
        <translation>Alle Themen</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>Search figures</source>
        <translation>Zahlen durchsuchen</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Zahlen</translation>
    </message>
    <message>
        <source>Consistency checks</source>
        <translation>Konsistenzprüfungen</translation>
    </message>
    <message>
        <source>Copy citation</source>
        <translation>Zitat kopieren</translation>
    </message>
    <message>
        <source>&lt;b&gt;Consistency checks&lt;/b&gt; — where the reports agree and where they do not</source>
        <translation>&lt;b&gt;Konsistenzprüfungen&lt;/b&gt; — wo die Berichte übereinstimmen und wo nicht</translation>
    </message>
    <message>
        <source>1 figure</source>
        <translation>1 Zahl</translation>
    </message>
    <message>
        <source>%1 figures</source>
        <translation>%1 Zahlen</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Derived: %1</source>
        <translation>Abgeleitet: %1</translation>
    </message>
    <message>
        <source>Copy citation as BibTeX</source>
        <translation>Zitat als BibTeX kopieren</translation>
    </message>
    <message>
        <source>Copy citation as CSL-JSON</source>
        <translation>Zitat als CSL-JSON kopieren</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Quelle: %1</translation>
    </message>
    <message>
        <source>Our translation: “%1”</source>
        <translation>Unsere Übersetzung: „%1“</translation>
    </message>
</context>
<context>
    <name>colossus::TourActions</name>
    <message>
        <source>&amp;Present</source>
        <translation>&amp;Präsentieren</translation>
    </message>
    <message>
        <source>Export &amp;tour…</source>
        <translation>&amp;Tour exportieren…</translation>
    </message>
    <message>
        <source>Walk through the cluster full screen (Esc leaves)</source>
        <translation>Im Vollbild durch den Cluster führen (Esc beendet)</translation>
    </message>
    <message>
        <source>Write one PNG per tour step and tour.md into a folder</source>
        <translation>Je Tourschritt ein PNG und tour.md in einen Ordner schreiben</translation>
    </message>
    <message>
        <source>Guided tour</source>
        <translation>Geführte Tour</translation>
    </message>
    <message>
        <source>The guided tour does not fit the loaded data, so it cannot be shown.</source>
        <translation>Die geführte Tour passt nicht zu den geladenen Daten und kann daher nicht gezeigt werden.</translation>
    </message>
    <message>
        <source>Export &amp;handout…</source>
        <translation>&amp;Handout exportieren…</translation>
    </message>
    <message>
        <source>Write the tour as one PDF: a page per step with its caption and passages</source>
        <translation>Die Tour als ein PDF schreiben: je Schritt eine Seite mit Begleittext und Textstellen</translation>
    </message>
    <message>
        <source>Export handout</source>
        <translation>Handout exportieren</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%n page(s)).</source>
        <translation>
            <numerusform>%1 geschrieben (%n Seite).</numerusform>
            <numerusform>%1 geschrieben (%n Seiten).</numerusform>
        </translation>
    </message>
    <message>
        <source>The handout could not be written.

%1</source>
        <translation>Das Handout konnte nicht geschrieben werden.

%1</translation>
    </message>
</context>
<context>
    <name>colossus::TourExportDialog</name>
    <message>
        <source>Exporting the tour...</source>
        <translation>Tour wird exportiert …</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Export tour</source>
        <translation>Tour exportieren</translation>
    </message>
    <message>
        <source>Writing %1 (%2 of %3)</source>
        <translation>Schreibe %1 (%2 von %3)</translation>
    </message>
    <message>
        <source>The tour could not be exported.

%1</source>
        <translation>Die Tour konnte nicht exportiert werden.

%1</translation>
    </message>
    <message numerus="yes">
        <source>Export cancelled after %n complete file(s).</source>
        <translation>
            <numerusform>Export nach %n fertigen Datei abgebrochen.</numerusform>
            <numerusform>Export nach %n fertigen Dateien abgebrochen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrote %1 step pictures and %2 to %3.</source>
        <translation>%1 Schrittbilder und %2 nach %3 geschrieben.</translation>
    </message>
</context>
<context>
    <name>colossus::TourExportSettingsDialog</name>
    <message>
        <source>Export tour</source>
        <translation>Tour exportieren</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>PNG images</source>
        <translation>PNG-Bilder</translation>
    </message>
    <message>
        <source>SVG drawings</source>
        <translation>SVG-Zeichnungen</translation>
    </message>
    <message>
        <source>PDF documents</source>
        <translation>PDF-Dokumente</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Benutzerdefiniert</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>PNG pixels per layout pixel: 2 gives a sharper image, same layout</source>
        <translation>PNG-Pixel je Layout-Pixel: 2 ergibt ein schärferes Bild, gleiches Layout</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Ordner:</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>Größe:</translation>
    </message>
    <message>
        <source>Scale:</source>
        <translation>Skalierung:</translation>
    </message>
    <message>
        <source>Theme:</source>
        <translation>Farbschema:</translation>
    </message>
    <message>
        <source>Export tour handouts to</source>
        <translation>Tour-Handouts exportieren nach</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) in this folder will be replaced.</source>
        <translation>
            <numerusform>In diesem Ordner wird %n Datei ersetzt.</numerusform>
            <numerusform>In diesem Ordner werden %n Dateien ersetzt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Ersetzen</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>The data file %1 has problems; Colossus Explorer opens the embedded Colossus data instead.</source>
        <translation>Die Datendatei %1 enthält Fehler; Colossus Explorer öffnet stattdessen die eingebauten Colossus-Daten.</translation>
    </message>
</context>
</TS>
