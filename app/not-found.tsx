import Link from "next/link";
import { DEFAULT_LANGUAGE, translate } from "@/lib/i18n";

export default function NotFound() {
  return (
    <div className="state page-state">
      <p className="state-title">{translate(DEFAULT_LANGUAGE, "pageNotFound")}</p>
      <Link href="/">{translate(DEFAULT_LANGUAGE, "backToTimeline")}</Link>
    </div>
  );
}
