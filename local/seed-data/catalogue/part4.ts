import type { z } from 'zod'
import type { serviceItemSchema } from '../../../src/domain/guides/service-item'

type ServiceItemInput = z.input<typeof serviceItemSchema>

export const ITEMS: ServiceItemInput[] = [
  {
    code: 'JY-001',
    name: '义务教育阶段新生入学登记',
    summary: '孩子上小学一年级或初中一年级前，家长在规定时间内登记入学信息，由教育部门按学区安排就读学校',
    field: 'education',
    authority: '示范市教育局',
    applicants: ['person'],
    conditions: [
      '小学新生为当年8月31日前（含）年满6周岁的适龄儿童，初中新生为本市应届小学毕业生，须在招生公告规定的时间内登记。',
      '具有本市户籍的，按户籍和住房所在学区登记；非本市户籍随迁子女，由父母或其他法定监护人持本市有效居住证，按随迁子女入学有关规定登记。',
      '公办学校和民办学校同步招生，同一学生在同一招生阶段只能提交一份登记信息。'
    ],
    materials: [
      { name: '居民户口簿', form: ['original', 'copy'], copies: 1, note: '学生及父母（或其他法定监护人）的户籍信息页' },
      { name: '住房证明', form: ['original', 'copy'], copies: 1, note: '不动产权证书或购房合同；租房居住的提供住房租赁登记备案证明' },
      { name: '浙江省居住证', form: ['original', 'copy'], copies: 1, note: '非本市户籍随迁子女提供父母一方或其他法定监护人的居住证' }
    ],
    steps: [
      '申请：家长在招生公告规定时间内，通过“指尖政务厅”填报学生、监护人及住房信息',
      '审核：教育部门会同公安、自然资源和规划等部门比对户籍、住房和居住证信息，必要时通知家长到校核验',
      '公示：学区学校公布登记审核结果和录取名单',
      '办结：家长通过“指尖政务厅”查询录取结果，按通知要求到学校报到'
    ],
    legalDays: 30,
    promisedDays: 20,
    fee: { free: true },
    halls: ['H01'],
    visits: 0,
    online: true,
    bookable: false,
    keywords: ['小学报名', '初中报名', '一年级入学', '新生入学', '学区', '入学登记'],
    faq: [
      {
        q: '户籍和住房不在同一个学区，应该按哪个登记？',
        a: '一般以住房所在学区为准，并结合户籍迁入时间、实际居住情况等确定入学顺序。具体以示范市教育局当年发布的招生公告和学区划分为准。'
      },
      {
        q: '错过了登记时间还能报名吗？',
        a: '可以在补登记时间内联系户籍或居住地所在学区学校，或拨打12345政务服务便民热线咨询，由教育部门统筹安排学位。'
      }
    ],
    complaint: '12345政务服务便民热线',
    appointmentFields: [],
    applicationFields: [
      { key: 'name', purpose: '核对登记的监护人信息' },
      { key: 'mobile', purpose: '短信通知审核结果和录取信息' }
    ]
  },
  {
    code: 'JY-002',
    name: '中小学生学籍转学',
    summary: '学生因搬家、父母工作调动等原因转入或转出本市中小学校时，办理学籍转接手续',
    field: 'education',
    authority: '示范市教育局',
    applicants: ['person'],
    conditions: [
      '学生因户籍迁移、家庭住址变更或父母工作调动等原因，需要在学校之间转学的。',
      '转入学校有相应学位并同意接收；义务教育阶段转入的，须符合转入地学区招生的有关规定。',
      '毕业年级学生和休学期间的学生原则上不予办理转学；普通高中学生转学应在同类同层次学校之间进行。'
    ],
    materials: [
      { name: '转学申请表', form: ['original'], copies: 1, note: '由监护人填写并签字，可在“指尖政务厅”在线填写' },
      { name: '居民户口簿或浙江省居住证', form: ['original', 'copy'], copies: 1 },
      { name: '住房证明', form: ['copy'], copies: 1, note: '不动产权证书或住房租赁登记备案证明' },
      { name: '父母工作调动证明', form: ['original'], copies: 1, note: '因父母工作调动转学的提供' }
    ],
    steps: [
      '申请：监护人向拟转入学校提出申请，或通过“指尖政务厅”提交转学申请',
      '受理：转入学校核对学位和有关材料，同意接收后在全国中小学生学籍信息管理系统中发起转学申请',
      '审核：转出学校和转出地、转入地教育行政部门依次在系统中审核',
      '办结：审核通过后学籍自动转接，学生按转入学校通知报到'
    ],
    legalDays: 15,
    promisedDays: 5,
    fee: { free: true },
    halls: ['H01', 'H02'],
    visits: 1,
    online: true,
    bookable: true,
    keywords: ['转学', '转学籍', '学籍转接', '插班', '换学校'],
    faq: [
      {
        q: '从外省转学过来，需要回原学校办手续吗？',
        a: '一般不需要。转学通过全国中小学生学籍信息管理系统办理，由转入学校发起申请，转出学校和两地教育部门在线审核，学籍档案由学校之间转递，家长无需往返两地。'
      }
    ],
    complaint: '12345政务服务便民热线',
    appointmentFields: [
      { key: 'name', purpose: '窗口核对预约人身份' },
      { key: 'mobile', purpose: '预约变动时短信通知您' }
    ],
    applicationFields: [
      { key: 'name', purpose: '核对办理转学的监护人信息' },
      { key: 'mobile', purpose: '短信通知转学审核进度' }
    ]
  },
  {
    code: 'JY-003',
    name: '教师资格认定',
    summary: '取得规定学历并通过中小学教师资格考试的人员，申请认定幼儿园、中小学或中等职业学校教师资格',
    field: 'education',
    authority: '示范市教育局',
    applicants: ['person'],
    conditions: [
      '具有中华人民共和国国籍，遵守宪法和法律，热爱教育事业，具有良好的思想品德。',
      '具备《中华人民共和国教师法》规定的相应学历，并取得在有效期内的中小学教师资格考试合格证明；符合免考条件的师范生提供相应证明。',
      '普通话水平达到二级乙等及以上标准，申请语文学科教师资格的须达到二级甲等及以上标准。',
      '具有承担教育教学工作所必需的身体条件，在认定机构指定的医院体检合格。'
    ],
    materials: [
      { name: '居民身份证', form: ['original'], copies: 1 },
      { name: '学历证书', form: ['original', 'electronic'], copies: 1, note: '学历信息可在线核验的，无需提交原件' },
      { name: '中小学教师资格考试合格证明', form: ['electronic'], copies: 1, note: '系统自动核验，无需打印' },
      { name: '普通话水平测试等级证书', form: ['original', 'electronic'], copies: 1, note: '证书信息可在线核验的，无需提交原件' },
      { name: '教师资格认定体检表', form: ['original'], copies: 1, note: '在指定医院体检，体检表由医院直接转交认定机构' },
      { name: '个人承诺书', form: ['electronic'], copies: 1, note: '网上申报时在线签署' }
    ],
    steps: [
      '申请：申请人在公布的认定时间内，登录中国教师资格网或通过“指尖政务厅”网上申报',
      '体检：申请人到认定机构指定的医院参加体检',
      '受理：认定机构在线核验学历、考试合格证明和普通话证书，材料齐全的予以受理',
      '审核：认定机构对申请材料进行审查，必要时组织专家审查教育教学能力',
      '办结：作出认定决定，颁发教师资格证书，可选择邮寄送达或到窗口领取'
    ],
    legalDays: 30,
    promisedDays: 20,
    fee: { free: true },
    halls: ['H01'],
    visits: 0,
    online: true,
    bookable: false,
    keywords: ['教资认定', '教师资格证', '教资', '教师证', '认定教师资格'],
    faq: [
      {
        q: '教师资格考试合格证明的有效期是多久？',
        a: '中小学教师资格考试合格证明有效期为3年，须在有效期内申请认定；超过有效期未认定的，需要重新参加考试。'
      },
      {
        q: '认定教师资格要交费吗？',
        a: '教育部门不收取认定费用。体检费用由体检医院按规定收取。'
      }
    ],
    complaint: '12345政务服务便民热线',
    appointmentFields: [],
    applicationFields: [
      { key: 'name', purpose: '核对申请人身份信息' },
      { key: 'mobile', purpose: '短信通知审核结果和领证信息' },
      { key: 'idNumber', purpose: '核验申请人身份及学历、考试合格信息' }
    ]
  },
  {
    code: 'JY-004',
    name: '学历证明书办理',
    summary: '高中、中职或初中毕业证书遗失、损毁的，可申请出具与原毕业证书具有同等效力的学历证明书',
    field: 'education',
    authority: '示范市教育局',
    applicants: ['person'],
    conditions: [
      '申请人从本市普通高中、中等职业学校或初中学校毕业，原毕业证书遗失或严重损毁。',
      '毕业学校学籍档案或教育部门存档资料中能够查到申请人的毕业记录。',
      '委托他人代为办理的，须提交授权委托书及受托人身份证件。'
    ],
    materials: [
      { name: '居民身份证', form: ['original'], copies: 1 },
      { name: '学历证明书申请表', form: ['original'], copies: 1, note: '写明毕业学校、毕业时间和证书遗失原因，可在线填写' },
      { name: '近期免冠彩色证件照', form: ['original'], copies: 2, note: '小2寸白底' },
      { name: '原毕业证书', form: ['original'], copies: 1, note: '证书损毁的提交；遗失的无需提供' },
      { name: '授权委托书', form: ['original'], copies: 1, note: '委托他人办理的提供' }
    ],
    steps: [
      '申请：申请人通过“指尖政务厅”或到窗口提交申请',
      '受理：窗口核对申请人身份和材料，材料齐全的当场受理',
      '审核：调阅学籍档案和毕业生名册，核实毕业信息',
      '办结：出具学历证明书，申请人到窗口领取或选择邮寄送达'
    ],
    legalDays: 20,
    promisedDays: 5,
    fee: { free: true },
    halls: ['H01'],
    visits: 1,
    online: true,
    bookable: true,
    keywords: ['毕业证丢了', '补办毕业证', '学历证明', '毕业证遗失', '学历证明书'],
    faq: [
      {
        q: '毕业证书丢了能补发吗？',
        a: '毕业证书遗失后不能补发原证，可申请办理学历证明书，学历证明书与原毕业证书具有同等效力。大专及以上学历请向原毕业高校申请。'
      }
    ],
    complaint: '12345政务服务便民热线',
    appointmentFields: [
      { key: 'name', purpose: '窗口核对预约人身份' },
      { key: 'mobile', purpose: '预约变动时短信通知您' }
    ],
    applicationFields: [
      { key: 'name', purpose: '核对申请人身份信息' },
      { key: 'mobile', purpose: '短信通知办理进度和领取信息' },
      { key: 'idNumber', purpose: '核验申请人身份并查询学籍档案' }
    ]
  },
  {
    code: 'JY-005',
    name: '民办学校办学许可（设立）',
    summary: '社会组织或个人举办实施学历教育、学前教育的民办学校，申请正式设立并领取办学许可证',
    field: 'education',
    authority: '示范市教育局',
    applicants: ['legal-person', 'person'],
    conditions: [
      '举办者为具有法人资格的社会组织，或具有政治权利和完全民事行为能力的个人，信用状况良好。',
      '有合格的校长和教师，有规范的章程和决策机构，有与办学规模相适应的校舍、设施设备和办学资金，达到国家和本省规定的设置标准。',
      '已经审批机关批准筹设并完成筹设，或者具备办学条件、达到设置标准，直接申请正式设立。'
    ],
    materials: [
      { name: '正式设立申请书', form: ['original'], copies: 1 },
      { name: '筹设批准书', form: ['copy'], copies: 1, note: '经批准筹设的提供' },
      { name: '学校章程和首届决策机构组成人员名单', form: ['original'], copies: 1 },
      { name: '举办者资格证明文件', form: ['copy'], copies: 1, note: '社会组织提供法人登记证书，个人提供身份证明和信用报告' },
      { name: '校长、教师和财会人员的资格证明文件', form: ['copy'], copies: 1 },
      { name: '资产来源、资金数额及有效证明文件', form: ['original', 'copy'], copies: 1, note: '包括验资报告、校舍产权证明或租赁合同，以及消防、卫生等安全证明' }
    ],
    steps: [
      '申请：举办者通过“指尖政务厅”或到窗口提交设立申请',
      '受理：窗口对材料进行形式审查，材料齐全、符合法定形式的予以受理',
      '审查：组织专家评议和现场核查，查看校舍、设施设备和师资等办学条件',
      '决定：作出是否批准的书面决定，不予批准的说明理由',
      '办结：批准设立的颁发办学许可证，举办者凭证办理法人登记'
    ],
    legalDays: 90,
    promisedDays: 40,
    fee: { free: true },
    halls: ['H01'],
    visits: 1,
    online: true,
    bookable: true,
    keywords: ['办学许可证', '民办学校', '开办学校', '办学审批', '民办学校设立'],
    faq: [
      {
        q: '取得办学许可证后还要办理哪些手续？',
        a: '民办学校取得办学许可证后，选择非营利性的到民政部门办理社会服务机构登记，选择营利性的到市场监督管理部门办理登记，完成法人登记后方可招生。实施义务教育的民办学校不得设立为营利性学校。'
      }
    ],
    complaint: '12345政务服务便民热线',
    appointmentFields: [
      { key: 'name', purpose: '窗口核对经办人身份' },
      { key: 'mobile', purpose: '预约变动时短信通知您' }
    ],
    applicationFields: [
      { key: 'name', purpose: '登记申请事项的经办人' },
      { key: 'mobile', purpose: '联系经办人安排现场核查' }
    ]
  },
  {
    code: 'MZ-001',
    name: '最低生活保障申请',
    summary: '家庭人均收入低于本市低保标准、财产状况符合规定的困难家庭，可申请纳入最低生活保障，按月领取低保金',
    field: 'civil-assistance',
    authority: '示范市民政局',
    applicants: ['person'],
    conditions: [
      '共同生活的家庭成员人均收入低于本市城乡居民最低生活保障标准，且家庭财产状况符合本市规定条件的。',
      '以家庭为单位，由共同生活家庭成员中的一人向户籍所在地或经常居住地的乡镇人民政府（街道办事处）提出申请；本人申请有困难的，可以委托村（居）民委员会或者他人代为提出。',
      '申请人及其家庭成员应当如实申报家庭收入和财产状况，并书面授权民政部门开展家庭经济状况核对。'
    ],
    materials: [
      { name: '最低生活保障申请书', form: ['original'], copies: 1, note: '可在“指尖政务厅”在线填写' },
      { name: '共同生活家庭成员的居民身份证或户口簿', form: ['original', 'copy'], copies: 1 },
      { name: '家庭收入和财产状况申报表', form: ['original'], copies: 1 },
      { name: '家庭经济状况核对授权书', form: ['original'], copies: 1, note: '共同生活家庭成员中的成年人均须签字' },
      { name: '残疾人证、病历等证明材料', form: ['copy'], copies: 1, note: '家庭成员有残疾、患重病等特殊情况的提供' }
    ],
    steps: [
      '申请：申请人通过“指尖政务厅”或到乡镇（街道）社会救助窗口提交申请',
      '受理：乡镇人民政府（街道办事处）对材料进行审查，材料齐全的予以受理',
      '调查核对：开展入户调查，并通过居民家庭经济状况核对系统核对收入和财产',
      '公示：在申请人所在村（居）公示审核意见，公示期为7天',
      '确认：作出审核确认决定，不符合条件的书面告知并说明理由',
      '办结：符合条件的发放低保金，按月打入指定银行账户'
    ],
    legalDays: 30,
    promisedDays: 20,
    fee: { free: true },
    halls: ['H02', 'H03'],
    visits: 1,
    online: true,
    bookable: true,
    keywords: ['低保', '低保申请', '最低生活保障', '困难家庭', '生活困难补助'],
    faq: [
      {
        q: '家里有存款还能申请低保吗？',
        a: '可以申请，但家庭人均存款等金融资产不能超过本市规定的限额。民政部门将通过家庭经济状况核对系统统一核对，具体标准以示范市当年公布的低保标准和财产认定办法为准。'
      },
      {
        q: '低保金从什么时候开始发？',
        a: '经审核确认纳入低保的，一般从确认之日的次月起按月发放，低保金打入申请人的社会保障卡银行账户或其他指定银行账户。'
      }
    ],
    complaint: '12345政务服务便民热线',
    appointmentFields: [
      { key: 'name', purpose: '窗口核对预约人身份' },
      { key: 'mobile', purpose: '预约变动时短信通知您' }
    ],
    applicationFields: [
      { key: 'name', purpose: '核对申请人身份信息' },
      { key: 'mobile', purpose: '短信通知审核进度和结果' },
      { key: 'idNumber', purpose: '核验申请人身份并开展家庭经济状况核对' }
    ]
  },
  {
    code: 'MZ-002',
    name: '特困人员救助供养',
    summary: '无劳动能力、无生活来源、无法定赡养抚养扶养义务人的老年人、残疾人和未成年人，可申请特困人员救助供养',
    field: 'civil-assistance',
    authority: '示范市民政局',
    applicants: ['person'],
    conditions: [
      '本市户籍的老年人、残疾人以及未满18周岁的未成年人，同时具备无劳动能力、无生活来源、无法定赡养抚养扶养义务人或者其法定义务人无履行义务能力情形的。',
      '特困人员可以选择在供养服务机构集中供养，也可以在家分散供养；需要集中供养的，在申请时一并提出。',
      '本人申请有困难的，可以委托村（居）民委员会或者他人代为提出申请。'
    ],
    materials: [
      { name: '特困人员救助供养申请书', form: ['original'], copies: 1 },
      { name: '居民身份证或户口簿', form: ['original', 'copy'], copies: 1 },
      { name: '家庭经济状况核对授权书', form: ['original'], copies: 1 },
      { name: '残疾人证', form: ['copy'], copies: 1, note: '残疾人申请的提供' },
      { name: '法定义务人无履行义务能力的证明材料', form: ['copy'], copies: 1, note: '有法定义务人但其无履行能力的提供' }
    ],
    steps: [
      '申请：申请人或代办人到户籍所在地乡镇（街道）社会救助窗口，或通过“指尖政务厅”提出申请',
      '受理：乡镇人民政府（街道办事处）对材料进行审查，材料齐全的予以受理',
      '审核：开展入户调查、家庭经济状况核对和生活自理能力评估，并在村（居）公示7天',
      '确认：县级民政部门对审核意见进行确认，不予确认的书面说明理由',
      '办结：符合条件的发给特困人员救助供养证，按月发放基本生活费和照料护理费'
    ],
    legalDays: 40,
    promisedDays: 25,
    fee: { free: true },
    halls: ['H02', 'H03'],
    visits: 1,
    online: true,
    bookable: true,
    keywords: ['特困供养', '五保户', '特困人员', '孤寡老人', '无依无靠'],
    faq: [
      {
        q: '特困人员能享受哪些救助供养？',
        a: '包括提供基本生活条件、对生活不能自理的给予照料、提供疾病治疗、办理丧葬事宜等，基本生活费和照料护理费按月发放，标准以示范市当年公布的为准。'
      }
    ],
    complaint: '12345政务服务便民热线',
    appointmentFields: [
      { key: 'name', purpose: '窗口核对预约人身份' },
      { key: 'mobile', purpose: '预约变动时短信通知您' }
    ],
    applicationFields: [
      { key: 'name', purpose: '核对申请人身份信息' },
      { key: 'mobile', purpose: '联系安排入户调查并通知结果' },
      { key: 'idNumber', purpose: '核验申请人身份、户籍并开展经济状况核对' }
    ]
  },
  {
    code: 'MZ-003',
    name: '临时救助',
    summary: '因意外事件、突发重病等原因导致基本生活暂时出现严重困难的家庭或个人，可申请临时救助',
    field: 'civil-assistance',
    authority: '示范市民政局',
    applicants: ['person'],
    conditions: [
      '因火灾、交通事故等意外事件，或家庭成员突发重大疾病等原因，导致基本生活暂时出现严重困难的家庭。',
      '因生活必需支出突然增加超出家庭承受能力，导致基本生活暂时出现严重困难的最低生活保障家庭或低保边缘家庭。',
      '遭遇其他特殊困难的家庭或个人；非本市户籍人员在本市遭遇急难的，可以向急难发生地的乡镇人民政府（街道办事处）申请。'
    ],
    materials: [
      { name: '临时救助申请书', form: ['original'], copies: 1, note: '写明遭遇困难的原因和经过' },
      { name: '居民身份证或户口簿', form: ['original', 'copy'], copies: 1 },
      { name: '困难情况证明材料', form: ['copy'], copies: 1, note: '如医疗费用票据、交通事故认定书、火灾事故证明等' },
      { name: '家庭经济状况核对授权书', form: ['original'], copies: 1 }
    ],
    steps: [
      '申请：申请人到户籍所在地或急难发生地的乡镇（街道）社会救助窗口，或通过“指尖政务厅”提出申请',
      '受理：乡镇人民政府（街道办事处）审查材料，情况紧急的可以先行救助',
      '审核：开展调查核实和家庭经济状况核对，提出救助意见',
      '审批：按照审批权限确定救助方式和救助金额',
      '办结：发放救助金或实物，并将救助结果告知申请人'
    ],
    legalDays: 20,
    promisedDays: 10,
    fee: { free: true },
    halls: ['H02', 'H03'],
    visits: 1,
    online: true,
    bookable: true,
    keywords: ['临时救助', '急难救助', '突发困难', '看病没钱', '救急'],
    faq: [
      {
        q: '情况很急，能不能先拿到救助？',
        a: '对情况紧急、需要立即采取措施防止造成无法挽回损失的，乡镇（街道）可以先行救助，事后补齐审核审批手续。'
      },
      {
        q: '不是本地户籍可以申请吗？',
        a: '可以。在本市遭遇急难的非本市户籍人员，可以向急难发生地的乡镇（街道）申请临时救助；生活无着的流浪乞讨人员由救助管理机构提供救助。'
      }
    ],
    complaint: '12345政务服务便民热线',
    appointmentFields: [
      { key: 'name', purpose: '窗口核对预约人身份' },
      { key: 'mobile', purpose: '预约变动时短信通知您' }
    ],
    applicationFields: [
      { key: 'name', purpose: '核对申请人身份信息' },
      { key: 'mobile', purpose: '联系核实困难情况并通知结果' },
      { key: 'idNumber', purpose: '核验申请人身份并核对家庭经济状况' }
    ]
  },
  {
    code: 'MZ-004',
    name: '残疾人两项补贴申请',
    summary: '困难残疾人可申请生活补贴，需要长期照护的重度残疾人可申请护理补贴，补贴按月发放',
    field: 'civil-assistance',
    authority: '示范市民政局',
    applicants: ['person'],
    conditions: [
      '持有第二代《中华人民共和国残疾人证》的本市户籍残疾人。',
      '困难残疾人生活补贴发放给最低生活保障家庭中的残疾人，以及本市规定范围内的其他困难残疾人。',
      '重度残疾人护理补贴发放给残疾等级为一级、二级且需要长期照护的重度残疾人，以及本市规定范围内的其他残疾人。',
      '已纳入特困人员救助供养或享受孤儿基本生活保障的，不再享受困难残疾人生活补贴；同时符合护理补贴和其他同类护理补贴条件的，按规定择高享受，不重复领取。'
    ],
    materials: [
      { name: '残疾人两项补贴申请审批表', form: ['original'], copies: 1, note: '可在“指尖政务厅”在线填写' },
      { name: '第二代《中华人民共和国残疾人证》', form: ['original'], copies: 1 },
      { name: '居民身份证或户口簿', form: ['original'], copies: 1 },
      { name: '本人社会保障卡或银行账户', form: ['copy'], copies: 1, note: '用于按月发放补贴' }
    ],
    steps: [
      '申请：残疾人或其监护人、委托代理人通过“指尖政务厅”或到户籍所在地乡镇（街道）窗口提出申请',
      '受理：乡镇人民政府（街道办事处）受理申请并进行初审',
      '审核：县级残疾人联合会核实残疾人身份和残疾等级',
      '审定：县级民政部门审定，符合条件的自受理申请当月起计发补贴',
      '办结：补贴按月发放至申请人的社会保障卡或银行账户'
    ],
    legalDays: 30,
    promisedDays: 15,
    fee: { free: true },
    halls: ['H02', 'H03'],
    visits: 1,
    online: true,
    bookable: true,
    keywords: ['残疾补贴', '两项补贴', '护理补贴', '残疾人生活补贴', '重残补贴'],
    faq: [
      {
        q: '补贴从什么时候开始发？',
        a: '经审定符合条件的，自受理申请当月起计发补贴，按月发放到申请人的社会保障卡或银行账户。补贴标准以示范市当年公布的为准。'
      }
    ],
    complaint: '12345政务服务便民热线',
    appointmentFields: [
      { key: 'name', purpose: '窗口核对预约人身份' },
      { key: 'mobile', purpose: '预约变动时短信通知您' }
    ],
    applicationFields: [
      { key: 'name', purpose: '核对申请人身份信息' },
      { key: 'mobile', purpose: '短信通知审核结果' },
      { key: 'idNumber', purpose: '核对残疾人证和户籍信息' }
    ]
  },
  {
    code: 'MZ-005',
    name: '高龄津贴申领',
    summary: '本市户籍年满80周岁的老年人按月领取高龄津贴，一般由民政部门主动发放，未收到的可以申请',
    field: 'civil-assistance',
    authority: '示范市民政局',
    applicants: ['person'],
    conditions: [
      '具有本市户籍、年满80周岁的老年人，自年满80周岁的当月起享受高龄津贴。',
      '符合条件的老年人由民政部门根据户籍信息主动纳入发放，无需申请；未能自动纳入的，可由本人或家属申请。',
      '老年人户籍迁出本市或去世的，家属应及时告知乡镇（街道），自次月起停发。'
    ],
    materials: [
      { name: '居民身份证或户口簿', form: ['original'], copies: 1 },
      { name: '本人社会保障卡或银行账户', form: ['copy'], copies: 1, note: '用于按月发放津贴' },
      { name: '授权委托书', form: ['original'], copies: 1, note: '家属代为申请的提供' }
    ],
    steps: [
      '申请：老年人或家属通过“指尖政务厅”提交申请，或到所在乡镇（街道）窗口申请',
      '审核：乡镇人民政府（街道办事处）比对户籍和身份信息',
      '审批：县级民政部门确认发放对象和津贴标准',
      '办结：津贴按月发放至老年人的社会保障卡或银行账户'
    ],
    legalDays: 20,
    promisedDays: 10,
    fee: { free: true },
    halls: ['H02', 'H03'],
    visits: 0,
    online: true,
    bookable: false,
    keywords: ['高龄津贴', '高龄补贴', '老人补贴', '80岁补贴', '尊老金'],
    faq: [
      {
        q: '已经满80岁了，还没收到津贴怎么办？',
        a: '一般由民政部门主动纳入发放，无需申请。满80周岁后超过两个月仍未收到的，可以通过“指尖政务厅”提交申请，或联系所在乡镇（街道）核实。'
      }
    ],
    complaint: '12345政务服务便民热线',
    appointmentFields: [],
    applicationFields: [
      { key: 'name', purpose: '核对申请人身份信息' },
      { key: 'mobile', purpose: '短信通知审核结果' },
      { key: 'idNumber', purpose: '核验老年人年龄和户籍以确定津贴标准' }
    ]
  },
  {
    code: 'MZ-006',
    name: '老年人优待证办理',
    summary: '年满60周岁的老年人可申领老年人优待证，凭证享受乘车、游览、就医等优待服务',
    field: 'civil-assistance',
    authority: '示范市民政局',
    applicants: ['person'],
    conditions: [
      '年满60周岁的本市户籍老年人，或持有本市有效居住证的非本市户籍老年人。',
      '已申领电子优待证的，可在“指尖政务厅”直接出示电子证，无需另办实体证。'
    ],
    materials: [
      { name: '居民身份证', form: ['original'], copies: 1 },
      { name: '近期1寸免冠彩色照片', form: ['original'], copies: 1, note: '窗口可现场拍照的无需提供' },
      { name: '浙江省居住证', form: ['original'], copies: 1, note: '非本市户籍老年人提供' }
    ],
    steps: [
      '申请：老年人通过“指尖政务厅”申领电子优待证，或由本人、家属持材料到窗口申请',
      '受理：窗口核对身份信息和年龄',
      '办结：符合条件的当场发放优待证或生成电子优待证'
    ],
    legalDays: 0,
    promisedDays: 0,
    fee: { free: true },
    halls: ['H01', 'H02'],
    visits: 0,
    online: true,
    bookable: true,
    keywords: ['老年证', '敬老卡', '老年优待证', '老人证', '优待证'],
    faq: [
      {
        q: '优待证能享受哪些优待？',
        a: '凭证可以按规定享受公共交通乘车优惠、公园和景区门票减免、政务服务和医院挂号优先等服务，具体项目以示范市公布的老年人优待目录为准。'
      }
    ],
    complaint: '12345政务服务便民热线',
    appointmentFields: [
      { key: 'name', purpose: '窗口核对预约人身份' },
      { key: 'mobile', purpose: '预约变动时短信通知您' }
    ],
    applicationFields: [
      { key: 'name', purpose: '核对申请人身份信息' },
      { key: 'mobile', purpose: '短信通知办理结果' },
      { key: 'idNumber', purpose: '核验年龄和户籍以确认优待资格' }
    ]
  },
  {
    code: 'CRJ-001',
    name: '普通护照签发（首次申请）',
    summary: '中国公民因旅游、探亲、学习、工作等私人事务出国，首次申请办理普通护照',
    field: 'exit-entry',
    authority: '示范市公安局',
    applicants: ['person'],
    conditions: [
      '中国公民因前往外国定居、探亲、学习、就业、旅行、从事商务活动等非公务原因出国的，可以申请普通护照。',
      '可在全国任一公安机关出入境管理机构申请，不受户籍所在地限制。',
      '未满16周岁的，须由监护人陪同申请；登记备案的国家工作人员，须提交所在单位出具的出国（境）审批意见。',
      '有《中华人民共和国护照法》第十三条规定情形之一的，不予签发护照。'
    ],
    materials: [
      { name: '居民身份证', form: ['original'], copies: 1, note: '未满16周岁且未领取居民身份证的，提交居民户口簿' },
      { name: '出入境证件照片', form: ['electronic'], copies: 1, note: '在受理窗口免费现场采集' },
      { name: '监护人居民身份证和监护关系证明', form: ['original'], copies: 1, note: '未满16周岁的申请人提供，监护关系证明可为出生医学证明或户口簿' },
      { name: '国家工作人员出国（境）审批意见', form: ['original'], copies: 1, note: '登记备案的国家工作人员提供' }
    ],
    steps: [
      '预约：通过“指尖政务厅”预约办理时间，可在线预填申请表',
      '申请：本人到出入境接待大厅现场采集照片和指纹，核对信息并签名确认',
      '缴费：按规定缴纳护照工本费',
      '审核：出入境管理机构审核申请，符合条件的予以签发',
      '领证：到窗口或自助取证机领取，也可在申请时选择邮政速递送证上门'
    ],
    legalDays: 15,
    promisedDays: 7,
    fee: { free: false, amount: '120元/本', basis: '《国家发展改革委 财政部关于降低部分行政事业性收费标准的通知》（发改价格〔2019〕914号）' },
    halls: ['H05'],
    visits: 1,
    online: false,
    bookable: true,
    keywords: ['办护照', '护照', '出国', '首次办护照', '护照办理'],
    faq: [
      {
        q: '办护照必须回户籍地吗？',
        a: '不需要。普通护照已实行“全国通办”，可在全国任一出入境接待大厅申请，证件签发后可选择邮寄送达。'
      },
      {
        q: '护照多久能办好？',
        a: '一般自受理之日起7个工作日内签发，选择邮寄的另需邮寄时间。因奔丧、探望危重病人、出国留学报到时间临近等紧急事由出国的，可申请加急办理。'
      }
    ],
    complaint: '12367移民管理服务热线',
    appointmentFields: [
      { key: 'name', purpose: '窗口核对预约人身份' },
      { key: 'mobile', purpose: '预约变动时短信通知您' }
    ],
    applicationFields: [
      { key: 'name', purpose: '核对申请人身份信息' },
      { key: 'mobile', purpose: '短信通知审批结果和证件寄递信息' },
      { key: 'idNumber', purpose: '法律规定签发出入境证件须核验申请人身份' }
    ]
  },
  {
    code: 'CRJ-002',
    name: '普通护照换发补发',
    summary: '护照有效期即将届满、签证页即将用完、损毁不能使用，或者护照遗失、被盗的，申请换发或补发护照',
    field: 'exit-entry',
    authority: '示范市公安局',
    applicants: ['person'],
    conditions: [
      '护照有效期即将届满、签证页即将使用完毕、护照损毁不能使用，或者有其他正当理由的，可以申请换发。',
      '护照遗失或者被盗的，可以申请补发；原护照在申请补发时宣布作废，找回后不能继续使用。',
      '可在全国任一公安机关出入境管理机构申请；未满16周岁的，须由监护人陪同申请。'
    ],
    materials: [
      { name: '居民身份证', form: ['original'], copies: 1, note: '未满16周岁且未领取居民身份证的，提交居民户口簿' },
      { name: '原护照', form: ['original'], copies: 1, note: '申请换发的提交，原护照作剪角处理后可退还本人' },
      { name: '护照遗失、被盗报失声明', form: ['original'], copies: 1, note: '申请补发的在窗口现场填写' },
      { name: '出入境证件照片', form: ['electronic'], copies: 1, note: '在受理窗口免费现场采集' },
      { name: '国家工作人员出国（境）审批意见', form: ['original'], copies: 1, note: '登记备案的国家工作人员提供' }
    ],
    steps: [
      '预约：通过“指尖政务厅”预约办理时间，可在线预填申请表',
      '申请：本人到出入境接待大厅现场采集照片和指纹，提交原护照或填写报失声明',
      '缴费：按规定缴纳护照工本费',
      '审核：出入境管理机构审核申请，符合条件的予以签发',
      '领证：到窗口或自助取证机领取，也可在申请时选择邮政速递送证上门'
    ],
    legalDays: 15,
    promisedDays: 7,
    fee: { free: false, amount: '120元/本', basis: '《国家发展改革委 财政部关于降低部分行政事业性收费标准的通知》（发改价格〔2019〕914号）' },
    halls: ['H05'],
    visits: 1,
    online: false,
    bookable: true,
    keywords: ['护照过期', '换护照', '护照丢了', '补办护照', '护照换发'],
    faq: [
      {
        q: '护照在国外丢了怎么办？',
        a: '在国外遗失护照的，应向中国驻当地使领馆申请补发护照或者申请旅行证回国；在国内遗失的，持居民身份证到出入境接待大厅申请补发。'
      },
      {
        q: '换发新护照后，旧护照上的有效签证还能用吗？',
        a: '换发时可申请退还已剪角的原护照。原护照上仍在有效期内的外国签证能否继续使用，以签证颁发国的规定为准，一般可同时携带新旧护照出入境。'
      }
    ],
    complaint: '12367移民管理服务热线',
    appointmentFields: [
      { key: 'name', purpose: '窗口核对预约人身份' },
      { key: 'mobile', purpose: '预约变动时短信通知您' }
    ],
    applicationFields: [
      { key: 'name', purpose: '核对申请人身份信息' },
      { key: 'mobile', purpose: '短信通知审批结果和证件寄递信息' },
      { key: 'idNumber', purpose: '法律规定签发出入境证件须核验申请人身份' }
    ]
  },
  {
    code: 'CRJ-003',
    name: '往来港澳通行证及签注签发',
    summary: '内地居民前往香港、澳门旅游、探亲、商务、学习等，申请办理往来港澳通行证和相应签注',
    field: 'exit-entry',
    authority: '示范市公安局',
    applicants: ['person'],
    conditions: [
      '内地居民因旅游、探亲、商务、学习等私人事务前往香港特别行政区或者澳门特别行政区的，可以申请往来港澳通行证及相应签注。',
      '通行证首次申请、换发、补发可在全国任一公安机关出入境管理机构办理；持有效电子往来港澳通行证再次申请签注的，可在自助签注机即时办理。',
      '未满16周岁的，须由监护人陪同申请；登记备案的国家工作人员，须提交所在单位出具的出国（境）审批意见。'
    ],
    materials: [
      { name: '居民身份证', form: ['original'], copies: 1, note: '未满16周岁且未领取居民身份证的，提交居民户口簿' },
      { name: '出入境证件照片', form: ['electronic'], copies: 1, note: '在受理窗口免费现场采集' },
      { name: '原往来港澳通行证', form: ['original'], copies: 1, note: '换发或再次申请签注的提交' },
      { name: '签注事由证明材料', form: ['copy'], copies: 1, note: '申请探亲、商务等签注的按要求提供，旅游签注无需提供' },
      { name: '国家工作人员出国（境）审批意见', form: ['original'], copies: 1, note: '登记备案的国家工作人员提供' }
    ],
    steps: [
      '预约：通过“指尖政务厅”预约办理时间，可在线预填申请表',
      '申请：本人到出入境接待大厅现场采集照片和指纹，提交申请并缴费',
      '审核：出入境管理机构审核申请，符合条件的签发通行证和签注',
      '领证：到窗口或自助取证机领取，也可选择邮寄送达；再次签注可在自助签注机即时办理'
    ],
    legalDays: 15,
    promisedDays: 7,
    fee: { free: false, amount: '通行证60元/证；签注一次有效15元/件，二次有效30元/件', basis: '《国家发展改革委 财政部关于降低部分行政事业性收费标准的通知》（发改价格〔2019〕914号）；《国家发展改革委 财政部关于电信网码号资源占用费等部分行政事业性收费标准的通知》（发改价格〔2017〕1186号）' },
    halls: ['H05'],
    visits: 1,
    online: false,
    bookable: true,
    keywords: ['港澳通行证', '去香港', '去澳门', '港澳签注', '续签', '港澳通'],
    faq: [
      {
        q: '港澳签注用完了，怎么续签？',
        a: '持有效期内的电子往来港澳通行证，可直接到出入境接待大厅使用自助签注机办理再次签注，缴费后当场写入通行证，无需预约。'
      },
      {
        q: '个人旅游签注一次可以在香港停留多久？',
        a: '个人旅游签注每次在香港或者澳门逗留不超过7天，逗留期限自入境次日起计算。'
      }
    ],
    complaint: '12367移民管理服务热线',
    appointmentFields: [
      { key: 'name', purpose: '窗口核对预约人身份' },
      { key: 'mobile', purpose: '预约变动时短信通知您' }
    ],
    applicationFields: [
      { key: 'name', purpose: '核对申请人身份信息' },
      { key: 'mobile', purpose: '短信通知审批结果和证件寄递信息' },
      { key: 'idNumber', purpose: '法律规定签发出入境证件须核验申请人身份' }
    ]
  },
  {
    code: 'CRJ-004',
    name: '大陆居民往来台湾通行证及签注签发',
    summary: '大陆居民前往台湾地区探亲、商务、学习、团队旅游等，申请办理往来台湾通行证和赴台签注',
    field: 'exit-entry',
    authority: '示范市公安局',
    applicants: ['person'],
    conditions: [
      '大陆居民因探亲、定居、商务、学习、应邀、团队旅游等事由前往台湾地区的，可以申请往来台湾通行证及相应签注。',
      '未满16周岁的，须由监护人陪同申请；登记备案的国家工作人员，须按人事管理权限报批，并提交所在单位出具的出国（境）审批意见。',
      '有《中国公民往来台湾地区管理办法》规定不予批准情形的，不予签发。'
    ],
    materials: [
      { name: '居民身份证', form: ['original'], copies: 1, note: '未满16周岁且未领取居民身份证的，提交居民户口簿' },
      { name: '出入境证件照片', form: ['electronic'], copies: 1, note: '在受理窗口免费现场采集' },
      { name: '赴台事由证明材料', form: ['copy'], copies: 1, note: '如台湾地区入出境许可证件、邀请函件或亲属关系证明等，按签注种类提供' },
      { name: '原往来台湾通行证', form: ['original'], copies: 1, note: '换发或再次申请签注的提交' },
      { name: '国家工作人员出国（境）审批意见', form: ['original'], copies: 1, note: '登记备案的国家工作人员提供' }
    ],
    steps: [
      '预约：通过“指尖政务厅”预约办理时间，可在线预填申请表',
      '申请：本人到出入境接待大厅现场采集照片和指纹，提交申请并缴费',
      '审核：出入境管理机构审核申请，符合条件的签发通行证和签注',
      '领证：到窗口或自助取证机领取，也可选择邮寄送达'
    ],
    legalDays: 15,
    promisedDays: 7,
    fee: { free: false, amount: '电子通行证60元/证；签注一次有效15元/件，多次有效80元/件', basis: '《国家发展改革委 财政部关于降低部分行政事业性收费标准的通知》（发改价格规〔2019〕1931号）；《国家发展改革委 财政部关于电信网码号资源占用费等部分行政事业性收费标准的通知》（发改价格〔2017〕1186号）' },
    halls: ['H05'],
    visits: 1,
    online: false,
    bookable: true,
    keywords: ['台湾通行证', '大通证', '赴台签注', '去台湾', '入台证'],
    faq: [
      {
        q: '去台湾需要办哪些证件？',
        a: '需持有效的大陆居民往来台湾通行证和相应签注，同时须取得台湾地区有关部门签发的入出境许可证件。办理签注时，应按签注种类提交相应的事由证明材料。'
      },
      {
        q: '往来台湾通行证的有效期是多久？',
        a: '16周岁以上申请人的通行证有效期为10年，未满16周岁的为5年。'
      }
    ],
    complaint: '12367移民管理服务热线',
    appointmentFields: [
      { key: 'name', purpose: '窗口核对预约人身份' },
      { key: 'mobile', purpose: '预约变动时短信通知您' }
    ],
    applicationFields: [
      { key: 'name', purpose: '核对申请人身份信息' },
      { key: 'mobile', purpose: '短信通知审批结果和证件寄递信息' },
      { key: 'idNumber', purpose: '法律规定签发出入境证件须核验申请人身份' }
    ]
  },
  {
    code: 'CRJ-005',
    name: '出入境记录查询',
    summary: '查询本人的出入境记录并出具查询结果，可用于落户、人才认定、留学认证等事项',
    field: 'exit-entry',
    authority: '示范市公安局',
    applicants: ['person'],
    conditions: [
      '中国公民可以查询本人的出入境记录。',
      '委托他人代为查询的，受托人须提交申请人签名的委托书、申请人居民身份证复印件和受托人本人身份证件。',
      '国家机关因办案等工作需要查询的，凭单位介绍信和工作人员有效证件办理。'
    ],
    materials: [
      { name: '居民身份证', form: ['original'], copies: 1 },
      { name: '护照或往来港澳台通行证', form: ['original'], copies: 1, note: '持有的可一并提供，便于核对记录' },
      { name: '授权委托书', form: ['original'], copies: 1, note: '委托他人查询的提交，附申请人居民身份证复印件' },
      { name: '受托人居民身份证', form: ['original'], copies: 1, note: '委托他人查询的提供' }
    ],
    steps: [
      '申请：本人通过“指尖政务厅”在线申请，或持身份证件到出入境接待大厅窗口申请',
      '核验：核验申请人身份，委托查询的核验委托材料',
      '办结：窗口当场出具加盖出入境记录查询专用章的查询结果，在线申请的可下载电子查询结果'
    ],
    legalDays: 0,
    promisedDays: 0,
    fee: { free: true },
    halls: ['H05'],
    visits: 0,
    online: true,
    bookable: true,
    keywords: ['出入境记录', '出国记录', '出境记录查询', '出入境证明', '出国证明'],
    faq: [
      {
        q: '出入境记录查询结果有什么用？',
        a: '常用于办理落户、人才认定、国外学历学位认证、签证申请等事项时，证明本人在某一时间段内的出入境情况。'
      },
      {
        q: '家人可以帮我查吗？',
        a: '可以。受托人须携带申请人签名的委托书、申请人居民身份证复印件和本人身份证件到窗口办理。'
      }
    ],
    complaint: '12367移民管理服务热线',
    appointmentFields: [
      { key: 'name', purpose: '窗口核对预约人身份' },
      { key: 'mobile', purpose: '预约变动时短信通知您' }
    ],
    applicationFields: [
      { key: 'name', purpose: '核对查询人身份信息' },
      { key: 'mobile', purpose: '短信通知查询结果' },
      { key: 'idNumber', purpose: '核验查询人身份，仅限查询本人的出入境记录' }
    ]
  }
]
