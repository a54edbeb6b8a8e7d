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
    <message>
        <source>Built, first phase · H100</source>
        <translation>構築済み・第1段階 · H100</translation>
    </message>
    <message>
        <source>After the upgrade · H100 + H200</source>
        <translation>増強後 · H100 + H200</translation>
    </message>
    <message>
        <source>Next step, Musk&apos;s post of %1 · B200</source>
        <translation>次の段階（マスク氏の%1の投稿） · B200</translation>
    </message>
    <message>
        <source>Musk&apos;s promise, tour report · H200</source>
        <translation>マスク氏の約束（見学記事） · H200</translation>
    </message>
    <message>
        <source>Expansion plan (FT) · type not given</source>
        <translation>拡張計画（FT） · 種類の記載なし</translation>
    </message>
    <message>
        <source>Tesla&apos;s H100 purchase · H100</source>
        <translation>テスラのH100購入 · H100</translation>
    </message>
    <message>
        <source>Aurora · Intel</source>
        <translation>Aurora · インテル</translation>
    </message>
    <message>
        <source>Tesla Cortex, Giga Texas · type not given</source>
        <translation>テスラCortex（ギガテキサス） · 種類の記載なし</translation>
    </message>
    <message>
        <source>Frontier · AMD</source>
        <translation>Frontier · AMD</translation>
    </message>
    <message>
        <source>GPT-4 training (OpenAI) · A100</source>
        <translation>GPT-4の学習（OpenAI） · A100</translation>
    </message>
    <message>
        <source>Grok 2 training at Oracle · H100</source>
        <translation>オラクルでのGrok 2の学習 · H100</translation>
    </message>
    <message>
        <source>Grok 2 needs, Musk said earlier · H100</source>
        <translation>Grok 2に必要な数（マスク氏の以前の発言） · H100</translation>
    </message>
    <message>
        <source>Rented from Oracle before · H100</source>
        <translation>以前オラクルから借りていた分 · H100</translation>
    </message>
    <message>
        <source>Microsoft Eagle · H100</source>
        <translation>マイクロソフトEagle · H100</translation>
    </message>
    <message>
        <source>Tesla GPUs redirected to xAI · H100</source>
        <translation>テスラからxAIへ回されたGPU · H100</translation>
    </message>
    <message>
        <source>Counts of different accelerators: a bar shows how many chips, not how much computing power.</source>
        <translation>種類の異なるアクセラレーターの個数です。棒が示すのはチップの数で、計算能力ではありません。</translation>
    </message>
    <message>
        <source>Colossus, Memphis (estimate)</source>
        <translation>Colossus、メンフィス（推計）</translation>
    </message>
    <message>
        <source>H100 systems Musk says are not worth building</source>
        <translation>マスク氏が「作る価値がない」とするH100システム</translation>
    </message>
    <message>
        <source>The report gives %1 MW “per hour” (每小时); megawatts are already a rate, so the bar shows MW.</source>
        <translation>記事は「1時間あたり」（每小时）%1 MWとしていますが、メガワットはそれ自体が単位時間あたりの量なので、棒はMWで示しています。</translation>
    </message>
    <message>
        <source>ChatGPT query</source>
        <translation>ChatGPTへの問い合わせ</translation>
    </message>
    <message>
        <source>Google search</source>
        <translation>Google検索</translation>
    </message>
    <message>
        <source>By %1</source>
        <translation>%1までに</translation>
    </message>
    <message>
        <source>US gallons of cooling water a day</source>
        <translation>米ガロンの冷却水を1日に使用</translation>
    </message>
    <message>
        <source>MWh stored in each Tesla Megapack</source>
        <translation>MWh：テスラMegapack 1台あたりの蓄電量</translation>
    </message>
    <message>
        <source>diesel generators added on site</source>
        <translation>台のディーゼル発電機を現地に追加</translation>
    </message>
    <message>
        <source>TWh a year of added data-centre demand from AI (Goldman Sachs)</source>
        <translation>TWh/年：AIによるデータセンター需要の増加分（ゴールドマン・サックス）</translation>
    </message>
    <message>
        <source>tens of billions</source>
        <translation>数百億</translation>
    </message>
    <message>
        <source>several billion</source>
        <translation>数十億</translation>
    </message>
    <message>
        <source>“%1” (%2): no single figure</source>
        <translation>「%1」（%2）：数値は一つに定まらない</translation>
    </message>
    <message>
        <source>xAI funding round (German report)</source>
        <translation>xAIの資金調達ラウンド（ドイツ語の記事）</translation>
    </message>
    <message>
        <source>xAI Series B, %1 (Chinese report)</source>
        <translation>xAIのシリーズB、%1（中国語の記事）</translation>
    </message>
    <message>
        <source>xAI raised “this year” (FT; year not stated)</source>
        <translation>xAIが「今年」調達した額（FT、年の記載なし）</translation>
    </message>
    <message>
        <source>Oracle cloud deal, reported close in May (talks ended)</source>
        <translation>オラクルとのクラウド契約（5月に合意間近と報道、交渉は打ち切り）</translation>
    </message>
    <message>
        <source>OpenAI–Microsoft partnership</source>
        <translation>OpenAIとマイクロソフトの提携</translation>
    </message>
    <message>
        <source>Amazon&apos;s investment in Anthropic</source>
        <translation>アマゾンのAnthropicへの投資</translation>
    </message>
    <message>
        <source>Memphis project value</source>
        <translation>メンフィス計画の規模</translation>
    </message>
    <message>
        <source>New GPUs for the expansion (FT estimate)</source>
        <translation>拡張用の新しいGPU（FTの推計）</translation>
    </message>
    <message>
        <source>After the funding round (German report)</source>
        <translation>資金調達ラウンド後（ドイツ語の記事）</translation>
    </message>
    <message>
        <source>Hatched: an amount the report gives only in words, drawn across the span the words allow (“several billion”: 1–10 billion; “tens of billions”: 10–100 billion, cut at the end of the axis, →).</source>
        <translation>斜線：記事が言葉でしか示していない額で、その言葉が許す幅に描いています（「数十億」は10億〜100億、「数百億」は100億〜1000億で、軸の端で切っています →）。</translation>
    </message>
    <message>
        <source>Oracle offers xAI cloud for training</source>
        <translation>オラクルがxAIに学習用クラウドを提供</translation>
    </message>
    <message>
        <source>Memphis chosen after talks in March</source>
        <translation>3月の協議を経てメンフィスに決定</translation>
    </message>
    <message>
        <source>Series B funding round announced</source>
        <translation>シリーズBの資金調達を発表</translation>
    </message>
    <message>
        <source>Musk&apos;s post: H100 cluster online “in some months”</source>
        <translation>マスク氏の投稿：H100クラスターは「数か月後」に稼働</translation>
    </message>
    <message>
        <source>Musk: Dell assembling half the racks, “SMC” the rest</source>
        <translation>マスク氏：ラックの半分をデル、残りを「SMC」が組み立て</translation>
    </message>
    <message>
        <source>Talks with Oracle on more chips end</source>
        <translation>オラクルとの追加チップの交渉が終了</translation>
    </message>
    <message>
        <source>Diesel generators added on site</source>
        <translation>現地にディーゼル発電機を追加</translation>
    </message>
    <message>
        <source>Training starts on Colossus</source>
        <translation>Colossusで学習を開始</translation>
    </message>
    <message>
        <source>Grok 2 release planned</source>
        <translation>Grok 2の公開予定</translation>
    </message>
    <message>
        <source>Grok 3 to be trained before</source>
        <translation>Grok 3の学習完了の目標</translation>
    </message>
    <message>
        <source>Original plan: cluster running</source>
        <translation>当初の計画：クラスターの稼働</translation>
    </message>
    <message>
        <source>Choosing Memphis (Forbes)</source>
        <translation>メンフィスの選定（フォーブス）</translation>
    </message>
    <message>
        <source>Installing the GPUs (Jensen Huang)</source>
        <translation>GPUの設置（ジェンスン・フアン）</translation>
    </message>
    <message>
        <source>Building Colossus (FT)</source>
        <translation>Colossusの構築（FT）</translation>
    </message>
    <message>
        <source>Assembling Colossus (tour report)</source>
        <translation>Colossusの組み立て（見学記事）</translation>
    </message>
    <message>
        <source>Ahead of the original plan by</source>
        <translation>当初の計画より早まった期間</translation>
    </message>
    <message>
        <source>Usual for a data centre this size</source>
        <translation>この規模のデータセンターで通常かかる期間</translation>
    </message>
    <message>
        <source>Undated: the FT&apos;s report that Colossus will grow to %1 GPUs gives a day (“the 5th”) but no month or year, so it is not placed on the time axis.</source>
        <translation>日付なし：ColossusがGPU %1基に拡大するというFTの記事は、日（「5日」）を示すものの月も年も示していないため、時間軸には置いていません。</translation>
    </message>
    <message>
        <source>Sum of the NICs: %1 × %2 GbE + 1 × %3 Gb</source>
        <translation>NICの合計：%1 × %2 GbE + 1 × %3 Gb</translation>
    </message>
    <message>
        <source>GPU %1</source>
        <translation>GPU %1</translation>
    </message>
    <message>
        <source>As the report states it</source>
        <translation>記事の記載どおり</translation>
    </message>
    <message>
        <source>one %1 GbE NIC per GPU</source>
        <translation>GPUごとに%1 GbEのNICを1枚</translation>
    </message>
    <message>
        <source>one extra %1 Gb NIC per server</source>
        <translation>サーバーごとに追加の%1 Gb NICを1枚</translation>
    </message>
    <message>
        <source>1 Tb/s = 1,000 Gb/s. The sum of the NICs and the reported total %1.</source>
        <translation>1 Tb/s = 1,000 Gb/s。NICの合計と記事の総量は%1。</translation>
    </message>
    <message>
        <source>agree</source>
        <translation>一致する</translation>
    </message>
    <message>
        <source>differ</source>
        <translation>一致しない</translation>
    </message>
    <message>
        <source> (≈%1 days)</source>
        <translation>（≈%1日）</translation>
    </message>
    <message>
        <source>homes use as much power as the site&apos;s %1 (the report&apos;s comparison)</source>
        <translation>世帯分の電力が、拠点の%1に相当（記事による比較）</translation>
    </message>
    <message>
        <source>Not placed either: Musk&apos;s post of %1 says the next step would “probably” be %2 B200 “next summer”, a guess without a date.</source>
        <translation>これも時間軸に置いていません：%1のマスク氏の投稿は、次の段階は「おそらく」「来年の夏」にB200 %2基だと述べているにすぎず、日付のない見通しです。</translation>
    </message>
</context>
<context>
    <name>Citation</name>
    <message>
        <source>Derived: %1</source>
        <translation>算出：%1</translation>
    </message>
    <message>
        <source>Our translation: “%1”</source>
        <translation>訳：「%1」</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>出典：%1</translation>
    </message>
    <message>
        <source>Passage: “%1”</source>
        <translation>該当箇所：「%1」</translation>
    </message>
    <message>
        <source>Note on this report: %1</source>
        <translation>この報道についての注記：%1</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
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
    <name>ConsistencyCheck</name>
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
        <source>%1: %2 %3 %4: cannot be computed</source>
        <translation>%1: %2 %3 %4: 計算できない</translation>
    </message>
    <message>
        <source> within %1%</source>
        <translation>（誤差%1%以内）</translation>
    </message>
    <message>
        <source> within %1</source>
        <translation>（誤差%1以内）</translation>
    </message>
    <message>
        <source>, holds</source>
        <translation>、成り立つ</translation>
    </message>
    <message>
        <source>, fails</source>
        <translation>、成り立たない</translation>
    </message>
    <message>
        <source>%1: unknown date</source>
        <translation>%1: 不明な日付</translation>
    </message>
    <message>
        <source>%1: %2 (%3) before %4 (%5)</source>
        <translation>%1: %2（%3）は%4（%5）より前</translation>
    </message>
    <message>
        <source>, %1%2 apart ≈ %3 (%4%2)</source>
        <translation>、間隔%1%2 ≈ %3（%4%2）</translation>
    </message>
    <message>
        <source>: holds</source>
        <translation>: 成り立つ</translation>
    </message>
    <message>
        <source>: fails</source>
        <translation>: 成り立たない</translation>
    </message>
    <message>
        <source>%1: the passage of %2 names %3</source>
        <translation>%1: %2の箇所は%3と書いている</translation>
    </message>
    <message>
        <source>none of %1</source>
        <translation>%1のいずれもなし</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>%1 between the passages of %2</source>
        <translation>%2の箇所どうしの%1</translation>
    </message>
    <message>
        <source>no named type</source>
        <translation>型名なし</translation>
    </message>
</context>
<context>
    <name>DerivedMark</name>
    <message>
        <source>derived: %1</source>
        <translation>算出：%1</translation>
    </message>
    <message>
        <source>%1 derived: computed from reported figures, stated by no report</source>
        <translation>%1 算出：報道された数値から計算したもので、どの報道も述べていない</translation>
    </message>
    <message>
        <source>%1 &lt;i&gt;Derived&lt;/i&gt;: %2 = %3</source>
        <translation>%1 &lt;i&gt;算出&lt;/i&gt;：%2 = %3</translation>
    </message>
</context>
<context>
    <name>Diagram</name>
    <message>
        <source>liquid cooling</source>
        <translation>液冷</translation>
    </message>
    <message>
        <source>Liquid cooling for every GPU</source>
        <translation>すべてのGPUを液冷</translation>
    </message>
    <message>
        <source>GPU %1</source>
        <translation>GPU %1</translation>
    </message>
    <message>
        <source>HGX H100 board</source>
        <translation>HGX H100ボード</translation>
    </message>
    <message>
        <source>NVIDIA HGX H100</source>
        <translation>NVIDIA HGX H100</translation>
    </message>
    <message>
        <source>GPU type in this scenario</source>
        <translation>このシナリオのGPUの種類</translation>
    </message>
    <message>
        <source>%1 GbE NIC, this GPU&apos;s own</source>
        <translation>%1 GbE NIC（このGPU専用）</translation>
    </message>
    <message>
        <source>%1 GbE NIC</source>
        <translation>%1 GbE NIC</translation>
    </message>
    <message>
        <source>NIC as built (not reported)</source>
        <translation>NIC（構築済みの構成、報道なし）</translation>
    </message>
    <message>
        <source>NIC as built</source>
        <translation>NIC（構築済みの構成）</translation>
    </message>
    <message>
        <source>A dedicated NIC per GPU</source>
        <translation>GPUごとに専用のNIC</translation>
    </message>
    <message>
        <source>Group %1</source>
        <translation>グループ%1</translation>
    </message>
    <message>
        <source>%1 · partial: %2 of %3 racks, %4 GPUs</source>
        <translation>%1 · 一部のみ：%3ラック中%2、GPU %4基</translation>
    </message>
    <message>
        <source>%1 · partial, %2 GPUs</source>
        <translation>%1 · 一部のみ、GPU %2基</translation>
    </message>
    <message>
        <source>%1 · %2 racks · %3 GPUs</source>
        <translation>%1 · %2ラック · GPU %3基</translation>
    </message>
    <message>
        <source>%1 · %2 GPUs</source>
        <translation>%1 · GPU %2基</translation>
    </message>
    <message>
        <source>no rack: the %1 GPUs end before it</source>
        <translation>ラックなし：GPU %1基はこの手前で終わる</translation>
    </message>
    <message>
        <source>no rack</source>
        <translation>ラックなし</translation>
    </message>
    <message>
        <source>GPUs per group</source>
        <translation>グループあたりのGPU数</translation>
    </message>
    <message>
        <source>%1U manifold</source>
        <translation>%1Uマニホールド</translation>
    </message>
    <message>
        <source>%1U cooling manifold between servers</source>
        <translation>サーバー間の%1U冷却マニホールド</translation>
    </message>
    <message>
        <source>Cooling manifold between servers</source>
        <translation>サーバー間の冷却マニホールド</translation>
    </message>
    <message>
        <source>empty: the %1 GPUs end above</source>
        <translation>空き：GPU %1基はこの上で終わる</translation>
    </message>
    <message>
        <source>empty slot</source>
        <translation>空きスロット</translation>
    </message>
    <message>
        <source>Rack %1</source>
        <translation>ラック%1</translation>
    </message>
    <message>
        <source>%1 · part full: %2 of %3 servers</source>
        <translation>%1 · 一部のみ：サーバー%3台中%2台</translation>
    </message>
    <message>
        <source>%1 · part full, %2 GPUs</source>
        <translation>%1 · 一部のみ、GPU %2基</translation>
    </message>
    <message>
        <source>%1 · front · %2 GPUs</source>
        <translation>%1 · 前面 · GPU %2基</translation>
    </message>
    <message>
        <source>GPUs per rack</source>
        <translation>ラックあたりのGPU数</translation>
    </message>
    <message>
        <source>%1U unit: redundant pumps, rack monitoring</source>
        <translation>%1Uユニット：冗長ポンプ、ラック監視</translation>
    </message>
    <message>
        <source>%1U pumps + monitoring</source>
        <translation>%1Uポンプ＋監視</translation>
    </message>
    <message>
        <source>%1U pumps</source>
        <translation>%1Uポンプ</translation>
    </message>
    <message>
        <source>Pump unit with redundant pumps and rack monitoring</source>
        <translation>冗長ポンプとラック監視を備えたポンプユニット</translation>
    </message>
    <message>
        <source>Server %1</source>
        <translation>サーバー%1</translation>
    </message>
    <message>
        <source>%1U liquid-cooled HGX H100</source>
        <translation>%1U液冷HGX H100</translation>
    </message>
    <message>
        <source>%1U liquid-cooled server, layout as built</source>
        <translation>%1U液冷サーバー（構築済みの構成）</translation>
    </message>
    <message>
        <source>%1 Tb/s Ethernet</source>
        <translation>イーサネット%1 Tb/s</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 GPUs</source>
        <translation>%1 · %2 · GPU %3基</translation>
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
        <translation>（サーバーあたり）</translation>
    </message>
    <message>
        <source>Ethernet bandwidth per server</source>
        <translation>サーバーあたりのイーサネット帯域</translation>
    </message>
    <message>
        <source>+1 NIC, %1 Gb</source>
        <translation>＋NIC 1枚、%1 Gb</translation>
    </message>
    <message>
        <source>+%1 Gb</source>
        <translation>+%1 Gb</translation>
    </message>
    <message>
        <source>The server&apos;s extra NIC</source>
        <translation>サーバーの追加NIC</translation>
    </message>
    <message>
        <source>The built servers&apos; extra NIC (not reported for these)</source>
        <translation>構築済みサーバーの追加NIC（このサーバーについては報道なし）</translation>
    </message>
    <message>
        <source>PSU %1 (redundant)</source>
        <translation>電源%1（冗長）</translation>
    </message>
    <message>
        <source>PSU %1</source>
        <translation>電源%1</translation>
    </message>
    <message>
        <source>Redundant power supplies per server</source>
        <translation>サーバーごとの冗長電源</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>空き</translation>
    </message>
    <message>
        <source>4U liquid-cooled server (Supermicro&apos;s in the tour report; Dell was to assemble half the racks, Musk said)</source>
        <translation>4U液冷サーバー（見学記事ではスーパーマイクロ製。マスク氏によればラックの半分はデルが組み立てる予定だった）</translation>
    </message>
    <message>
        <source>cooling</source>
        <translation>冷却</translation>
    </message>
    <message>
        <source>Rack %1 · rear</source>
        <translation>ラック%1・背面</translation>
    </message>
    <message>
        <source>Ethernet switches (not InfiniBand)</source>
        <translation>イーサネットスイッチ（InfiniBandではない）</translation>
    </message>
    <message>
        <source>Ethernet switches</source>
        <translation>イーサネットスイッチ</translation>
    </message>
    <message>
        <source>switches</source>
        <translation>スイッチ</translation>
    </message>
    <message>
        <source>rack-sized manifold (coolant)</source>
        <translation>ラック全高のマニホールド（冷却液）</translation>
    </message>
    <message>
        <source>manifold</source>
        <translation>マニホールド</translation>
    </message>
    <message>
        <source>Rack-sized cooling manifold</source>
        <translation>ラック全高の冷却マニホールド</translation>
    </message>
    <message>
        <source>three-phase power supplies</source>
        <translation>三相電源</translation>
    </message>
    <message>
        <source>3-phase power</source>
        <translation>三相電源</translation>
    </message>
    <message>
        <source>Three-phase power supplies</source>
        <translation>三相電源</translation>
    </message>
    <message>
        <source>Server %1, rear: %2 redundant PSUs, %3 + 1 NICs</source>
        <translation>サーバー%1・背面：冗長電源%2台、NIC %3 + 1枚</translation>
    </message>
    <message>
        <source>Server %1 rear</source>
        <translation>サーバー%1・背面</translation>
    </message>
    <message>
        <source>Four redundant power supplies per server</source>
        <translation>サーバー1台当たり4台の冗長電源</translation>
    </message>
    <message>
        <source>pump unit (rear)</source>
        <translation>ポンプユニット（背面）</translation>
    </message>
    <message>
        <source>pumps</source>
        <translation>ポンプ</translation>
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
        <translation>--list-figures または --list-checks と併用：代わりに JSON 配列を出力します。</translation>
    </message>
    <message>
        <source> or </source>
        <translation>または</translation>
    </message>
    <message>
        <source>one GPU (%1) · its own %2 GbE NIC (reported)</source>
        <translation>GPU 1基（%1） · 専用の%2 GbE NIC（報道による）</translation>
    </message>
    <message>
        <source>one GPU (%1) · network card not reported for these GPUs (drawn as built)</source>
        <translation>GPU 1基（%1） · このGPUのネットワークカードは報道なし（構築済みの構成で描画）</translation>
    </message>
    <message>
        <source>%1 GPUs</source>
        <translation>GPU %1基</translation>
    </message>
    <message>
        <source> · %1 Tb/s Ethernet (reported per server)</source>
        <translation> · イーサネット%1 Tb/s（サーバーあたり、報道による）</translation>
    </message>
    <message>
        <source>%1 GPUs · %2 servers</source>
        <translation>GPU %1基 · サーバー%2台</translation>
    </message>
    <message>
        <source>%1 GPUs in %2 of %3 servers (partial: the total ends here)</source>
        <translation>GPU %1基（サーバー%3台中%2台、一部のみ：総数はここまで）</translation>
    </message>
    <message>
        <source>%1 GPUs · %2 racks of %3 servers</source>
        <translation>GPU %1基 · サーバー%3台入りのラック%2台</translation>
    </message>
    <message>
        <source>%1 GPUs in %2 of %3 racks (partial: the total ends here)</source>
        <translation>GPU %1基（ラック%3台中%2台、一部のみ：総数はここまで）</translation>
    </message>
    <message>
        <source>%1 GPUs · %2 · %3 · %4</source>
        <translation>GPU %1基 · %2 · %3 · %4</translation>
    </message>
    <message>
        <source>No report counts the servers, racks and groups of the whole; they are divided out of:</source>
        <translation>全体のサーバー、ラック、グループの数を示す報道はなく、次の数値から割り出している：</translation>
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
    <message>
        <source>several</source>
        <translation>数</translation>
    </message>
    <message>
        <source>several thousand</source>
        <translation>数千</translation>
    </message>
    <message>
        <source>several hundred thousand</source>
        <translation>数十万</translation>
    </message>
    <message>
        <source>several million</source>
        <translation>数百万</translation>
    </message>
    <message>
        <source>several billion</source>
        <translation>数十億</translation>
    </message>
    <message>
        <source>several trillion</source>
        <translation>数兆</translation>
    </message>
    <message>
        <source>tens of thousands</source>
        <translation>数万</translation>
    </message>
    <message>
        <source>tens of hundred thousands</source>
        <translation>数百万</translation>
    </message>
    <message>
        <source>tens of millions</source>
        <translation>数千万</translation>
    </message>
    <message>
        <source>tens of billions</source>
        <translation>数百億</translation>
    </message>
    <message>
        <source>tens of trillions</source>
        <translation>数十兆</translation>
    </message>
    <message>
        <source>tens of</source>
        <translation>数十</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>%1までに</translation>
    </message>
    <message>
        <source>before %1</source>
        <translation>%1より前</translation>
    </message>
    <message>
        <source>estimated</source>
        <translation>推計</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>計画</translation>
    </message>
    <message>
        <source>claimed by %1</source>
        <translation>%1の主張</translation>
    </message>
    <message>
        <source>est.</source>
        <translation>推計</translation>
    </message>
    <message>
        <source>plan</source>
        <translation>計画</translation>
    </message>
    <message>
        <source>claim</source>
        <translation>主張</translation>
    </message>
    <message>
        <source>derived</source>
        <translation>算出値</translation>
    </message>
    <message>
        <source>dated %1</source>
        <translation>日付 %1</translation>
    </message>
    <message>
        <source>dated %1 (%2)</source>
        <translation>日付 %1（%2）</translation>
    </message>
    <message>
        <source>written %1</source>
        <translation>執筆 %1</translation>
    </message>
    <message>
        <source>file %1</source>
        <translation>ファイル %1</translation>
    </message>
    <message>
        <source>Source: %1 (%2)</source>
        <translation>出典：%1（%2）</translation>
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
    <name>LegendPainter</name>
    <message>
        <source>or %1 %2%3</source>
        <translation>または %1 %2%3</translation>
    </message>
    <message>
        <source>one block = a group of %1 racks × %2 GPUs = %3 GPUs</source>
        <translation>1ブロック = %1ラック × GPU %2基のグループ = GPU %3基</translation>
    </message>
    <message>
        <source>GPUs per group of racks</source>
        <translation>ラックのグループあたりのGPU数</translation>
    </message>
    <message>
        <source>Parts as reported; their placement in the server is schematic</source>
        <translation>部品は報道どおり。サーバー内の配置は模式図</translation>
    </message>
    <message>
        <source>Rack units as reported; drawing schematic</source>
        <translation>ラックユニットは報道どおり。図は模式図</translation>
    </message>
    <message>
        <source> · last group partial (%1 of %2 racks)</source>
        <translation> · 最後のグループは一部のみ（%2ラック中%1）</translation>
    </message>
    <message>
        <source>Placement schematic</source>
        <translation>配置は模式図</translation>
    </message>
    <message>
        <source>Drawing schematic</source>
        <translation>図は模式図</translation>
    </message>
    <message>
        <source>%1 groups, %2 racks</source>
        <translation>%1グループ、ラック%2台</translation>
    </message>
    <message>
        <source>= %1 racks × %2 GPUs = %3</source>
        <translation>= ラック%1台 × GPU %2基 = %3</translation>
    </message>
    <message>
        <source>= both readings drawn</source>
        <translation>= 両方の読み方を描画</translation>
    </message>
    <message>
        <source>Groups in rows: schematic, no floor plan reported · %1 groups, %2 racks drawn%3</source>
        <translation>グループの列は模式図（配置図の報道なし） · %1グループ、%2ラックを描画%3</translation>
    </message>
    <message>
        <source>Schematic rows · %1 groups, %2 racks%3</source>
        <translation>列は模式図 · %1グループ、ラック%2台%3</translation>
    </message>
</context>
<context>
    <name>PartsPanel</name>
    <message>
        <source>The report names the parts on the rear but not where they sit: their positions here are schematic.</source>
        <translation>記事は背面の部品を挙げていますが、その位置は示していません。ここでの配置は模式図です。</translation>
    </message>
    <message>
        <source>As built: </source>
        <translation>構築済みの構成：</translation>
    </message>
    <message>
        <source>%1 Tb/s Ethernet per server, as reported (%2 × %3 + %4 = %5 Gb/s)</source>
        <translation>サーバーあたりイーサネット%1 Tb/s（報道どおり。%2 × %3 + %4 = %5 Gb/s）</translation>
    </message>
    <message>
        <source>Height: %1 × %2U servers + %3 × %4U manifolds + %5U pump unit = %6U, from the reported unit heights. Drawing schematic.</source>
        <translation>高さ：%2Uサーバー × %1 + %4Uマニホールド × %3 + %5Uポンプユニット = %6U（報道されたユニットの高さから）。図は模式図。</translation>
    </message>
    <message>
        <source>The reports list these parts; where they sit inside the server is schematic.</source>
        <translation>報道はこれらの部品を挙げています。サーバー内の配置は模式図です。</translation>
    </message>
    <message>
        <source>What the reports say is here</source>
        <translation>報道によるとここにあるもの</translation>
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
        <source>Colossus (planned, %1 GPUs)</source>
        <translation>Colossus（計画、GPU %1基）</translation>
    </message>
    <message>
        <source>Colossus (upgrade, %1: %2 + %3 H100 + %4 H200)</source>
        <translation>Colossus（増強、計%1基：%2 + H100 %3基 + H200 %4基）</translation>
    </message>
    <message>
        <source>more than %1</source>
        <translation>%1超</translation>
    </message>
    <message>
        <source>about %1</source>
        <translation>約%1</translation>
    </message>
    <message>
        <source>almost %1</source>
        <translation>%1近く</translation>
    </message>
    <message>
        <source>at least %1</source>
        <translation>少なくとも%1</translation>
    </message>
    <message>
        <source>up to %1</source>
        <translation>最大%1</translation>
    </message>
    <message>
        <source>Built as of %1. Racks: %2 GPUs ÷ %3 per rack = %4 → %5 racks, the last one part full; the reports say &quot;%6 racks&quot;. Groups: %2 ÷ %7 per group = %8 → %9 groups, the last one partial; the reports say &quot;%10 groups&quot;. See the consistency check %11.</source>
        <translation>%1時点の構築状況。ラック：GPU %2基 ÷ 1ラック%3基 = %4 → %5ラック（最後の1台は一部のみ）。報道では「ラック%6台」。グループ：%2 ÷ 1グループ%7基 = %8 → %9グループ（最後のグループは一部のみ）。報道では「%10グループ」。整合性チェック %11 を参照。</translation>
    </message>
    <message>
        <source>The reports disagree on the type: %1 B200 in Musk&apos;s post (report %2), %3 H200 in the tour report (report %4). Both readings are shown: each GPU is drawn in both colours.</source>
        <translation>種類について報道は食い違っています：マスク氏の投稿ではB200が%1基（記事%2）、見学記事ではH200が%3基（記事%4）。両方の読み方を示すため、各GPUを2色で描いています。</translation>
    </message>
    <message>
        <source>The plan reported by the FT: %1 GPUs, type not reported; drawn with the built cluster&apos;s rack and group sizes.</source>
        <translation>FTが報じた計画：GPU %1基、種類は報道なし。構築済みクラスターのラックとグループの大きさで描いています。</translation>
    </message>
    <message>
        <source>Built: %1 H100</source>
        <translation>構築済み：H100 %1基</translation>
    </message>
    <message>
        <source>Upgrade: %1 GPUs</source>
        <translation>増強：GPU %1基</translation>
    </message>
    <message>
        <source>Promise: %1 B200/H200</source>
        <translation>予告：B200/H200 %1基</translation>
    </message>
    <message>
        <source>Planned: %1 GPUs</source>
        <translation>計画：GPU %1基</translation>
    </message>
    <message>
        <source>The built %1 H100 plus another %2 H100 and %3 H200 announced for the upgrade: %4 GPUs in all.</source>
        <translation>構築済みのH100 %1基に、増強で発表されたH100 %2基とH200 %3基を加えて、合計GPU %4基。</translation>
    </message>
    <message>
        <source>Colossus (promise, %1 B200 or %2 H200)</source>
        <translation>Colossus（予告、B200 %1基またはH200 %2基）</translation>
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
        <source> (our translation: “%1”)</source>
        <translation>（訳：「%1」）</translation>
    </message>
    <message>
        <source>our translation: “%1”</source>
        <translation>訳：「%1」</translation>
    </message>
</context>
<context>
    <name>Unit</name>
    <message>
        <source>GPUs</source>
        <translation>基のGPU</translation>
    </message>
    <message>
        <source>GPU</source>
        <translation>基のGPU</translation>
    </message>
    <message>
        <source>chips</source>
        <translation>個のチップ</translation>
    </message>
    <message>
        <source>chip</source>
        <translation>個のチップ</translation>
    </message>
    <message>
        <source>servers</source>
        <translation>台のサーバー</translation>
    </message>
    <message>
        <source>server</source>
        <translation>台のサーバー</translation>
    </message>
    <message>
        <source>racks</source>
        <translation>台のラック</translation>
    </message>
    <message>
        <source>rack</source>
        <translation>台のラック</translation>
    </message>
    <message>
        <source>groups</source>
        <translation>グループ</translation>
    </message>
    <message>
        <source>group</source>
        <translation>グループ</translation>
    </message>
    <message>
        <source>power supplies</source>
        <translation>台の電源ユニット</translation>
    </message>
    <message>
        <source>power supply</source>
        <translation>台の電源ユニット</translation>
    </message>
    <message>
        <source>generators</source>
        <translation>台の発電機</translation>
    </message>
    <message>
        <source>generator</source>
        <translation>台の発電機</translation>
    </message>
    <message>
        <source>homes</source>
        <translation>世帯</translation>
    </message>
    <message>
        <source>home</source>
        <translation>世帯</translation>
    </message>
    <message>
        <source>cities</source>
        <translation>都市</translation>
    </message>
    <message>
        <source>city</source>
        <translation>都市</translation>
    </message>
    <message>
        <source>days</source>
        <translation>日</translation>
    </message>
    <message>
        <source>day</source>
        <translation>日</translation>
    </message>
    <message>
        <source>weeks</source>
        <translation>週間</translation>
    </message>
    <message>
        <source>week</source>
        <translation>週間</translation>
    </message>
    <message>
        <source>months</source>
        <translation>か月</translation>
    </message>
    <message>
        <source>month</source>
        <translation>か月</translation>
    </message>
    <message>
        <source>years</source>
        <translation>年</translation>
    </message>
    <message>
        <source>year</source>
        <translation>年</translation>
    </message>
    <message>
        <source>US gal/day</source>
        <translation>米ガロン/日</translation>
    </message>
    <message>
        <source>TWh/year</source>
        <translation>TWh/年</translation>
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
        <source>Sources:</source>
        <translation>出典：</translation>
    </message>
    <message>
        <source>⚠ and a dashed outline: the reports disagree about this figure (see the consistency checks).</source>
        <translation>⚠と破線の枠：この数値について報道の内容が食い違っています（整合性チェックを参照）。</translation>
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
    <message>
        <source>Source: %1 (%2)</source>
        <translation>出典：%1（%2）</translation>
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
    <message>
        <source>Colossus, %1</source>
        <translation>Colossus、%1</translation>
    </message>
    <message>
        <source>Group %1 of %2</source>
        <translation>グループ%1（全%2）</translation>
    </message>
    <message>
        <source>Rack %1 of group %2%3</source>
        <translation>グループ%2のラック%1%3</translation>
    </message>
    <message>
        <source>, rear view</source>
        <translation>、背面</translation>
    </message>
    <message>
        <source>Server %1 of rack %2 in group %3</source>
        <translation>グループ%3・ラック%2のサーバー%1</translation>
    </message>
    <message>
        <source>GPU %1 of server %2 in rack %3 of group %4</source>
        <translation>グループ%4・ラック%3・サーバー%2のGPU %1</translation>
    </message>
    <message>
        <source>; 1 linked fact</source>
        <translation>、関連する事実 1件</translation>
    </message>
    <message>
        <source>; %1 linked facts</source>
        <translation>、関連する事実 %1件</translation>
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
    <message>
        <source>Note on this report: %1</source>
        <translation>この報道についての注記：%1</translation>
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
    <message>
        <source>Our translation:</source>
        <translation>訳：</translation>
    </message>
    <message>
        <source>Note on this report:</source>
        <translation>この報道についての注記：</translation>
    </message>
    <message>
        <source>See the check</source>
        <translation>チェックを見る</translation>
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
    <message>
        <source>Our translation: “%1”</source>
        <translation>訳：「%1」</translation>
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
