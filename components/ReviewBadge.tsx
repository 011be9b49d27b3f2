"use client";
// Whether a person has verified an event: shown wherever an event is, so a machine's guess
// never passes for a confirmed fact.
import type { ReviewStatus } from "@/lib/model";
import { useI18n } from "./i18n";

export default function ReviewBadge({ status }: { status: ReviewStatus }) {
  const i18n = useI18n();
  return (
    <span className={`review-badge review-${status}`} data-review-status={status}>
      {i18n.review(status)}
    </span>
  );
}
