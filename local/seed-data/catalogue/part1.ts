import type { z } from 'zod'
import type { serviceItemSchema } from '../../../src/domain/guides/service-item'

type ServiceItemInput = z.input<typeof serviceItemSchema>

export const ITEMS: ServiceItemInput[] = [
  {
    code: 'SB-001',
    name: '社会保障卡申领',
    summary: '首次办理社会保障卡（含电子社保卡），用于就医结算、社保待遇领取和各类社保业务办理。',
    field: 'social-security',
    authority: '示范市人力资源和社会保障局',
    applicants: ['person'],
    conditions: [
      '在本市参加社会保险或在本市居住的人员，未持有有效社会保障卡的，可申请首次申领社会保障卡。',
      '未满16周岁的未成年人由其监护人代为申请。'
    ],
    materials: [
      { name: '居民身份证', form: ['original', 'electronic'], copies: 1, note: '未成年人可提供居民户口簿，并提供监护人居民身份证' },
      { name: '近期免冠彩色证件照', form: ['electronic'], copies: 1, note: '白色背景；窗口申领的可现场免费拍摄' },
      { name: '代办人居民身份证', form: ['original'], copies: 1, note: '委托他人代办时提供' }
    ],
    steps: [
      '申请：申请人通过“指尖政务厅”提交申领信息并选择邮寄或网点领取，或携带材料到窗口申请',
      '受理：窗口工作人员核验身份信息和照片，选择社会保障卡合作银行',
      '制卡：即时制卡网点当场制卡，其他申请统一制卡后送达领卡网点或邮寄',
      '办结：申请人领卡后设置密码并启用，可同步申领电子社保卡'
    ],
    legalDays: 20,
    promisedDays: 5,
    fee: { free: true },
    halls: ['H01', 'H02'],
    visits: 1,
    online: true,
    bookable: true,
    keywords: ['办社保卡', '社保卡怎么办', '新办社保卡', '电子社保卡', '市民卡'],
    faq: [
      {
        q: '社保卡可以当天拿到吗？',
        a: '到设有即时制卡服务的窗口办理，核验身份并拍照后一般可当场领卡；通过“指尖政务厅”线上申领的，制卡完成后按您选择的方式邮寄或到网点领取。'
      },
      {
        q: '给孩子办社保卡需要本人到场吗？',
        a: '未满16周岁的未成年人可由监护人携带孩子的居民户口簿（或居民身份证）和监护人本人居民身份证代为办理，孩子可不到场，照片可线上上传。'
      }
    ],
    complaint: '12333人力资源和社会保障服务热线',
    appointmentFields: [
      { key: 'name', purpose: '窗口核对预约人身份' },
      { key: 'mobile', purpose: '预约变动时短信通知您' }
    ],
    applicationFields: [
      { key: 'name', purpose: '核对持卡人姓名并印制在卡面' },
      { key: 'mobile', purpose: '制卡进度和领卡通知短信发送给您' },
      { key: 'idNumber', purpose: '社会保障卡实行实名制，须核验持卡人身份' }
    ]
  },
  {
    code: 'SB-002',
    name: '社会保障卡补换',
    summary: '社会保障卡丢失、损坏、到期或个人信息变更时，申请补办或更换新卡。',
    field: 'social-security',
    authority: '示范市人力资源和社会保障局',
    applicants: ['person'],
    conditions: [
      '社会保障卡丢失的，应先办理挂失，再申请补卡。',
      '社会保障卡损坏、有效期满或持卡人姓名、居民身份证号码等信息变更的，可申请换卡。'
    ],
    materials: [
      { name: '居民身份证', form: ['original', 'electronic'], copies: 1 },
      { name: '原社会保障卡', form: ['original'], copies: 1, note: '换卡时提供；丢失补卡的无需提供' },
      { name: '近期免冠彩色证件照', form: ['electronic'], copies: 1, note: '白色背景；窗口办理的可现场免费拍摄' }
    ],
    steps: [
      '挂失：卡片丢失的，通过“指尖政务厅”、12333热线或合作银行网点办理挂失',
      '申请：申请人通过“指尖政务厅”或到窗口提交补换卡申请',
      '受理：窗口工作人员核验身份，注销原卡社保功能',
      '制卡：即时制卡网点当场制卡，其他申请统一制卡后送达领卡网点或邮寄',
      '办结：申请人领取新卡并启用，到合作银行激活金融功能'
    ],
    legalDays: 20,
    promisedDays: 5,
    fee: { free: true },
    halls: ['H01', 'H03'],
    visits: 1,
    online: true,
    bookable: true,
    keywords: ['社保卡丢了', '社保卡补办', '社保卡挂失', '换社保卡', '社保卡坏了'],
    faq: [
      {
        q: '社保卡丢了，挂失后卡里的钱会不会丢？',
        a: '挂失后原卡的社保功能和金融功能即停止使用，医保个人账户等资金不受影响，补领新卡后自动转入新卡使用。银行账户内的资金请到合作银行办理相关手续。'
      },
      {
        q: '补卡期间看病怎么办？',
        a: '补卡期间可以在“指尖政务厅”或国家医保服务平台App申领并使用电子社保卡或医保电子凭证，在定点医疗机构和药店扫码结算。'
      }
    ],
    complaint: '12333人力资源和社会保障服务热线',
    appointmentFields: [
      { key: 'name', purpose: '窗口核对预约人身份' },
      { key: 'mobile', purpose: '预约变动时短信通知您' }
    ],
    applicationFields: [
      { key: 'name', purpose: '核对持卡人姓名并印制在卡面' },
      { key: 'mobile', purpose: '制卡进度和领卡通知短信发送给您' },
      { key: 'idNumber', purpose: '社会保障卡实行实名制，补换卡须核验持卡人身份' }
    ]
  },
  {
    code: 'SB-003',
    name: '城乡居民基本养老保险参保登记',
    summary: '没有参加职工养老保险的城乡居民，到户籍地办理城乡居民基本养老保险参保手续。',
    field: 'social-security',
    authority: '示范市人力资源和社会保障局',
    applicants: ['person'],
    conditions: [
      '年满16周岁（不含在校学生），非国家机关和事业单位工作人员，且不属于职工基本养老保险制度覆盖范围的城乡居民，可在户籍地申请参加城乡居民基本养老保险。',
      '已参加职工基本养老保险的人员不得重复参保。'
    ],
    materials: [
      { name: '居民身份证或居民户口簿', form: ['original', 'electronic'], copies: 1 },
      { name: '城乡居民基本养老保险参保登记表', form: ['original'], copies: 1, note: '窗口免费提供，线上办理无需提供' }
    ],
    steps: [
      '申请：申请人通过“指尖政务厅”或到户籍地窗口提交参保申请',
      '受理：窗口工作人员核验身份信息，比对是否已参加其他基本养老保险',
      '审核：符合条件的当场办理参保登记',
      '办结：参保成功后，参保人按年选择缴费档次并缴纳养老保险费'
    ],
    legalDays: 5,
    promisedDays: 0,
    fee: { free: true },
    halls: ['H02', 'H03'],
    visits: 0,
    online: true,
    bookable: false,
    keywords: ['农村养老保险', '居民养老保险', '城乡养老', '养老保险参保', '交养老保险'],
    faq: [
      {
        q: '城乡居民养老保险每年交多少钱？',
        a: '城乡居民基本养老保险按年缴费，设有多个缴费档次，由参保人自主选择，多缴多得。各档次标准和政府补贴以本市当年公布的标准为准，可在“指尖政务厅”查询。'
      },
      {
        q: '外地户口可以在本市参加城乡居民养老保险吗？',
        a: '城乡居民基本养老保险原则上在户籍地参保。外地户籍人员在本市就业的，可以按规定参加职工基本养老保险。'
      }
    ],
    complaint: '12333人力资源和社会保障服务热线',
    appointmentFields: [],
    applicationFields: [
      { key: 'name', purpose: '核对参保人身份信息' },
      { key: 'mobile', purpose: '参保结果和缴费提醒短信通知您' },
      { key: 'idNumber', purpose: '社会保险参保登记须依法核验参保人身份' }
    ]
  },
  {
    code: 'SB-004',
    name: '失业保险金申领',
    summary: '参加失业保险的人员非因本人意愿失业后，申请按月领取失业保险金。',
    field: 'social-security',
    authority: '示范市人力资源和社会保障局',
    applicants: ['person'],
    conditions: [
      '失业前用人单位和本人已经缴纳失业保险费满一年。',
      '非因本人意愿中断就业。',
      '已经进行失业登记，并有求职要求。'
    ],
    materials: [
      { name: '居民身份证或社会保障卡', form: ['original', 'electronic'], copies: 1 }
    ],
    steps: [
      '申请：申请人通过“指尖政务厅”或到窗口办理失业登记并提交失业保险金申领申请',
      '受理：经办机构核对参保缴费记录和劳动关系解除信息',
      '审核：经办机构对申领资格进行审核认定，核定领取期限和标准',
      '办结：审核通过的按月发放失业保险金至本人社会保障卡银行账户'
    ],
    legalDays: 10,
    promisedDays: 3,
    fee: { free: true },
    halls: ['H01', 'H02'],
    visits: 0,
    online: true,
    bookable: true,
    keywords: ['失业金', '领失业金', '失业保险金', '被辞退', '失业补助'],
    faq: [
      {
        q: '失业保险金最长能领多久？',
        a: '失业前用人单位和本人累计缴费满1年不足5年的，最长领取12个月；满5年不足10年的，最长领取18个月；10年以上的，最长领取24个月。'
      },
      {
        q: '领取失业保险金期间还需要自己交医保吗？',
        a: '不需要。领取失业保险金期间，应当缴纳的职工基本医疗保险费从失业保险基金中支付，个人不缴纳。重新就业、应征服兵役、移居境外或享受基本养老保险待遇的，停止领取失业保险金。'
      }
    ],
    complaint: '12333人力资源和社会保障服务热线',
    appointmentFields: [
      { key: 'name', purpose: '窗口核对预约人身份' },
      { key: 'mobile', purpose: '预约变动时短信通知您' }
    ],
    applicationFields: [
      { key: 'name', purpose: '核对申领人身份信息' },
      { key: 'mobile', purpose: '审核结果和发放情况短信通知您' },
      { key: 'idNumber', purpose: '领取社会保险待遇须依法核验申领人身份' }
    ]
  },
  {
    code: 'SB-005',
    name: '社会保险个人权益记录查询打印',
    summary: '查询本人社会保险参保缴费记录，打印参保证明或个人权益记录单，用于购房、落户、入学等。',
    field: 'social-security',
    authority: '示范市人力资源和社会保障局',
    applicants: ['person'],
    conditions: [
      '在本市参加社会保险的人员，可查询打印本人社会保险个人权益记录。',
      '委托他人代为查询打印的，须提供委托人授权。'
    ],
    materials: [
      { name: '居民身份证或社会保障卡', form: ['original', 'electronic'], copies: 1 },
      { name: '授权委托书及代办人居民身份证', form: ['original'], copies: 1, note: '委托他人代办时提供' }
    ],
    steps: [
      '申请：申请人通过“指尖政务厅”、自助终端或到窗口提出查询打印申请',
      '核验：系统或窗口工作人员核验申请人身份',
      '办结：即时生成带电子印章的参保证明或个人权益记录单，可下载或当场打印'
    ],
    legalDays: 0,
    promisedDays: 0,
    fee: { free: true },
    halls: ['H01', 'H02'],
    visits: 0,
    online: true,
    bookable: false,
    keywords: ['社保缴费记录', '打印社保证明', '社保清单', '参保证明', '查社保'],
    faq: [
      {
        q: '网上打印的参保证明有效吗？',
        a: '通过“指尖政务厅”下载打印的参保证明加盖电子印章，与窗口打印的证明具有同等效力，接收单位可扫描证明上的二维码核验真伪。'
      }
    ],
    complaint: '12333人力资源和社会保障服务热线',
    appointmentFields: [],
    applicationFields: [
      { key: 'name', purpose: '核对查询人身份信息' },
      { key: 'mobile', purpose: '接收登录验证码' },
      { key: 'idNumber', purpose: '个人权益记录仅限本人或受托人查询，须核验身份' }
    ]
  },
  {
    code: 'SB-006',
    name: '灵活就业人员参保登记',
    summary: '个体工商户、自由职业者等灵活就业人员，以个人身份参加职工基本养老保险。',
    field: 'social-security',
    authority: '示范市人力资源和社会保障局',
    applicants: ['person'],
    conditions: [
      '无雇工的个体工商户、未在用人单位参加职工基本养老保险的非全日制从业人员以及其他灵活就业人员，年满16周岁且未达到法定退休年龄的，可在本市就业地申请参保登记。',
      '灵活就业人员在就业地参保不受户籍限制。'
    ],
    materials: [
      { name: '居民身份证', form: ['original', 'electronic'], copies: 1 }
    ],
    steps: [
      '申请：申请人通过“指尖政务厅”或到窗口填报灵活就业人员参保信息',
      '受理：窗口工作人员核验身份信息和参保状态',
      '审核：符合条件的当场办理参保登记',
      '办结：参保登记信息推送税务部门，申请人按选定的缴费基数缴费'
    ],
    legalDays: 5,
    promisedDays: 0,
    fee: { free: true },
    halls: ['H01', 'H03'],
    visits: 0,
    online: true,
    bookable: true,
    keywords: ['个人交社保', '自由职业社保', '灵活就业', '个体户社保', '自己交养老保险'],
    faq: [
      {
        q: '灵活就业人员的缴费基数怎么选？',
        a: '灵活就业人员可在本省公布的缴费基数下限和上限之间（全省上年度全口径城镇单位就业人员平均工资的60%至300%）自主选择缴费基数，具体标准以当年公布为准。'
      },
      {
        q: '参保登记后在哪里缴费？',
        a: '社会保险费由税务部门征收。参保登记后，可通过“指尖政务厅”缴费入口、银行网点或委托银行代扣等方式按月缴纳。'
      }
    ],
    complaint: '12333人力资源和社会保障服务热线',
    appointmentFields: [
      { key: 'name', purpose: '窗口核对预约人身份' },
      { key: 'mobile', purpose: '预约变动时短信通知您' }
    ],
    applicationFields: [
      { key: 'name', purpose: '核对参保人身份信息' },
      { key: 'mobile', purpose: '参保结果和缴费提醒短信通知您' },
      { key: 'idNumber', purpose: '社会保险参保登记须依法核验参保人身份' }
    ]
  },
  {
    code: 'YB-001',
    name: '城乡居民基本医疗保险参保登记',
    summary: '未参加职工医保的城乡居民（含学生、儿童、老人等）办理城乡居民基本医疗保险参保手续。',
    field: 'medical-insurance',
    authority: '示范市医疗保障局',
    applicants: ['person'],
    conditions: [
      '具有本市户籍或持有本市居住证，且未参加职工基本医疗保险的城乡居民，可申请参加本市城乡居民基本医疗保险。',
      '在本市就读的大中专院校学生、中小学生和学龄前儿童，可在本市参加城乡居民基本医疗保险。',
      '同一参保人员不得重复参加基本医疗保险。'
    ],
    materials: [
      { name: '居民身份证或居民户口簿', form: ['original', 'electronic'], copies: 1, note: '新生儿可凭出生医学证明先行参保' },
      { name: '居住证', form: ['original', 'electronic'], copies: 1, note: '非本市户籍人员提供' }
    ],
    steps: [
      '申请：申请人通过“指尖政务厅”或到窗口提交参保申请',
      '受理：窗口工作人员核验身份信息，比对是否已在其他地区或险种参保',
      '审核：符合条件的当场办理参保登记',
      '办结：参保人在集中缴费期内缴纳个人缴费部分，次年1月1日起享受医保待遇'
    ],
    legalDays: 5,
    promisedDays: 0,
    fee: { free: true },
    halls: ['H01', 'H02'],
    visits: 0,
    online: true,
    bookable: true,
    keywords: ['居民医保', '交医保', '小孩医保', '新生儿医保', '农村医保', '医保参保'],
    faq: [
      {
        q: '新生儿什么时候办医保？',
        a: '新生儿出生后可凭出生医学证明办理参保，在出生当年或出生后规定期限内参保缴费的，自出生之日起享受城乡居民医保待遇。建议办理户口登记后尽快参保。'
      },
      {
        q: '错过了集中缴费期还能参保吗？',
        a: '可以参保，但会设置待遇等待期，等待期内发生的医疗费用不予报销。具体等待期以本市当年公布的政策为准。'
      }
    ],
    complaint: '示范市医疗保障局监督电话 0571-87005678',
    appointmentFields: [
      { key: 'name', purpose: '窗口核对预约人身份' },
      { key: 'mobile', purpose: '预约变动时短信通知您' }
    ],
    applicationFields: [
      { key: 'name', purpose: '核对参保人身份信息' },
      { key: 'mobile', purpose: '参保结果和缴费提醒短信通知您' },
      { key: 'idNumber', purpose: '医疗保险参保登记须依法核验参保人身份' }
    ]
  },
  {
    code: 'YB-002',
    name: '基本医疗保险参保人员异地就医备案',
    summary: '长期在外地居住、工作或需要转外地看病的参保人员，办理备案后可在外地就医直接结算。',
    field: 'medical-insurance',
    authority: '示范市医疗保障局',
    applicants: ['person'],
    conditions: [
      '本市基本医疗保险参保人员，属于异地长期居住人员、常驻异地工作人员、异地转诊就医人员或临时外出就医人员的，可申请办理异地就医备案。',
      '异地长期居住和常驻异地工作人员实行个人承诺制，无需提供居住或工作证明。'
    ],
    materials: [
      { name: '居民身份证或社会保障卡', form: ['original', 'electronic'], copies: 1 },
      { name: '异地就医备案表（含个人承诺书）', form: ['original', 'electronic'], copies: 1, note: '线上办理时在线填写' },
      { name: '转诊证明材料', form: ['original', 'copy'], copies: 1, note: '异地转诊就医人员提供，由本市定点医疗机构出具' }
    ],
    steps: [
      '申请：参保人通过“指尖政务厅”、国家医保服务平台App或到窗口提交备案申请',
      '受理：系统或窗口工作人员核验参保状态和备案信息',
      '审核：符合条件的即时完成备案',
      '办结：备案结果短信通知，参保人持社会保障卡或医保电子凭证在备案地定点医疗机构直接结算'
    ],
    legalDays: 1,
    promisedDays: 0,
    fee: { free: true },
    halls: ['H01'],
    visits: 0,
    online: true,
    bookable: false,
    keywords: ['异地就医', '外地看病报销', '医保备案', '跨省就医', '异地医保'],
    faq: [
      {
        q: '没备案就在外地看病了，还能报销吗？',
        a: '可以在出院结算前补办备案后直接结算；已经出院自费垫付的，可持医疗费用票据、费用清单和病历资料，按规定申请零星报销。'
      },
      {
        q: '备案后在本市看病还能用医保吗？',
        a: '异地长期居住和常驻异地工作人员备案后，回本市就医仍可按规定享受医保待遇。具体政策以本市规定为准。'
      }
    ],
    complaint: '示范市医疗保障局监督电话 0571-87005678',
    appointmentFields: [],
    applicationFields: [
      { key: 'name', purpose: '核对参保人身份信息' },
      { key: 'mobile', purpose: '备案结果短信通知您' },
      { key: 'idNumber', purpose: '医保待遇备案须依法核验参保人身份' }
    ]
  },
  {
    code: 'YB-003',
    name: '基本医疗保险关系转移接续',
    summary: '换了工作城市或回到户籍地后，把原来的医保参保关系和缴费年限转到新参保地。',
    field: 'medical-insurance',
    authority: '示范市医疗保障局',
    applicants: ['person'],
    conditions: [
      '参保人员跨统筹地区流动就业或变更居住地，已在转入地参加基本医疗保险的，可申请办理基本医疗保险关系转移接续。',
      '参保人员在转出地的参保关系应处于中断或终止状态。'
    ],
    materials: [
      { name: '居民身份证或社会保障卡', form: ['original', 'electronic'], copies: 1 },
      { name: '基本医疗保险关系转移接续申请表', form: ['original', 'electronic'], copies: 1, note: '线上办理时在线填写' }
    ],
    steps: [
      '申请：参保人在新参保地参保后，通过“指尖政务厅”、国家医保服务平台App或到窗口提交转移接续申请',
      '受理：转入地医保经办机构受理申请并向转出地发出联系函',
      '审核：转出地医保经办机构核实参保缴费情况，出具参保凭证并转移个人账户余额',
      '办结：转入地医保经办机构核对信息，合并计算缴费年限，办理接续手续'
    ],
    legalDays: 45,
    promisedDays: 20,
    fee: { free: true },
    halls: ['H01'],
    visits: 0,
    online: true,
    bookable: false,
    keywords: ['医保转移', '医保转入', '医保转出', '换城市医保', '医保年限合并'],
    faq: [
      {
        q: '转移接续期间看病能报销吗？',
        a: '参保人在新参保地参保缴费后即可按规定享受医保待遇，转移接续手续办理期间不影响正常就医结算。'
      },
      {
        q: '转移后原来的缴费年限还算吗？',
        a: '职工基本医疗保险实际缴费年限予以互认，合并计算；个人账户余额随医保关系一并转移。'
      }
    ],
    complaint: '示范市医疗保障局监督电话 0571-87005678',
    appointmentFields: [],
    applicationFields: [
      { key: 'name', purpose: '核对参保人身份信息' },
      { key: 'mobile', purpose: '转移进度和办理结果短信通知您' },
      { key: 'idNumber', purpose: '跨地区医保关系转移须依法核验参保人身份' }
    ]
  },
  {
    code: 'YB-004',
    name: '门诊慢特病病种待遇认定',
    summary: '患有高血压、糖尿病、恶性肿瘤等慢性病或特殊病的参保人员，申请享受门诊慢特病医保待遇。',
    field: 'medical-insurance',
    authority: '示范市医疗保障局',
    applicants: ['person'],
    conditions: [
      '本市基本医疗保险参保人员，经二级及以上定点医疗机构确诊患有本市规定的门诊慢性病或特殊病病种的，可申请门诊慢特病待遇认定。',
      '认定通过后，在规定的定点医疗机构门诊治疗所发生的符合规定的医疗费用，按门诊慢特病政策报销。'
    ],
    materials: [
      { name: '居民身份证或社会保障卡', form: ['original', 'electronic'], copies: 1 },
      { name: '门诊慢特病待遇认定申请表', form: ['original', 'electronic'], copies: 1, note: '由定点医疗机构医师填写诊断意见' },
      { name: '病历资料及相关检查检验报告', form: ['original', 'copy'], copies: 1, note: '由二级及以上定点医疗机构出具，需体现确诊依据' }
    ],
    steps: [
      '申请：参保人携带病历资料到定点医疗机构或窗口提交认定申请，也可通过“指尖政务厅”上传材料',
      '受理：医保经办机构或受委托的定点医疗机构核对申请材料',
      '审核：组织医学专家对病种认定标准进行审核',
      '办结：认定通过的在医保系统登记病种，认定结果短信通知参保人'
    ],
    legalDays: 20,
    promisedDays: 10,
    fee: { free: true },
    halls: ['H01'],
    visits: 1,
    online: true,
    bookable: true,
    keywords: ['慢性病', '慢病卡', '特殊病', '门特', '慢特病认定', '长期吃药报销'],
    faq: [
      {
        q: '哪些病可以申请门诊慢特病？',
        a: '常见的有高血压、糖尿病、恶性肿瘤门诊治疗、尿毒症透析、器官移植术后抗排异治疗等，具体病种目录和认定标准以本市医疗保障部门公布的为准。'
      },
      {
        q: '认定之后需要每年重新申请吗？',
        a: '多数病种认定后长期有效；部分病种设有待遇有效期，到期前需重新提交近期病历资料复审。具体以认定结果告知为准。'
      }
    ],
    complaint: '示范市医疗保障局监督电话 0571-87005678',
    appointmentFields: [
      { key: 'name', purpose: '窗口核对预约人身份' },
      { key: 'mobile', purpose: '预约变动时短信通知您' }
    ],
    applicationFields: [
      { key: 'name', purpose: '核对参保人身份信息' },
      { key: 'mobile', purpose: '认定结果短信通知您' },
      { key: 'idNumber', purpose: '医保待遇认定须依法核验参保人身份' }
    ]
  },
  {
    code: 'YB-005',
    name: '生育医疗费用报销',
    summary: '参加职工医保（生育保险）的职工，在外地或未直接结算时垫付的生育医疗费用，申请报销。',
    field: 'medical-insurance',
    authority: '示范市医疗保障局',
    applicants: ['person'],
    conditions: [
      '参加本市职工基本医疗保险（生育保险）的参保人员，因生育或计划生育手术发生的医疗费用，未能在定点医疗机构直接结算的，可申请报销。',
      '报销应在费用发生后规定期限内申请，具体以本市规定为准。'
    ],
    materials: [
      { name: '居民身份证或社会保障卡', form: ['original', 'electronic'], copies: 1 },
      { name: '医疗收费票据', form: ['original', 'electronic'], copies: 1, note: '电子票据可直接上传' },
      { name: '医疗费用明细清单', form: ['original', 'copy'], copies: 1 },
      { name: '出院记录或门诊病历', form: ['original', 'copy'], copies: 1 },
      { name: '本人银行账户信息', form: ['copy', 'electronic'], copies: 1, note: '报销款转入本人社会保障卡银行账户的无需提供' }
    ],
    steps: [
      '申请：参保人通过“指尖政务厅”上传材料或到窗口提交报销申请',
      '受理：医保经办机构核对票据和材料是否齐全',
      '审核：按生育保险政策审核医疗费用，核定报销金额',
      '办结：报销款支付至参保人本人银行账户，结果短信通知'
    ],
    legalDays: 30,
    promisedDays: 15,
    fee: { free: true },
    halls: ['H01', 'H02'],
    visits: 1,
    online: true,
    bookable: true,
    keywords: ['生育报销', '生孩子报销', '生育保险', '产检报销', '生育险'],
    faq: [
      {
        q: '生育医疗费用报销和生育津贴是一回事吗？',
        a: '不是。生育医疗费用报销针对产检、分娩等医疗费用；生育津贴是对产假期间工资的补偿，由用人单位或本人另行申请。'
      },
      {
        q: '在本市定点医院生孩子还要自己来报销吗？',
        a: '在本市定点医疗机构分娩的，出院时凭社会保障卡或医保电子凭证直接结算，无需另行报销。只有自费垫付的费用才需要申请报销。'
      }
    ],
    complaint: '示范市医疗保障局监督电话 0571-87005678',
    appointmentFields: [
      { key: 'name', purpose: '窗口核对预约人身份' },
      { key: 'mobile', purpose: '预约变动时短信通知您' }
    ],
    applicationFields: [
      { key: 'name', purpose: '核对参保人身份信息' },
      { key: 'mobile', purpose: '审核结果和到账情况短信通知您' },
      { key: 'idNumber', purpose: '医保待遇支付须依法核验参保人身份' }
    ]
  },
  {
    code: 'GJJ-001',
    name: '住房公积金提取（租房）',
    summary: '在本市无自有住房、租房居住的缴存职工，提取住房公积金支付房租。',
    field: 'housing-fund',
    authority: '示范市住房公积金管理中心',
    applicants: ['person'],
    conditions: [
      '职工本人及配偶在本市无自有住房且租赁住房居住，住房公积金账户处于正常缴存状态并连续足额缴存满3个月的，可申请提取住房公积金支付房租。',
      '每次提取金额不超过本市规定的租房提取限额，且不超过实际房租支出。'
    ],
    materials: [
      { name: '居民身份证', form: ['original', 'electronic'], copies: 1 },
      { name: '住房租赁合同', form: ['original', 'electronic'], copies: 1, note: '已在本市住房租赁监管服务平台备案的，可由系统共享核验，无需提供' },
      { name: '无自有住房个人承诺书', form: ['original', 'electronic'], copies: 1, note: '线上办理时在线签署' }
    ],
    steps: [
      '申请：缴存职工通过“指尖政务厅”或到窗口提交租房提取申请',
      '受理：系统核验缴存状态，并共享查询本人及配偶在本市的住房情况',
      '审核：符合条件的即时作出准予提取决定',
      '办结：提取资金转入职工本人银行账户，可按规定办理按月或按季自动提取'
    ],
    legalDays: 3,
    promisedDays: 0,
    fee: { free: true },
    halls: ['H01'],
    visits: 0,
    online: true,
    bookable: false,
    keywords: ['公积金租房提取', '租房提公积金', '公积金取出来', '提取公积金', '付房租'],
    faq: [
      {
        q: '租房提取公积金需要房东提供发票吗？',
        a: '按本市租房提取限额提取的，无需提供租房发票，签署无自有住房承诺即可；超过限额按实际房租提取的，需提供租赁合同备案信息和房租支付凭证。'
      },
      {
        q: '可以每个月自动提取吗？',
        a: '可以。首次提取成功后，可在“指尖政务厅”设置按月或按季自动提取，租房情况发生变化时请及时终止。'
      }
    ],
    complaint: '12329住房公积金服务热线',
    appointmentFields: [],
    applicationFields: [
      { key: 'name', purpose: '核对缴存职工身份信息' },
      { key: 'mobile', purpose: '提取结果和到账情况短信通知您' },
      { key: 'idNumber', purpose: '提取个人住房公积金须核验缴存职工本人身份' }
    ]
  },
  {
    code: 'GJJ-002',
    name: '住房公积金提取（购房）',
    summary: '购买自住住房的缴存职工及其配偶，提取住房公积金用于支付购房款。',
    field: 'housing-fund',
    authority: '示范市住房公积金管理中心',
    applicants: ['person'],
    conditions: [
      '职工本人、配偶在本市或户籍所在地购买自住住房（含新建商品住房、二手住房），住房公积金账户处于正常缴存或封存状态的，可申请提取住房公积金。',
      '提取总额不超过实际支付的购房款，且应在购房合同备案或不动产登记之日起规定期限内申请。'
    ],
    materials: [
      { name: '居民身份证', form: ['original', 'electronic'], copies: 1 },
      { name: '购房合同或不动产权证书', form: ['original', 'copy'], copies: 1, note: '本市房产信息可由系统共享核验，无需提供' },
      { name: '购房款支付凭证或购房发票', form: ['original', 'copy'], copies: 1 },
      { name: '结婚证', form: ['original', 'copy'], copies: 1, note: '配偶共同提取时提供，婚姻信息可共享核验的无需提供' }
    ],
    steps: [
      '申请：缴存职工通过“指尖政务厅”或到窗口提交购房提取申请',
      '受理：工作人员核对申请材料，系统共享核验房产和婚姻信息',
      '审核：审核购房真实性及可提取额度，作出准予或不准予提取决定',
      '办结：提取资金转入职工本人银行账户，结果短信通知'
    ],
    legalDays: 3,
    promisedDays: 1,
    fee: { free: true },
    halls: ['H01'],
    visits: 0,
    online: true,
    bookable: true,
    keywords: ['买房提公积金', '购房提取', '公积金付首付', '公积金提取', '二手房提取'],
    faq: [
      {
        q: '买房用了公积金贷款，还能再提取公积金吗？',
        a: '可以。购房时可先提取用于支付首付款，贷款发放后还可以办理偿还贷款提取。具体提取次数和间隔以本市规定为准。'
      },
      {
        q: '夫妻双方的公积金都能提取吗？',
        a: '可以。夫妻双方可一并申请提取，两人提取总额不超过实际支付的购房款。'
      }
    ],
    complaint: '12329住房公积金服务热线',
    appointmentFields: [
      { key: 'name', purpose: '窗口核对预约人身份' },
      { key: 'mobile', purpose: '预约变动时短信通知您' }
    ],
    applicationFields: [
      { key: 'name', purpose: '核对缴存职工身份信息' },
      { key: 'mobile', purpose: '提取结果和到账情况短信通知您' },
      { key: 'idNumber', purpose: '提取个人住房公积金须核验缴存职工本人身份' }
    ]
  },
  {
    code: 'GJJ-003',
    name: '住房公积金个人账户设立',
    summary: '单位为新录用职工办理住房公积金个人账户设立，开始为职工缴存住房公积金。',
    field: 'housing-fund',
    authority: '示范市住房公积金管理中心',
    applicants: ['legal-person'],
    conditions: [
      '已在本市办理住房公积金缴存登记的单位，录用职工的，应当自录用之日起30日内为职工办理住房公积金账户的设立或者转移手续。',
      '职工此前已有住房公积金个人账户的，应办理账户转移，不重复设立。'
    ],
    materials: [
      { name: '住房公积金个人账户设立清册', form: ['original', 'electronic'], copies: 1, note: '加盖单位公章；通过单位网上业务系统办理的在线填报' },
      { name: '新录用职工居民身份证', form: ['copy', 'electronic'], copies: 1 },
      { name: '单位经办人居民身份证', form: ['original'], copies: 1, note: '到窗口办理时提供' }
    ],
    steps: [
      '申请：单位经办人通过单位网上业务系统或到窗口提交个人账户设立申请',
      '受理：工作人员核对单位缴存登记信息和职工身份信息',
      '审核：核查职工是否已有住房公积金个人账户，符合条件的当场设立',
      '办结：个人账户设立完成，单位按月为职工汇缴住房公积金'
    ],
    legalDays: 3,
    promisedDays: 0,
    fee: { free: true },
    halls: ['H01'],
    visits: 0,
    online: true,
    bookable: true,
    keywords: ['公积金开户', '新员工公积金', '单位开公积金', '公积金账户设立', '员工入职公积金'],
    faq: [
      {
        q: '职工在上家单位有公积金账户，新单位还要开户吗？',
        a: '不需要重复开户。职工在本市已有个人账户的，由新单位办理账户转入；在外地有账户的，可申请异地转移接续，转入本市账户。'
      }
    ],
    complaint: '12329住房公积金服务热线',
    appointmentFields: [
      { key: 'name', purpose: '窗口核对单位经办人身份' },
      { key: 'mobile', purpose: '预约变动时短信通知您' }
    ],
    applicationFields: [
      { key: 'name', purpose: '核对单位经办人身份信息' },
      { key: 'mobile', purpose: '办理结果短信通知单位经办人' }
    ]
  },
  {
    code: 'GJJ-004',
    name: '灵活就业人员住房公积金缴存登记',
    summary: '个体工商户、自由职业者等灵活就业人员，以个人身份自愿缴存住房公积金。',
    field: 'housing-fund',
    authority: '示范市住房公积金管理中心',
    applicants: ['person'],
    conditions: [
      '在本市就业的个体工商户、非全日制从业人员、自由职业者等灵活就业人员，年满16周岁且未达到法定退休年龄，具有完全民事行为能力的，可申请自愿缴存住房公积金。',
      '申请人在本市无正常缴存状态的住房公积金账户。'
    ],
    materials: [
      { name: '居民身份证', form: ['original', 'electronic'], copies: 1 },
      { name: '灵活就业人员住房公积金缴存使用协议', form: ['original', 'electronic'], copies: 1, note: '线上办理时在线签署' },
      { name: '本人银行结算账户', form: ['electronic'], copies: 1, note: '用于签订委托扣款协议' }
    ],
    steps: [
      '申请：申请人通过“指尖政务厅”或到窗口提交缴存登记申请',
      '受理：工作人员核验身份信息和已有住房公积金账户状态',
      '审核：符合条件的当场办理缴存登记，签订缴存使用协议和委托扣款协议',
      '办结：个人账户设立完成，按约定的缴存基数和比例按月扣缴'
    ],
    legalDays: 3,
    promisedDays: 0,
    fee: { free: true },
    halls: ['H01', 'H02'],
    visits: 0,
    online: true,
    bookable: true,
    keywords: ['个人交公积金', '自由职业公积金', '灵活就业公积金', '自己缴公积金'],
    faq: [
      {
        q: '灵活就业人员缴存公积金能贷款吗？',
        a: '可以。灵活就业人员按协议连续足额缴存达到规定期限后，可以按规定申请住房公积金个人住房贷款，并享受与单位职工同等的提取政策。'
      },
      {
        q: '中途不想缴了怎么办？',
        a: '可以申请暂停缴存或终止协议，账户余额予以保留并继续计息，符合提取条件的可按规定提取。'
      }
    ],
    complaint: '12329住房公积金服务热线',
    appointmentFields: [
      { key: 'name', purpose: '窗口核对预约人身份' },
      { key: 'mobile', purpose: '预约变动时短信通知您' }
    ],
    applicationFields: [
      { key: 'name', purpose: '核对缴存人身份信息' },
      { key: 'mobile', purpose: '登记结果和扣缴提醒短信通知您' },
      { key: 'idNumber', purpose: '设立住房公积金个人账户须核验缴存人本人身份' }
    ]
  },
  {
    code: 'GJJ-005',
    name: '住房公积金个人住房贷款申请',
    summary: '连续缴存住房公积金的职工购买自住住房时，申请利率较低的住房公积金贷款。',
    field: 'housing-fund',
    authority: '示范市住房公积金管理中心',
    applicants: ['person'],
    conditions: [
      '借款人在本市连续足额缴存住房公积金满6个月，且申请时账户处于正常缴存状态。',
      '购买、建造、翻建、大修本市自住住房，具有稳定的经济收入和偿还贷款能力，个人信用良好。',
      '借款人及配偶无尚未还清的住房公积金贷款。'
    ],
    materials: [
      { name: '借款人及配偶居民身份证', form: ['original'], copies: 1 },
      { name: '婚姻状况证明', form: ['original', 'copy'], copies: 1, note: '已婚提供结婚证，婚姻信息可共享核验的无需提供' },
      { name: '购房合同', form: ['original', 'copy'], copies: 1, note: '已网签备案的可由系统共享核验' },
      { name: '首付款支付凭证', form: ['original', 'copy'], copies: 1 },
      { name: '住房公积金个人住房借款申请表', form: ['original'], copies: 1, note: '窗口免费提供，借款人及配偶签字' }
    ],
    steps: [
      '申请：借款人通过“指尖政务厅”预审后，携带材料到窗口或受托银行提交贷款申请',
      '受理：工作人员核对申请材料，借款人及配偶现场面签',
      '审核：住房公积金管理中心审核贷款资格、贷款额度和期限，作出准予或不准予贷款决定',
      '签约：准予贷款的，借款人签订借款合同并办理抵押登记',
      '办结：贷款资金按合同约定划入售房人账户'
    ],
    legalDays: 15,
    promisedDays: 7,
    fee: { free: true },
    halls: ['H01'],
    visits: 1,
    online: true,
    bookable: true,
    keywords: ['公积金贷款', '公积金买房', '公积金贷款额度', '房贷', '公积金贷款条件'],
    faq: [
      {
        q: '公积金贷款最多能贷多少？',
        a: '贷款额度根据借款人及配偶的账户余额、缴存基数、还款能力和所购住房价格综合计算，且不超过本市规定的最高贷款额度。可在“指尖政务厅”使用贷款额度试算。'
      },
      {
        q: '办理公积金贷款要收手续费吗？',
        a: '住房公积金管理中心办理贷款不收取手续费。办理抵押登记按规定缴纳的不动产登记费由登记机构另行收取。'
      }
    ],
    complaint: '12329住房公积金服务热线',
    appointmentFields: [
      { key: 'name', purpose: '窗口核对预约人身份' },
      { key: 'mobile', purpose: '预约变动时短信通知您' }
    ],
    applicationFields: [
      { key: 'name', purpose: '核对借款人身份信息' },
      { key: 'mobile', purpose: '审批进度和放款情况短信通知您' },
      { key: 'idNumber', purpose: '申请住房公积金贷款须核验借款人本人身份' }
    ]
  }
]
