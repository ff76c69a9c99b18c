# Helper kept in the case folder: builds key.json and checks every line/text against draft.txt.
import json
L = open('draft.txt', encoding='utf-8').read().split('\n')
if L[-1] == '': L = L[:-1]

def ln(needle, nth=0):
    hits = [i + 1 for i, l in enumerate(L) if needle in l]
    assert hits, needle
    return hits[nth]

def chk(e):
    if e.get('line') and e.get('text'):
        assert e['text'] in L[e['line'] - 1], (e, L[e['line'] - 1][:50])
    return e

expect = [
  {"rule": "basis-mismatch", "line": ln('宁政发〔2023〕17号'), "text": "关于加快推进数字政府建设的实施意见",
   "why": "宁政发〔2023〕17号 is 《自治区人民政府关于加强数字政府建设的实施意见》; the draft writes 加快推进 for 加强 (wrong title)"},
  {"rule": "deadline-later-than-baseline", "line": ln('5.推动“我的宁夏”应上尽上'), "text": "2025年底前",
   "why": "task 86 (迭代升级“我的宁夏”政务APP, 应上尽上, 移动政务服务“总门户”), 完成时限 2024年; the draft gives 2025年底前"},
  {"rule": "deadline-later-than-baseline", "line": ln('13.建设企业专属服务空间'), "text": "2025年6月底前",
   "why": "task 89 (企业专属网页和惠企政策专栏, 涉企服务一网通办, 政策兑现直达直享), 完成时限 2024年; the draft gives 2025年6月底前"},
  {"rule": "deadline-invalid", "line": ln('8.推进适老化和无障碍服务'), "text": "2024年9月31日",
   "why": "impossible date: September has 30 days (task 93 适老化, 完成时限 2024年, so the year itself is not late)"},
  {"rule": "unknown-unit", "line": ln('14.推行帮办代办服务'), "text": "县营商环境建设局",
   "why": "no such body in 海原县's registry (units.txt); looks copied from another province's template"},
  {"rule": "garbled-text", "line": ln('鎵╁ぇ'), "text": "鎵╁ぇ鐢靛瓙",
   "why": "UTF-8 bytes read as GBK: the item title 扩大电子证照应用场景 is mojibake (re-encode as GBK, decode as UTF-8)"},
]

nm = []
def add(rule, line, why, text=None, **kw):
    e = {"rule": rule, "line": line}
    if text is not None: e["text"] = text
    e.update(kw); e["why"] = why
    nm.append(chk(e))

# citations
add("basis-mismatch", ln('国发〔2024〕3号'), "correct citation of the national guiding opinion on 高效办成一件事 (国发〔2024〕3号); not a regional document, title matches", "国发〔2024〕3号")
add("basis-mismatch", ln('国发〔2022〕14号'), "correct citation of 《国务院关于加强数字政府建设的指导意见》", "国发〔2022〕14号")
add("basis-mismatch", ln('宁政办发〔2020〕14号'), "retrospective mention in 工作基础 (自2020年…印发以来), correct title and number; not cited as a basis", "宁政办发〔2020〕14号")
add("basis-mismatch", 2, "the draft's own 发文字号, not a cited basis document", "海政办发〔2024〕23号")
# dates: background, counts, numbers, reporting dates
add("deadline-invalid", ln('2023年，我县政务服务事项'), "background figures for a past year (工作基础), not a deadline", "2023年")
add("deadline-invalid", ln('自2020年《'), "retrospective past date, not a deadline", "2020年")
add("deadline-invalid", ln('第一批13个“一件事”重点事项在我县'), "a count (第一批13个 重点事项), not a month", "第一批13个")
add("deadline-invalid", ln('（五）提升12345热线效能'), "the 12345 hotline number, not a year", "12345")
add("deadline-invalid", ln('动员部署阶段'), "a step of the plan's own schedule within the issuing year (plan dated 2024-05-20)", "2024年5月底前")
add("deadline-invalid", ln('每季度末月25日前'), "the office's own quarterly reporting date", "每季度末月25日前")
add("deadline-later-than-baseline", ln('于2025年1月10日前'), "the office's own reporting date for the annual summary, not a task deadline", "2025年1月10日前")
# goals
add("deadline-later-than-baseline", ln('到2024年底，国家部署的第一批'), "goal for the national first batch of 13 一件事 (国发〔2024〕3号); 线上线下一体化 part matches task 84, 完成时限 2024年 (equal); task 85's 2023年 is the region's earlier 一件事一次办 deadline, before the plan year, not this new batch", "2024年底")
add("deadline-later-than-baseline", ln('到2025年，各类证照全部实现电子化'), "equal: task 52 (各类证照全部实现电子化, 与实体证照同步制发), 完成时限 2025年; task 87 (12345 接诉即办/即问即答), 2023年启动，2025年完成", "2025年")
add("deadline-later-than-baseline", ln('到2027年'), "goal taken from the national guiding opinion 国发〔2024〕3号 (到2027年 高效办成一件事 常态化); no regional 主要目标 or task sets a date for the same thing", "2027年")
# body items
add("deadline-later-than-baseline", ln('1.抓好第一批重点事项落地'), "the national 2024 first batch of 13 一件事; no regional task dates it; task 85 (深化一件事一次办, 2023年) lies before the plan year and is not this batch", "2024年底前")
add("deadline-later-than-baseline", ln('2.拓展县域特色“一件事”'), "county's own special 一件事 list; first batch 2024年底前 within the plan year; no regional task sets it", "2024年底前推出首批")
add("deadline-invalid", ln('巩固2023年“免证办”'), "past achievement (task 85, 免证办全面推行, 完成时限 2023年), mentioned as done; the item itself is 持续推进", "2023年")
add("deadline-later-than-baseline", ln('巩固2023年“免证办”'), "task 85 (免申即享、民生直达), 完成时限 2023年 already reached; the county's note is 持续推进 with no later milestone", "持续推进")
add("deadline-later-than-baseline", ln('4.推动线上线下深度融合'), "equal: task 84 (一体化政务服务体系, 跨省通办, 网上办掌上办就近办一次办), 完成时限 2024年", "2024年底前")
add("deadline-later-than-baseline", ln('6.推进公共场馆服务'), "earlier: task 90 (公共场馆移动入口接入“我的宁夏”), 完成时限 2024年", "2024年10月底前")
add("deadline-later-than-baseline", ln('7.配合推进“多卡合一”'), "equal: task 92 (多卡合一、多码合一), 完成时限 2025年", "2025年")
add("deadline-later-than-baseline", ln('9.推进电子证照同步制发'), "equal: task 52 (电子证照共享应用服务体系, 各类证照全部电子化), 完成时限 2025年; wording is task 52's, not task 85's", "2025年底前")
add("deadline-later-than-baseline", ln('鎵╁ぇ'), "equal: task 52 (个人/企业证照社会化高频场景应用), 完成时限 2025年", "2025年底前")
add("deadline-later-than-baseline", ln('11.推广电子印章应用'), "equal: task 53 (统一电子印章系统, 电子营业执照和企业电子印章同步制发), 完成时限 2024年", "2024年底前")
add("deadline-later-than-baseline", ln('12.深化“证照分离”改革'), "equal: task 88 (证照分离, 一业一证, 一业一照一码), 完成时限 2024年", "2024年底前")
add("deadline-later-than-baseline", ln('15.推进热线“一呼即应”'), "copied from task 87 (12345 一呼即应, 接诉即办, 总客服), 完成时限 2023年启动，2025年完成: equal", "2023年启动，2025年完成")
add("deadline-invalid", ln('15.推进热线“一呼即应”'), "the 2023 start is the region's own milestone copied with it; the completing milestone is 2025", "2023年启动")
add("deadline-later-than-baseline", ln('16.畅通政民互动渠道'), "equal: task 115 (以12345为枢纽的政民互动平台), 完成时限 2024年", "2024年底前")
add("deadline-later-than-baseline", ln('17.推动数据按需回流'), "equal: tasks 33 (电子证照等基础数据资源库) and 34 (政务服务主题数据库), 完成时限 2024年", "2024年底前")
add("deadline-later-than-baseline", ln('18.推动行政权力事项网上运行'), "equal: task 21 (行政许可管理信息系统, 行政权力事项网上运行、动态管理), 完成时限 2024年", "2024年底前")
# table rows of the 13 items
for k in range(1, 14):
    i = [j + 1 for j, l in enumerate(L) if l.startswith(f"{k}\t")][0]
    t = L[i - 1].split('\t')[-1]
    add("deadline-later-than-baseline", i, f"row {k} of the national first batch of 13 一件事 (国发〔2024〕3号), due within the plan year; no regional task is later-dated against it (task 85's 2023年 is the earlier 一件事一次办 reform, before the plan year)", t)
# units
add("unknown-unit", 3, "collective subject", "各乡镇人民政府")
add("unknown-unit", ln('4.推动线上线下深度融合'), "collective subject", "县直各部门（单位）")
add("unknown-unit", ln('鎵╁ぇ'), "collective subject", "县直有关部门")
add("unknown-unit", ln('各村（社区）做好'), "collective subject", "各村（社区）")
add("unknown-unit", ln('附件所列各牵头部门'), "refers collectively to the lead units named in the attachment", "附件所列各牵头部门")
add("unknown-unit", ln('县审批局、海原县税务局'), "official short name of 县审批服务管理局 in units.txt", "县审批局")
add("unknown-unit", ln('县审批局、海原县税务局'), "listed in units.txt (unit outside the county government proper)", "海原县税务局")
add("unknown-unit", ln('9.推进电子证照同步制发'), "short name of 县市场监督管理局 in units.txt", "县市场监管局")
add("unknown-unit", ln('9.推进电子证照同步制发'), "short name of 县卫生健康局 in units.txt", "县卫健局")
add("unknown-unit", ln('9.推进电子证照同步制发'), "short name of 县住房和城乡建设局 in units.txt", "县住建局")
add("unknown-unit", ln('7.配合推进“多卡合一”'), "short name of 县人力资源和社会保障局 in units.txt", "县人社局")
add("unknown-unit", ln('1\t新生儿出生'), "prefix 县 distributes over 县公安局、医保局、人社局 → 县医疗保障局 (县医保局)", "医保局")
add("unknown-unit", ln('二手房转移登记及水电气网联动过户“一件事”\t'), "listed in units.txt (utility company)", "国网海原县供电公司")
add("unknown-unit", ln('二手房转移登记及水电气网联动过户“一件事”\t'), "listed in units.txt (utility company)", "海原县供排水有限公司")
add("unknown-unit", ln('企业破产信息核查“一件事”\t'), "listed in units.txt", "县人民法院")
add("unknown-unit", ln('县政府督查室会同'), "short name of 县人民政府督查室 in units.txt", "县政府督查室")
add("unknown-unit", ln('积极争取自治区政府办公厅'), "named only as a source of guidance (争取…业务指导), not as a responsible or lead unit of a county task", "自治区政府办公厅")
add("unknown-unit", ln('积极争取自治区政府办公厅'), "the city body named only as a source of guidance, not as a responsible unit", "中卫市审批服务管理局")
add("unknown-unit", ln('6.推进公共场馆服务'), "a facility named in the task content, not a responsible unit", "县图书馆")
add("unknown-unit", ln('配合中卫市'), "the parent city named in prose (配合中卫市探索推进), not a responsible unit", "中卫市")
# pillars a thematic plan does not take up
for p in ["数字经济", "数字社会", "数字生态", "安全保障", "制度规则", "数据资源", "平台支撑", "五个一", "六级贯通",
          "经济调节", "市场监管", "社会管理", "生态环境保护", "政务运行", "政务公开", "数字素养"]:
    add("missing-pillar", 0, "thematic plan on 高效办成一件事 / 政务服务 (line 9 states its scope: the 公共服务 tasks); it does not take up the whole 34567 framework, so this pillar is not missing for it", pillar=p)

covers = [
  (84, '4.推动线上线下深度融合'), (85, '3.推行“免申即享”'), (86, '5.推动“我的宁夏”应上尽上'),
  (90, '6.推进公共场馆服务'), (92, '7.配合推进“多卡合一”'), (93, '8.推进适老化和无障碍服务'),
  (52, '9.推进电子证照同步制发'), (53, '11.推广电子印章应用'), (88, '12.深化“证照分离”改革'),
  (89, '13.建设企业专属服务空间'), (87, '15.推进热线“一呼即应”'), (115, '16.畅通政民互动渠道'),
  (33, '17.推动数据按需回流'), (34, '17.推动数据按需回流'), (21, '18.推动行政权力事项网上运行'),
  (116, '（一）加强组织领导'), (25, '（二）强化资金保障'), (124, '（四）强化督导考核'),
]
covers = [{"task": t, "line": ln(n)} for t, n in covers]

for e in expect: chk(e)
key = {
  "writer": "blind writer, round 303; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
  "written": "2026-12-06",
  "draft": "draft.txt",
  "baseline": "ningxia-2023",
  "build": None,
  "parents": [],
  "units": "units.txt",
  "planYear": 2024,
  "expect": expect,
  "mustNotFlag": nm,
  "covers": covers,
  "notes": ("海原县 belongs to 中卫市, whose plan is not in the seeds, so there is no parent plan. The draft is a thematic plan "
            "(高效办成一件事, 2024-05-20) that takes up only the regional 政务服务 tasks (84-93, 52-53, 87, 115, 21, 33-34); "
            "task-uncovered information for the other regional tasks is expected and not annotated. Task 85 (深化一件事一次办, "
            "免证办, 免申即享, 2023年) lies before the plan year: the 2024 items for the national first batch of 13 一件事 are "
            "a new batch, not a late version of task 85. The 2027 goal is the national one (国发〔2024〕3号)."),
}
json.dump(key, open('key.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=2)
print(len(expect), len(nm), len(covers))
for e in expect: print(e['rule'], e['line'], e['text'])
