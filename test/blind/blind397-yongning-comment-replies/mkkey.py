# -*- coding: utf-8 -*-
# Builds key.json; every line number is found (and checked unique) against draft.txt.
import json
L = open("draft.txt", encoding="utf-8").read().splitlines()

def ln(marker, text=None, nth=0):
    hits = [i + 1 for i, s in enumerate(L) if marker in s]
    assert hits, marker
    if nth is None:
        assert len(hits) == 1, (marker, hits)
        nth = 0
    n = hits[nth]
    if text is not None:
        assert text in L[n - 1], (text, n)
    return n

def u(marker, text=None):  # unique line
    return ln(marker, text, None)

R = "自治区数字政府建设领导小组办公室（2024年3月12日）："
expect = [
 {"rule": "basis-mismatch", "line": u("根据《国务院关于加强数字政府建设的指导意见》（国发〔2022〕41号）", "国发〔2022〕41号"),
  "text": "国发〔2022〕41号", "why": "the national 指导意见 is 国发〔2022〕14号 (cited so in every seed); 41 is a transposed 文号 that does not belong to this title"},
 {"rule": "garbled-text", "line": u("鎺ㄨ繘鐢靛瓙鐥呭巻鍏变韩"), "text": "鎺ㄨ繘鐢靛瓙",
  "why": "UTF-8 bytes read as GBK: 鎺ㄨ繘鐢靛瓙鐥呭巻鍏变韩 = 推进电子病历共享"},
 {"rule": "deadline-later-than-baseline", "line": u("强化政务云平台支撑能力。"), "text": "2025年6月底前",
  "why": "county systems migrating to the 政务信创云: task 46 (推进政务信息系统有序迁移) 完成时限 2024年 (task 43 政务信创云过渡: 2024年建成，持续推进; task 19: 2023年启动，2024年建成). The reply two lines below says 已采纳 and quotes the new wording 2024年底前, but the plan's own sentence was never changed"},
 {"rule": "deadline-invalid", "line": u("5\t编制县级公共数据开放目录"), "text": "2022年底前",
  "why": "a deadline two years before the plan's own year (issued 2024-04-18); the row takes up task 41 (公共数据开放目录), 完成时限 2024年"},
 {"rule": "unknown-unit", "line": u("9\t开展县域电子政务外网升级改造"), "text": "自治区政府办公厅",
  "why": "a regional body named as the lead (牵头, and first-listed, which the attachment's note makes the lead) of a county task; copied from task 48's row (自治区政府办公厅牵头，各市、县（区）具体负责). The county lead should be 县大数据服务中心"},
 {"rule": "deadline-later-than-baseline", "line": u("25\t完成全县政府网站、政务新媒体"), "text": "2025年",
  "why": "适老化与信息无障碍建设: task 93 完成时限 2024年"},
 {"rule": "unknown-unit", "line": u("29\t推广“宁政通”"), "text": "县大数据管理局",
  "why": "no such unit in units.txt; the county body is 县大数据服务中心 (used everywhere else in the draft)"},
]

M = []
def nm(rule, line, why, text=None):
    e = {"rule": rule, "line": line}
    if text: e["text"] = text
    e["why"] = why
    M.append(e)

nm("deadline-invalid", u("说明：本稿根据"), "the date of the region's written comments (2024-03-12), not a deadline", "2024年3月12日")
nm("deadline-invalid", u(R + "依据文件中"), "the comment's own date; comment lines carry the region's 2024年3月12日 date", "2024年3月12日")
nm("basis-mismatch", u(R + "依据文件中"), "the region's comment names the 2020 工作要点 only to say it must no longer be a basis; correct title and 文号", "宁政办发〔2020〕14号")
nm("basis-mismatch", u("【采纳情况】已采纳，修改为“根据……"), "old wording quoted in the reply (加快推进 title and the 2020 工作要点), which the office has removed; the new wording quoted is correct", "关于加快推进数字政府建设的实施意见")
nm("basis-mismatch", u("2020年以来，按照《宁夏回族自治区2020年"), "retrospective mention of the 2020 工作要点 in the background paragraph, not cited as a basis", "宁政办发〔2020〕14号")
nm("deadline-invalid", u("截至2023年底，电子政务外网已延伸"), "past dates in the background (2020年以来, 2021年建成, 2023年完成, 截至2023年底)", "截至2023年底")
nm("deadline-later-than-baseline", u("到2024年底，电子政务外网实现"), "2024 goal: 外网 county-township-village coverage = task 48 (2024年), 政务信创云 migration = tasks 43/46 (2024年), 我的宁夏/宁政通 = tasks 86/105 (2024年); equal, not later", "2024年底")
nm("deadline-later-than-baseline", u("到2025年，全县数字政府建设体系框架全面成型，工作体制"), "equal to the region's goal 到2025年…“34567”体系框架全面成型", "到2025年")
nm("deadline-later-than-baseline", u("（原表述为“到2026年底"), "old wording quoted in the reply; the goal now reads 到2025年", "2026年底")
nm("deadline-later-than-baseline", u("到2035年，与政府治理能力现代化"), "equal to the region's 2035 goal", "到2035年")
nm("deadline-later-than-baseline", u("（一）健全组织机构。"), "township bodies by 2024年6月底前: earlier than task 64 (各地参照成立相应的组织机构) 2025年", "2024年6月底前")
nm("unknown-unit", u("（原表述为“县数字办"), "old wording quoted in the reply; the plan now names 县大数据服务中心", "县数字办")
nm("deadline-invalid", u("（三）完善工作机制。"), "the office's own reporting dates (每季度末月25日前, 每年12月10日前), not task deadlines", "每年12月10日前")
nm("deadline-later-than-baseline", u("建设智慧园区。"), "task 3 (智慧园区): 持续推进，2025年取得明显成效; 2025年底前 is equal", "2025年底前")
nm("deadline-later-than-baseline", u("推进数字乡村建设。"), "task 10 (数字乡村): 持续推进，2025年取得明显成效; equal", "2025年底前")
nm("unknown-unit", u("强化安全管理责任。"), "collective subjects", "各乡镇人民政府")
nm("unknown-unit", u("创新数字政府建设管理机制。"), "县 prefix distributes: 县发展和改革局、财政局 = 县发展和改革局, 县财政局 (both in units.txt)", "财政局")
nm("unknown-unit", u("深化数据高效共享。"), "a regional body named as the party the county cooperates with (积极配合自治区政府办公厅), not as the lead of a county task", "自治区政府办公厅")
nm("deadline-later-than-baseline", u("（原表述为“推动县级现有政务信息系统"), "reply line: old wording 2025年6月底前 is quoted, new wording 2024年底前 equals task 46; the mistake is the unchanged plan sentence above it, not this reply", "2025年6月底前")
nm("deadline-later-than-baseline", u("提升网络平台支撑能力。"), "task 48 (区市县乡村5级全覆盖) 完成时限 2024年; equal. Same sentence names 视频一张网 (task 49, 2025年) and 专网整合 (task 50, 2024年)", "2024年底前")
nm("deadline-later-than-baseline", u(R + "建议将电子政务外网"), "the comment's own suggested date, earlier than the region's", "2024年6月底前")
nm("deadline-later-than-baseline", u("【采纳情况】未采纳，理由：全县尚有11个行政村"), "reason given for not adopting: keeps 2024年底前, equal to task 48 (2024年)", "2024年底前")
nm("deadline-later-than-baseline", u("提高基层社会治理能力。"), "task 83 (互联网+基层治理) 完成时限 2025年; equal", "2025年底前")
nm("deadline-later-than-baseline", u("【采纳情况】未采纳，理由：该项任务涉及"), "reason given: keeps 2025年底前, equal to task 83 (2025年)", "2025年底前")
nm("deadline-later-than-baseline", u("提升智慧便捷的服务能力。"), "我的宁夏 应上尽上 by 2024年9月底前: earlier than task 86 (2024年); the 免证办 clause (task 85, 2023年) carries no date", "2024年9月底前")
nm("basis-mismatch", u("【采纳情况】未采纳，理由：按照宁政发〔2023〕17号"), "reason given quotes the regional 实施意见 by its correct 文号", "宁政发〔2023〕17号")
nm("deadline-invalid", u("2024年4月18日"), "the document's own date", "2024年4月18日")
nm("unknown-unit", u("2\t推进教育、健康、文化旅游"), "县 prefix distributes: 县卫生健康局, 县文化旅游广电局, 县民政局 are all in units.txt", "卫生健康局")
nm("deadline-later-than-baseline", u("8\t推进县级政务信息系统向自治区政务信创云"), "task 46 2024年 (task 43 2024年建成); equal", "2024年")
nm("deadline-later-than-baseline", u("11\t完善业务系统电子文件归档功能"), "task 54 2024年; 2024年6月底前 is earlier", "2024年6月底前")
nm("unknown-unit", u("13\t依托宁夏信用信息公共服务平台"), "alias listed in units.txt for 县发展和改革局", "县发改局")
nm("deadline-later-than-baseline", u("15\t各乡镇参照县级做法"), "task 64 2025年; earlier", "2024年6月底前")
nm("unknown-unit", u("16\t对接宁夏经济运行大数据平台"), "县 prefix distributes: 县统计局 is in units.txt", "统计局")
nm("unknown-unit", u("23\t持续做优“我的宁夏”永宁专区"), "alias listed in units.txt for 县审批服务管理局; 县直各部门（单位） is a collective", "县审批局")
nm("unknown-unit", u("27\t推进水、气、土、废污染防治攻坚战"), "a city body working in the county, listed in units.txt", "银川市生态环境局永宁分局")
nm("deadline-later-than-baseline", u("31\t推进公共资源交易全流程数字化"), "task 108: 长期推进，2024年取得明显成效; equal", "2024年")
nm("unknown-unit", u(R + "主要目标中"), "the commenting office is the author of the comment, not a responsible unit (same on every 【反馈意见】 line)", "自治区数字政府建设领导小组办公室")

covers_spec = [
 (3,"建设智慧园区。"),(6,"推动数字化服务普惠应用。"),(7,"推动数字化服务普惠应用。"),(8,"深化“互联网+医疗健康”应用。"),
 (9,"配合推进智慧城市建设。"),(10,"推进数字乡村建设。"),(11,"推进数字乡村建设。"),(12,"（三）营造良好数字生态。"),
 (14,"强化安全管理责任。"),(15,"强化安全管理责任。"),(17,"落实安全制度要求。"),(18,"提升安全防护能力。"),
 (21,"以数字化改革助力政府职能转变。健全"),(24,"创新数字政府建设管理机制。"),(28,"开展试点示范。"),
 (32,"完善数据管理机制。"),(36,"深化数据高效共享。"),(41,"促进数据有序开发利用。"),(42,"促进数据有序开发利用。"),
 (46,"强化政务云平台支撑能力。"),(48,"提升网络平台支撑能力。"),(49,"提升网络平台支撑能力。"),(50,"提升网络平台支撑能力。"),
 (54,"加强共性应用支撑能力。"),(56,"加强共性应用支撑能力。"),(57,"加强共性应用支撑能力。"),(58,"加强共性应用支撑能力。"),
 (64,"（一）健全组织机构。"),(66,"（一）提升科学精准的经济调节能力。"),(67,"（一）提升科学精准的经济调节能力。"),
 (68,"提升监管精准化水平。"),(70,"提升监管精准化水平。"),(71,"提升监管精准化水平。"),(72,"提升监管协同化和智能化水平。"),
 (73,"提升监管协同化和智能化水平。"),(74,"提升监管协同化和智能化水平。"),(77,"提升社会矛盾化解能力。"),(79,"提升社会治安防控能力。"),
 (80,"提升公共安全保障能力。"),(83,"提高基层社会治理能力。"),(84,"打造泛在可及的服务体系。"),(85,"提升智慧便捷的服务能力。"),
 (86,"提升智慧便捷的服务能力。"),(88,"提供优质便利的涉企服务。"),(89,"提供优质便利的涉企服务。"),(93,"拓展公平普惠的民生服务。"),
 (96,"提高自然资源利用效率。"),(97,"提高自然资源利用效率。"),(100,"提高自然资源利用效率。"),(102,"推动绿色低碳转型。推进水"),
 (104,"提升行政执行能力。"),(105,"提升行政执行能力。"),(106,"提升行政执行能力。"),(107,"提升行政执行能力。"),
 (108,"提升行政监督水平。"),(109,"提升行政监督水平。"),(111,"提升机关事务管理水平。"),(112,"进一步完善县政府门户网站"),
 (114,"进一步完善县政府门户网站"),(115,"进一步完善县政府门户网站"),(116,"（一）加强组织领导。"),(25,"（二）加大财政投入。"),
 (118,"（三）提升数字素养。"),(120,"（三）提升数字素养。"),(122,"（四）强化考核评价。"),(123,"（四）强化考核评价。"),(124,"（四）强化考核评价。"),
]
covers = [{"task": t, "line": u(m)} for t, m in covers_spec]

key = {
 "writer": "blind writer, round 397; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
 "written": "2026-12-06",
 "draft": "draft.txt",
 "baseline": "ningxia-2023",
 "build": None,
 "parents": [],
 "units": "units.txt",
 "planYear": 2024,
 "expect": expect,
 "mustNotFlag": M,
 "covers": covers,
 "notes": ("永宁县 (银川市) 2024 county plan, revision sent back with the region's comments answered inline: each 【反馈意见】 line "
           "(commenting office + 2024年3月12日) is followed by a 【采纳情况】 line that either adopts (已采纳，修改为“新”（原表述为“旧”）) or "
           "declines (未采纳，理由…). Basis: 国发〔2022〕14号 + 宁政发〔2023〕17号 only; no parent plan. Mistakes are planted only in the plan's own "
           "current wording; everything inside the quoted old wording, the comments' dates and the reasons is a near miss. The planted "
           "信创云 deadline (2025年6月底前) appears twice: in the plan sentence (a mistake: the reply says 已采纳 but the body was not "
           "changed) and in the reply that quotes it as old wording (not a mistake). The attachment's note makes the first-listed unit of "
           "each cell its lead. Region tasks due 2023 are taken up in the body without dates so that no 2024 plan date is compared "
           "with a 2023 milestone.")
}
json.dump(key, open("key.json", "w", encoding="utf-8"), ensure_ascii=False, indent=2)
print(len(expect), "expect;", len(M), "mustNotFlag;", len(covers), "covers")
for e in expect: print(e["rule"], e["line"], e["text"])
