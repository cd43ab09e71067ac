#!/usr/bin/env python3
"""Writes fixtures/labelled_holdout2/: a third, independent, synthetic labelled corpus for the `name`
and `address` detectors (same format as fixtures/labelled, scored by scripts/evaluate_detection.py).

Every value is invented: names are drawn from this script's own pools, resident ID numbers use real
GB/T 2260 county codes (patterns/cn_regions.txt) with random birth dates and the GB 11643 MOD 11-2
check character, mobiles use well-known allocated prefixes with random tails, and home addresses join
real province/city/county names to invented roads, estates, towns, villages and house numbers.

Usage (Python 3 standard library only):
    python3 scripts/make_holdout2_fixtures.py           # (re)write fixtures/labelled_holdout2/
    python3 scripts/make_holdout2_fixtures.py --check   # regenerate into a temp dir, compare, validate
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import random
import re
import shutil
import sys
import tempfile

SEED = 20250614
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "fixtures", "labelled_holdout2")
REGIONS_FILE = os.path.join(ROOT, "patterns", "cn_regions.txt")
MAX_BYTES = 151_000

# --- label markup ------------------------------------------------------------------------------------
# Text is written with inline marks; Doc.add strips them and records a label at the physical line.

def N(v: str) -> str:
    return f"\x02n{v}\x03"


def A(v: str) -> str:
    return f"\x02a{v}\x03"


MARK = re.compile("\x02([na])(.*?)\x03")


class Doc:
    def __init__(self, path: str, category: str, note: str):
        self.path, self.category, self.note = path, category, note
        self.lines: list[str] = []
        self.labels: list[dict] = []

    def add(self, text: str = "") -> None:
        for raw in text.split("\n"):
            lineno = len(self.lines) + 1
            out, pos = [], 0
            for m in MARK.finditer(raw):
                out.append(raw[pos:m.start()])
                out.append(m.group(2))
                pos = m.end()
                self.labels.append({"type": "label", "path": self.path, "line": lineno,
                                    "kind": "name" if m.group(1) == "n" else "address", "value": m.group(2)})
            out.append(raw[pos:])
            line = "".join(out)
            if "\x02" in line or "\x03" in line:
                raise ValueError(f"{self.path}:{lineno}: unbalanced mark")
            self.lines.append(line)

    def text(self) -> str:
        return "\n".join(self.lines) + "\n"


def marked(d: dict) -> dict:
    """Values for str.format: names (str) get a name mark, ('a', s) an address mark."""
    out = {}
    for k, v in d.items():
        if isinstance(v, tuple) and v[0] == "a":
            out[k] = A(v[1])
        elif isinstance(v, tuple) and v[0] == "raw":
            out[k] = v[1]
        else:
            out[k] = N(v)
    return out


# --- regions, IDs, phones -----------------------------------------------------------------------------

def load_regions() -> dict[str, str]:
    cur = {}
    with open(REGIONS_FILE, encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            code, name, status = line.rstrip("\n").split("\t")
            if status == "current":
                cur[code] = name
    return cur


class Geo:
    def __init__(self, regions: dict[str, str], code4: str):
        self.prov = regions[code4[:2] + "0000"]
        self.city = regions[code4 + "00"]
        items = [(c, n) for c, n in sorted(regions.items()) if c[:4] == code4 and c[4:] != "00"
                 and n not in ("市辖区", "郊区", "矿区")]
        self.codes = [c for c, _ in items]
        self.districts = [n for _, n in items if n.endswith("区")]
        self.rural = [n for _, n in items if not n.endswith("区")]
        self.has_rural = bool(self.rural)
        self.rural = self.rural or self.districts
        self.all = [n for _, n in items]


ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
ID_CHECK = "10X98765432"


def id_check(body17: str) -> str:
    return ID_CHECK[sum(int(c) * w for c, w in zip(body17, ID_WEIGHTS)) % 11]


def id_valid(s: str) -> bool:
    return len(s) == 18 and s[:17].isdigit() and id_check(s[:17]) == s[17].upper()


def make_id(rng: random.Random, geo: Geo, y0: int, y1: int, female: bool | None = None) -> str:
    d = dt.date(y0, 1, 1) + dt.timedelta(days=rng.randrange((dt.date(y1, 12, 31) - dt.date(y0, 1, 1)).days))
    if female is None:
        female = rng.random() < 0.5
    seq = rng.randrange(1, 500) * 2 + (0 if female else 1)
    body = f"{rng.choice(geo.codes)}{d:%Y%m%d}{seq:03d}"
    return body + id_check(body)


MOBILE_PREFIXES = ["130", "131", "132", "133", "135", "136", "137", "138", "139", "150", "151", "152", "153",
                   "155", "156", "157", "158", "159", "166", "173", "177", "180", "181", "182", "183", "185",
                   "186", "187", "188", "189", "199"]


def mobile(rng: random.Random, form: str = "plain") -> str:
    s = rng.choice(MOBILE_PREFIXES) + f"{rng.randrange(10 ** 8):08d}"
    if form == "mixed":
        form = rng.choice(["plain"] * 8 + ["dash", "space"])
    if form == "dash":
        return f"{s[:3]}-{s[3:7]}-{s[7:]}"
    if form == "space":
        return f"{s[:3]} {s[3:7]} {s[7:]}"
    return s


# --- names -------------------------------------------------------------------------------------------

SUR_TOP = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔"
SUR_MORE = ("钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施"
            "文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷"
            "盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷"
            "晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝")
SUR_RARE = "禚郄亓逯笪訾昝扈仉厍隗桓揭羿浦帅蔺佴衣谌矫琚蹇钭"
SUR_COMPOUND = ["欧阳", "司马", "诸葛", "上官", "慕容", "东方", "皇甫", "尉迟", "公孙", "令狐", "澹台", "呼延",
                "端木", "夏侯", "长孙", "宇文", "闻人", "南宫", "司徒"]

GIVEN2 = ["可欣", "一诺", "子涵", "安琪", "之恒", "乐怡", "佳琪", "思远", "思琪", "雨桐", "梓萱", "浩然", "宇轩",
          "欣怡", "子墨", "一鸣", "诗涵", "俊熙", "若曦", "沐阳", "奕辰", "明轩", "语桐", "书瑶", "佳怡", "思彤",
          "子轩", "一凡", "可心", "之遥", "乐瑶", "嘉树", "予安", "知夏", "清妍", "承泽", "景行", "文轩", "安之",
          "子安", "思齐", "佳乐", "可一", "一然", "文茜", "乐之", "思语", "子谦", "安禾", "佳宁", "可为", "晓彤",
          "梓豪", "文韬", "子怡", "一航", "思涵", "乐彤", "可馨", "之涵", "子晴", "雅文", "欣然", "沛文", "博文",
          "紫涵", "铭泽", "皓轩", "睿泽", "若彤", "静怡", "梦瑶", "嘉欣", "昊然", "泽宇", "振宇", "芷晴", "依诺",
          "佳禾", "思源", "安然", "乐言", "子悦", "文瀚", "一帆", "可儿", "之桃", "思妤"]
GIVEN1 = list("可安乐佳思文一睿涵琳玥桐昕航哲彤萌悦瑶恒凯博晗婧蕾")
# parents' and grandparents' names, older style, by sex
PARENT2_M = ["建国", "国强", "志强", "卫东", "明华", "德福", "永刚", "晓东", "文杰", "建军", "海涛", "志刚", "俊峰",
             "立新", "振华", "宏伟", "爱华", "学军", "庆丰", "伟东", "少华", "新民", "安平", "长林", "树林", "保国"]
PARENT2_F = ["秀英", "桂兰", "红梅", "丽娟", "海燕", "春花", "淑芬", "玉兰", "丽华", "雪梅", "晓燕", "红霞", "春燕",
             "凤英", "翠兰", "玉梅", "金凤", "晓丽", "美玲", "亚楠", "艳芳", "慧敏", "丽萍", "秋菊", "冬梅", "会芳",
             "小燕", "思敏", "文娟"]
PARENT1_M = list("伟军勇涛磊强刚杰鹏斌辉超")
PARENT1_F = list("敏静丽芳燕霞红娟艳")
# surnames that make a word or a place with a one-character given name (周一, 高一, 方可, 许可, 古文 …)
NO_SINGLE = set("周高万单方全古时明华和安文常康宁吉施谢黄齐成冷包许尚马范温游何左申余陆林金罗梁邹黎路车应江")
BLACKLIST = {"李安", "宋佳", "庞博", "易安", "沙文", "祝安", "汪涵", "孙悦", "张萌", "刘恒", "王凯", "雷军", "陈红",
             "李静", "周涛", "王刚", "刘涛", "张杰", "朱军", "张斌", "王杰", "韩红", "李白", "李华", "李雷", "李明",
             "韩梅梅", "王菲", "李宁", "姚明", "刘翔", "李娜", "文安平", "安安平"}
DOT_NAMES = ["阿依古丽·买买提", "买合木提·艾力", "古丽娜尔·吐尔逊", "努尔兰·哈力木", "迪丽娜尔·阿不都热依木",
             "艾孜买提·热合曼", "帕提古丽·司马义", "叶尔江·巴合提", "阿丽娅·努尔兰", "热依拉·艾山",
             "吐尔洪·买买提明", "米日古丽·艾合买提", "巴哈尔古丽·托合提", "加娜尔·叶尔肯", "阿力木江·阿布都拉",
             "祖丽皮耶·吾斯曼"]

PY_SUR = {"王": "Wang", "李": "Li", "张": "Zhang", "刘": "Liu", "陈": "Chen", "杨": "Yang", "黄": "Huang",
          "赵": "Zhao", "吴": "Wu", "周": "Zhou", "徐": "Xu", "孙": "Sun", "马": "Ma", "朱": "Zhu", "胡": "Hu",
          "郭": "Guo", "何": "He", "高": "Gao", "林": "Lin", "罗": "Luo", "郑": "Zheng", "梁": "Liang", "谢": "Xie",
          "宋": "Song", "唐": "Tang", "韩": "Han", "冯": "Feng", "邓": "Deng", "曹": "Cao", "彭": "Peng",
          "肖": "Xiao", "田": "Tian", "董": "Dong", "袁": "Yuan", "潘": "Pan", "蒋": "Jiang", "蔡": "Cai",
          "杜": "Du", "叶": "Ye", "程": "Cheng", "苏": "Su", "魏": "Wei", "吕": "Lyu", "丁": "Ding", "沈": "Shen",
          "姚": "Yao", "崔": "Cui", "钟": "Zhong", "谭": "Tan", "贾": "Jia", "夏": "Xia", "孟": "Meng",
          "秦": "Qin", "翟": "Zhai", "单": "Shan", "欧阳": "Ouyang", "司马": "Sima", "诸葛": "Zhuge",
          "上官": "Shangguan", "亓": "Qi", "訾": "Zi"}
PY_GIVEN = {"可欣": "Kexin", "一诺": "Yinuo", "子涵": "Zihan", "安琪": "Anqi", "之恒": "Zhiheng", "乐怡": "Leyi",
            "佳琪": "Jiaqi", "思远": "Siyuan", "思琪": "Siqi", "雨桐": "Yutong", "梓萱": "Zixuan",
            "浩然": "Haoran", "宇轩": "Yuxuan", "欣怡": "Xinyi", "子墨": "Zimo", "一鸣": "Yiming",
            "诗涵": "Shihan", "若曦": "Ruoxi", "沐阳": "Muyang", "奕辰": "Yichen", "明轩": "Mingxuan",
            "书瑶": "Shuyao", "佳怡": "Jiayi", "思彤": "Sitong", "子轩": "Zixuan", "一凡": "Yifan",
            "之遥": "Zhiyao", "乐瑶": "Leyao", "嘉树": "Jiashu", "予安": "Yu'an", "知夏": "Zhixia",
            "承泽": "Chengze", "文轩": "Wenxuan", "安之": "Anzhi", "子安": "Zi'an", "思齐": "Siqi",
            "佳乐": "Jiale", "一然": "Yiran", "乐之": "Lezhi", "思语": "Siyu", "子谦": "Ziqian",
            "佳宁": "Jianing", "晓彤": "Xiaotong", "梓豪": "Zihao", "文韬": "Wentao", "子怡": "Ziyi",
            "一航": "Yihang", "思涵": "Sihan", "欣然": "Xinran", "博文": "Bowen", "可": "Ke", "安": "An",
            "乐": "Le", "佳": "Jia", "思": "Si", "睿": "Rui", "琳": "Lin", "玥": "Yue", "航": "Hang", "哲": "Zhe",
            "彤": "Tong", "悦": "Yue", "瑶": "Yao", "凯": "Kai", "晗": "Han"}


def _dedupe(s: str) -> list[str]:
    seen, out = set(), []
    for c in s:
        if c not in seen:
            seen.add(c)
            out.append(c)
    return out


SUR_TOP_L = _dedupe(SUR_TOP)
SUR_MORE_L = [c for c in _dedupe(SUR_MORE) if c not in set(SUR_TOP_L)]


class Namer:
    """Draws names; each Namer keeps names unique within one document."""

    def __init__(self, rng: random.Random):
        self.rng = rng
        self.used: set[str] = set()

    def _ok(self, n: str) -> bool:
        return n not in self.used and n not in BLACKLIST

    def _surname(self, kind: str) -> str:
        r = self.rng
        if kind == "rare":
            return r.choice(SUR_RARE)
        if kind == "compound":
            return r.choice(SUR_COMPOUND)
        return r.choice(SUR_TOP_L) if r.random() < 0.62 else r.choice(SUR_MORE_L)

    def _given(self, sur: str, old: bool, single_rate: float, female: bool | None) -> str:
        r = self.rng
        single = r.random() < single_rate and len(sur) == 1 and sur not in NO_SINGLE
        if old:
            if female is None:
                female = r.random() < 0.5
            if single:
                return r.choice(PARENT1_F if female else PARENT1_M)
            return r.choice(PARENT2_F if female else PARENT2_M)
        return r.choice(GIVEN1) if single else r.choice(GIVEN2)

    def person(self, kind: str = "common", old: bool = False, surname: str | None = None,
               single_rate: float = 0.15, female: bool | None = None) -> str:
        for _ in range(1000):
            if kind == "dot":
                n = self.rng.choice(DOT_NAMES)
            else:
                sur = surname or self._surname(kind)
                n = sur + self._given(sur, old, single_rate, female)
            if self._ok(n):
                self.used.add(n)
                return n
        raise RuntimeError("name pool exhausted")

    def student(self, **kw) -> str:
        return self.person(**kw)

    def parent(self, surname: str | None = None, female: bool | None = None) -> str:
        if female is None and surname is not None:
            female = False
        return self.person(old=True, surname=surname, single_rate=0.3, female=female)

    def relative(self, student: str, relation: str) -> str:
        """A relative of a student named to fit the relation (父亲 shares the surname, 母亲 is a woman …)."""
        sur = surname_of(student)
        if "·" in student:
            return self.person(kind="dot")
        if relation in ("父亲", "爷爷"):
            return self.parent(surname=sur, female=False)
        if relation == "姑姑":
            return self.parent(surname=sur, female=True)
        if relation in ("母亲", "奶奶", "外婆"):
            return self.parent(female=True)
        if relation in ("哥哥", "姐姐"):
            return self.person(surname=sur)
        return self.parent(female=False)

    def teacher(self) -> str:
        return self.person(old=self.rng.random() < 0.5, single_rate=0.25)

    def students(self, n: int, dot: int = 0, compound: int = 0, rare: int = 0) -> list[str]:
        out = [self.person(kind="dot") for _ in range(dot)]
        out += [self.person(kind="compound") for _ in range(compound)]
        out += [self.person(kind="rare") for _ in range(rare)]
        while len(out) < n:
            out.append(self.person())
        self.rng.shuffle(out)
        return out

    def pinyin_student(self) -> tuple[str, str, str]:
        """(chinese, surname pinyin, given pinyin) from the pinyin-capable pools."""
        r = self.rng
        for _ in range(1000):
            sur = r.choice(list(PY_SUR))
            given = r.choice([g for g in PY_GIVEN if len(g) == 2] if (len(sur) > 1 or sur in NO_SINGLE
                                                                      or r.random() < 0.85) else
                             [g for g in PY_GIVEN if len(g) == 1])
            n = sur + given
            if self._ok(n):
                self.used.add(n)
                return n, PY_SUR[sur], PY_GIVEN[given]
        raise RuntimeError("pinyin pool exhausted")

    def family(self) -> dict:
        """A student with a father (same surname), a mother and a grandparent."""
        s = self.student()
        sur = s[:2] if s[:2] in SUR_COMPOUND else s[0]
        return {"S": s, "F": self.parent(surname=sur, female=False), "M": self.parent(female=True),
                "G": self.parent(surname=sur, female=False)}


def surname_of(name: str) -> str:
    return name[:2] if name[:2] in SUR_COMPOUND else name[0]


# --- addresses ---------------------------------------------------------------------------------------

ROADS = ["文化路", "建设路", "人民路", "解放路", "中山路", "胜利街", "育才路", "和平路", "新华路", "光明路", "长江路",
         "滨河路", "金城路", "丰收路", "振兴街", "朝阳路", "东风路", "学府路", "工业路", "青年路", "花园路", "友谊路",
         "幸福路", "站前街", "南关街", "北环路", "梅溪路", "车站南路", "七一路", "迎宾大道", "凤凰大道"]
ESTATES = ["锦绣花园", "阳光新城", "翡翠湾", "金色港湾", "紫荆苑", "怡和家园", "梧桐雅苑", "书香门第", "碧水蓝天",
           "恒信御园", "世纪城", "兰亭苑", "滨江华府", "东方名苑", "丽景湾", "康宁小区", "翠竹园", "桃源居", "和谐家园",
           "建业森林半岛", "龙湖春江郦城", "御景华庭", "锦江花园", "新城国际"]
DANWEI = ["化肥厂家属院", "电业局宿舍", "粮食局家属院", "纺织厂生活区", "教师新村", "油田小区", "烟厂宿舍"]
TOWNS = ["柳林镇", "石桥镇", "白沙镇", "龙泉镇", "城关镇", "马寨镇", "古城镇", "新店镇", "三里河镇", "双桥乡",
         "高庙乡", "孙店镇", "太平镇", "回龙镇", "清水河乡", "桥头镇", "瓦店镇", "安皋镇"]
VILLAGES = ["黄庄村", "李楼村", "前屯村", "后营村", "王家湾村", "杨树沟村", "小河村", "东张村", "西刘村", "石门村",
            "桃园村", "大柳树村", "郭店村", "孟寨村", "北陈村", "新庄村", "槐树湾村", "周家坝村", "马岗村", "赵湾村"]
GROUPS = ["一组", "二组", "三组", "四组", "五组", "六组", "七组", "八组", "3组", "5组", "9组", "第二村民小组",
          "第六村民小组"]
STREETS = ["花园路街道", "人民路街道", "城东街道", "北林街道", "南湖街道", "东大街街道", "新华街道"]
COMMUNITIES = ["幸福社区", "民主社区", "育才社区", "桥北社区", "新村社区", "东苑社区", "光明社区"]


def room(rng: random.Random) -> str:
    return f"{rng.randint(1, 26)}{rng.randint(1, 4):02d}"


RURAL_FORMS = ("rural_full", "rural", "village", "village_no")


def home_address(rng: random.Random, geo: Geo, form: str | None = None, county: str | None = None) -> str:
    f = form or rng.choice(["full", "city", "district", "estate", "estate2", "rural_full", "rural", "village",
                            "street", "danwei", "road", "village_no"])
    if f in RURAL_FORMS and not geo.has_rural:
        f = "city"
    dist = county or rng.choice(geo.districts or geo.all)
    county = county or rng.choice(geo.rural)
    road, num = rng.choice(ROADS), rng.randint(1, 299)
    est, b, u = rng.choice(ESTATES), rng.randint(1, 28), rng.randint(1, 4)
    town, vil, grp = rng.choice(TOWNS), rng.choice(VILLAGES), rng.choice(GROUPS)
    if f == "full":
        return f"{geo.prov}{geo.city}{dist}{road}{num}号{est}{b}号楼{u}单元{room(rng)}室"
    if f == "city":
        return f"{geo.city}{dist}{road}{num}号{est}{b}栋{room(rng)}"
    if f == "district":
        return f"{dist}{road}{num}号院{b}号楼{u}单元{room(rng)}号"
    if f == "estate":
        return f"{est}{b}-{u}-{room(rng)}"
    if f == "estate2":
        return f"{est}{b}号楼{u}单元{room(rng)}"
    if f == "rural_full":
        return f"{geo.prov}{geo.city}{county}{town}{vil}{grp}{rng.randint(1, 160)}号"
    if f == "rural":
        return f"{county}{town}{vil}{grp}"
    if f == "village":
        return f"{town}{vil}{grp}{rng.randint(1, 160)}号"
    if f == "village_no":
        return f"{county}{town}{vil}{rng.randint(1, 300)}号"
    if f == "street":
        return f"{dist}{rng.choice(STREETS)}{rng.choice(COMMUNITIES)}{road}{num}号{b}号楼"
    if f == "danwei":
        return f"{geo.city}{dist}{rng.choice(DANWEI)}{rng.randint(1, 12)}号楼{room(rng)}"
    if f == "road":
        return f"{road}{num}号{est}{b}号楼{room(rng)}"
    raise ValueError(f)


def school_address(rng: random.Random, geo: Geo, district: str) -> str:
    return f"{geo.city}{district}{rng.choice(ROADS)}{rng.randint(1, 200)}号"


WEEKDAYS = "一二三四五六日"


def cn_date(d: dt.date) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


# --- documents ---------------------------------------------------------------------------------------

class Ctx:
    def __init__(self):
        self.regions = load_regions()
        self.geos: dict[str, Geo] = {}

    def geo(self, code4: str) -> Geo:
        if code4 not in self.geos:
            self.geos[code4] = Geo(self.regions, code4)
        return self.geos[code4]

    @staticmethod
    def rng(name: str) -> random.Random:
        return random.Random(f"{SEED}:{name}")


def build_scores(ctx: Ctx) -> Doc:
    d = Doc("scores.csv", "name_column",
            "成绩单: 学号,姓名 and six subjects, totals and ranks; 平均分/最高分 rows and a footnote naming one student")
    rng, nm = ctx.rng("scores"), Namer(ctx.rng("scores-names"))
    names = nm.students(36, dot=2, compound=2, rare=2)
    d.add("学号,姓名,语文,数学,英语,物理,化学,生物,总分,班级名次,年级名次")
    rows = []
    deferred = rng.randrange(10, 34)
    for i, n in enumerate(names):
        s = [rng.randint(78, 132), rng.randint(42, 148), rng.randint(55, 143), rng.randint(31, 100),
             rng.randint(35, 100), rng.randint(40, 98)]
        rows.append([f"2023{1103:04d}{i + 1:02d}", n, s])
    rows[deferred][2][4] = None
    totals = [sum(x for x in r[2] if x is not None) for r in rows]
    order = sorted(range(len(rows)), key=lambda i: -totals[i])
    crank = {i: k + 1 for k, i in enumerate(order)}
    grank, g = {}, 0
    for i in order:
        g += rng.randint(1, 19)
        grank[i] = g
    for i, (sid, n, s) in enumerate(rows):
        cells = [str(x) if x is not None else "缓考" for x in s]
        d.add(f"{sid},{N(n)},{','.join(cells)},{totals[i]},{crank[i]},{grank[i]}")
    avg = [sum(r[2][k] for r in rows if r[2][k] is not None) / sum(1 for r in rows if r[2][k] is not None)
           for k in range(6)]
    mx = [max(r[2][k] for r in rows if r[2][k] is not None) for k in range(6)]
    d.add(f",平均分,{','.join(f'{x:.1f}' for x in avg)},{sum(totals) / len(totals):.1f},,")
    d.add(f",最高分,{','.join(str(x) for x in mx)},{max(totals)},,")
    d.add(f"注：{N(rows[deferred][1])}同学因参加省物理竞赛集训，化学缓考，总分暂不含化学；成绩如有异议请于7月10日前联系教务处。")
    return d


def build_ranking(ctx: Ctx) -> Doc:
    d = Doc("ranking.csv", "name_column",
            "排名表: a title row above the header, 考生姓名 column, classes, ties, two names without a surname")
    rng, nm = ctx.rng("ranking"), Namer(ctx.rng("ranking-names"))
    names = nm.students(36, dot=2, compound=1, rare=2)
    names[rng.randrange(8, 18)] = "其木格"
    names[rng.randrange(19, 35)] = "格桑卓玛"
    d.add("2024—2025学年第一学期高三年级期中联考成绩排名（前36名）")
    d.add("名次,考号,考生姓名,班级,语文,数学,英语,选考,选考科目,总分,较上次")
    rows = []
    for n in names:
        sc = [rng.randint(112, 138), rng.randint(118, 150), rng.randint(121, 147), rng.randint(236, 288)]
        rows.append((sum(sc), n, sc))
    rows.sort(key=lambda r: -r[0])
    rank = 0
    for i, (total, n, sc) in enumerate(rows):
        if i == 0 or total != rows[i - 1][0]:
            rank = i + 1
        cls = f"高三({rng.randint(1, 14)})班"
        delta = rng.choice(["↑" + str(rng.randint(1, 40)), "↓" + str(rng.randint(1, 25)), "—", "↑3", "新进"])
        d.add(f"{rank},2412{rng.randint(10, 99)}{rng.randint(1000, 9999)},{N(n)},{cls},{sc[0]},{sc[1]},{sc[2]},"
              f"{sc[3]},{rng.choice(['物化生', '物化地', '史政地', '物生地', '物化政'])},{total},{delta}")
    d.add("制表：高三年级组,,审核：教务处,,,,,,,,")
    return d


CLUBS = [("青年志愿者协会", ["会长", "副会长", "干事", "志愿者"]), ("“追光”天文社", ["社长", "社员"]),
         ("鲁迅文学社", ["社长", "主编", "社员"]), ("机器人社", ["队长", "队员"]), ("红十字志愿服务队", ["队长", "队员"]),
         ("模拟联合国协会", ["秘书长", "代表"]), ("围棋社", ["社长", "社员"])]


def build_clubs(ctx: Ctx) -> Doc:
    d = Doc("clubs.csv", "name_column",
            "志愿者/社团名单: 学生姓名 with a pinyin Name column (three styles), 指导教师 full names on a club's "
            "first row only (or a surname with 老师), club names with 鲁迅 in them")
    rng, nm = ctx.rng("clubs"), Namer(ctx.rng("clubs-names"))
    d.add("社团/队伍,职务,学生姓名,Name,班级,指导教师,报名日期")
    for club, roles in CLUBS:
        teacher = nm.teacher() if rng.random() < 0.7 else None
        tsur = surname_of(nm.teacher())
        for k in range(rng.randint(3, 5)):
            role = roles[0] if k == 0 else rng.choice(roles[1:])
            if rng.random() < 0.1:
                cn = nm.student(kind="dot")
                py = ""
            else:
                cn, ps, pg = nm.pinyin_student()
                style = rng.random()
                if style < 0.55:
                    py = f"{ps} {pg}"
                elif style < 0.75:
                    py = f"{ps.upper()} {pg}"
                elif style < 0.93:
                    py = f"{pg} {ps}"
                else:
                    py = ""
            if k == 0:
                tcell = N(teacher) if teacher else f"{tsur}老师"
            else:
                tcell = ""
            cls = f"高{rng.choice('一二')}({rng.randint(1, 12)})班"
            date = f"2024/9/{rng.randint(9, 20)}"
            d.add(f"{club},{role},{N(cn)},{N(py) if py else ''},{cls},{tcell},{date}")
    return d


RELATIONS = ["父亲", "母亲", "母亲", "父亲", "母亲", "爷爷", "奶奶", "外婆", "姑姑", "舅舅", "哥哥"]
SIGNIN_NOTES = ["", "", "", "", "", "已加班级群", "需单独沟通数学学习", "座位第三排", "提前离场", "由外婆代为参会",
                "带二胎宝宝", "申请住校", "想了解选科", "家委会成员"]


def build_signin(ctx: Ctx) -> Doc:
    d = Doc("signin.csv", "name_column",
            "家长会签到表: title row, 学生姓名 and 家长签名 columns, absentees, relations, phones")
    rng, nm = ctx.rng("signin"), Namer(ctx.rng("signin-names"))
    d.add("高一(7)班家长会签到表　时间：2024年11月16日 14:30　地点：明德楼304教室")
    d.add("序号,学生姓名,家长签名,与学生关系,签到时间,联系电话,备注")
    for i in range(1, 31):
        s = nm.student(kind="dot") if i in (11, 27) else nm.student(kind="compound") if i == 25 else nm.student()
        rel = rng.choice(RELATIONS)
        absent = rng.random() < 0.08
        if absent:
            d.add(f"{i},{N(s)},,,,{mobile(rng)},未到（已请假）")
            continue
        p = nm.relative(s, rel)
        t = f"14:{rng.randint(5, 40):02d}"
        d.add(f"{i},{N(s)},{N(p)},{rel},{t},{mobile(rng, 'mixed')},{rng.choice(SIGNIN_NOTES)}")
    d.add("应到30人，请假家长另行约谈。签到表由班长整理后交年级组。")
    return d


def build_dorm(ctx: Ctx) -> Doc:
    d = Doc("dorms.csv", "name_column",
            "宿舍分配表: 宿舍 cells like 3号宿舍楼201室 (not home addresses), 生源地 county names (not labelled), "
            "家庭住址 (labelled), empty beds")
    rng, nm = ctx.rng("dorm"), Namer(ctx.rng("dorm-names"))
    geo = ctx.geo("4113")
    d.add("2024级高一新生宿舍分配表（男生）")
    d.add("宿舍,床位,学生姓名,班级,生源地,家庭住址,家长电话")
    rooms = [f"3号宿舍楼{f}{r:02d}室" for f in (2, 3) for r in (1, 2, 5)][:5]
    for rm in rooms:
        for bed in range(1, 7):
            if rng.random() < 0.07:
                d.add(f"{rm},{bed}号床,空床,,,,")
                continue
            s = nm.student(kind="dot") if rng.random() < 0.03 else nm.student()
            county = rng.choice(geo.all)
            form = rng.choice(["rural", "village", "village_no", "rural", "estate2", "district", "rural_full"])
            addr = home_address(rng, geo, form, county=county)
            cls = f"高一({rng.randint(1, 16)})班"
            cell_addr = A(addr) if rng.random() > 0.05 else ""
            d.add(f"{rm},{bed}号床,{N(s)},{cls},{county},{cell_addr},{mobile(rng)}")
    d.add("宿管值班室：3号宿舍楼101室　查寝时间：每晚21:50　床位调整请到学生处（行政楼207）登记")
    return d


TOPICS = ["考试焦虑", "同伴关系", "亲子沟通", "睡眠问题", "情绪低落", "升学规划", "新环境适应", "学习动力", "网络使用"]
ROOMS_PSY = ["心理辅导中心1号室", "心理辅导中心2号室", "心理辅导中心沙盘室", "行政楼305室", "线上（腾讯会议）"]


def build_counselling(ctx: Ctx) -> Doc:
    d = Doc("counselling.csv", "name_column",
            "心理咨询预约: 学生姓名, 咨询师 (two full names, otherwise 值班老师 or a surname with 老师), rooms")
    rng, nm = ctx.rng("psy"), Namer(ctx.rng("psy-names"))
    c1, c2 = nm.teacher(), nm.teacher()
    d.add("预约编号,预约日期,时段,学生姓名,性别,班级,咨询师,咨询地点,咨询主题,是否首次,状态")
    day = dt.date(2024, 10, 8)
    for i in range(1, 25):
        day += dt.timedelta(days=rng.choice([0, 0, 1, 1, 2, 3]))
        if day.weekday() >= 5:
            day += dt.timedelta(days=7 - day.weekday())
        slot = rng.choice(["12:40-13:30", "16:40-17:30", "17:40-18:20", "19:00-19:50"])
        s = nm.student(kind="dot") if i == 19 else nm.student()
        r = rng.random()
        couns = N(c1) if r < 0.4 else N(c2) if r < 0.75 else rng.choice(["值班老师", "兼职咨询师 吴老师", "傅老师"])
        status = rng.choice(["已完成", "已完成", "已完成", "已取消", "未到", "待咨询", "已转介"])
        d.add(f"XL2024{i:04d},{day:%Y/%m/%d},{slot},{N(s)},{rng.choice('男女')},"
              f"初{rng.choice('一二三')}({rng.randint(1, 9)})班,{couns},{rng.choice(ROOMS_PSY)},{rng.choice(TOPICS)},"
              f"{rng.choice(['是', '否'])},{status}")
    return d


STOPS_CD = ["锦城花园北门", "天府三街地铁站B口", "桂溪公园站", "中和镇政府", "华阳客运站", "麓山大道二段路口",
            "新川之心南门", "红星路三段公交站", "李家沱车站", "黄龙溪古镇停车场", "万安镇卫生院", "世纪城会展中心",
            "张家巷口", "王家坝村委会"]


def build_bus_tsv(ctx: Ctx) -> Doc:
    d = Doc("bus2.tsv", "name_record",
            "校车乘车名单 without a header: name, class, stop, parent phone (TSV); stops named after estates, "
            "villages and surnames are not home addresses")
    rng, nm = ctx.rng("bus2"), Namer(ctx.rng("bus2-names"))
    for i in range(32):
        if i == 21:
            d.add("晚班\t17:40\t学校北门发车\t跟车：何老师")
        s = nm.student(kind="rare") if i in (5, 31) else nm.student(kind="compound") if i == 12 else nm.student()
        cls = rng.choice([f"{rng.randint(1, 6)}年级{rng.randint(1, 8)}班", f"七年级{rng.randint(1, 10)}班",
                          f"八({rng.randint(1, 10)})班"])
        d.add(f"{N(s)}\t{cls}\t{rng.choice(STOPS_CD)}\t{mobile(rng, 'mixed')}")
    return d


def build_bus_csv(ctx: Ctx) -> Doc:
    d = Doc("bus5.csv", "name_record",
            "校车乘车名单 without a header: 序号, name, class, stop, guardian, phone, time; route rows between blocks")
    rng, nm = ctx.rng("bus5"), Namer(ctx.rng("bus5-names"))
    geo = ctx.geo("4301")
    stops = ["星沙大道与开元路口", f"{geo.rural[0]}政府", "黄兴镇中心小学", "阳光新城东门", "金色港湾公交站",
             "梨江村村部", "李公庙路口", "周家湾加油站", "暮云镇三号桥"]
    n = 0
    for block, (line, when) in enumerate([("5号线", "早班 6:45 学校东门出发"), ("5号线", "晚班 17:30 学校东门出发")]):
        d.add(f"{line},{when},司机 {rng.choice('赵钱孙李')}师傅,跟车 {rng.choice('吴郑冯陈')}老师,,,")
        for _ in range(13 if block == 0 else 11):
            n += 1
            s = nm.student(kind="dot") if n == 9 else nm.student()
            g = nm.relative(s, rng.choice(["父亲", "母亲", "母亲", "爷爷", "奶奶"]))
            t = f"{6 if block == 0 else 17}:{rng.randint(50 if block == 0 else 35, 59):02d}"
            d.add(f"{n},{N(s)},{rng.randint(1, 6)}年级{rng.randint(1, 6)}班,{rng.choice(stops)},{N(g)},"
                  f"{mobile(rng, 'mixed')},{t}")
    d.add("备注：乘车卡丢失请到总务处（综合楼103室）补办,,,,,,")
    return d


def build_transfer_csv(ctx: Ctx) -> Doc:
    d = Doc("transfers.csv", "name_record",
            "转学学生登记 without a header: name, sex, ID, previous school, grade, home address, guardian, phone")
    rng, nm = ctx.rng("transfer-csv"), Namer(ctx.rng("transfer-csv-names"))
    geos = [ctx.geo(c) for c in ("4101", "4116", "4403", "3301", "4113")]
    schools = ["周口市川汇区文昌中学", "深圳市宝安区西乡实验学校", "杭州市余杭区仁和中学", "郑州市第七十四中学",
               "项城市第一初级中学", "南阳市第十三中学", "沈丘县付井镇初级中学"]
    for i in range(16):
        geo = rng.choice(geos)
        female = rng.random() < 0.5
        s = nm.student(kind="compound") if i == 7 else nm.student(kind="rare") if i == 13 else nm.student()
        g = nm.relative(s, rng.choice(["父亲", "母亲"]))
        addr = home_address(rng, geo, rng.choice(["full", "city", "rural_full", "street", "danwei", "village_no"]))
        d.add(f"{N(s)},{'女' if female else '男'},{make_id(rng, geo, 2009, 2011, female)},{rng.choice(schools)},"
              f"{rng.choice(['八年级', '九年级', '高一'])},{A(addr)},{N(g)},{mobile(rng)}")
    return d


HOME_NARR = [
    "　　{S}平时住校，周末由{P}骑电动车接送，家里还有一个正在上小学的妹妹。",
    "　　农忙时孩子主要由奶奶照顾，奶奶表示看不懂手机上的作业通知，希望老师多打电话。",
    "　　家里是前年新盖的两层小楼，孩子有独立的书桌，墙上贴着{S}初中时获得的“三好学生”奖状。",
    "　　{P}说孩子周末回家后玩手机时间较长，双方约定周五晚上到周日上午手机交由家长保管。",
    "　　{P}希望学校多关注孩子的数学，{S}这次月考数学只考了61分，物理也有些吃力。",
    "　　孩子的爷爷{G}也在场，老人对孩子的住校生活比较担心，我们介绍了宿舍和食堂的情况。",
    "　　家长反映{S}和同桌{S2}关系很好，两人常在周末一起讨论物理题。",
    "　　走访时{S}正在写英语作业，态度积极，主动介绍了自己本学期的学习计划。",
    "　　家庭经济较困难，已告知家长可以申请国家助学金，材料交到学生处。",
    "　　{S}的哥哥{Sib}去年考入郑州大学，对弟弟妹妹影响较大，兄妹俩每周视频一次。",
    "　　{P}一家前年从老家{OLD}搬到现在的住处，夫妻俩在附近的工业园区上班。",
    "　　孩子性格内向，在家话不多，{P}希望班主任安排{S}多参加集体活动。",
    "　　{S}近期上课偶尔走神，{P}解释说家中老人住院，孩子晚上常去医院陪护。",
    "　　家长对学校的晚自习安排表示满意，也希望周末能开放阅览室。",
    "　　家长非常重视孩子的学习，专门在客厅隔出了一个学习角，书架上摆满了《鲁迅全集》等书。",
    "　　离开时{P}把我们送到村口，一再叮嘱孩子在学校有任何情况随时打电话。",
    "　　孩子的爷爷{G}身体不好，平时由{P}一人照顾全家，压力较大。",
]
FOLLOW_UP = [
    "后续措施：每两周与{P}电话沟通一次；安排{S3}与{S}结成学习对子。",
    "后续措施：班主任每周谈心一次，数学老师利用午自习为{S}答疑。",
    "后续措施：推荐参加学校心理辅导中心的团体辅导，已告知家长。",
    "后续措施：帮助家长申请助学金，下周一前提交材料；请{S3}带{S}熟悉宿舍作息。",
]


def build_home_visits(ctx: Ctx) -> Doc:
    d = Doc("home_visits.txt", "name_free_text",
            "家访记录: visit blocks with 学生/接待家长/家庭住址/家访教师 lines and narrative lines naming the "
            "student, parents, grandparents, classmates; a former home village")
    rng, nm = ctx.rng("home"), Namer(ctx.rng("home-names"))
    geo = ctx.geo("4113")
    d.add("南阳市星光中学高一年级 2024年秋季学期家访记录汇总")
    d.add("学校地址：南阳市卧龙区仲景路166号　汇总：高一年级组（行政楼402室）")
    d.add("")
    day = dt.date(2024, 10, 7)
    for i in range(1, 7):
        day += dt.timedelta(days=rng.randint(1, 4))
        fam = nm.family()
        father = rng.random() < 0.45
        P = fam["F"] if father else fam["M"]
        rel = "父亲" if father else "母亲"
        t1, t2 = nm.teacher(), nm.teacher()
        sib = nm.person(surname=surname_of(fam["S"]))
        vals = {"S": fam["S"], "P": P, "G": fam["G"], "S2": nm.student(), "S3": nm.student(), "Sib": sib,
                "OLD": ("a", f"{rng.choice(geo.rural)}{rng.choice(TOWNS)}{rng.choice(VILLAGES)}"),
                "T1": t1, "T2": t2}
        m = marked(vals)
        addr = home_address(rng, geo, rng.choice(["rural", "village", "rural_full", "district", "estate2", "street"]))
        d.add(f"【家访记录{i:02d}】")
        d.add(f"时间：{cn_date(day)}（星期{WEEKDAYS[day.weekday()]}）{rng.choice(['15', '16', '19'])}:"
              f"{rng.choice(['00', '20', '30'])}")
        d.add(f"学生：{m['S']}　班级：高一({rng.randint(1, 16)})班　性别：{rng.choice('男女')}　"
              f"{rng.choice(['住校', '走读', '住校'])}")
        d.add(f"接待家长：{m['P']}（{rel}）　联系电话：{mobile(rng)}")
        d.add(f"家庭住址：{A(addr)}")
        if rng.random() < 0.7:
            d.add(f"家访教师：{m['T1']}（班主任）、{m['T2']}（{rng.choice(['数学', '英语', '物理', '语文'])}老师）")
        else:
            d.add(f"家访教师：班主任{m['T1']}、年级组长钱老师")
        d.add("家访情况：")
        for tpl in rng.sample(HOME_NARR, rng.randint(3, 4)):
            d.add(tpl.format(**m))
        d.add(rng.choice(FOLLOW_UP).format(**m))
        d.add(f"记录人：{m['T1']}")
        d.add("")
    return d


def build_leave_notes(ctx: Ctx) -> Doc:
    d = Doc("leave_notes.txt", "name_free_text",
            "请假条: parent- and student-written notes, system export lines, a group leave note, grandparents' "
            "village as a home address; 王老师-style salutations are not names")
    rng, nm = ctx.rng("leave"), Namer(ctx.rng("leave-names"))
    geo = ctx.geo("4113")
    day = dt.date(2024, 9, 9)
    for i in range(12):
        day += dt.timedelta(days=rng.randint(2, 7))
        fam = nm.family()
        mother = rng.random() < 0.6
        P = fam["M"] if mother else fam["F"]
        tsur = rng.choice("王李张刘陈杨赵吴孙朱郭")
        cls = f"高二({rng.randint(1, 12)})班"
        m = marked({"S": fam["S"], "P": P, "S2": nm.student(), "S3": nm.student(),
                    "HOME": ("a", home_address(rng, geo, rng.choice(["rural", "village", "village_no"])))})
        kind = i % 6
        if kind == 0:
            d.add("请假条")
            d.add(f"尊敬的{tsur}老师：")
            d.add(f"　　您好！我是{cls}学生{m['S']}的家长{m['P']}。孩子昨晚开始发烧，体温38.5℃，今天需要到医院检查，"
                  f"特请假一天（{day.month}月{day.day}日），望批准。")
            d.add(f"　　　　　　　　　　　　　　　　家长：{m['P']}")
            d.add(f"　　　　　　　　　　　　　　　　{cn_date(day)}")
        elif kind == 1:
            d.add("请　假　条")
            d.add(f"{tsur}老师：")
            d.add(f"　　本人{m['S']}（{cls}），因奶奶病重，需随父母回老家{m['HOME']}探望，特请假三天，"
                  f"自{day.month}月{day.day}日至{(day + dt.timedelta(days=2)).month}月{(day + dt.timedelta(days=2)).day}日，"
                  f"返校后及时补上落下的课程。")
            d.add(f"　　请假人：{m['S']}")
            d.add(f"　　家长签字：{m['P']}")
            d.add(f"　　{day.year}.{day.month}.{day.day}")
        elif kind == 2:
            d.add(f"【请假审批】申请人：{m['S']}｜班级：{cls}｜类型：病假｜时间：{day:%Y-%m-%d} 上午第1-4节｜"
                  f"事由：牙疼，去口腔医院补牙｜家长确认：{m['P']}（{mobile(rng)}）｜班主任：{tsur}老师 已批准")
        elif kind == 3:
            d.add(f"关于{cls}{m['S']}、{m['S2']}、{m['S3']}三名同学参加市中学生田径运动会的请假说明")
            d.add(f"　　经体育组推荐，以上三名同学将于{day.month}月{day.day}日起参加为期两天的市中学生田径运动会，"
                  f"由体育组{tsur}老师带队，请各任课老师知悉，所缺课程返校后补上。")
            d.add(f"　　　　　　　　　　　　　　　　　　　　体育组　{cn_date(day)}")
        elif kind == 4:
            d.add(f"{tsur}老师：孩子今天早上肚子疼，下午想请半天假去诊所看看，麻烦您了。——{m['S']}妈妈")
            d.add(f"（{tsur}老师回复：好的，已登记。请{m['S']}注意休息，作业让同桌{m['S2']}帮忙带回。）")
        else:
            d.add("请假条")
            d.add(f"　　{tsur}老师您好，{cls}{m['S']}因周末外出时扭伤脚踝，医生建议休息一周，"
                  f"期间由{m['P']}每天接送上下学，体育课和课间操请假，请予批准。")
            d.add(f"　　附：医院诊断证明一份。　　　　家长：{m['P']}　{mobile(rng)}")
        d.add("")
    d.add("说明：因交通管制，校车2号线今晨延误约20分钟，乘坐该线的8名同学迟到，不计入考勤。")
    return d


def build_awards(ctx: Ctx) -> Doc:
    d = Doc("awards.txt", "name_free_text",
            "表彰通报 and 获奖证书: name lists after a class, competition results with 指导教师, certificates; "
            "award titles with 鲁迅/李白/雷锋 and organisation names are not names")
    rng, nm = ctx.rng("awards"), Namer(ctx.rng("awards-names"))
    d.add("星光中学关于表彰2023—2024学年度优秀学生的通报")
    d.add("各年级、各班级：")
    first = nm.student()
    first2 = nm.student()
    d.add(f"　　2023—2024学年度，我校广大同学刻苦学习、全面发展，涌现出一批品学兼优的先进典型。经班级推荐、年级审核、"
          f"学校研究，决定授予{N(first)}等42名同学“三好学生”称号，授予{N(first2)}等18名同学“优秀学生干部”称号。")
    d.add("一、三好学生")
    for g in ("一", "二"):
        for c in range(1, 5):
            k = rng.randint(2, 3)
            ns = [nm.student(kind="dot") if rng.random() < 0.04 else nm.student() for _ in range(k)]
            if g == "一" and c == 1:
                ns[0] = first
            d.add(f"高{g}({c})班：{'、'.join(N(x) for x in ns)}")
    d.add("二、优秀学生干部")
    for c in range(1, 6):
        ns = [nm.student() for _ in range(rng.randint(1, 3))]
        if c == 1:
            ns[0] = first2
        d.add(f"高一({c})班：{'　'.join(N(x) for x in ns)}")
    d.add("三、学科竞赛获奖")
    comps = ["全国中学生物理竞赛（河南赛区）一等奖", "全国高中数学联赛（河南赛区）二等奖", "全国中学生生物学联赛三等奖",
             "“希望杯”全国数学邀请赛二等奖", "“鲁迅杯”全国中学生作文大赛一等奖", "“李白杯”诗词朗诵大赛三等奖",
             "全国青少年信息学奥林匹克联赛（NOIP）提高组二等奖"]
    for comp in comps:
        s = nm.student(kind="compound") if "信息学" in comp else nm.student()
        t = nm.teacher()
        d.add(f"{comp}：{N(s)}（高二({rng.randint(1, 12)})班），指导教师：{N(t)}")
    d.add("　　希望受表彰的同学戒骄戒躁，再创佳绩；全体同学以先进为榜样，发扬雷锋精神，勤学善思，全面发展。")
    d.add("　　　　　　　　　　　　　　　　　　星光中学政教处")
    d.add("　　　　　　　　　　　　　　　　　　2024年7月5日")
    d.add("")
    certs = [
        ("荣誉证书", "{S}同学：\n　　在2024年南阳市青少年科技创新大赛中，你的作品《校园雨水回收装置》荣获二等奖。\n"
                 "　　特发此证，以资鼓励。\n　　　　　　　　　　　　南阳市科学技术协会\n　　　　　　　　　　　　二〇二四年五月"),
        ("奖　状", "　　{S}同学在我校二〇二四年春季田径运动会男子1500米比赛中获得第一名。\n　　特发此状，以资鼓励。\n"
                "　　　　　　　　　　　　星光中学体育节组委会"),
        ("获奖证书", "证书编号：NYZX-2024-0317\n获奖者：{S}　　作品名称：《我的外婆》\n指导老师：{T}\n"
                 "奖项：第十二届“叶圣陶杯”全国中学生新作文大赛　省级一等奖"),
        ("荣誉证书", "　　授予{S}同学2023—2024学年度“优秀志愿者”称号，累计志愿服务时长86小时。\n"
                 "　　　　　　　　　　　　共青团南阳市星光中学委员会"),
        ("奖　状", "　　{S}、{S2}同学在高一年级英语演讲比赛中荣获团体一等奖。\n　　　　　　　　　　　　星光中学英语教研组"),
        ("证　书", "兹证明 {S} 同学参加2024年暑期“走进居里夫人的实验室”科学营活动，成绩合格，准予结业。\n"
                 "　　　　　　　　　　　　河南省青少年科技教育协会"),
    ]
    for title, body in certs:
        m = marked({"S": nm.student(), "S2": nm.student(), "T": nm.teacher()})
        d.add(title)
        d.add(body.format(**m))
        d.add("")
    d.add(f"表扬信：高二(4)班{N(nm.student())}同学在校门口捡到装有现金的钱包，主动交到门卫处，失主{N(nm.parent(female=False))}"
          f"先生特送来锦旗表示感谢，特此表扬。")
    return d


def build_class_log(ctx: Ctx) -> Doc:
    d = Doc("class_log.txt", "name_free_text",
            "班级日志: duty students, latecomers, good deeds; words beginning with surname characters (周末, 高兴, "
            "马上, 林荫道), teachers by surname, 鲁迅/朱自清 lessons")
    rng, nm = ctx.rng("log"), Namer(ctx.rng("log-names"))
    cls_students = nm.students(40, dot=1, compound=1, rare=2)
    d.add("高二(6)班 班级日志（第9—10周）")
    d.add("")
    lessons = ["语文课学习《祝福》（鲁迅），张老师布置了读书笔记", "语文课学习《荷塘月色》（朱自清），要求背诵第四、五段",
               "英语课讲评了上周的周测，平均分比上次高", "物理课做了测量电源电动势的实验，实验室在科技楼301",
               "历史课讲了戊戌变法，提到了康有为和梁启超", "数学课复习了数列，马老师说马上要单元测试",
               "化学课黄老师讲了原电池原理", "政治课讨论了“文明校园”建设"]
    weather = ["晴", "多云", "小雨", "阴", "晴转多云"]
    day = dt.date(2024, 10, 28)
    for k in range(8):
        pick = rng.sample(cls_students, 7)
        m = marked({f"S{i}": n for i, n in enumerate(pick)})
        d.add(f"{day.month}月{day.day}日　星期{WEEKDAYS[day.weekday()]}　{rng.choice(weather)}　值日班长：{m['S0']}")
        d.add(f"早读：{m['S1']}领读英语单词，大部分同学按时到班，{m['S2']}、{m['S3']}迟到约5分钟。")
        d.add(f"课堂：{rng.choice(lessons)}。")
        extra = [
            f"课间操：{m['S4']}因脚踝扭伤请假，在教室休息。",
            "午休：纪律良好，3号宿舍楼204室被宿管阿姨表扬。",
            "卫生：第二组负责，黑板未擦干净，扣0.5分。",
            f"好人好事：{m['S5']}捡到饭卡一张，已交到政教处。",
            "周末放假前进行大扫除，大家干得很高兴，林荫道上的落叶也扫干净了。",
            f"{m['S4']}和{m['S5']}在数学课上被王老师表扬，说他们的解法很有创意。",
            "黄昏时分下了一场小雨，晚自习前同学们帮忙收了走廊上的书。",
            "周一升旗仪式上，高二(3)班代表发言，主题是“安全文明伴我行”。",
            f"晚自习：{m['S6']}身体不适，由班主任联系家长接回。",
            "金秋读书月：班级图书角新增图书12本，借阅登记由学习委员负责。",
            f"体育课：{m['S4']}在立定跳远测试中跳出2米61，全班最好成绩。",
        ]
        for line in rng.sample(extra, 3):
            d.add(line)
        d.add(f"记录人：{m['S6']}")
        d.add("")
        day += dt.timedelta(days=1 if day.weekday() < 4 else 3)
    return d


def build_wechat(ctx: Ctx) -> Doc:
    d = Doc("wechat.txt", "name_free_text",
            "微信群聊天记录导出: display names from a student's name (…妈妈), full parent names, nicknames, "
            "班主任孙老师; join/recall/pat lines; carpool and parcel messages with home addresses")
    rng, nm = ctx.rng("wechat"), Namer(ctx.rng("wechat-names"))
    geo = ctx.geo("5101")
    fams = [nm.family() for _ in range(16)]
    disp = []
    for i, f in enumerate(fams):
        r = i % 6
        if r == 0:
            disp.append(N(f["S"]) + "妈妈")
        elif r == 1:
            disp.append(N(f["S"]) + "爸爸")
        elif r == 2:
            disp.append(N(f["F"]))
        elif r == 3:
            disp.append(f"{N(f['S'])}妈妈 {N(f['M'])}")
        elif r == 4:
            disp.append(N(f["S"]) + "家长")
        else:
            disp.append(N(f["M"]))
    nick = ["向日葵", "静待花开", "Sunny", "平安是福", "老周（装修）", "岁月静好"]
    teacher = "班主任孙老师"
    maths = "数学-冯老师"
    english = "英语 邵老师"
    d.add("微信群聊天记录导出")
    d.add("群名称：高一(2)班家校沟通群（58人）")
    d.add("导出时间：2024-11-22 21:14:08　导出工具：聊天记录备份 v3.2")
    clock = [dt.datetime(2024, 11, 18, 7, 2, 11)]

    def say(who: str, text: str, gap: int = 0) -> None:
        clock[0] += dt.timedelta(seconds=gap or rng.randint(20, 900))
        d.add(f"{who}  {clock[0]:%Y-%m-%d %H:%M:%S}")
        d.add(text)

    def system(text: str) -> None:
        d.add(f"—— {text} ——")

    def newday(y: int, mo: int, da: int, h: int) -> None:
        clock[0] = dt.datetime(y, mo, da, h, rng.randint(0, 30), rng.randint(0, 59))
        d.add("")
        d.add(f"—————— {y}-{mo:02d}-{da:02d} ——————")

    S = [N(f["S"]) for f in fams]
    F = [N(f["F"]) for f in fams]
    M = [N(f["M"]) for f in fams]
    a1 = home_address(rng, geo, "estate2")
    a2 = home_address(rng, geo, "road")
    a3 = home_address(rng, geo, "city")
    newday(2024, 11, 18, 7)
    say(teacher, "各位家长早上好！今天气温骤降，请提醒孩子穿厚外套，校服里面可以加毛衣。")
    say(disp[0], "收到")
    say(nick[1], "收到，谢谢孙老师")
    say(disp[1], f"孙老师，{S[1]}今天有点咳嗽，中午想接回家吃药，可以吗？")
    say(teacher, "可以的，到门卫处登记一下就行。")
    say(maths, "今晚作业：1.数学练习册第45—47页；2.预习《指数函数》。")
    say(english, "英语：Unit 4单词默写准备，明天早读检查。")
    say(disp[2], "请问语文要背《沁园春·长沙》全文吗")
    say(teacher, "要的，周三语文课默写。")
    G6 = N(fams[6]["G"])
    system(f"“{G6}”通过扫描“班主任孙老师”分享的二维码加入群聊")
    say(G6, f"大家好，我是{S[6]}的爷爷，孩子爸妈在外地上班，以后孩子的事情我来对接，我电话{mobile(rng)}。")
    say(teacher, "欢迎爷爷！")
    say(nick[0], "[玫瑰][玫瑰]")
    newday(2024, 11, 19, 12)
    say(teacher, f"表扬本周值日认真的同学：{S[3]}、{S[4]}、{S[7]}、{S[8]}，继续保持！")
    say(disp[3], "[强][强][强]")
    say(disp[4], f"谁家孩子拿错了{S[4]}的数学书？封面写了名字。")
    say(disp[5], f"不好意思，是我家{S[5]}拿错了，明天带过去")
    say(teacher, "校车3号线明天起改走人民南路，桂溪公园站暂停，请相关家长留意。")
    say(disp[7], f"锦城花园那边有没有一起拼车的？我家住{A(a1)}，每天早上7点出发")
    say(disp[8], f"我家也在附近，{A(a2)}，可以一起，私聊你")
    system(f"“{disp[9]}”撤回了一条消息")
    say(disp[9], "发错群了，不好意思")
    say(nick[2], "孩子说今天语文课讲了朱自清的《背影》，回家还跟我讲了半天")
    say(teacher, f"家长们晚上好，周六上午9:00在明德楼三楼会议室召开家委会，请{F[2]}、{M[10]}、{F[11]}三位家委准时参加。",
        gap=25000)
    say(disp[2], "好的孙老师，我准时到")
    say(nick[4], "老师，孩子上火了嘴里起泡，在学校能喝王老吉吗")
    say(teacher, "可以的，自己带就行。")
    newday(2024, 11, 20, 18)
    tops = rng.sample(range(16), 10)
    say(teacher, "期中考试成绩已短信发送。班级前十名：" + "、".join(S[i] for i in tops) + "。希望其他同学继续努力！")
    say(disp[11], "恭喜恭喜[鼓掌]")
    say(disp[12], f"孙老师，{S[12]}这次数学没考好，回家哭了，麻烦您多鼓励一下")
    say(maths, f"好的，{S[12]}平时很认真，这次主要是计算失误，不用太担心。")
    system(f"“{disp[13]}” 拍了拍 “班主任孙老师”")
    say(disp[13], "请问李白的《将进酒》要全文背诵吗？")
    say(teacher, "要的，周五默写。")
    say(disp[10], f"班费收支明细{M[10]}（家委会财务）已经整理好了，发群里大家看一下")
    say(disp[10], "[文件] 2024秋季班费明细.xlsx")
    say(nick[3], "辛苦了")
    say(disp[14], "提醒一下：明天周末返校，校车下午4点半从华阳客运站发车")
    newday(2024, 11, 21, 20)
    say(disp[15], f"孙老师，{S[15]}下周一到周三要去参加省青少年机器人比赛，{S[15]}爸爸{F[15]}陪同，需要请假三天。")
    say(teacher, f"好的，预祝{S[15]}取得好成绩！")
    say(disp[0], f"谁捡到一个灰色保温杯？杯底贴着“高一2班 {S[0]}”")
    say(disp[5], "在我这儿，明天让孩子带给她")
    say(nick[5], "有没有家长知道附近哪里有靠谱的数学家教")
    say(disp[3], "@岁月静好 我家孩子在西门外的书香学堂上课，还不错")
    say(disp[6], f"快递寄到学校收不到，以后寄{A(a3)}，我帮孩子转交")
    say(teacher, "@所有人 明早7:20在学校东门集合，参加“学雷锋”志愿服务的同学穿红马甲。")
    say(disp[1], "收到")
    say(disp[14], "收到")
    return d


def build_transfer_letters(ctx: Ctx) -> Doc:
    d = Doc("transfer_letters.txt", "name_free_text",
            "转学申请: letters by a father, a mother (…之母) and a student, approval forms; the school's address "
            "in the 致 line is not a home address")
    rng, nm = ctx.rng("transfer"), Namer(ctx.rng("transfer-names"))
    gs = {c: ctx.geo(c) for c in ("4113", "4101", "4403", "3205", "4116")}
    fam = nm.family()
    t = nm.teacher()
    a = home_address(rng, gs["4101"], "full")
    d.add("转学申请书")
    d.add("致：南阳市星光中学（南阳市卧龙区仲景路166号）")
    d.add("尊敬的学校领导：")
    d.add(f"　　我是贵校高一(9)班学生{N(fam['S'])}的父亲{N(fam['F'])}，身份证号{make_id(rng, gs['4113'], 1978, 1984, False)}。"
          f"因本人工作调动至郑州，全家已于今年8月搬迁至{A(a)}，为方便孩子上学，特申请将孩子转入郑州市就读。")
    d.add(f"　　孩子在校期间得到了各位老师的关心，特别是班主任{N(t)}老师的悉心教导，我们全家深表感谢。")
    d.add("　　恳请领导批准！")
    d.add(f"　　　　　　　　　　　　申请人：{N(fam['F'])}")
    d.add(f"　　　　　　　　　　　　联系电话：{mobile(rng)}")
    d.add("　　　　　　　　　　　　2024年8月26日")
    d.add("学校意见：同意转出，请到教务处办理学籍转接手续。（教务处 宋主任 8月28日）")
    d.add("")
    fam = nm.family()
    a_old = home_address(rng, gs["4403"], "city")
    a_new = home_address(rng, gs["4113"], "rural_full")
    d.add("转学申请")
    d.add("尊敬的校领导：")
    d.add(f"　　申请人{N(fam['M'])}，系贵校八年级(3)班学生{N(fam['S'])}之母。我们一家原在深圳务工，住在{A(a_old)}，"
          f"今年孩子爷爷{N(fam['G'])}年迈多病，需要人照顾，全家已搬回老家{A(a_new)}居住。")
    d.add(f"　　为便于照顾老人和孩子，现申请{N(fam['S'])}转回户籍所在地就读，望批准。")
    d.add(f"　　　　　　申请人：{N(fam['M'])}　　{cn_date(dt.date(2024, 7, 18))}")
    d.add("")
    fam = nm.family()
    a = home_address(rng, gs["3205"], "street")
    d.add("转学申请书")
    d.add("敬爱的老师：")
    d.add(f"　　我叫{N(fam['S'])}，是九年级(5)班的学生。因为爸爸{N(fam['F'])}被公司派往苏州工作，妈妈也一同前往，"
          f"我们在{A(a)}租了房子，所以我需要转学到苏州读书。感谢三年来老师和同学们对我的帮助，"
          f"尤其是同桌{N(nm.student())}，我会想念大家的。")
    d.add(f"　　此致\n敬礼！\n　　　　　　　　　　　　学生：{N(fam['S'])}\n　　　　　　　　　　　　2024年6月30日")
    d.add("")
    for k in range(3):
        fam = nm.family()
        geo = rng.choice(list(gs.values()))
        female = rng.random() < 0.5
        by = rng.randint(2009, 2012)
        d.add("学生转学审批表")
        d.add(f"学生姓名：{N(fam['S'])}　　性别：{'女' if female else '男'}　　出生日期：{by}年{rng.randint(1, 12)}月"
              f"{rng.randint(1, 28)}日")
        d.add(f"身份证号：{make_id(rng, geo, by, by, female)}")
        d.add(f"原就读学校：{rng.choice(['沈丘县第一初级中学', '郑州市中原区外国语中学', '昆山市娄江实验学校'])}　"
              f"转入学校：南阳市星光中学")
        d.add(f"家庭住址：{A(home_address(rng, geo))}")
        guardian = fam["F"] if k != 1 else fam["M"]
        d.add(f"监护人：{N(guardian)}　　关系：{'父子' if k != 1 else '母女'}　　联系电话：{mobile(rng)}")
        d.add(f"转学原因：{rng.choice(['随父母工作调动迁居', '户籍迁移', '回原籍就读'])}")
        d.add("转出学校意见：同意（盖章）　　转入学校意见：同意接收，编入八年级(6)班")
        d.add("")
    return d


def build_minutes(ctx: Ctx) -> Doc:
    d = Doc("minutes.txt", "name_free_text",
            "会议纪要: attendee lists of teachers' full names, 主持/记录 lines, students discussed by name; "
            "李校长/王主任 titles and organisations are not names")
    rng, nm = ctx.rng("minutes"), Namer(ctx.rng("minutes-names"))
    ts = [nm.teacher() for _ in range(12)]
    ss = [nm.student() for _ in range(8)]
    m = marked({**{f"T{i}": x for i, x in enumerate(ts)}, **{f"S{i}": x for i, x in enumerate(ss)}})
    d.add("高三年级组第6次工作会议纪要")
    d.add("时间：2024年11月12日（星期二）16:40—17:55")
    d.add("地点：行政楼三楼会议室（312室）")
    d.add(f"主持人：{m['T0']}（年级主任）")
    d.add("参会人员：" + "、".join(m[f"T{i}"] for i in range(1, 10)))
    d.add(f"缺席：{m['T10']}（外出培训）")
    d.add(f"记录人：{m['T11']}")
    d.add("会议内容：")
    d.add(f"一、{m['T0']}通报了期中考试情况，年级平均分较上次提高6.3分，高三(4)班、高三(9)班进步明显。")
    d.add(f"二、关于{m['S0']}同学近两周多次迟到的问题，班主任{m['T3']}已与家长沟通，下周安排家访。")
    d.add("三、李校长对冲刺阶段提出三点要求：一是抓常规，二是抓尖子生培养，三是关注学生心理健康。")
    d.add(f"四、讨论确定本学期“学习标兵”人选：{m['S1']}、{m['S2']}、{m['S3']}、{m['S4']}。")
    d.add(f"五、{m['T5']}老师提出调整晚自习值班安排，自下周起每晚由两位老师值班，名单由{m['T11']}整理后公布。")
    d.add(f"六、{m['S5']}（高三(2)班）申请参加清华大学“强基计划”校测，年级同意推荐，由{m['T7']}负责材料审核。")
    d.add("七、王主任传达了市教育局关于规范假期补课的通知，严禁任何形式的有偿补课。")
    d.add("会议决定：11月20日前完成各班学情分析，12月第一周召开家长会。")
    d.add("")
    ps = [nm.parent() for _ in range(6)]
    pm = marked({f"P{i}": x for i, x in enumerate(ps)})
    d.add("高一(2)班家委会会议纪要")
    d.add("时间：2024年11月23日上午9:00　地点：明德楼三楼会议室")
    d.add("出席：" + "、".join(pm[f"P{i}"] for i in range(5)) + "，班主任孙老师列席")
    d.add(f"一、{pm['P0']}（家委会主任）介绍了本学期班费使用情况，结余1260元。")
    d.add(f"二、{pm['P2']}提议寒假前组织一次亲子徒步活动，地点初定青城山，费用自理，大家同意。")
    d.add(f"三、家长{pm['P5']}因工作原因辞去家委会财务一职，由{pm['P4']}接任。")
    d.add(f"四、关于{m['S6']}同学家庭突发困难，家委会倡议自愿捐助，由{pm['P1']}负责统计。")
    d.add(f"记录：{pm['P3']}")
    return d


def build_addresses(ctx: Ctx) -> Doc:
    d = Doc("addresses.txt", "address",
            "one line each: home addresses in sentences (full, district, estate, 5-2-301, village/group, 街道/社区, "
            "work-unit housing); negatives: letterheads, rooms, dormitories, bus and metro lines, dates, units")
    rng = ctx.rng("addresses")
    geos = [ctx.geo(c) for c in ("4301", "3607", "1306", "3701", "5203")]
    pos_tpl = [
        "家庭住址：{A}", "现住址：{A}（租房）", "请将录取通知书邮寄至：{A}，收件人电话见报名表。", "户籍地址：{A}",
        "该生家住{A}，父母在外务工，由爷爷奶奶照看。", "奶奶家在{A}，放学后由奶奶接回。", "快递地址：{A}",
        "暂住在{A}亲戚家，每天步行上学。", "通讯地址：{A}　邮编见学籍卡", "家访地点：{A}",
        "孩子周末回{A}，周日下午返校。", "新地址：{A}（原地址作废）", "居住地址：{A}，离学校约3公里。",
        "家长留言：我们已搬到{A}，请老师更新联系信息。", "资助对象家庭地址：{A}", "现居{A}，与外公外婆同住。",
    ]
    neg = [
        "请于9月1日上午8:00到明德楼302室报到。", "3号宿舍楼201室、202室本周卫生检查不合格。",
        "乘坐2号线校车的同学在幸福路口站下车。", "地铁1号线至博学路站B出口步行300米即到。",
        "考场安排：第12考场设在实验楼4楼405室。", "请阅读教材第三单元第2课《荷塘月色》。",
        "10月3号放假，10月8号（星期二）正常上课。", "高一(3)班教室在致远楼2楼东侧。", "教师办公室：行政楼506室",
        "人民路全线施工，校车绕行建设路。", "本次研学目的地：洛阳市龙门石窟、白马寺。",
        "捐赠物资请送至学校后勤处（综合楼一楼103室）。", "第5组同学负责清扫操场南侧和2号楼楼梯。",
        "女生公寓B栋415宿舍调整为学习室。", "校医室在综合楼1楼，工作时间8:00—17:30。",
        "运动会检录处设在主席台东侧，田赛场地在足球场北端。", "初二年级第3考场（科技楼203）监考：王老师、李老师。",
        "心理辅导中心搬至图书馆3楼308室。", "12路、36路公交车在学校北门设站。", "期末考试时间：1月14号至1月16号。",
        "请各班于11月5日前把作业本送到教务处（行政楼2楼）。", "图书馆开放时间：周一至周五12:00—13:30。",
        "校车5号线途经锦绣花园东门、阳光新城、星沙大道。", "学校东门对面的文化路正在修地铁，请注意交通安全。",
        "长沙市第一中学高三学生参观了湖南省博物馆。", "4号教学楼3楼东侧卫生间维修，请使用西侧卫生间。",
        "教职工宿舍（校内5号楼）本周六停水。", "第九单元作文题目：《我的家乡》。", "会议地点：南湖宾馆二楼多功能厅。",
        "本周值周班级：高二(5)班，负责校门口及2号楼区域。",
    ]
    lines: list[str] = []
    forms = ["full", "city", "district", "estate", "estate2", "rural_full", "rural", "village", "street", "danwei",
             "road", "village_no"]
    for i in range(38):
        geo = geos[i % len(geos)]
        lines.append(rng.choice(pos_tpl).format(A=A(home_address(rng, geo, forms[i % len(forms)]))))
    for _ in range(3):
        geo = rng.choice(geos)
        lines.append(f"原住{A(home_address(rng, geo, 'rural'))}，今年6月搬到{A(home_address(rng, geo, 'estate2'))}。")
    schools = [("长沙市雨花区明德实验中学", geos[0], "雨花区"), ("赣州市章贡区博雅学校", geos[1], "章贡区"),
               ("保定市竞秀区育才小学", geos[2], "竞秀区"), ("济南市历城区新华中学", geos[3], "历城区"),
               ("遵义市红花岗区启明中学", geos[4], "红花岗区")]
    for name, geo, dist in schools:
        sa = school_address(rng, geo, dist)
        lines.append(f"{name}　地址：{sa}")
        lines.append(f"{name}（{sa}）2024年秋季招生简章")
    lines.append(f"县教育局地址：{geos[1].rural[3]}{rng.choice(ROADS)}{rng.randint(1, 99)}号（政务服务中心4楼）")
    lines.append(f"欢迎来访：{geos[3].city}{geos[3].districts[0]}{rng.choice(ROADS)}{rng.randint(1, 99)}号 济南市教育科学研究院")
    lines += neg
    rng.shuffle(lines)
    d.add("学籍与资助材料中的地址信息（抽样）")
    for line in lines:
        d.add(line)
    return d


def build_emergency(ctx: Ctx) -> Doc:
    d = Doc("emergency.csv", "address",
            "紧急联系人表: 学生 and 紧急联系人 names, 现居住地址 and 户籍所在地 (labelled unless a placeholder or the "
            "school dormitory)")
    rng, nm = ctx.rng("emergency"), Namer(ctx.rng("emergency-names"))
    g1, g2 = ctx.geo("3701"), ctx.geo("3713")
    d.add("序号,学生,班级,紧急联系人,关系,联系电话,现居住地址,户籍所在地")
    for i in range(1, 16):
        s = nm.student(kind="dot") if i == 11 else nm.student()
        rel = rng.choice(["父亲", "母亲", "母亲", "爷爷", "外婆", "姑姑"])
        c = nm.relative(s, rel)
        r = rng.random()
        if r < 0.08:
            now = "学校宿舍（4号楼312）"
        else:
            now = A(home_address(rng, g1, rng.choice(["city", "district", "estate", "estate2", "street", "danwei",
                                                      "road"])))
        r2 = rng.random()
        if r2 < 0.3:
            hj = rng.choice(["同现居住地址", "同上", "本市", "不详"])
        else:
            hj = A(home_address(rng, g2, rng.choice(["rural_full", "rural", "village_no"])))
        d.add(f"{i},{N(s)},初{rng.choice('一二三')}({rng.randint(1, 8)})班,{N(c)},{rel},{mobile(rng)},{now},{hj}")
    return d


# --- clean files -------------------------------------------------------------------------------------

def build_clean(ctx: Ctx) -> list[Doc]:
    docs = []
    d = Doc("clean/notices.txt", "clean",
            "notices under a letterhead with the school's address on an 地址： line, rooms, dates, one "
            "admissions landline; 雷锋 and teachers by title only")
    d.add("南阳市星光中学")
    d.add("地址：南阳市卧龙区仲景路166号　邮编：473000")
    d.add("")
    d.add("关于2024—2025学年冬季作息时间调整的通知")
    d.add("各年级、各处室：")
    d.add("　　根据季节变化，经学校研究，自2024年11月4日（星期一）起执行冬季作息时间，具体安排如下：")
    for line in ["　　1. 早读：7:20—7:50；上午第一节课8:00开始。", "　　2. 午休：12:10—13:50，住校生须按时回宿舍。",
                 "　　3. 下午第一节课14:00开始，课外活动时间调整为16:40—17:30。",
                 "　　4. 晚自习：18:40—21:30，高三年级延长至22:00。",
                 "　　5. 宿舍熄灯时间为22:10，各宿舍楼值班老师做好查寝记录。",
                 "　　请各班主任及时向学生传达，如有疑问请咨询教务处（行政楼205室）。"]:
        d.add(line)
    d.add("　　　　　　　　　　　　　　　　　　星光中学教务处")
    d.add("　　　　　　　　　　　　　　　　　　2024年10月30日")
    d.add("")
    d.add("关于开展“学雷锋 树新风”志愿服务月活动的通知")
    d.add("　　为弘扬雷锋精神，学校定于3月组织志愿服务月活动。各班以小组为单位报名，活动内容包括社区清洁、敬老院慰问、"
          "图书馆整理和交通文明劝导。报名表请于2月28日前交至团委办公室（综合楼408室）。")
    d.add("　　活动期间注意安全，外出须由班主任或带队老师负责，统一乘坐校车往返。")
    d.add("")
    d.add("期末考试安排")
    d.add("　　考试时间：1月13日至1月15日。考场设在明德楼、致远楼和科技楼，考场座位表于1月10日张贴在各楼一楼大厅。")
    d.add("　　考生须携带学生证，提前15分钟进入考场；迟到30分钟不得入场。考试期间校车按平时时间发车。")
    d.add("　　监考安排由教务处王主任统一调配，巡考由李校长和各年级主任负责。")
    d.add("")
    d.add("2025年春季招生咨询")
    d.add("　　招生办公室设在行政楼一楼大厅，咨询时间为工作日8:30—17:00，招生咨询电话：0377-63218866。")
    d.add("　　学校坐落于白河之滨，交通便利，可乘坐12路、36路公交车在学校北门下车。")
    docs.append(d)

    d = Doc("clean/textbook.txt", "clean",
            "textbook passages and writing prompts naming historical, literary and textbook figures "
            "(李白, 杜甫, 鲁迅, 居里夫人, 司马迁, 诸葛亮, 朱自清, 钱学森, 袁隆平, 李华, Li Hua)")
    for line in [
        "第二单元　古诗词诵读",
        "　　李白，字太白，号青莲居士，唐代伟大的浪漫主义诗人，被后人誉为“诗仙”。《将进酒》是他的代表作之一。",
        "　　杜甫，字子美，自号少陵野老，唐代伟大的现实主义诗人，与李白合称“李杜”。",
        "　　阅读《蜀道难》，体会诗人想象的奇特，完成课后练习第1、2题。",
        "第三单元　现代散文",
        "　　鲁迅，原名周树人，浙江绍兴人，中国现代文学的奠基人之一。《藤野先生》选自散文集《朝花夕拾》。",
        "　　朱自清的《背影》写于1925年，文章通过父亲爬月台买橘子的细节，表现了深沉的父爱。",
        "　　《荷塘月色》描写了清华园中的一处荷塘，请找出文中运用通感手法的句子。",
        "第四单元　人物传记",
        "　　居里夫人，原名玛丽·斯克沃多夫斯卡，法国籍波兰裔科学家，先后两次获得诺贝尔奖。",
        "　　司马迁在《史记》中为许多人物立传，《鸿门宴》节选自《史记·项羽本纪》。",
        "　　诸葛亮在《出师表》中回顾了自己“受任于败军之际，奉命于危难之间”的经历。",
        "　　钱学森1955年冲破重重阻力回到祖国，为我国“两弹一星”事业作出了卓越贡献。",
        "　　袁隆平一生致力于杂交水稻研究，他的“禾下乘凉梦”激励着一代又一代青年。",
        "　　屈原是战国时期楚国诗人，《离骚》是我国古代最长的抒情诗。",
        "英语写作练习",
        "　　假定你是李华，你的英国笔友Chris来信询问你的暑假计划。请写一封回信，词数100左右。",
        "　　Suppose you are Li Hua. Write a letter to your friend Tom about the school sports meeting.",
        "　　Read the passage about Marie Curie and answer the questions below.",
        "物理　拓展阅读",
        "　　牛顿在前人研究的基础上提出了万有引力定律；伽利略通过斜面实验研究了自由落体运动。",
        "　　张衡发明的地动仪是世界上最早的地震仪器之一。",
        "历史　课后思考",
        "　　比较商鞅变法与王安石变法在背景、内容和结果上的异同。",
        "　　孙中山提出的三民主义包括哪些内容？",
        "　　郑和七下西洋最远到达了非洲东海岸和红海沿岸。",
    ]:
        d.add(line)
    docs.append(d)

    d = Doc("clean/bus_times.csv", "clean",
            "校车时刻表: lines, stops named after estates and villages, times, escorting teachers by surname only")
    d.add("线路,班次,发车时间,途经站点,到校时间,跟车教师")
    rows = [("1号线", "早班", "6:40", "锦绣花园东门—人民公园—文化路口—学校东门", "7:15", "赵老师"),
            ("1号线", "晚班", "17:40", "学校东门—文化路口—人民公园—锦绣花园东门", "18:15", "赵老师"),
            ("2号线", "早班", "6:30", "柳林镇政府—黄庄村口—石桥镇中心小学—学校北门", "7:20", "何老师"),
            ("2号线", "晚班", "17:35", "学校北门—石桥镇中心小学—黄庄村口—柳林镇政府", "18:25", "何老师"),
            ("3号线", "早班", "6:50", "阳光新城—金色港湾—桂溪公园—学校东门", "7:25", "孙老师"),
            ("3号线", "晚班", "17:45", "学校东门—桂溪公园—金色港湾—阳光新城", "18:20", "孙老师"),
            ("5号线", "早班", "6:45", "李楼村村委会—王家湾—周家坝—学校南门", "7:30", "冯老师"),
            ("5号线", "周日返校", "15:30", "李楼村村委会—王家湾—周家坝—学校南门", "16:15", "冯老师"),
            ("6号线", "早班", "6:35", "高庙乡卫生院—马岗村—建设路北段—学校北门", "7:20", "钱老师")]
    for r in rows:
        d.add(",".join(r))
    d.add("说明：节假日停运；雨雪天气发车时间以班级群通知为准,,,,,")
    docs.append(d)

    d = Doc("clean/dorm_rules.txt", "clean",
            "宿舍管理规定: dormitory buildings and room numbers, times, 宿管阿姨/生活老师 without names")
    for line in [
        "星光中学学生宿舍管理规定（2024年修订）",
        "第一条　学生宿舍包括1号、2号、3号宿舍楼（男生）和4号、5号宿舍楼（女生），每间宿舍住6人。",
        "第二条　住校生按学生处分配的宿舍和床位入住，不得私自调换。如需调整，须到学生处（行政楼207室）申请。",
        "第三条　每晚21:50查寝，22:10熄灯。各楼值班室分别设在1楼101室，值班老师和生活老师24小时在岗。",
        "第四条　宿舍内禁止使用电热毯、电饭锅、热得快等大功率电器。3号宿舍楼201室、305室为公共洗衣房。",
        "第五条　每周五下午为宿舍卫生检查时间，评比结果在宿舍楼一楼公告栏公布。",
        "第六条　周末离校须在宿管处登记，周日晚19:00前返校。",
        "第七条　宿舍钥匙丢失请到4号宿舍楼102室（宿管办公室）补配，费用5元。",
        "第八条　发现火情或其他紧急情况，请立即拨打校内应急电话并报告宿管阿姨。",
        "第九条　本规定自2024年9月1日起施行，由学生处负责解释。",
    ]:
        d.add(line)
    docs.append(d)

    d = Doc("clean/admin_minutes.txt", "clean",
            "行政会议纪要 with only titles (李校长, 张主任, 王老师), departments and organisation names "
            "(张家港市实验小学, 黄河水利职业技术学院, 周大福, 王老吉)")
    for line in [
        "星光中学2024年第18次行政会议纪要",
        "时间：2024年11月25日（星期一）14:30　地点：行政楼三楼会议室",
        "主持：李校长　出席：校级领导、各处室主任　记录：校长办公室",
        "一、张主任汇报了期中考试质量分析，各年级均完成了预定目标。",
        "二、后勤处报告：食堂二楼改造工程于12月10日完工，改造期间高一年级在一楼就餐。",
        "三、张家港市实验小学一行12人将于12月3日来校交流，由教科室负责接待。",
        "四、黄河水利职业技术学院将来校举办高职单招宣讲会，时间另行通知。",
        "五、王老师代表工会汇报了教职工趣味运动会筹备情况，奖品由周大福南阳店赞助，饮料由王老吉经销商提供。",
        "六、关于校园安全：周末值班表已排定，各处室做好门禁和消防检查。",
        "七、李校长强调，年底前完成年度考核材料的整理与归档。",
        "散会时间：16:05",
    ]:
        d.add(line)
    docs.append(d)

    d = Doc("clean/clubs.csv", "clean",
            "社团活动安排: club names, weekdays, rooms, advisers by surname and title only")
    d.add("社团名称,活动时间,活动地点,指导老师,招新人数")
    for r in [("鲁迅文学社", "周三16:40", "图书馆3楼阅览室", "高老师", "15"),
              ("“追光”天文社", "周五19:00", "科技楼楼顶天文台", "林老师", "10"),
              ("机器人社", "周二、周四16:40", "科技楼301创客空间", "马老师", "12"),
              ("围棋社", "周一16:40", "明德楼205", "金老师", "20"), ("合唱团", "周三、周五12:40", "艺术楼音乐厅", "白老师", "30"),
              ("青年志愿者协会", "周六9:00", "团委办公室（综合楼408）", "常老师", "不限"),
              ("模拟联合国协会", "周四16:40", "致远楼阶梯教室", "方老师", "16"),
              ("校园广播站", "每日12:20", "广播室（行政楼1楼）", "周老师", "6")]:
        d.add(",".join(r))
    docs.append(d)

    d = Doc("clean/class_stats.csv", "clean",
            "class-level score statistics: class names, counts, averages, pass rates; no person")
    d.add("班级,参考人数,语文均分,数学均分,英语均分,总分均分,最高分,及格率,优秀率,班主任")
    rng = ctx.rng("clean-stats")
    for c in range(1, 15):
        yw, sx, yy = rng.uniform(95, 112), rng.uniform(78, 118), rng.uniform(88, 121)
        tot = yw + sx + yy + rng.uniform(150, 210)
        d.add(f"高三({c})班,{rng.randint(44, 56)},{yw:.1f},{sx:.1f},{yy:.1f},{tot:.1f},{rng.randint(590, 705)},"
              f"{rng.uniform(0.62, 0.97):.1%},{rng.uniform(0.05, 0.41):.1%},{rng.choice('王李张刘陈杨赵黄周吴')}老师")
    docs.append(d)
    return docs


# --- assembly ----------------------------------------------------------------------------------------

BUILDERS = [build_scores, build_ranking, build_clubs, build_signin, build_dorm, build_counselling,
            build_bus_tsv, build_bus_csv, build_transfer_csv,
            build_home_visits, build_leave_notes, build_awards, build_class_log, build_wechat,
            build_transfer_letters, build_minutes,
            build_addresses, build_emergency]


def build_all() -> list[Doc]:
    ctx = Ctx()
    docs = [b(ctx) for b in BUILDERS]
    docs += build_clean(ctx)
    return docs


def readme(docs: list[Doc]) -> str:
    rows = []
    for d in docs:
        nn = sum(1 for x in d.labels if x["kind"] == "name")
        na = sum(1 for x in d.labels if x["kind"] == "address")
        rows.append(f"| `{d.path}` | `{d.category}` | {len(d.lines)} | {nn} | {na} |")
    counts: dict[tuple[str, str], int] = {}
    for d in docs:
        for x in d.labels:
            counts[(d.category, x["kind"])] = counts.get((d.category, x["kind"]), 0) + 1
    cnt = ", ".join(f"{c}/{k} {n}" for (c, k), n in sorted(counts.items()))
    notes = "\n".join(f"- `{d.path}`: {d.note}." for d in docs)
    return f"""# Third held-out labelled set for the name and address detectors

**Everything here is synthetic.** These files were written by `scripts/make_holdout2_fixtures.py`
(fixed seed {SEED}); no value was copied from a real record. This is a third, independent held-out set:
it was written without looking at the detectors' sources, word lists or tests, or at the data of
`fixtures/labelled` and `fixtures/labelled_holdout`, to measure how the detectors generalise to
document types and wording they were not tuned on. Do not tune on it.

How it was made: the document templates (see the notes below the table) were written by hand for this
set; names come from the script's own pools
(common, less common, rare and compound surnames; one- and two-character given names; older-style
parents' names; Uyghur/Kazakh-style names with a middle dot; two names without a surname; pinyin in an
English column), resident ID numbers from real GB/T 2260 county codes (`patterns/cn_regions.txt`)
with random birth dates and the GB 11643 MOD 11-2 check character, mobile numbers from well-known
prefixes with random tails, and home addresses from real province/city/county names followed by
invented roads, estates, towns, villages and house numbers. Any match with a real person, school or
home is a coincidence.

Do not edit these files by hand: change the generator and run it again.

```sh
python3 scripts/make_holdout2_fixtures.py           # rewrite fixtures/labelled_holdout2/
python3 scripts/make_holdout2_fixtures.py --check   # regenerate into a temp dir, compare, validate
python3 scripts/evaluate_detection.py --verbose fixtures/labelled_holdout2
```

## Files

| file | category | lines | `name` labels | `address` labels |
| --- | --- | ---: | ---: | ---: |
{chr(10).join(rows)}

{notes}
- `.leakscanignore`: keeps `LABELS.jsonl` and this README out of the scan.

## What is labelled

Only private persons' names (students, parents, grandparents, teachers by full name, pinyin names in
the Name column, display names built from a name) and home addresses (including a family's former
home or a grandparent's village) are labelled, with their exact text and the 1-based physical line.
Not labelled: surnames with a title (张老师, 李校长, 赵师傅), textbook, historical and public figures
(李白, 鲁迅, 居里夫人, 李华), organisation names, schools' and offices' own addresses, dormitory,
classroom and office numbers, bus stops and lines, county names alone (生源地), placeholders (空床,
同上, 不详, 本市), a student living in the school dormitory, dates. IDs and phone numbers appear
but are not labelled. In `clean/` every finding of any kind is a false positive.

Label counts: {cnt}. Format: as in `fixtures/labelled/README.md`.
"""


def render(docs: list[Doc]) -> dict[str, bytes]:
    files: dict[str, bytes] = {}
    for d in docs:
        files[d.path] = d.text().encode("utf-8")
    sep = (",", ":")
    labels = [json.dumps({"type": "file", "path": d.path, "category": d.category}, ensure_ascii=False,
                         separators=sep) for d in docs]
    for d in docs:
        labels += [json.dumps(x, ensure_ascii=False, separators=sep) for x in d.labels]
    files["LABELS.jsonl"] = ("\n".join(labels) + "\n").encode("utf-8")
    files["README.md"] = readme(docs).encode("utf-8")
    files[".leakscanignore"] = b"LABELS.jsonl\nREADME.md\n"
    return files


ID_RE = re.compile(r"(?<![0-9])[0-9]{17}[0-9Xx](?![0-9A-Za-z])")
MOBILE_RE = re.compile(r"(?<![0-9])1[3-9][0-9][- ]?[0-9]{4}[- ]?[0-9]{4}(?![0-9])")
NEGATIVE_NAMES = {"李白", "鲁迅", "杜甫", "居里夫人", "李华", "朱自清", "雷锋", "司马迁", "诸葛亮", "王老吉", "周大福"}


def validate(docs: list[Doc], files: dict[str, bytes]) -> list[str]:
    errs = []
    paths = [d.path for d in docs]
    if len(set(paths)) != len(paths):
        errs.append("duplicate paths")
    for d in docs:
        per: dict[tuple[int, str], int] = {}
        for x in d.labels:
            per[(x["line"], x["value"])] = per.get((x["line"], x["value"]), 0) + 1
            if not x["value"] or x["value"] != x["value"].strip():
                errs.append(f"{d.path}:{x['line']}: empty or padded label {x['value']!r}")
            if x["kind"] == "name" and (x["value"] in NEGATIVE_NAMES or x["value"] in BLACKLIST):
                errs.append(f"{d.path}:{x['line']}: label is a negative name {x['value']}")
        for (line, value), k in per.items():
            if line < 1 or line > len(d.lines):
                errs.append(f"{d.path}:{line}: label beyond the end")
            elif d.lines[line - 1].count(value) < k:
                errs.append(f"{d.path}:{line}: {value!r} occurs {d.lines[line - 1].count(value)} < {k} times")
        text = d.text()
        for mid in ID_RE.findall(text):
            if not id_valid(mid):
                errs.append(f"{d.path}: ID with a bad check character: {mid}")
        if d.category == "clean":
            if d.labels:
                errs.append(f"{d.path}: labels in a clean file")
            if ID_RE.search(text) or MOBILE_RE.search(text):
                errs.append(f"{d.path}: an ID or mobile in a clean file")
        if d.path.endswith(".csv") and '"' in text:
            errs.append(f"{d.path}: a quote in a CSV file")
        for n, line in enumerate(d.lines, 1):
            if "\r" in line or "\t" in line and not d.path.endswith(".tsv"):
                errs.append(f"{d.path}:{n}: stray CR or tab")
    total = sum(len(v) for v in files.values())
    if total > MAX_BYTES:
        errs.append(f"total size {total} bytes exceeds {MAX_BYTES}")
    return errs


def write(out: str, files: dict[str, bytes]) -> None:
    if os.path.isdir(out):
        shutil.rmtree(out)
    for rel, data in files.items():
        p = os.path.join(out, rel)
        os.makedirs(os.path.dirname(p), exist_ok=True)
        with open(p, "wb") as f:
            f.write(data)


def listing(folder: str) -> dict[str, bytes]:
    out = {}
    for dirpath, _, names in os.walk(folder):
        for n in names:
            p = os.path.join(dirpath, n)
            with open(p, "rb") as f:
                out[os.path.relpath(p, folder).replace(os.sep, "/")] = f.read()
    return out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--check", action="store_true",
                    help="regenerate into a temporary folder, compare with fixtures/labelled_holdout2, validate")
    ap.add_argument("--out", default=OUT, help="output folder (default %(default)s)")
    a = ap.parse_args(argv)
    docs = build_all()
    files = render(docs)
    errs = validate(docs, files)
    if errs:
        for e in errs:
            print(f"error: {e}", file=sys.stderr)
        return 1
    if a.check:
        with tempfile.TemporaryDirectory() as tmp:
            write(os.path.join(tmp, "out"), files)
            fresh = listing(os.path.join(tmp, "out"))
        have = listing(a.out) if os.path.isdir(a.out) else {}
        bad = sorted(p for p in set(fresh) | set(have) if fresh.get(p) != have.get(p))
        if bad:
            print(f"{a.out} differs from a fresh run: {', '.join(bad)}", file=sys.stderr)
            return 1
        print(f"ok: {len(fresh)} files, {sum(len(v) for v in fresh.values())} bytes, "
              f"{sum(len(d.labels) for d in docs)} labels, identical to a fresh run")
        return 0
    write(a.out, files)
    print(f"wrote {len(files)} files ({sum(len(v) for v in files.values())} bytes, "
          f"{sum(len(d.labels) for d in docs)} labels) to {a.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
