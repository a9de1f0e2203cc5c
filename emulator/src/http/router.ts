import type { EndpointTag, RequestContext } from './context.js';

export type Handler = (ctx: RequestContext) => Promise<void>;

interface Route {
  method: string;
  pattern: RegExp;
  keys: string[];
  tag: EndpointTag;
  handler: Handler;
}

export type RouteMatch =
  | { kind: 'found'; tag: EndpointTag; handler: Handler; params: Record<string, string> }
  | { kind: 'methodNotAllowed'; allowed: string[] }
  | { kind: 'notFound' };

/** A small path router: `/:tenant/oauth2/v2.0/token` style patterns, exact segments otherwise. */
export class Router {
  private readonly routes: Route[] = [];

  add(method: string, path: string, tag: EndpointTag, handler: Handler): this {
    const keys: string[] = [];
    const source = path
      .split('/')
      .map((seg) => {
        if (seg.startsWith(':')) {
          keys.push(seg.slice(1));
          return '([^/]+)';
        }
        return seg.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      })
      .join('/');
    // Segment matching is case-insensitive, as Graph's and Exchange's are.
    this.routes.push({ method, pattern: new RegExp(`^${source}/?$`, 'i'), keys, tag, handler });
    return this;
  }

  match(method: string, pathname: string): RouteMatch {
    const allowed: string[] = [];
    for (const r of this.routes) {
      const m = r.pattern.exec(pathname);
      if (!m) continue;
      if (r.method !== method) {
        allowed.push(r.method);
        continue;
      }
      const params: Record<string, string> = {};
      r.keys.forEach((k, i) => {
        params[k] = decodeURIComponent(m[i + 1] ?? '');
      });
      return { kind: 'found', tag: r.tag, handler: r.handler, params };
    }
    return allowed.length > 0 ? { kind: 'methodNotAllowed', allowed } : { kind: 'notFound' };
  }
}
