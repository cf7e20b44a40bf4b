import { Text, View } from '@tarojs/components'
import PageShell from '../../components/PageShell'
import { hall } from '../../services/hall'
import { open, openComing } from '../../services/navigation'
import { useWhoAmI } from '../../services/session'
import { HOME_ENTRIES } from './entries'
import './index.css'

export default function Home() {
  const me = useWhoAmI()
  const role = me.status === 'ready' ? me.data.role : null
  return (
    <PageShell>
      <View className='home-hero'>
        <Text className='home-hero__title'>{hall.name}</Text>
        <Text className='home-hero__sub'>{hall.region}政务服务 · 指尖办理</Text>
      </View>

      {role === 'staff' ? (
        <View className='card home-role' onClick={() => open('/staff/pages/index/index')}>
          <Text className='card__title'>工作人员工作台</Text>
          <Text>到场核验、受理办件、答复群众诉求</Text>
        </View>
      ) : null}
      {role === 'admin' ? (
        <View className='card home-role' onClick={() => open('/admin/pages/index/index')}>
          <Text className='card__title'>管理后台</Text>
          <Text>发布公告、维护事项与大厅、分配人员角色</Text>
        </View>
      ) : null}

      <Text className='section-title'>便民服务</Text>
      <View className='home-grid'>
        {HOME_ENTRIES.map((entry) => (
          <View
            key={entry.key}
            className='home-grid__item'
            hoverClass='home-grid__item--active'
            onClick={() => (entry.url ? open(entry.url) : openComing(entry.title))}
          >
            <Text className='home-grid__title'>{entry.title}</Text>
            <Text className='home-grid__hint'>{entry.hint}</Text>
          </View>
        ))}
      </View>

      <View className='cells'>
        <View className='cell' onClick={() => open('/pages/mine/index')}>
          <Text className='cell__label'>个人中心</Text>
          <Text className='cell__arrow'>›</Text>
        </View>
      </View>
    </PageShell>
  )
}
