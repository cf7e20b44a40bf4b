import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import PageShell from '../../components/PageShell'
import { ErrorState, Loading } from '../../components/StateView'
import { open, openComing } from '../../services/navigation'
import { useWhoAmI } from '../../services/session'

export default function Mine() {
  const me = useWhoAmI()
  return (
    <PageShell privacy>
      {me.status === 'loading' ? <Loading /> : null}
      {me.status === 'error' ? <ErrorState error={me.error} onRetry={me.reload} /> : null}
      {me.status === 'ready' ? (
        <>
          <View className='card'>
            <Text className='card__title'>{me.data.name ?? (me.data.role === 'anonymous' ? '未登录' : '您好')}</Text>
            <Text className='badge'>{me.data.roleLabel}</Text>
            {me.data.department ? <Text>　{me.data.department.name}</Text> : null}
          </View>
          <View className='cells'>
            {me.data.role === 'staff' ? (
              <View className='cell' onClick={() => open('/staff/pages/index/index')}>
                <Text className='cell__label'>工作人员工作台</Text>
                <Text className='cell__arrow'>›</Text>
              </View>
            ) : null}
            {me.data.role === 'admin' ? (
              <View className='cell' onClick={() => open('/admin/pages/index/index')}>
                <Text className='cell__label'>管理后台</Text>
                <Text className='cell__arrow'>›</Text>
              </View>
            ) : null}
            {me.data.role === 'citizen' ? (
              <View className='cell' onClick={() => open('/pages/favourites/index')}>
                <Text className='cell__label'>我的收藏</Text>
                <Text className='cell__arrow'>›</Text>
              </View>
            ) : null}
            <View className='cell' onClick={() => open('/appointment/pages/mine/index')}>
              <Text className='cell__label'>我的预约</Text>
              <Text className='cell__arrow'>›</Text>
            </View>
            <View className='cell' onClick={() => openComing('我的办件')}>
              <Text className='cell__label'>我的办件</Text>
              <Text className='cell__arrow'>›</Text>
            </View>
            {me.data.role === 'citizen' ? (
              <View className='cell' onClick={() => open('/pages/my-data/index')}>
                <Text className='cell__label'>我的数据（查看、导出、删除）</Text>
                <Text className='cell__arrow'>›</Text>
              </View>
            ) : null}
            {me.data.userCode ? (
              <View
                className='cell'
                onClick={() => Taro.setClipboardData({ data: me.data.userCode as string }).catch(() => undefined)}
              >
                <Text className='cell__label'>用户编号（工作人员开通时提供）</Text>
                <Text className='cell__value'>复制</Text>
              </View>
            ) : null}
            {process.env.TARO_ENV === 'h5' ? (
              <View className='cell' onClick={() => open('/pages/dev-login/index')}>
                <Text className='cell__label'>切换演示身份（本地演示环境）</Text>
                <Text className='cell__arrow'>›</Text>
              </View>
            ) : null}
          </View>
        </>
      ) : null}
    </PageShell>
  )
}
