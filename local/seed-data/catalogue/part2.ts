import type { z } from 'zod'
import type { serviceItemSchema } from '../../../src/domain/guides/service-item'

type ServiceItemInput = z.input<typeof serviceItemSchema>

export const ITEMS: ServiceItemInput[] = [
  {
    code: 'GA-001',
    name: '居民身份证换领',
    summary: '居民身份证有效期满、证件损坏或登记内容有变更时，申请换领新的居民身份证。',
    field: 'household',
    authority: '示范市公安局',
    applicants: ['person'],
    conditions: [
      '居民身份证有效期即将届满（届满前三个月内）或已经届满的，可以申请换领。',
      '居民身份证严重损坏不能辨认，或者登记项目发生变更、记载有误需要更正的，可以申请换领。',
      '未满十六周岁的公民申请换领的，应当由监护人陪同办理。'
    ],
    materials: [
      { name: '原居民身份证', form: ['original'], copies: 1, note: '换领时交回原证件' },
      { name: '居民户口簿', form: ['original'], copies: 1, note: '登记项目变更或更正的需提供' },
      { name: '居民身份证相片', form: ['electronic'], copies: 1, note: '可在窗口现场拍摄，也可提供经公安机关认可的照相馆出具的相片回执' }
    ],
    steps: [
      '申请：申请人通过“指尖政务厅”预约后，本人到窗口提交申请',
      '受理：窗口核验原证件和户籍信息，现场采集人像和指纹信息',
      '审核：公安机关审核申领信息后交付制证',
      '办结：制证完成后，申请人凭受理回执到窗口领取，也可选择邮寄送达'
    ],
    legalDays: 60,
    promisedDays: 15,
    fee: {
      free: false,
      amount: '换领居民身份证每证20元',
      basis: '《国家发展改革委 财政部关于居民身份证收费标准及有关问题的通知》（发改价格〔2003〕2322号）'
    },
    halls: ['H01', 'H02'],
    visits: 1,
    online: false,
    bookable: true,
    keywords: ['身份证', '换身份证', '身份证到期', '身份证过期', '身份证换证'],
    faq: [
      {
        q: '身份证还有两个月到期，现在可以去换吗？',
        a: '可以。居民身份证有效期满前三个月内即可申请换领。换领期间如需乘车、住宿等，可同时申请临时居民身份证。'
      },
      {
        q: '户口不在示范市，能在这里换领身份证吗？',
        a: '可以。居民身份证换领已实现全国通办，非本市户籍居民可持原身份证到窗口异地申领，制证时间可能比本地申领略长。'
      }
    ],
    complaint: '12345政务服务便民热线',
    appointmentFields: [
      { key: 'name', purpose: '窗口核对预约人身份' },
      { key: 'mobile', purpose: '预约变动时短信通知您' },
      { key: 'idNumber', purpose: '预约时核验申领人户籍信息' }
    ],
    applicationFields: [
      { key: 'name', purpose: '填写居民身份证申领登记信息' },
      { key: 'mobile', purpose: '制证完成后短信通知您领取' },
      { key: 'idNumber', purpose: '依法核验申领人身份和户籍信息' }
    ]
  },
  {
    code: 'GA-002',
    name: '居民身份证补领',
    summary: '居民身份证丢失后，申请补领新的居民身份证。',
    field: 'household',
    authority: '示范市公安局',
    applicants: ['person'],
    conditions: [
      '居民身份证丢失的，公民可以向公安机关申请补领。',
      '未满十六周岁的公民申请补领的，应当由监护人陪同办理。'
    ],
    materials: [
      { name: '居民户口簿', form: ['original'], copies: 1, note: '在户籍地申请时提供；异地申请的可不提供' },
      { name: '居民身份证相片', form: ['electronic'], copies: 1, note: '可在窗口现场拍摄，也可提供照相馆出具的相片回执' }
    ],
    steps: [
      '申请：申请人通过“指尖政务厅”预约后，本人到窗口提交申请',
      '受理：窗口核验户籍信息，现场采集人像和指纹信息，原证件作挂失处理',
      '审核：公安机关审核申领信息后交付制证',
      '办结：制证完成后，申请人凭受理回执到窗口领取，也可选择邮寄送达'
    ],
    legalDays: 60,
    promisedDays: 15,
    fee: {
      free: false,
      amount: '补领居民身份证每证20元',
      basis: '《国家发展改革委 财政部关于居民身份证收费标准及有关问题的通知》（发改价格〔2003〕2322号）'
    },
    halls: ['H01', 'H03'],
    visits: 1,
    online: false,
    bookable: true,
    keywords: ['身份证丢了', '补办身份证', '补身份证', '身份证挂失'],
    faq: [
      {
        q: '身份证丢了需要先登报挂失吗？',
        a: '不需要。到窗口申请补领时，公安机关会在系统中对原证件作挂失处理，无需登报。补领后原证件即使找回也不能再使用。'
      }
    ],
    complaint: '12345政务服务便民热线',
    appointmentFields: [
      { key: 'name', purpose: '窗口核对预约人身份' },
      { key: 'mobile', purpose: '预约变动时短信通知您' },
      { key: 'idNumber', purpose: '预约时核验申领人户籍信息' }
    ],
    applicationFields: [
      { key: 'name', purpose: '填写居民身份证申领登记信息' },
      { key: 'mobile', purpose: '制证完成后短信通知您领取' },
      { key: 'idNumber', purpose: '依法核验申领人身份和户籍信息' }
    ]
  },
  {
    code: 'GA-003',
    name: '临时居民身份证申领',
    summary: '正在办理身份证期间急需用证的，可以当场申领临时居民身份证。',
    field: 'household',
    authority: '示范市公安局',
    applicants: ['person'],
    conditions: [
      '已向公安机关申请领取、换领或者补领居民身份证，在居民身份证领取前急需使用身份证件的，可以申领临时居民身份证。',
      '临时居民身份证有效期为三个月，领取正式居民身份证时应当交回。'
    ],
    materials: [
      { name: '居民身份证申领受理回执', form: ['original'], copies: 1, note: '与正式居民身份证同时申请的，无需提供' },
      { name: '居民户口簿', form: ['original'], copies: 1, note: '在户籍地申请时提供' }
    ],
    steps: [
      '申请：申请人本人到窗口提出申请',
      '受理：窗口核验身份和户籍信息，现场拍摄相片',
      '办结：审核通过后当场制作并发放临时居民身份证'
    ],
    legalDays: 3,
    promisedDays: 0,
    fee: {
      free: false,
      amount: '每证10元',
      basis: '《国家发展改革委 财政部关于居民身份证收费标准及有关问题的通知》（发改价格〔2003〕2322号）'
    },
    halls: ['H01', 'H02'],
    visits: 1,
    online: false,
    bookable: false,
    keywords: ['临时身份证', '急用身份证', '临时身份证明'],
    faq: [
      {
        q: '临时身份证能坐飞机和高铁吗？',
        a: '可以。临时居民身份证与居民身份证具有同等法律效力，有效期内可用于乘坐飞机、火车和办理住宿等。'
      }
    ],
    complaint: '12345政务服务便民热线',
    appointmentFields: [],
    applicationFields: [
      { key: 'name', purpose: '填写临时居民身份证登记信息' },
      { key: 'mobile', purpose: '办理进度变动时通知您' },
      { key: 'idNumber', purpose: '依法核验申领人身份和户籍信息' }
    ]
  },
  {
    code: 'GA-004',
    name: '出生登记',
    summary: '新生儿出生后，为孩子办理户口登记（报户口）。',
    field: 'household',
    authority: '示范市公安局',
    applicants: ['person'],
    conditions: [
      '父母一方常住户口在本市的新生儿，应当在出生后一个月以内由父母或者其他监护人向常住户口所在地公安机关申报出生登记。',
      '新生儿可以随父或者随母登记常住户口，超过一个月申报的仍可办理。'
    ],
    materials: [
      { name: '出生医学证明', form: ['original'], copies: 1 },
      { name: '父母双方居民身份证', form: ['original'], copies: 1 },
      { name: '拟落户地居民户口簿', form: ['original'], copies: 1 },
      { name: '父母结婚证', form: ['original'], copies: 1, note: '已登记结婚的提供，可通过数据共享核验的免于提交' }
    ],
    steps: [
      '申请：父母或其他监护人通过“指尖政务厅”在线申请，或预约后到窗口申请',
      '受理：窗口或后台核验出生医学证明和父母户籍信息',
      '审核：公安机关审核落户条件',
      '办结：登记新生儿常住户口，在户口簿上增加户口页，同步可申请医保参保和社保卡'
    ],
    legalDays: 20,
    promisedDays: 0,
    fee: { free: true },
    halls: ['H01', 'H03'],
    visits: 0,
    online: true,
    bookable: true,
    keywords: ['上户口', '报户口', '新生儿落户', '宝宝上户口', '出生一件事'],
    faq: [
      {
        q: '给孩子上户口可以不去窗口吗？',
        a: '可以。通过“指尖政务厅”办理新生儿出生“一件事”，在线提交出生医学证明等信息即可，办结后户口簿增页可邮寄送达或到窗口领取。'
      },
      {
        q: '孩子超过一个月还没上户口怎么办？',
        a: '超过一个月仍可申报出生登记，按正常程序办理即可，请尽快办理以免影响孩子疫苗接种、医保参保和入学。'
      }
    ],
    complaint: '12345政务服务便民热线',
    appointmentFields: [
      { key: 'name', purpose: '窗口核对预约人身份' },
      { key: 'mobile', purpose: '预约变动时短信通知您' }
    ],
    applicationFields: [
      { key: 'name', purpose: '核对申报人与新生儿的监护关系' },
      { key: 'mobile', purpose: '办理进度和结果短信通知您' },
      { key: 'idNumber', purpose: '依法核验申报人身份和户籍信息' }
    ]
  },
  {
    code: 'GA-005',
    name: '户口迁移（市内）',
    summary: '在示范市范围内因买房、投靠亲属等原因，把户口从一处迁到另一处。',
    field: 'household',
    authority: '示范市公安局',
    applicants: ['person'],
    conditions: [
      '户口已在本市登记，因购买房屋、投靠亲属等原因需在本市范围内变更常住户口登记地址的，可以申请市内户口迁移。',
      '迁入合法稳定住所的，应当取得房屋产权；投靠亲属落户的，应当取得迁入地户主的书面同意。'
    ],
    materials: [
      { name: '迁移人居民身份证', form: ['original'], copies: 1 },
      { name: '迁出地和迁入地居民户口簿', form: ['original'], copies: 1 },
      { name: '迁入地房屋权属证明', form: ['original', 'electronic'], copies: 1, note: '迁入自有住房的提供，不动产登记信息可共享核验的免于提交' },
      { name: '迁入地户主同意落户的书面意见', form: ['original'], copies: 1, note: '投靠亲属落户的提供' }
    ],
    steps: [
      '申请：申请人通过“指尖政务厅”在线提交，或预约后到窗口提交申请',
      '受理：核验迁移人身份、户籍和迁入地住所信息',
      '审核：公安机关审核是否符合市内迁移落户条件',
      '办结：办理迁出、迁入登记，在迁入地户口簿上登记迁移人户口页'
    ],
    legalDays: 20,
    promisedDays: 1,
    fee: { free: true },
    halls: ['H01', 'H02'],
    visits: 1,
    online: true,
    bookable: true,
    keywords: ['迁户口', '户口迁移', '买房落户', '户口挪过来'],
    faq: [
      {
        q: '市内迁户口需要先回原派出所开迁移证吗？',
        a: '不需要。本市范围内户口迁移实行“一站式”办理，在迁入地直接申请即可，迁出手续由公安机关内部流转办理。'
      }
    ],
    complaint: '12345政务服务便民热线',
    appointmentFields: [
      { key: 'name', purpose: '窗口核对预约人身份' },
      { key: 'mobile', purpose: '预约变动时短信通知您' },
      { key: 'idNumber', purpose: '预约时核验迁移人户籍信息' }
    ],
    applicationFields: [
      { key: 'name', purpose: '填写户口迁移登记信息' },
      { key: 'mobile', purpose: '办理进度和结果短信通知您' },
      { key: 'idNumber', purpose: '依法核验迁移人身份和户籍信息' }
    ]
  },
  {
    code: 'GA-006',
    name: '居住证申领',
    summary: '非本市户籍人员在示范市居住满半年，可以申领居住证，享受本地基本公共服务。',
    field: 'household',
    authority: '示范市公安局',
    applicants: ['person'],
    conditions: [
      '离开常住户口所在地，到本市居住半年以上，已办理居住登记，并符合有合法稳定就业、合法稳定住所、连续就读条件之一的，可以申领居住证。',
      '未满十六周岁的未成年人和行动不便的老年人、残疾人等，可以由其监护人、近亲属代为申领。'
    ],
    materials: [
      { name: '居民身份证', form: ['original'], copies: 1 },
      { name: '合法稳定就业证明', form: ['copy', 'electronic'], copies: 1, note: '劳动合同、营业执照或社保缴纳记录等，任选其一' },
      { name: '合法稳定住所证明', form: ['copy', 'electronic'], copies: 1, note: '房屋产权证明、已登记的房屋租赁合同或单位住宿证明等，任选其一' },
      { name: '连续就读证明', form: ['original'], copies: 1, note: '以就读条件申领的，提供学校出具的在读证明' }
    ],
    steps: [
      '申请：申请人通过“指尖政务厅”在线提交，或到窗口提交申请',
      '受理：核验居住登记、身份信息和申请材料',
      '审核：公安机关审核居住时间和就业、住所、就读条件',
      '办结：制作并发放居住证，可选择邮寄送达或到窗口领取'
    ],
    legalDays: 15,
    promisedDays: 7,
    fee: { free: true },
    halls: ['H01', 'H03'],
    visits: 0,
    online: true,
    bookable: false,
    keywords: ['居住证', '办居住证', '暂住证', '外地人办证'],
    faq: [
      {
        q: '办居住证要交钱吗？',
        a: '首次申领居住证不收费。居住证损坏或丢失需要换领、补领的，按规定收取工本费。'
      },
      {
        q: '居住证每年都要签注吗？',
        a: '需要。在本市连续居住的，应当在居住每满一年之日前30日内办理签注，可通过“指尖政务厅”在线办理；逾期未签注的，居住证使用功能中止，补办签注后恢复。'
      }
    ],
    complaint: '12345政务服务便民热线',
    appointmentFields: [],
    applicationFields: [
      { key: 'name', purpose: '填写居住证申领信息' },
      { key: 'mobile', purpose: '制证完成后短信通知您' },
      { key: 'idNumber', purpose: '依法核验申领人身份和居住登记信息' }
    ]
  },
  {
    code: 'HY-001',
    name: '结婚登记',
    summary: '男女双方自愿结婚的，共同到婚姻登记机关办理结婚登记，领取结婚证。',
    field: 'marriage',
    authority: '示范市民政局',
    applicants: ['person'],
    conditions: [
      '男女双方完全自愿，男年满二十二周岁、女年满二十周岁，双方均无配偶，且没有直系血亲和三代以内旁系血亲关系。',
      '结婚登记须由男女双方亲自到婚姻登记机关共同申请，不得委托他人代办。'
    ],
    materials: [
      { name: '本人居民身份证', form: ['original'], copies: 1 },
      { name: '本人无配偶以及与对方没有直系血亲和三代以内旁系血亲关系的签字声明', form: ['original'], copies: 1, note: '在登记窗口现场填写签字' },
      { name: '双方近期2寸半身免冠合影照片', form: ['original'], copies: 3, note: '红色背景，也可在登记处现场拍摄' }
    ],
    steps: [
      '预约：双方通过“指尖政务厅”预约结婚登记日期和时段',
      '申请：双方共同到婚姻登记处，填写《申请结婚登记声明书》',
      '审查：婚姻登记员核验身份证件，询问双方结婚意愿',
      '办结：符合条件的当场予以登记，可自愿参加颁证仪式，当场领取结婚证'
    ],
    legalDays: 0,
    promisedDays: 0,
    fee: { free: true },
    halls: ['H01', 'H02'],
    visits: 1,
    online: false,
    bookable: true,
    keywords: ['领证', '结婚证', '结婚登记', '扯证', '结婚预约'],
    faq: [
      {
        q: '结婚登记还需要带户口本吗？',
        a: '不需要。内地居民办理结婚登记只需双方本人携带有效居民身份证，并现场签署无配偶及无禁止结婚亲属关系的声明；婚姻登记已实行全国通办，可在本市任一婚姻登记处办理。'
      },
      {
        q: '想在特殊日子领证，怎么保证能办上？',
        a: '节日和特殊日期预约人数较多，请提前通过“指尖政务厅”预约，预约号源一般提前开放，约满后可选择其他时段。'
      }
    ],
    complaint: '12345政务服务便民热线',
    appointmentFields: [
      { key: 'name', purpose: '登记处核对预约当事人身份' },
      { key: 'mobile', purpose: '预约变动时短信通知您' },
      { key: 'idNumber', purpose: '预约时核验当事人婚姻登记信息' }
    ],
    applicationFields: [
      { key: 'name', purpose: '填写结婚登记当事人信息' },
      { key: 'mobile', purpose: '办理进度变动时通知您' },
      { key: 'idNumber', purpose: '依法核验当事人身份和婚姻状况' }
    ]
  },
  {
    code: 'HY-002',
    name: '离婚登记',
    summary: '夫妻双方自愿离婚并已协商一致的，共同到婚姻登记机关申请离婚登记。',
    field: 'marriage',
    authority: '示范市民政局',
    applicants: ['person'],
    conditions: [
      '夫妻双方自愿离婚，并已对子女抚养、财产以及债务处理等事项协商一致，签订书面离婚协议。',
      '双方须亲自到婚姻登记机关申请。自婚姻登记机关收到离婚登记申请之日起三十日内，任何一方不愿意离婚的，可以向婚姻登记机关撤回申请。',
      '离婚冷静期届满后三十日内，双方应当亲自到婚姻登记机关申请发给离婚证；未申请的，视为撤回离婚登记申请。'
    ],
    materials: [
      { name: '本人居民身份证', form: ['original'], copies: 1 },
      { name: '本人结婚证', form: ['original'], copies: 1, note: '双方各持一本' },
      { name: '双方共同签署的离婚协议书', form: ['original'], copies: 3, note: '须载明双方自愿离婚的意思表示以及对子女抚养、财产及债务处理等事项协商一致的意见' },
      { name: '本人近期2寸半身免冠单人照片', form: ['original'], copies: 2, note: '申请发给离婚证时提供' }
    ],
    steps: [
      '申请：双方通过“指尖政务厅”预约后，共同到婚姻登记处提交离婚登记申请',
      '受理：婚姻登记员核验材料，符合条件的发给《离婚登记申请受理回执单》',
      '冷静期：自受理之日起三十日为离婚冷静期，期间任何一方可撤回申请',
      '审查：冷静期届满后三十日内，双方再次共同到场申请发给离婚证，登记员询问并审查离婚协议',
      '办结：符合条件的当场予以登记，发给离婚证'
    ],
    legalDays: 0,
    promisedDays: 0,
    fee: { free: true },
    halls: ['H01', 'H03'],
    visits: 2,
    online: false,
    bookable: true,
    keywords: ['离婚', '协议离婚', '离婚冷静期', '离婚证'],
    faq: [
      {
        q: '为什么离婚要跑两次？',
        a: '根据《中华人民共和国民法典》规定，协议离婚设有三十日的离婚冷静期。第一次到场提交申请，冷静期满后三十日内双方再次到场，审查通过后当场发给离婚证。'
      },
      {
        q: '一方不配合，可以自己去办离婚登记吗？',
        a: '不可以。离婚登记须夫妻双方亲自到场共同申请。一方不同意离婚或对子女、财产问题达不成协议的，可以向人民法院提起离婚诉讼。'
      }
    ],
    complaint: '12345政务服务便民热线',
    appointmentFields: [
      { key: 'name', purpose: '登记处核对预约当事人身份' },
      { key: 'mobile', purpose: '预约变动和冷静期届满时短信通知您' },
      { key: 'idNumber', purpose: '预约时核验当事人婚姻登记信息' }
    ],
    applicationFields: [
      { key: 'name', purpose: '填写离婚登记当事人信息' },
      { key: 'mobile', purpose: '办理进度变动时通知您' },
      { key: 'idNumber', purpose: '依法核验当事人身份和婚姻状况' }
    ]
  },
  {
    code: 'HY-003',
    name: '补领结婚证',
    summary: '结婚证丢失或损坏的，可以到婚姻登记机关申请补领。',
    field: 'marriage',
    authority: '示范市民政局',
    applicants: ['person'],
    conditions: [
      '依法登记结婚，现婚姻关系仍然存续，结婚证遗失或者损毁的，当事人可以申请补领。',
      '婚姻登记机关对当事人的婚姻登记档案进行查证，确认属实的，予以补发。'
    ],
    materials: [
      { name: '本人居民身份证', form: ['original'], copies: 1 },
      { name: '近期2寸半身免冠照片', form: ['original'], copies: 2, note: '双方共同申请的提供合影，一方申请的提供本人单人照片' },
      { name: '损毁的结婚证', form: ['original'], copies: 1, note: '结婚证损毁的提供' }
    ],
    steps: [
      '申请：当事人通过“指尖政务厅”预约后到婚姻登记处提出申请',
      '受理：婚姻登记员核验身份，填写《申请补领婚姻登记证声明书》',
      '查证：查询当事人婚姻登记档案，确认登记属实',
      '办结：当场补发结婚证；需跨地区调取纸质档案的，查证后通知领取'
    ],
    legalDays: 30,
    promisedDays: 0,
    fee: { free: true },
    halls: ['H01', 'H02'],
    visits: 1,
    online: false,
    bookable: true,
    keywords: ['结婚证丢了', '补办结婚证', '结婚证补办'],
    faq: [
      {
        q: '补领结婚证必须夫妻两人都到场吗？',
        a: '不必。可以由一方或双方申请，一方申请的补领本人的结婚证。需要注意，补领的结婚证登记日期与原结婚登记日期一致。'
      }
    ],
    complaint: '12345政务服务便民热线',
    appointmentFields: [
      { key: 'name', purpose: '登记处核对预约当事人身份' },
      { key: 'mobile', purpose: '预约变动时短信通知您' },
      { key: 'idNumber', purpose: '预约时查询当事人婚姻登记档案' }
    ],
    applicationFields: [
      { key: 'name', purpose: '填写补领婚姻登记证申请信息' },
      { key: 'mobile', purpose: '办理进度变动时通知您' },
      { key: 'idNumber', purpose: '依法核验当事人身份和婚姻登记档案' }
    ]
  },
  {
    code: 'HY-004',
    name: '补领离婚证',
    summary: '离婚证丢失或损坏的，可以到婚姻登记机关申请补领。',
    field: 'marriage',
    authority: '示范市民政局',
    applicants: ['person'],
    conditions: [
      '依法办理离婚登记后，离婚证遗失或者损毁的，当事人可以申请补领。',
      '通过人民法院判决或调解离婚的，不予补领离婚证，应当以人民法院出具的生效法律文书作为离婚凭证。'
    ],
    materials: [
      { name: '本人居民身份证', form: ['original'], copies: 1 },
      { name: '本人近期2寸半身免冠单人照片', form: ['original'], copies: 2 },
      { name: '损毁的离婚证', form: ['original'], copies: 1, note: '离婚证损毁的提供' }
    ],
    steps: [
      '申请：当事人通过“指尖政务厅”预约后到婚姻登记处提出申请',
      '受理：婚姻登记员核验身份，填写《申请补领婚姻登记证声明书》',
      '查证：查询当事人离婚登记档案，确认登记属实',
      '办结：当场补发离婚证；需跨地区调取纸质档案的，查证后通知领取'
    ],
    legalDays: 30,
    promisedDays: 0,
    fee: { free: true },
    halls: ['H01', 'H03'],
    visits: 1,
    online: false,
    bookable: true,
    keywords: ['离婚证丢了', '补办离婚证', '离婚证补办'],
    faq: [
      {
        q: '法院判决离婚的，能补领离婚证吗？',
        a: '不能。法院判决或调解离婚的，婚姻登记机关不发给离婚证，请以法院的离婚判决书或调解书（附生效证明）作为离婚凭证，遗失的可向原审法院申请调取。'
      }
    ],
    complaint: '12345政务服务便民热线',
    appointmentFields: [
      { key: 'name', purpose: '登记处核对预约当事人身份' },
      { key: 'mobile', purpose: '预约变动时短信通知您' },
      { key: 'idNumber', purpose: '预约时查询当事人婚姻登记档案' }
    ],
    applicationFields: [
      { key: 'name', purpose: '填写补领婚姻登记证申请信息' },
      { key: 'mobile', purpose: '办理进度变动时通知您' },
      { key: 'idNumber', purpose: '依法核验当事人身份和婚姻登记档案' }
    ]
  },
  {
    code: 'HY-005',
    name: '婚姻登记档案查询',
    summary: '查询本人在婚姻登记机关的结婚、离婚登记记录，出具婚姻登记记录证明。',
    field: 'marriage',
    authority: '示范市民政局',
    applicants: ['person'],
    conditions: [
      '婚姻当事人可以查询本人的婚姻登记档案；委托他人查询的，应当出具当事人的授权委托书。',
      '人民法院、人民检察院、公安机关等因工作需要查询的，按照《婚姻登记档案管理办法》的规定办理。'
    ],
    materials: [
      { name: '本人居民身份证', form: ['original'], copies: 1 },
      { name: '授权委托书及受托人居民身份证', form: ['original'], copies: 1, note: '委托他人代为查询的提供' }
    ],
    steps: [
      '申请：当事人通过“指尖政务厅”在线申请，或到婚姻登记处窗口申请',
      '受理：核验查询人身份及查询权限',
      '查询：调阅婚姻登记档案，电子档案可即时查询，早年纸质档案需调档查证',
      '办结：出具婚姻登记记录证明，在线申请的可下载电子证明'
    ],
    legalDays: 20,
    promisedDays: 3,
    fee: { free: true },
    halls: ['H01'],
    visits: 0,
    online: true,
    bookable: false,
    keywords: ['婚姻状况证明', '婚姻登记记录', '查婚姻档案', '单身证明'],
    faq: [
      {
        q: '买房、贷款要开单身证明，民政局能开吗？',
        a: '婚姻登记机关不出具“单身证明”，可出具本人婚姻登记记录证明，如实反映在登记系统中的结婚、离婚登记记录，可通过“指尖政务厅”在线申请下载。'
      }
    ],
    complaint: '12345政务服务便民热线',
    appointmentFields: [],
    applicationFields: [
      { key: 'name', purpose: '核对查询人与档案当事人一致' },
      { key: 'mobile', purpose: '查询结果出具后短信通知您' },
      { key: 'idNumber', purpose: '依法核验查询人身份，仅限查询本人档案' }
    ]
  },
  {
    code: 'JT-001',
    name: '机动车驾驶证有效期满换证',
    summary: '驾驶证有效期快到了，在期满前90日内申请换发新的驾驶证。',
    field: 'transport',
    authority: '示范市公安局交通警察支队',
    applicants: ['person'],
    conditions: [
      '机动车驾驶人应当于机动车驾驶证有效期满前九十日内，向机动车驾驶证核发地或者核发地以外的车辆管理所申请换证。',
      '驾驶人身体条件应当符合相应准驾车型的要求，驾驶证未被吊销、注销、扣押。'
    ],
    materials: [
      { name: '机动车驾驶人身份证明', form: ['original'], copies: 1, note: '居民身份证' },
      { name: '医疗机构出具的有关身体条件的证明', form: ['original', 'electronic'], copies: 1, note: '在具备资质的医疗机构体检，已联网传输电子证明的无需提交纸质件' },
      { name: '原机动车驾驶证', form: ['original'], copies: 1 }
    ],
    steps: [
      '申请：驾驶人通过“指尖政务厅”或交管12123在线申请，或预约后到窗口申请',
      '受理：核验身份证明、身体条件证明和驾驶证状态',
      '审核：车辆管理所审核驾驶人信息和交通违法、事故处理情况',
      '办结：换发新的机动车驾驶证，在线申请的邮寄送达，窗口申请的当场领取'
    ],
    legalDays: 1,
    promisedDays: 0,
    fee: {
      free: false,
      amount: '机动车驾驶证工本费每证10元',
      basis: '《国家发展改革委 财政部关于公安交通管理收费有关问题的通知》（发改价格〔2004〕2831号）'
    },
    halls: ['H01', 'H02'],
    visits: 0,
    online: true,
    bookable: true,
    keywords: ['驾照', '换驾照', '驾照到期', '驾驶证换证', '驾照过期'],
    faq: [
      {
        q: '驾照已经过期了还能换吗？',
        a: '超过有效期一年以内的，可以直接申请换证；超过一年以上未换证的，驾驶证将被注销，注销后二年内可申请恢复驾驶资格，需考试科目一合格。请尽早办理，过期期间不得驾驶机动车。'
      },
      {
        q: '换驾照一定要去窗口吗？',
        a: '不一定。在联网医疗机构完成体检后，可通过“指尖政务厅”或交管12123在线申请，新驾驶证邮寄到家，一次都不用跑。'
      }
    ],
    complaint: '12345政务服务便民热线',
    appointmentFields: [
      { key: 'name', purpose: '窗口核对预约人身份' },
      { key: 'mobile', purpose: '预约变动时短信通知您' }
    ],
    applicationFields: [
      { key: 'name', purpose: '核对机动车驾驶证登记信息' },
      { key: 'mobile', purpose: '办理进度和邮寄信息短信通知您' },
      { key: 'idNumber', purpose: '依法核验驾驶人身份证明' }
    ]
  },
  {
    code: 'JT-002',
    name: '机动车驾驶证补领',
    summary: '驾驶证丢失后，申请补领机动车驾驶证。',
    field: 'transport',
    authority: '示范市公安局交通警察支队',
    applicants: ['person'],
    conditions: [
      '机动车驾驶证遗失的，机动车驾驶人应当向机动车驾驶证核发地或者核发地以外的车辆管理所申请补领。',
      '驾驶证被依法扣押、扣留或者暂扣期间，不得申请补领。'
    ],
    materials: [
      { name: '机动车驾驶人身份证明', form: ['original'], copies: 1, note: '居民身份证' }
    ],
    steps: [
      '申请：驾驶人通过“指尖政务厅”或交管12123在线申请，或预约后到窗口申请',
      '受理：核验驾驶人身份和驾驶证状态',
      '审核：车辆管理所确认符合补领条件，原驾驶证作废',
      '办结：补发机动车驾驶证，在线申请的邮寄送达，窗口申请的当场领取'
    ],
    legalDays: 1,
    promisedDays: 0,
    fee: {
      free: false,
      amount: '机动车驾驶证工本费每证10元',
      basis: '《国家发展改革委 财政部关于公安交通管理收费有关问题的通知》（发改价格〔2004〕2831号）'
    },
    halls: ['H01', 'H03'],
    visits: 0,
    online: true,
    bookable: true,
    keywords: ['驾照丢了', '补驾照', '补办驾驶证', '驾照补办'],
    faq: [
      {
        q: '补领驾照期间可以开车吗？',
        a: '可以通过交管12123申领电子驾驶证，电子驾驶证与纸质驾驶证具有同等效力，可在补领期间出示使用。'
      }
    ],
    complaint: '12345政务服务便民热线',
    appointmentFields: [
      { key: 'name', purpose: '窗口核对预约人身份' },
      { key: 'mobile', purpose: '预约变动时短信通知您' }
    ],
    applicationFields: [
      { key: 'name', purpose: '核对机动车驾驶证登记信息' },
      { key: 'mobile', purpose: '办理进度和邮寄信息短信通知您' },
      { key: 'idNumber', purpose: '依法核验驾驶人身份证明' }
    ]
  },
  {
    code: 'JT-003',
    name: '机动车注册登记',
    summary: '新车首次上路前办理注册登记，领取号牌、行驶证和登记证书（俗称上牌）。',
    field: 'transport',
    authority: '示范市公安局交通警察支队',
    applicants: ['person', 'legal-person'],
    conditions: [
      '初次申领机动车号牌、行驶证的，机动车所有人应当向住所地的车辆管理所申请注册登记。',
      '机动车应当经机动车安全技术检验合格或者依法免于检验，并已投保机动车交通事故责任强制保险、缴纳车辆购置税。'
    ],
    materials: [
      { name: '机动车所有人身份证明', form: ['original'], copies: 1, note: '个人提供居民身份证，单位提供统一社会信用代码证明' },
      { name: '购车发票等机动车来历证明', form: ['original', 'electronic'], copies: 1 },
      { name: '机动车整车出厂合格证明或者进口机动车进口凭证', form: ['original', 'electronic'], copies: 1 },
      { name: '车辆购置税完税证明或者免税凭证', form: ['electronic'], copies: 1, note: '已联网核查的免于提交' },
      { name: '机动车交通事故责任强制保险凭证', form: ['electronic'], copies: 1, note: '已联网核查的免于提交' }
    ],
    steps: [
      '申请：机动车所有人通过“指尖政务厅”预约，或在销售企业代办点提交申请',
      '查验：车辆到查验区查验，核对车辆识别代号和车辆技术参数',
      '受理：审核来历证明、合格证明等材料，选取机动车号牌号码',
      '办结：核发机动车登记证书、号牌、行驶证和检验合格标志'
    ],
    legalDays: 1,
    promisedDays: 1,
    fee: {
      free: false,
      amount: '汽车号牌每副100元，机动车行驶证、登记证书每证各10元',
      basis: '《国家发展改革委 财政部关于公安交通管理收费有关问题的通知》（发改价格〔2004〕2831号）'
    },
    halls: ['H01', 'H02'],
    visits: 1,
    online: false,
    bookable: true,
    keywords: ['上牌', '新车上牌', '选车牌', '车辆登记', '挂牌'],
    faq: [
      {
        q: '新车买了多久内要上牌？',
        a: '新车未上牌前需凭临时行驶车号牌上路。临时号牌有效期届满前应当完成注册登记，建议提车后尽快办理。'
      },
      {
        q: '可以在4S店直接上牌吗？',
        a: '可以。本市部分汽车销售企业设有机动车登记服务站，购车时可在店内完成查验、选号和注册登记。'
      }
    ],
    complaint: '12345政务服务便民热线',
    appointmentFields: [
      { key: 'name', purpose: '窗口核对预约人身份' },
      { key: 'mobile', purpose: '预约变动时短信通知您' }
    ],
    applicationFields: [
      { key: 'name', purpose: '核对机动车所有人或代理人信息' },
      { key: 'mobile', purpose: '办理进度短信通知您' }
    ]
  },
  {
    code: 'JT-004',
    name: '道路运输从业人员从业资格证申领',
    summary: '从事经营性道路旅客运输或货物运输的驾驶员，考试合格后申领从业资格证。',
    field: 'transport',
    authority: '示范市交通运输局',
    applicants: ['person'],
    conditions: [
      '经营性道路货物运输驾驶员应当取得相应的机动车驾驶证一年以上，年龄不超过六十周岁，三年内无重大以上交通责任事故，并经考试合格。',
      '经营性道路旅客运输驾驶员除具备相应的机动车驾驶证、年龄和无重大以上交通责任事故等条件外，还应当三年内无驾驶证记满12分记录。'
    ],
    materials: [
      { name: '道路运输从业人员从业资格考试申请表', form: ['original', 'electronic'], copies: 1 },
      { name: '居民身份证', form: ['original'], copies: 1 },
      { name: '机动车驾驶证', form: ['original'], copies: 1 }
    ],
    steps: [
      '申请：申请人通过“指尖政务厅”在线报名，或预约后到窗口提交材料',
      '受理：交通运输主管部门审核报名条件，符合条件的安排考试',
      '考试：申请人按通知参加从业资格考试',
      '办结：考试合格的，核发道路运输从业人员从业资格证，可同步申领电子证照'
    ],
    legalDays: 10,
    promisedDays: 3,
    fee: { free: true },
    halls: ['H01', 'H03'],
    visits: 1,
    online: true,
    bookable: true,
    keywords: ['货运资格证', '客运资格证', '从业资格证', '运输资格证'],
    faq: [
      {
        q: '开4.5吨以下的普通货车需要货运资格证吗？',
        a: '使用总质量4.5吨及以下普通货运车辆从事普通货物运输的驾驶员，按规定不再需要取得道路运输从业资格证。'
      }
    ],
    complaint: '12345政务服务便民热线',
    appointmentFields: [
      { key: 'name', purpose: '窗口核对预约人身份' },
      { key: 'mobile', purpose: '预约变动时短信通知您' }
    ],
    applicationFields: [
      { key: 'name', purpose: '填写从业资格考试报名信息' },
      { key: 'mobile', purpose: '考试安排和发证通知短信告知您' },
      { key: 'idNumber', purpose: '依法核验申请人身份和驾驶证信息' }
    ]
  },
  {
    code: 'JT-005',
    name: '出租汽车驾驶员从业资格注册',
    summary: '取得出租汽车驾驶员从业资格证并受聘于出租汽车企业后，办理从业资格注册。',
    field: 'transport',
    authority: '示范市交通运输局',
    applicants: ['person', 'legal-person'],
    conditions: [
      '已取得巡游出租汽车驾驶员从业资格证，并与本市出租汽车经营者签订劳动合同或者经营合同的，可以申请从业资格注册。',
      '个体巡游出租汽车经营者本人驾驶出租汽车从事经营活动的，持从业资格证及车辆营运证申请注册。'
    ],
    materials: [
      { name: '巡游出租汽车驾驶员从业资格注册登记表', form: ['original', 'electronic'], copies: 1 },
      { name: '巡游出租汽车驾驶员从业资格证', form: ['original', 'electronic'], copies: 1 },
      { name: '与出租汽车经营者签订的劳动合同或者经营合同', form: ['copy'], copies: 1, note: '受聘于出租汽车企业的提供' },
      { name: '出租汽车车辆营运证', form: ['original', 'electronic'], copies: 1, note: '个体巡游出租汽车经营者本人驾驶的提供' }
    ],
    steps: [
      '申请：出租汽车经营者或驾驶员通过“指尖政务厅”或到窗口提交注册申请',
      '受理：交通运输主管部门核验从业资格证和合同信息',
      '审核：审核驾驶员信用记录和注册条件',
      '办结：准予注册的，在从业资格证和管理系统中登记注册信息'
    ],
    legalDays: 5,
    promisedDays: 2,
    fee: { free: true },
    halls: ['H01'],
    visits: 0,
    online: true,
    bookable: false,
    keywords: ['出租车注册', '的哥注册', '出租车资格证', '出租车上岗'],
    faq: [
      {
        q: '换了一家出租车公司，要重新注册吗？',
        a: '需要。驾驶员与原经营者解除合同的，由原经营者申请注销注册；受聘于新经营者后，应当重新申请从业资格注册。'
      }
    ],
    complaint: '12345政务服务便民热线',
    appointmentFields: [],
    applicationFields: [
      { key: 'name', purpose: '核对驾驶员从业资格证信息' },
      { key: 'mobile', purpose: '注册结果短信通知您' },
      { key: 'idNumber', purpose: '依法核验驾驶员身份和从业资格信息' }
    ]
  },
  {
    code: 'JT-006',
    name: '交通违法处理',
    summary: '对交通技术监控设备记录的交通违法行为（电子眼抓拍），在线或到窗口接受处理并缴纳罚款。',
    field: 'transport',
    authority: '示范市公安局交通警察支队',
    applicants: ['person', 'legal-person'],
    conditions: [
      '机动车有交通技术监控设备记录的道路交通安全违法行为，机动车所有人、管理人或者驾驶人可以申请处理。',
      '对违法事实有异议的，可以到窗口提出陈述和申辩，公安机关交通管理部门应当复核。'
    ],
    materials: [
      { name: '机动车驾驶证', form: ['original', 'electronic'], copies: 1 },
      { name: '机动车行驶证', form: ['original', 'electronic'], copies: 1 },
      { name: '处理人身份证明', form: ['original'], copies: 1, note: '到窗口处理时提供' }
    ],
    steps: [
      '查询：通过“指尖政务厅”或交管12123查询本人及名下车辆的交通违法记录',
      '确认：核对违法时间、地点和行为，无异议的确认处理',
      '处罚：公安机关交通管理部门依法作出处罚决定，记分同步记入驾驶证',
      '缴款：按处罚决定书在线或到银行缴纳罚款，处理办结'
    ],
    legalDays: 0,
    promisedDays: 0,
    fee: { free: true },
    halls: ['H01', 'H02'],
    visits: 0,
    online: true,
    bookable: false,
    keywords: ['处理违章', '交罚款', '违章扣分', '电子眼', '查违章'],
    faq: [
      {
        q: '交通违法一定要本人处理吗？',
        a: '记分的违法行为应当由实际驾驶人本人处理，严禁买分卖分；不记分的违法行为，机动车所有人或管理人可以处理。'
      },
      {
        q: '罚款多久内要交？',
        a: '应当自收到处罚决定书之日起15日内缴纳罚款，到期不缴纳的，每日按罚款数额的3%加处罚款。'
      }
    ],
    complaint: '12345政务服务便民热线',
    appointmentFields: [],
    applicationFields: [
      { key: 'name', purpose: '核对违法处理人信息' },
      { key: 'mobile', purpose: '处罚决定和缴款结果短信通知您' },
      { key: 'idNumber', purpose: '依法核验处理人驾驶证信息' }
    ]
  }
]
