import type { Request } from 'express';

/** Requests whose body the server left unread for the controller to stream, with their limit. */
const streamed = new WeakMap<Request, number>();

export function streamPushBody(req: Request, limitBytes: number): void {
  streamed.set(req, limitBytes);
}

/** The push limit of a request left to stream, or null when its body was buffered. */
export function streamedBodyLimit(req: Request): number | null {
  return streamed.get(req) ?? null;
}
