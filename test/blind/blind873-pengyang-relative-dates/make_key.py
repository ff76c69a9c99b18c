# Builds key.json and checks every line/text against draft.txt (1-based).
import json
lines = open('draft.txt', encoding='utf-8').read().split('\n')
if lines[-1] == '': lines.pop()

D = 'deadline-later-than-baseline'
expect = [
  {"rule": "basis-mismatch", "line": 9, "text": "宁政发〔2022〕17号",
   "why": "the region's 《自治区人民政府关于加强数字政府建设的实施意见》 is 宁政发〔2023〕17号 (2023-05-16); 〔2022〕 is a wrong year in the 文号"},
  {"rule": D, "line": 63, "text": "第三阶段完成",
   "why": "relative date: lines 124-125 define 第三阶段 as 2025年1月—12月 (\"第三阶段完成\"指2025年12月底前); the line takes up task 48 (城域网升级改造，区市县乡村5级全覆盖，完成时限 2024年) and task 47 (外网扩容、出口带宽，2024年), so 2025年12月 is later than 2024年"},
  {"rule": "deadline-invalid", "line": 97, "text": "6月31日",
   "why": "impossible date 2024年6月31日 (June has 30 days); task 86 is due 2024年, so it is not also late"},
  {"rule": "unknown-unit", "line": 110, "text": "县大数据管理服务局",
   "why": "named as 牵头单位 but not in units.txt; the county's body is 县政务大数据服务中心 (line 75), the name is copied from a city-style 大数据管理服务局"},
  {"rule": "garbled-text", "line": 91, "text": "鎻愬崌绀句細",
   "why": "sub-item title 提升社会治安防控能力 as UTF-8 bytes read as GBK (鎻愬崌绀句細娌诲畨闃叉帶鑳藉姏)"},
  {"rule": "task-uncovered", "line": 0, "task": 93,
   "why": "deliberately left out: no 适老化/信息无障碍 content anywhere; task 93 is for 各市、县(区)按照职能分别负责, 2024年"},
]

def nd(line, text, why):
    return {"rule": D, "line": line, "text": text, "why": why}

mnf = [
  # relative dates resolving on time (plan issued 2024-03-20, line 6; phases lines 122-125)
  nd(27, "年内", "年内 = 2024年12月底 (line 125); nearest tasks 2 (2023年启动，2024年取得明显成效), 1 and 3 (持续推进，2025年取得明显成效): equal or earlier"),
  nd(28, "第三阶段完成", "第三阶段 = 2025年12月; task 3 智慧园区 持续推进，2025年取得明显成效: equal"),
  nd(32, "次年一季度前", "次年 = 2025 (line 125), so 2025年一季度 at the latest; task 7 2023年形成试点经验，2025年取得明显成效: earlier. Even read as 'before Q1' it is 2024年底"),
  nd(33, "第三阶段完成", "2025年12月; task 8 持续推进，2025年取得明显成效: equal"),
  nd(36, "第三阶段完成", "2025年12月; task 6 (文化旅游等服务数字化) 持续推进，2025年取得明显成效: equal"),
  nd(47, "年内", "2024年底; task 16 数据安全防护能力评估指标体系 2024年: equal"),
  nd(48, "第二阶段完成", "第二阶段 = 2024年5月—12月, \"第二阶段完成\"指2024年12月底前; task 19 信创云 2023年启动，2024年建成: equal"),
  nd(50, "2024年第三季度", "2024年9月; task 21 行政许可管理信息系统 2024年 (and task 22 审管协同 2025年): earlier"),
  nd(51, "方案印发后3个月内", "issued 2024年3月20日 (line 6) -> 2024年6月20日; task 23 数字资源“一本账” 2024年: earlier"),
  nd(58, "年内", "2024年底; tasks 33 基础数据库 2024年 and 34 主题数据库 2024年: equal"),
  nd(60, "第二阶段完成", "2024年12月; tasks 41 公共数据开放 2024年 and 42 公共数据融合应用 2024年: equal"),
  nd(62, "2024年第三季度", "2024年9月; task 46 政务云迁移 2024年 and task 43 2024年建成，持续推进: earlier"),
  nd(64, "年内", "2024年底; task 50 非涉密业务专网整合 2024年: equal"),
  nd(65, "次年一季度前", "2025年一季度; task 49 视频一张网 2025年: earlier"),
  nd(71, "年内", "2024年底; task 57 信用信息公共服务平台 2024年: equal"),
  nd(72, "第二阶段完成", "2024年12月; task 58 地理信息 2024年: equal"),
  nd(75, "方案印发后1个月内", "2024年4月20日; task 64 (各地各部门参照自治区做法成立组织机构，各市、县(区)负责) 2025年: earlier. Task 60 (充实自治区领导小组, 2023年) is the region's own group, not this county task"),
  nd(81, "2024年第三季度", "2024年9月; task 65 经济治理基础数据库 2024年: earlier"),
  nd(82, "第三阶段完成", "2025年12月; task 66 经济运行大数据平台 2025年: equal"),
  nd(86, "第二阶段完成", "2024年12月; task 71 追溯监管 2024年: equal"),
  nd(87, "年内", "2024年底; task 74 屏、端、仪 2024年: equal"),
  nd(90, "2024年第三季度", "2024年9月; task 77 矛盾纠纷多元化解 2024年: earlier"),
  nd(92, "第二阶段完成", "2024年12月; task 80 智慧应急 2024年: equal"),
  nd(93, "第三阶段完成", "2025年12月; task 83 互联网+基层治理 2025年: equal"),
  nd(99, "第二阶段完成", "2024年12月; tasks 88 证照分离 2024年 and 89 惠企政策 2024年: equal"),
  nd(103, "年内", "2024年底; task 94 生态环境数据资源中心 2024年: equal"),
  nd(106, "第二阶段完成", "2024年12月; task 98 智慧林草 2024年: equal"),
  nd(109, "第二阶段完成", "2024年12月; task 103 辅助决策 2024年: equal"),
  nd(111, "第三阶段完成", "2025年12月; task 106 填表报数压减50% 2025年: equal"),
  nd(112, "2024年第三季度", "2024年9月; task 107 视频会议平台 2025年: earlier"),
  nd(113, "年内取得明显成效", "长期推进，2024年底取得明显成效; task 108 长期推进，2024年取得明显成效: equal"),
  nd(114, "年内", "2024年底; task 109 互联网+督查 2024年: equal"),
  nd(119, "方案印发后3个月内", "2024年6月20日; task 114 政务新媒体矩阵 2024年: earlier"),
  nd(120, "第二阶段完成", "2024年12月; task 115 政民互动 2024年: equal"),
  # absolute dates, equal or earlier
  nd(21, "到2024年底", "county's own intermediate goal; the region has goals for 2023, 2025 and 2035 and none of its 2023 goals (政策体系、五个一、家底、标志性场景) is this content; against the 2025 goal (基础设施集约完备) it is earlier"),
  nd(22, "到2025年", "equal to the region's 主要目标 到2025年 (体系框架全面成型、工作体制逐步健全、管理机制趋于成熟)"),
  nd(23, "到2035年", "equal to the region's 到2035年 goal"),
  nd(29, "2025年取得明显成效", "task 5 持续推进，2025年取得明显成效: equal"),
  nd(31, "2025年取得明显成效", "task 6 持续推进，2025年取得明显成效: equal"),
  nd(34, "2025年取得明显成效", "task 9 持续推进，2025年取得明显成效: equal"),
  nd(35, "2025年底前", "task 10 持续推进，2025年取得明显成效: equal"),
  nd(37, "2025年取得明显成效", "task 11 2023年完成主要建设任务，2025年取得明显成效: equal"),
  nd(39, "2025年", "task 12 数据要素市场 2025年: equal"),
  nd(54, "2023年启动，2025年取得明显成效", "copied from task 28 (2023年启动，2025年取得明显成效): equal"),
  nd(59, "2024年底前", "task 40 电子公文 2024年: equal"),
  nd(67, "2025年底前", "task 52 电子证照 2025年: equal"),
  nd(68, "2024年底前", "task 53 电子印章 2024年: equal"),
  nd(69, "2024年底前", "task 54 电子文件归档 2024年: equal"),
  nd(70, "2024年6月底前", "task 56 非税收入 2025年 and task 55 电子票据 2024年: earlier"),
  nd(85, "2024年底前", "task 70 双随机、一公开、信用风险分类 2024年: equal"),
  nd(88, "2024年底前", "task 75 以网管网 2024年: equal"),
  nd(91, "2024年底前", "task 79 雪亮工程 2024年: equal (the line's title is garbled, see expect)"),
  nd(95, "2024年底前", "task 84 一体化政务服务 2024年: equal"),
  nd(98, "2025年", "task 87 12345 2023年启动，2025年完成: equal"),
  nd(100, "2024年底前", "task 90 公共场馆数字化 2024年: equal"),
  nd(101, "2025年底前", "task 92 多卡合一 2025年: equal"),
  nd(104, "2025年", "task 96 互联网+城乡供水 2025年: equal"),
  nd(105, "2024年底前", "task 97 自然资源一张图 2024年: equal"),
  nd(107, "2025年取得明显成效", "tasks 101 碳排放 2025年 and 102 绿色低碳 2025年: equal"),
  nd(110, "2024年底前", "tasks 104 协同办公 2024年 and 105 宁政通 2024年: equal (the unit on this line is the planted error)"),
  nd(115, "2024年底前", "task 110 预算管理一体化 2024年: equal"),
  nd(116, "2025年", "task 111 机关事务 2025年: equal"),
  nd(118, "2024年底前", "tasks 112 政务公开平台 2024年 and 113 政策文件库 2024年: equal"),
  # ongoing
  nd(46, "长期坚持", "task 18 2023年形成机制，长期坚持: ongoing part copied, no completion date later than the region's"),
  nd(127, "长期坚持", "task 116 2023年完成并长期坚持: ongoing, no later completion date"),
  # office's own dates / definitions / background
  nd(77, "每季度末月25日前", "the office's own reporting date, not a task deadline"),
  nd(122, "2024年3月—4月", "phase dates and the office's own reporting step (方案印发后1个月内报送)"),
  nd(123, "2024年12月10日前", "the office's own annual evaluation date; phase 2 ends 2024年12月"),
  nd(124, "2025年12月20日前", "the office's own summary-report date; phase 3 (2025) equals the region's 2025 horizon"),
  nd(125, "2025年12月底前", "definition of the relative terms, not a deadline of any task"),
  nd(19, "2022年", "past dates in the background section (2021/2022/2023 achievements), not deadlines"),
  {"rule": "deadline-invalid", "line": 54, "text": "2023年启动", "why": "regional milestone copied from task 28; lies before the plan's year 2024 but is the region's own date, and the completing milestone is 2025"},
  {"rule": "deadline-invalid", "line": 19, "text": "2021年", "why": "past dates in the background (发展基础), not deadlines"},
  {"rule": "deadline-invalid", "line": 125, "text": "次年", "why": "definition line: 次年 = 2025, valid"},
  # basis
  {"rule": "basis-mismatch", "line": 9, "text": "国发〔2022〕14号", "why": "correct national guiding opinion and 文号"},
  {"rule": "basis-mismatch", "line": 9, "text": "宁政办发〔2023〕11号", "why": "《数字宁夏“1244+N”行动计划实施方案》 cited with the same 文号 as in the 吴忠 plan"},
  {"rule": "basis-mismatch", "line": 19, "text": "宁政办发〔2020〕14号", "why": "retrospective mention of the superseded 2020 工作要点 with its correct title and 文号, not cited as a basis"},
  {"rule": "basis-mismatch", "line": 2, "text": "彭政发〔2024〕9号", "why": "the plan's own 文号"},
  # units
  {"rule": "unknown-unit", "line": 31, "text": "县直有关部门", "why": "collective subject (县直有关部门按职责分别负责，各乡（镇）人民政府配合)"},
  {"rule": "unknown-unit", "line": 76, "text": "各村（社区）", "why": "collective subject"},
  {"rule": "unknown-unit", "line": 44, "text": "县保密局", "why": "short name of 县委保密机要局 in units.txt"},
  {"rule": "unknown-unit", "line": 35, "text": "县发改局", "why": "colloquial alias of 县发展改革局 in units.txt"},
  {"rule": "unknown-unit", "line": 34, "text": "县住建局", "why": "alias of 县住房城乡建设局"},
  {"rule": "unknown-unit", "line": 90, "text": "司法局", "why": "prefix 县 distributes: 县公安局、司法局、信访局 = 县司法局, 县信访局"},
  {"rule": "unknown-unit", "line": 48, "text": "自治区政府办公厅", "why": "regional body mentioned in the text (按照…统一部署), not the lead; the lead is 县政府办公室"},
  {"rule": "unknown-unit", "line": 103, "text": "市生态环境局彭阳分局", "why": "alias of 固原市生态环境局彭阳分局 in units.txt (the city bureau's county branch leads local environmental work)"},
  {"rule": "unknown-unit", "line": 60, "text": "国网彭阳县供电公司", "why": "non-government unit listed in units.txt"},
  {"rule": "unknown-unit", "line": 63, "text": "中国电信彭阳分公司", "why": "non-government unit listed in units.txt"},
  {"rule": "unknown-unit", "line": 68, "text": "彭阳县税务局", "why": "listed in units.txt"},
  {"rule": "unknown-unit", "line": 92, "text": "县消防救援大队", "why": "alias of 彭阳县消防救援大队 in units.txt"},
  {"rule": "unknown-unit", "line": 113, "text": "县政府督查室", "why": "alias of 县人民政府督查室"},
  {"rule": "unknown-unit", "line": 34, "text": "固原市", "why": "the parent city named in the text (配合固原市推进), not a responsible unit"},
  # pillars
  {"rule": "missing-pillar", "line": 0, "pillar": "数字生态", "why": "lines 38-40 (营造良好数字生态)"},
  {"rule": "missing-pillar", "line": 0, "pillar": "五个一", "why": "county work system at lines 73-77 (组织机构, 层级职责/六级贯通, 工作机制)"},
  {"rule": "missing-pillar", "line": 0, "pillar": "财政投入", "why": "line 128 (加大财政投入)"},
  {"rule": "missing-pillar", "line": 0, "pillar": "数字素养", "why": "line 129"},
]

covers_raw = {3:28,5:29,6:31,7:32,8:33,9:34,10:35,11:37,12:39,14:44,15:44,17:45,18:46,16:47,19:48,
  21:50,23:51,24:52,28:54,31:56,32:56,30:57,33:58,34:58,40:59,41:60,42:60,43:62,46:62,47:63,48:63,
  50:64,49:65,51:66,52:67,53:68,54:69,55:70,56:70,57:71,58:72,64:75,65:81,66:82,67:83,70:85,71:86,
  74:87,75:88,77:90,79:91,80:92,83:93,84:95,85:96,86:97,87:98,88:99,89:99,90:100,92:101,94:103,
  96:104,97:105,98:106,101:107,102:107,103:109,104:110,105:110,106:111,107:112,108:113,109:114,
  110:115,111:116,112:118,113:118,114:119,115:120,116:127,25:128,117:129,118:129,121:130,123:130,124:130}
covers = [{"task": t, "line": l} for t, l in sorted(covers_raw.items())]

# checks
for e in expect + mnf:
    if e["line"]:
        assert 1 <= e["line"] <= len(lines), e
        if "text" in e:
            assert e["text"] in lines[e["line"]-1], ("text not on line", e)
for c in covers:
    assert 1 <= c["line"] <= len(lines)
assert 93 not in covers_raw

key = {
  "writer": "blind writer, round 873; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
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
  "notes": ("彭阳县 (固原市) 2024 plan, issued 2024-03-20 (line 6), no parent plan. Relative deadlines resolve as the draft itself defines them "
            "(lines 122-125): 第二阶段完成 = 2024年12月底, 第三阶段完成 = 2025年12月底, 年内 = 2024年12月底, 次年 = 2025; "
            "方案印发后N个月内 counts from 2024-03-20; 2024年第三季度 = by 2024-09-30. Only line 63 resolves late (phase 3 for tasks 47/48, due 2024). "
            "Tasks whose regional deadline is 2023 (14, 15, 17, 24, 25, 30, 31, 32, 51, 67, 85, 118, 123, 124) are taken up without a 完成时限, so there is nothing to compare; "
            "lines 46 and 127 carry only 长期坚持. The line-91 sub-item is the garbled title 提升社会治安防控能力 (UTF-8 read as GBK). "
            "Lines 123 (完成时限为2024年的任务在本阶段全部完成) and 63 disagree inside the draft, which is how a reviewer would notice the slip.")
}
json.dump(key, open('key.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=2)
print(len(lines), 'lines;', len(expect), 'expect;', len(mnf), 'mustNotFlag;', len(covers), 'covers')
