/**
 * The two pieces every personal-data form is built from: the consent gate and the form of
 * exactly the declared fields. Against the real user function and embedded database.
 */
import { useState } from 'react'
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react'
import ConsentGate from '../../src/components/ConsentGate'
import PersonalFieldsForm from '../../src/components/PersonalFieldsForm'
import type { FieldIssue } from '../../src/domain/errors'
import type { PersonalFieldDeclaration, PersonalFieldKey } from '../../src/domain/personal-fields-meta'
import { schemaFor } from '../../src/domain/personal-fields'
import { setTransport } from '../../src/services/api'
import { invoke, openidOf, seeded } from '../support/hall'

beforeAll(seeded)

const text = () => (document.body.textContent ?? '').replace(/\s+/g, '')

describe('ConsentGate', () => {
  it('should show the consent screen until the citizen agrees, then the form', async () => {
    const who = { openid: 'o_gate_citizen_01' }
    setTransport(async (fn, payload) => (await invoke(fn, payload, openidOf(who))).envelope)
    render(
      <ConsentGate purpose='service'>
        <span>预约表单</span>
      </ConsentGate>
    )
    expect(await screen.findByText('使用前请阅读并同意')).toBeTruthy()
    expect(screen.queryByText('预约表单')).toBeNull()
    expect(text()).toContain('办理您选择的政务服务')
    fireEvent.click(screen.getByText('同意并继续'))
    expect(await screen.findByText('预约表单')).toBeTruthy()
  })
})

describe('PersonalFieldsForm', () => {
  const counter: PersonalFieldDeclaration[] = [
    { key: 'name', purpose: '窗口核对预约人' },
    { key: 'mobile', purpose: '预约变动时短信通知您' }
  ]

  function Harness({ issues }: { issues?: FieldIssue[] }) {
    const [values, setValues] = useState<Partial<Record<PersonalFieldKey, string>>>({})
    return (
      <>
        <PersonalFieldsForm declaration={counter} values={values} onChange={setValues} issues={issues} />
        <span data-testid='values'>{JSON.stringify(values)}</span>
      </>
    )
  }

  it('should ask exactly the declared fields, each with its purpose', () => {
    render(<Harness />)
    expect(text()).toContain('姓名')
    expect(text()).toContain('用途：窗口核对预约人')
    expect(text()).toContain('用途：预约变动时短信通知您')
    expect(text()).not.toContain('身份证')
    expect(document.querySelectorAll('.pf__input')).toHaveLength(2)
  })

  it('should collect what is typed into the declared keys', async () => {
    render(<Harness />)
    const [name, mobile] = Array.from(document.querySelectorAll('.pf__input'))
    await act(async () => {
      name.dispatchEvent(new CustomEvent('input', { detail: { value: '张三' }, bubbles: true }))
    })
    await act(async () => {
      mobile.dispatchEvent(new CustomEvent('input', { detail: { value: '13812345678' }, bubbles: true }))
    })
    await waitFor(() => expect(JSON.parse(screen.getByTestId('values').textContent ?? '{}')).toEqual({ name: '张三', mobile: '13812345678' }))
    expect(schemaFor(counter).safeParse(JSON.parse(screen.getByTestId('values').textContent ?? '{}')).success).toBe(true)
  })

  it("should show the function's problem beside the field it concerns", () => {
    render(<Harness issues={[{ path: 'mobile', message: '请填写11位手机号码' }]} />)
    const field = screen.getByText('请填写11位手机号码').closest('.pf__field')
    expect(field?.textContent).toContain('手机号码')
  })
})
