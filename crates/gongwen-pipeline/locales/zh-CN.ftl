# gongwen-pipeline：生成单份文件和批量生成时的说明。

## 单份文件没有生成的原因（Failure）
pipeline-refused = 发现 { $count } 处错误，未写出文件（`--final`）
pipeline-layout-failed = { $file }：排版失败
pipeline-layout-typst = Typst：{ $error }
pipeline-layout-note = {"  "}= 注：`--format typ` 可写出这些位置所指的排版代码
pipeline-glyph = 「{ $char }」（U+{ $code }）
pipeline-glyphs = { $file }：已安装的字体和自带的字体都没有这些字：{ $chars }；请安装包含它们的字体（例如 fonts-noto-cjk），或换用别的字
pipeline-write = 无法写入 { $path }：{ $reason }
pipeline-not-laid-out = { $format }：页面尚未排版
pipeline-source-date = 环境变量 SOURCE_DATE_EPOCH 的值「{ $value }」不是自 1970-01-01 起的整数秒数，无法用作 OFD 的创建日期
pipeline-source-date-hint = 写成整数秒数（如 SOURCE_DATE_EPOCH=1700000000），或去掉这个变量以使用今天的日期
pipeline-without-layout = { $format } 格式不经排版直接写出

## 写文件出错时的原因（不显示操作系统的原文）
io-not-found = 路径不存在
io-permission = 没有权限
io-not-a-folder = { $part } 不是文件夹
io-is-a-folder = 这是一个文件夹，不是文件
io-read-only = 所在的磁盘是只读的
io-full = 磁盘空间不足
io-exists = 已经存在
io-bad-name = 文件名不合法
io-other = 系统错误：{ $detail }

## 批量生成：读取行
batch-no-rows = 没有可生成的行或数据文件
batch-no-rows-hint = 文件夹里要有 .yaml 数据文件；表格要有一行表头，每份文件占一行
batch-no-template = 没有指定模板
batch-no-template-hint = 用 `--base` 给出一个写有 `template:` 的数据文件（表格中的 `template` 列只有加了 `--allow-row-paths` 或 base 写有 `rows_may_set: [template]` 时才算数）
batch-misspelt-column = 表头「{ $heading }」（{ $place }）不是模板用到的指标，这一列的数字不会进入任何一份文件
batch-misspelt-column-hint = 是否应为「{ $name }」？改正表头后重新运行
batch-source-missing = 文件或文件夹不存在
batch-source-kind = 无法从这种文件读取行
batch-source-hint = 请给出装有 YAML 数据文件的文件夹、.csv 文件或 Excel 工作簿（.xlsx、.xls、.ods）
batch-folder-unreadable = 无法读取：{ $reason }
batch-csv-not-utf8 = 表格不是 UTF-8 编码的文本
batch-csv-not-utf8-hint = 请另存为“CSV UTF-8（逗号分隔）”（Excel：另存为 → CSV UTF-8），或直接给出 .xlsx 工作簿
batch-csv-heading = 无法读取表头（第 1 行）
batch-csv-unequal = 第 { $line } 行有 { $cells } 个单元格，但表头有 { $columns } 列
batch-csv-row = 无法读取第 { $line } 行
batch-csv-row-hint = 每行的单元格数要和表头的列数相同；含逗号的单元格要加英文引号（"1,517"）
batch-place-line = 第 { $line } 行
batch-place-cell = 单元格 { $cell }

## 批量生成：工作簿
batch-workbook-open = 无法打开工作簿：文件已损坏，或不是 Excel/WPS 表格
batch-workbook-refused = 无法打开工作簿：{ $reason }
batch-sheet-read = 无法读取工作表「{ $sheet }」：文件已损坏
batch-no-sheet = 工作簿里没有名为「{ $sheet }」的工作表
batch-sheets = 它的工作表有：{ $sheets }
batch-no-sheets = 工作簿里没有工作表

## 批量生成：上限
batch-cell-outside = 工作表「{ $sheet }」的单元格 { $cell } 超出表格上限：{ $rows } 行（`--max-rows`）× { $columns } 列（`--max-columns`）
batch-cell-outside-hint = 删去表外多余的单元格；表格确实这么大时，用 `--max-rows` 或 `--max-columns` 提高上限
batch-too-many-rows = 行数超过上限 { $max }（`--max-rows`）
batch-too-many-rows-hint = 分成几批处理；表格确实这么大时，用 `--max-rows` 提高上限
batch-too-many-columns = 列数超过上限 { $max }（`--max-columns`）
batch-too-many-columns-hint = 表格确实这么宽时，用 `--max-columns` 提高上限
batch-read-table = 无法读取表格：{ $reason }
batch-read-workbook = 无法读取工作簿：{ $reason }
batch-file-too-big = 文件超过上限 { $max } MB（`--max-unpacked-mb`）
batch-file-too-big-hint = 文件确实这么大时，用 `--max-unpacked-mb` 提高上限，或分成几批处理

## 批量生成：行能设置什么
batch-rows-may-set = `rows_may_set` 须是列表，只能含 template、seal
batch-rows-may-set-hint = 例如 `rows_may_set: [template, seal]`
batch-row-path = 批量生成的行不能设置文件路径：`{ $column }`（{ $place }）
batch-row-path-hint = 行只能给数字和文字；模板和印章由 `--base` 文件给出。确要让行设置它时，在 base 中写 `rows_may_set: [{ $key }]`，或加 `--allow-row-paths`

## 批量生成：输出文件名
batch-name-empty = 输出文件名 `{ $name }` 是空的或含控制字符
batch-name-outside = 输出文件名 `{ $name }` 必须留在输出文件夹之内
batch-name-hint = 用 `--name` 给输出文件命名，例如 `{ $example }`
batch-collision = { $output } 同时是 { $first } 和 { $origin } 的输出文件名
batch-collisions = 有 { $count } 个输出文件名会被写两次，未写出任何文件：
batch-collisions-more = …… 另有 { $count } 个
batch-collisions-hint = 让 `--name` 能区分各行，例如加上 `{ $row }`：`{ $example }`

## 批量生成：汇总、状态和汇总表（summary.csv）
batch-rollup-origin = 汇总（{ $count } 行）
batch-rollup-left-out = 指标「{ $name }」的值 { $value } 不是数字，汇总的合计、平均值和最大最小值不含 { $origin }
batch-rollup-left-out-hint = 用阿拉伯数字填写（例如 12），汇总才会计入
batch-rollup-clash = 汇总文件 { $output } 会覆盖 { $origin } 的输出文件
batch-rollup-clash-hint = 用 `--rollup-name` 给汇总文件另取名字
batch-worker-stopped = 生成这份文件的工作线程意外停止
batch-status-written = 已生成
batch-status-draft = 草稿（有错误）
batch-status-refused = 未生成（有错误）
batch-status-failed = 失败
summary-number = 序号
summary-origin = 来源
summary-file = 文件
summary-pages = 页数
summary-errors = 错误
summary-warnings = 警告
summary-status = 状态
summary-note = 说明
summary-note-at = { $message }（{ $place }）

## 预览时选行、分批（--shard）
batch-no-row = 找不到行「{ $row }」
batch-no-row-hint = 请给出 1 到 { $count } 之间的行号，或能认出这一行的名称，例如 { $names }
batch-shard-form = `{ $shard }`：请写成 i/n 的形式，例如 2/8
batch-shard-number = `{ $text }` 不是数字
batch-shard-range = `{ $shard }`：第几份须在 1/{ $count } 到 { $count }/{ $count } 之间

## 画出的诊断
draw-hint = 提示：{ $hint }
draw-in = 位于 { $place }
draw-in-cell = 位于 { $place }（单元格 { $cell }）

## 合并分批生成的汇总表（--merge-shards）
merge-folder = 无法读取输出文件夹：{ $reason }
merge-no-parts = 这个文件夹里没有分批生成的汇总表（summary-i-of-n.csv）
merge-no-parts-hint = 先在各台机器上用 `--shard 1/n` … `--shard n/n` 生成各部分，写入同一个输出文件夹，再合并
merge-count = 分 { $count } 部分的（{ $files }）
merge-separator = ；
merge-mixed-counts = 分批汇总表的部分数不一致：{ $groups }
merge-mixed-counts-hint = 这是几次不同的分批运行留下的；删掉旧的 summary-*-of-*.csv，或把各部分按同一个 n 重新生成
merge-bad-part = 第 { $part } 部分不在 1 到 { $count } 之间
merge-part-missing = 缺少第 { $part } 部分（共 { $count } 部分）的汇总表
merge-part-missing-hint = 这一部分还没有生成完，或没有写入这个文件夹：用同样的参数加 `--shard { $part }/{ $count }` 再生成它
merge-not-a-summary = 这不是 gongwen 批量生成的汇总表：表头不对
merge-not-a-summary-hint = 汇总表的表头应为 { $headings }（或其英文版）
merge-bad-line = 无法读取第 { $line } 行：单元格数和表头的列数不同
merge-bad-number = 序号“{ $text }”不是数字
merge-bad-status = 状态“{ $text }”不是批量生成写下的状态
merge-lang-zh = 中文
merge-lang-en = 英文
merge-mixed-languages = { $path } 的表头是{ $lang }，而 { $first } 的是{ $first_lang }：各部分的语言不一致
merge-mixed-languages-hint = 各部分要用同一种语言（`--lang`）生成：用和其他部分相同的 `--lang` 再生成第 { $part } 部分
merge-twice = 序号 { $number } 出现了两次：{ $first } 第 { $line } 行已有这一行
merge-stale-hint = 这些部分与这次合并的参数不符，或不是同一次分批运行生成的：合并时请给出生成各部分时的数据、`--base`、`--name` 和 `--format`；若是旧的部分，删掉 summary-*-of-*.csv，用同样的参数重新生成各部分
merge-not-planned = 序号 { $number } 不在这批中（这批数据共 { $rows } 行）
merge-rollup-hint = 这一行是汇总；生成各部分时用了 `--rollup`，合并时也请给出同样的 `--rollup`
merge-wrong-part = 序号 { $number } 应在第 { $part } 部分，却出现在第 { $found } 部分
merge-other-file = 序号 { $number } 的文件是“{ $found }”，按这批数据应为“{ $expected }”
merge-file-missing = 序号 { $number } 已生成的 { $file } 不在 { $dir } 里
merge-file-missing-hint = 各部分须写入同一个输出文件夹（各台机器共享的目录或卷），再在这个文件夹里合并
merge-rows-missing = 第 { $part } 部分缺少 { $count } 行：序号 { $numbers }
merge-refused = 发现 { $count } 处问题，未写出 { $summary }
