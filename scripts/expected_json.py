"""The oracle a fixture script writes beside its fixtures: EXPECTED.json, read back and written
the same way by every script (UTF-8, Chinese as it is, one space of indent, a final newline), so
that a regeneration diffs only where values changed."""

from __future__ import annotations

import json
import os


def load(path: str) -> dict:
    """The oracle at `path` as it stands (entries the run does not rewrite are kept), or {}."""
    if not os.path.exists(path):
        return {}
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def save(path: str, data: dict) -> None:
    with open(path, "w", encoding="utf-8") as f:
        json.dump(data, f, ensure_ascii=False, indent=1)
        f.write("\n")
