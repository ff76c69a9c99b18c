# helper kept by the blind writer: builds key.json and checks every line against draft.txt
import json
D=open('draft.txt',encoding='utf-8').read().split('\n')
def u(s):
    hits=[i+1 for i,l in enumerate(D) if s in l]
    assert len(hits)==1,(s,hits)
    return hits[0]
expect=[
 {"rule":"basis-mismatch","line":u("（宁政办发〔2023〕17号）"),"text":"宁政办发〔2023〕17号",
  "why":"《自治区人民政府关于加强数字政府建设的实施意见》 is 宁政发〔2023〕17号 (gazette 2023年第10期, 2023-05-16); 宁政办发 is the 政府办公厅 series — a slip from the neighbouring 宁政办发〔2023〕11号 citation"},
 {"rule":"unknown-unit","line":u("市经济和信息化局牵头"),"text":"市经济和信息化局",
  "why":"old pre-reform name, not in units.txt; the current unit 市工业和信息化局 is used correctly elsewhere in the draft"},
 {"rule":"garbled-text","line":u("鐢靛瓙璇佺収鍏变韩"),"text":"鐢靛瓙璇佺収鍏变韩",
  "why":"UTF-8 bytes of 电子证照共享 read as GBK; re-encoding as GBK and decoding as UTF-8 gives 电子证照共享"},
 {"rule":"deadline-later-than-baseline","line":u("完成时限：2025年6月底前"),"text":"2025年6月底",
  "why":"“我的宁夏”灵武专区 应上尽上, 移动政务服务统一入口 = task 86 (迭代升级“我的宁夏”政务APP功能…“应上尽上”…移动政务服务“总门户”), 完成时限 2024年; the draft says 2025年6月底前"},
 {"rule":"deadline-later-than-baseline","line":u("完善线上线下服务渠道，力争2025"),"text":"2025年底",
  "why":"适老化与信息无障碍建设 = task 93, 完成时限 2024年. The date is wrapped: “力争2025” ends this line (printed 110) and “年底前全面完成” begins the next numbered line (printed 111), so it reads 2025年底前 — later than 2024. A checker may report it on the next physical line"},
 {"rule":"deadline-invalid","line":u("2024年6月31日前"),"text":"2024年6月31日",
  "why":"June has 30 days: 6月31日 is an impossible date (task 112 政务公开信息化平台, regional 完成时限 2024年, so the year itself is not late)"},
]
M=[]
def m(rule,s,why,text=None):
    e={"rule":rule,"line":u(s)}
    if text: e["text"]=text
    e["why"]=why; M.append(e)
# printed line numbers and page headers
m("deadline-invalid","12月底前完成首批数据开放","printed line 72 is “ 72<TAB>12月底前…” (continuation of “力争2024年”); the line number is not part of the date — no “7212月”, no impossible month","12月底前")
m("deadline-invalid","2025年底前实现全市公共视频资源","printed line 80 is “ 80<TAB>2025年底前…”; the line number is not part of the year — no “802025年”","2025年底前")
m("deadline-later-than-baseline","2025年底前实现全市公共视频资源","视频一张网 = task 49, 完成时限 2025年; 2025年底 (continuation of “力争” on the line above) is equal","2025年底前")
m("deadline-invalid","2024年3月18日","signing date of the draft, printed “148<TAB>2024年3月18日”; the line number is not part of the year","2024年3月18日")
m("deadline-invalid","送审稿  第 2 页","running page header of the review export; 第 2 页 is a page number, not a date","第 2 页")
m("deadline-invalid","送审稿  第 4 页","running page header; page number, not a date","第 4 页")
m("unknown-unit","送审稿  第 3 页","running page header naming the drafting office (灵武市人民政府办公室, an alias of 市人民政府办公室 in units.txt); not a responsibility","灵武市人民政府办公室")
# wrapped unit names
m("unknown-unit","市人力资源和社会保障局、市文化旅游体育","wrapped name: “市文化旅游体育” + next line “广电局” = 市文化旅游体育广电局, in units.txt","市文化旅游体育")
m("unknown-unit","广电局、市民政局","continuation of the wrapped 市文化旅游体育广电局","广电局")
m("unknown-unit","市司法局、市信访","wrapped name: “市信访” + next line “局” = 市信访局, in units.txt","市信访")
m("unknown-unit","标准化建设。（责任单位：市审批服务","wrapped name: “市审批服务” + next line “管理局” = 市审批服务管理局, in units.txt","市审批服务")
m("unknown-unit","市自然资源局、银川市","wrapped name: “银川市” + next line “生态环境局灵武分局” = 银川市生态环境局灵武分局, in units.txt","银川市")
# wrapped dates, equal
m("deadline-later-than-baseline","5级全覆盖，2024","wrapped date “2024” / “年底前”: 城域网升级改造、5级全覆盖 = task 48 (and 47), 完成时限 2024年; equal","2024")
m("deadline-later-than-baseline","力争2024年","wrapped date “2024年” / “12月底前”: 公共数据开放 = task 41 (and 42), 完成时限 2024年; equal","2024年")
# collectives and aliases
m("unknown-unit","市农业农村局牵头，各乡镇人民政府具体负责","各乡镇人民政府 is a collective subject","各乡镇人民政府")
m("unknown-unit","市委网信办牵头，市直各部门（单位）、各乡镇人民政府分别负责","市直各部门（单位） is a collective subject","市直各部门（单位）")
m("unknown-unit","（责任单位：承担监管职责的市直有关部门分别负责","collective subject, the local form of 承担监管职责的自治区有关部门（单位）","承担监管职责的市直有关部门")
m("unknown-unit","市商务局、市应急管理局配合","市商务局 is the short name of 市商务和经济技术合作局 and 再生资源园区管委会 of 灵武再生资源循环经济示范区管委会, both in units.txt","市商务局")
m("unknown-unit","市发改局、市自然资源局分别牵头","市发改局 is a short name of 市发展和改革局 in units.txt","市发改局")
m("unknown-unit","市卫健局负责","市卫健局 is a short name of 市卫生健康局 in units.txt","市卫健局")
m("unknown-unit","灵武市消防救援大队配合","灵武市消防救援大队 is in units.txt","灵武市消防救援大队")
m("unknown-unit","灵武市税务局","灵武市税务局 is in units.txt","灵武市税务局")
m("unknown-unit","东塔镇人民政府配合","东塔镇人民政府 (a township of 灵武市) is in units.txt","东塔镇人民政府")
# basis
m("basis-mismatch","（国发〔2022〕14号）","correct title and 文号 of the national guiding opinion","国发〔2022〕14号")
m("basis-mismatch","（宁政办发〔2023〕11号）","《数字宁夏“1244+N”行动计划实施方案》（宁政办发〔2023〕11号）, cited the same way in the 吴忠 plan; a different document from the 实施意见","宁政办发〔2023〕11号")
m("basis-mismatch","（宁政办发〔2020〕14号）","retrospective mention in 发展基础 of the 2020 工作要点, correct title and 文号; not cited as the basis","宁政办发〔2020〕14号")
# past and office dates
m("deadline-invalid","2022年，市级政务服务事项","past achievements in 发展基础 (2022年, 2023年), not deadlines","2022年")
m("deadline-invalid","每年12月10日前报送","the office's own recurring reporting dates (每季度最后一个月25日前, 每年12月10日前)","12月10日")
m("deadline-invalid","每年1月15日前","the office's own recurring reporting date","1月15日")
m("deadline-invalid","（一）动员部署阶段（2024年3月—4月）","实施步骤 phase in the plan's own year","2024年3月")
m("deadline-later-than-baseline","2024年5月—2025年6月","实施步骤 phase dates of the office's own schedule, not task deadlines (the last phase ends 2025年12月, equal to the region's 2025 goal)","2025年6月")
# goals
m("deadline-later-than-baseline","到2024年底，全市城域网","2024 goal: 城域网/5级覆盖 (task 48, 2024年), 一网通办 (task 84, 2024年), 宁政通 (task 105, 2024年); all equal","2024年底")
m("deadline-later-than-baseline","到2025年，全市数字政府建设","equal to the region's 主要目标 到2025年 (“34567”体系框架全面成型)","2025年")
m("deadline-later-than-baseline","到2035年","equal to the region's 到2035年 goal","2035年")
# equal / earlier task deadlines
m("deadline-later-than-baseline","市委编办配合；完成时限：2024年6月底前","组织机构 = task 64 (各地各部门参照自治区做法成立相应组织机构, 各市、县（区）负责), 完成时限 2025年; earlier. Task 60 (2023年) is the 自治区 领导小组 itself, a region-only task, not this local one","2024年6月底前")
m("deadline-later-than-baseline","完成时限：2024年9月底前","数字资源“一本账” = task 23, 完成时限 2024年; earlier","2024年9月底前")
m("deadline-later-than-baseline","2024年启动，2025年取得明显成效","试点示范 = task 28, 2023年启动，2025年取得明显成效; the completing milestone 2025 is equal; the start in 2024 (the plan's own year) is not the completing milestone","2024年启动")
m("deadline-later-than-baseline","市经济和信息化局牵头","智慧园区 = task 3, 持续推进，2025年取得明显成效; identical","2025年取得明显成效")
m("deadline-later-than-baseline","完成时限：持续推进，2024年取得明显成效","产业数字化、企业上云 ~ task 2 (2023年启动，2024年取得明显成效) or task 1 (2025); equal or earlier","2024年取得明显成效")
m("deadline-later-than-baseline","市供销社负责；完成时限：2025年取得明显成效","数字供销 = task 11, 2023年完成主要建设任务，2025年取得明显成效; completing milestone 2025 equal","2025年取得明显成效")
m("deadline-later-than-baseline","推进智慧教育","智慧教育平台 = task 7, 2023年形成试点经验，2025年取得明显成效; completing milestone equal","2025年取得明显成效")
m("deadline-later-than-baseline","培育数据要素市场","数据要素市场 = task 12, 2025年; equal","2025年")
m("deadline-later-than-baseline","推进非税收入收缴电子化","非税收入收缴电子化 = task 56, 2025年; equal","2025年")
m("deadline-later-than-baseline","提升辅助决策能力","辅助决策 ~ task 103, 2024年; 2024年底前 equal","2024年底前")
m("deadline-later-than-baseline","生态环境局灵武分局、市林业和草原局配合；完成时限：2025年","四权交易平台 = task 100, 2025年; equal (wrapped continuation line)","2025年")
m("deadline-later-than-baseline","加强行政监督。","公共资源交易 = task 108 (长期推进，2024年取得明显成效) and 互联网+督查 = task 109 (2024年); equal","2024年")
m("deadline-later-than-baseline","加强生态环境智慧监测","生态环境数据 = task 94 (2024年) / task 95 (2025年); equal or earlier","2024年")
C=[]
def c(t,s): C.append({"task":t,"line":u(s)})
for t,s in [(3,"推进园区数字化改造"),(2,"推动产业数字化转型"),(5,"完善数字经济治理"),(7,"推进智慧教育"),(8,"推进“互联网+医疗健康”"),
 (6,"推动数字化服务普惠应用"),(9,"加快智慧城市建设"),(10,"推进数字乡村建设"),(11,"推进“数字供销”建设"),(12,"培育数据要素市场"),
 (14,"强化安全管理责任"),(15,"监督责任，建立数字政府安全评估"),(18,"提升安全防护能力"),(21,"推动行政权力网上运行"),(23,"建立数字资源“一本账”"),
 (24,"加强政务信息化项目统筹"),(26,"完善制度规范"),(28,"开展试点示范"),(30,"完善数据管理机制"),(32,"完善数据管理机制"),(36,"深化数据高效共享"),
 (34,"配合建设主题数据库"),(41,"推进公共数据开放利用"),(42,"推进公共数据开放利用"),(40,"规范电子公文和电子档案管理"),(54,"规范电子公文和电子档案管理"),
 (46,"推进政务云集约使用"),(47,"提升网络支撑能力"),(48,"提升网络支撑能力"),(50,"推进非涉密业务专网整合"),(49,"建设“视频一张网”"),
 (56,"推进非税收入收缴电子化"),(57,"完善信用和地理信息服务"),(58,"完善信用和地理信息服务"),(64,"（一）健全组织机构"),(66,"加强经济运行监测"),
 (68,"推进“照单监管”"),(72,"推进“照单监管”"),(71,"加强重点领域追溯监管"),(74,"提升监管智能化水平"),(77,"提升矛盾纠纷化解能力"),(79,"提升社会治安防控能力"),
 (80,"提升应急管理能力"),(83,"提高基层治理能力"),(84,"深化“一网通办”"),(85,"推行“免证办”“集成办”"),(86,"建好用好“我的宁夏”灵武专区"),
 (88,"优化涉企服务"),(89,"实现惠企政策精准推送"),(93,"推进适老化与信息无障碍建设"),(90,"推进公共场馆数字化"),(94,"加强生态环境智慧监测"),
 (96,"推进数字治水"),(97,"提升自然资源和林草管理数字化水平"),(98,"配合建设宁夏“智慧林草”云平台"),(100,"推进资源要素市场化"),(102,"推动绿色低碳转型"),
 (104,"提升行政执行能力"),(105,"提升行政执行能力"),(106,"推进基层减负"),(107,"整合视频会议资源"),(108,"加强行政监督。"),(109,"加强行政监督。"),(111,"提升机关事务管理水平"),
 (112,"提升政府信息公开水平"),(114,"发挥政务新媒体传播优势"),(115,"畅通政民互动渠道"),(116,"（一）加强组织领导"),(123,"（四）强化考核评价"),(124,"（四）强化考核评价")]:
    c(t,s)
key={
 "writer":"blind writer, round 538; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
 "written":"2026-12-07",
 "draft":"draft.txt",
 "baseline":"ningxia-2023",
 "build":None,
 "parents":[],
 "units":"units.txt",
 "planYear":2024,
 "expect":expect,
 "mustNotFlag":M,
 "covers":C,
 "notes":("灵武市 is a county-level city under 银川市; the draft is checked against the region (宁政发〔2023〕17号) only, with no parent plan. "
  "draft.txt is a review-system export: every body line starts with its printed line number (right-aligned, width 3) followed by a space (pages 1 and 3) or a TAB (pages 2 and 4), "
  "and an unnumbered running header “灵武市人民政府办公室  送审稿  第 N 页” stands before printed lines 1, 41, 81 and 121. Every `line` in this key is a physical 1-based line of draft.txt, "
  "NOT the printed number: physical = printed + 1 (printed 1-40), + 2 (41-80), + 3 (81-120), + 4 (121-150). The TAB after a line number is not a table column. "
  "Some paragraphs are hard-wrapped mid-sentence: unit names (市文化旅游体育/广电局, 市信访/局, 市审批服务/管理局, 银川市/生态环境局灵武分局) and dates (2024/年底前, 2024年/12月底前, 力争/2025年底前, and the planted 力争2025/年底前) run over two numbered lines and must be read joined. "
  "Tasks whose regional 完成时限 is 2023 (14, 15, 24, 30, 32, 36, 68, 72, 85, 116 …) are taken up deliberately without a year. Signed 2024年3月18日, planYear 2024. "
  "mkkey.py is the writer's helper that built this key and checks its lines against draft.txt.")
}
json.dump(key,open('key.json','w',encoding='utf-8'),ensure_ascii=False,indent=1)
print(len(expect),len(M),len(C))
for e in expect: print(e['line'],e['rule'],e['text'])
