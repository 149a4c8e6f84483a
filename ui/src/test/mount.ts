import { mount, flushPromises } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { createMemoryHistory, createRouter } from 'vue-router'
import type { Component } from 'vue'
import { useBodyStore } from '../stores/body'
import type { RoleTitle } from '../bindings/RoleTitle'

export const TITLES: RoleTitle[] = [
  { role: 'director', label: '主任' },
  { role: 'deputy_director', label: '副主任' },
  { role: 'secretary_general', label: '秘书长' },
  { role: 'member', label: '成员' },
  { role: 'office_director', label: '办公室主任' },
  { role: 'office_deputy_director', label: '办公室副主任' },
]

/** Mounts a view with a configured body (today 2026-11-25) and a router at `path`. */
export async function mountView(view: Component, path = '/', props: Record<string, unknown> = {}) {
  const pinia = createPinia()
  setActivePinia(pinia)
  const body = useBodyStore()
  body.configured = true
  body.today = '2026-11-25'
  body.titles = TITLES
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [{ path: '/:any(.*)*', component: view }],
  })
  await router.push(path)
  const wrapper = mount(view, { props, global: { plugins: [pinia, router] }, attachTo: document.body })
  await flushPromises()
  return wrapper
}

/** Text of everything on the page, dialogs included (they are teleported to <body>). */
export const pageText = () => document.body.textContent ?? ''

/** Types into the field marked `data-test=testId` (Element Plus puts the attribute on the <input> or <textarea>). */
export function fill(testId: string, value: string) {
  const marked = document.querySelector<HTMLElement>(`[data-test="${testId}"]`)
  const input =
    marked instanceof HTMLInputElement || marked instanceof HTMLTextAreaElement
      ? marked
      : marked?.querySelector<HTMLInputElement | HTMLTextAreaElement>('input, textarea')
  if (!input) throw new Error(`no field ${testId}`)
  input.value = value
  input.dispatchEvent(new Event('input'))
}

export function click(testId: string) {
  const el = document.querySelector<HTMLElement>(`[data-test="${testId}"]`)
  if (!el) throw new Error(`nothing marked ${testId}`)
  el.click()
}

/** Waits for pending calls and for Element Plus's 100 ms debounce before form errors show. */
export async function settle() {
  await flushPromises()
  await new Promise((resolve) => setTimeout(resolve, 120))
}
