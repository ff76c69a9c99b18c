#!/usr/bin/python3
# Builds key.json from draft.txt: every line number is found by a unique substring
# of the final draft, so the key cannot drift from the text.
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))
LINES = open(os.path.join(HERE, 'draft.txt'), encoding='utf-8').read().split('\n')


def L(sub):
    hits = [i + 1 for i, l in enumerate(LINES) if sub in l]
    assert len(hits) == 1, (sub, hits)
    return hits[0]


def row(n):
    return L('| %d | ' % n)


def cell_has(n, text):
    line = LINES[row(n) - 1]
    assert text in line, (n, text)
    return row(n)


expect = [
    {"rule": "basis-mismatch", "line": L('（宁政办发〔2023〕17号）'), "text": "宁政办发〔2023〕17号",
     "why": "《自治区人民政府关于加强数字政府建设的实施意见》 is 宁政发〔2023〕17号; 宁政办发 is the office's series (the 1244+N plan on the same line is 宁政办发〔2023〕11号, which is right)"},
    {"rule": "deadline-later-than-baseline", "line": cell_has(14, '2025年底'), "text": "2025年底",
     "why": "table row 14 (城域网升级改造, 电子政务外网县乡村全覆盖) is regional task 48, 完成时限 2024 年 (the neighbouring task 47, 外网升级改造, is also 2024 年); the draft's own 主要目标 line says 到2024年底"},
    {"rule": "deadline-invalid", "line": cell_has(25, '2024年21月底前'), "text": "21月",
     "why": "month 21 does not exist (12 and 21 transposed); row is regional task 93, 完成时限 2024年"},
    {"rule": "unknown-unit", "line": cell_has(16, '县大数据管理服务局'), "text": "县大数据管理服务局",
     "why": "no such county body; the county's unit is 县大数据服务中心 (units.txt). The name is copied from the city's 市大数据管理服务局"},
    {"rule": "garbled-text", "line": L('瑙勮寖鏁版嵁浜ゆ槗琛屼负'), "text": "瑙勮寖鏁版嵁浜ゆ槗琛屼负",
     "why": "UTF-8 read as GBK; re-encoding as GBK and decoding as UTF-8 gives 规范数据交易行为"},
    {"rule": "missing-pillar", "line": 0, "pillar": "制度规则",
     "why": "the 四个支撑 are cut to three: section 四 names only 安全保障、数据资源、平台支撑, and nothing in the draft takes up 制度规则 (数字化改革助力职能转变, 行政权力事项网上运行, 审管协同, 建设管理机制/项目会商, 法规制度, 标准规范, 试点示范)"},
    {"rule": "task-uncovered", "line": 0, "task": 28,
     "why": "试点示范 (各市、县（区）配合) is left out with the whole 制度规则 pillar"},
    {"rule": "task-uncovered", "line": 0, "task": 21,
     "why": "行政权力事项网上运行、动态管理 (各市、县（区）配合) is left out with the whole 制度规则 pillar"},
]

M = []
def nf(rule, line, why, text=None):
    e = {"rule": rule, "line": line}
    if text is not None:
        e["text"] = text
    e["why"] = why
    M.append(e)

DL = "deadline-later-than-baseline"
DI = "deadline-invalid"
UU = "unknown-unit"
BM = "basis-mismatch"
GT = "garbled-text"

# deadlines in the task table
nf(DL, cell_has(1, '2024年6月底前'), "earlier: regional task 64 (各地参照自治区做法成立组织机构), 完成时限 2025年", "2024年6月底前")
nf(DL, cell_has(2, '长期坚持'), "ongoing with no milestone; regional task 116 (一把手工程), 完成时限 2023年完成并长期坚持", "长期坚持")
nf(DL, cell_has(3, '| 2024年 |'), "equal: regional task 2 (汇聚企业、产业实时生产和销售数据, 产业数字化), 完成时限 2023 年启动，2024 年取得明显成效", "2024年")
nf(DL, cell_has(4, '持续推进，2025年取得明显成效'), "equal: regional task 3 (智慧园区), 完成时限 持续推进，2025 年取得明显成效", "持续推进，2025年取得明显成效")
nf(DL, cell_has(5, '| 2025年 |'), "equal: regional task 7 (国家智慧教育平台), 完成时限 2023年形成试点经验，2025年取得明显成效", "2025年")
nf(DL, cell_has(6, '2024年底前'), "earlier: regional task 8 (互联网+医疗健康), 完成时限 持续推进，2025年取得明显成效", "2024年底前")
nf(DL, cell_has(7, '持续推进，2025年取得明显成效'), "equal: regional task 6 (服务数字化, 各市、县（区）负责), 完成时限 持续推进，2025 年取得明显成效", "持续推进，2025年取得明显成效")
nf(DL, cell_has(8, '| 2025年 |'), "equal: regional task 10 (数字乡村), 完成时限 持续推进，2025年取得明显成效", "2025年")
nf(DL, cell_has(9, '2025年取得明显成效'), "equal: regional task 11 (数字供销), 完成时限 2023年完成主要建设任务，2025年取得明显成效", "2025年取得明显成效")
nf(DL, cell_has(10, '2023年形成机制，长期坚持'), "copied verbatim from regional task 18 (安全技术保障体系), 完成时限 2023年形成机制，长期坚持: equal", "2023年形成机制，长期坚持")
nf(DI, cell_has(10, '2023年形成机制，长期坚持'), "a copied regional deadline that lies before the plan's year (2024): the mechanism already exists and is kept up; not an impossible date", "2023年")
nf(DL, cell_has(11, '| 2024年 |'), "equal: regional task 40 (电子公文管理) and task 54 (电子文件归档), 完成时限 2024年", "2024年")
nf(DL, cell_has(12, '2024年10月底前'), "earlier: regional task 41 (公共数据开放目录), 完成时限 2024年", "2024年10月底前")
nf(DL, cell_has(13, '2024年9月底前'), "earlier: regional task 46 (政务信息系统有序迁移), 完成时限 2024 年 (also task 43, 2024 年建成，持续推进; task 19, 2024年建成)", "2024年9月底前")
nf(DL, cell_has(15, '| 2024年 |'), "equal: regional task 50 (非涉密业务专网整合迁移), 完成时限 2024 年", "2024年")
nf(DL, cell_has(16, '| 2025年 |'), "equal: regional task 49 (全区统一视频共享平台), 完成时限 2025 年", "2025年")
nf(DL, cell_has(17, '2024年底前'), "earlier: regional task 56 (非税收入收缴电子化), 完成时限 2025年", "2024年底前")
nf(DL, cell_has(18, '| 2024年 |'), "equal: regional task 57 (信用信息公共服务平台), 完成时限 2024年", "2024年")
nf(DL, cell_has(19, '| 2025年 |'), "equal: regional task 66 (宁夏经济运行大数据平台), 完成时限 2025年", "2025年")
nf(DL, cell_has(20, '| 2024年 |'), "equal: regional task 71 (重点领域全链条数字化追溯监管), 完成时限 2024年", "2024年")
nf(DL, cell_has(21, '2024年底前'), "earlier: regional task 83 (互联网+基层治理), 完成时限 2025年", "2024年底前")
nf(DL, cell_has(22, '| 2024年 |'), "equal: regional task 80 (智慧应急), 完成时限 2024年", "2024年")
nf(DL, cell_has(23, '| 2024年 |'), "equal: regional task 86 (我的宁夏 应上尽上), 完成时限 2024年", "2024年")
nf(DL, cell_has(24, '| 2024年 |'), "equal: regional task 89 (惠企政策专栏, 政策兑现直达直享), 完成时限 2024年", "2024年")
nf(DL, cell_has(26, '| 2025年 |'), "equal: regional task 96 (互联网+城乡供水), 完成时限 2025年", "2025年")
nf(DL, cell_has(27, '| 2024年 |'), "equal: regional task 98 (智慧林草), 完成时限 2024年", "2024年")
nf(DL, cell_has(28, '2024年底前'), "earlier than regional task 95 (生态环境空间信息数据资源库), 完成时限 2025年; equal to task 94 (生态环境数据资源中心), 2024年", "2024年底前")
nf(DL, cell_has(29, '2024年6月底前'), "earlier: regional task 105 (宁政通), 完成时限 2024年", "2024年6月底前")
nf(DL, cell_has(30, '| 2025年 |'), "equal: regional task 106 (填表报数系统), 完成时限 2025年", "2025年")
nf(DL, cell_has(31, '| 2025年 |'), "equal: regional task 107 (视频会议平台) and task 111 (机关事务管理信息系统), 完成时限 2025年", "2025年")
nf(DL, cell_has(32, '| 2024年 |'), "equal: regional task 112 (政务公开信息化平台), 完成时限 2024年", "2024年")
nf(DL, cell_has(33, '| 2024年 |'), "equal: regional task 114 (政务新媒体矩阵), 完成时限 2024年", "2024年")
nf(DL, cell_has(34, '长期坚持'), "ongoing with no milestone; regional task 118 (培训体系), 完成时限 2023年完成并长期坚持", "长期坚持")
nf(DL, cell_has(35, '长期坚持'), "ongoing with no milestone; regional tasks 122/123 (效能目标管理考核, 考核结果运用), 完成时限 2023 年完成，长期坚持", "长期坚持")
# goals and other dates
nf(DL, L('到2024年底，电子政务外网'), "goal equal to regional tasks 48 (5级全覆盖) and 46 (系统迁移), both 2024 年, and task 84 (网上办、掌上办、就近办), 2024年; nothing in the regional or city 2023 goals", "2024年底")
nf(DL, L('到2025年，全县数字政府建设体系框架全面成型'), "equal to the regional goal 到2025年 …“34567”体系框架全面成型 and the 吴忠 goal 到2025年 …“1347”体系框架全面成型", "2025年")
nf(DL, L('到2035年，与政府治理能力现代化'), "equal to the regional and 吴忠 2035 goals", "2035年")
nf(DI, L('2020年以来，我县按照'), "background: past achievements (2020年以来, 2023年, 截至2023年底), not deadlines", "2023年")
nf(DI, L('2024年3月18日'), "the document's own issue date", "2024年3月18日")
nf(DI, L('2024年12月10日前报送年度工作总结'), "the office's own reporting dates (每季度末月25日前, 2024年12月10日前), not task deadlines", "2024年12月10日前")
nf(DL, L('2024年12月10日前报送年度工作总结'), "reporting date of the office, matches no regional task", "2024年12月10日前")
nf(DI, L('### 盐池县数字政府建设重点任务清单（2024年—2025年）'), "the list's period in its title", "2024年—2025年")
# basis
nf(BM, L('（国发〔2022〕14号）'), "correct: 《国务院关于加强数字政府建设的指导意见》（国发〔2022〕14号）", "国发〔2022〕14号")
nf(BM, L('（宁政办发〔2023〕11号）'), "correct: 《数字宁夏“1244+N”行动计划实施方案》 is 宁政办发〔2023〕11号, as the 吴忠 plan cites it", "宁政办发〔2023〕11号")
nf(BM, L('吴忠市人民政府《关于加强数字政府建设的实施方案》'), "the parent city plan cited by title alone, as is usual; its title is right", "吴忠市人民政府《关于加强数字政府建设的实施方案》")
nf(BM, L('（宁政办发〔2020〕14号）'), "retrospective mention of the 2020 工作要点 in the background, not cited as a basis", "宁政办发〔2020〕14号")
nf(BM, L('盐政办发〔2024〕12号'), "the notice's own 文号", "盐政办发〔2024〕12号")
nf(BM, 1, "the document's own title in the cover notice, not a basis document", "《盐池县关于加强数字政府建设的实施方案》")
# units
nf(UU, cell_has(2, '县直各部门（单位）'), "collective subject", "县直各部门（单位）")
nf(UU, cell_has(1, '各乡镇人民政府'), "collective subject", "各乡镇人民政府")
nf(UU, cell_has(21, '各村（社区）'), "collective subject", "各村（社区）")
nf(UU, cell_has(15, '县直有关部门'), "collective subject", "县直有关部门")
nf(UU, cell_has(4, '县工信商务局'), "short name of 县工业信息化和商务局 in units.txt", "县工信商务局")
nf(UU, cell_has(4, '盐池工业园区管委会'), "short name of 盐池工业园区管理委员会 in units.txt", "盐池工业园区管委会")
nf(UU, cell_has(5, '县教体局'), "short name of 县教育体育局 in units.txt", "县教体局")
nf(UU, cell_has(18, '县发改局'), "short name of 县发展和改革局 in units.txt", "县发改局")
nf(UU, cell_has(27, '县林草局'), "short name of 县林业和草原局 in units.txt", "县林草局")
nf(UU, cell_has(7, '县人社局、县民政局、县文旅局'), "three registry names (two short names) in one list with 按职责分别负责", "县人社局")
nf(UU, cell_has(9, '县供销社'), "short name of 县供销合作社联合社 in units.txt", "县供销社")
nf(UU, cell_has(22, '盐池县气象局'), "vertically managed body outside the county government, listed in units.txt", "盐池县气象局")
nf(UU, cell_has(22, '县消防救援大队'), "short name of 盐池县消防救援大队 in units.txt", "县消防救援大队")
nf(UU, cell_has(28, '吴忠市生态环境局盐池分局'), "the city bureau's county branch, listed in units.txt; a local body, not a regional lead", "吴忠市生态环境局盐池分局")
nf(UU, cell_has(34, '县委党校'), "short name of 中共盐池县委党校 in units.txt", "县委党校")
nf(UU, cell_has(12, '依托自治区公共数据开放平台'), "自治区 appears in the task text (a platform), not in the 责任单位 cell; the lead is 县大数据服务中心", "自治区公共数据开放平台")
nf(UU, L('向县数字政府建设领导小组办公室报送'), "the coordinating office, listed in units.txt", "县数字政府建设领导小组办公室")
# markdown marks
nf(GT, L('盐池县人民政府办公室&nbsp;&nbsp;'), "HTML non-breaking spaces from the online editor's export, not encoding damage", "&nbsp;")
nf(GT, L('> （此件公开发布）'), "Markdown blockquote mark", "> ")
nf(GT, L('| :---: | --- | --- | :---: |'), "Markdown table separator row with alignment colons", ":---:")
nf(GT, cell_has(1, '<br>'), "<br> separating several bodies in one cell (the export's line break inside a table cell)", "<br>")
nf(GT, L('| **一** | **完善“一套体系”** |  |  |'), "bold group row of the table with empty cells", "**一**")
nf(GT, L('1\\. 统筹集约'), "escaped list number written by the editor's Markdown export", "1\\.")
nf(GT, L('**（二）引领数字社会建设。** **推动公共服务数字化。**'), "bold marks around headings and sub-item titles", "** **")
nf(GT, 15, "Markdown horizontal rule", "---")

covers = []
def cv(task, line):
    covers.append({"task": task, "line": line})

for task, n in [(64, 1), (116, 2), (2, 3), (3, 4), (7, 5), (8, 6), (6, 7), (10, 8), (11, 9), (18, 10),
                (40, 11), (54, 11), (41, 12), (46, 13), (43, 13), (48, 14), (50, 15), (49, 16), (56, 17), (57, 18),
                (66, 19), (71, 20), (83, 21), (80, 22), (86, 23), (89, 24), (93, 25), (96, 26), (98, 27),
                (95, 28), (105, 29), (106, 30), (107, 31), (111, 31), (112, 32), (114, 33), (118, 34), (122, 35), (123, 35)]:
    cv(task, row(n))
cv(14, L('**强化安全管理责任。**'))
cv(15, L('**强化安全管理责任。**'))
cv(32, L('**完善数据管理机制。**'))
cv(30, L('**完善数据管理机制。**'))
cv(36, L('**深化数据共享开放。**'))
cv(79, L('持续推进“雪亮工程”'))
cv(68, L('推行“照单监管”'))
cv(124, L('定期开展督促检查和经验交流'))

key = {
    "writer": "blind writer, round 866; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
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
    "notes": ("盐池县 2024 实施方案 exported from an online editor as Markdown (# headings, **bold** sub-item titles, "
              "&nbsp;, escaped 1\\., a pipe table with <br> inside cells and bold group rows). The table's note says the "
              "first unit of a cell leads. Six planted slips: wrong 文号 for the regional 实施意见, one late table deadline "
              "(row 14, contradicting the draft's own 2024 goal), one impossible month (row 25), one unit copied from the "
              "city's naming (row 16), one mojibake run in 数字生态, and the 制度规则 pillar left out (section 四 has only "
              "three supports). task-uncovered entries 21 and 28 are consequences of the missing pillar. Row 10 copies the "
              "regional 2023 deadline of task 18 on purpose (near miss)."),
}
json.dump(key, open(os.path.join(HERE, 'key.json'), 'w', encoding='utf-8'), ensure_ascii=False, indent=2)
print(len(expect), 'expect;', len(M), 'mustNotFlag;', len(covers), 'covers')
