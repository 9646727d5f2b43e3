/*
 * 朗读: reads the page's article aloud in zh-CN, fetched the first time someone presses 朗读
 * (src/scripts/inline.ts ARTICLE_SCRIPT), so reading pages load no JavaScript file on open.
 * A step's who / when / 关键 are said as their own short phrase, then a pause, then the step.
 * A phone number is said after its name with a pause between, digit by digit (幺 for 1, as
 * numbers are read over the phone in China). A table of what staff may do beside what they must
 * not (员工可以做 | 只由燃气公司做) is read one column after the other, each after its heading, so
 * allowed and forbidden are never read in one breath; other tables are read row by row, a pause
 * after each cell (a time and its task, a level and its limit belong together).
 * ES5 for old Android browsers.
 */
(function () {
  var DIGIT = '零幺二三四五六七八九';
  /** 「0571-8123」 → 「零五七幺，八幺二三」 */
  function spell(num) {
    return num.replace(/\d/g, function (x) { return DIGIT.charAt(+x); }).replace(/[\s\u2011\u00a0-]+/g, '，');
  }
  // Public numbers standing alone in the text (拨打 119), not amounts (120 米, 110 元).
  var PUBLIC = /(^|[^\d.])(11[09]|12[02]|12\d{3}|9[56]\d{3})(?![\d.])(?!\s*(?:元|米|分|秒|天|小时|人|个|次|年|月|日|号|%|℃|度|平|公斤|千克|吨|户|栋|层|辆|只|件|条|台|毫|厘|升|瓦|伏|安))/g;
  var LIMIT = /不能|不得|不要|不准|不许|禁止|严禁|只由|只能|只许/;
  var MAY = /可以|能/;

  function text(n) { return (n.textContent || '').replace(/\s+/g, ' ').trim(); }
  function para(d, t) { var p = d.createElement('p'); p.textContent = t; return p; }

  /** A tap-to-call link as its name, a pause, then the number digit by digit. */
  function phone(d, a) {
    var digits = a.getAttribute('href').replace(/^tel:/, '').replace(/\D/g, '');
    var all = text(a), label = all, shown = digits, m, re = /\d[\d\s\u2011\u00a0-]*\d/g;
    while ((m = re.exec(all))) {
      if (m[0].replace(/\D/g, '') === digits) { shown = m[0]; label = (all.slice(0, m.index) + all.slice(m.index + m[0].length)).trim(); break; }
    }
    var out = d.createElement('span');
    out.textContent = (label ? label.replace(/[：:，,]$/, '') + '\n' : '') + spell(shown) + '\n';
    a.parentNode.replaceChild(out, a);
  }

  /** Two columns, one what may be done and one what may not: read down each column in turn. */
  function byColumn(heads) {
    if (heads.length !== 2) return false;
    var a = LIMIT.test(heads[0]), b = LIMIT.test(heads[1]);
    return a !== b && MAY.test(a ? heads[1] : heads[0]);
  }
  function table(d, t) {
    var rows = [].slice.call(t.querySelectorAll('tr')).map(function (tr) {
      return [].slice.call(tr.children).map(text);
    });
    var head = t.querySelector('thead tr') ? rows.shift() : null;
    var out = d.createElement('div');
    if (head && byColumn(head)) {
      head.forEach(function (h, c) {
        out.appendChild(para(d, h + '：'));
        rows.forEach(function (r) { if (r[c]) out.appendChild(para(d, r[c])); });
      });
    } else {
      (head ? [head].concat(rows) : rows).forEach(function (r) {
        r.forEach(function (cell) { if (cell) out.appendChild(para(d, cell)); });
      });
    }
    t.parentNode.replaceChild(out, t);
  }

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
    c.querySelectorAll('a[href^="tel:"]').forEach(function (a) { phone(d, a); });
    // a contact without a number: its name, a pause, how to reach it
    c.querySelectorAll('.call > *').forEach(function (n) { n.appendChild(d.createTextNode('\n')); });
    c.querySelectorAll('table').forEach(function (t) { table(d, t); });
    c.querySelectorAll('li,p,h1,h2,h3,tr').forEach(function (n) { n.appendChild(d.createTextNode('\n')); });
    var parts = (c.textContent || '')
      .replace(PUBLIC, function (m, before, num) { return before + spell(num); })
      .replace(/([。！？；\n])/g, '$1\u0001').split('\u0001').map(function (x) { return x.trim(); }).filter(Boolean);
    var voices = ss.getVoices(), zh = null;
    for (var i = 0; i < voices.length && !zh; i++) if (/^(zh|cmn)[-_](CN|Hans)/i.test(voices[i].lang)) zh = voices[i];
    for (i = 0; i < voices.length && !zh; i++) if (/^(zh|cmn|yue)/i.test(voices[i].lang)) zh = voices[i];
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
