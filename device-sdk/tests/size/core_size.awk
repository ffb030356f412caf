# Sums what the SDK's core objects (fl_*.o) put in flash (.text, .rodata, .data init) and in
# RAM (.data, .bss) of a linked image, from the GNU ld map file (after --gc-sections).
function hex(s,    i, v) {
    v = 0
    for (i = 3; i <= length(s); i++) v = v * 16 + index("0123456789abcdef", tolower(substr(s, i, 1))) - 1
    return v
}
function add(sec, size, obj,    n) {
    n = hex(size)
    if (obj !~ /\/fl_[a-z_]+\.o$/ || n == 0) return
    if (sec ~ /^\.(text|rodata)/) flash += n
    else if (sec ~ /^\.data/) { flash += n; ram += n }
    else if (sec ~ /^\.bss/) ram += n
}
/^Linker script and memory map/ { on = 1; next }
!on { next }
/^ \.(text|rodata|data|bss)/ {
    if (NF >= 4) add($1, $3, $4); else pending = $1
    next
}
pending != "" && $1 ~ /^0x/ { add(pending, $2, $3); pending = ""; next }
{ pending = "" }
END { printf "SDK core after --gc-sections: flash %d bytes, static RAM %d bytes\n", flash, ram }
