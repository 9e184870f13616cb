### Release `national-cybercrime-reporting`, translated into es.
### Translate the text after `=`. Lines starting with `# @` are managed by relingo
### (see the README, section "For translators"); your own comments are kept.

## title
# @source: New national service makes reporting cybercrime quicker
new-national-service-makes-ee7751 = Un nuevo servicio nacional agiliza la denuncia de los ciberdelitos

## lead
# @source: A single 24-hour online and telephone service will let victims of fraud and cybercrime report offences and get help in minutes.
a-single-24-hour-18053b = Un servicio único en línea y telefónico, disponible las 24 horas, permitirá a las víctimas de fraude y ciberdelincuencia denunciar delitos y obtener ayuda en cuestión de minutos.

## location
# @source: London
london-ecc0e7 = Londres

## department
# @source: Home Office
home-office-08e0c2 = Ministerio del Interior británico

## paragraph 1
# @source: Victims of fraud, hacking and online abuse will be able to report crimes and receive tailored advice in minutes through a new national cybercrime reporting service launched today by the Home Office.
victims-of-fraud-hacking-da1cbb = Las víctimas de fraude, piratería informática y abusos en línea podrán denunciar delitos y recibir asesoramiento personalizado en cuestión de minutos gracias a un nuevo servicio nacional de denuncia de ciberdelitos que el Ministerio del Interior británico ha puesto en marcha hoy.

## paragraph 2
# @source: The service replaces a patchwork of regional systems. It will be available 24 hours a day, seven days a week, online and by telephone. Reports will be assessed within 48 hours, and victims will be told what happens next. No more waiting weeks for a reference number!
the-service-replaces-a-680755 = El servicio sustituye a un mosaico de sistemas regionales. Estará disponible las 24 horas del día, los siete días de la semana, en línea y por teléfono. Las denuncias se evaluarán en un plazo de 48 horas y se informará a las víctimas de los siguientes pasos. ¡Se acabó esperar semanas para obtener un número de referencia!

## paragraph 3
# @source: Fraud now accounts for around 40% of all crime experienced by adults in England and Wales, yet fewer than one in seven incidents is reported to the police. The government wants to change that.
fraud-now-accounts-for-4cf25a = El fraude representa ya alrededor del 40 % de todos los delitos que sufren los adultos en Inglaterra y Gales; sin embargo, menos de uno de cada siete incidentes se denuncia a la policía. El Gobierno quiere cambiar esta situación.

## heading 1
# @source: What victims can expect
what-victims-can-expect-9b61cc = Qué pueden esperar las víctimas

## list item 1
# @source: a single web address and phone number for every type of cybercrime
a-single-web-address-90d462 = una única dirección web y un único número de teléfono para todo tipo de ciberdelitos

## list item 2
# @source: an automatic crime reference number on submission
an-automatic-crime-reference-9227d8 = un número de referencia del delito asignado automáticamente al enviar la denuncia

## list item 3
# @source: specialist support for children and young people, including a dedicated route for reports of online sexual exploitation
# @todo
specialist-support-for-children-db1dae = specialist support for children and young people, including a dedicated route for reports of online sexual exploitation

## list item 4
# @source: regular updates by text or e-mail, i.e. at every key stage of the investigation
# @todo
regular-updates-by-text-1a96ef = regular updates by text or e-mail, i.e. at every key stage of the investigation

## paragraph 4
# @source: The new service will be staffed by 1,200 trained call handlers and analysts. It will also share intelligence in real time with the National Crime Agency and all 43 police forces in England and Wales.
# @todo
the-new-service-will-dea75b = The new service will be staffed by 1,200 trained call handlers and analysts. It will also share intelligence in real time with the National Crime Agency and all 43 police forces in England and Wales.

## quote 1
# @source: Too many people have felt that reporting a scam was pointless. This service puts victims first, gets their information to investigators faster and helps us shut criminals down before they strike again.
# @todo
too-many-people-have-a21aa8 = Too many people have felt that reporting a scam was pointless. This service puts victims first, gets their information to investigators faster and helps us shut criminals down before they strike again.

## attribution 1
# @source: Mr. David Kerrigan, Minister for Security
# @todo
mr-david-kerrigan-minister-b3d15c = Mr. David Kerrigan, Minister for Security

## paragraph 5
# @source: Mr. Kerrigan visited the service's operations centre in Manchester on Tuesday, where he met staff and heard a live call from a small business owner who had lost £12,500 to an invoice fraud.
# @todo
mr-kerrigan-visited-the-03a371 = Mr. Kerrigan visited the service's operations centre in Manchester on Tuesday, where he met staff and heard a live call from a small business owner who had lost £12,500 to an invoice fraud.

## image alt text 1
# @source: Call handlers working at the new national cybercrime reporting centre in Manchester
# @todo
call-handlers-working-at-97f328 = Call handlers working at the new national cybercrime reporting centre in Manchester

## heading 2
# @source: How to report
# @todo
how-to-report-2ee208 = How to report

## list item 5
# @source: Go to [the reporting service](https://www.gov.uk/report-cybercrime) or call 0300 123 2040.
# @todo
go-to-the-reporting-167dd1 = Go to [the reporting service](https://www.gov.uk/report-cybercrime) or call 0300 123 2040.

## list item 6
# @source: Describe what happened and provide any evidence you have, e.g. screenshots or bank statements.
# @todo
describe-what-happened-and-a354d8 = Describe what happened and provide any evidence you have, e.g. screenshots or bank statements.

## list item 7
# @source: Receive your crime reference number and personalised advice.
# @todo
receive-your-crime-reference-32743f = Receive your crime reference number and personalised advice.

## paragraph 6
# @source: If a crime is in progress or someone is in immediate danger, always call 999.
# @todo
if-a-crime-is-483a81 = If a crime is in progress or someone is in immediate danger, always call 999.

## paragraph 7
# @source: The government is committed to working with international partners, industry and charities to make the UK the safest place in the world to be online.
# @todo
the-government-is-committed-ec2a42 = The government is committed to working with international partners, industry and charities to make the UK the safest place in the world to be online.

## heading 3
# @source: Notes to editors
# @todo
notes-to-editors-541549 = Notes to editors

## list item 8
# @source: The service has been funded with £42 million over four years as part of the national Fraud Strategy.
# @todo
the-service-has-been-47eb27 = The service has been funded with £42 million over four years as part of the national Fraud Strategy.

## list item 9
# @source: Estimates of fraud prevalence come from the Crime Survey for England and Wales for the year ending June 2026.
# @todo
estimates-of-fraud-prevalence-ba049c = Estimates of fraud prevalence come from the Crime Survey for England and Wales for the year ending June 2026.

## list item 10
# @source: A short video of the operations centre is available on request from newsdesk@example.gov.uk.
# @todo
a-short-video-of-af18ad = A short video of the operations centre is available on request from newsdesk@example.gov.uk.

## heading 4
# @source: Contacts
# @todo
contacts-b45064 = Contacts

## paragraph 8
# @source: Home Office press office: 020 7035 3535, [newsdesk@example.gov.uk](mailto:newsdesk@example.gov.uk)
# @todo
home-office-press-office-320f47 = Home Office press office: 020 7035 3535, [newsdesk@example.gov.uk](mailto:newsdesk@example.gov.uk)
