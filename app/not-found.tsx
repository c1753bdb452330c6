import { NotFoundContent } from './ui/not-found-content';
import { SiteHeader } from './ui/site-header';

/** For paths no route matches: outside the site layout, so it brings the header itself. */
export default function NotFound() {
  return (
    <>
      <SiteHeader />
      <main id="main" className="px-4 py-10">
        <NotFoundContent />
      </main>
    </>
  );
}
