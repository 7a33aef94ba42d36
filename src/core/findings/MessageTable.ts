import type { FindingCode, FindingParams } from './catalogue';

/** One message function per code; a table missing a code does not compile. */
export type MessageTable = { readonly [K in FindingCode]: (p: FindingParams[K]) => string };
