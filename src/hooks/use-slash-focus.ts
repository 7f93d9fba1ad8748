import { useEffect, type RefObject } from 'react';

/** Whether a key press belongs to a field being typed in (then "/" is just a slash). */
const typing = (target: EventTarget | null) =>
  target instanceof HTMLElement &&
  (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));

/** "/" focuses the search field, as in most web apps, unless the user is typing somewhere. */
export function useSlashFocus(container: RefObject<HTMLElement | null>, selector: string) {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== '/' || e.ctrlKey || e.metaKey || e.altKey || typing(e.target)) return;
      const field = container.current?.querySelector<HTMLElement>(selector);
      if (!field) return;
      e.preventDefault();
      field.focus();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [container, selector]);
}
