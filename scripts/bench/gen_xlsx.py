#!/usr/bin/env python3
"""Writes the XLSX benchmark workbook (synthetic data) with XlsxWriter in constant_memory mode, and a
manifest of what it planted. Used by scripts/benchmark_xlsx.sh; run with a Python that has XlsxWriter.

    gen_xlsx.py --rows 1000000 --seed 20240901 --out roster.xlsx --manifest roster.json

Rows come from scripts/generate_roster.py's Generator (the same rows, the same counting rules as the
CSV benchmark: `counts` is what `leakscan scan --format counts` must report; organisational numbers
and decoys are planted too and are not counted), split over two sheets, every row different.
Cells: strings as inline strings (constant_memory mode writes <is><t>), 序号, 学号 and the scores as
numbers, a share of plain mobiles as number cells (<v>13812345678</v>), a share of birth dates as
date cells (serial number, yyyy-mm-dd format), the rest as text.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import sys
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import generate_roster as gr  # noqa: E402

import xlsxwriter  # noqa: E402

SHEETS = ["初中部", "高中部"]
# The roster's columns (generate_roster.CSV_HEADER), in a workbook's usual order.
COLUMNS = ["序号", "姓名", "学号", "身份证号", "性别", "民族", "班级", "出生日期", "入学日期", "家长姓名", "关系",
           "家长手机", "家庭电话", "家长身份证号", "电子邮箱", "资助卡号", "家庭住址", "语文", "数学", "英语", "备注"]
NUMBER_COLUMNS = {"序号", "学号", "语文", "数学", "英语"}
MOBILE_AS_NUMBER = 0.3   # of the mobiles written digits only
BIRTH_AS_DATE = 0.1      # of the birth dates written YYYY-MM-DD


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rows", type=int, required=True)
    ap.add_argument("--seed", type=int, default=20240901)
    ap.add_argument("--out", required=True)
    ap.add_argument("--manifest", required=True)
    ap.add_argument("--strings", choices=["inline", "shared"], default="inline",
                    help="inline strings (constant_memory mode, low memory) or a shared string table, as Excel "
                         "and WPS write (the whole workbook is then built in memory)")
    a = ap.parse_args()
    assert set(COLUMNS) == set(gr.CSV_HEADER)
    gr.POOLS = gr.Pools()
    gen = gr.Generator(a.seed)
    counter = gr.Counter()
    storage = {"mobile_number_cells": 0, "birth_date_cells": 0}

    wb = xlsxwriter.Workbook(a.out, {"constant_memory": a.strings == "inline", "strings_to_numbers": False})
    wb.set_properties({"created": dt.datetime(2024, 9, 1, 8, 0, 0)})
    date_fmt = wb.add_format({"num_format": "yyyy-mm-dd"})
    bold = wb.add_format({"bold": True})
    rng = gen.rng
    c_mobile = COLUMNS.index("家长手机")
    c_birth = COLUMNS.index("出生日期")
    for si, name in enumerate(SHEETS):
        ws = wb.add_worksheet(name)
        ws.write_row(0, 0, COLUMNS, bold)
        n = a.rows // len(SHEETS) + (1 if si < a.rows % len(SHEETS) else 0)
        r = 1
        while r <= n:
            for row in gen.block(min(2000, n - r + 1)):
                counter.add(row)
                write_string, write_number = ws.write_string, ws.write_number
                for c, h in enumerate(COLUMNS):
                    v = row[h]
                    if not v:
                        continue
                    if h in NUMBER_COLUMNS and "." not in v:
                        write_number(r, c, int(v))
                    elif h in NUMBER_COLUMNS:
                        write_number(r, c, float(v))
                    elif c == c_mobile and v.isdigit() and rng.random() < MOBILE_AS_NUMBER:
                        write_number(r, c, int(v))
                        storage["mobile_number_cells"] += 1
                    elif c == c_birth and len(v) == 10 and v[4] == "-" and rng.random() < BIRTH_AS_DATE:
                        ws.write_datetime(r, c, dt.datetime(int(v[:4]), int(v[5:7]), int(v[8:])), date_fmt)
                        storage["birth_date_cells"] += 1
                    else:
                        write_string(r, c, v)
                r += 1
    wb.close()

    with zipfile.ZipFile(a.out) as z:
        members = [{"name": i.filename, "bytes": i.file_size, "compressed": i.compress_size}
                   for i in z.infolist()
                   if i.filename.startswith("xl/worksheets/sheet") or i.filename == "xl/sharedStrings.xml"]
    m = {"generator": "scripts/bench/gen_xlsx.py (rows from scripts/generate_roster.py)", "seed": a.seed,
         "rows": counter.rows, "sheets": SHEETS, "columns": COLUMNS, "file_bytes": os.path.getsize(a.out),
         "sheet_xml_bytes": sum(x["bytes"] for x in members), "members": members,
         "counts": counter.counts, "organisational": counter.org, "decoys": counter.decoys, "storage": storage,
         "note": ("counts: what leakscan scan --format counts must report (organisational numbers excluded); "
                  "storage: how many mobiles are number cells and how many birth dates are date cells "
                  "(all counted in counts)")}
    with open(a.manifest, "w", encoding="utf-8") as f:
        json.dump(m, f, ensure_ascii=False, indent=1)
        f.write("\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
