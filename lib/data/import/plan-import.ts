import { type Evidence, type GathererReport, gathererReportSchema } from '../../schemas';
import type { DataFileTexts } from '../build-dataset';
import { type Parsed, readJson } from '../parse-json';
import { idOf, isRecord, recordPath } from '../record-path';
import { newDraft, withReport } from './draft-position';
import { fileText, type ImportData, readImportData } from './import-data';
import { readPublishedOn } from './published-on';
import { type KnownSpeaker, resolveNamed, resolveSpeaker, type SpeakerChoice } from './resolve-names';
import { uniqueId } from './slug';
import { sourceForReport } from './source-record';

export type ReportOutcome = {
  /** The gatherer's id of the report. */
  ref: string;
  status: 'imported' | 'skipped' | 'refused';
  /** What was written, why nothing was needed, or why it was refused. */
  detail: string;
};

export type ImportPlan = {
  outcomes: ReportOutcome[];
  /** The new text of each file the import changes, by its path in data/. Files left alone are absent. */
  files: Map<string, string>;
};

/**
 * Plans the import of a gatherer's file into data/: pure, so the whole of it can be tested on texts. Every report
 * is imported whole, skipped because data/ already holds it (by its ref, or by address and quote) as evidence or as
 * a report set aside, or refused
 * with its reasons and nothing of it written. Nothing already in data/ is changed, except drafts that gain a report.
 */
export function planImport(
  texts: DataFileTexts,
  reportsText: string,
  labels: { data: string; reports: string },
): Parsed<ImportPlan> {
  const data = readImportData(texts, labels.data);
  if (!data.ok) return data;
  const json = readJson(labels.reports, reportsText);
  if (!json.ok) return json;
  if (!Array.isArray(json.value)) {
    return { ok: false, problems: [{ file: labels.reports, path: '', reason: 'must be a list of reports' }] };
  }
  const state = new ImportState(data.value);
  const reports: unknown[] = json.value;
  const outcomes = reports.map((item, index) => state.add(item, idOf(item) ?? `report ${index + 1}`));
  const files = new Map<string, string>();
  for (const file of [data.value.parties, data.value.positions, data.value.newSources]) {
    if (file.changed) files.set(file.path, fileText(file));
  }
  return { ok: true, value: { outcomes, files } };
}

class ImportState {
  private readonly speakers: KnownSpeaker[];
  private readonly sourceIds: Set<string>;
  private readonly sourceByUrl = new Map<string, string>();
  private readonly urlById = new Map<string, string>();
  private readonly refs = new Set<string>();
  private readonly quotes = new Set<string>();
  private readonly setAsideRefs = new Set<string>();
  private readonly setAsideQuotes = new Set<string>();

  constructor(private readonly data: ImportData) {
    this.speakers = data.parties.records.flatMap((p) =>
      p.speakers.map((s) => ({ id: s.id, name: s.name, party: p.id })),
    );
    this.sourceIds = new Set(data.sources.map((s) => s.id));
    for (const source of data.sources) if (source.url) this.rememberSource(source.id, source.url);
    for (const position of data.positions.records)
      for (const e of position.evidence) this.rememberEvidence(e);
    // A report read and set aside was handled: importing it again would bring back a draft a coder dismissed.
    for (const report of data.setAside) {
      if (report.ref) this.setAsideRefs.add(report.ref);
      const url = this.urlById.get(report.source);
      if (url) this.setAsideQuotes.add(quoteKey(url, report.quote));
    }
  }

  add(item: unknown, ref: string): ReportOutcome {
    const parsed = gathererReportSchema.safeParse(item);
    if (!parsed.success) {
      const reasons = parsed.error.issues.map((i) => `${recordPath(item, i.path)}: ${i.message}`);
      return { ref, status: 'refused', detail: reasons.join('; ') };
    }
    const report = parsed.data;
    if (this.refs.has(report.id))
      return { ref, status: 'skipped', detail: `already in data/ (evidence with ref ${report.id})` };
    if (this.quotes.has(quoteKey(report.url, report.quote))) {
      return {
        ref,
        status: 'skipped',
        detail: 'already in data/ (evidence with the same address and quote)',
      };
    }
    if (this.setAsideRefs.has(report.id)) {
      return { ref, status: 'skipped', detail: `set aside in data/set-aside.json (ref ${report.id})` };
    }
    if (this.setAsideQuotes.has(quoteKey(report.url, report.quote))) {
      return {
        ref,
        status: 'skipped',
        detail: 'set aside in data/set-aside.json (the same address and quote)',
      };
    }
    const resolved = this.resolve(report);
    if (!resolved.ok) return { ref, status: 'refused', detail: resolved.reasons.join('; ') };
    return { ref, status: 'imported', detail: this.write(report, resolved.value) };
  }

  private resolve(report: GathererReport) {
    const { asOf, aliases, issues, parties } = this.data;
    const reasons: string[] = [];
    const party = resolveNamed(
      'party',
      report.party,
      parties.records.map((p) => ({ id: p.id, names: [p.name, p.shortName] })),
      aliases.parties,
    );
    const issue = resolveNamed(
      'issue',
      report.issue,
      issues.map((i) => ({ id: i.id, names: [i.title] })),
      aliases.issues,
    );
    const speaker = resolveSpeaker(
      report.speaker,
      party.ok ? party.value : '',
      this.speakers,
      aliases.speakers,
    );
    if (report.date > asOf)
      reasons.push(`dated ${report.date}, after the data's as-of date ${asOf} (case.json › asOf)`);
    const published = readPublishedOn(report.publishedOn).publishedOn;
    if (published && published > asOf)
      reasons.push(`published ${published}, after the data's as-of date ${asOf}`);
    for (const result of [party, issue, speaker]) if (!result.ok) reasons.push(result.reason);
    if (speaker.ok && !parties.records.some((p) => p.id === speaker.value.party)) {
      reasons.push(
        `the speaker's party "${speaker.value.party}" in data/aliases.json is not in data/parties.json`,
      );
    }
    if (!party.ok || !issue.ok || !speaker.ok || reasons.length > 0) return { ok: false as const, reasons };
    return { ok: true as const, value: { party: party.value, issue: issue.value, speaker: speaker.value } };
  }

  private write(
    report: GathererReport,
    to: { party: string; issue: string; speaker: SpeakerChoice },
  ): string {
    const done: string[] = [];
    if (to.speaker.kind === 'new') {
      this.addSpeaker(to.speaker, report);
      done.push(`new speaker ${to.speaker.id} in ${to.speaker.party}`);
    }
    const sourceId = this.sourceFor(report, to.speaker.id, to.issue, done);
    const evidence: Evidence = {
      quote: report.quote,
      quoteKind: report.quoteKind === 'direct' ? 'verbatim' : 'paraphrase',
      speaker: to.speaker.id,
      source: sourceId,
      date: report.date,
      ref: report.id,
    };
    const reported = to.speaker.party !== to.party;
    const position = this.addToDraft(
      { party: to.party, issue: to.issue, date: report.date },
      evidence,
      report.summary,
      reported,
    );
    this.rememberEvidence(evidence);
    return [`draft ${position}${reported ? ' (reported)' : ''}`, ...done].join(', ');
  }

  private addSpeaker(speaker: Extract<SpeakerChoice, { kind: 'new' }>, report: GathererReport) {
    const record = { id: speaker.id, name: speaker.name, role: report.speakerRole, roleAsOf: report.date };
    const { parties } = this.data;
    const party = parties.records.find((p) => p.id === speaker.party);
    const raw = parties.root.find((p) => idOf(p) === speaker.party);
    if (!party || !isRecord(raw)) return;
    party.speakers.push(record);
    if (Array.isArray(raw.speakers)) raw.speakers.push(record);
    else raw.speakers = [record];
    parties.changed = true;
    this.speakers.push({ id: speaker.id, name: speaker.name, party: speaker.party });
  }

  private sourceFor(report: GathererReport, speakerId: string, issueId: string, done: string[]): string {
    const existing = this.sourceByUrl.get(report.url);
    if (existing) return existing;
    const speaker = this.speakers.find((s) => s.id === speakerId);
    const issue = this.data.issues.find((i) => i.id === issueId);
    const source = sourceForReport(report, {
      speakerName: speaker?.name ?? report.speaker,
      issueTitle: issue?.title ?? issueId,
      taken: (id) => this.sourceIds.has(id),
    });
    const { newSources } = this.data;
    newSources.root.push(source);
    newSources.records.push(source);
    newSources.changed = true;
    this.sourceIds.add(source.id);
    this.rememberSource(source.id, report.url);
    done.push(`new source ${source.id}`);
    return source.id;
  }

  /** Reports of one party, issue and date share a draft; a coded position of that day is left alone. */
  private addToDraft(
    at: { party: string; issue: string; date: string },
    evidence: Evidence,
    summary: string,
    reported: boolean,
  ): string {
    const { positions } = this.data;
    const base = `${at.party}-${at.issue}-${at.date}`;
    const isOpenDraft = (id: string) =>
      positions.records.some(
        (p) =>
          p.id === id &&
          p.stance === null &&
          p.party === at.party &&
          p.issue === at.issue &&
          p.date === at.date,
      );
    const id = uniqueId(
      base,
      (candidate) => positions.records.some((p) => p.id === candidate) && !isOpenDraft(candidate),
    );
    positions.changed = true;
    const index = positions.records.findIndex((p) => p.id === id);
    const draft = positions.records[index];
    const raw = positions.root.find((p) => idOf(p) === id);
    if (draft && isRecord(raw)) {
      const changes = withReport(draft, evidence, summary, reported);
      positions.records[index] = { ...draft, ...changes };
      Object.assign(raw, changes);
    } else {
      const created = newDraft(id, at, evidence, summary, reported);
      positions.records.push(created);
      positions.root.push(created);
    }
    return id;
  }

  private rememberSource(id: string, url: string) {
    this.urlById.set(id, url);
    if (!this.sourceByUrl.has(url)) this.sourceByUrl.set(url, id);
  }

  private rememberEvidence(evidence: Evidence) {
    if (evidence.ref) this.refs.add(evidence.ref);
    const url = this.urlById.get(evidence.source);
    if (url) this.quotes.add(quoteKey(url, evidence.quote));
  }
}

function quoteKey(url: string, quote: string): string {
  return `${url}\n${quote}`;
}
