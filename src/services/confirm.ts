import Taro from '@tarojs/taro'

const DANGER = '#b42318'
const PRIMARY = '#1d4f91'

interface Ask {
  title: string
  content: string
  /** The button that goes ahead; it says what will happen (删除, 撤回, 发送). */
  confirmText: string
  cancelText?: string
  /** Red for what cannot be taken back or takes something away from the public. */
  danger?: boolean
}

/**
 * Asks before an action. A dialog that could not open, or was closed, is a no: nothing that
 * needs asking may happen without a yes.
 */
export function confirm({ title, content, confirmText, cancelText = '取消', danger = false }: Ask): Promise<boolean> {
  return Taro.showModal({ title, content, confirmText, cancelText, confirmColor: danger ? DANGER : PRIMARY }).then(
    (answer) => answer.confirm,
    () => false
  )
}
