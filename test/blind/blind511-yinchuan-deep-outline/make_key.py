#!/usr/bin/python3
# Builds key.json from draft.txt: every line number is found by a unique substring.
import json
L = open('draft.txt', encoding='utf-8').read().split('\n')
if L and L[-1] == '': L = L[:-1]

def ln(sub, nth=None):
    hits = [i + 1 for i, l in enumerate(L) if sub in l]
    if nth is None:
        assert len(hits) == 1, (sub, hits)
        return hits[0]
    return hits[nth]

def chk(line, text):
    assert text in L[line - 1], (line, text)
    return line

E = []
def exp(rule, key, text, why, **kw):
    line = ln(key); chk(line, text)
    d = {'rule': rule, 'line': line, 'text': text, 'why': why}; d.update(kw); E.append(d)

exp('unknown-unit', '（2）加快“智慧园区”建设', '市工信委',
    'lead of the 智慧园区 measure (task 3) is 市工信委, the pre-2019 name of the city industry bureau; units.txt only has 市工业和信息化局 = 市工信局')
exp('deadline-later-than-baseline', '③推广电子印章和电子签名应用', '2025年6月底前',
    'fifth-level item ③ under （2）电子证照 carries its own note; its content is task 53 (电子印章/电子营业执照/验章验签), 完成时限 2024年; 2025年6月底前 is later')
exp('deadline-later-than-baseline', '4．推进财政收支电子化', '2025年底前',
    'note sits on the third-level parent and covers both sub-items; sub-item （1）推广电子票据应用 is task 55 (统一公共支付平台及电子票据系统), 完成时限 2024年, so 2025年底前 is late for it (sub-item （2）非税收入 is task 56, 2025年, in time)')
exp('deadline-later-than-baseline', '（2）推进企业信用风险分类管理', '2025年底前',
    'task 70 (企业信用风险分类管理, 双随机一公开差异化监管), 完成时限 2024年')
exp('deadline-invalid', '（2）完善国土空间基础信息平台', '2014年底前',
    'typo for 2024: a deadline ten years before the plan is issued (2024-03-18); the task is 97 (国土空间基础信息平台), 完成时限 2024年')
exp('garbled-text', '2．充分发挥政务新媒体传播优势', '鍔犲揩鏋勫缓',
    'UTF-8 read as GBK: 鍔犲揩鏋勫缓鏀垮姟鏂板獟浣撶煩闃典綋绯伙紝 = 加快构建政务新媒体矩阵体系，')

M = []
def nm(rule, key, why, text=None, nth=None):
    line = ln(key, nth)
    d = {'rule': rule, 'line': line}
    if text is not None:
        chk(line, text); d['text'] = text
    d['why'] = why; M.append(d)

# basis / citations
nm('basis-mismatch', '为贯彻落实党的二十大精神', 'correct national basis: 《国务院关于加强数字政府建设的指导意见》（国发〔2022〕14号）', '国发〔2022〕14号')
nm('basis-mismatch', '为贯彻落实党的二十大精神', 'correct regional basis: 《自治区人民政府关于加强数字政府建设的实施意见》（宁政发〔2023〕17号）, title and 文号 as in the gazette', '宁政发〔2023〕17号')
nm('basis-mismatch', '近年来，我市坚持以', 'retrospective mention of the 2020 工作要点 in the background, with its correct title and 文号; not cited as a basis', '宁政办发〔2020〕14号')
nm('basis-mismatch', '银政发〔2024〕19号', "the plan's own 发文字号, not a cited basis document", '银政发〔2024〕19号')
# background and own dates
nm('deadline-invalid', '近年来，我市坚持以', 'past dates in the background (发展基础), not deadlines', '2017年')
nm('deadline-invalid', '2024年3月18日', "the plan's own issue date", '2024年3月18日')
nm('deadline-invalid', '2023年，全市依申请', 'past year in the background (2023 results), not a deadline', '2023年')
nm('deadline-invalid', '3．建立进展报送制度', "the office's own reporting dates (每年6月30日、12月10日前), not task deadlines", '6月30日')
nm('deadline-later-than-baseline', '到2024年底，市级政务', 'city-only 2024 goal; its items are tasks 19 (2024年建成), 48 (2024年) and 9 (2025年): equal or earlier', '2024年底')
nm('deadline-later-than-baseline', '到2025年，全市数字政府建设“34567”', 'same year as the regional 主要目标 (到2025年 “34567”体系框架全面成型)', '2025年')
nm('deadline-later-than-baseline', '到2035年，与政府治理能力', 'same year as the regional 2035 goal', '2035年')
# deadlines equal / earlier
nm('deadline-later-than-baseline', '1．助力算力枢纽', 'task 1: 持续推进，2025 年取得明显成效 — copied exactly', '2025年取得明显成效')
nm('deadline-later-than-baseline', '（1）打造特色产业云', 'task 2: 2023 年启动，2024 年取得明显成效 — same completing year', '2024年取得明显成效')
nm('deadline-later-than-baseline', '（2）加快“智慧园区”建设', 'task 3: 持续推进，2025 年取得明显成效 — 2025年 is equal', '2025年')
nm('deadline-later-than-baseline', '（3）推动国资监管数字化', 'task 4: 持续推进，2024 年取得明显成效 — 2024年底前 is equal', '2024年底前')
nm('deadline-later-than-baseline', '1．推动公共服务数字化普惠应用', 'note on the third-level parent covers （1）-(3) and their fifth-level ①②: tasks 7 (2023年形成试点经验，2025年取得明显成效), 8 (2025年), 6 (2025年) — all in time', '2025年底前')
nm('deadline-later-than-baseline', '①建设城市运行管理服务平台', 'fifth-level item, task 9 (持续推进，2025年取得明显成效): equal', '2025年')
nm('deadline-later-than-baseline', '③探索城市信息模型（CIM）应用', 'fifth-level item, task 9 (2025年): 2024年底前 is earlier', '2024年底前')
nm('deadline-later-than-baseline', '2．营造规范有序的政策环境', 'task 13: 2024年 — equal', '2024年底前')
nm('deadline-later-than-baseline', '（1）推进政务信息系统向政务信创云迁移', 'task 19: 2023年启动，2024年建成 (and 43: 2024 年建成) — equal', '2024年底前')
nm('deadline-later-than-baseline', '2．深化审管协同', 'task 22: 2025年 — 2024年底前 is earlier', '2024年底前')
nm('deadline-later-than-baseline', '6．开展试点示范', 'task 28: 2023年启动，2025年取得明显成效 — equal', '2025年取得明显成效')
nm('deadline-later-than-baseline', '（3）建设完善基础库和主题库', 'fourth-level note covering fifth-level ①②③: tasks 33, 34, 35, all 2024年 — equal', '2024年底前')
nm('deadline-later-than-baseline', '2．深化数据高效共享', 'parent note covering （1）-(3): tasks 37, 38, 39, all 2024年 — equal', '2024年底前')
nm('deadline-later-than-baseline', '1．强化政务云平台支撑能力', 'parent note covering （1）-(3): tasks 43 (2024 年建成，持续推进), 45 (2024 年), 46 (2024 年) — equal', '2024年底前')
nm('deadline-later-than-baseline', '2．提升网络平台支撑能力', 'parent note covering （1）-(4): tasks 47, 48, 50 (2024 年) and 49 (2025 年) — equal or earlier', '2024年底前')
nm('deadline-later-than-baseline', '（2）推进电子证照共享应用', 'task 52: 2025年 — equal; the note covers ①② (task 52 scenarios); ③ carries its own note', '2025年')
nm('deadline-later-than-baseline', '参照自治区做法，成立相应的组织机构', 'task 64 (各地各部门参照自治区做法，成立相应的组织机构): 2025年 — 2024年6月底前 is earlier', '2024年6月底前')
nm('deadline-later-than-baseline', '2．提升社会治安防控能力', 'parent note covering （1）（2）: tasks 78 and 79, both 2024年 — equal', '2024年')
nm('deadline-later-than-baseline', '（3）优化12345政务服务便民热线', 'task 87: 2023年启动，2025年完成 — equal', '2025年')
nm('deadline-later-than-baseline', '（3）探索“多卡合一”', 'task 92 (各地级市牵头): 2025年 — equal', '2025年')
nm('deadline-later-than-baseline', '（2）强化生态环境数据综合利用', 'task 95: 2025年 — 2024年底前 is earlier', '2024年底前')
nm('deadline-later-than-baseline', '3．推动绿色低碳转型', 'parent note covering （1）（2): tasks 101 and 102, both 2025年 — equal', '2025年')
nm('deadline-later-than-baseline', '（1）建设领导决策“驾驶舱”', 'fourth-level note covering fifth-level ①②: task 103, 2024年 — equal', '2024年')
nm('deadline-later-than-baseline', '（1）推进公共资源交易全流程数字化', 'task 108: 长期推进，2024年取得明显成效 — same milestone', '2024年取得明显成效')
nm('deadline-later-than-baseline', '4．提升机关事务管理水平', 'parent note covering （1）（2): task 111, 2025年 — equal', '2025年')
nm('deadline-later-than-baseline', '1．提升政府信息公开水平', 'parent note covering （1）（2): tasks 112, 113, both 2024年 — equal', '2024年')
nm('deadline-later-than-baseline', '1．健全年度考核机制', 'task 121: 长期坚持 — equal', '长期坚持')
# units
nm('unknown-unit', '1．助力算力枢纽', 'prefix 市 distributes: 市工业和信息化局', '工业和信息化局')
nm('unknown-unit', '3．完善数字经济治理体系', 'regional/central unit listed in the baseline task list, named as cooperating (not as lead)', '宁夏通信管理局')
nm('unknown-unit', '（2）推进智慧交通和智慧社区建设', 'shared suffix: 兴庆区、金凤区、西夏区人民政府 = three district governments, all in units.txt (兴庆区 is also an alias)', '兴庆区')
nm('unknown-unit', '3．推进数字乡村建设', 'shared suffix: 永宁县、贺兰县、灵武市人民政府, all in units.txt', '永宁县')
nm('unknown-unit', '2．营造规范有序的政策环境', 'colloquial alias of 市发展改革委 listed in units.txt', '市发改委')
nm('unknown-unit', '2．深化审管协同', 'official short name of 市审批服务管理局 listed in units.txt', '市审批局')
nm('unknown-unit', '（2）推进电子证照共享应用', 'prefix 市 distributes: 市市场监管局 (not a unit called 市场监管局)', '市场监管局')
nm('unknown-unit', '（3）建设完善基础库和主题库', 'prefix 市 distributes over the list: 市市场监管局, 市应急管理局, 市国资委 …', '市场监管局')
nm('unknown-unit', '③推广电子印章和电子签名应用', 'short name of 国家税务总局银川市税务局 in units.txt', '银川市税务局')
nm('unknown-unit', '1．提升社会矛盾化解能力', 'prefix 市 distributes: 市中级人民法院, 市人民检察院 (both in units.txt)', '中级人民法院')
nm('unknown-unit', '（1）推进监管系统对接', 'collective subject, the city form of 承担监管职责的自治区有关部门（单位）', '承担监管职责的市直有关部门')
nm('unknown-unit', '1．强化安全管理责任', 'collective subjects', '市直各部门（单位）')
nm('unknown-unit', '4．推进财政收支电子化', 'collective subjects', '市直有关部门（单位）')
nm('unknown-unit', '3．基层职责', 'collective subjects in body text', '各乡镇（街道）')
# pillars
M.append({'rule': 'missing-pillar', 'line': 0, 'pillar': '数字生态', 'why': 'section 二（三）营造良好数字生态 (lines %d-%d)' % (ln('（三）营造良好数字生态'), ln('（2）健全网络综合治理体系'))})
M.append({'rule': 'missing-pillar', 'line': 0, 'pillar': '六级贯通', 'why': 'section 四 健全“五个一”和“六级贯通”的工作体系 with 厘清层级职责 (市、县、乡、村)'})
M.append({'rule': 'missing-pillar', 'line': 0, 'pillar': '财政投入', 'why': 'section 六（二）加大财政投入'})

C = {}
def cov(task, key, nth=None): C[task] = ln(key, nth)
cov(1,'1．助力算力枢纽'); cov(2,'（1）打造特色产业云'); cov(3,'（2）加快“智慧园区”建设'); cov(4,'（3）推动国资监管数字化')
cov(5,'3．完善数字经济治理体系'); cov(6,'（3）推进民生服务数字化'); cov(7,'（1）推进教育数字化转型'); cov(8,'（2）深化“互联网+医疗健康”应用')
cov(9,'①建设城市运行管理服务平台'); cov(10,'3．推进数字乡村建设'); cov(11,'4．推进“数字供销”示范建设'); cov(12,'1．培育数据要素市场')
cov(13,'2．营造规范有序的政策环境'); cov(14,'1．强化安全管理责任'); cov(15,'1．强化安全管理责任'); cov(17,'2．落实安全制度要求')
cov(18,'3．提升安全防护能力'); cov(19,'（1）推进政务信息系统向政务信创云迁移'); cov(20,'1．以数字化改革助力政府职能转变'); cov(22,'2．深化审管协同')
cov(23,'（1）建立数字资源“一本账”'); cov(24,'（2）健全政务信息化项目管理会商机制'); cov(25,'统筹利用现有资金渠道'); cov(26,'4．完善法规制度'); cov(27,'5．健全标准规范'); cov(28,'6．开展试点示范')
cov(30,'（2）摸清政务数据资源底数'); cov(32,'（1）明确数据管理职责'); cov(33,'①对接基础数据资源库'); cov(34,'②完善主题数据库'); cov(35,'③建设地方特色数据库')
cov(37,'（1）建设政务数据实时交换通道'); cov(38,'（2）扩展数据共享服务范围'); cov(39,'（3）建立政务数据仓库'); cov(40,'（3）规范电子公文管理'); cov(41,'（1）推进公共数据开放'); cov(42,'（2）推进社会数据融合应用')
cov(43,'（1）用好全区政务“一朵云”'); cov(45,'（2）规范行业云管理'); cov(46,'（3）推进云资源统一调度'); cov(47,'（1）升级电子政务外网'); cov(48,'（2）推进城域网全覆盖'); cov(49,'（4）建设“视频一张网”'); cov(50,'（3）整合非涉密业务专网')
cov(51,'（1）推广统一身份认证'); cov(52,'（2）推进电子证照共享应用'); cov(53,'③推广电子印章和电子签名应用'); cov(54,'（3）深化电子文件归档'); cov(55,'（1）推广电子票据应用'); cov(56,'（2）推进非税收入收缴电子化')
cov(57,'（1）完善信用信息服务'); cov(58,'（2）推进地理信息资源共建共享'); cov(64,'参照自治区做法，成立相应的组织机构')
cov(65,'1．加强经济数据汇聚治理'); cov(66,'2．加强经济运行监测预警'); cov(67,'3．加强经济政策统筹协调'); cov(68,'（1）推行“照单监管”'); cov(70,'（2）推进企业信用风险分类管理'); cov(71,'（3）推进重点领域数字化追溯监管')
cov(72,'（1）推进监管系统对接'); cov(73,'（2）强化监管数据治理'); cov(74,'3．提升监管智能化水平'); cov(75,'（2）加强平台经济监管'); cov(76,'4．提升地方金融监管能力')
cov(77,'1．提升社会矛盾化解能力'); cov(78,'（1）推进公安信息化整合'); cov(79,'（2）深化“雪亮工程”建设'); cov(80,'（1）推进“智慧应急”建设'); cov(81,'（2）建设统一的视频指挥调度体系'); cov(83,'4．提高基层社会治理能力')
cov(84,'1．打造泛在可及的服务体系'); cov(85,'（1）推行“集成办”“免证办”'); cov(86,'（2）做强“我的宁夏”银川专区'); cov(87,'（3）优化12345政务服务便民热线'); cov(88,'（1）深化“证照分离”改革'); cov(89,'（2）强化企业全生命周期服务')
cov(90,'（1）推进公共场馆数字化'); cov(91,'（2）普及知识产权数字化服务'); cov(92,'（3）探索“多卡合一”'); cov(93,'（4）推进适老化与信息无障碍建设')
cov(94,'（1）夯实生态环境数据基础'); cov(95,'（2）强化生态环境数据综合利用'); cov(96,'（1）推进“互联网+城乡供水”建设'); cov(97,'（2）完善国土空间基础信息平台'); cov(98,'（3）推广“智慧林草”应用'); cov(100,'（4）提升资源要素交易平台功能')
cov(101,'（1）推进碳排放智能监测'); cov(102,'（2）推进污染防治攻坚'); cov(103,'（1）建设领导决策“驾驶舱”'); cov(104,'（1）推广协同办公平台'); cov(105,'（2）推广应用“宁政通”'); cov(106,'（3）推广统一填表报数系统'); cov(107,'（4）整合视频会议资源')
cov(108,'（1）推进公共资源交易全流程数字化'); cov(109,'（2）优化“互联网+督查”机制'); cov(111,'（1）整合机关事务管理系统'); cov(112,'（1）完善政务公开平台'); cov(113,'（2）推进政策“一库通查”'); cov(114,'2．充分发挥政务新媒体传播优势'); cov(115,'3．畅通政民互动渠道')
cov(116,'各级党委要切实履行领导责任'); cov(117,'1．加强人才引育'); cov(118,'2．加强干部培训'); cov(120,'3．促进人才合理流动'); cov(121,'1．健全年度考核机制'); cov(122,'2．强化考核结果运用'); cov(123,'2．强化考核结果运用'); cov(124,'3．加强督促检查')

key = {
  'writer': 'blind writer, round 511; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md',
  'written': '2026-12-07',
  'draft': 'draft.txt',
  'baseline': 'ningxia-2023',
  'build': None,
  'parents': [],
  'units': 'units.txt',
  'planYear': 2024,
  'expect': E,
  'mustNotFlag': M,
  'covers': [{'task': t, 'line': C[t]} for t in sorted(C)],
  'notes': ('银川市 2024 plan (issued 2024-03-18) with five numbering levels 一、（一）1．（1）①. Notes “（责任单位：…；完成时限：…）” sit at the end of '
            'third-, fourth- and fifth-level items; several third-/fourth-level parents carry one note for all their sub-items (lines %s). '
            'Measures matching regional tasks due 2023 (14, 15, 17, 18, 24, 25, 30-32, 51, 67, 68, 72, 85, 116, 118, 122-124) deliberately carry only 责任单位, no 完成时限. '
            'No parent plan. units.txt is the city registry; 市工信委 is deliberately absent.') % ', '.join(str(ln(k)) for k in ['1．推动公共服务数字化普惠应用','（3）建设完善基础库和主题库','2．深化数据高效共享','1．强化政务云平台支撑能力','2．提升网络平台支撑能力','4．推进财政收支电子化','2．提升社会治安防控能力','3．推动绿色低碳转型','（1）建设领导决策“驾驶舱”','4．提升机关事务管理水平','1．提升政府信息公开水平'])
}
json.dump(key, open('key.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=2)
print(len(E), 'expect;', len(M), 'mustNotFlag;', len(C), 'covers')
for e in E: print(e['rule'], e['line'], e['text'])
