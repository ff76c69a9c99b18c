#!/usr/bin/python3
# Builds key.json from draft.txt: every entry is located by a unique anchor string,
# so line numbers (1-based) always match the final draft. Run: /usr/bin/python3 make_key.py
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))
LINES = open(os.path.join(HERE, 'draft.txt'), encoding='utf-8').read().split('\n')
if LINES and LINES[-1] == '':
    LINES.pop()


def line_of(anchor, text=None):
    hits = [i + 1 for i, l in enumerate(LINES) if anchor in l]
    assert len(hits) == 1, (anchor, hits)
    n = hits[0]
    if text is not None:
        assert text in LINES[n - 1], (text, n)
    return n


def row(no):
    """line of task-list row number `no` (first cell)."""
    hits = [i + 1 for i, l in enumerate(LINES) if l.split('\t')[0] == str(no) and '\t' in l]
    assert len(hits) == 1, (no, hits)
    return hits[0]


def cell(no, k):
    return LINES[row(no) - 1].split('\t')[k]


def e(rule, anchor, text, why, **kw):
    d = {"rule": rule, "line": line_of(anchor, text)}
    if text is not None:
        d["text"] = text
    d.update(kw)
    d["why"] = why
    return d


def r(rule, no, text, why):
    n = row(no)
    assert text in LINES[n - 1], (no, text)
    return {"rule": rule, "line": n, "text": text, "why": why}


DL = "deadline-later-than-baseline"
DI = "deadline-invalid"
UU = "unknown-unit"
BM = "basis-mismatch"
GT = "garbled-text"
MP = "missing-pillar"

assert cell(20, 3) == "2025年6月底前"
assert cell(7, 3) == "2024年6月31日前"
assert "区大数据局" in cell(24, 2)
assert cell(15, 2).startswith("自治区党委政法委牵头")

expect = [
    e(BM, "（宁政办发〔2023〕17号）", "宁政办发〔2023〕17号",
      "the title 《自治区人民政府关于加强数字政府建设的实施意见》 belongs to 宁政发〔2023〕17号 (2023-05-16); "
      "宁政办发 is a wrong 文号 (government-office series instead of government series)"),
    e(DL, "到2026年，街道数字政府建设体系框架全面成型", "2026年",
      "主要目标: the region's goal for the same thing is 到2025年 (\"34567\"体系框架全面成型 … 政府数字化履职能力明显提升); "
      "2026 is later"),
    r(DL, 20, "2025年6月底前",
      "row 20 (适老化与信息无障碍改造) takes up task 93, 完成时限 2024年; 2025年6月底 is later"),
    r(DI, 7, "2024年6月31日",
      "June has 30 days: 6月31日 is an impossible date (row 7 takes up task 48, 完成时限 2024年; the year itself is not late)"),
    r(UU, 24, "区大数据局",
      "no 金凤区 body of that name in units.txt (the district has 金凤区大数据服务中心 = 区大数据服务中心); "
      "not a regional unit either"),
    r(UU, 15, "自治区党委政法委",
      "a regional body (自治区党委政法委, lead of regional task 83) named as 牵头 of the street's own task; "
      "copied from the regional list"),
    e(GT, "全面提升鍩哄眰鏅烘収娌荤悊鑳藉姏", "鍩哄眰鏅烘収",
      "UTF-8 bytes read as GBK: 鍩哄眰鏅烘収娌荤悊鑳藉姏 re-encoded as GBK and decoded as UTF-8 is 基层智慧治理能力"),
]

mnf = []
# ---- deadlines in the task list (one per row), each against the regional task and its 完成时限
rows = [
    (1, "2024年4月底前", "task 64 (各地参照自治区做法成立组织机构), 完成时限 2025年: earlier"),
    (2, "持续推进，2025年取得明显成效", "task 6 (服务数字化), 完成时限 持续推进，2025年取得明显成效: identical"),
    (3, "2025年", "task 9 (一网统管), 完成时限 持续推进，2025年取得明显成效: equal milestone"),
    (4, "2024年", "task 21 (行政权力事项网上运行、动态管理), 完成时限 2024年: equal"),
    (5, "2025年", "task 28 (试点示范), 完成时限 2023年启动，2025年取得明显成效: equal completing milestone"),
    (6, "2024年", "task 40 (电子公文全流程管理), 完成时限 2024年: equal"),
    (7, "2024年6月31日前", "task 48 (城域网、5级全覆盖), 完成时限 2024年: the year is not later (the date is invalid, see expect)"),
    (8, "2024年12月底前", "task 54 (电子文件归档), 完成时限 2024年: equal"),
    (9, "2024年12月底前", "task 66 (宁夏经济运行大数据平台), 完成时限 2025年: earlier; equal to task 65 (2024年) if read as that"),
    (10, "2024年", "task 73 (消费维权\"一件事\"), 完成时限 2024年: equal"),
    (11, "2024年10月底前", "task 74 (移动监管、非现场监管), 完成时限 2024年: earlier"),
    (12, "2024年", "task 77 (矛盾纠纷线上受理), 完成时限 2024年: equal"),
    (13, "2024年", "task 79 (雪亮工程), 完成时限 2024年: equal"),
    (14, "2024年", "task 80 (智慧应急), 完成时限 2024年: equal"),
    (15, "2025年", "task 83 (互联网+基层治理), 完成时限 2025年: equal"),
    (16, "2024年", "task 84 (网上办、就近办、一次办), 完成时限 2024年: equal"),
    (17, "2024年9月底前", "task 86 (我的宁夏), 完成时限 2024年: earlier"),
    (18, "2024年12月底前", "task 87 (12345, 接诉即办), 完成时限 2023年启动，2025年完成: earlier; equal to task 115 (2024年) if read as that"),
    (19, "2024年", "task 89 (惠企政策精准推送、直达直享), 完成时限 2024年: equal"),
    (21, "2025年", "task 102 (绿色低碳转型), 完成时限 2025年: equal"),
    (22, "2024年", "task 104 (协同办公平台), 完成时限 2024年: equal"),
    (23, "2024年6月底前", "task 105 (宁政通), 完成时限 2024年: earlier"),
    (24, "2025年", "task 106 (宁政通填表报数系统、基层减负), 完成时限 2025年: equal"),
    (25, "2025年", "task 107 (视频会议平台), 完成时限 2025年: equal"),
    (26, "2024年", "task 112 (政务公开信息化平台、网上发布为主), 完成时限 2024年: equal"),
    (27, "2024年", "task 114 (政务新媒体矩阵), 完成时限 2024年: equal"),
    (28, "2024年", "task 115 (政民互动渠道), 完成时限 2024年: equal"),
    (29, "长期坚持", "task 121 (每年度制定工作要点和考核指标), 完成时限 长期坚持: identical"),
]
for no, text, why in rows:
    assert cell(no, 3) == text, (no, cell(no, 3))
    mnf.append(r(DL, no, text, why))

# ---- other dates
mnf += [
    e(DL, "到2024年底，街道、社区两级电子政务外网", "2024年底",
      "主要目标 for 2024: 外网/城域网 to 社区 (task 48, 2024年), 宁政通 (task 105, 2024年), 网上办就近办 (task 84, 2024年), "
      "网格上报 mechanism (task 83, 2025年); equal or earlier, and earlier than the region's 2025 goal"),
    e(DL, "到2035年，与基层治理现代化相适应", "2035年",
      "主要目标: equal to the region's 到2035年 goal (数字政府体系框架成熟完备 … 全面建成)"),
    e(DI, "2022年，街道便民服务中心完成", "2022年",
      "工作基础: a past date in the background, not a deadline"),
    e(DI, "2023年，辖区6个社区全部接入", "2023年",
      "工作基础: a past date in the background (what was done in 2023), not a deadline"),
    e(DI, "2023年9月，满春社区建成智慧养老服务站", "2023年9月",
      "工作基础: a past event, not a deadline"),
    e(DI, "自《宁夏回族自治区2020年", "2020年",
      "the year in the title of an old document mentioned retrospectively"),
    {"rule": DI, "line": line_of("2024年3月18日"), "text": "2024年3月18日", "why": "the notice's own issue date"},
    e(DL, "2024年12月20日前报送年度工作总结", "2024年12月20日",
      "the office's own reporting date for the annual summary, not a task deadline"),
    e(DI, "于每季度末月25日前向党政办报送", "25日",
      "the office's own quarterly reporting date, not an impossible date"),
]

# ---- basis documents
mnf += [
    e(BM, "（国发〔2022〕14号）", "国发〔2022〕14号",
      "correct: 《国务院关于加强数字政府建设的指导意见》 is 国发〔2022〕14号"),
    e(BM, "（宁政办发〔2020〕14号）印发以来", "宁政办发〔2020〕14号",
      "retrospective mention in 工作基础 (\"自…印发以来\"), not a basis; title and 文号 match the 2020 工作要点"),
    e(BM, "满北党工发〔2024〕9号", "满北党工发〔2024〕9号",
      "the notice's own 文号, not a cited basis document"),
]

# ---- units: the street's own offices and short forms, 社区/网格 collectives, district bodies cooperating
mnf += [
    e(UU, "各社区党委、居委会，街道各办（所、队、中心）：", "各社区党委、居委会",
      "addressees of the notice: collectives (each 社区's 党委 and 居委会)"),
    e(UU, "领导小组办公室设在党政办", "党政办", "short name of 街道党政办公室 in units.txt"),
    e(UU, "各社区居委会负责辖区基础数据", "各社区居委会", "collective: the street's 社区居委会 as a group"),
    e(UU, "网格员负责“人、地、物、事、组织”", "网格员", "in units.txt (社区网格员 = 网格员)"),
    e(UU, "主动对接区大数据服务中心、区审批服务管理局", "区大数据服务中心",
      "district body in units.txt (金凤区大数据服务中心), named as a body the street works with, not a lead"),
    e(UU, "主动对接区大数据服务中心、区审批服务管理局", "区审批服务管理局",
      "district body in units.txt (金凤区审批服务管理局), cooperating"),
    e(UU, "在满春社区、北苑社区先行打造", "满春社区", "a named 社区 in units.txt"),
    e(UU, "为区委、区政府决策提供", "区委", "金凤区委 / 区政府 are in units.txt; mentioned, not responsible"),
    e(UU, "配合区市场监管局推进消费维权", "区市场监管局", "district body in units.txt, the street cooperates"),
    e(UU, "依托街道综治中心", "综治中心", "short name of 街道综治中心 in units.txt"),
    e(UU, "配合相关部门强化平台经济等新业态日常巡查", "相关部门", "generic collective (the competent departments), not a named unit"),
    e(UU, "依托宁夏干部教育培训网络学院", "宁夏干部教育培训网络学院", "a training platform the street relies on (依托), not a responsible unit"),
    e(UU, "街道党工委切实履行领导责任，办事处履行主体责任", "办事处", "short name of the 街道办事处 in units.txt"),
    r(UU, 1, "街道各办（所、队、中心）", "collective: all of the street's offices"),
    r(UU, 2, "社会事务办", "short name of 街道社会事务办公室 in units.txt"),
    r(UU, 3, "综合执法队", "short name of 街道综合行政执法队 in units.txt"),
    r(UU, 4, "区审批服务管理局", "district body in units.txt, 配合 (cooperating), not the lead"),
    r(UU, 5, "北苑社区", "named 社区 in units.txt (满春社区、北苑社区 具体负责 a street pilot)"),
    r(UU, 7, "区大数据服务中心", "district body in units.txt, 配合 (cooperating)"),
    r(UU, 9, "经发办", "short name of 街道经济发展办公室 in units.txt"),
    r(UU, 10, "区市场监管局", "district body in units.txt, 配合"),
    r(UU, 12, "平安办", "short name of 街道平安建设办公室 in units.txt"),
    r(UU, 13, "满城北街派出所", "in units.txt (派驻单位), 配合"),
    r(UU, 15, "各社区、网格员", "各社区 is a collective; 网格员 is in units.txt"),
    r(UU, 16, "便民服务中心", "short name of 街道便民服务中心 in units.txt"),
    r(UU, 18, "各网格", "collective: all grids of the street"),
    r(UU, 25, "区大数据服务中心配合", "district body in units.txt, cooperating (the unknown one is 区大数据局 on row 24)"),
    r(UU, 27, "党建办", "short name of 街道党建工作办公室 in units.txt"),
]

# ---- pillars present in content
mnf += [
    e(MP, "（三）营造良好数字生态。", None, "数字生态 is taken up (网络安全宣传, 数据规范使用, 公共数据开放, 网络生态)", pillar="数字生态"),
    e(MP, "（一）经济调节能力。", None, "经济调节 is taken up at street scale (企业台账, 经济运行大数据平台)", pillar="经济调节"),
    e(MP, "对照自治区“五个一”和“六级贯通”工作体系要求", None,
      "五个一/六级贯通 work system folded into 健全工作体系 (组织机构, 层级职责, 工作机制), as 吴忠 does", pillar="五个一"),
    e(MP, "（二）加大财政投入。", None, "财政投入 is taken up", pillar="财政投入"),
    e(MP, "（五）生态环境保护能力。", None, "生态环境保护 is taken up (扬尘、油烟、噪声, 垃圾分类, 绿色低碳)", pillar="生态环境保护"),
]

covers = [
    {"task": 6, "line": row(2)}, {"task": 9, "line": row(3)}, {"task": 14, "line": line_of("（一）强化安全保障。")},
    {"task": 15, "line": line_of("（一）强化安全保障。")}, {"task": 21, "line": row(4)}, {"task": 25, "line": line_of("（二）加大财政投入。")},
    {"task": 28, "line": row(5)}, {"task": 30, "line": line_of("（三）加强数据资源管理。")}, {"task": 40, "line": row(6)},
    {"task": 48, "line": row(7)}, {"task": 54, "line": row(8)}, {"task": 64, "line": row(1)}, {"task": 66, "line": row(9)},
    {"task": 73, "line": row(10)}, {"task": 74, "line": row(11)}, {"task": 77, "line": row(12)}, {"task": 79, "line": row(13)},
    {"task": 80, "line": row(14)}, {"task": 83, "line": row(15)}, {"task": 84, "line": row(16)}, {"task": 86, "line": row(17)},
    {"task": 87, "line": row(18)}, {"task": 89, "line": row(19)}, {"task": 93, "line": row(20)}, {"task": 102, "line": row(21)},
    {"task": 104, "line": row(22)}, {"task": 105, "line": row(23)}, {"task": 106, "line": row(24)}, {"task": 107, "line": row(25)},
    {"task": 112, "line": row(26)}, {"task": 114, "line": row(27)}, {"task": 115, "line": row(28)}, {"task": 116, "line": line_of("（一）加强组织领导。")},
    {"task": 118, "line": line_of("（三）提升数字素养。")}, {"task": 121, "line": row(29)}, {"task": 124, "line": line_of("（四）强化考核评价。")},
]

key = {
    "writer": "blind writer, round 417; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
    "written": "2026-12-06",
    "draft": "draft.txt",
    "also": [],
    "baseline": "ningxia-2023",
    "build": None,
    "parents": [],
    "units": "units.txt",
    "planYear": 2024,
    "expect": expect,
    "mustNotFlag": mnf,
    "covers": covers,
    "notes": ("A 街道 plan (银川市金凤区满城北街街道, 2024-03-18) issued jointly by the 街道党工委 and 办事处, based directly on "
              "宁政发〔2023〕17号 with no parent plan. units.txt is the street's own registry: its offices with short names, its six "
              "社区居委会, 网格员, the 派出所, and the 金凤区 bodies it works with. Plants: a wrong 文号 for the regional 实施意见, a 2026 "
              "主要目标 (region 2025), row 20 适老化 2025年6月底前 (task 93 = 2024年), row 7 impossible 6月31日, row 24 unknown 区大数据局, "
              "row 15 regional 自治区党委政法委 as lead of a street task, and one mojibake run in 社会管理. Regional tasks due in 2023 "
              "(14, 15, 30, 116, 118, 124 …) are taken up only in body text without dates, so no copied 2023 deadline appears. "
              "Tasks that are regional-only or rural/industrial (数字乡村, 智慧园区, 数据交易 …) are naturally not taken up by an urban street."),
}
json.dump(key, open(os.path.join(HERE, 'key.json'), 'w', encoding='utf-8'), ensure_ascii=False, indent=2)
print("expect", len(expect), "mustNotFlag", len(mnf), "covers", len(covers), "lines", len(LINES))
