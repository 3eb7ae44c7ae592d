import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { analyse } from '../../../../src/engine/smtp/analyse';
import { fixtureDb } from '../../../fixtures/smtp-db';
import { expectWellFormed } from './helpers';

// Pieces of real bounces, so random inputs reach the interesting paths (pairs, DSN blocks, MIME, folding).
const piece = fc.constantFrom(
  '550', '5.1.1', '550-5.7.26', '421 4.7.0 [TSS04]', '#550 4.4.7 ##', '620', '5.9.1', '192.168.0.1', '2026-11-26',
  ' ', '  ', '\n', '\r\n', '\t', '-', '.', ':', ';', '=', '#', '<', '>', '@', '(', ')', "'",
  'Status: ', 'Action: failed', 'Action: delayed', 'Final-Recipient: rfc822; a@example.com', 'Diagnostic-Code: smtp; ',
  'Remote-MTA: dns; gmail-smtp-in.l.google.com', 'host mx.example.com[192.0.2.1] said: ', 'Remote host said: ',
  "Remote server returned '", 'user@example.com', 'User unknown', 'gsmtp', 'S3150', 'version ', 'エラー',
  'MIME-Version: 1.0\nContent-Type: multipart/report; boundary=b\n\n', '--b\n', 'Content-Type: message/delivery-status\n\n',
  'Content-Transfer-Encoding: base64\n\n', 'Content-Transfer-Encoding: quoted-printable\n\n', '=\n', '=3D',
  '--- Below this line is a copy of the message.', '\u0000', '\ufffd', 'あ', '😀',
);
const bounceLike = fc.array(piece, { maxLength: 60 }).map((parts) => parts.join(''));

const status = fc
  .tuple(fc.constantFrom('2', '4', '5'), fc.integer({ min: 0, max: 7 }), fc.integer({ min: 0, max: 999 }))
  .map(([c, s, d]) => `${c}.${s}.${d}`);
const replyCode = fc.constantFrom(...fixtureDb.basic.map((b) => b.code));

describe('any input', () => {
  test.each([
    { name: 'printable ASCII', arb: fc.string({ maxLength: 400 }) },
    { name: 'any UTF-16 code units', arb: fc.string({ unit: 'binary', maxLength: 400 }) },
    { name: 'bounce-like fragments', arb: bounceLike },
  ])('$name: never throws, always well formed', async ({ arb }) => {
    await fc.assert(
      fc.asyncProperty(arb, async (input) => {
        const a = await analyse(input, fixtureDb);
        expectWellFormed(a, input);
      }),
      { numRuns: 300 },
    );
  });

  test('highlights only mark codes of the results or DSN field names', async () => {
    await fc.assert(
      fc.asyncProperty(bounceLike, async (input) => {
        const a = await analyse(input, fixtureDb);
        const codes = new Set(a.results.flatMap((r) => [r.replyCode, r.status]));
        for (const h of a.highlights) {
          const text = input.slice(h.start, h.end);
          if (h.kind === 'dsn-field') expect(text).toMatch(/^[A-Za-z-]+$/);
          else expect(codes.has(text)).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('a valid code in random text is always found', () => {
  test('a status on its own line', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ maxLength: 200 }), status, fc.string({ maxLength: 200 }), async (before, s, after) => {
        const a = await analyse(`${before}\n${s} ${after}`, fixtureDb);
        expect(a.results.some((r) => r.status === s)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  test('a reply code with a status anywhere in a line', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ maxLength: 200 }), replyCode, status, fc.string({ maxLength: 200 }), async (before, r, s, after) => {
        const a = await analyse(`${before} ${r} ${s} ${after}`, fixtureDb);
        expect(a.results.some((x) => x.replyCode === r && x.status === s)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  test('the same text always gives the same analysis', async () => {
    await fc.assert(
      fc.asyncProperty(bounceLike, async (input) => {
        expect(await analyse(input, fixtureDb)).toEqual(await analyse(input, fixtureDb));
      }),
      { numRuns: 100 },
    );
  });
});
