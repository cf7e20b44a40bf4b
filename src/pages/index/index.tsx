import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import NoticeRow from '../../components/NoticeRow'
import PageShell from '../../components/PageShell'
import SearchBar from '../../components/SearchBar'
import { ErrorState, Loading } from '../../components/StateView'
import { SERVICE_FIELDS } from '../../domain/guides/fields'
import { fieldUrl, searchUrl, type HomeData } from '../../services/guides'
import { hall } from '../../services/hall'
import { open, openComing } from '../../services/navigation'
import { useWhoAmI } from '../../services/session'
import { useCall } from '../../services/useCall'
import { HOME_ENTRIES } from './entries'
import './index.css'

function openLink(link: HomeData['links'][number]) {
  if (link.kind === 'page' && link.url) return open(link.url)
  if (process.env.TARO_ENV === 'weapp' && link.appId) {
    return Taro.navigateToMiniProgram({ appId: link.appId, path: link.path || undefined }).catch(() => undefined)
  }
  return Taro.showModal({ title: link.title, content: '该服务由其他小程序提供，请在微信中打开本程序后使用。', showCancel: false })
}

export default function Home() {
  const me = useWhoAmI()
  const home = useCall('hall', 'home')
  const role = me.status === 'ready' ? me.data.role : null
  const notices = home.status === 'ready' ? [...home.data.pinned, ...home.data.latest] : []
  return (
    <PageShell>
      <View className='home-hero'>
        <Text className='home-hero__title'>{hall.name}</Text>
        <Text className='home-hero__sub'>{hall.region}政务服务 · 指尖办理</Text>
      </View>
      <SearchBar onSearch={(q) => open(searchUrl(q))} />

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

      <Text className='section-title'>办事指南</Text>
      <View className='field-grid'>
        {SERVICE_FIELDS.map((f) => (
          <View key={f.code} className='field-grid__item' hoverClass='field-grid__item--active' onClick={() => open(fieldUrl(f.code))}>
            <Text>{f.name}</Text>
          </View>
        ))}
      </View>

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

      <View className='section-head'>
        <Text className='section-title'>通知公告</Text>
        <Text className='section-head__more' onClick={() => open('/pages/notices/index')}>
          更多 ›
        </Text>
      </View>
      {home.status === 'loading' ? <Loading /> : null}
      {home.status === 'error' ? <ErrorState error={home.error} onRetry={home.reload} /> : null}
      {home.status === 'ready' ? (
        <View className='cells'>
          {notices.length === 0 ? <View className='cell'>暂无公告</View> : notices.map((n) => <NoticeRow key={n.id} notice={n} />)}
        </View>
      ) : null}

      {home.status === 'ready' && home.data.links.length > 0 ? (
        <>
          <Text className='section-title'>便民查询</Text>
          <View className='home-grid'>
            {home.data.links.map((link) => (
              <View key={link.id} className='home-grid__item home-grid__item--link' hoverClass='home-grid__item--active' onClick={() => openLink(link)}>
                <Text className='home-grid__title'>{link.title}</Text>
                {link.hint ? <Text className='home-grid__hint'>{link.hint}</Text> : null}
              </View>
            ))}
          </View>
        </>
      ) : null}

      <View className='cells'>
        <View className='cell' onClick={() => open('/pages/mine/index')}>
          <Text className='cell__label'>个人中心</Text>
          <Text className='cell__arrow'>›</Text>
        </View>
      </View>
    </PageShell>
  )
}
