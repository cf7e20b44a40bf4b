import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import PageShell from '../../components/PageShell'
import { hall } from '../../services/hall'

export default function Coming() {
  const params = Taro.getCurrentInstance().router?.params ?? {}
  const title = params.title ? decodeURIComponent(params.title) : '该服务'
  return (
    <PageShell>
      <View className='card'>
        <Text className='card__title'>{title}即将上线</Text>
        <Text>
          线上功能正在建设中。如需办理，请拨打 {hall.contact.hotline} 咨询，或前往 {hall.contact.address} 办理。
        </Text>
      </View>
    </PageShell>
  )
}
