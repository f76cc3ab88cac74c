// CloudEvents-style envelope for every domain event on JetStream (see ARCHITECTURE.md, "Events").

export interface EventEnvelope<TData = unknown> {
  specversion: '1.0';
  /** UUID; also the JetStream Nats-Msg-Id, so a republished event is de-duplicated by the stream. */
  id: string;
  /** `<subject>.v<version>`: a new version suffix marks an incompatible change. */
  type: string;
  /** `aftersales/<context>` */
  source: string;
  /** The aggregate id, e.g. a case number. */
  subject: string;
  time: string;
  datacontenttype: 'application/json';
  correlationid: string;
  causationid?: string;
  /** Who the change was made for (audit trail); absent on events written before it was recorded. */
  actor?: { id: string; role: string; technicianId?: string; outletId?: string };
  data: TData;
}

export const eventType = (subject: string, version = 1): string => `${subject}.v${version}`;
