/**
 * Outside WeChat there is no platform privacy authorization to satisfy; the hall's own consent
 * record (policy version, purposes, time) is asked where personal data is first collected.
 */
export default function PrivacyGate() {
  return null
}
