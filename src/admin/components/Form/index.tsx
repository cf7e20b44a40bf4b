import { useState, type ReactNode } from 'react'
import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import type { FieldIssue } from '../../../domain/errors'
import { asApiError } from '../../../services/api'
import './index.css'

// The schema's own messages are Chinese; the few generic ones (length, range, type) are not.
export const readable = (message: string, fallback: string) => (/[\u4e00-\u9fff]/.test(message) ? message : fallback)

/** The field's class, marked when the field has something to fix. */
export const fieldClass = (problems: FieldIssue[]) => `admin-form__field ${problems.length ? 'admin-form__field--error' : ''}`

export function Problems({ list, fallback }: { list: FieldIssue[]; fallback: string }) {
  if (list.length === 0) return null
  return (
    <View role='alert'>
      {list.map((issue, n) => {
        // Issues inside a one-per-line list end in the line's index.
        const line = /\.(\d+)$/.exec(issue.path)
        return (
          <Text className='admin-form__error' key={n}>
            {line ? `第${Number(line[1]) + 1}条：` : ''}
            {readable(issue.message, fallback)}
          </Text>
        )
      })}
    </View>
  )
}

interface FieldProps {
  id: string
  label: string
  problems: FieldIssue[]
  fallback: string
  hint?: string
  children: ReactNode
}

export function Field({ id, label, problems, fallback, hint, children }: FieldProps) {
  return (
    <View id={id} className={fieldClass(problems)}>
      <Text className='admin-form__label'>{label}</Text>
      {children}
      {hint ? <Text className='admin-form__hint'>{hint}</Text> : null}
      <Problems list={problems} fallback={fallback} />
    </View>
  )
}

interface BannerProps {
  id?: string
  text: string | null
  /** Lines under the message, for problems no field can show. */
  more?: string[]
  /** Set when the banner stands between cards rather than inside one. */
  wide?: boolean
}

export function Banner({ id, text, more = [], wide = false }: BannerProps) {
  if (!text) return null
  return (
    <View className={`admin-form__banner ${wide ? 'admin-form__banner--wide' : ''}`} role='alert' id={id}>
      <Text className='admin-form__banner-text'>{text}</Text>
      {more.map((line, n) => (
        <Text className='admin-form__banner-text' key={n}>
          {line}
        </Text>
      ))}
    </View>
  )
}

/** What the last request left to fix: the message for the banner and the issues for the fields. */
export function useProblems() {
  const [issues, setIssues] = useState<FieldIssue[]>([])
  const [failure, setFailure] = useState<string | null>(null)
  return {
    issues,
    failure,
    setFailure,
    /** Issues found before asking the function (by the same domain rule it applies). */
    setIssues,
    clear() {
      setFailure(null)
      setIssues([])
    },
    show(err: unknown, fixPrompt = '请按提示修改') {
      const e = asApiError(err)
      setFailure(e.message)
      setIssues(e.issues ?? [])
      Taro.showToast({ title: e.issues?.length ? fixPrompt : e.message, icon: 'none' })
    }
  }
}
