### Release `school-digital-literacy`, translated into fr.
### Translate the text after `=`. Lines starting with `# @` are managed by relingo
### (see the README, section "For translators"); your own comments are kept.

## title
# @source: Every secondary school to teach digital literacy from 2027
every-secondary-school-to-7c3bff = L'éducation au numérique enseignée dans tous les établissements secondaires à partir de 2027

## lead
# @source: A new programme will help pupils spot misinformation, scams and online grooming, backed by £14 million for teacher training.
a-new-programme-will-2221ff = Un nouveau programme, soutenu par 14 millions de livres consacrés à la formation des enseignants, aidera les élèves à repérer la désinformation, les arnaques et les tentatives de manipulation en ligne à des fins sexuelles.

## location
# @source: Birmingham
birmingham-810c06 = Birmingham

## department
# @source: Department for Education
department-for-education-42dfee = Ministère de l'Éducation

## paragraph 1
# @source: Pupils in every state-funded secondary school in England will be taught how to stay safe online, spot misinformation and recognise scams under a new digital-literacy programme announced today.
pupils-in-every-state-95fac1 = Les élèves de tous les établissements secondaires publics d'Angleterre apprendront à se protéger en ligne, à repérer la désinformation et à reconnaître les arnaques dans le cadre d'un nouveau programme d'éducation au numérique annoncé aujourd'hui.

## paragraph 2
# @source: The programme will be introduced from September 2027. It will be backed by **£14 million** for teacher training and new classroom resources. More than 3.4 million pupils aged 11 to 16 are expected to take part each year.
the-programme-will-be-95e9fc = Le programme sera mis en place à partir de septembre 2027. Il bénéficiera de **14 millions de livres** destinés à la formation des enseignants et à de nouvelles ressources pédagogiques. Plus de 3,4 millions d'élèves âgés de 11 à 16 ans devraient en bénéficier chaque année.

## paragraph 3
# @source: Do young people really need lessons in using the internet? Teachers say yes. In a recent survey, 72% of secondary teachers said pupils struggled to tell the difference between trustworthy and misleading sources, and 58% had dealt with at least one case of online bullying in the past term.
do-young-people-really-259e83 = Les jeunes ont-ils vraiment besoin de cours pour apprendre à utiliser Internet ? Les enseignants répondent oui. Selon une enquête récente, 72 % des enseignants du secondaire estiment que les élèves peinent à distinguer les sources fiables des sources trompeuses, et 58 % ont été confrontés à au moins un cas de cyberharcèlement au cours du dernier trimestre.

## heading 1
# @source: What pupils will learn
what-pupils-will-learn-06e77c = Ce que les élèves apprendront

## list item 1
# @source: how to check whether a source, image or video is genuine
how-to-check-whether-0f4624 = comment vérifier l'authenticité d'une source, d'une image ou d'une vidéo

## list item 2
# @source: how to recognise scams, e.g. fake competitions and phishing messages
how-to-recognise-scams-b62c7a = comment reconnaître les arnaques, par exemple les faux concours et les messages d'hameçonnage

## list item 3
# @source: how to manage privacy settings and protect personal data
how-to-manage-privacy-fb44cf = comment gérer les paramètres de confidentialité et protéger ses données personnelles

## list item 4
# @source: how online grooming works and where to go for help
how-online-grooming-works-cb8d74 = comment fonctionne la manipulation en ligne à des fins sexuelles (grooming) et où trouver de l'aide

## list item 5
# @source: how algorithms shape what people see on social media
how-algorithms-shape-what-c5b0d6 = comment les algorithmes déterminent ce que l'on voit sur les réseaux sociaux

## quote 1
# @source: Children today grow up online, and they deserve the skills to navigate that world with confidence. This programme will give every pupil the tools to think critically and stay safe.
children-today-grow-up-61449a = Les enfants d'aujourd'hui grandissent en ligne et méritent d'acquérir les compétences nécessaires pour évoluer dans cet univers en toute confiance. Ce programme donnera à chaque élève les outils pour exercer son esprit critique et rester en sécurité.

## attribution 1
# @source: Laura Pennington MP, Minister for Schools
laura-pennington-mp-minister-cd1bec = Laura Pennington, députée, ministre de l'Enseignement scolaire

## paragraph 4
# @source: The resources have been developed with teachers, safeguarding experts and young people themselves. They will be free for all schools and will be updated every year to keep pace with new technology, i.e. so that lessons never fall behind the apps pupils actually use.
the-resources-have-been-89fdf0 = Les ressources ont été élaborées avec des enseignants, des spécialistes de la protection de l'enfance et les jeunes eux-mêmes. Elles seront gratuites pour tous les établissements et mises à jour chaque année afin de suivre l'évolution des technologies, c'est-à-dire pour que les cours ne soient jamais en retard sur les applications qu'utilisent réellement les élèves.

## heading 2
# @source: How schools will be supported
how-schools-will-be-8c5bd2 = Comment les établissements seront accompagnés

## list item 6
# @source: Every school will be able to nominate a digital-literacy lead for free accredited training.
every-school-will-be-8573ae = Chaque établissement pourra désigner un référent pour l'éducation au numérique, qui suivra gratuitement une formation certifiante.

## list item 7
# @source: Training will be delivered by 12 regional hubs, starting in April 2027.
training-will-be-delivered-867761 = La formation sera dispensée par 12 pôles régionaux à partir d'avril 2027.

## list item 8
# @source: Schools will receive a ready-made scheme of work, including lesson plans and assessment materials.
schools-will-receive-a-2ffc46 = Les établissements recevront une progression pédagogique clés en main, comprenant des plans de cours et des supports d'évaluation.

## paragraph 5
# @source: Mrs. Anita Shah, head teacher of a secondary school in Birmingham that piloted the programme, said pupils had responded with real enthusiasm. "They loved taking apart fake news stories," she said. "Some of them now check everything their parents share!"
mrs-anita-shah-head-8470a2 = Mme Anita Shah, cheffe d'un établissement secondaire de Birmingham ayant expérimenté le programme, a indiqué que les élèves avaient fait preuve d'un réel enthousiasme. « Ils ont adoré décortiquer des fausses informations », a-t-elle déclaré. « Certains vérifient désormais tout ce que partagent leurs parents ! »

## paragraph 6
# @source: Further information for schools is available at [GOV.UK](https://www.gov.uk/guidance/digital-literacy-in-schools).
further-information-for-schools-417a05 = Des informations complémentaires à l'intention des établissements sont disponibles sur [GOV.UK](https://www.gov.uk/guidance/digital-literacy-in-schools).

## paragraph 7
# @source: The WePROTECT Global Alliance brings together governments, companies and civil society organisations to end the sexual exploitation of children online.
the-weprotect-global-alliance-e9612a = La WePROTECT Global Alliance réunit des gouvernements, des entreprises et des organisations de la société civile afin de mettre fin à l'exploitation sexuelle des enfants en ligne.

## heading 3
# @source: Notes to editors
notes-to-editors-541549 = Notes aux rédactions

## list item 9
# @source: The programme forms part of the relationships, sex and health education curriculum and applies to all state-funded secondary schools, including academies.
the-programme-forms-part-fa8bbc = Le programme s'inscrit dans l'enseignement relatif aux relations, à la sexualité et à la santé (relationships, sex and health education) et s'applique à tous les établissements secondaires financés par l'État, y compris les academies.

## list item 10
# @source: The teacher survey was carried out in June 2026 and received 2,140 responses.
the-teacher-survey-was-a4ac36 = L'enquête auprès des enseignants a été réalisée en juin 2026 et a recueilli 2 140 réponses.

## list item 11
# @source: The pilot ran in 38 schools across the West Midlands and the North East during the 2025/26 academic year.
the-pilot-ran-in-5043f7 = L'expérimentation a été menée dans 38 établissements des West Midlands et du North East au cours de l'année scolaire 2025/26.

## heading 4
# @source: Contacts
contacts-b45064 = Contacts

## paragraph 8
# @source: Department for Education press office: 020 7783 8300, [press.office@example.gov.uk](mailto:press.office@example.gov.uk)
department-for-education-press-7d4185 = Service de presse du ministère de l'Éducation : 020 7783 8300, [press.office@example.gov.uk](mailto:press.office@example.gov.uk)
