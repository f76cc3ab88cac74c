import { OutletEventSubjects as S, type CoveringOutlet, type OfferView, type OutletView, type SurveyView, type TrainingRecordView } from '@aftersales/contracts';
import { DispatchApi } from '../support/dispatch-api';
import { newCaseNo } from '../support/dispatch-fixtures';
import { expectEventually } from '../support/expect-eventually';
import { newOutlet, OUTLET_CITIES, OutletsApi, type OutletCity } from '../support/outlets-api';
import { TestCluster } from '../support/test-cluster';

type ErrorBody = { code: string; message: string; errors?: { field: string; reason: string }[] };
const fieldsOf = (body: unknown): string[] => ((body as ErrorBody).errors ?? []).map((e) => e.field);

/** Policies shortened to seconds: an outlet answers within 3 s, a rectification is due 3 s after the survey. */
const POLICY = { offerResponseSeconds: 3, rectificationPeriodSeconds: 3 };

describe('outlets (网点) through the gateway, worker and Temporal', () => {
  let cluster: TestCluster;
  let outlets: OutletsApi;
  let dispatch: DispatchApi;

  beforeAll(async () => {
    cluster = await TestCluster.start('outlets', ['gateway', 'dispatch', 'outlets', 'worker']);
    outlets = new OutletsApi(cluster);
    dispatch = new DispatchApi(cluster);
    outlets.expectStatus(await cluster.api('/api/v1/outlets/policy', { method: 'PUT', body: POLICY }), 200);
  });

  afterAll(async () => {
    await cluster?.stop();
  });

  /** A work order at a city's centre, as dispatch would hold it for a case. */
  const workOrderIn = (city: OutletCity) => {
    const { province, lat, lon } = OUTLET_CITIES[city];
    return dispatch.createWorkOrder({ caseNo: newCaseNo(), productCategory: 'air_conditioner', serviceType: 'repair_onsite', site: { siteId: `site-${city}-${Date.now()}`, province, lat, lon }, serviceDate: '2031-06-02' });
  };

  it('takes an outsourced outlet through proposal, tender, shortlist, site audit and approval to open, refusing wrong roles and wrong steps', async () => {
    const outlet = await outlets.register(newOutlet('urumqi', 'outsourced', 20));
    expect([outlet.status, outlet.statusLabel]).toEqual(['proposed', { en: 'Proposed', zh: '拟建' }]);
    await expectEventually(async () => expect((await cluster.api(`/api/v1/outlets/${outlet.id}/establishment`)).body).toMatchObject({ stepsDone: 0, next: { step: 'proposal', role: 'network_planner' } }));

    outlets.expectStatus(await outlets.step(outlet.id, 'proposal', 'network_planner'), 200);
    // Out of order: approval before the tender.
    const early = await outlets.step(outlet.id, 'approval', 'general_manager');
    expect([early.status, (early.body as ErrorBody).code, fieldsOf(early.body)]).toEqual([409, 'OUTLETS.STEP_OUT_OF_ORDER', ['step']]);
    expect((early.body as ErrorBody).errors?.[0].reason).toBe('the next step is tender, not approval');
    // The right step from the wrong role.
    const wrongRole = await outlets.step(outlet.id, 'tender', 'quality_auditor');
    expect([wrongRole.status, (wrongRole.body as ErrorBody).code, fieldsOf(wrongRole.body)]).toEqual([422, 'OUTLETS.WRONG_ROLE', ['actor.role']]);
    // Neither refusal changed anything.
    const unchanged = await outlets.outlet(outlet.id);
    expect([unchanged.status, unchanged.establishment.map((s) => s.step)]).toEqual(['establishing', ['proposal']]);

    for (const [step, role] of [['tender', 'procurement_manager'], ['shortlist', 'procurement_manager'], ['site_audit', 'quality_auditor'], ['approval', 'general_manager'], ['open', 'service_manager']]) {
      outlets.expectStatus(await outlets.step(outlet.id, step, role), 200);
    }
    const opened = await outlets.outlet(outlet.id);
    expect(opened.status).toBe('open');
    expect(opened.establishment.map((s) => [s.step, s.actor.role])).toEqual([
      ['proposal', 'network_planner'],
      ['tender', 'procurement_manager'],
      ['shortlist', 'procurement_manager'],
      ['site_audit', 'quality_auditor'],
      ['approval', 'general_manager'],
      ['open', 'service_manager'],
    ]);
    const afterOpen = await outlets.step(outlet.id, 'open', 'service_manager');
    expect([afterOpen.status, (afterOpen.body as ErrorBody).code]).toEqual([409, 'OUTLETS.CHANGE_REFUSED']);

    await expectEventually(async () => {
      expect(await outlets.eventsOf(S.establishmentStepRecorded, (d) => d.outletId === outlet.id)).toHaveLength(6);
      expect(await outlets.eventsOf(S.outletOpened, (d) => d.outletId === outlet.id)).toHaveLength(1);
    });
  });

  it('takes a self-run outlet through application, general manager approval, staffing and funding to open', async () => {
    const outlet = await outlets.open(newOutlet('xining', 'self_run', 20));
    expect(outlet.establishment.map((s) => s.step)).toEqual(['application', 'gm_approval', 'staffing', 'funding', 'open']);
    const covering = await cluster.api<CoveringOutlet[]>(`/api/v1/outlets/covering?lat=${OUTLET_CITIES.xining.lat + 0.05}&lon=${OUTLET_CITIES.xining.lon}`);
    expect(covering.body).toEqual([{ outletId: outlet.id, code: outlet.code, kind: 'self_run', province: '青海省', city: '西宁', distanceKm: 5.6 }]);
  });

  it('keeps staff training records with certificates valid until they expire', async () => {
    const outlet = await outlets.register(newOutlet('xining', 'self_run', 5));
    const body = { employeeNo: 'XN-7', course: '变频空调维修', completedOn: '2026-01-10', certification: { category: 'air_conditioner', certificateNo: 'AC-XN-7', expiresOn: '2027-01-09' } };
    outlets.expectStatus(await cluster.api(`/api/v1/outlets/${outlet.id}/training`, { body }), 201);
    const during = await cluster.api<TrainingRecordView[]>(`/api/v1/outlets/${outlet.id}/training?validOn=2026-06-01`);
    const after = await cluster.api<TrainingRecordView[]>(`/api/v1/outlets/${outlet.id}/training?validOn=2027-01-10`);
    expect([during.body[0].certificationValid, after.body[0].certificationValid]).toEqual([true, false]);
  });

  it('escalates an overdue rectification once, and not one completed in time', async () => {
    const outlet = await outlets.register(newOutlet('urumqi', 'self_run', 5));
    const demands = [{ code: 'SIGNAGE', description: '门头标识不规范' }];
    const overdue = outlets.expectStatus(await cluster.api<SurveyView>(`/api/v1/outlets/${outlet.id}/surveys`, { body: { year: 2026, score: 62, demands } }), 201);
    expect(overdue.rectificationStatus).toBe('pending');
    expect(Date.parse(overdue.rectificationDueAt as string) - Date.parse(overdue.recordedAt)).toBe(3000);
    const inTime = outlets.expectStatus(await cluster.api<SurveyView>(`/api/v1/outlets/${outlet.id}/surveys`, { body: { year: 2025, score: 70, demands } }), 201);
    outlets.expectStatus(await cluster.api(`/api/v1/outlets/surveys/${inTime.id}/rectification-completed`, { body: {} }), 200);

    await expectEventually(async () => {
      const survey = outlets.expectStatus(await cluster.api<SurveyView>(`/api/v1/outlets/surveys/${overdue.id}`), 200);
      expect([survey.rectificationStatus, survey.rectificationStatusLabel?.en]).toEqual(['escalated', 'Overdue, escalated']);
    }, 20_000);
    // Well past both due times: one escalation for the overdue survey, none for the one done in time.
    await new Promise((r) => setTimeout(r, 4000));
    expect(await outlets.eventsOf(S.rectificationEscalated, (d) => d.surveyId === overdue.id)).toHaveLength(1);
    expect(await outlets.eventsOf(S.rectificationEscalated, (d) => d.surveyId === inTime.id)).toHaveLength(0);
    expect((outlets.expectStatus(await cluster.api<SurveyView>(`/api/v1/outlets/surveys/${inTime.id}`), 200)).rectificationStatus).toBe('completed');
  });

  let wuxi: OutletView;
  let suzhou: OutletView;
  let kunshan: OutletView;
  let boundWorkOrderId: string;

  it('re-offers a work order after a rejection and after silence, and binds the outlet that accepts', async () => {
    [wuxi, suzhou, kunshan] = [await outlets.open(newOutlet('wuxi', 'outsourced', 120)), await outlets.open(newOutlet('suzhou', 'outsourced', 120)), await outlets.open(newOutlet('kunshan', 'outsourced', 120))];
    const workOrder = await workOrderIn('wuxi');
    boundWorkOrderId = workOrder.id;
    const opened = outlets.expectStatus(await cluster.api<OfferView>('/api/v1/outlets/offers', { body: { workOrderId: workOrder.id } }), 201);
    expect([opened.status, opened.responseSeconds]).toEqual(['offering', 3]);
    const offer = () => cluster.api<OfferView>(`/api/v1/outlets/offers/${workOrder.id}`).then((r) => r.body);
    const answer = (outletId: string, body: unknown) => cluster.api(`/api/v1/outlets/${outletId}/offers/${workOrder.id}/answer`, { body });

    // The nearest covering outsourced outlet gets it first; another outlet cannot answer for it.
    await expectEventually(async () => expect((await offer()).attempts.map((a) => a.outletId)).toEqual([wuxi.id]));
    const intruder = await answer(kunshan.id, { accepted: true });
    expect([intruder.status, (intruder.body as ErrorBody).code]).toEqual([409, 'OUTLETS.NOT_OFFERED_TO_OUTLET']);

    outlets.expectStatus(await answer(wuxi.id, { accepted: false, reason: '人手不足' }), 200);
    await expectEventually(async () => expect((await offer()).attempts.map((a) => [a.outletId, a.outcome])).toEqual([[wuxi.id, 'rejected'], [suzhou.id, null]]));
    // Suzhou stays silent past the 3 s policy time: Kunshan gets it.
    await expectEventually(async () => expect((await offer()).attempts.map((a) => [a.outletId, a.outcome])).toEqual([[wuxi.id, 'rejected'], [suzhou.id, 'expired'], [kunshan.id, null]]), 15_000);
    const late = await answer(suzhou.id, { accepted: true });
    expect(late.status).toBe(409);

    outlets.expectStatus(await answer(kunshan.id, { accepted: true }), 200);
    expect(await offer()).toMatchObject({ status: 'bound', outletId: kunshan.id });
    await expectEventually(async () => expect((await dispatch.workOrder(workOrder.id)).outletId).toBe(kunshan.id));
    await expectEventually(async () => expect((await outlets.eventsOf(S.offerAnswered, (d) => d.workOrderId === workOrder.id)).map((d) => d.outcome)).toEqual(['rejected', 'expired', 'accepted']));
  });

  it("closing an outlet moves its work orders to the next covering outlet", async () => {
    const closed = outlets.expectStatus(await cluster.api<OutletView>(`/api/v1/outlets/${kunshan.id}/close`, { body: { actor: { id: 'sm-1', role: 'service_manager' } } }), 200);
    expect(closed.status).toBe('closed');
    // Wuxi is nearest to the site and still open: it takes the work order, in outlets and in dispatch.
    expect(await cluster.api<OfferView>(`/api/v1/outlets/offers/${boundWorkOrderId}`).then((r) => r.body.outletId)).toBe(wuxi.id);
    await expectEventually(async () => expect((await dispatch.workOrder(boundWorkOrderId)).outletId).toBe(wuxi.id));
    await expectEventually(async () => expect(await outlets.eventsOf(S.offerReassigned, (d) => d.workOrderId === boundWorkOrderId)).toEqual([expect.objectContaining({ fromOutletId: kunshan.id, toOutletId: wuxi.id })]));
    expect(await outlets.eventsOf(S.coverageLost, (d) => d.outletId === kunshan.id)).toEqual([]);
    expect(suzhou.status).toBe('open');
  });

  it('moving an outlet away hands its work orders to the outlet that now covers them', async () => {
    const { city, province, lat, lon } = OUTLET_CITIES.urumqi;
    const move = { address: '乌鲁木齐市新华路 1 号', city, province, location: { lat, lon }, coverage: { radiusKm: 5 }, actor: { id: 'sm-1', role: 'service_manager' } };
    const moved = outlets.expectStatus(await cluster.api<OutletView>(`/api/v1/outlets/${wuxi.id}/move`, { body: move }), 200);
    expect([moved.province, moved.coverage]).toEqual([province, { radiusKm: 5 }]);
    expect(await cluster.api<OfferView>(`/api/v1/outlets/offers/${boundWorkOrderId}`).then((r) => r.body.outletId)).toBe(suzhou.id);
    await expectEventually(async () => expect((await dispatch.workOrder(boundWorkOrderId)).outletId).toBe(suzhou.id));
    await expectEventually(async () => expect(await outlets.eventsOf(S.outletMoved, (d) => d.outletId === wuxi.id)).toEqual([expect.objectContaining({ reassignedWorkOrders: 1, uncoveredCases: 0 })]));
  });

  it('closing the only outlet covering a case publishes coverage-lost with the case number and no personal data', async () => {
    const lhasa = await outlets.open(newOutlet('lhasa', 'outsourced', 30));
    const workOrder = await workOrderIn('lhasa');
    outlets.expectStatus(await cluster.api('/api/v1/outlets/offers', { body: { workOrderId: workOrder.id } }), 201);
    await expectEventually(async () => expect((await cluster.api<OfferView>(`/api/v1/outlets/offers/${workOrder.id}`)).body.attempts).toHaveLength(1));
    outlets.expectStatus(await cluster.api(`/api/v1/outlets/${lhasa.id}/offers/${workOrder.id}/answer`, { body: { accepted: true } }), 200);
    await expectEventually(async () => expect((await dispatch.workOrder(workOrder.id)).outletId).toBe(lhasa.id));

    outlets.expectStatus(await cluster.api(`/api/v1/outlets/${lhasa.id}/close`, { body: { actor: { id: 'sm-1', role: 'service_manager' } } }), 200);
    const lost = await expectEventually(async () => {
      const found = (await outlets.events()).filter((e) => e.subject === S.coverageLost && e.envelope.data.outletId === lhasa.id);
      expect(found).toHaveLength(1);
      return found[0].envelope;
    });
    expect(lost.data).toMatchObject({ caseNos: [workOrder.caseNo], workOrderIds: [workOrder.id] });
    const text = JSON.stringify(lost);
    for (const secret of [lhasa.address, lhasa.name.zh, lhasa.name.en]) expect(text).not.toContain(secret);
    expect((await dispatch.workOrder(workOrder.id)).outletId).toBe(lhasa.id);
  });

  it('refuses bad input naming the field, and writes nothing', async () => {
    const before = await cluster.count('outlets.outlet');
    const bad = await cluster.api<ErrorBody>('/api/v1/outlets', { body: { ...newOutlet('wuxi', 'self_run'), kind: 'franchise', location: { lat: 95, lon: 120 }, coverage: { radiusKm: -1 } } });
    expect(bad.status).toBe(400);
    expect(fieldsOf(bad.body)).toEqual(expect.arrayContaining(['kind', 'location.lat']));
    expect(fieldsOf(bad.body).some((f) => f.startsWith('coverage'))).toBe(true);
    const taken = await outlets.register(newOutlet('urumqi', 'self_run', 5));
    const again = await cluster.api<ErrorBody>('/api/v1/outlets', { body: { ...newOutlet('urumqi', 'self_run', 5), code: taken.code } });
    expect([again.status, again.body.code, fieldsOf(again.body)]).toEqual([409, 'OUTLETS.CODE_TAKEN', ['code']]);
    expect(await cluster.count('outlets.outlet')).toBe(before + 1);

    const covering = await cluster.api<ErrorBody>('/api/v1/outlets/covering?lat=north&lon=120');
    expect([covering.status, fieldsOf(covering.body)]).toEqual([400, ['lat']]);
    const survey = await cluster.api<ErrorBody>(`/api/v1/outlets/${taken.id}/surveys`, { body: { year: 2026, score: 130 } });
    expect([survey.status, fieldsOf(survey.body)]).toEqual([400, ['score']]);
    const rejection = await cluster.api<ErrorBody>(`/api/v1/outlets/${taken.id}/offers/${taken.id}/answer`, { body: { accepted: false } });
    expect([rejection.status, fieldsOf(rejection.body)]).toEqual([400, ['reason']]);
    const policy = await cluster.api<ErrorBody>('/api/v1/outlets/policy', { method: 'PUT', body: { offerResponseSeconds: 0, rectificationPeriodSeconds: 3 } });
    expect([policy.status, fieldsOf(policy.body)]).toEqual([400, ['offerResponseSeconds']]);
    expect(await cluster.count('outlets.outlet_survey')).toBe(2);
  });
});
