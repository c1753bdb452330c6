import Link from 'next/link';

/** The body of every 404: what happened, and where to go instead. */
export function NotFoundContent() {
  return (
    <div className="mx-auto max-w-3xl space-y-4">
      <h1 className="text-2xl font-semibold">Page not found</h1>
      <p>
        There is no page at this address. If a link brought you here, it may name a party or issue Parley does
        not have.
      </p>
      <ul className="list-disc pl-5">
        <li>
          <Link href="/">The stance matrix</Link>
        </li>
        <li>
          <Link href="/territory">Territory</Link>
        </li>
        <li>
          <Link href="/sources">Sources</Link>
        </li>
      </ul>
    </div>
  );
}
