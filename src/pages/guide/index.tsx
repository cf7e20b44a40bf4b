import { useEffect, useState, type ReactNode } from 'react'
import { Button, Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import PageShell from '../../components/PageShell'
import { ErrorState, Loading } from '../../components/StateView'
import type { GuideDetail as Guide } from '../../domain/guides/views'
import { ApiError, call } from '../../services/api'
import { open, openComing } from '../../services/navigation'
import { useCall } from '../../services/useCall'
import './index.css'

const FORM_NAMES = { original: '原件', copy: '复印件', electronic: '电子件' }
const APPLICANT_NAMES = { person: '自然人', 'legal-person': '法人及其他组织' }

const days = (n: number) => (n === 0 ? '即办' : `${n}个工作日`)

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <View className='card guide__section'>
      <Text className='card__title'>{title}</Text>
      {children}
    </View>
  )
}

export default function GuidePage() {
  const params = Taro.getCurrentInstance().router?.params ?? {}
  const code = params.code ? decodeURIComponent(params.code) : ''
  const guide = useCall('hall', 'getGuide', { code })
  return (
    <PageShell>
      {guide.status === 'loading' ? <Loading /> : null}
      {guide.status === 'error' ? <ErrorState error={guide.error} onRetry={guide.reload} /> : null}
      {guide.status === 'ready' ? <GuideBody guide={guide.data} /> : null}
    </PageShell>
  )
}

function GuideBody({ guide }: { guide: Guide }) {
  return (
    <>
      <View className='card guide__head'>
        <Text className='guide__name'>{guide.name}</Text>
        <Text className='guide__summary'>{guide.summary}</Text>
        <View className='guide__facts'>
          <Fact label='事项编码' value={guide.code} />
          <Fact label='实施机关' value={guide.authority} />
          <Fact label='服务对象' value={guide.applicants.map((a) => APPLICANT_NAMES[a]).join('、')} />
          <Fact label='法定时限' value={days(guide.legalDays)} />
          <Fact label='承诺时限' value={days(guide.promisedDays)} />
          <Fact label='到现场次数' value={guide.visits === 0 ? '0次（全程网办）' : `${guide.visits}次`} />
          <Fact label='网上办理' value={guide.online ? '可以' : '暂不支持，请到大厅办理'} />
          <Fact label='办理收费' value={guide.fee.free ? '不收费' : guide.fee.amount} />
        </View>
      </View>
      <Actions guide={guide} />

      <Section title='受理条件'>
        {guide.conditions.map((c, i) => (
          <Text className='guide__para' key={i}>
            {guide.conditions.length > 1 ? `${i + 1}. ` : ''}
            {c}
          </Text>
        ))}
      </Section>

      <Section title={`申请材料（${guide.materials.length}项）`}>
        {guide.materials.length === 0 ? <Text className='guide__para'>无需提交材料</Text> : null}
        {guide.materials.map((m, i) => (
          <View className='guide__material' key={i}>
            <Text className='guide__material-name'>
              {i + 1}. {m.name}
            </Text>
            <Text className='guide__material-meta'>
              {m.form.map((f) => FORM_NAMES[f]).join(' / ')} · {m.copies}份
            </Text>
            {m.note ? <Text className='guide__material-note'>{m.note}</Text> : null}
          </View>
        ))}
      </Section>

      <Section title='办理流程'>
        {guide.steps.map((s, i) => (
          <View className='guide__step' key={i}>
            <Text className='guide__step-no'>{i + 1}</Text>
            <Text className='guide__step-text'>{s}</Text>
          </View>
        ))}
      </Section>

      {!guide.fee.free ? (
        <Section title='收费标准'>
          <Text className='guide__para'>{guide.fee.amount}</Text>
          <Text className='guide__para guide__muted'>收费依据：{guide.fee.basis}</Text>
        </Section>
      ) : null}

      <Section title='办理地点'>
        {guide.halls.map((h) => (
          <View className='guide__hall' key={h.code}>
            <Text className='guide__hall-name'>{h.name}</Text>
            <Text className='guide__para'>地址：{h.address}</Text>
            <Text className='guide__para'>时间：{h.hoursText}</Text>
            {h.transit ? <Text className='guide__para guide__muted'>交通：{h.transit}</Text> : null}
            <Text className='guide__phone' onClick={() => Taro.makePhoneCall({ phoneNumber: h.phone }).catch(() => undefined)}>
              咨询电话：{h.phone}（点按拨打）
            </Text>
          </View>
        ))}
      </Section>

      {guide.faq.length > 0 ? (
        <Section title='常见问题'>
          {guide.faq.map((f, i) => (
            <View className='guide__faq' key={i}>
              <Text className='guide__faq-q'>问：{f.q}</Text>
              <Text className='guide__para'>答：{f.a}</Text>
            </View>
          ))}
        </Section>
      ) : null}

      <Section title='监督投诉'>
        <Text className='guide__para'>{guide.complaint}</Text>
      </Section>
    </>
  )
}

function Fact({ label, value }: { label: string; value: string }) {
  return (
    <View className='guide__fact'>
      <Text className='guide__fact-label'>{label}</Text>
      <Text className='guide__fact-value'>{value}</Text>
    </View>
  )
}

function Actions({ guide }: { guide: Guide }) {
  const [favourite, setFavourite] = useState(guide.favourite)
  const [busy, setBusy] = useState(false)
  useEffect(() => setFavourite(guide.favourite), [guide.favourite])

  const toggle = async () => {
    if (favourite === null) {
      await Taro.showModal({ title: '收藏', content: '收藏需要登录，请在微信中打开本程序后使用。', showCancel: false })
      return
    }
    setBusy(true)
    try {
      const res = await call('user', favourite ? 'removeFavourite' : 'addFavourite', { code: guide.code })
      setFavourite(res.favourite)
      Taro.showToast({ title: res.favourite ? '已收藏' : '已取消收藏', icon: 'none' })
    } catch (err) {
      Taro.showToast({ title: err instanceof ApiError ? err.message : '操作失败，请稍后再试', icon: 'none' })
    } finally {
      setBusy(false)
    }
  }

  return (
    <View className='guide__actions'>
      {guide.bookable ? (
        <Button className='btn btn--primary guide__action' onClick={() => open('/appointment/pages/book/index?service=' + encodeURIComponent(guide.code))}>
          预约办理
        </Button>
      ) : null}
      {guide.online ? (
        <Button className='btn btn--primary guide__action' onClick={() => openComing('在线申请')}>
          在线申请
        </Button>
      ) : null}
      <Button className='btn btn--plain guide__action' disabled={busy} onClick={toggle}>
        {favourite ? '已收藏（点按取消）' : '收藏'}
      </Button>
    </View>
  )
}
