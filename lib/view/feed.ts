import { Notices, type RawParams, readIdList, reportUnknownKeys, toSearchParams } from './params';

/** The parameter names of the feed of changes, in the order a link writes them. */
export const feedKeys = ['parties', 'issues'] as const;

export type FeedView = {
  /** Only changes of these parties; empty means every party. */
  parties: string[];
  /** Only changes on these issues; empty means every issue. */
  issues: string[];
};

export type FeedContext = { partyIds: readonly string[]; issueIds: readonly string[] };

/** Reads a feed URL. Never throws; unknown ids are dropped and reported (in the feed's subtitle). */
export function parseFeedView(raw: RawParams, ctx: FeedContext): { view: FeedView; notices: string[] } {
  const params = toSearchParams(raw);
  const notices = new Notices();
  reportUnknownKeys(params, feedKeys, notices);
  return {
    view: {
      parties: readIdList(params, 'parties', ctx.partyIds, notices, 'party') ?? [],
      issues: readIdList(params, 'issues', ctx.issueIds, notices, 'issue') ?? [],
    },
    notices: notices.list(),
  };
}

export function serializeFeedView(view: FeedView): URLSearchParams {
  const params = new URLSearchParams();
  if (view.parties.length > 0) params.set('parties', view.parties.join(','));
  if (view.issues.length > 0) params.set('issues', view.issues.join(','));
  return params;
}
