/**
 * Demo data for the local hall: departments, the staff and administrator behind the seeded
 * personas, halls, the service catalogue, notices, convenience links and search synonyms.
 * Written through the same database API and the same validation the functions use, so a seed
 * item that an administrator could not save does not load either.
 */
import type { Database } from 'wx-server-sdk'
import { serviceItemSchema } from '../src/domain/guides/service-item'
import { hallSchema } from '../src/domain/halls/hall'
import { linkSchema } from '../src/domain/links'
import { noticeDraftSchema } from '../src/domain/notices/notice'
import { sanitizeRichText } from '../src/domain/notices/sanitize'
import { book, bookingContext, loadRule } from '../cloudfunctions/_shared/appointments'
import { POLICY_VERSION } from '../cloudfunctions/_shared/consent'
import { storedItem } from '../cloudfunctions/_shared/guides'
import { bookableDates, daySlots } from '../src/domain/appointments/slots'
import { idNumberCheckDigit } from '../src/domain/personal-fields'
import { hallDate } from '../src/domain/time'
import { PERSONAS } from './personas'
import { SERVICE_ITEMS } from './seed-data/catalogue'
import { HALLS } from './seed-data/halls'
import { CONVENIENCE_LINKS, SYNONYMS } from './seed-data/links'
import { NOTICES } from './seed-data/notices'

export const DEPARTMENTS = [
  { code: 'hrss', name: '市人力资源和社会保障局' },
  { code: 'medical-security', name: '市医疗保障局' },
  { code: 'housing-fund', name: '市住房公积金管理中心' },
  { code: 'public-security', name: '市公安局' },
  { code: 'civil-affairs', name: '市民政局' },
  { code: 'natural-resources', name: '市自然资源和规划局' },
  { code: 'market-regulation', name: '市市场监督管理局' },
  { code: 'taxation', name: '国家税务总局示范市税务局' },
  { code: 'transport', name: '市交通运输局' },
  { code: 'education', name: '市教育局' },
  { code: 'data-bureau', name: '市政务服务和数据管理局' }
]

const MEMBERS = [
  { _id: PERSONAS.staff, role: 'staff', department: 'hrss', hall: 'H01', name: '王晓明' },
  { _id: 'o_demo_staff_hrss_02', role: 'staff', department: 'hrss', hall: 'H02', name: '陈丽华' },
  { _id: 'o_demo_staff_medical_01', role: 'staff', department: 'medical-security', hall: 'H01', name: '赵建国' },
  { _id: 'o_demo_staff_police_01', role: 'staff', department: 'public-security', hall: 'H01', name: '孙志强' },
  { _id: PERSONAS.admin, role: 'admin', name: '李静' }
]

const DAY_MS = 86_400_000

/** In batches: one add of many documents is one write, as on CloudBase. */
async function addAll(db: Database, collection: string, docs: object[]): Promise<void> {
  for (let i = 0; i < docs.length; i += 100) await db.collection(collection).add({ data: docs.slice(i, i + 100) })
}

export async function seedCatalogue(db: Database, now = new Date()): Promise<void> {
  await addAll(db, 'halls', HALLS.map((h) => {
    const hall = hallSchema.parse(h)
    return { _id: hall.code, ...hall, updatedAt: now }
  }))
  await addAll(db, 'service_items', SERVICE_ITEMS.map((raw) => {
    const item = serviceItemSchema.parse(raw)
    return { _id: item.code, ...storedItem(item, 'published', now) }
  }))
  await addAll(db, 'notices', NOTICES.map(({ draft, pinned, daysAgo }) => {
    const notice = noticeDraftSchema.parse(draft)
    const publishAt = new Date(now.getTime() - daysAgo * DAY_MS)
    return { ...notice, body: sanitizeRichText(notice.body), status: 'published', publishAt, pinned, version: 1, updatedAt: publishAt }
  }))
  await addAll(db, 'links', CONVENIENCE_LINKS.map((raw, order) => ({ ...linkSchema.parse({ ...raw, order }), updatedAt: now })))
  await addAll(db, 'synonyms', Object.entries(SYNONYMS).map(([word, targets]) => ({ _id: word, targets, updatedAt: now })))
}

/** Demo citizens with bookings, so the protection of names, mobiles and ID numbers can be seen. */
const DEMO_BOOKINGS = [
  { openid: PERSONAS.citizen, service: 'GA-001', name: '张晓梅', mobile: '13812345678', id17: '33010219850312002' },
  { openid: PERSONAS.citizen, service: 'SB-001', name: '张晓梅', mobile: '13812345678' },
  { openid: 'o_demo_citizen_0002', service: 'GA-001', name: '刘建华', mobile: '13957101234', id17: '33010619720905003' },
  { openid: 'o_demo_citizen_0003', service: 'SB-001', name: '周敏', mobile: '18867123456' },
  { openid: 'o_demo_citizen_0004', service: 'GA-001', name: '吴国平', mobile: '15158112233', id17: '33010519601120001' }
]

/** Books the demo appointments through the same never-overbook path the function uses, on the next open days. */
export async function seedAppointments(db: Database, now = new Date()): Promise<number> {
  let made = 0
  for (const [i, b] of DEMO_BOOKINGS.entries()) {
    await db.collection('consents').add({ data: { openid: b.openid, policyVersion: POLICY_VERSION, purposes: ['service', 'notify'], event: 'given', at: now } })
    const hall = 'H01'
    const rule = await loadRule(db, hall, b.service)
    const ctx = await bookingContext(db, b.service, hall, hallDate(now), rule.windowDays)
    const days = bookableDates(now, rule, ctx.hall, ctx.cal, ctx.closures).filter((d) => d.open && d.date > hallDate(now))
    const day = days[i % Math.min(2, days.length)]
    const slots = daySlots(ctx.hall, rule, day.date, ctx.cal, ctx.closures)
    const slot = slots[(i * 3) % slots.length]
    const fields: Record<string, string> = { name: b.name, mobile: b.mobile }
    if (b.id17) fields.idNumber = b.id17 + idNumberCheckDigit(b.id17)
    await book(db, ctx, { openid: b.openid, idempotencyKey: `seed-${i}-demo`, date: day.date, start: slot.start, fields, subscribed: true }, now)
    made++
  }
  return made
}

/** Loads the demo data once; returns false when the hall already holds data. */
export async function seed(db: Database): Promise<boolean> {
  const { total } = await db.collection('departments').count()
  if (total > 0) return false
  await db.collection('departments').add({ data: DEPARTMENTS.map((d) => ({ ...d, _id: d.code })) })
  for (const m of MEMBERS) {
    const { _id, ...rest } = m
    await db.collection('members').doc(_id).set({ data: { ...rest, updatedAt: new Date() } })
  }
  await seedCatalogue(db)
  await seedAppointments(db)
  return true
}
