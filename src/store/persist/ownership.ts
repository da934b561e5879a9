import { channelClaims } from './channelClaims.ts';
import { lockClaims } from './lockClaims.ts';
import type { LockManagerLike } from './lockClaims.ts';
import type { TabChannel } from './tabChannel.ts';

/** The owner tab edits and saves a map; followers show its saved changes and never write. */
export type Role = 'owner' | 'follower';

export interface ClaimHooks {
  /** The role changed after the claim was made: promoted, handed over, or lost a tie. */
  onRoleChange(role: Role): void;
  /** Runs before this tab hands the map to another: save what is waiting. */
  beforeHandOver(): Promise<void>;
}

/** This tab's hold on one map. */
export interface Claim {
  readonly id: string;
  role(): Role;
  /** Asks the owner to hand the map over to this tab. */
  takeOver(): void;
  release(): void;
}

export type ClaimMap = (id: string, hooks: ClaimHooks) => Promise<Claim>;

/**
 * Web Locks when the browser has them (a closed or crashed owner frees its lock by itself);
 * else ownership claims over the channel; else this tab is alone and always owns.
 */
export function chooseClaims(locks: LockManagerLike | null, channel: TabChannel): ClaimMap {
  if (locks) return lockClaims(locks, channel);
  if (channel.connected) return channelClaims(channel);
  return soloClaims;
}

export const soloClaims: ClaimMap = async (id) => ({ id, role: () => 'owner', takeOver: () => {}, release: () => {} });
