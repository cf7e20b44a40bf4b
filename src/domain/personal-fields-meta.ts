/**
 * How each personal field is presented (no validation library here, so forms in the main
 * package stay light; the rules live in personal-fields.ts and run in the functions).
 */
export const PERSONAL_FIELD_META = {
  name: { label: '姓名', placeholder: '与证件一致', inputType: 'text', maxLength: 30 },
  mobile: { label: '手机号码', placeholder: '11位手机号码', inputType: 'number', maxLength: 11 },
  idNumber: { label: '居民身份证号码', placeholder: '18位身份证号码', inputType: 'idcard', maxLength: 18 }
} as const

export type PersonalFieldKey = keyof typeof PERSONAL_FIELD_META

export interface PersonalFieldDeclaration {
  key: PersonalFieldKey
  /** Why this service needs it, in plain Chinese, shown beside the field. */
  purpose: string
}
