import { useRef } from 'react'
import Taro from '@tarojs/taro'

/**
 * Reloads when the person comes back to this page (from a page it opened, or from another app
 * such as the phone's calendar), so what changed there does not still show here as it was.
 * The first show is the page's own load, which the page's data hook already makes.
 */
export function useReloadOnReturn(reload: () => void): void {
  const hidden = useRef(false)
  // Taro's page hooks are installed by the framework runtime; outside a page (tests) there are none.
  const hooks = Taro as Partial<Pick<typeof Taro, 'useDidShow' | 'useDidHide'>>
  hooks.useDidHide?.(() => {
    hidden.current = true
  })
  hooks.useDidShow?.(() => {
    if (!hidden.current) return
    hidden.current = false
    reload()
  })
}
