### Release `global-threat-assessment`, translated into pl.
### Translate the text after `=`. Lines starting with `# @` are managed by relingo
### (see the README, section "For translators"); your own comments are kept.

## title
# @source: Global assessment warns of growing online dangers to children
global-assessment-warns-of-5fd264 = Globalna ocena ostrzega przed zagrożeniami dla dzieci w sieci

## lead
# @source: A Global Threat Assessment, commissioned by the WePROTECT Global Alliance against child sexual exploitation, has highlighted the growing dangers posed to children by the growth of smart phone technology and an expanding online community of tech offenders.
a-global-threat-assessment-f2d810 = Globalna ocena zagrożeń (Global Threat Assessment), przygotowana na zlecenie WePROTECT Global Alliance na rzecz zwalczania wykorzystywania seksualnego dzieci, zwraca uwagę na rosnące zagrożenia, jakie niesie dla dzieci upowszechnienie smartfonów oraz rozrastająca się internetowa społeczność sprawców posługujących się nowymi technologiami.

## paragraph 1
# @source: It found that technology is allowing offender communities to organise at an unprecedented scale using the dark net and anonymous communication software.
it-found-that-technology-3e5cec = Z raportu wynika, że technologia pozwala społecznościom sprawców organizować się na niespotykaną dotąd skalę za pomocą darknetu i oprogramowania do anonimowej komunikacji.

## paragraph 2
# @source: The Threat Assessment will be presented by Minister for Crime, Safeguarding and Vulnerability, Victoria Atkins on Wednesday afternoon at the Agenda 2030 for Children: End Violence Solutions Summit (the Solutions Summit) in Stockholm, which is co-hosted by the WePROTECT Global Alliance, the Partnership to End Violence Against Children and the Swedish Government.
the-threat-assessment-will-39bbcb = Ocena zagrożeń zostanie przedstawiona w środę po południu przez Victorię Atkins, minister ds. przestępczości, ochrony i osób szczególnie narażonych, podczas szczytu „Agenda 2030 for Children: End Violence Solutions Summit” (Solutions Summit) w Sztokholmie, którego współorganizatorami są WePROTECT Global Alliance, Partnership to End Violence Against Children oraz rząd Szwecji.

## paragraph 3
# @source: The Minister said:
the-minister-said-0bdb1c = Pani minister powiedziała:

## quote 1
# @source: Online child sexual exploitation is heinous crime which has a truly devastating impact on its victims. We cannot allow any corner of the internet to be looked upon as a safe space for these despicable predators to gather, share indecent images or prey on our children.
online-child-sexual-exploitation-52a3bc = Wykorzystywanie seksualne dzieci w internecie to ohydne przestępstwo, które ma naprawdę druzgocące skutki dla ofiar. Nie możemy pozwolić, by jakikolwiek zakątek internetu uchodził za bezpieczne miejsce, w którym ci odrażający przestępcy mogą się spotykać, wymieniać materiałami przedstawiającymi seksualne wykorzystywanie dzieci lub polować na nasze dzieci.

## paragraph 4
# @source: The NCA continues to lead operations against dark net criminals, including joint operations with international law enforcement and industry. We have committed 20 million over the spending review period to the NCA, plus additional funding of 10 million for specialist teams. This has led to near doubling of their investigative capability which will lead to more children being protected and more offenders brought out of the shadows and to justice.
the-nca-continues-to-79be6d = NCA nadal prowadzi operacje wymierzone w przestępców działających w darknecie, w tym wspólne działania z międzynarodowymi organami ścigania i sektorem prywatnym. Na okres objęty przeglądem wydatków przeznaczyliśmy dla NCA 20 mln funtów, a dodatkowo 10 mln funtów na wyspecjalizowane zespoły. Dzięki temu jej możliwości dochodzeniowe niemal się podwoiły, co pozwoli chronić więcej dzieci oraz wydobyć z cienia i postawić przed wymiarem sprawiedliwości więcej sprawców.

## paragraph 5
# @source: The UK continues to lead international action on online child sexual exploitation through the WePROTECT Global Alliance, in addition to committing 40million over four years to the End Violence Against Children Fund, as well as investing in new technology to find and remove more illegal imagery of children than ever before.
the-uk-continues-to-38dbe2 = Wielka Brytania nadal przewodzi międzynarodowym działaniom przeciwko wykorzystywaniu seksualnemu dzieci w internecie za pośrednictwem WePROTECT Global Alliance. Ponadto przeznaczyła 40 mln funtów w ciągu czterech lat na fundusz End Violence Against Children Fund oraz inwestuje w nowe technologie, aby wykrywać i usuwać więcej nielegalnych materiałów przedstawiających dzieci niż kiedykolwiek wcześniej.

## paragraph 6
# @source: The report also found that the growing ownership of mobile devices, expansion of high speed internet and ubiquity of encrypted communications technology is allowing offenders from anywhere in the world to target children.
the-report-also-found-6027c4 = Z raportu wynika również, że coraz powszechniejsze posiadanie urządzeń mobilnych, rozwój szybkiego internetu i wszechobecność technologii szyfrowanej komunikacji pozwalają sprawcom z dowolnego miejsca na świecie obierać za cel dzieci.

## paragraph 7
# @source: The Threat Assessment, which brought together existing research as well as data from such sources as the US Department of Justice and INTERPOL, also found that:
the-threat-assessment-which-b81fb6 = Ocena zagrożeń, w której zestawiono dotychczasowe badania oraz dane z takich źródeł jak Departament Sprawiedliwości USA i INTERPOL, wykazała również, że:

## list item 1
# @source: Individual dark net sites are hosting up to 1million paedophiles, who regularly meet to plan and encourage online abuse and share up to 1.6m files.
individual-dark-net-sites-0cb90e = Na pojedynczych stronach w darknecie skupia się nawet 1 mln pedofilów, którzy regularnie spotykają się, aby planować wykorzystywanie dzieci w internecie i do niego zachęcać, oraz wymieniają się nawet 1,6 mln plików.

## list item 2
# @source: Increasingly offending is now committed entirely online, with offenders coercing and extorting children into producing indecent images of themselves via webcams.
increasingly-offending-is-now-6474f3 = Przestępstwa coraz częściej popełniane są wyłącznie w internecie – sprawcy przymuszają dzieci i szantażem nakłaniają je do wykonywania za pomocą kamer internetowych zdjęć samych siebie o charakterze seksualnym.

## list item 3
# @source: As our children get older, their access and competence in the use of technology increases - as do the range of threats they face.
as-our-children-get-b97047 = Wraz z wiekiem nasze dzieci mają coraz większy dostęp do technologii i coraz sprawniej się nią posługują – ale poszerza się też wachlarz zagrożeń, z którymi się stykają.

## list item 4
# @source: The presence of a video camera on every device and computer has seen peer to peer image sharing make way for the increasing threat of live streaming.
the-presence-of-a-eccbd4 = Ponieważ kamera jest dziś w każdym urządzeniu i komputerze, wymiana zdjęć między użytkownikami (peer-to-peer) ustępuje miejsca coraz poważniejszemu zagrożeniu, jakim są transmisje na żywo.

## paragraph 8
# @source: Launched by the UK Government in 2014, the WePROTECT Global Alliance is a global movement that brings together the influence, expertise and resources required to transform how online child sexual exploitation is dealt with worldwide.
launched-by-the-uk-0ae2db = WePROTECT Global Alliance, zainicjowany przez rząd brytyjski w 2014 r., to ogólnoświatowy ruch, który łączy wpływy, wiedzę specjalistyczną i zasoby niezbędne, by zmienić sposób przeciwdziałania wykorzystywaniu seksualnemu dzieci w internecie na całym świecie.
