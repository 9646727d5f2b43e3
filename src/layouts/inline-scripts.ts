/**
 * The only scripts a content page runs before someone uses an island. They are inline (no request),
 * written in ES5 for old Android browsers, and their SHA-256 hashes are added to the CSP in
 * astro.config.mjs from these very strings, so the policy and the page cannot drift apart.
 */
import { routes } from '../lib/routes.ts';
import { keyOf } from '../lib/storage/kv.ts';

// the stores' own keys (a storage version bump reaches these scripts too)
const SETTINGS = JSON.stringify(keyOf('settings'));
const PROGRESS = JSON.stringify(keyOf('progress'));
// addresses as JavaScript strings; a role's path is the text either side of its id
const js = (s: string) => JSON.stringify(s);
const [ROLE_PATH_BEFORE, ROLE_PATH_AFTER] = routes.roles.role('\0', 'path').split('\0') as [string, string];

/** In <head>, before first paint: the large-text setting, so pages never flash small first; 编辑此页 links for editors. */
export const HEAD_SCRIPT = `(function(){try{var s=JSON.parse(localStorage.getItem(${SETTINGS})||'{}');if(s&&s.largeText===true)document.documentElement.classList.add('large-text');if(s&&s.editLinks===true)document.documentElement.setAttribute('data-edit','')}catch(e){}})();`;

/** At the end of <body> on every page: "/" focuses search, touching the box starts its downloads (all its scripts at once, and the page directory) and warms the word segmenter, the 大字 toggle, the offline service worker. */
export const BODY_SCRIPT = `(function(){
var d=document,KEY=${SETTINGS};
var form=d.querySelector('form[role=search]');
if(form){var early=function(){form.removeEventListener('focusin',early);form.removeEventListener('pointerdown',early);
var isl=form.closest&&form.closest('astro-island'),pre=isl&&isl.getAttribute('data-preload');if(pre)pre.split(' ').forEach(function(u){var l=d.createElement('link');l.rel='modulepreload';l.href=u;d.head.appendChild(l)});if(!window.__wuyeDirectory&&window.fetch)window.__wuyeDirectory=fetch(${js(routes.data.searchDirectory)}).catch(function(){return null});setTimeout(function(){try{Array.from(new Intl.Segmenter('zh-CN',{granularity:'word'}).segment('电梯'))}catch(e){}},0)};form.addEventListener('focusin',early);form.addEventListener('pointerdown',early)}
var jump=d.querySelector('[data-search-jump]');
if(jump)jump.addEventListener('click',function(e){var b=d.getElementById('site-search');if(!b)return;e.preventDefault();window.scrollTo(0,0);b.focus()});
d.addEventListener('keydown',function(e){if(e.key!=='/'||e.ctrlKey||e.metaKey||e.altKey)return;var t=e.target;if(t&&(t.isContentEditable||/^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName)))return;var b=d.getElementById('site-search');if(b){e.preventDefault();b.focus()}});
var big=d.querySelector('[data-large-text]');
if(big){var on=d.documentElement.classList.contains('large-text');big.hidden=false;big.setAttribute('aria-pressed',String(on));
big.addEventListener('click',function(){var s={};try{s=JSON.parse(localStorage.getItem(KEY)||'{}')||{}}catch(e){}
if(typeof s!=='object'||Array.isArray(s))s={};s.largeText=!d.documentElement.classList.contains('large-text');if(typeof s.largeText!=='boolean')s.largeText=false;
d.documentElement.classList.toggle('large-text',s.largeText);big.setAttribute('aria-pressed',String(s.largeText));try{localStorage.setItem(KEY,JSON.stringify(s))}catch(e){}})}
var off=d.querySelector('[data-offline-status]'),ua=navigator.userAgent,wx=/MicroMessenger/i.test(ua),ios=/iPhone|iPad|iPod/i.test(ua);
function offline(t){if(off){off.textContent=t;off.hidden=false}}
var STORED='应急预案、手册和搜索已存在这个浏览器里：没网也能看。练习和考试在连上 Wi-Fi 时存下。';
if(!('serviceWorker' in navigator))offline(wx&&ios?'苹果手机的微信里不能把手册存到手机上，没网时打不开：点右上角「···」选「在 Safari 中打开」，再用分享按钮「添加到主屏幕」。':'这个浏览器不能把手册存下来，没网时打不开：换用手机或电脑自带的浏览器打开本网址。');
else offline(navigator.serviceWorker.controller?STORED:'正在把手册存到这个浏览器里…');
if('serviceWorker' in navigator&&location.protocol!=='file:'){var had=!!navigator.serviceWorker.controller;navigator.serviceWorker.addEventListener('controllerchange',function(){offline(STORED)});
// offline: since when this phone's numbers and plans date (src/lib/offline/freshness-worker.ts stores it)
if(had&&!navigator.onLine&&window.caches)caches.match(${js(routes.data.storedVersion)}).then(function(r){return r&&r.json()}).then(function(v){if(!v||!v.built)return;var t='没有网络：这台手机上的电话号码和预案是 '+v.built+' 的版本。';offline(t);d.querySelectorAll('[data-numbers-date]').forEach(function(p){p.textContent=t;p.hidden=false})}).catch(function(){});
// a deployment changed numbers or plans: the worker fetches it at once and takes over by itself
navigator.serviceWorker.addEventListener('message',function(e){var b=d.querySelector('[data-update]');if(!e.data||e.data.type!=='SAFETY_UPDATE'||!b)return;b.querySelector('span').textContent='电话号码或预案有新版本，正在下载，好了自动换上。';b.querySelector('button').hidden=true;b.hidden=false});
window.addEventListener('load',function(){
navigator.serviceWorker.register(${js(routes.data.worker)}).then(function(reg){var bar=d.querySelector('[data-update]');
// training material is stored when the phone is idle on Wi-Fi: the worker judges this page's network and its own (src/lib/offline/warm.ts)
var warm=function(){var c=navigator.connection;navigator.serviceWorker.ready.then(function(r){r.active&&r.active.postMessage({type:'WARM_TRAINING',connection:c?{type:c.type,saveData:c.saveData,effectiveType:c.effectiveType}:null})})};if(window.requestIdleCallback)requestIdleCallback(warm,{timeout:10000});else setTimeout(warm,2000);
function offer(){if(!bar||!reg.waiting)return;bar.hidden=false;bar.querySelector('button').onclick=function(){asked=true;reg.waiting&&reg.waiting.postMessage({type:'SKIP_WAITING'})}}
if(reg.waiting&&navigator.serviceWorker.controller)offer();
reg.addEventListener('updatefound',function(){var w=reg.installing;w&&w.addEventListener('statechange',function(){if(w.state==='installed'&&navigator.serviceWorker.controller)offer()})});
var asked=false;navigator.serviceWorker.addEventListener('controllerchange',function(){if(!asked&&!had)return;asked=false;location.reload()});
setInterval(function(){reg.update().catch(function(){})},3600000)}).catch(function(){})})}
})();`;

/**
 * On 上墙版 pages: 打印 where the browser can print. In-app browsers (WeChat's among them) often
 * have window.print but ignore it, so there the button is replaced by what to do instead.
 */
export const PRINT_SCRIPT = `(function(){var b=document.querySelector('[data-print]'),h=document.querySelector('[data-print-help]');if(!b)return;
var inApp=/MicroMessenger|wxwork|QQ\\/|Weibo|DingTalk/i.test(navigator.userAgent);
if(typeof window.print==='function'&&!inApp){b.hidden=false;b.addEventListener('click',function(){window.print()})}else if(h){if(/iPhone|iPad|iPod/i.test(navigator.userAgent))h.textContent=h.textContent.replace('「在浏览器打开」','「在 Safari 中打开」');h.hidden=false}})();`;

/** Home: 继续学习 for the role chosen on this phone, read from storage, so home loads no island. */
export const HOME_SCRIPT = `(function(){var d=document,KEY=${SETTINGS};
var mine=d.querySelector('[data-my-role]');
if(mine){var st={};try{st=JSON.parse(localStorage.getItem(KEY)||'{}')||{}}catch(e){}
var card=st&&typeof st.role==='string'?d.querySelector('[data-role-card="'+st.role.replace(/[^a-z0-9-]/g,'')+'"]'):null;
if(card){var t=card.getAttribute('data-role-title'),p=mine.querySelector('[data-my-role-path]'),nr=d.querySelector('[data-no-role]');
mine.querySelector('[data-my-role-title]').textContent=t;p.href=${js(ROLE_PATH_BEFORE)}+card.getAttribute('data-role-card')+${js(ROLE_PATH_AFTER)};p.textContent='继续学习：'+t+'的学习路径';mine.hidden=false;if(nr)nr.hidden=true}}
})();`;

/** Reading pages (handbook, plans, the steward's day): 朗读 with its speed, 我读完了, the current time slot. */
export const ARTICLE_SCRIPT = `(function(){var d=document,KEY=${SETTINGS};
var mark=d.querySelector('[data-mark-read]');
if(mark){var PK=${PROGRESS},ref=mark.getAttribute('data-mark-read'),said=mark.nextElementSibling;
function prog(){try{var v=JSON.parse(localStorage.getItem(PK)||'null');return v===null?{quiz:{},answers:{},reads:{}}:(v&&typeof v==='object'&&v.quiz&&v.answers?v:null)}catch(e){return null}}
function show(){var v=prog(),on=!!(v&&v.reads&&v.reads[ref]);mark.setAttribute('aria-pressed',String(on));mark.textContent=on?'已读完 ✓（点一下撤销）':'我读完了';if(said)said.textContent=on?'已记进你的学习进度。':''}
var v0=prog();if(v0){mark.hidden=false;show()}
mark.addEventListener('click',function(){var v=prog();if(!v)return;v.reads=v.reads&&typeof v.reads==='object'?v.reads:{};if(v.reads[ref])delete v.reads[ref];else v.reads[ref]=Date.now();try{localStorage.setItem(PK,JSON.stringify(v))}catch(e){if(said)said.textContent='存储空间不足，没能记下。';return}show()})}
var say=d.querySelector('[data-read-aloud]'),ss=window.speechSynthesis,rateBtn=d.querySelector('[data-read-rate]'),none=d.querySelector('[data-read-none]'),RATES=[[0.8,'慢'],[0.95,'正常'],[1.15,'快']];
function rate(){var s={};try{s=JSON.parse(localStorage.getItem(KEY)||'{}')||{}}catch(e){}var r=typeof s.readRate==='number'?s.readRate:0.95;for(var i=0;i<RATES.length;i++)if(RATES[i][0]===r)return i;return 1}
// 朗读 only where the browser has a Chinese voice: many WebViews have speechSynthesis and no voice at all, and the button did nothing.
// Voices often arrive late (voiceschanged); until the list is known the button stays, and a press asks again.
function zh(){var v=ss.getVoices?ss.getVoices():[];for(var i=0;i<v.length;i++)if(/^(zh|cmn|yue)/i.test(v[i].lang))return 2;return v.length?0:1}
function can(ok,why){say.hidden=!ok;if(rateBtn)rateBtn.hidden=!ok;if(none){none.textContent=why||'';none.hidden=ok}}
var NOZH='这台设备没有装中文朗读语音，无法朗读（可在系统设置里安装中文语音）。';
function check(){var z=zh();if(z!==1)can(z===2,NOZH)}
if(say&&!(ss&&window.SpeechSynthesisUtterance))can(false,'这个浏览器不能朗读：换个浏览器打开本页试试。');
if(say&&ss&&window.SpeechSynthesisUtterance){say.hidden=false;check();if(ss.addEventListener)ss.addEventListener('voiceschanged',check);else ss.onvoiceschanged=check;
if(rateBtn){rateBtn.hidden=say.hidden;rateBtn.textContent='语速：'+RATES[rate()][1];
rateBtn.addEventListener('click',function(){var i=(rate()+1)%RATES.length,s={};try{s=JSON.parse(localStorage.getItem(KEY)||'{}')||{}}catch(e){}if(typeof s!=='object'||Array.isArray(s)||!s)s={};if(typeof s.largeText!=='boolean')s.largeText=d.documentElement.classList.contains('large-text');s.readRate=RATES[i][0];try{localStorage.setItem(KEY,JSON.stringify(s))}catch(e){}rateBtn.textContent='语速：'+RATES[i][1]})}
// the reading itself is a small file fetched on the first press (public/read-aloud.js)
say.addEventListener('click',function(){if(ss.speaking){ss.cancel();return}if(zh()!==2){can(false,NOZH);return}var go=function(){window.__wuyeSpeak(say,RATES[rate()][0])};
if(window.__wuyeSpeak)go();else{var s=d.createElement('script');s.src='/read-aloud.js';s.onload=go;d.head.appendChild(s)}});
say.addEventListener('keydown',function(e){if(e.key==='Escape')ss.cancel()});
window.addEventListener('pagehide',function(){ss.cancel()})}
var slots=d.querySelectorAll('[data-slot-start]');
if(slots.length){var now=new Date(),m=now.getHours()*60+now.getMinutes(),mins=function(t){var a=t.split(':');return +a[0]*60+ +a[1]},cur=null;
slots.forEach(function(li){var s=mins(li.getAttribute('data-slot-start')),e=li.getAttribute('data-slot-end');if(m>=s&&(e?m<mins(e):true))cur=li});
if(cur){cur.classList.add('now');cur.setAttribute('aria-current','time')}}
})();`;

/**
 * Not a script: speculation rules (Chromium, WeChat's Android browser). When search shows results,
 * the browser prepares the first one, so tapping it opens at once; one page (~10 KiB) per search.
 * Static text so the page's policy can allow it by hash like the scripts above.
 */
export const SPECULATION_RULES = `{"prerender":[{"where":{"selector_matches":"[data-search-suggest] li:first-child a"},"eagerness":"immediate"}]}`;
