#!/usr/bin/env python3
"""Writes leakscan's workbook test fixtures into fixtures/xlsx/ (and their oracle, EXPECTED.json).

    python3 scripts/make_xlsx_fixtures.py                 # rewrite fixtures/xlsx/
    python3 scripts/make_xlsx_fixtures.py --out DIR       # somewhere else
    python3 scripts/make_xlsx_fixtures.py --check         # rebuild in a temporary folder and compare
                                                          # byte for byte with fixtures/xlsx/

All personal values are SYNTHETIC: they come from scripts/generate_roster.py's generators (imported
as a module, fixed seeds): resident IDs with real GB/T 2260 county codes, real dates and the
GB 11643 check character, mobiles on allocated segments, and so on. Nothing is a real record.

The workbooks are written by real writers, installed from PyPI at pinned versions into a virtual
environment under /tmp (created on first use; XLSX_FIXTURE_VENV overrides the place):
openpyxl, XlsxWriter, msoffcrypto-tool (the encrypted workbook) and xlwt (the BIFF8 .xls workbooks),
with xlrd and olefile beside them to check the .xls files. Where a
form that other writers produce is needed (all 18 digits of an ID in a number cell as
PhpSpreadsheet writes a PHP int, Java's Double.toString form that Apache POI writes, cells without
an `r` attribute, a ZIP64 directory, a DTD with nested entities), the script patches the writer's
XML or zip bytes and says so in EXPECTED.json (`patched`). Zip member dates and the document dates in
docProps/core.xml are fixed and random bytes (encryption salts) are seeded, so the output is the same
bytes on every run.

After writing, the script checks every fixture: the zip opens and its CRCs hold (except where they
must not), openpyxl loads the workbooks it should, every planted value is at its cell with its exact
stored form (`raw`, read back from the sheet XML) and its hidden state, and no cell holds a run of 11
or more digits, an '@' or a landline form that EXPECTED.json does not list. The .xls workbooks are
read by xlrd and by this script's own loop over the BIFF8 records (read_biff), which must agree;
xlwt_roster.xls must have its shared string table over CONTINUE records, with strings across the
boundaries: the script places planted values there (make_xlwt_roster) and fails if there are none.
"""

from __future__ import annotations

import argparse
import datetime as dt
import filecmp
import io
import os
import random
import re
import shutil
import struct
import subprocess
import sys
import tempfile
import zipfile
import zlib
from xml.etree import ElementTree as ET

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
PINS = {"openpyxl": "3.1.5", "xlsxwriter": "3.3.1", "msoffcrypto": "6.1.0", "xlwt": "1.3.0"}
CHECK_PINS = {"xlrd": "1.2.0", "olefile": "0.47"}  # readers for the checks of the .xls files (not writers)
PIP_NAMES = {"openpyxl": "openpyxl", "xlsxwriter": "XlsxWriter", "msoffcrypto": "msoffcrypto-tool", "xlwt": "xlwt",
             "xlrd": "xlrd", "olefile": "olefile"}
VENV = os.environ.get("XLSX_FIXTURE_VENV", "/tmp/leakscan-xlsx-fixtures-venv")
SEED = 20240901
FIXED_TIME = (2024, 9, 1, 8, 0, 0)           # zip member dates of re-zipped files
FIXED_ISO = "2024-09-01T08:00:00Z"           # docProps/core.xml created / modified
NS = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
KINDS = ["cn_id", "cn_id_15", "mobile", "landline", "email", "bank_card", "birth_date", "cn_id_truncated"]


# --- Environment ----------------------------------------------------------------------------------

def installed_versions() -> dict:
    from importlib.metadata import PackageNotFoundError, version
    out = {}
    for mod in {**PINS, **CHECK_PINS}:
        try:
            out[mod] = version(PIP_NAMES[mod])
        except PackageNotFoundError:
            out[mod] = None
    return out


def ensure_writers() -> None:
    """Runs in a venv holding the pinned writers; creates it and re-executes the script if needed."""
    pinned = {**PINS, **CHECK_PINS}
    if installed_versions() == pinned:
        return
    py = os.path.join(VENV, "bin", "python")
    if os.path.realpath(sys.executable) == os.path.realpath(py) and os.environ.get("_XLSX_FIXTURE_REEXEC"):
        sys.exit(f"the venv {VENV} does not hold {pinned}: found {installed_versions()}")
    if not os.path.exists(py):
        print(f"==> creating {VENV}", file=sys.stderr)
        subprocess.check_call([sys.executable, "-m", "venv", VENV])
    pins = [f"{PIP_NAMES[m]}=={v}" for m, v in pinned.items()]
    print(f"==> pip install {' '.join(pins)}", file=sys.stderr)
    subprocess.check_call([py, "-m", "pip", "install", "-q", "--disable-pip-version-check"] + pins)
    env = dict(os.environ, _XLSX_FIXTURE_REEXEC="1")
    os.execve(py, [py, os.path.abspath(__file__)] + sys.argv[1:], env)


# --- Small helpers --------------------------------------------------------------------------------

def col_letter(n: int) -> str:
    """1 → A, 27 → AA."""
    s = ""
    while n:
        n, r = divmod(n - 1, 26)
        s = chr(65 + r) + s
    return s


def col_number(letters: str) -> int:
    n = 0
    for ch in letters:
        n = n * 26 + ord(ch) - 64
    return n


def split_ref(ref: str) -> tuple[int, int]:
    m = re.fullmatch(r"([A-Z]+)(\d+)", ref)
    return int(m.group(2)), col_number(m.group(1))


def excel_serial(d: dt.date) -> int:
    return (d - dt.date(1899, 12, 30)).days


def java_double(x: float) -> str:
    """Java's Double.toString for values >= 10^7 (what Apache POI writes into <v>): the shortest
    digits that give the double back, as d.dddE<exponent>: 13812345678.0 -> 1.3812345678E10."""
    from decimal import Decimal
    sign, digits, exp = Decimal(repr(float(x))).normalize().as_tuple()
    ds = "".join(map(str, digits))
    return f"{'-' if sign else ''}{ds[0]}.{ds[1:] or '0'}E{len(ds) - 1 + exp}"


def trunc(raw: str) -> dict:
    """What a number cell keeps of an 18-digit ID: the significant digits of its <v> text (rounded,
    not cut, and for Java's shortest form not even that: only the digits that give the double back)."""
    digits = raw.upper().split("E")[0].replace(".", "").lstrip("0")
    return {"digits_kept": len(digits), "stored_digits": digits}


def zip_bytes(members: list[tuple[zipfile.ZipInfo, bytes]]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for info, data in members:
            z.writestr(info, data)
    return buf.getvalue()


def rezip(data: bytes, patches: dict | None = None, fixed_time: bool = False, stored: set | None = None) -> bytes:
    """Copies a zip member by member (order, compression and attributes kept), applying
    patches[name](bytes) -> bytes; fixed_time sets every member's date to FIXED_TIME."""
    patches = patches or {}
    stored = stored or set()
    out = []
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        for info in z.infolist():
            body = z.read(info)
            if info.filename in patches:
                body = patches[info.filename](body)
            ni = zipfile.ZipInfo(info.filename, FIXED_TIME if fixed_time else info.date_time)
            ni.compress_type = zipfile.ZIP_STORED if info.filename in stored else info.compress_type
            ni.external_attr = info.external_attr
            ni.create_system = info.create_system
            out.append((ni, body))
    return zip_bytes(out)


def fix_core_dates(body: bytes) -> bytes:
    s = body.decode("utf-8")
    s = re.sub(r"(<dcterms:(created|modified)[^>]*>)[^<]*(</dcterms:)", lambda m: m.group(1) + FIXED_ISO + m.group(3), s)
    return s.encode("utf-8")


def patch_cell_v(sheet_xml: bytes, ref: str, new_v: str) -> bytes:
    s = sheet_xml.decode("utf-8")
    pat = re.compile(r'(<c r="%s"[^>]*>(?:<f>[^<]*</f>)?<v>)([^<]*)(</v>)' % ref)
    s, n = pat.subn(lambda m: m.group(1) + new_v + m.group(3), s)
    assert n == 1, (ref, n)
    return s.encode("utf-8")


# --- Synthetic values -----------------------------------------------------------------------------

class Values:
    """Thin layer over generate_roster.Generator: the forms these fixtures need."""

    def __init__(self, gr, seed: int):
        self.gr = gr
        self.g = gr.Generator(seed, rates=dict(org=0.0, typo=0.0, serial=0.0))
        self.p = gr.POOLS

    def student(self, digits_only: bool = False, male: bool | None = None):
        """(id, address prefix, birth date) of a student; digits_only: no X check character."""
        while True:
            m = self.g.rng.random() < 0.5 if male is None else male
            sid, addr, di = self.g.id18(self.p.regions, self.p.student_dates, m)
            if not digits_only or sid.isdigit():
                ymd = self.p.student_dates[di][0]
                return sid, addr, dt.date(int(ymd[:4]), int(ymd[4:6]), int(ymd[6:]))

    def parent_id(self, father: bool = True) -> str:
        return self.g.id18(self.p.parent_regions, self.p.parent_dates, father)[0]

    def id15(self, father: bool = True) -> str:
        return self.g.id15(father)

    def mobile(self, plain: bool = True) -> str:
        while True:
            m = self.g.mobile()
            if not plain or (m.isdigit() and len(m) == 11):
                return m

    def landline(self) -> str:
        return self.g.landline()

    def email(self) -> str:
        return self.g.email()

    def card(self) -> str:
        return self.g.card()

    def name(self) -> str:
        return self.g.name()

    def address(self, prefix: str) -> str:
        return prefix + self.g.rng.choice(self.p.addr_tails)

    def remark(self) -> str:
        return self.g.rng.choice(self.gr.REMARKS[:19])

    def student_number(self) -> str:
        return f"2024{int(self.g.rng.random() * 1000000):06d}"


class Expected:
    """Collects EXPECTED.json."""

    def __init__(self):
        self.files: dict = {}

    def workbook(self, name: str, writer: str, **extra) -> "FileEntry":
        e = FileEntry(name, writer, extra)
        self.files[name] = e
        return e

    def to_json(self) -> dict:
        return {
            "note": ("Synthetic data written by scripts/make_xlsx_fixtures.py (values from "
                     "scripts/generate_roster.py, seed %d). Per file: 'outcome' is 'findings' (a workbook to "
                     "read), 'error' (leakscan must report the file as not scanned, in the 'error' category, "
                     "never as clean) or 'text' (not a workbook whatever its name: read by content as text). "
                     "'findings' are what leakscan reports by default, 'organisational' what it adds with "
                     "--include-org. sheet: sheet name; cell: A1 reference (for cells written without an r "
                     "attribute, the position they take); field: the header of the cell's column, in the "
                     "sheet's first row of two non-empty cells (a group title merged over labels in the row "
                     "under it names its columns 'title/label'); hidden: the value is in a hidden or veryHidden sheet, a hidden row or "
                     "a hidden column (hidden_by says which); part: 'value' or 'comment'; storage: how the "
                     "value is stored; raw: the exact text of <v> for number, date and formula cells (in a .xls: "
                     "the stored double as text, see the file's note); "
                     "value: the value as written (for cn_id_truncated: the ID that was typed before the "
                     "number lost digits; digits_kept: how many of its digits the stored number keeps); "
                     "patched: the script rewrote the writer's XML to get this form (the form of the writer "
                     "named there). In a .xls (BIFF8): record: the cell's record (LABELSST, NUMBER, RK); "
                     "sst_encoding: '8bit' or 'utf16', how its shared string is stored; sst_split: the value's two "
                     "parts where a CONTINUE record cuts its string; sst_starts_continue: its string is the first of "
                     "that CONTINUE record; the file's 'sst' lists the shared string table's records and the "
                     "strings on their boundaries." % SEED),
            "writers": {PIP_NAMES[m]: v for m, v in PINS.items()},
            "kinds": KINDS,
            "error_categories": ERROR_CATEGORIES,
            "files": {n: e.to_json() for n, e in self.files.items()},
        }


ERROR_CATEGORIES = {
    "corrupt_zip": "not a readable zip archive (cut short: no end of central directory, or members past the end)",
    "not_a_workbook": "the content is not a zip archive nor text (here: a PNG image named .xlsx)",
    "zip_bomb": "a member inflates far beyond its stored size (ratio about 1000:1); refused, or read through in "
                "bounded memory and time; never reported clean on the strength of a refusal",
    "xml_dtd": "a DOCTYPE with entity declarations (billion laughs); refused, entities never expanded",
    "encrypted": "an OLE compound file holding EncryptionInfo and EncryptedPackage (a password-protected workbook)",
    "crc_mismatch": "a member's data does not match the CRC-32 in its headers",
}


class FileEntry:
    def __init__(self, name: str, writer: str, extra: dict):
        self.name = name
        self.writer = writer
        self.extra = extra
        self.findings: list = []
        self.org: list = []
        self.headers: dict = {}  # sheet -> {col number: header}
        self.hidden_sheets: dict = {}
        self.hidden_rows: dict = {}
        self.hidden_cols: dict = {}
        self.sheets: list = []

    def sheet(self, name: str, header: list[str], state: str = "visible"):
        self.sheets.append({"name": name, "state": state})
        self.headers[name] = {i + 1: h for i, h in enumerate(header)}
        if state != "visible":
            self.hidden_sheets[name] = state

    def hide_row(self, sheet: str, row: int):
        self.hidden_rows.setdefault(sheet, set()).add(row)

    def hide_col(self, sheet: str, col: int):
        self.hidden_cols.setdefault(sheet, set()).add(col)

    def add(self, sheet: str, ref: str, kind: str, value: str, storage: str, org: bool = False, **extra):
        row, col = split_ref(ref)
        f = {"sheet": sheet, "cell": ref, "kind": kind, "field": self.headers[sheet].get(col),
             "value": value, "storage": storage, "part": extra.pop("part", "value")}
        why = []
        if sheet in self.hidden_sheets:
            why.append("sheet_" + {"hidden": "hidden", "veryHidden": "very_hidden"}[self.hidden_sheets[sheet]])
        if row in self.hidden_rows.get(sheet, ()):
            why.append("row")
        if col in self.hidden_cols.get(sheet, ()):
            why.append("column")
        f["hidden"] = bool(why)
        if why:
            f["hidden_by"] = why
        f.update(extra)
        (self.org if org else self.findings).append(f)
        return f

    def to_json(self) -> dict:
        counts = {k: 0 for k in KINDS}
        for f in self.findings:
            counts[f["kind"]] += 1
        key = lambda f: ([s["name"] for s in self.sheets].index(f["sheet"]) if self.sheets else 0,
                         split_ref(f["cell"]), f["part"])
        out = {"writer": self.writer, "outcome": "findings"}
        out.update(self.extra)
        if self.sheets:
            out["sheets"] = self.sheets
        out["counts"] = counts
        out["hidden_counts"] = {k: sum(1 for f in self.findings if f["kind"] == k and f["hidden"]) for k in KINDS}
        out["findings"] = sorted(self.findings, key=key)
        out["organisational"] = sorted(self.org, key=key)
        return out


class ErrorEntry:
    def __init__(self, writer: str, category: str, **extra):
        self.d = {"writer": writer, "outcome": "error", "error": category}
        self.d.update(extra)

    def to_json(self) -> dict:
        return self.d


class TextEntry:
    def __init__(self, writer: str, **extra):
        self.d = {"writer": writer, "outcome": "text"}
        self.d.update(extra)

    def to_json(self) -> dict:
        return self.d


# --- The fixtures ---------------------------------------------------------------------------------

def make_openpyxl_roster(V: Values, E: Expected) -> bytes:
    import openpyxl
    from openpyxl.cell.rich_text import CellRichText, TextBlock
    from openpyxl.cell.text import InlineFont
    from openpyxl.comments import Comment

    e = E.workbook("openpyxl_roster.xlsx", f"openpyxl {PINS['openpyxl']}",
                   note=("openpyxl 3.1 writes every string as an inline string (t=\"inlineStr\"), "
                         "never a shared string, and every number with '%.16g': an 18-digit int becomes "
                         "4.101052008031212e+17 (16 digits kept), as pandas' to_excel does with an ID column "
                         "of int64. The cell with all 18 digits is patched (the form PhpSpreadsheet writes for "
                         "a PHP int)."))
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "花名册"
    header = ["姓名", "性别", "身份证号", "出生日期", "家长手机", "家庭住址", "备注", "家长身份证号"]
    e.sheet("花名册", header)
    ws.append(header)
    ws.column_dimensions["H"].hidden = True
    e.hide_col("花名册", 8)
    ws.row_dimensions[12].hidden = True
    e.hide_row("花名册", 12)
    date_formats = {2: ("mm-dd-yy", "numFmtId 14: the short date Excel stores for a date typed in a zh-CN locale, shown 2008/3/12"),
                    3: ("yyyy-mm-dd", "custom number format"),
                    7: ('yyyy"年"m"月"d"日"', "custom number format with Chinese characters")}
    patches = {}
    for r in range(2, 14):
        male = r % 2 == 0
        digits_only = r in (8, 9, 11)
        sid, addr, birth = V.student(digits_only=digits_only, male=male)
        ws.cell(r, 1, V.name())
        ws.cell(r, 2, "男" if male else "女")
        # 身份证号
        c = f"C{r}"
        if r == 5:
            cut = 10
            ws[c] = CellRichText([TextBlock(InlineFont(rFont="宋体", sz=11), sid[:cut]),
                                  TextBlock(InlineFont(rFont="Arial", b=True, sz=11, color="FFFF0000"), sid[cut:])])
            e.add("花名册", c, "cn_id", sid, "rich_inline_string",
                  note=f"two runs, fonts 宋体 then Arial bold red: '{sid[:cut]}' + '{sid[cut:]}'")
        elif r == 8:
            ws[c] = int(sid)
            raw = "%.16g" % int(sid)
            e.add("花名册", c, "cn_id_truncated", sid, "number", raw=raw, **trunc(raw),
                  note="a Python int written by openpyxl: '%.16g' keeps 16 significant digits")
        elif r == 9:
            x = float(f"{int(sid):.14e}")  # what Excel keeps of an 18-digit number typed in: 15 digits
            ws[c] = x
            raw = "%.16g" % x
            e.add("花名册", c, "cn_id_truncated", sid, "number", raw=raw, **trunc(raw),
                  note="the ID typed into Excel as a number: 15 significant digits kept")
        elif r == 11:
            ws[c] = int(sid)
            patches[c] = sid
            e.add("花名册", c, "cn_id", sid, "number", raw=sid, patched="PhpSpreadsheet (a PHP int: all digits)")
        else:
            ws[c] = sid
            e.add("花名册", c, "cn_id", sid, "inline_string")
        # 出生日期
        c = f"D{r}"
        if r in date_formats:
            fmt, why = date_formats[r]
            ws[c] = birth
            ws[c].number_format = fmt
            e.add("花名册", c, "birth_date", birth.isoformat(), "date_number", raw=str(excel_serial(birth)),
                  number_format=fmt, note=why)
        elif r == 10:
            pass  # no birth date in this row
        else:
            text = birth.isoformat() if r % 3 else f"{birth.year}/{birth.month}/{birth.day}"
            ws[c] = text
            e.add("花名册", c, "birth_date", text, "inline_string")
        # 家长手机: numbers, one written as text with dashes
        c = f"E{r}"
        if r == 6:
            m = V.mobile()
            text = f"{m[:3]}-{m[3:7]}-{m[7:]}"
            ws[c] = text
            e.add("花名册", c, "mobile", text, "inline_string")
        else:
            m = V.mobile()
            ws[c] = int(m)
            e.add("花名册", c, "mobile", m, "number", raw=m)
        ws.cell(r, 6, V.address(addr))
        remark = V.remark()
        if r == 4:
            remark = "座位号12，期中数学95分"
        ws.cell(r, 7, remark)
        if r == 7:
            m = V.mobile()
            ws.cell(r, 7).comment = Comment(f"家长备用手机：{m}", V.name())
            e.add("花名册", f"G{r}", "mobile", m, "comment", part="comment",
                  note="cell comment (xl/comments/comment1.xml); the VML drawing holds no text")
        # 家长身份证号 (the hidden column H)
        if r in (3, 6, 9, 12):
            if r == 9:
                pid = V.id15(True)
                ws.cell(r, 8, pid)
                e.add("花名册", f"H{r}", "cn_id_15", pid, "inline_string")
            else:
                pid = V.parent_id(r % 2 == 0)
                ws.cell(r, 8, pid)
                e.add("花名册", f"H{r}", "cn_id", pid, "inline_string")

    ws2 = wb.create_sheet("家长通讯录")
    ws2.sheet_state = "hidden"
    h2 = ["学生姓名", "家长姓名", "手机"]
    e.sheet("家长通讯录", h2, "hidden")
    ws2.append(h2)
    for r in range(2, 7):
        m = V.mobile()
        ws2.append([V.name(), V.name(), m])
        e.add("家长通讯录", f"C{r}", "mobile", m, "inline_string")

    ws3 = wb.create_sheet("备份")
    ws3.sheet_state = "veryHidden"
    h3 = ["姓名", "身份证号", "家庭电话"]
    e.sheet("备份", h3, "veryHidden")
    ws3.append(h3)
    for r in range(2, 5):
        sid, _, _ = V.student()
        tel = V.landline()
        ws3.append([V.name(), sid, tel])
        e.add("备份", f"B{r}", "cn_id", sid, "inline_string")
        e.add("备份", f"C{r}", "landline", tel, "inline_string")

    creator = V.name()
    wb.properties.creator = creator
    wb.properties.lastModifiedBy = creator
    wb.properties.created = dt.datetime(2024, 9, 1, 8, 0, 0)
    e.extra["metadata"] = {"docProps/core.xml dc:creator": creator, "cp:lastModifiedBy": creator,
                           "note": "a teacher's name (synthetic); not one of leakscan's kinds"}
    buf = io.BytesIO()
    wb.save(buf)
    sheet1 = "xl/worksheets/sheet1.xml"
    return rezip(buf.getvalue(), fixed_time=True, patches={
        "docProps/core.xml": fix_core_dates,
        sheet1: lambda b: _apply(b, [(ref, v) for ref, v in patches.items()])})


def _apply(sheet_xml: bytes, cell_values: list) -> bytes:
    for ref, v in cell_values:
        sheet_xml = patch_cell_v(sheet_xml, ref, v)
    return sheet_xml


def xlsxwriter_props(wb) -> None:
    wb.set_properties({"created": dt.datetime(2024, 9, 1, 8, 0, 0), "author": "教务处"})


def make_xlsxwriter_roster(V: Values, E: Expected) -> bytes:
    import xlsxwriter
    e = E.workbook("xlsxwriter_roster.xlsx", f"XlsxWriter {PINS['xlsxwriter']} ({{'strings_to_numbers': False}})",
                   note=("XlsxWriter writes strings as shared strings (xl/sharedStrings.xml; the same string "
                         "twice is one shared string: E3 and E4 share one), numbers with '%.16G'. Two number "
                         "cells are patched to the form Apache POI writes (Java's Double.toString)."))
    buf = io.BytesIO()
    wb = xlsxwriter.Workbook(buf, {"strings_to_numbers": False, "in_memory": True})
    xlsxwriter_props(wb)
    ws = wb.add_worksheet("学生信息")
    ws2 = wb.add_worksheet("家长联系")
    ws3 = wb.add_worksheet("历史数据")
    ws2.hide()
    ws3.very_hidden()
    bold = wb.add_format({"bold": True})
    red = wb.add_format({"font_name": "Arial", "font_color": "red"})
    iso = wb.add_format({"num_format": "yyyy-mm-dd"})
    short = wb.add_format({"num_format": 14})
    header = ["姓名", "学号", "身份证号", "出生日期", "家长手机", "家庭电话", "电子邮箱", "资助卡号", "备注", "家长身份证号"]
    e.sheet("学生信息", header)
    e.sheet("家长联系", ["家长姓名", "手机", "邮箱"], "hidden")
    e.sheet("历史数据", ["姓名", "身份证号", "资助卡号"], "veryHidden")
    ws.write_row(0, 0, header, bold)
    ws.set_column("J:J", None, None, {"hidden": True})
    e.hide_col("学生信息", 10)
    ws.set_row(9, None, None, {"hidden": True})  # row 10
    e.hide_row("学生信息", 10)
    patches = []
    shared_mobile = V.mobile()
    for r in range(2, 14):
        i = r - 1  # 0-based row for xlsxwriter
        male = r % 2 == 1
        sid, addr, birth = V.student(digits_only=r in (7, 8, 9), male=male)
        ws.write_string(i, 0, V.name())
        ws.write_string(i, 1, V.student_number())
        c = f"C{r}"
        if r == 6:
            cut = 6
            ws.write_rich_string(i, 2, bold, sid[:cut], red, sid[cut:])
            e.add("学生信息", c, "cn_id", sid, "rich_shared_string",
                  note=f"two runs, bold then Arial red: '{sid[:cut]}' + '{sid[cut:]}'")
        elif r == 7:
            ws.write_number(i, 2, float(sid))
            raw = "%.16G" % float(sid)
            e.add("学生信息", c, "cn_id_truncated", sid, "number", raw=raw, **trunc(raw),
                  note="write_number(float(id)): XlsxWriter's '%.16G'")
        elif r == 8:
            x = float(f"{int(sid):.14e}")
            ws.write_number(i, 2, x)
            raw = "%.16G" % x
            e.add("学生信息", c, "cn_id_truncated", sid, "number", raw=raw, **trunc(raw),
                  note="the form Excel itself stores for an 18-digit number typed in")
        elif r == 9:
            ws.write_number(i, 2, float(sid))
            raw = java_double(float(sid))
            patches.append((c, raw))
            e.add("学生信息", c, "cn_id_truncated", sid, "number", raw=raw, **trunc(raw),
                  patched="Apache POI (setCellValue(double): Java's Double.toString)")
        else:
            ws.write_string(i, 2, sid)
            e.add("学生信息", c, "cn_id", sid, "shared_string")
        c = f"D{r}"
        if r in (2, 5, 11):
            fmt = short if r == 5 else iso
            ws.write_datetime(i, 3, dt.datetime(birth.year, birth.month, birth.day), fmt)
            e.add("学生信息", c, "birth_date", birth.isoformat(), "date_number", raw=str(excel_serial(birth)),
                  number_format="numFmtId 14" if r == 5 else "yyyy-mm-dd")
        else:
            text = [birth.isoformat(), f"{birth.year}/{birth.month}/{birth.day}",
                    f"{birth.year}年{birth.month}月{birth.day}日", birth.strftime("%Y%m%d")][r % 4]
            ws.write_string(i, 3, text)
            e.add("学生信息", c, "birth_date", text, "shared_string")
        c = f"E{r}"
        if r in (3, 4):
            ws.write_string(i, 4, shared_mobile)
            e.add("学生信息", c, "mobile", shared_mobile, "shared_string",
                  note="siblings: E3 and E4 point to the same shared string")
        elif r == 5:
            m = V.mobile()
            ws.write_number(i, 4, int(m))
            e.add("学生信息", c, "mobile", m, "number", raw=m, note="write_number(int)")
        elif r == 6:
            m = V.mobile()
            ws.write_number(i, 4, float(m))
            e.add("学生信息", c, "mobile", m, "number", raw=m, note="write_number(float): '%.16G' gives all 11 digits")
        elif r == 7:
            m = V.mobile()
            ws.write_number(i, 4, float(m))
            raw = java_double(float(m))
            patches.append((c, raw))
            e.add("学生信息", c, "mobile", m, "number", raw=raw,
                  patched="Apache POI (setCellValue(double): Java's Double.toString)")
        elif r == 8:
            m = V.mobile()
            ws.write_formula(i, 4, f'="{m[:3]}"&"{m[3:]}"', None, m)
            e.add("学生信息", c, "mobile", m, "formula_str_cached", raw=m,
                  formula=f'"{m[:3]}"&"{m[3:]}"', note="t=\"str\": the phone is only in the cached value <v>")
        else:
            m = V.mobile(plain=False)
            ws.write_string(i, 4, m)
            e.add("学生信息", c, "mobile", m, "shared_string")
        if r % 3 == 0:
            tel = V.landline()
            ws.write_string(i, 5, tel)
            e.add("学生信息", f"F{r}", "landline", tel, "shared_string")
        if r % 2 == 0:
            mail = V.email()
            ws.write_string(i, 6, mail)
            e.add("学生信息", f"G{r}", "email", mail, "shared_string")
        if r in (4, 11):
            card = V.card()
            ws.write_string(i, 7, card)
            e.add("学生信息", f"H{r}", "bank_card", card, "shared_string")
        remark = V.remark() or "无"
        if r == 12:
            remark = "语文92分，第3考场，座位号17"
        ws.write_string(i, 8, remark)
        if r == 4:
            m = V.mobile()
            ws.write_comment(i, 8, f"班主任核实：家长另一手机{m}", {"author": "班主任"})
            e.add("学生信息", f"I{r}", "mobile", m, "comment", part="comment",
                  note="write_comment (xl/comments1.xml); the VML drawing holds no text")
        if r in (2, 5, 8, 10):
            if r == 8:
                pid = V.id15(False)
                ws.write_string(i, 9, pid)
                e.add("学生信息", f"J{r}", "cn_id_15", pid, "shared_string")
            else:
                pid = V.parent_id(r % 2 == 0)
                ws.write_string(i, 9, pid)
                e.add("学生信息", f"J{r}", "cn_id", pid, "shared_string")

    ws2.write_row(0, 0, ["家长姓名", "手机", "邮箱"], bold)
    for r in range(2, 6):
        m, mail = V.mobile(), V.email()
        ws2.write_row(r - 1, 0, [V.name(), m, mail])
        e.add("家长联系", f"B{r}", "mobile", m, "shared_string")
        e.add("家长联系", f"C{r}", "email", mail, "shared_string")
    ws3.write_row(0, 0, ["姓名", "身份证号", "资助卡号"], bold)
    for r in range(2, 4):
        sid, _, _ = V.student()
        card = V.card()
        ws3.write_row(r - 1, 0, [V.name(), sid, card])
        e.add("历史数据", f"B{r}", "cn_id", sid, "shared_string")
        e.add("历史数据", f"C{r}", "bank_card", card, "shared_string")
    wb.close()
    return rezip(buf.getvalue(), patches={"xl/worksheets/sheet1.xml": lambda b: _apply(b, patches)})


def make_grouped_header(V: Values, E: Expected) -> bytes:
    """A roster whose header has two rows: group titles in merged cells over the column labels."""
    import openpyxl
    e = E.workbook("grouped_header.xlsx", f"openpyxl {PINS['openpyxl']}",
                   note=("A title merged over A1:H1; 序号 merged down A2:A3; 学生信息 merged over B2:E2 and "
                         "家长信息 over F2:H2, with the labels in row 3. A column is named after both rows "
                         "(学生信息/姓名); the merged cells other than the first are empty in the file."))
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "花名册"
    ws["A1"] = "2024级（3）班学生花名册"
    ws.merge_cells("A1:H1")
    ws["A2"], ws["B2"], ws["F2"] = "序号", "学生信息", "家长信息"
    ws.merge_cells("A2:A3")
    ws.merge_cells("B2:E2")
    ws.merge_cells("F2:H2")
    labels = [None, "姓名", "身份证号", "出生日期", "性别", "姓名", "关系", "联系电话"]
    for c, label in enumerate(labels, 1):
        if label:
            ws.cell(3, c, label)
    e.sheet("花名册", ["序号", "学生信息/姓名", "学生信息/身份证号", "学生信息/出生日期", "学生信息/性别",
                      "家长信息/姓名", "家长信息/关系", "家长信息/联系电话"])
    for r in range(4, 10):
        male = r % 2 == 0
        sid, _, birth = V.student(male=male)
        mobile = V.mobile()
        ws.append([r - 3, V.name(), sid, birth.isoformat(), "男" if male else "女", V.name(),
                   "父亲" if r % 3 else "母亲", mobile])
        e.add("花名册", f"C{r}", "cn_id", sid, "inline_string")
        e.add("花名册", f"D{r}", "birth_date", birth.isoformat(), "inline_string")
        e.add("花名册", f"H{r}", "mobile", mobile, "inline_string")
    wb.properties.created = dt.datetime(2024, 9, 1, 8, 0, 0)
    out = io.BytesIO()
    wb.save(out)
    return rezip(out.getvalue(), fixed_time=True, patches={"docProps/core.xml": fix_core_dates})


def make_xlsxwriter_inline(V: Values, E: Expected) -> bytes:
    import xlsxwriter
    e = E.workbook("xlsxwriter_inline.xlsx", f"XlsxWriter {PINS['xlsxwriter']} ({{'constant_memory': True}})",
                   note=("constant_memory mode writes strings as inline strings (<c t=\"inlineStr\"><is><t>). "
                         "Sheet 导出: the script removed the r attribute of every cell (the cells of a row then "
                         "follow one another from column A; rows keep r). Sheet 导出2: no r on rows nor cells "
                         "(rows follow one another from row 1). Excel opens both."))
    tmp = tempfile.NamedTemporaryFile(suffix=".xlsx", delete=False)
    tmp.close()
    # constant_memory needs a file to write to: with in_memory (or a BytesIO) XlsxWriter turns it off
    wb = xlsxwriter.Workbook(tmp.name, {"constant_memory": True})
    xlsxwriter_props(wb)
    sheets = [("名单", ["姓名", "身份证号", "手机", "备注"]),
              ("导出", ["姓名", "证件号码", "联系电话", "邮箱"]),
              ("导出2", ["学生姓名", "身份证号", "监护人电话"])]
    for name, header in sheets:
        ws = wb.add_worksheet(name)
        e.sheet(name, header)
        ws.write_row(0, 0, header)
        for r in range(2, 6 if name != "导出2" else 5):
            sid, _, _ = V.student()
            kinds = {"名单": [None, "cn_id", "mobile", None], "导出": [None, "cn_id", "mobile", "email"],
                     "导出2": [None, "cn_id", "mobile"]}[name]
            vals = []
            for k in kinds:
                v = {"cn_id": sid, "mobile": V.mobile(plain=(name == "名单")) if k == "mobile" else None,
                     "email": V.email() if k == "email" else None, None: None}[k]
                vals.append(v)
            vals[0] = V.name()
            if name == "名单":
                vals[3] = V.remark() or "走读。"
            ws.write_row(r - 1, 0, vals)
            for ci, (k, v) in enumerate(zip(kinds, vals), 1):
                if k:
                    e.add(name, f"{col_letter(ci)}{r}", k, v, "inline_string",
                          **({"written_without_r": True} if name != "名单" else {}))
    wb.close()
    with open(tmp.name, "rb") as f:
        data = f.read()
    os.unlink(tmp.name)
    strip_cells = lambda b: re.sub(rb'<c r="[A-Z]+\d+"', b"<c", b)
    strip_all = lambda b: re.sub(rb'<row r="\d+"', b"<row", strip_cells(b))
    return rezip(data, patches={"xl/worksheets/sheet2.xml": strip_cells,
                                          "xl/worksheets/sheet3.xml": strip_all})


def make_clean(V: Values, E: Expected) -> bytes:
    import xlsxwriter
    e = E.workbook("clean.xlsx", f"XlsxWriter {PINS['xlsxwriter']}",
                   note=("ordinary school data: a timetable, class counts, exam dates (real date cells, not "
                         "under a birth-date header), student numbers (10 digits), scores, room numbers. "
                         "The school's own numbers are organisational: reported only with --include-org."))
    buf = io.BytesIO()
    wb = xlsxwriter.Workbook(buf, {"in_memory": True})
    xlsxwriter_props(wb)
    bold = wb.add_format({"bold": True})
    dfmt = wb.add_format({"num_format": "yyyy-mm-dd"})
    ws = wb.add_worksheet("课程表")
    e.sheet("课程表", ["节次", "时间", "星期一", "星期二", "星期三", "星期四", "星期五"])
    ws.write_row(0, 0, ["节次", "时间", "星期一", "星期二", "星期三", "星期四", "星期五"], bold)
    table = [["第1节", "08:00-08:45", "语文", "数学", "英语", "物理", "语文"],
             ["第2节", "08:55-09:40", "数学", "英语", "语文", "化学", "数学"],
             ["第3节", "10:10-10:55", "英语", "物理", "数学", "语文", "生物"],
             ["第4节", "11:05-11:50", "化学", "历史", "体育", "英语", "地理"],
             ["第5节", "14:00-14:45", "生物", "语文", "政治", "数学", "英语"],
             ["第6节", "14:55-15:40", "体育", "地理", "化学", "音乐", "物理"]]
    for i, row in enumerate(table, 1):
        ws.write_row(i, 0, row)
    ws2 = wb.add_worksheet("班级统计")
    h2 = ["班级", "班主任", "人数", "男生", "女生", "教室", "入学日期", "学号起", "学号止", "平均分"]
    e.sheet("班级统计", h2)
    ws2.write_row(0, 0, h2, bold)
    for i, g in enumerate(["高一(1)班", "高一(2)班", "高一(3)班", "高一(4)班", "高一(5)班"], 1):
        n = 40 + i * 3 % 7
        boys = n // 2 + i % 3
        ws2.write_row(i, 0, [g, V.name()[0] + "老师", n, boys, n - boys, f"明德楼{300 + i}"])
        ws2.write_datetime(i, 6, dt.datetime(2024, 9, 1), dfmt)
        first = 2024010000 + i * 100 + 1
        ws2.write_number(i, 7, first)
        ws2.write_number(i, 8, first + n - 1)
        avg = round(80 + i * 1.37, 2)
        ws2.write_number(i, 9, avg)
        raw = "%.16G" % avg
        if re.search(r"\d{11,}", raw.replace(".", "")):
            e.extra.setdefault("not_findings", []).append(
                {"sheet": "班级统计", "cell": f"J{i + 1}", "field": "平均分", "raw": raw,
                 "why": f"the score {avg} as a binary double: a long digit run after the point, not a phone"})
    ws3 = wb.add_worksheet("考试安排")
    h3 = ["科目", "考试日期", "时间", "考场", "人数"]
    e.sheet("考试安排", h3)
    ws3.write_row(0, 0, h3, bold)
    for i, (subj, day) in enumerate([("语文", 7), ("数学", 7), ("英语", 8), ("物理", 8)], 1):
        ws3.write_string(i, 0, subj)
        ws3.write_datetime(i, 1, dt.datetime(2025, 1, day), dfmt)
        ws3.write_string(i, 2, "08:30-10:30" if i % 2 else "14:30-16:30")
        ws3.write_string(i, 3, f"第{i}考场")
        ws3.write_number(i, 4, 30)
    ws4 = wb.add_worksheet("学校信息")
    h4 = ["学校名称", "地址", "学校电话", "邮编", "说明"]
    e.sheet("学校信息", h4)
    ws4.write_row(0, 0, h4, bold)
    office = "0371-65501234"
    hotline = "0371-65507788"
    ws4.write_row(1, 0, ["郑州市第一中学", "河南省郑州市金水区文化路88号", office, "450003",
                         f"招生咨询电话：{hotline}（工作日8:30-17:30）"])
    e.add("学校信息", "C2", "landline", office, "shared_string", org=True, why="column header 学校电话")
    e.add("学校信息", "E2", "landline", hotline, "shared_string", org=True, why="cue 招生咨询电话 before it")
    wb.close()
    return buf.getvalue()


def make_small_workbook(V: Values, sheet: str = "名单", rows: int = 1):
    """A small XlsxWriter workbook: header 姓名, 身份证号, 备注 and `rows` rows. Returns (bytes, [(ref, id)])."""
    import xlsxwriter
    buf = io.BytesIO()
    wb = xlsxwriter.Workbook(buf, {"in_memory": True})
    xlsxwriter_props(wb)
    ws = wb.add_worksheet(sheet)
    ws.write_row(0, 0, ["姓名", "身份证号", "备注"])
    ids = []
    for r in range(2, rows + 2):
        sid, _, _ = V.student()
        ws.write_row(r - 1, 0, [V.name(), sid, V.remark() or "走读。"])
        ids.append((f"B{r}", sid))
    wb.close()
    return buf.getvalue(), ids


def make_zip64(V: Values, E: Expected) -> bytes:
    src, ids = make_small_workbook(V)
    e = E.workbook("zip64.xlsx", f"XlsxWriter {PINS['xlsxwriter']}, re-zipped by Python zipfile (force_zip64) + patched directory",
                   note=("every local header has a ZIP64 extra field (sizes 0xFFFFFFFF in the header, the real "
                         "ones in the extra); every central directory entry has a ZIP64 extra field with sizes "
                         "and offset (0xFFFFFFFF in the 32-bit fields); a ZIP64 end of central directory record "
                         "and locator precede the classic end record, whose counts are 0xFFFF and whose size and "
                         "offset are 0xFFFFFFFF, so only the ZIP64 record gives the directory."))
    e.sheet("名单", ["姓名", "身份证号", "备注"])
    for ref, sid in ids:
        e.add("名单", ref, "cn_id", sid, "shared_string")
    buf = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(src)) as zin, zipfile.ZipFile(buf, "w") as z:
        for info in zin.infolist():
            ni = zipfile.ZipInfo(info.filename, info.date_time)
            ni.compress_type = zipfile.ZIP_DEFLATED
            ni.external_attr = info.external_attr
            with z.open(ni, "w", force_zip64=True) as w:
                w.write(zin.read(info))
        infos = z.infolist()
    data = buf.getvalue()
    # Drop zipfile's directory; write one with ZIP64 extras, then the ZIP64 records.
    eocd = data.rindex(b"PK\x05\x06")
    cd_offset = struct.unpack("<L", data[eocd + 16:eocd + 20])[0]
    body = bytearray(data[:cd_offset])
    cd = bytearray()
    for zi in infos:
        name = zi.filename.encode("utf-8")
        extra = struct.pack("<HHQQQ", 1, 24, zi.file_size, zi.compress_size, zi.header_offset)
        dosdate = (zi.date_time[0] - 1980) << 9 | zi.date_time[1] << 5 | zi.date_time[2]
        dostime = zi.date_time[3] << 11 | zi.date_time[4] << 5 | zi.date_time[5] // 2
        cd += struct.pack("<4s4B4HL2L5H2L", b"PK\x01\x02", 45, 3, 45, 0, zi.flag_bits, zi.compress_type,
                          dostime, dosdate, zi.CRC, 0xFFFFFFFF, 0xFFFFFFFF, len(name), len(extra), 0, 0, 0,
                          zi.external_attr, 0xFFFFFFFF)
        cd += name + extra
    z64_offset = cd_offset + len(cd)
    n = len(infos)
    z64 = struct.pack("<4sQ2H2L4Q", b"PK\x06\x06", 44, 45, 45, 0, 0, n, n, len(cd), cd_offset)
    loc = struct.pack("<4sLQL", b"PK\x06\x07", 0, z64_offset, 1)
    end = struct.pack("<4s4H2LH", b"PK\x05\x06", 0, 0, 0xFFFF, 0xFFFF, 0xFFFFFFFF, 0xFFFFFFFF, 0)
    return bytes(body + cd + z64 + loc + end)


def make_png() -> bytes:
    """A real 16x16 PNG (a green square), built with zlib."""
    w = h = 16
    raw = b"".join(b"\x00" + b"\x2e\x8b\x57" * w for _ in range(h))
    def chunk(t, d):
        return struct.pack(">L", len(d)) + t + d + struct.pack(">L", zlib.crc32(t + d) & 0xFFFFFFFF)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">LLBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


def make_bomb(V: Values, E: Expected) -> bytes:
    src, ids = make_small_workbook(V)
    pad = 100 * 1000 * 1000
    def inflate(b: bytes) -> bytes:
        i = b.index(b"<sheetData>") + len(b"<sheetData>")
        return b[:i] + b" " * pad + b[i:]
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(src)) as zin, zipfile.ZipFile(out, "w") as z:
        for info in zin.infolist():
            body = zin.read(info)
            ni = zipfile.ZipInfo(info.filename, info.date_time)
            ni.external_attr = info.external_attr
            ni.compress_type = zipfile.ZIP_DEFLATED
            if info.filename == "xl/worksheets/sheet1.xml":
                body = inflate(body)
                z.writestr(ni, body, compresslevel=9)
            else:
                z.writestr(ni, body)
    data = out.getvalue()
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        zi = z.getinfo("xl/worksheets/sheet1.xml")
    E.files["bomb.xlsx"] = ErrorEntry(
        f"XlsxWriter {PINS['xlsxwriter']}, sheet1.xml padded by the script", "zip_bomb",
        member="xl/worksheets/sheet1.xml", uncompressed_bytes=zi.file_size, compressed_bytes=zi.compress_size,
        ratio=round(zi.file_size / zi.compress_size),
        note=("a valid workbook: 10^8 spaces after <sheetData> (well-formed XML whitespace), then one row with "
              "an ID. The sizes in the headers are honest."),
        planted=[{"sheet": "名单", "cell": ref, "kind": "cn_id", "value": sid} for ref, sid in ids])
    return data


BILLION_LAUGHS_DTD = """<!DOCTYPE worksheet [
 <!ENTITY lol "lol">
 <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
 <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
 <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
 <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
 <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
"""


def make_billion_laughs(V: Values, E: Expected) -> bytes:
    src, ids = make_small_workbook(V)
    def patch(b: bytes) -> bytes:
        s = b.decode("utf-8")
        decl_end = s.index("?>") + 2
        s = s[:decl_end] + "\n" + BILLION_LAUGHS_DTD + s[decl_end + 1:]
        # the first data row's remark (C2) becomes an inline string made of &lol9; (10^9 × "lol")
        s, n = re.subn(r'<c r="C2"([^>]*?) t="s"><v>\d+</v></c>',
                       r'<c r="C2"\1 t="inlineStr"><is><t>&lol9;</t></is></c>', s)
        assert n == 1
        return s.encode("utf-8")
    E.files["billion_laughs.xlsx"] = ErrorEntry(
        f"XlsxWriter {PINS['xlsxwriter']}, sheet1.xml patched by the script", "xml_dtd",
        member="xl/worksheets/sheet1.xml",
        note="a DOCTYPE declaring lol..lol9 (each 10 of the one before); C2 is <is><t>&lol9;</t></is>: 3 GB if expanded",
        planted=[{"sheet": "名单", "cell": ref, "kind": "cn_id", "value": sid} for ref, sid in ids])
    return rezip(src, patches={"xl/worksheets/sheet1.xml": patch})


def make_encrypted(src: bytes, E: Expected) -> bytes:
    import msoffcrypto.method.ecma376_agile as agile
    import msoffcrypto.method.container.ecma376_encrypted as container
    from msoffcrypto.format.ooxml import OOXMLFile
    rng = random.Random(SEED)

    class FixedNow(dt.datetime):
        @classmethod
        def now(cls, tz=None):
            return dt.datetime(2024, 9, 1, 8, 0, 0)

    saved = agile._random_buffer, container.datetime
    agile._random_buffer = lambda n: bytes(rng.getrandbits(8) for _ in range(n))
    container.datetime = FixedNow
    try:
        out = io.BytesIO()
        OOXMLFile(io.BytesIO(src)).encrypt("test", out)
    finally:
        agile._random_buffer, container.datetime = saved
    E.files["encrypted.xlsx"] = ErrorEntry(
        f"msoffcrypto-tool {PINS['msoffcrypto']} (ECMA-376 agile encryption, AES-256, SHA-512)", "encrypted",
        password="test", source="openpyxl_roster.xlsx",
        note="openpyxl_roster.xlsx encrypted with the password 'test' (salts seeded, so the bytes repeat)")
    return out.getvalue()


def make_legacy_xls(V: Values, E: Expected) -> bytes:
    import xlwt
    e = E.workbook("legacy.xls", f"xlwt {PINS['xlwt']} (BIFF8 in an OLE compound file)",
                   note=("the smallest BIFF8 workbook: one sheet, the ID a string in the shared string table (SST "
                         "record, no CONTINUE), stored as 8-bit compressed Unicode (LABELSST cell)"))
    header = ["姓名", "身份证号", "备注"]
    e.sheet("学生名单", header)
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet("学生名单")
    for c, h in enumerate(header):
        ws.write(0, c, h)
    sid, _, _ = V.student()
    ws.write(1, 0, V.name())
    ws.write(1, 1, sid)
    ws.write(1, 2, "住校。")
    buf = io.BytesIO()
    wb.save(buf)
    data = buf.getvalue()
    e.add("学生名单", "B2", "cn_id", sid, "shared_string", record="LABELSST", sst_encoding="8bit")
    e.extra["sst"] = sst_summary(read_biff(data))
    return data


# --- BIFF8 (.xls) -----------------------------------------------------------------------------------
# A reader of its own, independent of xlwt (which writes the files) and of xlrd (which checks them
# too): records of the Workbook stream, the shared string table over its CONTINUE records, the
# sheets and their cells.

BIFF_NAMES = {0x0809: "BOF", 0x000A: "EOF", 0x0085: "BOUNDSHEET", 0x00FC: "SST", 0x003C: "CONTINUE",
              0x00FD: "LABELSST", 0x0203: "NUMBER", 0x027E: "RK", 0x00BD: "MULRK", 0x0204: "LABEL",
              0x0201: "BLANK", 0x00BE: "MULBLANK", 0x0006: "FORMULA", 0x0205: "BOOLERR"}


def ole_stream(data: bytes, name: str = "Workbook") -> bytes:
    """The stream of an OLE compound file (olefile); data that is not OLE is taken as the stream."""
    import olefile
    if not data.startswith(bytes.fromhex("D0CF11E0A1B11AE1")):
        return data
    ole = olefile.OleFileIO(io.BytesIO(data))
    try:
        return ole.openstream(name).read()
    finally:
        ole.close()


def biff_records(stream: bytes) -> list[tuple[int, int, bytes]]:
    """(offset, record type, data) for every record of a BIFF8 stream. Zero bytes after the last
    record are padding (xlwt pads a stream shorter than 4096 bytes, to keep it out of the OLE mini stream)."""
    out, pos = [], 0
    while pos < len(stream):
        if not stream[pos:].strip(b"\0") and out and out[-1][1] == 0x000A:
            return out
        rt, size = struct.unpack_from("<HH", stream, pos)
        out.append((pos, rt, stream[pos + 4:pos + 4 + size]))
        pos += 4 + size
    assert pos == len(stream), f"a record runs past the end of the stream ({pos} > {len(stream)})"
    return out


def rk_value(rk: int) -> float:
    v = float(rk >> 2) if rk & 2 else struct.unpack("<d", struct.pack("<Q", (rk & 0xFFFFFFFC) << 32))[0]
    return v / 100 if rk & 1 else v


def parse_sst(pieces: list[bytes]) -> tuple[int, list[dict]]:
    """pieces: the SST record's data, then the data of the CONTINUE records after it. Returns the total
    count and, per unique string, its text, where its header is (piece number, offset) and its segments
    [(piece number, characters, '8bit'/'utf16')]: a string that straddles a CONTINUE boundary goes on in
    the next piece after a new option byte; one that starts a piece has no byte before its header."""
    total, unique = struct.unpack_from("<II", pieces[0])
    p, pos, out = 0, 8, []
    for _ in range(unique):
        if pos >= len(pieces[p]):  # a string that starts a CONTINUE has no option byte of its own
            p, pos = p + 1, 0
        start = (p, pos)
        cch, flags = struct.unpack_from("<HB", pieces[p], pos)
        pos += 3
        runs = ext = 0
        if flags & 8:
            runs, = struct.unpack_from("<H", pieces[p], pos)
            pos += 2
        if flags & 4:
            ext, = struct.unpack_from("<I", pieces[p], pos)
            pos += 4
        wide, left, text, segs = flags & 1, cch, [], []
        while True:
            width = 2 if wide else 1
            n = min(left, (len(pieces[p]) - pos) // width)
            chunk = pieces[p][pos:pos + n * width]
            text.append(chunk.decode("utf-16-le" if wide else "latin-1"))
            if n:
                segs.append((p, n, "utf16" if wide else "8bit"))
            pos += n * width
            left -= n
            if not left:
                break
            p, pos = p + 1, 1
            wide = pieces[p][0] & 1
        skip = 4 * runs + ext  # formatting runs and the extended block: bytes, no option byte
        while skip:
            take = min(skip, len(pieces[p]) - pos)
            pos, skip = pos + take, skip - take
            if skip:
                p, pos = p + 1, 0
        out.append({"text": "".join(text), "start": start, "segments": segs})
    assert p == len(pieces) - 1 and pos == len(pieces[p]), "the SST does not end where its records end"
    return total, out


def read_biff(data: bytes) -> dict:
    """{'sheets': [(name, state)], 'sst': [...], 'sst_total': n, 'sst_continues': n,
    'cells': {sheet: {ref: (record, value)}}}: value is the SST index of a LABELSST, the float of a
    NUMBER or RK."""
    recs = biff_records(ole_stream(data))
    sheets, at = [], {}
    for off, rt, d in recs:
        if rt == 0x0085:
            pos, state, _dt, cch, flags = struct.unpack_from("<IBBBB", d)
            name = d[8:8 + cch * 2].decode("utf-16-le") if flags & 1 else d[8:8 + cch].decode("latin-1")
            at[pos] = len(sheets)
            sheets.append((name, {0: "visible", 1: "hidden", 2: "veryHidden"}[state & 3]))
    sst, total, continues = [], 0, 0
    for i, (off, rt, d) in enumerate(recs):
        if rt == 0x00FC:
            pieces = [d]
            for _, rt2, d2 in recs[i + 1:]:
                if rt2 != 0x003C:
                    break
                pieces.append(d2)
            continues = len(pieces) - 1
            total, sst = parse_sst(pieces)
    cells: dict = {name: {} for name, _ in sheets}
    sheet = None
    for off, rt, d in recs:
        if rt == 0x0809:
            sheet = sheets[at[off]][0] if off in at else None
            continue
        if sheet is None or rt not in (0x00FD, 0x0203, 0x027E, 0x00BD):
            continue
        row, col = struct.unpack_from("<HH", d)
        if rt == 0x00BD:
            n = (len(d) - 6) // 6
            for k in range(n):
                _xf, rk = struct.unpack_from("<Hi", d, 4 + 6 * k)
                cells[sheet][f"{col_letter(col + k + 1)}{row + 1}"] = ("MULRK", rk_value(rk))
            continue
        if rt == 0x00FD:
            value = struct.unpack_from("<I", d, 6)[0]
        elif rt == 0x0203:
            value = struct.unpack_from("<d", d, 6)[0]
        else:
            value = rk_value(struct.unpack_from("<i", d, 6)[0])
        cells[sheet][f"{col_letter(col + 1)}{row + 1}"] = (BIFF_NAMES[rt], value)
    return {"sheets": sheets, "sst": sst, "sst_total": total, "sst_continues": continues, "cells": cells}


def xls_raw(x: float) -> str:
    """The stored double as text: an integer as its digits, otherwise the shortest form that gives
    the double back (Python's repr): 13812345678, 39449, 4.3010420160821754e+17."""
    return str(int(x)) if x.is_integer() and abs(x) < 1e16 else repr(x)


def sst_summary(b: dict) -> dict:
    """What EXPECTED.json says of the SST: its records and the strings that straddle a boundary."""
    where = {}
    for sheet, cs in b["cells"].items():
        for ref, (rec, v) in sorted(cs.items(), key=lambda kv: split_ref(kv[0])):
            if rec == "LABELSST":
                where.setdefault(v, (sheet, ref))
    straddling, starting = [], []
    for i, s in enumerate(b["sst"]):
        sheet, ref = where.get(i, (None, None))
        if s["start"][0] and not s["start"][1]:
            starting.append({"sst_index": i, "sheet": sheet, "cell": ref, "continue_record": s["start"][0],
                             "encoding": s["segments"][0][2]})
        if len(s["segments"]) > 1:
            straddling.append({"sst_index": i, "sheet": sheet, "cell": ref, "continue_record": s["segments"][1][0],
                               "chars_before": s["segments"][0][1], "chars": sum(n for _, n, _ in s["segments"]),
                               "encoding": "+".join(dict.fromkeys(enc for _, _, enc in s["segments"]))})
    return {"unique_strings": len(b["sst"]), "total_strings": b["sst_total"], "continue_records": b["sst_continues"],
            "straddling": straddling, "starting_a_continue": starting}


# Neutral remarks for the long sheet of xlwt_roster.xls: no cue word, no digit.
LONG_REMARK_PARTS = [
    "本周按时完成各科作业", "课堂纪律良好", "积极参加课外活动", "数学单元测验有进步", "英语听写需加强",
    "语文阅读理解较好", "值日工作认真负责", "体育课表现积极", "午休时间能保持安静", "参加了学校合唱排练",
    "实验课操作规范", "书写工整清楚", "上课注意力较集中", "需要提高作业速度", "主动帮助同学",
    "参加科技兴趣小组", "美术作品入选展览", "课间活动遵守秩序", "按时到校从不迟到", "阅读笔记完成较好",
    "物理作业订正及时", "化学实验报告完整", "历史课发言积极", "地理知识掌握扎实", "生物观察日记认真",
    "音乐课表现活跃", "劳动课积极参与", "团队合作意识较强", "自主学习能力提升", "错题整理习惯良好",
]
LONG_ASCII_PARTS = ["homework checked", "seating plan updated", "library books returned", "lab safety briefing done",
                    "reading log complete", "sports day rehearsal", "choir practice attended", "timetable reviewed",
                    "art project handed in", "field trip form signed", "desk moved", "notes copied", "quiz retaken",
                    "locker cleaned", "bus pass renewed", "uniform ordered"]
LONG_REMARK_UNITS = 25  # UTF-16 code units of every remark of the long sheet (50 bytes, as the ASCII ones)


def long_remarks(n: int, rng: random.Random) -> list[str]:
    """n distinct remarks of whole phrases, LONG_REMARK_UNITS characters each (Chinese: stored as UTF-16)."""
    out, seen = [], set()
    while len(out) < n:
        s = "，".join(rng.sample(LONG_REMARK_PARTS, rng.choice((3, 4)))) + "。"
        if len(s) == LONG_REMARK_UNITS and s not in seen:
            seen.add(s)
            out.append(s)
    return out


def ascii_remark(rng: random.Random, tail: str = "") -> str:
    """A remark of whole phrases in 2 * LONG_REMARK_UNITS Latin-1 characters (stored 8-bit: 50 bytes too)."""
    while True:
        s = ", ".join(rng.sample(LONG_ASCII_PARTS, rng.choice((2, 3, 4)))) + tail + "."
        if len(s) == 2 * LONG_REMARK_UNITS:
            return s[0].upper() + s[1:]


# Whole phrases of each length (0 to 13 characters), before and after a planted value.
PLANT_BEFORE = ["", "新", "更正", "已核实", "已核实，", "家访后更正", "家访后已核实", "家访时已核实，", "本次家访后已核实",
                "本次家访后已核实，", "本学期家访后已核实，", "本学期第二次家访已核实", "本学期第二次家访已核实，",
                "本学期第二次家访后已核实，"]
PLANT_AFTER = ["", "。", "无误", "，无误", "，已核对", "，请核对。", "，已通知家长", "，已通知家长。", "，请班主任核对。",
               "，请班主任及时核对", "，请班主任再次核对。", "，请班主任核对后签字。", "，请班主任核对后签字确认",
               "，请班主任核对后签字确认。"]


def planted_remark(cue: str, value: str, split: int | None = None) -> str | None:
    """cue + value inside neutral text, LONG_REMARK_UNITS characters in all. With split, the value is
    placed so that its characters run across position `split` (the place a CONTINUE record cuts the
    string); None where it cannot be."""
    assert all(len(t) == i for i, t in enumerate(PLANT_BEFORE)) and all(len(t) == i for i, t in enumerate(PLANT_AFTER))
    pad = LONG_REMARK_UNITS - len(cue) - len(value)
    a = pad // 2
    if split is not None:
        a = max(0, min(pad, split - len(value) // 2 - len(cue)))
        start = a + len(cue)
        if not start < split < start + len(value):
            return None
    s = PLANT_BEFORE[a] + cue + value + PLANT_AFTER[pad - a]
    assert len(s.encode("utf-16-le")) == 2 * LONG_REMARK_UNITS, s
    return s


def make_xlwt_roster(V: Values, E: Expected) -> bytes:
    """A roster written by xlwt (BIFF8): shared strings over several CONTINUE records, strings stored
    8-bit and UTF-16, IDs and mobiles in number cells, date cells, a hidden sheet."""
    import xlwt
    gr = V.gr
    e = E.workbook("xlwt_roster.xls", f"xlwt {PINS['xlwt']} (BIFF8 in an OLE compound file)",
                   note=("BIFF8 records in the Workbook stream of an OLE compound file. The shared string table "
                         "(SST) holds every string of the three sheets and runs over several CONTINUE records "
                         "(xlwt fills each record to 8224 bytes); strings straddle the boundaries (`sst` lists "
                         "them, `sst_split` gives the two parts of a planted value cut by one): the part in the "
                         "next record starts with an option byte of its own. A string whose header does not fit "
                         "at the end of a record opens the next one, with no option byte before its header "
                         "(`starting_a_continue`, `sst_starts_continue`). Strings of Latin-1 characters are "
                         "stored 8-bit (compressed), others as UTF-16 (`sst_encoding`). Cells: LABELSST (a "
                         "string), NUMBER (a double) and RK (a number packed in 30 bits: small integers, the date "
                         "serials); `record` names the cell's record. IDs in two number cells (the double of the "
                         "18-digit ID, 17 significant digits; and the 15 digits Excel keeps), mobiles in number "
                         "cells; birth dates in date cells (YYYY-MM-DD, a format with 年月日, and built-in format "
                         "14); sheet 家长联系 is hidden (BOUNDSHEET hsState 1). For number cells `raw` is the "
                         "stored double as text: its digits when it is an integer below 10^16, otherwise the "
                         "shortest form that gives the double back."))
    h1 = ["姓名", "身份证号", "出生日期", "家长手机", "家庭电话", "电子邮箱", "资助卡号", "备注"]
    h2 = ["家长姓名", "关系", "手机"]
    h3 = ["序号", "说明"]
    e.sheet("学生信息", h1)
    e.sheet("家长联系", h2, "hidden")
    e.sheet("备注长表", h3)
    fmts = {"iso": "YYYY-MM-DD", "cn": 'YYYY"年"M"月"D"日"', "short": "M/D/YY"}
    cells: list = [[], [], []]  # per sheet: (row, col, value, format key or None), in writing order
    plan: list = []             # (sheet, ref, kind, value, storage, extra)

    def put(si: int, ref: str, value, fmt: str | None = None, kind: str | None = None, shown: str | None = None, **extra):
        r, c = split_ref(ref)
        cells[si].append((r - 1, c - 1, value, fmt))
        if kind:
            storage = "date_number" if fmt else "number" if isinstance(value, (int, float)) else "shared_string"
            plan.append((["学生信息", "家长联系", "备注长表"][si], ref, kind, shown or str(value), storage, extra))

    # 学生信息: 12 pupils
    for c, h in enumerate(h1, 1):
        put(0, f"{col_letter(c)}1", h)
    for r in range(2, 14):
        male = r % 2 == 0
        number_id = r in (6, 10)
        while True:
            sid, _, birth = V.student(digits_only=number_id, male=male)
            if not number_id:
                break
            x = float(sid) if r == 6 else float(f"{int(sid):.14e}")
            raw = xls_raw(x)
            # the stored number must not spell a valid ID, however a reader writes it out
            if str(int(x)) != sid and not gr.is_valid_id18(str(int(x))) \
                    and not gr.is_valid_id18(trunc(raw)["stored_digits"].ljust(18, "0")):
                break
        put(0, f"A{r}", V.name())
        if r == 6:
            put(0, f"B{r}", x, kind="cn_id_truncated", shown=sid, raw=raw, **trunc(raw),
                note="ws.write(float(id)): the double nearest the 18-digit ID (a NUMBER record)")
        elif r == 10:
            put(0, f"B{r}", x, kind="cn_id_truncated", shown=sid, raw=raw, **trunc(raw),
                note="the 15 significant digits Excel keeps of an 18-digit number typed in")
        else:
            put(0, f"B{r}", sid, kind="cn_id")
        fk = "cn" if r in (4, 9) else "short" if r == 7 else "iso"
        put(0, f"C{r}", birth, fk, kind="birth_date", shown=birth.isoformat(), raw=str(excel_serial(birth)),
            number_format=fmts[fk] if fk != "short" else "numFmtId 14")
        if r in (3, 5, 8, 11):
            m = V.mobile()
            put(0, f"D{r}", int(m), kind="mobile", shown=m, raw=m, note="ws.write(int)")
        else:
            put(0, f"D{r}", V.mobile(plain=False), kind="mobile")
        if r % 3 == 0:
            put(0, f"E{r}", V.landline(), kind="landline")
        if r % 2 == 1:
            put(0, f"F{r}", V.email(), kind="email")
        if r in (4, 9, 13):
            put(0, f"G{r}", V.card(), kind="bank_card")
        put(0, f"H{r}", V.remark())
    # 家长联系 (hidden): 4 parents
    for c, h in enumerate(h2, 1):
        put(1, f"{col_letter(c)}1", h)
    for r in range(2, 6):
        put(1, f"A{r}", V.name())
        put(1, f"B{r}", "父亲" if r % 2 else "母亲")
        m = V.mobile()
        if r == 4:
            put(1, f"C{r}", int(m), kind="mobile", shown=m, raw=m, note="ws.write(int)")
        else:
            put(1, f"C{r}", m, kind="mobile")
    # 备注长表: 700 remarks of 25 UTF-16 units (50 bytes) or 50 Latin-1 characters (50 bytes)
    rng = random.Random(SEED + 112)
    n_rows = 700
    texts = long_remarks(n_rows, rng)
    for i in (90, 333, 612):  # pure ASCII remarks, and one Latin-1 (non-ASCII: 8-bit all the same)
        texts[i] = ascii_remark(rng, tail=", room at 21°C" if i == 333 else "")
    mobile_cues = ["家长电话", "联系电话", "家长手机", "母亲手机", "父亲电话", "手机"]
    todo = [("mobile", cue, V.mobile()) for cue in mobile_cues] + [("cn_id", "身份证号", V.student()[0]) for _ in range(3)]
    todo = [todo[i] for i in (0, 6, 1, 2, 7, 3, 4, 8, 5)]  # mobile, ID, mobile, mobile, ID, ...
    planted3: dict = {}  # row index in texts -> (kind, value)

    def render() -> "xlwt.Workbook":
        wb = xlwt.Workbook(encoding="utf-8")
        styles = {k: xlwt.easyxf(num_format_str=v) for k, v in fmts.items()}
        sheets = [wb.add_sheet(n) for n in ("学生信息", "家长联系", "备注长表")]
        sheets[1].visibility = 1
        for ws, cs in zip(sheets, cells):
            for r, c, v, f in cs:
                ws.write(r, c, v, styles[f]) if f else ws.write(r, c, v)
        ws = sheets[2]
        ws.write(0, 0, h3[0])
        ws.write(0, 1, h3[1])
        for i, t in enumerate(texts):
            ws.write(i + 1, 0, i + 1)
            ws.write(i + 1, 1, t)
        return wb

    def layout() -> tuple[list, list]:
        """The long sheet's strings on a boundary: [(row index in texts, characters before the
        boundary)] of those that straddle one, [row index] of those that start a CONTINUE record."""
        b = read_biff(render().get_biff_data())
        first = len(b["sst"]) - n_rows  # the long sheet's remarks are the last strings of the SST
        assert [s["text"] for s in b["sst"][first:]] == texts
        rows = list(enumerate(b["sst"][first:]))
        return ([(i, s["segments"][0][1]) for i, s in rows if len(s["segments"]) > 1],
                [i for i, s in rows if s["start"][0] and not s["start"][1]])

    def straddlers() -> list:
        return layout()[0]

    # Put planted values (and an ASCII remark) on the boundaries, the value's digits across each cut,
    # one boundary at a time (an 8-bit string may move the later boundaries by a byte).
    wanted = ["mobile", "cn_id", "8bit", "mobile", "cn_id", "mobile"]
    for j, want in enumerate(wanted):
        s = straddlers()
        if j >= len(s):
            break
        row, k = s[j]
        if want == "8bit":
            texts[row] = ascii_remark(rng)
            continue
        # the kind wanted here, else the other one, if its digits can run across the cut
        for n, (kind, cue, value) in sorted(enumerate(todo), key=lambda t: t[1][0] != want):
            t = planted_remark(cue, value, split=k)
            if t:
                texts[row] = t
                planted3[row] = (kind, value)
                del todo[n]
                break
    # the next ones in the UTF-16 strings that start a CONTINUE record (no option byte before them),
    # the others spread over the sheet, away from the boundaries (swapping strings of the same length
    # and encoding leaves the records as they are)
    for row in layout()[1]:
        if todo and row not in planted3 and not texts[row].isascii():
            kind, cue, value = todo.pop(0)
            texts[row] = planted_remark(cue, value)
            planted3[row] = (kind, value)
    straddling, starting = layout()
    used = set(planted3) | {row for row, _ in straddling} | set(starting) | {90, 333, 612}
    for n, (kind, cue, value) in enumerate(todo):
        row = int((n + 0.5) * n_rows / len(todo))
        while any(abs(row - u) < 3 for u in used):
            row += 3
        texts[row] = planted_remark(cue, value)
        planted3[row] = (kind, value)
        used.add(row)
    for row, (kind, value) in sorted(planted3.items()):
        plan.append(("备注长表", f"B{row + 2}", kind, value, "shared_string", {}))

    buf = io.BytesIO()
    render().save(buf)
    data = buf.getvalue()
    b = read_biff(data)
    summary = sst_summary(b)
    if not summary["continue_records"] or not summary["straddling"]:
        raise SystemExit("xlwt_roster.xls: the SST does not run over CONTINUE records with a string across a boundary")
    sst = b["sst"]
    for sheet, ref, kind, value, storage, extra in plan:
        rec, v = b["cells"][sheet][ref]
        if storage == "shared_string":
            segs = sst[v]["segments"]
            extra = dict(extra, sst_encoding="+".join(dict.fromkeys(enc for _, _, enc in segs)))
            if len(segs) > 1:
                text, k = sst[v]["text"], segs[0][1]
                i = text.index(value)
                if i < k < i + len(value):
                    extra["sst_split"] = [value[:k - i], value[k - i:]]
            if sst[v]["start"][0] and not sst[v]["start"][1]:
                extra["sst_starts_continue"] = sst[v]["start"][0]
        e.add(sheet, ref, kind, value, storage, record=rec, **extra)
    for s in summary["straddling"] + summary["starting_a_continue"]:
        listed = [f for f in e.findings if (f["sheet"], f["cell"]) == (s["sheet"], s["cell"])]
        s["planted"] = listed[0]["kind"] if listed else None
    e.extra["sst"] = summary
    return data


def make_html_export(V: Values, E: Expected) -> bytes:
    rows = []
    for i in range(1, 4):
        sid, _, _ = V.student()
        rows.append((str(i), V.name(), sid, V.mobile()))
    lines = [
        '<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel" '
        'xmlns="http://www.w3.org/TR/REC-html40">',
        '<head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">',
        "<!--[if gte mso 9]><xml><x:ExcelWorkbook><x:ExcelWorksheets><x:ExcelWorksheet><x:Name>学生名单</x:Name>"
        "<x:WorksheetOptions><x:DisplayGridlines/></x:WorksheetOptions></x:ExcelWorksheet></x:ExcelWorksheets>"
        "</x:ExcelWorkbook></xml><![endif]-->",
        "<style>td.txt{mso-number-format:\"\\@\";}</style>",
        "</head>",
        "<body>",
        '<table border="1">',
        "<tr><th>序号</th><th>姓名</th><th>身份证号</th><th>家长手机</th></tr>",
    ]
    findings = []
    for r in rows:
        line = f'<tr><td>{r[0]}</td><td>{r[1]}</td><td class="txt">{r[2]}</td><td class="txt">{r[3]}</td></tr>'
        lines.append(line)
        for kind, v, column, field in (("cn_id", r[2], 3, "身份证号"), ("mobile", r[3], 4, "家长手机")):
            findings.append({"kind": kind, "line": len(lines), "column": column, "field": field, "value": v})
    lines += ["</table>", "</body>", "</html>"]
    E.files["html_export.xls"] = TextEntry(
        "the script (the HTML that web systems send as 'Excel': Excel opens it, with a warning)",
        category="misnamed_text", encoding="utf-8", line_ending="crlf",
        note="not OLE nor zip: an HTML page, read by content as HTML, its table cell by cell; "
             "line: 1-based line, column: 1-based table column, field: the column's header",
        counts={k: sum(1 for f in findings if f["kind"] == k) for k in KINDS}, findings=findings)
    return ("\r\n".join(lines) + "\r\n").encode("utf-8")


def make_csv_export(V: Values, E: Expected) -> bytes:
    header = ["序号", "姓名", "身份证号", "联系电话", "备注"]
    lines = [",".join(header)]
    findings = []
    for i in range(1, 4):
        sid, _, _ = V.student()
        m = V.mobile()
        row = [str(i), V.name(), sid, m, V.remark().replace("，", " ") or "无"]
        line = ",".join(row)
        lines.append(line)
        for kind, col in (("cn_id", 3), ("mobile", 4)):
            v = row[col - 1]
            findings.append({"kind": kind, "line": len(lines), "column": col, "field": header[col - 1], "value": v,
                             "char_column": line.index(v) + 1})
    E.files["csv_export.xlsx"] = TextEntry(
        "the script (UTF-8 CSV with a BOM, saved under an .xlsx name)", category="misnamed_text",
        encoding="utf-8-sig", line_ending="lf",
        note=("not a zip: CSV text, read as text by content. column: the CSV field number (if read as CSV), "
              "char_column: the character column (if read as plain text)"),
        counts={k: sum(1 for f in findings if f["kind"] == k) for k in KINDS}, findings=findings)
    return b"\xef\xbb\xbf" + ("\n".join(lines) + "\n").encode("utf-8")


def make_corrupt_crc(V: Values, E: Expected) -> bytes:
    src, ids = make_small_workbook(V)
    member = "xl/worksheets/sheet1.xml"
    data = bytearray(rezip(src, stored={member}))
    with zipfile.ZipFile(io.BytesIO(bytes(data))) as z:
        zi = z.getinfo(member)
    # the data of a stored member starts after its local header (30 bytes + name + extra)
    name_len, extra_len = struct.unpack("<HH", data[zi.header_offset + 26:zi.header_offset + 30])
    start = zi.header_offset + 30 + name_len + extra_len
    body = bytes(data[start:start + zi.compress_size])
    i = body.index(b'<pageMargins left="0.7"') + len(b'<pageMargins left="0.')
    assert body[i:i + 1] == b"7"
    data[start + i] = ord("8")  # left="0.8": still well-formed XML, only the CRC tells
    E.files["corrupt_crc.xlsx"] = ErrorEntry(
        f"XlsxWriter {PINS['xlsxwriter']}, re-zipped with the sheet stored, one byte changed by the script",
        "crc_mismatch", member=member, byte_offset_in_member=i, byte_offset_in_file=start + i,
        note="pageMargins left=\"0.7\" became \"0.8\": the XML stays well-formed, the member's CRC-32 fails",
        planted=[{"sheet": "名单", "cell": ref, "kind": "cn_id", "value": sid} for ref, sid in ids])
    return bytes(data)


# --- Checks ---------------------------------------------------------------------------------------

PIVOT_RECORDS = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<pivotCacheRecords '
                 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="1"><r><s v="三年级二班"/>'
                 '<s v="320506200903151237"/><n v="13812345678"/></r></pivotCacheRecords>')
TEXT_BOX = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<xdr:wsDr '
            'xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" '
            'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><xdr:twoCellAnchor><xdr:sp><xdr:txBody>'
            '<a:p><a:r><a:t>家长电话 13912345678</a:t></a:r></a:p></xdr:txBody></xdr:sp></xdr:twoCellAnchor></xdr:wsDr>')
# A bar chart of marks as Excel caches its categories (the pupils' names) and the series' title.
CHART = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<c:chartSpace '
         'xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart><c:plotArea><c:barChart><c:ser>'
         '<c:tx><c:strRef><c:f>成绩!$B$1</c:f><c:strCache><c:ptCount val="1"/><c:pt idx="0"><c:v>数学</c:v></c:pt>'
         '</c:strCache></c:strRef></c:tx><c:cat><c:strRef><c:f>成绩!$A$2:$A$4</c:f><c:strCache><c:ptCount val="3"/>'
         '<c:pt idx="0"><c:v>周雨桐</c:v></c:pt><c:pt idx="1"><c:v>李浩然</c:v></c:pt><c:pt idx="2"><c:v>王一诺</c:v></c:pt>'
         '</c:strCache></c:strRef></c:cat></c:ser></c:barChart></c:plotArea></c:chart></c:chartSpace>')


def make_pivot_cache(clean: bytes) -> bytes:
    """clean.xlsx plus three parts that copy data out of sight, in the forms Excel writes: a pivot
    cache's records (kept even after the source sheet is deleted; a valid synthetic ID, a mobile),
    a drawing's text box (a mobile) and a chart's cached categories (three pupils' names). Not
    in EXPECTED.json: XLSXFixturesTests checks it."""
    with zipfile.ZipFile(io.BytesIO(clean)) as z:
        members = [(z.getinfo(n), z.read(n)) for n in z.namelist()]
    for name, text in (("xl/pivotCache/pivotCacheRecords1.xml", PIVOT_RECORDS), ("xl/drawings/drawing1.xml", TEXT_BOX),
                       ("xl/charts/chart1.xml", CHART)):
        info = zipfile.ZipInfo(name, FIXED_TIME)
        info.compress_type = zipfile.ZIP_DEFLATED
        members.append((info, text.encode("utf-8")))
    return zip_bytes(members)


def make_custom_properties(V: Values) -> bytes:
    """A clean sheet whose workbook carries custom properties (File › Properties › Custom, as a
    school system's export stamps its files): a contact's name, an ID and a mobile, written by
    XlsxWriter's set_custom_property into docProps/custom.xml. Not in EXPECTED.json:
    XLSXFixturesTests checks it."""
    import xlsxwriter
    buf = io.BytesIO()
    wb = xlsxwriter.Workbook(buf, {"in_memory": True})
    xlsxwriter_props(wb)
    sid, _, _ = V.student()
    wb.set_custom_property("联系人", V.name())
    wb.set_custom_property("学生身份证号", sid)
    wb.set_custom_property("联系电话", V.mobile())
    wb.set_custom_property("版本", "2024秋")
    ws = wb.add_worksheet("统计")
    ws.write_row(0, 0, ["年级", "人数"])
    ws.write_row(1, 0, ["七年级", 312])
    wb.close()
    return rezip(buf.getvalue(), patches={"docProps/core.xml": fix_core_dates}, fixed_time=True)


def make_dropdown_names(V: Values) -> bytes:
    """A blank sign-up template whose dropdown (a data validation's list) offers the pupils'
    names, and whose defined names hold the person in charge and her mobile (Formulas › Name
    Manager): no cell shows either. Written by XlsxWriter (data_validation, define_name). Not
    in EXPECTED.json: XLSXFixturesTests checks it."""
    import xlsxwriter
    buf = io.BytesIO()
    wb = xlsxwriter.Workbook(buf, {"in_memory": True})
    xlsxwriter_props(wb)
    ws = wb.add_worksheet("报名表")
    ws.write_row(0, 0, ["姓名", "项目", "备注"])
    ws.data_validation("A2:A40", {"validate": "list", "source": [V.name() for _ in range(4)]})
    ws.data_validation("B2:B40", {"validate": "list", "source": ["跳绳", "踢毽子", "拔河"]})
    wb.define_name("负责人", f'="{V.name()}"')
    wb.define_name("负责人电话", f'="{V.mobile()}"')
    wb.define_name("名单区域", "=报名表!$A$2:$A$40")
    wb.close()
    return rezip(buf.getvalue(), patches={"docProps/core.xml": fix_core_dates}, fixed_time=True)


def make_overwritten_cells(V: Values) -> bytes:
    """A template filled by a script that then blanked its rows (XlsxWriter writes each string
    to the shared string table when it is written, and keeps it when the cell is written again):
    the old pupil's name, ID and mobile stay in xl/sharedStrings.xml, used by no cell. Not in
    EXPECTED.json: XLSXFixturesTests checks it."""
    import xlsxwriter
    buf = io.BytesIO()
    wb = xlsxwriter.Workbook(buf, {"in_memory": True})
    xlsxwriter_props(wb)
    ws = wb.add_worksheet("名单")
    ws.write_row(0, 0, ["姓名", "身份证号", "家长手机"])
    sid, _, _ = V.student()
    ws.write_row(1, 0, [V.name(), sid, V.mobile()])
    ws.write_row(1, 0, ["（已清除）", "（已清除）", "（已清除）"])
    wb.close()
    return rezip(buf.getvalue(), patches={"docProps/core.xml": fix_core_dates}, fixed_time=True)


def make_case_names(xw: bytes) -> bytes:
    """xlsxwriter_roster.xlsx with zip names in another case than its relationships give them
    (part names compare case-insensitively, ECMA-376 Part 2, 9.1.1.1). Not in EXPECTED.json:
    XLSXFixturesTests expects the findings of xlsxwriter_roster.xlsx."""
    renames = {"xl/sharedStrings.xml": "xl/SharedStrings.xml", "xl/worksheets/sheet1.xml": "xl/Worksheets/Sheet1.xml"}
    with zipfile.ZipFile(io.BytesIO(xw)) as z:
        members = []
        for info in z.infolist():
            ni = zipfile.ZipInfo(renames.get(info.filename, info.filename), FIXED_TIME)
            ni.compress_type = info.compress_type
            members.append((ni, z.read(info)))
    return zip_bytes(members)


def make_xlsb_like() -> bytes:
    """The package structure of an .xlsb (Excel's binary workbook): relationships lead to
    xl/workbook.bin, whose BIFF12 records no writer here can make; the content is a stand-in.
    Not in EXPECTED.json: XLSXFixturesTests expects the .xlsb refusal."""
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships '
            'xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" '
            'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
            'Target="xl/workbook.bin"/></Relationships>')
    members = []
    for name, body in (("_rels/.rels", rels.encode()), ("xl/workbook.bin", bytes(range(256)))):
        info = zipfile.ZipInfo(name, FIXED_TIME)
        info.compress_type = zipfile.ZIP_DEFLATED
        members.append((info, body))
    return zip_bytes(members)


def read_cells(z: zipfile.ZipFile) -> dict:
    """{sheet name: {ref: (t, raw <v> text or None, text of a string cell or None)}} from the XML."""
    rels = {}
    root = ET.fromstring(z.read("xl/_rels/workbook.xml.rels"))
    for r in root:
        rels[r.get("Id")] = r.get("Target")
    sst = []
    if "xl/sharedStrings.xml" in z.namelist():
        for si in ET.fromstring(z.read("xl/sharedStrings.xml")).iter(NS + "si"):
            sst.append("".join(t.text or "" for t in si.iter(NS + "t")))
    wbx = ET.fromstring(z.read("xl/workbook.xml"))
    out = {}
    rid = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"
    for s in wbx.iter(NS + "sheet"):
        target = rels[s.get(rid)].lstrip("/")
        path = target if target.startswith("xl/") else "xl/" + target
        cells = {}
        row_no = 0
        for row in ET.fromstring(z.read(path)).iter(NS + "row"):
            row_no = int(row.get("r")) if row.get("r") else row_no + 1
            col = 0
            for c in row.iter(NS + "c"):
                if c.get("r"):
                    rr, col = split_ref(c.get("r"))
                    assert rr == row_no
                else:
                    col += 1
                t = c.get("t", "n")
                v = c.find(NS + "v")
                raw = v.text if v is not None else None
                text = None
                if t == "s":
                    text = sst[int(raw)]
                elif t == "inlineStr":
                    text = "".join(x.text or "" for x in c.find(NS + "is").iter(NS + "t"))
                elif t == "str":
                    text = raw
                cells[f"{col_letter(col)}{row_no}"] = (t, raw, text)
        out[s.get("name")] = cells
    return out


def column_header(ws, col: int):
    """A column's `field` (README): the header row is the sheet's first row of two non-empty cells. When a
    title there is merged over several columns (学生信息 over B2:E2), the row under it holds the labels and a
    column is named after both, '学生信息/身份证号': the title over it (a merged title names each column it
    covers) and its label; a cell merged down both rows (序号 over A2:A3) keeps its own text."""
    top = next(r for r in range(1, ws.max_row + 1)
               if sum(ws.cell(r, c).value is not None for c in range(1, ws.max_column + 1)) >= 2)
    spans = [m for m in ws.merged_cells.ranges if m.min_row <= top <= m.max_row]
    over = next((m for m in spans if m.min_col <= col <= m.max_col), None)
    title = ws.cell(top, over.min_col if over else col).value
    if not any(m.min_row == top and m.max_col > m.min_col for m in spans):
        return title
    label = ws.cell(top + 1, col).value
    return title if label is None else label if title is None else f"{title}/{label}"


def check_workbook(path: str, entry: dict, problems: list) -> None:
    import openpyxl
    name = os.path.basename(path)
    with zipfile.ZipFile(path) as z:
        bad = z.testzip()
        if bad:
            problems.append(f"{name}: CRC fails in {bad}")
        cells = read_cells(z)
    wb = openpyxl.load_workbook(path)
    states = {ws.title: ws.sheet_state for ws in wb.worksheets}
    for s in entry.get("sheets", []):
        if states.get(s["name"]) != s["state"]:
            problems.append(f"{name}: sheet {s['name']} state {states.get(s['name'])}, expected {s['state']}")
    storage_types = {"shared_string": "s", "rich_shared_string": "s", "inline_string": "inlineStr",
                     "rich_inline_string": "inlineStr", "number": "n", "date_number": "n", "formula_str_cached": "str"}
    listed = {}
    for f in entry["findings"] + entry["organisational"]:
        listed.setdefault((f["sheet"], f["cell"]), []).append(f)
        ws = wb[f["sheet"]]
        cell = ws[f["cell"]]
        row, col = split_ref(f["cell"])
        hidden = (ws.sheet_state != "visible" or bool(ws.row_dimensions[row].hidden)
                  or bool(ws.column_dimensions[col_letter(col)].hidden))
        if hidden != f["hidden"]:
            problems.append(f"{name}: {f['sheet']}!{f['cell']} hidden is {hidden} in openpyxl, {f['hidden']} listed")
        header = column_header(ws, col)
        if header != f["field"]:
            problems.append(f"{name}: {f['sheet']}!{f['cell']} header {header!r}, listed {f['field']!r}")
        if f["part"] == "comment":
            if cell.comment is None or f["value"] not in cell.comment.text:
                problems.append(f"{name}: no comment holding {f['value']} at {f['sheet']}!{f['cell']}")
            continue
        t, raw, text = cells[f["sheet"]].get(f["cell"], (None, None, None))
        if t != storage_types[f["storage"]]:
            problems.append(f"{name}: {f['sheet']}!{f['cell']} has t={t}, storage {f['storage']} listed")
        if "raw" in f and raw != f["raw"]:
            problems.append(f"{name}: {f['sheet']}!{f['cell']} <v>{raw}</v>, listed raw {f['raw']}")
        if f["storage"] in ("number", "date_number"):
            if f["kind"] == "cn_id_truncated":
                from decimal import Decimal
                want = f["stored_digits"]
                if abs(int(Decimal(raw)) - int(f["value"])) > 10 ** (19 - len(want)) or f["value"][:14] != want[:14]:
                    problems.append(f"{name}: {f['sheet']}!{f['cell']} raw {raw} does not keep {want}")
            elif f["storage"] == "number" and int(float(raw)) != int(f["value"]) and raw != f["value"]:
                problems.append(f"{name}: {f['sheet']}!{f['cell']} raw {raw} is not {f['value']}")
            if f["storage"] == "date_number":
                v = cell.value
                if not hasattr(v, "year") or v.date().isoformat() != f["value"]:
                    problems.append(f"{name}: {f['sheet']}!{f['cell']} openpyxl reads {v!r}, not the date {f['value']}")
        elif f["value"] not in (text or ""):
            problems.append(f"{name}: {f['sheet']}!{f['cell']} holds {text!r}, not {f['value']}")
        ov = cell.value
        ov = "".join(str(x) for x in ov) if hasattr(ov, "__iter__") and not isinstance(ov, str) else ov
        if f["storage"] not in ("number", "date_number", "formula_str_cached") and f["value"] not in str(ov):
            problems.append(f"{name}: openpyxl reads {f['sheet']}!{f['cell']} as {ov!r}, not {f['value']}")
    # Nothing unlisted that looks like a value: 11+ digit runs, '@', area-code landline forms.
    suspicious = re.compile(r"\d{11,}|@|\(0\d{2,3}\)|0\d{2,3}-\d{7,8}|\d\.\d+E\+?\d+", re.I)
    for sheet, cs in cells.items():
        for ref, (t, raw, text) in cs.items():
            s = (text if text is not None else raw or "").replace(" ", "").replace("-", "")
            s2 = text if text is not None else raw or ""
            decoy = (sheet, ref) in {(d["sheet"], d["cell"]) for d in entry.get("not_findings", [])}
            if (suspicious.search(s) or suspicious.search(s2)) and (sheet, ref) not in listed and not decoy:
                problems.append(f"{name}: {sheet}!{ref} = {s2!r} looks like a value but is not listed")


def check_xls(path: str, entry: dict, problems: list) -> None:
    """A .xls against its entry, read twice: by xlrd and by read_biff (this script's own records loop
    over the Workbook stream that olefile gives), which must agree cell for cell."""
    import xlrd
    name = os.path.basename(path)
    data = open(path, "rb").read()
    if not data.startswith(bytes.fromhex("D0CF11E0A1B11AE1")):
        problems.append(f"{name}: not an OLE compound file")
        return
    b = read_biff(data)
    summary = sst_summary(b)
    listed_sst = dict(entry.get("sst", {}))
    for key in ("straddling", "starting_a_continue"):
        listed_sst[key] = [{k: v for k, v in s.items() if k != "planted"} for s in listed_sst.get(key, [])]
    if summary != listed_sst:
        problems.append(f"{name}: the SST is {summary}, EXPECTED.json says {entry.get('sst')}")
    book = xlrd.open_workbook(path, formatting_info=True)
    states = {0: "visible", 1: "hidden", 2: "veryHidden"}
    if [(s.name, states[s.visibility]) for s in book.sheets()] != b["sheets"]:
        problems.append(f"{name}: xlrd reads sheets {[(s.name, s.visibility) for s in book.sheets()]}, not {b['sheets']}")
    if [(s["name"], s["state"]) for s in entry.get("sheets", [])] != b["sheets"]:
        problems.append(f"{name}: sheets {b['sheets']}, listed {entry.get('sheets')}")
    # the two readers agree on every cell
    texts = {}
    for sh in book.sheets():
        ours = b["cells"][sh.name]
        theirs = {f"{col_letter(c + 1)}{r + 1}": sh.cell(r, c) for r in range(sh.nrows) for c in range(sh.ncols)
                  if sh.cell_type(r, c) != xlrd.XL_CELL_EMPTY}
        if set(ours) != set(theirs):
            problems.append(f"{name}: {sh.name}: cells {sorted(set(ours) ^ set(theirs))} seen by one reader only")
        for ref, cell in theirs.items():
            rec, v = ours.get(ref, (None, None))
            if rec == "LABELSST":
                text = b["sst"][v]["text"]
                if cell.ctype != xlrd.XL_CELL_TEXT or cell.value != text:
                    problems.append(f"{name}: {sh.name}!{ref}: xlrd {cell.value!r}, records {text!r}")
                texts[(sh.name, ref)] = text
            elif rec in ("NUMBER", "RK", "MULRK"):
                if cell.ctype not in (xlrd.XL_CELL_NUMBER, xlrd.XL_CELL_DATE) or cell.value != v:
                    problems.append(f"{name}: {sh.name}!{ref}: xlrd {cell.value!r}, records {v!r}")
                texts[(sh.name, ref)] = xls_raw(v)
    listed = set()
    for f in entry["findings"] + entry["organisational"]:
        listed.add((f["sheet"], f["cell"]))
        where = f"{f['sheet']}!{f['cell']}"
        sh = book.sheet_by_name(f["sheet"])
        row, col = split_ref(f["cell"])
        hidden = sh.visibility != 0
        if hidden != f["hidden"]:
            problems.append(f"{name}: {where} hidden is {hidden} in xlrd, {f['hidden']} listed")
        if sh.cell_value(0, col - 1) != f["field"]:
            problems.append(f"{name}: {where} header {sh.cell_value(0, col - 1)!r}, listed {f['field']!r}")
        if row > sh.nrows or col > sh.ncols:
            problems.append(f"{name}: no cell {where}")
            continue
        cell = sh.cell(row - 1, col - 1)
        rec, v = b["cells"][f["sheet"]].get(f["cell"], (None, None))
        if rec != f["record"]:
            problems.append(f"{name}: {where} is a {rec} record, {f['record']} listed")
        if f["storage"] == "shared_string":
            segs = b["sst"][v]["segments"] if rec == "LABELSST" else []
            enc = "+".join(dict.fromkeys(e for _, _, e in segs))
            if cell.ctype != xlrd.XL_CELL_TEXT or f["value"] not in cell.value:
                problems.append(f"{name}: {where} holds {cell.value!r}, not {f['value']}")
            if enc != f["sst_encoding"]:
                problems.append(f"{name}: {where} is stored {enc}, {f['sst_encoding']} listed")
            if "sst_split" in f:
                text, k = b["sst"][v]["text"], segs[0][1]
                i = text.index(f["value"])
                if len(segs) < 2 or [f["value"][:k - i], f["value"][k - i:]] != f["sst_split"]:
                    problems.append(f"{name}: {where} is not cut {f['sst_split']} by a CONTINUE")
            if "sst_starts_continue" in f and b["sst"][v]["start"] != (f["sst_starts_continue"], 0):
                problems.append(f"{name}: {where} does not start CONTINUE record {f['sst_starts_continue']}")
            continue
        if xls_raw(v) != f["raw"]:
            problems.append(f"{name}: {where} stores {xls_raw(v)}, listed raw {f['raw']}")
        if f["storage"] == "date_number":
            xf = book.xf_list[sh.cell_xf_index(row - 1, col - 1)]
            fmt = book.format_map[xf.format_key].format_str
            want = f["number_format"]
            if want.startswith("numFmtId ") and xf.format_key != int(want.split()[1]) \
                    or not want.startswith("numFmtId ") and fmt != want:
                problems.append(f"{name}: {where} format {xf.format_key} {fmt!r}, listed {want}")
            if cell.ctype != xlrd.XL_CELL_DATE or \
                    dt.date(*xlrd.xldate_as_tuple(cell.value, book.datemode)[:3]).isoformat() != f["value"]:
                problems.append(f"{name}: {where} xlrd reads {cell.value!r} (type {cell.ctype}), not the date {f['value']}")
        elif cell.ctype != xlrd.XL_CELL_NUMBER:
            problems.append(f"{name}: {where} is not a number cell in xlrd")
        elif f["kind"] == "cn_id_truncated":
            # within half a unit of the 15th digit (Excel's rounding; the double itself is within 32)
            if abs(int(v) - int(f["value"])) > 500 or str(int(v)) == f["value"]:
                problems.append(f"{name}: {where} holds {v!r}: not the ID {f['value']} short of digits")
        elif int(v) != int(f["value"]):
            problems.append(f"{name}: {where} holds {v!r}, not {f['value']}")
    suspicious = re.compile(r"\d{11,}|@|\(0\d{2,3}\)|0\d{2,3}-\d{7,8}|\d\.\d+E\+?\d+", re.I)
    for (sheet, ref), s2 in texts.items():
        s = s2.replace(" ", "").replace("-", "")
        if (suspicious.search(s) or suspicious.search(s2)) and (sheet, ref) not in listed:
            problems.append(f"{name}: {sheet}!{ref} = {s2!r} looks like a value but is not listed")


def check_all(outdir: str, expected: dict) -> list:
    import openpyxl
    problems = []
    for name, entry in expected["files"].items():
        path = os.path.join(outdir, name)
        size = os.path.getsize(path)
        if size > 200 * 1024:
            problems.append(f"{name}: {size} bytes, over 200 KB")
        if entry["outcome"] == "findings":
            (check_xls if name.endswith(".xls") else check_workbook)(path, entry, problems)
            continue
        if entry["outcome"] == "text":
            data = open(path, "rb").read()
            text = data.decode("utf-8-sig")
            lines = re.split(r"\r?\n", text)
            html = text.lstrip().startswith("<")

            def fields(line: str) -> list:  # `column` counts the table's cells (HTML) or the CSV fields
                return re.findall(r"<t[dh]\b[^>]*>(.*?)</t[dh]>", line) if html else line.split(",")
            header = next(fields(x) for x in lines if len(fields(x)) >= 2)
            for f in entry["findings"]:
                line = lines[f["line"] - 1]
                col = f["column"]
                cell, head = (fields(line) + [None] * col)[col - 1], (header + [None] * col)[col - 1]
                if cell != f["value"]:
                    problems.append(f"{name}: {f['value']} not at line {f['line']} column {col}")
                if head != f["field"]:
                    problems.append(f"{name}: line {f['line']} column {col} header {head!r}, listed {f['field']!r}")
                col = f.get("char_column")
                if col and line[col - 1:col - 1 + len(f["value"])] != f["value"]:
                    problems.append(f"{name}: {f['value']} not at line {f['line']} character column {col}")
            if data[:4] == b"PK\x03\x04" or b"\x00" in data:
                problems.append(f"{name}: not text")
            continue
        cat = entry["error"]
        data = open(path, "rb").read()
        if cat == "corrupt_zip":
            try:
                zipfile.ZipFile(path)
                problems.append(f"{name}: opens as a zip")
            except zipfile.BadZipFile:
                pass
        elif cat == "not_a_workbook":
            if not data.startswith(b"\x89PNG\r\n\x1a\n") or zipfile.is_zipfile(path):
                problems.append(f"{name}: not a PNG")
        elif cat == "encrypted":
            if not data.startswith(bytes.fromhex("D0CF11E0A1B11AE1")):
                problems.append(f"{name}: not an OLE compound file")
        elif cat == "crc_mismatch":
            with zipfile.ZipFile(path) as z:
                if z.testzip() != entry["member"]:
                    problems.append(f"{name}: CRC of {entry['member']} does not fail")
        elif cat == "zip_bomb":
            with zipfile.ZipFile(path) as z:
                if z.testzip():
                    problems.append(f"{name}: CRC fails")
            if entry["ratio"] < 500:
                problems.append(f"{name}: ratio only {entry['ratio']}")
        elif cat == "xml_dtd":
            with zipfile.ZipFile(path) as z:
                if b"<!ENTITY lol9" not in z.read(entry["member"]):
                    problems.append(f"{name}: no DTD")
            try:  # openpyxl refuses it (defusedxml-like check in its reader) or leaves the entity alone
                openpyxl.load_workbook(path)
            except Exception:
                pass
    # the encrypted workbook decrypts back to openpyxl_roster.xlsx
    import msoffcrypto
    with open(os.path.join(outdir, "encrypted.xlsx"), "rb") as f:
        of = msoffcrypto.OfficeFile(f)
        of.load_key(password="test")
        dec = io.BytesIO()
        of.decrypt(dec)
    if dec.getvalue() != open(os.path.join(outdir, "openpyxl_roster.xlsx"), "rb").read():
        problems.append("encrypted.xlsx does not decrypt to openpyxl_roster.xlsx")
    return problems


# --- Main -----------------------------------------------------------------------------------------

def build(outdir: str) -> dict:
    sys.path.insert(0, HERE)
    import generate_roster as gr
    gr.POOLS = gr.Pools()
    E = Expected()
    os.makedirs(outdir, exist_ok=True)

    def write(name: str, data: bytes) -> None:
        with open(os.path.join(outdir, name), "wb") as f:
            f.write(data)

    roster = make_openpyxl_roster(Values(gr, SEED + 100), E)
    write("openpyxl_roster.xlsx", roster)
    xw = make_xlsxwriter_roster(Values(gr, SEED + 101), E)
    write("xlsxwriter_roster.xlsx", xw)
    write("case_names.xlsx", make_case_names(xw))
    write("xlsxwriter_inline.xlsx", make_xlsxwriter_inline(Values(gr, SEED + 102), E))
    clean = make_clean(Values(gr, SEED + 103), E)
    write("clean.xlsx", clean)
    write("pivot_cache.xlsx", make_pivot_cache(clean))
    write("binary_workbook.xlsb", make_xlsb_like())
    write("zip64.xlsx", make_zip64(Values(gr, SEED + 104), E))
    write("truncated.xlsx", xw[:len(xw) // 2])
    E.files["truncated.xlsx"] = ErrorEntry(
        "the first half of xlsxwriter_roster.xlsx", "corrupt_zip", bytes=len(xw) // 2, source="xlsxwriter_roster.xlsx",
        note="cut in the middle of a member: local headers at the start, no central directory, no end record")
    write("png_renamed.xlsx", make_png())
    E.files["png_renamed.xlsx"] = ErrorEntry("the script (zlib)", "not_a_workbook",
                                             note="a real 16x16 PNG image named .xlsx")
    write("bomb.xlsx", make_bomb(Values(gr, SEED + 105), E))
    write("billion_laughs.xlsx", make_billion_laughs(Values(gr, SEED + 106), E))
    write("encrypted.xlsx", make_encrypted(roster, E))
    write("legacy.xls", make_legacy_xls(Values(gr, SEED + 107), E))
    write("xlwt_roster.xls", make_xlwt_roster(Values(gr, SEED + 112), E))
    write("html_export.xls", make_html_export(Values(gr, SEED + 108), E))
    write("csv_export.xlsx", make_csv_export(Values(gr, SEED + 109), E))
    write("corrupt_crc.xlsx", make_corrupt_crc(Values(gr, SEED + 110), E))
    write("grouped_header.xlsx", make_grouped_header(Values(gr, SEED + 111), E))
    write("overwritten_cells.xlsx", make_overwritten_cells(Values(gr, SEED + 120)))
    write("custom_properties.xlsx", make_custom_properties(Values(gr, SEED + 121)))
    write("dropdown_names.xlsx", make_dropdown_names(Values(gr, SEED + 122)))
    expected = E.to_json()
    order = ["openpyxl_roster.xlsx", "xlsxwriter_roster.xlsx", "xlsxwriter_inline.xlsx", "clean.xlsx", "zip64.xlsx",
             "truncated.xlsx", "png_renamed.xlsx", "bomb.xlsx", "billion_laughs.xlsx", "encrypted.xlsx",
             "legacy.xls", "xlwt_roster.xls", "html_export.xls", "csv_export.xlsx", "corrupt_crc.xlsx", "grouped_header.xlsx"]
    expected["files"] = {n: expected["files"][n] for n in order}
    gr_dump = gr.dump_one_finding_per_line
    with open(os.path.join(outdir, "EXPECTED.json"), "w", encoding="utf-8") as f:
        f.write(gr_dump(expected))
    return expected


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", default=os.path.join(ROOT, "fixtures", "xlsx"))
    ap.add_argument("--check", action="store_true",
                    help="build into a temporary folder and compare with --out byte for byte")
    a = ap.parse_args(argv)
    ensure_writers()
    if a.check:
        tmp = tempfile.mkdtemp(prefix="xlsx-fixtures-")
        try:
            build(tmp)
            names = sorted(set(os.listdir(tmp)) | {n for n in os.listdir(a.out) if n != "README.md"})
            diff = [n for n in names if not os.path.exists(os.path.join(a.out, n))
                    or not os.path.exists(os.path.join(tmp, n))
                    or not filecmp.cmp(os.path.join(a.out, n), os.path.join(tmp, n), shallow=False)]
            if diff:
                print("differ from a fresh build:", ", ".join(diff))
                return 1
            print(f"{len(names)} files identical to a fresh build")
            return 0
        finally:
            shutil.rmtree(tmp)
    expected = build(a.out)
    problems = check_all(a.out, expected)
    for p in problems:
        print("PROBLEM:", p)
    for name, e in expected["files"].items():
        size = os.path.getsize(os.path.join(a.out, name))
        what = e["outcome"] if e["outcome"] != "error" else "error " + e["error"]
        n = len(e.get("findings", []))
        print(f"{name:<24} {size:>7} B  {what:<22} {n} findings" if n else f"{name:<24} {size:>7} B  {what}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
