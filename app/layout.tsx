import type { Metadata } from "next";
import { connection } from "next/server";
import type { ReactNode } from "react";
import "@fontsource/noto-naskh-arabic/400.css";
import "@fontsource/noto-naskh-arabic/600.css";
import "@fontsource/noto-naskh-arabic/700.css";
import "./globals.css";
import { DEFAULT_LANGUAGE, directionOf, translate } from "@/lib/i18n";
import Providers from "./providers";

export const metadata: Metadata = {
  title: translate(DEFAULT_LANGUAGE, "appName"),
  description: translate(DEFAULT_LANGUAGE, "appTagline"),
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  // Every page is rendered per request: its scripts carry that request's CSP nonce (proxy.ts),
  // which a page prerendered at build time could not know.
  await connection();
  return (
    <html lang={DEFAULT_LANGUAGE} dir={directionOf(DEFAULT_LANGUAGE)}>
      <body>
        <Providers>{children}</Providers>
      </body>
    </html>
  );
}
