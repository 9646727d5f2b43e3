/**
 * 考核台: collects result codes (paste, files, QR), accepts only exams it can verify, scores each
 * against this site's own answer key, and shows results, pass rate and item analysis; exports CSV
 * and xAPI; prints certificates. Results graded on an earlier version of the banks stay listed.
 */
import '../styles/assess.css';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { keyLines, withoutKeyLines } from '../lib/exam/key-lines.ts';
import { acceptCodes, analyse, decodeCached, findCodeCandidates, MAX_PASTE_CHARS, MAX_RESULTS, resultKey, withAccepted, type Rejected, type Row } from '../lib/exam/console.ts';
import type { ExamSpec } from '../lib/exam/spec.ts';
import type { Question } from '../lib/quiz/types.ts';
import { trainer } from '../stores/console.ts';
import { consoleData } from '../stores/console-data.ts';
import { loadBank } from './exam/bankLoader.ts';
import { AnswerSheet } from './console/AnswerSheet.tsx';
import type { Issuer } from './console/Certificate.tsx';
import { useLazy } from './useLazy.ts';
import { ImportPanel, type ImportReport } from './console/ImportPanel.tsx';
import { Folded } from './console/Folded.tsx';
import { ItemAnalysis } from './console/ItemAnalysis.tsx';
import { ResultsTable } from './console/ResultsTable.tsx';
import { Notices } from './Notices.tsx';
import { useStored } from './useStored.ts';
import { routes } from '../lib/routes.ts';

interface Props {
  roles: Record<string, string>;
  site: string;
  presets: ExamSpec[];
  /** who issues certificates: this project and organisation */
  issuer: Issuer;
  /** every way a post may be written in a staff list → role id */
  roleNames: Record<string, string>;
}

/** The certificate is one screen of many a trainer opens: it loads when first asked for. */
const loadCertificate = () => import('./console/Certificate.tsx');
const loadKeys = () => import('./console/TrustedKeys.tsx').then((m) => m.TrustedKeys);
const loadMove = () => import('./console/MovePanel.tsx').then((m) => m.MovePanel);
const loadRoster = () => import('./console/RosterPanel.tsx').then((m) => m.RosterPanel);
const keyOf = (code: string) => {
  const d = decodeCached(code);
  return d.ok ? resultKey(d.value) : null;
};

export default function TrainerConsole({ roles, site, presets, issuer, roleNames }: Props) {
  const data = useStored(consoleData.$store, consoleData.initial);
  const keys = useStored(trainer.$store, trainer.initial).keys;
  const [banks, setBanks] = useState<Record<string, Question[]>>({});
  const [report, setReport] = useState<ImportReport | null>(null);
  const [cert, setCert] = useState<Row | null>(null);
  const certificate = useLazy(loadCertificate, !!cert);
  const [sheet, setSheet] = useState<Row | null>(null);
  const [busy, setBusy] = useState(false);

  const ensureBanks = async (ids: string[]) => {
    const missing = [...new Set(ids)].filter((id) => !banks[id]);
    if (!missing.length) return banks;
    // A bank this site no longer has scores nothing: its results show as graded earlier.
    const loaded = await Promise.all(missing.map(async (id) => [id, await loadBank(id).catch(() => [])] as const));
    const next = { ...banks, ...Object.fromEntries(loaded) };
    setBanks(next);
    return next;
  };

  // Stored codes need their banks before they can be scored.
  useEffect(() => {
    void ensureBanks(
      data.codes.flatMap((c) => {
        const d = decodeCached(c);
        return d.ok ? d.value.spec.banks : [];
      }),
    );
  }, [data.codes]);

  const payloads = useMemo(() => data.codes.map(decodeCached).flatMap((d) => (d.ok ? [d.value] : [])), [data.codes]);
  const groups = useMemo(() => analyse(payloads, (ids) => ids.flatMap((id) => banks[id] ?? []), data.graded), [payloads, banks, data.graded]);
  // one array per analysis: the roster's completion view recomputes only when results change
  const allRows = useMemo(() => groups.flatMap((g) => g.rows), [groups]);

  const importText = async (text: string) => {
    if (text.length > MAX_PASTE_CHARS) {
      setReport({ added: 0, duplicates: 0, keysIgnored: 0, rejected: [{ code: `${Math.round(text.length / 1e6)} MB 文字`, error: '内容太多，不像是结果码：请分批粘贴，或改用「导入文件」' }] });
      return;
    }
    setBusy(true);
    try {
      // Keys never come in with results: trusting a colleague's key is its own act (TrustedKeys).
      const keysIgnored = keyLines(text).filter((k) => !trainer.get().keys.includes(k)).length;
      const codes = findCodeCandidates(withoutKeyLines(text));
      const b = await ensureBanks(codes.map(decodeCached).flatMap((d) => (d.ok ? d.value.spec.banks : [])));
      const known = new Set(payloads.map(resultKey));
      const trust = { presets, keys: [...trainer.get().keys] };
      const r = await acceptCodes(codes, (ids) => ids.flatMap((id) => b[id] ?? []), trust, known, Date.now(), MAX_RESULTS - consoleData.get().codes.length);
      if (r.accepted.length) consoleData.update((cur) => withAccepted(cur, r.accepted));
      const nothing: Rejected[] = !codes.length && !keysIgnored && text.trim() ? [{ code: text.trim().slice(0, 24), error: '没有找到结果码（应以 WY1. 开头）' }] : [];
      setReport({ added: r.accepted.length, duplicates: r.duplicates, keysIgnored, rejected: [...r.rejected, ...nothing] });
    } finally {
      setBusy(false);
    }
  };

  // Back from a certificate or an answer sheet: focus returns to the row it was opened from.
  const refocus = (r: Row) => requestAnimationFrame(() => document.querySelector<HTMLElement>(`[data-sheet-open="${CSS.escape(r.key)}"]`)?.focus());
  const closeCert = () => {
    if (cert) refocus(cert);
    setCert(null);
  };
  const closeSheet = () => {
    if (sheet) refocus(sheet);
    setSheet(null);
  };

  if (cert) {
    const Certificate = certificate.value?.Certificate;
    return Certificate ? <Certificate row={cert} roles={roles} issuer={issuer} onBack={closeCert} /> : <p role="status">{certificate.failed ? '没能打开证书：联网后再试。' : '正在打开证书…'}</p>;
  }
  const sheetPayload = sheet && payloads.find((p) => resultKey(p) === sheet.key);
  const sheetGroup = sheetPayload && groups.find((g) => g.hash === sheetPayload.hash);
  return (
    <div class="console">
      <Notices />
      <ImportPanel busy={busy} report={report} onText={importText} onReport={setReport} />
      <Folded id="roster" title="人员名单与完成情况" load={loadRoster} props={{ rows: allRows, presets, roles, roleNames }} />
      <Folded title="同事的出卷密钥" load={loadKeys} props={{}} />
      <Folded id="move-console" title="换电脑：搬走或搬来考核台" load={loadMove} props={{ onCodes: importText, keyOf }} />
      {allRows.length === 0 ? (
        <div class="empty">
          <strong>还没有考试结果</strong>
          <p>考生交卷后，把手机上的结果码粘贴到上面，或上传结果文件、二维码照片。</p>
          <a class="button" href={routes.assess.index}>
            去出卷
          </a>
        </div>
      ) : (
        <>
          <ResultsTable rows={allRows} roles={roles} site={site} codes={data.codes} keys={keys} onOpen={setSheet} onCertificate={setCert} />
          {groups.map((g) => (
            <ItemAnalysis key={g.hash} group={g} />
          ))}
        </>
      )}
      {sheet && sheetPayload && sheetGroup && <AnswerSheet row={sheet} spec={sheetGroup.spec} questions={sheetGroup.questions} answers={sheetPayload.answers} onClose={closeSheet} />}
    </div>
  );
}
