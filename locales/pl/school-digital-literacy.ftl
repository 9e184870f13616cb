### Release `school-digital-literacy`, translated into pl.
### Translate the text after `=`. Lines starting with `# @` are managed by relingo
### (see the README, section "For translators"); your own comments are kept.

## title
# @source: Every secondary school to teach digital literacy from 2027
every-secondary-school-to-7c3bff = Od 2027 r. wszystkie szkoły średnie będą uczyć kompetencji cyfrowych

## lead
# @source: A new programme will help pupils spot misinformation, scams and online grooming, backed by £14 million for teacher training.
a-new-programme-will-2221ff = Nowy program, wsparty kwotą 14 mln funtów na szkolenia nauczycieli, pomoże uczniom rozpoznawać dezinformację, oszustwa i grooming w internecie.

## location
# @source: Birmingham
birmingham-810c06 = Birmingham

## department
# @source: Department for Education
department-for-education-42dfee = Ministerstwo Edukacji

## paragraph 1
# @source: Pupils in every state-funded secondary school in England will be taught how to stay safe online, spot misinformation and recognise scams under a new digital-literacy programme announced today.
pupils-in-every-state-95fac1 = Uczniowie wszystkich szkół średnich finansowanych ze środków publicznych w Anglii będą uczyć się, jak dbać o bezpieczeństwo w internecie, rozpoznawać dezinformację i oszustwa – w ramach ogłoszonego dziś nowego programu edukacji cyfrowej.

## paragraph 2
# @source: The programme will be introduced from September 2027. It will be backed by **£14 million** for teacher training and new classroom resources. More than 3.4 million pupils aged 11 to 16 are expected to take part each year.
the-programme-will-be-95e9fc = Program będzie wprowadzany od września 2027 r. Na szkolenia nauczycieli i nowe materiały dydaktyczne przeznaczono **14 mln funtów**. Szacuje się, że co roku weźmie w nim udział ponad 3,4 mln uczniów w wieku od 11 do 16 lat.

## paragraph 3
# @source: Do young people really need lessons in using the internet? Teachers say yes. In a recent survey, 72% of secondary teachers said pupils struggled to tell the difference between trustworthy and misleading sources, and 58% had dealt with at least one case of online bullying in the past term.
# @todo
do-young-people-really-259e83 = Do young people really need lessons in using the internet? Teachers say yes. In a recent survey, 72% of secondary teachers said pupils struggled to tell the difference between trustworthy and misleading sources, and 58% had dealt with at least one case of online bullying in the past term.

## heading 1
# @source: What pupils will learn
# @todo
what-pupils-will-learn-06e77c = What pupils will learn

## list item 1
# @source: how to check whether a source, image or video is genuine
# @todo
how-to-check-whether-0f4624 = how to check whether a source, image or video is genuine

## list item 2
# @source: how to recognise scams, e.g. fake competitions and phishing messages
# @todo
how-to-recognise-scams-b62c7a = how to recognise scams, e.g. fake competitions and phishing messages

## list item 3
# @source: how to manage privacy settings and protect personal data
# @todo
how-to-manage-privacy-fb44cf = how to manage privacy settings and protect personal data

## list item 4
# @source: how online grooming works and where to go for help
# @todo
how-online-grooming-works-cb8d74 = how online grooming works and where to go for help

## list item 5
# @source: how algorithms shape what people see on social media
# @todo
how-algorithms-shape-what-c5b0d6 = how algorithms shape what people see on social media

## quote 1
# @source: Children today grow up online, and they deserve the skills to navigate that world with confidence. This programme will give every pupil the tools to think critically and stay safe.
# @todo
children-today-grow-up-61449a = Children today grow up online, and they deserve the skills to navigate that world with confidence. This programme will give every pupil the tools to think critically and stay safe.

## attribution 1
# @source: Laura Pennington MP, Minister for Schools
# @todo
laura-pennington-mp-minister-cd1bec = Laura Pennington MP, Minister for Schools

## paragraph 4
# @source: The resources have been developed with teachers, safeguarding experts and young people themselves. They will be free for all schools and will be updated every year to keep pace with new technology, i.e. so that lessons never fall behind the apps pupils actually use.
# @todo
the-resources-have-been-89fdf0 = The resources have been developed with teachers, safeguarding experts and young people themselves. They will be free for all schools and will be updated every year to keep pace with new technology, i.e. so that lessons never fall behind the apps pupils actually use.

## heading 2
# @source: How schools will be supported
# @todo
how-schools-will-be-8c5bd2 = How schools will be supported

## list item 6
# @source: Every school will be able to nominate a digital-literacy lead for free accredited training.
# @todo
every-school-will-be-8573ae = Every school will be able to nominate a digital-literacy lead for free accredited training.

## list item 7
# @source: Training will be delivered by 12 regional hubs, starting in April 2027.
# @todo
training-will-be-delivered-867761 = Training will be delivered by 12 regional hubs, starting in April 2027.

## list item 8
# @source: Schools will receive a ready-made scheme of work, including lesson plans and assessment materials.
# @todo
schools-will-receive-a-2ffc46 = Schools will receive a ready-made scheme of work, including lesson plans and assessment materials.

## paragraph 5
# @source: Mrs. Anita Shah, head teacher of a secondary school in Birmingham that piloted the programme, said pupils had responded with real enthusiasm. "They loved taking apart fake news stories," she said. "Some of them now check everything their parents share!"
# @todo
mrs-anita-shah-head-8470a2 = Mrs. Anita Shah, head teacher of a secondary school in Birmingham that piloted the programme, said pupils had responded with real enthusiasm. "They loved taking apart fake news stories," she said. "Some of them now check everything their parents share!"

## paragraph 6
# @source: Further information for schools is available at [GOV.UK](https://www.gov.uk/guidance/digital-literacy-in-schools).
# @todo
further-information-for-schools-417a05 = Further information for schools is available at [GOV.UK](https://www.gov.uk/guidance/digital-literacy-in-schools).

## paragraph 7
# @source: The WePROTECT Global Alliance brings together governments, companies and civil society organisations to end the sexual exploitation of children online.
# @todo
the-weprotect-global-alliance-e9612a = The WePROTECT Global Alliance brings together governments, companies and civil society organisations to end the sexual exploitation of children online.

## heading 3
# @source: Notes to editors
# @todo
notes-to-editors-541549 = Notes to editors

## list item 9
# @source: The programme forms part of the relationships, sex and health education curriculum and applies to all state-funded secondary schools, including academies.
# @todo
the-programme-forms-part-fa8bbc = The programme forms part of the relationships, sex and health education curriculum and applies to all state-funded secondary schools, including academies.

## list item 10
# @source: The teacher survey was carried out in June 2026 and received 2,140 responses.
# @todo
the-teacher-survey-was-a4ac36 = The teacher survey was carried out in June 2026 and received 2,140 responses.

## list item 11
# @source: The pilot ran in 38 schools across the West Midlands and the North East during the 2025/26 academic year.
# @todo
the-pilot-ran-in-5043f7 = The pilot ran in 38 schools across the West Midlands and the North East during the 2025/26 academic year.

## heading 4
# @source: Contacts
# @todo
contacts-b45064 = Contacts

## paragraph 8
# @source: Department for Education press office: 020 7783 8300, [press.office@example.gov.uk](mailto:press.office@example.gov.uk)
# @todo
department-for-education-press-7d4185 = Department for Education press office: 020 7783 8300, [press.office@example.gov.uk](mailto:press.office@example.gov.uk)
