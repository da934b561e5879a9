import { useEffect } from 'react';
import { useUi } from '../store/context.ts';
import type { UiStore } from '../store/uiStore.ts';

/** The passing message: what happened, or what went wrong and what to do. Errors stay until closed. */
export function Notice({ ui }: { ui: UiStore }) {
  const notice = useUi((s) => s.notice);
  useEffect(() => {
    if (!notice || notice.tone === 'error') return;
    const timer = setTimeout(() => ui.getState().notice?.id === notice.id && ui.setState({ notice: null }), 4000);
    return () => clearTimeout(timer);
  }, [notice, ui]);
  if (!notice) return null;
  return (
    <div className={`em-notice em-${notice.tone}`} role={notice.tone === 'error' ? 'alert' : 'status'}>
      <span>{notice.text}</span>
      <button type="button" aria-label="Dismiss" onClick={() => ui.setState({ notice: null })}>×</button>
    </div>
  );
}
