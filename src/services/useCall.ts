import { useCallback, useEffect, useRef, useState } from 'react'
import { asApiError, call, type ApiError, type FunctionName } from './api'

export type Remote<T> =
  | { status: 'loading'; data?: undefined; error?: undefined }
  | { status: 'error'; data?: undefined; error: ApiError }
  | { status: 'ready'; data: T; error?: undefined }

/** Loads one action's result with the loading / error / ready states every page must show. */
export function useCall<T>(fn: FunctionName, action: string, data: object = {}, deps: unknown[] = []) {
  const [state, setState] = useState<Remote<T>>({ status: 'loading' })
  const seq = useRef(0)
  const load = useCallback(() => {
    const mine = ++seq.current
    setState({ status: 'loading' })
    call<T>(fn, action, data).then(
      (result) => mine === seq.current && setState({ status: 'ready', data: result }),
      (err: unknown) => mine === seq.current && setState({ status: 'error', error: asApiError(err) })
    )
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [fn, action, JSON.stringify(data), ...deps])
  useEffect(() => {
    load()
  }, [load])
  return { ...state, reload: load }
}
