import { useState } from 'react'
import { Button, Text, View } from '@tarojs/components'
import PageShell from '../../../components/PageShell'
import Pager from '../../../components/Pager'
import { Empty, ErrorState, Loading } from '../../../components/StateView'
import { formatHallDay } from '../../../domain/time'
import { open } from '../../../services/navigation'
import { useCall } from '../../../services/useCall'
import { useReloadOnReturn } from '../../../services/useReloadOnReturn'
import './index.css'

type Scope = 'upcoming' | 'past'

const TABS: Array<{ scope: Scope; label: string }> = [
  { scope: 'upcoming', label: '即将到来' },
  { scope: 'past', label: '以往预约' }
]

export default function MyAppointments() {
  const [scope, setScope] = useState<Scope>('upcoming')
  return (
    <PageShell privacy>
      <View className='tabs' role='tablist'>
        {TABS.map((t) => (
          <View
            key={t.scope}
            className={`tabs__tab ${scope === t.scope ? 'tabs__tab--on' : ''}`}
            role='tab'
            aria-selected={scope === t.scope}
            onClick={() => setScope(t.scope)}
          >
            {t.label}
          </View>
        ))}
      </View>
      <List key={scope} scope={scope} />
    </PageShell>
  )
}

function List({ scope }: { scope: Scope }) {
  const [page, setPage] = useState(1)
  const list = useCall('appointment', 'myAppointments', { scope, page, pageSize: 10 })
  useReloadOnReturn(list.reload)

  if (list.status === 'loading') return <Loading />
  if (list.status === 'error') return <ErrorState error={list.error} onRetry={list.reload} />
  const { items, total, hasMore } = list.data
  if (items.length === 0 && page === 1) {
    return (
      <>
        <Empty
          title={scope === 'upcoming' ? '暂无即将到来的预约' : '暂无以往预约'}
          hint='在办事指南中找到要办理的事项，点按“预约办理”即可预约到大厅办理的时间。'
        />
        <View className='mine-appts__more'>
          <Button className='btn btn--primary' onClick={() => open('/pages/index/index')}>
            去办事指南
          </Button>
        </View>
      </>
    )
  }
  return (
    <>
      {scope === 'upcoming' ? <Text className='section-title'>到场请出示预约码，点按预约可查看</Text> : null}
      <View className='mine-appts'>
        {items.map((a) => (
          <View
            key={a.id}
            className={`mine-appts__item ${a.status === 'booked' ? '' : 'mine-appts__item--done'}`}
            role='button'
            onClick={() => open(`/appointment/pages/detail/index?id=${encodeURIComponent(a.id)}`)}
          >
            <View className='mine-appts__body'>
              <View className='mine-appts__head'>
                <Text className='mine-appts__service'>{a.serviceName}</Text>
                <Text className={`badge mine-appts__status mine-appts__status--${a.status}`}>{a.statusLabel}</Text>
              </View>
              <Text className='mine-appts__when'>
                {formatHallDay(a.startsAt)} {a.start}-{a.end}
              </Text>
              <Text className='mine-appts__hall'>{a.hallName}</Text>
              {a.closure ? <Text className='mine-appts__closure'>{a.closure.text}</Text> : null}
            </View>
            <Text className='cell__arrow'>›</Text>
          </View>
        ))}
      </View>
      <View className='cells'>
        <Pager page={page} total={total} hasMore={hasMore} unit='条' onChange={setPage} />
      </View>
    </>
  )
}
