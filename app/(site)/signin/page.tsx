import { Suspense } from "react";
import SignInForm from "@/components/SignInForm";

// Where to go afterwards (?next=) is read on the client.
export default function SignInPage() {
  return (
    <Suspense>
      <SignInForm />
    </Suspense>
  );
}
