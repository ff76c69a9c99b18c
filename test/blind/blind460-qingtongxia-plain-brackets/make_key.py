# Builds key.json from draft.txt: every line number is found by a substring that must occur on exactly one line.
import json
lines = open('draft.txt', encoding='utf-8').read().split('\n')
if lines and lines[-1] == '':
    lines = lines[:-1]

def ln(sub, text=None):
    hits = [i + 1 for i, l in enumerate(lines) if sub in l]
    assert len(hits) == 1, (sub, hits)
    if text is not None:
        assert text in lines[hits[0] - 1], (text, hits)
    return hits[0]

def e(rule, sub, text, why, **kw):
    d = {"rule": rule, "line": ln(sub, text)}
    if text is not None:
        d["text"] = text
    d.update(kw)
    d["why"] = why
    return d

expect = [
    e("basis-mismatch", "根据《国务院关于加强数字政府建设的指导意见》", "宁政办发〔2023〕17号",
      "《自治区人民政府关于加强数字政府建设的实施意见》 is 宁政发〔2023〕17号; 宁政办发 is an office (办公厅) number, so the 文号 does not belong to the title"),
    e("deadline-later-than-baseline", "开展城域网升级改造", "2025年底",
      "task 48 (开展各级城域网升级改造，推进区市县乡村5级全覆盖；各市、县（区）具体负责) 完成时限 2024年; the draft gives 2025年底前"),
    e("deadline-later-than-baseline", "适老化与信息无障碍建设", "2025年6月底",
      "task 93 (政府网站、政务移动端、公共服务场所适老化与信息无障碍建设；各市、县（区）按照职能分别负责) 完成时限 2024年; 2025年6月 is later"),
    e("deadline-invalid", "2024年21月底前完成", "21月",
      "impossible month (a typing slip for 12月); task 74 (新型监管手段、远程/移动/预警监管) 完成时限 2024年, so the year itself is not late"),
    e("unknown-unit", "第三方平台社会数据与政务数据融合应用", "市大数据管理服务局",
      "not in units.txt: 市大数据管理服务局 is the 吴忠 city bureau's name copied by mistake; 青铜峡's body is 市大数据服务中心 (task 42, 2024年, date equal)"),
    e("unknown-unit", "全面应用全区统一的协同办公平台", "自治区政府办公厅",
      "a regional body named as the lead (牵头) of a local measure in a county-level plan; the local lead should be 市人民政府办公室 (task 104, 2024年; the date 2024年底前 is equal and fine)"),
    e("garbled-text", "编制公共数据开放目录及", "鐩稿叧璐ｄ换娓呭崟",
      "UTF-8 bytes of 相关责任清单 read as GBK (re-encoding as GBK and decoding as UTF-8 gives 相关责任清单); task 41 wording"),
]

m = []
def n(rule, sub, text, why):
    d = {"rule": rule, "line": ln(sub, text)}
    if text is not None:
        d["text"] = text
    d["why"] = why
    m.append(d)

# basis
n("basis-mismatch", "根据《国务院关于加强数字政府建设的指导意见》", "国发〔2022〕14号", "correct title and 文号 of the national 指导意见")
n("basis-mismatch", "根据《国务院关于加强数字政府建设的指导意见》", "宁政办发〔2023〕11号", "《数字宁夏“1244+N”行动计划实施方案》 is cited with this 文号 in the 吴忠 plan (seeds); a real, current regional document, not the 实施意见")
n("basis-mismatch", "近年来，我市认真落实", "宁政办发〔2020〕14号", "retrospective mention in the background of the 2020 工作要点 with its correct title and 文号; not cited as a basis of this plan")
n("basis-mismatch", "青政办发〔2024〕21号", "青政办发〔2024〕21号", "the draft's own 文号 (issuing notice), not a citation")
n("basis-mismatch", "对照自治区实施意见要求", "自治区实施意见", "short reference to the regional 实施意见 without title or 文号")
# past dates / reporting dates
n("deadline-invalid", "近年来，我市认真落实", "2023年底", "past fact in the background (截至2023年底…网上可办率), not a deadline")
n("deadline-invalid", "近年来，我市认真落实", "2021年", "past dates (2021年, 2022年) in the background, not deadlines")
n("deadline-invalid", "于2024年5月31日前明确", "2024年5月31日", "the office's own reporting date (name a 分管领导 and 数据专员), valid and not a task deadline")
n("deadline-invalid", "每年12月10日前报送年度工作总结", "12月10日", "recurring reporting dates (每季度末月25日前, 每年12月10日前) for progress reports, not task deadlines")
# goals
n("deadline-later-than-baseline", "到2024年底，全市电子政务外网", "2024年底", "2024 goal on 外网升级改造, 迁移上云, 我的宁夏专区: tasks 47, 46, 86 are all 2024年; equal")
n("deadline-later-than-baseline", "到2025年，全市数字政府建设体系框架全面成型", "2025年", "same as the region's 到2025年 goal (体系框架全面成型…履职能力明显提升); equal")
n("deadline-later-than-baseline", "到2035年，与政府治理能力现代化", "2035年", "same as the region's 到2035年 goal; equal")
# deadlines equal / earlier / ongoing
n("deadline-later-than-baseline", "推动产业云与政务云互联互通", "2024年底", "task 2: 2023年启动，2024年取得明显成效; equal")
n("deadline-later-than-baseline", "加快青铜峡工业园区", "2025年", "task 3: 持续推进，2025年取得明显成效; equal")
n("deadline-later-than-baseline", "完善数字经济治理体系", "持续推进", "task 5: 持续推进，2025年取得明显成效; ongoing with no later milestone")
n("deadline-later-than-baseline", "深入推广宁夏智慧教育平台应用", "2025年底", "task 7: 2023年形成试点经验，2025年取得明显成效; equal")
n("deadline-later-than-baseline", "推进城市运行管理服务平台建设", "2025年底", "task 9: 持续推进，2025年取得明显成效; equal")
n("deadline-later-than-baseline", "推进数字乡村建设", "2025年底", "task 10: 持续推进，2025年取得明显成效; equal")
n("deadline-later-than-baseline", "配合推进“数字供销”", "2025年底", "task 11: 2023年完成主要建设任务，2025年取得明显成效; equal")
n("deadline-later-than-baseline", "配合自治区培育数据要素市场", "2025年底", "task 12: 2025年; equal")
n("deadline-later-than-baseline", "每年至少开展1次网络安全应急演练", "长期坚持", "task 18: 2023年形成机制，长期坚持; ongoing, no later milestone")
n("deadline-later-than-baseline", "推动新建政务信息系统基于信创环境", "2024年底", "task 19: 2023年启动，2024年建成; equal")
n("deadline-later-than-baseline", "推动各类行政权力事项网上运行", "2024年底", "task 21: 2024年 (and task 22: 2025年); equal or earlier")
n("deadline-later-than-baseline", "配合建设全区一体化数字资源管理系统", "2024年9月底", "task 23 (数字资源管理系统、“一本账”): 2024年; earlier. Not task 30 (政务数据资源底数), which line 50 takes up without a date")
n("deadline-later-than-baseline", "每年选取1至2个场景", "2025年底", "task 28: 2023年启动，2025年取得明显成效; equal")
n("deadline-later-than-baseline", "配合自治区政务数据平台建设", "2024年底", "tasks 33, 34: 2024年 (task 29: 2025年); equal or earlier")
n("deadline-later-than-baseline", "规范电子公文全流程管理", "2024年底", "task 40: 2024年; equal")
n("deadline-later-than-baseline", "按照全区政务“一朵云”要求", "2024年底", "task 46: 2024年 (task 43: 2024年建成，持续推进); equal")
n("deadline-later-than-baseline", "加快电子政务外网升级改造", "2024年10月底", "task 47: 2024年; earlier")
n("deadline-later-than-baseline", "融入全区“视频一张网”", "2025年底", "task 49: 2025年; equal")
n("deadline-later-than-baseline", "推动各类证照电子化", "2025年底", "task 52 (电子证照社会化高频场景): 2025年; equal")
n("deadline-later-than-baseline", "推进非税收入收缴电子化管理", "2025年底", "task 56: 2025年; equal")
n("deadline-later-than-baseline", "参照自治区做法，健全市数字政府建设领导小组", "2024年6月底", "task 64 (各地参照自治区做法成立组织机构，各市、县（区）负责): 2025年; earlier. Task 60 is the region's own 领导小组 (自治区政府办公厅负责)")
n("deadline-later-than-baseline", "积极对接使用宁夏经济运行大数据平台", "2025年底", "task 66 (经济运行大数据平台、企业画像、产业链): 2025年; equal")
n("deadline-later-than-baseline", "全链条数字化追溯监管", "2024年12月底", "task 71: 2024年; equal")
n("deadline-later-than-baseline", "用好全区矛盾纠纷多元化解信息系统", "2024年底", "task 77: 2024年; equal")
n("deadline-later-than-baseline", "实施“互联网+基层治理”行动", "2025年底", "task 83: 2025年; equal")
n("deadline-later-than-baseline", "巩固“一窗受理、集成服务”改革成果", "持续推进", "ongoing measure (好差评, 线上线下同质) with no dated regional counterpart; 持续推进 has no later milestone")
n("deadline-later-than-baseline", "深化12345政务服务便民热线", "2025年底", "task 87: 2023年启动，2025年完成; equal")
n("deadline-later-than-baseline", "建设完善企业专属网页", "2024年11月底", "task 89: 2024年; earlier")
n("deadline-later-than-baseline", "强化大气、水、土壤、自然生态", "2025年底", "task 95: 2025年; equal")
n("deadline-later-than-baseline", "深化“互联网+城乡供水”建设", "2025年底", "task 96: 2025年; equal")
n("deadline-later-than-baseline", "填表报数工作量明显压减", "2025年底", "task 106: 2025年; equal")
n("deadline-later-than-baseline", "整合全市非涉密视频会议系统资源", "2025年底", "task 107: 2025年; equal")
n("deadline-later-than-baseline", "推进公共资源交易全流程数字化", "2024年底", "task 108: 长期推进，2024年取得明显成效; equal")
n("deadline-later-than-baseline", "整合机关事务管理信息系统", "2025年底", "task 111: 2025年; equal")
n("deadline-later-than-baseline", "（四）强化考核评价。", "长期坚持", "tasks 121 (长期坚持), 122/123 (2023年完成，长期坚持); ongoing, no later milestone")
n("deadline-later-than-baseline", "（三）提升数字素养。", "长期坚持", "task 118: 2023年完成并长期坚持 (task 117: 2024年); ongoing, no later milestone")
# units: collectives, aliases, two bodies without role words, names not to be split
n("unknown-unit", "推动数字技术与传统公共事业融合", "市直有关部门", "collective subject")
n("unknown-unit", "推进数字乡村建设", "各乡镇人民政府", "collective subject")
n("unknown-unit", "落实本地本行业数字政府建设安全", "市直各部门（单位）", "collective subjects 市直各部门（单位）、各乡镇人民政府")
n("unknown-unit", "实施“互联网+基层治理”行动", "各乡镇（街道）、各村（社区）", "collective subjects")
n("unknown-unit", "推动本行业领域监管系统与宁夏", "承担监管职责的市直有关部门", "collective subject")
n("unknown-unit", "完善数字经济治理体系", "市市场监督管理局、市公安局", "two bodies with no role words; both in units.txt")
n("unknown-unit", "持续推进“雪亮工程”", "市委政法委、市公安局", "two bodies with no role words; both in units.txt")
n("unknown-unit", "建设完善企业专属网页", "市审批服务管理局、市工业信息化和商务局", "two bodies with no role words; both in units.txt")
n("unknown-unit", "推进城市运行管理服务平台建设", "市住建局", "official short name of 市住房和城乡建设局 (units.txt); with 市综合执法局, two bodies, no role words")
n("unknown-unit", "完善政务信息化建设管理会商机制", "审计局", "prefix 市 distributes: 市财政局、审计局 = 市财政局、市审计局; 市发改局 is the short name of 市发展和改革局")
n("unknown-unit", "推动各类证照电子化", "市人社局", "short names 市审批局, 市人社局 in units.txt")
n("unknown-unit", "全链条数字化追溯监管", "市卫健局", "short names 市市场监管局, 市卫健局 in units.txt")
n("unknown-unit", "强化大气、水、土壤、自然生态", "吴忠市生态环境局青铜峡分局", "a registered name (units.txt); not to be split into 吴忠市生态环境局 + 青铜峡分局")
n("unknown-unit", "推广电子营业执照和企业电子印章同步制发", "国家税务总局青铜峡市税务局", "registered name in units.txt; not split")
n("unknown-unit", "推进“智慧应急”建设", "青铜峡市消防救援大队", "registered name in units.txt")
n("unknown-unit", "加快青铜峡工业园区", "青铜峡工业园区管委会", "registered name in units.txt")
n("unknown-unit", "推广“宁政通”移动办公", "市政府办公室", "short name of 市人民政府办公室")
n("unknown-unit", "推广应用宁夏“智慧林草”云平台", "市林草局", "short name of 市林业和草原局")
# garbled look-alikes
n("garbled-text", "深化12345政务服务便民热线", "110", "plain digits (12345, 110), not damage")

covers = []
def c(task, sub):
    covers.append({"task": task, "line": ln(sub)})
for t, s in [
    (2, "推动产业云与政务云互联互通"), (3, "加快青铜峡工业园区"), (5, "完善数字经济治理体系"),
    (6, "推动数字技术与传统公共事业融合"), (7, "深入推广宁夏智慧教育平台应用"), (8, "深化“互联网+医疗健康”应用"),
    (9, "推进城市运行管理服务平台建设"), (10, "推进数字乡村建设"), (11, "配合推进“数字供销”"),
    (12, "配合自治区培育数据要素市场"), (14, "落实本地本行业数字政府建设安全"), (15, "落实本地本行业数字政府建设安全"),
    (18, "每年至少开展1次网络安全应急演练"), (21, "推动各类行政权力事项网上运行"), (23, "配合建设全区一体化数字资源管理系统"),
    (24, "完善政务信息化建设管理会商机制"), (25, "（二）加大财政投入。"), (28, "每年选取1至2个场景"),
    (30, "动态更新全市政务数据资源目录"), (32, "明确各部门数据管理机构"), (33, "配合自治区政务数据平台建设"),
    (34, "配合自治区政务数据平台建设"), (29, "配合自治区政务数据平台建设"), (43, "按照全区政务“一朵云”要求"),
    (73, "推动本行业领域监管系统与宁夏"), (117, "（三）提升数字素养。"), (40, "规范电子公文全流程管理"), (41, "编制公共数据开放目录及"),
    (42, "第三方平台社会数据与政务数据融合应用"), (46, "按照全区政务“一朵云”要求"), (47, "加快电子政务外网升级改造"),
    (48, "开展城域网升级改造"), (49, "融入全区“视频一张网”"), (50, "有序推进非涉密业务专网"),
    (52, "推动各类证照电子化"), (53, "推广电子营业执照和企业电子印章同步制发"), (54, "完善业务应用系统电子文件归档功能"),
    (56, "推进非税收入收缴电子化管理"), (57, "依托信用中国（宁夏）平台"), (58, "配合完善全区统一的“底板底图”"),
    (64, "参照自治区做法，健全市数字政府建设领导小组"), (66, "积极对接使用宁夏经济运行大数据平台"),
    (70, "依托宁夏“双随机、一公开”综合监管平台"), (71, "全链条数字化追溯监管"), (72, "推动本行业领域监管系统与宁夏"),
    (74, "2024年21月底前完成"), (77, "用好全区矛盾纠纷多元化解信息系统"), (79, "持续推进“雪亮工程”"),
    (80, "推进“智慧应急”建设"), (83, "实施“互联网+基层治理”行动"), (84, "全面融合各类公共服务、社会服务、中介服务"),
    (86, "迭代升级“我的宁夏”青铜峡专区"), (87, "深化12345政务服务便民热线"), (88, "加快“证照分离”改革"),
    (89, "建设完善企业专属网页"), (90, "推进图书馆、博物馆、文化馆"), (93, "适老化与信息无障碍建设"),
    (95, "强化大气、水、土壤、自然生态"), (96, "深化“互联网+城乡供水”建设"), (97, "配合完善宁夏自然资源三维立体"),
    (98, "推广应用宁夏“智慧林草”云平台"), (102, "推进水、气、土、废污染防治攻坚"), (103, "建设市级数字政府运行“驾驶舱”"),
    (104, "全面应用全区统一的协同办公平台"), (105, "推广“宁政通”移动办公"), (106, "填表报数工作量明显压减"),
    (107, "整合全市非涉密视频会议系统资源"), (108, "推进公共资源交易全流程数字化"), (111, "整合机关事务管理信息系统"),
    (112, "完善政府网站和各类政务公开平台"), (113, "配合建设全区统一的规范性文件数据库"), (114, "构建政务新媒体矩阵"),
    (115, "以12345热线为枢纽"), (116, "（一）加强组织领导。"), (118, "（三）提升数字素养。"),
    (121, "（四）强化考核评价。"), (123, "（四）强化考核评价。"), (124, "（五）加强督促落实。"),
]:
    c(t, s)

key = {
    "writer": "blind writer, round 460; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
    "written": "2026-12-06",
    "draft": "draft.txt",
    "baseline": "ningxia-2023",
    "build": None,
    "parents": [],
    "units": "units.txt",
    "planYear": 2024,
    "expect": expect,
    "mustNotFlag": m,
    "covers": covers,
    "notes": ("青铜峡市 (county-level city under 吴忠) 2024 plan in the plain bracket style: each measure ends with "
              "（单位…，时限） without 责任单位/完成时限 labels, no task table, no parent plan (checked against 宁政发〔2023〕17号 only). "
              "Its units are 市… names of 青铜峡's own registry (units.txt), not 吴忠's. Tasks the region dated 2023 "
              "(14, 15, 24, 25, 30, 32, 72) are taken up with a body but no date, so nothing can be late there. "
              "Line 102 also carries an equal deadline (task 104, 2024年); only the regional lead is wrong. "
              "Line 52's date is equal (task 42, 2024年); only the unit is wrong. "
              "Line 77's 21月 is an impossible month; its year 2024 equals task 74."),
}
json.dump(key, open('key.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=2)
print(len(expect), len(m), len(covers))
for x in expect: print(x['rule'], x['line'], x['text'])
