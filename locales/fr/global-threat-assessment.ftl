### Release `global-threat-assessment`, translated into fr.
### Translate the text after `=`. Lines starting with `# @` are managed by relingo
### (see the README, section "For translators"); your own comments are kept.

## title
# @source: Global assessment warns of growing online dangers to children
global-assessment-warns-of-5fd264 = Un rapport mondial alerte sur les dangers du web pour les enfants

## lead
# @source: A Global Threat Assessment, commissioned by the WePROTECT Global Alliance against child sexual exploitation, has highlighted the growing dangers posed to children by the growth of smart phone technology and an expanding online community of tech offenders.
a-global-threat-assessment-f2d810 = Une évaluation mondiale de la menace, commandée par la WePROTECT Global Alliance contre l'exploitation sexuelle des enfants, a mis en évidence les dangers croissants auxquels les enfants sont exposés du fait de l'essor des smartphones et de l'expansion d'une communauté de délinquants sévissant en ligne.

## paragraph 1
# @source: It found that technology is allowing offender communities to organise at an unprecedented scale using the dark net and anonymous communication software.
it-found-that-technology-3e5cec = Elle constate que la technologie permet aux réseaux de délinquants de s'organiser à une échelle sans précédent grâce au darknet et aux logiciels de communication anonyme.

## paragraph 2
# @source: The Threat Assessment will be presented by Minister for Crime, Safeguarding and Vulnerability, Victoria Atkins on Wednesday afternoon at the Agenda 2030 for Children: End Violence Solutions Summit (the Solutions Summit) in Stockholm, which is co-hosted by the WePROTECT Global Alliance, the Partnership to End Violence Against Children and the Swedish Government.
the-threat-assessment-will-39bbcb = L'évaluation de la menace sera présentée mercredi après-midi par Victoria Atkins, ministre chargée de la Criminalité, de la Protection et de la Vulnérabilité, lors du sommet « Agenda 2030 pour les enfants : des solutions pour mettre fin à la violence » (le Solutions Summit), à Stockholm, coorganisé par la WePROTECT Global Alliance, le Partenariat mondial pour mettre fin à la violence envers les enfants et le gouvernement suédois.

## paragraph 3
# @source: The Minister said:
the-minister-said-0bdb1c = La ministre a déclaré :

## quote 1
# @source: Online child sexual exploitation is heinous crime which has a truly devastating impact on its victims. We cannot allow any corner of the internet to be looked upon as a safe space for these despicable predators to gather, share indecent images or prey on our children.
online-child-sexual-exploitation-52a3bc = L'exploitation sexuelle des enfants en ligne est un crime odieux, aux conséquences véritablement dévastatrices pour ses victimes. Nous ne pouvons laisser aucun recoin d'Internet devenir un refuge où ces prédateurs abjects peuvent se retrouver, échanger des images pédopornographiques ou s'en prendre à nos enfants.

## paragraph 4
# @source: The NCA continues to lead operations against dark net criminals, including joint operations with international law enforcement and industry. We have committed 20 million over the spending review period to the NCA, plus additional funding of 10 million for specialist teams. This has led to near doubling of their investigative capability which will lead to more children being protected and more offenders brought out of the shadows and to justice.
the-nca-continues-to-79be6d = La NCA continue de mener des opérations contre les criminels du darknet, notamment des opérations conjointes avec les services répressifs internationaux et les acteurs du secteur. Nous avons engagé 20 millions de livres en faveur de la NCA sur la période couverte par l'examen des dépenses, auxquels s'ajoute un financement supplémentaire de 10 millions de livres pour des équipes spécialisées. Ses capacités d'enquête ont ainsi presque doublé, ce qui permettra de protéger davantage d'enfants et de faire sortir de l'ombre davantage de délinquants pour les traduire en justice.

## paragraph 5
# @source: The UK continues to lead international action on online child sexual exploitation through the WePROTECT Global Alliance, in addition to committing 40million over four years to the End Violence Against Children Fund, as well as investing in new technology to find and remove more illegal imagery of children than ever before.
the-uk-continues-to-38dbe2 = Le Royaume-Uni continue de mener l'action internationale contre l'exploitation sexuelle des enfants en ligne au travers de la WePROTECT Global Alliance ; il s'est en outre engagé à verser 40 millions de livres sur quatre ans au Fonds pour mettre fin à la violence envers les enfants et investit dans de nouvelles technologies afin de détecter et de supprimer plus d'images illicites d'enfants que jamais.

## paragraph 6
# @source: The report also found that the growing ownership of mobile devices, expansion of high speed internet and ubiquity of encrypted communications technology is allowing offenders from anywhere in the world to target children.
the-report-also-found-6027c4 = Le rapport constate également que la diffusion croissante des appareils mobiles, le développement de l'Internet à haut débit et l'omniprésence des technologies de communication chiffrée permettent à des délinquants du monde entier de cibler des enfants.

## paragraph 7
# @source: The Threat Assessment, which brought together existing research as well as data from such sources as the US Department of Justice and INTERPOL, also found that:
the-threat-assessment-which-b81fb6 = L'évaluation de la menace, qui s'appuie sur des travaux de recherche existants ainsi que sur des données provenant notamment du ministère de la Justice des États-Unis et d'INTERPOL, constate également que :

## list item 1
# @source: Individual dark net sites are hosting up to 1million paedophiles, who regularly meet to plan and encourage online abuse and share up to 1.6m files.
individual-dark-net-sites-0cb90e = Certains sites du darknet hébergent à eux seuls jusqu'à 1 million de pédophiles, qui s'y retrouvent régulièrement pour planifier et encourager des abus en ligne et partager jusqu'à 1,6 million de fichiers.

## list item 2
# @source: Increasingly offending is now committed entirely online, with offenders coercing and extorting children into producing indecent images of themselves via webcams.
increasingly-offending-is-now-6474f3 = Les infractions sont de plus en plus souvent commises entièrement en ligne, les délinquants contraignant des enfants, par la menace ou le chantage, à produire des images indécentes d'eux-mêmes au moyen de leur webcam.

## list item 3
# @source: As our children get older, their access and competence in the use of technology increases - as do the range of threats they face.
as-our-children-get-b97047 = À mesure que nos enfants grandissent, leur accès à la technologie et leur aisance dans son utilisation progressent, tout comme l'éventail des menaces auxquelles ils sont exposés.

## list item 4
# @source: The presence of a video camera on every device and computer has seen peer to peer image sharing make way for the increasing threat of live streaming.
the-presence-of-a-eccbd4 = Avec la présence d'une caméra sur chaque appareil et chaque ordinateur, le partage d'images de pair à pair cède la place à la menace croissante de la diffusion en direct.

## paragraph 8
# @source: Launched by the UK Government in 2014, the WePROTECT Global Alliance is a global movement that brings together the influence, expertise and resources required to transform how online child sexual exploitation is dealt with worldwide.
launched-by-the-uk-0ae2db = Lancée par le gouvernement britannique en 2014, la WePROTECT Global Alliance est un mouvement mondial qui réunit l'influence, l'expertise et les ressources nécessaires pour transformer la manière dont l'exploitation sexuelle des enfants en ligne est combattue dans le monde entier.
