import { useState } from 'react'
import { Button, Input, Picker, Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import GatedPage from '../../../components/GatedPage'
import Pager from '../../../components/Pager'
import { Empty, ErrorState, Loading } from '../../../components/StateView'
import { maskName, maskOpenid } from '../../../domain/mask'
import { ROLE_LABELS, type MemberRole } from '../../../domain/roles'
import { asApiError, call } from '../../../services/api'
import { useWhoAmI } from '../../../services/session'
import { confirm } from '../../../services/confirm'
import { useCall } from '../../../services/useCall'
import { toastRefusal, useSubmit } from '../../../services/useSubmit'
import type { OutputOf } from '../../../domain/contract'
import { Banner, Field, useProblems } from '../../components/Form'
import './index.css'

type MemberRow = OutputOf<'admin', 'listMembers'>['items'][number]

interface Draft {
  /** Set when changing someone who already holds a role. */
  editing: MemberRow | null
  userCode: string
  name: string
  role: MemberRole
  department: string
  hall: string
}

type RoleFilter = 'all' | MemberRole

const FILTERS: Array<{ code: RoleFilter; label: string }> = [
  { code: 'all', label: '全部' },
  { code: 'staff', label: '工作人员' },
  { code: 'admin', label: '管理员' }
]

const PER_PAGE = 10

const blank = (): Draft => ({ editing: null, userCode: '', name: '', role: 'staff', department: '', hall: '' })

export default function AdminMembers() {
  return (
    <GatedPage roles={['admin']}>
      <MemberManager />
    </GatedPage>
  )
}

function MemberManager() {
  const me = useWhoAmI()
  const [page, setPage] = useState(1)
  const [filter, setFilter] = useState<RoleFilter>('all')
  const members = useCall('admin', 'listMembers', { page, pageSize: PER_PAGE, ...(filter === 'all' ? {} : { role: filter }) })
  const departments = useCall('admin', 'listDepartments')
  const halls = useCall('admin', 'listHalls')
  const [d, setD] = useState<Draft>(blank())
  const problems = useProblems()
  const submit = useSubmit<'save' | 'revoke'>(problems)
  const set = (patch: Partial<Draft>) => setD((prev) => ({ ...prev, ...patch }))
  const at = (path: string) => problems.issues.filter((i) => i.path === path)
  const myCode = me.status === 'ready' ? me.data.userCode : null

  const deptList = departments.status === 'ready' ? departments.data : []
  const hallList = halls.status === 'ready' ? halls.data : []
  const deptIndex = deptList.findIndex((x) => x.code === d.department)
  // The hall picker's first choice is "none": a staff member need not sit at a counter.
  const hallChoices = ['不指定大厅', ...hallList.map((h) => h.name)]
  const hallIndex = d.hall ? hallList.findIndex((h) => h.code === d.hall) + 1 : 0

  function startEdit(m: MemberRow) {
    setD({ editing: m, userCode: m.userCode, name: m.name, role: m.role, department: m.department?.code ?? '', hall: m.hall?.code ?? '' })
    problems.clear()
    Taro.pageScrollTo?.({ selector: '#member-form', duration: 200 })?.catch?.(() => undefined)
  }

  function reset() {
    setD(blank())
    problems.clear()
  }

  function save() {
    const payload = {
      userCode: d.userCode.trim(),
      name: d.name.trim(),
      role: d.role,
      ...(d.role === 'staff' && d.department ? { department: d.department } : {}),
      ...(d.role === 'staff' && d.hall ? { hall: d.hall } : {})
    }
    return submit.run('save', () => call('admin', 'setMember', payload), {
      done: d.editing ? '已修改' : '已授予',
      onDone: () => {
        setD(blank())
        members.reload()
      }
    })
  }

  async function revoke(m: MemberRow) {
    const asked = await confirm({
      title: '撤销角色',
      content: `确定撤销「${maskName(m.name)}」的${m.roleLabel}角色吗？撤销后恢复为群众，不能再使用${m.role === 'admin' ? '管理后台' : '工作台'}。`,
      confirmText: '撤销',
      danger: true
    })
    if (!asked) return
    await submit.run('revoke', () => call('admin', 'removeMember', { userCode: m.userCode }), {
      done: '已撤销',
      // No field is at fault: the reason (the last administrator, say) stays on the banner.
      onRefused: (err) => {
        problems.setFailure(asApiError(err).message)
        toastRefusal(err)
      },
      onDone: () => {
        if (d.editing?.userCode === m.userCode) reset()
        members.reload()
      }
    })
  }

  return (
    <View className='members'>
      <Text className='section-title'>工作人员与管理员</Text>
      <View className='chips members__filter' role='radiogroup' aria-label='按角色筛选'>
        {FILTERS.map((f) => (
          <View
            key={f.code}
            className={`chip ${filter === f.code ? 'chip--on' : ''}`}
            role='radio'
            aria-checked={filter === f.code}
            onClick={() => {
              setFilter(f.code)
              setPage(1)
            }}
          >
            {f.label}
          </View>
        ))}
      </View>
      {members.status === 'loading' ? <Loading /> : null}
      {members.status === 'error' ? <ErrorState error={members.error} onRetry={members.reload} /> : null}
      {members.status === 'ready' && members.data.items.length === 0 ? <Empty title={filter === 'all' ? '暂无工作人员或管理员' : `暂无${ROLE_LABELS[filter]}`} hint='可在下方授予角色' /> : null}
      {members.status === 'ready' && members.data.items.length > 0 ? (
        <View className='cells'>
          {members.data.items.map((m) => {
            const self = m.userCode === myCode
            return (
              <View className={`members__row ${d.editing?.userCode === m.userCode ? 'members__row--editing' : ''}`} key={m.userCode}>
                <View className='members__main'>
                  <View className='members__head'>
                    <Text className='members__name'>{maskName(m.name)}</Text>
                    <Text className={`badge ${m.role === 'admin' ? 'members__badge--admin' : ''}`}>{m.roleLabel}</Text>
                    {self ? <Text className='badge members__badge--self'>本人</Text> : null}
                  </View>
                  {m.department ? <Text className='members__meta'>{m.department.name}</Text> : null}
                  {m.hall ? <Text className='members__meta'>{m.hall.name}</Text> : null}
                  <Text className='members__code'>用户编号 {maskOpenid(m.userCode)}</Text>
                </View>
                {self ? (
                  <Text className='members__note'>不能修改本人</Text>
                ) : (
                  <View className='members__ops'>
                    <View className='members__op' onClick={() => startEdit(m)}>
                      修改
                    </View>
                    <View className='members__op members__op--danger' onClick={() => revoke(m)}>
                      撤销
                    </View>
                  </View>
                )}
              </View>
            )
          })}
          <Pager page={members.data.page} total={members.data.total} hasMore={members.data.hasMore} unit='人' onChange={setPage} />
        </View>
      ) : null}

      <Text className='section-title'>{d.editing ? `修改「${maskName(d.editing.name)}」的角色` : '授予角色'}</Text>
      <View className='card' id='member-form'>
        <Banner text={problems.failure} />
        <Field id='member-userCode' label='用户编号' problems={at('userCode')} fallback='用户编号格式不正确' hint={d.editing ? undefined : '请对方在「我的」页面复制用户编号后提供'}>
          <Input
            className={`admin-form__input ${d.editing ? 'admin-form__input--readonly' : ''}`}
            value={d.userCode}
            disabled={Boolean(d.editing)}
            maxlength={64}
            placeholder='如 o_abc123…'
            onInput={(e) => set({ userCode: e.detail.value })}
          />
        </Field>
        <Field id='member-name' label='姓名' problems={at('name')} fallback='请填写姓名'>
          <Input className='admin-form__input' value={d.name} maxlength={30} placeholder='与证件一致' onInput={(e) => set({ name: e.detail.value })} />
        </Field>
        <Field id='member-role' label='角色' problems={at('role')} fallback='请选择角色'>
          <View className='chips' role='radiogroup'>
            {(['staff', 'admin'] as const).map((r) => (
              <View key={r} className={`chip ${d.role === r ? 'chip--on' : ''}`} role='radio' aria-checked={d.role === r} onClick={() => set({ role: r })}>
                {ROLE_LABELS[r]}
              </View>
            ))}
          </View>
        </Field>
        {d.role === 'staff' ? (
          <>
            <Field id='member-department' label='所属部门' problems={at('department')} fallback='请选择所属部门'>
              {departments.status === 'error' ? <ErrorState error={departments.error} onRetry={departments.reload} /> : null}
              <Picker mode='selector' range={deptList.map((x) => x.name)} value={Math.max(0, deptIndex)} onChange={(e) => set({ department: deptList[Number(e.detail.value)]?.code ?? '' })}>
                <View className='admin-form__picker'>
                  <Text>{deptIndex >= 0 ? deptList[deptIndex].name : departments.status === 'loading' ? '正在加载部门…' : '请选择部门'}</Text>
                  <Text className='cell__arrow'>选择 ›</Text>
                </View>
              </Picker>
            </Field>
            <Field id='member-hall' label='所在大厅（选填）' problems={at('hall')} fallback='请选择大厅' hint='到场核验只限所在大厅；不指定则不能核验'>
              <Picker mode='selector' range={hallChoices} value={Math.max(0, hallIndex)} onChange={(e) => set({ hall: Number(e.detail.value) === 0 ? '' : (hallList[Number(e.detail.value) - 1]?.code ?? '') })}>
                <View className='admin-form__picker'>
                  <Text>{hallChoices[Math.max(0, hallIndex)]}</Text>
                  <Text className='cell__arrow'>选择 ›</Text>
                </View>
              </Picker>
            </Field>
          </>
        ) : (
          <Text className='admin-form__hint'>管理员可以发布公告、维护事项与大厅、授予和撤销角色、查阅审计记录。</Text>
        )}
        <Button className='btn btn--primary members__button' loading={submit.busy === 'save'} disabled={submit.busy !== null} onClick={save}>
          {d.editing ? '保存修改' : '授予角色'}
        </Button>
        {d.editing ? (
          <Button className='btn btn--plain members__button' disabled={submit.busy !== null} onClick={reset}>
            取消修改
          </Button>
        ) : null}
      </View>
    </View>
  )
}
