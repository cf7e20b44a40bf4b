import { useState } from 'react'
import { Button, Input, Picker, Switch, Text, Textarea, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import GatedPage from '../../../components/GatedPage'
import { ErrorState, Loading } from '../../../components/StateView'
import type { FieldIssue } from '../../../domain/errors'
import type { ItemStatus } from '../../../domain/guides/lifecycle'
import { SERVICE_FIELDS, type ServiceItem } from '../../../domain/guides/service-item'
import { PERSONAL_FIELD_META, type PersonalFieldDeclaration, type PersonalFieldKey } from '../../../domain/personal-fields-meta'
import { formatHallTime } from '../../../domain/time'
import type { InputOf } from '../../../domain/contract'
import { call } from '../../../services/api'
import { useCall } from '../../../services/useCall'
import { Banner, Field, fieldClass, Problems, readable, useProblems } from '../../components/Form'
import './index.css'

type Applicant = 'person' | 'legal-person'
type MaterialKind = 'original' | 'copy' | 'electronic'

interface MaterialDraft {
  key: number
  name: string
  form: MaterialKind[]
  copies: string
  note: string
}

interface FaqDraft {
  key: number
  q: string
  a: string
}

interface DeclarationDraft {
  /** Checked fields in the order they were checked: the citizen's form asks in this order. */
  on: PersonalFieldKey[]
  purposes: Record<PersonalFieldKey, string>
}

/** The form's own shape: text where people type, converted to the item only on save. */
interface ItemDraft {
  code: string
  name: string
  summary: string
  field: string
  authority: string
  applicants: Applicant[]
  conditions: string
  materials: MaterialDraft[]
  steps: string
  legalDays: string
  promisedDays: string
  fee: { free: boolean; amount: string; basis: string }
  halls: string[]
  visits: string
  online: boolean
  bookable: boolean
  keywords: string
  faq: FaqDraft[]
  complaint: string
  appointmentFields: DeclarationDraft
  applicationFields: DeclarationDraft
}

const APPLICANTS: Array<{ code: Applicant; label: string }> = [
  { code: 'person', label: '个人' },
  { code: 'legal-person', label: '法人' }
]

const MATERIAL_KINDS: Array<{ code: MaterialKind; label: string }> = [
  { code: 'original', label: '原件' },
  { code: 'copy', label: '复印件' },
  { code: 'electronic', label: '电子件' }
]

const FIELD_KEYS = Object.keys(PERSONAL_FIELD_META) as PersonalFieldKey[]

let rowSeq = 0
const nextKey = () => ++rowSeq

function declarationDraft(list: PersonalFieldDeclaration[] = []): DeclarationDraft {
  const purposes = { name: '', mobile: '', idNumber: '' } as Record<PersonalFieldKey, string>
  for (const d of list) purposes[d.key] = d.purpose
  return { on: list.map((d) => d.key), purposes }
}

function blankDraft(): ItemDraft {
  return {
    code: '',
    name: '',
    summary: '',
    field: '',
    authority: '',
    applicants: ['person'],
    conditions: '',
    materials: [],
    steps: '',
    legalDays: '',
    promisedDays: '',
    fee: { free: true, amount: '', basis: '' },
    halls: [],
    visits: '',
    online: false,
    bookable: false,
    keywords: '',
    faq: [],
    complaint: '',
    appointmentFields: declarationDraft(),
    applicationFields: declarationDraft()
  }
}

function toDraft(item: ServiceItem): ItemDraft {
  return {
    code: item.code,
    name: item.name,
    summary: item.summary,
    field: item.field,
    authority: item.authority,
    applicants: [...item.applicants],
    conditions: item.conditions.join('\n'),
    materials: item.materials.map((m) => ({ key: nextKey(), name: m.name, form: [...m.form], copies: String(m.copies), note: m.note ?? '' })),
    steps: item.steps.join('\n'),
    legalDays: String(item.legalDays),
    promisedDays: String(item.promisedDays),
    fee: { free: item.fee.free, amount: item.fee.amount ?? '', basis: item.fee.basis ?? '' },
    halls: [...item.halls],
    visits: String(item.visits),
    online: item.online,
    bookable: item.bookable,
    keywords: (item.keywords ?? []).join('\n'),
    faq: (item.faq ?? []).map((f) => ({ key: nextKey(), q: f.q, a: f.a })),
    complaint: item.complaint,
    appointmentFields: declarationDraft(item.appointmentFields),
    applicationFields: declarationDraft(item.applicationFields)
  }
}

const lines = (text: string) =>
  text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)

// A blank number goes as null so the function reports the field instead of reading it as 0.
const num = (text: string) => (text.trim() === '' ? null : Number(text.trim()))

function toPayload(d: ItemDraft) {
  return {
    code: d.code.trim(),
    name: d.name,
    summary: d.summary,
    field: d.field,
    authority: d.authority,
    applicants: d.applicants,
    conditions: lines(d.conditions),
    materials: d.materials.map((m) => ({ name: m.name, form: m.form, copies: num(m.copies), note: m.note })),
    steps: lines(d.steps),
    legalDays: num(d.legalDays),
    promisedDays: num(d.promisedDays),
    fee: d.fee.free ? { free: true, amount: '', basis: '' } : { ...d.fee },
    halls: d.halls,
    visits: num(d.visits),
    online: d.online,
    bookable: d.bookable,
    keywords: lines(d.keywords),
    faq: d.faq.map((f) => ({ q: f.q, a: f.a })),
    complaint: d.complaint,
    appointmentFields: d.appointmentFields.on.map((key) => ({ key, purpose: d.appointmentFields.purposes[key] })),
    applicationFields: d.applicationFields.on.map((key) => ({ key, purpose: d.applicationFields.purposes[key] }))
  }
}

function toggle<T>(list: T[], value: T): T[] {
  return list.includes(value) ? list.filter((v) => v !== value) : [...list, value]
}

function confirm(title: string, content: string): Promise<boolean> {
  return Taro.showModal({ title, content, confirmText: '确定', cancelText: '取消', confirmColor: '#1d4f91' }).then(
    (r) => r.confirm,
    () => false
  )
}

export default function AdminItemEditor() {
  return (
    <GatedPage roles={['admin']}>
      <ItemEditor />
    </GatedPage>
  )
}

function ItemEditor() {
  const params = (Taro.getCurrentInstance().router?.params ?? {}) as Record<string, string | undefined>
  const [code, setCode] = useState<string | null>(params.code ? decodeURIComponent(params.code) : null)
  if (!code) return <ItemForm initial={blankDraft()} status={null} onSaved={setCode} />
  return <ExistingItem code={code} />
}

function ExistingItem({ code }: { code: string }) {
  const loaded = useCall('admin', 'getItem', { code })
  if (loaded.status === 'loading') return <Loading />
  if (loaded.status === 'error') return <ErrorState error={loaded.error} onRetry={loaded.reload} />
  return (
    <ItemForm
      key={loaded.data.updatedAt}
      code={code}
      initial={toDraft(loaded.data.item)}
      status={loaded.data.status}
      statusLabel={loaded.data.statusLabel}
      updatedAt={loaded.data.updatedAt}
      onSaved={() => loaded.reload()}
    />
  )
}

interface ItemFormProps {
  /** The item being edited; absent for a new one. */
  code?: string
  initial: ItemDraft
  status: ItemStatus | null
  statusLabel?: string
  updatedAt?: string
  onSaved(code: string): void
}

function ItemForm({ code, initial, status, statusLabel, updatedAt, onSaved }: ItemFormProps) {
  const [d, setD] = useState<ItemDraft>(initial)
  const problems = useProblems()
  const [busy, setBusy] = useState<'save' | 'publish' | 'archive' | null>(null)
  const halls = useCall('admin', 'listHalls')
  const dirty = JSON.stringify(d) !== JSON.stringify(initial)

  const set = (patch: Partial<ItemDraft>) => setD((prev) => ({ ...prev, ...patch }))
  const at = (path: string, deep = false) => problems.issues.filter((i) => i.path === `item.${path}` || (deep && i.path.startsWith(`item.${path}.`)))
  const setMaterial = (key: number, patch: Partial<MaterialDraft>) => setD((prev) => ({ ...prev, materials: prev.materials.map((m) => (m.key === key ? { ...m, ...patch } : m)) }))
  const setFaq = (key: number, patch: Partial<FaqDraft>) => setD((prev) => ({ ...prev, faq: prev.faq.map((f) => (f.key === key ? { ...f, ...patch } : f)) }))

  async function run(kind: 'save' | 'publish' | 'archive', work: () => Promise<string>, done: string) {
    setBusy(kind)
    problems.clear()
    try {
      const saved = await work()
      setBusy(null)
      Taro.showToast({ title: done, icon: 'success' })
      onSaved(saved)
    } catch (err) {
      setBusy(null)
      problems.show(err, '请按提示修改后再保存')
      // The message sits at the top of a long form; the button that failed is at the bottom.
      Taro.pageScrollTo?.({ scrollTop: 0, duration: 300 })?.catch?.(() => undefined)
    }
  }

  function save() {
    // The form goes as filled in (a blank field, a blank number of copies) for the function to refuse with its own messages.
    const item = toPayload(d) as unknown as InputOf<'admin', 'createItem'>['item']
    return run(
      'save',
      async () => {
        if (code) await call('admin', 'updateItem', { code, item })
        else await call('admin', 'createItem', { item })
        return item.code
      },
      '已保存'
    )
  }

  async function publish() {
    if (!code || !(await confirm('发布事项', '发布后群众即可查看和办理该事项，确定发布吗？'))) return
    return run('publish', async () => (await call('admin', 'publishItem', { code })).code, '已发布')
  }

  async function archive() {
    if (!code || !(await confirm('归档事项', '归档后群众将看不到该事项，收藏中会标明已停止办理。确定归档吗？'))) return
    return run('archive', async () => (await call('admin', 'archiveItem', { code })).code, '已归档')
  }

  // Issues outside the item's own elements (for example a malformed request) have no field to sit by.
  const unplaced = problems.issues.filter((i) => !i.path.startsWith('item.'))
  const fieldIndex = SERVICE_FIELDS.findIndex((f) => f.code === d.field)
  const hallChoices: Array<{ code: string; name: string }> =
    halls.status === 'ready' ? [...halls.data, ...d.halls.filter((c) => !halls.data.some((h) => h.code === c)).map((c) => ({ code: c, name: `${c}（已不存在）` }))] : []

  return (
    <View className='item-form'>
      <View className='card'>
        <Text className='card__title'>{code ? d.name || code : '新建事项'}</Text>
        {status ? (
          <Text className='item-form__status'>
            状态：<Text className='badge'>{statusLabel}</Text>
            {updatedAt ? `　最近修改 ${formatHallTime(updatedAt)}` : ''}
          </Text>
        ) : (
          <Text className='item-form__status'>新建的事项保存为草稿，发布前群众看不到。</Text>
        )}
      </View>

      <Banner text={problems.failure} more={unplaced.map((i) => readable(i.message, '内容不符合要求'))} wide />

      <Text className='section-title'>基本信息</Text>
      <View className='card'>
        <Field id='item-code' label='事项编码' problems={at('code')} fallback='事项编码格式如 SB-001' hint={code ? '编码保存后不能修改' : '领域字母加编号，如 SB-001'}>
          <Input className={`admin-form__input ${code ? 'admin-form__input--readonly' : ''}`} value={d.code} disabled={Boolean(code)} maxlength={12} placeholder='如 SB-001' onInput={(e) => set({ code: e.detail.value.toUpperCase() })} />
        </Field>
        <Field id='item-name' label='事项名称' problems={at('name')} fallback='请填写事项名称，不超过60个字'>
          <Input className='admin-form__input' value={d.name} maxlength={60} placeholder='如 城乡居民养老保险参保登记' onInput={(e) => set({ name: e.detail.value })} />
        </Field>
        <Field id='item-summary' label='事项简介' problems={at('summary')} fallback='请填写简介，不超过120个字' hint='一两句话说明事项的用途，显示在列表中'>
          <Textarea className='admin-form__textarea item-form__textarea item-form__textarea--short' value={d.summary} maxlength={120} autoHeight placeholder='这个事项是办什么的' onInput={(e) => set({ summary: e.detail.value })} />
        </Field>
        <Field id='item-field' label='所属领域' problems={at('field')} fallback='请选择所属领域'>
          <Picker mode='selector' range={SERVICE_FIELDS.map((f) => f.name)} value={Math.max(fieldIndex, 0)} onChange={(e) => set({ field: SERVICE_FIELDS[Number(e.detail.value)].code })}>
            <View className={`admin-form__picker ${fieldIndex < 0 ? 'item-form__picker--empty' : ''}`}>
              <Text>{fieldIndex >= 0 ? SERVICE_FIELDS[fieldIndex].name : '请选择所属领域'}</Text>
              <Text className='cell__arrow'>›</Text>
            </View>
          </Picker>
        </Field>
        <Field id='item-authority' label='实施机构' problems={at('authority')} fallback='请填写实施机构，不超过60个字'>
          <Input className='admin-form__input' value={d.authority} maxlength={60} placeholder='如 市人力资源和社会保障局' onInput={(e) => set({ authority: e.detail.value })} />
        </Field>
        <Field id='item-applicants' label='服务对象' problems={at('applicants', true)} fallback='请选择服务对象'>
          <View className='chips'>
            {APPLICANTS.map((a) => (
              <Chip key={a.code} on={d.applicants.includes(a.code)} label={a.label} onToggle={() => set({ applicants: toggle(d.applicants, a.code) })} />
            ))}
          </View>
        </Field>
      </View>

      <Text className='section-title'>受理条件与申请材料</Text>
      <View className='card'>
        <Field id='item-conditions' label='受理条件' problems={at('conditions', true)} fallback='每条不超过300个字，最多20条' hint='每行一条'>
          <Textarea className='admin-form__textarea item-form__textarea' value={d.conditions} maxlength={6000} autoHeight placeholder='每行填写一条受理条件' onInput={(e) => set({ conditions: e.detail.value })} />
        </Field>
        <View id='item-materials' className={fieldClass(at('materials'))}>
          <Text className='admin-form__label'>申请材料</Text>
          {d.materials.length === 0 ? <Text className='admin-form__hint'>尚未添加材料；无需材料的事项可不填。</Text> : null}
          {d.materials.map((m, i) => (
            <View className='item-form__row' key={m.key}>
              <Text className='item-form__row-title'>材料 {i + 1}</Text>
              <Field id={`item-material-${i}-name`} label='材料名称' problems={at(`materials.${i}.name`)} fallback='请填写材料名称，不超过80个字'>
                <Input className='admin-form__input' value={m.name} maxlength={80} placeholder='如 居民身份证' onInput={(e) => setMaterial(m.key, { name: e.detail.value })} />
              </Field>
              <Field id={`item-material-${i}-form`} label='材料形式' problems={at(`materials.${i}.form`, true)} fallback='请选择原件、复印件或电子件'>
                <View className='chips'>
                  {MATERIAL_KINDS.map((k) => (
                    <Chip key={k.code} on={m.form.includes(k.code)} label={k.label} onToggle={() => setMaterial(m.key, { form: toggle(m.form, k.code) })} />
                  ))}
                </View>
              </Field>
              <Field id={`item-material-${i}-copies`} label='份数' problems={at(`materials.${i}.copies`)} fallback='请填写1至20之间的整数'>
                <Input className='admin-form__input admin-form__input--number' type='number' value={m.copies} maxlength={2} placeholder='1' onInput={(e) => setMaterial(m.key, { copies: e.detail.value })} />
              </Field>
              <Field id={`item-material-${i}-note`} label='备注（选填）' problems={at(`materials.${i}.note`)} fallback='备注不超过200个字'>
                <Input className='admin-form__input' value={m.note} maxlength={200} placeholder='如 需在有效期内' onInput={(e) => setMaterial(m.key, { note: e.detail.value })} />
              </Field>
              <View className='item-form__remove' onClick={() => set({ materials: d.materials.filter((x) => x.key !== m.key) })}>
                删除材料 {i + 1}
              </View>
            </View>
          ))}
          <View className='item-form__add' onClick={() => set({ materials: [...d.materials, { key: nextKey(), name: '', form: ['original'], copies: '1', note: '' }] })}>
            ＋ 添加材料
          </View>
          <Problems list={at('materials')} fallback='材料最多40项' />
        </View>
      </View>

      <Text className='section-title'>办理流程与时限</Text>
      <View className='card'>
        <Field id='item-steps' label='办理流程' problems={at('steps', true)} fallback='每步不超过200个字，最多20步' hint='每行一步，按先后顺序'>
          <Textarea className='admin-form__textarea item-form__textarea' value={d.steps} maxlength={4000} autoHeight placeholder='每行填写一个步骤' onInput={(e) => set({ steps: e.detail.value })} />
        </Field>
        <Field id='item-legalDays' label='法定办结时限（工作日）' problems={at('legalDays')} fallback='请填写0至365之间的整数'>
          <Input className='admin-form__input admin-form__input--number' type='number' value={d.legalDays} maxlength={3} placeholder='0 表示即办' onInput={(e) => set({ legalDays: e.detail.value })} />
        </Field>
        <Field id='item-promisedDays' label='承诺办结时限（工作日）' problems={at('promisedDays')} fallback='请填写0至365之间的整数' hint='不能超过法定时限'>
          <Input className='admin-form__input admin-form__input--number' type='number' value={d.promisedDays} maxlength={3} placeholder='0 表示即办' onInput={(e) => set({ promisedDays: e.detail.value })} />
        </Field>
        <Field id='item-visits' label='到现场次数' problems={at('visits')} fallback='请填写0至5之间的整数' hint='0 表示全程网办、不用跑'>
          <Input className='admin-form__input admin-form__input--number' type='number' value={d.visits} maxlength={1} placeholder='如 1' onInput={(e) => set({ visits: e.detail.value })} />
        </Field>
        <SwitchRow id='item-online' label='可网上办理' checked={d.online} problems={at('online')} onChange={(online) => set({ online })} />
        <SwitchRow id='item-bookable' label='可预约到大厅办理' checked={d.bookable} problems={at('bookable')} onChange={(bookable) => set({ bookable })} />
      </View>

      <Text className='section-title'>收费</Text>
      <View className='card'>
        <SwitchRow id='item-fee' label='免费办理' checked={d.fee.free} problems={at('fee')} fallback='收费事项须写明收费标准和依据' onChange={(free) => set({ fee: { ...d.fee, free } })} />
        {!d.fee.free ? (
          <>
            <Field id='item-fee-amount' label='收费标准' problems={at('fee.amount')} fallback='不超过100个字'>
              <Input className='admin-form__input' value={d.fee.amount} maxlength={100} placeholder='如 每本10元' onInput={(e) => set({ fee: { ...d.fee, amount: e.detail.value } })} />
            </Field>
            <Field id='item-fee-basis' label='收费依据' problems={at('fee.basis')} fallback='不超过200个字'>
              <Textarea className='admin-form__textarea item-form__textarea item-form__textarea--short' value={d.fee.basis} maxlength={200} autoHeight placeholder='文件名称及文号' onInput={(e) => set({ fee: { ...d.fee, basis: e.detail.value } })} />
            </Field>
          </>
        ) : null}
      </View>

      <Text className='section-title'>办理大厅</Text>
      <View className='card'>
        <Field id='item-halls' label='可办理的大厅' problems={at('halls', true)} fallback='请选择办理大厅' hint='地址、电话和开放时间取自所选大厅'>
          {halls.status === 'loading' ? <Loading label='正在加载大厅…' /> : null}
          {halls.status === 'error' ? <ErrorState error={halls.error} onRetry={halls.reload} /> : null}
          {halls.status === 'ready' && hallChoices.length === 0 ? <Text className='admin-form__hint'>暂无办理大厅，请先录入大厅信息。</Text> : null}
          <View className='chips'>
            {hallChoices.map((h) => (
              <Chip key={h.code} on={d.halls.includes(h.code)} label={h.name} onToggle={() => set({ halls: toggle(d.halls, h.code) })} />
            ))}
          </View>
        </Field>
      </View>

      <Text className='section-title'>常见问题</Text>
      <View className='card'>
        <View id='item-faq' className='admin-form__field'>
          {d.faq.length === 0 ? <Text className='admin-form__hint'>尚未添加常见问题（选填）。</Text> : null}
          {d.faq.map((f, i) => (
            <View className='item-form__row' key={f.key}>
              <Text className='item-form__row-title'>问题 {i + 1}</Text>
              <Field id={`item-faq-${i}-q`} label='问' problems={at(`faq.${i}.q`)} fallback='请填写问题，不超过100个字'>
                <Input className='admin-form__input' value={f.q} maxlength={100} placeholder='群众常问的问题' onInput={(e) => setFaq(f.key, { q: e.detail.value })} />
              </Field>
              <Field id={`item-faq-${i}-a`} label='答' problems={at(`faq.${i}.a`)} fallback='请填写回答，不超过500个字'>
                <Textarea className='admin-form__textarea item-form__textarea item-form__textarea--short' value={f.a} maxlength={500} autoHeight placeholder='回答' onInput={(e) => setFaq(f.key, { a: e.detail.value })} />
              </Field>
              <View className='item-form__remove' onClick={() => set({ faq: d.faq.filter((x) => x.key !== f.key) })}>
                删除问题 {i + 1}
              </View>
            </View>
          ))}
          <View className='item-form__add' onClick={() => set({ faq: [...d.faq, { key: nextKey(), q: '', a: '' }] })}>
            ＋ 添加问答
          </View>
          <Problems list={at('faq')} fallback='常见问题最多20条' />
        </View>
      </View>

      <Text className='section-title'>检索与监督</Text>
      <View className='card'>
        <Field id='item-keywords' label='检索关键词（选填）' problems={at('keywords', true)} fallback='每个关键词不超过20个字，最多20个' hint='每行一个，群众的常用说法'>
          <Textarea className='admin-form__textarea item-form__textarea item-form__textarea--short' value={d.keywords} maxlength={500} autoHeight placeholder='如 社保卡' onInput={(e) => set({ keywords: e.detail.value })} />
        </Field>
        <Field id='item-complaint' label='监督投诉渠道' problems={at('complaint')} fallback='请填写投诉渠道，不超过100个字'>
          <Input className='admin-form__input' value={d.complaint} maxlength={100} placeholder='如 12345政务服务便民热线' onInput={(e) => set({ complaint: e.detail.value })} />
        </Field>
      </View>

      <Text className='section-title'>收集的个人信息</Text>
      <View className='card'>
        <Text className='admin-form__hint'>只勾选办理确实需要的信息，并写明用途（4至80个字），群众填写时会看到。</Text>
        <DeclarationField
          id='item-appointmentFields'
          label='预约时收集'
          value={d.appointmentFields}
          problems={at('appointmentFields', true)}
          fallback='预约所需个人信息声明不正确'
          onChange={(appointmentFields) => set({ appointmentFields })}
        />
        <DeclarationField
          id='item-applicationFields'
          label='申请时收集'
          value={d.applicationFields}
          problems={at('applicationFields', true)}
          fallback='申请所需个人信息声明不正确'
          onChange={(applicationFields) => set({ applicationFields })}
        />
      </View>

      <View className='item-form__buttons'>
        <Button className='btn btn--primary' loading={busy === 'save'} disabled={busy !== null} onClick={save}>
          保存
        </Button>
        {code && status !== 'published' ? (
          <Button className='btn btn--plain item-form__button' loading={busy === 'publish'} disabled={busy !== null || dirty} onClick={publish}>
            发布
          </Button>
        ) : null}
        {code && status === 'published' ? (
          <Button className='btn btn--plain item-form__button' loading={busy === 'archive'} disabled={busy !== null || dirty} onClick={archive}>
            归档
          </Button>
        ) : null}
        {code && dirty ? <Text className='admin-form__hint item-form__unsaved'>有尚未保存的修改，请先保存再发布或归档。</Text> : null}
      </View>
    </View>
  )
}

function Chip({ on, label, onToggle }: { on: boolean; label: string; onToggle(): void }) {
  return (
    <View className={`chip chip--check ${on ? 'chip--on' : ''}`} role='checkbox' aria-checked={on} onClick={onToggle}>
      {on ? '✓ ' : ''}
      {label}
    </View>
  )
}

interface SwitchRowProps {
  id: string
  label: string
  checked: boolean
  problems: FieldIssue[]
  fallback?: string
  onChange(checked: boolean): void
}

function SwitchRow({ id, label, checked, problems, fallback = '请选择', onChange }: SwitchRowProps) {
  return (
    <View id={id} className={fieldClass(problems)}>
      <View className='item-form__switch'>
        <Text className='item-form__switch-label'>{label}</Text>
        <Switch checked={checked} color='#1d4f91' onChange={(e) => onChange(e.detail.value)} />
      </View>
      <Problems list={problems} fallback={fallback} />
    </View>
  )
}

interface DeclarationFieldProps {
  id: string
  label: string
  value: DeclarationDraft
  problems: FieldIssue[]
  fallback: string
  onChange(value: DeclarationDraft): void
}

function DeclarationField({ id, label, value, problems, fallback, onChange }: DeclarationFieldProps) {
  return (
    <View id={id} className={fieldClass(problems)}>
      <Text className='admin-form__label'>{label}</Text>
      {FIELD_KEYS.map((key) => {
        const on = value.on.includes(key)
        return (
          <View className='item-form__decl' key={key}>
            <View
              className={`item-form__check ${on ? 'item-form__check--on' : ''}`}
              role='checkbox'
              aria-checked={on}
              onClick={() => onChange({ ...value, on: toggle(value.on, key) })}
            >
              <Text className='item-form__box'>{on ? '✓' : ''}</Text>
              <Text>{PERSONAL_FIELD_META[key].label}</Text>
            </View>
            <Input
              className={`admin-form__input ${on ? '' : 'admin-form__input--readonly'}`}
              value={value.purposes[key]}
              disabled={!on}
              maxlength={80}
              placeholder={on ? `收集${PERSONAL_FIELD_META[key].label}的用途` : '勾选后填写用途'}
              onInput={(e) => onChange({ ...value, purposes: { ...value.purposes, [key]: e.detail.value } })}
            />
          </View>
        )
      })}
      <Problems list={problems} fallback={fallback} />
    </View>
  )
}
