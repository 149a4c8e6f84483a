import { computed, ref, watch, type Ref } from 'vue'

/** Rows a list shows at once: a body's follow-ups over ten years run into thousands. */
export const PAGE_SIZE = 50

/**
 * One page of `rows` at a time, so that a long list renders fifty rows instead of thousands.
 * The page goes back to the first when the rows change (a new filter), and stays in range when
 * rows are removed.
 */
export function usePaged<T>(rows: Ref<T[]>, size = PAGE_SIZE) {
  const page = ref(1)
  const pageRows = computed(() => rows.value.slice((page.value - 1) * size, page.value * size))
  /** The row's number in the whole list, counted from 1, for a 序号 column. */
  const numberOf = (indexOnPage: number) => (page.value - 1) * size + indexOnPage + 1
  watch(
    () => rows.value.length,
    (n, before) => {
      const last = Math.max(1, Math.ceil(n / size))
      if (n > before) page.value = 1
      else if (page.value > last) page.value = last
    },
  )
  return { page, pageRows, numberOf, size }
}
