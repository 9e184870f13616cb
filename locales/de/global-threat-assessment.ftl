### Release `global-threat-assessment`, translated into de.
### Translate the text after `=`. Lines starting with `# @` are managed by relingo
### (see the README, section "For translators"); your own comments are kept.

## title
# @source: Global assessment warns of growing online dangers to children
global-assessment-warns-of-5fd264 = Globale Bewertung warnt vor wachsenden Online-Gefahren für Kinder

## lead
# @source: A Global Threat Assessment, commissioned by the WePROTECT Global Alliance against child sexual exploitation, has highlighted the growing dangers posed to children by the growth of smart phone technology and an expanding online community of tech offenders.
a-global-threat-assessment-f2d810 = Eine von der WePROTECT Global Alliance gegen die sexuelle Ausbeutung von Kindern in Auftrag gegebene globale Bedrohungsanalyse (Global Threat Assessment) weist auf die zunehmenden Gefahren hin, die Kindern durch die Verbreitung der Smartphone-Technologie und eine wachsende Online-Gemeinschaft technikversierter Täter drohen.

## paragraph 1
# @source: It found that technology is allowing offender communities to organise at an unprecedented scale using the dark net and anonymous communication software.
it-found-that-technology-3e5cec = Demnach ermöglicht es die Technik Täterkreisen, sich über das Darknet und anonyme Kommunikationssoftware in einem nie dagewesenen Ausmaß zu organisieren.

## paragraph 2
# @source: The Threat Assessment will be presented by Minister for Crime, Safeguarding and Vulnerability, Victoria Atkins on Wednesday afternoon at the Agenda 2030 for Children: End Violence Solutions Summit (the Solutions Summit) in Stockholm, which is co-hosted by the WePROTECT Global Alliance, the Partnership to End Violence Against Children and the Swedish Government.
the-threat-assessment-will-39bbcb = Die Bedrohungsanalyse wird am Mittwochnachmittag von Victoria Atkins, Ministerin für Kriminalität, Schutz gefährdeter Personen und Vulnerabilität, auf dem Gipfel „Agenda 2030 for Children: End Violence Solutions Summit“ (Solutions Summit) in Stockholm vorgestellt, der gemeinsam von der WePROTECT Global Alliance, der Partnership to End Violence Against Children und der schwedischen Regierung ausgerichtet wird.

## paragraph 3
# @source: The Minister said:
the-minister-said-0bdb1c = Die Ministerin erklärte:

## quote 1
# @source: Online child sexual exploitation is heinous crime which has a truly devastating impact on its victims. We cannot allow any corner of the internet to be looked upon as a safe space for these despicable predators to gather, share indecent images or prey on our children.
online-child-sexual-exploitation-52a3bc = Die sexuelle Ausbeutung von Kindern im Internet ist ein abscheuliches Verbrechen, das für die Opfer verheerende Folgen hat. Wir dürfen nicht zulassen, dass irgendein Winkel des Internets als sicherer Rückzugsort für diese verachtenswerten Täter gilt, an dem sie sich treffen, Missbrauchsdarstellungen austauschen oder unseren Kindern nachstellen können.

## paragraph 4
# @source: The NCA continues to lead operations against dark net criminals, including joint operations with international law enforcement and industry. We have committed 20 million over the spending review period to the NCA, plus additional funding of 10 million for specialist teams. This has led to near doubling of their investigative capability which will lead to more children being protected and more offenders brought out of the shadows and to justice.
the-nca-continues-to-79be6d = Die NCA führt weiterhin Einsätze gegen Kriminelle im Darknet an, darunter gemeinsame Operationen mit internationalen Strafverfolgungsbehörden und der Wirtschaft. Wir haben der NCA für den Zeitraum der laufenden Ausgabenplanung (Spending Review) 20 Millionen Pfund zugesagt, dazu weitere 10 Millionen Pfund für Spezialteams. Dadurch haben sich ihre Ermittlungskapazitäten nahezu verdoppelt, sodass mehr Kinder geschützt und mehr Täter aus dem Verborgenen geholt und vor Gericht gebracht werden können.

## paragraph 5
# @source: The UK continues to lead international action on online child sexual exploitation through the WePROTECT Global Alliance, in addition to committing 40million over four years to the End Violence Against Children Fund, as well as investing in new technology to find and remove more illegal imagery of children than ever before.
the-uk-continues-to-38dbe2 = Das Vereinigte Königreich nimmt über die WePROTECT Global Alliance weiterhin eine Vorreiterrolle bei den internationalen Maßnahmen gegen die sexuelle Ausbeutung von Kindern im Internet ein. Darüber hinaus hat es dem End Violence Against Children Fund über vier Jahre 40 Millionen Pfund zugesagt und investiert in neue Technologien, um mehr illegale Darstellungen von Kindern aufzuspüren und zu entfernen als je zuvor.

## paragraph 6
# @source: The report also found that the growing ownership of mobile devices, expansion of high speed internet and ubiquity of encrypted communications technology is allowing offenders from anywhere in the world to target children.
the-report-also-found-6027c4 = Der Bericht stellt außerdem fest, dass die zunehmende Verbreitung mobiler Endgeräte, der Ausbau des Hochgeschwindigkeitsinternets und die allgegenwärtige verschlüsselte Kommunikationstechnik es Tätern überall auf der Welt ermöglichen, Kinder ins Visier zu nehmen.

## paragraph 7
# @source: The Threat Assessment, which brought together existing research as well as data from such sources as the US Department of Justice and INTERPOL, also found that:
the-threat-assessment-which-b81fb6 = Die Bedrohungsanalyse, die vorhandene Forschungsergebnisse sowie Daten aus Quellen wie dem US-Justizministerium und INTERPOL zusammenführt, kommt zudem zu folgenden Ergebnissen:

## list item 1
# @source: Individual dark net sites are hosting up to 1million paedophiles, who regularly meet to plan and encourage online abuse and share up to 1.6m files.
individual-dark-net-sites-0cb90e = Einzelne Darknet-Seiten zählen bis zu 1 Million pädophile Nutzer, die sich regelmäßig treffen, um Online-Missbrauch zu planen und dazu anzustiften, und dabei bis zu 1,6 Mio. Dateien austauschen.

## list item 2
# @source: Increasingly offending is now committed entirely online, with offenders coercing and extorting children into producing indecent images of themselves via webcams.
increasingly-offending-is-now-6474f3 = Straftaten werden zunehmend vollständig online begangen: Täter nötigen und erpressen Kinder dazu, über Webcams sexuelle Aufnahmen von sich selbst anzufertigen.

## list item 3
# @source: As our children get older, their access and competence in the use of technology increases - as do the range of threats they face.
as-our-children-get-b97047 = Je älter unsere Kinder werden, desto mehr Zugang zu Technik haben sie und desto versierter gehen sie damit um – doch ebenso wächst die Bandbreite der Gefahren, denen sie ausgesetzt sind.

## list item 4
# @source: The presence of a video camera on every device and computer has seen peer to peer image sharing make way for the increasing threat of live streaming.
the-presence-of-a-eccbd4 = Da inzwischen jedes Gerät und jeder Computer über eine Videokamera verfügt, weicht der Austausch von Bildern zwischen Nutzern (Peer-to-Peer) zunehmend der wachsenden Bedrohung durch Livestreaming.

## paragraph 8
# @source: Launched by the UK Government in 2014, the WePROTECT Global Alliance is a global movement that brings together the influence, expertise and resources required to transform how online child sexual exploitation is dealt with worldwide.
launched-by-the-uk-0ae2db = Die 2014 von der britischen Regierung ins Leben gerufene WePROTECT Global Alliance ist eine weltweite Bewegung, die den Einfluss, das Fachwissen und die Ressourcen bündelt, die nötig sind, um den Umgang mit der sexuellen Ausbeutung von Kindern im Internet weltweit grundlegend zu verändern.
