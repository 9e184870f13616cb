### relingo's page chrome in Welsh.

languages = Ieithoedd
fallback-notice = Nid yw rhannau o'r datganiad hwn wedi'u cyfieithu eto, ac maent yn cael eu dangos mewn iaith arall.
index-title = Datganiadau i'r wasg
all-languages = Datganiadau i'r wasg ym mhob iaith
release-count =
    { $count ->
        [zero] Dim datganiadau
        [one] { $count } datganiad
        [two] { $count } ddatganiad
       *[other] { $count } datganiad
    }
read-in-language = Darllenwch y dudalen hon yn Gymraeg
# Between the place and the date of the dateline.
dateline-separator = { ", " }
# On a page built for preview before its embargo lifts; $time is the embargo's date and time.
embargo-banner = Dan embargo: ddim i'w gyhoeddi cyn { $time }
