import { Input, Text, View } from '@tarojs/components'
import type { FieldIssue } from '../../../../domain/errors'
import { FIELD_KEYS, toggle, type DeclarationDraft } from '../../../../domain/guides/item-draft'
import { PERSONAL_FIELD_META } from '../../../../domain/personal-fields-meta'
import { fieldClass, Problems } from '../../../components/Form'
import type { SectionProps } from './controls'

/** 收集的个人信息: what booking and applying collect, each with its purpose. */
export default function PersonalFields({ draft: d, set, at }: SectionProps) {
  return (
    <>
      <Text className='section-title'>收集的个人信息</Text>
      <View className='card'>
        <Text className='admin-form__hint'>只勾选办理确实需要的信息，并写明用途（4至80个字），群众填写时会看到。</Text>
        <DeclarationField
          id='item-appointmentFields'
          label='预约时收集'
          value={d.appointmentFields}
          problems={at('appointmentFields', true)}
          fallback='预约所需个人信息声明不正确'
          onChange={(appointmentFields) => set({ appointmentFields })}
        />
        <DeclarationField
          id='item-applicationFields'
          label='申请时收集'
          value={d.applicationFields}
          problems={at('applicationFields', true)}
          fallback='申请所需个人信息声明不正确'
          onChange={(applicationFields) => set({ applicationFields })}
        />
      </View>
    </>
  )
}

interface DeclarationFieldProps {
  id: string
  label: string
  value: DeclarationDraft
  problems: FieldIssue[]
  fallback: string
  onChange(value: DeclarationDraft): void
}

function DeclarationField({ id, label, value, problems, fallback, onChange }: DeclarationFieldProps) {
  return (
    <View id={id} className={fieldClass(problems)}>
      <Text className='admin-form__label'>{label}</Text>
      {FIELD_KEYS.map((key) => {
        const on = value.on.includes(key)
        return (
          <View className='item-form__decl' key={key}>
            <View
              className={`item-form__check ${on ? 'item-form__check--on' : ''}`}
              role='checkbox'
              aria-checked={on}
              onClick={() => onChange({ ...value, on: toggle(value.on, key) })}
            >
              <Text className='item-form__box'>{on ? '✓' : ''}</Text>
              <Text>{PERSONAL_FIELD_META[key].label}</Text>
            </View>
            <Input
              className={`admin-form__input ${on ? '' : 'admin-form__input--readonly'}`}
              value={value.purposes[key]}
              disabled={!on}
              maxlength={80}
              placeholder={on ? `收集${PERSONAL_FIELD_META[key].label}的用途` : '勾选后填写用途'}
              onInput={(e) => onChange({ ...value, purposes: { ...value.purposes, [key]: e.detail.value } })}
            />
          </View>
        )
      })}
      <Problems list={problems} fallback={fallback} />
    </View>
  )
}
