# builds key.json and checks every line/text against draft.txt
import json, datetime
L=open('draft.txt',encoding='utf-8').read().split('\n')
if L[-1]=='': L=L[:-1]
def find(s, start=1, nth=1):
    hits=[i+1 for i,l in enumerate(L) if s in l and i+1>=start]
    assert hits, s
    return hits[nth-1]
def E(rule,s,why,**kw):
    d={"rule":rule,"line":find(s),"text":s,"why":why}; d.update(kw); return d
expect=[
 E("basis-mismatch","宁政发〔2023〕71号","the region's 实施意见 《自治区人民政府关于加强数字政府建设的实施意见》 is 宁政发〔2023〕17号 (2023-05-16); 71号 is a transposed number that does not belong to this title"),
 {"rule":"deadline-later-than-baseline","line":find("实现区、乡（镇）、村（社区）三级全覆盖"),"text":"2025年底前","why":"城域网升级改造 / 外网延伸到村 = regional task 48 (开展各级城域网升级改造，推进区市县乡村5级全覆盖), 完成时限 2024年; draft says 2025年底前"},
 {"rule":"deadline-later-than-baseline","line":find("适老化与信息无障碍改造"),"text":"2025年6月底前","why":"适老化与信息无障碍建设 = regional task 93, 完成时限 2024年; draft says 2025年6月底前"},
 {"rule":"deadline-invalid","line":find("提速“宁政通”APP推广应用"),"text":"2022年底前","why":"a deadline before the plan's own year (2024) that is not a copied regional deadline (tasks 104/105 are due 2024); slip for 2024年底前. It is earlier than the region, so not a late deadline"},
 E("unknown-unit","区大数据局","no such body in units.txt (the district body is 区大数据服务中心 = 区大数据中心); named as 牵头单位"),
 E("garbled-text","鏀垮姟鏈嶅姟浜嬮」","UTF-8 bytes of 政务服务事项 read as GBK (mojibake) in point 26"),
]
def M(rule,s,why,text=True,start=1):
    d={"rule":rule,"line":find(s,start),"why":why}
    if text: d["text"]=s
    return d
dl="deadline-later-than-baseline"; uu="unknown-unit"
must=[
 M(dl,"2024年04月08日","the article's own publication date (WeChat header), not a deadline"),
 M(uu,"记者 马晓燕","byline names (记者、编辑、审核 people), not responsible units"),
 M(uu,"审核 杨建军","byline 审核 is a person, not a unit"),
 M("basis-mismatch","国发〔2022〕14号","correct 文号 of 《国务院关于加强数字政府建设的指导意见》"),
 M("basis-mismatch","吴忠市人民政府《关于加强数字政府建设的实施方案》","the city plan cited by title alone; it has no 文号 and the title is right (实施方案, 加强)"),
 M("basis-mismatch","宁政办发〔2020〕14号","retrospective mention of the 2020 工作要点 with its correct 文号, not cited as a basis"),
 M(dl,"2023年，全区政务服务事项网上可办率","past date in the background (what was achieved in 2023)"),
 M(dl,"到2024年底，全区电子政务外网","a district goal for 2024; no regional/city goal covers the same thing later than this (region's 2023 goals concern policy system, 五个一, 家底 — not these)"),
 M(dl,"到2025年，全区数字政府建设“1347”","equal to the region's 2025 goal (“34567”框架全面成型) and 吴忠's 2025 goal (“1347”全面成型)"),
 M(dl,"到2035年","equal to the region's and 吴忠's 2035 goal"),
 M(dl,"完成时限：2024年6月底前","task 64 (各地各部门参照自治区做法成立相应组织机构) is due 2025年; 2024年6月底前 is earlier",False),
 M(dl,"每季度末月25日前","the office's own reporting dates (quarterly report, 2024年12月10日前 annual summary), not task deadlines",False),
 M(dl,"弘德工业园区管委会、区发改局；完成时限：持续推进，2025年取得明显成效","task 3 智慧园区: 持续推进，2025年取得明显成效 — equal",False),
 M(dl,"创新以网管网","task 5: 持续推进，2025年取得明显成效 — equal",False),
 M(dl,"推进教育、医疗健康、就业","task 6: 持续推进，2025年取得明显成效 — equal",False),
 M(dl,"深入推广宁夏智慧教育平台","tasks 7 (2023年形成试点经验，2025年取得明显成效) and 8 (持续推进，2025年取得明显成效): 2025 equal",False),
 M(dl,"加快补齐乡村信息基础设施短板","task 10: 持续推进，2025年取得明显成效 — equal",False),
 M(dl,"依托全国“数字供销”示范区建设","task 11: 2023年完成主要建设任务，2025年取得明显成效 — the completing milestone 2025 is equal",False),
 M(dl,"引进和培育数据要素市场主体","task 12: 2025年 — equal",False),
 M(dl,"有序向自治区政务信创云迁移","tasks 19 (2023年启动，2024年建成) / 43 (2024年建成): 2024年底前 equal",False),
 M(dl,"规范电子公文全流程管理","tasks 40 / 54: 2024年; 2024年10月底前 is earlier",False),
 M(dl,"推动电子政务外网升级改造和带宽扩容","task 47: 2024年 — equal",False),
 M(dl,"持续推进“雪亮工程”向村（社区）全覆盖","task 79: 2024年 — equal",False),
 M(dl,"实施“互联网+基层治理”行动","task 83: 2025年 — equal (2025年底前)",False),
 M(dl,"发挥全区一体化政务服务平台“一网通办”作用","task 84: 2024年 — equal (the sentence is task 84's 网上办、掌上办、就近办、一次办, not task 85)",False),
 M(dl,"持续做强“我的宁夏”APP红寺堡专区","task 86: 2024年; 2024年9月底前 is earlier",False),
 M(dl,"健全12345政务服务便民热线","task 87: 2023年启动，2025年完成 — 2025年 equal",False),
 M(dl,"促进生态环境精准治理","tasks 95 / 96: 2025年 — 2025年底前 equal",False),
 M(dl,"依托“宁政通”全区统一的填表报数系统","task 106: 2025年 — equal",False),
 M(dl,"构建以网上发布为主","tasks 112 / 114: 2024年 — 2024年底前 equal",False),
 M(uu,"各乡镇人民政府","collective subject (每级都有的 各乡镇人民政府)"),
 M(uu,"区直各部门（单位）","collective subject"),
 M(uu,"区直有关部门","collective subject"),
 M(uu,"承担监管职责的区直有关部门","collective subject"),
 M(uu,"各村（社区）","collective subject"),
 M(uu,"区工信商务局","official short name of 区工业信息化和商务局 in units.txt"),
 M(uu,"弘德工业园区管委会","short name of 红寺堡弘德工业园区管委会 in units.txt"),
 M(uu,"区发改局","short name of 区发展和改革局 in units.txt"),
 M(uu,"区卫健局","short name of 区卫生健康局 in units.txt"),
 M(uu,"区公安分局","short name of 吴忠市公安局红寺堡区分局 in units.txt"),
 M(uu,"区生态环境分局","short name of 吴忠市生态环境局红寺堡区分局 in units.txt"),
 M(uu,"区税务局","short name of 国家税务总局吴忠市红寺堡区税务局 in units.txt"),
 M(uu,"红寺堡区委办公室","canonical name in units.txt"),
 M(uu,"区委党校","in units.txt"),
 M(uu,"区数字政府建设领导小组办公室","in units.txt (the leading group's office)"),
 M(uu,"来源：红寺堡区融媒体中心","footer source line (account footer), not a responsible unit; 区融媒体中心 is in units.txt anyway"),
 M(uu,"宁夏干部教育培训网络学院","a training platform named in the body, not a responsible unit"),
 M(dl,"2024年1月1日起","footer 往期推荐 title, not a deadline"),
 M(dl,"2023年红寺堡区政务服务","footer 往期推荐 title with a past year"),
 M("deadline-invalid","2023年红寺堡区政务服务","a past year in a footer link, not a deadline"),
 M("deadline-invalid","2023年，全区政务服务事项网上可办率","background statement of 2023 results, not a deadline"),
]
cov=[(64,"参照自治区、吴忠市做法"),(3,"智慧园区"),(5,"创新以网管网"),(6,"推进教育、医疗健康、就业"),(7,"深入推广宁夏智慧教育平台"),(8,"互联网+医疗健康”，深化"),(10,"加快补齐乡村信息基础设施短板"),(11,"依托全国“数字供销”"),(12,"引进和培育数据要素市场主体"),(14,"两级数字政府建设安全和保密工作"),(15,"建立安全评估、责任落实和重大事件处置机制"),(18,"开展常态化安全防护和应急演练"),(19,"政务信创云迁移"),(24,"健全政务信息化项目会商机制"),(21,"推动各类行政权力事项网上运行"),(30,"全面摸清全区政务数据资源底数"),(32,"明确各部门数据管理职责和人员"),(36,"政务数据供需对接机制"),(40,"规范电子公文全流程管理"),(54,"完善业务系统电子文件归档功能"),(47,"推动电子政务外网升级改造和带宽扩容"),(48,"实现区、乡（镇）、村（社区）三级全覆盖"),(51,"推广应用全区统一身份认证"),(56,"推进非税收入收缴电子化"),(66,"自治区经济运行大数据平台"),(68,"推行“照单监管”"),(72,"互联网+监管”系统对接"),(77,"推动行政复议、信访、调解"),(79,"持续推进“雪亮工程”"),(83,"实施“互联网+基层治理”行动"),(80,"加快“智慧应急”建设"),(84,"“一网通办”作用"),(85,"推行“免证办”"),(86,"“我的宁夏”APP红寺堡专区"),(87,"健全12345政务服务便民热线"),(93,"适老化与信息无障碍改造"),(95,"强化大气、水、土壤、自然生态"),(96,"推进“互联网+城乡供水”"),(104,"依托全区统一的协同办公平台"),(105,"提速“宁政通”APP推广应用"),(106,"填表报数系统"),(112,"完善各类政务公开信息化平台"),(114,"健全政务新媒体矩阵"),(115,"领导信箱阵地作用"),(116,"纳入“一把手”工程"),(25,"建立多渠道投入的资金保障机制"),(118,"定期开展领导干部数字化能力培训"),(122,"纳入全区效能目标管理考核"),(123,"综合考核评价的重要参考"),(124,"建立容错和奖惩机制")]
covers=[{"task":t,"line":find(s)} for t,s in cov]
key={"writer":"blind writer, round 405; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
 "written":datetime.date.today().isoformat(),"draft":"draft.txt","baseline":"ningxia-2023","build":None,
 "parents":["wuzhong"],"units":"units.txt","planYear":2024,"expect":expect,"mustNotFlag":must,"covers":covers,
 "notes":"A WeChat public-account article (红寺堡发布) retelling the district's 2024 实施方案 point by point, each point with an inline （牵头单位…；完成时限…） note. Header date, byline (记者/编辑/审核), the 往期推荐/来源 footer and emoji markers are article furniture. Line 102 states that the first-listed 牵头单位 is the main lead. Tasks whose regional deadline is 2023 are given no 完成时限 on purpose. No task is deliberately left out, so no task-uncovered is expected; all pillars (三个驱动, 四个支撑, 五个一/六级贯通 as 一套体系, 七个能力, 党的领导) are present by content."}
json.dump(key,open('key.json','w',encoding='utf-8'),ensure_ascii=False,indent=1)
# sanity: every expect text on its line
for e in expect: assert e["text"] in L[e["line"]-1], e
print(len(L),"lines;",len(expect),"expect;",len(must),"mustNotFlag;",len(covers),"covers")
for e in expect: print(e["rule"],e["line"],e["text"])
