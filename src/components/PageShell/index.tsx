import type { ReactNode } from 'react'
import { View } from '@tarojs/components'
import HallFooter from '../HallFooter'
import PrivacyGate from '../PrivacyGate'
import './index.css'

interface PageShellProps {
  children: ReactNode
  /** Pages that collect personal data ask for WeChat privacy authorization first. */
  privacy?: boolean
}

/** The frame of every page: content, then the sponsor and filing footer. */
export default function PageShell({ children, privacy = false }: PageShellProps) {
  return (
    <View className='page'>
      <View className='page__body'>{children}</View>
      <HallFooter />
      {privacy ? <PrivacyGate /> : null}
    </View>
  )
}
