#!/usr/bin/env python3
"""Baselines for scripts/benchmark_xlsx.sh (a measurement, not a test).

    xlsx_baselines.py calamine BOOK.xlsx   read every cell of every sheet with python-calamine
    xlsx_baselines.py inflate BOOK.xlsx    inflate the worksheet and sharedStrings members (zipfile)
    xlsx_baselines.py extract BOOK.xlsx DIR  write those members, inflated, into DIR (for sax_floor xml)

Members: xl/worksheets/NAME.xml and xl/sharedStrings.xml, the parts that hold cells (what
sax_floor.c reads too). Prints one line of totals.
"""
import os
import re
import sys
import zipfile

MEMBER = re.compile(r"xl/worksheets/[^/]+\.xml|xl/sharedStrings\.xml")


def members(z):
    return [i for i in z.infolist() if MEMBER.fullmatch(i.filename)]


def main():
    mode, path = sys.argv[1], sys.argv[2]
    if mode == "calamine":
        from python_calamine import CalamineWorkbook
        wb = CalamineWorkbook.from_path(path)
        cells = nonempty = 0
        for name in wb.sheet_names:
            for row in wb.get_sheet_by_name(name).to_python():
                cells += len(row)
                for v in row:
                    if v != "":
                        nonempty += 1
        print(f"cells {cells} nonempty {nonempty} sheets {len(wb.sheet_names)}")
    elif mode == "inflate":
        total = 0
        with zipfile.ZipFile(path) as z:
            for info in members(z):
                with z.open(info) as f:
                    while True:
                        b = f.read(1 << 20)
                        if not b:
                            break
                        total += len(b)
        print(f"bytes {total}")
    elif mode == "extract":
        out = sys.argv[3]
        with zipfile.ZipFile(path) as z:
            for info in members(z):
                dest = os.path.join(out, info.filename.replace("/", "_"))
                with z.open(info) as f, open(dest, "wb") as g:
                    while True:
                        b = f.read(1 << 20)
                        if not b:
                            break
                        g.write(b)
                print(dest)
    else:
        sys.exit(f"unknown mode {mode}")


if __name__ == "__main__":
    main()
