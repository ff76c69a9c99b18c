# Helper kept in the case folder: builds key.json and checks every line number against draft.txt.
import json
L = open('draft.txt', encoding='utf-8').read().split('\n')
if L and L[-1] == '':
    L = L[:-1]

def ln(anchor, text=None):
    hits = [i for i, l in enumerate(L, 1) if anchor in l]
    assert len(hits) == 1, (anchor, hits)
    if text is not None:
        assert text in L[hits[0] - 1], (anchor, text)
    return hits[0]

def row(n):
    hits = [i for i, l in enumerate(L, 1) if l.startswith(f'{n}\t')]
    assert len(hits) == 1, (n, hits)
    return hits[0]

def e(rule, anchor, text, why, **kw):
    d = {"rule": rule, "line": ln(anchor, text), "text": text, "why": why}
    d.update(kw)
    return d

def r(rule, n, text, why):
    l = row(n)
    if text is not None:
        assert text in L[l - 1], (n, text)
    d = {"rule": rule, "line": l}
    if text is not None:
        d["text"] = text
    d["why"] = why
    return d

DL = "deadline-later-than-baseline"
DI = "deadline-invalid"
UU = "unknown-unit"
BM = "basis-mismatch"
GT = "garbled-text"

expect = [
    e(BM, "（宁政办发〔2023〕17号）", "宁政办发〔2023〕17号",
      "the region's 实施意见 《自治区人民政府关于加强数字政府建设的实施意见》 is 宁政发〔2023〕17号; the draft cites it as 宁政办发〔2023〕17号 (办 slipped in; 宁政办发 is the 办公厅 series)"),
    e(DL, "推進電子政務外網向鄉鎮", "2025年底前",
      "traditional-script inline note (完成時限：2025年底前) on the sentence taking up task 48 (城域网/电子政务外网 区市县乡村5级全覆盖, 按需向企事业单位拓展), whose 完成时限 is 2024年; also later than task 47 (2024年) and than the draft's own 2024年底 goal on line 20"),
    r(DL, 19, "２０２６年",
      "full-width digits; row takes up task 83 (“互联网+基层治理”行动, 基层联动治理), whose 完成时限 is 2025年"),
    r(DI, 18, "2024年13月",
      "impossible month (13月) in the row taking up task 80 (“智慧应急”, 完成时限 2024年); a slip for 2024年12月 or 2024年3月. Only the invalid date is expected, not a late deadline"),
    r(UU, 11, "县大数据管理局",
      "no such county body; the registry (units.txt) has 县大数据服务中心 (which the rest of the draft names correctly); 县大数据管理局 is not an alias of it. Row takes up task 42 (完成时限 2024年, deadline 2024年 equal)"),
    e(GT, "鎺ㄥ姩褰㈡垚", "鎺ㄥ姩褰㈡垚鏁版嵁浜ф潈浜ゆ槗鏈哄埗",
      "UTF-8 bytes read as GBK: re-encoding as GBK and decoding as UTF-8 gives 推动形成数据产权交易机制 (task 12 wording). No ? marker; the run looks like traditional characters but is mojibake"),
]

M = []
def m(rule, anchor, text, why):
    M.append(e(rule, anchor, text, why))
def mr(rule, n, text, why):
    M.append(r(rule, n, text, why))

m(BM, "盐政办发〔2024〕18号", "盐政办发〔2024〕18号", "the issuing notice's own 文号, not a cited basis document")
m(DI, "2024年3月20日", "2024年3月20日", "issue date of the notice, not a deadline")
m(UU, "各乡镇人民政府，县直各部门（单位）：", "县直各部门（单位）", "collective addressees (各乡镇人民政府, 县直各部门（单位）)")
m(BM, "（國發〔2022〕14號）", "國發〔2022〕14號", "correct national basis 《国务院关于加强数字政府建设的指导意见》（国发〔2022〕14号）, typed in traditional characters (國發/號)")
m(GT, "（國發〔2022〕14號）", "根據《國務院關於加強數字政府建設的指導意見》", "legitimate traditional characters from the clerk's input method, not mojibake")
m(BM, "宁政办发〔2020〕14号", "宁政办发〔2020〕14号", "retrospective mention of the 2020 工作要点 (title and 文号 both correct: 宁夏回族自治区2020年“数字政府”建设工作要点, 宁政办发〔2020〕14号) in the background section, not a basis of this plan")
m(DI, "宁政办发〔2020〕14号", "2020年", "year inside the title of the retrospectively mentioned 2020 工作要点, not a deadline")
m(DI, "2022年，县级政务信息系统", "2022年", "past dates (2022年, 2023年) in the background section describing work already done")
m(DI, "於2023年6月掛牌運行", "2023年6月", "past date in the background, in traditional characters; not a deadline")
m(UU, "於2023年6月掛牌運行", "縣大數據服務中心", "traditional form of 县大数据服务中心, which is in units.txt")
m(GT, "於2023年6月掛牌運行", "電子政務外網已覆蓋縣直部門和8個鄉鎮", "traditional characters, not mojibake")
m(DL, "到2024年底，县级非涉密", "2024年底", "2024 goal: 政务信创云迁移 (task 43: 2024 年建成，持续推进), 电子政务外网县乡村全覆盖 (task 48: 2024年), “我的宁夏”APP 应上尽上 (task 86: 2024年) — all equal; nothing in it matches the region's 到2023年底 goals")
m(DL, "到２０２５年，全县", "２０２５年", "full-width digits; equal to the region's 主要目标 到2025年 (“34567”体系框架全面成型)")
m(DL, "到2035年，与政府治理", "2035年", "equal to the region's 到2035年 goal")
m(GT, "2.堅持需求導向", "堅持需求導向", "a whole sentence in traditional characters, not mojibake")
m(DL, "（責任單位：縣委編辦", "2024年底前", "traditional note; takes up task 64 (各地参照自治区做法成立相应组织机构, 完成时限 2025年) — earlier. Not task 60 (自治区领导小组, 自治区政府办公厅负责 only)")
m(UU, "（責任單位：縣委編辦", "縣委編辦", "traditional form of 县委编办 (units.txt); 縣大數據服務中心 and 各鄉鎮人民政府 in the same note are a registry unit and a collective")
m(UU, "县级指挥调度中心", "县级指挥调度中心", "an object to be built (the region's 层级职责 text: 县（市、区）…一体化推进指挥调度中心等建设), not a responsible unit")
m(DL, "縣農業農村局牽頭", "2025年", "traditional note on 数字乡村 = task 10 (持续推进，2025年取得明显成效) — equal")
m(UU, "縣農業農村局牽頭", "縣農業農村局", "traditional form of 县农业农村局 (units.txt); 各鄉鎮人民政府 is a collective")
m(UU, "推進電子政務外網向鄉鎮", "縣大數據服務中心", "the unit in the late note is correct (traditional form of 县大数据服务中心); only the deadline is wrong")
m(DL, "縣審批服務管理局牽頭，縣直有關部門配合；完成時限", "2024年底前", "traditional note on 一网通办 = task 84 (2024年) — equal")
m(UU, "縣審批服務管理局牽頭，縣直有關部門配合；完成時限", "縣直有關部門", "collective (县直有关部门) in traditional; 縣審批服務管理局 = 县审批服务管理局 in units.txt")
m(UU, "持续优化１２３４５政务服务便民热线县级分中心，推动“接诉即办”。完成", "县级分中心", "the 12345 hotline's county sub-centre is the object of the task, not a responsible unit; １２３４５ is the hotline number in full-width digits")
m(DL, "到2025年建成县级城乡供水数字孪生平台", "2025年", "task 96 (“互联网+城乡供水”, 数字孪生流域, 2025年) — equal")
m(DI, "每年12月10日前报送年度工作总结", "12月10日前", "the office's own reporting dates (每季度末月25日前, 每年12月10日前), not task deadlines")
m(DI, "附件：盐池县数字政府建设重点任务清单", "2024—2025年", "period of the task list in the attachment title, not a deadline")
m(UU, "註：責任單位有多個的", "牽頭單位", "a note (in traditional) that the first-listed unit leads; no unit named")
mr(DL, 1, "持续推进，2025年取得明显成效", "task 3 (智慧园区): 持续推进，2025 年取得明显成效 — equal")
mr(DL, 2, "持续推进，2025年取得明显成效", "task 6 (公共事业服务数字化): 持续推进，2025 年取得明显成效 — equal")
mr(DL, 3, "２０２５年", "task 8 (“互联网+医疗健康”): 持续推进，2025年取得明显成效 — equal, full-width digits")
mr(DL, 4, "2025年取得明显成效", "task 11 (“数字供销”): 2023年完成主要建设任务，2025年取得明显成效 — equal completing milestone")
mr(UU, 5, "县发改局", "official alias of 县发展和改革局 in units.txt; deadline 2025年 equals task 12 (2025年)")
mr(DI, 6, "2023年形成机制，长期坚持", "copied verbatim from task 18 (2023年形成机制，长期坚持); a copied regional deadline before the plan's year, not an invalid or late date")
mr(DL, 8, "2024年底前", "task 47 (外网升级、出口带宽): 2024 年 — equal")
mr(UU, 9, "縣大數據服務中心", "whole row in traditional; 縣大數據服務中心 = 县大数据服务中心, 縣直有關部門 a collective; deadline 2024年 equals task 50 (2024 年)")
mr(UU, 10, "交通运输局", "县 prefix distributes: 县公安局、县交通运输局、县应急管理局、县水务局, all in units.txt; deadline 2025年 equals task 49 (2025 年)")
mr(DL, 12, "2024年底前", "task 56 (非税收入收缴电子化): 2025年 — earlier")
mr(DL, 14, "2024年", "task 66 (经济运行大数据平台, 2025年) — earlier; or task 65 (2024年) — equal")
mr(UU, 16, "司法局", "县 prefix distributes: 县公安局、县司法局、县信访局; deadline 2024年 equals task 77 (2024年)")
mr(DL, 21, "２０２４年", "task 86 (“我的宁夏”政务APP): 2024年 — equal, full-width digits (and ＡＰＰ in full-width letters)")
mr(DL, 22, "2025年", "task 87 (12345热线): 2023年启动，2025年完成 — equal")
mr(UU, 22, "县级分中心", "the hotline's county sub-centre is the object of the task; the responsible units are 县政府办 (alias) and a collective")
mr(DL, 23, "2024年6月底前", "task 93 (适老化与信息无障碍): 2024年 — earlier")
mr(UU, 24, "吴忠市生态环境局盐池分局", "the city bureau's county branch, listed in units.txt; deadline 2024年 equals task 94 (2024年) and is earlier than task 95 (2025年)")
mr(UU, 26, "县林草局", "official alias of 县林业和草原局; deadline 2024年 equals task 98 (2024年)")
mr(UU, 27, "县政府办", "official alias of 县人民政府办公室; deadline 2024年 equals task 105 (2024年)")
mr(UU, 30, "縣委宣傳部", "traditional forms of 县委宣传部 and 县融媒体中心; deadline 2024年 equals task 114 (2024年)")
mr(DL, 32, "长期坚持", "task 121 (考核指标体系, 常态化考核和以奖代补): 长期坚持 — equal")

C = []
def c(task, anchor):
    C.append({"task": task, "line": ln(anchor)})
def cr(task, n):
    C.append({"task": task, "line": row(n)})
cr(3, 1); cr(6, 2); c(7, "深入推广国家智慧教育平台"); cr(8, 3); c(10, "推進數字鄉村建設"); cr(11, 4)
cr(12, 5)
c(14, "明确全县数字政府建设安全和保密工作的主体责任"); c(15, "建立数字政府安全评估、责任落实和重大事件处置机制"); cr(18, 6)
c(21, "推动各类行政权力事项网上运行"); c(24, "健全政务信息化项目会商机制"); c(28, "积极争取自治区数字政府建设试点")
c(30, "形成全县政务数据“一本账”"); c(32, "明确县直各部门（单位）数据管理职责")
cr(42, 11); cr(43, 7); cr(47, 8); c(48, "推進電子政務外網向鄉鎮"); cr(49, 10); cr(50, 9); cr(54, 13); cr(56, 12)
c(25, "将数字政府建设经费纳入县级年度预算")
c(64, "（一）健全组织机构。参照自治区做法")
cr(66, 14); c(70, "推进企业信用风险分类管理和差异化监管"); cr(71, 15); c(72, "推动县级监管数据接入宁夏“互联网+监管”系统")
cr(77, 16); cr(79, 17); cr(80, 18); cr(83, 19)
cr(84, 20); c(85, "全面推行“免证办”"); cr(86, 21); cr(87, 22); cr(93, 23)
cr(96, 25); cr(98, 26)
c(104, "推广应用全区统一的协同办公平台"); cr(105, 27); cr(106, 28); cr(107, 29)
cr(112, 31); cr(114, 30); c(115, "为枢纽，畅通政民互动渠道")
c(116, "（三）完善工作机制"); c(118, "纳入县委党校干部培训课程"); cr(121, 32); c(123, "考核结果作为领导班子和有关领导干部综合考核评价的重要参考")

key = {
    "writer": "blind writer, round 501; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
    "written": "2026-12-07",
    "draft": "draft.txt",
    "also": [],
    "baseline": "ningxia-2023",
    "build": None,
    "parents": [],
    "units": "units.txt",
    "planYear": 2024,
    "expect": expect,
    "mustNotFlag": M,
    "covers": C,
    "notes": ("盐池县 2024 plan typed by a clerk whose input method switches to traditional characters now and then: "
              "some sentences, inline notes (責任單位/完成時限), two table rows and the table note are in traditional script, "
              "and some digits/letters are full-width (２０２５年, ＡＰＰ, ＩＰｖ６, １２３４５). units.txt is in simplified characters only; "
              "traditional unit names must be matched by converting them, not by aliases. Basis is the region only (no parent plan), "
              "though the plan mentions 吴忠市 in passing. Framework is a 1347 like 吴忠's: 五个一/六级贯通 folded into 一套体系 "
              "(section 三); all 34567 pillars and the four 党的领导 items are present by content. Row 18's 2024年13月 is expected only "
              "as deadline-invalid. Row 6 copies task 18's 2023 deadline verbatim (a near miss per KEY-FORMAT). Line 36's mojibake "
              "sits in the 数字生态 paragraph; the pillar is still covered by the rest of that paragraph."),
}
json.dump(key, open('key.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=2)
print(len(L), 'lines;', len(expect), 'expect;', len(M), 'mustNotFlag;', len(C), 'covers')
print(sorted(set(x['task'] for x in C)) == sorted(x['task'] for x in C))
