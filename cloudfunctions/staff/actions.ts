import { empty } from '../../src/domain/schema'
import { formatHallDay } from '../../src/domain/time'
import { findById } from '../_shared/db'
import { departmentByCode } from '../_shared/departments'
import { action, type ActionTable } from '../_shared/router'

export const actions: ActionTable = {
  workbench: action({
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
  })
}

