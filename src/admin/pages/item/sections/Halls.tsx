import { Text, View } from '@tarojs/components'
import { ErrorState, Loading } from '../../../../components/StateView'
import { hallChoices, toggle } from '../../../../domain/guides/item-draft'
import { useCall } from '../../../../services/useCall'
import { Field } from '../../../components/Form'
import { Chip, type SectionProps } from './controls'

/** 办理大厅: the halls to tick, loaded here because only this section needs them. */
export default function Halls({ draft: d, set, at }: SectionProps) {
  const halls = useCall('admin', 'listHalls')
  const choices = halls.status === 'ready' ? hallChoices(halls.data, d.halls) : []
  return (
    <>
      <Text className='section-title'>办理大厅</Text>
      <View className='card'>
        <Field id='item-halls' label='可办理的大厅' problems={at('halls', true)} fallback='请选择办理大厅' hint='地址、电话和开放时间取自所选大厅'>
          {halls.status === 'loading' ? <Loading label='正在加载大厅…' /> : null}
          {halls.status === 'error' ? <ErrorState error={halls.error} onRetry={halls.reload} /> : null}
          {halls.status === 'ready' && choices.length === 0 ? <Text className='admin-form__hint'>暂无办理大厅，请先录入大厅信息。</Text> : null}
          <View className='chips'>
            {choices.map((h) => (
              <Chip key={h.code} on={d.halls.includes(h.code)} label={h.name} onToggle={() => set({ halls: toggle(d.halls, h.code) })} />
            ))}
          </View>
        </Field>
      </View>
    </>
  )
}
