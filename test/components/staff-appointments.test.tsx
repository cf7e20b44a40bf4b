/**
 * The counter's 今日预约 · 到场核验 page and the administrator's 预约管理 page against the real
 * staff, admin and reminders functions and the embedded database.
 */
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { generateAppointmentCode } from '../../src/domain/appointments/code'
import { addDays } from '../../src/domain/calendar/workdays'
import { hallDate } from '../../src/domain/time'
import { setTransport } from '../../src/services/api'
import { database } from '../../local/sdk'
import { callAs, invoke, openidOf, seeded, snapshot, type Who } from '../support/hall'

process.env.HALL_WRITE_LIMIT = '1000/60'
jest.setTimeout(60_000)

function signInAs(who: Who) {
  setTransport(async (fn, payload) => (await invoke(fn, payload, openidOf(who))).envelope)
}

const squash = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, '')
const within = (id: string) => squash(document.getElementById(id)?.textContent)
const settle = () => act(() => new Promise((r) => setTimeout(r, 30)))
const WEEKDAYS = ['周一', '周二', '周三', '周四', '周五', '周六', '周日']

/** Types into a Taro Input or Textarea the way its H5 component reports typing. */
async function typeInto(fieldId: string, value: string) {
  // The web component renders its native field a tick after React mounts it.
  await waitFor(() => expect(document.querySelector(`#${fieldId} input, #${fieldId} textarea`)).not.toBeNull())
  const el = document.querySelector(`#${fieldId} taro-input-core, #${fieldId} taro-textarea-core`) as Element
  await act(async () => {
    el.dispatchEvent(new CustomEvent('input', { detail: { value }, bubbles: true }))
  })
}

/** Picks a value in a Taro Picker the way its H5 component reports a choice. */
async function pick(wrapperId: string, value: string | number) {
  const el = document.querySelector(`#${wrapperId} taro-picker-core`) as Element
  await act(async () => {
    el.dispatchEvent(new CustomEvent('change', { detail: { value }, bubbles: true }))
  })
}

const newCode = () => generateAppointmentCode((n) => require('node:crypto').randomBytes(n))

/** A booking written straight into the database, as test/functions/appointments.test.ts does. */
async function booking(openid: string, opts: { hall?: string; date?: string; name: string; serviceName?: string; subscribed?: boolean; startsIn?: number }) {
  const now = new Date()
  // Minutes from now to the slot's start; the slot lasts 30 minutes.
  const startsIn = opts.startsIn ?? 10
  const code = newCode()
  const { _id } = await database()
    .collection('appointments')
    .add({
      data: {
        openid,
        code,
        service: 'SB-004',
        serviceName: opts.serviceName ?? '测试事项',
        hall: opts.hall ?? 'H01',
        hallName: '测试大厅',
        date: opts.date ?? hallDate(now),
        start: '00:00',
        end: '23:59',
        startsAt: new Date(now.getTime() + startsIn * 60_000),
        endsAt: new Date(now.getTime() + (startsIn + 30) * 60_000),
        status: 'booked',
        activeKey: `component|${openid}`,
        name: opts.name,
        subscribed: opts.subscribed ?? false,
        sequence: 0,
        createdAt: now,
        updatedAt: now
      }
    })
  return { id: _id as string, code }
}

const bookedToday = (openid: string, name: string, startsIn?: number) => booking(openid, { name, startsIn })

let showToast: jest.Mock
let showModal: jest.Mock

beforeAll(seeded)

beforeEach(() => {
  Taro.getCurrentInstance().router = { params: {} } as any
  showToast = jest.fn(async () => ({ errMsg: 'showToast:ok' }))
  showModal = jest.fn(async () => ({ confirm: true, cancel: false, errMsg: 'showModal:ok' }))
  Object.assign(Taro, { showToast, showModal })
})

afterEach(async () => {
  await settle()
  cleanup()
  jest.restoreAllMocks()
})

describe('今日预约 · 到场核验', () => {
  async function renderToday() {
    const Today = (await import('../../src/staff/pages/today')).default
    render(<Today />)
    await waitFor(() => expect(document.getElementById('today-summary')).not.toBeNull())
    await waitFor(() => expect(document.querySelector('.state--loading')).toBeNull())
  }

  it('should show the staff member their own hall, today and the counts', async () => {
    signInAs('staff')
    await renderToday()
    const today = await callAs('staff', 'staff', 'todayAppointments', {})
    if (!today.ok) throw new Error(JSON.stringify(today))
    expect(today.data.hall.code).toBe('H01')
    const summary = within('today-summary')
    expect(summary).toContain('示范市市民中心政务服务大厅')
    const [y, m, d] = hallDate(new Date()).split('-').map(Number)
    expect(summary).toContain(`${y}年${m}月${d}日`)
    const { booked, verified, noShow } = today.data.counts
    expect(summary).toContain(`${booked}待核验${verified}已到场${noShow}未到场`)
    // The 2026 rules: the counter's word is 到场核验.
    expect(document.body.textContent).not.toMatch(/签到|打卡/)
  })

  it('should refuse a mistyped code with 预约码不正确 and change nothing', async () => {
    signInAs('staff')
    const real = newCode()
    const mistyped = real.slice(0, 7) + (real[7] === 'A' ? 'B' : 'A')
    await renderToday()
    await typeInto('today-code', mistyped.toLowerCase())
    const before = await snapshot()

    fireEvent.click(screen.getByText('核验'))
    await waitFor(() => expect(within('today-verify-banner')).toContain('预约码不正确'))
    expect(document.getElementById('today-result')).toBeNull()
    expect(await snapshot()).toEqual(before)
  })

  it('should verify a booking made for today at this hall, show 已到场 and audit it', async () => {
    signInAs('staff')
    const { id, code } = await bookedToday('o_component_verify_01', '张核验')
    await renderToday()
    // The list shows the name masked; the whole name only in the answer to verifying the code.
    await waitFor(() => expect(within('today-list')).toContain('张*验'))
    expect(within('today-list')).not.toContain('张核验')
    const before = await callAs('staff', 'staff', 'todayAppointments', {})

    // Lower case and a space, as staff may type it; the field shows it grouped.
    await typeInto('today-code', `${code.slice(0, 4).toLowerCase()} ${code.slice(4).toLowerCase()}`)
    expect(document.querySelector('#today-code taro-input-core')?.getAttribute('value')).toBe(`${code.slice(0, 4)}-${code.slice(4)}`)
    fireEvent.click(screen.getByText('核验'))

    await waitFor(() => expect(document.getElementById('today-result')).not.toBeNull())
    const result = within('today-result')
    expect(result).toContain('已到场')
    expect(result).toContain('张核验')
    expect(result).toContain('测试事项')
    expect(result).toContain('00:00-23:59')
    expect(document.getElementById('today-verify-banner')).toBeNull()

    const stored = await database().collection('appointments').doc(id).get()
    expect(stored.data).toMatchObject({ status: 'verified' })
    const { data: audit } = await database().collection('audit').where({ action: 'staff.verifyArrival', 'target.id': id }).get()
    expect(audit).toHaveLength(1)
    expect(audit[0].changes).toEqual({ status: { old: 'booked', new: 'verified' } })

    // The list and the counts reload.
    if (!before.ok) throw new Error(JSON.stringify(before))
    await waitFor(() => expect(within('today-summary')).toContain(`${before.data.counts.booked - 1}待核验${before.data.counts.verified + 1}已到场`))
    fireEvent.click(screen.getByText('已到场', { selector: '.chip' }))
    await waitFor(() => expect(within('today-list')).toContain('张*验'))
    // The verified row says when, in the hall's time.
    const at = (stored.data as { verifiedAt: Date }).verifiedAt
    const hhmm = new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Shanghai', hour: '2-digit', minute: '2-digit', hour12: false }).format(at)
    const row = rowOf('张*验')
    expect(squash(row.textContent)).toContain(`已核验${hhmm}`)
    expect(row.querySelector('.today__noshow')).toBeNull()
  })

  it('should say a code verified before was already verified, and when, not that it was cancelled', async () => {
    signInAs('staff')
    const { code } = await bookedToday('o_component_verify_03', '重复核验')
    expect(await callAs('staff', 'staff', 'verifyArrival', { code })).toMatchObject({ ok: true })
    const { data } = await database().collection('appointments').where({ code }).get()
    const hhmm = new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Shanghai', hour: '2-digit', minute: '2-digit', hour12: false }).format(data[0].verifiedAt)
    await renderToday()
    await typeInto('today-code', code)
    fireEvent.click(screen.getByText('核验'))
    await waitFor(() => expect(within('today-verify-banner')).toContain(`已于${hhmm}核验`))
    expect(within('today-verify-banner')).not.toContain('取消')
  })

  /** The list row that shows this (masked) name, once the list has it. */
  function rowOf(masked: string): Element {
    const rows = Array.from(document.querySelectorAll('#today-list .today__row'))
    const row = rows.find((r) => squash(r.textContent).includes(masked))
    if (!row) throw new Error(`no row for ${masked} in ${within('today-list')}`)
    return row
  }

  it('should offer 标记未到场 only on a slot that has ended, and mark it after confirmation', async () => {
    signInAs('staff')
    const future = await bookedToday('o_component_noshow_01', '将来时段', 60)
    const ended = await bookedToday('o_component_noshow_02', '结束时段', -45)
    await renderToday()
    fireEvent.click(screen.getByText('待核验', { selector: '.chip' }))
    await waitFor(() => expect(within('today-list')).toContain('将**段'))
    await waitFor(() => expect(within('today-list')).toContain('结**段'))

    expect(rowOf('将**段').querySelector('.today__noshow')).toBeNull()
    const button = rowOf('结**段').querySelector('.today__noshow') as Element
    expect(squash(button?.textContent)).toBe('标记未到场')

    fireEvent.click(button)
    await waitFor(() => expect(showToast).toHaveBeenCalledWith(expect.objectContaining({ title: '已标记未到场' })))
    expect(showModal).toHaveBeenCalledWith(expect.objectContaining({ title: '标记未到场', content: expect.stringContaining('结**段') }))
    expect((await database().collection('appointments').doc(ended.id).get()).data).toMatchObject({ status: 'no-show' })
    expect((await database().collection('appointments').doc(future.id).get()).data).toMatchObject({ status: 'booked' })
    expect(document.getElementById('today-list-banner')).toBeNull()
  })

  it('should show a staff member without a hall why the page is empty', async () => {
    await database().collection('members').doc('o_component_staff_nohall').set({ data: { role: 'staff', department: 'hrss', name: '未分配', updatedAt: new Date() } })
    signInAs({ openid: 'o_component_staff_nohall' })
    const Today = (await import('../../src/staff/pages/today')).default
    render(<Today />)
    expect(await screen.findByText('您的账号尚未分配所在大厅，请联系管理员')).toBeTruthy()
    expect(document.getElementById('today-verify')).toBeNull()
  })

  it('should open the page from the staff workbench', async () => {
    signInAs('staff')
    jest.spyOn(Taro, 'navigateTo').mockImplementation(async () => ({ errMsg: 'navigateTo:ok' }) as any)
    const Staff = (await import('../../src/staff/pages/index')).default
    render(<Staff />)
    fireEvent.click(await screen.findByText('今日预约与到场核验'))
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/staff/pages/today/index' })
  })
})

describe('预约管理', () => {
  async function renderAdmin() {
    signInAs('admin')
    const Appointments = (await import('../../src/admin/pages/appointments')).default
    render(<Appointments />)
    await waitFor(() => expect(within('appt-hall')).toContain('示范市市民中心政务服务大厅'))
  }

  it('should change H01’s address, save it and read the hall and its booking load again', async () => {
    const before = await callAs('admin', 'admin', 'getHall', { code: 'H01' })
    if (!before.ok) throw new Error(JSON.stringify(before))
    await renderAdmin()
    await waitFor(() => expect(document.querySelector('#hall-address taro-input-core')?.getAttribute('value')).toBe(before.data.address))
    expect(within('appt-hall-info')).toContain('大厅编码H01')
    expect(Array.from(document.querySelectorAll('#hall-weekdays .chip--on')).map((c) => c.textContent)).toEqual(['周一', '周二', '周三', '周四', '周五', '周六'])
    expect(within('hall-periods')).toContain('时段1删除从09:00›至12:00›')
    expect(within('hall-periods')).toContain('时段2删除从13:30›至17:00›')

    // Every request from here on is noted, to see what the page reads again after the save.
    const asked: string[] = []
    setTransport(async (fn, payload) => {
      asked.push(`${fn}.${payload.action}`)
      return (await invoke(fn, payload, openidOf('admin'))).envelope
    })
    const address = '示范市人民路1号市民中心B座1-3楼'
    await typeInto('hall-address', address)
    fireEvent.click(screen.getByText('保存大厅信息'))
    await waitFor(() => expect(showToast).toHaveBeenCalledWith(expect.objectContaining({ title: '已保存' })))

    const after = await callAs('admin', 'admin', 'getHall', { code: 'H01' })
    expect(after.ok && after.data).toEqual({ ...before.data, address })
    await waitFor(() => expect(document.querySelector('#hall-address taro-input-core')?.getAttribute('value')).toBe(address))
    expect(asked).toEqual(expect.arrayContaining(['admin.saveHall', 'admin.getHall', 'admin.bookingLoad', 'admin.listHalls']))
    await waitFor(() => expect(document.querySelectorAll('#appt-load .appt-admin__load')).toHaveLength(14))
  })

  it('should refuse a hall with no open weekday at the field and change nothing', async () => {
    await renderAdmin()
    await waitFor(() => expect(document.querySelectorAll('#hall-weekdays .chip--on').length).toBeGreaterThan(0))
    for (const chip of Array.from(document.querySelectorAll('#hall-weekdays .chip--on'))) fireEvent.click(chip)
    expect(document.querySelectorAll('#hall-weekdays .chip--on')).toHaveLength(0)
    const before = await snapshot()

    fireEvent.click(screen.getByText('保存大厅信息'))
    await waitFor(() => expect(within('hall-weekdays')).toContain('请至少选择一天'))
    expect(document.getElementById('hall-weekdays')?.className).toContain('admin-form__field--error')
    expect(showToast).toHaveBeenCalledWith(expect.objectContaining({ title: '请按提示修改后再保存' }))
    expect(showToast).not.toHaveBeenCalledWith(expect.objectContaining({ title: '已保存' }))
    expect(await snapshot()).toEqual(before)
  })

  it('should create hall H08 with two periods and select it in the hall picker', async () => {
    await renderAdmin()
    fireEvent.click(screen.getByText('新建大厅'))
    await waitFor(() => expect(document.getElementById('appt-hall-new')).not.toBeNull())
    // The panels of the chosen hall give way to the new hall's form.
    expect(document.getElementById('appt-hall-info')).toBeNull()
    expect(document.querySelectorAll('#hall-weekdays .chip--on')).toHaveLength(0)

    await typeInto('hall-code', 'h08')
    await typeInto('hall-name', '示范市南城区政务服务中心')
    await typeInto('hall-address', '示范市南城区南湖路8号')
    await typeInto('hall-phone', '0571-86508888')
    for (const day of ['周一', '周二', '周三', '周四', '周五']) fireEvent.click(screen.getByText(day, { selector: '#hall-weekdays .chip' }))
    fireEvent.click(screen.getByText('＋ 增加时段'))
    fireEvent.click(screen.getByText('＋ 增加时段'))
    await pick('hall-period-1-from', '13:30')
    await pick('hall-period-1-to', '17:00')
    expect(within('hall-periods')).toContain('时段2删除从13:30›至17:00›')
    await typeInto('hall-hoursText', '周一至周五 9:00-12:00，13:30-17:00（法定节假日除外）')
    fireEvent.click(screen.getByText('保存大厅信息'))

    await waitFor(() => expect(showToast).toHaveBeenCalledWith(expect.objectContaining({ title: '已保存' })))
    const saved = await callAs('admin', 'admin', 'getHall', { code: 'H08' })
    expect(saved.ok && saved.data).toEqual({
      code: 'H08',
      name: '示范市南城区政务服务中心',
      address: '示范市南城区南湖路8号',
      phone: '0571-86508888',
      weekdays: [1, 2, 3, 4, 5],
      periods: [
        { from: '09:00', to: '12:00' },
        { from: '13:30', to: '17:00' }
      ],
      hoursText: '周一至周五 9:00-12:00，13:30-17:00（法定节假日除外）',
      transit: ''
    })

    await waitFor(() => expect(within('appt-hall')).toContain('示范市南城区政务服务中心'))
    const picker = document.querySelector('#appt-hall taro-picker-core') as Element & { range: string[] }
    await waitFor(() => expect(picker.range).toContain('示范市南城区政务服务中心'))
    await waitFor(() => expect(within('appt-hall-info')).toContain('大厅编码H08'))
    expect(document.getElementById('appt-hall-new')).toBeNull()

    // A second hall with the same code would overwrite the first, so the form refuses it.
    fireEvent.click(screen.getByText('新建大厅'))
    await typeInto('hall-code', 'H08')
    fireEvent.click(screen.getByText('保存大厅信息'))
    await waitFor(() => expect(within('hall-code')).toContain('该编码已有大厅使用，请换一个编码'))
  })

  it('should show the 14-day booking load of H01', async () => {
    await renderAdmin()
    const load = await callAs('admin', 'admin', 'bookingLoad', { hall: 'H01' })
    if (!load.ok) throw new Error(JSON.stringify(load))
    await waitFor(() => expect(document.getElementById('appt-load')).not.toBeNull())
    const rows = Array.from(document.querySelectorAll('#appt-load .appt-admin__load')).map((r) => squash(r.textContent))
    expect(rows).toHaveLength(14)
    load.data.days.forEach((day, i) => {
      const [, m, d] = day.date.split('-').map(Number)
      const weekday = WEEKDAYS[(new Date(`${day.date}T00:00:00Z`).getUTCDay() + 6) % 7]
      expect(rows[i]).toBe(`${m}月${d}日${weekday}${day.booked}/${day.capacity}`)
    })
    // The seeded demo citizens booked at H01.
    expect(load.data.days.some((d) => d.booked > 0)).toBe(true)
    const busiest = load.data.days.reduce((a, b) => (b.booked > a.booked ? b : a))
    const fill = document.querySelectorAll('#appt-load .appt-admin__bar-fill')[load.data.days.indexOf(busiest)] as HTMLElement
    expect(fill.style.width).toBe(`${Math.round((busiest.booked / busiest.capacity) * 100)}%`)
  })

  it('should show a field error for an out-of-range capacity, then set capacity 3 for SB-004 at H01', async () => {
    await renderAdmin()
    await waitFor(() => expect(within('appt-rules')).toContain('默认规则'))
    await typeInto('rule-service', 'sb-004')
    await typeInto('rule-capacity', '500')
    const before = await snapshot()
    fireEvent.click(screen.getByText('保存规则'))
    await waitFor(() => expect(within('rule-capacity')).toContain('请填写1至200之间的整数'))
    expect(await snapshot()).toEqual(before)

    await typeInto('rule-capacity', '3')
    fireEvent.click(screen.getByText('保存规则'))
    await waitFor(() => expect(showToast).toHaveBeenCalledWith(expect.objectContaining({ title: '已保存' })))
    const rules = await callAs('admin', 'admin', 'listSlotRules', { hall: 'H01' })
    expect(rules.ok && rules.data.rules).toEqual([expect.objectContaining({ service: 'SB-004', capacity: 3, slotMinutes: 30 })])
    await waitFor(() => expect(within('appt-rules')).toContain('（SB-004）'))
    expect(within('appt-rules')).toContain('每时段3人')
  })

  it('should say how many bookings a day has before closing it, cancel them on that choice, then remove the closure after confirmation', async () => {
    const tomorrow = addDays(hallDate(new Date()), 1)
    await booking('o_component_closure_01', { date: tomorrow, name: '闭厅测试' })
    const { total: bookedThatDay } = await database().collection('appointments').where({ hall: 'H01', date: tomorrow, status: 'booked' }).count()
    await renderAdmin()
    await waitFor(() => expect(within('appt-closures')).toContain('暂无闭厅安排'))

    // No reason: refused at the field before anything is asked or written.
    const untouched = await snapshot()
    fireEvent.click(screen.getByText('设置闭厅'))
    await waitFor(() => expect(within('closure-reason')).toContain('闭厅原因至少2个字'))
    expect(document.getElementById('closure-choice')).toBeNull()
    expect(await snapshot()).toEqual(untouched)

    await typeInto('closure-reason', '设备检修，暂停对外办公')
    fireEvent.click(screen.getByText('设置闭厅'))
    // Asked first, on the page, with the count, the two options in words and a way back.
    await waitFor(() => expect(within('closure-choice')).toContain(`已有${bookedThatDay}个预约，请选择如何处理`))
    expect(within('closure-choice')).toContain('取消这些预约')
    expect(within('closure-choice')).toContain('保留预约，请群众联系大厅')
    // Going back writes nothing and offers 设置闭厅 again.
    fireEvent.click(screen.getByText('返回，暂不闭厅'))
    await waitFor(() => expect(document.getElementById('closure-choice')).toBeNull())
    expect(await snapshot()).toEqual(untouched)
    fireEvent.click(screen.getByText('设置闭厅'))
    await waitFor(() => expect(document.getElementById('closure-choice-cancel')).not.toBeNull())
    fireEvent.click(document.getElementById('closure-choice-cancel') as Element)
    await waitFor(() => expect(showModal).toHaveBeenCalledWith(expect.objectContaining({ title: '已设置闭厅', content: expect.stringContaining(`已取消${bookedThatDay}个预约。通知：新写入${bookedThatDay}条`) })))
    await waitFor(() => expect(within('appt-closures')).toContain('设备检修，暂停对外办公（当天预约已取消并通知）'))
    const listed = await callAs('admin', 'admin', 'listClosures', { hall: 'H01' })
    expect(listed.ok && listed.data).toEqual([{ date: tomorrow, reason: '设备检修，暂停对外办公', bookings: 'cancel' }])
    const { total: stillBooked } = await database().collection('appointments').where({ hall: 'H01', date: tomorrow, status: 'booked' }).count()
    expect(stillBooked).toBe(0)

    showModal.mockClear()
    fireEvent.click(document.querySelector('#appt-closures .appt-admin__op--danger') as Element)
    await waitFor(() => expect(showToast).toHaveBeenCalledWith(expect.objectContaining({ title: '已取消闭厅' })))
    expect(showModal).toHaveBeenCalledWith(expect.objectContaining({ title: '取消闭厅' }))
    await waitFor(() => expect(within('appt-closures')).toContain('暂无闭厅安排'))
    const after = await callAs('admin', 'admin', 'listClosures', { hall: 'H01' })
    expect(after.ok && after.data).toEqual([])
  })

  it('should show the holiday calendar and refuse a weekday as 调休上班日 at the field', async () => {
    const cal = await callAs('admin', 'admin', 'getCalendar', {})
    if (!cal.ok) throw new Error(JSON.stringify(cal))
    await renderAdmin()
    await waitFor(() => expect(within('calendar-counts')).toBe(`法定节假日${cal.data.holidays.length}天·调休上班日${cal.data.workdays.length}天`))
    expect(document.querySelector('#calendar-holidays taro-textarea-core')?.getAttribute('value')).toBe(cal.data.holidays.join('\n'))

    // 2026-12-02 is a Wednesday.
    await typeInto('calendar-workdays', [...cal.data.workdays, '2026-12-02'].join('\n'))
    const before = await snapshot()
    fireEvent.click(screen.getByText('保存节假日与调休'))
    await waitFor(() => expect(within('calendar-workdays')).toContain('「2026-12-02」调休上班日应为周六或周日'))
    expect(await snapshot()).toEqual(before)
  })

  it('should send tomorrow’s reminders now and list them in the outbox', async () => {
    const tomorrow = addDays(hallDate(new Date()), 1)
    await booking('o_component_remind_01', { date: tomorrow, name: '提醒测试', serviceName: '提醒测试事项', subscribed: true })
    await renderAdmin()
    await waitFor(() => expect(document.querySelector('#appt-outbox .state--loading')).toBeNull())

    fireEvent.click(screen.getByText('立即发送明日提醒'))
    await waitFor(() => expect(document.getElementById('outbox-result')).not.toBeNull())
    // The local hall sends nothing to WeChat: the summary and every new badge say so, in the same words.
    const [, written, local] = /新写入(\d+)条（本地环境未发送(\d+)条）/.exec(within('outbox-result')) ?? []
    expect(Number(written)).toBeGreaterThanOrEqual(1)
    expect(local).toBe(written)
    expect(within('outbox-result')).not.toContain('已发送')
    expect(showToast).toHaveBeenCalledWith(expect.objectContaining({ title: expect.stringContaining(`新写入${written}条（本地环境未发送${written}条）`) }))

    const outbox = await callAs('admin', 'admin', 'listOutbox', {})
    expect(outbox.ok && outbox.data.total).toBeGreaterThanOrEqual(Number(written))
    await waitFor(() => expect(within('appt-outbox')).toContain('提醒测试事项'))
    expect(within('appt-outbox')).toContain(`共${outbox.ok && outbox.data.total}条`)
    const badges = Array.from(document.querySelectorAll('#appt-outbox .appt-admin__badge')).map((b) => squash(b.textContent))
    expect(badges.slice(0, Number(written))).toEqual(Array(Number(written)).fill('本地环境未发送'))
    expect(badges).not.toContain('已发送')

    // Run again: nothing is written or sent twice.
    fireEvent.click(screen.getByText('立即发送明日提醒'))
    await waitFor(() => expect(within('outbox-result')).toMatch(new RegExp(`新写入0条，已有\\d+条不重复发送`)))
  })
})

describe.each([
  ['staff/pages/today', '仅供工作人员使用'],
  ['admin/pages/appointments', '仅供管理员使用']
])('page %s', (page, notice) => {
  it('should turn away a citizen', async () => {
    signInAs('citizen')
    const Page = (await import(`../../src/${page}`)).default
    render(<Page />)
    expect(await screen.findByText('无法访问')).toBeTruthy()
    expect(screen.getByText(new RegExp(notice))).toBeTruthy()
  })
})
