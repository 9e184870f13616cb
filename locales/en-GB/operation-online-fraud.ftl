### Release `operation-online-fraud`, from sources/operation-online-fraud.md.
### Reference catalog (en-GB) written by `relingo extract`: do not edit it, edit the source.
### Translators work in locales/<locale>/operation-online-fraud.ftl.

## title
international-operation-disrupts-16a41c = International operation disrupts online fraud networks

## lead
a-six-week-operation-d24765 = A six-week operation led by the UK with partners in 27 countries has led to 312 arrests and the seizure of £18.7 million in criminal assets.

## location
london-ecc0e7 = London

## department
national-crime-agency-f70013 = National Crime Agency

## paragraph 1
a-major-international-law-efb65a = A major international law-enforcement operation against organised online fraud has resulted in **312 arrests** across 27 countries, the National Crime Agency (NCA) announced today.

## paragraph 2
the-six-week-operation-f0d559 = The six-week operation, codenamed *Operation Lantern*, targeted criminal networks running fake investment websites, romance scams and so-called "sextortion" schemes aimed at teenagers. Officers from the UK worked alongside colleagues from Europol, the U.S. Federal Bureau of Investigation and police forces across Africa and Asia.

## heading 1
results-of-the-operation-ca6554 = Results of the operation

## list item 1
n312-suspects-arrested-including-93b11b = 312 suspects arrested, including 41 in the UK

## list item 2
n18-7-million-in-d3d5e1 = £18.7 million in cash, cryptocurrency and property seized or frozen

## list item 3
n2-900-fraudulent-websites-7e626c = 2,900 fraudulent websites and 14,000 social media accounts taken down

## list item 4
more-than-6-500-e53207 = more than 6,500 victims identified, of whom roughly 9% were under 18

## paragraph 3
investigators-believe-the-c30900 = Investigators believe the networks had defrauded victims of at least £96 million since 2023. Some of the money was laundered through cryptocurrency exchanges and shell companies registered in several jurisdictions.

## quote 1
this-operation-shows-what-84da42 = This operation shows what can be achieved when police forces work together across borders. Criminals who think they can hide behind a screen in another country should think again.

## attribution 1
sarah-whitcombe-director-of-55e49e = Sarah Whitcombe, Director of Investigations, National Crime Agency

## paragraph 4
of-particular-concern-were-c0de04 = Of particular concern were groups that posed as young people online to trick teenagers into sharing intimate images, and then demanded payment. How many young people suffered in silence before coming forward? The NCA estimates that only a small fraction of cases are ever reported.

## quote 2
my-message-to-any-35cde8 = My message to any young person who is being threatened online is simple: it is not your fault, and you are not alone. Tell a trusted adult or contact us, and we will help.

## attribution 2
dr-amir-qureshi-head-fb7459 = Dr. Amir Qureshi, Head of Child Protection, National Crime Agency

## paragraph 5
anyone-who-has-been-863316 = Anyone who has been targeted can report it through the [CEOP Safety Centre](https://www.ceop.police.uk/safety-centre/). Advice for parents is available from the [Internet Watch Foundation](https://www.iwf.org.uk/).

## image alt text 1
officers-examining-seized-c1620f = Officers examining seized laptops and mobile phones during Operation Lantern

## heading 2
what-happens-next-8f9b77 = What happens next

## list item 5
suspects-arrested-in-the-7d9177 = Suspects arrested in the UK will appear before magistrates over the coming weeks.

## list item 6
seized-assets-will-be-5ada06 = Seized assets will be pursued through the courts under the Proceeds of Crime Act 2002.

## list item 7
victims-will-be-contacted-cb6695 = Victims will be contacted by local police forces and offered support.

## paragraph 6
the-weprotect-global-alliance-e9612a = The WePROTECT Global Alliance brings together governments, companies and civil society organisations to end the sexual exploitation of children online.

## heading 3
notes-to-editors-541549 = Notes to editors

## list item 8
operation-lantern-ran-from-c03e2d = Operation Lantern ran from 28 September to 8 November 2026 and was coordinated from Europol's headquarters in The Hague.

## list item 9
arrest-figures-are-provisional-ace941 = Arrest figures are provisional and may change as investigations continue.

## list item 10
photographs-and-b-roll-47c7aa = Photographs and b-roll footage are available from press.office@example.gov.uk.

## heading 4
contacts-b45064 = Contacts

## paragraph 7
nca-press-office-020-e11ca7 = NCA press office: 020 7238 2700, [press.office@example.gov.uk](mailto:press.office@example.gov.uk)
