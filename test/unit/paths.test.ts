import { describe, expect, it } from 'vitest';
import { elementAnchorHref, practiceHref, practiceOfElementId } from '../../src/lib/paths.ts';

describe('element links', () => {
  it('puts a GB/T 28827.2 element on its clause page', () => {
    expect(elementAnchorHref('DM-PLAN-01', '5.2', 'zh-CN')).toBe('/5-2/#DM-PLAN-01');
    expect(elementAnchorHref('DW-REMOTE-END-02', '7.3', 'en')).toBe('/en/7-3/#DW-REMOTE-END-02');
  });

  it('puts a related-practice element on its practice page, whatever its section number', () => {
    expect(elementAnchorHref('HO-APP-03', '2.1', 'zh-CN')).toBe('/practices/handover/#HO-APP-03');
    expect(elementAnchorHref('WR-RULE-01', '1.1', 'en')).toBe('/en/practices/work-rules/#WR-RULE-01');
    expect(practiceHref('quality', 'en')).toBe('/en/practices/quality/');
  });

  it('tells practice IDs by their prefix only', () => {
    expect(practiceOfElementId('SW-FLOW-01')).toBe('software');
    expect(practiceOfElementId('QM-QC-C01')).toBe('quality');
    expect(practiceOfElementId('DM-PLAN-01')).toBeUndefined();
    expect(practiceOfElementId('HOX-01')).toBeUndefined();
  });
});
