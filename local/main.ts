/**
 * `npm start`: the local hall on loopback. For development and demonstration only; production
 * runs the same functions on CloudBase.
 */
import fs from 'node:fs'
import path from 'node:path'
import { createHallServer } from './server'
import { loadBuiltFunction } from './runtime'
import { database, dataDir } from './sdk'
import { seed } from './seed'
import { acquireDataDir } from './lock'
import { ensureLocalDataKey } from './data-key'
import { startScheduler } from './scheduler'

async function main() {
  const dir = dataDir()
  acquireDataDir(dir)
  const keySource = ensureLocalDataKey(dir)
  const db = database()
  const seeded = await seed(db)
  const port = Number(process.env.PORT || 12345)
  const host = process.env.HOST || '127.0.0.1'
  const staticDir = path.resolve(__dirname, '..', 'dist-h5')
  if (!fs.existsSync(path.join(staticDir, 'index.html'))) console.warn('[hall] dist-h5 is missing: run npm run build:h5 first')
  const hosts = (process.env.HALL_HOSTS || '').split(',').map((h) => h.trim()).filter(Boolean)
  const server = createHallServer({ dataDir: dir, staticDir, load: loadBuiltFunction, hosts })
  // The functions' timer triggers, as CloudBase runs them from each config.json (Beijing time).
  const scheduler = startScheduler({
    root: path.resolve(__dirname, '..', 'cloudfunctions'),
    load: loadBuiltFunction,
    onRun: (t, envelope) => console.log(`[hall] 定时任务 ${t.fn}/${t.trigger}：${JSON.stringify(envelope)}`)
  })
  server.listen(port, host, () => {
    const address = server.address()
    const actualPort = address && typeof address === 'object' ? address.port : port
    console.log('')
    console.log('  指尖政务厅 · 本地演示环境（仅用于开发和演示，正式服务运行在云开发 CloudBase）')
    console.log(`  数据目录：${dir}${seeded ? '（已载入演示数据）' : ''}`)
    console.log(`  打开：http://${host === '0.0.0.0' ? '127.0.0.1' : host}:${actualPort}/`)
    console.log(`  加密密钥：${keySource === 'environment' ? '取自环境变量 HALL_DATA_KEY' : `开发用密钥，保存在数据目录 _data.key（${keySource === 'generated' ? '本次新生成' : '沿用'}）；正式环境请在云函数环境变量中设置 HALL_DATA_KEY`}`)
    console.log('  演示身份：在「个人中心 → 切换演示身份」选择群众、工作人员或管理员')
    console.log(`  定时任务（北京时间）：${scheduler.triggers.map((t) => `${t.fn}/${t.trigger} ${t.config}`).join('；') || '无'}`)
    console.log('')
  })
  // Browsers and fetch keep connections alive; close() alone would wait on them for ever, so a
  // stop drops them and exits, with a deadline in case a request is stuck in a function.
  const stop = () => {
    scheduler.stop()
    server.close(() => process.exit(0))
    server.closeAllConnections()
    setTimeout(() => process.exit(0), 3000).unref()
  }
  process.on('SIGINT', stop)
  process.on('SIGTERM', stop)
}

main().catch((err) => {
  console.error('[hall] failed to start:', err.message)
  process.exit(1)
})
