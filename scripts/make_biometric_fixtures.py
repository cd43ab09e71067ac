#!/usr/bin/env python3
"""Writes fixtures/biometric/: a face-recognition terminal's person export as openpyxl writes it.

Run with a Python that has openpyxl (3.1.5 wrote the committed file). All data is synthetic:
person numbers are made up and the templates are random bytes (seed 20250311) in base64, as
face terminals export a 128-float feature vector (512 bytes, 684 characters).
"""
import base64
import datetime as dt
import pathlib
import random
import sys

import openpyxl

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
import zip_dates  # noqa: E402

root = pathlib.Path(__file__).resolve().parent.parent
out = root / "fixtures/biometric"
out.mkdir(parents=True, exist_ok=True)
rng = random.Random(20250311)

wb = openpyxl.Workbook()
ws = wb.active
ws.title = "人员"
ws.append(["人员编号", "部门", "人脸特征值", "算法版本"])
for k in range(3):
    feature = base64.b64encode(bytes(rng.randrange(256) for _ in range(512))).decode()
    ws.append([f"P2024{k + 1:03d}", "初二（3）班", feature, "V3.1.2"])
wb.save(out / "face_features.xlsx")
# Fixed dates, in the zip and the core properties, so that every run writes the same bytes.
zip_dates.redate_office_file(str(out / "face_features.xlsx"), dt.datetime(2024, 3, 11, 8, 0, 0))
print("wrote", out / "face_features.xlsx")
