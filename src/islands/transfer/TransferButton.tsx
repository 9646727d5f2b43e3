/**
 * The 「转到另一部手机…」 button and, once tapped, its panel; the code that makes the link and the
 * QR code loads then, not with the page.
 */
import '../../styles/transfer.css';
import { useMemo, useState } from 'preact/hooks';
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
  /** changes when the record does: the link and QR code are made again then, not on every render (the run's clock ticks each second) */
  version: number | string;
}

export function TransferButton({ data, what, lean, version }: Props) {
  const [open, setOpen] = useState(false);
  const mod = useLazy(loadPanel, open);
  const transfer = useMemo(() => {
    if (!open || !mod.value) return null;
    const { makeTransfer, leanRun } = mod.value[1];
    const d = data();
    const sent = lean && 'incidents' in d && d.incidents ? { incidents: Object.fromEntries(Object.entries(d.incidents).map(([k, v]) => [k, leanRun(v)])) } : d;
    return makeTransfer(sent, `${location.origin}${location.pathname}`);
  }, [open, mod.value, version]);
  const Panel = mod.value?.[0].TransferPanel;
  return (
    <div class="transfer-wrap no-print">
      <button type="button" class="button" aria-expanded={open} onClick={() => setOpen(!open)} data-transfer-open>
        转到另一部手机或浏览器…
      </button>
      {open && (Panel && transfer ? <Panel transfer={transfer} what={what} /> : <p class={mod.failed ? 'notice' : 'muted'}>{mod.failed ? '没能打开：请联网后再试。' : '正在打开…'}</p>)}
    </div>
  );
}
