"""Zip files with every member dated alike, so that a fixture script writes the same bytes each run."""

from __future__ import annotations

import io
import re
import zipfile


def redated(data: bytes, date_time: tuple, patches: dict | None = None) -> bytes:
    """`data`, a zip, with every member (order, compression and attributes kept) dated `date_time`;
    `patches[name](bytes) -> bytes` rewrites a member's content."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            member = zipfile.ZipInfo(info.filename, date_time)
            member.compress_type = info.compress_type
            member.external_attr = info.external_attr
            member.create_system = info.create_system
            content = src.read(info)
            dst.writestr(member, (patches or {}).get(info.filename, lambda b: b)(content))
    return out.getvalue()


def redate_office_file(path: str, when) -> None:
    """Rewrites the Office document at `path` with every member dated `when` (a datetime), and the
    timestamps of its core properties too: openpyxl and python-docx stamp docProps/core.xml with
    the time of saving, whatever was set."""
    stamp = when.strftime("%Y-%m-%dT%H:%M:%SZ").encode()
    with open(path, "rb") as f:
        data = redated(f.read(), when.timetuple()[:6],
                       {"docProps/core.xml": lambda b: re.sub(rb"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", stamp, b)})
    with open(path, "wb") as f:
        f.write(data)
