import { Text, View } from '@tarojs/components'
import PageShell from '../../components/PageShell'
import { hall } from '../../services/hall'

const SECTIONS: Array<[string, string]> = [
  ['我们收集什么', '只收集办理每项服务所必需的信息：每个事项在表单中逐项列出所需信息及其用途，不需要的一律不收集。浏览办事指南、通知公告无需提供任何个人信息。'],
  ['我们如何保护', '身份证件号码等敏感个人信息加密存储；手机号、证件号在页面和日志中脱敏显示。工作人员和管理员的每一次操作均留有审计记录。'],
  ['保存多久', '各类信息按登记的保存期限保存，到期自动删除或匿名化；法律法规要求留存的办件档案按规定期限保存。'],
  ['您的权利', '您可以在个人中心查看、导出我们持有的您的信息，撤回同意，或删除您的账户数据。'],
  ['联系我们', `${hall.operator}，${hall.contact.address}；服务热线 ${hall.contact.hotline}。`]
]

export default function Privacy() {
  return (
    <PageShell>
      <View className='card'>
        <Text className='card__title'>{hall.name}隐私政策</Text>
        <Text>版本：{hall.privacyPolicyVersion}　主办单位：{hall.sponsor}</Text>
      </View>
      {SECTIONS.map(([title, body]) => (
        <View className='card' key={title}>
          <Text className='card__title'>{title}</Text>
          <Text>{body}</Text>
        </View>
      ))}
    </PageShell>
  )
}
