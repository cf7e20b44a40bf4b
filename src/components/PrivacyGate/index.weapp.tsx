/** In the mini-program the native popup handles WeChat's privacy authorization flow. */
export default function PrivacyGate() {
  return <privacy-popup />
}
