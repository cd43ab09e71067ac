#!/usr/bin/env python3
"""Writes leakscan's key-value text fixtures into fixtures/keyvalue/ (and their oracle, EXPECTED.json).

    python3 scripts/make_keyvalue_fixtures.py            # rewrite fixtures/keyvalue/
    python3 scripts/make_keyvalue_fixtures.py --out DIR  # somewhere else

The same synthetic students, written by the real writers of such files:
- students.yaml: PyYAML's yaml.dump(allow_unicode=True, sort_keys=False): pinyin field codes,
  a list of students, each with a nested list of guardians (PyYAML puts a list at its key's
  indentation).
- students_escaped.yml: PyYAML's yaml.safe_dump with its defaults: every Chinese character a
  \\uXXXX escape in double quotes, long values folded over two lines.
- contacts.properties: Java's java.util.Properties.store (compiled and run here when javac is
  installed; the file is left as it was otherwise): flat dotted keys, Chinese as \\uXXXX escapes.
- contacts.ini: Python's configparser: a section per student, English keys.

All personal values are SYNTHETIC: they come from scripts/generate_roster.py's generators with a
fixed seed. Nothing is a real record.
"""

from __future__ import annotations

import argparse
import configparser
import io
import os
import shutil
import subprocess
import sys
import tempfile

import yaml

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import generate_roster as gr  # noqa: E402
import expected_json  # noqa: E402

SEED = 20261204
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def students(g: gr.Generator) -> list[dict]:
    p = gr.POOLS
    rows = []
    for i in range(3):
        sid, addr, _ = g.id18(p.regions, p.student_dates, i % 2 == 0)
        rows.append({"xm": g.name(), "xb": "男" if i % 2 else "女", "sfzjh": sid, "lxdh": g.mobile_plain(),
                     "jtzz": addr + g.rng.choice(p.addr_tails),
                     "guardians": [{"name": g.name(), "relation": "母亲", "phone": g.mobile_plain()}]})
    return rows


KINDS = {"xm": "name", "sfzjh": "cn_id", "lxdh": "mobile", "jtzz": "address", "name": "name", "phone": "mobile"}


def java_escaped(value: str) -> str:
    """A value as Properties.store and PyYAML's safe_dump write it: non-ASCII as \\uXXXX."""
    return "".join(c if ord(c) < 0x80 else "\\u%04X" % ord(c) for c in value)


class Oracle:
    """Where each planted value starts in a file's text: 1-based line and character column."""

    def __init__(self, text: str) -> None:
        self.text, self.cursor, self.findings = text, 0, []

    def add(self, kind: str, value: str, field: str, escaped: bool = False) -> None:
        # The value's first characters as written: a folded value goes on over the next line.
        head = (java_escaped if escaped else str)(value[:4])
        at = self.text.index(head, self.cursor)
        self.cursor = at + len(head)
        self.findings.append({"kind": kind, "line": self.text.count("\n", 0, at) + 1,
                              "column": at - (self.text.rfind("\n", 0, at) + 1) + 1, "field": field, "value": value})


def yaml_oracle(text: str, rows: list[dict], escaped: bool) -> list[dict]:
    oracle = Oracle(text)
    for row in rows:
        for key in ("xm", "sfzjh", "lxdh", "jtzz"):
            oracle.add(KINDS[key], row[key], f"students.{key}", escaped)
        for guardian in row["guardians"]:
            for key in ("name", "phone"):
                oracle.add(KINDS[key], guardian[key], f"guardians.{key}", escaped)
    return oracle.findings


def flat(rows: list[dict]) -> list[tuple[str, str, str]]:
    """(key, value, kind) of each student's values, as the flat formats hold them."""
    out = []
    for n, row in enumerate(rows, 1):
        out += [(f"student.{n}.{key}", row[key], KINDS[key]) for key in ("xm", "sfzjh", "lxdh", "jtzz")]
        out += [(f"student.{n}.guardian.{key}", row["guardians"][0][key], KINDS[key]) for key in ("name", "phone")]
    return out


def java_properties(rows: list[dict], work: str) -> tuple[str, str] | None:
    if not shutil.which("javac"):
        print("javac missing: contacts.properties not rewritten")
        return None
    # A LinkedHashMap-backed Properties keeps the order, so the oracle can search in order; store()
    # to a byte stream (not a Writer) escapes every character past Latin-1 as \\uXXXX.
    puts = "\n".join(f'        p.put("{k}", "{java_escaped(v)}");' for k, v, _ in flat(rows))
    source = f"""import java.io.*;
import java.util.*;
public class Store {{
    public static void main(String[] args) throws IOException {{
        Map<Object, Object> order = new LinkedHashMap<>();
        Properties p = new Properties() {{
            public synchronized Object put(Object k, Object v) {{ order.put(k, v); return super.put(k, v); }}
            public Set<Map.Entry<Object, Object>> entrySet() {{ return order.entrySet(); }}
        }};
{puts}
        try (OutputStream out = new FileOutputStream(args[0])) {{
            p.store(out, "student contacts");
        }}
    }}
}}
"""
    with open(os.path.join(work, "Store.java"), "w", encoding="utf-8") as f:
        f.write(source)
    subprocess.run(["javac", "-encoding", "UTF-8", "Store.java"], cwd=work, check=True)
    out = os.path.join(work, "contacts.properties")
    subprocess.run(["java", "-cp", work, "Store", out], check=True)
    text = open(out, encoding="latin-1").read()
    # Properties.store writes the time as its second comment line: dropped, so the file is stable.
    text = "".join(line for line in text.splitlines(keepends=True) if not line.startswith("#") or "contacts" in line)
    version = subprocess.run(["java", "-version"], capture_output=True, text=True).stderr.splitlines()[0]
    return text, f"java.util.Properties.store ({version}; its date comment line dropped)"


def ini(rows: list[dict]) -> str:
    config = configparser.ConfigParser()
    for n, row in enumerate(rows, 1):
        config[f"student_{n}"] = {"name": row["xm"], "id_card": row["sfzjh"], "mobile": row["lxdh"],
                                  "home_address": row["jtzz"], "guardian_name": row["guardians"][0]["name"],
                                  "guardian_phone": row["guardians"][0]["phone"]}
    out = io.StringIO()
    config.write(out)
    return out.getvalue()


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", default=os.path.join(ROOT, "fixtures/keyvalue"))
    args = ap.parse_args(argv)
    os.makedirs(args.out, exist_ok=True)
    gr.POOLS = gr.Pools()
    g = gr.Generator(SEED)
    rows = students(g)
    expected_path = os.path.join(args.out, "EXPECTED.json")
    expected = expected_json.load(expected_path)
    expected["note"] = ("All values synthetic (scripts/make_keyvalue_fixtures.py, seed %d). findings: every value "
                        "planted, with its 1-based line, its 1-based character column, the field leakscan names it by "
                        "and its value; record findings are not listed." % SEED)
    data = {"school": "示范中学", "students": rows}
    written = {}
    text = yaml.dump(data, allow_unicode=True, sort_keys=False)
    written["students.yaml"] = (text, f"PyYAML {yaml.__version__} yaml.dump(allow_unicode=True, sort_keys=False)",
                                yaml_oracle(text, rows, False))
    text = yaml.safe_dump(data, sort_keys=False)
    written["students_escaped.yml"] = (text, f"PyYAML {yaml.__version__} yaml.safe_dump(sort_keys=False)",
                                       yaml_oracle(text, rows, True))
    with tempfile.TemporaryDirectory() as work:
        if made := java_properties(rows, work):
            oracle = Oracle(made[0])
            for key, value, kind in flat(rows):
                oracle.add(kind, value, key, escaped=True)
            written["contacts.properties"] = (made[0], made[1], oracle.findings)
    text = ini(rows)
    oracle = Oracle(text)
    for n, row in enumerate(rows, 1):
        for key, value, kind in [("name", row["xm"], "name"), ("id_card", row["sfzjh"], "cn_id"),
                                 ("mobile", row["lxdh"], "mobile"), ("home_address", row["jtzz"], "address"),
                                 ("guardian_name", row["guardians"][0]["name"], "name"),
                                 ("guardian_phone", row["guardians"][0]["phone"], "mobile")]:
            oracle.add(kind, value, f"student_{n}.{key}")
    written["contacts.ini"] = (text, f"Python {sys.version.split()[0]} configparser", oracle.findings)
    for name, (text, writer, findings) in written.items():
        with open(os.path.join(args.out, name), "w", encoding="utf-8", newline="") as f:
            f.write(text)
        expected[name] = {"writer": writer, "findings": findings}
    expected_json.save(expected_path, expected)
    print(f"wrote {args.out}: " + ", ".join(f"{n} ({w})" for n, (_, w, _) in written.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
