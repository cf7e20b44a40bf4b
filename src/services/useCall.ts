import { useCallback, useEffect, useRef, useState } from 'react'
import type { ActionOf, ContractFunction, InputOf, OutputOf } from '../domain/contract'
import { asApiError, call, type ApiError, type FunctionName } from './api'

export type Remote<T> =
  | { status: 'loading'; data?: undefined; error?: undefined }
  | { status: 'error'; data?: undefined; error: ApiError }
  | { status: 'ready'; data: T; error?: undefined }

type Loaded<T> = Remote<T> & { reload: () => void }

/** Loads one action's result with the loading / error / ready states every page must show; typed by the contract. */
export function useCall<F extends ContractFunction, A extends ActionOf<F>>(fn: F, action: A, data?: InputOf<F, A>, deps?: unknown[]): Loaded<OutputOf<F, A>>
// The overload above is the type; this signature keeps the untyped shape the transport needs.
export function useCall(fn: FunctionName, action: string, data: any = {}, deps: unknown[] = []): Loaded<unknown> {
  const [state, setState] = useState<Remote<unknown>>({ status: 'loading' })
  const seq = useRef(0)
  const load = useCallback(() => {
    const mine = ++seq.current
    setState({ status: 'loading' })
    ;(call as (fn: FunctionName, action: string, data: object) => Promise<unknown>)(fn, action, data).then(
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
