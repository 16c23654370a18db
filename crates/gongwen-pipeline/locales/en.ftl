# gongwen-pipeline: messages of producing one document and of a batch.

## Why a document was not produced (Failure)
pipeline-refused = { $count ->
    [one] { $count } error found; nothing written (--final)
   *[other] { $count } errors found; nothing written (--final)
}
pipeline-layout-failed = { $file }: laying out the document failed
pipeline-layout-typst = Typst: { $error }
pipeline-layout-note = {"  "}= note: `--format typ` writes the generated markup these positions refer to
pipeline-glyph = 「{ $char }」 (U+{ $code })
pipeline-glyphs = { $file }: no installed or shipped font has { $chars }; install a font that covers them (for example fonts-noto-cjk) or replace them
pipeline-write = cannot write { $path }: { $reason }
pipeline-not-laid-out = { $format }: the pages were not laid out
pipeline-source-date = the environment variable SOURCE_DATE_EPOCH is “{ $value }”, not a whole number of seconds since 1970-01-01, so it cannot date the OFD file
pipeline-source-date-hint = write a whole number of seconds (SOURCE_DATE_EPOCH=1700000000), or unset it to use today's date
pipeline-without-layout = { $format } is written without layout

## Why writing failed (never the operating system's bare text)
io-not-found = no such file or folder
io-permission = permission denied
io-not-a-folder = { $part } is not a folder
io-is-a-folder = it is a folder, not a file
io-read-only = the disk is read-only
io-full = the disk is full
io-exists = it already exists
io-bad-name = the file name is not allowed
io-other = system error: { $detail }

## Batch: reading the rows
batch-no-rows = no rows or data files to render
batch-no-rows-hint = a folder needs .yaml files; a table needs a heading row and one row per document
batch-no-template = no template is named
batch-no-template-hint = give --base with a `template:` line (a `template` column counts only with --allow-row-paths or the base's `rows_may_set: [template]`)
batch-misspelt-column = the column `{ $heading }` ({ $place }) is not a figure the template uses, so its numbers reach no document
batch-misspelt-column-hint = did you mean `{ $name }`? correct the heading and run again
batch-source-missing = no such file or folder
batch-source-kind = cannot read rows from this kind of file
batch-source-hint = give a folder of YAML files, a .csv file or a workbook (.xlsx, .xls, .ods)
batch-folder-unreadable = cannot read: { $reason }
batch-csv-not-utf8 = the table is not UTF-8 text
batch-csv-not-utf8-hint = save it as “CSV UTF-8” (Excel: Save As → CSV UTF-8), or give the .xlsx workbook itself
batch-csv-heading = cannot read the heading row (line 1)
batch-csv-unequal = line { $line } has { $cells ->
    [one] { $cells } cell
   *[other] { $cells } cells
} but the heading row names { $columns } columns
batch-csv-row = cannot read line { $line }
batch-csv-row-hint = every row needs one cell per column; quote a cell that holds a comma ("1,517")
batch-place-line = line { $line }
batch-place-cell = cell { $cell }

## Batch: workbooks
batch-workbook-open = cannot open the workbook: the file is damaged or not a spreadsheet
batch-workbook-refused = cannot open the workbook: { $reason }
batch-sheet-read = cannot read sheet `{ $sheet }`: the file is damaged
batch-no-sheet = the workbook has no sheet `{ $sheet }`
batch-sheets = its sheets are { $sheets }
batch-no-sheets = the workbook has no sheets

## Batch: limits
batch-cell-outside = cell { $cell } of sheet `{ $sheet }` lies outside the table limits: { $rows } rows (--max-rows) × { $columns } columns (--max-columns)
batch-cell-outside-hint = delete the stray cells outside the table; if the table really is this large, raise --max-rows or --max-columns
batch-too-many-rows = more rows than the limit of { $max } (--max-rows)
batch-too-many-rows-hint = split the batch; if the table really is this large, raise the limit with --max-rows
batch-too-many-columns = more columns than the limit of { $max } (--max-columns)
batch-too-many-columns-hint = if the table really is this wide, raise the limit with --max-columns
batch-read-table = cannot read the table: { $reason }
batch-read-workbook = cannot read the workbook: { $reason }
batch-file-too-big = the file is larger than the limit of { $max } MB (--max-unpacked-mb)
batch-file-too-big-hint = if the file really is this large, raise the limit with --max-unpacked-mb, or split the batch

## Batch: what rows may set
batch-rows-may-set = `rows_may_set` must be a list holding only template and seal
batch-rows-may-set-hint = for example `rows_may_set: [template, seal]`
batch-row-path = a batch row may not set a file path: `{ $column }` ({ $place })
batch-row-path-hint = rows give figures and text only; the template and the seal come from the --base file. To let rows set it, write `rows_may_set: [{ $key }]` in the base, or add --allow-row-paths

## Batch: output names
batch-name-empty = the output name `{ $name }` is empty or holds control characters
batch-name-outside = the output name `{ $name }` must stay inside the output folder
batch-name-hint = name outputs with --name, for example { $example }
batch-collision = { $output } is named by { $first } and by { $origin }
batch-collisions = { $count ->
    [one] { $count } output name would be written twice; nothing was written:
   *[other] { $count } output names would be written twice; nothing was written:
}
batch-collisions-more = … and { $count } more
batch-collisions-hint = make --name tell the rows apart, for example add { $row }: { $example }

## Batch: rollup, statuses and the summary table (summary.csv)
batch-rollup-origin = { $count ->
    [one] rollup ({ $count } row)
   *[other] rollup ({ $count } rows)
}
batch-rollup-left-out = { $name }: { $value } is not a number, so the rollup's totals, means and extremes leave out { $origin }
batch-rollup-left-out-hint = write the figure in Arabic numerals, and the totals count it
batch-rollup-clash = the rollup { $output } would overwrite the output of { $origin }
batch-rollup-clash-hint = name the rollup with --rollup-name
batch-worker-stopped = the worker producing it stopped
batch-status-written = written
batch-status-draft = draft (with errors)
batch-status-refused = not written (errors)
batch-status-failed = failed
summary-number = No.
summary-origin = Source
summary-file = File
summary-pages = Pages
summary-errors = Errors
summary-warnings = Warnings
summary-status = Status
summary-note = Note
summary-note-at = { $message } ({ $place })

## Picking a row for a preview; shards (--shard)
batch-no-row = no row `{ $row }`
batch-no-row-hint = give a row number from 1 to { $count } or a name that tells the row apart, such as { $names }
batch-shard-form = `{ $shard }`: write the part as i/n, for example 2/8
batch-shard-number = `{ $text }` is not a number
batch-shard-range = `{ $shard }`: the part must be between 1/{ $count } and { $count }/{ $count }

## Drawn diagnostics
draw-hint = hint: { $hint }
draw-in = in { $place }
draw-in-cell = in { $place } (cell { $cell })

## Merging the summaries of a sharded batch (--merge-shards)
merge-folder = cannot read the output folder: { $reason }
merge-no-parts = this folder holds no summary of a sharded batch (summary-i-of-n.csv)
merge-no-parts-hint = first render the parts with `--shard 1/n` … `--shard n/n` on each machine, into one output folder, then merge
merge-count = in { $count } parts ({ $files })
merge-separator = {"; "}
merge-mixed-counts = the parts' summaries do not agree on the number of parts: { $groups }
merge-mixed-counts-hint = they come from different sharded runs; remove the old summary-*-of-*.csv files, or render every part again with the same n
merge-bad-part = part { $part } is not between 1 and { $count }
merge-part-missing = the summary of part { $part } of { $count } is missing
merge-part-missing-hint = that part has not finished, or was written elsewhere: render it with the same arguments and `--shard { $part }/{ $count }`
merge-not-a-summary = this is not a summary written by gongwen batch: its headings differ
merge-not-a-summary-hint = a summary's headings are { $headings } (or their Chinese form)
merge-bad-line = cannot read line { $line }: its number of cells differs from the headings'
merge-bad-number = the No. “{ $text }” is not a number
merge-bad-status = the status “{ $text }” is not one a batch writes
merge-lang-zh = Chinese
merge-lang-en = English
merge-mixed-languages = the headings of { $path } are in { $lang }, those of { $first } in { $first_lang }: the parts' languages differ
merge-mixed-languages-hint = every part must be rendered in one language (`--lang`): render part { $part } again with the other parts' `--lang`
merge-twice = No. { $number } appears twice: line { $line } of { $first } has it already
merge-stale-hint = these parts do not match the merge's arguments, or come from different sharded runs: give the merge the parts' data, `--base`, `--name` and `--format`; if the parts are old, remove the summary-*-of-*.csv files and render every part again with the same arguments
merge-not-planned = No. { $number } is not in this batch (its data has { $rows ->
    [one] { $rows } row
   *[other] { $rows } rows
})
merge-rollup-hint = this line is the rollup: the parts were rendered with `--rollup`, so give the same `--rollup` to the merge
merge-wrong-part = No. { $number } belongs to part { $part } but is in part { $found }
merge-other-file = No. { $number } names the file “{ $found }”, but this batch's data names “{ $expected }”
merge-file-missing = No. { $number } was written as { $file }, which is not in { $dir }
merge-file-missing-hint = every part must write into one output folder (a folder or volume the machines share), and the merge run in it
merge-rows-missing = part { $part } lacks { $count ->
    [one] { $count } row
   *[other] { $count } rows
}: No. { $numbers }
merge-refused = { $count ->
    [one] { $count } problem found
   *[other] { $count } problems found
}; { $summary } not written
