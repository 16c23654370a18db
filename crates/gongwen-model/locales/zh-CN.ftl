# gongwen-model：check 的检查结果、文字检查、版头版记检查的提示（简体中文）。
# 与 en.ftl 同样的 id、同样的参数。

## 指标（check.rs）

check-missing = 指标「{ $label }」还没有数值（现在印成“{ $placeholder }”）
check-missing-hint = 在 `metrics:` 下写上 `{ $name }: …`
check-date = 指标「{ $label }」：{ $problem }
check-date-hint = 写一个确实存在的日子，例如 2023-02-28
check-too-large = 指标「{ $label }」的数值 { $value } 太大，无法按原样准确印出
check-too-large-hint = 核对这个数：一个数最多 15 位；金额大的用万或亿作单位
check-count-whole = 指标「{ $label }」是个数，应为 0 或正整数，不能是 { $value }
check-percent-range = 指标「{ $label }」是百分比，应在 0 到 100 之间，不能是 { $value }
check-below-min = 指标「{ $label }」为 { $value }，小于允许的最小值 { $min }
check-above-max = 指标「{ $label }」为 { $value }，大于允许的最大值 { $max }
check-type = 指标「{ $label }」应为数字，数据里写的是“{ $value }”
check-type-hint = 用阿拉伯数字写这个数，例如 12
check-type-hint-chinese = 写阿拉伯数字 `{ $number }`，不写“{ $written }”；印成阿拉伯数字还是汉字由模板决定
check-type-hint-percent = 只写 `{ $number }`，不写“%”：百分号由模板印出
check-type-hint-unit = 只写数字 `{ $number }`：单位“{ $unit }”由模板印在数后
check-type-hint-amount = 只写数字 `{ $number }`：模板在数后印“{ $unit }”；用亿元还是万元是模板定的，不由数据定
check-type-hint-amount-convert = 写 `{ $number }`：模板按“{ $unit }”印这个数（{ $written } 即 { $number }{ $unit }）；用亿元还是万元是模板定的，不由数据定
check-type-hint-quoted = 写 `{ $number }`，不加引号：加了引号就成了文字，不是数
check-type-hint-bare = 只写数字 `{ $number }`，不带单位和千位分隔符
check-type-hint-separators = 写 `{ $number }`，不加千位分隔符“,”
check-unknown = 模板里没有叫 `{ $name }` 的指标
check-unknown-near = 是不是要写 `{ $near }`？
check-unknown-hint = 删去这一项，或在模板里声明这个指标

## 指标之间的关系（relations.rs）

check-relation = 「{ $label }」（{ $value }）超过了「{ $other }」（{ $limit }）
check-derived = 「{ $label }」是 { $value }，但按 { $formula } 算得 { $expected }
check-parts = 各分项（{ $parts }）合计 { $sum }，超过了「{ $whole }」（{ $total }）

## 文字（lint.rs）

lint-half-width = 中文里用了半角的“{ $mark }”
lint-half-width-hint = 改成全角的“{ $full }”（GB/T 15834）
lint-unbalanced = 这一段里的“{ $open }”和“{ $close }”没有配对
lint-unbalanced-hint = 每个“{ $open }”都要有对应的“{ $close }”
lint-order-number = 令号“{ $number }”不是“第……号”的写法
lint-order-number-hint = 令号写成“第12号”：第、阿拉伯数字序号、号
lint-order-zero = 令号“{ $number }”的序号以 0 开头
lint-order-zero-hint = 序号从 1 编起，不编虚位：写“第12号”，不写“第012号”或“第0号”
lint-doc-number-no-year = 发文字号“{ $number }”的年份没有加括号
lint-doc-number-no-year-hint = 写成“鲁直机工字〔2022〕17号”的样子：机关代字、〔年份〕、序号
lint-doc-number-brackets = 发文字号“{ $number }”的年份要用六角括号〔〕
lint-doc-number-brackets-hint = 写成“{ $fixed }”：年份用〔〕，不用 [] 或（）
lint-doc-number-di = 发文字号“{ $number }”的序号前不加“第”
lint-doc-number-di-hint = 写成“{ $fixed }”：序号前不加“第”
lint-doc-number-zero = 发文字号“{ $number }”的序号不编虚位（前面多了 0）
lint-doc-number-zero-hint = 写成“{ $fixed }”：序号不编虚位，不以 0 开头

## 日期（date.rs）

date-no-month = “{ $date }”不是有效日期：没有 { $month } 月
date-no-year-zero = “{ $date }”不是有效日期：没有公元 0 年
date-no-day = “{ $date }”不是有效日期：{ $year } 年 { $month } 月只有 { $days } 天

## 版头、版记排不下或印不出（frame_checks.rs、format_checks.rs）

frame-signers-line = 发文字号与 { $count } 位签发人排不下一行：需 { $width } 字宽，一行只有 { $line } 字
frame-signers-line-hint = GB/T 9704 第 7.2.6 条的每行两位签发人的排法暂不支持：减少签发人，或缩短发文字号
frame-too-wide = { $what }“{ $value }”宽 { $cells } 字，一行只排得下 { $line } 字
frame-too-wide-copy-number = 份号是这一份的编号，一般 6 位数字，例如 000123
frame-too-wide-secrecy = 密级写绝密、机密或秘密，加保密期限，例如 秘密★1年
frame-too-wide-urgency = 紧急程度写特急或加急
frame-too-wide-doc-number = 发文字号写成 机关代字〔年份〕序号，例如 鲁直机工字〔2022〕17号
frame-date = { $what }：{ $problem }
frame-date-hint = 写一个确实存在的日子，例如 2023-02-28 或 2023年2月28日
format-letter-colophon = 信函格式的版记没有{ $what }一项，“{ $value }”不会印出
format-letter-colophon-hint = GB/T 9704 第 10.1 条：信函的版记不加印发机关和印发日期；删去这一项，或改用通知等文件格式（`kind: circular`）
format-no-mark = { $what }没有机关名称
format-no-mark-hint = 在数据的 `document:` 下写 `header: {"{"}agencies: [某某市总工会]{"}"}`（纪要写会议名称）
format-lone-suffix = 版头没有发文机关名称，“{ $suffix }”不会印出
format-lone-suffix-hint = 在 `header:` 下写 `agencies: [某某市总工会]`，或删去 `suffix`
format-editor = 只有纪要格式在期号下印编发单位和日期，“{ $value }”不会印出
format-editor-hint = 写 `kind: minutes`，或删去 `header:` 下的 `editor` 和 `edited`
format-first-line = 信函的“{ $left }”与发文字号排在同一行，需 { $width } 字宽，一行只有 { $line } 字
format-first-line-hint = 缩短发文字号或左侧的份号、密级

## 表格、占位符、讲话稿长度（table_checks.rs、printed.rs、review.rs）

table-columns = 表格有 { $columns } 列，横排（A4 横向，版心宽 225 毫米）也最多排得下 { $max } 列（每列至少一个四号字）
table-columns-hint = 把表格拆成几张不超过 { $max } 列的表，或把行和列对调（每个项目一行）
printed-placeholder = 文中印出了占位符“{ $placeholder }”：{ $text }
printed-placeholder-hint = 在数据里填上这一项的实际内容；还没有的，用 `m(name=…)` 写成数字项，检查会报缺
review-length = 讲话稿约 { $count } 字，按每分钟 { $pace } 字约讲 { $minutes } 分钟

## kind、style 写错了（choices.rs）

choice-kind = 不认识的文件类型 `{ $value }`：`kind` 可写 { $choices }
choice-metric-kind = 不认识的指标类型 `{ $value }`：`kind` 可写 { $choices }
choice-style = 不认识的数字写法 `{ $value }`：`style` 可写 { $choices }
choice-item = `{ $name }`（{ $meaning }）
choice-separator = 、

## 诊断信息的一行文字（diagnostic.rs）

diagnostic-hint = 提示：{ $hint }
