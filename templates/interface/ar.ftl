### relingo's page chrome in Arabic.

languages = اللغات
fallback-notice = لم تُترجم بعد بعض أجزاء هذا البيان، وهي معروضة بلغة أخرى.
index-title = البيانات الصحفية
all-languages = البيانات الصحفية بجميع اللغات
release-count =
    { $count ->
        [zero] لا توجد بيانات
        [one] بيان واحد
        [two] بيانان
        [few] { $count } بيانات
        [many] { $count } بيانًا
       *[other] { $count } بيان
    }
read-in-language = اقرأ هذه الصفحة باللغة العربية
# Between the place and the date of the dateline.
dateline-separator = { "، " }
# On a page built for preview before its embargo lifts; $time is the embargo's date and time.
embargo-banner = محظور النشر: لا يُنشر قبل { $time }
