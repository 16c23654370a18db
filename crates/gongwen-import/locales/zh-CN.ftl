# gongwen import 的用语：导入报告、写进模板和数据文件的注释、导入失败的原因。

## 导入报告（import-report.txt，也打印出来）。每行前的缩进由程序加上。

import-report-genre = 文种：{ $genre }
import-genre-news = 简报（工作信息），不在《党政机关公文处理工作条例》的十五种文种之内
import-genre-speech = 讲话稿，不在《党政机关公文处理工作条例》的十五种文种之内
import-genre-untitled = 未识别（没有标题）
import-genre-unknown = 未识别（标题“{ $title }”不以十五种文种之一结尾）
import-report-format = 格式：{ $format }
import-format-letter = 信函格式（GB/T 9704 §10.1；kind: letter）
import-format-order = 命令格式（GB/T 9704 §10.2；kind: order）
import-format-minutes = 纪要格式（GB/T 9704 §10.3；kind: minutes）
import-format-news = 简报格式（刊头；kind: news）
import-format-speech = 讲话稿（kind: speech）
import-format-document = 文件格式（GB/T 9704 §7；kind: { $kind }）
import-report-frame = 要素：{ $elements }
import-report-none = 无
# 要素之间的分隔。
import-report-separator = ，
import-frame-title = 标题（{ $count } 行）
import-frame-byline = 署名行
import-frame-attendance = { $labels }（出席情况）
import-frame-attachments-separate = 附件 ×{ $count }（其中 { $separate } 个只在附件说明中列出，文件中没有）
import-report-body = 正文：标题 一、×{ $first } （一）×{ $second } 1.×{ $third } （1）×{ $fourth }，段首引导语 { $leads } 处，表格 { $tables } 个
import-report-retyped = 标题编号原文写作 { $typed }，按 GB/T 9704 的形式印为 一、 （一） 1. （1）
import-report-figures = 指标：{ $count } 个数字成为指标（{ $filled } 个在 data.yaml 中已有数值，{ $placeholders } 个是占位符，待填写）
import-report-date = 成文日期原文写作 { $date }，按 GB/T 9704 §7.3.5 用阿拉伯数字印为“年月日”
import-report-note = 说明：{ $remark }
import-report-punctuation = 标点：{ $count } 个标点改为 GB/T 15834 的形式（中文里的半角标点改为全角，“―”改为“—”）；用 `--keep-punctuation` 保留原样
import-report-invisible = 看不见的字符：删去 { $count } 个（双向控制符、零宽空格、软连字符等，印出来看不见，却会改变印出的文字）
import-report-render-ok = 渲染：可以，{ $pages } 页（gongwen render 排出的页数）
import-report-render-failed = 渲染：不能——{ $why }

## 报告的“说明”：原文里与 GB/T 9704 不同、导入时作了处理的地方。

import-remark-two-documents = 文件里有两份公文：“{ $circulated }”，其后是带主送和落款的“{ $main }”；“{ $main }”作为主件导入，“{ $circulated }”作为它印发的文件（转发件，排在其后，标题编号自成一套）
import-remark-documents = 文件里有 { $count } 份公文；第一份之后的每一份都作为转发件导入，有自己的标题和标题编号：“{ $titles }”
import-remark-documents-closing = 文件里有 { $count } 份公文；第一份之后的每一份都作为转发件导入，有自己的标题和标题编号：“{ $titles }”；末尾的署名和日期印在第一份之下
import-remark-number-under-title = 发文字号“{ $number }”在原文中位于标题之下；按 GB/T 9704 §7.2.4 印在标题之上
import-remark-title-repeated = 标题下一行重复了标题（“{ $line }”）；它保留为正文第一段——如果是重复粘贴的，请从模板中删去
import-remark-note-title = 附件说明中的附件 { $number } 是“{ $listed }”，而附件页的标题是“{ $title }”；现在两处都印“{ $title }”——如果不对，请在模板中改正标题
import-remark-note-separate = 附件说明列出 { $count } 个附件；其中 { $separate } 个不在文件中，只列在附件说明里（模板中写作 `{"{"}.attachment .separate{"}"}`，不单独成页）
import-remark-note-after-date = 附件说明在原文中位于成文日期之后；按 GB/T 9704 §7.3.4 印在正文之下、署名之上
import-remark-typed-numbers-body = 正文的编号按原文保留，不自动编号：{ $why }（这些行作为段落印出）
import-remark-typed-numbers-attachment = “{ $title }”的编号按原文保留，不自动编号：{ $why }（这些行作为段落印出）
import-typed-articles = 它按“{ $article }”分章分条
import-typed-list-item = “{ $item }”是列举项，不是标题
import-typed-out-of-order = “{ $item }”处的编号不是自动编号会排出的第 { $count } 个

## 写进 data.yaml 和 template.md.tera 的注释（每条一行，程序在前面加“# ”）。

import-data-comment = 导入的公文的数据：下面是版头、署名、日期、版记等要素，数字在 metrics 下。
import-data-null-comment = 值为 null 的数字还要填写：原文在那里是占位符。
import-template-comment-source = 由 `gongwen import` 从 { $source } 导入。数字是下文的 m(…) 调用，
import-template-comment-metrics = 在 metrics: 下声明，数值填在 data.yaml 里。

## 导入失败的原因。

import-error = { $path }：{ $message }
import-hint = 提示：{ $hint }
import-empty = 没有找到文字；是空文件吗？
import-old-word = 这是旧的二进制 Word 文件；请在 Word 中另存为 .docx（另存为 → Word 文档）后再导入
import-not-text = 不是文本文件（含有文本中不会有的字节）；请导入 .txt、.md 或 .docx 文件
import-too-large = 文件超过上限 { $mb } MB（`--max-unpacked-mb`）；文件确实这么大时，用 `--max-unpacked-mb` 提高上限
import-io-not-found = 找不到这个文件
import-io-permission = 没有读写权限
import-io-not-folder = 这不是文件夹，或路径中有一段是文件
import-io-is-folder = 这是文件夹，不是文件
import-io-other = 无法读写（{ $error }）
import-docx-not-zip = 不是可读的 .docx 文件：它不是 Word 文档的压缩格式，或已损坏；请用 Word 打开后另存为 .docx 再导入
import-docx-missing = 不是可读的 .docx 文件：缺少正文（压缩包内没有 `{ $name }`）；请用 Word 打开后另存为 .docx 再导入
import-docx-damaged = 不是可读的 .docx 文件：正文（word/document.xml）已损坏，读不出来
import-docx-entity = 不是可读的 .docx 文件：正文（word/document.xml）中有不认识的实体 &{ $name };
import-yaml = 无法写出模板或数据文件（YAML）：{ $error }；这是 gongwen 的问题，请报告

## gongwen import 命令在报告前后显示的话。

import-exists = { $path } 已经存在；用 `-o` 另选一个文件夹，或加 `--force` 覆盖
import-cannot-create = 无法创建文件夹 { $path }：{ $why }
import-wrote = 已写出 { $template } 和 { $data }；生成公文：gongwen render { $data }
