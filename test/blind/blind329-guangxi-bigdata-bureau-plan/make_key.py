# Builds key.json; every line number is found from draft.txt and checked. Blind writer helper, round 329.
import json, os

here = os.path.dirname(os.path.abspath(__file__))
lines = open(os.path.join(here, "draft.txt"), encoding="utf-8").read().split("\n")
if lines and lines[-1] == "":
    lines.pop()


def ln(anchor, text=None):
    """1-based line holding `anchor` (must be unique); `text` must also be on that line."""
    hits = [i + 1 for i, l in enumerate(lines) if anchor in l]
    assert len(hits) == 1, (anchor, hits)
    n = hits[0]
    if text is not None:
        assert text in lines[n - 1], (text, n)
    return n


G = "鏁版嵁鍏变韩"

expect = [
    {"rule": "basis-mismatch", "line": ln("桂政发〔2023〕31号", "桂政发〔2023〕31号"), "text": "桂政发〔2023〕31号",
     "why": "the 广西 实施意见 (2022-11-30) is 桂政发〔2022〕31号, as the cover notice itself cites it on line 5; the preamble gives the 2023 year"},
    {"rule": "deadline-later-than-baseline", "line": ln("到2026年，以“智桂通”", "2026年"), "text": "2026年",
     "why": "主要目标: 广西 (seed line 35) sets 到2025年 for the same goal, 以“智桂通”移动开放生态体系为核心的“一部手机助广西”发展格局初步形成; the underlying task 9 (智桂通, seed line 65) is due 2025年底"},
    {"rule": "deadline-later-than-baseline", "line": ln("2.提升12345热线服务能力", "2026年底"), "text": "2026年底",
     "why": "task 8 (12345热线 优化、热线归并、与110/119/120/122联动, seed line 63): 完成时限 2025年底"},
    {"rule": "deadline-invalid", "line": ln("2022年12月底前形成立法调研报告", "2022年12月"), "text": "2022年12月",
     "why": "a milestone set before the plan's own year (issued 2023-02-24); task 30 (完善法规制度, seed line 133) is 持续开展, so this is not a copied regional date"},
    {"rule": "unknown-unit", "line": ln("自治区卫计委", "自治区卫计委"), "text": "自治区卫计委",
     "why": "old name (卫生和计划生育委员会, replaced in 2018); the body is 自治区卫生健康委 (alias 自治区卫健委), as 广西 writes it; not in units.txt"},
    {"rule": "unknown-unit", "line": ln("数据治理处牵头", "数据治理处"), "text": "数据治理处",
     "why": "the bureau has no 数据治理处; its data division is 数据资源处 (units.txt)"},
    {"rule": "garbled-text", "line": ln(G, G), "text": G,
     "why": "UTF-8 bytes of 数据共享交换平台 read as GBK (re-encode as GBK, decode as UTF-8)"},
]

M = []


def m(rule, anchor, why, text=None, check=None):
    e = {"rule": rule, "line": ln(anchor, check if check is not None else text)}
    if text is not None:
        e["text"] = text
    e["why"] = why
    M.append(e)


# basis documents
m("basis-mismatch", "（桂政发〔2022〕31号），经局党组", "correct 文号 and title of the 广西 实施意见", "桂政发〔2022〕31号")
m("basis-mismatch", "国发〔2016〕55号", "retrospective mention in the background of an old national document, not a basis", "国发〔2016〕55号")
m("basis-mismatch", "关于印发《自治区大数据发展局贯彻落实", "the bureau's own plan title in the notice, not a basis citation", "贯彻落实加强数字政府建设实施意见的实施方案")
# deadlines and goals
m("deadline-invalid", "2016年国务院印发", "past dates in the background (2016, 2022), not deadlines", "2022年")
m("deadline-later-than-baseline", "到2023年底，我局牵头", "the bureau's own 2023 goal; 广西 sets no goal for 2023 and its goals are 2025, so earlier", "2023年底")
m("deadline-later-than-baseline", "到2025年，与政府治理能力现代化", "equal to 广西 主要目标 到2025年 (体系框架基本形成, 一体化政务服务和在线监管广泛普及)", "2025年")
m("deadline-later-than-baseline", "到2035年，广西数字政府", "equal to 广西 主要目标 到2035年 (基本建成)", "2035年")
m("deadline-later-than-baseline", "经济治理数据“一张图”", "task 1 (seed line 43) is 持续开展; the row copies 持续开展", "持续开展")
m("deadline-later-than-baseline", "构建广西一体化在线监管平台", "task 3 (一体化在线监管, seed line 49) is due 2025年底; 2024年底 is earlier", "2024年底")
m("deadline-later-than-baseline", "3.完善“智桂通”移动开放生态体系", "task 9 (智桂通, seed line 65) is due 2025年底; equal", "2025年底")
m("deadline-later-than-baseline", "2023年底前基础数字政府大脑上线运行", "task 19 (数字政府大脑, seed line 89) is 持续开展, no dated milestone; the bureau's 2023年底 step cannot be later", "2023年底")
m("deadline-later-than-baseline", "持续优化全区政府网站集约化平台功能", "task 22 (政务公开, seed line 97) is due 2025年底; 2025年6月底 is earlier", "2025年6月底")
m("deadline-later-than-baseline", "2024年底前建成政务云同城双活中心", "task 26 (提升安全保障能力, seed line 115) is 持续开展; a dated step is not later", "2024年底")
m("deadline-later-than-baseline", "2023年底前完成公共数据开放目录编制", "task 35 (数据开发利用, seed line 155) is 持续开展; a dated step is not later", "2023年底")
m("deadline-later-than-baseline", "依托多云共治平台", "task 36 (政务云, seed line 161) is 持续开展; equal", "持续开展")
m("deadline-later-than-baseline", "2024年底前基本完成全区电子政务外网IPv6改造", "task 37 (网络平台, seed line 165) is 持续开展; a dated step is not later", "2024年底")
m("deadline-later-than-baseline", "1\t广西一体化在线监管平台", "table row, task 3 due 2025年底; 2024年底 is earlier", "2024年底")
m("deadline-later-than-baseline", "2\t“智桂通”移动开放生态圈管理支撑平台", "table row, task 9 due 2025年底; equal", "2025年底")
m("deadline-later-than-baseline", "3\t全区统一赋能的基础数字政府大脑", "table row, task 19 is 持续开展; dated step not later", "2023年底")
m("deadline-later-than-baseline", "4\t政务云同城双活中心", "table row, task 26 is 持续开展; dated step not later", "2024年底")
m("deadline-later-than-baseline", "6\t政府网站集约化平台统一知识问答库", "table row, task 22 due 2025年底; 2025年6月底 is earlier", "2025年6月底")
m("deadline-later-than-baseline", "7\t全区电子政务外网IPv6改造", "table row, task 37 is 持续开展; dated step not later", "2024年底")
m("deadline-later-than-baseline", "附件：2023—2025年重点项目推进安排表", "the attachment's title range, not a deadline; its end year equals 广西's 2025", "2023—2025年")
m("deadline-invalid", "2023年12月15日前报送年度工作总结", "the office's own reporting date inside the plan year", "2023年12月15日")
# units
m("unknown-unit", "局机关各处室、各直属单位：", "collective addressees of the notice", "局机关各处室、各直属单位")
m("unknown-unit", "自治区有关部门（单位）持续推进", "collective subject", "自治区有关部门（单位）")
m("unknown-unit", "经济治理数据“一张图”", "prefix 自治区 distributes: 自治区统计局, a regional unit named in 广西 task 1", "统计局")
m("unknown-unit", "支撑“双随机、一公开”", "自治区市场监管局、发展改革委 — distributed prefix, 自治区发展改革委", "发展改革委")
m("unknown-unit", "自治区政务服务中心，自治区民政厅", "a direct centre of the bureau, in units.txt", "自治区政务服务中心")
m("unknown-unit", "2.提升12345热线服务能力", "广西消防救援总队 as 广西 writes it (task 8)", "广西消防救援总队")
m("unknown-unit", "2.提升12345热线服务能力", "the bureau's 12345 centre, in units.txt", "自治区12345热线运行中心")
m("unknown-unit", "3.完善“智桂通”移动开放生态体系", "collective: 各设区市大数据发展局", "各设区市大数据发展局")
m("unknown-unit", "3.完善“智桂通”移动开放生态体系", "short name of 自治区信息中心", "信息中心")
m("unknown-unit", "自治区党委网信办、国安办，自治区公安厅、通信管理局", "as 广西 writes them (task 23): 自治区党委国安办, 自治区通信管理局", "国安办")
m("unknown-unit", "自治区党委保密办，自治区公安厅", "short name 安全处 = 网络安全处; 自治区党委保密办 as 广西 writes it", "安全处")
m("unknown-unit", "自治区公安厅、安全厅配合", "自治区安全厅 (广西 task 25 names 安全廳)", "安全厅")
m("unknown-unit", "（责任单位：政务服务处牵头，自治区发改委配合", "colloquial alias of 自治区发展改革委 (units.txt)", "自治区发改委")
m("unknown-unit", "规划发展处牵头，办公室，", "short name of 局办公室", "办公室")
m("unknown-unit", "指导各设区市大数据发展局开展应用创新", "collective: 各设区市大数据发展局", "各设区市大数据发展局")
m("unknown-unit", "资源处牵头，信息中心配合", "short names of 数据资源处 and 自治区信息中心", "资源处")
m("unknown-unit", "基础设施处牵头，自治区科技厅", "short name of 信息基础设施处", "基础设施处")
m("unknown-unit", "广西税务局配合", "广西税务局 as 广西 writes it (task 39)", "广西税务局")
m("unknown-unit", "局党组对本方案实施负总责", "局党组 and 机关党委 are the bureau's own bodies (units.txt); 局机关各处室、各直属单位 is collective", "局党组")
m("unknown-unit", "数字广西建设领导小组办公室作用", "seated in the bureau, in units.txt; 各设区市大数据发展局 collective", "数字广西建设领导小组办公室")
m("unknown-unit", "人事处会同有关处室（单位）", "人事处 in units.txt; 有关处室（单位） collective", "有关处室（单位）")
m("unknown-unit", "7\t全区电子政务外网IPv6改造", "自治区通信管理局 as 广西 writes it", "自治区通信管理局")
# text and pillars
m("garbled-text", "视察广西“4·27”", "the middle dot of “4·27” is correct text, not mojibake", "4·27")
m("garbled-text", "“天地图·广西”", "official platform name with a middle dot", "天地图·广西")
M.append({"rule": "missing-pillar", "line": 0, "pillar": "社会管理",
          "why": "taken up by content on line %d (数据支撑 for 矛盾纠纷化解 and 互联网+基层治理)" % ln("（三）支撑社会管理数字化。")})
M.append({"rule": "missing-pillar", "line": 0, "pillar": "生态环境保护",
          "why": "taken up on line %d (生态云, 自然资源一张图 data sharing)" % ln("（五）强化生态环境保护数字化支撑。")})
M.append({"rule": "missing-pillar", "line": 0, "pillar": "党的领导",
          "why": "section 八 (line %d) keeps 组织领导, 推进机制, 数字素养, 考核评估" % ln("八、加强党对数字政府建设工作的领导")})

covers_spec = [
    (1, "经济治理数据“一张图”"), (2, "支撑“双随机、一公开”"), (3, "构建广西一体化在线监管平台"),
    (4, "推动司法行政、信访、公安等部门业务系统"), (7, "1.打造泛在可及的服务体系"), (8, "2.提升12345热线服务能力"),
    (9, "3.完善“智桂通”移动开放生态体系"), (12, "4.推动智慧医疗、体育、康养"), (14, "4.推动智慧医疗、体育、康养"),
    (16, "支撑广西“生态云”"), (19, "1.提升辅助决策能力"), (20, "2.提升行政执行能力"), (21, "3.提升行政监督水平"),
    (22, "持续优化全区政府网站集约化平台功能"), (23, "建立健全数字政府安全工作协调机制"), (24, "落实网络安全等级保护"),
    (25, "建立健全政务数据安全监管责任体系"), (26, "加快建设数字政府一体安全平台"), (27, "强化安全可靠技术和产品"),
    (28, "依托全国行政许可管理等信息系统"), (29, "“四改四转”"), (30, "开展公共数据管理等数字化领域地方立法调研"),
    (31, "推进数据开发利用、系统整合共享"), (32, "围绕重点领域、关键环节、共性需求"), (33, "明确数据归集、共享、开放"),
    (34, "建立全区标准统一、动态管理的政务数据目录"), (35, "编制公共数据开放目录及相关责任清单"), (36, "依托多云共治平台"),
    (37, "推动电子政务外网骨干网扩容升级"), (38, "建设完善智能算法库"), (39, "统一电子证照共享服务体系"),
    (40, "搭建集管理、服务于一体的开放生态支撑平台"), (41, "中国—东盟信息港"), (42, "推进智慧城市建设"),
    (43, "配合建立健全数据要素市场规则"),
]
covers = [{"task": t, "line": ln(a)} for t, a in covers_spec]

key = {
    "writer": "blind writer, round 329; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
    "written": "2026-12-06",
    "draft": "draft.txt",
    "also": [],
    "baseline": "guangxi-2022",
    "build": None,
    "parents": [],
    "units": "units.txt",
    "planYear": 2023,
    "expect": expect,
    "mustNotFlag": M,
    "covers": covers,
    "notes": (
        "Draft: 广西壮族自治区大数据发展局's own plan (2023-02-24) for carrying out 桂政发〔2022〕31号; leads are the bureau's "
        "divisions and centres, regional departments only cooperate (配合). Task numbers: the 广西 实施意见 has no numbered list, so "
        "tasks are numbered 1-43 in the order of its inline (责任单位…完成时限) notes (task 1 = seed line 43 … task 43 = seed line 187); "
        "tasks 3, 8, 9, 22 are due 2025年底, all others 持续开展. Dated steps the bureau sets inside 持续开展 tasks (lines 42, 56, 78, 84 "
        "and the table) are not later than 广西. Tasks not the bureau's business (5 社会治安, 6 智慧应急, 10 教育, 11 人社, 13 智慧工地, "
        "15 康养 beyond data sharing, 17, 18) are not taken up; a task-uncovered information on them is fair and not planted. "
        "Line 13 also cites 国发〔2022〕14号 and 国办函〔2022〕102号 correctly; they are left out of mustNotFlag only because line 13 "
        "carries the planted basis-mismatch. Line 38's 医保局、体育局、民政厅 (distributed 自治区 prefix) are real units; only 自治区卫计委 is wrong."
    ),
}

with open(os.path.join(here, "key.json"), "w", encoding="utf-8") as f:
    json.dump(key, f, ensure_ascii=False, indent=2)
    f.write("\n")
print(len(expect), "expect,", len(M), "mustNotFlag,", len(covers), "covers")
