import type { Page } from 'playwright-core';

/** Debian's chromium package (`apt-get install chromium`); CHROMIUM_PATH overrides it. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Flags that work in this environment (root, no GPU, no network needed). */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const CJK = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/g;
/** Font families that draw Chinese (Noto/Source Han, WenQuanYi, Droid/AR PL, Microsoft, Apple). */
const CJK_FAMILY =
  /CJK|Han (Sans|Serif)|WenQuanYi|Droid Sans Fallback|AR PL|YaHei|SimSun|PingFang|Hei|Song|Ming/i;

export interface CjkRendering {
  /** Elements whose own text holds Chinese characters (at most 40 examined). */
  nodes: number;
  /** Chinese characters in them. */
  characters: number;
  /** Elements whose Chinese characters were not all drawn by a CJK font: what and with what. */
  tofu: { text: string; fonts: string[] }[];
}

/**
 * Which fonts Chromium actually drew each Chinese text with (DevTools CSS.getPlatformFontsForNode,
 * glyphs per platform font): a CJK font must have drawn at least as many glyphs as the element
 * has Chinese characters. Without a CJK font installed, Chromium draws them as boxes (tofu) with
 * a Latin font's missing-glyph and this fails.
 */
export async function cjkRendering(page: Page): Promise<CjkRendering> {
  // In the page (a string: this project compiles without the DOM library): mark the elements
  // whose own text nodes hold Chinese, and return that text.
  const texts = (await page.evaluate(`(() => {
    const re = /[\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff]/;
    const found = [];
    for (const el of document.body.querySelectorAll('*')) {
      const own = [...el.childNodes].filter((c) => c.nodeType === 3).map((c) => c.textContent).join('');
      if (re.test(own) && found.length < 40) {
        el.setAttribute('data-cjk-check', String(found.length));
        found.push(own);
      }
    }
    return found;
  })()`)) as string[];
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('DOM.enable');
  await cdp.send('CSS.enable');
  const { root } = await cdp.send('DOM.getDocument', { depth: -1 });
  const result: CjkRendering = { nodes: texts.length, characters: 0, tofu: [] };
  for (const [i, text] of texts.entries()) {
    const { nodeId } = await cdp.send('DOM.querySelector', {
      nodeId: root.nodeId,
      selector: `[data-cjk-check="${i}"]`,
    });
    const chinese = text.match(CJK)?.length ?? 0;
    result.characters += chinese;
    // The platform fonts that drew the element's child text nodes, with their glyph counts.
    const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
    let cjkGlyphs = 0;
    for (const f of fonts) {
      if (CJK_FAMILY.test(f.familyName) || CJK_FAMILY.test(f.postScriptName))
        cjkGlyphs += f.glyphCount;
    }
    if (cjkGlyphs < chinese) {
      result.tofu.push({
        text: text.slice(0, 40),
        fonts: fonts.map((f) => `${f.familyName} (${f.glyphCount})`),
      });
    }
  }
  await cdp.detach();
  return result;
}
