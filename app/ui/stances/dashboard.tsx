import { type Dashboard as DashboardData, dashboardHref } from '@/app/views/dashboard';
import { absoluteUrl } from '@/app/views/site';
import { plural } from '@/lib/format/plural';
import { cellParam } from '@/lib/view/dashboard';
import { downloadFiles, downloadPath, viewPaths } from '@/lib/view/paths';
import { DashboardForm } from '../controls/dashboard-form';
import { ViewSettings } from '../controls/view-settings';
import { ViewToolbar } from '../controls/view-toolbar';
import { Freshness } from '../freshness';
import { ShareBar } from '../share/share-bar';
import { PendingRegion, ViewNavigation } from '../view/view-navigation';
import { ViewNotices } from '../view/view-notices';
import { CellOutsideNote } from './cell-outside-note';
import { ChangesView } from './changes-view';
import { CompareView } from './compare-view';
import { EvidenceDialog, OpeningCellNotice } from './evidence-dialog';
import { EvidencePanel } from './evidence-panel';
import { StanceLegend } from './stance-legend';
import { StanceMatrix } from './stance-matrix';

const sectionLabels = { matrix: 'Stance matrix', compare: 'Comparison', changes: 'Changes' } as const;

/** The dashboard: controls beside the server-rendered view, the share bar, and the open cell's evidence. */
export function Dashboard({ dashboard }: { dashboard: DashboardData }) {
  const { data, ctx, view, notices, model, changes, evidence, cellOutside, description, shareQuery } =
    dashboard;
  return (
    <ViewNavigation>
      <div className="space-y-2">
        <div className="flex flex-wrap items-baseline justify-between gap-x-4">
          <h1 className="text-xl font-semibold">{data.case.title}</h1>
          <Freshness latestEvidence={data.latestEvidence} asOf={data.case.asOf} />
        </div>
        <p className="sr-only">{data.case.tagline}</p>
        <ViewNotices notices={notices} />
        <DashboardForm
          view={view}
          ctx={ctx}
          parties={data.parties}
          issues={data.issues}
          presets={data.presets}
          events={data.events}
        >
          <div className="space-y-2">
            <ViewToolbar />
            <div className="grid gap-4 lg:grid-cols-[minmax(0,1fr)_13rem]">
              <div className="min-w-0 space-y-2">
                <PendingRegion label="the view">
                  <section
                    id="view"
                    tabIndex={-1}
                    aria-label={sectionLabels[view.mode]}
                    className="space-y-3"
                  >
                    {view.mode === 'matrix' && <StanceMatrix model={model} view={view} ctx={ctx} />}
                    {view.mode === 'compare' && (
                      <CompareView model={model} agreement={dashboard.agreement} view={view} ctx={ctx} />
                    )}
                    {view.mode === 'changes' && changes && (
                      <ChangesView changes={changes} data={data} view={view} ctx={ctx} />
                    )}
                  </section>
                </PendingRegion>
                <StanceLegend />
                <ShareBar
                  title={description.title}
                  shareUrl={absoluteUrl(`${viewPaths.dashboard}${shareQuery}`)}
                  embedUrl={absoluteUrl(`${viewPaths.embedStances}${shareQuery}`)}
                  downloads={[
                    { label: 'Download CSV', href: `${downloadPath(downloadFiles.stancesCsv)}${shareQuery}` },
                    {
                      label: 'Download JSON',
                      href: `${downloadPath(downloadFiles.stancesJson)}${shareQuery}`,
                    },
                  ]}
                  sourceCount={dashboard.sources.length}
                  sourcesHref={`${downloadPath(downloadFiles.stancesJson)}${shareQuery}`}
                />
              </div>
              <aside aria-label="View settings" className="min-w-0">
                <ViewSettings
                  shownSummary={`${sectionLabels[view.mode]}: ${plural(model.parties.length, 'party', 'parties')} × ${plural(model.issues.length, 'issue')}`}
                  unmatchedTerms={model.filter.unmatched}
                />
              </aside>
            </div>
          </div>
        </DashboardForm>
        {evidence && view.cell && (
          <EvidenceDialog
            title={`${evidence.party.name} on ${evidence.issue.title}`}
            closeHref={dashboardHref({ ...view, cell: null }, ctx)}
          >
            {cellOutside && (
              <CellOutsideNote
                outside={cellOutside.outside}
                partyName={evidence.party.name}
                issueTitle={evidence.issue.title}
                filter={view.q}
                showHref={dashboardHref(cellOutside.showing, ctx)}
                range={changes}
              />
            )}
            <EvidencePanel
              key={cellParam(view.cell)}
              evidence={evidence}
              latestHref={view.asOf ? dashboardHref({ ...view, asOf: null }, ctx) : undefined}
              cellUrl={absoluteUrl(`${viewPaths.dashboard}${shareQuery}`)}
              citations={dashboard.citations}
            />
          </EvidenceDialog>
        )}
        <OpeningCellNotice />
      </div>
    </ViewNavigation>
  );
}
