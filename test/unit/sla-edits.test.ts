/** The SLA page's edits (src/templates/sla-edits.ts). */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { documentIssues } from '../../src/templates/document.ts';
import {
  appendSlaRow,
  blankDeliverable,
  blankIndicator,
  nextTarget,
  patchSlaRow,
  removeSlaRow,
  setSlaText,
  setTerm,
  toggleContent,
  toggleMode,
  type SlaList,
} from '../../src/templates/sla-edits.ts';
import {
  DELIVERY_CONTENTS,
  DELIVERY_MODES,
  emptyService,
  newSlaDocument,
  type SlaDocument,
  SLA_LATER_TEXT_SECTIONS,
} from '../../src/templates/sla.ts';
import { SLA_TEXT_SECTIONS } from '../../src/templates/sla-sections.ts';
import { slaTemplate } from '../../src/templates/sla-schema.ts';

const NOW = '2025-03-07T10:30:00.000Z';
const targets = [
  { priority: 'P1', responseMinutes: 15, resolutionMinutes: 240 },
  { priority: 'P2', responseMinutes: 30, resolutionMinutes: 480 },
];
const draft = (): SlaDocument => newSlaDocument('SLA', NOW, targets);

describe('SLA edits', () => {
  it('shows every free-text section: service hours first, the others after the lists', () => {
    expect(['serviceHours', ...SLA_LATER_TEXT_SECTIONS]).toEqual([...SLA_TEXT_SECTIONS]);
    expect(SLA_LATER_TEXT_SECTIONS).toContain('security');
  });

  it('sets the parties, a section and the term', () => {
    let doc = setSlaText(draft(), 'supplier', '甲方');
    doc = setSlaText(doc, 'security', '按 ISO 27001');
    doc = setTerm(setTerm(doc, 'start', '2025-04-01'), 'end', '2026-03-31');
    expect(doc).toMatchObject({
      supplier: '甲方',
      security: '按 ISO 27001',
      term: { start: '2025-04-01', end: '2026-03-31' },
    });
    expect(documentIssues(doc, slaTemplate)).toEqual([]);
  });

  it('adds rows at the end with their defaults', () => {
    let doc = appendSlaRow(draft(), 'targets', nextTarget(draft()));
    expect(doc.targets[2]).toEqual({ priority: 'P3', responseMinutes: 60, resolutionMinutes: 480 });
    doc = appendSlaRow(doc, 'indicators', blankIndicator());
    doc = appendSlaRow(doc, 'deliverables', blankDeliverable());
    doc = appendSlaRow(doc, 'services', emptyService('hardware'));
    expect(doc.indicators).toEqual([{ name: '', target: '', calculation: '' }]);
    expect(doc.deliverables).toEqual([{ name: '', frequency: '', recipient: '' }]);
    expect(doc.services[0]!.category).toBe('hardware');
  });

  it('changes and removes one row, leaving the others and the input alone', () => {
    const before = draft();
    const changed = patchSlaRow(before, 'targets', 1, { responseMinutes: 45 });
    expect(changed.targets).toEqual([targets[0], { ...targets[1], responseMinutes: 45 }]);
    expect(removeSlaRow(changed, 'targets', 0).targets).toEqual([{ ...targets[1], responseMinutes: 45 }]);
    expect(before.targets).toEqual(targets);
    expect(() => removeSlaRow(before, 'indicators', 0)).toThrow(RangeError);
  });

  it('ticks delivery contents and modes in the standard order', () => {
    const service = { ...emptyService(), contents: ['assessment' as const], modes: ['remote' as const] };
    expect(toggleContent(service, 'routine', true)).toEqual({ contents: ['routine', 'assessment'] });
    expect(toggleContent(service, 'assessment', false)).toEqual({ contents: [] });
    expect(toggleMode(service, 'onsite', true)).toEqual({ modes: ['onsite', 'remote'] });
    for (const c of DELIVERY_CONTENTS) expect(toggleContent(service, c, true).contents).toContain(c);
    for (const m of DELIVERY_MODES) expect(toggleMode(service, m, false).modes).not.toContain(m);
  });

  it('appending a row then removing it gives back the document', () => {
    const rows = {
      services: emptyService(),
      targets: { priority: 'P9', responseMinutes: 1, resolutionMinutes: 2 },
      indicators: blankIndicator(),
      deliverables: blankDeliverable(),
    };
    fc.assert(
      fc.property(fc.constantFrom<SlaList>('services', 'targets', 'indicators', 'deliverables'), (list) => {
        const doc = draft();
        const added = appendSlaRow(doc, list, rows[list] as never);
        expect(added[list]).toHaveLength(doc[list].length + 1);
        expect(removeSlaRow(added, list, doc[list].length)).toEqual(doc);
      }),
    );
  });
});
