#!/usr/bin/env python3
"""Writes leakscan's dBase / FoxPro table fixtures into fixtures/dbf/ (and their oracle, EXPECTED.json).

    python3 scripts/make_dbf_fixtures.py            # rewrite fixtures/dbf/
    python3 scripts/make_dbf_fixtures.py --out DIR  # somewhere else

The tables old 学籍, 中考 and 高考报名 systems export, written by the `dbf` package (a real
writer of dBase III, FoxPro and Visual FoxPro tables, pinned below, run in a venv) and read back
with `dbfread` (another package) to check every planted value:
- T_TDD.DBF: dBase III, GBK (language driver 0x4D), pinyin-coded field names as the 高考报名
  system's (KSH 考生号, XM, XB, SFZH, LXDH, CSRQ a date field, JTZZ); its third record deleted.
- xjxx_vfp.dbf: Visual FoxPro, GBK, Chinese field names (姓名, 身份证号, 家长手机, 出生日期), the ID
  and the mobile in numeric fields (N(18,0), N(11,0)); the writer goes through a double, as
  FoxPro does, so an ID there keeps its first 16 or 17 digits only.
- nocodepage.dbf: T_TDD.DBF's table with its language driver byte set to 0, as dBase III and
  many exports leave it: its GBK must be told from the text.
- 课程代码.dbf: a course list (codes, names, hours): no personal data.
- jtqk_vfp.dbf and jtqk_vfp.fpt: Visual FoxPro, a pupil's name and a memo field (家庭情况: a
  parent's name, mobile and the home address) whose texts the writer puts in the .fpt memo file;
  EXPECTED.json lists the memo file's values under `memos`, `line` the memo's number (a line of `memos.txt`).

EXPECTED.json's `line` is the record number (deleted records counted, as dBase counts them),
`column` the field number, `field` the field name.

All personal values are SYNTHETIC: they come from scripts/generate_roster.py's generators with a
fixed seed. Nothing is a real record.
"""

from __future__ import annotations

import argparse
import datetime
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import pinned_venv  # noqa: E402

pinned_venv.ensure({"dbf": "0.99.11", "dbfread": "2.0.7"}, os.environ.get("DBF_VENV", "/tmp/leakscan-dbf-venv"))

import dbf  # noqa: E402
import dbfread  # noqa: E402
import expected_json  # noqa: E402
import generate_roster as gr  # noqa: E402

SEED = 20261205
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
# dbf stamps the day it writes in the header: fixed, so that a regeneration repeats the bytes.
STAMP = bytes([2024 - 1900, 9, 1])

# (field, dbf spec, kind of its values or None)
TDD = [("KSH", "C(14)", None), ("XM", "C(10)", "name"), ("XB", "C(2)", None), ("SFZH", "C(18)", "cn_id"),
       ("LXDH", "C(11)", "mobile"), ("CSRQ", "D", "birth_date"), ("JTZZ", "C(60)", "address")]
VFP = [("姓名", "C(10)", "name"), ("身份证号", "N(18,0)", "cn_id"), ("家长手机", "N(11,0)", "mobile"),
       ("出生日期", "D", "birth_date")]


def students(g: gr.Generator, n: int) -> list[dict]:
    p = gr.POOLS
    rows = []
    for i in range(1, n + 1):
        sid, addr, di = g.id18(p.regions, p.student_dates, i % 2 == 1)
        ymd = sid[6:14]
        rows.append({"ksh": f"2441010511{i:04d}", "name": g.name(), "sex": "男" if i % 2 else "女", "id": sid,
                     "mobile": g.mobile_plain(), "birth": datetime.date(int(ymd[:4]), int(ymd[4:6]), int(ymd[6:])),
                     "address": addr + g.rng.choice(p.addr_tails)})
    return rows


def write(path: str, fields: list[tuple], rows: list[tuple], dbf_type: str, deleted: set[int] = frozenset()) -> None:
    table = dbf.Table(path, "; ".join(f"{name} {spec}" for name, spec, _ in fields), dbf_type=dbf_type,
                      codepage="cp936", on_disk=True)
    table.open(dbf.READ_WRITE)
    for row in rows:
        table.append(row)
    for k in deleted:
        dbf.delete(table[k])
    table.close()
    with open(path, "r+b") as f:
        f.seek(1)
        f.write(STAMP)


def planted(path: str, fields: list[tuple]) -> list[dict]:
    """Every value of a kind, read back by dbfread: record number, field number, field, value."""
    table = dbfread.DBF(path, encoding="gbk", char_decode_errors="strict")
    with open(path, "rb") as f:
        data = f.read()
    size, start = table.header.recordlen, table.header.headerlen
    # dBase III ends the file with 0x1A; dbf writes none after a Visual FoxPro table.
    count = (len(data) - start) // size
    assert len(data) - start - count * size == (1 if data[-1] == 0x1A else 0), path
    # dbfread gives live and deleted records apart: numbered as they stand in the file.
    live, deleted = iter(table.records), iter(table.deleted)
    found = []
    for number in range(1, count + 1):
        record = next(deleted if data[start + (number - 1) * size] == ord("*") else live)
        for column, (name, _, kind) in enumerate(fields, start=1):
            if kind is None:
                continue
            value = record[name]
            text = value.strftime("%Y%m%d") if isinstance(value, datetime.date) else str(value)
            # dbf writes a numeric field through a double, as FoxPro computes: an 18-digit ID keeps
            # 16 or 17 of its digits, and is read as an ID that lost its last ones.
            if kind == "cn_id" and not gr.is_valid_id18(text):
                kind = "cn_id_truncated"
            found.append({"kind": kind, "line": number, "column": column, "field": name, "value": text})
    return found


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", default=os.path.join(ROOT, "fixtures", "dbf"))
    out = parser.parse_args().out
    os.makedirs(out, exist_ok=True)
    gr.POOLS = gr.Pools()
    g = gr.Generator(SEED)
    oracle = {}

    rows = students(g, 4)
    tdd = [(r["ksh"], r["name"], r["sex"], r["id"], r["mobile"], r["birth"], r["address"]) for r in rows]
    path = os.path.join(out, "T_TDD.DBF")
    write(path, TDD, tdd, "db3", deleted={2})
    oracle["T_TDD.DBF"] = {"findings": planted(path, TDD), "deleted": [3]}

    with open(path, "rb") as f:
        data = bytearray(f.read())
    data[29] = 0
    path = os.path.join(out, "nocodepage.dbf")
    with open(path, "wb") as f:
        f.write(data)
    oracle["nocodepage.dbf"] = {"findings": oracle["T_TDD.DBF"]["findings"], "deleted": [3]}

    rows = students(g, 3)
    # An ID ending in X cannot be a number: those pupils are left out of this table.
    vfp = [(r["name"], int(r["id"]), int(r["mobile"]), r["birth"]) for r in rows if r["id"].isdigit()]
    path = os.path.join(out, "xjxx_vfp.dbf")
    write(path, VFP, vfp, "vfp")
    oracle["xjxx_vfp.dbf"] = {"findings": planted(path, VFP)}

    courses = [("KCDM", "C(6)", None), ("KCMC", "C(20)", None), ("XS", "N(3,0)", None)]
    write(os.path.join(out, "课程代码.dbf"), courses,
          [(f"{100 + i:06d}", name, 32 + i) for i, name in enumerate(["语文", "数学", "英语", "物理", "化学"])], "db3")

    # Visual FoxPro with a memo field: its texts go to jtqk_vfp.fpt beside the table.
    memo_fields = [("XM", "C(10)", "name"), ("JTQK", "M", None)]
    families, memos = [], []
    for r in students(g, 3):
        parent, mobile = g.name(), g.mobile_plain()
        families.append((r["name"], f"父亲{parent}，手机{mobile}，家住{r['address']}"))
        memos += [{"kind": "name", "line": len(families), "value": parent}, {"kind": "mobile", "line": len(families), "value": mobile},
                  {"kind": "address", "line": len(families), "value": r["address"]}]
    path = os.path.join(out, "jtqk_vfp.dbf")
    write(path, memo_fields, families, "vfp")
    oracle["jtqk_vfp.dbf"] = {"findings": planted(path, memo_fields)}
    oracle["jtqk_vfp.fpt"] = {"member": "memos.txt", "memos": memos}

    expected_json.save(os.path.join(out, "EXPECTED.json"), oracle)
    print(f"dbf {dbf.version}, dbfread {dbfread.__version__}: wrote {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
