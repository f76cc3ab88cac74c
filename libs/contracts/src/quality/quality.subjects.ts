// Wire names of the quality context (回访, 投诉, 质量). Renaming one is a migration: other teams subscribe to them.

/** Domain events: `aftersales.quality.<entity>.<event>`. */
export const QualityEventSubjects = {
  followUpOpened: 'aftersales.quality.followup.opened',
  followUpCompleted: 'aftersales.quality.followup.completed',
  surveyRecorded: 'aftersales.quality.followup.survey-recorded',
  complaintRegistered: 'aftersales.quality.complaint.registered',
  complaintProgressed: 'aftersales.quality.complaint.progressed',
  complaintEscalated: 'aftersales.quality.complaint.escalated',
  complaintClosed: 'aftersales.quality.complaint.closed',
  periodicFollowUpOpened: 'aftersales.quality.periodic-followup.opened',
  periodicFollowUpCompleted: 'aftersales.quality.periodic-followup.completed',
  suggestionRegistered: 'aftersales.quality.suggestion.registered',
  suggestionEvaluated: 'aftersales.quality.suggestion.evaluated',
  suggestionDecided: 'aftersales.quality.suggestion.decided',
  suggestionReplied: 'aftersales.quality.suggestion.replied',
  recallProposed: 'aftersales.quality.recall.proposed',
  recallApproved: 'aftersales.quality.recall.approved',
  recallStatusChanged: 'aftersales.quality.recall.status-changed',
  recallUnitNotified: 'aftersales.quality.recall.unit-notified',
  recallUnitResponded: 'aftersales.quality.recall.unit-responded',
} as const;

/** Commands (request/reply over core NATS): `cmd.quality.<entity>.<verb>`. */
export const QualityCommandSubjects = {
  openFollowUp: 'cmd.quality.followup.open',
  completeFollowUp: 'cmd.quality.followup.complete',
  recordSurvey: 'cmd.quality.followup.record-survey',
  getFollowUp: 'cmd.quality.followup.get',
  registerComplaint: 'cmd.quality.complaint.register',
  recordComplaintStep: 'cmd.quality.complaint.record-step',
  escalateComplaint: 'cmd.quality.complaint.escalate',
  getComplaint: 'cmd.quality.complaint.get',
  customerRecords: 'cmd.quality.customer.records',
  openPeriodicFollowUp: 'cmd.quality.periodic-followup.open',
  completePeriodicFollowUp: 'cmd.quality.periodic-followup.complete',
  listPeriodicFollowUps: 'cmd.quality.periodic-followup.list',
  registerSuggestion: 'cmd.quality.suggestion.register',
  evaluateSuggestion: 'cmd.quality.suggestion.evaluate',
  decideSuggestion: 'cmd.quality.suggestion.decide',
  replySuggestion: 'cmd.quality.suggestion.reply',
  getSuggestion: 'cmd.quality.suggestion.get',
  createRecall: 'cmd.quality.recall.create',
  approveRecall: 'cmd.quality.recall.approve',
  getRecall: 'cmd.quality.recall.get',
  recordRecallStatus: 'cmd.quality.recall.record-status',
  identifyRecallUnits: 'cmd.quality.recall.identify-units',
  notifyRecallBatch: 'cmd.quality.recall.notify-batch',
  recallCounts: 'cmd.quality.recall.counts',
  recallReport: 'cmd.quality.recall.report',
  scheduleRecallRemedy: 'cmd.quality.recall.schedule-remedy',
  declineRecall: 'cmd.quality.recall.decline',
} as const;

/** One filter per consumer (nats-server 2.9): the events that start a follow-up or a complaint. */
export const QualityEventSubjectFilters = {
  complaintRegistered: QualityEventSubjects.complaintRegistered,
  followUpEvents: 'aftersales.quality.followup.>',
  complaintEvents: 'aftersales.quality.complaint.>',
} as const;

/** Commands of the quality figures (质量指标). */
export const QualityFigureCommandSubjects = {
  figures: 'cmd.quality.figures.get',
  outletScorecard: 'cmd.quality.figures.outlet-scorecard',
  serviceDefects: 'cmd.quality.figures.service-defects',
  rebuild: 'cmd.quality.figures.rebuild',
} as const;
