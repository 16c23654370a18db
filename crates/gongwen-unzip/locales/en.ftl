# gongwen-unzip: why a zip container (.docx, .xlsx, .ods) was refused.
unzip-hint-limit = if the file really is this large, raise the limit with { $flag }; a file of unknown origin may be a zip bomb: do not open it
unzip-archive-too-big = the archive itself is { $size } MB, over the unpacked limit of { $limit } MB ({ $flag })
unzip-too-many-entries = the archive holds { $count } entries, over the limit of { $limit } ({ $flag })
unzip-entry-too-big = `{ $name }` in the archive unpacks past the limit of { $limit } MB ({ $flag })
unzip-total-too-big = the archive unpacks past the limit of { $limit } MB in total ({ $flag })
unzip-not-zip = not a readable zip archive: { $reason }
unzip-reason-damaged = the file is damaged, or not a Word/Excel file (perhaps only its extension was changed)
unzip-reason-unsupported = it uses a compression method or encryption that is not supported; remove the password in Word/Excel and save a copy
unzip-reason-io = reading it failed; the file may be incomplete
unzip-reason-other = the file is damaged or its format is not supported
unzip-missing = `{ $name }` is missing from the archive: the file is incomplete or not of the expected kind
unzip-lies = `{ $name }` in the archive declares { $declared } bytes unpacked but unpacks to { $read } bytes; the file is damaged or tampered with
unzip-lies-more = `{ $name }` in the archive declares { $declared } bytes unpacked but unpacks to at least { $read } bytes; the file is damaged or tampered with
unzip-read = `{ $name }` in the archive cannot be unpacked: the file is damaged
