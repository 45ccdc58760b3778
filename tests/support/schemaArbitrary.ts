// fast-check values shaped like a method's input: the zod contract turned into JSON Schema, then
// into arbitraries, with edge values mixed in (bad dates, huge numbers, empty strings) so that
// both near-valid and valid inputs reach the handlers, not only inputs zod refuses at once.
import fc, { type Arbitrary } from 'fast-check';
import { z } from 'zod';

type Schema = {
  type?: string | string[];
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
  enum?: unknown[];
  const?: unknown;
  anyOf?: Schema[];
  oneOf?: Schema[];
  allOf?: Schema[];
  minimum?: number;
  maximum?: number;
  minItems?: number;
  maxItems?: number;
  pattern?: string;
};

const EDGE_STRINGS = [
  '',
  ' ',
  '2026-02-30',
  '0000-01-01',
  '9999-12-31',
  '2026-11-20',
  '1111',
  '123456',
  '019a0000-0000-7000-8000-000000000000',
  'a'.repeat(300),
  '\u0000',
  "'; DROP TABLE sales; --",
];
const EDGE_NUMBERS = [0, -1, 1, 1000, 17_000, 2 ** 53, -(2 ** 53), 1e13, 0.5, Number.MAX_SAFE_INTEGER];

function fromSchema(s: Schema, depth: number): Arbitrary<unknown> {
  if (depth > 6) return fc.constant(null);
  if (s.const !== undefined) return fc.constant(s.const);
  if (s.enum) return fc.constantFrom(...s.enum);
  const union = s.anyOf ?? s.oneOf;
  if (union) return fc.oneof(...union.map((u) => fromSchema(u, depth + 1)));
  if (s.allOf?.length) return fromSchema(s.allOf[0]!, depth + 1);
  const type = Array.isArray(s.type) ? s.type[0] : s.type;
  switch (type) {
    case 'object': {
      const props = Object.entries(s.properties ?? {});
      const required = new Set(s.required ?? []);
      const record: Record<string, Arbitrary<unknown>> = {};
      for (const [key, value] of props) record[key] = fromSchema(value, depth + 1);
      return fc.record(record, { requiredKeys: props.map(([k]) => k).filter((k) => required.has(k)) });
    }
    case 'array':
      return fc.array(fromSchema(s.items ?? {}, depth + 1), { minLength: s.minItems ?? 0, maxLength: Math.min(s.maxItems ?? 4, 4) });
    case 'string':
      return fc.oneof(
        fc.constantFrom(...EDGE_STRINGS),
        s.pattern ? fc.stringMatching(new RegExp(s.pattern)).filter((x) => x.length < 400) : fc.string({ maxLength: 40 }),
      );
    case 'integer':
      return fc.oneof(fc.constantFrom(...EDGE_NUMBERS.filter(Number.isInteger)), fc.integer({ min: s.minimum ?? -1e6, max: Math.min(s.maximum ?? 1e9, 1e12) }));
    case 'number':
      return fc.oneof(fc.constantFrom(...EDGE_NUMBERS), fc.double({ noNaN: true, noDefaultInfinity: true }));
    case 'boolean':
      return fc.boolean();
    case 'null':
      return fc.constant(null);
    default:
      return fc.anything({ maxDepth: 2 });
  }
}

/** Inputs for a contract: shaped by its schema most of the time, plain junk otherwise. */
export function inputArbitrary(schema: z.ZodType): Arbitrary<unknown> {
  const json = z.toJSONSchema(schema, { unrepresentable: 'any', io: 'input' }) as Schema;
  return fc.oneof({ weight: 4, arbitrary: fromSchema(json, 0) }, { weight: 1, arbitrary: fc.anything({ maxDepth: 3 }) });
}
