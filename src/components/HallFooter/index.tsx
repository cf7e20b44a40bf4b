import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { hall } from '../../services/hall'
import './index.css'

/** Sponsor and filing numbers: required on every page by the 2026 measures. */
export default function HallFooter() {
  return (
    <View className='hall-footer' aria-label='主办与备案信息'>
      <Text className='hall-footer__line'>主办单位：{hall.sponsor}</Text>
      <Text className='hall-footer__line'>承办单位：{hall.operator}</Text>
      <Text className='hall-footer__line'>{hall.icpFilingNo}</Text>
      <Text className='hall-footer__line'>政务应用备案：{hall.govAppFilingNo}</Text>
      <Text className='hall-footer__link' onClick={() => Taro.navigateTo({ url: '/pages/about/index' })}>
        关于我们 · 服务热线 {hall.contact.hotline}
      </Text>
      {hall.demo ? <Text className='hall-footer__demo'>演示版：以上为示例信息，非真实政务服务</Text> : null}
    </View>
  )
}
