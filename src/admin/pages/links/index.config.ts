export default definePageConfig({ navigationBarTitleText: '便民入口' })
