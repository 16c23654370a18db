# gongwen-model: what check finds, text lints, the frame's checks (English).
# The same ids and arguments as zh-CN.ftl.

## Figures (check.rs)

check-missing = `{ $label }`: no value yet (prints as { $placeholder })
check-missing-hint = add `{ $name }: …` under `metrics:`
check-date = { $label }: { $problem }
check-date-hint = write a day that exists, for example 2023-02-28
check-too-large = { $label }: { $value } is too large to be printed exactly as written
check-too-large-hint = check the figure: a figure has at most 15 digits; a large amount is written in 万 or 亿
check-count-whole = `{ $label }`: a count must be a whole number of 0 or more, not { $value }
check-percent-range = `{ $label }`: a percentage must lie between 0 and 100, not { $value }
check-below-min = `{ $label }`: { $value } is below the smallest allowed value { $min }
check-above-max = `{ $label }`: { $value } is above the largest allowed value { $max }
check-type = `{ $label }`: expected a number, found "{ $value }"
check-type-hint = write the figure in Arabic numerals, for example 12
check-type-hint-chinese = write `{ $number }` in Arabic numerals, not “{ $written }”; the template decides whether it prints Arabic or Chinese numerals
check-type-hint-percent = write `{ $number }` without the %: the template prints the %
check-type-hint-unit = write the bare number `{ $number }`: the template prints { $unit } after it
check-type-hint-amount = write the bare number `{ $number }`: the template prints “{ $unit }” after it; “亿元” or “万元” is the template's choice, not the data's
check-type-hint-amount-convert = write `{ $number }`: the template prints this figure in “{ $unit }” (“{ $written }” is “{ $number }{ $unit }”); “亿元” or “万元” is the template's choice, not the data's
check-type-hint-quoted = write `{ $number }` without quotes: in quotes it is text, not a number
check-type-hint-bare = write the bare number `{ $number }`, without a unit or thousands separators
check-type-hint-separators = write `{ $number }` without thousands separators
check-unknown = `{ $name }` is not a metric of this template
check-unknown-near = did you mean `{ $near }`?
check-unknown-hint = remove it, or declare it in the template

## Relations between figures (relations.rs)

check-relation = `{ $label }` ({ $value }) exceeds `{ $other }` ({ $limit })
check-derived = `{ $label }` is { $value } but `{ $formula }` gives { $expected }
check-parts = `{ $parts }` add up to { $sum }, more than `{ $whole }` ({ $total })

## Text (lint.rs)

lint-half-width = half-width “{ $mark }” in Chinese text
lint-half-width-hint = write “{ $full }” (GB/T 15834)
lint-unbalanced = “{ $open }” and “{ $close }” do not pair up in this paragraph
lint-unbalanced-hint = close every “{ $open }” with “{ $close }”
lint-order-number = 令号 “{ $number }” is not written 第N号
lint-order-number-hint = write the order number (“令号”) as “第12号”: “第”, the serial in Arabic numerals, “号”
lint-order-zero = the serial of 令号 “{ $number }” starts with 0
lint-order-zero-hint = serials start at 1 with no leading zeros: write “第12号”, not “第012号” or “第0号”
lint-doc-number-no-year = 发文字号 “{ $number }”: the year is not in brackets
lint-doc-number-no-year-hint = write it like 鲁直机工字〔2022〕17号
lint-doc-number-brackets = the document number “{ $number }”: the year must be in hexagonal brackets 〔〕
lint-doc-number-brackets-hint = write “{ $fixed }”: the year in 〔〕, not [] or ()
lint-doc-number-di = the document number “{ $number }”: the serial number takes no “第”
lint-doc-number-di-hint = write “{ $fixed }”: no “第” before the serial number
lint-doc-number-zero = the document number “{ $number }”: the serial number has a leading zero
lint-doc-number-zero-hint = write “{ $fixed }”: the serial number has no leading zeros

## Dates (date.rs)

date-no-month = “{ $date }” is not a date: there is no month { $month }
date-no-year-zero = “{ $date }” is not a date: there is no year 0
date-no-day = “{ $date }” is not a date: month { $month } of { $year } has { $days } days

## A 版头 or 版记 that does not fit or does not print (frame_checks.rs, format_checks.rs)

frame-signers-line = the 发文字号 and { $count } 签发人 do not fit on one line: they need { $width } characters, a line holds { $line }
frame-signers-line-hint = GB/T 9704 §7.2.6 puts two 签发人 a line; that layout is not supported yet: list fewer 签发人 or shorten the 发文字号
frame-too-wide = { $what } “{ $value }” is { $cells } characters wide; its line holds { $line }
frame-too-wide-copy-number = 份号 is the copy's number, usually 6 digits, for example 000123
frame-too-wide-secrecy = 密级 is 绝密, 机密 or 秘密, with its 保密期限: 秘密★1年
frame-too-wide-urgency = 紧急程度 is 特急 or 加急
frame-too-wide-doc-number = a 发文字号 is 机关代字〔年份〕序号, for example 鲁直机工字〔2022〕17号
frame-date = { $what } { $problem }
frame-date-hint = write a day that exists, for example 2023-02-28 or 2023年2月28日
format-letter-colophon = a 信函's 版记 has no { $what }: “{ $value }” is not printed
format-letter-colophon-hint = GB/T 9704 §10.1: a 信函's 版记 has no 印发机关 or 印发日期; remove it, or use another format such as `kind: circular`
format-no-mark = the { $what } has no agency name
format-no-mark-hint = under the data's `document:` write `header: {"{"}agencies: [某某市总工会]{"}"}` (for a 纪要, the meeting's name)
format-lone-suffix = the 版头 has no agency name, so “{ $suffix }” is not printed
format-lone-suffix-hint = write `agencies: [某某市总工会]` under `header:`, or remove `suffix`
format-editor = only the 纪要格式 prints the 编发单位 and its date under the 期号: “{ $value }” is not printed
format-editor-hint = write `kind: minutes`, or remove `editor` and `edited` under `header:`
format-first-line = a 信函's “{ $left }” shares its line with the 发文字号: they need { $width } characters, a line holds { $line }
format-first-line-hint = shorten the 发文字号, or the 份号 or 密级 at the left

## Tables, placeholders, a speech's length (table_checks.rs, printed.rs, review.rs)

table-columns = the table has { $columns } columns; even a landscape page (A4 turned, a type area 225 mm wide) holds at most { $max } (one 四号 character each)
table-columns-hint = split the table into tables of at most { $max } columns, or swap its rows and columns (one row per item)
printed-placeholder = the document prints the placeholder “{ $placeholder }”: { $text }
printed-placeholder-hint = fill in the real text in the data; for a figure not known yet, write `m(name=…)` so that check reports it as missing
review-length = the speech has about { $count } characters: about { $minutes } minutes at { $pace } characters a minute

## A kind or style that is none of the words (choices.rs)

choice-kind = unknown document kind `{ $value }`: `kind` is one of { $choices }
choice-metric-kind = unknown kind of figure `{ $value }`: `kind` is one of { $choices }
choice-style = unknown figure style `{ $value }`: `style` is one of { $choices }
choice-item = `{ $name }` ({ $meaning })
choice-separator = {", "}

## A diagnostic as one line (diagnostic.rs)

diagnostic-hint = hint: { $hint }
