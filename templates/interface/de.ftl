### relingo's page chrome in German.

languages = Sprachen
fallback-notice = Teile dieser Mitteilung sind noch nicht übersetzt und werden in einer anderen Sprache angezeigt.
index-title = Pressemitteilungen
all-languages = Pressemitteilungen in allen Sprachen
release-count =
    { $count ->
        [one] { $count } Mitteilung
       *[other] { $count } Mitteilungen
    }
read-in-language = Diese Seite auf Deutsch lesen
# Between the place and the date of the dateline.
dateline-separator = { ", " }
# On a page built for preview before its embargo lifts; $time is the embargo's date and time.
embargo-banner = Sperrfrist: nicht vor { $time } veröffentlichen
