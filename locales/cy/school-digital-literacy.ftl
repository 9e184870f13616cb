### Release `school-digital-literacy`, translated into cy.
### Translate the text after `=`. Lines starting with `# @` are managed by relingo
### (see the README, section "For translators"); your own comments are kept.

## title
# @source: Every secondary school to teach digital literacy from 2027
# @approved: Siân Jones · c5f1dece
every-secondary-school-to-7c3bff = Pob ysgol uwchradd i addysgu llythrennedd digidol o 2027 ymlaen

## lead
# @source: A new programme will help pupils spot misinformation, scams and online grooming, backed by £14 million for teacher training.
# @approved: Siân Jones · 9a290c37
a-new-programme-will-2221ff = Bydd rhaglen newydd yn helpu disgyblion i adnabod camwybodaeth, sgamiau ac achosion o feithrin perthynas amhriodol ar-lein, gyda chefnogaeth £14 miliwn ar gyfer hyfforddi athrawon.

## location
# @source: Birmingham
# @approved: Siân Jones · bbfa12fd
birmingham-810c06 = Birmingham

## department
# @source: Department for Education
# @approved: Siân Jones · f2936f0e
department-for-education-42dfee = Yr Adran Addysg

## paragraph 1
# @source: Pupils in every state-funded secondary school in England will be taught how to stay safe online, spot misinformation and recognise scams under a new digital-literacy programme announced today.
# @approved: Siân Jones · 96ac6e6c
pupils-in-every-state-95fac1 = Bydd disgyblion ym mhob ysgol uwchradd a ariennir gan y wladwriaeth yn Lloegr yn cael eu haddysgu sut i gadw'n ddiogel ar-lein, sylwi ar gamwybodaeth ac adnabod sgamiau o dan raglen llythrennedd digidol newydd a gyhoeddwyd heddiw.

## paragraph 2
# @source: The programme will be introduced from September 2027. It will be backed by **£14 million** for teacher training and new classroom resources. More than 3.4 million pupils aged 11 to 16 are expected to take part each year.
# @approved: Siân Jones · 8a671fea
the-programme-will-be-95e9fc = Bydd y rhaglen yn cael ei chyflwyno o fis Medi 2027 ymlaen. Bydd yn cael ei chefnogi gan **£14 miliwn** ar gyfer hyfforddi athrawon ac adnoddau newydd ar gyfer yr ystafell ddosbarth. Disgwylir i fwy na 3.4 miliwn o ddisgyblion rhwng 11 ac 16 oed gymryd rhan bob blwyddyn.

## paragraph 3
# @source: Do young people really need lessons in using the internet? Teachers say yes. In a recent survey, 72% of secondary teachers said pupils struggled to tell the difference between trustworthy and misleading sources, and 58% had dealt with at least one case of online bullying in the past term.
# @approved: Siân Jones · d9efc0a4
do-young-people-really-259e83 = A oes gwir angen gwersi ar bobl ifanc ar sut i ddefnyddio'r rhyngrwyd? Oes, yn ôl athrawon. Mewn arolwg diweddar, dywedodd 72% o athrawon uwchradd fod disgyblion yn cael trafferth gwahaniaethu rhwng ffynonellau dibynadwy a rhai camarweiniol, ac roedd 58% wedi ymdrin ag o leiaf un achos o fwlio ar-lein yn ystod y tymor diwethaf.

## heading 1
# @source: What pupils will learn
# @approved: Siân Jones · 105c2ef8
what-pupils-will-learn-06e77c = Beth fydd disgyblion yn ei ddysgu

## list item 1
# @source: how to check whether a source, image or video is genuine
# @approved: Siân Jones · 91da8302
how-to-check-whether-0f4624 = sut i wirio a yw ffynhonnell, delwedd neu fideo yn ddilys

## list item 2
# @source: how to recognise scams, e.g. fake competitions and phishing messages
# @approved: Siân Jones · 792a7d71
how-to-recognise-scams-b62c7a = sut i adnabod sgamiau, e.e. cystadlaethau ffug a negeseuon gwe-rwydo

## list item 3
# @source: how to manage privacy settings and protect personal data
# @approved: Siân Jones · 5005d82d
how-to-manage-privacy-fb44cf = sut i reoli gosodiadau preifatrwydd a diogelu data personol

## list item 4
# @source: how online grooming works and where to go for help
# @approved: Siân Jones · 6b3888ca
how-online-grooming-works-cb8d74 = sut mae meithrin perthynas amhriodol ar-lein yn gweithio a ble i gael help

## list item 5
# @source: how algorithms shape what people see on social media
# @approved: Siân Jones · 234f44f6
how-algorithms-shape-what-c5b0d6 = sut mae algorithmau'n dylanwadu ar yr hyn y mae pobl yn ei weld ar y cyfryngau cymdeithasol

## quote 1
# @source: Children today grow up online, and they deserve the skills to navigate that world with confidence. This programme will give every pupil the tools to think critically and stay safe.
# @approved: Siân Jones · f2d4e63e
children-today-grow-up-61449a = Mae plant heddiw yn tyfu i fyny ar-lein, ac maen nhw'n haeddu'r sgiliau i lywio'r byd hwnnw'n hyderus. Bydd y rhaglen hon yn rhoi'r offer i bob disgybl feddwl yn feirniadol a chadw'n ddiogel.

## attribution 1
# @source: Laura Pennington MP, Minister for Schools
# @approved: Siân Jones · ca316a58
laura-pennington-mp-minister-cd1bec = Laura Pennington AS, Gweinidog Ysgolion

## paragraph 4
# @source: The resources have been developed with teachers, safeguarding experts and young people themselves. They will be free for all schools and will be updated every year to keep pace with new technology, i.e. so that lessons never fall behind the apps pupils actually use.
# @approved: Siân Jones · da54ac55
the-resources-have-been-89fdf0 = Mae'r adnoddau wedi cael eu datblygu gydag athrawon, arbenigwyr diogelu a phobl ifanc eu hunain. Byddant ar gael am ddim i bob ysgol a byddant yn cael eu diweddaru bob blwyddyn i gadw i fyny â thechnoleg newydd, h.y. fel na fydd y gwersi byth ar ei hôl hi o gymharu â'r apiau y mae disgyblion yn eu defnyddio mewn gwirionedd.

## heading 2
# @source: How schools will be supported
# @approved: Siân Jones · 370945ca
how-schools-will-be-8c5bd2 = Sut y bydd ysgolion yn cael eu cefnogi

## list item 6
# @source: Every school will be able to nominate a digital-literacy lead for free accredited training.
# @approved: Siân Jones · f59be2ef
every-school-will-be-8573ae = Bydd pob ysgol yn gallu enwebu arweinydd llythrennedd digidol i gael hyfforddiant achrededig am ddim.

## list item 7
# @source: Training will be delivered by 12 regional hubs, starting in April 2027.
# @approved: Siân Jones · e071e486
training-will-be-delivered-867761 = Bydd yr hyfforddiant yn cael ei ddarparu gan 12 o ganolfannau rhanbarthol, gan ddechrau ym mis Ebrill 2027.

## list item 8
# @source: Schools will receive a ready-made scheme of work, including lesson plans and assessment materials.
# @approved: Siân Jones · d2dabf68
schools-will-receive-a-2ffc46 = Bydd ysgolion yn cael cynllun gwaith parod, gan gynnwys cynlluniau gwersi a deunyddiau asesu.

## paragraph 5
# @source: Mrs. Anita Shah, head teacher of a secondary school in Birmingham that piloted the programme, said pupils had responded with real enthusiasm. "They loved taking apart fake news stories," she said. "Some of them now check everything their parents share!"
# @approved: Siân Jones · 5b4a4d89
mrs-anita-shah-head-8470a2 = Dywedodd Mrs Anita Shah, pennaeth ysgol uwchradd yn Birmingham a dreialodd y rhaglen, fod disgyblion wedi ymateb gyda brwdfrydedd gwirioneddol. "Roedden nhw wrth eu boddau'n datgymalu straeon newyddion ffug," meddai. "Mae rhai ohonyn nhw bellach yn gwirio popeth mae eu rhieni'n ei rannu!"

## paragraph 6
# @source: Further information for schools is available at [GOV.UK](https://www.gov.uk/guidance/digital-literacy-in-schools).
# @approved: Siân Jones · 09e81fbc
further-information-for-schools-417a05 = Mae rhagor o wybodaeth i ysgolion ar gael ar [GOV.UK](https://www.gov.uk/guidance/digital-literacy-in-schools).

## paragraph 7
# @source: The WePROTECT Global Alliance brings together governments, companies and civil society organisations to end the sexual exploitation of children online.
# @approved: Siân Jones · 5bed6dd2
the-weprotect-global-alliance-e9612a = Mae WePROTECT Global Alliance yn dod â llywodraethau, cwmnïau a sefydliadau cymdeithas sifil ynghyd i roi terfyn ar gamfanteisio'n rhywiol ar blant ar-lein.

## heading 3
# @source: Notes to editors
# @approved: Siân Jones · 2e26352b
notes-to-editors-541549 = Nodiadau i olygyddion

## list item 9
# @source: The programme forms part of the relationships, sex and health education curriculum and applies to all state-funded secondary schools, including academies.
# @approved: Siân Jones · a0876ad5
the-programme-forms-part-fa8bbc = Mae'r rhaglen yn rhan o gwricwlwm addysg cydberthynas, rhyw ac iechyd, ac mae'n berthnasol i bob ysgol uwchradd a ariennir gan y wladwriaeth, gan gynnwys academïau.

## list item 10
# @source: The teacher survey was carried out in June 2026 and received 2,140 responses.
# @approved: Siân Jones · 420812aa
the-teacher-survey-was-a4ac36 = Cynhaliwyd yr arolwg o athrawon ym mis Mehefin 2026, a chafwyd 2,140 o ymatebion.

## list item 11
# @source: The pilot ran in 38 schools across the West Midlands and the North East during the 2025/26 academic year.
# @approved: Siân Jones · 70cb5fdb
the-pilot-ran-in-5043f7 = Cynhaliwyd y cynllun peilot mewn 38 o ysgolion ar draws Gorllewin Canolbarth Lloegr a Gogledd-ddwyrain Lloegr yn ystod blwyddyn academaidd 2025/26.

## heading 4
# @source: Contacts
# @approved: Siân Jones · f42a12b5
contacts-b45064 = Cysylltiadau

## paragraph 8
# @source: Department for Education press office: 020 7783 8300, [press.office@example.gov.uk](mailto:press.office@example.gov.uk)
# @approved: Siân Jones · 360126ff
department-for-education-press-7d4185 = Swyddfa Wasg yr Adran Addysg: 020 7783 8300, [press.office@example.gov.uk](mailto:press.office@example.gov.uk)
