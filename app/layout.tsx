import type { Metadata } from "next";
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

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang={DEFAULT_LANGUAGE} dir={directionOf(DEFAULT_LANGUAGE)}>
      <body>
        <Providers>{children}</Providers>
      </body>
    </html>
  );
}
