#!/usr/bin/python3
# Builds key.json from draft.txt: every line number is found by a unique substring and checked.
import json
lines = open('draft.txt', encoding='utf-8').read().split('\n')
if lines and lines[-1] == '':
    lines = lines[:-1]

def L(sub, text=None):
    hits = [i + 1 for i, l in enumerate(lines) if sub in l]
    assert len(hits) == 1, (sub, hits)
    if text is not None:
        assert text in lines[hits[0] - 1], (text, hits[0])
    return hits[0]

def E(rule, sub, text, why, **kw):
    d = {"rule": rule, "line": L(sub, text), "text": text, "why": why}
    d.update(kw)
    return d

def N(rule, sub, text, why):
    d = {"rule": rule, "line": L(sub, text)}
    if text:
        d["text"] = text
    d["why"] = why
    return d

LATE = "deadline-later-than-baseline"
INV = "deadline-invalid"
UU = "unknown-unit"
BM = "basis-mismatch"
GT = "garbled-text"

expect = [
    E(BM, "宁政发〔2023〕7号", "宁政发〔2023〕7号",
      "the regional 实施意见《自治区人民政府关于加强数字政府建设的实施意见》is 宁政发〔2023〕17号; '〔2023〕7号' drops a digit, so the 文号 does not belong to the title"),
    E(UU, "牵头：自治区卫生健康委", "自治区卫生健康委",
      "a regional body (自治区卫生健康委) named as 牵头 of a county measure (县域医共体信息平台); the county lead would be 县卫健局; copied from task 8's 责任单位"),
    E(UU, "牵头：县信息中心", "县信息中心",
      "not in units.txt (the county's data body is 县大数据服务中心 / 县大数据中心); an old or wrong name"),
]
# deadline rows: the date sits on the owner line under the measure
expect.append({"rule": LATE, "line": L("牵头：县大数据中心 / 配合：各乡镇 / 时限：2025.06", "2025.06"), "text": "2025.06",
               "why": "task 48 (开展各级城域网升级改造，推进区市县乡村5级全覆盖，按需向企事业单位拓展; 各市、县（区）具体负责), 完成时限 2024年; the county line (measure on line %d: 政务外网延伸至全部156个行政村) sets 2025.06, later than the region" % L("政务外网延伸至全部156个行政村")})
expect.append(E(GT, "鐢靛瓙璇佺収鐢靛瓙鍗扮珷", "鐢靛瓙璇佺収",
                "UTF-8 bytes of 电子证照电子印章 read as GBK (mojibake, no ? marker); re-encoding as GBK and decoding as UTF-8 gives 电子证照电子印章"))
expect.append(E(LATE, "适老化与信息无障碍改造 → 县审批局、县残联，2025年6月", "2025年6月",
                "task 93 (完成全区各级政府网站、政务移动端、公共服务场所适老化与信息无障碍建设), 完成时限 2024年; 2025年6月 is later"))
expect.append(E(INV, "时限：2024.13", "2024.13",
                "impossible date: month 13 (compressed 2024.13). The measure (line %d, 整合非涉密视频会议系统) is task 107, 完成时限 2025年, so even read as 2025.01 it is not later; only deadline-invalid" % L("整合县乡两级非涉密视频会议系统")))

mnf = [
    # basis documents
    N(BM, "国发〔2022〕14号", "国发〔2022〕14号", "correct national basis: title and 文号 match"),
    N(BM, "宁政办发〔2023〕11号", "宁政办发〔2023〕11号", "a real regional document (数字宁夏“1244+N”行动计划实施方案), cited with the same 文号 by the 吴忠 city plan in the seeds"),
    N(BM, "宁政办发〔2020〕14号", "宁政办发〔2020〕14号", "retrospective mention of the 2020 工作要点 in the 工作基础 slide (2020年以来…), not cited as a basis of this plan; title and 文号 match"),
    # dates that are not deadlines / past dates
    N(INV, "2024年3月", "2024年3月", "the title slide's date (when the deck was made), not a deadline"),
    N(INV, "（2023年—2025年）", "2023年—2025年", "period of the regional task list, quoted in a speaker note"),
    N(INV, "截至2023年底", "2023年底", "past date in the 工作基础 background (status as of end-2023), not a deadline"),
    N(INV, "2023年12月摸底数", "2023年12月", "speaker note: past dates of the office's own survey and report (2023年12月, 2024年1月)"),
    N(INV, "2023年底已编制政务数据资源目录", "2023年底", "speaker note: past achievement, not a deadline"),
    N(INV, "上年（2023年）政府网站普查", "2023年", "speaker note: past year, background"),
    N(INV, "第35次常务会议", "2023年11月", "speaker note: past dates of the county government's meeting and consultation (2023年11月, 2024年1月15日)"),
    N(INV, "— 2/20 —", "2/20", "slide number footer, not a date"),
    N(INV, "— 12/20 —", "12/20", "slide number footer (12 of 20), not 12月20日"),
    N(INV, "（1/2）", "1/2", "slide part number in a slide title"),
    N(INV, "第14页", "第14页", "slide number in a slide title"),
    N(LATE, "第一阶段 部署启动", "2024.03", "the plan's own schedule phases (2024.03—2024.04), not task deadlines"),
    N(LATE, "第三阶段 总结评估", "2024.12", "the plan's own evaluation phase, not a task deadline"),
    N(LATE, "每季度末月25日前", "2024年12月20日", "the office's own reporting dates (quarterly reports, annual summary by 2024年12月20日), not task deadlines"),
    # goals
    N(LATE, "■ 2024年底：", "2024年底", "goal equal to the region's deadlines for the same things: task 84 (一网通办 一体化政务服务, 2024年) and task 105 (宁政通 覆盖区市县乡村五级, 2024年)"),
    N(LATE, "■ 到2025年：", "到2025年", "same year as the region's 2025 goal ('34567'体系框架全面成型)"),
    N(LATE, "■ 到2035年：", "到2035年", "same year as the region's 2035 goal (数字政府全面建成)"),
    # equal / earlier task deadlines
    N(LATE, "牵头：县工信商务局 / 配合：县农业农村局、县大数据中心 / 时限：2024.12", "2024.12", "task 2 (产业云, 推进产业数字化), 完成时限 2023年启动，2024年取得明显成效: 2024.12 is equal"),
    N(LATE, "彭阳生态环境分局 / 时限：2025.06", "2025.06", "task 3 (智慧园区), 完成时限 持续推进，2025年取得明显成效: earlier"),
    N(LATE, "【县直有关部门｜持续推进，2025年取得明显成效】", "持续推进，2025年取得明显成效", "task 6 (教育、健康、就业…服务数字化), 完成时限 持续推进，2025年取得明显成效: copied, equal"),
    N(LATE, "县中医医院、各乡镇卫生院 / 时限：2025.06", "2025.06", "task 8 (互联网+医疗健康), 完成时限 持续推进，2025年取得明显成效: earlier (the line's error is its lead unit, not its date)"),
    N(LATE, "各乡镇配合，2025年底", "2025年底", "task 10 (数字乡村), 完成时限 持续推进，2025年取得明显成效: equal"),
    N(LATE, "【县供销社｜2025年】", "2025年", "task 11 (数字供销), 完成时限 2023年完成主要建设任务，2025年取得明显成效: equal"),
    N(LATE, "县公共资源交易中心 / 时限：2025.12", "2025.12", "task 12 (数据要素市场), 完成时限 2025年: equal"),
    N(INV, "时限：2023年形成机制，长期坚持", "2023年形成机制，长期坚持", "task 18 (安全技术保障体系, 应急演练), 完成时限 2023年形成机制，长期坚持: the regional deadline copied verbatim; a copied regional deadline before the plan's year is not an invalid date"),
    N(LATE, "时限：2023年形成机制，长期坚持", "2023年形成机制，长期坚持", "task 18: copied, equal to the region"),
    N(LATE, "政务信创云迁移适配", "2024年底", "task 43 (政务云向政务信创云过渡), 完成时限 2024年建成，持续推进 (task 19: 2023年启动，2024年建成): equal"),
    N(LATE, "县司法局 / 时限：2024.12", "2024.12", "task 21 (行政权力事项网上运行、动态管理), 完成时限 2024年: equal"),
    N(LATE, "财政局、审批局 / 时限：2024年10月", "2024年10月", "task 23 (一体化数字资源管理系统, “一本账”), 完成时限 2024年: earlier"),
    N(LATE, "智慧梯田）  【县大数据中心｜2025年】", "2025年", "task 28 (试点示范), 完成时限 2023年启动，2025年取得明显成效: equal"),
    N(LATE, "县人社局 / 时限：2024.12", "2024.12", "task 33 (基础数据资源库), 完成时限 2024年: equal"),
    N(LATE, "接入全区统一公共数据开放平台", "2024年底", "task 41 (公共数据开放目录及责任清单, 开放平台), 完成时限 2024年: equal"),
    N(LATE, "国网彭阳县供电公司，2024年11月", "2024年11月", "task 42 (公共数据与政务数据融合应用), 完成时限 2024年: earlier"),
    N(LATE, "【县档案馆｜2024年】", "2024年", "task 54 (电子文件归档, 电子档案), 完成时限 2024年: equal"),
    N(LATE, "配合：中国电信彭阳分公司 / 时限：2024.12", "2024.12", "task 47 (电子政务外网升级改造, 骨干网扩容, 出口带宽), 完成时限 2024年: equal (the line's error is its lead unit)"),
    N(LATE, "配合：县直各部门 / 时限：2024.12", "2024.12", "task 50 (非涉密业务专网整合迁移), 完成时限 2024年: equal"),
    N(LATE, "【县委政法委｜2025年6月】", "2025年6月", "task 49 (视频一张网), 完成时限 2025年: earlier"),
    N(LATE, "→ 县审批局，2024年12月", "2024年12月", "task 52 (电子证照, 2025年) / task 53 (电子印章, 2024年): not later than either"),
    N(LATE, "【县财政局｜2025年】", "2025年", "task 56 (非税收入收缴电子化), 完成时限 2025年: equal"),
    N(LATE, "【县政府办公室｜2024.04】", "2024.04", "task 64 (各地成立相应的组织机构), 完成时限 2025年: earlier"),
    N(LATE, "各乡镇人民政府，2024年6月", "2024年6月", "task 64, 完成时限 2025年: earlier"),
    N(LATE, "县公安局、县大数据中心 / 时限：2025.12", "2025.12", "task 81 (视频指挥调度体系), 完成时限 2025年: equal"),
    N(LATE, "县工信商务局 / 时限：2025.06", "2025.06", "task 66 (经济运行大数据平台), 完成时限 2025年: earlier"),
    N(LATE, "【县市场监管局｜2024年底】", "2024年底", "task 71 (全链条数字化追溯监管), 完成时限 2024年: equal"),
    N(LATE, "县自然资源局，2024年9月", "2024年9月", "task 74 (屏、端、仪, 远程监管), 完成时限 2024年: earlier"),
    N(LATE, "配合：县审批局 / 时限：2024.12", "2024.12", "task 88 (证照分离, 一业一证), 完成时限 2024年: equal"),
    N(LATE, "县人民法院 / 时限：2024.12", "2024.12", "task 77 (矛盾纠纷多元化解信息系统), 完成时限 2024年: equal"),
    N(LATE, "【县公安局｜2024年底】", "2024年底", "task 79 (雪亮工程), 完成时限 2024年: equal"),
    N(LATE, "→ 县应急局，2024年10月", "2024年10月", "task 80 (智慧应急), 完成时限 2024年: earlier"),
    N(LATE, "各村（社区） / 时限：2025.06", "2025.06", "task 83 (互联网+基层治理), 完成时限 2025年: earlier"),
    N(LATE, "县政务服务中心、县直各部门 / 时限：2024.12", "2024.12", "task 84 (一体化政务服务, 一网通办), 完成时限 2024年: equal"),
    N(LATE, "【县审批局｜2024年底】", "2024年底", "task 86 (我的宁夏 应上尽上), 完成时限 2024年: equal"),
    N(LATE, "“接诉即办” → 县政府办公室，2024年12月", "2024年12月", "task 87 (12345热线), 完成时限 2023年启动，2025年完成: earlier"),
    N(LATE, "【县文旅局｜2024年】", "2024年", "task 90 (公共场馆数字化, 接入我的宁夏), 完成时限 2024年: equal"),
    N(LATE, "【县卫健局｜2024.12】", "2024.12", "互联网医院 (task 8: 2025年; task 75: 2024年): not later than either"),
    N(LATE, "【彭阳生态环境分局｜2024年】", "2024年", "task 94 (生态环境数据资源中心), 完成时限 2024年: equal"),
    N(LATE, "配合：县大数据中心 / 时限：2025.06", "2025.06", "task 96 (互联网+城乡供水, 数字治水), 完成时限 2025年: earlier"),
    N(LATE, "【县自然资源局｜2024.12】", "2024.12", "task 97 (自然资源一张图, 国土空间基础信息平台), 完成时限 2024年: equal"),
    N(LATE, "→ 县林草局，2024年11月", "2024年11月", "task 98 (智慧林草), 完成时限 2024年: earlier"),
    N(LATE, "牵头：县政府办公室 / 配合：县大数据中心 / 时限：2024.12", "2024.12", "task 104 (协同办公平台), 完成时限 2024年: equal"),
    N(LATE, "“宁政通”乡村两级全覆盖  【县政府办公室｜2024年底】", "2024年底", "task 105 (宁政通 覆盖五级), 完成时限 2024年: equal"),
    N(LATE, "各乡镇，2025年6月", "2025年6月", "task 106 (填表报数系统, 压减50%), 完成时限 2025年: earlier"),
    N(LATE, "【县公共资源交易中心｜2024年底】", "2024年底", "task 108 (公共资源交易全流程数字化), 完成时限 长期推进，2024年取得明显成效: equal"),
    N(LATE, "→ 县机关事务服务中心，2025年6月", "2025年6月", "task 111 (机关事务管理信息系统, 办公用房), 完成时限 2025年: earlier"),
    N(LATE, "【县政府督查室｜2024.12】", "2024.12", "task 109 (互联网+督查), 完成时限 2024年: equal"),
    N(LATE, "以网上发布为主  【县政府办公室｜2024.12】", "2024.12", "task 112 (政务公开信息化平台, 网上发布为主), 完成时限 2024年: equal"),
    N(LATE, "配合：县融媒体中心 / 时限：2024.12", "2024.12", "task 114 (政务新媒体矩阵), 完成时限 2024年: equal"),
    N(LATE, "县信访局，2024年12月", "2024年12月", "task 115 (12345为枢纽的政民互动, 知识库), 完成时限 2024年: equal"),
    N(INV, "2023年完成并长期坚持", "2023年完成并长期坚持", "task 116 (一把手工程), 完成时限 2023年完成并长期坚持: the regional deadline copied verbatim; a copied regional deadline before the plan's year is not an invalid date"),
    N(LATE, "2023年完成并长期坚持", "2023年完成并长期坚持", "task 116: copied, equal to the region"),
    N(LATE, "【县委组织部｜长期坚持】", "长期坚持", "task 118 (干部培训), 完成时限 2023年完成并长期坚持: an ongoing local measure with no completing milestone is not later"),
    N(LATE, "时限：长期坚持", "长期坚持", "tasks 122/123 (纳入效能考核, 考核结果作为参考), 完成时限 2023年完成，长期坚持: ongoing, not later"),
    # units: short forms, collectives, non-government bodies, prefix distribution
    N(UU, "牵头：县工信商务局 / 配合：县农业农村局、县大数据中心", "县大数据中心", "short form defined in units.txt (县大数据服务中心 = 县大数据中心); 县工信商务局 likewise"),
    N(UU, "牵头：县审批局 / 配合：县市场监管局、县司法局", "县审批局", "short form defined in units.txt (县审批服务管理局 = 县审批局); 县市场监管局 likewise"),
    N(UU, "财政局、审批局 / 时限：2024年10月", "财政局", "prefix distribution: 县发改局、财政局、审批局 = 县发改局, 县财政局, 县审批局, all in units.txt"),
    N(UU, "【县卫健局｜2024.12】", "县卫健局", "short form defined in units.txt (县卫生健康局 = 县卫健局)"),
    N(UU, "彭阳生态环境分局 / 时限：2025.06", "彭阳生态环境分局", "short form defined in units.txt (固原市生态环境局彭阳分局); 县应急局 likewise"),
    N(UU, "【县直有关部门｜", "县直有关部门", "collective subject"),
    N(UU, "各乡镇卫生院 / 时限", "各乡镇卫生院", "collective subject (各…); 县人民医院、县中医医院 are in units.txt"),
    N(UU, "各乡镇配合，2025年底", "各乡镇", "collective subject"),
    N(UU, "配合：县直各部门 / 时限：2024.12", "县直各部门", "collective subject"),
    N(UU, "各乡镇人民政府，2024年6月", "各乡镇人民政府", "collective subjects (县直各部门、各乡镇人民政府)"),
    N(UU, "各村（社区） / 时限：2025.06", "各村（社区）", "collective subjects (各乡镇、各村（社区）)"),
    N(UU, "配合：中国电信彭阳分公司", "中国电信彭阳分公司", "a body outside the government, listed in units.txt"),
    N(UU, "国网彭阳县供电公司，2024年11月", "国网彭阳县供电公司", "a body outside the government, listed in units.txt"),
    N(UU, "→ 县审批局、县残联，2025年6月", "县残联", "short form defined in units.txt (县残疾人联合会 = 县残联); the line's error is its date"),
    N(UU, "【县政府督查室｜2024.12】", "县政府督查室", "short form defined in units.txt (县人民政府督查室)"),
    N(UU, "【各乡镇｜持续推进】", "各乡镇", "collective subject"),
    N(GT, "➢ 驱动数字经济发展", "➢", "slide bullet symbol, not mojibake"),
]

covers = [(2, "中药材、红梅杏、肉牛"), (3, "“智慧园区”建设"), (6, "养老托育等服务数字化"), (8, "县域医共体信息平台升级"),
          (10, "● 数字乡村："), (11, "“数字供销”："), (12, "培育数据要素市场"), (18, "安全技术保障体系"),
          (43, "政务信创云迁移适配"), (21, "行政权力事项网上运行"), (23, "“一本账”，录入"), (28, "申报自治区数字政府试点示范"),
          (33, "基础库县级数据按需回流"), (41, "编制县级公共数据开放目录"), (42, "供水、供电、供气等公共数据"),
          (54, "电子文件归档与电子档案管理"), (47, "电子政务外网骨干扩容"), (48, "城域网升级改造"),
          (50, "非涉密业务专网向政务外网整合迁移"), (49, "“视频一张网”"), (56, "非税收入收缴电子化"),
          (64, "明确分管领导和数据专员"), (81, "一体化推进县指挥调度中心建设"), (66, "对接全区经济运行大数据平台"),
          (71, "全链条数字化追溯监管"), (74, "“屏、端、仪”"), (88, "“证照分离”“一业一证”"),
          (77, "矛盾纠纷多元化解信息系统"), (79, "“雪亮工程”向自然村延伸"), (80, "“智慧应急”："), (83, "“互联网+基层治理”："),
          (84, "县乡村三级政务服务“一网通办”"), (86, "“我的宁夏”彭阳专区"), (87, "12345热线与110"), (90, "图书馆、文化馆、博物馆数字化"),
          (93, "适老化与信息无障碍改造"), (94, "生态环境监测数据汇聚"), (96, "深化“互联网+城乡供水”彭阳模式"),
          (97, "国土空间基础信息平台"), (98, "“智慧林草”云平台"), (104, "协同办公平台县乡全覆盖"), (105, "■ “宁政通”乡村两级全覆盖"),
          (106, "填表报数系统"), (107, "非涉密视频会议系统"), (108, "公共资源交易全流程电子化"), (111, "公务用车、办公用房数字化管理"),
          (109, "优化“互联网+督查”"), (112, "政务公开专栏规范化"), (114, "政务新媒体矩阵："), (115, "12345热线知识库"),
          (116, "纳入“一把手工程”"), (118, "干部数字化能力培训"), (122, "纳入县效能目标管理考核"), (123, "综合考核评价参考")]
cov = [{"task": t, "line": L(s)} for t, s in covers]

key = {
    "writer": "blind writer, round 570; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
    "written": "2026-12-07",
    "draft": "draft.txt",
    "baseline": "ningxia-2023",
    "build": None,
    "parents": [],
    "units": "units.txt",
    "planYear": 2024,
    "expect": expect,
    "mustNotFlag": mnf,
    "covers": cov,
    "notes": ("彭阳县 2024 数字政府建设实施方案 as a slide deck pasted into text (汇报提纲): 20 slides, bullets ●◆▲■√➢, "
              "owner/date in three compressed forms (牵头/配合/时限 on the measure's line or the next line; 【单位｜时限】; → 单位，时限). "
              "彭阳县 belongs to 固原市, whose plan is not supplied, so there is no parent; line 26 mentions 固原市's 工作部署 without a title. "
              "Two-line measures: the measure text is on one line and its 牵头/配合/时限 on the next; deadline entries point at the line holding the date. "
              "Readings that may differ: (1) the regional-lead warning on line 59 (自治区卫生健康委 as 牵头 of a county measure); "
              "(2) ongoing local deadlines (长期坚持) against regional '2023年完成，长期坚持' on lines 164 and 166 are taken as not later; "
              "(3) the two verbatim copies of 2023 regional deadlines (lines 72, 162) are near misses, not invalid dates; "
              "(4) the garbled line 100 also carries task 52's measure, so task 52 is not listed in covers. "
              "(5) line 105 (调整充实县数字政府建设领导小组, 2024.04) is read as the county side of task 64 (各地参照自治区做法成立组织机构, 2025年), not task 60 (充实自治区领导小组, 2023年, 自治区政府办公厅负责 only), so it is not late. "
              "No task-uncovered entries are planted; many city/county tasks are simply not taken up by a one-year county plan.")
}
json.dump(key, open('key.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=2)
print(len(expect), 'expect;', len(mnf), 'mustNotFlag;', len(cov), 'covers')
for e in expect: print(e['rule'], e['line'], e['text'])
