import { describe, expect, it } from 'vitest';
import { elementsBelow, isNamed } from '../../../../src/core/extract/post-clean/shared.ts';
import { body } from './helpers.ts';

describe('elementsBelow', () => {
  const html =
    '<p class="a">x<span id="b"><i class="c">y</i></span></p><div><section><em class="d"></em></section></div>' +
    '<ul class="e"><li>1</li><li id="f"><b class="g">2</b></li></ul><svg class="h"><g id="i"></g></svg>';

  it('finds what the selector finds, in document order, without the root', () => {
    const root = body(html);
    root.setAttribute('class', 'root');
    expect(elementsBelow(root, isNamed)).toEqual(Array.from(root.querySelectorAll('[class], [id]')));
  });

  it('walks every element once when everything is kept', () => {
    const root = body(html);
    expect(elementsBelow(root, () => true)).toEqual(Array.from(root.querySelectorAll('*')));
  });

  it('finds nothing below a childless root', () => {
    expect(elementsBelow(body('just text'), () => true)).toEqual([]);
  });

  it('stops at the root even when the root has following siblings', () => {
    const root = body('<div id="inner"><p class="x">a</p></div><p class="after">b</p>');
    const inner = root.firstElementChild!;
    expect(elementsBelow(inner, isNamed).map((el) => el.className)).toEqual(['x']);
  });
});
