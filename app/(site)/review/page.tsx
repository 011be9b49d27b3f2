import ReviewQueue from "@/components/ReviewQueue";

export default function ReviewPage() {
  return <ReviewQueue />;
}
