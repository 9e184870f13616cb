### Release `global-threat-assessment`, from sources/global-threat-assessment.txt.
### Reference catalog (en-GB) written by `relingo extract`: do not edit it, edit the source.
### Translators work in locales/<locale>/global-threat-assessment.ftl.

## title
global-assessment-warns-of-5fd264 = Global assessment warns of growing online dangers to children

## lead
a-global-threat-assessment-f2d810 = A Global Threat Assessment, commissioned by the WePROTECT Global Alliance against child sexual exploitation, has highlighted the growing dangers posed to children by the growth of smart phone technology and an expanding online community of tech offenders.

## paragraph 1
it-found-that-technology-3e5cec = It found that technology is allowing offender communities to organise at an unprecedented scale using the dark net and anonymous communication software.

## paragraph 2
the-threat-assessment-will-39bbcb = The Threat Assessment will be presented by Minister for Crime, Safeguarding and Vulnerability, Victoria Atkins on Wednesday afternoon at the Agenda 2030 for Children: End Violence Solutions Summit (the Solutions Summit) in Stockholm, which is co-hosted by the WePROTECT Global Alliance, the Partnership to End Violence Against Children and the Swedish Government.

## paragraph 3
the-minister-said-0bdb1c = The Minister said:

## quote 1
online-child-sexual-exploitation-52a3bc = Online child sexual exploitation is heinous crime which has a truly devastating impact on its victims. We cannot allow any corner of the internet to be looked upon as a safe space for these despicable predators to gather, share indecent images or prey on our children.

## paragraph 4
the-nca-continues-to-79be6d = The NCA continues to lead operations against dark net criminals, including joint operations with international law enforcement and industry. We have committed 20 million over the spending review period to the NCA, plus additional funding of 10 million for specialist teams. This has led to near doubling of their investigative capability which will lead to more children being protected and more offenders brought out of the shadows and to justice.

## paragraph 5
the-uk-continues-to-38dbe2 = The UK continues to lead international action on online child sexual exploitation through the WePROTECT Global Alliance, in addition to committing 40million over four years to the End Violence Against Children Fund, as well as investing in new technology to find and remove more illegal imagery of children than ever before.

## paragraph 6
the-report-also-found-6027c4 = The report also found that the growing ownership of mobile devices, expansion of high speed internet and ubiquity of encrypted communications technology is allowing offenders from anywhere in the world to target children.

## paragraph 7
the-threat-assessment-which-b81fb6 = The Threat Assessment, which brought together existing research as well as data from such sources as the US Department of Justice and INTERPOL, also found that:

## list item 1
individual-dark-net-sites-0cb90e = Individual dark net sites are hosting up to 1million paedophiles, who regularly meet to plan and encourage online abuse and share up to 1.6m files.

## list item 2
increasingly-offending-is-now-6474f3 = Increasingly offending is now committed entirely online, with offenders coercing and extorting children into producing indecent images of themselves via webcams.

## list item 3
as-our-children-get-b97047 = As our children get older, their access and competence in the use of technology increases - as do the range of threats they face.

## list item 4
the-presence-of-a-eccbd4 = The presence of a video camera on every device and computer has seen peer to peer image sharing make way for the increasing threat of live streaming.

## paragraph 8
launched-by-the-uk-0ae2db = Launched by the UK Government in 2014, the WePROTECT Global Alliance is a global movement that brings together the influence, expertise and resources required to transform how online child sexual exploitation is dealt with worldwide.
