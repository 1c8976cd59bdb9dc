/** What the caller's scope hides, said once at the top of each page. */
import { hiddenLevels, useSession } from '../session';

export function ScopeNote() {
  const { session } = useSession();
  const hidden = hiddenLevels(session);
  if (session.status !== 'signed-in' || hidden.length === 0) return null;
  return (
    <p className="scope-note" data-testid="scope-note">
      You read {session.viewer.levels.join(', ')} only: artifacts at {hidden.join(', ')} are hidden
      from every page, and counts leave them out.
    </p>
  );
}
