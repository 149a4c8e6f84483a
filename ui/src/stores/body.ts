import { defineStore } from 'pinia'
import { ref } from 'vue'
import type { BodySettings } from '../bindings/BodySettings'
import type { PresetInfo } from '../bindings/PresetInfo'
import type { Role } from '../bindings/Role'
import type { RoleTitle } from '../bindings/RoleTitle'
import { setupState } from '../api/setup'
import { roleTitles } from '../api/settings'

/** The body's settings and titles, loaded once and refreshed after setup or a settings change. */
export const useBodyStore = defineStore('body', () => {
  const configured = ref(false)
  const settings = ref<BodySettings | null>(null)
  const presets = ref<PresetInfo[]>([])
  const titles = ref<RoleTitle[]>([])
  const today = ref('')
  /** Set when the database could not be opened; the window shows it instead of the app. */
  const startError = ref('')

  async function load() {
    const state = await setupState()
    configured.value = state.configured
    settings.value = state.settings
    presets.value = state.presets
    today.value = state.today
    titles.value = state.configured ? await roleTitles() : []
  }

  function roleLabel(role: Role): string {
    return titles.value.find((t) => t.role === role)?.label ?? role
  }

  return { configured, settings, presets, titles, today, startError, load, roleLabel }
})
