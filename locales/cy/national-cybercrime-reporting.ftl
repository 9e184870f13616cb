### Release `national-cybercrime-reporting`, translated into cy.
### Translate the text after `=`. Lines starting with `# @` are managed by relingo
### (see the README, section "For translators"); your own comments are kept.

## title
# @source: New national service makes reporting cybercrime quicker
# @approved: Siân Jones · 19d2ddbf
new-national-service-makes-ee7751 = Gwasanaeth cenedlaethol newydd yn ei gwneud yn gynt i roi gwybod am seiberdroseddu

## lead
# @source: A single 24-hour online and telephone service will let victims of fraud and cybercrime report offences and get help in minutes.
# @approved: Siân Jones · f2843432
a-single-24-hour-18053b = Bydd un gwasanaeth 24 awr, ar-lein a dros y ffôn, yn galluogi dioddefwyr twyll a seiberdroseddu i roi gwybod am droseddau a chael help o fewn munudau.

## location
# @source: London
# @approved: Siân Jones · 5d1729aa
london-ecc0e7 = Llundain

## department
# @source: Home Office
# @approved: Siân Jones · dab6622f
home-office-08e0c2 = Y Swyddfa Gartref

## paragraph 1
# @source: Victims of fraud, hacking and online abuse will be able to report crimes and receive tailored advice in minutes through a new national cybercrime reporting service launched today by the Home Office.
# @approved: Siân Jones · b497b74a
victims-of-fraud-hacking-da1cbb = Bydd dioddefwyr twyll, hacio a cham-drin ar-lein yn gallu rhoi gwybod am droseddau a chael cyngor wedi'i deilwra o fewn munudau drwy wasanaeth cenedlaethol newydd ar gyfer rhoi gwybod am seiberdroseddu, a lansiwyd heddiw gan y Swyddfa Gartref.

## paragraph 2
# @source: The service replaces a patchwork of regional systems. It will be available 24 hours a day, seven days a week, online and by telephone. Reports will be assessed within 48 hours, and victims will be told what happens next. No more waiting weeks for a reference number!
# @approved: Siân Jones · 0bfb04a6
the-service-replaces-a-680755 = Mae'r gwasanaeth yn disodli clytwaith o systemau rhanbarthol. Bydd ar gael 24 awr y dydd, saith diwrnod yr wythnos, ar-lein a dros y ffôn. Bydd adroddiadau'n cael eu hasesu o fewn 48 awr, a bydd dioddefwyr yn cael gwybod beth fydd yn digwydd nesaf. Dim mwy o aros wythnosau am gyfeirnod!

## paragraph 3
# @source: Fraud now accounts for around 40% of all crime experienced by adults in England and Wales, yet fewer than one in seven incidents is reported to the police. The government wants to change that.
# @approved: Siân Jones · 74aa9a21
fraud-now-accounts-for-4cf25a = Mae twyll bellach yn cyfrif am tua 40% o'r holl droseddau y mae oedolion yng Nghymru a Lloegr yn eu profi, ond rhoddir gwybod i'r heddlu am lai nag un o bob saith digwyddiad. Mae'r llywodraeth am newid hynny.

## heading 1
# @source: What victims can expect
# @approved: Siân Jones · d9b354cd
what-victims-can-expect-9b61cc = Beth all dioddefwyr ei ddisgwyl

## list item 1
# @source: a single web address and phone number for every type of cybercrime
# @approved: Siân Jones · 56bb4ae3
a-single-web-address-90d462 = un cyfeiriad gwe ac un rhif ffôn ar gyfer pob math o seiberdroseddu

## list item 2
# @source: an automatic crime reference number on submission
# @approved: Siân Jones · bda5bc62
an-automatic-crime-reference-9227d8 = cyfeirnod trosedd awtomatig wrth gyflwyno adroddiad

## list item 3
# @source: specialist support for children and young people, including a dedicated route for reports of online sexual exploitation
# @approved: Siân Jones · b01a4f1e
specialist-support-for-children-db1dae = cymorth arbenigol i blant a phobl ifanc, gan gynnwys llwybr penodol ar gyfer adroddiadau am gamfanteisio rhywiol ar-lein

## list item 4
# @source: regular updates by text or e-mail, i.e. at every key stage of the investigation
# @approved: Siân Jones · 37dc3204
regular-updates-by-text-1a96ef = diweddariadau rheolaidd drwy neges destun neu e-bost, h.y. ym mhob cam allweddol o'r ymchwiliad

## paragraph 4
# @source: The new service will be staffed by 1,200 trained call handlers and analysts. It will also share intelligence in real time with the National Crime Agency and all 43 police forces in England and Wales.
# @approved: Siân Jones · a0e36cdc
the-new-service-will-dea75b = Bydd 1,200 o drinwyr galwadau a dadansoddwyr hyfforddedig yn staffio'r gwasanaeth newydd. Bydd hefyd yn rhannu cudd-wybodaeth mewn amser real â'r Asiantaeth Troseddu Genedlaethol a phob un o'r 43 o heddluoedd yng Nghymru a Lloegr.

## quote 1
# @source: Too many people have felt that reporting a scam was pointless. This service puts victims first, gets their information to investigators faster and helps us shut criminals down before they strike again.
# @approved: Siân Jones · 04c3a19d
too-many-people-have-a21aa8 = Mae gormod o bobl wedi teimlo nad oedd diben rhoi gwybod am sgam. Mae'r gwasanaeth hwn yn rhoi dioddefwyr yn gyntaf, yn sicrhau bod eu gwybodaeth yn cyrraedd ymchwilwyr yn gynt ac yn ein helpu i roi stop ar droseddwyr cyn iddynt daro eto.

## attribution 1
# @source: Mr. David Kerrigan, Minister for Security
# @approved: Siân Jones · 397b17dc
mr-david-kerrigan-minister-b3d15c = Mr David Kerrigan, Gweinidog Diogelwch

## paragraph 5
# @source: Mr. Kerrigan visited the service's operations centre in Manchester on Tuesday, where he met staff and heard a live call from a small business owner who had lost £12,500 to an invoice fraud.
# @approved: Siân Jones · c1c0b636
mr-kerrigan-visited-the-03a371 = Ymwelodd Mr Kerrigan â chanolfan weithrediadau'r gwasanaeth ym Manceinion ddydd Mawrth, lle cyfarfu â staff a chlywed galwad fyw gan berchennog busnes bach a oedd wedi colli £12,500 i dwyll anfonebau.

## image alt text 1
# @source: Call handlers working at the new national cybercrime reporting centre in Manchester
# @approved: Siân Jones · 59cd4ae8
call-handlers-working-at-97f328 = Trinwyr galwadau yn gweithio yn y ganolfan genedlaethol newydd ar gyfer rhoi gwybod am seiberdroseddu ym Manceinion

## heading 2
# @source: How to report
# @approved: Siân Jones · 69b2c8df
how-to-report-2ee208 = Sut i roi gwybod

## list item 5
# @source: Go to [the reporting service](https://www.gov.uk/report-cybercrime) or call 0300 123 2040.
# @approved: Siân Jones · 8f962eff
go-to-the-reporting-167dd1 = Ewch i'r [gwasanaeth rhoi gwybod](https://www.gov.uk/report-cybercrime) neu ffoniwch 0300 123 2040.

## list item 6
# @source: Describe what happened and provide any evidence you have, e.g. screenshots or bank statements.
# @approved: Siân Jones · c9b981bc
describe-what-happened-and-a354d8 = Disgrifiwch beth ddigwyddodd a rhowch unrhyw dystiolaeth sydd gennych, e.e. sgrinluniau neu gyfriflenni banc.

## list item 7
# @source: Receive your crime reference number and personalised advice.
# @approved: Siân Jones · f5fa4780
receive-your-crime-reference-32743f = Cewch eich cyfeirnod trosedd a chyngor wedi'i bersonoli.

## paragraph 6
# @source: If a crime is in progress or someone is in immediate danger, always call 999.
# @approved: Siân Jones · 4ca934ab
if-a-crime-is-483a81 = Os oes trosedd yn digwydd neu os yw rhywun mewn perygl uniongyrchol, ffoniwch 999 bob amser.

## paragraph 7
# @source: The government is committed to working with international partners, industry and charities to make the UK the safest place in the world to be online.
# @approved: Siân Jones · c600f6ea
the-government-is-committed-ec2a42 = Mae'r llywodraeth wedi ymrwymo i weithio gyda phartneriaid rhyngwladol, y diwydiant ac elusennau i wneud y DU y lle mwyaf diogel yn y byd i fod ar-lein.

## heading 3
# @source: Notes to editors
# @approved: Siân Jones · 2e26352b
notes-to-editors-541549 = Nodiadau i olygyddion

## list item 8
# @source: The service has been funded with £42 million over four years as part of the national Fraud Strategy.
# @approved: Siân Jones · 660f26f9
the-service-has-been-47eb27 = Mae'r gwasanaeth wedi'i ariannu â £42 miliwn dros bedair blynedd yn rhan o'r Strategaeth Twyll genedlaethol.

## list item 9
# @source: Estimates of fraud prevalence come from the Crime Survey for England and Wales for the year ending June 2026.
# @approved: Siân Jones · c331645e
estimates-of-fraud-prevalence-ba049c = Daw'r amcangyfrifon o gyffredinrwydd twyll o'r Arolwg Troseddu ar gyfer Cymru a Lloegr ar gyfer y flwyddyn a ddaeth i ben ym mis Mehefin 2026.

## list item 10
# @source: A short video of the operations centre is available on request from newsdesk@example.gov.uk.
# @approved: Siân Jones · 7160bf56
a-short-video-of-af18ad = Mae fideo byr o'r ganolfan weithrediadau ar gael ar gais gan newsdesk@example.gov.uk.

## heading 4
# @source: Contacts
# @approved: Siân Jones · f42a12b5
contacts-b45064 = Cysylltiadau

## paragraph 8
# @source: Home Office press office: 020 7035 3535, [newsdesk@example.gov.uk](mailto:newsdesk@example.gov.uk)
# @approved: Siân Jones · 189e7da3
home-office-press-office-320f47 = Swyddfa Wasg y Swyddfa Gartref: 020 7035 3535, [newsdesk@example.gov.uk](mailto:newsdesk@example.gov.uk)
