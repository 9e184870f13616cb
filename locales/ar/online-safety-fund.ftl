### Release `online-safety-fund`, translated into ar.
### Translate the text after `=`. Lines starting with `# @` are managed by relingo
### (see the README, section "For translators"); your own comments are kept.

## title
# @source: £20.5 million fund to strengthen online safety regulation
n20-5-million-fund-861694 = صندوق بقيمة 20.5 مليون جنيه إسترليني لتعزيز تنظيم السلامة على الإنترنت

## lead
# @source: New funding will help Ofcom and partners enforce child safety duties faster and support smaller platforms to comply with the law.
new-funding-will-help-b3312e = سيساعد التمويل الجديد هيئة تنظيم الاتصالات (Ofcom) وشركاءها على إنفاذ واجبات حماية الأطفال بوتيرة أسرع، وسيدعم المنصات الأصغر حجماً في الامتثال للقانون.

## location
# @source: London
london-ecc0e7 = لندن

## department
# @source: Department for Science, Innovation and Technology
department-for-science-991a78 = وزارة العلوم والابتكار والتكنولوجيا

## paragraph 1
# @source: Children will be better protected from harmful content online thanks to a **£20.5 million** package announced today to strengthen the enforcement of online safety rules across the UK.
children-will-be-better-485dc4 = سيحظى الأطفال بحماية أفضل من المحتوى الضار على الإنترنت بفضل حزمة بقيمة **20.5 مليون جنيه إسترليني** أُعلن عنها اليوم لتعزيز إنفاذ قواعد السلامة على الإنترنت في جميع أنحاء المملكة المتحدة.

## paragraph 2
# @source: The package was agreed at a round-table meeting at No. 10 Downing Street in October. The fund will run for three years. It will expand specialist investigation teams, pay for new age-assurance testing and provide free compliance support to smaller services. Around 1,600 platforms are expected to benefit from the support scheme in its first year alone.
# @stale: The package was agreed at a round-table meeting at No. 10 Downing Street in October. The fund will run for three years. It will expand specialist investigation teams, pay for new age-assurance testing and provide free compliance support to smaller services. Around 1,400 platforms are expected to benefit from the support scheme in its first year alone.
the-package-was-agreed-8535db = وقد اتُّفق على هذه الحزمة خلال اجتماع مائدة مستديرة عُقد في مقر رئاسة الوزراء في 10 داونينغ ستريت في أكتوبر/تشرين الأول. وسيستمر الصندوق ثلاث سنوات، وسيُستخدم لتوسيع فرق التحقيق المتخصصة، وتمويل اختبارات جديدة للتحقق من العمر، وتقديم دعم مجاني في مجال الامتثال للخدمات الأصغر حجماً. ومن المتوقع أن تستفيد نحو 1400 منصة من برنامج الدعم في عامه الأول وحده.

## paragraph 3
# @source: Why does this matter? Recent research found that 1.6m children aged 8 to 15 had seen content promoting self-harm or eating disorders in the previous twelve months. That is far too many, and the government is determined to bring the number down.
why-does-this-matter-642e0f = لماذا يكتسب ذلك أهمية؟ وجدت أبحاث حديثة أن 1.6 مليون طفل تتراوح أعمارهم بين 8 و15 عاماً شاهدوا محتوى يروّج لإيذاء النفس أو اضطرابات الأكل خلال الأشهر الاثني عشر السابقة. وهذا عدد كبير جداً، والحكومة عازمة على خفضه.

## heading 1
# @source: What the funding will pay for
what-the-funding-will-4b13a7 = أوجه إنفاق التمويل

## list item 1
# @source: £9.2 million for additional investigators and technical analysts working on child safety cases
n9-2-million-for-c675f5 = 9.2 مليون جنيه إسترليني لتوظيف محققين ومحللين تقنيين إضافيين يعملون على قضايا سلامة الأطفال

## list item 2
# @source: £6.8 million for an independent age-assurance testing laboratory
n6-8-million-for-6ba0b9 = 6.8 مليون جنيه إسترليني لإنشاء مختبر مستقل لاختبار أنظمة التحقق من العمر

## list item 3
# @source: £3 million for a compliance helpdesk aimed at start-ups and community forums
n3-million-for-a-a773be = 3 ملايين جنيه إسترليني لإنشاء مكتب مساعدة في مجال الامتثال موجّه إلى الشركات الناشئة والمنتديات المجتمعية

## list item 4
# @source: £1.5 million for research into emerging risks, e.g. AI-generated imagery and live-streaming
n1-5-million-for-573cb1 = 1.5 مليون جنيه إسترليني لإجراء أبحاث حول المخاطر الناشئة، مثل الصور المولّدة بالذكاء الاصطناعي والبث المباشر

## paragraph 4
# @source: The government is committed to working with international partners, industry and charities to make the UK the safest place in the world to be online.
the-government-is-committed-ec2a42 = تلتزم الحكومة بالعمل مع الشركاء الدوليين وقطاع الصناعة والجمعيات الخيرية لجعل المملكة المتحدة أكثر الأماكن أماناً في العالم لاستخدام الإنترنت.

## quote 1
# @source: Parents have told us again and again that they want platforms to take responsibility. This money means the rules will be enforced quickly and fairly, whatever the size of the company.
parents-have-told-us-ecd891 = لقد أخبرنا أولياء الأمور مراراً وتكراراً أنهم يريدون أن تتحمل المنصات مسؤولياتها. وهذا التمويل يعني أن القواعد ستُطبَّق بسرعة وإنصاف، أياً كان حجم الشركة.

## attribution 1
# @source: Rachel Ormerod MP, Minister for Online Safety
rachel-ormerod-mp-minister-248f36 = النائبة راشيل أورمرود، وزيرة السلامة على الإنترنت

## paragraph 5
# @source: Under the new arrangements, services found in breach of their duties could face fines of up to 10% of qualifying worldwide revenue. The regulator will publish its first enforcement priorities report in spring 2027. Details of the consultation on the testing laboratory are available on [GOV.UK](https://www.gov.uk/government/consultations/age-assurance-testing).
under-the-new-arrangements-4eaa0d = وبموجب الترتيبات الجديدة، قد تواجه الخدمات التي يثبت إخلالها بواجباتها غرامات تصل إلى 10% من إيراداتها المؤهلة على مستوى العالم. وستنشر الجهة التنظيمية أول تقرير لها بشأن أولويات الإنفاذ في ربيع 2027. وتتوفر تفاصيل المشاورة الخاصة بمختبر الاختبار على موقع [GOV.UK](https://www.gov.uk/government/consultations/age-assurance-testing).

## quote 2
# @source: Smaller services often *want* to do the right thing but simply don't know where to start. A free, practical helpdesk will make a real difference to them, and to the children who use their sites.
smaller-services-often-want-46ebb3 = كثيراً ما *ترغب* الخدمات الأصغر حجماً في القيام بالصواب، لكنها ببساطة لا تعرف من أين تبدأ. وسيُحدث مكتب مساعدة مجاني وعملي فرقاً حقيقياً بالنسبة إليها وإلى الأطفال الذين يستخدمون مواقعها.

## attribution 2
# @source: Dr. Helen Marsh, Chief Executive, Safer Internet Partnership
dr-helen-marsh-chief-778af3 = الدكتورة هيلين مارش، الرئيسة التنفيذية لـ Safer Internet Partnership

## image alt text 1
# @source: A parent and child looking at a tablet together at a kitchen table
a-parent-and-child-e31afd = أحد الوالدين وطفل ينظران معاً إلى جهاز لوحي على طاولة المطبخ

## heading 2
# @source: How smaller platforms can apply
how-smaller-platforms-can-d6a24f = كيف تتقدم المنصات الأصغر حجماً بطلباتها

## list item 5
# @source: Check eligibility using the online self-assessment tool.
check-eligibility-using-the-82cc12 = تحقّق من الأهلية باستخدام أداة التقييم الذاتي عبر الإنترنت.

## list item 6
# @source: Register with the compliance helpdesk by 31 January 2027.
register-with-the-compliance-16afd4 = سجّل لدى مكتب المساعدة الخاص بالامتثال في موعد أقصاه 31 يناير/كانون الثاني 2027.

## list item 7
# @source: Book a free one-to-one session with a compliance adviser.
book-a-free-one-4e7fa0 = احجز جلسة فردية مجانية مع أحد مستشاري الامتثال.

## paragraph 6
# @source: Applications open on 1 December 2026.
applications-open-on-1-bea477 = يُفتح باب تقديم الطلبات في 1 ديسمبر/كانون الأول 2026.

## heading 3
# @source: Notes to editors
notes-to-editors-541549 = ملاحظات للمحررين

## list item 8
# @source: The £20.5 million is new money from the department's existing spending review settlement and is additional to Ofcom's fee-funded budget.
the-20-5-million-e83389 = يمثل مبلغ 20.5 مليون جنيه إسترليني تمويلاً جديداً من مخصصات الوزارة القائمة في إطار مراجعة الإنفاق، ويُضاف إلى ميزانية Ofcom الممولة من الرسوم.

## list item 9
# @source: Figures on children's exposure to harmful content are drawn from the Children's Online Experiences Survey 2026, which sampled 4,812 households across England, Scotland, Wales and Northern Ireland.
figures-on-children-s-bf3154 = الأرقام المتعلقة بتعرض الأطفال للمحتوى الضار مستمدة من مسح تجارب الأطفال على الإنترنت لعام 2026، الذي شمل عينة من 4812 أسرة في إنجلترا واسكتلندا وويلز وأيرلندا الشمالية.

## list item 10
# @source: Interview requests for the minister should be sent to press.office@example.gov.uk.
interview-requests-for-the-753f4d = تُرسَل طلبات إجراء مقابلات مع الوزيرة إلى press.office@example.gov.uk.

## heading 4
# @source: Contacts
contacts-b45064 = جهات الاتصال

## paragraph 7
# @source: DSIT press office: 020 7215 3000, [newsdesk@example.gov.uk](mailto:newsdesk@example.gov.uk)
dsit-press-office-020-4d5f47 = المكتب الصحفي لوزارة العلوم والابتكار والتكنولوجيا (DSIT): 020 7215 3000، [newsdesk@example.gov.uk](mailto:newsdesk@example.gov.uk)
