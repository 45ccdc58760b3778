// The router's output check: a handler that answers something its contract does not describe is
// caught under test (validateOutputs), named by method and path, instead of reaching a screen that
// reads the wrong field. Real router, real SQLite core; the two methods are a tiny fake contract.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { openTempHost, type TempHost } from '../support/tempHost';
import { createRouter, publicMethod, type Methods } from '../../electron/host/router';
import { FileDownload } from '../../shared/api/common';

const download = { input: z.object({}), output: FileDownload, roles: 'public' as const, summary: 'fake' };
const fakeMethods: Methods = {
  'fake.rightShape': publicMethod(download, () => ({ fileName: 'a.csv', mimeType: 'text/csv', contentBase64: 'YQ==' })),
  // The old download shape ({mime, base64}): what drift looks like. The cast stands in for a
  // service typed `any` or a contract edited without its handler.
  'fake.oldShape': publicMethod(download, () => ({ fileName: 'a.csv', mime: 'text/csv', base64: 'YQ==' }) as unknown as FileDownload),
  'fake.nothing': publicMethod({ ...download, output: z.null() }, () => undefined),
};

// Compile time (npm test runs tsc): a handler whose return type misses the output is refused.
// @ts-expect-error mimeType and contentBase64 are missing
publicMethod(download, () => ({ fileName: 'a.csv', mime: 'text/csv', base64: 'YQ==' }));

let h: TempHost;
beforeEach(() => {
  h = openTempHost();
});
afterEach(() => h.dispose());

describe('router output validation', () => {
  it('is on under vitest: a result with the wrong fields fails with OUTPUT_INVALID naming method and path', async () => {
    const router = createRouter(h.core, fakeMethods, h.events, () => {});
    const r = await router.call('fake.oldShape', {}, null);
    expect(r).toMatchObject({ ok: false, error: { code: 'OUTPUT_INVALID', params: { method: 'fake.oldShape', path: 'mimeType' } } });
  });

  it('lets a matching result through unchanged, and a handler returning nothing answers null', async () => {
    const router = createRouter(h.core, fakeMethods, h.events, () => {});
    expect(await router.call('fake.rightShape', {}, null)).toEqual({ ok: true, result: { fileName: 'a.csv', mimeType: 'text/csv', contentBase64: 'YQ==' } });
    expect(await router.call('fake.nothing', {}, null)).toEqual({ ok: true, result: null });
  });

  it('can be switched off (production speed): the drifted result then passes as it is', async () => {
    const router = createRouter(h.core, fakeMethods, h.events, () => {}, { validateOutputs: false });
    expect(await router.call('fake.oldShape', {}, null)).toEqual({ ok: true, result: { fileName: 'a.csv', mime: 'text/csv', base64: 'YQ==' } });
  });

  it('an extra field is drift too (output objects are strict)', async () => {
    const strict = { ...download, output: z.strictObject({ count: z.number().int() }) };
    const router = createRouter(
      h.core,
      { 'fake.extra': publicMethod(strict, () => ({ count: 1, leaked: 'x' }) as unknown as { count: number }) },
      h.events,
      () => {},
    );
    expect(await router.call('fake.extra', {}, null)).toMatchObject({ ok: false, error: { code: 'OUTPUT_INVALID', params: { method: 'fake.extra' } } });
  });
});
