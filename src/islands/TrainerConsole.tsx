/**
 * 考核台: collects result codes (paste, files, QR), re-scores each against this site's own answer
 * key, and shows results, pass rate and item analysis; exports CSV and xAPI; prints certificates.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { acceptCodes, analyse, decodeCached, durationText, resultKey, sortRows, type ExamGroup, type Rejected, type Row, type SortKey } from '../lib/exam/console.ts';
import { toCsv, xapiStatement } from '../lib/exam/export.ts';
import { findCodes } from '../lib/exam/result-code.ts';
import type { Question } from '../lib/quiz/types.ts';
import { consoleData } from '../stores/console.ts';
import { downloadFile } from './download.ts';
import { loadBank } from './exam/bankLoader.ts';
import { readQr, readQrFromFile } from './exam/scanQr.ts';
import { Notices } from './Notices.tsx';
import { useStored } from './useStored.ts';

// Drawing thousands of rows at once is what makes a big import feel slow; sorting covers everyone.
const ROW_PAGE = 200;
const pct = (x: number) => `${Math.round(x * 100)}%`;
const when = (ms: number) => new Date(ms).toLocaleString('zh-CN', { hour12: false });


export default function TrainerConsole({ roles, site }: { roles: Record<string, string>; site: string }) {
  const data = useStored(consoleData.$store, consoleData.initial);
  const [banks, setBanks] = useState<Record<string, Question[]>>({});
  const [paste, setPaste] = useState('');
  const [report, setReport] = useState<{ added: number; duplicates: number; rejected: Rejected[] } | null>(null);
  const [sort, setSort] = useState<{ key: SortKey; dir: 1 | -1 }>({ key: 'submittedAt', dir: -1 });
  const [cert, setCert] = useState<Row | null>(null);
  const [scanning, setScanning] = useState(false);
  const [busy, setBusy] = useState(false);
  const [showAll, setShowAll] = useState(false);
  const video = useRef<HTMLVideoElement>(null);

  const pool = (ids: string[]) => ids.flatMap((id) => banks[id] ?? []);
  const ensureBanks = async (ids: string[]) => {
    const missing = [...new Set(ids)].filter((id) => !banks[id]);
    if (!missing.length) return banks;
    const loaded = await Promise.all(missing.map(async (id) => [id, await loadBank(id).catch(() => [])] as const));
    const next = { ...banks, ...Object.fromEntries(loaded) };
    setBanks(next);
    return next;
  };

  // Stored codes need their banks before they can be scored.
  useEffect(() => {
    const ids = data.codes.flatMap((c) => {
      const d = decodeCached(c);
      return d.ok ? d.value.spec.banks : [];
    });
    void ensureBanks(ids);
  }, [data.codes]);

  const payloads = useMemo(() => data.codes.map(decodeCached).flatMap((d) => (d.ok ? [d.value] : [])), [data.codes]);
  const groups: ExamGroup[] = useMemo(() => analyse(payloads, pool), [payloads, banks]);

  const importText = async (text: string) => {
    setBusy(true);
    try {
      const codes = findCodes(text);
      const specs = codes.map(decodeCached).flatMap((d) => (d.ok ? d.value.spec.banks : []));
      const b = await ensureBanks(specs);
      const p = (ids: string[]) => ids.flatMap((id) => b[id] ?? []);
      const known = new Set(payloads.map(resultKey));
      const r = acceptCodes(codes.length ? codes : [text], p, known);
      if (r.accepted.length) consoleData.update((cur) => ({ codes: [...cur.codes, ...r.accepted.map((a) => a.code)] }));
      setReport({ added: r.accepted.length, duplicates: r.duplicates, rejected: codes.length || text.trim() ? r.rejected : [] });
    } finally {
      setBusy(false);
    }
  };

  const onFiles = async (e: Event) => {
    const input = e.target as HTMLInputElement;
    const files = [...(input.files ?? [])];
    const texts: string[] = [];
    for (const f of files) {
      if (f.type.startsWith('image/')) {
        const code = await readQrFromFile(f).catch(() => null);
        texts.push(code ?? '');
        if (!code) setReport({ added: 0, duplicates: 0, rejected: [{ code: f.name, error: '照片里没有识别到二维码：请拍清楚、对准二维码' }] });
      } else texts.push(await f.text());
    }
    if (texts.some(Boolean)) await importText(texts.join('\n'));
    input.value = '';
  };

  const startScan = async () => {
    setScanning(true);
    try {
      const stream = await navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' } });
      const v = video.current!;
      v.srcObject = stream;
      await v.play();
      const tick = async () => {
        if (!v.srcObject) return;
        const code = v.videoWidth ? await readQr(v, v.videoWidth, v.videoHeight).catch(() => null) : null;
        if (code) {
          stopScan();
          await importText(code);
        } else requestAnimationFrame(() => void tick());
      };
      void tick();
    } catch {
      setScanning(false);
      setReport({ added: 0, duplicates: 0, rejected: [{ code: '摄像头', error: '打不开摄像头：请允许使用摄像头，或改用「从照片识别」' }] });
    }
  };
  const stopScan = () => {
    const v = video.current;
    (v?.srcObject as MediaStream | null)?.getTracks().forEach((t) => t.stop());
    if (v) v.srcObject = null;
    setScanning(false);
  };

  const allRows = groups.flatMap((g) => g.rows);
  const exportCsv = () => {
    const rows = sortRows(allRows, sort.key, sort.dir).map((r) => [r.name, r.number, r.role ? roles[r.role] ?? r.role : '', r.examTitle, r.percent, r.correct, r.total, r.passed ? '通过' : '未通过', durationText(r.durationMs), when(r.submittedAt)]);
    downloadFile(`考核结果-${new Date().toISOString().slice(0, 10)}.csv`, toCsv(['姓名', '工号', '岗位', '考试', '分数', '答对', '题数', '结果', '用时', '交卷时间'], rows), 'text/csv;charset=utf-8');
  };
  const exportXapi = () => {
    const statements = allRows.map((r) => xapiStatement({ site, examId: r.examId, examTitle: r.examTitle, name: r.name, number: r.number, correct: r.correct, total: r.total, passed: r.passed, startedAt: r.startedAt, submittedAt: r.submittedAt }));
    downloadFile(`xapi-${new Date().toISOString().slice(0, 10)}.json`, JSON.stringify(statements, null, 2), 'application/json');
  };
  const backup = () => downloadFile(`考核台备份-${new Date().toISOString().slice(0, 10)}.txt`, data.codes.join('\r\n') + '\r\n', 'text/plain');

  const header = (key: SortKey, label: string) => {
    const active = sort.key === key;
    return (
      <th scope="col" aria-sort={active ? (sort.dir === 1 ? 'ascending' : 'descending') : 'none'}>
        <button type="button" class="sort" onClick={() => setSort({ key, dir: active ? (-sort.dir as 1 | -1) : key === 'name' || key === 'number' ? 1 : -1 })}>
          {label}
          {active ? (sort.dir === 1 ? ' ▲' : ' ▼') : ''}
        </button>
      </th>
    );
  };

  if (cert) {
    return (
      <div class="certificate-view">
        <div class="certificate" data-certificate>
          <p class="kicker">上岗考核合格证明</p>
          <h2>{cert.name}</h2>
          <p>工号 {cert.number}{cert.role ? ` · ${roles[cert.role] ?? cert.role}` : ''}</p>
          <p>
            于 {new Date(cert.submittedAt).toLocaleDateString('zh-CN')} 参加「{cert.examTitle}」，成绩 <strong>{cert.percent} 分</strong>，考核合格。
          </p>
          <p class="sign">培训主管签字：__________　　日期：__________</p>
        </div>
        <div class="actions no-print">
          <button type="button" class="button primary" onClick={() => print()}>打印</button>
          <button type="button" class="button" onClick={() => setCert(null)}>返回考核台</button>
        </div>
      </div>
    );
  }

  return (
    <div class="console">
      <Notices />
      <section aria-labelledby="import-h">
        <h2 id="import-h">收结果</h2>
        <label class="field">
          <span>粘贴结果码（可以一次粘贴很多个）</span>
          <textarea rows={4} value={paste} onInput={(e) => setPaste((e.target as HTMLTextAreaElement).value)} />
        </label>
        <div class="actions">
          <button type="button" class="button primary" disabled={busy || !paste.trim()} onClick={() => importText(paste).then(() => setPaste(''))}>导入</button>
          <label class="button">
            导入文件或二维码照片
            <input type="file" multiple accept=".txt,.json,text/plain,application/json,image/*" class="visually-hidden" onChange={onFiles} />
          </label>
          {!scanning ? (
            <button type="button" class="button" onClick={startScan}>用摄像头扫码</button>
          ) : (
            <button type="button" class="button" onClick={stopScan}>停止扫码</button>
          )}
        </div>
        <video ref={video} class={scanning ? 'scanner' : 'visually-hidden'} muted playsInline />
        <div role="status" aria-live="polite">
          {report && (
            <p>
              新增 {report.added} 份{report.duplicates ? `，重复 ${report.duplicates} 份已合并` : ''}
              {report.rejected.length ? `，${report.rejected.length} 份不能接收：` : '。'}
            </p>
          )}
          {report && report.rejected.length > 0 && (
            <ul class="rejected">
              {report.rejected.map((r, i) => (
                <li key={i}>
                  {r.error}（{r.code.length > 24 ? r.code.slice(0, 24) + '…' : r.code}）
                </li>
              ))}
            </ul>
          )}
        </div>
      </section>

      {groups.length === 0 ? (
        <p class="muted">还没有考试结果。</p>
      ) : (
        <>
          <section aria-labelledby="results-h">
            <h2 id="results-h">成绩（{allRows.length} 人）</h2>
            <div class="actions">
              <button type="button" class="button" onClick={exportCsv}>导出 CSV（Excel）</button>
              <button type="button" class="button" onClick={exportXapi}>导出 xAPI</button>
              <button type="button" class="button" onClick={backup}>备份考核台</button>
            </div>
            <div class="table-wrap">
              <table data-results>
                <thead>
                  <tr>
                    {header('name', '姓名')}
                    {header('number', '工号')}
                    {header('role', '岗位')}
                    {header('percent', '分数')}
                    {header('passed', '结果')}
                    {header('durationMs', '用时')}
                    {header('submittedAt', '交卷时间')}
                    <th scope="col">证书</th>
                  </tr>
                </thead>
                <tbody>
                  {sortRows(allRows, sort.key, sort.dir).slice(0, showAll ? undefined : ROW_PAGE).map((r) => (
                    <tr key={r.key}>
                      <td>{r.name}</td>
                      <td>{r.number}</td>
                      <td>{r.role ? roles[r.role] ?? r.role : '—'}</td>
                      <td data-score>
                        {r.percent}
                        {r.claimedPercent !== undefined && r.claimedPercent !== r.percent && <span class="badge critical" title="手机上显示的分数与本机重算不一致">分数被改过</span>}
                      </td>
                      <td>{r.passed ? '通过' : '未通过'}</td>
                      <td>{durationText(r.durationMs)}</td>
                      <td>{when(r.submittedAt)}</td>
                      <td>{r.passed ? <button type="button" class="link" onClick={() => setCert(r)}>打印证书</button> : '—'}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            {!showAll && allRows.length > ROW_PAGE && (
              <button type="button" class="button" onClick={() => setShowAll(true)}>
                显示全部 {allRows.length} 人（现在显示前 {ROW_PAGE} 人）
              </button>
            )}
          </section>
          {groups.map((g) => (
            <section key={g.hash} aria-labelledby={`g-${g.hash}`} class="analysis">
              <h2 id={`g-${g.hash}`}>
                {g.spec.title}：通过率 <span data-pass-rate>{pct(g.passRate)}</span>（{g.rows.length} 人）
              </h2>
              <p class="muted">区分度 = 前 27% 与后 27% 考生的答对率之差；低于 0.2 或为负的题可能出得不好，正确率过高或过低也值得复查。</p>
              <div class="table-wrap">
                <table data-items>
                  <thead>
                    <tr>
                      <th scope="col">题目</th>
                      <th scope="col">正确率</th>
                      <th scope="col">区分度</th>
                      <th scope="col">各选项人数（✓ 为正确答案）</th>
                    </tr>
                  </thead>
                  <tbody>
                    {g.items.map((it) => (
                      <tr key={it.id} class={it.discrimination < 0.2 && g.rows.length >= 4 ? 'flag' : ''}>
                        <th scope="row">{it.prompt}</th>
                        <td>{pct(it.pCorrect)}</td>
                        <td>{it.discrimination.toFixed(2)}</td>
                        <td>
                          {it.options.length
                            ? it.options.map((o) => `${o.correct ? '✓' : ''}${o.label}：${o.count}`).join('　')
                            : '—'}
                          {it.unanswered ? `　未答：${it.unanswered}` : ''}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </section>
          ))}
        </>
      )}
    </div>
  );
}
