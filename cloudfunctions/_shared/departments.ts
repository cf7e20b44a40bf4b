import type { Database } from './cloud'

export interface DepartmentRef {
  code: string
  name: string
}

export async function departmentByCode(db: Database, code: string | undefined): Promise<DepartmentRef | null> {
  if (!code) return null
  const { data } = await db.collection('departments').where({ code }).limit(1).get()
  return data[0] ? { code: data[0].code, name: data[0].name } : null
}
