import type { ReactNode } from 'react';
import { Link, useLocation } from 'wouter';

interface NavLinkProps {
  to: string;
  /** Current only on exactly this address, not on the addresses below it. */
  end?: boolean;
  className?: string;
  children: ReactNode;
}

/** A navigation link marked `aria-current="page"` while its address (or one below it) is shown. */
export function NavLink({ to, end = false, className, children }: NavLinkProps) {
  const [location] = useLocation();
  const current =
    location === to || (!end && location.startsWith(to.endsWith('/') ? to : `${to}/`));
  return (
    <Link to={to} className={className} aria-current={current ? 'page' : undefined}>
      {children}
    </Link>
  );
}
