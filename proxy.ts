// Runs before every page is rendered: gives the page a fresh CSP nonce (Next.js reads it from the
// request's Content-Security-Policy header and marks its own scripts with it; server components
// read it from x-nonce) and answers with the policy.
import { NextResponse, type NextRequest } from "next/server";
import { NONCE_HEADER, newNonce, pageCsp } from "@/lib/http-security";

export function proxy(request: NextRequest) {
  const nonce = newNonce();
  const policy = pageCsp(nonce, request.nextUrl.pathname === "/embed");
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set(NONCE_HEADER, nonce);
  requestHeaders.set("Content-Security-Policy", policy);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", policy);
  return response;
}

export const config = {
  matcher: [
    {
      // Pages only: API answers and files carry next.config.ts's policy, which allows nothing.
      source: "/((?!api/|_next/static|_next/image|icon\\.svg|embed\\.js|favicon\\.ico).*)",
      // Prefetches are not rendered pages: no nonce needed.
      missing: [
        { type: "header", key: "next-router-prefetch" },
        { type: "header", key: "purpose", value: "prefetch" },
      ],
    },
  ],
};
