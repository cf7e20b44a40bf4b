import { Text, View } from '@tarojs/components'
import GatedPage from '../../../components/GatedPage'
import { ErrorState, Loading } from '../../../components/StateView'
import { open, openComing } from '../../../services/navigation'
import { useCall } from '../../../services/useCall'

const TASKS = ['受理办件', '答复咨询投诉建议']

export default function StaffHome() {
  return (
    <GatedPage roles={['staff']}>
      <Workbench />
    </GatedPage>
  )
}

function Workbench() {
  const bench = useCall('staff', 'workbench')
  return (
    <>
      {bench.status === 'loading' ? <Loading /> : null}
      {bench.status === 'error' ? <ErrorState error={bench.error} onRetry={bench.reload} /> : null}
      {bench.status === 'ready' ? (
        <>
          <View className='card'>
            <Text className='card__title'>{bench.data.name}，您好</Text>
            <Text>{bench.data.department?.name ?? '未分配部门'}　{bench.data.today}</Text>
          </View>
          <View className='cells'>
            <View className='cell' onClick={() => open('/staff/pages/today/index')}>
              <Text className='cell__label' style={{ fontWeight: 600, color: '#1d4f91' }}>
                今日预约与到场核验
              </Text>
              <Text className='cell__value'>核对预约码</Text>
              <Text className='cell__arrow'>›</Text>
            </View>
          </View>
          <View className='cells'>
            {TASKS.map((task) => (
              <View className='cell' key={task} onClick={() => openComing(task)}>
                <Text className='cell__label'>{task}</Text>
                <Text className='cell__arrow'>›</Text>
              </View>
            ))}
          </View>
        </>
      ) : null}
    </>
  )
}
