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
  if (parties.length === 0 && issues.length === 0) return null;
  return (
    <div className="space-y-2">
      {[
        { heading: 'Quick picks: parties', label: 'Parties', links: parties },
        { heading: 'Quick picks: issues', label: 'Issues', links: issues },
      ]
        .filter((group) => group.links.length > 0)
        .map((group) => (
          <nav key={group.heading} aria-label={group.heading}>
            <p className="font-semibold">Quick picks: {group.label.toLowerCase()}</p>
            <ul className="flex flex-wrap gap-1.5 text-sm">
              {group.links.map(({ id, label, href, onClick }) => (
                <li key={id}>
                  <a
                    href={href}
                    onClick={onClick}
                    className="inline-block rounded-full border border-slate-500 px-2 py-0.5 text-sm text-slate-900 no-underline hover:bg-slate-100 dark:text-slate-100 dark:hover:bg-slate-800"
                  >
                    {label}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
        ))}
    </div>
  );
}
