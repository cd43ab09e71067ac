"""Writes Outlook messages (.msg, MS-OXMSG) in an OLE compound file (MS-CFB version 3), for
leakscan's fixtures: no writer of either is on PyPI (extract_msg and olefile only read), and no
Outlook is here. Only what a saved message needs: the message's string properties as UTF-16
streams (`__substg1.0_TTTTPPPP`), a fixed-size property stream per object, a storage per
recipient and per attachment; small streams in the mini stream, as Outlook keeps them."""

from __future__ import annotations

import struct

END, FREE, FAT, NONE = 0xFFFFFFFE, 0xFFFFFFFF, 0xFFFFFFFD, 0xFFFFFFFF
SECTOR, MINI, CUTOFF = 512, 64, 4096


def compound_file(tree: dict) -> bytes:
    """`tree`: names to bytes (streams) or to dicts (storages)."""
    entries = []

    def add(name, node, kind):
        entries.append({"name": name, "kind": kind, "data": node if kind == 2 else None, "kids": [],
                        "left": NONE, "right": NONE, "child": NONE, "start": END, "size": 0})
        index = len(entries) - 1
        if kind != 2:
            for key, value in node.items():
                entries[index]["kids"].append(add(key, value, 1 if isinstance(value, dict) else 2))
        return index

    add("Root Entry", tree, 5)

    # Each storage's children as a balanced tree, ordered as MS-CFB orders names.
    def balance(ids):
        if not ids:
            return NONE
        middle = len(ids) // 2
        entries[ids[middle]]["left"] = balance(ids[:middle])
        entries[ids[middle]]["right"] = balance(ids[middle + 1:])
        return ids[middle]

    for e in entries:
        if e["kind"] != 2:
            e["child"] = balance(sorted(e["kids"], key=lambda i: (len(entries[i]["name"]), entries[i]["name"].upper())))

    sectors, fat = [], []

    def allocate(data: bytes) -> int:
        count = (len(data) + SECTOR - 1) // SECTOR
        if count == 0:
            return END
        first = len(sectors)
        for k in range(count):
            sectors.append(data[k * SECTOR:(k + 1) * SECTOR].ljust(SECTOR, b"\0"))
            fat.append(first + k + 1 if k < count - 1 else END)
        return first

    mini, minifat = bytearray(), []
    for e in entries:
        if e["kind"] != 2:
            continue
        data = e["data"]
        e["size"] = len(data)
        if not data:
            continue
        if len(data) < CUTOFF:
            first, count = len(mini) // MINI, (len(data) + MINI - 1) // MINI
            mini += data.ljust(count * MINI, b"\0")
            minifat += [first + k + 1 if k < count - 1 else END for k in range(count)]
            e["start"] = first
        else:
            e["start"] = allocate(data)
    entries[0]["start"], entries[0]["size"] = (allocate(bytes(mini)), len(mini)) if mini else (END, 0)
    minifat_bytes = b"".join(struct.pack("<I", x) for x in minifat)
    minifat_bytes = minifat_bytes.ljust(-(-len(minifat_bytes) // SECTOR) * SECTOR, b"\xff")
    minifat_start = allocate(minifat_bytes) if minifat else END

    directory = bytearray()
    for e in entries:
        name = e["name"].encode("utf-16-le") + b"\0\0"
        directory += name.ljust(64, b"\0") + struct.pack("<HBB", len(name), e["kind"], 1)
        directory += struct.pack("<III", e["left"], e["right"], e["child"]) + b"\0" * 36
        directory += struct.pack("<IQ", e["start"] if e["kind"] != 1 else 0, e["size"])
    while len(directory) % SECTOR:
        directory += b"\0" * 66 + struct.pack("<BB", 0, 0) + struct.pack("<III", NONE, NONE, NONE) + b"\0" * 48
    directory_start = allocate(bytes(directory))

    fat_sectors = 1
    while len(fat) + fat_sectors > fat_sectors * (SECTOR // 4):
        fat_sectors += 1
    first_fat = len(sectors)
    fat += [FAT] * fat_sectors
    fat += [FREE] * (fat_sectors * (SECTOR // 4) - len(fat))
    table = b"".join(struct.pack("<I", x) for x in fat)
    sectors += [table[k * SECTOR:(k + 1) * SECTOR] for k in range(fat_sectors)]
    difat = [first_fat + k for k in range(fat_sectors)] + [FREE] * (109 - fat_sectors)
    header = bytes.fromhex("D0CF11E0A1B11AE1") + b"\0" * 16 + struct.pack("<HHHHH", 0x3E, 3, 0xFFFE, 9, 6) + b"\0" * 6
    header += struct.pack("<IIIIIIIII", 0, fat_sectors, directory_start, 0, CUTOFF, minifat_start,
                          len(minifat_bytes) // SECTOR if minifat else 0, END, 0)
    header += b"".join(struct.pack("<I", x) for x in difat)
    return header + b"".join(sectors)


def _fixed(properties, header: bytes) -> bytes:
    """The `__properties_version1.0` stream: after `header`, 16 bytes a property."""
    out = bytearray(header)
    for tag, value in properties:
        kind = tag & 0xFFFF
        if kind == 0x001F:
            out += struct.pack("<IIII", tag, 6, len(value.encode("utf-16-le")) + 2, 0)
        elif kind == 0x0102:
            out += struct.pack("<IIII", tag, 6, len(value), 0)
        elif kind == 0x0003:
            out += struct.pack("<IIiI", tag, 6, value, 0)
    return bytes(out)


def _streams(properties) -> dict:
    out = {}
    for tag, value in properties:
        if tag & 0xFFFF == 0x001F:
            out["__substg1.0_%08X" % tag] = value.encode("utf-16-le")
        elif tag & 0xFFFF == 0x0102:
            out["__substg1.0_%08X" % tag] = value
    return out


def message(subject: str, body: str, sender: tuple[str, str], recipients: list[tuple[str, str, int]],
            attachments: list[tuple[str, bytes]]) -> bytes:
    """`recipients`: (display name, address, 1 To / 2 Cc); `attachments`: (file name, bytes)."""
    top = [(0x001A001F, "IPM.Note"), (0x0037001F, subject), (0x1000001F, body), (0x0C1A001F, sender[0]),
           (0x0C1F001F, sender[1]), (0x0042001F, sender[0]), (0x0065001F, sender[1]),
           (0x0E04001F, "; ".join(r[0] for r in recipients if r[2] == 1))]
    tree = _streams(top)
    tree["__properties_version1.0"] = _fixed(top, b"\0" * 8 + struct.pack("<IIII", len(recipients), len(attachments),
                                                                            len(recipients), len(attachments)) + b"\0" * 8)
    tree["__nameid_version1.0"] = {"__substg1.0_00020102": b"", "__substg1.0_00030102": b"", "__substg1.0_00040102": b""}
    for k, (name, address, kind) in enumerate(recipients):
        properties = [(0x3001001F, name), (0x3003001F, address), (0x3002001F, "SMTP"), (0x39FE001F, address), (0x0C150003, kind)]
        storage = _streams(properties)
        storage["__properties_version1.0"] = _fixed(properties, b"\0" * 8)
        tree["__recip_version1.0_#%08X" % k] = storage
    for k, (name, data) in enumerate(attachments):
        properties = [(0x3707001F, name), (0x3001001F, name), (0x37050003, 1), (0x37010102, data)]
        storage = _streams(properties)
        storage["__properties_version1.0"] = _fixed(properties, b"\0" * 8)
        tree["__attach_version1.0_#%08X" % k] = storage
    return compound_file(tree)
