import { useState } from 'react'
import { Button, Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import PageShell from '../../../components/PageShell'
import { Empty, ErrorState, Loading } from '../../../components/StateView'
import { PERSONAL_FIELD_META, type PersonalFieldKey } from '../../../domain/personal-fields-meta'
import { formatHallDay, minutesText } from '../../../domain/time'
import { ApiError, call } from '../../../services/api'
import { confirm } from '../../../services/confirm'
import { open } from '../../../services/navigation'
import { useCall } from '../../../services/useCall'
import { useReloadOnReturn } from '../../../services/useReloadOnReturn'
import QrCode from '../../components/QrCode'
import './index.css'

const FIELD_ORDER: PersonalFieldKey[] = ['name', 'mobile', 'idNumber']

const JUST = { '1': '预约成功', moved: '改约成功' } as Record<string, string | undefined>

const seconds = (iso: string) => Math.floor(new Date(iso).getTime() / 1000)
const message = (err: unknown) => (err instanceof ApiError ? err.message : '操作失败，请稍后再试')

export default function DetailPage() {
  const params = Taro.getCurrentInstance().router?.params ?? {}
  const id = params.id ? decodeURIComponent(params.id) : ''
  const just = params.just ? decodeURIComponent(params.just) : ''
  return (
    <PageShell privacy>
      {id ? <Detail id={id} just={just} /> : <Empty title='未找到该预约记录' hint='请在“我的预约”中查看您的预约。' />}
    </PageShell>
  )
}

function Detail({ id, just }: { id: string; just: string }) {
  const appt = useCall('appointment', 'getAppointment', { id })
  const [busy, setBusy] = useState<'cancel' | 'calendar' | null>(null)
  useReloadOnReturn(appt.reload)

  if (appt.status === 'loading') return <Loading />
  if (appt.status === 'error') return <ErrorState error={appt.error} onRetry={appt.reload} />
  const a = appt.data
  const booked = a.status === 'booked'
  const active = booked && a.upcoming
  const when = `${formatHallDay(a.startsAt)} ${a.start}-${a.end}`
  const notice = booked ? JUST[just] : undefined

  async function cancel() {
    const asked = await confirm({ title: '取消预约', content: `确定取消 ${when} 的预约吗？取消后名额将让给其他群众。`, confirmText: '确定取消', cancelText: '暂不取消' })
    if (!asked) return
    setBusy('cancel')
    try {
      await call('appointment', 'cancel', { id: a.id })
      Taro.showToast({ title: '已取消预约', icon: 'success' })
    } catch (err) {
      Taro.showToast({ title: message(err), icon: 'none' })
    } finally {
      setBusy(null)
      appt.reload()
    }
  }

  async function addToCalendar() {
    if (process.env.TARO_ENV === 'weapp') {
      try {
        await Taro.addPhoneCalendar({
          title: `${a.serviceName}（预约）`,
          startTime: seconds(a.startsAt),
          endTime: String(seconds(a.endsAt)),
          location: `${a.hallName} ${a.address}`.trim(),
          description: `预约码 ${a.code}。请携带办理材料按时到达，到场请出示预约码。`
        })
        Taro.showToast({ title: '已加入手机日历', icon: 'none' })
      } catch {
        Taro.showToast({ title: '未能加入日历，请记下预约时间', icon: 'none' })
      }
      return
    }
    setBusy('calendar')
    try {
      const file = await call('appointment', 'calendarFile', { id: a.id })
      if (typeof document === 'undefined' || typeof URL === 'undefined' || typeof URL.createObjectURL !== 'function') return
      const url = URL.createObjectURL(new Blob([file.text], { type: 'text/calendar;charset=utf-8' }))
      const link = document.createElement('a')
      link.href = url
      link.download = file.filename
      link.style.display = 'none'
      document.body.appendChild(link)
      link.click()
      document.body.removeChild(link)
      // The browser reads the file after click() returns.
      setTimeout(() => URL.revokeObjectURL(url), 10_000)
      Taro.showToast({ title: '已下载日历文件，打开即可加入日历', icon: 'none' })
    } catch (err) {
      Taro.showToast({ title: message(err), icon: 'none' })
    } finally {
      setBusy(null)
    }
  }

  const reschedule = () =>
    open(`/appointment/pages/book/index?reschedule=${encodeURIComponent(a.id)}&service=${encodeURIComponent(a.service)}&hall=${encodeURIComponent(a.hall)}`)

  return (
    <View className='detail'>
      {a.closure ? (
        <View className='detail__closure' role='alert' id='appointment-closure'>
          <Text className='detail__closure-text'>{a.closure.text}</Text>
          {a.closure.outcome === 'kept' && (a.phone || a.closure.phone) ? (
            <Text className='detail__phone' onClick={() => Taro.makePhoneCall({ phoneNumber: a.phone || a.closure?.phone || '' }).catch(() => undefined)}>
              {a.phone || a.closure.phone}（点按拨打）
            </Text>
          ) : null}
        </View>
      ) : null}
      {notice ? (
        <View className='detail__notice' role='status'>
          <Text className='detail__notice-title'>{notice}</Text>
          <Text className='detail__notice-text'>请按预约时间到大厅办理，到场请出示下方的预约码。</Text>
        </View>
      ) : null}

      <View className={`card detail__pass ${booked ? '' : 'detail__pass--void'}`}>
        <View className='detail__pass-head'>
          <Text className='detail__pass-label'>预约码</Text>
          <Text className={`badge detail__status detail__status--${a.status}`}>{a.statusLabel}</Text>
        </View>
        <Text className='detail__code'>{a.code}</Text>
        {booked ? <QrCode text={a.code} label={`预约码 ${a.code} 的二维码`} /> : null}
        <Text className='detail__pass-hint'>
          {booked ? '到场请出示预约码：请把此页给窗口工作人员，扫描二维码或核对预约码后为您办理。' : '该预约已不在有效状态，预约码不能再使用。'}
        </Text>
      </View>

      <Text className='section-title'>预约信息</Text>
      <View className='cells'>
        <Row label='办理事项' value={a.serviceName} />
        <Row label='办理大厅' value={a.hallName} />
        {a.address ? <Row label='大厅地址' value={a.address} /> : null}
        <Row label='预约日期' value={formatHallDay(a.startsAt)} />
        <Row label='预约时段' value={`${a.start}-${a.end}`} />
        {FIELD_ORDER.filter((k) => a.personal[k]).map((k) => (
          <Row key={k} label={PERSONAL_FIELD_META[k].label} value={a.personal[k] as string} />
        ))}
        <Row label='预约提醒' value={a.subscribed ? '已开启' : '未开启'} />
      </View>

      {active ? (
        <View className='detail__actions'>
          <Button className='btn btn--plain detail__action' disabled={busy !== null} loading={busy === 'calendar'} onClick={addToCalendar}>
            加入手机日历
          </Button>
          {a.canCancel ? (
            <>
              <Button className='btn btn--plain detail__action' disabled={busy !== null} onClick={reschedule}>
                改约
              </Button>
              <Button className='btn btn--plain detail__action detail__action--cancel' disabled={busy !== null} loading={busy === 'cancel'} onClick={cancel}>
                取消预约
              </Button>
              <Text className='detail__rule'>预约开始前 {minutesText(a.cancelCutoffMinutes)}以外可以在线改约或取消；取消后名额立即让给其他群众。</Text>
            </>
          ) : (
            <View className='detail__cutoff'>
              <Text className='detail__rule'>
                距预约开始已不足 {minutesText(a.cancelCutoffMinutes)}，不能在线改约或取消。如不能按时前往，请致电大厅：
              </Text>
              {a.phone ? (
                <Text className='detail__phone' onClick={() => Taro.makePhoneCall({ phoneNumber: a.phone }).catch(() => undefined)}>
                  {a.phone}（点按拨打）
                </Text>
              ) : null}
            </View>
          )}
        </View>
      ) : null}

      {just ? (
        <View className='detail__actions'>
          <Button className='btn btn--plain detail__action' onClick={() => open('/appointment/pages/mine/index')}>
            查看我的全部预约
          </Button>
        </View>
      ) : null}
    </View>
  )
}

function Row({ label, value }: { label: string; value: string }) {
  return (
    <View className='cell'>
      <Text className='cell__label'>{label}</Text>
      <Text className='cell__value'>{value}</Text>
    </View>
  )
}
