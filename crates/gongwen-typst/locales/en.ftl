# gongwen-typst: layout and font messages (English).

typst-no-font = no font for { $role }: install one of { $standard }, or put the shipped { $free } (the checkout's fonts/ folder) in { $home } or point `GONGWEN_FONTS` at it; looked in: { $searched }
typst-generated-at = generated main.typ:{ $line }:{ $column }
typst-hint = hint: { $hint }
typst-export-failed = cannot make the { $format }: { $why }
