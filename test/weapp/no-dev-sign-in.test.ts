/** The local sign-in exists only in the local hall: no mini-program build may contain it. */
import fs from 'node:fs'
import path from 'node:path'

const DIST = path.resolve(__dirname, '..', '..', 'dist')

function files(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(path.join(dir, e.name)) : [path.join(dir, e.name)]))
}

describe('weapp build', () => {
  it('should have no local sign-in page or session endpoint', () => {
    if (!fs.existsSync(path.join(DIST, 'app.json'))) throw new Error('dist/ is missing: run npm run build:weapp first')
    const app = JSON.parse(fs.readFileSync(path.join(DIST, 'app.json'), 'utf8'))
    expect(app.pages).toContain('pages/index/index')
    expect(app.pages.some((p: string) => p.includes('dev-login'))).toBe(false)
    const offending = files(DIST).filter((f) => /dev\/session|dev-login|本地演示登录/.test(fs.readFileSync(f, 'utf8')))
    expect(offending).toEqual([])
  })
})
