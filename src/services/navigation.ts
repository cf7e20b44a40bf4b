import Taro from '@tarojs/taro'

/** Features still being built open one honest page instead of a dead button. */
export function openComing(title: string) {
  return Taro.navigateTo({ url: `/pages/coming/index?title=${encodeURIComponent(title)}` })
}

export function open(url: string) {
  return Taro.navigateTo({ url })
}
