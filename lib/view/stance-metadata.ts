import type { Metadata } from 'next';
import { describeDashboardView } from '../stances/describe';
import type { MatrixModel } from '../stances/matrix-model';
import type { StanceData } from '../stances/stance-data';
import type { DashboardView } from './dashboard';
import { previewMetadata } from './preview-metadata';

type StanceViewLike = {
  data: StanceData;
  view: DashboardView;
  model: MatrixModel;
  canonicalQuery: URLSearchParams;
};

/** Title, description and preview image of a dashboard link: what the link shows, for chat apps and search. */
export function stanceMetadata({ data, view, model, canonicalQuery }: StanceViewLike, path = '/'): Metadata {
  const { title, description } = describeDashboardView(data, view, model);
  return previewMetadata({
    title,
    description,
    path,
    canonicalPath: '/',
    image: '/og/stances',
    query: canonicalQuery,
  });
}
