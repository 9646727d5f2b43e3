import type { AliasMap } from './aliases.ts';

/**
 * What staff see, said the way they would say it, → the word the handbook uses for it. Not page
 * names: these only turn 「天花板滴水」 into 漏水 and 「人倒了」 into 倒地, and the site's own aliases
 * and page names take it from there. Longest phrase first, applied before the site's aliases.
 */
const DESCRIPTIONS: Record<string, string> = {
  // someone collapsed
  人倒了: '倒地', 有人倒了: '倒地', 人倒地: '倒地', 倒在地上: '倒地', 躺在地上: '倒地', 躺地上: '倒地',
  倒地上: '倒地', 人倒下: '倒地', 一下倒了: '倒地', 倒下了: '倒地', 就倒了: '倒地', 人不动了: '倒地 没反应',
  叫也不应: '叫不醒', 叫不应: '叫不醒', 喊不醒: '叫不醒', 不省人事: '昏迷', 心口疼: '心脏病', 胸口疼: '心脏病',
  // a fall
  摔了一跤: '摔倒', 摔跤: '摔倒', 摔了: '摔倒', 跌倒: '摔倒', 跌了一跤: '摔倒', 滑倒: '摔倒', 绊倒了: '摔倒',
  摔地上: '摔倒', 摔在地上: '摔倒',
  // water where it should not be
  往下渗水: '楼上漏水', 楼上渗水: '楼上漏水', 天花板滴水: '楼上漏水', 天花板漏水: '楼上漏水', 天花板渗水: '楼上漏水',
  屋顶漏水: '楼上漏水', 顶上滴水: '楼上漏水', 顶上漏水: '楼上漏水', 吊顶滴水: '楼上漏水', 吊顶漏水: '楼上漏水',
  墙上渗水: '漏水', 墙面渗水: '漏水', 往外渗水: '漏水', 渗水: '漏水', 滴水: '漏水', 进水: '漏水', 往外冒水: '冒水',
  水往外冒: '冒水', 到处是水: '漏水', 都是水: '漏水', 冒脏水: '返水', 往上冒水: '返水', 水漫出来: '溢水',
  // smells and smoke
  一股煤气味: '燃气泄漏', 有煤气味: '燃气泄漏', 煤气味: '燃气泄漏', 燃气味: '燃气泄漏', 臭鸡蛋味: '燃气泄漏',
  焦糊味: '冒烟', 烧焦味: '冒烟', 焦味: '冒烟', 冒黑烟: '冒烟', 冒白烟: '冒烟', 冒火星: '起火',
  // lights and power
  灯全灭了: '停电', 灯都灭了: '停电', 一片黑: '停电', 黑乎乎: '停电', 黑漆漆: '停电',
  // things from above
  往下扔: '高空抛物', 扔下来: '高空抛物', 扔下楼: '高空抛物', 从楼上扔: '高空抛物', 掉下来: '高空坠物', 砸下来: '高空坠物',
  // people and animals
  大喊大叫: '闹事', 乱砸东西: '闹事', 发酒疯: '醉酒', 喝多了: '醉酒', 追着人咬: '咬伤', 咬人: '咬伤', 咬了: '咬伤',
  推推搡搡: '打架', 动手了: '打架', 打起来: '打架', 堵在门口: '聚集', 围在门口: '聚集', 聚在门口: '聚集', 堵在物业: '聚集',
  围着物业: '聚集', 一直没回来: '走失', 没回来: '走失', 没到家: '走失', 找不到了: '走失', 好几天没: '好几天没见人',
  // electricity felt
  被弹开: '触电', 麻了一下: '触电', 电了一下: '触电',
  // weather
  结了一层冰: '结冰', 结了冰: '结冰', 被风刮: '台风', 风很大: '台风', 大风: '台风', 楼在晃: '地震', 楼晃: '地震',
  // stomachs
  肚子疼: '拉肚子', 吐了: '上吐下泻',
};

const KEYS = Object.keys(DESCRIPTIONS).sort((a, b) => b.length - a.length);
/** the phrases and the words they become, for the vocabulary */
export const DESCRIPTION_WORDS = [...KEYS, ...Object.values(DESCRIPTIONS).flatMap((w) => w.split(' '))];

/**
 * The site's own aliases win: a phrase content/aliases.yaml already names, or one inside an alias
 * the query holds (不动了 in 电梯不动了), is left to them.
 */
export function rewriteDescriptions(text: string, aliases: AliasMap = {}): string {
  const aliasesHere = Object.keys(aliases).filter((a) => text.includes(a));
  let out = text;
  // a placeholder keeps a shorter phrase from matching inside a replacement just made
  KEYS.forEach((k, i) => {
    if (out.includes(k) && !aliasesHere.some((a) => a.includes(k))) out = out.split(k).join(` \u0001${i}\u0001 `);
  });
  return out.replace(/\u0001(\d+)\u0001/g, (_, i) => DESCRIPTIONS[KEYS[Number(i)]]).replace(/\s+/g, ' ').trim();
}
