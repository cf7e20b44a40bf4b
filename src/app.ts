import type { PropsWithChildren } from 'react'
import Taro, { useLaunch } from '@tarojs/taro'
import './app.css'

function App({ children }: PropsWithChildren) {
  useLaunch(() => {
    if (process.env.TARO_ENV === 'weapp') {
      // traceUser off: the hall keeps no visit history of anyone (least necessary).
      Taro.cloud.init({ traceUser: false })
    }
  })
  return children
}

export default App
