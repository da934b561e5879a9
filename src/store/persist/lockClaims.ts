import type { Claim, ClaimMap, Role } from './ownership.ts';
import type { TabChannel } from './tabChannel.ts';

/** The part of navigator.locks used here. */
export interface LockManagerLike {
  request(
    name: string,
    options: { ifAvailable?: boolean; signal?: AbortSignal },
    callback: (lock: unknown) => Promise<void> | void,
  ): Promise<unknown>;
}

export const lockName = (id: string) => `ecomap:map:${id}`;

/**
 * The owner holds the map's lock for as long as it edits it; a follower queues for it, so it is
 * promoted as soon as the owner closes, crashes or hands over.
 */
export function lockClaims(locks: LockManagerLike, channel: TabChannel): ClaimMap {
  return async (id, hooks): Promise<Claim> => {
    let role: Role = 'follower';
    let letGo: (() => void) | null = null;
    let queue: AbortController | null = null;
    let released = false;
    let handingOver = false;

    const acquire = (options: { ifAvailable?: boolean; signal?: AbortSignal }) =>
      new Promise<boolean>((granted) => {
        locks
          .request(lockName(id), options, (lock) => {
            if (!lock || released) return granted(false);
            granted(true);
            return new Promise<void>((resolve) => (letGo = resolve));
          })
          .catch(() => granted(false)); // the queue was left (AbortError)
      });
    const wait = () => {
      queue = new AbortController();
      void acquire({ signal: queue.signal }).then((got) => {
        if (!got || released) return;
        role = 'owner';
        queue = null;
        hooks.onRoleChange('owner');
      });
    };
    const handOver = async () => {
      handingOver = true;
      await hooks.beforeHandOver();
      role = 'follower';
      handingOver = false;
      letGo?.();
      letGo = null;
      if (released) return;
      hooks.onRoleChange('follower');
      wait();
    };
    const unsubscribe = channel.subscribe((m) => {
      if (m.type === 'release-request' && m.id === id && role === 'owner' && !handingOver && !released) void handOver();
    });

    if (await acquire({ ifAvailable: true })) role = 'owner';
    else wait();
    return {
      id,
      role: () => role,
      takeOver: () => {
        if (role === 'follower') channel.post({ type: 'release-request', id });
      },
      release: () => {
        released = true;
        unsubscribe();
        queue?.abort();
        letGo?.();
        letGo = null;
      },
    };
  };
}
