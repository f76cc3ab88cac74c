import { recallChannelFor, recipientFor } from './recall-channel';

describe('recall notification channel', () => {
  const base = { channels: ['sms', 'phone', 'email'] as const, served: () => true, attemptsPerChannel: 2 };

  it.each([
    ['phone', 0, 'phone'],
    ['phone', 1, 'phone'],
    ['phone', 2, 'sms'],
    ['phone', 4, 'email'],
    ['phone', 6, null],
    ['wechat', 0, 'sms'],
    ['wechat', 5, 'email'],
  ])('an owner preferring %s gets attempt %i on %s', (preferred, attempt, expected) => {
    expect(recallChannelFor({ ...base, preferred, attempt })).toBe(expected);
  });

  it('skips channels no provider serves', () => {
    expect(recallChannelFor({ ...base, preferred: 'sms', served: (c) => c !== 'sms', attempt: 0 })).toBe('phone');
  });

  it('sends a text message the phone number only, a call also the name', () => {
    expect(recipientFor('sms', { name: '张三', phone: '13800000000' })).toEqual({ phone: '13800000000' });
    expect(recipientFor('phone', { name: '张三', phone: '13800000000' })).toEqual({ name: '张三', phone: '13800000000' });
  });
});
