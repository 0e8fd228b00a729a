// Runs before every request (pages, route handlers, static files, 404s): draws a fresh
// CSP nonce and puts the security headers on the response. The policy also goes on the
// request, where Next reads the nonce back and stamps it on its own scripts; that needs
// every page rendered per request (app/layout.tsx makes sure of it).
import { NextResponse, type NextRequest } from "next/server";
import { isHttps } from "@/lib/auth/request-origin";
import { env } from "@/lib/env";
import { newNonce, securityHeaders } from "@/lib/http/security-headers";

export function proxy(request: NextRequest): NextResponse {
  const headers = securityHeaders({ nonce: newNonce(), dev: env.NODE_ENV === "development", https: isHttps(request) });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("Content-Security-Policy", headers["Content-Security-Policy"]!);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  return response;
}
