import type { ReactNode } from "react";
import SiteHeader from "@/components/SiteHeader";

// The site's pages share its header; /embed, outside this group, is drawn without it.
export default function SiteLayout({ children }: { children: ReactNode }) {
  return (
    <>
      <SiteHeader />
      <main className="site-main">{children}</main>
    </>
  );
}
