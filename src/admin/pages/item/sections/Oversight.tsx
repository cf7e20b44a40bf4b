import { Input, Text, Textarea, View } from '@tarojs/components'
import { Field } from '../../../components/Form'
import type { SectionProps } from './controls'

/** 检索与监督: the words citizens search by, and where they complain. */
export default function Oversight({ draft: d, set, at }: SectionProps) {
  return (
    <>
      <Text className='section-title'>检索与监督</Text>
      <View className='card'>
        <Field id='item-keywords' label='检索关键词（选填）' problems={at('keywords', true)} fallback='每个关键词不超过20个字，最多20个' hint='每行一个，群众的常用说法'>
          <Textarea className='admin-form__textarea item-form__textarea item-form__textarea--short' value={d.keywords} maxlength={500} autoHeight placeholder='如 社保卡' onInput={(e) => set({ keywords: e.detail.value })} />
        </Field>
        <Field id='item-complaint' label='监督投诉渠道' problems={at('complaint')} fallback='请填写投诉渠道，不超过100个字'>
          <Input className='admin-form__input' value={d.complaint} maxlength={100} placeholder='如 12345政务服务便民热线' onInput={(e) => set({ complaint: e.detail.value })} />
        </Field>
      </View>
    </>
  )
}
