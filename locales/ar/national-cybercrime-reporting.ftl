### Release `national-cybercrime-reporting`, translated into ar.
### Translate the text after `=`. Lines starting with `# @` are managed by relingo
### (see the README, section "For translators"); your own comments are kept.

## title
# @source: New national service makes reporting cybercrime quicker
new-national-service-makes-ee7751 = خدمة وطنية جديدة تُسرّع الإبلاغ عن الجرائم الإلكترونية

## lead
# @source: A single 24-hour online and telephone service will let victims of fraud and cybercrime report offences and get help in minutes.
a-single-24-hour-18053b = ستتيح خدمة موحدة تعمل على مدار 24 ساعة عبر الإنترنت والهاتف لضحايا الاحتيال والجرائم الإلكترونية الإبلاغ عن الجرائم والحصول على المساعدة في غضون دقائق.

## location
# @source: London
london-ecc0e7 = لندن

## department
# @source: Home Office
home-office-08e0c2 = وزارة الداخلية البريطانية

## paragraph 1
# @source: Victims of fraud, hacking and online abuse will be able to report crimes and receive tailored advice in minutes through a new national cybercrime reporting service launched today by the Home Office.
victims-of-fraud-hacking-da1cbb = سيتمكن ضحايا الاحتيال والاختراق الإلكتروني والإساءة عبر الإنترنت من الإبلاغ عن الجرائم وتلقي مشورة مصممة وفق احتياجاتهم في غضون دقائق، من خلال خدمة وطنية جديدة للإبلاغ عن الجرائم الإلكترونية أطلقتها وزارة الداخلية البريطانية اليوم.

## paragraph 2
# @source: The service replaces a patchwork of regional systems. It will be available 24 hours a day, seven days a week, online and by telephone. Reports will be assessed within 48 hours, and victims will be told what happens next. No more waiting weeks for a reference number!
the-service-replaces-a-680755 = وتحل هذه الخدمة محل مجموعة متفرقة من الأنظمة الإقليمية، وستكون متاحة على مدار 24 ساعة طوال أيام الأسبوع السبعة، عبر الإنترنت والهاتف. وستُقيَّم البلاغات في غضون 48 ساعة، وسيُبلَّغ الضحايا بالخطوات التالية. لا مزيد من الانتظار لأسابيع للحصول على رقم مرجعي!

## paragraph 3
# @source: Fraud now accounts for around 40% of all crime experienced by adults in England and Wales, yet fewer than one in seven incidents is reported to the police. The government wants to change that.
fraud-now-accounts-for-4cf25a = يمثل الاحتيال حالياً نحو 40% من جميع الجرائم التي يتعرض لها البالغون في إنجلترا وويلز، ومع ذلك فإن أقل من حادثة واحدة من كل سبع حوادث يُبلَّغ عنها إلى الشرطة. وتسعى الحكومة إلى تغيير ذلك.

## heading 1
# @source: What victims can expect
what-victims-can-expect-9b61cc = ما الذي يمكن أن يتوقعه الضحايا

## list item 1
# @source: a single web address and phone number for every type of cybercrime
a-single-web-address-90d462 = عنوان موقع إلكتروني واحد ورقم هاتف واحد لجميع أنواع الجرائم الإلكترونية

## list item 2
# @source: an automatic crime reference number on submission
an-automatic-crime-reference-9227d8 = رقم مرجعي تلقائي للجريمة فور تقديم البلاغ

## list item 3
# @source: specialist support for children and young people, including a dedicated route for reports of online sexual exploitation
specialist-support-for-children-db1dae = دعم متخصص للأطفال والشباب، بما في ذلك مسار مخصص للإبلاغ عن الاستغلال الجنسي عبر الإنترنت

## list item 4
# @source: regular updates by text or e-mail, i.e. at every key stage of the investigation
regular-updates-by-text-1a96ef = تحديثات منتظمة عبر الرسائل النصية أو البريد الإلكتروني، أي في كل مرحلة رئيسية من مراحل التحقيق

## paragraph 4
# @source: The new service will be staffed by 1,200 trained call handlers and analysts. It will also share intelligence in real time with the National Crime Agency and all 43 police forces in England and Wales.
the-new-service-will-dea75b = وسيعمل في الخدمة الجديدة 1200 موظف مدرَّب من متلقي المكالمات والمحللين، كما ستتبادل المعلومات الاستخباراتية بشكل فوري مع الوكالة الوطنية لمكافحة الجريمة وجميع قوات الشرطة البالغ عددها 43 في إنجلترا وويلز.

## quote 1
# @source: Too many people have felt that reporting a scam was pointless. This service puts victims first, gets their information to investigators faster and helps us shut criminals down before they strike again.
too-many-people-have-a21aa8 = لقد شعر كثيرون بأن الإبلاغ عن عمليات الاحتيال لا طائل منه. وهذه الخدمة تضع الضحايا في المقام الأول، وتوصل معلوماتهم إلى المحققين بسرعة أكبر، وتساعدنا على إيقاف المجرمين قبل أن يضربوا من جديد.

## attribution 1
# @source: Mr. David Kerrigan, Minister for Security
mr-david-kerrigan-minister-b3d15c = السيد ديفيد كيريغان، وزير الأمن

## paragraph 5
# @source: Mr. Kerrigan visited the service's operations centre in Manchester on Tuesday, where he met staff and heard a live call from a small business owner who had lost £12,500 to an invoice fraud.
mr-kerrigan-visited-the-03a371 = وزار السيد كيريغان يوم الثلاثاء مركز عمليات الخدمة في مانشستر، حيث التقى الموظفين واستمع إلى مكالمة مباشرة من صاحب شركة صغيرة خسر 12500 جنيه إسترليني في عملية احتيال عبر الفواتير.

## image alt text 1
# @source: Call handlers working at the new national cybercrime reporting centre in Manchester
call-handlers-working-at-97f328 = موظفو تلقي المكالمات أثناء عملهم في المركز الوطني الجديد للإبلاغ عن الجرائم الإلكترونية في مانشستر

## heading 2
# @source: How to report
how-to-report-2ee208 = كيفية الإبلاغ

## list item 5
# @source: Go to [the reporting service](https://www.gov.uk/report-cybercrime) or call 0300 123 2040.
go-to-the-reporting-167dd1 = تفضّل بزيارة [خدمة الإبلاغ](https://www.gov.uk/report-cybercrime) أو اتصل بالرقم 0300 123 2040.

## list item 6
# @source: Describe what happened and provide any evidence you have, e.g. screenshots or bank statements.
describe-what-happened-and-a354d8 = صِف ما حدث وقدّم أي أدلة لديك، مثل لقطات الشاشة أو كشوف الحسابات المصرفية.

## list item 7
# @source: Receive your crime reference number and personalised advice.
receive-your-crime-reference-32743f = احصل على الرقم المرجعي للجريمة وعلى مشورة مخصصة لحالتك.

## paragraph 6
# @source: If a crime is in progress or someone is in immediate danger, always call 999.
if-a-crime-is-483a81 = إذا كانت الجريمة قيد الوقوع أو كان أحد الأشخاص في خطر داهم، فاتصل دائماً بالرقم 999.

## paragraph 7
# @source: The government is committed to working with international partners, industry and charities to make the UK the safest place in the world to be online.
the-government-is-committed-ec2a42 = تلتزم الحكومة بالعمل مع الشركاء الدوليين وقطاع الصناعة والجمعيات الخيرية لجعل المملكة المتحدة أكثر الأماكن أماناً في العالم لاستخدام الإنترنت.

## heading 3
# @source: Notes to editors
notes-to-editors-541549 = ملاحظات للمحررين

## list item 8
# @source: The service has been funded with £42 million over four years as part of the national Fraud Strategy.
the-service-has-been-47eb27 = مُوِّلت الخدمة بمبلغ 42 مليون جنيه إسترليني على مدى أربع سنوات في إطار الاستراتيجية الوطنية لمكافحة الاحتيال.

## list item 9
# @source: Estimates of fraud prevalence come from the Crime Survey for England and Wales for the year ending June 2026.
estimates-of-fraud-prevalence-ba049c = تستند تقديرات انتشار الاحتيال إلى مسح الجريمة في إنجلترا وويلز للعام المنتهي في يونيو/حزيران 2026.

## list item 10
# @source: A short video of the operations centre is available on request from newsdesk@example.gov.uk.
a-short-video-of-af18ad = يمكن الحصول على مقطع فيديو قصير عن مركز العمليات عند الطلب عبر newsdesk@example.gov.uk.

## heading 4
# @source: Contacts
contacts-b45064 = جهات الاتصال

## paragraph 8
# @source: Home Office press office: 020 7035 3535, [newsdesk@example.gov.uk](mailto:newsdesk@example.gov.uk)
home-office-press-office-320f47 = المكتب الصحفي لوزارة الداخلية البريطانية: 020 7035 3535، [newsdesk@example.gov.uk](mailto:newsdesk@example.gov.uk)
