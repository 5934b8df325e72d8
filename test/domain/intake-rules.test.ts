import { parseChoice, parseYesNo } from '../../src/domain/choices';
import {
  answerStep,
  fieldNamed,
  keepAnswer,
  nextPosition,
  progress,
  readNumber,
  startIntake,
  stepBack,
  STAKEHOLDER_OPTIONS,
  THEME_OPTIONS,
} from '../../src/domain/intake';
import { rankRelated, terms, type Comparable } from '../../src/domain/similarity';
import { cleanText, escapeMarkdown, shorten } from '../../src/domain/text';

const now = '2026-03-02T09:00:00.000Z';

describe('reading typed choices', () => {
  it.each([
    ['2', ['overgang-po-vo']],
    ['examens', ['examinering']],
    ['Gepersonaliseerd leren', ['gepersonaliseerd-leren-ict']],
    ['transition to higher education', ['aansluiting-vo-ho']],
  ])('reads theme %j', (typed, codes) => {
    expect(parseChoice(THEME_OPTIONS, typed, { multi: false, otherCode: 'anders' })).toMatchObject({
      ok: true,
      codes,
    });
  });

  it('reads several stakeholders separated by commas, "en" and slashes, without duplicates', () => {
    expect(
      parseChoice(STAKEHOLDER_OPTIONS, 'OCW, inspectie en VO-raad / ocw', {
        multi: true,
        otherCode: 'anders',
      }),
    ).toEqual({
      ok: true,
      codes: ['ocw', 'inspectie', 'vo-raad'],
      other: undefined,
    });
  });

  it('reads "anders: …" as the other option with its text, and refuses a bare "anders"', () => {
    expect(
      parseChoice(STAKEHOLDER_OPTIONS, 'kennisnet, anders: gemeente Amsterdam', {
        multi: true,
        otherCode: 'anders',
      }),
    ).toEqual({
      ok: true,
      codes: ['kennisnet', 'anders'],
      other: 'gemeente Amsterdam',
    });
    expect(parseChoice(STAKEHOLDER_OPTIONS, 'anders', { multi: true, otherCode: 'anders' })).toMatchObject({
      ok: false,
      error: 'choice.otherMissing',
    });
  });

  it('names what it does not recognise instead of guessing', () => {
    expect(parseChoice(STAKEHOLDER_OPTIONS, 'ocw, de burgemeester', { multi: true })).toEqual({
      ok: false,
      error: 'choice.unknown',
      unknown: 'de burgemeester',
    });
    expect(parseChoice(THEME_OPTIONS, '9', { multi: false })).toMatchObject({
      ok: false,
      error: 'choice.unknown',
    });
  });

  it('reads yes and no in both languages and nothing else', () => {
    expect(['ja', 'Jazeker', 'yes', 'doorgaan'].map(parseYesNo)).toEqual([true, true, true, true]);
    expect(['nee', 'No', 'liever niet'].map(parseYesNo)).toEqual([false, false, false]);
    expect(['misschien', 'stop', ''].map(parseYesNo)).toEqual([undefined, undefined, undefined]);
  });
});

describe('reading typed numbers', () => {
  it.each([
    ['14', 14],
    ['1.000', 1000],
    ['1 000', 1000],
    ['1\u00a0000', 1000],
    ['1,000', 1000],
    ['12.345.678', 12345678],
    ['-3', -3],
    ['−3', -3],
    ['100000', 100000],
    ['één', 1],
    ['een', 1],
    ['vier', 4],
    ['Veertien', 14],
    ['tweeëntwintig', 22],
    ['negenennegentig', 99],
    ['honderd', 100],
    ['honderdeneen', 101],
    ['honderdtwintig', 120],
    ['vijfhonderd', 500],
    ['twee honderd vijftig', 250],
    ['duizend', 1000],
    ['nul', 0],
    ['one', 1],
    ['Three', 3],
    ['fourteen', 14],
    ['twenty-five', 25],
    ['twenty five', 25],
    ['a hundred', 100],
    ['one hundred and twelve', 112],
    ['two thousand five hundred', 2500],
  ])('reads %j as %d', (typed, value) => {
    expect(readNumber(typed)).toEqual({ kind: 'number', value });
  });

  it.each(['1,5', '1.5', '2,25', '-0,5'])('reads %j as a fraction, not a whole number', (typed) => {
    expect(readNumber(typed)).toEqual({ kind: 'fraction' });
  });

  it.each(['veel', 'a few', 'two three', 'vijf zes', '12 34', 'hundred hundred', ''])(
    'reads no number in %j',
    (typed) => {
      expect(readNumber(typed)).toEqual({ kind: 'none' });
    },
  );
});

describe('cleaning text', () => {
  it('drops control and invisible characters, keeps line breaks, trims', () => {
    expect(cleanText(' a\u0000b\u200b c\r\n\r\n\r\nd\te ')).toBe('ab c\n\nd e');
    expect(cleanText('a\nb', false)).toBe('a b');
  });
  it('escapes markdown and html in user text for messages', () => {
    expect(escapeMarkdown('[klik](javascript:x) **vet** <b>')).toBe(
      '\\[klik\\](javascript:x) \\*\\*vet\\*\\* ‹b›',
    );
    expect(escapeMarkdown('# kop')).toBe('\\# kop');
    expect(escapeMarkdown('WON-netwerk')).toBe('WON-netwerk');
  });
  it('shortens on a word boundary', () => {
    expect(shorten('Hoe ver mag je als school gaan in het flexibel aanbieden van examens?', 30)).toBe(
      'Hoe ver mag je als school…',
    );
  });
});

describe('intake steps', () => {
  const ctx = { knownNetworks: [] };
  const answer = (draft: ReturnType<typeof startIntake>, text: string) => {
    const out = answerStep(draft, { kind: 'text', text }, ctx, now);
    if (out.kind !== 'next') throw new Error(`refused ${text}: ${JSON.stringify(out)}`);
    return out.draft;
  };
  /** A draft answered up to the question where it meets the system. */
  const atSystem = () =>
    ['Netwerk', 'informeel', '3', 'Hoe maken we onze bijeenkomsten beter voor iedereen?', 'niets'].reduce(
      answer,
      startIntake('x', now),
    );

  it('asks the steps in order and skips kind and school count for a known network', () => {
    let d = startIntake('x', now);
    expect(d.position).toBe('network');
    const known = { id: 'n1', name: 'LOOT', kind: 'formeel' as const, schoolCount: 7, createdAt: now };
    const out = answerStep(d, { kind: 'text', text: 'loot' }, { knownNetworks: [known] }, now);
    expect(out.kind === 'next' && out.draft.position).toBe('question');
    d = answer(startIntake('y', now), 'Nieuw netwerk');
    expect(d.position).toBe('networkKind');
  });

  it('asks whether to go on only when the question meets the system nowhere', () => {
    const d = atSystem();
    expect(answer(d, 'bekostiging').position).toBe('theme');
    const nowhere = answer(d, 'nergens');
    expect(nowhere.position).toBe('systemFit');
    const declined = answerStep(nowhere, { kind: 'text', text: 'nee' }, ctx, now);
    expect(declined.kind).toBe('declined');
    expect(declined.draft.paused).toBe(true);
  });

  it('walks forward again after "terug", and "verder" keeps an earlier answer', () => {
    let d = startIntake('x', now);
    for (const text of ['Netwerk', 'informeel', '3']) d = answer(d, text);
    d = stepBack(stepBack(d, now)!, now)!;
    expect(d.position).toBe('networkKind');
    d = answer(d, 'formeel');
    expect(d.position).toBe('schoolCount');
    d = keepAnswer(d, now)!;
    expect(d.position).toBe('question');
    expect(d.answers).toMatchObject({ networkKind: 'formeel', schoolCount: 3 });
    expect(keepAnswer(d, now)).toBeUndefined();
  });

  it('numbers the steps actually asked: "toch doorgaan?" counts once it applies, skipped steps never', () => {
    let d = startIntake('x', now);
    const seen: string[] = [];
    const step = (text: string) => {
      const { current, total } = progress(d);
      seen.push(`${current}/${total}`);
      d = answer(d, text);
    };
    for (const text of ['Netwerk', 'informeel', '3', 'Hoe maken we onze bijeenkomsten beter voor iedereen?'])
      step(text);
    for (const text of [
      'niets',
      'nergens',
      'ja',
      'curriculum',
      'ocw',
      'nee',
      'nog niet gekozen',
      '2, voorjaar',
      'nee',
    ])
      step(text);
    expect(seen).toEqual([
      '1/12',
      '2/12',
      '3/12',
      '4/12',
      '5/12',
      '6/12',
      '7/13',
      '8/13',
      '9/13',
      '10/13',
      '11/13',
      '12/13',
      '13/13',
    ]);
    expect(d.position).toBe('summary');
    expect(progress(d)).toEqual({ current: 13, total: 13 });
  });

  it('refuses "nergens" together with a barrier, ticked or typed, and keeps the earlier answer', () => {
    const d = atSystem();
    for (const input of [
      {
        kind: 'card' as const,
        step: 'system' as const,
        values: { choice: 'examenregels,nergens', note: '' },
      },
      { kind: 'text' as const, text: 'examenregels, nergens' },
      { kind: 'text' as const, text: 'examination rules and nowhere' },
      { kind: 'text' as const, text: '2, 6' },
    ]) {
      const out = answerStep(d, input, ctx, now);
      expect(out).toMatchObject({ kind: 'retry', error: { key: 'system.contradiction' } });
      expect(out.draft).toBe(d);
    }
    // "Nergens anders" is not "nergens": only the examination rules.
    expect(answer(d, 'examenregels en nergens anders').answers).toMatchObject({
      systemBarriers: ['examenregels'],
      systemNowhere: false,
    });
    expect(answer(d, '6').answers).toMatchObject({ systemBarriers: [], systemNowhere: true });
    expect(answerStep(d, { kind: 'text', text: '7' }, ctx, now)).toMatchObject({
      kind: 'retry',
      error: { key: 'choice.number', params: { unknown: '7', max: 6 } },
    });
  });

  it('names a summary field by its label or a short word, in Dutch and English, never by a passing word', () => {
    expect(
      [
        'thema',
        'Wijzig het thema',
        'pas de procesbegeleider aan',
        'edit theme',
        'Change the facilitator',
        'Bijeenkomsten',
      ].map(fieldNamed),
    ).toEqual(['theme', 'theme', 'facilitator', 'theme', 'facilitator', 'meetings']);
    expect(
      ['Gewenste partijen', 'Raakt aan het stelsel', 'Number of schools', 'Soort netwerk'].map(fieldNamed),
    ).toEqual(['stakeholders', 'system', 'schoolCount', 'networkKind']);
    expect(['ik heb een vraag', '3', 'klopt', ''].map(fieldNamed)).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
  });

  it('reaches the summary only when every step that applies has an answer', () => {
    expect(nextPosition({})).toBe('network');
    expect(
      nextPosition({
        networkName: 'X',
        networkKind: 'formeel',
        schoolCount: 1,
        question: 'q',
        tried: 't',
        systemNowhere: true,
      }),
    ).toBe('systemFit');
  });
});

describe('related broedplaatsen', () => {
  const make = (
    id: string,
    question: string,
    theme: Comparable['theme'],
    barriers: Comparable['systemBarriers'] = [],
  ): Comparable => ({
    id,
    networkName: id,
    question,
    tried: '',
    theme,
    systemBarriers: barriers,
  });

  it('ranks the obviously related question first, and explains why', () => {
    const subject = make(
      'nieuw',
      'Hoe ver mogen scholen gaan in het flexibel afnemen van examens op verschillende niveaus?',
      'examinering',
      ['examenregels'],
    );
    const others = [
      make(
        'loot',
        'Hoe zorgen we dat elke leerling over alle digitale content kan beschikken?',
        'gepersonaliseerd-leren-ict',
        ['bekostiging'],
      ),
      make(
        '020',
        'Hoe ver mag je als school gaan in het flexibel en gedifferentieerd aanbieden van examens?',
        'examinering',
        ['examenregels', 'wetgeving'],
      ),
      make(
        'won',
        'Hoe versterken universiteiten en vwo-scholen samen de wetenschapsoriëntatie?',
        'aansluiting-vo-ho',
      ),
      make(
        'povo',
        'Hoe voorkomen we de harde knip tussen basisschool en voortgezet onderwijs?',
        'overgang-po-vo',
      ),
    ];
    const ranked = rankRelated(subject, others);
    expect(ranked[0]).toMatchObject({ id: '020', sameTheme: true, sharedBarriers: ['examenregels'] });
    expect(ranked[0]!.sharedWords).toEqual(expect.arrayContaining(['examens', 'flexibel']));
    expect(ranked.map((r) => r.id)).not.toContain('povo');
  });

  it('finds a related question by its words even under another theme', () => {
    const subject = make(
      'a',
      'Hoe organiseren we de overgang van de basisschool naar het voortgezet onderwijs zonder harde knip?',
      'anders',
    );
    const ranked = rankRelated(subject, [
      make(
        'povo',
        'Hoe voorkomen we de harde knip tussen basisschool en voortgezet onderwijs?',
        'overgang-po-vo',
      ),
      make(
        'loot',
        'Hoe zorgen we dat elke leerling over alle digitale content kan beschikken?',
        'gepersonaliseerd-leren-ict',
      ),
    ]);
    expect(ranked.map((r) => r.id)).toEqual(['povo']);
  });

  it('stems Dutch plurals so examens and examen meet', () => {
    expect(terms('examens')).toEqual(terms('examen'));
  });
});
