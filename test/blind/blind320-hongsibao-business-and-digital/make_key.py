# Builds key.json for blind320; line numbers are located by unique substrings in draft.txt.
import json, os
os.chdir(os.path.dirname(os.path.abspath(__file__)))
L = open('draft.txt', encoding='utf-8').read().split('\n')
if L and L[-1] == '': L = L[:-1]

def ln(sub, must=None):
    hits = [i + 1 for i, l in enumerate(L) if sub in l]
    assert len(hits) == 1, (sub, hits)
    if must: assert must in L[hits[0] - 1], (sub, must)
    return hits[0]

def at(sub, text=None):
    n = ln(sub)
    if text is not None: assert text in L[n - 1], (sub, text)
    return n

expect = [
 {"rule": "basis-mismatch", "line": at("深入落实《国务院关于加强数字政府建设的指导意见》", "宁政办发〔2023〕17号"),
  "text": "宁政办发〔2023〕17号",
  "why": "《自治区人民政府关于加强数字政府建设的实施意见》 is 宁政发〔2023〕17号 (2023-05-16); 宁政办发 is the office's series (宁政办发〔2023〕11号 is the 1244+N plan), so the 文号 does not belong to the title"},
 {"rule": "deadline-later-than-baseline", "line": at("30.提升网络平台支撑能力", "2025年6月底前"), "text": "2025年6月底前",
  "why": "task 48 (开展各级城域网升级改造，推进区市县乡村5级全覆盖，按需向企事业单位拓展; 各市、县（区）具体负责) 完成时限 2024年; the county sets 2025年6月"},
 {"rule": "deadline-later-than-baseline", "line": at("36.迭代升级“我的宁夏”红寺堡专区", "2025年底前"), "text": "2025年底前",
  "why": "task 86 (迭代升级“我的宁夏”政务APP，各地各部门应用“应上尽上”; 各市、县（区）配合) 完成时限 2024年"},
 {"rule": "deadline-invalid", "line": at("39.提升政务公开水平", "2024年21月底前"), "text": "21月",
  "why": "impossible month (2024年21月, a slip for 12月); tasks 112 and 114 are due 2024年"},
 {"rule": "unknown-unit", "line": at("26.提高自主可控水平", "区大数据管理局"), "text": "区大数据管理局",
  "why": "no such body in units.txt: the district has 区大数据服务中心 (and the city 市大数据管理服务局); a slip mixing the two"},
 {"rule": "garbled-text", "line": at("29.深化数据共享应用", "鎺ㄥ姩鏀垮姟鏁版嵁鎸夐渶鍏变韩"), "text": "鎺ㄥ姩鏀垮姟鏁版嵁",
  "why": "UTF-8 bytes read as GBK; re-encoding as GBK and decoding as UTF-8 gives 推动政务数据按需共享"},
 {"rule": "missing-pillar", "line": 0, "pillar": "生态环境保护",
  "why": "七个能力 lists 生态环境保护 (宁政发〔2023〕17号 五(五); 吴忠 plan 五(五)); the draft's “七种能力” section (lines 58-67) takes up 经济调节, 市场监管, 社会管理, 公共服务, 政务运行, 政务公开 but nothing on 生态环境 monitoring, 自然资源利用 or 绿色低碳 (tasks 94-102) anywhere"},
]

M = []
def nm(rule, sub, why, text=None):
    e = {"rule": rule, "line": at(sub, text)}
    if text: e["text"] = text
    e["why"] = why
    M.append(e)

U, B, D, I = "unknown-unit", "basis-mismatch", "deadline-later-than-baseline", "deadline-invalid"
# units
nm(U, "各乡镇人民政府，区直各部门、各直属机构", "addressees; collective subjects", "各乡镇人民政府")
nm(U, "7.畅通政企沟通渠道", "区工商联 is the listed short name of 区工商业联合会 in units.txt (a body outside the government proper, leads a business-environment point)", "区工商联")
nm(U, "14.落实减税降费政策", "区税务局 is the short name of 国家税务总局吴忠市红寺堡区税务局 in units.txt", "区税务局")
nm(U, "13.健全中小企业融资服务机制", "collective subject (各…), not a named unit", "各银行业金融机构")
nm(U, "12.提升获得电力和不动产登记便利度", "区供电公司 is the short name of 国网吴忠市红寺堡区供电公司 in units.txt", "区供电公司")
nm(U, "7.畅通政企沟通渠道", "区营商办 is the short name of 区优化营商环境工作领导小组办公室 in units.txt", "区营商办")
nm(U, "8.防范和化解拖欠中小企业账款", "区审计局 is in units.txt", "区审计局")
nm(U, "2.落实市场准入负面清单制度", "collective subject", "区直各部门（单位）")
nm(U, "1.深化商事制度改革", "区公安分局 is the short name of 吴忠市公安局红寺堡分局 in units.txt", "区公安分局")
nm(U, "30.提升网络平台支撑能力", "区大数据服务中心 is in units.txt (the real body the planted 区大数据管理局 slips from)", "区大数据服务中心")
nm(U, "24.营造良好数字生态", "区委网信办 is in units.txt", "区委网信办")
nm(U, "35.提升公共安全保障能力", "three known leads (区委政法委、区公安分局、区应急局) and a collective", "区委政法委")
# basis
nm(B, "为深入贯彻落实党的二十大精神", "the national 《优化营商环境条例》 is 国务院令第722号 and the region's 《宁夏回族自治区优化营商环境条例》 (2022) is cited by title alone; business-environment documents, not the digital-government baseline", "宁夏回族自治区优化营商环境条例")
nm(B, "4.健全信用修复机制", "the region's business-environment regulation cited by title alone, correct", "宁夏回族自治区优化营商环境条例")
nm(B, "自2020年落实《宁夏回族自治区2020年", "retrospective mention of the 2020 工作要点 with its correct 文号 in the background, not cited as a basis", "宁政办发〔2020〕14号")
nm(B, "20.推动产业数字化转型", "《数字宁夏“1244+N”行动计划实施方案》 is 宁政办发〔2023〕11号, as the 吴忠 plan cites it", "宁政办发〔2023〕11号")
nm(B, "红政办发〔2024〕9号", "the notice's own 文号", "红政办发〔2024〕9号")
nm(B, "（五）强化督查调度", "correct title of 附件2 of 宁政发〔2023〕17号", "重点任务清单（2023年—2025年）")
# deadlines: business-environment points with their own, later dates
nm(D, "2.落实市场准入负面清单制度", "business-environment point (市场准入、公平竞争审查 of the district's own policy documents); task 13 (数据交易主体市场准入制度、公平竞争审查制度, 2024年) reads alike but concerns data-trading rules and is assigned to 自治区发展改革委 only", "2025年3月底前")
nm(D, "4.健全信用修复机制", "business-environment point on 信用修复 with its own date; task 57 (信用信息公共服务平台, 2024年) reads alike but is the platform upgrade led by 自治区发展改革委", "2025年6月底前")
nm(D, "6.健全惠企政策兑现机制", "a district management measure (兑现管理办法、台账、跟踪问效); the digital counterpart, task 89 (惠企政策专栏、政策兑现直达直享, 2024年), is point 37 (line 64) with 2024年12月底前", "2025年3月底前")
nm(D, "10.推行“多测合一”和竣工联合验收", "construction-project 竣工联合验收; task 24's 联合验收 (2023年) is for 政务信息化项目, a different thing", "2024年6月底前")
nm(D, "13.健全中小企业融资服务机制", "business-environment financing target; task 76 (地方金融监管和服务智能化平台、融资服务“一张网”, 2024年) reads alike but is the regional platform led by 自治区地方金融监管局", "2025年6月底前")
# deadlines: equal or earlier digital ones
nm(D, "到2024年底，营商环境主要指标", "goal equal to the region's (到2025年 “34567”体系框架全面成型) and the 吴忠 plan's (到2025年 “1347”体系框架全面成型)", "2025年")
nm(D, "20.推动产业数字化转型", "task 2 (产业云, 2023年启动，2024年取得明显成效): equal", "2024年12月底前")
nm(D, "21.加快“智慧园区”建设", "task 3 (智慧园区, 持续推进，2025年取得明显成效): equal", "2025年底前")
nm(D, "22.引领数字社会建设", "tasks 6 and 8 (持续推进，2025年取得明显成效): equal", "2025年")
nm(D, "23.推进数字乡村建设", "task 10 (持续推进，2025年取得明显成效): earlier", "2024年12月底前")
nm(D, "24.营造良好数字生态", "task 12 (数据要素市场, 2025年): equal", "2025年底前")
nm(D, "25.强化安全保障", "task 18 (安全技术保障体系、应急演练; 2023年形成机制，长期坚持): the mechanism part is stated as done in 2023, the rest is ongoing; task 14 (主体责任, 2023年) is mentioned as already done", "长期坚持")
nm(D, "18.健全组织机构", "task 64 (各地各部门成立相应组织机构, 各市、县（区）负责, 2025年): earlier", "2024年6月底前")
nm(D, "27.完善制度规则", "task 21 (行政权力事项网上运行, 2024年): equal; task 28 (试点示范, 2023年启动，2025年取得明显成效): earlier", "2024年12月底前")
nm(D, "28.规范电子公文和电子档案管理", "tasks 40 and 54 (2024年): equal", "2024年12月底前")
nm(D, "29.深化数据共享应用", "task 42 (公共数据与政务数据融合应用, 2024年): equal", "2024年12月底前")
nm(D, "26.提高自主可控水平", "task 46 (系统有序迁移, 2024年): earlier", "2024年10月底前")
nm(D, "31.加强共性应用支撑", "task 56 (非税收入收缴电子化全覆盖, 2025年): equal; task 52 (电子证照, 2025年): earlier", "2025年底前")
nm(D, "32.提升经济调节能力", "task 66 (经济运行大数据平台, 2025年): earlier", "2024年12月底前")
nm(D, "34.提升基层治理能力", "task 83 (互联网+基层治理, 2025年): equal", "2025年底前")
nm(D, "35.提升公共安全保障能力", "tasks 79 and 80 (2024年): earlier", "2024年11月底前")
nm(D, "37.提供优质便利的涉企服务", "tasks 89 and 93 (2024年): equal", "2024年12月底前")
nm(D, "38.提升政务运行能力", "task 105 (2024年): equal; task 106 (2025年): earlier", "2024年12月底前")
nm(D, "40.畅通政民互动渠道", "task 115 (2024年): equal; task 87 (2023年启动，2025年完成, 各地级市): earlier", "2024年12月底前")
nm(D, "（五）强化督查调度", "the office's own reporting dates, not task deadlines", "2025年1月10日前")
# invalid: past dates that are not deadlines
nm(I, "2023年，我区新增经营主体", "background: past results and a retrospective reference", "2023年")
nm(I, "25.强化安全保障", "past fact in the sentence (已在2023年明确), not a deadline", "2023年")
nm(I, "序号\t指标名称", "table header naming the baseline column", "2023年底")

covers = []
def cv(task, sub):
    covers.append({"task": task, "line": ln(sub)})
for t, s in [(64, "18.健全组织机构"), (2, "20.推动产业数字化转型"), (3, "21.加快“智慧园区”建设"),
             (6, "22.引领数字社会建设"), (8, "22.引领数字社会建设"), (10, "23.推进数字乡村建设"),
             (12, "24.营造良好数字生态"), (18, "25.强化安全保障"), (46, "26.提高自主可控水平"),
             (21, "27.完善制度规则"), (28, "27.完善制度规则"), (40, "28.规范电子公文和电子档案管理"),
             (54, "28.规范电子公文和电子档案管理"), (42, "29.深化数据共享应用"), (48, "30.提升网络平台支撑能力"),
             (52, "31.加强共性应用支撑"), (56, "31.加强共性应用支撑"), (66, "32.提升经济调节能力"),
             (70, "33.提升市场监管能力"), (74, "33.提升市场监管能力"), (83, "34.提升基层治理能力"),
             (79, "35.提升公共安全保障能力"), (80, "35.提升公共安全保障能力"), (86, "36.迭代升级“我的宁夏”红寺堡专区"),
             (89, "37.提供优质便利的涉企服务"), (93, "37.提供优质便利的涉企服务"), (105, "38.提升政务运行能力"),
             (106, "38.提升政务运行能力"), (112, "39.提升政务公开水平"), (114, "39.提升政务公开水平"),
             (115, "40.畅通政民互动渠道"), (116, "（一）加强组织领导"), (122, "（四）严格考核评价"),
             (123, "（四）严格考核评价"), (124, "（四）严格考核评价")]:
    cv(t, s)

key = {
 "writer": "blind writer, round 320; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
 "written": "2026-12-06",
 "draft": "draft.txt",
 "baseline": "ningxia-2023",
 "build": None,
 "parents": ["wuzhong"],
 "units": "units.txt",
 "planYear": 2024,
 "expect": expect,
 "mustNotFlag": M,
 "covers": covers,
 "notes": ("A district 工作要点 for 2024 that joins two policy areas: section 二 (points 1-17 and the indicator table) is business environment, "
           "taken from the region's business-environment rules, not from the digital-government task list, with its own dates (some in 2025); "
           "section 三 (points 18-40) takes up the regional tasks. All planted mistakes are in section 三 or concern the whole draft (missing pillar). "
           "Line 40 (the intro of section 三) also cites 国发〔2022〕14号 and 吴忠市人民政府《关于加强数字政府建设的实施方案》 correctly; only 宁政办发〔2023〕17号 there is wrong. "
           "Point 39 (line 66, 2024年21月) is also due in 2024 under tasks 112/114, so only deadline-invalid is expected there.")
}
json.dump(key, open('key.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
print(len(expect), len(M), len(covers))
