/**
 * The one seam that provides the SDK. On CloudBase this is the real wx-server-sdk; the local
 * hall resolves the same module name to local/sdk. Nothing else in a function knows which.
 */
import * as cloud from 'wx-server-sdk'

cloud.init({ env: cloud.DYNAMIC_CURRENT_ENV })

export type { Database, Transaction, Doc } from 'wx-server-sdk'

export function database() {
  return cloud.database()
}

export function wxContext() {
  return cloud.getWXContext()
}
