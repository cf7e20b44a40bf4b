/**
 * `npm run size`: builds the hall and an empty Taro 4 React app the same way (the framework's
 * floor), then prints the weapp main package, each subpackage and the gzipped H5 JavaScript.
 * WeChat limits the main package to 2 MB, each subpackage to 2 MB and the whole to 20 MB.
 */
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import zlib from 'node:zlib'

const ROOT = path.resolve(__dirname, '..')
const TARO = require.resolve('@tarojs/cli/bin/taro')

function walk(dir: string): string[] {
  if (!fs.existsSync(dir)) return []
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(path.join(dir, e.name)) : [path.join(dir, e.name)]))
}

const bytes = (files: string[]) => files.reduce((n, f) => n + fs.statSync(f).size, 0)
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`

function measure(project: string, weappDir: string, h5Dir: string) {
  const app = JSON.parse(fs.readFileSync(path.join(weappDir, 'app.json'), 'utf8'))
  const roots: string[] = (app.subPackages ?? app.subpackages ?? []).map((p: { root: string }) => p.root)
  const files = walk(weappDir).filter((f) => !/\.(map|LICENSE\.txt)$/.test(f) && !f.endsWith('project.config.json'))
  const inRoot = (f: string, root: string) => path.relative(weappDir, f).startsWith(`${root}/`)
  const sub = Object.fromEntries(roots.map((r) => [r, bytes(files.filter((f) => inRoot(f, r)))]))
  const main = bytes(files.filter((f) => !roots.some((r) => inRoot(f, r))))
  const h5js = walk(h5Dir).filter((f) => f.endsWith('.js'))
  const h5gz = h5js.reduce((n, f) => n + zlib.gzipSync(fs.readFileSync(f), { level: 9 }).length, 0)
  return { project, main, sub, h5gz }
}

function build(cwd: string, type: 'weapp' | 'h5', outputRoot: string) {
  execFileSync(process.execPath, [TARO, 'build', '--type', type], { cwd, stdio: 'ignore', env: { ...process.env, NODE_ENV: 'production', TARO_OUTPUT_ROOT: outputRoot } })
}

/** The smallest Taro 4 React app: one page with one View, same config and versions as the hall. */
function makeFloor(dir: string) {
  fs.rmSync(dir, { recursive: true, force: true })
  fs.mkdirSync(path.join(dir, 'src', 'pages', 'index'), { recursive: true })
  fs.mkdirSync(path.join(dir, 'config'), { recursive: true })
  fs.symlinkSync(path.join(ROOT, 'node_modules'), path.join(dir, 'node_modules'))
  fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: 'taro-floor', version: '0.0.0', private: true, browserslist: ['defaults and fully supports es6-module', 'maintained node versions'] }))
  fs.copyFileSync(path.join(ROOT, 'babel.config.js'), path.join(dir, 'babel.config.js'))
  fs.copyFileSync(path.join(ROOT, 'src', 'index.html'), path.join(dir, 'src', 'index.html'))
  fs.writeFileSync(
    path.join(dir, 'config', 'index.js'),
    `module.exports = { projectName: 'floor', designWidth: 750, deviceRatio: { 640: 1.17, 750: 1, 375: 2, 828: 0.905 }, sourceRoot: 'src', outputRoot: process.env.TARO_OUTPUT_ROOT, framework: 'react', compiler: 'webpack5', cache: { enable: false }, mini: {}, h5: { publicPath: '/', staticDirectory: 'static', router: { mode: 'hash' } } }\n`
  )
  fs.writeFileSync(path.join(dir, 'src', 'app.config.js'), `export default defineAppConfig({ pages: ['pages/index/index'] })\n`)
  fs.writeFileSync(path.join(dir, 'src', 'app.js'), `export default function App({ children }) { return children }\n`)
  fs.writeFileSync(path.join(dir, 'src', 'pages', 'index', 'index.jsx'), `import { View } from '@tarojs/components'\nexport default function Index() { return <View>floor</View> }\n`)
}

function main() {
  const tmp = path.join(ROOT, '.temp', 'size')
  fs.mkdirSync(tmp, { recursive: true })
  build(ROOT, 'weapp', path.join(tmp, 'hall-weapp'))
  build(ROOT, 'h5', path.join(tmp, 'hall-h5'))
  const floorDir = path.join(tmp, 'floor')
  makeFloor(floorDir)
  build(floorDir, 'weapp', path.join(tmp, 'floor-weapp'))
  build(floorDir, 'h5', path.join(tmp, 'floor-h5'))
  const rows = [measure('指尖政务厅', path.join(tmp, 'hall-weapp'), path.join(tmp, 'hall-h5')), measure('empty Taro 4 React app', path.join(tmp, 'floor-weapp'), path.join(tmp, 'floor-h5'))]
  for (const r of rows) {
    const subs = Object.entries(r.sub).map(([k, v]) => `${k} ${kb(v)}`).join(', ') || '-'
    console.log(`${r.project.padEnd(24)} weapp main ${kb(r.main).padStart(10)}  subpackages: ${subs}  h5 js (gzip) ${kb(r.h5gz)}`)
  }
  const [hall, floor] = rows
  console.log(JSON.stringify({ weappMainBytes: hall.main, weappSubpackageBytes: hall.sub, h5JsGzipBytes: hall.h5gz, floorWeappMainBytes: floor.main, floorH5JsGzipBytes: floor.h5gz, weappMainLimitBytes: 2 * 1024 * 1024 }))
}

main()
