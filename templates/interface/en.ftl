### relingo's page chrome in English: the interface strings of the built pages.
### A project overrides or adds them in locales/<locale>/_interface.ftl.

languages = Languages
fallback-notice = Parts of this release are not yet translated and are shown in another language.
index-title = Press releases
all-languages = Press releases in every language
release-count =
    { $count ->
        [one] { $count } release
       *[other] { $count } releases
    }
read-in-language = Read this page in English
# Between the place and the date of the dateline.
dateline-separator = { ", " }
# On a page built for preview before its embargo lifts; $time is the embargo's date and time.
embargo-banner = Embargoed: not for publication until { $time }
