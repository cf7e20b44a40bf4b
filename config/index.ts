import { defineConfig, type UserConfigExport } from '@tarojs/cli'
import { loadHallConfig } from './load-hall'
import devConfig from './dev'
import prodConfig from './prod'
import pkg from '../package.json'

export default defineConfig<'webpack5'>(async (merge) => {
  const production = process.env.NODE_ENV === 'production'
  // Every page shows the sponsor and filing number (国办函〔2026〕12号): a production build with
  // them missing or left as placeholders stops here. HALL_RELEASE=1 also refuses the demo hall.
  const hall = loadHallConfig({ strict: production, release: process.env.HALL_RELEASE === '1' })

  const baseConfig: UserConfigExport<'webpack5'> = {
    projectName: 'fingertip-hall',
    date: '2026-11-22',
    designWidth: 750,
    deviceRatio: { 640: 2.34 / 2, 750: 1, 375: 2, 828: 1.81 / 2 },
    sourceRoot: 'src',
    outputRoot: process.env.TARO_OUTPUT_ROOT || (process.env.TARO_ENV === 'h5' ? 'dist-h5' : process.env.TARO_ENV === 'weapp' ? 'dist' : `dist-${process.env.TARO_ENV}`),
    plugins: [],
    defineConstants: {
      HALL_CONFIG: JSON.stringify(hall),
      HALL_VERSION: JSON.stringify(pkg.version),
      // The H5 build talks to the gateway of whichever origin serves it.
      HALL_API_BASE: JSON.stringify(process.env.HALL_API_BASE || '/api')
    },
    copy: {
      // The native privacy popup is plain WXML/JS: copied as is, and only WeChat has it.
      patterns: process.env.TARO_ENV === 'weapp' ? [{ from: 'src/components/privacy-popup/', to: 'dist/components/privacy-popup/' }] : [],
      options: {}
    },
    framework: 'react',
    compiler: 'webpack5',
    cache: { enable: false },
    mini: {
      postcss: {
        pxtransform: { enable: true, config: {} },
        cssModules: { enable: false, config: { namingPattern: 'module', generateScopedName: '[name]__[local]___[hash:base64:5]' } }
      }
    },
    h5: {
      publicPath: '/',
      staticDirectory: 'static',
      router: { mode: 'hash' },
      output: { filename: 'js/[name].[hash:8].js', chunkFilename: 'js/[name].[chunkhash:8].js' },
      miniCssExtractPluginOption: { ignoreOrder: true, filename: 'css/[name].[hash].css', chunkFilename: 'css/[name].[chunkhash].css' },
      postcss: {
        autoprefixer: { enable: true, config: {} },
        cssModules: { enable: false, config: { namingPattern: 'module', generateScopedName: '[name]__[local]___[hash:base64:5]' } }
      }
    }
  }
  if (process.env.NODE_ENV === 'development') return merge({}, baseConfig, devConfig)
  return merge({}, baseConfig, prodConfig)
})
