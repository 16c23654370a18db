# gongwen-cli: every line the command prints (English).

## Common

cli-error = error: { $message }
cli-wrote = wrote { $path }
cli-wrote-pages = wrote { $path } ({ $pages ->
    [one] { $pages } page
   *[other] { $pages } pages
})
cli-cannot-write = cannot write { $path }: { $reason }
cli-overwrite = the output would overwrite { $input }, which the document is made from; nothing written
cli-overwrite-hint = write to another file with -o, for example -o out.pdf
cli-format-mismatch = the output's extension .{ $ext } names the { $ext } format, but --format asks for { $format }; nothing written
cli-format-mismatch-hint = write `-o { $path }`, or leave out --format { $format } (the format follows the output's extension)

## Operating system errors, by kind

cli-io-not-found = no such file or folder
cli-io-permission = permission denied
cli-io-exists = it already exists
cli-io-is-dir = it is a folder, not a file
cli-io-not-dir = a part of the path is not a folder
cli-io-full = the disk is full
cli-io-read-only = the disk is read-only
cli-io-other = { $error }

## check

cli-check-errors = { $count ->
    [one] { $count } error
   *[other] { $count } errors
} in { $path }
cli-check-ok = { $path }: every figure checks out

## render / watch / serve

cli-pages = { $count ->
    [one] { $count } page
   *[other] { $count } pages
}
cli-errors = { $count ->
    [one] { $count } error
   *[other] { $count } errors
}
cli-warnings = { $count ->
    [one] { $count } warning
   *[other] { $count } warnings
}
cli-problems = { $count ->
    [one] { $count } problem
   *[other] { $count } problems
}
cli-list-separator = ,{" "}
cli-watch-wrote = wrote { $path } ({ $summary }) in { $ms } ms
cli-watch-wrote-plain = wrote { $path } in { $ms } ms
cli-watch-kept = kept the last good output; { $ms } ms; waiting for the next save
cli-watch-watching = watching { $files }
cli-serve-one-address = --host takes one address to listen on (0.0.0.0 for every address); give names in the other --host
cli-serve-listening = serving at http://{ $address }/ (Ctrl-C to stop)
cli-serve-failed = render { $version } failed; the page shows the error over the last good pages
cli-serve-rendered = render { $version }: { $pages }, { $problems }, { $ms } ms
cli-megabytes = must be a number of MB above 0 (such as 10 or 0.5), not `{ $text }`

## batch

cli-batch-plain-columns = note: columns kept as plain names, not figures of the template: { $columns }
cli-batch-rollup-wrote = wrote the rollup { $path } ({ $pages ->
    [one] { $pages } page
   *[other] { $pages } pages
})
cli-batch-rollup-failed = the rollup was not written:
    { $why }
cli-batch-summary = { $written } of { $total } written ({ $drafts ->
    [one] { $drafts } draft
   *[other] { $drafts } drafts
} with errors), { $refused } refused, { $failed } failed in { $seconds } s ({ $rate } documents/s); summary in { $summary }
cli-batch-not-written = { $count ->
    [one] { $count } document
   *[other] { $count } documents
} not written; see { $summary }
cli-merge-summary = merged { $parts ->
    [one] { $parts } part
   *[other] { $parts } parts
}: { $written } of { $total } written ({ $drafts ->
    [one] { $drafts } draft
   *[other] { $drafts } drafts
} with errors), { $refused } refused, { $failed } failed; summary in { $summary }
cli-merge-more = … and { $count ->
    [one] { $count } more problem
   *[other] { $count } more problems
}
cli-batch-draft = { $name }: written as a draft with { $count ->
    [one] { $count } error
   *[other] { $count } errors
} highlighted
cli-batch-refused = { $name } ({ $origin }): not written
cli-batch-written = written
cli-batch-status-draft = draft (with errors)
cli-batch-status-refused = not written (errors)
cli-batch-status-failed = failed
cli-batch-line = [{ $done }/{ $total }] { $status } { $name }
cli-batch-line-pages = [{ $done }/{ $total }] { $status } { $name } ({ $pages ->
    [one] { $pages } page
   *[other] { $pages } pages
})
cli-batch-bar = left

## fonts

cli-fonts-found = { $count ->
    [one] { $count } font face found
   *[other] { $count } font faces found
}
cli-fonts-shipped = shipped
cli-fonts-installed = installed
cli-fonts-role = { $role }{ $pad }  { $family } (weight { $weight }) — { $origin }: { $path }
cli-fonts-dir = shipped fonts found in { $dir }
cli-fonts-no-dir = the shipped fonts (Fandol) were not found: copy the checkout's fonts/ folder to { $home }, or point `GONGWEN_FONTS` at it; looked in: { $searched }

## Command-line (clap) errors

cli-arg-unknown = unexpected argument `{ $arg }`
cli-arg-suggest = did you mean `{ $suggestion }`?
cli-arg-missing-value = a value is required for `{ $arg }`
cli-arg-invalid-value = `{ $value }` is not a value `{ $arg }` takes
cli-arg-valid-values = possible values: { $values }
cli-arg-invalid = `{ $value }` cannot be used as `{ $arg }`: { $why }
cli-arg-unknown-command = unrecognized subcommand `{ $command }`
cli-arg-missing = the following required arguments were not provided: { $args }
cli-arg-missing-command = a command is required: render, check, batch …
cli-arg-conflict = `{ $arg }` cannot be used with `{ $other }`
cli-arg-too-many = too many values for `{ $arg }`
cli-arg-unexpected = unexpected argument `{ $arg }`
cli-arg-other = invalid command line: { $detail }
cli-arg-more = For more information, try `{ $command } --help`.

## Help (--help): clap's own words

cli-help-usage = Usage:{" "}
cli-help-commands = Commands
cli-help-arguments = Arguments
cli-help-options = Options
cli-help-default = [default: { $value }]
cli-help-values = [possible values: { $values }]
cli-help-values-heading = Possible values:
cli-help-value-separator = ,{" "}

## Help: what each command does (help-command)

help-gongwen = Chinese official documents (公文) from YAML data and templates, laid out to GB/T 9704-2012
help-render = Render a data file through its template to PDF, OFD, Word (.docx), SVG, PNG, text (txt), Typst or Markdown
help-check = Check every figure against the template: missing, unknown, mistyped, out of range, inconsistent
help-batch = Render one document per data file of a folder, or per row of a CSV, Excel (.xlsx, .xls) or .ods table
help-watch = Render again whenever the data, the template or an image changes; keep the last good output on errors
help-serve = Show the pages in a browser, updated in place at every save, with the data's problems beside them
help-import = Turn an existing document (.txt, .md, .docx) into a template and a data file
help-fonts = Show which font serves each role of the page, where it came from, and the folder of the shipped fonts
help-help = Print this message or the help of the given subcommand(s)

## Help: arguments several commands share (help-arg-name)

help-arg-lang = The language of messages and help: zh (简体中文, the default) or en; without it, the locale decides (LC_ALL, LC_MESSAGES, LANG starting with "en" choose English)
help-arg-help = Print help (see more with '--help')
help-arg-help-short = Print help
help-arg-help-long = Print help (see a summary with '-h')
help-arg-version = Print version
help-arg-subcommand = The command to show the help of
help-arg-root = The project root: templates and seals must lie under it (default: the data file's folder; for a batch, the base's, else the folder holding the rows)
help-arg-max-image-mb = The largest image (seal) a document may read, in MB (1 MB = 1,048,576 bytes)
help-arg-max-template-mb = The largest template a document may read, in MB
help-arg-max-unpacked-mb = The most a .docx or workbook may unpack to, and a file or .csv may hold, in MB (zip bombs are refused)
help-arg-max-zip-entries = The most entries a .docx or workbook (a zip archive) may hold
help-arg-max-rows = The most rows a table (heading row included) or a folder of data files may hold
help-arg-max-columns = The most columns a table may use
help-arg-single-sided = Print on one side of each sheet: the 版记 stays on the last page instead of going to an even page
help-arg-fonts = Fonts: the standard faces offices have, or only the free faces the project ships
help-arg-pace = Speaking pace for a speech's length, in characters per minute
help-arg-output = Where to write; defaults to the data file's name with the format's extension
help-arg-format = Output format; defaults to the output file's extension, else pdf
help-arg-final = Refuse to write anything while `check` finds an error (the default is a draft)
help-arg-data = The YAML data file; with --row, the batch's folder, .csv, .xlsx, .xls or .ods
help-arg-row = The row of a batch to show: its number from 1 (3) or its name (寿县)
help-arg-base = With --row: the data file every row is laid over
help-arg-sheet = With --row: the workbook's sheet (default: the first)
help-arg-allow-row-paths = With --row: let the row name its template and seal (`template`, `seal`, `document.seal`)

## Help: each command's own arguments (help-command-name)

help-render-data = The YAML data file; its `template:` key names the template
help-check-data = The YAML data file to check
help-check-message-format = How to print problems: for people, or one JSON object per line for editors
help-batch-source = A folder of YAML data files, a .csv file or an .xlsx, .xls or .ods workbook (first row: figure names or labels)
help-batch-base = A data file every row is laid over: template, 版头, dates; rows override it
help-batch-sheet = The workbook's sheet (default: the first)
help-batch-output = The folder to write into
help-batch-name = Output names, a pattern over each row's data: "{"{{"} 市名 {"}}"}-回头看报告.pdf" ({"{{"} row {"}}"} is the row number)
help-batch-format = Output format
help-batch-final = Skip (do not write) any document in which `check` finds an error
help-batch-draft = Write every document, missing figures highlighted as 〔...〕 (the default)
help-batch-rollup = Also render this template once over all rows (totals, a table of every row)
help-batch-rollup-name = The rollup's output name (default 汇总.pdf)
help-batch-shard = Render only part i of n (round robin), e.g. 2/8, for a job array; names are checked across all parts
help-batch-merge-shards = Render nothing: merge the parts' summary-i-of-n.csv in the output folder into summary.csv, checked against this batch's rows (give the parts' arguments, without --shard)
help-batch-jobs = Threads to use (default: every core)
help-batch-allow-row-paths = Let rows name their template and seal (`template`, `seal`, `document.seal` columns); by default only the base may
help-serve-port = The port to serve on (0: any free port)
help-serve-host = An address to listen on (default 127.0.0.1: this machine only), or a name to answer to besides localhost (e.g. behind a proxy); may be given more than once. Requests addressed to any other name are refused
help-serve-open = Open the page in the default browser
help-import-input = The document to import: .txt (UTF-8 or GB18030), .md or .docx
help-import-output = The folder for template.md.tera, data.yaml and import-report.txt (default: beside the input, named after it)
help-import-force = Overwrite a template and data file already in the folder
help-import-keep-punctuation = Keep half-width punctuation as typed (by default, half-width marks in Chinese text become full-width, GB/T 15834)

## Help: what each value means (help-value-value)

help-value-pdf = PDF, ready to print
help-value-svg = SVG, all pages in one image
help-value-png = PNG, all pages in one image
help-value-typ = The generated Typst markup
help-value-txt = The text of the laid-out pages, line by line, pages separated by form feeds
help-value-md = The 公文 Markdown the template produced
help-value-docx = Word (.docx): named styles per role, the 22 × 28 grid, odd/even page numbers
help-value-ofd = OFD (GB/T 33190, the national format of electronic documents): the same pages as the PDF, text searchable and copyable, fonts embedded as subsets
help-value-standard = Installed standard faces (仿宋_GB2312, 黑体 …), the shipped free ones where missing; a .docx names the standard faces
help-value-free = Only the shipped free faces (Fandol), in the PDF and named in the .docx
help-value-human = `error[code]: message`, the file, line and column with the line itself and a caret, and a hint
help-value-json = JSON lines: file, line, column, severity, code, message, hint
