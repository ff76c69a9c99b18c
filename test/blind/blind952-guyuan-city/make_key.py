#!/usr/bin/env python3
"""Builds key.json for blind952 from draft.txt: every line number is looked up
by a distinctive anchor and the quoted text is checked to be on that line."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
LINES = open(os.path.join(HERE, 'draft.txt'), encoding='utf-8').read().split('\n')
if LINES[-1] == '':
    LINES = LINES[:-1]

def ln(anchor, text=None):
    hits = [i + 1 for i, l in enumerate(LINES) if anchor in l]
    assert len(hits) == 1, (anchor, hits)
    if text is not None:
        assert text in LINES[hits[0] - 1], (anchor, text)
    return hits[0]

def e(rule, anchor, text, why, **kw):
    d = {"rule": rule, "line": ln(anchor, text)}
    if text is not None:
        d["text"] = text
    d.update(kw)
    d["why"] = why
    return d

DL = "deadline-later-than-baseline"
UU = "unknown-unit"

expect = [
    e("basis-mismatch", "根据《国务院关于加强数字政府建设的指导意见》", "关于加快推进数字政府建设的实施意见",
      "宁政发〔2023〕17号 is titled 《自治区人民政府关于加强数字政府建设的实施意见》; the draft writes 加快推进 for 加强"),
    e(DL, "到2026年，全市数字政府建设", "2026年",
      "主要目标: the region's goal for the same thing (“34567”体系框架全面成型, 工作体制逐步健全、管理机制趋于成熟…) is 到2025年"),
    e(DL, "3．推进电子政务外网向基层延伸。", "2025年底前",
      "task 48 (各级城域网升级改造，推进区市县乡村5级全覆盖，按需向企事业单位拓展; 各市、县（区）具体负责) is due 2024年"),
    e("deadline-invalid", "7．推进适老化与信息无障碍建设。", "9月31日",
      "impossible date: September has 30 days (the task itself, task 93, is due 2024年, so the year is not late)"),
    e(UU, "2．强化审管协同。", "市行政审批服务局",
      "no such body in units.txt; the city's body is 市审批服务管理局 (short name 市审批局), written correctly on line %d" % ln("1．推动行政权力事项网上运行。")),
    e("garbled-text", "2．发挥政务新媒体传播优势。", "鍔犲揩鏋勫缓鏀垮姟",
      "UTF-8 bytes read as GBK; GBK-encode and UTF-8-decode gives 加快构建政务新媒体矩阵体系，"),
]

mnf = []
def m(rule, anchor, text, why):
    mnf.append(e(rule, anchor, text, why))

# basis documents
m("basis-mismatch", "固政发〔2024〕9号", "固政发〔2024〕9号", "the document's own 文号 in the notice header, not a cited basis")
m("basis-mismatch", "根据《国务院关于加强数字政府建设的指导意见》", "国发〔2022〕14号", "correct title and 文号 of the national 指导意见")
m("basis-mismatch", "根据《国务院关于加强数字政府建设的指导意见》", "宁政办发〔2023〕11号", "《数字宁夏“1244+N”行动计划实施方案》（宁政办发〔2023〕11号）, cited the same way by the 吴忠 plan in the seeds; a further basis, not a wrong one")
m("basis-mismatch", "近年来，我市认真落实", "宁政办发〔2020〕14号", "retrospective mention of the 2020 工作要点 in the background, with its correct title and 文号; not cited as the basis of this plan")

m("basis-mismatch", "已经市人民政府常务会议研究同意", "《固原市加强数字政府建设实施方案》", "the plan's own title in the notice, not a basis document")
# dates that are not deadlines / copied regional deadline
m("deadline-invalid", "近年来，我市认真落实", "2020年", "part of the title of the 2020 工作要点 in a retrospective mention, not a deadline")
m("deadline-invalid", "2024年3月22日", "2024年3月22日", "the issue date of the notice")
m("deadline-invalid", "近年来，我市认真落实", "2023年底", "past date in the background (截至2023年底 figures), not a deadline")
m("deadline-invalid", "2．推进政务数据汇聚治理。", "2023年", "past work (在2023年完成…普查的基础上), not a deadline")
m("deadline-invalid", "3．提升安全防护能力。", "2023年形成机制，长期坚持", "copied regional deadline of task 18 (2023年形成机制，长期坚持); lies before the plan's year but is the region's own wording for an ongoing task")
m("deadline-invalid", "本方案所列任务中", "2024年12月10日前", "the office's own reporting date for the annual summary, not a task deadline")
m("deadline-invalid", "本方案所列任务中", "25日前", "quarterly reporting date (每季度最后一个月25日前), not a task deadline")

# goals
m(DL, "到2024年底，全市电子政务外网", "2024年底", "2024 goal made of items the region dates 2024: tasks 47 (2024年), 43/46 (2024年建成，持续推进 / 2024年), 39 (2024年), 86 (2024年); the region has no 2024 goal, and its 2023 goals are about other things")
m(DL, "到2035年，与政府治理能力现代化", "2035年", "equal to the region's 到2035年 goal")
m(DL, "（一）健全组织机构。", "2024年底前", "task 64 (各地参照自治区做法成立相应组织机构; 各市、县（区）负责) is due 2025年: earlier")
m(DL, "（二）厘清层级职责。", "2025年", "六级贯通 work system; nearest task 64 is due 2025年: equal")

deadlines = [
    ("1．推动特色产业数字化。", "2024年取得明显成效", "task 2 (产业云, 2023年启动，2024年取得明显成效): equal"),
    ("2．加快“智慧园区”建设。", "持续推进，2025年取得明显成效", "task 3 (智慧园区, 持续推进，2025年取得明显成效): equal"),
    ("3．完善数字经济治理体系。", "持续推进，2025年取得明显成效", "task 5 (数字经济治理, 持续推进，2025年取得明显成效): equal"),
    ("1．推进公共服务数字化。", "持续推进，2025年取得明显成效", "task 6 (公共事业服务数字化, 持续推进，2025年取得明显成效): equal"),
    ("2．深化智慧教育应用。", "2025年取得明显成效", "task 7 (国家智慧教育平台整省试点, 2023年形成试点经验，2025年取得明显成效): the completing milestone is equal"),
    ("3．深化“互联网+医疗健康”应用。", "2024年底前", "task 8 (互联网+医疗健康, 持续推进，2025年取得明显成效): earlier"),
    ("4．加快智慧城市建设。", "持续推进，2025年取得明显成效", "task 9 (智慧城市/一网统管, 各地级市牵头, 持续推进，2025年取得明显成效): equal"),
    ("5．推进数字乡村建设。", "持续推进，2025年取得明显成效", "task 10 (数字乡村, 持续推进，2025年取得明显成效): equal"),
    ("6．推进“数字供销”建设。", "2025年取得明显成效", "task 11 (数字供销, 2023年完成主要建设任务，2025年取得明显成效): the completing milestone is equal"),
    ("7．发展智慧文旅。", "持续推进，2025年取得明显成效", "task 6 (文化旅游等服务数字化, 持续推进，2025年取得明显成效): equal"),
    ("1．培育数据要素市场。", "2025年", "task 12 (数据要素市场, 2025年): equal"),
    ("2．营造规范有序的政策环境。", "2024年", "task 13 (数据交易制度环境, 2024年): equal"),
    ("1．推动行政权力事项网上运行。", "2024年6月底前", "task 21 (行政权力事项网上运行, 2024年): earlier"),
    ("2．强化审管协同。", "2025年", "task 22 (审管协同, 各地级市具体负责, 2025年): equal"),
    ("3．建立数字资源“一本账”。", "2024年", "task 23 (数字资源“一本账”, 2024年): equal"),
    ("5．完善制度规范。", "2024年", "tasks 26 (制度规范, 2024年) and 27 (标准化, 2024年): equal"),
    ("6．开展试点示范。", "2025年取得明显成效", "task 28 (试点示范, 2023年启动，2025年取得明显成效): the completing milestone is equal"),
    ("2．推进政务数据汇聚治理。", "完成时限：2024年", "tasks 33 (基础库, 2024年) and 34 (主题库, 2024年): equal"),
    ("3．建设数据实时交换和数据仓库。", "2024年", "tasks 37 (实时交换, 2024年) and 39 (一应用一数仓, 2024年): equal"),
    ("4．促进数据有序开发利用。", "2024年", "tasks 41 (公共数据开放, 2024年) and 42 (公共数据融合应用, 2024年): equal"),
    ("1．强化政务云支撑能力。", "2024年底前", "tasks 46 (系统迁移/云资源调度, 2024年), 45 (行业云纳管, 2024年), 43 (政务信创云, 2024年建成，持续推进): equal"),
    ("2．提升电子政务外网支撑能力。", "2024年", "task 47 (外网升级改造, 2024年): equal"),
    ("4．推进业务专网整合。", "2024年", "task 50 (非涉密业务专网整合, 2024年): equal"),
    ("5．建设视频共享和指挥调度体系。", "2025年", "tasks 49 (视频共享平台, 2025年) and 81 (视频指挥调度体系, 2025年): equal"),
    ("6．加强共性应用支撑。", "2024年", "tasks 53 (电子印章, 2024年) and 52 (电子证照社会化应用, 2025年): equal / earlier"),
    ("7．深化电子文件和电子档案管理。", "2024年", "tasks 54 (电子文件归档, 2024年) and 40 (电子公文, 2024年): equal"),
    ("8．推广公共支付和非税收入电子化。", "2024年底前", "tasks 55 (公共支付/电子票据, 2024年) and 56 (非税收入电子化, 2025年): equal / earlier"),
    ("9．完善信用和地理信息服务。", "2024年", "tasks 57 (信用平台, 2024年) and 58 (地理信息, 2024年): equal"),
    ("10．优化全市政务平台构成。", "2024年底前", "task 59 (政务平台评估定级, 2025年): earlier"),
    ("1．加强经济数据汇聚治理。", "2024年", "task 65 (经济治理基础数据库, 2024年): equal"),
    ("2．加强经济运行监测预警。", "2025年", "task 66 (经济运行大数据平台, 2025年): equal"),
    ("1．提升监管精准化水平。", "2024年", "tasks 69 (市场主体画像, 2024年) and 70 (信用风险分类/双随机, 2024年): equal"),
    ("2．加强重点领域追溯监管。", "2024年", "task 71 (全链条追溯监管, 2024年): equal"),
    ("3．提升监管协同化智能化水平。", "2024年", "tasks 73 (监管数据治理/消费维权一件事, 2024年) and 74 (屏、端、仪/新型监管, 2024年): equal"),
    ("1．提升社会矛盾化解能力。", "2024年", "task 77 (矛盾纠纷多元化解, 2024年): equal"),
    ("2．提升社会治安防控能力。", "2024年", "task 79 (雪亮工程, 2024年): equal"),
    ("3．提升公共安全保障能力。", "2024年", "task 80 (智慧应急, 2024年): equal"),
    ("4．提高基层社会治理能力。", "2025年", "task 83 (互联网+基层治理, 2025年): equal"),
    ("1．打造泛在可及的服务体系。", "2024年", "task 84 (一体化政务服务体系, 2024年): equal"),
    ("2．做优“我的宁夏”固原专区。", "2024年", "task 86 (“我的宁夏”应上尽上, 2024年): equal"),
    ("3．优化12345政务服务便民热线。", "2024年底前", "task 87 (12345热线, 2023年启动，2025年完成): earlier"),
    ("4．提供优质便利的涉企服务。", "2024年", "tasks 88 (证照分离/电子营业执照, 2024年) and 89 (企业专属网页/惠企政策, 2024年): equal"),
    ("5．探索“多卡合一”", "2025年", "task 92 (多卡合一, 各地级市牵头, 2025年): equal"),
    ("6．推进公共场馆数字化。", "2024年", "task 90 (公共场馆数字化, 2024年): equal"),
    ("8．推进“15分钟政务服务圈”建设。", "2024年", "task 84 (就近办/一体化政务服务体系, 2024年): equal"),
    ("1．提升生态环保协同治理能力。", "2024年", "tasks 94 (生态环境数据资源中心, 2024年) and 95 (数据资源综合开发利用, 2025年): equal / earlier"),
    ("2．深化“互联网+城乡供水”应用。", "2025年", "task 96 (互联网+城乡供水, 2025年): equal"),
    ("3．提高自然资源和林草资源管理数字化水平。", "2024年", "tasks 97 (自然资源一张图, 2024年) and 98 (智慧林草, 2024年): equal"),
    ("4．推动绿色低碳转型。", "2025年", "tasks 101 (碳排放监测核算, 2025年) and 102 (绿色低碳转型, 2025年): equal"),
    ("5．推进资源要素市场化交易。", "2025年", "task 100 (四权交易平台, 2025年): equal"),
    ("1．提升辅助决策能力。", "2024年", "task 103 (大数据辅助决策, 2024年): equal"),
    ("2．提升行政执行能力。", "2024年", "tasks 104 (协同办公平台, 2024年) and 105 (宁政通, 2024年): equal"),
    ("3．推进基层减负。", "2025年", "task 106 (填表报数系统, 2025年): equal"),
    ("4．整合视频会议资源。", "2025年", "task 107 (视频会议平台, 2025年): equal"),
    ("5．提升行政监督水平。", "长期推进，2024年取得明显成效", "task 108 (公共资源交易全流程数字化, 长期推进，2024年取得明显成效) copied; task 109 (互联网+督查, 2024年): equal"),
    ("6．提升机关事务管理水平。", "2025年", "task 111 (机关事务管理, 2025年): equal"),
    ("1．提升政府信息公开水平。", "2024年", "tasks 112 (政务公开平台, 2024年) and 113 (文件数据库, 2024年): equal"),
    ("3．畅通政民互动渠道。", "2024年", "task 115 (政民互动平台, 2024年): equal"),
]
for anchor, text, why in deadlines:
    m(DL, anchor, text, why)
# line 132's deadline (the garbled paragraph)
m(DL, "2．发挥政务新媒体传播优势。", "完成时限：2024年", "task 114 (政务新媒体矩阵, 2024年): equal")

# units
m(UU, "1．推动特色产业数字化。", "各县（区）人民政府", "collective subject (the city's counties and district)")
m(UU, "（二）厘清层级职责。", "市直各部门（单位）", "collective subject")
m(UU, "5．推进数字乡村建设。", "市直有关部门", "collective subject")
m(UU, "3．提升监管协同化智能化水平。", "承担监管职责的市直有关部门", "collective subject")
m(UU, "4．提高基层社会治理能力。", "各乡镇（街道）", "collective subject")
m(UU, "8．推进“15分钟政务服务圈”建设。", "各乡镇人民政府", "collective subject")
m(UU, "8．推进“15分钟政务服务圈”建设。", "各街道办事处", "collective subject")
m(UU, "4．加快智慧城市建设。", "原州区人民政府", "in units.txt (the district that holds the central city)")
m(UU, "4．加快智慧城市建设。", "市发改委", "short name of 市发展改革委 in units.txt")
m(UU, "2．加快“智慧园区”建设。", "市工信局", "short name of 市工业和信息化局 in units.txt")
m(UU, "4．加快智慧城市建设。", "自然资源局", "the 市 prefix of 市公安局 distributes: 市自然资源局, 市生态环境局, 市交通运输局")
m(UU, "5．建设视频共享和指挥调度体系。", "应急管理局", "the 市 prefix distributes: 市应急管理局, 市水务局, 市交通运输局")
m(UU, "1．提升社会矛盾化解能力。", "司法局", "the 市 prefix distributes: 市司法局, 市信访局")
m(UU, "3．深化“互联网+医疗健康”应用。", "市卫健委", "short name of 市卫生健康委 in units.txt")
m(UU, "4．促进数据有序开发利用。", "市大数据局", "short name of 市大数据管理服务局 in units.txt")
m(UU, "2．做优“我的宁夏”固原专区。", "市审批局", "short name of 市审批服务管理局 in units.txt")
m(UU, "2．推进政务数据汇聚治理。", "市应急局", "short name of 市应急管理局 in units.txt")
m(UU, "2．推进政务数据汇聚治理。", "市人社局", "short name of 市人力资源社会保障局 in units.txt")
m(UU, "3．推进基层减负。", "市政府办", "short name of 市人民政府办公室 in units.txt")
m(UU, "2．加快“智慧园区”建设。", "固原经济技术开发区管委会", "in units.txt")
m(UU, "6．加强共性应用支撑。", "固原市税务局", "in units.txt (a central body in the city, outside the government proper)")
m(UU, "3．提升公共安全保障能力。", "固原市消防救援支队", "in units.txt")
m(UU, "3．提升公共安全保障能力。", "固原市气象局", "in units.txt; written with 等部门")
m(UU, "5．推进资源要素市场化交易。", "市公共资源交易中心", "in units.txt; the city's own trading centre, not the regional 公共资源交易管理局")

# pillars present by content
def pm(pillar, anchor, why):
    mnf.append({"rule": "missing-pillar", "line": 0, "pillar": pillar, "why": why + " (line %d)" % ln(anchor)})
pm("数字生态", "（三）营造良好数字生态", "heading and three items on 数据要素市场, 政策环境, 网络生态")
pm("五个一", "二、健全“五个一”和“六级贯通”工作体系", "section 二 健全组织机构/厘清层级职责/完善工作机制")
pm("六级贯通", "（二）厘清层级职责。", "市、县、乡镇（街道）、村（社区）层级职责")
pm("组织领导", "（一）加强组织领导。", "section 六（一）")
pm("财政投入", "（二）加大财政投入。", "section 六（二）")
pm("数字素养", "（三）提升数字素养。", "section 六（三）")
pm("考核评价", "（四）强化考核评价。", "section 六（四）")

covers_src = [
    (2, "1．推动特色产业数字化。"), (3, "2．加快“智慧园区”建设。"),
    (5, "3．完善数字经济治理体系。"), (6, "1．推进公共服务数字化。"), (7, "2．深化智慧教育应用。"),
    (8, "3．深化“互联网+医疗健康”应用。"), (9, "4．加快智慧城市建设。"), (10, "5．推进数字乡村建设。"),
    (11, "6．推进“数字供销”建设。"), (12, "1．培育数据要素市场。"), (13, "2．营造规范有序的政策环境。"),
    (14, "1．强化安全管理责任。"), (15, "1．强化安全管理责任。"), (17, "2．落实安全制度要求。"),
    (18, "3．提升安全防护能力。"), (21, "1．推动行政权力事项网上运行。"), (22, "2．强化审管协同。"),
    (23, "3．建立数字资源“一本账”。"), (24, "4．加强政务信息化项目统筹管理。"), (26, "5．完善制度规范。"),
    (28, "6．开展试点示范。"), (32, "1．完善数据管理机制。"), (33, "2．推进政务数据汇聚治理。"),
    (34, "2．推进政务数据汇聚治理。"), (37, "3．建设数据实时交换和数据仓库。"), (39, "3．建设数据实时交换和数据仓库。"),
    (41, "4．促进数据有序开发利用。"), (42, "4．促进数据有序开发利用。"), (45, "1．强化政务云支撑能力。"),
    (46, "1．强化政务云支撑能力。"), (47, "2．提升电子政务外网支撑能力。"), (48, "3．推进电子政务外网向基层延伸。"),
    (49, "5．建设视频共享和指挥调度体系。"), (50, "4．推进业务专网整合。"), (52, "6．加强共性应用支撑。"),
    (53, "6．加强共性应用支撑。"), (54, "7．深化电子文件和电子档案管理。"), (55, "8．推广公共支付和非税收入电子化。"),
    (56, "8．推广公共支付和非税收入电子化。"), (57, "9．完善信用和地理信息服务。"), (58, "9．完善信用和地理信息服务。"),
    (59, "10．优化全市政务平台构成。"), (64, "（一）健全组织机构。"), (65, "1．加强经济数据汇聚治理。"),
    (66, "2．加强经济运行监测预警。"), (69, "1．提升监管精准化水平。"), (70, "1．提升监管精准化水平。"),
    (71, "2．加强重点领域追溯监管。"), (73, "3．提升监管协同化智能化水平。"), (74, "3．提升监管协同化智能化水平。"),
    (77, "1．提升社会矛盾化解能力。"), (79, "2．提升社会治安防控能力。"), (80, "3．提升公共安全保障能力。"),
    (81, "5．建设视频共享和指挥调度体系。"), (83, "4．提高基层社会治理能力。"), (84, "1．打造泛在可及的服务体系。"),
    (86, "2．做优“我的宁夏”固原专区。"), (87, "3．优化12345政务服务便民热线。"), (88, "4．提供优质便利的涉企服务。"),
    (89, "4．提供优质便利的涉企服务。"), (90, "6．推进公共场馆数字化。"), (92, "5．探索“多卡合一”"),
    (93, "7．推进适老化与信息无障碍建设。"), (94, "1．提升生态环保协同治理能力。"), (95, "1．提升生态环保协同治理能力。"),
    (96, "2．深化“互联网+城乡供水”应用。"), (97, "3．提高自然资源和林草资源管理数字化水平。"),
    (98, "3．提高自然资源和林草资源管理数字化水平。"), (100, "5．推进资源要素市场化交易。"),
    (101, "4．推动绿色低碳转型。"), (102, "4．推动绿色低碳转型。"), (103, "1．提升辅助决策能力。"),
    (104, "2．提升行政执行能力。"), (105, "2．提升行政执行能力。"), (106, "3．推进基层减负。"),
    (107, "4．整合视频会议资源。"), (108, "5．提升行政监督水平。"), (111, "6．提升机关事务管理水平。"),
    (112, "1．提升政府信息公开水平。"), (113, "1．提升政府信息公开水平。"), (114, "2．发挥政务新媒体传播优势。"),
    (115, "3．畅通政民互动渠道。"), (116, "（一）加强组织领导。"), (25, "（二）加大财政投入。"),
    (117, "（三）提升数字素养。"), (118, "（三）提升数字素养。"), (121, "（四）强化考核评价。"),
    (122, "（四）强化考核评价。"), (123, "（四）强化考核评价。"), (124, "（四）强化考核评价。"),
]
covers = [{"task": t, "line": ln(a)} for t, a in covers_src]

key = {
    "writer": "blind writer, round 952; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
    "written": "2026-12-08",
    "draft": "draft.txt",
    "baseline": "ningxia-2023",
    "build": None,
    "parents": [],
    "units": "units.txt",
    "planYear": 2024,
    "expect": expect,
    "mustNotFlag": mnf,
    "covers": covers,
    "notes": ("固原市 city plan issued 2024-03-22, implementing 宁政发〔2023〕17号; inline notes （责任单位：…；完成时限：…） after each item. "
              "Line 141 states that the first-listed lead unit is the main lead. Items that take up regional tasks due 2023 "
              "(14, 15, 17, 24, 32, the 党的领导 items) deliberately carry no 完成时限, so nothing there is late. "
              "Six planted slips: basis title (line 9), late goal (line 16), late task deadline (line 78), impossible date (line 112), "
              "unknown unit (line 63), mojibake (line 132)."),
}
with open(os.path.join(HERE, 'key.json'), 'w', encoding='utf-8') as f:
    json.dump(key, f, ensure_ascii=False, indent=2)
    f.write('\n')
print(len(LINES), 'lines;', len(expect), 'expect;', len(mnf), 'mustNotFlag;', len(covers), 'covers')
