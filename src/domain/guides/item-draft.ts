/**
 * The admin console's item form, as data: what people type (text, one line per entry, numbers
 * as typed) and how it becomes the item the catalogue function checks. No zod here (types only
 * from service-item.ts), so the admin package stays light; the function's schema has the last word.
 */
import type { FieldIssue } from '../errors'
import { PERSONAL_FIELD_META, type PersonalFieldDeclaration, type PersonalFieldKey } from '../personal-fields-meta'
import type { ServiceItem } from './service-item'

export type Applicant = 'person' | 'legal-person'
export type MaterialKind = 'original' | 'copy' | 'electronic'

export interface MaterialDraft {
  key: number
  name: string
  form: MaterialKind[]
  copies: string
  note: string
}

export interface FaqDraft {
  key: number
  q: string
  a: string
}

export interface DeclarationDraft {
  /** Checked fields in the order they were checked: the citizen's form asks in this order. */
  on: PersonalFieldKey[]
  purposes: Record<PersonalFieldKey, string>
}

/** The form's own shape: text where people type, converted to the item only on save. */
export interface ItemDraft {
  code: string
  name: string
  summary: string
  field: string
  authority: string
  applicants: Applicant[]
  conditions: string
  materials: MaterialDraft[]
  steps: string
  legalDays: string
  promisedDays: string
  fee: { free: boolean; amount: string; basis: string }
  halls: string[]
  visits: string
  online: boolean
  bookable: boolean
  keywords: string
  faq: FaqDraft[]
  complaint: string
  appointmentFields: DeclarationDraft
  applicationFields: DeclarationDraft
}

export const APPLICANTS: Array<{ code: Applicant; label: string }> = [
  { code: 'person', label: '个人' },
  { code: 'legal-person', label: '法人' }
]

export const MATERIAL_KINDS: Array<{ code: MaterialKind; label: string }> = [
  { code: 'original', label: '原件' },
  { code: 'copy', label: '复印件' },
  { code: 'electronic', label: '电子件' }
]

export const FIELD_KEYS = Object.keys(PERSONAL_FIELD_META) as PersonalFieldKey[]

// Rows need keys that stay with them while others are removed above them; the index would not.
let rowSeq = 0
const nextKey = () => ++rowSeq

export function declarationDraft(list: PersonalFieldDeclaration[] = []): DeclarationDraft {
  const purposes = { name: '', mobile: '', idNumber: '' } as Record<PersonalFieldKey, string>
  for (const d of list) purposes[d.key] = d.purpose
  return { on: list.map((d) => d.key), purposes }
}

export function blankDraft(): ItemDraft {
  return {
    code: '',
    name: '',
    summary: '',
    field: '',
    authority: '',
    applicants: ['person'],
    conditions: '',
    materials: [],
    steps: '',
    legalDays: '',
    promisedDays: '',
    fee: { free: true, amount: '', basis: '' },
    halls: [],
    visits: '',
    online: false,
    bookable: false,
    keywords: '',
    faq: [],
    complaint: '',
    appointmentFields: declarationDraft(),
    applicationFields: declarationDraft()
  }
}

/** A new material row: most materials are one original. */
export const blankMaterial = (): MaterialDraft => ({ key: nextKey(), name: '', form: ['original'], copies: '1', note: '' })

export const blankFaq = (): FaqDraft => ({ key: nextKey(), q: '', a: '' })

export function toDraft(item: ServiceItem): ItemDraft {
  return {
    code: item.code,
    name: item.name,
    summary: item.summary,
    field: item.field,
    authority: item.authority,
    applicants: [...item.applicants],
    conditions: item.conditions.join('\n'),
    materials: item.materials.map((m) => ({ key: nextKey(), name: m.name, form: [...m.form], copies: String(m.copies), note: m.note ?? '' })),
    steps: item.steps.join('\n'),
    legalDays: String(item.legalDays),
    promisedDays: String(item.promisedDays),
    fee: { free: item.fee.free, amount: item.fee.amount ?? '', basis: item.fee.basis ?? '' },
    halls: [...item.halls],
    visits: String(item.visits),
    online: item.online,
    bookable: item.bookable,
    keywords: (item.keywords ?? []).join('\n'),
    faq: (item.faq ?? []).map((f) => ({ key: nextKey(), q: f.q, a: f.a })),
    complaint: item.complaint,
    appointmentFields: declarationDraft(item.appointmentFields),
    applicationFields: declarationDraft(item.applicationFields)
  }
}

/** One entry per non-blank line, trimmed: a trailing newline or a spaced-out line adds nothing. */
export const lines = (text: string) =>
  text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)

// A blank number goes as null so the function reports the field instead of reading it as 0.
export const num = (text: string) => (text.trim() === '' ? null : Number(text.trim()))

const declared = (d: DeclarationDraft): PersonalFieldDeclaration[] => d.on.map((key) => ({ key, purpose: d.purposes[key] }))

/**
 * The item as filled in, for the function to accept or refuse with its own messages: nothing is
 * dropped or defaulted here except what the form itself hides (a free item's fee texts, row keys).
 */
export function toPayload(d: ItemDraft) {
  return {
    code: d.code.trim(),
    name: d.name,
    summary: d.summary,
    field: d.field,
    authority: d.authority,
    applicants: d.applicants,
    conditions: lines(d.conditions),
    materials: d.materials.map((m) => ({ name: m.name, form: m.form, copies: num(m.copies), note: m.note })),
    steps: lines(d.steps),
    legalDays: num(d.legalDays),
    promisedDays: num(d.promisedDays),
    fee: d.fee.free ? { free: true, amount: '', basis: '' } : { ...d.fee },
    halls: d.halls,
    visits: num(d.visits),
    online: d.online,
    bookable: d.bookable,
    keywords: lines(d.keywords),
    faq: d.faq.map((f) => ({ q: f.q, a: f.a })),
    complaint: d.complaint,
    appointmentFields: declared(d.appointmentFields),
    applicationFields: declared(d.applicationFields)
  }
}

export type ItemPayload = ReturnType<typeof toPayload>

/**
 * Whether the form differs from what was loaded: publishing or archiving then waits for a save,
 * so what goes public is what was saved. Typing a change and typing it back is no change.
 */
export const isDirty = (draft: ItemDraft, initial: ItemDraft) => JSON.stringify(draft) !== JSON.stringify(initial)

export function toggle<T>(list: T[], value: T): T[] {
  return list.includes(value) ? list.filter((v) => v !== value) : [...list, value]
}

export const withMaterial = (d: ItemDraft, key: number, patch: Partial<MaterialDraft>): ItemDraft => ({
  ...d,
  materials: d.materials.map((m) => (m.key === key ? { ...m, ...patch } : m))
})

export const withFaq = (d: ItemDraft, key: number, patch: Partial<FaqDraft>): ItemDraft => ({
  ...d,
  faq: d.faq.map((f) => (f.key === key ? { ...f, ...patch } : f))
})

/**
 * The function's issues for one element of the item (`item.<path>`); `deep` takes those of its
 * entries too, for a field that shows a list as one box (one line per condition, the chips).
 */
export const issuesAt = (issues: FieldIssue[], path: string, deep = false) =>
  issues.filter((i) => i.path === `item.${path}` || (deep && i.path.startsWith(`item.${path}.`)))

/** Issues outside the item's own elements (for example a malformed request) have no field to sit by. */
export const unplacedIssues = (issues: FieldIssue[]) => issues.filter((i) => !i.path.startsWith('item.'))

/**
 * The halls to choose from: every hall there is, then any the item names that no longer exists,
 * so that it can still be seen and unticked rather than kept without a word.
 */
export function hallChoices(halls: Array<{ code: string; name: string }>, chosen: string[]): Array<{ code: string; name: string }> {
  return [...halls, ...chosen.filter((c) => !halls.some((h) => h.code === c)).map((c) => ({ code: c, name: `${c}（已不存在）` }))]
}
