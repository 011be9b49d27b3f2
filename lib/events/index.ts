// Event extraction: the public surface used by the pipeline (lib/extract.ts) and the store.
export { extractEvents } from "./extractor";
export { isSameEvent, type MergeCandidate } from "./merge";
export {
  loadActorRegister,
  officeHolder,
  resolveActor,
  toActor,
  unregisteredActorId,
  type ActorRegister,
  type OfficeTerm,
  type RegisterActor,
} from "./register";
export type { ExtractedEvent, ExtractedParticipant } from "./types";
