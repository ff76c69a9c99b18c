#!/usr/bin/env python3
# Builds key.json for this case; every line number is found from a unique snippet of draft.txt.
import json, os
here = os.path.dirname(os.path.abspath(__file__))
L = open(os.path.join(here, 'draft.txt'), encoding='utf-8').read().split('\n')
if L and L[-1] == '':
    L = L[:-1]

def ln(snippet, also=None):
    hits = [i + 1 for i, l in enumerate(L) if snippet in l and (also is None or also in l)]
    assert len(hits) == 1, (snippet, also, hits)
    return hits[0]

def at(snippet, text, also=None):
    n = ln(snippet, also)
    assert text in L[n - 1], (snippet, text)
    return n

expect = [
    {"rule": "basis-mismatch", "line": at("为深入贯彻落实《国务院关于加强数字政府建设", "桂政办发〔2022〕31号"),
     "text": "桂政办发〔2022〕31号",
     "why": "the title cited is 广西壮族自治区人民政府关于加强数字政府建设的实施意见, which is 桂政发〔2022〕31号 (the guangxi-2022 baseline); 桂政办发 is the 自治区人民政府办公厅 series, so the 文号 does not belong to the title"},
    {"rule": "deadline-later-than-baseline", "line": at("5．推广应用“智桂通”", "2026年底前"),
     "text": "2026年底",
     "why": "takes up regional task 9 (持续完善“智桂通”移动开放生态体系, guangxi line 65), 完成时限 2025年底; the city gives 2026年底前"},
    {"rule": "deadline-invalid", "line": at("3\t开展全市政务数据资源普查", "2022年12月底前"),
     "text": "2022年12月底",
     "why": "a 2023 plan (issued 2023-06-20) sets a task-row deadline in 2022, before the year the document is issued (slip copied from an older list); the row takes up regional task 33 (创新数据管理机制, 完成时限 持续开展), so it is not later than the region"},
    {"rule": "unknown-unit", "line": at("6\t推进市级电子政务外网IPv6改造", "市大数据发展局"),
     "text": "市大数据发展局",
     "why": "no such body in 北海 (units.txt): the city body is 市大数据和行政审批服务局; 大数据发展局 is the regional name copied down with a 市 prefix"},
    {"rule": "unknown-unit", "line": at("1．强化数据智能支撑能力", "自治区大数据发展局"),
     "text": "自治区大数据发展局",
     "why": "a regional body named as lead of a local task: line 25 says the first-listed unit is the 牵头单位, and here it is 自治区大数据发展局 (regional task 38 lists it, but the city note must lead with a city unit)"},
    {"rule": "garbled-text", "line": at("推进智慧城市建设，推动城市公共基础设施", "鏁板瓧涔℃潙"),
     "text": "鏁板瓧涔℃潙",
     "why": "UTF-8 bytes of 数字乡村 read as GBK (re-encode as GBK, decode as UTF-8 gives 数字乡村)"},
]

def d(snippet, text, why, also=None, rule="deadline-later-than-baseline"):
    return {"rule": rule, "line": at(snippet, text, also), "text": text, "why": why}

def u(snippet, text, why, also=None):
    return {"rule": "unknown-unit", "line": at(snippet, text, also), "text": text, "why": why}

mnf = [
    # deadlines: equal / earlier / ongoing
    d("2．以一体化在线监管提升监管协同化水平", "2025年底前", "regional task 3 (以一体化在线监管提升监管协同化水平), 完成时限 2025年底: equal"),
    d("1．优化政策信息数字化发布", "2025年12月底前", "regional task 22 (优化政策信息数字化发布), 完成时限 2025年底: 2025年12月底 is the same milestone"),
    d("2．发挥政务新媒体优势做好政策传播", "2025年底前", "also regional task 22 (政务新媒体, 政民互动 are part of it), 完成时限 2025年底: equal"),
    d("4．优化12345政务服务便民热线", "2024年底前", "regional task 8 (12345热线), 完成时限 2025年底: earlier"),
    d("依托自治区多云共治平台", "2024年底前", "regional task 36 (强化政务云平台支撑能力), 完成时限 持续开展: a dated local milestone is not later than an ongoing task"),
    d("4．推进智慧应急建设", "2025年底基本建成", "regional task 6 (推进智慧应急建设), 完成时限 持续开展: 2023年启动，2025年底基本建成 is a local milestone, not later"),
    d("到2023年底，全市数字政府建设", "到2023年底", "a local 主要目标 earlier than the region's 到2025年 goals"),
    d("到2025年，与政府治理能力现代化相适应", "到2025年", "same goal as the region's 主要目标 (到2025年…数字政府体系框架基本形成): equal"),
    d("到2035年，全市数字政府体系框架", "到2035年", "same as the region's 到2035年 goal (数字政府基本建成): equal"),
    d("5\t完成12345热线与110报警服务台", "2023年9月底前", "table row for regional task 8 (12345热线), 完成时限 2025年底: earlier"),
    d("7\t完成市、县两级监管事项认领", "2023年11月底前", "table row for regional task 3 (一体化在线监管, 监管事项清单认领), 完成时限 2025年底: earlier"),
    d("12\t建成全市政策文件库", "2023年11月底前", "table row for regional task 22 (政策文件库), 完成时限 2025年底: earlier"),
    d("4\t推动市本级30项以上高频事项", "2023年12月底前", "table row for regional task 7 (免申即享, 集成化办理), 完成时限 持续开展: not later"),
    d("6\t推进市级电子政务外网IPv6改造", "2023年12月底前", "table row for regional task 37 (电子政务外网 IPv6), 完成时限 持续开展: not later (the row's unit is a planted unknown-unit, its date is fine)"),
    d("8\t完成市级政务云资源池扩容", "2023年12月底前", "table row for regional task 36 (政务云), 完成时限 持续开展: not later"),
    d("9\t开展全市关键信息基础设施", "2023年10月底前", "table row for regional task 24 (落实安全制度要求, 网络安全检查), 完成时限 持续开展: not later"),
    d("10\t编制市级公共数据开放目录", "2023年12月底前", "table row for regional task 35 (公共数据开放目录), 完成时限 持续开展: not later"),
    d("11\t推进“雪亮工程”", "2023年12月底前", "table row for regional task 5 (雪亮工程向偏远地区延伸), 完成时限 持续开展: not later"),
    d("13\t建设海洋灾害风险监测预警系统", "2023年12月底前", "table row for regional task 6 (灾害风险监测预警系统), 完成时限 持续开展: not later"),
    d("14\t建成市级全民健康信息平台", "2023年12月底前", "table row for regional task 12 (全民健康信息平台), 完成时限 持续开展: not later"),
    d("15\t推进城市运行管理服务平台建设", "2023年12月底前", "table row for regional task 42 (城市运行一网统管), 完成时限 持续开展: not later"),
    d("2\t完成市级政务信息系统清理整合", "2023年10月底前", "table row for regional tasks 29/36 (项目统筹, 上云), 完成时限 持续开展: not later"),
    d("1\t印发全市数字政府建设2023年工作要点", "2023年8月底前", "local 2023 work step (推进机制), no dated regional task"),
    d("16\t举办全市领导干部数字政府建设专题培训班", "2023年11月底前", "local step for 提升数字素养, which has no 完成时限 in the regional text"),
    d("17\t开展2023年度数字政府建设工作考核评估", "2024年1月底前", "annual assessment of 2023 done after year end; 强化考核评估 has no regional 完成时限; not before the plan year"),
    d("2023年，全市集中力量推进以下重点任务", "2023年7月31日前", "the office's own reporting date (work plans filed for 备案), not a task deadline"),
    d("各县（区）参照上表制定本地2023年重点任务清单", "2023年8月15日前", "the office's own reporting date, not a task deadline"),
    d("市大数据和行政审批服务局作为统筹全市数字政府建设的主管单位", "每年12月10日前", "routine reporting dates (每季度末月25日前, 每年12月10日前), not task deadlines"),
    d("截至2022年底", "2022年底", "past date in the background paragraph, not a deadline", rule="deadline-invalid"),
    {"rule": "deadline-invalid", "line": ln("2023年6月20日"), "text": "2023年6月20日", "why": "the office's own issue date"},
    d("深入贯彻落实习近平总书记视察广西", "4·27", "name of a 2017 speech (as in the regional text), not a date to check", rule="deadline-invalid"),
    d("为深入贯彻落实《国务院关于加强数字政府建设", "2035年远景目标纲要", "part of a document title, not a deadline", rule="deadline-later-than-baseline"),
    # basis
    {"rule": "basis-mismatch", "line": at("为深入贯彻落实《国务院关于加强数字政府建设", "国发〔2022〕14号"), "text": "国发〔2022〕14号", "why": "correct 文号 of the national 指导意见"},
    {"rule": "basis-mismatch", "line": at("近年来，我市认真落实", "国发〔2016〕55号"), "text": "国发〔2016〕55号", "why": "retrospective mention of an older document in the background (its correct 文号); 加快推进 is its real title, not a basis citation of the 2022 指导意见"},
    {"rule": "basis-mismatch", "line": at("为深入贯彻落实《国务院关于加强数字政府建设", "北海市国民经济和社会发展第十四个五年规划"), "text": "《北海市国民经济和社会发展第十四个五年规划和2035年远景目标纲要》", "why": "the city's own 十四五 纲要 cited by title only, a real local document"},
    {"rule": "basis-mismatch", "line": ln("北政办〔2023〕38号"), "text": "北政办〔2023〕38号", "why": "the draft's own 文号 in the 通知 header, not a cited basis"},
    # units
    u("各县、区人民政府，市直各委、办、局", "市直各委、办、局", "addressees, collective subjects (not a responsibility note)"),
    u("1．加强经济运行监测分析", "各县（区）人民政府", "collective subject (各县（区）人民政府), used in most notes"),
    u("1．加强经济运行监测分析", "统计局", "prefix 市 distributes: 市统计局, 市财政局, 市工业和信息化局, 市大数据和行政审批服务局 are all in units.txt"),
    u("2．提高基层社会治理精准化水平", "各乡镇人民政府（街道办事处）", "collective subject"),
    u("明确各部门数据归集、共享、开放", "市直各部门", "collective subject"),
    u("编制全市公共数据开放目录和责任清单", "市直有关部门", "collective subject"),
    u("1．提升社会矛盾化解能力", "市中级法院", "official short name of 市中级人民法院 (with 市检察院 for 市人民检察院), both in units.txt"),
    u("7．推动智慧人社服务能力提升", "市人社局", "short name of 市人力资源社会保障局 in units.txt"),
    u("9．推动智慧工地监管能力提升", "市住建局", "short name of 市住房城乡建设局 in units.txt"),
    u("3．推动绿色低碳转型", "市发改委", "colloquial alias of 市发展改革委 in units.txt; 生态环境局、林业局、海洋局 take the 市 prefix"),
    u("以数字政府建设为牵引，主动融入中国—东盟信息港", "市工信局", "alias of 市工业和信息化局 in units.txt; 北海高新区管委会 is the listed short name of 北海高新技术产业开发区管委会"),
    u("10．推动智慧康养服务能力提升", "文化广电体育和旅游局", "with the 市 prefix, 市文化广电体育和旅游局 is one registry name: the 和 must not split it"),
    u("2．提升智慧便捷的服务能力", "市场监管局", "after prefix distribution this is 市市场监管局 (the name already starts with 市); 地方金融监管局 → 市地方金融监管局"),
    u("4．推进智慧应急建设", "北海市消防救援支队", "local unit outside the government proper, in units.txt (so is 北海市气象局)"),
    u("2．推进数字化共性应用集约建设", "北海市税务局", "in units.txt; 档案馆 after the prefix is 市档案馆"),
    u("3．推进社会治安防控体系智能化", "涠洲岛旅游区管委会", "a 北海 unit in units.txt"),
    u("2．提高自然资源利用效率", "水利局", "note in half-width brackets and colons; 市自然资源局、海洋局、林业局、水利局 all in units.txt"),
    u("2．提升行政执行能力", "机关事务管理局", "prefix from 市大数据和行政审批服务局 distributes: 市机关事务管理局; 市政府办公室 is the short name of 市人民政府办公室"),
    u("建立健全数据分类分级保护", "国家安全局", "市国家安全局 and 市委机要保密局 are in units.txt"),
    # garbled
    {"rule": "garbled-text", "line": at("5．推广应用“智桂通”", "智桂通"), "text": "智桂通", "why": "real name of the regional mobile platform, not mojibake"},
    {"rule": "garbled-text", "line": at("3．提升行政监督水平", "桂在行"), "text": "桂在行", "why": "real name of the regional 督查 system"},
    {"rule": "garbled-text", "line": at("2．推进数字化共性应用集约建设", "天地图·广西"), "text": "天地图·广西", "why": "real platform name with a middle dot"},
    # pillars
    {"rule": "missing-pillar", "line": 0, "pillar": "数字生态", "why": "taken up in 七（三） 营造良好数字生态"},
    {"rule": "missing-pillar", "line": 0, "pillar": "政务公开", "why": "taken up in 二（七）"},
    {"rule": "missing-pillar", "line": 0, "pillar": "数字社会", "why": "taken up in 七（二） (smart city, 一网统管) even though part of that paragraph is garbled"},
]

covers_spec = [
    (1, "1．加强经济运行监测分析"), (1, "2．打造经济治理数据“一张图”"),
    (2, "1．推进监管精准化"), (3, "2．以一体化在线监管提升监管协同化水平"),
    (4, "1．提升社会矛盾化解能力"), (4, "2．提高基层社会治理精准化水平"),
    (5, "3．推进社会治安防控体系智能化"), (6, "4．推进智慧应急建设"),
    (7, "1．打造泛在可及的服务体系"), (7, "2．提升智慧便捷的服务能力"), (7, "3．拓展公平普惠的民生服务"),
    (8, "4．优化12345政务服务便民热线"), (9, "5．推广应用“智桂通”"),
    (10, "6．推动智慧教育服务能力提升"), (11, "7．推动智慧人社服务能力提升"),
    (12, "8．推动智慧医疗服务能力提升"), (13, "9．推动智慧工地监管能力提升"),
    (15, "10．推动智慧康养服务能力提升"), (14, "11．推动智慧体育服务能力提升"),
    (16, "1．提升生态环保协同治理能力"), (17, "2．提高自然资源利用效率"), (18, "3．推动绿色低碳转型"),
    (19, "1．提升辅助决策能力"), (20, "2．提升行政执行能力"), (21, "3．提升行政监督水平"),
    (22, "1．优化政策信息数字化发布"), (22, "2．发挥政务新媒体优势做好政策传播"),
    (23, "建立健全全市数字政府安全工作协调机制"), (24, "建立健全数据分类分级保护"),
    (25, "建立健全数据安全监管责任体系"), (26, "依托自治区数字政府一体安全平台"),
    (27, "强化安全可靠技术和产品应用"), (28, "依托全国行政许可管理等信息系统"),
    (29, "统筹全市数字政府建设规划"), (30, "依法依规推进技术应用"), (31, "贯彻执行国家、自治区数字政府标准"),
    (32, "围绕重点领域、关键环节、共性需求"), (33, "明确各部门数据归集、共享、开放"),
    (34, "依托自治区数据共享交换平台"), (35, "编制全市公共数据开放目录和责任清单"),
    (36, "依托自治区多云共治平台"), (37, "推动电子政务外网扩容升级和移动接入"),
    (38, "1．强化数据智能支撑能力"), (39, "2．推进数字化共性应用集约建设"), (40, "3．强化开放生态支撑能力"),
    (41, "以数字政府建设为牵引，主动融入中国—东盟信息港"), (42, "推进智慧城市建设，推动城市公共基础设施"),
    (43, "建立健全数据要素市场规则"),
]
covers = [{"task": t, "line": ln(s)} for t, s in covers_spec]

key = {
    "writer": "blind writer, round 888; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
    "written": "2026-12-07",
    "draft": "draft.txt",
    "baseline": "guangxi-2022",
    "build": None,
    "parents": [],
    "units": "units.txt",
    "planYear": 2023,
    "expect": expect,
    "mustNotFlag": mnf,
    "covers": covers,
    "notes": ("Task numbers for guangxi-2022 are the 43 inline (責任單位…完成時限…) notes of 桂政发〔2022〕31号 counted in document order "
              "(task 1 = 经济调节 line 43 … task 43 = 数字生态 line 187 of the seed); only tasks 3, 8, 9, 22 carry 2025年底, all others 持续开展. "
              "Task 23 (强化安全管理责任) has no 各市人民政府 in the region, but the draft takes it up anyway. "
              "Line 25 makes the first-listed unit of every note its lead. The task table (lines after 八) lists 2023 steps; "
              "its deadlines are all 2023 except the planted 2022 slip and the 2024年1月 assessment row. "
              "Six planted mistakes: basis 文号, late 智桂通 deadline, 2022 deadline in a 2023 table, 市大数据发展局, 自治区 body as lead, mojibake of 数字乡村."),
}
json.dump(key, open(os.path.join(here, 'key.json'), 'w', encoding='utf-8'), ensure_ascii=False, indent=2)
print(len(L), 'lines;', len(expect), 'expect;', len(mnf), 'mustNotFlag;', len(covers), 'covers')
