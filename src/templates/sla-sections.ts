/**
 * The SLA draft's free-text sections. Apart from `sla.ts` so that naming the fields of any template
 * (`field-labels.ts` lists the SLA's too) does not load the whole SLA model.
 */

/** Free-text sections, in the order the draft shows them. */
export const SLA_TEXT_SECTIONS = [
  'serviceHours',
  'deliveryMode',
  'staffing',
  'assessment',
  'rewardsPenalties',
  'security',
  'complaints',
  'disputes',
  'outstanding',
] as const;
export type SlaTextSection = (typeof SLA_TEXT_SECTIONS)[number];
