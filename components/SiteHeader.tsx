"use client";
import Link from "next/link";
import { Suspense } from "react";
import AccountMenu from "./AccountMenu";
import EmbedDialog from "./EmbedDialog";
import ExportMenu from "./ExportMenu";
import { useI18n } from "./i18n";
import { localHref } from "./url-state";
import ViewSettings from "./ViewSettings";

export default function SiteHeader() {
  const { t, language, hijri } = useI18n();
  return (
    <header className="site-header">
      <Link href={localHref("/", language, hijri)} className="brand">
        <span className="brand-mark" aria-hidden="true" />
        <span className="brand-name">{t("appName")}</span>
      </Link>
      <span className="brand-tagline">{t("appTagline")}</span>
      {/* Reads the URL, which a statically rendered page only knows in the browser. */}
      <Suspense>
        <ViewSettings />
      </Suspense>
      <EmbedDialog />
      <ExportMenu />
      <AccountMenu />
    </header>
  );
}
