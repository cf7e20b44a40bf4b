import { useState } from 'react'
import { Button, Input, Text, View } from '@tarojs/components'
import GatedPage from '../../../components/GatedPage'
import Pager from '../../../components/Pager'
import { Empty, ErrorState, Loading } from '../../../components/StateView'
import type { ItemStatus } from '../../../domain/guides/lifecycle'
import { open } from '../../../services/navigation'
import { useCall } from '../../../services/useCall'
import './index.css'

const FILTERS: Array<{ key: 'all' | ItemStatus; label: string }> = [
  { key: 'all', label: '全部' },
  { key: 'draft', label: '草稿' },
  { key: 'published', label: '已发布' },
  { key: 'archived', label: '已归档' }
]

export default function AdminItems() {
  return (
    <GatedPage roles={['admin']}>
      <ItemCatalogue />
    </GatedPage>
  )
}

function ItemCatalogue() {
  const [status, setStatus] = useState<'all' | ItemStatus>('all')
  const [draftQ, setDraftQ] = useState('')
  const [q, setQ] = useState('')
  const [page, setPage] = useState(1)
  const items = useCall('admin', 'listItems', {
    page,
    pageSize: 10,
    ...(status === 'all' ? {} : { status }),
    ...(q ? { q } : {})
  })

  function search() {
    setQ(draftQ.trim())
    setPage(1)
  }

  return (
    <>
      <View className='admin-items__actions'>
        <Button className='btn btn--primary' onClick={() => open('/admin/pages/item/index')}>
          新建事项
        </Button>
      </View>

      <View className='admin-items__search'>
        <Input
          className='admin-items__input'
          value={draftQ}
          maxlength={40}
          placeholder='按事项名称查找'
          confirmType='search'
          onInput={(e) => setDraftQ(e.detail.value)}
          onConfirm={search}
        />
        <View className='admin-items__search-btn' onClick={search}>
          查找
        </View>
      </View>

      <View className='chips admin-items__filter'>
        {FILTERS.map((f) => (
          <View
            key={f.key}
            className={`chip ${status === f.key ? 'chip--on' : ''}`}
            aria-selected={status === f.key}
            onClick={() => {
              setStatus(f.key)
              setPage(1)
            }}
          >
            {f.label}
          </View>
        ))}
      </View>

      {items.status === 'loading' ? <Loading /> : null}
      {items.status === 'error' ? <ErrorState error={items.error} onRetry={items.reload} /> : null}
      {items.status === 'ready' && items.data.items.length === 0 ? (
        <Empty title={q ? '没有找到相符的事项' : '暂无事项'} hint={q ? '请换个名称再试，或清空查找条件' : '点击“新建事项”录入第一个事项'} />
      ) : null}
      {items.status === 'ready' && items.data.items.length > 0 ? (
        <View className='cells'>
          {items.data.items.map((item) => (
            <View className='admin-items__row' key={item.code} onClick={() => open(`/admin/pages/item/index?code=${encodeURIComponent(item.code)}`)}>
              <View className='admin-items__main'>
                <Text className='admin-items__name'>{item.name}</Text>
                <Text className='admin-items__meta'>
                  {item.code} · {item.fieldName}
                </Text>
              </View>
              <Text className={`badge admin-items__badge admin-items__badge--${item.status}`}>{item.statusLabel}</Text>
              <Text className='cell__arrow'>›</Text>
            </View>
          ))}
          <Pager page={items.data.page} total={items.data.total} hasMore={items.data.hasMore} unit='项' onChange={setPage} />
        </View>
      ) : null}
    </>
  )
}
