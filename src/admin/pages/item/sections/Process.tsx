import { Input, Text, Textarea, View } from '@tarojs/components'
import { Field } from '../../../components/Form'
import { SwitchRow, type SectionProps } from './controls'

/** 办理流程与时限: steps, the legal and promised limits, visits, online and booking. */
export default function Process({ draft: d, set, at }: SectionProps) {
  return (
    <>
      <Text className='section-title'>办理流程与时限</Text>
      <View className='card'>
        <Field id='item-steps' label='办理流程' problems={at('steps', true)} fallback='每步不超过200个字，最多20步' hint='每行一步，按先后顺序'>
          <Textarea className='admin-form__textarea item-form__textarea' value={d.steps} maxlength={4000} autoHeight placeholder='每行填写一个步骤' onInput={(e) => set({ steps: e.detail.value })} />
        </Field>
        <Field id='item-legalDays' label='法定办结时限（工作日）' problems={at('legalDays')} fallback='请填写0至365之间的整数'>
          <Input className='admin-form__input admin-form__input--number' type='number' value={d.legalDays} maxlength={3} placeholder='0 表示即办' onInput={(e) => set({ legalDays: e.detail.value })} />
        </Field>
        <Field id='item-promisedDays' label='承诺办结时限（工作日）' problems={at('promisedDays')} fallback='请填写0至365之间的整数' hint='不能超过法定时限'>
          <Input className='admin-form__input admin-form__input--number' type='number' value={d.promisedDays} maxlength={3} placeholder='0 表示即办' onInput={(e) => set({ promisedDays: e.detail.value })} />
        </Field>
        <Field id='item-visits' label='到现场次数' problems={at('visits')} fallback='请填写0至5之间的整数' hint='0 表示全程网办、不用跑'>
          <Input className='admin-form__input admin-form__input--number' type='number' value={d.visits} maxlength={1} placeholder='如 1' onInput={(e) => set({ visits: e.detail.value })} />
        </Field>
        <SwitchRow id='item-online' label='可网上办理' checked={d.online} problems={at('online')} onChange={(online) => set({ online })} />
        <SwitchRow id='item-bookable' label='可预约到大厅办理' checked={d.bookable} problems={at('bookable')} onChange={(bookable) => set({ bookable })} />
      </View>
    </>
  )
}
