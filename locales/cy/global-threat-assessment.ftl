### Release `global-threat-assessment`, translated into cy.
### Translate the text after `=`. Lines starting with `# @` are managed by relingo
### (see the README, section "For translators"); your own comments are kept.

## title
# @source: Global assessment warns of growing online dangers to children
# @approved: Siân Jones · 88abafcc
global-assessment-warns-of-5fd264 = Asesiad byd-eang yn rhybuddio am beryglon ar-lein i blant

## lead
# @source: A Global Threat Assessment, commissioned by the WePROTECT Global Alliance against child sexual exploitation, has highlighted the growing dangers posed to children by the growth of smart phone technology and an expanding online community of tech offenders.
# @approved: Siân Jones · 714f544e
a-global-threat-assessment-f2d810 = Mae Asesiad o'r Bygythiad Byd-eang, a gomisiynwyd gan WePROTECT Global Alliance yn erbyn camfanteisio'n rhywiol ar blant, wedi tynnu sylw at y peryglon cynyddol i blant yn sgil twf technoleg ffonau clyfar a chymuned ar-lein gynyddol o droseddwyr sy'n defnyddio technoleg.

## paragraph 1
# @source: It found that technology is allowing offender communities to organise at an unprecedented scale using the dark net and anonymous communication software.
# @approved: Siân Jones · 99bf6d37
it-found-that-technology-3e5cec = Canfu fod technoleg yn galluogi cymunedau o droseddwyr i drefnu ar raddfa ddigynsail gan ddefnyddio'r we dywyll a meddalwedd cyfathrebu dienw.

## paragraph 2
# @source: The Threat Assessment will be presented by Minister for Crime, Safeguarding and Vulnerability, Victoria Atkins on Wednesday afternoon at the Agenda 2030 for Children: End Violence Solutions Summit (the Solutions Summit) in Stockholm, which is co-hosted by the WePROTECT Global Alliance, the Partnership to End Violence Against Children and the Swedish Government.
# @approved: Siân Jones · a7bf32fd
the-threat-assessment-will-39bbcb = Bydd yr Asesiad o'r Bygythiad yn cael ei gyflwyno gan y Gweinidog Troseddu, Diogelu a Bod yn Agored i Niwed, Victoria Atkins, brynhawn dydd Mercher yn Uwchgynhadledd Agenda 2030 ar gyfer Plant: Atebion i Roi Terfyn ar Drais (yr Uwchgynhadledd Atebion) yn Stockholm, a gynhelir ar y cyd gan WePROTECT Global Alliance, y Bartneriaeth i Roi Terfyn ar Drais yn erbyn Plant a Llywodraeth Sweden.

## paragraph 3
# @source: The Minister said:
# @approved: Siân Jones · 773ae237
the-minister-said-0bdb1c = Dywedodd y Gweinidog:

## quote 1
# @source: Online child sexual exploitation is heinous crime which has a truly devastating impact on its victims. We cannot allow any corner of the internet to be looked upon as a safe space for these despicable predators to gather, share indecent images or prey on our children.
# @approved: Siân Jones · 3f9914ac
online-child-sexual-exploitation-52a3bc = Mae camfanteisio'n rhywiol ar blant ar-lein yn drosedd erchyll sy'n cael effaith wirioneddol ddinistriol ar ei dioddefwyr. Ni allwn ganiatáu i unrhyw gornel o'r rhyngrwyd gael ei hystyried yn fan diogel i'r ysglyfaethwyr ffiaidd hyn ymgynnull, rhannu delweddau anweddus neu ysglyfaethu ar ein plant.

## paragraph 4
# @source: The NCA continues to lead operations against dark net criminals, including joint operations with international law enforcement and industry. We have committed 20 million over the spending review period to the NCA, plus additional funding of 10 million for specialist teams. This has led to near doubling of their investigative capability which will lead to more children being protected and more offenders brought out of the shadows and to justice.
# @approved: Siân Jones · 7ae46ea3
the-nca-continues-to-79be6d = Mae'r NCA yn parhau i arwain ymgyrchoedd yn erbyn troseddwyr ar y we dywyll, gan gynnwys ymgyrchoedd ar y cyd ag asiantaethau gorfodi'r gyfraith rhyngwladol a'r diwydiant. Rydym wedi ymrwymo 20 miliwn i'r NCA dros gyfnod yr adolygiad o wariant, ynghyd â 10 miliwn o gyllid ychwanegol ar gyfer timau arbenigol. Mae hyn wedi arwain at ddyblu eu gallu i ymchwilio, bron, a bydd hynny'n golygu bod rhagor o blant yn cael eu diogelu a rhagor o droseddwyr yn cael eu llusgo o'r cysgodion a'u dwyn o flaen eu gwell.

## paragraph 5
# @source: The UK continues to lead international action on online child sexual exploitation through the WePROTECT Global Alliance, in addition to committing 40million over four years to the End Violence Against Children Fund, as well as investing in new technology to find and remove more illegal imagery of children than ever before.
# @approved: Siân Jones · 5cf82442
the-uk-continues-to-38dbe2 = Mae'r DU yn parhau i arwain camau gweithredu rhyngwladol yn erbyn camfanteisio'n rhywiol ar blant ar-lein drwy WePROTECT Global Alliance, yn ogystal ag ymrwymo 40 miliwn dros bedair blynedd i'r Gronfa Rhoi Terfyn ar Drais yn erbyn Plant, a buddsoddi mewn technoleg newydd i ddod o hyd i fwy o ddelweddau anghyfreithlon o blant a'u dileu nag erioed o'r blaen.

## paragraph 6
# @source: The report also found that the growing ownership of mobile devices, expansion of high speed internet and ubiquity of encrypted communications technology is allowing offenders from anywhere in the world to target children.
# @approved: Siân Jones · 26157cf8
the-report-also-found-6027c4 = Canfu'r adroddiad hefyd fod y cynnydd yn nifer y bobl sy'n berchen ar ddyfeisiau symudol, twf y rhyngrwyd cyflym a'r ffaith bod technoleg cyfathrebu wedi'i hamgryptio ym mhobman yn galluogi troseddwyr o unrhyw le yn y byd i dargedu plant.

## paragraph 7
# @source: The Threat Assessment, which brought together existing research as well as data from such sources as the US Department of Justice and INTERPOL, also found that:
# @approved: Siân Jones · ecc17601
the-threat-assessment-which-b81fb6 = Canfu'r Asesiad o'r Bygythiad, a ddaeth ag ymchwil sy'n bodoli eisoes ynghyd â data o ffynonellau megis Adran Gyfiawnder yr Unol Daleithiau ac INTERPOL, y canlynol hefyd:

## list item 1
# @source: Individual dark net sites are hosting up to 1million paedophiles, who regularly meet to plan and encourage online abuse and share up to 1.6m files.
# @approved: Siân Jones · a24c0ce1
individual-dark-net-sites-0cb90e = Mae rhai safleoedd unigol ar y we dywyll yn gartref i hyd at 1 miliwn o bedoffiliaid, sy'n cyfarfod yn rheolaidd i gynllunio ac annog cam-drin ar-lein ac sy'n rhannu hyd at 1.6m o ffeiliau.

## list item 2
# @source: Increasingly offending is now committed entirely online, with offenders coercing and extorting children into producing indecent images of themselves via webcams.
# @approved: Siân Jones · 059d3083
increasingly-offending-is-now-6474f3 = Fwyfwy, mae troseddau bellach yn cael eu cyflawni'n gyfan gwbl ar-lein, gyda throseddwyr yn gorfodi ac yn blacmelio plant i gynhyrchu delweddau anweddus ohonynt eu hunain drwy we-gamerâu.

## list item 3
# @source: As our children get older, their access and competence in the use of technology increases - as do the range of threats they face.
# @approved: Siân Jones · 8f0941aa
as-our-children-get-b97047 = Wrth i'n plant fynd yn hŷn, mae eu mynediad at dechnoleg a'u gallu i'w defnyddio yn cynyddu - ac felly hefyd yr amrywiaeth o fygythiadau sy'n eu hwynebu.

## list item 4
# @source: The presence of a video camera on every device and computer has seen peer to peer image sharing make way for the increasing threat of live streaming.
# @approved: Siân Jones · 65e6694c
the-presence-of-a-eccbd4 = Gan fod camera fideo ar bob dyfais a chyfrifiadur, mae rhannu delweddau rhwng cymheiriaid wedi ildio'i le i'r bygythiad cynyddol o ffrydio byw.

## paragraph 8
# @source: Launched by the UK Government in 2014, the WePROTECT Global Alliance is a global movement that brings together the influence, expertise and resources required to transform how online child sexual exploitation is dealt with worldwide.
# @approved: Siân Jones · d01cdc08
launched-by-the-uk-0ae2db = Wedi'i lansio gan Lywodraeth y DU yn 2014, mae WePROTECT Global Alliance yn fudiad byd-eang sy'n dod â'r dylanwad, yr arbenigedd a'r adnoddau sydd eu hangen ynghyd i drawsnewid y ffordd yr ymdrinnir â chamfanteisio'n rhywiol ar blant ar-lein ledled y byd.
