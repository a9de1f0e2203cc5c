import type { IncomingMessage, ServerResponse } from 'node:http';

/** What a fault or a role requirement is keyed on. */
export type EndpointTag = 'token' | 'keys' | 'signIns' | 'graph' | 'invokeCommand' | 'control';

export interface RequestContext {
  req: IncomingMessage;
  res: ServerResponse;
  url: URL;
  /** The emulator's own origin as the client reached it (for absolute nextLinks). */
  origin: string;
  params: Readonly<Record<string, string>>;
  requestId: string;
  clientRequestId: string;
  /** Faults drawn for this request that the handler or the response writer applies. */
  fault: { truncate: boolean; malformed: boolean; repeat: boolean };
}
