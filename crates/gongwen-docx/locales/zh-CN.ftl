# gongwen-docx：写 Word 文件（.docx）失败时的说明。
docx-failed = 写 Word 文件（.docx）失败：{ $reason }
docx-seal-not-png = .docx 中的印章只能是 PNG 图片；请把印章转成 PNG
docx-missing-snippet = 内部错误：生成的 { $part } 缺少要修补的内容（{ $snippet }），请向 gongwen 报告
docx-pack = 打包 .docx 文件时出错（{ $detail }）
