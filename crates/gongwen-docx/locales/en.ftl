# gongwen-docx: why a Word file (.docx) could not be written.
docx-failed = writing the .docx failed: { $reason }
docx-seal-not-png = a .docx can carry the seal only as a PNG image; convert it to PNG
docx-missing-snippet = internal error: the generated { $part } lacks the text to patch ({ $snippet }); please report this to gongwen
docx-pack = packing the .docx failed ({ $detail })
