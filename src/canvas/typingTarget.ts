/** Typing in a field keeps its keys: shortcuts without a modifier stay out of the way, and no focus move takes the field away. */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!target || typeof (target as HTMLElement).closest !== 'function') return false;
  const el = target as HTMLElement;
  return el.isContentEditable || !!el.closest('input, textarea, select, [contenteditable="true"]');
}
