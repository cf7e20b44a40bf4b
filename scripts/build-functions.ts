/**
 * Bundles each cloud function into a self-contained cloudfunctions/<name>/index.js beside its
 * package.json (wx-server-sdk, installed by CloudBase on deploy) and config.json. WeChat
 * DevTools and the CloudBase CLI upload these folders as they are; the local hall runs them too.
 */
import path from 'node:path'
import { build } from 'esbuild'
import { FUNCTIONS_ROOT, functionNames } from './functions'

async function main() {
  const names = functionNames()
  const started = Date.now()
  await Promise.all(
    names.map((name) =>
      build({
        entryPoints: [path.join(FUNCTIONS_ROOT, name, 'index.ts')],
        outfile: path.join(FUNCTIONS_ROOT, name, 'index.js'),
        bundle: true,
        platform: 'node',
        // CloudBase's Node.js 16 runtime is the oldest the hall supports.
        target: 'node16',
        format: 'cjs',
        external: ['wx-server-sdk'],
        legalComments: 'none',
        minify: true,
        keepNames: true,
        logLevel: 'warning',
        banner: { js: `// ${name}: built by scripts/build-functions.ts from index.ts. Do not edit.` }
      })
    )
  )
  console.log(`built ${names.length} functions (${names.join(', ')}) in ${Date.now() - started} ms`)
}

main().catch((err) => {
  console.error(err)
  process.exit(1)
})
