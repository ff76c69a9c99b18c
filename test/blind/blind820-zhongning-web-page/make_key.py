#!/usr/bin/python3
# Builds key.json from draft.txt: every line number is found by searching the final draft (1-based).
import json
L = open('draft.txt', encoding='utf-8').read().split('\n')
if L and L[-1] == '':
    L = L[:-1]

def ln(s, nth=None):
    hits = [i + 1 for i, l in enumerate(L) if s in l]
    if nth is None:
        assert len(hits) == 1, (s, hits)
        return hits[0]
    return hits[nth]

def row(n):
    hits = [i + 1 for i, l in enumerate(L) if l.startswith(f'{n}\t')]
    assert len(hits) == 1, n
    return hits[0]

def cell(n, k):
    return L[row(n) - 1].split('\t')[k]

expect = [
    {"rule": "basis-mismatch", "line": ln('（宁政办发〔2023〕17号）'), "text": "宁政办发〔2023〕17号",
     "why": "《自治区人民政府关于加强数字政府建设的实施意见》 is 宁政发〔2023〕17号 (seed gazette); 宁政办发 is the office's series, so the 文号 does not belong to the title"},
    {"rule": "deadline-later-than-baseline", "line": row(6), "text": "2025年底前",
     "why": "row 6 is regional task 48 (城域网升级改造，推进区市县乡村5级全覆盖), 完成时限 2024年; the county puts it a year later"},
    {"rule": "deadline-invalid", "line": row(13), "text": "21月",
     "why": "2024年21月 is impossible (12 transposed); the row is regional task 74, 完成时限 2024年"},
    {"rule": "unknown-unit", "line": row(25), "text": "县信息中心",
     "why": "not in units.txt (the registry has 县大数据服务中心 / 县大数据中心); an outdated name left as the lead unit"},
    {"rule": "garbled-text", "line": ln('闈炴秹瀵嗕笟'), "text": "闈炴秹瀵嗕笟鍔′笓缃戝悜",
     "why": "UTF-8 read as GBK; re-encoding as GBK and decoding as UTF-8 gives 非涉密业务专网向电子政务外网整合迁移"},
    {"rule": "missing-pillar", "line": 0, "pillar": "数字素养",
     "why": "section 六 has 组织领导, 资金投入 (财政投入) and 考核评价 only; nothing anywhere on 人才引进, 干部数字化能力培训, 数字素养 or 宣传引导 (region 六(三) 提升数字素养, tasks 117-120)"},
]

M = []
def m(rule, line, why, text=None):
    e = {"rule": rule, "line": line}
    if text is not None:
        e["text"] = text
    e["why"] = why
    M.append(e)

D = "deadline-later-than-baseline"
# goals
m(D, ln('到2024年底，全县'), "2024 goal: 政务信息系统迁移政务信创云 = task 46 (2024年) / task 43 (2024 年建成，持续推进); 宁政通 县乡村覆盖 = task 105 (2024年); no 2023 regional goal covers these", "2024年底")
m(D, ln('到2025年，全县'), "equal to the region's 主要目标 到2025年 34567 体系框架全面成型", "2025年")
m(D, ln('到2035年，与政府'), "equal to the region's 到2035年 goal", "2035年")
# inline body deadlines
m(D, ln('2024年10月底前完成迁移任务'), "task 46 完成时限 2024年 (task 43: 2024 年建成，持续推进); October 2024 is earlier", "2024年10月底前")
m(D, ln('2024年底前，完成县政府网站'), "task 93 完成时限 2024年; equal", "2024年底前")
m(D, ln('2025年底前实现基层干部'), "task 106 完成时限 2025年; equal", "2025年底前")
rows = {
 1: "task 2, 完成时限 2023 年启动，2024 年取得明显成效; 2024年底前 is equal",
 2: "task 3, 完成时限 持续推进，2025 年取得明显成效; copied unchanged",
 3: "task 8, 完成时限 持续推进，2025年取得明显成效; 2025年 is equal",
 4: "task 10, 完成时限 持续推进，2025年取得明显成效 (and task 11: 2023年完成主要建设任务，2025年取得明显成效); equal",
 5: "task 46, 完成时限 2024年 (task 43: 2024 年建成，持续推进); 2024年10月底前 is earlier",
 7: "task 49, 完成时限 2025年; 2025年6月底前 is earlier",
 8: "task 50, 完成时限 2024年; equal",
 9: "task 54, 完成时限 2024年; equal",
 10: "task 57, 完成时限 2024年; equal",
 11: "task 64 (各市、县（区）负责), 完成时限 2025年; 2024年6月底前 is earlier",
 12: "task 71, 完成时限 2024年; equal",
 14: "task 77, 完成时限 2024年; equal",
 15: "task 79, 完成时限 2024年; 2024年9月底前 is earlier",
 16: "task 80, 完成时限 2024年; equal",
 17: "task 83, 完成时限 2025年; equal",
 18: "task 84, 完成时限 2024年; equal",
 19: "task 86, 完成时限 2024年; 2024年底前 is equal",
 20: "task 93, 完成时限 2024年; equal",
 21: "task 96, 完成时限 2025年; equal",
 22: "task 98, 完成时限 2024年; equal",
 23: "tasks 104 and 105, 完成时限 2024年 each; equal",
 24: "task 106, 完成时限 2025年; equal",
 25: "task 107, 完成时限 2025年; equal (the row's error is its unit, not its deadline)",
 26: "task 108, 完成时限 长期推进，2024年取得明显成效; copied unchanged",
 27: "task 111, 完成时限 2025年; equal",
 28: "tasks 112 and 114, 完成时限 2024年 each; equal",
 29: "task 121, 完成时限 长期坚持; equal",
}
for n, why in rows.items():
    m(D, row(n), why, cell(n, 4))

I = "deadline-invalid"
m(I, ln('成文日期：2024年03月12日'), "the page's own 成文日期, the issue date itself", "2024年03月12日")
m(I, ln('发布日期：2024年03月18日'), "the page's own 发布日期", "2024年03月18日")
m(I, ln('发布时间：2024-03-18 10:26'), "the page's own 发布时间 and 浏览次数 2417, not deadlines", "2024-03-18")
m(I, ln('索引号：640521001/2024-00087'), "the page's own 索引号", "2024-00087")
m(I, ln('已经2024年3月6日县人民政府第38次常务会议'), "past date of the 常务会议 that approved the plan, not a deadline", "2024年3月6日")
m(I, ln('2022年，县政务服务中心'), "past dates (2020 document, 2022, 2023 achievements) in the 发展基础 background, not deadlines", "2023年")
m(I, ln('上一篇：中宁县2023年'), "title of the previous article on the site, not a deadline", "2023年")
m(I, ln('© 2014-2024'), "the site's copyright years", "2014")
m(I, ln('宁ICP备'), "备案号 and 网站标识码: the page's own numbers, not years", "64052102000105")
m(I, ln('位访客'), "visitor counter", "3486215")
m(I, ln('1920×1080'), "screen resolution advice in the footer", "1920×1080")

B = "basis-mismatch"
m(B, ln('（国发〔2022〕14号）'), "correct title and 文号 of the national 指导意见", "国发〔2022〕14号")
m(B, ln('中卫市人民政府《关于加强数字政府建设的实施方案》'), "the city plan cited by title alone, as county plans do; no 文号 to mismatch", "中卫市人民政府《关于加强数字政府建设的实施方案》")
m(B, ln('（宁政办发〔2020〕14号）'), "retrospective mention of the 2020 工作要点 in the background (发展基础), not a basis citation; title and 文号 match", "宁政办发〔2020〕14号")
m(B, ln('发文字号：中宁政办发〔2024〕19号'), "the notice's own 文号 in the page's metadata", "中宁政办发〔2024〕19号")
m(B, [i + 1 for i, l in enumerate(L) if l == '中宁政办发〔2024〕19号'][0], "the notice's own 文号", "中宁政办发〔2024〕19号")
m(B, [i + 1 for i, l in enumerate(L) if l == '自治区人民政府关于加强数字政府建设的实施意见'][0], "相关链接 title, correct (no 文号 given)")
m(B, [i + 1 for i, l in enumerate(L) if l == '国务院关于加强数字政府建设的指导意见'][0], "相关链接 title, correct")
m(B, [i + 1 for i, l in enumerate(L) if l == '中卫市人民政府关于加强数字政府建设的实施方案'][0], "相关链接 to the city plan, title only")
m(B, ln('下一篇：'), "the next article's title (2024年政务公开工作要点), a site link, not a basis document")

U = "unknown-unit"
m(U, ln('各乡镇人民政府，县政府各部门、各直属机构：'), "collective addressees of the notice", "县政府各部门")
m(U, row(4), "collective subject", "各乡镇人民政府")
m(U, row(5), "县大数据中心 is a short name of 县大数据服务中心 in units.txt; 县直各部门（单位） is collective", "县大数据中心")
m(U, row(8), "collective subject", "县直有关部门")
m(U, row(17), "collective subject", "各村（社区）")
m(U, row(10), "县发改局 and 县市场监管局 are short names in units.txt", "县发改局")
m(U, row(19), "县审批局 is the short name of 县审批服务管理局", "县审批局")
m(U, row(20), "县政府办 is the short name of 县人民政府办公室", "县政府办")
m(U, row(22), "县林草局 is the short name of 县林业和草原局", "县林草局")
m(U, row(13), "县市场监管局 is the short name of 县市场监督管理局", "县市场监管局")
m(U, row(12), "prefix distributes: 县农业农村局、卫生健康局 = 县卫生健康局", "卫生健康局")
m(U, row(14), "prefix distributes: 县公安局、司法局、信访局 = 县司法局, 县信访局", "司法局")
m(U, row(2), "official name of the county branch of the city bureau, listed in units.txt", "中卫市生态环境局中宁分局")
m(U, row(16), "listed in units.txt", "中宁县气象局")
m(U, row(9), "two leads, both in units.txt; the table note says the first leads", "县委办公室、县档案馆")
m(U, row(1), "local body listed in units.txt", "县枸杞产业发展服务中心")
m(U, ln('发布时间：2024-03-18'), "the page's 来源: full name of 县人民政府办公室, an alias in units.txt", "中宁县人民政府办公室")
m(U, ln('承办：中宁县大数据服务中心'), "site footer; both are aliases in units.txt", "中宁县大数据服务中心")
m(U, ln('中卫市人民政府《关于'), "issuer of a cited basis document, not a responsible unit", "中卫市人民政府")
m(U, ln('调整充实县推进数字政府建设领导小组'), "the county leading group the plan itself sets up, not a responsible unit in a task", "县推进数字政府建设领导小组")
m(U, ln('推进县图书馆、文化馆'), "venues to be digitised, not responsible units", "县图书馆")
m(U, ln('（一）加强组织领导。各乡镇'), "collective subjects", "各乡镇")

G = "garbled-text"
m(G, 2, "繁體版 is the site's Traditional-script switch, not mojibake", "繁體版")
m(G, ln('废止日期：——'), "a dash placeholder in the metadata, not damage", "——")

P = "missing-pillar"
m(P, 0, "五个一 / 六级贯通 are folded into 一套体系 (健全组织机构, 厘清层级职责 on lines %d-%d), as 吴忠's 1347 does" % (ln('（一）健全组织机构。'), ln('（二）厘清层级职责。')))
m(P, 0, "数字生态 is covered by 三(三) 营造良好数字生态 (line %d): data elements market, trading rules, network ecology" % ln('（三）营造良好数字生态。'))
m(P, 0, "财政投入 is covered as 加大资金投入 (line %d)" % ln('（二）加大资金投入。'))
m(P, 0, "政务公开 is covered in the plan itself (line %d), besides the site menu" % ln('（七）提升政务公开能力。'))

C = [
 (1, '主动融入算力枢纽建设'), (2, '推动枸杞产业数字化'), (3, '加快智慧园区建设'), (5, '完善数字经济治理'),
 (6, '（二）引领数字社会建设。'), (7, '深化数字普惠应用'), (8, '深化数字普惠应用'), (9, '加快智慧城市建设'),
 (10, '推进数字乡村建设。'), (12, '（三）营造良好数字生态。'), (13, '（三）营造良好数字生态。'),
 (14, '强化安全管理责任'), (15, '强化安全管理责任'), (17, '落实安全制度要求'), (18, '提升安全防护能力'),
 (21, '以数字化改革助力政府职能转变。'), (24, '创新建设管理机制'), (25, '（二）加大资金投入。'), (28, '开展试点示范'),
 (30, '完善数据管理机制'), (32, '完善数据管理机制'), (36, '深化数据共享利用'), (41, '深化数据共享利用'), (42, '深化数据共享利用'),
 (46, '强化政务云支撑'), (48, '提升网络支撑能力'), (49, '提升网络支撑能力'), (54, '加强共性应用支撑'), (57, '加强共性应用支撑'),
 (64, '（一）健全组织机构。'), (66, '（一）提升经济调节能力。'), (68, '推动监管精准化'), (71, '推动监管精准化'),
 (72, '促进监管协同化'), (74, '促进监管协同化'), (77, '提升社会矛盾化解能力'), (79, '提升社会治安防控能力'),
 (80, '提升公共安全保障能力'), (83, '提高基层社会治理能力'), (84, '打造泛在可及的服务体系'), (85, '打造泛在可及的服务体系'),
 (86, '提升智慧便捷的服务能力'), (88, '提供优质便利的涉企服务'), (89, '提供优质便利的涉企服务'), (90, '拓展公平普惠的民生服务'),
 (93, '拓展公平普惠的民生服务'), (96, '提高自然资源利用效率'), (98, '提高自然资源利用效率'), (100, '提高自然资源利用效率'),
 (102, '推动绿色低碳转型'), (103, '提升辅助决策能力'), (104, '提升行政执行能力'), (105, '提升行政执行能力'),
 (106, '提升行政执行能力'), (107, '提升行政执行能力'), (108, '提升行政监督和机关事务管理水平'), (111, '提升行政监督和机关事务管理水平'),
 (112, '（七）提升政务公开能力。'), (114, '（七）提升政务公开能力。'), (115, '（七）提升政务公开能力。'),
 (116, '（一）加强组织领导。各乡镇'), (121, '（三）强化考核评价。'), (123, '（三）强化考核评价。'), (124, '（三）强化考核评价。'),
]
covers = [{"task": t, "line": ln(s)} for t, s in C]

key = {
 "writer": "blind writer, round 820; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
 "written": "2026-12-07",
 "draft": "draft.txt",
 "also": [],
 "baseline": "ningxia-2023",
 "build": None,
 "parents": [],
 "units": "units.txt",
 "planYear": 2024,
 "expect": expect,
 "mustNotFlag": M,
 "covers": covers,
 "notes": ("中宁县 2024 实施方案 as copied from the county government's website (menu, breadcrumb, metadata, 发布时间/来源/浏览次数, "
           "notice, plan, 附件 task table as tab-separated rows, 相关链接, 上一篇/下一篇, footer). Framework restructured as 1347 like 吴忠. "
           "Parent 中卫 plan is not available, so parents is empty; the draft cites it by title only. "
           "The 数字素养 omission leaves tasks 117-120 untouched, but none of them names 各市、县（区）, so no task-uncovered entry is expected. "
           "Row 13's 2024年21月 is only invalid, not later than task 74's 2024年. Row 6's task (48) is also stated without a date in the body (提升网络支撑能力) and the body carries no conflicting date."),
}
json.dump(key, open('key.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=2)
print(len(expect), len(M), len(covers))
