import { describe, expect, it } from 'vitest';
import { isCommentInvite, isPitch, promotions } from '../../../../src/core/extract/post-clean/promotions.ts';
import { run, text } from './helpers.ts';

describe('promotions rule', () => {
  it('removes newsletter, follow and app pitches', () => {
    const html = '<p>Story.</p><p>Sign up to our newsletter for exclusive updates and enhanced content</p><p>Follow Newsbeat on Instagram, Facebook, Twitter and YouTube.</p><p>CLICK HERE TO GET THE FOX NEWS APP</p><p>Like this story? Share it with a friend!</p>';
    expect(text(run(promotions, html))).toBe('Story.');
  });

  it('keeps reporting that mentions newsletters or following', () => {
    const html = '<p>The company said its newsletter had 2 million readers; subscribers, it said, were mostly young.</p><p>Follow-up tests on Twitter users showed the same effect across groups.</p>';
    expect(text(run(promotions, html))).toContain('2 million readers');
    expect(text(run(promotions, html))).toContain('Follow-up tests');
    expect(isPitch('Subscribe to our newsletter now')).toBe(true);
  });

  it('removes newsletter, support and app pitches the site sets as its note, in several languages', () => {
    const html = [
      '<p>Story.</p>',
      '<p><em>Keine Neuigkeiten mehr verpassen: Abonnieren Sie kostenlos unseren Newsletter.</em></p>',
      '<p>Puede escribirnos a <a href="mailto:x@example.org">x@example.org</a> o suscribirse aquí a nuestra <a href="/nl">newsletter</a>.</p>',
      '<p><i>Do you want to be informed of our actions? <a href="/join">Sign up here</a></i></p>',
      '<p>Enjoyed this post? Please consider supporting our work: <a href="/support">click here</a>.</p>',
      '<p>Síguenos en Twitter y Facebook.</p>',
      '<p>Sie müssen eingeloggt sein um Kommentare zu schreiben!</p>',
      '<p>*Bei den mit * markierten Verlinkungen handelt es sich um Affiliate-Links.</p>',
    ].join('');
    expect(text(run(promotions, html))).toBe('Story.');
  });

  it('keeps a linked report about a newsletter that does not speak to the reader', () => {
    const html = '<p>The <a href="https://example.org/x">Substack newsletter</a> has 50,000 subscribers, the company said on Monday.</p>';
    expect(text(run(promotions, html))).toContain('50,000 subscribers');
    expect(isPitch('Google penalised sites for paid affiliate links, the report said.')).toBe(false);
  });

  it('removes an affiliate disclosure that opens with how picks are made, and keeps a report about one', () => {
    expect(isPitch('We recommend the best products through an independent review process. We may receive compensation if you visit partners we recommend.')).toBe(true);
    expect(isPitch('The bloggers said they may receive compensation from brands, which the regulator now wants disclosed.')).toBe(false);
  });
});

describe('access notes', () => {
  it('removes paywall, log-in, cancel-anytime, comment log-in and app-store notes in several languages', () => {
    for (const note of [
      'To view the full story, please subscribe to The Daily. You can choose an annual subscription or a weekly pass.',
      'If you’re seeing this message but you’re already a subscriber, you can log in for immediate access.',
      'Tú también puedes hacer periodismo incómodo. Cancela cuando quieras.',
      'Um den Tipp "Tomaten richtig schneiden" kommentieren zu können, müssen Sie eingeloggt sein.',
      'For the latest stories and breaking news updates download the Daily News apps for iOS and Android.',
      'Pour lire la suite de cet article, abonnez-vous.',
      'Déjà abonné ? Connectez-vous.',
    ]) {
      expect(isPitch(note), note).toBe(true);
    }
  });

  it('keeps reporting about subscriptions, apps and comments', () => {
    for (const line of [
      'The paper said subscribers can cancel at any time, but readers complained that the process took weeks and several phone calls to the call centre.',
      'Der Nutzer hatte kommentiert, ohne angemeldet zu sein, sagte die Polizei.',
      'The app, available for iOS and Android, was downloaded a million times in a week, the company said.',
    ]) {
      expect(isPitch(line), line).toBe(false);
    }
  });
});

describe('"never miss" pitches', () => {
  it('removes the offer of alerts or a newsletter, in several languages', () => {
    expect(isPitch('Verpasse keine News zu Hardware & Gadgets')).toBe(true);
    expect(isPitch('Verpasse keine Story mehr!')).toBe(true);
    expect(isPitch('Never miss a story: get our alerts')).toBe(true);
    expect(isPitch('Ne manquez aucun article de la rédaction')).toBe(true);
  });

  it('keeps a sentence of the story that starts the same way', () => {
    expect(isPitch('Verpassen Sie nicht die Ausstellung im Stadtmuseum, sagte die Bürgermeisterin.')).toBe(false);
  });
});

describe('invitations into the comments', () => {
  it('removes the site asking the reader to comment', () => {
    expect(isCommentInvite('Verraten Sie gerne in den Kommentaren: Was bedeutet ein Award für Sie?')).toBe(true);
    expect(isCommentInvite('Deine Meinung ist uns wichtig. Diskutiere auch gerne mit uns in den Kommentaren.')).toBe(true);
    expect(isCommentInvite('Tell us what you think in the comments below!')).toBe(true);
  });

  it('keeps a report on what commenters said', () => {
    expect(isCommentInvite('In den Kommentaren wird vermutet, die Partei sei nicht die erste gewesen.')).toBe(false);
    expect(isCommentInvite('Readers shared their stories in the comments, and the council read them out.')).toBe(false);
  });
});
