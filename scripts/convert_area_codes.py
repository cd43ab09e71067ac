#!/usr/bin/env python3
"""Writes patterns/landline_area_codes.txt: mainland China fixed-line area codes with their city.

Source: Google's libphonenumber metadata as shipped in the PyPI package `phonenumbers`
(Apache-2.0). Get the wheel first, then run this script on it:

    pip download --no-deps -d /tmp/pn phonenumbers
    python3 scripts/convert_area_codes.py /tmp/pn/phonenumbers-*.whl

The wheel is pure Python, so it is imported straight from the zip. The geocoding prefixes
(`phonenumbers/geodata`, keys such as 86371 -> 郑州) are compressed: where one area code is the
only one under a shorter prefix, only the shorter prefix is stored (8633 stands for 0335). So every
candidate code (10, 20-29, 300-999) is checked instead: a code is kept when libphonenumber's
CN number plan accepts a 7- or 8-digit subscriber number after it as a fixed line, and the
geocoder names a place finer than the whole country for it.
"""
import pathlib
import sys

if len(sys.argv) != 2:
    sys.exit(__doc__)
wheel = pathlib.Path(sys.argv[1]).resolve()
sys.path.insert(0, str(wheel))

import phonenumbers  # noqa: E402
from phonenumbers import PhoneNumberType, geocoder  # noqa: E402

FIXED = (PhoneNumberType.FIXED_LINE, PhoneNumberType.FIXED_LINE_OR_MOBILE)
SUBSCRIBERS = ("2345678", "23456789", "6550123", "65501234")


def city(code):
    """The zh place name of `code`, or None when the number plan has no fixed lines there."""
    for subscriber in SUBSCRIBERS:
        number = phonenumbers.parse("+86" + code + subscriber)
        if phonenumbers.is_valid_number(number) and phonenumbers.number_type(number) in FIXED:
            name = geocoder.description_for_number(number, "zh")
            return name if name and name != "中国" else None
    return None


candidates = ["10"] + [str(c) for c in range(20, 30)] + [str(c) for c in range(300, 1000)]
rows = [(code, name) for code in candidates if (name := city(code))]
# Codes retired when a local network joined a neighbour's, which libphonenumber no longer
# knows but old records (a 1990s register, a retired teacher's card) still hold.
RETIRED = {"378": "河南省开封市（已并入0371）", "565": "安徽省巢湖市（已并入0551）",
           "732": "湖南省湘潭市（已并入0731）", "733": "湖南省株洲市（已并入0731）"}
rows = sorted(rows + [(code, name) for code, name in RETIRED.items() if code not in dict(rows)],
              key=lambda row: candidates.index(row[0]))

root = pathlib.Path(__file__).resolve().parent.parent
out = root / "patterns/landline_area_codes.txt"
with out.open("w", encoding="utf-8") as f:
    f.write(
        "# Fixed-line area codes of mainland China (长途区号) with the place they serve.\n"
        "# Format: area code (with the trunk prefix 0)<TAB>place. Codes are 010, 02x or 0xxx (x: 3-9),\n"
        "# so no code is a prefix of another. After the code comes a 7- or 8-digit subscriber number\n"
        "# whose first digit is 2-8.\n"
        f"# Source: Google libphonenumber metadata, PyPI package phonenumbers {phonenumbers.__version__}\n"
        "# (Apache License 2.0, Copyright The Libphonenumber Authors), converted by\n"
        "# scripts/convert_area_codes.py: CN fixed-line number plan and geocoding data (geodata);\n"
        "# and the script's own list of codes retired when a city's network joined a neighbour's\n"
        "# (0378 开封 into 0371, 0565 巢湖 into 0551, 0732 湘潭 and 0733 株洲 into 0731), as old\n"
        "# records still write them.\n"
    )
    for code, name in rows:
        f.write(f"0{code}\t{name}\n")
print(f"wrote {len(rows)} area codes to {out.relative_to(root)}")
