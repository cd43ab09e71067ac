#!/usr/bin/env python3
"""Writes leakscan's saved e-mail fixtures into fixtures/mail/ (and their oracle, EXPECTED.json).

    python3 scripts/make_mail_fixtures.py            # rewrite fixtures/mail/
    python3 scripts/make_mail_fixtures.py --out DIR  # somewhere else

Messages as mail clients save them, written with Python's email package (the writer of
Python's smtplib and many school systems' notification scripts):
- notice_with_roster.eml: a class teacher's notice to parents: a Chinese subject (RFC 2047),
  a plain-text and an HTML body (multipart/alternative, quoted-printable and base64), and
  fixtures/xlsx/xlsxwriter_roster.xlsx attached under a Chinese file name (RFC 2231).
- foxmail_gbk.eml: as Foxmail and older Chinese clients write: GB2312 subject and body (base64)
  and a GBK CSV attached with its name as an RFC 2047 encoded word.
- forwarded.eml: a message forwarding notice_with_roster.eml as a message/rfc822 part.
- Inbox: a mail folder as Thunderbird keeps it (an mbox file without an extension), written by
  Python's mailbox.mbox: the notice and the Foxmail message, each after its `From ` line.
- 学生信息.msg: the Foxmail message as Outlook saves a message (.msg, MS-OXMSG in an OLE compound
  file), a teacher in Cc, the GBK CSV attached; written by scripts/outlook_msg.py (no writer of
  the format is on PyPI, no Outlook here).

All personal values are SYNTHETIC: they come from scripts/generate_roster.py's generators with a
fixed seed. Nothing is a real record.
"""

from __future__ import annotations

import argparse
import base64
import email.policy
import mailbox
import os
import sys
import tempfile
import time
from email.message import EmailMessage

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import generate_roster as gr  # noqa: E402
import expected_json  # noqa: E402
import outlook_msg  # noqa: E402

SEED = 20261205
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ROSTER = os.path.join(ROOT, "fixtures/xlsx/xlsxwriter_roster.xlsx")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", default=os.path.join(ROOT, "fixtures/mail"))
    args = ap.parse_args(argv)
    os.makedirs(args.out, exist_ok=True)
    gr.POOLS = gr.Pools()
    g = gr.Generator(SEED)
    mobile = g.mobile_plain
    teacher, student, parent = g.name(), g.name(), g.name()
    teacher_mobile, parent_mobile = mobile(), mobile()
    sid, _, _ = g.id18(gr.POOLS.regions, gr.POOLS.student_dates, True)
    expected = {"note": ("All values synthetic (scripts/make_mail_fixtures.py, seed %d). findings: every value "
                         "planted in a message's headers and bodies, with the part leakscan names it by; the "
                         "attachment's findings are those of the attached file scanned alone." % SEED)}

    # 1. A notice with the roster attached.
    notice = EmailMessage(policy=email.policy.SMTP)
    notice["Subject"] = "关于核对2024级学生信息的通知"
    notice["From"] = f"{teacher} <teacher01@school.example.cn>"
    notice["To"] = "parents@school.example.cn"
    text = (f"各位家长：\n请核对附件中的学生信息。学生{student}的家长{parent}，请于周五前回复。\n"
            f"如有疑问请联系班主任{teacher}，手机{teacher_mobile}。\n")
    notice.set_content(text, cte="quoted-printable")
    notice.add_alternative(f"<p>各位家长：</p><p>学生{student}的身份证号 {sid} 有误，请家长{parent}"
                           f"（{parent_mobile}）核对。</p>", subtype="html", cte="base64")
    with open(ROSTER, "rb") as f:
        notice.add_attachment(f.read(), maintype="application",
                              subtype="vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                              filename="2024级学生名单.xlsx")
    notice_bytes = notice.as_bytes()
    expected["notice_with_roster.eml"] = {
        "writer": f"Python {sys.version.split()[0]} email.message.EmailMessage (policy SMTP)",
        "attachment": {"member": "2024级学生名单.xlsx", "file": "fixtures/xlsx/xlsxwriter_roster.xlsx"},
        "findings": [{"member": "addresses.txt", "kind": "name", "value": teacher},
                     {"member": "addresses.txt", "kind": "email", "value": "teacher01@school.example.cn"},
                     {"member": "body.txt", "kind": "name", "value": student},
                     {"member": "body.txt", "kind": "name", "value": parent},
                     {"member": "body.txt", "kind": "name", "value": teacher},
                     {"member": "body.txt", "kind": "mobile", "value": teacher_mobile},
                     {"member": "body-2.html", "kind": "name", "value": student},
                     {"member": "body-2.html", "kind": "cn_id", "value": sid},
                     {"member": "body-2.html", "kind": "name", "value": parent},
                     {"member": "body-2.html", "kind": "mobile", "value": parent_mobile}]}

    # 2. GB2312 as Foxmail writes it, a GBK CSV attached.
    gbk_student, gbk_parent, gbk_mobile = g.name(), g.name(), mobile()
    gbk_id, _, _ = g.id18(gr.POOLS.regions, gr.POOLS.student_dates, False)
    csv_text = f"姓名,身份证号,家长手机\r\n{gbk_student},{gbk_id},{gbk_mobile}\r\n"
    body = f"尊敬的{gbk_parent}家长：您好，学生信息见附件。\r\n"
    def gb2312_word(text: str) -> str:
        return "=?gb2312?B?" + base64.b64encode(text.encode("gb2312")).decode() + "?="

    subject = gb2312_word(f"学生{gbk_student}的信息")
    attachment_name = gb2312_word("学生名单.csv")
    boundary = "----=_NextPart_000_0001_01DA0000.00000000"
    foxmail = (f"Date: Tue, 3 Dec 2024 09:30:00 +0800\r\nFrom: \"{gb2312_word('教务处')}\" <office@school.example.cn>\r\n"
               f"To: parents@school.example.cn\r\nSubject: {subject}\r\nX-Mailer: Foxmail 7.2.25.228[cn]\r\n"
               f"Mime-Version: 1.0\r\nContent-Type: multipart/mixed;\r\n\tboundary=\"{boundary}\"\r\n\r\n"
               f"This is a multi-part message in MIME format.\r\n\r\n--{boundary}\r\n"
               f"Content-Type: text/plain;\r\n\tcharset=\"gb2312\"\r\nContent-Transfer-Encoding: base64\r\n\r\n"
               + base64.encodebytes(body.encode("gb2312")).decode().replace("\n", "\r\n")
               + f"\r\n--{boundary}\r\nContent-Type: application/octet-stream;\r\n\tname=\"{attachment_name}\"\r\n"
               f"Content-Transfer-Encoding: base64\r\nContent-Disposition: attachment;\r\n\tfilename=\"{attachment_name}\"\r\n\r\n"
               + base64.encodebytes(csv_text.encode("gbk")).decode().replace("\n", "\r\n")
               + f"\r\n--{boundary}--\r\n\r\n")
    expected["foxmail_gbk.eml"] = {
        "writer": "by hand, after Foxmail 7.2's layout (GB2312 base64 body, RFC 2047 attachment name)",
        "findings": [{"member": "subject.txt", "kind": "name", "value": gbk_student},
                     {"member": "body.txt", "kind": "name", "value": gbk_parent},
                     {"member": "学生名单.csv", "kind": "name", "value": gbk_student},
                     {"member": "学生名单.csv", "kind": "cn_id", "value": gbk_id},
                     {"member": "学生名单.csv", "kind": "mobile", "value": gbk_mobile}]}

    # 3. The notice forwarded whole.
    forward = EmailMessage(policy=email.policy.SMTP)
    forward["Subject"] = "Fwd: 关于核对2024级学生信息的通知"
    forward["From"] = "office@school.example.cn"
    forward["To"] = "archive@school.example.cn"
    forward.set_content("转发班主任的通知，见附件。\n")
    forward.add_attachment(email.message_from_bytes(notice_bytes, policy=email.policy.SMTP))
    expected["forwarded.eml"] = {
        "writer": f"Python {sys.version.split()[0]} email.message.EmailMessage, the notice as message/rfc822",
        "attachment": {"member": "message-1.eml/2024级学生名单.xlsx", "file": "fixtures/xlsx/xlsxwriter_roster.xlsx"},
        "findings": [dict(f, member="message-1.eml/" + f["member"]) for f in expected["notice_with_roster.eml"]["findings"]]}

    # 4. Both messages in a mail folder (mbox), each with its `From ` line dated alike.
    with tempfile.TemporaryDirectory() as scratch:
        folder = mailbox.mbox(os.path.join(scratch, "Inbox"))
        for raw in (notice_bytes, foxmail.encode("ascii")):
            message = mailbox.mboxMessage(raw)
            message.set_from("MAILER-DAEMON", time.gmtime(1733189400))
            folder.add(message)
        folder.close()
        with open(os.path.join(scratch, "Inbox"), "rb") as f:
            inbox = f.read()
    expected["Inbox"] = {
        "writer": f"Python {sys.version.split()[0]} mailbox.mbox (Thunderbird's folder file layout)",
        "attachment": {"member": "message-1/2024级学生名单.xlsx", "file": "fixtures/xlsx/xlsxwriter_roster.xlsx"},
        "findings": [dict(f, member="message-1/" + f["member"]) for f in expected["notice_with_roster.eml"]["findings"]]
                    + [dict(f, member="message-2/" + f["member"]) for f in expected["foxmail_gbk.eml"]["findings"]]}

    # 5. The Foxmail message as Outlook saves it, a teacher in Cc.
    cc_teacher, cc_address = g.name(), g.email()
    saved = outlook_msg.message(f"学生{gbk_student}的信息", body, ("教务处", "office@school.example.cn"),
                                [("parents@school.example.cn", "parents@school.example.cn", 1), (cc_teacher, cc_address, 2)],
                                [("学生名单.csv", csv_text.encode("gbk"))])
    expected["学生信息.msg"] = {
        "writer": "scripts/outlook_msg.py, after MS-OXMSG and MS-CFB (no writer on PyPI, no Outlook here)",
        "findings": [{"member": "addresses.txt", "kind": "name", "value": cc_teacher},
                     {"member": "addresses.txt", "kind": "email", "value": cc_address}]
                    + expected["foxmail_gbk.eml"]["findings"]}

    files = {"notice_with_roster.eml": notice_bytes, "foxmail_gbk.eml": foxmail.encode("ascii"),
             "forwarded.eml": forward.as_bytes(), "Inbox": inbox, "学生信息.msg": saved}
    for name, data in files.items():
        with open(os.path.join(args.out, name), "wb") as f:
            f.write(data)
    expected_json.save(os.path.join(args.out, "EXPECTED.json"), expected)
    print(f"wrote {args.out}: " + ", ".join(files))
    return 0


if __name__ == "__main__":
    sys.exit(main())
