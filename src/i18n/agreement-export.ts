/**
 * Strings of the exported calibration (Markdown, CSV), in both languages. A caller builds a translator with
 * `agreementText(locale)` and hands it to the engine's calibration exports (`src/engine/agreement-export.ts`), which
 * look up no dictionary of their own. The training pages (`training.ts`) show the same words.
 */
import type { Locale } from '../catalog/schema.ts';
import { localeTranslator, type LocaleTranslator } from '../engine/message.ts';

const zh = {
  'agr.title': '评估员校准：与讲师答案的一致性',
  'agr.note':
    '本门户的培训方法，非标准内容。只比较讲师答案和学员都评为 N/P/L/F 的要素；标为不适用（NA）或学员未回答的要素不参与计算，单独计数。加权 kappa 为二次加权的 Cohen kappa。',
  'agr.key': '讲师答案：{file}（{title}）',
  'agr.case': '案例：{case}',
  'agr.trainees': '学员',
  'agr.trainee': '学员',
  'agr.file': '文件',
  'agr.compared': '参与比较',
  'agr.exact': '完全一致',
  'agr.withinOne': '相差不超过一级',
  'agr.kappa': '加权 kappa',
  'agr.na': '排除：不适用',
  'agr.unanswered': '排除：未回答',
  'agr.gap.none-compared': '{trainee}：没有双方都评为 N/P/L/F 的要素，无法计算 kappa。',
  'agr.gap.no-variation': '{trainee}：比较的要素双方都评为同一级别，没有差异可供比较，kappa 无定义。',
  'agr.elements': '逐要素对照',
  'agr.element': '要素',
  'agr.name': '名称',
  'agr.keyLevel': '讲师答案',
  'agr.reason': '理由',
  'agr.misjudged': '最常判错的要素',
  'agr.rank': '排名',
  'agr.misjudgedCount': '判错人数',
  'agr.meanDistance': '平均偏差（级）',
  'agr.spread': '级别分布',
  'agr.noMisjudged': '所有学员与讲师答案完全一致。',
  'agr.none': '未回答',
  'agr.kind': '类别',
  'agr.kind.trainee': '学员',
  'agr.kind.element': '要素',
  'agr.level': '学员评级',
} as const;

export type AgreementKey = keyof typeof zh;

const en: Record<AgreementKey, string> = {
  'agr.title': 'Assessor calibration: agreement with the instructor key',
  'agr.note':
    "This portal's training method, not the standard. Only elements that both the key and the trainee rated N/P/L/F are compared; elements marked not applicable (NA) or not answered by the trainee are left out and counted apart. Weighted kappa is Cohen's kappa with quadratic weights.",
  'agr.key': 'Instructor key: {file} ({title})',
  'agr.case': 'Case: {case}',
  'agr.trainees': 'Trainees',
  'agr.trainee': 'Trainee',
  'agr.file': 'File',
  'agr.compared': 'Compared',
  'agr.exact': 'Exact agreement',
  'agr.withinOne': 'Within one level',
  'agr.kappa': 'Weighted kappa',
  'agr.na': 'Left out: NA',
  'agr.unanswered': 'Left out: unanswered',
  'agr.gap.none-compared':
    '{trainee}: no element was rated N/P/L/F by both the key and the trainee, so there is no kappa.',
  'agr.gap.no-variation':
    '{trainee}: every compared element has one and the same level from both, so there is no variation to agree about and kappa is undefined.',
  'agr.elements': 'Element by element',
  'agr.element': 'Element',
  'agr.name': 'Name',
  'agr.keyLevel': 'Key',
  'agr.reason': 'Reason',
  'agr.misjudged': 'Elements the class misjudges most',
  'agr.rank': 'Rank',
  'agr.misjudgedCount': 'Trainees off the key',
  'agr.meanDistance': 'Mean distance (levels)',
  'agr.spread': 'Spread of levels',
  'agr.noMisjudged': 'Every trainee agrees with the key.',
  'agr.none': 'unanswered',
  'agr.kind': 'Kind',
  'agr.kind.trainee': 'Trainee',
  'agr.kind.element': 'Element',
  'agr.level': "Trainee's level",
};

/** Every calibration export string in both languages (for tests). */
export const AGREEMENT_DICTIONARIES: Record<Locale, Record<AgreementKey, string>> = { 'zh-CN': zh, en };

/**
 * The calibration words in one language, as the engine's calibration exports take them: a key and its placeholder
 * values to the finished text, and the language, which the engine also needs for the catalog's own texts (element
 * titles), so a caller passes this one value and no separate locale.
 */
export type AgreementTranslator = LocaleTranslator<AgreementKey, Locale>;

/** A translator of the calibration export strings; `{name}` placeholders are filled from params. */
export function agreementText(locale: Locale): AgreementTranslator {
  return localeTranslator(AGREEMENT_DICTIONARIES, locale);
}
