import Link from 'next/link';
import type { ReactNode } from 'react';

const links = [
  { href: '/', label: 'Stances' },
  { href: '/territory', label: 'Territory' },
  { href: '/sources', label: 'Sources' },
  { href: '/methodology', label: 'Methodology' },
] as const;

/** The site's header; `note` is a line every page must carry, such as a fictional case's label. */
export function SiteHeader({ note }: { note?: ReactNode }) {
  return (
    <header className="border-b border-slate-200 dark:border-slate-800">
      {note}
      <div className="mx-auto flex max-w-7xl flex-wrap items-baseline gap-x-6 gap-y-2 px-4 py-2">
        <Link href="/" className="text-lg font-bold text-slate-900 no-underline dark:text-white">
          Parley
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
