#!/usr/bin/env python3
"""Measures the precision and recall of leakscan's `name` and `address` detectors on the labelled
fixtures (fixtures/labelled, written by scripts/make_labelled_fixtures.py; all data synthetic).

Usage (Python 3 standard library only):
    python3 scripts/evaluate_detection.py                         # scan fixtures/labelled, print a table
    python3 scripts/evaluate_detection.py --verbose               # also every false positive and negative
    python3 scripts/evaluate_detection.py --json                  # the metrics as one JSON object
    python3 scripts/evaluate_detection.py --binary PATH DIR       # another binary or fixtures folder
    python3 scripts/evaluate_detection.py --findings scan.jsonl   # score saved output instead of scanning

It runs `BINARY scan --format jsonl --show-values --lang en --threads 1 DIR` (exit status 1, "found
something", is expected) and reads one JSON object per output line: findings, errors, a summary.

Scoring, per file category of DIR/LABELS.jsonl (name_column, name_record, name_free_text, address)
and per kind (name, address): a finding matches an unused label with the same path, line and kind;
name values must be equal; address values must overlap substantially (one contains the other, or
their longest common substring covers at least 60% of the label). Unmatched findings are false
positives, unmatched labels false negatives; findings of other kinds are not scored there. An
overall address row adds up every file. In `clean` files every finding of any kind is a false
positive. Organisational findings (`"organisational":true`, not printed by default) are skipped.

Targets: name_column name P >= 0.99 and R >= 0.99; name_free_text name P >= 0.95 and R >= 0.85;
address (all files) P >= 0.95 and R >= 0.90; clean: zero findings. name_record has no target.
Exit status: 0 all targets met, 1 a target missed, 2 usage or run error.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys

SCORED_KINDS = ("name", "address")
CATEGORY_ORDER = ("name_column", "name_record", "name_free_text", "address")
ALL = "all"
# (category, kind) -> (min precision, min recall)
TARGETS = {
    ("name_column", "name"): (0.99, 0.99),
    ("name_free_text", "name"): (0.95, 0.85),
    (ALL, "address"): (0.95, 0.90),
}
ADDRESS_MIN_COVER = 0.6


class RunError(Exception):
    pass


# --- Inputs --------------------------------------------------------------------------------------------

def load_labels(fixtures: str) -> tuple[dict[str, str], list[dict]]:
    path = os.path.join(fixtures, "LABELS.jsonl")
    try:
        f = open(path, encoding="utf-8")
    except OSError as e:
        raise RunError(f"cannot read {path}: {e}")
    files: dict[str, str] = {}
    labels: list[dict] = []
    with f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                e = json.loads(line)
            except ValueError as x:
                raise RunError(f"{path}:{n}: not JSON: {x}")
            if e.get("type") == "file":
                files[e["path"]] = e["category"]
            elif e.get("type") == "label":
                if e["path"] not in files:
                    raise RunError(f"{path}:{n}: label for a file not declared above: {e['path']}")
                labels.append(e)
            else:
                raise RunError(f"{path}:{n}: unknown type {e.get('type')!r}")
    if not files:
        raise RunError(f"{path}: no files declared")
    return files, labels


def run_scan(binary: str, fixtures: str, timeout: float) -> list[str]:
    if not os.path.isfile(binary) or not os.access(binary, os.X_OK):
        raise RunError(f"binary not found or not executable: {binary} (build it: swift build -c release)")
    cmd = [binary, "scan", "--format", "jsonl", "--show-values", "--lang", "en", "--threads", "1", fixtures]
    try:
        p = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=timeout)
    except subprocess.TimeoutExpired:
        raise RunError(f"scan did not finish in {timeout:.0f} s: {' '.join(cmd)}")
    except OSError as e:
        raise RunError(f"cannot run {binary}: {e}")
    # 0 nothing found, 1 personal data found (expected here), 3 some files not scanned (reported below)
    if p.returncode not in (0, 1, 3):
        err = p.stderr.decode("utf-8", "replace").strip()
        raise RunError(f"scan failed with exit status {p.returncode}: {' '.join(cmd)}\n{err}")
    return p.stdout.decode("utf-8").splitlines()


def parse_output(lines: list[str]) -> tuple[list[dict], list[dict], dict | None]:
    findings, errors, summary = [], [], None
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except ValueError as e:
            raise RunError(f"scan output line {n} is not JSON ({e}): {line[:200]}")
        t = obj.get("type")
        if t == "finding":
            findings.append(obj)
        elif t == "error":
            errors.append(obj)
        elif t == "summary":
            summary = obj
        else:
            raise RunError(f"scan output line {n}: unknown type {t!r}")
    return findings, errors, summary


def relative(path: str, fixtures: str) -> str | None:
    """The finding's path relative to the fixtures folder (as in LABELS.jsonl), or None."""
    rel = os.path.relpath(os.path.normpath(path), os.path.normpath(fixtures))
    rel = rel.replace(os.sep, "/")
    if rel.startswith("../") or rel == "..":
        return None
    return rel


# --- Matching ------------------------------------------------------------------------------------------

def longest_common_substring(a: str, b: str) -> int:
    if not a or not b:
        return 0
    best = 0
    prev = [0] * (len(b) + 1)
    for ca in a:
        cur = [0] * (len(b) + 1)
        for j, cb in enumerate(b, 1):
            if ca == cb:
                cur[j] = prev[j - 1] + 1
                if cur[j] > best:
                    best = cur[j]
        prev = cur
    return best


def match_score(kind: str, found: str, label: str) -> float | None:
    """How well a finding's value fits a label's (higher is better), None when it does not."""
    if kind == "name":
        return 1.0 if found == label else None
    if not found or not label:
        return None
    cover = longest_common_substring(found, label) / len(label)
    if label in found or found in label or cover >= ADDRESS_MIN_COVER:
        # prefer the pairing whose extents agree best
        return cover - abs(len(found) - len(label)) / (10.0 * max(len(found), len(label)))
    return None


def match(findings: list[dict], labels: list[dict]) -> tuple[list[tuple[dict, dict]], list[dict], list[dict]]:
    """One-to-one matching on (path, line, kind), best-scoring pairs first. Returns (pairs, unmatched
    findings, unmatched labels)."""
    by_key: dict[tuple, tuple[list[int], list[int]]] = {}
    for i, f in enumerate(findings):
        by_key.setdefault((f["_rel"], f.get("line"), f["kind"]), ([], []))[0].append(i)
    for j, lab in enumerate(labels):
        by_key.setdefault((lab["path"], lab["line"], lab["kind"]), ([], []))[1].append(j)
    used_f, used_l, pairs = set(), set(), []
    for key in sorted(by_key, key=lambda k: (k[0], k[1] if isinstance(k[1], int) else -1, k[2])):
        fi, lj = by_key[key]
        if not fi or not lj:
            continue
        cands = []
        for i in fi:
            for j in lj:
                s = match_score(key[2], findings[i].get("value") or "", labels[j]["value"])
                if s is not None:
                    cands.append((-s, i, j))
        for _, i, j in sorted(cands):
            if i in used_f or j in used_l:
                continue
            used_f.add(i)
            used_l.add(j)
            pairs.append((findings[i], labels[j]))
    return pairs, [f for i, f in enumerate(findings) if i not in used_f], \
        [lab for j, lab in enumerate(labels) if j not in used_l]


# --- Metrics ------------------------------------------------------------------------------------------

def ratio(num: int, den: int) -> float | None:
    return num / den if den else None


def row(category: str, kind: str, tp: int, fp: int, fn: int) -> dict:
    p, r = ratio(tp, tp + fp), ratio(tp, tp + fn)
    target = TARGETS.get((category, kind))
    met = None
    if target:
        # no finding at all: precision is undefined and not held against the detector (recall is)
        met = (p is None or p >= target[0]) and (r is None or r >= target[1])
    return {"category": category, "kind": kind, "tp": tp, "fp": fp, "fn": fn, "precision": p, "recall": r,
            "target": {"precision": target[0], "recall": target[1]} if target else None, "met": met}


def evaluate(files: dict[str, str], labels: list[dict], findings: list[dict], fixtures: str) -> dict:
    unlabelled, clean_fp, scored = [], [], []
    for f in findings:
        if f.get("organisational"):
            continue
        rel = relative(f.get("path", ""), fixtures)
        f = dict(f, _rel=rel)
        if rel not in files:
            unlabelled.append(f)
        elif files[rel] == "clean":
            clean_fp.append(f)
        elif f.get("kind") in SCORED_KINDS:
            if "value" not in f:
                raise RunError("findings carry no value: was the scan run with --show-values?")
            scored.append(f)
    pairs, fps, fns = match(scored, labels)
    counts: dict[tuple[str, str], list[int]] = {}

    def bump(cat, kind, idx):
        counts.setdefault((cat, kind), [0, 0, 0])[idx] += 1
        if kind == "address":
            counts.setdefault((ALL, kind), [0, 0, 0])[idx] += 1

    for f, lab in pairs:
        bump(files[lab["path"]], lab["kind"], 0)
    for f in fps:
        bump(files[f["_rel"]], f["kind"], 1)
    for lab in fns:
        bump(files[lab["path"]], lab["kind"], 2)
    for key in TARGETS:       # target rows are always shown, even when empty
        counts.setdefault(key, [0, 0, 0])
    rows = []
    for cat in CATEGORY_ORDER + (ALL,):
        for kind in SCORED_KINDS:
            if (cat, kind) in counts:
                rows.append(row(cat, kind, *counts[(cat, kind)]))
    for cat, kind in sorted(k for k in counts if k[0] not in CATEGORY_ORDER + (ALL,)):
        rows.append(row(cat, kind, *counts[(cat, kind)]))
    by_kind: dict[str, int] = {}
    for f in clean_fp:
        by_kind[f.get("kind", "?")] = by_kind.get(f.get("kind", "?"), 0) + 1
    clean = {"findings": len(clean_fp), "by_kind": dict(sorted(by_kind.items())), "target": 0,
             "met": len(clean_fp) == 0}

    def brief_f(f):
        return {"path": f["_rel"], "line": f.get("line"), "column": f.get("column"), "kind": f.get("kind"),
                "confidence": f.get("confidence"), "field": f.get("field"), "value": f.get("value"),
                "category": files.get(f["_rel"])}

    def brief_l(lab):
        return {"path": lab["path"], "line": lab["line"], "kind": lab["kind"], "value": lab["value"],
                "category": files[lab["path"]]}

    order = {p: i for i, p in enumerate(files)}

    def pos(x):
        return order.get(x["path"], 1 << 30), x["line"] if isinstance(x["line"], int) else 0

    return {
        "rows": rows,
        "clean": clean,
        "all_met": all(r["met"] is not False for r in rows) and clean["met"],
        "labels": len(labels),
        "findings_scored": len(scored),
        "unlabelled_findings": len(unlabelled),
        "false_positives": sorted([brief_f(f) for f in fps] + [brief_f(f) for f in clean_fp], key=pos),
        "false_negatives": sorted([brief_l(lab) for lab in fns], key=pos),
    }


# --- Output -------------------------------------------------------------------------------------------

def fmt(x: float | None) -> str:
    return "-" if x is None else f"{x:.3f}"


def print_table(m: dict, verbose: bool, out=sys.stdout) -> None:
    head = ["category", "kind", "TP", "FP", "FN", "precision", "recall", "target", "status"]
    table = []
    for r in m["rows"]:
        t = r["target"]
        table.append([r["category"], r["kind"], str(r["tp"]), str(r["fp"]), str(r["fn"]), fmt(r["precision"]),
                      fmt(r["recall"]), f"P>={t['precision']:.2f} R>={t['recall']:.2f}" if t else "-",
                      "" if r["met"] is None else "OK" if r["met"] else "MISSED"])
    c = m["clean"]
    table.append(["clean", "any", "0", str(c["findings"]), "0", "-", "-", "0 findings", "OK" if c["met"] else "MISSED"])

    def width(s):  # display width: CJK characters take two columns
        return sum(2 if ord(ch) > 0x2E80 else 1 for ch in s)

    widths = [max(width(x) for x in col) for col in zip(head, *table)]
    for i, cells in enumerate([head] + table):
        print("  ".join(cell + " " * (w - width(cell)) for cell, w in zip(cells, widths)).rstrip(), file=out)
        if i == 0:
            print("  ".join("-" * w for w in widths), file=out)
    print(file=out)
    kinds = ", ".join(f"{k} {n}" for k, n in c["by_kind"].items())
    print(f"clean set: {c['findings']} finding(s){' (' + kinds + ')' if kinds else ''}", file=out)
    if m["unlabelled_findings"]:
        print(f"note: {m['unlabelled_findings']} finding(s) in files that LABELS.jsonl does not list (not scored)",
              file=out)
    if verbose:
        print(file=out)
        print(f"false positives ({len(m['false_positives'])}):", file=out)
        for f in m["false_positives"]:
            extra = f" [{f['field']}]" if f.get("field") else ""
            print(f"  FP {f['path']}:{f['line']}  {f['kind']}  {f['value']!s}{extra}", file=out)
        print(f"false negatives ({len(m['false_negatives'])}):", file=out)
        for lab in m["false_negatives"]:
            print(f"  FN {lab['path']}:{lab['line']}  {lab['kind']}  {lab['value']}", file=out)
    print(file=out)
    print("all targets met" if m["all_met"] else "targets MISSED", file=out)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                 formatter_class=argparse.RawDescriptionHelpFormatter, epilog=__doc__)
    ap.add_argument("fixtures", nargs="?", default="fixtures/labelled",
                    help="the labelled fixtures folder (default fixtures/labelled)")
    ap.add_argument("--binary", default=".build/release/leakscan", help="leakscan binary (default %(default)s)")
    ap.add_argument("--findings", metavar="FILE",
                    help="read the scan's JSONL output from FILE ('-' = stdin) instead of running the binary; "
                         "its paths must be as walked from the fixtures argument")
    ap.add_argument("--timeout", type=float, default=900, help="seconds allowed for the scan (default 900)")
    ap.add_argument("--json", action="store_true",
                    help="print the metrics as one JSON object (with every false positive and negative)")
    ap.add_argument("-v", "--verbose", action="store_true", help="list every false positive and false negative")
    try:
        a = ap.parse_args(argv)
    except SystemExit as e:
        return 2 if e.code else 0
    try:
        if not os.path.isdir(a.fixtures):
            raise RunError(f"not a folder: {a.fixtures}")
        files, labels = load_labels(a.fixtures)
        for p in files:
            if not os.path.isfile(os.path.join(a.fixtures, p)):
                raise RunError(f"LABELS.jsonl lists {p}, which is not in {a.fixtures}")
        if a.findings:
            if a.findings == "-":
                lines = sys.stdin.read().splitlines()
            else:
                with open(a.findings, encoding="utf-8") as f:
                    lines = f.read().splitlines()
        else:
            lines = run_scan(a.binary, a.fixtures, a.timeout)
        findings, errors, summary = parse_output(lines)
        bad = []
        for e in errors:
            rel = relative(e.get("path", ""), a.fixtures)
            print(f"warning: scan error: {e.get('path')}: {e.get('message')}", file=sys.stderr)
            if rel in files:
                bad.append(rel)
        if bad:
            raise RunError(f"labelled file(s) could not be scanned: {', '.join(sorted(set(bad)))}")
        m = evaluate(files, labels, findings, a.fixtures)
    except RunError as e:
        print(f"evaluate_detection: {e}", file=sys.stderr)
        return 2
    except OSError as e:
        print(f"evaluate_detection: {e}", file=sys.stderr)
        return 2
    m["files_scanned"] = summary.get("files_scanned") if summary else None
    m["false_positives_count"] = len(m["false_positives"])
    m["false_negatives_count"] = len(m["false_negatives"])
    if a.json:
        print(json.dumps(m, ensure_ascii=False, sort_keys=True))
    else:
        print_table(m, a.verbose)
    return 0 if m["all_met"] else 1


if __name__ == "__main__":
    sys.exit(main())
