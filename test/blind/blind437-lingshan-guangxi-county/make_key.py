# -*- coding: utf-8 -*-
# Builds key.json for blind case 437; every line number is found by searching draft.txt.
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
D = open(os.path.join(HERE, 'draft.txt'), encoding='utf-8').read().split('\n')

def ln(*subs):
    hits = [i for i, l in enumerate(D, 1) if all(s in l for s in subs)]
    assert len(hits) == 1, (subs, hits)
    return hits[0]

def chk(line, text):
    assert text in D[line - 1], (line, text)
    return line

# Guangxi tasks: the seed has no task numbers; each task is one （責任單位…完成時限…） note.
# A task is named by the seed's own heading/sub-item wording; "#n" is the note's order (1-43) in the seed.
T = {
 1: '二（一）强化经济运行大数据监测分析，提升经济调节能力（#1，持续开展）',
 2: '二（二）大力推行智慧监管，提升市场监管能力（#2，持续开展）',
 3: '二（二）以一体化在线监管提升监管协同化水平（#3，2025年底）',
 4: '二（三）推进数字化网格治理能力建设（#4，持续开展）',
 5: '二（三）推进社会治安防控体系智能化（#5，持续开展）',
 6: '二（三）推进智慧应急建设（#6，持续开展）',
 7: '二（四）持续优化利企便民数字化服务：打造泛在可及的服务体系/提升智慧便捷的服务能力/拓展公平普惠的民生服务（#7，持续开展）',
 8: '二（四）持续优化12345政务服务便民热线平台功能（#8，2025年底）',
 9: '二（四）持续完善“智桂通”移动开放生态体系（#9，2025年底）',
 10: '二（四）推动智慧教育服务能力提升（#10，持续开展）',
 11: '二（四）推动智慧人社服务能力提升（#11，持续开展）',
 12: '二（四）推动智慧医疗服务能力提升（#12，持续开展）',
 15: '二（四）推动智慧康养服务能力提升（#15，持续开展）',
 16: '二（五）提升生态环保协同治理能力（#16，持续开展）',
 17: '二（五）提高自然资源利用效率（#17，持续开展）',
 18: '二（五）推动绿色低碳转型（#18，持续开展）',
 19: '二（六）提升辅助决策能力（#19，持续开展）',
 20: '二（六）提升行政执行能力（#20，持续开展）',
 21: '二（六）提升行政监督水平（#21，持续开展）',
 22: '二（七）推进公开平台智能集约发展，提升政务公开水平（#22，2025年底）',
 23: '三（一）强化安全管理责任（#23，持续开展）',
 24: '三（二）落实安全制度要求（#24，持续开展）',
 25: '三（三）加强数据安全监管（#25，持续开展）',
 26: '三（四）提升安全保障能力（#26，持续开展）',
 27: '三（五）提高自主可控水平（#27，持续开展）',
 28: '四（一）以数字化改革助力政府职能转变（#28，持续开展）',
 29: '四（二）创新数字政府建设管理机制（#29，持续开展）',
 31: '四（四）健全标准规范（#31，持续开展）',
 32: '四（五）开展试点示范（#32，持续开展）',
 33: '五（一）创新数据管理机制（#33，持续开展）',
 34: '五（二）深化数据高效共享（#34，持续开展）',
 35: '五（三）促进数据有序开发利用（#35，持续开展）',
 36: '六（一）强化政务云平台支撑能力（#36，持续开展）',
 37: '六（二）提升网络平台支撑能力（#37，持续开展）',
 38: '六（三）强化数据智能支撑能力（#38，持续开展）',
 39: '六（三）推进数字化共性应用集约建设（#39，持续开展）',
 41: '七（一）助推数字经济发展（#41，持续开展）',
 42: '七（二）引领数字社会建设（#42，持续开展）',
 43: '七（三）营造良好数字生态（#43，持续开展）',
}

L_basis = ln('桂政发〔2022〕13号')
L_goal25 = ln('到2025年，与政府治理能力现代化')
L_goal26 = ln('到2026年，全县一体化政务服务')
L_goal35 = ln('到2035年')
L_std = ln('打造泛在可及的政务服务体系')
L_12345 = ln('优化12345热线服务')
L_zgt = ln('推广应用“智桂通”')
L_jg = ln('以一体化在线监管提升监管协同化水平')
L_gk = ln('优化政策信息数字化发布')
L_garble = ln('娣卞寲鏁版嵁')
L_share = ln('实行“一数一源一标准”')

expect = [
 {"rule": "basis-mismatch", "line": chk(L_basis, '桂政发〔2022〕13号'), "text": "桂政发〔2022〕13号",
  "why": "the 广西 实施意见 《广西壮族自治区人民政府关于加强数字政府建设的实施意见》 is 桂政发〔2022〕31号 (digits transposed)"},
 {"rule": "deadline-later-than-baseline", "line": chk(L_goal26, '2026年'), "text": "2026年",
  "why": "主要目标 goal '一体化政务服务和一体化在线监管模式广泛普及' is dated 到2025年 in the 广西 主要目标 (一、（二）3.); the draft says 到2026年"},
 {"rule": "deadline-later-than-baseline", "line": chk(L_12345, '2026年6月底前'), "text": "2026年6月底前",
  "why": "task " + T[8] + ": 完成时限 2025年底; the draft's note says 2026年6月底前"},
 {"rule": "deadline-invalid", "line": chk(L_std, '2022年12月底前'), "text": "2022年12月底前",
  "why": "deadline before the plan's own year (issued 2023年7月18日); regional " + T[7] + " is 持续开展, so it is not a late deadline"},
 {"rule": "garbled-text", "line": chk(L_garble, '娣卞寲鏁版嵁'), "text": "娣卞寲鏁版嵁楂樻晥鍏变韩",
  "why": "heading 深化数据高效共享 as UTF-8 bytes read as GBK (mojibake)"},
 {"rule": "unknown-unit", "line": chk(L_share, '县大数据管理局'), "text": "县大数据管理局",
  "why": "the county body is 县大数据发展局 (Guangxi name, as 自治区大数据发展局); 县大数据管理局 is not in units.txt nor in the baseline; it is the lead (first-listed) unit of this task"},
]

M = []
def m(rule, line, why, text=None):
    e = {"rule": rule, "line": line}
    if text is not None:
        assert text in D[line - 1], (line, text)
        e["text"] = text
    e["why"] = why
    M.append(e)

# basis
m("basis-mismatch", L_basis, "national 指导意见 cited with its correct 文号", "国发〔2022〕14号")
l10 = ln('数字广西建设规划（2018—2025年）')
m("basis-mismatch", l10, "retrospective mention of an earlier 广西 document in the background paragraph, not cited as the basis", "数字广西建设规划（2018—2025年）")
m("basis-mismatch", l10, "retrospective mention of an earlier (expired) 广西 action plan in the background, not a basis citation", "数字广西建设三年行动计划（2018—2020年）")
m("basis-mismatch", ln('灵政办发〔2023〕28号'), "the plan's own 发文字号 in the notice header, not a cited basis", "灵政办发〔2023〕28号")
m("basis-mismatch", ln('《灵山县政务信息化项目建设管理办法》'), "a local measure the plan itself orders to be drafted, not a basis document", "灵山县政务信息化项目建设管理办法")
# deadlines
m("deadline-later-than-baseline", L_goal25, "equal to the 广西 主要目标 到2025年 (体系框架基本形成)", "到2025年")
m("deadline-later-than-baseline", L_goal35, "equal to the 广西 远景目标 到2035年", "到2035年")
m("deadline-later-than-baseline", L_jg, "equal: " + T[3] + " is due 2025年底; draft says 2025年底前", "2025年底前")
m("deadline-later-than-baseline", L_gk, "equal: " + T[22] + " is due 2025年底; draft says 2025年底前", "2025年底前")
m("deadline-later-than-baseline", L_zgt, "earlier: " + T[9] + " is due 2025年底; draft says 2024年6月底前", "2024年6月底前")
l46 = ln('推动智慧医疗、智慧康养服务能力提升')
m("deadline-later-than-baseline", l46, "regional " + T[12] + " / " + T[15] + " are 持续开展 (no completing milestone); a dated local deadline is not later", "2025年底前")
l74 = ln('提升网络平台支撑能力')
m("deadline-later-than-baseline", l74, "regional " + T[37] + " is 持续开展; 2025年底前 is within the regional horizon and not later", "2025年底前")
l31 = ln('加强投资和财政数字化管理')
m("deadline-later-than-baseline", l31, "regional " + T[1] + " is 持续开展; a dated 2024 deadline is not later", "2024年底前")
l37 = ln('推进社会治安防控体系智能化')
m("deadline-later-than-baseline", l37, "regional " + T[5] + " is 持续开展; 2024年6月底前 milestone is not later", "2024年6月底前")
l69 = L_share
m("deadline-later-than-baseline", l69, "regional " + T[34] + " is 持续开展; 2024年底前 is not later", "2024年底前")
l73 = ln('强化政务云平台支撑能力')
m("deadline-later-than-baseline", l73, "regional " + T[36] + " is 持续开展; 2024年底前 is not later", "2024年底前")
l57 = ln('强化安全管理责任。建立健全县级')
m("deadline-later-than-baseline", l57, "regional " + T[23] + " is 持续开展; 2023年底前 is not later", "2023年底前")
l63 = ln('创新数字政府建设管理机制')
m("deadline-later-than-baseline", l63, "regional " + T[29] + " is 持续开展; 2023年底前 is not later", "2023年底前")
l24 = ln('——数据资源更加汇聚共享')
m("deadline-later-than-baseline", l24, "a county sub-goal (data catalogue by 2024年底前) earlier than the regional 到2025年 framework goal; the matching data tasks #33/#34 are 持续开展", "2024年底前")
l30 = ln('强化经济运行大数据监测分析')
m("deadline-later-than-baseline", l30, "持续推进 for a 持续开展 task (" + T[1] + ")", "持续推进")
# invalid-looking dates
m("deadline-invalid", l10, "past facts in the background paragraph (2021年, 2022年), not deadlines", "2022年，全县依申请")
m("deadline-invalid", l10, "years inside titles of earlier documents, not deadlines", "（2018—2020年）")
m("deadline-invalid", ln('2023年7月18日'), "the notice's own issue date", "2023年7月18日")
l84 = ln('于每年6月25日、12月10日前')
m("deadline-invalid", l84, "the office's own recurring reporting dates (每年6月25日、12月10日前), not a task deadline", "每年6月25日、12月10日前")
m("deadline-invalid", L_12345, "12345, 110, 119, 120 are hotline numbers, not years", "12345")
# units
m("unknown-unit", l30, "prefix 县 distributes: 县统计局, 县财政局, 县大数据发展局 are in units.txt", "统计局、财政局、大数据发展局")
m("unknown-unit", l30, "vertical tax office at county level, listed in units.txt", "国家税务总局灵山县税务局")
m("unknown-unit", l30, "collective subject (all towns and sub-districts)", "各镇（街道）")
m("unknown-unit", l31, "colloquial alias of 县发展改革局, listed in units.txt", "县发改局")
m("unknown-unit", ln('大力推行智慧监管'), "collective subject", "县直有关部门")
l36 = ln('推进数字化网格治理能力建设')
m("unknown-unit", l36, "prefix 县 distributes over 信访局、公安局、民政局、司法局、住房城乡建设局; all in units.txt", "住房城乡建设局")
m("unknown-unit", l36, "county court and procuratorate, in units.txt (regional analogue: 自治区高级法院, 自治区检察院)", "县人民法院、县人民检察院")
m("unknown-unit", ln('推进智慧应急建设'), "county fire and rescue brigade, in units.txt; 气象局 by prefix distribution", "县消防救援大队")
l42 = ln('拓展公平普惠的民生服务')
m("unknown-unit", l42, "short names in units.txt (县人力资源社会保障局, 县残疾人联合会)", "县人社局")
m("unknown-unit", l42, "short name of 灵山县残疾人联合会, in units.txt", "县残联")
l48 = ln('提升生态环保协同治理能力')
m("unknown-unit", l48, "the county's environment bureau is a 钦州市 dispatched body with this official name; in units.txt", "钦州市灵山生态环境局")
m("unknown-unit", l46, "official short name, in units.txt", "县医疗保障局")
m("unknown-unit", ln('提升行政执行能力'), "in units.txt", "县机关事务服务中心")
m("unknown-unit", L_gk, "county media centre, in units.txt", "县融媒体中心")
m("unknown-unit", l57, "official short name of 中共灵山县委网络安全和信息化委员会办公室, in units.txt", "县委网信办")
m("unknown-unit", ln('落实安全制度要求'), "short name of the county secrecy office, in units.txt; 县直各部门 is a collective", "县委保密办")
m("unknown-unit", ln('按照自治区、设区市关于数字政府建设的统一部署'), "广西's own level names (自治区, 设区市) in prose, not responsible units", "自治区、设区市")
m("unknown-unit", L_goal25, "广西's own level name 县（市、区） in prose (全区各县（市、区）)", "各县（市、区）")
m("unknown-unit", ln('各镇人民政府、街道办事处，县直各有关单位'), "addressees: collectives (各镇人民政府、街道办事处, 县直各有关单位)", "县直各有关单位")
m("unknown-unit", l84, "the leading-group office named in prose (reports go to it); listed in units.txt", "县数字政府建设工作领导小组办公室")
m("unknown-unit", ln('对接自治区数字政府一体安全平台'), "自治区 here names the regional platform, not a responsible unit", "自治区数字政府一体安全平台")
# garbled look-alikes
m("garbled-text", ln('“天地图·广西”'), "middle dot in the official platform name 天地图·广西", "天地图·广西")
m("garbled-text", ln('视察广西“4·27”'), "“4·27” 重要讲话 is a proper name", "4·27")
m("garbled-text", ln('中国—东盟信息港'), "em dash in 中国—东盟", "中国—东盟")
m("garbled-text", ln('“1+6+N”'), "regional 数字政府大脑 system name 1+6+N", "1+6+N")

COV = [(1, l30), (1, l31), (2, ln('大力推行智慧监管')), (3, L_jg), (4, l36), (5, l37), (6, ln('推进智慧应急建设')),
       (7, L_std), (7, ln('提升智慧便捷的服务能力')), (7, l42), (8, L_12345), (9, L_zgt),
       (10, ln('推动智慧教育、智慧人社')), (11, ln('推动智慧教育、智慧人社')), (12, l46), (15, l46),
       (16, l48), (17, ln('提高自然资源利用效率')), (18, ln('提高自然资源利用效率')),
       (19, ln('提升辅助决策能力')), (20, ln('提升行政执行能力')), (21, ln('提升行政监督水平')), (22, L_gk),
       (23, l57), (24, ln('落实安全制度要求')), (25, ln('加强数据安全监管。建立健全')),
       (26, ln('提升安全保障能力和自主可控水平')), (27, ln('提升安全保障能力和自主可控水平')),
       (28, ln('以数字化改革助力政府职能转变。依托')), (29, l63), (31, ln('健全制度规范，开展试点示范')),
       (32, ln('健全制度规范，开展试点示范')), (33, ln('强化政府部门数据管理职责')), (34, L_share),
       (35, ln('编制公共数据开放目录')), (36, l73), (37, l74), (38, ln('加强重点共性应用支撑能力')),
       (39, ln('加强重点共性应用支撑能力')), (41, ln('助推数字经济发展')), (42, ln('引领数字社会建设')),
       (43, ln('营造良好数字生态'))]
covers = [{"task": T[n], "line": l} for n, l in COV]

key = {
 "writer": "blind writer, round 437; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
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
 "notes": ("County plan of 灵山县 (钦州市, 广西), issued 2023-07-18, checked against guangxi-2022 only (no parent plan). "
           "The 广西 实施意见 has no numbered task list: a task here is one inline （責任單位…完成時限…） note of the seed, named by its heading "
           "or sub-item wording; '#n' is my own count of that note's order in the seed (43 notes). Only #3, #8, #9, #22 carry a date (2025年底); "
           "all others are 持续开展, so the county's dated deadlines on those are not late. Tasks not taken up: #13 智慧工地, #14 智慧体育, "
           "#30 完善法规制度 (local-legislation part; only 电子证照/电子印章 互认 is touched on line 64), #40 强化开放生态支撑能力 - not planted, "
           "task-uncovered on them is information only. The first-listed unit of each note is the lead (line 28 says so). "
           "The 广西 document's 八、加强党的领导 (组织领导, 推进机制, 数字素养, 考核评估) is mirrored in 八、保障措施 (lines 80-90).")
}
with open(os.path.join(HERE, 'key.json'), 'w', encoding='utf-8') as f:
    json.dump(key, f, ensure_ascii=False, indent=1)
print('expect', len(expect), 'mustNotFlag', len(M), 'covers', len(covers), 'distinct tasks', len(set(n for n, _ in COV)))
