# 生成 key.json，并用 draft.txt 逐条核对行号与文字。
import json
L = open("draft.txt", encoding="utf-8").read().split("\n")
if L[-1] == "": L = L[:-1]

def ln(s, start=1):
    hits = [i for i, l in enumerate(L, 1) if s in l and i >= start]
    assert hits, s
    return hits[0]

def row(task_text):
    return ln(task_text, 81)

def chk(line, text):
    assert text in L[line - 1], (line, text)
    return line

expect = [
 {"rule": "basis-mismatch", "line": chk(9, "宁政发〔2022〕17号"), "text": "宁政发〔2022〕17号",
  "why": "《自治区人民政府关于加强数字政府建设的实施意见》is 宁政发〔2023〕17号 (2023-05-16); the year in the 文号 is wrong"},
 {"rule": "garbled-text", "line": ln("鎺ㄥ姩鏀垮姟"), "text": "鎺ㄥ姩鏀垮姟鏁版嵁",
  "why": "UTF-8 bytes read as GBK: re-encoding as GBK and decoding as UTF-8 gives 推动政务数据应归尽归"},
 {"rule": "unknown-unit", "line": row("区经济和信息化局"), "text": "区经济和信息化局",
  "why": "not in units.txt (old name; the registry has 区工业信息化和商务局 = 区工信商务局, used in rows 1, 2, 7, 9, 25); lead of task row 3 (regional task 3)"},
 {"rule": "deadline-invalid", "line": row("2024年6月31日前"), "text": "6月31日",
  "why": "impossible date, June has 30 days; row 16 takes up regional task 41 (公共数据开放目录), 完成时限 2024年"},
 {"rule": "deadline-later-than-baseline", "line": row("2025年底前"), "text": "2025年底",
  "why": "row 20 takes up regional task 48 (城域网升级改造，区市县乡村5级全覆盖), 完成时限 2024 年; the draft's own 2024 goal (line 15) also says 外网全覆盖 by 2024年底"},
 {"rule": "task-uncovered", "line": 0, "task": 114,
  "why": "deliberately left out: 政务新媒体矩阵体系 / 多样化政策解读产品 (自治区各部门及各市、县（区）分别负责, 2024年); the 政务公开 section covers tasks 112, 113, 115 only"},
]

m = []
def nm(rule, line, why, text=None):
    e = {"rule": rule, "line": line}
    if text is not None:
        assert text in L[line - 1], (line, text)
        e["text"] = text
    e["why"] = why
    m.append(e)

# basis / citations
nm("basis-mismatch", 2, "the notice's own 文号 (沙政办发), not a basis document", "沙政办发〔2024〕9号")
nm("basis-mismatch", 9, "correct national 文号 and title", "国发〔2022〕14号")
nm("basis-mismatch", 9, "数字宁夏“1244+N”行动计划实施方案 cited exactly as the 吴忠 seed cites it", "宁政办发〔2023〕11号")
nm("basis-mismatch", 9, "the 中卫 city plan cited by title alone, as city plans often are; no parent plan is given for this case", "中卫市人民政府《关于加强数字政府建设的实施方案》")
nm("basis-mismatch", 10, "retrospective mention of the 2020 工作要点 in the background, with its correct title and 文号; not cited as a basis", "宁政办发〔2020〕14号")
# past dates / own dates
nm("deadline-invalid", 6, "the notice's issue date", "2024年3月22日")
nm("deadline-invalid", 10, "past dates in the background (2020 document, 2023 achievements), not deadlines", "2023年")
nm("deadline-later-than-baseline", 15, "2024 goals: 外网全覆盖 = task 48 (2024 年), 公共数据开放目录 = task 41 (2024年); equal, and no regional 2023 goal is restated", "到2024年底")
nm("deadline-later-than-baseline", 16, "equal to the regional 2025 goal (“34567”体系框架全面成型, 到2025年)", "到2025年")
nm("deadline-later-than-baseline", 17, "equal to the regional 2035 goal", "到2035年")
nm("deadline-invalid", 28, "the office's own monthly/quarterly reporting dates, not task deadlines", "每月25日前")
nm("deadline-invalid", 77, "the office's own annual reporting date, not a task deadline", "每年12月10日前")
nm("deadline-invalid", 80, "the year in the task list's title (the plan year), not a deadline", "2024年重点任务清单")
nm("deadline-invalid", 128, "the office's own reporting dates in the table note", "每月20日前")
# leaders' posts (督办领导) — posts, not units
nm("unknown-unit", 26, "leaders' posts (组长/常务副组长), not responsible units", "区委常委、常务副区长")
nm("unknown-unit", row("区委常委、常务副区长"), "督办领导 column: a leader's post, not a unit", "区委常委、常务副区长")
nm("unknown-unit", row("区委常委、副区长"), "督办领导 column: a leader's post, not a unit", "区委常委、副区长")
nm("unknown-unit", row("\t副区长\t"), "督办领导 column: a leader's post, not a unit", "副区长")
nm("unknown-unit", row("区委常委、宣传部部长"), "督办领导 column: a leader's post (not the unit 区委宣传部), not a unit", "区委常委、宣传部部长")
nm("unknown-unit", row("区委常委、区委办公室主任"), "督办领导 column: a leader's post (the 区委办公室 inside it is a registry unit anyway)", "区委常委、区委办公室主任")
nm("unknown-unit", row("区委常委、政法委书记"), "督办领导 column: a leader's post, not a unit", "区委常委、政法委书记")
nm("unknown-unit", row("区委常委、组织部部长"), "督办领导 column: a leader's post, not a unit", "区委常委、组织部部长")
nm("unknown-unit", row("副区长、沙坡头公安分局局长"), "督办领导 column: a leader's post; 沙坡头公安分局 inside it is a registry alias", "副区长、沙坡头公安分局局长")
nm("unknown-unit", row("区委副书记、区长"), "督办领导 column: a leader's post, not a unit", "区委副书记、区长")
# frequencies (调度频次) — not deadlines
nm("deadline-invalid", row("每季度调度"), "调度频次 column: a frequency, not a deadline", "每季度调度")
nm("deadline-invalid", row("每半年调度"), "调度频次 column: a frequency, not a deadline", "每半年调度")
nm("deadline-invalid", row("\t每月调度"), "调度频次 column: a frequency, not a deadline", "每月调度")
nm("deadline-invalid", row("\t每季度通报"), "调度频次 column: a frequency, not a deadline", "每季度通报")
nm("deadline-invalid", row("每月调度、每季度通报"), "调度频次 column: two frequencies, not a deadline", "每月调度、每季度通报")
# deadlines equal or earlier
nm("deadline-later-than-baseline", row("2024年取得明显成效"), "task 2: 2023 年启动，2024 年取得明显成效; equal", "2024年取得明显成效")
nm("deadline-later-than-baseline", row("2024年底前实现中小学应用全覆盖"), "task 7: 2023年形成试点经验，2025年取得明显成效; the completing milestone 2025 is equal (the 2024 milestone is a different, intermediate step)", "2025年取得明显成效")
nm("deadline-later-than-baseline", row("区域医共体信息互联互通和健康医疗数据应用"), "task 8: 持续推进，2025年取得明显成效; 2024年底 is earlier", "2024年底")
nm("deadline-later-than-baseline", row("\t2025年取得明显成效\t"), "task 11: 2023年完成主要建设任务，2025年取得明显成效; equal", "2025年取得明显成效")
nm("deadline-invalid", row("2023年形成机制，长期坚持"), "task 18's deadline copied verbatim (2023年形成机制，长期坚持): a copied regional deadline before the plan's year, ongoing", "2023年形成机制，长期坚持")
nm("deadline-later-than-baseline", row("打通融合，实现审管协同"), "task 22: 2025年; 2024年底 is earlier", "2024年底")
nm("deadline-later-than-baseline", row("2024年9月底前"), "task 23 (数字政府领域重大项目、关键应用“一本账”): 2024年; equal year (not task 30's 政务数据“一本账”)", "2024年9月底前")
nm("deadline-later-than-baseline", row("2024年11月底前"), "task 46 (政务云资源调度、系统迁移): 2024 年; earlier month of the same year", "2024年11月底前")
nm("deadline-later-than-baseline", row("2024年6月底前"), "task 64 (成立相应组织机构): 2025年; earlier", "2024年6月底前")
nm("deadline-later-than-baseline", row("2024年10月底前"), "task 86 (“我的宁夏”应上尽上): 2024年; earlier month of the same year", "2024年10月底前")
nm("deadline-later-than-baseline", row("\t长期坚持\t"), "task 121: 长期坚持; equal", "长期坚持")
# collectives and aliases
nm("unknown-unit", 3, "collective subjects", "区直各部门（单位）")
nm("unknown-unit", row("各中小学校"), "collective subject (各…)", "各中小学校")
nm("unknown-unit", row("区直有关部门"), "collective subject", "区直有关部门")
nm("unknown-unit", row("各村（社区）"), "collective subject", "各村（社区）")
nm("unknown-unit", row("\t区教体局\t"), "registry short name of 区教育体育局", "区教体局")
nm("unknown-unit", row("\t区供销社\t"), "registry short name of 区供销合作社", "区供销社")
nm("unknown-unit", row("\t区发改局\t"), "registry short name of 区发展改革局", "区发改局")
nm("unknown-unit", row("沙坡头生态环境分局"), "registry short name of 中卫市生态环境局沙坡头区分局", "沙坡头生态环境分局")
nm("unknown-unit", row("\t沙坡头公安分局\t"), "registry short name of 中卫市公安局沙坡头区分局 (lead of row 28)", "沙坡头公安分局")
nm("unknown-unit", 33, "the parent city, named in the baseline itself (task 1: 银川市、中卫市配合); the district cooperates with it, it is not a local lead", "中卫市")
nm("unknown-unit", 9, "part of the citation of the city plan (the issuing government), not a responsible unit of this plan", "中卫市人民政府")
nm("unknown-unit", 76, "a training platform the draft relies on, not a responsible unit", "宁夏干部教育培训网络学院")
nm("garbled-text", 62, "a middle dot in a brand name (沙坡头·易办), not encoding damage", "沙坡头·易办")

covers_rows = {1:"中卫数据中心集群项目落地", 2:"硒砂瓜、枸杞、苹果等特色产业，依托产业云", 3:"“智慧园区”建设，提升园区", 6:"养老托育、交通出行等公共服务数字化", 7:"深入推广国家智慧教育平台，推进中小学", 8:"区域医共体信息互联互通和健康医疗", 10:"在镇罗镇、宣和镇开展数字乡村试点。\t", 11:"“数字供销”示范区建设，推动", 12:"参与数据要素流通交易", 18:"2023年形成机制", 21:"行政许可管理信息系统", 22:"打通融合，实现审管协同", 23:"2024年9月底前", 28:"每年选择1至2个乡镇或部门", 34:"基础库和政务服务、社会保障等主题库", 41:"2024年6月31日前", 42:"供水、供电、供气、公共交通等公共数据与政务数据融合应用。\t", 40:"规范电子公文全流程标准化管理", 46:"2024年11月底前", 48:"2025年底前", 49:"“视频一张网”", 56:"非税收入收缴电子化全覆盖", 57:"信用信息归集共享和信用查询", 64:"2024年6月底前", 66:"重点项目运行监测台账，强化经济监测预警", 71:"全链条数字化追溯监管。\t", 77:"推广使用全区矛盾纠纷多元化解信息系统", 79:"“雪亮工程”向乡村延伸", 80:"森林草原防灭火等风险监测预警和闭环管控。\t", 83:"网格化服务管理。\t", 84:"“沙坡头·易办”品牌", 86:"2024年10月底前", 88:"“一业一证”等照后减证", 93:"适老化与信息无障碍建设。\t", 96:"巩固“互联网+城乡供水”示范成果", 98:"“智慧林草”云平台", 102:"污染防治数字化管理", 105:"协同办公平台和“宁政通”，推动公文流转", 106:"填表报数系统，压减", 111:"办公用房信息数据。\t", 112:"构建以网上发布为主、其他渠道发布为辅的政务公开发布格局。\t", 115:"以12345政务服务便民热线为枢纽", 120:"人才交流机制。\t", 121:"\t长期坚持\t"}
covers = []
for t, s in covers_rows.items():
    covers.append({"task": t, "line": row(s)})
body_covers = {5:"以网管网", 9:"配合中卫市推进智慧城市建设", 13:"落实公平竞争审查制度", 14:"主体责任、监督责任", 15:"重大事件处置机制", 17:"数据分类分级保护、风险评估、检测认证", 24:"联合验收等项目管理模式", 25:"一律不安排建设及运维经费", 32:"数据管理机构、职责和数据专员", 36:"供需对接和异议处理机制", 50:"非涉密业务专网向电子政务外网整合迁移", 51:"统一身份认证", 53:"电子印章", 54:"电子文件归档和电子档案管理", 55:"公共支付", 58:"“底板底图”", 65:"经济治理基础数据库", 68:"推行“照单监管”", 70:"企业信用风险分类管理", 73:"消费维权“一件事”改革", 74:"远程监管、移动监管、预警监管、实时监管", 85:"“免证办”", 87:"持续优化12345政务服务便民热线", 89:"企业专属网页和惠企政策专栏", 94:"黄河流域宁夏生态环境数据资源中心", 97:"宁夏自然资源三维立体“一张图”", 100:"用水权、土地权、排污权、山林权市场交易", 101:"碳排放监测核算", 104:"协同办公平台和“宁政通”", 107:"非涉密视频会议系统资源", 108:"公共资源交易、行政执法全流程数字化监督", 109:"“互联网+督查”", 113:"政策“一库通查”", 116:"“一把手工程”", 117:"加大数字化专业人才引进力度", 118:"数字政府专题培训班", 122:"纳入区级效能目标管理考核", 123:"领导班子和领导干部综合考核评价", 124:"建立容错和奖惩机制"}
for t, s in body_covers.items():
    covers.append({"task": t, "line": ln(s)})
covers.sort(key=lambda c: (c["task"], c["line"]))

key = {
 "writer": "blind writer, round 711; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
 "written": "2026-12-07",
 "draft": "draft.txt",
 "also": [],
 "baseline": "ningxia-2023",
 "build": None,
 "parents": [],
 "units": "units.txt",
 "planYear": 2024,
 "expect": expect,
 "mustNotFlag": m,
 "covers": covers,
 "notes": "沙坡头区 (中卫市) 2024 实施方案 issued 2024-03-22 by the district government office, checked against ningxia-2023 only (no parent plan). The 附件 task table (lines 81-125, tab-separated, header at line 81) has seven columns: 序号, 重点任务, 牵头单位, 配合单位, 完成时限, 督办领导 (district leaders by post, not units) and 调度频次 (每月调度 / 每季度调度 / 每季度通报 / 每半年调度: frequencies, not deadlines). Table rows are not in regional task order (row 18 = task 40 comes after task 42). Line 126 states that the first-listed lead is the main lead. build_draft.py regenerates draft.txt; make_key.py regenerates this key and checks every line and text against draft.txt."
}
json.dump(key, open("key.json", "w", encoding="utf-8"), ensure_ascii=False, indent=1)
print(len(expect), len(m), len(covers))
