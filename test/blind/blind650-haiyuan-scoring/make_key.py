# Builds key.json; every line number is computed from draft.txt (1-based) and checked.
import json
L = open('draft.txt', encoding='utf-8').read().split('\n')
if L and L[-1] == '':
    L.pop()

def line(find, nth=1):
    hits = [i + 1 for i, t in enumerate(L) if find in t]
    assert len(hits) >= nth, (find, hits)
    return hits[nth - 1]

def uniq(find):
    hits = [i + 1 for i, t in enumerate(L) if find in t]
    assert len(hits) == 1, (find, hits)
    return hits[0]

def at(find, text):
    n = uniq(find)
    assert text in L[n - 1], (find, text)
    return n

expect = [
    {"rule": "basis-mismatch", "line": at("根据《国务院关于加强", "宁政办发〔2023〕17号"), "text": "宁政办发〔2023〕17号",
     "why": "《自治区人民政府关于加强数字政府建设的实施意见》 is 宁政发〔2023〕17号 (a 自治区人民政府 document); 宁政办发 is the 办公厅 series, so the 文号 does not belong to the title"},
    {"rule": "garbled-text", "line": at("深化数据融合应用", "寤虹珛鏀垮姟"), "text": "寤虹珛鏀垮姟鏁版嵁灞炲湴杩旇繕鏈哄埗",
     "why": "UTF-8 bytes of 建立政务数据属地返还机制 read as GBK (mojibake run inside the sentence)"},
    {"rule": "unknown-unit", "line": at("用好政务云资源", "县信息中心"), "text": "县信息中心",
     "why": "not in units.txt (the county body is 县大数据服务中心 / 县大数据中心); an old or wrong name"},
    {"rule": "deadline-invalid", "line": at("推广“宁政通”移动办公。", "2024年9月31日"), "text": "2024年9月31日",
     "why": "impossible date: September has 30 days (the task table row for the same work says 2024年9月底前)"},
    {"rule": "deadline-later-than-baseline", "line": at("开展县级城域网升级改造", "2025年6月底前"), "text": "2025年6月底前",
     "why": "task table row 8 takes up regional task 48 (开展各级城域网升级改造，推进区市县乡村5级全覆盖…按需向企事业单位拓展), 完成时限 2024年; 2025年6月 is later (the body note on line 49 correctly says 2024年底前)"},
    {"rule": "task-uncovered", "line": 0, "task": 114,
     "why": "deliberately left out: 政务新媒体矩阵体系 (自治区各部门（单位）及各市、县（区）分别负责, 2024年); the 政务公开 paragraph covers only tasks 112 and 115 and no 新媒体 content appears anywhere"},
]

def mnf(rule, find, why, text=None, nth=None):
    n = line(find, nth) if nth else uniq(find)
    if text:
        assert text in L[n - 1], (find, text)
    e = {"rule": rule, "line": n}
    if text:
        e["text"] = text
    e["why"] = why
    return e

D = "deadline-later-than-baseline"
U = "unknown-unit"
B = "basis-mismatch"
I = "deadline-invalid"
mustNotFlag = [
    # basis
    mnf(B, "海政办发〔2024〕9号", "the notice's own 文号, not a cited basis document", "海政办发〔2024〕9号"),
    mnf(B, "根据《国务院关于加强", "国发〔2022〕14号 is the correct 文号 of the 国务院 指导意见", "国发〔2022〕14号"),
    mnf(B, "宁政办发〔2020〕14号", "retrospective mention in 工作基础 of the 2020 工作要点 with its correct 文号 (宁政办发〔2020〕14号); it is not cited as the basis", "宁政办发〔2020〕14号"),
    mnf(B, "关于印发《海原县加强数字政府建设实施方案》的通知", "the plan's own title in the covering notice, not a basis citation", "《海原县加强数字政府建设实施方案》"),
    mnf(B, "考核评分细则》", "a scoring rulebook the office itself will issue (2024年6月底前), not a higher-level basis document", "《海原县数字政府建设考核评分细则》"),
    # deadline-invalid near misses
    mnf(I, "2022年底，电子政务外网", "background: past achievements (2022年底, 2023年) described in 工作基础, not deadlines", "2022年底"),
    mnf(I, "提升安全防护能力。", "copied regional deadline of task 18 (2023年形成机制，长期坚持); lies before the plan's year but is the region's own wording and an ongoing task", "2023年形成机制"),
    mnf(I, "县委网信办，县公安局、县大数据中心按职责分别负责\t2023年形成机制", "task table row 3: copied regional deadline of task 18 (2023年形成机制，长期坚持)", "2023年形成机制"),
    mnf(I, "9.2024年度安排", "heading number 9. directly followed by the year 2024年度; not a year 92024 nor an invalid date", "9.2024年度"),
    mnf(I, "到2035年", "vision goal copied from the region's 主要目标 (到2035年); a long-range goal, not an invalid date", "2035年"),
    # deadline-later near misses: the office's own assessment and reporting calendar
    mnf(D, "9.2024年度安排", "the office's own assessment calendar for the 2024 year (考核 starts 2024年12月, results by 2025年1月20日); not the completion of a regional task (121 长期坚持, 122/123 2023年完成，长期坚持)", "2025年1月20日"),
    mnf(D, "（4）结果审定。", "relative reporting date of the annual assessment (次年1月15日前, 次年1月底前); office's own procedure", "次年1月15日前"),
    mnf(D, "（2）单位自评。", "annual self-assessment reporting date (每年12月10日前); office's own procedure", "每年12月10日前"),
    mnf(D, "（3）集中考核。", "timing of the annual assessment (每年12月中下旬); not a task deadline", "每年12月中下旬"),
    mnf(D, "（1）日常考核。", "quarterly reporting date (每季度末月20日前); office's own procedure", "每季度末月20日前"),
    mnf(D, "（1）县委网信办于每年12月15日前", "data each body supplies for the assessment (每年12月15日前); reporting date", "每年12月15日前"),
    mnf(D, "（3）县财政局于每年12月20日前", "data supplied for the assessment (每年12月20日前); reporting date", "每年12月20日前"),
    mnf(D, "（4）县大数据中心于每月5日前", "monthly and annual reporting dates (每月5日前, 每年12月25日前)", "每年12月25日前"),
    mnf(D, "10.结果运用。", "次年3月底前 is when reward funds are paid after each year's assessment (以奖代补, task 121 长期坚持); 限期1个月内 is a rectification period", "次年3月底前"),
    mnf(D, "县委组织部配合\t每年12月开展", "task table row 18 (task 121, 长期坚持): yearly assessment calendar, relative dates only", "次年1月底前"),
    # deadline-later near misses: equal or earlier deadlines
    mnf(D, "开展试点示范。", "task 28: 2023年启动，2025年取得明显成效; the completing milestone 2025 is equal (only the start year differs, and the plan is issued in 2024)", "2025年取得明显成效"),
    mnf(D, "提高水资源数字化管理水平", "task 96 完成时限 2025年; 2025年底前 is the same year", "2025年底前"),
    mnf(D, "14\t深化“互联网+城乡供水”", "task table row 14, task 96 (2025年): equal", "2025年底前"),
    mnf(D, "提高基层社会治理能力", "task 83 完成时限 2025年: equal", "2025年底前"),
    mnf(D, "加强经济运行监测", "task 66 完成时限 2025年: equal", "2025年底前"),
    mnf(D, "（三）营造良好数字生态。配合", "task 12 完成时限 2025年: equal", "2025年底前"),
    mnf(D, "整合视频会议资源", "task 107 完成时限 2025年; 2024年底前 is earlier", "2024年底前"),
    mnf(D, "推动基层减负", "task 106 完成时限 2025年; 2025年6月底前 is earlier within the same year", "2025年6月底前"),
    mnf(D, "（一）健全组织机构。成立县推进", "task 64 (各地参照成立组织机构) 完成时限 2025年; 2024年6月底前 is earlier. Task 60 (充实自治区领导小组成员, 2023年) is the region's own body, 自治区政府办公厅负责, not this task", "2024年6月底前"),
    mnf(D, "成立县推进数字政府建设领导小组，各乡镇参照成立", "task table row 9, task 64 (2025年): earlier", "2024年6月底前"),
    mnf(D, "推动行政权力网上运行", "task 21 完成时限 2024年; 2024年6月底前 is earlier", "2024年6月底前"),
    mnf(D, "提升智慧便捷的服务能力", "task 86 完成时限 2024年 (and 87: 2023年启动，2025年完成); 2024年10月底前 is not later", "2024年10月底前"),
    mnf(D, "提升网络支撑能力", "body note for tasks 47, 48, 50: 2024年底前 equals the regional 2024年 (the slip is only in table row 8)", "2024年底前"),
    mnf(D, "推动特色产业数字化", "task 2: 2023年启动，2024年取得明显成效; equal", "2024年底前取得明显成效"),
    mnf(D, "加快“数字供销”建设", "task 11: 2023年完成主要建设任务，2025年取得明显成效; completing milestone equal", "2025年取得明显成效"),
    mnf(D, "提升行政监督水平", "task 108: 长期推进，2024年取得明显成效; equal", "2024年底前取得明显成效"),
    mnf(D, "改进机关事务管理", "task 111 完成时限 2025年: equal", "2025年底前"),
    mnf(D, "实现党政机关、乡镇和村（社区）干部全覆盖", "task table row 15, task 105 (2024年): 2024年9月底前 is earlier", "2024年9月底前"),
    mnf(D, "到2024年底，全县非涉密", "2024 goals are items whose regional tasks fall due in 2024 (46 信创云迁移, 86 我的宁夏, 105 宁政通); none of them is a regional 2023 goal", "到2024年底"),
    mnf(D, "到2025年，全县数字政府建设体系框架全面成型", "same as the region's goal (到2025年…体系框架全面成型)", "到2025年"),
    # unknown-unit near misses
    mnf(U, "深化数字普惠应用", "official short names listed in units.txt (县教体局 = 县教育体育局, 县卫健局 = 县卫生健康局); 县直有关部门 and 各乡镇人民政府 are collectives", "县教体局"),
    mnf(U, "（三）营造良好数字生态。配合", "县发改局 is a listed short name of 县发展和改革局", "县发改局"),
    mnf(U, "建立数字资源“一本账”。", "prefix distributes: 县发展改革局、财政局、审计局 = 县发展改革局, 县财政局, 县审计局, all in units.txt", "财政局、审计局"),
    mnf(U, "提升安全防护能力。", "县委网信办，县公安局、县大数据中心: all listed (县大数据中心 is the short name of 县大数据服务中心)", "县大数据中心"),
    mnf(U, "加强生态环境和林草资源监测", "中卫市生态环境局海原分局 is listed in units.txt as one name (the county's environment body is a branch of the city bureau); it must not be split into 中卫市 + 生态环境局", "中卫市生态环境局海原分局"),
    mnf(U, "提升公共安全保障能力", "海原县消防救援大队 and 海原县气象局 are listed; the list mixes 、 and ，", "海原县消防救援大队"),
    mnf(U, "提高基层社会治理能力", "各村（社区） and 各乡镇人民政府 are collective subjects", "各村（社区）"),
    mnf(U, "提升行政执行能力", "县委办 and 县政府办 are listed short names", "县委办、县政府办"),
    mnf(U, "提升行政监督水平", "县政府督查室 is a listed short name of 县人民政府督查室", "县政府督查室"),
    mnf(U, "提升社会矛盾化解能力", "县法院 and 县检察院 are listed short names", "县法院"),
    mnf(U, "（一）健全组织机构。成立县推进", "县数字政府办 is defined in the sentence (简称) and listed in units.txt", "县数字政府办"),
    mnf(U, "县委组织部配合\t每年12月开展", "县委考核办 is a listed short name of 县委督查考核办公室", "县委考核办"),
    mnf(U, "加强共性应用支撑", "海原县税务局 is listed", "海原县税务局"),
    mnf(U, "提升社会治安防控能力", "县委政法委，县公安局牵头: both listed; 各乡镇人民政府 collective", "县委政法委，县公安局"),
    mnf(U, "完善数据管理机制", "县直各部门（单位） is a collective subject", "县直各部门（单位）"),
    # pillars
    {"rule": "missing-pillar", "line": 0, "pillar": "数字生态", "why": "taken up in 二（三）营造良好数字生态 (line %d), though in one paragraph" % uniq("（三）营造良好数字生态。配合")},
    {"rule": "missing-pillar", "line": 0, "pillar": "五个一和六级贯通的工作体系", "why": "section 四、健全数字政府工作体系 (lines %d-%d): 健全组织机构, 厘清层级职责 (六级贯通), 完善工作机制" % (uniq("四、健全数字政府工作体系"), uniq("（三）完善工作机制"))},
    {"rule": "missing-pillar", "line": 0, "pillar": "考核评价", "why": "六（四）强化考核评价 is the longest part of the draft (line %d on)" % uniq("（四）强化考核评价")},
]

cov = [
    (2, "推动特色产业数字化"), (3, "推进园区数字化建设"), (5, "完善数字经济治理"),
    (6, "深化数字普惠应用"), (7, "深化数字普惠应用"), (8, "深化数字普惠应用"),
    (10, "推进数字乡村建设。以数字化"), (11, "加快“数字供销”建设"), (12, "（三）营造良好数字生态。配合"),
    (14, "强化安全管理责任"), (15, "强化安全管理责任"), (18, "提升安全防护能力。"),
    (21, "推动行政权力网上运行"), (23, "建立数字资源“一本账”。"), (25, "（二）加强资金保障"),
    (28, "开展试点示范。"), (32, "完善数据管理机制"), (40, "加强电子公文和档案管理"),
    (42, "深化数据融合应用"), (46, "用好政务云资源"), (47, "提升网络支撑能力"),
    (48, "开展县级城域网升级改造"), (50, "提升网络支撑能力"), (54, "加强电子公文和档案管理"),
    (55, "加强共性应用支撑"), (56, "加强共性应用支撑"), (57, "加强共性应用支撑"), (58, "加强共性应用支撑"),
    (64, "（一）健全组织机构。成立县推进"), (66, "加强经济运行监测"),
    (71, "（二）提升市场监管能力"), (73, "（二）提升市场监管能力"), (74, "（二）提升市场监管能力"),
    (77, "提升社会矛盾化解能力"), (79, "提升社会治安防控能力"), (80, "提升公共安全保障能力"),
    (83, "提高基层社会治理能力"), (84, "打造泛在可及的服务体系"), (86, "提升智慧便捷的服务能力"),
    (88, "提供优质便利的涉企服务"), (89, "提供优质便利的涉企服务"), (93, "推进适老化和信息无障碍建设"),
    (94, "加强生态环境和林草资源监测"), (96, "提高水资源数字化管理水平"), (98, "加强生态环境和林草资源监测"),
    (103, "提升辅助决策能力"), (104, "提升行政执行能力"), (105, "推广“宁政通”移动办公。"),
    (106, "推动基层减负"), (107, "整合视频会议资源"), (108, "提升行政监督水平"),
    (111, "改进机关事务管理"), (112, "（七）提升政务公开能力"), (115, "（七）提升政务公开能力"),
    (116, "（一）加强组织领导"), (118, "（三）提升数字素养"), (121, "（四）强化考核评价"),
    (122, "10.结果运用"), (123, "10.结果运用"), (124, "11.督促检查"),
]
covers = [{"task": t, "line": uniq(f)} for t, f in cov]

key = {
    "writer": "blind writer, round 650; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
    "written": "2026-12-07",
    "draft": "draft.txt",
    "baseline": "ningxia-2023",
    "build": None,
    "parents": [],
    "units": "units.txt",
    "planYear": 2024,
    "expect": expect,
    "mustNotFlag": mustNotFlag,
    "covers": covers,
    "notes": ("海原县 (under 中卫市) 2024 implementation plan, issued 2024-03-18 by 县人民政府办公室, checked against ningxia-2023 only "
              "(no parent plan; line 10 refers to 中卫市 deployment without citing a title). Inline notes use "
              "（责任单位：…；完成时限：…）; the task table (lines %d-%d) is tab-separated with a header row. "
              "The 考核评价 part (lines %d-%d) is full of the office's own scoring rules (分值, 扣分, 等次) and reporting dates "
              "(每季度末月20日前, 每年12月10日/15日/20日/25日前, 次年1月15日前, 次年1月底前, 次年3月底前, 2025年1月20日前); none is a task deadline. "
              "Every responsible unit named in notes and the table is in units.txt or a collective, except 县信息中心 (planted)."
              % (uniq("序号\t重点任务"), len(L), uniq("（四）强化考核评价"), uniq("11.督促检查"))),
}
json.dump(key, open('key.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=2)
print(len(expect), len(mustNotFlag), len(covers))
