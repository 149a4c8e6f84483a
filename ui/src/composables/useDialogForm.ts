import { computed, ref, watch, type Ref } from 'vue'
import { useFieldErrors } from '../utils/errors'

interface DialogFormOptions<T> {
  /** The dialog's v-model: each time it opens, the form starts again from `initial()`. */
  visible: Ref<boolean>
  /** The fields this form shows, so the core's message lands next to the one it names. */
  fields: readonly string[]
  initial: () => T
  save: (form: T) => Promise<unknown>
  saved: () => void
}

/**
 * The state every form dialog shares: the form, whether it has unsaved changes, saving,
 * and errors placed next to their field. A failed save keeps the dialog open with the input.
 */
export function useDialogForm<T>(opts: DialogFormOptions<T>) {
  const form = ref(opts.initial()) as Ref<T>
  const original = ref('')
  const saving = ref(false)
  const { errors, clear, show } = useFieldErrors()
  const dirty = computed(() => JSON.stringify(form.value) !== original.value)

  watch(opts.visible, (open) => {
    if (!open) return
    form.value = opts.initial()
    original.value = JSON.stringify(form.value)
    clear()
  })

  async function submit() {
    saving.value = true
    try {
      await opts.save(form.value)
      opts.visible.value = false
      opts.saved()
    } catch (e) {
      show(e, opts.fields)
    } finally {
      saving.value = false
    }
  }

  return { form, errors, dirty, saving, submit }
}
