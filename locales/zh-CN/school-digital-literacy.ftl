### Release `school-digital-literacy`, translated into zh-CN.
### Translate the text after `=`. Lines starting with `# @` are managed by relingo
### (see the README, section "For translators"); your own comments are kept.

## title
# @source: Every secondary school to teach digital literacy from 2027
every-secondary-school-to-7c3bff = 2027年起所有中学将开设数字素养课程

## lead
# @source: A new programme will help pupils spot misinformation, scams and online grooming, backed by £14 million for teacher training.
a-new-programme-will-2221ff = 一项新计划将帮助学生识别虚假信息、诈骗和网络诱骗，并将投入1400万英镑用于教师培训。

## location
# @source: Birmingham
birmingham-810c06 = 伯明翰

## department
# @source: Department for Education
department-for-education-42dfee = 英国教育部

## paragraph 1
# @source: Pupils in every state-funded secondary school in England will be taught how to stay safe online, spot misinformation and recognise scams under a new digital-literacy programme announced today.
pupils-in-every-state-95fac1 = 根据今天宣布的一项新的数字素养计划，英格兰所有公立中学的学生都将学习如何保障上网安全、识别虚假信息和辨认诈骗。

## paragraph 2
# @source: The programme will be introduced from September 2027. It will be backed by **£14 million** for teacher training and new classroom resources. More than 3.4 million pupils aged 11 to 16 are expected to take part each year.
the-programme-will-be-95e9fc = 该计划将于2027年9月起实施，并将投入**1400万英镑**用于教师培训和新的课堂教学资源。预计每年将有超过340万名11至16岁的学生参与。

## paragraph 3
# @source: Do young people really need lessons in using the internet? Teachers say yes. In a recent survey, 72% of secondary teachers said pupils struggled to tell the difference between trustworthy and misleading sources, and 58% had dealt with at least one case of online bullying in the past term.
do-young-people-really-259e83 = 年轻人真的需要学习如何使用互联网吗？教师们的回答是肯定的。在最近的一项调查中，72%的中学教师表示学生难以分辨可信来源与误导性来源，58%的教师表示上学期至少处理过一起网络欺凌事件。

## heading 1
# @source: What pupils will learn
what-pupils-will-learn-06e77c = 学生将学习哪些内容

## list item 1
# @source: how to check whether a source, image or video is genuine
how-to-check-whether-0f4624 = 如何核实信息来源、图片或视频是否真实

## list item 2
# @source: how to recognise scams, e.g. fake competitions and phishing messages
how-to-recognise-scams-b62c7a = 如何识别诈骗，例如虚假有奖竞赛和网络钓鱼信息

## list item 3
# @source: how to manage privacy settings and protect personal data
how-to-manage-privacy-fb44cf = 如何管理隐私设置和保护个人数据

## list item 4
# @source: how online grooming works and where to go for help
how-online-grooming-works-cb8d74 = 网络诱骗如何运作，以及可以向何处求助

## list item 5
# @source: how algorithms shape what people see on social media
how-algorithms-shape-what-c5b0d6 = 算法如何影响人们在社交媒体上看到的内容

## quote 1
# @source: Children today grow up online, and they deserve the skills to navigate that world with confidence. This programme will give every pupil the tools to think critically and stay safe.
children-today-grow-up-61449a = 如今的孩子在网络环境中成长，他们理应掌握自信驾驭网络世界的技能。这项计划将为每一名学生提供批判性思考和保障自身安全的工具。

## attribution 1
# @source: Laura Pennington MP, Minister for Schools
laura-pennington-mp-minister-cd1bec = 学校事务大臣劳拉·彭宁顿议员

## paragraph 4
# @source: The resources have been developed with teachers, safeguarding experts and young people themselves. They will be free for all schools and will be updated every year to keep pace with new technology, i.e. so that lessons never fall behind the apps pupils actually use.
the-resources-have-been-89fdf0 = 这些资源是与教师、儿童保护专家以及年轻人共同开发的，所有学校均可免费使用，并将每年更新，以跟上新技术的发展，即确保课程内容始终不落后于学生实际使用的应用程序。

## heading 2
# @source: How schools will be supported
how-schools-will-be-8c5bd2 = 学校将获得哪些支持

## list item 6
# @source: Every school will be able to nominate a digital-literacy lead for free accredited training.
every-school-will-be-8573ae = 每所学校均可提名一名数字素养负责人参加免费的认证培训。

## list item 7
# @source: Training will be delivered by 12 regional hubs, starting in April 2027.
training-will-be-delivered-867761 = 培训将由12个地区中心负责实施，自2027年4月起开展。

## list item 8
# @source: Schools will receive a ready-made scheme of work, including lesson plans and assessment materials.
schools-will-receive-a-2ffc46 = 学校将获得一套现成的教学方案，包括教案和评估材料。

## paragraph 5
# @source: Mrs. Anita Shah, head teacher of a secondary school in Birmingham that piloted the programme, said pupils had responded with real enthusiasm. "They loved taking apart fake news stories," she said. "Some of them now check everything their parents share!"
mrs-anita-shah-head-8470a2 = 伯明翰一所参与试点的中学的校长安妮塔·沙阿女士表示，学生们对该计划反响非常热烈。她说：“他们很喜欢拆解假新闻。有些学生现在会核查父母分享的每一条内容！”

## paragraph 6
# @source: Further information for schools is available at [GOV.UK](https://www.gov.uk/guidance/digital-literacy-in-schools).
further-information-for-schools-417a05 = 面向学校的更多信息，请访问[GOV.UK](https://www.gov.uk/guidance/digital-literacy-in-schools)。

## paragraph 7
# @source: The WePROTECT Global Alliance brings together governments, companies and civil society organisations to end the sexual exploitation of children online.
the-weprotect-global-alliance-e9612a = WePROTECT Global Alliance汇聚各国政府、企业和民间社会组织，致力于终结网络儿童性剥削。

## heading 3
# @source: Notes to editors
notes-to-editors-541549 = 编者注

## list item 9
# @source: The programme forms part of the relationships, sex and health education curriculum and applies to all state-funded secondary schools, including academies.
the-programme-forms-part-fa8bbc = 该计划是人际关系、性与健康教育课程的组成部分，适用于包括学院制学校在内的所有公立中学。

## list item 10
# @source: The teacher survey was carried out in June 2026 and received 2,140 responses.
the-teacher-survey-was-a4ac36 = 教师调查于2026年6月开展，共收到2140份答复。

## list item 11
# @source: The pilot ran in 38 schools across the West Midlands and the North East during the 2025/26 academic year.
the-pilot-ran-in-5043f7 = 试点于2025/26学年在西米德兰兹和英格兰东北部的38所学校开展。

## heading 4
# @source: Contacts
contacts-b45064 = 联系方式

## paragraph 8
# @source: Department for Education press office: 020 7783 8300, [press.office@example.gov.uk](mailto:press.office@example.gov.uk)
department-for-education-press-7d4185 = 英国教育部新闻办公室：020 7783 8300，[press.office@example.gov.uk](mailto:press.office@example.gov.uk)
