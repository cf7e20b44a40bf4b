/** `npm run seed` and `npm run reset` for the local hall's data folder. */
import fs from 'node:fs'
import { database, dataDir } from './sdk'
import { seed } from './seed'
import { acquireDataDir } from './lock'

async function main(command: string | undefined) {
  const dir = dataDir()
  acquireDataDir(dir)
  if (command === 'seed') {
    const loaded = await seed(database())
    console.log(loaded ? `已载入演示数据：${dir}` : `数据目录已有数据，未重复载入：${dir}（先运行 npm run reset 可清空）`)
  } else if (command === 'reset') {
    for (const entry of fs.readdirSync(dir)) if (entry !== '_hall.pid') fs.rmSync(`${dir}/${entry}`, { recursive: true, force: true })
    console.log(`已清空数据目录：${dir}`)
  } else if (command === 'purge') {
    // What the daily timer does on CloudBase: the built retention function, fired as its own
    // trigger (the platform's timer mark for this one invocation), so it is audited like one.
    const { loadBuiltFunction } = await import('./runtime')
    const { fireTimer } = await import('./gateway')
    const { ensureLocalDataKey } = await import('./data-key')
    ensureLocalDataKey(dir)
    const { envelope } = await fireTimer(loadBuiltFunction, 'retention', 'daily-purge')
    console.log(JSON.stringify(envelope))
  } else {
    console.error('用法：tsx local/cli.ts seed|reset|purge')
    process.exit(2)
  }
}

main(process.argv[2]).catch((err) => {
  console.error(err.message)
  process.exit(1)
})
