import type { ReactNode } from 'react'
import { Text, View } from '@tarojs/components'
import type { Role } from '../../domain/roles'
import { useWhoAmI } from '../../services/session'
import { ErrorState, Loading } from '../StateView'

/**
 * Shows staff and admin pages only to those roles. The functions check again on every call;
 * this gate only spares people a page of refusals.
 */
export default function RoleGate({ roles, children }: { roles: Role[]; children: ReactNode }) {
  const me = useWhoAmI()
  if (me.status === 'loading') return <Loading />
  if (me.status === 'error') return <ErrorState error={me.error} onRetry={me.reload} />
  if (!roles.includes(me.data.role)) {
    return (
      <View className='state' role='alert'>
        <Text className='state__title'>无法访问</Text>
        <Text className='state__text'>此页面仅供{roles.includes('admin') && !roles.includes('staff') ? '管理员' : '工作人员'}使用。如需开通，请联系本单位管理员。</Text>
      </View>
    )
  }
  return <>{children}</>
}
