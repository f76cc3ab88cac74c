// Wire names of the outlets context (网点). Renaming one is a migration: other teams subscribe to them.

/** Domain events: `aftersales.outlets.<entity>.<event>`. */
export const OutletEventSubjects = {
  outletRegistered: 'aftersales.outlets.outlet.registered',
  establishmentStepRecorded: 'aftersales.outlets.outlet.establishment-step-recorded',
  outletOpened: 'aftersales.outlets.outlet.opened',
  outletClosed: 'aftersales.outlets.outlet.closed',
  outletMoved: 'aftersales.outlets.outlet.moved',
  coverageLost: 'aftersales.outlets.outlet.coverage-lost',
  trainingRecorded: 'aftersales.outlets.staff.training-recorded',
  surveyRecorded: 'aftersales.outlets.survey.recorded',
  rectificationCompleted: 'aftersales.outlets.survey.rectification-completed',
  rectificationEscalated: 'aftersales.outlets.survey.rectification-escalated',
  offerOpened: 'aftersales.outlets.offer.opened',
  offerSent: 'aftersales.outlets.offer.sent',
  offerAnswered: 'aftersales.outlets.offer.answered',
  offerExhausted: 'aftersales.outlets.offer.exhausted',
  offerReassigned: 'aftersales.outlets.offer.reassigned',
  policyChanged: 'aftersales.outlets.policy.changed',
} as const;

/** Commands (request/reply over core NATS): `cmd.outlets.<entity>.<verb>`. */
export const OutletCommandSubjects = {
  registerOutlet: 'cmd.outlets.outlet.register',
  getOutlet: 'cmd.outlets.outlet.get',
  listOutlets: 'cmd.outlets.outlet.list',
  findCoveringOutlets: 'cmd.outlets.outlet.find-covering',
  recordEstablishmentStep: 'cmd.outlets.outlet.record-establishment-step',
  closeOutlet: 'cmd.outlets.outlet.close',
  moveOutlet: 'cmd.outlets.outlet.move',
  recordTraining: 'cmd.outlets.staff.record-training',
  listTraining: 'cmd.outlets.staff.list-training',
  recordSurvey: 'cmd.outlets.survey.record',
  getSurvey: 'cmd.outlets.survey.get',
  completeRectification: 'cmd.outlets.survey.complete-rectification',
  escalateRectification: 'cmd.outlets.survey.escalate-rectification',
  openOffer: 'cmd.outlets.offer.open',
  sendNextOffer: 'cmd.outlets.offer.send-next',
  answerOffer: 'cmd.outlets.offer.answer',
  getOffer: 'cmd.outlets.offer.get',
  setPolicy: 'cmd.outlets.policy.set',
  getPolicy: 'cmd.outlets.policy.get',
} as const;

/** Subscription covering every outlets event (one filter per consumer suits nats-server 2.9). */
export const OUTLET_EVENTS_FILTER = 'aftersales.outlets.>';
