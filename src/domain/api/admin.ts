/** The admin function's contract (the console): the tables of admin-people, admin-content and admin-halls as one. */
import { catalogueApi, linkApi, noticeAdminApi } from './admin-content'
import { appointmentAdminApi } from './admin-halls'
import { auditLogApi, memberApi } from './admin-people'

export const adminApi = { ...memberApi, ...auditLogApi, ...catalogueApi, ...noticeAdminApi, ...linkApi, ...appointmentAdminApi }
