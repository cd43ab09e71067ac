#!/usr/bin/env python3
"""Writes fixtures/pdf/奖学金公示.pdf: a school's public notice of scholarship winners (公示), as a
web system prints one, written by ReportLab 4.2.5 (a real writer; install it in a venv:
`python3 -m venv /tmp/pdf-venv && /tmp/pdf-venv/bin/pip install reportlab==4.2.5 pypdf==5.1.0`,
then run this script with that python). The Chinese text is set in ReportLab's STSong-Light, a CID font that the
PDF names but does not embed (encoding UniGB-UCS2-H): a reader needs the Adobe-GB1 CMaps
(Debian's poppler-data) to get its text back, as with many PDFs from Chinese web systems.
All values are synthetic (IDs computed with the GB 11643 check character; names made up):
    page 1  title; running text with the 咨询电话 landline and e-mail of the office
            (organisational) and the class teacher's own mobile (personal); a table: header
            序号 | 姓名 | 班级 | 身份证号 | 出生日期 | 家长手机, four pupils
    page 2  a second table of the same columns (header repeated), two pupils, then the
            signature block (school name, 地址：…, date)
Document information: title and author (孙丽华). ReportLab's invariant mode fixes dates and IDs,
so the bytes repeat.
Also the hostile and unreadable cases, from the same writer:
    encrypted.pdf      the notice encrypted with a user password (RC4 128, ReportLab's StandardEncryption)
    truncated.pdf      the notice cut after its first 1,500 bytes (no pages, no cross-reference table)
    scanned.pdf        a page of drawings only, as a scan without its text layer: no text at all
    mixed.pdf          page 1 text (a parent's mobile), page 2 an image only (a scanned roster:
                       bars where its lines of text would be), page 3 blank
    attachments.pdf    a one-line notice with files attached by pypdf 5.1.0 (embedded files):
                       报名名单.csv (GBK, as Excel saves CSV on a Chinese system: a name, an ID
                       and a mobile) and 学生信息.xlsx (fixtures/xlsx/xlsxwriter_roster.xlsx)
    form_and_notes.pdf a registration form: labels printed beside ReportLab's text fields
                       (named xm, sfzh, lxdh, jtzz, bz, their tooltips the labels), filled by
                       pypdf 5.1.0 as a school system fills a template (appearances drawn in
                       Helvetica: the digits show, the Chinese name and address do not; 备注
                       left empty); then a reviewer's sticky note (a Text annotation with its
                       pop-up: 待补：…身份证…，家长…) and a text box (FreeText: 请核对：联系人… 138…),
                       both added by pypdf
"""
import io
import os

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.utils import ImageReader
from reportlab.lib.pdfencrypt import StandardEncryption
from reportlab.pdfgen import canvas
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

rl_config.invariant = 1
ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def resident_id(body17):
    return body17 + "10X98765432"[sum(int(c) * w for c, w in zip(body17, WEIGHTS)) % 11]


HEADER = ["序号", "姓名", "班级", "身份证号", "出生日期", "家长手机"]
PAGE1 = [
    ("1", "郑雨涵", "六（1）班", resident_id("41010520120315102"), "2012-03-15", "13812340001"),
    ("2", "冯俊杰", "六（1）班", resident_id("41010520111122203"), "2011-11-22", "13912340002"),
    ("3", "韩思琪", "六（2）班", resident_id("41010520120708304"), "2012-07-08", "15012340003"),
    ("4", "曹宇航", "六（3）班", resident_id("41010520120129405"), "2012-01-29", "18612340004"),
]
PAGE2 = [
    ("5", "彭欣悦", "五（1）班", resident_id("41010520130504506"), "2013-05-04", "13712340005"),
    ("6", "蒋博文", "五（2）班", resident_id("41010520130917607"), "2013-09-17", "15912340006"),
]


def table(rows):
    t = Table([HEADER] + [list(r) for r in rows], colWidths=[30, 55, 65, 140, 75, 95])
    t.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), "STSong-Light", 10),
        ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
        ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey),
    ]))
    return t


def scanned_roster():
    """A grey image with dark bars where a scanned roster's lines of text would be (PNG bytes)."""
    from PIL import Image, ImageDraw
    image = Image.new("L", (206, 288), 235)
    draw = ImageDraw.Draw(image)
    for row in range(24):
        for left, width in ((10, 20), (40, 30), (80, 70), (160, 36)):
            draw.rectangle([left, 12 + 11 * row, left + width, 18 + 11 * row], fill=40)
    out = io.BytesIO()
    image.save(out, "PNG")
    out.seek(0)
    return out


def main():
    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    body = ParagraphStyle("body", fontName="STSong-Light", fontSize=11, leading=18)
    title = ParagraphStyle("title", parent=body, fontSize=16, leading=26, alignment=1)
    path = os.path.join(ROOT, "fixtures", "pdf", "奖学金公示.pdf")
    os.makedirs(os.path.dirname(path), exist_ok=True)
    def story():
        return [
            Paragraph("明德实验小学2024年度奖学金获得者公示", title),
            Paragraph("经班级推荐、学校评审，下列同学获得2024年度奖学金，现予公示。公示期内如有异议，"
                      "请与学校办公室联系，咨询电话：0371-65501234，邮箱：office@mingde.edu.cn。", body),
            Paragraph("六（1）班班主任孙丽华，联系电话 13500001111。", body),
            Spacer(1, 10),
            table(PAGE1),
            PageBreak(),
            table(PAGE2),
            Spacer(1, 20),
            Paragraph("明德实验小学", body),
            Paragraph("地址：郑州市金水区文化路88号", body),
            Paragraph("2024年12月2日", body),
        ]
    SimpleDocTemplate(path, pagesize=A4, title="2024年度奖学金获得者公示", author="孙丽华").build(story())
    here = os.path.dirname(path)
    SimpleDocTemplate(os.path.join(here, "encrypted.pdf"), pagesize=A4,
                      encrypt=StandardEncryption("user-password", "owner-password", strength=128)).build(story())
    with open(path, "rb") as f, open(os.path.join(here, "truncated.pdf"), "wb") as out:
        out.write(f.read()[:1500])
    scan = canvas.Canvas(os.path.join(here, "scanned.pdf"), pagesize=A4)
    for k in range(20):
        scan.rect(70, 780 - 30 * k, 450, 20)  # the lines of a form, no text
    scan.save()
    mixed = canvas.Canvas(os.path.join(here, "mixed.pdf"), pagesize=A4)
    mixed.setFont("STSong-Light", 12)
    mixed.drawString(70, 780, "附件：报名学生名单（扫描件），家长联系电话 13912340007")
    mixed.showPage()
    mixed.drawImage(ImageReader(scanned_roster()), 40, 60, width=515, height=720)
    mixed.showPage()
    mixed.showPage()  # a blank page
    mixed.save()
    write_attachments(os.path.join(here, "attachments.pdf"))
    write_form_and_notes(os.path.join(here, "form_and_notes.pdf"))
    print("wrote", path, [r[3] for r in PAGE1 + PAGE2], "and encrypted.pdf, truncated.pdf, scanned.pdf, mixed.pdf,",
          "attachments.pdf, form_and_notes.pdf")


def write_attachments(path):
    from pypdf import PdfReader, PdfWriter
    page = io.BytesIO()
    notice = canvas.Canvas(page, pagesize=A4)
    notice.setFont("STSong-Light", 12)
    notice.drawString(70, 780, "夏令营报名名单与学生信息见附件。")
    notice.save()
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(page.getvalue())))
    roster = "姓名,身份证号,家长手机\r\n" + "林嘉怡," + resident_id("41010520130214212") + ",13612340008\r\n"
    writer.add_attachment("报名名单.csv", roster.encode("gbk"))
    with open(os.path.join(ROOT, "fixtures", "xlsx", "xlsxwriter_roster.xlsx"), "rb") as f:
        writer.add_attachment("学生信息.xlsx", f.read())
    writer.add_metadata({"/Producer": "pypdf 5.1.0"})
    writer._ID = None  # no random file identifier: the bytes repeat
    with open(path, "wb") as out:
        writer.write(out)


FORM = [
    ("xm", "学生姓名", "吴思琪"),
    ("sfzh", "身份证号", resident_id("41010520100112381")),
    ("lxdh", "联系电话", "13709156792"),
    ("jtzz", "家庭住址", "郑州市管城回族区紫荆山南路88号院2号楼"),
    ("bz", "备注", ""),
]


def write_form_and_notes(path):
    from pypdf import PdfReader, PdfWriter
    from pypdf.annotations import FreeText, Popup, Text
    page = io.BytesIO()
    form = canvas.Canvas(page, pagesize=A4)
    form.setFont("STSong-Light", 16)
    form.drawString(200, 790, "2024年夏令营报名表")
    form.setFont("STSong-Light", 12)
    for k, (name, label, _) in enumerate(FORM):
        y = 740 - 40 * k
        form.drawString(70, y, label + "：")
        form.acroForm.textfield(name=name, tooltip=label, x=150, y=y - 6, width=300, height=20,
                                borderStyle="underlined", forceBorder=True)
    form.save()
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(page.getvalue())))
    writer.update_page_form_field_values(writer.pages[0], {n: v for n, _, v in FORM if v}, auto_regenerate=False)
    note = writer.add_annotation(page_number=0, annotation=Text(
        text="待补：何丽娟，身份证" + resident_id("41010220120706028") + "，家长13505786222", rect=(460, 740, 480, 760)))
    writer.add_annotation(page_number=0, annotation=Popup(rect=(460, 640, 580, 740), parent=note))
    writer.add_annotation(page_number=0, annotation=FreeText(
        text="请核对：联系人王梓涵 13812345678", rect=(70, 480, 400, 510), font="Helvetica", font_size="12pt"))
    writer.add_metadata({"/Producer": "pypdf 5.1.0"})
    writer._ID = None  # no random file identifier: the bytes repeat
    with open(path, "wb") as out:
        writer.write(out)


if __name__ == "__main__":
    main()
