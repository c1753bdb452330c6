import Link from 'next/link';
import { SiteHeader } from './ui/site-header';

export default function NotFound() {
  return (
    <>
      <SiteHeader />
      <main id="main" className="mx-auto max-w-3xl space-y-4 px-4 py-10">
        <h1 className="text-2xl font-bold">Page not found</h1>
        <p>
          There is no page at this address. If a link brought you here, it may name a party or issue Parley
          does not have.
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
      </main>
    </>
  );
}
