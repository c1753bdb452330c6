import { NotFoundContent } from '@/app/ui/not-found-content';

/** For a page of the site that finds nothing, such as an unknown party: inside the site layout. */
export default function SiteNotFound() {
  return <NotFoundContent />;
}
