### Release `global-threat-assessment`, translated into es.
### Translate the text after `=`. Lines starting with `# @` are managed by relingo
### (see the README, section "For translators"); your own comments are kept.

## title
# @source: Global assessment warns of growing online dangers to children
global-assessment-warns-of-5fd264 = Un informe mundial alerta de los peligros en línea para menores

## lead
# @source: A Global Threat Assessment, commissioned by the WePROTECT Global Alliance against child sexual exploitation, has highlighted the growing dangers posed to children by the growth of smart phone technology and an expanding online community of tech offenders.
a-global-threat-assessment-f2d810 = Una evaluación mundial de la amenaza, encargada por la WePROTECT Global Alliance contra la explotación sexual infantil, ha puesto de relieve los crecientes peligros que suponen para los niños el auge de los teléfonos inteligentes y una comunidad cada vez mayor de delincuentes que actúan en internet.

## paragraph 1
# @source: It found that technology is allowing offender communities to organise at an unprecedented scale using the dark net and anonymous communication software.
it-found-that-technology-3e5cec = El informe concluye que la tecnología está permitiendo a las comunidades de delincuentes organizarse a una escala sin precedentes a través de la red oscura y de programas de comunicación anónima.

## paragraph 2
# @source: The Threat Assessment will be presented by Minister for Crime, Safeguarding and Vulnerability, Victoria Atkins on Wednesday afternoon at the Agenda 2030 for Children: End Violence Solutions Summit (the Solutions Summit) in Stockholm, which is co-hosted by the WePROTECT Global Alliance, the Partnership to End Violence Against Children and the Swedish Government.
the-threat-assessment-will-39bbcb = La ministra de Delincuencia, Protección y Vulnerabilidad, Victoria Atkins, presentará la evaluación de la amenaza el miércoles por la tarde en la cumbre «Agenda 2030 para la infancia: soluciones para poner fin a la violencia» (la Cumbre de Soluciones), que se celebra en Estocolmo y está organizada conjuntamente por la WePROTECT Global Alliance, la Alianza Mundial para Acabar con la Violencia contra los Niños y el Gobierno sueco.

## paragraph 3
# @source: The Minister said:
the-minister-said-0bdb1c = La ministra declaró:

## quote 1
# @source: Online child sexual exploitation is heinous crime which has a truly devastating impact on its victims. We cannot allow any corner of the internet to be looked upon as a safe space for these despicable predators to gather, share indecent images or prey on our children.
online-child-sexual-exploitation-52a3bc = La explotación sexual infantil en internet es un delito atroz que tiene un efecto verdaderamente devastador en sus víctimas. No podemos permitir que ningún rincón de internet se considere un espacio seguro en el que estos depredadores despreciables puedan reunirse, compartir imágenes de abuso sexual infantil o acechar a nuestros hijos.

## paragraph 4
# @source: The NCA continues to lead operations against dark net criminals, including joint operations with international law enforcement and industry. We have committed 20 million over the spending review period to the NCA, plus additional funding of 10 million for specialist teams. This has led to near doubling of their investigative capability which will lead to more children being protected and more offenders brought out of the shadows and to justice.
the-nca-continues-to-79be6d = La NCA sigue liderando operaciones contra los delincuentes de la red oscura, incluidas operaciones conjuntas con fuerzas del orden internacionales y con el sector tecnológico. Hemos destinado 20 millones de libras a la NCA durante el periodo de la revisión del gasto, además de una financiación adicional de 10 millones de libras para equipos especializados. Gracias a ello, su capacidad de investigación prácticamente se ha duplicado, lo que permitirá proteger a más niños y sacar de las sombras a más delincuentes para llevarlos ante la justicia.

## paragraph 5
# @source: The UK continues to lead international action on online child sexual exploitation through the WePROTECT Global Alliance, in addition to committing 40million over four years to the End Violence Against Children Fund, as well as investing in new technology to find and remove more illegal imagery of children than ever before.
the-uk-continues-to-38dbe2 = El Reino Unido sigue encabezando la acción internacional contra la explotación sexual infantil en internet a través de la WePROTECT Global Alliance; además, se ha comprometido a aportar 40 millones de libras en cuatro años al Fondo para Acabar con la Violencia contra los Niños y está invirtiendo en nuevas tecnologías para detectar y eliminar más imágenes ilegales de menores que nunca.

## paragraph 6
# @source: The report also found that the growing ownership of mobile devices, expansion of high speed internet and ubiquity of encrypted communications technology is allowing offenders from anywhere in the world to target children.
the-report-also-found-6027c4 = El informe también concluye que la creciente difusión de los dispositivos móviles, la expansión de internet de alta velocidad y la omnipresencia de las tecnologías de comunicación cifrada están permitiendo a delincuentes de cualquier parte del mundo atacar a los niños.

## paragraph 7
# @source: The Threat Assessment, which brought together existing research as well as data from such sources as the US Department of Justice and INTERPOL, also found that:
the-threat-assessment-which-b81fb6 = La evaluación de la amenaza, que reúne investigaciones ya existentes y datos de fuentes como el Departamento de Justicia de Estados Unidos e INTERPOL, también concluye que:

## list item 1
# @source: Individual dark net sites are hosting up to 1million paedophiles, who regularly meet to plan and encourage online abuse and share up to 1.6m files.
individual-dark-net-sites-0cb90e = Algunos sitios de la red oscura albergan por sí solos hasta 1 millón de pedófilos, que se reúnen periódicamente para planificar y fomentar abusos en línea y comparten hasta 1,6 millones de archivos.

## list item 2
# @source: Increasingly offending is now committed entirely online, with offenders coercing and extorting children into producing indecent images of themselves via webcams.
increasingly-offending-is-now-6474f3 = Cada vez más delitos se cometen íntegramente en línea: los delincuentes coaccionan y extorsionan a los niños para que produzcan imágenes indecentes de sí mismos a través de la cámara web.

## list item 3
# @source: As our children get older, their access and competence in the use of technology increases - as do the range of threats they face.
as-our-children-get-b97047 = A medida que nuestros hijos crecen, aumentan su acceso a la tecnología y su destreza en su uso, al igual que el abanico de amenazas a las que se enfrentan.

## list item 4
# @source: The presence of a video camera on every device and computer has seen peer to peer image sharing make way for the increasing threat of live streaming.
the-presence-of-a-eccbd4 = La presencia de una cámara en cada dispositivo y cada ordenador ha hecho que el intercambio de imágenes entre particulares dé paso a la creciente amenaza de la transmisión en directo.

## paragraph 8
# @source: Launched by the UK Government in 2014, the WePROTECT Global Alliance is a global movement that brings together the influence, expertise and resources required to transform how online child sexual exploitation is dealt with worldwide.
launched-by-the-uk-0ae2db = Creada por el Gobierno del Reino Unido en 2014, la WePROTECT Global Alliance es un movimiento mundial que reúne la influencia, los conocimientos y los recursos necesarios para transformar la forma en que se combate la explotación sexual infantil en línea en todo el mundo.
