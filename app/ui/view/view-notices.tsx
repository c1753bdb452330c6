export type ViewNoticesProps = { notices: string[] };

/** Says what the page ignored in its address, so a reader knows the view is not quite what the link asked for. */
export function ViewNotices({ notices }: ViewNoticesProps) {
  if (notices.length === 0) return null;
  return (
    <div
      role="status"
      aria-label="Link problems"
      className="rounded border border-amber-600 bg-amber-50 p-3 text-sm text-amber-950 dark:border-amber-400 dark:bg-amber-950 dark:text-amber-50"
    >
      <p className="font-semibold">Some of this link could not be used, so defaults are shown instead:</p>
      <ul className="mt-1 list-disc pl-5">
        {notices.map((notice) => (
          <li key={notice}>{notice}</li>
        ))}
      </ul>
    </div>
  );
}
