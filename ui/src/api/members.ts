// Generated from src-tauri/src/commands (members): do not edit.
// `UPDATE_BINDINGS=1 cargo test -p committee-desk api` rewrites it.

import type { EndMemberInput } from '../bindings/EndMemberInput'
import type { Member } from '../bindings/Member'
import type { MemberInput } from '../bindings/MemberInput'
import type { ReplaceMemberInput } from '../bindings/ReplaceMemberInput'
import type { RosterRow } from '../bindings/RosterRow'
import { call } from './call'

export const roster = (asOf?: string | null) =>
  call<Array<RosterRow>>('roster', { asOf: asOf ?? null })

export const addMember = (input: MemberInput) =>
  call<Member>('add_member', { input })

export const updateMember = (id: number, input: MemberInput) =>
  call<Member>('update_member', { id, input })

export const endMember = (input: EndMemberInput) =>
  call<Member>('end_member', { input })

export const replaceMember = (input: ReplaceMemberInput) =>
  call<Member>('replace_member', { input })

export const deleteMember = (id: number) =>
  call<null>('delete_member', { id })
