<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP" sourcelanguage="en">
<context>
    <name>ChartSpec</name>
    <message>
        <source>GPU counts: Colossus against other systems</source>
        <translation>GPU数：Colossusと他のシステムの比較</translation>
    </message>
    <message>
        <source>Power, water and energy</source>
        <translation>電力・水・エネルギー</translation>
    </message>
    <message>
        <source>Money: funding, deals and valuations</source>
        <translation>資金：調達額、取引、企業評価額</translation>
    </message>
    <message>
        <source>Timeline: from site decision to training</source>
        <translation>年表：建設地の決定から学習開始まで</translation>
    </message>
    <message>
        <source>Network: Ethernet bandwidth per GPU server</source>
        <translation>ネットワーク：GPUサーバー1台あたりのイーサネット帯域</translation>
    </message>
    <message>
        <source>Accelerators in each system, cluster or plan</source>
        <translation>各システム・クラスター・計画のアクセラレーター数</translation>
    </message>
    <message>
        <source>GPUs (count; linear scale)</source>
        <translation>GPU（基数、線形目盛り）</translation>
    </message>
    <message>
        <source>Colossus (xAI, Memphis)</source>
        <translation>Colossus（xAI、メンフィス）</translation>
    </message>
    <message>
        <source>Other systems and clusters</source>
        <translation>他のシステムとクラスター</translation>
    </message>
    <message>
        <source>type not given</source>
        <translation>種類の記載なし</translation>
    </message>
    <message>
        <source>Electric power</source>
        <translation>電力</translation>
    </message>
    <message>
        <source>megawatts (MW)</source>
        <translation>メガワット（MW）</translation>
    </message>
    <message>
        <source>Electricity for one request (IEA)</source>
        <translation>1回のリクエストの電力量（IEA）</translation>
    </message>
    <message>
        <source>watt-hours (Wh)</source>
        <translation>ワット時（Wh）</translation>
    </message>
    <message>
        <source>AI&apos;s share of data-centre electricity demand (Goldman Sachs)</source>
        <translation>データセンターの電力需要に占めるAIの割合（ゴールドマン・サックス）</translation>
    </message>
    <message>
        <source>percent of demand (%)</source>
        <translation>需要に占める割合（%）</translation>
    </message>
    <message>
        <source>Single figures (nothing like them to compare with)</source>
        <translation>単独の数値（比較できるものがないもの）</translation>
    </message>
    <message>
        <source>Money raised, invested or committed</source>
        <translation>調達・投資・約束された金額</translation>
    </message>
    <message>
        <source>US dollars, billions (linear scale)</source>
        <translation>米ドル、10億単位（線形目盛り）</translation>
    </message>
    <message>
        <source>xAI&apos;s valuation (what investors say the company is worth)</source>
        <translation>xAIの企業評価額（投資家が見積もる会社の価値）</translation>
    </message>
    <message>
        <source>When it happened (dot: the day is given; bar: only the month or season)</source>
        <translation>いつ起きたか（点：日付が分かるもの、帯：月または季節のみ分かるもの）</translation>
    </message>
    <message>
        <source>How long it took</source>
        <translation>かかった期間</translation>
    </message>
    <message>
        <source>days (weeks, months and years converted; linear scale)</source>
        <translation>日数（週・月・年は日に換算、線形目盛り）</translation>
    </message>
    <message>
        <source>1 week = 7 days, 1 month = 30.44 days, 1 year = 365.25 days.</source>
        <translation>1週＝7日、1か月＝30.44日、1年＝365.25日で換算。</translation>
    </message>
    <message>
        <source>Ethernet bandwidth of one GPU server</source>
        <translation>GPUサーバー1台のイーサネット帯域</translation>
    </message>
    <message>
        <source>gigabits per second (Gb/s)</source>
        <translation>ギガビット毎秒（Gb/s）</translation>
    </message>
    <message>
        <source>What kind of network</source>
        <translation>ネットワークの種類</translation>
    </message>
    <message>
        <source>%1, %2 local time</source>
        <translation>%1、現地時間%2</translation>
    </message>
    <message>
        <source>date as the reports give it (local; month ticks)</source>
        <translation>報道に記載の日付（現地時間、目盛りは月単位）</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>agrees</source>
        <translation>一致</translation>
    </message>
    <message>
        <source>disagrees</source>
        <translation>不一致</translation>
    </message>
    <message>
        <source>unclear unit</source>
        <translation>単位が不明確</translation>
    </message>
    <message>
        <source>Colossus Explorer: the layout of xAI&apos;s Colossus supercomputer, every figure linked to the passage it came from.
Without a command it opens the window.</source>
        <translation>Colossus Explorer：xAIのスーパーコンピューターColossusの構成を、すべての数値に出典箇所を添えて示します。
コマンドを指定しなければウィンドウを開きます。</translation>
    </message>
    <message>
        <source>Use the figures in FILE instead of the embedded catalogue.</source>
        <translation>組み込みのカタログの代わりにFILEの数値を使います。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Validate FILE; print its problems and exit 1, or a summary and exit 0.</source>
        <translation>FILEを検証します。問題があれば一覧を表示して終了コード1、なければ概要を表示して終了コード0で終了します。</translation>
    </message>
    <message>
        <source>Print every figure as an aligned table.</source>
        <translation>すべての数値を表形式で表示します。</translation>
    </message>
    <message>
        <source>Print the consistency checks with their verdicts.</source>
        <translation>整合性チェックとその判定を表示します。</translation>
    </message>
    <message>
        <source>Print every exportable view path.</source>
        <translation>書き出し可能なすべてのビューのパスを表示します。</translation>
    </message>
    <message>
        <source>Open (or export) the view PATH, e.g. cluster, group/12/rack/3, chart/power.</source>
        <translation>ビューPATHを開きます（または書き出します）。例：cluster、group/12/rack/3、chart/power</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>PATH</translation>
    </message>
    <message>
        <source>Scenario ID: built, upgrade, promise or planned.</source>
        <translation>シナリオID：built、upgrade、promise、plannedのいずれか。</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Theme: light, dark or high-contrast.</source>
        <translation>テーマ：light、dark、high-contrastのいずれか。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Interface language for this run: en, ja, zh_CN, de or es (default: the language chosen in View &gt; Language, else the system&apos;s).</source>
        <translation>今回の実行で使う表示言語：en、ja、zh_CN、de、esのいずれか（省略時は［表示］&gt;［言語］で選んだ言語、未設定ならシステムの言語）。</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>Write the view to OUT (.png, .svg or .pdf) and exit.</source>
        <translation>ビューをOUT（.png、.svg、.pdf）に書き出して終了します。</translation>
    </message>
    <message>
        <source>OUT</source>
        <translation>OUT</translation>
    </message>
    <message>
        <source>Export size in pixels (default 1920x1080).</source>
        <translation>書き出すサイズ（ピクセル、既定値1920x1080）。</translation>
    </message>
    <message>
        <source>WxH</source>
        <translation>WxH</translation>
    </message>
    <message>
        <source>Export scale factor for PNG pixels (default 1).</source>
        <translation>PNGのピクセル倍率（既定値1）。</translation>
    </message>
    <message>
        <source>F</source>
        <translation>F</translation>
    </message>
    <message>
        <source>Export without a background.</source>
        <translation>背景なしで書き出します。</translation>
    </message>
    <message>
        <source>Write the guided tour as PNG handouts and tour.md into DIR.</source>
        <translation>ガイドツアーを配布用のPNGとtour.mdとしてDIRに書き出します。</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <source>Write every view of --list-views into DIR.</source>
        <translation>--list-viewsのすべてのビューをDIRに書き出します。</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>See colossus-explorer --help.</source>
        <translation>colossus-explorer --helpを参照してください。</translation>
    </message>
    <message>
        <source>--lang %1: use en, ja, zh_CN, de or es</source>
        <translation>--lang %1：en、ja、zh_CN、de、esのいずれかを指定してください</translation>
    </message>
    <message>
        <source>unexpected argument: %1</source>
        <translation>想定外の引数です：%1</translation>
    </message>
    <message>
        <source>--%1 and --%2 are separate commands: give one at a time</source>
        <translation>--%1と--%2は別々のコマンドです。一度に一つだけ指定してください</translation>
    </message>
    <message>
        <source>--%1 goes with a command such as --export</source>
        <translation>--%1は--exportなどのコマンドと一緒に指定します</translation>
    </message>
    <message>
        <source>--%1 does not go with --%2</source>
        <translation>--%1は--%2と一緒には使えません</translation>
    </message>
    <message>
        <source>--theme %1: use light, dark or high-contrast</source>
        <translation>--theme %1：light、dark、high-contrastのいずれかを指定してください</translation>
    </message>
    <message>
        <source>1 problem</source>
        <translation>問題が1件あります</translation>
    </message>
    <message>
        <source>%1 problems</source>
        <translation>問題が%1件あります</translation>
    </message>
    <message>
        <source>OK, %1 figures (%2 reported, %3 derived), %4 facts, %5 source documents, %6 consistency checks (%7 disagree or have an unclear unit)</source>
        <translation>OK：数値%1件（報道%2件、算出%3件）、事実%4件、出典文書%5件、整合性チェック%6件（うち不一致または単位不明確%7件）</translation>
    </message>
    <message>
        <source>VALUE</source>
        <translation>値</translation>
    </message>
    <message>
        <source>UNIT</source>
        <translation>単位</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>種別</translation>
    </message>
    <message>
        <source>TOPIC</source>
        <translation>分野</translation>
    </message>
    <message>
        <source>SOURCE</source>
        <translation>出典</translation>
    </message>
    <message>
        <source>LABEL</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>derived</source>
        <translation>算出</translation>
    </message>
    <message>
        <source>reported</source>
        <translation>報道</translation>
    </message>
    <message>
        <source>%1 figures</source>
        <translation>数値%1件</translation>
    </message>
    <message>
        <source>figures: %1</source>
        <translation>使用した数値：%1</translation>
    </message>
    <message>
        <source>%1 consistency checks</source>
        <translation>整合性チェック%1件</translation>
    </message>
    <message>
        <source>--size %1: expected WIDTHxHEIGHT in pixels, e.g. 1920x1080</source>
        <translation>--size %1：幅x高さをピクセルで指定してください（例：1920x1080）</translation>
    </message>
    <message>
        <source>--size %1: at most %2 pixels on a side</source>
        <translation>--size %1：一辺は最大%2ピクセルです</translation>
    </message>
    <message>
        <source>--scale %1: not a number</source>
        <translation>--scale %1：数値ではありません</translation>
    </message>
    <message>
        <source>wrote %1</source>
        <translation>%1を書き出しました</translation>
    </message>
    <message>
        <source>With --list-figures or --list-checks: print a JSON array instead.</source>
        <translation>--list-figuresまたは--list-checksと併用：代わりにJSON配列を出力します。</translation>
    </message>
    <message>
        <source>arithmetic: %1</source>
        <translation>計算：%1</translation>
    </message>
    <message>
        <source>facts: %1</source>
        <translation>関係する事実：%1</translation>
    </message>
    <message>
        <source>Write the guided tour as one PDF handout FILE.pdf: a page per step with its caption and every cited passage.</source>
        <translation>GPU数：Colossusと他のシステムの比較</translation>
    </message>
    <message>
        <source>With --export-all or --export-tour: png, svg or pdf (default png); with --cite: text, bibtex or csl-json (default text).</source>
        <translation>--export-allまたは--export-tourと併用：png、svg、pdfのいずれか（既定値png）。--citeと併用：text、bibtex、csl-jsonのいずれか（既定値text）。</translation>
    </message>
    <message>
        <source>Print a citation of the figure, fact or check ID: its report(s) by headline and outlet, the passage, our translation, the app version and the catalogue&apos;s SHA-256.</source>
        <translation>IDで指定した数値・事実・チェックの引用を表示します。報道記事（見出しと媒体名）、出典箇所、本アプリによる訳、アプリのバージョン、カタログのSHA-256を含みます。</translation>
    </message>
    <message>
        <source>: the value is empty</source>
        <translation>：値が空です</translation>
    </message>
</context>
<context>
    <name>DiagramModel</name>
    <message>
        <source></source>
        <translation>--list-figures または --list-checks と併用：代わりに JSON 配列を出力します。</translation>
    </message>
</context>
<context>
    <name>DiagramPicture</name>
    <message>
        <source>Rear of the rack: three-phase power supplies, Ethernet switches and the rack-sized manifold (positions schematic). </source>
        <translation>ラック背面：三相電源、イーサネットスイッチ、ラック全高のマニホールド（配置は模式図）。</translation>
    </message>
    <message>
        <source>Front elevation with U positions. </source>
        <translation>正面図（U位置付き）。</translation>
    </message>
</context>
<context>
    <name>FigureFormat</name>
    <message>
        <source>%1 report</source>
        <translation>%1の記事</translation>
    </message>
</context>
<context>
    <name>FramedPicture</name>
    <message>
        <source>Schematic: no reported figure is drawn.</source>
        <translation>模式図：報道された数値は描かれていません。</translation>
    </message>
    <message>
        <source>Sources: %1 — reports shipped with Colossus Explorer; every figure links to its verbatim passage.</source>
        <translation>出典：%1 — Colossus Explorerに同梱の報道記事。数値はすべて原文の該当箇所にリンクしています。</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>English</source>
        <translation>英語</translation>
    </message>
    <message>
        <source>Japanese</source>
        <translation>日本語</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>中国語</translation>
    </message>
    <message>
        <source>German</source>
        <translation>ドイツ語</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>スペイン語</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>What the reports say</source>
        <translation>報道の記述</translation>
    </message>
    <message>
        <source>Our translation: “%1”</source>
        <translation>訳：「%1」</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>報道記事</translation>
    </message>
    <message>
        <source>%1 · step %2 of %3</source>
        <translation>%1 · ステップ%2（全%3）</translation>
    </message>
</context>
<context>
    <name>Scenario</name>
    <message>
        <source>type not reported</source>
        <translation>種類の記載なし</translation>
    </message>
    <message>
        <source>Colossus (built, %1 H100)</source>
        <translation>Colossus（建設済み、H100 %1基）</translation>
    </message>
    <message>
        <source>Colossus (promise, %1 B200 or H200)</source>
        <translation>Colossus（予告、B200またはH200 %1基）</translation>
    </message>
    <message>
        <source>Colossus (planned, %1 GPUs)</source>
        <translation>Colossus（計画、GPU %1基）</translation>
    </message>
    <message>
        <source>Colossus (upgrade, %1: %2 + %3 H100 + %4 H200)</source>
        <translation>Colossus（増強、計%1基：%2 + H100 %3基 + H200 %4基）</translation>
    </message>
</context>
<context>
    <name>Theme</name>
    <message>
        <source>Light</source>
        <translation>ライト</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>ダーク</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>ハイコントラスト</translation>
    </message>
</context>
<context>
    <name>TourExport</name>
    <message>
        <source>no output directory given</source>
        <translation>出力先フォルダーが指定されていません</translation>
    </message>
    <message>
        <source>%1: cannot create the directory</source>
        <translation>%1：フォルダーを作成できません</translation>
    </message>
    <message>
        <source>%1: not a directory</source>
        <translation>%1：フォルダーではありません</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>エラー：%1</translation>
    </message>
    <message>
        <source>wrote %1 of %2 %3 before the failure; no partial file was left behind</source>
        <translation>失敗するまでに%3を%2件中%1件書き出しました。書きかけのファイルは残っていません</translation>
    </message>
    <message>
        <source>Wrote %1 %2 to %3</source>
        <translation>%3に%2を%1件書き出しました</translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot; (expected png, svg or pdf)</source>
        <translation>不明な形式「%1」です（png、svg、pdfのいずれか）</translation>
    </message>
    <message>
        <source>step pictures and %1</source>
        <translation>ステップ画像と%1</translation>
    </message>
    <message>
        <source>views</source>
        <translation>ビュー</translation>
    </message>
</context>
<context>
    <name>TourStepPicture</name>
    <message>
        <source>derived: %1</source>
        <translation>算出：%1</translation>
    </message>
    <message>
        <source> (our translation: “%1”)</source>
        <translation>（訳：「%1」）</translation>
    </message>
    <message>
        <source>our translation: “%1”</source>
        <translation>訳：「%1」</translation>
    </message>
</context>
<context>
    <name>ViewPath</name>
    <message>
        <source>Group %1</source>
        <translation>グループ%1</translation>
    </message>
    <message>
        <source>Rack %1</source>
        <translation>ラック%1</translation>
    </message>
    <message>
        <source> (rear)</source>
        <translation>（背面）</translation>
    </message>
    <message>
        <source>Server %1</source>
        <translation>サーバー%1</translation>
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
        <translation>Colossus内の現在位置</translation>
    </message>
    <message>
        <source>You are here</source>
        <translation>現在地</translation>
    </message>
    <message>
        <source>Go to %1</source>
        <translation>%1 へ移動</translation>
    </message>
</context>
<context>
    <name>colossus::ChartScene</name>
    <message>
        <source>  ⚠ sources disagree</source>
        <translation>&#x3000;⚠ 出典間で食い違い</translation>
    </message>
    <message>
        <source>⚠ sources disagree</source>
        <translation>⚠ 出典間で食い違い</translation>
    </message>
    <message>
        <source>. “Derived”: computed from reported figures.</source>
        <translation>。「算出」：報道された数値から計算した値。</translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation>出典：</translation>
    </message>
</context>
<context>
    <name>colossus::ChartView</name>
    <message>
        <source>Chart</source>
        <translation>グラフ</translation>
    </message>
    <message>
        <source>Arrow keys move between the marks; Return opens the passage a mark comes from</source>
        <translation>矢印キーでマーク間を移動し、Enter でそのマークの出典箇所を開きます</translation>
    </message>
</context>
<context>
    <name>colossus::ChartsPanel</name>
    <message>
        <source>Chart</source>
        <translation>グラフ</translation>
    </message>
    <message>
        <source>&amp;Chart:</source>
        <translation>グラフ(&amp;C)：</translation>
    </message>
    <message>
        <source>&lt;b&gt;⚠ The reports disagree&lt;/b&gt; about this figure.&lt;br&gt;Click to see the consistency check.</source>
        <translation>この数値については&lt;b&gt;⚠ 報道の間で食い違いがあります&lt;/b&gt;。&lt;br&gt;クリックすると整合性チェックを表示します。</translation>
    </message>
    <message>
        <source>This chart cannot be drawn from the data file: %1</source>
        <translation>このグラフはデータファイルから描画できません：%1</translation>
    </message>
    <message>
        <source>Warning: the reports disagree about this figure. Opens the consistency check %1.</source>
        <translation>注意：この数値について報道の内容が一致しません。整合性チェック %1 を開きます。</translation>
    </message>
    <message>
        <source>%1. Source: %2.</source>
        <translation>%1。出典：%2。</translation>
    </message>
    <message>
        <source> (the report says “%1”)</source>
        <translation>（報道の表現は「%1」）</translation>
    </message>
    <message>
        <source>. Derived: %1</source>
        <translation>。導出：%1</translation>
    </message>
    <message>
        <source>. Source: %1</source>
        <translation>。出典：%1</translation>
    </message>
    <message>
        <source>Open passage</source>
        <translation>出典箇所を開く</translation>
    </message>
    <message>
        <source>Copy citation</source>
        <translation>引用をコピー</translation>
    </message>
</context>
<context>
    <name>colossus::DiagramCanvas</name>
    <message>
        <source>Colossus hierarchy diagram</source>
        <translation>Colossusの階層図</translation>
    </message>
    <message>
        <source>%1
Click to see the passage in the sources</source>
        <translation>%1
クリックすると出典の該当箇所を表示します</translation>
    </message>
    <message>
        <source> · in view: %1</source>
        <translation>・表示中：%1</translation>
    </message>
    <message>
        <source> · selected: %1</source>
        <translation>・選択中：%1</translation>
    </message>
</context>
<context>
    <name>colossus::DiagramView</name>
    <message>
        <source>&amp;Scenario:</source>
        <translation>シナリオ(&amp;S)：</translation>
    </message>
    <message>
        <source>Rear view</source>
        <translation>背面を表示</translation>
    </message>
    <message>
        <source>Show the rack from behind (R)</source>
        <translation>ラックを背面から表示（R）</translation>
    </message>
    <message>
        <source>Copy path</source>
        <translation>パスをコピー</translation>
    </message>
    <message>
        <source>Copy the view path, for --view on the command line</source>
        <translation>ビューのパスをコピーします（コマンドラインの--view用）</translation>
    </message>
    <message>
        <source>Copy view path</source>
        <translation>ビューのパスをコピー</translation>
    </message>
    <message>
        <source>Front / rear of the rack (R)</source>
        <translation>ラックの正面／背面（R）</translation>
    </message>
    <message>
        <source>Up one level (Backspace)</source>
        <translation>1つ上の階層へ（Backspace）</translation>
    </message>
    <message>
        <source>Whole cluster (0)</source>
        <translation>クラスター全体（0）</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>シナリオ</translation>
    </message>
    <message>
        <source>Rear view of the rack</source>
        <translation>ラックの背面</translation>
    </message>
    <message>
        <source>Copy the view path</source>
        <translation>ビューのパスをコピー</translation>
    </message>
    <message>
        <source>How the scenario&apos;s counts were chosen</source>
        <translation>シナリオの台数の決め方</translation>
    </message>
    <message>
        <source>Diagram status</source>
        <translation>図の状態</translation>
    </message>
    <message>
        <source>Open passage: %1</source>
        <translation>出典箇所を開く：%1</translation>
    </message>
    <message>
        <source>Copy citation</source>
        <translation>引用をコピー</translation>
    </message>
</context>
<context>
    <name>colossus::ExportDialog</name>
    <message>
        <source>Export view</source>
        <translation>ビューの書き出し</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>PNG画像</translation>
    </message>
    <message>
        <source>SVG drawing</source>
        <translation>SVG図形</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>PDF文書</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>カスタム</translation>
    </message>
    <message>
        <source>px</source>
        <translation>px</translation>
    </message>
    <message>
        <source>PNG pixels per layout pixel: 2 gives a sharper image with the same layout</source>
        <translation>レイアウト1ピクセルあたりのPNGのピクセル数。2にすると、同じレイアウトのままより鮮明な画像になります</translation>
    </message>
    <message>
        <source>Transparent background</source>
        <translation>背景を透明にする</translation>
    </message>
    <message>
        <source>%1 × %2 pixels</source>
        <translation>%1 × %2ピクセル</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>参照(&amp;B)…</translation>
    </message>
    <message>
        <source>Browse for the file</source>
        <translation>ファイルを選ぶ</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>幅</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>高さ</translation>
    </message>
    <message>
        <source>Size preset</source>
        <translation>サイズのプリセット</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>ファイル(&amp;F)：</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>形式(&amp;O)：</translation>
    </message>
    <message>
        <source>Si&amp;ze:</source>
        <translation>サイズ(&amp;Z)：</translation>
    </message>
    <message>
        <source>Sc&amp;ale:</source>
        <translation>倍率(&amp;A)：</translation>
    </message>
    <message>
        <source>Please give a file name.</source>
        <translation>ファイル名を入力してください。</translation>
    </message>
    <message>
        <source>“%1” already exists in %2.

Replace it?</source>
        <translation>「%1」は %2 にすでにあります。

置き換えますか？</translation>
    </message>
    <message>
        <source>The folder %1 could not be created.</source>
        <translation>フォルダー %1 を作成できませんでした。</translation>
    </message>
    <message>
        <source>The view was not exported.

</source>
        <translation>ビューは書き出されませんでした。

</translation>
    </message>
</context>
<context>
    <name>colossus::FigureTableModel</name>
    <message>
        <source>The reports disagree: %1</source>
        <translation>報道の間で食い違い：%1</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>数値</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>分野</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>出典</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>時点</translation>
    </message>
    <message>
        <source>Hierarchy</source>
        <translation>階層構成</translation>
    </message>
    <message>
        <source>Compute</source>
        <translation>計算能力</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>ネットワーク</translation>
    </message>
    <message>
        <source>Power</source>
        <translation>電力</translation>
    </message>
    <message>
        <source>Money</source>
        <translation>資金</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>年表</translation>
    </message>
    <message>
        <source>Other systems</source>
        <translation>他のシステム</translation>
    </message>
</context>
<context>
    <name>colossus::MainWindow</name>
    <message>
        <source>Charts</source>
        <translation>グラフ</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>出典</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Export view…</source>
        <translation>ビューを書き出し(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>テーマ(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Colossus Explorer</source>
        <translation>Colossus Explorerについて(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Qtについて(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>言語(&amp;L)</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>システムの言語</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>Colossus Explorer shows the new language when it starts again. Restart now?</source>
        <translation>新しい言語はColossus Explorerを再起動すると反映されます。今すぐ再起動しますか？</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>%1を書き出しました</translation>
    </message>
    <message>
        <source>Copied a 1920 × 1080 image of “%1”</source>
        <translation>「%1」の画像（1920 × 1080）をコピーしました</translation>
    </message>
    <message>
        <source>About Colossus Explorer</source>
        <translation>Colossus Explorerについて</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Colossus Explorer %1&lt;/h3&gt;&lt;p&gt;The layout of xAI&apos;s Colossus supercomputer in Memphis, made visible and checkable. Every figure comes from one of these reports, shipped unchanged with the app, and links to its verbatim passage:&lt;/p&gt;&lt;ul&gt;%2&lt;/ul&gt;&lt;p&gt;What the reports do not state is derived (formula shown) or drawn and labelled as schematic.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Colossus Explorer %1&lt;/h3&gt;&lt;p&gt;メンフィスにあるxAIのスーパーコンピューターColossusの構成を、目に見える形で確かめられるようにしたアプリです。数値はすべて次の報道記事（アプリに原文のまま同梱）から取り、原文の該当箇所にリンクしています。&lt;/p&gt;&lt;ul&gt;%2&lt;/ul&gt;&lt;p&gt;記事に書かれていないことは、計算で求めて式を示すか、「模式図」と明記して描いています。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>戻る(&amp;B)</translation>
    </message>
    <message>
        <source>Back to the previous view (Alt+Left)</source>
        <translation>前のビューに戻る（Alt+←）</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>進む(&amp;F)</translation>
    </message>
    <message>
        <source>Forward to the next view (Alt+Right)</source>
        <translation>次のビューに進む（Alt+→）</translation>
    </message>
    <message>
        <source>Copy &amp;image</source>
        <translation>画像をコピー(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Find figures…</source>
        <translation>数値を検索(&amp;F)…</translation>
    </message>
    <message>
        <source>Copy view &amp;path</source>
        <translation>ビューのパスをコピー(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>移動(&amp;G)</translation>
    </message>
    <message>
        <source>Next &amp;pane</source>
        <translation>次のペイン(&amp;P)</translation>
    </message>
    <message>
        <source>Previous pa&amp;ne</source>
        <translation>前のペイン(&amp;N)</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>ナビゲーション</translation>
    </message>
    <message>
        <source>&amp;Charts</source>
        <translation>グラフ(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Sources</source>
        <translation>出典(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Reset layout</source>
        <translation>レイアウトを元に戻す(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>キーボードショートカット(&amp;K)</translation>
    </message>
    <message>
        <source>F6 / Shift+F6</source>
        <translation>F6 / Shift+F6</translation>
    </message>
    <message>
        <source>Next / previous pane: diagram, charts, sources</source>
        <translation>次 / 前のペイン：図、グラフ、出典</translation>
    </message>
    <message>
        <source>Tab / Shift+Tab</source>
        <translation>Tab / Shift+Tab</translation>
    </message>
    <message>
        <source>Next / previous control; in the diagram and the charts, the next linked part or mark</source>
        <translation>次 / 前のコントロール。図とグラフでは次のリンク付き部品またはマーク</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Open the passage of the focused link or chart mark; in the diagram without a focused link, zoom into the selection</source>
        <translation>フォーカスのあるリンクやグラフのマークの出典箇所を開く。図でリンクにフォーカスがなければ選択部分を拡大</translation>
    </message>
    <message>
        <source>Arrow keys</source>
        <translation>矢印キー</translation>
    </message>
    <message>
        <source>Diagram: select a neighbour; charts: the next bar or point; tables: the next row</source>
        <translation>図：隣を選択。グラフ：次の棒または点。表：次の行</translation>
    </message>
    <message>
        <source>+ / -</source>
        <translation>+ / -</translation>
    </message>
    <message>
        <source>Zoom the diagram in / out</source>
        <translation>図を拡大 / 縮小</translation>
    </message>
    <message>
        <source>Backspace</source>
        <translation>Backspace</translation>
    </message>
    <message>
        <source>Diagram: up one level</source>
        <translation>図：1 階層上へ</translation>
    </message>
    <message>
        <source>0 / Home</source>
        <translation>0 / Home</translation>
    </message>
    <message>
        <source>Diagram: the whole cluster</source>
        <translation>図：クラスター全体</translation>
    </message>
    <message>
        <source>R</source>
        <translation>R</translation>
    </message>
    <message>
        <source>Diagram: front or rear of a rack</source>
        <translation>図：ラックの前面 / 背面</translation>
    </message>
    <message>
        <source>Alt+Left / Alt+Right</source>
        <translation>Alt+← / Alt+→</translation>
    </message>
    <message>
        <source>Back / forward through the views visited (also the mouse&apos;s back and forward buttons)</source>
        <translation>表示したビューを戻る / 進む（マウスの戻る・進むボタンでも可）</translation>
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <source>Search the figures</source>
        <translation>数値を検索</translation>
    </message>
    <message>
        <source>Ctrl+C</source>
        <translation>Ctrl+C</translation>
    </message>
    <message>
        <source>In the sources: copy the selected figure&apos;s citation</source>
        <translation>出典：選択した数値の引用をコピー</translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <source>Copy an image of the diagram or chart</source>
        <translation>図またはグラフの画像をコピー</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Export the diagram or chart (PNG, SVG, PDF)</source>
        <translation>図またはグラフを書き出す（PNG、SVG、PDF）</translation>
    </message>
    <message>
        <source>Shift+F10 / Menu</source>
        <translation>Shift+F10 / メニューキー</translation>
    </message>
    <message>
        <source>Context menu of the diagram or the chart mark</source>
        <translation>図またはグラフのマークのコンテキストメニュー</translation>
    </message>
    <message>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <source>Present the guided tour</source>
        <translation>ガイドツアーを上映</translation>
    </message>
    <message>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <source>This list</source>
        <translation>この一覧</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>終了</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>キーボードショートカット</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>キー</translation>
    </message>
    <message>
        <source>What they do</source>
        <translation>機能</translation>
    </message>
    <message>
        <source>Copied the citation of “%1”</source>
        <translation>「%1」の引用をコピーしました</translation>
    </message>
    <message>
        <source>Whole cluster</source>
        <translation>クラスター全体</translation>
    </message>
    <message>
        <source>%1 — Colossus Explorer</source>
        <translation>%1 — Colossus Explorer</translation>
    </message>
    <message>
        <source>Copy &amp;citation</source>
        <translation>引用をコピー(&amp;C)</translation>
    </message>
    <message>
        <source>Copy citation as &amp;BibTeX</source>
        <translation>引用をBibTeXでコピー(&amp;B)</translation>
    </message>
    <message>
        <source>Copy citation as CSL-&amp;JSON</source>
        <translation>引用をCSL-JSONでコピー(&amp;J)</translation>
    </message>
</context>
<context>
    <name>colossus::Minimap</name>
    <message>
        <source>The whole cluster: click or drag to move the view</source>
        <translation>クラスター全体：クリックまたはドラッグで表示範囲を移動します</translation>
    </message>
    <message>
        <source>Minimap</source>
        <translation>ミニマップ</translation>
    </message>
</context>
<context>
    <name>colossus::PresentationWindow</name>
    <message>
        <source>Go to step %1, then Return</source>
        <translation>ステップ%1へ：Enterで移動</translation>
    </message>
    <message>
        <source>Exploring: Esc or R returns to the step</source>
        <translation>自由に操作中：EscまたはRでステップに戻ります</translation>
    </message>
    <message>
        <source>Our translation: “%1”</source>
        <translation>訳：「%1」</translation>
    </message>
    <message>
        <source>Esc, R or a click returns to the step</source>
        <translation>Esc、Rまたはクリックでステップに戻ります</translation>
    </message>
    <message>
        <source>→ ↓ PgDn Space Return</source>
        <translation>→ ↓ PgDn スペース Enter</translation>
    </message>
    <message>
        <source>next step (a click does the same)</source>
        <translation>次のステップ（クリックでも同じ）</translation>
    </message>
    <message>
        <source>← ↑ PgUp Backspace</source>
        <translation>← ↑ PgUp Backspace</translation>
    </message>
    <message>
        <source>previous step</source>
        <translation>前のステップ</translation>
    </message>
    <message>
        <source>Home  End</source>
        <translation>Home  End</translation>
    </message>
    <message>
        <source>first, last step</source>
        <translation>最初・最後のステップ</translation>
    </message>
    <message>
        <source>digits, Return</source>
        <translation>数字、Enter</translation>
    </message>
    <message>
        <source>go to that step</source>
        <translation>そのステップへ移動</translation>
    </message>
    <message>
        <source>O</source>
        <translation>O</translation>
    </message>
    <message>
        <source>overview: arrows and Return pick a step, Esc returns</source>
        <translation>一覧：矢印キーとEnterでステップを選び、Escで戻る</translation>
    </message>
    <message>
        <source>B or .   W</source>
        <translation>B または .   W</translation>
    </message>
    <message>
        <source>black, white screen</source>
        <translation>黒画面、白画面</translation>
    </message>
    <message>
        <source>L</source>
        <translation>L</translation>
    </message>
    <message>
        <source>pointer dot (follows the mouse)</source>
        <translation>ポインターの点（マウスに追従）</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>spotlight: dims all but a circle</source>
        <translation>スポットライト：円の外側を暗くする</translation>
    </message>
    <message>
        <source>D   C</source>
        <translation>D   C</translation>
    </message>
    <message>
        <source>draw with mouse or pen, clear the ink</source>
        <translation>マウスやペンで書き込む、書き込みを消す</translation>
    </message>
    <message>
        <source>wheel, drag, R</source>
        <translation>ホイール、ドラッグ、R</translation>
    </message>
    <message>
        <source>zoom and pan; R returns to the step</source>
        <translation>拡大・縮小と移動。Rでステップに戻る</translation>
    </message>
    <message>
        <source>P   X</source>
        <translation>P   X</translation>
    </message>
    <message>
        <source>presenter view, swap screens</source>
        <translation>発表者ビュー、画面の入れ替え</translation>
    </message>
    <message>
        <source>?</source>
        <translation>?</translation>
    </message>
    <message>
        <source>this help</source>
        <translation>このヘルプ</translation>
    </message>
    <message>
        <source>Esc  F5</source>
        <translation>Esc  F5</translation>
    </message>
    <message>
        <source>leave (Esc first closes what is open)</source>
        <translation>終了（Escはまず開いているものを閉じる）</translation>
    </message>
    <message>
        <source>All steps: arrows and Return pick one, Esc returns</source>
        <translation>すべてのステップ：矢印キーとEnterで選び、Escで戻る</translation>
    </message>
    <message>
        <source>Presentation keys</source>
        <translation>プレゼンテーションのキー操作</translation>
    </message>
</context>
<context>
    <name>colossus::PresenterView</name>
    <message>
        <source>Presenter view: %1</source>
        <translation>発表者ビュー：%1</translation>
    </message>
    <message>
        <source>End of the tour</source>
        <translation>ツアーの終わり</translation>
    </message>
    <message>
        <source>Step %1</source>
        <translation>ステップ%1</translation>
    </message>
    <message>
        <source>  (screen black)</source>
        <translation>&#x3000;（画面：黒）</translation>
    </message>
    <message>
        <source>  (screen white)</source>
        <translation>&#x3000;（画面：白）</translation>
    </message>
    <message>
        <source>  (exploring)</source>
        <translation>&#x3000;（自由操作中）</translation>
    </message>
    <message>
        <source>  go to %1</source>
        <translation>&#x3000;%1へ移動</translation>
    </message>
    <message>
        <source>Now: %1</source>
        <translation>現在：%1</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>次：%1</translation>
    </message>
    <message>
        <source>Next: end</source>
        <translation>次：終了</translation>
    </message>
    <message>
        <source>Swap screens (X)</source>
        <translation>画面を入れ替え（X）</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>This step</source>
        <translation>このステップ</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合計</translation>
    </message>
    <message>
        <source>Caption: %1</source>
        <translation>説明文：%1</translation>
    </message>
</context>
<context>
    <name>colossus::SourceView</name>
    <message>
        <source>Passage and translation</source>
        <translation>原文と翻訳</translation>
    </message>
    <message>
        <source>Source document</source>
        <translation>出典文書</translation>
    </message>
    <message>
        <source>Select a figure or a consistency check to see the passage it comes from.</source>
        <translation>数値または整合性チェックを選ぶと、その出典箇所が表示されます。</translation>
    </message>
    <message>
        <source>derived</source>
        <translation>算出</translation>
    </message>
    <message>
        <source>reported in %1</source>
        <translation>%1で報道</translation>
    </message>
    <message>
        <source>as of %1</source>
        <translation>%1時点</translation>
    </message>
    <message>
        <source>As written:</source>
        <translation>原文の表記：</translation>
    </message>
    <message>
        <source>In English:</source>
        <translation>英語訳：</translation>
    </message>
    <message>
        <source>Derived:</source>
        <translation>算出方法：</translation>
    </message>
    <message>
        <source>Inputs:</source>
        <translation>元になった数値：</translation>
    </message>
    <message>
        <source>The highlighted passages state the reported numbers this figure is computed from.</source>
        <translation>強調表示された箇所に、この数値の計算に使った報道の数値が書かれています。</translation>
    </message>
    <message>
        <source>Consistency checks:</source>
        <translation>整合性チェック：</translation>
    </message>
    <message>
        <source>statement</source>
        <translation>記述</translation>
    </message>
    <message>
        <source>Passage in %1:</source>
        <translation>%1の該当箇所：</translation>
    </message>
    <message>
        <source>Figures involved:</source>
        <translation>関係する数値：</translation>
    </message>
    <message>
        <source>Passages in %1 documents:</source>
        <translation>%1件の文書の該当箇所：</translation>
    </message>
    <message>
        <source>Facts involved:</source>
        <translation>関係する事実：</translation>
    </message>
</context>
<context>
    <name>colossus::SourcesBrowser</name>
    <message>
        <source>Search figures, quotes, translations…</source>
        <translation>数値・引用・翻訳を検索…</translation>
    </message>
    <message>
        <source>Every word must occur in the figure&apos;s name, id, quote or translation (Ctrl+F)</source>
        <translation>入力したすべての語が、数値の名称・ID・引用・翻訳のどこかに含まれるものを表示します（Ctrl+F）</translation>
    </message>
    <message>
        <source>All topics</source>
        <translation>すべての分野</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>分野</translation>
    </message>
    <message>
        <source>Search figures</source>
        <translation>数値の検索</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>数値</translation>
    </message>
    <message>
        <source>Consistency checks</source>
        <translation>整合性チェック</translation>
    </message>
    <message>
        <source>Copy citation</source>
        <translation>引用をコピー</translation>
    </message>
    <message>
        <source>&lt;b&gt;Consistency checks&lt;/b&gt; — where the reports agree and where they do not</source>
        <translation>&lt;b&gt;整合性チェック&lt;/b&gt;：報道どうしが一致する点と食い違う点</translation>
    </message>
    <message>
        <source>1 figure</source>
        <translation>数値1件</translation>
    </message>
    <message>
        <source>%1 figures</source>
        <translation>数値%1件</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%2件中%1件</translation>
    </message>
    <message>
        <source>Derived: %1</source>
        <translation>算出：%1</translation>
    </message>
    <message>
        <source>English: “%1”</source>
        <translation>英語訳：「%1」</translation>
    </message>
    <message>
        <source>Copy citation as BibTeX</source>
        <translation>引用をBibTeXでコピー</translation>
    </message>
    <message>
        <source>Copy citation as CSL-JSON</source>
        <translation>引用をCSL-JSONでコピー</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>出典：%1</translation>
    </message>
</context>
<context>
    <name>colossus::TourActions</name>
    <message>
        <source>&amp;Present</source>
        <translation>プレゼンテーション(&amp;P)</translation>
    </message>
    <message>
        <source>Export &amp;tour…</source>
        <translation>ツアーを書き出し(&amp;T)…</translation>
    </message>
    <message>
        <source>Walk through the cluster full screen (Esc leaves)</source>
        <translation>全画面でクラスターを順に案内します（Escで終了）</translation>
    </message>
    <message>
        <source>Write one PNG per tour step and tour.md into a folder</source>
        <translation>ツアーの各ステップのPNGとtour.mdをフォルダーに書き出します</translation>
    </message>
    <message>
        <source>Guided tour</source>
        <translation>ガイドツアー</translation>
    </message>
    <message>
        <source>The guided tour does not fit the loaded data, so it cannot be shown.</source>
        <translation>ガイドツアーが読み込んだデータと合わないため、表示できません。</translation>
    </message>
    <message>
        <source>Export &amp;handout…</source>
        <translation>配布資料を書き出し(&amp;H)…</translation>
    </message>
    <message>
        <source>Write the tour as one PDF: a page per step with its caption and passages</source>
        <translation>ツアーを1つのPDFに書き出します：1ステップ1ページで、説明文と出典箇所を載せます</translation>
    </message>
    <message>
        <source>Export handout</source>
        <translation>配布資料の書き出し</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF文書 (*.pdf)</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%n page(s)).</source>
        <translation>
            <numerusform>%1を書き出しました（%nページ）。</numerusform>
        </translation>
    </message>
    <message>
        <source>The handout could not be written.

%1</source>
        <translation>配布資料を書き出せませんでした。

%1</translation>
    </message>
</context>
<context>
    <name>colossus::TourExportDialog</name>
    <message>
        <source>Exporting the tour...</source>
        <translation>ツアーを書き出しています…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Export tour</source>
        <translation>ツアーの書き出し</translation>
    </message>
    <message>
        <source>Writing %1 (%2 of %3)</source>
        <translation>%1を書き出し中（%3件中%2件目）</translation>
    </message>
    <message>
        <source>The tour could not be exported.

%1</source>
        <translation>ツアーを書き出せませんでした。

%1</translation>
    </message>
    <message numerus="yes">
        <source>Export cancelled after %n complete file(s).</source>
        <translation>
            <numerusform>完成したファイル%n件の後で書き出しを中止しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrote %1 step pictures and %2 to %3.</source>
        <translation>%3にステップ画像%1枚と%2を書き出しました。</translation>
    </message>
</context>
<context>
    <name>colossus::TourExportSettingsDialog</name>
    <message>
        <source>Export tour</source>
        <translation>ツアーの書き出し</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>参照…</translation>
    </message>
    <message>
        <source>PNG images</source>
        <translation>PNG画像</translation>
    </message>
    <message>
        <source>SVG drawings</source>
        <translation>SVG図形</translation>
    </message>
    <message>
        <source>PDF documents</source>
        <translation>PDF文書</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>カスタム</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>PNG pixels per layout pixel: 2 gives a sharper image, same layout</source>
        <translation>レイアウト1ピクセルあたりのPNGのピクセル数。2にすると、同じレイアウトのままより鮮明な画像になります</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>フォルダー：</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>形式：</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>サイズ：</translation>
    </message>
    <message>
        <source>Scale:</source>
        <translation>倍率：</translation>
    </message>
    <message>
        <source>Theme:</source>
        <translation>テーマ：</translation>
    </message>
    <message>
        <source>Export tour handouts to</source>
        <translation>ツアー配布資料の書き出し先</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) in this folder will be replaced.</source>
        <translation>
            <numerusform>このフォルダー内のファイル%n件が置き換えられます。</numerusform>
        </translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>置き換える</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>The data file %1 has problems; Colossus Explorer opens the embedded Colossus data instead.</source>
        <translation>データファイル%1に問題があるため、組み込みのColossusデータで開きます。</translation>
    </message>
</context>
</TS>
