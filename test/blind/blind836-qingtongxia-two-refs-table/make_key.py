# helper: builds key.json with line numbers looked up in the final draft.txt
import json, re
L = open('draft.txt', encoding='utf-8').read().split('\n')
if L[-1] == '': L.pop()

def ln(sub, nth=1):
    hits = [i + 1 for i, l in enumerate(L) if sub in l]
    assert len(hits) >= nth, (sub, hits)
    if nth == 1:
        assert len(hits) == 1, (sub, hits)
    return hits[nth - 1]

def row(ref, nth=None):
    """line of the table row whose 自治区任务序号 cell is exactly ref"""
    hits = [i + 1 for i, l in enumerate(L) if len(l.split('\t')) == 7 and l.split('\t')[1] == ref]
    if nth is None:
        assert len(hits) == 1, (ref, hits)
        return hits[0]
    return hits[nth - 1]

# regional deadlines from the seed task list
seed = open('/work/shared/seeds/ningxia-2023-gazette-with-task-list.txt', encoding='utf-8').read().split('\n')
DL = {}
for l in seed:
    p = l.split('\t')
    if len(p) == 4:
        m = re.match(r'\s*(\d+)\s*[.．]', p[1])
        if m:
            DL[int(m.group(1))] = re.sub(r'\s+', '', p[3]).replace(',', '，')

def cell(line, i):
    return L[line - 1].split('\t')[i]

expect = [
    {"rule": "basis-mismatch", "line": ln('吴忠市人民政府《关于加强数字政府建设的工作方案》'),
     "text": "关于加强数字政府建设的工作方案",
     "why": "the 吴忠 plan is titled 《关于加强数字政府建设的实施方案》 (seeds/wuzhong-2023-shishi-fangan.txt; the draft itself names it correctly on the 工作基础 line and in the 说明); 工作方案 is a wrong title"},
    {"rule": "unknown-unit", "line": row('2'), "text": "市经济和信息化局",
     "why": "old name of the industry bureau; units.txt lists only 市工业信息化和商务局 (alias 市工信商务局); named as 牵头单位 of the task-2 row"},
    {"rule": "garbled-text", "line": row('42'), "text": "鎺ㄨ繘鏀垮姟鏁版嵁",
     "why": "UTF-8 bytes read as GBK: 鎺ㄨ繘鏀垮姟鏁版嵁铻嶅悎搴旂敤 = 推进政务数据融合应用"},
    {"rule": "deadline-later-than-baseline", "line": row('54'), "text": "2025年底前",
     "why": "task 54 (电子文件归档、档案业务信创应用) has 完成时限 " + DL[54] + " in the regional task list; the row gives 2025年底前"},
    {"rule": "deadline-invalid", "line": row('58'), "text": "2022年底前",
     "why": "a deadline two years before the plan is issued (2024-03-18) for a forward task; typo for 2024 — task 58's regional 完成时限 is " + DL[58] + ", so it is not a copied regional date"},
    {"rule": "task-uncovered", "line": 0, "task": 93,
     "why": "task 93 (政府网站、移动端、公共服务场所适老化与信息无障碍建设; 自治区各部门（单位）及各市、县（区）按照职能分别负责, " + DL[93] + ") is deliberately left out: no 适老化/无障碍/老年人 content anywhere, and no row cites 93"},
]

M = []
def nf(rule, line, why, text=None):
    e = {"rule": rule, "line": line}
    if text: e["text"] = text
    e["why"] = why
    M.append(e)

D = "deadline-later-than-baseline"
# deadline near misses
r = row('64', 1); nf(D, r, "task 64 is due " + DL[64] + "; 2024年6月底前 is earlier", cell(r, 6))
r = row('64', 2); nf(D, r, "second row citing task 64 (due " + DL[64] + "); 2025年 is equal", cell(r, 6))
r = row('2'); nf(D, r, "task 2 is due " + DL[2] + "; the completing milestone (2024) is equal", cell(r, 6))
r = row('7'); nf(D, r, "task 7 is due " + DL[7] + "; the completing milestone 2025年取得明显成效 is equal", cell(r, 6))
r = row('11'); nf(D, r, "task 11 is due " + DL[11] + "; completing milestone 2025 equal, no intermediate milestone given", cell(r, 6))
r = row('18'); nf(D, r, "task 18 is due " + DL[18] + "; copied verbatim (a regional date before the plan year, with 长期坚持)", cell(r, 6))
nf("deadline-invalid", r, "copied regional deadline of task 18 (" + DL[18] + "); lies before the plan's year but is the region's own date and ongoing", "2023年")
r = row('28'); nf(D, r, "task 28 is due " + DL[28] + "; only the start is later (2024年启动), the completing milestone 2025年取得明显成效 is equal", cell(r, 6))
r = row('29'); nf(D, r, "task 29 is due " + DL[29] + "; only the start is later (2024年启动), the completing milestone 2025年完成 is equal", cell(r, 6))
r = row('34'); nf(D, r, "task 34 is due " + DL[34] + "; 2024年12月底前 is the same year", cell(r, 6))
r = row('43、46'); nf(D, r, "two regional refs: task 43 is due " + DL[43] + ", task 46 " + DL[46] + "; 2024年 equals both", cell(r, 6))
r = row('47、48'); nf(D, r, "two regional refs: task 47 is due " + DL[47] + ", task 48 " + DL[48] + "; 2024年 equals both", cell(r, 6))
r = ln('扩大5G网络覆盖'); nf(D, r, "local task (自治区任务序号 —, from 吴忠 四（四）); no regional task on 5G coverage — task 48 (" + DL[48] + ") is 城域网/电子政务外网 5级全覆盖, not 5G", cell(r, 6))
r = row('59'); nf(D, r, "task 59 is due " + DL[59] + "; 2025年6月底前 is the same year", cell(r, 6))
r = row('87'); nf(D, r, "task 87 is due " + DL[87] + "; 2025年 equals the completing milestone", cell(r, 6))
r = row('95'); nf(D, r, "task 95 is due " + DL[95] + "; 2024年底前 is earlier", cell(r, 6))
r = row('108'); nf(D, r, "task 108 is due " + DL[108] + "; copied verbatim", cell(r, 6))
r = row('116'); nf(D, r, "task 116 is due " + DL[116] + "; copied verbatim", cell(r, 6))
nf("deadline-invalid", r, "copied regional deadline of task 116 (" + DL[116] + "); before the plan's year but the region's own date, with 长期坚持", "2023年")
r = row('121'); nf(D, r, "task 121 is due " + DL[121] + "; equal", cell(r, 6))
r = row('22'); nf(D, r, "task 22 is due " + DL[22] + "; equal", cell(r, 6))
r = row('100'); nf(D, r, "task 100 is due " + DL[100] + "; equal (吴忠市方案条目 is —, the regional ref is still 100)", cell(r, 6))
r = ln('建立数字政府建设智库支撑机制'); nf(D, r, "local task (自治区任务序号 —, from 吴忠 二（一） 智库支撑体系); task 63 (" + DL[63] + ") is the region's own 专家咨询委员会, for 自治区科技厅 only", cell(r, 6))
r = ln('建立“一联系、两清单”工作机制，推行'); nf(D, r, "local task (自治区任务序号 —, from 吴忠 二（三）); not task 32 (" + DL[32] + ") — it is about 分管领导/数据专员 staffing of the work mechanism", cell(r, 6))
r = ln('到2024年底，全市电子政务外网'); nf(D, r, "2024 goals equal the regional deadlines of the tasks they name: 48 (" + DL[48] + "), 43/46 (2024), 86 (" + DL[86] + "), 105 (" + DL[105] + "), 104 (" + DL[104] + ")", "2024年底")
r = ln('到2025年，全市数字政府建设“1347”'); nf(D, r, "equal to the region's 2025 goal (34567 框架全面成型) and 吴忠's 2025 goal (1347 框架全面成型)", "2025年")
r = ln('到2035年，与政府治理能力'); nf(D, r, "equal to the 2035 goal of the region and 吴忠", "2035年")
r = ln('2020年以来，我市按照'); nf("deadline-invalid", r, "background: past dates (2020年以来, 截至2023年底, 2023年11月) describe what was done, not deadlines", "2023年底")
nf(D, r, "background sentence on 电子政务外网 already reached by 2023年底; a past fact, not a deadline", "2023年底")
r = ln('于每季度末月25日前'); nf(D, r, "the office's own reporting dates (quarterly, 2024年12月20日 annual summary), not task deadlines", "2024年12月20日")
r = ln('说明：'); nf("deadline-invalid", r, "title of the regional task list 《全区数字政府建设重点任务清单（2023年—2025年）》; a period in a title, not a deadline", "2023年")
r = ln('2024年3月18日'); nf("deadline-invalid", r, "issue date of the document itself")

B = "basis-mismatch"
r = ln('2020年以来，我市按照'); nf(B, r, "retrospective mention of the 2020 工作要点 with its correct 文号 宁政办发〔2020〕14号 in the background, not cited as a basis", "宁政办发〔2020〕14号")
nf(B, r, "retrospective mention of the 吴忠 plan with its correct title 《关于加强数字政府建设的实施方案》", "关于加强数字政府建设的实施方案")
r = ln('吴忠市人民政府《关于加强数字政府建设的工作方案》')
nf(B, r, "correct title and 文号 of the national 指导意见", "国发〔2022〕14号")
nf(B, r, "correct title and 文号 of the regional 实施意见", "宁政发〔2023〕17号")
nf(B, r, "《数字宁夏“1244+N”行动计划实施方案》（宁政办发〔2023〕11号） is cited exactly as in the 吴忠 plan; not a superseded or mismatched document", "宁政办发〔2023〕11号")
nf(B, ln('青政办发〔2024〕9号'), "the document's own 文号, not a citation", "青政办发〔2024〕9号")
nf(B, ln('说明：'), "the regional task list named by its own title and the 吴忠 plan as 吴忠市实施方案, both correct", "全区数字政府建设重点任务清单")

U = "unknown-unit"
nf(U, row('2'), "alias of 市发展和改革局 in units.txt", "市发改局")
nf(U, row('34'), "alias of 市审批服务管理局 in units.txt", "市审批局")
nf(U, row('34'), "alias of 吴忠市生态环境局青铜峡分局 in units.txt", "市生态环境分局")
nf(U, row('6'), "alias of 市卫生健康局 in units.txt", "市卫健局")
nf(U, row('6'), "alias of 市人力资源和社会保障局 in units.txt", "市人社局")
nf(U, row('6'), "alias of 市文化旅游体育广电局 in units.txt", "市文旅局")
nf(U, row('22'), "alias of 市住房和城乡建设局 in units.txt", "市住建局")
nf(U, row('5'), "alias of 市市场监督管理局 in units.txt", "市市场监管局")
nf(U, row('80'), "alias of 市林业和草原局 in units.txt", "市林草局")
nf(U, row('80'), "alias of 青铜峡市消防救援大队 in units.txt", "市消防救援大队")
nf(U, row('80'), "alias of 青铜峡市气象局 in units.txt", "市气象局")
nf(U, row('101'), "alias of 青铜峡工业园区管委会 in units.txt", "工业园区管委会")
nf(U, row('77'), "prefix 市 distributes: 市公安局、司法局、信访局 = 市公安局, 市司法局, 市信访局, all in units.txt", "司法局")
nf(U, row('3'), "a 吴忠市 branch bureau listed in units.txt (吴忠市生态环境局青铜峡分局) — the real county-level environment body, not a parent-city lead and not to be split", "吴忠市生态环境局青铜峡分局")
nf(U, row('53'), "listed in units.txt; not to be split at 青铜峡市", "国家税务总局青铜峡市税务局")
nf(U, row('47、48'), "enterprise co-operator listed in units.txt", "中国电信青铜峡分公司")
nf(U, row('42'), "enterprise co-operator listed in units.txt", "国网青铜峡市供电公司")
nf(U, row('83'), "collective subject", "各村（社区）")
nf(U, ln('成立市推进“数字政府”建设领导小组，各镇参照'), "collective subject (各镇人民政府 = the 8 towns)", "各镇人民政府")
nf(U, row('7'), "collective subject", "各中小学校")
nf(U, row('29'), "collective subject", "市直各部门（单位）")
nf(U, row('20'), "collective subject", "市直有关部门")
nf(U, row('109'), "listed in units.txt", "市政府督查室")
nf(U, ln('于每季度末月25日前'), "listed in units.txt", "市数字政府建设领导小组办公室")
nf(U, ln('坚持和发展新时代“枫桥经验”，推进智慧社区建设'), "a town government listed in units.txt", "小坝镇人民政府")

covers = []
def cov(t, line): covers.append({"task": t, "line": line})
for l_i, l in enumerate(L, 1):
    p = l.split('\t')
    if len(p) == 7 and p[0] != '序号':
        for t in re.findall(r'\d+', p[1]):
            cov(int(t), l_i)
P = ln('（一）构建全方位安全保障体系')
for t in (14, 15, 17): cov(t, P)
cov(24, ln('（二）构建科学规范的制度规则体系'))
for t in (30, 32, 36): cov(t, ln('（三）构建共享开放的数据资源体系'))
for t in (68, 72): cov(t, ln('（二）提升市场监管能力'))
cov(85, ln('（四）提升公共服务能力'))
cov(25, ln('（二）加大财政投入'))
cov(118, ln('（三）提升数字素养'))
for t in (122, 123, 124): cov(t, ln('（四）强化考核评价'))
covers.sort(key=lambda c: (c["task"], c["line"]))

key = {
    "writer": "blind writer, round 836; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
    "written": "2026-12-07",
    "draft": "draft.txt",
    "baseline": "ningxia-2023",
    "build": None,
    "parents": ["wuzhong"],
    "units": "units.txt",
    "planYear": 2024,
    "expect": expect,
    "mustNotFlag": M,
    "covers": covers,
    "notes": ("青铜峡市 2024 实施方案 (issued 2024-03-18) with prose sections 一–六 and a 94-row task table "
              "(序号 | 自治区任务序号 | 吴忠市方案条目 | 重点任务 | 牵头单位 | 配合单位 | 完成时限). "
              "自治区任务序号 gives the regional task number(s); 吴忠市方案条目 gives the 吴忠 plan's section (e.g. 四（四）); "
              "— in either column means no counterpart. Deadlines were checked row by row against the regional task list (check.py). "
              "Rows citing 2023-only regional tasks (14, 15, 30, 32, 36, 68, 72, 85 …) were kept out of the table and taken up in the prose without dates. "
              "The invalid 2022年底前 is earlier than task 58's 2024, so it should not also be reported as late. "
              "Readings two reviewers might differ on: the 5G row (local, 2025年) looks lexically like task 48 (5级全覆盖, 2024年); "
              "the two copied 2023 deadlines (tasks 18 and 116) lie before the plan year but equal the region's; "
              "the local rows for the 智库 mechanism and 一联系、两清单 (2024年) share words with tasks 63 and 32 (both 2023年) but are not those tasks."),
}
json.dump(key, open('key.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=2)
print(len(expect), len(M), len(covers))
for e in expect: print(e['rule'], e['line'], e.get('text'), e.get('task'))
