import { Input, Text, Textarea, View } from '@tarojs/components'
import { blankMaterial, MATERIAL_KINDS, toggle, withMaterial, type MaterialDraft } from '../../../../domain/guides/item-draft'
import { Field, fieldClass, Problems } from '../../../components/Form'
import { Chip, type SectionProps } from './controls'

/** 受理条件与申请材料: conditions one per line, then the materials as rows. */
export default function Materials({ draft: d, set, update, at }: SectionProps) {
  const setMaterial = (key: number, patch: Partial<MaterialDraft>) => update((prev) => withMaterial(prev, key, patch))
  return (
    <>
      <Text className='section-title'>受理条件与申请材料</Text>
      <View className='card'>
        <Field id='item-conditions' label='受理条件' problems={at('conditions', true)} fallback='每条不超过300个字，最多20条' hint='每行一条'>
          <Textarea className='admin-form__textarea item-form__textarea' value={d.conditions} maxlength={6000} autoHeight placeholder='每行填写一条受理条件' onInput={(e) => set({ conditions: e.detail.value })} />
        </Field>
        <View id='item-materials' className={fieldClass(at('materials'))}>
          <Text className='admin-form__label'>申请材料</Text>
          {d.materials.length === 0 ? <Text className='admin-form__hint'>尚未添加材料；无需材料的事项可不填。</Text> : null}
          {d.materials.map((m, i) => (
            <View className='item-form__row' key={m.key}>
              <Text className='item-form__row-title'>材料 {i + 1}</Text>
              <Field id={`item-material-${i}-name`} label='材料名称' problems={at(`materials.${i}.name`)} fallback='请填写材料名称，不超过80个字'>
                <Input className='admin-form__input' value={m.name} maxlength={80} placeholder='如 居民身份证' onInput={(e) => setMaterial(m.key, { name: e.detail.value })} />
              </Field>
              <Field id={`item-material-${i}-form`} label='材料形式' problems={at(`materials.${i}.form`, true)} fallback='请选择原件、复印件或电子件'>
                <View className='chips'>
                  {MATERIAL_KINDS.map((k) => (
                    <Chip key={k.code} on={m.form.includes(k.code)} label={k.label} onToggle={() => setMaterial(m.key, { form: toggle(m.form, k.code) })} />
                  ))}
                </View>
              </Field>
              <Field id={`item-material-${i}-copies`} label='份数' problems={at(`materials.${i}.copies`)} fallback='请填写1至20之间的整数'>
                <Input className='admin-form__input admin-form__input--number' type='number' value={m.copies} maxlength={2} placeholder='1' onInput={(e) => setMaterial(m.key, { copies: e.detail.value })} />
              </Field>
              <Field id={`item-material-${i}-note`} label='备注（选填）' problems={at(`materials.${i}.note`)} fallback='备注不超过200个字'>
                <Input className='admin-form__input' value={m.note} maxlength={200} placeholder='如 需在有效期内' onInput={(e) => setMaterial(m.key, { note: e.detail.value })} />
              </Field>
              <View className='item-form__remove' onClick={() => set({ materials: d.materials.filter((x) => x.key !== m.key) })}>
                删除材料 {i + 1}
              </View>
            </View>
          ))}
          <View className='item-form__add' onClick={() => set({ materials: [...d.materials, blankMaterial()] })}>
            ＋ 添加材料
          </View>
          <Problems list={at('materials')} fallback='材料最多40项' />
        </View>
      </View>
    </>
  )
}
