import { contactOrder, surveyOpensComplaint } from './contact-order';

describe('follow-up contact order', () => {
  it('tries the preferred method first and every fallback method once', () => {
    expect(contactOrder('sms', ['phone', 'sms', 'online_survey'])).toEqual(['sms', 'phone', 'online_survey']);
    expect(contactOrder('wechat', ['phone', 'sms', 'online_survey'])).toEqual(['online_survey', 'phone', 'sms']);
  });

  it('follows the policy order when the preferred channel has no follow-up method', () => {
    expect(contactOrder('letter', ['phone', 'sms'])).toEqual(['phone', 'sms']);
  });
});

describe('a survey that opens a complaint', () => {
  const good = { repairQuality: 5, timeliness: 4, attitude: 5, overall: 4, problemRaised: false };

  it('opens one for a score at the threshold, not above it', () => {
    expect(surveyOpensComplaint({ ...good, timeliness: 2 }, 2)).toBe(true);
    expect(surveyOpensComplaint({ ...good, timeliness: 3 }, 2)).toBe(false);
  });

  it('opens one when the customer raised a problem, whatever the scores', () => {
    expect(surveyOpensComplaint({ ...good, problemRaised: true }, 2)).toBe(true);
  });
});
