#!/usr/bin/env python3
# Builds key.json for blind case 737 from draft.txt, locating every line by a unique substring
# (or by the annex row number), so line numbers are always checked against the final draft.
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))
LINES = open(os.path.join(HERE, "draft.txt"), encoding="utf-8").read().split("\n")
if LINES and LINES[-1] == "":
    LINES.pop()


def at(sub, also=None):
    hits = [i + 1 for i, l in enumerate(LINES) if sub in l and (also is None or also in l)]
    assert len(hits) == 1, (sub, also, hits)
    return hits[0]


def row(n):
    hits = [i + 1 for i, l in enumerate(LINES) if l.startswith(f"{n}\t")]
    assert len(hits) == 1, (n, hits)
    return hits[0]


def cell(n, k):
    return LINES[row(n) - 1].split("\t")[k]


expect = [
    {"rule": "basis-mismatch", "line": at("宁政办发〔2023〕17号"), "text": "宁政办发〔2023〕17号",
     "why": "the regional 《自治区人民政府关于加强数字政府建设的实施意见》 is 宁政发〔2023〕17号; 宁政办发 is the "
            "office series (the next citation, 宁政办发〔2023〕11号, is one) - a 文号 that does not belong to the title"},
    {"rule": "unknown-unit", "line": at("牵头单位：县电子政务办"), "text": "县电子政务办",
     "why": "not in units.txt (an old name; the registry has 县数字政府建设领导小组办公室 = 县数字政府办, and annex row 19 "
            "gives the same work to 县大数据服务中心)"},
    {"rule": "deadline-later-than-baseline", "line": row(19), "text": "2025年6月底前",
     "why": "task 48 (各级城域网升级改造，推进区市县乡村5级全覆盖; 各市、县（区）具体负责) 完成时限 2024年, and task 47 "
            "(外网升级、扩大互联网出口带宽) 2024年; the row completes village coverage only 2025年6月底前"},
    {"rule": "deadline-invalid", "line": at("2024年6月31日前"), "text": "2024年6月31日",
     "why": "June has 30 days - an impossible date (annex row 42 gives 2024年6月底前 for the same 宁政通 task; task 105 "
            "完成时限 2024年, so the year itself is not late)"},
    {"rule": "garbled-text", "line": at("鏁版嵁鍏变韩"), "text": "鏁版嵁鍏变韩",
     "why": "UTF-8 bytes of 数据共享 read as GBK (re-encode as GBK, decode as UTF-8 -> 数据共享)"},
]

# ---- near misses -------------------------------------------------------------------------------
M = []


def mnf(rule, line, why, text=None):
    e = {"rule": rule, "line": line}
    if text is not None:
        e["text"] = text
    e["why"] = why
    M.append(e)


# basis documents
mnf("basis-mismatch", at("国发〔2022〕14号"), "correct national basis: 《国务院关于加强数字政府建设的指导意见》（国发〔2022〕14号）", "国发〔2022〕14号")
mnf("basis-mismatch", at("宁政办发〔2023〕11号"), "correct: 《数字宁夏“1244+N”行动计划实施方案》 is 宁政办发〔2023〕11号 (cited the same way by the 吴忠 plan)", "宁政办发〔2023〕11号")
mnf("basis-mismatch", at("石嘴山市人民政府《关于加强数字政府建设的实施方案》"), "the city plan cited by issuer and title alone, without 文号, as DOMAIN.md describes; no parent plan is given for this case", "石嘴山市人民政府《关于加强数字政府建设的实施方案》")
mnf("basis-mismatch", at("宁政办发〔2020〕14号"), "retrospective mention in 工作基础 of the 2020 工作要点 (title and 文号 both right); not cited as the basis of this plan", "宁政办发〔2020〕14号")
mnf("basis-mismatch", at("平政办发〔2024〕23号"), "the notice's own 文号, not a cited document", "平政办发〔2024〕23号")
mnf("basis-mismatch", at("《全国一体化政务大数据体系建设指南》"), "a guide named as in regional task 29, not a basis document; correct title", "《全国一体化政务大数据体系建设指南》")

# dates in the body
mnf("deadline-invalid", at("2024年4月18日"), "the notice's own issue date, not a deadline", "2024年4月18日")
mnf("deadline-invalid", at("截至2023年底"), "past dates in the 工作基础 background (截至2023年底, 2023年, 2020年 in an old title), not deadlines", "截至2023年底")
mnf("deadline-later-than-baseline", at("截至2023年底"), "background: 2023 is reported as done; the sentence about 政务数据资源、算力资源底数 (task 30, 2023年) is retrospective and equal anyway", "2023年")
mnf("deadline-later-than-baseline", at("到2024年底，县级非涉密"), "2024 goal built only from 2024 tasks: task 46 (政务信息系统迁移) 2024年, task 43 (政务信创云) 2024年建成，持续推进, task 84 (一网通办) 2024年, task 86 (我的宁夏) 2024年, task 105 (宁政通) 2024年; no regional goal for the same thing is earlier", "到2024年底")
mnf("deadline-later-than-baseline", at("到2025年，全县数字政府建设体系框架全面成型"), "equal to the regional 主要目标 到2025年 (34567 体系框架全面成型)", "到2025年")
mnf("deadline-later-than-baseline", at("到2035年，与政府治理能力"), "equal to the regional 主要目标 到2035年", "到2035年")
mnf("deadline-later-than-baseline", at("2024年底前县级非涉密政务信息系统原则上全部完成迁移"), "equal: task 46 (政务信息系统有序迁移) 完成时限 2024年; task 43 2024年建成，持续推进", "2024年底前")
mnf("deadline-later-than-baseline", at("2024年底前完成县政府门户网站"), "equal: task 93 (适老化与信息无障碍建设) 完成时限 2024年", "2024年底前")
mnf("deadline-later-than-baseline", at("2024年12月10日前报送年度工作总结"), "the office's own reporting dates (quarterly and 2024年12月10日), not task deadlines", "2024年12月10日")
mnf("deadline-later-than-baseline", at("重点任务清单（2024—2025年）"), "the period of the annex in its title, not a deadline", "2024—2025年")
mnf("deadline-later-than-baseline", at("每年至少组织1次全县政务网络安全攻防演练"), "a frequency (每年至少1次), not a deadline; task 18 is 2023年形成机制，长期坚持", "每年至少组织1次")
mnf("deadline-later-than-baseline", at("每年至少组织2期"), "a frequency, not a deadline; task 118 is 2023年完成并长期坚持", "每年至少组织2期")

# annex rows: (row, regional task(s) and 完成时限, relation)
ROWS = {
    1: "task 64 (各地各部门参照自治区做法成立相应组织机构; 各市、县（区）负责) 完成时限 2025年; the row is earlier",
    2: "task 2 (产业云、产业数字化) 完成时限 2023年启动，2024年取得明显成效; equal completing milestone",
    3: "task 3 (智慧园区) 完成时限 持续推进，2025年取得明显成效; copied, equal",
    4: "task 7 (国家智慧教育平台整省试点) 完成时限 2023年形成试点经验，2025年取得明显成效; equal completing milestone",
    5: "task 8 (互联网+医疗健康) 完成时限 持续推进，2025年取得明显成效; the row is earlier",
    6: "task 9 (智慧城市、城市运行管理服务平台) 完成时限 持续推进，2025年取得明显成效; equal",
    7: "task 10 (数字乡村) 完成时限 持续推进，2025年取得明显成效; copied, equal",
    8: "task 11 (数字供销) 完成时限 2023年完成主要建设任务，2025年取得明显成效; equal completing milestone",
    9: "task 18 (安全技术保障体系、常态化安全防护和应急演练) 完成时限 2023年形成机制，长期坚持; copied verbatim - a copied regional deadline before the plan's year, not invalid and not late",
    10: "task 46 (政务信息系统有序迁移) 完成时限 2024年; task 43 2024年建成，持续推进; equal",
    11: "task 21 (行政权力事项网上运行、动态管理) 完成时限 2024年; equal",
    12: "task 22 (审管协同) 完成时限 2025年; 2025年6月底前 is earlier",
    13: "task 23 (数字资源管理系统、一本账) 完成时限 2024年; 2024年9月底前 is earlier",
    14: "task 28 (试点示范) 完成时限 2023年启动，2025年取得明显成效; completing milestone equal (the county starts in its own plan year)",
    15: "tasks 33/34 (基础数据资源库、主题数据库) 完成时限 2024年; equal",
    16: "task 41 (公共数据开放目录、开放平台) 完成时限 2024年; 2024年10月底前 is earlier",
    17: "task 42 (公共数据与政务数据融合应用) 完成时限 2024年; equal",
    18: "task 40 (电子公文) 2024年 and task 54 (电子文件归档、电子档案) 2024年; equal",
    20: "task 50 (非涉密业务专网整合迁移) 完成时限 2024年; equal",
    21: "task 49 (视频一张网) 完成时限 2025年; equal",
    22: "task 52 (电子证照共享应用) 完成时限 2025年; the row is earlier",
    23: "task 56 (非税收入收缴电子化) 完成时限 2025年; 2025年6月底前 is earlier",
    24: "task 57 (信用信息共享) 完成时限 2024年; equal",
    25: "task 66 (宁夏经济运行大数据平台) 完成时限 2025年; equal",
    26: "task 70 (双随机、一公开、企业信用风险分类管理) 完成时限 2024年; equal",
    27: "task 73 (监管数据治理、消费维权一件事) 完成时限 2024年; equal",
    28: "task 71 (重点领域数字化追溯监管) 完成时限 2024年; equal",
    29: "task 77 (矛盾纠纷多元化解信息系统) 完成时限 2024年; equal",
    30: "task 79 (雪亮工程) 完成时限 2024年; equal",
    31: "task 80 (智慧应急) 完成时限 2024年; 2024年11月底前 is earlier",
    32: "task 83 (互联网+基层治理) 完成时限 2025年; equal",
    33: "task 84 (一体化政务服务体系) 完成时限 2024年; equal",
    34: "task 86 (我的宁夏 应上尽上) 完成时限 2024年; 2024年9月底前 is earlier",
    35: "task 87 (12345热线) 完成时限 2023年启动，2025年完成; equal completing milestone",
    36: "tasks 88 (证照分离) and 89 (企业全生命周期服务) 完成时限 2024年; equal",
    37: "task 90 (公共场馆数字化、接入我的宁夏) 完成时限 2024年; equal",
    38: "task 93 (适老化与信息无障碍) 完成时限 2024年; equal",
    39: "task 94 (生态环境数据资源中心、数据交换) 完成时限 2024年; equal",
    40: "task 96 (互联网+城乡供水) 完成时限 2025年; equal",
    41: "tasks 97 (自然资源一张图) and 98 (智慧林草) 完成时限 2024年; equal",
    42: "task 105 (宁政通) 完成时限 2024年; 2024年6月底前 is earlier",
    43: "task 106 (填表报数系统，压减50%以上) 完成时限 2025年; 2025年6月底前 is earlier",
    44: "task 107 (视频会议平台) 完成时限 2025年; the row is earlier",
    45: "task 108 (公共资源交易全流程数字化) 完成时限 长期推进，2024年取得明显成效; copied, equal",
    46: "task 111 (机关事务管理信息系统、办公用房数据) 完成时限 2025年; equal",
    47: "tasks 112 (政务公开信息化平台) and 113 (政策文件库) 完成时限 2024年; equal",
    48: "task 114 (政务新媒体矩阵) 完成时限 2024年; equal",
    49: "task 115 (政民互动和民意转办平台) 完成时限 2024年; equal",
    50: "task 116 (一把手工程) 完成时限 2023年完成并长期坚持; copied verbatim - a copied regional deadline before the plan's year, not invalid and not late",
    51: "task 118 (数字政府培训) 完成时限 2023年完成并长期坚持; the row says 长期坚持 (ongoing, no later milestone)",
    52: "task 121 (年度考核指标、常态化考核) 完成时限 长期坚持, task 122 (纳入效能目标管理考核) 2023年完成，长期坚持; ongoing, no later milestone",
}
for n, why in ROWS.items():
    mnf("deadline-later-than-baseline", row(n), why, cell(n, 4))
for n in (9, 50):
    mnf("deadline-invalid", row(n), "copied regional deadline that lies before the plan's year (KEY-FORMAT names this a near miss)", cell(n, 4).split("，")[0])

# units
mnf("unknown-unit", at("各乡镇人民政府，县直各部门（单位），平罗工业园区管委会："), "addressees: collectives plus 平罗工业园区管委会 (registered short name)", "县直各部门（单位）")
mnf("unknown-unit", 6, "平罗县人民政府办公室 is the issuing office, registered as a short name of 县人民政府办公室", "平罗县人民政府办公室")
mnf("unknown-unit", at("石嘴山市人民政府《关于"), "issuer of a cited basis document, not a responsible unit", "石嘴山市人民政府")
mnf("unknown-unit", at("数字宁夏建设运营有限公司"), "registered (合作企业); 县人民政府 is the registered short name of 平罗县人民政府", "数字宁夏建设运营有限公司")
mnf("unknown-unit", at("须报县数字政府办审核"), "县数字政府办 is the registered short name of 县数字政府建设领导小组办公室", "县数字政府办")
mnf("unknown-unit", at("（牵头单位：县数字政府办；"), "县数字政府办 registered; 县发改局、财政局 distributes the prefix: 县财政局", "财政局")
mnf("unknown-unit", at("配合单位：县发改局、财政局、审计局）"), "prefix distributes: 县发改局, 县财政局, 县审计局, all registered", "审计局")
mnf("unknown-unit", at("（牵头单位：平罗工业园区管委会；"), "石嘴山市生态环境局平罗分局 is a registered name (city branch office in the county); never split into 石嘴山市 + another unit", "石嘴山市生态环境局平罗分局")
mnf("unknown-unit", at("（牵头单位：县教体局、县卫健局"), "official short names registered in units.txt (县教体局, 县卫健局, 县人社局, 县文旅局); '按职责分别牵头' is a role", "县教体局")
mnf("unknown-unit", at("（牵头单位：县农业农村局；配合单位：县供销社"), "县供销社 is the registered short name of 县供销合作社联合社", "县供销社")
mnf("unknown-unit", at("在崇岗镇、陶乐镇等乡镇开展数字乡村试点"), "town names as places (registered as short names of the town governments)", "崇岗镇")
mnf("unknown-unit", at("（牵头单位：县委网信办；配合单位：县公安局，县直各部门"), "collectives 县直各部门（单位）, 各乡镇人民政府", "各乡镇人民政府")
mnf("unknown-unit", at("等承担监管职责的县直有关部门）"), "named units followed by a collective (承担监管职责的县直有关部门)", "承担监管职责的县直有关部门")
mnf("unknown-unit", at("积极对接自治区政府办公厅统一建设"), "a regional body named as the builder of the regional platform, not as lead of a county task", "自治区政府办公厅")
mnf("unknown-unit", at("（牵头单位：县电子政务办；"), "the three operators are registered short names (中国电信平罗分公司 etc.); only 县电子政务办 on this line is unknown", "中国电信平罗分公司")
mnf("unknown-unit", at("（牵头单位：县发改局、石嘴山市自然资源局平罗分局"), "registered name with the city prefix; never split", "石嘴山市自然资源局平罗分局")
mnf("unknown-unit", at("配合单位：县委网信办、县生态环境分局）"), "县生态环境分局 is the registered short name of 石嘴山市生态环境局平罗分局", "县生态环境分局")
mnf("unknown-unit", at("县人民法院、县人民检察院）"), "courts and procuratorate registered in units.txt", "县人民检察院")
mnf("unknown-unit", at("县自然资源分局、平罗县消防救援大队）"), "registered: 县自然资源分局 (short name), 平罗县消防救援大队", "平罗县消防救援大队")
mnf("unknown-unit", at("各乡镇人民政府、各村（社区））"), "collective 各村（社区）", "各村（社区）")
mnf("unknown-unit", at("（牵头单位：县政府办公室；配合单位：县残联"), "县残联 registered short name of 县残疾人联合会", "县残联")
mnf("unknown-unit", at("县政府督查室按职责分别牵头"), "registered: 县公共资源交易中心, 县政府督查室", "县政府督查室")
mnf("unknown-unit", at("纳入县委党校干部教育培训"), "县委党校 registered", "县委党校")
mnf("unknown-unit", row(50), "collective lead (县直各部门（单位）、各乡镇人民政府分别负责), as task 116 does regionally", "县直各部门（单位）")
mnf("unknown-unit", row(13), "县发改局、财政局、审计局: the prefix distributes", "财政局")

# garbled-text look-alikes
mnf("garbled-text", at("全面推进IPv6改造"), "ordinary Latin term IPv6", "IPv6")
mnf("garbled-text", at("3.优化12345政务服务便民热线"), "hotline numbers 12345 and 110", "12345")
mnf("garbled-text", row(42), "APP and the product name 宁政通", "APP")

# pillars restructured or under another heading
for p, why in [
    ("五个一", "part 二 '健全县级工作体系' takes it up by content (参照自治区“五个一”工作体系, 领导小组, 技术支撑单位, 政企合作、管运分离), as DOMAIN describes for 吴忠's 一套体系"),
    ("六级贯通", "part 二（二） 厘清层级职责 follows the 六级贯通 层级架构 for 县、乡、村"),
    ("组织领导", "under the heading 六、保障措施, （一）加强组织领导 (一把手工程)"),
    ("财政投入", "under 六、保障措施, （二）加大财政投入"),
    ("数字素养", "under 六、保障措施, （三）提升数字素养"),
    ("考核评价", "under 六、保障措施, （四）强化考核评价"),
]:
    M.append({"rule": "missing-pillar", "line": 0, "pillar": p, "why": why})

# ---- covers ---------------------------------------------------------------------------------------
C = [
    (64, "（一）健全组织机构。参照自治区"), (2, "1.推动产业数字化转型"), (3, "2.加快“智慧园区”建设"),
    (5, "3.完善数字经济治理体系"), (6, "1.推动数字化服务普惠应用"), (8, "2.深化“互联网+医疗健康”应用"),
    (9, "3.加快智慧县城建设"), (10, "4.推进数字乡村建设"), (11, "4.推进数字乡村建设"), (12, "1.培育数据要素市场"),
    (14, "1.强化安全管理责任"), (15, "1.强化安全管理责任"), (17, "2.落实安全制度要求"), (18, "3.提升安全防护能力"),
    (21, "1.以数字化改革助力政府职能转变"), (22, "2.强化审管协同"), (23, "3.创新建设管理机制"),
    (28, "4.开展试点示范"), (32, "1.完善数据管理机制"), (36, "2.深化数据高效共享"), (34, "3.推进数据汇聚治理"),
    (41, "4.促进数据有序开发利用"), (42, "4.促进数据有序开发利用"), (40, "5.规范电子公文和电子档案管理"),
    (46, "1.强化政务云支撑能力"), (48, "2.提升网络平台支撑能力"), (50, "2.提升网络平台支撑能力"),
    (49, "3.推进视频资源整合"), (52, "4.加强共性应用支撑能力"), (56, "4.加强共性应用支撑能力"),
    (57, "5.完善信用和地理信息服务"), (58, "5.完善信用和地理信息服务"), (66, "1.加强经济运行监测分析"),
    (67, "2.加强经济政策统筹协调"), (70, "1.提升监管精准化水平"), (73, "2.提升监管协同化水平"),
    (71, "3.加强重点领域追溯监管"), (74, "4.提升监管智能化水平"), (77, "1.提升社会矛盾化解能力"),
    (79, "2.提升社会治安防控能力"), (80, "3.提升公共安全保障能力"), (83, "4.提高基层社会治理能力"),
    (84, "1.打造泛在可及的服务体系"), (86, "2.做优“我的宁夏”平罗专区"), (87, "3.优化12345政务服务便民热线"),
    (88, "4.提供优质便利的涉企服务"), (89, "4.提供优质便利的涉企服务"), (90, "5.拓展公平普惠的民生服务"),
    (93, "6.推进适老化与信息无障碍建设"), (94, "1.提升生态环保协同治理能力"), (96, "2.提高自然资源利用效率"),
    (97, "2.提高自然资源利用效率"), (100, "3.推动绿色低碳转型"), (103, "1.提升辅助决策能力"),
    (104, "2.提升行政执行能力"), (105, "2.提升行政执行能力"), (106, "2.提升行政执行能力"),
    (107, "3.统筹视频会议资源"), (108, "4.提升行政监督水平"), (109, "4.提升行政监督水平"),
    (111, "5.提升机关事务管理水平"), (112, "1.提升政府信息公开水平"), (114, "2.发挥政务新媒体传播优势"),
    (115, "3.畅通政民互动渠道"), (116, "（一）加强组织领导"), (25, "（二）加大财政投入"),
    (118, "（三）提升数字素养"), (121, "（四）强化考核评价"), (124, "（四）强化考核评价"),
]
covers = [{"task": t, "line": at(s)} for t, s in C]

key = {
    "writer": "blind writer, round 737; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
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
    "notes": ("平罗县 (石嘴山市) 2024 plan by a careful office: framework 一套体系 + 三个驱动 + 四大支撑 + 七个能力, "
              "党的领导 items under the heading 六、保障措施; body measures carry 牵头/配合 notes on the next line, "
              "deadlines are in the annex table (rows are numbered; row n is line 169+n) and in a few body sentences. "
              "Five planted mistakes: wrong 文号 for the 实施意见 (line 10), old unit name 县电子政务办 (line 88), "
              "village coverage of the 外网 pushed to 2025年6月底前 (annex row 19, task 48 is 2024年), the impossible "
              "date 2024年6月31日 (line 143), a short mojibake run (line 76). No city parent plan is supplied, so the "
              "cited 石嘴山市 plan cannot be checked and is not an error."),
}
with open(os.path.join(HERE, "key.json"), "w", encoding="utf-8") as f:
    json.dump(key, f, ensure_ascii=False, indent=2)
    f.write("\n")
print("expect", len(expect), "mustNotFlag", len(M), "covers", len(covers))
