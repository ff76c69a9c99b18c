# Builds key.json; every line number is found from draft.txt and checked (1-based).
import json
L = open('draft.txt', encoding='utf-8').read().split('\n')
if L and L[-1] == '':
    L = L[:-1]

def ln(anchor, text=None):
    hits = [i + 1 for i, l in enumerate(L) if anchor in l]
    assert len(hits) == 1, (anchor, hits)
    n = hits[0]
    if text is not None:
        assert text in L[n - 1], (text, n)
    return n

def E(rule, anchor, text, why, **kw):
    d = {"rule": rule, "line": ln(anchor, text), "text": text, "why": why}
    d.update(kw)
    return d

def N(rule, anchor, text, why):
    d = {"rule": rule, "line": ln(anchor, text)}
    if text:
        d["text"] = text
    d["why"] = why
    return d

DL = "deadline-later-than-baseline"
DI = "deadline-invalid"
UU = "unknown-unit"
BM = "basis-mismatch"

expect = [
    E(BM, "根据《国务院关于加强数字政府建设的指导意见》", "宁政办发〔2023〕17号",
      "the region's 自治区人民政府关于加强数字政府建设的实施意见 is 宁政发〔2023〕17号; 宁政办发 is the office's series, so the 文号 does not belong to this title"),
    E(DL, "5\t以重大业务应用为牵引", "2025年春节前",
      "non-secret business networks merged into the 电子政务外网 is task 50 (完成时限 2024年); 2025年春节前 (29 Jan 2025) falls in the year after"),
    E(DL, "4\t推动区级电子政务外网骨干链路扩容升级", "2025年一季度末",
      "backbone expansion and internet-exit bandwidth is task 47 (完成时限 2024 年); 2025年一季度末 = 31 Mar 2025, later (task 48, also 2024 年, gives the same result)"),
    E(DL, "拓展普惠民生服务。", "2025年6月底前",
      "适老化与信息无障碍 is task 93 (完成时限 2024年); 2025年6月底前 is later"),
    E(DI, "迭代“我的宁夏”金凤专区。", "2024年2月30日",
      "February has no 30th day (task 86, 完成时限 2024年, would otherwise be met)"),
    E(UU, "促进数据开放利用。", "区大数据局",
      "no such body in units.txt: the district's data body is 区大数据服务中心 (区大数据局 is not listed, and is not a short name of it)"),
    E(UU, "提升网络支撑能力。开展城域网升级改造", "自治区政府办公厅",
      "regional body named as 牵头单位 of a local task (copied from task 48's row '自治区政府办公厅牵头，各市、县（区）具体负责'); the district's lead should be 区政府办公室"),
]

mnf = [
    # --- dates: holidays and seasons that stay within the region's deadline
    N(DL, "推进“智慧园区”建设。", "2025年底前取得明显成效", "task 3 is 持续推进，2025 年取得明显成效: equal"),
    N(DL, "推进智慧城市建设。", "2024年国庆节前", "task 9 (一网统管) is 持续推进，2025年取得明显成效: 2024年国庆节前 is earlier"),
    N(DL, "推进数字乡村建设。", "2025年底前", "task 10 is 持续推进，2025年取得明显成效: equal"),
    N(DL, "推动行政权力事项网上运行。", "2024年6月底前", "task 21 is 2024年: earlier ordinary date"),
    N(DL, "建立数字资源“一本账”。", "一季度末", "task 23 is 2024年; 一季度末 of the plan's year = 31 Mar 2024"),
    N(DL, "促进数据开放利用。", "年底前", "task 41 is 2024年; 年底前 in a 2024 plan = end of 2024: equal"),
    N(DL, "深化电子文件管理。", "暑期", "task 54 is 2024年; 暑期 = summer 2024, earlier"),
    N(DL, "强化政务云支撑能力。", "2024年国庆节前", "task 43 is 2024 年建成，持续推进: earlier"),
    N(DL, "提升网络支撑能力。开展城域网升级改造", "年中", "task 48 is 2024 年; 年中 = mid-2024, earlier (the unit on this line is a separate planted error)"),
    N(DL, "统筹视频资源。", "秋冬季", "task 49 is 2025 年; 秋冬季 of 2024 (even if read as running into early 2025) is within 2025"),
    N(DL, "（一）健全组织机构。参照自治区做法", "春节前", "local counterpart of task 64 (各地各部门参照自治区做法成立组织机构, 各市、县（区）负责, 2025年); 春节前 = before 10 Feb 2024. Task 60 (2023年) is the region's own 领导小组, not a county task"),
    N(DL, "加强对食品药品、特种设备", "2024年底前", "tasks 71 and 73 are 2024年: equal; 春节、五一、国庆 in the sentence are recurring inspection occasions, not deadlines"),
    N(DL, "提升社会矛盾化解能力。", "2024年6月底前", "task 77 is 2024年: earlier"),
    N(DL, "提升社会治安防控能力。", "国庆节前", "task 79 is 2024年; 国庆节前 = before 1 Oct 2024"),
    N(DL, "提升公共安全保障能力。", "汛期前", "task 80 is 2024年; 汛期前 = before the 2024 flood season"),
    N(DL, "提高基层治理能力。", "2025年底前", "task 83 is 2025年: equal"),
    N(DL, "打造泛在可及的服务体系。", "2024年底前", "task 84 is 2024年: equal"),
    N(DL, "优化热线服务。", "2025年春节前", "task 87 is 2023年启动，2025年完成; 2025年春节前 is within 2025 (the text names the year)"),
    N(DL, "提供优质涉企服务。", "五一前", "task 89 is 2024年; 五一前 = before 1 May 2024"),
    N(DL, "深化“互联网+城乡供水”建设", "2025年汛期前", "task 96 is 2025年: within the same year"),
    N(DL, "推动绿色低碳转型，推进水、气、土、废", "2025年底前", "task 102 is 2025年: equal"),
    N(DL, "提升辅助决策能力。", "2024年11月底前", "task 103 is 2024年: earlier"),
    N(DL, "提升行政执行能力。", "春节前", "task 105 is 2024年; 春节前 = before 10 Feb 2024"),
    N(DL, "改进机关事务管理。", "2025年底前", "task 111 is 2025年: equal"),
    N(DL, "进一步完善区政府门户网站政务公开专栏", "年底前", "task 112 is 2024年: equal"),
    N(DL, "构建以区融媒体中心为枢纽", "2025年元旦前", "task 114 is 2024年; 2025年元旦前 = by 31 Dec 2024, i.e. equal, although the year written is 2025"),
    N(DL, "1\t推动辖区重点企业上云用数", "2024年底前", "task 2 is 2023 年启动，2024 年取得明显成效: equal"),
    N(DL, "2\t配合建设完善医疗健康", "2024年11月底前", "task 34 is 2024年: earlier"),
    N(DL, "3\t推进供水、供电、供气", "2024年底前", "task 42 is 2024年: equal"),
    N(DL, "6\t推进财政电子票据", "年中", "task 55 is 2024年; 年中 = mid-2024"),
    N(DL, "7\t推进教育收费", "2025年底前", "task 56 is 2025年: equal"),
    N(DL, "8\t配合完善全区统一的地理信息服务体系", "2024年10月底前", "task 58 is 2024年: earlier"),
    N(DL, "9\t建立企业信用风险分类管理", "一季度末", "task 70 is 2024年; 一季度末 = 31 Mar 2024"),
    N(DL, "10\t推进区图书馆", "暑期前", "task 90 is 2024年; 暑期前 = before summer 2024"),
    N(DL, "11\t配合建成自然资源三维立体", "2024年9月底前", "task 97 is 2024年: earlier"),
    N(DL, "12\t推广使用自治区统一的协同办公平台", "五一前", "task 104 is 2024年; 五一前 = before 1 May 2024"),
    N(DL, "13\t依托“宁政通”开发上线", "2025年6月底前", "task 106 is 2025年: within the year (same form as the planted error on task 93, but legitimate here)"),
    N(DL, "14\t统筹整合区级非涉密视频会议", "2025年一季度末", "task 107 is 2025年: within the year (same form as the planted error on task 47, but legitimate here)"),
    N(DL, "15\t以12345政务服务便民热线为枢纽", "2024年12月20日前", "task 115 is 2024年: earlier"),
    N(DL, "16\t深化“证照分离”改革", "2024年8月底前", "task 88 is 2024年: earlier"),
    N(DL, "到2024年底，区级存量非涉密政务信息系统", "到2024年底", "goal items are tasks 43/46, 48, 86, 84, all 2024年: equal"),
    N(DL, "到2025年，我区数字政府建设体系框架全面成型", "到2025年", "same year as the region's goal 到2025年…“34567”体系框架全面成型"),
    # --- recurring work, subject matter, office's own dates
    N(DL, "提升安全防护能力。", "每年汛期前、国庆节前", "recurring drills under task 18 (2023年形成机制，长期坚持); not a completion deadline"),
    N(DL, "推进公共服务数字化。", "暑期托管", "暑期 names a service (summer childcare), not a deadline; task 6 note is 持续推进，2025年取得明显成效 (equal)"),
    N(DL, "依托自治区生态环境数据资源中心", "秋冬季大气污染防治", "a seasonal pollution campaign named as subject matter, not a deadline; note says 持续推进 (task 95)"),
    N(DL, "（三）提升数字素养。", "每年暑期", "recurring training under task 118 (2023年完成并长期坚持)"),
    N(DL, "（三）完善工作机制。", "每月5日前", "the office's own monthly reporting date"),
    N(DL, "各牵头单位于每季度末月25日前", "2025年1月10日前", "the office's own reporting date for the annual summary, not a task deadline"),
    N(DL, "（一）动员部署阶段", "2024年1月至春节前", "phase schedule of the plan itself, not a task deadline"),
    N(DL, "（二）集中攻坚阶段", "国庆节前", "phase schedule (一季度末、年中、国庆节前 in 2024), not a task deadline"),
    # --- past dates in the background
    N(DI, "2023年汛期，依托视频监控", "2023年汛期", "past event in the background, not a deadline"),
    N(DI, "2023年汛期，依托视频监控", "截至2023年底", "state of affairs at the end of 2023, background"),
    N(DI, "打造泛在可及的服务体系。", "2023年国庆节期间", "past event (holiday opening in October 2023), not a deadline"),
    N(DI, "根据《国务院关于加强数字政府建设的指导意见》", "2023年—2025年", "title span of the regional task list, not a deadline"),
    N(DI, "2024年1月12日", "2024年1月12日", "issuing date of the notice"),
    # --- units
    N(UU, "各镇人民政府、各街道办事处，区直各部门（单位）：", "区直各部门（单位）", "collective addressees"),
    N(UU, "强化安全管理责任。", "各镇、街道", "collective subject (各镇、各街道)"),
    N(UU, "推动行政权力事项网上运行。", "区直有关部门", "collective subject"),
    N(UU, "推进智慧城市建设。", "各街道办事处", "collective subject"),
    N(UU, "健全项目管理机制。", "金凤区发展改革局", "区发展和改革局 (short name 区发展改革局 in units.txt) written with the district's name in front"),
    N(UU, "健全项目管理机制。", "区政府办", "short name of 区人民政府办公室 in units.txt"),
    N(UU, "完善数字经济治理体系。", "区市场监管分局", "short name of 银川市市场监督管理局金凤区分局 in units.txt"),
    N(UU, "完善数字经济治理体系。", "金凤公安分局", "short name of 银川市公安局金凤区分局 in units.txt"),
    N(UU, "提升公共安全保障能力。", "金凤区消防救援大队", "listed in units.txt with the district's name"),
    N(UU, "推进数字乡村建设。", "良田镇人民政府", "town government listed in units.txt"),
    N(UU, "（三）完善工作机制。", "自治区政府办公厅", "regional body named only as a partner the district contacts, not as the lead of a local task"),
    N(UU, "（三）完善工作机制。", "银川市审批服务管理局", "city body listed in units.txt (上级对接单位), named as a partner"),
    N(UU, "提升网络支撑能力。开展城域网升级改造", "区政府办公室", "canonical short name in units.txt (the 自治区政府办公厅 on the same line is the planted error)"),
    # --- basis
    N(BM, "根据《国务院关于加强数字政府建设的指导意见》", "国发〔2022〕14号", "correct title and 文号 of the national guiding opinion"),
    N(BM, "根据《国务院关于加强数字政府建设的指导意见》", "银川市人民政府《关于加强数字政府建设的实施方案》", "the city's plan cited by title alone (a city plan may have no 文号); no parent plan is supplied for checking"),
    N(BM, "自《宁夏回族自治区2020年“数字政府”建设工作要点》", "宁政办发〔2020〕14号", "retrospective mention of the 2020 工作要点 with its correct 文号, not cited as a basis"),
]

covers = [
    (3, "推进“智慧园区”建设。"), (5, "完善数字经济治理体系。"), (6, "推进公共服务数字化。"),
    (9, "推进智慧城市建设。"), (10, "推进数字乡村建设。"), (12, "配合自治区、银川市培育数据要素市场"),
    (14, "强化安全管理责任。"), (15, "强化安全管理责任。"), (18, "提升安全防护能力。"),
    (21, "推动行政权力事项网上运行。"), (23, "建立数字资源“一本账”。"), (24, "健全项目管理机制。"),
    (28, "开展试点示范。"), (32, "完善数据管理机制。"), (41, "促进数据开放利用。"),
    (54, "深化电子文件管理。"), (43, "强化政务云支撑能力。"), (48, "提升网络支撑能力。开展城域网升级改造"),
    (49, "统筹视频资源。"), (52, "推广电子证照应用。"), (64, "（一）健全组织机构。参照自治区做法"),
    (71, "加强对食品药品、特种设备"), (73, "加强对食品药品、特种设备"), (77, "提升社会矛盾化解能力。"),
    (79, "提升社会治安防控能力。"), (80, "提升公共安全保障能力。"), (83, "提高基层治理能力。"),
    (84, "打造泛在可及的服务体系。"), (86, "迭代“我的宁夏”金凤专区。"), (87, "优化热线服务。"),
    (89, "提供优质涉企服务。"), (93, "拓展普惠民生服务。"), (96, "深化“互联网+城乡供水”建设"),
    (102, "推动绿色低碳转型，推进水、气、土、废"), (103, "提升辅助决策能力。"), (105, "提升行政执行能力。"),
    (108, "增强行政监督质效。"), (111, "改进机关事务管理。"), (112, "进一步完善区政府门户网站政务公开专栏"),
    (114, "构建以区融媒体中心为枢纽"), (116, "（一）加强组织领导。各级党组织"), (118, "（三）提升数字素养。"),
    (122, "（四）强化考核评价。"), (124, "（四）强化考核评价。"),
    (2, "1\t推动辖区重点企业上云用数"), (34, "2\t配合建设完善医疗健康"), (42, "3\t推进供水、供电、供气"),
    (47, "4\t推动区级电子政务外网骨干链路扩容升级"), (50, "5\t以重大业务应用为牵引"), (55, "6\t推进财政电子票据"),
    (56, "7\t推进教育收费"), (58, "8\t配合完善全区统一的地理信息服务体系"), (70, "9\t建立企业信用风险分类管理"),
    (90, "10\t推进区图书馆"), (97, "11\t配合建成自然资源三维立体"), (104, "12\t推广使用自治区统一的协同办公平台"),
    (106, "13\t依托“宁政通”开发上线"), (107, "14\t统筹整合区级非涉密视频会议"), (115, "15\t以12345政务服务便民热线为枢纽"),
    (88, "16\t深化“证照分离”改革"),
]
covers = [{"task": t, "line": ln(a)} for t, a in covers]
assert len({c["task"] for c in covers}) == len(covers)

key = {
    "writer": "blind writer, round 576; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
    "written": "2026-12-07",
    "draft": "draft.txt",
    "also": [],
    "baseline": "ningxia-2023",
    "build": None,
    "parents": [],
    "units": "units.txt",
    "planYear": 2024,
    "expect": expect,
    "mustNotFlag": mnf,
    "covers": covers,
    "notes": ("金凤区 (银川市) 2024 plan issued 2024-01-12. Holiday/season dates are read in the plan's year unless the text names another: "
              "春节前 = before 10 Feb 2024, 一季度末 = 31 Mar 2024, 五一前 = before 1 May 2024, 年中 = 30 Jun 2024, 汛期前 = before the 2024 flood season (about June), "
              "暑期 = Jul-Aug 2024, 国庆节前 = before 1 Oct 2024, 秋冬季 = autumn/winter 2024 (used only on a 2025 task), 年底前 = 31 Dec 2024; "
              "2025年春节前 = before 29 Jan 2025; 2025年元旦前 = by 31 Dec 2024. No task due 2023 carries a dated local deadline "
              "(they say 长期坚持/持续推进). Every responsible unit is in units.txt except the two planted ones; "
              "金凤区发展改革局 is 区发展改革局 with the district prefix. No parent plan is supplied: the city plan is cited by title only. "
              "No missing pillar is planted: all 34567 pillars and the four 党的领导 items are taken up."),
}
json.dump(key, open('key.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=2)
print(len(expect), len(mnf), len(covers), len(L))
