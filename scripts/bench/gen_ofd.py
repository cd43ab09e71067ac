#!/usr/bin/env python3
"""Writes a roster CSV (scripts/generate_roster.py's, header first, UTF-8) as an OFD document, for
measuring leakscan's OFD reading (a measurement aid, not a test; standard library only):

    python3 scripts/generate_roster.py --rows 20000 --out /tmp/roster.csv --manifest /tmp/roster.json
    python3 scripts/bench/gen_ofd.py /tmp/roster.csv /tmp/roster.ofd
    leakscan scan --format counts --threads 1 /tmp/roster.ofd    # the CSV's counts, page by page

Fifty rows a page under the header repeated, each cell a text object of its own at its column's
left edge (columns as wide as their widest cell: a Chinese character the font size, other
characters 0.55 of it), advances listed one by one, as OFD writers that place each glyph do.
"""

import csv
import sys
import zipfile

SIZE = 3.0
ROWS_PER_PAGE = 50
NS = 'xmlns:ofd="http://www.ofdspec.org/2016"'


def advance(c: str) -> float:
    return SIZE if ord(c) > 127 else SIZE * 0.55


def width(text: str) -> float:
    return sum(advance(c) for c in text)


def text_object(x: float, y: float, text: str) -> str:
    escaped = text.replace("&", "&amp;").replace("<", "&lt;")
    deltas = " ".join(f"{advance(c):g}" for c in text[:-1])
    return (f'<ofd:TextObject ID="1" Boundary="{x:.2f} {y} {width(text):.2f} 4" Font="1" Size="{SIZE:g}">'
            f'<ofd:TextCode X="0" Y="{SIZE:g}" DeltaX="{deltas}">{escaped}</ofd:TextCode></ofd:TextObject>')


def main() -> None:
    source, out = sys.argv[1], sys.argv[2]
    with open(source, encoding="utf-8", newline="") as f:
        rows = list(csv.reader(f))
    header, body = rows[0], rows[1:]
    lefts, x = [], 5.0
    for column in range(len(header)):
        lefts.append(x)
        x += max(width(row[column]) for row in rows if column < len(row)) + 4
    pages = []
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("OFD.xml", f'<?xml version="1.0" encoding="UTF-8"?><ofd:OFD {NS} DocType="OFD" Version="1.0"><ofd:DocBody>'
                              '<ofd:DocInfo><ofd:Title>学生名册</ofd:Title></ofd:DocInfo><ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot>'
                              '</ofd:DocBody></ofd:OFD>')
        for start in range(0, len(body), ROWS_PER_PAGE):
            objects = [text_object(lefts[i], 10, h) for i, h in enumerate(header)]
            for r, row in enumerate(body[start:start + ROWS_PER_PAGE]):
                objects += [text_object(lefts[i], 16 + 5 * r, v) for i, v in enumerate(row) if v]
            location = f"Pages/Page_{len(pages)}/Content.xml"
            z.writestr("Doc_0/" + location, f'<?xml version="1.0" encoding="UTF-8"?><ofd:Page {NS}><ofd:Content><ofd:Layer ID="2">'
                                            + "".join(objects) + "</ofd:Layer></ofd:Content></ofd:Page>")
            pages.append(location)
        z.writestr("Doc_0/Document.xml", f'<?xml version="1.0" encoding="UTF-8"?><ofd:Document {NS}><ofd:CommonData>'
                                         '<ofd:MaxUnitID>1</ofd:MaxUnitID></ofd:CommonData><ofd:Pages>'
                                         + "".join(f'<ofd:Page ID="{i}" BaseLoc="{p}"/>' for i, p in enumerate(pages))
                                         + "</ofd:Pages></ofd:Document>")


if __name__ == "__main__":
    main()
