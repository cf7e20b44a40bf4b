/// <reference types="@tarojs/taro" />

declare module '*.png'
declare module '*.svg'
declare module '*.css'

declare namespace NodeJS {
  interface ProcessEnv {
    NODE_ENV: 'development' | 'production' | 'test'
    TARO_ENV: 'weapp' | 'alipay' | 'h5' | 'tt' | 'swan' | 'qq' | 'jd' | 'harmony' | 'rn'
    TARO_APP_ID: string
  }
}

/** Build-time constants from config/index.ts. */
declare const HALL_CONFIG: import('../config/hall-check').HallConfig
declare const HALL_VERSION: string
declare const HALL_API_BASE: string

declare namespace JSX {
  interface IntrinsicElements {
    /** Native WeChat component (src/components/privacy-popup), weapp only. */
    'privacy-popup': { policyVersion?: string; onAgree?: () => void; onDisagree?: () => void }
  }
}
