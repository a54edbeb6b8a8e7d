<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES" sourcelanguage="en">
<context>
    <name>ChartSpec</name>
    <message>
        <source>GPU counts: Colossus against other systems</source>
        <translation>Número de GPU: Colossus frente a otros sistemas</translation>
    </message>
    <message>
        <source>Power, water and energy</source>
        <translation>Electricidad, agua y energía</translation>
    </message>
    <message>
        <source>Money: funding, deals and valuations</source>
        <translation>Dinero: financiación, acuerdos y valoraciones</translation>
    </message>
    <message>
        <source>Timeline: from site decision to training</source>
        <translation>Cronología: de la elección del emplazamiento al entrenamiento</translation>
    </message>
    <message>
        <source>Network: Ethernet bandwidth per GPU server</source>
        <translation>Red: ancho de banda Ethernet por servidor de GPU</translation>
    </message>
    <message>
        <source>Accelerators in each system, cluster or plan</source>
        <translation>Aceleradores en cada sistema, clúster o plan</translation>
    </message>
    <message>
        <source>GPUs (count; linear scale)</source>
        <translation>GPU (número; escala lineal)</translation>
    </message>
    <message>
        <source>Colossus (xAI, Memphis)</source>
        <translation>Colossus (xAI, Memphis)</translation>
    </message>
    <message>
        <source>Other systems and clusters</source>
        <translation>Otros sistemas y clústeres</translation>
    </message>
    <message>
        <source>type not given</source>
        <translation>tipo no indicado</translation>
    </message>
    <message>
        <source>Electric power</source>
        <translation>Potencia eléctrica</translation>
    </message>
    <message>
        <source>megawatts (MW)</source>
        <translation>megavatios (MW)</translation>
    </message>
    <message>
        <source>Electricity for one request (IEA)</source>
        <translation>Electricidad por consulta (AIE)</translation>
    </message>
    <message>
        <source>watt-hours (Wh)</source>
        <translation>vatios hora (Wh)</translation>
    </message>
    <message>
        <source>AI&apos;s share of data-centre electricity demand (Goldman Sachs)</source>
        <translation>Parte de la IA en la demanda eléctrica de los centros de datos (Goldman Sachs)</translation>
    </message>
    <message>
        <source>percent of demand (%)</source>
        <translation>porcentaje de la demanda (%)</translation>
    </message>
    <message>
        <source>Single figures (nothing like them to compare with)</source>
        <translation>Cifras sueltas (sin nada comparable)</translation>
    </message>
    <message>
        <source>Money raised, invested or committed</source>
        <translation>Dinero recaudado, invertido o comprometido</translation>
    </message>
    <message>
        <source>US dollars, billions (linear scale)</source>
        <translation>dólares estadounidenses, miles de millones (escala lineal)</translation>
    </message>
    <message>
        <source>xAI&apos;s valuation (what investors say the company is worth)</source>
        <translation>Valoración de xAI (lo que los inversores dicen que vale la empresa)</translation>
    </message>
    <message>
        <source>When it happened (dot: the day is given; bar: only the month or season)</source>
        <translation>Cuándo ocurrió (punto: se conoce el día; barra: solo el mes o la estación)</translation>
    </message>
    <message>
        <source>How long it took</source>
        <translation>Cuánto tardó</translation>
    </message>
    <message>
        <source>days (weeks, months and years converted; linear scale)</source>
        <translation>días (semanas, meses y años convertidos; escala lineal)</translation>
    </message>
    <message>
        <source>1 week = 7 days, 1 month = 30.44 days, 1 year = 365.25 days.</source>
        <translation>1 semana = 7 días, 1 mes = 30,44 días, 1 año = 365,25 días.</translation>
    </message>
    <message>
        <source>Ethernet bandwidth of one GPU server</source>
        <translation>Ancho de banda Ethernet de un servidor de GPU</translation>
    </message>
    <message>
        <source>gigabits per second (Gb/s)</source>
        <translation>gigabits por segundo (Gb/s)</translation>
    </message>
    <message>
        <source>What kind of network</source>
        <translation>Qué tipo de red</translation>
    </message>
    <message>
        <source>%1, %2 local time</source>
        <translation>%1, %2 hora local</translation>
    </message>
    <message>
        <source>date as the reports give it (local; month ticks)</source>
        <translation>fecha según los artículos (hora local; marcas mensuales)</translation>
    </message>
    <message>
        <source>Built, first phase · H100</source>
        <translation>Construido, primera fase · H100</translation>
    </message>
    <message>
        <source>After the upgrade · H100 + H200</source>
        <translation>Tras la ampliación · H100 + H200</translation>
    </message>
    <message>
        <source>Next step, Musk&apos;s post of %1 · B200</source>
        <translation>Siguiente paso, publicación de Musk del %1 · B200</translation>
    </message>
    <message>
        <source>Musk&apos;s promise, tour report · H200</source>
        <translation>Promesa de Musk, artículo de la visita · H200</translation>
    </message>
    <message>
        <source>Expansion plan (FT) · type not given</source>
        <translation>Plan de ampliación (FT) · tipo no indicado</translation>
    </message>
    <message>
        <source>Tesla&apos;s H100 purchase · H100</source>
        <translation>Compra de H100 de Tesla · H100</translation>
    </message>
    <message>
        <source>Aurora · Intel</source>
        <translation>Aurora · Intel</translation>
    </message>
    <message>
        <source>Tesla Cortex, Giga Texas · type not given</source>
        <translation>Tesla Cortex, Giga Texas · tipo no indicado</translation>
    </message>
    <message>
        <source>Frontier · AMD</source>
        <translation>Frontier · AMD</translation>
    </message>
    <message>
        <source>GPT-4 training (OpenAI) · A100</source>
        <translation>Entrenamiento de GPT-4 (OpenAI) · A100</translation>
    </message>
    <message>
        <source>Grok 2 training at Oracle · H100</source>
        <translation>Entrenamiento de Grok 2 en Oracle · H100</translation>
    </message>
    <message>
        <source>Grok 2 needs, Musk said earlier · H100</source>
        <translation>Necesidad de Grok 2, según Musk antes · H100</translation>
    </message>
    <message>
        <source>Rented from Oracle before · H100</source>
        <translation>Alquiladas antes a Oracle · H100</translation>
    </message>
    <message>
        <source>Microsoft Eagle · H100</source>
        <translation>Microsoft Eagle · H100</translation>
    </message>
    <message>
        <source>Tesla GPUs redirected to xAI · H100</source>
        <translation>GPU de Tesla desviadas a xAI · H100</translation>
    </message>
    <message>
        <source>Counts of different accelerators: a bar shows how many chips, not how much computing power.</source>
        <translation>Recuentos de aceleradores distintos: cada barra indica cuántos chips hay, no cuánta potencia de cálculo.</translation>
    </message>
    <message>
        <source>Colossus, Memphis (estimate)</source>
        <translation>Colossus, Memphis (estimación)</translation>
    </message>
    <message>
        <source>H100 systems Musk says are not worth building</source>
        <translation>Sistemas H100 que, según Musk, no vale la pena construir</translation>
    </message>
    <message>
        <source>The report gives %1 MW “per hour” (每小时); megawatts are already a rate, so the bar shows MW.</source>
        <translation>El artículo da %1 MW «por hora» (每小时); los megavatios ya son un ritmo, así que la barra muestra MW.</translation>
    </message>
    <message>
        <source>ChatGPT query</source>
        <translation>Consulta a ChatGPT</translation>
    </message>
    <message>
        <source>Google search</source>
        <translation>Búsqueda en Google</translation>
    </message>
    <message>
        <source>By %1</source>
        <translation>Para %1</translation>
    </message>
    <message>
        <source>US gallons of cooling water a day</source>
        <translation>galones estadounidenses de agua de refrigeración al día</translation>
    </message>
    <message>
        <source>MWh stored in each Tesla Megapack</source>
        <translation>MWh almacenados en cada Tesla Megapack</translation>
    </message>
    <message>
        <source>diesel generators added on site</source>
        <translation>generadores diésel añadidos en el centro</translation>
    </message>
    <message>
        <source>TWh a year of added data-centre demand from AI (Goldman Sachs)</source>
        <translation>TWh al año de demanda adicional de centros de datos por la IA (Goldman Sachs)</translation>
    </message>
    <message>
        <source>tens of billions</source>
        <translation>decenas de miles de millones</translation>
    </message>
    <message>
        <source>several billion</source>
        <translation>varios miles de millones</translation>
    </message>
    <message>
        <source>“%1” (%2): no single figure</source>
        <translation>«%1» (%2): sin una cifra concreta</translation>
    </message>
    <message>
        <source>xAI funding round (German report)</source>
        <translation>Ronda de financiación de xAI (artículo en alemán)</translation>
    </message>
    <message>
        <source>xAI Series B, %1 (Chinese report)</source>
        <translation>Serie B de xAI, %1 (artículo en chino)</translation>
    </message>
    <message>
        <source>xAI raised “this year” (FT; year not stated)</source>
        <translation>Lo que xAI recaudó «este año» (FT; sin indicar el año)</translation>
    </message>
    <message>
        <source>Oracle cloud deal, reported close in May (talks ended)</source>
        <translation>Acuerdo de nube con Oracle, casi cerrado en mayo según la prensa (negociación terminada)</translation>
    </message>
    <message>
        <source>OpenAI–Microsoft partnership</source>
        <translation>Alianza OpenAI–Microsoft</translation>
    </message>
    <message>
        <source>Amazon&apos;s investment in Anthropic</source>
        <translation>Inversión de Amazon en Anthropic</translation>
    </message>
    <message>
        <source>Memphis project value</source>
        <translation>Valor del proyecto de Memphis</translation>
    </message>
    <message>
        <source>New GPUs for the expansion (FT estimate)</source>
        <translation>GPU nuevas para la ampliación (estimación del FT)</translation>
    </message>
    <message>
        <source>After the funding round (German report)</source>
        <translation>Tras la ronda de financiación (artículo en alemán)</translation>
    </message>
    <message>
        <source>Hatched: an amount the report gives only in words, drawn across the span the words allow (“several billion”: 1–10 billion; “tens of billions”: 10–100 billion, cut at the end of the axis, →).</source>
        <translation>Rayado: una cantidad que el artículo da solo con palabras, dibujada sobre el intervalo que las palabras permiten («varios miles de millones»: de 1000 a 10 000 millones; «decenas de miles de millones»: de 10 000 a 100 000 millones, cortado al final del eje, →).</translation>
    </message>
    <message>
        <source>Oracle offers xAI cloud for training</source>
        <translation>Oracle ofrece a xAI nube para entrenar</translation>
    </message>
    <message>
        <source>Memphis chosen after talks in March</source>
        <translation>Memphis, elegida tras negociar en marzo</translation>
    </message>
    <message>
        <source>Series B funding round announced</source>
        <translation>Anunciada la ronda de financiación Serie B</translation>
    </message>
    <message>
        <source>Musk&apos;s post: H100 cluster online “in some months”</source>
        <translation>Publicación de Musk: clúster de H100 en marcha «en unos meses»</translation>
    </message>
    <message>
        <source>Musk: Dell assembling half the racks, “SMC” the rest</source>
        <translation>Musk: Dell monta la mitad de los racks y «SMC» el resto</translation>
    </message>
    <message>
        <source>Talks with Oracle on more chips end</source>
        <translation>Terminan las negociaciones con Oracle sobre más chips</translation>
    </message>
    <message>
        <source>Diesel generators added on site</source>
        <translation>Generadores diésel añadidos en el centro</translation>
    </message>
    <message>
        <source>Training starts on Colossus</source>
        <translation>Comienza el entrenamiento en Colossus</translation>
    </message>
    <message>
        <source>Grok 2 release planned</source>
        <translation>Lanzamiento previsto de Grok 2</translation>
    </message>
    <message>
        <source>Grok 3 to be trained before</source>
        <translation>Grok 3 debe estar entrenado antes de</translation>
    </message>
    <message>
        <source>Original plan: cluster running</source>
        <translation>Plan original: clúster en marcha</translation>
    </message>
    <message>
        <source>Choosing Memphis (Forbes)</source>
        <translation>Elegir Memphis (Forbes)</translation>
    </message>
    <message>
        <source>Installing the GPUs (Jensen Huang)</source>
        <translation>Instalar las GPU (Jensen Huang)</translation>
    </message>
    <message>
        <source>Building Colossus (FT)</source>
        <translation>Construir Colossus (FT)</translation>
    </message>
    <message>
        <source>Assembling Colossus (tour report)</source>
        <translation>Montar Colossus (artículo de la visita)</translation>
    </message>
    <message>
        <source>Ahead of the original plan by</source>
        <translation>Adelanto sobre el plan original</translation>
    </message>
    <message>
        <source>Usual for a data centre this size</source>
        <translation>Lo habitual para un centro de datos de este tamaño</translation>
    </message>
    <message>
        <source>Undated: the FT&apos;s report that Colossus will grow to %1 GPUs gives a day (“the 5th”) but no month or year, so it is not placed on the time axis.</source>
        <translation>Sin fecha: el artículo del FT según el cual Colossus crecerá hasta %1 GPU da un día («el 5») pero no el mes ni el año, así que no se sitúa en el eje temporal.</translation>
    </message>
    <message>
        <source>Sum of the NICs: %1 × %2 GbE + 1 × %3 Gb</source>
        <translation>Suma de las NIC: %1 × %2 GbE + 1 × %3 Gb</translation>
    </message>
    <message>
        <source>GPU %1</source>
        <translation>GPU %1</translation>
    </message>
    <message>
        <source>As the report states it</source>
        <translation>Tal como lo indica el artículo</translation>
    </message>
    <message>
        <source>one %1 GbE NIC per GPU</source>
        <translation>una NIC de %1 GbE por GPU</translation>
    </message>
    <message>
        <source>one extra %1 Gb NIC per server</source>
        <translation>una NIC adicional de %1 Gb por servidor</translation>
    </message>
    <message>
        <source>1 Tb/s = 1,000 Gb/s. The sum of the NICs and the reported total %1.</source>
        <translation>1 Tb/s = 1000 Gb/s. La suma de las NIC y el total publicado %1.</translation>
    </message>
    <message>
        <source>agree</source>
        <translation>coinciden</translation>
    </message>
    <message>
        <source>differ</source>
        <translation>no coinciden</translation>
    </message>
    <message>
        <source> (≈%1 days)</source>
        <translation> (≈%1 días)</translation>
    </message>
    <message>
        <source>homes use as much power as the site&apos;s %1 (the report&apos;s comparison)</source>
        <translation>hogares consumen tanta electricidad como los %1 del centro (comparación del artículo)</translation>
    </message>
    <message>
        <source>Not placed either: Musk&apos;s post of %1 says the next step would “probably” be %2 B200 “next summer”, a guess without a date.</source>
        <translation>Tampoco se sitúa: la publicación de Musk del %1 dice que el siguiente paso serían «probablemente» %2 B200 «el próximo verano», una conjetura sin fecha.</translation>
    </message>
</context>
<context>
    <name>Citation</name>
    <message>
        <source>Derived: %1</source>
        <translation>Derivada: %1</translation>
    </message>
    <message>
        <source>Our translation: “%1”</source>
        <translation>Nuestra traducción: «%1»</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Fuente: %1</translation>
    </message>
    <message>
        <source>Passage: “%1”</source>
        <translation>Pasaje: «%1»</translation>
    </message>
    <message>
        <source>Note on this report: %1</source>
        <translation>Nota sobre este artículo: %1</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Colossus Explorer: the layout of xAI&apos;s Colossus supercomputer, every figure linked to the passage it came from.
Without a command it opens the window.</source>
        <translation>Colossus Explorer: la estructura del superordenador Colossus de xAI, con cada cifra enlazada al pasaje del que procede.
Sin ningún comando, abre la ventana.</translation>
    </message>
    <message>
        <source>Use the figures in FILE instead of the embedded catalogue.</source>
        <translation>Usar las cifras de ARCHIVO en lugar del catálogo integrado.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ARCHIVO</translation>
    </message>
    <message>
        <source>Validate FILE; print its problems and exit 1, or a summary and exit 0.</source>
        <translation>Validar ARCHIVO: mostrar sus problemas y salir con 1, o un resumen y salir con 0.</translation>
    </message>
    <message>
        <source>Print every figure as an aligned table.</source>
        <translation>Mostrar todas las cifras en una tabla alineada.</translation>
    </message>
    <message>
        <source>Print the consistency checks with their verdicts.</source>
        <translation>Mostrar las comprobaciones de coherencia con su resultado.</translation>
    </message>
    <message>
        <source>Print every exportable view path.</source>
        <translation>Mostrar todas las rutas de vista exportables.</translation>
    </message>
    <message>
        <source>Open (or export) the view PATH, e.g. cluster, group/12/rack/3, chart/power.</source>
        <translation>Abrir (o exportar) la vista RUTA, p. ej. cluster, group/12/rack/3, chart/power.</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>RUTA</translation>
    </message>
    <message>
        <source>Scenario ID: built, upgrade, promise or planned.</source>
        <translation>ID del escenario: built, upgrade, promise o planned.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Theme: light, dark or high-contrast.</source>
        <translation>Tema: light, dark o high-contrast.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOMBRE</translation>
    </message>
    <message>
        <source>Interface language for this run: en, ja, zh_CN, de or es (default: the language chosen in View &gt; Language, else the system&apos;s).</source>
        <translation>Idioma de la interfaz para esta ejecución: en, ja, zh_CN, de o es (por omisión: el elegido en Ver &gt; Idioma o, si no, el del sistema).</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CÓDIGO</translation>
    </message>
    <message>
        <source>Write the view to OUT (.png, .svg or .pdf) and exit.</source>
        <translation>Escribir la vista en SALIDA (.png, .svg o .pdf) y salir.</translation>
    </message>
    <message>
        <source>OUT</source>
        <translation>SALIDA</translation>
    </message>
    <message>
        <source>Export size in pixels (default 1920x1080).</source>
        <translation>Tamaño de exportación en píxeles (por omisión 1920x1080).</translation>
    </message>
    <message>
        <source>WxH</source>
        <translation>ANxAL</translation>
    </message>
    <message>
        <source>Export scale factor for PNG pixels (default 1).</source>
        <translation>Factor de escala de los píxeles PNG (por omisión 1).</translation>
    </message>
    <message>
        <source>F</source>
        <translation>F</translation>
    </message>
    <message>
        <source>Export without a background.</source>
        <translation>Exportar sin fondo.</translation>
    </message>
    <message>
        <source>Write the guided tour as PNG handouts and tour.md into DIR.</source>
        <translation>Escribir la visita guiada como folletos PNG y tour.md en CARPETA.</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>CARPETA</translation>
    </message>
    <message>
        <source>Write every view of --list-views into DIR.</source>
        <translation>Escribir todas las vistas de --list-views en CARPETA.</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMATO</translation>
    </message>
    <message>
        <source>See colossus-explorer --help.</source>
        <translation>Consulte colossus-explorer --help.</translation>
    </message>
    <message>
        <source>--lang %1: use en, ja, zh_CN, de or es</source>
        <translation>--lang %1: use en, ja, zh_CN, de o es</translation>
    </message>
    <message>
        <source>unexpected argument: %1</source>
        <translation>argumento inesperado: %1</translation>
    </message>
    <message>
        <source>--%1 and --%2 are separate commands: give one at a time</source>
        <translation>--%1 y --%2 son comandos distintos: indique solo uno cada vez</translation>
    </message>
    <message>
        <source>--%1 goes with a command such as --export</source>
        <translation>--%1 se usa junto con un comando como --export</translation>
    </message>
    <message>
        <source>--%1 does not go with --%2</source>
        <translation>--%1 no se puede usar con --%2</translation>
    </message>
    <message>
        <source>--theme %1: use light, dark or high-contrast</source>
        <translation>--theme %1: use light, dark o high-contrast</translation>
    </message>
    <message>
        <source>1 problem</source>
        <translation>1 problema</translation>
    </message>
    <message>
        <source>%1 problems</source>
        <translation>%1 problemas</translation>
    </message>
    <message>
        <source>OK, %1 figures (%2 reported, %3 derived), %4 facts, %5 source documents, %6 consistency checks (%7 disagree or have an unclear unit)</source>
        <translation>Correcto: %1 cifras (%2 publicadas, %3 derivadas), %4 hechos, %5 documentos fuente, %6 comprobaciones de coherencia (%7 no coinciden o tienen una unidad poco clara)</translation>
    </message>
    <message>
        <source>VALUE</source>
        <translation>VALOR</translation>
    </message>
    <message>
        <source>UNIT</source>
        <translation>UNIDAD</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>TIPO</translation>
    </message>
    <message>
        <source>TOPIC</source>
        <translation>TEMA</translation>
    </message>
    <message>
        <source>SOURCE</source>
        <translation>FUENTE</translation>
    </message>
    <message>
        <source>LABEL</source>
        <translation>ETIQUETA</translation>
    </message>
    <message>
        <source>derived</source>
        <translation>derivada</translation>
    </message>
    <message>
        <source>reported</source>
        <translation>publicada</translation>
    </message>
    <message>
        <source>%1 figures</source>
        <translation>%1 cifras</translation>
    </message>
    <message>
        <source>figures: %1</source>
        <translation>cifras: %1</translation>
    </message>
    <message>
        <source>%1 consistency checks</source>
        <translation>%1 comprobaciones de coherencia</translation>
    </message>
    <message>
        <source>--size %1: expected WIDTHxHEIGHT in pixels, e.g. 1920x1080</source>
        <translation>--size %1: se espera ANCHOxALTO en píxeles, p. ej. 1920x1080</translation>
    </message>
    <message>
        <source>--size %1: at most %2 pixels on a side</source>
        <translation>--size %1: como máximo %2 píxeles por lado</translation>
    </message>
    <message>
        <source>--scale %1: not a number</source>
        <translation>--scale %1: no es un número</translation>
    </message>
    <message>
        <source>wrote %1</source>
        <translation>se escribió %1</translation>
    </message>
    <message>
        <source>With --list-figures or --list-checks: print a JSON array instead.</source>
        <translation>Con --list-figures o --list-checks: mostrar un array JSON en su lugar.</translation>
    </message>
    <message>
        <source>arithmetic: %1</source>
        <translation>cálculo: %1</translation>
    </message>
    <message>
        <source>facts: %1</source>
        <translation>hechos: %1</translation>
    </message>
    <message>
        <source>Write the guided tour as one PDF handout FILE.pdf: a page per step with its caption and every cited passage.</source>
        <translation>Número de GPU: Colossus frente a otros sistemas</translation>
    </message>
    <message>
        <source>With --export-all or --export-tour: png, svg or pdf (default png); with --cite: text, bibtex or csl-json (default text).</source>
        <translation>Con --export-all o --export-tour: png, svg o pdf (por omisión png); con --cite: text, bibtex o csl-json (por omisión text).</translation>
    </message>
    <message>
        <source>Print a citation of the figure, fact or check ID: its report(s) by headline and outlet, the passage, our translation, the app version and the catalogue&apos;s SHA-256.</source>
        <translation>Mostrar una cita de la cifra, el hecho o la comprobación ID: su(s) artículo(s) por titular y medio, el pasaje, nuestra traducción, la versión de la aplicación y el SHA-256 del catálogo.</translation>
    </message>
    <message>
        <source>: the value is empty</source>
        <translation>: el valor está vacío</translation>
    </message>
</context>
<context>
    <name>ConsistencyCheck</name>
    <message>
        <source>agrees</source>
        <translation>coincide</translation>
    </message>
    <message>
        <source>disagrees</source>
        <translation>no coincide</translation>
    </message>
    <message>
        <source>unclear unit</source>
        <translation>unidad poco clara</translation>
    </message>
    <message>
        <source>%1: %2 %3 %4: cannot be computed</source>
        <translation>%1: %2 %3 %4: no se puede calcular</translation>
    </message>
    <message>
        <source> within %1%</source>
        <translation> con un margen del %1 %</translation>
    </message>
    <message>
        <source> within %1</source>
        <translation> con un margen de %1</translation>
    </message>
    <message>
        <source>, holds</source>
        <translation>, se cumple</translation>
    </message>
    <message>
        <source>, fails</source>
        <translation>, no se cumple</translation>
    </message>
    <message>
        <source>%1: unknown date</source>
        <translation>%1: fecha desconocida</translation>
    </message>
    <message>
        <source>%1: %2 (%3) before %4 (%5)</source>
        <translation>%1: %2 (%3) antes de %4 (%5)</translation>
    </message>
    <message>
        <source>, %1%2 apart ≈ %3 (%4%2)</source>
        <translation>, separados %1%2 ≈ %3 (%4%2)</translation>
    </message>
    <message>
        <source>: holds</source>
        <translation>: se cumple</translation>
    </message>
    <message>
        <source>: fails</source>
        <translation>: no se cumple</translation>
    </message>
    <message>
        <source>%1: the passage of %2 names %3</source>
        <translation>%1: el pasaje de %2 nombra %3</translation>
    </message>
    <message>
        <source>none of %1</source>
        <translation>ninguno de %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>%1 between the passages of %2</source>
        <translation>%1 entre los pasajes de %2</translation>
    </message>
    <message>
        <source>no named type</source>
        <translation>ningún tipo nombrado</translation>
    </message>
</context>
<context>
    <name>DerivedMark</name>
    <message>
        <source>derived: %1</source>
        <translation>derivado: %1</translation>
    </message>
    <message>
        <source>%1 derived: computed from reported figures, stated by no report</source>
        <translation>%1 derivado: calculado a partir de cifras publicadas, ningún artículo lo da</translation>
    </message>
    <message>
        <source>%1 &lt;i&gt;Derived&lt;/i&gt;: %2 = %3</source>
        <translation>%1 &lt;i&gt;Derivado&lt;/i&gt;: %2 = %3</translation>
    </message>
</context>
<context>
    <name>Diagram</name>
    <message>
        <source>liquid cooling</source>
        <translation>refrigeración líquida</translation>
    </message>
    <message>
        <source>Liquid cooling for every GPU</source>
        <translation>Refrigeración líquida para cada GPU</translation>
    </message>
    <message>
        <source>GPU %1</source>
        <translation>GPU %1</translation>
    </message>
    <message>
        <source>HGX H100 board</source>
        <translation>placa HGX H100</translation>
    </message>
    <message>
        <source>NVIDIA HGX H100</source>
        <translation>NVIDIA HGX H100</translation>
    </message>
    <message>
        <source>GPU type in this scenario</source>
        <translation>Tipo de GPU en este escenario</translation>
    </message>
    <message>
        <source>%1 GbE NIC, this GPU&apos;s own</source>
        <translation>NIC de %1 GbE, propia de esta GPU</translation>
    </message>
    <message>
        <source>%1 GbE NIC</source>
        <translation>NIC de %1 GbE</translation>
    </message>
    <message>
        <source>NIC as built (not reported)</source>
        <translation>NIC como la construida (no publicado)</translation>
    </message>
    <message>
        <source>NIC as built</source>
        <translation>NIC como la construida</translation>
    </message>
    <message>
        <source>A dedicated NIC per GPU</source>
        <translation>Una NIC dedicada por GPU</translation>
    </message>
    <message>
        <source>Group %1</source>
        <translation>Grupo %1</translation>
    </message>
    <message>
        <source>%1 · partial: %2 of %3 racks, %4 GPUs</source>
        <translation>%1 · incompleto: %2 de %3 racks, %4 GPU</translation>
    </message>
    <message>
        <source>%1 · partial, %2 GPUs</source>
        <translation>%1 · incompleto, %2 GPU</translation>
    </message>
    <message>
        <source>%1 · %2 racks · %3 GPUs</source>
        <translation>%1 · %2 racks · %3 GPU</translation>
    </message>
    <message>
        <source>%1 · %2 GPUs</source>
        <translation>%1 · %2 GPU</translation>
    </message>
    <message>
        <source>no rack: the %1 GPUs end before it</source>
        <translation>sin rack: las %1 GPU terminan antes</translation>
    </message>
    <message>
        <source>no rack</source>
        <translation>sin rack</translation>
    </message>
    <message>
        <source>GPUs per group</source>
        <translation>GPU por grupo</translation>
    </message>
    <message>
        <source>%1U manifold</source>
        <translation>colector de %1U</translation>
    </message>
    <message>
        <source>%1U cooling manifold between servers</source>
        <translation>colector de refrigeración de %1U entre servidores</translation>
    </message>
    <message>
        <source>Cooling manifold between servers</source>
        <translation>Colector de refrigeración entre servidores</translation>
    </message>
    <message>
        <source>empty: the %1 GPUs end above</source>
        <translation>vacío: las %1 GPU terminan más arriba</translation>
    </message>
    <message>
        <source>empty slot</source>
        <translation>hueco vacío</translation>
    </message>
    <message>
        <source>Rack %1</source>
        <translation>Rack %1</translation>
    </message>
    <message>
        <source>%1 · part full: %2 of %3 servers</source>
        <translation>%1 · a medio llenar: %2 de %3 servidores</translation>
    </message>
    <message>
        <source>%1 · part full, %2 GPUs</source>
        <translation>%1 · a medio llenar, %2 GPU</translation>
    </message>
    <message>
        <source>%1 · front · %2 GPUs</source>
        <translation>%1 · frontal · %2 GPU</translation>
    </message>
    <message>
        <source>GPUs per rack</source>
        <translation>GPU por rack</translation>
    </message>
    <message>
        <source>%1U unit: redundant pumps, rack monitoring</source>
        <translation>unidad de %1U: bombas redundantes, supervisión del rack</translation>
    </message>
    <message>
        <source>%1U pumps + monitoring</source>
        <translation>%1U bombas + supervisión</translation>
    </message>
    <message>
        <source>%1U pumps</source>
        <translation>%1U bombas</translation>
    </message>
    <message>
        <source>Pump unit with redundant pumps and rack monitoring</source>
        <translation>Unidad de bombeo con bombas redundantes y supervisión del rack</translation>
    </message>
    <message>
        <source>Server %1</source>
        <translation>Servidor %1</translation>
    </message>
    <message>
        <source>%1U liquid-cooled HGX H100</source>
        <translation>HGX H100 de %1U con refrigeración líquida</translation>
    </message>
    <message>
        <source>%1U liquid-cooled server, layout as built</source>
        <translation>servidor de %1U con refrigeración líquida, como el construido</translation>
    </message>
    <message>
        <source>%1 Tb/s Ethernet</source>
        <translation>%1 Tb/s de Ethernet</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 GPUs</source>
        <translation>%1 · %2 · %3 GPU</translation>
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
        <translation> por servidor</translation>
    </message>
    <message>
        <source>Ethernet bandwidth per server</source>
        <translation>Ancho de banda Ethernet por servidor</translation>
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
        <translation>La NIC adicional del servidor</translation>
    </message>
    <message>
        <source>The built servers&apos; extra NIC (not reported for these)</source>
        <translation>La NIC adicional de los servidores construidos (no publicada para estos)</translation>
    </message>
    <message>
        <source>PSU %1 (redundant)</source>
        <translation>Fuente %1 (redundante)</translation>
    </message>
    <message>
        <source>PSU %1</source>
        <translation>Fuente %1</translation>
    </message>
    <message>
        <source>Redundant power supplies per server</source>
        <translation>Fuentes de alimentación redundantes por servidor</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>vacío</translation>
    </message>
    <message>
        <source>4U liquid-cooled server (Supermicro&apos;s in the tour report; Dell was to assemble half the racks, Musk said)</source>
        <translation>Servidor de 4U con refrigeración líquida (de Supermicro en el artículo de la visita; según Musk, Dell iba a montar la mitad de los racks)</translation>
    </message>
    <message>
        <source>cooling</source>
        <translation>refrigeración</translation>
    </message>
    <message>
        <source>Rack %1 · rear</source>
        <translation>Rack %1 · parte trasera</translation>
    </message>
    <message>
        <source>Ethernet switches (not InfiniBand)</source>
        <translation>Switches Ethernet (no InfiniBand)</translation>
    </message>
    <message>
        <source>Ethernet switches</source>
        <translation>Switches Ethernet</translation>
    </message>
    <message>
        <source>switches</source>
        <translation>switches</translation>
    </message>
    <message>
        <source>rack-sized manifold (coolant)</source>
        <translation>colector del tamaño del rack (refrigerante)</translation>
    </message>
    <message>
        <source>manifold</source>
        <translation>colector</translation>
    </message>
    <message>
        <source>Rack-sized cooling manifold</source>
        <translation>Colector de refrigeración del tamaño del rack</translation>
    </message>
    <message>
        <source>three-phase power supplies</source>
        <translation>fuentes de alimentación trifásicas</translation>
    </message>
    <message>
        <source>3-phase power</source>
        <translation>trifásica</translation>
    </message>
    <message>
        <source>Three-phase power supplies</source>
        <translation>Fuentes de alimentación trifásicas</translation>
    </message>
    <message>
        <source>Server %1, rear: %2 redundant PSUs, %3 + 1 NICs</source>
        <translation>Servidor %1, parte trasera: %2 fuentes redundantes, %3 + 1 NIC</translation>
    </message>
    <message>
        <source>Server %1 rear</source>
        <translation>Servidor %1, trasera</translation>
    </message>
    <message>
        <source>Four redundant power supplies per server</source>
        <translation>Cuatro fuentes de alimentación redundantes por servidor</translation>
    </message>
    <message>
        <source>pump unit (rear)</source>
        <translation>unidad de bombeo (trasera)</translation>
    </message>
    <message>
        <source>pumps</source>
        <translation>bombas</translation>
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
        <source></source>
        <translation>Con --list-figures o --list-checks: imprimir en su lugar una matriz JSON.</translation>
    </message>
    <message>
        <source> or </source>
        <translation> o </translation>
    </message>
    <message>
        <source>one GPU (%1) · its own %2 GbE NIC (reported)</source>
        <translation>una GPU (%1) · su propia NIC de %2 GbE (publicado)</translation>
    </message>
    <message>
        <source>one GPU (%1) · network card not reported for these GPUs (drawn as built)</source>
        <translation>una GPU (%1) · tarjeta de red no publicada para estas GPU (dibujada como la construida)</translation>
    </message>
    <message>
        <source>%1 GPUs</source>
        <translation>%1 GPU</translation>
    </message>
    <message>
        <source> · %1 Tb/s Ethernet (reported per server)</source>
        <translation> · %1 Tb/s de Ethernet (publicado por servidor)</translation>
    </message>
    <message>
        <source>%1 GPUs · %2 servers</source>
        <translation>%1 GPU · %2 servidores</translation>
    </message>
    <message>
        <source>%1 GPUs in %2 of %3 servers (partial: the total ends here)</source>
        <translation>%1 GPU en %2 de %3 servidores (parcial: el total termina aquí)</translation>
    </message>
    <message>
        <source>%1 GPUs · %2 racks of %3 servers</source>
        <translation>%1 GPU · %2 racks de %3 servidores</translation>
    </message>
    <message>
        <source>%1 GPUs in %2 of %3 racks (partial: the total ends here)</source>
        <translation>%1 GPU en %2 de %3 racks (parcial: el total termina aquí)</translation>
    </message>
    <message>
        <source>%1 GPUs · %2 · %3 · %4</source>
        <translation>%1 GPU · %2 · %3 · %4</translation>
    </message>
    <message>
        <source>No report counts the servers, racks and groups of the whole; they are divided out of:</source>
        <translation>Ningún artículo cuenta los servidores, racks y grupos del conjunto; se obtienen dividiendo:</translation>
    </message>
</context>
<context>
    <name>DiagramPicture</name>
    <message>
        <source>Rear of the rack: three-phase power supplies, Ethernet switches and the rack-sized manifold (positions schematic). </source>
        <translation>Parte trasera del rack: fuentes de alimentación trifásicas, conmutadores Ethernet y el colector del tamaño del rack (posiciones esquemáticas). </translation>
    </message>
    <message>
        <source>Front elevation with U positions. </source>
        <translation>Alzado frontal con posiciones U. </translation>
    </message>
</context>
<context>
    <name>FigureFormat</name>
    <message>
        <source>%1 report</source>
        <translation>artículo en %1</translation>
    </message>
    <message>
        <source>several</source>
        <translation>varios</translation>
    </message>
    <message>
        <source>several thousand</source>
        <translation>varios miles</translation>
    </message>
    <message>
        <source>several hundred thousand</source>
        <translation>varios cientos de miles</translation>
    </message>
    <message>
        <source>several million</source>
        <translation>varios millones</translation>
    </message>
    <message>
        <source>several billion</source>
        <translation>varios miles de millones</translation>
    </message>
    <message>
        <source>several trillion</source>
        <translation>varios billones</translation>
    </message>
    <message>
        <source>tens of thousands</source>
        <translation>decenas de miles</translation>
    </message>
    <message>
        <source>tens of hundred thousands</source>
        <translation>millones</translation>
    </message>
    <message>
        <source>tens of millions</source>
        <translation>decenas de millones</translation>
    </message>
    <message>
        <source>tens of billions</source>
        <translation>decenas de miles de millones</translation>
    </message>
    <message>
        <source>tens of trillions</source>
        <translation>decenas de billones</translation>
    </message>
    <message>
        <source>tens of</source>
        <translation>decenas de</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>para %1</translation>
    </message>
    <message>
        <source>before %1</source>
        <translation>antes de %1</translation>
    </message>
    <message>
        <source>estimated</source>
        <translation>estimado</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>previsto</translation>
    </message>
    <message>
        <source>claimed by %1</source>
        <translation>según %1</translation>
    </message>
    <message>
        <source>est.</source>
        <translation>est.</translation>
    </message>
    <message>
        <source>plan</source>
        <translation>plan</translation>
    </message>
    <message>
        <source>claim</source>
        <translation>afirmación</translation>
    </message>
    <message>
        <source>derived</source>
        <translation>derivado</translation>
    </message>
    <message>
        <source>dated %1</source>
        <translation>fechado el %1</translation>
    </message>
    <message>
        <source>dated %1 (%2)</source>
        <translation>fechado el %1 (%2)</translation>
    </message>
    <message>
        <source>written %1</source>
        <translation>escrito en %1</translation>
    </message>
    <message>
        <source>file %1</source>
        <translation>archivo %1</translation>
    </message>
    <message>
        <source>Source: %1 (%2)</source>
        <translation>Fuente: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>FramedPicture</name>
    <message>
        <source>Schematic: no reported figure is drawn.</source>
        <translation>Esquema: no se dibuja ninguna cifra publicada.</translation>
    </message>
    <message>
        <source>Sources: %1 — reports shipped with Colossus Explorer; every figure links to its verbatim passage.</source>
        <translation>Fuentes: %1 — artículos incluidos con Colossus Explorer; cada cifra enlaza con su pasaje literal.</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>English</source>
        <translation>inglés</translation>
    </message>
    <message>
        <source>Japanese</source>
        <translation>japonés</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>chino</translation>
    </message>
    <message>
        <source>German</source>
        <translation>alemán</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>español</translation>
    </message>
</context>
<context>
    <name>LegendPainter</name>
    <message>
        <source>or %1 %2%3</source>
        <translation>o %1 %2%3</translation>
    </message>
    <message>
        <source>one block = a group of %1 racks × %2 GPUs = %3 GPUs</source>
        <translation>un bloque = un grupo de %1 racks × %2 GPU = %3 GPU</translation>
    </message>
    <message>
        <source>GPUs per group of racks</source>
        <translation>GPU por grupo de racks</translation>
    </message>
    <message>
        <source>Parts as reported; their placement in the server is schematic</source>
        <translation>Piezas según lo publicado; su posición en el servidor es esquemática</translation>
    </message>
    <message>
        <source>Rack units as reported; drawing schematic</source>
        <translation>Unidades de rack según lo publicado; dibujo esquemático</translation>
    </message>
    <message>
        <source> · last group partial (%1 of %2 racks)</source>
        <translation> · último grupo incompleto (%1 de %2 racks)</translation>
    </message>
    <message>
        <source>Placement schematic</source>
        <translation>Disposición esquemática</translation>
    </message>
    <message>
        <source>Drawing schematic</source>
        <translation>Dibujo esquemático</translation>
    </message>
    <message>
        <source>%1 groups, %2 racks</source>
        <translation>%1 grupos, %2 racks</translation>
    </message>
    <message>
        <source>= %1 racks × %2 GPUs = %3</source>
        <translation>= %1 racks × %2 GPU = %3</translation>
    </message>
    <message>
        <source>= both readings drawn</source>
        <translation>= ambas lecturas dibujadas</translation>
    </message>
    <message>
        <source>Groups in rows: schematic, no floor plan reported · %1 groups, %2 racks drawn%3</source>
        <translation>Grupos en filas: esquema, no se publicó un plano · %1 grupos, %2 racks dibujados%3</translation>
    </message>
    <message>
        <source>Schematic rows · %1 groups, %2 racks%3</source>
        <translation>Filas esquemáticas · %1 grupos, %2 racks%3</translation>
    </message>
</context>
<context>
    <name>PartsPanel</name>
    <message>
        <source>The report names the parts on the rear but not where they sit: their positions here are schematic.</source>
        <translation>El artículo nombra las piezas de la parte trasera pero no dónde están: su posición aquí es esquemática.</translation>
    </message>
    <message>
        <source>As built: </source>
        <translation>Como el construido: </translation>
    </message>
    <message>
        <source>%1 Tb/s Ethernet per server, as reported (%2 × %3 + %4 = %5 Gb/s)</source>
        <translation>%1 Tb/s de Ethernet por servidor, según lo publicado (%2 × %3 + %4 = %5 Gb/s)</translation>
    </message>
    <message>
        <source>Height: %1 × %2U servers + %3 × %4U manifolds + %5U pump unit = %6U, from the reported unit heights. Drawing schematic.</source>
        <translation>Altura: %1 × servidores de %2U + %3 × colectores de %4U + unidad de bombeo de %5U = %6U, según las alturas publicadas. Dibujo esquemático.</translation>
    </message>
    <message>
        <source>The reports list these parts; where they sit inside the server is schematic.</source>
        <translation>Los artículos enumeran estas piezas; su posición dentro del servidor es esquemática.</translation>
    </message>
    <message>
        <source>What the reports say is here</source>
        <translation>Lo que los artículos dicen que hay aquí</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>What the reports say</source>
        <translation>Lo que dicen los artículos</translation>
    </message>
    <message>
        <source>Our translation: “%1”</source>
        <translation>Nuestra traducción: «%1»</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Artículos</translation>
    </message>
    <message>
        <source>%1 · step %2 of %3</source>
        <translation>%1 · paso %2 de %3</translation>
    </message>
</context>
<context>
    <name>Scenario</name>
    <message>
        <source>type not reported</source>
        <translation>tipo no publicado</translation>
    </message>
    <message>
        <source>Colossus (built, %1 H100)</source>
        <translation>Colossus (construido, %1 H100)</translation>
    </message>
    <message>
        <source>Colossus (planned, %1 GPUs)</source>
        <translation>Colossus (previsto, %1 GPU)</translation>
    </message>
    <message>
        <source>Colossus (upgrade, %1: %2 + %3 H100 + %4 H200)</source>
        <translation>Colossus (ampliación, %1: %2 + %3 H100 + %4 H200)</translation>
    </message>
    <message>
        <source>more than %1</source>
        <translation>más de %1</translation>
    </message>
    <message>
        <source>about %1</source>
        <translation>unos %1</translation>
    </message>
    <message>
        <source>almost %1</source>
        <translation>casi %1</translation>
    </message>
    <message>
        <source>at least %1</source>
        <translation>al menos %1</translation>
    </message>
    <message>
        <source>up to %1</source>
        <translation>hasta %1</translation>
    </message>
    <message>
        <source>Built as of %1. Racks: %2 GPUs ÷ %3 per rack = %4 → %5 racks, the last one part full; the reports say &quot;%6 racks&quot;. Groups: %2 ÷ %7 per group = %8 → %9 groups, the last one partial; the reports say &quot;%10 groups&quot;. See the consistency check %11.</source>
        <translation>Construido, a fecha de %1. Racks: %2 GPU ÷ %3 por rack = %4 → %5 racks, el último a medio llenar; los artículos dicen «%6 racks». Grupos: %2 ÷ %7 por grupo = %8 → %9 grupos, el último incompleto; los artículos dicen «%10 grupos». Véase la comprobación de coherencia %11.</translation>
    </message>
    <message>
        <source>The reports disagree on the type: %1 B200 in Musk&apos;s post (report %2), %3 H200 in the tour report (report %4). Both readings are shown: each GPU is drawn in both colours.</source>
        <translation>Los artículos no coinciden en el tipo: %1 B200 en la publicación de Musk (artículo %2), %3 H200 en el artículo de la visita (artículo %4). Se muestran ambas lecturas: cada GPU se dibuja con los dos colores.</translation>
    </message>
    <message>
        <source>The plan reported by the FT: %1 GPUs, type not reported; drawn with the built cluster&apos;s rack and group sizes.</source>
        <translation>El plan publicado por el FT: %1 GPU, tipo no indicado; dibujado con los tamaños de rack y de grupo del clúster construido.</translation>
    </message>
    <message>
        <source>Built: %1 H100</source>
        <translation>Construido: %1 H100</translation>
    </message>
    <message>
        <source>Upgrade: %1 GPUs</source>
        <translation>Ampliación: %1 GPU</translation>
    </message>
    <message>
        <source>Promise: %1 B200/H200</source>
        <translation>Promesa: %1 B200/H200</translation>
    </message>
    <message>
        <source>Planned: %1 GPUs</source>
        <translation>Previsto: %1 GPU</translation>
    </message>
    <message>
        <source>The built %1 H100 plus another %2 H100 and %3 H200 announced for the upgrade: %4 GPUs in all.</source>
        <translation>Las %1 H100 construidas más otras %2 H100 y %3 H200 anunciadas para la ampliación: %4 GPU en total.</translation>
    </message>
    <message>
        <source>Colossus (promise, %1 B200 or %2 H200)</source>
        <translation>Colossus (promesa, %1 B200 o %2 H200)</translation>
    </message>
</context>
<context>
    <name>Theme</name>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Alto contraste</translation>
    </message>
</context>
<context>
    <name>TourExport</name>
    <message>
        <source>no output directory given</source>
        <translation>no se indicó ninguna carpeta de salida</translation>
    </message>
    <message>
        <source>%1: cannot create the directory</source>
        <translation>%1: no se puede crear la carpeta</translation>
    </message>
    <message>
        <source>%1: not a directory</source>
        <translation>%1: no es una carpeta</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>error: %1</translation>
    </message>
    <message>
        <source>wrote %1 of %2 %3 before the failure; no partial file was left behind</source>
        <translation>se escribieron %1 de %2 %3 antes del fallo; no quedó ningún archivo a medias</translation>
    </message>
    <message>
        <source>Wrote %1 %2 to %3</source>
        <translation>Se escribieron %1 %2 en %3</translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot; (expected png, svg or pdf)</source>
        <translation>formato desconocido «%1» (se espera png, svg o pdf)</translation>
    </message>
    <message>
        <source>step pictures and %1</source>
        <translation>imágenes de pasos y %1</translation>
    </message>
    <message>
        <source>views</source>
        <translation>vistas</translation>
    </message>
</context>
<context>
    <name>TourStepPicture</name>
    <message>
        <source> (our translation: “%1”)</source>
        <translation> (nuestra traducción: «%1»)</translation>
    </message>
    <message>
        <source>our translation: “%1”</source>
        <translation>nuestra traducción: «%1»</translation>
    </message>
</context>
<context>
    <name>Unit</name>
    <message>
        <source>GPUs</source>
        <translation>GPU</translation>
    </message>
    <message>
        <source>GPU</source>
        <translation>GPU</translation>
    </message>
    <message>
        <source>chips</source>
        <translation>chips</translation>
    </message>
    <message>
        <source>chip</source>
        <translation>chip</translation>
    </message>
    <message>
        <source>servers</source>
        <translation>servidores</translation>
    </message>
    <message>
        <source>server</source>
        <translation>servidor</translation>
    </message>
    <message>
        <source>racks</source>
        <translation>racks</translation>
    </message>
    <message>
        <source>rack</source>
        <translation>rack</translation>
    </message>
    <message>
        <source>groups</source>
        <translation>grupos</translation>
    </message>
    <message>
        <source>group</source>
        <translation>grupo</translation>
    </message>
    <message>
        <source>power supplies</source>
        <translation>fuentes de alimentación</translation>
    </message>
    <message>
        <source>power supply</source>
        <translation>fuente de alimentación</translation>
    </message>
    <message>
        <source>generators</source>
        <translation>generadores</translation>
    </message>
    <message>
        <source>generator</source>
        <translation>generador</translation>
    </message>
    <message>
        <source>homes</source>
        <translation>hogares</translation>
    </message>
    <message>
        <source>home</source>
        <translation>hogar</translation>
    </message>
    <message>
        <source>cities</source>
        <translation>ciudades</translation>
    </message>
    <message>
        <source>city</source>
        <translation>ciudad</translation>
    </message>
    <message>
        <source>days</source>
        <translation>días</translation>
    </message>
    <message>
        <source>day</source>
        <translation>día</translation>
    </message>
    <message>
        <source>weeks</source>
        <translation>semanas</translation>
    </message>
    <message>
        <source>week</source>
        <translation>semana</translation>
    </message>
    <message>
        <source>months</source>
        <translation>meses</translation>
    </message>
    <message>
        <source>month</source>
        <translation>mes</translation>
    </message>
    <message>
        <source>years</source>
        <translation>años</translation>
    </message>
    <message>
        <source>year</source>
        <translation>año</translation>
    </message>
    <message>
        <source>US gal/day</source>
        <translation>galones EE. UU./día</translation>
    </message>
    <message>
        <source>TWh/year</source>
        <translation>TWh/año</translation>
    </message>
</context>
<context>
    <name>ViewPath</name>
    <message>
        <source>Group %1</source>
        <translation>Grupo %1</translation>
    </message>
    <message>
        <source>Rack %1</source>
        <translation>Rack %1</translation>
    </message>
    <message>
        <source> (rear)</source>
        <translation> (parte trasera)</translation>
    </message>
    <message>
        <source>Server %1</source>
        <translation>Servidor %1</translation>
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
        <translation>Dónde está dentro de Colossus</translation>
    </message>
    <message>
        <source>You are here</source>
        <translation>Está aquí</translation>
    </message>
    <message>
        <source>Go to %1</source>
        <translation>Ir a %1</translation>
    </message>
</context>
<context>
    <name>colossus::ChartScene</name>
    <message>
        <source>  ⚠ sources disagree</source>
        <translation>  ⚠ las fuentes no coinciden</translation>
    </message>
    <message>
        <source>⚠ sources disagree</source>
        <translation>⚠ las fuentes no coinciden</translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation>Fuentes:</translation>
    </message>
    <message>
        <source>⚠ and a dashed outline: the reports disagree about this figure (see the consistency checks).</source>
        <translation>⚠ y contorno discontinuo: los artículos discrepan sobre esta cifra (véanse las comprobaciones de coherencia).</translation>
    </message>
</context>
<context>
    <name>colossus::ChartView</name>
    <message>
        <source>Chart</source>
        <translation>Gráfico</translation>
    </message>
    <message>
        <source>Arrow keys move between the marks; Return opens the passage a mark comes from</source>
        <translation>Las flechas pasan de una marca a otra; Intro abre el pasaje del que procede la marca</translation>
    </message>
</context>
<context>
    <name>colossus::ChartsPanel</name>
    <message>
        <source>Chart</source>
        <translation>Gráfico</translation>
    </message>
    <message>
        <source>&amp;Chart:</source>
        <translation>&amp;Gráfico:</translation>
    </message>
    <message>
        <source>&lt;b&gt;⚠ The reports disagree&lt;/b&gt; about this figure.&lt;br&gt;Click to see the consistency check.</source>
        <translation>&lt;b&gt;⚠ Los artículos no coinciden&lt;/b&gt; en esta cifra.&lt;br&gt;Haga clic para ver la comprobación de coherencia.</translation>
    </message>
    <message>
        <source>This chart cannot be drawn from the data file: %1</source>
        <translation>Este gráfico no se puede dibujar con el archivo de datos: %1</translation>
    </message>
    <message>
        <source>Warning: the reports disagree about this figure. Opens the consistency check %1.</source>
        <translation>Atención: los informes no coinciden en esta cifra. Abre la comprobación de coherencia %1.</translation>
    </message>
    <message>
        <source>%1. Source: %2.</source>
        <translation>%1. Fuente: %2.</translation>
    </message>
    <message>
        <source> (the report says “%1”)</source>
        <translation> (el informe dice «%1»)</translation>
    </message>
    <message>
        <source>. Source: %1</source>
        <translation>. Fuente: %1</translation>
    </message>
    <message>
        <source>Open passage</source>
        <translation>Abrir pasaje</translation>
    </message>
    <message>
        <source>Copy citation</source>
        <translation>Copiar cita</translation>
    </message>
    <message>
        <source>Source: %1 (%2)</source>
        <translation>Fuente: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>colossus::DiagramCanvas</name>
    <message>
        <source>Colossus hierarchy diagram</source>
        <translation>Diagrama jerárquico de Colossus</translation>
    </message>
    <message>
        <source>%1
Click to see the passage in the sources</source>
        <translation>%1
Haga clic para ver el pasaje en las fuentes</translation>
    </message>
    <message>
        <source> · in view: %1</source>
        <translation> · en vista: %1</translation>
    </message>
    <message>
        <source> · selected: %1</source>
        <translation> · seleccionado: %1</translation>
    </message>
    <message>
        <source>Colossus, %1</source>
        <translation>Colossus, %1</translation>
    </message>
    <message>
        <source>Group %1 of %2</source>
        <translation>Grupo %1 de %2</translation>
    </message>
    <message>
        <source>Rack %1 of group %2%3</source>
        <translation>Rack %1 del grupo %2%3</translation>
    </message>
    <message>
        <source>, rear view</source>
        <translation>, vista trasera</translation>
    </message>
    <message>
        <source>Server %1 of rack %2 in group %3</source>
        <translation>Servidor %1 del rack %2 del grupo %3</translation>
    </message>
    <message>
        <source>GPU %1 of server %2 in rack %3 of group %4</source>
        <translation>GPU %1 del servidor %2, rack %3 del grupo %4</translation>
    </message>
    <message>
        <source>; 1 linked fact</source>
        <translation>; 1 hecho vinculado</translation>
    </message>
    <message>
        <source>; %1 linked facts</source>
        <translation>; %1 hechos vinculados</translation>
    </message>
</context>
<context>
    <name>colossus::DiagramView</name>
    <message>
        <source>&amp;Scenario:</source>
        <translation>&amp;Escenario:</translation>
    </message>
    <message>
        <source>Rear view</source>
        <translation>Vista trasera</translation>
    </message>
    <message>
        <source>Show the rack from behind (R)</source>
        <translation>Mostrar el rack por detrás (R)</translation>
    </message>
    <message>
        <source>Copy path</source>
        <translation>Copiar ruta</translation>
    </message>
    <message>
        <source>Copy the view path, for --view on the command line</source>
        <translation>Copiar la ruta de la vista, para --view en la línea de comandos</translation>
    </message>
    <message>
        <source>Copy view path</source>
        <translation>Copiar ruta de la vista</translation>
    </message>
    <message>
        <source>Front / rear of the rack (R)</source>
        <translation>Frente / parte trasera del rack (R)</translation>
    </message>
    <message>
        <source>Up one level (Backspace)</source>
        <translation>Subir un nivel (Retroceso)</translation>
    </message>
    <message>
        <source>Whole cluster (0)</source>
        <translation>Clúster completo (0)</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Escenario</translation>
    </message>
    <message>
        <source>Rear view of the rack</source>
        <translation>Vista trasera del rack</translation>
    </message>
    <message>
        <source>Copy the view path</source>
        <translation>Copiar la ruta de la vista</translation>
    </message>
    <message>
        <source>How the scenario&apos;s counts were chosen</source>
        <translation>Cómo se eligieron los recuentos del escenario</translation>
    </message>
    <message>
        <source>Diagram status</source>
        <translation>Estado del diagrama</translation>
    </message>
    <message>
        <source>Open passage: %1</source>
        <translation>Abrir pasaje: %1</translation>
    </message>
    <message>
        <source>Copy citation</source>
        <translation>Copiar cita</translation>
    </message>
</context>
<context>
    <name>colossus::ExportDialog</name>
    <message>
        <source>Export view</source>
        <translation>Exportar vista</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>Imagen PNG</translation>
    </message>
    <message>
        <source>SVG drawing</source>
        <translation>Dibujo SVG</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>Documento PDF</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Personalizado</translation>
    </message>
    <message>
        <source>px</source>
        <translation>px</translation>
    </message>
    <message>
        <source>PNG pixels per layout pixel: 2 gives a sharper image with the same layout</source>
        <translation>Píxeles PNG por píxel de diseño: 2 da una imagen más nítida con el mismo diseño</translation>
    </message>
    <message>
        <source>Transparent background</source>
        <translation>Fondo transparente</translation>
    </message>
    <message>
        <source>%1 × %2 pixels</source>
        <translation>%1 × %2 píxeles</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <source>Browse for the file</source>
        <translation>Buscar el archivo</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>Ancho</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>Alto</translation>
    </message>
    <message>
        <source>Size preset</source>
        <translation>Tamaño predefinido</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Archivo:</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>F&amp;ormato:</translation>
    </message>
    <message>
        <source>Si&amp;ze:</source>
        <translation>&amp;Tamaño:</translation>
    </message>
    <message>
        <source>Sc&amp;ale:</source>
        <translation>&amp;Escala:</translation>
    </message>
    <message>
        <source>Please give a file name.</source>
        <translation>Indique un nombre de archivo.</translation>
    </message>
    <message>
        <source>“%1” already exists in %2.

Replace it?</source>
        <translation>«%1» ya existe en %2.

¿Reemplazarlo?</translation>
    </message>
    <message>
        <source>The folder %1 could not be created.</source>
        <translation>No se pudo crear la carpeta %1.</translation>
    </message>
    <message>
        <source>The view was not exported.

</source>
        <translation>La vista no se exportó.

</translation>
    </message>
</context>
<context>
    <name>colossus::FigureTableModel</name>
    <message>
        <source>The reports disagree: %1</source>
        <translation>Los artículos no coinciden: %1</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Cifra</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Hierarchy</source>
        <translation>Jerarquía</translation>
    </message>
    <message>
        <source>Compute</source>
        <translation>Cómputo</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Red</translation>
    </message>
    <message>
        <source>Power</source>
        <translation>Energía</translation>
    </message>
    <message>
        <source>Money</source>
        <translation>Dinero</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Cronología</translation>
    </message>
    <message>
        <source>Other systems</source>
        <translation>Otros sistemas</translation>
    </message>
</context>
<context>
    <name>colossus::MainWindow</name>
    <message>
        <source>Charts</source>
        <translation>Gráficos</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Export view…</source>
        <translation>&amp;Exportar vista…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Tema</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>&amp;About Colossus Explorer</source>
        <translation>&amp;Acerca de Colossus Explorer</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Acerca de &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Colossus Explorer shows the new language when it starts again. Restart now?</source>
        <translation>Colossus Explorer mostrará el nuevo idioma cuando vuelva a iniciarse. ¿Reiniciar ahora?</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>Se escribió %1</translation>
    </message>
    <message>
        <source>Copied a 1920 × 1080 image of “%1”</source>
        <translation>Se copió una imagen de «%1» de 1920 × 1080</translation>
    </message>
    <message>
        <source>About Colossus Explorer</source>
        <translation>Acerca de Colossus Explorer</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Colossus Explorer %1&lt;/h3&gt;&lt;p&gt;The layout of xAI&apos;s Colossus supercomputer in Memphis, made visible and checkable. Every figure comes from one of these reports, shipped unchanged with the app, and links to its verbatim passage:&lt;/p&gt;&lt;ul&gt;%2&lt;/ul&gt;&lt;p&gt;What the reports do not state is derived (formula shown) or drawn and labelled as schematic.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Colossus Explorer %1&lt;/h3&gt;&lt;p&gt;La estructura del superordenador Colossus de xAI en Memphis, visible y comprobable. Cada cifra procede de uno de estos artículos, que se incluyen sin cambios con la aplicación, y enlaza con su pasaje literal:&lt;/p&gt;&lt;ul&gt;%2&lt;/ul&gt;&lt;p&gt;Lo que los artículos no dicen se deriva (con la fórmula a la vista) o se dibuja y se marca como esquemático.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Atrás</translation>
    </message>
    <message>
        <source>Back to the previous view (Alt+Left)</source>
        <translation>Volver a la vista anterior (Alt+Izquierda)</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>A&amp;delante</translation>
    </message>
    <message>
        <source>Forward to the next view (Alt+Right)</source>
        <translation>Ir a la vista siguiente (Alt+Derecha)</translation>
    </message>
    <message>
        <source>Copy &amp;image</source>
        <translation>Copiar &amp;imagen</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Find figures…</source>
        <translation>&amp;Buscar cifras…</translation>
    </message>
    <message>
        <source>Copy view &amp;path</source>
        <translation>Copiar &amp;ruta de la vista</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Ir</translation>
    </message>
    <message>
        <source>Next &amp;pane</source>
        <translation>&amp;Panel siguiente</translation>
    </message>
    <message>
        <source>Previous pa&amp;ne</source>
        <translation>Panel a&amp;nterior</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navegación</translation>
    </message>
    <message>
        <source>&amp;Charts</source>
        <translation>&amp;Gráficos</translation>
    </message>
    <message>
        <source>&amp;Sources</source>
        <translation>&amp;Fuentes</translation>
    </message>
    <message>
        <source>&amp;Reset layout</source>
        <translation>&amp;Restablecer disposición</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Atajos de teclado</translation>
    </message>
    <message>
        <source>F6 / Shift+F6</source>
        <translation>F6 / Mayús+F6</translation>
    </message>
    <message>
        <source>Next / previous pane: diagram, charts, sources</source>
        <translation>Panel siguiente / anterior: diagrama, gráficos, fuentes</translation>
    </message>
    <message>
        <source>Tab / Shift+Tab</source>
        <translation>Tab / Mayús+Tab</translation>
    </message>
    <message>
        <source>Next / previous control; in the diagram and the charts, the next linked part or mark</source>
        <translation>Control siguiente / anterior; en el diagrama y los gráficos, la siguiente parte enlazada o marca</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Intro</translation>
    </message>
    <message>
        <source>Open the passage of the focused link or chart mark; in the diagram without a focused link, zoom into the selection</source>
        <translation>Abrir el pasaje del enlace o la marca con el foco; en el diagrama sin enlace con foco, acercar la selección</translation>
    </message>
    <message>
        <source>Arrow keys</source>
        <translation>Flechas</translation>
    </message>
    <message>
        <source>Diagram: select a neighbour; charts: the next bar or point; tables: the next row</source>
        <translation>Diagrama: seleccionar un vecino; gráficos: la barra o el punto siguiente; tablas: la fila siguiente</translation>
    </message>
    <message>
        <source>+ / -</source>
        <translation>+ / -</translation>
    </message>
    <message>
        <source>Zoom the diagram in / out</source>
        <translation>Acercar / alejar el diagrama</translation>
    </message>
    <message>
        <source>Backspace</source>
        <translation>Retroceso</translation>
    </message>
    <message>
        <source>Diagram: up one level</source>
        <translation>Diagrama: subir un nivel</translation>
    </message>
    <message>
        <source>0 / Home</source>
        <translation>0 / Inicio</translation>
    </message>
    <message>
        <source>Diagram: the whole cluster</source>
        <translation>Diagrama: el clúster entero</translation>
    </message>
    <message>
        <source>R</source>
        <translation>R</translation>
    </message>
    <message>
        <source>Diagram: front or rear of a rack</source>
        <translation>Diagrama: frente o parte trasera de un rack</translation>
    </message>
    <message>
        <source>Alt+Left / Alt+Right</source>
        <translation>Alt+Izquierda / Alt+Derecha</translation>
    </message>
    <message>
        <source>Back / forward through the views visited (also the mouse&apos;s back and forward buttons)</source>
        <translation>Atrás / adelante por las vistas visitadas (también con los botones atrás y adelante del ratón)</translation>
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <source>Search the figures</source>
        <translation>Buscar en las cifras</translation>
    </message>
    <message>
        <source>Ctrl+C</source>
        <translation>Ctrl+C</translation>
    </message>
    <message>
        <source>In the sources: copy the selected figure&apos;s citation</source>
        <translation>En las fuentes: copiar la cita de la cifra seleccionada</translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Mayús+C</translation>
    </message>
    <message>
        <source>Copy an image of the diagram or chart</source>
        <translation>Copiar una imagen del diagrama o del gráfico</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Export the diagram or chart (PNG, SVG, PDF)</source>
        <translation>Exportar el diagrama o el gráfico (PNG, SVG, PDF)</translation>
    </message>
    <message>
        <source>Shift+F10 / Menu</source>
        <translation>Mayús+F10 / Menú</translation>
    </message>
    <message>
        <source>Context menu of the diagram or the chart mark</source>
        <translation>Menú contextual del diagrama o de la marca del gráfico</translation>
    </message>
    <message>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <source>Present the guided tour</source>
        <translation>Presentar la visita guiada</translation>
    </message>
    <message>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <source>This list</source>
        <translation>Esta lista</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <source>What they do</source>
        <translation>Qué hacen</translation>
    </message>
    <message>
        <source>Copied the citation of “%1”</source>
        <translation>Cita de «%1» copiada</translation>
    </message>
    <message>
        <source>Whole cluster</source>
        <translation>Clúster entero</translation>
    </message>
    <message>
        <source>%1 — Colossus Explorer</source>
        <translation>%1 — Colossus Explorer</translation>
    </message>
    <message>
        <source>Copy &amp;citation</source>
        <translation>Copiar &amp;cita</translation>
    </message>
    <message>
        <source>Copy citation as &amp;BibTeX</source>
        <translation>Copiar cita como Bib&amp;TeX</translation>
    </message>
    <message>
        <source>Copy citation as CSL-&amp;JSON</source>
        <translation>Copiar cita como CSL-&amp;JSON</translation>
    </message>
    <message>
        <source>Note on this report: %1</source>
        <translation>Nota sobre este artículo: %1</translation>
    </message>
</context>
<context>
    <name>colossus::Minimap</name>
    <message>
        <source>The whole cluster: click or drag to move the view</source>
        <translation>El clúster completo: haga clic o arrastre para mover la vista</translation>
    </message>
    <message>
        <source>Minimap</source>
        <translation>Minimapa</translation>
    </message>
</context>
<context>
    <name>colossus::PresentationWindow</name>
    <message>
        <source>Go to step %1, then Return</source>
        <translation>Ir al paso %1: pulse Intro</translation>
    </message>
    <message>
        <source>Exploring: Esc or R returns to the step</source>
        <translation>Explorando: Esc o R vuelve al paso</translation>
    </message>
    <message>
        <source>Our translation: “%1”</source>
        <translation>Nuestra traducción: «%1»</translation>
    </message>
    <message>
        <source>Esc, R or a click returns to the step</source>
        <translation>Esc, R o un clic vuelve al paso</translation>
    </message>
    <message>
        <source>→ ↓ PgDn Space Return</source>
        <translation>→ ↓ AvPág Espacio Intro</translation>
    </message>
    <message>
        <source>next step (a click does the same)</source>
        <translation>paso siguiente (un clic hace lo mismo)</translation>
    </message>
    <message>
        <source>← ↑ PgUp Backspace</source>
        <translation>← ↑ RePág Retroceso</translation>
    </message>
    <message>
        <source>previous step</source>
        <translation>paso anterior</translation>
    </message>
    <message>
        <source>Home  End</source>
        <translation>Inicio  Fin</translation>
    </message>
    <message>
        <source>first, last step</source>
        <translation>primer, último paso</translation>
    </message>
    <message>
        <source>digits, Return</source>
        <translation>dígitos, Intro</translation>
    </message>
    <message>
        <source>go to that step</source>
        <translation>ir a ese paso</translation>
    </message>
    <message>
        <source>O</source>
        <translation>O</translation>
    </message>
    <message>
        <source>overview: arrows and Return pick a step, Esc returns</source>
        <translation>vista general: las flechas e Intro eligen un paso, Esc vuelve</translation>
    </message>
    <message>
        <source>B or .   W</source>
        <translation>B o .   W</translation>
    </message>
    <message>
        <source>black, white screen</source>
        <translation>pantalla en negro, en blanco</translation>
    </message>
    <message>
        <source>L</source>
        <translation>L</translation>
    </message>
    <message>
        <source>pointer dot (follows the mouse)</source>
        <translation>punto señalador (sigue al ratón)</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>spotlight: dims all but a circle</source>
        <translation>foco: oscurece todo menos un círculo</translation>
    </message>
    <message>
        <source>D   C</source>
        <translation>D   C</translation>
    </message>
    <message>
        <source>draw with mouse or pen, clear the ink</source>
        <translation>dibujar con el ratón o el lápiz, borrar el trazo</translation>
    </message>
    <message>
        <source>wheel, drag, R</source>
        <translation>rueda, arrastrar, R</translation>
    </message>
    <message>
        <source>zoom and pan; R returns to the step</source>
        <translation>acercar y desplazar; R vuelve al paso</translation>
    </message>
    <message>
        <source>P   X</source>
        <translation>P   X</translation>
    </message>
    <message>
        <source>presenter view, swap screens</source>
        <translation>vista del presentador, intercambiar pantallas</translation>
    </message>
    <message>
        <source>?</source>
        <translation>?</translation>
    </message>
    <message>
        <source>this help</source>
        <translation>esta ayuda</translation>
    </message>
    <message>
        <source>Esc  F5</source>
        <translation>Esc  F5</translation>
    </message>
    <message>
        <source>leave (Esc first closes what is open)</source>
        <translation>salir (Esc cierra primero lo que esté abierto)</translation>
    </message>
    <message>
        <source>All steps: arrows and Return pick one, Esc returns</source>
        <translation>Todos los pasos: las flechas e Intro eligen uno, Esc vuelve</translation>
    </message>
    <message>
        <source>Presentation keys</source>
        <translation>Teclas de la presentación</translation>
    </message>
</context>
<context>
    <name>colossus::PresenterView</name>
    <message>
        <source>Presenter view: %1</source>
        <translation>Vista del presentador: %1</translation>
    </message>
    <message>
        <source>End of the tour</source>
        <translation>Fin de la visita</translation>
    </message>
    <message>
        <source>Step %1</source>
        <translation>Paso %1</translation>
    </message>
    <message>
        <source>  (screen black)</source>
        <translation>  (pantalla en negro)</translation>
    </message>
    <message>
        <source>  (screen white)</source>
        <translation>  (pantalla en blanco)</translation>
    </message>
    <message>
        <source>  (exploring)</source>
        <translation>  (explorando)</translation>
    </message>
    <message>
        <source>  go to %1</source>
        <translation>  ir a %1</translation>
    </message>
    <message>
        <source>Now: %1</source>
        <translation>Ahora: %1</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Siguiente: %1</translation>
    </message>
    <message>
        <source>Next: end</source>
        <translation>Siguiente: fin</translation>
    </message>
    <message>
        <source>Swap screens (X)</source>
        <translation>Intercambiar pantallas (X)</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>This step</source>
        <translation>Este paso</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Caption: %1</source>
        <translation>Leyenda: %1</translation>
    </message>
</context>
<context>
    <name>colossus::SourceView</name>
    <message>
        <source>Passage and translation</source>
        <translation>Pasaje y traducción</translation>
    </message>
    <message>
        <source>Source document</source>
        <translation>Documento fuente</translation>
    </message>
    <message>
        <source>Select a figure or a consistency check to see the passage it comes from.</source>
        <translation>Seleccione una cifra o una comprobación de coherencia para ver el pasaje del que procede.</translation>
    </message>
    <message>
        <source>derived</source>
        <translation>derivada</translation>
    </message>
    <message>
        <source>reported in %1</source>
        <translation>publicada en %1</translation>
    </message>
    <message>
        <source>as of %1</source>
        <translation>a fecha de %1</translation>
    </message>
    <message>
        <source>As written:</source>
        <translation>Tal como se escribe:</translation>
    </message>
    <message>
        <source>Derived:</source>
        <translation>Derivada:</translation>
    </message>
    <message>
        <source>Inputs:</source>
        <translation>Datos de partida:</translation>
    </message>
    <message>
        <source>The highlighted passages state the reported numbers this figure is computed from.</source>
        <translation>Los pasajes resaltados dan las cifras publicadas con las que se calcula esta cifra.</translation>
    </message>
    <message>
        <source>Consistency checks:</source>
        <translation>Comprobaciones de coherencia:</translation>
    </message>
    <message>
        <source>statement</source>
        <translation>afirmación</translation>
    </message>
    <message>
        <source>Passage in %1:</source>
        <translation>Pasaje en %1:</translation>
    </message>
    <message>
        <source>Figures involved:</source>
        <translation>Cifras implicadas:</translation>
    </message>
    <message>
        <source>Passages in %1 documents:</source>
        <translation>Pasajes en %1 documentos:</translation>
    </message>
    <message>
        <source>Facts involved:</source>
        <translation>Hechos implicados:</translation>
    </message>
    <message>
        <source>Our translation:</source>
        <translation>Nuestra traducción:</translation>
    </message>
    <message>
        <source>Note on this report:</source>
        <translation>Nota sobre este artículo:</translation>
    </message>
    <message>
        <source>See the check</source>
        <translation>Ver la comprobación</translation>
    </message>
</context>
<context>
    <name>colossus::SourcesBrowser</name>
    <message>
        <source>Search figures, quotes, translations…</source>
        <translation>Buscar cifras, citas, traducciones…</translation>
    </message>
    <message>
        <source>Every word must occur in the figure&apos;s name, id, quote or translation (Ctrl+F)</source>
        <translation>Cada palabra debe aparecer en el nombre, el id, la cita o la traducción de la cifra (Ctrl+F)</translation>
    </message>
    <message>
        <source>All topics</source>
        <translation>Todos los temas</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Search figures</source>
        <translation>Buscar cifras</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Cifras</translation>
    </message>
    <message>
        <source>Consistency checks</source>
        <translation>Comprobaciones de coherencia</translation>
    </message>
    <message>
        <source>Copy citation</source>
        <translation>Copiar cita</translation>
    </message>
    <message>
        <source>&lt;b&gt;Consistency checks&lt;/b&gt; — where the reports agree and where they do not</source>
        <translation>&lt;b&gt;Comprobaciones de coherencia&lt;/b&gt;: dónde coinciden los artículos y dónde no</translation>
    </message>
    <message>
        <source>1 figure</source>
        <translation>1 cifra</translation>
    </message>
    <message>
        <source>%1 figures</source>
        <translation>%1 cifras</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>Derived: %1</source>
        <translation>Derivada: %1</translation>
    </message>
    <message>
        <source>Copy citation as BibTeX</source>
        <translation>Copiar cita como BibTeX</translation>
    </message>
    <message>
        <source>Copy citation as CSL-JSON</source>
        <translation>Copiar cita como CSL-JSON</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Fuente: %1</translation>
    </message>
    <message>
        <source>Our translation: “%1”</source>
        <translation>Nuestra traducción: «%1»</translation>
    </message>
</context>
<context>
    <name>colossus::TourActions</name>
    <message>
        <source>&amp;Present</source>
        <translation>&amp;Presentar</translation>
    </message>
    <message>
        <source>Export &amp;tour…</source>
        <translation>Exportar &amp;visita…</translation>
    </message>
    <message>
        <source>Walk through the cluster full screen (Esc leaves)</source>
        <translation>Recorrer el clúster a pantalla completa (Esc para salir)</translation>
    </message>
    <message>
        <source>Write one PNG per tour step and tour.md into a folder</source>
        <translation>Escribir un PNG por paso de la visita y tour.md en una carpeta</translation>
    </message>
    <message>
        <source>Guided tour</source>
        <translation>Visita guiada</translation>
    </message>
    <message>
        <source>The guided tour does not fit the loaded data, so it cannot be shown.</source>
        <translation>La visita guiada no corresponde a los datos cargados, así que no se puede mostrar.</translation>
    </message>
    <message>
        <source>Export &amp;handout…</source>
        <translation>Exportar &amp;folleto…</translation>
    </message>
    <message>
        <source>Write the tour as one PDF: a page per step with its caption and passages</source>
        <translation>Escribir la visita en un único PDF: una página por paso con su leyenda y sus pasajes</translation>
    </message>
    <message>
        <source>Export handout</source>
        <translation>Exportar folleto</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%n page(s)).</source>
        <translation>
            <numerusform>Se escribió %1 (%n página).</numerusform>
            <numerusform>Se escribió %1 (%n páginas).</numerusform>
        </translation>
    </message>
    <message>
        <source>The handout could not be written.

%1</source>
        <translation>No se pudo escribir el folleto.

%1</translation>
    </message>
</context>
<context>
    <name>colossus::TourExportDialog</name>
    <message>
        <source>Exporting the tour...</source>
        <translation>Exportando la visita…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Export tour</source>
        <translation>Exportar visita</translation>
    </message>
    <message>
        <source>Writing %1 (%2 of %3)</source>
        <translation>Escribiendo %1 (%2 de %3)</translation>
    </message>
    <message>
        <source>The tour could not be exported.

%1</source>
        <translation>No se pudo exportar la visita.

%1</translation>
    </message>
    <message numerus="yes">
        <source>Export cancelled after %n complete file(s).</source>
        <translation>
            <numerusform>Exportación cancelada tras %n archivo completo.</numerusform>
            <numerusform>Exportación cancelada tras %n archivos completos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrote %1 step pictures and %2 to %3.</source>
        <translation>Se escribieron %1 imágenes de pasos y %2 en %3.</translation>
    </message>
</context>
<context>
    <name>colossus::TourExportSettingsDialog</name>
    <message>
        <source>Export tour</source>
        <translation>Exportar visita</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <source>PNG images</source>
        <translation>Imágenes PNG</translation>
    </message>
    <message>
        <source>SVG drawings</source>
        <translation>Dibujos SVG</translation>
    </message>
    <message>
        <source>PDF documents</source>
        <translation>Documentos PDF</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Personalizado</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>PNG pixels per layout pixel: 2 gives a sharper image, same layout</source>
        <translation>Píxeles PNG por píxel de diseño: 2 da una imagen más nítida, con el mismo diseño</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Carpeta:</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Formato:</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>Tamaño:</translation>
    </message>
    <message>
        <source>Scale:</source>
        <translation>Escala:</translation>
    </message>
    <message>
        <source>Theme:</source>
        <translation>Tema:</translation>
    </message>
    <message>
        <source>Export tour handouts to</source>
        <translation>Exportar los folletos de la visita a</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) in this folder will be replaced.</source>
        <translation>
            <numerusform>Se reemplazará %n archivo de esta carpeta.</numerusform>
            <numerusform>Se reemplazarán %n archivos de esta carpeta.</numerusform>
        </translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Reemplazar</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>The data file %1 has problems; Colossus Explorer opens the embedded Colossus data instead.</source>
        <translation>El archivo de datos %1 tiene problemas; Colossus Explorer abre en su lugar los datos integrados de Colossus.</translation>
    </message>
</context>
</TS>
