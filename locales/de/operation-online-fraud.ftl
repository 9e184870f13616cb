### Release `operation-online-fraud`, translated into de.
### Translate the text after `=`. Lines starting with `# @` are managed by relingo
### (see the README, section "For translators"); your own comments are kept.

## title
# @source: International operation disrupts online fraud networks
international-operation-disrupts-16a41c = Internationaler Einsatz legt Netzwerke für Online-Betrug lahm

## lead
# @source: A six-week operation led by the UK with partners in 27 countries has led to 312 arrests and the seizure of £18.7 million in criminal assets.
a-six-week-operation-d24765 = Eine sechswöchige, vom Vereinigten Königreich geleitete Operation mit Partnern in 27 Ländern hat zu 312 Festnahmen und zur Beschlagnahme krimineller Vermögenswerte in Höhe von 18,7 Millionen Pfund geführt.

## location
# @source: London
london-ecc0e7 = London

## department
# @source: National Crime Agency
national-crime-agency-f70013 = National Crime Agency

## paragraph 1
# @source: A major international law-enforcement operation against organised online fraud has resulted in **312 arrests** across 27 countries, the National Crime Agency (NCA) announced today.
a-major-international-law-efb65a = Eine groß angelegte internationale Operation der Strafverfolgungsbehörden gegen organisierten Online-Betrug hat in in 27 Ländern zu **312 Festnahmen** geführt, wie die National Crime Agency (NCA) heute mitteilte.

## paragraph 2
# @source: The six-week operation, codenamed *Operation Lantern*, targeted criminal networks running fake investment websites, romance scams and so-called "sextortion" schemes aimed at teenagers. Officers from the UK worked alongside colleagues from Europol, the U.S. Federal Bureau of Investigation and police forces across Africa and Asia.
the-six-week-operation-f0d559 = Die sechswöchige Operation mit dem Codenamen *Operation Lantern* richtete sich gegen kriminelle Netzwerke, die gefälschte Investment-Websites betrieben, Liebesbetrug (Romance Scams) begingen und mit sogenannten „Sextortion“-Maschen gezielt Jugendliche ins Visier nahmen. Einsatzkräfte aus dem Vereinigten Königreich arbeiteten dabei mit Kolleginnen und Kollegen von Europol, dem US-amerikanischen Federal Bureau of Investigation sowie Polizeibehörden in Afrika und Asien zusammen.

## heading 1
# @source: Results of the operation
results-of-the-operation-ca6554 = Ergebnisse der Operation

## list item 1
# @source: 312 suspects arrested, including 41 in the UK
n312-suspects-arrested-including-93b11b = 312 Verdächtige festgenommen, davon einige im Vereinigten Königreich

## list item 2
# @source: £18.7 million in cash, cryptocurrency and property seized or frozen
n18-7-million-in-d3d5e1 = 18,7 Millionen Pfund in Form von Bargeld, Kryptowährungen und Vermögenswerten beschlagnahmt oder eingefroren

## list item 3
# @source: 2,900 fraudulent websites and 14,000 social media accounts taken down
n2-900-fraudulent-websites-7e626c = 2.900 betrügerische Websites und 14.000 Social-Media-Konten abgeschaltet

## list item 4
# @source: more than 6,500 victims identified, of whom roughly 9% were under 18
more-than-6-500-e53207 = mehr als 6.500 Opfer identifiziert, davon rund 9 % unter 18 Jahren

## paragraph 3
# @source: Investigators believe the networks had defrauded victims of at least £96 million since 2023. Some of the money was laundered through cryptocurrency exchanges and shell companies registered in several jurisdictions.
investigators-believe-the-c30900 = Die Ermittler gehen davon aus, dass die Netzwerke ihre Opfer seit 2023 um mindestens 96 Millionen Pfund betrogen haben. Ein Teil des Geldes wurde über Kryptobörsen und Briefkastenfirmen gewaschen, die in mehreren Ländern registriert waren.

## quote 1
# @source: This operation shows what can be achieved when police forces work together across borders. Criminals who think they can hide behind a screen in another country should think again.
this-operation-shows-what-84da42 = Diese Operation zeigt, was möglich ist, wenn Polizeibehörden grenzüberschreitend zusammenarbeiten. Kriminelle, die glauben, sie könnten sich in einem anderen Land hinter einem Bildschirm verstecken, sollten sich das noch einmal gut überlegen.

## attribution 1
# @source: Sarah Whitcombe, Director of Investigations, National Crime Agency
sarah-whitcombe-director-of-55e49e = Sarah Whitcombe, Direktorin für Ermittlungen, National Crime Agency

## paragraph 4
# @source: Of particular concern were groups that posed as young people online to trick teenagers into sharing intimate images, and then demanded payment. How many young people suffered in silence before coming forward? The NCA estimates that only a small fraction of cases are ever reported.
of-particular-concern-were-c0de04 = Besonders besorgniserregend waren Gruppen, die sich im Internet als junge Menschen ausgaben, um Jugendliche dazu zu bringen, intime Bilder zu teilen, und anschließend Geld forderten. Wie viele junge Menschen haben im Stillen gelitten, bevor sie sich gemeldet haben? Die NCA geht davon aus, dass nur ein kleiner Bruchteil der Fälle überhaupt angezeigt wird.

## quote 2
# @source: My message to any young person who is being threatened online is simple: it is not your fault, and you are not alone. Tell a trusted adult or contact us, and we will help.
my-message-to-any-35cde8 = Meine Botschaft an alle jungen Menschen, die im Internet bedroht werden, ist einfach: Es ist nicht deine Schuld, und du bist nicht allein. Wende dich an einen Erwachsenen, dem du vertraust, oder melde dich bei uns – wir helfen dir.

## attribution 2
# @source: Dr. Amir Qureshi, Head of Child Protection, National Crime Agency
dr-amir-qureshi-head-fb7459 = Dr. Amir Qureshi, Leiter Kinderschutz, National Crime Agency

## paragraph 5
# @source: Anyone who has been targeted can report it through the [CEOP Safety Centre](https://www.ceop.police.uk/safety-centre/). Advice for parents is available from the [Internet Watch Foundation](https://www.iwf.org.uk/).
anyone-who-has-been-863316 = Wer betroffen ist, kann dies über das [CEOP Safety Centre](https://www.ceop.police.uk/safety-centre/) melden. Rat für Eltern bietet die [Internet Watch Foundation](https://www.iwf.org.uk/).

## image alt text 1
# @source: Officers examining seized laptops and mobile phones during Operation Lantern
officers-examining-seized-c1620f = Einsatzkräfte untersuchen während der Operation Lantern beschlagnahmte Laptops und Mobiltelefone

## heading 2
# @source: What happens next
what-happens-next-8f9b77 = Wie es weitergeht

## list item 5
# @source: Suspects arrested in the UK will appear before magistrates over the coming weeks.
suspects-arrested-in-the-7d9177 = Die im Vereinigten Königreich festgenommenen Verdächtigen müssen sich in den kommenden Wochen vor einem Magistrates' Court verantworten.

## list item 6
# @source: Seized assets will be pursued through the courts under the Proceeds of Crime Act 2002.
seized-assets-will-be-5ada06 = Die Einziehung der beschlagnahmten Vermögenswerte wird auf Grundlage des Proceeds of Crime Act 2002 gerichtlich betrieben.

## list item 7
# @source: Victims will be contacted by local police forces and offered support.
victims-will-be-contacted-cb6695 = Die Opfer werden von den örtlichen Polizeibehörden kontaktiert und erhalten Unterstützungsangebote.

## paragraph 6
# @source: The WePROTECT Global Alliance brings together governments, companies and civil society organisations to end the sexual exploitation of children online.
the-weprotect-global-alliance-e9612a = Die WePROTECT Global Alliance bringt Regierungen, Unternehmen und zivilgesellschaftliche Organisationen zusammen, um die sexuelle Ausbeutung von Kindern im Internet zu beenden.

## heading 3
# @source: Notes to editors
notes-to-editors-541549 = Hinweise für Redaktionen

## list item 8
# @source: Operation Lantern ran from 28 September to 8 November 2026 and was coordinated from Europol's headquarters in The Hague.
operation-lantern-ran-from-c03e2d = Die Operation Lantern lief vom 28. September bis zum 8. November 2026 und wurde vom Europol-Hauptsitz in Den Haag aus koordiniert.

## list item 9
# @source: Arrest figures are provisional and may change as investigations continue.
arrest-figures-are-provisional-ace941 = Die Zahl der Festnahmen ist vorläufig und kann sich im Zuge der weiteren Ermittlungen noch ändern.

## list item 10
# @source: Photographs and b-roll footage are available from press.office@example.gov.uk.
photographs-and-b-roll-47c7aa = Fotos und B-Roll-Material sind über press.office@example.gov.uk erhältlich.

## heading 4
# @source: Contacts
contacts-b45064 = Kontakt

## paragraph 7
# @source: NCA press office: 020 7238 2700, [press.office@example.gov.uk](mailto:press.office@example.gov.uk)
nca-press-office-020-e11ca7 = Pressestelle der NCA: 020 7238 2700, [press.office@example.gov.uk](mailto:press.office@example.gov.uk)
