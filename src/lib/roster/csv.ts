/**
 * A staff list as HR hands it over: a CSV saved from Excel, in UTF-8 (with or without a BOM) or,
 * from a Chinese Excel's 「CSV（逗号分隔）」, in GBK. Bytes become text, text becomes cells.
 */

/** UTF-8 when the bytes are valid UTF-8 (BOM or not); otherwise GBK, what Chinese Excel writes. */
export function decodeCsvBytes(bytes: Uint8Array): { text: string; encoding: 'utf-8' | 'gbk' } {
  try {
    // ignoreBOM false (the default) drops a leading BOM
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('gbk').decode(bytes), encoding: 'gbk' };
  }
}

/**
 * Cells of a CSV (RFC 4180: quoted cells may hold commas, quotes and line breaks), comma- or, for a
 * list copied out of Excel, tab-separated. Blank lines are kept as empty rows so line numbers in
 * messages match what the person sees in Excel.
 */
export function parseCsv(text: string): string[][] {
  const src = text.replace(/^\uFEFF/, '');
  const firstLine = src.slice(0, src.search(/\r?\n|$/));
  const sep = !firstLine.includes(',') && firstLine.includes('\t') ? '\t' : ',';
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (quoted) {
      if (c === '"') {
        if (src[i + 1] === '"') {
          cell += '"';
          i++;
        } else quoted = false;
      } else cell += c;
    } else if (c === '"' && cell === '') quoted = true;
    else if (c === sep) {
      row.push(cell);
      cell = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && src[i + 1] === '\n') i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += c;
  }
  if (cell !== '' || row.length) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}
