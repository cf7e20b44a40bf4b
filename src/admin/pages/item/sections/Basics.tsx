import { Input, Picker, Text, Textarea, View } from '@tarojs/components'
import { SERVICE_FIELDS } from '../../../../domain/guides/fields'
import { APPLICANTS, toggle } from '../../../../domain/guides/item-draft'
import { Field } from '../../../components/Form'
import { Chip, type SectionProps } from './controls'

/** 基本信息: code (fixed once saved), name, summary, field, authority, applicants. */
export default function Basics({ draft: d, set, at, existing }: SectionProps & { existing: boolean }) {
  const fieldIndex = SERVICE_FIELDS.findIndex((f) => f.code === d.field)
  return (
    <>
      <Text className='section-title'>基本信息</Text>
      <View className='card'>
        <Field id='item-code' label='事项编码' problems={at('code')} fallback='事项编码格式如 SB-001' hint={existing ? '编码保存后不能修改' : '领域字母加编号，如 SB-001'}>
          <Input className={`admin-form__input ${existing ? 'admin-form__input--readonly' : ''}`} value={d.code} disabled={existing} maxlength={12} placeholder='如 SB-001' onInput={(e) => set({ code: e.detail.value.toUpperCase() })} />
        </Field>
        <Field id='item-name' label='事项名称' problems={at('name')} fallback='请填写事项名称，不超过60个字'>
          <Input className='admin-form__input' value={d.name} maxlength={60} placeholder='如 城乡居民养老保险参保登记' onInput={(e) => set({ name: e.detail.value })} />
        </Field>
        <Field id='item-summary' label='事项简介' problems={at('summary')} fallback='请填写简介，不超过120个字' hint='一两句话说明事项的用途，显示在列表中'>
          <Textarea className='admin-form__textarea item-form__textarea item-form__textarea--short' value={d.summary} maxlength={120} autoHeight placeholder='这个事项是办什么的' onInput={(e) => set({ summary: e.detail.value })} />
        </Field>
        <Field id='item-field' label='所属领域' problems={at('field')} fallback='请选择所属领域'>
          <Picker mode='selector' range={SERVICE_FIELDS.map((f) => f.name)} value={Math.max(fieldIndex, 0)} onChange={(e) => set({ field: SERVICE_FIELDS[Number(e.detail.value)].code })}>
            <View className={`admin-form__picker ${fieldIndex < 0 ? 'item-form__picker--empty' : ''}`}>
              <Text>{fieldIndex >= 0 ? SERVICE_FIELDS[fieldIndex].name : '请选择所属领域'}</Text>
              <Text className='cell__arrow'>›</Text>
            </View>
          </Picker>
        </Field>
        <Field id='item-authority' label='实施机构' problems={at('authority')} fallback='请填写实施机构，不超过60个字'>
          <Input className='admin-form__input' value={d.authority} maxlength={60} placeholder='如 市人力资源和社会保障局' onInput={(e) => set({ authority: e.detail.value })} />
        </Field>
        <Field id='item-applicants' label='服务对象' problems={at('applicants', true)} fallback='请选择服务对象'>
          <View className='chips'>
            {APPLICANTS.map((a) => (
              <Chip key={a.code} on={d.applicants.includes(a.code)} label={a.label} onToggle={() => set({ applicants: toggle(d.applicants, a.code) })} />
            ))}
          </View>
        </Field>
      </View>
    </>
  )
}
