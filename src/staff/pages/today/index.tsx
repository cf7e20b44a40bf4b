import { useEffect, useState } from 'react'
import { Button, Input, Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import GatedPage from '../../../components/GatedPage'
import Pager from '../../../components/Pager'
import { Empty, ErrorState, Loading } from '../../../components/StateView'
import { COUNTER_STATUS_LABELS } from '../../../domain/appointments/status'
import type { CounterRow } from '../../../domain/appointments/views'
import type { OutputOf } from '../../../domain/contract'
import { longDayLabel } from '../../../domain/time'
import { asApiError, call } from '../../../services/api'
import { confirm } from '../../../services/confirm'
import { useCall } from '../../../services/useCall'
import { useSubmit } from '../../../services/useSubmit'
import './index.css'

type Status = 'booked' | 'verified' | 'no-show' | 'cancelled'
type Filter = 'all' | Status

type TodayData = OutputOf<'staff', 'todayAppointments'>
type Summary = Pick<TodayData, 'hall' | 'date' | 'counts'>

const FILTERS: Array<{ code: Filter; label: string }> = [
  { code: 'all', label: '全部' },
  ...(['booked', 'verified', 'no-show', 'cancelled'] as const).map((code) => ({ code, label: COUNTER_STATUS_LABELS[code] }))
]

const PAGE_SIZE = 10
const CODE_LENGTH = 8

/** What was typed, grouped ABCD-EFGH as the citizen's screen shows it; the function checks the rest. */
function groupTyped(raw: string): string {
  const plain = raw
    .replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[\s\u3000\-_\u2010-\u2015]/g, '')
    .toUpperCase()
    .slice(0, CODE_LENGTH)
  return plain.length > 4 ? `${plain.slice(0, 4)}-${plain.slice(4)}` : plain
}

/** A scanned code may come as the bare code or at the end of a longer text. */
function codeFromScan(result: string): string {
  const text = result.trim()
  const m = /([0-9A-Za-z]{4})[-\s]?([0-9A-Za-z]{4})$/.exec(text)
  return m ? `${m[1]}${m[2]}` : text
}

export default function StaffToday() {
  return (
    <GatedPage roles={['staff']}>
      <TodayDesk />
    </GatedPage>
  )
}

function TodayDesk() {
  const [filter, setFilter] = useState<Filter>('all')
  const [page, setPage] = useState(1)
  const today = useCall('staff', 'todayAppointments', { page, pageSize: PAGE_SIZE, ...(filter === 'all' ? {} : { status: filter }) })
  // The header keeps the last counts while a new filter or page loads.
  const [summary, setSummary] = useState<Summary | null>(null)
  const [listFailure, setListFailure] = useState<string | null>(null)
  // Refusals of a row's button show above the list, where the row is.
  const marking = useSubmit<string>({ clear: () => setListFailure(null), show: (err) => setListFailure(asApiError(err).message) })

  useEffect(() => {
    if (today.status === 'ready') setSummary({ hall: today.data.hall, date: today.data.date, counts: today.data.counts })
  }, [today.status, today.data])

  if (today.status === 'error' && today.error.code === 'STAFF.NO_HALL') {
    return (
      <View className='state' role='alert'>
        <Text className='state__title'>暂不能办理到场核验</Text>
        <Text className='state__text'>{today.error.message}</Text>
      </View>
    )
  }

  function choose(next: Filter) {
    setFilter(next)
    setPage(1)
    setListFailure(null)
  }

  async function markNoShow(row: CounterRow) {
    const asked = await confirm({
      title: '标记未到场',
      content: `确定将 ${row.name ?? '该群众'}（${row.start}-${row.end} ${row.serviceName}）标记为未到场吗？`,
      confirmText: '标记',
      danger: true
    })
    if (!asked) return
    await marking.run(row.id, () => call('staff', 'markNoShow', { id: row.id }), {
      onDone: () => {
        Taro.showToast({ title: '已标记未到场', icon: 'none' })
        today.reload()
      }
    })
  }

  return (
    <View className='today'>
      {summary ? (
        <View className='card' id='today-summary'>
          <Text className='card__title'>{summary.hall.name}</Text>
          <Text className='today__date'>{longDayLabel(summary.date)}</Text>
          <View className='today__counts'>
            <Count label='待核验' value={summary.counts.booked} />
            <Count label='已到场' value={summary.counts.verified} />
            <Count label='未到场' value={summary.counts.noShow} />
          </View>
        </View>
      ) : today.status === 'loading' ? (
        <Loading />
      ) : null}

      <VerifyCard onVerified={() => today.reload()} />

      <Text className='section-title'>今日预约</Text>
      <View className='chips today__filter'>
        {FILTERS.map((f) => (
          <View key={f.code} className={`chip ${filter === f.code ? 'chip--on' : ''}`} role='radio' aria-checked={filter === f.code} onClick={() => choose(f.code)}>
            {f.label}
          </View>
        ))}
      </View>
      {listFailure ? (
        <View className='today__banner today__banner--list' role='alert' id='today-list-banner'>
          <Text className='today__banner-text'>{listFailure}</Text>
        </View>
      ) : null}
      {today.status === 'loading' && summary ? <Loading /> : null}
      {today.status === 'error' ? <ErrorState error={today.error} onRetry={today.reload} /> : null}
      {today.status === 'ready' && today.data.items.length === 0 ? (
        <Empty title='今天暂无预约' hint={filter === 'all' ? undefined : `当前筛选：${FILTERS.find((f) => f.code === filter)?.label}`} />
      ) : null}
      {today.status === 'ready' && today.data.items.length > 0 ? (
        <View className='cells' id='today-list'>
          {today.data.items.map((row) => (
            <View className='today__row' key={row.id}>
              <View className='today__row-main'>
                <View className='today__row-head'>
                  <Text className='today__time'>
                    {row.start}-{row.end}
                  </Text>
                  <Text className={`badge today__badge today__badge--${row.status}`}>{row.statusLabel}</Text>
                </View>
                <Text className='today__service'>{row.serviceName}</Text>
                <Text className='today__person'>
                  {row.name ?? '（未留姓名）'}
                  {row.mobile ? `　${row.mobile}` : ''}
                </Text>
                <Text className='today__code'>预约码 {row.code}</Text>
                {row.status === 'verified' && row.verifiedAt ? <Text className='today__verified'>已核验 {row.verifiedAt}</Text> : null}
              </View>
              {row.canMarkNoShow ? (
                <View className='today__actions'>
                  <Button className='btn btn--plain today__noshow' loading={marking.busy === row.id} disabled={marking.busy !== null} onClick={() => markNoShow(row)}>
                    标记未到场
                  </Button>
                </View>
              ) : null}
            </View>
          ))}
          <Pager page={today.data.page} total={today.data.total} hasMore={today.data.hasMore} unit='个' onChange={setPage} />
        </View>
      ) : null}
    </View>
  )
}

function Count({ label, value }: { label: string; value: number }) {
  return (
    <View className='today__count'>
      <Text className='today__count-value'>{value}</Text>
      <Text className='today__count-label'>{label}</Text>
    </View>
  )
}

function VerifyCard({ onVerified }: { onVerified(): void }) {
  const [code, setCode] = useState('')
  const [failure, setFailure] = useState<string | null>(null)
  const [done, setDone] = useState<CounterRow | null>(null)
  const verifying = useSubmit<'verify'>({ clear: () => setFailure(null), show: (err) => setFailure(asApiError(err).message) })
  const busy = verifying.busy !== null

  async function verify(typed: string) {
    if (!typed.trim()) {
      setFailure('请输入群众出示的8位预约码')
      return
    }
    setDone(null)
    await verifying.run('verify', () => call('staff', 'verifyArrival', { code: typed }), {
      done: '已到场',
      onDone: (row) => {
        setDone(row)
        setCode('')
        onVerified()
      }
    })
  }

  async function scan() {
    try {
      const res = await Taro.scanCode({ onlyFromCamera: true })
      const scanned = codeFromScan(res.result ?? '')
      setCode(groupTyped(scanned))
      await verify(scanned)
    } catch (err) {
      // Closing the camera is not a failure worth a message.
      const message = String((err as { errMsg?: string })?.errMsg ?? '')
      if (!/cancel/i.test(message)) setFailure('未能识别预约码，请手动输入')
    }
  }

  return (
    <View className='card today__verify' id='today-verify'>
      <Text className='card__title'>到场核验</Text>
      <Text className='today__hint'>请输入群众出示的8位预约码，字母大小写均可</Text>
      <View id='today-code'>
        <Input
          className='today__input'
          value={code}
          maxlength={12}
          placeholder='ABCD-EFGH'
          confirmType='done'
          onInput={(e) => {
            setCode(groupTyped(e.detail.value))
            setFailure(null)
          }}
          onConfirm={() => verify(code)}
        />
      </View>
      {failure ? (
        <View className='today__banner' role='alert' id='today-verify-banner'>
          <Text className='today__banner-text'>{failure}</Text>
        </View>
      ) : null}
      <Button className='btn btn--primary today__button' loading={busy} disabled={busy} onClick={() => verify(code)}>
        核验
      </Button>
      {process.env.TARO_ENV === 'weapp' ? (
        <Button className='btn btn--plain today__button' disabled={busy} onClick={scan}>
          扫码核验
        </Button>
      ) : null}
      {done ? (
        <View className='today__result' role='status' id='today-result'>
          <Text className='today__result-title'>核验通过　{done.statusLabel}</Text>
          <Text className='today__result-line'>姓名：{done.name ?? '（未留姓名）'}</Text>
          <Text className='today__result-line'>事项：{done.serviceName}</Text>
          <Text className='today__result-line'>
            时间：{done.start}-{done.end}
          </Text>
          <Text className='today__result-line'>预约码：{done.code}</Text>
          {done.verifiedAt ? <Text className='today__result-line'>核验时间：{done.verifiedAt}</Text> : null}
        </View>
      ) : null}
    </View>
  )
}
