# helper: builds key.json, locating every line by a unique anchor in draft.txt (1-based)
import json
L = open('draft.txt', encoding='utf-8').read().split('\n')
if L and L[-1] == '': L = L[:-1]

def ln(anchor, text=None):
    hits = [i + 1 for i, l in enumerate(L) if anchor in l]
    assert len(hits) == 1, (anchor, hits)
    if text is not None:
        assert text in L[hits[0] - 1], (anchor, text)
    return hits[0]

def e(rule, anchor, text, why, **kw):
    d = {"rule": rule, "line": ln(anchor, text)}
    if text is not None: d["text"] = text
    d["why"] = why; d.update(kw); return d

T = "task {n} ({sec}, {title}), regional 完成时限: {dl}"
expect = [
 e("basis-mismatch", "根据《国务院关于加快推进全国一体化", "宁政办发〔2020〕41号",
   "the region's 2020 工作要点 is 宁政办发〔2020〕14号 (seed line 3); 41 is a transposed number"),
 e("deadline-later-than-baseline", "一律不得再向办事群众索要证明", "2020年9月底前",
   T.format(n=15, sec="三（二）", title="深化减证便民行动", dl="2020年6月底前（除确需保留的证明事项清单之外，一律不得再向办事群众索要证明）") + "; the county gives 2020年9月底前"),
 e("deadline-later-than-baseline", "（七）压缩不动产登记办理时间", "2021年6月底前",
   T.format(n=20, sec="三（七）", title="压缩不动产登记办理时间", dl="2020年底前（一般登记、抵押登记压缩至3个工作日以内）") + "; the county gives 2021年6月底前"),
 e("deadline-invalid", "评价器配置", "2002年底前",
   "a deadline before the document's own year (issued 2020年4月28日); a slip for 2020年底前. Regional task 13 (二（六）好差评) carries no 完成时限 of its own"),
 e("unknown-unit", "梳理细化我县监管事项清单", "县食品药品监督管理局",
   "not in units.txt: the county 食品药品监督管理局 was merged into 县市场监督管理局 in the 2019 机构改革; the lead on the same line is already 县市场监管局"),
 e("garbled-text", "热线平台的", "鍗忓悓鑱斿姩",
   "UTF-8 read as GBK: 鍗忓悓鑱斿姩锛屽畬鍠勫幙绾ф斂鍔℃湇鍔＄煡璇嗗簱 = 协同联动，完善县级政务服务知识库"),
]

M = []
def m(rule, anchor, text, why):
    M.append(e(rule, anchor, text, why))

# citations
m("basis-mismatch", "根据《国务院关于加快推进全国一体化", "国发〔2018〕27号", "correct title and 文号 (2018-07-31), in force in 2020; the national 数字政府 指导意见 of 2022 did not exist yet")
m("basis-mismatch", "盐政办发〔2020〕23号", "盐政办发〔2020〕23号", "the county document's own 文号, not a cited basis")
m("basis-mismatch", "国务院令第716号", "国务院令第716号", "correct: 《国务院关于在线政务服务的若干规定》 is 国务院令第716号 (2019)")
m("basis-mismatch", "国务院令第722号", "国务院令第722号", "correct: 《优化营商环境条例》 is 国务院令第722号 (2019); the regional 要点 cites the same 条例 (seed line 29)")
m("basis-mismatch", "建设行动计划（2020年—2022年）", "行动计划（2020年—2022年）", "the region's own announced action plan (seed line 43), mentioned as forthcoming, not cited as a basis; its 2020—2022 span is not a deadline")
# dates that are not deadlines
m("deadline-invalid", "2019年9月，县政务服务中心", "2019年9月", "2019 work told as background, a past date, not a deadline")
m("deadline-invalid", "截至2019年底", "2019年底", "background: status at the end of 2019")
m("deadline-invalid", "2020年4月28日", "2020年4月28日", "the notice's issue date")
# equal or earlier deadlines
m("deadline-later-than-baseline", "力争2020年底前，县直部门政务数据共享", "2020年底前", "task 1 (一（一）宁夏大数据中心/数据共享), regional 力争2020年底前: equal (both the sentence and the note)")
m("deadline-later-than-baseline", "梳理编制我县政务数据资源目录", "2020年9月底前", "task 1, regional 力争2020年底前: earlier")
m("deadline-later-than-baseline", "配合实现全区可办事项达到800个左右", "2020年12月底前", "task 10 (二（三）我的宁夏APP), regional 力争2020年底前: 2020年12月底前 is the same milestone")
m("deadline-later-than-baseline", "盐池特色服务", "2020年11月底前", "task 10, regional 力争2020年底前: earlier")
m("deadline-later-than-baseline", "力争到2020年底，全县办件量", "2020年底前", "task 14 (三（一）一件事一次办), regional 力争到2020年底: equal")
m("deadline-later-than-baseline", "推出一批“一件事一次办”特色服务专题", "2020年10月底前", "task 14, regional 力争到2020年底: earlier")
m("deadline-later-than-baseline", "公布保留证明事项清单", "2020年5月底前", "task 15 (三（二）减证便民), regional 2020年6月底前: earlier")
m("deadline-later-than-baseline", "一照通办", "2020年6月底前", "task 15, regional 2020年6月底前: equal")
m("deadline-later-than-baseline", "梳理细化我县监管事项清单", "2020年10月底前", "task 17 (三（四）互联网＋监管), regional 力争2020年底前 (清单梳理完成率100%): earlier")
m("deadline-later-than-baseline", "配合建立监管事项数据库", "2020年12月底前", "task 17, regional 力争2020年底前: same milestone")
m("deadline-later-than-baseline", "企业开办时间压缩至3个工作日以内", "2020年12月底前", "task 18 (三（五）商事制度改革) has no regional 完成时限; 3个工作日 is a processing time, not a date")
m("deadline-later-than-baseline", "分批接入统一平台", "2021年3月底前", "task 4 (一（四）政务视频资源联动交互) has no regional 完成时限; the round allows early-2021 dates for such items")
m("deadline-later-than-baseline", "各牵头单位于每季度末前", "2021年1月15日前", "the office's own reporting dates (每季度末前, annual summary by 2021年1月15日), not task deadlines")
# units
m("unknown-unit", "向宁夏公共云平台部署迁移", "县直各部门（单位）", "collective subject")
m("unknown-unit", "（一）做好全国一体化政务服务平台", "县直有关部门", "collective subject")
m("unknown-unit", "实现县直部门、各乡镇和具备条件", "各乡镇人民政府", "collective subject")
m("unknown-unit", "领导小组各成员单位要各司其职", "领导小组各成员单位", "collective subject (members of the county leading group)")
m("unknown-unit", "配合实现全区可办事项达到800个左右", "县审批局", "short name of 县审批服务管理局 in units.txt")
m("unknown-unit", "加大存量证照转化入库力度", "县人社局", "short name of 县人力资源和社会保障局 in units.txt")
m("unknown-unit", "一照通办", "县市场监管局", "short name of 县市场监督管理局 in units.txt")
m("unknown-unit", "现有视频监控资源底数", "县林草局", "short name of 县林业和草原局 in units.txt")
m("unknown-unit", "（七）压缩不动产登记办理时间", "县住建局", "short name of 县住房和城乡建设局 in units.txt")
m("unknown-unit", "（七）压缩不动产登记办理时间", "县税务局", "short name of 盐池县税务局 in units.txt")
m("unknown-unit", "加快光纤入户改造", "县工信商务局", "short name of 县工业信息化和商务局 in units.txt")
m("unknown-unit", "应急管理综合应用平台", "县气象局", "short name of 盐池县气象局 in units.txt")
m("unknown-unit", "为5G应用部署做好准备", "中国移动盐池分公司", "operator branch listed in units.txt (like 宁夏通信管理局 at regional level)")
m("unknown-unit", "布设政务服务、金融服务融为一体", "人民银行盐池县支行", "listed in units.txt")
m("unknown-unit", "梳理细化我县监管事项清单", "吴忠市生态环境局盐池分局", "the county branch of the city bureau, listed in units.txt")
m("unknown-unit", "先行推行“全科窗口”", "花马池镇人民政府", "a named township government, listed in units.txt")

def c(task, anchor): return {"task": task, "line": ln(anchor)}
covers = [
 c(1, "梳理编制我县政务数据资源目录"), c(2, "向宁夏公共云平台部署迁移"), c(3, "推广使用全区一体化移动政务办公平台"),
 c(4, "分批接入统一平台"), c(5, "完成县政府门户网站及部门网站向全区集约化平台迁移"), c(6, "与全区统一身份认证系统"),
 c(7, "等级保护测评"), c(8, "（一）做好全国一体化政务服务平台"), c(9, "认领、完善我县政务服务事项"),
 c(10, "配合实现全区可办事项达到800个左右"), c(11, "（四）加快智能自助终端推广应用"), c(12, "热线平台的"),
 c(13, "评价器配置"), c(14, "力争到2020年底，全县办件量"), c(15, "公布保留证明事项清单"),
 c(16, "前台综合受理、后台分类审批"), c(17, "梳理细化我县监管事项清单"), c(18, "（五）深化商事制度改革"),
 c(19, "（六）深化工程建设项目审批制度改革"), c(20, "（七）压缩不动产登记办理时间"), c(21, "三级综治中心"),
 c(22, "“互联网＋医疗健康”示范区"), c(23, "推进新型智慧城市建设"), c(24, "乡村公共安全视频监控"),
 c(25, "（一）健全工作体系"), c(26, "（二）明确责任分工"), c(27, "（三）强化项目统筹"),
 c(28, "（四）强化政企合作"), c(29, "效能目标管理考核"), c(30, "业务培训"), c(31, "（七）营造良好社会氛围"),
]

key = {
 "writer": "blind writer, round 445; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
 "written": "2026-12-06",
 "draft": "draft.txt",
 "baseline": "ningxia-2020",
 "build": None,
 "parents": [],
 "units": "units.txt",
 "planYear": 2020,
 "expect": expect,
 "mustNotFlag": M,
 "covers": covers,
 "notes": ("Task numbers assume the 2020 工作要点's （一）… items numbered 1–31 in document order: 一 = 1–7, 二 = 8–13, 三 = 14–20, 四 = 21–24, 五 = 25–31; "
           "the seed has no task table, so each `why` also names the section and item. Only six regional items carry a date: "
           "1 (力争2020年底前), 10 (力争2020年底前), 14 (力争到2020年底), 15 (2020年6月底前), 17 (力争2020年底前), 20 (2020年底前). "
           "County items whose regional item has no date take 2020 dates, one takes 2021年3月底前 (task 4), as the round brief allows. "
           "The 2023 实施意见 and the 吴忠 2023 plan are deliberately not mentioned: neither existed in 2020. helper scripts: make_key.py, check_units.py."),
}
json.dump(key, open('key.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
print(len(expect), len(M), len(covers))
