import type { Claim, ClaimMap, Role } from './ownership.ts';
import type { TabChannel } from './tabChannel.ts';

/** How long a tab waits for an owner to answer before it owns the map itself. */
export const ANSWER_MS = 150;
/** How long a take-over waits for the owner to hand over before assuming the owner is gone. */
export const TAKE_OVER_MS = 3000;

/**
 * Ownership without Web Locks: a tab asks "who owns this map?" and owns it when nobody answers.
 * Two tabs that claim at once both hear the other's claim; the lower tab id keeps the map. Even if
 * this ever fails, saves are checked against the stored revision, so no tab overwrites another.
 */
export function channelClaims(channel: TabChannel, answerMs = ANSWER_MS, takeOverMs = TAKE_OVER_MS): ClaimMap {
  return async (id, hooks): Promise<Claim> => {
    let role: Role = 'follower';
    let released = false;
    let handingOver = false;
    let answered = false;
    let takeOverTimer: ReturnType<typeof setTimeout> | undefined;

    const nobodyOwns = async () => {
      answered = false;
      channel.post({ type: 'who-owns', id });
      await new Promise((resolve) => setTimeout(resolve, answerMs));
      return !answered && !released;
    };
    const promote = () => {
      clearTimeout(takeOverTimer);
      if (role === 'owner' || released) return;
      role = 'owner';
      channel.post({ type: 'claimed', id });
      hooks.onRoleChange('owner');
    };
    const demote = async () => {
      handingOver = true;
      await hooks.beforeHandOver();
      role = 'follower';
      handingOver = false;
      if (!released) hooks.onRoleChange('follower');
    };
    const rivalOwner = (from: string) => {
      if (role !== 'owner' || handingOver) return;
      if (from < channel.tabId) void demote();
      else channel.post({ type: 'claimed', id });
    };

    const unsubscribe = channel.subscribe((m) => {
      if (released || m.type === 'list-changed' || m.type === 'saved' || m.id !== id) return;
      if (m.type === 'who-owns' && role === 'owner' && !handingOver) channel.post({ type: 'owner', id, to: m.from });
      else if (m.type === 'owner' && m.to === channel.tabId) answered = true;
      else if (m.type === 'owner' || m.type === 'claimed') rivalOwner(m.from);
      else if (m.type === 'release-request' && role === 'owner' && !handingOver) {
        void demote().then(() => channel.post({ type: 'released', id, to: m.from }));
      } else if (m.type === 'released' && role === 'follower') {
        if (m.to === channel.tabId) promote();
        else if (m.to === undefined) void nobodyOwns().then((free) => free && promote());
      }
    });

    if (await nobodyOwns()) {
      role = 'owner';
      channel.post({ type: 'claimed', id });
    }
    return {
      id,
      role: () => role,
      takeOver: () => {
        if (role !== 'follower') return;
        channel.post({ type: 'release-request', id });
        clearTimeout(takeOverTimer);
        takeOverTimer = setTimeout(promote, takeOverMs);
      },
      release: () => {
        if (role === 'owner') channel.post({ type: 'released', id });
        released = true;
        clearTimeout(takeOverTimer);
        unsubscribe();
      },
    };
  };
}
