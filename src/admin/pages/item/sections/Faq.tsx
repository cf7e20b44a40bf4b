import { Input, Text, Textarea, View } from '@tarojs/components'
import { blankFaq, withFaq, type FaqDraft } from '../../../../domain/guides/item-draft'
import { Field, Problems } from '../../../components/Form'
import type { SectionProps } from './controls'

/** 常见问题: question and answer rows (optional). */
export default function Faq({ draft: d, set, update, at }: SectionProps) {
  const setFaq = (key: number, patch: Partial<FaqDraft>) => update((prev) => withFaq(prev, key, patch))
  return (
    <>
      <Text className='section-title'>常见问题</Text>
      <View className='card'>
        <View id='item-faq' className='admin-form__field'>
          {d.faq.length === 0 ? <Text className='admin-form__hint'>尚未添加常见问题（选填）。</Text> : null}
          {d.faq.map((f, i) => (
            <View className='item-form__row' key={f.key}>
              <Text className='item-form__row-title'>问题 {i + 1}</Text>
              <Field id={`item-faq-${i}-q`} label='问' problems={at(`faq.${i}.q`)} fallback='请填写问题，不超过100个字'>
                <Input className='admin-form__input' value={f.q} maxlength={100} placeholder='群众常问的问题' onInput={(e) => setFaq(f.key, { q: e.detail.value })} />
              </Field>
              <Field id={`item-faq-${i}-a`} label='答' problems={at(`faq.${i}.a`)} fallback='请填写回答，不超过500个字'>
                <Textarea className='admin-form__textarea item-form__textarea item-form__textarea--short' value={f.a} maxlength={500} autoHeight placeholder='回答' onInput={(e) => setFaq(f.key, { a: e.detail.value })} />
              </Field>
              <View className='item-form__remove' onClick={() => set({ faq: d.faq.filter((x) => x.key !== f.key) })}>
                删除问题 {i + 1}
              </View>
            </View>
          ))}
          <View className='item-form__add' onClick={() => set({ faq: [...d.faq, blankFaq()] })}>
            ＋ 添加问答
          </View>
          <Problems list={at('faq')} fallback='常见问题最多20条' />
        </View>
      </View>
    </>
  )
}
