# helper: writes key.json; every line number is looked up in the final draft.txt and checked
import json
D = open("draft.txt", encoding="utf-8").read().split("\n")
if D[-1] == "": D = D[:-1]
def L(sub, text=None):
    hits = [i + 1 for i, l in enumerate(D) if sub in l]
    assert len(hits) == 1, (sub, hits)
    if text is not None:
        assert text in D[hits[0] - 1], (sub, text)
    return hits[0]
def row(n):  # table row n (序号)
    hits = [i + 1 for i, l in enumerate(D) if l.count("\t") == 5 and l.split("\t")[1] == str(n)]
    assert len(hits) == 1, n
    return hits[0]
def rowt(n, text):
    ln = row(n); assert text in D[ln - 1], (n, text); return ln

expect = [
 {"rule": "basis-mismatch", "line": L("（宁政办发〔2023〕17号）"), "text": "宁政办发〔2023〕17号",
  "why": "《自治区人民政府关于加强数字政府建设的实施意见》 is 宁政发〔2023〕17号 (gazette 2023年第10期); 宁政办发 is the General Office's series (cf. the correct 宁政办发〔2023〕11号 and 宁政办发〔2020〕14号 nearby)"},
 {"rule": "deadline-later-than-baseline", "line": L("7.推进适老化和无障碍改造", "2025年底"), "text": "2025年底",
  "why": "sentence takes up task 93 (政府网站、政务移动端、公共服务场所适老化与信息无障碍建设), 完成时限 2024年"},
 {"rule": "deadline-later-than-baseline", "line": rowt(46, "宁政通"), "text": "2025年",
  "why": "row 46 takes up task 105 (“宁政通”移动办公“总门户”覆盖区市县乡村五级), 完成时限 2024年; the next row (task 106) is legitimately 2025年"},
 {"rule": "unknown-unit", "line": rowt(23, "区数据局"), "text": "区数据局",
  "why": "not in units.txt; the district's data body is 区大数据服务中心 (= 区大数据中心), and there is no 区数据局"},
 {"rule": "garbled-text", "line": rowt(18, "铻嶅悎搴旂敤"), "text": "铻嶅悎搴旂敤",
  "why": "UTF-8 bytes of 融合应用 read as GBK (re-encode as GBK, decode as UTF-8)"},
]

M = []
def m(rule, line, why, text=None, **kw):
    e = {"rule": rule, "line": line}
    if text is not None:
        assert line == 0 or text in D[line - 1], (line, text)
        e["text"] = text
    e.update(kw); e["why"] = why; M.append(e)

B, DL, DI, U, G, P = "basis-mismatch", "deadline-later-than-baseline", "deadline-invalid", "unknown-unit", "garbled-text", "missing-pillar"
# basis
m(B, L("原政发〔2024〕16号"), "the draft's own 文号 in its 红头, not a cited basis document", "原政发〔2024〕16号")
m(B, L("（国发〔2022〕14号）"), "correct title and 文号 of the national 指导意见", "国发〔2022〕14号")
m(B, L("（宁政办发〔2023〕11号）"), "a real regional document, cited with the same title and 文号 as in the 吴忠 plan (seed)", "宁政办发〔2023〕11号")
m(B, L("固原市人民政府《关于加强数字政府建设的实施方案》"), "the city plan cited by title alone, as DOMAIN says city plans often are; no parent plan is given for this case", "固原市人民政府《关于加强数字政府建设的实施方案》")
m(B, L("（宁政办发〔2020〕14号）印发以来"), "retrospective mention of the 2020 工作要点 in 工作基础, not cited as a basis; title and 文号 match", "宁政办发〔2020〕14号")
# dates that are not deadlines
m(DI, L("2024年第6次常务会议"), "date of the district government meeting, not a deadline", "2024年")
m(DI, L("2024年4月12日"), "issue date of the document", "2024年4月12日")
m(DI, L("2021年，区政务服务大厅"), "past dates (2021, 2022) in the 工作基础 background", "2021年")
m(DI, L("2023年，我区按自治区要求完成"), "past date in the background: the 家底 clearance the region set for 到2023年底 was done in 2023", "2023年")
m(DI, L("各牵头单位于2024年5月10日前"), "the office's own reporting dates (task breakdown, quarterly and annual reports), not task deadlines", "2024年5月10日")
m(DL, L("各牵头单位于2024年5月10日前"), "reporting dates of the office, not a task deadline; no regional task is due by them", "12月15日")
m(DI, L("有效期至2025年12月31日"), "validity period of the plan, not a task deadline", "2025年12月31日")
m(DI, L("附件：原州区数字政府建设重点任务清单（2024—2025年）"), "period of the task list in its title", "2024—2025年")
# goals
m(DL, L("到2024年底，区级数字政府工作体系基本建立"), "2024 goals: 外网区乡村全覆盖 = task 48 (2024年); 系统迁移至政务信创云 = tasks 46 (2024年) and 43 (2024年建成，持续推进); 专网整合迁移 = task 50 (2024年); 工作体系 is task 64 (2025年), earlier; the region's 到2023年底 “五个一” goal concerns 自治区本级 only", "2024年底")
m(DL, L("到2025年，自治区“34567”"), "equal to the region's goal 到2025年 “34567”体系框架全面成型", "2025年")
m(DL, L("到2035年，与政府治理能力"), "equal to the region's 2035 goal", "2035年")
# body deadlines
m(DL, L("2024年底前建成原州区社会治理综合指挥中心"), "task 83 (互联网+基层治理, 新型基层管理服务平台) 完成时限 2025年; 2024 is earlier", "2024年底前")
m(DL, L("到2025年基层干部填表报数工作量压减50%以上"), "task 106 (填表报数系统, 压减50%以上) 完成时限 2025年; equal", "2025年")
# table deadlines
m(DL, rowt(1, "产业云"), "task 2 完成时限 2023年启动，2024年取得明显成效; completing milestone equal", "2024年12月底前取得明显成效")
m(DL, rowt(2, "智慧园区"), "task 3 完成时限 持续推进，2025年取得明显成效; earlier", "2025年6月底前")
m(DL, rowt(3, "以算法对算法"), "task 5 完成时限 持续推进，2025年取得明显成效; copied, equal", "2025年")
m(DL, rowt(4, "养老托育"), "task 6 完成时限 持续推进，2025年取得明显成效; equal", "2025年")
m(DL, rowt(5, "智慧教育平台"), "task 7 完成时限 2023年形成试点经验，2025年取得明显成效; completing milestone 2025 equal, intermediate 2024 milestone is local", "2024年底前实现全覆盖，2025年取得明显成效")
m(DL, rowt(6, "远程会诊"), "task 8 完成时限 持续推进，2025年取得明显成效; equal", "2025年")
m(DL, rowt(7, "智慧原州"), "task 9 完成时限 持续推进，2025年取得明显成效; completing milestone 2025 equal", "2024年启动，2025年建成投用")
m(DL, rowt(8, "农业农村大数据"), "task 10 完成时限 持续推进，2025年取得明显成效; equal", "2025年")
m(DL, rowt(9, "供销社"), "task 11 完成时限 2023年完成主要建设任务，2025年取得明显成效; completing milestone 2025 equal", "2025年")
m(DL, rowt(10, "数据要素市场"), "task 12 完成时限 2025年; equal", "2025年")
m(DI, rowt(11, "应急演练"), "task 18 完成时限 2023年形成机制，长期坚持, copied verbatim: a copied regional deadline that lies before the plan's year (KEY-FORMAT near miss), ongoing", "2023年形成机制，长期坚持")
m(DL, rowt(11, "应急演练"), "task 18 完成时限 2023年形成机制，长期坚持; identical", "2023年形成机制，长期坚持")
m(DL, rowt(12, "职能空白"), "task 20 完成时限 2024年; equal (month within the year)", "2024年10月底前")
m(DL, rowt(13, "审管联动"), "task 22 完成时限 2025年; earlier", "2024年12月底前")
m(DL, rowt(14, "一本账"), "task 23 完成时限 2024年; equal", "2024年9月底前")
m(DL, rowt(15, "试点领域"), "task 28 完成时限 2023年启动，2025年取得明显成效; the completing milestone 2025 is equal (the local start year is later but is not the milestone that completes the task)", "2024年启动，2025年取得明显成效")
m(DL, rowt(16, "基础库"), "tasks 33 and 34 完成时限 2024年; equal", "2024年12月底前")
m(DL, rowt(17, "电子公文"), "tasks 40 and 54 完成时限 2024年; equal", "2024年")
m(DL, rowt(19, "政务信创云"), "task 46 完成时限 2024年, task 43 2024年建成，持续推进; equal", "2024年11月底前")
m(DL, rowt(20, "城域网"), "task 48 完成时限 2024年; equal", "2024年12月底前")
m(DL, rowt(21, "业务专网"), "task 50 完成时限 2024年; equal", "2024年")
m(DL, rowt(22, "视频共享平台"), "task 49 完成时限 2025年; earlier", "2024年12月底前")
m(DL, rowt(23, "电子印章"), "tasks 52 (2025年) and 53 (2024年); 2024 is not later than either", "2024年")
m(DL, rowt(24, "非税收入"), "task 56 完成时限 2025年; earlier", "2025年6月底前")
m(DL, rowt(26, "领导小组"), "task 64 完成时限 2025年; earlier", "2024年6月底前")
m(DL, rowt(27, "三维一体"), "task 66 完成时限 2025年; equal (not task 65, 经济治理基础数据库, which is not in this row)", "2025年")
m(DL, rowt(34, "社会治理综合指挥中心"), "task 83 完成时限 2025年; earlier", "2024年12月底前")
m(DL, rowt(37, "工单承办"), "task 87 (12345热线“一呼即应”, 接诉即办) 完成时限 2023年启动，2025年完成; equal. Not task 115 (政民互动平台, 2024年), which is row 53", "2025年")
m(DL, rowt(41, "城乡供水"), "task 96 完成时限 2025年; equal", "2025年")
m(DL, rowt(43, "土壤"), "task 95 完成时限 2025年; equal (the 数据资源中心 task 94 is not in this row)", "2025年")
m(DL, rowt(44, "碳排放"), "task 101 完成时限 2025年; equal", "2025年")
m(DL, rowt(47, "填表报数"), "task 106 完成时限 2025年; equal", "2025年")
m(DL, rowt(48, "视频会议"), "task 107 完成时限 2025年; equal", "2025年")
m(DL, rowt(50, "办公用房"), "task 111 完成时限 2025年; equal", "2025年")
m(DL, rowt(55, "以奖代补"), "task 121 完成时限 长期坚持; identical", "长期坚持")
# units
m(U, L("各乡（镇）人民政府、街道办事处，区直各部门（单位）："), "collective subjects (各乡（镇）人民政府、街道办事处; 区直各部门（单位）)", "各乡（镇）人民政府、街道办事处")
m(U, rowt(4, "按职责分别负责"), "prefix 区 distributes: 区教体局, 区卫健局, 区人社局, 区文旅局, 区民政局, all official short names in units.txt", "区教体局、卫健局、人社局、文旅局、民政局")
m(U, rowt(16, "自然资源分局"), "prefix distributes: 区市场监管局, 区自然资源分局, 区卫健局, 区医保局, 区应急局, all in units.txt", "区人社局、市场监管局、自然资源分局、卫健局、医保局、应急局")
m(U, rowt(22, "原州公安分局"), "原州公安分局 is a listed short name; 区 from 区城管局 distributes to 区应急局, 区交通运输局, 区水务局", "原州公安分局、区城管局、应急局、交通运输局、水务局")
m(U, rowt(2, "生态环境分局"), "区发改局 and the distributed 区应急局, 区生态环境分局 are listed short names", "区发改局、应急局、生态环境分局")
m(U, rowt(30, "承担监管职责"), "collective subject", "承担监管职责的区直有关部门（单位）")
m(U, rowt(31, "固原市公安局原州分局"), "a registry name carrying the city prefix; must not be split into 固原市公安局 + 原州分局", "固原市公安局原州分局")
m(U, rowt(32, "区公安分局"), "区公安分局 is a listed short name of 固原市公安局原州分局", "区公安分局")
m(U, rowt(33, "消防救援大队"), "原州区消防救援大队 is in units.txt; 区 distributes to 区水务局, 区林草局", "原州区消防救援大队")
m(U, rowt(42, "分别负责"), "two listed short names with 分别负责", "区自然资源分局、区林草局")
m(U, rowt(17, "区委办公室"), "区委办公室 and 区档案馆 are in units.txt (archives sit with the 区委办公室 at district level)", "区委办公室")
m(U, rowt(52, "区委宣传部"), "区委宣传部, 区融媒体中心 in units.txt; 区直各部门（单位） collective", "区融媒体中心")
m(U, L("借助数字宁夏建设运营有限公司"), "regional company and expert committee (both named in the regional 实施意见) mentioned as partners, not as responsible units or leads of a local task", "数字宁夏建设运营有限公司")
m(U, L("推动区图书馆、文化馆"), "venues whose services are digitised, not responsible units", "区图书馆")
m(U, rowt(34, "社会治理综合指挥中心"), "a facility to be built, named in the task text, not in a unit column", "原州区社会治理综合指挥中心")
m(U, L("配合固原市推进城市运行"), "the city tier 固原市, not a responsible unit of a local task", "固原市")
m(U, L("将本单位任务分解表报区数字政府建设领导小组办公室"), "区数字政府建设领导小组办公室 is in units.txt", "区数字政府建设领导小组办公室")
m(U, L("（一）加强组织领导。区委、区政府"), "区委 and 区政府 are listed short names of the district Party committee and government", "区委、区政府")
m(U, L("1.培育数据要素市场主体"), "upper levels named as a whole (自治区、固原市) in a 配合 phrase, not as a lead", "自治区、固原市")
# garbled look-alikes
m(G, L("推进城域网升级改造和IPv6改造"), "Latin abbreviation IPv6, not damage", "IPv6")
m(G, L("（CIM）"), "Latin abbreviation CIM (城市信息模型), not damage", "CIM")
m(G, L("（宁政办发〔2023〕11号）"), "“1244+N” is the real name of the action plan", "1244+N")
m(G, L("1.打造“原事好办”服务品牌"), "local service brand 原事好办, unusual but intact text", "原事好办")
# pillars
m(P, 0, "数字生态 is taken up under 二（三） 营造良好数字生态 (lines 42–45)", pillar="数字生态")
m(P, 0, "the 五个一/六级贯通 work system is taken up under the renamed heading 四、健全“一套体系” (健全组织机构, 厘清层级职责, 完善工作机制)", pillar="五个一")
m(P, 0, "六级贯通 is taken up in 四（二） 厘清层级职责", pillar="六级贯通")
m(P, 0, "财政投入 is taken up in 六（二） 加大财政投入", pillar="财政投入")
m(P, 0, "数字素养 is taken up in 六（三） 提升数字素养", pillar="数字素养")

C = {2:"1.推动特色产业上云用数",3:"2.提升园区数字化服务水平",5:"3.完善数字经济治理方式",6:"1.推进公共服务数字化",
     7:"2.深化智慧教育应用",8:"3.发展“互联网+医疗健康”",9:"4.配合推进智慧城市建设",10:"5.加快数字乡村建设",
     11:"6.推进“数字供销”建设",12:"1.培育数据要素市场主体",14:"1.压实安全责任",15:"1.压实安全责任",17:"2.落实安全制度",
     18:"3.提升防护能力",20:"1.理顺数字化职责",21:"2.推动权力事项网上运行",22:"2.推动权力事项网上运行",23:"3.建立数字资源“一本账”",
     24:"4.规范政务信息化项目管理",28:"5.开展试点示范",30:"2.摸清政务数据底数",31:"1.健全数据管理机制",32:"1.健全数据管理机制",
     33:"3.推进数据汇聚对接",34:"3.推进数据汇聚对接",36:"4.深化数据共享应用",40:"6.规范电子公文管理",41:"5.推动数据开放融合",
     42:"5.推动数据开放融合",43:"1.用好政务信创云",46:"1.用好政务信创云",47:"2.完善电子政务外网",48:"2.完善电子政务外网",
     49:"3.整合视频资源",50:"2.完善电子政务外网",51:"4.推广共性应用",52:"4.推广共性应用",53:"4.推广共性应用",
     54:"5.深化电子文件归档",56:"4.推广共性应用",57:"5.深化电子文件归档",58:"5.深化电子文件归档",59:"6.配合平台评估定级",
     64:"（一）健全组织机构。调整充实",65:"1.加强经济数据汇聚",66:"2.强化经济运行监测",67:"3.做好规划政策衔接",
     68:"1.推进精准监管",70:"1.推进精准监管",71:"2.强化追溯监管",72:"3.推进协同监管",73:"3.推进协同监管",74:"4.推进智能监管",
     75:"4.推进智能监管",77:"1.推进矛盾纠纷多元化解",78:"2.提升治安防控能力",79:"2.提升治安防控能力",80:"3.推进“智慧应急”建设",
     81:"4.完善指挥调度体系",83:"5.提高基层治理能力",84:"1.打造“原事好办”服务品牌",85:"2.推行“集成办”“免证办”",
     86:"3.建好“我的宁夏”原州专区",87:"4.提升12345热线服务效能",88:"5.优化涉企服务",89:"5.优化涉企服务",90:"6.拓展民生服务",
     92:"6.拓展民生服务",93:"7.推进适老化和无障碍改造",94:"1.强化生态环境智能感知",95:"1.强化生态环境智能感知",
     96:"2.打造数字治水样板",97:"3.提升自然资源管理数字化水平",98:"3.提升自然资源管理数字化水平",100:"4.助推资源要素市场化改革",
     101:"4.助推资源要素市场化改革",102:"5.推动绿色低碳转型",103:"1.提升辅助决策能力",104:"2.推进机关办公数字化",
     105:"3.用好“宁政通”",106:"4.为基层干部减负",107:"5.统筹视频会议资源",109:"6.强化行政监督",110:"7.提升机关财务和事务管理水平",
     111:"7.提升机关财务和事务管理水平",112:"1.完善政务公开平台",113:"2.建设政策文件库",114:"3.建强政务新媒体矩阵",
     115:"4.畅通政民互动渠道",116:"（一）加强组织领导",25:"（二）加大财政投入",117:"（三）提升数字素养",118:"（三）提升数字素养",
     122:"（四）强化考核评价",123:"（四）强化考核评价",124:"（四）强化考核评价"}
covers = [{"task": t, "line": L(s)} for t, s in sorted(C.items())]
covers.append({"task": 121, "line": rowt(55, "以奖代补")})
covers.sort(key=lambda c: c["task"])

key = {
 "writer": "blind writer, round 731; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
 "written": "2026-12-07",
 "draft": "draft.txt",
 "baseline": "ningxia-2023",
 "build": None,
 "parents": [],
 "units": "units.txt",
 "planYear": 2024,
 "expect": expect,
 "mustNotFlag": M,
 "covers": covers,
 "notes": ("原州区 (固原市) 2024 实施方案, issued 2024-04-12, written in the office's own words with local system names "
           "(“智慧原州”城市运行管理服务平台, “原事好办”, “我的宁夏”原州专区, 原州区社会治理综合指挥中心, 数字资源“一本账”). "
           "No parent plan is supplied, so the 固原 citation cannot be checked against one. Five planted mistakes over four rules; "
           "no task-uncovered entries are expected (task 82, 新冠疫情防控, is left out because it is obsolete in 2024, not as a planted slip). "
           "Table lines are tab-separated: 类别, 序号, 重点任务, 牵头单位, 配合单位, 完成时限; the 说明 line states that the first lead listed is the main lead.")
}
json.dump(key, open("key.json", "w", encoding="utf-8"), ensure_ascii=False, indent=2)
print(len(expect), len(M), len(covers))
