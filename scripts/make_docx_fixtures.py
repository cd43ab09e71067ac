#!/usr/bin/env python3
"""Writes leakscan's Word (.docx) test fixtures into fixtures/docx/ (and their oracle, EXPECTED.json).

    python3 scripts/make_docx_fixtures.py             # rewrite fixtures/docx/ (not its README)
    python3 scripts/make_docx_fixtures.py --out DIR   # somewhere else

- notice.docx: a school notice (家长通知) as a teacher writes it: a title, running text, the class
  teacher's own mobile, the school office's landline after an organisation cue, a student named
  after 学生, a mobile split over two runs (bold first three digits), a resident ID after a tab
  (<w:tab/>), and a page header with the school's name and landline (organisational) and a footer.
- roster_table.docx: a class roster in a Word table (header row 序号 | 姓名 | 身份证号 | 出生日期 |
  家长手机 | 家庭住址, five rows; one mobile written with spaces, one address cell of two
  paragraphs), a second table whose header cell 联系方式 spans two columns (gridSpan), and a parent
  named in the running text after the tables.

All personal values are SYNTHETIC: they come from scripts/generate_roster.py's generators with a
fixed seed. Nothing is a real record.

The documents are written by python-docx, installed from PyPI at a pinned version into a virtual
environment under /tmp (created on first use; DOCX_FIXTURE_VENV overrides the place). The document
dates in docProps/core.xml and the zip member dates are fixed, so every run gives the same bytes.
After writing, the script reopens each file with python-docx and checks that every value listed in
EXPECTED.json is where it says (part, table column, column header) and that no other run of seven
or more digits is in the text.
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import os
import re
import sys
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import generate_roster as gr  # noqa: E402
import pinned_venv  # noqa: E402
import zip_dates  # noqa: E402

PINS = {"python-docx": "1.2.0", "lxml": "6.1.3"}  # lxml: python-docx's XML serialiser
VENV = os.environ.get("DOCX_FIXTURE_VENV", "/tmp/leakscan-docx-fixtures-venv")
SEED = 20261126
CREATED = dt.datetime(2024, 11, 18, 8, 30, 0)   # docProps/core.xml dcterms:created
MODIFIED = dt.datetime(2024, 11, 20, 16, 45, 0)  # docProps/core.xml dcterms:modified
FIXED_TIME = (2024, 11, 20, 16, 45, 0)           # date of every zip member
SCHOOL = "明德实验小学"
ROSTER_HEADER = ["序号", "姓名", "身份证号", "出生日期", "家长手机", "家庭住址"]
CONTACT_HEADER = ["姓名", "联系方式"]  # 联系方式 spans table columns 2 (mobile) and 3 (landline)


# --- Synthetic values -----------------------------------------------------------------------------

class Values:
    """Thin layer over generate_roster.Generator: the forms these fixtures need."""

    def __init__(self, seed: int):
        self.g = gr.Generator(seed)
        self.p = gr.POOLS
        # Children of a 2024级 primary class: born from 2017-09-01 to 2018-08-31.
        self.class_dates = [d for d in self.p.student_dates if "20170901" <= d[0] <= "20180831"]

    def name(self) -> str:
        return self.g.name()

    def mobile(self) -> str:
        """11 digits, no separators."""
        return next(m for m in iter(self.g.mobile, None) if m.isdigit() and len(m) == 11)

    def landline(self) -> str:
        """Area code, dash, local number: 0371-65501234."""
        return next(t for t in iter(self.g.landline, None) if "-" in t)

    def student(self, male: bool) -> tuple[str, str, str]:
        """(resident ID, birth date YYYY-MM-DD from the ID, home address in the ID's county)."""
        sid, prefix, di = self.g.id18(self.p.regions, self.class_dates, male)
        return sid, self.class_dates[di][2][0], prefix + self.g.rng.choice(self.p.addr_tails)


def surname(name: str) -> str:
    return name[:2] if name[:2] in gr.SURNAMES else name[0]


def spaced(mobile: str) -> str:
    """138 1234 5678."""
    return f"{mobile[:3]} {mobile[3:7]} {mobile[7:]}"


# --- Oracle ---------------------------------------------------------------------------------------

class Entry:
    """EXPECTED.json's entry for one document."""

    def __init__(self, writer: str, author: str):
        self.writer = writer
        self.metadata = {"docProps/core.xml dc:creator": author, "cp:lastModifiedBy": author}
        self.findings: list = []
        self.org: list = []

    def text(self, kind: str, value: str, part: str = "word/document.xml", org: bool = False, note: str = ""):
        f = {"kind": kind, "value": value, "part": part, "in_table": False, "table_column": None, "field": None}
        if note:
            f["note"] = note
        (self.org if org else self.findings).append(f)

    def cell(self, kind: str, value: str, column: int, field: str, note: str = ""):
        f = {"kind": kind, "value": value, "part": "word/document.xml", "in_table": True,
             "table_column": column, "field": field}
        if note:
            f["note"] = note
        self.findings.append(f)

    def to_json(self) -> dict:
        return {"writer": self.writer, "metadata": self.metadata, "findings": self.findings,
                "organisational": self.org}


# --- Documents ------------------------------------------------------------------------------------

def new_document(author: str, title: str):
    import docx
    d = docx.Document()
    cp = d.core_properties
    cp.author = cp.last_modified_by = author
    cp.title = title
    cp.created, cp.modified = CREATED, MODIFIED
    return d


def save(d) -> bytes:
    """The document's bytes, every zip member dated FIXED_TIME."""
    raw = io.BytesIO()
    d.save(raw)
    return zip_dates.redated(raw.getvalue(), FIXED_TIME)


def notice(V: Values, writer: str) -> tuple[bytes, Entry]:
    teacher = V.name()
    title = "关于举办校园读书节活动的家长通知"
    e = Entry(writer, teacher)
    d = new_document(teacher, title)
    d.add_heading(title, level=0)
    d.add_paragraph("尊敬的各位家长：")
    d.add_paragraph("为丰富学生的课余生活，培养孩子们的阅读兴趣，学校将于下周举办校园读书节活动。活动期间，各班将开展"
                    "好书推荐、读书分享会和亲子共读等活动，欢迎家长积极参与。")
    d.add_paragraph("请家长督促孩子每天坚持阅读半小时，并在阅读记录卡上签字。读书节结束后，班级将评选“书香少年”和"
                    "“书香家庭”，名单将在家长会上公布。")
    student = V.name()
    d.add_paragraph(f"学生{student}同学在上周的校级作文比赛中获得一等奖，特此表扬。")
    e.text("name", student)
    own = V.mobile()
    d.add_paragraph(f"如有疑问请联系班主任{surname(teacher)}老师，手机{own}。")
    e.text("mobile", own)
    split = V.mobile()
    p = d.add_paragraph("紧急情况请联系副班主任，手机")
    p.add_run(split[:3]).bold = True
    p.add_run(split[3:] + "。")
    e.text("mobile", split, note=f"split over two runs: '{split[:3]}' (bold) + '{split[3:]}。'")
    d.add_paragraph("参加亲子共读的学生请核对报名信息：")
    sid, _, _ = V.student(male=True)
    d.add_paragraph(f"身份证号：\t{sid}")
    e.text("cn_id", sid, note="after a <w:tab/> in the same run")
    office = V.landline()
    d.add_paragraph(f"学校办公室电话：{office}")
    e.text("landline", office, org=True)
    d.add_paragraph(f"{SCHOOL}教务处")
    section = d.sections[0]
    section.header.paragraphs[0].text = f"{SCHOOL}　电话：{office}"
    header_part = section.header.part.partname.lstrip("/")
    e.text("landline", office, part=header_part, org=True)
    section.footer.paragraphs[0].text = "第1页"
    return save(d), e


def roster_table(V: Values, writer: str) -> tuple[bytes, Entry]:
    teacher = V.name()
    title = "2024级（3）班学生信息表"
    e = Entry(writer, teacher)
    d = new_document(teacher, title)
    d.add_heading(title, level=1)
    t = d.add_table(rows=1, cols=len(ROSTER_HEADER), style="Table Grid")
    for c, h in zip(t.rows[0].cells, ROSTER_HEADER):
        c.text = h
    for i in range(1, 6):
        name = V.name()
        sid, birth, address = V.student(male=i % 2 == 1)
        mobile = V.mobile()
        shown = spaced(mobile) if i == 2 else mobile
        cells = t.add_row().cells
        for c, v in zip(cells, [str(i), name, sid, birth, shown, address]):
            c.text = v
        if i == 4:
            cells[5].add_paragraph("（租住）")
        e.cell("name", name, 2, "姓名")
        e.cell("cn_id", sid, 3, "身份证号")
        e.cell("birth_date", birth, 4, "出生日期")
        e.cell("mobile", shown, 5, "家长手机", note="written with spaces" if i == 2 else "")
        e.cell("address", address, 6, "家庭住址",
               note="first of two paragraphs in the cell; the second is '（租住）'" if i == 4 else "")
    d.add_paragraph("以下为获奖学生家长的联系方式，仅限班级内部使用，请勿外传：")
    t2 = d.add_table(rows=1, cols=3, style="Table Grid")
    head = t2.rows[0].cells
    head[0].text = CONTACT_HEADER[0]
    head[1].merge(head[2]).text = CONTACT_HEADER[1]
    for _ in range(3):
        name, mobile, landline = V.name(), V.mobile(), V.landline()
        for c, v in zip(t2.add_row().cells, [name, mobile, landline]):
            c.text = v
        e.cell("name", name, 1, "姓名")
        e.cell("mobile", mobile, 2, "联系方式", note="header cell 联系方式 has gridSpan 2")
        e.cell("landline", landline, 3, "联系方式", note="header cell 联系方式 has gridSpan 2")
    parent = V.name()
    d.add_paragraph(f"家长{parent}已签字确认。")
    e.text("name", parent)
    return save(d), e


# --- Checks ---------------------------------------------------------------------------------------

def part_texts(d) -> dict:
    """Part name -> (texts of the paragraphs outside tables, the tables as lists of rows of cell texts)."""
    body = [p.text for p in d.paragraphs]
    tables = [[[c.text for c in row.cells] for row in t.rows] for t in d.tables]
    out = {"word/document.xml": (body, tables)}
    for s in d.sections:
        for hf in (s.header, s.footer):
            out[hf.part.partname.lstrip("/")] = ([p.text for p in hf.paragraphs], [])
    return out


def check(path: str, entry: dict) -> list[str]:
    import docx
    problems = []
    with zipfile.ZipFile(path) as z:
        if z.testzip():
            problems.append(f"{path}: CRC fails")
        xml = {n: z.read(n).decode("utf-8") for n in z.namelist() if n.endswith(".xml")}
    parts = part_texts(docx.Document(path))
    listed = entry["findings"] + entry["organisational"]
    for f in listed:
        if f["part"] not in xml:
            problems.append(f"{f['value']}: no part {f['part']}")
            continue
        body, tables = parts[f["part"]]
        if f["in_table"]:
            col = f["table_column"] - 1
            if not any(t[0][col] == f["field"] and any(f["value"] in row[col].split("\n") for row in t[1:])
                       for t in tables):
                problems.append(f"{f['value']}: not in table column {f['table_column']} under {f['field']}")
        elif not any(f["value"] in p for p in body):
            problems.append(f"{f['value']}: not in a paragraph of {f['part']}")
        if "split over two runs" in f.get("note", "") and f["value"] in xml[f["part"]]:
            problems.append(f"{f['value']}: in one <w:t>")
    # No other run of 7+ digits (spaces and dashes inside allowed) anywhere in the text.
    for name, (body, tables) in parts.items():
        text = "\n".join(body + [c for t in tables for row in t for c in row])
        for f in listed:
            text = text.replace(f["value"], "")
        for m in re.finditer(r"\d[\d -]*\d", text):
            if len(re.sub(r"\D", "", m.group())) >= 7:
                problems.append(f"{name}: unlisted number {m.group()}")
    return problems


# --- Main -----------------------------------------------------------------------------------------

def build(outdir: str) -> dict:
    from importlib.metadata import version
    writer = f"python-docx {version('python-docx')}"
    gr.POOLS = gr.Pools()
    os.makedirs(outdir, exist_ok=True)
    files = {}
    for name, make, seed in [("notice.docx", notice, SEED), ("roster_table.docx", roster_table, SEED + 1)]:
        data, entry = make(Values(seed), writer)
        with open(os.path.join(outdir, name), "wb") as f:
            f.write(data)
        files[name] = entry.to_json()
    expected = {
        "note": ("Synthetic data written by scripts/make_docx_fixtures.py (values from scripts/generate_roster.py, "
                 "seed %d). 'findings' are what leakscan reports by default, 'organisational' what it adds with "
                 "--include-org. value: the exact text as written; part: the zip member holding it; in_table: in "
                 "a table cell; table_column: the 1-based grid column of the cell (null outside tables); field: "
                 "the text of the table's first-row cell over that column (null outside tables); note: how the "
                 "value is written when that is the point. metadata: the document properties (a synthetic "
                 "teacher's name), not a kind." % SEED),
        "files": files,
    }
    with open(os.path.join(outdir, "EXPECTED.json"), "w", encoding="utf-8") as f:
        f.write(gr.dump_one_finding_per_line(expected))
    return expected


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", default=os.path.join(ROOT, "fixtures", "docx"))
    args = ap.parse_args(argv)
    pinned_venv.ensure(PINS, VENV)
    expected = build(args.out)
    problems = []
    for name, entry in expected["files"].items():
        path = os.path.join(args.out, name)
        problems += check(path, entry)
        with zipfile.ZipFile(path) as z:
            members = len(z.namelist())
        print(f"{name:<18} {os.path.getsize(path):>6} B  {members} members  {entry['writer']}  "
              f"{len(entry['findings'])} findings, {len(entry['organisational'])} organisational")
    for p in problems:
        print("PROBLEM:", p)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
