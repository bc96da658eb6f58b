/* duizhao: reading modes, tone colours, sentence pairs, glossary popover, cite menu, print footer; no dependencies.
   The page reads without it. Loaded in <head> so the choices are on <html> before the first paint (docs/UI.md). */
(function () {
  'use strict';

  var root = document.documentElement;
  var STORE = 'duizhao.reading';
  /* Each setting's allowed values, its default first ("mode" defaults by screen width). */
  var SETTINGS = {
    mode: ['parallel', 'interleaved', 'zh', 'en'],
    pinyin: ['on', 'off'],
    tones: ['off', 'on'],
    spoken: ['off', 'on'],
    size: ['m', 's', 'l', 'xl']
  };
  var wide = window.matchMedia('(min-width: 900px)');
  var chosen = load();

  root.classList.add('js');
  apply();

  function valid(key, v) {
    return typeof v === 'string' && SETTINGS[key].indexOf(v) >= 0;
  }

  /* Choices from the address (?mode=zh&pinyin=off) win over those remembered from earlier visits. */
  function load() {
    var out = {};
    var stored = {};
    var query = new URLSearchParams(location.search);
    try {
      stored = JSON.parse(localStorage.getItem(STORE) || '{}') || {};
    } catch (e) { /* storage may be unavailable; defaults apply */ }
    Object.keys(SETTINGS).forEach(function (key) {
      if (valid(key, query.get(key))) {
        out[key] = query.get(key);
      } else if (valid(key, stored[key])) {
        out[key] = stored[key];
      }
    });
    return out;
  }

  function value(key) {
    if (chosen[key]) {
      return chosen[key];
    }
    return key === 'mode' ? (wide.matches ? 'parallel' : 'interleaved') : SETTINGS[key][0];
  }

  /* An unchosen mode is left to the stylesheet, which picks by width (and prints side by side). */
  function apply() {
    Object.keys(SETTINGS).forEach(function (key) {
      if (key === 'mode' && !chosen.mode) {
        root.removeAttribute('data-mode');
      } else {
        root.setAttribute('data-' + key, value(key));
      }
    });
  }

  function choose(key, v) {
    chosen[key] = v;
    apply();
    colourTones();
    try {
      localStorage.setItem(STORE, JSON.stringify(chosen));
    } catch (e) { /* not remembered, still applied */ }
    var query = new URLSearchParams(location.search);
    Object.keys(SETTINGS).forEach(function (k) {
      if (chosen[k] && (k === 'mode' || chosen[k] !== SETTINGS[k][0])) {
        query.set(k, chosen[k]);
      } else {
        query.delete(k);
      }
    });
    var search = query.toString();
    history.replaceState(history.state, '', location.pathname + (search ? '?' + search : '') + location.hash);
  }

  document.addEventListener('DOMContentLoaded', function () {
    controls();
    sentences();
    glossary();
    citeMenus();
    copyWithoutPinyin();
    printMargins();
  });

  /* ---- Reading controls ---- */

  function controls() {
    var form = document.getElementById('bar');
    if (!form) {
      return;
    }
    function sync() {
      Array.prototype.forEach.call(form.elements, function (el) {
        if (!SETTINGS[el.name]) {
          return;
        }
        el.checked = el.type === 'checkbox' ? value(el.name) === 'on' : value(el.name) === el.value;
      });
    }
    form.addEventListener('change', function (e) {
      var el = e.target;
      if (!SETTINGS[el.name]) {
        return;
      }
      choose(el.name, el.type === 'checkbox' ? (el.checked ? 'on' : 'off') : el.value);
    });
    form.addEventListener('submit', function (e) {
      e.preventDefault();
    });
    wide.addEventListener('change', sync);
    sync();
    colourTones();
  }

  /* ---- Tone colours: read from the tone marks (ā á ǎ à; none is the neutral tone), once, when first shown ---- */

  var MARKS = {'\u0304': 't1', '\u0301': 't2', '\u030c': 't3', '\u0300': 't4'};
  var coloured = false;

  function toneClass(syllable) {
    var letters = syllable.normalize('NFD');
    for (var i = 0; i < letters.length; i++) {
      if (MARKS[letters[i]]) {
        return MARKS[letters[i]];
      }
    }
    return 't5';
  }

  function colourTones() {
    if (coloured || value('tones') !== 'on') {
      return;
    }
    coloured = true;
    Array.prototype.forEach.call(document.querySelectorAll('rt'), function (rt) {
      var readings = rt.children.length ? rt.children : [rt];
      Array.prototype.forEach.call(readings, function (el) {
        if (el.textContent) {
          el.classList.add(toneClass(el.textContent));
        }
      });
    });
  }

  /* ---- Sentence pairs: the Chinese sentence has the id (p12-s3), its English carries data-s="p12-s3". ---- */

  function partners(s) {
    var id = s.id || s.getAttribute('data-s');
    var zh = document.getElementById(id);
    var en = document.querySelector('.en .s[data-s="' + id + '"]');
    return [zh, en].filter(Boolean);
  }

  function mark(id, cls) {
    Array.prototype.forEach.call(document.querySelectorAll('.s.' + cls), function (el) {
      el.classList.remove(cls);
    });
    if (id) {
      var s = document.getElementById(id);
      if (s) {
        partners(s).forEach(function (el) {
          el.classList.add(cls);
        });
      }
    }
  }

  function sentences() {
    var text = document.getElementById('text');
    if (!text) {
      return;
    }
    text.addEventListener('mouseover', function (e) {
      var s = e.target.closest('.s');
      mark(s ? (s.id || s.getAttribute('data-s')) : null, 'hl');
    });
    text.addEventListener('mouseleave', function () {
      mark(null, 'hl');
    });
    text.addEventListener('click', function (e) {
      var s = e.target.closest('.s');
      if (!s || e.target.closest('a, button') || String(window.getSelection()).length) {
        return;
      }
      var id = s.id || s.getAttribute('data-s');
      mark(s.classList.contains('sel') ? null : id, 'sel');
    });
    function fromHash() {
      var id = decodeURIComponent(location.hash.slice(1));
      if (/^p\d+-s\d+$/.test(id)) {
        mark(id, 'sel');
      }
    }
    window.addEventListener('hashchange', fromHash);
    fromHash();
  }

  /* The sentence the reader means when citing a paragraph: selected text inside one, else a clicked one. */
  function chosenSentence(para) {
    var sel = window.getSelection();
    if (sel && sel.rangeCount && String(sel).length) {
      var node = sel.anchorNode && (sel.anchorNode.nodeType === 1 ? sel.anchorNode : sel.anchorNode.parentNode);
      var s = node && node.closest('.s');
      if (s && para.contains(s)) {
        return s.id || s.getAttribute('data-s');
      }
    }
    var marked = para.querySelector('.s.sel');
    return marked ? (marked.id || marked.getAttribute('data-s')) : null;
  }

  /* ---- Glossary: a term opens its short entry in one popover, completed from the glossary page (fetched once, when
     a term is first pointed at; if that fails, the entry's link to it remains). ---- */

  function glossary() {
    var pop = document.getElementById('gpop');
    if (!pop || !pop.showPopover) {
      return;
    }
    var list = pop.querySelector('.gpop-b');
    var entry = pop.querySelector('.gpop-g');
    var show = opener(pop);
    var shown = null;
    var notes = null;

    function glossaryPage() {
      if (!notes) {
        notes = fetch(pop.getAttribute('data-notes')).then(function (response) {
          if (!response.ok) {
            throw new Error(response.status);
          }
          return response.text();
        }).then(function (text) {
          return new DOMParser().parseFromString(text, 'text/html');
        }).catch(function () {
          return null; /* the short entry stays, with its link to the glossary page */
        });
      }
      return notes;
    }

    /* Adds the note and related terms of the shown entry, if the reader has not moved on to another. */
    function complete(id) {
      glossaryPage().then(function (page) {
        var dt = page && page.getElementById(id);
        var dd = dt && dt.nextElementSibling;
        if (shown !== id || !dd) {
          return;
        }
        var own = list.querySelector('dd');
        var after = own.querySelector('.g-en');
        Array.prototype.forEach.call(dd.querySelectorAll('.g-note, .g-rel'), function (p) {
          var copy = document.importNode(p, true);
          if (p.classList.contains('g-note')) {
            after.after(copy);
            after = copy;
          } else {
            own.appendChild(copy);
          }
        });
        var more = own.querySelector('.g-more');
        if (more) {
          more.remove();
        }
      });
    }

    /* Shows a copy of the entry's dt and dd; the copy's dt names the popover instead of carrying the anchor. */
    function open(link) {
      var id = link.getAttribute('href').slice(1);
      var dt = document.getElementById(id);
      if (!dt || !dt.nextElementSibling) {
        return false;
      }
      var term = dt.cloneNode(true);
      term.id = 'gpop-h';
      list.replaceChildren(term, dt.nextElementSibling.cloneNode(true));
      entry.setAttribute('href', '#' + id);
      shown = id;
      complete(id);
      show(link);
      pop.focus();
      return true;
    }

    function early(e) {
      if (e.target.closest && e.target.closest('a.term')) {
        glossaryPage();
        document.removeEventListener('pointerover', early);
        document.removeEventListener('focusin', early);
      }
    }
    document.addEventListener('pointerover', early);
    document.addEventListener('focusin', early);

    document.addEventListener('click', function (e) {
      if (e.button !== 0 || e.ctrlKey || e.metaKey || e.shiftKey || e.altKey || !e.target.closest) {
        return;
      }
      var link = e.target.closest('a[href^="#term-"]');
      if (link && (link.classList.contains('term') || pop.contains(link)) && open(link)) {
        e.preventDefault();
      } else if (e.target.closest('#gpop a')) {
        pop.hidePopover();
      }
    });
    document.addEventListener('keydown', function (e) {
      if (e.key === ' ' && e.target.classList && e.target.classList.contains('term')) {
        e.preventDefault();
        open(e.target);
      }
    });
  }

  /* Returns a function that opens the popover from a link in the text (a term, a ¶ number): placed by that link where
     the browser can anchor it, with the focus going back to it on closing. Links inside the popover open it anew. */
  function opener(pop) {
    var trigger = null;
    pop.addEventListener('toggle', function (e) {
      var focus = document.activeElement;
      if (e.newState === 'closed' && trigger && (!focus || focus === document.body || pop.contains(focus))) {
        trigger.focus();
      }
    });
    return function (from) {
      if (!pop.contains(from)) {
        trigger = from;
      }
      if (pop.matches(':popover-open')) {
        pop.hidePopover();
      }
      try {
        pop.showPopover({source: trigger});
      } catch (e) {
        pop.showPopover();
      }
    };
  }

  /* ---- The cite menu: one for all paragraphs, opened from a ¶ number (without this script, the paragraph's link).
     It is printed for ¶1; its data-p and data-s forms ({p}, {n}) give any paragraph and sentence. ---- */

  function absolute(url) {
    return new URL(url, location.href).href;
  }

  function citeMenus() {
    var menu = document.getElementById('cite');
    Array.prototype.forEach.call(document.querySelectorAll('.u[data-rel]'), function (el) {
      el.textContent = absolute(el.textContent);
    });
    if (!menu || !menu.showPopover) {
      return;
    }
    var show = opener(menu);
    document.addEventListener('click', function (e) {
      var number = e.target.closest && e.target.closest('a.pn');
      if (number && e.button === 0 && !(e.ctrlKey || e.metaKey || e.shiftKey || e.altKey)) {
        e.preventDefault();
        prepare(menu, number.closest('.para'));
        show(number);
        return;
      }
      var button = e.target.closest && e.target.closest('#cite [data-copy]');
      if (button) {
        copy(button);
      }
    });
  }

  /* Points the menu at the paragraph, or at its chosen sentence. */
  function prepare(menu, para) {
    var p = para.id.slice(1);
    var id = chosenSentence(para);
    var n = id ? id.replace(/^.*-s/, '') : null;
    menu.querySelector('.cite-sn').textContent = n ? ', sentence ' + n : '';
    menu.querySelector('.st').textContent = '';
    Array.prototype.forEach.call(menu.querySelectorAll('[data-p]'), function (el) {
      var form = n && el.hasAttribute('data-s') ? el.getAttribute('data-s') : el.getAttribute('data-p');
      var text = form.replace('{p}', p).replace('{n}', n);
      el.textContent = el.hasAttribute('data-rel') ? absolute(text) : text;
      if (el.tagName === 'A') {
        el.setAttribute('href', '#' + (id || para.id));
      }
    });
    menu.setAttribute('data-para', para.id);
    menu.setAttribute('data-sentence', id || '');
  }

  /* The Chinese of a paragraph or sentence as characters only: the pinyin and the print-only note numbers are left
     out. */
  function chineseText(el) {
    var clone = el.cloneNode(true);
    Array.prototype.forEach.call(clone.querySelectorAll('rt, rp, .term-no'), function (rt) {
      rt.remove();
    });
    return clone.textContent.replace(/\s+/g, ' ').trim();
  }

  function copy(button) {
    var menu = button.closest('.cite');
    var para = document.getElementById(menu.getAttribute('data-para'));
    var kind = button.getAttribute('data-copy');
    var sentence = menu.getAttribute('data-sentence');
    var text;
    var html = null;
    var what;
    if (kind === 'link') {
      text = menu.querySelector('.cite-link .u').textContent;
      what = 'link';
    } else if (kind === 'zh') {
      var zh = sentence ? document.getElementById(sentence) : para.querySelector('.zh');
      text = chineseText(zh) + '\n' + menu.querySelector('.ct[data-style="chicago"] .ctx').textContent;
      what = 'Chinese text with its Chicago citation';
    } else {
      var ct = menu.querySelector('.ct[data-style="' + kind + '"]');
      text = ct.querySelector('.ctx').textContent;
      html = ct.querySelector('.ctx').innerHTML;
      what = ct.querySelector('b').textContent + ' citation';
    }
    write(text, html).then(function () {
      menu.querySelector('.st').textContent = 'Copied the ' + what + '.';
    }, function () {
      menu.querySelector('.st').textContent = 'Copying was blocked by the browser; select the text and copy it instead.';
    });
  }

  function write(text, html) {
    if (navigator.clipboard && window.ClipboardItem && html) {
      var item = new ClipboardItem({
        'text/plain': new Blob([text], {type: 'text/plain'}),
        'text/html': new Blob([html], {type: 'text/html'})
      });
      return navigator.clipboard.write([item]).catch(function () {
        return navigator.clipboard.writeText(text);
      });
    }
    if (navigator.clipboard) {
      return navigator.clipboard.writeText(text).catch(function () {
        return legacyCopy(text);
      });
    }
    return legacyCopy(text);
  }

  function legacyCopy(text) {
    var area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.className = 'vh';
    document.body.appendChild(area);
    area.select();
    var ok = document.execCommand('copy');
    area.remove();
    return ok ? Promise.resolve() : Promise.reject(new Error('copy refused'));
  }

  /* Copying a selection of Chinese yields the characters without the pinyin, whatever the browser does with rt. */
  function copyWithoutPinyin() {
    document.addEventListener('copy', function (e) {
      var sel = window.getSelection();
      if (!sel.rangeCount || !e.clipboardData) {
        return;
      }
      var box = document.createElement('div');
      for (var i = 0; i < sel.rangeCount; i++) {
        box.appendChild(sel.getRangeAt(i).cloneContents());
      }
      if (!box.querySelector('rt')) {
        return;
      }
      e.clipboardData.setData('text/plain', chineseTextKeepingLines(box));
      e.preventDefault();
    });
  }

  function chineseTextKeepingLines(box) {
    Array.prototype.forEach.call(box.querySelectorAll('rt, rp, .term-no'), function (rt) {
      rt.remove();
    });
    Array.prototype.forEach.call(box.querySelectorAll('p, div, li, h1, h2, h3'), function (block) {
      block.appendChild(document.createTextNode('\n'));
    });
    return box.textContent.replace(/[ \t]+\n/g, '\n').replace(/\n{3,}/g, '\n\n').trim();
  }

  /* ---- Print: the page's own address in the footer of every page ---- */

  /* Added when printing starts (a new @page rule restyles the whole page). External links get a short form. */
  function printMargins() {
    var added = false;
    window.addEventListener('beforeprint', function () {
      if (added) {
        return;
      }
      added = true;
      Array.prototype.forEach.call(document.querySelectorAll('a[href^="http"]:not([data-print])'), function (a) {
        var short = a.hostname.replace(/^www\./, '') + a.pathname.replace(/\/$/, '');
        if (a.textContent.trim() !== short) {
          a.setAttribute('data-print', short);
        }
      });
      var canonical = document.querySelector('link[rel="canonical"]');
      var url = canonical ? canonical.href : location.href.replace(/[?#].*$/, '');
      var title = document.querySelector('meta[property="og:title"]');
      var sheet = Array.prototype.filter.call(document.styleSheets, function (s) {
        return s.href && /duizhao\.css$/.test(s.href);
      })[0];
      if (!sheet) {
        return;
      }
      var box = ' font: 8pt/1.2 "Noto Sans", sans-serif; color: #555; }';
      var rule = '@page { @bottom-left { content: ' + cssString(url.replace(/^https?:\/\//, '')) + ';' + box +
        (title ? ' @top-left { content: ' + cssString(title.content) + ';' + box : '') + ' }';
      try {
        sheet.insertRule(rule, sheet.cssRules.length);
        sheet.insertRule('@page :first { @top-left { content: none; } }', sheet.cssRules.length);
      } catch (e) { /* margin boxes unsupported: the footer keeps its page numbers */ }
    });
  }

  function cssString(s) {
    return '"' + s.replace(/[\\"]/g, '\\$&').replace(/\n/g, ' ') + '"';
  }
})();
