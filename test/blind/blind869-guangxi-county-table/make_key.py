#!/usr/bin/env python3
"""Builds key.json for blind869 from draft.txt; every line number is found by searching
the final draft for a unique anchor, and the script stops if an anchor is missing or not unique."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
L = open(os.path.join(HERE, 'draft.txt'), encoding='utf-8').read().split('\n')

def ln(anchor, must=None):
    hits = [i + 1 for i, l in enumerate(L) if anchor in l]
    assert len(hits) == 1, (anchor, hits)
    if must is not None:
        assert must in L[hits[0] - 1], (anchor, must)
    return hits[0]

def row(num):
    hits = [i + 1 for i, l in enumerate(L) if l.startswith(str(num) + '\t')]
    assert len(hits) == 1, num
    return hits[0]

def cell(num, k):
    return L[row(num) - 1].split('\t')[k]

G = '广西 实施意见 task'  # tasks = the 43 "(責任單位:…完成時限:…)" notes of the seed, numbered in order

expect = [
    {"rule": "basis-mismatch", "line": ln('桂政发〔2022〕13号'), "text": "桂政发〔2022〕13号",
     "why": "the 广西 实施意见 (广西壮族自治区人民政府关于加强数字政府建设的实施意见) is 桂政发〔2022〕31号; 13号 is a transposed 文号"},
    {"rule": "unknown-unit", "line": row(5), "text": "县工商局",
     "why": "not in units.txt: the 工商局 was merged into 县市场监督管理局 in the 机构改革; an old-template name"},
    {"rule": "deadline-later-than-baseline", "line": row(24), "text": "2026年6月底",
     "why": G + " 8 (12345热线 与110、119、120、122等紧急热线以及公共事业服务热线联动), 完成时限 2025年底"},
    {"rule": "deadline-invalid", "line": row(67), "text": "2022年底",
     "why": "the plan is issued 2023-07-12; a 2022 deadline for a task still to be done (迁移上云; the draft's own 主要目标 says 到2024年底) is before the issue year; regional task 36 is 持续开展, so it is not a copied regional date"},
    {"rule": "garbled-text", "line": row(72), "text": "鐢靛瓙鍗扮珷",
     "why": "UTF-8 bytes of 电子印章 read as GBK"},
    {"rule": "missing-pillar", "line": 0, "pillar": "数字生态",
     "why": "part 六 (以数字政府建设全面引领驱动数字化发展) takes up 数字经济 (rows 77-78) and 数字社会 (rows 79-80) but nothing of 营造良好数字生态: no 数据要素市场, 数据产权/交易, 公平竞争审查, 数据跨境 content anywhere"},
    {"rule": "task-uncovered", "line": 0, "task": 43,
     "why": "the 数字生态 task (建立健全数据要素市场规则…, 自治区大数据发展局等, 各市人民政府, 持续开展) is left out on purpose"},
]

M = []
def nm(rule, line, why, text=None):
    e = {"rule": rule, "line": line}
    if text is not None:
        assert text in L[line - 1], (text, line)
        e["text"] = text
    e["why"] = why
    M.append(e)

D = "deadline-later-than-baseline"
# deadlines equal to or earlier than the regional ones
nm(D, row(7), "earlier: " + G + " 3 (监管事项清单认领), 完成时限 2025年底", "2023年底")
nm(D, row(8), "equal: " + G + " 3 (对接自治区“互联网+监管”系统), 完成时限 2025年底", "2025年底")
nm(D, row(9), "equal, other form: " + G + " 3 (信用监管、风险预警、效能评估等智慧监管应用), 完成时限 2025年底", "2025年12月31日前")
nm(D, row(23), "earlier: " + G + " 8 (各类政务服务热线归并至12345热线), 完成时限 2025年底", "2024年底")
nm(D, row(25), "equal: " + G + " 8 (热线数据社情民意分析), 完成时限 2025年底", "2025年底")
nm(D, row(26), "equal: " + G + " 9 (智桂通), 完成时限 2025年底", "2025年底")
nm(D, row(41), "earlier: " + G + " 22 (政府网站集约化平台、政务新媒体管理机制), 完成时限 2025年底", "2024年底")
nm(D, row(42), "earlier: " + G + " 22 (政策文件库), 完成时限 2025年底", "2024年底")
nm(D, row(43), "earlier: " + G + " 22 (政府信息公开保密审查制度), 完成时限 2025年底; 2023 is the issue year, so not invalid either", "2023年底")
nm(D, row(44), "equal: " + G + " 22 (惠企政策精准推送、直达直享), 完成时限 2025年底", "2025年底")
nm(D, row(45), "completing milestone 2025年底 equals " + G + " 22 (政民互动), 完成时限 2025年底; 长期坚持 is the ongoing flag", "2025年底前建成，长期坚持")
nm(D, ln('到2024年底，县级政务信息系统'), "earlier local goal: 12345热线归并 by 2024年底 vs " + G + " 8, 完成时限 2025年底; 迁移上云 vs task 36 持续开展", "到2024年底")
nm(D, ln('到2024年底，县级政务信息系统'), "equal: the regional 主要目标 says 到2025年…数字政府体系框架基本形成", "到2025年")
nm(D, ln('到2035年，整体协同'), "equal: regional 主要目标 到2035年…基本建成", "到2035年")
nm(D, row(13), "multi-milestone; " + G + " 4 is 持续开展 (no completing milestone to be later than)", "2023年启动，2025年底前基本建成")
nm(D, row(68), "multi-milestone; " + G + " 36 is 持续开展", "2023年启动，2024年建成")
nm(D, row(70), "a dated deadline on " + G + " 37, 完成时限 持续开展: not later", "2025年底")
nm(D, row(14), "dated deadline on " + G + " 5, 完成时限 持续开展", "2024年底")
nm(D, row(3), "长期坚持 for " + G + " 1, 完成时限 持续开展: same ongoing meaning", "长期坚持")

I = "deadline-invalid"
nm(I, ln('2023年7月12日'), "the notice's own issue date, not a deadline", "2023年7月12日")
nm(I, ln('2016年以来，我县'), "background: past years (2016年以来, 2021年, 2022年) describing what was done", "2022年")
nm(I, ln('各责任单位要于2023年8月31日前'), "the office's own reporting dates (台账 by 2023年8月31日, progress every 6月25日 and 12月15日), in the issue year or recurring", "2023年8月31日前")
nm(I, row(81), "2023年8月底 is after the issue date and in the issue year; 党的领导 items carry no regional deadline", "2023年8月底")
nm(I, row(64), "2023年12月: in the issue year, not before it", "2023年12月")

U = "unknown-unit"
nm(U, ln('各乡镇人民政府，县直各部门（单位）：'), "collective addressees", "县直各部门（单位）")
nm(U, row(7), "collective subject", "县直有关部门")
nm(U, row(10), "collective subject", "各乡镇人民政府")
nm(U, row(12), "县 prefix distributes: 县公安局、县司法局、县信访局, all in units.txt", "司法局")
nm(U, row(12), "in units.txt (courts and procuratorates are listed)", "县人民检察院")
nm(U, row(13), "collective subject", "各村（社区）")
nm(U, row(2), "official short name of 县发展和改革局 (units.txt alias)", "县发改局")
nm(U, row(21), "short names in units.txt (县残疾人联合会, 县大数据发展局)", "县大数据局")
nm(U, row(16), "short names in units.txt (藤县消防救援大队, 藤县气象局)", "县消防救援大队")
nm(U, row(33), "the county-level branch of the city bureau, listed in units.txt; neither a regional body nor a city body leading from outside", "梧州市生态环境局藤县分局")
nm(U, row(73), "in units.txt (county tax bureau, outside the government proper)", "国家税务总局藤县税务局")
nm(U, row(80), "telecom operators listed in units.txt", "中国移动藤县分公司")
nm(U, row(55), "collective subject", "县直各部门（单位）")
nm(U, row(38), "official short name of 县人民政府办公室", "县政府办公室")
nm(U, row(8), "自治区“互联网+监管”系统 is in the 工作任务 text, not a responsible unit and not a regional lead", "自治区")
nm(U, row(1), "梧州市 appears in the task text (配合梧州市构建…), not in the 责任单位 column", "梧州市")
nm(U, ln('序号\t工作任务\t责任单位\t完成时限'), "table header row: 责任单位 is a column title", "责任单位")
# group rows: a part's (or capability's) name on a row of its own, not a task
for anchor in ['一、构建协同高效的政府数字化履职能力体系', '（一）强化经济运行大数据监测分析', '（二）大力推行智慧监管',
               '（三）积极推动数字化治理模式创新', '（四）持续优化利企便民数字化服务', '（五）强化动态感知和立体防控',
               '（六）加快推进数字机关建设', '（七）推进公开平台智能集约发展', '二、构建数字政府全方位安全保障体系',
               '三、构建科学规范的数字政府建设制度规则体系', '四、构建开放共享的数据资源体系', '五、构建智能集约的平台支撑体系',
               '六、以数字政府建设全面引领驱动数字化发展', '七、加强党对数字政府建设工作的领导']:
    n = ln(anchor)
    assert '\t' not in L[n - 1] and L[n - 1].startswith(anchor)
    nm(U, n, "group row inside the table (a framework part's name on a row of its own): not a task, it has no 责任单位 or 完成时限, and its words are not a unit", anchor)

B = "basis-mismatch"
nm(B, ln('（国发〔2022〕14号）'), "correct title and 文号 of the national 指导意见", "国发〔2022〕14号")
nm(B, ln('国发〔2016〕55号'), "retrospective mention in the background; 国发〔2016〕55号 is indeed 国务院关于加快推进“互联网+政务服务”工作的指导意见 (its real title says 加快推进), not cited as this plan's basis", "国发〔2016〕55号")
nm(B, ln('《梧州市加强数字政府建设实施方案》'), "the city plan cited by title alone (no 文号), as county plans do", "梧州市加强数字政府建设实施方案")
nm(B, ln('藤政办发〔2023〕27号'), "the notice's own 文号, not a basis citation", "藤政办发〔2023〕27号")

Gt = "garbled-text"
nm(Gt, row(75), "“天地图·广西” is the platform's real name; the middle dot is not damage", "天地图·广西")
nm(Gt, row(70), "IPv6 is Latin text, not damage", "IPv6")
nm(Gt, row(24), "hotline numbers", "110、119、120、122")

P = "missing-pillar"
nm(P, row(77), "数字经济 is taken up (rows 77-78)")
nm(P, row(79), "数字社会 is taken up (智慧城市 row 79, 数字乡村 row 80)")
nm(P, row(33), "生态环境保护 (a 履职能力) is taken up in rows 33-36; it is not 数字生态")
nm(P, row(81), "党的领导 (组织领导, 推进机制, 数字素养, 考核评估) is taken up in rows 81-84 and in 四、工作要求")

covers = {1: row(1), 2: row(4), 3: row(8), 4: row(10), 5: row(14), 6: row(16), 7: row(17), 8: row(23),
          9: row(26), 10: row(27), 11: row(28), 12: row(29), 13: row(30), 14: row(31), 15: row(32),
          16: row(33), 17: row(35), 18: row(36), 19: row(37), 20: row(38), 21: row(39), 22: row(41),
          23: row(46), 24: row(48), 25: row(49), 26: row(50), 27: row(52), 28: row(53), 29: row(54),
          30: row(58), 31: row(59), 32: row(60), 33: row(61), 34: row(64), 35: row(66), 36: row(67),
          37: row(69), 38: row(71), 39: row(72), 40: row(76), 41: row(77), 42: row(79)}

key = {
    "writer": "blind writer, round 869; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
    "written": "2026-12-07",
    "draft": "draft.txt",
    "baseline": "guangxi-2022",
    "build": None,
    "parents": [],
    "units": "units.txt",
    "planYear": 2023,
    "expect": expect,
    "mustNotFlag": M,
    "covers": [{"task": t, "line": l} for t, l in sorted(covers.items())],
    "notes": ("In every why and note, 'row N' means 序号 N of the table, not a line number. Task numbers count the 43 inline notes '(責任單位:…完成時限:…)' of guangxi-2022-shishi-yijian.txt in order "
              "(3, 8, 9 and 22 are due 2025年底, the rest 持续开展; 23 is the only one without 各市人民政府). "
              "The 八、加强党的领导 section has no such notes and is not numbered. "
              "The table groups rows under the framework parts 二…八 of the 实施意见 renumbered 一…七, with the seven 履职能力 as sub-group rows. "
              "The 说明 line makes the first unit of every cell the lead. units.txt is the county registry written for this case. The word 生态 occurs only in 生态环境保护 rows (33-36) and in 开放生态支撑平台 (row 76, regional task 40, a 平台支撑 item); neither is 数字生态. The regional title is cited as 《广西壮族自治区人民政府关于加强数字政府建设的实施意见》; the seed text carries no title, so the title is the writer's reading of the 文号 given in KEY-FORMAT (桂政发〔2022〕31号)."),
}
with open(os.path.join(HERE, 'key.json'), 'w', encoding='utf-8') as f:
    json.dump(key, f, ensure_ascii=False, indent=2)
    f.write('\n')
print(len(expect), len(M), len(key['covers']))
