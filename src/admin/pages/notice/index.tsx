import { useState } from 'react'
import { Button, Input, Picker, RichText, Text, Textarea, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import GatedPage from '../../../components/GatedPage'
import Pager from '../../../components/Pager'
import { Empty, ErrorState, Loading } from '../../../components/StateView'
import { canPublish, canWithdraw, MAX_SCHEDULE_DAYS } from '../../../domain/notices/lifecycle'
import { NOTICE_KINDS, type NoticeKind } from '../../../domain/notices/notice'
import { sanitizeRichText } from '../../../domain/notices/sanitize'
import { formatHallTime, hallIso, hallTime } from '../../../domain/time'
import type { OutputOf } from '../../../domain/contract'
import { call } from '../../../services/api'
import { confirm } from '../../../services/confirm'
import { useCall } from '../../../services/useCall'
import { useSubmit } from '../../../services/useSubmit'
import { Banner, Field, Problems, useProblems } from '../../components/Form'
import './index.css'

type NoticeRow = OutputOf<'admin', 'saveNotice'>
type Revision = OutputOf<'admin', 'getNoticeForEdit'>['revisions'][number]

interface Draft {
  kind: NoticeKind
  title: string
  source: string
  body: string
}

const BLANK: Draft = { kind: 'notice', title: '', source: '', body: '' }
const REVISIONS_PER_PAGE = 10

export default function AdminNoticeEditor() {
  return (
    <GatedPage roles={['admin']}>
      <NoticeEditor />
    </GatedPage>
  )
}

function NoticeEditor() {
  const params = (Taro.getCurrentInstance().router?.params ?? {}) as Record<string, string | undefined>
  const [id, setId] = useState<string | null>(params.id ? decodeURIComponent(params.id) : null)
  if (id) return <ExistingNotice id={id} />
  return (
    <NoticeForm
      initial={BLANK}
      onSaved={(saved) => {
        // The new notice gets its own address, so going back or refreshing opens it, not a blank form.
        Taro.redirectTo({ url: `/admin/pages/notice/index?id=${encodeURIComponent(saved.id)}` }).catch(() => setId(saved.id))
      }}
    />
  )
}

function ExistingNotice({ id }: { id: string }) {
  const loaded = useCall('admin', 'getNoticeForEdit', { id })
  if (loaded.status === 'loading') return <Loading />
  if (loaded.status === 'error') return <ErrorState error={loaded.error} onRetry={loaded.reload} />
  const { notice, revisions } = loaded.data
  return (
    <NoticeForm
      key={`${notice.version}|${notice.updatedAt}`}
      notice={notice}
      revisions={revisions}
      initial={{ kind: notice.kind as NoticeKind, title: notice.title, source: notice.source, body: notice.body }}
      onSaved={() => loaded.reload()}
    />
  )
}

interface NoticeFormProps {
  notice?: NoticeRow
  revisions?: Revision[]
  initial: Draft
  onSaved(saved: NoticeRow): void
}

type Busy = 'save' | 'publish' | 'schedule' | 'pin' | 'withdraw'

function NoticeForm({ notice, revisions = [], initial, onSaved }: NoticeFormProps) {
  const [d, setD] = useState<Draft>(initial)
  const problems = useProblems()
  const tomorrow = hallTime(Date.now()).add(1, 'day')
  const [date, setDate] = useState(tomorrow.format('YYYY-MM-DD'))
  const [time, setTime] = useState('09:00')
  const [revPage, setRevPage] = useState(1)
  const dirty = JSON.stringify(d) !== JSON.stringify(initial)
  const at = (path: string) => problems.issues.filter((i) => i.path === path)
  const set = (patch: Partial<Draft>) => setD((prev) => ({ ...prev, ...patch }))
  const kindIndex = Math.max(
    NOTICE_KINDS.findIndex((k) => k.code === d.kind),
    0
  )

  const { busy, run: submit } = useSubmit<Busy>(problems)
  const run = (kind: Busy, work: () => Promise<NoticeRow>, done: string) => submit(kind, work, { done, onDone: onSaved })

  const save = () => run('save', () => call('admin', 'saveNotice', { ...(notice ? { id: notice.id } : {}), draft: d }), '已保存')

  async function withdraw() {
    if (!notice) return
    if (!(await confirm({ title: '撤回公告', content: '撤回后群众将看不到这条公告，内容会保留，可再次发布。确定撤回吗？', confirmText: '撤回', danger: true }))) return
    return run('withdraw', () => call('admin', 'withdrawNotice', { id: notice.id }), '已撤回')
  }

  const revisionsShown = revisions.slice((revPage - 1) * REVISIONS_PER_PAGE, revPage * REVISIONS_PER_PAGE)
  const preview = sanitizeRichText(d.body)

  return (
    <View className='notice-form'>
      {notice ? (
        <View className='card'>
          <Text className='card__title'>{notice.title}</Text>
          <Text className='notice-form__line'>
            状态：<Text className='badge'>{notice.stateLabel}</Text>
            {notice.pinned ? <Text className='badge notice-form__pinned'>置顶</Text> : null}
          </Text>
          <Text className='notice-form__line'>
            {notice.publishAt ? `${notice.state === 'scheduled' ? '定时发布时间' : '发布时间'}：${formatHallTime(notice.publishAt)}` : '尚未发布'}
          </Text>
          <Text className='notice-form__line'>
            第 {notice.version} 版 · 最近修改 {formatHallTime(notice.updatedAt)}
          </Text>
        </View>
      ) : (
        <View className='card'>
          <Text className='card__title'>新建公告</Text>
          <Text className='notice-form__line'>保存后为草稿，发布前群众看不到。</Text>
        </View>
      )}

      <Banner text={problems.failure} wide />

      <Text className='section-title'>内容</Text>
      <View className='card'>
        <Field id='notice-kind' label='类别' problems={at('draft.kind')} fallback='请选择类别'>
          <Picker mode='selector' range={NOTICE_KINDS.map((k) => k.name)} value={kindIndex} onChange={(e) => set({ kind: NOTICE_KINDS[Number(e.detail.value)].code })}>
            <View className='admin-form__picker'>
              <Text>{NOTICE_KINDS[kindIndex].name}</Text>
              <Text className='cell__arrow'>›</Text>
            </View>
          </Picker>
        </Field>
        <Field id='notice-title' label='标题' problems={at('draft.title')} fallback='标题为4至60个字'>
          <Input className='admin-form__input' value={d.title} maxlength={60} placeholder='4至60个字' onInput={(e) => set({ title: e.detail.value })} />
        </Field>
        <Field id='notice-source' label='发布单位' problems={at('draft.source')} fallback='发布单位为2至40个字'>
          <Input className='admin-form__input' value={d.source} maxlength={40} placeholder='如 示范市政务服务和数据管理局' onInput={(e) => set({ source: e.detail.value })} />
        </Field>
        <Field
          id='notice-body'
          label='正文（HTML）'
          problems={at('draft.body')}
          fallback='正文为10至20000个字'
          hint='只保留段落、标题、列表、表格、链接和图片；链接和图片须为 https 地址。脚本、样式等其他内容保存时会被去除。'
        >
          <Textarea className='admin-form__textarea notice-form__textarea' value={d.body} maxlength={20000} autoHeight placeholder='<p>正文段落</p>' onInput={(e) => set({ body: e.detail.value })} />
        </Field>
        <Button className='btn btn--primary' loading={busy === 'save'} disabled={busy !== null} onClick={save}>
          保存
        </Button>
      </View>

      <Text className='section-title'>预览</Text>
      <View className='card notice-form__preview'>
        {preview ? <RichText nodes={preview} /> : <Text className='admin-form__hint'>填写正文后在此预览群众看到的样子。</Text>}
      </View>

      {notice ? (
        <>
          <Text className='section-title'>发布</Text>
          <View className='card'>
            {dirty ? <Text className='notice-form__warn'>有尚未保存的修改，请先保存再发布。</Text> : null}
            {canPublish(notice.state) ? (
              <>
                <Button className='btn btn--primary' loading={busy === 'publish'} disabled={busy !== null || dirty} onClick={() => run('publish', () => call('admin', 'publishNotice', { id: notice.id }), '已发布')}>
                  立即发布
                </Button>
                <View id='notice-at' className={`notice-form__schedule ${at('at').length ? 'admin-form__field--error' : ''}`}>
                  <Text className='admin-form__label'>定时发布（北京时间，最多提前{MAX_SCHEDULE_DAYS}天）</Text>
                  <View className='notice-form__when'>
                    <Picker
                      mode='date'
                      value={date}
                      start={hallTime(Date.now()).format('YYYY-MM-DD')}
                      end={hallTime(Date.now()).add(MAX_SCHEDULE_DAYS, 'day').format('YYYY-MM-DD')}
                      onChange={(e) => setDate(e.detail.value)}
                    >
                      <View className='admin-form__picker notice-form__picker--date'>{date}</View>
                    </Picker>
                    <Picker mode='time' value={time} onChange={(e) => setTime(e.detail.value)}>
                      <View className='admin-form__picker notice-form__picker--time'>{time}</View>
                    </Picker>
                  </View>
                  <Problems list={at('at')} fallback='请选择有效的发布时间' />
                  <Button
                    className='btn btn--plain notice-form__button'
                    loading={busy === 'schedule'}
                    disabled={busy !== null || dirty}
                    onClick={() => run('schedule', () => call('admin', 'publishNotice', { id: notice.id, at: hallIso(date, time) }), '已设定时发布')}
                  >
                    定时发布
                  </Button>
                </View>
              </>
            ) : null}
            <View className={canPublish(notice.state) ? 'notice-form__more' : ''}>
              <Button
                className='btn btn--plain notice-form__button'
                loading={busy === 'pin'}
                disabled={busy !== null}
                onClick={() => run('pin', () => call('admin', 'pinNotice', { id: notice.id, pinned: !notice.pinned }), notice.pinned ? '已取消置顶' : '已置顶')}
              >
                {notice.pinned ? '取消置顶' : '置顶'}
              </Button>
              {canWithdraw(notice.state) ? (
                <Button className='btn notice-form__button notice-form__danger' loading={busy === 'withdraw'} disabled={busy !== null} onClick={withdraw}>
                  撤回
                </Button>
              ) : null}
            </View>
          </View>

          <Text className='section-title'>修改历史</Text>
          {revisions.length === 0 ? (
            <Empty title='尚无修改记录' hint='每次修改保存后，被替换的版本会记录在这里' />
          ) : (
            <View className='cells'>
              {revisionsShown.map((r) => (
                <View className='notice-form__revision' key={r.version}>
                  <Text className='notice-form__revision-title'>
                    第 {r.version} 版　{r.title}
                  </Text>
                  <Text className='notice-form__revision-meta'>被替换于 {formatHallTime(r.editedAt)}</Text>
                </View>
              ))}
              <Pager page={revPage} total={revisions.length} hasMore={revPage * REVISIONS_PER_PAGE < revisions.length} unit='版' onChange={setRevPage} />
            </View>
          )}
        </>
      ) : null}
    </View>
  )
}
