"use client";
// Shown when a page fails to render: what happened, in words, and a way to try again.
import Link from "next/link";
import { useI18n } from "@/components/i18n";

export default function PageError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const { t } = useI18n();
  return (
    <div className="state state-error page-state" role="alert">
      <p className="state-title">{t("pageError")}</p>
      <p className="state-detail" dir="auto">
        {error.message}
      </p>
      <div className="state-actions">
        <button type="button" className="button" onClick={reset}>
          {t("retry")}
        </button>
        <Link href="/">{t("backToTimeline")}</Link>
      </div>
    </div>
  );
}
