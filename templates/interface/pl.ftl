### relingo's page chrome in Polish.

languages = Języki
fallback-notice = Części tego komunikatu nie zostały jeszcze przetłumaczone i są wyświetlane w innym języku.
index-title = Komunikaty prasowe
all-languages = Komunikaty prasowe we wszystkich językach
release-count =
    { $count ->
        [one] { $count } komunikat
        [few] { $count } komunikaty
        [many] { $count } komunikatów
       *[other] { $count } komunikatu
    }
read-in-language = Przeczytaj tę stronę po polsku
# Between the place and the date of the dateline.
dateline-separator = { ", " }
# On a page built for preview before its embargo lifts; $time is the embargo's date and time.
embargo-banner = Embargo: nie publikować przed { $time }
