/**
 * The native privacy authorization popup in miniprogram-simulate, compiled by WeChat's own wcc.
 * The wx.* functions below stand for the WeChat platform, which has no headless build here.
 */
import path from 'node:path'
const simulate = require('miniprogram-simulate')

const COMPONENT = path.resolve(__dirname, '..', '..', 'src', 'components', 'privacy-popup', 'index')

type Resolve = (r: { event: string; buttonId?: string }) => void

function platform(needAuthorization: boolean) {
  const listeners: Array<(resolve: Resolve, info: unknown) => void> = []
  const wx = {
    getPrivacySetting: jest.fn(({ success }: { success: (r: object) => void }) => success({ needAuthorization, privacyContractName: '《示范隐私保护指引》' })),
    onNeedPrivacyAuthorization: jest.fn((fn: (resolve: Resolve, info: unknown) => void) => listeners.push(fn)),
    offNeedPrivacyAuthorization: jest.fn(),
    openPrivacyContract: jest.fn()
  }
  Object.assign((globalThis as unknown as { wx: object }).wx, wx)
  return { wx, listeners }
}

// simulate registers a path once per module registry; every test renders that one definition.
let id: string
beforeAll(() => {
  id = simulate.load(COMPONENT)
})

function mount() {
  const comp = simulate.render(id)
  const parent = document.createElement('parent-wrapper')
  comp.attach(parent)
  return comp
}

const visible = (comp: { querySelector: (s: string) => unknown }) => comp.querySelector('.sheet') !== undefined

describe('privacy-popup', () => {
  it('should show the sheet when WeChat says authorization is needed', () => {
    platform(true)
    const comp = mount()
    expect(visible(comp)).toBe(true)
    expect(comp.dom.textContent).toContain('《示范隐私保护指引》')
  })

  it('should stay hidden when authorization is not needed', () => {
    platform(false)
    const comp = mount()
    expect(visible(comp)).toBe(false)
  })

  it('should resolve WeChat\'s pending request with agree, hide and emit agree', async () => {
    const { listeners } = platform(false)
    const comp = mount()
    const resolve = jest.fn()
    listeners[0](resolve, { referrer: 'pages/mine/index' })
    await simulate.sleep(0)
    expect(visible(comp)).toBe(true)
    const agreed = jest.fn()
    comp.addEventListener('agree', agreed)
    comp.querySelector('#privacy-agree').dispatchEvent('agreeprivacyauthorization')
    await simulate.sleep(0)
    expect(resolve).toHaveBeenCalledWith({ buttonId: 'privacy-agree', event: 'agree' })
    expect(agreed).toHaveBeenCalled()
    expect(visible(comp)).toBe(false)
  })

  it('should resolve with disagree when the citizen declines', async () => {
    const { listeners } = platform(false)
    const comp = mount()
    const resolve = jest.fn()
    listeners[0](resolve, {})
    await simulate.sleep(0)
    comp.querySelector('#privacy-disagree').dispatchEvent('tap')
    await simulate.sleep(0)
    expect(resolve).toHaveBeenCalledWith({ event: 'disagree' })
    expect(visible(comp)).toBe(false)
  })

  it('should open the privacy contract from the link', async () => {
    const { wx } = platform(true)
    const comp = mount()
    comp.querySelector('.link').dispatchEvent('tap')
    await simulate.sleep(0)
    expect(wx.openPrivacyContract).toHaveBeenCalled()
  })

  it('should unregister its listener when detached', () => {
    const { wx } = platform(true)
    const comp = mount()
    comp.detach()
    expect(wx.offNeedPrivacyAuthorization).toHaveBeenCalledWith(wx.onNeedPrivacyAuthorization.mock.calls[0][0])
  })
})
