/**
 * Demo data for the local hall: departments, and the staff and administrator behind the
 * seeded personas. Written through the same database API the functions use.
 */
import type { Database } from 'wx-server-sdk'
import { PERSONAS } from './personas'

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
  { _id: PERSONAS.staff, role: 'staff', department: 'hrss', name: '王晓明' },
  { _id: 'o_demo_staff_hrss_02', role: 'staff', department: 'hrss', name: '陈丽华' },
  { _id: 'o_demo_staff_medical_01', role: 'staff', department: 'medical-security', name: '赵建国' },
  { _id: 'o_demo_staff_police_01', role: 'staff', department: 'public-security', name: '孙志强' },
  { _id: PERSONAS.admin, role: 'admin', name: '李静' }
]

/** Loads the demo data once; returns false when the hall already holds data. */
export async function seed(db: Database): Promise<boolean> {
  const { total } = await db.collection('departments').count()
  if (total > 0) return false
  await db.collection('departments').add({ data: DEPARTMENTS.map((d) => ({ ...d, _id: d.code })) })
  for (const m of MEMBERS) {
    const { _id, ...rest } = m
    await db.collection('members').doc(_id).set({ data: { ...rest, updatedAt: new Date() } })
  }
  return true
}
