import { useNavigate } from '@tanstack/react-router';
import type { AnchorHTMLAttributes, MouseEvent } from 'react';

type PathLinkProps = Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href'> & { path: string };

/**
 * A link to a path of this app known only as a string (the page to return to after
 * signing in), navigating inside the app; routes known in advance use the router's typed Link.
 */
export function PathLink({ path, onClick, ...anchorProps }: PathLinkProps) {
  const navigate = useNavigate();
  const handleClick = (event: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(event);
    if (event.defaultPrevented || event.button !== 0) return;
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    void navigate({ href: path });
  };
  return <a href={path} onClick={handleClick} {...anchorProps} />;
}
