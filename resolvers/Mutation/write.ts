/** The curated write API: every mutation goes through the writer. */
import type { Context } from '../../server/context.js';
import type { ArtifactInput, LinkType } from '../../ingest/writer/writer.js';

export function upsertArtifacts(_root: unknown, args: { input: ArtifactInput[] }, ctx: Context) {
  return ctx.services.writer.upsertArtifacts(args.input);
}

export function link(
  _root: unknown,
  args: { from: string; to: string; type: LinkType; evidence?: string | null },
  ctx: Context,
) {
  return ctx.services.writer.link(args.from, args.to, args.type, args.evidence ?? null, 'manual');
}

export function unlink(
  _root: unknown,
  args: { from: string; to: string; type: LinkType },
  ctx: Context,
) {
  return ctx.services.writer.unlink(args.from, args.to, args.type);
}

export function deleteArtifact(_root: unknown, args: { uid: string }, ctx: Context) {
  return ctx.services.writer.deleteArtifact(args.uid);
}
