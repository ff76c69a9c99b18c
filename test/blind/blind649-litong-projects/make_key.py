# Builds key.json and checks every line/text against draft.txt (1-based lines).
import json
L = open('draft.txt', encoding='utf-8').read().split('\n')
if L and L[-1] == '':
    L = L[:-1]

def chk(line, *texts):
    for t in texts:
        assert t in L[line-1], (line, t, L[line-1][:80])
    return line

expect = [
  {"rule": "basis-mismatch", "line": chk(9, "宁政办发〔2023〕17号", "《自治区人民政府关于加强数字政府建设的实施意见》"), "text": "宁政办发〔2023〕17号",
   "why": "the 自治区 实施意见 is 宁政发〔2023〕17号 (2023-05-16); 宁政办发 is the 办公厅 series (宁政办发〔2023〕11号 is the 1244+N plan), so the 文号 does not belong to the title"},
  {"rule": "deadline-later-than-baseline", "line": chk(39, "电子政务外网提升改造工程", "2024—2025年"), "text": "2024—2025年",
   "why": "专栏1 row 1 (外网 扩容/出口带宽 and 村（社区）全覆盖) is tasks 47 and 48, 完成时限 2024年 both; 建设期限 runs to 2025. The draft's own 主要目标 (line 21) puts 外网全覆盖 at 2024年底"},
  {"rule": "unknown-unit", "line": chk(56, "区网信局"), "text": "区网信局",
   "why": "no such body in units.txt or the baseline; the district body is 区委网信办 (区委网络安全和信息化委员会办公室)"},
  {"rule": "garbled-text", "line": chk(75, "鍔犲揩鍩硅偛鏁版嵁瑕佺礌甯傚満"), "text": "鍔犲揩鍩硅偛鏁版嵁瑕佺礌甯傚満",
   "why": "UTF-8 read as GBK; re-encoding as GBK and decoding as UTF-8 gives 加快培育数据要素市场"},
  {"rule": "deadline-later-than-baseline", "line": chk(107, "宁政通", "完成时限：2025年底"), "text": "2025年底",
   "why": "宁政通 移动办公 总门户 covering 区市县乡村 党政机关 is task 105, 完成时限 2024年 (the sentence also carries task 104 协同办公, 2024年); the draft's own goal at line 21 says 2024年底"},
  {"rule": "deadline-invalid", "line": chk(113, "20224年底"), "text": "20224年",
   "why": "impossible year (typo for 2024); the clause is task 114 政务新媒体矩阵, 完成时限 2024年"},
]

mnf = [
  # deadlines equal or earlier
  {"rule": "deadline-later-than-baseline", "line": chk(21, "到2024年底", "电子政务外网", "宁政通"), "text": "2024年底",
   "why": "2024 goals: 外网全覆盖 = task 48 (2024年), 迁移上云 = task 46 (2024年), 我的宁夏 应上尽上 = task 86 (2024年), 宁政通 = task 105 (2024年), 填表报数压减 = task 106 (2025年, earlier); no 2023 goal of the region or of 吴忠 (家底, 标志性应用场景, 工作体系) is restated here"},
  {"rule": "deadline-later-than-baseline", "line": chk(22, "到2025年", "1347"), "text": "2025年",
   "why": "equal to the region's and 吴忠's 2025 goal (体系框架全面成型)"},
  {"rule": "deadline-later-than-baseline", "line": chk(23, "到2035年"), "text": "2035年",
   "why": "equal to the 2035 vision of 宁政发〔2023〕17号 and the 吴忠 plan"},
  {"rule": "deadline-later-than-baseline", "line": chk(36, "信用", "2024年底"), "text": "2024年底",
   "why": "task 57 (宁夏信用信息公共服务平台, 信用查询, 信用风险预警), 完成时限 2024年: equal"},
  {"rule": "deadline-later-than-baseline", "line": chk(40, "迁移上云", "2024年"), "text": "2024年",
   "why": "tasks 46/45 (政务云资源统一调度, 信息系统有序迁移; 纳入一体化政务云平台), 完成时限 2024年: equal"},
  {"rule": "deadline-later-than-baseline", "line": chk(41, "视频共享平台", "2024—2025年"), "text": "2024—2025年",
   "why": "task 49 (全区统一视频共享平台, 视频一张网), 完成时限 2025年: equal (also task 81, 2025年)"},
  {"rule": "deadline-later-than-baseline", "line": chk(42, "5G", "2024—2025年"), "text": "2024—2025年",
   "why": "5G base stations and 千兆光网 are the public network, not 电子政务外网 (tasks 47/48); no regional task with a deadline covers them"},
  {"rule": "deadline-later-than-baseline", "line": chk(43, "业务专网", "2024年"), "text": "2024年",
   "why": "task 50 (非涉密业务专网整合迁移, 跨网数据传输), 完成时限 2024年: equal"},
  {"rule": "deadline-later-than-baseline", "line": chk(51, "主题数据库", "2024年"), "text": "2024年",
   "why": "tasks 34 (主题数据库) and 39 (一应用一数仓), 完成时限 2024年: equal"},
  {"rule": "deadline-later-than-baseline", "line": chk(52, "公共数据开放", "2024年"), "text": "2024年",
   "why": "task 41 (公共数据开放目录, 统一开放平台), 完成时限 2024年: equal"},
  {"rule": "deadline-later-than-baseline", "line": chk(53, "融合应用", "2024年"), "text": "2024年",
   "why": "task 42 (供水、供电、供气、公共交通等公共数据融合应用), 完成时限 2024年: equal"},
  {"rule": "deadline-later-than-baseline", "line": chk(54, "电子文件归档", "2024年"), "text": "2024年",
   "why": "tasks 54 (电子文件归档, 档案数字资源) and 40 (电子公文), 完成时限 2024年: equal"},
  {"rule": "deadline-later-than-baseline", "line": chk(61, "行政权力事项", "2024年10月底"), "text": "2024年10月底",
   "why": "task 21 (行政许可管理信息系统, 行政权力事项网上运行), 完成时限 2024年: same year, earlier month; task 22 (审管协同) is 2025年"},
  {"rule": "deadline-later-than-baseline", "line": chk(78, "智慧园区", "2024—2025年"), "text": "2024—2025年",
   "why": "task 3 (智慧园区), 完成时限 持续推进，2025年取得明显成效: equal"},
  {"rule": "deadline-later-than-baseline", "line": chk(79, "数字乡村", "2024—2025年"), "text": "2024—2025年",
   "why": "task 10 (数字乡村, 农业农村大数据体系), 完成时限 持续推进，2025年取得明显成效: equal"},
  {"rule": "deadline-later-than-baseline", "line": chk(80, "城市运行管理服务平台", "2024—2025年"), "text": "2024—2025年",
   "why": "task 9 (城市运行管理服务平台, 城市生命线, 一网统管), 完成时限 持续推进，2025年取得明显成效: equal"},
  {"rule": "deadline-later-than-baseline", "line": chk(81, "医疗健康", "2024年"), "text": "2024年",
   "why": "task 8 (互联网+医疗健康), 完成时限 持续推进，2025年取得明显成效: earlier"},
  {"rule": "deadline-later-than-baseline", "line": chk(89, "双随机", "2024年底前"), "text": "2024年底前",
   "why": "tasks 70 (信用风险分类, 双随机) and 71 (全链条数字化追溯监管), 完成时限 2024年: equal"},
  {"rule": "deadline-later-than-baseline", "line": chk(92, "矛盾纠纷", "2024年11月底"), "text": "2024年11月底",
   "why": "task 77 (线上一站式受理, 矛盾纠纷多元化解), 完成时限 2024年: equal year"},
  {"rule": "deadline-later-than-baseline", "line": chk(97, "网上办、掌上办", "2024年"), "text": "2024年",
   "why": "task 84 (网上办、掌上办、就近办、一次办), 完成时限 2024年: equal"},
  {"rule": "deadline-later-than-baseline", "line": chk(98, "我的宁夏", "2024年底"), "text": "2024年底",
   "why": "task 86 (我的宁夏 应上尽上), 完成时限 2024年: equal"},
  {"rule": "deadline-later-than-baseline", "line": chk(102, "生态环境数据资源中心", "2024年底"), "text": "2024年底",
   "why": "task 94 (生态环境数据资源中心), 完成时限 2024年: equal; task 95 (大气、水、土壤数据综合开发利用) is 2025年: earlier"},
  {"rule": "deadline-later-than-baseline", "line": chk(108, "填表报数", "2024年9月底前"), "text": "2024年9月底前",
   "why": "task 106 (宁政通 填表报数系统), 完成时限 2025年: earlier"},
  {"rule": "deadline-later-than-baseline", "line": chk(109, "视频会议", "2025年"), "text": "2025年",
   "why": "task 107 (非涉密视频会议系统整合), 完成时限 2025年: equal"},
  {"rule": "deadline-later-than-baseline", "line": chk(114, "12345", "2024年"), "text": "2024年",
   "why": "task 115 (12345 为枢纽的政民互动), 完成时限 2024年: equal (task 87 is 2025年: earlier)"},
  {"rule": "deadline-later-than-baseline", "line": chk(117, "网格上报", "2024—2025年"), "text": "2024—2025年",
   "why": "task 83 (互联网+基层治理, 基层管理服务平台), 完成时限 2025年: equal"},
  {"rule": "deadline-later-than-baseline", "line": chk(118, "雪亮工程", "2024年"), "text": "2024年",
   "why": "task 79 (雪亮工程, 社会治安防控体系), 完成时限 2024年: equal"},
  {"rule": "deadline-later-than-baseline", "line": chk(119, "智慧应急", "2024年"), "text": "2024年",
   "why": "task 80 (智慧应急, 风险监测预警和闭环管控), 完成时限 2024年: equal"},
  {"rule": "deadline-later-than-baseline", "line": chk(120, "适老化", "2024年"), "text": "2024年",
   "why": "task 93 (政府网站、公共服务场所适老化与信息无障碍), 完成时限 2024年: equal"},
  {"rule": "deadline-later-than-baseline", "line": chk(121, "城乡供水", "2024—2025年"), "text": "2024—2025年",
   "why": "task 96 (互联网+城乡供水), 完成时限 2025年: equal"},
  {"rule": "deadline-later-than-baseline", "line": chk(122, "机关事务", "2025年"), "text": "2025年",
   "why": "task 111 (机关事务管理统一门户, 公务用车、公共机构节能), 完成时限 2025年: equal"},
  {"rule": "deadline-later-than-baseline", "line": chk(127, "长期坚持"), "text": "长期坚持",
   "why": "task 121 (每年度考核指标体系, 常态化考核), 完成时限 长期坚持: equal; the 效能考核 sentence (task 122) carries no date"},
  # past dates, own dates
  {"rule": "deadline-invalid", "line": chk(12, "2023年", "2023年11月"), "text": "2023年",
   "why": "background: what was done in 2023 and when 吴忠 issued its plan; past dates, not deadlines"},
  {"rule": "deadline-invalid", "line": chk(45, "2023年底前"), "text": "2023年底前",
   "why": "a copied regional deadline (task 30, 2023年) that lies before the plan's year, quoted retrospectively as already met"},
  {"rule": "deadline-later-than-baseline", "line": 45, "text": "2023年底前",
   "why": "the regional deadline of task 30 quoted as such; not a local deadline and not later"},
  {"rule": "deadline-invalid", "line": chk(6, "2024年3月18日"), "text": "2024年3月18日",
   "why": "the notice's own issue date"},
  {"rule": "deadline-later-than-baseline", "line": chk(129, "2024年12月10日前", "2024年7月"), "text": "2024年12月10日前",
   "why": "the office's own reporting and evaluation dates (季度进展, 年度总结, 中期评估), not task deadlines"},
  # basis documents
  {"rule": "basis-mismatch", "line": chk(12, "宁政办发〔2020〕14号"), "text": "宁政办发〔2020〕14号",
   "why": "retrospective mention of the 2020 工作要点 with its correct 文号; not cited as a basis"},
  {"rule": "basis-mismatch", "line": chk(9, "宁政办发〔2023〕11号"), "text": "宁政办发〔2023〕11号",
   "why": "correct 文号 of 《数字宁夏“1244+N”行动计划实施方案》, as the 吴忠 plan cites it"},
  {"rule": "basis-mismatch", "line": chk(9, "吴忠市人民政府《关于加强数字政府建设的实施方案》"), "text": "吴忠市人民政府《关于加强数字政府建设的实施方案》",
   "why": "the city plan cited by title alone, correct title; it has no 文号"},
  {"rule": "basis-mismatch", "line": chk(9, "国发〔2022〕14号"), "text": "国发〔2022〕14号",
   "why": "correct national 指导意见 and 文号"},
  {"rule": "basis-mismatch", "line": chk(2, "利政办发〔2024〕9号"), "text": "利政办发〔2024〕9号",
   "why": "the notice's own 文号, not a citation"},
  # units
  {"rule": "unknown-unit", "line": chk(26, "区委编办、组织部"), "text": "组织部",
   "why": "the 区委 prefix distributes: 区委组织部, listed in units.txt"},
  {"rule": "unknown-unit", "line": chk(42, "中国电信吴忠分公司"), "text": "中国电信吴忠分公司",
   "why": "telecom operators listed (short names) in units.txt"},
  {"rule": "unknown-unit", "line": chk(36, "区发改局"), "text": "区发改局",
   "why": "short name of 区发展和改革局 in units.txt"},
  {"rule": "unknown-unit", "line": chk(53, "区大数据中心"), "text": "区大数据中心",
   "why": "short name of 区大数据服务中心 in units.txt"},
  {"rule": "unknown-unit", "line": chk(41, "利通区公安分局"), "text": "利通区公安分局",
   "why": "short name of 吴忠市公安局利通区分局 in units.txt"},
  {"rule": "unknown-unit", "line": chk(102, "区生态环境分局", "区自然资源分局"), "text": "区生态环境分局",
   "why": "short names of the city bureaus' 利通 branches, listed in units.txt"},
  {"rule": "unknown-unit", "line": chk(40, "区直有关部门（单位）"), "text": "区直有关部门（单位）",
   "why": "collective subject"},
  {"rule": "unknown-unit", "line": chk(97, "区直各部门（单位）", "各乡镇（街道）"), "text": "各乡镇（街道）",
   "why": "collective subjects"},
  {"rule": "unknown-unit", "line": chk(78, "金积工业园区管委会"), "text": "金积工业园区管委会",
   "why": "short name of 金积工业园区管理委员会 in units.txt"},
  {"rule": "unknown-unit", "line": chk(79, "金积镇人民政府、高闸镇人民政府"), "text": "高闸镇人民政府",
   "why": "town governments listed in units.txt"},
  {"rule": "unknown-unit", "line": chk(40, "区大数据服务中心"), "text": "区大数据服务中心",
   "why": "listed in units.txt (the district's data body; not the city's 市大数据管理服务局)"},
  {"rule": "unknown-unit", "line": chk(92, "区委政法委，区司法局、区信访局"), "text": "区信访局",
   "why": "listed in units.txt"},
  {"rule": "unknown-unit", "line": chk(113, "区融媒体中心，区委宣传部、区政府办"), "text": "区政府办",
   "why": "short name of 区人民政府办公室 in units.txt"},
  # text that looks odd but is not damaged
  {"rule": "garbled-text", "line": chk(97, "易办·吴优"), "text": "易办·吴优",
   "why": "吴忠's 政务服务 brand written with a middle dot, as in the 吴忠 plan"},
]

covers = [
  (3, 69), (5, 70), (6, 72), (9, 73), (10, 74), (11, 74), (14, 56), (15, 56), (17, 57), (18, 58),
  (21, 61), (24, 62), (28, 64), (32, 45), (34, 46), (36, 47), (41, 48), (42, 53), (46, 40), (47, 33),
  (48, 39), (49, 41), (50, 43), (54, 54), (57, 36), (64, 26), (66, 86), (68, 88), (70, 89), (71, 89),
  (77, 92), (79, 93), (80, 94), (83, 95), (84, 97), (86, 98), (89, 99), (93, 100), (95, 102), (96, 121),
  (102, 104), (104, 107), (105, 107), (106, 108), (107, 109), (111, 110), (112, 112), (114, 113), (115, 114),
  (116, 124), (118, 126), (121, 127), (122, 127), (123, 127), (124, 127),
]
for t, ln in covers:
    assert 1 <= ln <= len(L)

key = {
  "writer": "blind writer, round 649; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
  "written": "2026-12-07",
  "draft": "draft.txt",
  "baseline": "ningxia-2023",
  "build": None,
  "parents": ["wuzhong"],
  "units": "units.txt",
  "planYear": 2024,
  "expect": expect,
  "mustNotFlag": mnf,
  "covers": [{"task": t, "line": ln} for t, ln in covers],
  "notes": ("利通区 2024 实施方案 (吴忠市利通区人民政府办公室, 利政办发〔2024〕9号, 2024-03-18) following 吴忠's 1347 framework, "
            "with four 专栏 project tables (tab-separated: 序号/项目名称/主要建设内容/建设期限/总投资（万元）/责任单位) and inline "
            "（责任单位：…；完成时限：…） notes. 专栏 note (line 30): the first-listed unit of a cell is the lead. "
            "Tasks whose regional deadline is 2023 (14, 15, 17, 18, 24, 30, 32, 36, 68, 72, 85, 116, 118, 122-124) are taken up without a date on purpose. "
            "Line 113: 20224年 is expected as deadline-invalid only; a reviewer might also read it as later than task 114's 2024年 — that reading is not annotated either way. "
            "Line 107 carries both task 104 and task 105 (both 2024年), so either match gives the same late finding. "
            "Line 75: the garbled run sits inside the 数字生态 paragraph; the rest of the paragraph still carries 数字生态 content (数据交易, 网络生态), so no missing-pillar is expected.")
}
json.dump(key, open('key.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=2)
print(len(L), 'lines;', len(expect), 'expect;', len(mnf), 'mustNotFlag;', len(covers), 'covers')
