import { Input, Text, View } from '@tarojs/components'
import type { FieldIssue } from '../../domain/errors'
import { PERSONAL_FIELD_META, type PersonalFieldDeclaration, type PersonalFieldKey } from '../../domain/personal-fields-meta'
import './index.css'

interface PersonalFieldsFormProps {
  /** Exactly the fields the service declares; nothing else is asked. */
  declaration: PersonalFieldDeclaration[]
  values: Partial<Record<PersonalFieldKey, string>>
  onChange(values: Partial<Record<PersonalFieldKey, string>>): void
  /** Field problems from the function's REQUEST.INVALID answer. */
  issues?: FieldIssue[]
}

export default function PersonalFieldsForm({ declaration, values, onChange, issues = [] }: PersonalFieldsFormProps) {
  return (
    <View className='pf'>
      {declaration.map(({ key, purpose }) => {
        const meta = PERSONAL_FIELD_META[key]
        const problem = issues.find((i) => i.path === key || i.path.startsWith(`${key}.`))
        return (
          <View className={`pf__field ${problem ? 'pf__field--error' : ''}`} key={key}>
            <Text className='pf__label'>{meta.label}</Text>
            <Input
              className='pf__input'
              type={meta.inputType}
              maxlength={meta.maxLength}
              placeholder={meta.placeholder}
              value={values[key] ?? ''}
              onInput={(e) => onChange({ ...values, [key]: e.detail.value })}
            />
            <Text className='pf__purpose'>用途：{purpose}</Text>
            {problem ? (
              <View role='alert'>
                <Text className='pf__error'>{problem.message}</Text>
              </View>
            ) : null}
          </View>
        )
      })}
    </View>
  )
}
