# helper kept in the case folder: writes key.json, locating every line in draft.txt by its text
import json
L = open('draft.txt', encoding='utf-8').read().split('\n')
if L[-1] == '': L.pop()
def ln(text, where=None):
    hits = [i + 1 for i, s in enumerate(L) if text in s and (where is None or where in s)]
    assert len(hits) == 1, (text, where, hits)
    return hits[0]

expect = [
 {"rule": "basis-mismatch", "line": ln("宁政办发〔2023〕17号"), "text": "宁政办发〔2023〕17号",
  "why": "《自治区人民政府关于加强数字政府建设的实施意见》 is 宁政发〔2023〕17号; the draft gives it the office series 宁政办发 (a slip next to the 宁政办发〔2023〕11号 citation that follows)"},
 {"rule": "deadline-later-than-baseline", "line": ln("2026年6月底前"), "text": "2026年6月底前",
  "why": "point 45 (全市统筹应用的视频会议平台) is task 107 (统筹整合各地各部门非涉密视频会议系统资源), 完成时限 2025年; the city puts it in 2026"},
 {"rule": "deadline-invalid", "line": ln("2024年12月底前"), "text": "2024年12月底前",
  "why": "point 35 of a plan issued 2025-02-20 is due before the year of issue (last year's template date left in); it is task 92 (多卡合一), 完成时限 2025年, so it is not a late deadline"},
 {"rule": "unknown-unit", "line": ln("同心县人民政府"), "text": "同心县人民政府",
  "why": "同心县 is a county of 吴忠市, not of 中卫市 (沙坡头区、中宁县、海原县); not in units.txt — the pilot county should be 海原县人民政府"},
 {"rule": "unknown-unit", "line": ln("市大数据服务中心"), "text": "市大数据服务中心",
  "why": "not in units.txt; the city's data body is 市数据局 (used everywhere else in the draft)"},
 {"rule": "garbled-text", "line": ln("鎺ㄨ繘鏀垮姟"), "text": "鎺ㄨ繘鏀垮姟鏁版嵁",
  "why": "UTF-8 bytes read as GBK; re-encoding as GBK and decoding as UTF-8 gives 推进政务数据归集治理"},
]

def m(rule, line, why, text=None):
    d = {"rule": rule, "line": line}
    if text: d["text"] = text
    d["why"] = why
    return d

U, D, I, B, G = "unknown-unit", "deadline-later-than-baseline", "deadline-invalid", "basis-mismatch", "garbled-text"
mnf = [
 m(U, ln("各县（区）人民政府，市政府各部门、各直属机构"), "addressees: collective subjects (各县（区）人民政府, 市政府各部门)", "市政府各部门"),
 m(U, ln("推动数字技术与传统公共事业融合"), "collective subject 市直有关部门（单位）; 各县（区）人民政府 is the collective of the three counties", "市直有关部门（单位）"),
 m(U, ln("开展常态化安全防护和网络安全应急演练"), "collective subject 市直各部门（单位）", "市直各部门（单位）"),
 m(U, ln("厘清市、县、乡、村四级数字政府建设职责"), "collective subject 各乡镇人民政府", "各乡镇人民政府"),
 m(U, ln("互联网+基层治理"), "collective subject 各乡镇（街道）", "各乡镇（街道）"),
 m(U, ln("参照自治区做法，健全市、县两级"), "市政府办公室 is the registered short name of 市人民政府办公室", "市政府办公室"),
 m(U, ln("社会化高频场景推广应用"), "prefix 市 distributes: 人社局 → 市人社局, a registered short name of 市人力资源社会保障局; 文化旅游广电局 → 市文化旅游广电局", "人社局"),
 m(U, ln("强化审管协同"), "prefix 市 distributes over 市场监管局 → 市市场监管局 (registered); not to be read as 市场 + 监管局", "市场监管局"),
 m(U, ln("助力全国一体化算力网络国家枢纽节点宁夏枢纽建设"), "prefix distributes: 工业和信息化局 → 市工业和信息化局; 中卫工业园区管委会 is registered", "工业和信息化局"),
 m(U, ln("统筹推进全市信息化指挥调度资源"), "中卫市消防救援支队 is registered; 应急管理局、水务局、自然资源局 take the 市 prefix", "中卫市消防救援支队"),
 m(U, ln("构建碳排放智能监测和动态核算体系"), "prefix 市 distributes over 市场监管局 → 市市场监管局 (registered), as in 自治区发展改革委、市场监管厅", "市场监管局"),
 m(U, ln("加快推进“智慧应急”建设"), "中卫市气象局 is registered (a vertically managed body the city registry lists)", "中卫市气象局"),
 m(U, ln("同心县人民政府"), "中宁县人民政府 in the same cell is a real 中卫 county government and registered; only 同心县人民政府 is wrong", "中宁县人民政府"),
 m(U, ln("市委党校重要教学培训内容"), "市委党校 is registered", "市委党校"),
 m(U, ln("提升用水权、土地权、排污权、山林权"), "市公共资源交易中心 is registered; 林草局 → 市林草局", "市公共资源交易中心"),
 m(D, ln("助力全国一体化算力网络国家枢纽节点宁夏枢纽建设"), "task 1 完成时限 持续推进，2025年取得明显成效; the draft copies it exactly (equal)", "持续推进，2025年取得明显成效"),
 m(D, ln("推动数字技术与传统公共事业融合"), "task 6 完成时限 持续推进，2025年取得明显成效; 2025年12月底前 is equal", "2025年12月底前"),
 m(D, ln("推进“互联网+养老”服务"), "养老 services are part of task 6 (持续推进，2025年取得明显成效); 2025年12月底前 is equal", "2025年12月底前"),
 m(D, ln("国家智慧教育平台整省试点应用"), "task 7 完成时限 2023年形成试点经验，2025年取得明显成效; the completing milestone is 2025, equal", "2025年12月底前"),
 m(D, ln("推进智慧城市建设"), "task 9 完成时限 持续推进，2025年取得明显成效; 2025年11月底前 is earlier", "2025年11月底前"),
 m(D, ln("加快“数字供销”国家级示范区建设"), "task 11 完成时限 2023年完成主要建设任务，2025年取得明显成效; the completing milestone is 2025, 2025年10月底前 is earlier", "2025年10月底前"),
 m(D, ln("加快培育数据要素市场"), "task 12 完成时限 2025年; equal (this is task 12, not task 13 which is due 2024)", "2025年12月底前"),
 m(D, ln("强化审管协同"), "task 22 完成时限 2025年; 2025年11月底前 is earlier", "2025年11月底前"),
 m(D, ln("开展试点示范，每个县（区）"), "task 28 完成时限 2023年启动，2025年取得明显成效; equal", "2025年12月底前"),
 m(D, ln("鎺ㄨ繘鏀垮姟"), "task 29 (自治区统一的政务数据平台, 一体化政务大数据体系) 完成时限 2023年启动，2025年完成; equal — not tasks 33/34 (基础库/主题库, 2024)", "2025年12月底前"),
 m(D, ln("视频一张网"), "task 49 完成时限 2025年; 2025年9月底前 is earlier", "2025年9月底前"),
 m(D, ln("社会化高频场景推广应用"), "task 52 (个人证照 in 就医上学、交通出行、景点旅游、酒店入住、工作应聘 scenes) 完成时限 2025年; equal — not task 85 (2023)", "2025年12月底前"),
 m(D, ln("非税收入收缴电子化"), "task 56 完成时限 2025年; 2025年10月底前 is earlier (not task 55, 公共支付/电子票据, 2024)", "2025年10月底前"),
 m(D, ln("配合开展全区政务平台评估定级"), "task 59 完成时限 2025年; 2025年9月底前 is earlier", "2025年9月底前"),
 m(D, ln("参照自治区做法，健全市、县两级"), "task 64 完成时限 2025年; 2025年6月底前 is earlier (not task 60, which concerns the 自治区 leading group)", "2025年6月底前"),
 m(D, ln("360画像"), "task 66 完成时限 2025年; equal", "2025年12月底前"),
 m(D, ln("统筹推进全市信息化指挥调度资源"), "task 81 完成时限 2025年; 2025年10月底前 is earlier", "2025年10月底前"),
 m(D, ln("互联网+基层治理"), "task 83 完成时限 2025年; 2025年12月底前 is equal", "2025年12月底前"),
 m(I, ln("互联网+基层治理"), "在2024年建成的市域社会治理指挥中心 is a past date describing an existing system, not the point's deadline", "2024年"),
 m(D, ln("一呼即应"), "task 87 完成时限 2023年启动，2025年完成; 2025年12月底前 is equal", "2025年12月底前"),
 m(D, ln("天地一体化"), "task 95 完成时限 2025年; 2025年11月底前 is earlier", "2025年11月底前"),
 m(D, ln("互联网+城乡供水”示范市建设"), "task 96 完成时限 2025年; equal", "2025年12月底前"),
 m(D, ln("构建碳排放智能监测和动态核算体系"), "task 101 完成时限 2025年; equal", "2025年12月底前"),
 m(D, ln("填表报数系统"), "task 106 完成时限 2025年; equal", "2025年12月底前"),
 m(D, ln("整合全市机关事务管理信息系统"), "task 111 完成时限 2025年; equal", "2025年12月底前"),
 m(D, ln("依托青年拔尖人才培养计划"), "task 120 完成时限 2025年; equal", "2025年12月底前"),
 m(D, ln("主要目标：到2025年底"), "goal equals the regional 主要目标 到2025年 “34567”体系框架全面成型", "到2025年底"),
 m(D, ln("纳入“一把手工程”"), "task 116 完成时限 2023年完成并长期坚持; 长期坚持 is consistent", "长期坚持"),
 m(I, ln("加强督促检查。"), "a copied regional deadline (task 124: 2023年形成机制，长期坚持) that lies before the plan's year, with 长期坚持; not a slip", "2023年形成机制，长期坚持"),
 m(D, ln("2026年1月15日前"), "the office's own reporting date for the annual summary, not a task deadline", "2026年1月15日前"),
 m(I, ln("于每季度末月25日前"), "reporting date without a year; 2026年1月15日 is after the issue year and is a reporting date", "每季度末月25日前"),
 m(D, ln("（三）数据资源加快汇聚"), "background in the 2024 review (目录 compiled 2024年6月; task 30 was due 2023): a past fact, not a deadline", "2024年6月"),
 m(I, ln("（五）治理能力有效提升"), "past date in the 2024 review, not a deadline", "2024年9月"),
 m(B, ln("34项重点任务全部完成"), "retrospective mention of the city's own 2024 工作要点, not a basis citation", "《中卫市2024年数字政府建设工作要点》"),
 m(B, ln("国发〔2022〕14号"), "国发〔2022〕14号 is the correct number of 《国务院关于加强数字政府建设的指导意见》", "国发〔2022〕14号"),
 m(B, ln("宁政办发〔2023〕11号"), "《数字宁夏“1244+N”行动计划实施方案》 is 宁政办发〔2023〕11号 (as the 吴忠 plan cites it)", "宁政办发〔2023〕11号"),
 m(B, ln("《中卫市关于加强数字政府建设的实施方案》"), "the city's own plan cited by title alone (it has no 文号 here); not a wrong title", "《中卫市关于加强数字政府建设的实施方案》"),
 m(B, ln("卫政办发〔2025〕9号"), "the notice's own 文号, not a citation", "卫政办发〔2025〕9号"),
 m(D, ln("推进商用密码应用"), "持续推进 for task 17 (2023年): continuing work in 2025 with no completion year, not a later milestone", "持续推进"),
 m(D, ln("健全政务数据供需对接机制和数据异议处理机制"), "持续推进 for task 36 (2023年): no completion year given", "持续推进"),
 m(D, ln("优化“双随机、一公开”监管"), "持续推进 for task 70 (2024年): no completion year given", "持续推进"),
 m(D, ln("持续推广“宁政通”移动办公平台"), "持续推进 for task 105 (2024年): no completion year given", "持续推进"),
 m(D, ln("进一步完善各类政务公开信息化平台"), "持续推进 for task 112 (2024年): no completion year given", "持续推进"),
 m(G, ln("香山硒砂瓜"), "硒砂瓜 (rare character 硒) and 中宁枸杞 are genuine local product names", "硒砂瓜"),
 m(G, ln("推进全市电子政务外网IPv6改造"), "IPv6 is ordinary Latin text", "IPv6"),
]

covers_map = [(1,"助力全国一体化算力网络"),(3,"“智慧园区”建设"),(5,"以网管网"),(6,"推动数字技术与传统公共事业融合"),
 (7,"国家智慧教育平台整省试点应用"),(8,"“互联网+医疗健康”应用"),(9,"推进智慧城市建设"),(10,"推进数字乡村建设"),
 (11,"“数字供销”国家级示范区"),(12,"加快培育数据要素市场"),(18,"常态化安全防护和网络安全应急演练"),(17,"定期开展网络安全、保密和密码应用检查"),
 (22,"强化审管协同"),(24,"项目建设管理会商机制"),(28,"开展试点示范，每个县（区）"),(29,"鎺ㄨ繘鏀垮姟"),(36,"政务数据供需对接机制和数据异议处理机制"),
 (50,"非涉密业务专网向电子政务外网整合迁移"),(49,"视频一张网"),(52,"社会化高频场景推广应用"),(56,"非税收入收缴电子化"),(59,"全区政务平台评估定级"),
 (64,"参照自治区做法，健全市、县两级"),(66,"360画像"),(70,"企业信用风险分类管理"),(74,"远程监管、移动监管、预警监管"),
 (81,"统筹推进全市信息化指挥调度资源"),(83,"互联网+基层治理"),(80,"“智慧应急”建设"),(87,"一呼即应"),(92,"多卡合一"),
 (89,"惠企政策专栏"),(93,"适老化与信息无障碍建设"),(95,"天地一体化"),(96,"互联网+城乡供水”示范市建设"),(100,"山林权市场交易平台"),
 (101,"碳排放智能监测和动态核算体系"),(102,"推动绿色低碳转型"),(106,"填表报数系统"),(105,"持续推广“宁政通”移动办公平台"),
 (107,"非涉密视频会议系统资源"),(111,"整合全市机关事务管理信息系统"),(112,"进一步完善各类政务公开信息化平台"),(114,"政务新媒体矩阵"),
 (115,"领导信箱等政民互动渠道"),(116,"纳入“一把手工程”"),(25,"统筹现有资金渠道"),(118,"市委党校重要教学培训内容"),
 (120,"依托青年拔尖人才培养计划"),(122,"纳入全市效能目标管理考核"),(123,"综合考核评价的重要参考"),(124,"建立容错和奖惩机制")]
covers = [{"task": t, "line": ln(s)} for t, s in covers_map]

key = {
 "writer": "blind writer, round 691; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
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
 "notes": ("中卫市2025年数字政府建设工作要点, issued by 市人民政府办公室 on 2025-02-20 (卫政办发〔2025〕9号). No parent plan (中卫 is a prefecture-level city). "
   "Deadlines with a 2025 date are given only to points that take up tasks due 2025 (or due 持续推进/2023年启动，2025年…); points that continue tasks the region dated 2023 or 2024 carry 持续推进 with no completion year, which the writer reads as not later than the region. "
   "The framework is the region's “34567”; every pillar is taken up by content (数字生态 in points 11–12, 五个一/六级贯通 in points 25–27, 党的领导 in points 50–55). "
   "A 工作要点 takes up only a year's work, so many tasks are naturally absent; none is left out on purpose, so no task-uncovered is expected. "
   "draft.src.txt + make_draft.py build draft.txt (point numbering); make_key.py writes this key and checks every line by its text.")
}
json.dump(key, open('key.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
print(len(expect), 'expect,', len(mnf), 'mustNotFlag,', len(covers), 'covers')
