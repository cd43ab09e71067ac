#!/usr/bin/env bash
# Writes leakscan's tar, 7-Zip and compressed-file fixtures into fixtures/packed/ with the real
# tools (GNU tar, gzip, xz, and 7z from apt-get install p7zip-full). Members are demo files, all
# synthetic (see fixtures/README.md).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
out=${1:-$root/fixtures/packed}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$out" "$work/班级资料"
cp "$root/fixtures/demo/花名册_2024级.csv" "$root/fixtures/demo/家长联系表.csv" "$work/班级资料/"
# Fixed times and owners, so the archives repeat byte for byte.
touch -d '2024-09-01 08:00:00 UTC' "$work/班级资料" "$work/班级资料"/*
cd "$work"
tar --sort=name --owner=0 --group=0 --numeric-owner --mtime='2024-09-01 08:00:00 UTC' -cf - 班级资料 | gzip -n9 > "$out/class.tar.gz"
gzip -n9 -c "$root/fixtures/sql/mysqldump.sql" > "$out/backup.sql.gz"
xz -9 -c "$root/fixtures/demo/花名册_2024级.csv" > "$out/roster.csv.xz"
rm -f "$out/class.7z" "$out/encrypted.7z"
7z a -bd -bso0 -mtm=off -mtc=off -mta=off "$out/class.7z" 班级资料 > /dev/null
# A password on the content, names left visible (-mhe=off): the entries are named, not read.
7z a -bd -bso0 -psecret -mhe=off "$out/encrypted.7z" 班级资料/花名册_2024级.csv > /dev/null
# Cut inside the second member's data.
head -c 2500 "$out/class.tar.gz" > "$out/truncated.tar.gz"
# 20,000 lines of one synthetic row: a text entry, streamed (not held in memory).
rm -f "$out/oversized.csv.gz"
{ yes '张伟,410105200803121237,13812345678' || true; } | head -n 20000 | gzip -n9 > "$out/lines.csv.gz"
# A workbook's zip header and 34 MB of zeros: read whole (a workbook's reader seeks), and more
# than a member may be (32 MiB).
mkdir big && { printf 'PK\003\004'; head -c 34000000 /dev/zero; } > big/roster.xlsx
touch -d '2024-09-01 08:00:00 UTC' big big/roster.xlsx
tar --sort=name --owner=0 --group=0 --numeric-owner --mtime='2024-09-01 08:00:00 UTC' -cf - big | gzip -n9 > "$out/oversized_workbook.tar.gz"
ls -l "$out"
