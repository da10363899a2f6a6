import { describe, expect, it } from 'vitest';
import { captions, isCaptionText } from '../../../../src/core/extract/post-clean/captions.ts';
import { run } from './helpers.ts';

describe('captions rule', () => {
  it('turns named caption and credit elements into figcaptions', () => {
    const out = run(captions, '<figure><img src="a.jpg"><span class="story-image-copyright">Getty Images</span></figure><div class="wp-caption-text">A man walks his dog.</div><p>The story.</p>');
    expect(Array.from(out.querySelectorAll('figcaption'), (el) => el.textContent)).toEqual(['Getty Images', 'A man walks his dog.']);
    expect(out.querySelector('img')).not.toBeNull();
  });

  it('turns caption-shaped lines into figcaptions', () => {
    const out = run(captions, '<p>Photo: Jane Doe / AP</p><p>Protesters gathered (Image: GETTY)</p><p>Getty Images</p><p>Credit...Doug Mills</p>');
    expect(out.querySelectorAll('figcaption')).toHaveLength(4);
    expect(out.querySelector('p')).toBeNull();
  });

  it('takes a line opened by an enlarge button linking to the picture for its caption, and keeps other opening links', () => {
    const lightbox = '<p><a href="https://img.example.org/4311932_original.jpg"><strong>Vergrößern</strong></a> <strong>Eine kleine runde Aussparung für die Kamera.</strong></p>';
    expect(run(captions, lightbox).querySelector('figcaption')?.textContent).toContain('Eine kleine runde Aussparung');
    const story = '<p><a href="/gallery/harbour">The harbour</a> was rebuilt after the storm, the council said.</p><p><a href="/p/a.jpg">Photos of the storm night</a> show the damage.</p>';
    expect(run(captions, story).querySelector('figcaption')).toBeNull();
  });

  it('keeps prose that merely mentions photos or credit', () => {
    const html = '<p>The photo: a crowd of thousands, was shared widely online.</p><p>Credit card debt rose for the third year in a row, the report said.</p><div class="credit-card-news"><p>One.</p><p>Two.</p><p>Three paragraphs of a real story.</p></div>';
    const out = run(captions, html);
    expect(out.querySelector('figcaption')).toBeNull();
  });

  it('does not take a caption-named wrapper that holds the image', () => {
    const out = run(captions, '<div class="image-and-copyright-container"><img src="a.jpg"><span>Reuters</span></div>');
    expect(out.querySelector('div img')).not.toBeNull();
  });

  it('recognises credit shapes', () => {
    expect(isCaptionText('Image copyright')).toBe(true);
    expect(isCaptionText('Reuters / Getty')).toBe(true);
    expect(isCaptionText('Reuters reported the deal on Monday.')).toBe(false);
  });

  it('takes numbered figure labels and picture credits after a name for captions', () => {
    const out = run(captions, '<p>Story.</p><p><em>Abbildung 4: Aufbau der Anlage.</em></p><p>Fig. 2. The setup.</p><p>Beitragsbild: Pixabay</p><p>Jana Novak, photo: Government archive</p>');
    expect(out.querySelectorAll('figcaption')).toHaveLength(4);
  });

  it('keeps a sentence that mentions a figure or a photo', () => {
    const out = run(captions, '<p>Figure skating drew 2,000 fans, a record.</p><p>As the figure 4 shows, costs rose.</p><p>He took a photo: the result, he said, was blurry.</p>');
    expect(out.querySelectorAll('figcaption')).toHaveLength(0);
  });
});

describe('unnumbered figure labels and photo credits', () => {
  it('are captions', () => {
    expect(isCaptionText('Abbildung: Vergleich auf dem Aletschgletscher.')).toBe(true);
    expect(isCaptionText('Crédits photos : Bestimage')).toBe(true);
    expect(isCaptionText('Bild: Mehr dazu später')).toBe(false);
    expect(isCaptionText('Figures from the ministry show a rise.')).toBe(false);
  });
});

describe('lines that end with their credit', () => {
  it('are captions; a © inside a sentence is not', () => {
    expect(isCaptionText('Johannes Thingnes Bø will für Furore sorgen. © AFP / MARCO BERTORELLO')).toBe(true);
    expect(isCaptionText('Die Zielarten sind der Grosse Waldportier und der Hirschkäfer. Foto © Jörg Gemsch, Heidi Jost')).toBe(true);
    expect(isCaptionText('The © sign was added to the logo in 1998, the company said.')).toBe(false);
  });
});
