import { Writable } from 'node:stream';
import { withCorrelationId } from './correlation-context';
import { JsonLogger } from './json-logger';

function capture(): { logger: JsonLogger; lines: () => Record<string, unknown>[] } {
  const chunks: string[] = [];
  const sink = new Writable({ write: (chunk: Buffer, _enc, done) => (chunks.push(chunk.toString()), done()) });
  const logger = new JsonLogger('intake', 'log', sink);
  return { logger, lines: () => chunks.join('').split('\n').filter(Boolean).map((l) => JSON.parse(l) as Record<string, unknown>) };
}

describe('JSON logs', () => {
  it('writes one JSON line with time, level, app, context and message', () => {
    const { logger, lines } = capture();
    logger.log('listening on :3101', 'Bootstrap');
    expect(lines()).toEqual([{ time: expect.any(String), level: 'info', app: 'intake', context: 'Bootstrap', message: 'listening on :3101' }]);
  });

  it('carries the correlation id of the work in progress', async () => {
    const { logger, lines } = capture();
    await withCorrelationId('CS-20261123-000001', async () => {
      await Promise.resolve();
      logger.warn('retrying', 'Worker');
    });
    logger.log('outside', 'Worker');
    expect(lines().map((l) => l.correlationId)).toEqual(['CS-20261123-000001', undefined]);
  });

  it('censors personal data in structured fields but keeps error names', () => {
    const { logger, lines } = capture();
    logger.log({ message: 'notified', customer: { name: '张三', phone: '13800001111' }, to: { phone: '13800001111' }, address: '杭州市' }, 'Notify');
    const failure = Object.assign(new Error('connection refused'), { name: 'ConnectionError' });
    logger.error(failure, 'Handler');
    const [notified, failed] = lines();
    expect(JSON.stringify(notified)).not.toMatch(/张三|13800001111|杭州市/);
    expect(failed).toMatchObject({ level: 'error', message: 'connection refused', err: { type: 'Error', name: 'ConnectionError' } });
  });

  it('masks phone numbers and e-mail addresses that free text echoes, in messages, errors and stacks', () => {
    const { logger, lines } = capture();
    logger.warn('notify 13912345678 / +86 139-1234-5678 / 0571-88886666 / li.na@example.com failed for CS-20261123-000001', 'Notify');
    const failure = Object.assign(new Error('duplicate contact 13912345678'), { code: 'DUP', detail: 'Key (phone)=(13912345678)' });
    logger.error(failure, 'Handler');
    logger.error('handler failed', `Error: 13912345678\n    at handler (x.ts:1:1)`, 'Handler');
    const text = JSON.stringify(lines());
    expect(text).not.toMatch(/13912345678|1234-5678|88886666|li\.na@example\.com/);
    expect(lines()[0].message).toBe('notify [phone] / [phone] / [phone] / [email] failed for CS-20261123-000001');
    expect(lines()[1]).toMatchObject({ message: 'duplicate contact [phone]', err: { code: 'DUP', detail: 'Key (phone)=([phone])' } });
  });

  it('does not log below the configured level', () => {
    const chunks: string[] = [];
    const sink = new Writable({ write: (chunk: Buffer, _enc, done) => (chunks.push(chunk.toString()), done()) });
    const logger = new JsonLogger('worker', 'warn', sink);
    logger.log('chatty', 'X');
    logger.debug('chattier', 'X');
    logger.warn('worth reading', 'X');
    expect(chunks.join('')).not.toContain('chatty');
    expect(chunks.join('')).toContain('worth reading');
  });
});
