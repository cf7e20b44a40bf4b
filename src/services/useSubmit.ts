import { useRef, useState } from 'react'
import Taro from '@tarojs/taro'
import { asApiError } from './api'

/** Where a refusal goes: a form's banner and fields (useProblems), or only a toast when omitted. */
export interface RefusalSink {
  clear(): void
  show(err: unknown): void
}

interface RunOptions<T> {
  /** The toast of success, in the words of what happened (已保存, 已发布). */
  done?: string
  onDone?: (result: T) => void | Promise<void>
  /** Instead of the form's sink, for a refusal that belongs to no field (a row's delete button). */
  onRefused?: (err: unknown) => void
}

/** A refusal as a toast: its Chinese message, for what has no form to show it in. */
export function toastRefusal(err: unknown): void {
  Taro.showToast({ title: asApiError(err).message, icon: 'none' })
}

/**
 * The busy / toast / refusal pattern of every form, once: one request at a time (a second tap
 * while one is on its way does nothing), the pressed button shows it is busy and the others
 * wait, success says so, a refusal goes to the form or, without one, to a toast.
 */
export function useSubmit<K extends string = 'submit'>(sink?: RefusalSink) {
  const [busy, setBusy] = useState<K | null>(null)
  // State updates are not seen until the next render; a double tap must see the first at once.
  const inFlight = useRef(false)

  async function run<T>(key: K, work: () => Promise<T>, { done, onDone, onRefused }: RunOptions<T> = {}): Promise<T | undefined> {
    if (inFlight.current) return undefined
    inFlight.current = true
    setBusy(key)
    // The form's old problems go when the form is sent again, not when a row's button is pressed.
    if (!onRefused) sink?.clear()
    let result: T
    try {
      result = await work()
    } catch (err) {
      if (onRefused) onRefused(err)
      else if (sink) sink.show(err)
      else toastRefusal(err)
      return undefined
    } finally {
      inFlight.current = false
      setBusy(null)
    }
    if (done) Taro.showToast({ title: done, icon: 'success' })
    await onDone?.(result)
    return result
  }

  return { busy, run }
}
