import { describe, expect, it } from 'vitest';
import { buildDataset } from '../data/build-dataset';
import { fixtureTexts } from '../data/test-fixture';
import { toStanceData, withoutEvidence } from './stance-data';

describe('toStanceData', () => {
  const parsed = buildDataset(fixtureTexts());
  if (!parsed.ok) throw new Error('fixture should parse');
  const data = toStanceData(parsed.value);

  it('resolves each piece of evidence to its speaker and source', () => {
    const evidence = data.positions[0]?.evidence[0];
    expect(evidence?.speaker).toEqual({ name: 'Vladimir Putin', role: 'President', party: 'russia' });
    expect(evidence?.source.title).toBe('Envoy Witkoff Bridges Dialogue');
    expect(data.positions[0]?.evidenceCount).toBe(1);
    expect(data.positions[0]?.sourceIds).toEqual(['seed-article']);
  });

  it('gives the browser summaries only, with the cited sources for citations', () => {
    const browser = withoutEvidence(data);
    expect(browser.positions[0]).not.toHaveProperty('evidence');
    expect(Object.keys(browser.sources)).toEqual(['seed-article']);
  });
});
