#!/usr/bin/env python3
"""Writes leakscan's JSON test fixtures into fixtures/json/ (and their oracle, EXPECTED.json).

    python3 scripts/make_json_fixtures.py            # rewrite fixtures/json/
    python3 scripts/make_json_fixtures.py --out DIR  # somewhere else

Each file is written by a real JSON writer, as such files reach a repository:
- class_ascii.json: Python's json.dump with its defaults (ensure_ascii: every Chinese character
  written as a \\u escape) and indent=2: a class with its teacher, students and their guardians
  nested in it, keys in pinyin field codes (xm, sfzh, lxdh, jtzz, csrq).
- students.jsonl: JSON Lines from json.dumps(ensure_ascii=False), camelCase keys (studentName,
  idCard, guardianPhone, homeAddress), one ID kept as a float (4.101…e+17: its last digits lost).
- node_export.json: JSON.stringify(rows, null, 2) by Node.js (when `node` is installed), an ID
  and a phone held as JavaScript numbers: the ID comes out with its last digits lost.
- keyed_by_name.json: an object keyed by student name (json.dump, ensure_ascii=False): the keys
  are data, and never name a field.

All personal values are SYNTHETIC: they come from scripts/generate_roster.py's generators with a
fixed seed. Nothing is a real record.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import generate_roster as gr  # noqa: E402
import expected_json  # noqa: E402

SEED = 20261202
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


class Oracle:
    """Where each planted value stands in a file's text: 1-based line and character column."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.cursor = 0
        self.findings: list[dict] = []

    def add(self, kind: str, written: str, field: str | None, value: str | None = None) -> None:
        at = self.text.index(written, self.cursor)
        self.cursor = at + len(written)
        line = self.text.count("\n", 0, at) + 1
        column = at - (self.text.rfind("\n", 0, at) + 1) + 1
        self.findings.append({"kind": kind, "line": line, "column": column, "field": field,
                              "value": value if value is not None else written})


def escaped(value: str) -> str:
    """A string as json.dump writes it with ensure_ascii, without its quotes."""
    return json.dumps(value)[1:-1]


def person(g: gr.Generator) -> dict:
    p = gr.POOLS
    sid, addr, di = g.id18(p.regions, p.student_dates, g.rng.random() < 0.5)
    return {"id": sid, "birth": p.student_dates[di][2][0], "address": addr + g.rng.choice(p.addr_tails)}


def class_ascii(g: gr.Generator) -> tuple[str, list[dict]]:
    teacher, teacher_phone = g.name(), g.mobile_plain()
    students = []
    for _ in range(3):
        s = person(g)
        students.append({"xh": f"2024{g.rng.randint(1000, 9999)}", "xm": g.name(), "xb": g.rng.choice(["男", "女"]),
                         "csrq": s["birth"], "sfzh": s["id"], "jtzz": s["address"],
                         "guardians": [{"name": g.name(), "relation": "父亲", "lxdh": g.mobile_plain()},
                                       {"name": g.name(), "relation": "母亲", "lxdh": g.mobile_plain()}]})
    data = {"school": "郑州市第一实验小学", "class": "三年级(2)班", "office_phone": "0371-65501234",
            "teacher": {"name": teacher, "phone": teacher_phone}, "students": students}
    text = json.dumps(data, indent=2) + "\n"
    o = Oracle(text)
    o.add("name", escaped(teacher), "teacher.name", teacher)
    o.add("mobile", teacher_phone, "teacher.phone")
    for s in students:
        o.add("name", escaped(s["xm"]), "students.xm", s["xm"])
        o.add("birth_date", s["csrq"], "students.csrq")
        o.add("cn_id", s["sfzh"], "students.sfzh")
        o.add("address", escaped(s["jtzz"]), "students.jtzz", s["jtzz"])
        for guardian in s["guardians"]:
            o.add("name", escaped(guardian["name"]), "guardians.name", guardian["name"])
            o.add("mobile", guardian["lxdh"], "guardians.lxdh")
    return text, o.findings


def students_jsonl(g: gr.Generator) -> tuple[str, list[dict]]:
    rows = []
    floated = False
    for i in range(4):
        s = person(g)
        # Read from a spreadsheet by a program that took the ID column for numbers.
        as_float = i >= 2 and not floated and s["id"][-1] != "X"
        floated = floated or as_float
        id_value = float(s["id"]) if as_float else s["id"]
        rows.append({"studentName": g.name(), "idCard": id_value, "birthDate": s["birth"],
                     "guardianName": g.name(), "guardianPhone": g.mobile_plain(), "homeAddress": s["address"],
                     "remark": "" if i != 1 else f"家长另一号码{g.mobile_plain()}"})
    text = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)
    o = Oracle(text)
    for r in rows:
        o.add("name", r["studentName"], "studentName")
        if isinstance(r["idCard"], float):
            written = json.dumps(r["idCard"])
            digits = written.split("e")[0].replace(".", "")
            o.add("cn_id_truncated", written, "idCard", digits.ljust(18, "0"))
        else:
            o.add("cn_id", r["idCard"], "idCard")
        o.add("birth_date", r["birthDate"], "birthDate")
        o.add("name", r["guardianName"], "guardianName")
        o.add("mobile", r["guardianPhone"], "guardianPhone")
        o.add("address", r["homeAddress"], "homeAddress")
        if r["remark"]:
            o.add("mobile", r["remark"][6:], "remark")
    return text, o.findings


def node_export(g: gr.Generator) -> tuple[str, list[dict], str] | None:
    if shutil.which("node") is None:
        print("node missing: node_export.json not rewritten")
        return None
    rows = []
    for _ in range(2):
        s = person(g)
        rows.append({"name": g.name(), "idNumber": s["id"], "phone": g.mobile_plain()})
    # The ID and the phone are JavaScript numbers: what a front end sends when a form's field
    # was a number input. Doubles keep 15 to 17 significant digits.
    script = ("const rows = JSON.parse(process.argv[1]).map(r => ({name: r.name, idNumber: Number(r.idNumber), "
              "phone: Number(r.phone)}));\nprocess.stdout.write(JSON.stringify(rows, null, 2) + '\\n');")
    usable = [r for r in rows if r["idNumber"][-1] != "X"]
    text = subprocess.run(["node", "-e", script, json.dumps(usable)], capture_output=True, text=True, check=True).stdout
    o = Oracle(text)
    # The numbers as Node wrote them, in order.
    written_rows = json.loads(text, parse_int=str, parse_float=str)
    for r, written in zip(usable, written_rows):
        o.add("name", r["name"], "name")
        if written["idNumber"] == r["idNumber"]:
            o.add("cn_id", written["idNumber"], "idNumber")
        else:
            o.add("cn_id_truncated", written["idNumber"], "idNumber")
        o.add("mobile", written["phone"], "phone")
    version = subprocess.run(["node", "--version"], capture_output=True, text=True).stdout.strip()
    return text, o.findings, f"Node.js {version} JSON.stringify"


def keyed_by_name(g: gr.Generator) -> tuple[str, list[dict]]:
    data = {}
    for _ in range(2):
        s = person(g)
        data[g.name()] = {"身份证号": s["id"], "联系电话": g.mobile_plain()}
    text = json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    o = Oracle(text)
    for name, values in data.items():
        o.add("name", name, None)
        o.add("cn_id", values["身份证号"], "身份证号")
        o.add("mobile", values["联系电话"], "联系电话")
    return text, o.findings


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", default=os.path.join(ROOT, "fixtures/json"))
    args = ap.parse_args(argv)
    os.makedirs(args.out, exist_ok=True)
    gr.POOLS = gr.Pools()
    g = gr.Generator(SEED)
    python = f"Python {sys.version.split()[0]} json"
    files = {}
    for name, make, writer in [("class_ascii.json", class_ascii, python + " (ensure_ascii, indent=2)"),
                               ("students.jsonl", students_jsonl, python + " (ensure_ascii=False), a line each"),
                               ("keyed_by_name.json", keyed_by_name, python + " (ensure_ascii=False, indent=2)")]:
        text, found = make(g)
        files[name] = (text, found, writer)
    expected_path = os.path.join(args.out, "EXPECTED.json")
    previous = expected_json.load(expected_path)
    node = node_export(g)
    if node:
        files["node_export.json"] = node
    for name, (text, _, _) in files.items():
        with open(os.path.join(args.out, name), "w", encoding="utf-8") as f:
            f.write(text)
    expected = {
        "note": "All values synthetic (scripts/make_json_fixtures.py, seed %d). findings: every value planted, "
                "with its 1-based line, its 1-based character column, the field leakscan names it by "
                "and its value; record findings are not listed." % SEED,
    }
    for name, (_, found, writer) in files.items():
        expected[name] = {"writer": writer, "findings": found}
    if not node and "node_export.json" in previous:
        expected["node_export.json"] = previous["node_export.json"]
    expected_json.save(expected_path, expected)
    print(f"wrote {args.out}: " + ", ".join(f"{n} ({len(f)} findings)" for n, (_, f, _) in files.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
