import { empty } from '../../src/domain/schema'
import { formatHallDay } from '../../src/domain/time'
import { findById } from '../_shared/db'
import { departmentByCode } from '../_shared/departments'
import { action, type ActionTable } from '../_shared/router'
import { appointmentActions } from './appointments'

export const actions: ActionTable = {
  workbench: action({
    summary: '工作台首页：工作人员姓名、所属部门与今天的日期',
    returns: "{ name, department: { code, name }|null, today: '2026年11月23日 星期一' }",
    roles: ['staff'],
    input: empty,
    async run(_input, { caller, db }) {
      const me = await findById<{ name: string }>(db, 'members', caller.openid as string)
      return {
        name: me?.name ?? '工作人员',
        department: await departmentByCode(db, caller.department),
        today: formatHallDay(new Date())
      }
    }
  }),
  ...appointmentActions
}
