### Release `operation-online-fraud`, translated into fr.
### Translate the text after `=`. Lines starting with `# @` are managed by relingo
### (see the README, section "For translators"); your own comments are kept.

## title
# @source: International operation disrupts online fraud networks
international-operation-disrupts-16a41c = Une opération internationale porte un coup dur aux réseaux de fraude en ligne

## lead
# @source: A six-week operation led by the UK with partners in 27 countries has led to 312 arrests and the seizure of £18.7 million in criminal assets.
a-six-week-operation-d24765 = Une opération de six semaines menée par le Royaume-Uni avec des partenaires de 27 pays a permis 312 arrestations et la saisie de 18,7 millions de livres d'avoirs criminels.

## location
# @source: London
london-ecc0e7 = Londres

## department
# @source: National Crime Agency
national-crime-agency-f70013 = National Crime Agency

## paragraph 1
# @source: A major international law-enforcement operation against organised online fraud has resulted in **312 arrests** across 27 countries, the National Crime Agency (NCA) announced today.
a-major-international-law-efb65a = Une vaste opération internationale des services répressifs contre la fraude en ligne organisée a abouti à **312 arrestations** dans 27 pays, a annoncé aujourd'hui la National Crime Agency (NCA).

## paragraph 2
# @source: The six-week operation, codenamed *Operation Lantern*, targeted criminal networks running fake investment websites, romance scams and so-called "sextortion" schemes aimed at teenagers. Officers from the UK worked alongside colleagues from Europol, the U.S. Federal Bureau of Investigation and police forces across Africa and Asia.
the-six-week-operation-f0d559 = Cette opération de six semaines, baptisée *opération Lantern*, visait des réseaux criminels exploitant de faux sites d'investissement, des arnaques sentimentales et des stratagèmes dits de « sextorsion » ciblant des adolescents. Des agents britanniques ont travaillé aux côtés de leurs homologues d'Europol, du FBI américain et de services de police d'Afrique et d'Asie.

## heading 1
# @source: Results of the operation
results-of-the-operation-ca6554 = Résultats de l'opération

## list item 1
# @source: 312 suspects arrested, including 41 in the UK
n312-suspects-arrested-including-93b11b = 312 suspects arrêtés, dont 41 au Royaume-Uni

## list item 2
# @source: £18.7 million in cash, cryptocurrency and property seized or frozen
n18-7-million-in-d3d5e1 = 18,7 millions de livres en espèces, en cryptomonnaies et en biens saisis ou gelés

## list item 3
# @source: 2,900 fraudulent websites and 14,000 social media accounts taken down
n2-900-fraudulent-websites-7e626c = 2 900 sites frauduleux et 14 000 comptes de réseaux sociaux supprimés

## list item 4
# @source: more than 6,500 victims identified, of whom roughly 9% were under 18
more-than-6-500-e53207 = plus de 6 500 victimes identifiées, dont environ 9 % âgées de moins de 18 ans

## paragraph 3
# @source: Investigators believe the networks had defrauded victims of at least £96 million since 2023. Some of the money was laundered through cryptocurrency exchanges and shell companies registered in several jurisdictions.
investigators-believe-the-c30900 = Selon les enquêteurs, ces réseaux auraient escroqué leurs victimes d'au moins 96 millions de livres depuis 2023. Une partie de ces fonds a été blanchie par l'intermédiaire de plateformes d'échange de cryptomonnaies et de sociétés écrans immatriculées dans plusieurs juridictions.

## quote 1
# @source: This operation shows what can be achieved when police forces work together across borders. Criminals who think they can hide behind a screen in another country should think again.
this-operation-shows-what-84da42 = Cette opération montre ce qu'il est possible d'accomplir lorsque les forces de police coopèrent par-delà les frontières. Les criminels qui pensent pouvoir se cacher derrière un écran dans un autre pays feraient bien d'y réfléchir à deux fois.

## attribution 1
# @source: Sarah Whitcombe, Director of Investigations, National Crime Agency
sarah-whitcombe-director-of-55e49e = Sarah Whitcombe, directrice des enquêtes, National Crime Agency

## paragraph 4
# @source: Of particular concern were groups that posed as young people online to trick teenagers into sharing intimate images, and then demanded payment. How many young people suffered in silence before coming forward? The NCA estimates that only a small fraction of cases are ever reported.
of-particular-concern-were-c0de04 = Les groupes qui se faisaient passer pour des jeunes en ligne afin d'amener des adolescents à partager des images intimes, avant d'exiger de l'argent, suscitaient une inquiétude particulière. Combien de jeunes ont souffert en silence avant d'oser parler ? La NCA estime que seule une petite partie des cas est signalée.

## quote 2
# @source: My message to any young person who is being threatened online is simple: it is not your fault, and you are not alone. Tell a trusted adult or contact us, and we will help.
my-message-to-any-35cde8 = Mon message à tous les jeunes menacés en ligne est simple : ce n'est pas de votre faute, et vous n'êtes pas seuls. Parlez-en à un adulte de confiance ou contactez-nous, et nous vous aiderons.

## attribution 2
# @source: Dr. Amir Qureshi, Head of Child Protection, National Crime Agency
dr-amir-qureshi-head-fb7459 = Dr Amir Qureshi, responsable de la protection de l'enfance, National Crime Agency

## paragraph 5
# @source: Anyone who has been targeted can report it through the [CEOP Safety Centre](https://www.ceop.police.uk/safety-centre/). Advice for parents is available from the [Internet Watch Foundation](https://www.iwf.org.uk/).
anyone-who-has-been-863316 = Toute personne ciblée peut le signaler auprès du [CEOP Safety Centre](https://www.ceop.police.uk/safety-centre/). Des conseils destinés aux parents sont proposés par l'[Internet Watch Foundation](https://www.iwf.org.uk/).

## image alt text 1
# @source: Officers examining seized laptops and mobile phones during Operation Lantern
officers-examining-seized-c1620f = Des agents examinent des ordinateurs portables et des téléphones mobiles saisis lors de l'opération Lantern

## heading 2
# @source: What happens next
what-happens-next-8f9b77 = Prochaines étapes

## list item 5
# @source: Suspects arrested in the UK will appear before magistrates over the coming weeks.
suspects-arrested-in-the-7d9177 = Les suspects arrêtés au Royaume-Uni comparaîtront devant les magistrates' courts au cours des prochaines semaines.

## list item 6
# @source: Seized assets will be pursued through the courts under the Proceeds of Crime Act 2002.
seized-assets-will-be-5ada06 = La confiscation des avoirs saisis sera demandée devant les tribunaux en vertu de la loi de 2002 sur les produits du crime (Proceeds of Crime Act 2002).

## list item 7
# @source: Victims will be contacted by local police forces and offered support.
victims-will-be-contacted-cb6695 = Les victimes seront contactées par les forces de police locales, qui leur proposeront un accompagnement.

## paragraph 6
# @source: The WePROTECT Global Alliance brings together governments, companies and civil society organisations to end the sexual exploitation of children online.
the-weprotect-global-alliance-e9612a = La WePROTECT Global Alliance réunit des gouvernements, des entreprises et des organisations de la société civile afin de mettre fin à l'exploitation sexuelle des enfants en ligne.

## heading 3
# @source: Notes to editors
notes-to-editors-541549 = Notes aux rédactions

## list item 8
# @source: Operation Lantern ran from 28 September to 8 November 2026 and was coordinated from Europol's headquarters in The Hague.
operation-lantern-ran-from-c03e2d = L'opération Lantern s'est déroulée du 28 septembre au 8 novembre 2026 et a été coordonnée depuis le siège d'Europol à La Haye.

## list item 9
# @source: Arrest figures are provisional and may change as investigations continue.
arrest-figures-are-provisional-ace941 = Les chiffres relatifs aux arrestations sont provisoires et susceptibles d'évoluer à mesure que les enquêtes progressent.

## list item 10
# @source: Photographs and b-roll footage are available from press.office@example.gov.uk.
photographs-and-b-roll-47c7aa = Des photographies et des images d'illustration (b-roll) sont disponibles auprès de press.office@example.gov.uk.

## heading 4
# @source: Contacts
contacts-b45064 = Contacts

## paragraph 7
# @source: NCA press office: 020 7238 2700, [press.office@example.gov.uk](mailto:press.office@example.gov.uk)
nca-press-office-020-e11ca7 = Service de presse de la NCA : 020 7238 2700, [press.office@example.gov.uk](mailto:press.office@example.gov.uk)
