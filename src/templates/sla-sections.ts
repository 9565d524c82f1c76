/**
 * The SLA draft's free-text sections. Apart from `sla.ts` because every template page names fields
 * (`field-labels.ts` lists the SLA's too) and would otherwise load the whole SLA model with them.
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
