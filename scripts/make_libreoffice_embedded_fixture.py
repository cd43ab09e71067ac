#!/usr/bin/env python3
"""Writes fixtures/embedded/libreoffice_embedded.doc and .docx: a notice typed in LibreOffice
Writer with a roster inserted as an embedded Calc object (Insert > OLE Object > LibreOffice
Calc), saved as Word 97 and as Word 2007 XML. LibreOffice writes the object as Word does: in
the .doc an Excel 97 workbook in a storage of `ObjectPool` (`ObjectPool/_2147483647/Workbook`),
in the .docx an .xlsx part (`word/embeddings/oleObject1.xlsx`). Values are synthetic (the IDs
carry the GB 11643 check character; names made up), the same as scripts/make_embedded_fixtures.py.

Needs LibreOffice with its Python bridge (Debian: apt-get install -y libreoffice-writer-nogui
libreoffice-calc-nogui python3-uno) and runs under the system python3, which has `uno`:

    /usr/bin/python3 scripts/make_libreoffice_embedded_fixture.py

Run once; the result is committed (LibreOffice stamps the time into it, so a new run is not
byte-identical).
"""
import os
import subprocess
import tempfile
import time

import uno
from com.sun.star.beans import PropertyValue

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
OUT = os.path.join(ROOT, "fixtures", "embedded", "libreoffice_embedded")
CALC_CLSID = "47BBB4CB-CE4C-4E80-a591-42d9ae74950f"
ROWS = [("姓名", "身份证号", "家长手机"),
        ("伍梓萌", "410105201304181029", "13612345670"),
        ("甘子墨", "410105201211272036", "15923456781")]


def prop(name, value):
    p = PropertyValue()
    p.Name, p.Value = name, value
    return p


def connect(pipe):
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
    for _ in range(60):
        try:
            return resolver.resolve(f"uno:pipe,name={pipe};urp;StarOffice.ComponentContext")
        except Exception:  # not listening yet
            time.sleep(1)
    raise SystemExit("LibreOffice did not start")


def main():
    profile = tempfile.mkdtemp()
    pipe = f"leakscan{os.getpid()}"
    office = subprocess.Popen(["soffice", "--headless", "--invisible", "--norestore",
                               f"-env:UserInstallation=file://{profile}", f"--accept=pipe,name={pipe};urp;"])
    try:
        ctx = connect(pipe)
        desktop = ctx.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", ctx)
        doc = desktop.loadComponentFromURL("private:factory/swriter", "_blank", 0, (prop("Hidden", True),))
        cursor = doc.Text.createTextCursor()
        doc.Text.insertString(cursor, "关于核对新生信息的通知：请各班主任核对下表。", False)
        obj = doc.createInstance("com.sun.star.text.TextEmbeddedObject")
        obj.CLSID = CALC_CLSID
        doc.Text.insertTextContent(cursor, obj, False)
        sheet = obj.getEmbeddedObject().Sheets.getByIndex(0)
        for r, row in enumerate(ROWS):
            for c, value in enumerate(row):
                sheet.getCellByPosition(c, r).setString(value)
        obj.getEmbeddedObject().setModified(True)
        doc.storeToURL(uno.systemPathToFileUrl(os.path.abspath(OUT + ".doc")), (prop("FilterName", "MS Word 97"),))
        doc.storeToURL(uno.systemPathToFileUrl(os.path.abspath(OUT + ".docx")), (prop("FilterName", "MS Word 2007 XML"),))
        doc.close(True)
        try:
            desktop.terminate()
        except Exception:  # the bridge closes as LibreOffice quits
            pass
        office.wait(timeout=60)
    finally:
        if office.poll() is None:
            office.kill()
    print("wrote", OUT + ".doc", OUT + ".docx")


if __name__ == "__main__":
    main()
