import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import PageShell from '../../../components/PageShell'
import Pager from '../../../components/Pager'
import RoleGate from '../../../components/RoleGate'
import { Empty, ErrorState, Loading } from '../../../components/StateView'
import type { Page } from '../../../domain/schema'
import { formatHallTime } from '../../../domain/time'
import './index.css'
import { open } from '../../../services/navigation'
import { useCall } from '../../../services/useCall'

const CONSOLE_ENTRIES = [
  { title: '事项目录', hint: '新建、发布和归档事项', url: '/admin/pages/items/index' },
  { title: '公告管理', hint: '通知公告、政策解读、新闻动态', url: '/admin/pages/notices/index' },
  { title: '便民入口', hint: '首页的便民查询入口', url: '/admin/pages/links/index' },
  { title: '预约管理', hint: '预约规则、闭厅日期、节假日、提醒', url: '/admin/pages/appointments/index' }
]

interface MemberRow {
  userCode: string
  name: string
  role: 'staff' | 'admin'
  roleLabel: string
  department: { code: string; name: string } | null
  updatedAt: string
}

interface AuditRow {
  id: string
  actor: string
  role: string
  action: string
  target: string
  outcome: 'done' | 'refused'
  at: string
}

export default function AdminHome() {
  return (
    <PageShell>
      <RoleGate roles={['admin']}>
        <AdminConsole />
      </RoleGate>
    </PageShell>
  )
}

function AdminConsole() {
  const [page, setPage] = useState(1)
  const members = useCall<Page<MemberRow>>('admin', 'listMembers', { page, pageSize: 10 })
  const [auditPage, setAuditPage] = useState(1)
  const [outcome, setOutcome] = useState<'all' | AuditRow['outcome']>('all')
  const audit = useCall<Page<AuditRow>>('admin', 'listAudit', { page: auditPage, pageSize: 10, ...(outcome === 'all' ? {} : { outcome }) })
  return (
    <>
      <View className='cells'>
        {CONSOLE_ENTRIES.map((e) => (
          <View className='cell' key={e.url} onClick={() => open(e.url)}>
            <Text className='cell__label'>{e.title}</Text>
            <Text className='cell__value'>{e.hint}</Text>
            <Text className='cell__arrow'>›</Text>
          </View>
        ))}
      </View>

      <Text className='section-title'>工作人员与管理员</Text>
      {members.status === 'loading' ? <Loading /> : null}
      {members.status === 'error' ? <ErrorState error={members.error} onRetry={members.reload} /> : null}
      {members.status === 'ready' && members.data.items.length === 0 ? <Empty title='暂无人员' hint='请先为工作人员分配角色' /> : null}
      {members.status === 'ready' && members.data.items.length > 0 ? (
        <View className='cells'>
          {members.data.items.map((m) => (
            <View className='cell' key={m.userCode}>
              <Text className='cell__label'>{m.name}</Text>
              <Text className='cell__value'>
                {m.roleLabel}
                {m.department ? ` · ${m.department.name}` : ''}
              </Text>
            </View>
          ))}
          <Pager page={members.data.page} total={members.data.total} hasMore={members.data.hasMore} unit='人' onChange={setPage} />
        </View>
      ) : null}

      <Text className='section-title'>操作审计</Text>
      <View className='chips filter'>
        {(['all', 'done', 'refused'] as const).map((o) => (
          <View
            key={o}
            className={`chip ${outcome === o ? 'chip--on' : ''}`}
            onClick={() => {
              setOutcome(o)
              setAuditPage(1)
            }}
          >
            {{ all: '全部', done: '已执行', refused: '已拒绝' }[o]}
          </View>
        ))}
      </View>
      {audit.status === 'loading' ? <Loading /> : null}
      {audit.status === 'error' ? <ErrorState error={audit.error} onRetry={audit.reload} /> : null}
      {audit.status === 'ready' && audit.data.items.length === 0 ? <Empty title='暂无审计记录' /> : null}
      {audit.status === 'ready' && audit.data.items.length > 0 ? (
        <View className='cells'>
          {audit.data.items.map((a) => (
            <View className='cell' key={a.id}>
              <Text className='cell__label'>
                {a.action}
                {a.outcome === 'refused' ? '（已拒绝）' : ''}
              </Text>
              <Text className='cell__value'>{formatHallTime(a.at)}</Text>
            </View>
          ))}
          <Pager page={audit.data.page} total={audit.data.total} hasMore={audit.data.hasMore} onChange={setAuditPage} />
        </View>
      ) : null}
    </>
  )
}
