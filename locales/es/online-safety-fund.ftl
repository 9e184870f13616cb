### Release `online-safety-fund`, translated into es.
### Translate the text after `=`. Lines starting with `# @` are managed by relingo
### (see the README, section "For translators"); your own comments are kept.

## title
# @source: £20.5 million fund to strengthen online safety regulation
n20-5-million-fund-861694 = Un fondo de 20,5 millones de libras para reforzar la regulación de la seguridad en línea

## lead
# @source: New funding will help Ofcom and partners enforce child safety duties faster and support smaller platforms to comply with the law.
new-funding-will-help-b3312e = La nueva financiación ayudará a Ofcom y a sus socios a hacer cumplir con mayor rapidez las obligaciones de protección de la infancia y apoyará a las plataformas más pequeñas para que cumplan la ley.

## location
# @source: London
london-ecc0e7 = Londres

## department
# @source: Department for Science, Innovation and Technology
department-for-science-991a78 = Ministerio de Ciencia, Innovación y Tecnología

## paragraph 1
# @source: Children will be better protected from harmful content online thanks to a **£20.5 million** package announced today to strengthen the enforcement of online safety rules across the UK.
children-will-be-better-485dc4 = Los niños estarán mejor protegidos frente a los contenidos nocivos en internet gracias a un paquete de **20,5 millones de libras** anunciado hoy para reforzar la aplicación de las normas de seguridad en línea en todo el Reino Unido.

## paragraph 2
# @source: The package was agreed at a round-table meeting at No. 10 Downing Street in October. The fund will run for three years. It will expand specialist investigation teams, pay for new age-assurance testing and provide free compliance support to smaller services. Around 1,600 platforms are expected to benefit from the support scheme in its first year alone.
# @stale: The package was agreed at a round-table meeting at No. 10 Downing Street in October. The fund will run for three years. It will expand specialist investigation teams, pay for new age-assurance testing and provide free compliance support to smaller services. Around 1,400 platforms are expected to benefit from the support scheme in its first year alone.
the-package-was-agreed-8535db = El paquete se acordó en octubre en una mesa redonda celebrada en el número 10 de Downing Street. El fondo tendrá una duración de tres años. Permitirá ampliar los equipos de investigación especializados, financiar nuevas pruebas de verificación de la edad y ofrecer asesoramiento gratuito en materia de cumplimiento normativo a los servicios más pequeños. Se prevé que unas 1400 plataformas se beneficien del programa de apoyo solo en su primer año.

## paragraph 3
# @source: Why does this matter? Recent research found that 1.6m children aged 8 to 15 had seen content promoting self-harm or eating disorders in the previous twelve months. That is far too many, and the government is determined to bring the number down.
why-does-this-matter-642e0f = ¿Por qué es importante? Un estudio reciente reveló que 1,6 millones de niños de entre 8 y 15 años habían visto en los doce meses anteriores contenidos que promovían las autolesiones o los trastornos de la conducta alimentaria. Son demasiados, y el Gobierno está decidido a reducir esa cifra.

## heading 1
# @source: What the funding will pay for
what-the-funding-will-4b13a7 = A qué se destinará la financiación

## list item 1
# @source: £9.2 million for additional investigators and technical analysts working on child safety cases
n9-2-million-for-c675f5 = 9,2 millones de libras para más investigadores y analistas técnicos dedicados a casos de protección de la infancia

## list item 2
# @source: £6.8 million for an independent age-assurance testing laboratory
n6-8-million-for-6ba0b9 = 6,8 millones de libras para un laboratorio independiente de pruebas de verificación de la edad

## list item 3
# @source: £3 million for a compliance helpdesk aimed at start-ups and community forums
n3-million-for-a-a773be = 3 millones de libras para un servicio de asistencia en materia de cumplimiento dirigido a empresas emergentes y foros comunitarios

## list item 4
# @source: £1.5 million for research into emerging risks, e.g. AI-generated imagery and live-streaming
n1-5-million-for-573cb1 = 1,5 millones de libras para investigar riesgos emergentes, como las imágenes generadas por IA y la transmisión en directo

## paragraph 4
# @source: The government is committed to working with international partners, industry and charities to make the UK the safest place in the world to be online.
the-government-is-committed-ec2a42 = El Gobierno se ha comprometido a colaborar con socios internacionales, la industria y las organizaciones benéficas para hacer del Reino Unido el lugar más seguro del mundo para navegar por internet.

## quote 1
# @source: Parents have told us again and again that they want platforms to take responsibility. This money means the rules will be enforced quickly and fairly, whatever the size of the company.
parents-have-told-us-ecd891 = Los padres nos han dicho una y otra vez que quieren que las plataformas asuman su responsabilidad. Con este dinero, las normas se aplicarán con rapidez y equidad, sea cual sea el tamaño de la empresa.

## attribution 1
# @source: Rachel Ormerod MP, Minister for Online Safety
rachel-ormerod-mp-minister-248f36 = Rachel Ormerod, diputada y ministra de Seguridad en Línea

## paragraph 5
# @source: Under the new arrangements, services found in breach of their duties could face fines of up to 10% of qualifying worldwide revenue. The regulator will publish its first enforcement priorities report in spring 2027. Details of the consultation on the testing laboratory are available on [GOV.UK](https://www.gov.uk/government/consultations/age-assurance-testing).
under-the-new-arrangements-4eaa0d = Con el nuevo régimen, los servicios que incumplan sus obligaciones podrán enfrentarse a multas de hasta el 10 % de sus ingresos mundiales computables. El regulador publicará su primer informe sobre prioridades de supervisión en la primavera de 2027. Los detalles de la consulta sobre el laboratorio de pruebas pueden consultarse en [GOV.UK](https://www.gov.uk/government/consultations/age-assurance-testing).

## quote 2
# @source: Smaller services often *want* to do the right thing but simply don't know where to start. A free, practical helpdesk will make a real difference to them, and to the children who use their sites.
smaller-services-often-want-46ebb3 = A menudo, los servicios más pequeños *quieren* hacer lo correcto, pero simplemente no saben por dónde empezar. Un servicio de asistencia gratuito y práctico marcará una diferencia real para ellos y para los niños que utilizan sus sitios web.

## attribution 2
# @source: Dr. Helen Marsh, Chief Executive, Safer Internet Partnership
dr-helen-marsh-chief-778af3 = Dra. Helen Marsh, directora ejecutiva de Safer Internet Partnership

## image alt text 1
# @source: A parent and child looking at a tablet together at a kitchen table
a-parent-and-child-e31afd = Un padre y su hijo miran juntos una tableta sentados a la mesa de la cocina

## heading 2
# @source: How smaller platforms can apply
how-smaller-platforms-can-d6a24f = Cómo pueden presentar su solicitud las plataformas más pequeñas

## list item 5
# @source: Check eligibility using the online self-assessment tool.
check-eligibility-using-the-82cc12 = Compruebe si cumple los requisitos con la herramienta de autoevaluación en línea.

## list item 6
# @source: Register with the compliance helpdesk by 31 January 2027.
register-with-the-compliance-16afd4 = Inscríbase en el servicio de asistencia en materia de cumplimiento a más tardar el 31 de enero de 2027.

## list item 7
# @source: Book a free one-to-one session with a compliance adviser.
book-a-free-one-4e7fa0 = Reserve una sesión individual gratuita con un asesor en materia de cumplimiento.

## paragraph 6
# @source: Applications open on 1 December 2026.
applications-open-on-1-bea477 = El plazo de solicitud se abre el 1 de diciembre de 2026.

## heading 3
# @source: Notes to editors
notes-to-editors-541549 = Notas para los medios

## list item 8
# @source: The £20.5 million is new money from the department's existing spending review settlement and is additional to Ofcom's fee-funded budget.
the-20-5-million-e83389 = Los 20,5 millones de libras son fondos nuevos procedentes de la asignación vigente del ministerio en la revisión del gasto y se suman al presupuesto de Ofcom financiado mediante tasas.

## list item 9
# @source: Figures on children's exposure to harmful content are drawn from the Children's Online Experiences Survey 2026, which sampled 4,812 households across England, Scotland, Wales and Northern Ireland.
figures-on-children-s-bf3154 = Las cifras sobre la exposición de los niños a contenidos nocivos proceden de la encuesta Children's Online Experiences Survey 2026, realizada sobre una muestra de 4812 hogares de Inglaterra, Escocia, Gales e Irlanda del Norte.

## list item 10
# @source: Interview requests for the minister should be sent to press.office@example.gov.uk.
interview-requests-for-the-753f4d = Las solicitudes de entrevista con la ministra deben enviarse a press.office@example.gov.uk.

## heading 4
# @source: Contacts
contacts-b45064 = Contactos

## paragraph 7
# @source: DSIT press office: 020 7215 3000, [newsdesk@example.gov.uk](mailto:newsdesk@example.gov.uk)
dsit-press-office-020-4d5f47 = Oficina de prensa del DSIT: 020 7215 3000, [newsdesk@example.gov.uk](mailto:newsdesk@example.gov.uk)
