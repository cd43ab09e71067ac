"""Zip files with every member dated alike, so that a fixture script writes the same bytes each run."""

from __future__ import annotations

import io
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
