#!/usr/bin/env python3
"""Writes leakscan's SQL dump fixtures into fixtures/sql/ (and their oracle, EXPECTED.json).

    python3 scripts/make_sql_fixtures.py            # rewrite fixtures/sql/
    python3 scripts/make_sql_fixtures.py --out DIR  # somewhere else

The same synthetic student table, dumped by the real tools that write such files:
- mysqldump.sql: MariaDB's mariadb-dump (apt-get install mariadb-server): a CREATE TABLE whose
  pinyin-coded columns carry COMMENTs (xm COMMENT '姓名'), and every row in one extended INSERT.
- pg_dump.sql: PostgreSQL's pg_dump with its defaults: the comments as COMMENT ON COLUMN, rows as COPY … FROM
  stdin data.
- pg_dump_inserts.sql: pg_dump --column-inserts: an INSERT with its column list for each row.
- sqlite_dump.sql: the sqlite3 shell's .dump: English column names, an INSERT per row.
Each server is started on a private socket in a temporary folder and stopped afterwards; a tool
that is missing leaves its file as it was.

All personal values are SYNTHETIC: they come from scripts/generate_roster.py's generators with a
fixed seed. Nothing is a real record.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import generate_roster as gr  # noqa: E402
import expected_json  # noqa: E402

SEED = 20261203
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

# (column, type, comment, kind of its values or None)
CODED = [("id", "int", None, None), ("xm", "varchar(20)", "姓名", "name"), ("xb", "varchar(2)", "性别", None),
         ("csrq", "date", "出生日期", "birth_date"), ("sfzjh", "varchar(18)", "身份证件号", "cn_id"),
         ("jhrxm", "varchar(20)", "监护人姓名", "name"), ("lxdh", "varchar(20)", "联系电话", "mobile"),
         ("jtzz", "varchar(100)", "家庭住址", "address")]
ENGLISH = ["id", "name", "gender", "birth_date", "id_card", "guardian_name", "phone", "home_address"]


def students(g: gr.Generator) -> list[list]:
    p = gr.POOLS
    rows = []
    for i in range(1, 5):
        sid, addr, di = g.id18(p.regions, p.student_dates, i % 2 == 1)
        rows.append([i, g.name(), "男" if i % 2 else "女", p.student_dates[di][2][0], sid, g.name(), g.mobile_plain(),
                     addr + g.rng.choice(p.addr_tails)])
    return rows


def oracle(text: str, rows: list[list], fields: list[str | None]) -> list[dict]:
    """Every planted value's line, character column and field, searched in row order."""
    found, cursor = [], 0
    for row in rows:
        for value, (_, _, _, kind), field in zip(row, CODED, fields):
            if kind is None:
                continue
            at = text.index(str(value), cursor)
            cursor = at + len(str(value))
            found.append({"kind": kind, "line": text.count("\n", 0, at) + 1,
                          "column": at - (text.rfind("\n", 0, at) + 1) + 1, "field": field, "value": str(value)})
    return found


def mariadb_dump(rows: list[list], work: str) -> str | None:
    if not shutil.which("mariadbd") or not shutil.which("mariadb-dump"):
        print("mariadb-server missing: mysqldump.sql not rewritten")
        return None
    data, sock = os.path.join(work, "mysql"), os.path.join(work, "mysql.sock")
    subprocess.run(["mariadb-install-db", "--user=root", f"--datadir={data}", "--auth-root-authentication-method=normal"],
                   check=True, capture_output=True)
    server = subprocess.Popen(["mariadbd", "--user=root", f"--datadir={data}", f"--socket={sock}", "--skip-networking",
                               f"--pid-file={work}/mysql.pid", "--character-set-server=utf8mb4"],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        for _ in range(100):
            if os.path.exists(sock):
                break
            time.sleep(0.1)
        columns = ",\n".join(f"  `{c}` {t} COMMENT '{m}'" if m else f"  `{c}` {t} NOT NULL" for c, t, m, _ in CODED)
        values = ",".join("(" + ",".join(str(v) if isinstance(v, int) else f"'{v}'" for v in row) + ")" for row in rows)
        sql = (f"CREATE DATABASE school CHARACTER SET utf8mb4; USE school;\n"
               f"CREATE TABLE xsjbxx (\n{columns},\n  PRIMARY KEY (`id`)\n) COMMENT='学生基本信息';\n"
               f"INSERT INTO xsjbxx VALUES {values};\n")
        subprocess.run(["mariadb", f"--socket={sock}", "-uroot", "--default-character-set=utf8mb4"], input=sql,
                       text=True, check=True)
        dump = subprocess.run(["mariadb-dump", f"--socket={sock}", "-uroot", "--skip-dump-date", "school"],
                              capture_output=True, text=True, check=True).stdout
        version = subprocess.run(["mariadb-dump", "--version"], capture_output=True, text=True).stdout.strip()
        return dump, version
    finally:
        server.terminate()
        server.wait()


def postgres_dumps(rows: list[list], work: str) -> tuple[str, str, str] | None:
    bins = sorted(d for d in os.listdir("/usr/lib/postgresql") if os.path.isdir(f"/usr/lib/postgresql/{d}/bin")) \
        if os.path.isdir("/usr/lib/postgresql") else []
    if not bins:
        print("postgresql missing: pg_dump*.sql not rewritten")
        return None
    bin_dir = f"/usr/lib/postgresql/{bins[-1]}/bin"
    data = os.path.join(work, "pg")
    os.chmod(work, 0o777)
    as_postgres = ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []
    subprocess.run(as_postgres + [f"{bin_dir}/initdb", "-D", data, "-E", "UTF8", "--locale=C"], check=True,
                   capture_output=True)
    # The server keeps pg_ctl's output open: it logs to a file, or communicate() would wait for it forever.
    subprocess.run(as_postgres + [f"{bin_dir}/pg_ctl", "-D", data, "-l", f"{work}/pg.log", "-o",
                                  f"-k {work} -c listen_addresses=''", "-w", "start"], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        psql = as_postgres + [f"{bin_dir}/psql", "-h", work, "-q", "-v", "ON_ERROR_STOP=1", "-d", "postgres"]
        columns = ", ".join(f"{c} {'integer' if t == 'int' else t}" for c, t, _, _ in CODED)
        values = ",".join("(" + ",".join(str(v) if isinstance(v, int) else f"'{v}'" for v in row) + ")" for row in rows)
        comments = "".join(f"COMMENT ON COLUMN xsjbxx.{c} IS '{m}';\n" for c, _, m, _ in CODED if m)
        sql = f"CREATE TABLE xsjbxx ({columns});\n{comments}INSERT INTO xsjbxx VALUES {values};\n"
        subprocess.run(psql, input=sql, text=True, check=True)
        dump = as_postgres + [f"{bin_dir}/pg_dump", "-h", work, "-d", "postgres", "--no-owner"]
        copy = subprocess.run(dump, capture_output=True, text=True, check=True).stdout
        inserts = subprocess.run(dump + ["--column-inserts"], capture_output=True, text=True, check=True).stdout
        version = subprocess.run([f"{bin_dir}/pg_dump", "--version"], capture_output=True, text=True).stdout.strip()
        return copy, inserts, version
    finally:
        subprocess.run(as_postgres + [f"{bin_dir}/pg_ctl", "-D", data, "-m", "fast", "stop"], capture_output=True)


def sqlite_dump(rows: list[list], work: str) -> tuple[str, str] | None:
    if not shutil.which("sqlite3"):
        print("sqlite3 missing: sqlite_dump.sql not rewritten")
        return None
    db = os.path.join(work, "school.db")
    columns = ", ".join(f"{c} {'INTEGER PRIMARY KEY' if c == 'id' else 'TEXT'}" for c in ENGLISH)
    values = ",".join("(" + ",".join(str(v) if isinstance(v, int) else f"'{v}'" for v in row) + ")" for row in rows)
    subprocess.run(["sqlite3", db], input=f"CREATE TABLE students ({columns});\nINSERT INTO students VALUES {values};\n",
                   text=True, check=True)
    dump = subprocess.run(["sqlite3", db, ".dump"], capture_output=True, text=True, check=True).stdout
    version = subprocess.run(["sqlite3", "--version"], capture_output=True, text=True).stdout.split()[0]
    return dump, f"sqlite3 {version} .dump"


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", default=os.path.join(ROOT, "fixtures/sql"))
    args = ap.parse_args(argv)
    os.makedirs(args.out, exist_ok=True)
    gr.POOLS = gr.Pools()
    g = gr.Generator(SEED)
    rows = students(g)
    expected_path = os.path.join(args.out, "EXPECTED.json")
    expected = expected_json.load(expected_path)
    expected["note"] = ("All values synthetic (scripts/make_sql_fixtures.py, seed %d). findings: every value planted, "
                        "with its 1-based line, its 1-based character column, the field leakscan names it by and its "
                        "value; record findings are not listed." % SEED)
    coded = [f"{c}（{m}）" if m else c for c, _, m, _ in CODED]
    written = {}
    with tempfile.TemporaryDirectory() as work:
        if made := mariadb_dump(rows, work):
            written["mysqldump.sql"] = (made[0], made[1] + " (defaults, --skip-dump-date)", coded)
        if made := postgres_dumps(rows, work):
            written["pg_dump.sql"] = (made[0], made[2] + " (defaults: COPY)", coded)
            written["pg_dump_inserts.sql"] = (made[1], made[2] + " --column-inserts", coded)
        if made := sqlite_dump(rows, work):
            written["sqlite_dump.sql"] = (made[0], made[1], ENGLISH)
    for name, (text, writer, fields) in written.items():
        with open(os.path.join(args.out, name), "w", encoding="utf-8") as f:
            f.write(text)
        expected[name] = {"writer": writer, "findings": oracle(text, rows, fields)}
    expected_json.save(expected_path, expected)
    print(f"wrote {args.out}: " + ", ".join(f"{n} ({w})" for n, (_, w, _) in written.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
