import { Button, Text, View } from '@tarojs/components'
import type { ItemStatus } from '../../../../domain/guides/lifecycle'
import { formatHallTime } from '../../../../domain/time'

interface StatusProps {
  title: string
  status: ItemStatus | null
  statusLabel?: string
  updatedAt?: string
}

/** The card on top: what is being edited and whether the public can see it. */
export function StatusCard({ title, status, statusLabel, updatedAt }: StatusProps) {
  return (
    <View className='card'>
      <Text className='card__title'>{title}</Text>
      {status ? (
        <Text className='item-form__status'>
          状态：<Text className='badge'>{statusLabel}</Text>
          {updatedAt ? `　最近修改 ${formatHallTime(updatedAt)}` : ''}
        </Text>
      ) : (
        <Text className='item-form__status'>新建的事项保存为草稿，发布前群众看不到。</Text>
      )}
    </View>
  )
}

export type ItemAction = 'save' | 'publish' | 'archive'

interface ActionsProps {
  /** Absent for a new item, which can only be saved. */
  existing: boolean
  status: ItemStatus | null
  busy: ItemAction | null
  dirty: boolean
  onSave(): void
  onPublish(): void
  onArchive(): void
}

/** Save, then publish or archive: only what was saved can go public or be taken away. */
export function Actions({ existing, status, busy, dirty, onSave, onPublish, onArchive }: ActionsProps) {
  return (
    <View className='item-form__buttons'>
      <Button className='btn btn--primary' loading={busy === 'save'} disabled={busy !== null} onClick={onSave}>
        保存
      </Button>
      {existing && status !== 'published' ? (
        <Button className='btn btn--plain item-form__button' loading={busy === 'publish'} disabled={busy !== null || dirty} onClick={onPublish}>
          发布
        </Button>
      ) : null}
      {existing && status === 'published' ? (
        <Button className='btn btn--plain item-form__button' loading={busy === 'archive'} disabled={busy !== null || dirty} onClick={onArchive}>
          归档
        </Button>
      ) : null}
      {existing && dirty ? <Text className='admin-form__hint item-form__unsaved'>有尚未保存的修改，请先保存再发布或归档。</Text> : null}
    </View>
  )
}
