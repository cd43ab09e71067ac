#!/usr/bin/env bash
# Writes the small encoding/format fixtures under fixtures/encodings/ with real writers:
# glibc iconv for GB18030 and UTF-16, Python's csv module for Excel-style CSV (GBK, CRLF, no BOM).
# All personal data is synthetic: resident IDs carry a valid GB 11643 check digit on made-up
# people (regions 110101 and 410105); mobiles are invented numbers on the 138/139 segments.
set -euo pipefail
cd "$(dirname "$0")/.."
out=fixtures/encodings
mkdir -p "$out"

python3 - "$out" <<'PY'
import csv, sys, os

out = sys.argv[1]

def cn_id(region, birth, seq):
    body = f"{region}{birth}{seq:03d}"
    weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    check = "10X98765432"[sum(int(d) * w for d, w in zip(body, weights)) % 11]
    return body + check

people = [
    ("张伟", cn_id("110101", "20080307", 12), "13812345678", "北京市东城区"),
    ("李娜", cn_id("410105", "20090615", 27), "13987654321", "郑州市金水区"),
    ("王芳", cn_id("110101", "20071122", 35), "13800001111", "北京市东城区"),
    ("刘洋", cn_id("410105", "20080101", 48), "13911112222", "郑州市金水区"),
]

# Plain text, the source of the iconv conversions below.
with open(os.path.join(out, "notes_utf8.txt"), "w", encoding="utf-8", newline="\n") as f:
    f.write("三年级二班 学生信息（测试数据，非真实）\n")
    for name, pid, mobile, addr in people:
        f.write(f"学生：{name}，身份证号：{pid}，家长手机：{mobile}，住址：{addr}\n")
    f.write("𠀋 生僻字行（Groß）：联系电话 13800002222 结束\n")

header = ["姓名", "身份证号", "家长手机", "住址"]
rows = [list(p) for p in people]

# Excel "CSV (逗号分隔)" on Chinese Windows: code page 936 (GBK), CRLF, no BOM.
with open(os.path.join(out, "excel_gbk.csv"), "w", encoding="gbk", newline="") as f:
    w = csv.writer(f)  # csv's default line terminator is \r\n
    w.writerow(header)
    w.writerows(rows)

# WPS / Excel "CSV UTF-8": UTF-8 with a BOM.
with open(os.path.join(out, "utf8_bom.csv"), "w", encoding="utf-8-sig", newline="") as f:
    w = csv.writer(f)
    w.writerow(header)
    w.writerows(rows)

with open(os.path.join(out, "roster.tsv"), "w", encoding="utf-8", newline="") as f:
    w = csv.writer(f, delimiter="\t", lineterminator="\n")
    w.writerow(header)
    w.writerows(rows)

# Quoted fields holding delimiters, doubled quotes and line breaks.
with open(os.path.join(out, "quoted_multiline.csv"), "w", encoding="utf-8", newline="") as f:
    w = csv.writer(f, quoting=csv.QUOTE_MINIMAL)
    w.writerow(["姓名", "备注", "身份证号", "家长手机"])
    w.writerow([people[0][0], "住址：东城区,\n电话 " + people[0][2], people[0][1], people[0][2]])
    w.writerow([people[1][0], '他说"联系 ' + people[1][2] + '"', people[1][1], people[1][2]])
    w.writerow([people[2][0], "", people[2][1], people[2][2]])

with open(os.path.join(out, "semicolon.csv"), "w", encoding="utf-8", newline="") as f:
    w = csv.writer(f, delimiter=";", lineterminator="\n")
    w.writerow(header)
    w.writerows(rows)

with open(os.path.join(out, "pipe.txt"), "w", encoding="utf-8", newline="") as f:
    w = csv.writer(f, delimiter="|", lineterminator="\n")
    w.writerow(header)
    w.writerows(rows)

# Excel "Unicode 文本" is UTF-16LE with a BOM, tab-delimited: write UTF-8 here, iconv below.
with open(os.path.join(out, ".unicode_text.tmp"), "w", encoding="utf-8", newline="") as f:
    w = csv.writer(f, delimiter="\t", lineterminator="\r\n")
    w.writerow(header)
    w.writerows(rows)
PY

iconv -f UTF-8 -t GB18030 "$out/notes_utf8.txt" > "$out/notes_gb18030.txt"
# glibc's "UTF-16" writes a byte-order mark, then little-endian on this machine.
iconv -f UTF-8 -t UTF-16 "$out/notes_utf8.txt" > "$out/notes_utf16le.txt"
{ printf '\xfe\xff'; iconv -f UTF-8 -t UTF-16BE "$out/notes_utf8.txt"; } > "$out/notes_utf16be.txt"
iconv -f UTF-8 -t UTF-16 "$out/.unicode_text.tmp" > "$out/excel_unicode.txt"
rm -f "$out/.unicode_text.tmp"

ls -l "$out"
