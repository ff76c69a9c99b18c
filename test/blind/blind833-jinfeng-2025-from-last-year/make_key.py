#!/usr/bin/env python3
"""Builds key.json for blind case 833; every line number is found from draft.txt by a marker
substring (which must occur on exactly one line), so the key always matches the final draft."""
import json, os
here = os.path.dirname(os.path.abspath(__file__))
L = open(os.path.join(here, 'draft.txt'), encoding='utf-8').read().split('\n')
if L and L[-1] == '':
    L = L[:-1]

def ln(marker, must=None):
    hits = [i for i, l in enumerate(L, 1) if marker in l]
    assert len(hits) == 1, (marker, hits)
    if must is not None:
        assert must in L[hits[0] - 1], (must, hits[0])
    return hits[0]

def at(marker, text):
    """line of the marker, checking that `text` is on that line"""
    return ln(marker, text)

expect = [
    {"rule": "basis-mismatch", "line": at("为深入贯彻落实《国务院", "宁政办发〔2023〕17号"), "text": "宁政办发〔2023〕17号",
     "why": "《自治区人民政府关于加强数字政府建设的实施意见》 is 宁政发〔2023〕17号 (a 人民政府 document, not 宁政办发); the 办 was copied from the 宁政办发〔2023〕11号 next to it"},
    {"rule": "unknown-unit", "line": at("区科技和工业信息化局牵头，阅海湾", "区经济发展局"), "text": "区经济发展局",
     "why": "not in units.txt (no 区经济发展局 in 金凤区's registry; the economic units are 区发展和改革局, 区科技和工业信息化局, 区商务和投资促进局); an old name left in the text"},
    {"rule": "deadline-invalid", "line": at("区审批服务管理局牵头，区直有关部门配合", "2024年10月底前"), "text": "2024年10月底前",
     "why": "carried over unchanged from the 2024 要点: a deadline in 2024 in a document issued 2025-03-18 for the year 2025 (task 52 电子证照 is due 2025年 in the regional list, so the right date would be in 2025)"},
    {"rule": "deadline-invalid", "line": at("区财政局牵头，金凤区税务局", "11月31日"), "text": "11月31日",
     "why": "impossible date: November has 30 days (task 56 非税收入收缴电子化, regional 完成时限 2025年; the year itself is fine)"},
    {"rule": "garbled-text", "line": ln("渚濇墭鏂板瀷"), "text": "渚濇墭鏂板瀷",
     "why": "UTF-8 read as GBK: re-encoding as GBK and decoding as UTF-8 gives 依托新型基层管理服务平台"},
    {"rule": "deadline-invalid", "line": at("（责任单位：区政府办公室牵头，区直各部门、各镇（街道）配合；完成时限：2024年底前）", "2024年底前"), "text": "2024年底前",
     "why": "carried over unchanged from the 2024 要点: 2024年底前 lies before the year of the document (2025); task 87 (12345 热线) is 2023年启动，2025年完成 in the regional list"},
    {"rule": "deadline-later-than-baseline", "line": at("区机关事务服务中心牵头，区政府办公室", "2026年6月底前"), "text": "2026年6月底前",
     "why": "task 107 (统筹整合非涉密视频会议系统资源，形成统筹应用的视频会议平台) has 完成时限 2025年 in the regional list; 2026年6月底前 is later"},
]

mnf = []
def add(rule, marker, why, text=None, must=None):
    e = {"rule": rule, "line": ln(marker, must if must else text)}
    if text:
        e["text"] = text
    e["why"] = why
    mnf.append(e)

# --- look-back and other past dates (deadline-invalid near misses) ---
add("deadline-invalid", "规划收官之年，也是全面完成", "part of the title of the regional task list 重点任务清单（2023年—2025年）, not a deadline of this document", "2023年—2025年")
add("deadline-invalid", "2024年，在区委、区政府的坚强领导下", "look back at 2024: a past year in the background, not a deadline", "2024年")
add("deadline-invalid", "调整充实区推进数字政府建设领导小组，由区政府", "look back: date of a completed action (2024年4月)", "2024年4月")
add("deadline-invalid", "截至2024年底", "look back: 截至2024年底 states what had been done by then", "2024年底")
add("deadline-invalid", "按照自治区任务清单2024年完成城域网", "look back: the regional deadline of task 48 (2024年) quoted as the reason for work already done; not this plan's deadline", "2024年完成")
add("deadline-invalid", "2024年6月底前完成全区政务数据资源目录编制", "look back: a past deadline that was met (完成…形成…一本账), stated as background", "2024年6月底前")
add("deadline-invalid", "2024年10月，区政务服务中心", "look back: date a service centre section opened", "2024年10月")
add("deadline-invalid", "2024年9月，区城市运行管理服务平台", "look back: date a platform went live", "2024年9月")
add("deadline-invalid", "组织开展2024年度网络安全攻防演练", "look back: last year's drill", "2024年度")
add("deadline-invalid", "已到期的任务逐项开展", "refers to regional tasks that fell due in 2023 and 2024 (a 回头看 review), not deadlines of this plan", "2023年、2024年")
add("deadline-invalid", "金政办发〔2025〕6号", "the document's own 文号 and year; 2025 is the issue year")
# --- deadlines equal to or earlier than the region ---
add("deadline-later-than-baseline", "主要目标：到2025年底", "主要目标 goal equal to the region's 到2025年 \"34567\" 体系框架全面成型", "2025年底")
add("deadline-later-than-baseline", "区科技和工业信息化局牵头，阅海湾", "tasks 3 (智慧园区) and 1: 持续推进，2025年取得明显成效 in the regional list; 2025年底前取得明显成效 is equal", "2025年底前取得明显成效")
add("deadline-later-than-baseline", "金凤市场监管分局、金凤公安分局牵头", "task 5 (数字经济治理): 持续推进，2025年取得明显成效; copied as is, equal", "持续推进，2025年取得明显成效")
add("deadline-later-than-baseline", "区城市管理局牵头，区住建局", "task 9 (智慧城市, 一网统管): 持续推进，2025年取得明显成效; 2025年9月底前 is earlier", "2025年9月底前")
add("deadline-later-than-baseline", "区教育局、区卫健局、区民政局按职责分别负责", "tasks 6 and 8 (持续推进，2025年取得明显成效) and 7 (2023年形成试点经验，2025年取得明显成效); equal", "2025年取得明显成效")
add("deadline-later-than-baseline", "良田镇人民政府、丰登镇人民政府具体负责", "task 10 (数字乡村): 持续推进，2025年取得明显成效; 2025年底前 is equal", "2025年底前")
add("deadline-later-than-baseline", "区发展和改革局牵头，区大数据管理服务中心", "task 12 (数据要素市场): 2025年; equal", "2025年底前")
add("deadline-later-than-baseline", "区审批服务管理局牵头，金凤市场监管分局", "task 22 (审管协同): 2025年; 2025年6月底前 is earlier", "2025年6月底前")
add("deadline-later-than-baseline", "区政府办公室牵头，区直有关部门、各镇（街道）配合；完成时限：2025年底前取得明显成效", "task 28 (试点示范): 2023年启动，2025年取得明显成效; equal", "2025年底前取得明显成效")
add("deadline-later-than-baseline", "区大数据管理服务中心牵头，区直各部门、各镇（街道）配合；完成时限：2025年10月底前", "task 29 (统一政务数据平台): 2023年启动，2025年完成; 2025年10月底前 is earlier", "2025年10月底前")
add("deadline-later-than-baseline", "区委政法委牵头，金凤公安分局、区城管局", "task 49 (视频一张网): 2025年; equal", "2025年底前")
add("deadline-later-than-baseline", "区委编办、区政府办公室牵头", "task 64 (各地参照自治区做法成立相应组织机构): 2025年; 2025年6月底前 is earlier", "2025年6月底前")
add("deadline-later-than-baseline", "区发改局牵头，区统计局", "task 66 (经济运行大数据平台): 2025年; equal", "2025年底前")
add("deadline-later-than-baseline", "区委政法委牵头，区民政局", "task 83 (互联网+基层治理): 2025年; equal", "2025年底前")
add("deadline-later-than-baseline", "区应急管理局牵头，区农水局", "task 81 (统一的视频指挥调度体系): 2025年; 2025年10月底前 is earlier", "2025年10月底前")
add("deadline-later-than-baseline", "金凤生态环境分局牵头", "task 95 (生态环境数据资源综合开发利用): 2025年; equal", "2025年底前")
add("deadline-later-than-baseline", "区农业农村和水务局负责", "task 96 (互联网+城乡供水, 数字治水): 2025年; equal", "2025年底前")
add("deadline-later-than-baseline", "区政府办公室牵头，区统计局、各镇（街道）配合", "task 106 (统一的填表报数系统): 2025年; 2025年9月底前 is earlier", "2025年9月底前")
add("deadline-later-than-baseline", "区机关事务服务中心负责", "task 111 (机关事务管理统一门户、办公用房信息): 2025年; equal", "2025年底前")
add("deadline-later-than-baseline", "2026年1月10日前报送全年工作总结", "the office's own reporting date for the annual summary (after the year ends), not a task deadline; also 每季度末月20日前", "2026年1月10日前")
add("deadline-later-than-baseline", "区委网信办、金凤公安分局牵头，区直各部门", "tasks 14/15 (安全和保密主体责任, 2023年) kept up as 长期坚持: no completion year later than the region's", "长期坚持")
add("deadline-later-than-baseline", "区大数据管理服务中心牵头，区直各部门配合；完成时限：持续推进", "tasks 43 (2024年建成，持续推进) and 46 (推进政务信息系统有序迁移, 2024年): the migration of remaining systems is ongoing with no year; the look back says the cloud work was done in 2024", "持续推进")
add("deadline-later-than-baseline", "区审批局牵头，区直有关部门", "tasks 84 (2024年), 85 (2023年) and 86 (2024年) continued as 持续推进 without a year: not a later milestone", "持续推进")
add("deadline-later-than-baseline", "（责任单位：区委网信办、金凤公安分局、区大数据管理服务中心按职责分别负责", "tasks 17 (2023年) and 18 (2023年形成机制，长期坚持): 长期坚持 sets no later completion year", "长期坚持")
add("deadline-later-than-baseline", "区发展和改革局牵头，区政府办公室、区财政局", "tasks 24 and 25 (both 2023年): the 会商 mechanism is applied as 长期坚持, no later completion year", "长期坚持")
add("deadline-later-than-baseline", "区大数据中心牵头，区直各部门", "tasks 30, 31 and 36 (all 2023年): the catalogue and mechanisms exist (look back); their upkeep is 长期坚持", "长期坚持")
add("deadline-later-than-baseline", "金凤市场监管分局牵头，区直有关部门配合", "tasks 68 (2023年), 70, 71 and 74 (2024年) continued as 持续推进 without a year", "持续推进")
add("deadline-later-than-baseline", "区委政法委牵头，区司法局", "task 77 (矛盾纠纷多元化解, 2024年) continued as 持续推进 without a year", "持续推进")
add("deadline-later-than-baseline", "（责任单位：区政府办公室牵头，区直各部门、各镇（街道）配合；完成时限：持续推进）", "task 105 (宁政通, 2024年) continued as 持续推进 without a year", "持续推进")
add("deadline-later-than-baseline", "区政府办公室牵头，区融媒体中心", "tasks 112, 114 and 115 (all 2024年) continued as 持续推进 without a year", "持续推进")
# --- units (unknown-unit near misses) ---
add("unknown-unit", "各镇人民政府、各街道办事处，区直各部门", "collective addressees (各镇人民政府, 各街道办事处, 区直各部门, 各直属机构)", "各镇人民政府")
add("unknown-unit", "区委网信办、金凤公安分局牵头，区直各部门", "collectives 区直各部门, 各镇（街道）", "各镇（街道）")
add("unknown-unit", "区城市管理局牵头，区住建局", "各街道办事处 is a collective; 区住建局 is a registered short name", "各街道办事处")
add("unknown-unit", "区发改局牵头，区统计局", "区发改局, 区科工信局, 区商务局 are short names listed in units.txt", "区发改局")
add("unknown-unit", "区财政局牵头，金凤区税务局", "金凤区税务局 is the registered short name of 国家税务总局银川市金凤区税务局 (a vertically managed unit in units.txt)", "金凤区税务局")
add("unknown-unit", "区委组织部、宣传部，区人社局", "区委 distributes over 宣传部 → 区委宣传部 (in units.txt); 区人社局 is a short name", "宣传部")
add("unknown-unit", "区科技和工业信息化局牵头，阅海湾", "阅海湾中央商务区管委会 is the registered short name of 阅海湾中央商务区管理委员会", "阅海湾中央商务区管委会")
add("unknown-unit", "良田镇人民政府、丰登镇人民政府具体负责", "both towns are listed in units.txt", "良田镇人民政府")
add("unknown-unit", "金凤市场监管分局、金凤公安分局牵头", "short names of 银川市市场监督管理局金凤区分局 / 银川市公安局金凤区分局 in units.txt", "金凤市场监管分局")
add("unknown-unit", "区大数据中心牵头，区直各部门", "区大数据中心 is the registered short name of 区大数据管理服务中心", "区大数据中心")
add("unknown-unit", "领导小组办公室报送任务进展情况", "the leading group's office named in prose as the recipient of reports, not a responsible unit", "区推进数字政府建设领导小组办公室")
# --- citations ---
add("basis-mismatch", "为深入贯彻落实《国务院", "国发〔2022〕14号 is the right 文号 for 《国务院关于加强数字政府建设的指导意见》", "国发〔2022〕14号")
add("basis-mismatch", "为深入贯彻落实《国务院", "《数字宁夏“1244+N”行动计划实施方案》 is 宁政办发〔2023〕11号 (as cited in the 吴忠 plan)", "宁政办发〔2023〕11号")
add("basis-mismatch", "2024年，在区委、区政府的坚强领导下", "retrospective mention of last year's own 要点 in the look back, not a basis document", "金政办发〔2024〕9号")
# --- pillars ---
mnf.append({"rule": "missing-pillar", "line": 0, "pillar": "五个一",
            "why": "the work system (五个一 organisation, 六级贯通) is taken up in 三（三）健全数字政府工作体系, items 19–21 (组织机构, 层级职责, 专业支撑/智库), without the name 五个一"})
mnf.append({"rule": "missing-pillar", "line": 0, "pillar": "党的领导",
            "why": "section 四 is headed 保障措施 but its four items are 组织领导 (坚持党对数字政府建设的全面领导), 资金保障, 数字素养, 考核评价"})
mnf.append({"rule": "missing-pillar", "line": 0, "pillar": "数字生态",
            "why": "items 6 (数据要素市场) and 7 (良好数字生态, 网络综合治理)"})
# --- text ---
add("garbled-text", "推进12345政务服务便民热线与110", "digits and quotes inline (12345, 110) are normal text", "12345")

covers = []
def cov(task, marker):
    covers.append({"task": task, "line": ln(marker)})
cov(1, "助力全国一体化算力网络国家枢纽节点宁夏枢纽")
cov(3, "“智慧园区”建设，一体化提升园区")
cov(5, "以网管网、以算法对算法")
cov(6, "扩大优质公共服务覆盖面")
cov(7, "深入推广国家智慧教育平台")
cov(8, "推进“互联网+医疗健康”，推动社区卫生")
cov(9, "围绕“高效处置一件事”完善")
cov(10, "5.推进数字乡村建设")
cov(12, "6.培育数据要素市场")
cov(14, "8.压实安全管理责任")
cov(15, "加强对参与政务信息化建设、运营企业的规范管理")
cov(17, "商用密码应用安全性评估")
cov(18, "开展常态化安全防护")
cov(22, "10.深化审管协同")
cov(24, "严格执行政务信息化建设管理会商机制")
cov(25, "一律不予安排建设和运维经费")
cov(28, "12.开展试点示范")
cov(29, "13.推进政务数据一体化")
cov(30, "动态更新政务数据资源目录")
cov(31, "“一数一源、多源校核”")
cov(36, "落实数据供需对接和异议处理机制")
cov(43, "15.推进政务云集约利用")
cov(49, "16.融合视频资源")
cov(52, "17.深化电子证照应用")
cov(56, "18.推进非税收入收缴电子化")
cov(64, "各镇（街道）参照区级做法成立相应")
cov(66, "22.加强经济运行监测分析")
cov(68, "推行“照单监管”")
cov(77, "24.提升矛盾纠纷化解能力")
cov(81, "26.推动指挥调度资源连通共享")
cov(83, "深入实施“互联网+基层治理”行动")
cov(85, "27.深化“一网通办”")
cov(87, "28.提升12345热线服务能力")
cov(95, "29.提升生态环境数字化治理能力")
cov(96, "30.推进数字治水")
cov(105, "31.推进“宁政通”深度应用")
cov(106, "32.推进基层填表报数减负")
cov(107, "33.整合视频会议资源")
cov(111, "34.提升机关事务管理数字化水平")
cov(112, "35.提升政务公开和政民互动水平")
cov(116, "（一）加强组织领导。")
cov(120, "在数字化治理等领域培养一批青年骨干人才")
cov(122, "将数字政府建设纳入区效能目标管理考核")
cov(124, "建立容错和奖惩机制")

key = {
    "writer": "blind writer, round 833; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
    "written": "2026-12-07",
    "draft": "draft.txt",
    "baseline": "ningxia-2023",
    "build": None,
    "parents": [],
    "units": "units.txt",
    "planYear": 2025,
    "expect": expect,
    "mustNotFlag": mnf,
    "covers": covers,
    "notes": ("金凤区 (银川市) 2025年数字政府建设工作要点, issued 2025-03-18 by the district government office, drafted from the 2024 要点: "
              "section 一 looks back at 2024 (all 2024 dates there are past facts), sections 三 and 四 hold the 2025 points, each with a separate "
              "（责任单位：…；完成时限：…） line under its body. Two 完成时限 were carried over unchanged from last year (2024年10月底前, 2024年底前). "
              "No parent plan is checked (银川市's plan is not in the seeds). Tasks the region set for 2023/2024 are carried on as 长期坚持 or 持续推进 "
              "with no year; the dated points are all tasks whose regional 完成时限 is 2025. The first listed unit of a note leads (note at the end of the draft). "
              "A 工作要点 for one year does not take up all 124 tasks; task-uncovered reports for tasks absent here were not planted."),
}
with open(os.path.join(here, 'key.json'), 'w', encoding='utf-8') as f:
    json.dump(key, f, ensure_ascii=False, indent=2)
    f.write('\n')
print(len(expect), 'expect;', len(mnf), 'mustNotFlag;', len(covers), 'covers')
