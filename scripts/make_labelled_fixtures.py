#!/usr/bin/env python3
"""Writes fixtures/labelled/: SYNTHETIC school files with every personal name and home address
labelled, to measure the precision and recall of leakscan's `name` and `address` detectors
(scripts/evaluate_detection.py scores a scan against LABELS.jsonl).

Everything written here is made up. Names are drawn from the surname and given-name pools below,
resident ID numbers are built from real GB/T 2260 county codes (patterns/cn_regions.txt), random
birth dates, a random order code and the GB 11643 MOD 11-2 check character, mobile numbers from
allocated segments (patterns/mobile_segments.txt) with random tails, and addresses from real
province/city/county names followed by invented roads, estates, towns and villages. Any match
with a real person or a real home is a coincidence.

Usage (Python 3 standard library only):
    python3 scripts/make_labelled_fixtures.py            # (re)write fixtures/labelled/
    python3 scripts/make_labelled_fixtures.py --check    # regenerate into a temp dir and compare
    python3 scripts/make_labelled_fixtures.py --out DIR  # write somewhere else

The output is deterministic: a fixed seed per file, no dependence on hash order, so re-running
gives byte-identical files. Every run validates what it wrote (each label's value is on its line,
each resident ID passes the checksum, each mobile is on an allocated segment, clean/ holds no
digit runs that could be personal data and has at least 220 non-empty lines).
"""

from __future__ import annotations

import argparse
import csv
import filecmp
import io
import json
import os
import random
import re
import shutil
import sys
import tempfile
from datetime import date, timedelta

SEED = 20241107
ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
DEFAULT_OUT = os.path.join(ROOT, "fixtures", "labelled")
REGIONS_FILE = os.path.join(ROOT, "patterns", "cn_regions.txt")
SEGMENTS_FILE = os.path.join(ROOT, "patterns", "mobile_segments.txt")

# --- Name pools (with pinyin for the English `Name` column) -----------------------------------------


def _pairs(spec: str) -> list[tuple[str, str]]:
    """'王wang 李li' -> [('王','wang'), ('李','li')]; a word may hold several characters when the
    pinyin is given per word ('欧阳ouyang')."""
    out = []
    for tok in spec.split():
        m = re.fullmatch(r"([^\x00-\x7f]+)([a-z]+)", tok)
        if not m:
            raise ValueError(tok)
        out.append((m.group(1), m.group(2)))
    return out


# The 30 most frequent surnames (about half of the population), drawn most often.
SURNAMES_COMMON = _pairs(
    "王wang 李li 张zhang 刘liu 陈chen 杨yang 黄huang 赵zhao 吴wu 周zhou 徐xu 孙sun 马ma 朱zhu 胡hu "
    "郭guo 何he 高gao 林lin 罗luo 郑zheng 梁liang 谢xie 宋song 唐tang 许xu 韩han 冯feng 邓deng 曹cao")
# Less common single surnames (ranks ~31-250).
SURNAMES_LESS = _pairs(
    "彭peng 曾zeng 肖xiao 田tian 董dong 袁yuan 潘pan 于yu 蒋jiang 蔡cai 余yu 杜du 叶ye 程cheng 苏su "
    "魏wei 吕lyu 丁ding 任ren 沈shen 姚yao 卢lu 姜jiang 崔cui 钟zhong 谭tan 陆lu 汪wang 范fan 金jin "
    "石shi 廖liao 贾jia 夏xia 韦wei 付fu 方fang 白bai 邹zou 孟meng 熊xiong 秦qin 邱qiu 江jiang 尹yin "
    "薛xue 闫yan 段duan 雷lei 侯hou 龙long 史shi 陶tao 黎li 贺he 顾gu 毛mao 郝hao 龚gong 邵shao "
    "万wan 钱qian 严yan 覃qin 武wu 戴dai 莫mo 孔kong 向xiang 汤tang 常chang 温wen 康kang 施shi "
    "文wen 牛niu 樊fan 葛ge 邢xing 安an 齐qi 易yi 乔qiao 伍wu 庞pang 颜yan 倪ni 庄zhuang 聂nie "
    "章zhang 鲁lu 岳yue 翟zhai 殷yin 詹zhan 申shen 欧ou 耿geng 关guan 兰lan 焦jiao 俞yu 左zuo 柳liu "
    "甘gan 祝zhu 包bao 宁ning 尚shang 符fu 舒shu 阮ruan 柯ke 纪ji 梅mei 童tong 凌ling 毕bi 单shan "
    "季ji 裴pei 霍huo 涂tu 成cheng 苗miao 谷gu 盛sheng 曲qu 翁weng 冉ran 骆luo 蓝lan 路lu 游you "
    "辛xin 靳jin 管guan 柴chai 蒙meng 鲍bao 华hua 喻yu 祁qi 蒲pu 房fang 滕teng 屈qu 饶rao 解xie "
    "牟mou 艾ai 尤you 阳yang 时shi 穆mu 农nong 司si 卓zhuo 古gu 吉ji 缪miao 简jian 车che 项xiang "
    "连lian 芦lu 麦mai 褚chu 娄lou 窦dou 戚qi 岑cen 景jing 党dang 宫gong 费fei 卜bu 冷leng 晏yan "
    "席xi 卫wei 米mi 柏bai 宗zong 瞿qu 桂gui 全quan 佟tong 应ying 臧zang 闵min 苟gou 邬wu 边bian "
    "卞bian 姬ji 师shi 和he 仇qiu 栾luan 隋sui 商shang 刁diao 沙sha 荣rong 巫wu 寇kou 桑sang 郎lang "
    "甄zhen 丛cong 仲zhong 虞yu 敖ao 巩gong 明ming 佘she 池chi 查zha 麻ma 苑yuan 迟chi 邝kuang")
# Rare single surnames: real, but seldom seen (a detector that only knows the top 100 misses them).
SURNAMES_RARE = _pairs(
    "仉zhang 逄pang 昝zan 禚zhuo 隗wei 郗xi 訾zi 亓qi 厍she 蔺lin 晁chao 谯qiao 楚chu 蹇jian 敬jing "
    "鄢yan 扈hu 璩qu 阙que 汝ru 揭jie 冼xian 粟su 佴nai 茹ru 禹yu 闻wen 酆feng 战zhan 区ou 朴piao "
    "那na 达da 哈ha 德de 智zhi 帅shuai 宦huan 奚xi 芮rui 羿yi 储chu 暴bao")
SURNAMES_COMPOUND = _pairs(
    "欧阳ouyang 司马sima 诸葛zhuge 上官shangguan 皇甫huangfu 令狐linghu 东方dongfang 慕容murong "
    "尉迟yuchi 公孙gongsun 宇文yuwen 夏侯xiahou 长孙zhangsun 司徒situ 端木duanmu 南宫nangong "
    "独孤dugu 呼延huyan 澹台tantai 轩辕xuanyuan 钟离zhongli 闻人wenren 万俟moqi 申屠shentu "
    "公冶gongye 濮阳puyang 淳于chunyu 赫连helian 拓跋tuoba 左丘zuoqiu 西门ximen 百里baili")

GIVEN_MALE = _pairs(
    "伟wei 强qiang 磊lei 军jun 勇yong 杰jie 涛tao 明ming 超chao 刚gang 鹏peng 辉hui 宇yu 浩hao "
    "凯kai 健jian 俊jun 帆fan 鑫xin 波bo 博bo 睿rui 航hang 泽ze 昊hao 皓hao 宸chen 铭ming 铮zheng "
    "峰feng 斌bin 毅yi 飞fei 彬bin 旭xu 朗lang 逸yi 煜yu 瑞rui 祥xiang 卓zhuo 骏jun 瀚han 霖lin "
    "鸿hong 振zhen 豪hao 轩xuan 宏hong 建jian 东dong 亮liang 力li 坤kun 锐rui 晟sheng 哲zhe 彦yan")
GIVEN_FEMALE = _pairs(
    "芳fang 娜na 敏min 静jing 丽li 艳yan 娟juan 秀xiu 霞xia 桂gui 英ying 玉yu 兰lan 萍ping 玲ling "
    "雪xue 慧hui 琳lin 欣xin 怡yi 涵han 萱xuan 佳jia 瑶yao 馨xin 曦xi 琪qi 悦yue 彤tong 晴qing "
    "诗shi 岚lan 颖ying 婷ting 蕾lei 梅mei 燕yan 翠cui 凤feng 芬fen 淑shu 珍zhen 琴qin 婉wan 妍yan "
    "璐lu 楠nan 钰yu 琦qi 玥yue 芮rui 菲fei 薇wei 蓉rong 莉li 倩qian 茜qian 璇xuan 雯wen 露lu "
    "丹dan 洁jie 媛yuan 蕊rui")
GIVEN_NEUTRAL = _pairs(
    "子zi 梓zi 雨yu 文wen 思si 一yi 诺nuo 梦meng 嘉jia 然ran 可ke 若ruo 天tian 奕yi 安an 依yi "
    "语yu 源yuan 晨chen 宁ning 晓xiao 小xiao 春chun 秋qiu 云yun 海hai 新xin 华hua 平ping 阳yang "
    "辰chen 锦jin 沐mu 桐tong 晗han 家jia 心xin 星xing 俊jun 欣xin")
# Characters that are not used alone as a one-character given name (they read as words or
# nicknames: 王子, 李小, 张一 …).
NOT_ALONE = set("子一小晓可若然心依诺思梦嘉语奕天安平文星家云春秋新")
# Given names of the parents' generation (born 1965-1990), as whole words.
GIVEN_OLDER = _pairs(
    "建国jianguo 建华jianhua 志强zhiqiang 国庆guoqing 红梅hongmei 秀英xiuying 桂兰guilan "
    "淑珍shuzhen 玉兰yulan 丽华lihua 海燕haiyan 建军jianjun 卫东weidong 爱民aimin 金凤jinfeng "
    "德明deming 永刚yonggang 晓燕xiaoyan 红霞hongxia 建平jianping 志勇zhiyong 国华guohua "
    "雪梅xuemei 春梅chunmei 艳红yanhong 宏伟hongwei 立新lixin 秀兰xiulan 文军wenjun 海涛haitao "
    "红英hongying 桂芳guifang 志刚zhigang 建新jianxin 玉梅yumei 爱华aihua 俊峰junfeng 丽娟lijuan "
    "春生chunsheng 明亮mingliang 永红yonghong 振华zhenhua 素芬sufen 凤英fengying 保国baoguo")
# Uyghur/Kazakh-style names: given name · father's name, with their usual transcription.
MINORITY_MALE = _pairs(
    "买买提maimaiti 阿不都abudu 艾力aili 热合曼reheman 吐尔逊tuerxun 艾合买提aihemaiti 依明yiming "
    "玉素甫yusufu 库尔班kuerban 阿力木alimu 买合木提maihemuti 木合塔尔muhetaer 艾山aishan "
    "阿卜杜拉abudula 努尔兰nuerlan 叶尔兰yeerlan 哈力克halike 吐尔洪tuerhong 米吉提mijiti "
    "斯拉木silamu 沙吾提shawuti 托合提tuoheti 阿迪力adili 艾尔肯aierken 阿布拉abula")
MINORITY_FEMALE = _pairs(
    "古丽娜尔gulinaer 阿依古丽ayiguli 帕提古丽patiguli 热依拉reyila 迪丽努尔dilinuer "
    "祖丽菲亚zulifeiya 米热mire 阿孜古丽aziguli 努尔古丽nuerguli 古丽guli 再努尔zainuer "
    "阿依努尔ayinuer 布合丽且buheliqie 麦合丽娅maiheliya 赛娜saina")

# Words that begin with a surname character but are ordinary words, and names of historical or
# public figures: no generated name may be one of them.
NOT_A_NAME = set("""
王国 王朝 王子 张开 高兴 李子 黄金 周末 方法 高中 马上 于是 金额 常用 文化 安全 万一 向上 石头 江河 白色
叶子 林业 余下 何时 明天 明星 明白 明亮 文明 文字 文章 和平 平安 安静 安宁 时光 时代 常常 全国 全家 关心
应该 路上 高山 高峰 高明 高洁 高雅 成功 成立 成熟 华丽 方向 江山 金子 钱包 孙子 马路 牛奶 常见 高大 白天
白云 许多 谢谢 田野 石油 黄色 蓝天 金色 金秋 金牌 严格 江南 包括 温暖 温柔 齐心 文静 文雅 安心 平静 任意
任务 程度 秦朝 宋朝 唐朝 汉朝 明朝 史书 武术 向阳 朝阳 和谐 和美 时尚 常青 常春 管家 房子 车子 司机 商人
华夏 宁静 宁可 米饭 牛肉 马车 石子 游戏 卫生 师生 明月 明珠 钟声 金星 高考 包子 甘甜 甘心 冷静 舒适 齐全
和气 时期 尤其 毕业 童年 童话 简单 宫殿 路灯 全体 万物 夏天 秋天 黎明 温度 毛笔 孔雀 龙舟 雷雨 江海 海洋
高原 高楼 高温 高速 方便 方正 方圆 石桥 向前 余生 景色 晏子 程序 易经 曲子 沙子 卫星 宗旨 连忙 连续 苗条 石楠
苗苗 阳光 房东 关键 章节 纪律 姜汤 冷饮 梅花 兰花 柳树 杨树 龙虾 齐声 时时 文艺 武艺 牛仔 孔明 单一 全新
白雪 金鑫 马力 高飞 高超 祝福 祝愿 鲍鱼 车辆 车站 桑叶 蓝莓 白杨 白鸽 黄鹂 黄莺 龙凤 常州 温州 贺卡 贺词
毛衣 熊猫 苏醒 包容 安然 雷鸣 康宁 华山 江水 夏雨 秋雨 黄昏 明媚 明亮 金黄 石榴 柏树 苗圃 洪水 邢台
李白 杜甫 孔子 孟子 庄子 墨子 荀子 老子 屈原 岳飞 鲁迅 雷锋 姚明 刘翔 李娜 李宁 王菲 杨洋 王维 韩愈 陆游
苏轼 张衡 蔡伦 郑和 巴金 老舍 冰心 曹操 刘备 关羽 张飞 孙权 周瑜 项羽 刘邦 武松 宋江 林冲 张骞 郎平 孙杨
王勃 王安石 白居易 欧阳修 司马光 司马迁 诸葛亮 孟浩然 王羲之 陶渊明 李清照 辛弃疾 文天祥 林则徐 朱自清 叶圣陶
孙中山 毛泽东 周恩来 邓小平 刘胡兰 王二小 董存瑞 黄继光 邱少云 焦裕禄 孔繁森 钟南山 屠呦呦 詹天佑 秦始皇
武则天 李世民 戚继光 郑成功 孙悟空 林黛玉 贾宝玉 杨利伟 袁隆平 钱学森 邓稼先 华罗庚 祖冲之 李时珍 张海迪
刘德华 张学友 周杰伦 王源 谢霆锋 宋庆龄 鲁班 黄帝 炎帝 司马懿 张良 韩信 孙膑 曹植 曹丕 李商隐 杜牧 范仲淹
王昭君 花木兰 梁山伯 祝英台 林徽因 徐悲鸿 齐白石 梅兰芳 聂耳 冼星海 高尔基 马克思 毛主席
""".split())

PINYIN = {}
for _pool in (SURNAMES_COMMON, SURNAMES_LESS, SURNAMES_RARE, SURNAMES_COMPOUND, GIVEN_MALE, GIVEN_FEMALE,
              GIVEN_NEUTRAL, GIVEN_OLDER, MINORITY_MALE, MINORITY_FEMALE):
    for _h, _p in _pool:
        PINYIN.setdefault(_h, _p)


class Name:
    """A person's name: the Han form and the parts used to romanise it."""

    def __init__(self, surname: str, given: list[str], minority: tuple[str, str] | None = None):
        self.surname = surname
        self.given = given            # one entry per given-name unit (a character or an older-style word)
        self.minority = minority      # (given name, father's name) of a name written with a middle dot

    @property
    def han(self) -> str:
        if self.minority:
            return f"{self.minority[0]}·{self.minority[1]}"
        return self.surname + "".join(self.given)

    def pinyin(self, style: str) -> str:
        if self.minority:
            a, b = PINYIN[self.minority[0]].capitalize(), PINYIN[self.minority[1]].capitalize()
            return {"upper_surname": f"{a.upper()} {b}", "all_upper": f"{a.upper()} {b.upper()}"}.get(style, f"{a} {b}")
        sur = PINYIN[self.surname]
        sylls = []
        for g in self.given:
            sylls.extend(_split_syllables(g))
        joined = ""
        for s in sylls:
            if joined and s[0] in "aoe":
                joined += "'"
            joined += s
        given = joined.capitalize()
        if style == "title":
            return f"{sur.capitalize()} {given}"
        if style == "upper_surname":
            return f"{sur.upper()} {given}"
        if style == "given_first":
            return f"{given} {sur.capitalize()}"
        if style == "all_upper":
            return f"{sur.upper()} {joined.upper()}"
        if style == "lower":
            return f"{sur} {joined}"
        if style == "spaced":
            return " ".join([sur.capitalize()] + [s.capitalize() for s in sylls])
        if style == "hyphen" and len(sylls) == 2:
            return f"{sur.capitalize()} {sylls[0].capitalize()}-{sylls[1]}"
        return f"{sur.capitalize()} {given}"


def _split_syllables(unit: str) -> list[str]:
    if len(unit) == 1:
        return [PINYIN[unit]]
    return [PINYIN[c] if c in PINYIN and len(c) == 1 else _older_syllable(unit, i) for i, c in enumerate(unit)]


def _older_syllable(word: str, i: int) -> str:
    # Older-style given names are stored as whole words; their characters are in the pools too
    # except a few (保, 素, 爱, 卫 …), spelt here.
    extra = {"国": "guo", "庆": "qing", "红": "hong", "爱": "ai", "民": "min", "卫": "wei", "德": "de",
             "永": "yong", "立": "li", "生": "sheng", "金": "jin", "保": "bao", "素": "su", "军": "jun",
             "凤": "feng", "涛": "tao", "文": "wen"}
    c = word[i]
    if c in PINYIN and len(c) == 1:
        return PINYIN[c]
    return extra[c]


class People:
    """Draws names. Every draw goes through the file's own random generator."""

    def __init__(self, rng: random.Random):
        self.rng = rng

    def surname(self) -> str:
        x = self.rng.random()
        if x < 0.58:
            return self.rng.choice(SURNAMES_COMMON)[0]
        if x < 0.88:
            return self.rng.choice(SURNAMES_LESS)[0]
        if x < 0.94:
            return self.rng.choice(SURNAMES_RARE)[0]
        return self.rng.choice(SURNAMES_COMPOUND)[0]

    def given_char(self, male: bool) -> str:
        pool = (GIVEN_MALE if male else GIVEN_FEMALE) if self.rng.random() < 0.7 else GIVEN_NEUTRAL
        return self.rng.choice(pool)[0]

    def child(self, male: bool | None = None, chars: int | None = None, surname: str | None = None,
              compound: bool | None = None) -> Name:
        """A Han name of the children's generation. chars: total length wanted (2, 3 or 4)."""
        rng = self.rng
        if male is None:
            male = rng.random() < 0.5
        for _ in range(1000):
            if surname:
                s = surname
            elif compound is True:
                s = rng.choice(SURNAMES_COMPOUND)[0]
            elif compound is False:
                s = self.surname()
                while len(s) > 1:
                    s = self.surname()
            else:
                s = self.surname()
            if chars is not None:
                n = chars - len(s)
                if n not in (1, 2):
                    continue
            else:
                n = 1 if rng.random() < 0.22 else 2
            if n == 1:
                g = [self.given_char(male)]
                if g[0] in NOT_ALONE:
                    continue
            else:
                g = [self.given_char(male), self.given_char(male)]
                if g[0] == g[1] and rng.random() < 0.8:
                    continue  # doubled names (娜娜, 婷婷) exist but stay rare
            name = Name(s, g)
            if self._ok(name.han):
                return name
        raise RuntimeError("no name found")

    def adult(self, male: bool | None = None, surname: str | None = None) -> Name:
        rng = self.rng
        if male is None:
            male = rng.random() < 0.5
        if rng.random() < 0.45:
            for _ in range(100):
                s = surname or self.surname()
                g = rng.choice(GIVEN_OLDER)[0]
                name = Name(s, [g])
                if self._ok(name.han):
                    return name
        return self.child(male, surname=surname)

    def minority(self, male: bool | None = None, father: str | None = None) -> Name:
        rng = self.rng
        if male is None:
            male = rng.random() < 0.5
        first = rng.choice(MINORITY_MALE if male else MINORITY_FEMALE)[0]
        second = father or rng.choice(MINORITY_MALE)[0]
        while second == first:
            second = rng.choice(MINORITY_MALE)[0]
        return Name("", [], (first, second))

    @staticmethod
    def _ok(han: str) -> bool:
        if han in NOT_A_NAME:
            return False
        # no historical figure or ordinary word as a prefix of a 3-4 character name
        return not any(han.startswith(w) and len(w) >= 3 for w in NOT_A_NAME)


PINYIN_STYLES = ["title"] * 40 + ["upper_surname"] * 20 + ["given_first"] * 10 + ["all_upper"] * 10 + \
                ["spaced"] * 8 + ["hyphen"] * 6 + ["lower"] * 6

# --- Places ----------------------------------------------------------------------------------------


class County:
    def __init__(self, code: str, province: str, prefecture: str | None, name: str):
        self.code, self.province, self.prefecture, self.name = code, province, prefecture, name

    @property
    def urban(self) -> bool:
        return self.name.endswith("区")

    def prefix(self, form: str) -> str:
        """The division part of an address. form: full, no_province, short_city, county."""
        pref = self.prefecture or ""
        if form == "full":
            return self.province + pref + self.name
        if form == "no_province":
            return (pref or self.province) + self.name
        if form == "short_city":
            city = pref or self.province
            if city.endswith("市") and len(city) > 2:
                city = city[:-1]
            elif not pref:
                city = PROVINCE_SHORT.get(self.province, self.province.rstrip("省"))
            return city + self.name
        if form == "county":
            return self.name
        raise ValueError(form)


PROVINCE_SHORT = {"内蒙古自治区": "内蒙古", "广西壮族自治区": "广西", "西藏自治区": "西藏",
                  "宁夏回族自治区": "宁夏", "新疆维吾尔自治区": "新疆", "北京市": "北京", "天津市": "天津",
                  "上海市": "上海", "重庆市": "重庆"}


def load_counties() -> list[County]:
    names = {}
    with open(REGIONS_FILE, encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            code, name, status = line.rstrip("\n").split("\t")
            if status == "current":
                names[code] = name
    out = []
    for code in sorted(names):
        name = names[code]
        if code.endswith("00") or code[:2] in ("71", "81", "82", "83") or name in ("市辖区", "县"):
            continue
        province = names.get(code[:2] + "0000")
        if province is None:
            continue
        pref = names.get(code[:4] + "00")
        if pref is not None and not pref.endswith(("市", "州", "盟", "地区")):
            pref = None
        if len(name) < 2:
            continue
        out.append(County(code, province, pref, name))
    return out


COUNTIES = load_counties()
COUNTY_BY_CODE = {c.code: c for c in COUNTIES}
XJ_COUNTIES = [c for c in COUNTIES if c.code.startswith("65")]
CURRENT_CODES = {c.code for c in COUNTIES}
# A few home regions used more often (a school's pupils mostly live near it).
HOME_CODES = ["410105", "410102", "410103", "410104", "410108", "410122", "411625", "411623", "410181",
              "410184", "410305", "410311", "410323"]

ROAD_STEMS = ["文化", "建设", "人民", "幸福", "解放", "中山", "友谊", "和平", "光明", "新华", "朝阳", "青年",
              "民主", "胜利", "团结", "长江", "黄河", "振兴", "兴业", "富民", "育才", "滨河", "迎宾", "工业",
              "农业", "科技", "学府", "桂花", "紫荆", "玉兰", "梧桐", "银杏", "丰收", "景华", "锦绣", "云台",
              "龙湖", "金桥", "翠竹", "石榴", "杏坛", "南环", "北环", "健康", "商都", "嵩山", "伏牛", "淮河"]
ROAD_DIRS = ["", "", "", "", "东", "西", "南", "北", "中"]
ROAD_KINDS = ["路"] * 8 + ["街"] * 3 + ["大道", "大街", "巷"]
ESTATE_STEMS = ["阳光", "锦绣", "翠竹", "金色", "绿城", "东方", "枫林", "碧水", "幸福", "和谐", "名门", "紫荆",
                "盛世", "书香", "康桥", "正商", "建业", "怡景", "龙源", "春华", "丽景", "世纪", "馨苑", "兴华"]
ESTATE_KINDS = ["花园", "小区", "家园", "苑", "雅居", "新村", "公寓", "名城", "华庭", "嘉园", "佳苑", "城"]
TOWN_STEMS = ["城关", "柳林", "杨集", "王店", "李庄", "石桥", "黄楼", "高庄", "白沙", "马集", "新集", "大营",
              "双河", "桥头", "龙泉", "清水", "古城", "三里店", "十字铺", "八里湾", "胡集", "张店", "汲水",
              "刘寨", "孙营", "梁园", "曹庙", "周堂", "宋河", "潘桥"]
VILLAGE_TAILS = ["楼", "庄", "营", "寨", "湾", "店", "岗", "屯", "家", "集", "桥", "洼"]
VILLAGE_OTHER = ["东风", "前进", "红星", "新民", "河西", "后湾", "大王", "小李", "东关", "西关", "南街", "北岗",
                 "三合", "五里", "六合", "柳树", "杏花", "槐树", "枣园", "桃园"]
COMMUNITY_STEMS = ["文化", "丰产", "花园", "经八", "人民", "大石桥", "杜岭", "南阳", "东风", "未来", "祭城",
                   "北林", "龙子湖", "如意", "兴达", "二里岗"]
CN_NUM = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二", "十三", "十四", "十五"]


class Places:
    def __init__(self, rng: random.Random):
        self.rng = rng

    def county(self, home_bias: float = 0.35, urban: bool | None = None) -> County:
        rng = self.rng
        for _ in range(1000):
            if rng.random() < home_bias:
                c = COUNTY_BY_CODE[rng.choice(HOME_CODES)]
            else:
                c = rng.choice(COUNTIES)
            if urban is None or c.urban == urban:
                return c
        raise RuntimeError("no county")

    def road(self) -> str:
        rng = self.rng
        return rng.choice(ROAD_STEMS) + rng.choice(ROAD_DIRS) + rng.choice(ROAD_KINDS)

    def estate(self) -> str:
        stem, kind = self.rng.choice(ESTATE_STEMS), self.rng.choice(ESTATE_KINDS)
        while stem[-1] == kind[0]:
            kind = self.rng.choice(ESTATE_KINDS)
        return stem + kind

    def room(self) -> str:
        rng = self.rng
        return f"{rng.randint(1, 26)}0{rng.randint(1, 4)}"

    def building(self) -> str:
        """The building/unit/room part: 3号楼2单元501室, 5栋1单元1202, 3-2-301 …"""
        rng = self.rng
        b, u, r = rng.randint(1, 28), rng.randint(1, 6), self.room()
        form = rng.choice(["hao_lou", "hao_lou", "dong", "dong", "dong_noshi", "zhuang", "dash", "lou_shi"])
        if form == "hao_lou":
            return f"{b}号楼{u}单元{r}室"
        if form == "dong":
            return f"{b}栋{u}单元{r}室"
        if form == "dong_noshi":
            return f"{b}栋{u}单元{r}"
        if form == "zhuang":
            return f"{b}幢{r}室"
        if form == "dash":
            return f"{b}-{u}-{r}"
        return f"{b}号楼{r}室"

    def urban_body(self) -> str:
        rng = self.rng
        road = self.road()
        num = rng.randint(1, 399)
        x = rng.random()
        if x < 0.3:
            return f"{road}{num}号院{self.building()}"
        if x < 0.6:
            return f"{road}{num}号{self.estate()}{self.building()}"
        if x < 0.8:
            return f"{road}{num}号{self.building()}"
        if x < 0.9:
            return f"{self.street()}{road}{num}号{self.building()}"
        return f"{road}{num}号"

    def street(self) -> str:
        stem = self.rng.choice(COMMUNITY_STEMS)
        return f"{stem}街道{self.rng.choice(COMMUNITY_STEMS)}社区"

    def village(self) -> str:
        rng = self.rng
        if rng.random() < 0.65:
            s = rng.choice(SURNAMES_COMMON[:20])[0]
            return s + rng.choice(VILLAGE_TAILS) + "村"
        return rng.choice(VILLAGE_OTHER) + "村"

    def group(self) -> str:
        rng = self.rng
        n = rng.randint(1, 15)
        form = rng.choice(["cn", "cn", "digit", "digit", "cun_min"])
        if form == "cn":
            return CN_NUM[n] + "组"
        if form == "digit":
            return f"{n}组"
        return f"第{CN_NUM[n]}村民组"

    def rural_body(self) -> str:
        rng = self.rng
        town = rng.choice(TOWN_STEMS) + rng.choice(["镇", "镇", "镇", "乡"])
        tail = f"{rng.randint(1, 120)}号" if rng.random() < 0.35 else ""
        return town + self.village() + self.group() + tail

    def address(self, form: str | None = None, county: County | None = None) -> str:
        """A home address starting with a division name (abbreviations allowed)."""
        rng = self.rng
        c = county or self.county()
        if form is None:
            form = rng.choice(["full"] * 5 + ["no_province"] * 3 + ["short_city"] * 2 + ["county"] * 2)
        if c.urban:
            body = self.urban_body()
        elif rng.random() < 0.3:
            body = self.urban_body()  # in the county town
        else:
            body = self.rural_body()
        return c.prefix(form) + body

    def street_start(self) -> str:
        """A home address starting with a street or village name (no division)."""
        rng = self.rng
        x = rng.random()
        if x < 0.55:
            return f"{self.road()}{rng.randint(1, 399)}号{rng.choice(['院', ''])}{self.building()}"
        if x < 0.75:
            return f"{self.street()}{self.road()}{rng.randint(1, 200)}号{self.building()}"
        return self.village() + self.group() + (f"{rng.randint(1, 99)}号" if rng.random() < 0.4 else "")

    def partial(self) -> str:
        """Short or partial addresses as typed in an address column."""
        rng = self.rng
        c = self.county(urban=True)
        x = rng.random()
        if x < 0.25:
            return f"{c.name}{self.road()}{rng.randint(1, 300)}号"
        if x < 0.45:
            return f"{self.road()}{rng.randint(1, 300)}号院{rng.randint(1, 20)}号楼"
        if x < 0.6:
            return self.village() + self.group()
        if x < 0.75:
            return f"{self.estate()}{rng.randint(1, 30)}-{rng.randint(1, 6)}-{self.room()}"
        if x < 0.88:
            return f"{self.estate()}{rng.randint(1, 30)}栋"
        town = rng.choice(TOWN_STEMS) + "镇"
        return f"{town}{self.village()}{rng.randint(1, 12)}组"


# --- Numbers ----------------------------------------------------------------------------------------

ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
ID_CHECK = "10X98765432"


def id_check(body17: str) -> str:
    return ID_CHECK[sum(int(c) * w for c, w in zip(body17, ID_WEIGHTS)) % 11]


def id_valid(s: str) -> bool:
    """Independent check: weights 2^(17-i) mod 11."""
    if len(s) != 18 or not s[:17].isdigit():
        return False
    total = sum(int(c) * (2 ** (17 - i) % 11) for i, c in enumerate(s[:17]))
    return "10X98765432"[total % 11] == s[17].upper()


def load_mobile_prefixes() -> list[str]:
    out = []
    with open(SEGMENTS_FILE, encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            prefix, operator = line.rstrip("\n").split("\t")
            if len(prefix) == 3 and operator in ("中国移动", "中国联通", "中国电信", "中国广电"):
                out.append(prefix)
    return sorted(out)


MOBILE_PREFIXES = load_mobile_prefixes()
ALL_SEGMENTS = []
with open(SEGMENTS_FILE, encoding="utf-8") as _f:
    for _line in _f:
        if not _line.startswith("#") and _line.strip():
            ALL_SEGMENTS.append(_line.split("\t")[0])


class Numbers:
    def __init__(self, rng: random.Random):
        self.rng = rng

    def mobile(self, plain: bool = False) -> str:
        rng = self.rng
        p = rng.choice(MOBILE_PREFIXES)
        tail = f"{rng.randrange(10 ** 8):08d}"
        x = 1.0 if plain else rng.random()
        if x < 0.1:
            return f"{p}-{tail[:4]}-{tail[4:]}"
        if x < 0.18:
            return f"{p} {tail[:4]} {tail[4:]}"
        return p + tail

    def birth(self, y0: int, y1: int) -> date:
        d0, d1 = date(y0, 1, 1), date(y1, 12, 31)
        return d0 + timedelta(days=self.rng.randrange((d1 - d0).days + 1))

    def id18(self, code: str, born: date, male: bool) -> str:
        seq = self.rng.randrange(500) * 2 + (1 if male else 0)
        body = f"{code}{born:%Y%m%d}{seq:03d}"
        return body + id_check(body)


# --- Output assembly -------------------------------------------------------------------------------

CATEGORIES = ("name_column", "name_record", "name_free_text", "address", "clean")


class Out:
    """Collects the files (as lists of lines) and the labels."""

    def __init__(self):
        self.files: dict[str, tuple[str, list[str]]] = {}
        self.labels: list[dict] = []
        self.extra: dict[str, str] = {}   # files that are neither scanned data nor labelled

    def add(self, path: str, category: str, lines: list[str], labels: list[tuple[int, str, str]]):
        assert category in CATEGORIES and path not in self.files
        self.files[path] = (category, lines)
        for line_no, kind, value in labels:
            self.labels.append({"type": "label", "path": path, "line": line_no, "kind": kind, "value": value})


def csv_line(cells: list[str]) -> str:
    for c in cells:
        if any(ch in c for ch in ',"\r\n'):
            raise ValueError(f"cell needs quoting: {c!r}")
    return ",".join(cells)


def cn_class(grade: str, k: int, style: str) -> str:
    if style == "paren":
        return f"{grade}({k})班"
    if style == "fullparen":
        return f"{grade}（{k}）班"
    if style == "cn":
        return f"{grade}{CN_NUM[k]}班"
    return f"{grade}{k}班"


GRADES = [("一年级", 2017), ("二年级", 2016), ("三年级", 2015), ("四年级", 2014), ("五年级", 2013),
          ("六年级", 2012), ("七年级", 2011), ("八年级", 2010), ("九年级", 2009), ("高一", 2008),
          ("高二", 2007), ("高三", 2006)]

# --- 1. name_columns.csv ------------------------------------------------------------------------------

NAME_JUNK = ["空", "无", "暂无", "同上", "待定", "不详", "见附件", "—", "/", "未填写", "——", "暂缺", "见备注"]
REMARKS = ["", "", "", "", "", "", "", "走读", "住校", "本学期转入", "近视，安排前排座位", "有过敏史",
           "父母在外务工，由祖父母照顾", "周末回家", "高中部转入", "体育特长生", "需加强英语阅读", "担任班长",
           "参加合唱团", "已交体检表", "乘校车", "午托", "单亲家庭", "学习方法需改进", "钢琴八级", "文化课成绩优秀",
           "安全责任书已签", "常用药已登记", "万一联系不上请打备用电话", "黄金周请假两天", "马上转学，手续办理中"]
GUARDIAN_WORDS = ["同上", "父亲", "母亲", "祖父", "祖母", "外公", "外婆", "本人", "无", "同家长"]


def build_name_columns(out: Out):
    rng = random.Random(f"{SEED}:name_columns")
    people, places, nums = People(rng), Places(rng), Numbers(rng)
    header = ["序号", "学生姓名", "Name", "性别", "民族", "班级", "出生日期", "身份证号", "家长姓名", "监护人",
              "联系人", "联系电话", "班主任", "家庭住址", "备注"]
    classes = [("三年级", 1, 35), ("三年级", 2, 36), ("五年级", 3, 34), ("七年级", 2, 35), ("八年级", 5, 36),
               ("高一", 3, 37), ("高二", 1, 35), ("高二", 6, 34)]
    lines = [csv_line(header)]
    labels = []
    # per-row shape draws, so that the rare cases surely appear
    n_rows = sum(c[2] for c in classes)
    minority_rows = set(rng.sample(range(n_rows), 20))
    compound_rows = set(rng.sample(sorted(set(range(n_rows)) - minority_rows), 16))
    four_rows = set(rng.sample(sorted(compound_rows), 8))
    junk_student_rows = set(rng.sample(sorted(set(range(n_rows)) - minority_rows - compound_rows), 4))
    phone_in_contact = set(rng.sample(range(n_rows), 3))
    teacher_junk_rows = set(rng.sample(range(n_rows), 6))
    i = 0
    for grade, k, size in classes:
        year = dict(GRADES)[grade]
        teacher = people.adult() if rng.random() < 0.5 else people.child(chars=rng.choice([2, 3, 3]))
        cls = cn_class(grade, k, "paren")
        for pos in range(size):
            male = rng.random() < 0.5
            minority = i in minority_rows
            if minority:
                father = people.minority(male=True)
                student = people.minority(male=male, father=father.minority[0])
                parent = father if rng.random() < 0.6 else people.minority(male=False)
                nation = rng.choice(["维吾尔族"] * 4 + ["哈萨克族", "乌孜别克族"])
                county = rng.choice(XJ_COUNTIES)
            else:
                if i in compound_rows:
                    student = people.child(male=male, chars=4 if i in four_rows else 3, compound=True)
                else:
                    student = people.child(male=male, compound=False)
                father_like = rng.random() < 0.55
                if rng.random() < 0.75 and father_like and not student.minority:
                    parent = people.adult(male=True, surname=student.surname)
                else:
                    parent = people.adult(male=not father_like)
                nation = rng.choice(["汉族"] * 30 + ["回族", "满族", "壮族", "苗族", "土家族", "蒙古族", "彝族", "朝鲜族"])
                county = places.county(home_bias=0.6)
            born = nums.birth(year, year + (1 if rng.random() < 0.3 else 0)) if year < 2017 else nums.birth(year, year)
            born = min(born, date(year + 1, 8, 31))
            idno = nums.id18(county.code, born, male)
            if rng.random() < 0.04:
                idno = ""
            phone = nums.mobile()
            row = {h: "" for h in header}
            row["序号"] = str(i + 1)
            row["性别"] = "男" if male else "女"
            row["民族"] = nation
            row["班级"] = cls
            row["出生日期"] = rng.choice([born.strftime("%Y-%m-%d")] * 4 + [f"{born.year}/{born.month}/{born.day}",
                                          f"{born.year}年{born.month}月{born.day}日", born.strftime("%Y%m%d")])
            row["身份证号"] = idno
            row["联系电话"] = phone
            named = []  # columns whose cell is a real name
            # student
            if i in junk_student_rows:
                row["学生姓名"] = rng.choice(["待定", "未填写", "不详", "见附件"])
            else:
                row["学生姓名"] = student.han
                named.append("学生姓名")
            # pinyin
            x = rng.random()
            if x < 0.04 or i in junk_student_rows:
                row["Name"] = rng.choice(["", "N/A", "-", "/"])
            else:
                row["Name"] = student.pinyin(rng.choice(PINYIN_STYLES))
                named.append("Name")
            # parent
            x = rng.random()
            if x < 0.06:
                row["家长姓名"] = rng.choice(NAME_JUNK)
            elif x < 0.08:
                row["家长姓名"] = ""
            else:
                row["家长姓名"] = parent.han
                named.append("家长姓名")
            # guardian
            x = rng.random()
            if x < 0.25:
                g = parent if rng.random() < 0.5 else (people.adult(surname=None) if not minority else people.minority())
                row["监护人"] = g.han
                named.append("监护人")
            elif x < 0.7:
                row["监护人"] = rng.choice(GUARDIAN_WORDS)
            # contact
            x = rng.random()
            if i in phone_in_contact:
                row["联系人"] = nums.mobile(plain=True)   # a phone typed in the wrong column: not a name
            elif x < 0.26:
                c = parent if rng.random() < 0.6 else (people.adult() if not minority else people.minority())
                row["联系人"] = c.han
                named.append("联系人")
            elif x < 0.45:
                row["联系人"] = rng.choice(["同上", "见附件", "未填写", "家长本人", "同监护人"])
            # class teacher: as exported from merged cells, mostly only on a class's first row
            if i in teacher_junk_rows:
                k_junk = sorted(teacher_junk_rows).index(i)
                row["班主任"] = ["{s}老师", "待定", "同上", "{s}老师", "空", "{s}老师"][k_junk].format(s=teacher.surname)
            elif pos == 0 or rng.random() < 0.3:
                row["班主任"] = teacher.han
                named.append("班主任")
            # address: filled in about half of the rows
            x = rng.random()
            if x < 0.05:
                row["家庭住址"] = rng.choice(["不详", "暂无", "无", "同上"])
            elif x < 0.55:
                row["家庭住址"] = ""
            else:
                if minority or rng.random() < 0.5:
                    row["家庭住址"] = places.address(county=county)
                elif rng.random() < 0.6:
                    row["家庭住址"] = places.address(form=rng.choice(["no_province", "short_city", "county"]),
                                                   county=county)
                else:
                    row["家庭住址"] = places.street_start()
            row["备注"] = rng.choice(REMARKS)
            line_no = len(lines) + 1
            lines.append(csv_line([row[h] for h in header]))
            for col in named:
                labels.append((line_no, "name", row[col]))
            if row["家庭住址"] and row["家庭住址"] not in ("不详", "暂无", "无", "同上"):
                labels.append((line_no, "address", row["家庭住址"]))
            i += 1
    out.add("name_columns.csv", "name_column", lines, labels)


# --- 2. headerless_records.csv -------------------------------------------------------------------------

NON_PERSONAL_ROWS = [
    "语文,数学,英语,物理,化学,生物", "星期一,升旗仪式,班会,自习,大扫除", "第一节,语文,数学,英语,体育",
    "周末,返校,高中部,晚自习", "方法指导,文化课,安全教育,常规训练", "黄金周,放假,七天,调休",
    "高一年级,高二年级,高三年级,复读班", "篮球,足球,乒乓球,羽毛球,田径", "图书馆,实验楼,体育馆,食堂,宿舍",
    "期中考试,成绩分析,家长会,安全教育", "早读,晨练,午休,晚自习,熄灯", "1,语文,6课时,必修", "2,数学,6课时,必修",
    "3,英语,5课时,必修", "4,信息技术,2课时,选修", "高二(3)班,期中考试,平均分,86.5", "马上行动,向上生长,金秋十月",
    "白色,蓝色,黄色,绿色", "石头,剪刀,布", "李子,桃子,石榴,杨梅", "江河湖海,山川草木,万里长城",
    "林业知识,文化遗产,安全常识,常用汉字", "何时,何地,何人,何事", "余下部分,合计金额,备注说明",
    "周一,周二,周三,周四,周五", "宋体,楷体,黑体,仿宋", "秦汉,隋唐,宋元,明清",
]
SURNAME_ONLY_CONTACTS = ["{s}老师,{m},语文组", "{s}主任,{m},教务处", "{s}老师,{m},数学组", "小{s},{m},后勤",
                         "{s}校长,{m},校办", "{s}师傅,{m},门卫室", "{s}阿姨,{m},食堂"]


def build_headerless(out: Out):
    rng = random.Random(f"{SEED}:headerless")
    people, places, nums = People(rng), Places(rng), Numbers(rng)
    rows: list[tuple[str, list[tuple[str, str]]]] = []   # (line, [(kind, value)])
    nonpersonal = NON_PERSONAL_ROWS[:]
    rng.shuffle(nonpersonal)

    def student_name(male):
        x = rng.random()
        if x < 0.08:
            return people.minority(male=male)
        if x < 0.16:
            return people.child(male=male, compound=True)
        return people.child(male=male, compound=False)

    def section_a(n):
        # name, 性别, ID, phone, address, class
        for _ in range(n):
            male = rng.random() < 0.5
            nm = student_name(male)
            grade, year = rng.choice(GRADES)
            county = rng.choice(XJ_COUNTIES) if nm.minority else places.county(home_bias=0.5)
            born = nums.birth(year, year)
            addr = places.address(county=county) if rng.random() < 0.8 else places.street_start()
            cls = cn_class(grade, rng.randint(1, 12), rng.choice(["paren", "fullparen", "cn", "plain"]))
            cells = [nm.han, "男" if male else "女", nums.id18(county.code, born, male), nums.mobile(), addr, cls]
            rows.append((csv_line(cells), [("name", nm.han), ("address", addr)]))

    def section_b(n, start):
        # 序号, class, name, phone, relation
        for j in range(n):
            nm = people.adult() if rng.random() < 0.5 else student_name(rng.random() < 0.5)
            grade, _ = rng.choice(GRADES)
            cells = [str(start + j), cn_class(grade, rng.randint(1, 10), "paren"), nm.han, nums.mobile(),
                     rng.choice(["父亲", "母亲", "爷爷", "外婆", "本人", ""])]
            rows.append((csv_line(cells), [("name", nm.han)]))

    def section_c(n):
        # name, ID
        for _ in range(n):
            male = rng.random() < 0.5
            nm = people.adult(male=male) if rng.random() < 0.5 else student_name(male)
            county = rng.choice(XJ_COUNTIES) if nm.minority else places.county()
            born = nums.birth(1972, 1990) if rng.random() < 0.5 else nums.birth(2006, 2017)
            rows.append((csv_line([nm.han, nums.id18(county.code, born, male)]), [("name", nm.han)]))

    def section_f(n):
        # name, phone, address, remark
        for _ in range(n):
            nm = people.adult()
            addr = places.address()
            cells = [nm.han, nums.mobile(), addr, rng.choice(["家长", "监护人", "紧急联系人", ""])]
            rows.append((csv_line(cells), [("name", nm.han), ("address", addr)]))

    def section_d(n):
        for _ in range(n):
            rows.append((nonpersonal.pop(), []))

    def section_e(n):
        # surname-only contacts with a mobile: the Han cells are not full names
        for t in rng.sample(SURNAME_ONLY_CONTACTS, n):
            s = rng.choice(SURNAMES_COMMON)[0]
            rows.append((t.format(s=s, m=nums.mobile(plain=True)), []))

    section_a(33)
    section_d(6)
    section_b(30, 1)
    section_a(24)
    section_e(4)
    section_d(7)
    section_c(20)
    section_d(6)
    section_f(12)
    section_e(3)
    section_d(8)
    lines, labels = [], []
    for n, (line, labs) in enumerate(rows, 1):
        lines.append(line)
        for kind, value in labs:
            labels.append((n, kind, value))
    out.add("headerless_records.csv", "name_record", lines, labels)


# --- 3. free_text_names.txt ------------------------------------------------------------------------------

# Positive templates: {n}, {n2} names; {cls} a class; {p} a mobile; {g} a grade; {d} a date.
FREE_POS = [
    "{cls}{n}同学在全市中小学生作文比赛中荣获一等奖，特此表彰。",
    "请{n}同学的家长于本周五下午四点前到学校领取成绩单。",
    "经班委会推选，{n}同学担任本学期的学习委员。",
    "{n}老师本学期担任{cls}的数学教学工作。",
    "学生{n}因病请假三天，请各科老师知悉。",
    "家长{n}反映孩子最近作业量偏大，班主任已与任课老师沟通。",
    "尊敬的{n}先生：您的孩子在本次期中考试中进步明显。",
    "{n}女士：感谢您参加本次家长开放日活动。",
    "兹证明{n}同学系我校{g}在籍学生。",
    "{n}之子{n2}同学在校表现良好，特此证明。",
    "{n}之女{n2}于{d}转入我校{cls}就读。",
    "姓名：{n}    性别：{sex}    班级：{cls}",
    "联系人：{n}（{p}）",
    "监护人：{n}，与学生关系：{rel}。",
    "报名事宜请联系{n}（{p}）。",
    "如有疑问请咨询{n}老师，电话{p}。",
    "{cls} {n}、{cls2} {n2} 获得校级三好学生称号。",
    "本周值日生：{cls}{n}。",
    "下午的家长会由{n}老师主持。",
    "{n}同学拾金不昧，将捡到的钱包交给了老师，值得大家学习。",
    "请{n}同学下课后到教务处来一趟。",
    "{n}家长：您好！孩子本周在校表现良好，请继续督促其按时完成作业。",
    "感谢{n}家长为班级图书角捐赠图书二十本。",
    "学生{n}、学生{n2}代表班级参加学校合唱比赛。",
    "{n}老师汇报了本月教学进度和下月工作计划。",
    "{n}老师和{n2}老师负责本次春游的安全工作。",
    "家长{n}（{p}）自愿担任本学期家委会成员。",
    "{n}同学的母亲{n2}女士当选为家委会主任。",
    "运动会男子一百米冠军：{cls}{n}。",
    "英语演讲比赛获奖名单：一等奖 {cls} {n}",
    "学生姓名：{n}，请于开学第一天携带报到单到{room}报到。",
    "{n}同学，你好！欢迎加入校学生会。",
    "特邀家长{n}先生为同学们讲解消防安全知识。",
    "{n}老师的公开课《认识时间》获得全校一致好评。",
    "关于{n}同学申请助学金的情况说明",
    "本周值周老师：{n}老师",
    "{n}同学作为新生代表在开学典礼上发言。",
    "请{n}同学的监护人签字后交回回执。",
    "联系人：{n}老师 电话：{p}",
    "监护人：{n}（{p}）",
    "经核实，{n}同学本学期共缺勤两次。",
    "{n}老师荣获市级优秀班主任称号。",
    "新学期由{n}老师接任{cls}班主任。",
    "致{n}同学家长的一封信",
    "今天{n}同学主动帮助同学打扫卫生，受到老师表扬。",
    "{cls}的{n}同学在数学竞赛中获得满分。",
    "我是{cls}{n}的家长，孩子今天发烧请假一天。",
    "{n}先生（{p}）为学校捐赠了一批体育器材。",
    "{n}女士（{p}）是本次研学活动的家长志愿者。",
    "姓名：{n}，就读班级：{cls}，申请项目：课后服务。",
    "{cls} {n} 在校园歌手大赛中获得第二名。",
    "{n}同学和{n2}同学合作完成的科技作品入选市级展览。",
    "兹有我校学生{n}，系{n2}之子，因家庭原因申请转学。",
    "监护人：{n}    联系电话：{p}",
    "{n}老师提醒大家：期末复习要制定计划，劳逸结合。",
    "值班教师：{n}老师（{p}）",
    "请{n}同学的家长注意查收缴费通知。",
    "{n}同学在升旗仪式上作了题为《珍惜时间》的国旗下讲话。",
    "{d}，{n}老师带领学生参观了科技馆。",
    "家长{n}来电询问课后服务的收费标准。",
]
FREE_NEG = [
    # ordinary words that begin with a surname character (some right before a cue)
    "这个周末老师会在班级群里发布期中复习提纲。",
    "班主任很高兴同学们能主动留下来打扫教室。",
    "于是同学们纷纷举手，争着回答问题。",
    "马上家长会就要开始了，请各位家长到教室就座。",
    "高中学生要学会合理安排作息时间。",
    "具体的解题方法老师会在习题课上讲解。",
    "黄金周期间学校放假七天，10月8日正式上课。",
    "童话故事里的王国住着一位善良的国王。",
    "同学们张开双臂，迎接美好的春天。",
    "果园里的李子熟了，同学们在秋游时品尝了新鲜水果。",
    "本次活动收取的金额将全部用于购买图书。",
    "请大家注意交通安全，放学后按时回家。",
    "这些是三年级常用的生字，请同学们每个抄写三遍。",
    "学校开展传统文化进校园活动，同学们学习剪纸和书法。",
    "万一遇到火灾，要用湿毛巾捂住口鼻，有序撤离。",
    "同学们积极向上，班级面貌焕然一新。",
    "科学课上，我们观察了石头的纹理和颜色。",
    "祖国的江河湖海孕育了灿烂的文明。",
    "美术课要求用白色和蓝色画出冬天的景色。",
    "秋天到了，树上的叶子慢慢变黄了。",
    "林业站的工作人员给同学们讲解了植树的要领。",
    "班费余下的部分将在学期末公示。",
    "何时召开家长会，学校将另行通知。",
    "周一升旗仪式后，各班回教室上第一节课。",
    "高年级同学要为低年级同学做好榜样。",
    "明天同学们要穿校服参加升旗仪式。",
    "平时老师布置的作业要按时完成。",
    "关于学生午休管理的几点说明",
    "全体同学要在八点前到操场集合。",
    "任课老师要认真批改作业，及时反馈。",
    "范文老师已经印发给大家了，请认真阅读。",
    "程度较好的同学可以完成书后的拓展练习。",
    "成绩优秀的学生将获得学校颁发的奖学金。",
    "华夏文明源远流长，同学们要了解传统节日的由来。",
    "雷雨天气不要在大树下避雨。",
    "端午节同学们一起包粽子、看龙舟比赛。",
    "毛笔字练习要注意坐姿和握笔姿势。",
    "孔雀开屏的样子非常美丽。",
    "夏天游泳一定要有家长陪同，不去野外水域。",
    "黎明时分，操场上已经有同学在晨跑了。",
    "温度骤降，请家长给孩子及时添加衣物。",
    "武术社团每周三下午在体育馆活动。",
    "江南水乡的风景让同学们流连忘返。",
    "许多同学在运动会上表现出色。",
    "连续三周获得流动红旗的班级将受到表彰。",
    "卫生检查结果每周五在公告栏公布。",
    "宋体、楷体是作业文档常用的字体。",
    "钟表上的时针指向了八点。",
    "陆地面积约占地球表面积的百分之二十九。",
    "甘甜的泉水滋润着大地。",
    "田野里的麦子一片金黄。",
    "杨树和柳树是北方常见的树种。",
    "牛奶和鸡蛋是很好的早餐。",
    "课间不要在走廊里追逐打闹，注意安全。",
    "路上遇到老师要主动问好。",
    "文化课老师和体育老师一起商量了训练计划。",
    "高中部的学生周六是否补课，请以教务处通知为准。",
    "司机师傅每天准时送同学们上学。",
    "管理员老师提醒大家借书要按时归还。",
    "游戏时间结束后，同学们回到自己的座位。",
    "车辆进出校门请减速慢行。",
    "金秋十月，学校举行了盛大的运动会。",
    "毕业典礼定于六月二十日上午举行。",
    "纪律委员负责记录课堂纪律情况。",
    "童年是美好的，同学们要珍惜时光。",
    "简单的问题也要认真审题。",
    "齐心协力才能赢得拔河比赛。",
    "和谐的师生关系有助于学习。",
    "时间就是生命，同学们要珍惜每一分钟。",
    "包括班主任在内，共有六位老师参加了培训。",
    "严格遵守考场纪律，诚信应考。",
    "胡萝卜和白菜是食堂常用的蔬菜。",
    "向日葵总是朝着太阳的方向。",
    "石榴花开的时候，校园里一片火红。",
    "常规检查中，我们班的教室最整洁。",
    "安全员老师每天放学时在校门口值守。",
    "万一忘带作业，要向老师说明情况。",
    "方向感差的同学外出时要结伴而行。",
    "黄昏时分，同学们在操场上散步。",
    "高兴的时候要和朋友分享，难过的时候也可以向老师倾诉。",
    "马路上车多，过马路要走人行横道。",
    # cues without a name after them
    "联系人：高三年级组",
    "监护人：父亲",
    "姓名：__________  班级：__________",
    "学生姓名：（请用正楷填写）",
    "各位家长：为了孩子的健康成长，请督促孩子按时作息。",
    "亲爱的同学们，新学期开始了！",
    "请家长在回执上签字，学生本人不得代签。",
    # surnames alone are not full names
    "请王老师到教务处领取试卷。",
    "李主任在开学典礼上作了讲话。",
    "张校长强调了校园安全工作的重要性。",
    "刘老师今天请假，第三节课由陈老师代课。",
    "小王同学，你的作业本忘在讲台上了。",
    "听说周老师下学期要去支教。",
    "我们班的数学老师姓黄，大家都叫她黄老师。",
    "感谢赵阿姨每天为同学们准备可口的饭菜。",
    "体检由校医室的孙医生负责。",
    "吴主任提醒各班做好防溺水教育。",
    "老李和老张是学校的两位门卫师傅。",
    "欧阳老师是我们的音乐老师。",
    "司马老师带领同学们参观了博物馆。",
    "请各班体育委员到郑老师处领取器材。",
    "马老师的课总是生动有趣。",
    "高老师说：“今天我们学习分数的加法。”",
    "这次活动得到了家委会杨会长的大力支持。",
    "林教练带领校篮球队获得了区冠军。",
    "何老师和罗老师分别负责男生组和女生组。",
    "明天由宋老师带队参加市里的合唱比赛。",
    "班长小陈把收齐的作业交给了老师。",
    "有事请找年级组的许组长。",
    "谢谢韩老师的耐心指导！",
    "唐老师：孩子今天有点咳嗽，麻烦您多关注。",
    "冯爷爷是我们学校的老园丁。",
    "上官老师的书法课很受欢迎。",
    # historical and public figures in textbook-like text
    "李白是唐代伟大的浪漫主义诗人，被誉为“诗仙”。",
    "杜甫的诗反映了当时的社会现实，被称为“诗史”。",
    "鲁迅先生原名周树人，是我国现代著名的文学家。",
    "孔子说：“学而时习之，不亦说乎？”",
    "诸葛亮草船借箭的故事告诉我们要善于利用天时地利。",
    "三月五日是学雷锋纪念日，我们要学习雷锋同志的奉献精神。",
    "本单元我们学习了朱自清先生的散文《背影》。",
    "司马光砸缸的故事体现了他的机智勇敢。",
    "王羲之被后人尊称为“书圣”。",
    "屈原是战国时期楚国的诗人，端午节相传就是为了纪念他。",
    "岳飞精忠报国的故事激励着一代又一代中国人。",
    "《西游记》中孙悟空的形象深受同学们喜爱。",
    "课文《草船借箭》中，周瑜妒忌诸葛亮的才干。",
    "詹天佑主持修建了京张铁路。",
    "钱学森是我国航天事业的奠基人之一。",
    "袁隆平爷爷一生致力于杂交水稻的研究。",
    "张衡发明了地动仪。",
    "祖冲之把圆周率精确到小数点后第七位。",
    "李时珍用了二十七年时间编写《本草纲目》。",
    "蔡伦改进了造纸术。",
    "郑和七下西洋，促进了中外交流。",
    "林则徐在虎门销烟，表现了中华民族反抗侵略的决心。",
    "陶渊明笔下的桃花源令人向往。",
    "苏轼在《水调歌头》中写道：“但愿人长久，千里共婵娟。”",
    "华罗庚是我国著名的数学家。",
    "杨利伟是我国第一位进入太空的航天员。",
    "冰心奶奶的《繁星》《春水》是同学们喜爱的诗集。",
    "老舍先生的《草原》描写了内蒙古草原的美丽风光。",
    "叶圣陶先生是著名的教育家和作家。",
    "巴金先生的《鸟的天堂》是一篇写景的散文。",
    "欧阳修在《醉翁亭记》中写出了山水之乐。",
    "白居易的《赋得古原草送别》同学们都会背诵。",
    "邓稼先为我国“两弹”研制作出了卓越贡献。",
    "孙中山先生领导了辛亥革命。",
    "林黛玉和贾宝玉是《红楼梦》中的主要人物。",
    "武松打虎的故事出自《水浒传》。",
    "学习张海迪阿姨身残志坚的精神。",
    "王二小是抗日战争时期的小英雄。",
]
ROOMS = ["教务处", "行政楼201", "明德楼一楼大厅", "学生处", "报告厅"]
RELS = ["父亲", "母亲", "祖父", "祖母", "外祖母", "舅舅"]


def build_free_text(out: Out):
    rng = random.Random(f"{SEED}:free_text")
    people, nums = People(rng), Numbers(rng)
    items: list[tuple[str, list[str]]] = []

    def short_name(adult: bool = False, male: bool | None = None) -> Name:
        if male is None:
            male = rng.random() < 0.5
        x = rng.random()
        if x < 0.06:
            return people.child(male=male, chars=3, compound=True)
        if x < 0.08:
            return people.child(male=male, chars=4, compound=True)
        chars = 2 if rng.random() < 0.35 else 3
        if adult and rng.random() < 0.4:
            for _ in range(100):
                n = people.adult(male=male)
                if len(n.han) in (2, 3) and not n.minority:
                    return n
        return people.child(male=male, chars=chars, compound=False)

    def cls():
        grade, _ = rng.choice(GRADES)
        return cn_class(grade, rng.randint(1, 12), rng.choice(["paren", "fullparen", "cn", "cn", "plain"]))

    templates = FREE_POS * 2 + rng.sample(FREE_POS, 20)
    for t in templates:
        # the gender a cue implies: 先生 / 之子 male, 女士 / 之女 / 母亲 female
        sex = rng.choice(["男", "女"])
        g1 = True if ("{n}先生" in t or "系{n2}之子" in t or "男子" in t) else False if "{n}女士" in t else None
        if "{sex}" in t:
            g1 = sex == "男"
        g2 = True if "之子{n2}" in t else False if ("之女{n2}" in t or "{n2}女士" in t) else None
        n = short_name("老师" in t or "家长" in t or "先生" in t or "女士" in t, g1)
        n2 = short_name(True, g2)
        while n2.han == n.han:
            n2 = short_name(True, g2)
        d = date(2024, 9, 1) + timedelta(days=rng.randrange(240))
        line = t.format(n=n.han, n2=n2.han, cls=cls(), cls2=cls(), p=nums.mobile(), g=rng.choice(GRADES)[0],
                        d=f"{d.year}年{d.month}月{d.day}日", sex=sex, rel=rng.choice(RELS),
                        room=rng.choice(ROOMS))
        values = [n.han] + ([n2.han] if "{n2}" in t else [])
        items.append((line, values))
    for s in FREE_NEG:
        items.append((s, []))
    rng.shuffle(items)
    lines, labels = [], []
    for i, (line, values) in enumerate(items, 1):
        lines.append(line)
        for v in values:
            labels.append((i, "name", v))
    out.add("free_text_names.txt", "name_free_text", lines, labels)


# --- 4. addresses.txt ------------------------------------------------------------------------------------

ADDR_POS = [
    "{a}", "{a}", "{a}", "家庭住址：{a}", "家住{a}，离学校约两公里。", "学生现住{a}，每天步行上学。",
    "户籍地址：{a}", "通讯地址：{a}", "请将录取通知书寄至{a}。", "本人住址为{a}，如有变动及时告知班主任。",
    "家访地点：{a}", "孩子的外婆家在{a}，周末由外婆接送。", "收件地址：{a}", "经核实，该生实际居住地为{a}。",
    "新地址是{a}，请老师更新通讯录。", "{a}（租住）", "住址变更为{a}", "现居住地：{a}", "监护人住址：{a}",
    "寄宿家庭地址：{a}", "家庭住址 {a}", "住址：{a}；联系电话见报名表。", "该生家住{a}，父母均在外地务工。",
    "快递请寄{a}，收件后请在群里回复。", "原住址：{a}，现住址：{a2}", "现住址：{a}",
]
SCHOOL_KINDS = ["第一中学", "第二中学", "实验中学", "第三小学", "实验小学", "外国语学校", "第八中学", "育才小学"]


def build_addresses(out: Out):
    rng = random.Random(f"{SEED}:addresses")
    places, nums = Places(rng), Numbers(rng)
    blocks: list[list[tuple[str, list[str]]]] = []

    def addr():
        x = rng.random()
        if x < 0.72:
            return places.address()
        if x < 0.88:
            return places.street_start()
        c = places.county(urban=True)
        return f"{c.prefix(rng.choice(['no_province', 'county']))}{places.road()}{rng.randint(1, 300)}号"

    pos = ADDR_POS * 5
    rng.shuffle(pos)
    for t in pos[:110]:
        a, a2 = addr(), addr()
        values = [a] + ([a2] if "{a2}" in t else [])
        blocks.append([(t.format(a=a, a2=a2), values)])

    def school():
        c = COUNTY_BY_CODE[rng.choice(["410102", "410103", "410104", "410105", "410108"])]
        city = c.prefecture or c.province
        return c, f"{city}{rng.choice(SCHOOL_KINDS)}", c.prefix(rng.choice(["no_province", "full"]))

    def org_phone():
        return f"0371-{rng.randint(6, 6)}{rng.randrange(10 ** 7):07d}"

    neg: list[list[tuple[str, list[str]]]] = []
    for _ in range(8):  # letterhead: school name, then its own address on the same line
        c, s, pre = school()
        a = f"{pre}{places.road()}{rng.randint(1, 99)}号"
        neg.append([(rng.choice([f"{s} 地址：{a} 电话：{org_phone()}", f"{s}（{a}）",
                                  f"{s}  地址：{a}  邮编：4500{rng.randint(10, 99)}"]), [])])
    for _ in range(6):  # footer: school name line, then an 地址： line
        c, s, pre = school()
        a = f"{pre}{places.road()}{rng.randint(1, 99)}号"
        neg.append([(rng.choice([s, s + "教务处", s + "办公室", s + "德育处"]), []),
                    (rng.choice([f"地址：{a}", f"地址：{a}  邮编：4500{rng.randint(10, 99)}",
                                 f"地址：{a} 咨询电话：{org_phone()}"]), [])])
    for _ in range(2):  # an education bureau
        c = places.county(urban=True, home_bias=1.0)
        neg.append([(f"{c.prefix('no_province')}教育局 地址：{c.name}{places.road()}{rng.randint(1, 99)}号", [])])
    fixed_neg = [
        "请到教学楼302室领取新学期教材。", "高二(3)班的教室在3号楼2层。", "实验楼4楼401室是物理实验室。",
        "体检地点：行政楼一楼101室。", "图书馆位于实验楼3层301室。", "二楼201室为心理咨询室。",
        "学校东门外的文化路正在施工，请绕行。", "放学后沿建设路向东步行到公交站。", "人民路与中山路交叉口设有红绿灯。",
        "学校位于金水路与花园路交叉口东北角。", "郑州市", "金水区", "河南省郑州市", "我们的家乡是河南省周口市郸城县。",
        "研学活动的目的地是陕西省西安市。", "乘坐5路公交车到人民路站下车。", "可乘坐地铁1号线在文化路站下车，从B口出。",
        "乘坐K906路、32路公交车均可到达。", "9月3号上午8点报到。", "2024年10月8号正式开学。",
        "运动会定于11月15号至16号举行。", "第5组同学负责打扫卫生。", "3组和5组的同学到操场集合。",
        "请各班派2名同学到302室参加培训。", "本周学习第三单元第2课《秋天》。", "阅读第12页第3段，回答课后问题。",
        "考场安排：1号考场在1号楼101室，2号考场在1号楼102室。", "高一新生在3号楼报到。", "男生宿舍在5栋，女生宿舍在6栋。",
        "本学期共有3个年级、24个班。", "请把自行车停放在2号车棚。", "今天是2024年12月1日，星期日。",
        "活动地点：学校报告厅（行政楼5楼）。", "1号线、2号线都可以换乘到市博物馆。", "我市下辖6个区、5个县级市和1个县。",
        "运动员检录处设在田径场东侧2号门。", "长江、黄河是我国的两条大河。", "第二单元测试卷第4题第2小题有误，请订正。",
        "食堂二楼3号窗口今天供应面条。", "郑州东站和郑州站都有到学校的公交。",
    ]
    for s in fixed_neg:
        neg.append([(s, [])])
    blocks.extend(neg)
    rng.shuffle(blocks)
    lines, labels = [], []
    for block in blocks:
        for line, values in block:
            lines.append(line)
            for v in values:
                labels.append((len(lines), "address", v))
    out.add("addresses.txt", "address", lines, labels)


# --- 5. address_columns.csv ---------------------------------------------------------------------------

ADDR_PLACEHOLDERS = ["无", "同上", "不详", "暂无", "/", "—", "空", "未填", "见上"]


def build_address_columns(out: Out):
    rng = random.Random(f"{SEED}:address_columns")
    people, places = People(rng), Places(rng)
    header = ["序号", "姓名", "家庭住址", "现住址", "户籍地址", "通讯地址", "Address", "备注"]
    lines = [csv_line(header)]
    labels = []
    for i in range(45):
        nm = people.minority() if rng.random() < 0.05 else people.child()
        county = places.county(home_bias=0.6)
        row = {h: "" for h in header}
        row["序号"] = str(i + 1)
        row["姓名"] = nm.han
        real = []

        def put(col, value, is_real=True):
            row[col] = value
            if is_real:
                real.append(col)

        x = rng.random()
        if x < 0.08:
            put("家庭住址", rng.choice(["不详", "暂无", "无"]), False)
        elif x < 0.2:
            put("家庭住址", places.partial())
        elif x < 0.35:
            put("家庭住址", places.street_start())
        else:
            put("家庭住址", places.address(county=county))
        x = rng.random()
        if x < 0.4:
            put("现住址", "同上", False)
        elif x < 0.75:
            put("现住址", places.address(form=rng.choice(["no_province", "short_city", "county"])))
        elif x < 0.85:
            put("现住址", places.partial())
        else:
            put("现住址", rng.choice(ADDR_PLACEHOLDERS + [""]), False)
        x = rng.random()
        if x < 0.2:
            put("户籍地址", rng.choice(["同上", "同家庭住址", "不详"]), False)
        elif x < 0.35:
            put("户籍地址", places.partial())
        else:
            rural = places.county(urban=False, home_bias=0.3)
            put("户籍地址", rural.prefix(rng.choice(["full", "no_province"])) + places.rural_body())
        x = rng.random()
        if x < 0.3:
            put("通讯地址", "同家庭住址", False)
        elif x < 0.55:
            put("通讯地址", places.partial())
        elif x < 0.7:
            put("通讯地址", places.address())
        elif x < 0.8:
            put("通讯地址", "", False)
        else:
            put("通讯地址", rng.choice(ADDR_PLACEHOLDERS), False)
        x = rng.random()
        if x < 0.25:
            put("Address", places.address(form="full"))
        elif x < 0.33:
            put("Address", places.partial())
        elif x < 0.38:
            put("Address", rng.choice(["N/A", "-", "same as above"]), False)
        row["备注"] = rng.choice(["", "", "", "租房", "随祖父母居住", "已核实", "新搬迁", "住校", "待核实"])
        line_no = len(lines) + 1
        lines.append(csv_line([row[h] for h in header]))
        labels.append((line_no, "name", nm.han))
        for col in real:
            labels.append((line_no, "address", row[col]))
    out.add("address_columns.csv", "address", lines, labels)


# --- 6. clean/ -----------------------------------------------------------------------------------------

def _school(rng) -> tuple[str, str]:
    c = COUNTY_BY_CODE[rng.choice(["410105", "410102", "410103"])]
    return (c.prefecture or c.province) + rng.choice(SCHOOL_KINDS), c.name


def build_clean(out: Out):
    rng = random.Random(f"{SEED}:clean")
    # notices.txt
    school, _ = _school(rng)
    year = 2024
    notices = []

    def notice(title, body, sign=True, when=None):
        notices.append(title)
        notices.append(rng.choice(["各位家长、同学们：", "各位家长：", "全体师生：", "各班主任："]))
        notices.extend("    " + b for b in body)
        if sign:
            notices.append(rng.choice([school, school + "办公室", school + "教务处", school + "德育处"]))
            d = when or date(year, rng.randint(9, 12), rng.randint(1, 28))
            notices.append(f"{d.year}年{d.month}月{d.day}日")
        notices.append("")

    notice(f"关于{year}年国庆节放假安排的通知", [
        "根据上级部门安排，现将国庆节放假事项通知如下：",
        "一、放假时间：10月1日至10月7日，共7天；10月8日（星期二）正常上课。",
        "二、假期中请家长加强对孩子的安全教育，不到江河、水库等危险水域游泳。",
        "三、外出旅游请遵守交通规则，注意饮食卫生，不吃“三无”食品。",
        "四、合理安排作息时间，按时完成假期作业，每天阅读不少于半小时。",
        "特此通知。"], when=date(year, 9, 25))
    notice("关于举办第二十届秋季田径运动会的通知", [
        f"为丰富校园文化生活，学校定于10月{rng.randint(16, 18)}日至{rng.randint(19, 20)}日举办秋季田径运动会。",
        "一、比赛项目：男女100米、200米、400米、800米、跳远、跳高、铅球及4×100米接力。",
        "二、每班每项限报2人，每人限报2项（接力除外）。",
        "三、报名表请于9月30日前由体育委员交至体育组。",
        "四、开幕式入场顺序按年级排列，请各班提前准备口号和班旗。",
        "五、比赛期间请同学们注意防暑，听从裁判员和工作人员的指挥。"], when=date(year, 9, 23))
    notice(f"{year}—{year + 1}学年第一学期期末考试安排", [
        "一、考试时间：1月13日至1月15日，每天上午8:30开始。",
        "二、考试科目：语文、数学、英语、道德与法治、历史、地理、生物。",
        "三、考生须提前15分钟进入考场，凭准考证入场，按座位号就座。",
        "四、严禁携带手机、智能手表等电子设备进入考场。",
        "五、考试结束后，各班于1月16日返校领取成绩报告单和寒假作业。"], when=date(year, 12, 20))
    notice("冬季校园安全温馨提示", [
        "天气寒冷，早晚温差大，请同学们及时增添衣物，预防感冒。",
        "雨雪天气路面湿滑，上下楼梯靠右行，不推挤、不奔跑。",
        "宿舍内严禁使用电热毯、热得快等大功率电器。",
        "家长接送孩子时请将车辆停放在指定区域，不要堵塞校门。",
        "如遇大雪等恶劣天气，学校将通过班级群发布停课或延迟到校的通知。"], when=date(year, 12, 2))
    notice("关于开展家长开放日活动的通知", [
        "为增进家校沟通，学校定于11月8日（星期五）举行家长开放日活动。",
        "活动内容：上午8:00—11:30随堂听课，下午2:30在报告厅召开家长座谈会。",
        "每位学生限一名家长参加，请家长凭入校证从东门进入校园。",
        "请各位家长提前安排好工作，准时参加。"], when=date(year, 10, 28))
    notice(f"{year}年秋季招生简章", [
        "一、招生范围：学区内适龄儿童（年满6周岁）。",
        "二、报名时间：7月10日至7月15日，每天8:30—11:30，14:30—17:00。",
        "三、报名材料：户口簿、房产证明或租房合同、预防接种证原件及复印件。",
        "四、学校将于7月25日前公布录取结果，请关注学校官方网站。",
        "五、招生咨询电话：0371-65501234（工作日）。"], when=date(year, 6, 28))
    notice("图书馆借阅须知", [
        "一、开放时间：周一至周五12:30—13:30，16:40—17:30。",
        "二、每人每次限借2册，借期为两周，可续借一次。",
        "三、爱护图书，不得在书上涂画、折角，损坏或遗失需照价赔偿。",
        "四、馆内保持安静，不得携带零食和饮料。"], sign=False)
    notice("关于组织学生健康体检的通知", [
        "根据区卫生部门安排，本学期学生健康体检定于9月下旬进行。",
        "体检项目：身高、体重、视力、血压、内科、口腔等。",
        "体检当天早晨请勿进食，穿宽松衣服，携带体检表。",
        "体检结果将由班主任统一发放，如有异常请家长及时带孩子复查。"], when=date(year, 9, 12))
    notice("防溺水安全教育致家长的一封信", [
        "夏季是溺水事故的高发期，为保障孩子的生命安全，请家长做到“六不”教育：",
        "不私自下水游泳；不擅自与他人结伴游泳；不在无家长带领的情况下游泳；",
        "不到无安全设施、无救援人员的水域游泳；不到不熟悉的水域游泳；不熟悉水性的学生不擅自下水施救。",
        "请家长切实履行监护责任，假期中随时掌握孩子的去向。",
        "请于周五前将回执交给班主任。"], when=date(year, 6, 20))
    notice("关于规范课后服务的说明", [
        "课后服务时间为每周一至周五放学后至17:30，家长自愿报名。",
        "服务内容包括作业辅导、阅读指导、体育活动和兴趣社团。",
        "学校不组织学科类培训，不收取规定以外的任何费用。",
        "如需调整报名，请于每月25日前告知班主任。"], when=date(year, 9, 2))
    notices = notices[:-1]

    lesson = [
        "《秋天的雨》教学设计（三年级上册）",
        "一、教学目标",
        "1. 会认“盒、颗”等8个生字，会写“润、爽”等13个字。",
        "2. 正确、流利、有感情地朗读课文，背诵第二自然段。",
        "3. 体会秋雨带来的丰收和欢乐，感受秋天的美好。",
        "二、教学重点：理解课文内容，积累描写秋天的优美词句。",
        "三、教学难点：体会作者把秋雨当作人来写的表达方法。",
        "四、教学准备：课件、生字卡片、秋天的图片。",
        "五、教学过程",
        "（一）谈话导入：同学们，你们喜欢秋天吗？秋天有哪些颜色？",
        "（二）初读课文，读准字音，读通句子，圈出生字。",
        "（三）精读第二自然段，找出写颜色的词语，说说秋雨把颜色给了谁。",
        "（四）小组合作：用“……把……给了……”说一句话。",
        "（五）拓展练习：仿照课文，写一写你眼中的秋天。",
        "六、板书设计：秋天的雨——钥匙、颜料、气味、喇叭",
        "七、作业布置：背诵第二自然段；摘抄喜欢的句子。",
        "",
        "《分数的初步认识》教学设计（三年级上册）",
        "一、教学目标：初步认识几分之一，会读、写几分之一，能比较几分之一的大小。",
        "二、教学重点：理解几分之一的含义。",
        "三、教学难点：理解“平均分”是认识分数的前提。",
        "四、教具：圆形纸片、长方形纸片、月饼图片。",
        "五、教学过程",
        "1. 情境导入：把4个苹果平均分给2个小朋友，每人分几个？把1个月饼平均分给2个人呢？",
        "2. 动手操作：把一张圆形纸片对折，涂出它的二分之一。",
        "3. 比较大小：二分之一和四分之一哪个大？说说你的理由。",
        "4. 练习：完成课本第90页“做一做”第1、2题。",
        "5. 课堂小结：今天我们认识了什么？你有什么收获？",
        "六、作业：练习册第45页。",
        "",
        "Unit 3 My friends 教学设计（四年级上册）",
        "Teaching aims: Students can describe their friends with tall, short, thin, strong, quiet.",
        "Key sentences: He is tall and strong. She has long hair. Who is he? He is my friend.",
        "Warm-up: Sing the song “Friends” together.",
        "Presentation: Show pictures and guess: Who is he? What is he like?",
        "Practice: Pair work, describe a classmate and let your partner guess.",
        "Homework: Draw your good friend and write three sentences.",
        "",
        "《认识时间》说课稿要点（一年级下册）",
        "本课的知识基础是学生已经认识整时，本节课认识几时几分。",
        "采用“观察—操作—交流”的方式，让学生拨一拨钟面，说一说时间。",
        "练习设计由易到难：认读钟面、拨出时间、解决生活中的问题。",
        "教学反思：部分学生对分针指向数字与分钟数的关系掌握不牢，需加强练习。",
        "",
        "物理实验课：测量小灯泡的电功率（九年级）",
        "实验器材：电源、开关、滑动变阻器、电流表、电压表、小灯泡（额定电压2.5V）、导线若干。",
        "实验步骤：按电路图连接电路，闭合开关前滑片置于阻值最大处。",
        "调节滑动变阻器，使电压表示数分别为2V、2.5V、3V，记录电流表示数。",
        "数据处理：根据P=UI计算电功率，比较实际功率与额定功率。",
        "注意事项：电表量程选择正确，实验结束后先断开开关再拆电路。",
        "",
        "高一化学《物质的量》复习提纲",
        "1. 物质的量的单位是摩尔，符号mol。",
        "2. 阿伏加德罗常数约为6.02×10^23 mol^-1。",
        "3. 摩尔质量在数值上等于该物质的相对分子质量，单位为g/mol。",
        "4. 标准状况下，1 mol任何气体的体积约为22.4 L。",
        "5. 物质的量浓度 c=n/V，配制溶液时注意定容和摇匀。",
    ]

    timetable = ["节次,星期一,星期二,星期三,星期四,星期五",
                 "早读(7:30-7:50),语文,英语,语文,英语,语文"]
    subjects = ["语文", "数学", "英语", "道德与法治", "历史", "地理", "生物", "体育", "音乐", "美术", "信息技术"]
    times = ["8:00-8:40", "8:50-9:30", "10:00-10:40", "10:50-11:30", "14:00-14:40", "14:50-15:30", "15:50-16:30"]
    for k, t in enumerate(times, 1):
        if k == 3:
            timetable.append("大课间(9:30-10:00),跑操,跑操,广播操,跑操,广播操")
        if k == 5:
            timetable.append("午休(11:30-14:00),,,,,")
        cells = [f"第{k}节({t})"] + [rng.choice(subjects) for _ in range(5)]
        if k == 7:
            cells[1], cells[5] = "班会", "综合实践"
        timetable.append(",".join(cells))
    timetable.append("课后服务(16:40-17:30),作业辅导,篮球社团,阅读指导,书法社团,作业辅导")

    menu = ["星期,早餐,午餐,晚餐",
            "星期一,牛奶、鸡蛋、花卷,黄焖鸡米饭、清炒白菜、紫菜汤,牛肉面、凉拌黄瓜",
            "星期二,豆浆、油条、茶叶蛋,红烧鱼块、马铃薯丝、番茄蛋汤,水饺、小米粥",
            "星期三,小米粥、包子、咸菜,宫保鸡丁、金针菇炒肉、冬瓜汤,烩面、卤豆干",
            "星期四,牛奶、面包、水煮蛋,白菜豆腐、石锅拌饭、高粱米粥,鸡蛋炒饭、青菜汤",
            "星期五,胡辣汤、水煎包,梅菜扣肉、清炒时蔬、杨梅汁,馄饨、葱油饼",
            "星期六,八宝粥、馒头,土豆牛腩、醋溜白菜、绿豆汤,（休息）",
            "注,本周食材均由定点供应商配送，留样48小时,,",
            "说明,如有食物过敏请提前告知食堂,,"]

    exams = ["日期,时间,科目,年级,考场,监考安排"]
    rooms = ["明德楼101-110", "明德楼201-210", "至善楼101-112", "至善楼201-212", "博学楼301-308"]
    for day, slots in ((13, [("8:30-11:00", "语文"), ("15:00-17:00", "数学")]),
                       (14, [("8:30-10:30", "英语"), ("15:00-16:30", "物理"), ("16:50-18:20", "化学")]),
                       (15, [("8:30-10:00", "道德与法治"), ("10:20-11:50", "历史"), ("15:00-16:30", "地理"),
                             ("16:50-17:50", "生物")])):
        for t, subj in slots:
            for grade in ("七年级", "八年级", "九年级"):
                if grade == "七年级" and subj in ("物理", "化学"):
                    continue
                if grade == "八年级" and subj == "化学":
                    continue
                exams.append(f"{year + 1}-01-{day},{t},{subj},{grade},{rng.choice(rooms)},"
                             f"{rng.choice(['年级统一安排', '各班班主任', '任课教师交叉监考'])}")

    textbook = [
        "李白（701—762），字太白，号青莲居士，唐代伟大的浪漫主义诗人，被后人誉为“诗仙”。",
        "他的诗想象丰富，语言流转自然，代表作有《静夜思》《望庐山瀑布》《早发白帝城》等。",
        "杜甫（712—770），字子美，唐代伟大的现实主义诗人，与李白合称“李杜”。",
        "杜甫的诗深刻反映了社会的动荡和人民的疾苦，被誉为“诗史”。",
        "鲁迅先生（1881—1936），原名周树人，浙江绍兴人，是我国现代文学的奠基人。",
        "《从百草园到三味书屋》回忆了作者童年的生活，表达了对自然的热爱和对知识的追求。",
        "孔子名丘，字仲尼，春秋时期鲁国人，是儒家学派的创始人。",
        "《论语》是记录孔子及其弟子言行的书，共二十篇。",
        "“三人行，必有我师焉。择其善者而从之，其不善者而改之。”",
        "诸葛亮字孔明，三国时期蜀汉丞相，他的《出师表》表达了对国家的忠诚。",
        "司马迁用毕生心血写成《史记》，鲁迅称之为“史家之绝唱，无韵之离骚”。",
        "雷锋同志全心全意为人民服务的精神，永远值得我们学习。",
        "张衡是东汉时期的科学家，他发明的地动仪能测出地震发生的方位。",
        "祖冲之是南北朝时期的数学家，他把圆周率精确到3.1415926和3.1415927之间。",
        "李时珍历时二十七年，写成了药物学巨著《本草纲目》。",
        "詹天佑主持修建的京张铁路，是我国自行设计和建造的第一条干线铁路。",
        "在青龙桥附近，他设计了“人”字形线路，解决了火车爬坡的难题。",
        "郑和率领船队七次远航，最远到达非洲东海岸和红海沿岸。",
        "苏轼，字子瞻，号东坡居士，北宋文学家、书画家。",
        "“横看成岭侧成峰，远近高低各不同。不识庐山真面目，只缘身在此山中。”",
        "陆游在《示儿》中写道：“王师北定中原日，家祭无忘告乃翁。”",
        "文天祥在《过零丁洋》中留下了“人生自古谁无死，留取丹心照汗青”的名句。",
        "朱自清先生的《春》描绘了一幅生机勃勃的春景图。",
        "老舍先生笔下的济南的冬天，温晴而可爱。",
        "长江发源于青藏高原的唐古拉山脉，全长约6300千米，是我国第一长河。",
        "黄河是中华民族的母亲河，流经青海、四川、甘肃、宁夏、内蒙古、陕西、山西、河南、山东九个省区。",
        "黄山位于安徽省南部，以奇松、怪石、云海、温泉“四绝”闻名于世。",
        "桂林山水甲天下，漓江的水静、清、绿，桂林的山奇、秀、险。",
        "北京是我国的首都，是全国的政治中心、文化中心、国际交往中心和科技创新中心。",
        "西安古称长安，是十三朝古都，兵马俑被誉为“世界第八大奇迹”。",
        "洛阳龙门石窟与敦煌莫高窟、大同云冈石窟并称为中国三大石窟。",
        "郑州地处中原，是我国重要的交通枢纽，有“火车拉来的城市”之称。",
        "杭州西湖有“苏堤春晓”“断桥残雪”“三潭印月”等著名景点。",
        "秦始皇统一六国后，统一了文字、货币和度量衡。",
        "张骞出使西域，开辟了丝绸之路，促进了东西方的经济文化交流。",
        "蔡伦改进造纸术，使纸成为普遍使用的书写材料。",
        "毕昇发明了活字印刷术，比欧洲早约四百年。",
        "林则徐虎门销烟，显示了中华民族反抗外来侵略的坚强意志。",
        "孙中山先生提出了“民族、民权、民生”的三民主义。",
        "钱学森冲破重重阻挠回到祖国，为我国航天事业作出了杰出贡献。",
        "袁隆平院士培育的杂交水稻，为解决粮食问题作出了巨大贡献。",
        "杨利伟乘坐神舟五号飞船进入太空，实现了中华民族千年的飞天梦想。",
        "《西游记》讲述了唐僧师徒四人西天取经的故事，孙悟空神通广大、嫉恶如仇。",
        "《三国演义》中，刘备、关羽、张飞桃园三结义的故事家喻户晓。",
        "《水浒传》中的武松在景阳冈打死了一只老虎，成为远近闻名的英雄。",
        "王羲之的《兰亭序》被誉为“天下第一行书”。",
        "屈原的《离骚》是我国古代最长的抒情诗。",
        "岳飞的《满江红》抒发了收复失地的壮志豪情。",
        "华罗庚从一名初中毕业生自学成为著名的数学家。",
        "课后思考：你从这些历史人物身上学到了哪些品质？请写一篇300字左右的读后感。",
    ]

    minutes = [
        f"{school}行政办公会会议纪要",
        f"时间：{year}年9月6日（星期五）下午3:00",
        "地点：行政楼三楼会议室",
        "参会人员：校长、副校长、各处室主任、各年级组长",
        "主持人：校长",
        "记录：校长办公室",
        "一、开学工作总结",
        "本学期各年级已于9月1日正常开学，学生报到率为99.6%，教材发放到位。",
        "新生入学教育和军训已顺利完成，总体情况良好。",
        "二、教学常规管理",
        "教务处通报了开学第一周的教学常规检查情况，各教研组教案齐全，作业批改及时。",
        "会议要求各年级严格执行课程计划，不得随意增减课时，控制书面作业总量。",
        "三、安全工作",
        "德育处强调：每天上午、下午各进行一次晨午检，发现问题及时上报。",
        "上下学时段安排值班人员在校门口疏导交通，确保学生安全。",
        "消防器材每月检查一次，疏散通道保持畅通。",
        "四、课后服务",
        "课后服务参与率为86%，下一步要丰富社团活动内容，增加科技类和艺术类课程。",
        "五、近期重点工作",
        "1. 9月10日教师节庆祝活动，由工会负责组织。",
        "2. 9月下旬召开新学期家长会，各班提前做好准备。",
        "3. 10月中旬举办秋季运动会，体育组负责编排秩序册。",
        "4. 月底前完成学籍信息核对，做到信息准确、手续完备。",
        "",
        "高一年级组教研活动记录",
        f"时间：{year}年10月{rng.randint(8, 12)}日 第七节",
        "地点：至善楼二楼教研室",
        "参加人员：高一年级全体班主任和任课教师",
        "议题一：月考成绩分析",
        "本次月考年级平均分语文98.5分、数学92.3分、英语101.2分，数学学科两极分化较明显。",
        "各班要针对学困生制定帮扶计划，利用自习时间进行个别辅导。",
        "议题二：住校生管理",
        "宿舍管理员反映个别宿舍熄灯后仍有说话现象，班主任要加强教育。",
        "议题三：下月工作安排",
        "开展“书香校园”读书月活动，每班推荐两篇优秀读后感参加年级评选。",
        "组织学生参观科技馆，做好出行安全预案。",
        "",
        "家委会第一次会议纪要",
        "会议讨论了本学期家委会工作计划，决定成立安全护学岗、图书角和活动策划三个小组。",
        "护学岗每天早上7:20—7:50在校门口值守，由各班家长轮流参加。",
        "会议提醒：班级群内不发布与学习无关的广告信息，不攀比、不送礼。",
        "下次会议时间另行通知。",
    ]

    files = [("clean/notices.txt", notices), ("clean/lesson_plans.txt", lesson), ("clean/timetable.csv", timetable),
             ("clean/canteen_menu.csv", menu), ("clean/exam_schedule.csv", exams), ("clean/textbook.txt", textbook),
             ("clean/meeting_minutes.txt", minutes)]
    for path, lines in files:
        out.add(path, "clean", lines, [])


# --- README and LABELS -------------------------------------------------------------------------------

FILE_NOTES = {
    "name_columns.csv": "a school-wide roster with a header row: 学生姓名, Name (pinyin, varied styles), 家长姓名, "
                        "监护人, 联系人, 班主任 and 家庭住址, with 2-, 3- and 4-character names, compound surnames, "
                        "rare surnames and Uyghur/Kazakh-style names with a middle dot; placeholders (空, 无, 同上, "
                        "待定, 不详, 见附件, —, /, 未填写 …), relations (父亲, 外婆) and a few phone numbers typed "
                        "into 联系人 that are not names",
    "headerless_records.csv": "rows without a header row: name, 性别, ID, phone, address, class; 序号, class, name, "
                              "phone, relation; name, ID; name, phone, address; mixed with rows of course and "
                              "timetable words (no personal value: nothing to find) and surname-only contacts "
                              "(张老师, 李主任 with a mobile: not full names)",
    "free_text_names.txt": "one sentence per line of school text: about half name a person in a cue context "
                           "(同学, 老师, 家长, 学生, 先生, 女士, 之子, 之女, 姓名：, 联系人：, 监护人：, a phone in "
                           "parentheses, a class before the name); the rest are hard negatives: ordinary words "
                           "that begin with a surname character (周末老师…, 高兴同学们…), surnames alone (王老师, "
                           "小王同学), historical and public figures (李白, 鲁迅先生, 雷锋同志)",
    "addresses.txt": "one line each: home addresses alone and in sentences (full, abbreviated, county/town/village/"
                     "group, estate/building/unit/room, 街道/社区 forms); negatives: schools' own addresses in "
                     "letterheads and footers, rooms and buildings (教学楼302室), roads without numbers, place "
                     "names alone, bus and metro lines, dates (9月3号), groups and textbook units",
    "address_columns.csv": "a table with 姓名, 家庭住址, 现住址, 户籍地址, 通讯地址 and Address columns: every "
                           "real address cell is labelled, including short or partial ones (金水区文化路12号, "
                           "李楼村三组, 5-2-301 forms); placeholders (无, 同上, 不详, 同家庭住址) are not",
}


def readme(out: Out) -> str:
    counts: dict[tuple[str, str], int] = {}
    for lab in out.labels:
        cat = out.files[lab["path"]][0]
        counts[(cat, lab["kind"])] = counts.get((cat, lab["kind"]), 0) + 1
    rows = []
    for path, (cat, lines) in out.files.items():
        n_name = sum(1 for lab in out.labels if lab["path"] == path and lab["kind"] == "name")
        n_addr = sum(1 for lab in out.labels if lab["path"] == path and lab["kind"] == "address")
        rows.append(f"| `{path}` | `{cat}` | {len(lines)} | {n_name} | {n_addr} |")
    clean_lines = sum(sum(1 for x in lines if x.strip()) for cat, lines in out.files.values() if cat == "clean")
    notes = "\n".join(f"- `{p}`: {t}." for p, t in FILE_NOTES.items())
    return f"""# Labelled fixtures for the name and address detectors

**Everything here is synthetic.** These files were written by `scripts/make_labelled_fixtures.py`
(fixed seed {SEED}); no value was copied from a real record. Names come from the script's own
pools (common, less common, rare and compound surnames, given-name characters, older-style given
names, Uyghur/Kazakh-style names), resident ID numbers from real GB/T 2260 county codes
(`patterns/cn_regions.txt`) with random birth dates and the GB 11643 MOD 11-2 check character,
mobile numbers from allocated segments (`patterns/mobile_segments.txt`) with random tails,
addresses from real province/city/county names followed by invented roads, estates, towns,
villages and house numbers. Any match with a real person or home is a coincidence.

Do not edit these files by hand: change the generator and run it again.

```sh
python3 scripts/make_labelled_fixtures.py           # rewrite fixtures/labelled/
python3 scripts/make_labelled_fixtures.py --check   # regenerate into a temp dir, compare, validate
```

## Files

| file | category | lines | `name` labels | `address` labels |
| --- | --- | ---: | ---: | ---: |
{chr(10).join(rows)}

{notes}
- `clean/`: notices, lesson plans, a timetable, a canteen menu, an exam schedule, textbook passages
  (historical figures, places) and meeting minutes with no personal data at all
  ({clean_lines} non-empty lines). They hold dates, times, scores, rooms, class names and one
  organisation's consultation line (招生咨询电话：0371-…, organisational, not reported by default).
  **Every finding of any kind in `clean/` is a false positive.**
- `.leakscanignore`: keeps `LABELS.jsonl` and this README out of the scan.

Details worth knowing when reading the scores: line 1 of `headerless_records.csv` is a data row
(a reader that takes the first row for a header misses it); in `name_columns.csv` the 班主任 cell
is mostly filled only on a class's first row (as exported from merged cells), some 班主任 cells
hold a surname alone (王老师: not a full name) and three 联系人 cells hold a mobile number (not a
name, not labelled); the two sides of 之子/之女 and both names of "学生A、学生B" are labelled.

IDs, mobiles and birth dates in the tables are real-looking (they are found by the existing
detectors) but are not labelled: only `name` and `address` values are. The `record` kind (a row
or line joining a name with an ID, phone, address or birth date) is not labelled or scored either.

## Categories

| category | what it measures | target |
| --- | --- | --- |
| `name_column` | names under a name header (姓名, 学生姓名, 家长姓名, 监护人, 联系人, 班主任, Name) | name P ≥ 0.99, R ≥ 0.99 |
| `name_record` | names in a headerless row that holds another personal value | reported, no target |
| `name_free_text` | names in running text next to a cue | name P ≥ 0.95, R ≥ 0.85 |
| `address` | home addresses in text and address columns | all address labels of every file: P ≥ 0.95, R ≥ 0.90 |
| `clean` | text with no personal data | zero findings |

## Label format

`LABELS.jsonl` holds one JSON object per line. First one line per scanned file:

```json
{{"type":"file","path":"name_columns.csv","category":"name_column"}}
```

then one line per expected value:

```json
{{"type":"label","path":"name_columns.csv","line":5,"kind":"name","value":"…"}}
```

`path` is relative to `fixtures/labelled`; `line` is the 1-based physical line where the value
starts; `kind` is `name` or `address`; `value` is the exact text as it appears (a CSV cell
without quotes: no cell here needs quoting). Several labels may share a line (a roster row holds
a student, a parent and an address); two labels with the same value on one line stand for two
occurrences. Label counts: {", ".join(f"{c}/{k} {n}" for (c, k), n in sorted(counts.items()))}.

## Scoring

```sh
python3 scripts/evaluate_detection.py                       # scans with .build/release/leakscan
python3 scripts/evaluate_detection.py --verbose             # also lists every FP and FN
python3 scripts/evaluate_detection.py --json                # metrics as one JSON object
python3 scripts/evaluate_detection.py --binary PATH fixtures/labelled
```

The script runs `leakscan scan --format jsonl --show-values --lang en --threads 1 fixtures/labelled`.
A `name` finding matches an unused label with the same path, line and kind and an equal value;
an `address` finding matches when the values overlap substantially (one contains the other, or
their longest common substring covers at least 60% of the label). Unmatched findings are false
positives, unmatched labels false negatives. In `clean/` every finding of any kind counts. Exit
status: 0 all targets met, 1 a target missed, 2 usage or run error.
"""


def render(out: Out) -> dict[str, bytes]:
    files: dict[str, bytes] = {}
    for path, (_, lines) in out.files.items():
        files[path] = ("\n".join(lines) + "\n").encode("utf-8")
    lab_lines = [json.dumps({"type": "file", "path": p, "category": c}, ensure_ascii=False, separators=(",", ":"))
                 for p, (c, _) in out.files.items()]
    lab_lines += [json.dumps(lab, ensure_ascii=False, separators=(",", ":")) for lab in out.labels]
    files["LABELS.jsonl"] = ("\n".join(lab_lines) + "\n").encode("utf-8")
    files["README.md"] = readme(out).encode("utf-8")
    files[".leakscanignore"] = ("# The labels and their description name the planted values: not scanned.\n"
                                "LABELS.jsonl\nREADME.md\n").encode("utf-8")
    return files


def build() -> Out:
    out = Out()
    build_name_columns(out)
    build_headerless(out)
    build_free_text(out)
    build_addresses(out)
    build_address_columns(out)
    build_clean(out)
    return out


# --- Validation -----------------------------------------------------------------------------------

ID_RUN = re.compile(r"(?<![0-9])\d{17}[0-9Xx](?![0-9A-Za-z])")
DIGIT_RUN = re.compile(r"\d+")


def validate(outdir: str) -> list[str]:
    """Checks the files as written. Returns a list of problems (empty when all is well)."""
    problems = []
    with open(os.path.join(outdir, "LABELS.jsonl"), encoding="utf-8") as f:
        entries = [json.loads(line) for line in f]
    files = {e["path"]: e["category"] for e in entries if e["type"] == "file"}
    labels = [e for e in entries if e["type"] == "label"]
    texts = {}
    for path in files:
        with open(os.path.join(outdir, path), "rb") as f:
            raw = f.read()
        if b"\r" in raw:
            problems.append(f"{path}: CR in file (LF only)")
        text = raw.decode("utf-8")
        texts[path] = text.split("\n")
        if not text.endswith("\n"):
            problems.append(f"{path}: no final newline")
    # labels: value on its line; for CSV a whole cell; enough occurrences for repeated values
    seen: dict[tuple[str, int, str], int] = {}
    for lab in labels:
        path, line, value = lab["path"], lab["line"], lab["value"]
        if path not in files:
            problems.append(f"label for unknown file {path}")
            continue
        if lab["kind"] not in ("name", "address"):
            problems.append(f"{path}:{line}: kind {lab['kind']}")
        if files[path] == "clean":
            problems.append(f"{path}:{line}: label in a clean file")
        lines = texts[path]
        if not 1 <= line <= len(lines) - 1:
            problems.append(f"{path}:{line}: line out of range")
            continue
        text = lines[line - 1]
        key = (path, line, value)
        seen[key] = seen.get(key, 0) + 1
        if path.endswith(".csv"):
            cells = next(csv.reader([text]))
            have = cells.count(value)
        else:
            have = text.count(value)
        if have < seen[key]:
            problems.append(f"{path}:{line}: value {value!r} not on the line (or fewer times than labelled)")
    # IDs and mobiles
    n_ids = n_mobiles = 0
    for path, lines in texts.items():
        for n, text in enumerate(lines, 1):
            for m in ID_RUN.finditer(text):
                s = m.group(0)
                n_ids += 1
                ok = id_valid(s) and s[:6] in CURRENT_CODES
                try:
                    born = date(int(s[6:10]), int(s[10:12]), int(s[12:14]))
                    ok = ok and date(1950, 1, 1) <= born <= date(2020, 12, 31)
                except ValueError:
                    ok = False
                if not ok:
                    problems.append(f"{path}:{n}: invalid resident ID {s}")
            compact = re.sub(r"(?<=\d)[ -](?=\d)", "", text)
            for m in DIGIT_RUN.finditer(compact):
                s = m.group(0)
                if len(s) == 11 and s.startswith("1"):
                    n_mobiles += 1
                    if not any(s.startswith(p) for p in ALL_SEGMENTS):
                        problems.append(f"{path}:{n}: mobile {s} not on an allocated segment")
                elif len(s) > 8 and not (len(s) == 18 and id_valid(s)) and not (len(s) == 17 and ID_RUN.search(text)) \
                        and not (s.startswith("0") and 10 <= len(s) <= 12):
                    problems.append(f"{path}:{n}: unexpected digit run {s}")
            if files[path] == "clean":
                if re.search(r"\d{9,}", text) or (re.search(r"\d{11,}", compact) and "咨询电话" not in text):
                    problems.append(f"{path}:{n}: long digit run in a clean file")
                if "@" in text or re.search(r"(出生|生日|birth|身份证|证件).{0,12}\d", text, re.I):
                    problems.append(f"{path}:{n}: personal keyword in a clean file")
    clean_lines = sum(1 for p, c in files.items() if c == "clean" for x in texts[p] if x.strip())
    if clean_lines < 220:
        problems.append(f"clean/ has {clean_lines} non-empty lines (< 220)")
    free = [p for p, c in files.items() if c == "name_free_text"]
    for p in free:
        if len([x for x in texts[p] if x.strip()]) < 250:
            problems.append(f"{p}: fewer than 250 lines")
    for p, c in files.items():
        if p == "addresses.txt" and len([x for x in texts[p] if x.strip()]) < 150:
            problems.append(f"{p}: fewer than 150 lines")
    total = 0
    for dirpath, _, names in os.walk(outdir):
        for n in names:
            total += os.path.getsize(os.path.join(dirpath, n))
    if total > 330 * 1024:
        problems.append(f"folder is {total} bytes (> 330 KiB)")
    if n_ids == 0 or n_mobiles == 0:
        problems.append("no IDs or mobiles found: validation is broken")
    return problems


def write(outdir: str) -> dict[str, bytes]:
    out = build()
    files = render(out)
    for rel, data in files.items():
        path = os.path.join(outdir, rel)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "wb") as f:
            f.write(data)
    return files


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", default=DEFAULT_OUT, help="output directory (default fixtures/labelled)")
    ap.add_argument("--check", action="store_true",
                    help="regenerate into a temporary directory and compare with --out, byte by byte")
    a = ap.parse_args(argv)
    if a.check:
        with tempfile.TemporaryDirectory() as tmp:
            files = write(tmp)
            bad = []
            for rel in sorted(files):
                target = os.path.join(a.out, rel)
                if not os.path.exists(target):
                    bad.append(f"missing: {rel}")
                elif not filecmp.cmp(os.path.join(tmp, rel), target, shallow=False):
                    bad.append(f"differs: {rel}")
            for dirpath, _, names in os.walk(a.out):
                for n in names:
                    rel = os.path.relpath(os.path.join(dirpath, n), a.out).replace(os.sep, "/")
                    if rel not in files:
                        bad.append(f"not generated: {rel}")
            problems = validate(a.out) if not any(b.startswith("missing: LABELS") for b in bad) else []
        for b in bad + problems:
            print(b, file=sys.stderr)
        if bad or problems:
            print(f"check failed: {len(bad)} file differences, {len(problems)} validation problems", file=sys.stderr)
            return 1
        print(f"check ok: {len(files)} files identical to a fresh run, labels and values valid")
        return 0
    files = write(a.out)
    problems = validate(a.out)
    for p in problems:
        print(p, file=sys.stderr)
    n_labels = files["LABELS.jsonl"].count(b'"type":"label"')
    print(f"wrote {len(files)} files, {n_labels} labels, {sum(len(b) for b in files.values())} bytes to {a.out}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
