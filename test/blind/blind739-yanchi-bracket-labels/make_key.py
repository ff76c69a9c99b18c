#!/usr/bin/env python3
# Builds key.json from draft.txt: every line number is looked up from a text anchor, never typed by hand.
import json, os
here = os.path.dirname(os.path.abspath(__file__))
lines = open(os.path.join(here, 'draft.txt'), encoding='utf-8').read().split('\n')
if lines and lines[-1] == '':
    lines.pop()

def ln(anchor, text=None, nth=0):
    hits = [i + 1 for i, l in enumerate(lines) if anchor in l]
    assert hits, anchor
    n = hits[nth]
    if text is not None:
        assert text in lines[n - 1], (anchor, text)
    return n

def E(rule, anchor, text, why, **kw):
    d = {"rule": rule, "line": ln(anchor, text), "text": text, "why": why}
    d.update(kw); return d

def N(rule, anchor, text, why):
    d = {"rule": rule, "line": ln(anchor, text)}
    if text: d["text"] = text
    d["why"] = why; return d

DL = "deadline-later-than-baseline"
UU = "unknown-unit"
BM = "basis-mismatch"
DI = "deadline-invalid"

expect = [
    E(BM, "根据《国务院关于加强数字政府建设的指导意见》", "宁政发〔2022〕17号",
      "《自治区人民政府关于加强数字政府建设的实施意见》 is 宁政发〔2023〕17号 (issued 2023-05-16); 〔2022〕 is a wrong 文号 for that title"),
    E(DL, "【配合单位】中国电信盐池分公司，各乡镇人民政府【完成时限】2025年底前", "2025年底前",
      "label on its own line under measure 16 (城域网升级改造、电子政务外网县乡村三级全覆盖): regional task 48 (开展各级城域网升级改造，推进区市县乡村5级全覆盖) 完成时限 2024年, task 47 (外网升级改造) 2024年; the annex row for the same measure says 2024年底前"),
    E(DL, "适老化与信息无障碍改造\t", "2025年6月底前",
      "annex row 25: regional task 93 (政府网站、政务移动端、公共服务场所适老化与信息无障碍建设) 完成时限 2024年; the body label for the same measure (measure 30) says 2024年底前"),
    E(DI, "35.推广协同办公和“宁政通”", "20224年",
      "five-digit year, a typing slip for 2024年 (regional tasks 104 and 105 are due 2024年; annex row 28 says 2024年底前)"),
    E(UU, "29.优化涉企服务", "县行政审批服务局",
      "not in units.txt; the county's approval bureau is 县审批服务管理局 (short name 县审批局), used correctly elsewhere"),
    E("garbled-text", "32.深化“互联网+城乡供水”建设", "鏁板瓧娌绘按",
      "UTF-8 bytes of 数字治水县域样板 read as GBK (鏁板瓧娌绘按鍘垮煙鏍锋澘); re-encoding as GBK and decoding as UTF-8 recovers it"),
]

mnf = [
    # basis / citations
    N(BM, "根据《国务院关于加强数字政府建设的指导意见》", "国发〔2022〕14号", "correct national basis document and 文号"),
    N(BM, "根据《国务院关于加强数字政府建设的指导意见》", "吴忠市人民政府《关于加强数字政府建设的实施方案》", "city plan cited by its correct title alone; it has no 文号 in the seed"),
    N(BM, "根据《国务院关于加强数字政府建设的指导意见》", "宁政办发〔2023〕11号", "《数字宁夏“1244+N”行动计划实施方案》 cited with the same 文号 the 吴忠 plan uses"),
    N(BM, "自《宁夏回族自治区2020年", "宁政办发〔2020〕14号", "retrospective mention of the 2020 工作要点 in the background, not cited as a basis"),
    N(BM, "盐政办发〔2024〕9号", "盐政办发〔2024〕9号", "the notice's own 文号, not a cited document"),
    # dates that are not late or invalid
    N(DI, "2024年3月15日", "2024年3月15日", "issuing date of the notice"),
    N(DI, "自《宁夏回族自治区2020年", "2023年", "past date in the background (平台“家底”全面理清 in 2023, same year as the regional 2023 goal); also 同年11月27日, the date the 吴忠 plan was issued"),
    N(DL, "到2024年底，县级非涉密政务信息系统", "到2024年底", "2024 goal: 信创云迁移 (task 19 2023年启动，2024年建成; task 43 2024年建成), 我的宁夏/宁政通 (tasks 86, 105: 2024年); not later than any regional or 吴忠 goal"),
    N(DL, "到2025年，全县数字政府建设体系框架全面成型", "到2025年", "same year as the regional goal (到2025年 “34567”体系框架全面成型) and the 吴忠 goal (到2025年 “1347”体系框架全面成型)"),
    N(DL, "到2035年", "到2035年", "same as the regional and 吴忠 2035 goal"),
    N(DL, "（一）健全组织机构。参照自治区", "2024年6月底前", "task 64 (各地各部门参照自治区做法成立相应组织机构) 完成时限 2025年; earlier"),
    N(DL, "【配合单位】吴忠市大数据管理服务局", "2024年底前", "label on its own line under 厘清层级职责; no regional task row for this (body text of 四(二)); closest task 64 is due 2025年"),
    N(DL, "1.推动特色产业数字化", "2024年底前", "task 2 (产业云与政务云互联互通) 2023年启动，2024年取得明显成效; the completing milestone is equal"),
    N(DL, "【牵头单位】盐池工业园区管委会", "持续推进，2025年取得明显成效", "label on its own line; task 3 (智慧园区) 持续推进，2025 年取得明显成效; copied exactly"),
    N(DL, "4.推进公共服务数字化", "2025年底前", "tasks 6 (持续推进，2025年取得明显成效), 7 (2023年形成试点经验，2025年取得明显成效), 8 (持续推进，2025年取得明显成效); equal"),
    N(DL, "【牵头单位】县农业农村局【配合单位】县委网信办", "2025年底前", "label on its own line; task 10 (数字乡村) 持续推进，2025年取得明显成效; equal"),
    N(DL, "6.推进县城“一网统管”", "2025年底前", "task 9 (城市运行管理服务平台、一网统管) 持续推进，2025年取得明显成效; equal"),
    N(DL, "7.培育数据要素市场", "2025年底前", "task 12 (培育数据要素市场) 2025年; equal"),
    N(DL, "9.开展数据安全防护能力评估", "2024年底前", "task 16 (数据安全防护能力评估指标体系) 2024年; equal"),
    N(DL, "【牵头单位】县大数据服务中心【配合单位】县直各部门（单位）【完成时限】2024年9月底前", "2024年9月底前", "label on its own line; task 19 (政务信创云) 2023年启动，2024年建成, task 43 2024 年建成; earlier"),
    N(DL, "11.推动行政权力事项网上运行", "2024年底前", "task 21 (行政权力事项网上运行) 2024年; task 22 (审管协同) 2025年; not later"),
    N(DL, "12.开展试点示范", "2025年底前", "task 28 (试点示范) 2023年启动，2025年取得明显成效; equal"),
    N(DL, "13.推进政务数据汇聚回流", "2024年底前", "tasks 34 (主题数据库) 2024年 and 39 (一应用一数仓) 2024年; equal"),
    N(DL, "【配合单位】县发改局、县统计局【完成时限】2024年10月底前", "2024年10月底前", "label on its own line; task 41 (公共数据开放目录、开放平台) 2024年; earlier"),
    N(DL, "15.规范电子公文和电子档案管理", "2024年底前", "tasks 40 (电子公文) 2024年 and 54 (电子文件归档) 2024年; equal"),
    N(DL, "17.推进业务专网整合", "2024年底前", "task 50 (业务专网整合迁移) 2024年; equal"),
    N(DL, "18.整合视频资源", "2025年6月底前", "task 49 (视频共享平台、视频一张网) 2025年; earlier"),
    N(DL, "19.推广电子证照应用", "2025年底前", "task 52 (电子证照社会化高频场景应用) 2025年; equal"),
    N(DL, "20.推进社会信用体系建设", "2024年底前", "task 57 (信用信息公共服务平台) 2024年; equal"),
    N(DL, "21.强化经济运行监测", "2025年底前", "task 66 (宁夏经济运行大数据平台) 2025年; equal"),
    N(DL, "22.推进农副产品和食品药品追溯监管", "2024年10月底前", "task 71 (全链条数字化追溯监管) 2024年; earlier"),
    N(DL, "【牵头单位】县市场监管局【配合单位】县直有关部门", "2024年底前", "label on its own line; task 70 (双随机、一公开差异化监管) 2024年; equal"),
    N(DL, "24.完善矛盾纠纷多元化解", "2024年底前", "task 77 (矛盾纠纷多元化解信息系统) 2024年; equal"),
    N(DL, "25.深化“雪亮工程”应用", "2024年底前", "task 79 (雪亮工程) 2024年; equal"),
    N(DL, "【牵头单位】县委政法委【配合单位】县民政局，各乡镇人民政府，各村（社区）", "2025年底前", "label on its own line; task 83 (互联网+基层治理) 2025年; equal"),
    N(DL, "27.推进“智慧应急”建设", "2024年底前", "task 80 (智慧应急) 2024年; equal"),
    N(DL, "28.深化政务服务“一网通办”", "2024年底前", "tasks 84 (一体化政务服务体系) and 86 (我的宁夏 应上尽上) 2024年; equal"),
    N(DL, "29.优化涉企服务", "2024年底前", "tasks 88 (证照分离、一业一证) and 89 (企业专属网页、惠企政策) 2024年; equal"),
    N(DL, "【牵头单位】县审批服务管理局【配合单位】县人民政府办公室、县民政局、县残联", "2024年底前", "label on its own line under measure 30; task 93 (适老化) 2024年; equal (only the annex row is late)"),
    N(DL, "31.推进公共场馆数字化", "2024年底前", "task 90 (公共场馆数字化) 2024年; equal"),
    N(DL, "32.深化“互联网+城乡供水”建设", "2025年底前", "task 96 (互联网+城乡供水、数字治水) 2025年; equal"),
    N(DL, "【牵头单位】县林业和草原局", "2024年底前", "label on its own line; task 98 (智慧林草) 2024年; equal"),
    N(DL, "34.强化生态环境智慧监测", "2024年底前", "task 94 (生态环境数据资源中心) 2024年, task 95 2025年; not later"),
    N(DL, "【牵头单位】县人民政府办公室【配合单位】县统计局", "2025年底前", "label on its own line; task 106 (填表报数系统) 2025年; equal"),
    N(DL, "37.推进机关事务数字化", "2025年6月底前", "tasks 111 (机关事务) and 107 (视频会议) 2025年; earlier"),
    N(DL, "38.完善政务公开平台和新媒体矩阵", "2024年底前", "tasks 112 and 114 2024年; equal"),
    N(DL, "【配合单位】县信访局、县审批局", "2024年底前", "label on its own line; task 115 (政民互动) 2024年; equal"),
    N(DL, "每年度制定数字政府工作要点和重点任务考核指标体系，形成常态化", "长期坚持", "task 121 (年度工作要点和考核指标体系) 长期坚持; equal"),
    N(DL, "（六）加强调度督办", "2024年12月20日前", "the office's own reporting date (also 每季度末月25日前), not a task deadline"),
    N(DL, "开展县级城域网升级改造，推进电子政务外网县、乡、村三级全覆盖\t", "2024年底前", "annex row 15; task 48 2024年; equal (the body label at measure 16 is the late one)"),
    N(DL, "推动各单位政务APP接入“宁政通”", "2024年底前", "annex row 28; task 105 2024年; equal (the body label at measure 35 is the invalid one)"),
    N(DL, "整合县级视频资源接入", "2025年6月底前", "annex row 17; task 49 2025年; earlier"),
    N(DL, "提升盐池工业园区数字化、智能化场景服务水平\t", "持续推进，2025年取得明显成效", "annex row 5; task 3 same wording"),
    # units
    N(UU, "各乡镇人民政府，县直各部门（单位）：", "各乡镇人民政府", "collective subject (also in many labels)"),
    N(UU, "【配合单位】县直各部门（单位）【完成时限】2024年4月底前", "县直各部门（单位）", "collective subject"),
    N(UU, "【配合单位】吴忠市大数据管理服务局", "县直有关部门", "collective subject"),
    N(UU, "【牵头单位】县委政法委【配合单位】县民政局，各乡镇人民政府，各村（社区）", "各村（社区）", "collective subject"),
    N(UU, "【配合单位】吴忠市大数据管理服务局", "吴忠市大数据管理服务局", "city counterpart listed in units.txt (上级对口单位); named as a cooperating unit, not as the lead"),
    N(UU, "34.强化生态环境智慧监测", "吴忠市生态环境局盐池分局", "the county's environment branch, in units.txt; a county-level unit despite the city prefix"),
    N(UU, "1.推动特色产业数字化", "县工信商务局", "short name of 县工业信息化和商务局 in units.txt"),
    N(UU, "【配合单位】县发改局、县统计局", "县发改局", "short name of 县发展和改革局"),
    N(UU, "20.推进社会信用体系建设", "县税务局", "short name of 国家税务总局盐池县税务局"),
    N(UU, "27.推进“智慧应急”建设", "县林草局", "short name of 县林业和草原局"),
    N(UU, "【配合单位】县信访局、县审批局", "县审批局", "short name of 县审批服务管理局"),
    N(UU, "【配合单位】县人民政府办公室、县民政局、县残联", "县残联", "short name of 县残疾人联合会"),
    N(UU, "3.发展农村电子商务", "县供销社", "short name of 县供销合作社"),
    N(UU, "18.整合视频资源", "交通运输局", "县 prefix distributes: 县交通运输局, 县应急管理局, 县水务局, 县林业和草原局"),
    N(UU, "24.完善矛盾纠纷多元化解", "司法局", "县 prefix distributes: 县司法局, 县信访局; 县人民法院 is in units.txt"),
    N(UU, "【配合单位】县委网信办、县工信商务局、中国电信盐池分公司", "中国移动盐池分公司", "enterprise listed in units.txt (驻县企业), as is 中国电信盐池分公司"),
    N(UU, "6.推进县城“一网统管”", "国网盐池县供电公司", "enterprise listed in units.txt"),
    N(UU, "27.推进“智慧应急”建设", "盐池县气象局", "in units.txt (also 县消防救援大队)"),
    N(UU, "9.开展数据安全防护能力评估", "县委保密办", "in units.txt"),
    N(UU, "4.推进公共服务数字化", "县教育体育局、县卫生健康局", "two leads; the note on line %d says the first listed is the main lead" % ln("（三）有关说明")),
    N(UU, "15.规范电子公文和电子档案管理", "县委办公室、县档案馆", "two leads, both in units.txt"),
    N(UU, "8.营造清朗网络生态", "县委网信办", "official short name, canonical in units.txt"),
]

covers_spec = [
    (2, "1.推动特色产业数字化"), (3, "2.加快智慧园区建设"), (6, "4.推进公共服务数字化"),
    (7, "4.推进公共服务数字化"), (8, "4.推进公共服务数字化"), (10, "5.推进数字乡村建设"),
    (9, "6.推进县城“一网统管”"), (12, "7.培育数据要素市场"), (14, "（一）加快构建全方位安全保障体系"),
    (16, "9.开展数据安全防护能力评估"), (19, "10.推进政务信息系统信创迁移"), (43, "10.推进政务信息系统信创迁移"),
    (21, "11.推动行政权力事项网上运行"), (28, "12.开展试点示范"), (34, "13.推进政务数据汇聚回流"),
    (39, "13.推进政务数据汇聚回流"), (41, "14.推进公共数据有序开放"), (40, "15.规范电子公文和电子档案管理"),
    (54, "15.规范电子公文和电子档案管理"), (48, "16.提升电子政务外网支撑能力"), (47, "16.提升电子政务外网支撑能力"),
    (50, "17.推进业务专网整合"), (49, "18.整合视频资源"), (52, "19.推广电子证照应用"),
    (57, "20.推进社会信用体系建设"), (66, "21.强化经济运行监测"), (71, "22.推进农副产品和食品药品追溯监管"),
    (70, "23.推进“双随机、一公开”差异化监管"), (77, "24.完善矛盾纠纷多元化解"), (79, "25.深化“雪亮工程”应用"),
    (83, "26.推进“互联网+基层治理”"), (80, "27.推进“智慧应急”建设"), (84, "28.深化政务服务“一网通办”"),
    (86, "28.深化政务服务“一网通办”"), (88, "29.优化涉企服务"), (89, "29.优化涉企服务"),
    (93, "30.推进适老化与信息无障碍建设"), (90, "31.推进公共场馆数字化"), (96, "32.深化“互联网+城乡供水”建设"),
    (98, "33.推进智慧林草建设"), (94, "34.强化生态环境智慧监测"), (104, "35.推广协同办公和“宁政通”"),
    (105, "35.推广协同办公和“宁政通”"), (106, "36.推进基层填表报数减负"), (107, "37.推进机关事务数字化"),
    (111, "37.推进机关事务数字化"), (112, "38.完善政务公开平台和新媒体矩阵"), (114, "38.完善政务公开平台和新媒体矩阵"),
    (115, "39.畅通政民互动渠道"), (64, "（一）健全组织机构。参照自治区"), (116, "（一）加强组织领导"),
    (25, "（二）加大资金投入"), (118, "（三）提升数字素养"), (123, "（四）强化考核评价"), (122, "（四）强化考核评价"), (124, "（四）强化考核评价"),
    (121, "每年度制定数字政府工作要点和重点任务考核指标体系，形成常态化"),
]
covers = [{"task": t, "line": ln(a)} for t, a in covers_spec]

key = {
    "writer": "blind writer, round 739; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
    "written": "2026-12-07",
    "draft": "draft.txt",
    "baseline": "ningxia-2023",
    "build": None,
    "parents": ["wuzhong"],
    "units": "units.txt",
    "planYear": 2024,
    "expect": expect,
    "mustNotFlag": mnf,
    "covers": covers,
    "notes": ("盐池县 2024 实施方案 (issued 2024-03-15). Each measure ends with black-bracket labels "
              "【牵头单位】…【配合单位】…【完成时限】…, either on the measure's own line or on the next line by itself "
              "(label-only lines: " + ", ".join(str(i + 1) for i, l in enumerate(lines) if l.startswith("【牵头单位】")) + "); "
              "a label-only line belongs to the measure on the line above. "
              "The annex (from line " + str(ln("序号\t重点任务")) + ") is a tab-separated task table repeating most measures; "
              "its deadlines match the body except row 25 (late). Regional tasks due 2023 that the draft takes up "
              "(14, 25, 116, 118, 122-124) appear only in unlabelled prose without a 完成时限, so no comparison arises. "
              "No task-uncovered entries are planted; a county plan of this length leaves many tasks out, which is information only."),
}
with open(os.path.join(here, 'key.json'), 'w', encoding='utf-8') as f:
    json.dump(key, f, ensure_ascii=False, indent=2)
    f.write('\n')
print(len(expect), len(mnf), len(covers))
for e in expect: print(e['rule'], e['line'], e['text'])
