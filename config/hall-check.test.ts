import { checkHallConfig, type HallConfig } from './hall-check'
import hall from './hall.json'

const valid: HallConfig = {
  name: '指尖政务厅',
  region: '示范市',
  sponsor: '示范市人民政府办公室',
  operator: '示范市政务服务和数据管理局',
  govAppFilingNo: '示范政务应用备20260001号',
  icpFilingNo: '京ICP备2023012345号-1X',
  privacyPolicyVersion: '2026-11-01',
  contact: { hotline: '12345', complaint: '12345热线', address: '人民路1号' }
}

describe('checkHallConfig', () => {
  it('should accept a complete config', () => {
    expect(checkHallConfig(valid)).toEqual([])
  })

  it('should accept the shipped demo config for non-release builds', () => {
    expect(checkHallConfig(hall as HallConfig)).toEqual([])
  })

  it.each([
    ['sponsor', { sponsor: '' }, '缺失'],
    ['sponsor', { sponsor: '   ' }, '缺失'],
    ['sponsor', { sponsor: 'TODO' }, '占位'],
    ['sponsor', { sponsor: '待填写' }, '占位'],
    ['icpFilingNo', { icpFilingNo: 'XXX' }, '占位'],
    ['icpFilingNo', { icpFilingNo: '<备案号>' }, '占位'],
    ['icpFilingNo', { icpFilingNo: '备案中' }, '格式'],
    ['icpFilingNo', { icpFilingNo: '京ICP备123号' }, '格式'],
    ['govAppFilingNo', { govAppFilingNo: undefined }, '缺失'],
    ['contact.hotline', { contact: { hotline: '', complaint: 'x', address: 'y' } }, '缺失']
  ])('should refuse %s given %j', (field, patch, problem) => {
    const problems = checkHallConfig({ ...valid, ...(patch as Partial<HallConfig>) })
    expect(problems).toContainEqual({ field, problem: expect.stringContaining(problem) })
  })

  it('should refuse a missing config entirely', () => {
    expect(checkHallConfig(null).map((p) => p.field)).toContain('sponsor')
  })

  it('should refuse the demo hall for a release build only', () => {
    expect(checkHallConfig({ ...valid, demo: true })).toEqual([])
    expect(checkHallConfig({ ...valid, demo: true }, { release: true })).toEqual([{ field: 'demo', problem: expect.any(String) }])
  })
})
