#!/usr/bin/env python3
"""Writes fixtures/archive/班级资料.zip: a class folder zipped as a teacher sends it, for the
archive reader (tests: ArchiveReaderTests). Python's zipfile is the writer (deflated members,
UTF-8 names, fixed dates, so the bytes repeat). The members are other fixtures, all synthetic:

    2024级/花名册.csv   fixtures/demo/花名册_2024级.csv
    学生信息.xlsx       fixtures/xlsx/xlsxwriter_roster.xlsx
    通知.doc            fixtures/libreoffice/notice.doc
    照片.png            a PNG header and a byte pattern (binary: skipped)
    说明/               a folder entry
    旧资料.zip          a zip holding a CSV, read (an archive inside an archive), and 更早.zip, a zip
                        holding a CSV too: an archive inside an archive inside another, not opened

    python3 scripts/make_archive_fixture.py
"""
import io
import os
import zipfile

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
DATE = (2024, 9, 1, 8, 0, 0)


def member(zf, name, data, method=zipfile.ZIP_DEFLATED):
    info = zipfile.ZipInfo(name, date_time=DATE)
    info.compress_type = method
    info.external_attr = 0o644 << 16
    zf.writestr(info, data)


def read(path):
    with open(os.path.join(ROOT, path), "rb") as f:
        return f.read()


def main():
    innermost = io.BytesIO()
    with zipfile.ZipFile(innermost, "w") as zf:
        member(zf, "更早名单.csv", read("fixtures/demo/花名册_2024级.csv"))
    inner = io.BytesIO()
    with zipfile.ZipFile(inner, "w") as zf:
        member(zf, "旧名单.csv", read("fixtures/demo/花名册_2024级.csv"))
        member(zf, "更早.zip", innermost.getvalue(), zipfile.ZIP_STORED)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as zf:
        member(zf, "2024级/花名册.csv", read("fixtures/demo/花名册_2024级.csv"))
        member(zf, "学生信息.xlsx", read("fixtures/xlsx/xlsxwriter_roster.xlsx"), zipfile.ZIP_STORED)
        member(zf, "通知.doc", read("fixtures/libreoffice/notice.doc"))
        member(zf, "照片.png", b"\x89PNG\r\n\x1a\n" + bytes((i * 7) % 256 for i in range(2000)))
        member(zf, "说明/", b"")
        member(zf, "旧资料.zip", inner.getvalue(), zipfile.ZIP_STORED)
    os.makedirs(os.path.join(ROOT, "fixtures", "archive"), exist_ok=True)
    with open(os.path.join(ROOT, "fixtures", "archive", "班级资料.zip"), "wb") as f:
        f.write(out.getvalue())
    with zipfile.ZipFile(io.BytesIO(out.getvalue())) as zf:
        assert zf.testzip() is None
        print("wrote fixtures/archive/班级资料.zip:", [i.filename for i in zf.infolist()])


if __name__ == "__main__":
    main()
