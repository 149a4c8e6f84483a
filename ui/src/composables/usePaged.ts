import { computed, ref, watch, type Ref, type WatchSource } from 'vue'

/** Rows a list shows at once: a body's follow-ups over ten years run into thousands. */
export const PAGE_SIZE = 50

/**
 * One page of `rows` at a time, so that a long list renders fifty rows instead of thousands.
 * The page goes back to the first when any of `resetOn` changes (a filter, another year), and
 * stays in range when rows are removed; a reload after an edit keeps the page the office is on.
 */
export function usePaged<T>(rows: Ref<T[]>, resetOn: WatchSource[] = [], size = PAGE_SIZE) {
  const page = ref(1)
  const pageRows = computed(() => rows.value.slice((page.value - 1) * size, page.value * size))
  /** The row's number in the whole list, counted from 1, for a 序号 column. */
  const numberOf = (indexOnPage: number) => (page.value - 1) * size + indexOnPage + 1
  if (resetOn.length) watch(resetOn, () => (page.value = 1))
  watch(
    () => rows.value.length,
    (n) => (page.value = Math.min(page.value, Math.max(1, Math.ceil(n / size)))),
  )
  return { page, pageRows, numberOf }
}
