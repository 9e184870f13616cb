### Release `operation-online-fraud`, translated into zh-CN.
### Translate the text after `=`. Lines starting with `# @` are managed by relingo
### (see the README, section "For translators"); your own comments are kept.

## title
# @source: International operation disrupts online fraud networks
international-operation-disrupts-16a41c = 国际联合行动重创网络诈骗团伙

## lead
# @source: A six-week operation led by the UK with partners in 27 countries has led to 312 arrests and the seizure of £18.7 million in criminal assets.
a-six-week-operation-d24765 = 由英国牵头、27个国家的合作伙伴参与的一项为期六周的行动已逮捕312人，查扣犯罪资产1870万英镑。

## location
# @source: London
london-ecc0e7 = 伦敦

## department
# @source: National Crime Agency
national-crime-agency-f70013 = 英国国家犯罪调查局

## paragraph 1
# @source: A major international law-enforcement operation against organised online fraud has resulted in **312 arrests** across 27 countries, the National Crime Agency (NCA) announced today.
a-major-international-law-efb65a = 英国国家犯罪调查局（NCA）今天宣布，一项打击有组织网络诈骗的大型国际执法行动已在27个国家**逮捕312人**。

## paragraph 2
# @source: The six-week operation, codenamed *Operation Lantern*, targeted criminal networks running fake investment websites, romance scams and so-called "sextortion" schemes aimed at teenagers. Officers from the UK worked alongside colleagues from Europol, the U.S. Federal Bureau of Investigation and police forces across Africa and Asia.
the-six-week-operation-f0d559 = 这次代号为“*灯笼行动*”的六周行动，打击的是经营虚假投资网站、实施情感诈骗以及针对青少年实施所谓“性勒索”的犯罪团伙。英国执法人员与欧洲刑警组织、美国联邦调查局以及非洲和亚洲各国警察机构的同行并肩作战。

## heading 1
# @source: Results of the operation
results-of-the-operation-ca6554 = 行动成果

## list item 1
# @source: 312 suspects arrested, including 41 in the UK
n312-suspects-arrested-including-93b11b = 逮捕312名嫌疑人，其中41人在英国被捕

## list item 2
# @source: £18.7 million in cash, cryptocurrency and property seized or frozen
n18-7-million-in-d3d5e1 = 查封或冻结现金、加密货币和财产共计1870万英镑

## list item 3
# @source: 2,900 fraudulent websites and 14,000 social media accounts taken down
n2-900-fraudulent-websites-7e626c = 关停2900个诈骗网站和14000个社交媒体账户

## list item 4
# @source: more than 6,500 victims identified, of whom roughly 9% were under 18
more-than-6-500-e53207 = 确认受害者6500多名，其中约9%未满18岁

## paragraph 3
# @source: Investigators believe the networks had defrauded victims of at least £96 million since 2023. Some of the money was laundered through cryptocurrency exchanges and shell companies registered in several jurisdictions.
investigators-believe-the-c30900 = 调查人员认为，自2023年以来，这些团伙至少骗取了受害者9600万英镑。部分资金通过加密货币交易所和在多个司法管辖区注册的空壳公司进行了洗钱。

## quote 1
# @source: This operation shows what can be achieved when police forces work together across borders. Criminals who think they can hide behind a screen in another country should think again.
this-operation-shows-what-84da42 = 这次行动表明，各国警方跨境合作能够取得怎样的成果。那些以为躲在另一个国家的屏幕后面就能逍遥法外的犯罪分子，应当三思。

## attribution 1
# @source: Sarah Whitcombe, Director of Investigations, National Crime Agency
sarah-whitcombe-director-of-55e49e = 英国国家犯罪调查局调查总监萨拉·惠特科姆

## paragraph 4
# @source: Of particular concern were groups that posed as young people online to trick teenagers into sharing intimate images, and then demanded payment. How many young people suffered in silence before coming forward? The NCA estimates that only a small fraction of cases are ever reported.
of-particular-concern-were-c0de04 = 尤其令人担忧的是，一些团伙在网上冒充年轻人，诱骗青少年分享私密图像，随后索要钱财。有多少年轻人在站出来之前曾默默承受痛苦？英国国家犯罪调查局估计，实际报案的仅占极少一部分。

## quote 2
# @source: My message to any young person who is being threatened online is simple: it is not your fault, and you are not alone. Tell a trusted adult or contact us, and we will help.
my-message-to-any-35cde8 = 我想对任何正在网上受到威胁的年轻人说：这不是你的错，你并不孤单。请告诉你信任的成年人或联系我们，我们会帮助你。

## attribution 2
# @source: Dr. Amir Qureshi, Head of Child Protection, National Crime Agency
dr-amir-qureshi-head-fb7459 = 英国国家犯罪调查局儿童保护主管阿米尔·库雷希博士

## paragraph 5
# @source: Anyone who has been targeted can report it through the [CEOP Safety Centre](https://www.ceop.police.uk/safety-centre/). Advice for parents is available from the [Internet Watch Foundation](https://www.iwf.org.uk/).
anyone-who-has-been-863316 = 任何受到侵害的人都可以通过[CEOP安全中心](https://www.ceop.police.uk/safety-centre/)进行举报。家长可从[互联网观察基金会](https://www.iwf.org.uk/)获取相关建议。

## image alt text 1
# @source: Officers examining seized laptops and mobile phones during Operation Lantern
officers-examining-seized-c1620f = “灯笼行动”期间，执法人员正在检查查获的笔记本电脑和手机

## heading 2
# @source: What happens next
what-happens-next-8f9b77 = 后续工作

## list item 5
# @source: Suspects arrested in the UK will appear before magistrates over the coming weeks.
suspects-arrested-in-the-7d9177 = 在英国被捕的嫌疑人将于未来几周内在治安法院出庭。

## list item 6
# @source: Seized assets will be pursued through the courts under the Proceeds of Crime Act 2002.
seized-assets-will-be-5ada06 = 查获的资产将依据《2002年犯罪收益法》通过法院追缴。

## list item 7
# @source: Victims will be contacted by local police forces and offered support.
victims-will-be-contacted-cb6695 = 当地警方将与受害者取得联系并为其提供支持。

## paragraph 6
# @source: The WePROTECT Global Alliance brings together governments, companies and civil society organisations to end the sexual exploitation of children online.
the-weprotect-global-alliance-e9612a = WePROTECT Global Alliance汇聚各国政府、企业和民间社会组织，致力于终结网络儿童性剥削。

## heading 3
# @source: Notes to editors
notes-to-editors-541549 = 编者注

## list item 8
# @source: Operation Lantern ran from 28 September to 8 November 2026 and was coordinated from Europol's headquarters in The Hague.
operation-lantern-ran-from-c03e2d = “灯笼行动”于2026年9月28日至11月8日开展，由位于海牙的欧洲刑警组织总部负责协调。

## list item 9
# @source: Arrest figures are provisional and may change as investigations continue.
arrest-figures-are-provisional-ace941 = 逮捕数据为初步统计，可能随调查推进而发生变化。

## list item 10
# @source: Photographs and b-roll footage are available from press.office@example.gov.uk.
photographs-and-b-roll-47c7aa = 照片和辅助视频素材（B-roll）可通过press.office@example.gov.uk索取。

## heading 4
# @source: Contacts
contacts-b45064 = 联系方式

## paragraph 7
# @source: NCA press office: 020 7238 2700, [press.office@example.gov.uk](mailto:press.office@example.gov.uk)
nca-press-office-020-e11ca7 = 英国国家犯罪调查局新闻办公室：020 7238 2700，[press.office@example.gov.uk](mailto:press.office@example.gov.uk)
