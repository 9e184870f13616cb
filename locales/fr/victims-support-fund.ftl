### Release `victims-support-fund`, translated into fr.
### Translate the text after `=`. Lines starting with `# @` are managed by relingo
### (see the README, section "For translators"); your own comments are kept.

## title
# @source: £35 million fund to support victims of online abuse
n35-million-fund-to-f7f5e3 = Un fonds de 35 millions de livres pour soutenir les victimes de violences en ligne

## lead
# @source: Charities will receive new funding to provide specialist counselling, advocacy and practical help to children and adults harmed online.
charities-will-receive-new-fca73f = Des associations caritatives recevront de nouveaux financements pour apporter un accompagnement psychologique spécialisé, un soutien juridique et une aide pratique aux enfants et aux adultes victimes de préjudices en ligne.

## location
# @source: London
london-ecc0e7 = Londres

## department
# @source: Ministry of Justice
ministry-of-justice-c5061a = Ministère de la Justice

## paragraph 1
# @source: Victims of online abuse, including children who have been groomed or exploited, will receive faster and more specialist support thanks to a **£35 million** fund announced today by the Ministry of Justice.
victims-of-online-abuse-d26bb1 = Les victimes de violences en ligne, y compris les enfants ayant subi une manipulation à des fins sexuelles ou une exploitation, bénéficieront d'un soutien plus rapide et plus spécialisé grâce à un fonds de **35 millions de livres** annoncé aujourd'hui par le ministère de la Justice.

## paragraph 2
# @source: The Online Harms Victims Fund will be distributed over three years to charities and local services across England and Wales. It is expected to help around 48,000 people a year. For the first time, funding will be ring-fenced for services that work *specifically* with children and young people.
the-online-harms-victims-91e6c7 = Le fonds pour les victimes de préjudices en ligne (Online Harms Victims Fund) sera réparti sur trois ans entre des associations caritatives et des services locaux en Angleterre et au pays de Galles. Il devrait permettre d'aider environ 48 000 personnes par an. Pour la première fois, des crédits seront réservés aux services qui travaillent *spécifiquement* auprès des enfants et des jeunes.

## paragraph 3
# @source: Last year, police recorded more than 27,000 offences involving the sexual abuse or exploitation of children online, an increase of 3.5% on the year before. Behind every one of those numbers is a child and a family who need help.
last-year-police-recorded-559ff7 = L'an dernier, la police a enregistré plus de 27 000 infractions liées à des abus sexuels ou à l'exploitation sexuelle d'enfants en ligne, soit une hausse de 3,5 % par rapport à l'année précédente. Derrière chacun de ces chiffres, il y a un enfant et une famille qui ont besoin d'aide.

## heading 1
# @source: What the fund will provide
what-the-fund-will-9c30ff = Ce que le fonds permettra de financer

## list item 1
# @source: specialist counselling for children and young people
specialist-counselling-for-44a9ca = un accompagnement psychologique spécialisé pour les enfants et les jeunes

## list item 2
# @source: independent advocates to support victims through the criminal justice process
independent-advocates-to-support-49b2fc = des référents indépendants chargés d'accompagner les victimes tout au long de la procédure pénale

## list item 3
# @source: a national helpline for parents and carers, open seven days a week
a-national-helpline-for-ecc1f4 = une ligne d'assistance nationale pour les parents et les aidants, ouverte sept jours sur sept

## list item 4
# @source: practical help removing images and content from the internet
practical-help-removing-images-708803 = une aide concrète pour faire retirer des images et des contenus d'Internet

## quote 1
# @source: No victim should have to face the aftermath of online abuse alone. This funding means children and families will get expert help quickly, from people who understand exactly what they are going through.
no-victim-should-have-ca4d79 = Aucune victime ne devrait avoir à affronter seule les conséquences de violences en ligne. Grâce à ce financement, les enfants et les familles bénéficieront rapidement de l'aide de spécialistes, des personnes qui comprennent exactement ce qu'ils traversent.

## attribution 1
# @source: Victoria Ashworth MP, Minister for Victims and Safeguarding
victoria-ashworth-mp-minister-b22729 = Victoria Ashworth, députée, ministre chargée des Victimes et de la Protection des personnes vulnérables

## paragraph 4
# @source: The announcement follows a review of victim services led by Dr. Jonathan Ellery, which found that some families had waited more than six months for counselling. The review also found that support varied widely depending on where victims lived. Is it fair that a child in one town gets help within a week while a child in another waits half a year? The review concluded that it is not.
the-announcement-follows-a-52e299 = Cette annonce fait suite à un examen des services d'aide aux victimes, conduit par le Dr Jonathan Ellery, qui a révélé que certaines familles avaient attendu plus de six mois avant de bénéficier d'un accompagnement psychologique. L'examen a également montré que le soutien variait fortement selon le lieu de résidence des victimes. Est-il juste qu'un enfant obtienne de l'aide en une semaine dans une ville alors qu'un autre, ailleurs, attend six mois ? L'examen a conclu que non.

## heading 2
# @source: How charities can apply
how-charities-can-apply-5bc23b = Comment les associations peuvent déposer leur candidature

## list item 5
# @source: Read the fund prospectus on [GOV.UK](https://www.gov.uk/government/publications/online-harms-victims-fund).
read-the-fund-prospectus-5bef1f = Consultez la présentation détaillée du fonds sur [GOV.UK](https://www.gov.uk/government/publications/online-harms-victims-fund).

## list item 6
# @source: Submit an expression of interest by 15 January 2027.
submit-an-expression-of-098536 = Envoyez une manifestation d'intérêt au plus tard le 15 janvier 2027.

## list item 7
# @source: Shortlisted organisations will be invited to submit a full bid in February 2027.
shortlisted-organisations-will-1fa26c = Les organisations présélectionnées seront invitées à présenter un dossier de candidature complet en février 2027.

## paragraph 5
# @source: The first grants are expected to be awarded in April 2027.
the-first-grants-are-25c38e = Les premières subventions devraient être attribuées en avril 2027.

## paragraph 6
# @source: The government is committed to working with international partners, industry and charities to make the UK the safest place in the world to be online.
the-government-is-committed-ec2a42 = Le gouvernement s'engage à travailler avec ses partenaires internationaux, les entreprises et les associations caritatives pour faire du Royaume-Uni le pays le plus sûr au monde pour naviguer en ligne.

## heading 3
# @source: Notes to editors
notes-to-editors-541549 = Notes aux rédactions

## list item 8
# @source: The fund is jointly financed by the Ministry of Justice and the Home Office, with contributions of £25 million and £10 million respectively.
the-fund-is-jointly-21a02e = Le fonds est cofinancé par le ministère de la Justice et le ministère de l'Intérieur britannique, qui y contribuent respectivement à hauteur de 25 millions et de 10 millions de livres.

## list item 9
# @source: Police-recorded crime figures are taken from the latest statistics published by the Office for National Statistics.
police-recorded-crime-figures-818e39 = Les chiffres de la criminalité enregistrée par la police sont tirés des dernières statistiques publiées par l'Office for National Statistics (ONS).

## list item 10
# @source: The independent review of victim services was commissioned in January 2026; its full report is published alongside this announcement.
the-independent-review-of-d65514 = L'examen indépendant des services d'aide aux victimes a été commandé en janvier 2026 ; son rapport complet est publié parallèlement à cette annonce.

## list item 11
# @source: For interview requests, contact press.office@example.gov.uk.
for-interview-requests-contact-8b3ff5 = Pour toute demande d'interview, contactez press.office@example.gov.uk.

## heading 4
# @source: Contacts
contacts-b45064 = Contacts

## paragraph 7
# @source: Ministry of Justice press office: 020 3334 3536, [press.office@example.gov.uk](mailto:press.office@example.gov.uk)
ministry-of-justice-press-084dd2 = Service de presse du ministère de la Justice : 020 3334 3536, [press.office@example.gov.uk](mailto:press.office@example.gov.uk)
