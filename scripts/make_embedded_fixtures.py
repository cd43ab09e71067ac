#!/usr/bin/env python3
"""Writes fixtures/embedded: Office documents that carry other files inside them, as Office keeps
embedded objects (each a part of its own under an `embeddings` folder). All data is synthetic
(IDs computed with the GB 11643 check character; names made up).

    成绩分析.pptx   python-pptx 1.0.2: a slide with a bar chart of pupils' marks, whose data
                    python-pptx keeps, as PowerPoint does, in a workbook written by XlsxWriter
                    3.2.0 (`ppt/embeddings/Microsoft_Excel_Sheet1.xlsx`); the pupils' names are
                    the chart's categories and appear nowhere else
    嵌入花名册.docx  python-docx 1.2.0: a notice with no personal data in its text, and the
                    objects Word embeds when a table is pasted as an object: a roster workbook
                    written by openpyxl 3.1.5 (`word/embeddings/Microsoft_Excel_Worksheet.xlsx`,
                    ProgID Excel.Sheet.12), an Excel 97 workbook (`oleObject1.bin`: LibreOffice's
                    .xls of fixtures/libreoffice), and an OLE object that is no Office document
                    (`oleObject2.bin`: fixtures/zip/other_v4.ole, as an equation would be)

Run with any python3: it makes its venv (/tmp/leakscan-embedded-fixtures-venv) on first use.
Member dates are fixed, so the bytes repeat.
"""
import datetime as dt
import io
import os
import re
import sys
import zipfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import pinned_venv  # noqa: E402

PINS = {"python-pptx": "1.0.2", "XlsxWriter": "3.2.0", "python-docx": "1.2.0", "openpyxl": "3.1.5"}
VENV = os.environ.get("EMBEDDED_VENV", "/tmp/leakscan-embedded-fixtures-venv")
ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
OUT = os.path.join(ROOT, "fixtures", "embedded")
FIXED = (2024, 9, 1, 8, 0, 0)
WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def resident_id(body17):
    return body17 + "10X98765432"[sum(int(c) * w for c, w in zip(body17, WEIGHTS)) % 11]


MARKS = [("孟晓彤", 92, 88), ("柏宇航", 85, 95), ("祁佳怡", 78, 81)]
ROSTER = [
    ("伍梓萌", resident_id("41010520130418102"), "13612345670"),
    ("甘子墨", resident_id("41010520121127203"), "15923456781"),
]


def fixed_dates(data: bytes, added: dict | None = None, patch=lambda name, content: content) -> bytes:
    """The zip again with fixed member dates, `added` members appended and `patch` applied."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            dst.writestr(zipfile.ZipInfo(info.filename, FIXED), patch(info.filename, src.read(info.filename)),
                         zipfile.ZIP_DEFLATED)
        for name, content in (added or {}).items():
            dst.writestr(zipfile.ZipInfo(name, FIXED), content, zipfile.ZIP_DEFLATED)
    return out.getvalue()


def fixed_workbook(data: bytes) -> bytes:
    """An embedded workbook with fixed member and property dates (writers stamp the time)."""
    def patch(name: str, content: bytes) -> bytes:
        if name != "docProps/core.xml":
            return content
        return re.sub(rb"(<dcterms:(created|modified)[^>]*>)[^<]*", rb"\g<1>2024-09-01T08:00:00Z", content)
    return fixed_dates(data, patch=patch)


def chart_presentation() -> bytes:
    from pptx import Presentation
    from pptx.chart.data import CategoryChartData
    from pptx.enum.chart import XL_CHART_TYPE
    from pptx.util import Inches

    prs = Presentation()
    slide = prs.slides.add_slide(prs.slide_layouts[5])
    slide.shapes.title.text = "期中考试成绩分析"
    data = CategoryChartData()
    data.categories = [name for name, _, _ in MARKS]
    data.add_series("语文", [m for _, m, _ in MARKS])
    data.add_series("数学", [m for _, _, m in MARKS])
    slide.shapes.add_chart(XL_CHART_TYPE.COLUMN_CLUSTERED, Inches(1), Inches(1.5), Inches(8), Inches(5), data)
    prs.core_properties.author = "教务处"
    prs.core_properties.last_modified_by = "教务处"
    prs.core_properties.created = prs.core_properties.modified = dt.datetime(2024, 9, 1, 8, 0, 0)
    out = io.BytesIO()
    prs.save(out)
    return fixed_dates(out.getvalue(),
                       patch=lambda name, content: fixed_workbook(content) if "/embeddings/" in name else content)


def roster_workbook() -> bytes:
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "花名册"
    sheet.append(["姓名", "身份证号", "家长手机"])
    for row in ROSTER:
        sheet.append(list(row))
    book.properties.creator = "教务处"
    book.properties.created = book.properties.modified = dt.datetime(2024, 9, 1, 8, 0, 0)
    out = io.BytesIO()
    book.save(out)
    return fixed_workbook(out.getvalue())


# Word's markup for an embedded object: a preview shape and the object's relationship.
OBJECT_XML = ('<w:p><w:r><w:object><v:shape id="_x0000_i10{n}" type="#_x0000_t75" style="width:300pt;height:60pt"/>'
              '<o:OLEObject Type="Embed" ProgID="{prog}" ShapeID="_x0000_i10{n}" DrawAspect="Content" '
              'ObjectID="_17000000{n}" r:id="rIdEmb{n}"/></w:object></w:r></w:p>')
OBJECTS = [  # (part name, ProgID, content type or None for a Default by extension)
    ("Microsoft_Excel_Worksheet.xlsx", "Excel.Sheet.12", None),
    ("oleObject1.bin", "Excel.Sheet.8", "application/vnd.openxmlformats-officedocument.oleObject"),
    ("oleObject2.bin", "Equation.3", "application/vnd.openxmlformats-officedocument.oleObject"),
]


def notice_with_objects() -> bytes:
    import docx

    document = docx.Document()
    document.add_heading("关于核对2024级新生信息的通知", level=1)
    document.add_paragraph("各班主任：请核对下表中的学生信息，如有错误请于9月10日前告知教务处。")
    document.core_properties.author = "教务处"
    document.core_properties.created = document.core_properties.modified = dt.datetime(2024, 9, 1, 8, 0, 0)
    out = io.BytesIO()
    document.save(out)
    with open(os.path.join(ROOT, "fixtures", "libreoffice", "libreoffice_roster.xls"), "rb") as f:
        legacy = f.read()
    with open(os.path.join(ROOT, "fixtures", "zip", "other_v4.ole"), "rb") as f:
        equation = f.read()
    contents = [roster_workbook(), legacy, equation]

    def patch(name: str, content: bytes) -> bytes:
        if name == "word/document.xml":
            text = content.decode()
            for ns, uri in (("v", "urn:schemas-microsoft-com:vml"), ("o", "urn:schemas-microsoft-com:office:office")):
                if f"xmlns:{ns}=" not in text:
                    text = text.replace("<w:document ", f'<w:document xmlns:{ns}="{uri}" ', 1)
            objects = "".join(OBJECT_XML.format(n=n, prog=prog) for n, (_, prog, _) in enumerate(OBJECTS))
            return text.replace("<w:sectPr", objects + "<w:sectPr", 1).encode()
        if name == "word/_rels/document.xml.rels":
            rels = "".join(
                f'<Relationship Id="rIdEmb{n}" Target="embeddings/{part}" Type="http://schemas.openxmlformats.org/'
                f'officeDocument/2006/relationships/{"package" if ctype is None else "oleObject"}"/>'
                for n, (part, _, ctype) in enumerate(OBJECTS))
            return content.decode().replace("</Relationships>", rels + "</Relationships>").encode()
        if name == "[Content_Types].xml":
            types = '<Default Extension="xlsx" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"/>'
            types += "".join(f'<Override PartName="/word/embeddings/{part}" ContentType="{ctype}"/>'
                             for part, _, ctype in OBJECTS if ctype)
            return content.decode().replace("</Types>", types + "</Types>").encode()
        return content

    added = {f"word/embeddings/{part}": data for (part, _, _), data in zip(OBJECTS, contents)}
    return fixed_dates(out.getvalue(), added=added, patch=patch)


def main() -> None:
    pinned_venv.ensure(PINS, VENV)
    os.makedirs(OUT, exist_ok=True)
    for name, data in (("成绩分析.pptx", chart_presentation()), ("嵌入花名册.docx", notice_with_objects())):
        with open(os.path.join(OUT, name), "wb") as f:
            f.write(data)
        print("wrote", os.path.join(OUT, name), len(data), "bytes")


if __name__ == "__main__":
    main()
