import type { z } from 'zod'
import type { serviceItemSchema } from '../../../src/domain/guides/service-item'

type ServiceItemInput = z.input<typeof serviceItemSchema>

export const ITEMS: ServiceItemInput[] = [
  {
    code: 'BDC-001',
    name: '不动产登记资料查询',
    summary: '查询本人名下房屋、土地的权属、抵押、查封等登记信息，并可出具查询结果证明。',
    field: 'real-estate',
    authority: '示范市自然资源和规划局',
    applicants: ['person', 'legal-person'],
    conditions: [
      '不动产权利人、利害关系人可以依法查询、复制不动产登记资料；权利人可以查询其不动产登记簿记载的全部信息。',
      '利害关系人查询的，应当提交买卖合同、诉讼材料等证明其与不动产存在利害关系的材料，且只能查询不动产的自然状况、权利人及不动产查封、抵押、预告登记、异议登记等状况。',
      '查询人应当说明查询目的，不得将查询获得的不动产登记资料用于其他目的。'
    ],
    materials: [
      { name: '不动产登记资料查询申请书', form: ['original', 'electronic'], copies: 1, note: '窗口可免费领取，也可在“指尖政务厅”在线填写' },
      { name: '查询人身份证明', form: ['original'], copies: 1, note: '个人提交居民身份证；单位提交营业执照等主体资格证明及经办人身份证' },
      { name: '利害关系证明材料', form: ['original', 'copy'], copies: 1, note: '利害关系人查询时提交' },
      { name: '授权委托书及受托人身份证明', form: ['original'], copies: 1, note: '委托他人代为查询时提交' }
    ],
    steps: [
      '申请：查询人通过“指尖政务厅”或到不动产登记中心窗口提交查询申请',
      '受理：窗口核验查询人身份和查询目的，符合条件的予以受理',
      '审核：登记机构检索不动产登记簿，核对查询范围',
      '办结：当场出具查询结果证明；网上申请的可下载带电子印章的查询结果'
    ],
    legalDays: 5,
    promisedDays: 0,
    fee: { free: true },
    halls: ['H04'],
    visits: 0,
    online: true,
    bookable: false,
    keywords: ['查房产', '名下房产查询', '房产证明', '无房证明', '查封查询'],
    faq: [
      {
        q: '孩子入学、贷款要用的“名下房产证明”怎么开？',
        a: '权利人本人可通过“指尖政务厅”刷脸认证后在线查询并下载查询结果证明，结果加盖电子印章，与窗口出具的纸质证明具有同等效力；也可携带身份证到不动产登记中心窗口当场打印。'
      },
      {
        q: '可以查询别人名下有几套房吗？',
        a: '不可以。按照《不动产登记资料查询暂行办法》，任何单位和个人不得查询他人名下的不动产总体情况；利害关系人只能凭证明材料查询特定不动产的部分登记信息。'
      }
    ],
    complaint: '12345政务服务便民热线',
    appointmentFields: [],
    applicationFields: [
      { key: 'name', purpose: '核对查询人身份并出具查询结果' },
      { key: 'mobile', purpose: '查询结果生成后短信通知您' },
      { key: 'idNumber', purpose: '依法核验查询人是否为不动产权利人' }
    ]
  },
  {
    code: 'BDC-002',
    name: '国有建设用地使用权及房屋所有权首次登记',
    summary: '新建房屋竣工后，由建设单位为房屋办理首次登记，是业主后续办理不动产权证的前提。',
    field: 'real-estate',
    authority: '示范市自然资源和规划局',
    applicants: ['legal-person'],
    conditions: [
      '已依法取得国有建设用地使用权并办理登记，房屋已竣工并经规划核实、竣工验收备案。',
      '房屋已完成不动产权籍调查或房产测绘，界址清楚、面积准确。',
      '申请人应当为建设用地使用权人，由其申请房屋所有权首次登记。'
    ],
    materials: [
      { name: '不动产登记申请书', form: ['original', 'electronic'], copies: 1, note: '' },
      { name: '申请人主体资格证明及经办人身份证明', form: ['original', 'copy'], copies: 1, note: '营业执照信息可通过共享获取，经办人需提交授权委托书' },
      { name: '不动产权证书（国有建设用地使用权）', form: ['original'], copies: 1, note: '' },
      { name: '建设工程符合规划的材料', form: ['copy', 'electronic'], copies: 1, note: '建设工程规划核实确认书等，能共享获取的免予提交' },
      { name: '房屋已经竣工的材料', form: ['copy', 'electronic'], copies: 1, note: '竣工验收备案表等' },
      { name: '不动产权籍调查成果或房产测绘报告', form: ['original', 'electronic'], copies: 1, note: '' }
    ],
    steps: [
      '申请：建设单位通过“指尖政务厅”或到不动产登记中心窗口提交申请',
      '受理：窗口查验申请材料，材料齐全、符合法定形式的予以受理',
      '审核：登记机构审核权属来源、规划竣工和测绘成果，必要时实地查看',
      '登簿：审核通过后记载于不动产登记簿',
      '办结：核发不动产权证书，可选择窗口领取或邮寄送达'
    ],
    legalDays: 30,
    promisedDays: 5,
    fee: {
      free: false,
      amount: '住宅类每件80元，非住宅类每件550元；每增加一本证书加收工本费10元',
      basis: '《国家发展改革委 财政部关于不动产登记收费标准等有关问题的通知》（发改价格规〔2016〕2559号）'
    },
    halls: ['H04'],
    visits: 1,
    online: true,
    bookable: true,
    keywords: ['新房大证', '首次登记', '初始登记', '开发商办证'],
    faq: [
      {
        q: '开发商没办首次登记，业主能先办房产证吗？',
        a: '不能。新建商品房需由建设单位先办理首次登记，业主才能申请转移登记、领取个人的不动产权证书。可向项目建设单位了解办理进度。'
      }
    ],
    complaint: '12345政务服务便民热线',
    appointmentFields: [
      { key: 'name', purpose: '窗口核对预约人身份' },
      { key: 'mobile', purpose: '预约变动时短信通知您' }
    ],
    applicationFields: [
      { key: 'name', purpose: '登记经办人姓名，用于受理和材料核对' },
      { key: 'mobile', purpose: '办理进度和领证通知短信告知您' }
    ]
  },
  {
    code: 'BDC-003',
    name: '国有建设用地使用权及房屋所有权转移登记（存量房买卖）',
    summary: '买卖二手房后，买卖双方申请把房屋过户到买方名下，并领取新的不动产权证书。',
    field: 'real-estate',
    authority: '示范市自然资源和规划局',
    applicants: ['person', 'legal-person'],
    conditions: [
      '房屋已办理不动产登记，权属清楚，未被查封，不存在依法不得转让的情形。',
      '买卖双方已签订存量房买卖合同，并依法申报缴纳相关税费。',
      '房屋已设立抵押的，应当先办理抵押权注销登记，或者经抵押权人同意后申请转移登记。'
    ],
    materials: [
      { name: '不动产登记申请书', form: ['original', 'electronic'], copies: 1, note: '买卖双方共同申请' },
      { name: '买卖双方身份证明', form: ['original'], copies: 1, note: '个人提交居民身份证，单位提交营业执照及经办人身份证' },
      { name: '不动产权证书', form: ['original'], copies: 1, note: '原证书由登记机构收回' },
      { name: '存量房买卖合同', form: ['original', 'electronic'], copies: 1, note: '已网签备案的可通过共享获取' },
      { name: '税费缴纳凭证', form: ['electronic'], copies: 1, note: '在“一窗受理”窗口同步申报缴纳，无需另行提交' },
      { name: '授权委托书及受托人身份证明', form: ['original'], copies: 1, note: '委托他人代办时提交，境外形成的委托书须经公证或认证' }
    ],
    steps: [
      '申请：买卖双方通过“指尖政务厅”预约，或到不动产登记中心“一窗受理”窗口共同提交申请',
      '受理：窗口核验双方身份和材料，同步办理税费申报缴纳',
      '审核：登记机构查询登记簿，核实查封、抵押等状况',
      '登簿：审核通过后记载于不动产登记簿',
      '办结：向买方核发不动产权证书，可当场领取或邮寄送达'
    ],
    legalDays: 30,
    promisedDays: 1,
    fee: {
      free: false,
      amount: '住宅类每件80元，非住宅类每件550元，由买方缴纳；每增加一本证书加收工本费10元',
      basis: '《国家发展改革委 财政部关于不动产登记收费标准等有关问题的通知》（发改价格规〔2016〕2559号）'
    },
    halls: ['H04'],
    visits: 1,
    online: true,
    bookable: true,
    keywords: ['二手房过户', '房产过户', '买房过户', '卖房', '二手房交易'],
    faq: [
      {
        q: '房子还有贷款没还清，可以过户吗？',
        a: '可以先结清贷款并办理抵押权注销登记后再过户；也可以在抵押权人（贷款银行）同意的情况下，申请“带押过户”，转移登记和抵押登记同步办理。具体以贷款银行意见为准。'
      },
      {
        q: '买卖双方都要到场吗？',
        a: '原则上买卖双方须共同申请。无法到场的，可委托他人持经公证的授权委托书代办；双方也可通过“指尖政务厅”完成人脸识别和电子签名，在线申请。'
      }
    ],
    complaint: '12345政务服务便民热线',
    appointmentFields: [
      { key: 'name', purpose: '窗口核对预约人身份' },
      { key: 'mobile', purpose: '预约变动时短信通知您' }
    ],
    applicationFields: [
      { key: 'name', purpose: '登记申请人姓名，用于受理和材料核对' },
      { key: 'mobile', purpose: '办理进度和领证通知短信告知您' },
      { key: 'idNumber', purpose: '依法核验申请人是否为不动产权利人或买受人' }
    ]
  },
  {
    code: 'BDC-004',
    name: '抵押权首次登记',
    summary: '以房屋、土地向银行等申请抵押贷款时，由抵押人和抵押权人共同申请办理抵押登记。',
    field: 'real-estate',
    authority: '示范市自然资源和规划局',
    applicants: ['person', 'legal-person'],
    conditions: [
      '抵押财产已依法办理不动产登记，权属清楚，未被查封。',
      '抵押人与抵押权人已签订抵押合同及主债权合同，并由双方共同申请登记。',
      '同一不动产上设立多个抵押权的，按照受理登记申请的先后顺序办理。'
    ],
    materials: [
      { name: '不动产登记申请书', form: ['original', 'electronic'], copies: 1, note: '抵押人和抵押权人共同申请' },
      { name: '抵押人、抵押权人身份证明', form: ['original', 'copy'], copies: 1, note: '银行等金融机构提交营业执照或金融许可证及经办人授权委托书' },
      { name: '不动产权证书', form: ['original'], copies: 1, note: '已实现电子证照共享的可免予提交' },
      { name: '抵押合同及主债权合同', form: ['original', 'electronic'], copies: 1, note: '' }
    ],
    steps: [
      '申请：抵押双方通过银行网点、“指尖政务厅”或不动产登记中心窗口提交申请',
      '受理：窗口或线上核验双方身份和材料，符合条件的予以受理',
      '审核：登记机构查询登记簿，核实抵押财产权属和查封状况',
      '登簿：审核通过后记载于不动产登记簿',
      '办结：向抵押权人核发不动产登记证明（抵押），推送电子证明'
    ],
    legalDays: 30,
    promisedDays: 1,
    fee: {
      free: false,
      amount: '住宅类每件80元，非住宅类每件550元，由抵押权人缴纳',
      basis: '《国家发展改革委 财政部关于不动产登记收费标准等有关问题的通知》（发改价格规〔2016〕2559号）'
    },
    halls: ['H04'],
    visits: 0,
    online: true,
    bookable: true,
    keywords: ['房产抵押', '抵押登记', '房屋抵押贷款', '按揭登记'],
    faq: [
      {
        q: '办了抵押登记后，我的房产证会被收走吗？',
        a: '不会。抵押登记完成后，登记机构向抵押权人（银行）核发不动产登记证明，您的不动产权证书由您本人保管，登记簿上会记载抵押信息。'
      },
      {
        q: '贷款还清后要做什么？',
        a: '贷款结清后，应与银行共同申请抵押权注销登记。目前多数银行可在网点或通过线上渠道直接提交注销申请，无需本人到不动产登记中心。'
      }
    ],
    complaint: '12345政务服务便民热线',
    appointmentFields: [
      { key: 'name', purpose: '窗口核对预约人身份' },
      { key: 'mobile', purpose: '预约变动时短信通知您' }
    ],
    applicationFields: [
      { key: 'name', purpose: '登记申请人姓名，用于受理和材料核对' },
      { key: 'mobile', purpose: '办理进度和办结通知短信告知您' },
      { key: 'idNumber', purpose: '依法核验抵押人是否为不动产权利人' }
    ]
  },
  {
    code: 'BDC-005',
    name: '不动产权证书补发、换发',
    summary: '不动产权证书遗失、灭失的申请补发，破损、污损或记载事项需更新的申请换发。',
    field: 'real-estate',
    authority: '示范市自然资源和规划局',
    applicants: ['person', 'legal-person'],
    conditions: [
      '不动产权证书遗失、灭失的，不动产权利人可以申请补发；证书破损、污损、填制错误的，可以申请换发。',
      '申请补发的，由登记机构在门户网站刊发遗失、灭失声明15个工作日后予以补发。',
      '申请换发的，应当交回原不动产权证书。'
    ],
    materials: [
      { name: '不动产登记申请书', form: ['original', 'electronic'], copies: 1, note: '' },
      { name: '权利人身份证明', form: ['original'], copies: 1, note: '共有不动产由全体共有人共同申请' },
      { name: '原不动产权证书', form: ['original'], copies: 1, note: '申请换发时提交，证书由登记机构收回' },
      { name: '授权委托书及受托人身份证明', form: ['original'], copies: 1, note: '委托他人代办时提交' }
    ],
    steps: [
      '申请：权利人通过“指尖政务厅”或到不动产登记中心窗口提交申请',
      '受理：窗口核验权利人身份和材料，符合条件的予以受理',
      '公告：申请补发的，在登记机构门户网站刊发遗失、灭失声明15个工作日',
      '审核：登记机构核对登记簿记载事项',
      '办结：核发新的不动产权证书，原证书记载的内容同时作废'
    ],
    legalDays: 30,
    promisedDays: 3,
    fee: {
      free: false,
      amount: '证书工本费每本10元',
      basis: '《国家发展改革委 财政部关于不动产登记收费标准等有关问题的通知》（发改价格规〔2016〕2559号）'
    },
    halls: ['H04'],
    visits: 1,
    online: true,
    bookable: true,
    keywords: ['房产证丢了', '补办房产证', '换房产证', '房产证遗失', '不动产证补办'],
    faq: [
      {
        q: '房产证丢了还需要登报吗？',
        a: '不需要自行登报。提交补发申请后，由登记机构在门户网站免费刊发遗失声明，公告期满15个工作日无异议即可补发。公告期不计入承诺办理时限。'
      }
    ],
    complaint: '12345政务服务便民热线',
    appointmentFields: [
      { key: 'name', purpose: '窗口核对预约人身份' },
      { key: 'mobile', purpose: '预约变动时短信通知您' }
    ],
    applicationFields: [
      { key: 'name', purpose: '登记申请人姓名，用于受理和材料核对' },
      { key: 'mobile', purpose: '办理进度和领证通知短信告知您' },
      { key: 'idNumber', purpose: '依法核验申请人是否为不动产权利人' }
    ]
  },
  {
    code: 'SW-001',
    name: '个人所得税综合所得年度汇算',
    summary: '每年3月1日至6月30日，汇总上一年度工资薪金等综合所得，多退少补个人所得税。',
    field: 'tax',
    authority: '国家税务总局示范市税务局',
    applicants: ['person'],
    conditions: [
      '上一纳税年度取得工资薪金、劳务报酬、稿酬、特许权使用费等综合所得的居民个人，已预缴税额大于年度应纳税额且申请退税的，或者综合所得收入超过12万元且需要补税金额超过400元的，应当在规定期限内办理年度汇算。',
      '年度汇算办理时间为每年3月1日至6月30日；在中国境内无住所的纳税人在3月1日前离境的，可以在离境前办理。'
    ],
    materials: [
      { name: '居民身份证或其他有效身份证件', form: ['original'], copies: 1, note: '窗口办理时提交' },
      { name: '专项附加扣除、大病医疗等扣除项目相关资料', form: ['copy', 'electronic'], copies: 1, note: '由纳税人留存备查，无需报送' },
      { name: '本人名下境内开设的银行账户信息', form: ['electronic'], copies: 1, note: '申请退税时填写，建议使用一类银行卡' }
    ],
    steps: [
      '申请：纳税人通过个人所得税App、“指尖政务厅”或到办税服务厅窗口进行年度汇算申报',
      '确认：核对系统预填的收入、已缴税额和扣除信息，补充或修正后提交',
      '审核：需要退税的，税务机关对退税申请进行审核',
      '办结：审核通过后退税款划入纳税人申报的银行账户；需要补税的，纳税人在线或到窗口缴纳'
    ],
    legalDays: 0,
    promisedDays: 0,
    fee: { free: true },
    halls: ['H01', 'H02'],
    visits: 0,
    online: true,
    bookable: true,
    keywords: ['个税退税', '个税汇算', '年度汇算', '退税', '个税补税'],
    faq: [
      {
        q: '哪些情况可以不办理年度汇算？',
        a: '已依法预缴个人所得税且符合下列情形之一的，无需办理：年度汇算需要补税但综合所得收入全年不超过12万元；年度汇算需补税金额不超过400元；已预缴税额与年度应纳税额一致；不申请退税。'
      },
      {
        q: '提交退税申请后多久能到账？',
        a: '税务机关审核通过后，退税款经国库办理退库，一般在数个工作日内到账。可在个人所得税App“申报查询”中查看退税进度；如审核发现问题会通过App告知您更正。'
      }
    ],
    complaint: '12366纳税缴费服务热线',
    appointmentFields: [
      { key: 'name', purpose: '窗口核对预约人身份' },
      { key: 'mobile', purpose: '预约变动时短信通知您' }
    ],
    applicationFields: [
      { key: 'name', purpose: '确认纳税人姓名，用于汇算申报' },
      { key: 'mobile', purpose: '退税、补税审核结果短信通知您' },
      { key: 'idNumber', purpose: '核验纳税人身份，即个人纳税人识别号' }
    ]
  },
  {
    code: 'SW-002',
    name: '契税申报',
    summary: '购买房屋、受让土地使用权等承受不动产权属时，在办理不动产登记前申报缴纳契税。',
    field: 'tax',
    authority: '国家税务总局示范市税务局',
    applicants: ['person', 'legal-person'],
    conditions: [
      '在本市境内承受土地、房屋权属转移的单位和个人，为契税纳税人。',
      '纳税人应当在依法办理土地、房屋权属登记手续前申报缴纳契税。',
      '符合家庭首套、第二套住房契税优惠条件的，可以在申报时享受相应优惠。'
    ],
    materials: [
      { name: '纳税人身份证件', form: ['original'], copies: 1, note: '个人提交居民身份证，单位提交经办人身份证件' },
      { name: '土地、房屋权属转移合同或具有合同性质的凭证', form: ['original', 'copy'], copies: 1, note: '已网签备案的可通过共享获取' },
      { name: '交易价格相关凭证', form: ['copy', 'electronic'], copies: 1, note: '如购房发票、成交确认书等' },
      { name: '享受契税优惠的相关材料', form: ['original', 'copy'], copies: 1, note: '申请享受住房优惠的，按要求作出家庭住房情况承诺或提交相关证明' }
    ],
    steps: [
      '申请：纳税人通过“指尖政务厅”、浙江省电子税务局或到办税服务厅窗口申报',
      '受理：税务机关核对权属转移合同、计税价格及优惠资格',
      '缴税：纳税人通过银行卡、扫码等方式缴纳税款',
      '办结：出具完税凭证，完税信息同步推送至不动产登记机构'
    ],
    legalDays: 0,
    promisedDays: 0,
    fee: { free: true },
    halls: ['H01', 'H02'],
    visits: 0,
    online: true,
    bookable: true,
    keywords: ['买房交税', '契税', '购房契税', '房屋契税优惠'],
    faq: [
      {
        q: '买房的契税税率是多少？',
        a: '本省契税适用税率为3%。个人购买家庭唯一住房或家庭第二套住房，面积为140平方米及以下的减按1%征收，面积为140平方米以上的，唯一住房减按1.5%、第二套住房减按2%征收。'
      },
      {
        q: '契税可以晚一点交吗？',
        a: '契税的纳税义务自签订权属转移合同之日起发生，须在办理不动产权属登记前申报缴纳。未缴纳契税的，不动产登记机构不予办理转移登记。'
      }
    ],
    complaint: '12366纳税缴费服务热线',
    appointmentFields: [
      { key: 'name', purpose: '窗口核对预约人身份' },
      { key: 'mobile', purpose: '预约变动时短信通知您' }
    ],
    applicationFields: [
      { key: 'name', purpose: '确认纳税人姓名，用于契税申报' },
      { key: 'mobile', purpose: '申报结果和缴税提醒短信通知您' },
      { key: 'idNumber', purpose: '核验纳税人身份，即个人纳税人识别号' }
    ]
  },
  {
    code: 'SW-003',
    name: '发票领用',
    summary: '已办理涉税信息确认的企业和个体工商户，按核定的票种和数量领用纸质发票。',
    field: 'tax',
    authority: '国家税务总局示范市税务局',
    applicants: ['legal-person'],
    conditions: [
      '纳税人已完成新办纳税人涉税信息确认，并已核定发票票种、领用数量和最高开票限额。',
      '纳税人无欠税、未按期申报等需先行处理的情形；已使用的发票已按规定验旧。'
    ],
    materials: [
      { name: '经办人身份证件', form: ['original'], copies: 1, note: '经办人须已在电子税务局完成实名采集' },
      { name: '税务UKey或其他税控设备', form: ['original'], copies: 1, note: '领用纸质增值税发票时携带，首次领用时可免费领取税务UKey' }
    ],
    steps: [
      '申请：纳税人通过浙江省电子税务局、“指尖政务厅”或到办税服务厅窗口、自助终端申请领用',
      '受理：系统校验票种核定、验旧和申报缴税情况',
      '发放：窗口或自助终端当场发放；线上申请的可选择邮寄送达',
      '办结：发票信息写入税控设备，纳税人核对发票号码后使用'
    ],
    legalDays: 0,
    promisedDays: 0,
    fee: { free: true },
    halls: ['H01', 'H03'],
    visits: 0,
    online: true,
    bookable: false,
    keywords: ['领发票', '申领发票', '发票邮寄', '开发票'],
    faq: [
      {
        q: '已经在用数电发票了，还需要领纸质发票吗？',
        a: '数电发票（全面数字化的电子发票）无需领用，纳税人在授信额度内可直接开具。只有确需开具纸质发票时，才需按本事项领用。'
      }
    ],
    complaint: '12366纳税缴费服务热线',
    appointmentFields: [],
    applicationFields: [
      { key: 'name', purpose: '确认领票经办人姓名' },
      { key: 'mobile', purpose: '发票发放或寄出后短信通知您' }
    ]
  },
  {
    code: 'SW-004',
    name: '个体工商户定期定额核定',
    summary: '对生产经营规模小、达不到建账标准的个体工商户，核定每月应纳税的经营额和税额。',
    field: 'tax',
    authority: '国家税务总局示范市税务局',
    applicants: ['person', 'legal-person'],
    conditions: [
      '经主管税务机关认定和县以上税务机关批准，生产经营规模小、达不到《个体工商户建账管理暂行办法》规定设置账簿标准的个体工商户，可以实行定期定额征收。',
      '定额核定经纳税人自行申报、税务机关核定和公示后执行；纳税人对核定结果有异议的，可以在接到通知后向税务机关提出。'
    ],
    materials: [
      { name: '个体工商户定额信息采集表', form: ['original', 'electronic'], copies: 1, note: '如实填报经营地点、面积、设备、从业人数和月经营额等' },
      { name: '经营者或经办人身份证件', form: ['original'], copies: 1, note: '' },
      { name: '经营场所租赁合同', form: ['copy'], copies: 1, note: '税务机关核定需要时提供' }
    ],
    steps: [
      '申请：个体工商户通过“指尖政务厅”或到办税服务厅窗口填报定额信息',
      '受理：税务机关核对申报信息，必要时进行实地调查',
      '核定：税务机关参照同行业、同区域经营情况核定定额，并进行公示',
      '办结：向纳税人送达《核定定额通知书》，按核定定额申报缴税'
    ],
    legalDays: 20,
    promisedDays: 10,
    fee: { free: true },
    halls: ['H02', 'H03'],
    visits: 1,
    online: true,
    bookable: true,
    keywords: ['定额', '个体户交税', '定期定额', '核定税额'],
    faq: [
      {
        q: '生意变好或变差了，定额能调整吗？',
        a: '可以。定期定额户的经营额、所得额与核定定额相差较大的，应当及时向主管税务机关申报，提请重新核定定额；经营地点、规模等发生变化的，也可以申请调整。'
      },
      {
        q: '定额户每个月都要交税吗？',
        a: '不一定。目前增值税小规模纳税人月销售额未超过10万元的免征增值税；核定的月经营额未超过免征标准的，无需缴纳增值税，但仍应按期申报。'
      }
    ],
    complaint: '12366纳税缴费服务热线',
    appointmentFields: [
      { key: 'name', purpose: '窗口核对预约人身份' },
      { key: 'mobile', purpose: '预约变动时短信通知您' }
    ],
    applicationFields: [
      { key: 'name', purpose: '确认经营者或经办人姓名' },
      { key: 'mobile', purpose: '实地调查和核定结果短信通知您' }
    ]
  },
  {
    code: 'SW-005',
    name: '开具个人所得税纳税记录',
    summary: '开具本人已缴纳个人所得税的记录，用于购房、落户、签证等需要证明纳税情况的场合。',
    field: 'tax',
    authority: '国家税务总局示范市税务局',
    applicants: ['person'],
    conditions: [
      '纳税人可以申请开具本人2019年1月1日以后的个人所得税纳税记录。',
      '委托他人代为开具的，受托人应当提交授权委托书及双方身份证件。'
    ],
    materials: [
      { name: '纳税人身份证件', form: ['original'], copies: 1, note: '窗口办理时提交；线上办理经实名认证后无需提交' },
      { name: '授权委托书及受托人身份证件', form: ['original'], copies: 1, note: '委托他人代为开具时提交' }
    ],
    steps: [
      '申请：纳税人通过个人所得税App、“指尖政务厅”或到办税服务厅窗口申请',
      '选择：选择需要开具的所属期间',
      '办结：系统即时生成带有防伪校验码的纳税记录，可下载或当场打印'
    ],
    legalDays: 0,
    promisedDays: 0,
    fee: { free: true },
    halls: ['H01', 'H02'],
    visits: 0,
    online: true,
    bookable: false,
    keywords: ['个税证明', '纳税证明', '个税记录', '完税证明', '买房纳税证明'],
    faq: [
      {
        q: '网上开的纳税记录，单位或银行认不认？',
        a: '认。个人所得税纳税记录带有防伪校验码，使用单位可通过个人所得税App或国家税务总局浙江省电子税务局查验真伪，与窗口打印的纳税记录效力相同。'
      },
      {
        q: '需要2019年以前的完税情况怎么办？',
        a: '2019年1月1日以前缴纳的个人所得税，可以持身份证件到办税服务厅申请开具税收完税证明。'
      }
    ],
    complaint: '12366纳税缴费服务热线',
    appointmentFields: [],
    applicationFields: [
      { key: 'name', purpose: '确认纳税人姓名，用于开具纳税记录' },
      { key: 'mobile', purpose: '纳税记录生成后短信通知您' },
      { key: 'idNumber', purpose: '核验纳税人身份，即个人纳税人识别号' }
    ]
  },
  {
    code: 'SC-001',
    name: '个体工商户设立登记',
    summary: '个人开店、开办小作坊等从事经营活动的，申请登记为个体工商户并领取营业执照。',
    field: 'market-entity',
    authority: '示范市市场监督管理局',
    applicants: ['person'],
    conditions: [
      '有经营能力的自然人可以申请登记为个体工商户；个体工商户可以个人经营，也可以家庭经营。',
      '有固定的经营场所，经营范围不属于法律、行政法规禁止从事的范围。',
      '从事依法须经批准的经营项目的，应当在领取营业执照后依法取得相关许可后方可经营。'
    ],
    materials: [
      { name: '个体工商户登记（备案）申请书', form: ['original', 'electronic'], copies: 1, note: '可在“指尖政务厅”在线填写并电子签名' },
      { name: '经营者身份证明', form: ['original'], copies: 1, note: '家庭经营的，还需提交参与经营家庭成员的身份证明和家庭关系证明' },
      { name: '经营场所使用相关文件', form: ['copy', 'electronic'], copies: 1, note: '可提交产权证明、租赁合同等；实行住所（经营场所）申报承诺制的，填写承诺内容即可' },
      { name: '委托代理人证明及其身份证明', form: ['original'], copies: 1, note: '委托他人代办时提交' }
    ],
    steps: [
      '申请：经营者通过“指尖政务厅”或到政务服务中心市场监管窗口提交申请，完成实名认证',
      '受理：登记机关核对申请材料，材料齐全、符合法定形式的予以受理',
      '审核：登记机关对名称、经营范围、经营场所等登记事项进行审查',
      '办结：予以登记并发放营业执照，可同步领取电子营业执照，纸质执照可窗口领取或邮寄'
    ],
    legalDays: 3,
    promisedDays: 1,
    fee: { free: true },
    halls: ['H02', 'H03'],
    visits: 0,
    online: true,
    bookable: true,
    keywords: ['营业执照', '开店', '办个体户', '个体执照', '摆摊执照', '开网店'],
    faq: [
      {
        q: '开店办营业执照要多久？要花钱吗？',
        a: '材料齐全、符合法定形式的，一般当场或1个工作日内办结，营业执照免费发放。通过“指尖政务厅”线上申请的，可领取电子营业执照，纸质执照可免费邮寄到家。'
      },
      {
        q: '开网店需要办营业执照吗？',
        a: '网络经营者原则上应当办理市场主体登记。个人从事便民劳务活动、零星小额交易活动等依法不需要办理登记的除外，具体可咨询登记窗口。以网络经营场所登记的，经营场所填写网店网址。'
      }
    ],
    complaint: '12345政务服务便民热线',
    appointmentFields: [
      { key: 'name', purpose: '窗口核对预约人身份' },
      { key: 'mobile', purpose: '预约变动时短信通知您' }
    ],
    applicationFields: [
      { key: 'name', purpose: '登记经营者姓名，用于营业执照记载' },
      { key: 'mobile', purpose: '审核结果和领照通知短信告知您' },
      { key: 'idNumber', purpose: '依法实行实名登记，核验经营者身份' }
    ]
  },
  {
    code: 'SC-002',
    name: '有限责任公司设立登记',
    summary: '投资人新开办有限责任公司，申请设立登记并领取营业执照，可同步办理公章刻制、涉税事项。',
    field: 'market-entity',
    authority: '示范市市场监督管理局',
    applicants: ['person', 'legal-person'],
    conditions: [
      '股东符合法定人数，全体股东认缴的出资额自公司成立之日起五年内缴足。',
      '有依法制定的公司章程，有符合规定的公司名称和组织机构，有公司住所。',
      '法定代表人、董事、监事、高级管理人员不存在《中华人民共和国公司法》规定的不得担任的情形。'
    ],
    materials: [
      { name: '公司登记（备案）申请书', form: ['original', 'electronic'], copies: 1, note: '' },
      { name: '公司章程', form: ['original', 'electronic'], copies: 1, note: '由全体股东签署，可使用标准化章程模板' },
      { name: '股东主体资格证明或自然人身份证明', form: ['copy', 'electronic'], copies: 1, note: '' },
      { name: '法定代表人、董事、监事、高级管理人员的任职文件及身份证明', form: ['copy', 'electronic'], copies: 1, note: '' },
      { name: '住所使用相关文件', form: ['copy', 'electronic'], copies: 1, note: '实行住所申报承诺制的，填写承诺内容即可' },
      { name: '委托代理人证明及其身份证明', form: ['original'], copies: 1, note: '委托他人代办时提交' }
    ],
    steps: [
      '申请：申请人通过“指尖政务厅”企业开办专区或到政务服务中心窗口提交申请，相关人员完成实名认证和电子签名',
      '受理：登记机关核对申请材料，材料齐全、符合法定形式的予以受理',
      '审核：登记机关对名称、住所、注册资本、经营范围等登记事项进行审查',
      '办结：予以登记并发放营业执照，同步可办理公章刻制、发票申领和员工参保登记'
    ],
    legalDays: 3,
    promisedDays: 1,
    fee: { free: true },
    halls: ['H01', 'H02'],
    visits: 0,
    online: true,
    bookable: true,
    keywords: ['注册公司', '开公司', '公司执照', '企业开办', '营业执照'],
    faq: [
      {
        q: '注册资本是不是越高越好？',
        a: '不是。根据2024年7月1日起施行的《中华人民共和国公司法》，有限责任公司全体股东认缴的出资额应当自公司成立之日起五年内缴足，股东以认缴出资额为限对公司承担责任。请结合实际经营需要合理确定注册资本。'
      },
      {
        q: '开办公司还需要跑几个部门？',
        a: '不需要分头跑。通过企业开办“一件事”，营业执照、公章刻制、发票申领、员工参保登记和住房公积金缴存登记可一次申请、一日办结，公章和执照可免费邮寄。'
      }
    ],
    complaint: '12345政务服务便民热线',
    appointmentFields: [
      { key: 'name', purpose: '窗口核对预约人身份' },
      { key: 'mobile', purpose: '预约变动时短信通知您' }
    ],
    applicationFields: [
      { key: 'name', purpose: '登记申请人或经办人姓名' },
      { key: 'mobile', purpose: '审核结果和领照通知短信告知您' },
      { key: 'idNumber', purpose: '依法实行实名登记，核验申请人身份' }
    ]
  },
  {
    code: 'SC-003',
    name: '营业执照遗失补领',
    summary: '营业执照遗失或者毁坏的，在公示系统声明作废后，申请补领营业执照。',
    field: 'market-entity',
    authority: '示范市市场监督管理局',
    applicants: ['person', 'legal-person'],
    conditions: [
      '营业执照遗失或者毁坏的，市场主体应当通过国家企业信用信息公示系统声明作废后，申请补领。',
      '营业执照毁坏的，申请补领时应当交回毁坏的营业执照。'
    ],
    materials: [
      { name: '营业执照补领申请书', form: ['original', 'electronic'], copies: 1, note: '' },
      { name: '毁坏的营业执照正本、副本', form: ['original'], copies: 1, note: '营业执照毁坏的提交' },
      { name: '委托代理人证明及其身份证明', form: ['original'], copies: 1, note: '委托他人代办时提交' }
    ],
    steps: [
      '声明：市场主体通过国家企业信用信息公示系统免费发布营业执照遗失或毁坏作废声明',
      '申请：通过“指尖政务厅”或到政务服务中心市场监管窗口提交补领申请',
      '审核：登记机关核对作废声明和申请信息',
      '办结：补发营业执照，纸质执照可窗口领取或邮寄送达'
    ],
    legalDays: 3,
    promisedDays: 1,
    fee: { free: true },
    halls: ['H01', 'H03'],
    visits: 0,
    online: true,
    bookable: false,
    keywords: ['营业执照丢了', '补办营业执照', '执照遗失', '执照补办'],
    faq: [
      {
        q: '营业执照丢了还要登报声明吗？',
        a: '不需要登报。通过国家企业信用信息公示系统发布作废声明即可，该声明免费。临时需要使用营业执照的，可以先使用电子营业执照，与纸质营业执照具有同等法律效力。'
      }
    ],
    complaint: '12345政务服务便民热线',
    appointmentFields: [],
    applicationFields: [
      { key: 'name', purpose: '登记申请人或经办人姓名' },
      { key: 'mobile', purpose: '补领执照办结后短信通知您' }
    ]
  },
  {
    code: 'SC-004',
    name: '食品经营许可',
    summary: '开餐馆、奶茶店或销售散装食品等从事食品经营活动的，申请取得食品经营许可证。',
    field: 'market-entity',
    authority: '示范市市场监督管理局',
    applicants: ['person', 'legal-person'],
    conditions: [
      '申请人已取得营业执照等合法主体资格，拟从事食品销售、餐饮服务等食品经营活动。',
      '具有与经营的食品品种、数量相适应的经营场所和设备设施，并与有毒、有害场所以及其他污染源保持规定的距离。',
      '有专职或者兼职的食品安全管理人员和保证食品安全的规章制度。',
      '仅销售预包装食品的，无需申请许可，办理备案即可。'
    ],
    materials: [
      { name: '食品经营许可申请书', form: ['original', 'electronic'], copies: 1, note: '' },
      { name: '与食品经营相适应的主要设备设施、经营布局、操作流程等文件', form: ['copy', 'electronic'], copies: 1, note: '含经营场所平面布局图' },
      { name: '食品安全自查、从业人员健康管理、进货查验记录、食品安全事故处置等保证食品安全的规章制度目录清单', form: ['copy', 'electronic'], copies: 1, note: '' },
      { name: '委托代理人证明及其身份证明', form: ['original'], copies: 1, note: '委托他人代办时提交' }
    ],
    steps: [
      '申请：申请人通过“指尖政务厅”或到政务服务中心市场监管窗口提交申请',
      '受理：市场监管部门核对申请材料，材料齐全、符合法定形式的予以受理',
      '核查：根据需要对经营场所进行现场核查',
      '决定：符合条件的作出准予许可决定',
      '办结：颁发食品经营许可证，可同步领取电子证书'
    ],
    legalDays: 10,
    promisedDays: 5,
    fee: { free: true },
    halls: ['H02', 'H03'],
    visits: 1,
    online: true,
    bookable: true,
    keywords: ['食品经营许可证', '开饭店', '开奶茶店', '餐饮许可', '食品许可证'],
    faq: [
      {
        q: '开小超市只卖包装好的零食饮料，需要办许可证吗？',
        a: '仅销售预包装食品的，不需要申请食品经营许可，向所在地市场监管部门办理备案即可，可通过“指尖政务厅”在线提交。如同时销售散装食品、现制现售饮品等，则需要申请许可。'
      },
      {
        q: '食品经营许可证有效期多久？',
        a: '食品经营许可证有效期为5年。需要延续的，应当在有效期届满前90个工作日至15个工作日期间向原发证机关提出延续申请。'
      }
    ],
    complaint: '12345政务服务便民热线',
    appointmentFields: [
      { key: 'name', purpose: '窗口核对预约人身份' },
      { key: 'mobile', purpose: '预约变动时短信通知您' }
    ],
    applicationFields: [
      { key: 'name', purpose: '登记申请人或经办人姓名' },
      { key: 'mobile', purpose: '现场核查安排和审批结果短信通知您' }
    ]
  },
  {
    code: 'SC-005',
    name: '企业注销登记',
    summary: '企业决定解散、停止经营的，完成清算后申请注销登记，符合条件的可适用简易注销。',
    field: 'market-entity',
    authority: '示范市市场监督管理局',
    applicants: ['legal-person'],
    conditions: [
      '企业因解散、被宣告破产或者其他法定事由需要终止的，应当依法组织清算，清算结束后申请注销登记。',
      '一般注销应当通过国家企业信用信息公示系统发布债权人公告，公告期45日；未发生或者已清偿完毕债权债务的，经全体投资人承诺，可以按照简易程序办理注销登记，公告期20日。',
      '企业应当先依法结清应缴税款、社会保险费等；存在被查封、冻结、立案调查等情形的，不得适用简易注销。'
    ],
    materials: [
      { name: '注销登记申请书', form: ['original', 'electronic'], copies: 1, note: '' },
      { name: '依法作出解散的决议或者决定', form: ['original', 'electronic'], copies: 1, note: '适用一般注销程序时提交' },
      { name: '经确认的清算报告', form: ['original', 'electronic'], copies: 1, note: '适用一般注销程序时提交' },
      { name: '全体投资人承诺书', form: ['original', 'electronic'], copies: 1, note: '适用简易注销程序时提交' },
      { name: '清税证明', form: ['electronic'], copies: 1, note: '通过部门信息共享获取的免予提交' }
    ],
    steps: [
      '申请：企业通过“指尖政务厅”企业注销专区或到政务服务中心窗口提交注销申请',
      '公告：通过国家企业信用信息公示系统发布债权人公告或简易注销公告',
      '受理：公告期满后，登记机关核对申请材料，材料齐全、符合法定形式的予以受理',
      '审核：登记机关审查清算、清税等情况',
      '办结：准予注销登记，企业主体资格终止，营业执照同时缴回'
    ],
    legalDays: 3,
    promisedDays: 1,
    fee: { free: true },
    halls: ['H01', 'H02'],
    visits: 0,
    online: true,
    bookable: true,
    keywords: ['公司注销', '注销执照', '关闭公司', '简易注销'],
    faq: [
      {
        q: '什么样的企业可以走简易注销？',
        a: '未发生债权债务或者已将债权债务清偿完结，未发生或者已结清清偿费用、职工工资、社会保险费用、法定补偿金、应缴纳税款，并由全体投资人书面承诺对上述情况的真实性承担法律责任的企业，可以申请简易注销登记。'
      },
      {
        q: '个体工商户注销也在这里办吗？',
        a: '个体工商户注销程序更简便，无需清算公告，结清税款后可直接申请注销登记，也可在“指尖政务厅”或政务服务中心市场监管窗口办理。'
      }
    ],
    complaint: '12345政务服务便民热线',
    appointmentFields: [
      { key: 'name', purpose: '窗口核对预约人身份' },
      { key: 'mobile', purpose: '预约变动时短信通知您' }
    ],
    applicationFields: [
      { key: 'name', purpose: '登记申请人或经办人姓名' },
      { key: 'mobile', purpose: '公告期满提醒和审核结果短信通知您' },
      { key: 'idNumber', purpose: '依法实行实名登记，核验申请人身份' }
    ]
  },
  {
    code: 'SC-006',
    name: '市场主体变更登记',
    summary: '企业或个体工商户的名称、住所、经营范围、法定代表人等登记事项发生变化时申请变更登记。',
    field: 'market-entity',
    authority: '示范市市场监督管理局',
    applicants: ['person', 'legal-person'],
    conditions: [
      '市场主体变更登记事项的，应当自作出变更决议、决定或者法定变更事项发生之日起30日内申请变更登记。',
      '变更事项依法须经批准的，应当在批准后申请变更登记；变更后的名称、住所、经营范围等应当符合有关规定。'
    ],
    materials: [
      { name: '变更登记申请书', form: ['original', 'electronic'], copies: 1, note: '' },
      { name: '依法作出的变更决议或者决定', form: ['original', 'electronic'], copies: 1, note: '个体工商户免予提交' },
      { name: '章程修正案或修改后的章程', form: ['original', 'electronic'], copies: 1, note: '变更事项涉及章程修改的提交' },
      { name: '与变更事项相关的证明文件', form: ['copy', 'electronic'], copies: 1, note: '如新住所使用相关文件、新任法定代表人任职文件等' },
      { name: '营业执照正本、副本', form: ['original'], copies: 1, note: '变更营业执照记载事项的，换发新执照' }
    ],
    steps: [
      '申请：市场主体通过“指尖政务厅”或到政务服务中心市场监管窗口提交变更申请',
      '受理：登记机关核对申请材料，材料齐全、符合法定形式的予以受理',
      '审核：登记机关对变更事项进行审查',
      '办结：准予变更登记，涉及营业执照记载事项的换发营业执照'
    ],
    legalDays: 3,
    promisedDays: 1,
    fee: { free: true },
    halls: ['H01', 'H03'],
    visits: 0,
    online: true,
    bookable: true,
    keywords: ['执照变更', '公司改名', '变更地址', '换法人', '增加经营范围'],
    faq: [
      {
        q: '公司搬家了，一定要办变更吗？',
        a: '需要。公司住所变更的，应当在30日内申请变更登记；迁出本市登记机关管辖范围的，应当向迁入地登记机关申请。逾期不办理的，可能被责令改正或列入经营异常名录。'
      }
    ],
    complaint: '12345政务服务便民热线',
    appointmentFields: [
      { key: 'name', purpose: '窗口核对预约人身份' },
      { key: 'mobile', purpose: '预约变动时短信通知您' }
    ],
    applicationFields: [
      { key: 'name', purpose: '登记申请人或经办人姓名' },
      { key: 'mobile', purpose: '审核结果和换照通知短信告知您' },
      { key: 'idNumber', purpose: '依法实行实名登记，核验申请人身份' }
    ]
  }
]
