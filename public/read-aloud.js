/*
 * 朗读: reads the page's article aloud in zh-CN, fetched the first time someone presses 朗读
 * (src/scripts/inline.ts ARTICLE_SCRIPT), so reading pages load no JavaScript file on open.
 * A step's who / when / 关键 are said as their own short phrase, then a pause, then the step.
 * ES5 for old Android browsers.
 */
(function () {
  window.__wuyeSpeak = function (say, rate) {
    var d = document, ss = window.speechSynthesis, label = say.getAttribute('data-label') || say.textContent;
    say.setAttribute('data-label', label);
    var root = d.querySelector('article');
    if (!root) return;
    var c = root.cloneNode(true);
    c.querySelectorAll('[data-pagefind-ignore],.findable,button,script').forEach(function (n) { n.remove(); });
    c.querySelectorAll('.badges').forEach(function (b) {
      var t = [];
      b.querySelectorAll('.badge').forEach(function (x) { t.push(x.textContent.trim()); });
      b.textContent = t.join('，') + '：';
    });
    c.querySelectorAll('li,p,h1,h2,h3,tr').forEach(function (n) { n.appendChild(d.createTextNode('\n')); });
    var parts = (c.textContent || '').replace(/([。！？；\n])/g, '$1\u0001').split('\u0001').map(function (x) { return x.trim(); }).filter(Boolean);
    var zh = ss.getVoices().filter(function (v) { return /^zh(-|_)?(CN|Hans)?/i.test(v.lang); })[0];
    say.textContent = '停止朗读';
    say.setAttribute('aria-pressed', 'true');
    parts.forEach(function (p, i) {
      var u = new SpeechSynthesisUtterance(p);
      u.lang = 'zh-CN';
      if (zh) u.voice = zh;
      u.rate = rate;
      if (i === parts.length - 1) u.onend = u.onerror = function () { say.textContent = label; say.setAttribute('aria-pressed', 'false'); };
      ss.speak(u);
    });
  };
})();
