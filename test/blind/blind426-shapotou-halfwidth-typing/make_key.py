#!/usr/bin/env python3
"""Build key.json for blind426: every line number is looked up in draft.txt by a unique substring."""
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))
LINES = open(os.path.join(HERE, 'draft.txt'), encoding='utf-8').read().splitlines()


def ln(anchor, text=None):
    hits = [i for i, l in enumerate(LINES, 1) if anchor in l]
    assert len(hits) == 1, (anchor, hits)
    if text is not None:
        assert text in LINES[hits[0] - 1], (anchor, text)
    return hits[0]


def e(rule, anchor, text, why, **kw):
    d = {"rule": rule, "line": ln(anchor, text), "text": text, "why": why}
    d.update(kw)
    return d


expect = [
    e("basis-mismatch", "为贯彻落实党的二十大精神", "宁政发〔2023〕71号",
      "the region's 实施意见《自治区人民政府关于加强数字政府建设的实施意见》 is 宁政发〔2023〕17号; 71号 is a digit swap "
      "(the draft itself cites 宁政发〔2023〕17号 correctly in 六(五))"),
    e("deadline-later-than-baseline", "到2026年", "2026年",
      "主要目标: the region's goal is '到2025年，全区各级数字政府建设“34567”体系框架全面成型，工作体制逐步健全、管理机制趋于成熟…'; "
      "the draft states the same goal for 2026"),
    e("deadline-later-than-baseline", "提升网络平台支撑能力。", "2025年底前",
      "tasks 47 (电子政务外网升级改造, 扩大互联网出口带宽, 完成时限 2024年) and 48 (城域网升级改造, 区市县乡村5级全覆盖, 完成时限 2024年); "
      "half-width note says 2025年底前"),
    e("deadline-invalid", "促进数据有序开发利用。", "20244年",
      "impossible year 20244 (a doubled key in the half-width note); the tasks it carries, 41 and 42, are due 2024年"),
    e("unknown-unit", "落实安全制度要求。", "区网信办",
      "not in units.txt: the registry has 区委网信办 (= 区委网络安全和信息化委员会办公室); '区网信办' drops 委 and is no listed short name"),
    e("unknown-unit", "提升行政执行能力。", "自治区政府办公厅",
      "a regional body named as the lead (牵头) of a local task: the drafter copied task 104's regional 责任单位 "
      "(自治区政府办公厅牵头负责) into the district's note; the local lead should be 区政府办公室"),
]


def n(rule, anchor, why, text=None):
    d = {"rule": rule, "line": ln(anchor, text) if anchor else 0}
    if text is not None:
        d["text"] = text
    d["why"] = why
    return d


DL = "deadline-later-than-baseline"
mnf = [
    # basis
    n("basis-mismatch", "为贯彻落实党的二十大精神",
      "correct national 指导意见 title and number, only typed with ASCII square brackets", "国发[2022]14号"),
    n("basis-mismatch", "自《宁夏回族自治区2020年",
      "retrospective mention of the old 2020 工作要点 in the background section, title and number correct; not cited as basis",
      "宁政办发〔2020〕14号"),
    n("basis-mismatch", "（五）强化督促落实。", "correct 文号 of the regional 实施意见", "宁政发〔2023〕17号"),
    n("basis-mismatch", "沙政发〔2024〕21号", "the document's own issuing number, not a citation", "沙政发〔2024〕21号"),
    # dates that are not task deadlines
    n("deadline-invalid", "2024年4月18日", "issue date of the notice", "2024年4月18日"),
    n("deadline-invalid", "自《宁夏回族自治区2020年",
      "past dates in the background (2022年10月, 截至2023年底) are facts, not deadlines", "2022年10月"),
    n(DL, "（五）强化督促落实。",
      "the office's own reporting dates (每年6月25日、12月25日前; 2024年12月20日前报送年度工作总结), not task deadlines",
      "2024年12月20日"),
    n("deadline-invalid", "提升安全保障能力。",
      "copied regional deadline of task 18 (完成时限 2023年形成机制，长期坚持): equal to the region although before the plan's year",
      "2023年形成机制,长期坚持"),
    n(DL, "提升安全保障能力。", "equal to task 18 (2023年形成机制，长期坚持)", "2023年形成机制,长期坚持"),
    # equal or earlier deadlines
    n(DL, "到2024年底", "district's own 2024 goal; the matching tasks 19 (2023年启动，2024年建成), 43 (2024年建成，持续推进) and 86 (2024年) are due 2024",
      "2024年底"),
    n(DL, "到2035年", "equal to the region's 2035 goal", "2035年"),
    n(DL, "服务算力枢纽建设。", "task 1: 持续推进，2025年取得明显成效 — equal", "持续推进,2025年取得明显成效"),
    n(DL, "推进产业数字化。", "task 2: 2023年启动，2024年取得明显成效 — completing milestone equal", "2024年取得明显成效"),
    n(DL, "深化\"互联网+医疗健康\"应用。", "task 8: 持续推进，2025年取得明显成效 — equal year", "2025年底前"),
    n(DL, "加快智慧城市建设。", "task 9: 持续推进，2025年取得明显成效 — equal year", "2025年底前"),
    n(DL, "营造规范有序的政策环境。", "task 13 is due 2024年; 2024年9月底前 is earlier", "2024年9月底前"),
    n(DL, "开展试点示范。",
      "task 28: 2023年启动，2025年取得明显成效; the completing milestone (2025) is equal, only the start is a year later",
      "2024年启动,2025年取得明显成效"),
    n(DL, "推进数据汇聚共享。", "tasks 33 and 34 are due 2024年 (task 29 2025年) — equal or earlier", "2024年底前"),
    n(DL, "强化政务云平台支撑能力。", "tasks 43 (2024年建成，持续推进) and 46 (2024年) — equal", "2024年底前"),
    n(DL, "整合视频资源。", "task 49: 2025年 — equal", "2025年底前"),
    n(DL, "深化电子证照应用。", "task 52: 2025年 — equal", "2025年底前"),
    n(DL, "推进非税收入收缴电子化。", "task 56: 2025年 — equal", "2025年底前"),
    n(DL, "持续优化12345政务服务便民热线。", "task 87: 2023年启动，2025年完成 — equal", "2025年底前"),
    n(DL, "探索\"多卡合一\"。", "task 92: 2025年 — equal", "2025年底前"),
    n(DL, "推进适老化和信息无障碍建设。", "task 93 is due 2024年; 2024年10月底前 is earlier", "2024年10月底前"),
    n(DL, "深化\"互联网+城乡供水\"。", "task 96: 2025年 — equal", "2025年底前"),
    n(DL, "推广\"宁政通\"移动办公。", "tasks 105 (2024年) and 106 (2025年) — equal or earlier", "2024年底前"),
    n(DL, "提升机关事务管理水平。", "task 111: 2025年 — equal", "2025年底前"),
    n(DL, "统筹视频会议资源。", "task 107: 2025年 — equal", "2025年底前"),
    n(DL, "提升行政监督水平。", "tasks 108 (长期推进，2024年取得明显成效) and 109 (2024年) — equal", "2024年底前"),
    # units
    n("unknown-unit", "服务算力枢纽建设。", "collective subject in a half-width list", "区直有关部门"),
    n("unknown-unit", "强化安全管理责任。", "collective subjects (区直各部门, 各乡镇人民政府)", "各乡镇人民政府"),
    n("unknown-unit", "提高基层社会治理能力。", "collective subject written with half-width brackets", "各村(社区)"),
    n("unknown-unit", "完善数字经济治理体系。",
      "listed in units.txt as one name (a city bureau's district branch); must not be split into 中卫市公安局 + 沙坡头区分局",
      "中卫市公安局沙坡头区分局"),
    n("unknown-unit", "提升生态环保协同治理能力。", "listed in units.txt as one name", "中卫市生态环境局沙坡头区分局"),
    n("unknown-unit", "深化\"互联网+医疗健康\"应用。", "official short name of 区卫生健康局 in units.txt", "区卫健局"),
    n("unknown-unit", "打造泛在可及的服务体系。", "short name of 区审批服务管理局, in a full-width note", "区审批局"),
    n("unknown-unit", "健全政务信息化项目管理。", "short name of 区发展改革局", "区发改局"),
    n("unknown-unit", "（一）健全组织机构。", "short name of 区人民政府办公室", "区政府办"),
    n("unknown-unit", "探索\"多卡合一\"。", "short names 区人社局 / 区医保局 in units.txt", "区人社局"),
    n("unknown-unit", "（三）提升数字素养。",
      "prefix distributes: 区委组织部、宣传部 = 区委组织部 + 区委宣传部, both in units.txt", "宣传部"),
    n("unknown-unit", "提升行政执行能力。",
      "the cooperating units in the same note (区政府办公室, 区大数据中心) are registered; only the regional lead is wrong",
      "区政府办公室"),
    # English words, abbreviations, ASCII numbers and punctuation
    n("garbled-text", "提升网络平台支撑能力。", "IPv6 is an ordinary abbreviation, not damage", "IPv6"),
    n("garbled-text", "推进业务专网整合。", "5G is an ordinary abbreviation", "5G"),
    n("garbled-text", "提升行政执行能力。", "OA in brackets is an ordinary abbreviation", "OA"),
    n("garbled-text", "强化政务云平台支撑能力。", "English gloss in brackets", "(Government Cloud)"),
    n("garbled-text", "加快智慧城市建设。", "CIM abbreviation and version number 2.0版 with an ASCII dot", "2.0版"),
    n("garbled-text", "自《宁夏回族自治区2020年", "98.5% / 99.2% / 1.0版 with ASCII dots, ASCII quotes", "98.5%"),
    n("garbled-text", "提升移动端服务能力。", "\"我的宁夏\"政务APP with ASCII quotes", "APP"),
    n("unknown-unit", "推进业务专网整合。", "5G is not a unit", "5G"),
    # pillars present
    n("missing-pillar", None, "数字生态 is taken up in 二(三) (data market, policy environment, network environment)"),
    n("missing-pillar", None, "五个一/六级贯通 is taken up in section 四 (组织机构, 层级职责, 工作机制)"),
    n("missing-pillar", None, "党的领导 items (组织领导, 财政投入, 数字素养, 考核评价) are all in section 六"),
]

mnf[-3]["pillar"] = "数字生态"
mnf[-2]["pillar"] = "五个一和六级贯通"
mnf[-1]["pillar"] = "党的领导"

covers_spec = [
    (1, "服务算力枢纽建设。"), (2, "推进产业数字化。"), (3, "建设\"智慧园区\"。"), (5, "完善数字经济治理体系。"),
    (6, "推进公共服务数字化。"), (7, "推进公共服务数字化。"), (8, "深化\"互联网+医疗健康\"应用。"),
    (9, "加快智慧城市建设。"), (10, "推进数字乡村建设。"), (11, "推进数字乡村建设。"),
    (12, "培育数据要素市场。"), (13, "营造规范有序的政策环境。"),
    (14, "强化安全管理责任。"), (15, "强化安全管理责任。"), (17, "落实安全制度要求。"), (18, "提升安全保障能力。"),
    (19, "提高自主可控水平。"), (21, "推进行政权力网上运行。"), (22, "推进行政权力网上运行。"),
    (23, "创新数字政府建设管理机制。"), (24, "健全政务信息化项目管理。"), (26, "完善法规制度和标准规范。"),
    (28, "开展试点示范。"), (30, "摸清数据资源底数。"), (32, "完善数据管理机制。"), (33, "推进数据汇聚共享。"),
    (34, "推进数据汇聚共享。"), (36, "摸清数据资源底数。"), (40, "深化电子公文和电子档案管理。"),
    (41, "促进数据有序开发利用。"), (42, "促进数据有序开发利用。"), (43, "强化政务云平台支撑能力。"),
    (47, "提升网络平台支撑能力。"), (48, "提升网络平台支撑能力。"), (49, "整合视频资源。"), (50, "推进业务专网整合。"),
    (52, "深化电子证照应用。"), (53, "推广电子印章和电子营业执照。"), (54, "深化电子公文和电子档案管理。"),
    (56, "推进非税收入收缴电子化。"), (57, "完善信用信息服务。"), (64, "（一）健全组织机构。"),
    (65, "加强经济数据汇聚治理。"), (66, "加强经济运行监测预警。"), (70, "提升监管精准化水平。"),
    (71, "提升监管精准化水平。"), (74, "提升监管智能化水平。"), (77, "提升社会矛盾化解能力。"),
    (79, "提升社会治安防控能力。"), (80, "提升公共安全保障能力。"), (83, "提高基层社会治理能力。"),
    (84, "打造泛在可及的服务体系。"), (86, "提升移动端服务能力。"), (87, "持续优化12345政务服务便民热线。"),
    (88, "提供优质便利的涉企服务。"), (89, "提供优质便利的涉企服务。"), (90, "推进公共场馆数字化。"),
    (92, "探索\"多卡合一\"。"), (93, "推进适老化和信息无障碍建设。"), (94, "提升生态环保协同治理能力。"),
    (96, "深化\"互联网+城乡供水\"。"), (97, "提高自然资源利用效率。"), (98, "提高自然资源利用效率。"),
    (102, "推动绿色低碳转型。"), (103, "提升辅助决策能力。"), (104, "提升行政执行能力。"),
    (105, "推广\"宁政通\"移动办公。"), (106, "推广\"宁政通\"移动办公。"), (107, "统筹视频会议资源。"),
    (108, "提升行政监督水平。"), (109, "提升行政监督水平。"), (111, "提升机关事务管理水平。"),
    (112, "提升政府信息公开水平。"), (113, "提升政府信息公开水平。"), (114, "发挥政务新媒体传播优势。"),
    (115, "畅通政民互动渠道。"), (116, "（一）加强组织领导。"), (117, "（三）提升数字素养。"),
    (120, "（三）提升数字素养。"), (122, "（四）强化考核评价。"), (123, "（四）强化考核评价。"), (124, "（四）强化考核评价。"),
]
covers = [{"task": t, "line": ln(a)} for t, a in covers_spec]

key = {
    "writer": "blind writer, round 426; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
    "written": "2026-12-06",
    "draft": "draft.txt",
    "baseline": "ningxia-2023",
    "build": None,
    "parents": [],
    "units": "units.txt",
    "planYear": 2024,
    "expect": expect,
    "mustNotFlag": mnf,
    "covers": covers,
    "notes": ("沙坡头区 (中卫市) 2024 实施方案 built on 宁政发〔2023〕17号 only, no parent plan. Typed partly on an English keyboard: "
              "most 责任单位/完成时限 notes use ASCII ( : , ; ) and ASCII \"quotes\"; other paragraphs are full-width; one note (line of "
              "打造泛在可及的服务体系) is full-width. Units come from units.txt (district registry); 区直各部门, 区直有关部门, 各乡镇人民政府, "
              "各村(社区) are collectives. Lines for tasks with regional 2023 deadlines (14, 15, 17, 24, 30, 32, 36) deliberately carry no "
              "完成时限, except task 18 which copies the regional '2023年形成机制,长期坚持'. English abbreviations (IPv6, 5G, OA, APP, CIM, "
              "Government Cloud) and ASCII-dot numbers (1.0版, 2.0版, 98.5%, 99.2%) are not damage."),
}

with open(os.path.join(HERE, 'key.json'), 'w', encoding='utf-8') as f:
    json.dump(key, f, ensure_ascii=False, indent=2)
    f.write('\n')
print(len(expect), 'expect;', len(mnf), 'mustNotFlag;', len(covers), 'covers')
for x in expect:
    print(x['rule'], x['line'], x['text'])
