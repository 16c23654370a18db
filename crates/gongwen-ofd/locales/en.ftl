# gongwen-ofd: why an OFD file could not be written.
ofd-failed = could not write the OFD file: { $reason }
ofd-font = could not embed the font { $font } ({ $detail })
ofd-image = could not embed an image ({ $detail })
ofd-pack = could not pack the OFD file ({ $detail })
