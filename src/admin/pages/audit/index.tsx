import { useState } from 'react'
import { Picker, Text, View } from '@tarojs/components'
import GatedPage from '../../../components/GatedPage'
import Pager from '../../../components/Pager'
import { Empty, ErrorState, Loading } from '../../../components/StateView'
import { AUDIT_ACTION_LABELS, AUDIT_OUTCOME_LABELS, type AuditRecord } from '../../../domain/audit'
import { formatHallTime } from '../../../domain/time'
import { useCall } from '../../../services/useCall'
import './index.css'

/** One record as admin.listAudit answers it (cloudfunctions/admin/audit-log.ts). */

type Outcome = 'all' | AuditRecord['outcome']

const OUTCOMES: Array<{ code: Outcome; label: string }> = [
  { code: 'all', label: '全部' },
  ...(Object.entries(AUDIT_OUTCOME_LABELS) as Array<[AuditRecord['outcome'], string]>).map(([code, label]) => ({ code, label }))
]

// The action filter offers every labelled action, the record kinds first as the table lists them.
const ACTIONS = [{ code: '', label: '全部操作' }, ...Object.entries(AUDIT_ACTION_LABELS).map(([code, label]) => ({ code, label }))]

const PER_PAGE = 10

export default function AdminAudit() {
  return (
    <GatedPage roles={['admin']}>
      <AuditLog />
    </GatedPage>
  )
}

function AuditLog() {
  const [page, setPage] = useState(1)
  const [outcome, setOutcome] = useState<Outcome>('all')
  const [action, setAction] = useState('')
  const [from, setFrom] = useState('')
  const [to, setTo] = useState('')
  const [actor, setActor] = useState<{ code: string; label: string } | null>(null)
  const query = {
    page,
    pageSize: PER_PAGE,
    ...(outcome === 'all' ? {} : { outcome }),
    ...(action ? { action } : {}),
    ...(from ? { from } : {}),
    ...(to ? { to } : {}),
    ...(actor ? { actor: actor.code } : {})
  }
  const audit = useCall('admin', 'listAudit', query)
  const filtered = outcome !== 'all' || action || from || to || actor
  // Every filter change starts again at the first page.
  const change = (apply: () => void) => {
    apply()
    setPage(1)
  }
  const actionIndex = Math.max(0, ACTIONS.findIndex((a) => a.code === action))

  return (
    <View className='audit'>
      <Text className='section-title'>筛选</Text>
      <View className='card audit__filters'>
        <View id='audit-outcome'>
          <Text className='audit__filter-label'>结果</Text>
          <View className='chips' role='radiogroup' aria-label='按结果筛选'>
            {OUTCOMES.map((o) => (
              <View key={o.code} className={`chip ${outcome === o.code ? 'chip--on' : ''}`} role='radio' aria-checked={outcome === o.code} onClick={() => change(() => setOutcome(o.code))}>
                {o.label}
              </View>
            ))}
          </View>
        </View>
        <View id='audit-action'>
          <Text className='audit__filter-label'>操作</Text>
          <Picker mode='selector' range={ACTIONS.map((a) => a.label)} value={actionIndex} onChange={(e) => change(() => setAction(ACTIONS[Number(e.detail.value)].code))}>
            <View className='admin-form__picker'>
              <Text>{ACTIONS[actionIndex].label}</Text>
              <Text className='cell__arrow'>选择 ›</Text>
            </View>
          </Picker>
        </View>
        <View id='audit-dates'>
          <Text className='audit__filter-label'>日期（北京时间）</Text>
          <View className='audit__dates'>
            <Picker mode='date' value={from || to} end={to || undefined} onChange={(e) => change(() => setFrom(e.detail.value))}>
              <View className='admin-form__picker audit__date'>
                <Text>{from || '开始日期'}</Text>
              </View>
            </Picker>
            <Text className='audit__dash'>至</Text>
            <Picker mode='date' value={to || from} start={from || undefined} onChange={(e) => change(() => setTo(e.detail.value))}>
              <View className='admin-form__picker audit__date'>
                <Text>{to || '结束日期'}</Text>
              </View>
            </Picker>
          </View>
        </View>
        {actor ? (
          <View className='audit__actor' id='audit-actor'>
            <Text className='audit__actor-text'>只看操作人：{actor.label}</Text>
            <View className='audit__link' onClick={() => change(() => setActor(null))}>
              清除
            </View>
          </View>
        ) : (
          <Text className='admin-form__hint'>点记录上的「只看此操作人」可按操作人筛选。</Text>
        )}
        {filtered ? (
          <View
            className='audit__clear'
            onClick={() =>
              change(() => {
                setOutcome('all')
                setAction('')
                setFrom('')
                setTo('')
                setActor(null)
              })
            }
          >
            清除全部筛选
          </View>
        ) : null}
      </View>

      <Text className='section-title'>审计记录（最新在前）</Text>
      {audit.status === 'loading' ? <Loading /> : null}
      {audit.status === 'error' ? <ErrorState error={audit.error} onRetry={audit.reload} /> : null}
      {audit.status === 'ready' && audit.data.items.length === 0 ? <Empty title={filtered ? '没有符合条件的审计记录' : '暂无审计记录'} hint={filtered ? '可调整或清除筛选条件' : undefined} /> : null}
      {audit.status === 'ready' && audit.data.items.length > 0 ? (
        <View className='audit__list'>
          {audit.data.items.map((a) => (
            <View className='audit__record' key={a.id}>
              <View className='audit__head'>
                <Text className='audit__action'>{a.actionLabel}</Text>
                <Text className={`badge audit__outcome audit__outcome--${a.outcome}`}>{a.outcomeLabel}</Text>
              </View>
              <Text className='audit__time'>{formatHallTime(a.at, 'YYYY-MM-DD HH:mm:ss')}</Text>
              <View className='audit__line'>
                <Text className='audit__key'>操作人</Text>
                <Text className='audit__value'>
                  {a.actor.roleLabel} · {a.actor.label}
                </Text>
              </View>
              {a.target ? (
                <View className='audit__line'>
                  <Text className='audit__key'>对象</Text>
                  <Text className='audit__value'>
                    {a.target.collectionLabel} · {a.target.id}
                  </Text>
                </View>
              ) : null}
              {a.summary ? (
                <View className='audit__summary'>
                  <Text className='audit__summary-text'>
                    本小时逐条记录满 5 条后，又被拒绝 {a.summary.count} 次
                  </Text>
                  <Text className='audit__summary-text'>
                    最近一次：{a.summary.lastActionLabel}，{formatHallTime(a.summary.lastAt, 'YYYY-MM-DD HH:mm:ss')}
                  </Text>
                </View>
              ) : null}
              {a.changes.length > 0 ? (
                <View className='audit__changes'>
                  <Text className='audit__key'>变更</Text>
                  {a.changes.map((c) => (
                    <View className='audit__change' key={c.field}>
                      <Text className='audit__field'>{c.label}</Text>
                      <Text className='audit__old'>{c.old}</Text>
                      <Text className='audit__arrow'> → </Text>
                      <Text className='audit__new'>{c.new}</Text>
                    </View>
                  ))}
                </View>
              ) : null}
              {actor?.code === a.actor.code ? null : (
                <View className='audit__link audit__by' onClick={() => change(() => setActor({ code: a.actor.code, label: `${a.actor.roleLabel} · ${a.actor.label}` }))}>
                  只看此操作人
                </View>
              )}
            </View>
          ))}
          <Pager page={audit.data.page} total={audit.data.total} hasMore={audit.data.hasMore} onChange={setPage} />
        </View>
      ) : null}
    </View>
  )
}
