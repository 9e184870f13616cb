### Release `national-cybercrime-reporting`, from sources/national-cybercrime-reporting.md.
### Reference catalog (en-GB) written by `relingo extract`: do not edit it, edit the source.
### Translators work in locales/<locale>/national-cybercrime-reporting.ftl.

## title
new-national-service-makes-ee7751 = New national service makes reporting cybercrime quicker

## lead
a-single-24-hour-18053b = A single 24-hour online and telephone service will let victims of fraud and cybercrime report offences and get help in minutes.

## location
london-ecc0e7 = London

## department
home-office-08e0c2 = Home Office

## paragraph 1
victims-of-fraud-hacking-da1cbb = Victims of fraud, hacking and online abuse will be able to report crimes and receive tailored advice in minutes through a new national cybercrime reporting service launched today by the Home Office.

## paragraph 2
the-service-replaces-a-680755 = The service replaces a patchwork of regional systems. It will be available 24 hours a day, seven days a week, online and by telephone. Reports will be assessed within 48 hours, and victims will be told what happens next. No more waiting weeks for a reference number!

## paragraph 3
fraud-now-accounts-for-4cf25a = Fraud now accounts for around 40% of all crime experienced by adults in England and Wales, yet fewer than one in seven incidents is reported to the police. The government wants to change that.

## heading 1
what-victims-can-expect-9b61cc = What victims can expect

## list item 1
a-single-web-address-90d462 = a single web address and phone number for every type of cybercrime

## list item 2
an-automatic-crime-reference-9227d8 = an automatic crime reference number on submission

## list item 3
specialist-support-for-children-db1dae = specialist support for children and young people, including a dedicated route for reports of online sexual exploitation

## list item 4
regular-updates-by-text-1a96ef = regular updates by text or e-mail, i.e. at every key stage of the investigation

## paragraph 4
the-new-service-will-dea75b = The new service will be staffed by 1,200 trained call handlers and analysts. It will also share intelligence in real time with the National Crime Agency and all 43 police forces in England and Wales.

## quote 1
too-many-people-have-a21aa8 = Too many people have felt that reporting a scam was pointless. This service puts victims first, gets their information to investigators faster and helps us shut criminals down before they strike again.

## attribution 1
mr-david-kerrigan-minister-b3d15c = Mr. David Kerrigan, Minister for Security

## paragraph 5
mr-kerrigan-visited-the-03a371 = Mr. Kerrigan visited the service's operations centre in Manchester on Tuesday, where he met staff and heard a live call from a small business owner who had lost £12,500 to an invoice fraud.

## image alt text 1
call-handlers-working-at-97f328 = Call handlers working at the new national cybercrime reporting centre in Manchester

## heading 2
how-to-report-2ee208 = How to report

## list item 5
go-to-the-reporting-167dd1 = Go to [the reporting service](https://www.gov.uk/report-cybercrime) or call 0300 123 2040.

## list item 6
describe-what-happened-and-a354d8 = Describe what happened and provide any evidence you have, e.g. screenshots or bank statements.

## list item 7
receive-your-crime-reference-32743f = Receive your crime reference number and personalised advice.

## paragraph 6
if-a-crime-is-483a81 = If a crime is in progress or someone is in immediate danger, always call 999.

## paragraph 7
the-government-is-committed-ec2a42 = The government is committed to working with international partners, industry and charities to make the UK the safest place in the world to be online.

## heading 3
notes-to-editors-541549 = Notes to editors

## list item 8
the-service-has-been-47eb27 = The service has been funded with £42 million over four years as part of the national Fraud Strategy.

## list item 9
estimates-of-fraud-prevalence-ba049c = Estimates of fraud prevalence come from the Crime Survey for England and Wales for the year ending June 2026.

## list item 10
a-short-video-of-af18ad = A short video of the operations centre is available on request from newsdesk@example.gov.uk.

## heading 4
contacts-b45064 = Contacts

## paragraph 8
home-office-press-office-320f47 = Home Office press office: 020 7035 3535, [newsdesk@example.gov.uk](mailto:newsdesk@example.gov.uk)
