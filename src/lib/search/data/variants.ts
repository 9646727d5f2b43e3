/**
 * Data, shipped in /search-aliases.json rather than in the search code (normalize.ts applies it).
 * Traditional and variant characters → the simplified ones the handbook is written in. Not a full
 * converter: the characters of the site's own words (plans, procedures, the trades' everyday
 * words) and the variants a phone keyboard or a pasted message brings in (洩, 着/著, 裡/裏).
 * A character missing here still searches; it only fails to match a simplified page.
 */
const PAIRS =
  '電电門门樓楼燈灯滅灭氣气車车庫库鑰钥裝装證证訴诉報报險险應应預预觸触斷断災灾颱台風风業业務务費费買买賣卖' +
  '請请問问歲岁衛卫潔洁綠绿護护檢检邏逻員员職职責责處处時时間间髮发發发傷伤醫医搶抢鬥斗毆殴號号東东開开關关們们' +
  '麼么辦办為为這这裡里裏里嗎吗說说幾几點点鐘钟層层單单總总經经與与聯联絡络糾纠紛纷舊旧' +
  '洩泄漏漏滲渗涼凉溫温濕湿澇涝漲涨灑洒淨净湧涌溝沟積积暈晕倒倒摔摔傷伤跌跌癱瘫驟骤臟脏腦脑嚴严緊紧' +
  '燒烧煙烟爐炉熱热暖暖炸炸燃燃焰焰滅灭撲扑閥阀頭头線线纜缆繩绳網网鐵铁鋼钢鎖锁鏈链鑽钻壞坏礙碍' +
  '梯梯轎轿廂厢廳厅爲为纔才麽么個个們们兒儿來来過过還还讓让給给從从對对動动啟启啓启變变邊边' +
  '場场構构築筑壓压塊块牆墙漿浆磚砖陽阳陰阴臺台廚厨衝冲沖冲淋淋淹淹濫滥瀉泻嘔呕噁恶腸肠膽胆' +
  '蟲虫鼠鼠貓猫狗狗咬咬癢痒瘋疯盜盗竊窃騙骗詐诈偷偷劫劫醉醉鬧闹吵吵罵骂糾纠訪访訊讯記记錄录' +
  '寫写聽听講讲談谈話话題题認认識识議议論论調调換换專专業业導导組组織织結结紀纪規规範范標标準准' +
  '質质價价錢钱帳账賬账員员貨货運运輸输遞递寄寄郵邮碼码機机臺台櫃柜鎮镇區区園园綜综寧宁靜静' +
  '聲声響响噪噪擾扰鄰邻損损壞坏賠赔償偿決决確确齊齐圍围繞绕擋挡擊击墜坠拋抛擲掷喪丧葬葬' +
  '災灾颶飓暴暴雹雹霧雾凍冻結结滑滑冰冰雪雪蓋盖窩窝療疗藥药針针腫肿瘡疮膚肤熱热厲厉虛虚暫暂' +
  '著着眾众雙双權权觀观勞劳廢废條条雜杂歷历麗丽亂乱龍龙鳥鸟魚鱼馬马驗验驅驱隊队陸陆陳陈際际' +
  '殘残殺杀蘭兰藝艺術术習习學学練练貼贴傳传顧顾顯显屬属歸归寶宝實实寬宽屍尸體体狀状況况' +
  '類类丟丢巡巡邏逻監监視视錄录像像幫帮屬属餘余裏里鄉乡遷迁進进遠远達达連连違违遺遗適适選选灣湾漢汉';

export const VARIANTS: Record<string, string> = {};
for (let i = 0; i + 1 < PAIRS.length; i += 2) if (PAIRS[i] !== PAIRS[i + 1]) VARIANTS[PAIRS[i]] = PAIRS[i + 1];
