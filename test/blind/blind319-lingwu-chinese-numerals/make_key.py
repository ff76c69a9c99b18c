# builds key.json for blind319; every line number is looked up in the final draft.txt
import json, datetime
L = open('draft.txt', encoding='utf-8').read().split('\n')
if L[-1] == '': L = L[:-1]
def ln(sub, also=None):
    hits = [i+1 for i, s in enumerate(L) if sub in s and (also is None or also in s)]
    assert len(hits) == 1, (sub, also, hits)
    return hits[0]
def chk(line, text):
    assert text in L[line-1], (line, text)
    return line
def E(rule, line, text, why, **kw):
    d = {"rule": rule, "line": chk(line, text) if text else line}
    if text: d["text"] = text
    d.update(kw); d["why"] = why; return d
def row(n):
    return ln(f'{n}\t') if False else [i+1 for i,s in enumerate(L) if s.startswith(f'{n}\t')][0]

garb = '政务数据供需对接'.encode('utf-8').decode('gbk')
expect = [
 E("basis-mismatch", ln('宁政办发〔2023〕17号'), '宁政办发〔2023〕17号',
   "the regional 实施意见 《自治区人民政府关于加强数字政府建设的实施意见》 is 宁政发〔2023〕17号; 宁政办发〔2023〕17号 is a wrong 文号 for that title (slip from the 宁政办发〔2023〕11号 citation next to it)"),
 E("deadline-later-than-baseline", ln('二〇二五年底前实现市、乡镇'), '二〇二五年底',
   "电子政务外网 市、乡、村 full coverage: task 48 (开展各级城域网升级改造，推进区市县乡村5级全覆盖) 完成时限 2024年 (task 47 外网升级改造 also 2024年); the draft's own task row 12 says 2024年"),
 E("deadline-later-than-baseline", row(34), '二〇二五年六月底',
   "task row 34, 宁政通 移动办公总门户 covering 市、乡镇、村: task 105 完成时限 2024年; the draft's own 主要目标 (line 14) also says 到二〇二四年底"),
 E("deadline-invalid", row(8), '十三月',
   "impossible date 二〇二四年十三月底前 (no 13th month) in task row 8, 公共数据开放目录 (task 41, 完成时限 2024年)"),
 E("unknown-unit", row(11), '市电子政务办',
   "lead unit of task row 11 (外网升级改造, task 47) is not in units.txt; the city's network body is 市大数据服务中心 (stale name)"),
 E("garbled-text", ln(garb), garb[:5],
   "UTF-8 bytes read as GBK: " + garb + " = 政务数据供需对接 (task 36 sub-item 深化数据高效共享)"),
]
M = []
def N(rule, line, why, text=None):
    d = {"rule": rule, "line": line}
    if text: chk(line, text); d["text"] = text
    d["why"] = why; M.append(d)
DL, DI, UU, BM, GT = "deadline-later-than-baseline", "deadline-invalid", "unknown-unit", "basis-mismatch", "garbled-text"
N(DI, ln('二〇二四年三月十二日'), "signature date of the issuing notice, in Chinese numerals; the plan's own date, not a deadline", '二〇二四年三月十二日')
N(DL, ln('二〇二四年三月十二日'), "signature date, not a deadline", '二〇二四年三月十二日')
N(BM, ln('宁政办发〔2020〕14号'), "retrospective background mention of the 2020 工作要点 (自…以来), not cited as a basis", '宁政办发〔2020〕14号')
N(DI, ln('宁政办发〔2020〕14号'), "二〇二〇年 and 二〇二三年 are past dates in the background paragraph, not deadlines; 一〇八六项 and 四十余个 are counts (〇 used digit by digit), not dates", '二〇二〇年')
N(DL, ln('到二〇二四年底，政务服务'), "2024 goal: 网上办掌上办 (task 84, 2024年), 宁政通 三级推广 (task 105, 2024年), 适老化 (task 93, 2024年): equal; 三级 is a count", '到二〇二四年底')
N(DL, ln('到二〇二五年，全市数字政府建设“34567”'), "same goal and same year as the region's 主要目标 到2025年 34567体系框架全面成型", '到二〇二五年')
N(DL, ln('到二〇三五年'), "same as the region's 到2035年 goal", '到二〇三五年')
N(DI, ln('（三）体系框架。'), "三个驱动、四大支撑、五个一、六级贯通、七个能力、三级 are counts in Chinese numerals, not dates", '五个一')
N(DL, ln('2025年取得明显成效。积极对接'), "智慧园区: task 3 完成时限 持续推进，2025年取得明显成效 - equal", '2025年')
N(DL, ln('到二〇二五年，数字乡村建设'), "数字乡村: task 10 完成时限 持续推进，2025年取得明显成效 - equal", '到二〇二五年')
N(DL, ln('二〇二四年底前，依托全区行政许可'), "行政权力事项网上运行: task 21 完成时限 2024年 - equal", '二〇二四年底前')
N(DI, ln('在二〇二三年政务数据资源普查基础上'), "二〇二三年 is a past event (the completed census), not a deadline; task 30 (2023年) is already done", '二〇二三年')
N(DL, ln('2024年底前，按照自治区统一部署'), "公共数据开放目录: task 41 完成时限 2024年 - equal (ordinary-digit form; the row version is the planted 十三月)", '2024年底前')
N(DL, ln('二〇二四年底前完成迁移适配'), "政务信创云迁移: task 46 完成时限 2024年 (task 43 2024年建成，持续推进) - equal", '二〇二四年底前')
N(DL, ln('统筹融合视频资源。二〇二五年底前'), "视频共享平台: task 49 完成时限 2025年 - equal", '二〇二五年底前')
N(DL, ln('2025年底前，实现教育收费'), "非税收入收缴电子化: task 56 完成时限 2025年 - equal", '2025年底前')
N(DL, ln('二〇二四年六月底前，成立由市政府'), "成立相应组织机构: task 64 (各地各部门参照自治区做法成立相应的组织机构) 完成时限 2025年 - earlier. Task 60 (充实自治区领导小组, 2023年) is the region's own body, 自治区政府办公厅负责", '二〇二四年六月底前')
N(DL, ln('到二〇二五年，建成覆盖市、乡镇'), "新型基层管理服务平台: task 83 完成时限 2025年 - equal", '到二〇二五年')
N(DL, ln('二〇二四年六月底前，全市政务服务、公共服务应用'), "接入我的宁夏: task 86 完成时限 2024年 - earlier", '二〇二四年六月底前')
N(DI, ln('压减五〇%以上。统筹'), "五〇% is a percentage written with 〇, not a date (task 106: 压减50%以上)", '五〇%')
N(DI, ln('六月二十日、十二月二十日前'), "the office's own recurring reporting dates (每年), not task deadlines", '六月二十日')
N(DL, row(3), "互联网+医疗健康: task 8 完成时限 持续推进，2025年取得明显成效 - equal", '二〇二五年底前')
N(DL, row(1), "智慧园区: task 3 持续推进，2025年取得明显成效 - equal", '2025年取得明显成效')
N(DL, row(6), "task 21 完成时限 2024年 - equal", '二〇二四年底前')
N(DL, row(7), "试点示范: task 28 完成时限 2023年启动，2025年取得明显成效 - equal", '2025年取得明显成效')
N(DL, row(10), "政务信创云迁移: task 46 完成时限 2024年 - equal", '二〇二四年底前')
N(DL, row(12), "电子政务外网全覆盖: task 48 完成时限 2024年 - equal (the body line repeats it as 二〇二五年底, planted)", '2024年')
N(DL, row(14), "视频共享平台: task 49 完成时限 2025年 - equal", '二〇二五年底')
N(DL, row(16), "非税收入: task 56 完成时限 2025年 - equal", '2025年底前')
N(DL, row(17), "成立组织机构: task 64 完成时限 2025年 - earlier", '二〇二四年六月底前')
N(DL, row(24), "基层治理平台: task 83 完成时限 2025年 - equal", '2025年')
N(DL, row(26), "我的宁夏: task 86 完成时限 2024年 - earlier", '二〇二四年六月底前')
N(DL, row(29), "适老化: task 93 完成时限 2024年 - equal", '二〇二四年底前')
N(DL, row(33), "协同办公平台: task 104 完成时限 2024年 - equal", '二〇二四年底前')
N(DL, row(35), "填表报数: task 106 完成时限 2025年 - equal; 五〇% is a percentage", '2025年')
N(DL, row(36), "公共资源交易: task 108 完成时限 长期推进，2024年取得明显成效 - equal", '2024年取得明显成效')
N(DL, row(38), "政务新媒体矩阵: task 114 完成时限 2024年 - equal", '二〇二四年底前')
N(DI, row(40), "一把手工程: copied regional deadline of task 116 (2023年完成并长期坚持), before the plan's year but copied with its ongoing part", '2023年完成并长期坚持')
N(DL, row(41), "考核指标体系: task 121 完成时限 长期坚持 - equal", '长期坚持')
N(UU, row(15), "市政府办 is a listed short name of 灵武市人民政府办公室", '市政府办')
N(UU, row(18), "市发改局 is a listed short name of 市发展和改革局", '市发改局')
N(UU, row(22), "市委政法委 is a listed short name of 市委政法委员会", '市委政法委')
N(UU, row(26), "市审批局 is a listed short name of 市审批服务管理局", '市审批局')
N(UU, row(27), "市市场监管局 is a listed short name of 市市场监督管理局", '市市场监管局')
N(UU, row(31), "市林草局 is a listed short name of 市林业和草原局", '市林草局')
N(UU, row(20), "the 市 prefix distributes: 市自然资源局, 市住房和城乡建设局, both listed", '自然资源局')
N(UU, row(6), "市直各部门（单位） is a collective subject", '市直各部门（单位）')
N(UU, row(24), "各乡镇（街道） and 各村（社区） are collective subjects", '各村（社区）')
N(UU, row(5), "各乡镇人民政府 is a collective subject", '各乡镇人民政府')
N(UU, row(32), "银川市生态环境局灵武分局 is listed in units.txt as one name (a 银川 branch office seated in 灵武); it must not be split", '银川市生态环境局灵武分局')
N(UU, row(23), "灵武市气象局 is listed in units.txt", '灵武市气象局')
N(UU, row(1), "宁东镇人民政府 is a listed town government of 灵武市", '宁东镇人民政府')
N(UU, row(36), "市公共资源交易中心 is listed in units.txt", '市公共资源交易中心')
covers_src = {3:'2025年取得明显成效。积极对接',6:'推动数字技术与传统公共事业融合',8:'深化“互联网+医疗健康”应用，推进市人民医院',9:'推进城市运行管理服务平台建设，强化城市运行“一网统管”。',
 10:'到二〇二五年，数字乡村建设',11:'配合推进“数字供销”',12:'积极配合自治区培育数据要素市场',14:'强化安全管理责任。各乡镇',15:'建立数字政府安全评估、责任落实和重大事件处置机制',
 18:'每年至少组织一次网络安全应急演练',21:'二〇二四年底前，依托全区行政许可',24:'健全完善政务信息化建设管理会商机制',28:'积极争取自治区数字政府试点',
 30:'动态更新全市政务数据资源目录',32:'各部门明确本部门数据管理机构',36:'跨层级互认共享',41:'2024年底前，按照自治区统一部署',42:'推进供水、供电、供气、公共交通等公共数据与政务数据融合应用。',
 46:'二〇二四年底前完成迁移适配',48:'二〇二五年底前实现市、乡镇',50:'各部门原则上不再新建业务专网',49:'统筹融合视频资源。',54:'完善业务应用系统电子文件归档功能，统筹推进无纸化办公和电子文件归档；',
 56:'2025年底前，实现教育收费',64:'二〇二四年六月底前，成立由市政府',66:'积极对接宁夏经济运行大数据平台和',68:'编制完善监管事项目录和实施清单，推行',71:'农副产品等重点领域实行全链条数字化追溯监管。在',
 74:'耕地保护、自然资源等领域充分运用',77:'坚持和发展新时代“枫桥经验”',79:'持续推进“雪亮工程”，完善全时空、全方位的社会治安防控体系。推进',83:'到二〇二五年，建成覆盖市、乡镇',
 84:'打造泛在可及的服务体系。依托',86:'二〇二四年六月底前，全市政务服务、公共服务应用',85:'深化“一件事一次办”改革',88:'加快“证照分离”改革和电子营业执照推广应用，建设',89:'建设完善企业专属网页和惠企政策专栏，推动',
 93:'拓展公平普惠的民生服务。',96:'深化“互联网+城乡供水”建设，推广高效节水灌溉智能化应用。配合',98:'配合建设宁夏“智慧林草”云平台，提升林草资源管理信息化水平。推动',102:'推进水、气、土、废污染防治攻坚战，推动形成',
 104:'全面应用全区统一的协同办公平台，推动公文流转',105:'推广“宁政通”移动办公“总门户”，加快',106:'全面应用全区统一的填表报数系统，实现',108:'推进公共资源交易全流程数字化管理和监督，实现',
 111:'整合全市机关事务管理信息系统',112:'进一步完善政府网站等政务公开信息化平台',114:'构建政务新媒体矩阵体系，开发多样化政策解读产品；',115:'以12345政务服务便民热线为枢纽，畅通政民互动渠道。',
 116:'（一）加强组织领导。各乡镇',25:'（二）加大财政投入。',118:'依托市委党校',123:'考核结果作为领导班子',124:'定期开展督促检查和经验交流'}
NB = L.index('附件：灵武市数字政府建设重点任务清单') + 1
def lnb(sub):
    hits = [i+1 for i, x in enumerate(L[:NB]) if sub in x]
    assert len(hits) == 1, (sub, hits)
    return hits[0]
covers = [{"task": t, "line": lnb(s)} for t, s in sorted(covers_src.items())]
key = {
 "writer": "blind writer, round 319; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
 "written": datetime.date.today().isoformat(),
 "draft": "draft.txt",
 "baseline": "ningxia-2023",
 "build": None,
 "parents": [],
 "units": "units.txt",
 "planYear": 2024,
 "expect": expect,
 "mustNotFlag": M,
 "covers": covers,
 "notes": ("灵武市 is a county-level city under 银川市, so the 吴忠 plan is not a parent and no 银川 plan is supplied (parents empty). "
   "The office writes dates partly in Chinese numerals (二〇二四年…) and partly in digits (2024年), as a merge of two drafts would leave them; "
   "every Chinese-numeral deadline should be read like its digit form (二〇二五年底 = 2025年底). 〇 also appears in non-date numbers (一〇八六项, 五〇%). "
   "Line 9 also cites 国发〔2022〕14号 and 《数字宁夏“1244+N”行动计划实施方案》（宁政办发〔2023〕11号） correctly (same citation as the 吴忠 plan); only 宁政办发〔2023〕17号 on that line is wrong. No task was left out on purpose, so no task-uncovered is expected; tasks the draft touches only loosely (2, 5, 22, 87, 103, 107, 121) are not listed in covers.")
}
json.dump(key, open('key.json','w',encoding='utf-8'), ensure_ascii=False, indent=1)
print(len(expect), len(M), len(covers))
for e in expect: print(e['rule'], e['line'], e.get('text'))
