import { useMemo } from 'react'
import { View } from '@tarojs/components'
import qrcode from 'qrcode-generator'
import './index.css'

interface Run {
  from: number
  length: number
}

/** The dark modules of each row, merged into runs so a code is a few hundred Views at most. */
function darkRuns(text: string): { count: number; rows: Run[][] } {
  const qr = qrcode(0, 'M')
  qr.addData(text)
  qr.make()
  const count = qr.getModuleCount()
  const rows: Run[][] = []
  for (let r = 0; r < count; r++) {
    const runs: Run[] = []
    for (let c = 0; c < count; c++) {
      if (!qr.isDark(r, c)) continue
      const last = runs[runs.length - 1]
      if (last && last.from + last.length === c) last.length++
      else runs.push({ from: c, length: 1 })
    }
    rows.push(runs)
  }
  return { count, rows }
}

const pct = (n: number) => `${n.toFixed(4)}%`

/**
 * A QR code drawn with Views rather than a canvas: a canvas sits above other content in the
 * mini-program, is blank in screenshots on some phones and would pull a drawing library into
 * the package. Percentages keep the modules square at any width.
 */
export default function QrCode({ text, label = '二维码' }: { text: string; label?: string }) {
  const { count, rows } = useMemo(() => darkRuns(text), [text])
  const unit = 100 / count
  return (
    <View className='qr' role='img' aria-label={label}>
      <View className='qr__grid' data-modules={count}>
        {rows.map((runs, r) => (
          <View className='qr__row' key={r} style={{ paddingBottom: pct(unit) }}>
            {runs.map((run) => (
              <View className='qr__dark' key={run.from} style={{ left: pct(run.from * unit), width: pct(run.length * unit) }} />
            ))}
          </View>
        ))}
      </View>
    </View>
  )
}
