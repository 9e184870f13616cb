### Release `global-threat-assessment`, translated into zh-CN.
### Translate the text after `=`. Lines starting with `# @` are managed by relingo
### (see the README, section "For translators"); your own comments are kept.

## title
# @source: Global assessment warns of growing online dangers to children
global-assessment-warns-of-5fd264 = 全球评估警告儿童面临的网络危险日益增加

## lead
# @source: A Global Threat Assessment, commissioned by the WePROTECT Global Alliance against child sexual exploitation, has highlighted the growing dangers posed to children by the growth of smart phone technology and an expanding online community of tech offenders.
a-global-threat-assessment-f2d810 = 一份由致力于打击儿童性剥削的WePROTECT Global Alliance委托开展的《全球威胁评估》报告指出，随着智能手机技术的发展和网络技术型犯罪者群体的不断扩大，儿童面临的危险日益加剧。

## paragraph 1
# @source: It found that technology is allowing offender communities to organise at an unprecedented scale using the dark net and anonymous communication software.
it-found-that-technology-3e5cec = 报告发现，技术发展使犯罪者群体得以利用暗网和匿名通信软件，以前所未有的规模组织起来。

## paragraph 2
# @source: The Threat Assessment will be presented by Minister for Crime, Safeguarding and Vulnerability, Victoria Atkins on Wednesday afternoon at the Agenda 2030 for Children: End Violence Solutions Summit (the Solutions Summit) in Stockholm, which is co-hosted by the WePROTECT Global Alliance, the Partnership to End Violence Against Children and the Swedish Government.
the-threat-assessment-will-39bbcb = 犯罪、保护与弱势群体事务大臣维多利亚·阿特金斯将于周三下午在斯德哥尔摩举行的“2030年儿童议程：终止暴力解决方案峰会”（简称“解决方案峰会”）上发布这份威胁评估报告。此次峰会由WePROTECT Global Alliance、终止暴力侵害儿童全球伙伴关系和瑞典政府联合主办。

## paragraph 3
# @source: The Minister said:
the-minister-said-0bdb1c = 大臣表示：

## quote 1
# @source: Online child sexual exploitation is heinous crime which has a truly devastating impact on its victims. We cannot allow any corner of the internet to be looked upon as a safe space for these despicable predators to gather, share indecent images or prey on our children.
online-child-sexual-exploitation-52a3bc = 网络儿童性剥削是令人发指的罪行，给受害者造成毁灭性的伤害。我们绝不能容许互联网的任何角落沦为这些卑劣的掠夺者聚集、分享不雅图像或对我们的孩子下手的避风港。

## paragraph 4
# @source: The NCA continues to lead operations against dark net criminals, including joint operations with international law enforcement and industry. We have committed 20 million over the spending review period to the NCA, plus additional funding of 10 million for specialist teams. This has led to near doubling of their investigative capability which will lead to more children being protected and more offenders brought out of the shadows and to justice.
the-nca-continues-to-79be6d = 英国国家犯罪调查局（NCA）继续牵头开展打击暗网犯罪分子的行动，包括与国际执法机构和业界开展联合行动。我们已承诺在本轮支出审查期内向国家犯罪调查局拨款2000万英镑，另为专业团队追加1000万英镑资金。这使该局的调查能力提升了近一倍，从而将使更多儿童得到保护，让更多犯罪者无所遁形、被绳之以法。

## paragraph 5
# @source: The UK continues to lead international action on online child sexual exploitation through the WePROTECT Global Alliance, in addition to committing 40million over four years to the End Violence Against Children Fund, as well as investing in new technology to find and remove more illegal imagery of children than ever before.
the-uk-continues-to-38dbe2 = 英国继续通过WePROTECT Global Alliance引领打击网络儿童性剥削的国际行动，承诺在四年内向终止暴力侵害儿童基金投入4000万英镑，并投资新技术，以前所未有的力度发现和删除非法儿童图像。

## paragraph 6
# @source: The report also found that the growing ownership of mobile devices, expansion of high speed internet and ubiquity of encrypted communications technology is allowing offenders from anywhere in the world to target children.
the-report-also-found-6027c4 = 报告还发现，移动设备日益普及、高速互联网不断扩展、加密通信技术无处不在，使世界任何地方的犯罪者都能将儿童作为侵害目标。

## paragraph 7
# @source: The Threat Assessment, which brought together existing research as well as data from such sources as the US Department of Justice and INTERPOL, also found that:
the-threat-assessment-which-b81fb6 = 这份威胁评估汇集了现有研究成果以及美国司法部、国际刑警组织等来源的数据，评估还发现：

## list item 1
# @source: Individual dark net sites are hosting up to 1million paedophiles, who regularly meet to plan and encourage online abuse and share up to 1.6m files.
individual-dark-net-sites-0cb90e = 单个暗网网站聚集的恋童癖者多达100万人，他们经常聚在一起策划和怂恿网络侵害行为，分享的文件多达160万个。

## list item 2
# @source: Increasingly offending is now committed entirely online, with offenders coercing and extorting children into producing indecent images of themselves via webcams.
increasingly-offending-is-now-6474f3 = 如今，越来越多的犯罪行为完全在网上实施，犯罪者通过胁迫和勒索，迫使儿童借助网络摄像头拍摄自己的不雅图像。

## list item 3
# @source: As our children get older, their access and competence in the use of technology increases - as do the range of threats they face.
as-our-children-get-b97047 = 随着孩子们年龄增长，他们接触和使用技术的能力不断提高，所面临的威胁种类也随之增多。

## list item 4
# @source: The presence of a video camera on every device and computer has seen peer to peer image sharing make way for the increasing threat of live streaming.
the-presence-of-a-eccbd4 = 由于每台设备和电脑都配备了摄像头，点对点图像分享正逐渐让位于日益严重的网络直播威胁。

## paragraph 8
# @source: Launched by the UK Government in 2014, the WePROTECT Global Alliance is a global movement that brings together the influence, expertise and resources required to transform how online child sexual exploitation is dealt with worldwide.
launched-by-the-uk-0ae2db = WePROTECT Global Alliance由英国政府于2014年发起，是一项全球性运动，汇聚所需的影响力、专业知识和资源，以变革全球应对网络儿童性剥削问题的方式。
