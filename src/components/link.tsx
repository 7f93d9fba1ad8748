import type { AnchorHTMLAttributes, MouseEvent } from 'react';
import { hrefOf, navigate } from './navigation';

/**
 * An in-app link: a real <a href> (keyboard, middle-click) that navigates without reloading.
 * `href` is an app path (`/candidates`); the rendered href carries the base path.
 */
export function Link({
  href,
  onClick,
  ...rest
}: AnchorHTMLAttributes<HTMLAnchorElement> & { href: string }) {
  const handle = (e: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(e);
    if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey)
      return;
    e.preventDefault();
    navigate(href);
  };
  return <a href={hrefOf(href)} onClick={handle} {...rest} />;
}
