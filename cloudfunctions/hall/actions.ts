import hallConfig from '../../config/hall.json'
import { ROLES } from '../../src/domain/roles'
import { hallApi } from '../../src/domain/api/hall'
import { formatHallTime } from '../../src/domain/time'
import { action, type ActionTable } from '../_shared/router'
import { guideActions } from './guides'
import { noticeActions } from './notices'

export const actions: ActionTable = {
  /** Public facts about the hall, as deployed with this function (for clients and monitors). */
  about: action({
    ...hallApi.about,
    summary: '本厅的名称、主办单位、备案号、联系方式与服务端时间（上海时区）',
    roles: ROLES,
    async run() {
      const { name, region, sponsor, operator, govAppFilingNo, icpFilingNo, privacyPolicyVersion, contact } = hallConfig
      return { name, region, sponsor, operator, govAppFilingNo, icpFilingNo, privacyPolicyVersion, contact, serverTime: formatHallTime(new Date(), 'YYYY-MM-DD HH:mm:ss') }
    }
  }),
  ...noticeActions,
  ...guideActions
}
