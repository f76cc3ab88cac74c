import type { CaseView, SuggestionView } from '@aftersales/contracts';
import { newCaseRequest } from '../support/case-fixtures';
import { ContactProvider } from '../support/contact-provider';
import { streamEvents } from '../support/stream-events';
import { TestCluster } from '../support/test-cluster';

type ErrorBody = { code: string; errors?: { field: string; reason: string }[] };

describe('suggestions (建议): evaluate, adopt or decline, reply to the customer', () => {
  const provider = new ContactProvider();
  let cluster: TestCluster;

  beforeAll(async () => {
    const url = await provider.start();
    cluster = await TestCluster.start('suggestions', ['gateway', 'intake', 'quality'], { NOTIFY_PROVIDERS: provider.providersSetting(url) });
  });

  afterAll(async () => {
    await cluster?.stop();
    await provider.stop();
  });

  const CONTENT = '建议在报修短信里附上技术员的照片';
  const register = async () => {
    const request = newCaseRequest({ serviceType: 'suggestion' });
    const opened = await cluster.api<CaseView>('/api/v1/cases', { body: request });
    const res = await cluster.api<SuggestionView>('/api/v1/suggestions', { body: { customerId: opened.body.customerId, caseNo: opened.body.caseNo, topic: 'service', content: CONTENT } });
    expect(res.status).toBe(201);
    return { suggestion: res.body, phone: request.customer.phone };
  };
  const step = <T = SuggestionView>(id: string, path: string, body: unknown) => cluster.api<T>(`/api/v1/suggestions/${id}/${path}`, { body });

  it('adopts an evaluated suggestion and tells the customer once, through the notification port', async () => {
    const { suggestion, phone } = await register();
    expect(suggestion).toMatchObject({ status: 'registered', topic: 'service', content: CONTENT, repliedAt: null });

    const evaluated = await step(suggestion.id, 'evaluation', { evaluatedBy: 'qa-07', benefit: 'high', assessment: '可提升客户信任' });
    expect(evaluated.body).toMatchObject({ status: 'evaluated', benefit: 'high' });
    const adopted = await step(suggestion.id, 'decision', { decision: 'adopt', decidedBy: 'head-02' });
    expect(adopted.body).toMatchObject({ status: 'adopted', declineReason: null });

    const replied = await step(suggestion.id, 'reply', { channel: 'sms' });
    expect(replied.status).toBe(200);
    expect(replied.body).toMatchObject({ replyChannel: 'sms', repliedAt: expect.any(String) });
    expect(provider.attempts.filter((a) => a.idempotencyKey.endsWith(`suggestion:${suggestion.id}`))).toEqual([expect.objectContaining({ channel: 'sms', phone, answeredWith: 200 })]);
    const { rows } = await cluster.db.query(`SELECT template FROM intake.notification_attempt WHERE key = $1`, [`suggestion:${suggestion.id}`]);
    expect(rows).toEqual([{ template: 'suggestion_adopted' }]);

    // Answered once: a second reply is refused and sends nothing.
    const again = await step<ErrorBody>(suggestion.id, 'reply', { channel: 'sms' });
    expect([again.status, again.body.code]).toEqual([409, 'QUALITY.SUGGESTION_STEP_REFUSED']);
    expect(provider.attempts.filter((a) => a.idempotencyKey.endsWith(`suggestion:${suggestion.id}`))).toHaveLength(1);

    // Every step was published with ids and codes; the customer's words stayed in quality.
    const events = (await streamEvents(cluster.nats, 'aftersales.quality.suggestion.')).filter((e) => e.envelope.data.suggestionId === suggestion.id);
    expect(events.map((e) => e.subject)).toEqual([
      'aftersales.quality.suggestion.registered',
      'aftersales.quality.suggestion.evaluated',
      'aftersales.quality.suggestion.decided',
      'aftersales.quality.suggestion.replied',
    ]);
    expect(JSON.stringify(events)).not.toContain(CONTENT);
  });

  it('declines with a reason, and refuses steps out of order or with bad input, changing nothing', async () => {
    const { suggestion } = await register();
    const early = await step<ErrorBody>(suggestion.id, 'decision', { decision: 'adopt', decidedBy: 'head-02' });
    expect([early.status, early.body.code]).toEqual([409, 'QUALITY.SUGGESTION_STEP_REFUSED']);
    expect(early.body.errors?.[0]).toMatchObject({ field: 'status', reason: expect.stringContaining('needs the suggestion evaluated') });
    const notDecided = await step<ErrorBody>(suggestion.id, 'reply', { channel: 'sms' });
    expect(notDecided.status).toBe(409);

    const noReason = await step<ErrorBody>(suggestion.id, 'decision', { decision: 'decline', decidedBy: 'head-02' });
    expect(noReason.status).toBe(400);
    expect(noReason.body.errors?.map((e) => e.field)).toContain('reason');
    expect((await cluster.api<SuggestionView>(`/api/v1/suggestions/${suggestion.id}`)).body.status).toBe('registered');

    await step(suggestion.id, 'evaluation', { evaluatedBy: 'qa-07', benefit: 'low', assessment: '成本过高' });
    const declined = await step(suggestion.id, 'decision', { decision: 'decline', decidedBy: 'head-02', reason: 'too_costly' });
    expect(declined.body).toMatchObject({ status: 'declined', declineReason: 'too_costly' });
    const reevaluate = await step<ErrorBody>(suggestion.id, 'evaluation', { evaluatedBy: 'qa-07', benefit: 'high', assessment: '再议' });
    expect(reevaluate.status).toBe(409);
    // No provider serves WeChat here: the reply is refused and the suggestion stays unanswered.
    const wechat = await step<ErrorBody>(suggestion.id, 'reply', { channel: 'wechat' });
    expect([wechat.status, wechat.body.code]).toEqual([422, 'QUALITY.REPLY_NOT_DELIVERED']);
    expect((await cluster.api<SuggestionView>(`/api/v1/suggestions/${suggestion.id}`)).body.repliedAt).toBeNull();
    const { rows } = await cluster.db.query(`SELECT template FROM intake.notification_attempt WHERE key = $1 AND outcome = 'delivered'`, [`suggestion:${suggestion.id}`]);
    expect(rows).toEqual([]);
    expect((await step(suggestion.id, 'reply', { channel: 'email' })).body).toMatchObject({ replyChannel: 'email' });
    expect((await cluster.db.query(`SELECT template FROM intake.notification_attempt WHERE key = $1 AND outcome = 'delivered'`, [`suggestion:${suggestion.id}`])).rows).toEqual([{ template: 'suggestion_declined' }]);

    expect((await cluster.api(`/api/v1/suggestions/${crypto.randomUUID()}`)).status).toBe(404);
  });
});
