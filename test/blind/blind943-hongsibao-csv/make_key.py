# Helper kept in the case folder: builds key.json and checks every line/text against draft.txt.
import json
L = open('draft.txt', encoding='utf-8').read().split('\n')
if L[-1] == '':
    L = L[:-1]

def ln(line, text):
    assert text in L[line-1], (line, text, L[line-1][:60])
    return line

E = []  # expect
def e(rule, line, text, why, **kw):
    d = {"rule": rule, "line": ln(line, text) if line else 0}
    if text: d["text"] = text
    d.update(kw); d["why"] = why
    E.append(d)

e("basis-mismatch", 9, "宁政办发〔2023〕17号",
  "the 实施意见 《自治区人民政府关于加强数字政府建设的实施意见》 is 宁政发〔2023〕17号 (an 人民政府 document, not 办公厅): the drafter typed 宁政办发, probably after the 1244+N citation 宁政办发〔2023〕11号 in the same line")
e("deadline-later-than-baseline", 77, "2025年底前",
  "row 17 (城域网升级改造, 电子政务外网区、乡、村三级全覆盖) takes up regional task 48 (开展各级城域网升级改造，推进区市县乡村5级全覆盖), 完成时限 2024年; the draft's own goal (line 14) and line 38 also say 2024年底; 2025年底 is later")
e("deadline-invalid", 101, "21月",
  "row 39 (适老化与信息无障碍, regional task 93, 完成时限 2024年): 2024年21月底前 is an impossible month, a transposed 12月")
e("unknown-unit", 84, "区经信局",
  "row 24 配合单位: 区经信局 (old 经济和信息化局 name) is not in units.txt; the current unit is 区工业信息化和商务局 (区工信商务局)")
e("unknown-unit", 109, "自治区政府办公厅",
  "row 47 (协同办公平台, regional task 104) names 自治区政府办公厅 as 牵头单位 of a 红寺堡区 task: the regional lead was copied from 附件2; a regional body cannot lead a local task (it should be 区政府办)")
e("garbled-text", 81, "闈炵◣鏀跺叆",
  "row 21: 非税收入 damaged (UTF-8 bytes read as GBK): '闈炵◣鏀跺叆'.encode('gbk').decode('utf-8') == '非税收入'")

M = []  # mustNotFlag
def m(rule, line, text, why, **kw):
    d = {"rule": rule, "line": ln(line, text) if (line and text) else line}
    if text: d["text"] = text
    d.update(kw); d["why"] = why
    M.append(d)

# citations
m("basis-mismatch", 9, "国发〔2022〕14号", "correct 文号 of 《国务院关于加强数字政府建设的指导意见》")
m("basis-mismatch", 9, "宁政办发〔2023〕11号", "《数字宁夏“1244+N”行动计划实施方案》 cited with the same 文号 the 吴忠 plan gives it; a real 办公厅 document, not the 实施意见")
m("basis-mismatch", 9, "吴忠市人民政府《关于加强数字政府建设的实施方案》", "the parent city plan cited by title alone (it has no 文号 in the seed); title is exact")
m("basis-mismatch", 12, "宁政办发〔2020〕14号", "retrospective mention of the 2020 工作要点 in the 工作基础 background, not cited as a basis")
m("basis-mismatch", 2, "红政办发〔2024〕18号", "the draft's own 文号, not a citation")
m("basis-mismatch", 1, "《红寺堡区2024年加强数字政府建设实施方案》", "the draft's own title in the 印发通知")
# dates in background / office dates
m("deadline-invalid", 12, "2023年", "past date in the 工作基础 background (what was done in 2023), not a deadline")
m("deadline-invalid", 6, "2024年4月12日", "issue date of the notice")
m("deadline-invalid", 122, "2024年4月12日", "印发 date in the 版记")
m("deadline-later-than-baseline", 51, "2024年12月10日前", "the office's own reporting date for the annual summary, not a task deadline")
m("deadline-invalid", 51, "25日前", "quarterly reporting date (每季度末月25日前), not a deadline")
# goals
m("deadline-later-than-baseline", 14, "到2024年底", "2024 goal (外网三级全覆盖, 宁政通普及) — equal to regional tasks 48 and 105 (2024年); no regional/吴忠 2023 goal is restated")
m("deadline-later-than-baseline", 15, "到2025年", "same year as the regional 2025 goal (“34567”体系框架全面成型) and the 吴忠 2025 goal (“1347”体系框架全面成型)")
m("deadline-later-than-baseline", 16, "到2035年", "same year as the regional and 吴忠 2035 goals")
m("deadline-later-than-baseline", 38, "2024年底前", "外网三级全覆盖 by end 2024 — equal to regional task 48 (2024年)")
# task-list deadlines: equal / earlier
m("deadline-later-than-baseline", 58, "2024年6月底前", "row 1 takes up regional task 64 (各地各部门参照自治区做法成立相应组织机构), 完成时限 2025年; earlier")
m("deadline-later-than-baseline", 59, "2024年取得明显成效", "regional task 2 (产业云), 完成时限 2023年启动，2024年取得明显成效; equal")
m("deadline-later-than-baseline", 60, "2024年启动,2025年取得明显成效", "regional task 3 (智慧园区), 完成时限 持续推进，2025年取得明显成效; equal (CSV cell quoted for its half-width comma)")
m("deadline-later-than-baseline", 61, "持续推进,2025年取得明显成效", "regional task 6 (服务数字化), 完成时限 持续推进，2025年取得明显成效; equal")
m("deadline-later-than-baseline", 62, "2025年取得明显成效", "regional task 7 (国家智慧教育平台), 完成时限 2023年形成试点经验，2025年取得明显成效; same completing milestone")
m("deadline-later-than-baseline", 64, "2024年12月底前", "row 6 (lines 63–64, a quoted cell with a line break) takes up regional task 8 (互联网+医疗健康), 完成时限 持续推进，2025年取得明显成效; earlier")
m("deadline-later-than-baseline", 65, "2025年", "regional task 10 (数字乡村), 完成时限 持续推进，2025年取得明显成效; equal")
m("deadline-later-than-baseline", 66, "2025年", "regional task 9 (智慧城市/城运平台), 完成时限 持续推进，2025年取得明显成效; equal")
m("deadline-later-than-baseline", 67, "2023年形成机制,长期坚持", "regional task 18, 完成时限 2023年形成机制，长期坚持, copied word for word; equal")
m("deadline-invalid", 67, "2023年形成机制,长期坚持", "a copied regional deadline that lies before the plan's year (2024), with an ongoing flag; not an impossible date")
m("deadline-later-than-baseline", 68, "2024年", "regional task 21 (行政权力事项网上运行), 完成时限 2024年; equal")
m("deadline-later-than-baseline", 69, "2024年9月底前", "regional task 23 (一体化数字资源管理系统/“一本账”), 完成时限 2024年; earlier")
m("deadline-later-than-baseline", 70, "2025年取得明显成效", "regional task 28 (试点示范), 完成时限 2023年启动，2025年取得明显成效; equal")
m("deadline-later-than-baseline", 73, "2024年10月底前", "row 13 (lines 71–73) takes up regional tasks 33 and 34 (基础库/主题库), 完成时限 2024年; earlier")
m("deadline-later-than-baseline", 74, "2024年", "regional task 42 (公共数据与政务数据融合应用), 完成时限 2024年; equal")
m("deadline-later-than-baseline", 75, "2024 年", "regional task 41 (公共数据开放目录), 完成时限 2024年; equal, written with a space")
m("deadline-later-than-baseline", 76, "2024年11月底前", "regional task 47 (电子政务外网升级改造), 完成时限 2024年; earlier")
m("deadline-later-than-baseline", 78, "2024年12月底前", "regional task 50 (非涉密业务专网整合迁移), 完成时限 2024年; equal")
m("deadline-later-than-baseline", 79, "2024年", "regional task 53 (电子印章/电子营业执照), 完成时限 2024年; equal")
m("deadline-later-than-baseline", 80, "2024年", "regional task 55 (公共支付/电子票据), 完成时限 2024年; equal")
m("deadline-later-than-baseline", 81, "2024年", "regional task 56 (非税收入收缴电子化), 完成时限 2025年; earlier")
m("deadline-later-than-baseline", 82, "2024年", "regional task 54 (电子文件归档, 无纸化办公), 完成时限 2024年 (also task 40, 2024年); equal")
m("deadline-later-than-baseline", 84, "2024年", "regional task 66 (经济运行大数据平台), 完成时限 2025年; earlier (task 65 is 2024年: equal)")
m("deadline-later-than-baseline", 85, "2024年", "regional task 70 (双随机、一公开, 信用风险分类), 完成时限 2024年; equal")
m("deadline-later-than-baseline", 91, "2024年", "regional task 79 (雪亮工程), 完成时限 2024年; equal")
m("deadline-later-than-baseline", 94, "2025年", "row 33 (lines 93–94) takes up regional task 83 (互联网+基层治理), 完成时限 2025年; equal")
m("deadline-later-than-baseline", 96, "2024年10月底前", "regional task 86 (我的宁夏 APP), 完成时限 2024年; earlier")
m("deadline-later-than-baseline", 98, "2025年6月底前", "row 36 (lines 97–98) takes up regional task 87 (12345 一呼即应, 接诉即办), 完成时限 2023年启动，2025年完成; earlier month of the same year")
m("deadline-later-than-baseline", 102, "2025年", "regional task 96 (互联网+城乡供水), 完成时限 2025年; equal")
m("deadline-later-than-baseline", 106, "2024年", "regional task 95 (2025年) / 94 (2024年) (生态环境数据); earlier or equal")
m("deadline-later-than-baseline", 107, "2025年", "regional task 102 (绿色低碳转型), 完成时限 2025年; equal")
m("deadline-later-than-baseline", 111, "2025年", "regional task 106 (填表报数系统), 完成时限 2025年; equal")
m("deadline-later-than-baseline", 112, "2025年", "regional task 107 (视频会议平台), 完成时限 2025年; equal")
m("deadline-later-than-baseline", 113, "2025年", "regional task 111 (机关事务系统整合), 完成时限 2025年; equal")
m("deadline-later-than-baseline", 117, "长期坚持", "regional task 116 (一把手工程), 完成时限 2023年完成并长期坚持; ongoing, no later milestone")
m("deadline-later-than-baseline", 118, "长期坚持", "regional task 118 (干部培训), 完成时限 2023年完成并长期坚持; ongoing")
m("deadline-later-than-baseline", 120, "长期坚持", "regional task 121, 完成时限 长期坚持; equal")
m("deadline-later-than-baseline", 121, "长期坚持", "regional task 124 (督促检查、容错和奖惩机制), 完成时限 2023年形成机制，长期坚持; ongoing")
# units
m("unknown-unit", 58, "区委编办", "in units.txt; the 配合 cell is quoted because of a half-width comma: 区委编办,区大数据中心")
m("unknown-unit", 58, "区大数据中心", "registered short name of 区大数据管理服务中心")
m("unknown-unit", 61, "各乡镇（街道）", "collective subject")
m("unknown-unit", 65, "各乡镇人民政府", "collective subject")
m("unknown-unit", 67, "区直各部门（单位）", "collective subject")
m("unknown-unit", 68, "区直有关部门", "collective subject (区直 = county-level directly subordinate departments)")
m("unknown-unit", 94, "各村（社区）", "collective subject")
m("unknown-unit", 117, "区直各部门（单位）、各乡镇人民政府", "collective subjects as lead of a task all units carry out (regional task 116 is likewise 各部门 and 各市、县（区）负责)")
m("unknown-unit", 69, "自治区政府办公厅", "named inside the task text (配合自治区政府办公厅建设…) as the regional builder of the system, not as a responsible unit of the row; lead is 区大数据中心")
m("unknown-unit", 76, "市大数据管理服务局", "吴忠 city unit, listed in units.txt under 上级对口单位, as 配合")
m("unknown-unit", 79, "红寺堡区税务局", "registered short name of 国家税务总局吴忠市红寺堡区税务局")
m("unknown-unit", 60, "吴忠市生态环境局红寺堡分局", "canonical name in units.txt (a city bureau's branch)")
m("unknown-unit", 91, "区公安分局", "registered short name of 吴忠市公安局红寺堡区分局; second co-lead")
m("unknown-unit", 92, "区消防救援大队", "registered short name of 红寺堡区消防救援大队")
m("unknown-unit", 99, "工信商务局", "prefix 区 distributes over 区发改局、工信商务局、财政局 → 区工信商务局, 区财政局")
m("unknown-unit", 118, "区委党校", "registered short name of 中共红寺堡区委党校")
m("unknown-unit", 73, "区市场监管局", "continuation line of a quoted 配合单位 cell that holds a line break (lines 72–73)")
m("unknown-unit", 63, "区人民医院", "institutions named inside the task text (区人民医院, 各乡镇卫生院), not responsible units")
m("unknown-unit", 24, "区政府办公室", "body text; registered alias of 区人民政府办公室")
m("unknown-unit", 83, "区发改局", "registered short name of 区发展和改革局")
# text
m("garbled-text", 60, "\"\"智慧园区\"\"", "CSV escaping of ASCII double quotes inside a quoted cell, not damage")
m("garbled-text", 85, "\"\"双随机、一公开\"\"", "CSV escaping of ASCII double quotes inside a quoted cell, not damage")
m("garbled-text", 76, "IPv6", "ordinary technical term")
m("garbled-text", 9, "“1244+N”", "title of a real plan")
# pillars
m("missing-pillar", 0, None, "党的领导 is taken up in section 三 (lines 47–52: 组织领导, 资金保障, 数字素养, 考核评价) and rows 55–59", pillar="党的领导")
m("missing-pillar", 0, None, "the work system is folded into 一套体系 (lines 23–26: 健全组织机构, 厘清层级职责 with 六级贯通, 完善工作机制), as in the 吴忠 plan", pillar="五个一")
m("missing-pillar", 0, None, "六级贯通 named on line 25", pillar="六级贯通")
m("missing-pillar", 0, None, "数字生态 on lines 32–33", pillar="数字生态")
m("missing-pillar", 0, None, "财政投入 is 资金保障 on line 49", pillar="财政投入")

C = []
def c(task, line, text=None):
    if text: ln(line, text)
    C.append({"task": task, "line": line})
c(64, 58, "成立区数字政府建设工作专班"); c(2, 59, "产业云"); c(3, 60, "智慧园区"); c(6, 61, "服务数字化")
c(7, 62, "国家智慧教育平台"); c(8, 63, "互联网+医疗健康"); c(10, 65, "数字乡村"); c(9, 66, "城市运行管理服务平台")
c(11, 31, "数字供销"); c(12, 32, "数据要素市场"); c(14, 35, "主体责任、监督责任")
c(18, 67, "动态监控、主动防御"); c(21, 68, "行政权力事项网上运行"); c(23, 69, "一体化数字资源管理系统")
c(24, 36, "会商机制"); c(28, 70, "试点示范"); c(32, 37, "数据管理职责和人员"); c(36, 37, "供需对接机制")
c(33, 71, "基础数据资源库"); c(34, 72, "主题数据库"); c(42, 74, "融合应用"); c(41, 75, "公共数据开放目录")
c(47, 76, "外网升级改造"); c(48, 77, "三级全覆盖"); c(50, 78, "专网"); c(53, 79, "电子印章"); c(55, 80, "电子票据")
c(56, 81, "非税收入"); c(54, 82, "电子文件归档"); c(57, 83, "信用信息公共服务平台"); c(66, 84, "经济运行大数据平台")
c(70, 85, "双随机"); c(71, 86, "追溯监管"); c(73, 87, "消费维权"); c(74, 88, "屏、端、仪"); c(88, 89, "证照分离")
c(77, 90, "矛盾纠纷"); c(79, 91, "雪亮工程"); c(80, 92, "智慧应急"); c(83, 93, "互联网+基层治理")
c(84, 95, "一网通办"); c(86, 96, "我的宁夏"); c(87, 97, "12345"); c(89, 99, "企业专属网页"); c(90, 100, "公共场馆")
c(93, 101, "适老化"); c(96, 102, "城乡供水"); c(97, 103, "一张图"); c(58, 104, "底板底图"); c(98, 105, "智慧林草")
c(95, 106, "大气、水、土壤"); c(102, 107, "污染防治攻坚战"); c(103, 108, "辅助决策"); c(104, 109, "协同办公平台")
c(105, 110, "宁政通"); c(106, 111, "填表报数"); c(107, 112, "视频会议"); c(111, 113, "机关事务"); c(112, 114, "政务公开信息化平台")
c(114, 115, "政务新媒体矩阵"); c(115, 116, "政民互动"); c(116, 117, "一把手"); c(118, 118, "数字化能力培训")
c(117, 119, "人才引进"); c(121, 120, "考核指标体系"); c(124, 121, "容错和奖惩机制")

key = {
  "writer": "blind writer, round 943; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
  "written": "2026-12-08",
  "draft": "draft.txt",
  "also": [],
  "baseline": "ningxia-2023",
  "build": None,
  "parents": ["wuzhong"],
  "units": "units.txt",
  "planYear": 2024,
  "expect": E,
  "mustNotFlag": M,
  "covers": C,
  "notes": ("红寺堡区 2024 实施方案 (红政办发〔2024〕18号, 2024-04-12): a 52-line body (总体要求, 一套体系/三个驱动/四大支撑/七种能力, 党的领导) "
            "followed by the 重点任务清单 pasted as CSV exported from Excel (lines 57–121; header 序号,重点任务,牵头单位,配合单位,完成时限; 59 records). "
            "Cells with a half-width comma, an ASCII double quote (escaped as \"\") or a line break are double-quoted; records 6, 13, 33 and 36 span two or three physical lines "
            "(63–64, 71–73, 93–94, 97–98); a deadline's line is the record's last physical line. Line 56 states that the first-listed lead is the main lead. "
            "units.txt is the 红寺堡区 registry with three 吴忠 city units used as 配合. "
            "No task is deliberately left out; task-uncovered reports are not annotated.")
}
json.dump(key, open('key.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=2)
print(len(E), len(M), len(C))
