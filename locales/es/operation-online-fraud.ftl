### Release `operation-online-fraud`, translated into es.
### Translate the text after `=`. Lines starting with `# @` are managed by relingo
### (see the README, section "For translators"); your own comments are kept.

## title
# @source: International operation disrupts online fraud networks
# @todo
international-operation-disrupts-16a41c = International operation disrupts online fraud networks

## lead
# @source: A six-week operation led by the UK with partners in 27 countries has led to 312 arrests and the seizure of £18.7 million in criminal assets.
# @todo
a-six-week-operation-d24765 = A six-week operation led by the UK with partners in 27 countries has led to 312 arrests and the seizure of £18.7 million in criminal assets.

## location
# @source: London
# @todo
london-ecc0e7 = London

## department
# @source: National Crime Agency
# @todo
national-crime-agency-f70013 = National Crime Agency

## paragraph 1
# @source: A major international law-enforcement operation against organised online fraud has resulted in **312 arrests** across 27 countries, the National Crime Agency (NCA) announced today.
# @todo
a-major-international-law-efb65a = A major international law-enforcement operation against organised online fraud has resulted in **312 arrests** across 27 countries, the National Crime Agency (NCA) announced today.

## paragraph 2
# @source: The six-week operation, codenamed *Operation Lantern*, targeted criminal networks running fake investment websites, romance scams and so-called "sextortion" schemes aimed at teenagers. Officers from the UK worked alongside colleagues from Europol, the U.S. Federal Bureau of Investigation and police forces across Africa and Asia.
# @todo
the-six-week-operation-f0d559 = The six-week operation, codenamed *Operation Lantern*, targeted criminal networks running fake investment websites, romance scams and so-called "sextortion" schemes aimed at teenagers. Officers from the UK worked alongside colleagues from Europol, the U.S. Federal Bureau of Investigation and police forces across Africa and Asia.

## heading 1
# @source: Results of the operation
# @todo
results-of-the-operation-ca6554 = Results of the operation

## list item 1
# @source: 312 suspects arrested, including 41 in the UK
# @todo
n312-suspects-arrested-including-93b11b = 312 suspects arrested, including 41 in the UK

## list item 2
# @source: £18.7 million in cash, cryptocurrency and property seized or frozen
# @todo
n18-7-million-in-d3d5e1 = £18.7 million in cash, cryptocurrency and property seized or frozen

## list item 3
# @source: 2,900 fraudulent websites and 14,000 social media accounts taken down
# @todo
n2-900-fraudulent-websites-7e626c = 2,900 fraudulent websites and 14,000 social media accounts taken down

## list item 4
# @source: more than 6,500 victims identified, of whom roughly 9% were under 18
# @todo
more-than-6-500-e53207 = more than 6,500 victims identified, of whom roughly 9% were under 18

## paragraph 3
# @source: Investigators believe the networks had defrauded victims of at least £96 million since 2023. Some of the money was laundered through cryptocurrency exchanges and shell companies registered in several jurisdictions.
# @todo
investigators-believe-the-c30900 = Investigators believe the networks had defrauded victims of at least £96 million since 2023. Some of the money was laundered through cryptocurrency exchanges and shell companies registered in several jurisdictions.

## quote 1
# @source: This operation shows what can be achieved when police forces work together across borders. Criminals who think they can hide behind a screen in another country should think again.
# @todo
this-operation-shows-what-84da42 = This operation shows what can be achieved when police forces work together across borders. Criminals who think they can hide behind a screen in another country should think again.

## attribution 1
# @source: Sarah Whitcombe, Director of Investigations, National Crime Agency
# @todo
sarah-whitcombe-director-of-55e49e = Sarah Whitcombe, Director of Investigations, National Crime Agency

## paragraph 4
# @source: Of particular concern were groups that posed as young people online to trick teenagers into sharing intimate images, and then demanded payment. How many young people suffered in silence before coming forward? The NCA estimates that only a small fraction of cases are ever reported.
# @todo
of-particular-concern-were-c0de04 = Of particular concern were groups that posed as young people online to trick teenagers into sharing intimate images, and then demanded payment. How many young people suffered in silence before coming forward? The NCA estimates that only a small fraction of cases are ever reported.

## quote 2
# @source: My message to any young person who is being threatened online is simple: it is not your fault, and you are not alone. Tell a trusted adult or contact us, and we will help.
# @todo
my-message-to-any-35cde8 = My message to any young person who is being threatened online is simple: it is not your fault, and you are not alone. Tell a trusted adult or contact us, and we will help.

## attribution 2
# @source: Dr. Amir Qureshi, Head of Child Protection, National Crime Agency
# @todo
dr-amir-qureshi-head-fb7459 = Dr. Amir Qureshi, Head of Child Protection, National Crime Agency

## paragraph 5
# @source: Anyone who has been targeted can report it through the [CEOP Safety Centre](https://www.ceop.police.uk/safety-centre/). Advice for parents is available from the [Internet Watch Foundation](https://www.iwf.org.uk/).
# @todo
anyone-who-has-been-863316 = Anyone who has been targeted can report it through the [CEOP Safety Centre](https://www.ceop.police.uk/safety-centre/). Advice for parents is available from the [Internet Watch Foundation](https://www.iwf.org.uk/).

## image alt text 1
# @source: Officers examining seized laptops and mobile phones during Operation Lantern
# @todo
officers-examining-seized-c1620f = Officers examining seized laptops and mobile phones during Operation Lantern

## heading 2
# @source: What happens next
# @todo
what-happens-next-8f9b77 = What happens next

## list item 5
# @source: Suspects arrested in the UK will appear before magistrates over the coming weeks.
# @todo
suspects-arrested-in-the-7d9177 = Suspects arrested in the UK will appear before magistrates over the coming weeks.

## list item 6
# @source: Seized assets will be pursued through the courts under the Proceeds of Crime Act 2002.
# @todo
seized-assets-will-be-5ada06 = Seized assets will be pursued through the courts under the Proceeds of Crime Act 2002.

## list item 7
# @source: Victims will be contacted by local police forces and offered support.
# @todo
victims-will-be-contacted-cb6695 = Victims will be contacted by local police forces and offered support.

## paragraph 6
# @source: The WePROTECT Global Alliance brings together governments, companies and civil society organisations to end the sexual exploitation of children online.
# @todo
the-weprotect-global-alliance-e9612a = The WePROTECT Global Alliance brings together governments, companies and civil society organisations to end the sexual exploitation of children online.

## heading 3
# @source: Notes to editors
# @todo
notes-to-editors-541549 = Notes to editors

## list item 8
# @source: Operation Lantern ran from 28 September to 8 November 2026 and was coordinated from Europol's headquarters in The Hague.
# @todo
operation-lantern-ran-from-c03e2d = Operation Lantern ran from 28 September to 8 November 2026 and was coordinated from Europol's headquarters in The Hague.

## list item 9
# @source: Arrest figures are provisional and may change as investigations continue.
# @todo
arrest-figures-are-provisional-ace941 = Arrest figures are provisional and may change as investigations continue.

## list item 10
# @source: Photographs and b-roll footage are available from press.office@example.gov.uk.
# @todo
photographs-and-b-roll-47c7aa = Photographs and b-roll footage are available from press.office@example.gov.uk.

## heading 4
# @source: Contacts
# @todo
contacts-b45064 = Contacts

## paragraph 7
# @source: NCA press office: 020 7238 2700, [press.office@example.gov.uk](mailto:press.office@example.gov.uk)
# @todo
nca-press-office-020-e11ca7 = NCA press office: 020 7238 2700, [press.office@example.gov.uk](mailto:press.office@example.gov.uk)
