import Link from 'next/link';
import type { ReactNode } from 'react';
import { viewPaths } from '@/lib/view/paths';
import { siteName } from '@/lib/view/site-name';

export type SiteHeaderProps = {
  /** A line every page must carry, such as a fictional case's label. */
  note?: ReactNode;
  /** Whether the case has territorial figures, and so a territory page. */
  territory?: boolean;
};

/** The site's header: the name and the main menu. */
export function SiteHeader({ note, territory = true }: SiteHeaderProps) {
  const links = [
    { href: viewPaths.dashboard, label: 'Stances' },
    ...(territory ? [{ href: viewPaths.territory, label: 'Territory' }] : []),
    { href: viewPaths.sources, label: 'Sources' },
    { href: viewPaths.methodology, label: 'Methodology' },
  ];
  return (
    <header className="border-b border-slate-200 dark:border-slate-800">
      {note}
      <div className="mx-auto flex max-w-7xl flex-wrap items-baseline gap-x-6 gap-y-2 px-4 py-2">
        <Link href="/" className="text-lg font-semibold text-slate-900 no-underline dark:text-white">
          {siteName}
        </Link>
        <nav aria-label="Main">
          <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
            {links.map((link) => (
              <li key={link.href}>
                <Link href={link.href}>{link.label}</Link>
              </li>
            ))}
          </ul>
        </nav>
      </div>
    </header>
  );
}
