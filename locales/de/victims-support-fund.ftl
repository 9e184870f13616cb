### Release `victims-support-fund`, translated into de.
### Translate the text after `=`. Lines starting with `# @` are managed by relingo
### (see the README, section "For translators"); your own comments are kept.

## title
# @source: £35 million fund to support victims of online abuse
n35-million-fund-to-f7f5e3 = 35 Millionen Pfund für die Unterstützung von Opfern von Online-Missbrauch

## lead
# @source: Charities will receive new funding to provide specialist counselling, advocacy and practical help to children and adults harmed online.
charities-will-receive-new-fca73f = Gemeinnützige Organisationen erhalten neue Mittel, um Kindern und Erwachsenen, die im Internet zu Schaden gekommen sind, spezialisierte Beratung, Interessenvertretung und praktische Hilfe anzubieten.

## location
# @source: London
london-ecc0e7 = London

## department
# @source: Ministry of Justice
ministry-of-justice-c5061a = Justizministerium

## paragraph 1
# @source: Victims of online abuse, including children who have been groomed or exploited, will receive faster and more specialist support thanks to a **£35 million** fund announced today by the Ministry of Justice.
victims-of-online-abuse-d26bb1 = Opfer von Online-Missbrauch, darunter Kinder, die Opfer von Grooming oder Ausbeutung geworden sind, erhalten künftig schneller und gezielter fachliche Unterstützung – dank eines Fonds in Höhe von **35 Millionen Pfund, den das Justizministerium heute angekündigt hat.

## paragraph 2
# @source: The Online Harms Victims Fund will be distributed over three years to charities and local services across England and Wales. It is expected to help around 48,000 people a year. For the first time, funding will be ring-fenced for services that work *specifically* with children and young people.
the-online-harms-victims-91e6c7 = Die Mittel des Online Harms Victims Fund werden über drei Jahre an gemeinnützige Organisationen und lokale Hilfsangebote in England und Wales verteilt. Damit sollen jährlich rund 48.000 Menschen unterstützt werden. Erstmals werden Mittel eigens für Angebote reserviert, die sich *speziell* an Kinder und Jugendliche richten.

## paragraph 3
# @source: Last year, police recorded more than 27,000 offences involving the sexual abuse or exploitation of children online, an increase of 3.5% on the year before. Behind every one of those numbers is a child and a family who need help.
last-year-police-recorded-559ff7 = Im vergangenen Jahr erfasste die Polizei mehr als 27.000 Straftaten im Zusammenhang mit dem sexuellen Missbrauch oder der sexuellen Ausbeutung von Kindern im Internet – ein Anstieg um 3,5 % gegenüber dem Vorjahr. Hinter jeder dieser Zahlen stehen ein Kind und eine Familie, die Hilfe brauchen.

## heading 1
# @source: What the fund will provide
what-the-fund-will-9c30ff = Was der Fonds bietet

## list item 1
# @source: specialist counselling for children and young people
specialist-counselling-for-44a9ca = spezialisierte psychologische Beratung für Kinder und Jugendliche

## list item 2
# @source: independent advocates to support victims through the criminal justice process
independent-advocates-to-support-49b2fc = unabhängige Prozessbegleitung, die Opfer durch das gesamte Strafverfahren unterstützt

## list item 3
# @source: a national helpline for parents and carers, open seven days a week
a-national-helpline-for-ecc1f4 = eine landesweite Hotline für Eltern und Betreuungspersonen, die an sieben Tagen in der Woche erreichbar ist

## list item 4
# @source: practical help removing images and content from the internet
practical-help-removing-images-708803 = praktische Hilfe beim Entfernen von Bildern und Inhalten aus dem Internet

## quote 1
# @source: No victim should have to face the aftermath of online abuse alone. This funding means children and families will get expert help quickly, from people who understand exactly what they are going through.
no-victim-should-have-ca4d79 = Kein Opfer sollte mit den Folgen von Online-Missbrauch allein fertigwerden müssen. Mit diesen Mitteln erhalten Kinder und Familien schnell fachkundige Hilfe von Menschen, die genau verstehen, was sie durchmachen.

## attribution 1
# @source: Victoria Ashworth MP, Minister for Victims and Safeguarding
victoria-ashworth-mp-minister-b22729 = Victoria Ashworth MP, Ministerin für Opferschutz und den Schutz gefährdeter Personen

## paragraph 4
# @source: The announcement follows a review of victim services led by Dr. Jonathan Ellery, which found that some families had waited more than six months for counselling. The review also found that support varied widely depending on where victims lived. Is it fair that a child in one town gets help within a week while a child in another waits half a year? The review concluded that it is not.
the-announcement-follows-a-52e299 = Die Ankündigung folgt auf eine von Dr. Jonathan Ellery geleitete Überprüfung der Opferhilfe, die ergab, dass einige Familien mehr als sechs Monate auf eine Beratung gewartet hatten. Die Überprüfung stellte zudem fest, dass die Unterstützung je nach Wohnort der Opfer stark variierte. Ist es gerecht, dass ein Kind in der einen Stadt innerhalb einer Woche Hilfe erhält, während ein Kind in einer anderen ein halbes Jahr warten muss? Die Überprüfung kam zu dem Schluss, dass dies nicht der Fall ist.

## heading 2
# @source: How charities can apply
how-charities-can-apply-5bc23b = So können sich gemeinnützige Organisationen bewerben

## list item 5
# @source: Read the fund prospectus on [GOV.UK](https://www.gov.uk/government/publications/online-harms-victims-fund).
read-the-fund-prospectus-5bef1f = Lesen Sie die Ausschreibungsunterlagen des Fonds auf [GOV.UK](https://www.gov.uk/government/publications/online-harms-victims-fund).

## list item 6
# @source: Submit an expression of interest by 15 January 2027.
submit-an-expression-of-098536 = Reichen Sie bis zum 15. Januar 2027 eine Interessenbekundung ein.

## list item 7
# @source: Shortlisted organisations will be invited to submit a full bid in February 2027.
shortlisted-organisations-will-1fa26c = Organisationen in der engeren Auswahl werden im Februar 2027 aufgefordert, einen vollständigen Antrag einzureichen.

## paragraph 5
# @source: The first grants are expected to be awarded in April 2027.
the-first-grants-are-25c38e = Die ersten Fördermittel sollen im April 2027 vergeben werden.

## paragraph 6
# @source: The government is committed to working with international partners, industry and charities to make the UK the safest place in the world to be online.
the-government-is-committed-ec2a42 = Die Regierung setzt sich dafür ein, gemeinsam mit internationalen Partnern, der Wirtschaft und gemeinnützigen Organisationen das Vereinigte Königreich zum sichersten Ort der Welt im Internet zu machen.

## heading 3
# @source: Notes to editors
notes-to-editors-541549 = Hinweise für Redaktionen

## list item 8
# @source: The fund is jointly financed by the Ministry of Justice and the Home Office, with contributions of £25 million and £10 million respectively.
the-fund-is-jointly-21a02e = Der Fonds wird gemeinsam vom Justizministerium und vom britischen Innenministerium finanziert, die 25 Millionen Pfund bzw. 10 Millionen Pfund beisteuern.

## list item 9
# @source: Police-recorded crime figures are taken from the latest statistics published by the Office for National Statistics.
police-recorded-crime-figures-818e39 = Die Zahlen zu den von der Polizei erfassten Straftaten stammen aus den jüngsten Statistiken des britischen Statistikamts (Office for National Statistics).

## list item 10
# @source: The independent review of victim services was commissioned in January 2026; its full report is published alongside this announcement.
the-independent-review-of-d65514 = Die unabhängige Überprüfung der Opferhilfe wurde im Januar 2026 in Auftrag gegeben; ihr vollständiger Bericht wird zeitgleich mit dieser Ankündigung veröffentlicht.

## list item 11
# @source: For interview requests, contact press.office@example.gov.uk.
for-interview-requests-contact-8b3ff5 = Interviewanfragen richten Sie bitte an press.office@example.gov.uk.

## heading 4
# @source: Contacts
contacts-b45064 = Kontakt

## paragraph 7
# @source: Ministry of Justice press office: 020 3334 3536, [press.office@example.gov.uk](mailto:press.office@example.gov.uk)
ministry-of-justice-press-084dd2 = Pressestelle des Justizministeriums: 020 3334 3536, [press.office@example.gov.uk](mailto:press.office@example.gov.uk)
