### Release `victims-support-fund`, translated into cy.
### Translate the text after `=`. Lines starting with `# @` are managed by relingo
### (see the README, section "For translators"); your own comments are kept.

## title
# @source: £35 million fund to support victims of online abuse
# @approved: Siân Jones · 0e717a2d
n35-million-fund-to-f7f5e3 = Cronfa £35 miliwn i gefnogi dioddefwyr cam-drin ar-lein

## lead
# @source: Charities will receive new funding to provide specialist counselling, advocacy and practical help to children and adults harmed online.
# @approved: Siân Jones · 76c6442b
charities-will-receive-new-fca73f = Bydd elusennau'n cael cyllid newydd i ddarparu cwnsela arbenigol, eiriolaeth a chymorth ymarferol i blant ac oedolion sydd wedi cael eu niweidio ar-lein.

## location
# @source: London
# @approved: Siân Jones · 5d1729aa
london-ecc0e7 = Llundain

## department
# @source: Ministry of Justice
# @approved: Siân Jones · 50556546
ministry-of-justice-c5061a = Y Weinyddiaeth Gyfiawnder

## paragraph 1
# @source: Victims of online abuse, including children who have been groomed or exploited, will receive faster and more specialist support thanks to a **£35 million** fund announced today by the Ministry of Justice.
# @approved: Siân Jones · 9b4243cf
victims-of-online-abuse-d26bb1 = Bydd dioddefwyr cam-drin ar-lein, gan gynnwys plant y meithrinwyd perthynas amhriodol â nhw neu y camfanteisiwyd arnynt, yn cael cymorth cyflymach a mwy arbenigol diolch i gronfa gwerth **£35 miliwn** a gyhoeddwyd heddiw gan y Weinyddiaeth Gyfiawnder.

## paragraph 2
# @source: The Online Harms Victims Fund will be distributed over three years to charities and local services across England and Wales. It is expected to help around 48,000 people a year. For the first time, funding will be ring-fenced for services that work *specifically* with children and young people.
# @approved: Siân Jones · 207ff271
the-online-harms-victims-91e6c7 = Bydd y Gronfa Dioddefwyr Niwed Ar-lein yn cael ei dosbarthu dros dair blynedd i elusennau a gwasanaethau lleol ledled Cymru a Lloegr. Disgwylir iddi helpu tua 48,000 o bobl y flwyddyn. Am y tro cyntaf, bydd cyllid yn cael ei neilltuo ar gyfer gwasanaethau sy'n gweithio'n *benodol* gyda phlant a phobl ifanc.

## paragraph 3
# @source: Last year, police recorded more than 27,000 offences involving the sexual abuse or exploitation of children online, an increase of 3.5% on the year before. Behind every one of those numbers is a child and a family who need help.
# @approved: Siân Jones · 3731f2de
last-year-police-recorded-559ff7 = Y llynedd, cofnododd yr heddlu fwy na 27,000 o droseddau yn ymwneud â cham-drin plant yn rhywiol neu gamfanteisio arnynt ar-lein, sef cynnydd o 3.5% ar y flwyddyn flaenorol. Y tu ôl i bob un o'r rhifau hynny mae plentyn a theulu sydd angen help.

## heading 1
# @source: What the fund will provide
# @approved: Siân Jones · e168f986
what-the-fund-will-9c30ff = Beth fydd y gronfa yn ei ddarparu

## list item 1
# @source: specialist counselling for children and young people
# @approved: Siân Jones · 891c4c22
specialist-counselling-for-44a9ca = cwnsela arbenigol i blant a phobl ifanc

## list item 2
# @source: independent advocates to support victims through the criminal justice process
# @approved: Siân Jones · a40d5bc1
independent-advocates-to-support-49b2fc = eiriolwyr annibynnol i gefnogi dioddefwyr drwy'r broses cyfiawnder troseddol

## list item 3
# @source: a national helpline for parents and carers, open seven days a week
# @approved: Siân Jones · 7d6de63f
a-national-helpline-for-ecc1f4 = llinell gymorth genedlaethol i rieni a gofalwyr, ar agor saith diwrnod yr wythnos

## list item 4
# @source: practical help removing images and content from the internet
# @approved: Siân Jones · a916288d
practical-help-removing-images-708803 = help ymarferol i dynnu delweddau a chynnwys oddi ar y rhyngrwyd

## quote 1
# @source: No victim should have to face the aftermath of online abuse alone. This funding means children and families will get expert help quickly, from people who understand exactly what they are going through.
# @approved: Siân Jones · a16d834a
no-victim-should-have-ca4d79 = Ni ddylai unrhyw ddioddefwr orfod wynebu canlyniadau cam-drin ar-lein ar ei ben ei hun. Mae'r cyllid hwn yn golygu y bydd plant a theuluoedd yn cael help arbenigol yn gyflym, gan bobl sy'n deall yn union beth maen nhw'n mynd drwyddo.

## attribution 1
# @source: Victoria Ashworth MP, Minister for Victims and Safeguarding
# @approved: Siân Jones · 52f5f162
victoria-ashworth-mp-minister-b22729 = Victoria Ashworth AS, Gweinidog Dioddefwyr a Diogelu

## paragraph 4
# @source: The announcement follows a review of victim services led by Dr. Jonathan Ellery, which found that some families had waited more than six months for counselling. The review also found that support varied widely depending on where victims lived. Is it fair that a child in one town gets help within a week while a child in another waits half a year? The review concluded that it is not.
# @approved: Siân Jones · 7eb57001
the-announcement-follows-a-52e299 = Daw'r cyhoeddiad yn dilyn adolygiad o wasanaethau dioddefwyr dan arweiniad Dr Jonathan Ellery, a ganfu fod rhai teuluoedd wedi aros mwy na chwe mis am gwnsela. Canfu'r adolygiad hefyd fod y cymorth yn amrywio'n fawr yn dibynnu ar ble roedd dioddefwyr yn byw. A yw'n deg bod plentyn mewn un dref yn cael help o fewn wythnos tra bo plentyn mewn tref arall yn aros hanner blwyddyn? Daeth yr adolygiad i'r casgliad nad yw hynny'n deg.

## heading 2
# @source: How charities can apply
# @approved: Siân Jones · 69eb7b53
how-charities-can-apply-5bc23b = Sut y gall elusennau wneud cais

## list item 5
# @source: Read the fund prospectus on [GOV.UK](https://www.gov.uk/government/publications/online-harms-victims-fund).
# @approved: Siân Jones · 392a614d
read-the-fund-prospectus-5bef1f = Darllenwch brosbectws y gronfa ar [GOV.UK](https://www.gov.uk/government/publications/online-harms-victims-fund).

## list item 6
# @source: Submit an expression of interest by 15 January 2027.
# @approved: Siân Jones · 01fef1e7
submit-an-expression-of-098536 = Cyflwynwch fynegiant o ddiddordeb erbyn 15 Ionawr 2027.

## list item 7
# @source: Shortlisted organisations will be invited to submit a full bid in February 2027.
# @approved: Siân Jones · 86c246c9
shortlisted-organisations-will-1fa26c = Bydd sefydliadau sydd ar y rhestr fer yn cael eu gwahodd i gyflwyno cais llawn ym mis Chwefror 2027.

## paragraph 5
# @source: The first grants are expected to be awarded in April 2027.
# @approved: Siân Jones · b1ecdbd4
the-first-grants-are-25c38e = Disgwylir i'r grantiau cyntaf gael eu dyfarnu ym mis Ebrill 2027.

## paragraph 6
# @source: The government is committed to working with international partners, industry and charities to make the UK the safest place in the world to be online.
# @approved: Siân Jones · c600f6ea
the-government-is-committed-ec2a42 = Mae'r llywodraeth wedi ymrwymo i weithio gyda phartneriaid rhyngwladol, y diwydiant ac elusennau i wneud y DU y lle mwyaf diogel yn y byd i fod ar-lein.

## heading 3
# @source: Notes to editors
# @approved: Siân Jones · 2e26352b
notes-to-editors-541549 = Nodiadau i olygyddion

## list item 8
# @source: The fund is jointly financed by the Ministry of Justice and the Home Office, with contributions of £25 million and £10 million respectively.
# @approved: Siân Jones · e20e1b5e
the-fund-is-jointly-21a02e = Mae'r gronfa'n cael ei hariannu ar y cyd gan y Weinyddiaeth Gyfiawnder a'r Swyddfa Gartref, gyda chyfraniadau o £25 miliwn a £10 miliwn yn y drefn honno.

## list item 9
# @source: Police-recorded crime figures are taken from the latest statistics published by the Office for National Statistics.
# @approved: Siân Jones · 4d86b8cb
police-recorded-crime-figures-818e39 = Mae ffigurau'r troseddau a gofnodwyd gan yr heddlu wedi'u cymryd o'r ystadegau diweddaraf a gyhoeddwyd gan y Swyddfa Ystadegau Gwladol.

## list item 10
# @source: The independent review of victim services was commissioned in January 2026; its full report is published alongside this announcement.
# @approved: Siân Jones · 9b78d453
the-independent-review-of-d65514 = Comisiynwyd yr adolygiad annibynnol o wasanaethau dioddefwyr ym mis Ionawr 2026; mae ei adroddiad llawn yn cael ei gyhoeddi ochr yn ochr â'r cyhoeddiad hwn.

## list item 11
# @source: For interview requests, contact press.office@example.gov.uk.
# @approved: Siân Jones · efd6f142
for-interview-requests-contact-8b3ff5 = I wneud cais am gyfweliad, cysylltwch â press.office@example.gov.uk.

## heading 4
# @source: Contacts
# @approved: Siân Jones · f42a12b5
contacts-b45064 = Cysylltiadau

## paragraph 7
# @source: Ministry of Justice press office: 020 3334 3536, [press.office@example.gov.uk](mailto:press.office@example.gov.uk)
# @approved: Siân Jones · 851099f4
ministry-of-justice-press-084dd2 = Swyddfa Wasg y Weinyddiaeth Gyfiawnder: 020 3334 3536, [press.office@example.gov.uk](mailto:press.office@example.gov.uk)
