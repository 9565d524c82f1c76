/**
 * The message formatter of every dictionary in `src/i18n/`: `{name}` placeholders and English plurals. The code
 * sits in `src/engine/message.ts` because the engine (which imports no other layer) formats its own export strings
 * (comparison, review, agreement) with the same function.
 */
export { formatMessage, translatorOf } from '../engine/message.ts';
