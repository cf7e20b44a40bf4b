import { useState } from 'react'
import { Button, Input, Switch, Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import GatedPage from '../../../components/GatedPage'
import Pager from '../../../components/Pager'
import { Empty, ErrorState, Loading } from '../../../components/StateView'
import { call } from '../../../services/api'
import { confirm } from '../../../services/confirm'
import { useCall } from '../../../services/useCall'
import { toastRefusal, useSubmit } from '../../../services/useSubmit'
import type { OutputOf } from '../../../domain/contract'
import { Banner, Field, useProblems } from '../../components/Form'
import './index.css'

type LinkKind = 'miniprogram' | 'page'

type LinkRow = OutputOf<'admin', 'listLinks'>[number]

interface LinkDraft {
  id: string | null
  kind: LinkKind
  title: string
  hint: string
  appId: string
  path: string
  url: string
  order: string
  enabled: boolean
}

const KINDS: Array<{ code: LinkKind; label: string }> = [
  { code: 'miniprogram', label: '其他小程序' },
  { code: 'page', label: '本程序页面' }
]

const PER_PAGE = 10

const blank = (): LinkDraft => ({ id: null, kind: 'miniprogram', title: '', hint: '', appId: '', path: '', url: '', order: '', enabled: true })

function toDraft(link: LinkRow): LinkDraft {
  return { id: link.id, kind: link.kind, title: link.title, hint: link.hint ?? '', appId: link.kind === 'miniprogram' ? link.appId : '', path: link.kind === 'miniprogram' ? link.path : '', url: link.kind === 'page' ? link.url : '', order: String(link.order), enabled: link.enabled }
}

/** A new link left without an order goes after the others. */
function toPayload(d: LinkDraft, lastOrder: number) {
  const order = d.order.trim() === '' ? lastOrder : Number(d.order.trim())
  const common = { title: d.title, hint: d.hint, order, enabled: d.enabled }
  return d.kind === 'miniprogram' ? { kind: d.kind, ...common, appId: d.appId.trim(), path: d.path.trim() } : { kind: d.kind, ...common, url: d.url.trim() }
}

export default function AdminLinks() {
  return (
    <GatedPage roles={['admin']}>
      <LinkManager />
    </GatedPage>
  )
}

function LinkManager() {
  const links = useCall('admin', 'listLinks')
  const [page, setPage] = useState(1)
  const [d, setD] = useState<LinkDraft>(blank())
  const problems = useProblems()
  const submit = useSubmit<'save' | 'remove'>(problems)
  const set = (patch: Partial<LinkDraft>) => setD((prev) => ({ ...prev, ...patch }))
  const at = (path: string) => problems.issues.filter((i) => i.path === `link.${path}`)

  const all = links.status === 'ready' ? links.data : []
  const pageCount = Math.max(1, Math.ceil(all.length / PER_PAGE))
  const current = Math.min(page, pageCount)
  const shown = all.slice((current - 1) * PER_PAGE, current * PER_PAGE)
  const nextOrder = all.length ? Math.min(999, Math.max(...all.map((l) => l.order)) + 1) : 0

  function startEdit(link: LinkRow) {
    setD(toDraft(link))
    problems.clear()
    Taro.pageScrollTo?.({ selector: '#link-form', duration: 200 })?.catch?.(() => undefined)
  }

  function reset() {
    setD(blank())
    problems.clear()
  }

  const save = () =>
    submit.run('save', () => call('admin', 'saveLink', { ...(d.id ? { id: d.id } : {}), link: toPayload(d, nextOrder) }), {
      done: '已保存',
      onDone: () => {
        setD(blank())
        links.reload()
      }
    })

  async function remove(link: LinkRow) {
    if (!(await confirm({ title: '删除便民入口', content: `确定删除「${link.title}」吗？删除后首页不再显示。`, confirmText: '删除', danger: true }))) return
    await submit.run('remove', () => call('admin', 'removeLink', { id: link.id }), {
      done: '已删除',
      onRefused: toastRefusal,
      onDone: () => {
        if (d.id === link.id) reset()
        links.reload()
      }
    })
  }

  return (
    <>
      <Text className='section-title'>首页便民入口（按顺序显示）</Text>
      {links.status === 'loading' ? <Loading /> : null}
      {links.status === 'error' ? <ErrorState error={links.error} onRetry={links.reload} /> : null}
      {links.status === 'ready' && all.length === 0 ? <Empty title='暂无便民入口' hint='可在下方新增' /> : null}
      {links.status === 'ready' && all.length > 0 ? (
        <View className='cells'>
          {shown.map((link) => (
            <View className={`admin-links__row ${d.id === link.id ? 'admin-links__row--editing' : ''}`} key={link.id}>
              <View className='admin-links__main'>
                <Text className='admin-links__title'>
                  {link.title}
                  {link.enabled ? null : <Text className='badge admin-links__off'>未显示</Text>}
                </Text>
                {link.hint ? <Text className='admin-links__meta'>{link.hint}</Text> : null}
                <Text className='admin-links__meta'>
                  {link.kind === 'miniprogram' ? '其他小程序' : '本程序页面'} · 顺序 {link.order}
                </Text>
                <Text className='admin-links__target'>{link.kind === 'miniprogram' ? `${link.appId}${link.path ? ` ${link.path}` : ''}` : link.url}</Text>
              </View>
              <View className='admin-links__ops'>
                <View className='admin-links__op' onClick={() => startEdit(link)}>
                  修改
                </View>
                <View className='admin-links__op admin-links__op--danger' onClick={() => remove(link)}>
                  删除
                </View>
              </View>
            </View>
          ))}
          <Pager page={current} total={all.length} hasMore={current < pageCount} unit='个' onChange={setPage} />
        </View>
      ) : null}

      <Text className='section-title'>{d.id ? `修改「${all.find((l) => l.id === d.id)?.title ?? d.title}」` : '新增便民入口'}</Text>
      <View className='card' id='link-form'>
        <Banner text={problems.failure} />
        <Field id='link-kind' label='打开方式' problems={at('kind')} fallback='请选择打开方式'>
          <View className='chips'>
            {KINDS.map((k) => (
              <View key={k.code} className={`chip ${d.kind === k.code ? 'chip--on' : ''}`} role='radio' aria-checked={d.kind === k.code} onClick={() => set({ kind: k.code })}>
                {k.label}
              </View>
            ))}
          </View>
        </Field>
        <Field id='link-title' label='名称' problems={at('title')} fallback='名称为2至12个字'>
          <Input className='admin-form__input' value={d.title} maxlength={12} placeholder='2至12个字，如 社保查询' onInput={(e) => set({ title: e.detail.value })} />
        </Field>
        <Field id='link-hint' label='说明（选填）' problems={at('hint')} fallback='说明不能超过20个字'>
          <Input className='admin-form__input' value={d.hint} maxlength={20} placeholder='不超过20个字' onInput={(e) => set({ hint: e.detail.value })} />
        </Field>
        {d.kind === 'miniprogram' ? (
          <>
            <Field id='link-appId' label='小程序 AppID' problems={at('appId')} fallback='小程序 AppID 格式如 wx0123456789abcdef'>
              <Input className='admin-form__input' value={d.appId} maxlength={18} placeholder='wx 开头的18位' onInput={(e) => set({ appId: e.detail.value })} />
            </Field>
            <Field id='link-path' label='页面路径（选填）' problems={at('path')} fallback='页面路径格式不正确' hint='不填则打开对方小程序首页'>
              <Input className='admin-form__input' value={d.path} maxlength={200} placeholder='如 pages/index/index' onInput={(e) => set({ path: e.detail.value })} />
            </Field>
          </>
        ) : (
          <Field id='link-url' label='本程序页面' problems={at('url')} fallback='只能是本程序的页面，如 /pages/guides/index?field=tax' hint='不允许外部网址'>
            <Input className='admin-form__input' value={d.url} maxlength={200} placeholder='/pages/guides/index?field=tax' onInput={(e) => set({ url: e.detail.value })} />
          </Field>
        )}
        <Field id='link-order' label='显示顺序' problems={at('order')} fallback='请填写0至999之间的整数' hint='数字小的排在前面；不填则排在最后'>
          <Input className='admin-form__input admin-form__input--number' type='number' value={d.order} maxlength={3} placeholder={String(nextOrder)} onInput={(e) => set({ order: e.detail.value })} />
        </Field>
        <View id='link-enabled' className='admin-links__switch'>
          <Text>在首页显示</Text>
          <Switch checked={d.enabled} color='#1d4f91' onChange={(e) => set({ enabled: e.detail.value })} />
        </View>
        <Button className='btn btn--primary admin-links__button' loading={submit.busy === 'save'} disabled={submit.busy !== null} onClick={save}>
          保存
        </Button>
        {d.id ? (
          <Button className='btn btn--plain admin-links__button' disabled={submit.busy !== null} onClick={reset}>
            取消修改
          </Button>
        ) : null}
      </View>
    </>
  )
}
