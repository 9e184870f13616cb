### Release `national-cybercrime-reporting`, translated into zh-CN.
### Translate the text after `=`. Lines starting with `# @` are managed by relingo
### (see the README, section "For translators"); your own comments are kept.

## title
# @source: New national service makes reporting cybercrime quicker
new-national-service-makes-ee7751 = 全国性新服务让网络犯罪举报更加快捷

## lead
# @source: A single 24-hour online and telephone service will let victims of fraud and cybercrime report offences and get help in minutes.
a-single-24-hour-18053b = 一项全天24小时运行的统一网络和电话服务将使欺诈和网络犯罪受害者能够在几分钟内举报犯罪并获得帮助。

## location
# @source: London
london-ecc0e7 = 伦敦

## department
# @source: Home Office
home-office-08e0c2 = 英国内政部

## paragraph 1
# @source: Victims of fraud, hacking and online abuse will be able to report crimes and receive tailored advice in minutes through a new national cybercrime reporting service launched today by the Home Office.
victims-of-fraud-hacking-da1cbb = 英国内政部今天推出全新的全国网络犯罪举报服务，欺诈、黑客攻击和网络侵害的受害者将能够通过该服务在几分钟内举报犯罪并获得有针对性的建议。

## paragraph 2
# @source: The service replaces a patchwork of regional systems. It will be available 24 hours a day, seven days a week, online and by telephone. Reports will be assessed within 48 hours, and victims will be told what happens next. No more waiting weeks for a reference number!
the-service-replaces-a-680755 = 该服务将取代此前各地区各自为政的系统，每周7天、每天24小时通过网络和电话提供服务。举报将在48小时内得到评估，受害者将获知后续处理情况。再也不用为了一个案件编号苦等数周！

## paragraph 3
# @source: Fraud now accounts for around 40% of all crime experienced by adults in England and Wales, yet fewer than one in seven incidents is reported to the police. The government wants to change that.
fraud-now-accounts-for-4cf25a = 目前，在英格兰和威尔士成年人遭遇的所有犯罪中，欺诈约占40%，但向警方报案的事件不到七分之一。政府希望改变这一状况。

## heading 1
# @source: What victims can expect
what-victims-can-expect-9b61cc = 受害者可以获得哪些服务

## list item 1
# @source: a single web address and phone number for every type of cybercrime
a-single-web-address-90d462 = 所有类型的网络犯罪均使用统一的网址和电话号码

## list item 2
# @source: an automatic crime reference number on submission
an-automatic-crime-reference-9227d8 = 提交举报后自动生成犯罪案件编号

## list item 3
# @source: specialist support for children and young people, including a dedicated route for reports of online sexual exploitation
specialist-support-for-children-db1dae = 为儿童和青少年提供专门支持，包括设立举报网络性剥削的专用渠道

## list item 4
# @source: regular updates by text or e-mail, i.e. at every key stage of the investigation
regular-updates-by-text-1a96ef = 通过短信或电子邮件定期通报进展，即在调查的每个关键阶段均告知受害者

## paragraph 4
# @source: The new service will be staffed by 1,200 trained call handlers and analysts. It will also share intelligence in real time with the National Crime Agency and all 43 police forces in England and Wales.
the-new-service-will-dea75b = 新服务将配备1200名受过培训的接线员和分析人员，并将与英国国家犯罪调查局以及英格兰和威尔士全部43个警察机构实时共享情报。

## quote 1
# @source: Too many people have felt that reporting a scam was pointless. This service puts victims first, gets their information to investigators faster and helps us shut criminals down before they strike again.
too-many-people-have-a21aa8 = 太多人觉得举报诈骗毫无意义。这项服务以受害者为先，能更快地将他们提供的信息送到调查人员手中，帮助我们在犯罪分子再次作案之前将其打掉。

## attribution 1
# @source: Mr. David Kerrigan, Minister for Security
mr-david-kerrigan-minister-b3d15c = 安全事务大臣戴维·克里根先生

## paragraph 5
# @source: Mr. Kerrigan visited the service's operations centre in Manchester on Tuesday, where he met staff and heard a live call from a small business owner who had lost £12,500 to an invoice fraud.
mr-kerrigan-visited-the-03a371 = 克里根先生周二视察了该服务位于曼彻斯特的运营中心，与工作人员会面，并现场旁听了一位小企业主的来电。这位企业主因发票诈骗损失了12500英镑。

## image alt text 1
# @source: Call handlers working at the new national cybercrime reporting centre in Manchester
call-handlers-working-at-97f328 = 位于曼彻斯特的全新全国网络犯罪举报中心内，接线员正在工作

## heading 2
# @source: How to report
how-to-report-2ee208 = 如何举报

## list item 5
# @source: Go to [the reporting service](https://www.gov.uk/report-cybercrime) or call 0300 123 2040.
go-to-the-reporting-167dd1 = 访问[举报服务平台](https://www.gov.uk/report-cybercrime)或拨打电话0300 123 2040。

## list item 6
# @source: Describe what happened and provide any evidence you have, e.g. screenshots or bank statements.
describe-what-happened-and-a354d8 = 描述事件经过，并提供您掌握的任何证据，例如截图或银行对账单。

## list item 7
# @source: Receive your crime reference number and personalised advice.
receive-your-crime-reference-32743f = 获取您的犯罪案件编号和个性化建议。

## paragraph 6
# @source: If a crime is in progress or someone is in immediate danger, always call 999.
if-a-crime-is-483a81 = 如果犯罪正在发生或有人面临紧急危险，请务必拨打999。

## paragraph 7
# @source: The government is committed to working with international partners, industry and charities to make the UK the safest place in the world to be online.
the-government-is-committed-ec2a42 = 政府致力于与国际伙伴、业界和慈善机构携手合作，使英国成为全球上网最安全的地方。

## heading 3
# @source: Notes to editors
notes-to-editors-541549 = 编者注

## list item 8
# @source: The service has been funded with £42 million over four years as part of the national Fraud Strategy.
the-service-has-been-47eb27 = 作为国家《反欺诈战略》的一部分，该服务在四年内获得4200万英镑资金。

## list item 9
# @source: Estimates of fraud prevalence come from the Crime Survey for England and Wales for the year ending June 2026.
estimates-of-fraud-prevalence-ba049c = 欺诈发生率的估计数据来自截至2026年6月的年度《英格兰和威尔士犯罪调查》。

## list item 10
# @source: A short video of the operations centre is available on request from newsdesk@example.gov.uk.
a-short-video-of-af18ad = 如需运营中心的短视频，可发送邮件至newsdesk@example.gov.uk索取。

## heading 4
# @source: Contacts
contacts-b45064 = 联系方式

## paragraph 8
# @source: Home Office press office: 020 7035 3535, [newsdesk@example.gov.uk](mailto:newsdesk@example.gov.uk)
home-office-press-office-320f47 = 英国内政部新闻办公室：020 7035 3535，[newsdesk@example.gov.uk](mailto:newsdesk@example.gov.uk)
