import { staffApi } from '../../src/domain/api/staff'
import { formatHallDay } from '../../src/domain/time'
import { findById } from '../_shared/db'
import { departmentByCode } from '../_shared/departments'
import { action, type ActionTable } from '../_shared/router'
import { appointmentActions } from './appointments'

export const actions: ActionTable = {
  workbench: action({
    ...staffApi.workbench,
    summary: '工作台首页：工作人员姓名、所属部门与今天的日期',
    roles: ['staff'],
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
