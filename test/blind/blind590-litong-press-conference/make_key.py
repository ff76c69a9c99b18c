#!/usr/bin/env python3
"""Builds key.json from draft.txt: every line number is looked up by a unique substring."""
import json, os
here = os.path.dirname(os.path.abspath(__file__))
lines = open(os.path.join(here, 'draft.txt'), encoding='utf-8').read().split('\n')
if lines and lines[-1] == '':
    lines.pop()

def L(anchor, text=None):
    hits = [i + 1 for i, s in enumerate(lines) if anchor in s]
    assert len(hits) == 1, (anchor, hits)
    if text is not None:
        assert text in lines[hits[0] - 1], (text, hits[0])
    return hits[0]

def e(rule, anchor, text, why, **kw):
    d = {"rule": rule, "line": L(anchor, text), "text": text, "why": why}
    d.update(kw)
    return d

def n(rule, anchor, text, why):
    d = {"rule": rule, "line": L(anchor, text) if anchor else 0}
    if text:
        d["text"] = text
    d["why"] = why
    return d

DL = "deadline-later-than-baseline"
DI = "deadline-invalid"
UU = "unknown-unit"
BM = "basis-mismatch"

expect = [
    e(DL, "到2026年，全区数字政府建设", "2026年",
      "主要目标: the district puts \"1347\"体系框架全面成型 and 与自治区、吴忠市共性基础支撑体系对接复用 at 2026; "
      "the region's 主要目标 has the framework (\"34567\") 全面成型 到2025年 and the 吴忠 plan has \"1347\"体系框架全面成型 and 对接复用 到2025年 — late against both"),
    e(DL, "力争2025年底前实现区、乡镇（街道）、村（社区）三级电子政务外网全覆盖", "2025年底前",
      "task 48 (开展各级城域网升级改造，推进区市县乡村5级全覆盖; 各市、县（区）具体负责) 完成时限 2024年; also task 47 (电子政务外网升级改造) 2024年"),
    e(DI, "2024年9月31日前完成", "9月31日",
      "impossible date: September has 30 days (task 93 适老化与信息无障碍建设, 完成时限 2024年 — the year itself is not late)"),
    e(UU, "由区信息化办公室牵头", "区信息化办公室",
      "not in units.txt (an old office name; the district's body is 区大数据管理服务局); lead of the district's 会商机制 task (task 24, 2023年)"),
    e(BM, "和吴忠市人民政府《关于加快推进数字政府建设的实施方案》", "关于加快推进数字政府建设的实施方案",
      "the 吴忠 plan (2023-11-27) is titled 《关于加强数字政府建设的实施方案》: 加快推进 for 加强 is a wrong title of the parent basis document"),
    e("garbled-text", "2024年底前推动更多鏀垮姟", "鏀垮姟鏈嶅姟浜嬮」",
      "UTF-8 bytes of 政务服务事项 read as GBK (re-encode as GBK, decode as UTF-8)"),
    {"rule": "missing-pillar", "line": 0, "pillar": "生态环境保护",
     "why": "the 七种能力 sentence (line %d) names only six abilities and nothing in the transcript takes up 生态环境保护 "
            "(生态环境监测、自然资源利用、绿色低碳 — region section 五（五）, tasks 94–102; 吴忠 plan 五（五）)" % L("第五部分是强化“七种能力”")},
    {"rule": "task-uncovered", "line": 0, "task": 94, "why": "consequence of the missing 生态环境保护 pillar; 各市、县（区）配合"},
    {"rule": "task-uncovered", "line": 0, "task": 96, "why": "consequence of the missing 生态环境保护 pillar; 各市、县（区）配合"},
    {"rule": "task-uncovered", "line": 0, "task": 102, "why": "consequence of the missing 生态环境保护 pillar; 各市、县（区）配合"},
]

must = [
    n(DI, "发布日期：2024年4月16日", "2024年4月16日", "publication date of the transcript, in the plan's year; not a deadline"),
    n(DI, "今天是2024年4月16日", "2024年4月16日", "the conference's date and place, not a deadline"),
    n(UU, "区政府新闻办主任", "区政府新闻办", "host's post; registered short name of 利通区人民政府新闻办公室"),
    n(UU, "区委常委、区人民政府常务副区长杨建军先生", "杨建军", "a speaker's name and post, not a responsible unit"),
    n(UU, "区委网信办主任王丽娟女士", "区委网信办", "official short name, in units.txt"),
    n(BM, "吴利政发〔2024〕9号", "吴利政发〔2024〕9号", "the district plan's own document number, not a cited basis document"),
    n(BM, "宁政办发〔2020〕14号", "宁政办发〔2020〕14号", "retrospective mention of the 2020 工作要点 with its correct title and number; not cited as the basis"),
    n(DI, "自2020年自治区印发", "2020年", "background date of an old document, not a deadline"),
    n(DI, "我区于2023年11月完成首轮政务数据资源普查", "2023年11月", "past achievement in the background; not a deadline before the plan's year"),
    n(DL, "按照自治区重点任务清单“2023年”完成的时限要求", "2023年", "copied regional deadline of task 30 (摸清政务数据资源底数、\"一本账\", 2023年), reported as already met; equal, and before the plan's year only because it is history"),
    n(DI, "按照自治区重点任务清单“2023年”完成的时限要求", "2023年", "copied regional deadline (task 30, 2023年) reported as already met in the background; not a deadline the district sets"),
    n(BM, "（宁政发〔2023〕17号）", "宁政发〔2023〕17号", "correct 文号 and title of the regional 实施意见"),
    n(BM, "（国发〔2022〕14号）", "国发〔2022〕14号", "correct 文号 and title of the national 指导意见"),
    n(BM, "（宁政办发〔2023〕11号）", "宁政办发〔2023〕11号", "correct citation, identical to the 吴忠 plan's own citation of 数字宁夏\"1244+N\"行动计划实施方案"),
    n(DI, "2024年3月22日经区人民政府第38次常务会议", "2024年3月22日", "date of adoption, background, not a deadline"),
    n(DL, "到2024年底，区级非涉密政务信息系统全部迁移上云", "到2024年底",
      "near-term goal: task 43 (政务信创云, 2024年建成，持续推进), task 46 (系统有序迁移, 2024年), task 86 (\"我的宁夏\" 应上尽上, 2024年), task 105 (\"宁政通\", 2024年) — all equal; not the same goals as the region's or 吴忠's 到2023年底 goals"),
    n(DL, "到2035年，与政府治理能力现代化相适应", "到2035年", "equal to the 2035 goal of the region and of the 吴忠 plan"),
    n(DL, "各乡镇（街道）于2024年6月底前明确", "2024年6月底前", "task 64 (各地参照自治区做法成立相应组织机构, 各市、县（区）负责) 完成时限 2025年 — earlier"),
    n(UU, "各乡镇（街道）于2024年6月底前明确", "各乡镇（街道）", "collective subject"),
    n(DL, "在政务公开方面，由区政府办公室牵头，2024年底前", "2024年底前", "task 112 (政务公开信息化平台, 各市、县（区）分别负责) 完成时限 2024年 — equal"),
    n(DL, "一是政务云迁移。", "2024年底前", "task 43 (2024年建成，持续推进) and task 46 (2024年) — equal"),
    n(DL, "二是协同办公。", "2024年底前", "task 104 (协同办公平台, 各市、县（区）配合) 完成时限 2024年 — equal"),
    n(UU, "二是协同办公。", "各街道办事处", "collective subject (with 各乡镇人民政府)"),
    n(DL, "三是基层减负。", "2025年底前", "task 106 (填表报数工作量压减50%以上) 完成时限 2025年 — equal"),
    n(DL, "四是视频会议整合。", "2025年底前", "task 107 (非涉密视频会议系统资源整合) 完成时限 2025年 — equal"),
    n(DL, "五是电子文件归档。", "2024年底前", "task 54 (电子文件归档功能, 各市、县（区）具体负责) 2024年 and task 40 (电子公文, 2024年) — equal"),
    n(DL, "六是试点示范。", "2025年", "task 28 (试点示范) 完成时限 2023年启动，2025年取得明显成效 — equal"),
    n(DI, "2023年，我区新增“跨省通办”事项56项", "2023年", "past achievement, not a deadline"),
    n(DL, "一是推动服务渠道融合。", "2024年底前", "task 84 (一体化政务服务体系, 各市、县（区）具体负责) 完成时限 2024年 — equal"),
    n(UU, "一是推动服务渠道融合。", "区直各有关部门", "collective subject"),
    n(DL, "2024年底前推动更多鏀垮姟", "2024年底前", "task 86 (\"我的宁夏\" 应上尽上) 完成时限 2024年 — equal (the line's only fault is the garbled run)"),
    n(DL, "三是强化涉企服务。", "2024年底前", "task 89 (企业专属网页和惠企政策专栏) 完成时限 2024年 — equal"),
    n(DL, "四是优化热线服务。", "2025年底前", "task 87 (12345热线智能交互建设) 完成时限 2023年启动，2025年完成 — equal"),
    n(UU, "四是优化热线服务。", "吴忠市", "the city level the district works with, not a responsible unit of the task; 吴忠市人民政府 is in units.txt"),
    n(DL, "2024年9月31日前完成", "2024年9月31日", "year equal to task 93 (适老化与信息无障碍建设, 2024年); only the day is impossible (see expect)"),
    n(DI, "在2023年完成政务数据资源普查的基础上", "2023年", "past achievement, not a deadline"),
    n(DL, "二是有序开放公共数据。", "2024年底前", "task 41 (公共数据开放目录及责任清单) 完成时限 2024年 — equal"),
    n(DL, "同时，以重大业务应用为牵引，2024年底前", "2024年底前", "task 50 (非涉密业务专网向电子政务外网整合迁移) 完成时限 2024年 — equal"),
    n(DL, "四是统筹视频资源。", "2024年底前", "task 49 (全区统一的视频共享平台) 完成时限 2025年 — earlier"),
    n(DI, "2023年，我们已推动区直各部门", "2023年", "past achievement (task 14, 2023年, already met), not a deadline"),
    n(UU, "一是健全安全制度。", "吴忠市公安局利通区分局", "in units.txt (the city police branch stationed in the district)"),
    n(DL, "一是完善矛盾纠纷多元化解。", "2024年底前", "task 77 (矛盾纠纷多元化解, 各市、县（区）配合) 完成时限 2024年 — equal"),
    n(DL, "二是深化“雪亮工程”。", "2024年底前", "task 79 (雪亮工程) 完成时限 2024年 — equal"),
    n(DL, "三是推进“互联网+基层治理”。", "2024年底前", "task 83 (互联网+基层治理, 各市、县（区）具体负责) 完成时限 2025年 — earlier"),
    n(UU, "三是推进“互联网+基层治理”。", "各村（社区）", "collective subject"),
    n(DL, "四是推进“智慧应急”建设。", "2024年底前", "task 80 (智慧应急) 完成时限 2024年 — equal; task 81 (视频指挥调度体系) 2025年 — earlier"),
    n(DL, "一是推动产业数字化。", "2025年", "task 3 (智慧园区) 完成时限 持续推进，2025年取得明显成效 — equal"),
    n(UU, "一是推动产业数字化。", "金积工业园区", "a place the task is about, not a responsible unit"),
    n(DL, "三是培育数据要素市场。", "2025年底前", "task 12 (数据要素市场) 完成时限 2025年 — equal"),
    n(DL, "四是推进数字乡村建设。", "到2025年", "task 10 (数字乡村, 各市、县（区）具体负责) 完成时限 持续推进，2025年取得明显成效 — equal"),
    n(UU, "四是推进数字乡村建设。", "区供销社", "registered short name of 利通区供销合作社联合社"),
    n(UU, "利通区融媒体中心记者", "利通区融媒体中心", "reporter's outlet; also a registered name in units.txt"),
    n(UU, "宁夏日报记者：我们注意到", "宁夏日报", "reporter's outlet, not a responsible unit"),
    n(UU, "吴忠日报记者：数字政府建设离不开", "吴忠日报", "reporter's outlet, not a responsible unit"),
    n(DL, "于每季度末月25日前向区推进数字政府建设领导小组办公室报送", "2024年12月10日前", "the office's own reporting dates (quarterly and annual), not task deadlines"),
    n(UU, "于每季度末月25日前向区推进数字政府建设领导小组办公室报送", "区推进数字政府建设领导小组办公室", "in units.txt"),
    n("missing-pillar", None, None, "数字生态 is covered by content: 数据要素市场、公共数据授权运营 (lines %d, %d) and 网络生态 (line %d)"
      % (L("在营造良好数字生态方面"), L("三是培育数据要素市场。"), L("推动形成良好网络生态"))),
    n("missing-pillar", None, None, "五个一/六级贯通 is folded into 一套体系 (as in the 吴忠 plan): 组织机构、区乡村三级、数据专员 (lines %d–%d)"
      % (L("第二部分是完善“一套体系”"), L("各乡镇（街道）于2024年6月底前明确"))),
]
must.append(dict(must[-1]))
must[-3]["pillar"] = "数字生态"
must[-2]["pillar"] = "五个一"
must[-1]["pillar"] = "六级贯通"
must[-1]["why"] = must[-1]["why"].replace("五个一/六级贯通", "六级贯通 (区、乡镇（街道）、村（社区）层级职责)")

covers = [(t, L(a)) for t, a in [
    (3, "一是推动产业数字化。"), (10, "四是推进数字乡村建设。"), (12, "三是培育数据要素市场。"),
    (14, "2023年，我们已推动区直各部门"), (17, "一是健全安全制度。"), (18, "二是提升防护能力。"),
    (24, "二是制度规则。"), (25, "二是强化资金保障。"), (28, "六是试点示范。"),
    (30, "按照自治区重点任务清单“2023年”完成的时限要求"), (32, "区直各部门（单位）要明确本部门数据管理机构"),
    (36, "一是推动数据高效共享。"), (41, "二是有序开放公共数据。"), (43, "一是政务云迁移。"),
    (46, "一是政务云迁移。"), (48, "三是夯实网络支撑。"), (49, "四是统筹视频资源。"),
    (50, "同时，以重大业务应用为牵引"), (52, "五是强化共性应用。"), (54, "五是电子文件归档。"),
    (64, "各乡镇（街道）于2024年6月底前明确"), (66, "二是加强经济运行监测。"), (72, "在市场监管方面"),
    (77, "一是完善矛盾纠纷多元化解。"), (79, "二是深化“雪亮工程”。"), (80, "四是推进“智慧应急”建设。"),
    (83, "三是推进“互联网+基层治理”。"), (84, "一是推动服务渠道融合。"), (86, "2024年底前推动更多鏀垮姟"),
    (87, "四是优化热线服务。"), (89, "三是强化涉企服务。"), (93, "五是推进适老化改造。"),
    (104, "二是协同办公。"), (105, "到2024年底，区级非涉密政务信息系统"), (106, "三是基层减负。"),
    (107, "四是视频会议整合。"), (112, "在政务公开方面"), (114, "在政务公开方面"),
    (116, "一是加强组织领导。"), (118, "三是提升数字素养。"), (122, "四是强化考核评价。"),
    (123, "四是强化考核评价。"),
]]

key = {
    "writer": "blind writer, round 590; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
    "written": "2026-12-07",
    "draft": "draft.txt",
    "baseline": "ningxia-2023",
    "build": None,
    "parents": ["wuzhong"],
    "units": "units.txt",
    "planYear": 2024,
    "expect": expect,
    "mustNotFlag": must,
    "covers": [{"task": t, "line": l} for t, l in covers],
    "notes": ("Transcript of 利通区人民政府新闻办公室's press conference (2024-04-16) on the district's 数字政府建设实施方案. "
              "In this district's usage 全区 means 利通区 and 区 means the district, while 自治区 is the region. "
              "The plan's own 文号 (吴利政发〔2024〕9号) is invented and is not a basis document. "
              "Only two deadlines are late: the 2026 framework goal (one entry, though it is late against both the region and the 吴忠 plan) and the 2025 外网 coverage (task 48, 2024). "
              "The 9月31日 slip is planted as an impossible day; its year equals task 93's."),
}
with open(os.path.join(here, 'key.json'), 'w', encoding='utf-8') as f:
    json.dump(key, f, ensure_ascii=False, indent=2)
    f.write('\n')
print(len(expect), len(must), len(covers))
