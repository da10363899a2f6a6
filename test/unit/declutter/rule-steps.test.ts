// Rules that search in steps: classify runs their steps (the page gets its pauses inside the rule)
// and their plain `find` finds exactly the same blocks.
import { describe, expect, it } from 'vitest';
import { classifyPageSteps } from '../../../src/core/declutter/classify.ts';
import { DECLUTTER_RULES } from '../../../src/core/declutter/index.ts';
import { steppedRule } from '../../../src/core/declutter/rule-steps.ts';
import { runToEnd } from '../../../src/core/steps.ts';
import { ARTICLE_HTML, contextFor, fakeLayout, page } from './helpers.ts';

const CLUTTER = `<div class="share-bar"><a href="https://www.facebook.com/sharer/sharer.php?u=x">Facebook</a></div>
<div id="sticky" style="position: fixed">Sign in for the full story and more</div>
<ul class="more">${Array.from({ length: 6 }, (_, i) => `<li><a href="/story/${i}">Another story number ${i}</a></li>`).join('')}</ul>
<p class="credit">Foto: dpa</p>`;

describe('stepped rules', () => {
  it('the rules that read every element or link of the page search in steps', () => {
    const stepped = DECLUTTER_RULES.filter((rule) => rule.findSteps).map((rule) => rule.id);
    expect(stepped).toEqual(expect.arrayContaining(['fixed-overlay', 'share-bars', 'headline-list', 'boilerplate-lines']));
  });

  it('find and the steps run to the end give the same blocks', () => {
    const doc = page(`${CLUTTER}${ARTICLE_HTML}`);
    const context = contextFor(doc, [], fakeLayout(doc, { '#sticky': { position: 'fixed', width: 1280, height: 60 } }));
    for (const rule of DECLUTTER_RULES.filter((each) => each.findSteps)) {
      const steps = rule.findSteps?.(doc, context);
      expect(steps && runToEnd(steps), rule.id).toEqual(rule.find(doc, context));
    }
  });

  it('classify pauses where a rule pauses, and keeps what it found', () => {
    const doc = page(`${CLUTTER}${ARTICLE_HTML}`);
    const context = contextFor(doc);
    const slow = steppedRule({
      id: 'slow',
      description: 'Finds the share bar after three pauses.',
      *findSteps(d) {
        for (let i = 0; i < 3; i++) yield;
        const bar = d.querySelector('.share-bar');
        return bar ? [{ element: bar, kind: 'share bar' as const }] : [];
      },
    });
    const steps = classifyPageSteps(doc, context, { rules: [slow] });
    let pauses = 0;
    let next = steps.next();
    for (; !next.done; next = steps.next()) pauses++;
    expect(pauses).toBe(4); // three in the rule, one after it
    expect(next.value.map((block) => block.ruleId)).toEqual(['slow']);
    expect(slow.find(doc, context).length).toBe(1);
  });
});
