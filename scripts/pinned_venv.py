"""Runs a fixture or data script inside a virtual environment holding pinned PyPI packages.

    import pinned_venv
    pinned_venv.ensure({"openpyxl": "3.1.5"}, os.environ.get("X_VENV", "/tmp/x-venv"))

`ensure` returns when the running interpreter already has exactly those versions; otherwise it
creates the venv (first use), installs the pins into it and re-executes the calling script with
the venv's python and the same arguments. Keys are pip names.
"""

from __future__ import annotations

import os
import subprocess
import sys

_REEXEC = "_PINNED_VENV_REEXEC"


def installed_versions(pins: dict) -> dict:
    from importlib.metadata import PackageNotFoundError, version
    out = {}
    for name in pins:
        try:
            out[name] = version(name)
        except PackageNotFoundError:
            out[name] = None
    return out


def ensure(pins: dict, venv: str) -> None:
    if installed_versions(pins) == pins:
        return
    py = os.path.join(venv, "bin", "python")
    # (a venv's python links to the base one: compare prefixes, not executables)
    if os.path.realpath(sys.prefix) == os.path.realpath(venv) and os.environ.get(_REEXEC):
        sys.exit(f"the venv {venv} does not hold {pins}: found {installed_versions(pins)}")
    if not os.path.exists(py):
        print(f"==> creating {venv}", file=sys.stderr)
        subprocess.check_call([sys.executable, "-m", "venv", venv])
    wanted = [f"{name}=={v}" for name, v in pins.items()]
    print(f"==> pip install {' '.join(wanted)}", file=sys.stderr)
    subprocess.check_call([py, "-m", "pip", "install", "-q", "--disable-pip-version-check"] + wanted)
    env = dict(os.environ, **{_REEXEC: "1"})
    os.execve(py, [py, os.path.abspath(sys.argv[0])] + sys.argv[1:], env)
