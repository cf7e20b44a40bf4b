/**
 * WeChat privacy authorization popup (native custom component).
 *
 * Since 2023-09 WeChat blocks privacy-related APIs (clipboard, album, location, phone number…)
 * until the user agrees through a button with open-type="agreePrivacyAuthorization". WeChat calls
 * onNeedPrivacyAuthorization when such an API is used before consent; this component shows the
 * sheet then, and also on first show when getPrivacySetting says consent is still needed.
 */
Component({
  options: { addGlobalClass: false },
  properties: {
    title: { type: String, value: '用户隐私保护提示' }
  },
  data: {
    show: false,
    contractName: '《指尖政务厅隐私保护指引》'
  },
  lifetimes: {
    attached() {
      this.pending = []
      if (typeof wx.onNeedPrivacyAuthorization === 'function') {
        this.listener = (resolve, eventInfo) => {
          this.pending.push(resolve)
          this.setData({ show: true, reason: (eventInfo && eventInfo.referrer) || '' })
        }
        wx.onNeedPrivacyAuthorization(this.listener)
      }
      if (typeof wx.getPrivacySetting === 'function') {
        wx.getPrivacySetting({
          success: (res) => {
            const update = { show: Boolean(res.needAuthorization) }
            if (res.privacyContractName) update.contractName = res.privacyContractName
            this.setData(update)
          }
        })
      }
    },
    detached() {
      if (this.listener && typeof wx.offNeedPrivacyAuthorization === 'function') wx.offNeedPrivacyAuthorization(this.listener)
      this.settle('disagree')
    }
  },
  methods: {
    settle(event) {
      const pending = this.pending || []
      this.pending = []
      pending.forEach((resolve) => resolve(event === 'agree' ? { buttonId: 'privacy-agree', event: 'agree' } : { event: 'disagree' }))
    },
    handleAgree() {
      this.settle('agree')
      this.setData({ show: false })
      this.triggerEvent('agree')
    },
    handleDisagree() {
      this.settle('disagree')
      this.setData({ show: false })
      this.triggerEvent('disagree')
    },
    openContract() {
      if (typeof wx.openPrivacyContract === 'function') wx.openPrivacyContract({})
    }
  }
})
