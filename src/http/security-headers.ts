import { createHash } from 'node:crypto';
import { NextFunction, Request, RequestHandler, Response } from 'express';
import helmet, { HelmetOptions } from 'helmet';

/**
 * The only inline style attributes the web app needs: bpmn-js's properties panel writes these two
 * into its markup (React and bpmn-js otherwise set styles through the DOM, which a policy does not
 * restrict). They are allowed by their hash, so that no other inline style is;
 * test/e2e/content-security-policy.e2e.ts fails when a new version of the panel writes another.
 */
export const ALLOWED_STYLE_ATTRIBUTES = ['height: 100%', 'flex: none; height: auto'];

const hashOf = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/**
 * The Content-Security-Policy of the web app and the API: scripts, styles, fonts and data only from
 * the service itself; no inline script, no inline <style> element (the Vite build has none) and no
 * inline style attribute but the two above; images and fonts also as data: URLs (the favicon,
 * bpmn-js's font and icons); never in a frame.
 */
export const APP_POLICY: Record<string, string[]> = {
  'base-uri': ["'none'"],
  'connect-src': ["'self'"],
  'default-src': ["'self'"],
  'font-src': ["'self'", 'data:'],
  'form-action': ["'self'"],
  'frame-ancestors': ["'none'"],
  'img-src': ["'self'", 'data:'],
  'object-src': ["'none'"],
  'script-src': ["'self'"],
  'script-src-attr': ["'none'"],
  'style-src': ["'self'"],
  'style-src-attr': ["'unsafe-hashes'", ...ALLOWED_STYLE_ATTRIBUTES.map(hashOf)],
};

/**
 * Pages rendered on the server with a <style> element of their own (the forms behind links in mail)
 * and the API's documentation page (Swagger UI): the same policy with inline styles allowed. They
 * run no script of ours, so an injected style can restyle but not act.
 */
export const PAGE_POLICY: Record<string, string[]> = { ...APP_POLICY, 'style-src': ["'self'", "'unsafe-inline'"], 'style-src-attr': ["'unsafe-inline'"] };

const INLINE_STYLE_PAGES = /^\/(feedback|reactie)\/|^\/api\/docs(\/|$)/;

/** Answers that carry personal data or access decisions: never kept by a browser or a proxy. */
const NO_STORE = /^\/(api|feedback|mail|reactie)(\/|$)/;

function options(policy: Record<string, string[]>): HelmetOptions {
  return {
    // The service may be reached over plain HTTP on a laptop; upgrading its own requests would break it.
    contentSecurityPolicy: { directives: { ...policy, 'upgrade-insecure-requests': null }, useDefaults: true },
    // The service does not own the subdomains of whoever runs it.
    strictTransportSecurity: { includeSubDomains: false, maxAge: 31_536_000 },
    xFrameOptions: { action: 'deny' },
  };
}

/**
 * Security headers on every answer, set by helmet (docs/security.md, "Headers"): the policies above,
 * frame-ancestors 'none' and X-Frame-Options DENY, nosniff, no referrer, no X-Powered-By, and
 * `Cache-Control: no-store` on the API and on the server's pages. The mail catcher (a development
 * tool) sets a stricter policy of its own on its pages.
 */
export function securityHeaders(): RequestHandler {
  const app = helmet(options(APP_POLICY));
  const page = helmet(options(PAGE_POLICY));
  return function securityHeaders(request: Request, response: Response, next: NextFunction) {
    if (NO_STORE.test(request.path)) response.setHeader('Cache-Control', 'no-store');
    (INLINE_STYLE_PAGES.test(request.path) ? page : app)(request, response, next);
  };
}
