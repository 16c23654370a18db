# gongwen-typst：排版和字体的提示（简体中文）。

typst-no-font = 没有可用于“{ $role }”的字体：请安装 { $standard } 中的一种，或把随附的 { $free }（源代码的 fonts/ 文件夹）放到 { $home }，或用环境变量 `GONGWEN_FONTS` 指向它；找过的文件夹：{ $searched }
typst-generated-at = 生成的 main.typ 第 { $line } 行第 { $column } 列
typst-hint = 提示：{ $hint }
typst-export-failed = 无法生成 { $format }：{ $why }
