### Release `global-threat-assessment`, translated into ar.
### Translate the text after `=`. Lines starting with `# @` are managed by relingo
### (see the README, section "For translators"); your own comments are kept.

## title
# @source: Global assessment warns of growing online dangers to children
global-assessment-warns-of-5fd264 = تقييم عالمي يحذر من تزايد المخاطر على الأطفال عبر الإنترنت

## lead
# @source: A Global Threat Assessment, commissioned by the WePROTECT Global Alliance against child sexual exploitation, has highlighted the growing dangers posed to children by the growth of smart phone technology and an expanding online community of tech offenders.
a-global-threat-assessment-f2d810 = سلّط تقييمٌ للتهديدات العالمية، أُعدّ بتكليف من تحالف WePROTECT Global Alliance لمكافحة الاستغلال الجنسي للأطفال، الضوءَ على تزايد المخاطر التي يتعرض لها الأطفال جراء انتشار تكنولوجيا الهواتف الذكية واتساع مجتمع مرتكبي الجرائم التقنية على الإنترنت.

## paragraph 1
# @source: It found that technology is allowing offender communities to organise at an unprecedented scale using the dark net and anonymous communication software.
it-found-that-technology-3e5cec = وخلص التقييم إلى أن التكنولوجيا باتت تتيح لمجتمعات الجناة تنظيم صفوفها على نطاق غير مسبوق باستخدام الشبكة المظلمة وبرمجيات الاتصال المجهولة الهوية.

## paragraph 2
# @source: The Threat Assessment will be presented by Minister for Crime, Safeguarding and Vulnerability, Victoria Atkins on Wednesday afternoon at the Agenda 2030 for Children: End Violence Solutions Summit (the Solutions Summit) in Stockholm, which is co-hosted by the WePROTECT Global Alliance, the Partnership to End Violence Against Children and the Swedish Government.
the-threat-assessment-will-39bbcb = وستعرض وزيرة شؤون الجريمة والحماية والفئات المستضعفة، فيكتوريا أتكينز، تقييم التهديدات بعد ظهر يوم الأربعاء خلال قمة «أجندة 2030 من أجل الأطفال: حلول إنهاء العنف» (قمة الحلول) في ستوكهولم، التي يشارك في استضافتها تحالف WePROTECT Global Alliance والشراكة العالمية لإنهاء العنف ضد الأطفال والحكومة السويدية.

## paragraph 3
# @source: The Minister said:
the-minister-said-0bdb1c = وقالت الوزيرة:

## quote 1
# @source: Online child sexual exploitation is heinous crime which has a truly devastating impact on its victims. We cannot allow any corner of the internet to be looked upon as a safe space for these despicable predators to gather, share indecent images or prey on our children.
online-child-sexual-exploitation-52a3bc = إن الاستغلال الجنسي للأطفال عبر الإنترنت جريمة شنيعة تخلّف آثاراً مدمرة حقاً على ضحاياها. ولا يمكننا أن نسمح بأن يُنظر إلى أي ركن من أركان الإنترنت على أنه ملاذ آمن لهؤلاء المفترسين الحقيرين يجتمعون فيه ويتبادلون الصور غير اللائقة أو يتربصون بأطفالنا.

## paragraph 4
# @source: The NCA continues to lead operations against dark net criminals, including joint operations with international law enforcement and industry. We have committed 20 million over the spending review period to the NCA, plus additional funding of 10 million for specialist teams. This has led to near doubling of their investigative capability which will lead to more children being protected and more offenders brought out of the shadows and to justice.
the-nca-continues-to-79be6d = وتواصل الوكالة الوطنية لمكافحة الجريمة (NCA) قيادة العمليات ضد المجرمين على الشبكة المظلمة، بما في ذلك العمليات المشتركة مع أجهزة إنفاذ القانون الدولية وقطاع الصناعة. وقد التزمنا بتخصيص 20 مليون جنيه إسترليني للوكالة على مدى فترة مراجعة الإنفاق، إضافة إلى تمويل إضافي قدره 10 ملايين جنيه إسترليني للفرق المتخصصة. وقد أدى ذلك إلى مضاعفة قدرتها على التحقيق تقريباً، مما سيسهم في حماية المزيد من الأطفال وإخراج المزيد من الجناة من الظل وتقديمهم إلى العدالة.

## paragraph 5
# @source: The UK continues to lead international action on online child sexual exploitation through the WePROTECT Global Alliance, in addition to committing 40million over four years to the End Violence Against Children Fund, as well as investing in new technology to find and remove more illegal imagery of children than ever before.
the-uk-continues-to-38dbe2 = وتواصل المملكة المتحدة قيادة الجهود الدولية لمكافحة الاستغلال الجنسي للأطفال عبر الإنترنت من خلال تحالف WePROTECT Global Alliance، فضلاً عن التزامها بتقديم 40 مليون جنيه إسترليني على مدى أربع سنوات لصندوق إنهاء العنف ضد الأطفال، والاستثمار في تقنيات جديدة لرصد الصور غير القانونية للأطفال وإزالتها بأعداد غير مسبوقة.

## paragraph 6
# @source: The report also found that the growing ownership of mobile devices, expansion of high speed internet and ubiquity of encrypted communications technology is allowing offenders from anywhere in the world to target children.
the-report-also-found-6027c4 = كما خلص التقرير إلى أن تزايد امتلاك الأجهزة المحمولة، وانتشار الإنترنت عالي السرعة، وشيوع تقنيات الاتصالات المشفرة، عوامل تتيح للجناة في أي مكان من العالم استهداف الأطفال.

## paragraph 7
# @source: The Threat Assessment, which brought together existing research as well as data from such sources as the US Department of Justice and INTERPOL, also found that:
the-threat-assessment-which-b81fb6 = كما خلص تقييم التهديدات، الذي جمع بين الأبحاث القائمة وبيانات من مصادر مثل وزارة العدل الأمريكية والإنتربول، إلى ما يلي:

## list item 1
# @source: Individual dark net sites are hosting up to 1million paedophiles, who regularly meet to plan and encourage online abuse and share up to 1.6m files.
individual-dark-net-sites-0cb90e = يستضيف الموقع الواحد على الشبكة المظلمة ما يصل إلى 1 مليون من مشتهي الأطفال، يلتقون بانتظام للتخطيط للاعتداءات عبر الإنترنت والتحريض عليها، ويتبادلون ما يصل إلى 1.6 مليون ملف.

## list item 2
# @source: Increasingly offending is now committed entirely online, with offenders coercing and extorting children into producing indecent images of themselves via webcams.
increasingly-offending-is-now-6474f3 = باتت الجرائم تُرتكب بصورة متزايدة عبر الإنترنت بالكامل، إذ يُكره الجناة الأطفال ويبتزونهم لإنتاج صور غير لائقة لأنفسهم عبر كاميرات الويب.

## list item 3
# @source: As our children get older, their access and competence in the use of technology increases - as do the range of threats they face.
as-our-children-get-b97047 = مع تقدّم أطفالنا في السن، يزداد وصولهم إلى التكنولوجيا وتزداد كفاءتهم في استخدامها، وتتسع معها دائرة التهديدات التي يواجهونها.

## list item 4
# @source: The presence of a video camera on every device and computer has seen peer to peer image sharing make way for the increasing threat of live streaming.
the-presence-of-a-eccbd4 = أدى وجود كاميرا فيديو في كل جهاز وحاسوب إلى تراجع تبادل الصور من نظير إلى نظير لصالح التهديد المتنامي للبث المباشر.

## paragraph 8
# @source: Launched by the UK Government in 2014, the WePROTECT Global Alliance is a global movement that brings together the influence, expertise and resources required to transform how online child sexual exploitation is dealt with worldwide.
launched-by-the-uk-0ae2db = أطلقت الحكومة البريطانية تحالف WePROTECT Global Alliance عام 2014، وهو حركة عالمية تجمع النفوذ والخبرات والموارد اللازمة لإحداث تحول في طريقة التصدي للاستغلال الجنسي للأطفال عبر الإنترنت في جميع أنحاء العالم.
