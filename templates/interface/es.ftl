### relingo's page chrome in Spanish.

languages = Idiomas
fallback-notice = Algunas partes de este comunicado aún no están traducidas y se muestran en otro idioma.
index-title = Comunicados de prensa
all-languages = Comunicados de prensa en todos los idiomas
release-count =
    { $count ->
        [one] { $count } comunicado
       *[other] { $count } comunicados
    }
read-in-language = Leer esta página en español
# Between the place and the date of the dateline.
dateline-separator = { ", " }
# On a page built for preview before its embargo lifts; $time is the embargo's date and time.
embargo-banner = Embargado: no publicar antes del { $time }
