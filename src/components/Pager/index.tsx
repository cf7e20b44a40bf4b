import { Text, View } from '@tarojs/components'
import './index.css'

interface PagerProps {
  page: number
  total: number
  hasMore: boolean
  unit?: string
  onChange(page: number): void
}

export default function Pager({ page, total, hasMore, unit = '条', onChange }: PagerProps) {
  return (
    <View className='pager'>
      <View className={`pager__btn ${page <= 1 ? 'pager__btn--disabled' : ''}`} aria-disabled={page <= 1} onClick={() => page > 1 && onChange(page - 1)}>
        上一页
      </View>
      <Text className='pager__info'>
        第 {page} 页 · 共 {total} {unit}
      </Text>
      <View className={`pager__btn ${hasMore ? '' : 'pager__btn--disabled'}`} aria-disabled={!hasMore} onClick={() => hasMore && onChange(page + 1)}>
        下一页
      </View>
    </View>
  )
}
