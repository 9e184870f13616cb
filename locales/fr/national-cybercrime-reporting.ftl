### Release `national-cybercrime-reporting`, translated into fr.
### Translate the text after `=`. Lines starting with `# @` are managed by relingo
### (see the README, section "For translators"); your own comments are kept.

## title
# @source: New national service makes reporting cybercrime quicker
new-national-service-makes-ee7751 = Un nouveau service national pour signaler plus rapidement la cybercriminalité

## lead
# @source: A single 24-hour online and telephone service will let victims of fraud and cybercrime report offences and get help in minutes.
a-single-24-hour-18053b = Un service unique, en ligne et par téléphone, accessible 24 heures sur 24, permettra aux victimes de fraude et de cybercriminalité de signaler des infractions et d'obtenir de l'aide en quelques minutes.

## location
# @source: London
london-ecc0e7 = Londres

## department
# @source: Home Office
home-office-08e0c2 = Ministère de l'Intérieur britannique

## paragraph 1
# @source: Victims of fraud, hacking and online abuse will be able to report crimes and receive tailored advice in minutes through a new national cybercrime reporting service launched today by the Home Office.
victims-of-fraud-hacking-da1cbb = Les victimes de fraude, de piratage informatique et de violences en ligne pourront signaler des infractions et recevoir des conseils personnalisés en quelques minutes grâce à un nouveau service national de signalement de la cybercriminalité lancé aujourd'hui par le ministère de l'Intérieur britannique.

## paragraph 2
# @source: The service replaces a patchwork of regional systems. It will be available 24 hours a day, seven days a week, online and by telephone. Reports will be assessed within 48 hours, and victims will be told what happens next. No more waiting weeks for a reference number!
the-service-replaces-a-680755 = Ce service remplace une mosaïque de dispositifs régionaux. Il sera accessible 24 heures sur 24, 7 jours sur 7, en ligne et par téléphone. Les signalements seront examinés sous 48 heures et les victimes seront informées de la suite qui leur sera donnée. Fini les semaines d'attente pour obtenir un numéro de référence !

## paragraph 3
# @source: Fraud now accounts for around 40% of all crime experienced by adults in England and Wales, yet fewer than one in seven incidents is reported to the police. The government wants to change that.
fraud-now-accounts-for-4cf25a = La fraude représente désormais environ 40 % de l'ensemble des infractions subies par les adultes en Angleterre et au pays de Galles, et pourtant moins d'un incident sur sept est signalé à la police. Le gouvernement entend changer cette situation.

## heading 1
# @source: What victims can expect
what-victims-can-expect-9b61cc = Ce que les victimes peuvent attendre du service

## list item 1
# @source: a single web address and phone number for every type of cybercrime
a-single-web-address-90d462 = une adresse web et un numéro de téléphone uniques pour tous les types de cybercriminalité

## list item 2
# @source: an automatic crime reference number on submission
an-automatic-crime-reference-9227d8 = un numéro de référence attribué automatiquement dès l'envoi du signalement

## list item 3
# @source: specialist support for children and young people, including a dedicated route for reports of online sexual exploitation
specialist-support-for-children-db1dae = un accompagnement spécialisé pour les enfants et les jeunes, avec notamment une procédure dédiée au signalement de l'exploitation sexuelle en ligne

## list item 4
# @source: regular updates by text or e-mail, i.e. at every key stage of the investigation
regular-updates-by-text-1a96ef = des informations régulières par SMS ou par courriel, c'est-à-dire à chaque étape clé de l'enquête

## paragraph 4
# @source: The new service will be staffed by 1,200 trained call handlers and analysts. It will also share intelligence in real time with the National Crime Agency and all 43 police forces in England and Wales.
the-new-service-will-dea75b = Le nouveau service mobilisera 1 200 téléconseillers et analystes formés. Il partagera également des renseignements en temps réel avec la National Crime Agency et l'ensemble des 43 forces de police d'Angleterre et du pays de Galles.

## quote 1
# @source: Too many people have felt that reporting a scam was pointless. This service puts victims first, gets their information to investigators faster and helps us shut criminals down before they strike again.
too-many-people-have-a21aa8 = Trop de gens ont eu le sentiment qu'il était inutile de signaler une escroquerie. Ce service place les victimes au premier plan, transmet plus rapidement leurs informations aux enquêteurs et nous aide à mettre les criminels hors d'état de nuire avant qu'ils ne frappent à nouveau.

## attribution 1
# @source: Mr. David Kerrigan, Minister for Security
mr-david-kerrigan-minister-b3d15c = M. David Kerrigan, ministre de la Sécurité

## paragraph 5
# @source: Mr. Kerrigan visited the service's operations centre in Manchester on Tuesday, where he met staff and heard a live call from a small business owner who had lost £12,500 to an invoice fraud.
mr-kerrigan-visited-the-03a371 = M. Kerrigan s'est rendu mardi au centre opérationnel du service à Manchester, où il a rencontré le personnel et écouté en direct l'appel d'un chef de petite entreprise qui avait perdu 12 500 livres dans une fraude à la facture.

## image alt text 1
# @source: Call handlers working at the new national cybercrime reporting centre in Manchester
call-handlers-working-at-97f328 = Des téléconseillers au travail dans le nouveau centre national de signalement de la cybercriminalité, à Manchester

## heading 2
# @source: How to report
how-to-report-2ee208 = Comment faire un signalement

## list item 5
# @source: Go to [the reporting service](https://www.gov.uk/report-cybercrime) or call 0300 123 2040.
go-to-the-reporting-167dd1 = Rendez-vous sur [le service de signalement](https://www.gov.uk/report-cybercrime) ou appelez le 0300 123 2040.

## list item 6
# @source: Describe what happened and provide any evidence you have, e.g. screenshots or bank statements.
describe-what-happened-and-a354d8 = Décrivez ce qui s'est passé et fournissez tous les éléments de preuve dont vous disposez, par exemple des captures d'écran ou des relevés bancaires.

## list item 7
# @source: Receive your crime reference number and personalised advice.
receive-your-crime-reference-32743f = Recevez votre numéro de référence ainsi que des conseils personnalisés.

## paragraph 6
# @source: If a crime is in progress or someone is in immediate danger, always call 999.
if-a-crime-is-483a81 = Si une infraction est en cours ou si une personne est en danger immédiat, appelez toujours le 999.

## paragraph 7
# @source: The government is committed to working with international partners, industry and charities to make the UK the safest place in the world to be online.
the-government-is-committed-ec2a42 = Le gouvernement s'engage à travailler avec ses partenaires internationaux, les entreprises et les associations caritatives pour faire du Royaume-Uni le pays le plus sûr au monde pour naviguer en ligne.

## heading 3
# @source: Notes to editors
notes-to-editors-541549 = Notes aux rédactions

## list item 8
# @source: The service has been funded with £42 million over four years as part of the national Fraud Strategy.
the-service-has-been-47eb27 = Le service est financé à hauteur de 42 millions de livres sur quatre ans dans le cadre de la stratégie nationale de lutte contre la fraude (Fraud Strategy).

## list item 9
# @source: Estimates of fraud prevalence come from the Crime Survey for England and Wales for the year ending June 2026.
estimates-of-fraud-prevalence-ba049c = Les estimations de la prévalence de la fraude proviennent de l'enquête sur la criminalité en Angleterre et au pays de Galles (Crime Survey for England and Wales) portant sur les douze mois se terminant en juin 2026.

## list item 10
# @source: A short video of the operations centre is available on request from newsdesk@example.gov.uk.
a-short-video-of-af18ad = Une courte vidéo du centre opérationnel est disponible sur demande à l'adresse newsdesk@example.gov.uk.

## heading 4
# @source: Contacts
contacts-b45064 = Contacts

## paragraph 8
# @source: Home Office press office: 020 7035 3535, [newsdesk@example.gov.uk](mailto:newsdesk@example.gov.uk)
home-office-press-office-320f47 = Service de presse du ministère de l'Intérieur britannique : 020 7035 3535, [newsdesk@example.gov.uk](mailto:newsdesk@example.gov.uk)
