// The OpenAPI 3.1 description of the HTTP API, served at /openapi.json.

const error = { $ref: '#/components/responses/Error' };
const qp = (name: string, description: string, schema: Record<string, unknown> = { type: 'string' }) => ({ name, in: 'query', required: false, description, schema });
const dateParam = (name: string, what: string) => qp(name, `${what} (YYYY, YYYY-MM or YYYY-MM-DD, inclusive)`, { type: 'string', pattern: '^\\d{4}(-\\d{2}(-\\d{2})?)?$' });
const page = [qp('limit', 'at most this many results', { type: 'integer', minimum: 0, maximum: 1000 }), qp('offset', 'skip this many results', { type: 'integer', minimum: 0 })];

const EVENT_FILTERS = [
  qp('type', 'PLOVER event type', { type: 'string', enum: ['AGREE', 'CONSULT', 'SUPPORT', 'CONCEDE', 'COOPERATE', 'AID', 'RETREAT', 'REQUEST', 'ACCUSE', 'REJECT', 'THREATEN', 'PROTEST', 'SANCTION', 'MOBILIZE', 'COERCE', 'ASSAULT'] }),
  qp('actor', 'actor: ISO3 country (IRQ), country:sector (IRQ:MIL), :sector (:MIL) or a canonical id'),
  qp('recipient', 'recipient: same forms as actor'),
  qp('location', 'a place name (any spelling) or an ISO3 country code'),
  qp('source', 'only documents from this source'),
  dateParam('from', 'documents dated on or after'),
  dateParam('to', 'documents dated on or before'),
];

export function openApiDocument(): Record<string, unknown> {
  return {
    openapi: '3.1.0',
    info: {
      title: 'Rasd API',
      version: '0.1.0',
      description: 'Arabic news → structured, sourced political events. Every span is a half-open range of UTF-16 offsets into the document text (text.slice(start, end) === span.text). Errors are JSON {"error": "..."}.',
      license: { name: 'MIT' },
    },
    servers: [{ url: '/' }],
    paths: {
      '/healthz': {
        get: { summary: 'liveness and corpus size', responses: { 200: { description: 'ok', content: { 'application/json': { schema: { type: 'object', properties: { ok: { type: 'boolean' }, schema: { type: 'string' }, documents: { type: 'integer' }, events: { type: 'integer' } }, required: ['ok'] } } } } } },
      },
      '/api/analyze': {
        post: {
          summary: 'analyse one document into a rasd/1 record (not stored)',
          parameters: [qp('date', 'document date YYYY-MM-DD (for text/plain bodies; a JSON body uses its "date")')],
          requestBody: {
            required: true,
            content: {
              'application/json': { schema: { type: 'object', required: ['text'], properties: { text: { type: 'string' }, date: { type: 'string', description: 'YYYY-MM-DD, YYYY-MM or YYYY: the anchor for relative dates' } } } },
              'text/plain': { schema: { type: 'string' } },
            },
          },
          responses: {
            200: { description: 'the rasd/1 record (CONTRACT.md)', content: { 'application/json': { schema: { $ref: '#/components/schemas/Record' } } } },
            400: error, 413: error, 415: error, 500: error, 503: error,
          },
        },
      },
      '/api/search': {
        get: {
          summary: 'full-text search over the stored documents (Arabic spelling variants folded)',
          parameters: [{ ...qp('q', 'the words to search for'), required: true }, dateParam('from', 'documents dated on or after'), dateParam('to', 'documents dated on or before'), qp('source', 'only documents from this source'), ...page],
          responses: { 200: { description: 'hits, best first', content: { 'application/json': { schema: { type: 'object', properties: { total: { type: 'integer' }, hits: { type: 'array', items: { type: 'object', properties: { id: { type: 'string' }, title: { type: ['string', 'null'] }, date: { type: ['string', 'null'] }, snippet: { type: 'string' }, match: { type: ['object', 'null'], properties: { start: { type: 'integer' }, end: { type: 'integer' } } } } } } } } } } }, 400: error, 503: error },
        },
      },
      '/api/documents': {
        get: {
          summary: 'list stored documents, newest first',
          parameters: [dateParam('from', 'documents dated on or after'), dateParam('to', 'documents dated on or before'), qp('source', 'only documents from this source'), ...page],
          responses: { 200: { description: 'documents', content: { 'application/json': { schema: { type: 'object' } } } }, 400: error, 503: error },
        },
      },
      '/api/documents/{id}': {
        get: {
          summary: 'one stored document with its rasd/1 record',
          parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
          responses: { 200: { description: 'the document', content: { 'application/json': { schema: { type: 'object', properties: { id: { type: 'string' }, title: { type: ['string', 'null'] }, url: { type: ['string', 'null'] }, date: { type: ['string', 'null'] }, source: { type: ['string', 'null'] }, record: { $ref: '#/components/schemas/Record' } } } } } }, 404: error, 503: error },
        },
      },
      '/api/events': {
        get: {
          summary: 'stored events, filtered; JSON (paged) or CSV (CONTRACT.md columns)',
          parameters: [...EVENT_FILTERS, qp('format', 'json (default) or csv', { type: 'string', enum: ['json', 'csv'] }), ...page],
          responses: {
            200: {
              description: 'events in document date order',
              content: {
                'application/json': { schema: { type: 'object', properties: { total: { type: 'integer' }, events: { type: 'array', items: { type: 'object', description: 'a rasd/1 event plus docId, date and sentenceText' } } } } },
                'text/csv': { schema: { type: 'string' } },
              },
            },
            400: error, 503: error,
          },
        },
      },
      '/api/timeline': {
        get: {
          summary: 'event counts by document date, one series per event type or per actor',
          parameters: [qp('by', 'type (default) or actor', { type: 'string', enum: ['type', 'actor'] }), ...EVENT_FILTERS],
          responses: { 200: { description: 'dates and series', content: { 'application/json': { schema: { type: 'object', properties: { by: { type: 'string' }, dates: { type: 'array', items: { type: 'string' } }, series: { type: 'array', items: { type: 'object', properties: { key: { type: 'string' }, total: { type: 'integer' }, counts: { type: 'array', items: { type: 'integer' } } } } }, undated: { type: 'integer' } } } } } }, 400: error, 503: error },
        },
      },
      '/api/stats': {
        get: { summary: 'corpus counts', responses: { 200: { description: 'counts', content: { 'application/json': { schema: { type: 'object' } } } }, 503: error } },
      },
    },
    components: {
      responses: {
        Error: { description: 'an error', content: { 'application/json': { schema: { type: 'object', required: ['error'], properties: { error: { type: 'string', description: 'one line' } } } } } },
      },
      schemas: {
        Record: {
          type: 'object',
          description: 'rasd/1 (CONTRACT.md)',
          required: ['schema', 'text', 'lang', 'documentDate', 'sentences', 'tokens', 'entities', 'values', 'events', 'warnings'],
          properties: {
            schema: { const: 'rasd/1' }, text: { type: 'string' }, lang: { const: 'ar' }, documentDate: { type: ['string', 'null'] },
            sentences: { type: 'array' }, tokens: { type: 'array' }, entities: { type: 'array' }, values: { type: 'array' }, events: { type: 'array' }, warnings: { type: 'array' },
          },
        },
      },
    },
  };
}
