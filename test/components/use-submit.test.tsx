/**
 * The one submit pattern of every form (src/services/useSubmit.ts) and the one confirm dialog
 * (src/services/confirm.ts): one request at a time, the pressed button busy, success said,
 * a refusal sent to the form or a toast, and nothing done without a yes.
 */
import { act, renderHook } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { ApiError } from '../../src/services/api'
import { confirm } from '../../src/services/confirm'
import { useSubmit, type RefusalSink } from '../../src/services/useSubmit'

// Taro's H5 build has these as getters-only exports; the tests put their own in place.
let toast: jest.Mock
let modal: jest.Mock
beforeEach(() => {
  toast = jest.fn(async () => ({ errMsg: 'showToast:ok' }))
  modal = jest.fn(async () => ({ confirm: true, cancel: false, errMsg: 'showModal:ok' }))
  Object.assign(Taro, { showToast: toast, showModal: modal })
})

function deferred<T>() {
  let resolve!: (v: T) => void
  let reject!: (e: unknown) => void
  const promise = new Promise<T>((res, rej) => ((resolve = res), (reject = rej)))
  return { promise, resolve, reject }
}

function sink(): RefusalSink & { shown: unknown[]; cleared: number } {
  const s = { shown: [] as unknown[], cleared: 0, clear: () => void s.cleared++, show: (err: unknown) => void s.shown.push(err) }
  return s
}

describe('useSubmit', () => {
  it('should mark the pressed key busy, run the work once however often it is pressed, then say it is done', async () => {
    const form = sink()
    const { result } = renderHook(() => useSubmit<'save' | 'publish'>(form))
    const gate = deferred<string>()
    const work = jest.fn(() => gate.promise)
    const onDone = jest.fn()
    let first!: Promise<string | undefined>
    let second!: Promise<string | undefined>
    act(() => {
      first = result.current.run('save', work, { done: '已保存', onDone })
      second = result.current.run('publish', work, { done: '已发布' })
    })
    expect(result.current.busy).toBe('save')
    expect(form.cleared).toBe(1)
    await act(async () => {
      gate.resolve('row')
      expect(await first).toBe('row')
      expect(await second).toBeUndefined()
    })
    expect(work).toHaveBeenCalledTimes(1)
    expect(onDone).toHaveBeenCalledWith('row')
    expect(toast.mock.calls.map((c) => c[0])).toEqual([{ title: '已保存', icon: 'success' }])
    expect(result.current.busy).toBeNull()
  })

  it("should send a refusal to the form's sink, say nothing of success, and take the next press", async () => {
    const form = sink()
    const { result } = renderHook(() => useSubmit(form))
    const refusal = new ApiError('REQUEST.INVALID', '请按提示修改')
    const onDone = jest.fn()
    await act(async () => {
      expect(await result.current.run('submit', () => Promise.reject(refusal), { done: '已保存', onDone })).toBeUndefined()
    })
    expect([form.shown, onDone.mock.calls.length, toast.mock.calls.length, result.current.busy]).toEqual([[refusal], 0, 0, null])
    await act(async () => {
      expect(await result.current.run('submit', () => Promise.resolve(1))).toBe(1)
    })
  })

  it("should toast a refusal's Chinese message when there is no form, and leave the form alone for a row's own refusal", async () => {
    const bare = renderHook(() => useSubmit()).result
    await act(async () => {
      await bare.current.run('submit', () => Promise.reject(new ApiError('LINK.NOT_FOUND', '该入口不存在或已删除')))
    })
    expect(toast.mock.calls.map((c) => c[0])).toEqual([{ title: '该入口不存在或已删除', icon: 'none' }])

    const form = sink()
    const rowRefused = jest.fn()
    const withForm = renderHook(() => useSubmit(form)).result
    await act(async () => {
      await withForm.current.run('submit', () => Promise.reject(new Error('offline')), { onRefused: rowRefused })
    })
    expect([form.cleared, form.shown.length, rowRefused.mock.calls.length]).toEqual([0, 0, 1])
  })
})

describe('confirm', () => {
  it.each([
    ['a yes', { confirm: true, cancel: false }, true],
    ['a no', { confirm: false, cancel: true }, false]
  ])('should answer %s as the dialog was answered', async (_, answer, expected) => {
    modal.mockResolvedValueOnce({ ...answer, errMsg: 'showModal:ok' })
    expect(await confirm({ title: '删除', content: '确定删除吗？', confirmText: '删除', danger: true })).toBe(expected)
    expect(modal).toHaveBeenCalledWith({ title: '删除', content: '确定删除吗？', confirmText: '删除', cancelText: '取消', confirmColor: '#b42318' })
  })

  it('should take a dialog that could not open as a no, and colour a safe action as the hall does', async () => {
    modal.mockRejectedValueOnce(new Error('no page'))
    expect(await confirm({ title: '发送', content: '确定发送吗？', confirmText: '发送' })).toBe(false)
    expect(modal.mock.calls[0][0]).toMatchObject({ confirmColor: '#1d4f91', cancelText: '取消' })
  })
})
