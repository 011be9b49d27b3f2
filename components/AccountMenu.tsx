"use client";
// The header's account corner: the review queue and sign-out for a signed-in user, else a
// sign-in link.
import Link from "next/link";
import { useQueryClient } from "@tanstack/react-query";
import type { SessionAnswer } from "@/lib/api-types";
import { hasRole } from "@/lib/auth/roles";
import { roleLabel } from "@/lib/i18n";
import { useI18n } from "./i18n";
import { useSession, useSessionChanged, useWrite } from "./session";
import { localHref } from "./url-state";

export default function AccountMenu() {
  const i18n = useI18n();
  const session = useSession();
  const write = useWrite();
  const sessionChanged = useSessionChanged();
  const queryClient = useQueryClient();
  const user = session.data?.user;
  const signOut = async () => {
    sessionChanged(await write<SessionAnswer>("/api/auth/logout", "POST"));
    await queryClient.invalidateQueries();
  };
  if (session.isPending) return null;
  if (!user) {
    return (
      <Link className="header-button" href={localHref("/signin", i18n.language, i18n.hijri)} data-testid="signin-link">
        {i18n.t("signIn")}
      </Link>
    );
  }
  return (
    <div className="account" data-testid="account">
      {hasRole(user.role, "editor") && (
        <>
          <Link className="header-button" href={localHref("/review", i18n.language, i18n.hijri)}>
            {i18n.t("reviewQueue")}
          </Link>
          <Link className="header-button" href={localHref("/articles/new", i18n.language, i18n.hijri)}>
            {i18n.t("addArticles")}
          </Link>
        </>
      )}
      <span className="account-name" dir="auto">
        {i18n.t("signedInAs", { name: user.name, role: roleLabel(i18n.language, user.role) })}
      </span>
      <button type="button" className="header-button" onClick={() => void signOut()}>
        {i18n.t("signOut")}
      </button>
    </div>
  );
}
