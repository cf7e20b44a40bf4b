import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import PageShell from '../../components/PageShell'
import { appVersion, hall } from '../../services/hall'
import { open } from '../../services/navigation'

const rows = (): Array<[string, string]> => [
  ['主办单位', hall.sponsor],
  ['承办（运营）单位', hall.operator],
  ['政务应用备案编号', hall.govAppFilingNo],
  ['小程序备案号', hall.icpFilingNo],
  ['当前版本', appVersion],
  ['隐私政策版本', hall.privacyPolicyVersion],
  ['办公地址', hall.contact.address]
]

export default function About() {
  return (
    <PageShell>
      <View className='card'>
        <Text className='card__title'>{hall.name}</Text>
        <Text>
          {hall.region}一体化政务服务的移动入口，提供办事指南、在线预约、办件查询和咨询投诉建议。本程序只为办事服务：不设任何打榜、考核类功能，不收集与办事无关的信息，不收取任何费用。
        </Text>
      </View>
      <View className='cells'>
        {rows().map(([label, value]) => (
          <View className='cell' key={label}>
            <Text className='cell__label'>{label}</Text>
            <Text className='cell__value'>{value}</Text>
          </View>
        ))}
        <View className='cell' onClick={() => open('/pages/privacy/index')}>
          <Text className='cell__label'>隐私政策</Text>
          <Text className='cell__arrow'>查看 ›</Text>
        </View>
        <View className='cell' onClick={() => Taro.makePhoneCall({ phoneNumber: hall.contact.hotline }).catch(() => undefined)}>
          <Text className='cell__label'>投诉与咨询</Text>
          <Text className='cell__value'>{hall.contact.complaint}</Text>
        </View>
      </View>
    </PageShell>
  )
}
