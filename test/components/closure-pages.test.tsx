/**
 * A citizen's booking on a day the hall closed: 预约详情 and 我的预约 say so, with the reason and
 * what happened (cancelled, or kept with the hall phone to call), against the real functions.
 */
import { act, cleanup, render, waitFor } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { generateAppointmentCode } from '../../src/domain/appointments/code'
import { hallInstant } from '../../src/domain/appointments/slots'
import { addDays } from '../../src/domain/calendar/workdays'
import { hallDate } from '../../src/domain/time'
import { setTransport } from '../../src/services/api'
import { database } from '../../local/sdk'
import { callAs, invoke, seeded } from '../support/hall'

process.env.HALL_WRITE_LIMIT = '1000/60'
jest.setTimeout(60_000)

const squash = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, '')

beforeAll(seeded)
afterEach(async () => {
  await act(() => new Promise((r) => setTimeout(r, 30)))
  cleanup()
})

async function bookedOn(openid: string, date: string): Promise<string> {
  const { _id } = await database().collection('appointments').add({
    data: { openid, code: generateAppointmentCode((n) => require('node:crypto').randomBytes(n)), service: 'SB-004', serviceName: '闭厅展示事项', hall: 'H03', hallName: '示范市西城区政务服务中心', date, start: '09:00', end: '09:30', startsAt: hallInstant(date, '09:00'), endsAt: hallInstant(date, '09:30'), status: 'booked', activeKey: `closure-page|${openid}`, subscribed: true, sequence: 0, createdAt: new Date(), updatedAt: new Date() }
  })
  return _id as string
}

function signInAs(openid: string) {
  setTransport(async (fn, payload) => (await invoke(fn, payload, openid)).envelope)
}

describe('a booking on a closed day', () => {
  it('should show the closure and the hall phone on the detail page and in 我的预约 when the booking is kept', async () => {
    const date = addDays(hallDate(new Date()), 9)
    const id = await bookedOn('o_closure_page_0001', date)
    expect(await callAs('admin', 'admin', 'setClosure', { hall: 'H03', date, reason: '设备检修', bookings: 'keep' })).toMatchObject({ ok: true })
    signInAs('o_closure_page_0001')
    Taro.getCurrentInstance().router = { params: { id } } as any
    const Detail = (await import('../../src/appointment/pages/detail')).default
    render(<Detail />)
    await waitFor(() => expect(squash(document.getElementById('appointment-closure')?.textContent)).toBe('大厅当日闭厅：设备检修，请联系大厅0571-856034560571-85603456（点按拨打）'))
    cleanup()
    const Mine = (await import('../../src/appointment/pages/mine')).default
    render(<Mine />)
    await waitFor(() => expect(squash(document.querySelector('.mine-appts__closure')?.textContent)).toBe('大厅当日闭厅：设备检修，请联系大厅0571-85603456'))
  })

  it('should say the booking was cancelled because the hall closed', async () => {
    const date = addDays(hallDate(new Date()), 10)
    const id = await bookedOn('o_closure_page_0002', date)
    await callAs('admin', 'admin', 'setClosure', { hall: 'H03', date, reason: '供电检修', bookings: 'cancel' })
    signInAs('o_closure_page_0002')
    Taro.getCurrentInstance().router = { params: { id } } as any
    const Detail = (await import('../../src/appointment/pages/detail')).default
    render(<Detail />)
    await waitFor(() => expect(squash(document.getElementById('appointment-closure')?.textContent)).toBe('大厅当日闭厅：供电检修，预约已取消'))
    expect(squash(document.querySelector('.detail__status')?.textContent)).toBe('已取消')
  })
})
