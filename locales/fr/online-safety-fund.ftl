### Release `online-safety-fund`, translated into fr.
### Translate the text after `=`. Lines starting with `# @` are managed by relingo
### (see the README, section "For translators"); your own comments are kept.

## title
# @source: £20.5 million fund to strengthen online safety regulation
n20-5-million-fund-861694 = Un fonds de 20,5 millions de livres pour renforcer la régulation de la sécurité en ligne

## lead
# @source: New funding will help Ofcom and partners enforce child safety duties faster and support smaller platforms to comply with the law.
new-funding-will-help-b3312e = Ce nouveau financement aidera l'Ofcom et ses partenaires à faire respecter plus rapidement les obligations de protection des enfants et accompagnera les petites plateformes dans leur mise en conformité avec la loi.

## location
# @source: London
london-ecc0e7 = Londres

## department
# @source: Department for Science, Innovation and Technology
department-for-science-991a78 = Ministère des Sciences, de l'Innovation et de la Technologie

## paragraph 1
# @source: Children will be better protected from harmful content online thanks to a **£20.5 million** package announced today to strengthen the enforcement of online safety rules across the UK.
children-will-be-better-485dc4 = Les enfants seront mieux protégés contre les contenus préjudiciables en ligne grâce à une enveloppe de **20,5 millions de livres** annoncée aujourd'hui pour renforcer l'application des règles de sécurité en ligne dans l'ensemble du Royaume-Uni.

## paragraph 2
# @source: The package was agreed at a round-table meeting at No. 10 Downing Street in October. The fund will run for three years. It will expand specialist investigation teams, pay for new age-assurance testing and provide free compliance support to smaller services. Around 1,600 platforms are expected to benefit from the support scheme in its first year alone.
# @stale: The package was agreed at a round-table meeting at No. 10 Downing Street in October. The fund will run for three years. It will expand specialist investigation teams, pay for new age-assurance testing and provide free compliance support to smaller services. Around 1,400 platforms are expected to benefit from the support scheme in its first year alone.
the-package-was-agreed-8535db = Cette enveloppe a été arrêtée lors d'une table ronde organisée au 10 Downing Street en octobre. Le fonds sera mis en œuvre sur trois ans. Il permettra de renforcer les équipes d'enquête spécialisées, de financer de nouveaux tests de vérification de l'âge et d'offrir aux services de plus petite taille un accompagnement gratuit à la mise en conformité. Environ 1 400 plateformes devraient bénéficier de ce dispositif d'accompagnement dès sa première année.

## paragraph 3
# @source: Why does this matter? Recent research found that 1.6m children aged 8 to 15 had seen content promoting self-harm or eating disorders in the previous twelve months. That is far too many, and the government is determined to bring the number down.
why-does-this-matter-642e0f = Pourquoi est-ce important ? Selon une étude récente, 1,6 million d'enfants âgés de 8 à 15 ans avaient vu des contenus faisant l'apologie de l'automutilation ou des troubles alimentaires au cours des douze mois précédents. C'est beaucoup trop, et le gouvernement est déterminé à faire baisser ce chiffre.

## heading 1
# @source: What the funding will pay for
what-the-funding-will-4b13a7 = À quoi servira ce financement

## list item 1
# @source: £9.2 million for additional investigators and technical analysts working on child safety cases
n9-2-million-for-c675f5 = 9,2 millions de livres pour recruter des enquêteurs et des analystes techniques supplémentaires chargés des affaires de protection de l'enfance

## list item 2
# @source: £6.8 million for an independent age-assurance testing laboratory
n6-8-million-for-6ba0b9 = 6,8 millions de livres pour un laboratoire indépendant d'essai des dispositifs de vérification de l'âge

## list item 3
# @source: £3 million for a compliance helpdesk aimed at start-ups and community forums
n3-million-for-a-a773be = 3 millions de livres pour un service d'assistance à la mise en conformité destiné aux jeunes pousses et aux forums communautaires

## list item 4
# @source: £1.5 million for research into emerging risks, e.g. AI-generated imagery and live-streaming
n1-5-million-for-573cb1 = 1,5 million de livres pour la recherche sur les risques émergents, par exemple les images générées par l'IA et la diffusion en direct

## paragraph 4
# @source: The government is committed to working with international partners, industry and charities to make the UK the safest place in the world to be online.
the-government-is-committed-ec2a42 = Le gouvernement s'engage à travailler avec ses partenaires internationaux, les entreprises et les associations caritatives pour faire du Royaume-Uni le pays le plus sûr au monde pour naviguer en ligne.

## quote 1
# @source: Parents have told us again and again that they want platforms to take responsibility. This money means the rules will be enforced quickly and fairly, whatever the size of the company.
parents-have-told-us-ecd891 = Les parents nous ont dit et répété qu'ils voulaient que les plateformes prennent leurs responsabilités. Grâce à ces fonds, les règles seront appliquées rapidement et équitablement, quelle que soit la taille de l'entreprise.

## attribution 1
# @source: Rachel Ormerod MP, Minister for Online Safety
rachel-ormerod-mp-minister-248f36 = Rachel Ormerod, députée, ministre de la Sécurité en ligne

## paragraph 5
# @source: Under the new arrangements, services found in breach of their duties could face fines of up to 10% of qualifying worldwide revenue. The regulator will publish its first enforcement priorities report in spring 2027. Details of the consultation on the testing laboratory are available on [GOV.UK](https://www.gov.uk/government/consultations/age-assurance-testing).
under-the-new-arrangements-4eaa0d = Dans le cadre du nouveau dispositif, les services reconnus en infraction avec leurs obligations pourront se voir infliger des amendes allant jusqu'à 10 % de leur chiffre d'affaires mondial éligible. Le régulateur publiera au printemps 2027 son premier rapport sur ses priorités en matière de contrôle. Les modalités de la consultation sur le laboratoire d'essai sont disponibles sur [GOV.UK](https://www.gov.uk/government/consultations/age-assurance-testing).

## quote 2
# @source: Smaller services often *want* to do the right thing but simply don't know where to start. A free, practical helpdesk will make a real difference to them, and to the children who use their sites.
smaller-services-often-want-46ebb3 = Les petits services *veulent* souvent bien faire, mais ne savent tout simplement pas par où commencer. Un service d'assistance gratuit et concret changera réellement la donne pour eux, comme pour les enfants qui utilisent leurs sites.

## attribution 2
# @source: Dr. Helen Marsh, Chief Executive, Safer Internet Partnership
dr-helen-marsh-chief-778af3 = Dr Helen Marsh, directrice générale du Safer Internet Partnership

## image alt text 1
# @source: A parent and child looking at a tablet together at a kitchen table
a-parent-and-child-e31afd = Un parent et son enfant regardant ensemble une tablette, assis à la table de la cuisine

## heading 2
# @source: How smaller platforms can apply
how-smaller-platforms-can-d6a24f = Comment les petites plateformes peuvent déposer une demande

## list item 5
# @source: Check eligibility using the online self-assessment tool.
check-eligibility-using-the-82cc12 = Vérifiez votre éligibilité à l'aide de l'outil d'auto-évaluation en ligne.

## list item 6
# @source: Register with the compliance helpdesk by 31 January 2027.
register-with-the-compliance-16afd4 = Inscrivez-vous auprès du service d'assistance à la mise en conformité au plus tard le 31 janvier 2027.

## list item 7
# @source: Book a free one-to-one session with a compliance adviser.
book-a-free-one-4e7fa0 = Réservez un entretien individuel gratuit avec un conseiller en conformité.

## paragraph 6
# @source: Applications open on 1 December 2026.
applications-open-on-1-bea477 = Les candidatures seront ouvertes à partir du 1er décembre 2026.

## heading 3
# @source: Notes to editors
notes-to-editors-541549 = Notes aux rédactions

## list item 8
# @source: The £20.5 million is new money from the department's existing spending review settlement and is additional to Ofcom's fee-funded budget.
the-20-5-million-e83389 = Les 20,5 millions de livres constituent des crédits nouveaux, prélevés sur l'enveloppe déjà allouée au ministère dans le cadre de l'examen des dépenses, et s'ajoutent au budget de l'Ofcom financé par les redevances.

## list item 9
# @source: Figures on children's exposure to harmful content are drawn from the Children's Online Experiences Survey 2026, which sampled 4,812 households across England, Scotland, Wales and Northern Ireland.
figures-on-children-s-bf3154 = Les chiffres relatifs à l'exposition des enfants aux contenus préjudiciables sont tirés de l'enquête Children's Online Experiences Survey 2026, menée auprès d'un échantillon de 4 812 foyers en Angleterre, en Écosse, au pays de Galles et en Irlande du Nord.

## list item 10
# @source: Interview requests for the minister should be sent to press.office@example.gov.uk.
interview-requests-for-the-753f4d = Les demandes d'interview avec la ministre sont à adresser à press.office@example.gov.uk.

## heading 4
# @source: Contacts
contacts-b45064 = Contacts

## paragraph 7
# @source: DSIT press office: 020 7215 3000, [newsdesk@example.gov.uk](mailto:newsdesk@example.gov.uk)
dsit-press-office-020-4d5f47 = Service de presse du DSIT : 020 7215 3000, [newsdesk@example.gov.uk](mailto:newsdesk@example.gov.uk)
