#!/usr/bin/env python3
# Builds key.json for blind657 and checks every line number against draft.txt (1-based).
import json, re
L = open('draft.txt', encoding='utf-8').read().split('\n')[:-1]

def ln(anchor, text=None):
    hits = [i + 1 for i, x in enumerate(L) if anchor in x]
    assert len(hits) == 1, (anchor, hits)
    if text is not None:
        assert text in L[hits[0] - 1], (text, hits[0])
    return hits[0]

def e(rule, anchor, text, why, **kw):
    d = {"rule": rule, "line": ln(anchor, text), "text": text}
    d.update(kw); d["why"] = why
    return d

def e0(rule, why, **kw):
    d = {"rule": rule, "line": 0}; d.update(kw); d["why"] = why
    return d

expect = [
    e("basis-mismatch", "为贯彻落实《国务院", "宁政办发〔2023〕17号",
      "《自治区人民政府关于加强数字政府建设的实施意见》 is 宁政发〔2023〕17号 (gazette 2023年第10期); 宁政办发 is the 办公厅 series"),
    e("unknown-unit", "6.推进公共数据开放利用", "区大数据局",
      "no 区大数据局 in units.txt; the district body is 区大数据服务中心 (used correctly on lines 28-29)"),
    e("deadline-invalid", "7.规范电子公文和档案管理", "6月31日",
      "June has 30 days: 2024年6月31日 does not exist (tasks 40 and 54, 完成时限 2024年, so the year itself is not late)"),
    e("deadline-later-than-baseline", "8.完善电子政务外网", "2025年底前",
      "task 48 (城域网升级改造，推进区市县乡村5级全覆盖; 各市、县（区）具体负责) 完成时限 2024年; task 50 (非涉密业务专网向电子政务外网整合迁移) 完成时限 2024年; the draft gives 2025年底前"),
    e("garbled-text", "14.基层治理", "绀句細娌荤悊鍩哄眰",
      "UTF-8 read as GBK: 绀句細娌荤悊鍩哄眰缁煎悎鎸囨尌骞冲彴 = 社会治理基层综合指挥平台 (宁夏社会治理基层综合指挥平台)"),
    e0("missing-pillar", "no 数字生态 content at all (数据要素市场、数据交易、政策环境、网络生态): heading (一) names only 数字经济和数字社会", pillar="数字生态"),
    e0("missing-pillar", "no 制度规则 part: nothing on 职能转变/审管协同, 管理机制（会商、项目统筹）, 法规制度, 标准规范 or 试点示范", pillar="制度规则"),
    e0("missing-pillar", "七个能力 part takes up only five abilities (line 34 lists them); no 生态环境保护 content", pillar="生态环境保护"),
    e0("missing-pillar", "no 政务公开 content (信息公开平台、政策文件库、政务新媒体、政民互动)", pillar="政务公开"),
    e0("task-uncovered", "政务公开 left out; 各市、县（区）分别负责, 2024年", task=112),
    e0("task-uncovered", "政务新媒体矩阵 left out; 各市、县（区）分别负责, 2024年", task=114),
    e0("task-uncovered", "政民互动和民意转办 left out; 各市、县（区）配合, 2024年", task=115),
    e0("task-uncovered", "数据要素市场 (数字生态) left out; 各市、县（区）配合, 2025年", task=12),
    e0("task-uncovered", "试点示范 (制度规则) left out; 鼓励各市、县（区）开展试点示范, 2023年启动，2025年取得明显成效", task=28),
    e0("task-uncovered", "绿色低碳转型/污染防治 (生态环境保护) left out; 各市、县（区）配合, 2025年", task=102),
]

def m(rule, anchor, text, why, **kw):
    d = {"rule": rule, "line": ln(anchor, text)}
    if text is not None: d["text"] = text
    d.update(kw); d["why"] = why
    return d

D = "deadline-later-than-baseline"; I = "deadline-invalid"; U = "unknown-unit"; B = "basis-mismatch"; P = "missing-pillar"
mnf = [
    m(B, "为贯彻落实《国务院", "国发〔2022〕14号", "correct title and 文号 of the national 指导意见"),
    m(B, "为贯彻落实《国务院", "石嘴山市人民政府《关于加强数字政府建设的实施方案》", "the parent city's plan cited by title alone, as DOMAIN describes for county drafts; no parent is loaded for this case, nothing contradicts it"),
    m(B, "（一）工作基础", "宁政办发〔2020〕14号", "retrospective mention of the 2020 工作要点 in the background, with its correct 文号; not cited as a basis"),
    m(B, "石大政办发〔2024〕9号", "石大政办发〔2024〕9号", "the notice's own 文号, not a cited basis document"),
    m(I, "2024年4月12日", "2024年4月12日", "issue date of the notice, not a deadline"),
    m(I, "（一）工作基础", "2023年", "past achievement in the background (2023年完成区级政务信息系统清理整合), not a deadline"),
    m(I, "（一）工作基础", "2020年", "year inside the title of the old 2020 工作要点, not a deadline"),
    m(D, "（二）主要目标", "到2025年", "goal 到2025年 体系全面成型 equals the regional 主要目标 到2025年 “34567”体系框架全面成型"),
    m(D, "结合我区基础", "2024—2025年", "the plan's period, not a deadline; within the regional 2023—2025 list"),
    m(D, "1.建设智慧园区", "2025年取得明显成效", "task 3 (智慧园区) 完成时限 持续推进，2025年取得明显成效: copied, equal"),
    m(D, "2.建设智慧城市", "2025年底前", "task 9 (智慧城市、一网统管、城市生命线) 完成时限 持续推进，2025年取得明显成效: same year"),
    m(D, "3.深化数字民生服务", "2025年取得明显成效", "tasks 6 and 8 持续推进，2025年取得明显成效; task 7 2023年形成试点经验，2025年取得明显成效: completing milestone equal (2024年推广应用 is an intermediate local step)"),
    m(D, "4.推进数字乡村建设", "2025年取得明显成效", "task 10 (数字乡村) 完成时限 持续推进，2025年取得明显成效: equal"),
    m(I, "5.压实安全责任", "2023年形成机制", "a copied regional deadline that lies before the plan's year (task 18 完成时限 2023年形成机制，长期坚持), with an ongoing flag; not an impossible date"),
    m(D, "5.压实安全责任", "2023年形成机制，长期坚持", "tasks 14 and 15 完成时限 2023年, task 18 2023年形成机制，长期坚持: equal"),
    m(D, "6.推进公共数据开放利用", "2024年底前", "tasks 41 (公共数据开放目录) and 42 (公共数据与政务数据融合应用) 完成时限 2024年: equal"),
    m(D, "9.推进政务上云和共性应用", "2024年底前", "task 43 (向政务信创云迁移) 2024年建成，持续推进: equal; task 56 (非税收入收缴电子化) 2025年: earlier"),
    m(D, "10.健全组织机构", "2024年6月底前", "task 64 (各地参照自治区做法成立相应组织机构; 各市、县（区）负责) 完成时限 2025年: earlier. Task 60 (2023年) concerns the 自治区 领导小组 only (自治区政府办公厅负责), not a county task"),
    m(D, "11.厘清层级职责", "2025年", "六级贯通 body text has no dated task for counties; 2025 equals the regional 2025 framework goal (and task 81, 2025年, if 指挥调度 is matched)"),
    m(D, "12.经济调节", "2025年", "task 66 (宁夏经济运行大数据平台; 各市、县（区）配合) 完成时限 2025年: equal. Not task 65 (自治区 only, 经济治理基础数据库)"),
    m(D, "13.市场监管", "2024年底前", "task 70 (双随机、一公开差异化监管) and task 71 (重点领域数字化追溯监管) 完成时限 2024年: equal"),
    m(D, "14.基层治理", "2025年", "task 83 (互联网+基层治理) 完成时限 2025年: equal"),
    m(D, "15.治安防控", "2024年底前", "task 79 (雪亮工程、治安防控体系) 完成时限 2024年: equal"),
    m(D, "16.政务服务", "2024年10月底前", "tasks 84 (一网通办、网上办掌上办就近办), 86 (我的宁夏) and 93 (适老化与信息无障碍) 完成时限 2024年: earlier"),
    m(D, "17.涉企服务", "2024年底前", "task 89 (企业全生命周期服务、惠企政策精准推送) 完成时限 2024年: equal"),
    m(D, "18.便民服务集成", "2025年", "task 92 (多卡合一、多码合一; 各县（市、区）配合) 完成时限 2025年: equal"),
    m(D, "19.政务运行", "2025年", "tasks 106 (填表报数系统) and 107 (视频会议平台) 完成时限 2025年: equal"),
    m(I, "（四）严格考核评价", "每年6月底、12月底前", "the office's own recurring reporting dates, not task deadlines"),
    m(U, "各街道办事处、星海镇人民政府，区直各部门（单位）：", "各街道办事处", "collective subject (addressee line)"),
    m(U, "5.压实安全责任", "区直各部门（单位）", "collective subject"),
    m(U, "11.厘清层级职责", "各村（社区）", "collective subject"),
    m(U, "4.推进数字乡村建设", "星海镇人民政府", "in units.txt"),
    m(U, "1.建设智慧园区", "科技局", "区发展和改革局、科技局: the prefix 区 distributes, 区科技局 is in units.txt"),
    m(U, "3.深化数字民生服务", "卫生健康局", "区教育局、卫生健康局: prefix distributes to 区卫生健康局 (units.txt)"),
    m(U, "3.深化数字民生服务", "人社局", "区民政局、人社局: prefix distributes to 区人社局, a short name of 区人力资源和社会保障局 in units.txt"),
    m(U, "9.推进政务上云和共性应用", "财政局", "区政府办公室、财政局: prefix distributes to 区财政局 (units.txt)"),
    m(U, "2.建设智慧城市", "大武口公安分局", "short name of 石嘴山市公安局大武口区分局 in units.txt"),
    m(U, "13.市场监管", "区市场监管局", "short name of 区市场监督管理局 in units.txt"),
    m(U, "16.政务服务", "区政府办", "short name of 区人民政府办公室 in units.txt"),
    m(U, "18.便民服务集成", "区医保局", "short name of 区医疗保障局 in units.txt"),
    m(U, "8.完善电子政务外网", "区大数据服务中心", "in units.txt (contrast the slip 区大数据局 on the data line)"),
    m(U, "10.健全组织机构", "区委编办", "in units.txt"),
    m(U, "12.经济调节", "自治区工业和信息化厅", "regional bodies named in the task body as the builders the district supports (配合自治区…建设), not as lead or responsible unit of the local task; the local lead is 区发展和改革局"),
    m(P, "（一）加强组织领导", None, "组织领导 taken up in the very short 保障措施 (一把手工程)", pillar="组织领导"),
    m(P, "（二）强化经费保障", None, "财政投入 taken up as 强化经费保障 (纳入年度预算、统筹现有资金渠道)", pillar="财政投入"),
    m(P, "（三）提升数字素养", None, "数字素养 taken up in one line (干部数字化能力培训)", pillar="数字素养"),
    m(P, "（四）严格考核评价", None, "考核评价 taken up (纳入区效能目标管理考核)", pillar="考核评价"),
    m(P, "（一）驱动数字经济和数字社会发展", None, "数字社会 shares a heading with 数字经济; content on lines 19-21 (智慧城市、数字民生、数字乡村)", pillar="数字社会"),
    m(P, "10.健全组织机构", None, "五个一 taken up locally as 健全组织机构 (领导小组、办公室、数据专员), heading 健全数字政府工作体系", pillar="五个一"),
    m(P, "11.厘清层级职责", None, "六级贯通 named and taken up", pillar="六级贯通"),
]

covers_spec = [
    (3, "1.建设智慧园区"), (9, "2.建设智慧城市"), (6, "3.深化数字民生服务"), (7, "3.深化数字民生服务"),
    (8, "3.深化数字民生服务"), (10, "4.推进数字乡村建设"), (14, "5.压实安全责任"), (15, "5.压实安全责任"),
    (18, "5.压实安全责任"), (41, "6.推进公共数据开放利用"), (42, "6.推进公共数据开放利用"),
    (40, "7.规范电子公文和档案管理"), (54, "7.规范电子公文和档案管理"), (48, "8.完善电子政务外网"),
    (50, "8.完善电子政务外网"), (43, "9.推进政务上云和共性应用"), (56, "9.推进政务上云和共性应用"),
    (64, "10.健全组织机构"), (66, "12.经济调节"), (70, "13.市场监管"), (71, "13.市场监管"),
    (83, "14.基层治理"), (79, "15.治安防控"), (84, "16.政务服务"), (86, "16.政务服务"), (93, "16.政务服务"),
    (89, "17.涉企服务"), (92, "18.便民服务集成"), (106, "19.政务运行"), (107, "19.政务运行"),
    (116, "（一）加强组织领导"), (25, "（二）强化经费保障"), (118, "（三）提升数字素养"), (122, "（四）严格考核评价"),
]
covers = [{"task": t, "line": ln(a)} for t, a in covers_spec]

key = {
    "writer": "blind writer, round 657; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
    "written": "2026-12-07",
    "draft": "draft.txt",
    "baseline": "ningxia-2023",
    "build": None,
    "parents": [],
    "units": "units.txt",
    "planYear": 2024,
    "expect": expect,
    "mustNotFlag": mnf,
    "covers": covers,
    "notes": ("Short district plan (48 lines) of 大武口区 (石嘴山市), no parent loaded. Framework parts deliberately left out: 数字生态, 制度规则, "
              "生态环境保护, 政务公开; 保障措施 is four one-line items that still touch all four 党的领导 items. Five ordinary slips: wrong 文号 of the "
              "regional 实施意见, an unregistered unit (区大数据局), an impossible day (6月31日), a late deadline (外网, 2025年底前 vs 2024年), "
              "one mojibake run. The words 公开 on line 7 (此件公开发布) and line 36 (双随机、一公开) are not 政务公开 content. "
              "Line 23 copies a 2023 regional deadline into a 2024 plan on purpose (a near miss per KEY-FORMAT)."),
}
json.dump(key, open('key.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=2)
print(len(L), 'lines;', len(expect), 'expect;', len(mnf), 'mustNotFlag;', len(covers), 'covers')
for x in expect: print(x['rule'], x['line'], x.get('text', x.get('pillar', x.get('task'))))
