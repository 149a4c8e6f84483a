// Generated from src-tauri/src/commands (documents): do not edit.
// `UPDATE_BINDINGS=1 cargo test -p committee-desk api` rewrites it.

import type { DocKind } from '../bindings/DocKind'
import type { DocKindInput } from '../bindings/DocKindInput'
import type { Document } from '../bindings/Document'
import type { DocumentFile } from '../bindings/DocumentFile'
import type { DocumentInput } from '../bindings/DocumentInput'
import type { DocumentPage } from '../bindings/DocumentPage'
import type { DocumentQuery } from '../bindings/DocumentQuery'
import type { RevokeKind } from '../bindings/RevokeKind'
import { call } from './call'

export const documentPage = (query: DocumentQuery) =>
  call<DocumentPage>('document_page', { query })

export const docKinds = () =>
  call<Array<DocKind>>('doc_kinds')

export const addDocKind = (input: DocKindInput) =>
  call<DocKind>('add_doc_kind', { input })

export const updateDocKind = (id: number, input: DocKindInput) =>
  call<DocKind>('update_doc_kind', { id, input })

/**
 * The 文号 registering now would give, shown before saving.
 */
export const nextDocNumber = (kindId: number, writtenOn?: string | null) =>
  call<string>('next_doc_number', { kindId, writtenOn: writtenOn ?? null })

export const registerDocument = (input: DocumentInput) =>
  call<Document>('register_document', { input })

export const updateDocument = (id: number, input: DocumentInput) =>
  call<Document>('update_document', { id, input })

export const voidDocument = (id: number, reason: string) =>
  call<Document>('void_document', { id, reason })

export const unvoidDocument = (id: number) =>
  call<Document>('unvoid_document', { id })

/**
 * 撤销 or 废止 on a date; none puts the document back in force.
 */
export const setDocumentRevoked = (id: number, how?: RevokeKind | null, on?: string | null) =>
  call<Document>('set_document_revoked', { id, how: how ?? null, on: on ?? null })

export const addDocumentFiles = (documentId: number) =>
  call<Array<DocumentFile>>('add_document_files', { documentId })

export const removeDocumentFile = (id: number) =>
  call<null>('remove_document_file', { id })

export const openDocumentFile = (id: number) =>
  call<null>('open_document_file', { id })
