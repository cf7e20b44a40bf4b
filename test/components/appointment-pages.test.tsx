/**
 * The citizen's appointment pages (预约办理, 预约详情, 我的预约) against the real appointment,
 * hall and user functions and the embedded database with the seeded demo bookings.
 */
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react'
import Taro from '@tarojs/taro'
import qrcode from 'qrcode-generator'
import hallConfig from '../../config/hall.json'
import type { BookingView, SlotView } from '../../src/domain/appointments/views'
import type { ActionOf, ContractFunction, OutputOf } from '../../src/domain/contract'
import { hallDate } from '../../src/domain/time'
import { setTransport } from '../../src/services/api'
import { callAs, invoke, openidOf, seeded, type Who } from '../support/hall'

// Read on every write, so setting it here (after the imports) applies to all the tests below.
process.env.HALL_WRITE_LIMIT = '1000/60'
jest.setTimeout(30_000)


const SERVICE = 'SB-004'
const HALL = 'H01'

function signInAs(who: Who) {
  setTransport(async (fn, payload) => (await invoke(fn, payload, openidOf(who))).envelope)
}

function routeParams(params: Record<string, string>) {
  Taro.getCurrentInstance().router = { params } as any
}

const text = () => (document.body.textContent ?? '').replace(/\s+/g, '')
const settle = () => act(() => new Promise((r) => setTimeout(r, 30)))
const all = (selector: string) => Array.from(document.querySelectorAll(selector))
const textOf = (el: Element) => (el.textContent ?? '').replace(/\s+/g, '')
const dayText = (date: string) => `${Number(date.slice(5, 7))}月${Number(date.slice(8, 10))}日`

async function ok<F extends ContractFunction, A extends ActionOf<F>>(who: Who, fn: F, action: A, data?: unknown): Promise<OutputOf<F, A>> {
  const res = await callAs(who, fn, action, data)
  if (!res.ok) throw new Error(`${fn}.${action}: ${JSON.stringify(res)}`)
  return res.data
}

async function consent(who: Who) {
  await ok(who, 'user', 'giveConsent', { policyVersion: hallConfig.privacyPolicyVersion, purposes: ['service'] })
}

/** Open slots after today, by day (today's may close while a test runs). */
async function openDays(): Promise<Array<{ date: string; slots: SlotView[] }>> {
  const today = hallDate(new Date())
  const { dates } = await ok('anonymous', 'appointment', 'availability', { service: SERVICE, hall: HALL })
  return dates.filter((d) => d.date > today).map((d) => ({ date: d.date, slots: d.slots.filter((s) => s.status === 'open') })).filter((d) => d.slots.length > 0)
}

async function remaining(date: string, start: string): Promise<number> {
  const { dates } = await ok('anonymous', 'appointment', 'availability', { service: SERVICE, hall: HALL })
  return dates.find((d) => d.date === date)?.slots.find((s) => s.start === start)?.remaining ?? -1
}

let keys = 0
async function bookFor(who: Who, date: string, start: string): Promise<BookingView> {
  return ok(who, 'appointment', 'book', {
    service: SERVICE,
    hall: HALL,
    date,
    start,
    fields: { name: '王五', mobile: '13900001111' },
    subscribe: false,
    idempotencyKey: `page-test-${++keys}-${Date.now()}`
  })
}

/** Types into one of the personal fields the way Taro's H5 Input reports typing. */
async function typeField(index: number, value: string) {
  await waitFor(() => expect(all('.pf__input').length).toBeGreaterThan(index))
  await act(async () => {
    all('.pf__input')[index].dispatchEvent(new CustomEvent('input', { detail: { value }, bubbles: true }))
  })
}

async function pickDay(date: string) {
  const cell = await waitFor(() => {
    const found = all('.book__date').find((el) => textOf(el).startsWith(dayText(date)))
    expect(found).toBeTruthy()
    return found as Element
  })
  fireEvent.click(cell)
}

async function pickSlot(start: string) {
  const button = await waitFor(() => {
    const found = all('.book__slot').find((el) => textOf(el).startsWith(start) && !el.className.includes('book__slot--off'))
    expect(found).toBeTruthy()
    return found as Element
  })
  fireEvent.click(button)
  await waitFor(() => expect(button.className).toContain('book__slot--on'))
}

/** jsdom's Blob has no text(). */
function readText(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader()
    reader.onload = () => resolve(String(reader.result))
    reader.onerror = () => reject(reader.error)
    reader.readAsText(blob)
  })
}

let undo: Array<() => void> = []
const afterThis = (fn: () => void) => undo.push(fn)

let showToast: jest.Mock
let showModal: jest.Mock

beforeAll(seeded)

beforeEach(() => {
  signInAs('citizen')
  routeParams({})
  showToast = jest.fn(async () => ({ errMsg: 'showToast:ok' }))
  showModal = jest.fn(async () => ({ confirm: true, cancel: false, errMsg: 'showModal:ok' }))
  Object.assign(Taro, { showToast, showModal })
  jest.spyOn(Taro, 'navigateTo').mockImplementation(async () => ({ errMsg: 'navigateTo:ok' }) as any)
  jest.spyOn(Taro, 'redirectTo').mockImplementation(async () => ({ errMsg: 'redirectTo:ok' }) as any)
})

afterEach(async () => {
  await settle()
  cleanup()
  jest.restoreAllMocks()
  for (const fn of undo) fn()
  undo = []
})

describe('booking page', () => {
  it('should ask for the hall, then show 14 dates with closed days greyed and the open slots with places left', async () => {
    routeParams({ service: SERVICE })
    const Book = (await import('../../src/appointment/pages/book')).default
    render(<Book />)
    // SB-004 is handled in two halls.
    fireEvent.click(await screen.findByText('示范市市民中心政务服务大厅'))

    await waitFor(() => expect(all('.book__date')).toHaveLength(14))
    expect(textOf(all('.book__date')[0])).toMatch(/^\d{1,2}月\d{1,2}日今天周[一二三四五六日]/)
    const closed = all('.book__date--closed')
    // H01 opens Monday to Saturday: two weeks hold at least one Sunday.
    expect(closed.length).toBeGreaterThan(0)
    for (const day of closed) {
      expect(day.className).toContain('book__date--off')
      expect(textOf(day)).toMatch(/周末|节假日|闭厅$/)
    }
    expect(closed.some((d) => textOf(d).endsWith('周末'))).toBe(true)

    // The first day with a free place is chosen; its slots match the function's answer.
    const { dates } = await ok('anonymous', 'appointment', 'availability', { service: SERVICE, hall: HALL })
    const first = dates.find((d) => d.slots.some((s) => s.status === 'open'))!
    await waitFor(() => expect(all('.book__slot')).toHaveLength(first.slots.length))
    const open = all('.book__slot').filter((el) => !el.className.includes('book__slot--off'))
    expect(open).toHaveLength(first.slots.filter((s) => s.status === 'open').length)
    for (const el of open) expect(textOf(el)).toMatch(/^\d{2}:\d{2}-\d{2}:\d{2}余\d+$/)
    const freeSlot = first.slots.find((s) => s.status === 'open')!
    expect(textOf(open[0])).toBe(`${freeSlot.start}-${freeSlot.end}余${freeSlot.remaining}`)
    for (const el of all('.book__slot--off')) expect(textOf(el)).toMatch(/(已约满|已过|已截止|未开放)$/)

    // A closed day cannot be chosen.
    fireEvent.click(closed[0])
    await settle()
    expect(closed[0].className).not.toContain('book__date--on')
  })

  it('should go straight to the dates when the service is handled in one hall only', async () => {
    routeParams({ service: 'YB-004' })
    const Book = (await import('../../src/appointment/pages/book')).default
    render(<Book />)
    await waitFor(() => expect(all('.book__date')).toHaveLength(14))
    expect(text()).toContain('示范市市民中心政务服务大厅')
    expect(text()).not.toContain('选择办理大厅')
    expect(text()).not.toContain('更换办理大厅')
  })

  it('should ask consent to reminders when the citizen turns them on, and book with reminders', async () => {
    const who: Who = { openid: 'o_appt_page_citizen_08' }
    await consent(who)
    signInAs(who)
    const [day] = await openDays()
    routeParams({ service: SERVICE, hall: HALL })
    const Book = (await import('../../src/appointment/pages/book')).default
    render(<Book />)

    await pickDay(day.date)
    await pickSlot(day.slots[0].start)
    await typeField(0, '钱小红')
    await typeField(1, '13600003333')
    const toggle = document.querySelector('.book__reminder') as Element
    expect(toggle.getAttribute('aria-checked')).toBe('false')
    fireEvent.click(toggle)
    await waitFor(() => expect(toggle.getAttribute('aria-checked')).toBe('true'))
    expect(showModal).toHaveBeenCalledWith(expect.objectContaining({ title: '接收预约提醒' }))
    expect(await ok(who, 'user', 'consentStatus')).toMatchObject({ state: 'given', purposes: expect.arrayContaining(['service', 'notify']) })

    fireEvent.click(screen.getByText('确认预约'))
    await waitFor(() => expect(Taro.redirectTo).toHaveBeenCalled())
    const [booked] = (await ok(who, 'appointment', 'myAppointments', {})).items
    expect(booked.subscribed).toBe(true)
  })

  it('should book a slot after consent and the declared fields, then open the detail page', async () => {
    const who: Who = { openid: 'o_appt_page_citizen_01' }
    signInAs(who)
    const [day] = await openDays()
    const slot = day.slots[0]
    const before = await remaining(day.date, slot.start)
    routeParams({ service: SERVICE, hall: HALL })
    const Book = (await import('../../src/appointment/pages/book')).default
    render(<Book />)

    await pickDay(day.date)
    await pickSlot(slot.start)
    fireEvent.click(await screen.findByText('同意并继续'))
    await waitFor(() => expect(all('.pf__input')).toHaveLength(2))
    expect(text()).toContain('用途：窗口核对预约人身份')
    expect(text()).toContain('用途：预约变动时短信通知您')
    expect(text()).not.toContain('居民身份证号码')
    await typeField(0, '李晓华')
    await typeField(1, '13812345678')
    fireEvent.click(screen.getByText('确认预约'))

    await waitFor(() => expect(Taro.redirectTo).toHaveBeenCalled())
    const url = (Taro.redirectTo as jest.Mock).mock.calls[0][0].url as string
    expect(url).toMatch(/^\/appointment\/pages\/detail\/index\?id=[^&]+&just=1$/)
    const mine = await ok(who, 'appointment', 'myAppointments', {})
    expect(mine.total).toBe(1)
    expect(mine.items[0]).toMatchObject({ service: SERVICE, hall: HALL, date: day.date, start: slot.start, status: 'booked', personal: { name: '李**', mobile: '138****5678' } })
    expect(url).toContain(`id=${encodeURIComponent(mine.items[0].id)}`)
    expect(await remaining(day.date, slot.start)).toBe(before - 1)
  })

  it('should show a bad mobile number at its field and book nothing', async () => {
    const who: Who = { openid: 'o_appt_page_citizen_02' }
    await consent(who)
    signInAs(who)
    const [day] = await openDays()
    routeParams({ service: SERVICE, hall: HALL })
    const Book = (await import('../../src/appointment/pages/book')).default
    render(<Book />)

    await pickDay(day.date)
    await pickSlot(day.slots[0].start)
    await typeField(0, '李晓华')
    await typeField(1, '12345')
    fireEvent.click(screen.getByText('确认预约'))

    const problem = await screen.findByText('请填写11位手机号码')
    expect(problem.closest('.pf__field')?.textContent).toContain('手机号码')
    expect(text()).toContain('提交的内容不符合要求，请检查后重试')
    expect(Taro.redirectTo).not.toHaveBeenCalled()
    expect((await ok(who, 'appointment', 'myAppointments', {})).total).toBe(0)
  })

  it('should retry with the same request key after a lost answer, so the booking is made once', async () => {
    const who: Who = { openid: 'o_appt_page_citizen_03' }
    await consent(who)
    let dropped = 0
    const sentKeys: string[] = []
    setTransport(async (fn, payload) => {
      const { envelope } = await invoke(fn, payload, openidOf(who))
      if (fn === 'appointment' && payload.action === 'book') {
        sentKeys.push((payload.data as { idempotencyKey: string }).idempotencyKey)
        // The booking is made, but its answer never reaches the phone.
        if (dropped++ === 0) throw new Error('connection reset')
      }
      return envelope
    })
    const [day] = await openDays()
    routeParams({ service: SERVICE, hall: HALL })
    const Book = (await import('../../src/appointment/pages/book')).default
    render(<Book />)

    await pickDay(day.date)
    await pickSlot(day.slots[0].start)
    await typeField(0, '赵大年')
    await typeField(1, '13700002222')
    fireEvent.click(screen.getByText('确认预约'))
    expect(await screen.findByText('网络连接失败，请检查网络后重试')).toBeTruthy()
    expect(text()).toContain('不会重复预约')
    expect(Taro.redirectTo).not.toHaveBeenCalled()

    fireEvent.click(screen.getByText('确认预约'))
    await waitFor(() => expect(Taro.redirectTo).toHaveBeenCalled())
    expect(sentKeys).toHaveLength(2)
    expect(sentKeys[1]).toBe(sentKeys[0])
    expect((await ok(who, 'appointment', 'myAppointments', {})).total).toBe(1)
  })

  it('should move a booking in reschedule mode without asking for personal fields again', async () => {
    const who: Who = { openid: 'o_appt_page_citizen_04' }
    await consent(who)
    const [from, to] = await openDays()
    const booked = await bookFor(who, from.date, from.slots[0].start)
    const target = to.slots[to.slots.length - 1]
    signInAs(who)
    routeParams({ reschedule: booked.id, service: SERVICE, hall: HALL })
    const Book = (await import('../../src/appointment/pages/book')).default
    render(<Book />)

    await waitFor(() => expect(text()).toContain(`原预约：`))
    expect(text()).toContain(`${from.slots[0].start}-${from.slots[0].end}`)
    await pickDay(from.date)
    const current = await waitFor(() => {
      const found = all('.book__slot').find((el) => textOf(el).startsWith(from.slots[0].start))
      expect(found).toBeTruthy()
      return found as Element
    })
    expect(textOf(current)).toContain('当前预约')
    expect(current.className).toContain('book__slot--off')

    await pickDay(to.date)
    await pickSlot(target.start)
    expect(all('.pf__input')).toHaveLength(0)
    fireEvent.click(screen.getByText('确认改约'))

    await waitFor(() => expect(Taro.redirectTo).toHaveBeenCalled())
    expect((Taro.redirectTo as jest.Mock).mock.calls[0][0].url).toBe(`/appointment/pages/detail/index?id=${encodeURIComponent(booked.id)}&just=moved`)
    const after = await ok(who, 'appointment', 'getAppointment', { id: booked.id })
    expect(after).toMatchObject({ date: to.date, start: target.start, status: 'booked' })
  })
})

describe('appointment detail page', () => {
  it('should show the code, its QR code and the masked personal fields', async () => {
    const mine = await ok('citizen', 'appointment', 'myAppointments', {})
    const appt = mine.items[0]
    routeParams({ id: appt.id, just: '1' })
    const Detail = (await import('../../src/appointment/pages/detail')).default
    render(<Detail />)

    expect(await screen.findByText(appt.code)).toBeTruthy()
    expect(appt.code).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}$/)
    expect(text()).toContain('预约成功')
    expect(text()).toContain('到场请出示预约码')
    expect(text()).toContain(appt.serviceName)
    expect(text()).toContain('示范市市民中心政务服务大厅')
    expect(text()).toContain('示范市人民路1号市民中心A座1-3楼')
    expect(text()).toContain(`${appt.start}-${appt.end}`)
    expect(text()).toMatch(/\d{4}年\d{1,2}月\d{1,2}日星期[一二三四五六日]/)
    expect(text()).toContain('已预约')
    expect(text()).toContain('138****5678')
    expect(text()).not.toContain('13812345678')

    // The grid is the code itself: every dark module of the QR symbol, and nothing else.
    const qr = qrcode(0, 'M')
    qr.addData(appt.code)
    qr.make()
    const n = qr.getModuleCount()
    const rows = all('.qr__row')
    expect(rows).toHaveLength(n)
    rows.forEach((row, r) => {
      const drawn = new Set<number>()
      for (const run of Array.from(row.querySelectorAll('.qr__dark')) as HTMLElement[]) {
        const from = Math.round((parseFloat(run.style.left) * n) / 100)
        const width = Math.round((parseFloat(run.style.width) * n) / 100)
        for (let c = from; c < from + width; c++) drawn.add(c)
      }
      for (let c = 0; c < n; c++) expect(drawn.has(c)).toBe(qr.isDark(r, c))
    })
  })

  it('should cancel after confirmation and free the place', async () => {
    const who: Who = { openid: 'o_appt_page_citizen_05' }
    await consent(who)
    const [day] = await openDays()
    const slot = day.slots[0]
    const booked = await bookFor(who, day.date, slot.start)
    const taken = await remaining(day.date, slot.start)
    signInAs(who)
    routeParams({ id: booked.id })
    const Detail = (await import('../../src/appointment/pages/detail')).default
    render(<Detail />)

    fireEvent.click(await screen.findByText('取消预约'))
    await waitFor(() => expect(text()).toContain('已取消'))
    expect(showModal).toHaveBeenCalledWith(expect.objectContaining({ title: '取消预约' }))
    expect(showToast).toHaveBeenCalledWith(expect.objectContaining({ title: '已取消预约' }))
    expect(screen.queryByText('取消预约')).toBeNull()
    expect(screen.queryByText('改约')).toBeNull()
    expect(all('.qr__row')).toHaveLength(0)
    expect(await ok(who, 'appointment', 'getAppointment', { id: booked.id })).toMatchObject({ status: 'cancelled' })
    expect(await remaining(day.date, slot.start)).toBe(taken + 1)
  })

  it('should keep the booking when the citizen does not confirm the cancellation', async () => {
    const who: Who = { openid: 'o_appt_page_citizen_06' }
    await consent(who)
    const [day] = await openDays()
    const booked = await bookFor(who, day.date, day.slots[0].start)
    showModal.mockImplementation(async () => ({ confirm: false, cancel: true, errMsg: 'showModal:ok' }))
    signInAs(who)
    routeParams({ id: booked.id })
    const Detail = (await import('../../src/appointment/pages/detail')).default
    render(<Detail />)

    fireEvent.click(await screen.findByText('取消预约'))
    await waitFor(() => expect(showModal).toHaveBeenCalled())
    await settle()
    expect(await ok(who, 'appointment', 'getAppointment', { id: booked.id })).toMatchObject({ status: 'booked' })
  })

  it('should open the booking page in reschedule mode and download the calendar file in H5', async () => {
    const mine = await ok('citizen', 'appointment', 'myAppointments', {})
    const appt = mine.items[0]
    routeParams({ id: appt.id })
    const Detail = (await import('../../src/appointment/pages/detail')).default
    render(<Detail />)

    fireEvent.click(await screen.findByText('改约'))
    expect(Taro.navigateTo).toHaveBeenCalledWith({
      url: `/appointment/pages/book/index?reschedule=${encodeURIComponent(appt.id)}&service=${appt.service}&hall=${appt.hall}`
    })

    const blobs: Blob[] = []
    const createObjectURL = jest.fn((blob: Blob) => {
      blobs.push(blob)
      return 'blob:calendar'
    })
    // jsdom has no object URLs; the page checks for them before downloading.
    const saved = { createObjectURL: URL.createObjectURL, revokeObjectURL: URL.revokeObjectURL }
    Object.assign(URL, { createObjectURL, revokeObjectURL: jest.fn() })
    afterThis(() => Object.assign(URL, saved))
    let downloaded = ''
    jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      downloaded = this.download
    })
    fireEvent.click(screen.getByText('加入手机日历'))
    await waitFor(() => expect(createObjectURL).toHaveBeenCalled())
    expect(blobs[0].type).toBe('text/calendar;charset=utf-8')
    expect(await readText(blobs[0])).toContain('BEGIN:VCALENDAR')
    expect(downloaded).toMatch(/^预约-\d{4}-\d{2}-\d{2}-\d{4}\.ics$/)
  })
})

describe('my appointments page', () => {
  it('should list the upcoming bookings, open one, and point to the guides when there are none', async () => {
    const upcoming = await ok('citizen', 'appointment', 'myAppointments', { scope: 'upcoming' })
    expect(upcoming.total).toBeGreaterThan(0)
    const Mine = (await import('../../src/appointment/pages/mine')).default
    render(<Mine />)

    await waitFor(() => expect(all('.mine-appts__item')).toHaveLength(upcoming.items.length))
    const first = upcoming.items[0]
    expect(textOf(all('.mine-appts__item')[0])).toContain(first.serviceName)
    expect(textOf(all('.mine-appts__item')[0])).toContain(`${first.start}-${first.end}`)
    expect(textOf(all('.mine-appts__item')[0])).toContain('已预约')
    expect(text()).toContain(`共${upcoming.total}条`)
    fireEvent.click(all('.mine-appts__item')[0])
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: `/appointment/pages/detail/index?id=${encodeURIComponent(first.id)}` })

    // The demo citizen has nothing in the past yet.
    expect((await ok('citizen', 'appointment', 'myAppointments', { scope: 'past' })).total).toBe(0)
    fireEvent.click(screen.getByText('以往预约'))
    expect(await screen.findByText('暂无以往预约')).toBeTruthy()
    fireEvent.click(screen.getByText('去办事指南'))
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/pages/index/index' })
  })

  it('should show the empty state to a citizen without bookings', async () => {
    signInAs({ openid: 'o_appt_page_citizen_07' })
    const Mine = (await import('../../src/appointment/pages/mine')).default
    render(<Mine />)
    expect(await screen.findByText('暂无即将到来的预约')).toBeTruthy()
    fireEvent.click(screen.getByText('去办事指南'))
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/pages/index/index' })
  })
})
