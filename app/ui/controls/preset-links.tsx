'use client';

type PresetLink = {
  id: string;
  label: string;
  href: string;
  onClick: (event: React.MouseEvent<HTMLAnchorElement>) => void;
};

export type PresetLinksProps = { parties: PresetLink[]; issues: PresetLink[] };

/** Named shortcuts from the case file, such as the negotiating parties or the core disputes. */
export function PresetLinks({ parties, issues }: PresetLinksProps) {
  return (
    <>
      {[
        { label: 'Parties', links: parties },
        { label: 'Issues', links: issues },
      ]
        .filter((group) => group.links.length > 0)
        .map((group) => (
          <nav
            key={group.label}
            aria-label={`Quick picks: ${group.label.toLowerCase()}`}
            className="flex items-center gap-1.5 text-sm"
          >
            <span className="font-semibold">{group.label}:</span>
            <ul className="flex flex-wrap gap-1.5">
              {group.links.map(({ id, label, href, onClick }) => (
                <li key={id}>
                  <a
                    href={href}
                    onClick={onClick}
                    className="inline-block rounded-full border border-slate-500 px-2 py-0.5 text-slate-900 no-underline hover:bg-slate-100 dark:text-slate-100 dark:hover:bg-slate-800"
                  >
                    {label}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
        ))}
    </>
  );
}
