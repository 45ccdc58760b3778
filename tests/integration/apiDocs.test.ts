import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { API_DOC_FILE, renderApiDocs } from '../../electron/host/apiDocs';
import { allMethods } from '../../electron/host/methods';

describe('docs/api.md', () => {
  it('is generated from the contracts and up to date (run `npm run docs:api` after changing an API)', () => {
    expect(existsSync(API_DOC_FILE)).toBe(true);
    expect(readFileSync(API_DOC_FILE, 'utf8')).toBe(renderApiDocs());
  });

  it('every method has a one-line summary', () => {
    const missing = Object.entries(allMethods)
      .filter(([, m]) => !m.contract.summary)
      .map(([n]) => n);
    expect(missing).toEqual([]);
  });
});
