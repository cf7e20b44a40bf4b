import { Text, View } from '@tarojs/components'
import { guideUrl, type GuideSummary } from '../../services/guides'
import { open } from '../../services/navigation'
import './index.css'

/** One guide in a list: its name, what it is for, and how it can be done. */
export default function GuideRow({ guide, note }: { guide: GuideSummary; note?: string }) {
  return (
    <View className='guide-row' hoverClass='guide-row--active' onClick={() => open(guideUrl(guide.code))}>
      <Text className='guide-row__name'>{guide.name}</Text>
      <Text className='guide-row__summary'>{guide.summary}</Text>
      <View className='guide-row__tags'>
        <Text className='badge'>{guide.fieldName}</Text>
        {guide.online ? <Text className='badge badge--green'>可网办</Text> : null}
        {guide.bookable ? <Text className='badge'>可预约</Text> : null}
        <Text className='guide-row__meta'>{guide.promisedDays === 0 ? '即办' : `承诺${guide.promisedDays}个工作日`}</Text>
      </View>
      {note ? <Text className='guide-row__note'>{note}</Text> : null}
    </View>
  )
}
