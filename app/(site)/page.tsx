import { Suspense } from "react";
import ChronologyView from "@/components/ChronologyView";
import { discoveryMetadata } from "../discovery";

export const generateMetadata = discoveryMetadata("/");

// The selection lives in the URL (?event=ID), read on the client: Suspense lets the rest of the
// page render before the search parameters are known.
export default function HomePage() {
  return (
    <Suspense>
      <ChronologyView />
    </Suspense>
  );
}
