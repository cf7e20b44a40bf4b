import { useEffect, useState } from 'react'
import { Button, Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
// PageShell first: its stylesheet must come before StateView's in every page's chunk order.
import PageShell from '../../../components/PageShell'
import ConsentGate from '../../../components/ConsentGate'
import PersonalFieldsForm from '../../../components/PersonalFieldsForm'
import { Empty, ErrorState, Loading } from '../../../components/StateView'
import type { FieldIssue } from '../../../domain/errors'
import { isUncertainFailure } from '../../../domain/appointments/retry'
import type { Availability, BookingDetail, SlotView } from '../../../domain/appointments/views'
import type { PersonalFieldKey } from '../../../domain/personal-fields-meta'
import { dayLabel, isoWeekday, longDayLabel, minutesText, monthDayLabel, weekdayName } from '../../../domain/time'
import { asApiError, call } from '../../../services/api'
import { hall as hallConfig } from '../../../services/hall'
import { useCall } from '../../../services/useCall'
import './index.css'

type Slot = SlotView
type SlotStatus = Slot['status']
type BookDate = Availability['dates'][number]

type Values = Partial<Record<PersonalFieldKey, string>>

/** The reminder's subscribe-message template (config/hall.json); without one the switch only records the wish. */
const REMINDER_TEMPLATE = hallConfig.reminderTemplateId ?? ''

const CLOSED_REASONS = { weekend: '周末', holiday: '节假日', closed: '闭厅' }
const SLOT_STATES: Record<Exclude<SlotStatus, 'open'>, string> = { full: '已约满', past: '已过', cutoff: '已截止', 'beyond-window': '未开放' }



function dayState(d: BookDate): string {
  if (!d.open) return CLOSED_REASONS[d.reason ?? 'closed']
  if (d.slots.some((s) => s.status === 'open')) return '可预约'
  if (d.slots.some((s) => s.status === 'full')) return '已约满'
  if (d.slots.length > 0 && d.slots.every((s) => s.status === 'beyond-window')) return '未开放'
  return d.slots.length > 0 ? '已截止' : '无时段'
}

const newKey = () => Date.now().toString(36) + Math.random().toString(36).slice(2, 10)

const param = (value: string | undefined) => (value ? decodeURIComponent(value) : '')

export default function BookPage() {
  const params = Taro.getCurrentInstance().router?.params ?? {}
  const service = param(params.service)
  const hall = param(params.hall)
  const rescheduleId = param(params.reschedule)
  return (
    <PageShell privacy>
      {rescheduleId ? (
        <Reschedule id={rescheduleId} />
      ) : service ? (
        <NewBooking service={service} hall={hall} />
      ) : (
        <Empty title='请先选择要预约的事项' hint='在办事指南中找到要办理的事项，点按“预约办理”即可预约。' />
      )}
    </PageShell>
  )
}

function NewBooking({ service, hall: given }: { service: string; hall: string }) {
  const [hall, setHall] = useState(given)
  const [choices, setChoices] = useState(0)
  if (!hall) {
    return (
      <HallStep
        service={service}
        onPick={(code, count) => {
          setHall(code)
          setChoices(count)
        }}
      />
    )
  }
  return <Booking key={hall} service={service} hall={hall} onChangeHall={choices > 1 ? () => setHall('') : undefined} />
}

function HallStep({ service, onPick }: { service: string; onPick(code: string, count: number): void }) {
  const guide = useCall('hall', 'getGuide', { code: service })
  const only = guide.status === 'ready' && guide.data.bookable && guide.data.halls.length === 1 ? guide.data.halls[0].code : ''
  useEffect(() => {
    if (only) onPick(only, 1)
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [only])

  if (guide.status === 'loading' || only) return <Loading />
  if (guide.status === 'error') return <ErrorState error={guide.error} onRetry={guide.reload} />
  const g = guide.data
  if (!g.bookable || g.halls.length === 0) {
    return <Empty title='该事项暂不提供在线预约' hint='请按办事指南中的办理时间直接到大厅办理。' />
  }
  return (
    <>
      <View className='card'>
        <Text className='card__title'>{g.name}</Text>
        <Text className='book__lead'>该事项可在以下 {g.halls.length} 个大厅办理，请选择您要前往的大厅。</Text>
      </View>
      <Text className='section-title'>选择办理大厅</Text>
      <View className='book__halls'>
        {g.halls.map((h) => (
          <View className='book__hall' key={h.code} role='button' onClick={() => onPick(h.code, g.halls.length)}>
            <View className='book__hall-body'>
              <Text className='book__hall-name'>{h.name}</Text>
              <Text className='book__hall-line'>地址：{h.address}</Text>
              <Text className='book__hall-line'>时间：{h.hoursText}</Text>
            </View>
            <Text className='cell__arrow'>›</Text>
          </View>
        ))}
      </View>
    </>
  )
}

function Reschedule({ id }: { id: string }) {
  const appt = useCall('appointment', 'getAppointment', { id })
  useEffect(() => {
    Promise.resolve()
      .then(() => Taro.setNavigationBarTitle({ title: '改约' }))
      .catch(() => undefined)
  }, [])
  if (appt.status === 'loading') return <Loading />
  if (appt.status === 'error') return <ErrorState error={appt.error} onRetry={appt.reload} />
  const a = appt.data
  if (a.status !== 'booked' || !a.canCancel) {
    return (
      <View className='card' role='alert'>
        <Text className='card__title'>该预约已不能在线改约</Text>
        <Text className='book__lead'>
          {a.status !== 'booked'
            ? '该预约已取消、已办结或已改约。'
            : `预约开始前 ${minutesText(a.cancelCutoffMinutes)}内不能在线改约。如需改约，请致电大厅：${a.phone}`}
        </Text>
      </View>
    )
  }
  return <Booking service={a.service} hall={a.hall} original={a} />
}

interface BookingProps {
  service: string
  hall: string
  /** Reschedule mode: the booking being moved. */
  original?: BookingDetail
  onChangeHall?: () => void
}

function Booking({ service, hall, original, onChangeHall }: BookingProps) {
  const avail = useCall('appointment', 'availability', { service, hall })
  // The last answer stays on screen while a reload is under way, so nothing jumps.
  const [shown, setShown] = useState<Availability | null>(null)
  const [date, setDate] = useState('')
  const [start, setStart] = useState('')
  const [values, setValues] = useState<Values>({})
  const [subscribe, setSubscribe] = useState(false)
  const [issues, setIssues] = useState<FieldIssue[]>([])
  const [problem, setProblem] = useState<{ message: string; retry: boolean } | null>(null)
  const [busy, setBusy] = useState(false)
  const [attempt, setAttempt] = useState<{ key: string; signature: string } | null>(null)

  useEffect(() => {
    if (avail.status === 'ready') setShown(avail.data)
  }, [avail.status, avail.data])

  // Open on the citizen's day if it is still open, else the first day with a free slot.
  useEffect(() => {
    if (!shown) return
    const day =
      shown.dates.find((d) => d.date === date && d.open) ??
      shown.dates.find((d) => d.slots.some((s) => s.status === 'open')) ??
      shown.dates.find((d) => d.open)
    setDate(day?.date ?? '')
    if (!day?.slots.some((s) => s.start === start && s.status === 'open')) setStart('')
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [shown])

  if (!shown) {
    if (avail.status === 'error') return <ErrorState error={avail.error} onRetry={avail.reload} />
    return <Loading />
  }

  const day = shown.dates.find((d) => d.date === date)
  const slot = day?.slots.find((s) => s.start === start && s.status === 'open')
  const fields = shown.service.fields
  const isOriginal = (d: string, s: string) => original !== undefined && original.date === d && original.start === s

  function pickDate(d: BookDate) {
    if (!d.open) return
    setDate(d.date)
    setStart('')
    setProblem(null)
  }

  function pickSlot(s: Slot) {
    if (s.status !== 'open' || !day || isOriginal(day.date, s.start)) return
    setStart(s.start)
    setProblem(null)
  }

  async function toggleSubscribe() {
    if (subscribe) {
      setSubscribe(false)
      return
    }
    if (process.env.TARO_ENV === 'weapp') {
      try {
        if (REMINDER_TEMPLATE) await Taro.requestSubscribeMessage({ tmplIds: [REMINDER_TEMPLATE] } as Taro.requestSubscribeMessage.Option)
      } catch {
        // Declining WeChat's prompt only means no WeChat message; the booking is unaffected.
      }
    }
    try {
      const s = await call('user', 'consentStatus')
      if (s.state === 'given' && s.purposes.includes('notify')) {
        setSubscribe(true)
        return
      }
      const label = s.available.find((p) => p.key === 'notify')?.label ?? '向您发送办理进度和预约提醒'
      const answer = await Taro.showModal({
        title: '接收预约提醒',
        content: `开启提醒需要您同意按《隐私政策》（版本 ${s.policyVersion}）${label}。是否同意？`,
        confirmText: '同意',
        cancelText: '不同意'
      })
      if (!answer.confirm) return
      const kept = s.state === 'given' ? s.purposes : []
      await call('user', 'giveConsent', { policyVersion: s.policyVersion, purposes: [...new Set([...kept, 'notify' as const])] })
      setSubscribe(true)
    } catch (err) {
      Taro.showToast({ title: asApiError(err).message, icon: 'none' })
    }
  }

  async function confirm() {
    if (busy || !day || !slot) return
    setBusy(true)
    setProblem(null)
    setIssues([])
    const signature = JSON.stringify({ hall, date: day.date, start: slot.start, values, subscribe })
    const key = attempt && attempt.signature === signature ? attempt.key : newKey()
    setAttempt({ key, signature })
    let url = ''
    try {
      if (original) {
        const moved = await call('appointment', 'reschedule', { id: original.id, hall, date: day.date, start: slot.start })
        url = `/appointment/pages/detail/index?id=${encodeURIComponent(moved.id)}&just=moved`
      } else {
        const sent: Record<string, string> = {}
        for (const f of fields) sent[f.key] = (values[f.key] ?? '').trim()
        const booked = await call('appointment', 'book', {
          service,
          hall,
          date: day.date,
          start: slot.start,
          fields: sent,
          subscribe,
          idempotencyKey: key
        })
        url = `/appointment/pages/detail/index?id=${encodeURIComponent(booked.id)}&just=1`
      }
    } catch (err) {
      const e = asApiError(err)
      const uncertain = isUncertainFailure(e.code)
      if (!uncertain) setAttempt(null)
      setIssues((e.issues ?? []).filter((i) => i.path.startsWith('fields.')).map((i) => ({ ...i, path: i.path.slice('fields.'.length) })))
      setProblem({ message: e.message, retry: uncertain })
      if (e.code.startsWith('SLOT.') || e.code === 'APPOINTMENT.NOT_BOOKABLE') {
        setStart('')
        avail.reload()
      }
      setBusy(false)
      return
    }
    setBusy(false)
    Taro.redirectTo({ url }).catch(() => Taro.navigateTo({ url }).catch(() => undefined))
  }

  const confirmLabel = original ? '确认改约' : '确认预约'
  const choice = day && slot ? `${longDayLabel(day.date)} ${slot.start}-${slot.end}` : ''

  const submit = (
    <>
      {problem ? (
        <View className='book__banner' role='alert'>
          <Text className='book__banner-text'>{problem.message}</Text>
          {problem.retry ? <Text className='book__banner-hint'>再次点按“{confirmLabel}”即可，不会重复预约。</Text> : null}
        </View>
      ) : null}
      <View className='book__summary'>
        {choice ? (
          <>
            <Text className='book__summary-label'>{original ? '改约到' : '预约时间'}</Text>
            <Text className='book__summary-value'>{choice}</Text>
            <Text className='book__summary-label'>办理大厅</Text>
            <Text className='book__summary-value'>{shown.hall.name}</Text>
          </>
        ) : (
          <Text className='book__summary-empty'>请先在上方选择日期和时段</Text>
        )}
      </View>
      <Button className='btn btn--primary book__confirm' loading={busy} disabled={busy || !slot} onClick={confirm}>
        {confirmLabel}
      </Button>
    </>
  )

  const reminder = (
    <View
      className='book__reminder'
      role='switch'
      aria-checked={subscribe}
      onClick={toggleSubscribe}
    >
      <View className='book__reminder-body'>
        <Text className='book__reminder-title'>接收预约提醒</Text>
        <Text className='book__reminder-hint'>预约前一天傍晚通过微信服务通知提醒您按时到场</Text>
      </View>
      <View className={`book__switch ${subscribe ? 'book__switch--on' : ''}`}>
        <View className='book__switch-knob' />
      </View>
    </View>
  )

  return (
    <View className='book'>
      <View className='card'>
        <Text className='card__title'>{original ? `改约：${shown.service.name}` : shown.service.name}</Text>
        <Text className='book__hall-name'>{shown.hall.name}</Text>
        <Text className='book__hall-line'>地址：{shown.hall.address}</Text>
        <Text className='book__hall-line'>时间：{shown.hall.hoursText}</Text>
        {original ? (
          <Text className='book__original'>
            原预约：{longDayLabel(original.date)} {original.start}-{original.end}
          </Text>
        ) : null}
        {onChangeHall ? (
          <Text className='book__link' onClick={onChangeHall}>
            更换办理大厅 ›
          </Text>
        ) : null}
      </View>

      {avail.status === 'error' ? (
        <View className='book__banner' role='alert'>
          <Text className='book__banner-text'>{avail.error.message}</Text>
          <Text className='book__link' onClick={avail.reload}>
            重新加载可预约时段 ›
          </Text>
        </View>
      ) : null}

      <Text className='section-title'>第一步　选择日期</Text>
      <View className='book__dates'>
        {shown.dates.map((d, i) => {
          const [md, weekday] = [monthDayLabel(d.date), weekdayName(isoWeekday(d.date))]
          const state = dayState(d)
          const on = d.date === date
          const dim = !d.open || state !== '可预约'
          return (
            <View
              key={d.date}
              className={`book__date ${on ? 'book__date--on' : ''} ${dim ? 'book__date--off' : ''} ${!d.open ? 'book__date--closed' : ''}`}
              role='button'
              aria-disabled={!d.open}
              aria-selected={on}
              onClick={() => pickDate(d)}
            >
              <Text className='book__date-day'>{md}</Text>
              <Text className='book__date-week'>{i === 0 ? `今天 ${weekday}` : weekday}</Text>
              <Text className='book__date-state'>{state}</Text>
            </View>
          )
        })}
      </View>

      <Text className='section-title'>第二步　选择时段{day ? `（${dayLabel(day.date)}）` : ''}</Text>
      {day && day.slots.length > 0 ? (
        <View className='card book__slots-card'>
          <SlotGroup label='上午' slots={day.slots.filter((s) => s.start < '12:00')} chosen={start} isOriginal={(s) => isOriginal(day.date, s)} onPick={pickSlot} />
          <SlotGroup label='下午' slots={day.slots.filter((s) => s.start >= '12:00')} chosen={start} isOriginal={(s) => isOriginal(day.date, s)} onPick={pickSlot} />
        </View>
      ) : (
        <Empty title='请选择可预约的日期' hint='灰色日期大厅不对外办公或暂不能预约。' />
      )}

      <Text className='section-title'>{original ? '第三步　确认改约' : '第三步　填写信息并确认'}</Text>
      {original ? (
        <View className='card'>
          <Text className='book__lead'>改约不需要重新填写个人信息；新时段约到后，原预约的名额自动释放。</Text>
          {submit}
        </View>
      ) : fields.length > 0 ? (
        <ConsentGate purpose='service'>
          <View className='card'>
            <Text className='book__lead'>只需填写以下信息，仅用于本次预约办理：</Text>
            <PersonalFieldsForm declaration={fields} values={values} onChange={setValues} issues={issues} />
            {reminder}
            {submit}
          </View>
        </ConsentGate>
      ) : (
        <View className='card'>
          <Text className='book__lead'>该事项预约无需填写个人信息。</Text>
          {reminder}
          {submit}
        </View>
      )}
      <Text className='book__foot'>{original ? '改约后预约码不变，到场请出示预约码。' : '预约成功后，到场请出示预约码。'}</Text>
    </View>
  )
}

interface SlotGroupProps {
  label: string
  slots: Slot[]
  chosen: string
  isOriginal(start: string): boolean
  onPick(slot: Slot): void
}

function SlotGroup({ label, slots, chosen, isOriginal, onPick }: SlotGroupProps) {
  if (slots.length === 0) return null
  return (
    <View className='book__period'>
      <Text className='book__period-label'>{label}</Text>
      <View className='book__slots'>
        {slots.map((s) => {
          const mine = isOriginal(s.start)
          const free = s.status === 'open' && !mine
          const on = free && s.start === chosen
          return (
            <View
              key={s.start}
              className={`book__slot ${free ? '' : 'book__slot--off'} ${on ? 'book__slot--on' : ''}`}
              role='button'
              aria-disabled={!free}
              aria-selected={on}
              onClick={() => onPick(s)}
            >
              <Text className='book__slot-time'>
                {s.start}-{s.end}
              </Text>
              <Text className='book__slot-state'>{mine ? '当前预约' : s.status === 'open' ? `余${s.remaining}` : SLOT_STATES[s.status]}</Text>
            </View>
          )
        })}
      </View>
    </View>
  )
}
