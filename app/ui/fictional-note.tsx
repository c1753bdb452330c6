/** A made-up case says so on every page, so nobody mistakes its parties, quotes or figures for real ones. */
export function FictionalNote({ fictional }: { fictional: boolean }) {
  if (!fictional) return null;
  return (
    <p
      role="note"
      className="border-b border-amber-700 bg-amber-50 px-4 py-1.5 text-center text-sm text-amber-950 dark:border-amber-400 dark:bg-amber-950 dark:text-amber-50"
    >
      A fictional case, for demonstration: none of its parties, statements, figures or sources is real.
    </p>
  );
}
