import ArticleEntry from "@/components/ArticleEntry";

export default function NewArticlePage() {
  return <ArticleEntry />;
}
