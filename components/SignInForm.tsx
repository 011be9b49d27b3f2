"use client";
// The sign-in page's form: name and password, posted to /api/auth/login; the server sets the
// HttpOnly session cookie and answers the CSRF token that later writes carry.
import { useRouter, useSearchParams } from "next/navigation";
import { useId, useState, type FormEvent } from "react";
import type { SessionAnswer } from "@/lib/api-types";
import { useI18n } from "./i18n";
import { useSession, useSessionChanged, useWrite } from "./session";
import { localHref } from "./url-state";

/** Only a path of this site is followed after signing in (never another origin). */
const LOCAL_PATH = /^\/(?![/\\])/;

export default function SignInForm() {
  const i18n = useI18n();
  const id = useId();
  const router = useRouter();
  const next = useSearchParams().get("next");
  const session = useSession();
  const sessionChanged = useSessionChanged();
  const write = useWrite();
  const [state, setState] = useState<{ kind: "idle" | "busy" } | { kind: "failed"; error: string }>({ kind: "idle" });

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setState({ kind: "busy" });
    try {
      sessionChanged(await write<SessionAnswer>("/api/auth/login", "POST", { name: form.get("name"), password: form.get("password") }));
      router.push(next && LOCAL_PATH.test(next) ? next : localHref("/review", i18n.language, i18n.hijri));
    } catch (error) {
      setState({ kind: "failed", error: error instanceof Error ? error.message : String(error) });
    }
  };

  const user = session.data?.user;
  return (
    <section className="signin" aria-labelledby={`${id}-title`}>
      <h1 id={`${id}-title`}>{i18n.t("signInTitle")}</h1>
      <p className="muted">{i18n.t("signInHint")}</p>
      {user && <p className="signin-already">{i18n.t("signedInAlready", { name: user.name })}</p>}
      <form className="signin-form" onSubmit={(event) => void submit(event)} data-testid="signin-form">
        <label>
          {i18n.t("userName")}
          <input name="name" autoComplete="username" required dir="auto" />
        </label>
        <label>
          {i18n.t("password")}
          <input name="password" type="password" autoComplete="current-password" required dir="ltr" />
        </label>
        <button type="submit" className="button button-primary" disabled={state.kind === "busy"}>
          {state.kind === "busy" ? i18n.t("signingIn") : i18n.t("signIn")}
        </button>
        {state.kind === "failed" && (
          <p className="form-error" role="alert">
            {i18n.t("signInFailed")} {state.error}
          </p>
        )}
      </form>
    </section>
  );
}
