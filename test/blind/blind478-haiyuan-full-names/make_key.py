#!/usr/bin/python3
# Builds key.json and checks every line/text against draft.txt (1-based lines).
import json
L = open('draft.txt', encoding='utf-8').read().split('\n')
if L[-1] == '': L = L[:-1]
def line_of(s, nth=1):
    hits = [i + 1 for i, t in enumerate(L) if s in t]
    assert len(hits) >= nth, (s, hits)
    return hits[nth - 1]

E = []
def ex(rule, text, why, line=None, **kw):
    ln = line if line is not None else line_of(text)
    if text: assert text in L[ln - 1], (rule, ln, text)
    d = {"rule": rule, "line": ln}
    if text: d["text"] = text
    d.update(kw); d["why"] = why
    E.append(d)

ex("basis-mismatch", "宁政发〔2023〕71号",
   "the regional basis 《自治区人民政府关于加强数字政府建设的实施意见》 is 宁政发〔2023〕17号 (gazette 2023年第10期, dated 2023-05-16); 71号 is a digit swap. The same title is cited correctly as 宁政发〔2023〕17号 on line 91")
ex("deadline-later-than-baseline", "2026年",
   "主要目标 goal of 宁政发〔2023〕17号: 到2025年，全区各级数字政府建设“34567”体系框架全面成型 (same wording copied, incl. 工作体制逐步健全、管理机制趋于成熟…); the county puts it at 2026, later than the region (and than its own 附件 period 2024年—2025年). Related task 64 (各地各部门成立相应组织机构) 完成时限 2025年", line=line_of("到2026年"))
ex("deadline-later-than-baseline", "2025年6月底前",
   "task 48 (开展各级城域网升级改造，推进区市县乡村5级全覆盖，在安全可控的前提下按需向企事业单位拓展; 各市、县（区）具体负责) 完成时限 2024年; task 47 (外网升级改造) also 2024年. The county's 2025年6月 is later")
ex("deadline-invalid", "2024年6月31日",
   "June has 30 days; 6月31日 is an impossible date (the matching task 93, 适老化与信息无障碍建设, 完成时限 2024年)")
ex("unknown-unit", "同心县审批服务管理局",
   "a body of 同心县 (another county, 吴忠市) left from a copied text; not in units.txt, and the county's own body 海原县审批服务管理局 leads the neighbouring lines 70/71")
ex("garbled-text", "鎻愬崌鏀垮簻",
   "sub-item title 提升政府信息发布水平 as UTF-8 bytes read as GBK (鎻愬崌鏀垮簻淇℃伅鍙戝竷姘村钩); re-encoding as GBK and decoding as UTF-8 recovers it")

N = []
def nm(rule, text, why, line=None):
    ln = line if line is not None else line_of(text)
    if text: assert text in L[ln - 1], (rule, ln, text)
    d = {"rule": rule, "line": ln}
    if text: d["text"] = text
    d["why"] = why
    N.append(d)

# units: full names, level words, aliases, collectives, distributed prefixes
nm("unknown-unit", "海原县公安局", "full name, listed in units.txt (written 县公安局 elsewhere: lines 33, 50, 64, 95)", line=24)
nm("unknown-unit", "中共海原县委网络安全和信息化委员会办公室", "full name of the county's 网信办, canonical in units.txt", line=24)
nm("unknown-unit", "县公安局", "level word for 海原县公安局 (县 = 海原县); the same body is written in full on lines 24, 36, 51, 63", line=64)
nm("unknown-unit", "县公安局", "same body written both ways: 县公安局 here, 海原县公安局 on line 24", line=33)
nm("unknown-unit", "县融媒体中心", "level word for 海原县融媒体中心 (written in full on line 85)", line=33)
nm("unknown-unit", "县农业农村局", "level word for 海原县农业农村局 (in full on lines 23 and 30)", line=29)
nm("unknown-unit", "县委网信办", "official short name listed in units.txt for 中共海原县委网络安全和信息化委员会办公室", line=29)
nm("unknown-unit", "县工信商务局", "short name listed in units.txt for 海原县工业信息化和商务局", line=29)
nm("unknown-unit", "县市场监管局", "short name listed for 海原县市场监督管理局", line=39)
nm("unknown-unit", "国网海原县供电公司", "unit outside government, listed in units.txt as short name of 国网宁夏电力有限公司海原县供电公司", line=46)
nm("unknown-unit", "中国电信海原分公司", "operator listed in units.txt (short name of 中国电信股份有限公司海原分公司)", line=49)
nm("unknown-unit", "县应急管理局", "level word for 海原县应急管理局 (units.txt lists it with short name 县应急局)", line=50)
nm("unknown-unit", "县交通运输局", "level word for 海原县交通运输局", line=50)
nm("unknown-unit", "卫生健康局", "prefix 县 distributes over 县农业农村局、卫生健康局: 县卫生健康局 = 海原县卫生健康局", line=60)
nm("unknown-unit", "承担监管职责的县直有关部门", "collective subject", line=61)
nm("unknown-unit", "县委政法委", "short name listed for 中共海原县委政法委员会 (in full on lines 50, 63, 66)", line=64)
nm("unknown-unit", "气象局", "prefix 县 distributes over 县自然资源局、水务局、气象局: 县气象局 = 海原县气象局 (listed)", line=65)
nm("unknown-unit", "海原县消防救援大队", "listed in units.txt (驻县单位)", line=65)
nm("unknown-unit", "各村（社区）", "collective subject", line=66)
nm("unknown-unit", "县民政局", "level word for 海原县民政局 (in full on line 66)", line=72)
nm("unknown-unit", "县残联", "short name listed for 海原县残疾人联合会", line=72)
nm("unknown-unit", "中卫市生态环境局海原分局", "the city bureau's county branch, in the county's own list (垂直管理单位); not a city body leading a county task", line=74)
nm("unknown-unit", "海原县委网信办", "county name + short name: 中共海原县委网信办, the same body as 县委网信办", line=85)
nm("unknown-unit", "县直各部门（单位）", "collective subject", line=36)
nm("unknown-unit", "各乡镇人民政府", "collective subject", line=26)
nm("unknown-unit", "县大数据服务中心", "level word for 海原县大数据服务中心", line=94)
nm("unknown-unit", "县统计局", "level word for 海原县统计局 (in full on lines 58 and 80)", line=103)
nm("unknown-unit", "县机关事务服务中心", "level word for 海原县机关事务服务中心 (in full on line 81)", line=102)
# deadlines
nm("deadline-later-than-baseline", "持续推进，2025年取得明显成效", "task 1 完成时限 持续推进，2025年取得明显成效: equal", line=21)
nm("deadline-later-than-baseline", "2024年12月底前", "特色产业数字化: nearest task 2 (2023年启动，2024年取得明显成效) — equal year; task 10 is 2025 (earlier)", line=23)
nm("deadline-later-than-baseline", "2024年形成试点经验，2025年取得明显成效", "task 7 is 2023年形成试点经验，2025年取得明显成效; the completing milestone (2025) is equal, only the interim milestone moved", line=27)
nm("deadline-later-than-baseline", "2025年", "task 10 (数字乡村) 持续推进，2025年取得明显成效: equal", line=29)
nm("deadline-later-than-baseline", "2025年取得明显成效", "task 11 (数字供销) 2023年完成主要建设任务，2025年取得明显成效: completing milestone equal", line=30)
nm("deadline-later-than-baseline", "2023年形成机制，长期坚持", "copied from task 18 (2023年形成机制，长期坚持); tasks 14, 15, 17 are 2023年 — equal", line=36)
nm("deadline-invalid", "2023年形成机制，长期坚持", "a copied regional deadline that lies before the plan's year (2024), plus an ongoing flag; not an impossible date", line=36)
nm("deadline-later-than-baseline", "2024年启动，2025年取得明显成效", "task 28 is 2023年启动，2025年取得明显成效: completing milestone 2025 equal", line=41)
nm("deadline-later-than-baseline", "2024年10月底前", "tasks 41 and 42 完成时限 2024年: earlier", line=46)
nm("deadline-later-than-baseline", "2024年底前", "task 50 (专网整合) 2024年 equal; task 49 (视频一张网) 2025年 — earlier", line=50)
nm("deadline-later-than-baseline", "2025年", "task 52 (电子证照社会化应用) 完成时限 2025年: equal", line=51)
nm("deadline-later-than-baseline", "2024年4月底前", "task 64 (各地各部门参照自治区做法成立相应组织机构) 完成时限 2025年: earlier", line=54)
nm("deadline-later-than-baseline", "2025年1月10日前", "the office's own reporting date for the 2024 annual summary, not a task deadline", line=56)
nm("deadline-later-than-baseline", "2024年12月底前", "task 79 (雪亮工程) 2024年: equal", line=64)
nm("deadline-later-than-baseline", "2024年", "task 80 (智慧应急) 2024年: equal", line=65)
nm("deadline-later-than-baseline", "2025年", "task 83 (互联网+基层治理) 2025年: equal", line=66)
nm("deadline-later-than-baseline", "2024年", "task 95 (生态环境数据资源综合开发利用) 2025年 — earlier; task 94 2024年 equal", line=74)
nm("deadline-later-than-baseline", "2024年11月底前", "tasks 107 (视频会议) and 111 (机关事务) 完成时限 2025年: earlier", line=81)
nm("deadline-later-than-baseline", "2025年", "task 106 (填表报数减负50%) 2025年: equal", line=80)
nm("deadline-later-than-baseline", "2035年", "same as the region's 2035 goal", line=17)
nm("deadline-later-than-baseline", "2024年底", "2024 goal: 上云 (tasks 43/46, 2024年), 我的宁夏/宁政通 (tasks 86/105, 2024年) — equal; 组织领导体系 (task 64, 2025年) earlier", line=15)
nm("deadline-later-than-baseline", "2025年", "附件 row 6, task 10 持续推进，2025年取得明显成效: equal", line=99)
nm("deadline-later-than-baseline", "2024年", "附件 row 9, task 107 完成时限 2025年: earlier", line=102)
nm("deadline-invalid", "2021年", "past dates in the 建设基础 background (2021年, 2022年, 截至2023年底), not deadlines", line=11)
nm("deadline-invalid", "2024年3月12日", "date of the county government's executive meeting, not a deadline", line=4)
# basis
nm("basis-mismatch", "国发〔2022〕14号", "correct title and 文号", line=9)
nm("basis-mismatch", "宁政办发〔2023〕11号", "《数字宁夏“1244+N”行动计划实施方案》, cited with the same 文号 by the 吴忠 plan", line=9)
nm("basis-mismatch", "宁政办发〔2020〕14号", "retrospective mention of the 2020 工作要点 in the background, not a basis document", line=11)
nm("basis-mismatch", "宁政发〔2023〕17号", "correct 文号 of the regional 实施意见, with its 附件2 title as in the gazette", line=91)

C = []
def cv(task, s, nth=1):
    C.append({"task": task, "line": line_of(s, nth)})
for t, s in [(1, "主动融入算力枢纽建设"), (3, "推进园区数字化"), (5, "完善数字经济治理体系"),
             (6, "推动服务数字化普惠应用"), (7, "推进教育数字化"), (8, "深化“互联网+医疗健康”应用"),
             (10, "推进数字乡村建设"), (11, "加快“数字供销”建设"), (12, "培育数据要素市场"),
             (14, "强化安全管理责任"), (15, "建立数字政府安全评估"), (17, "落实安全制度要求"),
             (18, "提升安全防护能力"), (19, "提高自主可控水平"), (21, "推动各类行政权力事项网上运行"),
             (24, "创新项目管理机制"), (28, "开展试点示范"), (30, "形成全县政务数据“一本账”"),
             (32, "完善数据管理机制"), (36, "深化数据高效共享"), (40, "规范电子公文和电子档案管理"),
             (41, "促进数据有序开发利用"), (42, "供水、供电、供气、公共交通"), (43, "强化政务云平台支撑能力"),
             (48, "提升网络平台支撑能力"), (50, "推进专网整合和视频共享"), (49, "接入全区“视频一张网”"),
             (52, "推广电子证照应用"), (53, "推广应用全区统一电子印章系统"), (55, "公共支付平台及电子票据"),
             (64, "（一）健全组织机构。"), (66, "（一）提升科学精准的经济调节能力"), (70, "企业信用风险分类管理"),
             (71, "全链条数字化追溯监管"), (72, "推进监管协同化和智能化"), (77, "提升社会矛盾化解能力"),
             (79, "提升社会治安防控能力"), (80, "提升公共安全保障能力"), (83, "提高基层社会治理能力"),
             (84, "打造泛在可及的服务体系"), (85, "提升智慧便捷的服务能力"), (86, "做强“我的宁夏”海原专区"),
             (88, "“证照分离”改革"), (89, "企业专属网页和惠企政策专栏"), (93, "拓展公平普惠的民生服务"),
             (95, "提升生态环保协同治理能力"), (96, "提高自然资源利用效率"), (102, "推动绿色低碳转型"),
             (104, "提升行政执行能力"), (105, "持续推广“宁政通”移动办公"), (106, "推动基层填表报数减负"),
             (107, "统筹视频会议和机关事务管理"), (111, "机关事务管理数字化平台"), (112, "各类政务公开信息化平台"),
             (114, "发挥政务新媒体传播优势"), (115, "畅通政民互动渠道"), (116, "“一把手工程”"),
             (25, "（二）加大财政投入"), (118, "（三）提升数字素养"), (122, "纳入全县效能目标管理考核"),
             (123, "领导班子和有关领导干部综合考核评价"), (124, "定期开展督促检查和经验交流")]:
    cv(t, s)

key = {
  "writer": "blind writer, round 478; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
  "written": "2026-12-06",
  "draft": "draft.txt",
  "baseline": "ningxia-2023",
  "build": None,
  "parents": [],
  "units": "units.txt",
  "planYear": 2024,
  "expect": E,
  "mustNotFlag": N,
  "covers": C,
  "notes": ("海原县 (中卫市) plan of 2024-03-20 implementing 宁政发〔2023〕17号 directly; no parent plan. "
            "units.txt is the county office's list by full name (海原县…局, 中共海原县委…), with short names for only some bodies: "
            "the draft writes many bodies in full in its inline notes and by the level word (县公安局, 县农业农村局, 县民政局, 县应急管理局, 县统计局…) elsewhere, "
            "and 县 there means 海原县; such level-word forms are the listed bodies even where units.txt gives no alias. "
            "Prefix 县 distributes in 县农业农村局、卫生健康局 and 县自然资源局、水务局、气象局. "
            "Tasks of the region due 2023 are either given no 完成时限 in the draft (lines 40, 43, 44, 61, 69) or copy the region's own wording (line 36). "
            "Line 84's damaged title reads 提升政府信息发布水平. Line 72's date 2024年6月31日 is impossible; its month is not later than task 93's 2024年.")
}
json.dump(key, open('key.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=2)
print(len(E), len(N), len(C), len(L))
