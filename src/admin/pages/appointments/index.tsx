import { useEffect, useState } from 'react'
import { Button, Input, Picker, Text, Textarea, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import GatedPage from '../../../components/GatedPage'
import Pager from '../../../components/Pager'
import { Empty, ErrorState, Loading } from '../../../components/StateView'
import { closureReason, type ClosureChoice } from '../../../domain/appointments/closure'
import { addDays, isIsoDate } from '../../../domain/calendar/workdays'
import { deliverySummary } from '../../../domain/outbox'
import { clockToMinutes, dayLabel, formatHallTime, hallDate, ISO_WEEKDAYS, isoWeekday, minutesToClock, monthDayLabel, weekdayName } from '../../../domain/time'
import { ApiError, asApiError, call } from '../../../services/api'
import { useCall } from '../../../services/useCall'
import type { OutputOf } from '../../../domain/contract'
import { Banner, Field, fieldClass, Problems, readable, useProblems } from '../../components/Form'
import './index.css'

type HallRow = Pick<OutputOf<'admin', 'listHalls'>[number], 'code' | 'name'>

interface Period {
  from: string
  to: string
}

type HallInfo = OutputOf<'admin', 'getHall'>

interface PeriodDraft extends Period {
  key: number
}

type HallDraft = Omit<HallInfo, 'periods'> & { periods: PeriodDraft[] }

type SlotRule = OutputOf<'admin', 'listSlotRules'>['defaults']
type RuleRow = OutputOf<'admin', 'listSlotRules'>['rules'][number]

type Closure = OutputOf<'admin', 'listClosures'>[number]

type HolidayCalendar = OutputOf<'admin', 'getCalendar'>
type ClosurePreview = OutputOf<'admin', 'previewClosure'>

type RuleKey = keyof SlotRule

const RULE_FIELDS: Array<{ key: RuleKey; label: string; unit: string; hint: string; fallback: string }> = [
  { key: 'slotMinutes', label: '每个时段长度', unit: '分钟', hint: '15至120分钟', fallback: '请填写15至120之间的整数' },
  { key: 'capacity', label: '每个时段可约人数', unit: '人', hint: '1至200人', fallback: '请填写1至200之间的整数' },
  { key: 'windowDays', label: '可预约天数', unit: '天', hint: '含当天，1至60天', fallback: '请填写1至60之间的整数' },
  { key: 'cutoffMinutes', label: '停止预约时间', unit: '分钟', hint: '时段开始前多少分钟停止预约', fallback: '请填写0至2880之间的整数' },
  { key: 'cancelCutoffMinutes', label: '停止在线取消时间', unit: '分钟', hint: '时段开始前多少分钟停止在线取消', fallback: '请填写0至2880之间的整数' }
]

type RuleDraft = { service: string } & Record<RuleKey, string>

const BLANK_RULE: RuleDraft = { service: '', slotMinutes: '', capacity: '', windowDays: '', cutoffMinutes: '', cancelCutoffMinutes: '' }
const OUTBOX_PAGE_SIZE = 10
const MAX_PERIODS = 4
const BLANK_HALL: HallInfo = { code: '', name: '', address: '', phone: '', weekdays: [], periods: [], hoursText: '', transit: '' }

let periodSeq = 0
const nextPeriodKey = () => ++periodSeq

function toHallDraft(h: HallInfo): HallDraft {
  return { ...h, transit: h.transit ?? '', weekdays: [...h.weekdays], periods: h.periods.map((p) => ({ from: p.from, to: p.to, key: nextPeriodKey() })) }
}

/** A new period starts where the last one ends, so the pickers open near a sensible time. */
function nextPeriod(periods: Period[]): Period {
  const last = periods[periods.length - 1]
  if (!last) return { from: '09:00', to: '12:00' }
  return { from: last.to, to: minutesToClock(Math.min(clockToMinutes(last.to) + 180, 23 * 60 + 59)) }
}

function ruleSummary(r: SlotRule): string {
  return `每${r.slotMinutes}分钟一个时段 · 每时段${r.capacity}人 · 可约${r.windowDays}天 · 开始前${r.cutoffMinutes}分钟停止预约 · 开始前${r.cancelCutoffMinutes}分钟停止在线取消`
}

/** A blank number is left out so the function applies its default; anything else goes as typed for it to judge. */
function toNumber(text: string): number | string | undefined {
  const t = text.trim()
  if (t === '') return undefined
  return /^\d+$/.test(t) ? Number(t) : t
}

function datesIn(text: string): string[] {
  return text
    .split(/[\s,，、;；]+/)
    .map((d) => d.trim())
    .filter(Boolean)
}

function byYear(dates: string[], withWeekday: boolean): Array<{ year: string; days: string }> {
  const years = new Map<string, string[]>()
  for (const d of dates) {
    if (!isIsoDate(d)) continue
    const y = d.slice(0, 4)
    const list = years.get(y) ?? []
    list.push(`${monthDayLabel(d)}${withWeekday ? `（${weekdayName(isoWeekday(d))}）` : ''}`)
    years.set(y, list)
  }
  return [...years.entries()].map(([year, days]) => ({ year, days: days.join('、') }))
}

export default function AdminAppointments() {
  return (
    <GatedPage roles={['admin']}>
      <AppointmentSettings />
    </GatedPage>
  )
}

function AppointmentSettings() {
  const halls = useCall('admin', 'listHalls')
  // The last list read stays on screen while it is read again, so a save does not blank the page.
  const [rows, setRows] = useState<HallRow[] | null>(null)
  const [code, setCode] = useState<string | null>(null)
  const [creating, setCreating] = useState(false)
  useEffect(() => {
    if (halls.status === 'ready') setRows(halls.data)
  }, [halls.status, halls.data])
  const list = rows ?? []
  const hall = list.find((h) => h.code === code) ?? list[0]

  function created(saved: HallInfo) {
    setRows((prev) => [...(prev ?? []), { code: saved.code, name: saved.name }].sort((a, b) => a.code.localeCompare(b.code)))
    setCode(saved.code)
    setCreating(false)
    halls.reload()
  }

  return (
    <View className='appt-admin'>
      <Text className='section-title'>办理大厅</Text>
      {rows === null && halls.status === 'loading' ? <Loading /> : null}
      {halls.status === 'error' ? <ErrorState error={halls.error} onRetry={halls.reload} /> : null}
      {rows !== null && list.length === 0 ? <Empty title='暂无办理大厅' /> : null}
      {rows !== null ? (
        <View className='card' id='appt-hall'>
          {hall ? (
            <>
              <Picker
                mode='selector'
                range={list.map((h) => h.name)}
                value={list.indexOf(hall)}
                onChange={(e) => {
                  setCode(list[Number(e.detail.value)].code)
                  setCreating(false)
                }}
              >
                <View className='admin-form__picker'>
                  <Text>{hall.name}</Text>
                  <Text className='cell__arrow'>切换 ›</Text>
                </View>
              </Picker>
              <Text className='admin-form__hint'>下方大厅信息、预约量、预约规则和闭厅日期均为所选大厅的设置。</Text>
            </>
          ) : null}
          {creating ? null : (
            <Button className='btn btn--plain appt-admin__button' onClick={() => setCreating(true)}>
              新建大厅
            </Button>
          )}
        </View>
      ) : null}
      {creating ? (
        <>
          <Text className='section-title'>新建大厅</Text>
          <HallForm id='appt-hall-new' initial={BLANK_HALL} taken={list.map((h) => h.code)} onSaved={created} onCancel={() => setCreating(false)} />
        </>
      ) : hall ? (
        <HallPanels key={hall.code} hall={hall} onHallSaved={halls.reload} />
      ) : null}

      <Text className='section-title'>节假日与调休（全部大厅）</Text>
      <CalendarSection />

      <Text className='section-title'>提醒发件箱</Text>
      <OutboxSection />
    </View>
  )
}

function HallPanels({ hall, onHallSaved }: { hall: HallRow; onHallSaved(): void }) {
  // Slots are cut from the opening days and periods, so the load is read again after they change.
  const [version, setVersion] = useState(0)
  return (
    <>
      <Text className='section-title'>大厅信息与开放时间</Text>
      <HallSection
        hall={hall}
        onSaved={() => {
          setVersion((v) => v + 1)
          onHallSaved()
        }}
      />
      <Text className='section-title'>预约量（今后14天）</Text>
      <LoadSection hall={hall} version={version} />
      <Text className='section-title'>预约规则</Text>
      <RulesSection hall={hall} />
      <Text className='section-title'>闭厅日期</Text>
      <ClosuresSection hall={hall} />
    </>
  )
}

function HallSection({ hall, onSaved }: { hall: HallRow; onSaved(): void }) {
  const info = useCall('admin', 'getHall', { code: hall.code })
  if (info.status === 'loading') return <Loading />
  if (info.status === 'error') return <ErrorState error={info.error} onRetry={info.reload} />
  return (
    <HallForm
      key={JSON.stringify(info.data)}
      id='appt-hall-info'
      initial={info.data}
      onSaved={() => {
        info.reload()
        onSaved()
      }}
    />
  )
}

interface HallFormProps {
  id: string
  initial: HallInfo
  /** Set for a new hall: codes already in use, which a save would overwrite. */
  taken?: string[]
  onSaved(saved: HallInfo): void
  onCancel?(): void
}

function HallForm({ id, initial, taken, onSaved, onCancel }: HallFormProps) {
  const isNew = taken !== undefined
  const [d, setD] = useState<HallDraft>(() => toHallDraft(initial))
  const problems = useProblems()
  const [busy, setBusy] = useState(false)
  const set = (patch: Partial<HallDraft>) => setD((prev) => ({ ...prev, ...patch }))
  const setPeriod = (key: number, patch: Partial<Period>) => setD((prev) => ({ ...prev, periods: prev.periods.map((p) => (p.key === key ? { ...p, ...patch } : p)) }))
  const at = (path: string, deep = false) => problems.issues.filter((i) => i.path === `hall.${path}` || (deep && i.path.startsWith(`hall.${path}.`)))
  // Issues outside the hall's own fields (a malformed request) have no field to sit by.
  const unplaced = problems.issues.filter((i) => !i.path.startsWith('hall.'))

  function toggleWeekday(day: number) {
    setD((prev) => ({ ...prev, weekdays: prev.weekdays.includes(day) ? prev.weekdays.filter((w) => w !== day) : [...prev.weekdays, day].sort((a, b) => a - b) }))
  }

  async function save() {
    problems.clear()
    const code = d.code.trim().toUpperCase()
    if (taken?.includes(code)) {
      problems.show(new ApiError('REQUEST.INVALID', '该大厅编码已存在', undefined, [{ path: 'hall.code', message: '该编码已有大厅使用，请换一个编码' }]), '请按提示修改后再保存')
      return
    }
    // Sent in time order, as the function stores them, so an issue's index names the row on screen.
    const periods = [...d.periods].sort((a, b) => a.from.localeCompare(b.from))
    set({ periods })
    setBusy(true)
    const hall = {
      code,
      name: d.name,
      address: d.address,
      phone: d.phone,
      weekdays: [...d.weekdays].sort((a, b) => a - b),
      periods: periods.map((p) => ({ from: p.from, to: p.to })),
      hoursText: d.hoursText,
      transit: d.transit
    }
    try {
      const saved = await call('admin', 'saveHall', { hall })
      setBusy(false)
      Taro.showToast({ title: '已保存', icon: 'success' })
      onSaved(saved)
    } catch (err) {
      setBusy(false)
      problems.show(err, '请按提示修改后再保存')
    }
  }

  return (
    <View className='card' id={id}>
      <Banner id={`${id}-banner`} text={problems.failure} more={unplaced.map((i) => readable(i.message, '内容不符合要求'))} />
      {isNew ? (
        <Field id='hall-code' label='大厅编码' problems={at('code')} fallback='大厅编码格式如 H06' hint='字母H加2至4位数字，保存后不能修改'>
          <Input className='admin-form__input' value={d.code} maxlength={5} placeholder='如 H06' onInput={(e) => set({ code: e.detail.value.toUpperCase() })} />
        </Field>
      ) : (
        <Text className='appt-admin__text appt-admin__muted'>大厅编码 {d.code}</Text>
      )}
      <Field id='hall-name' label='大厅名称' problems={at('name')} fallback='名称为2至60个字'>
        <Input className='admin-form__input' value={d.name} maxlength={60} placeholder='如 示范市南城区政务服务中心' onInput={(e) => set({ name: e.detail.value })} />
      </Field>
      <Field id='hall-address' label='地址' problems={at('address')} fallback='地址为4至120个字'>
        <Input className='admin-form__input' value={d.address} maxlength={120} placeholder='如 示范市南城区南湖路8号' onInput={(e) => set({ address: e.detail.value })} />
      </Field>
      <Field id='hall-phone' label='咨询电话' problems={at('phone')} fallback='电话格式如 0571-87001234'>
        <Input className='admin-form__input' value={d.phone} maxlength={20} placeholder='如 0571-87001234' onInput={(e) => set({ phone: e.detail.value })} />
      </Field>
      <Field id='hall-weekdays' label='开放的星期' problems={at('weekdays', true)} fallback='请至少选择一天' hint='法定节假日和调休上班日按下方“节假日与调休”办理'>
        <View className='chips'>
          {ISO_WEEKDAYS.map((weekday) => {
            const on = d.weekdays.includes(weekday)
            return (
              <View key={weekday} className={`chip ${on ? 'chip--on' : ''}`} role='checkbox' aria-checked={on} onClick={() => toggleWeekday(weekday)}>
                {weekdayName(weekday)}
              </View>
            )
          })}
        </View>
      </Field>
      <View id='hall-periods' className={fieldClass(at('periods'))}>
        <Text className='admin-form__label'>开放时段</Text>
        <Text className='admin-form__hint'>每个开放日都按这些时段办理，预约时段据此生成。</Text>
        {d.periods.length === 0 ? <Text className='appt-admin__text appt-admin__muted'>尚未设置开放时段。</Text> : null}
        {d.periods.map((p, i) => {
          const issues = [...at(`periods.${i}`), ...at(`periods.${i}.from`), ...at(`periods.${i}.to`)]
          return (
            <View id={`hall-period-${i}`} key={p.key} className={`appt-admin__period ${issues.length ? 'admin-form__field--error' : ''}`}>
              <View className='appt-admin__period-head'>
                <Text className='appt-admin__period-title'>时段 {i + 1}</Text>
                <View className='appt-admin__op appt-admin__op--danger' onClick={() => set({ periods: d.periods.filter((x) => x.key !== p.key) })}>
                  删除
                </View>
              </View>
              <View className='appt-admin__period-times'>
                <Text className='appt-admin__period-word'>从</Text>
                <View id={`hall-period-${i}-from`} className='appt-admin__period-pick'>
                  <Picker mode='time' value={p.from} onChange={(e) => setPeriod(p.key, { from: e.detail.value })}>
                    <View className='admin-form__picker'>
                      <Text>{p.from}</Text>
                      <Text className='cell__arrow'>›</Text>
                    </View>
                  </Picker>
                </View>
                <Text className='appt-admin__period-word'>至</Text>
                <View id={`hall-period-${i}-to`} className='appt-admin__period-pick'>
                  <Picker mode='time' value={p.to} onChange={(e) => setPeriod(p.key, { to: e.detail.value })}>
                    <View className='admin-form__picker'>
                      <Text>{p.to}</Text>
                      <Text className='cell__arrow'>›</Text>
                    </View>
                  </Picker>
                </View>
              </View>
              <Problems list={issues} fallback='时间格式如 09:00，结束应晚于开始' />
            </View>
          )
        })}
        {d.periods.length < MAX_PERIODS ? (
          <View className='appt-admin__add' onClick={() => set({ periods: [...d.periods, { ...nextPeriod(d.periods), key: nextPeriodKey() }] })}>
            ＋ 增加时段
          </View>
        ) : (
          <Text className='admin-form__hint'>最多设置{MAX_PERIODS}个时段。</Text>
        )}
        <Problems list={at('periods')} fallback={`请设置1至${MAX_PERIODS}个开放时段`} />
      </View>
      <Field id='hall-hoursText' label='开放时间说明' problems={at('hoursText')} fallback='开放时间说明为4至120个字' hint='群众看到的开放时间说明，应与上面的星期和时段一致'>
        <Textarea
          className='admin-form__textarea appt-admin__textarea--hall'
          value={d.hoursText}
          maxlength={120}
          placeholder='如 周一至周五 9:00-12:00，13:30-17:00（法定节假日除外）'
          onInput={(e) => set({ hoursText: e.detail.value })}
        />
      </Field>
      <Field id='hall-transit' label='交通指引（选填）' problems={at('transit')} fallback='交通指引不超过200个字'>
        <Textarea className='admin-form__textarea appt-admin__textarea--hall' value={d.transit} maxlength={200} placeholder='如 地铁1号线市民中心站C口出，步行约200米' onInput={(e) => set({ transit: e.detail.value })} />
      </Field>
      <Button className='btn btn--primary appt-admin__button' loading={busy} disabled={busy} onClick={save}>
        保存大厅信息
      </Button>
      {onCancel ? (
        <Button className='btn btn--plain appt-admin__button' disabled={busy} onClick={onCancel}>
          取消新建
        </Button>
      ) : null}
    </View>
  )
}

function LoadSection({ hall, version }: { hall: HallRow; version: number }) {
  const load = useCall('admin', 'bookingLoad', { hall: hall.code }, [version])
  if (load.status === 'loading') return <Loading />
  if (load.status === 'error') return <ErrorState error={load.error} onRetry={load.reload} />
  if (load.data.days.length === 0) return <Empty title='暂无预约量数据' />
  const total = load.data.days.reduce((sum, d) => sum + d.booked, 0)
  return (
    <View className='card' id='appt-load'>
      <Text className='admin-form__hint'>已约人数 / 名额；名额只统计已有人预约的时段。今后14天共 {total} 人预约。</Text>
      {load.data.days.map((d) => {
        const percent = d.capacity > 0 ? Math.min(100, Math.round((d.booked / d.capacity) * 100)) : 0
        return (
          <View className='appt-admin__load' key={d.date}>
            <Text className='appt-admin__load-day'>{dayLabel(d.date)}</Text>
            <View className='appt-admin__bar' aria-hidden>
              <View className={`appt-admin__bar-fill ${percent >= 90 ? 'appt-admin__bar-fill--full' : ''}`} style={{ width: `${percent}%` }} />
            </View>
            <Text className='appt-admin__load-count'>
              {d.booked}/{d.capacity}
            </Text>
          </View>
        )
      })}
    </View>
  )
}

function RulesSection({ hall }: { hall: HallRow }) {
  const rules = useCall('admin', 'listSlotRules', { hall: hall.code })
  const [d, setD] = useState<RuleDraft>(BLANK_RULE)
  const problems = useProblems()
  const [busy, setBusy] = useState(false)
  const set = (patch: Partial<RuleDraft>) => setD((prev) => ({ ...prev, ...patch }))
  const at = (path: string) => problems.issues.filter((i) => i.path === path)
  const defaults = rules.status === 'ready' ? rules.data.defaults : null

  function edit(rule: RuleRow) {
    setD({
      service: rule.service,
      slotMinutes: String(rule.slotMinutes),
      capacity: String(rule.capacity),
      windowDays: String(rule.windowDays),
      cutoffMinutes: String(rule.cutoffMinutes),
      cancelCutoffMinutes: String(rule.cancelCutoffMinutes)
    })
    problems.clear()
  }

  async function save() {
    setBusy(true)
    problems.clear()
    const rule: Record<string, number | string> = {}
    for (const f of RULE_FIELDS) {
      const value = toNumber(d[f.key])
      if (value !== undefined) rule[f.key] = value
    }
    try {
      await call('admin', 'setSlotRule', { hall: hall.code, service: d.service.trim().toUpperCase(), rule })
      setBusy(false)
      Taro.showToast({ title: '已保存', icon: 'success' })
      setD(BLANK_RULE)
      rules.reload()
    } catch (err) {
      setBusy(false)
      problems.show(err)
    }
  }

  return (
    <View className='card' id='appt-rules'>
      {rules.status === 'loading' ? <Loading /> : null}
      {rules.status === 'error' ? <ErrorState error={rules.error} onRetry={rules.reload} /> : null}
      {rules.status === 'ready' ? (
        <>
          <Text className='appt-admin__subtitle'>默认规则</Text>
          <Text className='appt-admin__text'>{ruleSummary(rules.data.defaults)}</Text>
          <Text className='appt-admin__subtitle'>单独设置的事项</Text>
          {rules.data.rules.length === 0 ? (
            <Text className='appt-admin__text appt-admin__muted'>暂无，本大厅各事项均使用默认规则。</Text>
          ) : (
            rules.data.rules.map((r) => (
              <View className='appt-admin__row' key={r.service}>
                <View className='appt-admin__row-main'>
                  <Text className='appt-admin__row-title'>
                    {r.serviceName}（{r.service}）
                  </Text>
                  <Text className='appt-admin__row-meta'>{ruleSummary(r)}</Text>
                </View>
                <View className='appt-admin__op' onClick={() => edit(r)}>
                  修改
                </View>
              </View>
            ))
          )}
        </>
      ) : null}

      <Text className='appt-admin__subtitle'>设置某事项的规则</Text>
      <Banner id='rule-banner' text={problems.failure} />
      <Field id='rule-service' label='事项编码' problems={at('service')} fallback='事项编码格式如 SB-001' hint='须为本大厅可预约的事项'>
        <Input className='admin-form__input' value={d.service} maxlength={11} placeholder='如 SB-004' onInput={(e) => set({ service: e.detail.value })} />
      </Field>
      {RULE_FIELDS.map((f) => (
        <Field key={f.key} id={`rule-${f.key}`} label={f.label} problems={at(`rule.${f.key}`)} fallback={f.fallback} hint={`${f.hint}；不填则用默认值`}>
          <View className='appt-admin__number'>
            <Input
              className='admin-form__input admin-form__input--number'
              type='number'
              value={d[f.key]}
              maxlength={4}
              placeholder={defaults ? String(defaults[f.key]) : ''}
              onInput={(e) => set({ [f.key]: e.detail.value } as Partial<RuleDraft>)}
            />
            <Text className='appt-admin__unit'>{f.unit}</Text>
          </View>
        </Field>
      ))}
      <Button className='btn btn--primary appt-admin__button' loading={busy} disabled={busy} onClick={save}>
        保存规则
      </Button>
    </View>
  )
}

function ClosuresSection({ hall }: { hall: HallRow }) {
  const closures = useCall('admin', 'listClosures', { hall: hall.code })
  const today = hallDate(new Date())
  const [date, setDate] = useState(addDays(today, 1))
  const [reason, setReason] = useState('')
  const problems = useProblems()
  const [busy, setBusy] = useState(false)
  const at = (path: string) => problems.issues.filter((i) => i.path === path)

  // Set when the chosen day holds bookings: the administrator then chooses what happens to them
  // on the page itself (two explained options and a way back), not in a two-button modal whose
  // "cancel" would silently mean one of the options.
  const [pending, setPending] = useState<ClosurePreview | null>(null)

  async function add() {
    problems.clear()
    // The reason is checked before anything is asked, by the rule the function applies.
    const checked = closureReason.safeParse(reason)
    if (!checked.success) {
      problems.setIssues(checked.error.issues.map((i) => ({ path: 'reason', message: i.message })))
      return
    }
    setBusy(true)
    try {
      // How many bookings the day holds, before anything is written.
      const preview = await call('admin', 'previewClosure', { hall: hall.code, date })
      setBusy(false)
      if (preview.booked > 0) setPending(preview)
      else await save(undefined)
    } catch (err) {
      setBusy(false)
      problems.show(err)
    }
  }

  async function save(bookings: ClosureChoice | undefined) {
    setBusy(true)
    problems.clear()
    try {
      const saved = await call('admin', 'setClosure', { hall: hall.code, date, reason, ...(bookings ? { bookings } : {}) })
      setBusy(false)
      setPending(null)
      setReason('')
      closures.reload()
      if (saved.bookedThatDay > 0) {
        const what = bookings === 'cancel' ? `已取消${saved.changed}个预约` : `已保留${saved.changed}个预约，请群众联系大厅`
        await Taro.showModal({
          title: '已设置闭厅',
          content: `${what}。通知：${deliverySummary(saved.messages)}。`,
          showCancel: false,
          confirmText: '知道了'
        }).catch(() => undefined)
      } else {
        Taro.showToast({ title: '已设置闭厅', icon: 'success' })
      }
    } catch (err) {
      setBusy(false)
      problems.show(err)
    }
  }

  async function remove(c: Closure) {
    const answer = await Taro.showModal({
      title: '取消闭厅',
      content: `确定取消${dayLabel(c.date)}的闭厅安排吗？取消后群众可以预约当天。`,
      confirmText: '取消闭厅',
      cancelText: '不取消',
      confirmColor: '#b42318'
    }).catch(() => ({ confirm: false }))
    if (!answer.confirm) return
    problems.setFailure(null)
    try {
      await call('admin', 'removeClosure', { hall: hall.code, date: c.date })
      Taro.showToast({ title: '已取消闭厅', icon: 'success' })
      closures.reload()
    } catch (err) {
      problems.setFailure(asApiError(err).message)
    }
  }

  return (
    <View className='card' id='appt-closures'>
      {closures.status === 'loading' ? <Loading /> : null}
      {closures.status === 'error' ? <ErrorState error={closures.error} onRetry={closures.reload} /> : null}
      {closures.status === 'ready' && closures.data.length === 0 ? <Text className='appt-admin__text appt-admin__muted'>暂无闭厅安排。</Text> : null}
      {closures.status === 'ready'
        ? closures.data.map((c) => (
            <View className='appt-admin__row appt-admin__closure' key={c.date}>
              <View className='appt-admin__row-main'>
                <Text className='appt-admin__row-title'>
                  {c.date.slice(0, 4)}年{dayLabel(c.date)}
                </Text>
                <Text className='appt-admin__row-meta'>
                  {c.reason}
                  {c.bookings === 'cancel' ? '（当天预约已取消并通知）' : c.bookings === 'keep' ? '（当天预约保留，已通知群众联系大厅）' : ''}
                </Text>
              </View>
              <View className='appt-admin__op appt-admin__op--danger' onClick={() => remove(c)}>
                取消闭厅
              </View>
            </View>
          ))
        : null}

      <Text className='appt-admin__subtitle'>新增闭厅日期</Text>
      <Banner id='closure-banner' text={problems.failure} />
      <Field id='closure-date' label='日期' problems={at('date')} fallback='请选择日期'>
        <Picker mode='date' value={date} start={today} end={addDays(today, 365)} onChange={(e) => setDate(e.detail.value)}>
          <View className='admin-form__picker'>
            <Text>
              {date.slice(0, 4)}年{dayLabel(date)}
            </Text>
            <Text className='cell__arrow'>›</Text>
          </View>
        </Picker>
      </Field>
      <Field id='closure-reason' label='闭厅原因' problems={at('reason')} fallback='原因为2至40个字' hint='群众预约时和已有预约上都会看到'>
        <Input className='admin-form__input' value={reason} maxlength={40} placeholder='如 设备检修，暂停对外办公' onInput={(e) => setReason(e.detail.value)} />
      </Field>
      <Text className='admin-form__hint'>闭厅后当天不再接受预约。当天已有预约时，会先告诉您有多少个，再请您选择取消这些预约或保留并请群众联系大厅；每位群众都会收到通知。</Text>
      {pending ? (
        <View className='appt-admin__choice' id='closure-choice' role='alertdialog' aria-label='选择已有预约的处理方式'>
          <Text className='appt-admin__choice-title'>
            {date.slice(0, 4)}年{dayLabel(date)}已有{pending.booked}个预约，请选择如何处理
          </Text>
          <Text className='appt-admin__text'>无论选择哪种方式，每位群众都会收到通知，其预约上会写明闭厅原因“{reason.trim()}”。</Text>
          <View className='appt-admin__option appt-admin__option--danger' id='closure-choice-cancel' role='button' onClick={() => !busy && save('cancel')}>
            <Text className='appt-admin__option-title'>取消这些预约</Text>
            <Text className='appt-admin__option-hint'>预约作废、名额释放，群众需另行预约</Text>
          </View>
          <View className='appt-admin__option' id='closure-choice-keep' role='button' onClick={() => !busy && save('keep')}>
            <Text className='appt-admin__option-title'>保留预约，请群众联系大厅</Text>
            <Text className='appt-admin__option-hint'>预约保留，通知附大厅电话，请群众来电另行安排</Text>
          </View>
          <Button className='btn btn--plain appt-admin__button' disabled={busy} onClick={() => setPending(null)}>
            返回，暂不闭厅
          </Button>
        </View>
      ) : (
        <Button className='btn btn--primary appt-admin__button' loading={busy} disabled={busy} onClick={add}>
          设置闭厅
        </Button>
      )}
    </View>
  )
}

function CalendarSection() {
  const cal = useCall('admin', 'getCalendar')
  if (cal.status === 'loading') return <Loading />
  if (cal.status === 'error') return <ErrorState error={cal.error} onRetry={cal.reload} />
  return <CalendarEditor key={JSON.stringify(cal.data)} cal={cal.data} onSaved={cal.reload} />
}

function CalendarEditor({ cal, onSaved }: { cal: HolidayCalendar; onSaved(): void }) {
  const [holidays, setHolidays] = useState(cal.holidays.join('\n'))
  const [workdays, setWorkdays] = useState(cal.workdays.join('\n'))
  const problems = useProblems()
  const [busy, setBusy] = useState(false)
  const sent = { holidays: datesIn(holidays), workdays: datesIn(workdays) }

  // An issue names an entry (holidays.3); the person sees the date they typed, not a line number.
  const at = (field: 'holidays' | 'workdays') =>
    problems.issues
      .filter((i) => i.path === field || i.path.startsWith(`${field}.`))
      .map((i) => {
        const n = Number(i.path.split('.')[1])
        const message = readable(i.message, '日期格式如 2026-10-01')
        return { path: field, message: Number.isInteger(n) && sent[field][n] !== undefined ? `「${sent[field][n]}」${message}` : message }
      })

  async function save() {
    setBusy(true)
    problems.clear()
    try {
      await call('admin', 'setCalendar', sent)
      setBusy(false)
      Taro.showToast({ title: '已保存', icon: 'success' })
      onSaved()
    } catch (err) {
      setBusy(false)
      problems.show(err)
    }
  }

  const holidayYears = byYear(cal.holidays, false)
  const workdayYears = byYear(cal.workdays, true)

  return (
    <View className='card' id='appt-calendar'>
      <Text className='appt-admin__text' id='calendar-counts'>
        法定节假日 {cal.holidays.length} 天 · 调休上班日 {cal.workdays.length} 天
      </Text>
      {cal.holidays.length === 0 && cal.workdays.length === 0 ? <Text className='appt-admin__text appt-admin__muted'>尚未设置节假日与调休，大厅按每周开放日办公。</Text> : null}
      {holidayYears.length ? <Text className='appt-admin__subtitle'>法定节假日（不办公）</Text> : null}
      {holidayYears.map((y) => (
        <Text className='appt-admin__text' key={`h${y.year}`}>
          {y.year}年：{y.days}
        </Text>
      ))}
      {workdayYears.length ? <Text className='appt-admin__subtitle'>调休上班日（周末照常办公）</Text> : null}
      {workdayYears.map((y) => (
        <Text className='appt-admin__text' key={`w${y.year}`}>
          {y.year}年：{y.days}
        </Text>
      ))}

      <Text className='appt-admin__subtitle'>修改</Text>
      <Text className='admin-form__hint'>每行一个日期，格式如 2026-10-01。以国务院办公厅每年公布的安排为准。</Text>
      <Banner id='calendar-banner' text={problems.failure} />
      <Field id='calendar-holidays' label='法定节假日（含其间的周末）' problems={at('holidays')} fallback='日期格式如 2026-10-01'>
        <Textarea className='admin-form__textarea appt-admin__textarea' value={holidays} maxlength={-1} placeholder='2026-10-01' onInput={(e) => setHolidays(e.detail.value)} />
      </Field>
      <Field id='calendar-workdays' label='调休上班日（周六或周日）' problems={at('workdays')} fallback='日期格式如 2026-10-01'>
        <Textarea className='admin-form__textarea appt-admin__textarea appt-admin__textarea--short' value={workdays} maxlength={-1} placeholder='2026-10-10' onInput={(e) => setWorkdays(e.detail.value)} />
      </Field>
      <Button className='btn btn--primary appt-admin__button' loading={busy} disabled={busy} onClick={save}>
        保存节假日与调休
      </Button>
    </View>
  )
}

function OutboxSection() {
  const [page, setPage] = useState(1)
  const outbox = useCall('admin', 'listOutbox', { page, pageSize: OUTBOX_PAGE_SIZE })
  const [busy, setBusy] = useState(false)
  const [result, setResult] = useState<string | null>(null)
  const [failure, setFailure] = useState<string | null>(null)

  async function sendNow() {
    const answer = await Taro.showModal({
      title: '发送明日提醒',
      content: '将向明天有预约并订阅了提醒的群众发送提醒，已发过的不会重复发送。确定发送吗？',
      confirmText: '发送',
      cancelText: '取消'
    }).catch(() => ({ confirm: false }))
    if (!answer.confirm) return
    setBusy(true)
    setFailure(null)
    setResult(null)
    try {
      const done = await call('reminders', 'sendNow', {})
      setBusy(false)
      // The same words as the badges below: what was written, and what really happened to it.
      const summary = `${deliverySummary(done)}${done.closed > 0 ? `；${done.closed}个预约所在大厅闭厅，不发提醒` : ''}`
      setResult(`${summary}（${dayLabel(done.date)}的预约）`)
      Taro.showToast({ title: summary, icon: 'none' })
      if (page === 1) outbox.reload()
      else setPage(1)
    } catch (err) {
      setBusy(false)
      setFailure(asApiError(err).message)
    }
  }

  return (
    <View className='card' id='appt-outbox'>
      <Text className='admin-form__hint'>每天18:00自动发送次日预约的提醒（闭厅的大厅不发）；已发过的不会重复发送。闭厅通知也在这里。本地演示环境没有微信服务器，消息只写入发件箱，标为“本地环境未发送”。</Text>
      <Button className='btn btn--plain appt-admin__button' loading={busy} disabled={busy} onClick={sendNow}>
        立即发送明日提醒
      </Button>
      {result ? (
        <View className='appt-admin__done' role='status' id='outbox-result'>
          <Text>{result}</Text>
        </View>
      ) : null}
      <Banner id='outbox-banner' text={failure} />
      {outbox.status === 'loading' ? <Loading /> : null}
      {outbox.status === 'error' ? <ErrorState error={outbox.error} onRetry={outbox.reload} /> : null}
      {outbox.status === 'ready' && outbox.data.items.length === 0 ? <Empty title='发件箱暂无消息' /> : null}
      {outbox.status === 'ready' && outbox.data.items.length > 0 ? (
        <View className='appt-admin__outbox'>
          {outbox.data.items.map((m) => (
            <View className='appt-admin__message' key={m.id}>
              <Text className='appt-admin__row-title'>
                {m.kind === 'closure' ? '闭厅通知' : '预约提醒'} {formatHallTime(m.createdAt)}
                <Text className={`badge appt-admin__badge ${m.state === 'sent' ? '' : 'appt-admin__badge--pending'}`}>{m.stateLabel}</Text>
              </Text>
              <Text className='appt-admin__row-meta'>{Object.values(m.data ?? {}).join(' · ')}</Text>
              <Text className='appt-admin__path'>{m.page}</Text>
            </View>
          ))}
          <Pager page={outbox.data.page} total={outbox.data.total} hasMore={outbox.data.hasMore} onChange={setPage} />
        </View>
      ) : null}
    </View>
  )
}
