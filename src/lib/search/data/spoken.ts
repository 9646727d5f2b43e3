/** Data, shipped in /search-aliases.json rather than in the search code (fillers.ts, plan.ts apply it). */

/**
 * Fillers of spoken Chinese as WeChat's voice keyboard writes it: one run-on sentence with the speaker's
 * fillers and hedges in it (「我跟你说啊就是那个五号楼地下室好像进水了」). The fillers match
 * nothing on a page and, left in, make every page fail the "holds every word" test.
 * Removed as substrings, longest first; each is a phrase that never carries the incident itself.
 */
export const FILLERS = [
  '我跟你说', '跟你说', '我跟你讲', '跟你讲', '你知道吗', '你知道', '我想问一下', '我想问', '想问一下', '问一下',
  '请问一下', '麻烦问一下', '是这样的', '是这样', '怎么说呢', '我觉得', '我感觉', '感觉好像', '好像是', '好像',
  '可能是', '应该是', '估计是', '不知道', '就是说', '就是', '那个', '这个', '然后呢', '然后', '还有就是',
  '反正', '其实', '那边', '这边', '现在', '刚才', '刚刚', '一下子', '有点', '有些',
  '非常', '特别', '真的', '赶紧', '快点', '快来', '喂喂', '喂', '哎呀', '哎', '唉', '嗯', '呃',
  '啊', '呀', '呢', '吧', '嘛', '哦', '噢', '哈', '啦', '咯',
];

/**
 * Words that say where or how much, not what happened (屋里, 楼道, 好几个): kept as search terms,
 * but a page need not hold them to answer (「屋里冒烟」 is the fire plan, which never says 屋里).
 */
export const WEAK_WORDS = [
  '屋里', '家里', '楼道', '楼道里', '楼里', '楼上', '楼下', '厨房', '卫生间', '厕所', '阳台', '大堂', '门口', '门外', '外面',
  '里面', '地下室', '车库', '地库', '停车场', '小区', '小区里', '办公室', '墙上', '地上', '房间', '业主家', '隔壁',
  '一直', '好多', '很多', '好几个', '好几', '一块', '一层', '厉害', '特别', '有人', '一个', '两个', '几个', '东西',
  '业主', '师傅', '阿姨', '大爷', '大妈', '老太太', '老头', '人家', '刚才', '今天', '晚上', '早上', '突然', '一下',
  // what the word segmenter leaves of 屋里, 墙上, 家里 when it splits them
  '屋', '墙', '家', '楼', '手', '遭',
  // directions
  '往上', '往下', '往外', '上面', '下面', '旁边', '一股', '一阵',
];
