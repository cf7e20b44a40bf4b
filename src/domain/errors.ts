/**
 * Every failure the hall reports to a person has a code from this table.
 * Codes are `AREA.REASON` so clients branch on them; messages are what a citizen reads.
 */
import { APPOINTMENT_ERROR_MESSAGES } from './appointments/errors'

export const ERROR_MESSAGES = {
  ...APPOINTMENT_ERROR_MESSAGES,
  'APPOINTMENT.NOT_BOOKABLE': '该事项在所选大厅暂不提供预约',
  'APPOINTMENT.CODE_INVALID': '预约码不正确，请核对后重新输入',
  'APPOINTMENT.WRONG_HALL': '该预约不在本大厅办理，请引导群众前往预约的大厅',
  'APPOINTMENT.NOT_TODAY': '不在该预约的核验时间内（预约当天、开始前30分钟起）',
  'APPOINTMENT.KEY_REUSED': '重复提交的请求与原请求内容不一致，请刷新后重新预约',
  'STAFF.NO_HALL': '您的账号尚未分配所在大厅，请联系管理员',
  'REQUEST.INVALID': '提交的内容不符合要求，请检查后重试',
  'REQUEST.TOO_LARGE': '提交的内容过大',
  'REQUEST.HOST_REFUSED': '该地址不是本服务的访问地址，请使用启动时显示的地址访问',
  'REQUEST.CROSS_ORIGIN': '不接受来自其他网站的提交',
  'REQUEST.CONTENT_TYPE': '提交的内容应为 JSON 格式（Content-Type: application/json）',
  'ACTION.UNKNOWN': '不支持的操作',
  'AUTH.REQUIRED': '请先登录后再办理',
  'AUTH.FORBIDDEN': '您没有办理此项操作的权限',
  'MEMBER.NOT_FOUND': '未找到该工作人员',
  'MEMBER.SELF_CHANGE': '不能修改自己的角色',
  'MEMBER.LAST_ADMIN': '这是最后一名管理员，不能撤销或改为工作人员；请先为其他人授予管理员',
  'CONSENT.REQUIRED': '请先阅读并同意隐私政策',
  'CONSENT.OUTDATED': '隐私政策已更新，请重新阅读并同意',
  'RATE.LIMITED': '操作过于频繁，请稍后再试',
  'GUIDE.NOT_FOUND': '未找到该办事指南，可能已调整或停止办理',
  'ITEM.EXISTS': '该事项编码已存在',
  'ITEM.NOT_FOUND': '未找到该事项',
  'ITEM.STATE': '事项当前状态不能进行此操作',
  'HALL.NOT_FOUND': '所选办理大厅不存在',
  'CLOSURE.CHOICE_REQUIRED': '当天已有预约，请选择取消这些预约或保留并通知群众',
  'NOTICE.NOT_FOUND': '未找到该公告，可能已撤回',
  'NOTICE.STATE': '公告当前状态不能进行此操作',
  'LINK.NOT_FOUND': '未找到该便民入口',
  'INTERNAL': '服务暂时不可用，请稍后再试',
  'NETWORK.UNAVAILABLE': '网络连接失败，请检查网络后重试'
} as const

export type ErrorCode = keyof typeof ERROR_MESSAGES

export interface FieldIssue {
  path: string
  message: string
}

export class AppError extends Error {
  readonly code: ErrorCode
  readonly issues?: FieldIssue[]

  constructor(code: ErrorCode, message?: string, issues?: FieldIssue[]) {
    super(message ?? ERROR_MESSAGES[code])
    this.name = 'AppError'
    this.code = code
    this.issues = issues
  }
}

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(ERROR_MESSAGES, value)
}
