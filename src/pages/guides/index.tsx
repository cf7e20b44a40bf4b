import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import GuideRow from '../../components/GuideRow'
import PageShell from '../../components/PageShell'
import Pager from '../../components/Pager'
import SearchBar from '../../components/SearchBar'
import { Empty, ErrorState, Loading } from '../../components/StateView'
import { hall } from '../../services/hall'
import type { OutputOf } from '../../domain/contract'
import { useCall } from '../../services/useCall'

/** Either answer, read through the fields only one of them has (a widening, never a narrowing). */
type GuidePage = Omit<OutputOf<'hall', 'listGuides'>, 'fieldName'> & { fieldName?: string; broad?: boolean }

/** Guides of one field (?field=) or the results of a search (?q=), paged. */
export default function Guides() {
  const params = Taro.getCurrentInstance().router?.params ?? {}
  const field = params.field ? decodeURIComponent(params.field) : ''
  const [q, setQ] = useState(params.q ? decodeURIComponent(params.q) : '')
  return (
    <PageShell>
      <SearchBar key={q} initial={q} onSearch={setQ} />
      {q || field ? (
        <Results key={q || field} q={q} field={field} />
      ) : (
        <Empty title='请输入要办理的事项' hint='可以输入事项名称或常用说法，如“身份证”“社保卡”“公积金提取”' />
      )}
    </PageShell>
  )
}

function Results({ q, field }: { q: string; field: string }) {
  const [page, setPage] = useState(1)
  const searching = q !== ''
  const list = useCall('hall', searching ? 'searchGuides' : 'listGuides', searching ? { q, page, pageSize: 20 } : { field, page, pageSize: 20 })
  const title = searching ? `“${q}”的检索结果` : list.status === 'ready' ? (list.data as GuidePage).fieldName ?? '办事指南' : '办事指南'
  return (
    <>
      <Text className='section-title'>{title}</Text>
      {list.status === 'loading' ? <Loading /> : null}
      {list.status === 'error' ? <ErrorState error={list.error} onRetry={list.reload} /> : null}
      {list.status === 'ready' && list.data.items.length === 0 ? (
        <Empty
          title={searching ? '没有找到相关事项' : '该领域暂无可办事项'}
          hint={searching ? `可以换个说法再试，或拨打 ${hall.contact.hotline} 咨询` : '事项正在整理中'}
        />
      ) : null}
      {list.status === 'ready' && list.data.items.length > 0 ? (
        <View className='cells'>
          {(list.data as GuidePage).broad ? (
            <View className='cell'>
              <Text>相关事项较多，以下是最相关的部分；输入更具体的名称可以更快找到。</Text>
            </View>
          ) : null}
          {list.data.items.map((g) => (
            <GuideRow key={g.code} guide={g} />
          ))}
          <Pager page={list.data.page} total={list.data.total} hasMore={list.data.hasMore} unit='项' onChange={setPage} />
        </View>
      ) : null}
    </>
  )
}
