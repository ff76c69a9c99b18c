# helper kept in the case folder: builds key.json, finding every line number in the final draft.txt
import json
L = open('draft.txt', encoding='utf-8').read().split('\n')
if L and L[-1] == '':
    L = L[:-1]

def ln(anchor, must=None):
    hits = [i for i, l in enumerate(L, 1) if anchor in l]
    assert len(hits) == 1, (anchor, hits)
    if must:
        assert must in L[hits[0]-1], (anchor, must)
    return hits[0]

expect = [
  {"rule": "basis-mismatch", "line": ln('宁政办发〔2023〕17号'), "text": "宁政办发〔2023〕17号",
   "why": "the regional 实施意见 《自治区人民政府关于加强数字政府建设的实施意见》 is 宁政发〔2023〕17号 (a 自治区人民政府 document), not a 宁政办发 office document; the 文号 does not belong to the title"},
  {"rule": "deadline-later-than-baseline", "line": ln('推进电子政务外网向村延伸', '2025年底前'), "text": "2025年底",
   "why": "电子政务外网 county-township-village full coverage is task 48 (开展各级城域网升级改造，推进区市县乡村5级全覆盖; 各市、县（区）具体负责), 完成时限 2024年; 2025年底前 is later"},
  {"rule": "deadline-invalid", "line": ln('推广“我的宁夏”政务APP。', '6月31日'), "text": "6月31日",
   "why": "impossible date: June has 30 days (2024年6月31日前). The year itself is within task 86's 完成时限 2024年, so it is not late"},
  {"rule": "unknown-unit", "line": ln('深化“宁政通”应用', '牵头单位：自治区政府办公厅'), "text": "自治区政府办公厅",
   "why": "a regional body named as lead of a county task (copied from task 105's 责任单位 '自治区政府办公厅牵头负责'); the county lead should be a county unit such as 县政府办公室"},
  {"rule": "garbled-text", "line": ln('绾夸笂绾夸笅鏍囧噯缁熶竴'), "text": "绾夸笂绾夸笅鏍囧噯缁熶竴",
   "why": "UTF-8 bytes read as GBK: re-encoding as GBK and decoding as UTF-8 gives 线上线下标准统一"},
  {"rule": "missing-pillar", "line": 0, "pillar": "政务公开",
   "why": "the 数字政府 part takes up six of the 七个能力 only; there is no 政务公开 content at all (no 政府信息公开, 政策文件库, 政务新媒体 or 政民互动 measure), although the region (五(七)) and 吴忠 (五(七)) both have it"},
  {"rule": "task-uncovered", "line": 0, "task": 112,
   "why": "left out with the 政务公开 pillar; task 112 is 自治区各部门（单位）及各市、县（区）分别负责, 2024年"},
  {"rule": "task-uncovered", "line": 0, "task": 114,
   "why": "left out with the 政务公开 pillar; task 114 (政务新媒体矩阵) is 自治区各部门（单位）及各市、县（区）分别负责, 2024年"},
]

M = []
def nf(rule, anchor, why, text=None, must=None):
    e = {"rule": rule, "line": ln(anchor, must or text)}
    if text: e["text"] = text
    e["why"] = why
    M.append(e)

nf("deadline-later-than-baseline", '盐池县数字化发展实施方案（2024—2026年）', "the document's own period in its title, not a deadline of any task", text="2026年")
nf("basis-mismatch", '深入贯彻《国务院关于加强数字政府建设的指导意见》', "correct national basis: title and 文号 国发〔2022〕14号 match", text="国发〔2022〕14号")
nf("basis-mismatch", '深入贯彻《国务院关于加强数字政府建设的指导意见》', "the city plan cited by its exact title without 文号, as the 吴忠 plan has none; 实施方案 and 加强 are right", text="吴忠市人民政府《关于加强数字政府建设的实施方案》")
nf("basis-mismatch", '自《宁夏回族自治区2020年“数字政府”建设工作要点》', "retrospective mention of the old 2020 工作要点 in the background, not cited as a basis; its 文号 宁政办发〔2020〕14号 is right", text="宁政办发〔2020〕14号")
nf("deadline-invalid", '自《宁夏回族自治区2020年“数字政府”建设工作要点》', "past dates in the background (what was done in 2023, when 吴忠 issued its plan), not deadlines", text="2023年11月")
nf("deadline-later-than-baseline", '到2024年底，县级非涉密政务信息系统', "goal equal to the regional 完成时限: 上云迁移 task 46 (2024年), 宁政通 task 105 (2024年), 一网通办/掌上办 task 84 (2024年)", text="2024年底")
nf("deadline-later-than-baseline", '到2025年，全县数字政府建设体系框架全面成型', "equal to the regional goal (到2025年 '34567'体系框架全面成型) and to 吴忠's goal (到2025年 '1347'体系框架全面成型)", text="2025年")
nf("deadline-later-than-baseline", '（1）推动特色产业企业上云用数', "task 2, 完成时限 2023年启动，2024年取得明显成效; 2024年底前 is equal", text="2024年底前")
nf("deadline-later-than-baseline", '（2）加快“智慧园区”建设', "task 3, 完成时限 持续推进，2025年取得明显成效; copied, equal", text="持续推进，2025年取得明显成效")
nf("unknown-unit", '（1）推进公共服务数字化', "collective subject 县直有关部门（单位） (with 按职责分别负责) and 各乡镇人民政府; task 6 deadline 持续推进，2025年取得明显成效 is equal", text="县直有关部门（单位）")
nf("deadline-later-than-baseline", '（2）深化“互联网+医疗健康”应用', "task 8, 完成时限 持续推进，2025年取得明显成效; 2025年底前 is equal", text="2025年底前")
nf("deadline-later-than-baseline", '（1）培育数据要素市场', "task 12 (数据要素市场, 数据交易平台, 市场主体), 完成时限 2025年; equal", text="2025年底前")
nf("deadline-later-than-baseline", '（1）强化安全管理责任', "tasks 14 and 15, 完成时限 2023年: a 2024 county plan sets no later milestone, only the ongoing obligation (长期坚持)", text="长期坚持")
nf("unknown-unit", '（1）强化安全管理责任', "collective subjects 县直各部门（单位）, 各乡镇人民政府", text="县直各部门（单位）")
nf("deadline-later-than-baseline", '（2）提升安全防护能力', "task 18, 完成时限 2023年形成机制，长期坚持; the county keeps the ongoing duty without a later milestone", text="长期坚持")
nf("deadline-later-than-baseline", '（3）强化审管协同', "task 22 (审管协同), 完成时限 2025年; 2025年底前 is equal", text="2025年底前")
nf("deadline-later-than-baseline", '（2）加大财政投入', "task 25, 完成时限 2023年; only the ongoing duty (长期坚持) is set, no later milestone", text="长期坚持")
nf("deadline-later-than-baseline", '（3）提高自主可控水平', "task 19 (政务信创云), 完成时限 2023年启动，2024年建成; 2024年底前 is equal", text="2024年底前")
nf("deadline-later-than-baseline", '（2）推动行政权力事项网上运行', "task 21, 完成时限 2024年; 2024年9月底前 is earlier", text="2024年9月底前")
nf("unknown-unit", '（4）规范政务信息化项目管理', "prefix distributes: 县财政局、审计局 = 县财政局, 县审计局 (in units.txt); 县发改局 is the short name of 县发展和改革局", text="审计局")
nf("deadline-later-than-baseline", '（5）开展试点示范', "task 28, 完成时限 2023年启动，2025年取得明显成效; the completing milestone 2025年 is equal (a later start year is not a later deadline)", text="2024年启动，2025年取得明显成效")
nf("deadline-later-than-baseline", '（2）升级县级电子政务外网', "tasks 47/48 (外网升级改造, 城域网升级改造), 完成时限 2024年; 2024年10月底前 is earlier", text="2024年10月底前")
nf("deadline-later-than-baseline", '（5）融合视频资源', "task 49 (全区统一的视频共享平台), 完成时限 2025年; 2025年6月底前 is earlier", text="2025年6月底前")
nf("deadline-later-than-baseline", '（1）健全组织机构。调整充实县推进', "task 64 (各地参照自治区成立相应组织机构), 完成时限 2025年; 2024年6月底前 is earlier", text="2024年6月底前")
nf("unknown-unit", '（2）厘清层级职责', "collective subject 各村（社区）", text="各村（社区）")
nf("deadline-later-than-baseline", '（4）提升基层治理数字化水平', "task 83 (互联网+基层治理), 完成时限 2025年; 2024年底前 is earlier", text="2024年底前")
nf("deadline-later-than-baseline", '（4）优化12345热线服务', "task 87, 完成时限 2023年启动，2025年完成; 2025年底前 is equal", text="2025年底前")
nf("deadline-later-than-baseline", '（7）探索“多卡合一”“多码合一”', "task 92 (多卡合一、多码合一 via 我的宁夏), 完成时限 2025年; equal", text="2025年底前")
nf("unknown-unit", '（1）提升生态环境数字化监测能力', "吴忠市生态环境局盐池分局 is the county's environmental body (a city bureau's branch) and is in units.txt", text="吴忠市生态环境局盐池分局")
nf("deadline-later-than-baseline", '（6）推进公共资源交易全流程数字化', "task 108, 完成时限 长期推进，2024年取得明显成效; copied, equal", text="长期推进，2024年取得明显成效")
nf("deadline-invalid", '（1）加强组织领导。各部门（单位）、各乡镇', "copied regional deadline of task 116 (2023年完成并长期坚持); it lies before the plan's year but equals the region's and carries the ongoing duty", text="2023年完成并长期坚持")
nf("deadline-later-than-baseline", '（4）强化考核评价', "tasks 122/123, 完成时限 2023年完成，长期坚持; the county sets only the ongoing duty", text="长期坚持")
nf("deadline-later-than-baseline", '到2026年，全县规模养殖场', "数字农业 part: the document's own agricultural goal for 2024—2026, not a 数字政府 goal of the region", text="2026年")
nf("deadline-later-than-baseline", '（一）建设滩羊产业大数据平台', "数字农业 part: an industry platform of the county's own, right for its work; not a regional 数字政府 task", text="2026年底前")
nf("unknown-unit", '（一）建设滩羊产业大数据平台', "县滩羊产业发展服务中心 is in units.txt and is the right body for the 滩羊 industry platform", text="县滩羊产业发展服务中心")
nf("unknown-unit", '（四）推进黄花菜、小杂粮生产数字化', "township governments in units.txt", text="惠安堡镇人民政府")
nf("deadline-later-than-baseline", '（四）推进黄花菜、小杂粮生产数字化', "数字农业 part: field IoT for the county's crops, own work, no regional task", text="2026年底前")
nf("unknown-unit", '（五）发展农村电子商务', "县邮政分公司 and 县供销社 are short names in units.txt", text="县邮政分公司")
nf("deadline-later-than-baseline", '到2026年，县城主要路口信号灯', "智慧交通 part: the document's own traffic goal, not a 数字政府 goal", text="2026年")
nf("unknown-unit", '（一）建设县城交通信号智能控制系统', "县交警大队 is the short name of 县公安局交通警察大队 in units.txt; the right lead for traffic signals", text="县交警大队")
nf("deadline-later-than-baseline", '（五）加强道路运输安全监管', "智慧交通 part: road-transport 治超 enforcement is transport work, not task 74 (市场监管 新型监管手段, 2024年)", text="2026年6月底前")
nf("deadline-later-than-baseline", '（七）建设县级交通运行监测平台', "智慧交通 part: own traffic monitoring platform, not task 66 (经济运行大数据平台)", text="2026年底前")
nf("deadline-later-than-baseline", '到2025年，全县数字乡村建设取得明显成效', "task 10, 完成时限 持续推进，2025年取得明显成效; equal", text="2025年")
nf("deadline-later-than-baseline", '（一）完善乡村信息基础设施', "数字乡村 part: 5G and gigabit networks built by the operators, not the 电子政务外网 of task 48", text="2026年底前")
nf("unknown-unit", '（一）完善乡村信息基础设施', "the three operators' county branches are in units.txt", text="中国移动盐池分公司")
nf("deadline-later-than-baseline", '（三）推进“数字供销”建设', "task 11, 完成时限 2023年完成主要建设任务，2025年取得明显成效; the completing milestone 2025年 is equal", text="持续推进，2025年取得明显成效")
nf("deadline-later-than-baseline", '（六）开展数字乡村示范创建', "数字乡村 part: a yearly demonstration programme over the plan's period (2024—2026); task 10's 2025年取得明显成效 is met by the goal line of this part", text="2026年底前")
nf("unknown-unit", '（六）开展数字乡村示范创建', "县委网信办 leads 数字乡村 demonstration work, right for its own work and in units.txt", text="县委网信办")
nf("deadline-invalid", '（一）细化工作计划', "the office's own reporting date, not a task deadline", text="2024年3月底前")
nf("deadline-later-than-baseline", '（二）加强调度通报', "the office's own reporting dates; 县人民政府 is in units.txt", text="12月10日前")

covers_spec = [
 (2,'（1）推动特色产业企业上云用数'),(3,'（2）加快“智慧园区”建设'),(5,'（3）完善数字经济治理'),
 (6,'（1）推进公共服务数字化'),(8,'（2）深化“互联网+医疗健康”应用'),(7,'（3）推进智慧教育平台应用'),
 (12,'（1）培育数据要素市场'),(14,'（1）强化安全管理责任'),(15,'（1）强化安全管理责任'),
 (18,'（2）提升安全防护能力'),(19,'（3）提高自主可控水平'),(20,'（1）优化数字化职责体系'),
 (21,'（2）推动行政权力事项网上运行'),(22,'（3）强化审管协同'),(24,'（4）规范政务信息化项目管理'),
 (28,'（5）开展试点示范'),(33,'（1）推动县域数据汇聚共享'),(34,'（1）推动县域数据汇聚共享'),
 (40,'（2）规范电子公文管理'),(54,'（2）规范电子公文管理'),(41,'（3）推进公共数据开放利用'),(42,'（3）推进公共数据开放利用'),
 (46,'（1）推进政务系统迁移上云'),(47,'（2）升级县级电子政务外网'),(48,'推进电子政务外网向村延伸'),
 (50,'（4）整合非涉密业务专网'),(49,'（5）融合视频资源'),(52,'（6）推广电子证照和电子印章应用'),(53,'（6）推广电子证照和电子印章应用'),
 (56,'（7）推进非税收入收缴电子化'),(57,'（8）完善信用信息平台应用'),(64,'（1）健全组织机构。调整充实县推进'),
 (66,'（1）加强经济运行监测'),(65,'（2）推动经济数据汇聚'),(70,'（1）推进信用风险分类监管'),(71,'（2）强化重点领域数字化追溯监管'),
 (74,'（3）推行新型监管手段'),(75,'（4）加强新业态监管'),(77,'（1）完善矛盾纠纷多元化解'),(79,'（2）持续推进“雪亮工程”'),
 (80,'（3）推进“智慧应急”建设'),(83,'（4）提升基层治理数字化水平'),(78,'（5）推进公安信息化整合'),
 (84,'（1）深化“一网通办”'),(86,'推广“我的宁夏”政务APP。'),(88,'（3）提供优质便利的涉企服务'),(89,'（3）提供优质便利的涉企服务'),
 (87,'（4）优化12345热线服务'),(90,'（5）推进公共场馆数字化'),(93,'（6）推进适老化与信息无障碍建设'),(92,'（7）探索“多卡合一”“多码合一”'),
 (94,'（1）提升生态环境数字化监测能力'),(96,'（2）深化“互联网+城乡供水”'),(97,'（3）推进自然资源数字化管理'),(98,'（4）推广“智慧林草”应用'),
 (101,'（5）配合推进碳排放监测核算'),(103,'（1）提升辅助决策能力'),(104,'（2）推广协同办公平台'),(105,'深化“宁政通”应用'),
 (106,'（4）推动基层减负'),(107,'（5）整合视频会议系统'),(108,'（6）推进公共资源交易全流程数字化'),(111,'（7）提升机关事务管理数字化水平'),
 (110,'（8）推进预算管理一体化'),(116,'（1）加强组织领导。各部门（单位）、各乡镇'),(25,'（2）加大财政投入'),(118,'（3）提升数字素养'),
 (122,'（4）强化考核评价'),(123,'（4）强化考核评价'),(124,'（5）加强督促检查'),(117,'（6）加强数字人才队伍建设'),(120,'（6）加强数字人才队伍建设'),
 (10,'（二）推进乡村治理数字化'),(11,'（三）推进“数字供销”建设'),
]
covers = [{"task": t, "line": ln(a)} for t, a in covers_spec]

key = {
  "writer": "blind writer, round 887; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
  "written": "2026-12-07",
  "draft": "draft.txt",
  "also": [],
  "baseline": "ningxia-2023",
  "build": None,
  "parents": ["wuzhong"],
  "units": "units.txt",
  "planYear": 2024,
  "expect": expect,
  "mustNotFlag": M,
  "covers": covers,
  "notes": ("Chapter 3 (重点任务) of 盐池县数字化发展实施方案（2024—2026年）, 送审稿. Only part 一 (数字政府, lines 5-102) carries out 宁政发〔2023〕17号; "
            "parts 二 数字农业, 三 智慧交通, 四 数字乡村 follow their own sector plans and run to 2026 (line 136 says so), so their 2026 dates and sector bodies are not late/unknown. "
            "Line 4 states that the first-listed lead is the main lead. Tasks whose regional 完成时限 is 2023 are given 长期坚持 (ongoing duty, no later milestone) "
            "or the copied regional form (line 96). 县直各部门（单位）/县直有关部门（单位）/各乡镇人民政府/各村（社区） are collectives. "
            "'双随机、一公开' (line 61) is 市场监管 wording and does not make up a 政务公开 measure.")
}
json.dump(key, open('key.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=2)
print(len(expect), len(M), len(covers))
