# gongwen-cli：命令行打印的每一行（简体中文）。

## 通用

cli-error = 错误：{ $message }
cli-wrote = 已写出 { $path }
cli-wrote-pages = 已写出 { $path }（共 { $pages } 页）
cli-cannot-write = 无法写入 { $path }：{ $reason }
cli-overwrite = 输出文件会覆盖生成它所用的文件 { $input }，未写出任何文件
cli-overwrite-hint = 用 -o 写到别的文件，例如 `-o out.pdf`
cli-format-mismatch = 输出文件的扩展名 .{ $ext } 表示 { $ext } 格式，而 --format 要的是 { $format }；未写出任何文件
cli-format-mismatch-hint = 改为 `-o { $path }`，或去掉 --format { $format }（格式随输出文件的扩展名）

## 操作系统的错误，按种类说明

cli-io-not-found = 找不到该文件或文件夹
cli-io-permission = 没有权限
cli-io-exists = 已经存在
cli-io-is-dir = 这是一个文件夹，不是文件
cli-io-not-dir = 路径中有一段不是文件夹
cli-io-full = 磁盘已满
cli-io-read-only = 所在磁盘只读
cli-io-other = { $error }

## check

cli-check-errors = { $path } 中有 { $count } 处错误
cli-check-ok = { $path }：所有数据都已核对无误

## render / watch / serve

cli-pages = { $count } 页
cli-errors = { $count } 处错误
cli-warnings = { $count } 处警告
cli-problems = { $count } 个问题
cli-list-separator = ，
cli-watch-wrote = 已写出 { $path }（{ $summary }），用时 { $ms } 毫秒
cli-watch-wrote-plain = 已写出 { $path }，用时 { $ms } 毫秒
cli-watch-kept = 保留上一次成功的输出；用时 { $ms } 毫秒；等待下一次保存
cli-watch-watching = 正在监视 { $files }
cli-serve-one-address = `--host` 只能给一个监听地址（如 0.0.0.0 即所有地址）；其余的 `--host` 请写名字
cli-serve-listening = 预览地址 http://{ $address }/（按 Ctrl-C 停止）
cli-serve-failed = 第 { $version } 次渲染失败；页面在上一次成功的版面上显示错误
cli-serve-rendered = 第 { $version } 次渲染：{ $pages }，{ $problems }，用时 { $ms } 毫秒
cli-megabytes = 须是大于 0 的 MB 数（例如 10 或 0.5），不是 `{ $text }`

## batch

cli-batch-plain-columns = 注意：以下列不是模板中的数据，只作普通名称保留：{ $columns }
cli-batch-rollup-wrote = 已写出汇总 { $path }（共 { $pages } 页）
cli-batch-rollup-failed = 汇总未写出：
    { $why }
cli-batch-summary = 共 { $total } 份，已写出 { $written } 份（其中 { $drafts } 份为有错误的草稿），{ $refused } 份因错误未生成，{ $failed } 份失败，用时 { $seconds } 秒（每秒 { $rate } 份）；汇总表见 { $summary }
cli-batch-not-written = { $count } 份文件未写出；详见 { $summary }
cli-merge-summary = 已合并 { $parts } 个部分的汇总表：共 { $total } 份，已写出 { $written } 份（其中 { $drafts } 份为有错误的草稿），{ $refused } 份因错误未生成，{ $failed } 份失败；汇总表见 { $summary }
cli-merge-more = …… 另有 { $count } 处问题
cli-batch-draft = { $name }：已按草稿写出，标出了 { $count } 处错误
cli-batch-refused = { $name }（{ $origin }）：未写出
cli-batch-written = 已生成
cli-batch-status-draft = 草稿（有错误）
cli-batch-status-refused = 未生成（有错误）
cli-batch-status-failed = 失败
cli-batch-line = [{ $done }/{ $total }] { $status } { $name }
cli-batch-line-pages = [{ $done }/{ $total }] { $status } { $name }（共 { $pages } 页）
cli-batch-bar = 剩余

## fonts

cli-fonts-found = 共找到 { $count } 款字体
cli-fonts-shipped = 随附
cli-fonts-installed = 系统已装
cli-fonts-role = { $role }{ $pad }  { $family }（字重 { $weight }）— { $origin }：{ $path }
cli-fonts-dir = 随附字体所在文件夹：{ $dir }
cli-fonts-no-dir = 没有找到随附字体（Fandol）。请把源代码中的 fonts/ 文件夹复制到 { $home }，或用环境变量 `GONGWEN_FONTS` 指向它；找过的地方：{ $searched }

## 命令行解析（clap）的错误

cli-arg-unknown = 无法识别的参数 `{ $arg }`
cli-arg-suggest = 是不是要写 `{ $suggestion }`？
cli-arg-missing-value = `{ $arg }` 后面缺少值
cli-arg-invalid-value = `{ $value }` 不是 `{ $arg }` 可取的值
cli-arg-valid-values = 可取的值：{ $values }
cli-arg-invalid = `{ $value }` 不能用作 `{ $arg }`：{ $why }
cli-arg-unknown-command = 没有 `{ $command }` 这个命令
cli-arg-missing = 缺少必需的参数：{ $args }
cli-arg-missing-command = 缺少命令，请在 gongwen 后面写 render、check、batch 等
cli-arg-conflict = `{ $arg }` 不能与 `{ $other }` 同时使用
cli-arg-too-many = `{ $arg }` 给了太多的值
cli-arg-unexpected = 多余的参数 `{ $arg }`
cli-arg-other = 命令行有误：{ $detail }
cli-arg-more = 详细说明请运行 `{ $command } --help`。

## 帮助（--help）：clap 自己的用语

cli-help-usage = 用法：
cli-help-commands = 命令
cli-help-arguments = 参数
cli-help-options = 选项
cli-help-default = [默认：{ $value }]
cli-help-values = [可选：{ $values }]
cli-help-values-heading = 可选值：
cli-help-value-separator = 、

## 帮助：命令的说明（help-命令）

help-gongwen = 按 GB/T 9704-2012 排版的党政机关公文：由 YAML 数据文件和模板生成
help-render = 用数据文件的模板生成一份公文：PDF、OFD、Word（.docx）、SVG、PNG、纯文本（txt）、Typst 或 Markdown
help-check = 对照模板核对每个数据：缺少、多余、类型不对、超出范围、前后不一致
help-batch = 批量生成：文件夹里每个数据文件一份，或 CSV、Excel（.xlsx、.xls）、.ods 表格每行一份
help-watch = 边改边生成：数据、模板或图片一保存就重新生成；出错时保留上一次成功的输出
help-serve = 在浏览器里预览各页，每次保存就地更新，旁边列出数据的问题
help-import = 把已有的文件（.txt、.md、.docx）转成模板和数据文件
help-fonts = 列出版面每个角色用的字体及其来源，和随附字体所在的文件夹
help-help = 显示本帮助，或所给命令的帮助

## 帮助：各命令共用的参数（help-arg-参数）

help-arg-lang = 提示和帮助的语言：zh（简体中文，默认）或 en；不写时按系统语言（LC_ALL、LC_MESSAGES、LANG 以 en 开头即用英文）
help-arg-help = 显示帮助（--help 看详细说明）
help-arg-help-short = 显示帮助
help-arg-help-long = 显示帮助（-h 看摘要）
help-arg-version = 显示版本号
help-arg-subcommand = 要看帮助的命令
help-arg-root = 项目目录：模板和印章须在其中（默认为数据文件所在的文件夹；批量生成时为 --base 文件所在的文件夹，否则为存放各行数据的文件夹）
help-arg-max-image-mb = 一份公文可读的最大图片（印章），单位 MB（1 MB = 1,048,576 字节）
help-arg-max-template-mb = 一份公文可读的最大模板，单位 MB
help-arg-max-unpacked-mb = .docx 或工作簿解压后、一个文件或 .csv 最多可有多大，单位 MB（拒绝“压缩炸弹”）
help-arg-max-zip-entries = .docx 或工作簿（zip 压缩包）最多可含多少个条目
help-arg-max-rows = 一个表格（含表头）或一个数据文件夹最多可有多少行
help-arg-max-columns = 一个表格最多可用多少列
help-arg-single-sided = 单面打印：版记留在最后一页，不移到偶数页
help-arg-fonts = 字体：机关常用的标准字体，或只用项目随附的免费字体
help-arg-pace = 讲话稿的语速，用来估算时长，单位为每分钟字数
help-arg-output = 写到哪个文件；默认为数据文件名加上格式的扩展名
help-arg-format = 输出格式；默认按输出文件的扩展名，否则为 pdf
help-arg-final = 定稿：`check` 发现错误时什么也不写（默认为草稿）
help-arg-data = YAML 数据文件；与 --row 同用时，为批量生成的文件夹、.csv、.xlsx、.xls 或 .ods 表格
help-arg-row = 要显示批量生成中的哪一行：行号（从 1 起，如 3）或名称（如 寿县）
help-arg-base = 与 --row 同用：每行数据所叠加的数据文件
help-arg-sheet = 与 --row 同用：工作簿中的工作表（默认为第一个）
help-arg-allow-row-paths = 与 --row 同用：允许该行指定模板和印章（`template`、`seal`、`document.seal`）

## 帮助：各命令自己的参数（help-命令-参数）

help-render-data = YAML 数据文件；其中的 `template:` 指定模板
help-check-data = 要核对的 YAML 数据文件
help-check-message-format = 问题的打印方式：给人看，或每行一个 JSON 对象给编辑器用
help-batch-source = 一个 YAML 数据文件的文件夹，或一个 .csv 文件，或一个 .xlsx、.xls、.ods 工作簿（第一行：数据名称或标签）
help-batch-base = 每行数据所叠加的数据文件：模板、版头、日期；行中的值优先
help-batch-sheet = 工作簿中的工作表（默认为第一个）
help-batch-output = 写入的文件夹
help-batch-name = 输出文件名，按每行数据套用的样式："{"{{"} 市名 {"}}"}-回头看报告.pdf"（{"{{"} row {"}}"} 为行号）
help-batch-format = 输出格式
help-batch-final = 定稿：跳过（不写出）`check` 发现错误的公文
help-batch-draft = 草稿：每份都写出，缺少的数据标为 〔...〕（默认）
help-batch-rollup = 另用这个模板对所有行生成一份汇总（合计、各行一览表）
help-batch-rollup-name = 汇总的输出文件名（默认为 汇总.pdf）
help-batch-shard = 只生成第 i 部分（共 n 部分，轮流分配），如 2/8，供作业数组使用；文件名在所有部分间检查
help-batch-merge-shards = 不生成文件：把输出文件夹里各部分的 summary-i-of-n.csv 合并成 summary.csv，并按这批数据逐行核对（参数与生成各部分时相同，只是不加 --shard）
help-batch-jobs = 使用的线程数（默认：每个处理器核心一个）
help-batch-allow-row-paths = 允许各行指定模板和印章（`template`、`seal`、`document.seal` 列）；默认只有 --base 文件可以
help-serve-port = 预览使用的端口（0：任一空闲端口）
help-serve-host = 监听的地址（默认 127.0.0.1：只限本机），或除 localhost 外还应答的名字（例如在代理之后）；可给多次。发给其他名字的请求一律拒绝
help-serve-open = 用默认浏览器打开预览页面
help-import-input = 要导入的文件：.txt（UTF-8 或 GB18030）、.md 或 .docx
help-import-output = 写入 template.md.tera、data.yaml 和 import-report.txt 的文件夹（默认：与输入文件同处，按其名称命名）
help-import-force = 覆盖该文件夹中已有的模板和数据文件
help-import-keep-punctuation = 保留半角标点，不改为全角（默认按 GB/T 15834 把中文里的半角标点改为全角）

## 帮助：可选值的说明（help-value-值）

help-value-pdf = PDF，可直接打印
help-value-svg = SVG，所有页在一张图里
help-value-png = PNG，所有页在一张图里
help-value-typ = 生成的 Typst 标记
help-value-txt = 排好的各页文字，逐行，页与页之间用换页符分隔
help-value-md = 模板生成的公文 Markdown
help-value-docx = Word（.docx）：每个角色一个命名样式，22 行 × 28 字的版心网格，奇偶页页码
help-value-ofd = OFD（GB/T 33190，电子公文的国家标准格式）：与 PDF 同样的各页，文字可搜索复制，字体以子集嵌入
help-value-standard = 系统已装的标准字体（仿宋_GB2312、黑体……），缺的用随附的免费字体；.docx 中写标准字体名
help-value-free = 只用随附的免费字体（Fandol），PDF 中使用、.docx 中写其名称
help-value-human = 给人看：`error[代码]：说明`，文件、行、列，该行原文和指示符，以及提示
help-value-json = JSON 行：file、line、column、severity、code、message、hint
