### Release `online-safety-fund`, translated into cy.
### Translate the text after `=`. Lines starting with `# @` are managed by relingo
### (see the README, section "For translators"); your own comments are kept.

## title
# @source: £20.5 million fund to strengthen online safety regulation
# @approved: Siân Jones · fc596191
n20-5-million-fund-861694 = Cronfa £20.5 miliwn i gryfhau'r gwaith o reoleiddio diogelwch ar-lein

## lead
# @source: New funding will help Ofcom and partners enforce child safety duties faster and support smaller platforms to comply with the law.
# @approved: Siân Jones · b5fbec33
new-funding-will-help-b3312e = Bydd cyllid newydd yn helpu Ofcom a'i bartneriaid i orfodi dyletswyddau diogelwch plant yn gynt ac yn cefnogi platfformau llai i gydymffurfio â'r gyfraith.

## location
# @source: London
# @approved: Siân Jones · 5d1729aa
london-ecc0e7 = Llundain

## department
# @source: Department for Science, Innovation and Technology
# @approved: Siân Jones · c24df6e7
department-for-science-991a78 = Yr Adran Gwyddoniaeth, Arloesi a Thechnoleg

## paragraph 1
# @source: Children will be better protected from harmful content online thanks to a **£20.5 million** package announced today to strengthen the enforcement of online safety rules across the UK.
# @approved: Siân Jones · 689ea2b4
children-will-be-better-485dc4 = Bydd plant yn cael eu diogelu'n well rhag cynnwys niweidiol ar-lein diolch i becyn gwerth **£20.5 miliwn** a gyhoeddwyd heddiw i gryfhau'r gwaith o orfodi rheolau diogelwch ar-lein ledled y DU.

## paragraph 2
# @source: The package was agreed at a round-table meeting at No. 10 Downing Street in October. The fund will run for three years. It will expand specialist investigation teams, pay for new age-assurance testing and provide free compliance support to smaller services. Around 1,600 platforms are expected to benefit from the support scheme in its first year alone.
# @approved: Siân Jones · db3b2445
the-package-was-agreed-8535db = Cytunwyd ar y pecyn mewn cyfarfod bord gron yn Rhif 10 Downing Street ym mis Hydref. Bydd y gronfa'n rhedeg am dair blynedd. Bydd yn ehangu timau ymchwilio arbenigol, yn talu am brofion sicrwydd oedran newydd ac yn darparu cymorth cydymffurfio am ddim i wasanaethau llai. Mae disgwyl y bydd tua 1,600 o blatfformau yn elwa ar y cynllun cymorth yn ei flwyddyn gyntaf yn unig.

## paragraph 3
# @source: Why does this matter? Recent research found that 1.6m children aged 8 to 15 had seen content promoting self-harm or eating disorders in the previous twelve months. That is far too many, and the government is determined to bring the number down.
# @approved: Siân Jones · c5237ab0
why-does-this-matter-642e0f = Pam mae hyn yn bwysig? Canfu ymchwil diweddar fod 1.6m o blant rhwng 8 a 15 oed wedi gweld cynnwys a oedd yn hyrwyddo hunan-niweidio neu anhwylderau bwyta yn ystod y deuddeg mis blaenorol. Mae hynny'n llawer gormod, ac mae'r llywodraeth yn benderfynol o leihau'r nifer.

## heading 1
# @source: What the funding will pay for
# @approved: Siân Jones · 37b4ca06
what-the-funding-will-4b13a7 = Beth fydd y cyllid yn talu amdano

## list item 1
# @source: £9.2 million for additional investigators and technical analysts working on child safety cases
# @approved: Siân Jones · b3b06e45
n9-2-million-for-c675f5 = £9.2 miliwn ar gyfer ymchwilwyr a dadansoddwyr technegol ychwanegol sy'n gweithio ar achosion diogelwch plant

## list item 2
# @source: £6.8 million for an independent age-assurance testing laboratory
# @approved: Siân Jones · 659f43e5
n6-8-million-for-6ba0b9 = £6.8 miliwn ar gyfer labordy annibynnol i brofi sicrwydd oedran

## list item 3
# @source: £3 million for a compliance helpdesk aimed at start-ups and community forums
# @approved: Siân Jones · 93ce5290
n3-million-for-a-a773be = £3 miliwn ar gyfer desg gymorth cydymffurfio wedi'i hanelu at fusnesau newydd a fforymau cymunedol

## list item 4
# @source: £1.5 million for research into emerging risks, e.g. AI-generated imagery and live-streaming
# @approved: Siân Jones · 5c5b736f
n1-5-million-for-573cb1 = £1.5 miliwn ar gyfer ymchwil i risgiau sy'n dod i'r amlwg, e.e. delweddau a gynhyrchir gan ddeallusrwydd artiffisial a ffrydio byw

## paragraph 4
# @source: The government is committed to working with international partners, industry and charities to make the UK the safest place in the world to be online.
# @approved: Siân Jones · c600f6ea
the-government-is-committed-ec2a42 = Mae'r llywodraeth wedi ymrwymo i weithio gyda phartneriaid rhyngwladol, y diwydiant ac elusennau i wneud y DU y lle mwyaf diogel yn y byd i fod ar-lein.

## quote 1
# @source: Parents have told us again and again that they want platforms to take responsibility. This money means the rules will be enforced quickly and fairly, whatever the size of the company.
# @approved: Siân Jones · 8c17b818
parents-have-told-us-ecd891 = Mae rhieni wedi dweud wrthym dro ar ôl tro eu bod am i blatfformau gymryd cyfrifoldeb. Mae'r arian hwn yn golygu y bydd y rheolau'n cael eu gorfodi'n gyflym ac yn deg, beth bynnag fo maint y cwmni.

## attribution 1
# @source: Rachel Ormerod MP, Minister for Online Safety
# @approved: Siân Jones · 632312a3
rachel-ormerod-mp-minister-248f36 = Rachel Ormerod AS, Gweinidog Diogelwch Ar-lein

## paragraph 5
# @source: Under the new arrangements, services found in breach of their duties could face fines of up to 10% of qualifying worldwide revenue. The regulator will publish its first enforcement priorities report in spring 2027. Details of the consultation on the testing laboratory are available on [GOV.UK](https://www.gov.uk/government/consultations/age-assurance-testing).
# @approved: Siân Jones · c46b70c1
under-the-new-arrangements-4eaa0d = O dan y trefniadau newydd, gallai gwasanaethau y canfyddir eu bod wedi torri eu dyletswyddau wynebu dirwyon o hyd at 10% o'u refeniw byd-eang cymhwysol. Bydd y rheoleiddiwr yn cyhoeddi ei adroddiad cyntaf ar flaenoriaethau gorfodi yng ngwanwyn 2027. Mae manylion yr ymgynghoriad ar y labordy profi ar gael ar [GOV.UK](https://www.gov.uk/government/consultations/age-assurance-testing).

## quote 2
# @source: Smaller services often *want* to do the right thing but simply don't know where to start. A free, practical helpdesk will make a real difference to them, and to the children who use their sites.
# @approved: Siân Jones · 989f29a9
smaller-services-often-want-46ebb3 = Yn aml, mae gwasanaethau llai *eisiau* gwneud y peth iawn, ond nid ydynt yn gwybod ble i ddechrau. Bydd desg gymorth ymarferol am ddim yn gwneud gwahaniaeth gwirioneddol iddynt, ac i'r plant sy'n defnyddio eu safleoedd.

## attribution 2
# @source: Dr. Helen Marsh, Chief Executive, Safer Internet Partnership
# @approved: Siân Jones · 127272c1
dr-helen-marsh-chief-778af3 = Dr Helen Marsh, Prif Weithredwr, Safer Internet Partnership

## image alt text 1
# @source: A parent and child looking at a tablet together at a kitchen table
# @approved: Siân Jones · 36dc974a
a-parent-and-child-e31afd = Rhiant a phlentyn yn edrych ar lechen gyda'i gilydd wrth fwrdd y gegin

## heading 2
# @source: How smaller platforms can apply
# @approved: Siân Jones · 229536d5
how-smaller-platforms-can-d6a24f = Sut y gall platfformau llai wneud cais

## list item 5
# @source: Check eligibility using the online self-assessment tool.
# @approved: Siân Jones · f658fef0
check-eligibility-using-the-82cc12 = Gwiriwch a ydych yn gymwys drwy ddefnyddio'r adnodd hunanasesu ar-lein.

## list item 6
# @source: Register with the compliance helpdesk by 31 January 2027.
# @approved: Siân Jones · c5991b0d
register-with-the-compliance-16afd4 = Cofrestrwch gyda'r ddesg gymorth cydymffurfio erbyn 31 Ionawr 2027.

## list item 7
# @source: Book a free one-to-one session with a compliance adviser.
# @approved: Siân Jones · ac61199f
book-a-free-one-4e7fa0 = Trefnwch sesiwn un i un am ddim gyda chynghorydd cydymffurfio.

## paragraph 6
# @source: Applications open on 1 December 2026.
# @approved: Siân Jones · c06b0bc3
applications-open-on-1-bea477 = Bydd ceisiadau'n agor ar 1 Rhagfyr 2026.

## heading 3
# @source: Notes to editors
# @approved: Siân Jones · 2e26352b
notes-to-editors-541549 = Nodiadau i olygyddion

## list item 8
# @source: The £20.5 million is new money from the department's existing spending review settlement and is additional to Ofcom's fee-funded budget.
# @approved: Siân Jones · 2465e47f
the-20-5-million-e83389 = Mae'r £20.5 miliwn yn arian newydd o setliad presennol yr adran yn yr adolygiad o wariant, ac mae'n ychwanegol at gyllideb Ofcom a ariennir drwy ffioedd.

## list item 9
# @source: Figures on children's exposure to harmful content are drawn from the Children's Online Experiences Survey 2026, which sampled 4,812 households across England, Scotland, Wales and Northern Ireland.
# @approved: Siân Jones · f630cc5d
figures-on-children-s-bf3154 = Daw'r ffigurau ar gysylltiad plant â chynnwys niweidiol o Arolwg Profiadau Ar-lein Plant 2026, a oedd yn cynnwys sampl o 4,812 o aelwydydd ledled Lloegr, yr Alban, Cymru a Gogledd Iwerddon.

## list item 10
# @source: Interview requests for the minister should be sent to press.office@example.gov.uk.
# @approved: Siân Jones · b42a1b70
interview-requests-for-the-753f4d = Dylid anfon ceisiadau am gyfweliad â'r gweinidog at press.office@example.gov.uk.

## heading 4
# @source: Contacts
# @approved: Siân Jones · f42a12b5
contacts-b45064 = Cysylltiadau

## paragraph 7
# @source: DSIT press office: 020 7215 3000, [newsdesk@example.gov.uk](mailto:newsdesk@example.gov.uk)
# @approved: Siân Jones · c6f1c547
dsit-press-office-020-4d5f47 = Swyddfa Wasg DSIT: 020 7215 3000, [newsdesk@example.gov.uk](mailto:newsdesk@example.gov.uk)
