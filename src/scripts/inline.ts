/**
 * The only scripts a content page runs before someone uses an island. They are inline (no request),
 * written in ES5 for old Android browsers, and their SHA-256 hashes are added to the CSP in
 * astro.config.mjs from these very strings, so the policy and the page cannot drift apart.
 */

/** In <head>, before first paint: the large-text setting, so pages never flash small first. */
export const HEAD_SCRIPT = `(function(){try{var s=JSON.parse(localStorage.getItem('wuye:v1:settings')||'{}');if(s&&s.largeText===true)document.documentElement.classList.add('large-text')}catch(e){}})();`;

/** At the end of <body>: "/" focuses search, the 大字 toggle, 朗读, and the offline service worker. */
export const BODY_SCRIPT = `(function(){
var d=document,KEY='wuye:v1:settings';
d.addEventListener('keydown',function(e){if(e.key!=='/'||e.ctrlKey||e.metaKey||e.altKey)return;var t=e.target;if(t&&(t.isContentEditable||/^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName)))return;var b=d.getElementById('site-search');if(b){e.preventDefault();b.focus()}});
var big=d.querySelector('[data-large-text]');
if(big){var on=d.documentElement.classList.contains('large-text');big.hidden=false;big.setAttribute('aria-pressed',String(on));
big.addEventListener('click',function(){var s={};try{s=JSON.parse(localStorage.getItem(KEY)||'{}')||{}}catch(e){}
if(typeof s!=='object'||Array.isArray(s))s={};s.largeText=!d.documentElement.classList.contains('large-text');if(typeof s.largeText!=='boolean')s.largeText=false;
d.documentElement.classList.toggle('large-text',s.largeText);big.setAttribute('aria-pressed',String(s.largeText));try{localStorage.setItem(KEY,JSON.stringify(s))}catch(e){}})}
var say=d.querySelector('[data-read-aloud]'),ss=window.speechSynthesis;
if(say&&ss&&window.SpeechSynthesisUtterance){say.hidden=false;var label=say.textContent;
say.addEventListener('click',function(){if(ss.speaking){ss.cancel();return}
var root=d.querySelector('article');if(!root)return;var c=root.cloneNode(true);
c.querySelectorAll('[data-pagefind-ignore],.findable,button,script').forEach(function(n){n.remove()});
var parts=(c.innerText||c.textContent||'').replace(/([。！？；\\n])/g,'$1\u0001').split('\u0001').map(function(x){return x.trim()}).filter(Boolean);
var zh=ss.getVoices().filter(function(v){return /^zh(-|_)?(CN|Hans)?/i.test(v.lang)})[0];
say.textContent='停止朗读';say.setAttribute('aria-pressed','true');
parts.forEach(function(p,i){var u=new SpeechSynthesisUtterance(p);u.lang='zh-CN';if(zh)u.voice=zh;u.rate=0.95;
if(i===parts.length-1)u.onend=u.onerror=function(){say.textContent=label;say.setAttribute('aria-pressed','false')};ss.speak(u)});
});
say.addEventListener('keydown',function(e){if(e.key==='Escape')ss.cancel()});
window.addEventListener('pagehide',function(){ss.cancel()})}
if('serviceWorker' in navigator&&location.protocol!=='file:'){window.addEventListener('load',function(){
navigator.serviceWorker.register('/sw.js').then(function(reg){var bar=d.querySelector('[data-update]');
function offer(){if(!bar||!reg.waiting)return;bar.hidden=false;bar.querySelector('button').onclick=function(){asked=true;reg.waiting&&reg.waiting.postMessage({type:'SKIP_WAITING'})}}
if(reg.waiting&&navigator.serviceWorker.controller)offer();
reg.addEventListener('updatefound',function(){var w=reg.installing;w&&w.addEventListener('statechange',function(){if(w.state==='installed'&&navigator.serviceWorker.controller)offer()})});
var asked=false;navigator.serviceWorker.addEventListener('controllerchange',function(){if(!asked)return;asked=false;location.reload()});
setInterval(function(){reg.update().catch(function(){})},3600000)}).catch(function(){})})}
})();`;
