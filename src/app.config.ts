const isH5 = process.env.TARO_ENV === 'h5'
const isWeapp = process.env.TARO_ENV === 'weapp'

export default defineAppConfig({
  pages: [
    'pages/index/index',
    'pages/about/index',
    'pages/privacy/index',
    'pages/mine/index',
    'pages/my-data/index',
    'pages/coming/index',
    'pages/guides/index',
    'pages/guide/index',
    'pages/notices/index',
    'pages/notice/index',
    'pages/favourites/index',
    // Local sign-in with seeded personas exists only in the H5 build the local hall serves.
    ...(isH5 ? ['pages/dev-login/index'] : [])
  ],
  subPackages: [
    { root: 'appointment', name: 'appointment', pages: ['pages/book/index', 'pages/mine/index', 'pages/detail/index'] },
    { root: 'staff', name: 'staff', pages: ['pages/index/index', 'pages/today/index'] },
    { root: 'admin', name: 'admin', pages: ['pages/index/index', 'pages/items/index', 'pages/item/index', 'pages/notices/index', 'pages/notice/index', 'pages/links/index', 'pages/appointments/index', 'pages/members/index', 'pages/audit/index'] }
  ],
  window: {
    backgroundTextStyle: 'dark',
    navigationBarBackgroundColor: '#1d4f91',
    navigationBarTitleText: '指尖政务厅',
    navigationBarTextStyle: 'white',
    backgroundColor: '#f2f3f5'
  },
  ...(isWeapp ? { usingComponents: { 'privacy-popup': 'components/privacy-popup/index' }, __usePrivacyCheck__: true } : {}),
  lazyCodeLoading: 'requiredComponents'
})
