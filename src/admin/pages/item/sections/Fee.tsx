import { Input, Text, Textarea, View } from '@tarojs/components'
import { Field } from '../../../components/Form'
import { SwitchRow, type SectionProps } from './controls'

/** 收费: free, or the amount and its basis. */
export default function Fee({ draft: d, set, at }: SectionProps) {
  return (
    <>
      <Text className='section-title'>收费</Text>
      <View className='card'>
        <SwitchRow id='item-fee' label='免费办理' checked={d.fee.free} problems={at('fee')} fallback='收费事项须写明收费标准和依据' onChange={(free) => set({ fee: { ...d.fee, free } })} />
        {!d.fee.free ? (
          <>
            <Field id='item-fee-amount' label='收费标准' problems={at('fee.amount')} fallback='不超过100个字'>
              <Input className='admin-form__input' value={d.fee.amount} maxlength={100} placeholder='如 每本10元' onInput={(e) => set({ fee: { ...d.fee, amount: e.detail.value } })} />
            </Field>
            <Field id='item-fee-basis' label='收费依据' problems={at('fee.basis')} fallback='不超过200个字'>
              <Textarea className='admin-form__textarea item-form__textarea item-form__textarea--short' value={d.fee.basis} maxlength={200} autoHeight placeholder='文件名称及文号' onInput={(e) => set({ fee: { ...d.fee, basis: e.detail.value } })} />
            </Field>
          </>
        ) : null}
      </View>
    </>
  )
}
