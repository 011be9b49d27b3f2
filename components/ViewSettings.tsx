"use client";
// The header's reading settings: the interface language and the Hijri dates, both in the URL.
import { useI18n } from "./i18n";
import { useHijriParam, useLanguageParam } from "./url-state";
import { translate } from "@/lib/i18n";
import { LANGUAGES } from "@/lib/model";

export default function ViewSettings() {
  const i18n = useI18n();
  const [language, setLanguage] = useLanguageParam();
  const [hijri, setHijri] = useHijriParam();
  return (
    <div className="view-settings">
      <div className="language-switch" role="group" aria-label={i18n.t("languageLabel")}>
        {LANGUAGES.map((option) => (
          <button
            key={option}
            type="button"
            className="segment"
            lang={option}
            aria-pressed={language === option}
            onClick={() => void setLanguage(option)}
          >
            {translate(option, "languageName")}
          </button>
        ))}
      </div>
      <label className="toggle">
        <input type="checkbox" checked={hijri} onChange={(event) => void setHijri(event.target.checked || null)} />
        {i18n.t("hijriToggle")}
      </label>
    </div>
  );
}
