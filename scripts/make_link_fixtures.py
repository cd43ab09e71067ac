#!/usr/bin/env python3
"""Writes fixtures/links/: documents whose only leak is the name of a file they link to, as
photo collection produces them (photos named by the pupil's ID number or name), and their oracle
EXPECTED.json (for each file: every value a file name linked to holds, with where it is).

    python3 scripts/make_link_fixtures.py              # rewrite fixtures/links/
    python3 scripts/make_link_fixtures.py --out DIR    # somewhere else

- openpyxl_hyperlinks.xlsx: a collection receipt whose 照片 cells show 查看照片, each a
  hyperlink (openpyxl writes the target into the sheet's relationships, TargetMode External),
  and one link to a photo named 001.jpg (no value);
- xlsxwriter_hyperlink_formula.xlsx: the same shown by `=HYPERLINK("照片\\<ID>.jpg","查看照片")`
  formulas, as people type them (XlsxWriter's write_formula);
- python_docx_pictures.docx: a photo wall, each picture inserted from a file named by the
  pupil's ID (python-docx keeps the file's name in `pic:cNvPr name`) over a caption of class
  and number only;
- apache_index.html: an `Index of` page as Apache's mod_autoindex writes it, the shown names
  cut at 23 characters (`..&gt;`), each `href` whole and percent-encoded as Apache does, and an
  `<img src>` whose name no text shows.

All values are SYNTHETIC (scripts/generate_roster.py's generators, fixed seed): resident IDs with
real GB/T 2260 county codes, real dates and the GB 11643 check character, common names. The
writers are pinned in a virtual environment under /tmp (LINK_FIXTURE_VENV overrides the place);
zip member dates and document dates are fixed, so the output is the same bytes on every run.
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import json
import os
import re
import struct
import sys
import urllib.parse
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import generate_roster as gr  # noqa: E402
import pinned_venv  # noqa: E402
import zip_dates  # noqa: E402

PINS = {"openpyxl": "3.1.5", "xlsxwriter": "3.3.1", "python-docx": "1.2.0", "lxml": "6.2.0"}
VENV = os.environ.get("LINK_FIXTURE_VENV", "/tmp/leakscan-link-fixtures-venv")
SEED = 20261206
FIXED_TIME = (2024, 9, 5, 10, 12, 0)
WHEN = dt.datetime(*FIXED_TIME)


def pupils(n: int) -> list[tuple[str, str]]:
    """(name, ID) of n pupils of a 2012–2014 cohort."""
    gr.POOLS = gr.Pools()
    g = gr.Generator(SEED)
    dates = [d for d in g.p.student_dates if "20120901" <= d[0] <= "20140831"]
    return [(g.name(), g.id18(g.p.regions, dates, k % 2 == 0)[0]) for k in range(n)]


def tiny_png(grey: int) -> bytes:
    """A 1×1 grey PNG: a photo's stand-in (each its own grey: python-docx stores a picture
    inserted twice once, under the first file's name)."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
    header = struct.pack(">IIBBBBB", 1, 1, 8, 0, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(bytes([0, grey]))) + chunk(b"IEND", b"")


def openpyxl_hyperlinks(path: str, people) -> list[dict]:
    import openpyxl
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "回执"
    ws.append(["序号", "班级", "照片", "采集状态"])
    expected = []
    for k, (_, sid) in enumerate(people, start=1):
        ws.append([k, "七年级2班", "查看照片", "已采集"])
        cell = ws.cell(row=k + 1, column=3)
        cell.hyperlink = f"照片\\{sid}.jpg"
        expected.append({"kind": "cn_id", "value": sid, "sheet": "回执", "cell": f"C{k + 1}"})
    ws.append([len(people) + 1, "七年级2班", "查看照片", "已采集"])
    ws.cell(row=len(people) + 2, column=3).hyperlink = "照片\\001.jpg"
    wb.properties.created = WHEN
    raw = io.BytesIO()
    wb.save(raw)
    # openpyxl stamps dcterms:modified with the time of saving.
    fixed = {"docProps/core.xml": lambda b: re.sub(rb"(<dcterms:modified[^>]*>)[^<]*", rb"\g<1>2024-09-05T10:12:00Z", b)}
    with open(path, "wb") as f:
        f.write(zip_dates.redated(raw.getvalue(), FIXED_TIME, fixed))
    return expected


def xlsxwriter_formulas(path: str, people) -> list[dict]:
    import xlsxwriter
    raw = io.BytesIO()
    wb = xlsxwriter.Workbook(raw, {"in_memory": True})
    wb.set_properties({"created": WHEN})
    ws = wb.add_worksheet("回执")
    ws.write_row(0, 0, ["序号", "班级", "照片", "采集状态"])
    expected = []
    for k, (_, sid) in enumerate(people, start=1):
        ws.write_row(k, 0, [k, "七年级3班"])
        ws.write_formula(k, 2, f'=HYPERLINK("照片\\{sid}.jpg","查看照片")', None, "查看照片")
        ws.write(k, 3, "已采集")
        expected.append({"kind": "cn_id", "value": sid, "sheet": "回执", "cell": f"C{k + 1}"})
    wb.close()
    with open(path, "wb") as f:
        f.write(zip_dates.redated(raw.getvalue(), FIXED_TIME))
    return expected


def docx_pictures(path: str, people, folder: str) -> list[dict]:
    import docx
    from docx.shared import Cm
    document = docx.Document()
    document.core_properties.created = WHEN
    document.core_properties.modified = WHEN
    document.add_paragraph("七年级4班 新生照片墙")
    expected = []
    for k, (_, sid) in enumerate(people, start=1):
        photo = os.path.join(folder, f"{sid}.png")
        with open(photo, "wb") as f:
            f.write(tiny_png(0x40 + 0x20 * k))
        document.add_picture(photo, width=Cm(2))
        os.remove(photo)
        # Paragraph 1 is the title; picture k stands in paragraph 2k, its caption after it.
        expected.append({"kind": "cn_id", "value": sid, "line": 2 * k})
        document.add_paragraph(f"七年级4班 {k:02d}号")
    raw = io.BytesIO()
    document.save(raw)
    with open(path, "wb") as f:
        f.write(zip_dates.redated(raw.getvalue(), FIXED_TIME))
    return expected


def apache_index(path: str, people) -> list[dict]:
    lines = ['<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 3.2 Final//EN">', "<html>", " <head>",
             "  <title>Index of /xjzp/2024</title>", " </head>", " <body>", "<h1>Index of /xjzp/2024</h1>",
             '<pre><img src="/icons/blank.gif" alt="Icon "> <a href="?C=N;O=D">Name</a>'
             '                    <a href="?C=M;O=A">Last modified</a>      <a href="?C=S;O=A">Size</a><hr>'
             '<img src="/icons/back.gif" alt="[PARENTDIR]"> <a href="/xjzp/">Parent Directory</a>']
    expected = []
    for name, sid in people:
        file = f"{name}_G{sid}.jpg"
        shown = file if len(file) <= 23 else file[:20] + "..&gt;"
        lines.append(f'<img src="/icons/image2.gif" alt="[IMG]"> <a href="{urllib.parse.quote(file)}">{shown}</a>'
                     f" 2024-09-05 10:12   26K")
        expected.append({"kind": "cn_id", "value": sid, "line": len(lines)})
    name, sid = people[0]
    lines.append(f'</pre><p>示例照片：<img src="samples/{sid}.jpg" alt=""></p>')
    expected.append({"kind": "cn_id", "value": sid, "line": len(lines)})
    lines += ["<address>Apache/2.4.57 (Debian) Server at 10.1.2.3 Port 80</address>", "</body></html>"]
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    return expected


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default=os.path.join(ROOT, "fixtures", "links"))
    args = parser.parse_args(argv)
    pinned_venv.ensure(PINS, VENV)
    os.makedirs(args.out, exist_ok=True)
    people = pupils(12)
    expected = {
        "openpyxl_hyperlinks.xlsx": openpyxl_hyperlinks(os.path.join(args.out, "openpyxl_hyperlinks.xlsx"), people[0:3]),
        "xlsxwriter_hyperlink_formula.xlsx": xlsxwriter_formulas(os.path.join(args.out, "xlsxwriter_hyperlink_formula.xlsx"), people[3:6]),
        "python_docx_pictures.docx": docx_pictures(os.path.join(args.out, "python_docx_pictures.docx"), people[6:9], args.out),
        "apache_index.html": apache_index(os.path.join(args.out, "apache_index.html"), people[9:12]),
    }
    with open(os.path.join(args.out, "EXPECTED.json"), "w", encoding="utf-8") as f:
        json.dump({"note": "every ID held only by the name of a linked file, with its sheet and cell or its line",
                   "files": expected}, f, ensure_ascii=False, indent=1)
        f.write("\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
