/**
 * Every collection the hall uses: its purpose, retention, every field it may hold (with the
 * personal ones' purpose, legal basis and who may see them whole), and its indexes.
 *
 * This one table is the personal-data registry (docs/privacy.md), the list of CloudBase
 * collections and indexes to create (docs/data.md) and the local store's schema: the local
 * store refuses to write a field that is not declared here, so no function can quietly start
 * collecting something new. A collection not listed here does not exist.
 */
export interface IndexSpec {
  fields: Array<[field: string, order: 1 | -1]>
  unique?: boolean
  why: string
}

export interface PersonalFieldSpec {
  purpose: string
  /** The PIPL article the processing rests on. */
  legalBasis: string
  /** Who sees the value unmasked; everyone else sees it masked or not at all. */
  seeWhole: string
  /** Sensitive personal information (PIPL art. 28): encrypted at rest, found by keyed hash. */
  sensitive?: boolean
}

export interface FieldSpec {
  meaning: string
  personal?: PersonalFieldSpec
}

/** What happens to a citizen's documents here when they delete their account data. */
export type Erasure = { delete: true } | { keep: string }

export interface CollectionSpec {
  purpose: string
  /** The field holding the OPENID of the citizen the document is about (for export and erasure). */
  owner?: string
  erasure?: Erasure
  /** Documents whose `field` is older than `days` are purged by the retention timer. */
  expire?: { field: string; days: number }
  /** Operational counters, not records of anyone's affairs (left out of data exports). */
  operational?: boolean
  retention?: string
  fields?: Record<string, FieldSpec>
  indexes: IndexSpec[]
}

const PERFORM_DUTY = '履行法定职责或者法定义务所必需（个人信息保护法第十三条第一款第三项、第五项）'
const HR_MANAGEMENT = '按照依法制定的劳动规章制度实施人力资源管理所必需（个人信息保护法第十三条第一款第二项）'

export const COLLECTIONS = {
  members: {
    purpose: '工作人员与管理员的角色和所属部门（未列入者均为群众）',
    retention: '任职期间；撤销角色时删除',
    fields: {
      _id: { meaning: '该工作人员的 OPENID', personal: { purpose: '识别工作人员身份以授予权限', legalBasis: HR_MANAGEMENT, seeWhole: '本人、管理员' } },
      role: { meaning: '角色：staff 工作人员 / admin 管理员' },
      department: { meaning: '所属部门编码（工作人员）' },
      hall: { meaning: '所在大厅编码（工作人员；到场核验只限本大厅）' },
      name: { meaning: '姓名', personal: { purpose: '在工作台和审计记录中标明经办人', legalBasis: HR_MANAGEMENT, seeWhole: '本人、管理员（角色管理名单与审计记录只显示脱敏姓名，如 王*明；修改该人角色时见全名）' } },
      updatedAt: { meaning: '最近变更时间' }
    },
    indexes: [{ fields: [['role', 1], ['department', 1]], why: '按角色、部门列出工作人员' }]
  },
  departments: {
    purpose: '办事部门名录',
    retention: '长期',
    fields: {
      _id: { meaning: '部门编码' },
      code: { meaning: '部门编码' },
      name: { meaning: '部门名称' }
    },
    indexes: [{ fields: [['code', 1]], unique: true, why: '部门编码唯一' }]
  },
  consents: {
    purpose: '群众对隐私政策的同意与撤回记录（政策版本、目的、时间）',
    owner: 'openid',
    erasure: { delete: true },
    retention: '撤回或删除账户数据时删除；否则随政策版本更新保留最近记录',
    fields: {
      _id: { meaning: '记录编号' },
      openid: { meaning: '群众 OPENID', personal: { purpose: '证明处理个人信息前已取得同意', legalBasis: '取得个人的同意（个人信息保护法第十三条第一款第一项）', seeWhole: '本人' } },
      policyVersion: { meaning: '同意时的隐私政策版本' },
      purposes: { meaning: '同意的处理目的' },
      event: { meaning: 'given 同意 / withdrawn 撤回' },
      at: { meaning: '时间' }
    },
    indexes: [{ fields: [['openid', 1], ['at', -1]], why: '查本人最近一次同意' }]
  },
  rate_limits: {
    purpose: '写操作与被拒绝调用的频率计数（防滥用），按身份、操作和时间窗口计数',
    operational: true,
    owner: 'openid',
    erasure: { delete: true },
    expire: { field: 'expiresAt', days: 1 },
    retention: '时间窗口结束后一天内删除',
    fields: {
      _id: { meaning: '身份|操作|窗口起点' },
      openid: { meaning: '调用者 OPENID', personal: { purpose: '按身份限制写操作频率，防止滥用', legalBasis: '为履行法定职责、保障服务安全所必需（个人信息保护法第十三条第一款第三项、第五项）', seeWhole: '任何人均不可查看' } },
      action: { meaning: '操作（函数.动作）；* 为该身份全部写操作合计，refused 为被拒绝的调用' },
      count: { meaning: '窗口内次数' },
      expiresAt: { meaning: '计数失效时间' }
    },
    indexes: [{ fields: [['expiresAt', 1]], why: '清理过期计数' }]
  },
  service_items: {
    purpose: '政务服务事项目录（事项实施清单要素）；草稿群众不可见',
    retention: '长期；归档后保留以备查考',
    fields: {
      _id: { meaning: '事项编码' },
      code: { meaning: '事项编码' },
      name: { meaning: '事项名称' },
      summary: { meaning: '一句话说明' },
      field: { meaning: '服务领域编码' },
      authority: { meaning: '实施机关' },
      applicants: { meaning: '服务对象：person 个人 / legal-person 法人' },
      conditions: { meaning: '受理条件' },
      materials: { meaning: '申请材料（名称、原件/复印件/电子件、份数、备注）' },
      steps: { meaning: '办理流程' },
      legalDays: { meaning: '法定办结时限（工作日）' },
      promisedDays: { meaning: '承诺办结时限（工作日）' },
      fee: { meaning: '是否收费、收费标准与依据' },
      halls: { meaning: '办理大厅编码' },
      visits: { meaning: '到现场次数' },
      online: { meaning: '可否网上办理' },
      bookable: { meaning: '可否预约' },
      keywords: { meaning: '检索关键词（管理员维护）' },
      faq: { meaning: '常见问题' },
      complaint: { meaning: '监督投诉渠道' },
      appointmentFields: { meaning: '预约所需个人信息声明（字段与用途）' },
      applicationFields: { meaning: '申请所需个人信息声明（字段与用途）' },
      terms: { meaning: '检索用的字与二字词（由名称、关键词、说明生成）' },
      status: { meaning: 'draft 草稿 / published 已发布 / archived 已归档' },
      publishedAt: { meaning: '首次发布时间' },
      updatedAt: { meaning: '最近修改时间' }
    },
    indexes: [
      { fields: [['status', 1], ['field', 1], ['code', 1]], why: '按领域分页列出已发布事项' },
      { fields: [['terms', 1]], why: '检索：按字词取候选事项（数组字段多键索引）' },
      { fields: [['status', 1], ['updatedAt', -1]], why: '管理端按状态、修改时间列出' }
    ]
  },
  halls: {
    purpose: '政务服务大厅：地址、电话、开放时间',
    retention: '长期',
    fields: {
      _id: { meaning: '大厅编码' },
      code: { meaning: '大厅编码' },
      name: { meaning: '名称' },
      address: { meaning: '地址' },
      phone: { meaning: '咨询电话（单位电话）' },
      weekdays: { meaning: '开放的星期（1-7）' },
      periods: { meaning: '开放时段' },
      hoursText: { meaning: '开放时间说明' },
      transit: { meaning: '交通指引' },
      updatedAt: { meaning: '最近修改时间' }
    },
    indexes: [{ fields: [['code', 1]], unique: true, why: '大厅编码唯一' }]
  },
  synonyms: {
    purpose: '检索同义词（群众常用说法 → 目录用语），管理员维护',
    retention: '长期',
    fields: {
      _id: { meaning: '群众常用说法' },
      targets: { meaning: '对应的目录用语' },
      updatedAt: { meaning: '最近修改时间' }
    },
    indexes: []
  },
  notices: {
    purpose: '通知公告、政策解读、新闻动态；定时发布、置顶、撤回',
    retention: '长期（撤回的保留以备查考）',
    fields: {
      _id: { meaning: '公告编号' },
      kind: { meaning: 'notice 通知公告 / policy 政策解读 / news 新闻动态' },
      title: { meaning: '标题' },
      source: { meaning: '发布单位' },
      body: { meaning: '正文（经白名单净化的富文本）' },
      status: { meaning: 'draft 草稿 / published 已发布（publishAt 未到为定时） / withdrawn 已撤回' },
      publishAt: { meaning: '发布时间（可为将来，即定时发布）' },
      pinned: { meaning: '是否置顶' },
      version: { meaning: '修订版本号，每次修改加一' },
      updatedAt: { meaning: '最近修改时间' }
    },
    indexes: [
      { fields: [['status', 1], ['publishAt', -1]], why: '群众端按发布时间倒序列出已发布公告' },
      { fields: [['status', 1], ['kind', 1], ['publishAt', -1]], why: '按类别列出' },
      { fields: [['updatedAt', -1]], why: '管理端按修改时间列出' }
    ]
  },
  notice_revisions: {
    purpose: '公告的修改历史：每次修改前的版本',
    retention: '与公告相同',
    fields: {
      _id: { meaning: '公告编号|版本号' },
      noticeId: { meaning: '公告编号' },
      version: { meaning: '版本号' },
      kind: { meaning: '类别' },
      title: { meaning: '标题' },
      source: { meaning: '发布单位' },
      body: { meaning: '正文' },
      editedAt: { meaning: '该版本被替换的时间' }
    },
    indexes: [{ fields: [['noticeId', 1], ['version', -1]], why: '按公告列出历史版本' }]
  },
  links: {
    purpose: '便民查询入口（其他小程序或本程序页面），管理员维护',
    retention: '长期',
    fields: {
      _id: { meaning: '入口编号' },
      title: { meaning: '名称' },
      hint: { meaning: '说明' },
      kind: { meaning: 'miniprogram 其他小程序 / page 本程序页面' },
      appId: { meaning: '小程序 AppID' },
      path: { meaning: '小程序页面路径' },
      url: { meaning: '本程序页面路径' },
      order: { meaning: '排列顺序' },
      enabled: { meaning: '是否显示' },
      updatedAt: { meaning: '最近修改时间' }
    },
    indexes: [{ fields: [['enabled', 1], ['order', 1]], why: '首页按顺序列出' }]
  },
  favourites: {
    purpose: '群众收藏的办事指南（我的收藏）',
    owner: 'openid',
    erasure: { delete: true },
    retention: '本人取消收藏或删除账户数据时删除',
    fields: {
      _id: { meaning: '收藏编号（本人与事项唯一）' },
      openid: { meaning: '群众 OPENID', personal: { purpose: '把收藏与本人关联，只有本人能看到', legalBasis: '为订立、履行个人作为一方当事人的合同所必需（个人信息保护法第十三条第一款第二项）', seeWhole: '本人' } },
      code: { meaning: '事项编码' },
      at: { meaning: '收藏时间' }
    },
    indexes: [{ fields: [['openid', 1], ['at', -1]], why: '列出本人的收藏' }]
  },
  slot_rules: {
    purpose: '各大厅各事项的预约规则：时段长度、每时段名额、可预约天数、截止与取消时限',
    retention: '长期',
    fields: {
      _id: { meaning: '大厅编码|事项编码' },
      hall: { meaning: '大厅编码' },
      service: { meaning: '事项编码' },
      slotMinutes: { meaning: '时段长度（分钟）' },
      capacity: { meaning: '每时段名额' },
      windowDays: { meaning: '可预约天数（含当天）' },
      cutoffMinutes: { meaning: '开始前多少分钟停止预约' },
      cancelCutoffMinutes: { meaning: '开始前多少分钟停止在线取消' },
      updatedAt: { meaning: '最近修改时间' }
    },
    indexes: [{ fields: [['hall', 1], ['service', 1]], why: '按大厅、事项取规则' }]
  },
  closures: {
    purpose: '大厅临时闭厅日期（节假日之外的停办）',
    retention: '长期',
    fields: {
      _id: { meaning: '大厅编码|日期' },
      hall: { meaning: '大厅编码' },
      date: { meaning: '日期（YYYY-MM-DD，上海时间）' },
      reason: { meaning: '原因' },
      closureId: { meaning: '本次闭厅的编号（取消后再次闭厅是另一次闭厅，群众会再收到通知）' },
      bookings: { meaning: '当天已有预约的处理方式：cancel 取消并通知 / keep 保留并通知联系大厅' },
      updatedAt: { meaning: '最近修改时间' }
    },
    indexes: [{ fields: [['hall', 1], ['date', 1]], why: '按大厅、日期取闭厅安排' }, { fields: [['date', 1]], why: '提醒任务找次日闭厅的大厅' }]
  },
  settings: {
    purpose: '全局设置：法定节假日与调休上班日历；管理员人数（授予、撤销角色时与成员记录同一事务读写，保证至少保留一名管理员）',
    retention: '长期',
    fields: {
      _id: { meaning: '设置名（calendar 日历 / admins 管理员人数）' },
      holidays: { meaning: '法定节假日' },
      workdays: { meaning: '调休上班日' },
      adminCount: { meaning: '管理员人数（admins）：每次授予、变更、撤销角色都在同一事务中读取并写入，并发的两次撤销因此不会都成功' },
      updatedAt: { meaning: '最近修改时间' }
    },
    indexes: []
  },
  slots: {
    purpose: '预约时段计数器：每个大厅、事项、日期、时段已约人数（与预约同一事务增减，防止超约）',
    retention: '时段结束一年后删除',
    expire: { field: 'startsAt', days: 366 },
    fields: {
      _id: { meaning: '大厅|事项|日期|开始时间' },
      hall: { meaning: '大厅编码' },
      service: { meaning: '事项编码' },
      date: { meaning: '日期' },
      start: { meaning: '开始时间' },
      startsAt: { meaning: '开始时刻' },
      capacity: { meaning: '名额' },
      booked: { meaning: '已约人数' },
      updatedAt: { meaning: '最近变更时间' }
    },
    indexes: [
      { fields: [['hall', 1], ['service', 1], ['date', 1]], why: '按大厅、事项、日期取时段余量' },
      { fields: [['hall', 1], ['date', 1]], why: '按大厅统计每日预约量' }
    ]
  },
  appointments: {
    purpose: '群众的大厅预约：事项、大厅、时段、预约码、所需个人信息（按事项声明）与状态',
    owner: 'openid',
    expire: { field: 'endsAt', days: 366 },
    erasure: { keep: '预约记录是大厅排班、到场核验与服务评价的依据，预约日后保存一年，期满由清理任务删除；其中手机号、证件号码已加密保存' },
    retention: '预约日后一年',
    fields: {
      _id: { meaning: '预约编号（由本人与请求幂等键生成，重复提交得到同一预约）' },
      openid: { meaning: '群众 OPENID', personal: { purpose: '把预约与本人关联，只有本人能查看、取消和改约', legalBasis: PERFORM_DUTY, seeWhole: '本人' } },
      code: { meaning: '预约码（到大厅出示）' },
      service: { meaning: '事项编码' },
      serviceName: { meaning: '事项名称' },
      hall: { meaning: '大厅编码' },
      hallName: { meaning: '大厅名称' },
      date: { meaning: '日期' },
      start: { meaning: '开始时间' },
      end: { meaning: '结束时间' },
      startsAt: { meaning: '开始时刻' },
      endsAt: { meaning: '结束时刻' },
      status: { meaning: 'booked 已预约 / cancelled 已取消 / verified 已到场 / no-show 未到场' },
      activeKey: { meaning: '同一群众同一事项同一天只能有一个有效预约的唯一键（本人的哈希，不含 OPENID）' },
      name: { meaning: '预约人姓名（事项声明需要时）', personal: { purpose: '窗口核对预约人', legalBasis: PERFORM_DUTY, seeWhole: '本人；本大厅工作人员只在核验该预约码的结果中看到全名（群众在窗口，与证件核对），今日预约列表只显示脱敏姓名（如 张*三）' } },
      mobile: { meaning: '手机号码（加密保存，另存脱敏副本）', personal: { purpose: '预约变动时联系预约人', legalBasis: PERFORM_DUTY, seeWhole: '本人（本大厅工作人员只见脱敏号码，如 138****5678）' } },
      idNumber: { meaning: '居民身份证号码（加密保存，另存脱敏副本与检索哈希）', personal: { purpose: '法律规定须核验身份的事项核对申请人', legalBasis: PERFORM_DUTY, seeWhole: '本人', sensitive: true } },
      subscribed: { meaning: '是否同意接收预约提醒（一次性订阅消息）' },
      sequence: { meaning: '日历事件版本号，每次改约、取消加一' },
      reminderAt: { meaning: '提醒发出时间' },
      closure: { meaning: '闭厅处理：闭厅编号、原因、处理方式（cancelled 已取消 / kept 保留待联系）、大厅电话、时间；群众在预约上看到' },
      verifiedAt: { meaning: '到场核验时间' },
      verifiedBy: { meaning: '核验的工作人员 OPENID' },
      createdAt: { meaning: '预约时间' },
      updatedAt: { meaning: '最近变更时间' }
    },
    indexes: [
      { fields: [['code', 1]], unique: true, why: '按预约码核验到场' },
      { fields: [['activeKey', 1]], unique: true, why: '同一群众同一事项同一天只能有一个有效预约（数据库保证）' },
      { fields: [['openid', 1], ['startsAt', -1]], why: '我的预约' },
      { fields: [['hall', 1], ['date', 1], ['start', 1]], why: '工作人员查看本大厅当天预约' },
      { fields: [['status', 1], ['date', 1]], why: '提醒任务找次日的有效预约' }
    ]
  },
  outbox: {
    purpose: '发给群众的订阅消息（预约提醒、闭厅通知）；本地演示环境只写入此处，不真正发送',
    owner: 'openid',
    erasure: { delete: true },
    expire: { field: 'createdAt', days: 30 },
    retention: '30 天',
    fields: {
      _id: { meaning: '消息编号（提醒为 reminder|预约编号|版本，闭厅通知为 closure|预约编号|闭厅编号|处理方式，保证只发一次）' },
      openid: { meaning: '收件群众 OPENID', personal: { purpose: '把提醒发给预约本人', legalBasis: '取得个人的同意（个人信息保护法第十三条第一款第一项）', seeWhole: '管理员' } },
      template: { meaning: '消息模板' },
      page: { meaning: '点击消息打开的页面' },
      data: { meaning: '消息内容（事项、时间、地点；不含手机号、证件号）' },
      sent: { meaning: '旧记录：是否已由微信发送（现由 state 记录）' },
      state: { meaning: 'queued 已写入待发送 / sent 已发送 / failed 发送失败 / unsubscribed 未订阅未发送 / local 本地环境未发送' },
      sentAt: { meaning: '微信接收消息的时间' },
      error: { meaning: '发送失败时微信返回的错误码' },
      createdAt: { meaning: '写入时间' }
    },
    indexes: [{ fields: [['createdAt', -1]], why: '管理端按时间查看' }]
  },
  audit: {
    purpose: '工作人员和管理员操作的审计记录（只增不改；被拒绝调用的每小时汇总记录只累加次数）',
    owner: 'actor',
    expire: { field: 'at', days: 3 * 366 },
    erasure: { keep: '审计记录依法留存（网络安全法第二十一条：网络日志不少于六个月），不能删除或修改；保存期满后由清理任务删除' },
    retention: '不少于 3 年（网络安全法第二十一条要求网络日志留存不少于六个月，政务审计从严）',
    fields: {
      _id: { meaning: '记录编号' },
      actor: { meaning: '操作人 OPENID（定时任务记为 timer:触发器名）', personal: { purpose: '追溯操作责任', legalBasis: PERFORM_DUTY, seeWhole: '管理员（审计页面显示操作人的角色与脱敏姓名，已无角色者显示脱敏 OPENID；完整编号只用于按操作人筛选）' } },
      role: { meaning: '操作人当时的角色（定时任务为 system）' },
      action: { meaning: '操作（函数.动作）' },
      target: { meaning: '被操作的记录（集合与编号）' },
      changes: { meaning: '变更字段的旧值与新值；手机号、证件号等先脱敏后写入；审计页面不显示敏感字段与加密值' },
      requestId: { meaning: '请求编号，对应日志' },
      at: { meaning: '操作时间' },
      outcome: { meaning: '结果：done 完成 / refused 被拒绝 / failed 定时任务出错未完成' },
      count: { meaning: '汇总记录：同一身份一小时内超出逐条记录名额（5 条）之后被拒绝的次数' },
      lastAction: { meaning: '汇总记录：最近一次被拒绝的操作' },
      lastAt: { meaning: '汇总记录：最近一次被拒绝的时间' },
      windowEnd: { meaning: '汇总记录：所计时间窗口的结束时间' }
    },
    indexes: [
      { fields: [['at', -1]], why: '按时间倒序翻阅' },
      { fields: [['actor', 1], ['at', -1]], why: '按操作人筛选' }
    ]
  }
} satisfies Record<string, CollectionSpec & Required<Pick<CollectionSpec, 'fields' | 'retention'>>>

export type CollectionName = keyof typeof COLLECTIONS
