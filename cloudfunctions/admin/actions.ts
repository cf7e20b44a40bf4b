import type { ActionTable } from '../_shared/router'
import { appointmentAdminActions } from './appointments'
import { auditLogActions } from './audit-log'
import { catalogueActions } from './catalogue'
import { linkActions } from './links'
import { memberActions } from './members'
import { noticeAdminActions } from './notices'

export const actions: ActionTable = {
  ...memberActions,
  ...auditLogActions,
  ...catalogueActions,
  ...noticeAdminActions,
  ...linkActions,
  ...appointmentAdminActions
}
