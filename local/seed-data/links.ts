/**
 * Demo convenience links (便民查询) and search synonyms of 示范市. The AppIDs are fictional: they
 * have the shape of real ones but open nothing. The order of the list is the order shown.
 */
import type { LinkInput } from '../../src/domain/links'

export const CONVENIENCE_LINKS: LinkInput[] = [
  {
    kind: 'miniprogram',
    title: '社保查询',
    hint: '参保信息、缴费记录、待遇发放',
    appId: 'wx3f8a21c6d94e0b57',
    path: 'pages/index/index'
  },
  {
    kind: 'miniprogram',
    title: '医保电子凭证',
    hint: '激活凭证，看病购药扫码结算',
    appId: 'wx7c0d5e2b9a61f348',
    path: 'pages/ecert/index'
  },
  {
    kind: 'miniprogram',
    title: '公积金查询',
    hint: '账户余额、缴存明细、贷款进度',
    appId: 'wx91b4e7a0c25d6f83',
    path: 'pages/account/index'
  },
  {
    kind: 'miniprogram',
    title: '交通违法查询',
    hint: '按车牌号查询违法记录和记分',
    appId: 'wx2e6c9f13a8b0d475',
    path: 'pages/violation/index'
  },
  {
    kind: 'miniprogram',
    title: '不动产查询',
    hint: '登记进度、权属信息查询',
    appId: 'wx5d0a8b3f71e2c964',
    path: 'pages/query/index?type=progress'
  },
  {
    kind: 'miniprogram',
    title: '个税查询',
    hint: '收入纳税明细、专项附加扣除',
    appId: 'wxa4f17c2e0b9d3856',
    path: 'pages/index/index'
  },
  {
    kind: 'page',
    title: '出入境指南',
    hint: '护照、港澳台通行证办理须知',
    url: '/pages/guides/index?field=exit-entry'
  },
  {
    kind: 'page',
    title: '通知公告',
    hint: '办公时间调整和最新政策',
    url: '/pages/notices/index'
  }
]

/**
 * Words citizens use, mapped to the words of the catalogue, so a search for 驾照 also finds
 * 机动车驾驶证. Targets are added to the query, never substituted for it.
 */
export const SYNONYMS: Record<string, string[]> = {
  身份证: ['居民身份证'],
  驾照: ['机动车驾驶证'],
  社保卡: ['社会保障卡'],
  社保: ['社会保险', '社会保障'],
  低保: ['最低生活保障'],
  营业执照: ['个体工商户设立登记', '设立登记'],
  开店: ['个体工商户'],
  开公司: ['企业设立登记', '设立登记'],
  上学: ['入学'],
  房产证: ['不动产权证书', '不动产登记'],
  过户: ['转移登记'],
  医保: ['医疗保险', '医疗保障'],
  报销: ['医疗费用报销', '零星报销'],
  养老保险: ['基本养老保险'],
  退休: ['基本养老保险', '退休待遇'],
  户口: ['户籍', '户口迁移'],
  落户: ['户口迁入', '户籍'],
  结婚证: ['结婚登记'],
  离婚: ['离婚登记'],
  护照: ['普通护照'],
  港澳通行证: ['往来港澳通行证'],
  台湾通行证: ['往来台湾通行证'],
  个税: ['个人所得税'],
  退税: ['个人所得税', '汇算清缴'],
  公积金: ['住房公积金'],
  行驶证: ['机动车行驶证'],
  敬老: ['老年人优待证'],
  老年证: ['老年人优待证'],
  生孩子: ['出生一件事', '生育'],
  失业金: ['失业保险金']
}
