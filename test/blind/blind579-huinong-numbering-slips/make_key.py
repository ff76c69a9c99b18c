# Builds key.json; every line number is looked up in draft.txt and checked.
import json
L = open('draft.txt', encoding='utf-8').read().split('\n')
if L[-1] == '': L = L[:-1]

def ln(anchor, text=None):
    hits = [i for i, l in enumerate(L, 1) if anchor in l]
    assert len(hits) == 1, (anchor, hits)
    if text: assert text in L[hits[0]-1], (anchor, text)
    return hits[0]

def e(rule, anchor, text, why, **kw):
    d = {"rule": rule, "line": ln(anchor, text), "text": text, "why": why}
    d.update(kw); return d

expect = [
 e("basis-mismatch", "根据《国务院关于加强数字政府建设的指导意见》", "宁政发〔2023〕71号",
   "the title 《自治区人民政府关于加强数字政府建设的实施意见》 belongs to 宁政发〔2023〕17号; 71号 is a transposed number"),
 e("unknown-unit", "1.推动“六新”产业数字化转型", "区科信局",
   "no 区科信局 in units.txt (the district has 区工业和信息化局 and 区科学技术局); not a regional unit either"),
 e("garbled-text", "2.深化数据高效共享", "鏀垮姟鏁版嵁鍏变韩浜ゆ崲",
   "UTF-8 bytes read as GBK: re-encoding as GBK and decoding as UTF-8 gives 政务数据共享交换"),
 e("unknown-unit", "1.强化政务云支撑能力", "自治区政府办公厅",
   "a regional body named as 牵头单位 of a district task (copied from regional task 43, whose lead is 自治区政府办公厅); the district lead should be 区大数据服务中心. The same line also mentions 自治区政府办公厅 in running text as the builder of the cloud, which is not an error"),
 e("deadline-later-than-baseline", "2.提升网络平台支撑能力", "2025年底前",
   "city-area network upgrade and 电子政务外网 coverage to 村（社区）: task 48 完成时限 2024年 (also task 47 2024年, task 50 2024年)"),
 e("deadline-invalid", "4.拓展公平普惠的民生服务", "2024年9月31日",
   "September has 30 days: an impossible date (task 93, 完成时限 2024年; the table row for the same task says 2024年12月底前)"),
 e("deadline-later-than-baseline", "推广“宁政通”移动办公", "2025年6月底前",
   "task row: 宁政通 移动办公 covering 乡镇、村 is task 105, 完成时限 2024年"),
]

def n(rule, anchor, why, text=None):
    d = {"rule": rule, "line": ln(anchor, text)}
    if text: d["text"] = text
    d["why"] = why; return d

M = [
 n("basis-mismatch", "惠政办发〔2024〕9号", "the notice's own document number, not a basis document", "惠政办发〔2024〕9号"),
 n("unknown-unit", "各乡镇人民政府、街道办事处，区直各部门", "addressees, all collectives (各 distributes over 街道办事处); 石嘴山经济技术开发区管委会 is registered", "街道办事处"),
 n("basis-mismatch", "根据《国务院关于加强数字政府建设的指导意见》", "correct: 国发〔2022〕14号 is the 指导意见's number", "国发〔2022〕14号"),
 n("basis-mismatch", "根据《国务院关于加强数字政府建设的指导意见》", "数字宁夏“1244+N”行动计划实施方案 cited with the number the 吴忠 plan gives it (宁政办发〔2023〕11号); a real companion document", "宁政办发〔2023〕11号"),
 n("basis-mismatch", "根据《国务院关于加强数字政府建设的指导意见》", "the city's (石嘴山市) plan cited by title alone, as city plans often have no 文号; the title 关于加强数字政府建设的实施方案 is the right form", "石嘴山市人民政府《关于加强数字政府建设的实施方案》"),
 n("basis-mismatch", "近年来，我区按照", "retrospective mention of the 2020 工作要点 with its correct number, not cited as the basis", "宁政办发〔2020〕14号"),
 n("deadline-invalid", "近年来，我区按照", "past date in the background (what had been achieved by the end of 2023), not a deadline", "2023年底"),
 n("deadline-invalid", "2024年4月8日", "the issue date of the notice", "2024年4月8日"),
 n("deadline-later-than-baseline", "到2024年底，区级非涉密", "equal: migration to 政务信创云 is task 19 (2023年启动，2024年建成) / task 43 (2024年建成); 网上办、掌上办 is task 84 (2024年)", "到2024年底"),
 n("deadline-later-than-baseline", "到2025年，全区数字政府建设“1347”", "equal to the region's goal 到2025年 …体系框架全面成型 (全区 here means the district)", "到2025年"),
 n("deadline-later-than-baseline", "到2035年，与政府治理能力", "equal to the region's 2035 goal", "到2035年"),
 n("deadline-later-than-baseline", "（一）健全组织机构。", "earlier: local bodies set up 参照自治区做法 is task 64 (各市、县（区）负责, 2025年); task 60 (2023年) is the region's own leading group, 自治区政府办公厅 alone", "2024年6月底前"),
 n("deadline-invalid", "（三）完善工作机制。", "the office's own reporting dates (quarterly and 12月10日前), not task deadlines", "12月10日前"),
 n("deadline-later-than-baseline", "1.推动“六新”产业数字化转型", "equal: task 2, 2023年启动，2024年取得明显成效", "2024年12月底前"),
 n("unknown-unit", "1.推动“六新”产业数字化转型", "in units.txt (canonical name)", "石嘴山经济技术开发区管委会"),
 n("deadline-later-than-baseline", "2.加快“智慧园区”建设", "equal: task 3, 持续推进，2025年取得明显成效", "2025年底前"),
 n("unknown-unit", "2.加快“智慧园区”建设", "in units.txt (canonical name of the city bureau's district branch)", "石嘴山市生态环境局惠农分局"),
 n("deadline-later-than-baseline", "1、加快智慧城市建设", "equal: task 9, 持续推进，2025年取得明显成效", "2025年底前"),
 n("unknown-unit", "1、加快智慧城市建设", "公安惠农分局 is the registered short name of 石嘴山市公安局惠农分局", "公安惠农分局"),
 n("deadline-later-than-baseline", "3、推进数字乡村建设", "earlier: task 10 持续推进，2025年取得明显成效; 数字供销 task 11 completes 2025年", "2025年6月底前"),
 n("unknown-unit", "3、推进数字乡村建设", "区供销社 is the registered short name of 区供销合作社联合社; 各乡镇人民政府 is a collective", "区供销社"),
 n("unknown-unit", "1．培育数据要素市场", "the body written with 惠农区: same unit as 区发展和改革局 / 区发展改革局", "惠农区发展改革局"),
 n("deadline-later-than-baseline", "1．培育数据要素市场", "earlier: task 12, 2025年", "2025年6月底前"),
 n("unknown-unit", "1.以数字化改革助力政府职能转变", "区 distributes over the list: 区住建局 and 区水务局 are registered", "住建局"),
 n("deadline-later-than-baseline", "1.以数字化改革助力政府职能转变", "equal/earlier: task 21 2024年, task 22 2025年", "2024年底前"),
 n("deadline-later-than-baseline", "2.创新数字政府建设管理机制", "earlier: task 23 (一本账, 数字资源管理系统), 2024年", "2024年9月底前"),
 n("garbled-text", "（3）开展试点示范", "a sub-item numbered （3） under items numbered 1. 2. — a numbering slip, not damaged text", "（3）"),
 n("unknown-unit", "（3）开展试点示范", "the body written with 惠农区: same unit as 区大数据服务中心; 园艺镇人民政府 is registered", "惠农区大数据服务中心"),
 n("deadline-later-than-baseline", "（3）开展试点示范", "equal: task 28, 2023年启动，2025年取得明显成效", "2025年"),
 n("missing-pillar", "（三）构建循环利用的数据资源体系", "数据资源 pillar present (first of two headings numbered （三）)"),
 n("missing-pillar", "（三）构建智能集约的平台支撑体系", "平台支撑 pillar present under a repeated （三） — numbering slip only"),
 n("unknown-unit", "3.推进数据开发利用", "full registered name of the district tax bureau", "国家税务总局石嘴山市惠农区税务局"),
 n("deadline-later-than-baseline", "3.推进数据开发利用", "earlier: tasks 41 and 42, 2024年", "2024年10月底前"),
 n("deadline-later-than-baseline", "4.提高自主可控水平", "equal: task 19, 2023年启动，2024年建成", "2024年12月底前"),
 n("unknown-unit", "2.提升网络平台支撑能力", "collectives (各乡镇人民政府、各街道办事处)", "各街道办事处"),
 n("deadline-later-than-baseline", "3.整合视频资源", "earlier: task 49 视频一张网, 2025年", "2025年6月底前"),
 n("deadline-later-than-baseline", "4.加强共性应用支撑", "equal/earlier: task 53 and 54 2024年, task 52 2025年", "2024年底前"),
 n("deadline-later-than-baseline", "1.加强经济运行监测", "earlier: task 66 经济运行大数据平台, 2025年", "2024年底前"),
 n("deadline-later-than-baseline", "2.提升社会治安防控能力", "earlier: task 79 雪亮工程, 2024年", "2024年11月底前"),
 n("unknown-unit", "3.提升公共安全保障能力", "the body written with 惠农区 as registered (canonical name)", "惠农区消防救援大队"),
 n("deadline-later-than-baseline", "4.提高基层社会治理能力", "equal: task 83, 2025年", "2025年底前"),
 n("unknown-unit", "4.提高基层社会治理能力", "collectives", "各村（社区）"),
 n("missing-pillar", "（四）提升普惠便捷的公共服务能力1.推进", "公共服务 pillar present; the heading has its first item's number run into it"),
 n("garbled-text", "（四）提升普惠便捷的公共服务能力1.推进", "number run into the heading without a break — a typing slip, not mojibake", "能力1.推进"),
 n("deadline-later-than-baseline", "3.提供优质便利的涉企服务", "earlier: task 89, 2024年", "2024年9月底前"),
 n("missing-pillar", "（六）提升系统科学的生态环境保护能力", "生态环境保护 pillar present although numbered （六） after （四） (（五） skipped)"),
 n("deadline-later-than-baseline", "2.提高自然资源利用效率", "earlier: task 96 互联网+城乡供水, 2025年", "2025年6月底前"),
 n("deadline-later-than-baseline", "3.推动绿色低碳转型", "equal: task 102, 2025年", "2025年底前"),
 n("deadline-later-than-baseline", "2、提升行政执行能力", "equal/earlier: task 104 2024年, task 107 2025年", "2024年底前"),
 n("deadline-later-than-baseline", "4、提升机关事务管理水平", "equal: task 111, 2025年", "2025年"),
 n("missing-pillar", "（八）提升全面规范的政务公开能力", "政务公开 pillar present, though pasted under heading 六 (党的领导) and numbered （八）"),
 n("deadline-later-than-baseline", "2.发挥政务新媒体传播优势", "earlier: task 114, 2024年", "2024年6月底前"),
 n("deadline-later-than-baseline", "附件：惠农区数字政府建设2024年重点任务清单", "year in the attachment's title, not a deadline", "2024年"),
 n("deadline-later-than-baseline", "整合区级视频资源，接入全区", "earlier: task 49, 2025年", "2025年6月底前"),
 n("unknown-unit", "完成政府网站、政务服务场所适老化", "the body written with 惠农区: same unit as 区人民政府办公室", "惠农区人民政府办公室"),
 n("deadline-later-than-baseline", "完成政府网站、政务服务场所适老化", "equal: task 93, 2024年", "2024年12月底前"),
 n("deadline-later-than-baseline", "整合区级机关事务管理信息系统\t", "earlier: task 111, 2025年", "2025年6月底前"),
 n("unknown-unit", "建设企业专属网页和惠企政策专栏\t", "registered short names 区审批局, 区工信局", "区审批局"),
]

C = [(64,"（一）健全组织机构。"),(2,"1.推动“六新”产业数字化转型"),(3,"2.加快“智慧园区”建设"),
 (5,"3.完善数字经济治理体系"),(9,"1、加快智慧城市建设"),(6,"2、深化数字普惠应用"),(10,"3、推进数字乡村建设"),
 (12,"1．培育数据要素市场"),(14,"1.强化安全管理责任"),(18,"3.提升安全防护能力"),(19,"4.提高自主可控水平"),
 (21,"1.以数字化改革助力政府职能转变"),(23,"2.创新数字政府建设管理机制"),(28,"（3）开展试点示范"),
 (32,"1.完善数据管理机制"),(36,"2.深化数据高效共享"),(41,"3.推进数据开发利用"),(42,"3.推进数据开发利用"),
 (43,"1.强化政务云支撑能力"),(48,"2.提升网络平台支撑能力"),(49,"3.整合视频资源"),(52,"4.加强共性应用支撑"),
 (54,"4.加强共性应用支撑"),(66,"1.加强经济运行监测"),(70,"1.推动监管精准化"),(71,"1.推动监管精准化"),
 (73,"2.推动监管协同化"),(77,"1.提升矛盾纠纷化解能力"),(79,"2.提升社会治安防控能力"),(80,"3.提升公共安全保障能力"),
 (83,"4.提高基层社会治理能力"),(84,"（四）提升普惠便捷的公共服务能力1.推进"),(86,"2.提升智慧便捷服务能力"),
 (87,"2.提升智慧便捷服务能力"),(89,"3.提供优质便利的涉企服务"),(93,"4.拓展公平普惠的民生服务"),
 (95,"1.提升生态环保协同治理能力"),(96,"2.提高自然资源利用效率"),(102,"3.推动绿色低碳转型"),
 (104,"2、提升行政执行能力"),(107,"2、提升行政执行能力"),(111,"4、提升机关事务管理水平"),
 (112,"1.提升政府信息公开水平"),(114,"2.发挥政务新媒体传播优势"),(115,"3.畅通政民互动渠道"),
 (116,"（一）加强组织领导。"),(25,"（二）加大资金投入。"),(118,"（三）提升数字素养。"),(123,"（四）强化考核评价。"),
 (105,"推广“宁政通”移动办公")]
covers = [{"task": t, "line": ln(a)} for t, a in C]

key = {
 "writer": "blind writer, round 579; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
 "written": "2026-12-07",
 "draft": "draft.txt",
 "baseline": "ningxia-2023",
 "build": None,
 "parents": [],
 "units": "units.txt",
 "planYear": 2024,
 "expect": expect,
 "mustNotFlag": M,
 "covers": covers,
 "notes": ("惠农区 (a district of 石嘴山市) 2024 plan typed in a hurry: two （三） under 四, （五） skipped under 五, "
           "1. / 1、 / 1． mixed, a （3） among 1. items (line %d), a heading with its first item run in (line %d), "
           "and the 政务公开 ability pasted under heading 六 (line %d). None of these is an error under the rules; "
           "every pillar is present. units.txt lists district bodies as 区××; the draft also writes some as 惠农区××. "
           "Tasks with a regional deadline of 2023 are taken up without a deadline on purpose. "
           "No task-uncovered entries are expected deliberately.") % (ln("（3）开展试点示范"), ln("能力1.推进"), ln("（八）提升全面规范")),
}
json.dump(key, open('key.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=2)
print(len(expect), len(M), len(covers))
