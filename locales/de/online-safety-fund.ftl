### Release `online-safety-fund`, translated into de.
### Translate the text after `=`. Lines starting with `# @` are managed by relingo
### (see the README, section "For translators"); your own comments are kept.

## title
# @source: £20.5 million fund to strengthen online safety regulation
n20-5-million-fund-861694 = 20,5 Millionen Pfund für eine wirksamere Regulierung der Online-Sicherheit

## lead
# @source: New funding will help Ofcom and partners enforce child safety duties faster and support smaller platforms to comply with the law.
new-funding-will-help-b3312e = Neue Mittel sollen Ofcom und seinen Partnern helfen, Kinderschutzpflichten schneller durchzusetzen, und kleinere Plattformen dabei unterstützen, die gesetzlichen Vorgaben einzuhalten.

## location
# @source: London
london-ecc0e7 = London

## department
# @source: Department for Science, Innovation and Technology
department-for-science-991a78 = Ministerium für Wissenschaft, Innovation und Technologie

## paragraph 1
# @source: Children will be better protected from harmful content online thanks to a **£20.5 million** package announced today to strengthen the enforcement of online safety rules across the UK.
children-will-be-better-485dc4 = Kinder werden im Internet künftig besser vor schädlichen Inhalten geschützt – dank eines heute angekündigten Pakets in Höhe von **20,5 Millionen Pfund**, mit dem die Durchsetzung der Online-Sicherheitsvorschriften im gesamten Vereinigten Königreich gestärkt wird.

## paragraph 2
# @source: The package was agreed at a round-table meeting at No. 10 Downing Street in October. The fund will run for three years. It will expand specialist investigation teams, pay for new age-assurance testing and provide free compliance support to smaller services. Around 1,600 platforms are expected to benefit from the support scheme in its first year alone.
# @stale: The package was agreed at a round-table meeting at No. 10 Downing Street in October. The fund will run for three years. It will expand specialist investigation teams, pay for new age-assurance testing and provide free compliance support to smaller services. Around 1,400 platforms are expected to benefit from the support scheme in its first year alone.
the-package-was-agreed-8535db = Das Paket wurde im Oktober bei einem Runden Tisch in der Downing Street Nr. 10 vereinbart. Der Fonds hat eine Laufzeit von drei Jahren. Mit ihm werden spezialisierte Ermittlungsteams ausgebaut, neue Tests zur Altersverifikation finanziert und kleineren Diensten kostenlose Unterstützung bei der Einhaltung der Vorschriften angeboten. Allein im ersten Jahr dürften rund 1.400 Plattformen von dem Förderprogramm profitieren.

## paragraph 3
# @source: Why does this matter? Recent research found that 1.6m children aged 8 to 15 had seen content promoting self-harm or eating disorders in the previous twelve months. That is far too many, and the government is determined to bring the number down.
why-does-this-matter-642e0f = Warum ist das wichtig? Einer aktuellen Studie zufolge hatten 1,6 Mio. Kinder im Alter von 8 bis 15 Jahren in den vorangegangenen zwölf Monaten Inhalte gesehen, die Selbstverletzung oder Essstörungen verherrlichen. Das sind viel zu viele, und die Regierung ist entschlossen, diese Zahl zu senken.

## heading 1
# @source: What the funding will pay for
what-the-funding-will-4b13a7 = Wofür die Mittel verwendet werden

## list item 1
# @source: £9.2 million for additional investigators and technical analysts working on child safety cases
n9-2-million-for-c675f5 = 9,2 Millionen Pfund für zusätzliches Ermittlungspersonal und technische Fachkräfte für die Analyse von Kinderschutzfällen

## list item 2
# @source: £6.8 million for an independent age-assurance testing laboratory
n6-8-million-for-6ba0b9 = 6,8 Millionen Pfund für ein unabhängiges Prüflabor für Altersverifikation

## list item 3
# @source: £3 million for a compliance helpdesk aimed at start-ups and community forums
n3-million-for-a-a773be = 3 Millionen Pfund für einen Compliance-Helpdesk für Start-ups und Community-Foren

## list item 4
# @source: £1.5 million for research into emerging risks, e.g. AI-generated imagery and live-streaming
n1-5-million-for-573cb1 = 1,5 Millionen Pfund für die Erforschung neuer Risiken, z. B. KI-generierter Bilder und Livestreaming

## paragraph 4
# @source: The government is committed to working with international partners, industry and charities to make the UK the safest place in the world to be online.
the-government-is-committed-ec2a42 = Die Regierung setzt sich dafür ein, gemeinsam mit internationalen Partnern, der Wirtschaft und gemeinnützigen Organisationen das Vereinigte Königreich zum sichersten Ort der Welt im Internet zu machen.

## quote 1
# @source: Parents have told us again and again that they want platforms to take responsibility. This money means the rules will be enforced quickly and fairly, whatever the size of the company.
parents-have-told-us-ecd891 = Eltern haben uns immer wieder gesagt, dass die Plattformen Verantwortung übernehmen sollen. Mit diesen Mitteln werden die Vorschriften schnell und fair durchgesetzt – unabhängig von der Größe des Unternehmens.

## attribution 1
# @source: Rachel Ormerod MP, Minister for Online Safety
rachel-ormerod-mp-minister-248f36 = Rachel Ormerod MP, Ministerin für Online-Sicherheit

## paragraph 5
# @source: Under the new arrangements, services found in breach of their duties could face fines of up to 10% of qualifying worldwide revenue. The regulator will publish its first enforcement priorities report in spring 2027. Details of the consultation on the testing laboratory are available on [GOV.UK](https://www.gov.uk/government/consultations/age-assurance-testing).
under-the-new-arrangements-4eaa0d = Nach der neuen Regelung drohen Diensten, die gegen ihre Pflichten verstoßen, Geldbußen von bis zu 10 % ihres maßgeblichen weltweiten Umsatzes. Die Regulierungsbehörde wird ihren ersten Bericht über ihre Durchsetzungsprioritäten im Frühjahr 2027 veröffentlichen. Einzelheiten zur Konsultation über das Prüflabor finden Sie auf [GOV.UK](https://www.gov.uk/government/konsultationen/age-assurance-testing).

## quote 2
# @source: Smaller services often *want* to do the right thing but simply don't know where to start. A free, practical helpdesk will make a real difference to them, and to the children who use their sites.
smaller-services-often-want-46ebb3 = Kleinere Dienste *wollen* oft das Richtige tun, wissen aber schlicht nicht, wo sie anfangen sollen. Ein kostenloser, praxisnaher Helpdesk wird für sie – und für die Kinder, die ihre Websites nutzen – einen echten Unterschied machen.

## attribution 2
# @source: Dr. Helen Marsh, Chief Executive, Safer Internet Partnership
dr-helen-marsh-chief-778af3 = Dr. Helen Marsh, Geschäftsführerin, Safer Internet Partnership

## image alt text 1
# @source: A parent and child looking at a tablet together at a kitchen table
a-parent-and-child-e31afd = Ein Elternteil und ein Kind schauen an einem Küchentisch gemeinsam auf ein Tablet

## heading 2
# @source: How smaller platforms can apply
how-smaller-platforms-can-d6a24f = So können sich kleinere Plattformen bewerben

## list item 5
# @source: Check eligibility using the online self-assessment tool.
check-eligibility-using-the-82cc12 = Prüfen Sie Ihre Förderfähigkeit mit dem Online-Selbsttest.

## list item 6
# @source: Register with the compliance helpdesk by 31 January 2027.
register-with-the-compliance-16afd4 = Melden Sie sich bis zum 31. Januar 2027 beim Compliance-Helpdesk an.

## list item 7
# @source: Book a free one-to-one session with a compliance adviser.
book-a-free-one-4e7fa0 = Vereinbaren Sie eine kostenlose Einzelberatung mit einer Compliance-Fachkraft.

## paragraph 6
# @source: Applications open on 1 December 2026.
applications-open-on-1-bea477 = Bewerbungen sind ab dem 1. Dezember 2026 möglich.

## heading 3
# @source: Notes to editors
notes-to-editors-541549 = Hinweise für Redaktionen

## list item 8
# @source: The £20.5 million is new money from the department's existing spending review settlement and is additional to Ofcom's fee-funded budget.
the-20-5-million-e83389 = Bei den 20,5 Millionen Pfund handelt es sich um zusätzliche Mittel aus dem bestehenden Haushaltsrahmen des Ministeriums im Rahmen der Ausgabenplanung (Spending Review); sie kommen zum gebührenfinanzierten Budget von Ofcom hinzu.

## list item 9
# @source: Figures on children's exposure to harmful content are drawn from the Children's Online Experiences Survey 2026, which sampled 4,812 households across England, Scotland, Wales and Northern Ireland.
figures-on-children-s-bf3154 = Die Zahlen dazu, wie häufig Kinder schädlichen Inhalten ausgesetzt sind, stammen aus dem Children's Online Experiences Survey 2026, für den 4.812 Haushalte in England, Schottland, Wales und Nordirland befragt wurden.

## list item 10
# @source: Interview requests for the minister should be sent to press.office@example.gov.uk.
interview-requests-for-the-753f4d = Interviewanfragen an die Ministerin richten Sie bitte an press.office@example.gov.uk.

## heading 4
# @source: Contacts
contacts-b45064 = Kontakt

## paragraph 7
# @source: DSIT press office: 020 7215 3000, [newsdesk@example.gov.uk](mailto:newsdesk@example.gov.uk)
dsit-press-office-020-4d5f47 = Pressestelle des DSIT: 020 7215 3000, [newsdesk@example.gov.uk](mailto:newsdesk@example.gov.uk)
