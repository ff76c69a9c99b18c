#!/usr/bin/env python3
# Builds key.json for blind568; every line number is computed from draft.txt by a unique anchor.
import json
L = open('draft.txt', encoding='utf-8').read().split('\n')
if L and L[-1] == '':
    L = L[:-1]

def ln(anchor, text=None):
    hits = [i + 1 for i, l in enumerate(L) if anchor in l]
    assert len(hits) == 1, (anchor, hits)
    if text is not None:
        assert text in L[hits[0] - 1], (text, hits[0])
    return hits[0]

def E(rule, anchor, text, why):
    return {"rule": rule, "line": ln(anchor, text), "text": text, "why": why}

def N(rule, anchor, text, why):
    d = {"rule": rule, "line": ln(anchor, text)}
    if text:
        d["text"] = text
    d["why"] = why
    return d

def P(pillar, anchor, why):
    return {"rule": "missing-pillar", "line": ln(anchor), "pillar": pillar, "why": why}

DL = "deadline-later-than-baseline"
UU = "unknown-unit"
BM = "basis-mismatch"

expect = [
    E(BM, "（宁政办发〔2023〕17号）", "宁政办发〔2023〕17号",
      "the region's 实施意见 《自治区人民政府关于加强数字政府建设的实施意见》 is 宁政发〔2023〕17号; the draft wrote 宁政办发 (an office 文号 prefix, likely carried over from the 宁政办发〔2023〕11号 cited next)"),
    E(DL, "6.推进适老化与信息无障碍建设", "2025年底",
      "body sentence: 政府网站、政务移动端、政务服务场所适老化与信息无障碍改造 is task 93, 完成时限 2024年; 2025年底前 is later"),
    E(DL, "2.延伸电子政务外网", "2025年6月底",
      "inline note: 城域网升级改造、外网区乡村全覆盖 is task 48 (推进区市县乡村5级全覆盖), 完成时限 2024年; 2025年6月底前 is later (the draft's own 2024 goal on line 17 also says 外网 reaches every village by end-2024)"),
    E("deadline-invalid", "3.推进矛盾纠纷多元化解", "6月31日",
      "June has 30 days: 2024年6月31日前 is an impossible date (meant 6月30日/6月底). Task 77's 完成时限 is 2024年, so it is not a late deadline, only an invalid one"),
    E(UU, "4.做实惠企服务", "市审批服务管理局",
      "a 吴忠市 body named as the lead of a district task; the district's own 区审批服务管理局 is meant (not in units.txt; city bodies are report-to only)"),
    E(UU, "1.推进政务系统上信创云", "区大数据局",
      "红寺堡区 has no 大数据局 (not in units.txt); copied from the city's 市大数据管理服务局 structure"),
    E("garbled-text", "3.推进数字乡村建设", "淇℃伅杩涙潙鍏ユ埛",
      "UTF-8 read as GBK: 淇℃伅杩涙潙鍏ユ埛宸ョ▼ re-encoded as GBK and decoded as UTF-8 is 信息进村入户工程"),
    {"rule": "missing-pillar", "line": 0, "pillar": "数字生态",
     "why": "no paragraph takes up 营造良好数字生态 (数据要素市场、数据交易平台、数据确权、交易规则/市场准入、数字产业生态、网络生态); the 指导思想 even drops 打造良好数字生态 from the region's phrase. 公共数据开放 (line 44) is 数据资源 work (task 41), not 数字生态"},
    {"rule": "task-uncovered", "line": 0, "task": 114,
     "why": "政务新媒体矩阵 (各市、县（区）分别负责, 2024年) deliberately left out: the 政务公开 section has 112, 113, 115 but nothing on 政务新媒体"},
]

mnf = [
    # --- units ---
    N(UU, "1.推进政务服务线上线下融合", "红寺堡区审批服务管理局", "区直 body written with the district name; units.txt lists 区审批服务管理局 and says 区直 names are prefixed with 红寺堡区"),
    N(UU, "2.做优“我的宁夏”红寺堡专区", "区审批服务管理局", "the same body written without 红寺堡区 (canonical in units.txt)"),
    N(UU, "2.用好“宁政通”移动办公", "红寺堡区人民政府办公室", "区人民政府办公室 with the district prefix"),
    N(UU, "7.推进非税收入收缴电子化", "红寺堡区财政局", "区财政局 with the district prefix"),
    N(UU, "1.推进政务服务线上线下融合", "各乡镇、各村（社区）", "collective subjects (各乡镇; 各村（社区）), not units"),
    N(UU, "1.推进政务服务线上线下融合", "区直各部门（单位）", "collective subject"),
    N(UU, "6.推进适老化与信息无障碍建设", "各乡镇人民政府", "collective subject"),
    N(UU, "1.推行差异化监管", "区直有关部门", "collective subject"),
    N(UU, "3.推行远程监管", "承担监管职责的区直有关部门（单位）", "collective subject (district form of 承担监管职责的自治区有关部门（单位）)"),
    N(UU, "2.做优“我的宁夏”红寺堡专区", "区人社局", "official short name listed in units.txt (区人力资源和社会保障局)"),
    N(UU, "2.强化重点领域追溯监管", "区市场监督管理局", "canonical name in units.txt; line 51 uses its short name 区市场监管局"),
    N(UU, "4.汇聚视频资源", "区公安分局", "short name of 吴忠市公安局红寺堡区分局 in units.txt"),
    N(UU, "2.建设智慧园区", "弘德工业园区管委会", "short name of 红寺堡弘德工业园区管理委员会 in units.txt"),
    N(UU, "1.摸清数据家底", "吴忠市大数据管理服务局", "a 吴忠市 body the district only reports to (目录报备), not a responsible unit of the measure"),
    N(UU, "（一）压实各级责任", "吴忠市数字政府建设领导小组办公室", "the district only reports to it; not a responsible unit"),
    N(UU, "（二）守住安全底线", "吴忠市委网信办", "the district only reports incidents to it; the responsible units are in the note (区委网信办 …)"),
    N(UU, "（四）提升干部数字能力", "区委党校", "district body listed in units.txt, named in the body text only"),
    # --- deadlines ---
    N(DL, "1.推进政务服务线上线下融合", "2024年12月底", "task 84 (一体化政务服务体系, 网上办掌上办就近办一次办) 完成时限 2024年: equal"),
    N(DL, "2.做优“我的宁夏”红寺堡专区", "2024年10月底前", "task 86 (“我的宁夏”应上尽上) 完成时限 2024年: earlier"),
    N(DL, "3.提升12345热线办理质效", "2025年", "task 87 (12345 “一呼即应”) 完成时限 2023年启动，2025年完成: equal to the completing milestone"),
    N(DL, "4.做实惠企服务", "2024年", "task 89 (企业专属网页、惠企政策直达直享) 完成时限 2024年: equal"),
    N(DL, "2.用好“宁政通”移动办公", "2024年6月底前", "task 105 (“宁政通”总门户) 完成时限 2024年: earlier in the same year"),
    N(DL, "3.为基层填表报数减负", "2024年底前", "task 106 (填表报数工作量压减50%以上) 完成时限 2025年: earlier"),
    N(DL, "4.整合视频会议资源", "2025年", "task 107 (视频会议平台) 完成时限 2025年: equal"),
    N(DL, "1.推进政务系统上信创云", "2024年12月底前", "task 43 (政务信创云) 完成时限 2024年建成，持续推进 (also 46: 2024年): equal"),
    N(DL, "4.汇聚视频资源", "2024年底", "task 49 (视频共享平台、视频一张网) 完成时限 2025年: earlier"),
    N(DL, "7.推进非税收入收缴电子化", "2025年", "task 56 (非税收入收缴电子化全覆盖) 完成时限 2025年: equal"),
    N(DL, "1.实施“互联网+基层治理”行动", "2025年", "task 83 (互联网+基层治理) 完成时限 2025年: equal"),
    N(DL, "1.推进数字治水", "2025年", "task 96 (互联网+城乡供水、数字治水全国样板) 完成时限 2025年: equal"),
    N(DL, "1.配合宁夏经济运行大数据平台建设", "2024年", "task 66 (经济运行大数据平台) 完成时限 2025年: earlier"),
    N(DL, "1.推动葡萄酒产业上云用数", "2024年", "task 2 (红酒云等产业云) 完成时限 2023年启动，2024年取得明显成效: equal"),
    N(DL, "2.建设智慧园区", "2025年", "task 3 (智慧园区) 完成时限 持续推进，2025年取得明显成效: equal"),
    N(DL, "1.推进教育数字化", "2025年", "task 7 (国家智慧教育平台) 完成时限 2023年形成试点经验，2025年取得明显成效: equal"),
    N(DL, "2.配合建设全区统一的规范性文件数据库", "2024年9月底前", "task 113 (政策“一库通查”) 完成时限 2024年: earlier"),
    N(DL, "1.健全区、乡、村三级推进体系", "2024年6月底前", "task 64 (各地参照自治区做法成立相应组织机构) 完成时限 2025年: earlier. Not task 60 (充实自治区领导小组, 自治区政府办公厅负责, 2023年), which is a regional task"),
    N(DL, "4.强化审管协同", "2024年底", "task 22 (审管协同, “审管信”) 完成时限 2025年: earlier"),
    N(DL, "5.开展试点示范", "2025年", "task 28 (试点示范) 完成时限 2023年启动，2025年取得明显成效: equal"),
    N(DL, "（二）守住安全底线", "长期坚持", "tasks 14, 15, 17 (2023年) and 18 (2023年形成机制，长期坚持): the district sets an ongoing duty with no completion milestone, so no milestone is later than the region's"),
    N(DL, "到2024年底，区、乡、村三级", "到2024年底", "goal sentence: 外网覆盖全部行政村 = task 48 (2024年), 区直系统部署至政务信创云 = task 43 (2024年建成，持续推进): equal; 填表报数压减50%以上 = task 106 (2025年): earlier"),
    N(DL, "到2025年，全区数字政府建设体系框架全面成型", "到2025年", "region's goal 到2025年“34567”体系框架全面成型 and 吴忠's 到2025年“1347”体系框架全面成型: equal"),
    N(DL, "（五）严格督查考核", "2024年12月15日前", "the office's own reporting date (年度总结报送) in a paragraph that echoes tasks 122–124 (2023年完成，长期坚持); not a task deadline"),
    N("deadline-invalid", "（五）严格督查考核", "每季度末月25日前", "the office's own quarterly reporting rhythm, not a deadline"),
    N("deadline-invalid", "自《宁夏回族自治区2020年", "2023年", "background: what was done in 2023, a past date before the plan's year, not a deadline"),
    N("deadline-invalid", "2024年3月18日", "2024年3月18日", "issuing date of the notice"),
    # --- basis ---
    N(BM, "（宁政办发〔2023〕17号）", "国发〔2022〕14号", "correct title and 文号 of the national 指导意见"),
    N(BM, "（宁政办发〔2023〕17号）", "宁政办发〔2023〕11号", "《数字宁夏“1244+N”行动计划实施方案》 cited exactly as the 吴忠 plan cites it"),
    N(BM, "（宁政办发〔2023〕17号）", "吴忠市人民政府《关于加强数字政府建设的实施方案》", "the city plan cited by title alone (it has no 文号), the form DOMAIN.md gives"),
    N(BM, "自《宁夏回族自治区2020年", "宁政办发〔2020〕14号", "retrospective mention of the 2020 工作要点 in the background, with its correct title and 文号; not cited as a basis"),
    N(BM, "红政办发〔2024〕9号", "红政办发〔2024〕9号", "the notice's own 文号"),
    # --- pillars taken up under other names / places ---
    P("安全保障", "（二）守住安全底线", "taken up only inside 保障措施, but as a paragraph of real measures with an inline note (tasks 14, 15, 17, 18)"),
    P("五个一和六级贯通", "1.健全区、乡、村三级推进体系", "工作体系 merged with 制度规则 in （十二）理顺推进机制和建设规矩: 组织机构, 领导小组办公室, 六级贯通 层级职责 (task 64)"),
    P("制度规则", "2.规范政务信息化项目管理", "same merged section: 会商机制, 行政权力网上运行, 审管协同, 试点示范 (tasks 24, 21, 22, 28)"),
    P("平台支撑", "（三）把政务云网铺到村", "政务云、电子政务外网、专网整合、视频、电子印章/证照、电子文件、非税 (tasks 43, 48, 50, 49, 53, 54, 56)"),
    P("数据资源", "（四）用好管好政务数据", "数据资源目录、主题库与数据回流、公共数据开放 (tasks 30, 34, 41)"),
    P("公共服务", "（一）打造“红寺堡事好办”政务服务品牌", "heading in the district's own words (tasks 84, 86–89, 93)"),
    P("政务运行", "（二）建设“指尖上的机关”", "协同办公、宁政通、填表报数、视频会议、机关事务 (tasks 104–107, 111)"),
    P("社会管理", "（五）织密基层治理“一张网”", "tasks 77, 79, 80, 83"),
    P("市场监管", "（六）守好市场秩序底线", "tasks 70, 71, 74"),
    P("生态环境保护", "（七）护航生态立区", "tasks 94, 96, 98"),
    P("经济调节", "（八）让经济运行“看得清”", "tasks 65, 66"),
    P("数字经济", "（九）赋能葡萄酒和特色种养产业", "tasks 2, 3"),
    P("数字社会", "（十）让数字红利惠及移民群众", "tasks 6, 7, 8, 10"),
    P("政务公开", "（十一）让权力在阳光下运行", "tasks 112, 113, 115"),
    P("组织领导", "（一）压实各级责任", "保障措施: 一把手工程 (task 116)"),
    P("财政投入", "（三）统筹建设资金", "保障措施 (task 25)"),
    P("数字素养", "（四）提升干部数字能力", "保障措施 (task 118)"),
    P("考核评价", "（五）严格督查考核", "保障措施 (tasks 122–124)"),
]

covers_spec = [
    (84, "1.推进政务服务线上线下融合"), (86, "2.做优“我的宁夏”红寺堡专区"), (87, "3.提升12345热线办理质效"),
    (89, "4.做实惠企服务"), (88, "5.深化“证照分离”改革"), (93, "6.推进适老化与信息无障碍建设"),
    (104, "1.全面使用协同办公平台"), (105, "2.用好“宁政通”移动办公"), (106, "3.为基层填表报数减负"),
    (107, "4.整合视频会议资源"), (111, "5.推进机关事务管理数字化"),
    (43, "1.推进政务系统上信创云"), (48, "2.延伸电子政务外网"), (50, "3.整合非涉密业务专网"),
    (49, "4.汇聚视频资源"), (53, "5.推广电子印章和电子证照"), (54, "6.推进电子文件归档"),
    (56, "7.推进非税收入收缴电子化"), (30, "1.摸清数据家底"), (34, "2.推动数据按需回流"),
    (41, "3.分类分级开放公共数据"), (83, "1.实施“互联网+基层治理”行动"), (79, "2.推进“雪亮工程”提质扩面"),
    (77, "3.推进矛盾纠纷多元化解"), (80, "4.建设“智慧应急”"), (70, "1.推行差异化监管"),
    (71, "2.强化重点领域追溯监管"), (74, "3.推行远程监管"), (96, "1.推进数字治水"),
    (94, "2.加强生态环境数据应用"), (98, "3.推进“智慧林草”应用"), (66, "1.配合宁夏经济运行大数据平台建设"),
    (65, "2.加强经济数据归集分析"), (2, "1.推动葡萄酒产业上云用数"), (3, "2.建设智慧园区"),
    (7, "1.推进教育数字化"), (8, "2.推进“互联网+医疗健康”"), (10, "3.推进数字乡村建设"),
    (6, "4.发展“互联网+养老”"), (112, "1.完善区政府网站政务公开专栏"), (113, "2.配合建设全区统一的规范性文件数据库"),
    (115, "3.以12345政务服务便民热线为枢纽"), (64, "1.健全区、乡、村三级推进体系"), (24, "2.规范政务信息化项目管理"),
    (21, "3.推动行政权力事项网上运行"), (22, "4.强化审管协同"), (28, "5.开展试点示范"),
    (116, "（一）压实各级责任"), (14, "（二）守住安全底线"), (15, "（二）守住安全底线"),
    (17, "（二）守住安全底线"), (18, "（二）守住安全底线"), (25, "（三）统筹建设资金"),
    (118, "（四）提升干部数字能力"), (122, "（五）严格督查考核"), (123, "（五）严格督查考核"),
    (124, "（五）严格督查考核"),
]
covers = [{"task": t, "line": ln(a)} for t, a in covers_spec]

key = {
    "writer": "blind writer, round 568; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
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
    "notes": ("红寺堡区 2024 plan in its own order and words: 公共服务 first, then 政务运行, 平台支撑, 数据资源, 社会管理, 市场监管, 生态, 经济调节, 数字经济, 数字社会, 政务公开; "
              "工作体系 (五个一/六级贯通) and 制度规则 are merged in （十二）; 安全保障 appears only as 保障措施（二） (a paragraph of real measures with an inline note); 数字生态 is absent. "
              "No heading repeats a regional part name. Deadlines were kept to tasks whose regional 完成时限 is 2024 or 2025; measures echoing 2023 tasks (30, 24, 25, 116, 118, 122-124) carry no 完成时限, "
              "and the security paragraph (14, 15, 17, 18) says 长期坚持. units.txt holds the district's own registry; 吴忠市 bodies appear only as report-to addressees, except the planted 市审批服务管理局 lead."),
}
json.dump(key, open('key.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=2)
print(len(expect), len(mnf), len(covers))
