// The selected event, shared by the timeline, the chronology list, the panel and the URL.
// `origin` says where it was made (a view does not scroll itself to its own click), and `seq`
// counts selections, so choosing the same event again still brings it into view.
export type SelectionOrigin = "timeline" | "list" | "link";

export interface Selection {
  id: string | null;
  origin: SelectionOrigin;
  seq: number;
}
