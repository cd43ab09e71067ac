#!/usr/bin/env python3
"""Writes leakscan's SQLite and flat OpenDocument fixtures into fixtures/sqlite/ and fixtures/flat_odf/.

    python3 scripts/make_sqlite_fods_fixtures.py            # rewrite them
    python3 scripts/make_sqlite_fods_fixtures.py --out DIR  # somewhere else

- sqlite/xjxt.db: what a 学籍 client keeps, written by Python's sqlite3 module (the SQLite library
  itself): a table `student` with pinyin-coded columns (xm, sfzh, lxdh as an INTEGER, zp a photo
  BLOB, bz a remark BLOB that is UTF-8 text), a table without rowid `jhr` (guardians), a view,
  and an index (its internal table sqlite_stat1 after ANALYZE).
- sqlite/wal.db: the same data in WAL mode, checkpointed (its header says WAL).
- sqlite/corrupt.db: xjxt.db with its second page overwritten; sqlite/not_a_database.db: the
  magic, then noise (what an encrypted database with a plain header would look like).
- sqlite/xjxt_in.zip: xjxt.db as a member of a zip (read from memory, not from a path).
- sqlite/huge_row.db: a hostile table whose generated column makes each row 100 MB
  (zeroblob(100000000)): refused by SQLite's length limit, never held in memory.
- flat_odf/roster.fods, flat_odf/notice.fodt: LibreOffice's "Flat XML" as LibreOffice 7 writes
  it (the declaration, office:document with its namespaces, version and office:mimetype, then
  meta, settings, styles, master styles with a page header, automatic styles and the body),
  written by hand; there is no LibreOffice on the machine that made them. flat_odf/roster.ods:
  the same parts zipped as an .ods (mimetype, meta.xml, styles.xml, content.xml), for the tests
  that compare the two.

All personal values are SYNTHETIC: they come from scripts/generate_roster.py's generators with a
fixed seed. Nothing is a real record. The files are deterministic except the SQLite ones' change
counters, which do not depend on the data.
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import sys
import zipfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import generate_roster as gr  # noqa: E402

SEED = 20261205
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def people(g: gr.Generator, n: int) -> list[tuple[str, str, str]]:
    p = gr.POOLS
    return [(g.name(), g.id18(p.regions, p.student_dates, i % 2 == 1)[0], g.mobile_plain()) for i in range(n)]


def write_database(path: str, rows: list[tuple[str, str, str]], guardians: list[tuple[str, str]], wal: bool) -> None:
    if os.path.exists(path):
        os.remove(path)
    db = sqlite3.connect(path)
    if wal:
        db.execute("PRAGMA journal_mode=WAL")
    db.execute("CREATE TABLE student (id INTEGER PRIMARY KEY, xm TEXT, sfzh TEXT, lxdh INTEGER, zp BLOB, bz BLOB)")
    db.execute("CREATE TABLE jhr (sfzh TEXT PRIMARY KEY, jhrxm TEXT, jhrdh TEXT) WITHOUT ROWID")
    db.execute("CREATE INDEX student_xm ON student(xm)")
    db.execute("CREATE VIEW v_student AS SELECT xm, sfzh FROM student")
    for k, (name, sid, mobile) in enumerate(rows):
        # The remark of the second pupil is text stored as a BLOB; the others' photos are PNG bytes.
        remark = f"家长 {guardians[1][0]} {guardians[1][1]}".encode() if k == 1 else None
        db.execute("INSERT INTO student VALUES (?, ?, ?, ?, ?, ?)",
                   (100 + k, name, sid, int(mobile), b"\x89PNG\r\n\x1a\n\x00\x00", remark))
    db.executemany("INSERT INTO jhr VALUES (?, ?, ?)", [(rows[0][1], guardians[0][0], guardians[0][1])])
    db.commit()
    db.execute("ANALYZE")
    db.commit()
    if wal:
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    for extra in ("-wal", "-shm"):
        if os.path.exists(path + extra):
            os.remove(path + extra)


NAMESPACES = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
              'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
              'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
              'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
              'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
              'xmlns:dc="http://purl.org/dc/elements/1.1/" '
              'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
              'xmlns:config="urn:oasis:names:tc:opendocument:xmlns:config:1.0" '
              'xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0"')


def flat(mimetype: str, author: str, master: str, automatic: str, body: str) -> str:
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n\n'
        f'<office:document {NAMESPACES} office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.{mimetype}">\n'
        f' <office:meta><meta:creation-date>2024-09-01T08:00:00</meta:creation-date><dc:creator>{author}</dc:creator>'
        '<meta:generator>LibreOffice/7.4.7.2$Linux_X86_64 LibreOffice_project/40$Build-2</meta:generator></office:meta>\n'
        ' <office:settings><config:config-item-set config:name="ooo:view-settings">'
        '<config:config-item config:name="VisibleAreaTop" config:type="int">0</config:config-item>'
        '</config:config-item-set></office:settings>\n'
        ' <office:styles><style:default-style style:family="paragraph"><style:paragraph-properties/></style:default-style>'
        '</office:styles>\n'
        f' <office:master-styles><style:master-page style:name="Default"><style:header>{master}</style:header>'
        '</style:master-page></office:master-styles>\n'
        f' <office:automatic-styles>{automatic}</office:automatic-styles>\n'
        f' <office:body>{body}</office:body>\n'
        '</office:document>\n')


def zipped(path: str, mimetype: str, flat_text: str) -> None:
    """The parts of a flat document as the zipped one holds them."""
    def part(root: str, *names: str) -> str:
        inner = "".join(flat_text[flat_text.index(f"<office:{n}>"):flat_text.index(f"</office:{n}>") + len(f"</office:{n}>")]
                        for n in names)
        return f'<?xml version="1.0" encoding="UTF-8"?>\n<office:{root} {NAMESPACES} office:version="1.3">{inner}</office:{root}>'
    with zipfile.ZipFile(path, "w") as z:
        z.writestr(zipfile.ZipInfo("mimetype", date_time=(2024, 9, 1, 8, 0, 0)), f"application/vnd.oasis.opendocument.{mimetype}")
        for name, root, names in [("meta.xml", "document-meta", ["meta"]),
                                  ("styles.xml", "document-styles", ["styles", "master-styles"]),
                                  ("content.xml", "document-content", ["automatic-styles", "body"])]:
            z.writestr(zipfile.ZipInfo(name, date_time=(2024, 9, 1, 8, 0, 0)), part(root, *names), zipfile.ZIP_DEFLATED)


def cell(text: str, number: str | None = None) -> str:
    if number is not None:
        return (f'<table:table-cell office:value-type="float" office:value="{number}">'
                f'<text:p>{text}</text:p></table:table-cell>')
    return f'<table:table-cell office:value-type="string"><text:p>{text}</text:p></table:table-cell>'


def fods(rows: list[tuple[str, str, str]], hidden: tuple[str, str, str], author: str) -> str:
    header = "<table:table-row>" + "".join(cell(h) for h in ("姓名", "身份证号", "家长手机")) + "</table:table-row>"
    body_rows = "".join("<table:table-row>" + cell(n) + cell(s) + cell(m, m) + "</table:table-row>" for n, s, m in rows)
    # A second sheet hidden by its table style, as LibreOffice writes a hidden sheet.
    automatic = ('<style:style style:name="ta1" style:family="table"><style:table-properties table:display="true"/></style:style>'
                 '<style:style style:name="ta2" style:family="table"><style:table-properties table:display="false"/></style:style>')
    body = ('<office:spreadsheet>'
            f'<table:table table:name="七年级3班" table:style-name="ta1"><table:table-column table:number-columns-repeated="3"/>'
            f'{header}{body_rows}</table:table>'
            f'<table:table table:name="备份" table:style-name="ta2">{header}'
            f'<table:table-row>{cell(hidden[0])}{cell(hidden[1])}{cell(hidden[2])}</table:table-row></table:table>'
            '</office:spreadsheet>')
    return flat("spreadsheet", author, "<text:p>第 <text:page-number>1</text:page-number> 页</text:p>", automatic, body)


def fodt(rows: list[tuple[str, str, str]], teacher: tuple[str, str], author: str) -> str:
    table = ('<table:table table:name="表格1"><table:table-column table:number-columns-repeated="3"/>'
             '<table:table-row>' + "".join(f'<table:table-cell><text:p>{h}</text:p></table:table-cell>' for h in ("姓名", "身份证号", "家长手机"))
             + '</table:table-row>'
             + "".join('<table:table-row>' + "".join(f'<table:table-cell><text:p>{v}</text:p></table:table-cell>' for v in row)
                       + '</table:table-row>' for row in rows)
             + '</table:table>')
    body = ('<office:text><text:h text:outline-level="1">获奖学生名单</text:h>'
            f'<text:p>请各位家长于周五前确认。</text:p>{table}</office:text>')
    master = f'<text:p>班主任 {teacher[0]}<text:tab/>{teacher[1]}</text:p>'
    return flat("text", author, master, "", body)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", default=os.path.join(ROOT, "fixtures"))
    args = parser.parse_args(argv)
    gr.POOLS = gr.Pools()
    g = gr.Generator(SEED)
    pupils = people(g, 3)
    guardians = [(g.name(), g.mobile_plain()) for _ in range(2)]
    sqlite_dir = os.path.join(args.out, "sqlite")
    flat_dir = os.path.join(args.out, "flat_odf")
    os.makedirs(sqlite_dir, exist_ok=True)
    os.makedirs(flat_dir, exist_ok=True)

    db = os.path.join(sqlite_dir, "xjxt.db")
    write_database(db, pupils, guardians, wal=False)
    write_database(os.path.join(sqlite_dir, "wal.db"), pupils, guardians, wal=True)
    data = bytearray(open(db, "rb").read())
    page = int.from_bytes(data[16:18], "big")
    data[page:2 * page] = b"\xA5" * page
    open(os.path.join(sqlite_dir, "corrupt.db"), "wb").write(data)
    noise = bytes((k * 73 + 41) % 256 for k in range(4096 - 16))
    open(os.path.join(sqlite_dir, "not_a_database.db"), "wb").write(b"SQLite format 3\x00" + noise)
    huge = os.path.join(sqlite_dir, "huge_row.db")
    if os.path.exists(huge):
        os.remove(huge)
    hostile = sqlite3.connect(huge)
    hostile.execute("CREATE TABLE t (lxdh TEXT, big BLOB AS (zeroblob(100000000)))")
    hostile.execute("INSERT INTO t (lxdh) VALUES (?)", (pupils[0][2],))
    hostile.commit()
    hostile.close()
    with zipfile.ZipFile(os.path.join(sqlite_dir, "xjxt_in.zip"), "w", zipfile.ZIP_DEFLATED) as z:
        info = zipfile.ZipInfo("导出/xjxt.db", date_time=(2024, 9, 1, 8, 0, 0))
        z.writestr(info, open(db, "rb").read(), zipfile.ZIP_DEFLATED)

    more = people(g, 3)
    hidden = people(g, 1)[0]
    author = g.name()
    roster = fods(more, hidden, author)
    with open(os.path.join(flat_dir, "roster.fods"), "w", encoding="utf-8") as f:
        f.write(roster)
    zipped(os.path.join(flat_dir, "roster.ods"), "spreadsheet", roster)
    teacher = (g.name(), g.mobile_plain())
    with open(os.path.join(flat_dir, "notice.fodt"), "w", encoding="utf-8") as f:
        f.write(fodt(people(g, 2), teacher, author))
    print("pupils", pupils, "guardians", guardians, "fods", more, "hidden", hidden, "author", author, "teacher", teacher)
    return 0


if __name__ == "__main__":
    sys.exit(main())
