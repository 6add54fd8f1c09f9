// The rasd/1 record (../shared/design/CONTRACT.md): the one shape every interface returns.
// Extend with optional fields only; a breaking change bumps SCHEMA.

export const SCHEMA = 'rasd/1' as const;

/** A half-open range of UTF-16 indices into the document text. */
export interface Span {
  start: number;
  end: number;
}

/** A span that also carries its text: text === doc.text.slice(start, end). */
export interface TextSpan extends Span {
  text: string;
}

export interface Sentence extends Span {}

export type Pos =
  | 'NOUN' | 'PROPN' | 'VERB' | 'ADJ' | 'ADV' | 'ADP' | 'PRON' | 'DET' | 'NUM' | 'CCONJ'
  | 'SCONJ' | 'PART' | 'PUNCT' | 'SYM' | 'X' | 'AUX' | 'INTJ';

export interface Token extends Span {
  /** The matching form: diacritics and tatweel removed, alef/ya/ta-marbuta folded, digits ASCII. */
  norm: string;
  /** Surface substrings that concatenate back to the token (clitics split, UD Arabic style). */
  segments: string[];
  lemma?: string;
  pos?: Pos;
}

export type EntityType = 'PER' | 'ORG' | 'GPE' | 'LOC' | 'FAC' | 'MISC';

export interface Canonical {
  id: string;
  name: string;
  nameAr: string;
  kind: string;
  country?: string | null;
  sector?: string | null;
}

export interface Entity extends TextSpan {
  id: string;
  type: EntityType;
  canonical: Canonical | null;
  cluster?: string;
  confidence: number;
  /** Absent for names; 'nisba' for a demonym adjective (العراقي), 'nominal' for a common-noun
   *  institution (الحكومة, القوات): mentions the contract wants and name benchmarks do not tag. */
  mention?: 'nisba' | 'nominal';
}

export type ValueKind = 'number' | 'money' | 'percent' | 'quantity' | 'date' | 'duration' | 'ordinal';

export interface Value extends TextSpan {
  kind: ValueKind;
  /** A number; an ISO 8601 string for dates (known precision only) and durations; null when unresolved. */
  value: number | string | null;
  unit?: string | null;
  approx?: boolean;
  relative?: boolean;
  /** Optional extras: exact digits beyond 2^53, range ends, calendar, why a value is unresolved. */
  digits?: string;
  range?: { min: number | string | null; max: number | string | null };
  calendar?: 'gregorian' | 'hijri';
  note?: string;
}

export const EVENT_TYPES = [
  'AGREE', 'CONSULT', 'SUPPORT', 'CONCEDE', 'COOPERATE', 'AID', 'RETREAT', 'REQUEST', 'ACCUSE',
  'REJECT', 'THREATEN', 'PROTEST', 'SANCTION', 'MOBILIZE', 'COERCE', 'ASSAULT',
] as const;
export type EventType = (typeof EVENT_TYPES)[number];

export interface Argument extends TextSpan {
  entity: string | null;
  canonical: Canonical | null;
}

export type MagnitudeKind = 'troops' | 'dead' | 'injured' | 'arrested' | 'people' | 'money';

export interface Magnitude extends TextSpan {
  kind: MagnitudeKind;
  value: number | null;
  approx: boolean;
  unit?: string | null;
}

export interface Source extends TextSpan {
  entity: string | null;
  kind: string;
}

export type EventStatus = 'asserted' | 'reported' | 'estimated' | 'planned' | 'hypothetical' | 'denied';

export interface Event {
  id: string;
  type: EventType;
  mode: string | null;
  context: string[];
  sentence: number;
  trigger: TextSpan;
  actor: Argument[];
  recipient: Argument[];
  location: Argument[];
  time: (TextSpan & { value: string | null }) | null;
  magnitude: Magnitude[];
  source: Source | null;
  status: EventStatus;
  negated: boolean;
  confidence: number;
  why: string;
}

export interface Warning {
  code: string;
  message: string;
  start?: number;
  end?: number;
}

export interface RasdRecord {
  schema: typeof SCHEMA;
  /** Copied from batch input; absent for single documents. */
  id?: string;
  text: string;
  lang: 'ar';
  documentDate: string | null;
  sentences: Sentence[];
  tokens: Token[];
  entities: Entity[];
  values: Value[];
  events: Event[];
  warnings: Warning[];
}
