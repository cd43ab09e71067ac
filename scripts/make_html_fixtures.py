#!/usr/bin/env python3
"""Writes leakscan's HTML test fixtures into fixtures/html/ (and their oracle, EXPECTED.json).

    python3 scripts/make_html_fixtures.py            # rewrite fixtures/html/
    python3 scripts/make_html_fixtures.py --out DIR  # somewhere else

- web_export_gbk.xls: an HTML page as web systems send "export to Excel" (Excel opens it, with
  a warning): GBK with a gb2312 meta tag, CRLF, Excel's `x:num` number cells, a title row above
  the header, a student with two guardians (rowspan), two phones in one cell (<br>), names padded
  to three characters' width (王　芳), `&nbsp;` cells, a phone in a style sheet and one in a
  script (never reported: not the page's text) and a paragraph of running text.
- libreoffice_roster.html: fixtures/xlsx/xlsxwriter_roster.xlsx saved by LibreOffice Calc as
  "HTML (StarCalc)" (a real writer: `sdval` number cells, exponent forms, cell comments as
  <comment>; hidden rows and columns left out). Needs soffice; skipped when it is missing.

All personal values are SYNTHETIC: they come from scripts/generate_roster.py's generators with a
fixed seed. Nothing is a real record.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import generate_roster as gr  # noqa: E402
import expected_json  # noqa: E402

SEED = 20261125
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
HEADER = ["序号", "姓名", "性别", "身份证号", "出生日期", "家长姓名", "联系电话", "家庭住址", "备注"]


def padded(name: str) -> str:
    """A two-character name padded to three characters' width after its surname, as rosters do."""
    return name[0] + "\u3000" + name[1:] if len(name) == 2 else name


def excel_number(digits: str) -> str:
    """An 18-digit ID as Excel keeps a number: 15 significant digits, exponent form."""
    return f"{digits[0]}.{digits[1:15]}E+17"


def web_export(g: gr.Generator) -> tuple[bytes, list[dict]]:
    p = gr.POOLS
    lines: list[str] = []
    found: list[dict] = []

    def add(kind: str, value: str, column: int | None, line: int | None = None):
        found.append({"kind": kind, "line": line or len(lines), "column": column,
                      "field": HEADER[column - 1] if column else None, "value": value})

    style_phone, script_phone = g.mobile_plain(), g.mobile_plain()
    lines += ['<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel">',
              '<head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">',
              "<title>学生信息导出</title>",
              f'<style>td {{mso-number-format:"\\@";}} /* 客服 {style_phone} */</style>',
              f'<script>var hotline = "{script_phone}";</script>',
              "</head>", "<body>", '<table border="1">',
              f'<tr><td colspan="{len(HEADER)}">2024级学生信息表</td></tr>',
              "<tr>" + "".join(f"<th>{h}</th>" for h in HEADER) + "</tr>"]
    for i in range(1, 7):
        sid, addr, di = g.id18(p.regions, p.student_dates, i % 2 == 1)
        birth = p.student_dates[di][2][0]
        name, parent, address = g.name(), g.name(), addr + g.rng.choice(p.addr_tails)
        phones = [g.mobile_plain()] + ([g.mobile_plain()] if i == 5 else [])
        if i == 3:
            # An ID typed into a number cell: Excel keeps 15 digits and shows fewer.
            id_cell, id_value, id_kind = f'<td x:num="{excel_number(sid)}">{sid[0]}.{sid[1:6]}E+17</td>', sid[:15] + "000", "cn_id_truncated"
        else:
            id_cell, id_value, id_kind = f'<td style="mso-number-format:\'\\@\'">{sid}</td>', sid, "cn_id"
        span = ' rowspan="2"' if i == 4 else ""
        cells = [f"<td{span}>{i}</td>", f"<td{span}>{padded(name)}</td>", f"<td{span}>{'男' if i % 2 else '女'}</td>",
                 id_cell.replace("<td", f"<td{span}", 1), f"<td{span}>{birth}</td>", f"<td>{parent}</td>",
                 f"<td>{'<br>'.join(phones)}</td>", f"<td{span}>{address}</td>", f"<td{span}>&nbsp;</td>"]
        lines.append("<tr>" + "".join(cells) + "</tr>")
        add("name", padded(name), 2)
        add(id_kind, id_value, 4)
        add("birth_date", birth, 5)
        add("name", parent, 6)
        for phone in phones:
            add("mobile", phone, 7)
        add("address", address, 8)
        if i == 4:
            # The second guardian: the student's cells span both rows, so these are columns 6 and 7.
            other, other_phone = g.name(), g.mobile_plain()
            lines.append(f"<tr><td>{other}</td><td>{other_phone}</td></tr>")
            add("name", other, 6)
            add("mobile", other_phone, 7)
    teacher, teacher_phone = g.name(), g.mobile_plain()
    lines += ["</table>", f"<p>说明：本表由班主任{teacher}（{teacher_phone}）整理，请勿外传。</p>", "</body>", "</html>"]
    add("name", teacher, None, len(lines) - 2)
    add("mobile", teacher_phone, None, len(lines) - 2)
    return ("\r\n".join(lines) + "\r\n").encode("gbk"), found


def libreoffice_export(out: str) -> str | None:
    """Saves the XlsxWriter roster as HTML with LibreOffice Calc; returns its version, or None."""
    if shutil.which("soffice") is None:
        print("soffice missing: libreoffice_roster.html not rewritten (apt-get install -y libreoffice-calc-nogui)")
        return None
    with tempfile.TemporaryDirectory() as work:
        source = os.path.join(work, "libreoffice_roster.xlsx")
        shutil.copy(os.path.join(ROOT, "fixtures/xlsx/xlsxwriter_roster.xlsx"), source)
        subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{work}/profile",
                        "--convert-to", "html:HTML (StarCalc)", "--outdir", work, source],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        shutil.copy(os.path.join(work, "libreoffice_roster.html"), os.path.join(out, "libreoffice_roster.html"))
    return subprocess.run(["soffice", "--version"], capture_output=True, text=True).stdout.splitlines()[0]


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", default=os.path.join(ROOT, "fixtures/html"))
    args = ap.parse_args(argv)
    os.makedirs(args.out, exist_ok=True)
    gr.POOLS = gr.Pools()
    g = gr.Generator(SEED)
    page, found = web_export(g)
    with open(os.path.join(args.out, "web_export_gbk.xls"), "wb") as f:
        f.write(page)
    expected_path = os.path.join(args.out, "EXPECTED.json")
    previous = expected_json.load(expected_path)
    writer = libreoffice_export(args.out) or previous.get("libreoffice_roster.html", {}).get("writer")
    expected = {
        "note": "All values synthetic (scripts/make_html_fixtures.py, seed %d). findings: every value planted, "
                "with its 1-based source line, its 1-based table column (null in running text) and the "
                "column's header as field; record findings are not listed." % SEED,
        "web_export_gbk.xls": {"writer": "the script (GBK, CRLF, Excel's HTML attributes)", "encoding": "gb18030",
                               "findings": found},
        "libreoffice_roster.html": {"writer": writer, "source": "fixtures/xlsx/xlsxwriter_roster.xlsx",
                                    "note": "its visible cells; LibreOffice leaves hidden rows and columns out, "
                                            "shows dates in its en-US form (8/7/2009) and numbers of more than "
                                            "15 digits in exponent form"},
    }
    expected_json.save(expected_path, expected)
    print(f"wrote {args.out}: web_export_gbk.xls ({len(found)} findings), libreoffice_roster.html ({writer})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
