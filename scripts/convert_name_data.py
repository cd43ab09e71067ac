#!/usr/bin/env python3
"""Writes the name detector's generated data files from published packages:

    patterns/surnames.txt          Chinese surnames, single and compound, with rank and pinyin
    patterns/pinyin_syllables.txt  every Mandarin pinyin syllable, without tones
    patterns/name_stop_words.txt   ordinary words that begin with a surname

Usage:

    python3 scripts/convert_name_data.py

then run scripts/embed_patterns.py. The sources are installed from PyPI at pinned versions (PINS)
into a virtual environment under /tmp (created on first use; NAMEDATA_VENV overrides the place),
and the script re-executes itself there:

    Faker     (MIT)  faker/providers/person/zh_CN: weighted surname list, common given names
    pypinyin  (MIT)  pinyin_dict: every reading of every character
    jieba     (MIT)  jieba/dict.txt: word, frequency, part-of-speech tag

The 百家姓 (Hundred Family Surnames, Song dynasty, public domain) is quoted below.
patterns/public_figures.txt (compiled by hand, not written here) is read so that the names in it
are kept out of the stop words. Output is sorted and has no timestamps: a re-run with the same pins
gives the same bytes.
"""

from __future__ import annotations

import importlib.util
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
PATTERNS = os.path.join(ROOT, "patterns")
PINS = {"Faker": "40.63.0", "pypinyin": "0.55.0", "jieba": "0.42.1"}
VENV = os.environ.get("NAMEDATA_VENV", "/tmp/namedata-venv")

# --- 百家姓 ---------------------------------------------------------------------------------------
# The common simplified-character text. The first part is 408 single surnames (鬱 is the
# traditional form of 郁, which the text also has, so it is dropped). In the second part the text
# prints two characters at a time; 60 of those pairs are compound surnames and 18 are two single
# surnames each (PAIRS_OF_SINGLES), which gives the text's usual count of 444 single and 60
# compound surnames. zh.wikipedia's 仉姓 article, for one, counts 仉 as a single surname of the
# 百家姓 and says the compound 仉督 is no longer in use. Variants in other editions: 麴 for 曲,
# 丌官 for 亓官, 郈 for the second 后 (况后).
BAIJIAXING_SINGLE = (
    "赵钱孙李 周吴郑王 冯陈褚卫 蒋沈韩杨 朱秦尤许 何吕施张 孔曹严华 金魏陶姜 "
    "戚谢邹喻 柏水窦章 云苏潘葛 奚范彭郎 鲁韦昌马 苗凤花方 俞任袁柳 酆鲍史唐 "
    "费廉岑薛 雷贺倪汤 滕殷罗毕 郝邬安常 乐于时傅 皮卞齐康 伍余元卜 顾孟平黄 "
    "和穆萧尹 姚邵湛汪 祁毛禹狄 米贝明臧 计伏成戴 谈宋茅庞 熊纪舒屈 项祝董梁 "
    "杜阮蓝闵 席季麻强 贾路娄危 江童颜郭 梅盛林刁 钟徐邱骆 高夏蔡田 樊胡凌霍 "
    "虞万支柯 昝管卢莫 经房裘缪 干解应宗 丁宣贲邓 郁单杭洪 包诸左石 崔吉钮龚 "
    "程嵇邢滑 裴陆荣翁 荀羊於惠 甄曲家封 芮羿储靳 汲邴糜松 井段富巫 乌焦巴弓 "
    "牧隗山谷 车侯宓蓬 全郗班仰 秋仲伊宫 宁仇栾暴 甘钭厉戎 祖武符刘 景詹束龙 "
    "叶幸司韶 郜黎蓟薄 印宿白怀 蒲邰从鄂 索咸籍赖 卓蔺屠蒙 池乔阴鬱 胥能苍双 "
    "闻莘党翟 谭贡劳逄 姬申扶堵 冉宰郦雍 郤璩桑桂 濮牛寿通 边扈燕冀 郏浦尚农 "
    "温别庄晏 柴瞿阎充 慕连茹习 宦艾鱼容 向古易慎 戈廖庾终 暨居衡步 都耿满弘 "
    "匡国文寇 广禄阙东 欧殳沃利 蔚越夔隆 师巩厍聂 晁勾敖融 冷訾辛阚 那简饶空 "
    "曾毋沙乜 养鞠须丰 巢关蒯相 查后荆红 游竺权逯 盖益桓公"
)
BAIJIAXING_PAIRS = (
    "万俟司马 上官欧阳 夏侯诸葛 闻人东方 赫连皇甫 尉迟公羊 澹台公冶 宗政濮阳 "
    "淳于单于 太叔申屠 公孙仲孙 轩辕令狐 钟离宇文 长孙慕容 鲜于闾丘 司徒司空 "
    "亓官司寇 仉督子车 颛孙端木 巫马公西 漆雕乐正 壤驷公良 拓跋夹谷 宰父谷梁 "
    "晋楚闫法 汝鄢涂钦 段干百里 东郭南门 呼延归海 羊舌微生 岳帅缑亢 况后有琴 "
    "梁丘左丘 东门西门 商牟佘佴 伯赏南宫 墨哈谯笪 年爱阳佟 第五言福"
)
PAIRS_OF_SINGLES = {
    "仉督", "晋楚", "闫法", "汝鄢", "涂钦", "归海", "岳帅", "缑亢", "况后",
    "有琴", "商牟", "佘佴", "伯赏", "墨哈", "谯笪", "年爱", "阳佟", "言福",
}
TRADITIONAL_DUPLICATES = {"鬱"}  # 鬱 = 郁

# --- Pinyin of surnames ---------------------------------------------------------------------------
# pypinyin has no surname mode (python-pinyin issues 120 and 297), and its first reading of a
# polyphonic character is the everyday word's (曾 ceng, 单 dan, 区 qu, 朴 pu, 仇 chou). So a
# single surname whose character has one toneless reading in pypinyin gets that reading, and every
# surname whose character has more than one must be in this table (the script stops otherwise):
# the reading(s) used for the surname, the usual one first. Compiled by hand for this script and
# compared with the surname list in python-pinyin issue 297; each reading must be one of
# pypinyin's readings of the character (checked when the script runs).
SURNAME_READINGS = {
    "王": "wang", "吴": "wu", "朱": "zhu", "许": "xu", "邓": "deng", "冯": "feng",
    "曾": "zeng", "彭": "peng", "蔡": "cai", "潘": "pan", "董": "dong", "于": "yu",
    "余": "yu", "叶": "ye", "杜": "du", "丁": "ding", "沈": "shen", "任": "ren",
    "姚": "yao", "汪": "wang", "陆": "lu", "石": "shi", "贾": "jia", "夏": "xia",
    "方": "fang", "白": "bai", "尹": "yin", "陶": "tao", "郝": "hao", "万": "wan",
    "覃": "qin,tan", "莫": "mo", "汤": "tang", "温": "wen", "施": "shi", "邢": "xing",
    "齐": "qi", "倪": "ni", "庄": "zhuang", "翟": "zhai,di", "殷": "yin", "詹": "zhan",
    "焦": "jiao", "俞": "yu", "甘": "gan", "祝": "zhu", "包": "bao", "宁": "ning",
    "尚": "shang", "舒": "shu", "阮": "ruan", "童": "tong", "单": "shan", "裴": "pei",
    "霍": "huo", "涂": "tu", "谷": "gu", "盛": "sheng", "冉": "ran", "蓝": "lan",
    "路": "lu", "游": "you", "柴": "chai", "祁": "qi", "蒲": "pu", "房": "fang",
    "屈": "qu", "解": "xie", "牟": "mou", "艾": "ai", "司": "si", "古": "gu",
    "缪": "miao", "车": "che", "芦": "lu", "褚": "chu", "戚": "qi", "景": "jing",
    "卜": "bu", "冷": "leng", "柏": "bai", "瞿": "qu", "臧": "zang", "卞": "bian",
    "姬": "ji", "和": "he", "仇": "qiu", "隋": "sui", "沙": "sha", "甄": "zhen",
    "明": "ming", "池": "chi", "查": "zha", "苑": "yuan", "封": "feng", "匡": "kuang",
    "鞠": "ju", "乐": "yue,le", "南": "nan", "栗": "li", "冼": "xian", "位": "wei",
    "区": "ou", "阚": "kan", "强": "qiang", "朴": "piao", "盖": "ge,gai", "祖": "zu",
    "漆": "qi", "支": "zhi", "狄": "di", "平": "ping", "容": "rong", "晁": "chao",
    "芮": "rui", "都": "du", "鹿": "lu", "薄": "bo", "阿": "a", "母": "mu",
    "赫": "he", "杭": "hang", "那": "na", "宿": "su", "印": "yin", "逯": "lu",
    "亢": "kang", "嵇": "ji", "哈": "ha", "湛": "zhan", "戎": "rong", "呼": "hu",
    "居": "ju", "揭": "jie", "干": "gan", "但": "dan", "尉": "wei", "斯": "si",
    "檀": "tan", "信": "xin", "幸": "xing", "由": "you", "贲": "ben", "滑": "hua",
    "於": "yu", "家": "jia", "糜": "mi", "隗": "wei,kui", "宓": "mi,fu", "郗": "xi",
    "仰": "yang", "暴": "bao", "钭": "tou", "怀": "huai", "从": "cong", "咸": "xian",
    "籍": "ji", "能": "nai,neng", "莘": "shen", "逄": "pang", "扶": "fu", "堵": "du",
    "慎": "shen", "暨": "ji", "广": "guang", "蔚": "yu,wei", "越": "yue", "毋": "wu",
    "乜": "nie", "红": "hong", "竺": "zhu", "有": "you", "佴": "nai", "伯": "bo",
    "墨": "mo", "年": "nian", "言": "yan",
}
# Compound surnames, syllables separated by a space here and joined in the output.
COMPOUND_READINGS = {
    "万俟": "mo qi", "司马": "si ma", "上官": "shang guan", "欧阳": "ou yang",
    "夏侯": "xia hou", "诸葛": "zhu ge", "闻人": "wen ren", "东方": "dong fang",
    "赫连": "he lian", "皇甫": "huang fu", "尉迟": "yu chi", "公羊": "gong yang",
    "澹台": "tan tai", "公冶": "gong ye", "宗政": "zong zheng", "濮阳": "pu yang",
    "淳于": "chun yu", "单于": "chan yu", "太叔": "tai shu", "申屠": "shen tu",
    "公孙": "gong sun", "仲孙": "zhong sun", "轩辕": "xuan yuan", "令狐": "ling hu",
    "钟离": "zhong li", "宇文": "yu wen", "长孙": "zhang sun", "慕容": "mu rong",
    "鲜于": "xian yu", "闾丘": "lv qiu", "司徒": "si tu", "司空": "si kong",
    "亓官": "qi guan", "司寇": "si kou", "子车": "zi ju,zi che", "颛孙": "zhuan sun",
    "端木": "duan mu", "巫马": "wu ma", "公西": "gong xi", "漆雕": "qi diao",
    "乐正": "yue zheng", "壤驷": "rang si", "公良": "gong liang", "拓跋": "tuo ba",
    "夹谷": "jia gu", "宰父": "zai fu", "谷梁": "gu liang", "段干": "duan gan",
    "百里": "bai li", "东郭": "dong guo", "南门": "nan men", "呼延": "hu yan",
    "羊舌": "yang she", "微生": "wei sheng", "梁丘": "liang qiu", "左丘": "zuo qiu",
    "东门": "dong men", "西门": "xi men", "南宫": "nan gong", "第五": "di wu",
}

# --- Pinyin syllables -----------------------------------------------------------------------------
# Readings in pypinyin's data that are not syllables of a name: the interjections without a vowel
# (呣 m, 嗯 n ng, 噷 hm, 哼 hng) and ê (欸), which is not ASCII.
NOT_NAME_SYLLABLES = {"m", "n", "ng", "hm", "hng", "ê"}

# --- Stop words -----------------------------------------------------------------------------------
MIN_FREQ = 10  # jieba frequency a word needs to be listed
NAME_SHAPED_MIN_FREQ = 100  # ... and a word shaped like surname + common given name
PERSON_TAGS = {"nr", "nrfg", "nrt"}
HAN_WORD = re.compile(r"[\u4e00-\u9fff]{2,4}")
# Always listed, whatever jieba says (chosen by hand, so not put through the name-shape rule):
# common words given as examples when this list was planned, school vocabulary
# of rosters, report cards and timetables, the days of the week, the fonts a document names
# (宋体, 黑体: cells of a header-less column of names may be them), and the 56 ethnic groups (民族 is
# a roster column; several names begin with a surname: 汉 满 回 苗 白 水 高 ...), and the labels
# of forms and records (谈话人, 申请理由), the groups of chat exports (家长群), the documents whose names open a file's (花名册_2024级.csv),
# who signs for a parcel other than a person (门卫, 丰巢柜, 前台), the brands of a gate's or an e-bike register (爱玛, 哈弗),
# an exam's door and desk labels (门贴, 桌贴), a poem's period as a flashcard's tag names it (唐诗, 宋词), and
# staff housing's words (周转房, 公租房, 房改房, 房产情况), sports in a 姓名 column's stead (篮球, 足球),
# a call log's directions (呼入, 呼出), a phone's contacts and system (快递, 安卓) and a nickname's idiom (阳光明媚),
# a notice's opening clauses after its salutation (经审核，, 经核实，, 和以往), a duty log's 天气, a dormitory's 宿舍楼, a loan's
# 应还款, the subject combinations of the new gaokao that open with 史 (史地生, 史政地), and universities'
# short names in a 接龙's line of where a graduate goes (郑大, 武大, 山大), and a changelog's 修复出 (修复出生日期…).
ALWAYS = """
修复出 修复了
戴镜 房颤 易疲劳 查寝 查房 查铺
郑大 北大 武大 吉大 山大 南大 华师 郑轻 河大 川大 浙大
范文 安全员 门卫室 传达室 会议室 医务室 阅览室 教务处 总务处 政教处 王国 张开 高兴 李子 黄金 周末 方法 高中 马上 于是 金额 常用 文化 安全 万一
高一 高二 高三 初一 初二 初三 同上 同期 同班 同桌 同学 高考 中考 向上 金牌 银牌
周一 周二 周三 周四 周五 周六 周日 周岁 周年 周记 周测 周考 周练 周期 周围
高中部 高年级 高分 高校 高职 高等 高级 高度 初中 初中部 初级 初赛 初步 初次
年级 年龄 年月 年月日 年度 年底 年初 班级 班主任 班长 班会 班委 班干部 班号
家长 家庭 家庭住址 家访 家校 家委会 家属 家乡 家务 宿舍 宿舍号 毕业 毕业生 毕业班 毕业证
籍贯 党员 党支部 通知 通讯录 通讯地址 通过 关系 关于 成绩 成绩单 成员 成长
单元 单元测试 单词 单选 单位 计算 计划 计分 应用 应用题 应该 应届 解答 解题 解析 解决
季军 季度 乐器 乐队 双休日 双方 全班 全校 全体 全年级 全部 全国 平时 平均分 平均 平安
满分 文科 文具 文明 文艺 文言文 文章 古诗 古文 古诗词 秋季 秋游 秋季学期 夏季 夏令营
师生 师范 劳动 劳动教育 信息 信息技术 武术 国旗 国歌 国庆 国庆节 国家 元旦 红领巾 红旗
练习 练习册 向前 由于 但是 有的 有关 有些 安排 安静 安全教育 常规 常识 经常 经过 经验
范读 全免 信头 普惠 公众号 宣传 宣传稿 文字稿 发言稿 演讲稿 陌生人 公示版 公开版 张榜版 冷敷 门岗 水电工 水暖工 家访地点
支付宝 云闪付 余额宝 翼支付 公用 闲置 条记录 此致 敬礼 当选 智学网 易查分 云成绩 七天网络 好分数 原处分
谈话 谈话人 电话 日期 申请 申请人 申请理由 有变动 有变化
家长群 班级群 班委群 家委群 年级群 群聊 群主 群公告 查收
任职 任现职 任职满 任教满 入户 原尺码 原尺寸 原尺 白天 金数据 花名册 申请表 申请书 申报表 申报书 登记表 成绩表 信息表 回执单 计划书 任务书 承诺书 汇总表 统计表 考勤表 座位表 课程表 值日表 信息卡 公示稿 征求意见稿 送审稿 班训 校训 班规 祖孙 盖章 签章 公章 印章 边缘易 边缘户 易致贫 脱贫户 监测户 戴眼镜 戴口罩 戴帽子 戴手套 戴头盔 常喝水 常洗手 常通风 常开窗 勤洗手 经常用 经全体 经全班 向受伤 马甲 周视图 月视图 日视图 原号码 原手机 原电话 原手机号
孙女 长子 长女 次子 次女 养子 养女
毕业后 毕业前 全覆盖 全过程 全方位 计时长 计时员 计分员 检录长 公出国 公出境 班额 大班额 米面油 粮油米面 施测 施测者 施测员 楼栋 楼号 楼层 楼宇
麻腮风 百白破 白破 卡介苗 水痘 流脑 乙脑 甲肝 乙肝 脊灰
曾多次 曾获 曾任 曾报警 曾报案 空模板 空白 空表 范本 范例 马拉松
银行卡 左前 右前 左手 右手 左脚 右脚 左腿 右腿 左臂 右臂 左眼 右眼 左膝 右膝 左肩 右肩 左耳 右耳 左前臂 右前臂 左上臂 右上臂 左小腿 右小腿 左大腿 右大腿 左手腕 右手腕 左脚踝 右脚踝 左膝盖 右膝盖 左肘 右肘
周一早 周一晚 周一上 周一下 周二早 周二晚 周二上 周二下 周三早 周三晚 周三上 周三下 周四早 周四晚 周四上 周四下 周五早 周五晚 周五上 周五下 周六早 周六晚 周六上 周六下 周日早 周日晚 周日上 周日下
母亲 母语 马路 方面 方向 方案 张贴 黄色 白天 白色 白板 蓝色 红色 时间 时候 包括 和平 和谐
宋体 黑体 仿宋 华文宋体 华文黑体 方正小标宋 方正黑体 方正仿宋
门卫 前台 丰巢柜 智能柜 快递柜 单位收发 爱玛 艾玛 哈弗 林肯 蔚来 马自达 高尔夫 门贴 桌贴
墨绿 墨蓝 米黄 米白 米色 姜黄 金黄 金色 银灰 焦糖 藏青 藏蓝
北门 南侧 东侧 西侧 北侧
唐诗 宋词 元曲 宋诗 汉赋 唐诗宋词 周转房 公租房 房改房 房产情况 房产证 房屋情况
篮球 足球 排球 网球 羽毛球 乒乓球 田径 呼入 呼出 快递 外卖 安卓 阳光明媚
汉族 蒙古族 回族 藏族 维吾尔族 苗族 彝族 壮族 布依族 朝鲜族 满族 侗族 瑶族 白族
土家族 哈尼族 哈萨克族 傣族 黎族 傈僳族 佤族 畲族 高山族 拉祜族 水族 东乡族 纳西族 景颇族
柯尔克孜族 土族 达斡尔族 仫佬族 羌族 布朗族 撒拉族 毛南族 仡佬族 锡伯族 阿昌族 普米族
塔吉克族 怒族 乌孜别克族 俄罗斯族 鄂温克族 德昂族 保安族 裕固族 京族 塔塔尔族 独龙族
鄂伦春族 赫哲族 门巴族 珞巴族 基诺族
公司总 经研究 全班平均 迟交 查看率 应读 云阅卷 双评 平均高 任务量
经审核 经核实 经批准 经复核 经审查 经审定 经评审 经讨论 和以往
宿舍楼 天气 应还款 应还 应缴 应交 史化生 史化政 史化地 史生化 史生政 史生地 史政化 史政生 史政地 史地化 史地生 史地政
""".split()


# --- Environment ----------------------------------------------------------------------------------

def installed_versions() -> dict:
    from importlib.metadata import PackageNotFoundError, version
    out = {}
    for name in PINS:
        try:
            out[name] = version(name)
        except PackageNotFoundError:
            out[name] = None
    return out


def ensure_packages() -> None:
    """Runs in a venv holding the pinned packages; creates it and re-executes the script if needed."""
    if installed_versions() == PINS:
        return
    py = os.path.join(VENV, "bin", "python")
    in_venv = os.path.realpath(sys.prefix) == os.path.realpath(VENV)  # (its python links to the base one)
    if in_venv and os.environ.get("_NAMEDATA_REEXEC"):
        sys.exit(f"the venv {VENV} does not hold {PINS}: found {installed_versions()}")
    if not os.path.exists(py):
        print(f"==> creating {VENV}", file=sys.stderr)
        subprocess.check_call([sys.executable, "-m", "venv", VENV])
    if not in_venv:  # the venv may hold the pins already: look there first
        os.execv(py, [py, os.path.abspath(__file__)] + sys.argv[1:])
    pins = [f"{name}=={v}" for name, v in PINS.items()]
    print(f"==> pip install {' '.join(pins)}", file=sys.stderr)
    subprocess.check_call([py, "-m", "pip", "install", "-q", "--disable-pip-version-check"] + pins)
    env = dict(os.environ, _NAMEDATA_REEXEC="1")
    os.execve(py, [py, os.path.abspath(__file__)] + sys.argv[1:], env)


def write(name: str, header: list[str], rows: list[str]) -> None:
    path = os.path.join(PATTERNS, name)
    text = "".join(f"# {h}\n" if h else "#\n" for h in header) + "".join(r + "\n" for r in rows)
    for line in text.splitlines():
        assert line == line.rstrip() and "\r" not in line, (name, line)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)
    print(f"wrote patterns/{name}: {len(rows)} lines")


# --- Pinyin ---------------------------------------------------------------------------------------

def char_readings() -> dict[str, list[str]]:
    """Every toneless reading of every character in pypinyin's data, in pypinyin's order."""
    from pypinyin.contrib.tone_convert import to_normal
    from pypinyin.pinyin_dict import pinyin_dict
    out = {}
    for code, readings in pinyin_dict.items():
        seen = []
        for r in readings.split(","):
            r = to_normal(r)  # tone marks off, ü as v
            if r not in seen:
                seen.append(r)
        out[chr(code)] = seen
    return out


def syllables(readings: dict[str, list[str]]) -> list[str]:
    found = {r for rs in readings.values() for r in rs} - NOT_NAME_SYLLABLES
    bad = sorted(s for s in found if not re.fullmatch(r"[a-z]+", s))
    if bad:
        sys.exit(f"unexpected pinyin in pypinyin's data: {bad}")
    # ü is written v (lv, nve) by pypinyin and most keyboards; people also write u where no
    # other syllable is spelled the same (lue, nue; lu and nu are syllables of their own), and
    # passports write yu (吕 LYU, 女 NYU, 略 LYUE).
    found |= {s.replace("v", "u") for s in found if "v" in s}
    found |= {s.replace("v", "yu") for s in found if "v" in s}
    return sorted(found)


# --- Surnames -------------------------------------------------------------------------------------

def baijiaxing() -> tuple[list[str], list[str]]:
    """(single surnames, compound surnames) of the 百家姓 in the order of the text."""
    singles = [c for c in BAIJIAXING_SINGLE.replace(" ", "") if c not in TRADITIONAL_DUPLICATES]
    assert len(singles) == 407, len(singles)
    text = BAIJIAXING_PAIRS.replace(" ", "")
    pairs = [text[i:i + 2] for i in range(0, len(text), 2)]
    assert len(pairs) == 78 and PAIRS_OF_SINGLES <= set(pairs), pairs
    compounds = []
    for pair in pairs:
        if pair in PAIRS_OF_SINGLES:
            singles += [c for c in pair if c not in singles]  # 后 is also in the first part
        else:
            compounds.append(pair)
    assert len(compounds) == 60, len(compounds)
    return singles, compounds


# The most common surnames of mainland China in simplified characters, most common first, as
# the Ministry of Public Security's household registration centre published them (公安部户政管理研究
# 中心《二〇二〇年全国姓名报告》, press reports of February 2021). Faker's list writes some of them in
# their traditional or variant form (萧 for 肖) or lacks them (付); this list comes first.
# Written down by hand from those reports (99 of the top 100): neighbouring positions may be off by
# a place or two.
MODERN_TOP = (
    "王李张刘陈杨黄赵吴周徐孙马胡朱郭何罗高林郑梁谢唐许冯宋韩邓彭曹曾田于肖潘袁董叶杜丁蒋程余吕魏蔡苏任卢沈"
    "姜姚钟崔陆谭汪石付贾范金方韦夏廖侯白孟邹秦尹江熊薛邱闫段雷季史陶毛贺龙万顾关郝孔向龚邵钱武扈戴严"
)


def surname_rows(readings, valid_syllables):
    from faker.providers.person.zh_CN import Provider

    weights = Provider.last_names  # surname -> weight, in Faker's order
    faker_names = list(weights)
    assert len(set(MODERN_TOP)) == len(MODERN_TOP) == 99
    modern = list(MODERN_TOP)
    by_weight = sorted(faker_names, key=lambda s: -weights[s])  # stable: ties keep Faker's order
    faker_singles = sum(1 for s in by_weight if len(s) == 1)
    added_modern = [s for s in modern if s not in weights]
    ranked = modern + [s for s in by_weight if s not in modern]
    bjx_singles, bjx_compounds = baijiaxing()
    added_singles = [s for s in bjx_singles if s not in weights and s not in modern]
    added_compounds = [s for s in bjx_compounds if s not in weights]
    unknown = [s for s in ranked if len(s) > 1 and s not in COMPOUND_READINGS]
    if unknown:
        sys.exit(f"no reading for Faker's compound surnames {unknown}: add them to COMPOUND_READINGS")
    ranked += added_singles + added_compounds

    def pinyin(surname: str) -> str:
        if len(surname) > 1:
            out = []
            for reading in COMPOUND_READINGS[surname].split(","):
                parts = reading.split()
                assert len(parts) == len(surname) and set(parts) <= valid_syllables, (surname, parts)
                assert all(p in readings[c] for p, c in zip(parts, surname)), (surname, parts)
                out.append("".join(parts))
            return ",".join(out)
        own = readings.get(surname)
        if not own:
            sys.exit(f"pypinyin has no reading for {surname}")
        if surname in SURNAME_READINGS:
            chosen = SURNAME_READINGS[surname].split(",")
            if not set(chosen) <= set(own):
                sys.exit(f"SURNAME_READINGS[{surname}] = {chosen}, not among pypinyin's {own}")
            return ",".join(chosen)
        if len(own) > 1:
            sys.exit(f"{surname} has readings {own}: give its surname reading in SURNAME_READINGS")
        return own[0]

    stale = sorted(set(SURNAME_READINGS) - set(ranked)) + sorted(set(COMPOUND_READINGS) - set(ranked))
    if stale:
        sys.exit(f"readings given for surnames that are not listed: {stale}")
    def spellings(surname: str) -> str:
        # A reading with ü (吕 lv) is also written as on a passport (LYU).
        readings = pinyin(surname).split(",")
        return ",".join(readings + [r.replace("v", "yu") for r in readings if "v" in r])

    rows = [f"{s}\t{rank}\t{spellings(s)}" for rank, s in enumerate(ranked, 1)]
    compounds = [s for s in ranked if len(s) > 1]
    header = [
        "Chinese surnames (姓), single and compound, with a frequency rank (1 = most frequent) and pinyin.",
        "Ranks 1-99: the most common surnames of the Ministry of Public Security's 2020 name report",
        "(公安部户政管理研究中心《二〇二〇年全国姓名报告》, as reported in the press, February 2021; written down",
        f"by hand, positions may be off by a place or two); {len(added_modern)} of them are not in Faker ({''.join(added_modern)}).",
        f"Then Faker {PINS['Faker']} (MIT, https://github.com/joke2k/faker),",
        f"faker/providers/person/zh_CN last_names: {len(faker_names)} surnames "
        f"({faker_singles} single, {'/'.join(s for s in faker_names if len(s) > 1)}) with weights; ranked by weight,",
        "ties in Faker's order.",
        f"Faker has fewer than 400 single surnames, so the {len(added_singles)} single surnames of the 百家姓 (Hundred",
        "Family Surnames, Song dynasty, public domain) that it lacks follow, ranked in the order of the text.",
        "In the text's compound part, 18 printed pairs are two single surnames each (仉督 晋楚 闫法 汝鄢 涂钦",
        "归海 岳帅 缑亢 况后 有琴 商牟 佘佴 伯赏 墨哈 谯笪 年爱 阳佟 言福), as in the usual count of 444 single",
        f"and 60 compound surnames. The {len(added_compounds)} compound surnames that Faker lacks come last, in the",
        "order of the text (no frequency source); no compound-by-marriage forms (no source lists them).",
        f"Pinyin: pypinyin {PINS['pypinyin']} (MIT), lowercase, no tones, ü written v, compound surnames joined",
        "(ouyang). pypinyin has no surname mode: characters with several readings take their surname",
        "reading(s) from the table in the script, the usual one first (曾 zeng, 单 shan, 区 ou, 覃 qin,tan).",
        "A reading with ü is also given as passports write it (吕 lv,lyu).",
        "Generated by scripts/convert_name_data.py. Do not edit.",
        f"{len(rows)} surnames: {len(rows) - len(compounds)} single, {len(compounds)} compound.",
        "Format: surname<TAB>rank<TAB>pinyin[,pinyin...]",
    ]
    return header, rows, ranked


# --- Stop words -----------------------------------------------------------------------------------

# jieba tags many everyday words as person names (谢谢, 明白, 黎明, 阳光, 文明); at this frequency and
# above an entry tagged so is such a word or a famous or fictional figure, unless it is shaped like
# a common personal name (李娜: a tennis player's, and thousands of pupils').
PERSON_TAG_MIN_FREQ = 300


def stop_word_rows(surnames: list[str], public_figures: set[str]):
    from faker.providers.person.zh_CN import Provider

    singles = {s for s in surnames if len(s) == 1}
    compounds = {s for s in surnames if len(s) == 2}
    given = set(Provider.first_names)
    surname_set = set(surnames)

    def starts_with_surname(word: str) -> bool:
        return word[0] in singles or word[:2] in compounds

    def name_shaped(word: str) -> bool:
        """surname + one of Faker's common given names (王芳, 于洋, 梁建国)."""
        return (word[0] in singles and word[1:] in given) or (word[:2] in compounds and word[2:] in given)

    spec = importlib.util.find_spec("jieba")
    path = os.path.join(spec.submodule_search_locations[0], "dict.txt")
    words = set()
    person_tagged = set()
    counts = {"person": 0, "name_shaped": 0, "surname": 0, "figure": 0}
    with open(path, encoding="utf-8") as f:
        for line in f:
            word, freq, tag = line.split()
            if not HAN_WORD.fullmatch(word) or not starts_with_surname(word) or int(freq) < MIN_FREQ:
                continue
            if tag in PERSON_TAGS and (int(freq) < PERSON_TAG_MIN_FREQ or name_shaped(word)):
                counts["person"] += 1
            elif word in surname_set:
                counts["surname"] += 1
            elif word in public_figures:
                counts["figure"] += 1
            elif name_shaped(word) and int(freq) < NAME_SHAPED_MIN_FREQ:
                counts["name_shaped"] += 1
            else:
                words.add(word)
                if tag in PERSON_TAGS:
                    person_tagged.add(word)
    from_jieba = len(words)
    for word in ALWAYS:
        assert re.fullmatch(r"[\u4e00-\u9fff]{2,5}", word), word
        assert word not in surname_set and word not in public_figures, word
    assert len([w for w in ALWAYS if w.endswith("族") and w not in ("家族",)]) == 56
    words |= set(ALWAYS)
    person_tagged -= set(ALWAYS)
    rows = [f"{w}\tperson" if w in person_tagged else w for w in sorted(words)]
    header = [
        "Ordinary words that begin with a surname, so that a name detector does not take them for a",
        "name (王国 张开 高兴 周末 方法 金额 文化 ...).",
        f"Source: jieba {PINS['jieba']} (MIT, https://github.com/fxsjy/jieba), jieba/dict.txt (word, frequency,",
        "part-of-speech tag). Taken: words of 2 to 4 Han characters whose first character is a single",
        "surname of surnames.txt or whose first two are a compound one, with a jieba frequency of at",
        f"least {MIN_FREQ}, whose tag is not a person name (nr, nrfg, nrt) unless their frequency is at least",
        f"{PERSON_TAG_MIN_FREQ} and not name-shaped (jieba tags 谢谢, 明白, 黎明 as names). Left out: words that are a surname",
        "themselves (东方, 欧阳), names in public_figures.txt, and words shaped like surname + one of",
        f"Faker {PINS['Faker']}'s common given names (于洋, 梁建国) unless their frequency is at least "
        f"{NAME_SHAPED_MIN_FREQ} (水平, 和平).",
        f"Left out by those rules: {counts['person']} person-name entries, {counts['surname']} surnames, "
        f"{counts['figure']} public figures, {counts['name_shaped']} name-shaped words.",
        "Added whatever jieba says: leakscan's list of school words (高一 初三 同桌 班主任 籍贯 周一 ...),",
        "font names (宋体 黑体 仿宋 ...) and the names of the 56 ethnic groups (汉族 满族 回族 ...; up to 5",
        "characters).",
        "jieba's tags are not always right: a rare personal name tagged as a common noun may remain.",
        "Generated by scripts/convert_name_data.py. Do not edit.",
        f"{len(rows)} words ({from_jieba} from jieba). Sorted by code point.",
        f"Format: one word per line; `<TAB>person` after the {len(person_tagged)} that jieba tags as a person's name",
        "(kept for their frequency: 王晓东, 韦小宝, 赵大明), which a column of names may hold.",
    ]
    return header, rows


def read_public_figures() -> set[str]:
    path = os.path.join(PATTERNS, "public_figures.txt")
    with open(path, encoding="utf-8") as f:
        return {line.strip() for line in f if line.strip() and not line.startswith("#")}


def main() -> None:
    ensure_packages()
    readings = char_readings()
    syl = syllables(readings)
    header, rows, surnames = surname_rows(readings, set(syl))
    write("surnames.txt", header, rows)

    write("pinyin_syllables.txt", [
        "Mandarin pinyin syllables without tones, for telling whether a Latin-script name",
        "(\"Zhang Xiaoming\") is made of pinyin.",
        f"Source: pypinyin {PINS['pypinyin']} (MIT, https://github.com/mozillazg/python-pinyin), pinyin_dict:",
        "every reading of every character, tones stripped (pypinyin.contrib.tone_convert.to_normal),",
        "ü written v (lv nv lve nve). Added: the same with u where people write u (lue nue), and",
        "with yu as passports write it (lyu nyu lyue nyue).",
        "Left out: the interjections without a vowel (m n ng hm hng) and ê. Rare readings that",
        "pypinyin carries for one or two characters (biang bong cei den din fiao len nia rua tei wong ...)",
        "are kept.",
        "Generated by scripts/convert_name_data.py. Do not edit.",
        f"{len(syl)} syllables. Sorted.",
        "Format: one syllable per line, lowercase ASCII",
    ], syl)

    header, rows = stop_word_rows(surnames, read_public_figures())
    write("name_stop_words.txt", header, rows)


if __name__ == "__main__":
    main()
