#!/usr/bin/env python3
"""Writes leakscan's OFD fixtures into fixtures/ofd/ (OFD: GB/T 33190-2016, the fixed-layout
format of China's electronic official documents).

    python3 scripts/make_ofd_fixtures.py             # rewrite fixtures/ofd/ (not its README)
    python3 scripts/make_ofd_fixtures.py --out DIR   # somewhere else

Written by easyofd (pinned, in a venv under /tmp; its PDF-to-OFD conversion reads each page's
text blocks with PyMuPDF and writes them as OFD text objects with their boundaries and advances),
from PDF fixtures already in the repository, so that each OFD must give what its PDF gives.
Only PDFs that set each cell's or line's text in one font: where a line mixes fonts (Chinese and
digits in Writer's PDFs), easyofd writes each font's run from the line's start, over the others,
and the text comes out interleaved (no real writer does that).
- 奖学金公示.ofd: fixtures/pdf/奖学金公示.pdf (ReportLab; running text, a six-column table on
  two pages, the office's contacts and signature block);
- scanned.ofd: fixtures/pdf/mixed.pdf converted as images (easyofd's other mode, as a scanner's
  OFD is): three pages, each an image only, none with text;
- attachment.ofd: 奖学金公示.ofd with an attached file added here, as GB/T 33190 7.9 describes
  (Document.xml names Attachs/Attachments.xml, which gives the file's name and its location,
  relative to itself):
  报名名单.csv, GBK as Excel saves CSV on a Chinese system (a name, an ID, a mobile);
- missing_page.ofd: 奖学金公示.ofd without its second page's content part, as a damaged copy is
  (the first page must still be read, the second named in an error);
- template.ofd: 奖学金公示.ofd whose pages both lay themselves over a page template (GB/T 33190
  7.5: `CommonData/TemplatePage`, a page's `Template`) holding the form's footer with the
  teacher who filled it in (填表人：孙丽华 13500001111), added by the script: read once; and
  the same teacher in its information (`DocInfo`: `Author`, and her mobile in a `CustomData`).
easyofd stamps each file with the time of writing, a random document ID and time-based resource
IDs, and its zip members with the time: those are fixed here, so the bytes repeat. All values are SYNTHETIC
(the PDFs' own; the CSV's ID computed with the GB 11643 check character).
"""

from __future__ import annotations

import argparse
import io
import os
import re
import sys
import tempfile
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import pinned_venv  # noqa: E402
import zip_dates  # noqa: E402

PINS = {"easyofd": "20260427", "pymupdf": "2.0", "reportlab": "5.1.0", "fonttools": "4.68.0", "xmltodict": "1.0.4",
        "loguru": "0.7.3", "pyasn1": "0.6.5", "pillow": "13.0.0"}
VENV = os.environ.get("OFD_FIXTURE_VENV", "/tmp/leakscan-ofd-fixtures-venv")
FIXED = (2024, 9, 2, 8, 0, 0)
SOURCES = {
    "奖学金公示.ofd": ("pdf/奖学金公示.pdf", True),
    "scanned.ofd": ("pdf/mixed.pdf", False),
}
ATTACHMENT_CSV = "姓名,身份证号,手机\r\n邓佳琪,410105201204186025,13612345678\r\n".encode("gbk")


def fixed_stamps(content: bytes) -> bytes:
    content = re.sub(rb"<ofd:CreationDate>[^<]*</ofd:CreationDate>", b"<ofd:CreationDate>2024-09-02</ofd:CreationDate>", content)
    return re.sub(rb"<ofd:DocID>[^<]*</ofd:DocID>", b"<ofd:DocID>" + b"0" * 32 + b"</ofd:DocID>", content)


def convert(pdf_path: str, with_text: bool) -> bytes:
    from easyofd.ofd import OFD
    with open(pdf_path, "rb") as f:
        pdf = f.read()
    # easyofd writes its working files under ./test: keep them out of the repository.
    cwd = os.getcwd()
    with tempfile.TemporaryDirectory() as work:
        os.chdir(work)
        try:
            data = OFD().pdf2ofd(pdf, optional_text=with_text)
        finally:
            os.chdir(cwd)
    return numbered_uuids(zip_dates.redated(data, FIXED, {"OFD.xml": fixed_stamps}))


UUID = re.compile(rb"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


def numbered_uuids(data: bytes) -> bytes:
    """easyofd names resources by time-based UUIDs, in member names and contents: number them
    (in order of first appearance) instead."""
    with zipfile.ZipFile(io.BytesIO(data)) as src:
        members = [(info, src.read(info)) for info in src.infolist()]
    order: dict[bytes, bytes] = {}
    for info, content in members:
        for found in UUID.findall(info.filename.encode()) + UUID.findall(content):
            order.setdefault(found, b"uuid%d" % len(order))

    def patch(content: bytes) -> bytes:
        return UUID.sub(lambda m: order[m.group(0)], content)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as dst:
        for info, content in members:
            member = zipfile.ZipInfo(patch(info.filename.encode()).decode(), FIXED)
            member.compress_type = info.compress_type
            dst.writestr(member, patch(content))
    return out.getvalue()


def rewritten(data: bytes, patch=lambda name, content: content, added: dict | None = None, dropped: tuple = ()) -> bytes:
    """`data`, an OFD, with each member's content passed through `patch(name, content)`, the
    members `dropped` left out and `added` (name: bytes) appended; every member dated alike."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w") as dst:
        members = [(info.filename, patch(info.filename, src.read(info))) for info in src.infolist() if info.filename not in dropped]
        for name, content in members + list((added or {}).items()):
            dst.writestr(zipfile.ZipInfo(name, FIXED), content, zipfile.ZIP_DEFLATED)
    return out.getvalue()


def with_attachment(data: bytes) -> bytes:
    """`data` with 报名名单.csv attached (GB/T 33190 7.9: Document.xml → Attachments.xml → the file)."""
    listing = ('<?xml version="1.0" encoding="UTF-8"?>\n'
               '<ofd:Attachments xmlns:ofd="http://www.ofdspec.org/2016">'
               '<ofd:Attachment ID="100" Name="报名名单.csv" Format="csv" CreationDate="2024-09-02">'
               '<ofd:FileLoc>roster.csv</ofd:FileLoc></ofd:Attachment></ofd:Attachments>\n').encode()

    def patch(name: str, content: bytes) -> bytes:
        if name == "Doc_0/Document.xml":
            return content.replace(b"</ofd:Document>", b"<ofd:Attachments>Attachs/Attachments.xml</ofd:Attachments></ofd:Document>")
        return content
    return rewritten(data, patch, {"Doc_0/Attachs/Attachments.xml": listing, "Doc_0/Attachs/roster.csv": ATTACHMENT_CSV})


TEMPLATE = ('<?xml version="1.0" encoding="UTF-8"?>\n<ofd:Page xmlns:ofd="http://www.ofdspec.org/2016"><ofd:Content>'
            '<ofd:Layer ID="91"><ofd:TextObject ID="92" Boundary="10 80 60 5" Font="4" Size="2.5">'
            '<ofd:TextCode X="0" Y="2.5" DeltaX="g 4 2.5 g 13 1.4">填表人：孙丽华 13500001111</ofd:TextCode>'
            '</ofd:TextObject></ofd:Layer></ofd:Content></ofd:Page>\n').encode()
INFORMATION = ('<ofd:DocInfo><ofd:Author>孙丽华</ofd:Author><ofd:CustomDatas>'
               '<ofd:CustomData Name="填表人电话">13500001111</ofd:CustomData></ofd:CustomDatas>').encode()


def with_template(data: bytes) -> bytes:
    """`data` with a page template under both pages (GB/T 33190 7.5), and the teacher in its information."""
    def patch(name: str, content: bytes) -> bytes:
        if name == "Doc_0/Document.xml":
            return content.replace(b"</ofd:CommonData>", b'<ofd:TemplatePage ID="90" BaseLoc="Tpls/Tpl_0/Content.xml"/></ofd:CommonData>')
        if name == "OFD.xml":
            return content.replace(b"<ofd:DocInfo>", INFORMATION, 1)
        if name.endswith("/Content.xml"):
            return content.replace(b"<ofd:Content>", b'<ofd:Template TemplateID="90" ZOrder="Background"/><ofd:Content>', 1)
        return content
    return rewritten(data, patch, {"Doc_0/Tpls/Tpl_0/Content.xml": TEMPLATE})


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--out", default=os.path.join(ROOT, "fixtures", "ofd"))
    args = parser.parse_args()
    pinned_venv.ensure(PINS, VENV)
    os.makedirs(args.out, exist_ok=True)
    written = {}
    for name, (pdf, with_text) in SOURCES.items():
        written[name] = convert(os.path.join(ROOT, "fixtures", pdf), with_text)
    written["attachment.ofd"] = with_attachment(written["奖学金公示.ofd"])
    written["missing_page.ofd"] = rewritten(written["奖学金公示.ofd"], dropped=("Doc_0/Pages/Page_1/Content.xml",))
    written["template.ofd"] = with_template(written["奖学金公示.ofd"])
    for name, data in written.items():
        with open(os.path.join(args.out, name), "wb") as f:
            f.write(data)
        print(f"wrote {os.path.join(args.out, name)} ({len(data)} bytes)")


if __name__ == "__main__":
    main()
