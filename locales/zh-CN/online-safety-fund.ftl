### Release `online-safety-fund`, translated into zh-CN.
### Translate the text after `=`. Lines starting with `# @` are managed by relingo
### (see the README, section "For translators"); your own comments are kept.

## title
# @source: £20.5 million fund to strengthen online safety regulation
n20-5-million-fund-861694 = 2050万英镑基金助力加强网络安全监管

## lead
# @source: New funding will help Ofcom and partners enforce child safety duties faster and support smaller platforms to comply with the law.
new-funding-will-help-b3312e = 新资金将帮助英国通信管理局（Ofcom）及其合作伙伴更快地执行儿童安全义务，并支持小型平台依法合规。

## location
# @source: London
london-ecc0e7 = 伦敦

## department
# @source: Department for Science, Innovation and Technology
department-for-science-991a78 = 英国科学、创新和技术部

## paragraph 1
# @source: Children will be better protected from harmful content online thanks to a **£20.5 million** package announced today to strengthen the enforcement of online safety rules across the UK.
children-will-be-better-485dc4 = 今天宣布的一揽子**2050万英镑**资金将用于加强英国各地网络安全规则的执行，使儿童更好地免受网络有害内容的侵害。

## paragraph 2
# @source: The package was agreed at a round-table meeting at No. 10 Downing Street in October. The fund will run for three years. It will expand specialist investigation teams, pay for new age-assurance testing and provide free compliance support to smaller services. Around 1,600 platforms are expected to benefit from the support scheme in its first year alone.
# @stale: The package was agreed at a round-table meeting at No. 10 Downing Street in October. The fund will run for three years. It will expand specialist investigation teams, pay for new age-assurance testing and provide free compliance support to smaller services. Around 1,400 platforms are expected to benefit from the support scheme in its first year alone.
the-package-was-agreed-8535db = 这一揽子计划于10月在唐宁街10号举行的圆桌会议上商定。该基金为期三年，将用于扩充专业调查团队、资助新的年龄验证测试，并为小型服务提供免费的合规支持。预计仅在第一年就将有约1400个平台从该支持计划中受益。

## paragraph 3
# @source: Why does this matter? Recent research found that 1.6m children aged 8 to 15 had seen content promoting self-harm or eating disorders in the previous twelve months. That is far too many, and the government is determined to bring the number down.
why-does-this-matter-642e0f = 为什么这很重要？最新研究发现，在过去十二个月中，有160万名8至15岁的儿童看到过宣扬自残或饮食失调的内容。这一数字实在太高，政府决心将其降下来。

## heading 1
# @source: What the funding will pay for
what-the-funding-will-4b13a7 = 资金用途

## list item 1
# @source: £9.2 million for additional investigators and technical analysts working on child safety cases
n9-2-million-for-c675f5 = 920万英镑用于增聘从事儿童安全案件工作的调查人员和技术分析人员

## list item 2
# @source: £6.8 million for an independent age-assurance testing laboratory
n6-8-million-for-6ba0b9 = 680万英镑用于设立独立的年龄验证测试实验室

## list item 3
# @source: £3 million for a compliance helpdesk aimed at start-ups and community forums
n3-million-for-a-a773be = 300万英镑用于设立面向初创企业和社区论坛的合规服务台

## list item 4
# @source: £1.5 million for research into emerging risks, e.g. AI-generated imagery and live-streaming
n1-5-million-for-573cb1 = 150万英镑用于研究新出现的风险，例如人工智能生成的图像和网络直播

## paragraph 4
# @source: The government is committed to working with international partners, industry and charities to make the UK the safest place in the world to be online.
the-government-is-committed-ec2a42 = 政府致力于与国际伙伴、业界和慈善机构携手合作，使英国成为全球上网最安全的地方。

## quote 1
# @source: Parents have told us again and again that they want platforms to take responsibility. This money means the rules will be enforced quickly and fairly, whatever the size of the company.
parents-have-told-us-ecd891 = 家长们一再告诉我们，他们希望平台承担起责任。有了这笔资金，无论公司规模大小，相关规则都将得到迅速、公正的执行。

## attribution 1
# @source: Rachel Ormerod MP, Minister for Online Safety
rachel-ormerod-mp-minister-248f36 = 网络安全事务大臣雷切尔·奥默罗德议员

## paragraph 5
# @source: Under the new arrangements, services found in breach of their duties could face fines of up to 10% of qualifying worldwide revenue. The regulator will publish its first enforcement priorities report in spring 2027. Details of the consultation on the testing laboratory are available on [GOV.UK](https://www.gov.uk/government/consultations/age-assurance-testing).
under-the-new-arrangements-4eaa0d = 根据新安排，被认定违反相关义务的服务可能面临最高达其全球合格收入10%的罚款。监管机构将于2027年春季发布首份执法优先事项报告。有关测试实验室咨询的详细信息，请访问[GOV.UK](https://www.gov.uk/government/consultations/age-assurance-testing)。

## quote 2
# @source: Smaller services often *want* to do the right thing but simply don't know where to start. A free, practical helpdesk will make a real difference to them, and to the children who use their sites.
smaller-services-often-want-46ebb3 = 小型服务往往*愿意*做正确的事，只是不知道从何做起。一个免费、实用的服务台将给它们以及使用其网站的儿童带来切实的改变。

## attribution 2
# @source: Dr. Helen Marsh, Chief Executive, Safer Internet Partnership
dr-helen-marsh-chief-778af3 = Safer Internet Partnership首席执行官海伦·马什博士

## image alt text 1
# @source: A parent and child looking at a tablet together at a kitchen table
a-parent-and-child-e31afd = 一位家长和孩子在厨房餐桌旁一起看平板电脑

## heading 2
# @source: How smaller platforms can apply
how-smaller-platforms-can-d6a24f = 小型平台如何申请

## list item 5
# @source: Check eligibility using the online self-assessment tool.
check-eligibility-using-the-82cc12 = 使用在线自评工具核查申请资格。

## list item 6
# @source: Register with the compliance helpdesk by 31 January 2027.
register-with-the-compliance-16afd4 = 于2027年1月31日前在合规服务台登记。

## list item 7
# @source: Book a free one-to-one session with a compliance adviser.
book-a-free-one-4e7fa0 = 预约与合规顾问进行免费的一对一咨询。

## paragraph 6
# @source: Applications open on 1 December 2026.
applications-open-on-1-bea477 = 申请将于2026年12月1日开放。

## heading 3
# @source: Notes to editors
notes-to-editors-541549 = 编者注

## list item 8
# @source: The £20.5 million is new money from the department's existing spending review settlement and is additional to Ofcom's fee-funded budget.
the-20-5-million-e83389 = 这笔2050万英镑为新增资金，来自该部现有的支出审查拨款，是在Ofcom以收费为来源的预算之外额外提供的。

## list item 9
# @source: Figures on children's exposure to harmful content are drawn from the Children's Online Experiences Survey 2026, which sampled 4,812 households across England, Scotland, Wales and Northern Ireland.
figures-on-children-s-bf3154 = 有关儿童接触有害内容的数据来自《2026年儿童网络体验调查》，该调查在英格兰、苏格兰、威尔士和北爱尔兰抽样调查了4812户家庭。

## list item 10
# @source: Interview requests for the minister should be sent to press.office@example.gov.uk.
interview-requests-for-the-753f4d = 如需采访大臣，请将采访申请发送至press.office@example.gov.uk。

## heading 4
# @source: Contacts
contacts-b45064 = 联系方式

## paragraph 7
# @source: DSIT press office: 020 7215 3000, [newsdesk@example.gov.uk](mailto:newsdesk@example.gov.uk)
dsit-press-office-020-4d5f47 = 英国科学、创新和技术部（DSIT）新闻办公室：020 7215 3000，[newsdesk@example.gov.uk](mailto:newsdesk@example.gov.uk)
