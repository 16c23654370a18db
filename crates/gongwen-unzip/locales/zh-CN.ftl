# gongwen-unzip：压缩包（.docx、.xlsx、.ods）因超过上限或已损坏而被拒绝时的说明。
unzip-hint-limit = 文件确实这么大时，用 `{ $flag }` 提高上限；来历不明的文件可能是“zip 炸弹”，请勿打开
unzip-archive-too-big = 压缩文件本身有 { $size } MB，超过解压上限 { $limit } MB（`{ $flag }`）
unzip-too-many-entries = 压缩包内有 { $count } 个条目，超过上限 { $limit }（`{ $flag }`）
unzip-entry-too-big = 压缩包内的 `{ $name }` 解压后超过上限 { $limit } MB（`{ $flag }`）
unzip-total-too-big = 压缩包解压后总计超过上限 { $limit } MB（`{ $flag }`）
unzip-not-zip = 不是可读的 zip 文件：{ $reason }
unzip-reason-damaged = 文件已损坏，或不是 Word/Excel 文件（可能只是改了扩展名）
unzip-reason-unsupported = 用了不支持的压缩方式或加密；请在 Word/Excel 中取消密码后另存一份
unzip-reason-io = 读取时出错，文件可能不完整
unzip-reason-other = 文件已损坏或格式不受支持
unzip-missing = 压缩包内缺少 `{ $name }`，文件不完整或不是所需的格式
unzip-lies = 压缩包内的 `{ $name }` 声明解压后 { $declared } 字节，实际 { $read } 字节；文件已损坏或被篡改
unzip-lies-more = 压缩包内的 `{ $name }` 声明解压后 { $declared } 字节，实际至少 { $read } 字节；文件已损坏或被篡改
unzip-read = 压缩包内的 `{ $name }` 无法解压：文件已损坏
