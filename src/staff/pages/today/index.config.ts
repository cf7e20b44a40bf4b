export default definePageConfig({ navigationBarTitleText: '今日预约 · 到场核验' })
