/** The curated write API: every mutation goes through the writer. */
import type {
  MutationDeleteArtifactArgs,
  MutationLinkArgs,
  MutationUnlinkArgs,
  MutationUpsertArtifactsArgs,
} from '../../generated/graphql.js';
import type { Context } from '../context.js';

export function upsertArtifacts(_root: unknown, args: MutationUpsertArtifactsArgs, ctx: Context) {
  return ctx.runtime.writer.upsertArtifacts(args.input);
}

export function link(_root: unknown, args: MutationLinkArgs, ctx: Context) {
  return ctx.runtime.writer.link(args.from, args.to, args.type, args.evidence ?? null, 'manual');
}

export function unlink(_root: unknown, args: MutationUnlinkArgs, ctx: Context) {
  return ctx.runtime.writer.unlink(args.from, args.to, args.type);
}

export function deleteArtifact(_root: unknown, args: MutationDeleteArtifactArgs, ctx: Context) {
  return ctx.runtime.writer.deleteArtifact(args.uid);
}
