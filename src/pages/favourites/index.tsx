import { useState } from 'react'
import { View } from '@tarojs/components'
import GuideRow from '../../components/GuideRow'
import PageShell from '../../components/PageShell'
import Pager from '../../components/Pager'
import { Empty, ErrorState, Loading } from '../../components/StateView'
import { useCall } from '../../services/useCall'

export default function Favourites() {
  const [page, setPage] = useState(1)
  const list = useCall('user', 'listFavourites', { page, pageSize: 20 })
  return (
    <PageShell>
      {list.status === 'loading' ? <Loading /> : null}
      {list.status === 'error' ? <ErrorState error={list.error} onRetry={list.reload} /> : null}
      {list.status === 'ready' && list.data.items.length === 0 ? <Empty title='还没有收藏' hint='在办事指南页点按「收藏」，常办的事项就会出现在这里' /> : null}
      {list.status === 'ready' && list.data.items.length > 0 ? (
        <View className='cells'>
          {list.data.items.map((g) => (
            <GuideRow key={g.code} guide={g} note={g.available ? undefined : '该事项已停止办理，请以大厅最新公告为准'} />
          ))}
          <Pager page={list.data.page} total={list.data.total} hasMore={list.data.hasMore} unit='项' onChange={setPage} />
        </View>
      ) : null}
    </PageShell>
  )
}
