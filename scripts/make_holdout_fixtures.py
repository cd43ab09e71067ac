#!/usr/bin/env python3
"""Writes fixtures/labelled_holdout/: a second, held-out labelled corpus for leakscan's `name` and
`address` detectors, in the format of fixtures/labelled (LABELS.jsonl, .leakscanignore, README.md).

Everything is synthetic. The documents below (group-chat messages, notices, minutes, leave notes,
award lists, certificates, rosters, records, addresses, clean school texts) were written for this
file, independently of scripts/make_labelled_fixtures.py and of the detectors; personal values are
drawn from this script's own pools with a fixed seed. Resident ID numbers use real county codes from
patterns/cn_regions.txt and the GB 11643 MOD 11-2 check character; addresses use real
province/city/county names from the same file followed by invented roads, estates, towns, villages
and house numbers.

Usage (Python 3 standard library only):
    python3 scripts/make_holdout_fixtures.py            # (re)write fixtures/labelled_holdout/
    python3 scripts/make_holdout_fixtures.py --check    # regenerate into a temp dir, compare, validate
    python3 scripts/make_holdout_fixtures.py --out DIR  # write somewhere else
"""

from __future__ import annotations

import argparse
import filecmp
import json
import os
import random
import re
import sys
import tempfile
from datetime import date, timedelta

SEED = 20250611
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEFAULT_OUT = os.path.join(ROOT, "fixtures", "labelled_holdout")
REGIONS_FILE = os.path.join(ROOT, "patterns", "cn_regions.txt")
MAX_BYTES = 200 * 1024   # scanned files ~85 KB; LABELS.jsonl is the larger part

# --- Name pools ------------------------------------------------------------------------------------

# Surnames with their pinyin, in three tiers of frequency (tier 1 most common).
SURNAMES_1 = ("王wang 李li 张zhang 刘liu 陈chen 杨yang 黄huang 赵zhao 吴wu 周zhou 徐xu 孙sun 马ma 朱zhu "
              "胡hu 郭guo 何he 高gao 林lin 罗luo 郑zheng 梁liang 谢xie 宋song 唐tang 许xu 韩han 冯feng "
              "邓deng 曹cao 彭peng 曾zeng 肖xiao 田tian 董dong 袁yuan 潘pan 于yu 蒋jiang 蔡cai")
SURNAMES_2 = ("余yu 杜du 叶ye 程cheng 苏su 魏wei 吕lyu 丁ding 任ren 沈shen 姚yao 卢lu 姜jiang 崔cui "
              "钟zhong 谭tan 陆lu 汪wang 范fan 金jin 石shi 廖liao 贾jia 夏xia 韦wei 付fu 方fang 白bai "
              "邹zou 孟meng 熊xiong 秦qin 邱qiu 江jiang 尹yin 薛xue 闫yan 段duan 雷lei 侯hou 龙long 史shi "
              "陶tao 黎li 贺he 顾gu 毛mao 郝hao 龚gong 邵shao 万wan 钱qian 严yan 覃qin 武wu 戴dai 莫mo "
              "孔kong 向xiang 汤tang 常chang 温wen 康kang 施shi 文wen 牛niu 樊fan 葛ge 邢xing 安an 齐qi "
              "易yi 乔qiao 伍wu 庞pang 颜yan 倪ni 庄zhuang 聂nie 章zhang")
SURNAMES_3 = ("鲁lu 岳yue 翟zhai 殷yin 詹zhan 申shen 欧ou 耿geng 关guan 兰lan 焦jiao 俞yu 左zuo 柳liu "
              "甘gan 祝zhu 包bao 宁ning 尚shang 符fu 舒shu 阮ruan 柯ke 纪ji 梅mei 童tong 凌ling 毕bi "
              "单shan 季ji 裴pei 霍huo 涂tu 成cheng 苗miao 谷gu 盛sheng 曲qu 翁weng 冉ran 骆luo 蓝lan "
              "路lu 游you 辛xin 靳jin 管guan 柴chai 蒙meng 鲍bao 华hua 喻yu 祁qi 蒲pu 房fang 滕teng "
              "屈qu 饶rao 解xie 牟mou 艾ai 尤you 阳yang 时shi 穆mu 农nong 司si 卓zhuo 古gu 吉ji "
              "缪miao 简jian 车che 项xiang 连lian 芦lu 麦mai 褚chu 娄lou 窦dou 戚qi 岑cen 景jing 党dang "
              "宫gong 费fei 卜bu 冷leng 晏yan 席xi 卫wei 米mi 柏bai 宗zong 瞿qu 桂gui 全quan 佟tong "
              "应ying 臧zang 闵min 苟gou 邬wu 边bian 卞bian 姬ji 师shi 仇qiu 栾luan 隋sui 商shang "
              "刁diao 沙sha 荣rong 巫wu 寇kou 桑sang 郎lang 甄zhen 丛cong 仲zhong 虞yu 敖ao 巩gong "
              "佘she 池chi 查zha 麻ma 苑yuan 迟chi 邝kuang 官guan 封feng 谈tan 匡kuang 鞠ju 惠hui "
              "荆jing 冀ji 郁yu 胥xu 南nan 班ban 储chu 原yuan 栗li 燕yan 楚chu 鄢yan 劳lao 谌chen "
              "奚xi 皮pi 粟su 冼xian 蔺lin 楼lou 盘pan 满man 闻wen 厉li 伊yi 仝tong 郜gao 阚kan "
              "权quan 帅shuai 屠tu 豆dou 朴piao 练lian 廉lian 禹yu 井jing 祖zu 漆qi 巴ba 丰feng "
              "支zhi 卿qing 狄di 计ji 索suo 宣xuan 晋jin 初chu 云yun 容rong 敬jing 扈hu 晁chao 芮rui "
              "阙que 浦pu 戈ge 伏fu 鹿lu 薄bo 邸di 雍yong 辜gu 裘qiu 亓qi 修xiu 邰tai 赫he 杭hang "
              "况kuang 宿su 印yin 逯lu 茹ru 战zhan 危wei 亢kang 嵇ji 湛zhan 宾bin 戎rong 茅mao "
              "揭jie 尉wei 冶ye 束shu 檀tan 衣yi 展zhan 昝zan 智zhi 幸xing 奉feng 衡heng 尧yao 闭bi")
COMPOUND_SURNAMES = ("欧阳ouyang 司马sima 上官shangguan 诸葛zhuge 夏侯xiahou 皇甫huangfu 慕容murong "
                     "令狐linghu 东方dongfang 端木duanmu 宇文yuwen 尉迟yuchi 公孙gongsun 司徒situ 独孤dugu")

# Given-name characters with their pinyin.
GIVEN = ("子zi 一yi 可ke 文wen 安an 乐le 之zhi 宇yu 轩xuan 浩hao 然ran 梓zi 涵han 欣xin 怡yi 思si 雨yu "
         "晨chen 嘉jia 佳jia 俊jun 博bo 睿rui 泽ze 铭ming 昊hao 天tian 杰jie 逸yi 辰chen 皓hao 宸chen "
         "豪hao 鑫xin 磊lei 阳yang 鹏peng 飞fei 凯kai 明ming 亮liang 伟wei 强qiang 军jun 平ping 刚gang "
         "勇yong 峰feng 斌bin 涛tao 波bo 华hua 建jian 国guo 志zhi 红hong 丽li 芳fang 敏min 静jing "
         "婷ting 雪xue 燕yan 玲ling 霞xia 娟juan 艳yan 萍ping 琳lin 颖ying 慧hui 洁jie 倩qian 瑶yao "
         "蕾lei 璐lu 薇wei 彤tong 妍yan 萱xuan 馨xin 悦yue 琪qi 诗shi 语yu 梦meng 晴qing 玥yue 沐mu "
         "依yi 若ruo 汐xi 瑾jin 熙xi 朵duo 果guo 桐tong 杉shan 诺nuo 言yan 书shu 墨mo 清qing 澄cheng "
         "远yuan 航hang 宁ning 康kang 健jian 诚cheng 毅yi 锦jin 程cheng 恒heng 煜yu 炜wei 彬bin 林lin "
         "森sen 楠nan 岩yan 坤kun 晟sheng 宏hong 振zhen 永yong 春chun 秋qiu 冬dong 月yue 星xing 凡fan "
         "帆fan 舟zhou 启qi 知zhi 景jing 川chuan 卓zhuo 越yue 芮rui 苒ran 禾he 希xi 艺yi 尔er "
         "怀huai 承cheng 德de 仁ren 义yi 谦qian 柔rou 露lu 霖lin 枫feng 松song 柏bai 竹zhu 兰lan "
         "菊ju 梅mei 莲lian 荷he 蓉rong 琦qi 瑜yu 璇xuan 珂ke 琰yan 珊shan 莹ying 霏fei 菲fei 韵yun "
         "曦xi 昕xin 晗han 暄xuan 玮wei 钰yu 骏jun 驰chi 麟lin 凤feng 鸿hong 鹤he 雁yan 岚lan 峻jun "
         "崇chong 泓hong 澜lan 淼miao 溪xi 潇xiao 洋yang 海hai 江jiang 湘xiang 蕊rui 茜qian 芸yun "
         "茗ming 蓓bei 琴qin 韬tao 奕yi 彦yan 钧jun 铎duo 硕shuo 朗lang 旭xu 晖hui 昭zhao 灿can "
         "焕huan 新xin 秀xiu 美mei 英ying 桂gui 兵bing 东dong 金jin 玉yu 淑shu 荣rong 福fu 生sheng "
         "祥xiang 根gen 喜xi 贵gui 有you 忠zhong 保bao 小xiao 晓xiao 宝bao 瀚han 沛pei 昱yu 翊yi "
         "翰han 锐rui 钦qin 筱xiao 婉wan 姝shu 娴xian 媛yuan 嫣yan 姗shan 歆xin 苡yi 芊qian 予yu "
         "屿yu 栩xu 煊xuan 烨ye 焱yan 垚yao")

# Two-character combinations that read as ordinary words: never produced as a full name.
WORDLIKE = set("高明 文明 平安 安宁 康宁 明星 文艺 白雪 高远 高峰 海洋 江海 金星 安康 方圆 平凡 常青 林海 高洁 "
               "宁静 文静 明天 华丽 高亮 金秋 金华 向阳 金鑫 白云 龙飞 高飞 秦川 安然 文书 文言 文化 高新 "
               "明亮 江南 乐天 于是 常春 黄金 金玉 白玉 马兰 宁夏 石林 高兴 平和 安心 文秀 金银 江洋 "
               "史诗 夏天 夏雨 秋雨 冬雪 春雨 春晖 宋书 任意 和平 景德 高雅 高尚 温和 温馨 温柔 安详 "
               "白露 文彬 成功 成才 成林 成熟 成语".split())

# Uyghur/Kazakh-style names: own name, father's name, written with a middle dot, with the usual
# romanisation (used in the English column).
MINORITY_GIVEN = ("阿依古丽:Ayiguli 艾力:Aili 热依拉:Reyila 迪丽努尔:Dilinuer 买尔旦:Maierdan "
                  "帕提古丽:Patiguli 吾斯曼:Wusiman 努尔兰:Nuerlan 阿力木:Alimu 米热阿依:Mireayi "
                  "依明:Yiming 萨比拉:Sabila 吐尔洪:Tuerhong 叶尔兰:Yeerlan 阿娜尔:Anaer 加依娜:Jiayina "
                  "古再丽:Guzaili 麦合木提:Maihemuti")
MINORITY_FATHER = ("买买提:Maimaiti 吐尔逊:Tuerxun 艾买提:Aimaiti 卡德尔:Kadeer 司马义:Simayi 哈力克:Halike "
                   "依布拉音:Yibulayin 努尔别克:Nuerbieke 托合提:Tuoheti 沙吾提:Shawuti 艾则孜:Aizezi "
                   "热合曼:Reheman 巴合提:Baheti 阿不都:Abudu 居马:Juma")


def _pairs(s: str) -> list[tuple[str, str]]:
    out = []
    for tok in s.split():
        han = "".join(ch for ch in tok if ord(ch) > 0x2E80)
        lat = "".join(ch for ch in tok if ord(ch) < 0x80)
        out.append((han, lat))
    return out


def _colon_pairs(s: str) -> list[tuple[str, str]]:
    return [tuple(tok.split(":")) for tok in s.split()]


SUR1, SUR2, SUR3 = _pairs(SURNAMES_1), _pairs(SURNAMES_2), _pairs(SURNAMES_3)
COMPOUND = _pairs(COMPOUND_SURNAMES)
SUR_PY = dict(SUR1 + SUR2 + SUR3 + COMPOUND)
GIVEN_PY: dict[str, str] = {}
for _h, _p in _pairs(GIVEN):
    GIVEN_PY.setdefault(_h, _p)
GIVEN_CHARS = list(GIVEN_PY)
MIN_GIVEN = _colon_pairs(MINORITY_GIVEN)
MIN_FATHER = _colon_pairs(MINORITY_FATHER)

MOBILE_PREFIXES = ["134", "135", "136", "137", "138", "139", "150", "151", "152", "157", "158", "159",
                   "178", "182", "183", "184", "187", "188", "198", "130", "131", "132", "155",
                   "156", "166", "175", "176", "185", "186", "133", "153", "173", "177", "180", "181",
                   "189", "191", "199"]

ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
ID_CHECK = "10X98765432"

CN_NUM = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二", "十三", "十四", "十五"]

# --- Address pools (invented) -----------------------------------------------------------------------

ROAD_HEADS = ("槐荫 清溪 望湖 金桂 枫林 白鹭 双塘 文昌 长庚 青檀 紫荆 梧桐 杏坛 瑞丰 汇源 丰收 临江 观澜 凤鸣 玉泉 "
              "东升 和顺 安澜 新桥 锦绣 鹤鸣 桃源 翠屏 兴隆 龙腾 云栖 朝晖 泰和 沁园 柳岸 松涛 荷塘 稻香 "
              "春晖 银杏 芙蓉 石榴 樟树 秀水 晓月 碧溪 青莲 明珠").split()
ROAD_TAILS = ["路", "路", "路", "街", "大道", "巷", "东路", "西路", "南路", "北路", "中路", "大街"]
ESTATE_HEADS = ("翠湖 金地 阳光 锦绣 碧水 御景 香樟 南山 滨江 蓝湾 绿城 书香 紫薇 星河 兰亭 枫丹 怡和 万家 "
                "盛世 春风 云锦 澜悦 嘉禾 和园 景苑 悦澜 天悦 融信 馨港 花溪 金桥 湖畔 雅居 龙湾").split()
ESTATE_TAILS = ["花园", "小区", "家园", "新村", "华庭", "公寓", "雅苑", "名邸", "佳苑", "府", "花园二期",
                "小区三期", "苑", "湾", "山庄"]
TOWN_HEADS = ("柳河 石桥 沙坪 清水 白马 龙泉 黄土 杨柳 官庄 新集 三河 高桥 马场 梅溪 桃花 枣林 双河 罗坪 "
              "青山 大湾 曹集 仁和 安乐 永丰 太平 长岭 汤泉 赵集 响水 石门").split()
VILLAGES = ("前进 东风 李家湾 张庄 王营 大柳树 石门 红星 杏花 刘家坝 后沟 新庄 周家岭 陈楼 上坝 下湾 马坊 北塘 "
            "桥头 金沙 何家岗 团结 五里铺 黄泥 高岭 槐树 孙家洼 沙河 梨园 茶园 吴家堡 胜利 枫香 松林").split()
STREET_HEADS = "文峰 东苑 北关 南湖 康乐 桂花 凤凰 长青 兴华 振兴 城南 江北 望江 双桥".split()
COMMUNITIES = "幸福 和平 春晓 翠竹 光明 建新 阳光 紫阳 育才 锦园 丽景 新河".split()
SCHOOL_KINDS = ["第一中学", "第三中学", "第十二中学", "实验小学", "第二实验学校", "外国语学校", "育才初级中学",
                "第四十七中学", "实验中学", "第八小学", "高级中学", "中心小学"]


# --- Regions ---------------------------------------------------------------------------------------------

def load_regions() -> dict:
    names, status = {}, {}
    with open(REGIONS_FILE, encoding="utf-8") as f:
        for line in f:
            if not line.strip() or line.startswith("#"):
                continue
            code, name, st = line.rstrip("\n").split("\t")
            names[code], status[code] = name, st
    provinces, counties = {}, []
    for code, name in names.items():
        if status[code] != "current" or code[:2] in ("71", "81", "82", "83"):
            continue
        if code.endswith("0000"):
            provinces[code[:2]] = name
    for code in sorted(names):
        name = names[code]
        if status[code] != "current" or code[:2] not in provinces:
            continue
        if code.endswith("00") or name in ("市辖区", "县"):
            continue
        prov = provinces[code[:2]]
        city_code = code[:4] + "00"
        if code[:2] in ("11", "12", "31", "50"):
            city = None
        else:
            city = names.get(city_code)
            if not city or status.get(city_code) != "current" or "直辖" in city:
                continue
            if not city.endswith(("市", "州", "地区", "盟")):
                continue
        counties.append((code, prov, city, name))
    return {"counties": counties}


# --- Generator ---------------------------------------------------------------------------------------------

class Gen:
    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.regions = load_regions()
        self.counties = self.regions["counties"]
        self.rural = [c for c in self.counties if c[3].endswith("县") and c[2]]
        self.urban = [c for c in self.counties if c[3].endswith("区") and c[2]]
        self.muni = [c for c in self.counties if c[2] is None]
        self.used_names: set[str] = set()
        self.used_mobiles: set[str] = set()
        self.last_name: tuple[str, str, str] | None = None   # (han, surname, given)
        self.school_county = None

    # names
    def surname(self) -> str:
        r = self.rng.random()
        if r < 0.52:
            return self.rng.choice(SUR1)[0]
        if r < 0.82:
            return self.rng.choice(SUR2)[0]
        if r < 0.955:
            return self.rng.choice(SUR3)[0]
        return self.rng.choice(COMPOUND)[0]

    def given(self, n: int) -> str:
        rng = self.rng
        if n == 1:
            return rng.choice(GIVEN_CHARS)
        if rng.random() < 0.04:
            c = rng.choice(GIVEN_CHARS)
            return c + c
        a = rng.choice(GIVEN_CHARS)
        b = rng.choice(GIVEN_CHARS)
        while b == a:
            b = rng.choice(GIVEN_CHARS)
        return a + b

    def name(self, surname: str | None = None, length: int | None = None, compound: bool = False) -> tuple:
        """Returns (han, surname, given), never used before."""
        for _ in range(1000):
            s = surname or (self.rng.choice(COMPOUND)[0] if compound else self.surname())
            if length is not None:
                n = length - len(s)
            else:
                n = 1 if self.rng.random() < 0.2 else 2
            if n < 1:
                n = 1
            g = self.given(n)
            han = s + g
            if han in self.used_names or han in WORDLIKE:
                continue
            self.used_names.add(han)
            return han, s, g
        raise RuntimeError("name pool exhausted")

    def minority(self) -> tuple:
        for _ in range(1000):
            g, gl = self.rng.choice(MIN_GIVEN)
            f, fl = self.rng.choice(MIN_FATHER)
            han = g + "·" + f
            if han in self.used_names:
                continue
            self.used_names.add(han)
            return han, f, g, gl + " " + fl
        raise RuntimeError("minority pool exhausted")

    def pinyin(self, surname: str, given: str) -> str:
        sp = SUR_PY[surname].capitalize()
        parts = [GIVEN_PY[c] for c in given]
        gp = parts[0]
        for p in parts[1:]:
            gp += ("'" if p[0] in "aoe" else "") + p
        gp = gp.capitalize()
        r = self.rng.random()
        if r < 0.55:
            return f"{sp} {gp}"
        if r < 0.75:
            return f"{sp.upper()} {gp}"
        if r < 0.9:
            return f"{gp} {sp}"
        return f"{sp.upper()} {gp.upper()}"

    # numbers
    def mobile(self) -> str:
        while True:
            m = self.rng.choice(MOBILE_PREFIXES) + "".join(str(self.rng.randrange(10)) for _ in range(8))
            if m not in self.used_mobiles:
                self.used_mobiles.add(m)
                return m

    def resident_id(self, born: date, male: bool) -> str:
        code = self.rng.choice(self.counties)[0]
        seq = self.rng.randrange(0, 500) * 2 + (1 if male else 0)
        body = code + born.strftime("%Y%m%d") + f"{seq:03d}"
        return body + ID_CHECK[sum(int(c) * w for c, w in zip(body, ID_WEIGHTS)) % 11]

    def birth(self, y0: int, y1: int) -> date:
        start = date(y0, 1, 1)
        return start + timedelta(days=self.rng.randrange((date(y1, 12, 31) - start).days))

    def class_name(self) -> str:
        rng = self.rng
        k = rng.randrange(1, 13)
        style = rng.randrange(7)
        if style == 0:
            return f"高{CN_NUM[rng.randrange(1, 4)]}({k})班"
        if style == 1:
            return f"初{CN_NUM[rng.randrange(1, 4)]}（{k}）班"
        if style == 2:
            return f"{CN_NUM[rng.randrange(7, 10)]}年级{k}班"
        if style == 3:
            return f"{CN_NUM[rng.randrange(1, 7)]}年级（{k}）班"
        if style == 4:
            return f"高{CN_NUM[rng.randrange(1, 4)]}{k}班"
        if style == 5:
            return f"{CN_NUM[rng.randrange(7, 10)]}（{k}）班"
        return f"初{CN_NUM[rng.randrange(1, 4)]}{k}班"

    # addresses
    def road(self) -> str:
        return self.rng.choice(ROAD_HEADS) + self.rng.choice(ROAD_TAILS)

    def estate(self) -> str:
        return self.rng.choice(ESTATE_HEADS) + self.rng.choice(ESTATE_TAILS)

    def room(self) -> str:
        floor = self.rng.randrange(1, 27)
        return f"{floor}{self.rng.randrange(1, 5):02d}"

    def building(self) -> str:
        rng = self.rng
        b, u, r = rng.randrange(1, 31), rng.randrange(1, 5), self.room()
        s = rng.randrange(6)
        if s == 0:
            return f"{b}栋{u}单元{r}室"
        if s == 1:
            return f"{b}号楼{r}室"
        if s == 2:
            return f"{b}幢{u}单元{r}"
        if s == 3:
            return f"{b}-{u}-{r}"
        if s == 4:
            return f"{b}栋{r}"
        return f"{b}号楼{u}单元{r}室"

    def group(self) -> str:
        k = self.rng.randrange(1, 13)
        s = self.rng.randrange(4)
        if s == 0:
            return f"{k}组"
        if s == 1:
            return f"{CN_NUM[k]}组"
        if s == 2:
            return f"第{CN_NUM[k]}村民小组"
        return f"{k}组{self.rng.randrange(1, 80)}号"

    @staticmethod
    def city_short(city: str) -> str:
        return city[:-1] if city.endswith("市") and len(city) > 2 else city

    def address(self, form: int | None = None) -> str:
        """A home address; forms vary in completeness and structure."""
        rng = self.rng
        f = rng.randrange(11) if form is None else form
        if f == 0:
            c = rng.choice(self.urban)
            return f"{c[1]}{c[2]}{c[3]}{self.road()}{rng.randrange(1, 999)}号{self.estate()}{self.building()}"
        if f == 1:
            c = rng.choice(self.urban)
            return f"{c[2]}{c[3]}{self.road()}{rng.randrange(1, 400)}号{self.estate()}{self.building()}"
        if f == 2:
            c = rng.choice(self.urban)
            return f"{self.city_short(c[2])}{c[3]}{self.estate()}{self.building()}"
        if f == 3:
            c = rng.choice(self.rural)
            return f"{c[1]}{c[2]}{c[3]}{rng.choice(TOWN_HEADS)}镇{rng.choice(VILLAGES)}村{self.group()}"
        if f == 4:
            c = rng.choice(self.rural)
            return f"{c[3]}{rng.choice(TOWN_HEADS)}乡{rng.choice(VILLAGES)}村{self.group()}"
        if f == 5:
            c = rng.choice(self.urban)
            return (f"{c[2]}{c[3]}{rng.choice(STREET_HEADS)}街道{rng.choice(COMMUNITIES)}社区"
                    f"{self.road()}{rng.randrange(1, 300)}号{self.building()}")
        if f == 6:
            c = rng.choice(self.muni)
            return f"{c[1]}{c[3]}{self.road()}{rng.randrange(1, 200)}号院{rng.randrange(1, 20)}号楼" \
                   f"{rng.randrange(1, 6)}单元{self.room()}"
        if f == 7:
            c = rng.choice(self.urban)
            return f"{c[3]}{self.road()}{rng.randrange(1, 500)}号"
        if f == 8:
            c = rng.choice(self.rural)
            return f"{c[1]}{c[3]}{rng.choice(TOWN_HEADS)}镇{rng.choice(VILLAGES)}村{rng.randrange(1, 200)}号"
        if f == 9:
            c = rng.choice(self.rural)
            return f"{self.city_short(c[2])}{c[3]}{rng.choice(TOWN_HEADS)}镇{self.road()}{rng.randrange(1, 120)}号"
        c = rng.choice(self.muni)
        return f"{c[3]}{self.estate()}{self.building()}"

    def short_address(self) -> str:
        """Partial forms typed into address columns."""
        rng = self.rng
        s = rng.randrange(4)
        if s == 0:
            return f"{rng.choice(VILLAGES)}村{self.group()}"
        if s == 1:
            return f"{self.estate()}{self.building()}"
        if s == 2:
            return f"{rng.choice(TOWN_HEADS)}镇{rng.choice(VILLAGES)}村"
        return f"{self.road()}{rng.randrange(1, 300)}号{rng.randrange(1, 30)}栋{self.room()}"

    def school(self) -> str:
        c = self.rng.choice(self.urban + self.rural)
        self.school_county = c
        kind = self.rng.choice(SCHOOL_KINDS)
        if self.rng.random() < 0.5:
            return f"{c[2]}{kind}"
        return f"{self.city_short(c[2])}{c[3]}{kind}"

    def school_address(self) -> str:
        c = self.school_county or self.rng.choice(self.urban)
        return f"{c[2]}{c[3]}{self.road()}{self.rng.randrange(1, 300)}号"

    def zipcode(self) -> str:
        return f"{self.rng.randrange(10, 85)}{self.rng.randrange(0, 10000):04d}"


# --- Documents ---------------------------------------------------------------------------------------

TOKEN = re.compile(r"\{(NC|NM|N2|NW|N|K|R|C|P|A|SA|SCH|ZIP|ID)(?::(\w+))?\}|\{=(\w+)\}")


class Doc:
    def __init__(self, gen: Gen, path: str, category: str) -> None:
        self.gen, self.path, self.category = gen, path, category
        self.lines: list[str] = []
        self.labels: list[tuple[int, str, str]] = []   # (line, kind, value)
        self.alias: dict[str, str] = {}
        self.positive_lines = 0

    def add(self, text: str, labels=()) -> None:
        self.lines.append(text)
        n = len(self.lines)
        for kind, value in labels:
            self.labels.append((n, kind, value))
        if any(k == "name" for k, _ in labels):
            self.positive_lines += 1

    def t(self, template: str) -> None:
        """Adds one line, expanding tokens: {N} a private full name (labelled), {NC} one with a
        compound surname, {NM} a Uyghur/Kazakh-style name, {N2} a two-character name, {NW} a
        two-character name written with a full-width space inside (as in aligned lists), {K} a
        relative of the last name (same surname), {R} the last name again, {N:x} stores it as x and
        {=x} repeats it; {A} a home address (labelled); {C} a class, {P} a mobile number, {SCH} a
        school name and {SA} its address, {ZIP} a postcode, {ID} a resident ID (not labelled)."""
        g = self.gen
        labels = []

        def sub(m: re.Match) -> str:
            tok, alias, ref = m.group(1), m.group(2), m.group(3)
            if ref:
                v = self.alias[ref]
                labels.append(("name", v))
                return v
            if tok in ("N", "NC", "N2", "NW", "K"):
                if tok == "K":
                    assert g.last_name is not None
                    han, s, gv = g.name(surname=g.last_name[1])
                else:
                    han, s, gv = g.name(compound=(tok == "NC"), length=2 if tok in ("N2", "NW") else None)
                if tok == "NW":
                    han = s + "\u3000" + gv
                g.last_name = (han, s, gv)
                if alias:
                    self.alias[alias] = han
                labels.append(("name", han))
                return han
            if tok == "NM":
                han, f, gv, _ = g.minority()
                g.last_name = (han, f, gv)
                if alias:
                    self.alias[alias] = han
                labels.append(("name", han))
                return han
            if tok == "R":
                labels.append(("name", g.last_name[0]))
                return g.last_name[0]
            if tok == "A":
                a = g.address()
                labels.append(("address", a))
                return a
            if tok == "C":
                return g.class_name()
            if tok == "P":
                return g.mobile()
            if tok == "SCH":
                return g.school()
            if tok == "SA":
                return g.school_address()
            if tok == "ZIP":
                return g.zipcode()
            if tok == "ID":
                male = g.rng.random() < 0.5
                return g.resident_id(g.birth(2007, 2016), male)
            raise ValueError(tok)

        text = TOKEN.sub(sub, template)
        self.add(text, labels)

    def block(self, text: str) -> None:
        for line in text.strip("\n").split("\n"):
            self.t(line)

    def content(self) -> str:
        return "".join(line + "\n" for line in self.lines)


# --- name_free_text ------------------------------------------------------------------------------------

GROUP_CHAT = """
【{C}家长群】聊天记录（导出）3月4日—3月15日
——3月4日 星期一——
07:05 班主任（语文）：各位家长早上好，今天气温回升，但早晚还是凉，孩子出门请带件薄外套。
07:06 {N}妈妈：收到，谢谢老师提醒🌹
07:06 {N}爸爸：收到
07:09 {N}奶奶：好的好的
07:31 班主任（语文）：另外，这周五下午第二节开家长会，地点在本班教室，请每个家庭至少来一位家长。
07:33 {N}妈妈：老师，我周五要值班，能让孩子外婆去吗？
07:35 班主任（语文）：可以的，来的时候在签到表上写清楚是哪位同学的家长就行。
08:12 数学何老师：今天的口算练习册第14页请家长检查后签字。
08:15 {N}爸爸：何老师，第14页第6题是不是印错了？答案对不上。
08:20 数学何老师：是的，第6题应该是36÷4，大家改一下就行，谢谢这位家长细心。
12:40 班主任（语文）：午休时{N}同学说肚子疼，校医看过了，喝了点热水，现在没事了。
12:41 {R}妈妈：谢谢老师！麻烦您了，我下午早点来接。
13:02 {N}爸爸：请问今天放学是四点还是四点半？
13:05 班主任（语文）：周一到周四都是四点二十，周五三点五十。
16:48 {N}妈妈：老师，孩子说数学书落在学校了，明天能早点去拿吗？
16:50 班主任（语文）：七点二十以后教室开门。
19:30 家委会-{N:jw}：各位家长，下个月春游的费用初步是每人85元，包含门票、大巴和保险，有意见可以私聊我。
19:32 {N}妈妈：没问题👍
19:33 {N}外公：同意
19:40 家委会-{=jw}：大家接龙报名吧，写孩子名字就行：
1. {N}
2. {N}
3. {NC}
4. {N}
5. {N2}
6. {NM}
7. {N}
20:03 班主任（语文）：今晚的语文作业：背诵《春晓》，抄写第三课生字两遍，周末阅读打卡继续。
20:10 {N}妈妈：老师，“晓”字的笔顺是先写日字旁吗？
20:11 班主任（语文）：对的，日字旁写得窄一点。
——3月5日 星期二——
06:58 班主任（语文）：今天是学雷锋纪念日，学校组织到社区捡拾垃圾，请孩子穿运动鞋。
07:10 {N}爸爸：收到
10:30 体育黄老师：明天体育课测跳绳，请孩子们今晚在家练一练。
10:32 {N}妈妈：黄老师好，孩子前几天扭了脚，能不能先不测？
10:40 体育黄老师：可以，让孩子课上跟我说一声，好了再补测。
15:20 班主任（语文）：表扬一下今天主动留下来打扫卫生的几位同学：{N}、{N}、{N:sweep}，谢谢你们！
15:22 {=sweep}妈妈：孩子回家说了，可开心了😊
17:45 {N}妈妈：有谁家孩子拿错水杯了吗？蓝色的，杯底贴了名字。
17:50 {N}爸爸：我家的好像是，明天让孩子带去换回来，不好意思啊
21:15 班主任（语文）：时间不早了，大家早点休息，有事明天再说。
——3月6日 星期三——
07:20 班主任（语文）：今天有小雨，马路湿滑，送孩子的家长请慢行。
08:00 英语严老师：本周英语听写安排在周四，内容是Unit 2的单词。
12:10 班主任（语文）：食堂今天的菜单：红烧鸡块、番茄炒蛋、清炒白菜、紫菜蛋汤。
16:30 班主任（语文）：今天放学排队时有些孩子追跑打闹，回家请家长再叮嘱一下安全。
18:02 {N}妈妈：老师，请问科学课需要准备什么材料？
18:10 科学石老师：一个透明塑料杯、一小袋绿豆、一张餐巾纸，周五带来。
18:11 {N}爸爸：绿豆要生的还是熟的？😂
18:12 科学石老师：生的，要发芽的哈
20:40 班主任（语文）：下周一开始执行夏季作息，到校时间不变，中午午休延长二十分钟。
——3月8日 星期五——
09:00 班主任（语文）：祝各位妈妈、奶奶、外婆节日快乐💐 孩子们今天亲手做了贺卡，放学带回家。
09:05 {N}妈妈：好感动，谢谢老师！
11:20 班主任（语文）：{N:size}的家长请私信我一下，孩子的校服尺码需要重新确认。
11:35 {=size}爸爸：已私信
14:00 班主任（语文）：@{N}妈妈 孩子的眼镜落在音乐教室了，已经帮忙收好。
15:10 班主任（语文）：今天家长会签到表上还差几位家长没签，离开前请到讲台签一下。
——3月11日 星期一——
07:40 班主任（语文）：这学期我们班来了一位新同学{NM}，从伊宁转学过来，希望大家多帮助她。
07:42 {N}妈妈：欢迎欢迎！
07:45 {N}爸爸：欢迎新同学🎉
12:30 班主任（语文）：本周值日安排：周一{N}、{N}；周二{N}、{N}；周三{N}、{N}。
16:10 {N:sick}外婆：老师我是{=sick}外婆，孩子今天去医院复查，下午的课没上，作业能不能让同学帮忙带一下？
16:12 班主任（语文）：好的，我让{N}放学顺路带过去，她们住同一个小区。
19:00 {N}爸爸：老师好，孩子说明天要带剪刀和胶水，是手工课吗？
19:06 班主任（语文）：是的，美术课做风筝，竹条学校准备好了。
——3月12日 星期二——
07:30 班主任（语文）：植树节活动照片已上传到班级相册，大家可以下载。
08:15 数学何老师：周末数学作业有点多，分两天做，不要熬夜。
10:00 班主任（语文）：学校通知：明天上午消防演练，听到警报后按路线撤离，不用惊慌。
12:05 班主任（语文）：白天太阳大，户外课请戴帽子。
12:50 班主任（语文）：今天午饭后的水果是李子，对李子过敏的孩子请提前告诉我。
13:30 班主任（语文）：张老师下午外出学习，第六节数学课和第四节对调。
15:40 班主任（语文）：李主任刚才来检查卫生，表扬了我们班的图书角，孩子们都很高兴。
16:20 班主任（语文）：门口值班的王阿姨说，最近有几辆自行车没上锁，请家长提醒孩子。
17:00 班主任（语文）：黄色的回执单请明天交，还有四个孩子没交。
17:02 {N}妈妈：我家的夹在语文书里了，明早一定交。
17:30 班主任（语文）：安排一下明天的读书角：每人带一本自己读过的书，写上推荐理由。
20:15 {N}妈妈：请问老师，推荐理由要写多少字？
20:20 班主任（语文）：五十字左右就行，不强求。
——3月13日 星期三——
07:50 班主任（语文）：今天语文课学了李白的《静夜思》，请孩子回家背给家长听。
08:30 班主任（语文）：有家长捡到一个钱包，已经交到门卫室，丢失的家长去认领一下。
11:00 班主任（语文）：今天{C}的{N:cal}同学在区书法比赛中获得二等奖，大家为她点赞！
11:02 {N}爸爸：厉害厉害👏
11:03 {N}妈妈：向{=cal}同学学习！
14:40 英语严老师：金属文具盒考试时容易发出声响，下周测验请换成笔袋。
16:00 班主任（语文）：常常有家长问作业量的问题，统一回复一下：一二年级不布置书面作业，其余年级控制在一小时内。
19:20 {N}妈妈：老师，我是{N}的妈妈，孩子这两天咳嗽，明天想请一天假。
19:25 班主任（语文）：好的，注意休息，病好了再来。
——3月14日 星期四——
07:50 班主任（语文）：周五家长会议程：1. 期中学情分析；2. 春游安全说明；3. 家委会换届。
07:55 {N}爸爸：收到，准时到。
09:30 家委会-{=jw}：春游报名截至目前共32人，还没报名的家长今晚八点前接龙哦。
09:40 {N}妈妈：8. {R}
09:41 {N}爸爸：9. {R}，谢谢家委会辛苦组织
10:15 班主任（语文）：何必等到周末，今天回家就可以开始准备春游要带的东西。
12:20 班主任（语文）：余下的校服下周二到货，届时统一发放。
15:00 班主任（语文）：万一孩子春游当天身体不舒服，请早上七点前在群里告诉我。
16:45 科学石老师：绿豆发芽观察记录表已发在群文件，每天拍一张照片。
17:10 {N}爸爸：请问{N}老师的联系方式是多少？孩子想问一下书法社团的事。
17:15 班主任（语文）：书法社团联系人：{N}老师（{P}），工作日白天可以打。
20:00 班主任（语文）：明天春游集合时间7:20，地点学校操场，迟到不等。
——3月15日 星期五——
06:50 班主任（语文）：早上好！天气晴，适合出行，请检查孩子的水和午餐。
07:25 班主任（语文）：人已到齐，出发！
11:30 班主任（语文）：孩子们正在林场里野餐，大家都很开心。
11:31 {N}妈妈：照片拍得真好！
13:20 班主任（语文）：{N}、{N}两位同学在山坡上发现了一只受伤的小鸟，已经交给林场的工作人员了。
16:30 班主任（语文）：已安全返校，家长可以来接孩子了。
16:35 {N}爸爸：辛苦老师们了🙏
16:36 {N}奶奶：谢谢老师
17:00 班主任（语文）：今天的春游照片稍后上传到相册，周末愉快！
"""

NOTICES_MINUTES = """
关于开展“书香校园”读书月活动的通知
各班主任：
为培养学生的阅读习惯，学校决定于四月开展读书月活动，具体安排如下。
一、活动时间：4月1日至4月30日。
二、活动内容：好书推荐、读书笔记展评、“我最喜爱的一本书”演讲比赛。
三、推荐书目：朱自清《背影》、冰心《繁星·春水》、老舍《骆驼祥子》、鲁迅《朝花夕拾》。
四、各班推选一名联络员，名单于3月28日前报教导处。
附：各班联络员　初一(1)班{N}，初一(2)班{N}，初一(3)班{N}，初一(4)班{NC}。
教导处
2024年3月20日

初二年级组教研活动记录
时间：2024年4月11日（星期四）14:30—16:00
地点：行政楼三楼小会议室
主持：{N}
记录：{N}
参加人员：{N}、{N}、{N}、{N}、{NC}、{N2}
请假：{N}（区里培训）
议题一：期中考试命题分工。
语文由{N}老师牵头，数学由{N}老师牵头，英语组长{N}负责听力材料的录制。
议题二：晚自习纪律。大家认为近期走读生到校偏晚，建议与家长再沟通一次。
{N}老师提出，周二、周四的晚自习可以安排答疑，不讲新课。
议题三：春季运动会。体育组已经把项目表发到年级群，各班在周五前报名。
会议决定：下次教研活动安排在4月25日，由{N}准备一节公开课。

请假条
王老师：
我是初三(5)班{N}的家长{N:p1}，孩子今早起床后咳嗽、发烧38.6℃，需要去医院检查，特请假一天（4月15日），请老师批准。
此致
敬礼！
家长：{=p1}
2024年4月15日

请假申请
班主任李老师：
本人{N:s2}，高一（7）班学生，因参加市青少年围棋比赛，需于5月10日至5月11日请假两天，比赛通知附后。
申请人：{=s2}
联系人：{N}（{P}）
姓名：{N}　　班级：{C}　　请假事由：外婆八十大寿，随家人回老家　　时间：5月1日下午
学生{N}因腿部骨折，需休学一个月，家长已提交医院证明，请各任课老师知悉。

【期中表彰】
本次期中考试，{C}{N}总分年级第一，{C}{N}进步幅度最大，特此表扬。
获得“学习之星”称号的同学有：{N}、{N}、{N}、{N}。
希望其他同学以他们为榜样，踏实学习，稳步提高。
期中考试安排：周三上午语文，下午数学；周四上午英语，下午物理。
考试期间请勿携带手机、智能手表进入考场。
高度近视的同学可以向监考老师申请调到前排座位。
考场座位表周二下午贴在各教室门口。
数学作业未交名单：高二(3)班 {N}、高二(3)班 {N}、高二(5)班 {N}，请于今天放学前补交。

语文课堂笔记（供复习用）
李白，字太白，号青莲居士，唐代浪漫主义诗人，被称为“诗仙”。
杜甫的《春望》写于安史之乱期间，抒发了忧国思家的感情。
苏轼被贬黄州后，写下了《念奴娇·赤壁怀古》和前后《赤壁赋》。
鲁迅原名周树人，《从百草园到三味书屋》选自散文集《朝花夕拾》。
朱自清在《背影》中写父亲爬上月台买橘子，朴素的细节最动人。
孔子的弟子和再传弟子把他的言行编成了《论语》。
诸葛亮在《出师表》中劝后主“亲贤臣，远小人”。
岳飞的事迹在民间流传甚广，“精忠报国”四个字家喻户晓。
欧阳修自号醉翁，晚年又号六一居士。
司马迁忍辱负重，用十余年完成了《史记》。
辛弃疾的词里常有金戈铁马的豪情，也不乏田园小景的清新。
李清照前期的词清新明快，后期则多写国破家亡的哀愁。
陶渊明辞官归隐，“采菊东篱下，悠然见南山”是他田园生活的写照。
王羲之被后人尊为“书圣”，《兰亭集序》被誉为“天下第一行书”。

家长开放日接待安排
开放日当天由{N}负责签到，{N}负责引导家长参观实验室，{NM}负责少数民族学生家长的翻译工作。
校门口志愿者：{C}家长{N}、{C}家长{N}。
联系人：教务处{N}，电话{P}。
接待流程：8:00签到—8:30听课—10:00参观—11:00座谈。
座谈会上{N}家长建议增加课后体育活动时间，学校表示会认真研究。
{N}之女{K}在座谈会上代表学生发言，题目是《我眼中的新校园》。
温馨提示：当天校内车位有限，请家长尽量乘坐公共交通。

高一年级学生会换届选举结果公示
主席：{N}（高一3班）
副主席：{N}（高一7班）、{N}（高一1班）
宣传部部长：{NC}
学习部部长：{N}
公示时间为三天，如有异议请向团委反映。
方案经学生代表大会讨论通过，于下周一起执行。

关于食堂就餐秩序的通知
近期午餐高峰时段排队拥挤，为此安排如下：
初一年级11:40就餐，初二年级11:50就餐，初三年级12:00就餐。
请各班值日生提前五分钟到达食堂，协助分餐。
黄色标识区域为排队区，请勿在通道内停留。
余下饭菜不得带出食堂。
白天食堂开放时间为6:30—13:00，晚餐17:00—18:30。
金属餐盘用完后放入回收车，不要随手丢在桌上。

家访记录（节选）
4月18日下午，班主任与副班主任一同到学生{N}家中走访。
学生父亲{N}在外地打工，母亲{N}在家照顾年迈的奶奶。
孩子性格内向，但做事认真，家长希望老师多鼓励。
4月19日晚，电话联系了{N}同学的母亲，沟通孩子近期作业拖拉的问题。
4月20日，与{N}爷爷面谈，老人表示会督促孩子早睡。

班会课记录
主题：珍爱生命，远离溺水
主持人：{N}、{N2}
班长{N}介绍了近年来的溺水事故案例，大家听得很认真。
体育委员{N}示范了遇到同伴落水时的正确做法：大声呼救、找长杆、不盲目下水。
夏天江水暴涨，江边、河边都不能去玩。
石头堆、采砂坑这些地方水下情况复杂，更危险。
最后全班同学在承诺书上签名。

关于暑期安全的温馨提示
万物生长的季节，也是各类安全事故的多发期。
马路上车辆多，骑车时不要追逐打闹，不闯红灯。
高温天气请避免在正午前后长时间户外活动。
常常有学生私自结伴去水库游泳，请家长务必看管好孩子。
于是，学校决定在放假前再开展一次安全教育。
方向感不强的孩子外出时，请家长陪同。
何时返校请关注学校公众号通知。
秋天开学后，落叶收集活动照常进行，收集的树叶在美术课上用来做拼贴画。
图书馆新到一批少儿版《孙子兵法》和《山海经》，欢迎借阅。
任课教师名单及联系方式将在开学前公布。

毕业生去向登记表（部分）
{C}　{N}　升入本校高中部
{C}　{N}　升入市第二高级中学
{C}　{N}　随父母迁往外省就读
登记人：{N}　　审核：{N}
"""

AWARDS = """
2024年春季校园科技节获奖名单
一、科技小制作
一等奖：{N}（初二3班）、{N}（初一5班）
二等奖：{N}（初二1班）、{N}（初三2班）、{NC}（初一4班）
三等奖：{N}　{N}　{N}　{NW}
指导教师：{N}、{N}
二、科学小论文
一等奖　《校园里的鸟类观察》　作者：{N}　指导教师：{N}
二等奖　《黄豆发芽与温度的关系》　作者：{N}、{N}
三等奖　《石头里的秘密》　作者：{N}
三、优秀组织奖
初二年级组、初一年级组
（名单如有疏漏，请于三日内联系教务处。）

荣誉证书
{N}同学：
在2023—2024学年第二学期“文明礼仪月”活动中表现突出，被评为“文明之星”。
特发此证，以资鼓励。
{SCH}
二〇二四年六月

荣誉证书
{C}{N}：
你在全市中学生英语演讲比赛中荣获二等奖。
特发此证。
二〇二四年五月

奖　状
{NW}同学在本学期数学竞赛中成绩优异，荣获三等奖。
{SCH}教务处
二〇二四年一月

感谢信
尊敬的{N}先生：
您在校园开放日担任志愿讲解员，耐心细致地为来访家长介绍学校的历史，我们深表感谢。
同时感谢{N}女士为学校图书馆捐赠图书三百余册。
{SCH}
2024年4月30日

关于表彰2023—2024学年优秀学生干部的决定
各班：
一年来，全校学生干部认真负责，涌现出一批先进典型。经班级推荐、年级审核、学校研究，决定授予{N}等二十名同学“优秀学生干部”称号，授予{N}等十五名同学“优秀团员”称号。
附：获奖名单（部分）
{C}　{N}
{C}　{N}
{C}　{NM}
{C}　{N}
{C}　{N2}
希望受表彰的同学戒骄戒躁，再接再厉；全体同学以他们为榜样，争做新时代好少年。

“最美读书声”朗诵比赛结果
本次比赛共有48名同学参加，评委由语文组老师担任。
一等奖：{N}《少年中国说》
二等奖：{N}《春》、{N}《海燕》
三等奖：{N}《祖国啊，我亲爱的祖国》、{N}《沁园春·雪》
最佳台风奖：{N}
本次比赛高分不多，评委认为整体水平仍有提升空间。
下学期比赛将增加古诗文专场，诗目从李白、杜甫、白居易、苏轼的作品中选取。

运动会成绩公告
男子100米：第一名{N}（高二5班）12.1秒，第二名{N}（高二1班）12.4秒。
女子800米：第一名{N}（高一8班）2分41秒。
男子跳远：{N}以5.86米打破校纪录。
女子铅球：第一名{N}，第二名{NC}，第三名{N}。
4×100米接力：高二5班第一名，高一2班第二名。
夏侯、上官、欧阳等复姓在本届运动员名单里都出现了，播音员特意练习了读法。
团体总分前三名：高二5班、高一2班、高一8班。
高温天气下，各班后勤工作周到细致，值得表扬。

毕业证明
兹证明{N}，性别女，2009年3月生，于2021年9月至2024年6月在我校初中部学习，修完规定课程，成绩合格，准予毕业。
特此证明。

优秀志愿者证书
{N}同学在2024年寒假期间参加社区志愿服务累计32小时，被评为优秀志愿者。
{N}老师（{P}）担任本次活动指导老师。

“最美家庭”推荐表
推荐家庭：父亲{N}，儿子{K}，母亲{N}
推荐理由：一家三口长期照顾邻居孤寡老人，热心社区公益。
推荐人：{N}（社区网格员）

校园之星公示
“阅读之星”：{N}、{N}、{N}
“劳动之星”：{N}、{N}
“进步之星”：{N}
“艺术之星”：{NC}
公示期：2024年6月10日至6月14日。
评选方案经学生会讨论通过。
黄色背景的展板放在一楼大厅，白色背景的放在二楼走廊。
金秋十月还将评选一次“运动之星”，名额另行通知。
宋体三号字打印的名单已经贴在公告栏。
"""

# --- address lines ---------------------------------------------------------------------------------

ADDRESS_POSITIVE = """
家庭住址：{A}
住址：{A}（租住）
现住{A}，步行到校约二十分钟。
孩子平时跟爷爷奶奶住在{A}。
本人现居住于{A}，如有变动会及时告知班主任。
请把录取通知书寄到{A}，到了打电话就行。
经家访核实，该生家住{A}，家中还有一个上小学的妹妹。
住址变更：原住{A}，现已搬至{A}。
户籍地址：{A}
暑假孩子回老家{A}，开学前一周返回。
快递地址 {A} 电话{P}
我家在{A}，小区北门进去第二栋就是。
学生周末回{A}，周日晚上返校。
3月12日下午走访{A}，家长在家，沟通顺利。
籍贯湖南，现居住地为{A}。
地址是{A}，门口有棵大樟树。
家长留的地址是{A}，和学籍系统里的一致。
资助对象家庭住址：{A}
收货人：家长　地址：{A}
孩子的外公外婆住在{A}，放学由他们接送。
我们家刚搬到{A}，麻烦老师更新一下通讯录。
Home address: {A}
通讯地址：{A}　邮编：{ZIP}
困难家庭认定材料中的住址为{A}，社区居委会已盖章。
送教上门地址：{A}（每周二下午）
该生原籍{A}，随父母在本市务工。
紧急情况下可联系住在{A}的姑姑。
住宿申请理由：家住{A}，离校四十多公里，往返不便。
家访路线：从学校出发，先到{A}，再到{A}。
孩子家住{A}，离学校不远。
居住证登记地址：{A}
（住）{A}
老家在{A}，每年清明都回去。
寒假社会实践地点：{A}附近的社区服务站。
学生实际居住地址与户籍地址不一致：实际住{A}。
请把补发的课本送到{A}，家里白天有老人。
新生信息采集表—家庭住址栏：{A}
防疫排查：该生近两周一直住在{A}，无外出。
借读生，寄住在亲戚家：{A}
家长说房子在{A}，是去年才买的。
校车停靠点就在{A}楼下。
我的地址变了，新地址：{A}。
外婆家：{A}
学生登记的地址为{A}，但近期已随母亲搬离。
父母离异，孩子随母亲居住，地址：{A}。
（二）家庭住址　{A}
上周三晚上{A}一带停电，孩子是在楼道灯下写完作业的。
"""

ADDRESS_NEGATIVE = """
{SCH}　地址：{SA}　邮编：{ZIP}
{SCH}（{SA}）
{SCH}　校址：{SA}
请到实验楼201室领取准考证。
3号教学楼四层东侧卫生间正在维修，暂停使用。
教务处在行政楼二楼208室，开学第一周每天8:00—17:00办公。
乘2路车到“人民医院”站下车，向北步行五分钟即到。
地铁1号线和4号线在市民中心站换乘。
可乘地铁2号线到体育馆站，从B口出站。
集合地点：学校南门广场。
本次研学的目的地是绍兴鲁迅故里。
杭州
西湖区
黄山市
浙江省
10月8号（星期二）上午8:30
18:40开始晚自习，21:10结束。
第3考场设在图书馆二楼阅览室。
报名点设在体育馆一楼大厅。
男生宿舍5号楼3层的热水器已经修好。
家长会分年级进行：初一在报告厅，初二在各班教室。
第五单元第2课《桥》
请于9月15号前交齐材料。
明天下午3点到5点，科技楼302室举行机器人社团选拔。
教学楼A区与B区之间的连廊正在施工，请绕行。
校车3号线今天起临时绕行。
下车后沿主干道向东走两百米就是校门。
期末考试第7考场：1号楼305教室。
音乐教室在艺术楼四楼，美术教室在五楼。
运动会检录处设在主席台东侧。
12月24日（周二）下午两点半召开全体教师会议。
周末研学从成都出发，经都江堰到青城山。
会议室在办公楼三层，电梯右转第二间。
学校东门外的公交站叫“实验中学站”。
地址：见录取通知书背面。
各班卫生区：一班负责1号楼前花坛，二班负责2号楼西侧空地。
请于9:00前到达2号报告厅。
坐地铁3号线到终点站，再换乘K12路。
初二年级的期中考试在4楼401至410教室进行。
寒假从2025年1月18日开始，2月16日结束。
全区共有公办初中二十一所、小学四十六所。
"""

ADDRESS_LETTERHEAD = """
{SCH}
地址：{SA}　　邮编：{ZIP}
"""


# --- clean ----------------------------------------------------------------------------------------------

CLEAN_NOTICES = """
关于2024年秋季学期开学工作的通知
各年级组、各班主任：
新学期即将开始，为保证开学工作平稳有序，现将有关事项通知如下。
一、教师于8月28日（星期三）上午8:30到校，参加全体教职工大会，地点为学校报告厅。
二、学生报到时间为8月31日（星期六），初一新生上午报到，其他年级下午报到。
三、各班在报到当天完成暑假作业收缴、教材发放和座位安排，并做好教室卫生。
四、9月2日（星期一）7:30举行开学典礼，全体师生穿校服，在田径场集合。
五、食堂自9月2日中午开始供餐，住校生当晚可入住宿舍。
六、请各班主任在报到当天下午五点前上报实到人数。
教务处
2024年8月20日

防溺水安全告家长书
尊敬的家长：
夏季是溺水事故的高发期。为了孩子的生命安全，请您务必做到以下几点：
不让孩子私自下水游泳，不到没有安全设施、没有救护人员的水域游泳；
不让孩子在江河、水库、池塘边玩耍、钓鱼；
发现有人落水时，教育孩子立即大声呼救，不要盲目下水施救；
假期中每天了解孩子的去向，做到出门有交代、回家有报告。
请家长阅读后在回执上签字，由学生于周五前交回班级。

图书馆开放时间调整说明
自10月8日起，学校图书馆开放时间调整为：
周一至周五　7:20—7:50，12:10—13:10，16:30—17:30
周六、周日及法定节假日闭馆。
每位学生每次可借图书两册，借期三周，可续借一次。
期刊阅览室仅供现场阅读，不外借。
图书逾期未还的，暂停借阅资格一周。

关于举办第二十六届秋季田径运动会的通知
运动会定于10月24日至25日在学校田径场举行，开幕式于24日上午8:00开始。
比赛项目：男女100米、200米、400米、800米、跳高、跳远、铅球、4×100米接力，以及跳长绳、拔河等集体项目。
每名学生限报两个个人项目和一个集体项目。
各班于10月14日前将报名表电子稿发至体育组邮箱。
比赛期间请各班安排好后勤和宣传工作，保持看台整洁。
遇雨天比赛顺延，具体时间另行通知。

停水通知
因市政管网检修，学校将于11月9日（星期六）8:00至18:00停止供水。
住校生请提前储备生活用水，周六食堂只供应早餐。
给大家带来的不便，敬请谅解。
后勤服务中心

2025年初中学业水平考试报名须知
一、报名对象：本校九年级全体学生。
二、报名时间：2024年11月18日至11月22日。
三、报名方式：在班主任指导下通过省教育考试院网站网上报名，现场确认照片。
四、考生须如实填写报名信息，确认后不得更改。
五、报名费按物价部门核定的标准收取。
咨询电话：0571-87150263（工作日8:30—17:00）

流感预防小贴士
勤洗手，用流动水和肥皂洗手不少于二十秒。
教室每天至少开窗通风三次，每次不少于三十分钟。
出现发热、咳嗽等症状时及时就医，不带病上课。
保证充足睡眠，适当锻炼，均衡饮食。
"""

CLEAN_LESSONS = """
八年级语文“说明文的说明方法”教学设计
一、教学目标
1．了解举例子、列数字、作比较、打比方、分类别等常见说明方法。
2．能在具体语段中辨析说明方法，并说出其作用。
3．尝试用两种以上的说明方法介绍校园里的一种事物。
二、教学重点与难点
重点：辨析说明方法及其作用。
难点：用恰当的说明方法写一段说明性文字。
三、教学过程
（一）导入：出示校园里银杏树的图片，请学生用一句话介绍它。
（二）新授：阅读教材例段，小组合作找出文中的说明方法，填写学习单。
（三）辨析：比较“这座桥很长”和“这座桥全长一千二百米”两句话的表达效果。
（四）练习：完成学案第2至第5题，同桌互评。
（五）写作：用不少于一百五十字介绍学校的图书馆，至少使用两种说明方法。
四、板书设计
说明方法：举例子—具体　列数字—准确　作比较—突出　打比方—生动
五、作业
完成练习册第三单元第一节；预习下一课，圈出不认识的字词。
六、教学反思
本课学生参与度较高，但在“作比较”和“打比方”的区分上仍有混淆，下节课用对比练习巩固。

九年级数学“一元二次方程的解法——配方法”教学设计
教学目标：理解配方法的依据，能用配方法解二次项系数为1的一元二次方程。
教学重点：配方的过程。
教学难点：把方程变形为(x+m)²=n的形式，并讨论n的取值。
教学过程：
1．复习：完全平方公式a²±2ab+b²=(a±b)²。
2．探究：解方程x²+6x+4=0，引导学生在两边同时加上5。
3．归纳：移项—配方—开平方—求解，四个步骤缺一不可。
4．巩固：练习x²−4x−1=0，x²+3x−2=0，请三名同学板演。
5．小结：配方时两边加上的是一次项系数一半的平方。
作业：课本第17页习题第1、2、4题。

八年级物理“浮力”分组实验
实验器材：弹簧测力计、金属块、细线、烧杯、清水、盐水。
实验步骤：
①用弹簧测力计测出金属块在空气中的重力G；
②将金属块浸没在清水中，读出测力计示数F；
③计算浮力F浮=G−F；
④换用盐水重复实验，比较两次浮力的大小。
注意事项：金属块不要碰到烧杯底部和侧壁；实验后擦干器材，放回原处。
讨论题：浮力的大小与物体浸没的深度有没有关系？

七年级英语 Unit 3 My School Day 教学设计
Teaching aims: students can talk about daily routines with "What time do you ...?" and "I usually ... at ...".
Key words: get up, brush teeth, have breakfast, take the bus, go to bed.
Warming up: sing a song about the days of the week.
Presentation: show a clock and ask "What time is it?"
Pair work: ask and answer about weekend activities.
Homework: write five sentences about your school day.
"""

CLEAN_TIMETABLE = """
节次,时间,星期一,星期二,星期三,星期四,星期五
早读,7:30-7:55,语文,英语,语文,英语,语文
第1节,8:00-8:40,数学,语文,英语,数学,物理
第2节,8:50-9:30,语文,数学,物理,语文,英语
大课间,9:30-10:00,升旗仪式,跑操,跑操,跑操,跑操
第3节,10:00-10:40,英语,物理,数学,历史,数学
第4节,10:50-11:30,地理,生物,体育,英语,道德与法治
午休,11:30-13:30,,,,,
第5节,13:40-14:20,物理,历史,语文,生物,音乐
第6节,14:30-15:10,体育,美术,地理,体育,信息技术
第7节,15:20-16:00,道德与法治,班会,综合实践,数学,劳动
课后服务,16:10-17:30,作业辅导,社团活动,作业辅导,社团活动,大扫除
"""

CLEAN_CALENDAR = """
2024—2025学年第一学期校历
第1周　9月2日—9月8日　开学典礼；初一新生行为规范教育
第2周　9月9日—9月15日　教师节表彰大会（9月10日）
第3周　9月16日—9月22日　中秋节放假（9月15日—17日）
第4周　9月23日—9月29日　第一次月考；社团招新
第5周　9月30日—10月6日　国庆节放假（10月1日—7日），9月29日（周日）上课
第6周　10月7日—10月13日　10月12日（周六）补课
第7周　10月14日—10月20日　秋季研学旅行（初二年级）
第8周　10月21日—10月27日　秋季田径运动会（10月24日—25日）
第9周　10月28日—11月3日　消防安全演练
第10周　11月4日—11月10日　期中考试
第11周　11月11日—11月17日　期中质量分析会；家长会
第12周　11月18日—11月24日　中考报名
第13周　11月25日—12月1日　科技节
第14周　12月2日—12月8日　“一二·九”合唱比赛
第15周　12月9日—12月15日　第三次月考
第16周　12月16日—12月22日　冬至包饺子活动
第17周　12月23日—12月29日　英语节
第18周　12月30日—1月5日　元旦放假（1月1日）
第19周　1月6日—1月12日　期末复习
第20周　1月13日—1月19日　期末考试（1月15日—17日）
1月18日　休业式，寒假开始
2月16日　教师返校
2月17日　学生报到，第二学期开始
说明：
1．本校历依据区教育局统一安排制定，如有调整以正式通知为准。
2．各项活动的具体安排由相关处室另行通知。
3．考试期间各班不得组织与考试无关的集体活动。

2024—2025学年第二学期校历（草案）
第1周　2月17日—2月23日　开学典礼；收寒假作业
第2周　2月24日—3月2日　学科教研周
第3周　3月3日—3月9日　学雷锋志愿服务月启动
第4周　3月10日—3月16日　植树节活动；第一次月考
第5周　3月17日—3月23日　春季家长会
第6周　3月24日—3月30日　读书节开幕
第7周　3月31日—4月6日　清明节放假（4月4日—6日）
第8周　4月7日—4月13日　春季研学（初一年级）
第9周　4月14日—4月20日　期中考试
第10周　4月21日—4月27日　期中质量分析会；4月27日（周日）上课
第11周　4月28日—5月4日　劳动节放假（5月1日—5日）
第12周　5月5日—5月11日　体育中考模拟测试
第13周　5月12日—5月18日　防灾减灾宣传周
第14周　5月19日—5月25日　艺术节
第15周　5月26日—6月1日　端午节放假（5月31日—6月2日）；六一文艺汇演
第16周　6月2日—6月8日　第三次月考
第17周　6月9日—6月15日　初三毕业典礼
第18周　6月16日—6月22日　中考
第19周　6月23日—6月29日　期末复习
第20周　6月30日—7月6日　期末考试；7月5日休业式
"""

CLEAN_TEXTBOOK = """
第一单元　古诗词诵读
静夜思　［唐］李白
床前明月光，疑是地上霜。举头望明月，低头思故乡。
春望　［唐］杜甫
国破山河在，城春草木深。感时花溅泪，恨别鸟惊心。
烽火连三月，家书抵万金。白头搔更短，浑欲不胜簪。
题西林壁　［宋］苏轼
横看成岭侧成峰，远近高低各不同。不识庐山真面目，只缘身在此山中。
饮酒（其五）　［东晋］陶渊明
结庐在人境，而无车马喧。问君何能尔？心远地自偏。
采菊东篱下，悠然见南山。山气日夕佳，飞鸟相与还。
阅读提示
李白的诗想象奇特，语言明快，常借月亮抒发思乡之情。
杜甫身处乱世，诗中多写百姓疾苦，被后人称为“诗圣”。
苏轼这首诗借游山说理：看问题要跳出局部，才能看清全貌。
陶渊明的田园诗平淡自然，写的是归隐后的日常生活。

第二单元　中国古代科技
张衡发明了候风地动仪，能够测知地震发生的方向。
蔡伦改进了造纸术，使纸成为普遍使用的书写材料。
毕昇发明的活字印刷术，比欧洲早了约四百年。
祖冲之把圆周率精确计算到小数点后第七位。
李时珍历时二十七年，写成了药学巨著《本草纲目》。
郑和率领船队七次远航，最远到达非洲东海岸。
詹天佑主持修建了京张铁路，这是中国人自主设计建造的第一条干线铁路。
思考与练习
1．古代科技成就中，你印象最深的是哪一项？说说理由。
2．查阅资料，了解活字印刷的工作流程，用示意图表示出来。

第三单元　现代文阅读
鲁迅先生在《故乡》中描写了少年闰土月下刺猹的情景，人物形象鲜明。
老舍笔下的北平胡同充满了市井气息。
朱自清的散文语言朴素，情感真挚。
冰心在《繁星》《春水》中歌颂母爱、童心和自然。
阅读时要注意体会作者如何借景抒情、借物言志。

第四单元　地理常识
长江发源于青藏高原唐古拉山脉，全长约六千三百千米，是我国第一长河。
黄河流经黄土高原，携带大量泥沙，下游形成“地上河”。
我国地势西高东低，呈三级阶梯状分布。
秦岭—淮河一线是我国南方与北方的重要地理分界线。
江南丘陵地区气候湿润，适宜种植水稻和茶叶。
青藏高原平均海拔在四千米以上，被称为“世界屋脊”。
新疆的吐鲁番盆地夏季炎热干燥，盛产葡萄和哈密瓜。
东北平原土壤肥沃，是我国重要的商品粮基地。
海南岛位于热带，四季如夏，适合种植橡胶和椰子。

第五单元　历史故事
司马光幼年时砸缸救出落水的同伴，这个故事流传了近千年。
曹冲用船称出了大象的重量，体现了等量替换的思想。
孔融让梨的故事常被用来教育孩子谦让。
张骞两次出使西域，开辟了通往中亚的道路。
林则徐在虎门当众销毁鸦片，表明了禁烟的决心。
"""


# --- Builders -------------------------------------------------------------------------------------------

def build_free_text(gen: Gen) -> list[Doc]:
    docs = []
    for path, text in (("chat.txt", GROUP_CHAT), ("notices.txt", NOTICES_MINUTES),
                       ("awards.txt", AWARDS)):
        d = Doc(gen, path, "name_free_text")
        d.block(text)
        docs.append(d)
    return docs


def build_roster(gen: Gen) -> Doc:
    """Class roster exported from a school management system; 6 classes."""
    rng = gen.rng
    d = Doc(gen, "roster.csv", "name_column")
    header = ["序号", "班级", "学生姓名", "English Name", "性别", "出生日期", "监护人姓名", "关系", "联系电话",
              "紧急联系人", "紧急联系电话", "班主任", "备注"]
    d.add(",".join(header))
    classes = ["七年级1班", "七年级2班", "七年级3班", "八年级1班", "八年级2班"]
    notes = ["", "", "", "", "", "走读", "住校", "午托", "乘校车", "父母在外地务工，由祖父母照看",
             "对青霉素过敏", "左耳听力较弱，座位靠前", "见家访记录", "转入生", "学籍在外省"]
    guardian_junk = ["父亲", "母亲", "本人", "待补充", "暂无", "无", "见备注", ""]
    emergency_junk = ["同上", "爷爷", "母亲", "无", "暂无", "待补充", "", "父亲", "外婆"]
    # rows whose name cells get a placeholder or a mistyped phone (deterministic positions)
    idx = 0
    for ci, cls in enumerate(classes):
        teacher = "王老师" if ci == 2 else gen.name()[0]
        for k in range(22):
            idx += 1
            labels = []
            if rng.random() < 0.06:
                stu, _, _, eng = gen.minority()
                sur = None
            else:
                stu, sur, g = gen.name()
                eng = gen.pinyin(sur, g)
            male = rng.random() < 0.5
            labels.append(("name", stu))
            if rng.random() < 0.03:
                eng = ""
            if eng:
                labels.append(("name", eng))
            born = gen.birth(2011, 2012) if ci < 3 else gen.birth(2010, 2011)
            # guardian
            rel_r = rng.random()
            gcell = ""
            rel = ""
            if idx in (7, 31, 52, 66, 79, 91, 100, 107):
                gcell = guardian_junk[[7, 31, 52, 66, 79, 91, 100, 107].index(idx)]
                rel = "" if gcell in ("父亲", "母亲", "本人") else rng.choice(["父亲", "母亲", ""])
            elif sur and rel_r < 0.5:
                gcell, rel = gen.name(surname=sur)[0], "父亲"
            elif rel_r < 0.85:
                gcell, rel = gen.name()[0], "母亲"
            elif sur and rel_r < 0.93:
                gcell, rel = gen.name(surname=sur)[0], "爷爷"
            else:
                gcell, rel = gen.name()[0], rng.choice(["外婆", "姑姑", "舅舅"])
            if gcell and gcell not in guardian_junk:
                labels.append(("name", gcell))
            phone = gen.mobile()
            # emergency contact
            er = rng.random()
            if idx in (12, 45, 88):
                ecell, ephone = gen.mobile(), ""                  # a phone typed into the name cell
            elif er < 0.45:
                ecell, ephone = gen.name()[0], gen.mobile()
            elif er < 0.92:
                ecell = rng.choice(emergency_junk)
                ephone = gen.mobile() if ecell and ecell not in ("同上", "无", "暂无", "待补充") else ""
            else:
                ecell, ephone = "", ""
            if ecell and not ecell.isdigit() and ecell not in emergency_junk:
                labels.append(("name", ecell))
            # class teacher: classes 1, 4 and 5 are filled only on their first row (merged cells)
            tcell = teacher if (ci in (1, 2) or k == 0) else ""
            if tcell and tcell != "王老师":
                labels.append(("name", tcell))
            row = [str(idx), cls, stu, eng, "男" if male else "女", born.isoformat(), gcell, rel, phone,
                   ecell, ephone, tcell, rng.choice(notes)]
            d.add(",".join(row), labels)
    return d


def build_club_signup(gen: Gen) -> Doc:
    """Club sign-up sheet from an international department: Chinese names under `Name`."""
    rng = gen.rng
    d = Doc(gen, "signup.csv", "name_column")
    d.add("No.,Name,English Name,Class,家长姓名,Phone,Club")
    clubs = ["围棋", "篮球", "合唱", "机器人", "书法", "戏剧", "航模", "辩论"]
    prev_sur = None
    for i in range(1, 71):
        labels = []
        sibling = prev_sur is not None and i in (9, 27, 44, 66)
        if i in (18, 40, 73):
            stu = gen.minority()
            name, eng = stu[0], stu[3]
            sur = None
        else:
            name, sur, g = gen.name(surname=prev_sur if sibling else None)
            eng = gen.pinyin(sur, g)
        labels += [("name", name), ("name", eng)]
        if sibling:
            parent = "同上"
        elif i == 14:
            parent = "待补充"
        elif i == 31:
            parent = "暂无"
        elif i == 36:
            parent = gen.mobile()
        elif i == 55:
            parent = ""
        else:
            parent = gen.name(surname=sur if sur and rng.random() < 0.5 else None)[0]
            labels.append(("name", parent))
        cls = f"G{rng.randrange(6, 10)}-{rng.randrange(1, 5)}"
        d.add(",".join([str(i), name, eng, cls, parent, gen.mobile(), rng.choice(clubs)]), labels)
        prev_sur = sur
    return d


NON_PERSONAL_ROWS = [
    ["高一", "语文", "数学", "英语", "物理", "化学", "生物", "历史"],
    ["初二", "道德与法治", "地理", "生物", "信息技术", "音乐", "美术"],
    ["选修课", "书法", "围棋", "合唱", "航模", "篆刻"],
    ["拓展课", "黄梅戏欣赏", "石刻拓印", "金工实践", "木工入门"],
    ["周三下午", "社团活动", "体育馆", "科技楼", "艺术楼"],
    ["实验楼201室", "周二第5节", "物理分组实验", "已预约"],
    ["录播教室", "周四上午", "公开课", "待审批"],
    ["报告厅", "10月12日", "家长学校讲座", "已确认"],
    ["3号教学楼多功能厅", "周五下午", "合唱排练", "已确认"],
    ["心理咨询室", "每周一三五", "个体辅导", "长期"],
    ["体育器材", "篮球", "24个", "完好"],
    ["体育器材", "跳绳", "60根", "部分损坏"],
    ["美术耗材", "黄色卡纸", "20包", "待领"],
    ["实验耗材", "石蕊试纸", "15盒", "充足"],
    ["办公用品", "白板笔", "48支", "已领"],
    ["图书", "孙子兵法（少儿版）", "12册", "入库"],
    ["音乐器材", "马林巴琴", "1台", "需调音"],
    ["劳技材料", "金属丝", "5卷", "充足"],
    ["卫生用品", "常用药品箱", "4个", "已补充"],
    ["体育器材", "高低杠保护垫", "6块", "完好"],
    ["后勤", "江水泵房巡检", "每周一次", "正常"],
]


def build_records(gen: Gen) -> Doc:
    """Header-less rows pasted together from several sheets."""
    rng = gen.rng
    d = Doc(gen, "records.csv", "name_record")
    nonp = list(NON_PERSONAL_ROWS)

    def person(with_addr_form=None):
        male = rng.random() < 0.5
        name = gen.name()[0] if rng.random() > 0.05 else gen.minority()[0]
        born = gen.birth(2007, 2015)
        return name, male, born

    def emit_nonp(n):
        for _ in range(n):
            d.add(",".join(nonp.pop(0)))

    # shape A: name, gender, ID, class, address (line 1 is a data row)
    for _ in range(22):
        name, male, born = person()
        addr = gen.address()
        d.add(",".join([name, "男" if male else "女", gen.resident_id(born, male), gen.class_name(), addr]),
              [("name", name), ("address", addr)])
    emit_nonp(5)
    # shape B: name, mobile, class, address
    for _ in range(15):
        name, male, born = person()
        addr = gen.address() if rng.random() < 0.8 else gen.short_address()
        d.add(",".join([name, gen.mobile(), gen.class_name(), addr]), [("name", name), ("address", addr)])
    emit_nonp(5)
    # shape C: class, name, gender, ID
    for _ in range(15):
        name, male, born = person()
        d.add(",".join([gen.class_name(), name, "男" if male else "女", gen.resident_id(born, male)]),
              [("name", name)])
    emit_nonp(6)
    # shape D: name, ID
    for _ in range(12):
        name, male, born = person()
        d.add(",".join([name, gen.resident_id(born, male)]), [("name", name)])
    emit_nonp(5)
    # shape E: number, name, gender, mobile, address
    for i in range(1, 17):
        name, male, born = person()
        addr = gen.address()
        d.add(",".join([str(i), name, "男" if male else "女", gen.mobile(), addr]),
              [("name", name), ("address", addr)])
    assert not nonp
    return d


def build_address_text(gen: Gen) -> Doc:
    rng = gen.rng
    d = Doc(gen, "addresses.txt", "address")
    pos = [l for l in ADDRESS_POSITIVE.strip("\n").split("\n")]
    neg = [l for l in ADDRESS_NEGATIVE.strip("\n").split("\n")]
    alone = ["{A}"] * 26
    items = [("p", l) for l in pos + alone] + [("n", l) for l in neg] + [("h", None)] * 4
    rng.shuffle(items)
    for kind, tmpl in items:
        if kind == "h":
            d.block(ADDRESS_LETTERHEAD)
        else:
            d.t(tmpl)
    return d


def build_address_table(gen: Gen) -> Doc:
    rng = gen.rng
    d = Doc(gen, "addr_table.csv", "address")
    d.add("序号,姓名,班级,家庭地址,现住址,户籍所在地,联系电话")
    for i in range(1, 43):
        labels = []
        name = gen.name()[0]
        labels.append(("name", name))
        r = rng.random()
        if i == 23:
            home = "无"
        elif r < 0.12:
            home = gen.short_address()
        else:
            home = gen.address()
        if home != "无":
            labels.append(("address", home))
        r = rng.random()
        if r < 0.5:
            now = "同家庭住址"
        elif r < 0.75:
            now = gen.address()
            labels.append(("address", now))
        elif r < 0.87:
            now = "同上"
        else:
            now = "无"
        r = rng.random()
        if r < 0.35:
            reg = gen.address(rng.choice([3, 4, 8, 9]))
            labels.append(("address", reg))
        elif r < 0.47:
            reg = gen.short_address()
            labels.append(("address", reg))
        elif r < 0.7:
            reg = "同家庭住址"
        elif r < 0.85:
            reg = "同上"
        else:
            reg = "无"
        d.add(",".join([str(i), name, gen.class_name(), home, now, reg, gen.mobile()]), labels)
    return d


def build_clean(gen: Gen) -> list[Doc]:
    docs = []
    for path, text in (("clean/notices.txt", CLEAN_NOTICES), ("clean/lessons.txt", CLEAN_LESSONS),
                       ("clean/timetable.csv", CLEAN_TIMETABLE), ("clean/calendar.txt", CLEAN_CALENDAR),
                       ("clean/textbook.txt", CLEAN_TEXTBOOK)):
        d = Doc(gen, path, "clean")
        for line in text.strip("\n").split("\n"):
            assert "{" not in line, line
            d.add(line)
        docs.append(d)
    return docs


# --- Output ------------------------------------------------------------------------------------------------

README_HEAD = """# Held-out labelled fixtures for the name and address detectors

**Everything here is synthetic, and this corpus is held out.** It was written to measure the
`name` and `address` detectors honestly: it must not be used to tune them. If a detector is changed
because of a miss seen here, this corpus stops being held out and a fresh one should be written.

It was made by `scripts/make_holdout_fixtures.py` (fixed seed {seed}) independently of
`fixtures/labelled/` and its generator: the documents (a parents' group-chat export, notices, meeting
minutes, leave notes, a home-visit log, award lists, certificates, rosters, pasted record rows,
address lines, clean school texts) were written fresh for it, with different wording and structure,
and it has its own pools of surnames (common, less common, rare and compound), given-name characters,
Uyghur/Kazakh-style names with a middle dot, and invented roads, estates, towns and villages. Real
province/city/county names and county codes come from `patterns/cn_regions.txt`; resident ID
numbers get a random birth date, an order code of the right parity and the GB 11643 MOD 11-2 check
character; mobile numbers use allocated prefixes with random tails. Any match with a real person or
home is a coincidence.

Do not edit these files by hand: change the generator and run it again.

```sh
python3 scripts/make_holdout_fixtures.py           # rewrite fixtures/labelled_holdout/
python3 scripts/make_holdout_fixtures.py --check   # regenerate into a temp dir, compare, validate
python3 scripts/evaluate_detection.py --verbose fixtures/labelled_holdout
```

The format (LABELS.jsonl, categories, matching, targets) is that of `fixtures/labelled/README.md`;
`path` is relative to this folder.

## Files

| file | category | lines | `name` labels | `address` labels |
| --- | --- | ---: | ---: | ---: |
"""

README_TAIL = """
- `roster.csv`: five classes of 22 rows: 学生姓名, English Name (pinyin in several styles),
  监护人姓名, 紧急联系人, 班主任 and more (no address column: address columns are in
  `addr_table.csv`). Not labelled: placeholders and relations typed into name cells (父亲, 母亲,
  本人, 待补充, 暂无, 无, 见备注, 同上, 爷爷, 外婆, empty), three mobile numbers typed into 紧急联系人, one class whose 班主任 is `王老师` (surname only), and three classes whose
  班主任 is filled only on their first row (merged cells).
- `signup.csv`: `Name` (Chinese), `English Name`, 家长姓名 with 同上 for siblings, 待补充, 暂无,
  a phone number and an empty cell (not labelled).
- `records.csv`: no header row (line 1 is data). Record shapes: name, gender, ID, class,
  address / name, mobile, class, address / class, name, gender, ID / name, ID / number, name, gender,
  mobile, address; between them 21 rows of course lists, room bookings and inventory with no
  personal value (nothing labelled there).
- `chat.txt`, `notices.txt`, `awards.txt`: running text. Private persons' full names are
  labelled as written, including names followed by 妈妈/爸爸/外婆 (WeChat display names), names in
  接龙 lists, both sides of 之女, a father and son listed in a family, and two-character names
  written with a full-width space inside (`王　芳`, as in aligned award lists). Not labelled: bare
  surnames with a title (何老师, 王老师, 李老师), compound surnames alone (夏侯、上官、欧阳), historical
  and literary figures (李白, 鲁迅, 周树人, 诸葛亮, 岳飞 …), and words that begin with a surname
  character (高度, 黄色, 万一, 金属, 余下, 何必, 常常, 马路, 石头, 方向, 宋体 …).
- `addresses.txt`: home addresses alone and in sentences (full, without province, city
  without 市, county/town/village/group, 第…村民小组, estate/building/unit/room, 街道/社区 forms, the
  four municipalities); negatives: schools' own addresses on letterhead lines after the school name
  and on a `地址：` line right below a line naming the school (not labelled: organisational), school
  names alone, rooms and buildings, bus and metro lines, place names alone, dates and times.
- `addr_table.csv`: 姓名 (labelled `name`), 家庭地址, 现住址, 户籍所在地; every real address cell is
  labelled, including partial ones; placeholders (无, 同上, 同家庭住址) are not.
- `clean/`: notices, lesson plans, a timetable, a school calendar and textbook excerpts (classical
  poems, historical figures, places) with no personal data ({clean_lines} non-empty lines); one
  organisation's 咨询电话 (a landline). **Every finding of any kind in `clean/` is a false positive.**
- `.leakscanignore`: keeps `LABELS.jsonl` and this README out of the scan.

IDs and mobile numbers are real-looking but not labelled: only `name` and `address` values are.
Label counts: {counts}.
"""


def build_all(seed: int) -> list[Doc]:
    gen = Gen(seed)
    docs = [build_roster(gen), build_club_signup(gen), build_records(gen)]
    docs += build_free_text(gen)
    docs += [build_address_text(gen), build_address_table(gen)]
    docs += build_clean(gen)
    return docs


def write_all(out: str, seed: int = SEED) -> list[Doc]:
    docs = build_all(seed)
    os.makedirs(os.path.join(out, "clean"), exist_ok=True)
    for d in docs:
        with open(os.path.join(out, d.path), "w", encoding="utf-8", newline="\n") as f:
            f.write(d.content())
    with open(os.path.join(out, "LABELS.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for d in docs:
            f.write(json.dumps({"type": "file", "path": d.path, "category": d.category}, ensure_ascii=False,
                               separators=(",", ":")) + "\n")
        for d in docs:
            for line, kind, value in d.labels:
                f.write(json.dumps({"type": "label", "path": d.path, "line": line, "kind": kind, "value": value},
                                   ensure_ascii=False, separators=(",", ":")) + "\n")
    with open(os.path.join(out, ".leakscanignore"), "w", encoding="utf-8", newline="\n") as f:
        f.write("# The labels and their description name the planted values: not scanned.\nLABELS.jsonl\nREADME.md\n")
    counts: dict[tuple[str, str], int] = {}
    rows = []
    for d in docs:
        nn = sum(1 for _, k, _ in d.labels if k == "name")
        na = sum(1 for _, k, _ in d.labels if k == "address")
        for _, k, _ in d.labels:
            counts[(d.category, k)] = counts.get((d.category, k), 0) + 1
        rows.append(f"| `{d.path}` | `{d.category}` | {len(d.lines)} | {nn} | {na} |\n")
    clean_lines = sum(1 for d in docs if d.category == "clean" for l in d.lines if l.strip())
    count_text = ", ".join(f"{c}/{k} {n}" for (c, k), n in sorted(counts.items()))
    with open(os.path.join(out, "README.md"), "w", encoding="utf-8", newline="\n") as f:
        f.write(README_HEAD.replace("{seed}", str(seed)))
        f.writelines(rows)
        f.write(README_TAIL.replace("{clean_lines}", str(clean_lines)).replace("{counts}", count_text))
    return docs


# --- Validation -------------------------------------------------------------------------------------------

ID_RE = re.compile(r"(?<![0-9A-Za-z])\d{17}[\dXx](?![0-9A-Za-z])")
MOBILE_RE = re.compile(r"(?<!\d)1[3-9]\d{9}(?!\d)")


def id_ok(s: str) -> bool:
    total = sum(int(c) * (2 ** (17 - i) % 11) for i, c in enumerate(s[:17]))
    if "10X98765432"[total % 11] != s[17].upper():
        return False
    try:
        date(int(s[6:10]), int(s[10:12]), int(s[12:14]))
    except ValueError:
        return False
    return True


def validate(out: str) -> list[str]:
    problems = []
    files, labels = {}, []
    with open(os.path.join(out, "LABELS.jsonl"), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            e = json.loads(line)
            if e["type"] == "file":
                if labels:
                    problems.append(f"LABELS.jsonl:{n}: file line after label lines")
                files[e["path"]] = e["category"]
            else:
                labels.append(e)
    cats = set(files.values())
    for c in ("name_column", "name_record", "name_free_text", "address", "clean"):
        if c not in cats:
            problems.append(f"no file of category {c}")
    on_disk = set()
    for dirpath, _, names in os.walk(out):
        for nm in names:
            rel = os.path.relpath(os.path.join(dirpath, nm), out).replace(os.sep, "/")
            if rel not in ("LABELS.jsonl", "README.md", ".leakscanignore"):
                on_disk.add(rel)
    if on_disk != set(files):
        problems.append(f"files on disk and in LABELS.jsonl differ: {sorted(on_disk ^ set(files))}")
    text = {}
    for p in files:
        with open(os.path.join(out, p), encoding="utf-8") as f:
            text[p] = f.read().split("\n")[:-1]
    per_line: dict[tuple, list[str]] = {}
    for e in labels:
        if e["kind"] not in ("name", "address"):
            problems.append(f"bad kind {e}")
            continue
        if files.get(e["path"]) == "clean":
            problems.append(f"label in a clean file: {e}")
        lines = text[e["path"]]
        if not 1 <= e["line"] <= len(lines):
            problems.append(f"line out of range: {e}")
            continue
        per_line.setdefault((e["path"], e["line"], e["value"]), []).append(e["value"])
        if not e["value"] or e["value"] != e["value"].strip():
            problems.append(f"empty or padded value: {e}")
    for (p, n, v), vs in per_line.items():
        if text[p][n - 1].count(v) < len(vs):
            problems.append(f"{p}:{n}: {v!r} occurs fewer times than labelled ({len(vs)})")
    ids = 0
    for p, lines in text.items():
        for n, line in enumerate(lines, 1):
            for m in ID_RE.finditer(line):
                ids += 1
                if not id_ok(m.group()):
                    problems.append(f"{p}:{n}: invalid resident ID {m.group()}")
            if files[p] == "clean" and (MOBILE_RE.search(line) or ID_RE.search(line)):
                problems.append(f"{p}:{n}: personal number in a clean file")
            if files[p] != "clean" and "{" in line:
                problems.append(f"{p}:{n}: unexpanded token")
    if ids < 40:
        problems.append(f"only {ids} resident IDs")
    # CSV rectangularity where a header exists
    for p, cat in files.items():
        if p.endswith(".csv") and p != "records.csv":
            widths = {len(l.split(",")) for l in text[p]}
            if len(widths) != 1:
                problems.append(f"{p}: rows of different widths {sorted(widths)}")
        if p.endswith(".csv"):
            for n, l in enumerate(text[p], 1):
                if '"' in l:
                    problems.append(f"{p}:{n}: a quoted cell")
    # the brief's minimum sizes
    ft_lines = sum(len(text[p]) for p, c in files.items() if c == "name_free_text")
    addr_txt = sum(len(text[p]) for p, c in files.items() if c == "address" and p.endswith(".txt"))
    clean_lines = sum(1 for p, c in files.items() if c == "clean" for l in text[p] if l.strip())
    if ft_lines < 200:
        problems.append(f"free text has {ft_lines} lines (< 200)")
    if addr_txt < 120:
        problems.append(f"address text has {addr_txt} lines (< 120)")
    if clean_lines < 200:
        problems.append(f"clean has {clean_lines} non-empty lines (< 200)")
    total = sum(os.path.getsize(os.path.join(dp, nm)) for dp, _, nms in os.walk(out) for nm in nms)
    if total > MAX_BYTES:
        problems.append(f"corpus is {total} bytes (> {MAX_BYTES})")
    return problems


def compare_dirs(a: str, b: str) -> list[str]:
    diffs = []
    la = sorted(os.path.relpath(os.path.join(dp, n), a) for dp, _, ns in os.walk(a) for n in ns)
    lb = sorted(os.path.relpath(os.path.join(dp, n), b) for dp, _, ns in os.walk(b) for n in ns)
    if la != lb:
        diffs.append(f"file lists differ: {sorted(set(la) ^ set(lb))}")
    for rel in sorted(set(la) & set(lb)):
        if not filecmp.cmp(os.path.join(a, rel), os.path.join(b, rel), shallow=False):
            diffs.append(f"differs: {rel}")
    return diffs


def summary(docs: list[Doc]) -> str:
    out = []
    for d in docs:
        nn = sum(1 for _, k, _ in d.labels if k == "name")
        na = sum(1 for _, k, _ in d.labels if k == "address")
        extra = ""
        if d.category == "name_free_text":
            extra = f"  (lines with a name {d.positive_lines}, without {len(d.lines) - d.positive_lines})"
        out.append(f"{d.path:32} {d.category:15} lines {len(d.lines):4}  name {nn:4}  address {na:4}{extra}")
    return "\n".join(out)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", default=DEFAULT_OUT, help="output folder (default fixtures/labelled_holdout)")
    ap.add_argument("--check", action="store_true",
                    help="regenerate into a temporary folder, compare byte for byte with --out, validate")
    a = ap.parse_args(argv)
    if a.check:
        with tempfile.TemporaryDirectory() as tmp:
            write_all(tmp)
            diffs = compare_dirs(tmp, a.out) if os.path.isdir(a.out) else [f"missing: {a.out}"]
            problems = validate(tmp)
        for x in diffs + problems:
            print(f"check: {x}", file=sys.stderr)
        if diffs or problems:
            return 1
        print(f"check: {a.out} is up to date and valid")
        return 0
    docs = write_all(a.out)
    print(summary(docs))
    problems = validate(a.out)
    for x in problems:
        print(f"validate: {x}", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
