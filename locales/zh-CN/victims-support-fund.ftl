### Release `victims-support-fund`, translated into zh-CN.
### Translate the text after `=`. Lines starting with `# @` are managed by relingo
### (see the README, section "For translators"); your own comments are kept.

## title
# @source: £35 million fund to support victims of online abuse
# @todo
n35-million-fund-to-f7f5e3 = £35 million fund to support victims of online abuse

## lead
# @source: Charities will receive new funding to provide specialist counselling, advocacy and practical help to children and adults harmed online.
# @todo
charities-will-receive-new-fca73f = Charities will receive new funding to provide specialist counselling, advocacy and practical help to children and adults harmed online.

## location
# @source: London
# @todo
london-ecc0e7 = London

## department
# @source: Ministry of Justice
# @todo
ministry-of-justice-c5061a = Ministry of Justice

## paragraph 1
# @source: Victims of online abuse, including children who have been groomed or exploited, will receive faster and more specialist support thanks to a **£35 million** fund announced today by the Ministry of Justice.
# @todo
victims-of-online-abuse-d26bb1 = Victims of online abuse, including children who have been groomed or exploited, will receive faster and more specialist support thanks to a **£35 million** fund announced today by the Ministry of Justice.

## paragraph 2
# @source: The Online Harms Victims Fund will be distributed over three years to charities and local services across England and Wales. It is expected to help around 48,000 people a year. For the first time, funding will be ring-fenced for services that work *specifically* with children and young people.
# @todo
the-online-harms-victims-91e6c7 = The Online Harms Victims Fund will be distributed over three years to charities and local services across England and Wales. It is expected to help around 48,000 people a year. For the first time, funding will be ring-fenced for services that work *specifically* with children and young people.

## paragraph 3
# @source: Last year, police recorded more than 27,000 offences involving the sexual abuse or exploitation of children online, an increase of 3.5% on the year before. Behind every one of those numbers is a child and a family who need help.
# @todo
last-year-police-recorded-559ff7 = Last year, police recorded more than 27,000 offences involving the sexual abuse or exploitation of children online, an increase of 3.5% on the year before. Behind every one of those numbers is a child and a family who need help.

## heading 1
# @source: What the fund will provide
# @todo
what-the-fund-will-9c30ff = What the fund will provide

## list item 1
# @source: specialist counselling for children and young people
# @todo
specialist-counselling-for-44a9ca = specialist counselling for children and young people

## list item 2
# @source: independent advocates to support victims through the criminal justice process
# @todo
independent-advocates-to-support-49b2fc = independent advocates to support victims through the criminal justice process

## list item 3
# @source: a national helpline for parents and carers, open seven days a week
# @todo
a-national-helpline-for-ecc1f4 = a national helpline for parents and carers, open seven days a week

## list item 4
# @source: practical help removing images and content from the internet
# @todo
practical-help-removing-images-708803 = practical help removing images and content from the internet

## quote 1
# @source: No victim should have to face the aftermath of online abuse alone. This funding means children and families will get expert help quickly, from people who understand exactly what they are going through.
# @todo
no-victim-should-have-ca4d79 = No victim should have to face the aftermath of online abuse alone. This funding means children and families will get expert help quickly, from people who understand exactly what they are going through.

## attribution 1
# @source: Victoria Ashworth MP, Minister for Victims and Safeguarding
# @todo
victoria-ashworth-mp-minister-b22729 = Victoria Ashworth MP, Minister for Victims and Safeguarding

## paragraph 4
# @source: The announcement follows a review of victim services led by Dr. Jonathan Ellery, which found that some families had waited more than six months for counselling. The review also found that support varied widely depending on where victims lived. Is it fair that a child in one town gets help within a week while a child in another waits half a year? The review concluded that it is not.
# @todo
the-announcement-follows-a-52e299 = The announcement follows a review of victim services led by Dr. Jonathan Ellery, which found that some families had waited more than six months for counselling. The review also found that support varied widely depending on where victims lived. Is it fair that a child in one town gets help within a week while a child in another waits half a year? The review concluded that it is not.

## heading 2
# @source: How charities can apply
# @todo
how-charities-can-apply-5bc23b = How charities can apply

## list item 5
# @source: Read the fund prospectus on [GOV.UK](https://www.gov.uk/government/publications/online-harms-victims-fund).
# @todo
read-the-fund-prospectus-5bef1f = Read the fund prospectus on [GOV.UK](https://www.gov.uk/government/publications/online-harms-victims-fund).

## list item 6
# @source: Submit an expression of interest by 15 January 2027.
# @todo
submit-an-expression-of-098536 = Submit an expression of interest by 15 January 2027.

## list item 7
# @source: Shortlisted organisations will be invited to submit a full bid in February 2027.
# @todo
shortlisted-organisations-will-1fa26c = Shortlisted organisations will be invited to submit a full bid in February 2027.

## paragraph 5
# @source: The first grants are expected to be awarded in April 2027.
# @todo
the-first-grants-are-25c38e = The first grants are expected to be awarded in April 2027.

## paragraph 6
# @source: The government is committed to working with international partners, industry and charities to make the UK the safest place in the world to be online.
# @todo
the-government-is-committed-ec2a42 = The government is committed to working with international partners, industry and charities to make the UK the safest place in the world to be online.

## heading 3
# @source: Notes to editors
# @todo
notes-to-editors-541549 = Notes to editors

## list item 8
# @source: The fund is jointly financed by the Ministry of Justice and the Home Office, with contributions of £25 million and £10 million respectively.
# @todo
the-fund-is-jointly-21a02e = The fund is jointly financed by the Ministry of Justice and the Home Office, with contributions of £25 million and £10 million respectively.

## list item 9
# @source: Police-recorded crime figures are taken from the latest statistics published by the Office for National Statistics.
# @todo
police-recorded-crime-figures-818e39 = Police-recorded crime figures are taken from the latest statistics published by the Office for National Statistics.

## list item 10
# @source: The independent review of victim services was commissioned in January 2026; its full report is published alongside this announcement.
# @todo
the-independent-review-of-d65514 = The independent review of victim services was commissioned in January 2026; its full report is published alongside this announcement.

## list item 11
# @source: For interview requests, contact press.office@example.gov.uk.
# @todo
for-interview-requests-contact-8b3ff5 = For interview requests, contact press.office@example.gov.uk.

## heading 4
# @source: Contacts
# @todo
contacts-b45064 = Contacts

## paragraph 7
# @source: Ministry of Justice press office: 020 3334 3536, [press.office@example.gov.uk](mailto:press.office@example.gov.uk)
# @todo
ministry-of-justice-press-084dd2 = Ministry of Justice press office: 020 3334 3536, [press.office@example.gov.uk](mailto:press.office@example.gov.uk)
