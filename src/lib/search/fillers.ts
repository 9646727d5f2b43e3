/**
 * Spoken Chinese as WeChat's voice keyboard writes it: one run-on sentence with the speaker's
 * fillers and hedges in it (「我跟你说啊就是那个五号楼地下室好像进水了」). The fillers match
 * nothing on a page and, left in, make every page fail the "holds every word" test.
 * Removed as substrings, longest first; each is a phrase that never carries the incident itself.
 */
const FILLERS = [
  '我跟你说', '跟你说', '我跟你讲', '跟你讲', '你知道吗', '你知道', '我想问一下', '我想问', '想问一下', '问一下',
  '请问一下', '麻烦问一下', '是这样的', '是这样', '怎么说呢', '我觉得', '我感觉', '感觉好像', '好像是', '好像',
  '可能是', '应该是', '估计是', '不知道', '就是说', '就是', '那个', '这个', '然后呢', '然后', '还有就是',
  '反正', '其实', '那边', '这边', '现在', '刚才', '刚刚', '一下子', '有点', '有些',
  '非常', '特别', '真的', '赶紧', '快点', '快来', '喂喂', '喂', '哎呀', '哎', '唉', '嗯', '呃',
  '啊', '呀', '呢', '吧', '嘛', '哦', '噢', '哈', '啦', '咯',
].sort((a, b) => b.length - a.length);

/** Chinese has no spaces: a filler inside a phrase (电梯好像卡住了) closes up, it does not split it. */
export function stripFillers(text: string): string {
  let out = text;
  for (const f of FILLERS) if (out.includes(f)) out = out.split(f).join('');
  return out.replace(/\s+/g, ' ').trim();
}
