import { Text, View } from '@tarojs/components'
import GatedPage from '../../../components/GatedPage'
import './index.css'
import { open } from '../../../services/navigation'
import { useWhoAmI } from '../../../services/session'

// Members and the audit log have their own pages: both need filters, paging and actions that
// would crowd a console whose job is to lead to them.
export const CONSOLE_ENTRIES = [
  { title: '事项目录', hint: '新建、发布和归档事项', url: '/admin/pages/items/index' },
  { title: '公告管理', hint: '通知公告、政策解读、新闻动态', url: '/admin/pages/notices/index' },
  { title: '便民入口', hint: '首页的便民查询入口', url: '/admin/pages/links/index' },
  { title: '预约管理', hint: '预约规则、闭厅日期、节假日、提醒', url: '/admin/pages/appointments/index' },
  { title: '角色管理', hint: '授予、修改、撤销工作人员与管理员', url: '/admin/pages/members/index' },
  { title: '操作审计', hint: '谁在何时做了什么、结果如何', url: '/admin/pages/audit/index' }
]

export default function AdminHome() {
  return (
    <GatedPage roles={['admin']}>
      <AdminConsole />
    </GatedPage>
  )
}

function AdminConsole() {
  const me = useWhoAmI()
  return (
    <>
      {me.status === 'ready' && me.data.name ? <Text className='section-title'>{me.data.name}，您好</Text> : null}
      <View className='cells'>
      {CONSOLE_ENTRIES.map((e) => (
        <View className='cell admin-console__entry' key={e.url} onClick={() => open(e.url)}>
          <Text className='cell__label'>{e.title}</Text>
          <Text className='cell__value'>{e.hint}</Text>
          <Text className='cell__arrow'>›</Text>
        </View>
      ))}
      </View>
    </>
  )
}
