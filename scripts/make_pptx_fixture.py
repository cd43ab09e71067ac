#!/usr/bin/env python3
"""Writes fixtures/pptx/家长会.pptx: a class meeting's slides, as a teacher makes them, written by
python-pptx 1.0.2 (a real writer; install it in a venv: `python3 -m venv /tmp/pptx-venv &&
/tmp/pptx-venv/bin/pip install python-pptx==1.0.2`, then run this script with that python).
All values are synthetic (IDs computed with the GB 11643 check character; names made up):

    slide 1  title and subtitle: the class teacher's name and mobile after 班主任：
    slide 2  a bulleted award list (名单：…、…、…) and a parent asked to come (请家长…于周五到校)
    slide 3  a table: header 姓名 | 身份证号 | 联系方式 (merged over two columns: a gridSpan cell and
             an hMerge cell), three pupils with ID, mobile and landline; the slide's notes hold
             a contact (联系人：…) and a mobile

Document properties are fixed (author 孙丽华, dates), so the bytes repeat.
"""
import datetime as dt
import io
import os
import zipfile

from pptx import Presentation
from pptx.util import Inches

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def resident_id(body17):
    return body17 + "10X98765432"[sum(int(c) * w for c, w in zip(body17, WEIGHTS)) % 11]


PUPILS = [
    ("张子涵", resident_id("41010520130312123"), "13812345678", "0371-65501234"),
    ("李浩然", resident_id("41010520121105456"), "13987654321", "0371-65502345"),
    ("王梓萱", resident_id("41010520130820789"), "15011112222", "0371-65503456"),
]


def main():
    prs = Presentation()
    title = prs.slides.add_slide(prs.slide_layouts[0])
    title.shapes.title.text = "2024级（3）班家长会"
    title.placeholders[1].text = "班主任：孙丽华 电话 13500001111"

    awards = prs.slides.add_slide(prs.slide_layouts[1])
    awards.shapes.title.text = "表彰"
    body = awards.placeholders[1].text_frame
    body.text = "三好学生名单：张子涵、李浩然、王梓萱"
    body.add_paragraph().text = "请家长周建军于周五到校。"

    table_slide = prs.slides.add_slide(prs.slide_layouts[5])
    table_slide.shapes.title.text = "学生信息"
    table = table_slide.shapes.add_table(len(PUPILS) + 1, 4, Inches(0.5), Inches(1.5), Inches(9), Inches(2)).table
    for c, h in enumerate(["姓名", "身份证号", "联系方式", ""]):
        table.cell(0, c).text = h
    table.cell(0, 2).merge(table.cell(0, 3))
    for r, (name, sid, mobile, landline) in enumerate(PUPILS, start=1):
        for c, v in enumerate([name, sid, mobile, landline]):
            table.cell(r, c).text = v
    table_slide.notes_slide.notes_text_frame.text = "联系人：王芳 13700002222"

    prs.core_properties.author = "孙丽华"
    prs.core_properties.last_modified_by = "孙丽华"
    prs.core_properties.created = dt.datetime(2024, 9, 1, 8, 0, 0)
    prs.core_properties.modified = dt.datetime(2024, 9, 1, 8, 0, 0)
    prs.core_properties.revision = 1
    out = io.BytesIO()
    prs.save(out)
    # Fixed member dates, so that the bytes repeat.
    src = zipfile.ZipFile(io.BytesIO(out.getvalue()))
    fixed = io.BytesIO()
    with zipfile.ZipFile(fixed, "w", zipfile.ZIP_DEFLATED) as zf:
        for info in src.infolist():
            data = src.read(info.filename)
            info.date_time = (2024, 9, 1, 8, 0, 0)
            zf.writestr(info, data)
    path = os.path.join(ROOT, "fixtures", "pptx", "家长会.pptx")
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "wb") as f:
        f.write(fixed.getvalue())
    print("wrote", path, [p[1] for p in PUPILS])


if __name__ == "__main__":
    main()
