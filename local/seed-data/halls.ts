/**
 * Demo service halls of 示范市. Opening hours are structured because appointment slots are computed
 * from them; hoursText is what a citizen reads and must say the same thing.
 */
import type { z } from 'zod'
import type { hallSchema } from '../../src/domain/halls/hall'

export type HallInput = z.input<typeof hallSchema>

const WORKDAY_PERIODS = [
  { from: '09:00', to: '12:00' },
  { from: '13:30', to: '17:00' }
]

export const HALLS: HallInput[] = [
  {
    code: 'H01',
    name: '示范市市民中心政务服务大厅',
    address: '示范市人民路1号市民中心A座1-3楼',
    phone: '0571-87001234',
    // Periods apply to every open day, so the Saturday service is full-day, not morning only.
    weekdays: [1, 2, 3, 4, 5, 6],
    periods: WORKDAY_PERIODS,
    hoursText: '周一至周六 9:00-12:00，13:30-17:00（周六正常办理，法定节假日除外）',
    transit: '地铁1号线市民中心站C口出，步行约200米；公交12路、35路、K102路人民路市民中心站'
  },
  {
    code: 'H02',
    name: '示范市东城区政务服务中心',
    address: '示范市东城区东湖路188号',
    phone: '0571-86502345',
    weekdays: [1, 2, 3, 4, 5],
    periods: WORKDAY_PERIODS,
    hoursText: '周一至周五 9:00-12:00，13:30-17:00（法定节假日除外）',
    transit: '地铁2号线东湖路站B口出，步行约300米；公交8路、56路东城区政府站'
  },
  {
    code: 'H03',
    name: '示范市西城区政务服务中心',
    address: '示范市西城区文昌路66号西城区行政服务楼1楼',
    phone: '0571-85603456',
    weekdays: [1, 2, 3, 4, 5],
    periods: WORKDAY_PERIODS,
    hoursText: '周一至周五 9:00-12:00，13:30-17:00（法定节假日除外）',
    transit: '地铁1号线文昌路站A口出，步行约150米；公交21路、73路文昌路口站'
  },
  {
    code: 'H04',
    name: '示范市不动产登记中心',
    address: '示范市西城区江滨大道289号自然资源大楼1楼',
    phone: '0571-85708888',
    weekdays: [1, 2, 3, 4, 5],
    periods: [
      { from: '09:00', to: '12:00' },
      { from: '13:00', to: '17:00' }
    ],
    hoursText: '周一至周五 9:00-12:00，13:00-17:00（法定节假日除外）',
    transit: '公交5路、19路、K220路江滨大道站；大楼东侧设办事群众停车场'
  },
  {
    code: 'H05',
    name: '示范市公安局出入境接待大厅',
    address: '示范市东城区解放东路99号',
    phone: '0571-86809110',
    weekdays: [1, 2, 3, 4, 5],
    periods: WORKDAY_PERIODS,
    hoursText: '周一至周五 9:00-12:00，13:30-17:00（法定节假日除外；自助签注机24小时开放）',
    transit: '地铁2号线解放东路站D口出，步行约100米；公交8路、66路解放东路站'
  }
]
