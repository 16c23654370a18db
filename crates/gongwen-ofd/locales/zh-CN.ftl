# gongwen-ofd：写 OFD 文件失败时的说明。
ofd-failed = 写 OFD 文件失败：{ $reason }
ofd-font = 无法嵌入字体 { $font }（{ $detail }）
ofd-image = 无法嵌入图片（{ $detail }）
ofd-pack = 打包 OFD 文件时出错（{ $detail }）
