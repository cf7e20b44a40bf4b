import { Switch, Text, View } from '@tarojs/components'
import type { FieldIssue } from '../../../../domain/errors'
import type { ItemDraft } from '../../../../domain/guides/item-draft'
import { fieldClass, Problems } from '../../../components/Form'

/** What every section of the item form gets: the draft, two ways to change it, and its issues. */
export interface SectionProps {
  draft: ItemDraft
  /** Merges fields computed from this render's draft. */
  set(patch: Partial<ItemDraft>): void
  /** Changes the latest draft, for edits inside a row that may follow each other before a render. */
  update(change: (prev: ItemDraft) => ItemDraft): void
  at(path: string, deep?: boolean): FieldIssue[]
}

export function Chip({ on, label, onToggle }: { on: boolean; label: string; onToggle(): void }) {
  return (
    <View className={`chip chip--check ${on ? 'chip--on' : ''}`} role='checkbox' aria-checked={on} onClick={onToggle}>
      {on ? '✓ ' : ''}
      {label}
    </View>
  )
}

interface SwitchRowProps {
  id: string
  label: string
  checked: boolean
  problems: FieldIssue[]
  fallback?: string
  onChange(checked: boolean): void
}

export function SwitchRow({ id, label, checked, problems, fallback = '请选择', onChange }: SwitchRowProps) {
  return (
    <View id={id} className={fieldClass(problems)}>
      <View className='item-form__switch'>
        <Text className='item-form__switch-label'>{label}</Text>
        <Switch checked={checked} color='#1d4f91' onChange={(e) => onChange(e.detail.value)} />
      </View>
      <Problems list={problems} fallback={fallback} />
    </View>
  )
}
