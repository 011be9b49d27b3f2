"use client";
import Link from "next/link";
import { useI18n } from "./i18n";

export default function SiteHeader() {
  const { t } = useI18n();
  return (
    <header className="site-header">
      <Link href="/" className="brand">
        <span className="brand-mark" aria-hidden="true" />
        <span className="brand-name">{t("appName")}</span>
      </Link>
      <span className="brand-tagline">{t("appTagline")}</span>
    </header>
  );
}
