# helper: builds key.json, finding every line number by text in the final draft.txt (1-based)
import json
L = open('draft.txt', encoding='utf-8').read().split('\n')
if L and L[-1] == '': L = L[:-1]

def ln(*needles):
    hits = [i + 1 for i, s in enumerate(L) if all(n in s for n in needles)]
    assert len(hits) == 1, (needles, hits)
    return hits[0]

def row(n):
    hits = [i + 1 for i, s in enumerate(L) if s.startswith('%d\t' % n)]
    assert len(hits) == 1, (n, hits)
    return hits[0]

def cell(n, col):
    return L[row(n) - 1].split('\t')[col]

# sanity: table rows 1..33 contiguous after the header
hdr = ln('序号\t重点任务\t牵头单位\t配合单位\t完成时限')
for n in range(1, 34):
    assert row(n) == hdr + n, n

expect = [
    {"rule": "basis-mismatch", "line": ln('宁政办发〔2023〕17号'), "text": "宁政办发〔2023〕17号",
     "why": "《自治区人民政府关于加强数字政府建设的实施意见》 is 宁政发〔2023〕17号 (an 自治区人民政府 document, not a 政府办公厅 one); the 文号 cited does not belong to the title"},
    {"rule": "unknown-unit", "line": row(15), "text": "市大数据服务中心",
     "why": "abolished name used alone as the lead of row 15 (task 59); the 2024 reform merged it into 市数据局 (line %d says so) and units.txt lists only 市数据局" % ln('整合原市大数据服务中心职责组建市数据局')},
    {"rule": "unknown-unit", "line": row(28), "text": "自治区机管局",
     "why": "regional body (lead of regional task 107) copied as the lead of a local task row; the local lead should be 市人民政府办公室 or 市机关事务服务中心"},
    {"rule": "deadline-later-than-baseline", "line": row(25), "text": "2026年底前",
     "why": "row 25 is task 96 (互联网+城乡供水, 全域水联网基本建成), 完成时限 2025年"},
    {"rule": "deadline-later-than-baseline", "line": ln('力争2026年底前'), "text": "2026年底前",
     "why": "sentence matches task 106 (全区统一的填表报数系统, 基层干部填表报数工作量压减50%以上), 完成时限 2025年"},
    {"rule": "deadline-invalid", "line": row(29), "text": "2024年10月底前",
     "why": "deadline before the year the plan is issued (2025-02-18, a 2025 work plan); row 29 is task 111 (机关事务管理信息系统整合, 完成时限 2025年), so it is earlier, not later, than the region"},
]

mnf = [
    {"rule": "unknown-unit", "line": row(1), "text": "市数据局（原市大数据服务中心）",
     "why": "new name with the former name in brackets after it; 市数据局 is in units.txt"},
    {"rule": "unknown-unit", "line": ln('领导小组办公室设在市数据局（原市大数据服务中心）'), "text": "市数据局（原市大数据服务中心）",
     "why": "body mention, new name with former name in brackets"},
    {"rule": "unknown-unit", "line": ln('整合原市大数据服务中心职责组建市数据局'), "text": "原市大数据服务中心",
     "why": "retrospective account of the 2024 reform, not a responsible unit"},
    {"rule": "unknown-unit", "line": row(2), "text": "市数据局", "why": "new name, in units.txt"},
    {"rule": "unknown-unit", "line": row(4), "text": "市市场监管局", "why": "official short name of 市市场监督管理局 in units.txt"},
    {"rule": "unknown-unit", "line": row(5), "text": "市住建局", "why": "short name of 市住房和城乡建设局 in units.txt"},
    {"rule": "unknown-unit", "line": row(10), "text": "市发改局", "why": "short name of 市发展和改革局 in units.txt"},
    {"rule": "unknown-unit", "line": row(12), "text": "市审批局", "why": "short name of 市审批服务管理局 in units.txt"},
    {"rule": "unknown-unit", "line": row(17), "text": "民政局、人力资源和社会保障局、市场监督管理局",
     "why": "prefix 市 distributes: 市民政局, 市人力资源和社会保障局, 市市场监督管理局, all in units.txt"},
    {"rule": "unknown-unit", "line": row(19), "text": "统计局", "why": "prefix 市 distributes: 市统计局"},
    {"rule": "unknown-unit", "line": row(24), "text": "自然资源局、农业农村局", "why": "prefix 市 distributes: 市自然资源局, 市农业农村局"},
    {"rule": "unknown-unit", "line": row(24), "text": "吴忠市生态环境局青铜峡分局", "why": "listed in units.txt (the local branch of the city bureau)"},
    {"rule": "unknown-unit", "line": row(20), "text": "市委社会工作部", "why": "body created in the 2023-24 reform, listed in units.txt"},
    {"rule": "unknown-unit", "line": row(20), "text": "各乡镇（街道）", "why": "collective subject"},
    {"rule": "unknown-unit", "line": row(30), "text": "各乡镇（街道）、市直各部门（单位）", "why": "collective subjects as lead; 配合 cell deliberately empty"},
    {"rule": "unknown-unit", "line": row(8), "text": "各乡镇人民政府", "why": "collective subject"},
    {"rule": "unknown-unit", "line": row(13), "text": "市直有关部门", "why": "collective subject"},
    {"rule": "unknown-unit", "line": row(16), "text": "中国电信青铜峡分公司", "why": "enterprise outside government, listed in units.txt"},
    {"rule": "unknown-unit", "line": row(21), "text": "青铜峡市消防救援大队", "why": "listed in units.txt"},
    {"rule": "unknown-unit", "line": row(11), "text": "市直各部门（单位）", "why": "collective subject"},
    {"rule": "deadline-later-than-baseline", "line": row(1), "text": "2025年3月底前", "why": "task 64 (各地参照自治区做法成立组织机构), 完成时限 2025年: earlier"},
    {"rule": "deadline-later-than-baseline", "line": row(3), "text": "2025年12月底前", "why": "task 3, 完成时限 持续推进，2025年取得明显成效: equal"},
    {"rule": "deadline-later-than-baseline", "line": row(4), "text": "持续推进", "why": "task 5, 持续推进，2025年取得明显成效: ongoing, no later milestone"},
    {"rule": "deadline-later-than-baseline", "line": row(6), "text": "2025年8月底前", "why": "task 7, 2023年形成试点经验，2025年取得明显成效: earlier"},
    {"rule": "deadline-later-than-baseline", "line": row(10), "text": "2025年12月底前", "why": "task 12, 完成时限 2025年: equal"},
    {"rule": "deadline-later-than-baseline", "line": row(11), "text": "长期坚持", "why": "task 18, 2023年形成机制，长期坚持: ongoing task, no dated milestone in the draft"},
    {"rule": "deadline-later-than-baseline", "line": row(14), "text": "2025年6月底前", "why": "task 29 (自治区统一的政务数据平台 / 一体化政务大数据体系), 2023年启动，2025年完成: earlier"},
    {"rule": "deadline-later-than-baseline", "line": row(16), "text": "2025年12月底前", "why": "task 49 (视频共享平台 / 视频一张网), 完成时限 2025年: equal"},
    {"rule": "deadline-later-than-baseline", "line": row(17), "text": "2025年11月底前", "why": "task 52 (电子证照同步制发、社会化高频场景), 完成时限 2025年: earlier"},
    {"rule": "deadline-later-than-baseline", "line": row(22), "text": "2025年9月底前", "why": "task 87 (12345热线智能交互、企业投诉专席), 2023年启动，2025年完成: earlier"},
    {"rule": "deadline-later-than-baseline", "line": row(23), "text": "2025年12月底前", "why": "task 92 (多卡合一), 完成时限 2025年: equal"},
    {"rule": "deadline-later-than-baseline", "line": ln('（二）工作目标。到2025年底'), "text": "到2025年底",
     "why": "goal '1347 体系框架全面成型' equals the region's 到2025年 (34567 全面成型) and 吴忠's 到2025年 (1347 全面成型)"},
    {"rule": "deadline-later-than-baseline", "line": ln('2026年1月10日前'), "text": "2026年1月10日前",
     "why": "the office's own reporting date for the annual summary, not a task deadline"},
    {"rule": "deadline-invalid", "line": ln('2025年7月10日前'), "text": "2025年7月10日前", "why": "reporting date within the plan year"},
    {"rule": "deadline-invalid", "line": ln('截至2024年6月底'), "text": "截至2024年6月底",
     "why": "background: 2024 work already done (tasks 43/46 due 2024; task 48 外网全覆盖 due 2024, '2024年底' on the same line), past date, not a deadline"},
    {"rule": "deadline-invalid", "line": ln('2024年9月，按照吴忠市机构改革部署'), "text": "2024年9月", "why": "background date of the data-bureau reform"},
    {"rule": "deadline-invalid", "line": ln('《青铜峡市数字政府建设2024年工作方案》'), "text": "2024年",
     "why": "year inside the title of last year's plan, mentioned retrospectively"},
    {"rule": "basis-mismatch", "line": ln('《青铜峡市数字政府建设2024年工作方案》'), "text": "《青铜峡市数字政府建设2024年工作方案》",
     "why": "retrospective mention of the previous local plan, not a basis document"},
    {"rule": "basis-mismatch", "line": ln('国发〔2022〕14号'), "text": "国发〔2022〕14号", "why": "correct national basis"},
    {"rule": "basis-mismatch", "line": ln('宁政办发〔2023〕11号'), "text": "宁政办发〔2023〕11号",
     "why": "《数字宁夏“1244+N”行动计划实施方案》 is 宁政办发〔2023〕11号, cited the same way by the 吴忠 plan"},
    {"rule": "basis-mismatch", "line": ln('吴忠市人民政府《关于加强数字政府建设的实施方案》'), "text": "吴忠市人民政府《关于加强数字政府建设的实施方案》",
     "why": "parent city plan cited correctly by title (it has no 文号 in the seed)"},
    {"rule": "deadline-later-than-baseline", "line": row(30), "text": "长期坚持", "why": "task 116, 2023年完成并长期坚持"},
    {"rule": "deadline-later-than-baseline", "line": row(33), "text": "长期坚持", "why": "task 124, 2023年形成机制，长期坚持"},
]

covers = [
    (64, row(1)), (3, row(3)), (5, row(4)), (9, row(5)), (7, row(6)), (8, row(7)), (10, row(8)), (11, row(9)),
    (12, row(10)), (18, row(11)), (22, row(12)), (28, row(13)), (29, row(14)), (59, row(15)), (49, row(16)),
    (52, row(17)), (56, row(18)), (66, row(19)), (83, row(20)), (81, row(21)), (87, row(22)), (92, row(23)),
    (95, row(24)), (96, row(25)), (100, row(26)), (101, row(27)), (107, row(28)), (111, row(29)), (116, row(30)),
    (118, row(31)), (122, row(32)), (123, row(32)), (124, row(33)),
    (106, ln('填表报数系统')), (6, ln('推动数字技术与传统公共事业融合')), (14, ln('强化安全管理责任。')),
    (68, ln('推行“照单监管”')), (77, ln('矛盾纠纷多元化解信息系统')), (79, ln('“雪亮工程”')),
    (93, ln('适老化与信息无障碍建设')), (112, ln('进一步完善各类政务公开信息化平台')), (114, ln('构建政务新媒体矩阵')),
    (115, ln('以12345政务服务便民热线为枢纽')), (102, ln('推动绿色低碳转型')),
]

key = {
    "writer": "blind writer, round 384; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
    "written": "2026-12-06",
    "draft": "draft.txt",
    "baseline": "ningxia-2023",
    "build": None,
    "parents": ["wuzhong"],
    "units": "units.txt",
    "planYear": 2025,
    "expect": expect,
    "mustNotFlag": mnf,
    "covers": [{"task": t, "line": l} for t, l in covers],
    "notes": ("青铜峡市 (county-level city under 吴忠) 2025 annual 工作方案 issued 2025-02-18, after the 2024 data-bureau reform: "
              "市数据局 replaced 市大数据服务中心; units.txt lists only the new names (the old one appears only in a comment). "
              "'市' in the draft means 青铜峡市. Table rows are task-list rows (lead = 牵头单位 column; the note on line %d says the first lead is the main lead). "
              "Rows for tasks whose regional deadline is 2023/2024 were avoided or given 长期坚持/持续推进; such work appears in the body without dates. "
              "task-uncovered: the annual plan does not take up every city/county task; none is in expect." % ln('排在第一位的为主要牵头单位')),
}
# sanity: texts occur on their lines
for e in expect + mnf:
    if 'text' in e:
        assert e['text'] in L[e['line'] - 1], e
json.dump(key, open('key.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=2)
print(len(expect), len(mnf), len(key['covers']))
