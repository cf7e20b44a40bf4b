export default definePageConfig({ navigationBarTitleText: '公告编辑' })
