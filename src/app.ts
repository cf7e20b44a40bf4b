import type { PropsWithChildren } from 'react'
import Taro, { useLaunch } from '@tarojs/taro'
import './app.css'

function App({ children }: PropsWithChildren) {
  useLaunch(() => {
    if (process.env.TARO_ENV === 'weapp') {
      // traceUser off: the hall records no visit history (least necessary; no online-time tracking).
      Taro.cloud.init({ traceUser: false })
    }
  })
  return children
}

export default App
