/**
 * Query clean-up before search: full-width → half-width, traditional → simplified for the
 * characters staff actually type in this domain, punctuation → spaces.
 */
const TRAD: Record<string, string> = {
  電: '电', 門: '门', 樓: '楼', 燈: '灯', 滅: '灭', 氣: '气', 車: '车', 庫: '库', 鑰: '钥', 裝: '装',
  證: '证', 訴: '诉', 報: '报', 險: '险', 應: '应', 預: '预', 觸: '触', 斷: '断', 漏: '漏', 災: '灾',
  颱: '台', 風: '风', 業: '业', 務: '务', 費: '费', 買: '买', 賣: '卖', 請: '请', 問: '问', 歲: '岁',
  衛: '卫', 潔: '洁', 綠: '绿', 護: '护', 檢: '检', 巡: '巡', 邏: '逻', 員: '员', 職: '职', 責: '责',
  處: '处', 時: '时', 間: '间', 髮: '发', 發: '发', 爆: '爆', 傷: '伤', 醫: '医', 醉: '醉', 偷: '偷',
  搶: '抢', 劫: '劫', 鬥: '斗', 毆: '殴', 號: '号', 東: '东', 西: '西', 開: '开', 關: '关', 們: '们',
  麼: '么', 辦: '办', 為: '为', 這: '这', 裡: '里', 嗎: '吗', 說: '说', 幾: '几', 點: '点', 鐘: '钟',
  層: '层', 單: '单', 總: '总', 經: '经', 與: '与', 聯: '联', 絡: '络', 糾: '纠', 紛: '纷', 舊: '旧',
};

export function normalizeQuery(raw: string): string {
  let s = raw.normalize('NFKC').toLowerCase();
  s = Array.from(s, (ch) => TRAD[ch] ?? ch).join('');
  // Punctuation of either width becomes a word break; digits, letters and CJK stay.
  s = s.replace(/[^\p{L}\p{N}]+/gu, ' ');
  return s.replace(/\s+/g, ' ').trim();
}
