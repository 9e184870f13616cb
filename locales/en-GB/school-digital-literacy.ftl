### Release `school-digital-literacy`, from sources/school-digital-literacy.md.
### Reference catalog (en-GB) written by `relingo extract`: do not edit it, edit the source.
### Translators work in locales/<locale>/school-digital-literacy.ftl.

## title
every-secondary-school-to-7c3bff = Every secondary school to teach digital literacy from 2027

## lead
a-new-programme-will-2221ff = A new programme will help pupils spot misinformation, scams and online grooming, backed by £14 million for teacher training.

## location
birmingham-810c06 = Birmingham

## department
department-for-education-42dfee = Department for Education

## paragraph 1
pupils-in-every-state-95fac1 = Pupils in every state-funded secondary school in England will be taught how to stay safe online, spot misinformation and recognise scams under a new digital-literacy programme announced today.

## paragraph 2
the-programme-will-be-95e9fc = The programme will be introduced from September 2027. It will be backed by **£14 million** for teacher training and new classroom resources. More than 3.4 million pupils aged 11 to 16 are expected to take part each year.

## paragraph 3
do-young-people-really-259e83 = Do young people really need lessons in using the internet? Teachers say yes. In a recent survey, 72% of secondary teachers said pupils struggled to tell the difference between trustworthy and misleading sources, and 58% had dealt with at least one case of online bullying in the past term.

## heading 1
what-pupils-will-learn-06e77c = What pupils will learn

## list item 1
how-to-check-whether-0f4624 = how to check whether a source, image or video is genuine

## list item 2
how-to-recognise-scams-b62c7a = how to recognise scams, e.g. fake competitions and phishing messages

## list item 3
how-to-manage-privacy-fb44cf = how to manage privacy settings and protect personal data

## list item 4
how-online-grooming-works-cb8d74 = how online grooming works and where to go for help

## list item 5
how-algorithms-shape-what-c5b0d6 = how algorithms shape what people see on social media

## quote 1
children-today-grow-up-61449a = Children today grow up online, and they deserve the skills to navigate that world with confidence. This programme will give every pupil the tools to think critically and stay safe.

## attribution 1
laura-pennington-mp-minister-cd1bec = Laura Pennington MP, Minister for Schools

## paragraph 4
the-resources-have-been-89fdf0 = The resources have been developed with teachers, safeguarding experts and young people themselves. They will be free for all schools and will be updated every year to keep pace with new technology, i.e. so that lessons never fall behind the apps pupils actually use.

## heading 2
how-schools-will-be-8c5bd2 = How schools will be supported

## list item 6
every-school-will-be-8573ae = Every school will be able to nominate a digital-literacy lead for free accredited training.

## list item 7
training-will-be-delivered-867761 = Training will be delivered by 12 regional hubs, starting in April 2027.

## list item 8
schools-will-receive-a-2ffc46 = Schools will receive a ready-made scheme of work, including lesson plans and assessment materials.

## paragraph 5
mrs-anita-shah-head-8470a2 = Mrs. Anita Shah, head teacher of a secondary school in Birmingham that piloted the programme, said pupils had responded with real enthusiasm. "They loved taking apart fake news stories," she said. "Some of them now check everything their parents share!"

## paragraph 6
further-information-for-schools-417a05 = Further information for schools is available at [GOV.UK](https://www.gov.uk/guidance/digital-literacy-in-schools).

## paragraph 7
the-weprotect-global-alliance-e9612a = The WePROTECT Global Alliance brings together governments, companies and civil society organisations to end the sexual exploitation of children online.

## heading 3
notes-to-editors-541549 = Notes to editors

## list item 9
the-programme-forms-part-fa8bbc = The programme forms part of the relationships, sex and health education curriculum and applies to all state-funded secondary schools, including academies.

## list item 10
the-teacher-survey-was-a4ac36 = The teacher survey was carried out in June 2026 and received 2,140 responses.

## list item 11
the-pilot-ran-in-5043f7 = The pilot ran in 38 schools across the West Midlands and the North East during the 2025/26 academic year.

## heading 4
contacts-b45064 = Contacts

## paragraph 8
department-for-education-press-7d4185 = Department for Education press office: 020 7783 8300, [press.office@example.gov.uk](mailto:press.office@example.gov.uk)
