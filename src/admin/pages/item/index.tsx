import { useState } from 'react'
import { View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import GatedPage from '../../../components/GatedPage'
import { ErrorState, Loading } from '../../../components/StateView'
import type { ItemStatus } from '../../../domain/guides/lifecycle'
import { blankDraft, isDirty, issuesAt, toDraft, toPayload, unplacedIssues, type ItemDraft } from '../../../domain/guides/item-draft'
import type { InputOf } from '../../../domain/contract'
import { call } from '../../../services/api'
import { confirm } from '../../../services/confirm'
import { useCall } from '../../../services/useCall'
import { useSubmit } from '../../../services/useSubmit'
import { Banner, readable, useProblems } from '../../components/Form'
import Basics from './sections/Basics'
import type { SectionProps } from './sections/controls'
import Faq from './sections/Faq'
import Fee from './sections/Fee'
import Halls from './sections/Halls'
import Materials from './sections/Materials'
import Oversight from './sections/Oversight'
import PersonalFields from './sections/PersonalFields'
import Process from './sections/Process'
import { Actions, StatusCard, type ItemAction } from './sections/Publication'
import './index.css'

export default function AdminItemEditor() {
  return (
    <GatedPage roles={['admin']}>
      <ItemEditor />
    </GatedPage>
  )
}

function ItemEditor() {
  const params = (Taro.getCurrentInstance().router?.params ?? {}) as Record<string, string | undefined>
  const [code, setCode] = useState<string | null>(params.code ? decodeURIComponent(params.code) : null)
  if (!code) return <ItemForm initial={blankDraft()} status={null} onSaved={setCode} />
  return <ExistingItem code={code} />
}

function ExistingItem({ code }: { code: string }) {
  const loaded = useCall('admin', 'getItem', { code })
  if (loaded.status === 'loading') return <Loading />
  if (loaded.status === 'error') return <ErrorState error={loaded.error} onRetry={loaded.reload} />
  return (
    <ItemForm
      key={loaded.data.updatedAt}
      code={code}
      initial={toDraft(loaded.data.item)}
      status={loaded.data.status}
      statusLabel={loaded.data.statusLabel}
      updatedAt={loaded.data.updatedAt}
      onSaved={() => loaded.reload()}
    />
  )
}

interface ItemFormProps {
  /** The item being edited; absent for a new one. */
  code?: string
  initial: ItemDraft
  status: ItemStatus | null
  statusLabel?: string
  updatedAt?: string
  onSaved(code: string): void
}

function ItemForm({ code, initial, status, statusLabel, updatedAt, onSaved }: ItemFormProps) {
  const [d, setD] = useState<ItemDraft>(initial)
  const problems = useProblems()
  const submit = useSubmit<ItemAction>({
    clear: () => problems.clear(),
    show(err) {
      problems.show(err, '请按提示修改后再保存')
      // The message sits at the top of a long form; the button that failed is at the bottom.
      Taro.pageScrollTo?.({ scrollTop: 0, duration: 300 })?.catch?.(() => undefined)
    }
  })
  const dirty = isDirty(d, initial)

  const section: SectionProps = {
    draft: d,
    set: (patch) => setD((prev) => ({ ...prev, ...patch })),
    update: setD,
    at: (path, deep) => issuesAt(problems.issues, path, deep)
  }

  function save() {
    // The form goes as filled in (a blank field, a blank number of copies) for the function to refuse with its own messages.
    const item = toPayload(d) as unknown as InputOf<'admin', 'createItem'>['item']
    return submit.run(
      'save',
      async () => {
        if (code) await call('admin', 'updateItem', { code, item })
        else await call('admin', 'createItem', { item })
        return item.code
      },
      { done: '已保存', onDone: onSaved }
    )
  }

  async function publish() {
    if (!code || !(await confirm({ title: '发布事项', content: '发布后群众即可查看和办理该事项，确定发布吗？', confirmText: '确定' }))) return
    return submit.run('publish', async () => (await call('admin', 'publishItem', { code })).code, { done: '已发布', onDone: onSaved })
  }

  async function archive() {
    if (!code || !(await confirm({ title: '归档事项', content: '归档后群众将看不到该事项，收藏中会标明已停止办理。确定归档吗？', confirmText: '确定' }))) return
    return submit.run('archive', async () => (await call('admin', 'archiveItem', { code })).code, { done: '已归档', onDone: onSaved })
  }

  return (
    <View className='item-form'>
      <StatusCard title={code ? d.name || code : '新建事项'} status={status} statusLabel={statusLabel} updatedAt={updatedAt} />
      <Banner text={problems.failure} more={unplacedIssues(problems.issues).map((i) => readable(i.message, '内容不符合要求'))} wide />
      <Basics {...section} existing={Boolean(code)} />
      <Materials {...section} />
      <Process {...section} />
      <Fee {...section} />
      <Halls {...section} />
      <Faq {...section} />
      <Oversight {...section} />
      <PersonalFields {...section} />
      <Actions existing={Boolean(code)} status={status} busy={submit.busy} dirty={dirty} onSave={save} onPublish={publish} onArchive={archive} />
    </View>
  )
}
