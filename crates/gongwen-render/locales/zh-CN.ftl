# gongwen-render：数据文件、模板、正文和印章的消息（简体中文）。

## 数据文件
noun-data = 数据文件
noun-template = 模板
noun-image = 印章图片
data-not-utf8 = 这个文件不是 UTF-8 编码的文字
data-not-utf8-hint = 把文件另存为 UTF-8 编码（WPS/Word：另存为，编码选 UTF-8）
data-empty = 数据文件是空的
data-empty-hint = 第一行写 `template: 模板名`
data-not-mapping = 数据文件应是一行一项的“名称: 值”
data-not-mapping-hint = 每行写 `名称: 值`，第一行写 `template: 模板名`
data-template-not-text = `template` 应是一个模板名或模板文件的路径
data-template-not-text-hint = 写成 `template: notice` 或 `template: templates/我的模板.md.tera`
data-no-template = 数据文件没有说用哪个模板
data-no-template-hint = 加一行 `template: 模板名`，用内置模板（{ $names }）或一个 .md.tera 文件的路径
data-invisible = 数据里有一个看不见的控制字符 { $code }（{ $name }）：印出来的文字会和这里读到的不一样
data-invisible-hint = 删掉它（它看不见：把它前后的文字重新打一遍，或从纯文本里重新复制）
data-unreadable-hint = 检查路径；数据文件是 YAML 文字文件（.yaml）
data-not-a-file = 数据文件不是普通文件（文件夹、设备或管道）：{ $path }
data-not-a-file-hint = 数据文件是 YAML 文字文件（.yaml）
data-too-big = 数据文件超过大小上限 { $mb } MB
data-too-big-hint = 把数据分成几个文件（一个放 YAML 文件的文件夹就是一次批量生成）；这个上限是固定的
data-metrics-not-mapping = `metrics` 应是一行一个指标的“名称: 数值”
data-metrics-not-mapping-hint = 在 `metrics:` 下面每个指标写一行 `名称: 数值`，缩进两个空格，前面不加 `- `
data-not-usable = 数据不能交给模板使用

## YAML 写法
yaml-tab = 这一行用制表符（Tab）缩进
yaml-tab-hint = YAML 只能用空格缩进：把行首的 Tab 换成空格
yaml-write-line = 把这一行写成：`{ $line }`
yaml-template-tag = 这个值以 `{"{"}{"{"}` 或 `{"{"}%` 开头，要加引号，否则 YAML 把它当成别的东西
yaml-duplicate-key = `{ $key }` 写了两次：同一层里每个名称只能写一次
yaml-duplicate-key-hint = 第 { $line } 行已经写过它；保留一处，删去另一处
yaml-too-deep = 数据文件嵌套超过 64 层
yaml-too-many-nodes = 数据文件超过 250,000 个值（每段文字、每个数字、每个列表和映射各算一个）
yaml-aliases-expand = 数据文件里的别名（`*名称`）展开后超过上限
yaml-too-large = 数据文件超出了读取上限
yaml-limits-hint = 这些上限是固定的，防止一个文件拖垮程序：嵌套最多 64 层，最多 250,000 个值，别名展开最多 1,000,000 项；别名层层引用会成倍展开，请直接写出数据
yaml-key-not-text = 冒号前面的名称应是一段文字
yaml-key-not-text-hint = 名称不能以 `{"{"}` 或 `[` 开头；若这是一段文字，把整个值加上引号
yaml-unfinished = 文件在一项还没写完时就结束了
yaml-unfinished-hint = 检查最后几行的引号和括号是否成对
yaml-syntax = 这一行的 YAML 写法有误
yaml-syntax-hint = 名称和值之间用半角冒号加一个空格（`名称: 值`）；同一层的行左端对齐；值里有 `: `、` #`，或以 `{"{"}`、`[`、`*`、`&`、`!`、`%`、`@` 开头时，把整个值加上引号
yaml-unclosed-quote = 引号 { $quote } 没有闭合：这个值开了引号，却没有收尾的引号
yaml-unclosed-quote-hint = 在这个值的末尾补上收尾的引号
yaml-colon-in-value = 这个值里有“冒号加空格”，YAML 把它当成了又一个名称
yaml-indent-more = 这一行比上一行缩进得多，但上一行已经有值了
yaml-indent-more-hint = 同一层的行左端要对齐；只有上一行以冒号结尾（没有值）时，下一行才缩进
yaml-list-item = 这一行的列表项（`- `）放错了位置
yaml-list-item-hint = 列表项写在它所属的名称下面（`名称:` 单独一行），并比名称多缩进两个空格
yaml-indent-mismatch = 这一行的缩进和同一层的其他行没有对齐
yaml-indent-mismatch-hint = 同一层的名称左端要对齐：用空格缩进，每层一样多（例如 `metrics:` 下面每行都缩进两个空格）
yaml-colon-space = 冒号后面少了一个空格
yaml-full-width-colon = 这一行用了全角冒号“：”，YAML 要半角冒号 `:` 加一个空格
yaml-no-colon = 这一行没有冒号，YAML 不知道它是哪一项的值
yaml-no-colon-hint = 写成 `名称: 值`；若它是上一行文字的接续，把上一行的值加上引号，或用 `|` 写多行文字
yaml-bad-start = 这个值以 `{ $char }` 开头，YAML 不允许这样不加引号地写
yaml-quote-hint = 把整个值加上引号
yaml-unclosed-bracket = 方括号 `[` 没有配对的 `]`
yaml-unclosed-bracket-hint = 列表写成 `[甲, 乙]`；若这是一段文字，把整个值加上引号
yaml-after-quote = 收尾的引号后面还有文字
yaml-after-quote-hint = 引号要包住整个值
yaml-block-scalar = `|` 或 `>` 后面要直接换行
yaml-block-scalar-hint = 多行文字写成：`名称: |`，文字从下一行开始并缩进

## 模板开头的设置（front matter）和 `document:`
frame-field = 模板开头的 `{ $field }`：{ $message }
frame-unreadable = { $field } 有一项写得不对
frame-unwritable = 无法写出公文 Markdown 的开头设置
shape-text = { $field } 应是一段文字
shape-text-hint = 写成 `名称: 文字`；一段文字不是列表，也不是映射
shape-texts = { $field } 应是一列文字
shape-texts-hint = 写成 `{ $field }: [某某市总工会, 某某市人民政府]`，或每项一行 `- 某某市总工会`
shape-bool = { $field } 应是 `true` 或 `false`
shape-bool-hint = 写 `true`（是）或 `false`（否）
shape-kind = { $field } 不是一种已知的公文格式
shape-kind-hint = 可写：{ $kinds }（通知、讲话稿、报告、决议、简报、函、令、纪要）
shape-pairs = { $field } 应是列表，每项有 `{ $first }` 和 `{ $second }`
shape-pairs-hint = 每项写一行：`- {"{"} { $first }: …, { $second }: … {"}"}`，写在 `{ $field }:` 下面
shape-map = { $field } 应是映射（每行一项 `名称: 值`）
shape-keys = 可写的项有：{ $keys }
shape-unknown = { $field } 里没有 `{ $key }` 这一项
shape-metrics = { $field } 应是映射：每个指标一项，下面写它的声明
shape-metrics-hint = 例如 `投入资金: {"{"} unit: 万元, kind: amount {"}"}`

## 模板
template-not-utf8 = 模板不是 UTF-8 编码的文字
template-not-utf8-hint = 把模板另存为 UTF-8 编码
template-unknown = 没有名为 `{ $name }` 的模板
template-unknown-hint = 用内置模板或数据旁边 templates 文件夹里的模板（{ $names }），或一个 .md.tera 文件的路径；已找过 { $looked }
template-did-you-mean = 是不是 `{ $name }`？{ $rest }
tera-unclosed-block = 模板到末尾还有一个块没有结束
tera-unclosed-block-hint = 每个 `{"{"}% if %{"}"}`、`{"{"}% for %{"}"}`、`{"{"}% block %{"}"}` 都要有对应的 `{"{"}% endif %{"}"}`、`{"{"}% endfor %{"}"}`、`{"{"}% endblock %{"}"}`
tera-no-value = 数据里没有 `{ $name }` 的值
tera-no-value-unnamed = 模板用到的一个值在数据里没有
tera-no-value-hint = 在数据文件里加一行 `{ $name }: …`，或在模板里用 `{"{"}% if { $name } is defined %{"}"}` 先判断
tera-found = 模板在 `{ $found }` 处写法有误
tera-syntax-hint = 检查这一处的 `{"{"}{"{"} {"}"}{"}"}` 和 `{"{"}% %{"}"}`：括号、引号是否成对，名称是否写全
tera-unknown-tag = 模板里有一个不认识的标签
tera-unknown-tag-hint = `{"{"}% endif %{"}"}`、`{"{"}% endfor %{"}"}` 要对应前面的 `{"{"}% if %{"}"}`、`{"{"}% for %{"}"}`；能用的标签有 if、for、set、raw 等
tera-unclosed-string = 模板里的引号没有闭合
tera-wrong-type = 这里要的是{ $expected }，给的却是{ $got }
tera-wrong-type-hint = 检查数据里这个值的写法，或换一个适合它的过滤器
tera-other = 模板在这里出错（{ $detail }）
tera-unknown-filter = 模板用了不存在的过滤器 `{ $name }`
tera-unknown-filter-hint = 检查 `|` 后面的名称；常用的有 join、length、upper、default
tera-unknown-function = 模板用了不存在的函数 `{ $name }`
tera-unknown-function-hint = gongwen 模板里的函数是 `m(name="…", unit="…")`
tera-unknown-test = 模板用了不存在的判断 `{ $name }`
tera-no-include = 模板引用了另一个模板 `{ $name }`
tera-no-include-hint = gongwen 的模板是一个独立的文件，不能 include 或 extends 别的模板；把要用的内容直接写进来
type-number = 数字
type-text = 文字
type-list = 列表
type-map = 映射
type-bool = true 或 false
type-none = 空值

## 印出的值
print-needs-text = { $what }，这里要印一段文字
print-value-as-text = { $what }，模板却把它印成一段文字（{ $tag }）
print-is-list = `{ $expr }` 是一个列表（{ $shown }）
print-is-map = `{ $expr }` 是一个映射（{ $shown }）
print-write-text = 在数据里把它写成一段文字
print-write-text-as = 在数据里把它写成一段文字（`{ $example }`）
print-list-hint = { $text }，或在模板里连起来（`{ $join }`），或逐项印出（`{ $each }`）
print-nested-list-hint = 用 { $each } 逐项印出其中的文字，或{ $text }
print-map-pick-hint = { $text }，或在模板里印出其中一项（`{ $pick }`），或逐项印出（`{ $each }`）
print-map-hint = { $text }，或逐项印出（`{ $each }`）
pattern-no-data = 数据填不进 `{ $pattern }`
pattern-not-text = `{ $pattern }` 填不出：{ $what }，这里要一段文字
pattern-failed = `{ $pattern }` 填不出：{ $why }
pattern-hint = 文件名模板在 {"{"}{"{"} {"}"}{"}"} 里写数据的名称，例如 "{"{"}{"{"} 市名 {"}"}{"}"}-报告.pdf"

## 项目目录里的文件
file-outside = { $noun }在项目目录之外：{ $path }
file-outside-hint = 它实际是 { $real }，项目目录（root）是 { $root }；文件须放在项目目录中，或用 --root <目录> 放宽（例如 --root ..）
file-is-directory = { $noun }是一个文件夹，不是文件：{ $path }
file-is-directory-hint = 给出一个文件的路径
file-not-regular = { $noun }不是普通文件（设备、管道或套接字）：{ $path }
file-not-regular-hint = 给出项目目录中的一个普通文件
file-too-big = { $noun }超过大小上限 { $limit }：{ $path }
file-too-big-hint = 缩小文件，或用 { $flag } <MB> 放宽上限
file-unreadable-hint = 检查路径；相对路径从数据文件所在的文件夹算起
file-no-root = 项目目录（root）不存在：{ $root }
file-root-unusable = 项目目录（root）无法使用：{ $root }
file-no-root-hint = --root 须是一个已有的文件夹
io-not-found = 找不到{ $noun }：{ $path }
io-not-a-directory = { $noun }的路径里有一段不是文件夹：{ $path }
io-is-directory = { $noun }是一个文件夹，不是文件：{ $path }
io-denied = 没有权限读取{ $noun }：{ $path }
io-bad-name = { $noun }的文件名无效：{ $path }
io-other = 无法读取{ $noun }：{ $path }（{ $detail }）

## 印章
seal-not-image = 印章不是 PNG 或 SVG 图片：{ $path }
seal-not-image-hint = 印章须是 PNG 或 SVG 图片（.docx 只能嵌入 PNG）
seal-misnamed = 印章文件名与内容不符：{ $path } 是 { $format } 图片
seal-misnamed-hint = 把文件改名为 .{ $ext } 再写入 `seal:`
seal-svg-malformed = 印章 SVG 无法解析：{ $path }
seal-svg-external = 印章 SVG 引用了它之外的文件或网址：{ $path }
seal-svg-hint = 用一个自成一体的 SVG（图片以 data: 嵌入）或 PNG 作印章

## 正文
heading-run-in-empty = 标题“{ $heading }”以句号结尾，会与下一段接排，但它下面没有正文
heading-run-in-empty-hint = 在它下面写上正文；若它是独占一行的标题，删去末尾的“。”
shape-front-matter = 模板开头的 front matter
shape-did-you-mean = 是不是 `{ $name }`？{ $rest }
