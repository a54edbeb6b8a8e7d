<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>ChartSpec</name>
    <message>
        <source>GPU counts: Colossus against other systems</source>
        <translation>GPU 数量：Colossus 与其他系统对比</translation>
    </message>
    <message>
        <source>Power, water and energy</source>
        <translation>电力、用水与能源</translation>
    </message>
    <message>
        <source>Money: funding, deals and valuations</source>
        <translation>资金：融资、交易与估值</translation>
    </message>
    <message>
        <source>Timeline: from site decision to training</source>
        <translation>时间线：从选址到开始训练</translation>
    </message>
    <message>
        <source>Network: Ethernet bandwidth per GPU server</source>
        <translation>网络：每台 GPU 服务器的以太网带宽</translation>
    </message>
    <message>
        <source>Accelerators in each system, cluster or plan</source>
        <translation>各系统、集群或计划中的加速器数量</translation>
    </message>
    <message>
        <source>GPUs (count; linear scale)</source>
        <translation>GPU（数量，线性刻度）</translation>
    </message>
    <message>
        <source>Colossus (xAI, Memphis)</source>
        <translation>Colossus（xAI，孟菲斯）</translation>
    </message>
    <message>
        <source>Other systems and clusters</source>
        <translation>其他系统与集群</translation>
    </message>
    <message>
        <source>type not given</source>
        <translation>未注明型号</translation>
    </message>
    <message>
        <source>Electric power</source>
        <translation>电力</translation>
    </message>
    <message>
        <source>megawatts (MW)</source>
        <translation>兆瓦（MW）</translation>
    </message>
    <message>
        <source>Electricity for one request (IEA)</source>
        <translation>单次请求耗电量（IEA）</translation>
    </message>
    <message>
        <source>watt-hours (Wh)</source>
        <translation>瓦时（Wh）</translation>
    </message>
    <message>
        <source>AI&apos;s share of data-centre electricity demand (Goldman Sachs)</source>
        <translation>AI 在数据中心电力需求中的占比（高盛）</translation>
    </message>
    <message>
        <source>percent of demand (%)</source>
        <translation>占需求的百分比（%）</translation>
    </message>
    <message>
        <source>Single figures (nothing like them to compare with)</source>
        <translation>单项数字（没有可比对象）</translation>
    </message>
    <message>
        <source>Money raised, invested or committed</source>
        <translation>募集、投资或承诺的资金</translation>
    </message>
    <message>
        <source>US dollars, billions (linear scale)</source>
        <translation>美元，十亿（线性刻度）</translation>
    </message>
    <message>
        <source>xAI&apos;s valuation (what investors say the company is worth)</source>
        <translation>xAI 的估值（投资者认为公司值多少钱）</translation>
    </message>
    <message>
        <source>When it happened (dot: the day is given; bar: only the month or season)</source>
        <translation>发生时间（圆点：有具体日期；横条：只知月份或季节）</translation>
    </message>
    <message>
        <source>How long it took</source>
        <translation>所用时间</translation>
    </message>
    <message>
        <source>days (weeks, months and years converted; linear scale)</source>
        <translation>天数（周、月、年均已换算；线性刻度）</translation>
    </message>
    <message>
        <source>1 week = 7 days, 1 month = 30.44 days, 1 year = 365.25 days.</source>
        <translation>1 周 = 7 天，1 个月 = 30.44 天，1 年 = 365.25 天。</translation>
    </message>
    <message>
        <source>Ethernet bandwidth of one GPU server</source>
        <translation>单台 GPU 服务器的以太网带宽</translation>
    </message>
    <message>
        <source>gigabits per second (Gb/s)</source>
        <translation>千兆位每秒（Gb/s）</translation>
    </message>
    <message>
        <source>What kind of network</source>
        <translation>网络类型</translation>
    </message>
    <message>
        <source>%1, %2 local time</source>
        <translation>%1，当地时间 %2</translation>
    </message>
    <message>
        <source>date as the reports give it (local; month ticks)</source>
        <translation>报道所给的日期（当地时间；按月标刻度）</translation>
    </message>
    <message>
        <source>Built, first phase · H100</source>
        <translation>已建成，第一阶段 · H100</translation>
    </message>
    <message>
        <source>After the upgrade · H100 + H200</source>
        <translation>升级之后 · H100 + H200</translation>
    </message>
    <message>
        <source>Next step, Musk&apos;s post of %1 · B200</source>
        <translation>下一步（马斯克 %1 的帖子） · B200</translation>
    </message>
    <message>
        <source>Musk&apos;s promise, tour report · H200</source>
        <translation>马斯克的承诺（参观报道） · H200</translation>
    </message>
    <message>
        <source>Expansion plan (FT) · type not given</source>
        <translation>扩建计划（FT） · 型号未说明</translation>
    </message>
    <message>
        <source>Tesla&apos;s H100 purchase · H100</source>
        <translation>特斯拉采购的 H100 · H100</translation>
    </message>
    <message>
        <source>Aurora · Intel</source>
        <translation>Aurora · 英特尔</translation>
    </message>
    <message>
        <source>Tesla Cortex, Giga Texas · type not given</source>
        <translation>特斯拉 Cortex，得州超级工厂 · 型号未说明</translation>
    </message>
    <message>
        <source>Frontier · AMD</source>
        <translation>Frontier · AMD</translation>
    </message>
    <message>
        <source>GPT-4 training (OpenAI) · A100</source>
        <translation>GPT-4 训练（OpenAI） · A100</translation>
    </message>
    <message>
        <source>Grok 2 training at Oracle · H100</source>
        <translation>在甲骨文训练 Grok 2 · H100</translation>
    </message>
    <message>
        <source>Grok 2 needs, Musk said earlier · H100</source>
        <translation>Grok 2 所需数量（马斯克此前所说） · H100</translation>
    </message>
    <message>
        <source>Rented from Oracle before · H100</source>
        <translation>此前向甲骨文租用 · H100</translation>
    </message>
    <message>
        <source>Microsoft Eagle · H100</source>
        <translation>微软 Eagle · H100</translation>
    </message>
    <message>
        <source>Tesla GPUs redirected to xAI · H100</source>
        <translation>从特斯拉转给 xAI 的 GPU · H100</translation>
    </message>
    <message>
        <source>Counts of different accelerators: a bar shows how many chips, not how much computing power.</source>
        <translation>不同加速器的数量：柱条表示芯片的个数，而不是算力。</translation>
    </message>
    <message>
        <source>Colossus, Memphis (estimate)</source>
        <translation>Colossus，孟菲斯（估计）</translation>
    </message>
    <message>
        <source>H100 systems Musk says are not worth building</source>
        <translation>马斯克称不值得建造的 H100 系统</translation>
    </message>
    <message>
        <source>The report gives %1 MW “per hour” (每小时); megawatts are already a rate, so the bar shows MW.</source>
        <translation>报道写的是“每小时” %1 MW；兆瓦本身已是功率（单位时间的量），所以柱条以 MW 表示。</translation>
    </message>
    <message>
        <source>ChatGPT query</source>
        <translation>ChatGPT 查询</translation>
    </message>
    <message>
        <source>Google search</source>
        <translation>Google 搜索</translation>
    </message>
    <message>
        <source>By %1</source>
        <translation>到 %1</translation>
    </message>
    <message>
        <source>US gallons of cooling water a day</source>
        <translation>美制加仑：每天的冷却用水</translation>
    </message>
    <message>
        <source>MWh stored in each Tesla Megapack</source>
        <translation>MWh：每台特斯拉 Megapack 的储电量</translation>
    </message>
    <message>
        <source>diesel generators added on site</source>
        <translation>台柴油发电机在现场增设</translation>
    </message>
    <message>
        <source>TWh a year of added data-centre demand from AI (Goldman Sachs)</source>
        <translation>TWh/年：AI 带来的数据中心新增需求（高盛）</translation>
    </message>
    <message>
        <source>tens of billions</source>
        <translation>数百亿</translation>
    </message>
    <message>
        <source>several billion</source>
        <translation>数十亿</translation>
    </message>
    <message>
        <source>“%1” (%2): no single figure</source>
        <translation>“%1”（%2）：没有确切数字</translation>
    </message>
    <message>
        <source>xAI funding round (German report)</source>
        <translation>xAI 融资轮（德语报道）</translation>
    </message>
    <message>
        <source>xAI Series B, %1 (Chinese report)</source>
        <translation>xAI B 轮融资，%1（中文报道）</translation>
    </message>
    <message>
        <source>xAI raised “this year” (FT; year not stated)</source>
        <translation>xAI “今年”筹集的资金（FT；未注明年份）</translation>
    </message>
    <message>
        <source>Oracle cloud deal, reported close in May (talks ended)</source>
        <translation>甲骨文云服务交易（据报 5 月接近达成，谈判已终止）</translation>
    </message>
    <message>
        <source>OpenAI–Microsoft partnership</source>
        <translation>OpenAI 与微软的合作</translation>
    </message>
    <message>
        <source>Amazon&apos;s investment in Anthropic</source>
        <translation>亚马逊对 Anthropic 的投资</translation>
    </message>
    <message>
        <source>Memphis project value</source>
        <translation>孟菲斯项目的价值</translation>
    </message>
    <message>
        <source>New GPUs for the expansion (FT estimate)</source>
        <translation>扩建所需的新 GPU（FT 估计）</translation>
    </message>
    <message>
        <source>After the funding round (German report)</source>
        <translation>融资轮之后（德语报道）</translation>
    </message>
    <message>
        <source>Hatched: an amount the report gives only in words, drawn across the span the words allow (“several billion”: 1–10 billion; “tens of billions”: 10–100 billion, cut at the end of the axis, →).</source>
        <translation>斜线：报道只用文字给出的金额，按文字所允许的范围绘制（“数十亿”：10 亿–100 亿；“数百亿”：100 亿–1000 亿，在坐标轴末端截断 →）。</translation>
    </message>
    <message>
        <source>Oracle offers xAI cloud for training</source>
        <translation>甲骨文向 xAI 提供训练用云服务</translation>
    </message>
    <message>
        <source>Memphis chosen after talks in March</source>
        <translation>经 3 月商谈后选定孟菲斯</translation>
    </message>
    <message>
        <source>Series B funding round announced</source>
        <translation>宣布 B 轮融资</translation>
    </message>
    <message>
        <source>Musk&apos;s post: H100 cluster online “in some months”</source>
        <translation>马斯克发帖：H100 集群“几个月内”上线</translation>
    </message>
    <message>
        <source>Musk: Dell assembling half the racks, “SMC” the rest</source>
        <translation>马斯克：戴尔组装一半机架，“SMC”组装其余部分</translation>
    </message>
    <message>
        <source>Talks with Oracle on more chips end</source>
        <translation>与甲骨文关于更多芯片的谈判结束</translation>
    </message>
    <message>
        <source>Diesel generators added on site</source>
        <translation>现场增设柴油发电机</translation>
    </message>
    <message>
        <source>Training starts on Colossus</source>
        <translation>Colossus 开始训练</translation>
    </message>
    <message>
        <source>Grok 2 release planned</source>
        <translation>Grok 2 计划发布</translation>
    </message>
    <message>
        <source>Grok 3 to be trained before</source>
        <translation>Grok 3 计划在此之前完成训练</translation>
    </message>
    <message>
        <source>Original plan: cluster running</source>
        <translation>原计划：集群投入运行</translation>
    </message>
    <message>
        <source>Choosing Memphis (Forbes)</source>
        <translation>选定孟菲斯（福布斯）</translation>
    </message>
    <message>
        <source>Installing the GPUs (Jensen Huang)</source>
        <translation>安装 GPU（黄仁勋）</translation>
    </message>
    <message>
        <source>Building Colossus (FT)</source>
        <translation>建成 Colossus（FT）</translation>
    </message>
    <message>
        <source>Assembling Colossus (tour report)</source>
        <translation>组装 Colossus（参观报道）</translation>
    </message>
    <message>
        <source>Ahead of the original plan by</source>
        <translation>比原计划提前</translation>
    </message>
    <message>
        <source>Usual for a data centre this size</source>
        <translation>同等规模数据中心的常规工期</translation>
    </message>
    <message>
        <source>Undated: the FT&apos;s report that Colossus will grow to %1 GPUs gives a day (“the 5th”) but no month or year, so it is not placed on the time axis.</source>
        <translation>未注明日期：FT 关于 Colossus 将扩展到 %1 块 GPU 的报道只给出了日（“5 日”），没有月份和年份，因此未放在时间轴上。</translation>
    </message>
    <message>
        <source>Sum of the NICs: %1 × %2 GbE + 1 × %3 Gb</source>
        <translation>网卡合计：%1 × %2 GbE + 1 × %3 Gb</translation>
    </message>
    <message>
        <source>GPU %1</source>
        <translation>GPU %1</translation>
    </message>
    <message>
        <source>As the report states it</source>
        <translation>按报道所述</translation>
    </message>
    <message>
        <source>one %1 GbE NIC per GPU</source>
        <translation>每块 GPU 一块 %1 GbE 网卡</translation>
    </message>
    <message>
        <source>one extra %1 Gb NIC per server</source>
        <translation>每台服务器另加一块 %1 Gb 网卡</translation>
    </message>
    <message>
        <source>1 Tb/s = 1,000 Gb/s. The sum of the NICs and the reported total %1.</source>
        <translation>1 Tb/s = 1,000 Gb/s。网卡合计与报道的总量%1。</translation>
    </message>
    <message>
        <source>agree</source>
        <translation>一致</translation>
    </message>
    <message>
        <source>differ</source>
        <translation>不一致</translation>
    </message>
    <message>
        <source> (≈%1 days)</source>
        <translation>（≈%1 天）</translation>
    </message>
    <message>
        <source>homes use as much power as the site&apos;s %1 (the report&apos;s comparison)</source>
        <translation>户家庭的用电量相当于该站点的 %1（报道中的比较）</translation>
    </message>
    <message>
        <source>Not placed either: Musk&apos;s post of %1 says the next step would “probably” be %2 B200 “next summer”, a guess without a date.</source>
        <translation>同样未放在时间轴上：马斯克 %1 的帖子说下一步“很可能”是“明年夏天”部署 %2 块 B200，这是没有日期的推测。</translation>
    </message>
</context>
<context>
    <name>Citation</name>
    <message>
        <source>Derived: %1</source>
        <translation>推算：%1</translation>
    </message>
    <message>
        <source>Our translation: “%1”</source>
        <translation>我们的译文：“%1”</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>来源：%1</translation>
    </message>
    <message>
        <source>Passage: “%1”</source>
        <translation>原文段落：“%1”</translation>
    </message>
    <message>
        <source>Note on this report: %1</source>
        <translation>关于该报道的说明：%1</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Colossus Explorer: the layout of xAI&apos;s Colossus supercomputer, every figure linked to the passage it came from.
Without a command it opens the window.</source>
        <translation>Colossus Explorer：展示 xAI 超级计算机 Colossus 的布局，每个数字都链接到其出处段落。
不带命令时打开主窗口。</translation>
    </message>
    <message>
        <source>Use the figures in FILE instead of the embedded catalogue.</source>
        <translation>使用 FILE 中的数字，而不是内置目录。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Validate FILE; print its problems and exit 1, or a summary and exit 0.</source>
        <translation>校验 FILE：有问题时列出问题并以 1 退出，否则输出摘要并以 0 退出。</translation>
    </message>
    <message>
        <source>Print every figure as an aligned table.</source>
        <translation>以对齐的表格列出所有数字。</translation>
    </message>
    <message>
        <source>Print the consistency checks with their verdicts.</source>
        <translation>列出一致性检查及其结论。</translation>
    </message>
    <message>
        <source>Print every exportable view path.</source>
        <translation>列出所有可导出的视图路径。</translation>
    </message>
    <message>
        <source>Open (or export) the view PATH, e.g. cluster, group/12/rack/3, chart/power.</source>
        <translation>打开（或导出）视图 PATH，例如 cluster、group/12/rack/3、chart/power。</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>PATH</translation>
    </message>
    <message>
        <source>Scenario ID: built, upgrade, promise or planned.</source>
        <translation>场景 ID：built、upgrade、promise 或 planned。</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Theme: light, dark or high-contrast.</source>
        <translation>主题：light、dark 或 high-contrast。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Interface language for this run: en, ja, zh_CN, de or es (default: the language chosen in View &gt; Language, else the system&apos;s).</source>
        <translation>本次运行的界面语言：en、ja、zh_CN、de 或 es（默认为“视图 &gt; 语言”中选择的语言，未选择时跟随系统）。</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>Write the view to OUT (.png, .svg or .pdf) and exit.</source>
        <translation>将视图写入 OUT（.png、.svg 或 .pdf）后退出。</translation>
    </message>
    <message>
        <source>OUT</source>
        <translation>OUT</translation>
    </message>
    <message>
        <source>Export size in pixels (default 1920x1080).</source>
        <translation>导出尺寸，单位为像素（默认 1920x1080）。</translation>
    </message>
    <message>
        <source>WxH</source>
        <translation>WxH</translation>
    </message>
    <message>
        <source>Export scale factor for PNG pixels (default 1).</source>
        <translation>PNG 像素的导出缩放倍数（默认 1）。</translation>
    </message>
    <message>
        <source>F</source>
        <translation>F</translation>
    </message>
    <message>
        <source>Export without a background.</source>
        <translation>导出时不带背景。</translation>
    </message>
    <message>
        <source>Write the guided tour as PNG handouts and tour.md into DIR.</source>
        <translation>将导览以 PNG 讲义和 tour.md 的形式写入 DIR。</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <source>Write every view of --list-views into DIR.</source>
        <translation>将 --list-views 列出的所有视图写入 DIR。</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>See colossus-explorer --help.</source>
        <translation>请参阅 colossus-explorer --help。</translation>
    </message>
    <message>
        <source>--lang %1: use en, ja, zh_CN, de or es</source>
        <translation>--lang %1：请使用 en、ja、zh_CN、de 或 es</translation>
    </message>
    <message>
        <source>unexpected argument: %1</source>
        <translation>意外的参数：%1</translation>
    </message>
    <message>
        <source>--%1 and --%2 are separate commands: give one at a time</source>
        <translation>--%1 和 --%2 是不同的命令：一次只能指定一个</translation>
    </message>
    <message>
        <source>--%1 goes with a command such as --export</source>
        <translation>--%1 需要与 --export 等命令一起使用</translation>
    </message>
    <message>
        <source>--%1 does not go with --%2</source>
        <translation>--%1 不能与 --%2 一起使用</translation>
    </message>
    <message>
        <source>--theme %1: use light, dark or high-contrast</source>
        <translation>--theme %1：请使用 light、dark 或 high-contrast</translation>
    </message>
    <message>
        <source>1 problem</source>
        <translation>1 个问题</translation>
    </message>
    <message>
        <source>%1 problems</source>
        <translation>%1 个问题</translation>
    </message>
    <message>
        <source>OK, %1 figures (%2 reported, %3 derived), %4 facts, %5 source documents, %6 consistency checks (%7 disagree or have an unclear unit)</source>
        <translation>OK：%1 个数字（报道 %2 个，推算 %3 个），%4 条事实，%5 份来源文档，%6 项一致性检查（其中 %7 项不一致或单位不明确）</translation>
    </message>
    <message>
        <source>VALUE</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>UNIT</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>TOPIC</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>SOURCE</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>LABEL</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>derived</source>
        <translation>推算</translation>
    </message>
    <message>
        <source>reported</source>
        <translation>报道</translation>
    </message>
    <message>
        <source>%1 figures</source>
        <translation>%1 个数字</translation>
    </message>
    <message>
        <source>figures: %1</source>
        <translation>涉及数字：%1</translation>
    </message>
    <message>
        <source>%1 consistency checks</source>
        <translation>%1 项一致性检查</translation>
    </message>
    <message>
        <source>--size %1: expected WIDTHxHEIGHT in pixels, e.g. 1920x1080</source>
        <translation>--size %1：应为以像素表示的 宽x高，例如 1920x1080</translation>
    </message>
    <message>
        <source>--size %1: at most %2 pixels on a side</source>
        <translation>--size %1：每边最多 %2 像素</translation>
    </message>
    <message>
        <source>--scale %1: not a number</source>
        <translation>--scale %1：不是数字</translation>
    </message>
    <message>
        <source>wrote %1</source>
        <translation>已写入 %1</translation>
    </message>
    <message>
        <source>With --list-figures or --list-checks: print a JSON array instead.</source>
        <translation>与 --list-figures 或 --list-checks 一起使用：改为输出 JSON 数组。</translation>
    </message>
    <message>
        <source>arithmetic: %1</source>
        <translation>计算：%1</translation>
    </message>
    <message>
        <source>facts: %1</source>
        <translation>涉及事实：%1</translation>
    </message>
    <message>
        <source>Write the guided tour as one PDF handout FILE.pdf: a page per step with its caption and every cited passage.</source>
        <translation>GPU 数量：Colossus 与其他系统对比</translation>
    </message>
    <message>
        <source>With --export-all or --export-tour: png, svg or pdf (default png); with --cite: text, bibtex or csl-json (default text).</source>
        <translation>与 --export-all 或 --export-tour 一起使用时：png、svg 或 pdf（默认 png）；与 --cite 一起使用时：text、bibtex 或 csl-json（默认 text）。</translation>
    </message>
    <message>
        <source>Print a citation of the figure, fact or check ID: its report(s) by headline and outlet, the passage, our translation, the app version and the catalogue&apos;s SHA-256.</source>
        <translation>输出 ID 所指数字、事实或检查项的引文：所出自报道的标题和媒体、原文段落、我们的译文、应用版本以及目录的 SHA-256。</translation>
    </message>
    <message>
        <source>: the value is empty</source>
        <translation>：值为空</translation>
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
        <translation>单位不明</translation>
    </message>
    <message>
        <source>%1: %2 %3 %4: cannot be computed</source>
        <translation>%1：%2 %3 %4：无法计算</translation>
    </message>
    <message>
        <source> within %1%</source>
        <translation>（误差 %1% 以内）</translation>
    </message>
    <message>
        <source> within %1</source>
        <translation>（误差 %1 以内）</translation>
    </message>
    <message>
        <source>, holds</source>
        <translation>，成立</translation>
    </message>
    <message>
        <source>, fails</source>
        <translation>，不成立</translation>
    </message>
    <message>
        <source>%1: unknown date</source>
        <translation>%1：日期未知</translation>
    </message>
    <message>
        <source>%1: %2 (%3) before %4 (%5)</source>
        <translation>%1：%2（%3）早于 %4（%5）</translation>
    </message>
    <message>
        <source>, %1%2 apart ≈ %3 (%4%2)</source>
        <translation>，相隔 %1%2 ≈ %3（%4%2）</translation>
    </message>
    <message>
        <source>: holds</source>
        <translation>：成立</translation>
    </message>
    <message>
        <source>: fails</source>
        <translation>：不成立</translation>
    </message>
    <message>
        <source>%1: the passage of %2 names %3</source>
        <translation>%1：%2 的段落写的是 %3</translation>
    </message>
    <message>
        <source>none of %1</source>
        <translation>%1 均未出现</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>%1 between the passages of %2</source>
        <translation>%2 各段落之间的%1</translation>
    </message>
    <message>
        <source>no named type</source>
        <translation>未写明型号</translation>
    </message>
</context>
<context>
    <name>DerivedMark</name>
    <message>
        <source>derived: %1</source>
        <translation>推算：%1</translation>
    </message>
    <message>
        <source>%1 derived: computed from reported figures, stated by no report</source>
        <translation>%1 推算：由报道中的数字计算得出，并非任何报道所述</translation>
    </message>
    <message>
        <source>%1 &lt;i&gt;Derived&lt;/i&gt;: %2 = %3</source>
        <translation>%1 &lt;i&gt;推算&lt;/i&gt;：%2 = %3</translation>
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
        <translation>每块 GPU 都采用液冷</translation>
    </message>
    <message>
        <source>GPU %1</source>
        <translation>GPU %1</translation>
    </message>
    <message>
        <source>HGX H100 board</source>
        <translation>HGX H100 主板</translation>
    </message>
    <message>
        <source>NVIDIA HGX H100</source>
        <translation>NVIDIA HGX H100</translation>
    </message>
    <message>
        <source>GPU type in this scenario</source>
        <translation>此情景中的 GPU 型号</translation>
    </message>
    <message>
        <source>%1 GbE NIC, this GPU&apos;s own</source>
        <translation>%1 GbE 网卡，此 GPU 专用</translation>
    </message>
    <message>
        <source>%1 GbE NIC</source>
        <translation>%1 GbE 网卡</translation>
    </message>
    <message>
        <source>NIC as built (not reported)</source>
        <translation>网卡按已建成配置（未见报道）</translation>
    </message>
    <message>
        <source>NIC as built</source>
        <translation>网卡按已建成配置</translation>
    </message>
    <message>
        <source>A dedicated NIC per GPU</source>
        <translation>每块 GPU 配一块专用网卡</translation>
    </message>
    <message>
        <source>Group %1</source>
        <translation>第 %1 组</translation>
    </message>
    <message>
        <source>%1 · partial: %2 of %3 racks, %4 GPUs</source>
        <translation>%1 · 不满：%3 个机架中的 %2 个，%4 块 GPU</translation>
    </message>
    <message>
        <source>%1 · partial, %2 GPUs</source>
        <translation>%1 · 不满，%2 块 GPU</translation>
    </message>
    <message>
        <source>%1 · %2 racks · %3 GPUs</source>
        <translation>%1 · %2 个机架 · %3 块 GPU</translation>
    </message>
    <message>
        <source>%1 · %2 GPUs</source>
        <translation>%1 · %2 块 GPU</translation>
    </message>
    <message>
        <source>no rack: the %1 GPUs end before it</source>
        <translation>无机架：%1 块 GPU 在此之前已排完</translation>
    </message>
    <message>
        <source>no rack</source>
        <translation>无机架</translation>
    </message>
    <message>
        <source>GPUs per group</source>
        <translation>每组 GPU 数</translation>
    </message>
    <message>
        <source>%1U manifold</source>
        <translation>%1U 分配管</translation>
    </message>
    <message>
        <source>%1U cooling manifold between servers</source>
        <translation>服务器之间的 %1U 冷却分配管</translation>
    </message>
    <message>
        <source>Cooling manifold between servers</source>
        <translation>服务器之间的冷却分配管</translation>
    </message>
    <message>
        <source>empty: the %1 GPUs end above</source>
        <translation>空位：%1 块 GPU 在上方已排完</translation>
    </message>
    <message>
        <source>empty slot</source>
        <translation>空槽位</translation>
    </message>
    <message>
        <source>Rack %1</source>
        <translation>机架 %1</translation>
    </message>
    <message>
        <source>%1 · part full: %2 of %3 servers</source>
        <translation>%1 · 未满：%3 台服务器中的 %2 台</translation>
    </message>
    <message>
        <source>%1 · part full, %2 GPUs</source>
        <translation>%1 · 未满，%2 块 GPU</translation>
    </message>
    <message>
        <source>%1 · front · %2 GPUs</source>
        <translation>%1 · 正面 · %2 块 GPU</translation>
    </message>
    <message>
        <source>GPUs per rack</source>
        <translation>每个机架的 GPU 数</translation>
    </message>
    <message>
        <source>%1U unit: redundant pumps, rack monitoring</source>
        <translation>%1U 单元：冗余泵、机架监控</translation>
    </message>
    <message>
        <source>%1U pumps + monitoring</source>
        <translation>%1U 泵 + 监控</translation>
    </message>
    <message>
        <source>%1U pumps</source>
        <translation>%1U 泵</translation>
    </message>
    <message>
        <source>Pump unit with redundant pumps and rack monitoring</source>
        <translation>配有冗余泵和机架监控的泵单元</translation>
    </message>
    <message>
        <source>Server %1</source>
        <translation>服务器 %1</translation>
    </message>
    <message>
        <source>%1U liquid-cooled HGX H100</source>
        <translation>%1U 液冷 HGX H100</translation>
    </message>
    <message>
        <source>%1U liquid-cooled server, layout as built</source>
        <translation>%1U 液冷服务器，按已建成布局</translation>
    </message>
    <message>
        <source>%1 Tb/s Ethernet</source>
        <translation>以太网 %1 Tb/s</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 GPUs</source>
        <translation>%1 · %2 · %3 块 GPU</translation>
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
        <translation>（每台服务器）</translation>
    </message>
    <message>
        <source>Ethernet bandwidth per server</source>
        <translation>每台服务器的以太网带宽</translation>
    </message>
    <message>
        <source>+1 NIC, %1 Gb</source>
        <translation>+1 块网卡，%1 Gb</translation>
    </message>
    <message>
        <source>+%1 Gb</source>
        <translation>+%1 Gb</translation>
    </message>
    <message>
        <source>The server&apos;s extra NIC</source>
        <translation>服务器的附加网卡</translation>
    </message>
    <message>
        <source>The built servers&apos; extra NIC (not reported for these)</source>
        <translation>已建成服务器的附加网卡（这些服务器未见报道）</translation>
    </message>
    <message>
        <source>PSU %1 (redundant)</source>
        <translation>电源 %1（冗余）</translation>
    </message>
    <message>
        <source>PSU %1</source>
        <translation>电源 %1</translation>
    </message>
    <message>
        <source>Redundant power supplies per server</source>
        <translation>每台服务器的冗余电源</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>空</translation>
    </message>
    <message>
        <source>4U liquid-cooled server (Supermicro&apos;s in the tour report; Dell was to assemble half the racks, Musk said)</source>
        <translation>4U 液冷服务器（参观报道中为超微产品；据马斯克说，一半机架由戴尔组装）</translation>
    </message>
    <message>
        <source>cooling</source>
        <translation>冷却</translation>
    </message>
    <message>
        <source>Rack %1 · rear</source>
        <translation>机架 %1 · 背面</translation>
    </message>
    <message>
        <source>Ethernet switches (not InfiniBand)</source>
        <translation>以太网交换机（非 InfiniBand）</translation>
    </message>
    <message>
        <source>Ethernet switches</source>
        <translation>以太网交换机</translation>
    </message>
    <message>
        <source>switches</source>
        <translation>交换机</translation>
    </message>
    <message>
        <source>rack-sized manifold (coolant)</source>
        <translation>机架高度的分配管（冷却液）</translation>
    </message>
    <message>
        <source>manifold</source>
        <translation>分配管</translation>
    </message>
    <message>
        <source>Rack-sized cooling manifold</source>
        <translation>机架高度的冷却分配管</translation>
    </message>
    <message>
        <source>three-phase power supplies</source>
        <translation>三相电源</translation>
    </message>
    <message>
        <source>3-phase power</source>
        <translation>三相电</translation>
    </message>
    <message>
        <source>Three-phase power supplies</source>
        <translation>三相电源</translation>
    </message>
    <message>
        <source>Server %1, rear: %2 redundant PSUs, %3 + 1 NICs</source>
        <translation>服务器 %1 背面：%2 个冗余电源，%3 + 1 块网卡</translation>
    </message>
    <message>
        <source>Server %1 rear</source>
        <translation>服务器 %1 背面</translation>
    </message>
    <message>
        <source>Four redundant power supplies per server</source>
        <translation>每台服务器四个冗余电源</translation>
    </message>
    <message>
        <source>pump unit (rear)</source>
        <translation>泵单元（背面）</translation>
    </message>
    <message>
        <source>pumps</source>
        <translation>泵</translation>
    </message>
    <message>
        <source>NIC</source>
        <comment>network card, shortest form when space is tight</comment>
        <translation>网卡</translation>
    </message>
</context>
<context>
    <name>DiagramModel</name>
    <message>
        <source> or </source>
        <translation>或</translation>
    </message>
    <message>
        <source>one GPU (%1) · its own %2 GbE NIC (reported)</source>
        <translation>一块 GPU（%1） · 自带一块 %2 GbE 网卡（据报道）</translation>
    </message>
    <message>
        <source>one GPU (%1) · network card not reported for these GPUs (drawn as built)</source>
        <translation>一块 GPU（%1） · 这些 GPU 的网卡未见报道（按已建成的配置绘制）</translation>
    </message>
    <message>
        <source>%1 GPUs</source>
        <translation>%1 块 GPU</translation>
    </message>
    <message>
        <source> · %1 Tb/s Ethernet (reported per server)</source>
        <translation> · 以太网 %1 Tb/s（每台服务器，据报道）</translation>
    </message>
    <message>
        <source>%1 GPUs · %2 servers</source>
        <translation>%1 块 GPU · %2 台服务器</translation>
    </message>
    <message>
        <source>%1 GPUs in %2 of %3 servers (partial: the total ends here)</source>
        <translation>%1 块 GPU，位于 %3 台服务器中的 %2 台（不满：总数到此为止）</translation>
    </message>
    <message>
        <source>%1 GPUs · %2 racks of %3 servers</source>
        <translation>%1 块 GPU · %2 个机架，每个 %3 台服务器</translation>
    </message>
    <message>
        <source>%1 GPUs in %2 of %3 racks (partial: the total ends here)</source>
        <translation>%1 块 GPU，位于 %3 个机架中的 %2 个（不满：总数到此为止）</translation>
    </message>
    <message>
        <source>%1 GPUs · %2 · %3 · %4</source>
        <translation>%1 块 GPU · %2 · %3 · %4</translation>
    </message>
    <message>
        <source>No report counts the servers, racks and groups of the whole; they are divided out of:</source>
        <translation>没有报道给出整体的服务器、机架和组数，它们由以下数字相除得出：</translation>
    </message>
</context>
<context>
    <name>DiagramPicture</name>
    <message>
        <source>Rear of the rack: three-phase power supplies, Ethernet switches and the rack-sized manifold (positions schematic). </source>
        <translation>机架背面：三相电源、以太网交换机和与机架等高的分水器（位置为示意）。</translation>
    </message>
    <message>
        <source>Front elevation with U positions. </source>
        <translation>正视图，标有 U 位。</translation>
    </message>
</context>
<context>
    <name>FigureFormat</name>
    <message>
        <source>%1 report</source>
        <translation>%1报道</translation>
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
        <translation>数十亿</translation>
    </message>
    <message>
        <source>several trillion</source>
        <translation>数万亿</translation>
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
        <translation>数百亿</translation>
    </message>
    <message>
        <source>tens of trillions</source>
        <translation>数十万亿</translation>
    </message>
    <message>
        <source>tens of</source>
        <translation>数十</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>%1之前</translation>
    </message>
    <message>
        <source>before %1</source>
        <translation>%1以前</translation>
    </message>
    <message>
        <source>estimated</source>
        <translation>估计</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>计划</translation>
    </message>
    <message>
        <source>claimed by %1</source>
        <translation>%1 的说法</translation>
    </message>
    <message>
        <source>est.</source>
        <translation>估</translation>
    </message>
    <message>
        <source>plan</source>
        <translation>计划</translation>
    </message>
    <message>
        <source>claim</source>
        <translation>说法</translation>
    </message>
    <message>
        <source>derived</source>
        <translation>推算</translation>
    </message>
    <message>
        <source>dated %1</source>
        <translation>日期 %1</translation>
    </message>
    <message>
        <source>dated %1 (%2)</source>
        <translation>日期 %1（%2）</translation>
    </message>
    <message>
        <source>written %1</source>
        <translation>撰写于 %1</translation>
    </message>
    <message>
        <source>file %1</source>
        <translation>文件 %1</translation>
    </message>
    <message>
        <source>Source: %1 (%2)</source>
        <translation>来源：%1（%2）</translation>
    </message>
</context>
<context>
    <name>FramedPicture</name>
    <message>
        <source>Schematic: no reported figure is drawn.</source>
        <translation>示意图：未绘制任何报道中的数字。</translation>
    </message>
    <message>
        <source>Sources: %1 — reports shipped with Colossus Explorer; every figure links to its verbatim passage.</source>
        <translation>来源：%1 —— 随 Colossus Explorer 提供的报道；每个数字都链接到其原文段落。</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>English</source>
        <translation>英语</translation>
    </message>
    <message>
        <source>Japanese</source>
        <translation>日语</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <source>German</source>
        <translation>德语</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>西班牙语</translation>
    </message>
</context>
<context>
    <name>LegendPainter</name>
    <message>
        <source>or %1 %2%3</source>
        <translation>或 %1 %2%3</translation>
    </message>
    <message>
        <source>one block = a group of %1 racks × %2 GPUs = %3 GPUs</source>
        <translation>一个方块 = 一组 %1 个机架 × %2 块 GPU = %3 块 GPU</translation>
    </message>
    <message>
        <source>GPUs per group of racks</source>
        <translation>每组机架的 GPU 数</translation>
    </message>
    <message>
        <source>Parts as reported; their placement in the server is schematic</source>
        <translation>部件依据报道；其在服务器内的位置为示意</translation>
    </message>
    <message>
        <source>Rack units as reported; drawing schematic</source>
        <translation>机架单元依据报道；图为示意</translation>
    </message>
    <message>
        <source> · last group partial (%1 of %2 racks)</source>
        <translation> · 最后一组不满（%2 个机架中的 %1 个）</translation>
    </message>
    <message>
        <source>Placement schematic</source>
        <translation>布局为示意</translation>
    </message>
    <message>
        <source>Drawing schematic</source>
        <translation>图为示意</translation>
    </message>
    <message>
        <source>%1 groups, %2 racks</source>
        <translation>%1 组，%2 个机架</translation>
    </message>
    <message>
        <source>= %1 racks × %2 GPUs = %3</source>
        <translation>= %1 个机架 × %2 块 GPU = %3</translation>
    </message>
    <message>
        <source>= both readings drawn</source>
        <translation>= 两种说法都画出</translation>
    </message>
    <message>
        <source>Groups in rows: schematic, no floor plan reported · %1 groups, %2 racks drawn%3</source>
        <translation>各组按行排列：示意，未见平面图报道 · 绘出 %1 组、%2 个机架%3</translation>
    </message>
    <message>
        <source>Schematic rows · %1 groups, %2 racks%3</source>
        <translation>示意排列 · %1 组，%2 个机架%3</translation>
    </message>
</context>
<context>
    <name>PartsPanel</name>
    <message>
        <source>The report names the parts on the rear but not where they sit: their positions here are schematic.</source>
        <translation>报道列出了背面的部件，但没有说明其位置：此处的位置为示意。</translation>
    </message>
    <message>
        <source>As built: </source>
        <translation>已建成配置：</translation>
    </message>
    <message>
        <source>%1 Tb/s Ethernet per server, as reported (%2 × %3 + %4 = %5 Gb/s)</source>
        <translation>每台服务器以太网 %1 Tb/s，依据报道（%2 × %3 + %4 = %5 Gb/s）</translation>
    </message>
    <message>
        <source>Height: %1 × %2U servers + %3 × %4U manifolds + %5U pump unit = %6U, from the reported unit heights. Drawing schematic.</source>
        <translation>高度：%1 × %2U 服务器 + %3 × %4U 分配管 + %5U 泵单元 = %6U，依据报道的单元高度。图为示意。</translation>
    </message>
    <message>
        <source>The reports list these parts; where they sit inside the server is schematic.</source>
        <translation>报道列出了这些部件；其在服务器内的位置为示意。</translation>
    </message>
    <message>
        <source>What the reports say is here</source>
        <translation>报道所述的部件</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>What the reports say</source>
        <translation>报道怎么说</translation>
    </message>
    <message>
        <source>Our translation: “%1”</source>
        <translation>我们的译文：“%1”</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>报道</translation>
    </message>
    <message>
        <source>%1 · step %2 of %3</source>
        <translation>%1 · 第 %2 步，共 %3 步</translation>
    </message>
</context>
<context>
    <name>Scenario</name>
    <message>
        <source>type not reported</source>
        <translation>未报道型号</translation>
    </message>
    <message>
        <source>Colossus (built, %1 H100)</source>
        <translation>Colossus（已建成，%1 块 H100）</translation>
    </message>
    <message>
        <source>Colossus (planned, %1 GPUs)</source>
        <translation>Colossus（计划，%1 块 GPU）</translation>
    </message>
    <message>
        <source>Colossus (upgrade, %1: %2 + %3 H100 + %4 H200)</source>
        <translation>Colossus（升级，共 %1 块：%2 + %3 块 H100 + %4 块 H200）</translation>
    </message>
    <message>
        <source>more than %1</source>
        <translation>超过 %1</translation>
    </message>
    <message>
        <source>about %1</source>
        <translation>约 %1</translation>
    </message>
    <message>
        <source>almost %1</source>
        <translation>近 %1</translation>
    </message>
    <message>
        <source>at least %1</source>
        <translation>至少 %1</translation>
    </message>
    <message>
        <source>up to %1</source>
        <translation>最多 %1</translation>
    </message>
    <message>
        <source>Built as of %1. Racks: %2 GPUs ÷ %3 per rack = %4 → %5 racks, the last one part full; the reports say &quot;%6 racks&quot;. Groups: %2 ÷ %7 per group = %8 → %9 groups, the last one partial; the reports say &quot;%10 groups&quot;. See the consistency check %11.</source>
        <translation>截至 %1 的建成情况。机架：%2 块 GPU ÷ 每个机架 %3 块 = %4 → %5 个机架，最后一个未满；报道称“%6 个机架”。组：%2 ÷ 每组 %7 块 = %8 → %9 组，最后一组不满；报道称“%10 组”。参见一致性检查 %11。</translation>
    </message>
    <message>
        <source>The reports disagree on the type: %1 B200 in Musk&apos;s post (report %2), %3 H200 in the tour report (report %4). Both readings are shown: each GPU is drawn in both colours.</source>
        <translation>各报道对型号说法不一：马斯克的帖子说 %1 块 B200（报道 %2），参观报道说 %3 块 H200（报道 %4）。两种说法都予以显示：每块 GPU 用两种颜色绘制。</translation>
    </message>
    <message>
        <source>The plan reported by the FT: %1 GPUs, type not reported; drawn with the built cluster&apos;s rack and group sizes.</source>
        <translation>FT 报道的计划：%1 块 GPU，型号未见报道；按已建成集群的机架和组规模绘制。</translation>
    </message>
    <message>
        <source>Built: %1 H100</source>
        <translation>已建成：%1 块 H100</translation>
    </message>
    <message>
        <source>Upgrade: %1 GPUs</source>
        <translation>升级：%1 块 GPU</translation>
    </message>
    <message>
        <source>Promise: %1 B200/H200</source>
        <translation>承诺：%1 块 B200/H200</translation>
    </message>
    <message>
        <source>Planned: %1 GPUs</source>
        <translation>计划：%1 块 GPU</translation>
    </message>
    <message>
        <source>The built %1 H100 plus another %2 H100 and %3 H200 announced for the upgrade: %4 GPUs in all.</source>
        <translation>已建成的 %1 块 H100，加上升级宣布的另外 %2 块 H100 和 %3 块 H200：共 %4 块 GPU。</translation>
    </message>
    <message>
        <source>Colossus (promise, %1 B200 or %2 H200)</source>
        <translation>Colossus（承诺，%1 块 B200 或 %2 块 H200）</translation>
    </message>
</context>
<context>
    <name>Theme</name>
    <message>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>高对比度</translation>
    </message>
</context>
<context>
    <name>TourExport</name>
    <message>
        <source>no output directory given</source>
        <translation>未指定输出目录</translation>
    </message>
    <message>
        <source>%1: cannot create the directory</source>
        <translation>%1：无法创建目录</translation>
    </message>
    <message>
        <source>%1: not a directory</source>
        <translation>%1：不是目录</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>错误：%1</translation>
    </message>
    <message>
        <source>wrote %1 of %2 %3 before the failure; no partial file was left behind</source>
        <translation>失败前已写入 %2 个%3中的 %1 个；没有留下不完整的文件</translation>
    </message>
    <message>
        <source>Wrote %1 %2 to %3</source>
        <translation>已将 %1 个%2写入 %3</translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot; (expected png, svg or pdf)</source>
        <translation>未知格式“%1”（应为 png、svg 或 pdf）</translation>
    </message>
    <message>
        <source>step pictures and %1</source>
        <translation>步骤图片及 %1</translation>
    </message>
    <message>
        <source>views</source>
        <translation>视图</translation>
    </message>
</context>
<context>
    <name>TourStepPicture</name>
    <message>
        <source> (our translation: “%1”)</source>
        <translation>（我们的译文：“%1”）</translation>
    </message>
    <message>
        <source>our translation: “%1”</source>
        <translation>我们的译文：“%1”</translation>
    </message>
</context>
<context>
    <name>Unit</name>
    <message>
        <source>GPUs</source>
        <translation>块 GPU</translation>
    </message>
    <message>
        <source>GPU</source>
        <translation>块 GPU</translation>
    </message>
    <message>
        <source>chips</source>
        <translation>颗芯片</translation>
    </message>
    <message>
        <source>chip</source>
        <translation>颗芯片</translation>
    </message>
    <message>
        <source>servers</source>
        <translation>台服务器</translation>
    </message>
    <message>
        <source>server</source>
        <translation>台服务器</translation>
    </message>
    <message>
        <source>racks</source>
        <translation>个机架</translation>
    </message>
    <message>
        <source>rack</source>
        <translation>个机架</translation>
    </message>
    <message>
        <source>groups</source>
        <translation>组</translation>
    </message>
    <message>
        <source>group</source>
        <translation>组</translation>
    </message>
    <message>
        <source>power supplies</source>
        <translation>个电源</translation>
    </message>
    <message>
        <source>power supply</source>
        <translation>个电源</translation>
    </message>
    <message>
        <source>generators</source>
        <translation>台发电机</translation>
    </message>
    <message>
        <source>generator</source>
        <translation>台发电机</translation>
    </message>
    <message>
        <source>homes</source>
        <translation>户家庭</translation>
    </message>
    <message>
        <source>home</source>
        <translation>户家庭</translation>
    </message>
    <message>
        <source>cities</source>
        <translation>个城市</translation>
    </message>
    <message>
        <source>city</source>
        <translation>个城市</translation>
    </message>
    <message>
        <source>days</source>
        <translation>天</translation>
    </message>
    <message>
        <source>day</source>
        <translation>天</translation>
    </message>
    <message>
        <source>weeks</source>
        <translation>周</translation>
    </message>
    <message>
        <source>week</source>
        <translation>周</translation>
    </message>
    <message>
        <source>months</source>
        <translation>个月</translation>
    </message>
    <message>
        <source>month</source>
        <translation>个月</translation>
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
        <translation>美制加仑/天</translation>
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
        <translation>第 %1 组</translation>
    </message>
    <message>
        <source>Rack %1</source>
        <translation>机架 %1</translation>
    </message>
    <message>
        <source> (rear)</source>
        <translation>（背面）</translation>
    </message>
    <message>
        <source>Server %1</source>
        <translation>服务器 %1</translation>
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
        <translation>您在 Colossus 中的位置</translation>
    </message>
    <message>
        <source>You are here</source>
        <translation>当前位置</translation>
    </message>
    <message>
        <source>Go to %1</source>
        <translation>转到 %1</translation>
    </message>
</context>
<context>
    <name>colossus::ChartScene</name>
    <message>
        <source>  ⚠ sources disagree</source>
        <translation>  ⚠ 来源说法不一</translation>
    </message>
    <message>
        <source>⚠ sources disagree</source>
        <translation>⚠ 来源说法不一</translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation>来源：</translation>
    </message>
    <message>
        <source>⚠ and a dashed outline: the reports disagree about this figure (see the consistency checks).</source>
        <translation>⚠ 和虚线框：各报道对这一数字说法不一（见一致性检查）。</translation>
    </message>
</context>
<context>
    <name>colossus::ChartView</name>
    <message>
        <source>Chart</source>
        <translation>图表</translation>
    </message>
    <message>
        <source>Arrow keys move between the marks; Return opens the passage a mark comes from</source>
        <translation>方向键在标记之间移动；回车打开标记所出自的段落</translation>
    </message>
</context>
<context>
    <name>colossus::ChartsPanel</name>
    <message>
        <source>Chart</source>
        <translation>图表</translation>
    </message>
    <message>
        <source>&amp;Chart:</source>
        <translation>图表(&amp;C)：</translation>
    </message>
    <message>
        <source>&lt;b&gt;⚠ The reports disagree&lt;/b&gt; about this figure.&lt;br&gt;Click to see the consistency check.</source>
        <translation>&lt;b&gt;⚠ 各报道对这个数字说法不一&lt;/b&gt;。&lt;br&gt;单击查看一致性检查。</translation>
    </message>
    <message>
        <source>This chart cannot be drawn from the data file: %1</source>
        <translation>无法根据数据文件绘制此图表：%1</translation>
    </message>
    <message>
        <source>Warning: the reports disagree about this figure. Opens the consistency check %1.</source>
        <translation>注意：各报道对该数字说法不一。打开一致性检查 %1。</translation>
    </message>
    <message>
        <source>%1. Source: %2.</source>
        <translation>%1。来源：%2。</translation>
    </message>
    <message>
        <source> (the report says “%1”)</source>
        <translation>（报道原文为“%1”）</translation>
    </message>
    <message>
        <source>. Source: %1</source>
        <translation>。来源：%1</translation>
    </message>
    <message>
        <source>Open passage</source>
        <translation>打开段落</translation>
    </message>
    <message>
        <source>Copy citation</source>
        <translation>复制引文</translation>
    </message>
    <message>
        <source>Source: %1 (%2)</source>
        <translation>来源：%1（%2）</translation>
    </message>
</context>
<context>
    <name>colossus::DiagramCanvas</name>
    <message>
        <source>Colossus hierarchy diagram</source>
        <translation>Colossus 层级示意图</translation>
    </message>
    <message>
        <source>%1
Click to see the passage in the sources</source>
        <translation>%1
单击可查看来源中的相应段落</translation>
    </message>
    <message>
        <source> · in view: %1</source>
        <translation> · 视图内：%1</translation>
    </message>
    <message>
        <source> · selected: %1</source>
        <translation> · 已选：%1</translation>
    </message>
    <message>
        <source>Colossus, %1</source>
        <translation>Colossus，%1</translation>
    </message>
    <message>
        <source>Group %1 of %2</source>
        <translation>第 %1 组（共 %2 组）</translation>
    </message>
    <message>
        <source>Rack %1 of group %2%3</source>
        <translation>第 %2 组的机架 %1%3</translation>
    </message>
    <message>
        <source>, rear view</source>
        <translation>，背面</translation>
    </message>
    <message>
        <source>Server %1 of rack %2 in group %3</source>
        <translation>第 %3 组机架 %2 中的服务器 %1</translation>
    </message>
    <message>
        <source>GPU %1 of server %2 in rack %3 of group %4</source>
        <translation>第 %4 组机架 %3 服务器 %2 中的 GPU %1</translation>
    </message>
    <message>
        <source>; 1 linked fact</source>
        <translation>；1 条相关事实</translation>
    </message>
    <message>
        <source>; %1 linked facts</source>
        <translation>；%1 条相关事实</translation>
    </message>
</context>
<context>
    <name>colossus::DiagramView</name>
    <message>
        <source>&amp;Scenario:</source>
        <translation>场景(&amp;S)：</translation>
    </message>
    <message>
        <source>Rear view</source>
        <translation>背面视图</translation>
    </message>
    <message>
        <source>Show the rack from behind (R)</source>
        <translation>从背面查看机架（R）</translation>
    </message>
    <message>
        <source>Copy path</source>
        <translation>复制路径</translation>
    </message>
    <message>
        <source>Copy the view path, for --view on the command line</source>
        <translation>复制视图路径，供命令行 --view 使用</translation>
    </message>
    <message>
        <source>Copy view path</source>
        <translation>复制视图路径</translation>
    </message>
    <message>
        <source>Front / rear of the rack (R)</source>
        <translation>机架正面／背面（R）</translation>
    </message>
    <message>
        <source>Up one level (Backspace)</source>
        <translation>返回上一级（Backspace）</translation>
    </message>
    <message>
        <source>Whole cluster (0)</source>
        <translation>整个集群（0）</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>情景</translation>
    </message>
    <message>
        <source>Rear view of the rack</source>
        <translation>机架背面视图</translation>
    </message>
    <message>
        <source>Copy the view path</source>
        <translation>复制视图路径</translation>
    </message>
    <message>
        <source>How the scenario&apos;s counts were chosen</source>
        <translation>情景中数量的确定方式</translation>
    </message>
    <message>
        <source>Diagram status</source>
        <translation>示意图状态</translation>
    </message>
    <message>
        <source>Open passage: %1</source>
        <translation>打开段落：%1</translation>
    </message>
    <message>
        <source>Copy citation</source>
        <translation>复制引文</translation>
    </message>
</context>
<context>
    <name>colossus::ExportDialog</name>
    <message>
        <source>Export view</source>
        <translation>导出视图</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>PNG 图像</translation>
    </message>
    <message>
        <source>SVG drawing</source>
        <translation>SVG 矢量图</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>PDF 文档</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>自定义</translation>
    </message>
    <message>
        <source>px</source>
        <translation>像素</translation>
    </message>
    <message>
        <source>PNG pixels per layout pixel: 2 gives a sharper image with the same layout</source>
        <translation>每个布局像素对应的 PNG 像素数：设为 2 可在布局不变的情况下得到更清晰的图像</translation>
    </message>
    <message>
        <source>Transparent background</source>
        <translation>透明背景</translation>
    </message>
    <message>
        <source>%1 × %2 pixels</source>
        <translation>%1 × %2 像素</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>Browse for the file</source>
        <translation>选择文件</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>宽度</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>高度</translation>
    </message>
    <message>
        <source>Size preset</source>
        <translation>预设尺寸</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>文件(&amp;F)：</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>格式(&amp;O)：</translation>
    </message>
    <message>
        <source>Si&amp;ze:</source>
        <translation>尺寸(&amp;Z)：</translation>
    </message>
    <message>
        <source>Sc&amp;ale:</source>
        <translation>缩放(&amp;A)：</translation>
    </message>
    <message>
        <source>Please give a file name.</source>
        <translation>请输入文件名。</translation>
    </message>
    <message>
        <source>“%1” already exists in %2.

Replace it?</source>
        <translation>“%1”已存在于 %2。

要替换吗？</translation>
    </message>
    <message>
        <source>The folder %1 could not be created.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>The view was not exported.

</source>
        <translation>视图未导出。

</translation>
    </message>
</context>
<context>
    <name>colossus::FigureTableModel</name>
    <message>
        <source>The reports disagree: %1</source>
        <translation>各报道说法不一：%1</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>数字</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>截至</translation>
    </message>
    <message>
        <source>Hierarchy</source>
        <translation>层级结构</translation>
    </message>
    <message>
        <source>Compute</source>
        <translation>算力</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>网络</translation>
    </message>
    <message>
        <source>Power</source>
        <translation>电力</translation>
    </message>
    <message>
        <source>Money</source>
        <translation>资金</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <source>Other systems</source>
        <translation>其他系统</translation>
    </message>
</context>
<context>
    <name>colossus::MainWindow</name>
    <message>
        <source>Charts</source>
        <translation>图表</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Export view…</source>
        <translation>导出视图(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>主题(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Colossus Explorer</source>
        <translation>关于 Colossus Explorer(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于 &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>跟随系统语言</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Colossus Explorer shows the new language when it starts again. Restart now?</source>
        <translation>新语言将在 Colossus Explorer 重新启动后生效。现在重新启动吗？</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>已写入 %1</translation>
    </message>
    <message>
        <source>Copied a 1920 × 1080 image of “%1”</source>
        <translation>已复制“%1”的 1920 × 1080 图像</translation>
    </message>
    <message>
        <source>About Colossus Explorer</source>
        <translation>关于 Colossus Explorer</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Colossus Explorer %1&lt;/h3&gt;&lt;p&gt;The layout of xAI&apos;s Colossus supercomputer in Memphis, made visible and checkable. Every figure comes from one of these reports, shipped unchanged with the app, and links to its verbatim passage:&lt;/p&gt;&lt;ul&gt;%2&lt;/ul&gt;&lt;p&gt;What the reports do not state is derived (formula shown) or drawn and labelled as schematic.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Colossus Explorer %1&lt;/h3&gt;&lt;p&gt;将 xAI 位于孟菲斯的超级计算机 Colossus 的布局直观呈现，并可逐项核对。每个数字都来自以下报道之一（原文随应用一起提供，未作改动），并链接到其原文段落：&lt;/p&gt;&lt;ul&gt;%2&lt;/ul&gt;&lt;p&gt;报道未说明的内容，或经推算（并给出公式），或以示意图绘出并加以标注。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>后退(&amp;B)</translation>
    </message>
    <message>
        <source>Back to the previous view (Alt+Left)</source>
        <translation>返回上一个视图（Alt+左）</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>前进(&amp;F)</translation>
    </message>
    <message>
        <source>Forward to the next view (Alt+Right)</source>
        <translation>前往下一个视图（Alt+右）</translation>
    </message>
    <message>
        <source>Copy &amp;image</source>
        <translation>复制图像(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Find figures…</source>
        <translation>查找数字(&amp;F)…</translation>
    </message>
    <message>
        <source>Copy view &amp;path</source>
        <translation>复制视图路径(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>转到(&amp;G)</translation>
    </message>
    <message>
        <source>Next &amp;pane</source>
        <translation>下一个窗格(&amp;P)</translation>
    </message>
    <message>
        <source>Previous pa&amp;ne</source>
        <translation>上一个窗格(&amp;N)</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>导航</translation>
    </message>
    <message>
        <source>&amp;Charts</source>
        <translation>图表(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Sources</source>
        <translation>来源(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Reset layout</source>
        <translation>重置布局(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>F6 / Shift+F6</source>
        <translation>F6 / Shift+F6</translation>
    </message>
    <message>
        <source>Next / previous pane: diagram, charts, sources</source>
        <translation>下一个 / 上一个窗格：示意图、图表、来源</translation>
    </message>
    <message>
        <source>Tab / Shift+Tab</source>
        <translation>Tab / Shift+Tab</translation>
    </message>
    <message>
        <source>Next / previous control; in the diagram and the charts, the next linked part or mark</source>
        <translation>下一个 / 上一个控件；在示意图和图表中为下一个带链接的部件或标记</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>回车</translation>
    </message>
    <message>
        <source>Open the passage of the focused link or chart mark; in the diagram without a focused link, zoom into the selection</source>
        <translation>打开获得焦点的链接或图表标记的段落；在示意图中若无获得焦点的链接，则放大所选部分</translation>
    </message>
    <message>
        <source>Arrow keys</source>
        <translation>方向键</translation>
    </message>
    <message>
        <source>Diagram: select a neighbour; charts: the next bar or point; tables: the next row</source>
        <translation>示意图：选择相邻元素；图表：下一个柱或点；表格：下一行</translation>
    </message>
    <message>
        <source>+ / -</source>
        <translation>+ / -</translation>
    </message>
    <message>
        <source>Zoom the diagram in / out</source>
        <translation>放大 / 缩小示意图</translation>
    </message>
    <message>
        <source>Backspace</source>
        <translation>退格键</translation>
    </message>
    <message>
        <source>Diagram: up one level</source>
        <translation>示意图：上移一级</translation>
    </message>
    <message>
        <source>0 / Home</source>
        <translation>0 / Home</translation>
    </message>
    <message>
        <source>Diagram: the whole cluster</source>
        <translation>示意图：整个集群</translation>
    </message>
    <message>
        <source>R</source>
        <translation>R</translation>
    </message>
    <message>
        <source>Diagram: front or rear of a rack</source>
        <translation>示意图：机架正面或背面</translation>
    </message>
    <message>
        <source>Alt+Left / Alt+Right</source>
        <translation>Alt+左 / Alt+右</translation>
    </message>
    <message>
        <source>Back / forward through the views visited (also the mouse&apos;s back and forward buttons)</source>
        <translation>在访问过的视图间后退 / 前进（也可用鼠标的后退和前进键）</translation>
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <source>Search the figures</source>
        <translation>搜索数字</translation>
    </message>
    <message>
        <source>Ctrl+C</source>
        <translation>Ctrl+C</translation>
    </message>
    <message>
        <source>In the sources: copy the selected figure&apos;s citation</source>
        <translation>在来源中：复制所选数字的引文</translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <source>Copy an image of the diagram or chart</source>
        <translation>复制示意图或图表的图像</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Export the diagram or chart (PNG, SVG, PDF)</source>
        <translation>导出示意图或图表（PNG、SVG、PDF）</translation>
    </message>
    <message>
        <source>Shift+F10 / Menu</source>
        <translation>Shift+F10 / 菜单键</translation>
    </message>
    <message>
        <source>Context menu of the diagram or the chart mark</source>
        <translation>示意图或图表标记的上下文菜单</translation>
    </message>
    <message>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <source>Present the guided tour</source>
        <translation>演示导览</translation>
    </message>
    <message>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <source>This list</source>
        <translation>此列表</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>按键</translation>
    </message>
    <message>
        <source>What they do</source>
        <translation>作用</translation>
    </message>
    <message>
        <source>Copied the citation of “%1”</source>
        <translation>已复制“%1”的引文</translation>
    </message>
    <message>
        <source>Whole cluster</source>
        <translation>整个集群</translation>
    </message>
    <message>
        <source>%1 — Colossus Explorer</source>
        <translation>%1 — Colossus Explorer</translation>
    </message>
    <message>
        <source>Copy &amp;citation</source>
        <translation>复制引文(&amp;C)</translation>
    </message>
    <message>
        <source>Copy citation as &amp;BibTeX</source>
        <translation>以 BibTeX 格式复制引文(&amp;B)</translation>
    </message>
    <message>
        <source>Copy citation as CSL-&amp;JSON</source>
        <translation>以 CSL-JSON 格式复制引文(&amp;J)</translation>
    </message>
    <message>
        <source>Note on this report: %1</source>
        <translation>关于该报道的说明：%1</translation>
    </message>
</context>
<context>
    <name>colossus::Minimap</name>
    <message>
        <source>The whole cluster: click or drag to move the view</source>
        <translation>整个集群：单击或拖动以移动视图</translation>
    </message>
    <message>
        <source>Minimap</source>
        <translation>小地图</translation>
    </message>
</context>
<context>
    <name>colossus::PresentationWindow</name>
    <message>
        <source>Go to step %1, then Return</source>
        <translation>转到第 %1 步：按回车确认</translation>
    </message>
    <message>
        <source>Exploring: Esc or R returns to the step</source>
        <translation>自由浏览中：按 Esc 或 R 返回本步</translation>
    </message>
    <message>
        <source>Our translation: “%1”</source>
        <translation>我们的译文：“%1”</translation>
    </message>
    <message>
        <source>Esc, R or a click returns to the step</source>
        <translation>按 Esc、R 或单击返回本步</translation>
    </message>
    <message>
        <source>→ ↓ PgDn Space Return</source>
        <translation>→ ↓ PgDn 空格 回车</translation>
    </message>
    <message>
        <source>next step (a click does the same)</source>
        <translation>下一步（单击也可）</translation>
    </message>
    <message>
        <source>← ↑ PgUp Backspace</source>
        <translation>← ↑ PgUp 退格键</translation>
    </message>
    <message>
        <source>previous step</source>
        <translation>上一步</translation>
    </message>
    <message>
        <source>Home  End</source>
        <translation>Home  End</translation>
    </message>
    <message>
        <source>first, last step</source>
        <translation>第一步、最后一步</translation>
    </message>
    <message>
        <source>digits, Return</source>
        <translation>数字键、回车</translation>
    </message>
    <message>
        <source>go to that step</source>
        <translation>转到该步</translation>
    </message>
    <message>
        <source>O</source>
        <translation>O</translation>
    </message>
    <message>
        <source>overview: arrows and Return pick a step, Esc returns</source>
        <translation>概览：用方向键和回车选择一步，按 Esc 返回</translation>
    </message>
    <message>
        <source>B or .   W</source>
        <translation>B 或 .   W</translation>
    </message>
    <message>
        <source>black, white screen</source>
        <translation>黑屏、白屏</translation>
    </message>
    <message>
        <source>L</source>
        <translation>L</translation>
    </message>
    <message>
        <source>pointer dot (follows the mouse)</source>
        <translation>指示点（跟随鼠标）</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>spotlight: dims all but a circle</source>
        <translation>聚光灯：除一个圆圈外全部变暗</translation>
    </message>
    <message>
        <source>D   C</source>
        <translation>D   C</translation>
    </message>
    <message>
        <source>draw with mouse or pen, clear the ink</source>
        <translation>用鼠标或笔绘画、清除笔迹</translation>
    </message>
    <message>
        <source>wheel, drag, R</source>
        <translation>滚轮、拖动、R</translation>
    </message>
    <message>
        <source>zoom and pan; R returns to the step</source>
        <translation>缩放和平移；按 R 返回本步</translation>
    </message>
    <message>
        <source>P   X</source>
        <translation>P   X</translation>
    </message>
    <message>
        <source>presenter view, swap screens</source>
        <translation>演讲者视图、交换屏幕</translation>
    </message>
    <message>
        <source>?</source>
        <translation>?</translation>
    </message>
    <message>
        <source>this help</source>
        <translation>本帮助</translation>
    </message>
    <message>
        <source>Esc  F5</source>
        <translation>Esc  F5</translation>
    </message>
    <message>
        <source>leave (Esc first closes what is open)</source>
        <translation>退出（Esc 会先关闭已打开的内容）</translation>
    </message>
    <message>
        <source>All steps: arrows and Return pick one, Esc returns</source>
        <translation>所有步骤：用方向键和回车选择，按 Esc 返回</translation>
    </message>
    <message>
        <source>Presentation keys</source>
        <translation>演示快捷键</translation>
    </message>
</context>
<context>
    <name>colossus::PresenterView</name>
    <message>
        <source>Presenter view: %1</source>
        <translation>演讲者视图：%1</translation>
    </message>
    <message>
        <source>End of the tour</source>
        <translation>导览结束</translation>
    </message>
    <message>
        <source>Step %1</source>
        <translation>第 %1 步</translation>
    </message>
    <message>
        <source>  (screen black)</source>
        <translation>  （黑屏）</translation>
    </message>
    <message>
        <source>  (screen white)</source>
        <translation>  （白屏）</translation>
    </message>
    <message>
        <source>  (exploring)</source>
        <translation>  （自由浏览中）</translation>
    </message>
    <message>
        <source>  go to %1</source>
        <translation>  转到 %1</translation>
    </message>
    <message>
        <source>Now: %1</source>
        <translation>当前：%1</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>下一步：%1</translation>
    </message>
    <message>
        <source>Next: end</source>
        <translation>下一步：结束</translation>
    </message>
    <message>
        <source>Swap screens (X)</source>
        <translation>交换屏幕（X）</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>This step</source>
        <translation>本步</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>总计</translation>
    </message>
    <message>
        <source>Caption: %1</source>
        <translation>说明文字：%1</translation>
    </message>
</context>
<context>
    <name>colossus::SourceView</name>
    <message>
        <source>Passage and translation</source>
        <translation>原文与译文</translation>
    </message>
    <message>
        <source>Source document</source>
        <translation>来源文档</translation>
    </message>
    <message>
        <source>Select a figure or a consistency check to see the passage it comes from.</source>
        <translation>选择一个数字或一项一致性检查，即可查看其出处段落。</translation>
    </message>
    <message>
        <source>derived</source>
        <translation>推算</translation>
    </message>
    <message>
        <source>reported in %1</source>
        <translation>见于 %1</translation>
    </message>
    <message>
        <source>as of %1</source>
        <translation>截至 %1</translation>
    </message>
    <message>
        <source>As written:</source>
        <translation>原文写法：</translation>
    </message>
    <message>
        <source>Derived:</source>
        <translation>推算：</translation>
    </message>
    <message>
        <source>Inputs:</source>
        <translation>输入数字：</translation>
    </message>
    <message>
        <source>The highlighted passages state the reported numbers this figure is computed from.</source>
        <translation>高亮的段落给出了计算这个数字所用的报道数字。</translation>
    </message>
    <message>
        <source>Consistency checks:</source>
        <translation>一致性检查：</translation>
    </message>
    <message>
        <source>statement</source>
        <translation>陈述</translation>
    </message>
    <message>
        <source>Passage in %1:</source>
        <translation>%1 中的段落：</translation>
    </message>
    <message>
        <source>Figures involved:</source>
        <translation>涉及的数字：</translation>
    </message>
    <message>
        <source>Passages in %1 documents:</source>
        <translation>%1 份文档中的段落：</translation>
    </message>
    <message>
        <source>Facts involved:</source>
        <translation>涉及的事实：</translation>
    </message>
    <message>
        <source>Our translation:</source>
        <translation>我们的译文：</translation>
    </message>
    <message>
        <source>Note on this report:</source>
        <translation>关于该报道的说明：</translation>
    </message>
    <message>
        <source>See the check</source>
        <translation>查看该检查</translation>
    </message>
</context>
<context>
    <name>colossus::SourcesBrowser</name>
    <message>
        <source>Search figures, quotes, translations…</source>
        <translation>搜索数字、引文、译文…</translation>
    </message>
    <message>
        <source>Every word must occur in the figure&apos;s name, id, quote or translation (Ctrl+F)</source>
        <translation>每个词都必须出现在数字的名称、ID、引文或译文中（Ctrl+F）</translation>
    </message>
    <message>
        <source>All topics</source>
        <translation>所有主题</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Search figures</source>
        <translation>搜索数字</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>数字</translation>
    </message>
    <message>
        <source>Consistency checks</source>
        <translation>一致性检查</translation>
    </message>
    <message>
        <source>Copy citation</source>
        <translation>复制引文</translation>
    </message>
    <message>
        <source>&lt;b&gt;Consistency checks&lt;/b&gt; — where the reports agree and where they do not</source>
        <translation>&lt;b&gt;一致性检查&lt;/b&gt;——各报道一致与不一致之处</translation>
    </message>
    <message>
        <source>1 figure</source>
        <translation>1 个数字</translation>
    </message>
    <message>
        <source>%1 figures</source>
        <translation>%1 个数字</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Derived: %1</source>
        <translation>推算：%1</translation>
    </message>
    <message>
        <source>Copy citation as BibTeX</source>
        <translation>以 BibTeX 格式复制引文</translation>
    </message>
    <message>
        <source>Copy citation as CSL-JSON</source>
        <translation>以 CSL-JSON 格式复制引文</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>来源：%1</translation>
    </message>
    <message>
        <source>Our translation: “%1”</source>
        <translation>我们的译文：“%1”</translation>
    </message>
</context>
<context>
    <name>colossus::TourActions</name>
    <message>
        <source>&amp;Present</source>
        <translation>演示(&amp;P)</translation>
    </message>
    <message>
        <source>Export &amp;tour…</source>
        <translation>导出导览(&amp;T)…</translation>
    </message>
    <message>
        <source>Walk through the cluster full screen (Esc leaves)</source>
        <translation>全屏逐步浏览集群（按 Esc 退出）</translation>
    </message>
    <message>
        <source>Write one PNG per tour step and tour.md into a folder</source>
        <translation>将导览每一步各存为一个 PNG，并连同 tour.md 写入文件夹</translation>
    </message>
    <message>
        <source>Guided tour</source>
        <translation>导览</translation>
    </message>
    <message>
        <source>The guided tour does not fit the loaded data, so it cannot be shown.</source>
        <translation>导览与已加载的数据不匹配，因此无法显示。</translation>
    </message>
    <message>
        <source>Export &amp;handout…</source>
        <translation>导出讲义(&amp;H)…</translation>
    </message>
    <message>
        <source>Write the tour as one PDF: a page per step with its caption and passages</source>
        <translation>将导览导出为一个 PDF：每步一页，含说明文字和段落</translation>
    </message>
    <message>
        <source>Export handout</source>
        <translation>导出讲义</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%n page(s)).</source>
        <translation>
            <numerusform>已写入 %1（%n 页）。</numerusform>
        </translation>
    </message>
    <message>
        <source>The handout could not be written.

%1</source>
        <translation>无法写入讲义。

%1</translation>
    </message>
</context>
<context>
    <name>colossus::TourExportDialog</name>
    <message>
        <source>Exporting the tour...</source>
        <translation>正在导出导览…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Export tour</source>
        <translation>导出导览</translation>
    </message>
    <message>
        <source>Writing %1 (%2 of %3)</source>
        <translation>正在写入 %1（第 %2 个，共 %3 个）</translation>
    </message>
    <message>
        <source>The tour could not be exported.

%1</source>
        <translation>导览未能导出。

%1</translation>
    </message>
    <message numerus="yes">
        <source>Export cancelled after %n complete file(s).</source>
        <translation>
            <numerusform>已完成 %n 个文件后取消了导出。</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrote %1 step pictures and %2 to %3.</source>
        <translation>已将 %1 张步骤图片和 %2 写入 %3。</translation>
    </message>
</context>
<context>
    <name>colossus::TourExportSettingsDialog</name>
    <message>
        <source>Export tour</source>
        <translation>导出导览</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>PNG images</source>
        <translation>PNG 图像</translation>
    </message>
    <message>
        <source>SVG drawings</source>
        <translation>SVG 矢量图</translation>
    </message>
    <message>
        <source>PDF documents</source>
        <translation>PDF 文档</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>自定义</translation>
    </message>
    <message>
        <source> px</source>
        <translation> 像素</translation>
    </message>
    <message>
        <source>PNG pixels per layout pixel: 2 gives a sharper image, same layout</source>
        <translation>每个布局像素对应的 PNG 像素数：设为 2 可在布局不变的情况下得到更清晰的图像</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>文件夹：</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>格式：</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>尺寸：</translation>
    </message>
    <message>
        <source>Scale:</source>
        <translation>缩放：</translation>
    </message>
    <message>
        <source>Theme:</source>
        <translation>主题：</translation>
    </message>
    <message>
        <source>Export tour handouts to</source>
        <translation>将导览讲义导出到</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) in this folder will be replaced.</source>
        <translation>
            <numerusform>此文件夹中的 %n 个文件将被替换。</numerusform>
        </translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>替换</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>The data file %1 has problems; Colossus Explorer opens the embedded Colossus data instead.</source>
        <translation>数据文件 %1 有问题，Colossus Explorer 将改为打开内置的 Colossus 数据。</translation>
    </message>
</context>
</TS>
