### Release `operation-online-fraud`, translated into cy.
### Translate the text after `=`. Lines starting with `# @` are managed by relingo
### (see the README, section "For translators"); your own comments are kept.

## title
# @source: International operation disrupts online fraud networks
# @approved: Siân Jones · f9a03f74
international-operation-disrupts-16a41c = Ymgyrch ryngwladol yn tarfu ar rwydweithiau twyll ar-lein

## lead
# @source: A six-week operation led by the UK with partners in 27 countries has led to 312 arrests and the seizure of £18.7 million in criminal assets.
# @approved: Siân Jones · 688d6e9e
a-six-week-operation-d24765 = Mae ymgyrch chwe wythnos dan arweiniad y DU, gyda phartneriaid mewn 27 o wledydd, wedi arwain at 312 o arestiadau ac at atafaelu £18.7 miliwn o asedau troseddol.

## location
# @source: London
# @approved: Siân Jones · 5d1729aa
london-ecc0e7 = Llundain

## department
# @source: National Crime Agency
# @approved: Siân Jones · e116de8c
national-crime-agency-f70013 = Yr Asiantaeth Troseddu Genedlaethol

## paragraph 1
# @source: A major international law-enforcement operation against organised online fraud has resulted in **312 arrests** across 27 countries, the National Crime Agency (NCA) announced today.
# @approved: Siân Jones · 78d0c844
a-major-international-law-efb65a = Mae ymgyrch ryngwladol fawr gan asiantaethau gorfodi'r gyfraith yn erbyn twyll ar-lein cyfundrefnol wedi arwain at **312 o arestiadau** mewn 27 o wledydd, cyhoeddodd yr Asiantaeth Troseddu Genedlaethol (NCA) heddiw.

## paragraph 2
# @source: The six-week operation, codenamed *Operation Lantern*, targeted criminal networks running fake investment websites, romance scams and so-called "sextortion" schemes aimed at teenagers. Officers from the UK worked alongside colleagues from Europol, the U.S. Federal Bureau of Investigation and police forces across Africa and Asia.
# @approved: Siân Jones · 0acc0d67
the-six-week-operation-f0d559 = Roedd yr ymgyrch chwe wythnos, o'r enw *Ymgyrch Lantern*, yn targedu rhwydweithiau troseddol a oedd yn rhedeg gwefannau buddsoddi ffug, sgamiau rhamant a chynlluniau cribddeilio rhywiol, neu "sextortion" fel y'u gelwir, wedi'u hanelu at bobl ifanc yn eu harddegau. Bu swyddogion o'r DU yn gweithio ochr yn ochr â chydweithwyr o Europol, Swyddfa Ymchwilio Ffederal yr Unol Daleithiau a heddluoedd ledled Affrica ac Asia.

## heading 1
# @source: Results of the operation
# @approved: Siân Jones · b82538d8
results-of-the-operation-ca6554 = Canlyniadau'r ymgyrch

## list item 1
# @source: 312 suspects arrested, including 41 in the UK
# @approved: Siân Jones · 08f469d8
n312-suspects-arrested-including-93b11b = 312 o bobl dan amheuaeth wedi'u harestio, gan gynnwys 41 yn y DU

## list item 2
# @source: £18.7 million in cash, cryptocurrency and property seized or frozen
# @approved: Siân Jones · cc074622
n18-7-million-in-d3d5e1 = £18.7 miliwn mewn arian parod, arian cyfred digidol ac eiddo wedi'i atafaelu neu ei rewi

## list item 3
# @source: 2,900 fraudulent websites and 14,000 social media accounts taken down
# @approved: Siân Jones · 54911483
n2-900-fraudulent-websites-7e626c = 2,900 o wefannau twyllodrus a 14,000 o gyfrifon cyfryngau cymdeithasol wedi'u tynnu i lawr

## list item 4
# @source: more than 6,500 victims identified, of whom roughly 9% were under 18
# @approved: Siân Jones · 9c59b3a4
more-than-6-500-e53207 = mwy na 6,500 o ddioddefwyr wedi'u nodi, gyda thua 9% ohonynt o dan 18 oed

## paragraph 3
# @source: Investigators believe the networks had defrauded victims of at least £96 million since 2023. Some of the money was laundered through cryptocurrency exchanges and shell companies registered in several jurisdictions.
# @approved: Siân Jones · 1312ec88
investigators-believe-the-c30900 = Mae ymchwilwyr yn credu bod y rhwydweithiau wedi twyllo o leiaf £96 miliwn gan ddioddefwyr ers 2023. Cafodd rhywfaint o'r arian ei wyngalchu drwy gyfnewidfeydd arian cyfred digidol a chwmnïau cragen a oedd wedi'u cofrestru mewn sawl awdurdodaeth.

## quote 1
# @source: This operation shows what can be achieved when police forces work together across borders. Criminals who think they can hide behind a screen in another country should think again.
# @approved: Siân Jones · c93ce951
this-operation-shows-what-84da42 = Mae'r ymgyrch hon yn dangos beth y gellir ei gyflawni pan fydd heddluoedd yn cydweithio ar draws ffiniau. Dylai troseddwyr sy'n credu y gallant guddio y tu ôl i sgrin mewn gwlad arall feddwl eto.

## attribution 1
# @source: Sarah Whitcombe, Director of Investigations, National Crime Agency
# @approved: Siân Jones · 74ff59c0
sarah-whitcombe-director-of-55e49e = Sarah Whitcombe, Cyfarwyddwr Ymchwiliadau, yr Asiantaeth Troseddu Genedlaethol

## paragraph 4
# @source: Of particular concern were groups that posed as young people online to trick teenagers into sharing intimate images, and then demanded payment. How many young people suffered in silence before coming forward? The NCA estimates that only a small fraction of cases are ever reported.
# @approved: Siân Jones · 870c03fb
of-particular-concern-were-c0de04 = Roedd grwpiau a oedd yn esgus bod yn bobl ifanc ar-lein er mwyn twyllo pobl ifanc yn eu harddegau i rannu delweddau personol, ac a oedd wedyn yn mynnu arian, yn peri pryder arbennig. Faint o bobl ifanc a ddioddefodd yn dawel cyn dod ymlaen? Mae'r NCA yn amcangyfrif mai cyfran fach yn unig o achosion y rhoddir gwybod amdanynt o gwbl.

## quote 2
# @source: My message to any young person who is being threatened online is simple: it is not your fault, and you are not alone. Tell a trusted adult or contact us, and we will help.
# @approved: Siân Jones · 2442aa82
my-message-to-any-35cde8 = Mae fy neges i unrhyw berson ifanc sy'n cael ei fygwth ar-lein yn syml: nid eich bai chi yw hyn, ac nid ydych ar eich pen eich hun. Dywedwch wrth oedolyn rydych yn ymddiried ynddo neu cysylltwch â ni, a byddwn yn eich helpu.

## attribution 2
# @source: Dr. Amir Qureshi, Head of Child Protection, National Crime Agency
# @approved: Siân Jones · 9d160293
dr-amir-qureshi-head-fb7459 = Dr Amir Qureshi, Pennaeth Amddiffyn Plant, yr Asiantaeth Troseddu Genedlaethol

## paragraph 5
# @source: Anyone who has been targeted can report it through the [CEOP Safety Centre](https://www.ceop.police.uk/safety-centre/). Advice for parents is available from the [Internet Watch Foundation](https://www.iwf.org.uk/).
# @approved: Siân Jones · 905eadf6
anyone-who-has-been-863316 = Gall unrhyw un sydd wedi cael ei dargedu roi gwybod am hyn drwy [Ganolfan Ddiogelwch CEOP](https://www.ceop.police.uk/safety-centre/). Mae cyngor i rieni ar gael gan yr [Internet Watch Foundation](https://www.iwf.org.uk/).

## image alt text 1
# @source: Officers examining seized laptops and mobile phones during Operation Lantern
# @approved: Siân Jones · 31c138d6
officers-examining-seized-c1620f = Swyddogion yn archwilio gliniaduron a ffonau symudol a atafaelwyd yn ystod Ymgyrch Lantern

## heading 2
# @source: What happens next
# @approved: Siân Jones · b3b24b00
what-happens-next-8f9b77 = Beth sy'n digwydd nesaf

## list item 5
# @source: Suspects arrested in the UK will appear before magistrates over the coming weeks.
# @approved: Siân Jones · 7f093776
suspects-arrested-in-the-7d9177 = Bydd y bobl dan amheuaeth a arestiwyd yn y DU yn ymddangos gerbron ynadon dros yr wythnosau nesaf.

## list item 6
# @source: Seized assets will be pursued through the courts under the Proceeds of Crime Act 2002.
# @approved: Siân Jones · 85615bbc
seized-assets-will-be-5ada06 = Bydd yr asedau a atafaelwyd yn cael eu hadennill drwy'r llysoedd o dan Ddeddf Enillion Troseddau 2002.

## list item 7
# @source: Victims will be contacted by local police forces and offered support.
# @approved: Siân Jones · 43e47e24
victims-will-be-contacted-cb6695 = Bydd heddluoedd lleol yn cysylltu â dioddefwyr ac yn cynnig cymorth iddynt.

## paragraph 6
# @source: The WePROTECT Global Alliance brings together governments, companies and civil society organisations to end the sexual exploitation of children online.
# @approved: Siân Jones · 5bed6dd2
the-weprotect-global-alliance-e9612a = Mae WePROTECT Global Alliance yn dod â llywodraethau, cwmnïau a sefydliadau cymdeithas sifil ynghyd i roi terfyn ar gamfanteisio'n rhywiol ar blant ar-lein.

## heading 3
# @source: Notes to editors
# @approved: Siân Jones · 2e26352b
notes-to-editors-541549 = Nodiadau i olygyddion

## list item 8
# @source: Operation Lantern ran from 28 September to 8 November 2026 and was coordinated from Europol's headquarters in The Hague.
# @approved: Siân Jones · b31437cd
operation-lantern-ran-from-c03e2d = Cynhaliwyd Ymgyrch Lantern rhwng 28 Medi ac 8 Tachwedd 2026, ac fe'i cydlynwyd o bencadlys Europol yn yr Hâg.

## list item 9
# @source: Arrest figures are provisional and may change as investigations continue.
# @approved: Siân Jones · 1ef1df23
arrest-figures-are-provisional-ace941 = Ffigurau dros dro yw'r ffigurau arestio, a gallent newid wrth i ymchwiliadau barhau.

## list item 10
# @source: Photographs and b-roll footage are available from press.office@example.gov.uk.
# @approved: Siân Jones · b8d24c96
photographs-and-b-roll-47c7aa = Mae ffotograffau a deunydd fideo b-roll ar gael gan press.office@example.gov.uk.

## heading 4
# @source: Contacts
# @approved: Siân Jones · f42a12b5
contacts-b45064 = Cysylltiadau

## paragraph 7
# @source: NCA press office: 020 7238 2700, [press.office@example.gov.uk](mailto:press.office@example.gov.uk)
# @approved: Siân Jones · c8e02adc
nca-press-office-020-e11ca7 = Swyddfa Wasg yr NCA: 020 7238 2700, [press.office@example.gov.uk](mailto:press.office@example.gov.uk)
