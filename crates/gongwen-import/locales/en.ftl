# The words of gongwen import: its report, the comments written into the template and the
# data file, and why a file could not be imported.

## The import report (import-report.txt, also printed). The code indents each line.

import-report-genre = Genre: { $genre }
import-genre-news = 简报 (a work bulletin), not one of the fifteen genres of the 党政机关公文处理工作条例
import-genre-speech = 讲话稿 (a speech), not one of the fifteen genres of the 党政机关公文处理工作条例
import-genre-untitled = not recognised (no title)
import-genre-unknown = not recognised (the title “{ $title }” does not end in one of the fifteen genres)
import-report-format = Format: { $format }
import-format-letter = 信函格式, the letter format (GB/T 9704 §10.1; kind: letter)
import-format-order = 命令格式, the order format (GB/T 9704 §10.2; kind: order)
import-format-minutes = 纪要格式, the minutes format (GB/T 9704 §10.3; kind: minutes)
import-format-news = 简报格式, a bulletin under its masthead (kind: news)
import-format-speech = 讲话稿, a speech (kind: speech)
import-format-document = 文件格式, the document format (GB/T 9704 §7; kind: { $kind })
import-report-frame = Frame: { $elements }
import-report-none = none
# Between the frame's elements.
import-report-separator = {", "}
import-frame-title = 标题 ({ $count ->
    [one] { $count } line
   *[other] { $count } lines
})
import-frame-byline = 署名行 (byline)
import-frame-attendance = { $labels } (attendance)
import-frame-attachments-separate = 附件 ×{ $count } ({ $separate } listed only, not in the file)
import-report-body = Body: headings 一、×{ $first } （一）×{ $second } 1.×{ $third } （1）×{ $fourth }, { $leads } run-in { $leads ->
    [one] lead
   *[other] leads
}, { $tables } { $tables ->
    [one] table
   *[other] tables
}
import-report-retyped = heading numbers typed { $typed } are printed in the GB/T 9704 forms 一、 （一） 1. （1）
import-report-figures = Figures: { $count } became metrics ({ $filled } with a value in data.yaml, { $placeholders } { $placeholders ->
    [one] placeholder
   *[other] placeholders
} to fill in)
import-report-date = 成文日期 typed { $date } is printed 年月日 in Arabic numerals (GB/T 9704 §7.3.5)
import-report-note = Note: { $remark }
import-report-punctuation = Punctuation: { $count ->
    [one] { $count } mark
   *[other] { $count } marks
} made the GB/T 15834 forms (half-width marks in Chinese text made full-width, “―” made “—”); keep them as typed with `--keep-punctuation`
import-report-invisible = Invisible characters: { $count } taken out (bidi controls, zero-width spaces, soft hyphens and the like print as nothing, yet change the text printed)
import-report-render-ok = Render: yes, { $pages ->
    [one] { $pages } page
   *[other] { $pages } pages
} (as gongwen render lays it out)
import-report-render-failed = Render: no — { $why }

## The report's notes: where the original differs from GB/T 9704 and what import did.

import-remark-two-documents = the file holds two documents: “{ $circulated }” and after it “{ $main }”, which has the 主送 and the closing; “{ $main }” is imported as the main document and “{ $circulated }” as the document it circulates (forwarded, after it, with its own heading numbers)
import-remark-documents = the file holds { $count } documents; each after the first is imported as a forwarded document with its own title and heading numbers: “{ $titles }”
import-remark-documents-closing = the file holds { $count } documents; each after the first is imported as a forwarded document with its own title and heading numbers: “{ $titles }”; the 署名 and date at the end print under the first document
import-remark-number-under-title = the 发文字号 “{ $number }” stands under the title in the original; it is printed above the title (GB/T 9704 §7.2.4)
import-remark-title-repeated = the line after the title repeats it (“{ $line }”); it is kept as the first paragraph — delete it from the template if it was pasted twice
import-remark-note-title = 附件说明 lists attachment { $number } as “{ $listed }” but its page is titled “{ $title }”; both now print “{ $title }” — correct the title in the template if that is wrong
import-remark-note-separate = 附件说明 lists { $count ->
    [one] { $count } attachment
   *[other] { $count } attachments
}; { $separate } not in the file { $separate ->
    [one] is
   *[other] are
} listed only (`{"{"}.attachment .separate{"}"}` in the template: no pages of their own)
import-remark-note-after-date = the 附件说明 stands after the 成文日期 in the original; it is printed under the body, above the 署名 (GB/T 9704 §7.3.4)
import-remark-typed-numbers-body = the body's numbers are kept as typed, not numbered automatically: { $why } (those lines print as paragraphs)
import-remark-typed-numbers-attachment = the numbers of “{ $title }” are kept as typed, not numbered automatically: { $why } (those lines print as paragraphs)
import-typed-articles = it is divided into chapters and articles (“{ $article }”)
import-typed-list-item = “{ $item }” is a list item, not a heading
import-typed-out-of-order = the number at “{ $item }” is not number { $count }, which automatic numbering would print

## The comments written into data.yaml and template.md.tera (one line each; the code puts "# " before).

import-data-comment = The data of the imported document: its frame below, its figures under metrics.
import-data-null-comment = null marks a figure still to fill in: the document had a placeholder there.
import-template-comment-source = Imported from { $source } by `gongwen import`. Figures are the m(…) calls below,
import-template-comment-metrics = declared under metrics: and filled in data.yaml.

## Why a file could not be imported.

import-error = { $path }: { $message }
import-hint = hint: { $hint }
import-empty = no text found; is it an empty file?
import-old-word = an old binary Word file; save it as .docx (Word: “另存为” → “Word 文档”) and import that
import-not-text = not a text file (it holds bytes no text has); import a .txt, .md or .docx document
import-too-large = the file is larger than the limit of { $mb } MB (`--max-unpacked-mb`); if it really is that large, raise the limit with `--max-unpacked-mb`
import-io-not-found = no such file
import-io-permission = permission denied
import-io-not-folder = not a folder, or a part of the path is a file
import-io-is-folder = a folder, not a file
import-io-other = cannot read or write it ({ $error })
import-docx-not-zip = not a readable .docx file: it is not a Word document's zip container, or it is damaged; open it in Word, save it as .docx and import that
import-docx-missing = not a readable .docx file: it has no main text (no `{ $name }` in the archive); open it in Word, save it as .docx and import that
import-docx-damaged = not a readable .docx file: its main text (word/document.xml) is damaged and cannot be read
import-docx-entity = not a readable .docx file: its main text (word/document.xml) holds an unknown entity &{ $name };
import-yaml = cannot write the template or the data file (YAML): { $error }; this is a bug in gongwen, please report it

## What gongwen import says around its report.

import-exists = { $path } already exists; choose another folder with `-o`, or add `--force` to overwrite it
import-cannot-create = cannot create the folder { $path }: { $why }
import-wrote = wrote { $template } and { $data }; render with: gongwen render { $data }
