export default definePageConfig({ navigationBarTitleText: '指尖政务厅' })
