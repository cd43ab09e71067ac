#!/usr/bin/env python3
"""Deterministic generator of SYNTHETIC Chinese school rosters, for leakscan's demo fixtures and
its benchmark.

Everything this script writes is made up: names are drawn from a surname list and given-name
characters, resident ID numbers are built from real GB/T 2260 county codes, random birth dates, a
random order code and the GB 11643 check digit, mobile numbers from allocated segments with random
tails, and so on. No value is copied from a real record.

Usage:
    generate_roster.py --rows 1000 --out roster.csv --manifest roster.json
    generate_roster.py --size-mb 1024 --encoding gbk --out big_gbk.csv --manifest big_gbk.json
    generate_roster.py --size-mb 1024 --split 64 --out tree/ --manifest tree.json
    generate_roster.py --format text --rows 500 --out roster.txt
    generate_roster.py --demo fixtures/demo          # rewrite the committed demo fixtures

The manifest (JSON) holds the exact number of values planted per kind that leakscan's
`scan --format counts` is meant to count (cn_id, cn_id_15, mobile, landline, email, bank_card,
birth_date), and, apart, the organisational numbers (咨询电话, 传真 …) that it is meant to leave out by
default. No other field forms a valid ID, mobile or landline: student numbers are 10 digits starting
with 20, scores have at most 3 digits, dates only appear under 出生日期 / 入学日期, and every planted
value is separated from other digits by a field separator or a Chinese character.

`--size-mb` counts the UTF-8 size of the content, so the same seed and size give the same rows in
every encoding (the GBK file of the benchmark is a copy of the UTF-8 one, only smaller).
Output is streamed in blocks of rows: memory stays bounded whatever the size.
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import os
import random
import sys
from datetime import date, timedelta

KINDS = ["cn_id", "cn_id_15", "mobile", "landline", "email", "bank_card", "birth_date", "name", "address", "record"]

# --- Pools -----------------------------------------------------------------------------------

# Real GB/T 2260 county-level codes (all present in patterns/cn_regions.txt) with the address
# prefix of the place. The last two are retired codes (崇文区, 宣武区, merged in 2010): only parents,
# born before the merger, get them.
REGIONS = [
    ("110101", "北京市东城区"), ("110105", "北京市朝阳区"), ("110108", "北京市海淀区"),
    ("120101", "天津市和平区"), ("130102", "河北省石家庄市长安区"), ("140105", "山西省太原市小店区"),
    ("210102", "辽宁省沈阳市和平区"), ("220102", "吉林省长春市南关区"), ("230102", "黑龙江省哈尔滨市道里区"),
    ("310104", "上海市徐汇区"), ("310115", "上海市浦东新区"), ("320102", "江苏省南京市玄武区"),
    ("320506", "江苏省苏州市吴中区"), ("330106", "浙江省杭州市西湖区"), ("340104", "安徽省合肥市蜀山区"),
    ("350102", "福建省福州市鼓楼区"), ("360102", "江西省南昌市东湖区"), ("370102", "山东省济南市历下区"),
    ("410102", "河南省郑州市中原区"), ("410105", "河南省郑州市金水区"), ("410305", "河南省洛阳市涧西区"),
    ("420106", "湖北省武汉市武昌区"), ("430104", "湖南省长沙市岳麓区"), ("440106", "广东省广州市天河区"),
    ("440305", "广东省深圳市南山区"), ("450103", "广西壮族自治区南宁市青秀区"), ("500103", "重庆市渝中区"),
    ("510107", "四川省成都市武侯区"), ("520102", "贵州省贵阳市南明区"), ("530102", "云南省昆明市五华区"),
    ("610113", "陕西省西安市雁塔区"), ("620102", "甘肃省兰州市城关区"), ("650102", "新疆维吾尔自治区乌鲁木齐市天山区"),
]
RETIRED_REGIONS = [("110103", "北京市东城区"), ("110104", "北京市西城区")]

SURNAMES = list(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程魏苏吕丁"
    "任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方邹熊白孟秦邱侯江尹薛闫段雷龙黎史陶贺顾毛郝龚邵万钱严覃"
) + ["欧阳", "司马", "诸葛", "上官"]
# Given-name characters. None of them forms a keyword leakscan knows (电话, 号码, 出生, 传真 …).
GIVEN = list(
    "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍鹏辉玲宇浩凯健俊帆雪帅慧鑫波宁琳晨欣"
    "怡梓涵子轩雨萱博文思佳睿一诺梦瑶嘉航泽昊然可馨若曦皓天宸铭奕安琪悦彤晴依诗语铮源峰岚颖婷蕾"
)
NATIONS = ["汉族"] * 40 + ["回族", "满族", "壮族", "苗族", "土家族", "蒙古族", "维吾尔族", "彝族", "藏族", "朝鲜族"]
GRADES = ["一年级", "二年级", "三年级", "四年级", "五年级", "六年级", "初一", "初二", "初三", "高一", "高二", "高三"]
ROADS = ["幸福路", "建设路", "人民路", "解放路", "文化路", "花园路", "中山路", "长江路", "黄河路", "青年路",
         "和平街", "光明街", "友谊大道", "民主路", "经三路", "纬五路", "东风路", "丰产路", "金水路", "农业路",
         "科学大道", "桐柏路", "嵩山路", "红旗路", "新华街", "朝阳路", "滨河路", "五一路", "迎宾大道", "工人路"]
ESTATES = ["", "", "", "阳光花园", "锦绣家园", "翠竹苑", "金色港湾", "绿城小区", "东方名苑", "枫林雅居", "碧水湾"]
REMARKS = [
    "学习认真，积极参加班级活动。", "数学成绩进步明显，需加强英语阅读。", "体育特长，参加运动会四百米比赛。",
    "性格开朗，乐于助人。", "担任班长，组织能力强。", "上课发言积极，作业书写工整。", "需要加强课外阅读。",
    "走读。", "住校。", "本学期转入。", "有过敏史，饮食需注意。", "近视，安排前排座位。", "喜欢绘画，参加美术兴趣小组。",
    "钢琴八级。", "获得区级三好称号。", "期中考试进步较大。", "家住较远，每天乘公交车。", "参加合唱团。",
    "作文获奖一次。", "", "", "", "", "", "", "", "", "", "",
]
# Remarks carrying an organisation's number: leakscan reports them as organisational, so they are
# not in the manifest's counts (they are in its "organisational" part). {v} is the number.
ORG_REMARKS_LANDLINE = ["报到事宜咨询电话：{v}", "成绩复核请传真至{v}", "资助申请办公电话：{v}"]
ORG_REMARKS_MOBILE = ["报名咨询电话：{v}", "热线：{v}"]

SYLLABLES = ["wang", "li", "zhang", "liu", "chen", "yang", "huang", "zhao", "wu", "zhou", "xu", "sun", "ma",
             "zhu", "hu", "guo", "he", "gao", "lin", "luo", "zheng", "liang", "xie", "song", "tang", "han",
             "feng", "deng", "cao", "peng", "wei", "fang", "na", "min", "jing", "qiang", "lei", "jun", "yang",
             "yong", "yan", "jie", "juan", "tao", "ming", "chao", "xiu", "xia", "ping", "gang", "hua", "yu",
             "lan", "hao", "kai", "jian", "xin", "bo", "ning", "lin", "chen", "yi", "han", "xuan", "rui"]
DOMAINS = ["qq.com", "163.com", "126.com", "sina.com", "foxmail.com", "outlook.com", "sohu.com", "yeah.net",
           "hotmail.com", "aliyun.com"]

# Allocated mobile segments (ChinaMobilePhoneNumberRegex table; 14x data-only and 174 avoided).
MOBILE_PREFIXES = [str(p) for p in list(range(130, 140)) + [150, 151, 152, 153, 155, 156, 157, 158, 159]
                   + list(range(180, 190)) + [166, 173, 176, 177, 198, 199]]
# Area codes and the length of their local numbers.
AREA_CODES = [("010", 8), ("020", 8), ("021", 8), ("022", 8), ("023", 8), ("024", 8), ("025", 8),
              ("027", 8), ("028", 8), ("029", 8), ("0371", 8), ("0379", 8), ("0311", 8), ("0351", 7),
              ("0431", 8), ("0451", 8), ("0531", 8), ("0551", 7), ("0571", 8), ("0591", 8), ("0731", 8),
              ("0771", 7), ("0851", 8), ("0871", 8), ("0931", 7), ("0991", 7), ("0898", 8)]
# UnionPay debit-card prefixes (ICBC, ABC, CCB, BOCOM 19 digits; CMB 16 digits).
CARD_PREFIXES = [("622202", 19), ("622848", 19), ("621700", 19), ("622262", 19), ("622588", 16), ("621483", 16)]

ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
ID_CHECK = "10X98765432"

CSV_HEADER = ["序号", "姓名", "性别", "民族", "班级", "学号", "出生日期", "入学日期", "身份证号", "家长姓名", "关系",
              "家长手机", "家庭电话", "家长身份证号", "电子邮箱", "资助卡号", "家庭住址", "语文", "数学", "英语", "备注"]


def id_check_digit(body17: str) -> str:
    return ID_CHECK[sum(int(c) * w for c, w in zip(body17, ID_WEIGHTS)) % 11]


def is_valid_id18(s: str) -> bool:
    """Independent check used by the self-test (not the fast path used to build IDs)."""
    if len(s) != 18 or not s[:17].isdigit():
        return False
    total = 0
    for i, c in enumerate(s[:17]):
        total += int(c) * (2 ** (17 - i) % 11)
    return "10X98765432"[total % 11] == s[17].upper()


def luhn_complete(body: str) -> str:
    total = 0
    for i, c in enumerate(reversed(body)):
        d = int(c)
        if i % 2 == 0:  # these digits are doubled once the check digit is appended
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return body + str((10 - total % 10) % 10)


def luhn_ok(s: str) -> bool:
    total = 0
    for i, c in enumerate(reversed(s)):
        d = int(c)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def _partial(digits: str, offset: int) -> int:
    return sum(int(c) * ID_WEIGHTS[offset + i] for i, c in enumerate(digits))


def _dates(y0: int, y1: int) -> list[date]:
    d, end, out = date(y0, 1, 1), date(y1, 12, 31), []
    while d <= end:
        out.append(d)
        d += timedelta(days=1)
    return out


class Pools:
    """Everything precomputed once: rows are then assembled from lookups and a few random draws."""

    def __init__(self) -> None:
        self.regions = [(c, a, _partial(c, 0)) for c, a in REGIONS]
        self.parent_regions = self.regions + [(c, a, _partial(c, 0)) for c, a in RETIRED_REGIONS]
        self.seq = [(f"{i:03d}", _partial(f"{i:03d}", 14)) for i in range(1000)]
        # Student dates: (yyyymmdd, partial sum, rendered birth date forms)
        self.student_dates = [self._date_entry(d) for d in _dates(2006, 2018)]
        self.parent_dates = [self._date_entry(d) for d in _dates(1970, 1990)]
        self.parent15_dates = [d.strftime("%y%m%d") for d in _dates(1970, 1984)]
        self.names = [s + g for s in SURNAMES for g in GIVEN] + [s + g1 + g2 for s in SURNAMES[:40]
                                                                for g1 in GIVEN[:40] for g2 in GIVEN[40:80]]
        self.classes = [[f"{g}({c})班" for c in range(1, 13)] for g in GRADES]
        r = random.Random(2260)  # own seed: the pool is the same whatever --seed says
        self.addr_tails = [f"{r.choice(ROADS)}{r.randint(1, 299)}号{r.choice(ESTATES)}{r.randint(1, 24)}栋"
                           f"{r.randint(1, 4)}单元{r.randint(1, 32)}0{r.randint(1, 4)}室" for _ in range(60000)]
        self.emails_local = [a + b for a in SYLLABLES for b in SYLLABLES] + \
                            [a + "." + b for a in SYLLABLES[:30] for b in SYLLABLES[30:]] + \
                            [a + b + "_" for a in SYLLABLES[:20] for b in SYLLABLES[:20]]
        self.check()

    @staticmethod
    def _date_entry(d: date):
        ymd = d.strftime("%Y%m%d")
        forms = (d.strftime("%Y-%m-%d"), f"{d.year}/{d.month}/{d.day}", f"{d.year}年{d.month}月{d.day}日", ymd)
        return ymd, _partial(ymd, 6), forms

    def check(self) -> None:
        """Every pool string must be encodable in GBK (the benchmark writes a GBK copy)."""
        for pool in (self.names, sum(self.classes, []), self.addr_tails, REMARKS, NATIONS, CSV_HEADER,
                     [a for _, a, _ in self.parent_regions], ORG_REMARKS_LANDLINE, ORG_REMARKS_MOBILE):
            for s in pool:
                s.encode("gbk")


# Weights of the written forms.
MOBILE_FORMS = ["plain"] * 80 + ["space"] * 6 + ["dash"] * 6 + ["+86 "] * 4 + ["+86"] * 2 + ["0086 "] * 2
LANDLINE_FORMS = ["dash"] * 80 + ["paren"] * 10 + ["plain"] * 10
BIRTH_FORMS = [0] * 70 + [1] * 10 + [2] * 10 + [3] * 10


class Generator:
    """Produces rows in blocks. The random draws do not depend on output format or encoding."""

    def __init__(self, seed: int, rates: dict | None = None) -> None:
        self.rng = random.Random(seed)
        self.p = POOLS
        self.index = 0
        r = dict(student_id=0.98, birth=0.97, parent_id=0.6, id15=0.04, mobile=0.95, landline=0.3,
                 email=0.5, card=0.03, org=0.005, typo=0.002, serial=0.01)
        if rates:
            r.update(rates)
        self.r = r

    # -- single values (used by block generation and by the demo fixtures) --
    def mobile_plain(self) -> str:
        """A mobile written as 11 digits alone (drawn as `mobile` draws, until one is)."""
        while True:
            m = self.mobile()
            if m.isdigit() and len(m) == 11:
                return m

    def mobile(self) -> str:
        rng = self.rng
        p = rng.choice(MOBILE_PREFIXES)
        tail = f"{int(rng.random() * 100000000):08d}"
        form = rng.choice(MOBILE_FORMS)
        if form == "plain":
            return p + tail
        if form == "space":
            return f"{p} {tail[:4]} {tail[4:]}"
        if form == "dash":
            return f"{p}-{tail[:4]}-{tail[4:]}"
        return form + p + tail

    def landline(self) -> str:
        rng = self.rng
        code, n = rng.choice(AREA_CODES)
        local = str(rng.randint(2, 8)) + f"{int(rng.random() * 10 ** (n - 1)):0{n - 1}d}"
        form = rng.choice(LANDLINE_FORMS)
        if form == "dash":
            return f"{code}-{local}"
        if form == "paren":
            return f"({code}){local}"
        return code + local

    def email(self) -> str:
        rng = self.rng
        local = rng.choice(self.p.emails_local)
        x = rng.random()
        if x < 0.35:
            local += str(rng.randint(1970, 2012))
        elif x < 0.6:
            local += str(rng.randint(1, 99))
        return f"{local}@{rng.choice(DOMAINS)}"

    def card(self) -> str:
        rng = self.rng
        prefix, n = rng.choice(CARD_PREFIXES)
        body = prefix + f"{int(rng.random() * 10 ** (n - 7)):0{n - 7}d}"
        number = luhn_complete(body)
        if rng.random() < 0.3:  # written in groups of four, as printed on the card
            number = " ".join(number[i:i + 4] for i in range(0, n, 4))
        return number

    def id18(self, regions, dates, odd: bool) -> tuple[str, str, int]:
        """Returns (id, address prefix, index of the date in `dates`)."""
        rng = self.rng
        code, addr, s1 = rng.choice(regions)
        di = int(rng.random() * len(dates))
        ymd, s2, _ = dates[di]
        k = int(rng.random() * 500) * 2 + (1 if odd else 0)
        seq, s3 = self.p.seq[k]
        check = ID_CHECK[(s1 + s2 + s3) % 11]
        if check == "X" and rng.random() < 0.1:
            check = "x"
        return code + ymd + seq + check, addr, di

    def id15(self, odd: bool) -> str:
        rng = self.rng
        code, _, _ = rng.choice(self.p.parent_regions)
        k = int(rng.random() * 500) * 2 + (1 if odd else 0)
        return code + rng.choice(self.p.parent15_dates) + f"{k:03d}"

    def name(self) -> str:
        return self.rng.choice(self.p.names)

    # -- rows --
    def block(self, n: int) -> list[dict]:
        """n rows as dicts of strings ('' = empty field) plus '_org' (kind, value) or None."""
        rng, p, r = self.rng, self.p, self.r
        rnd = rng.random
        rows = []
        for _ in range(n):
            self.index += 1
            male = rnd() < 0.5
            sid, addr, di = self.id18(p.regions, p.student_dates, male)
            ymd, _, forms = p.student_dates[di]
            has_id = rnd() < r["student_id"]
            has_birth = rnd() < r["birth"]
            birth = forms[rng.choice(BIRTH_FORMS)] if has_birth else ""
            father = rnd() < 0.45
            pid = ""
            pid15 = ""
            if rnd() < r["parent_id"]:
                if rnd() < r["id15"]:
                    pid15 = self.id15(father)
                else:
                    pid = self.id18(p.parent_regions, p.parent_dates, father)[0]
            grade = min(max(2024 - int(ymd[:4]) - 5 - (ymd[4:] > "0831"), 1), 12)  # 1 = 一年级 … 12 = 高三
            entry = 2024 - (grade - 1 if grade <= 6 else grade - 7 if grade <= 9 else grade - 10)
            row = {
                "序号": str(self.index),
                "姓名": rng.choice(p.names),
                "性别": "男" if male else "女",
                "民族": rng.choice(NATIONS),
                "班级": p.classes[grade - 1][int(rnd() * 12)],
                "学号": f"{entry}{int(rnd() * 1000000):06d}",
                "出生日期": birth,
                "入学日期": f"{entry}-09-01",
                "身份证号": sid if has_id else "",
                "家长姓名": rng.choice(p.names),
                "关系": "父亲" if father else "母亲",
                "家长手机": self.mobile() if rnd() < r["mobile"] else "",
                "家庭电话": self.landline() if rnd() < r["landline"] else "",
                "家长身份证号": pid or pid15,
                "电子邮箱": self.email() if rnd() < r["email"] else "",
                "资助卡号": self.card() if rnd() < r["card"] else "",
                "家庭住址": addr + rng.choice(p.addr_tails),
                "语文": str(rng.randint(45, 100)),
                "数学": str(rng.randint(40, 100)) if rnd() < 0.9 else f"{rng.randint(40, 99)}.5",
                "英语": str(rng.randint(40, 100)),
                "备注": rng.choice(REMARKS),
                "_id15": bool(pid15),
                "_org": None,
            }
            # Decoys leakscan must NOT count: an ID with a mistyped check character (fails MOD 11-2),
            # and a 20-digit payment serial in the remark (IDs and mobiles must not be cut out of it).
            row["_decoy"] = None
            if has_id and rnd() < r["typo"]:
                wrong = ID_CHECK[(ID_CHECK.index(sid[17].upper()) + 1 + int(rnd() * 10)) % 11]
                if sid[15:17] == "00" and wrong == "0":
                    # Ending in 000 it would read as an ID that Excel stored as a number
                    # (cn_id_truncated), which leakscan reports: take another wrong character.
                    wrong = ID_CHECK[(ID_CHECK.index(wrong) + 1) % 11]
                    wrong = wrong if wrong != sid[17].upper() else ID_CHECK[(ID_CHECK.index(wrong) + 1) % 11]
                row["身份证号"] = sid[:17] + wrong
                row["_decoy"] = "typo"
            elif rnd() < r["serial"]:
                row["备注"] = f"缴费流水号{entry}{int(rnd() * 1e8):08d}{int(rnd() * 1e8):08d}"
                row["_decoy"] = "serial"
            if rnd() < r["org"] and row["_decoy"] != "serial":
                if rnd() < 0.7:
                    v = self.landline()
                    row["备注"] = rng.choice(ORG_REMARKS_LANDLINE).format(v=v)
                    row["_org"] = ("landline", v)
                else:
                    v = self.mobile()
                    row["备注"] = rng.choice(ORG_REMARKS_MOBILE).format(v=v)
                    row["_org"] = ("mobile", v)
            rows.append(row)
        return rows


POOLS: Pools  # set in main()


def row_kinds(row: dict) -> list[tuple[str, str]]:
    """(column, kind) of every value in the row that leakscan must count (its `record` apart:
    every roster row joins the student's name with other personal values, see `RECORD`)."""
    out = [("姓名", "name"), ("家长姓名", "name"), ("家庭住址", "address")]
    if row["身份证号"] and row["_decoy"] != "typo":
        out.append(("身份证号", "cn_id"))
    if row["出生日期"]:
        out.append(("出生日期", "birth_date"))
    if row["家长手机"]:
        out.append(("家长手机", "mobile"))
    if row["家庭电话"]:
        out.append(("家庭电话", "landline"))
    if row["家长身份证号"]:
        out.append(("家长身份证号", "cn_id_15" if row["_id15"] else "cn_id"))
    if row["电子邮箱"]:
        out.append(("电子邮箱", "email"))
    if row["资助卡号"]:
        out.append(("资助卡号", "bank_card"))
    return out


def render_csv_row(row: dict, sep: str = ",") -> str:
    return sep.join(row[h] for h in CSV_HEADER)


def render_text_row(row: dict) -> str:
    """One line of a roster written as prose (the format of an exported 学生情况汇总 text)."""
    parts = [f"{row['序号']}. 学生{row['姓名']}（{row['性别']}，{row['民族']}），{row['班级']}，学号{row['学号']}"]
    if row["出生日期"]:
        parts.append(f"出生日期：{row['出生日期']}")
    if row["身份证号"]:
        parts.append(f"身份证号：{row['身份证号']}")
    s = "，".join(parts) + f"；家长{row['家长姓名']}（{row['关系']}）"
    if row["家长手机"]:
        s += f"，手机{row['家长手机']}"
    if row["家庭电话"]:
        s += f"，家庭电话{row['家庭电话']}"
    if row["家长身份证号"]:
        s += f"，身份证{row['家长身份证号']}"
    if row["电子邮箱"]:
        s += f"，邮箱：{row['电子邮箱']}"
    if row["资助卡号"]:
        s += f"；资助卡号{row['资助卡号']}"
    s += f"；家庭住址：{row['家庭住址']}。"
    if row["备注"]:
        s += f"备注：{row['备注']}"
    return s


class Counter:
    def __init__(self) -> None:
        self.counts = {k: 0 for k in KINDS}
        self.org = {"mobile": 0, "landline": 0}
        self.decoys = {"typo": 0, "serial": 0}
        self.rows = 0

    def add(self, row: dict) -> None:
        self.rows += 1
        for _, k in row_kinds(row):
            self.counts[k] += 1
        self.counts["record"] += 1
        if row["_org"]:
            self.org[row["_org"][0]] += 1
        if row["_decoy"]:
            self.decoys[row["_decoy"]] += 1


def write_stream(gen: Generator, fmt: str, encoding: str, out, rows: int | None, size: int | None,
                 counter: Counter, newline: str = "\n", findings=None) -> int:
    """Writes a header (CSV) and rows until `rows` rows or `size` bytes of UTF-8 content. Returns
    the number of bytes written to `out` (in the output encoding)."""
    enc = {"utf-8-sig": "utf-8", "utf-16": "utf-16-le"}.get(encoding, encoding)
    written = 0
    content = 0
    first = ""
    bom = {"utf-8-sig": b"\xef\xbb\xbf", "utf-16": b"\xff\xfe"}.get(encoding, b"")
    out.write(bom)
    written += len(bom)
    if fmt == "csv":
        first = ",".join(CSV_HEADER) + newline
    elif fmt == "tsv":
        first = "\t".join(CSV_HEADER) + newline
    if first:
        b = first.encode(enc)
        out.write(b)
        written += len(b)
        content += len(first.encode("utf-8"))
    render = {"csv": render_csv_row, "tsv": lambda r: render_csv_row(r, "\t"), "text": render_text_row}[fmt]
    done = 0
    block = 2000
    while True:
        n = block
        if rows is not None:
            n = min(n, rows - done)
            if n <= 0:
                break
        elif content >= size:
            break
        lines = []
        for row in gen.block(n):
            line = render(row) + newline
            lines.append(line)
            counter.add(row)
            if findings is not None:
                write_findings(findings, row, fmt, 1 + counter.rows if first else counter.rows, line)
            if size is not None:
                content += len(line.encode("utf-8")) if enc != "utf-8" else 0
        text = "".join(lines)
        b = text.encode(enc)
        if enc == "utf-8" and size is not None:
            content += len(b)
        out.write(b)
        written += len(b)
        done += n
        if size is not None and rows is None:
            # approach the target in smaller steps: the overshoot stays below ~20 rows
            block = min(2000, max(20, (size - content) // 400))
    return written


def write_findings(out, row: dict, fmt: str, line_no: int, line: str) -> None:
    """One JSON line per planted value: where leakscan must report it (see EXPECTED.json)."""
    items = [(c, k, False) for c, k in row_kinds(row)]
    if row["_org"]:
        items.append(("备注", row["_org"][0], True))
    for c, k, org in items:
        v = row[c] if not org else row["_org"][1]
        col = CSV_HEADER.index(c) + 1 if fmt != "text" else char_col(line, v)
        out.write(json.dumps({"line": line_no, "column": col, "field": c if fmt != "text" else None,
                              "kind": k, "organisational": org, "value": v}, ensure_ascii=False) + "\n")
    out.write(json.dumps(RECORD | {"line": line_no, "organisational": False}, ensure_ascii=False) + "\n")


# A row or line joining a name with other personal values is also one `record` finding, located
# at its line, without a column or field (see README, "Records").
RECORD = {"kind": "record", "confidence": "high", "column": None, "field": None, "value": ""}


# --- Demo fixtures --------------------------------------------------------------------------------

def char_col(line: str, value: str, start: int = 0) -> int:
    i = line.index(value, start)
    return i + 1


def make_demo(outdir: str, seed: int) -> None:
    """Writes the demo fixtures and EXPECTED.json (the findings leakscan must report in them)."""
    os.makedirs(outdir, exist_ok=True)
    rel = os.path.relpath(outdir, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
    rel = rel.replace(os.sep, "/")
    expected: dict = {
        "note": ("Synthetic data written by scripts/generate_roster.py --demo (seed %d). "
                 "line: 1-based physical line. column: CSV/TSV = 1-based field number, text = 1-based "
                 "character (Unicode scalar) column where the value starts. field: the column header "
                 "(tables) or null (text). 'findings' are counted by default; 'organisational' ones only "
                 "with --include-org. 'value' is the value as written (for --show-values)." % seed),
        "files": {},
    }

    def add_file(name: str, fmt: str, findings: list, org: list | None = None, extra: dict | None = None):
        counts = {k: 0 for k in KINDS}
        findings = sorted(findings, key=lambda f: (f["line"], f["column"] or 10 ** 6))
        for f in findings:
            counts[f["kind"]] += 1
        entry = {"path": f"{rel}/{name}", "format": fmt, "counts": counts, "findings": findings,
                 "organisational": org or []}
        if extra:
            entry.update(extra)
        expected["files"][name] = entry

    def table_findings(rows: list[dict], header: list[str], first_line: int) -> list:
        out = []
        for i, row in enumerate(rows):
            for col, kind in row_kinds(row):
                out.append({"kind": kind, "confidence": "high", "line": first_line + i,
                            "column": header.index(col) + 1, "field": col, "value": row[col]})
            out.append(RECORD | {"line": first_line + i})
        return out

    # 1. 花名册_2024级.csv: UTF-8, LF, the full roster layout.
    gen = Generator(seed, rates=dict(card=0.1, id15=0.3, org=0.0, landline=0.5, typo=0.0, serial=0.0))
    rows = gen.block(30)
    rows[4]["资助卡号"] = gen.card()  # make sure the demo shows a bank card or two
    rows[17]["资助卡号"] = gen.card()
    # and the two decoys: a mistyped ID (wrong check character) and a 20-digit payment serial
    ti = next(i for i in range(9, 30) if rows[i]["身份证号"])
    sid = rows[ti]["身份证号"]
    rows[ti]["身份证号"] = sid[:17] + ID_CHECK[(ID_CHECK.index(sid[17].upper()) + 3) % 11]
    rows[ti]["_decoy"] = "typo"
    embedded = "310104200812150013"  # a valid ID (check digit 3) inside a 20-digit serial
    assert is_valid_id18(embedded)
    rows[21]["备注"] = "缴费流水号20" + embedded
    rows[21]["_decoy"] = "serial"
    assert rows[ti]["_org"] is None and rows[21]["_org"] is None and ti != 21
    decoys = [{"line": ti + 2, "column": 9, "field": "身份证号", "value": rows[ti]["身份证号"],
               "why": "check character does not match (a typo): not a valid ID"},
              {"line": 23, "column": 21, "field": "备注", "value": rows[21]["备注"],
               "why": "20-digit payment serial: no ID or mobile may be cut out of a longer digit run"}]
    with open(os.path.join(outdir, "花名册_2024级.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(",".join(CSV_HEADER) + "\n")
        for row in rows:
            f.write(render_csv_row(row) + "\n")
    add_file("花名册_2024级.csv", "csv", table_findings(rows, CSV_HEADER, 2), extra={"not_findings": decoys})

    # 2. 家长联系表.csv: GBK, CRLF, no BOM, written by the csv module (Excel's "CSV (逗号分隔)").
    gen = Generator(seed + 1, rates=dict(org=0.0, typo=0.0, serial=0.0))
    header = ["班级", "学生姓名", "家长姓名", "关系", "联系电话", "备用电话", "家庭住址", "备注"]
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")  # Excel dialect: quotes only when needed
    w.writerow(header)
    findings = []
    forced = ["138 0013 5792", "+86 139-1357-2468", "0086 13612345678", "186-2345-6789"]
    line_no = 2
    for i in range(20):
        r = gen.block(1)[0]
        phone = gen.mobile() if i >= len(forced) else forced[i]
        spare, spare_kind = "", ""
        if i % 3 == 0:
            spare, spare_kind = gen.landline(), "landline"
        elif i % 7 == 1:
            spare, spare_kind = gen.mobile(), "mobile"
        remark = rng_pick(gen, REMARKS[:19])
        if i == 6:
            remark = "住址已变更,请核对"  # an ASCII comma: the csv module quotes the field
        if i == 9:
            remark = "回执请于周五前交回\n（已电话确认）"  # a line break inside a quoted field
        row = [r["班级"], r["姓名"], r["家长姓名"], r["关系"], phone, spare, r["家庭住址"], remark]
        w.writerow(row)
        for column, kind in ((2, "name"), (3, "name"), (7, "address")):
            findings.append({"kind": kind, "confidence": "high", "line": line_no, "column": column,
                             "field": header[column - 1], "value": row[column - 1]})
        findings.append(RECORD | {"line": line_no})
        findings.append({"kind": "mobile", "confidence": "high", "line": line_no, "column": 5,
                         "field": "联系电话", "value": phone})
        if spare:
            findings.append({"kind": spare_kind, "confidence": "high", "line": line_no, "column": 6,
                             "field": "备用电话", "value": spare})
        line_no += 1 + remark.count("\n")
    with open(os.path.join(outdir, "家长联系表.csv"), "wb") as f:
        f.write(buf.getvalue().encode("gbk"))
    add_file("家长联系表.csv", "csv", findings, extra={"encoding": "gbk", "line_ending": "crlf"})

    # 3. 通知.txt: a school notice. Office landline, 咨询电话 and office email are organisational;
    #    the class teacher's own mobile is personal and counted.
    gen = Generator(seed + 2)
    office = "0371-65501234"
    hotline = "0371-65507788"
    teacher_mobile = "139-3712-4680"
    office_mail = "xiaoban@zzdyzx.edu.cn"
    lines = [
        "郑州市第一中学",
        "关于2024年秋季学期开学报到的通知",
        "",
        "各位家长、同学：",
        "    根据教育局校历安排，本学期新生于8月31日（星期六）上午8:00—11:30报到，老生于9月1日报到，9月2日正式上课。",
        "    报到时请携带录取通知书、近期一寸照片两张及户口簿复印件。住校生请自备床上用品。",
        "    学校不收取任何规定以外的费用，请家长注意识别诈骗信息。",
        "",
        f"学校办公室电话：{office}",
        f"招生咨询电话：{hotline}（工作日8:30—17:30）",
        f"办公室邮箱：{office_mail}",
        f"    高一(3)班家长如有疑问，请联系班主任李老师，手机：{teacher_mobile}。",
        "",
        "郑州市第一中学教务处",
        "2024年8月20日",
    ]
    with open(os.path.join(outdir, "通知.txt"), "w", encoding="utf-8", newline="") as f:
        f.write("\n".join(lines) + "\n")

    def text_find(kind, value, conf="high", org=False):
        for n, line in enumerate(lines, 1):
            if value in line:
                return {"kind": kind, "confidence": conf, "line": n, "column": char_col(line, value),
                        "field": None, "value": value}
        raise ValueError(value)

    add_file("通知.txt", "text", [text_find("mobile", teacher_mobile)],
             org=[text_find("landline", office), text_find("landline", hotline), text_find("email", office_mail)])

    # 4. 课程表.txt: clean school text, nothing to report.
    tt = [
        "郑州市第一中学 高一(3)班 课程表（2024—2025学年第一学期）",
        "",
        "节次\t时间\t星期一\t星期二\t星期三\t星期四\t星期五",
        "第1节\t08:00-08:45\t语文\t数学\t英语\t物理\t语文",
        "第2节\t08:55-09:40\t数学\t英语\t语文\t化学\t数学",
        "大课间\t09:40-10:10\t广播操\t广播操\t广播操\t广播操\t广播操",
        "第3节\t10:10-10:55\t英语\t物理\t数学\t语文\t生物",
        "第4节\t11:05-11:50\t化学\t历史\t体育\t英语\t地理",
        "午休\t11:50-14:00",
        "第5节\t14:00-14:45\t生物\t语文\t政治\t数学\t英语",
        "第6节\t14:55-15:40\t体育\t地理\t化学\t音乐\t物理",
        "第7节\t15:50-16:35\t班会\t美术\t信息技术\t研究性学习\t自习",
        "",
        "教室：明德楼301    周课时：35节    本学期共20周（9月2日至次年1月17日）",
        "课程代码：YW2024-01、SX2024-02、YY2024-03",
        "注：单周星期四第7节为心理健康课，双周为劳动教育。",
    ]
    with open(os.path.join(outdir, "课程表.txt"), "w", encoding="utf-8", newline="") as f:
        f.write("\n".join(tt) + "\n")
    add_file("课程表.txt", "text", [])

    # 5. 数据导出.tsv: a tab-separated export from an enrolment system, other header wording.
    gen = Generator(seed + 3, rates=dict(org=0.0, typo=0.0, serial=0.0))
    header = ["学生姓名", "证件号码", "生日", "监护人电话", "监护人邮箱", "银行账号", "家庭地址"]
    tsv_lines = ["\t".join(header)]
    findings = []
    for i in range(10):
        r = gen.block(1)[0]
        male = r["性别"] == "男"
        sid, addr, di = gen.id18(POOLS.regions, POOLS.student_dates, male)
        birth = POOLS.student_dates[di][2][0]
        vals = {"学生姓名": r["姓名"], "证件号码": sid, "生日": birth,
                "监护人电话": gen.mobile(), "监护人邮箱": gen.email() if i % 2 == 0 else "",
                "银行账号": gen.card() if i in (2, 7) else "", "家庭地址": addr + rng_pick(gen, POOLS.addr_tails)}
        line = "\t".join(vals[h] for h in header)
        tsv_lines.append(line)
        findings.append(RECORD | {"line": i + 2, "char_column": None})
        for h, kind in (("学生姓名", "name"), ("证件号码", "cn_id"), ("生日", "birth_date"), ("监护人电话", "mobile"),
                        ("监护人邮箱", "email"), ("银行账号", "bank_card"), ("家庭地址", "address")):
            if vals[h]:
                findings.append({"kind": kind, "confidence": "high", "line": i + 2, "column": header.index(h) + 1,
                                 "field": h, "value": vals[h], "char_column": char_col(line, vals[h])})
    with open(os.path.join(outdir, "数据导出.tsv"), "w", encoding="utf-8", newline="") as f:
        f.write("\n".join(tsv_lines) + "\n")
    add_file("数据导出.tsv", "tsv", findings,
             extra={"note": "Scanned as a tab-separated table; char_column is the text column in case it is not."})

    # 6. .leakscanignore and an ignored backup holding an ID.
    with open(os.path.join(outdir, ".leakscanignore"), "w", encoding="utf-8") as f:
        f.write("# Old exports are kept for reference only; leakscan skips them.\n*.bak\n"
                "# The test oracle lists the values planted in the other files.\nEXPECTED.json\n")
    gen = Generator(seed + 4)
    bak_id = gen.id18(POOLS.regions, POOLS.student_dates, True)[0]
    with open(os.path.join(outdir, "old_export.bak"), "w", encoding="utf-8") as f:
        f.write(f"姓名,身份证号\n{gen.name()},{bak_id}\n")
    expected["ignored"] = [f"{rel}/old_export.bak", f"{rel}/EXPECTED.json"]

    with open(os.path.join(outdir, "EXPECTED.json"), "w", encoding="utf-8") as f:
        f.write(dump_one_finding_per_line(expected))


def dump_one_finding_per_line(obj) -> str:
    """JSON with each finding on its own line: readable, and diffs stay small."""
    def enc(v, indent):
        pad = " " * indent
        if isinstance(v, dict) and v and not all(isinstance(x, (str, int, type(None))) for x in v.values()):
            items = [f'{pad} {json.dumps(k, ensure_ascii=False)}: {enc(x, indent + 1).lstrip()}' for k, x in v.items()]
            return pad + "{\n" + ",\n".join(items) + "\n" + pad + "}"
        if isinstance(v, list) and v and isinstance(v[0], dict):
            items = [pad + " " + json.dumps(x, ensure_ascii=False) for x in v]
            return pad + "[\n" + ",\n".join(items) + "\n" + pad + "]"
        return pad + json.dumps(v, ensure_ascii=False)
    return enc(obj, 0) + "\n"


def rng_pick(gen: Generator, pool):
    return gen.rng.choice(pool)


def main(argv=None) -> int:
    global POOLS
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    g = ap.add_mutually_exclusive_group()
    g.add_argument("--rows", type=int, help="number of data rows")
    g.add_argument("--size-mb", type=float, help="approximate size in MiB of UTF-8 content (all files)")
    ap.add_argument("--encoding", choices=["utf-8", "utf-8-sig", "gbk", "gb18030", "utf-16"], default="utf-8",
                    help="utf-16 is little-endian with a BOM, as Excel's 'Unicode text' writes it")
    ap.add_argument("--format", choices=["csv", "tsv", "text"], default="csv")
    ap.add_argument("--seed", type=int, default=20240901)
    ap.add_argument("--out", help="output file (or directory with --split); default stdout")
    ap.add_argument("--split", type=int, default=1, help="write N files of equal size into the --out directory")
    ap.add_argument("--crlf", action="store_true", help="CRLF line endings")
    ap.add_argument("--manifest", help="write planted counts as JSON here")
    ap.add_argument("--findings", help="write every planted value (line, column, field, kind) as JSONL here "
                                       "(single-file output only)")
    ap.add_argument("--demo", metavar="DIR", help="write the demo fixtures into DIR and exit")
    ap.add_argument("--self-test", action="store_true", help="check the generator's own values and exit")
    a = ap.parse_args(argv)
    POOLS = Pools()

    if a.self_test:
        return self_test()
    if a.demo:
        make_demo(a.demo, a.seed)
        return 0
    if a.rows is None and a.size_mb is None:
        a.rows = 1000
    newline = "\r\n" if a.crlf else "\n"
    ext = {"csv": "csv", "tsv": "tsv", "text": "txt"}[a.format]
    gen = Generator(a.seed)
    counter = Counter()
    files = []
    total = 0
    if a.split > 1:
        if a.findings:
            ap.error("--findings works with single-file output only")
        if not a.out:
            ap.error("--split needs --out DIR")
        os.makedirs(a.out, exist_ok=True)
        for i in range(a.split):
            path = os.path.join(a.out, f"roster_{i:03d}.{ext}")
            with open(path, "wb", buffering=1 << 20) as out:
                rows = None if a.rows is None else a.rows // a.split + (1 if i < a.rows % a.split else 0)
                size = None if a.size_mb is None else int(a.size_mb * 1048576 / a.split)
                n = write_stream(gen, a.format, a.encoding, out, rows, size, counter, newline)
            files.append({"path": path, "bytes": n})
            total += n
    else:
        size = None if a.size_mb is None else int(a.size_mb * 1048576)
        fnd = open(a.findings, "w", encoding="utf-8") if a.findings else None
        if a.out:
            with open(a.out, "wb", buffering=1 << 20) as out:
                total = write_stream(gen, a.format, a.encoding, out, a.rows, size, counter, newline, fnd)
            files.append({"path": a.out, "bytes": total})
        else:
            total = write_stream(gen, a.format, a.encoding, sys.stdout.buffer, a.rows, size, counter, newline, fnd)
        if fnd:
            fnd.close()
    if a.manifest:
        m = {"generator": "scripts/generate_roster.py", "seed": a.seed, "format": a.format,
             "encoding": a.encoding, "rows": counter.rows, "bytes": total, "files": files,
             "counts": counter.counts, "organisational": counter.org,
             "decoys": counter.decoys,
             "note": ("counts: values leakscan scan --format counts must report (organisational ones "
                      "excluded); decoys: rows holding values it must not report (typo: an ID whose check "
                      "character is wrong; serial: a 20-digit payment serial in the remark)")}
        m["birth_date_context"] = "出生日期 column" if a.format in ("csv", "tsv") else "出生日期： keyword"
        with open(a.manifest, "w", encoding="utf-8") as f:
            json.dump(m, f, ensure_ascii=False, indent=1)
            f.write("\n")
    return 0


# --- Self-test --------------------------------------------------------------------------------------

def self_test() -> int:
    """Checks generated values with independent code: IDs (checksum, region, date), cards (Luhn),
    mobiles (segment), and that no other field accidentally forms such a value."""
    import re
    gen = Generator(7, rates=dict(card=0.2, org=0.05, id15=0.2))
    rows = gen.block(20000)
    region_codes = {c for c, _ in REGIONS + RETIRED_REGIONS}
    id_re = re.compile(r"(?<![0-9])[1-9]\d{5}(19|20)\d{2}(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])\d{3}[\dXx](?![0-9A-Za-z])")
    mob_re = re.compile(r"(?<![0-9])1[3-9]\d{9}(?![0-9])")
    bad = 0
    seen = set()
    for row in rows:
        line = render_csv_row(row)
        if line in seen:
            print("duplicate row", line)
            bad += 1
        seen.add(line)
        planted = {c for c, _ in row_kinds(row)}
        for c, k in row_kinds(row):
            v = row[c]
            if k == "cn_id":
                ok = is_valid_id18(v) and v[:6] in region_codes
                y, m, d = int(v[6:10]), int(v[10:12]), int(v[12:14])
                date(y, m, d)
                if c == "身份证号":
                    ok = ok and 2006 <= y <= 2018 and (int(v[16]) % 2 == 1) == (row["性别"] == "男")
                else:
                    ok = ok and 1970 <= y <= 1990 and (int(v[16]) % 2 == 1) == (row["关系"] == "父亲")
            elif k == "cn_id_15":
                ok = len(v) == 15 and v.isdigit() and v[:6] in region_codes
                date(1900 + int(v[6:8]), int(v[8:10]), int(v[10:12]))
            elif k == "mobile":
                digits = re.sub(r"\D", "", v)
                digits = digits[-11:]
                ok = digits[:3] in MOBILE_PREFIXES and len(re.sub(r"^(\+86|0086)", "", v.replace(" ", "").replace("-", ""))) == 11
            elif k == "bank_card":
                digits = v.replace(" ", "")
                ok = luhn_ok(digits) and len(digits) in (16, 19)
            elif k == "landline":
                ok = re.fullmatch(r"(0\d{2,3}-\d{7,8})|(\(0\d{2,3}\)\d{7,8})|(0\d{9,11})", v) is not None
            elif k == "email":
                ok = re.fullmatch(r"[a-z._]+\d*@[a-z0-9]+\.[a-z]+", v) is not None
            else:
                ok = True
            if not ok:
                print("bad", k, c, v)
                bad += 1
        # no other field holds an ID or mobile
        for c in CSV_HEADER:
            if c in planted:
                continue
            v = row[c]
            if c == "备注" and row["_org"]:
                v = v.replace(row["_org"][1], "")
            if c == "备注" and row["_decoy"] == "serial":
                if not re.fullmatch(r"缴费流水号20\d{18}", v):
                    print("bad serial", v)
                    bad += 1
                continue
            if c == "身份证号" and row["_decoy"] == "typo":
                if is_valid_id18(v):
                    print("typo ID passes the checksum", v)
                    bad += 1
                continue
            compact = v.replace(" ", "").replace("-", "")
            if id_re.search(compact) or mob_re.search(compact) or re.search(r"\d{11,}", compact):
                print("accidental value in", c, v)
                bad += 1
    print(f"self-test: {len(rows)} rows, {bad} problems")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
