### relingo's page chrome in Simplified Chinese.

languages = 语言
fallback-notice = 本新闻稿的部分内容尚未翻译，以另一种语言显示。
index-title = 新闻稿
all-languages = 各语言新闻稿
release-count = { $count } 篇新闻稿
read-in-language = 阅读本页的中文版
# Between the place and the date of the dateline.
dateline-separator = ，
# On a page built for preview before its embargo lifts; $time is the embargo's date and time.
embargo-banner = 禁发：{ $time }前不得发布
