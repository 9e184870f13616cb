### Release `online-safety-fund`, translated into pl.
### Translate the text after `=`. Lines starting with `# @` are managed by relingo
### (see the README, section "For translators"); your own comments are kept.

## title
# @source: £20.5 million fund to strengthen online safety regulation
# @todo
n20-5-million-fund-861694 = £20.5 million fund to strengthen online safety regulation

## lead
# @source: New funding will help Ofcom and partners enforce child safety duties faster and support smaller platforms to comply with the law.
# @todo
new-funding-will-help-b3312e = New funding will help Ofcom and partners enforce child safety duties faster and support smaller platforms to comply with the law.

## location
# @source: London
# @todo
london-ecc0e7 = London

## department
# @source: Department for Science, Innovation and Technology
# @todo
department-for-science-991a78 = Department for Science, Innovation and Technology

## paragraph 1
# @source: Children will be better protected from harmful content online thanks to a **£20.5 million** package announced today to strengthen the enforcement of online safety rules across the UK.
# @todo
children-will-be-better-485dc4 = Children will be better protected from harmful content online thanks to a **£20.5 million** package announced today to strengthen the enforcement of online safety rules across the UK.

## paragraph 2
# @source: The package was agreed at a round-table meeting at No. 10 Downing Street in October. The fund will run for three years. It will expand specialist investigation teams, pay for new age-assurance testing and provide free compliance support to smaller services. Around 1,600 platforms are expected to benefit from the support scheme in its first year alone.
# @todo
the-package-was-agreed-8535db = The package was agreed at a round-table meeting at No. 10 Downing Street in October. The fund will run for three years. It will expand specialist investigation teams, pay for new age-assurance testing and provide free compliance support to smaller services. Around 1,600 platforms are expected to benefit from the support scheme in its first year alone.

## paragraph 3
# @source: Why does this matter? Recent research found that 1.6m children aged 8 to 15 had seen content promoting self-harm or eating disorders in the previous twelve months. That is far too many, and the government is determined to bring the number down.
# @todo
why-does-this-matter-642e0f = Why does this matter? Recent research found that 1.6m children aged 8 to 15 had seen content promoting self-harm or eating disorders in the previous twelve months. That is far too many, and the government is determined to bring the number down.

## heading 1
# @source: What the funding will pay for
# @todo
what-the-funding-will-4b13a7 = What the funding will pay for

## list item 1
# @source: £9.2 million for additional investigators and technical analysts working on child safety cases
# @todo
n9-2-million-for-c675f5 = £9.2 million for additional investigators and technical analysts working on child safety cases

## list item 2
# @source: £6.8 million for an independent age-assurance testing laboratory
# @todo
n6-8-million-for-6ba0b9 = £6.8 million for an independent age-assurance testing laboratory

## list item 3
# @source: £3 million for a compliance helpdesk aimed at start-ups and community forums
# @todo
n3-million-for-a-a773be = £3 million for a compliance helpdesk aimed at start-ups and community forums

## list item 4
# @source: £1.5 million for research into emerging risks, e.g. AI-generated imagery and live-streaming
# @todo
n1-5-million-for-573cb1 = £1.5 million for research into emerging risks, e.g. AI-generated imagery and live-streaming

## paragraph 4
# @source: The government is committed to working with international partners, industry and charities to make the UK the safest place in the world to be online.
# @todo
the-government-is-committed-ec2a42 = The government is committed to working with international partners, industry and charities to make the UK the safest place in the world to be online.

## quote 1
# @source: Parents have told us again and again that they want platforms to take responsibility. This money means the rules will be enforced quickly and fairly, whatever the size of the company.
# @todo
parents-have-told-us-ecd891 = Parents have told us again and again that they want platforms to take responsibility. This money means the rules will be enforced quickly and fairly, whatever the size of the company.

## attribution 1
# @source: Rachel Ormerod MP, Minister for Online Safety
# @todo
rachel-ormerod-mp-minister-248f36 = Rachel Ormerod MP, Minister for Online Safety

## paragraph 5
# @source: Under the new arrangements, services found in breach of their duties could face fines of up to 10% of qualifying worldwide revenue. The regulator will publish its first enforcement priorities report in spring 2027. Details of the consultation on the testing laboratory are available on [GOV.UK](https://www.gov.uk/government/consultations/age-assurance-testing).
# @todo
under-the-new-arrangements-4eaa0d = Under the new arrangements, services found in breach of their duties could face fines of up to 10% of qualifying worldwide revenue. The regulator will publish its first enforcement priorities report in spring 2027. Details of the consultation on the testing laboratory are available on [GOV.UK](https://www.gov.uk/government/consultations/age-assurance-testing).

## quote 2
# @source: Smaller services often *want* to do the right thing but simply don't know where to start. A free, practical helpdesk will make a real difference to them, and to the children who use their sites.
# @todo
smaller-services-often-want-46ebb3 = Smaller services often *want* to do the right thing but simply don't know where to start. A free, practical helpdesk will make a real difference to them, and to the children who use their sites.

## attribution 2
# @source: Dr. Helen Marsh, Chief Executive, Safer Internet Partnership
# @todo
dr-helen-marsh-chief-778af3 = Dr. Helen Marsh, Chief Executive, Safer Internet Partnership

## image alt text 1
# @source: A parent and child looking at a tablet together at a kitchen table
# @todo
a-parent-and-child-e31afd = A parent and child looking at a tablet together at a kitchen table

## heading 2
# @source: How smaller platforms can apply
# @todo
how-smaller-platforms-can-d6a24f = How smaller platforms can apply

## list item 5
# @source: Check eligibility using the online self-assessment tool.
# @todo
check-eligibility-using-the-82cc12 = Check eligibility using the online self-assessment tool.

## list item 6
# @source: Register with the compliance helpdesk by 31 January 2027.
# @todo
register-with-the-compliance-16afd4 = Register with the compliance helpdesk by 31 January 2027.

## list item 7
# @source: Book a free one-to-one session with a compliance adviser.
# @todo
book-a-free-one-4e7fa0 = Book a free one-to-one session with a compliance adviser.

## paragraph 6
# @source: Applications open on 1 December 2026.
# @todo
applications-open-on-1-bea477 = Applications open on 1 December 2026.

## heading 3
# @source: Notes to editors
# @todo
notes-to-editors-541549 = Notes to editors

## list item 8
# @source: The £20.5 million is new money from the department's existing spending review settlement and is additional to Ofcom's fee-funded budget.
# @todo
the-20-5-million-e83389 = The £20.5 million is new money from the department's existing spending review settlement and is additional to Ofcom's fee-funded budget.

## list item 9
# @source: Figures on children's exposure to harmful content are drawn from the Children's Online Experiences Survey 2026, which sampled 4,812 households across England, Scotland, Wales and Northern Ireland.
# @todo
figures-on-children-s-bf3154 = Figures on children's exposure to harmful content are drawn from the Children's Online Experiences Survey 2026, which sampled 4,812 households across England, Scotland, Wales and Northern Ireland.

## list item 10
# @source: Interview requests for the minister should be sent to press.office@example.gov.uk.
# @todo
interview-requests-for-the-753f4d = Interview requests for the minister should be sent to press.office@example.gov.uk.

## heading 4
# @source: Contacts
# @todo
contacts-b45064 = Contacts

## paragraph 7
# @source: DSIT press office: 020 7215 3000, [newsdesk@example.gov.uk](mailto:newsdesk@example.gov.uk)
# @todo
dsit-press-office-020-4d5f47 = DSIT press office: 020 7215 3000, [newsdesk@example.gov.uk](mailto:newsdesk@example.gov.uk)
