import { useState } from 'react'
import { Button, Input, View } from '@tarojs/components'
import './index.css'

interface SearchBarProps {
  initial?: string
  placeholder?: string
  onSearch(query: string): void
}

/** A search box with a real button: older people look for something to press. */
export default function SearchBar({ initial = '', placeholder = '输入事项，如：身份证', onSearch }: SearchBarProps) {
  const [q, setQ] = useState(initial)
  const submit = () => {
    const query = q.trim()
    if (query) onSearch(query)
  }
  return (
    <View className='search-bar' role='search'>
      <Input
        className='search-bar__input'
        value={q}
        maxlength={40}
        confirmType='search'
        placeholder={placeholder}
        onInput={(e) => setQ(e.detail.value)}
        onConfirm={submit}
      />
      <Button className='btn btn--primary search-bar__btn' onClick={submit}>
        搜索
      </Button>
    </View>
  )
}
