/**
 * The personal fields a service item may ask for, and the rules for each. A service declares
 * which ones its appointment or application needs and why; the form shows exactly those with
 * their purpose, and the function's schema accepts exactly those (anything more is refused).
 */
import { text, z } from './schema'
import { maskIdNumber, maskPhone } from './mask'
import { PERSONAL_FIELD_META, type PersonalFieldDeclaration, type PersonalFieldKey } from './personal-fields-meta'

export type { PersonalFieldDeclaration, PersonalFieldKey }

/** GB 11643 check digit for the first 17 digits of a resident identity number. */
export function idNumberCheckDigit(first17: string): string {
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
  const sum = weights.reduce((n, w, i) => n + w * Number(first17[i]), 0)
  return '10X98765432'[sum % 11]
}

export function isValidIdNumber(id: string): boolean {
  return /^\d{17}[\dX]$/.test(id) && idNumberCheckDigit(id.slice(0, 17)) === id[17]
}

export const PERSONAL_FIELDS = {
  name: {
    label: PERSONAL_FIELD_META.name.label,
    sensitive: false,
    schema: z.string().trim().min(2, '请填写姓名').max(30, '姓名过长').regex(/^[\u4e00-\u9fa5·A-Za-z ]+$/, '姓名只能包含汉字、字母和间隔号'),
    mask: (v: string) => (v.length <= 1 ? '*' : `${v[0]}${'*'.repeat(v.length - 1)}`)
  },
  mobile: {
    label: PERSONAL_FIELD_META.mobile.label,
    sensitive: false,
    schema: z.string().trim().regex(/^1[3-9]\d{9}$/, '请填写11位手机号码'),
    mask: maskPhone
  },
  idNumber: {
    label: PERSONAL_FIELD_META.idNumber.label,
    sensitive: true,
    schema: z.string().trim().toUpperCase().refine(isValidIdNumber, '身份证号码不正确，请核对'),
    mask: maskIdNumber
  }
} as const


const declarationSchema = z
  .array(z.strictObject({ key: z.enum(Object.keys(PERSONAL_FIELDS) as [PersonalFieldKey, ...PersonalFieldKey[]]), purpose: text(80, 4) }))
  .max(Object.keys(PERSONAL_FIELDS).length)
  .refine((list) => new Set(list.map((d) => d.key)).size === list.length, '同一字段不能重复声明')

/** Validates a service item's declaration (administrators edit these in the catalogue). */
export function parseDeclaration(value: unknown): PersonalFieldDeclaration[] {
  return declarationSchema.parse(value)
}

/** The strict schema of exactly the declared fields: undeclared ones are refused, not dropped. */
export function schemaFor(declaration: PersonalFieldDeclaration[]) {
  const shape: Record<string, z.ZodType> = {}
  for (const { key } of declaration) shape[key] = PERSONAL_FIELDS[key].schema
  return z.strictObject(shape)
}

/** Masked copies for display and logs. */
export function maskPersonal(values: Partial<Record<PersonalFieldKey, string>>): Partial<Record<PersonalFieldKey, string>> {
  const out: Partial<Record<PersonalFieldKey, string>> = {}
  for (const [key, value] of Object.entries(values) as Array<[PersonalFieldKey, string]>) out[key] = PERSONAL_FIELDS[key].mask(value)
  return out
}
