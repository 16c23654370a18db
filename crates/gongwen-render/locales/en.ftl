# gongwen-render: messages about data files, templates, the body and the seal (English).

## Data files
noun-data = the data file
noun-template = the template
noun-image = the seal image
data-not-utf8 = the file is not UTF-8 text
data-not-utf8-hint = save the file as UTF-8 (in WPS/Word: “另存为”, “编码” UTF-8)
data-empty = the data file is empty
data-empty-hint = start it with `template: <name>`
data-not-mapping = the data file must be a mapping of names to values
data-not-mapping-hint = write `key: value` lines, starting with `template: <name>`
data-template-not-text = `template` must be a name or a path
data-template-not-text-hint = write `template: notice` or `template: templates/mine.md.tera`
data-no-template = the data file does not say which template to use
data-no-template-hint = add a line `template: <name>` with a built-in ({ $names }) or a path to a .md.tera file
data-invisible = an invisible control character { $code } ({ $name }) is in the data: it would print the text other than it reads here
data-invisible-hint = delete it (it cannot be seen: retype the words around it, or copy them again from plain text)
data-unreadable-hint = check the path; data files are YAML (.yaml)
data-not-a-file = the data file is not a regular file (a folder, device or pipe): { $path }
data-not-a-file-hint = data files are YAML text files (.yaml)
data-too-big = the data file is larger than the limit of { $mb } MB
data-too-big-hint = split the data into several files (a folder of YAML files is a batch); the limit is fixed
data-metrics-not-mapping = `metrics` must be a mapping of names to values
data-metrics-not-mapping-hint = write one `名称: 数值` line per figure under `metrics:`, indented, without `- `
data-not-usable = the data cannot be used by a template

## YAML
yaml-tab = a tab indents this line
yaml-tab-hint = indent YAML with spaces only
yaml-write-line = write the line as: `{ $line }`
yaml-template-tag = this value starts with `{"{"}{"{"}` or `{"{"}%` and needs quotes, or YAML reads it as something else
yaml-duplicate-key = duplicate key `{ $key }`: it is written twice in the same mapping
yaml-duplicate-key-hint = line { $line } has it already; keep one of the two entries
yaml-too-deep = the data file nests deeper than 64 levels
yaml-too-many-nodes = the data file holds more than 250,000 values (each text, number, list and mapping counts)
yaml-aliases-expand = the aliases (`*name`) in the data file expand beyond the limit
yaml-too-large = the data file is beyond the limits it is read within
yaml-limits-hint = these limits are fixed, so that no file can bring the program down: at most 64 levels, 250,000 values, 1,000,000 items from aliases; aliases that refer to aliases multiply, so write the data out
yaml-key-not-text = the name before the colon must be text
yaml-key-not-text-hint = a name cannot start with `{"{"}` or `[`; if this is text, put the whole value in quotes
yaml-unfinished = the file ends in the middle of an entry
yaml-unfinished-hint = check that the quotes and brackets of the last lines are paired
yaml-syntax = this line is not valid YAML
yaml-syntax-hint = write a name, a colon and a space before the value (`name: value`); line up the lines of one level; quote a value that holds `: ` or ` #` or starts with `{"{"}`, `[`, `*`, `&`, `!`, `%` or `@`
yaml-unclosed-quote = the quote { $quote } is not closed: the value opens it and never closes it
yaml-unclosed-quote-hint = add the closing quote at the end of the value
yaml-colon-in-value = this value holds a colon and a space, which YAML reads as another name
yaml-indent-more = this line is indented further than the line above, which already has a value
yaml-indent-more-hint = line up the lines of one level; indent a line only under a line that ends with its colon
yaml-list-item = this list item (`- `) is out of place
yaml-list-item-hint = write list items under their name (`name:` on a line of its own), indented two spaces more
yaml-indent-mismatch = this line's indentation does not line up with the other lines of its level
yaml-indent-mismatch-hint = line up the names of one level, indenting with the same number of spaces (under `metrics:`, two spaces on every line)
yaml-colon-space = the colon needs a space after it
yaml-full-width-colon = this line has a full-width colon “：”; YAML needs `:` and a space
yaml-no-colon = this line has no colon, so YAML cannot tell what it is the value of
yaml-no-colon-hint = write `name: value`; if it continues the text of the line above, quote that value or write it as a block with `|`
yaml-bad-start = this value starts with `{ $char }`, which YAML does not allow without quotes
yaml-quote-hint = put the whole value in quotes
yaml-unclosed-bracket = the bracket `[` has no closing `]`
yaml-unclosed-bracket-hint = write a list as `[a, b]`; if this is text, put the whole value in quotes
yaml-after-quote = there is text after the closing quote
yaml-after-quote-hint = the quotes must hold the whole value
yaml-block-scalar = a line break must follow `|` or `>`
yaml-block-scalar-hint = write lines of text as `name: |` with the text on the lines below, indented

## Front matter and `document:`
frame-field = in front matter `{ $field }`: { $message }
frame-unreadable = { $field } has an entry that is not written right
frame-unwritable = cannot write the front matter
shape-text = { $field } should be one text
shape-text-hint = write `name: text`; a text is neither a list nor a mapping
shape-texts = { $field } should be a list of texts
shape-texts-hint = write `{ $field }: [某某市总工会, 某某市人民政府]`, or one `- 某某市总工会` line per item
shape-bool = { $field } should be `true` or `false`
shape-bool-hint = write `true` (yes) or `false` (no)
shape-kind = { $field } is not a known kind of document
shape-kind-hint = write one of: { $kinds }
shape-pairs = { $field } should be a list whose items each have `{ $first }` and `{ $second }`
shape-pairs-hint = write one item a line: `- {"{"} { $first }: …, { $second }: … {"}"}`, under `{ $field }:`
shape-map = { $field } should be a mapping (one `name: value` a line)
shape-keys = it may set { $keys }
shape-unknown = { $field } has no entry `{ $key }`
shape-metrics = { $field } should be a mapping: one entry a figure, with its declaration
shape-metrics-hint = for example `投入资金: {"{"} unit: 万元, kind: amount {"}"}`

## Templates
template-not-utf8 = the template is not UTF-8 text
template-not-utf8-hint = save the template as UTF-8
template-unknown = unknown template `{ $name }`
template-unknown-hint = use a built-in or a template beside the data ({ $names }), or a path to a .md.tera file; looked for { $looked }
template-did-you-mean = did you mean `{ $name }`? { $rest }
tera-unclosed-block = Unexpected end of input: a block is not closed
tera-unclosed-block-hint = every {"{"}% if %{"}"}, {"{"}% for %{"}"} and {"{"}% block %{"}"} needs its {"{"}% endif %{"}"}, {"{"}% endfor %{"}"} or {"{"}% endblock %{"}"}
tera-no-value = the data has no value for `{ $name }`
tera-no-value-unnamed = a value the template uses is missing from the data
tera-no-value-hint = add `{ $name }: …` to the data file, or guard it in the template with {"{"}% if { $name } is defined %{"}"}
tera-found = the template is not written right at `{ $found }`
tera-syntax-hint = check the `{"{"}{"{"} {"}"}{"}"}` and `{"{"}% %{"}"}` here: brackets and quotes paired, names complete
tera-unknown-tag = the template has a tag it does not know
tera-unknown-tag-hint = `{"{"}% endif %{"}"}` and `{"{"}% endfor %{"}"}` close an `{"{"}% if %{"}"}` or `{"{"}% for %{"}"}` above; the tags are if, for, set, raw and the like
tera-unclosed-string = a quote in the template is not closed
tera-wrong-type = this needs { $expected }, not { $got }
tera-wrong-type-hint = check how the data writes this value, or use a filter that fits it
tera-other = the template fails here ({ $detail })
tera-unknown-filter = the template uses a filter that does not exist, `{ $name }`
tera-unknown-filter-hint = check the name after `|`; join, length, upper and default are common ones
tera-unknown-function = the template uses a function that does not exist, `{ $name }`
tera-unknown-function-hint = the function of gongwen's templates is `m(name="…", unit="…")`
tera-unknown-test = the template uses a test that does not exist, `{ $name }`
tera-no-include = the template refers to another template, `{ $name }`
tera-no-include-hint = a gongwen template is one file and cannot include or extend another; write what it needs into it
type-number = a number
type-text = text
type-list = a list
type-map = a mapping
type-bool = true or false
type-none = nothing

## Printed values
print-needs-text = { $what }, where a text is printed
print-value-as-text = { $what }, which the template prints as a text ({ $tag })
print-is-list = `{ $expr }` is a list ({ $shown })
print-is-map = `{ $expr }` is a mapping ({ $shown })
print-write-text = write it as one text in the data
print-write-text-as = write it as one text in the data (`{ $example }`)
print-list-hint = { $text }, or join it in the template (`{ $join }`), or print each item (`{ $each }`)
print-nested-list-hint = print the texts in it with { $each }, or { $text }
print-map-pick-hint = { $text }, or print one of its entries in the template (`{ $pick }`), or print each (`{ $each }`)
print-map-hint = { $text }, or print each entry (`{ $each }`)
pattern-no-data = the data cannot fill `{ $pattern }`
pattern-not-text = cannot fill `{ $pattern }`: { $what }, where a text goes
pattern-failed = cannot fill the pattern `{ $pattern }`: { $why }
pattern-hint = a pattern names the data's keys in {"{"}{"{"} {"}"}{"}"}, for example "{"{"}{"{"} 市名 {"}"}{"}"}-报告.pdf"

## Files in the project root
file-outside = { $noun } is outside the project root: { $path }
file-outside-hint = it is really { $real } and the project root (root) is { $root }; put the file in the project root, or widen it with --root <folder> (for example --root ..)
file-is-directory = { $noun } is a folder, not a file: { $path }
file-is-directory-hint = give the path of a file
file-not-regular = { $noun } is not a regular file (a device, pipe or socket): { $path }
file-not-regular-hint = give a regular file in the project root
file-too-big = { $noun } is larger than the limit of { $limit }: { $path }
file-too-big-hint = make the file smaller, or raise the limit with { $flag } <MB>
file-unreadable-hint = check the path; relative paths start from the data file's folder
file-no-root = the project root (root) does not exist: { $root }
file-root-unusable = the project root (root) cannot be used: { $root }
file-no-root-hint = --root must be an existing folder
io-not-found = cannot find { $noun }: { $path }
io-not-a-directory = part of the path of { $noun } is not a folder: { $path }
io-is-directory = { $noun } is a folder, not a file: { $path }
io-denied = no permission to read { $noun }: { $path }
io-bad-name = the file name of { $noun } is not valid: { $path }
io-other = cannot read { $noun }: { $path } ({ $detail })

## The seal
seal-not-image = the seal is not a PNG or SVG image: { $path }
seal-not-image-hint = a seal must be a PNG or SVG image (a .docx can only embed PNG)
seal-misnamed = the seal's file name does not match its content: { $path } is a { $format } image
seal-misnamed-hint = rename the file to .{ $ext } and write that in `seal:`
seal-svg-malformed = the seal SVG cannot be read: { $path }
seal-svg-external = the seal SVG refers to files or addresses outside itself: { $path }
seal-svg-hint = use a self-contained SVG (images embedded as data:) or a PNG as the seal

## The body
heading-run-in-empty = the heading “{ $heading }” ends in 。 and so runs into the paragraph under it, but no text follows it
heading-run-in-empty-hint = write its text under it, or drop the final 。 to make it a heading on a line of its own
shape-front-matter = the front matter
shape-did-you-mean = did you mean `{ $name }`? { $rest }
