// Wire names of the dispatch context (派工). Renaming one is a migration: other teams subscribe to them.

/** Domain events: `aftersales.dispatch.<entity>.<event>`. */
export const DispatchEventSubjects = {
  technicianRegistered: 'aftersales.dispatch.technician.registered',
  technicianStatusChanged: 'aftersales.dispatch.technician.status-changed',
  technicianCertificationsChanged: 'aftersales.dispatch.technician.certifications-changed',
  siteHazardsRecorded: 'aftersales.dispatch.site.hazards-recorded',
  workOrderCreated: 'aftersales.dispatch.workorder.created',
  workOrderAssigned: 'aftersales.dispatch.workorder.assigned',
  workOrderDeclined: 'aftersales.dispatch.workorder.declined',
  workOrderReassigned: 'aftersales.dispatch.workorder.reassigned',
  workOrderAppointmentConfirmed: 'aftersales.dispatch.workorder.appointment-confirmed',
  workOrderHazardsAcknowledged: 'aftersales.dispatch.workorder.hazards-acknowledged',
  workOrderCheckedIn: 'aftersales.dispatch.workorder.checked-in',
  workOrderRecordUpdated: 'aftersales.dispatch.workorder.record-updated',
  workOrderSignedOff: 'aftersales.dispatch.workorder.signed-off',
  loanerIssued: 'aftersales.dispatch.loaner.issued',
  loanerReturned: 'aftersales.dispatch.loaner.returned',
  workOrderOutletAssigned: 'aftersales.dispatch.workorder.outlet-assigned',
} as const;

/** Commands (request/reply over core NATS): `cmd.dispatch.<entity>.<verb>`. */
export const DispatchCommandSubjects = {
  registerTechnician: 'cmd.dispatch.technician.register',
  getTechnician: 'cmd.dispatch.technician.get',
  listTechnicians: 'cmd.dispatch.technician.list',
  changeTechnicianStatus: 'cmd.dispatch.technician.change-status',
  replaceCertifications: 'cmd.dispatch.technician.replace-certifications',
  recordSiteHazards: 'cmd.dispatch.site.record-hazards',
  listSiteHazards: 'cmd.dispatch.site.list-hazards',
  createWorkOrder: 'cmd.dispatch.workorder.create',
  getWorkOrder: 'cmd.dispatch.workorder.get',
  findWorkOrderForCase: 'cmd.dispatch.workorder.find-for-case',
  findWorkOrdersForCases: 'cmd.dispatch.workorder.find-for-cases',
  assignWorkOrder: 'cmd.dispatch.workorder.assign',
  declineWorkOrder: 'cmd.dispatch.workorder.decline',
  confirmAppointment: 'cmd.dispatch.workorder.confirm-appointment',
  acknowledgeHazards: 'cmd.dispatch.workorder.acknowledge-hazards',
  checkIn: 'cmd.dispatch.workorder.check-in',
  updateServiceRecord: 'cmd.dispatch.workorder.update-record',
  signOff: 'cmd.dispatch.workorder.sign-off',
  notifyTechnician: 'cmd.dispatch.workorder.notify-technician',
  listTechnicianNotifications: 'cmd.dispatch.workorder.list-notifications',
  issueLoaner: 'cmd.dispatch.loaner.issue',
  returnLoaner: 'cmd.dispatch.loaner.return',
  assignOutlet: 'cmd.dispatch.workorder.assign-outlet',
} as const;

export type DispatchEventSubject = (typeof DispatchEventSubjects)[keyof typeof DispatchEventSubjects];
export type DispatchCommandSubject = (typeof DispatchCommandSubjects)[keyof typeof DispatchCommandSubjects];
