/** Storage problems (corrupt value set aside, storage unavailable or full), told in plain Chinese. */
import '../styles/app.css';
import { $notices, dismissNotice } from '../stores/persist.ts';
import { useStored } from './useStored.ts';

export function Notices() {
  const notices = useStored($notices, []);
  // The alert region is always in the page, so a notice added later is announced.
  return (
    <div class="notices" role="alert">
      {notices.map((n) => (
        <p key={n.message} class="notice">
          {n.message}{' '}
          <button type="button" class="link" onClick={() => dismissNotice(n)}>
            知道了
          </button>
        </p>
      ))}
    </div>
  );
}
