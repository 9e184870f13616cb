### relingo's page chrome in French.

languages = Langues
fallback-notice = Certaines parties de ce communiqué ne sont pas encore traduites et s’affichent dans une autre langue.
index-title = Communiqués de presse
all-languages = Communiqués de presse dans toutes les langues
release-count =
    { $count ->
        [one] { $count } communiqué
       *[other] { $count } communiqués
    }
read-in-language = Lire cette page en français
# Between the place and the date of the dateline.
dateline-separator = { ", " }
# On a page built for preview before its embargo lifts; $time is the embargo's date and time.
embargo-banner = Sous embargo : ne pas publier avant le { $time }
