// A network's contact in the Teams personal chat (Agents Playground): help, intake, date poll, invitations.
import { en } from '../../src/i18n/en';
import { saveCard, savePage } from './artifacts';
import { Chat, shown } from './chat';
import type { Stack } from './harness';
import { momentText, nextMonth, openPlayground } from './moments';
import { Story } from './story';

const NETWORK = 'Rotterdam network';
const RESEARCHER = 'Rob Researcher';
const DELEGATE = 'Dirk Delegé';

const MOMENT_1 = nextMonth(16);
const MOMENT_2 = nextMonth(17);

let stack: Stack | undefined;
let chat: Chat;
const story = new Story(() => stack?.page);

beforeAll(async () => void ({ stack, chat } = await openPlayground()), 200_000);

afterAll(async () => {
  await stack?.stop();
}, 60_000);

story.scenario('help shows a card with the commands and what each one does', async () => {
  const help = chat.card(await chat.ask('help', en.help.commands.help.description));
  const c = en.help.commands;
  const commands = Object.values(c);
  await chat.shows(
    help,
    en.help.title,
    ...commands.flatMap((command) => [command.name, command.description]),
  );
  await saveCard(help, 'help');
});

const intake = story.scenario(
  'a contact answers the intake by typing and on cards, is asked again after a wrong answer, and confirms the summary',
  async () => {
    const s = en.intake.steps;
    await chat.ask('intake', s.network.prompt);

    const kindQuestion = chat.card(await chat.ask(NETWORK, s.networkKind.prompt({ network: NETWORK })));
    await saveCard(kindQuestion, 'intake-question');
    await kindQuestion.getByRole('radio', { name: en.intake.options.networkKind.regionaal }).check();
    let mark = await chat.click(kindQuestion, en.intake.submit);
    await chat.shows(kindQuestion, '✓', en.intake.options.networkKind.regionaal);
    await chat.reply(mark, s.schoolCount.prompt({ network: NETWORK }));

    const again = await chat.ask('many', en.intake.errors['number.invalid']);
    await chat.shows(again, s.schoolCount.prompt({ network: NETWORK }));

    await chat.ask('4', shown(s.question.prompt));
    await chat.ask('How can we organise exams at different levels?', s.tried.prompt);
    await chat.ask('Nothing yet', s.system.prompt);
    await chat.ask('examination rules', s.theme.prompt);

    const parties = chat.card(await chat.ask('examination', s.stakeholders.prompt));
    await parties.getByRole('checkbox', { name: en.intake.options.stakeholders.ocw }).check();
    mark = await chat.click(parties, en.intake.submit);
    await chat.reply(mark, s.research.prompt);

    const facilitator = chat.card(await chat.ask('no', s.facilitator.prompt));
    mark = await chat.click(facilitator, s.facilitator.notChosen);
    await chat.reply(mark, s.meetings.prompt);

    const sharing = chat.card(await chat.ask('2, spring 2027', shown(s.sharing.prompt)));
    mark = await chat.click(sharing, s.sharing.no);
    const summary = chat.card(await chat.reply(mark, en.intake.summary.title));
    await chat.shows(
      summary,
      NETWORK,
      en.intake.options.networkKind.regionaal,
      en.intake.summary.schools({ n: 4 }),
      en.intake.options.system.examenregels,
      en.intake.options.stakeholders.ocw,
      en.intake.summary.meetings({ count: 2, period: 'spring 2027' }),
    );
    await saveCard(summary, 'intake-summary');
    mark = await chat.click(summary, en.intake.summary.confirm);
    await chat.reply(mark, shown(en.intake.confirmed({ network: `**${NETWORK}**` })));
  },
);

const planned = story.scenario(
  'the contact plans a meeting with two moments, votes on the date poll and closes it on the best moment',
  async () => {
    const form = chat.card(await chat.ask('plan', en.scheduling.form.title({ network: NETWORK, number: 1 })));
    await chat.pickDate(form, 0, MOMENT_1);
    await chat.fillTime(form, 0, '14:00');
    await chat.fillTime(form, 1, '16:00');
    await chat.pickDate(form, 1, MOMENT_2);
    await chat.fillTime(form, 2, '09:00');
    await chat.fillTime(form, 3, '11:00');
    await saveCard(form, 'plan-form');
    const mark = await chat.click(form, en.scheduling.form.submit);

    const p = en.scheduling.poll;
    const poll = chat.card(await chat.reply(mark, p.title({ network: NETWORK, number: 1 })));
    const first = momentText(MOMENT_1, '14:00', '16:00');
    const second = momentText(MOMENT_2, '09:00', '11:00');
    await chat.shows(poll, first, second, p.tally({ yes: 0, maybe: 0, no: 0 }), p.responders({ n: 0 }));

    // Only what everyone sees is asserted: the playground may replace the voter's own view with the shared one.
    await chat.click(poll, p.yes, 0);
    await chat.shows(poll, p.tally({ yes: 1, maybe: 0, no: 0 }), p.responders({ n: 1 }));
    await chat.settled(poll);
    // The second moment's buttons come after the first moment's three.
    await chat.click(poll, p.maybe, 1);
    await chat.shows(poll, p.tally({ yes: 1, maybe: 0, no: 0 }), p.tally({ yes: 0, maybe: 1, no: 0 }));
    await chat.settled(poll);
    await saveCard(poll, 'poll');

    await chat.click(poll, p.close);
    await chat.shows(poll, en.scheduling.closeCard.title);
    await chat.click(poll, en.scheduling.closeCard.choose, 0);
    const meeting = en.scheduling.meeting;
    const text = await chat.shows(
      poll,
      meeting.title({ network: NETWORK, number: 1 }),
      first,
      meeting.scheduled,
    );
    expect(text).not.toContain(second);
    await saveCard(poll, 'meeting');
  },
  { after: intake },
);

const invited = story.scenario(
  'the contact invites themselves through the people picker and a researcher by hand, then answers the invitation',
  async () => {
    const i = en.invitations;
    const form = chat.card(await chat.ask('invite', i.form.title({ network: NETWORK, number: 1 })));
    await chat.pickPerson(form, 'Al', 'Alex Wilber');
    await form.getByLabel(i.form.name, { exact: true }).first().fill(RESEARCHER);
    await form.getByLabel(i.form.organisation, { exact: true }).first().fill('Utrecht University');
    await form.getByLabel(i.form.email, { exact: true }).first().fill('rob@uu.example');
    // No party is chosen for anyone: sending without one is refused by the field, the values kept.
    await chat.click(form, i.form.submit);
    await chat.shows(form, i.errors.peopleCategory, i.errors.category({ n: 1 }));
    await chat.chooseOption(form, i.form.categoryPlaceholder, 0, i.categories.ocw);
    await chat.chooseOption(form, i.form.categoryPlaceholder, 1, i.categories.onderzoek);
    await saveCard(form, 'invite-form');
    const mark = await chat.click(form, i.form.submit);
    await chat.shows(form, i.sent.oneToOne({ names: 'Alex Wilber' }));

    const invitation = chat.card(await chat.reply(mark, i.card.title({ network: NETWORK })));
    await chat.shows(
      invitation,
      i.card.invitedBy({ name: 'Alex Wilber', number: 1 }),
      momentText(MOMENT_1, '14:00', '16:00'),
    );
    await saveCard(invitation, 'invitation');
    const tally = chat.card(await chat.reply(mark, i.tally.title({ network: NETWORK, number: 1 })));
    const counts = { accepted: 0, tentative: 0, declined: 0, delegated: 0, open: 2 };
    await chat.shows(tally, i.tally.counts(counts), 'Alex Wilber', RESEARCHER, i.tally.noAnswer);

    await chat.click(invitation, i.card.delegate);
    await invitation.getByLabel(i.card.delegateName, { exact: true }).fill(DELEGATE);
    await invitation.getByLabel(i.card.delegateEmail, { exact: true }).fill('dirk@example.org');
    await chat.click(invitation, i.card.delegateSubmit);
    await chat.shows(invitation, i.saved);
    await chat.shows(
      tally,
      i.tally.counts({ ...counts, delegated: 1, open: 1 }),
      i.tally.delegate({ name: DELEGATE }),
    );
    await saveCard(tally, 'rsvp-tally');
  },
  { after: planned },
);

story.scenario(
  'status shows the project lead the broedplaats with the meeting and the answers, and its detail card; a wrong name is told',
  async () => {
    const st = en.status;
    // Alex is this playground's project lead: the overview of all broedplaatsen, here one.
    const overview = chat.card(await chat.ask('status', st.title({ count: 1 })));
    await chat.shows(
      overview,
      NETWORK,
      st.phases.scheduled,
      st.values.rsvp({ accepted: 1, tentative: 0, declined: 0, open: 1 }),
      st.values.halfDays({ used: 0, budget: 6 }),
    );
    await saveCard(overview, 'status');
    // The detail card takes the overview's place.
    await chat.click(overview, st.details);
    await chat.shows(overview, st.detail.question, st.detail.invitees, RESEARCHER, 'Alex Wilber');
    await saveCard(overview, 'status-detail');
    // The detail has a way back to the overview.
    await chat.click(overview, st.detail.overview);
    await chat.shows(overview, st.title({ count: 1 }), st.details);
    await chat.ask('status Atlantis', st.noSuchNetwork({ name: 'Atlantis' }));
  },
  { after: invited },
);

story.scenario(
  'a school leader on their own: a greeting is answered, a moment in the past is told on the form, and choosing a moment has a way back',
  async () => {
    await chat.ask('hello', shown(en.unknown.greeting));
    await chat.ask('thanks!', shown(en.unknown.thanks));

    // The form's button always reaches the bot: a moment in the past is answered on the form, values kept.
    const form = chat.card(await chat.ask('plan', en.scheduling.form.title({ network: NETWORK, number: 2 })));
    const today = new Date();
    const past = new Date(today.getFullYear(), today.getMonth(), today.getDate() - 3);
    await chat.pickDate(form, 0, past);
    await chat.fillTime(form, 0, '14:00');
    await chat.fillTime(form, 1, '16:00');
    await chat.pickDate(form, 1, MOMENT_2);
    await chat.fillTime(form, 2, '14:00');
    await chat.fillTime(form, 3, '16:00');
    await chat.click(form, en.scheduling.form.submit);
    await chat.shows(form, en.scheduling.errors['slot.past']({ label: en.scheduling.form.slot({ n: 1 }) }));
    await saveCard(form, 'plan-form-past');
    // Now with two moments ahead: the poll comes, and 'Choose the moment' can go back to it.
    await chat.pickDate(form, 0, MOMENT_1);
    const mark = await chat.click(form, en.scheduling.form.submit);
    const p = en.scheduling.poll;
    const poll = chat.card(await chat.reply(mark, p.title({ network: NETWORK, number: 2 })));
    await chat.click(poll, p.close);
    await chat.shows(poll, en.scheduling.closeCard.title);
    await saveCard(poll, 'poll-choose');
    await chat.click(poll, en.scheduling.closeCard.back);
    await chat.shows(poll, p.title({ network: NETWORK, number: 2 }), p.close);
  },
  { after: planned },
);

story.scenario(
  'the researcher outside Teams opens the personal link from the invitation text, answers on the page, changes the answer, and the tally shows it',
  async () => {
    const i = en.invitations;
    const w = en.web;
    const texts = chat.card(await chat.reply(0, en.mail.title({ network: NETWORK, number: 1 })));
    await chat.shows(texts, en.mail.forWhom({ name: RESEARCHER, email: 'rob@uu.example' }));
    await saveCard(texts, 'invitation-texts');
    const english = await texts.getByLabel(new RegExp(`^${en.mail.english}: `)).inputValue();
    const link = /http:\/\/localhost:\d+\/rsvp\/[\w.-]+\?lang=en/.exec(english)?.[0];
    expect(link).toBeDefined();

    const page = await stack!.page.context().newPage();
    try {
      await page.goto(link!);
      expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(w.title({ network: NETWORK }));
      await page.getByLabel(w.answers.accepted, { exact: true }).check();
      await page.getByLabel(w.note).fill('I will bring our exam study.');
      await page.getByRole('button', { name: w.submit }).click();
      await page.getByText(w.saved).waitFor();
      await savePage(page, 'rsvp-page');
      await chat.shows(
        chat.card(await chat.reply(0, i.tally.title({ network: NETWORK, number: 1 }))),
        RESEARCHER,
        i.answers.accepted,
      );

      await page.getByLabel(w.answers.declined, { exact: true }).check();
      await page.getByRole('button', { name: w.submit }).click();
      await page.getByText(/Your answer: I can't come/).waitFor();
      expect(await page.getByLabel(w.answers.declined, { exact: true }).isChecked()).toBe(true);
      await savePage(page, 'rsvp-page-changed');
    } finally {
      await page.close();
    }
    const tally = chat.card(await chat.reply(0, i.tally.title({ network: NETWORK, number: 1 })));
    await chat.shows(
      tally,
      i.tally.counts({ accepted: 0, tentative: 0, declined: 1, delegated: 1, open: 0 }),
      i.answers.declined,
    );
  },
  { after: invited },
);

story.scenario(
  'the contact invites a colleague picked in the personal chat, where only the contact is a member: sent to her personally, under her name',
  async () => {
    const i = en.invitations;
    const title = i.form.title({ network: NETWORK, number: 1 });
    // With a second meeting planned, the bot first asks for which one.
    const either = [i.chooseMeeting, title].map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    const asked = await chat.ask('invite', new RegExp(either.join('|')));
    const form = chat.card(asked);
    if ((await asked.innerText()).includes(i.chooseMeeting)) {
      await form.locator('button[title^="Meeting 1 "]').click();
      await chat.shows(form, title);
    }
    // The playground's picker gives Teams user ids, and Megan shares no chat with the bot yet.
    await chat.pickPerson(form, 'Meg', 'Megan Bowen');
    // The first party choice on the form is the one for the people picked; the playground shows it as a combobox.
    await form.getByPlaceholder(i.form.categoryPlaceholder, { exact: true }).first().click();
    await chat.page.getByRole('option', { name: i.categories.ocw, exact: true }).click();
    await chat.click(form, i.form.submit);
    const text = await chat.shows(form, i.sent.oneToOne({ names: 'Megan Bowen' }));
    expect(text).not.toContain(i.unknownName);
    expect(text).not.toContain(i.errors.people);
  },
  { after: planned },
);

story.scenario(
  'a follow-up is refused without its fields, then recorded for a party outside Teams; a half-day is logged against the budget',
  async () => {
    const f = en.followUps;
    const form = chat.card(await chat.ask('follow-up', f.form.title({ network: NETWORK })));
    await chat.click(form, f.form.submit);
    await chat.shows(form, f.errors.what, f.errors.owner, f.errors.due);
    await form.getByLabel(f.form.what, { exact: true }).fill('Send the note on exam room to the ministry');
    await form.getByLabel(f.form.ownerName, { exact: true }).fill('Utrecht University');
    await chat.pickDate(form, 0, nextMonth(20));
    await chat.click(form, f.form.submit);
    await chat.shows(
      form,
      f.card.title({ network: NETWORK }),
      'Send the note on exam room to the ministry',
      'Utrecht University',
    );
    await saveCard(form, 'followup');

    const h = en.halfDays;
    const halfDay = chat.card(await chat.ask('half-day', h.form.title({ network: NETWORK })));
    await chat.shows(halfDay, h.form.budget({ used: 0, budget: 6 }));
    await halfDay.getByLabel(h.form.what, { exact: true }).fill('Prepared the first meeting');
    await chat.click(halfDay, h.form.submit);
    await chat.shows(halfDay, h.saved({ used: 1, budget: 6 }));
  },
  { after: intake },
);

story.scenario(
  'after the meeting the contact is asked to reflect, is told what is missing, answers on the card and sees the results',
  async () => {
    const r = en.reflection;
    const bot = stack!.botUrl;
    const mark = await chat.mark();
    // Two days after the meeting (within the 14 days the reflection stays open).
    const later = new Date(MOMENT_1.getTime() + 2 * 24 * 60 * 60 * 1000);
    const post = (route: string, body: unknown) =>
      fetch(`${bot}${route}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
    expect((await post('/api/test/clock', { now: later.toISOString() })).status).toBe(200);
    expect((await post('/api/test/run-jobs', {})).status).toBe(200);

    const card = chat.card(await chat.reply(mark, r.card.title({ network: NETWORK, number: 1 })));
    await chat.shows(card, r.card.usefulness, r.card.followUpWish);
    await saveCard(card, 'reflection');
    await chat.click(card, r.card.submit);
    await chat.shows(card, /Please still fill in/);

    const choose = async (question: string, option: string) =>
      card
        .getByRole('radiogroup', { name: question })
        .getByRole('radio', { name: option, exact: true })
        .check();
    // The 1–5 scales are compact (a dropdown each, in card order); the short choices are radio buttons.
    const scales = [r.card.usefulness, r.card.systemValue, r.card.researchValue];
    const pick = (question: string, option: string) =>
      chat.chooseOption(card, r.card.pickScale, scales.indexOf(question), option);
    await pick(r.card.usefulness, '4');
    await card
      .getByLabel(r.card.perspectives, { exact: true })
      .fill('The inspectorate sees more room than we thought.');
    await choose(r.card.newContacts, r.options.newContacts.some);
    await pick(r.card.systemValue, r.card.scalePoint({ n: 5 }));
    await pick(r.card.researchValue, r.card.notApplicable);
    await card.getByLabel(r.card.followUps, { exact: true }).fill('The ministry sends a note on exam room.');
    await choose(r.card.followUpWish, r.options.followUpWish.yes);
    await chat.click(card, r.card.submit);
    await chat.shows(card, /Thank you! Your reflection has been saved/);

    // Alex's delegate is outside Teams: the contact got the text with his personal link to send on.
    const texts = chat.card(await chat.reply(mark, r.mail.title({ network: NETWORK, number: 1 })));
    await chat.shows(texts, en.mail.forWhom({ name: DELEGATE, email: 'dirk@example.org' }));
    await saveCard(texts, 'reflection-texts');
    const english = await texts.getByLabel(new RegExp(`^${en.mail.english}: `)).inputValue();
    const link = /http:\/\/localhost:\d+\/reflect\/[\w.-]+\?lang=en/.exec(english)?.[0];
    expect(link).toBeDefined();
    const page = await stack!.page.context().newPage();
    try {
      await page.goto(link!);
      expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(
        r.card.title({ network: NETWORK, number: 1 }),
      );
      const pick = (question: string, option: string) =>
        page.getByRole('group', { name: question }).getByLabel(option, { exact: true }).check();
      await pick(r.card.usefulness, '3');
      await page.getByRole('button', { name: r.card.submit }).click();
      await page.getByText(/Please still fill in/).waitFor();
      await pick(r.card.newContacts, r.options.newContacts.many);
      await pick(r.card.systemValue, '4');
      await pick(r.card.researchValue, '2');
      await pick(r.card.followUpWish, r.options.followUpWish.maybe);
      await page.getByLabel(r.card.remarks, { exact: true }).fill('Useful to hear the ministry first hand.');
      await page.getByRole('button', { name: r.card.submit }).click();
      await page.getByText(/Thank you! Your reflection has been saved/).waitFor();
      expect(await page.getByRole('group', { name: r.card.usefulness }).getByLabel('3').isChecked()).toBe(
        true,
      );
      await savePage(page, 'reflection-page');
    } finally {
      await page.close();
    }

    const list = chat.card(await chat.ask('reflections', r.results.choose));
    // One button per finished meeting, named by network, number and moment.
    await list
      .locator(`button[title^=${JSON.stringify(`${NETWORK}: `)}]`)
      .first()
      .click();
    await chat.shows(
      list,
      r.results.title({ network: NETWORK, number: 1 }),
      r.results.response({ answered: 2, asked: 2, pct: 100 }),
      'The inspectorate sees more room than we thought.',
      'Useful to hear the ministry first hand.',
    );
    await saveCard(list, 'reflection-results');

    // With the clock past the meeting, the status detail tells the state of now: the meeting was held.
    const detail = chat.card(await chat.ask(`status ${NETWORK}`, en.status.detail.question));
    await chat.shows(detail, `(${en.status.detail.meetingStatus.held})`);
  },
  { after: invited },
);
