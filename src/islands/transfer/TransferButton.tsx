/**
 * The 「转到另一部手机…」 button and, once tapped, its panel; the code that makes the link and the
 * QR code loads then, not with the page.
 */
import '../../styles/transfer.css';
import { useState } from 'preact/hooks';
import type { AllData } from '../../lib/storage/backup.ts';
import { useLazy } from '../useLazy.ts';

const loadPanel = () => Promise.all([import('./TransferPanel.tsx'), import('../../lib/transfer.ts')]);

interface Props {
  /** the record, as the sections of a backup */
  data: () => Pick<AllData, 'incidents'> | Pick<AllData, 'checklists'>;
  /** what is handed over, as the panel names it: 这条处置记录 */
  what: string;
  /** runs go without their plan's wording (the receiving page has the plan) */
  lean?: boolean;
}

export function TransferButton({ data, what, lean }: Props) {
  const [open, setOpen] = useState(false);
  const mod = useLazy(loadPanel, open);
  const page = () => `${location.origin}${location.pathname}`;
  return (
    <div class="transfer-wrap no-print">
      <button type="button" class="button" aria-expanded={open} onClick={() => setOpen(!open)} data-transfer-open>
        转到另一部手机或浏览器…
      </button>
      {open &&
        (mod.value ? (
          (() => {
            const [{ TransferPanel }, { makeTransfer, leanRun }] = mod.value;
            const d = data();
            const sent = lean && 'incidents' in d && d.incidents ? { incidents: Object.fromEntries(Object.entries(d.incidents).map(([k, v]) => [k, leanRun(v)])) } : d;
            return <TransferPanel transfer={makeTransfer(sent, page())} what={what} />;
          })()
        ) : (
          <p class={mod.failed ? 'notice' : 'muted'}>{mod.failed ? '没能打开：请联网后再试。' : '正在打开…'}</p>
        ))}
    </div>
  );
}
